"""Browser tests: one `streamlit run` per test session on a free localhost port, driven by pytest-playwright
with the system Chromium (never a downloaded browser). Screenshots go to tests/e2e/screenshots/, the server's
output to tests/e2e/screenshots/server-<port>.log."""

from __future__ import annotations

import contextlib
import os
import shutil
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
SCREENSHOTS = Path(__file__).parent / "screenshots"


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture(scope="session")
def browser_type_launch_args(browser_type_launch_args):
    chromium = shutil.which("chromium") or shutil.which("chromium-browser")
    if chromium is None:
        pytest.fail("Debian's chromium is required for the browser tests (apt-get install chromium)")
    return {
        **browser_type_launch_args,
        "executable_path": chromium,
        "args": ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
                 "--disable-sync", "--no-first-run", "--disable-quic"],
    }


@pytest.fixture(scope="session")
def browser_context_args(browser_context_args):
    return {**browser_context_args, "viewport": {"width": 1280, "height": 800}, "accept_downloads": True,
            "locale": "en-GB"}


@pytest.fixture(scope="session")
def app_url():
    """The dashboard, started once for the session."""
    yield from _serve()


@pytest.fixture()
def fresh_app_url():
    """A dashboard server of its own, for tests about the very first request a server receives."""
    yield from _serve()


def _serve(extra_env: dict[str, str] | None = None):
    """Start `streamlit run` on a free port, wait for /_stcore/health, yield the URL, stop it. The server's
    output goes to a log file (a pipe nobody reads would block the server once it is full). Import stays off
    and the data folder is the project's unless `extra_env` says otherwise (GCM_ENABLE_IMPORT, GCM_DATA_DIR)."""
    port = _free_port()
    env = {k: v for k, v in os.environ.items() if k not in ("GCM_ENABLE_IMPORT", "GCM_DATA_DIR")}
    env |= {"STREAMLIT_BROWSER_GATHER_USAGE_STATS": "false", **(extra_env or {})}
    SCREENSHOTS.mkdir(exist_ok=True)
    log_path = SCREENSHOTS / f"server-{port}.log"
    log = log_path.open("wb")
    proc = subprocess.Popen(
        [sys.executable, "-m", "streamlit", "run", "streamlit_app.py", "--server.headless", "true",
         "--server.port", str(port), "--server.address", "127.0.0.1"],
        cwd=ROOT, env=env, stdout=log, stderr=subprocess.STDOUT,
    )
    url = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 90
    while time.monotonic() < deadline:
        try:
            with urllib.request.urlopen(f"{url}/_stcore/health", timeout=2) as resp:
                if resp.status == 200:
                    break
        except OSError:
            time.sleep(0.5)
    else:
        proc.kill()
        log.close()
        out = log_path.read_text(errors="replace")
        pytest.fail(f"streamlit did not become healthy in 90 s:\n{out[-3000:]}")
    yield url
    proc.terminate()
    try:
        proc.wait(timeout=10)
    except subprocess.TimeoutExpired:
        proc.kill()
    log.close()


# `with dashboard_server({"DATABASE_URL": url}) as base_url:` for a test that needs servers of its own.
dashboard_server = contextlib.contextmanager(_serve)


IDLE = "[data-testid='stApp'][data-test-script-state='notRunning']"


def wait_for_app(page, timeout: float = 120_000) -> None:
    """Wait until the script run has finished (Streamlit's own run state, not a localised text) and the page
    has its title."""
    page.wait_for_selector("[data-testid='stMainBlockContainer'] h1", timeout=timeout)
    wait_idle(page, timeout)


def wait_idle(page, timeout: float = 120_000) -> None:
    """Wait until no script run is going on (after an interaction: the run it starts has begun and ended)."""
    page.wait_for_selector(IDLE, timeout=timeout)
    page.wait_for_function(
        "sel => { const app = document.querySelector(sel); return app && !document.querySelector("
        "\"[data-testid='stSkeleton'], [data-stale='true']\"); }",
        arg=IDLE, timeout=timeout)


def screenshot(page, name: str) -> Path:
    """A screenshot of the whole page: the viewport is made as tall as the content first, because Streamlit
    scrolls inside its own container and a full-page screenshot would only show the viewport."""
    SCREENSHOTS.mkdir(exist_ok=True)
    path = SCREENSHOTS / f"{name}.png"
    viewport = page.viewport_size
    height = page.evaluate(
        "() => Math.max(...['[data-testid=stMain]', '[data-testid=stMainBlockContainer]', "
        "'[data-testid=stSidebarContent]'].map(s => document.querySelector(s)?.scrollHeight || 0))")
    page.set_viewport_size({"width": viewport["width"], "height": max(viewport["height"], min(height, 16_000))})
    try:
        page.screenshot(path=str(path))
    finally:
        page.set_viewport_size(viewport)
    return path


# Counts finished script runs (running -> notRunning) and records whether Streamlit's own page menu or the
# loading notice ever appeared, from the very first byte of every page load.
OBSERVER = """
(() => {
  window.__runs = 0; window.__sawSidebarNav = false; window.__sawNotice = false;
  new MutationObserver(records => {
    for (const r of records) {
      if (r.type === 'attributes' && r.target.dataset && r.target.dataset.testid === 'stApp'
          && r.target.getAttribute('data-test-script-state') === 'notRunning' && r.oldValue !== 'notRunning') {
        window.__runs += 1;
      }
    }
    if (document.querySelector("[data-testid='stSidebarNav']")) window.__sawSidebarNav = true;
    if (document.querySelector("[data-testid='stMain'] [data-testid='stAlert']")
        && !document.querySelector("[data-testid='stMainBlockContainer'] h1")) window.__sawNotice = true;
  }).observe(document, {subtree: true, childList: true, attributes: true, attributeOldValue: true,
                        attributeFilter: ['data-test-script-state']});
})();
"""


@pytest.fixture(autouse=True)
def _observe_runs(request):
    """Install OBSERVER in every browser page of a test."""
    if "page" in request.fixturenames:
        request.getfixturevalue("page").add_init_script(OBSERVER)


def after_run(page, action, timeout: float = 120_000) -> None:
    """Do `action` (a click, ...) and wait until the script run it starts has finished."""
    before = page.evaluate("() => window.__runs")
    action()
    page.wait_for_function("n => window.__runs > n", arg=before, timeout=timeout)
    wait_idle(page, timeout)


def wait_drawn(page, timeout: float = 120_000) -> None:
    """Wait until every visible chart and map has drawn (an SVG or canvas of non-zero size)."""
    page.wait_for_function(
        """() => [...document.querySelectorAll("[data-testid='stVegaLiteChart'], [data-testid='stDeckGlJsonChart']")]
            .filter(el => el.offsetParent !== null && el.getBoundingClientRect().width > 0)
            .every(el => [...el.querySelectorAll('svg, canvas')].some(c => c.getBoundingClientRect().width > 0))""",
        timeout=timeout)
