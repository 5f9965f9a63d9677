"""indicators.map_export: static map images carry the map's data, title, sources and date (SVG text)."""

from __future__ import annotations

import datetime as dt
import math

import pandas as pd

from indicators import map_export, maps
from indicators.chart_export import framed
from indicators.charts import to_png, to_svg
from indicators.sources import sources_by_id

SQUARE = {"type": "Polygon", "coordinates": [[[30, 38], [31, 38], [31, 39], [30, 38]]]}
PROVINCES_DOC = {"type": "FeatureCollection", "features": [
    {"type": "Feature", "properties": {"geo": g}, "geometry": SQUARE} for g in ("TR-01", "TR-06", "TR-34")]}
COUNTRIES = pd.DataFrame({"geo": ["TUR", "SYR", "DEU"], "name_en": ["Türkiye", "Syria", "Germany"],
                          "name_tr": ["Türkiye", "Suriye", "Almanya"], "lat": [39.0, 35.0, 51.0],
                          "lon": [35.0, 38.0, 10.0]})
COUNTRIES_DOC = {"type": "FeatureCollection", "features": [
    {"type": "Feature", "properties": {"geo": "TUR"}, "geometry": SQUARE}]}
TODAY = dt.date(2026, 12, 2)


def _province_frames():
    snap = pd.DataFrame({"geo": ["TR-01", "TR-06", "TR-34"], "name": ["Adana", "Ankara", "İstanbul"],
                         "value": [240000.0, None, 530000.0], "reported": [True, False, True],
                         "date": ["2023-07-13", "", "2023-07-13"], "year": [2023, 2023, 2023],
                         "source_id": ["natural_earth_110m", "", "natural_earth_110m"], "note": ""})
    return maps.province_map_frame(snap, "2023-07-13", "en", "persons", 0)


def test_province_image_colours_each_province_by_its_legend_class():
    provinces, legend = _province_frames()
    chart = map_export.province_chart(provinces, legend, PROVINCES_DOC, "Legend")
    labels = {f["properties"]["geo"]: f["properties"]["label"] for f in chart.data["values"]}
    # Two values: classes 240,000 – 385,000 and 385,001 – 530,000; Ankara is not reported.
    assert labels == {"TR-01": "240,000 – 385,000", "TR-06": "not reported", "TR-34": "385,001 – 530,000"}
    scale = chart.to_dict()["encoding"]["color"]["scale"]
    assert scale["domain"] == list(legend["label"]) and scale["range"] == list(legend["colour"])


def test_framed_map_svg_carries_title_sources_and_date():
    provinces, legend = _province_frames()
    caption = map_export.map_caption("Temporary protection by province, 13 Jul 2023", "Persons · 2023",
                                     ["natural_earth_110m"], "en", today=TODAY)
    image = framed(map_export.province_chart(provinces, legend, PROVINCES_DOC, "Legend"), caption, 720)
    svg = to_svg(image)
    publisher = sources_by_id()["natural_earth_110m"].publisher
    for text in ("Temporary protection by province, 13 Jul 2023", "Persons · 2023", "Source: " + publisher[:20],
                 "downloaded 2 Dec 2026", "240,000 – 385,000", "not reported"):
        assert text in svg.replace("&amp;", "&"), text
    assert to_png(image, scale=1).startswith(b"\x89PNG")


def test_corridor_image_draws_every_arc_and_labels_the_largest():
    table = pd.DataFrame({"geo": ["SYR", "DEU"], "name": ["Syria", "Germany"], "persons": [3000.0, 500.0],
                          "share": [85.7, 14.3], "lat": [35.0, 51.0], "lon": [38.0, 10.0], "on_map": True,
                          "year": 2024, "source_id": "s", "note": ""})
    arcs = maps.corridor_arcs(table, COUNTRIES, "in", 15, "en")
    chart = map_export.corridor_chart(arcs, COUNTRIES, COUNTRIES_DOC, "in", "en", labels=1)
    caption = map_export.map_caption("Born abroad, living in Türkiye, 2024", "Persons · 2024", [], "tr", today=TODAY)
    svg = to_svg(framed(chart, caption, 720))
    assert "Syria 3k" in svg and "Germany 500" not in svg  # only the largest is labelled
    assert "indirilme tarihi 2 Ara 2026" in svg
    plot = chart.layer[1].data
    assert plot["area"].tolist() == [math.pi * 20.0**2, math.pi * (20.0 * math.sqrt(500 / 3000))**2]
