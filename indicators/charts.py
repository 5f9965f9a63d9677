"""Altair chart builders shared by the dashboard and the briefing (rendered to PNG/SVG with vl-convert).

Every chart is built from a frame the page also shows as a table; titles, axes and tooltips are localised.
"""

from __future__ import annotations

import altair as alt
import pandas as pd

from .i18n import STATUS_STYLE, t, unit_label
from .registry import Indicator

BASELINE_COLOUR = "#555555"
TARGET_COLOUR = "#0072B2"
SERIES_PALETTE = ["#1f4e79", "#D55E00", "#009E73", "#CC79A7", "#E69F00", "#56B4E9", "#000000", "#999999"]


def series_chart(frame: pd.DataFrame, indicator: Indicator, lang: str, baseline_year: int | None = 2018,
                 colour_by: str | None = None, colour_title: str | None = None) -> alt.LayerChart:
    """A line chart of `frame` (columns year, value and optionally `colour_by`) with the baseline year marked
    by a dashed rule and the indicator's target (if any) as a horizontal line."""
    unit = unit_label(indicator.unit, lang)
    plot = frame.copy()
    plot["year_date"] = pd.to_datetime(plot["year"].astype(str) + "-07-01")
    number_format = ",.1f" if indicator.decimals else ",.0f"
    encodings = {
        "x": alt.X("year_date:T", title=t("year", lang), axis=alt.Axis(format="%Y", tickCount="year")),
        "y": alt.Y("value:Q", title=unit, axis=alt.Axis(format="~s" if indicator.unit in ("persons", "usd") else "")),
        "tooltip": [alt.Tooltip("year:O", title=t("year", lang)),
                    alt.Tooltip("value:Q", title=t("value", lang), format=number_format)],
    }
    if colour_by:
        encodings["color"] = alt.Color(f"{colour_by}:N", title=colour_title or colour_by,
                                       scale=alt.Scale(range=SERIES_PALETTE))
        encodings["strokeDash"] = alt.StrokeDash(f"{colour_by}:N", legend=None)
        encodings["tooltip"].insert(0, alt.Tooltip(f"{colour_by}:N", title=colour_title or colour_by))
    layers = [alt.Chart(plot).mark_line(point=True).encode(**encodings)]
    if baseline_year is not None:
        rule = pd.DataFrame({"x": [pd.Timestamp(f"{baseline_year}-07-01")], "label": [f"{baseline_year}"]})
        base = alt.Chart(rule)
        layers.append(base.mark_rule(strokeDash=[4, 4], color=BASELINE_COLOUR).encode(x="x:T"))
        layers.append(base.mark_text(align="left", dx=4, dy=-6, color=BASELINE_COLOUR, baseline="top")
                      .encode(x="x:T", y=alt.value(0), text="label:N"))
    if indicator.target is not None:
        target = pd.DataFrame({"y": [indicator.target], "label": [t("target_label", lang, value=indicator.target)]})
        base = alt.Chart(target)
        layers.append(base.mark_rule(color=TARGET_COLOUR, strokeWidth=2).encode(y="y:Q"))
        layers.append(base.mark_text(align="left", dx=4, dy=-6, color=TARGET_COLOUR)
                      .encode(y="y:Q", x=alt.value(0), text="label:N"))
    return alt.layer(*layers).properties(title=indicator.title(lang), height=320)


def ranking_chart(frame: pd.DataFrame, indicator: Indicator, lang: str, highlight: str = "TUR",
                  label_column: str = "name") -> alt.Chart:
    """A horizontal bar chart of `frame` (columns geo, value, `label_column`) sorted by value, with
    `highlight` drawn in a distinct colour (and named in the tooltip, so colour is not the only cue)."""
    plot = frame.assign(highlighted=frame["geo"] == highlight)
    return (
        alt.Chart(plot)
        .mark_bar()
        .encode(
            y=alt.Y(f"{label_column}:N", sort="-x", title=None),
            x=alt.X("value:Q", title=unit_label(indicator.unit, lang)),
            color=alt.Color("highlighted:N", scale=alt.Scale(domain=[False, True], range=["#9db4cc", "#D55E00"]),
                            legend=None),
            tooltip=[alt.Tooltip(f"{label_column}:N", title=t("country", lang)),
                     alt.Tooltip("value:Q", title=t("value", lang), format=",.2f")],
        )
        .properties(title=indicator.title(lang), height=max(160, 22 * len(plot)))
    )


def status_legend(lang: str) -> pd.DataFrame:
    """The status colours with their labels (the text alternative of the colour key)."""
    return pd.DataFrame([{"status": k, "label": (tr if lang == "tr" else en), "colour": c}
                         for k, (en, tr, c) in STATUS_STYLE.items()])


def to_png(chart: alt.TopLevelMixin, scale: float = 2.0) -> bytes:
    """PNG bytes of a chart (vl-convert, no browser); scale 2 ≈ print resolution for A4 width."""
    import vl_convert as vlc

    return vlc.vegalite_to_png(chart.to_json(), scale=scale)


def to_svg(chart: alt.TopLevelMixin) -> str:
    """SVG text of a chart (vl-convert)."""
    import vl_convert as vlc

    return vlc.vegalite_to_svg(chart.to_json())
