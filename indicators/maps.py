"""The three maps of the dashboard, as pure functions: provinces of Türkiye (temporary protection by province),
migration corridors (UN DESA origin × destination stocks) and Missing Migrants incidents around Türkiye.

Each map is built in three steps, all testable without a browser:
1. a frame of what is drawn, one row per province / corridor / incident, with localised, pre-formatted text
   columns for the tooltip (data text travels as data, the tooltip template uses the `text` key, never HTML);
2. a legend (a small frame and an Altair chart of colour swatches or circle sizes);
3. a `pydeck.Deck` drawing the shipped GeoJSON boundaries, without basemap tiles (see `deck`).
"""

from __future__ import annotations

import json
import math
from collections.abc import Sequence

import altair as alt
import numpy as np
import pandas as pd
import pydeck as pdk
from pydeck.bindings.json_tools import default_serialize

from . import palette
from .codes import HOME, country_names
from .schema import TURKIYE_ROUTE_CODES
from .i18n import fmt_compact, fmt_date, fmt_number, fmt_percent, t, unit_label
from .schema import DISAGGREGATION_COLUMNS
from .sources import source_label, source_tier_label

MAPS = ("provinces", "corridors", "deaths")
MAP_KEYS = {"provinces": "maps_map_provinces", "corridors": "maps_map_corridors", "deaths": "maps_map_deaths"}
# Province layers and their measures -> indicator. `foreign` (TÜİK, all 81 provinces, excluding temporary
# protection) is shown first; `tp` comes from press lists naming some provinces; `closed` is policy context.
PROVINCE_LAYERS: dict[str, dict[str, str]] = {
    "foreign": {"absolute": "foreign_residents_by_province", "per_1000": "foreign_residents_per_1000_province"},
    "tp": {"absolute": "tp_syrians_by_province", "per_1000": "tp_syrians_per_1000_province"},
    "closed": {"absolute": "closed_neighbourhoods_by_province"},
}
FLOWS = ("in", "out")
# The UI string keys of the codes the map page shows (names and notes of layers, measures, flows, scopes).
LAYER_KEYS = {"foreign": "maps_layer_foreign", "tp": "maps_layer_tp", "closed": "maps_layer_closed"}
LAYER_NOTE_KEYS = {"foreign": "maps_layer_note_foreign", "tp": "maps_layer_note_tp", "closed": "maps_layer_note_closed"}
MEASURE_KEYS = {"absolute": "maps_measure_absolute", "per_1000": "maps_measure_per_1000"}
FLOW_KEYS = {"in": "maps_flow_in", "out": "maps_flow_out"}
CORRIDOR_NOTE_KEYS = {"in": "maps_corridor_note_in", "out": "maps_corridor_note_out"}
SCOPE_KEYS = {"routes": "maps_scope_routes", "region": "maps_scope_region"}
HEIGHT = 520
# The map's view is chosen server-side, where the browser's width is unknown: every view is fitted to the
# narrowest frame the map gets (a 390-px phone less Streamlit's page margins), so all that is drawn is
# visible there; a wider screen shows the same view with more margin. deck.gl's Web Mercator world is
# TILE px wide at zoom 0.
FRAME_WIDTH = 350
FIT_PADDING = 12  # px kept free on every side of the fitted bounds
TILE = 512
MAX_ZOOM = 6.0
TURKIYE_BOUNDS = (25.66, 35.81, 44.84, 42.11)  # lon/lat box of the 81 provinces (west, south, east, north)
PROVINCE_HEIGHT = 340  # px: Türkiye is about 2.4 times as wide as high on the map, a taller frame is empty

# Sequential, colour-blind-safe: viridis in 5 steps, reversed so that darker means more.
RAMP = ["#FDE725", "#5EC962", "#21918C", "#3B528B", "#440154"]
NOT_REPORTED = "#DDDDDD"
BASE_FILL = [236, 236, 236, 255]
BASE_LINE = [160, 160, 160, 255]
PROVINCE_LINE = [255, 255, 255, 255]
ARC_WIDTH = (2.0, 14.0)  # pixels, for the smallest and the largest corridor drawn
END_RADIUS = 20.0  # px: radius of the circle at the largest corridor's other end (area ∝ persons)
LABELS = 5  # corridors labelled with their country and number of persons (the largest ones)
LABEL_SIZE = 13  # px
LABEL_CHAR = 0.6  # average glyph width in em, to estimate how wide a label is on screen
LABEL_FONT = "Source Sans Pro, DejaVu Sans, sans-serif"  # sent as a quoted JSON string (see PIXELS)
INCIDENT_RADIUS_PX = 2.5  # radius in pixels = INCIDENT_RADIUS_PX * sqrt(dead and missing)


def rgba(hex_colour: str, alpha: int = 255) -> list[int]:
    """`#RRGGBB` as the [r, g, b, a] list deck.gl expects."""
    h = hex_colour.lstrip("#")
    return [int(h[0:2], 16), int(h[2:4], 16), int(h[4:6], 16), alpha]


# pydeck reads a plain string argument as a data accessor expression; constants must be quoted JSON strings.
PIXELS = '"pixels"'


class CompactDeck(pdk.Deck):
    """A Deck serialised without indentation: pydeck pretty-prints its JSON (indent=2), which made the
    provinces map 1.8 MB on the wire, five times its GeoJSON, and the page slow to draw in the browser."""

    def to_json(self) -> str:
        return json.dumps(self, sort_keys=True, default=default_serialize, separators=(",", ":"))


def _mercator_y(lat: float) -> float:
    """Web Mercator y of a latitude, 0 at the top of the world and 1 at the bottom."""
    phi = math.radians(max(min(lat, 85.0), -85.0))
    return 0.5 - math.log(math.tan(math.pi / 4 + phi / 2)) / (2 * math.pi)


def _mercator_lat(y: float) -> float:
    return math.degrees(2 * math.atan(math.exp((0.5 - y) * 2 * math.pi)) - math.pi / 2)


def bounds(lons: Sequence[float], lats: Sequence[float]) -> tuple[float, float, float, float]:
    """(west, south, east, north) of points given as longitudes and latitudes."""
    return float(min(lons)), float(min(lats)), float(max(lons)), float(max(lats))


def fit_view(box: tuple[float, float, float, float], width: int = FRAME_WIDTH, height: int = HEIGHT,
             padding: int = FIT_PADDING, max_zoom: float = MAX_ZOOM) -> tuple[float, float, float]:
    """(latitude, longitude, zoom) of the Web Mercator view that shows the whole `box` (west, south, east,
    north) inside a `width` × `height` px frame less `padding` on every side, as deck.gl's fitBounds does:
    zoom = log2 of the frame's inner size over the box's size at zoom 0 (TILE px for the whole world), the
    smaller of the two directions, at most `max_zoom`; centred on the box's middle in Mercator space."""
    west, south, east, north = box
    x0, x1 = (west + 180) / 360, (east + 180) / 360
    y0, y1 = _mercator_y(north), _mercator_y(south)
    scales = [(size - 2 * padding) / (TILE * span) for size, span in ((width, x1 - x0), (height, y1 - y0)) if span > 0]
    zoom = min([math.log2(s) for s in scales] + [max_zoom])
    return _mercator_lat((y0 + y1) / 2), (west + east) / 2, zoom


def to_pixels(lon: float, lat: float, view: tuple[float, float, float]) -> tuple[float, float]:
    """Screen position (px from the frame's centre, y down) of a point in `view` (latitude, longitude, zoom)."""
    lat0, lon0, zoom = view
    world = TILE * 2 ** zoom
    return (lon - lon0) / 360 * world, (_mercator_y(lat) - _mercator_y(lat0)) * world


def deck(layers: list[pdk.Layer], view: tuple[float, float, float], tooltip: str) -> pdk.Deck:
    """A Deck without basemap tiles, on `view` (latitude, longitude, zoom; see `fit_view`), with a
    plain-text tooltip template.

    `map_provider=None` is pydeck's documented way to hide the base map; `map_style` is left at pydeck's
    default on purpose: with `map_style=None`, Streamlit 1.67 fills in its own Carto basemap (the browser then
    fetches basemaps.cartocdn.com), while pydeck's default-style marker with no provider tells Streamlit to draw
    none. The shipped GeoJSON layers are the only geography drawn."""
    lat, lon, zoom = view
    return CompactDeck(layers=layers, map_provider=None,
                    initial_view_state=pdk.ViewState(latitude=lat, longitude=lon, zoom=zoom),
                    tooltip={"text": tooltip})


def base_layer(doc: dict, layer_id: str, filled: bool = True) -> pdk.Layer:
    """Boundaries drawn as context (not pickable, so the tooltip only answers for the data layer)."""
    return pdk.Layer("GeoJsonLayer", doc, id=layer_id, filled=filled, stroked=True, pickable=False,
                     get_fill_color=BASE_FILL, get_line_color=BASE_LINE, line_width_min_pixels=0.5,
                     wrap_longitude=True)


# --- 1. Provinces ---------------------------------------------------------------------------------------------

def reference_key(frame: pd.DataFrame) -> pd.Series:
    """The list a province value belongs to: its date (`YYYY-MM-DD`), or its year (`YYYY`) when the source
    gives no exact date. Used as the `date` selection and URL value."""
    return frame["date"].where(frame["date"] != "", frame["year"].astype(str))


def province_indicator(layer: str, measure: str) -> str:
    """The indicator id of a province layer and measure; the layer's absolute counts for a measure it lacks."""
    measures = PROVINCE_LAYERS[layer]
    return measures.get(measure, measures["absolute"])


def _preferred(result: pd.DataFrame) -> pd.DataFrame:
    """Headline rows of a province indicator: no disaggregation (of the columns present), alternatives (other
    pages' copies) left out."""
    mask = result["status"] != "alternative"
    for col in DISAGGREGATION_COLUMNS:
        if col in result.columns:
            mask &= result[col] == ""
    return result[mask]


def fixed_class_breaks(result: pd.DataFrame, n: int = len(RAMP)) -> list[float]:
    """Class edges computed once over every date of a province indicator (quantiles of all its headline
    values), so that a colour means the same value on every date of the layer."""
    return class_breaks(_preferred(result)["value"], n)


def province_dates(result: pd.DataFrame) -> list[str]:
    """The reference keys present in a province indicator's full query result, latest first."""
    return sorted(set(reference_key(_preferred(result))), reverse=True)


def provinces_per_date(result: pd.DataFrame) -> dict[str, int]:
    """Number of provinces reported on each reference key."""
    rows = _preferred(result)
    return rows.groupby(reference_key(rows))["geo"].nunique().to_dict()


def default_province_date(result: pd.DataFrame) -> str | None:
    """The reference key to show first: the one with the most provinces reported, the latest among ties (a
    recent list naming a handful of provinces would otherwise hide the last complete one). None for no rows."""
    counts = provinces_per_date(result)
    return max(counts, key=lambda key: (counts[key], key)) if counts else None


def province_snapshot(result: pd.DataFrame, provinces: pd.DataFrame, key: str) -> pd.DataFrame:
    """All 81 provinces with the value reported on `key` (a date or a year, see `reference_key`).

    Returns geo, name (Turkish official name), value (NaN where the province was not reported: never 0, never
    a share of a total), reported (bool), date, year, source_id, note; in plate order. Raises ValueError if a
    province has two preferred values on the same key."""
    rows = _preferred(result)
    rows = rows[reference_key(rows) == key]
    if rows["geo"].duplicated().any():
        raise ValueError(f"two values for one province on {key}: {sorted(rows.loc[rows['geo'].duplicated(), 'geo'])}")
    cols = ["geo", "value", "date", "year", "source_id", "note"]
    out = provinces[["geo", "name_tr"]].rename(columns={"name_tr": "name"}).merge(
        rows[cols], on="geo", how="left", validate="one_to_one")
    out = out.assign(reported=out["value"].notna(),
                     date=out["date"].fillna(""), source_id=out["source_id"].fillna(""),
                     note=out["note"].fillna(""), year=out["year"].astype("Int64"))
    return out[["geo", "name", "value", "reported", "date", "year", "source_id", "note"]]


def class_breaks(values: pd.Series, n: int = len(RAMP)) -> list[float]:
    """Edges of at most `n` colour classes holding about the same number of provinces (quantiles of the
    reported values, duplicates removed). One value gives a single edge."""
    reported = values.dropna().to_numpy(dtype=float)
    if reported.size == 0:
        return []
    k = min(n, len(np.unique(reported)))
    edges = np.quantile(reported, np.linspace(0, 1, k + 1)) if k > 1 else np.array([reported.min()])
    return sorted({float(e) for e in edges})


def colour_class(values: pd.Series, breaks: Sequence[float]) -> pd.Series:
    """The class (0 = lowest) of each value: class i holds breaks[i] < v <= breaks[i+1], the first class
    including its lower edge. NA for missing values."""
    if len(breaks) == 1:
        return pd.Series(np.where(values.notna(), 0, None), index=values.index).astype("Int64")
    classes = pd.cut(values, bins=list(breaks), include_lowest=True, labels=False)
    return classes.astype("Int64")


def _ramp(n_classes: int) -> list[str]:
    """`n_classes` colours spread over RAMP (the full ramp for 5, its ends for 2)."""
    if n_classes <= 1:
        return [RAMP[len(RAMP) // 2]]
    idx = np.round(np.linspace(0, len(RAMP) - 1, n_classes)).astype(int)
    return [RAMP[i] for i in idx]


def key_label(key: str, lang: str) -> str:
    """A reference key for people: the date in the language's format, or 'YYYY (no exact date)'."""
    return fmt_date(key, lang) if len(key) == 10 else t("maps_year_only", lang, year=key)


def province_map_frame(snapshot: pd.DataFrame, key: str, lang: str, unit: str, decimals: int,
                       breaks: Sequence[float] | None = None) -> tuple[pd.DataFrame, pd.DataFrame]:
    """The drawn provinces and their legend, coloured by `breaks` (`fixed_class_breaks` of the layer, so that
    colours compare across dates; the snapshot's own quantiles when None).

    Returns (provinces, legend). `provinces` = the snapshot plus `colour_class`, `fill` ([r, g, b, a]; light
    grey when not reported) and the tooltip texts `value_text` (value with unit, or 'not reported') and
    `date_text`. `legend` = one row per class (label 'low – high' in the language, colour) and a last row for
    'not reported'. Classes do not overlap: a class above the first starts just over the edge below it (the
    next whole number for counts, '> edge' otherwise) and a count class ends at the last whole number it holds."""
    breaks = list(breaks) if breaks is not None else class_breaks(snapshot["value"])
    classes = colour_class(snapshot["value"], breaks)
    colours = _ramp(max(len(breaks) - 1, 1))
    fills = [rgba(NOT_REPORTED) if pd.isna(c) else rgba(colours[int(c)]) for c in classes]
    suffix = " " + unit_label(unit, lang)
    value_text = [fmt_number(v, lang, decimals) + suffix if ok else t("maps_not_reported", lang)
                  for v, ok in zip(snapshot["value"], snapshot["reported"], strict=True)]
    date_text = [key_label(d if d else key, lang) for d in snapshot["date"]]
    provinces = snapshot.assign(colour_class=classes, fill=fills, value_text=value_text, date_text=date_text)

    def fmt(v: float) -> str:
        return fmt_number(v, lang, decimals)

    def low(i: int, lo: float) -> str:
        if i == 0:
            return fmt(np.ceil(lo) if decimals == 0 else lo)
        return fmt(np.floor(lo) + 1) if decimals == 0 else f"> {fmt(lo)}"

    def high(hi: float) -> str:
        # A count class ends at the last whole number it holds: 1,047 for an edge of 1,047.5 (rounding would
        # print 1,048, the first number of the next class).
        return fmt(np.floor(hi) if decimals == 0 else hi)

    if len(breaks) == 1:
        rows = [(fmt(breaks[0]), colours[0])]
    else:
        rows = [(f"{low(i, lo)} – {high(hi)}", colours[i]) for i, (lo, hi) in enumerate(zip(breaks, breaks[1:]))]
    rows.append((t("maps_not_reported", lang), NOT_REPORTED))
    legend = pd.DataFrame(rows, columns=["label", "colour"])
    return provinces, legend


def province_deck(provinces: pd.DataFrame, provinces_doc: dict, countries_doc: dict) -> pdk.Deck:
    """Choropleth of `province_map_frame` rows on the shipped province boundaries, countries as context."""
    from .geo import with_properties

    props = provinces.set_index("geo")[["name", "value_text", "date_text", "fill"]].to_dict("index")
    doc = with_properties(provinces_doc, props)
    layer = pdk.Layer("GeoJsonLayer", doc, id="provinces", filled=True, stroked=True, pickable=True,
                      get_fill_color="properties.fill", get_line_color=PROVINCE_LINE, line_width_min_pixels=0.6,
                      auto_highlight=True)
    return deck([base_layer(countries_doc, "countries"), layer], province_view(), "{name}\n{value_text}\n{date_text}")


def province_view() -> tuple[float, float, float]:
    """The view of the province maps: all 81 provinces (TURKIYE_BOUNDS) in a FRAME_WIDTH × PROVINCE_HEIGHT
    frame, so Edirne, İzmir, Van and Hakkâri are on screen on a phone."""
    return fit_view(TURKIYE_BOUNDS, height=PROVINCE_HEIGHT)


def _legend_rows(n: int) -> alt.Y:
    """One legend row per item, top to bottom, without an axis."""
    return alt.Y("order:Q", axis=None, scale=alt.Scale(domain=[-0.5, n - 0.5], reverse=True))


def swatch_legend_chart(legend: pd.DataFrame, title: str) -> alt.LayerChart:
    """Colour swatches with their labels written beside them, top to bottom in the legend's order (a text
    label for every colour, so colour is never the only cue)."""
    plot = legend.assign(order=range(len(legend)))
    base = alt.Chart(plot).encode(y=_legend_rows(len(plot)))
    swatches = base.mark_square(size=200, opacity=1, stroke="#888888", strokeWidth=0.5).encode(
        x=alt.value(8), color=alt.Color("colour:N", scale=None))
    labels = base.mark_text(align="left", dx=0, fontSize=12).encode(x=alt.value(22), text="label:N")
    return alt.layer(swatches, labels).properties(title=title, height=24 * len(plot), width=170)


# --- 2. Corridors ---------------------------------------------------------------------------------------------

def _partner_column(flow: str) -> tuple[str, str]:
    """(column holding Türkiye, column holding the other country) for a flow."""
    if flow not in FLOWS:
        raise ValueError(f"flow {flow!r} is not one of {FLOWS}")
    return ("destination", "origin") if flow == "in" else ("origin", "destination")


def _bilateral_totals(bilateral: pd.DataFrame, flow: str) -> pd.DataFrame:
    home, partner = _partner_column(flow)
    rows = bilateral[(bilateral[home] == HOME) & (bilateral[partner] != HOME)
                     & (bilateral["sex"] == "") & (bilateral["age"] == "")]
    return rows.rename(columns={partner: "partner"})


def flow_series(bilateral: pd.DataFrame, flow: str) -> pd.DataFrame:
    """Every row of a flow (all years, totals and sex breakdowns): the 'full series' download."""
    home, _ = _partner_column(flow)
    return bilateral[bilateral[home] == HOME].reset_index(drop=True)


def corridor_years(bilateral: pd.DataFrame, flow: str) -> list[int]:
    """Years with corridors for a flow (`in`: origin → Türkiye, `out`: Türkiye → destination), latest first."""
    return sorted({int(y) for y in _bilateral_totals(bilateral, flow)["year"]}, reverse=True)




def corridors(bilateral: pd.DataFrame, countries: pd.DataFrame, flow: str, year: int, lang: str) -> pd.DataFrame:
    """Every corridor of a flow and year, largest first.

    Returns geo (the other country), name (in the language; the code when unknown), persons, share (percent
    of the persons in all corridors listed, derived), lat, lon (NaN without a centroid), on_map (has a
    centroid), year, source_id, note. Total rows (sex and age empty) only."""
    rows = _bilateral_totals(bilateral, flow)
    rows = rows[rows["year"] == year]
    names = country_names(countries, lang)
    centroids = countries.set_index("geo")[["lat", "lon"]].astype(float)
    out = pd.DataFrame({
        "geo": rows["partner"].to_numpy(),
        "persons": rows["value"].astype(float).to_numpy(),
        "year": rows["year"].astype(int).to_numpy(),
        "source_id": rows["source_id"].to_numpy(),
        "note": rows["note"].to_numpy(),
    })
    total = out["persons"].sum()
    out = out.assign(
        name=out["geo"].map(lambda g: names.get(g, g)),
        share=out["persons"] / total * 100 if total else np.nan,
        lat=out["geo"].map(centroids["lat"]).astype(float),
        lon=out["geo"].map(centroids["lon"]).astype(float),
    )
    out = out.assign(on_map=out["lat"].notna() & out["lon"].notna())
    cols = ["geo", "name", "persons", "share", "lat", "lon", "on_map", "year", "source_id", "note"]
    return out[cols].sort_values(["persons", "geo"], ascending=[False, True], kind="mergesort").reset_index(drop=True)


def corridor_arcs(table: pd.DataFrame, countries: pd.DataFrame, flow: str, top_n: int, lang: str) -> pd.DataFrame:
    """The `top_n` largest corridors of `corridors(...)` that have a centroid, as arcs.

    Returns geo, name, persons, source_position and target_position ([lon, lat]; from the origin to the
    destination), partner_position (the other country's end), width (pixels, linear in persons between
    ARC_WIDTH for the smallest and largest arc drawn), radius (pixels, a circle at the other country's end
    whose area grows with persons, END_RADIUS for the largest: a corridor with a neighbour is a short arc,
    its circle shows its size), label ('Syria 3.6M') and the tooltip texts persons_text, share_text,
    year_text."""
    home = countries.set_index("geo").loc[HOME, ["lon", "lat"]].astype(float).tolist()
    arcs = table[table["on_map"]].head(top_n)
    partner = [[float(lon), float(lat)] for lon, lat in zip(arcs["lon"], arcs["lat"], strict=True)]
    source, target = (partner, [home] * len(arcs)) if flow == "in" else ([home] * len(arcs), partner)
    lo, hi = (arcs["persons"].min(), arcs["persons"].max()) if len(arcs) else (0.0, 0.0)
    span = hi - lo
    width = ARC_WIDTH[0] + (arcs["persons"] - lo) / span * (ARC_WIDTH[1] - ARC_WIDTH[0]) if span else ARC_WIDTH[1]
    radius = END_RADIUS * np.sqrt(arcs["persons"].astype(float) / hi) if hi else arcs["persons"] * 0.0
    return pd.DataFrame({
        "geo": arcs["geo"].to_numpy(),
        "name": arcs["name"].to_numpy(),
        "persons": arcs["persons"].to_numpy(),
        "source_position": source,
        "target_position": target,
        "partner_position": partner,
        "width": np.broadcast_to(np.asarray(width, dtype=float), (len(arcs),)).copy(),
        "radius": np.asarray(radius, dtype=float),
        "label": [f"{n} {fmt_compact(v, lang, 1 if v >= 1e6 else 0)}"
                  for n, v in zip(arcs["name"], arcs["persons"], strict=True)],
        "persons_text": [fmt_number(v, lang) + " " + unit_label("persons", lang) for v in arcs["persons"]],
        "share_text": [t("maps_share_tooltip", lang, share=fmt_percent(s, lang)) for s in arcs["share"]],
        "year_text": [str(y) for y in arcs["year"]],
    })


def corridor_view(arcs: pd.DataFrame, countries: pd.DataFrame) -> tuple[float, float, float]:
    """The view showing Türkiye and the other end of every arc drawn (`fit_view` of their bounds), the
    largest circle's radius kept free around them as well."""
    home = countries.set_index("geo").loc[HOME, ["lon", "lat"]].astype(float).tolist()
    points = [home, *arcs["partner_position"]]
    box = bounds([p[0] for p in points], [p[1] for p in points])
    return fit_view(box, padding=FIT_PADDING + int(END_RADIUS))


# Where a label may sit around its circle, in order of preference: (text anchor, baseline, x, y) with x, y
# the offset in units of (radius + 4 px) from the circle's centre.
_LABEL_PLACES = (("start", "center", 1, 0), ("end", "center", -1, 0), ("middle", "bottom", 0, -1),
                 ("middle", "top", 0, 1), ("start", "bottom", 0.7, -0.7), ("start", "top", 0.7, 0.7),
                 ("end", "bottom", -0.7, -0.7), ("end", "top", -0.7, 0.7))


def _label_box(x: float, y: float, anchor: str, baseline: str, width: float,
               height: float) -> tuple[float, float, float, float]:
    left = {"start": x, "end": x - width, "middle": x - width / 2}[anchor]
    top = {"center": y - height / 2, "bottom": y - height, "top": y}[baseline]
    return left, top, left + width, top + height


def _overlaps(a: tuple[float, float, float, float], b: tuple[float, float, float, float]) -> bool:
    return a[0] < b[2] and b[0] < a[2] and a[1] < b[3] and b[1] < a[3]


def corridor_labels(arcs: pd.DataFrame, view: tuple[float, float, float], n: int = LABELS,
                    frame: tuple[int, int] = (FRAME_WIDTH, HEIGHT)) -> pd.DataFrame:
    """Labels for the `n` largest arcs (the first rows of `corridor_arcs`): position ([lon, lat] of the
    other country's end), text, anchor and baseline (deck.gl TextLayer alignment) and offset ([x, y] px).
    Each label goes to the first place of right, left, above, below, then the four diagonals of its circle
    that stays inside the
    `frame` (px, centred on `view`) and overlaps neither an earlier label nor a labelled circle. A label
    without such a place is left out (the corridor stays in the tooltip and the table), except the largest's,
    which takes its first place."""
    top = arcs.head(n)
    height = LABEL_SIZE * 1.2
    circles = []
    for (lon, lat), r in zip(top["partner_position"], top["radius"], strict=True):
        x, y = to_pixels(lon, lat, view)
        circles.append((x - r, y - r, x + r, y + r))
    placed: list[tuple[float, float, float, float]] = []
    rows = []
    half_w, half_h = frame[0] / 2, frame[1] / 2
    for i, ((lon, lat), r, text) in enumerate(zip(top["partner_position"], top["radius"], top["label"], strict=True)):
        x, y = to_pixels(lon, lat, view)
        width = len(text) * LABEL_SIZE * LABEL_CHAR
        options = []
        for anchor, baseline, dx, dy in _LABEL_PLACES:
            offset = [dx * (r + 4), dy * (r + 4)]
            box = _label_box(x + offset[0], y + offset[1], anchor, baseline, width, height)
            inside = box[0] >= -half_w and box[2] <= half_w and box[1] >= -half_h and box[3] <= half_h
            free = not any(_overlaps(box, other) for other in placed + circles[:i] + circles[i + 1:])
            options.append((not (inside and free), not free, (anchor, baseline, offset, box)))
        best = min(options, key=lambda o: o[:2])
        if best[0] and i > 0:  # no free place inside the frame: left to the tooltip and the table
            continue
        anchor, baseline, offset, box = best[2]
        placed.append(box)
        rows.append({"position": [float(lon), float(lat)], "text": text, "anchor": anchor, "baseline": baseline,
                     "offset": offset})
    return pd.DataFrame(rows, columns=["position", "text", "anchor", "baseline", "offset"])


def corridor_deck(arcs: pd.DataFrame, countries_doc: dict, countries: pd.DataFrame, flow: str,
                  labels: int = LABELS) -> pdk.Deck:
    """Arcs over the countries base layer: the other country's end always orange, Türkiye's end always blue
    (the arc runs from origin to destination); a circle at the other country's end sized by persons, and the
    `labels` largest corridors labelled with the country and persons (`corridor_labels`); the view fits every
    end (`corridor_view`)."""
    partner, home = rgba(palette.PARTNER, 220), rgba(palette.HOME, 220)
    source, target = (partner, home) if flow == "in" else (home, partner)
    view = corridor_view(arcs, countries)
    layer = pdk.Layer("ArcLayer", arcs, id="corridors", pickable=True, auto_highlight=True,
                      get_source_position="source_position", get_target_position="target_position",
                      get_width="width", width_units=PIXELS, get_source_color=source, get_target_color=target,
                      great_circle=False)
    ends = pdk.Layer("ScatterplotLayer", arcs, id="corridor_ends", pickable=True, get_position="partner_position",
                     get_radius="radius", radius_units=PIXELS, get_fill_color=rgba(palette.PARTNER, 150),
                     get_line_color=[255, 255, 255, 230], stroked=True, line_width_min_pixels=1)
    text = corridor_labels(arcs, view, labels)
    names = pdk.Layer("TextLayer", text, id="corridor_labels", get_position="position", get_text="text",
                      get_text_anchor="anchor", get_alignment_baseline="baseline", get_pixel_offset="offset",
                      get_size=LABEL_SIZE, size_units=PIXELS, get_color=[30, 30, 30, 255], font_weight=600,
                      font_family=json.dumps(LABEL_FONT), background=True, get_background_color=[255, 255, 255, 215],
                      background_padding=[3, 1],
                      # deck.gl draws ASCII only by default; "auto" adds the letters of the Turkish names.
                      character_set='"auto"')
    return deck([base_layer(countries_doc, "countries"), layer, ends, names], view,
                "{name}\n{persons_text}\n{share_text}\n{year_text}")


def not_drawn_text(n: int, lang: str) -> str:
    """"1 corridor has …" / "n corridors have …": the corridors listed in the table only; "" for none."""
    if n <= 0:
        return ""
    return t("maps_corridors_not_drawn", lang, n=n)


def arc_legend(flow: str, lang: str) -> pd.DataFrame:
    """The arc colours with their meaning (label, colour)."""
    return pd.DataFrame([(t("maps_arc_partner_" + flow, lang), palette.PARTNER),
                         (t("maps_arc_home", lang), palette.HOME)], columns=["label", "colour"])


# --- 3. Missing Migrants incidents ----------------------------------------------------------------------------

# Scopes of the deaths map. "routes" is the scope of the headline migrant_deaths_routes_turkiye (Overview):
# incidents IOM assigns to one of the four routes through Türkiye, in any country. "region" adds the
# incidents in the countries around Türkiye on other routes or none (the rest of mmp_incidents).
DEATH_SCOPES = ("routes", "region")
HEADLINE_DEATHS = "migrant_deaths_routes_turkiye"


def scope_incidents(incidents: pd.DataFrame, scope: str) -> pd.DataFrame:
    """The incidents of a scope of DEATH_SCOPES: "routes" keeps those on the four routes through Türkiye,
    "region" keeps every incident of `incidents`. ValueError for another scope."""
    if scope not in DEATH_SCOPES:
        raise ValueError(f"scope {scope!r}; expected one of {DEATH_SCOPES}")
    if scope == "region":
        return incidents
    return incidents[incidents["route"].fillna("").isin(TURKIYE_ROUTE_CODES)].reset_index(drop=True)


def wider_scope_additions(incidents: pd.DataFrame, year: int | None, lang: str) -> str:
    """What the "region" scope adds to the "routes" scope for `year` (all years if None): dead and missing
    per other route ("no route assigned" included), largest first, as `Afghanistan to Iran: 1,245; ...`;
    "" when it adds nothing."""
    rows = filter_incidents(incidents, year)
    rows = rows[~rows["route"].fillna("").isin(TURKIYE_ROUTE_CODES)]
    if rows.empty:
        return ""
    sums = rows.assign(route=rows["route"].fillna(""), n=rows["dead_and_missing"].astype(int)).groupby("route")["n"].sum()
    sums = sums.sort_values(ascending=False, kind="mergesort")
    return "; ".join(f"{route_label(route, lang)}: {fmt_number(n, lang)}" for route, n in sums.items())


def headline_comparison(headline: pd.DataFrame, year: int | None, map_total: int, lang: str) -> str:
    """A caption tying the "routes" map to the Overview's headline (`headline`: `api.query` of
    HEADLINE_DEATHS): the same figure when they agree, else both figures and why they differ (the map
    leaves out cumulative and undated incidents). "" for all years or a year without a headline value."""
    if year is None:
        return ""
    rows = headline[(headline["geo"] == HOME) & (headline["year"] == int(year))]
    if rows.empty:
        return ""
    value = int(round(float(rows["value"].iloc[0])))
    if value == map_total:
        return t("maps_deaths_same_as_headline", lang, year=year, value=fmt_number(value, lang))
    return t("maps_deaths_differs_from_headline", lang, year=year, value=fmt_number(value, lang),
             shown=fmt_number(map_total, lang))


def cause_codes(incidents: pd.DataFrame) -> list[str]:
    """The cause codes present (an incident may list several, `;`-joined), sorted."""
    return sorted({c for causes in incidents["cause"] for c in str(causes).split(";") if c})


def route_codes(incidents: pd.DataFrame) -> list[str]:
    """The route codes present ("" = no route assigned by IOM), sorted."""
    return sorted(set(incidents["route"].fillna("")))


def incident_years(incidents: pd.DataFrame) -> list[int]:
    return sorted({int(y) for y in incidents["year"]}, reverse=True)


def filter_incidents(incidents: pd.DataFrame, year: int | None = None, causes: Sequence[str] = (),
                     routes: Sequence[str] = ()) -> pd.DataFrame:
    """Incidents of `year` (all years if None) with at least one of `causes` and one of `routes`
    (an empty selection means all). Sorted by date, latest first."""
    mask = pd.Series(True, index=incidents.index)
    if year is not None:
        mask &= incidents["year"].astype(int) == int(year)
    if causes:
        wanted = set(causes)
        mask &= incidents["cause"].fillna("").map(lambda c: bool(wanted & set(c.split(";"))))
    if routes:
        mask &= incidents["route"].fillna("").isin(list(routes))
    out = incidents[mask]
    return out.sort_values(["date", "incident_id"], ascending=[False, True], kind="mergesort").reset_index(drop=True)


def incident_totals(incidents: pd.DataFrame) -> dict[str, int]:
    """Number of incidents and sums of dead, missing, dead and missing (persons, minimum estimates)."""
    return {"incidents": len(incidents),
            **{col: int(incidents[col].astype(int).sum()) for col in ("dead", "missing", "dead_and_missing")}}


def cause_label(codes: str, lang: str) -> str:
    """Localised label of a `;`-joined cause code list."""
    return ", ".join(_label("maps_cause_", c, lang) for c in str(codes).split(";") if c)


def route_label(code: str, lang: str) -> str:
    return _label("maps_route_", code or "none", lang)


def _label(prefix: str, code: str, lang: str) -> str:
    try:
        return t(prefix + code, lang)
    except KeyError:  # a code added to the data before its label: show the code rather than fail
        return code


def incident_radius(dead_and_missing: pd.Series) -> pd.Series:
    """Circle radius in pixels: INCIDENT_RADIUS_PX × sqrt(dead and missing), so the area grows with the
    number of people (at least one pixel)."""
    return (INCIDENT_RADIUS_PX * np.sqrt(dead_and_missing.astype(float).clip(lower=0))).clip(lower=1.0)


def incident_points(incidents: pd.DataFrame, countries: pd.DataFrame, lang: str) -> pd.DataFrame:
    """The drawn incidents: incident_id, lon, lat, radius (pixels) and the tooltip texts date_text,
    place_text (country of incident, or 'at sea'), people_text (dead and missing, dead, missing), cause_text,
    route_text. The free-text location stays out of the map (it is shown in the table)."""
    names = country_names(countries, lang)
    people = [t("maps_people_tooltip", lang, total=fmt_number(dm, lang), dead=fmt_number(d, lang),
                missing=fmt_number(m, lang))
              for dm, d, m in zip(incidents["dead_and_missing"], incidents["dead"], incidents["missing"], strict=True)]
    return pd.DataFrame({
        "incident_id": incidents["incident_id"].to_numpy(),
        "lon": incidents["lon"].astype(float).to_numpy(),
        "lat": incidents["lat"].astype(float).to_numpy(),
        "radius": incident_radius(incidents["dead_and_missing"]).to_numpy(),
        "date_text": [fmt_date(d, lang) for d in incidents["date"]],
        "place_text": [names.get(c, c) if c else t("maps_at_sea", lang) for c in incidents["country"].fillna("")],
        "people_text": people,
        "cause_text": [cause_label(c, lang) for c in incidents["cause"].fillna("")],
        "route_text": [route_label(r, lang) for r in incidents["route"].fillna("")],
    })


def incident_table(incidents: pd.DataFrame, countries: pd.DataFrame, lang: str) -> pd.DataFrame:
    """The incidents as a table for people: headers, dates, countries, causes and routes in the language
    (counts stay numbers); incident and source ids kept. The 'shown' CSV uses the incidents frame itself."""
    names = country_names(countries, lang)
    return pd.DataFrame({
        t("maps_col_date", lang): [fmt_date(d, lang) for d in incidents["date"]],
        t("maps_col_location", lang): incidents["location"].fillna("").to_numpy(),
        t("country", lang): [names.get(c, c) if c else t("maps_at_sea", lang) for c in incidents["country"].fillna("")],
        t("maps_col_dead", lang): incidents["dead"].astype(int).to_numpy(),
        t("maps_col_missing", lang): incidents["missing"].astype(int).to_numpy(),
        t("maps_col_dead_missing", lang): incidents["dead_and_missing"].astype(int).to_numpy(),
        t("maps_col_cause", lang): [cause_label(c, lang) for c in incidents["cause"].fillna("")],
        t("maps_col_route", lang): [route_label(r, lang) for r in incidents["route"].fillna("")],
        "incident_id": incidents["incident_id"].to_numpy(),
        "source_id": incidents["source_id"].to_numpy(),
    })


def incident_deck(points: pd.DataFrame, countries_doc: dict, provinces_doc: dict) -> pdk.Deck:
    """Incidents as circles (area ∝ dead and missing) over country and province outlines."""
    layer = pdk.Layer("ScatterplotLayer", points, id="incidents", pickable=True, auto_highlight=True,
                      get_position=["lon", "lat"], get_radius="radius", radius_units=PIXELS,
                      get_fill_color=rgba(palette.INCIDENT, 140), get_line_color=[255, 255, 255, 200],
                      stroked=True, line_width_min_pixels=0.5)
    return deck([base_layer(countries_doc, "countries"), base_layer(provinces_doc, "provinces", filled=False), layer],
                incident_view(points), "{date_text} · {place_text}\n{people_text}\n{cause_text}\n{route_text}")


def incident_view(points: pd.DataFrame) -> tuple[float, float, float]:
    """The view of the deaths map: Türkiye and every incident drawn (`fit_view` of their bounds)."""
    west, south, east, north = TURKIYE_BOUNDS
    return fit_view(bounds([west, east, *points["lon"]], [south, north, *points["lat"]]))


SIZE_LEGEND_VALUES = (1, 10, 50, 100)


def size_legend_chart(lang: str) -> alt.LayerChart:
    """Circles for 1, 10, 50 and 100 dead and missing, drawn with the map's square-root scale."""
    radius = incident_radius(pd.Series(SIZE_LEGEND_VALUES))
    plot = pd.DataFrame({"label": [fmt_number(v, lang) for v in SIZE_LEGEND_VALUES],
                         "area": (math.pi * radius**2).to_numpy(), "order": range(len(SIZE_LEGEND_VALUES))})
    base = alt.Chart(plot).encode(y=_legend_rows(len(plot)))
    circles = base.mark_circle(color=palette.INCIDENT, opacity=0.6, stroke="white").encode(
        x=alt.value(28), size=alt.Size("area:Q", scale=None, legend=None))
    labels = base.mark_text(align="left", fontSize=12).encode(x=alt.value(62), text="label:N")
    return alt.layer(circles, labels).properties(title=t("maps_col_dead_missing", lang), height=52 * len(plot),
                                                 width=170)


# --- Tables for people (localised headers, numbers and dates formatted for the language) ----------------------

def province_display(provinces: pd.DataFrame, lang: str) -> pd.DataFrame:
    """`province_map_frame` rows as a table: province, value (or 'not reported'), status, date, source (publisher
    and version), source tier (in words), note; reported provinces first, largest value first."""
    ordered = provinces.sort_values(["reported", "value", "geo"], ascending=[False, False, True], kind="mergesort")
    return pd.DataFrame({
        t("province", lang): ordered["name"].to_numpy(),
        t("value", lang): ordered["value_text"].to_numpy(),
        t("maps_col_status", lang): [t("maps_reported" if ok else "maps_not_reported", lang) for ok in ordered["reported"]],
        t("maps_col_date", lang): [d if ok else "" for d, ok in zip(ordered["date_text"], ordered["reported"], strict=True)],
        t("source", lang): ordered["source_id"].map(lambda sid: source_label(sid, lang=lang, with_tier=False)).to_numpy(),
        t("tier", lang): ordered["source_id"].map(lambda sid: source_tier_label(sid, lang)).to_numpy(),
        t("maps_col_note", lang): ordered["note"].to_numpy(),
    })


def corridor_display(table: pd.DataFrame, lang: str) -> pd.DataFrame:
    """`corridors(...)` as a table: country, persons, share (derived), drawn on the map, source."""
    return pd.DataFrame({
        t("country", lang): table["name"].to_numpy(),
        t("maps_persons", lang): [fmt_number(v, lang) for v in table["persons"]],
        t("maps_share", lang): [fmt_percent(s, lang) for s in table["share"]],
        t("maps_on_map", lang): table["on_map"].to_numpy(),
        t("source", lang): table["source_id"].map(source_label).to_numpy(),
    })
