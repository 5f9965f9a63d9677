"""UN DESA curation (International Migrant Stock 2024, WPP 2024) and the indicators computed from it."""

from __future__ import annotations

from pathlib import Path

import pandas as pd
import pytest

from indicators import codes
from indicators.catalog import undesa as catalog
from indicators.curate import CurationError, undesa, write_table
from indicators.data import Data
from indicators.metadata import ORIGINS_DIR, read_origins
from indicators.paths import CURATED_DIR
from indicators.registry import headline


@pytest.fixture(scope="module")
def curated(raw_dir: Path):
    return undesa.curate(raw_dir)


def value(frame: pd.DataFrame, **equals) -> float:
    """The single value of the rows matching `equals` (fails if there is not exactly one)."""
    mask = pd.Series(True, index=frame.index)
    for col, wanted in equals.items():
        mask &= frame[col] == wanted
    return frame.loc[mask, "value"].item()


@pytest.mark.parametrize(
    ("m49", "iso3"),
    [("792", "TUR"), ("4", "AFG"), ("900", "WLD"), ("830", "CHI"), ("412", "XKX"), ("947", ""), ("2003", "")],
)
def test_m49_to_iso3(m49, iso3):
    # 947 = Sub-Saharan Africa (aggregate), 2003 = "OTHER" origin in IMS 2024: no geo code.
    assert undesa.m49_to_iso3(m49) == iso3


def test_with_geo_rejects_an_iso3_that_contradicts_m49():
    frame = pd.DataFrame({"location_code": ["792"], "iso3": ["GRC"]})
    with pytest.raises(CurationError, match="M49 792 maps to 'TUR' but the file says 'GRC'"):
        undesa.with_geo(frame, "location_code", "iso3", Path("x.csv"))


def test_thousands_to_persons_is_exact():
    # wpp2024_net_migration_annual.csv, TUR 1990: -27.193 thousand.
    assert undesa.thousands_to_persons("-27.193") == -27193.0


def test_migrant_stock_turkiye_and_world(curated):
    stock = curated.tables["undesa_migrant_stock"]
    # ims2024_by_destination.csv line 1153: 792,TUR,...,2024,7083501,3519766,3563735,...
    assert value(stock, geo="TUR", year=2024, sex="") == 7_083_501
    assert value(stock, geo="TUR", year=2024, sex="female") == 3_563_735
    assert value(stock, geo="TUR", year=2024, sex="male") == 3_519_766
    assert stock.loc[(stock["geo"] == "TUR") & (stock["sex"] == ""), "note"].unique().tolist() == ["UN type of data: B R"]
    # Line 9: 900,,World,...,2024,304021813,...
    assert value(stock, geo="WLD", year=2024, sex="") == 304_021_813
    assert sorted(stock["year"].unique()) == [1990, 1995, 2000, 2005, 2010, 2015, 2020, 2024]
    # 235 countries + World, less Saint Barthélemy and Saint Martin (no stock), × 8 years × 3 sexes.
    assert len(stock) == 234 * 8 * 3


def test_migrant_stock_share_and_emigrants(curated):
    share = curated.tables["undesa_migrant_stock_share"]
    # ims2024_by_destination.csv line 1153: migrants_pct_of_population_total = 8.0979.
    assert value(share, geo="TUR", year=2024, sex="") == 8.0979
    assert set(share["unit"]) == {"percent"}
    emigrants = curated.tables["undesa_emigrant_stock"]
    # ims2024_by_origin.csv line 1153: 792,TUR,...,2024,3130337,1653934,1476403,47.1643
    assert value(emigrants, geo="TUR", year=2024, sex="") == 3_130_337
    assert value(emigrants, geo="TUR", year=2024, sex="male") == 1_653_934


def test_bilateral_corridors_have_both_ends_and_geo_is_destination(curated):
    corridors = curated.tables["undesa_bilateral_tur"]
    # ims2024_bilateral_destination_TUR.csv line 217: 2024,TUR,792,Türkiye,SYR,760,...,3563983,...
    assert value(corridors, origin="SYR", destination="TUR", year=2024, sex="") == 3_563_983
    syr = corridors[(corridors["origin"] == "SYR") & (corridors["year"] == 2024)]
    assert set(syr["source_id"]) == {"undesa_ims_2024_bilateral_copy"}
    # ims2020_bilateral_TUR.csv line 155: emigrants_from_TUR_by_destination,2020,DEU,TUR,1837282,935796,901486
    row = corridors[(corridors["origin"] == "TUR") & (corridors["destination"] == "DEU") & (corridors["year"] == 2020)
                    & (corridors["sex"] == "")].iloc[0]
    assert (row["value"], row["geo"], row["source_id"]) == (1_837_282, "DEU", "undesa_ims_2020_bilateral_copy")
    assert (corridors["geo"] == corridors["destination"]).all()
    assert ((corridors["origin"] == "TUR") | (corridors["destination"] == "TUR")).all()
    assert corridors["origin"].map(codes.is_country).all() and corridors["destination"].map(codes.is_country).all()
    # README: 44 origins x 8 years in the 2024 copy, 555 origin=TUR rows in the 2020 file; three sexes each.
    assert len(corridors) == (44 * 8 + 555) * 3


def test_wpp_net_migration_estimates_only(curated):
    net = curated.tables["wpp_net_migration"]
    # wpp2024_net_migration_annual.csv lines 21555, 21580, 21588 (TUR 1990, 2015, 2023, thousands).
    assert value(net, geo="TUR", year=1990) == -27_193
    assert value(net, geo="TUR", year=2015) == 1_063_140
    assert value(net, geo="TUR", year=2023) == -318_070
    assert (net["year"].min(), net["year"].max()) == (1990, 2023)
    assert "WLD" in set(net["geo"]) and "XKX" in set(net["geo"])


def test_every_geo_is_a_country_or_the_world(curated):
    for name, table in curated.tables.items():
        bad = sorted({g for g in table["geo"] if not (codes.is_country(g) or g == "WLD")})
        assert bad == [], name


def test_missing_column_names_the_file(tmp_path: Path):
    folder = tmp_path / "undesa"
    folder.mkdir()
    (folder / "ims2024_by_destination.csv").write_text("location_code,iso3,year\n792,TUR,2024\n", encoding="utf-8")
    with pytest.raises(CurationError, match=r"ims2024_by_destination\.csv: missing column"):
        undesa.migrant_stock(tmp_path)


def test_curation_is_deterministic_and_matches_committed_tables(curated, raw_dir: Path, tmp_path: Path):
    again = undesa.curate(raw_dir)
    for name, frame in curated.tables.items():
        first = write_table(frame, name, tmp_path).read_bytes()
        second = write_table(again.tables[name], name, tmp_path).read_bytes()
        assert first == second, name
        assert first == (CURATED_DIR / f"{name}.csv").read_bytes(), f"{name}.csv is not the committed table"


def test_female_share_is_computed_from_stocks():
    data = Data.from_frames(undesa_migrant_stock="""
geo,year,sex,value,source_id
AAA,2020,,200,undesa_ims_2024
AAA,2020,female,90,undesa_ims_2024
AAA,2020,male,110,undesa_ims_2024
AAA,2024,,400,undesa_ims_2024
BBB,2020,,0,undesa_ims_2024
BBB,2020,female,0,undesa_ims_2024
""")
    result = catalog.migrant_stock_female_share(data)
    # 90 / 200 x 100 = 45; AAA 2024 has no female figure and BBB has a zero stock: no value, no filling.
    assert result[["geo", "year", "value"]].values.tolist() == [["AAA", 2020, 45.0]]
    assert result["source_id"].tolist() == ["undesa_ims_2024"]


def test_migrant_stock_headline_is_both_sexes():
    data = Data.from_frames(undesa_migrant_stock="""
geo,year,sex,value
TUR,2024,,7083501
TUR,2024,female,3563735
""")
    ind = {i.id: i for i in catalog.INDICATORS}["migrant_stock"]
    assert headline(ind.compute(data))["value"].tolist() == [7_083_501]


def test_declarations_are_complete_and_cite_curated_sources(curated):
    source_ids = {o.id for o in read_origins(ORIGINS_DIR / "undesa.yml")}
    for ind in catalog.INDICATORS:
        assert ind.validate() == [], ind.id
        assert set(ind.source_ids) <= source_ids, ind.id
        assert set(ind.datasets) <= set(curated.tables), ind.id
    ids = {i.id for i in catalog.INDICATORS}
    assert {"migrant_stock", "migrant_stock_share", "emigrant_stock", "net_migration"} <= ids


def test_indicators_compute_on_curated_tables(curated):
    data = Data(curated.tables)
    by_id = {i.id: i for i in catalog.INDICATORS}
    female = by_id["migrant_stock_female_share"].compute(data)
    # ims2024_by_destination.csv line 1153: 3563735 / 7083501 x 100 = 50.3104 (the UN's own Table 4 value).
    assert round(value(female, geo="TUR", year=2024), 4) == 50.3104
    assert value(headline(by_id["net_migration"].compute(data)), geo="TUR", year=2023) == -318_070
