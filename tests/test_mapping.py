"""The SDG-GCM mapping (data/curated/ref_sdg_gcm.csv) is shown, with its status, on the Data page."""

from __future__ import annotations

import pandas as pd

from indicators.catalogue import mapping_frame
from indicators.paths import CURATED_DIR
from tests.test_pages import run_page

REF = pd.read_csv(CURATED_DIR / "ref_sdg_gcm.csv", dtype=str, keep_default_na=False)


def test_mapping_frame_states_the_proposal_and_joins_dashboard_indicators_on_the_code():
    frame = mapping_frame(REF, "en").set_index("sdg")
    assert len(frame) == 15  # the 15 rows of ref_sdg_gcm.csv
    # ref_sdg_gcm.csv row 10.7.2: objectives "5;23;1", target "Score >= 3 (Meets or fully meets)"
    assert frame.loc["10.7.2", "objectives"] == "5, 23, 1"
    assert frame.loc["10.7.2", "direction_or_target"] == "Score >= 3 (Meets or fully meets)"
    assert frame.loc["10.7.2", "dashboard"] == (
        "Migration policies that facilitate orderly, safe, regular and responsible migration")
    # registry order (by first objective, then id): remittance_cost_from before remittance_cost_to
    assert frame.loc["10.c.1", "dashboard"] == ("Average cost of sending remittances from the country; "
                                                "Average cost of sending remittances to the country")
    assert set(frame["status"]) == {"Proposal of this project, not the official GCM indicator list"}
    assert set(mapping_frame(REF, "tr")["status"]) == {"Bu projenin önerisi, resmî GKM gösterge listesi değil"}


def test_data_page_has_the_mapping_tab_in_both_languages():
    for lang, tab, status in (("en", "SDG-GCM mapping", "Proposal of this project, not the official GCM indicator list"),
                              ("tr", "SKA-GKM eşleştirmesi", "Bu projenin önerisi, resmî GKM gösterge listesi değil")):
        at = run_page("data", lang, section="mapping")
        assert not at.exception, [e.value for e in at.exception]
        assert tab in [t.label for t in at.tabs]
        mapping = at.dataframe[0].value
        assert len(mapping) == 15
        assert set(mapping.iloc[:, -1]) == {status}
