"""Cached access to the store. Frames are cached by the content hash of the curated data; the engine is a
cached resource; ORM sessions are never cached."""

from __future__ import annotations

import pandas as pd
import streamlit as st

from indicators import api, registry
from indicators.data import Data
from indicators.scorecard import indicator_results as _indicator_results
from indicators.scorecard import objective_scorecard
from indicators.paths import CURATED_DIR, SOURCES_FILE
from indicators.store import build_info, content_hash, ensure_store, load_data, load_table, make_engine


@st.cache_resource(show_spinner=False)
def _engine():
    return make_engine()


@st.cache_resource(show_spinner="Building the data store…")
def _ensured(digest: str) -> str:
    return ensure_store()


def _fingerprint() -> tuple[tuple[str, int, int], ...]:
    """Name, modification time and size of every curated file: a cheap key for the content hash."""
    paths = [*sorted(CURATED_DIR.glob("*.csv")), SOURCES_FILE]
    return tuple((p.name, p.stat().st_mtime_ns, p.stat().st_size) for p in paths)


@st.cache_data(show_spinner=False, max_entries=4)
def _content_hash(fingerprint: tuple[tuple[str, int, int], ...]) -> str:
    return content_hash()


def digest() -> str:
    """Content hash of the curated data; builds the store when it changed. The files are hashed again only
    when one of them changes (pages call this many times per run)."""
    return _ensured(_content_hash(_fingerprint()))


@st.cache_data(show_spinner=False, max_entries=4)
def _data(digest: str) -> Data:
    return load_data(_engine())


def data() -> Data:
    """All observation tables."""
    return _data(digest())


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


def scorecard(base_year: int, method: str, geo: str = "TUR") -> pd.DataFrame:
    """`indicators.scorecard.objective_scorecard` of `geo` (one row per GCM objective), cached per data
    version, base year and progress method (method name of indicators.progress, e.g. OPENSDG)."""
    return _scorecard(digest(), base_year, method, geo)


@st.cache_data(show_spinner=False, max_entries=16)
def _results(digest: str, base_year: int, method: str, geo: str) -> pd.DataFrame:
    return _indicator_results(_data(digest), geo=geo, base_year=base_year, method=method)


def indicator_results(base_year: int, method: str, geo: str = "TUR") -> pd.DataFrame:
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
