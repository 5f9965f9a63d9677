"""WCAG 2.1 AA checks with axe-core on every page in both languages, plus the page language for screen readers.

axe-core is pinned in tests/e2e/package.json and installed with `npm ci --prefix tests/e2e` (dev.sh and .ci/run
do it); the test injects `node_modules/axe-core/axe.min.js` into each page once its script run has finished.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from playwright.sync_api import Page, expect

from dashboard.state import LANG_NAMES
from indicators import api, chart_text, maps, registry
from indicators.i18n import t
from indicators.site import PAGES
from indicators.store import load_table, make_engine
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


# Contrast of every caption (Streamlit draws them in the text colour at 60 % opacity) against the nearest
# background: axe leaves some of them "incomplete" (the sidebar's overlaps another element), so they are
# measured here with WCAG's formula.
LOW_CONTRAST_CAPTIONS = """() => {
  const rgb = c => (c.match(/[\\d.]+/g) || []).map(Number);
  const lum = ([r, g, b]) => [r, g, b].map(v => { v /= 255; return v <= 0.03928 ? v / 12.92
                                                   : ((v + 0.055) / 1.055) ** 2.4; })
                                      .reduce((s, v, i) => s + v * [0.2126, 0.7152, 0.0722][i], 0);
  const background = el => { for (let e = el; e; e = e.parentElement) {
      const c = rgb(getComputedStyle(e).backgroundColor); if (c.length === 3 || c[3] > 0) return c.slice(0, 3); }
    return [255, 255, 255]; };
  const opacity = el => { let o = 1; for (let e = el; e; e = e.parentElement) o *= Number(getComputedStyle(e).opacity); return o; };
  return [...document.querySelectorAll("[data-testid='stCaptionContainer']")].filter(el => el.offsetParent !== null)
    .map(el => { const bg = background(el), fg = rgb(getComputedStyle(el).color), a = opacity(el) * (fg[3] ?? 1);
      const seen = fg.slice(0, 3).map((v, i) => a * v + (1 - a) * bg[i]);
      const [hi, lo] = [lum(seen), lum(bg)].sort((x, y) => y - x);
      return {text: el.innerText.slice(0, 60), ratio: (hi + 0.05) / (lo + 0.05)}; })
    .filter(c => c.ratio < 4.5);
}"""


def _readable(violations: list[dict]) -> str:
    lines = []
    for v in violations:
        lines.append(f"{v['id']} ({v['impact']}): {v['help']}")
        for n in v["nodes"][:8]:
            lines.append(f"    {n['target']}\n      {n['html']}\n      {' '.join(n['summary'].split())}")
    return "\n".join(lines)


MAP_TAB = "objectives_tab_map"


def _open(page: Page, app_url: str, path: str, lang: str) -> None:
    page.goto(f"{app_url}/{path}?lang={lang}")
    wait_for_app(page)
    wait_drawn(page)


def _unnamed_charts(page: Page) -> int:
    """Visible charts and maps without an accessible name: Vega-Lite charts (Vega writes the `description` as
    aria-label) and pydeck maps (named by the sentence under them, `aria-labelledby`)."""
    return page.evaluate(
        """() => [...document.querySelectorAll("[data-testid='stVegaLiteChart'], [data-testid='stDeckGlJsonChart']")]
            .filter(el => el.offsetParent !== null)
            .filter(el => !(el.getAttribute('aria-label') || '').trim()
                          && !(document.getElementById(el.getAttribute('aria-labelledby') || '')?.innerText || '').trim())
            .length""")


@pytest.mark.parametrize("lang", ["en", "tr"])
@pytest.mark.parametrize("spec", PAGES, ids=lambda p: p.key)
def test_every_page_has_no_axe_violations(page: Page, app_url: str, spec, lang):
    _open(page, app_url, spec.url_path, lang)
    expect(page.locator("html")).to_have_attribute("lang", lang)
    violations = _axe_violations(page)
    low = page.evaluate(LOW_CONTRAST_CAPTIONS)
    assert not low, f"captions below 4.5:1 on {spec.url_path} ({lang}): {low}"
    unnamed = [_unnamed_charts(page)]
    tabs = page.locator("[data-testid='stMain'] [role='tab']")
    for i in range(1, tabs.count()):  # every tab of the page: axe only checks what is rendered and visible
        if spec.key == "objectives":  # its tabs rerun the page: only the open tab is built
            after_run(page, tabs.nth(i).click)
        else:
            tabs.nth(i).click()
        wait_drawn(page)
        violations += [dict(v, id=f"{v['id']} [tab {i + 1}]") for v in _axe_violations(page)]
        unnamed.append(_unnamed_charts(page))
    assert not violations, f"axe on {spec.url_path} ({lang}):\n{_readable(violations)}"
    assert sum(unnamed) == 0, f"charts without an accessible name on {spec.url_path} ({lang}): {unnamed}"


@pytest.mark.parametrize("lang, sentence", [
    # Türkiye's refugees in the UNHCR package v2025.12.1: 2,940,735 (2024), 2,390,414 (2025): -18.7 %
    ("en", "Türkiye — Refugees hosted (UNHCR): 2.39 million in 2025, 19% lower than in 2024 (UNHCR)."),
    ("tr", "Türkiye — Barındırılan mülteciler (BMMYK): 2025 yılında 2,39 milyon, 2024 yılına göre %19 daha düşük "
           "(UNHCR)."),
])
def test_chart_is_named_by_a_sentence_from_its_data(page: Page, app_url: str, lang, sentence):
    page.goto(f"{app_url}/objectives?lang={lang}&objective=15&indicator=refugees_hosted")
    wait_for_app(page)
    wait_drawn(page)
    chart = page.locator("[data-testid='stVegaLiteChart']").first
    expect(chart).to_have_attribute("aria-label", sentence)
    expect(chart).to_have_attribute("role", "graphics-document")
    # Vega's own English ARIA texts ("X-axis titled 'Yıl' for a linear scale ...") are off: the sentence is the
    # only name a screen reader finds in the chart (labels under aria-hidden are not read)
    spoken = chart.evaluate("el => [...el.querySelectorAll('[aria-label]')]"
                            ".filter(n => !n.closest('[aria-hidden=true]')).map(n => n.getAttribute('aria-label'))")
    assert spoken == []


def _map_sentence(view: str, lang: str) -> str:
    """The sentence the Maps page computes for the default state of `view`, from the store."""
    data = api.load()
    engine = make_engine()
    countries = load_table(engine, "ref_countries")
    if view == "provinces":
        indicator = registry.get(maps.province_indicator("foreign", "absolute"))
        result = api.query(indicator, data, full=True)
        key = maps.default_province_date(result)
        snapshot = maps.province_snapshot(result, load_table(engine, "ref_provinces"), key)
        return chart_text.province_map_sentence(snapshot, indicator, maps.key_label(key, lang), lang)
    if view == "corridors":
        bilateral = data["undesa_bilateral_tur"]
        year = maps.corridor_years(bilateral, "in")[0]
        arcs = maps.corridor_arcs(maps.corridors(bilateral, countries, "in", year, lang), countries, "in", 15, lang)
        return chart_text.corridor_map_sentence(arcs, t("maps_flow_in", lang), year, lang)
    shown = maps.scope_incidents(load_table(engine, "mmp_incidents"), "routes")
    return chart_text.deaths_map_sentence(maps.incident_totals(shown),
                                          f"{t('maps_map_deaths', lang)}, {t('maps_year_all', lang)}", lang)


@pytest.mark.parametrize("lang", ["en", "tr"])
@pytest.mark.parametrize("view", ["provinces", "corridors", "deaths"])
def test_maps_are_named_by_a_sentence_from_their_data(page: Page, app_url: str, view, lang):
    page.goto(f"{app_url}/maps?map={view}&lang={lang}")
    wait_for_app(page)
    wait_drawn(page)
    sentence = _map_sentence(view, lang)
    expect(page.locator(".st-key-map_sentence")).to_have_text(sentence)
    deck = page.locator("[data-testid='stDeckGlJsonChart']")
    expect(deck).to_have_attribute("role", "figure")
    # what a screen reader announces: the accessible name the browser computes from aria-labelledby
    expect(page.get_by_role("figure", name=sentence, exact=True)).to_have_count(1)


def test_objectives_world_map_is_named_by_its_ranking(page: Page, app_url: str):
    page.goto(f"{app_url}/objectives?lang=en&objective=15&indicator=refugees_hosted")
    wait_for_app(page)
    tabs = page.locator("[data-testid='stMain'] [role='tab']")
    tabs.get_by_text(t(MAP_TAB, "en"), exact=True).click()
    wait_for_app(page)
    wait_drawn(page)
    chart = page.locator("[data-testid='stVegaLiteChart']:visible").first
    # UNHCR v2025.12.1, end of 2025: the largest host is named first and Türkiye's rank follows
    expect(chart).to_have_attribute("aria-label", re.compile(
        r"^Refugees hosted \(UNHCR\), 2025: highest .+ \(.+\); Türkiye .+, rank \d+ of \d+\.$"))


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


@pytest.mark.parametrize("lang", ["en", "tr"])
def test_help_buttons_are_named_after_what_they_explain(page: Page, app_url: str, lang):
    _open(page, app_url, "overview", lang)
    buttons = page.locator("[data-testid='stMain'] [data-testid='stTooltipIcon'] button")
    expect(buttons.first).to_have_attribute("aria-label", f"{t('a11y_help', lang)}: {registry.get('migrant_stock').title(lang)}")
    names = buttons.evaluate_all("bs => bs.map(b => b.getAttribute('aria-label'))")
    assert len(names) >= 8 and len(set(names)) == len(names), names
    _open(page, app_url, "peers", lang)  # a widget's help button ("Help for <label>" from Streamlit)
    widget = page.locator("[data-testid='stMain'] [data-testid='stWidgetLabel'] [data-testid='stTooltipIcon'] button")
    label = widget.first.evaluate("b => b.closest(\"[data-testid='stWidgetLabel']\").innerText.trim()")
    expect(widget.first).to_have_attribute("aria-label", f"{t('a11y_help', lang)}: {label}")


@pytest.mark.parametrize("lang", ["en", "tr"])
@pytest.mark.parametrize("width", [1280, 390])
def test_status_on_the_overview_tiles_is_not_cut_off(page: Page, app_url: str, lang, width):
    page.set_viewport_size({"width": width, "height": 800 if width > 500 else 844})
    _open(page, app_url, "overview", lang)
    tiles = page.locator("[class*='st-key-tile_']")
    expect(tiles.first).to_be_visible()
    cut = tiles.evaluate_all("""tiles => tiles.flatMap(tile => {
        const edge = tile.getBoundingClientRect().right;
        return [...tile.querySelectorAll('span, p')].filter(e => e.getBoundingClientRect().right > edge + 0.5)
            .map(e => e.innerText);
    })""")
    assert cut == []


@pytest.mark.parametrize("spec", [p for p in PAGES if p.key in ("overview", "objectives")], ids=lambda p: p.key)
def test_icon_ligatures_stay_out_of_accessible_names(page: Page, app_url: str, spec):
    """Material icons are ligature words ("download"); Streamlit marks them aria-hidden, so a button with an
    icon is named by its label alone ("Download CSV", not "download Download CSV")."""
    _open(page, app_url, spec.url_path, "en")
    icons = page.locator("[data-testid='stIconMaterial']")
    assert icons.count() > 0
    assert icons.evaluate_all("els => els.filter(e => e.closest('[aria-hidden=true]') === null).length") == 0
    words = set(icons.evaluate_all("els => els.map(e => e.innerText.trim())"))
    snapshot = page.locator("body").aria_snapshot()
    leaked = [line for line in snapshot.splitlines()
              if any(f'"{w} ' in line for w in words) and ("button" in line or "link" in line)]
    assert leaked == []
