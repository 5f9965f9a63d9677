"""The SQL store: `python -m indicators build` loads the validated curated data through the SQLModel models.

Builds never disturb readers and a failed build leaves the previous store untouched:
- SQLite (default) is built into a temporary file that replaces the store (`os.replace`) only when complete.
  Readers (`make_engine(read_only=True)`) open a new connection per use, so they see the new file at once.
- PostgreSQL (`DATABASE_URL`) keeps the served tables in the schema `gcm`. A build loads schema `gcm_build`
  in its own transaction (readers keep reading `gcm`, no lock is shared), then switches in one short
  transaction (two `ALTER SCHEMA ... RENAME`), then drops the previous schema. Builds are serialised by an
  advisory lock. Engines from `make_engine` put `gcm` on the search path.
The build records the content hash of the curated files, so `ensure_store` rebuilds only when they change.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import os
import tempfile
import urllib.parse
from collections.abc import Collection
from pathlib import Path

import pandas as pd
from sqlalchemy import Connection, Engine, create_engine, insert, select, text
from sqlalchemy.pool import NullPool
from sqlmodel import SQLModel

from .data import OBS_DTYPES, Data
from .models import REFERENCE_MODELS, BuildInfo, Observation, SourceRecord
from .paths import CURATED_DIR, SOURCES_FILE, database_url
from .schema import OBSERVATION_COLUMNS, REFERENCE_TABLES
from .sources import read_sources
from .validate import ValidationError, check_or_raise, read_curated

STORE_FORMAT = "2"  # bump when the models change so stores are rebuilt
INSERT_CHUNK = 50_000
SERVED_SCHEMA, BUILD_SCHEMA, OLD_SCHEMA = "gcm", "gcm_build", "gcm_old"
BUILD_LOCK = 4_711_000_011  # pg_advisory_lock key: one build at a time per database
STORE_MODE = 0o644  # the store is data for every reader (mkstemp would leave it 0600)


def content_hash(curated: Path = CURATED_DIR, sources_file: Path = SOURCES_FILE) -> str:
    """SHA-256 over the names and bytes of every curated CSV and sources.yaml (plus the store format).
    An unreadable entry (a directory, a dangling link) is hashed by its name and the error, never raises."""
    digest = hashlib.sha256(f"format={STORE_FORMAT}\n".encode())
    for path in sorted(curated.glob("*.csv")) + [sources_file]:
        digest.update(path.name.encode() + b"\0")
        try:
            digest.update(path.read_bytes())
        except OSError as exc:
            digest.update(f"unreadable: {type(exc).__name__}".encode())
    return digest.hexdigest()


def make_engine(url: str | None = None, read_only: bool = False) -> Engine:
    """An SQLAlchemy engine for `url` (default: `DATABASE_URL` or the SQLite file). `read_only`: the serving
    engine of the dashboard (SQLite opened `mode=ro`, a fresh connection per use so a rebuilt file is seen;
    PostgreSQL sessions `default_transaction_read_only`)."""
    url = url or database_url()
    if url.startswith("sqlite:///"):
        path = Path(url.removeprefix("sqlite:///"))
        if read_only:
            return create_engine(f"sqlite:///file:{urllib.parse.quote(str(path))}?mode=ro&uri=true",
                                 poolclass=NullPool)
        path.parent.mkdir(parents=True, exist_ok=True)
        return create_engine(url)
    options = f"-c search_path={SERVED_SCHEMA}"
    if read_only:
        options += " -c default_transaction_read_only=on"
    return create_engine(url, connect_args={"options": options}, pool_pre_ping=True)


def _insert(conn: Connection, model: type[SQLModel], frame: pd.DataFrame) -> None:
    """Insert a typed frame in chunks (memory stays flat however large a dataset grows, see bench/)."""
    for start in range(0, len(frame), INSERT_CHUNK):
        chunk = frame.iloc[start:start + INSERT_CHUNK]
        records = chunk.astype(object).where(chunk.notna(), None).to_dict("records")
        conn.execute(insert(model), records)


def _load(conn: Connection, curated: Path, sources_file: Path, digest: str) -> dict[str, int]:
    """Create all tables on `conn` and insert everything (the caller owns the transaction). Every file is
    parsed by `validate.read_curated`, the parser `check` uses. Returns row counts."""
    counts: dict[str, int] = {}
    SQLModel.metadata.drop_all(conn)
    SQLModel.metadata.create_all(conn)
    registry = read_sources(sources_file)
    conn.execute(insert(SourceRecord), [s.__dict__ for s in registry.values()])
    counts["source"] = len(registry)
    n_obs = 0
    for path in sorted(curated.glob("*.csv")):
        frame, issues = read_curated(path, set(registry))
        if issues:  # the file changed after the check: refuse, the transaction rolls back
            raise ValidationError(issues)
        if path.stem in REFERENCE_TABLES:
            _insert(conn, REFERENCE_MODELS[path.stem], frame)
            counts[path.stem] = len(frame)
        else:
            _insert(conn, Observation, frame[OBSERVATION_COLUMNS])
            n_obs += len(frame)
    counts["observation"] = n_obs
    info = {
        "content_hash": digest,
        "built_at": dt.datetime.now(dt.UTC).replace(microsecond=0).isoformat(),
        "observations": str(n_obs),
    }
    conn.execute(insert(BuildInfo), [{"key": k, "value": v} for k, v in info.items()])
    return counts


def _build_postgres(url: str, curated: Path, sources_file: Path, digest: str) -> dict[str, int]:
    """Load schema gcm_build, then swap it in for gcm in one short transaction, then drop the old one."""
    engine = create_engine(url)
    try:
        with engine.connect().execution_options(isolation_level="AUTOCOMMIT") as lock:  # a session lock
            lock.execute(text("SELECT pg_advisory_lock(:k)"), {"k": BUILD_LOCK})
            try:
                with engine.begin() as conn:
                    conn.execute(text(f"DROP SCHEMA IF EXISTS {BUILD_SCHEMA} CASCADE"))
                    conn.execute(text(f"CREATE SCHEMA {BUILD_SCHEMA}"))
                    built = conn.execution_options(schema_translate_map={None: BUILD_SCHEMA})
                    counts = _load(built, curated, sources_file, digest)
                with engine.begin() as conn:  # the switch: catalogue renames only, no table lock
                    conn.execute(text(f"DROP SCHEMA IF EXISTS {OLD_SCHEMA} CASCADE"))
                    served = conn.execute(text("SELECT 1 FROM pg_namespace WHERE nspname = :s"),
                                          {"s": SERVED_SCHEMA}).first()
                    if served:
                        conn.execute(text(f"ALTER SCHEMA {SERVED_SCHEMA} RENAME TO {OLD_SCHEMA}"))
                    conn.execute(text(f"ALTER SCHEMA {BUILD_SCHEMA} RENAME TO {SERVED_SCHEMA}"))
                with engine.begin() as conn:  # waits only for reads still running on the old tables
                    conn.execute(text(f"DROP SCHEMA IF EXISTS {OLD_SCHEMA} CASCADE"))
            finally:
                lock.execute(text("SELECT pg_advisory_unlock(:k)"), {"k": BUILD_LOCK})
    finally:
        engine.dispose()
    return counts


def build(url: str | None = None, curated: Path = CURATED_DIR, sources_file: Path = SOURCES_FILE,
          required: Collection[str] | None = None) -> dict[str, int]:
    """Validate, then (re)build the store atomically. Returns row counts per table.

    Raises `indicators.validate.ValidationError` before touching the store when the data is invalid.
    `required`: as in `validate.check_all`.
    """
    check_or_raise(curated, sources_file, required)
    digest = content_hash(curated, sources_file)
    url = url or database_url()
    if not url.startswith("sqlite:///"):
        return _build_postgres(url, curated, sources_file, digest)
    target = Path(url.removeprefix("sqlite:///"))
    target.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp_name = tempfile.mkstemp(prefix=target.name + ".", suffix=".tmp", dir=target.parent)
    os.close(fd)
    tmp = Path(tmp_name)
    try:
        engine = create_engine(f"sqlite:///{tmp}")
        try:
            with engine.begin() as conn:
                counts = _load(conn, curated, sources_file, digest)
        finally:
            engine.dispose()
        os.chmod(tmp, STORE_MODE)
        os.replace(tmp, target)  # atomic on POSIX: readers see the old or the new store, never half
    finally:
        tmp.unlink(missing_ok=True)
    return counts


def stored_hash(engine: Engine) -> str | None:
    """The content hash recorded by the last build, or None if the store is missing or incomplete."""
    try:
        with engine.connect() as conn:
            row = conn.execute(select(BuildInfo.value).where(BuildInfo.key == "content_hash")).first()
    except Exception:  # noqa: BLE001 - a missing/empty/corrupt store simply needs a build
        return None
    return row[0] if row else None


def ensure_store(url: str | None = None, curated: Path = CURATED_DIR, sources_file: Path = SOURCES_FILE,
                 required: Collection[str] | None = None) -> str:
    """Build the store if it is missing or older than the curated files (the CLI's commands do; the
    dashboard only reads). Returns the content hash. Raises ValidationError when a needed build is refused."""
    digest = content_hash(curated, sources_file)
    engine = make_engine(url)
    try:
        current = stored_hash(engine)
    finally:
        engine.dispose()
    if current != digest:
        build(url, curated, sources_file, required)
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
