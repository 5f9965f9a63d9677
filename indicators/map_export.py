"""Static images of the Maps page's three maps (provinces, corridors, deaths), for the PNG/SVG downloads.

pydeck draws in the browser and cannot be exported on the server, so each map is redrawn here from the same
frames (`indicators.maps`) as an Altair geoshape chart that vl-convert renders; `map_caption` gives it the
title, unit, period, sources with tier, download date and dashboard name that `chart_export.framed` writes
into the image. No streamlit here.
"""

from __future__ import annotations

import datetime as dt
import math
from collections.abc import Iterable

import altair as alt
import pandas as pd

from . import maps, palette
from .chart_export import Caption, source_lines
from .codes import HOME
from .i18n import fmt_date, t

WIDTH = 720  # CSS px, as the charts' exports (dashboard.exports.EXPORT_WIDTH)
PROVINCE_HEIGHT = 330
WORLD_HEIGHT = 460
LABEL_COLOUR = "#1E1E1E"


def map_caption(title: str, subtitle: str, source_ids: Iterable[str], lang: str,
                today: dt.date | None = None) -> Caption:
    """The caption of a map image: `title`, `subtitle` (unit and period), the source lines of `source_ids`
    (publisher, title, vintage, tier in words; `chart_export.source_lines`) and "<dashboard> · downloaded
    <date>"."""
    footer = t("export_footer", lang, app=t("app_title", lang), date=fmt_date(today or dt.date.today(), lang))
    return Caption(title, subtitle, source_lines(source_ids, lang), footer)


def _fit(points: Iterable[tuple[float, float]]) -> dict:
    """A GeoJSON of `points` ([lon, lat]) for a projection's `fit`: the view shows all of them."""
    return {"type": "Feature", "properties": {},
            "geometry": {"type": "MultiPoint", "coordinates": [[float(x), float(y)] for x, y in points]}}


MARGIN = 0.06  # share of the box's width and height added on every side, so no end sits on the frame


def _box_points(box: tuple[float, float, float, float], margin: float = MARGIN) -> list[tuple[float, float]]:
    """Two corners of `box` (west, south, east, north) widened by `margin` of its size on every side."""
    west, south, east, north = box
    dx, dy = (east - west) * margin, (north - south) * margin
    return [(west - dx, max(south - dy, -85.0)), (east + dx, min(north + dy, 85.0))]


def _base(countries_doc: dict, projection: alt.Projection) -> alt.Chart:
    """Country outlines as grey context, clipped to the frame."""
    return (alt.Chart(alt.Data(values=countries_doc["features"]))
            .mark_geoshape(fill="#ECECEC", stroke="#A0A0A0", strokeWidth=0.4, clip=True).project(**projection))


def province_chart(provinces: pd.DataFrame, legend: pd.DataFrame, provinces_doc: dict, legend_title: str,
                   width: int = WIDTH) -> alt.Chart:
    """The province choropleth of `maps.province_map_frame` (provinces, legend): each province coloured by its
    class with the legend's labels and colours ('not reported' grey), Mercator fitted to Türkiye."""
    labels = list(legend["label"])
    class_label = {i: label for i, label in enumerate(labels[:-1])}
    by_geo = {g: (labels[-1] if pd.isna(c) else class_label[int(c)])
              for g, c in zip(provinces["geo"], provinces["colour_class"], strict=True)}
    features = []
    for feature in provinces_doc["features"]:
        code = feature["properties"]["geo"]
        features.append({**feature, "properties": {"geo": code, "label": by_geo.get(code, labels[-1])}})
    return (alt.Chart(alt.Data(values=features))
            .mark_geoshape(stroke="#FFFFFF", strokeWidth=0.5)
            .encode(color=alt.Color("properties.label:N", title=legend_title,
                                    scale=alt.Scale(domain=labels, range=list(legend["colour"])),
                                    legend=alt.Legend(orient="right", labelLimit=0)))
            .project(type="mercator", fit=_fit(_box_points(maps.TURKIYE_BOUNDS, 0.01)))
            .properties(width=width, height=PROVINCE_HEIGHT))


def corridor_chart(arcs: pd.DataFrame, countries: pd.DataFrame, countries_doc: dict, flow: str, lang: str,
                   labels: int = maps.LABELS, width: int = WIDTH) -> alt.LayerChart:
    """The corridors of `maps.corridor_arcs` as straight lines from Türkiye to the other country (width as on
    the page), a circle at the other end whose area grows with persons, and the `labels` largest labelled
    with country and persons; Mercator fitted to every end drawn."""
    home = countries.set_index("geo").loc[HOME, ["lon", "lat"]].astype(float).tolist()
    plot = pd.DataFrame({
        "name": arcs["name"], "label": arcs["label"], "persons_text": arcs["persons_text"],
        "lon": [p[0] for p in arcs["partner_position"]], "lat": [p[1] for p in arcs["partner_position"]],
        "home_lon": home[0], "home_lat": home[1], "width": arcs["width"],
        "area": [math.pi * r**2 for r in arcs["radius"]], "rank": range(len(arcs)),
    })
    box = maps.bounds([home[0], *plot["lon"]], [home[1], *plot["lat"]])
    projection = {"type": "mercator", "fit": _fit(_box_points(box))}
    base = alt.Chart(plot)
    lines = base.mark_rule(color=palette.PARTNER, opacity=0.8).encode(
        longitude="home_lon:Q", latitude="home_lat:Q", longitude2="lon:Q", latitude2="lat:Q",
        strokeWidth=alt.StrokeWidth("width:Q", scale=None)).project(**projection)
    ends = base.mark_circle(color=palette.PARTNER, opacity=0.65, stroke="#FFFFFF").encode(
        longitude="lon:Q", latitude="lat:Q", size=alt.Size("area:Q", scale=None, legend=None)).project(**projection)
    home_dot = (alt.Chart(pd.DataFrame({"lon": [home[0]], "lat": [home[1]]}))
                .mark_circle(color=palette.HOME, size=120, opacity=1).encode(longitude="lon:Q", latitude="lat:Q")
                .project(**projection))
    names = (base.transform_filter(alt.datum.rank < labels)
             .mark_text(align="left", dx=12, fontSize=12, fontWeight="bold", color=LABEL_COLOUR)
             .encode(longitude="lon:Q", latitude="lat:Q", text="label:N").project(**projection))
    return alt.layer(_base(countries_doc, projection), lines, ends, home_dot, names).properties(
        width=width, height=WORLD_HEIGHT)


def incident_chart(points: pd.DataFrame, countries_doc: dict, provinces_doc: dict, width: int = WIDTH) -> alt.LayerChart:
    """The incidents of `maps.incident_points` as circles (area ∝ dead and missing, the page's scale) over
    country and province outlines; Mercator fitted to Türkiye and every incident."""
    box = maps.bounds([maps.TURKIYE_BOUNDS[0], maps.TURKIYE_BOUNDS[2], *points["lon"]],
                      [maps.TURKIYE_BOUNDS[1], maps.TURKIYE_BOUNDS[3], *points["lat"]])
    projection = {"type": "mercator", "fit": _fit(_box_points(box))}
    plot = points[["lon", "lat", "radius"]].assign(area=[math.pi * r**2 for r in points["radius"]])
    provinces = (alt.Chart(alt.Data(values=provinces_doc["features"]))
                 .mark_geoshape(filled=False, stroke="#C8C8C8", strokeWidth=0.3, clip=True).project(**projection))
    circles = (alt.Chart(plot).mark_circle(color=palette.INCIDENT, opacity=0.55, stroke="#FFFFFF", strokeWidth=0.5)
               .encode(longitude="lon:Q", latitude="lat:Q", size=alt.Size("area:Q", scale=None, legend=None))
               .project(**projection))
    return alt.layer(_base(countries_doc, projection), provinces, circles).properties(width=width,
                                                                                      height=WORLD_HEIGHT)
