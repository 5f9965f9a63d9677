"""Where the project keeps its files. Every path is derived from the package location, except the data folder,
which `GCM_DATA_DIR` may move (curate, check, build, import and the dashboard then all use that folder: a
maintainer's scratch copy, or a test's)."""

from __future__ import annotations

import os
from pathlib import Path

PROJECT_ROOT = Path(__file__).resolve().parent.parent
DATA_DIR = Path(os.environ["GCM_DATA_DIR"]).resolve() if os.environ.get("GCM_DATA_DIR") else PROJECT_ROOT / "data"
CURATED_DIR = DATA_DIR / "curated"
GEO_DIR = DATA_DIR / "geo"
SOURCES_FILE = DATA_DIR / "sources.yaml"
LOCALE_DIR = PROJECT_ROOT / "locale"
# Reviewed metadata (source origins) is part of the project, like code: `GCM_DATA_DIR` does not move it.
METADATA_DIR = PROJECT_ROOT / "data" / "metadata"
DEFAULT_RAW_DIR = PROJECT_ROOT.parent / "shared" / "data" / "raw"
DEFAULT_STORE = DATA_DIR / "store" / "gcm.sqlite"


def database_url() -> str:
    """The SQLAlchemy URL of the store: `DATABASE_URL` if set, else the SQLite file under data/store."""
    return os.environ.get("DATABASE_URL") or f"sqlite:///{DEFAULT_STORE}"
