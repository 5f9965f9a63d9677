"""Shared fixtures. The raw reference folder is required in CI (GCM_REQUIRE_RAW=1)."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from indicators.paths import DEFAULT_RAW_DIR


@pytest.fixture(scope="session")
def raw_dir() -> Path:
    """`../shared/data/raw`. Tests that reproduce curation from the raw files need it; CI must have it."""
    raw = Path(os.environ.get("GCM_RAW_DIR", DEFAULT_RAW_DIR))
    if not raw.is_dir():
        if os.environ.get("GCM_REQUIRE_RAW") == "1":
            pytest.fail(f"raw reference folder {raw} is missing but GCM_REQUIRE_RAW=1")
        pytest.skip(f"raw reference folder {raw} not present")
    return raw


@pytest.fixture(scope="session", autouse=True)
def built_store() -> None:
    """The dashboard only reads the store: build it (as `dev.sh` does) when it is missing or out of date."""
    from indicators.store import ensure_store

    ensure_store()
