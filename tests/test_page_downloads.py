"""Pages (AppTest through the real frame): the latest-figure line and the filtered chart title on Objectives,
the URL-backed highlight choice of the Peers "Over time" chart, Turkish Excel CSVs under Turkish tables."""

from __future__ import annotations

import json

from dashboard.ui import md_escape
from indicators import api, registry
from indicators import objective_view as view
from indicators.sources import sources_by_id
from tests.test_pages import run_page


def _chart_titles(at) -> list[str]:
    titles = []
    for chart in at.get("vega_lite_chart"):
        spec = json.loads(chart.proto.spec)
        title = spec.get("title")
        titles.append(title["text"] if isinstance(title, dict) else title)
    return titles


def test_objectives_shows_the_latest_line_and_a_title_with_the_filter():
    at = run_page("objectives", "en", objective="1", indicator="migrant_stock", sex="female")
    assert not at.exception, [e.value for e in at.exception]
    ind = registry.get("migrant_stock")
    rows = view.select_rows(api.query(ind, api.load(), geo="TUR", full=True), {"sex": "female"})
    line = view.latest_line(rows, ind, 2018, "en", sources_by_id())
    # UN DESA IMS 2024: women in Türkiye, 2024 (the latest year); no 2018 value, so 2015 is the baseline
    assert line.startswith("Latest: 3.6m (2024) · UN DESA Population Division") and "since 2015: +" in line
    assert md_escape(line) in [m.value for m in at.markdown]
    assert "International migrant stock, women, Türkiye" in _chart_titles(at)


def test_peers_highlight_is_url_backed_and_defaults_to_the_top_5():
    at = run_page("peers", "tr")
    assert not at.exception, [e.value for e in at.exception]
    assert at.segmented_control(key="highlight").value == "top5"
    at = run_page("peers", "en", highlight="selected")
    assert at.segmented_control(key="highlight").value == "selected"
    at = run_page("peers", "en", highlight="bogus")
    assert at.segmented_control(key="highlight").value == "top5"


def test_turkish_objectives_table_offers_both_csv_dialects():
    at = run_page("objectives", "tr", objective="1", indicator="migrant_stock", tab="table")
    labels = [b.proto.label for b in at.get("download_button")]
    assert "Türkçe Excel için CSV (gösterilen)" in labels and "CSV indir (gösterilen)" in labels
    assert "Türkçe Excel için CSV" not in " ".join(
        b.proto.label for b in run_page("objectives", "en", objective="1", indicator="migrant_stock", tab="table").get(
            "download_button"))
