"""Chart builders (indicators.charts): layers, axes and labels per language, on inline frames."""

from __future__ import annotations

import pandas as pd

from indicators import charts
from indicators.registry import Indicator


def indicator(**more) -> Indicator:
    fields = dict(id="x", objectives=(1,), title_en="Refugees", title_tr="Mülteciler", description_en="d",
                  description_tr="d", unit="persons", decimals=0, direction="decrease", source_ids=("a",),
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
    ind = indicator(unit="percent", decimals=2, target=3.0)
    tr = charts.series_chart(SERIES, ind, "tr").to_dict()
    en = charts.series_chart(SERIES, ind, "en").to_dict()
    assert values(tr, tr["layer"][-1])[0]["label"] == "Hedef: %3,00"
    assert values(en, en["layer"][-1])[0]["label"] == "Target: 3.00%"


def test_baseline_rule_only_within_the_years_shown():
    assert marks(charts.series_chart(SERIES, indicator(), "en", baseline_year=2015)) == ["line"]
    assert marks(charts.series_chart(SERIES, indicator(), "en", baseline_year=None)) == ["line"]
    spec = charts.series_chart(SERIES, indicator(), "en", baseline_year=2018).to_dict()
    assert values(spec, spec["layer"][1]) == [{"year": 2018, "label": "2018"}]


def test_year_axis_is_quantitative_with_integer_labels():
    x = charts.series_chart(SERIES, indicator(), "en").to_dict()["layer"][0]["encoding"]["x"]
    assert x["field"] == "year" and x["type"] == "quantitative"
    assert x["axis"]["format"] == "d" and x["axis"]["tickMinStep"] == 1


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
    assert "' Mn'" in tr and "' Mr'" in tr and "regexp(',', 'g')" in tr


def test_world_map_draws_no_data_layer_and_filters_nulls():
    doc = {"type": "FeatureCollection", "features": [
        {"type": "Feature", "properties": {"geo": "TUR", "name": "Türkiye", "value": 5.0},
         "geometry": {"type": "Point", "coordinates": [35, 39]}},
        {"type": "Feature", "properties": {"geo": "GRC", "name": "Yunanistan", "value": None},
         "geometry": {"type": "Point", "coordinates": [22, 39]}},
    ]}
    spec = charts.world_map_chart(doc, indicator(), "tr").to_dict()
    assert [layer["encoding"]["color"].get("value") for layer in spec["layer"]] == [charts.NO_DATA_COLOUR, None]
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
