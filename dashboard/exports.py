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

from dashboard.ui import LazyChart, built
from indicators import objective_view as view
from indicators.chart_export import Caption, framed
from indicators.charts import to_png, to_svg
from indicators.codes import HOME
from indicators.export import (
    STANDARD, TURKISH_EXCEL, CsvDialect, csv_bytes, spreadsheet_dialect, spreadsheet_frame, with_sources, xlsx_bytes,
)
from indicators.i18n import t, unit_label
from indicators.registry import Indicator
from indicators.sources import Source, sources_by_id, tier_label, vintage

XLSX_MIME = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
METADATA_COLUMNS = ["section", "field", "value"]  # headers of the metadata sheet, localised
# The UI string key of every header and field name of the metadata sheet.
METADATA_KEYS = {
    "section": "export_meta_section", "field": "export_meta_field", "value": "export_meta_value",
    "id": "export_meta_id", "title": "export_meta_title", "description": "export_meta_description",
    "unit": "export_meta_unit", "decimals": "export_meta_decimals", "objectives": "export_meta_objectives",
    "sdg": "export_meta_sdg", "direction": "export_meta_direction", "target": "export_meta_target",
    "derived": "export_meta_derived", "processing": "export_meta_processing", "publisher": "export_meta_publisher",
    "version": "export_meta_version", "accessed": "export_meta_accessed", "licence": "export_meta_licence",
    "licence_derived": "export_meta_licence_derived", "url": "export_meta_url", "citation": "export_meta_citation",
    "tier": "export_meta_tier",
}
EXPORT_WIDTH = 720  # CSS px of an exported chart that has no width of its own (A4 text width at ~110 dpi)
# (Source attribute, export_meta_* string) of the metadata sheet's source rows
SOURCE_FIELDS = (("publisher", "publisher"), ("title", "title"), ("vintage", "version"),
                 ("date_accessed", "accessed"), ("licence", "licence"), ("licence_derived", "licence_derived"),
                 ("url", "url"), ("citation", "citation"), ("tier", "tier"))


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


def exported_chart(chart: alt.TopLevelMixin, caption: Caption | None, width: int = EXPORT_WIDTH) -> alt.TopLevelMixin:
    """The chart as its image shows it: `export_chart`, framed with the caption's title, subtitle, source
    lines, dashboard name and download date (`indicators.chart_export.framed`) when a caption is given."""
    sized = export_chart(chart, width)
    if caption is None:
        return sized
    own = getattr(sized, "width", alt.Undefined)
    return framed(sized, caption, own if isinstance(own, int) else width)


def chart_downloads(chart: alt.TopLevelMixin | LazyChart, base_name: str, lang: str, key: str,
                    caption: Caption | None = None) -> None:
    """Two download buttons side by side: the chart as PNG (scale 2, print resolution) and as SVG, rendered
    by vl-convert only when clicked (a LazyChart is built then too), carrying `caption` inside the image
    (see `exported_chart`)."""
    stem = file_stem(base_name)
    with st.container(horizontal=True):
        st.download_button(t("briefing_download_png", lang),
                           data=lambda: to_png(exported_chart(built(chart), caption), scale=2.0),
                           file_name=f"{stem}.png", mime="image/png", on_click="ignore", key=f"{key}_png",
                           icon=":material/image:")
        st.download_button(t("briefing_download_svg", lang),
                           data=lambda: to_svg(exported_chart(built(chart), caption)).encode("utf-8"),
                           file_name=f"{stem}.svg", mime="image/svg+xml", on_click="ignore", key=f"{key}_svg",
                           icon=":material/image:")


def indicator_metadata_sheet(indicator: Indicator, sources: dict[str, Source] | None = None,
                             lang: str = "en") -> pd.DataFrame:
    """The metadata sheet of an indicator's XLSX in `lang`: rows (section, field, value) with the indicator's
    code, title, description, unit, decimals, objectives, SDG code, direction, target, derived and processing
    note and, for each of its sources, publisher, title, vintage (`version`), date accessed, licence (original
    and derived), URL, citation and tier (in words). Headers and field names are localised; internal ids other than the
    indicator's code (which the data sheet's `indicator` column holds) are not shown."""
    sources = sources if sources is not None else sources_by_id()
    ind = indicator
    yes_no = {True: t("objectives_yes", lang), False: t("objectives_no", lang)}
    section = f"{t('export_meta_indicator', lang)}: {ind.title(lang)}"
    target = "" if ind.target is None else view.target_text(ind, lang)
    rows = [(section, t(METADATA_KEYS[name], lang), value) for name, value in (
        ("id", ind.id), ("title", ind.title(lang)), ("description", ind.description(lang)),
        ("unit", unit_label(ind.unit, lang)), ("decimals", str(ind.decimals)),
        ("objectives", ", ".join(map(str, ind.objectives))), ("sdg", ind.sdg or ""),
        ("direction", t(view.DIRECTION_KEYS[ind.direction], lang)), ("target", target),
        ("derived", yes_no[ind.derived]), ("processing", ind.processing(lang)),
    )]
    known = [sources[sid] for sid in ind.source_ids if sid in sources]
    for n, source in enumerate(known, start=1):
        rows += [(t("export_meta_source", lang, n=n), t(METADATA_KEYS[label], lang),
                  tier_label(source.tier, lang) if name == "tier" else
                  vintage(source, lang) if name == "vintage" else getattr(source, name))
                 for name, label in SOURCE_FIELDS]
    columns = [t(METADATA_KEYS[c], lang) for c in METADATA_COLUMNS]
    return pd.DataFrame(rows, columns=columns)


def _as_list(indicators: Indicator | Sequence[Indicator]) -> list[Indicator]:
    return [indicators] if isinstance(indicators, Indicator) else list(indicators)


def _decimals(indicators: Sequence[Indicator]) -> int | None:
    """The decimals of the numbers in a file: the indicator's for one indicator, None (significant digits)
    for a table of several."""
    return indicators[0].decimals if len(indicators) == 1 else None


def xlsx_table(frame: pd.DataFrame, indicators: Indicator | Sequence[Indicator],
               sources: dict[str, Source] | None = None, lang: str = "en") -> bytes:
    """XLSX bytes: sheet `data` (the frame, with each row's source publisher, title, vintage, licence and URL
    when it has a `source_id` column) and sheet `metadata` (`indicator_metadata_sheet` of each indicator in
    `lang`, in the given order: a table of several indicators, such as the headline figures, documents all of
    them). Values are formatted by the row's unit (or the single indicator's)."""
    sources = sources if sources is not None else sources_by_id()
    chosen = _as_list(indicators)
    data = with_sources(frame, sources) if "source_id" in frame.columns else frame
    sheets = [indicator_metadata_sheet(ind, sources, lang) for ind in chosen]
    columns = [t(METADATA_KEYS[c], lang) for c in METADATA_COLUMNS]
    metadata = pd.concat(sheets, ignore_index=True) if sheets else pd.DataFrame(columns=columns)
    unit = chosen[0].unit if len(chosen) == 1 else None
    return xlsx_bytes(data, metadata, unit=unit, decimals=_decimals(chosen))


def xlsx_download(frame: pd.DataFrame, indicators: Indicator | Sequence[Indicator], lang: str, key: str,
                  geo: str = "", name: str = "") -> None:
    """A download button for `frame` as XLSX (data + metadata sheets), named `gcm_<name>[_<geo>]_<date>.xlsx`
    (`name` defaults to the id of the single indicator). Built on click."""
    chosen = _as_list(indicators)
    stem = file_stem(base_name(name or chosen[0].id, geo))
    st.download_button(t("briefing_download_xlsx", lang), data=lambda: xlsx_table(frame, chosen, lang=lang),
                       file_name=f"{stem}.xlsx", mime=XLSX_MIME, on_click="ignore", key=key,
                       icon=":material/table:")


def csv_file_name(name: str, geo: str, part: str, dialect: CsvDialect = STANDARD) -> str:
    """`gcm_<name>_<geo>_<part>[_excel-tr]_<date>.csv`: `part` is "shown" or "full", so the two downloads
    of one table never share a name; the Turkish Excel dialect is marked `excel-tr`."""
    marker = "excel-tr" if dialect == TURKISH_EXCEL else ""
    return file_stem(base_name("_".join(p for p in (name, geo, part, marker) if p))) + ".csv"


def csv_download(frame: pd.DataFrame, name: str, geo: str, part: str, label: str, key: str,
                 decimals: int | None = None, dialect: CsvDialect = STANDARD, lang: str | None = None) -> None:
    """A CSV download of `frame` with source columns (`csv_file_name`), built only when clicked; for a
    spreadsheet in `lang` (when given) with headers and codes in words (`export.spreadsheet_frame`)."""
    def data() -> bytes:
        table = with_sources(frame) if "source_id" in frame.columns else frame
        return csv_bytes(spreadsheet_frame(table, lang) if lang else table, decimals=decimals, dialect=dialect)

    st.download_button(label, data=data,
                       file_name=csv_file_name(name, geo, part, dialect), mime="text/csv", on_click="ignore",
                       key=key, icon=":material/download:")


def table_downloads(shown: pd.DataFrame, full: pd.DataFrame | None, name: str, lang: str, key: str, *,
                    geo: str = HOME, full_geo: str = "all", indicators: Indicator | Sequence[Indicator] = (),
                    labels: tuple[str, str] = ("download_csv_shown", "download_csv_full")) -> None:
    """The downloads under a table, side by side: CSV of the rows shown (`<key>_shown`), CSV of the full
    series (`<key>_full`, when `full` is given), in Turkish the same two as CSV for a Turkish Excel (`;`
    separator, `,` decimal; `<key>_shown_tr`, `<key>_full_tr`) and, when the table is about registry
    indicators, the shown rows as XLSX with the indicators' metadata and their sources' licence and vintage
    (`<key>_xlsx`). A caption says which file fits which program. `labels` are the UI string keys of the two
    standard CSV buttons."""
    chosen = _as_list(indicators)
    decimals = _decimals(chosen)
    files = [(shown, geo, "shown", labels[0], "export_csv_tr_shown")]
    if full is not None:
        files.append((full, full_geo, "full", labels[1], "export_csv_tr_full"))
    with st.container(horizontal=True, wrap=True, key=f"{key}_downloads"):
        for frame, frame_geo, part, label, _ in files:
            csv_download(frame, name, frame_geo, part, t(label, lang), f"{key}_{part}", decimals)
        dialect = spreadsheet_dialect(lang)
        if dialect is not None:
            for frame, frame_geo, part, _, label in files:
                csv_download(frame, name, frame_geo, part, t(label, lang), f"{key}_{part}_tr", decimals, dialect, lang)
        if chosen:
            xlsx_download(shown, chosen, lang, key=f"{key}_xlsx", geo=geo, name=name)
    st.caption(t("export_files_note", lang))
