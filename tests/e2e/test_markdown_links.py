"""In the browser, a data value escaped with `md_escape` renders as text: no link is made from the URLs,
the www. address or the e-mail address in it (GFM autolinks them when only the Markdown syntax is escaped)."""

from __future__ import annotations

import subprocess
import sys
import time
import urllib.request

import pytest

from tests.e2e.conftest import ROOT, _free_port

pytestmark = pytest.mark.e2e


def test_escaped_value_has_no_links(page, tmp_path):
    port = _free_port()
    proc = subprocess.Popen(
        [sys.executable, "-m", "streamlit", "run", "tests/e2e/apps/markdown_links.py", "--server.headless", "true",
         "--server.port", str(port), "--server.address", "127.0.0.1"],
        cwd=ROOT, stdout=(tmp_path / "server.log").open("w"), stderr=subprocess.STDOUT,
    )
    try:
        deadline = time.monotonic() + 90
        while time.monotonic() < deadline:
            try:
                urllib.request.urlopen(f"http://127.0.0.1:{port}/_stcore/health", timeout=2)
                break
            except OSError:
                time.sleep(0.5)
        page.goto(f"http://127.0.0.1:{port}/")
        page.wait_for_selector("[data-testid=stApp][data-test-script-state=notRunning] [data-testid=stMarkdown]",
                               timeout=60_000)
        markdown = page.locator("[data-testid=stMarkdown]")
        assert markdown.locator("a").count() == 0
        assert markdown.inner_text().replace("\u2060", "") == (
            "see https://x.org/a or www.y.org, a@b.org [l](javascript:alert(1))")
    finally:
        proc.terminate()
        proc.wait(timeout=10)
