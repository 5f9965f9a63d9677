"""WCAG 2.1 AA checks with axe-core on every page in both languages, plus the page language for screen readers.

axe-core is pinned in tests/e2e/package.json and installed with `npm ci --prefix tests/e2e` (dev.sh and .ci/run
do it); the test injects `node_modules/axe-core/axe.min.js` into each page once its script run has finished.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from playwright.sync_api import Page, expect

from dashboard.state import LANG_NAMES
from indicators.i18n import t
from indicators.site import PAGES
from tests.e2e.conftest import after_run, wait_drawn, wait_for_app

pytestmark = pytest.mark.e2e

AXE = Path(__file__).parent / "node_modules" / "axe-core" / "axe.min.js"
RULES = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]


def _axe_violations(page: Page) -> list[dict]:
    if not AXE.exists():
        pytest.fail(f"axe-core is missing: run `npm ci --prefix tests/e2e` ({AXE} not found)")
    if not page.evaluate("() => typeof window.axe !== 'undefined'"):
        page.add_script_tag(path=str(AXE))
    return page.evaluate(
        "tags => axe.run(document, {runOnly: {type: 'tag', values: tags}, resultTypes: ['violations']})"
        ".then(r => r.violations.map(v => ({id: v.id, impact: v.impact, help: v.help,"
        " nodes: v.nodes.map(n => ({target: n.target.join(' '), summary: n.failureSummary,"
        " html: n.html.slice(0, 200)}))})))",
        RULES)


def _readable(violations: list[dict]) -> str:
    lines = []
    for v in violations:
        lines.append(f"{v['id']} ({v['impact']}): {v['help']}")
        for n in v["nodes"][:8]:
            lines.append(f"    {n['target']}\n      {n['html']}\n      {' '.join(n['summary'].split())}")
    return "\n".join(lines)


def _open(page: Page, app_url: str, path: str, lang: str) -> None:
    page.goto(f"{app_url}/{path}?lang={lang}")
    wait_for_app(page)
    wait_drawn(page)


@pytest.mark.parametrize("lang", ["en", "tr"])
@pytest.mark.parametrize("spec", PAGES, ids=lambda p: p.key)
def test_every_page_has_no_axe_violations(page: Page, app_url: str, spec, lang):
    _open(page, app_url, spec.url_path, lang)
    expect(page.locator("html")).to_have_attribute("lang", lang)
    violations = _axe_violations(page)
    tabs = page.locator("[data-testid='stMain'] [role='tab']")
    for i in range(1, tabs.count()):  # every tab of the page: axe only checks what is rendered and visible
        tabs.nth(i).click()
        wait_drawn(page)
        violations += [dict(v, id=f"{v['id']} [tab {i + 1}]") for v in _axe_violations(page)]
    assert not violations, f"axe on {spec.url_path} ({lang}):\n{_readable(violations)}"


def test_html_lang_follows_the_language_and_a_switch(page: Page, app_url: str):
    _open(page, app_url, "peers", "tr")
    expect(page.locator("html")).to_have_attribute("lang", "tr")
    radio = page.locator("[data-testid='stSidebar'] [data-testid='stRadio']")
    after_run(page, lambda: radio.get_by_text(LANG_NAMES["en"]).click())
    expect(page.locator("h1").first).to_have_text(t("page_peers", "en"))
    expect(page.locator("html")).to_have_attribute("lang", "en")
    after_run(page, lambda: radio.get_by_text(LANG_NAMES["tr"]).click())
    expect(page.locator("html")).to_have_attribute("lang", "tr")
    page.locator("[data-testid='stSidebar'] a[href*='maps']").first.click()  # another page keeps it
    wait_for_app(page)
    expect(page.locator("h1").first).to_have_text(t("page_maps", "tr"))
    expect(page.locator("html")).to_have_attribute("lang", "tr")
