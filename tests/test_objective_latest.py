"""The Objectives page's latest-figure line and filtered chart title (indicators.objective_view), on inline
frames in the shape of `select_rows` output."""

from __future__ import annotations

import pandas as pd

from indicators import objective_view as view
from indicators.schema import DISAGGREGATION_COLUMNS
from tests.test_chart_export import SOURCES
from tests.test_charts import indicator


def rows(years, values, dates=None, statuses=None, source="a") -> pd.DataFrame:
    n = len(years)
    blank = {col: [""] * n for col in DISAGGREGATION_COLUMNS}
    return pd.DataFrame({"geo": ["TUR"] * n, "year": years, "date": dates or [""] * n, **blank, "value": values,
                         "source_id": [source] * n, "status": statuses or [""] * n, "note": [""] * n})


def test_latest_line_for_counts_gives_value_year_source_and_change_since_the_baseline():
    frame = rows([2016, 2018, 2024], [3_000_000.0, 3_600_000.0, 2_900_000.0])
    # 2.9M − 3.6M = −0.7M; −0.7 / 3.6 = −19.4%
    assert view.latest_line(frame, indicator(), 2018, "en", SOURCES) == (
        "Latest: 2.9m (2024) · UNHCR, Refugee Data Finder (2025.12.1) · Publisher's own table · "
        "since 2018: -700k (-19.4%)")
    assert view.latest_line(frame, indicator(), 2018, "tr", SOURCES) == (
        "Son değer: 2,9\xa0Mn (2024) · BMMYK, Refugee Data Finder (2025.12.1) · Yayımcının kendi tablosu · "
        "2018 yılından bu yana: -700\xa0B (-%19,4)")


def test_latest_line_takes_the_latest_dated_point_and_skips_alternatives():
    frame = rows([2018, 2025, 2025], [100.0, 120.0, 999.0], dates=["", "2025-11-25", "2025-12-01"],
                 statuses=["", "preferred", "alternative"], source="b")
    assert view.latest_line(frame, indicator(), 2018, "en", SOURCES) == (
        "Latest: 120 (25 Nov 2025) · PMM, Temporary protection (figures dated 2005–2024) · Quoted by a press or third-party page · since 2018: +20 (+20.0%)")


def test_latest_line_for_a_share_gives_percentage_points_and_an_earlier_baseline_when_2018_is_missing():
    share = indicator(unit="percent", decimals=1)
    frame = rows([2015, 2020], [8.0, 9.25])
    assert view.latest_line(frame, share, 2018, "en", SOURCES).endswith("since 2015: +1.2 percentage points")
    assert view.latest_line(frame, share, 2018, "tr", SOURCES).startswith("Son değer: %9,2 (2020)")
    assert view.latest_line(rows([2020], [9.0]), share, 2018, "en", SOURCES).endswith("no value for 2018 or earlier")
    assert view.latest_line(rows([2018], [9.0]), share, 2018, "en", SOURCES) == (
        "Latest: 9.0% (2018) · UNHCR, Refugee Data Finder (2025.12.1) · Publisher's own table")
    assert view.latest_line(rows([], []), share, 2018, "en", SOURCES) == ""


def test_chart_title_states_filters_and_geography():
    names = {"TUR": "Türkiye", "SYR": "Suriye"}
    ind = indicator(title_msgid="International migrant stock")  # Turkish from the catalog
    assert view.chart_title(ind, {"sex": "female", "age": ""}, "TUR", "en", names) == \
        "International migrant stock, women, Türkiye"
    assert view.chart_title(ind, {"sex": "female", "origin": "SYR"}, "TUR", "tr", names) == \
        "Uluslararası göçmen stoku, kadın, menşe / vatandaşlık: Suriye (SYR), Türkiye"
    assert view.chart_title(ind, {}, "WLD", "en", names) == "International migrant stock, World"
