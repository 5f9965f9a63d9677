"""Cached access to the store, which the dashboard only reads (building is the CLI's job: `python -m
indicators build`, which `dev.sh` runs before serving).

Frames are cached by the content hash the store records (`digest()`), so they change exactly when a build
changed the data: for SQLite the store file is looked at on every call (a build replaces it), for PostgreSQL
the recorded hash is read again every few seconds. The engine opens the store read-only and, for SQLite, a
new connection per use, so a replaced file is read at once. ORM sessions are never cached.

When the curated files no longer match the store, `curated_state()` says whether they are invalid (with
the problems, for maintainers) or valid and waiting for a build; visitors keep the last good data.
"""

from __future__ import annotations

import logging
import os
import time

import pandas as pd
import streamlit as st

from indicators import api, registry, sources
from indicators.codes import HOME
from indicators.data import Data
from indicators.scorecard import indicator_results as _indicator_results
from indicators.paths import CURATED_DIR, SOURCES_FILE, database_url
from indicators.scorecard import indicator_progress, objective_scorecard
from indicators.store import build_info, content_hash, load_data, load_table, make_engine, stored_hash
from indicators.validate import Issue, check_all

log = logging.getLogger(__name__)
RECHECK_SECONDS = 2  # PostgreSQL: how often the recorded hash is read again


class StoreUnavailable(RuntimeError):
    """The store is missing or unreadable (never built, or the database is down)."""


@st.cache_resource(show_spinner=False)
def _reader(url: str):
    return make_engine(url, read_only=True)


def _engine():
    """The read-only engine of the store at `DATABASE_URL` (or the default SQLite file)."""
    return _reader(database_url())


def _store_stamp() -> tuple[int, int, int] | int | None:
    """Changes whenever the store may have changed: the SQLite file's identity (a build replaces the file),
    for PostgreSQL a clock tick of RECHECK_SECONDS."""
    url = database_url()
    if url.startswith("sqlite:///"):
        try:
            info = os.stat(url.removeprefix("sqlite:///"))
        except OSError:
            return None
        return (info.st_ino, info.st_mtime_ns, info.st_size)
    return int(time.monotonic() // RECHECK_SECONDS)


@st.cache_data(show_spinner=False, max_entries=4)
def _served_hash(stamp: tuple[int, int, int] | int | None) -> str | None:
    return None if stamp is None else stored_hash(_engine())


def digest() -> str:
    """Content hash of the data the store serves; raises StoreUnavailable when there is no store."""
    served = _served_hash(_store_stamp())
    if served is None:
        raise StoreUnavailable("the data store is missing or unreadable; run `python -m indicators build`")
    return served


def _fingerprint() -> tuple[tuple, ...]:
    """Name, modification time and size of every curated file (or the error reading it): a cheap key."""
    entries = []
    for path in [*sorted(CURATED_DIR.glob("*.csv")), SOURCES_FILE]:
        try:
            info = path.stat()
            entries.append((path.name, info.st_mtime_ns, info.st_size))
        except OSError as exc:
            entries.append((path.name, type(exc).__name__))
    return tuple(entries)


@st.cache_data(show_spinner=False, max_entries=4)
def _curated_state(fingerprint: tuple[tuple, ...], served: str) -> tuple[str, list[Issue]]:
    if content_hash(CURATED_DIR, SOURCES_FILE) == served:
        return "current", []
    issues = check_all(CURATED_DIR, SOURCES_FILE)
    if issues:
        log.warning("curated data invalid, serving the last good store:\n%s", "\n".join(map(str, issues)))
        return "invalid", issues
    log.warning("curated data changed and valid but not built; run `python -m indicators build`")
    return "not_built", []


def curated_state() -> tuple[str, list[Issue]]:
    """("current", []) when the curated files are what the store serves; ("invalid", problems) when they
    changed and fail validation; ("not_built", []) when they changed, are valid and wait for a build."""
    return _curated_state(_fingerprint(), digest())


@st.cache_data(show_spinner=False, max_entries=4)
def _sources(digest: str) -> dict[str, sources.Source]:
    frame = load_table(_engine(), "source")
    names = set(sources.SOURCE_FIELDS)
    return {r["id"]: sources.Source(**{k: v for k, v in r.items() if k in names and v is not None})
            for r in frame.to_dict("records")}


def serve_sources() -> None:
    """Make `indicators.sources.sources_by_id()` return the store's source registry (the frame calls this
    before every page), so the pages never read sources.yaml itself."""
    sources.serve_registry(_sources(digest()))


@st.cache_data(show_spinner=False, max_entries=4)
def _data(digest: str) -> Data:
    return load_data(_engine())


def data() -> Data:
    """All observation tables."""
    return _data(digest())


@st.cache_data(show_spinner=False, max_entries=32)
def _dataset(digest: str, name: str) -> pd.DataFrame:
    return _data(digest)[name]


def dataset(name: str) -> pd.DataFrame:
    """One observation table (`data()[name]`) without copying all of them out of the cache."""
    return _dataset(digest(), name)


@st.cache_data(show_spinner=False, max_entries=256)
def _progress(digest: str, indicator_id: str, geo: str, base_year: int, method: str):
    return indicator_progress(registry.get(indicator_id), _data(digest), geo=geo, base_year=base_year, method=method)


def progress(indicator_id: str, geo: str, base_year: int, method: str):
    """`indicators.scorecard.indicator_progress` (an Assessment), cached per data version and arguments."""
    return _progress(digest(), indicator_id, geo, base_year, method)


@st.cache_data(show_spinner=False, max_entries=32)
def _table(digest: str, name: str) -> pd.DataFrame:
    return load_table(_engine(), name)


def table(name: str) -> pd.DataFrame:
    """A reference table (ref_objectives, ref_provinces, ref_countries, ref_champions, mmp_incidents...)."""
    return _table(digest(), name)


@st.cache_data(show_spinner=False, max_entries=256)
def _query(digest: str, indicator_id: str, full: bool) -> pd.DataFrame:
    return api.query(indicator_id, _data(digest), full=full)


def query(indicator_id: str, full: bool = False) -> pd.DataFrame:
    """`indicators.api.query` for every geo (filter the result in the page)."""
    return _query(digest(), indicator_id, full)


@st.cache_data(show_spinner=False, max_entries=16)
def _scorecard(digest: str, base_year: int, method: str, geo: str) -> pd.DataFrame:
    return objective_scorecard(_data(digest), geo=geo, base_year=base_year, method=method)


def scorecard(base_year: int, method: str, geo: str = HOME) -> pd.DataFrame:
    """`indicators.scorecard.objective_scorecard` of `geo` (one row per GCM objective), cached per data
    version, base year and progress method (method name of indicators.progress, e.g. OPENSDG)."""
    return _scorecard(digest(), base_year, method, geo)


@st.cache_data(show_spinner=False, max_entries=16)
def _results(digest: str, base_year: int, method: str, geo: str) -> pd.DataFrame:
    return _indicator_results(_data(digest), geo=geo, base_year=base_year, method=method)


def indicator_results(base_year: int, method: str, geo: str = HOME) -> pd.DataFrame:
    """`indicators.scorecard.indicator_results` (each indicator's status, years and dated flag), cached per
    data version, base year and progress method."""
    return _results(digest(), base_year, method, geo)


@st.cache_data(show_spinner=False)
def _built(digest: str) -> dict[str, str]:
    return build_info(_engine())


def built_at() -> str:
    return _built(digest()).get("built_at", "")


def indicators() -> list[registry.Indicator]:
    return registry.all_indicators()
