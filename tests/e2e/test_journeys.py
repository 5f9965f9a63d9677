"""The main journeys in a real browser (system Chromium), with screenshots of every page in both languages.

Screenshots land in tests/e2e/screenshots/ (git-ignored); look at them after a run.
"""

from __future__ import annotations

import csv
import io
import json
import subprocess
import sys

import pytest
from playwright.sync_api import Page, expect

from indicators.i18n import t
from indicators.site import served_pages
from tests.e2e.conftest import ROOT, after_run, screenshot, wait_drawn, wait_for_app

pytestmark = pytest.mark.e2e
PUBLIC_PAGES = served_pages(maintainer=False)  # the servers of these tests run without import


def open_page(page: Page, app_url: str, path: str = "", **params: str) -> None:
    query = "&".join(f"{k}={v}" for k, v in params.items())
    page.goto(f"{app_url}/{path}" + (f"?{query}" if query else ""))
    wait_for_app(page)


def test_overview_switch_to_turkish_and_open_objective_from_tile(page: Page, app_url: str):
    open_page(page, app_url)
    expect(page.locator("h1").first).to_have_text(t("page_overview", "en"))
    page.locator("[data-testid='stSidebar'] [data-testid='stRadio']").get_by_text("Türkçe").click()
    expect(page.locator("h1").first).to_have_text(t("page_overview", "tr"), timeout=30_000)
    assert "lang=tr" in page.url
    link = page.locator("a[href*='objective=8']").first
    link.click()
    wait_for_app(page)
    expect(page.locator("h1").first).to_contain_text(t("page_objectives", "tr"), timeout=30_000)
    assert "objective=8" in page.url
    expect(page.locator("[data-testid='stVegaLiteChart']").first).to_be_visible(timeout=30_000)


@pytest.mark.parametrize("lang", ["en", "tr"])
def test_overview_method_link_opens_the_data_page_on_its_method_tab(page: Page, app_url: str, lang):
    open_page(page, app_url, "overview", lang=lang)
    after_run(page, lambda: page.get_by_role("link", name=t("overview_method_link", lang)).click())
    expect(page.locator("h1").first).to_have_text(t("page_data", lang))
    selected = page.locator("[data-testid='stTabs'] [role='tab'][aria-selected='true']")
    expect(selected).to_have_text(t("data_tab_method", lang))
    assert "section=method" in page.url and f"lang={lang}" in page.url
    expect(page.get_by_role("heading", name=t("data_thresholds_heading", lang))).to_be_visible()
    # another tab: the URL follows, and only that tab's content is built
    after_run(page, lambda: page.get_by_role("tab", name=t("data_tab_sources", lang)).click())
    expect(selected).to_have_text(t("data_tab_sources", lang))
    assert "section=sources" in page.url
    expect(page.get_by_role("heading", name=t("data_thresholds_heading", lang))).to_have_count(0)
    expect(page.get_by_label(t("data_search_sources", lang))).to_be_visible()
    # switching the language keeps the open tab, labelled in the new language
    other, name = ("tr", "Türkçe") if lang == "en" else ("en", "English")
    after_run(page, lambda: page.locator("[data-testid='stSidebar'] [data-testid='stRadio']").get_by_text(name).click())
    expect(page.locator("h1").first).to_have_text(t("page_data", other))
    expect(selected).to_have_text(t("data_tab_sources", other))
    assert "section=sources" in page.url and f"lang={other}" in page.url


def test_maps_page_draws_a_deck_canvas(page: Page, app_url: str):
    open_page(page, app_url, "maps")
    deck = page.locator("[data-testid='stDeckGlJsonChart']").first
    expect(deck).to_be_visible(timeout=60_000)
    expect(deck.locator("canvas").first).to_be_attached(timeout=60_000)


def test_downloaded_csv_matches_the_cli(page: Page, app_url: str, tmp_path):
    open_page(page, app_url, "objectives", objective="8", indicator="migrant_deaths_missing")
    after_run(page, lambda: page.get_by_role("tab", name=t("objectives_tab_table", "en")).click())
    button = page.locator("[data-testid='stDownloadButton'] button").filter(has_text=t("download_csv_shown", "en"))
    button = button.first
    with page.expect_download(timeout=60_000) as download_info:
        button.click()
    download = download_info.value
    assert download.suggested_filename.startswith("gcm_migrant_deaths_missing_TUR_")
    path = tmp_path / download.suggested_filename
    download.save_as(path)
    raw = path.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")  # UTF-8 BOM for Excel
    rows = list(csv.DictReader(io.StringIO(raw.decode("utf-8-sig"))))
    cli = subprocess.run(
        [sys.executable, "-m", "indicators", "query", "migrant_deaths_missing", "--geo", "TUR", "--format", "json"],
        cwd=ROOT, check=True, capture_output=True, text=True,
    )
    expected = {(r["year"], r["value"]) for r in json.loads(cli.stdout)}
    got = {(int(r["year"]), float(r["value"])) for r in rows}
    assert got == expected


@pytest.mark.parametrize("lang", ["en", "tr"])
@pytest.mark.parametrize("spec", PUBLIC_PAGES, ids=lambda p: p.key)
@pytest.mark.parametrize("width", [1280, 390])
def test_screenshot_every_page(page: Page, app_url: str, spec, lang, width):
    page.set_viewport_size({"width": width, "height": 800 if width > 500 else 844})
    open_page(page, app_url, spec.url_path, lang=lang)  # every page at the path the registry declares
    expect(page.locator("h1").first).to_contain_text(t(spec.title_key, lang))
    assert page.get_by_role("dialog").count() == 0  # e.g. Streamlit's "Page not found"
    wait_drawn(page)  # charts and maps have drawn before the screenshot
    assert page.locator("[data-testid='stException']").count() == 0
    screenshot(page, f"{spec.key}_{lang}_{width}")


def test_deep_link_as_first_request_of_a_new_server_opens_the_framed_page(page: Page, fresh_app_url: str):
    # Streamlit runs an app with a pages/ folder in v1 mode until st.navigation is called; the frame must
    # still run (Turkish title, language switch in the sidebar) when a deep link is the first request.
    open_page(page, fresh_app_url, "peers", lang="tr")
    expect(page.locator("h1").first).to_have_text(t("page_peers", "tr"), timeout=30_000)
    expect(page.locator("[data-testid='stSidebar'] [data-testid='stRadio']").get_by_text("Türkçe")).to_be_visible()


def test_briefing_pdf_downloads_in_turkish(page: Page, app_url: str, tmp_path):
    from pypdf import PdfReader

    open_page(page, app_url, "briefing", lang="tr", objectives="8,20")
    button = page.locator("[data-testid='stDownloadButton'] button").filter(has_text=t("briefing_download_pdf", "tr"))
    with page.expect_download(timeout=120_000) as download_info:
        button.first.click()
    download = download_info.value
    assert download.suggested_filename.endswith(".pdf")
    path = tmp_path / download.suggested_filename
    download.save_as(path)
    reader = PdfReader(path)
    text = " ".join(p.extract_text() for p in reader.pages)
    assert "Sayfa 1 / " in text
    # SDG 10.c.1 cost of sending remittances to Türkiye, 2020: 7.256607 % (WDI SI.RMT.COST.IB.ZS,
    # rpw_remittance_cost.csv), printed the Turkish way.
    assert "%7,26" in text
