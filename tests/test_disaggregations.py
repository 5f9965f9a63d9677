"""Every disaggregation an indicator declares is reachable through `api.query(..., by=...)` and the
Objectives filters (`objective_view.disaggregation_options`), with the values of the curated files."""

from __future__ import annotations

import pandas as pd
import pytest

from indicators import api, registry
from indicators.catalog.national import with_breakdowns, year_end_stock
from indicators.data import Data
from indicators.objective_view import disaggregation_options


@pytest.fixture(scope="module")
def data() -> Data:
    return Data.from_curated()


def test_with_breakdowns_keeps_year_end_totals_and_dated_breakdowns_once():
    data = Data.from_frames(stock="""dataset,geo,year,date,sex,age,origin,destination,type,route,value,unit,source_id,status,note
stock,TUR,2023,2023-07-13,,,,,,,100,persons,a,,
stock,TUR,2023,2023-12-31,,,,,,,120,persons,a,,
stock,TUR,2023,2023-07-13,female,,,,,,45,persons,a,,
stock,TUR,2023,2023-12-31,,,TKM,,,,7,persons,a,,
stock,TUR,2023,2023-12-31,,,,,other,,9,persons,a,,
""")
    result = with_breakdowns(year_end_stock("stock", ""), "stock")(data)
    assert list(zip(result["date"], result["sex"], result["origin"], result["value"], strict=True)) == [
        ("2023-07-13", "female", "", 45.0), ("2023-12-31", "", "", 120.0), ("2023-12-31", "", "TKM", 7.0)]


def test_tp_syrians_by_sex_female_gives_the_curated_rows(data):
    # data/curated/tr_tp_syrians.csv: female 1,571,674 on 18 Jan 2018 and 1,577,965 on 13 Jul 2023.
    result = api.query("tp_syrians", data, geo="TUR", by={"sex": "female"})
    assert list(zip(result["date"], result["value"], strict=True)) == [
        ("2018-01-18", 1571674.0), ("2023-07-13", 1577965.0)]


def test_residence_permits_of_turkmen_include_the_13_march_2025_list(data):
    # data/curated/tr_residence_permits.csv, origin TKM.
    result = api.query("residence_permits", data, geo="TUR", by={"origin": "TKM"})
    assert list(zip(result["date"], result["value"], strict=True)) == [
        ("2016-12-31", 24253.0), ("2023-11-09", 103861.0), ("2024-05-23", 112251.0), ("2025-03-13", 120301.0)]


def test_breakdowns_leave_the_headline_unchanged(data):
    # 2023 year-end residence permits: IOM DTM Q4 2023, 1,107,032 (preferred in the curated file).
    headline = api.query("residence_permits", data, geo="TUR", year=2023)
    assert headline["value"].tolist() == [1107032.0]


@pytest.mark.parametrize("indicator", [i for i in registry.all_indicators() if i.disaggregations],
                         ids=lambda i: i.id)
def test_every_declared_disaggregation_has_filter_options(indicator, data):
    options = disaggregation_options(indicator.compute(data))
    missing = [col for col in indicator.disaggregations if len(options.get(col, [])) < 2]
    assert missing == [], f"{indicator.id} declares {missing} but its compute gives no such rows"
