"""Exports that open cleanly in spreadsheets: CSV (UTF-8 with BOM), XLSX, and the "download all" zip.

Cells that begin with `=`, `+`, `-`, `@`, a tab or a carriage return are neutralised with a leading
apostrophe so no formula runs when the file is opened (OWASP CSV injection). Numeric columns are never
touched, and text that is a plain number (e.g. "-3.5") stays as it is.

Numbers are written without float noise (`clean_number`): a whole number as an integer (`1159415`, not
`1159415.0`); any other value rounded to the indicator's decimals + `EXTRA_DECIMALS` places when the
indicator is known, else to `SIGNIFICANT_DIGITS` significant digits, then written in its shortest form
(`0.4544999999999995` → `0.4545`). Two CSV dialects: the standard one (`,` separator, `.` decimal: LibreOffice,
Python, R, Excel's "Data → From Text/CSV") and the Turkish Excel one (`;` separator, `,` decimal), which an
Excel set to Turkish opens by double-click.
"""

from __future__ import annotations

import io
import math
import re
import zipfile
from dataclasses import dataclass
from pathlib import Path

import pandas as pd
from babel.numbers import get_decimal_symbol

from . import registry
from .data import Data
from .i18n import LANGS, LOCALES, UNIT_LABELS, translate
from .messages import NP_, Message
from .sources import Source, sources_by_id, tier_label, vintage

FORMULA_PREFIXES = ("=", "+", "-", "@", "\t", "\r")
_NUMBER = re.compile(r"^[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?$")
SOURCE_COLUMNS = ["source_publisher", "source_title", "source_version", "source_licence", "source_url", "source_tier",
                  "source_tier_en", "source_tier_tr"]
EXTRA_DECIMALS = 3  # places kept beyond the indicator's own decimals (its display rounding is not the data's)
SIGNIFICANT_DIGITS = 12  # without a known indicator: far below a double's ~15.9 digits, so noise goes
_EXACT_INT = 2 ** 53  # beyond this a float is no longer an exact integer


@dataclass(frozen=True)
class CsvDialect:
    """How a CSV is written: field separator and decimal sign."""

    separator: str
    decimal: str


STANDARD = CsvDialect(",", ".")
TURKISH_EXCEL = CsvDialect(";", ",")


# The headers of a download for a spreadsheet in a translated language (`spreadsheet_frame`), and its codes in
# words: one explicit map each. Codes not listed (types, routes, ISO3 codes) stay codes.
COLUMN_LABELS: dict[str, Message] = {
    "indicator": NP_("column", "indicator"), "dataset": NP_("column", "dataset"), "geo": NP_("column", "geography"),
    "year": NP_("column", "year"), "date": NP_("column", "date"), "value": NP_("column", "value"),
    "unit": NP_("column", "unit"), "sex": NP_("column", "sex"), "age": NP_("column", "age"),
    "origin": NP_("column", "origin"), "destination": NP_("column", "destination"), "type": NP_("column", "type"),
    "route": NP_("column", "route"), "source_id": NP_("column", "source code"), "status": NP_("column", "status"),
    "note": NP_("column", "note (in English)"), "source_publisher": NP_("column", "source publisher"),
    "source_title": NP_("column", "source title"), "source_version": NP_("column", "source vintage (as recorded)"),
    "source_licence": NP_("column", "source licence (as recorded)"), "source_url": NP_("column", "source URL"),
    "source_tier": NP_("column", "source tier (code)"), "source_tier_en": NP_("column", "source tier (English)"),
    "source_tier_tr": NP_("column", "source tier (Turkish)"),
}
CODE_LABELS: dict[tuple[str, str], Message] = {
    ("sex", "female"): NP_("sex", "female"), ("sex", "male"): NP_("sex", "male"),
    ("age", "children"): NP_("age", "children"), ("age", "adults"): NP_("age", "adults"),
    ("status", "preferred"): NP_("value status", "preferred"),
    ("status", "alternative"): NP_("value status", "alternative"),
}


def spreadsheet_frame(frame: pd.DataFrame, lang: str) -> pd.DataFrame:
    """`frame` for a spreadsheet reader of `lang`: headers in words (`COLUMN_LABELS`), sex, age and status codes
    in words (`CODE_LABELS`) and units as read after a number (`i18n.UNIT_LABELS`); other columns unchanged."""
    out = frame.copy()
    for (column, code), message in CODE_LABELS.items():
        if column in out.columns:
            out[column] = out[column].mask(out[column] == code, translate(message, lang))
    if "unit" in out.columns:
        out["unit"] = out["unit"].map(lambda u: translate(UNIT_LABELS[u], lang) if u in UNIT_LABELS else u)
    return out.rename(columns={c: translate(m, lang) for c, m in COLUMN_LABELS.items() if c in out.columns})


def spreadsheet_dialect(lang: str) -> CsvDialect | None:
    """The CSV dialect a spreadsheet set to `lang`'s locale opens by double-click (`;` separator where the
    decimal sign is a comma, as in Turkish Excel), or None where the standard CSV already fits."""
    decimal = get_decimal_symbol(LOCALES[lang])
    return None if decimal == STANDARD.decimal else CsvDialect(";", decimal)


def clean_number(value: object, decimals: int | None = None) -> object:
    """A number as it is written to a file: an integral float as `int`, any other float rounded to
    `decimals + EXTRA_DECIMALS` places (or `SIGNIFICANT_DIGITS` significant digits when `decimals` is None);
    NaN as None; anything else (text, int, bool) unchanged."""
    if isinstance(value, bool) or not isinstance(value, float):
        return value
    if math.isnan(value):
        return None
    if math.isinf(value):
        return value
    if value.is_integer() and abs(value) < _EXACT_INT:
        return int(value)
    rounded = round(value, decimals + EXTRA_DECIMALS) if decimals is not None else float(f"{value:.{SIGNIFICANT_DIGITS}g}")
    return int(rounded) if rounded.is_integer() and abs(rounded) < _EXACT_INT else rounded


def _number_text(value: object, decimal: str) -> str:
    """A cleaned number as CSV text: shortest form, never in exponent notation, with `decimal` as its sign."""
    if value is None:
        return ""
    if isinstance(value, int):
        return str(value)
    text = repr(value)
    if "e" in text or "E" in text:
        text = f"{value:.{SIGNIFICANT_DIGITS}f}".rstrip("0").rstrip(".")
    return text.replace(".", decimal)


def neutralise(value: object) -> object:
    """Prefix a text cell with an apostrophe if a spreadsheet would read it as a formula."""
    if isinstance(value, str) and value.startswith(FORMULA_PREFIXES) and not _NUMBER.match(value):
        return "'" + value
    return value


def safe_frame(frame: pd.DataFrame) -> pd.DataFrame:
    """A copy of `frame` with every text cell neutralised (numbers untouched), column names included."""
    out = frame.copy()
    for col in out.columns:
        if not pd.api.types.is_numeric_dtype(out[col]):
            out[col] = out[col].map(neutralise)
    out.columns = [neutralise(str(c)) for c in out.columns]
    return out


def clean_frame(frame: pd.DataFrame, decimals: int | None = None) -> pd.DataFrame:
    """A copy of `frame` whose float columns hold `clean_number` values (object columns of int/float/None)."""
    out = frame.copy()
    for col in out.columns:
        if pd.api.types.is_float_dtype(out[col]):
            out[col] = pd.Series([clean_number(float(v), decimals) for v in out[col]], index=out.index, dtype=object)
    return out


def csv_bytes(frame: pd.DataFrame, decimals: int | None = None, dialect: CsvDialect = STANDARD) -> bytes:
    """CSV as UTF-8 with BOM (so Excel in a Turkish locale reads ı, ş, ğ correctly), CRLF line ends, cells
    neutralised, numbers cleaned (`clean_number`) and written with the dialect's separator and decimal sign."""
    out = safe_frame(frame)
    for col in out.columns:
        if pd.api.types.is_float_dtype(out[col]):
            out[col] = [_number_text(clean_number(float(v), decimals), dialect.decimal) for v in out[col]]
    return out.to_csv(index=False, sep=dialect.separator, lineterminator="\r\n").encode("utf-8-sig")


def with_sources(frame: pd.DataFrame, sources: dict[str, Source] | None = None) -> pd.DataFrame:
    """Add publisher, title, vintage, licence, URL and tier (code, and in words in English and Turkish) of each
    row's source_id."""
    sources = sources if sources is not None else sources_by_id()
    out = frame.copy()
    ids = out["source_id"]
    out["source_publisher"] = ids.map(lambda s: sources[s].publisher if s in sources else "")
    out["source_title"] = ids.map(lambda s: sources[s].title if s in sources else "")
    out["source_version"] = ids.map(lambda s: vintage(sources[s], "en") if s in sources else "")
    out["source_licence"] = ids.map(lambda s: sources[s].licence if s in sources else "")
    out["source_url"] = ids.map(lambda s: sources[s].url if s in sources else "")
    out["source_tier"] = ids.map(lambda s: sources[s].tier if s in sources else "")
    for lang in LANGS:
        out[f"source_tier_{lang}"] = ids.map(lambda s, lang=lang: tier_label(sources[s].tier, lang) if s in sources else "")
    return out


COUNT_UNITS = frozenset({"persons", "usd", "permits", "cases", "incidents", "camps", "countries"})
MAX_COLUMN_WIDTH = 60  # characters: longer text (notes, URLs) wraps the view no further


def number_format(unit: str, decimals: int | None = None) -> str:
    """The Excel number format of a value in `unit`: counts with thousands separators (`#,##0`), percent
    values (8.1 means 8.1 %) with a percent sign after the number (`0.0"%"`, the value stays 8.1), other
    units grouped with their decimals. Excel and LibreOffice show the separators of the reader's locale."""
    if unit in COUNT_UNITS:
        return "#,##0"
    if unit == "percent":
        places = decimals or 1  # as on screen (`i18n.fmt_value`): a share is never shown without a decimal
    else:
        places = decimals if decimals is not None else 2
    digits = "." + "0" * places if places > 0 else ""
    return f'0{digits}"%"' if unit == "percent" else f"#,##0{digits}"


def _format_sheet(sheet, frame: pd.DataFrame, unit: str | None, decimals: int | None) -> None:
    """Freeze the header row, fit column widths to their longest cell, format the `value*` columns by unit
    (the row's `unit` column, else `unit`)."""
    from openpyxl.utils import get_column_letter

    sheet.freeze_panes = "A2"
    for i, col in enumerate(frame.columns, start=1):
        cells = [str(col)] + ["" if v is None or (isinstance(v, float) and math.isnan(v)) else str(v)
                              for v in frame[col]]
        sheet.column_dimensions[get_column_letter(i)].width = min(MAX_COLUMN_WIDTH, max(len(c) for c in cells) + 2)
    units = frame["unit"].tolist() if "unit" in frame.columns else [unit] * len(frame)
    for i, col in enumerate(frame.columns, start=1):
        if not str(col).startswith("value"):
            continue
        for row, row_unit in enumerate(units, start=2):
            cell = sheet.cell(row=row, column=i)
            if row_unit and isinstance(cell.value, int | float):
                cell.number_format = number_format(row_unit, decimals)


def xlsx_bytes(data: pd.DataFrame, metadata: pd.DataFrame, unit: str | None = None,
               decimals: int | None = None) -> bytes:
    """An XLSX workbook with a `data` sheet and a `metadata` sheet: cells neutralised, numbers cleaned
    (`clean_number`), header rows frozen, column widths fitted, `value` columns formatted per unit
    (`number_format`; the row's `unit` column, else `unit`)."""
    buffer = io.BytesIO()
    with pd.ExcelWriter(buffer, engine="openpyxl") as writer:
        for name, frame in (("data", data), ("metadata", metadata)):
            clean = clean_frame(safe_frame(frame), decimals)
            clean.to_excel(writer, sheet_name=name, index=False)
            _format_sheet(writer.sheets[name], clean, unit if name == "data" else None, decimals)
    return buffer.getvalue()


def indicator_metadata(indicators: list[registry.Indicator] | None = None) -> pd.DataFrame:
    """One row per indicator: the data dictionary of the exports."""
    rows = []
    for ind in indicators or registry.all_indicators():
        rows.append({
            "id": ind.id, "objectives": ";".join(map(str, ind.objectives)), "sdg": ind.sdg or "",
            "title_en": ind.title("en"), "title_tr": ind.title("tr"), "description_en": ind.description("en"),
            "description_tr": ind.description("tr"), "unit": ind.unit, "decimals": ind.decimals,
            "direction": ind.direction, "target": "" if ind.target is None else ind.target,
            "derived": ind.derived, "comparable": ind.comparable, "geography": ind.geography,
            "sources": ";".join(ind.source_ids), "datasets": ";".join(ind.datasets),
            "processing_en": ind.processing("en"), "processing_tr": ind.processing("tr"),
        })
    return pd.DataFrame(rows)


def sources_frame(sources: dict[str, Source] | None = None) -> pd.DataFrame:
    sources = sources if sources is not None else sources_by_id()
    return pd.DataFrame([s.__dict__ for s in sorted(sources.values(), key=lambda s: s.id)])


def export_all(data: Data, out: Path) -> list[Path]:
    """Write `<indicator>.csv` (full series with source columns), `metadata.csv`, `sources.csv`, README.txt."""
    from .api import query

    out.mkdir(parents=True, exist_ok=True)
    written = []
    for ind in registry.all_indicators():
        path = out / f"{ind.id}.csv"
        path.write_bytes(csv_bytes(with_sources(query(ind, data, full=True)), decimals=ind.decimals))
        written.append(path)
    for name, frame in (("metadata.csv", indicator_metadata()), ("sources.csv", sources_frame())):
        (out / name).write_bytes(csv_bytes(frame))
        written.append(out / name)
    readme = out / "README.txt"
    readme.write_text(DOWNLOAD_README, encoding="utf-8")
    written.append(readme)
    return written


def zip_all(data: Data) -> bytes:
    """The "download all" zip: every indicator CSV, metadata.csv (data dictionary), sources.csv, README.txt."""
    import tempfile

    buffer = io.BytesIO()
    with tempfile.TemporaryDirectory() as tmp, zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as zf:
        for path in sorted(export_all(data, Path(tmp))):
            info = zipfile.ZipInfo(path.name, date_time=(2018, 12, 19, 0, 0, 0))  # fixed: reproducible zips
            info.compress_type = zipfile.ZIP_DEFLATED
            zf.writestr(info, path.read_bytes())
    return buffer.getvalue()


DOWNLOAD_README = """GCM Türkiye indicators — data download

Files
- <indicator>.csv  every value of one indicator (headline, disaggregations, dated points and alternative
                   national values), with unit, status (preferred/alternative), note and the source of each
                   row (publisher, title, version/vintage, licence, URL, tier).
- metadata.csv     the data dictionary: one row per indicator (objectives, SDG code, titles and descriptions
                   in English and Turkish, unit, direction, target, derived or not, processing note).
- sources.csv      every source record with publisher, title, URL, vintage, date accessed, licence, citation.

Format: UTF-8 with BOM, comma-separated, CRLF line ends, "." as decimal separator. Whole numbers are written
as integers; other values are rounded to the indicator's decimals + 3 places (12 significant digits where no
single indicator applies) and written in their shortest form. Text cells that would start a spreadsheet
formula (=, +, -, @) are prefixed with an apostrophe. In LibreOffice or in Excel's "Data → From Text/CSV",
choose UTF-8, comma separator and English (US) number format.
Licences travel with the data: see source_licence on each row (IDMC data is CC BY-NC 4.0).

Source tiers (source_tier; in words in source_tier_en and source_tier_tr): publisher = the publisher's own
table, API or page; official_channel = an official channel republishing the publisher's figures unchanged
(IOM DTM, UNHCR documents); third_party_quote = a press or other third-party page quoting the publisher;
third_party_copy = a third-party copy of a publisher's file (verbatim or processed); project = made by this
project (not a published figure). Only the first two are official figures.
"""
