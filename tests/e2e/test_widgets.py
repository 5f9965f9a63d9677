"""What the URL-backed widgets DISPLAY, read in a real browser, against what the page uses (issue 7 §1).

A keyed Streamlit widget keeps its browser-side value when its options or labels change; AppTest cannot see
that, so every interaction here is done in Chromium and the displayed text of the widget (selectbox text,
multiselect chips, radio and segmented-control choice) is compared with the value the page computes: the
code in the URL, turned into its label by the library (indicators.i18n, registry, maps, ...).
"""

from __future__ import annotations

from urllib.parse import parse_qs, urlparse

import pytest
from playwright.sync_api import Page, expect

from indicators import catalogue, maps, registry
from indicators import comparison as cmp
from indicators import objective_view as view
from indicators.i18n import t
from indicators.store import load_table, make_engine
from tests.e2e.conftest import after_run, screenshot, wait_drawn, wait_for_app

pytestmark = pytest.mark.e2e


@pytest.fixture(scope="module")
def tables(app_url):
    """Reference tables of the store the server reads (built by the server's first run)."""
    engine = make_engine()
    return {name: load_table(engine, name) for name in ("ref_objectives", "ref_countries", "mmp_incidents")}


def names(tables, lang: str) -> dict[str, str]:
    return dict(zip(tables["ref_countries"]["geo"], tables["ref_countries"]["name_tr" if lang == "tr" else "name_en"],
                    strict=True))


def open_page(page: Page, app_url: str, path: str = "", **params: str) -> None:
    query = "&".join(f"{k}={v}" for k, v in params.items())
    page.goto(f"{app_url}/{path}" + (f"?{query}" if query else ""))
    wait_for_app(page)


def url_params(page: Page) -> dict[str, str]:
    """The page's query parameters ({key: last value}); `keep_blank_values` so that `sex=` shows up."""
    return {k: v[-1] for k, v in parse_qs(urlparse(page.url).query, keep_blank_values=True).items()}


def combobox(page: Page, label: str):
    """A selectbox by its label; its displayed text is the input's value."""
    return page.get_by_role("combobox", name=label, exact=True)


def choose(page: Page, label: str, option: str) -> None:
    """Pick `option` (its displayed text) in the selectbox `label`, and wait for the run it starts."""
    combobox(page, label).click()
    after_run(page, lambda: page.get_by_role("option", name=option, exact=True).click())


def chips(page: Page, label: str) -> list[str]:
    """The chips of the multiselect `label`, in order."""
    box = page.locator("[data-testid='stMultiSelect']").filter(
        has=page.locator("[data-testid='stWidgetLabel']", has_text=label))
    return box.first.locator("[data-tag] span[title]").all_inner_texts()


def segmented(page: Page, label: str):
    """The chosen button of the segmented control `label`."""
    return page.get_by_role("radiogroup", name=label, exact=True).locator("[role='radio'][aria-checked='true']")


def click_segment(page: Page, label: str, option: str) -> None:
    group = page.get_by_role("radiogroup", name=label, exact=True)
    after_run(page, lambda: group.get_by_role("radio", name=option, exact=True).click())


def language_choice(page: Page):
    return page.locator("[data-testid='stSidebar'] [data-testid='stRadioOption'][data-selected='true']")


def switch_to_turkish(page: Page) -> None:
    radio = page.locator("[data-testid='stSidebar'] [data-testid='stRadioOption']").filter(has_text="Türkçe")
    after_run(page, radio.click)
    expect(language_choice(page)).to_have_text("Türkçe")


# Objectives ----------------------------------------------------------------------------------------------


def test_objectives_indicator_box_follows_the_objective(page: Page, app_url: str, tables):
    labels = view.objective_labels(tables["ref_objectives"], "en")
    open_page(page, app_url, "objectives", lang="en")
    expect(combobox(page, "Objective")).to_have_value(labels[1])
    expect(combobox(page, "Indicator")).to_have_value(registry.get(url_params(page)["indicator"]).title("en"))
    first_indicator = url_params(page)["indicator"]
    for objective in (8, 20):
        choose(page, "Objective", labels[objective])
        params = url_params(page)
        assert params["objective"] == str(objective)
        indicator = registry.get(params["indicator"])
        assert indicator.id in {i.id for i in registry.for_objective(objective)} and indicator.id != first_indicator
        expect(combobox(page, "Objective")).to_have_value(labels[objective])
        expect(combobox(page, "Indicator")).to_have_value(indicator.title("en"))
        expect(page.locator("[data-testid='stMainBlockContainer'] h3").first).to_contain_text(f"{objective}.")
    screenshot(page, "widgets_objectives_20_en")


def test_objectives_pickers_follow_the_language(page: Page, app_url: str, tables):
    open_page(page, app_url, "objectives", lang="en", objective="20")
    indicator = registry.get(url_params(page)["indicator"])
    expect(combobox(page, "Indicator")).to_have_value(indicator.title("en"))
    switch_to_turkish(page)
    expect(page.locator("h1").first).to_have_text(t("page_objectives", "tr"))
    params = url_params(page)
    assert params["objective"] == "20" and params["indicator"] == indicator.id and params["lang"] == "tr"
    labels_tr = view.objective_labels(tables["ref_objectives"], "tr")
    expect(combobox(page, t("objective", "tr"))).to_have_value(labels_tr[20])
    expect(combobox(page, t("indicator", "tr"))).to_have_value(indicator.title("tr"))
    expect(segmented(page, t("objectives_method", "tr"))).to_have_text(view.method_label(params["method"], "tr"))
    screenshot(page, "widgets_objectives_20_switched_tr")


# Peers ---------------------------------------------------------------------------------------------------


def test_peers_indicator_and_chips_follow_the_language(page: Page, app_url: str, tables):
    open_page(page, app_url, "peers", lang="en")
    label = t("peers_select_peers", "en")
    before = url_params(page)
    expect(combobox(page, "Indicator")).to_have_value(registry.get(before["indicator"]).title("en"))
    assert chips(page, label) == [names(tables, "en")[c] for c in before["peers"].split(",")]
    switch_to_turkish(page)
    after = url_params(page)
    assert (after["indicator"], after["peers"], after["year"]) == (before["indicator"], before["peers"], before["year"])
    expect(combobox(page, t("indicator", "tr"))).to_have_value(registry.get(after["indicator"]).title("tr"))
    expect(combobox(page, t("year", "tr"))).to_have_value(after["year"])
    tr_label = t("peers_select_peers", "tr")
    expect(page.locator("[data-testid='stMultiSelect'] [data-tag] span[title]").first).to_have_text(
        names(tables, "tr")[after["peers"].split(",")[0]])
    assert chips(page, tr_label) == [names(tables, "tr")[c] for c in after["peers"].split(",")]
    screenshot(page, "widgets_peers_switched_tr")


# Maps ----------------------------------------------------------------------------------------------------


def test_maps_deaths_year_is_its_own_and_follows_the_language(page: Page, app_url: str):
    open_page(page, app_url, "maps", lang="en", map="corridors")
    chosen = combobox(page, "Year").input_value()
    combobox(page, "Year").click()
    options = page.get_by_role("option").all_inner_texts()
    other = next(o for o in options if o != chosen)
    page.keyboard.press("Escape")
    choose(page, "Year", other)
    assert url_params(page)["corridor_year"] == other
    click_segment(page, t("maps_choose", "en"), t("maps_map_deaths", "en"))
    params = url_params(page)
    assert "corridor_year" not in params and "flow" not in params and "top" not in params
    assert params.get("deaths_year", "all") == "all"
    expect(combobox(page, "Year")).to_have_value(t("maps_year_all", "en"))
    switch_to_turkish(page)
    expect(combobox(page, t("year", "tr"))).to_have_value(t("maps_year_all", "tr"))
    expect(segmented(page, t("maps_choose", "tr"))).to_have_text(t("maps_map_deaths", "tr"))
    screenshot(page, "widgets_maps_deaths_switched_tr")


def test_maps_views_keep_their_parameters_to_themselves(page: Page, app_url: str):
    open_page(page, app_url, "maps", lang="en")
    click_segment(page, t("maps_measure", "en"), t("maps_measure_per_1000", "en"))
    assert url_params(page)["measure"] == "per_1000" and "date" in url_params(page)
    click_segment(page, t("maps_choose", "en"), t("maps_map_corridors", "en"))
    params = url_params(page)
    assert "measure" not in params and "date" not in params
    assert params["map"] == "corridors"
    click_segment(page, t("maps_choose", "en"), t("maps_map_deaths", "en"))
    params = url_params(page)
    assert [k for k, v in params.items() if v == ""] == []  # no empty `cause=` / `route=`
    assert set(params) <= {"lang", "map", "deaths_scope", "deaths_year", "cause", "route"}
    # Back on the provinces view, the measure chosen before is shown and used again.
    click_segment(page, t("maps_choose", "en"), t("maps_map_provinces", "en"))
    expect(segmented(page, t("maps_measure", "en"))).to_have_text(t("maps_measure_per_1000", "en"))
    assert url_params(page)["measure"] == "per_1000"


def open_tab_text(page: Page) -> str:
    """The text of the tab the tab bar of the main area shows as selected."""
    return page.locator("[data-testid='stMain'] [role='tab'][aria-selected='true']").inner_text().strip()


def test_objectives_open_tab_is_in_the_url_and_a_link_reopens_it(page: Page, app_url: str):
    open_page(page, app_url, "objectives", lang="en", objective="8", indicator="migrant_deaths_missing", tab="table")
    assert open_tab_text(page) == t("objectives_tab_table", "en")
    expect(page.locator("[data-testid='stMain'] [data-testid='stDataFrame']").first).to_be_visible()
    after_run(page, lambda: page.get_by_role("tab", name=t("objectives_tab_about", "en")).click())
    assert url_params(page)["tab"] == "about"
    link = page.url
    open_page(page, app_url, "objectives", lang="tr", objective="8", tab="nope")  # an unknown tab: the chart
    assert open_tab_text(page) == t("objectives_tab_chart", "tr") and url_params(page)["tab"] == "chart"
    page.goto(link)
    wait_for_app(page)
    assert open_tab_text(page) == t("objectives_tab_about", "en")
    switch_to_turkish(page)
    assert open_tab_text(page) == t("objectives_tab_about", "tr") and url_params(page)["tab"] == "about"


def test_objectives_url_has_no_empty_parameters(page: Page, app_url: str):
    open_page(page, app_url, "objectives", lang="en", objective="8")
    assert [k for k, v in url_params(page).items() if v == ""] == []


# Every URL-backed widget: a deep link with a non-default value is displayed, and stays displayed (in the
# other language) after a language switch. Each case: page, URL parameters, widget kind, i18n key of the label,
# the displayed text expected for the URL value in a language.

def _short_title(tables, objective: int, lang: str) -> str:
    objectives = tables["ref_objectives"].set_index("objective")
    return objectives.loc[objective, "short_tr" if lang == "tr" else "short_en"]


CASES = [
    ("overview", {"base": "2015"}, "segmented", "overview_base_year", lambda tb, lang: "2015"),
    ("overview", {"method": "unsd"}, "segmented", "overview_method", lambda tb, lang: t("overview_method_unsd", lang)),
    ("objectives", {"objective": "8", "indicator": "mmp_incidents_count"}, "select", "indicator",
     lambda tb, lang: registry.get("mmp_incidents_count").title(lang)),
    ("objectives", {"objective": "8"}, "select", "objective",
     lambda tb, lang: view.objective_labels(tb["ref_objectives"], lang)[8]),
    ("objectives", {"base": "2015"}, "segmented", "objectives_base_year", lambda tb, lang: "2015"),
    ("objectives", {"method": "unsd"}, "segmented", "objectives_method",
     lambda tb, lang: view.method_label("unsd", lang)),
    ("peers", {"indicator": "migrant_stock"}, "select", "indicator",
     lambda tb, lang: registry.get("migrant_stock").title(lang)),
    ("peers", {"indicator": "migrant_stock", "year": "2020"}, "select", "year", lambda tb, lang: "2020"),
    ("peers", {"peers": "DEU,SYR"}, "multi", "peers_select_peers",
     lambda tb, lang: [names(tb, lang)["DEU"], names(tb, lang)["SYR"]]),
    ("maps", {"map": "corridors"}, "segmented", "maps_choose", lambda tb, lang: t("maps_map_corridors", lang)),
    ("maps", {"measure": "per_1000"}, "segmented", "maps_measure", lambda tb, lang: t("maps_measure_per_1000", lang)),
    ("maps", {"map": "corridors", "flow": "out"}, "segmented", "maps_flow", lambda tb, lang: t("maps_flow_out", lang)),
    ("maps", {"map": "corridors", "top": "25"}, "select", "maps_top", lambda tb, lang: "25"),
    ("maps", {"map": "corridors", "corridor_year": "2015"}, "select", "year", lambda tb, lang: "2015"),
    ("maps", {"map": "deaths", "deaths_year": "2023"}, "select", "year", lambda tb, lang: "2023"),
    ("maps", {"map": "deaths", "deaths_scope": "region"}, "segmented", "maps_scope",
     lambda tb, lang: t("maps_scope_region", lang)),
    ("maps", {"layer": "closed"}, "segmented", "maps_layer", lambda tb, lang: t("maps_layer_closed", lang)),
    ("peers", {"highlight": "selected"}, "segmented", "peers_highlight",
     lambda tb, lang: t("peers_highlight_selected", lang)),
    ("maps", {"map": "deaths", "cause": "drowning"}, "multi", "maps_cause",
     lambda tb, lang: [maps.cause_label("drowning", lang)]),
    ("maps", {"map": "deaths", "route": "eastern_mediterranean"}, "multi", "maps_route",
     lambda tb, lang: [maps.route_label("eastern_mediterranean", lang)]),
    ("national", {"concept": cmp.COMPARISONS[-1].concept}, "select", "national_concept",
     lambda tb, lang: cmp.COMPARISONS[-1].title(lang)),
    ("data", {"data_objective": "8"}, "select", "data_filter_objective",
     lambda tb, lang: f"8 · {_short_title(tb, 8, lang)}"),
    ("data", {"publisher": "undesa"}, "select", "data_filter_publisher",
     lambda tb, lang: next(p.name(lang) for p in catalogue.PUBLISHERS if p.code == "undesa")),
    ("briefing", {"objectives": "8,20"}, "multi", "briefing_select_objectives", lambda tb, lang: ["8", "20"]),
    ("briefing", {"peers": "DEU,SYR"}, "multi", "briefing_select_peers",
     lambda tb, lang: [names(tb, lang)["DEU"], names(tb, lang)["SYR"]]),
    ("briefing", {"briefing_year": "2022"}, "select", "briefing_select_year", lambda tb, lang: "2022"),
    ("briefing", {"objectives": "8", "scope": "all"}, "segmented", "briefing_select_scope",
     lambda tb, lang: t("briefing_scope_all", lang)),
]


def _displayed(page: Page, kind: str, label: str):
    if kind == "select":
        return combobox(page, label)
    if kind == "segmented":
        return segmented(page, label)
    return None


@pytest.mark.parametrize(("key", "params", "kind", "label_key", "expected"), CASES,
                         ids=[f"{c[0]}-{'-'.join(c[1])}-{c[3]}" for c in CASES])
def test_every_url_widget_displays_its_url_value_in_both_languages(page: Page, app_url: str, tables, key, params,
                                                                  kind, label_key, expected):
    open_page(page, app_url, key, lang="en", **params)
    for lang in ("en", "tr"):
        if lang == "tr":
            switch_to_turkish(page)
        label = t(label_key, lang)
        want = expected(tables, lang)
        if kind == "multi":
            expect(page.locator("[data-testid='stMultiSelect']").filter(
                has=page.locator("[data-testid='stWidgetLabel']", has_text=label)).first
                   .locator("[data-tag] span[title]").first).to_have_text(want[0])
            assert chips(page, label) == want
        elif kind == "select":
            expect(_displayed(page, kind, label)).to_have_value(want)
        else:
            expect(_displayed(page, kind, label)).to_have_text(want)
        for k, v in params.items():  # the page still uses the URL's codes
            assert url_params(page)[k] == v, (k, url_params(page))
    assert page.locator("[data-testid='stException']").count() == 0


def test_language_radio_displays_the_url_language(page: Page, app_url: str):
    open_page(page, app_url, "peers", lang="tr")
    expect(language_choice(page)).to_have_text("Türkçe")
    expect(page.locator("h1").first).to_have_text(t("page_peers", "tr"))


# Briefing: no URL value may raise ------------------------------------------------------------------------


def test_briefing_with_too_many_peers_in_the_url_keeps_six(page: Page, app_url: str, tables):
    codes = ["AZE", "BGD", "CAN", "COL", "DEU", "MEX", "SYR", "IRQ"]
    open_page(page, app_url, "briefing", lang="en", objectives="8", peers=",".join(codes))
    assert page.locator("[data-testid='stException']").count() == 0
    shown = chips(page, t("briefing_select_peers", "en"))
    assert shown == [names(tables, "en")[c] for c in codes[:6]]
    assert url_params(page)["peers"] == ",".join(codes[:6])


def test_peers_to_briefing_with_the_default_peers(page: Page, app_url: str, tables):
    open_page(page, app_url, "peers", lang="en")
    champions = url_params(page)["peers"].split(",")
    assert len(champions) > 6
    link = page.locator("[data-testid='stSidebar'] [data-testid='stPageLink-NavLink']").filter(
        has_text=t("page_briefing", "en"))
    after_run(page, link.click, timeout=120_000)
    expect(page.locator("h1").first).to_have_text(t("page_briefing", "en"))
    assert page.locator("[data-testid='stException']").count() == 0
    shown = chips(page, t("briefing_select_peers", "en"))
    assert 0 < len(shown) <= 6
    assert shown == [names(tables, "en")[c] for c in url_params(page)["peers"].split(",")]


# Addresses and first load ---------------------------------------------------------------------------------


@pytest.mark.parametrize("lang", ["en", "tr"])
def test_overview_path_of_the_registry_opens_without_a_dialog(page: Page, app_url: str, lang):
    open_page(page, app_url, "overview", lang=lang)
    expect(page.locator("h1").first).to_have_text(t("page_overview", lang))
    assert page.get_by_role("dialog").count() == 0
    assert urlparse(page.url).path == "/overview"
    open_page(page, app_url, "", lang=lang)  # the root address opens the same page at its own path
    expect(page.locator("h1").first).to_have_text(t("page_overview", lang))
    assert urlparse(page.url).path == "/overview" and url_params(page)["lang"] == lang
    assert page.get_by_role("dialog").count() == 0


def test_first_request_shows_no_file_name_menu_and_a_loading_notice(page: Page, fresh_app_url: str):
    open_page(page, fresh_app_url, "", lang="en")
    wait_drawn(page)
    assert page.evaluate("() => window.__sawSidebarNav") is False
    assert page.evaluate("() => window.__sawNotice") is True
    links = page.locator("[data-testid='stSidebar'] [data-testid='stPageLink-NavLink']").all_inner_texts()
    from indicators.site import served_pages

    assert [text.split("\n")[-1] for text in links] == [t(p.title_key, "en") for p in served_pages(maintainer=False)]
    assert page.get_by_text(t("app_loading", "en")).count() == 0  # gone once the page has run
    screenshot(page, "widgets_first_request")


def test_invalid_url_values_fall_back_quietly_to_what_is_displayed(page: Page, app_url: str, tables):
    open_page(page, app_url, "objectives", lang="en", objective="99", indicator="nope", base="1990", sex="x")
    assert page.locator("[data-testid='stException']").count() == 0
    params = url_params(page)
    assert params["objective"] == "1" and "sex" not in params
    expect(combobox(page, "Objective")).to_have_value(view.objective_labels(tables["ref_objectives"], "en")[1])
    expect(combobox(page, "Indicator")).to_have_value(registry.get(params["indicator"]).title("en"))
    expect(segmented(page, t("objectives_base_year", "en"))).to_have_text(params["base"])
    open_page(page, app_url, "maps", lang="en", map="deaths", deaths_year="abc", cause="nonsense")
    assert page.locator("[data-testid='stException']").count() == 0
    expect(combobox(page, "Year")).to_have_value(t("maps_year_all", "en"))
    assert chips(page, t("maps_cause", "en")) == [] and "cause" not in url_params(page)
