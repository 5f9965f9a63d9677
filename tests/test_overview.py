"""The overview's pure functions on small inline frames with hand-computed values."""

from __future__ import annotations

import io

import pandas as pd
import pandas.testing as pdt
import pytest

from indicators import registry
from indicators.data import Data
from indicators.i18n import t
from indicators.overview import (
    COOPERATION_AREAS,
    HEADLINES,
    IOM_FACTS,
    SIDE_BY_SIDE,
    card_value,
    change_caption,
    fmt_change,
    headline_figure,
    headline_table,
    iom_facts,
    latest_values,
    scorecard_table,
    short_vintage,
)


def _frame(text: str) -> pd.DataFrame:
    frame = pd.read_csv(io.StringIO(text.strip()), dtype={"date": str, "source_id": str}, keep_default_na=False,
                        na_values={"value": [""]})
    return frame.assign(value=frame["value"].astype("float64"))


# Toy figures (not real statistics).
SERIES = """
indicator,geo,year,date,value,unit,source_id
toy,TUR,2015,,80,persons,a
toy,TUR,2019,,100,persons,a
toy,TUR,2021,,150,persons,a
toy,TUR,2022,2022-11-30,120,persons,b
toy,GRC,2023,,999,persons,a
"""


def test_headline_figure_changes_since_previous_and_since_first_value_from_base_year():
    fig = headline_figure(_frame(SERIES), geo="TUR", base_year=2018)
    # latest 2022: 120; previous 2021: 150 -> -30, -30/150 = -20 %; base = first year >= 2018 = 2019: 100
    # -> +20, +20 %. GRC's 2023 value is another geo and plays no part.
    assert fig == {
        "indicator": "toy", "year": 2022, "date": "2022-11-30", "value": 120.0, "unit": "persons",
        "source_id": "b", "previous_year": 2021, "previous_value": 150.0, "change_previous": -30.0,
        "change_previous_pct": -20.0, "base_year": 2019, "base_value": 100.0, "change_base": 20.0,
        "change_base_pct": 20.0,
    }


def test_headline_figure_base_2015_and_missing_cases():
    frame = _frame(SERIES)
    assert headline_figure(frame, base_year=2015)["base_value"] == 80.0  # 120 - 80 = +40, +50 %
    assert headline_figure(frame, base_year=2015)["change_base_pct"] == 50.0
    # Nothing in or after the base year before the latest value: no change since base.
    late = headline_figure(frame, base_year=2022)
    assert late["base_year"] is None and late["change_base"] is None
    assert late["change_previous"] == -30.0
    assert headline_figure(frame, geo="SYR") is None
    single = headline_figure(frame, geo="GRC")
    assert single["value"] == 999.0 and single["previous_year"] is None and single["change_previous_pct"] is None


def test_percent_of_zero_start_is_none():
    frame = _frame("""
indicator,geo,year,date,value,unit,source_id
z,TUR,2018,,0,persons,a
z,TUR,2019,,5,persons,a
""")
    fig = headline_figure(frame)
    assert fig["change_previous"] == 5.0 and fig["change_previous_pct"] is None


def test_headline_table_keeps_given_order_and_skips_geos_without_value():
    other = _frame(SERIES).assign(indicator="other")
    table = headline_table({"toy": _frame(SERIES), "missing": _frame(SERIES).iloc[0:0], "other": other})
    assert table["indicator"].tolist() == ["toy", "other"]
    assert table["previous_year"].tolist() == [2021, 2021]
    assert str(table["base_year"].dtype) == "Int64"


@pytest.mark.parametrize(("change", "pct", "unit", "lang", "decimals", "expected"), [
    (410779.0, 6.25, "persons", "tr", 0, "+410.779 (+%6,2)"),
    (410779.0, 6.25, "persons", "en", 0, "+410,779 (+6.2%)"),
    (-550321.0, -18.72, "persons", "tr", 0, "-550.321 (-%18,7)"),
    (0.4545, 5.9, "percent", "tr", 2, "+0,45 puan (+%5,9)"),
    (0.4545, 5.9, "percent", "en", 1, "+0.5 pp (+5.9%)"),
    (5.0, None, "persons", "en", 0, "+5"),
    (None, None, "persons", "en", 0, "–"),
])
def test_fmt_change(change, pct, unit, lang, decimals, expected):
    assert fmt_change(change, pct, unit, lang, decimals) == expected


def test_change_caption_says_what_the_arrow_compares_with():
    fig = headline_figure(_frame(SERIES))
    assert change_caption(fig, "en") == "Arrow: vs 2021 · since 2019: +20 (+20.0%)"
    assert change_caption(fig, "tr") == "Ok işareti: 2021 yılına göre · 2019 yılından bu yana: +20 (+%20,0)"
    same = headline_figure(_frame(SERIES), base_year=2021)  # base = previous value: said once
    assert change_caption(same, "en") == "Arrow: vs 2021"
    assert change_caption(headline_figure(_frame(SERIES), geo="GRC"), "en") == ""


def test_card_value_puts_currency_beside_usd_amounts():
    assert card_value(982_000_000.0, "usd", "tr") == ("982\xa0Mn", "cari ABD doları")  # no-break space (CLDR)
    assert card_value(8.0979, "percent", "tr", 2) == ("%8,10", "")
    assert card_value(2940735.0, "persons", "tr") == ("2.940.735", "")


def test_short_vintage_drops_provenance():
    assert short_vintage("WDI 2026-07-01 (GitHub datasets/world-development-indicators @ 4ebec5a2, x.csv)") == \
        "WDI 2026-07-01"
    assert short_vintage("2025.12.1 (Global Trends 2025 (corrected)); PopulationStatistics/refugees commit 82") == \
        "2025.12.1 (Global Trends 2025 (corrected))"


def test_scorecard_table_adds_titles_labels_and_method_source():
    scorecard = pd.DataFrame({"objective": [1, 3], "n_indicators": [2, 0], "n_assessed": [1, 0],
                              "score": [2.5, None], "status": ["moderate_progress", "no_data"],
                              "first_year": pd.array([2018, None], dtype="Int64"),
                              "last_year_min": pd.array([2020, None], dtype="Int64"),
                              "last_year_max": pd.array([2024, None], dtype="Int64"),
                              "dated_ids": ["remittance_cost_to", ""], "project_target_ids": ["", ""],
                              "indicator_ids": ["a;b", ""]})
    objectives = pd.DataFrame({"objective": [1, 3], "short_en": ["Data", "Information provision"],
                               "short_tr": ["Veri", "Bilgilendirme"]})
    expected = pd.DataFrame({
        "objective": [1, 3], "title": ["Veri", "Bilgilendirme"], "status": ["moderate_progress", "no_data"],
        "status_label": ["İlerleme var, hızlanma gerekli", "Henüz gösterge yok"],
        "inputs": ["2018 → 2020–2024", ""], "score": [2.5, None],
        "n_assessed": [1, 0], "n_indicators": [2, 0],
        "dated_inputs": ["Ülkeye havale göndermenin ortalama maliyeti", ""], "project_threshold_inputs": ["", ""],
        "dated_ids": ["remittance_cost_to", ""], "project_target_ids": ["", ""], "indicator_ids": ["a;b", ""],
        "method": ["opensdg", "opensdg"], "source_id": ["opensdg_progress", "opensdg_progress"],
    })
    pdt.assert_frame_equal(scorecard_table(scorecard, objectives, "tr", "opensdg"), expected)


def test_tile_details_real_objectives():
    from indicators import api
    from indicators.overview import tile_caption, tile_details
    from indicators.scorecard import indicator_results, objective_scorecard

    data = api.load()
    objectives = pd.read_csv("data/curated/ref_objectives.csv")
    table = scorecard_table(objective_scorecard(data), objectives, "en", "opensdg").set_index("objective",
                                                                                              drop=False)
    results = indicator_results(data)
    one = next(table.loc[[1]].itertuples())
    assert one.status_label == "Insufficient evidence"
    assert tile_details(one, results, "en") == [
        "Inputs 2019 → 2021",
        "Migration policies that facilitate orderly, safe, regular and responsible migration: Category improved "
        "(2019 → 2021)"]
    twenty = next(table.loc[[20]].itertuples())
    assert tile_details(twenty, results, "en")[0] == "Inputs 2018 → 2020"
    # a sufficient status says what it rests on (M16: objective 2 deteriorates because of refugees and
    # asylum-seekers from Türkiye)
    assert tile_details(twenty, results, "en")[-1] == (
        "Average cost of sending remittances to the country: Deterioration (2018 → 2020)")
    two = next(table.loc[[2]].itertuples())
    assert len(tile_details(two, results, "en")) == 3 and all(
        line.endswith(": Deterioration (2018 → 2025)") for line in tile_details(two, results, "en")[1:])
    assert ("Dated input: Average cost of sending remittances to the country ends in 2020; its publisher has 2025"
            in tile_details(twenty, results, "en"))
    # singular: one indicator
    assert tile_caption(None, 0, 1, "en") == "0 of 1 indicator assessed"
    assert tile_caption(None, 0, 1, "tr") == "1 göstergeden 0 tanesi değerlendirildi"


def test_latest_values_lists_every_indicator_even_without_value():
    table = latest_values({"toy": _frame(SERIES), "tp_syrians": _frame(SERIES).iloc[0:0]})
    assert table["indicator"].tolist() == ["toy", "tp_syrians"]
    assert table.loc[0, ["year", "value", "source_id"]].tolist() == [2022, 120.0, "b"]
    assert table.loc[1, "year"] == 0 and pd.isna(table.loc[1, "value"]) and table.loc[1, "unit"] == "persons"


def test_iom_facts_picks_declared_types_in_order():
    frame = _frame("""
type,year,value,unit,source_id,note
countries_development_fund,2024,122,cases,s1,n3
returns_assisted_since_1979,2019,1500000,persons,s0,old
returns_assisted_since_1979,2024,1700000,persons,s1,n1
countries_covid_support_2020,2020,140,cases,s1,other
""")
    facts = iom_facts(frame)
    assert facts["type"].tolist() == ["returns_assisted_since_1979", "countries_covid_support_2020",
                                      "countries_development_fund"]
    assert facts["value"].tolist() == [1_700_000.0, 140.0, 122.0]
    assert facts["label_key"].tolist() == ["overview_fact_returns", "overview_fact_covid", "overview_fact_countries"]


def test_the_four_facts_of_iom_turkiye_page_are_shown_in_iom_words(raw_dir):
    # raw/iom_idmc_geo/iom_global_facts_quoted.csv: the four facts quoted from turkiye.iom.int/tr/goc-yonetimi.
    raw = pd.read_csv(raw_dir / "iom_idmc_geo" / "iom_global_facts_quoted.csv", dtype=str)
    page = raw[(raw["url"] == "https://turkiye.iom.int/tr/goc-yonetimi") & (raw["unit"] != "year")]
    facts = iom_facts(Data.from_curated()["iom_global_facts"])
    assert facts["value"].tolist() == [float(v) for v in page["value"]] == [1_700_000.0, 100_000.0, 140.0, 122.0]
    assert [t(key, "en") for key in facts["label_key"]] == page["fact"].tolist()


def test_declared_ids_exist_in_the_registry():
    known = {i.id for i in registry.all_indicators()}
    assert set(HEADLINES) <= known
    assert set(SIDE_BY_SIDE[0]) <= set(HEADLINES)
    for area in COOPERATION_AREAS:
        assert area.indicator_ids and set(area.indicator_ids) <= known, area.key
        assert area.objectives and all(1 <= o <= 23 for o in area.objectives), area.key
        # every area's indicators are Türkiye series (values shown are the latest for Türkiye)
        assert all(registry.get(i).geography == "country" for i in area.indicator_ids)
    assert len({a.key for a in COOPERATION_AREAS}) == 6
    assert [k for k, _ in IOM_FACTS] == ["returns_assisted_since_1979", "trafficked_assisted_since_1990s",
                                         "countries_covid_support_2020", "countries_development_fund"]


def test_dated_values_name_their_vintage_and_recent_ones_stay_plain():
    from indicators.overview import DATED_LAG_YEARS, dated_note, display_latest, latest_dated_note, reference_year
    from indicators.sources import Source

    wdi_2021 = Source(id="w", publisher="World Bank", title="t", url="u", date_accessed="2021-09-15", licence="l",
                      citation="c", version="WDI 2021-09-15; WB bulk API CSV (copy in GitHub x/y @ 06f1c112)")
    assert reference_year("2026-12-02T18:38:30+00:00") == 2025 and reference_year("") is None
    assert DATED_LAG_YEARS == 3
    # 2025 - 2020 = 5 years: dated; 2025 - 2023 = 2: not.
    assert dated_note(2020, wdi_2021, 2025, "en") == ("Dated: the latest value held is for 2020, 5 years before "
                                                      "2025. Source vintage: WDI 2021-09-15.")
    assert dated_note(2023, wdi_2021, 2025, "en") == ""
    assert dated_note(2020, wdi_2021, None, "en") == ""
    assert dated_note(2020, wdi_2021, 2025, "tr").startswith("Eski veri: eldeki en son değer 2020 yılına ait")
    series = _frame("""
indicator,geo,year,date,value,unit,source_id
toy,TUR,2019,,100,persons,w
toy,TUR,2020,,120,persons,w
""")
    assert latest_dated_note(series, "TUR", {"w": wdi_2021}, 2025, "en").startswith("Dated: the latest value held "
                                                                                   "is for 2020")
    assert latest_dated_note(series, "DEU", {"w": wdi_2021}, 2025, "en") == ""
    latest = pd.DataFrame({"indicator": ["tp_syrians"], "year": [2020], "date": [""], "value": [5.0],
                           "unit": ["persons"], "source_id": ["w"]})
    shown = display_latest(latest, "en", {"w": "World Bank"}, {"w": wdi_2021}, 2025)
    assert shown["Reference"].tolist() == ["2020, dated; source vintage: WDI 2021-09-15"]
    assert display_latest(latest, "en", {"w": "World Bank"}, {"w": wdi_2021}, 2022)["Reference"].tolist() == ["2020"]
