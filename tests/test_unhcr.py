"""UNHCR curation (`indicators.curate.unhcr`) and indicators (`indicators.catalog.unhcr`)."""

from __future__ import annotations

from pathlib import Path

import pandas as pd
import pytest
from pandas.testing import assert_frame_equal

from indicators.catalog import unhcr as catalog
from indicators.sources import sources_by_id
from indicators.curate import CurationError, write_table
from indicators.curate import unhcr
from indicators.data import Data
from indicators.registry import group_indicators, headline

INDICATORS = group_indicators("unhcr")

SRC = "unhcr_rpsd_2025_12_1"


@pytest.fixture(scope="module")
def curated(raw_dir: Path):
    return unhcr.curate(raw_dir)


def value(frame: pd.DataFrame, **equals) -> float:
    """The single value of the rows matching `equals` (fails if not exactly one)."""
    mask = pd.Series(True, index=frame.index)
    for col, val in equals.items():
        mask &= frame[col] == val
    assert mask.sum() == 1, equals
    return frame.loc[mask, "value"].item()


# --- curation helpers on small inline files ----------------------------------------------------------------


def test_applications_keep_new_and_various_apart_and_never_add_appeals_or_cases(tmp_path):
    path = tmp_path / "apps.csv"
    path.write_text(
        "year,coa_iso,procedure_type,app_type,dec_level,app_pc,applied\n"
        "2020,USA,G,N,EO,P,100\n"
        "2020,USA,G,N,IN,C,40\n"
        "2020,USA,G,A,AR,P,7\n"
        "2020,DEU,G,N,FI,P,10\n"
        "2020,DEU,U,N,FI,P,5\n"
        "2020,DEU,G,V,FI,P,3\n"
        "2020,DEU,G,R,RA,P,9\n"
    )
    got = unhcr._applications(path, by_origin=False)
    expected = pd.DataFrame({
        "geo": ["DEU", "DEU", "USA", "USA"],
        "year": ["2020"] * 4,
        "type": ["new", "various", "new", "new_cases"],
        "unit": ["persons", "persons", "persons", "cases"],
        "value": [15.0, 3.0, 100.0, 40.0],
        "source_id": [SRC] * 4,
    })
    assert_frame_equal(got.reset_index(drop=True), expected, check_dtype=False)


def test_decisions_sum_levels_and_map_stateless_origin(tmp_path):
    path = tmp_path / "dec.csv"
    path.write_text(
        "year,coo_iso,coa_iso,procedure_type,dec_level,dec_pc,dec_recognized,dec_other,dec_rejected,dec_closed,dec_total\n"
        "2015,XXA,TUR,U,FI,P,4,0,1,2,7\n"
        "2015,XXA,TUR,U,AR,P,1,0,3,0,4\n"
    )
    got = unhcr._decisions(path, by_origin=True)
    assert list(got["origin"].unique()) == ["STA"]
    assert dict(zip(got["type"], got["value"])) == {
        "closed": 2.0, "other": 0.0, "recognized": 5.0, "rejected": 4.0, "total": 11.0,
    }


def test_unknown_iso_code_fails_naming_file_and_code(tmp_path):
    path = tmp_path / "sol.csv"
    path.write_text("year,coa_iso,returned_refugees,resettlement,naturalisation\n2020,XYZ,1,,\n2020,UNK,2,,\n")
    with pytest.raises(CurationError, match=r"sol\.csv.*XYZ"):
        unhcr._solutions(path)


def test_missing_column_raises_curation_error_naming_the_file(tmp_path):
    folder = tmp_path / "unhcr"
    folder.mkdir()
    (folder / "unhcr_population_totals_by_asylum.csv").write_text("year,coa_iso,asylum_seekers\n2020,TUR,1\n")
    with pytest.raises(CurationError, match=r"unhcr_population_totals_by_asylum\.csv: missing column.*refugees"):
        unhcr.curate(tmp_path)


# --- compute functions on small inline frames ----------------------------------------------------------------

POPULATION = """
geo,year,type,value,source_id
TUR,2024,refugees,3000,unhcr_rpsd_2025_12_1
TUR,2024,asylum_seekers,500,unhcr_rpsd_2025_12_1
DEU,2024,refugees,1000,unhcr_rpsd_2025_12_1
DEU,2023,refugees,800,unhcr_rpsd_2025_12_1
WLD,2024,refugees,20000,unhcr_rpsd_2025_12_1
"""


def test_refugees_hosted_selects_refugees_only():
    data = Data.from_frames(unhcr_population_by_asylum=POPULATION)
    got = next(i for i in INDICATORS if i.id == "refugees_hosted").compute(data)
    assert list(zip(got["geo"], got["year"], got["value"])) == [
        ("DEU", 2023, 800.0), ("DEU", 2024, 1000.0), ("TUR", 2024, 3000.0), ("WLD", 2024, 20000.0),
    ]
    assert (got["type"] == "").all()


def test_refugees_per_1000_joins_on_geo_and_year_and_drops_missing_population():
    data = Data.from_frames(
        unhcr_population_by_asylum=POPULATION,
        wdi_population="""
geo,year,value,unit,source_id,sex
TUR,2024,60000,persons,wdi_2026_07,
TUR,2024,30000,persons,wdi_2026_07,female
DEU,2024,80000,persons,wdi_2026_07,
DEU,2022,75000,persons,wdi_2026_07,
""",
    )
    got = catalog.refugees_per_1000(data)
    # TUR 3000 / 60000 × 1000 = 50; DEU 1000 / 80000 × 1000 = 12.5; DEU 2023 and WLD have no population.
    assert list(zip(got["geo"], got["year"], got["value"])) == [("DEU", 2024, 12.5), ("TUR", 2024, 50.0)]
    assert set(got["note"]) == {"population: wdi_2026_07"}


def test_world_refugee_share():
    got = catalog.world_refugee_share(Data.from_frames(unhcr_population_by_asylum=POPULATION))
    # 1000 / 20000 = 5 %, 3000 / 20000 = 15 %; DEU 2023 has no world total; WLD itself is not a host.
    assert list(zip(got["geo"], got["year"], got["value"])) == [("DEU", 2024, 5.0), ("TUR", 2024, 15.0)]


APPLICATIONS = """
geo,year,origin,type,value,unit,source_id
TUR,2020,,new,300,persons,unhcr_rpsd_2025_12_1
TUR,2020,AFG,new,200,persons,unhcr_rpsd_2025_12_1
TUR,2005,,various,3906,persons,unhcr_rpsd_2025_12_1
USA,2020,,new,100,persons,unhcr_rpsd_2025_12_1
USA,2020,,new_cases,40,cases,unhcr_rpsd_2025_12_1
USA,2021,,new,150,persons,unhcr_rpsd_2025_12_1
"""


def test_asylum_applications_new_only_without_cells_partly_in_cases():
    got = catalog.asylum_applications(Data.from_frames(unhcr_asylum_applications=APPLICATIONS))
    assert list(zip(got["geo"], got["year"], got["origin"], got["value"])) == [
        ("TUR", 2020, "", 300.0), ("TUR", 2020, "AFG", 200.0), ("USA", 2021, "", 150.0),
    ]
    assert list(headline(got)["value"]) == [300.0, 150.0]


DECISIONS = """
geo,year,origin,type,value,unit,source_id
TUR,2023,,recognized,30,persons,unhcr_rpsd_2025_12_1
TUR,2023,,other,10,persons,unhcr_rpsd_2025_12_1
TUR,2023,,rejected,60,persons,unhcr_rpsd_2025_12_1
TUR,2023,,closed,500,persons,unhcr_rpsd_2025_12_1
TUR,2023,SYR,recognized,3,persons,unhcr_rpsd_2025_12_1
TUR,2023,SYR,other,0,persons,unhcr_rpsd_2025_12_1
TUR,2023,SYR,rejected,1,persons,unhcr_rpsd_2025_12_1
TUR,2022,,recognized,0,persons,unhcr_rpsd_2025_12_1
TUR,2022,,other,0,persons,unhcr_rpsd_2025_12_1
TUR,2022,,rejected,0,persons,unhcr_rpsd_2025_12_1
USA,2023,,recognized,5,persons,unhcr_rpsd_2025_12_1
USA,2023,,other,0,persons,unhcr_rpsd_2025_12_1
USA,2023,,rejected,5,persons,unhcr_rpsd_2025_12_1
USA,2023,,total_cases,9,cases,unhcr_rpsd_2025_12_1
"""


def test_asylum_recognition_rate_excludes_closed_empty_and_case_cells():
    got = catalog.asylum_recognition_rate(Data.from_frames(unhcr_asylum_decisions=DECISIONS))
    # (30 + 10) / (30 + 10 + 60) = 40 %; SYR (3 + 0) / 4 = 75 %; TUR 2022 no decision; USA partly in cases.
    assert list(zip(got["geo"], got["year"], got["origin"], got["value"])) == [
        ("TUR", 2023, "", 40.0), ("TUR", 2023, "SYR", 75.0),
    ]


def test_declarations_are_complete():
    for indicator in INDICATORS:
        assert indicator.validate() == [], indicator.id


# --- real values from the raw files ----------------------------------------------------------------------------


def test_turkiye_refugees_end_2024_and_2025(curated):
    pop = curated.tables["unhcr_population_by_asylum"]
    # unhcr_population_totals_by_asylum.csv: "2024,TUR,TUR,Türkiye,2940735,154083,159439,0,0,420,0,,0,..."
    assert value(pop, geo="TUR", year=2024, type="refugees") == 2940735
    assert value(pop, geo="TUR", year=2024, type="idps") == 0  # zeros kept
    # "2025,TUR,TUR,Türkiye,2390414,102497,556009,0,0,464,0,,0,..."; oip blank there, so no row.
    assert value(pop, geo="TUR", year=2025, type="refugees") == 2390414
    assert pop[(pop["geo"] == "TUR") & (pop["type"] == "oip")].empty
    # unhcr_population_world_totals.csv: "2025,28461306,8998097,..."
    assert value(pop, geo="WLD", year=2025, type="refugees") == 28461306
    assert pop["year"].min() == 1990 and "UNK" not in set(pop["geo"])


def test_origin_tables(curated):
    abroad = curated.tables["unhcr_population_by_origin"]
    assert not {"UNK", "XXA", "TIB"} & set(abroad["geo"])
    tur = curated.tables["unhcr_population_tur_by_origin"]
    assert {"UNK", "STA"} <= set(tur["origin"]) and "XXA" not in set(tur["origin"])
    assert (tur["geo"] == "TUR").all()
    assert (curated.tables["unhcr_population_tur_abroad"]["origin"] == "TUR").all()


def test_applications_and_decisions_real_values(curated):
    apps = curated.tables["unhcr_asylum_applications"]
    # unhcr_asylum_applications_totals_by_asylum.csv: "2025,TUR,TUR,Türkiye,G,N,FI,P,6459"
    assert value(apps, geo="TUR", year=2025, origin="", type="new") == 6459
    # USA 2025: "G,N,EO,P,629358" and "G,N,IN,C,282594": persons and cases never added.
    assert value(apps, geo="USA", year=2025, origin="", type="new") == 629358
    assert value(apps, geo="USA", year=2025, origin="", type="new_cases") == 282594
    # TUR 2000 only has stage V: "2000,TUR,TUR,Türkiye,U,V,FI,P,5679"
    assert value(apps, geo="TUR", year=2000, origin="", type="various") == 5679
    decisions = curated.tables["unhcr_asylum_decisions"]
    # unhcr_asylum_decisions_totals_by_asylum.csv: "2023,TUR,TUR,Türkiye,G,FI,P,9966,0,11787,59317,81070"
    assert value(decisions, geo="TUR", year=2023, origin="", type="recognized") == 9966
    assert value(decisions, geo="TUR", year=2023, origin="", type="total") == 81070
    rate = catalog.asylum_recognition_rate(Data.from_frames(unhcr_asylum_decisions=decisions))
    assert value(rate, geo="TUR", year=2023, origin="") == pytest.approx(9966 / (9966 + 11787) * 100)


def test_solutions_and_release_vintages(curated):
    sol = curated.tables["unhcr_solutions"]
    # unhcr_solutions_coa_TUR.csv / README: naturalisation of 50,000 Syrians in Türkiye in 2017.
    assert value(sol, geo="TUR", year=2017, type="naturalisation") == 50000
    # unhcr_population_totals_by_asylum.csv "2023,TUR,...,3251127,222069,21865,..." vs vintages end-2023 19865.
    assert value(sol, geo="TUR", year=2023, type="returned_refugees") == 21865
    vint = curated.tables["unhcr_release_vintages_tur"]
    assert value(vint, geo="TUR", date="2023-12-31", type="returned_refugees") == 19865
    tur = vint[(vint["geo"] == "TUR") & (vint["origin"] == "") & (vint["type"] == "refugees")]
    mid = tur[tur["date"] == "2025-06-30"]
    assert sorted(mid["source_id"]) == ["unhcr_rpsd_2025_06_0", "unhcr_rpsd_2025_06_1"]
    assert set(mid["value"]) == {2680658}
    cited = set().union(*(set(t["source_id"]) for t in curated.tables.values()))
    assert cited <= set(sources_by_id())


def test_curate_is_deterministic(raw_dir, tmp_path):
    first, second = tmp_path / "a", tmp_path / "b"
    first.mkdir()
    second.mkdir()
    for out in (first, second):
        for name, frame in unhcr.curate(raw_dir).tables.items():
            write_table(frame, name, out)
    names = sorted(p.name for p in first.glob("*.csv"))
    assert len(names) == 8
    for name in names:
        assert (first / name).read_text(encoding="utf-8") == (second / name).read_text(encoding="utf-8")
