"""Scorecard over a small fake registry (the real one is filled by the catalog modules)."""

from __future__ import annotations

import pytest

import pandas as pd

from indicators import registry
from indicators.data import Data
from indicators.registry import Indicator, select
from indicators.scorecard import (
    NO_DATA,
    SCORECARD_COLUMNS,
    headline_values,
    indicator_progress,
    indicator_results,
    objective_scorecard,
    years_text,
)

# Toy figures (not real statistics): they only exercise the selection and aggregation rules.
TOY = """
geo,year,date,sex,value,unit,source_id,status
TUR,2015,,,1,percent,src,
TUR,2018,,,100,percent,src,
TUR,2018,,female,7,percent,src,
TUR,2019,,,500,percent,src,alternative
TUR,2020,,,102.01,percent,src,
GRC,2018,,,1,percent,src,
GRC,2020,,,2,percent,src,
"""
STOCK = """
geo,year,date,value,unit,source_id
TUR,2018,2018-03-31,60,persons,src
TUR,2018,2018-12-31,50,persons,src
TUR,2020,2020-06-30,40.5,persons,src
"""


def _indicator(id_: str, objectives: tuple[int, ...], direction: str, dataset: str, target: float | None = None):
    return Indicator(
        id=id_, objectives=objectives, title_msgid=id_, description_msgid="d",
        unit="percent", decimals=1, direction=direction, source_ids=("src",), datasets=(dataset,),
        compute=select(dataset), target=target,
    )


@pytest.fixture
def data() -> Data:
    return Data.from_frames(toy=TOY, stock=STOCK)


@pytest.fixture
def fake_registry():
    return [
        _indicator("a_share", (1, 2), "increase", "toy"),
        _indicator("b_stock", (2,), "decrease", "stock", target=10),
        _indicator("c_context", (3,), "none", "toy"),
    ]


def test_headline_values_skip_disaggregations_alternatives_and_other_geos(data, fake_registry):
    # female 7, alternative 500 and GRC rows left out
    assert headline_values(fake_registry[0], data) == {2015: 1.0, 2018: 100.0, 2020: 102.01}
    assert headline_values(fake_registry[0], data, geo="GRC") == {2018: 1.0, 2020: 2.0}


def test_headline_values_keep_latest_date_of_each_year(data, fake_registry):
    # 2018-12-31 (50) wins over 2018-03-31 (60)
    assert headline_values(fake_registry[1], data) == {2018: 50.0, 2020: 40.5}


def test_two_values_for_one_date_fail(fake_registry):
    doubled = Data.from_frames(stock=STOCK + "TUR,2020,2020-06-30,41,persons,other\n")
    with pytest.raises(ValueError, match="b_stock: several headline values for TUR in year"):
        headline_values(fake_registry[1], doubled)


def test_indicator_progress_uses_direction_and_target(data, fake_registry):
    # a_share: 2015 before the base year is ignored; CAGR = (102.01/100)^(1/2) - 1 = 0.01; score 250*0.01 - 1.25
    a = indicator_progress(fake_registry[0], data)
    assert (a.base_year, a.status, a.score) == (2018, "moderate_progress", pytest.approx(1.25))
    # b_stock: CAGR = (40.5/50)^(1/2) - 1 = -0.1; CAGR_T = (10/50)^(1/12) - 1 = exp(-1.609438/12) - 1 = -0.1255147;
    # R = (-1)(-0.1)/0.1255147 = 0.796719; score 7.1429*0.796719 - 4.2857 = 1.405186
    b = indicator_progress(fake_registry[1], data)
    assert b.ratio == pytest.approx(0.796719, abs=1e-6)
    assert b.score == pytest.approx(1.405186, abs=1e-5)
    # base year 2015: a_share from 1 to 102.01 in 5 years, far above 2 % a year
    assert indicator_progress(fake_registry[0], data, base_year=2015).score == 5


def test_objective_scorecard(data, fake_registry):
    card = objective_scorecard(data, indicators=fake_registry, sources={})
    assert list(card.columns) == SCORECARD_COLUMNS
    assert card["objective"].tolist() == list(range(1, 24))
    rows = card.set_index("objective")
    assert rows.loc[1, "indicator_ids"] == "a_share"
    # objective 1: one assessed indicator (score 1.25) is not enough evidence (at least 2 needed)
    assert (rows.loc[1, "status"], rows.loc[1, "n_assessed"], rows.loc[1, "n_assessable"]) == (
        "insufficient_evidence", 1, 1)
    assert pd.isna(rows.loc[1, "score"])
    assert years_text(*rows.loc[1, ["first_year", "last_year_min", "last_year_max"]]) == "2018 → 2020"
    # objective 2: (1.25 + 1.405186)/2 = 1.327593 -> [0, 2.5) moderate; 2 of 2 assessable assessed
    assert rows.loc[2, "indicator_ids"] == "a_share;b_stock"
    assert (rows.loc[2, "n_indicators"], rows.loc[2, "n_assessed"]) == (2, 2)
    assert rows.loc[2, "score"] == pytest.approx(1.327593, abs=1e-5)
    assert rows.loc[2, "status"] == "moderate_progress"
    assert years_text(*rows.loc[2, ["first_year", "last_year_min", "last_year_max"]]) == "2018 → 2020"
    # objective 3: its one indicator has no desired direction -> no_direction, not not_available/no_data
    assert (rows.loc[3, "n_indicators"], rows.loc[3, "n_assessed"], rows.loc[3, "status"]) == (1, 0, "no_direction")
    # objectives 4..23 have no indicator
    assert set(rows.loc[4:, "status"]) == {NO_DATA}
    assert rows.loc[4:, "score"].isna().all()


def test_years_text():
    assert years_text(2018, 2021, 2021) == "2018 → 2021"
    assert years_text(2018, 2020, 2024) == "2018 → 2020–2024"
    assert years_text(None, None, None) == ""


def test_dated_input_two_years_behind_its_publisher():
    # "src" has GRC up to 2020; TUR of the "old" indicator ends in 2018 -> 2 years behind: dated.
    old = Data.from_frames(toy=TOY, old="geo,year,date,value,unit,source_id\nTUR,2016,,5,percent,src\n"
                           "TUR,2018,,4,percent,src\n")
    pool = [_indicator("a_share", (1,), "increase", "toy"), _indicator("z_old", (1,), "decrease", "old")]
    res = indicator_results(old, indicators=pool, sources={}).set_index("indicator_id")
    assert (res.loc["z_old", "latest_year"], res.loc["z_old", "publisher_latest_year"], res.loc["z_old", "dated"]) == (
        2018, 2020, True)
    assert res.loc["a_share", "dated"] == False  # noqa: E712 (numpy bool)
    # base year 2016: both assessed (z_old 5 -> 4 in 2 years); the objective lists z_old as dated
    row = objective_scorecard(old, base_year=2016, indicators=pool, sources={}).set_index("objective").loc[1]
    assert (row["n_assessed"], row["dated_ids"]) == (2, "z_old")
    assert years_text(row["first_year"], row["last_year_min"], row["last_year_max"]) == "2016 → 2018–2020"


def test_real_registry_verdicts():
    from indicators import api

    card = objective_scorecard(api.load()).set_index("objective")
    # Objectives 1, 5, 23 rested on SDG 10.7.2 alone (category 2 in 2019, 3 in 2021): no status any more
    for n in (1, 5, 23):
        assert card.loc[n, "status"] == "insufficient_evidence", n
        assert card.loc[n, "n_assessed"] == 0
        assert years_text(*card.loc[n, ["first_year", "last_year_min", "last_year_max"]]) == "2019 → 2021"
    # Objective 20: remittance costs to/from Türkiye (RPW, World Bank) end in 2020, the World Bank's WDI
    # series have 2025 -> dated; 2 of its 2 assessable indicators assessed
    row = card.loc[20]
    assert (row["n_assessed"], row["n_assessable"], row["status"]) == (2, 2, "limited_progress")
    assert years_text(row["first_year"], row["last_year_min"], row["last_year_max"]) == "2018 → 2020"
    assert set(row["dated_ids"].split(";")) == {"remittance_cost_to", "remittance_cost_from"}
    # direction none everywhere -> "no desired direction", not "not enough data"
    assert card.loc[12, "status"] == "no_direction"
    assert indicator_progress(registry.get("refugees_hosted"), api.load()).status == "no_direction"


def test_objective_scorecard_unsd_method(data, fake_registry):
    card = objective_scorecard(data, method="unsd_progress_chart_2023", indicators=fake_registry,
                               sources={}).set_index("objective")
    # a_share: CAGR*d = 0.01 -> category 2. b_stock: v2030e = 40.5*0.9^10 = 14.121477,
    # P = (14.121477 - 50)/(10 - 50) = 0.896963 -> category 2. Mean 2 -> moderate; no score.
    assert card.loc[2, "status"] == "moderate_progress"
    assert card.loc[2, "n_assessed"] == 2
    assert card["score"].isna().all()


def test_target_provenance_and_scale_declared():
    # 10.c target (< 3 %) is set by GCM objective 20 (A/RES/73/195); the 10.7.2 "≥ 3" and birth
    # registration "100 %" thresholds are the project's.
    assert registry.get("remittance_cost_to").target_source == "un_gcm_ares_73_195"
    assert registry.get("remittance_cost_to").target_official
    assert not registry.get("migration_policy_score").target_official
    assert not registry.get("birth_registration").target_official
    assert [i.id for i in registry.all_indicators() if i.scale == "ordinal"] == ["migration_policy_score"]
    assert all(i.target_source for i in registry.all_indicators() if i.target is not None)
