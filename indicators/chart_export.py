"""Chart images that stand alone: title, subtitle, source line, download date and dashboard name inside the
PNG/SVG (as Our World in Data does for every chart download).

`caption_for` gathers the words from an indicator, the frame drawn and the source registry; `framed` wraps
any Altair chart with them (a title with subtitle above, a footer text block below) so vl-convert renders
them into the image. No streamlit here.
"""

from __future__ import annotations

import datetime as dt
import textwrap
from collections.abc import Iterable, Mapping
from dataclasses import dataclass

import altair as alt
import pandas as pd

from .i18n import fmt_date, t, unit_label
from .registry import Indicator
from .source_text import publisher_name
from .sources import Source, sources_by_id, tier_label, vintage

TITLE_SIZE = 16
SUBTITLE_SIZE = 12
FOOTER_SIZE = 10
FOOTER_LINE = 14  # px between footer lines
FOOTER_COLOUR = "#555555"
CHAR_WIDTH = 0.55  # average glyph width in em, for wrapping text to the chart width
MAX_SOURCES = 3  # sources named in the footer; more are counted ("+2 more")


@dataclass(frozen=True)
class Caption:
    """The words an exported chart carries: title (filters and geography), subtitle (unit and period),
    source lines and the footer line (dashboard name, download date)."""

    title: str
    subtitle: str
    sources: tuple[str, ...]
    footer: str


def titled(base: str, parts: Iterable[str]) -> str:
    """A chart title stating its filters and geography: "International migrant stock, women, Türkiye"
    (empty parts are left out)."""
    return ", ".join([base, *(p for p in parts if p)])


def period_text(years: Iterable[int]) -> str:
    """"2005–2024", or one year, or "" when there are no years."""
    years = sorted({int(y) for y in years})
    if not years:
        return ""
    return str(years[0]) if years[0] == years[-1] else f"{years[0]}–{years[-1]}"


def source_text(source: Source, lang: str) -> str:
    """One source as the image names it: publisher (as readers know it in `lang`), title, vintage and tier in
    words (the one place that words a source for chart images and for the latest-figure line)."""
    text = f"{publisher_name(source.publisher, lang)}, {source.title} ({vintage(source, lang)})"
    if source.tier:
        text += f" · {tier_label(source.tier, lang)}"
    return text


def source_lines(source_ids: Iterable[str], lang: str, sources: Mapping[str, Source] | None = None) -> tuple[str, ...]:
    """The footer's source lines: "Source: …" for one known source, "Sources: …" for several (at most
    `MAX_SOURCES`, then "+n more"); unknown ids are left out (users never see internal ids)."""
    sources = sources if sources is not None else sources_by_id()
    known = [sources[s] for s in dict.fromkeys(source_ids) if s in sources]
    if not known:
        return ()
    head = t("export_source" if len(known) == 1 else "export_sources", lang)
    lines = [source_text(s, lang) for s in known[:MAX_SOURCES]]
    if len(known) > MAX_SOURCES:
        lines.append(t("export_more_sources", lang, n=len(known) - MAX_SOURCES))
    return (f"{head}: {lines[0]}", *lines[1:])


def caption_for(indicator: Indicator, frame: pd.DataFrame, lang: str, title: str | None = None,
                source_ids: Iterable[str] | None = None, sources: Mapping[str, Source] | None = None,
                today: dt.date | None = None, extra_source_ids: Iterable[str] = ()) -> Caption:
    """The caption of a chart of `indicator` drawn from `frame` (columns year and, if present, source_id
    and status): `title` (default the indicator's title), subtitle "<unit> · <first–last year>", the
    sources of the rows drawn (alternatives left out; `source_ids` overrides, default the indicator's) and
    `extra_source_ids` (other series on the chart), and "<dashboard name> · downloaded <date>"."""
    rows = frame[frame["status"] != "alternative"] if "status" in frame.columns else frame
    if source_ids is None:
        source_ids = list(rows["source_id"]) if "source_id" in rows.columns and len(rows) else indicator.source_ids
    source_ids = [*source_ids, *extra_source_ids]
    period = period_text(rows["year"]) if "year" in rows.columns else ""
    unit = unit_label(indicator.unit, lang)
    subtitle = " · ".join(p for p in (unit[:1].upper() + unit[1:], period) if p)
    footer = t("export_footer", lang, app=t("app_title", lang), date=fmt_date(today or dt.date.today(), lang))
    return Caption(title or indicator.title(lang), subtitle, source_lines(source_ids, lang, sources), footer)


def _wrap(text: str, width: int, font_size: int) -> list[str]:
    return textwrap.wrap(text, max(20, int(width / (font_size * CHAR_WIDTH)))) or [""]


def framed(chart: alt.TopLevelMixin, caption: Caption, width: int) -> alt.VConcatChart:
    """`chart` (drawn `width` px wide) under a title and subtitle and above a footer with the source lines
    and the dashboard name with the download date, all wrapped to the width (the footer also spans the axis
    labels' ~60 px). The chart's own title is replaced by the caption's, and its top-level autosize and
    config are dropped (not allowed inside a concatenation)."""
    inner = chart.copy(deep=True)
    for attr in ("title", "autosize", "config"):
        if getattr(inner, attr, alt.Undefined) is not alt.Undefined:
            setattr(inner, attr, alt.Undefined)
    lines = [line for text in (*caption.sources, caption.footer) for line in _wrap(text, width + 60, FOOTER_SIZE)]
    # The footer is the title of a concatenation holding only the chart, set below it: so it sits under the
    # chart's legend and starts at the left edge of the axis labels (frame "bounds").
    footer = alt.Title(lines, orient="bottom", anchor="start", frame="bounds", fontSize=FOOTER_SIZE,
                            fontWeight="normal", color=FOOTER_COLOUR, lineHeight=FOOTER_LINE, offset=18)
    title = alt.Title(_wrap(caption.title, width, TITLE_SIZE), subtitle=_wrap(caption.subtitle, width, SUBTITLE_SIZE),
                      anchor="start", frame="bounds", fontSize=TITLE_SIZE, subtitleFontSize=SUBTITLE_SIZE,
                      subtitleColor=FOOTER_COLOUR, offset=12)
    held = alt.vconcat(inner, title=footer).resolve_legend(color="independent", strokeDash="independent",
                                                           size="independent", shape="independent")
    return alt.vconcat(held, title=title, background="#ffffff", padding=16)
