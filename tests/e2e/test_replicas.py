"""Two dashboard servers (`streamlit run`, as two replicas) on one store while a build runs: both keep
answering with the previous data during the build and both show the new data after it, without a restart.
On PostgreSQL (the replica deployment of the README) and on SQLite (one file, replaced by the build).

The build runs in this test process and is held half-way (all rows inserted, not yet switched in) while
the browsers load the Overview from both servers. The servers' output goes to log files beside the screenshots (tests/e2e/conftest.py).
"""

from __future__ import annotations

import contextlib
import os
import shutil
import threading
import time
import urllib.request
import uuid
from urllib.parse import urlsplit

import pytest
from sqlalchemy import create_engine, text

from indicators import store
from indicators.models import Observation
from indicators.paths import CURATED_DIR, SOURCES_FILE
from tests.e2e.conftest import dashboard_server

pytestmark = pytest.mark.e2e

TP_LABEL = "Syrians under temporary protection (latest count of each year)"
# data/curated/tr_tp_syrians.csv line 567: TUR 2025-12-04, 2366922 persons (the Overview's 2025 card: the
# latest count of 2025 held).
TP_ROW = "tr_tp_syrians,TUR,2025,2025-12-04,,,,,,,2366922,"


@pytest.fixture(params=["postgresql", "sqlite"])
def store_url(request, tmp_path):
    if request.param == "sqlite":
        yield f"sqlite:///{tmp_path / 'store.sqlite'}"
        return
    base = os.environ.get("GCM_TEST_POSTGRES_URL", "")
    if not base.startswith("postgresql"):
        pytest.skip("no PostgreSQL: set GCM_TEST_POSTGRES_URL to a postgresql:// URL (.ci/run starts one)")
    name = f"gcm_replicas_{uuid.uuid4().hex[:8]}"
    admin = create_engine(base, isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.execute(text(f'CREATE DATABASE "{name}"'))
    yield base.rsplit("/", 1)[0] + f"/{name}"
    with admin.connect() as conn:
        conn.execute(text(f'DROP DATABASE "{name}" WITH (FORCE)'))
    admin.dispose()


def _healthy(url: str) -> bool:
    try:
        with urllib.request.urlopen(f"{url}/_stcore/health", timeout=5) as resp:
            return resp.status == 200
    except OSError:
        return False


def _tp_value(page, url: str) -> tuple[str, float]:
    """Load the Overview and return the card's value and the seconds until the script finished."""
    start = time.monotonic()
    page.goto(f"{url}/?lang=en")
    page.wait_for_selector("[data-testid=stApp][data-test-script-state=notRunning] [data-testid=stMetric]",
                           timeout=120_000)
    card = page.locator("[data-testid=stMetric]").filter(has_text=TP_LABEL)
    return card.locator("[data-testid=stMetricValue]").inner_text(), time.monotonic() - start


def test_two_servers_keep_answering_during_a_build_and_show_the_new_data(browser, store_url, tmp_path,
                                                                         monkeypatch):
    store.build(store_url)  # the committed data: the servers start on it
    changed = tmp_path / "curated"
    shutil.copytree(CURATED_DIR, changed)
    path = changed / "tr_tp_syrians.csv"
    path.write_text(path.read_text(encoding="utf-8").replace(TP_ROW, TP_ROW.replace("2366922", "2366999")),
                    encoding="utf-8")

    outside: list[str] = []
    with contextlib.ExitStack() as stack:
        servers = [stack.enter_context(dashboard_server({"DATABASE_URL": store_url})) for _ in (1, 2)]
        pages = []
        for url in servers:
            page = browser.new_context(locale="en-GB").new_page()
            page.on("request", lambda r: urlsplit(r.url).hostname not in ("127.0.0.1", None)
                    and not r.url.startswith("data:") and outside.append(r.url))
            pages.append(page)
        assert [_tp_value(p, url)[0] for p, url in zip(pages, servers, strict=True)] == ["2,366,922"] * 2

        loading, release = threading.Event(), threading.Event()
        insert = store._insert

        def held_insert(conn, model, frame):
            insert(conn, model, frame)
            if model is Observation and frame["dataset"].iloc[0] == "wdi_population":
                loading.set()
                assert release.wait(300)

        monkeypatch.setattr(store, "_insert", held_insert)
        errors: list[BaseException] = []

        def run_build():
            try:
                store.build(store_url, changed, SOURCES_FILE)
            except BaseException as exc:  # noqa: BLE001 - reported below
                errors.append(exc)

        builder = threading.Thread(target=run_build)
        builder.start()
        try:
            assert loading.wait(300)
            during = [_tp_value(p, url) for p, url in zip(pages, servers, strict=True)]
        finally:
            release.set()
            builder.join(300)
        assert not errors, errors
        assert [v for v, _ in during] == ["2,366,922"] * 2, during

        after = []
        for page, url in zip(pages, servers, strict=True):
            deadline = time.monotonic() + 30  # PostgreSQL replicas look at the store every 2 s
            while (value := _tp_value(page, url)[0]) != "2,366,999" and time.monotonic() < deadline:
                time.sleep(1)
            after.append(value)
        assert after == ["2,366,999"] * 2
        assert all(_healthy(url) for url in servers)  # both replicas still serving
        print(f"{urlsplit(store_url).scheme}: Overview load during the build: "
              + ", ".join(f"{s:.1f} s" for _, s in during))
    assert outside == [], outside  # no request leaves the machine (icon font, favicon)
