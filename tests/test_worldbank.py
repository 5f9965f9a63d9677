"""World Bank / UN SDG curation (WDI, RPW, SDG database) and the indicators computed from it."""

from __future__ import annotations

from pathlib import Path

import pandas as pd
import pytest

from indicators import codes
from indicators.catalog import worldbank as catalog
from indicators.curate import CurationError, worldbank, write_table
from indicators.data import Data
from indicators.metadata import ORIGINS_DIR, read_origins
from indicators.paths import CURATED_DIR
from indicators.registry import headline

WDI_FILE = "wdi_selected_series_long_1990-latest.csv"


@pytest.fixture(scope="module")
def curated(raw_dir: Path):
    return worldbank.curate(raw_dir)


def value(frame: pd.DataFrame, **equals) -> float:
    """The single value of the rows matching `equals` (fails if there is not exactly one)."""
    mask = pd.Series(True, index=frame.index)
    for col, wanted in equals.items():
        mask &= frame[col] == wanted
    return frame.loc[mask, "value"].item()


def test_wdi_turkiye_values(curated):
    t = curated.tables
    # wdi_selected_series_long_1990-latest.csv lines 56670, 12989, 33771, 5812.
    assert value(t["wdi_population"], geo="TUR", year=2024) == 85_518_661
    assert value(t["wdi_remittances_received"], geo="TUR", year=2023) == 1_029_000_000
    assert value(t["wdi_net_migration"], geo="TUR", year=2024) == -275_952
    assert value(t["wdi_remittances_paid"], geo="TUR", year=2020) == 1_344_000_000
    assert value(t["wdi_birth_registration"], geo="TUR", year=2018) == 98.4
    assert set(t["wdi_population"]["source_id"]) == {"wdi_2026_07"}
    assert set(t["wdi_remittances_paid"]["source_id"]) == {"wdi_2021_09"}
    assert set(t["wdi_gdp"]["unit"]) == {"usd"}


def test_wdi_keeps_countries_and_world_only(curated):
    for name in ("wdi_population", "wdi_gdp", "wdi_remittances_received"):
        geos = set(curated.tables[name]["geo"])
        assert "WLD" in geos and "TUR" in geos
        assert not geos & {"ECS", "UMC", "EUU", "HIC"}, name  # WB aggregates dropped
        assert all(codes.is_country(g) or g == "WLD" for g in geos), name


def test_wdi_rejects_an_unexpected_vintage(raw_dir: Path, tmp_path: Path):
    folder = tmp_path / "worldbank_sdg"
    folder.mkdir()
    lines = (raw_dir / "worldbank_sdg" / WDI_FILE).read_text(encoding="utf-8").splitlines()
    tur_population = [line for line in lines if ",TUR,0,SP.POP.TOTL," in line][:1]
    stale = [line.replace("WDI_2026-07-01", "WDI_2025-01-01") for line in tur_population]
    (folder / WDI_FILE).write_text("\n".join(lines[:1] + stale) + "\n", encoding="utf-8")
    with pytest.raises(CurationError, match="SP.POP.TOTL has vintage"):
        worldbank.wdi_tables(tmp_path)


def test_missing_column_names_the_file(tmp_path: Path):
    folder = tmp_path / "worldbank_sdg"
    folder.mkdir()
    (folder / WDI_FILE).write_text("iso3,indicator_code,year,value\nTUR,SP.POP.TOTL,2024,1\n", encoding="utf-8")
    with pytest.raises(CurationError, match=r"wdi_selected_series_long_1990-latest\.csv: missing column"):
        worldbank.wdi_tables(tmp_path)


def test_remittance_cost_to_and_from(curated):
    cost = curated.tables["rpw_remittance_cost"]
    # wdi_SI.RMT.COST.IB.ZS_OB.ZS_2011-2020_long.csv lines 833 and 1321.
    assert value(cost, geo="TUR", year=2011, type="to") == 8.76277625189946
    assert value(cost, geo="TUR", year=2020, type="from") == 11.114839
    # unsd_sdg_migration_indicators_long.csv line 8: 10.c.1 SI_RMT_COST World 2021 = 6.3.
    assert value(cost, geo="WLD", year=2021, type="to") == 6.3
    assert set(cost.loc[cost["geo"] == "WLD", "source_id"]) == {"unsd_sdg_db_2023"}
    assert set(cost["type"]) == {"to", "from"}


def test_corridor_cost_turkiye(curated):
    corridors = curated.tables["rpw_corridor_cost"]
    # rpw_corridors_ATCR.CORR_2011Q1-2020Q3_long.csv line 2671: Germany -> Turkey 2011Q1 = 9.2209997177124.
    row = corridors[(corridors["origin"] == "DEU") & (corridors["date"] == "2011-01-01")].iloc[0]
    assert (row["geo"], row["destination"], row["year"], row["value"]) == ("TUR", "TUR", 2011, 9.2209997177124)
    # Line 7758: Turkey -> Bulgaria 2020Q3 = 11.1149997711182; geo is the receiving country.
    assert value(corridors, origin="TUR", destination="BGR", date="2020-07-01") == 11.1149997711182
    outlier = corridors[(corridors["destination"] == "BGR") & (corridors["date"] == "2016-10-01")]
    assert outlier["note"].str.contains("outlier").all()
    assert len(corridors) == 155  # README: 155 rows in rpw_corridors_turkiye_long.csv
    assert set(corridors["geo"]) == {"TUR", "BGR"}


@pytest.mark.parametrize(("period", "date"), [("2019Q1", "2019-01-01"), ("2013Q4", "2013-10-01")])
def test_quarter_start(period, date):
    assert worldbank.quarter_start(period) == date


def test_quarter_start_rejects_other_forms():
    with pytest.raises(CurationError, match="YYYYQn"):
        worldbank.quarter_start("2019-S1")


def test_sdg_values(curated):
    policy = curated.tables["sdg_10_7_2"]
    # unsd_sdg_migration_indicators_long.csv lines 492-493: Turkey 2019 = 2, 2021 = 3.
    assert value(policy, geo="TUR", year=2019) == 2
    assert value(policy, geo="TUR", year=2021) == 3
    assert len(policy) == 198 and set(policy["unit"]) == {"score"}
    world = curated.tables["sdg_world_aggregates"]
    assert set(world["geo"]) == {"WLD"}
    # Line 32: 10.7.3 SM_DTH_MIGR World 2021 = 6069; line 16: 10.7.2 SG_CPA_MIGRP World 2021 = 62.31884.
    assert value(world, type="10.7.3", year=2021) == 6069
    assert value(world, type="10.7.2", year=2021) == 62.31884
    assert value(world, type="17.3.2", year=2020) == 0.78455


def test_curation_is_deterministic_and_matches_committed_tables(curated, raw_dir: Path, tmp_path: Path):
    again = worldbank.curate(raw_dir)
    for name, frame in curated.tables.items():
        first = write_table(frame, name, tmp_path).read_bytes()
        second = write_table(again.tables[name], name, tmp_path).read_bytes()
        assert first == second, name
        assert first == (CURATED_DIR / f"{name}.csv").read_bytes(), f"{name}.csv is not the committed table"


def test_remittances_gdp_share_is_received_over_gdp():
    data = Data.from_frames(
        wdi_remittances_received="""
geo,year,value
TUR,2023,1029000000
TUR,2024,982000000
AAA,2023,5
""",
        wdi_gdp="""
geo,year,value
TUR,2023,100000000000
AAA,2023,0
""",
        sdg_world_aggregates="geo,year,type,value,source_id\n",
    )
    result = catalog.remittances_received_gdp_pct(data)
    # 1,029,000,000 / 100,000,000,000 x 100 = 1.029; TUR 2024 lacks GDP and AAA has zero GDP: no value.
    assert result[["geo", "year"]].values.tolist() == [["TUR", 2023]]
    assert result["value"].item() == pytest.approx(1.029, rel=1e-12)
    assert result["source_id"].tolist() == ["wdi_2026_07"]


def test_world_remittances_share_is_the_publishers_aggregate_where_it_exists():
    data = Data.from_frames(
        wdi_remittances_received="geo,year,value\nWLD,2020,700\nWLD,2021,800\n",
        wdi_gdp="geo,year,value\nWLD,2020,100000\nWLD,2021,100000\n",
        sdg_world_aggregates="geo,year,type,value,source_id\nWLD,2020,17.3.2,0.785,unsd_sdg_db_2023\n"
                             "WLD,2020,10.c.1,6.5,unsd_sdg_db_2023\n",
    )
    result = catalog.remittances_received_gdp_pct(data)
    top = headline(result).set_index("year")
    # 2020: the UN SDG database world value, not 700 / 100,000 x 100 = 0.7 (kept as an alternative);
    # 2021: no UN value, so the computed 0.8 stays, labelled as derived.
    assert top["value"].to_dict() == {2020: 0.785, 2021: pytest.approx(0.8)}
    assert top.loc[2020, "source_id"] == "unsd_sdg_db_2023"
    assert top.loc[2021, "note"].startswith("Derived: computed by this project")
    assert result.loc[result["status"] == "alternative", "value"].tolist() == [pytest.approx(0.7)]


def test_remittance_cost_from_adds_the_world_benchmark():
    data = Data.from_frames(rpw_remittance_cost="""
geo,year,type,value,source_id
TUR,2020,from,11.11,wdi_rpw_2022_02
TUR,2020,to,7.26,wdi_rpw_2022_02
WLD,2020,to,6.75,unsd_sdg_db_2023
""")
    result = catalog.remittance_cost_from(data)
    assert result[["geo", "value"]].values.tolist() == [["TUR", 11.11], ["WLD", 6.75]]
    assert (result["type"] == "").all()
    by_id = {i.id: i for i in catalog.INDICATORS}
    to = headline(by_id["remittance_cost_to"].compute(data))
    assert to[["geo", "value"]].values.tolist() == [["TUR", 7.26], ["WLD", 6.75]]


def test_indicators_on_curated_tables(curated):
    data = Data(curated.tables)
    by_id = {i.id: i for i in catalog.INDICATORS}
    share = by_id["remittances_received_gdp_pct"].compute(data)
    # Raw lines 12989 and the NY.GDP.MKTP.CD TUR 2023 row: 1,029,000,000 / 1,141,242,864,657.45 x 100.
    assert value(share, geo="TUR", year=2023) == pytest.approx(1_029_000_000 / 1_141_242_864_657.45 * 100)
    # World 2020: unsd_sdg_migration_indicators_long.csv (BX_TRF_PWKR, World, 2020) gives 0.78455, the value
    # shown; the 0.738 computed from the WDI world aggregates is only an alternative.
    world = headline(share).set_index(["geo", "year"])["value"]
    assert world[("WLD", 2020)] == 0.78455
    computed = share[(share["geo"] == "WLD") & (share["year"] == 2020) & (share["status"] == "alternative")]
    assert computed["value"].round(3).tolist() == [0.738]
    assert value(headline(by_id["migration_policy_score"].compute(data)), geo="TUR", year=2021) == 3


def test_declarations_are_complete_and_cite_curated_sources(curated):
    source_ids = {o.id for o in read_origins(ORIGINS_DIR / "worldbank.yml")}
    for ind in catalog.INDICATORS:
        assert ind.validate() == [], ind.id
        assert set(ind.source_ids) <= source_ids, ind.id
        assert set(ind.datasets) <= set(curated.tables), ind.id
    by_id = {i.id: i for i in catalog.INDICATORS}
    assert {"remittances_received_usd", "remittances_paid_usd", "remittances_received_gdp_pct",
            "remittance_cost_to", "migration_policy_score"} <= set(by_id)
    cost = by_id["remittance_cost_to"]
    assert (cost.sdg, cost.target, cost.direction, cost.objectives) == ("10.c.1", 3.0, "decrease", (20,))
