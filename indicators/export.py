"""Exports that open cleanly in spreadsheets: CSV (UTF-8 with BOM), XLSX, and the "download all" zip.

Cells that begin with `=`, `+`, `-`, `@`, a tab or a carriage return are neutralised with a leading
apostrophe so no formula runs when the file is opened (OWASP CSV injection). Numeric columns are never
touched, and text that is a plain number (e.g. "-3.5") stays as it is.
"""

from __future__ import annotations

import io
import re
import zipfile
from pathlib import Path

import pandas as pd

from . import registry
from .data import Data
from .sources import Source, sources_by_id, tier_label

FORMULA_PREFIXES = ("=", "+", "-", "@", "\t", "\r")
_NUMBER = re.compile(r"^[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?$")
SOURCE_COLUMNS = ["source_publisher", "source_title", "source_version", "source_licence", "source_url", "source_tier",
                  "source_tier_en", "source_tier_tr"]


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


def csv_bytes(frame: pd.DataFrame) -> bytes:
    """CSV as UTF-8 with BOM (so Excel in a Turkish locale reads ı, ş, ğ correctly), comma-separated."""
    return safe_frame(frame).to_csv(index=False, lineterminator="\r\n").encode("utf-8-sig")


def with_sources(frame: pd.DataFrame, sources: dict[str, Source] | None = None) -> pd.DataFrame:
    """Add publisher, title, vintage, licence, URL and tier (code, and in words in English and Turkish) of each
    row's source_id."""
    sources = sources if sources is not None else sources_by_id()
    out = frame.copy()
    ids = out["source_id"]
    out["source_publisher"] = ids.map(lambda s: sources[s].publisher if s in sources else "")
    out["source_title"] = ids.map(lambda s: sources[s].title if s in sources else "")
    out["source_version"] = ids.map(lambda s: sources[s].version if s in sources else "")
    out["source_licence"] = ids.map(lambda s: sources[s].licence if s in sources else "")
    out["source_url"] = ids.map(lambda s: sources[s].url if s in sources else "")
    out["source_tier"] = ids.map(lambda s: sources[s].tier if s in sources else "")
    for lang in ("en", "tr"):
        out[f"source_tier_{lang}"] = ids.map(lambda s, lang=lang: tier_label(sources[s].tier, lang) if s in sources else "")
    return out


def xlsx_bytes(data: pd.DataFrame, metadata: pd.DataFrame) -> bytes:
    """An XLSX workbook with a `data` sheet and a `metadata` sheet, cells neutralised."""
    buffer = io.BytesIO()
    with pd.ExcelWriter(buffer, engine="openpyxl") as writer:
        safe_frame(data).to_excel(writer, sheet_name="data", index=False)
        safe_frame(metadata).to_excel(writer, sheet_name="metadata", index=False)
    return buffer.getvalue()


def indicator_metadata(indicators: list[registry.Indicator] | None = None) -> pd.DataFrame:
    """One row per indicator: the data dictionary of the exports."""
    rows = []
    for ind in indicators or registry.all_indicators():
        rows.append({
            "id": ind.id, "objectives": ";".join(map(str, ind.objectives)), "sdg": ind.sdg or "",
            "title_en": ind.title_en, "title_tr": ind.title_tr, "description_en": ind.description_en,
            "description_tr": ind.description_tr, "unit": ind.unit, "decimals": ind.decimals,
            "direction": ind.direction, "target": "" if ind.target is None else ind.target,
            "derived": ind.derived, "comparable": ind.comparable, "geography": ind.geography,
            "sources": ";".join(ind.source_ids), "datasets": ";".join(ind.datasets),
            "processing_en": ind.processing_en, "processing_tr": ind.processing_tr,
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
        path.write_bytes(csv_bytes(with_sources(query(ind, data, full=True))))
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

Format: UTF-8 with BOM, comma-separated, CRLF line ends, "." as decimal separator. Text cells that would
start a spreadsheet formula (=, +, -, @) are prefixed with an apostrophe.
Licences travel with the data: see source_licence on each row (IDMC data is CC BY-NC 4.0).

Source tiers (source_tier; in words in source_tier_en and source_tier_tr): publisher = the publisher's own
table, API or page; official_channel = an official channel republishing the publisher's figures unchanged
(IOM DTM, UNHCR documents); third_party_quote = a press or other third-party page quoting the publisher;
third_party_copy = a third-party copy of a publisher's file (verbatim or processed); project = made by this
project (not a published figure). Only the first two are official figures.
"""
