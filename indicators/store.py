"""The SQL store: `python -m indicators build` loads the validated curated data through the SQLModel models.

SQLite (default) is built into a temporary file that replaces the store only when complete; other
databases (PostgreSQL through `DATABASE_URL`) are rebuilt inside one transaction. Either way a failed build
leaves the previous store untouched. The build records the content hash of the curated files, so
`ensure_store` rebuilds only when they change (idempotent).
"""

from __future__ import annotations

import datetime as dt
import hashlib
import os
import tempfile
from pathlib import Path

import pandas as pd
from sqlalchemy import Engine, create_engine, insert, select
from sqlmodel import SQLModel

from .data import OBS_DTYPES, Data
from .models import REFERENCE_MODELS, BuildInfo, Observation, SourceRecord
from .paths import CURATED_DIR, SOURCES_FILE, database_url
from .schema import OBSERVATION_COLUMNS, REFERENCE_TABLES
from .sources import read_sources
from .validate import check_or_raise

STORE_FORMAT = "1"  # bump when the models change so stores are rebuilt
INSERT_CHUNK = 50_000


def content_hash(curated: Path = CURATED_DIR, sources_file: Path = SOURCES_FILE) -> str:
    """SHA-256 over the names and bytes of every curated CSV and sources.yaml (plus the store format)."""
    digest = hashlib.sha256(f"format={STORE_FORMAT}\n".encode())
    for path in sorted(curated.glob("*.csv")) + [sources_file]:
        digest.update(path.name.encode() + b"\0")
        digest.update(path.read_bytes())
    return digest.hexdigest()


def make_engine(url: str | None = None) -> Engine:
    """An SQLAlchemy engine for `url` (default: `DATABASE_URL` or the SQLite file)."""
    url = url or database_url()
    if url.startswith("sqlite:///"):
        Path(url.removeprefix("sqlite:///")).parent.mkdir(parents=True, exist_ok=True)
    return create_engine(url)


def _records(frame: pd.DataFrame) -> list[dict]:
    return [{k: (None if pd.isna(v) else v) for k, v in row.items()} for row in frame.to_dict("records")]


def _read_reference(path: Path) -> pd.DataFrame:
    table = REFERENCE_TABLES[path.stem]
    frame = pd.read_csv(path, dtype=str, keep_default_na=False)
    out = frame.copy()
    for f in table.columns:
        if f.dtype in ("int", "float"):
            out[f.name] = pd.to_numeric(frame[f.name].replace("", None))
            if f.dtype == "int":
                out[f.name] = out[f.name].astype("Int64")
    return out.astype(object).where(out.notna(), None)


def _load(engine: Engine, curated: Path, sources_file: Path, digest: str) -> dict[str, int]:
    """Create all tables on `engine` and insert everything in one transaction. Returns row counts."""
    counts: dict[str, int] = {}
    with engine.begin() as conn:
        SQLModel.metadata.drop_all(conn)
        SQLModel.metadata.create_all(conn)
        sources = [s.__dict__ for s in read_sources(sources_file).values()]
        conn.execute(insert(SourceRecord), sources)
        counts["source"] = len(sources)
        n_obs = 0
        for path in sorted(curated.glob("*.csv")):
            if path.stem in REFERENCE_TABLES:
                frame = _read_reference(path)
                model = REFERENCE_MODELS[path.stem]
                if len(frame):
                    conn.execute(insert(model), _records(frame))
                counts[path.stem] = len(frame)
            else:
                # In chunks, so memory stays flat however large a dataset grows (see bench/).
                for chunk in pd.read_csv(path, dtype=OBS_DTYPES, keep_default_na=False, chunksize=INSERT_CHUNK):
                    conn.execute(insert(Observation), chunk[OBSERVATION_COLUMNS].to_dict("records"))
                    n_obs += len(chunk)
        counts["observation"] = n_obs
        info = {
            "content_hash": digest,
            "built_at": dt.datetime.now(dt.UTC).replace(microsecond=0).isoformat(),
            "observations": str(n_obs),
        }
        conn.execute(insert(BuildInfo), [{"key": k, "value": v} for k, v in info.items()])
    return counts


def build(url: str | None = None, curated: Path = CURATED_DIR, sources_file: Path = SOURCES_FILE) -> dict[str, int]:
    """Validate, then (re)build the store atomically. Returns row counts per table.

    Raises `indicators.validate.ValidationError` before touching the store when the data is invalid.
    """
    check_or_raise(curated, sources_file)
    digest = content_hash(curated, sources_file)
    url = url or database_url()
    if url.startswith("sqlite:///"):
        target = Path(url.removeprefix("sqlite:///"))
        target.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp_name = tempfile.mkstemp(prefix=target.name + ".", suffix=".tmp", dir=target.parent)
        os.close(fd)
        tmp = Path(tmp_name)
        try:
            engine = create_engine(f"sqlite:///{tmp}")
            counts = _load(engine, curated, sources_file, digest)
            engine.dispose()
            os.replace(tmp, target)  # atomic on POSIX: readers see the old or the new store, never half
        finally:
            tmp.unlink(missing_ok=True)
        return counts
    engine = create_engine(url)
    try:
        return _load(engine, curated, sources_file, digest)
    finally:
        engine.dispose()


def stored_hash(engine: Engine) -> str | None:
    """The content hash recorded by the last build, or None if the store is missing or incomplete."""
    try:
        with engine.connect() as conn:
            row = conn.execute(select(BuildInfo.value).where(BuildInfo.key == "content_hash")).first()
    except Exception:  # noqa: BLE001 - a missing/empty/corrupt store simply needs a build
        return None
    return row[0] if row else None


def ensure_store(url: str | None = None, curated: Path = CURATED_DIR, sources_file: Path = SOURCES_FILE) -> str:
    """Build the store if it is missing or older than the curated files. Returns the content hash."""
    digest = content_hash(curated, sources_file)
    engine = make_engine(url)
    try:
        current = stored_hash(engine)
    finally:
        engine.dispose()
    if current != digest:
        build(url, curated, sources_file)
    return digest


def build_info(engine: Engine) -> dict[str, str]:
    with engine.connect() as conn:
        return dict(conn.execute(select(BuildInfo.key, BuildInfo.value)).all())


def load_data(engine: Engine) -> Data:
    """Every observation table from the store, as a `Data` mapping of dataset → frame."""
    with engine.connect() as conn:
        frame = pd.read_sql_table("observation", conn)
    frame = frame[OBSERVATION_COLUMNS].astype(OBS_DTYPES)
    return Data({name: group.reset_index(drop=True) for name, group in frame.groupby("dataset", sort=True)})


def load_table(engine: Engine, name: str) -> pd.DataFrame:
    """A reference table (ref_*, mmp_incidents) or `source` from the store, columns as in the schema."""
    with engine.connect() as conn:
        frame = pd.read_sql_table(name, conn)
    if name in REFERENCE_TABLES:
        frame = frame[REFERENCE_TABLES[name].column_names]
    return frame
