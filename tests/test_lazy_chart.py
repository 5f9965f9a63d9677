"""Charts built once per content (dashboard.ui.LazyChart): the spec drawn is exactly the Altair chart's."""

from __future__ import annotations

import json

import pandas as pd

from dashboard import ui
from indicators import charts, registry
from indicators.briefing import IndicatorSection, section_chart
from tests.test_pages import run_page

SENTENCE = "Türkiye — a sentence naming the chart."


def _frame(last: float) -> pd.DataFrame:
    return pd.DataFrame({"year": [2018, 2019, 2020], "value": [1_200.0, 1_350.0, last]})


def test_lazy_spec_is_the_altair_spec_on_a_miss_and_on_a_hit():
    indicator = registry.get("migrant_stock")
    build = dict(baseline_year=2018, colour_by=None, colour_title="Series", title="International migrant stock")
    expected = ui.described_spec(charts.series_chart(_frame(1_500.0), indicator, "en", **build), SENTENCE)
    for _ in range(2):  # the first call builds and caches, the second reads the cache
        lazy = ui.LazyChart(charts.series_chart, _frame(1_500.0), indicator, "en", **build)
        assert ui.described_spec(lazy, SENTENCE) == expected
    assert ui.built(lazy).to_dict() == charts.series_chart(_frame(1_500.0), indicator, "en", **build).to_dict()


def test_lazy_spec_follows_the_content_it_is_built_from():
    indicator = registry.get("migrant_stock")
    specs = [ui.LazyChart(charts.series_chart, _frame(last), indicator, lang).spec()
             for last, lang in ((1_500.0, "en"), (1_501.0, "en"), (1_500.0, "tr"))]
    values = [[row["value"] for row in next(iter(spec["datasets"].values()))] for spec in specs]
    assert values[0][-1] == 1_500.0 and values[1][-1] == 1_501.0  # a changed value is a new chart
    assert specs[0]["layer"][0]["encoding"]["x"]["title"] == "Year"
    assert specs[2]["layer"][0]["encoding"]["x"]["title"] == "Yıl"  # the language is part of the key


def test_briefing_section_chart_is_drawn_as_built():
    section = IndicatorSection(indicator_id="migrant_stock", title="International migrant stock", status="",
                               status_text="", colour="", inputs=(), refs=(),
                               series=((2015, 4_300_000.0), (2020, 6_000_000.0), (2024, 7_083_501.0)))
    lazy = ui.LazyChart(section_chart, section, "en")
    assert ui.described_spec(lazy, SENTENCE) == ui.described_spec(section_chart(section, "en"), SENTENCE)


def test_briefing_page_draws_the_same_charts_from_the_cache():
    first = run_page("briefing", "en", objectives="8", peers="DEU")
    second = run_page("briefing", "en", objectives="8", peers="DEU")
    assert not first.exception and not second.exception
    specs = [[json.loads(c.proto.spec) for c in at.get("vega_lite_chart")] for at in (first, second)]
    assert specs[0] and specs[0] == specs[1]
    assert all(spec["description"].startswith("Türkiye") for spec in specs[0])


def test_lazy_key_tells_apart_page_functions_of_the_same_name():
    # Streamlit runs every page as module __main__: two pages' `_chart` differ only by their file.
    builders = []
    for path in ("pages/a.py", "pages/b.py"):
        scope = {"charts": charts}
        exec(compile("def _chart(frame, ind, lang):\n    return charts.series_chart(frame, ind, lang)\n", path, "exec"),
             scope)
        builders.append(scope["_chart"])
    indicator = registry.get("migrant_stock")
    keys = [ui.LazyChart(build, _frame(1.0), indicator, "en").key for build in builders]
    assert keys[0][0] == keys[1][0] and keys[0][1:2] == ("pages/a.py",) and keys[1][1] == "pages/b.py"
