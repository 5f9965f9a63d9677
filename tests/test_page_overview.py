"""The overview page (AppTest through the real frame): headline cards, 23 scorecard tiles, URL state."""

from __future__ import annotations

import pandas as pd
import pytest

from indicators.i18n import t
from indicators.paths import CURATED_DIR
from tests.test_pages import run_page


def _blocks_with_key(at, prefix: str) -> list[str]:
    """The user keys (`tile_1`...) of the containers whose key starts with `prefix`."""
    keys = []

    def walk(node):
        proto = getattr(node, "proto", None)
        block_id = getattr(proto, "id", "") if proto is not None else ""
        if isinstance(block_id, str) and f"-{prefix}" in block_id:
            keys.append(block_id.rsplit("-", 1)[-1])
        for child in getattr(node, "children", {}).values():
            walk(child)

    walk(at._tree)
    return keys


@pytest.fixture(scope="module")
def refugees_latest() -> float:
    """UNHCR refugees hosted by Türkiye in the latest year, read from the curated file (not from our code)."""
    frame = pd.read_csv(CURATED_DIR / "unhcr_population_by_asylum.csv", keep_default_na=False)
    rows = frame[(frame["geo"] == "TUR") & (frame["type"] == "refugees") & (frame["origin"] == "")
                 & (frame["sex"] == "") & (frame["age"] == "")]
    return float(rows.sort_values("year")["value"].iloc[-1])


@pytest.fixture(scope="module")
def page_en():
    return run_page("overview", "en")


@pytest.fixture(scope="module")
def page_tr():
    return run_page("overview", "tr")


def test_scorecard_has_23_tiles_linking_to_their_objective(page_en):
    assert not page_en.exception
    assert _blocks_with_key(page_en, "tile_") == [f"tile_{n}" for n in range(1, 24)]
    links = [p.proto for p in page_en.get("page_link") if p.proto.query_string.startswith("objective=")]
    tile_links = [p for p in links if p.label.startswith(t("overview_open_objective", "en", n=""))]
    assert {p.query_string for p in tile_links} >= {f"objective={n}" for n in range(1, 24)}
    assert all("objectives" in p.page for p in tile_links)


def test_headline_value_is_formatted_for_the_language(page_en, page_tr, refugees_latest):
    as_int = int(refugees_latest)  # 2,390,414 (end-2025, UNHCR v2025.12.1)
    assert f"{as_int:,}" in [m.value for m in page_en.metric]
    assert f"{as_int:,}".replace(",", ".") in [m.value for m in page_tr.metric]
    assert _blocks_with_key(page_tr, "headline_")[:4] == [
        "headline_migrant_stock", "headline_migrant_stock_share", "headline_refugees_hosted", "headline_tp_syrians"]
    # the note on the two refugee counts is shown in the page's language
    assert t("overview_note_refugees_vs_tp", "tr") in [i.value for i in page_tr.info]


def test_turkish_page_says_objective_titles_are_unofficial(page_tr, page_en):
    assert t("unofficial_translation", "tr") in [c.value for c in page_tr.caption]
    assert t("unofficial_translation", "en") not in [c.value for c in page_en.caption]


def test_unknown_base_year_and_method_fall_back_quietly():
    at = run_page("overview", "en", base="1999", method="magic")
    assert not at.exception
    assert at.session_state["base"] == 2018
    assert at.session_state["method"] == "opensdg"
    assert at.query_params["base"] == "2018"  # the URL is corrected to the value shown


def test_deep_link_to_base_2015_and_unsd_changes_the_scorecard(page_en):
    at = run_page("overview", "en", base="2015", method="unsd")
    assert not at.exception
    assert at.session_state["base"] == 2015 and at.session_state["method"] == "unsd"
    # UNSD has no score: no tile says "Score ..."; the Open SDG page does
    tiles_2015 = [m.value for m in at.markdown if "-background[" in m.value]  # the tiles (ui.tile_markdown)
    tiles_2018 = [m.value for m in page_en.markdown if "-background[" in m.value]
    assert any(":small[Score " in tile for tile in tiles_2018)
    assert not any(":small[Score " in tile for tile in tiles_2015)
    assert len(tiles_2015) == len(tiles_2018) >= 23 and tiles_2015 != tiles_2018


def test_dated_latest_values_say_so_with_their_vintage(page_en):
    # Work permits end in 2018 (data/curated/tr_work_permits.csv); its source record's vintage is
    # "figures dated 2011–2019" (one wording on every page). Remittances received (WDI 2026-07-01, 2024) are
    # not dated.
    lines = "\n".join(m.value for m in page_en.markdown).replace("\\", "").split("\n")
    permits = next(line for line in lines if line.startswith("- Work permits granted to foreigners"))
    assert "(2018, dated; source vintage: figures dated 2011–2019 ·" in permits
    stock = next(line for line in lines if line.startswith("- International migrant stock"))
    assert "dated" not in stock


def test_all_four_iom_facts_in_iom_words(page_en):
    text = " ".join(m.value for m in page_en.markdown)
    for label in ("Migrants helped to voluntarily return home since 1979",
                  "Countries IOM supported in the prevention of and response to COVID-19 in 2020"):
        assert f"**{label}**" in text
    assert [m.value for m in page_en.metric if m.label.startswith("Countries IOM supported")] == ["140"]
