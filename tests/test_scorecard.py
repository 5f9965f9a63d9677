"""Scorecard over a small fake registry (the real one is filled by the catalog modules)."""

from __future__ import annotations

import pytest

from indicators.data import Data
from indicators.registry import Indicator, select
from indicators.scorecard import NO_DATA, SCORECARD_COLUMNS, headline_values, indicator_progress, objective_scorecard

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
        id=id_, objectives=objectives, title_en=id_, title_tr=id_, description_en="d", description_tr="d",
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
    card = objective_scorecard(data, indicators=fake_registry)
    assert list(card.columns) == SCORECARD_COLUMNS
    assert card["objective"].tolist() == list(range(1, 24))
    rows = card.set_index("objective")
    assert rows.loc[1, "indicator_ids"] == "a_share"
    assert (rows.loc[1, "status"], rows.loc[1, "score"]) == ("moderate_progress", pytest.approx(1.25))
    # objective 2: (1.25 + 1.405186)/2 = 1.327593 -> [0, 2.5) moderate
    assert rows.loc[2, "indicator_ids"] == "a_share;b_stock"
    assert (rows.loc[2, "n_indicators"], rows.loc[2, "n_assessed"]) == (2, 2)
    assert rows.loc[2, "score"] == pytest.approx(1.327593, abs=1e-5)
    assert rows.loc[2, "status"] == "moderate_progress"
    # objective 3: one indicator without desired direction -> not_available, not no_data
    assert (rows.loc[3, "n_indicators"], rows.loc[3, "n_assessed"], rows.loc[3, "status"]) == (1, 0, "not_available")
    # objectives 4..23 have no indicator
    assert set(rows.loc[4:, "status"]) == {NO_DATA}
    assert rows.loc[4:, "score"].isna().all()


def test_objective_scorecard_unsd_method(data, fake_registry):
    card = objective_scorecard(data, method="unsd_progress_chart_2023", indicators=fake_registry).set_index("objective")
    # a_share: CAGR*d = 0.01 -> category 2. b_stock: v2030e = 40.5*0.9^10 = 14.121477,
    # P = (14.121477 - 50)/(10 - 50) = 0.896963 -> category 2. Mean 2 -> moderate; no score.
    assert card.loc[2, "status"] == "moderate_progress"
    assert card.loc[2, "n_assessed"] == 2
    assert card["score"].isna().all()
