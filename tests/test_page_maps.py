"""The Maps page (Streamlit AppTest): each map opens from its deep link, draws a pydeck chart without basemap,
shows its table, and bad query parameters fall back quietly."""

from __future__ import annotations

import json

import pytest

from tests.test_pages import run_page


def _deck(at) -> dict:
    charts = at.get("deck_gl_json_chart")
    assert len(charts) == 1
    return json.loads(charts[0].proto.json)


def _layer_types(at) -> list[str]:
    return [layer["@@type"] for layer in _deck(at)["layers"]]


def _button(at, key: str):
    return next(b for b in at.get("button_group") if b.key == key)


@pytest.mark.parametrize("lang", ["en", "tr"])
def test_tp_layer_opens_on_the_fullest_list(lang):
    at = run_page("maps", lang, layer="tp")
    assert not at.exception, [e.value for e in at.exception]
    assert _layer_types(at) == ["GeoJsonLayer", "GeoJsonLayer"]
    assert _deck(at)["mapStyle"] == "__MAP_STYLE__" and "mapProvider" not in _deck(at)  # no basemap tiles
    date = next(s for s in at.selectbox if s.key == "date")
    # The 13 Jul 2023 list names 31 provinces, more than any other; the latest (4 Dec 2025) names 3.
    assert date.value == "2023-07-13"
    table = at.dataframe[0].value
    assert len(table) == 81
    not_reported = "bildirilmedi" if lang == "tr" else "not reported"
    assert (table.iloc[:, 1] == not_reported).sum() == 50


def test_deep_link_to_a_2023_list_shows_turkish_numbers():
    at = run_page("maps", "tr", layer="tp", date="2023-07-13")
    assert not at.exception
    table = at.dataframe[0].value.set_index("İl")
    assert (table["Durum"] == "bildirildi").sum() == 31
    # İstanbul is the largest province on every list; its value is grouped with dots in Turkish.
    assert table.index[0] == "İstanbul"
    assert table.iloc[0]["Değer"].endswith(" kişi") and "." in table.iloc[0]["Değer"]


def test_per_1000_toggle_changes_the_values_and_dates():
    at = run_page("maps", "en", layer="tp", measure="per_1000")
    assert not at.exception
    dates = next(s for s in at.selectbox if s.key == "date").options  # labels, e.g. "14 Aug 2023 (1 of 81 provinces)"
    assert all("2023" in d for d in dates)
    reported = at.dataframe[0].value
    reported = reported[reported["Status"] == "reported"]
    assert reported["Value"].str.endswith("per 1,000 inhabitants").all()


def test_corridor_deep_link_opens_the_outward_view():
    at = run_page("maps", "en", map="corridors", flow="out")
    assert not at.exception
    assert _button(at, "map").value == "corridors" and _button(at, "flow").value == "out"
    assert _layer_types(at) == ["GeoJsonLayer", "ArcLayer", "ScatterplotLayer", "TextLayer"]
    assert next(s for s in at.selectbox if s.key == "corridor_year").value == 2020  # the 2020 revision's last year
    table = at.dataframe[0].value
    assert table.iloc[0]["Country"] == "Germany"
    arcs = _deck(at)["layers"][1]["data"]
    assert len(arcs) == 15 and arcs[0]["name"] == "Germany"


def test_corridor_inward_view_in_turkish():
    at = run_page("maps", "tr", map="corridors", corridor_year="2024", top="10")
    assert not at.exception
    assert _button(at, "flow").value == "in"
    assert len(_deck(at)["layers"][1]["data"]) == 10
    assert at.dataframe[0].value.iloc[0]["Ülke"] == "Suriye"


def test_deaths_map_filters_by_year_and_cause():
    at = run_page("maps", "en", map="deaths", deaths_year="2023", cause="drowning")
    assert not at.exception
    assert _layer_types(at) == ["GeoJsonLayer", "GeoJsonLayer", "ScatterplotLayer"]
    table = at.dataframe[0].value
    assert table["Cause"].str.contains("Drowning").all()
    assert table["Date"].str.endswith("2023").all()
    incidents = next(m for m in at.metric if m.label == "Incidents")
    assert incidents.value == f"{len(table):,}"
    all_years = run_page("maps", "en", map="deaths")
    assert len(all_years.dataframe[0].value) > len(table)


def test_bad_parameters_fall_back_quietly():
    at = run_page("maps", "en", map="atlas", measure="x", date="1999-01-01", flow="up", cause="nonsense")
    assert not at.exception
    assert _button(at, "map").value == "provinces"
    assert _button(at, "measure").value == "absolute"
    assert _button(at, "layer").value == "foreign"
    at = run_page("maps", "en", map="corridors", flow="up", corridor_year="1066", top="7")
    assert not at.exception
    assert _button(at, "flow").value == "in"
    assert next(s for s in at.selectbox if s.key == "corridor_year").value == 2024
    at = run_page("maps", "en", map="deaths", deaths_year="abc", cause="nonsense", route="nowhere")
    assert not at.exception
    assert next(s for s in at.selectbox if s.key == "deaths_year").value == "all"


def test_deaths_map_defaults_to_the_overviews_scope_and_says_what_the_wider_one_adds():
    # 2024: the Overview's 222 dead and missing on the routes through Türkiye (raw
    # mmp_turkiye_routes_summary_by_year.csv, four routes of the full download: 175 + 6 + 39 + 2).
    at = run_page("maps", "en", map="deaths", deaths_year="2024")
    assert not at.exception
    assert _button(at, "deaths_scope").value == "routes"
    dead_missing = next(m for m in at.metric if m.label == "Dead and missing")
    assert dead_missing.value == "222"
    captions = " ".join(c.value for c in at.caption)
    assert "2024: 222 dead and missing, the figure on the Overview." in captions
    assert set(at.dataframe[0].value["Route"]) <= {"Eastern Mediterranean", "Türkiye–Europe land route",
                                                   "Iran to Türkiye", "Syria to Türkiye"}
    wider = run_page("maps", "en", map="deaths", deaths_year="2024", deaths_scope="region")
    assert not wider.exception
    assert next(m for m in wider.metric if m.label == "Dead and missing").value == "1,683"
    captions = " ".join(c.value for c in wider.caption)
    # 1,683 - 222 = 1,461 = 1,245 (Afghanistan to Iran) + 216 (no route assigned).
    assert "added by the wider scope: Afghanistan to Iran: 1,245; no route assigned: 216." in captions


def test_foreign_residents_layer_covers_all_81_provinces_and_says_it_excludes_tp():
    at = run_page("maps", "en")
    assert not at.exception
    assert _button(at, "layer").value == "foreign"
    assert next(s for s in at.selectbox if s.key == "date").value == "2023-12-31"
    table = at.dataframe[0].value
    assert (table["Status"] == "reported").sum() == 81
    # tuik_adnks2023_foreign_population_by_province_sex_2022_2023.xls, sheet t2 row 39: İstanbul 2023 599,118
    assert table.iloc[0]["Province"] == "İstanbul" and table.iloc[0]["Value"] == "599,118 persons"
    assert (table["Source tier"] == "Third-party copy of the publisher's file").all()
    captions = " ".join(c.value for c in at.caption)
    assert "Excludes Syrians under temporary protection" in captions
    assert "Third-party copy of the publisher's file: 81" in captions


def test_foreign_residents_per_1000_in_turkish():
    at = run_page("maps", "tr", layer="foreign", measure="per_1000")
    assert not at.exception
    table = at.dataframe[0].value.set_index("İl")
    # 599,118 / 15,655,924 (tr_province_population_2023.csv, plate 34) × 1,000 = 38.27
    assert table.loc["İstanbul", "Değer"] == "38,3 1.000 kişi başına"


def test_closed_neighbourhoods_layer_has_its_date_and_no_measure():
    at = run_page("maps", "en", layer="closed", measure="per_1000")
    assert not at.exception
    assert not any(b.key == "measure" for b in at.button_group)
    assert next(s for s in at.selectbox if s.key == "date").value == "2022-06-30"
    table = at.dataframe[0].value.set_index("Province")
    # PMM list, sheet Sayfa3: Şanlıurfa 170 rows (official README §3)
    assert table.loc["Şanlıurfa", "Value"] == "170 neighbourhoods and villages"
