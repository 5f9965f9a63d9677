"""Altair chart builders shared by the dashboard and the briefing (rendered to PNG/SVG with vl-convert).

Every chart is built from a frame the page also shows as a table; titles, axes and tooltips are localised.
Numbers on axes follow the language (`3.214.567`, `3,6 Mn` in Turkish) through a Vega label expression, so
the charts need no top-level locale config and can still be layered or concatenated by the caller.
"""

from __future__ import annotations

import json

import altair as alt
import pandas as pd

from babel.numbers import get_decimal_symbol, get_group_symbol

from . import palette
from .codes import HOME
from .i18n import LOCALES, fmt_compact, fmt_value, t, unit_label
from .registry import Indicator

# Units whose values run into millions or billions: the axis shows them in short form (3.6M / 3,6 Mn).
COMPACT_UNITS = {"persons", "usd", "permits", "cases", "incidents"}


def compact_suffixes(lang: str) -> tuple[str, str, str]:
    """The short suffixes for thousands, millions, billions in `lang` (CLDR short forms through
    `fmt_compact`: K/M/B; B/Mn/Mlr in Turkish), with a plain space where CLDR puts a no-break space."""
    return tuple(fmt_compact(10 ** power, lang, 0).replace("\u00a0", " ").removeprefix("1")
                 for power in (3, 6, 9))


def _localise_expr(expr: str, lang: str) -> str:
    """Wrap a Vega expression giving an English-formatted number so that it shows the decimal and grouping
    signs of `lang`'s locale (Turkish swaps `,` and `.`)."""
    decimal, group = get_decimal_symbol(LOCALES[lang]), get_group_symbol(LOCALES[lang])
    if (decimal, group) == (".", ","):
        return expr
    return (f"replace(replace(replace({expr}, regexp(',', 'g'), '_'), regexp('\\\\.', 'g'), '{decimal}'), "
            f"regexp('_', 'g'), '{group}')")


def number_label_expr(lang: str, compact: bool = False, decimals: int = 0) -> str:
    """A Vega `labelExpr` printing axis numbers in the language: grouped (`3,214,567` / `3.214.567`) or,
    when `compact`, short (`3.6M` / `3,6 Mn`; thousands `250K` / `250 B`)."""
    plain = _localise_expr(f"format(datum.value, ',.{decimals}~f')", lang)
    if not compact:
        return plain
    k, m, b = compact_suffixes(lang)

    def short(divisor: str, suffix: str) -> str:
        return _localise_expr(f"format(datum.value / {divisor}, '.2~f')", lang) + f" + '{suffix}'"

    return (f"abs(datum.value) >= 1e9 ? {short('1e9', b)} : abs(datum.value) >= 1e6 ? {short('1e6', m)} : "
            f"abs(datum.value) >= 1e3 ? {short('1e3', k)} : {plain}")


def year_ticks(years: pd.Series, max_ticks: int = 12) -> list[int]:
    """Integer tick values for a year axis: every year from the first to the last, or every 2nd, 5th,
    10th... year (multiples of the step) when that would exceed `max_ticks`. Explicit values, because Vega's
    own ticks fall on half years for short spans and a "d" format then prints 2020 twice."""
    if years.empty:
        return []
    first, last = int(years.min()), int(years.max())
    step = next(s for s in (1, 2, 5, 10, 20, 25, 50, 100) if (last - first) // s + 1 <= max_ticks or s == 100)
    start = first if step == 1 else first + (-first) % step
    return list(range(start, last + 1, step))


def category_ticks(values: pd.Series, indicator: Indicator) -> list[int]:
    """The categories of an ordinal axis: every integer from 1 (or the lowest value, if lower) to the
    highest of the values, the target and the limit (SDG 10.7.2: 1, 2, 3, 4)."""
    present = [float(v) for v in values.dropna()]
    tops = present + [v for v in (indicator.target, indicator.limit) if v is not None]
    if not tops:
        return []
    low = min(1, int(min(present or tops) // 1))
    high = int(-(-max(tops) // 1))
    return list(range(low, high + 1))


def _value_labels(values: pd.Series, indicator: Indicator, lang: str) -> pd.Series:
    """Each value formatted for the tooltip with the language's separators and the indicator's decimals."""
    return values.map(lambda v: fmt_value(v, indicator.unit, lang, indicator.decimals))


def series_chart(frame: pd.DataFrame, indicator: Indicator, lang: str, baseline_year: int | None = 2018,
                 colour_by: str | None = None, colour_title: str | None = None,
                 title: str | None = None) -> alt.LayerChart:
    """A line chart of `frame` (columns year, value and optionally `colour_by`) on a quantitative year axis
    (integer ticks, `year_ticks`; an ordinal indicator also gets integer category ticks), with the baseline year marked by a dashed rule when it lies within the
    years shown, and the indicator's target (if any) as a horizontal line labelled in the language.

    With `colour_by`, each value of that column is a separate line told apart by colour *and* dash, with a
    legend. `title` defaults to the indicator's title."""
    unit = unit_label(indicator.unit, lang)
    plot = frame.assign(year=frame["year"].astype("int64"), value_label=_value_labels(frame["value"], indicator, lang))
    compact = indicator.unit in COMPACT_UNITS
    x = alt.X("year:Q", title=t("year", lang), scale=alt.Scale(zero=False, nice=False),
              axis=alt.Axis(format="d", values=year_ticks(plot["year"]), labelOverlap=True))
    if indicator.scale == "ordinal":
        # Categories are ranks: integer ticks only, on the whole category range.
        ticks = category_ticks(plot["value"], indicator)
        y = alt.Y("value:Q", title=unit, scale=alt.Scale(domain=[ticks[0], ticks[-1]] if ticks else None),
                  axis=alt.Axis(values=ticks, format="d", labelExpr=number_label_expr(lang)))
    else:
        decimals = 0 if compact else indicator.decimals
        y = alt.Y("value:Q", title=unit,
                  axis=alt.Axis(labelExpr=number_label_expr(lang, compact, decimals),
                                tickMinStep=1 if decimals == 0 else alt.Undefined))
    encodings = {
        "x": x,
        "y": y,
        "tooltip": [alt.Tooltip("year:O", title=t("year", lang)),
                    alt.Tooltip("value_label:N", title=t("value", lang))],
    }
    if colour_by:
        legend = alt.Legend(orient="bottom", direction="vertical", labelLimit=0, title=None)
        encodings["color"] = alt.Color(f"{colour_by}:N", title=colour_title or colour_by,
                                       scale=alt.Scale(range=list(palette.SERIES)), legend=legend)
        encodings["strokeDash"] = alt.StrokeDash(f"{colour_by}:N", legend=None)
        encodings["tooltip"].insert(0, alt.Tooltip(f"{colour_by}:N", title=colour_title or colour_by))
    # Categories are not joined by a line: a line would show values between two categories.
    mark = (alt.Chart(plot).mark_point(filled=True, size=90) if indicator.scale == "ordinal"
            else alt.Chart(plot).mark_line(point=True))
    layers = [mark.encode(**encodings)]
    years = plot["year"]
    if baseline_year is not None and not years.empty and years.min() <= baseline_year <= years.max():
        rule = pd.DataFrame({"year": [baseline_year], "label": [str(baseline_year)]})
        base = alt.Chart(rule)
        layers.append(base.mark_rule(strokeDash=[4, 4], color=palette.BASELINE).encode(x="year:Q"))
        layers.append(base.mark_text(align="left", dx=4, dy=4, color=palette.BASELINE, baseline="top")
                      .encode(x="year:Q", y=alt.value(0), text="label:N"))
    if indicator.target is not None:
        label = t("target_label" if indicator.target_official else "threshold_label", lang,
                  value=fmt_value(indicator.target, indicator.unit, lang, indicator.decimals))
        target = pd.DataFrame({"value": [indicator.target], "label": [label]})
        base = alt.Chart(target)
        layers.append(base.mark_rule(color=palette.TARGET, strokeWidth=2).encode(y="value:Q"))
        layers.append(base.mark_text(align="left", dx=4, dy=-6, color=palette.TARGET)
                      .encode(y="value:Q", x=alt.value(0), text="label:N"))
    chart_title = alt.Title(title or indicator.title(lang), anchor="start", fontSize=14, limit=0)
    return alt.layer(*layers).properties(title=chart_title, height=320)


def ranking_chart(frame: pd.DataFrame, indicator: Indicator, lang: str, highlight: str = HOME,
                  label_column: str = "name") -> alt.Chart:
    """A horizontal bar chart of `frame` (columns geo, value, `label_column`) sorted by value, with
    `highlight` drawn in a distinct colour (and named in the tooltip, so colour is not the only cue)."""
    plot = frame.assign(highlighted=frame["geo"] == highlight,
                        value_label=_value_labels(frame["value"], indicator, lang))
    compact = indicator.unit in COMPACT_UNITS
    return (
        alt.Chart(plot)
        .mark_bar()
        .encode(
            y=alt.Y(f"{label_column}:N", sort="-x", title=None),
            x=alt.X("value:Q", title=unit_label(indicator.unit, lang),
                    axis=alt.Axis(labelExpr=number_label_expr(lang, compact, 0 if compact else indicator.decimals))),
            color=alt.Color("highlighted:N", legend=None,
                            scale=alt.Scale(domain=[False, True], range=[palette.OTHER_COUNTRY, palette.HOME])),
            tooltip=[alt.Tooltip(f"{label_column}:N", title=t("country", lang)),
                     alt.Tooltip("value_label:N", title=t("value", lang))],
        )
        .properties(title=indicator.title(lang), height=max(160, 22 * len(plot)))
    )


WORLD_MAP_HEIGHT = 380  # px of the plot; without Antarctica the Equal Earth world is about 2.1 times as wide as high
LEFT_OUT = frozenset({"ATA"})  # drawn nowhere: no migration figures, and it takes a sixth of the height


def world_map_chart(geojson: dict, indicator: Indicator, lang: str, title: str | None = None,
                    unit: str | None = None, unit_title: str | None = None, decimals: int | None = None,
                    highlight: str = HOME) -> alt.LayerChart:
    """A choropleth of a country GeoJSON whose features carry properties `geo`, `name` and `value` (None =
    no data, drawn light grey, never as 0), at the column's full width. Equal Earth projection without
    Antarctica, sequential colour; counts and rates per 1,000 use a symmetric-log scale so that a few very
    large values do not wash out every other country. `highlight` (Türkiye) is outlined. The legend is a horizontal gradient
    labelled at its two ends only (the lowest and highest value drawn), so labels never overlap.

    `unit` (default the indicator's) formats the values, `unit_title` (default its label) titles the legend,
    `decimals` (default the indicator's) rounds them: the per-capita map passes `per_1000`."""
    unit = unit or indicator.unit
    decimals = indicator.decimals if decimals is None else decimals
    features = [f for f in geojson["features"] if f["properties"].get("geo") not in LEFT_OUT]
    for feature in features:
        value = feature["properties"].get("value")
        feature["properties"]["value_label"] = (t("no_data", lang) if value is None else
                                               fmt_value(value, unit, lang, decimals))
    values = [f["properties"]["value"] for f in features if f["properties"].get("value") is not None]
    compact = unit in COMPACT_UNITS
    ends = [min(values), max(values)] if values else alt.Undefined
    legend = alt.Legend(orient="bottom", direction="horizontal", title=unit_title or unit_label(unit, lang),
                        gradientLength=260, values=ends, labelOverlap=False,
                        labelExpr=number_label_expr(lang, compact, 0 if compact else decimals))
    shapes = alt.Data(values=features)
    tooltip = [alt.Tooltip("properties.name:N", title=t("country", lang)),
               alt.Tooltip("properties.value_label:N", title=t("value", lang))]
    # Countries without a value are drawn by a grey base layer: Vega-Lite drops null values from the
    # coloured layer, and they must show as "no data", not vanish or look like 0.
    no_data = (alt.Chart(shapes).mark_geoshape(stroke="#ffffff", strokeWidth=0.3)
               .encode(color=alt.value(palette.NO_DATA), tooltip=tooltip).project("equalEarth"))
    coloured = (
        alt.Chart(shapes)
        .mark_geoshape(stroke="#ffffff", strokeWidth=0.3)
        .encode(color=alt.Color("properties.value:Q", legend=legend,
                                scale=alt.Scale(scheme="blues", type="symlog" if compact or unit == "per_1000" else "linear")),
                tooltip=tooltip)
        .transform_filter("isValid(datum.properties.value)")
        .project("equalEarth")
    )
    outline = (alt.Chart(shapes).mark_geoshape(filled=False, stroke=palette.HOME, strokeWidth=2)
               .encode(tooltip=tooltip)
               .transform_filter(f"datum.properties.geo === {json.dumps(highlight)}")
               .project("equalEarth"))
    return alt.layer(no_data, coloured, outline).properties(
        title=alt.Title(title or indicator.title(lang), anchor="start", fontSize=14, limit=0),
        width="container", height=WORLD_MAP_HEIGHT,
        # Fit the width only: with the full "fit", title and legend come out of the height and the projection,
        # fitted to what is left, drew the world about 500 px wide in an 820-px column.
        autosize=alt.AutoSizeParams(type="fit-x", contains="padding"))



def to_png(chart: alt.TopLevelMixin, scale: float = 2.0) -> bytes:
    """PNG bytes of a chart (vl-convert, no browser); scale 2 ≈ print resolution for A4 width."""
    import vl_convert as vlc

    return vlc.vegalite_to_png(chart.to_json(), scale=scale)


def to_svg(chart: alt.TopLevelMixin) -> str:
    """SVG text of a chart (vl-convert)."""
    import vl_convert as vlc

    return vlc.vegalite_to_svg(chart.to_json())
