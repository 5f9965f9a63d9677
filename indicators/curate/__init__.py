"""Curation: read the reference files under `shared/data/raw` and write `data/curated/*.csv`.

Each module in this package reads one publisher's folder and returns a `Curated` bundle: tables in the
project schema (`indicators.schema`) citing source ids. The source records are reviewed data
(`data/metadata/sources/<module>.yml`, `indicators.metadata`). `curate_all` checks the raw files against
them, runs the modules in a fixed order, checks that every id cited has a record, and writes every table
and the registry deterministically (same input, byte-identical output).
"""

from __future__ import annotations

import importlib
from dataclasses import dataclass, field
from pathlib import Path

import pandas as pd

from ..metadata import ORIGINS_DIR, MetadataError, load_origins, verify_raw_files
from ..paths import CURATED_DIR, GEO_DIR, SOURCES_FILE
from ..schema import OBSERVATION_COLUMNS, OBSERVATION_KEY, REFERENCE_TABLES
from ..sources import Source, write_sources

MODULES = ["framework", "geography", "unhcr", "undesa", "worldbank", "iom", "national"]


@dataclass
class Curated:
    """What one curation module produces: tables by name, GeoJSON documents by file name, and the page each
    quoting source was read on according to the raw files (source id -> URL), checked against its record."""

    tables: dict[str, pd.DataFrame] = field(default_factory=dict)
    geojson: dict[str, dict] = field(default_factory=dict)
    source_urls: dict[str, str] = field(default_factory=dict)


class CurationError(ValueError):
    """A raw file does not have what the curation expects (names the file and the column or row)."""


def require_columns(frame: pd.DataFrame, columns: list[str], path: Path) -> None:
    """Fail loudly, naming the file, if a raw file lacks columns the curation reads."""
    missing = [c for c in columns if c not in frame.columns]
    if missing:
        raise CurationError(f"{path}: missing column(s) {missing}; found {list(frame.columns)}")


def read_raw_csv(path: Path, columns: list[str] | None = None) -> pd.DataFrame:
    """Read a raw CSV with every column as text (no type guessing), checking required columns."""
    if not path.exists():
        raise CurationError(f"{path}: file not found")
    frame = pd.read_csv(path, dtype=str, keep_default_na=False, encoding="utf-8")
    if columns:
        require_columns(frame, columns, path)
    return frame


def observations(rows: pd.DataFrame | list[dict], dataset: str) -> pd.DataFrame:
    """Build an observation table in the tidy long schema from rows that give at least
    geo, year, value, unit and source_id; other columns default to empty text."""
    frame = pd.DataFrame(rows).copy()
    frame["dataset"] = dataset
    for col in OBSERVATION_COLUMNS:
        if col not in frame.columns:
            frame[col] = ""
    frame = frame[OBSERVATION_COLUMNS]
    frame["year"] = frame["year"].astype("int64")
    frame["value"] = frame["value"].astype("float64")
    for col in OBSERVATION_COLUMNS:
        if col not in ("year", "value"):
            frame[col] = frame[col].fillna("").astype(str)
    return frame


def format_number(value: float) -> str:
    """Canonical text for a number: integers without a decimal point, others as the shortest text that reads
    back to the same float (no precision lost: 1359123768774.12 stays as it is)."""
    if pd.isna(value):
        return ""
    if float(value).is_integer() and abs(value) < 1e15:
        return str(int(value))
    return repr(float(value))


def write_table(frame: pd.DataFrame, name: str, out_dir: Path = CURATED_DIR) -> Path:
    """Write a curated table sorted by its key, with canonical number text and LF line endings."""
    if name in REFERENCE_TABLES:
        table = REFERENCE_TABLES[name]
        columns, key = table.column_names, table.key
    else:
        columns, key = OBSERVATION_COLUMNS, OBSERVATION_KEY
    missing = [c for c in columns if c not in frame.columns]
    if missing:
        raise CurationError(f"table {name}: missing column(s) {missing}")
    out = frame[columns].copy()
    out = out.sort_values(key, kind="mergesort").reset_index(drop=True)
    for col in out.columns:
        if pd.api.types.is_float_dtype(out[col]):
            out[col] = out[col].map(format_number)
    path = out_dir / f"{name}.csv"
    out.to_csv(path, index=False, lineterminator="\n", encoding="utf-8")
    return path


def write_geojson(doc: dict, name: str, out_dir: Path = GEO_DIR) -> Path:
    """Write a GeoJSON document compactly and deterministically."""
    import json

    path = out_dir / name
    path.write_text(json.dumps(doc, ensure_ascii=False, sort_keys=True, separators=(",", ":")) + "\n", encoding="utf-8")
    return path


SOURCE_ID_COLUMNS = ("source_id", "source_a", "source_b")


def check_citations(tables: dict[str, pd.DataFrame], sources: list[Source]) -> None:
    """CurationError naming the table and the id when a table cites a source id that has no record."""
    known = {s.id for s in sources}
    for table_name, frame in sorted(tables.items()):
        cited = {sid for col in SOURCE_ID_COLUMNS if col in frame for sid in frame[col] if sid}
        if missing := sorted(cited - known):
            raise CurationError(f"table {table_name} cites source ids without a record in "
                                f"{ORIGINS_DIR}/*.yml: {missing}")


def curate_all(raw: Path, out_dir: Path = CURATED_DIR, geo_dir: Path = GEO_DIR, sources_file: Path = SOURCES_FILE,
               modules: list[str] | None = None, imports_dir: Path | None = None,
               origins_dir: Path = ORIGINS_DIR) -> list[Path]:
    """Check the raw files against the reviewed source records (`origins_dir`), run every curation module on
    `raw`, apply the publisher tables imported by users (kept under `imports_dir`, default `data/imports/`;
    see `indicators.importer`) and write tables, GeoJSON and sources.yaml (the records, with those of the
    imports). Returns written paths. MetadataError (a ValueError) for a bad record or a raw file that
    differs from its record; CurationError for a raw file the curation cannot read or a cited id without
    a record."""
    from ..importer import IMPORTS_DIR, reapply

    if not raw.is_dir():
        raise CurationError(f"{raw}: raw reference folder not found")
    origins = load_origins(origins_dir)
    verify_raw_files(origins, raw)
    out_dir.mkdir(parents=True, exist_ok=True)
    geo_dir.mkdir(parents=True, exist_ok=True)
    written: list[Path] = []
    sources = [origin.to_source() for _, origin in origins.values()]
    tables: dict[str, pd.DataFrame] = {}
    for name in modules or MODULES:
        module = importlib.import_module(f"{__name__}.{name}")
        result: Curated = module.curate(raw)
        for table_name, frame in sorted(result.tables.items()):
            if table_name in tables:
                raise CurationError(f"table {table_name} produced twice (module {name})")
            tables[table_name] = frame
        for file_name, doc in sorted(result.geojson.items()):
            written.append(write_geojson(doc, file_name, geo_dir))
        for source_id, url in sorted(result.source_urls.items()):
            path, origin = origins.get(source_id, (origins_dir, None))
            if origin is None:
                raise MetadataError(origins_dir, source_id, None, f"no record for the page {url} (module {name})")
            if origin.url_main != url:
                raise MetadataError(path, source_id, "url_main", f"{origin.url_main!r}; the raw files quote "
                                                                 f"this source from {url}")
    reapply(tables, sources, IMPORTS_DIR if imports_dir is None else imports_dir)
    check_citations(tables, sources)
    for table_name, frame in tables.items():
        written.append(write_table(frame, table_name, out_dir))
    write_sources(sources, sources_file)
    written.append(sources_file)
    return written
