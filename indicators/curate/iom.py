"""IOM Missing Migrants Project (dead and missing migrants, SDG 10.7.3), IDMC internal displacement and
figures quoted from IOM pages (global facts, assisted voluntary returns).

Reads `raw/iom_idmc_geo/` (see its README.md, sections A-C). Incident-level MMP files name countries and
routes in words; they are mapped to ISO3 and route codes with the explicit tables below, and an unknown
name fails the curation instead of being guessed.
"""

from __future__ import annotations

import re
from pathlib import Path

import pandas as pd

from .. import codes
from ..schema import PARTIAL_YEAR, TURKIYE_ROUTE_CODES
from . import Curated, CurationError, observations, read_raw_csv

FOLDER = "iom_idmc_geo"

MMP_A1 = "iom_mmp_global_2025_04"
MMP_A2 = "iom_mmp_europe_routes_2026_05"
IDMC_2024 = "idmc_gidd_2024"
IDMC_2023 = "idmc_gidd_2023_export"
IOM_GOC_YONETIMI = "iom_turkiye_goc_yonetimi"
IOM_DEV_FUND_FAQ = "iom_development_fund_faqs"
IOM_DDG_TIP_2022 = "iom_ddg_message_tip_day_2022"



# --- IOM Missing Migrants ---------------------------------------------------------------------------------

MMP_TYPES = {"incidents": "incidents", "dead": "persons", "missing": "persons", "dead_and_missing": "persons"}
# Routes through Türkiye (the dashboard's own routes); IOM's route names, as in both incident files.
TURKIYE_ROUTES = dict(zip(("Eastern Mediterranean", "Türkiye-Europe land route", "Iran to Türkiye", "Syria to Türkiye"),
                          TURKIYE_ROUTE_CODES, strict=True))
# Other IOM routes that incidents in the countries around Türkiye are assigned to.
OTHER_ROUTES = {
    "": "",
    "Afghanistan to Iran": "afghanistan_to_iran",
    "Western Balkans": "western_balkans",
    "Central Mediterranean": "central_mediterranean",
}
# Scopes of mmp_turkiye_routes_summary_by_year.csv -> (geo, route).
ROUTE_SCOPES = {
    "Country of Incident = Türkiye": ("TUR", "in_turkiye"),
    "Migration Route = Eastern Mediterranean (any country)": ("TUR", "eastern_mediterranean"),
    "Migration Route = Türkiye-Europe land route (any country)": ("TUR", "turkiye_europe_land"),
    "Migration Route = Iran to Türkiye (any country)": ("TUR", "iran_to_turkiye"),
    "Migration Route = Syria to Türkiye (any country)": ("TUR", "syria_to_turkiye"),
    "Region of Incident = Mediterranean": ("WLD", "mediterranean"),
    "World (all incidents)": ("WLD", ""),
}
ROUTE_SUMMARY_FILES = {
    "mmp_incidents_global_2014_2025.csv": (MMP_A1, "preferred", PARTIAL_YEAR + " January-April 2025."),
    "mmp_incidents_europe_routes_2014_2026.csv": (MMP_A2, "alternative", PARTIAL_YEAR + " to 3 May 2026."),
}
A2_NOTE = "Europe-routes subset (no cumulative incidents); never add to the preferred count."
# Countries of incident around Türkiye whose incidents enter the map table whatever their route.
REGION_COUNTRIES = {
    "Türkiye": "TUR", "Greece": "GRC", "Bulgaria": "BGR", "Cyprus": "CYP",
    "Syrian Arab Republic": "SYR", "Iran (Islamic Republic of)": "IRN", "Iraq": "IRQ",
}
# Other countries of incident met on the four routes (IOM spelling -> ISO3); "NA" is IOM's blank.
ROUTE_COUNTRIES = {
    "Lebanon": "LBN", "Libya": "LBY", "Egypt": "EGY", "NA": "", "": "",
    # A2 keeps IOM's free-text qualifiers in this column for Libya-Crete departures of April 2025.
    "Libya - presumed departure on 12-14 April": "LBY",
    "Libya - departed from the Western shores of Tobruk on 16-17 April": "LBY",
}
# IOM cause-of-death categories -> short codes; an incident may list several (comma-joined).
CAUSES = {
    "Drowning": "drowning",
    "Vehicle accident / death linked to hazardous transport": "vehicle_accident",
    "Violence": "violence",
    "Harsh environmental conditions / lack of adequate shelter, food, water": "harsh_conditions",
    "Sickness / lack of access to adequate healthcare": "sickness",
    "Accidental death": "accidental",
    "Mixed or unknown": "mixed_or_unknown",
}
# A1 ends on 2025-04-29; A2 (a subset of the same IOM data) continues it from this date.
A2_FROM = "2025-05-01"
A1_INCIDENT_COLUMNS = {
    "Incident ID": "incident_id", "Incident Type": "incident_type", "Incident Date": "date", "Incident Year": "year",
    "Number of Dead": "dead", "Minimum Estimated Number of Missing": "missing",
    "Total Number of Dead and Missing": "dead_and_missing", "Cause of Death": "cause",
    "Country of Incident": "country", "Migration Route": "route", "Location of Incident": "location",
    "Latitude": "lat", "Longitude": "lon",
}
A2_INCIDENT_COLUMNS = {
    "Incident ID": "incident_id", "Incident Type": "incident_type", "incident_date_clean": "date",
    "Incident year": "year", "No. dead": "dead", "No. missing": "missing", "No. dead/missing": "dead_and_missing",
    "Cause of death (category)": "cause", "Country of Incident": "country", "Route": "route",
    "Location of death": "location", "Latitude": "lat", "Longitude": "lon",
}


def mmp_dead_missing(raw: Path) -> pd.DataFrame:
    """`mmp_dead_missing`: dead, missing, dead+missing (persons) and incidents (incidents) by ISO3 country of
    incident and year, 2014-2025 (2025 January-April only)."""
    path = raw / FOLDER / "mmp_dead_missing_by_country_of_incident_year.csv"
    frame = read_raw_csv(path, ["country_of_incident", "iso3", "year", *MMP_TYPES])
    # The raw curator's pycountry lookup left this one territory blank.
    iso3 = frame["iso3"].mask(frame["country_of_incident"] == "United States Virgin Islands", "VIR")
    unknown = sorted(set(iso3) - codes.iso3_codes())
    if unknown:
        raise CurationError(f"{path}: iso3 {unknown} not ISO3 codes")
    frame = frame.assign(geo=iso3)
    long = frame.melt(id_vars=["geo", "year"], value_vars=list(MMP_TYPES), var_name="type", value_name="value")
    long = long[long["value"] != ""]
    long = long.assign(
        unit=long["type"].map(MMP_TYPES),
        source_id=MMP_A1,
        note=long["year"].map(lambda y: PARTIAL_YEAR + " January-April 2025." if y == "2025" else ""),
    )
    return observations(long, "mmp_dead_missing")


def mmp_routes_tur(raw: Path) -> pd.DataFrame:
    """`mmp_routes_tur`: dead, missing, dead+missing (persons) and incidents on the routes through Türkiye
    (geo TUR, route code), in Türkiye (route in_turkiye), in the Mediterranean and the world (geo WLD).
    Rows from the full IOM download are `preferred`, those from the Europe-routes subset `alternative`."""
    path = raw / FOLDER / "mmp_turkiye_routes_summary_by_year.csv"
    frame = read_raw_csv(path, ["year", "scope", *MMP_TYPES, "partial_year", "source_file"])
    rows = []
    for i, rec in enumerate(frame.to_dict("records"), start=2):
        if rec["scope"] not in ROUTE_SCOPES or rec["source_file"] not in ROUTE_SUMMARY_FILES:
            raise CurationError(f"{path}: line {i}: unknown scope {rec['scope']!r} or source_file {rec['source_file']!r}")
        geo, route = ROUTE_SCOPES[rec["scope"]]
        source_id, status, partial_note = ROUTE_SUMMARY_FILES[rec["source_file"]]
        notes = [partial_note if rec["partial_year"] == "True" else "", A2_NOTE if status == "alternative" else ""]
        for type_, unit in MMP_TYPES.items():
            if rec[type_] != "":
                rows.append({"geo": geo, "year": rec["year"], "type": type_, "route": route, "value": rec[type_],
                             "unit": unit, "source_id": source_id, "status": status,
                             "note": " ".join(n for n in notes if n)})
    return observations(rows, "mmp_routes_tur")


def _country_code(name: str, path: Path, incident_id: str) -> str:
    """ISO3 (or empty) of an IOM country-of-incident name, from the explicit tables."""
    if name in REGION_COUNTRIES:
        return REGION_COUNTRIES[name]
    if name in ROUTE_COUNTRIES:
        return ROUTE_COUNTRIES[name]
    raise CurationError(f"{path}: incident {incident_id}: country of incident {name!r} not in the module's tables")


def _cause_code(text: str, path: Path, incident_id: str) -> str:
    """`;`-joined cause codes of IOM's (comma-joined) cause categories."""
    found = []
    rest = text
    # Categories contain commas themselves, so match whole known names instead of splitting on commas.
    for name in sorted(CAUSES, key=len, reverse=True):
        if name in rest:
            found.append(CAUSES[name])
            rest = rest.replace(name, "")
    if rest.strip(", ") or not found:
        raise CurationError(f"{path}: incident {incident_id}: cause of death {text!r} not in the module's table")
    return ";".join(sorted(found))


def _count(value: str) -> int:
    """An incident count; IOM leaves a count blank ("NA" in A2) where none was reported: its totals add it as 0."""
    return 0 if value in ("", "NA") else int(value)


def _incidents_from(frame: pd.DataFrame, columns: dict[str, str], path: Path, source_id: str) -> pd.DataFrame:
    """Incident rows in the `mmp_incidents` schema from one raw incident file (already filtered)."""
    rows = []
    for rec in frame.rename(columns=columns).to_dict("records"):
        iid = rec["incident_id"]
        route_name = rec["route"]
        if route_name not in TURKIYE_ROUTES and route_name not in OTHER_ROUTES:
            raise CurationError(f"{path}: incident {iid}: route {route_name!r} not in the module's tables")
        dead, missing = _count(rec["dead"]), _count(rec["missing"])
        # Check rather than trust the blank-as-0 reading: IOM's own total must equal the sum.
        if dead + missing != _count(rec["dead_and_missing"]):
            raise CurationError(f"{path}: incident {iid}: dead {rec['dead']!r} + missing {rec['missing']!r} "
                                f"!= total {rec['dead_and_missing']!r}")
        rows.append({
            "incident_id": iid, "date": rec["date"], "year": int(rec["year"]),
            "country": _country_code(rec["country"], path, iid),
            "route": TURKIYE_ROUTES.get(route_name) or OTHER_ROUTES[route_name],
            "cause": _cause_code(rec["cause"], path, iid), "dead": dead, "missing": missing,
            "dead_and_missing": dead + missing, "lat": float(rec["lat"]), "lon": float(rec["lon"]),
            "location": rec["location"].strip(), "source_id": source_id,
        })
    return pd.DataFrame(rows)


def _in_region(frame: pd.DataFrame, route_col: str, country_col: str) -> pd.Series:
    return frame[route_col].isin(TURKIYE_ROUTES) | frame[country_col].isin(REGION_COUNTRIES)


def mmp_incidents(raw: Path) -> pd.DataFrame:
    """`mmp_incidents`: dated incidents with coordinates on the four routes through Türkiye or in TUR, GRC,
    BGR, CYP, SYR, IRN, IRQ; the full IOM download up to 2025-04-30, the Europe-routes subset from 2025-05-01.
    Cumulative incidents (several deaths reported together) are left out."""
    a1_path = raw / FOLDER / "mmp_incidents_global_2014_2025.csv"
    a2_path = raw / FOLDER / "mmp_incidents_europe_routes_2014_2026.csv"
    a1 = read_raw_csv(a1_path, list(A1_INCIDENT_COLUMNS))
    a2 = read_raw_csv(a2_path, list(A2_INCIDENT_COLUMNS))
    # Undated A1 rows cannot be placed on either side of the A1/A2 boundary, so they are left out.
    a1 = a1[_in_region(a1, "Migration Route", "Country of Incident") & (a1["Incident Type"] != "Cumulative Incident")
            & (a1["Incident Date"] != "") & (a1["Incident Date"] < A2_FROM)]
    a2 = a2[_in_region(a2, "Route", "Country of Incident") & (a2["Incident Type"] != "Cumulative Incident")
            & (a2["incident_date_clean"] >= A2_FROM)]
    out = pd.concat([_incidents_from(a1, A1_INCIDENT_COLUMNS, a1_path, MMP_A1),
                     _incidents_from(a2, A2_INCIDENT_COLUMNS, a2_path, MMP_A2)], ignore_index=True)
    if out["incident_id"].duplicated().any():
        raise CurationError(f"{a1_path}, {a2_path}: incident ids in both files: "
                            f"{sorted(out.loc[out['incident_id'].duplicated(), 'incident_id'])[:5]}")
    return out.sort_values("incident_id").reset_index(drop=True)


# --- IDMC -------------------------------------------------------------------------------------------------

IDMC_CAUSES = {"Conflict": "conflict", "Disaster": "disaster"}
# IDMC's code for the Abyei Area, which has no ISO 3166-1 code.
IDMC_NON_ISO = {"AB9"}
C1_FLOW_COLUMNS = {"conflict": "Conflict Internal Displacements", "disaster": "Disaster Internal Displacements"}
C1_STOCK_COLUMNS = {"conflict_idps": "Conflict Stock Displacement", "disaster_idps": "Disaster Stock Displacement"}


def _check_iso3(values: pd.Series, path: Path) -> None:
    unknown = sorted(set(values) - codes.iso3_codes() - IDMC_NON_ISO)
    if unknown:
        raise CurationError(f"{path}: codes {unknown} are neither ISO3 nor IDMC's known non-ISO codes")


def idmc_displacements(raw: Path) -> pd.DataFrame:
    """`idmc_displacements`: new internal displacements (types conflict, disaster; persons, movements in the
    year) by ISO3 country 2008-2023 from the GRID 2024 release, earlier values that it revised as
    `alternative`, and end-year IDP stocks (types conflict_idps, disaster_idps; persons) 2008-2022."""
    c2_path = raw / FOLDER / "idmc_new_displacements_country_year_2008_2023.csv"
    c1_path = raw / FOLDER / "idmc_gidd_country_year_2008_2022.csv"
    c2 = read_raw_csv(c2_path, ["iso3", "cause", "year", "new_displacements"])
    c1 = read_raw_csv(c1_path, ["ISO3", "Year", *C1_FLOW_COLUMNS.values(), *C1_STOCK_COLUMNS.values()])
    _check_iso3(c2["iso3"], c2_path)
    _check_iso3(c1["ISO3"], c1_path)
    bad = sorted(set(c2["cause"]) - set(IDMC_CAUSES))
    if bad:
        raise CurationError(f"{c2_path}: cause {bad}; expected {sorted(IDMC_CAUSES)}")
    # 0 in this copy means "not reported" (see the IDMC_2024 source notes).
    flows = c2[(c2["new_displacements"] != "0") & ~c2["iso3"].isin(IDMC_NON_ISO)]
    flows = pd.DataFrame({"geo": flows["iso3"], "year": flows["year"], "type": flows["cause"].map(IDMC_CAUSES),
                          "value": flows["new_displacements"], "source_id": IDMC_2024})
    c1 = c1[~c1["ISO3"].isin(IDMC_NON_ISO)]
    earlier = pd.concat([pd.DataFrame({"geo": c1["ISO3"], "year": c1["Year"], "type": t, "value": c1[col]})
                         for t, col in C1_FLOW_COLUMNS.items()])
    earlier = earlier[earlier["value"] != ""].merge(flows[["geo", "year", "type", "value"]], how="left",
                                                    on=["geo", "year", "type"], suffixes=("", "_2024"))
    revised = earlier[earlier["value"] != earlier["value_2024"]]
    revised_keys = set(zip(revised["geo"], revised["year"], revised["type"]))
    flows = flows.assign(status=[("preferred" if k in revised_keys else "")
                                 for k in zip(flows["geo"], flows["year"], flows["type"])])
    flows = flows.assign(note=flows["status"].map(lambda s: "GRID 2024 value; GRID 2023 gave another." if s else ""))
    alternatives = revised[["geo", "year", "type", "value"]].assign(
        source_id=IDMC_2023, status="alternative",
        note="GRID 2023 release value, revised (or dropped) in the GRID 2024 release.")
    stocks = pd.concat([pd.DataFrame({"geo": c1["ISO3"], "year": c1["Year"], "type": t, "value": c1[col]})
                        for t, col in C1_STOCK_COLUMNS.items()])
    stocks = stocks[stocks["value"] != ""]
    stocks = stocks.assign(date=stocks["year"] + "-12-31", source_id=IDMC_2023)
    return observations(pd.concat([flows, alternatives, stocks], ignore_index=True).assign(unit="persons"),
                        "idmc_displacements")


# --- Quoted IOM figures -----------------------------------------------------------------------------------

# fact text of iom_global_facts_quoted.csv -> (type code, reference year, unit, source id). The year of a
# cumulative "to date" figure is the year the undated page was stored (README: c. 2024).
GLOBAL_FACTS = {
    "Migrants helped to voluntarily return home since 1979": ("returns_assisted_since_1979", 2024, "persons", IOM_GOC_YONETIMI),
    "Trafficked persons assisted since the mid-1990s": ("trafficked_assisted_since_1990s", 2024, "persons", IOM_GOC_YONETIMI),
    "Countries IOM supported in the prevention of and response to COVID-19 in 2020":
        ("countries_covid_support_2020", 2020, "cases", IOM_GOC_YONETIMI),
    "Countries supported by the IOM Development Fund": ("countries_development_fund", 2024, "cases", IOM_GOC_YONETIMI),
    "IOM Development Fund allocations since 2001": ("development_fund_allocations_since_2001", 2022, "usd", IOM_DEV_FUND_FAQ),
    "Victims of trafficking in the Counter-Trafficking Data Collaborative (CTDC), identified by IOM and partners 2002-2021":
        ("ctdc_victims_2002_2021", 2021, "persons", IOM_DDG_TIP_2022),
}
# Rows that are not figures about migration (membership, start years of activities).
GLOBAL_FACTS_SKIPPED = {"IOM member states", "IOM operating in Türkiye since", "AVRR a core IOM activity in Türkiye since"}
# The schema has no `countries` unit yet; `cases` is used meanwhile and the note says so.
COUNTRIES_UNIT_NOTE = "Unit: countries."


def iom_global_facts(raw: Path) -> pd.DataFrame:
    """`iom_global_facts`: figures IOM prints about its global work (geo WLD), one type per fact."""
    path = raw / FOLDER / "iom_global_facts_quoted.csv"
    frame = read_raw_csv(path, ["fact", "value", "unit", "reference_period", "url", "date_of_source", "note"])
    rows = []
    for rec in frame.to_dict("records"):
        if rec["fact"] in GLOBAL_FACTS_SKIPPED:
            continue
        if rec["fact"] not in GLOBAL_FACTS:
            raise CurationError(f"{path}: fact {rec['fact']!r} not in the module's table")
        type_, year, unit, source_id = GLOBAL_FACTS[rec["fact"]]
        period = f"Reference period: {rec['reference_period']}; page date: {rec['date_of_source']}."
        note = " ".join(p for p in (period, COUNTRIES_UNIT_NOTE if rec["unit"] == "countries" else "", rec["note"]) if p)
        rows.append({"geo": "WLD", "year": year, "type": type_, "value": rec["value"], "unit": unit,
                     "source_id": source_id, "note": note})
    return observations(rows, "iom_global_facts")


def fact_urls(raw: Path) -> dict[str, str]:
    """The page each fact source is quoted from in iom_global_facts_quoted.csv (source id -> URL);
    CurationError if one source is quoted from two pages."""
    path = raw / FOLDER / "iom_global_facts_quoted.csv"
    frame = read_raw_csv(path, ["fact", "url"])
    out: dict[str, str] = {}
    for rec in frame[frame["fact"].isin(GLOBAL_FACTS)].to_dict("records"):
        source_id = GLOBAL_FACTS[rec["fact"]][3]
        if out.setdefault(source_id, rec["url"]) != rec["url"]:
            raise CurationError(f"{path}: fact {rec['fact']!r} quoted from {rec['url']}, not {out[source_id]}")
    return out


# indicator text of iom_avrr_returns_quoted.csv (scope Global) -> type code. IOM's headline total changed
# definition in 2020 (voluntary humanitarian returns from Libya and Yemen included), noted on each row.
AVRR_TYPES = {
    "Migrants assisted to return voluntarily (AVRR)": "total_assisted_returns",
    "Migrants assisted to return voluntarily (AVR incl. VHR)": "total_assisted_returns",
    "Migrants assisted to return voluntarily (AVRR + VHR)": "total_assisted_returns",
    "Migrants assisted under AVRR programmes": "avrr_programmes",
    "Migrants assisted under Voluntary Humanitarian Return (VHR)": "vhr",
    "Migrants in vulnerable situations assisted to return": "vulnerable_assisted_returns",
}
# Global rows that are not annual counts of persons (activities, services, a half-year).
AVRR_SKIPPED = {
    "Reintegration activities supported (individual, community, structural)",
    "Reintegration-related services provided",
}
# url of a quoted page -> source id: IOM's own pages, or news pages quoting IOM.
AVRR_PAGES = {
    "https://www.iom.int/news/over-50000-migrants-opted-assisted-voluntary-return-first-half-2016-iom":
        "iom_news_avrr_2016_h1",
    "https://norway.iom.int/news/72000-voluntary-returns-globally-last-year": "iom_norway_avrr_2017",
    "https://en.trend.az/world/other/3093169.html": "trend_az_iom_avrr_2018",
    "https://www.tbsnews.net/bangladesh/migration/1473-bangladeshis-returned-ioms-support-last-year-272989":
        "tbsnews_iom_avrr_2020",
    "https://theafricancourier.de/50000-migrants-assisted-to-voluntarily-return-home-iom":
        "african_courier_iom_avrr_2021",
    "https://unofficeny.iom.int/news/over-69000-migrants-assisted-voluntarily-return-home-those-vulnerable-situations-increase-iom-report":
        "iom_unofficeny_avrr_2022",
    "https://migrantprotection.iom.int/en/spotlight/articles/publication/iom-releases-2023-return-and-reintegration-key-highlights":
        "iom_migrantprotection_avrr_2023",
}
_LOWER_BOUND = re.compile(r"^lower bound")


def _avrr_frame(raw: Path) -> pd.DataFrame:
    """The Global rows of iom_avrr_returns_quoted.csv that are annual counts of persons."""
    path = raw / FOLDER / "iom_avrr_returns_quoted.csv"
    frame = read_raw_csv(path, ["year", "scope", "indicator", "value", "unit", "value_qualifier", "publisher",
                                "title", "url", "date_of_source", "note"])
    frame = frame[(frame["scope"] == "Global") & ~frame["indicator"].isin(AVRR_SKIPPED)]
    unknown = sorted(set(frame["indicator"]) - set(AVRR_TYPES)) + sorted(set(frame["url"]) - set(AVRR_PAGES))
    if unknown:
        raise CurationError(f"{path}: Global rows with indicator or url not in the module's tables: {unknown}")
    return frame


def iom_avrr(raw: Path) -> pd.DataFrame:
    """`iom_avrr`: migrants IOM assisted to return voluntarily worldwide (geo WLD, persons) by year, as quoted:
    IOM's headline total, AVRR programmes, voluntary humanitarian return (VHR), vulnerable migrants."""
    frame = _avrr_frame(raw)
    notes = []
    for rec in frame.to_dict("records"):
        parts = [rec["indicator"] + "."]
        if _LOWER_BOUND.match(rec["value_qualifier"]):
            parts.append(f"Lower bound as published: {rec['value_qualifier'][len('lower bound '):]}.")
        if AVRR_TYPES[rec["indicator"]] == "total_assisted_returns" and int(rec["year"]) >= 2020:
            parts.append("From 2020 IOM's total includes voluntary humanitarian return (VHR).")
        parts.append(rec["note"])
        notes.append(" ".join(p for p in parts if p))
    rows = pd.DataFrame({
        "geo": "WLD", "year": frame["year"], "type": frame["indicator"].map(AVRR_TYPES), "value": frame["value"],
        "unit": "persons", "source_id": frame["url"].map(AVRR_PAGES), "note": notes,
    })
    return observations(rows, "iom_avrr")


def curate(raw: Path) -> Curated:
    """MMP, IDMC and quoted-IOM observation tables, the mmp_incidents map table and the pages quoted."""
    return Curated(
        tables={
            "mmp_dead_missing": mmp_dead_missing(raw),
            "mmp_routes_tur": mmp_routes_tur(raw),
            "mmp_incidents": mmp_incidents(raw),
            "idmc_displacements": idmc_displacements(raw),
            "iom_global_facts": iom_global_facts(raw),
            "iom_avrr": iom_avrr(raw),
        },
        source_urls={**fact_urls(raw), **{source_id: url for url, source_id in AVRR_PAGES.items()}},
    )
