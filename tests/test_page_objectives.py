"""Objectives page (Streamlit AppTest through the real frame): selection, deep links, fall-backs, languages."""

from __future__ import annotations

import json

from indicators import registry
from indicators.i18n import t
from tests.test_pages import run_page


def selectbox(at, label):
    return next(s for s in at.selectbox if s.label == label)


def markdown_text(at) -> str:
    """All Markdown of the page with the md_escape backslashes removed."""
    return "\n".join(m.value for m in at.markdown).replace("\\", "")


def run_tr(**params):
    """The page in Turkish: the language switch is set to Türkçe, as a reader would do, so the test does not
    depend on `?lang=` surviving the page switch of AppTest."""
    at = run_page("objectives", "tr", **params)
    if "lang" not in at.session_state or at.session_state["lang"] != "tr":
        next(w for w in at.sidebar if getattr(w, "key", None) == "lang").set_value("tr").run()
    return at


def tab_labels(at) -> list[str]:
    return [tab.label for tab in at.tabs]


def test_deep_link_opens_the_indicator():
    at = run_page("objectives", "en", objective="8", indicator="migrant_deaths_missing")
    assert not at.exception, [e.value for e in at.exception]
    assert selectbox(at, "Objective").value == 8
    assert selectbox(at, "Indicator").value == "migrant_deaths_missing"
    assert at.subheader[0].value.replace("\\", "").startswith("8. Save lives")
    # Progress inputs in words (hand-checked: 171 in 2018, 51 in 2024, CAGR −18.3 %/yr, Open SDG score 5).
    assert "2018: 171 → 2024: 51, growth -18.3%/yr, method Open SDG; score 5.0" in markdown_text(at)
    assert tab_labels(at) == ["Chart", "Table", "Map", "About"]
    assert at.query_params["objective"] == "8"


def test_progress_text_in_turkish():
    at = run_tr(objective="8", indicator="migrant_deaths_missing")
    assert not at.exception
    text = markdown_text(at)
    assert "2018: 171 → 2024: 51, yıllık büyüme -%18,3, yöntem Open SDG; puan 5,0" in text
    assert t("unofficial_translation", "tr") in [c.value for c in at.caption]
    assert ":green-badge[:material/flag: Hedef yolunda]" in text  # status colour always with its label


def test_bad_parameters_fall_back_quietly():
    at = run_page("objectives", "en", objective="99", indicator="nope", base="1990", method="x")
    assert not at.exception
    assert selectbox(at, "Objective").value == 1
    assert selectbox(at, "Indicator").value == "migration_policy_score"  # objective 1's first with a verdict


def test_indicator_not_of_the_objective_falls_back_to_its_opening_one():
    at = run_page("objectives", "en", objective="20", indicator="migrant_deaths_missing")
    assert not at.exception
    # remittances in US$ have no desired direction; the cost of sending from Türkiye has a target
    assert selectbox(at, "Indicator").value == "remittance_cost_from"


def test_choosing_another_objective_and_indicator_changes_the_content():
    at = run_page("objectives", "en", objective="8", indicator="migrant_deaths_missing")
    selectbox(at, "Objective").set_value(20).run()
    assert not at.exception
    assert at.subheader[0].value.replace("\\", "").startswith("20. Promote faster, safer and cheaper")
    indicator = selectbox(at, "Indicator")
    assert indicator.value == "remittance_cost_from"
    indicator.set_value("remittance_cost_to").run()
    assert not at.exception
    assert at.query_params["indicator"] == "remittance_cost_to"
    # A target exists: the progress sentence names it and the chart caption gives it formatted.
    assert "target 3.00% by 2030" in markdown_text(at)
    assert any("Solid horizontal line: the target (3.00%)" in c.value for c in at.caption)


def test_objective_without_indicators_says_so_with_its_title():
    empty = next(n for n in range(1, 24) if not registry.for_objective(n))
    at = run_tr(objective=str(empty))
    assert not at.exception
    message = at.info[0].value.replace("\\", "")
    assert message.startswith(f"{empty}. hedef için henüz resmî veriye dayanan bir gösterge yok: ")
    assert message.endswith(at.subheader[0].value.replace("\\", "").split(". ", 1)[1])  # the full title
    assert not any(s.label == "Gösterge" for s in at.selectbox)


def test_disaggregation_filter_and_national_international_caption():
    at = run_page("objectives", "en", objective="16", indicator="tp_syrians")
    assert not at.exception
    assert any("Different definitions of the same subject" in c.value for c in at.caption)
    assert "Map" not in tab_labels(at)  # national series, not comparable across countries
    at = run_page("objectives", "en", objective="12", indicator="asylum_applications", origin="AFG")
    assert not at.exception
    origin = selectbox(at, "Origin / citizenship")
    assert origin.value == "AFG" and origin.options[0] == "All (total)"
    assert any("Progress is assessed on the total series" in c.value for c in at.caption)


def test_province_indicator_links_to_the_maps_page():
    at = run_page("objectives", "en", objective="16", indicator="tp_syrians_by_province", tab="map")
    assert not at.exception
    assert "Map" in tab_labels(at)
    assert any("Maps page" in i.value for i in at.info)


def test_chart_and_table_downloads_are_built_only_on_click():
    buttons = {b.key: b.proto for tab in ("chart", "table", "map") for b in run_page(
        "objectives", "en", objective="8", indicator="migrant_deaths_missing", tab=tab).get("download_button")}
    deferred = {"objectives_chart_png", "objectives_chart_svg", "objectives_dl_xlsx", "objectives_map_chart_png",
                "objectives_map_chart_svg", "objectives_map_dl_xlsx"}
    assert deferred | {"objectives_dl_shown", "objectives_dl_full"} <= set(buttons)
    for key in deferred:
        assert buttons[key].deferred_file_id and not buttons[key].url, key  # no bytes until clicked
        assert buttons[key].ignore_rerun, key
    assert [buttons[k].label for k in ("objectives_chart_png", "objectives_chart_svg", "objectives_dl_xlsx")] == [
        "PNG", "SVG", "Download XLSX (data and metadata)"]


def test_remittances_paid_line_names_its_old_vintage():
    # Remittances paid end in 2020 in the WDI vintage of 15 Sep 2021 (data/curated/wdi_remittances_paid.csv),
    # while remittances received come from WDI 2026-07-01: the paid series says it is dated.
    at = run_page("objectives", "en", objective="20", indicator="remittances_paid_usd")
    assert not at.exception
    captions = " ".join(c.value for c in at.caption).replace("\\", "")  # Markdown escapes
    assert "Dated: the latest value held is for 2020" in captions
    assert "Source vintage: WDI 2021-09-15." in captions
    received = run_page("objectives", "en", objective="20", indicator="remittances_received_usd")
    assert "Dated" not in " ".join(c.value for c in received.caption)


def test_chart_caption_gives_the_tier_of_the_values_drawn():
    at = run_page("objectives", "tr", objective="16", indicator="tp_syrians")
    assert not at.exception
    caption = next(c.value for c in at.caption if c.value.startswith("Grafikteki değerlerin kaynak düzeyleri"))
    # 2015 from the UNHCR portal export (official/unhcr_odp_...csv row 391), the only third-party copy drawn
    assert "Yayımcı dosyasının üçüncü taraf kopyası: 1" in caption


def vega_specs(at) -> list[dict]:
    return [json.loads(c.proto.spec) for c in at.get("vega_lite_chart")]


def test_only_the_open_tab_is_built_and_the_url_names_it():
    at = run_page("objectives", "en", objective="8", indicator="migrant_deaths_missing")
    assert at.query_params["tab"] == "chart" and at.session_state["tab"] == "Chart"
    assert len(vega_specs(at)) == 1 and not at.dataframe  # the Türkiye series; no table, no world map built
    at = run_page("objectives", "en", objective="8", indicator="migrant_deaths_missing", tab="table")
    assert not at.exception
    assert at.session_state["tab"] == "Table" and at.query_params["tab"] == "table"
    assert not vega_specs(at)
    assert [d.value.iloc[0]["Year"] for d in at.dataframe] == [2014]  # data/curated: IOM MMP, Türkiye, from 2014
    at = run_page("objectives", "en", objective="8", indicator="migrant_deaths_missing", tab="map")
    assert at.session_state["tab"] == "Map"
    assert [{layer["projection"]["type"] for layer in s["layer"]} for s in vega_specs(at)] == [{"equalEarth"}]


def test_bad_or_unavailable_tab_falls_back_quietly_to_the_chart():
    for tab in ("nope", "Map", ""):
        at = run_page("objectives", "en", objective="8", indicator="migrant_deaths_missing", tab=tab)
        assert not at.exception
        assert at.session_state["tab"] == "Chart" and at.query_params["tab"] == "chart"
    at = run_page("objectives", "en", objective="16", indicator="tp_syrians", tab="map")  # no map for it
    assert not at.exception
    assert "Map" not in tab_labels(at) and at.query_params["tab"] == "chart"


def test_open_tab_kept_when_the_language_changes():
    at = run_page("objectives", "en", objective="8", indicator="migrant_deaths_missing", tab="about")
    next(w for w in at.sidebar if getattr(w, "key", None) == "lang").set_value("tr").run()
    assert not at.exception
    assert at.session_state["tab"] == t("objectives_tab_about", "tr") and at.query_params["tab"] == "about"
    assert tab_labels(at) == [t(f"objectives_tab_{c}", "tr") for c in ("chart", "table", "map", "about")]
