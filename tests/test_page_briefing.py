"""The Briefing page (AppTest through the real frame): selectors, preview of the summary and the two downloads."""

from __future__ import annotations

import pytest

from indicators.i18n import t
from tests.test_pages import run_page


def _download_labels(at) -> list[str]:
    return [b.proto.label for b in at.get("download_button")]


@pytest.mark.parametrize("lang", ["en", "tr"])
def test_briefing_page_renders_preview_and_downloads(lang):
    at = run_page("briefing", lang, objectives="15,23", peers="DEU,CAN", briefing_year="2024")
    assert not at.exception, [e.value for e in at.exception]
    assert at.title[0].value == t("page_briefing", lang)
    assert at.multiselect(key="objectives").value == [15, 23]
    assert at.multiselect(key="peers").value == ["DEU", "CAN"]
    assert at.selectbox(key="briefing_year").value == 2024
    labels = _download_labels(at)
    assert t("briefing_download_pdf", lang) in labels and t("briefing_download_docx", lang) in labels
    subheaders = [s.value for s in at.subheader]
    for key in ("messages", "scorecard", "objectives", "peers", "method", "sources"):
        assert t(f"briefing_h_{key}", lang) in subheaders
    # data/curated/unhcr_population_by_asylum.csv: TUR,2024,...,refugees,,2940735 (the key message's figure)
    expected = "2.940.735 kişi" if lang == "tr" else "2,940,735 persons"
    assert any(expected in m.value.replace("\\", "") for m in at.markdown)  # markdown escapes "."
    scorecard = at.dataframe[0].value
    assert scorecard[t("briefing_col_objective", lang)].tolist()[0].startswith("15 · ")
    assert len(scorecard) == 2
    prefixes = [t("briefing_objective_heading", lang, n=n, title="").strip() for n in (15, 23)]
    labels = [e.proto.label for e in at.expander]
    assert len(labels) == 2 and all(label.startswith(p) for label, p in zip(labels, prefixes, strict=True))


def test_briefing_page_without_objectives_asks_for_one():
    at = run_page("briefing", "en")
    assert not at.exception
    at.multiselect(key="objectives").set_value([]).run()
    assert not at.exception
    assert at.info[0].value == t("briefing_need_objective", "en")


def test_default_briefing_keeps_key_indicators_and_says_why():
    # Every objective with Türkiye data: 41 indicators (over the ~20-page limit of 28), 16 of them key
    # (the 8 headline figures and the 9 with a progress verdict, migrant_deaths_routes_turkiye being both).
    at = run_page("briefing", "en")
    assert not at.exception
    assert at.segmented_control(key="scope").value == "key"
    captions = " ".join(c.value for c in at.caption)
    assert "(16 of the 41 indicators with data for the chosen objectives)" in captions
    assert "more than 28 indicators" in captions
    charts = [b.proto for b in at.get("download_button") if b.key.startswith("briefing_chart_")]
    assert len(charts) == 2 * 16 and all(p.deferred_file_id and not p.url for p in charts)
