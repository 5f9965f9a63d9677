"""Download buttons for charts (PNG, SVG) and tables (XLSX with a metadata sheet).

The files are built only when the button is clicked (`data=` a callable, `on_click="ignore"`: no rerun).
Charts are rendered by vl-convert through `indicators.charts`; spreadsheet cells are neutralised by
`indicators.export` (no formula runs when the file is opened).
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence

import altair as alt
import pandas as pd
import streamlit as st

from dashboard.ui import download_csv
from indicators.charts import to_png, to_svg
from indicators.export import with_sources, xlsx_bytes
from indicators.i18n import t
from indicators.registry import Indicator
from indicators.sources import Source, sources_by_id

XLSX_MIME = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
METADATA_COLUMNS = ["section", "field", "value"]
EXPORT_WIDTH = 720  # CSS px of an exported chart that has no width of its own (A4 text width at ~110 dpi)
SOURCE_FIELDS = ("publisher", "title", "version", "date_accessed", "licence", "licence_derived", "url", "citation",
                 "tier")


def file_stem(base_name: str) -> str:
    """A safe file name stem: `gcm_<base>` with anything but letters, digits, `_` and `-` replaced by `_`."""
    return "gcm_" + re.sub(r"[^A-Za-z0-9_-]+", "_", base_name).strip("_")


def base_name(name: str, geo: str = "") -> str:
    """`<name>[_<geo>]_<today>`: the stem shared by a table's CSV/XLSX and its chart's PNG/SVG."""
    return "_".join(p for p in (name, geo, dt.date.today().isoformat()) if p)


def export_chart(chart: alt.TopLevelMixin, width: int = EXPORT_WIDTH) -> alt.TopLevelMixin:
    """The chart as exported: a chart drawn at the page's width (no width of its own, or "container") gets
    `width` CSS pixels, else vl-convert would use Vega-Lite's default of 300 px; others are unchanged."""
    own = getattr(chart, "width", alt.Undefined)
    if own is alt.Undefined or own == "container":
        return chart.properties(width=width)
    return chart


def chart_downloads(chart: alt.TopLevelMixin, base_name: str, lang: str, key: str) -> None:
    """Two download buttons side by side: the chart as PNG (scale 2, print resolution) and as SVG, rendered
    by vl-convert only when clicked (see `export_chart` for the width)."""
    stem = file_stem(base_name)
    with st.container(horizontal=True):
        st.download_button(t("briefing_download_png", lang), data=lambda: to_png(export_chart(chart), scale=2.0),
                           file_name=f"{stem}.png", mime="image/png", on_click="ignore", key=f"{key}_png",
                           icon=":material/image:")
        st.download_button(t("briefing_download_svg", lang), data=lambda: to_svg(export_chart(chart)).encode("utf-8"),
                           file_name=f"{stem}.svg", mime="image/svg+xml", on_click="ignore", key=f"{key}_svg",
                           icon=":material/image:")


def indicator_metadata_sheet(indicator: Indicator, sources: dict[str, Source] | None = None) -> pd.DataFrame:
    """The metadata sheet of an indicator's XLSX: rows (section, field, value) with the indicator's metadata
    (titles, descriptions, unit, objectives, SDG, direction, target, processing) and, for each of its
    sources, publisher, title, vintage (`version`), date accessed, licence (original and derived), URL, citation
    and tier."""
    sources = sources if sources is not None else sources_by_id()
    ind = indicator
    rows = [("indicator", name, value) for name, value in (
        ("id", ind.id), ("title_en", ind.title_en), ("title_tr", ind.title_tr),
        ("description_en", ind.description_en), ("description_tr", ind.description_tr),
        ("unit", ind.unit), ("decimals", str(ind.decimals)), ("objectives", ";".join(map(str, ind.objectives))),
        ("sdg", ind.sdg or ""), ("direction", ind.direction), ("target", "" if ind.target is None else str(ind.target)),
        ("derived", str(ind.derived)), ("processing_en", ind.processing_en), ("processing_tr", ind.processing_tr),
        ("datasets", ";".join(ind.datasets)),
    )]
    for sid in ind.source_ids:
        source = sources.get(sid)
        rows.append((f"source {sid}", "id", sid))
        if source is not None:
            rows += [(f"source {sid}", name, getattr(source, name)) for name in SOURCE_FIELDS]
    return pd.DataFrame(rows, columns=METADATA_COLUMNS)


def _as_list(indicators: Indicator | Sequence[Indicator]) -> list[Indicator]:
    return [indicators] if isinstance(indicators, Indicator) else list(indicators)


def xlsx_table(frame: pd.DataFrame, indicators: Indicator | Sequence[Indicator],
               sources: dict[str, Source] | None = None) -> bytes:
    """XLSX bytes: sheet `data` (the frame, with each row's source publisher, title, vintage, licence and URL
    when it has a `source_id` column) and sheet `metadata` (`indicator_metadata_sheet` of each indicator, in
    the given order: a table of several indicators, such as the headline figures, documents all of them)."""
    sources = sources if sources is not None else sources_by_id()
    data = with_sources(frame, sources) if "source_id" in frame.columns else frame
    sheets = [indicator_metadata_sheet(ind, sources) for ind in _as_list(indicators)]
    metadata = pd.concat(sheets, ignore_index=True) if sheets else pd.DataFrame(columns=METADATA_COLUMNS)
    return xlsx_bytes(data, metadata)


def xlsx_download(frame: pd.DataFrame, indicators: Indicator | Sequence[Indicator], lang: str, key: str,
                  geo: str = "", name: str = "") -> None:
    """A download button for `frame` as XLSX (data + metadata sheets), named `gcm_<name>[_<geo>]_<date>.xlsx`
    (`name` defaults to the id of the single indicator). Built on click."""
    chosen = _as_list(indicators)
    stem = file_stem(base_name(name or chosen[0].id, geo))
    st.download_button(t("briefing_download_xlsx", lang), data=lambda: xlsx_table(frame, chosen),
                       file_name=f"{stem}.xlsx", mime=XLSX_MIME, on_click="ignore", key=key,
                       icon=":material/table:")


def table_downloads(shown: pd.DataFrame, full: pd.DataFrame | None, name: str, lang: str, key: str, *,
                    geo: str = "TUR", full_geo: str = "all", indicators: Indicator | Sequence[Indicator] = (),
                    labels: tuple[str, str] = ("download_csv_shown", "download_csv_full")) -> None:
    """The downloads under a table, side by side: CSV of the rows shown (`<key>_shown`), CSV of the full
    series (`<key>_full`, when `full` is given) and, when the table is about registry indicators, the shown
    rows as XLSX with the indicators' metadata and their sources' licence and vintage (`<key>_xlsx`).
    Files are named `gcm_<name>_<geo>_<date>`; `labels` are the UI string keys of the two CSV buttons."""
    with st.container(horizontal=True, wrap=True, key=f"{key}_downloads"):
        download_csv(shown, name, geo, labels[0], lang, key=f"{key}_shown")
        if full is not None:
            download_csv(full, name, full_geo, labels[1], lang, key=f"{key}_full")
        if _as_list(indicators):
            xlsx_download(shown, indicators, lang, key=f"{key}_xlsx", geo=geo, name=name)
