"""The Peers page (AppTest through the real frame): defaults, deep links, quiet fallbacks, toggle, languages."""

from __future__ import annotations

from functools import lru_cache

import pytest

from indicators import api, peers
from indicators.i18n import fmt_value, t
from indicators.store import load_table, make_engine
from tests.test_pages import run_page


@lru_cache(maxsize=1)
def _data():
    return api.load()


def _champions() -> list[str]:
    return peers.champion_codes(load_table(make_engine(), "ref_champions"))


def _value(indicator_id: str, geo: str, year: int) -> float:
    rows = api.query(indicator_id, _data(), geo=geo, year=year)
    return float(rows["value"].iloc[0])


def _ranking_table(at):
    return at.dataframe[0].value


def test_defaults_are_refugees_hosted_champions_and_latest_turkiye_year():
    at = run_page("peers", "en")
    assert not at.exception, [e.value for e in at.exception]
    assert at.selectbox(key="indicator").value == "refugees_hosted"
    frame = api.query("refugees_hosted", _data())
    assert at.selectbox(key="year").value == peers.default_year(frame) == 2025
    expected_peers = [g for g in _champions() if g != "TUR"]  # every champion has UNHCR refugee data
    assert at.multiselect(key="peers").value == expected_peers
    table = _ranking_table(at)
    assert len(table) == len(expected_peers) + 1
    tur = table[table["Country"] == "Türkiye"].iloc[0]
    assert tur["Rank among selected"] == "1"
    assert tur["Value"] == fmt_value(_value("refugees_hosted", "TUR", 2025), "persons", "en")
    notes = " ".join(c.value for c in at.caption)
    # Each count with its own date: 30 named (latest evidence Nov 2023), 41 in total on 28 Feb 2026.
    assert "30 countries in a partial list whose latest evidence dates from Nov 2023" in notes
    assert "counted 41 champions on 28 Feb 2026" in notes
    assert "Compared with the" not in notes


def test_un_member_states_only_leaves_territories_out_of_the_ranking():
    at = run_page("peers", "en", indicator="migrant_stock_share", year="2024")
    assert not at.exception
    frame = api.query("migrant_stock_share", _data())
    everyone = peers.ranking_all(frame, 2024)
    caption = " ".join(c.value for c in at.caption)
    assert f"{len(everyone)} countries and territories have data for 2024" in caption
    at.toggle(key="members_only").set_value(True).run()
    members = peers.ranking_all(frame, 2024, peers.un_member_states())
    caption = " ".join(c.value for c in at.caption)
    assert f"{len(members)} UN member states have data for 2024" in caption
    assert members["geo"].iloc[0] not in {"BES", "VAT"} and len(members) < len(everyone)
    table = _ranking_table(at)
    tur = table[table["Country"] == "Türkiye"].iloc[0]
    rank = int(members.loc[members["geo"] == "TUR", "rank_all"].item())
    assert tur["Rank among UN member states"] == f"{rank} / {len(members)}"


def test_custom_peers_replace_the_default_caption():
    at = run_page("peers", "en", peers="DEU,CAN,MEX")
    assert not at.exception
    caption = " ".join(c.value for c in at.caption)
    assert "Compared with the 3 countries you chose." in caption


def test_deep_link_opens_migrant_stock_for_germany_and_canada_in_2020():
    at = run_page("peers", "en", indicator="migrant_stock", peers="DEU,CAN", year="2020")
    assert not at.exception
    assert at.selectbox(key="indicator").value == "migrant_stock"
    assert at.selectbox(key="year").value == 2020
    assert at.multiselect(key="peers").value == ["DEU", "CAN"]
    table = _ranking_table(at)
    values = {"TUR": _value("migrant_stock", "TUR", 2020), "DEU": _value("migrant_stock", "DEU", 2020),
              "CAN": _value("migrant_stock", "CAN", 2020)}
    names = {"TUR": "Türkiye", "DEU": "Germany", "CAN": "Canada"}
    order = sorted(values, key=values.get, reverse=True)
    assert table["Country"].tolist() == [names[g] for g in order]
    assert table["Value"].tolist() == [fmt_value(values[g], "persons", "en") for g in order]
    assert table["Rank among selected"].tolist() == ["1", "2", "3"]
    assert at.subheader[0].value == "Ranking in 2020"


def test_invalid_peers_are_dropped_quietly():
    at = run_page("peers", "en", peers="XXX,DEU,<b>")
    assert not at.exception
    assert at.multiselect(key="peers").value == ["DEU"]
    assert _ranking_table(at)["Country"].tolist()[:2] in (["Türkiye", "Germany"], ["Germany", "Türkiye"])


def test_bad_indicator_and_year_fall_back_to_defaults():
    at = run_page("peers", "en", indicator="tp_syrians", year="1800")  # tp_syrians is national only
    assert not at.exception
    assert at.selectbox(key="indicator").value == "refugees_hosted"
    assert at.selectbox(key="year").value == 2025


def test_per_capita_toggle_switches_indicator_and_back():
    at = run_page("peers", "en", peers="DEU", year="2020")
    before = _ranking_table(at)["Value"].tolist()
    at.toggle(key="per_capita").set_value(True).run()
    assert not at.exception
    assert at.selectbox(key="indicator").value == "refugees_per_1000"
    assert at.query_params["indicator"] == "refugees_per_1000"  # the link shares the switched view
    after = _ranking_table(at)
    tur = after[after["Country"] == "Türkiye"].iloc[0]
    assert tur["Value"] == fmt_value(_value("refugees_per_1000", "TUR", 2020), "per_1000", "en", 1)
    assert after["Value"].tolist() != before
    at.toggle(key="per_capita").set_value(False).run()
    assert at.selectbox(key="indicator").value == "refugees_hosted"


def test_choosing_another_indicator_changes_the_view():
    at = run_page("peers", "en", peers="DEU")
    at.selectbox(key="indicator").set_value("migrant_stock_share").run()
    assert not at.exception
    assert at.selectbox(key="year").value == 2024  # refugees' 2025 is not a migrant-stock year: falls back
    tur = _ranking_table(at).iloc[[0, 1]]
    assert any(v.endswith("%") for v in tur["Value"])
    assert any("World, 2024" in m.value for m in at.markdown)


def test_reset_button_restores_champions():
    at = run_page("peers", "en", peers="DEU,CAN")
    at.button(key="peers_reset").click().run()
    assert at.multiselect(key="peers").value == [g for g in _champions() if g != "TUR"]


@pytest.mark.parametrize("lang", ["en", "tr"])
def test_values_and_headers_follow_the_language(lang):
    at = run_page("peers", lang, indicator="migrant_stock_share", peers="DEU", year="2020")
    table = _ranking_table(at)
    assert table.columns.tolist()[:3] == [t("peers_col_rank_selected", lang), t("peers_col_rank_all", lang),
                                          t("country", lang)]
    deu = table[table[t("country", lang)] == ("Almanya" if lang == "tr" else "Germany")].iloc[0]
    value = _value("migrant_stock_share", "DEU", 2020)
    assert deu[t("value", lang)] == fmt_value(value, "percent", lang, 2)
    assert deu[t("value", lang)].startswith("%") == (lang == "tr")
    assert at.subheader[0].value == t("peers_ranking_heading", lang, year=2020)


def test_missing_value_is_a_no_data_row_not_zero():
    # Türkiye has no resettlement arrivals: it stays in the table as "no data for <year>", unranked.
    at = run_page("peers", "tr", indicator="resettlement_arrivals", peers="CAN")
    assert not at.exception
    table = _ranking_table(at)
    year = at.selectbox(key="year").value
    tur = table[table["Ülke"] == "Türkiye"].iloc[0]
    assert tur["Değer"] == f"{year} için veri yok" and tur["Seçilenler arasında sıra"] == ""
    assert table["Ülke"].tolist()[-1] == "Türkiye"


def test_world_share_of_remittances_is_the_un_aggregate_or_labelled_derived():
    # 2020: the UN SDG database world value 0.78455 % (raw unsd_sdg_migration_indicators_long.csv), not the
    # 0.738 % computed from WDI aggregates; 2024 has no UN value, so the computed one is labelled derived.
    at = run_page("peers", "en", indicator="remittances_received_gdp_pct", year="2020")
    assert not at.exception
    text = " ".join(m.value for m in at.markdown).replace("\\", "")  # Markdown escapes
    assert "World, 2020: 0.78%" in text and "derived" not in text
    later = run_page("peers", "en", indicator="remittances_received_gdp_pct", year="2024")
    text = " ".join(m.value for m in later.markdown).replace("\\", "")
    assert "World, 2024:" in text and "(derived by this project, not the publisher's aggregate)" in text
