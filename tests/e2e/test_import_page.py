"""Browser test of the import page (issue 8 §3) on a server of its own, started with GCM_ENABLE_IMPORT=1 on a
copy of the project's data (GCM_DATA_DIR): upload a PMM national total, see what it changes, apply it, and
find the new figure on the Overview. The shared data/ folder is never written."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys

import pandas as pd
import pytest
from playwright.sync_api import Page, expect

from indicators.i18n import fmt_number, t
from indicators.paths import CURATED_DIR, DATA_DIR, GEO_DIR, SOURCES_FILE
from tests.e2e.conftest import ROOT, _serve, after_run, screenshot, wait_for_app

pytestmark = pytest.mark.e2e
NEW_TOTAL = 2_400_000
DATE = "2025-12-04"  # the date of the preferred 2025 value in tr_tp_syrians.csv (a news page quoting PMM)


@pytest.fixture(scope="module")
def data_copy(tmp_path_factory):
    """A copy of curated/, geo/ and sources.yaml with its own store built: what the server imports into."""
    folder = tmp_path_factory.mktemp("import_e2e") / "data"
    shutil.copytree(CURATED_DIR, folder / "curated")
    shutil.copytree(GEO_DIR, folder / "geo")
    shutil.copyfile(SOURCES_FILE, folder / "sources.yaml")
    env = {k: v for k, v in os.environ.items() if k != "DATABASE_URL"} | {"GCM_DATA_DIR": str(folder)}
    subprocess.run([sys.executable, "-m", "indicators", "build"], cwd=ROOT, env=env, check=True,
                   capture_output=True, timeout=300)
    return folder


@pytest.fixture(scope="module")
def import_url(data_copy):
    """A dashboard server with import enabled, on the copy (no DATABASE_URL: the copy's SQLite store)."""
    saved = os.environ.pop("DATABASE_URL", None)
    try:
        yield from _serve({"GCM_ENABLE_IMPORT": "1", "GCM_DATA_DIR": str(data_copy)})
    finally:
        if saved is not None:
            os.environ["DATABASE_URL"] = saved


def _preferred_2025(curated) -> float:
    """The 2025 national TP value the Overview shows before the import, read from the curated file."""
    frame = pd.read_csv(curated / "tr_tp_syrians.csv", keep_default_na=False)
    return float(frame[(frame["date"] == DATE) & (frame["status"] == "preferred")]["value"].iloc[0])


def _tp_card(page: Page):
    return page.locator(".st-key-headline_tp_syrians [data-testid='stMetricValue']")


def test_upload_preview_apply_then_the_new_figure_is_on_the_overview(page: Page, import_url, data_copy, tmp_path):
    shared_before = (CURATED_DIR / "tr_tp_syrians.csv").read_bytes(), SOURCES_FILE.read_bytes()
    before = _preferred_2025(data_copy / "curated")
    assert before == 2_366_922
    page.goto(f"{import_url}/overview?lang=en")
    wait_for_app(page)
    expect(_tp_card(page)).to_have_text(fmt_number(before, "en"))
    expect(page.locator(".st-key-headline_tp_syrians")).not_to_contain_text(t("tier_publisher", "en"))

    upload = tmp_path / "pmm_gecici_koruma.csv"
    upload.write_text(f"il,tarih,değer\nTürkiye,{DATE},{NEW_TOTAL}\n", encoding="utf-8")
    after_run(page, lambda: page.locator("[data-testid='stSidebar']").get_by_role(
        "link", name=t("page_import", "en")).click())
    expect(page.locator("h1").first).to_have_text(t("page_import", "en"))
    after_run(page, lambda: page.locator("[data-testid='stFileUploaderDropzoneInput']").set_input_files(upload))
    page.get_by_role("combobox", name=t("import_dataset", "en"), exact=True).click()
    after_run(page, lambda: page.get_by_role("option", name=t("import_dataset_tr_tp_syrians", "en"),
                                             exact=True).click())
    summary = t("import_summary", "en", n=1, replaced=1, differs=1, added=0)
    expect(page.get_by_text(summary)).to_be_visible()  # 2,400,000 against 2,366,922: +1.40 %
    assert page.locator("[data-testid='stDataFrame']").count() == 3  # differs, replaced, every value
    apply = page.get_by_role("button", name=t("import_apply", "en"))
    expect(apply).to_be_disabled()  # no source URL yet
    field = page.get_by_label(t("import_source_url", "en"))
    field.fill("https://www.goc.gov.tr/gecici-koruma5638")
    after_run(page, lambda: field.press("Enter"))
    screenshot(page, "import_preview")
    after_run(page, apply.click)
    expect(page.locator("[data-testid='stAlertContentSuccess'] [data-testid='stMarkdownContainer']")).to_have_text(
        t("import_applied", "en", n=1, file="pmm_gecici_koruma.csv"))
    screenshot(page, "import_applied")

    after_run(page, lambda: page.locator("[data-testid='stSidebar']").get_by_role(
        "link", name=t("page_overview", "en")).click())
    expect(_tp_card(page)).to_have_text(fmt_number(NEW_TOTAL, "en"))  # "2,400,000", the value in the file
    expect(page.locator(".st-key-headline_tp_syrians")).to_contain_text(t("tier_publisher", "en"))  # its source
    screenshot(page, "import_overview")
    table = pd.read_csv(data_copy / "curated" / "tr_tp_syrians.csv", keep_default_na=False)
    day = table[(table["date"] == DATE) & (table["age"] == "")]
    assert sorted(zip(day["value"], day["status"])) == [(before, "alternative"), (NEW_TOTAL, "preferred")]
    assert ((CURATED_DIR / "tr_tp_syrians.csv").read_bytes(), SOURCES_FILE.read_bytes()) == shared_before
    assert DATA_DIR != data_copy and not (DATA_DIR / "imports").exists()
