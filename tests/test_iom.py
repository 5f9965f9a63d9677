"""IOM Missing Migrants, IDMC and quoted IOM figures: curation and the indicators computed from them."""

from __future__ import annotations

from pathlib import Path

import pandas as pd
import pytest

from indicators.catalog import iom as catalog
from indicators.sources import sources_by_id
from indicators.curate import CurationError, iom, write_table
from indicators.data import Data
from indicators.paths import CURATED_DIR
from indicators.registry import get, group_indicators, headline

INDICATORS = group_indicators("iom")


@pytest.fixture(scope="module")
def curated(raw_dir: Path):
    return iom.curate(raw_dir)


def value(frame: pd.DataFrame, **equals) -> float:
    """The single value of the rows matching `equals` (fails if there is not exactly one)."""
    mask = pd.Series(True, index=frame.index)
    for col, wanted in equals.items():
        mask &= frame[col] == wanted
    return frame.loc[mask, "value"].item()


# --- pure functions and compute functions on inline frames ------------------------------------------------

@pytest.mark.parametrize(("text", "code"), [
    ("Drowning", "drowning"),
    ("Vehicle accident / death linked to hazardous transport", "vehicle_accident"),
    # Categories contain commas themselves; two categories joined by a comma give two codes.
    ("Drowning,Harsh environmental conditions / lack of adequate shelter, food, water", "drowning;harsh_conditions"),
    ("Mixed or unknown,Vehicle accident / death linked to hazardous transport,Violence",
     "mixed_or_unknown;vehicle_accident;violence"),
])
def test_cause_codes(text, code):
    assert iom._cause_code(text, Path("x.csv"), "1") == code


@pytest.mark.parametrize("text", ["", "Shipwreck", "Drowning,Shipwreck"])
def test_unknown_cause_fails(text):
    with pytest.raises(CurationError, match="x.csv: incident 7: cause of death"):
        iom._cause_code(text, Path("x.csv"), "7")


def test_unknown_country_of_incident_fails():
    with pytest.raises(CurationError, match="country of incident 'Atlantis'"):
        iom._country_code("Atlantis", Path("x.csv"), "7")


ROUTES = """
geo,year,type,route,value,source_id,status,note
TUR,2020,dead_and_missing,eastern_mediterranean,10,a1,preferred,
TUR,2020,dead_and_missing,turkiye_europe_land,5,a1,preferred,
TUR,2020,dead_and_missing,iran_to_turkiye,0,a1,preferred,
TUR,2020,dead_and_missing,syria_to_turkiye,2,a1,preferred,
TUR,2020,dead_and_missing,in_turkiye,9,a1,preferred,
TUR,2020,dead,eastern_mediterranean,8,a1,preferred,
TUR,2020,dead_and_missing,eastern_mediterranean,7,a2,alternative,subset
TUR,2020,dead_and_missing,turkiye_europe_land,4,a2,alternative,subset
TUR,2020,dead_and_missing,iran_to_turkiye,1,a2,alternative,subset
TUR,2020,dead_and_missing,syria_to_turkiye,1,a2,alternative,subset
TUR,2021,dead_and_missing,eastern_mediterranean,3,a1,preferred,
TUR,2021,dead_and_missing,turkiye_europe_land,3,a1,preferred,
TUR,2021,dead_and_missing,iran_to_turkiye,3,a1,preferred,
TUR,2025,dead_and_missing,eastern_mediterranean,1,a1,preferred,Partial year: January-April 2025.
TUR,2025,dead_and_missing,turkiye_europe_land,1,a1,preferred,Partial year: January-April 2025.
TUR,2025,dead_and_missing,iran_to_turkiye,1,a1,preferred,Partial year: January-April 2025.
TUR,2025,dead_and_missing,syria_to_turkiye,1,a1,preferred,Partial year: January-April 2025.
"""


def test_deaths_on_turkiye_routes_sums_each_source_separately():
    result = catalog.deaths_on_turkiye_routes(Data.from_frames(mmp_routes_tur=ROUTES))
    top = headline(result)
    # 2020: a1 10+5+0+2 = 17 (in_turkiye and `dead` rows excluded); 2021 lacks a route: no sum; 2025 partial.
    assert top[["year", "value", "source_id"]].values.tolist() == [[2020, 17.0, "a1"]]
    sums = result[result["route"] == ""]
    assert value(sums, year=2020, source_id="a2") == 13.0  # 7+4+1+1, kept as an alternative
    assert sums.loc[sums["source_id"] == "a2", "status"].item() == "alternative"
    by_route = result[result["route"] != ""]
    assert len(by_route) == 11  # 8 rows for 2020, 3 for 2021, none for 2025
    assert set(by_route["type"]) == {""}


def test_migrant_deaths_missing_leaves_out_partial_years():
    data = Data.from_frames(mmp_dead_missing="""
geo,year,type,value,note
TUR,2024,dead_and_missing,51,
TUR,2024,dead,46,
TUR,2025,dead_and_missing,26,Partial year: January-April 2025.
""")
    result = get("migrant_deaths_missing").compute(data)
    assert result[["geo", "year", "type", "value"]].values.tolist() == [["TUR", 2024, "", 51.0]]


def test_indicator_declarations_are_complete():
    assert {i.id for i in INDICATORS} >= {"migrant_deaths_missing", "disaster_displacements",
                                                   "conflict_displacements", "migrant_deaths_routes_turkiye",
                                                   "mmp_incidents_count", "iom_assisted_returns_global"}
    for indicator in INDICATORS:
        assert indicator.validate() == []
    # A sum of incident records by country: derived, and not presented as the official SDG 10.7.3 value
    # (IOM publishes 10.7.3 by region and route).
    assert get("migrant_deaths_missing").sdg is None and get("migrant_deaths_missing").derived
    assert "not the official SDG 10.7.3 value" in get("migrant_deaths_missing").description("en")
    assert get("mmp_incidents_count").derived
    assert get("migrant_deaths_missing").direction == "decrease"
    assert get("disaster_displacements").objectives == (2,)


# --- curated data, values quoted from the raw files ------------------------------------------------------

def test_mmp_dead_missing_turkiye(curated):
    mmp = curated.tables["mmp_dead_missing"]
    # README A1 sample and mmp_dead_missing_by_country_of_incident_year.csv line 717: Türkiye,TUR,2015,40,249,96,345
    assert value(mmp, geo="TUR", year=2015, type="incidents") == 40
    assert value(mmp, geo="TUR", year=2015, type="dead") == 249
    assert value(mmp, geo="TUR", year=2015, type="missing") == 96
    assert value(mmp, geo="TUR", year=2015, type="dead_and_missing") == 345
    assert value(mmp, geo="TUR", year=2023, type="dead_and_missing") == 65
    assert value(mmp, geo="TUR", year=2024, type="dead_and_missing") == 51
    assert mmp.loc[(mmp["geo"] == "TUR") & (mmp["type"] == "incidents"), "unit"].unique().tolist() == ["incidents"]
    assert mmp.loc[mmp["year"] == 2025, "note"].str.startswith(iom.PARTIAL_YEAR).all()
    assert value(mmp, geo="VIR", year=2016, type="missing") == 15  # line 747, blank iso3 in the raw file


def test_migrant_deaths_missing_headline_turkiye():
    top = headline(get("migrant_deaths_missing").compute(Data.from_curated()))
    tur = top[top["geo"] == "TUR"].set_index("year")["value"]
    assert (tur[2015], tur[2023], tur[2024]) == (345.0, 65.0, 51.0)
    assert 2025 not in tur.index


def test_mmp_routes_keep_both_counts_apart(curated):
    routes = curated.tables["mmp_routes_tur"]
    # mmp_turkiye_routes_summary_by_year.csv line 3: 2014,Migration Route = Eastern Mediterranean ...,10,54,50,104,...A1
    a1 = routes[routes["source_id"] == iom.MMP_A1]
    assert value(a1, geo="TUR", year=2014, type="dead_and_missing", route="eastern_mediterranean") == 104
    # line 2 (A1) vs line 86 (A2): Country of Incident = Türkiye 2014, 91 vs 88 dead and missing.
    in_tur = routes[(routes["route"] == "in_turkiye") & (routes["year"] == 2014) & (routes["type"] == "dead_and_missing")]
    assert sorted(zip(in_tur["status"], in_tur["value"])) == [("alternative", 88.0), ("preferred", 91.0)]
    assert value(a1, geo="WLD", year=2014, type="dead_and_missing", route="") == 5441  # line 8
    assert set(routes.loc[routes["source_id"] == iom.MMP_A2, "status"]) == {"alternative"}
    assert set(a1["status"]) == {"preferred"}


def test_no_incident_is_on_two_turkiye_routes(raw_dir):
    # The headline of migrant_deaths_routes_turkiye adds the four routes: valid only if no incident is on two.
    a1 = pd.read_csv(raw_dir / "iom_idmc_geo" / "mmp_incidents_global_2014_2025.csv", dtype=str, keep_default_na=False)
    on_routes = a1["Migration Route"].map(lambda r: sum(name in r for name in iom.TURKIYE_ROUTES))
    assert on_routes.max() == 1


def test_mmp_incidents_table(curated):
    incidents = curated.tables["mmp_incidents"]
    assert incidents["incident_id"].is_unique
    # mmp_incidents_global_2014_2025.csv: 2014.MMP00007, 2014-01-19, 12 dead, Drowning, Greece, Eastern Mediterranean
    first = incidents.set_index("incident_id").loc["2014.MMP00007"]
    assert (first["country"], first["route"], first["cause"], first["dead"], first["missing"]) == (
        "GRC", "eastern_mediterranean", "drowning", 12, 0)
    from_a1 = incidents["source_id"] == iom.MMP_A1
    assert (incidents.loc[from_a1, "date"] < iom.A2_FROM).all()
    assert (incidents.loc[~from_a1, "date"] >= iom.A2_FROM).all()
    assert (incidents["dead"] + incidents["missing"] == incidents["dead_and_missing"]).all()
    in_region = incidents["route"].isin(iom.TURKIYE_ROUTES.values()) | incidents["country"].isin(
        iom.REGION_COUNTRIES.values())
    assert in_region.all()
    causes = {c for text in incidents["cause"] for c in text.split(";")}
    assert causes <= set(iom.CAUSES.values())


def test_cumulative_incidents_are_left_out(curated, raw_dir):
    a1 = pd.read_csv(raw_dir / "iom_idmc_geo" / "mmp_incidents_global_2014_2025.csv", dtype=str, keep_default_na=False)
    cumulative = set(a1.loc[a1["Incident Type"] == "Cumulative Incident", "Incident ID"])
    assert cumulative and not cumulative & set(curated.tables["mmp_incidents"]["incident_id"])


def test_idmc_displacements(curated):
    idmc = curated.tables["idmc_displacements"]
    preferred = idmc[idmc["status"] != "alternative"]
    # idmc_new_displacements_country_year_2008_2023.csv line 3621: TUR,Disaster,2023,4053000
    assert value(preferred, geo="TUR", year=2023, type="disaster") == 4_053_000
    assert value(preferred, geo="TUR", year=2011, type="disaster") == 252_000
    assert value(preferred, geo="TUR", year=2016, type="conflict") == 204_000
    assert not ((idmc["type"].isin(["conflict", "disaster"])) & (idmc["value"] == 0)).any()
    # Line 355: BGD,Conflict,2019,29 (GRID 2024) vs idmc_gidd_country_year_2008_2022.csv line 170: 490 (GRID 2023).
    bgd = idmc[(idmc["geo"] == "BGD") & (idmc["year"] == 2019) & (idmc["type"] == "conflict")]
    assert sorted(zip(bgd["status"], bgd["value"], bgd["source_id"])) == [
        ("alternative", 490.0, iom.IDMC_2023), ("preferred", 29.0, iom.IDMC_2024)]
    # README C1: Türkiye conflict IDP stock 1,099,000 at end-2019.
    assert value(idmc, geo="TUR", year=2019, type="conflict_idps") == 1_099_000
    assert idmc.loc[idmc["type"] == "conflict_idps", "date"].str.endswith("-12-31").all()
    assert "AB9" not in set(idmc["geo"])


def test_iom_global_facts(curated):
    facts = curated.tables["iom_global_facts"]
    assert set(facts["geo"]) == {"WLD"}
    # iom_global_facts_quoted.csv lines 2-5, all from turkiye.iom.int/tr/goc-yonetimi.
    assert value(facts, type="returns_assisted_since_1979") == 1_700_000
    assert value(facts, type="trafficked_assisted_since_1990s") == 100_000
    assert value(facts, type="countries_covid_support_2020", year=2020) == 140
    assert value(facts, type="countries_development_fund") == 122
    assert set(facts.loc[facts["type"].str.startswith("countries_"), "source_id"]) == {iom.IOM_GOC_YONETIMI}


def test_iom_avrr(curated):
    avrr = curated.tables["iom_avrr"]
    # iom_avrr_returns_quoted.csv: 2014 Global 43786; 2023 Global "over 71,000".
    assert value(avrr, year=2014, type="total_assisted_returns") == 43_786
    assert value(avrr, year=2023, type="total_assisted_returns") == 71_000
    assert "Lower bound" in avrr.loc[(avrr["year"] == 2023) & (avrr["type"] == "total_assisted_returns"), "note"].item()
    assert value(avrr, year=2023, type="vhr") == 15_906
    assert sorted(avrr.loc[avrr["type"] == "total_assisted_returns", "year"]) == [2014, 2015, 2016, 2017, 2018,
                                                                               2020, 2021, 2022, 2023]


def test_every_row_cites_a_declared_source(curated):
    declared = set(sources_by_id())
    for name, frame in curated.tables.items():
        assert set(frame["source_id"]) <= declared, name
    idmc = {sid: s for sid, s in sources_by_id().items() if sid.startswith("idmc")}
    assert all("CC BY-NC 4.0" in s.licence and "CC BY-NC 4.0" in s.licence_derived for s in idmc.values())


def test_missing_column_names_the_file(tmp_path):
    folder = tmp_path / "iom_idmc_geo"
    folder.mkdir()
    (folder / "mmp_dead_missing_by_country_of_incident_year.csv").write_text(
        "country_of_incident,iso3,year,incidents,dead,dead_and_missing\nTürkiye,TUR,2015,40,249,345\n", encoding="utf-8")
    with pytest.raises(CurationError, match=r"mmp_dead_missing_by_country_of_incident_year\.csv: missing column\(s\) \['missing'\]"):
        iom.mmp_dead_missing(tmp_path)


def test_committed_tables_are_reproduced_byte_for_byte(curated, tmp_path):
    for name, frame in curated.tables.items():
        assert write_table(frame, name, tmp_path).read_bytes() == (CURATED_DIR / f"{name}.csv").read_bytes(), name


def test_curation_is_deterministic(raw_dir):
    first, second = iom.curate(raw_dir), iom.curate(raw_dir)
    for name in first.tables:
        pd.testing.assert_frame_equal(first.tables[name], second.tables[name])
    assert first.source_urls == second.source_urls


def test_assisted_returns_use_the_exact_components_where_iom_printed_a_lower_bound():
    # raw/iom_idmc_geo/iom_avrr_returns_quoted.csv: "more than 69,000" (2022) beside AVRR 54,001 and VHR 15,281;
    # "over 71,000" (2023) beside 56,045 and 15,906. 2021 has VHR only, so IOM's own total stays.
    result = catalog.assisted_returns(Data.from_curated())
    top = headline(result).set_index("year")["value"]
    assert top[2022] == 54_001 + 15_281 == 69_282
    assert top[2023] == 56_045 + 15_906 == 71_951
    assert top[2021] == 49_795
    alternatives = result[result["status"] == "alternative"].set_index("year")["value"]
    assert alternatives.to_dict() == {2022: 69_000.0, 2023: 71_000.0}
    derived = result[result["status"] == "preferred"]
    assert derived["note"].str.startswith("Derived (sum computed by this project)").all()
    assert get("iom_assisted_returns_global").derived
