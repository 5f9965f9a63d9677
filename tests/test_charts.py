"""Chart builders (indicators.charts): layers, axes and labels per language, on inline frames."""

from __future__ import annotations

import pandas as pd

from indicators import charts
from indicators import palette
from indicators.registry import Indicator


def indicator(**more) -> Indicator:
    fields = dict(id="x", objectives=(1,), title_msgid="Refugees", description_msgid="d", unit="persons", decimals=0,
                  direction="decrease", source_ids=("a",),
                  datasets=("t",), compute=lambda data: None)
    return Indicator(**(fields | more))


SERIES = pd.DataFrame({"year": [2016, 2018, 2020], "value": [7.5, 7.0, 6.2]})


def values(spec: dict, part: dict) -> list[dict]:
    """The rows of a layer's (or a single chart's) data, inline or in the top-level datasets."""
    data = part.get("data", spec.get("data"))
    return data["values"] if "values" in data else spec["datasets"][data["name"]]


def marks(chart) -> list[str]:
    spec = chart.to_dict()
    return [layer["mark"]["type"] if isinstance(layer["mark"], dict) else layer["mark"] for layer in spec["layer"]]


def test_series_chart_target_rule_only_with_a_target():
    assert marks(charts.series_chart(SERIES, indicator(), "en")) == ["line", "rule", "text"]
    with_target = charts.series_chart(SERIES, indicator(unit="percent", decimals=2, target=3.0), "en")
    assert marks(with_target) == ["line", "rule", "text", "rule", "text"]


def test_target_label_formatted_for_the_language():
    ind = indicator(unit="percent", decimals=2, target=3.0, target_source="un_gcm_ares_73_195")
    tr = charts.series_chart(SERIES, ind, "tr").to_dict()
    en = charts.series_chart(SERIES, ind, "en").to_dict()
    assert values(tr, tr["layer"][-1])[0]["label"] == "Hedef: %3,00"
    assert values(en, en["layer"][-1])[0]["label"] == "Target: 3.00%"
    project = charts.series_chart(SERIES, indicator(unit="percent", decimals=2, target=3.0, target_source="project"),
                                  "en").to_dict()
    assert values(project, project["layer"][-1])[0]["label"] == "Threshold chosen by this project: 3.00%"


def test_baseline_rule_only_within_the_years_shown():
    assert marks(charts.series_chart(SERIES, indicator(), "en", baseline_year=2015)) == ["line"]
    assert marks(charts.series_chart(SERIES, indicator(), "en", baseline_year=None)) == ["line"]
    spec = charts.series_chart(SERIES, indicator(), "en", baseline_year=2018).to_dict()
    assert values(spec, spec["layer"][1]) == [{"year": 2018, "label": "2018"}]


def test_year_axis_is_quantitative_with_integer_labels():
    x = charts.series_chart(SERIES, indicator(), "en").to_dict()["layer"][0]["encoding"]["x"]
    assert x["field"] == "year" and x["type"] == "quantitative"
    assert x["axis"]["format"] == "d" and x["axis"]["values"] == [2016, 2017, 2018, 2019, 2020]


def _svg_labels(chart) -> list[str]:
    import re

    return re.findall(r"<text[^>]*>([^<]*)</text>", charts.to_svg(chart.properties(width=500)))


def test_ordinal_chart_has_integer_ticks_and_no_repeated_years():
    # SDG 10.7.2 for Türkiye: 2 in 2019, 3 in 2021; categories 1-4 (limit 4), project threshold 3.
    # Before: y ticks 0, 1, 1, 2, 2, 3, 3 and years 2019, 2020, 2020, 2021, 2021.
    ind = indicator(unit="score", decimals=0, direction="increase", scale="ordinal", target=3.0,
                    target_source="project", limit=4.0)
    frame = pd.DataFrame({"year": [2019, 2021], "value": [2.0, 3.0]})
    # points, no line between two categories
    assert marks(charts.series_chart(frame, ind, "en", baseline_year=None)) == ["point", "rule", "text"]
    labels = _svg_labels(charts.series_chart(frame, ind, "en"))
    assert labels[:3] == ["2019", "2020", "2021"]
    assert labels[4:8] == ["1", "2", "3", "4"]
    assert "Threshold chosen by this project: 3" in labels
    assert _svg_labels(charts.series_chart(frame, ind, "tr"))[4:8] == ["1", "2", "3", "4"]


def test_short_year_span_and_small_counts_have_no_repeated_labels():
    labels = _svg_labels(charts.series_chart(pd.DataFrame({"year": [2019, 2020], "value": [3.0, 5.0]}),
                                             indicator(), "en", baseline_year=None))
    assert labels[:2] == ["2019", "2020"]
    y = labels[3:labels.index("persons")]
    assert len(y) == len(set(y))


def test_year_and_category_ticks():
    assert charts.year_ticks(pd.Series([2019, 2021])) == [2019, 2020, 2021]
    assert charts.year_ticks(pd.Series([1990, 2024])) == [1990, 1995, 2000, 2005, 2010, 2015, 2020]
    assert charts.year_ticks(pd.Series([2001, 2012])) == list(range(2001, 2013))
    assert charts.year_ticks(pd.Series([2001, 2013])) == [2002, 2004, 2006, 2008, 2010, 2012]
    ind = indicator(unit="score", scale="ordinal", limit=4.0)
    assert charts.category_ticks(pd.Series([2.0, 3.0]), ind) == [1, 2, 3, 4]


def test_tooltip_values_formatted_per_language():
    frame = pd.DataFrame({"year": [2024], "value": [3214567.0]})
    spec = charts.series_chart(frame, indicator(), "tr", baseline_year=None).to_dict()
    assert values(spec, spec["layer"][0])[0]["value_label"] == "3.214.567"


def test_colour_by_draws_labelled_lines_with_colour_and_dash():
    frame = pd.DataFrame({"year": [2018, 2019, 2018, 2019], "value": [1.0, 2.0, 3.0, 4.0],
                          "series": ["UNHCR", "UNHCR", "PMM", "PMM"]})
    enc = charts.series_chart(frame, indicator(), "en", colour_by="series").to_dict()["layer"][0]["encoding"]
    assert enc["color"]["field"] == "series" and enc["strokeDash"]["field"] == "series"
    assert enc["color"]["legend"]["orient"] == "bottom"


def test_number_label_expr_swaps_separators_in_turkish():
    assert charts.number_label_expr("en") == "format(datum.value, ',.0~f')"
    tr = charts.number_label_expr("tr", compact=True)
    assert "' Mn'" in tr and "' Mlr'" in tr and "regexp(',', 'g')" in tr
    # The axis writes the same short forms as the text (Babel's CLDR forms, "Mlr" for milyar in Turkish).
    assert charts.compact_suffixes("tr") == (" B", " Mn", " Mlr")
    assert charts.compact_suffixes("en") == ("k", "m", "bn")


def test_world_map_draws_no_data_layer_and_filters_nulls():
    doc = {"type": "FeatureCollection", "features": [
        {"type": "Feature", "properties": {"geo": "TUR", "name": "Türkiye", "value": 5.0},
         "geometry": {"type": "Point", "coordinates": [35, 39]}},
        {"type": "Feature", "properties": {"geo": "GRC", "name": "Yunanistan", "value": None},
         "geometry": {"type": "Point", "coordinates": [22, 39]}},
    ]}
    spec = charts.world_map_chart(doc, indicator(), "tr").to_dict()
    assert [layer["encoding"].get("color", {}).get("value") for layer in spec["layer"]] == [palette.NO_DATA, None, None]
    assert spec["layer"][1]["transform"] == [{"filter": "isValid(datum.properties.value)"}]
    labels = [f["properties"]["value_label"] for f in doc["features"]]
    assert labels == ["5", "Veri yok"]


def test_ranking_chart_keeps_its_signature_and_highlight():
    frame = pd.DataFrame({"geo": ["TUR", "DEU"], "value": [2.0, 1.0], "name": ["Türkiye", "Germany"]})
    spec = charts.ranking_chart(frame, indicator(), "en").to_dict()
    assert [v["highlighted"] for v in values(spec, spec)] == [True, False]


def test_png_and_svg_export():
    chart = charts.series_chart(SERIES, indicator(target=6.0), "tr")
    assert charts.to_png(chart, scale=1).startswith(b"\x89PNG")
    assert charts.to_svg(chart).lstrip().startswith("<svg")
