"""The dashboard serves the store read-only: after a build it shows the new data (no restart), and when the
curated files turn invalid it keeps the last good data and shows the problems (file, row, column) instead
of an exception.

These run the real frame (`streamlit_app.py`) through Streamlit's AppTest in this process, so the cached
engine and the caches of `dashboard.data` persist between runs exactly as in a server process; a test with
`streamlit run` servers is in tests/test_replicas.py.
"""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest
from streamlit.testing.v1 import AppTest

from dashboard import data as dashboard_data
from indicators import sources as registry
from indicators import store
from indicators.paths import CURATED_DIR, SOURCES_FILE

APP = str(Path(__file__).resolve().parent.parent / "streamlit_app.py")
TP_FILE = "tr_tp_syrians.csv"
# data/curated/tr_tp_syrians.csv line 567: TUR 2025-12-04, 2366922 persons (the Overview's 2025 card: the
# latest count of 2025 held).
TP_ROW = "tr_tp_syrians,TUR,2025,2025-12-04,,,,,,,2366922,"
TP_LABEL = "Syrians under temporary protection (latest count of each year)"


@pytest.fixture()
def served(tmp_path, monkeypatch):
    """A copy of the curated data and a store built from it, served by the dashboard."""
    curated = tmp_path / "curated"
    shutil.copytree(CURATED_DIR, curated)
    sources = tmp_path / "sources.yaml"
    shutil.copy(SOURCES_FILE, sources)
    url = f"sqlite:///{tmp_path / 'store.sqlite'}"
    store.build(url, curated, sources)
    monkeypatch.setenv("DATABASE_URL", url)
    monkeypatch.setattr(dashboard_data, "CURATED_DIR", curated)
    monkeypatch.setattr(dashboard_data, "SOURCES_FILE", sources)
    yield url, curated, sources
    registry.serve_registry(None)  # the frame installed this store's copy of the source registry


def _overview() -> AppTest:
    at = AppTest.from_file(APP, default_timeout=120)
    at.query_params["lang"] = "en"
    at.run()
    assert not at.exception, [e.value for e in at.exception]
    return at


def _tp_metric(at: AppTest) -> str:
    return next(m.value for m in at.metric if m.label == TP_LABEL)


def _edit(curated: Path, old: str, new: str) -> None:
    path = curated / TP_FILE
    text = path.read_text(encoding="utf-8")
    assert text.count(old) == 1
    path.write_text(text.replace(old, new), encoding="utf-8")


def test_dashboard_shows_new_data_after_a_build_without_restart(served):
    url, curated, sources = served
    assert _tp_metric(_overview()) == "2,366,922"
    _edit(curated, TP_ROW, TP_ROW.replace("2366922", "2366999"))
    # Before the build the dashboard still serves the store, and says newer valid data waits for a build.
    at = _overview()
    assert _tp_metric(at) == "2,366,922"
    assert any("will be shown after the next build" in c.value for c in at.sidebar.caption)
    store.build(url, curated, sources)  # the CLI's build replaces the file the dashboard has open
    at = _overview()
    assert _tp_metric(at) == "2,366,999"
    assert not any("next build" in c.value for c in at.sidebar.caption)


def test_invalid_curated_data_keeps_the_last_good_store_and_names_the_problem(served):
    url, curated, sources = served
    before = os.stat(url.removeprefix("sqlite:///"))
    _edit(curated, TP_ROW, TP_ROW.replace("2366922", "inf"))
    at = _overview()
    assert _tp_metric(at) == "2,366,922"
    assert "did not pass the checks" in at.sidebar.warning[0].value
    details = at.sidebar.expander[0]
    assert details.label == "Details for data maintainers (1 problem)"
    assert details.text[0].value == ("tr_tp_syrians.csv, row 567, column 'value': 'inf' is not a valid float "
                                     "(a finite decimal number)")
    # The dashboard never builds: the store file is the same file, untouched.
    after = os.stat(url.removeprefix("sqlite:///"))
    assert (after.st_ino, after.st_mtime_ns) == (before.st_ino, before.st_mtime_ns)


def test_broken_sources_yaml_does_not_reach_the_pages(served):
    url, curated, sources = served
    sources.write_text("- id: 'unclosed\n", encoding="utf-8")
    at = _overview()
    assert _tp_metric(at) == "2,366,922"
    assert at.sidebar.expander[0].text[0].value == ("sources.yaml, line 2: YAML syntax: found unexpected end of "
                                                    "stream (while scanning a quoted scalar at line 1)")
    # The footer still cites publishers: they come from the store's copy of the registry.
    assert any("Sources on this page" in c.value for c in at.caption)


def test_missing_store_shows_a_short_message(tmp_path, monkeypatch):
    monkeypatch.setenv("DATABASE_URL", f"sqlite:///{tmp_path / 'never_built.sqlite'}")
    at = AppTest.from_file(APP, default_timeout=60)
    at.query_params["lang"] = "en"
    at.run()
    assert not at.exception
    assert [e.value for e in at.error] == ["The data is not available at the moment. Please try again later."]
    assert not (tmp_path / "never_built.sqlite").exists()  # read-only: nothing was created
