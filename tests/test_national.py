"""Türkiye national series: curation from raw/turkiye_national and the national indicator catalog."""

from __future__ import annotations

import shutil
from pathlib import Path

import pandas as pd
import pytest

from indicators.catalog import national as catalog
from indicators.sources import sources_by_id
from indicators.curate import CurationError
from indicators.curate import national
from indicators.data import Data
from indicators.paths import CURATED_DIR
from indicators.registry import group_indicators, headline
from indicators.text.national import CONFLICT_TOPICS, conflict_topic

INDICATORS = group_indicators("national")


@pytest.fixture(scope="module")
def curated(raw_dir: Path):
    return national.curate(raw_dir)


def observation_tables(curated) -> dict[str, pd.DataFrame]:
    return {name: frame for name, frame in curated.tables.items() if not name.startswith("ref_")}


# --- compute functions on inline frames ---------------------------------------------------------------

def test_per_1000_divides_province_count_by_population_of_the_same_year():
    data = Data.from_frames(
        tr_tp_syrians_by_province="""
geo,year,date,type,value,unit,source_id,status
TR-79,2023,2023-05-25,,74824,persons,a,
TR-79,2023,2023-05-25,,74000,persons,b,alternative
TR-79,2023,2023-05-25,in_camps,7741,persons,a,
TR-06,2023,2023-05-25,,100,persons,a,
TR-34,2021,2021-03-17,,500,persons,a,
""",
        tuik_province_population="""
geo,year,date,value,unit,source_id
TR-79,2023,2023-12-31,155179,persons,pop
TR-06,2023,2023-12-31,400,persons,pop
TR-34,2023,2023-12-31,1000,persons,pop
""",
    )
    result = catalog.tp_syrians_per_1000(data).set_index("geo")
    # Kilis: 74,824 / 155,179 × 1,000 = 482.1786...; Ankara: 100 / 400 × 1,000 = 250.
    assert result.loc["TR-79", "value"] == pytest.approx(482.1786453)
    assert result.loc["TR-06", "value"] == 250.0
    # no 2021 population, camp counts and alternatives are not rates
    assert sorted(result.index) == ["TR-06", "TR-79"]


def test_year_end_stock_keeps_year_end_candidates_only():
    data = Data.from_frames(tr_tp_syrians="""
geo,year,date,type,value,unit,source_id,status
TUR,2021,2021-06-30,,3685839,persons,a,
TUR,2021,2021-12-02,,3736760,persons,b,preferred
TUR,2021,2021-12-09,,3739240,persons,c,alternative
TUR,2024,2024-07-11,,3109867,persons,d,alternative
TUR,2024,2024-12-31,,2901478,persons,e,preferred
TUR,2024,2024-12-31,in_camps,50000,persons,e,
""")
    result = catalog.year_end_stock("tr_tp_syrians", "")(data)
    assert list(zip(result["date"], result["value"])) == [
        ("2021-12-02", 3736760.0), ("2021-12-09", 3739240.0), ("2024-12-31", 2901478.0)]
    assert list(headline(result)["value"]) == [3736760.0, 2901478.0]


def test_national_select_drops_provinces():
    data = Data.from_frames(tuik_international_migration="""
geo,year,origin,type,value,unit,source_id
TUR,2019,,immigrants,677042,persons,a
TUR,2019,TUR,immigrants,98554,persons,a
TR-34,2019,,immigrants,150000,persons,a
TUR,2019,,emigrants,330289,persons,a
""")
    result = catalog.national("tuik_international_migration", type="immigrants")(data)
    assert list(result["value"]) == [677042.0, 98554.0]
    assert list(headline(result)["value"]) == [677042.0]


def test_type_code_and_parse_date():
    path = Path("x.csv")
    assert national.type_code("deportations", "year_to_date", "2022-07", path, 2) == "deportations_ytd"
    assert national.type_code("a", "cumulative_2015_2019", "2015-2019", path, 2) == "a_cumulative_2015_2019"
    assert national.type_code("a", "quarter_as_labelled_by_IOM", "2020-Q1/2", path, 2) == "a_quarter_iom_q1_2"
    assert national.type_code("a", "end_of_year", "2018-12", path, 2) == "a"
    assert national.parse_date("2018-12", "end_of_year") == ("2018-12-31", "")
    assert national.parse_date("2024-02", "month")[0] == "2024-02-29"
    assert national.parse_date("2017", "as_of_date") == ("", "")
    with pytest.raises(CurationError, match="row 7: unknown period_type"):
        national.type_code("a", "fortnight", "2020", path, 7)


def test_conflict_value_reads_single_published_figures_only():
    assert national.conflict_value("2503049 (as printed, single source)") == 2503049.0
    assert national.conflict_value("22831") == 22831.0
    assert national.conflict_value("12529 / 12756") is None
    assert national.conflict_value("1050164 = sum of PMM annual values with 225,831 for 2024") is None


def test_source_id_is_stable_slug_and_hash():
    # sha1("https://enpolitik.com/haber/arsiv-331942.html")[:8] == "2d29ae68"
    assert national.source_id_for("enpolitik.com", "https://enpolitik.com/haber/arsiv-331942.html") == \
        "tr_enpolitik_com_2d29ae68"
    assert national.site_slug("reliefweb.int (IOM DTM)") == "reliefweb_int"


# --- data from the raw files --------------------------------------------------------------------------

def test_province_population_sums_to_tuik_2023_total(curated):
    population = curated.tables["tuik_province_population"]
    # README: "Sum = 85,372,377 = TÜİK 2023 total"; 81 provinces, 31 Dec 2023.
    assert population["value"].sum() == 85_372_377
    assert len(population) == 81 and set(population["date"]) == {"2023-12-31"}
    # tr_province_population_2023.csv row "79,Kilis,Kilis,155179,2023-12-31,..."
    assert population.set_index("geo").loc["TR-79", "value"] == 155179


def test_province_population_matches_the_github_copy(curated, raw_dir):
    copy = pd.read_csv(raw_dir / "turkiye_national" / "tuik_adnks2023_provinces_github_copy.csv")
    copy_values = dict(zip(copy["provinceID"].map("TR-{:02d}".format), copy["population"].astype(float)))
    population = curated.tables["tuik_province_population"]
    assert dict(zip(population["geo"], population["value"])) == copy_values


def test_preferred_tp_year_end_values(curated):
    tp = curated.tables["tr_tp_syrians"]
    preferred = tp[tp["status"] == "preferred"].set_index("year")
    # official/unhcr_odp_tur_registered_syrians_by_date_2012-2018.csv "12/31/2015,2503549," is preferred on its
    # date over the press copy 2,503,049 (tr_tp_syrians_year_end_preferred.csv, 2015 row), which stays an alternative
    assert preferred.loc[2015, "value"] == 2503549
    assert preferred.loc[2015, "source_id"] == "unhcr_odp_tur_registered_syrians"
    press_2015 = tp[(tp["date"] == "2015-12-31") & (tp["source_id"] == "tr_enpolitik_com_2d29ae68") & (tp["type"] == "")]
    assert list(zip(press_2015["value"], press_2015["status"])) == [(2503049.0, "alternative")]
    # "2019,2019-12-31,3576370,persons,dtm_q4_2019,..." from the IOM DTM Q4 2019 report on reliefweb
    assert preferred.loc[2019, "value"] == 3576370
    assert preferred.loc[2019, "source_id"].startswith("tr_reliefweb_int_")
    # 2021: the latest value held, tr_tp_syrians_national.csv 9 Dec 2021 3,739,240 (after IOM DTM's 2 Dec 3,736,760)
    assert (preferred.loc[2021, "date"], preferred.loc[2021, "value"]) == ("2021-12-09", 3739240)
    # 2025: tr_tp_syrians_by_province_supplement.csv rows 2-4, national_total_same_date 2366922 on 2025-12-04
    # (later than the 25 Nov 2025 page, 2,375,909)
    assert (preferred.loc[2025, "date"], preferred.loc[2025, "value"]) == ("2025-12-04", 2366922)
    assert preferred.index.is_unique and sorted(preferred.index) == list(range(2012, 2026))


def test_tp_alternatives_carry_a_reason(curated):
    tp = curated.tables["tr_tp_syrians"]
    alt_2020 = tp[(tp["year"] == 2020) & (tp["status"] == "alternative")]
    # tr_tp_syrians_national.csv: IOM DTM Annual Report 2020 gives 3,643,769 against the MoI's 3,641,370
    assert list(alt_2020["value"]) == [3643769.0]
    assert "differs from the preferred 3,641,370" in alt_2020["note"].iloc[0]


def test_irregular_headline_holds_full_years_only(curated):
    irregular = curated.tables["tr_irregular_migration"]
    apprehended = irregular[irregular["type"] == "irregular_migrants_apprehended"]
    preferred = apprehended[apprehended["status"] == "preferred"].set_index("year")["value"]
    # tr_irregular_migration_annual_preferred.csv rows "2019,...,454662" and "2024,...,225831"
    assert preferred[2019] == 454662 and preferred[2024] == 225831
    # 2025 (1 Jan-18 Dec) is part-year: it stays under the _ytd type, never in the headline
    assert 2025 not in preferred.index
    ytd_2025 = irregular[(irregular["type"] == "irregular_migrants_apprehended_ytd") & (irregular["year"] == 2025)
                         & (irregular["origin"] == "")]
    assert list(ytd_2025["value"]) == [152331.0]
    # "22 bin 831" is an evident typo: kept, alternative
    typo = apprehended[apprehended["value"] == 22831]
    assert list(typo["status"]) == ["alternative"]


def test_headline_rows_are_unique_per_date(curated):
    data = Data(observation_tables(curated))
    for indicator in INDICATORS:
        assert not indicator.validate()
        result = headline(indicator.compute(data))
        assert not result.empty, indicator.id
        assert not result.duplicated(["geo", "year", "date"]).any(), indicator.id


def test_preferred_rows_unique_per_year(curated):
    for name, frame in observation_tables(curated).items():
        preferred = frame[frame["status"] == "preferred"]
        keys = ["geo", "year", "date", "sex", "age", "origin", "type"]
        if name in ("tr_tp_syrians", "tr_irregular_migration"):
            keys = ["geo", "year", "sex", "age", "origin", "type"]
        assert not preferred.duplicated(keys).any(), name


def test_nationalities_are_coded(curated):
    ip = curated.tables["tr_international_protection"]
    # tr_international_protection.csv: 2020 Afghanistan 22,606 (AIDA)
    afghans = ip[(ip["year"] == 2020) & (ip["origin"] == "AFG") & (ip["type"] == "applications")]
    assert list(afghans["value"]) == [22606.0]
    tuik = curated.tables["tuik_international_migration"]
    foreign_2024 = tuik[(tuik["year"] == 2024) & (tuik["type"] == "emigrants") & (tuik["origin"] == "OTH")]
    # tr_tuik_international_migration.csv: emigrants 2024 foreign 273,205
    assert list(foreign_2024["value"]) == [273205.0]


def test_every_source_id_is_a_returned_record(curated):
    ids = set(sources_by_id())
    for name, frame in observation_tables(curated).items():
        assert set(frame["source_id"]) <= ids, name
    conflicts = curated.tables["ref_source_conflicts"]
    assert set(conflicts["source_a"]) | set(conflicts["source_b"]) <= ids
    for indicator in INDICATORS:
        assert set(indicator.source_ids) <= ids, indicator.id


def test_curation_is_deterministic(curated, raw_dir):
    again = national.curate(raw_dir)
    assert again.source_urls == curated.source_urls
    for name, frame in curated.tables.items():
        pd.testing.assert_frame_equal(frame, again.tables[name])


def copy_raw(raw_dir: Path, tmp_path: Path) -> Path:
    folder = tmp_path / national.FOLDER
    shutil.copytree(raw_dir / national.FOLDER, folder)
    for path in folder.iterdir():
        path.chmod(0o644)
    return folder


def test_missing_column_names_the_file(raw_dir, tmp_path):
    folder = copy_raw(raw_dir, tmp_path)
    path = folder / "tr_work_permits.csv"
    pd.read_csv(path, dtype=str, keep_default_na=False).drop(columns=["period_type"]).to_csv(path, index=False)
    with pytest.raises(CurationError, match=r"tr_work_permits\.csv: missing column\(s\) \['period_type'\]"):
        national.curate(tmp_path)


def test_unknown_nationality_names_file_and_row(raw_dir, tmp_path):
    folder = copy_raw(raw_dir, tmp_path)
    path = folder / "tr_international_protection.csv"
    frame = pd.read_csv(path, dtype=str, keep_default_na=False)
    frame.loc[17, "breakdown_value"] = "Atlantis"  # line 19 of the file (header is line 1)
    frame.to_csv(path, index=False)
    with pytest.raises(CurationError, match=r"tr_international_protection\.csv: row 19: unknown nationality 'Atlantis'"):
        national.curate(tmp_path)


def test_every_conflict_topic_reads_in_turkish():
    # data/curated/ref_source_conflicts.csv: every topic is one message of the catalog
    register = pd.read_csv(CURATED_DIR / "ref_source_conflicts.csv", dtype=str, keep_default_na=False)
    assert set(register["topic"]) == set(CONFLICT_TOPICS)
    assert conflict_topic("Syrians under TP, year-end", "tr") == "Geçici koruma altındaki Suriyeliler, yıl sonu"
    assert conflict_topic("Syrians under TP, year-end", "en") == "Syrians under TP, year-end"
