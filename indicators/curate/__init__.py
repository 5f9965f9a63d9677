"""Curation: read the reference files under `shared/data/raw` and write `data/curated/*.csv`.

Each module in this package reads one publisher's folder and returns a `Curated` bundle: tables in the
project schema (`indicators.schema`) and the source records they cite. `curate_all` runs them in a fixed
order and writes every table deterministically (same input, byte-identical output).
"""

from __future__ import annotations

import importlib
from dataclasses import dataclass, field
from pathlib import Path

import pandas as pd

from ..paths import CURATED_DIR, GEO_DIR, SOURCES_FILE
from ..schema import OBSERVATION_COLUMNS, OBSERVATION_KEY, REFERENCE_TABLES
from ..sources import Source, with_tier, write_sources

MODULES = ["framework", "geography", "unhcr", "undesa", "worldbank", "iom", "national"]


@dataclass
class Curated:
    """What one curation module produces: tables by name, source records, GeoJSON documents by file name."""

    tables: dict[str, pd.DataFrame] = field(default_factory=dict)
    sources: list[Source] = field(default_factory=list)
    geojson: dict[str, dict] = field(default_factory=dict)


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


def curate_all(raw: Path, out_dir: Path = CURATED_DIR, geo_dir: Path = GEO_DIR, sources_file: Path = SOURCES_FILE,
               modules: list[str] | None = None) -> list[Path]:
    """Run every curation module on `raw` and write tables, GeoJSON and sources.yaml. Returns written paths."""
    if not raw.is_dir():
        raise CurationError(f"{raw}: raw reference folder not found")
    out_dir.mkdir(parents=True, exist_ok=True)
    geo_dir.mkdir(parents=True, exist_ok=True)
    written: list[Path] = []
    sources: list[Source] = []
    seen: set[str] = set()
    for name in modules or MODULES:
        module = importlib.import_module(f"{__name__}.{name}")
        result: Curated = module.curate(raw)
        for table_name, frame in sorted(result.tables.items()):
            if table_name in seen:
                raise CurationError(f"table {table_name} produced twice (module {name})")
            seen.add(table_name)
            written.append(write_table(frame, table_name, out_dir))
        for file_name, doc in sorted(result.geojson.items()):
            written.append(write_geojson(doc, file_name, geo_dir))
        sources.extend(with_tier(s) for s in result.sources)
    write_sources(sources, sources_file)
    written.append(sources_file)
    return written
