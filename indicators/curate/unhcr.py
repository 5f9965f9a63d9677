"""UNHCR Refugee Population Statistics Database ({refugees} R package v2025.12.1), folder `raw/unhcr/`.

Produces end-year population stocks (by country of asylum, by origin, Türkiye by origin, Turkish
nationals abroad), asylum applications and decisions, solutions, and Türkiye's headline values as
published in each release since end-2022 (to show revisions). Countries are joined on the `*_iso`
columns only; UNHCR's own 3-letter codes and names are never used.
"""

from __future__ import annotations

from pathlib import Path

import pandas as pd

from ..codes import is_geo, is_origin
from ..schema import CASES_SUFFIX
from . import CurationError, Curated, observations, read_raw_csv

FOLDER = "unhcr"
SOURCE_ID = "unhcr_rpsd_2025_12_1"
FIRST_YEAR = 1990  # all-country tables start here to keep the committed CSVs small

POPULATION_TYPES = ["refugees", "asylum_seekers", "oip", "stateless", "ooc", "returned_refugees", "idps"]
ORIGIN_TYPES = ["refugees", "asylum_seekers", "oip"]
SOLUTION_TYPES = ["returned_refugees", "resettlement", "naturalisation"]
DECISION_TYPES = {
    "dec_recognized": "recognized",
    "dec_other": "other",
    "dec_rejected": "rejected",
    "dec_closed": "closed",
    "dec_total": "total",
}
# Application stages kept (README / {refugees} docs: N new, V various i.e. stage not distinguished).
# Repeat (R), appeal (A), judicial review (J) and mixed stages (NA, NR, FA, RA, SP) are left out so that
# appeals are never added to new applications.
APPLICATION_STAGES = {"N": "new", "V": "various"}

# UNHCR pseudo ISO codes that have a project pseudo-origin (indicators.codes.PSEUDO_ORIGINS).
PSEUDO_ORIGIN_CODES = {"UNK": "UNK", "XXA": "STA"}
# Codes dropped where they would be a `geo` (or an origin without a project code), with the reason.
DROPPED_CODES = {
    "UNK": "unknown country: not a geography (kept as origin UNK in Türkiye-by-origin tables)",
    "XXA": "stateless: not a geography (kept as origin STA in Türkiye-by-origin tables)",
    "TIB": "Tibetan: UNHCR origin group without an ISO 3166 code",
}


# Columns of the release-vintage file: (geo, origin, type). Ranks and top-host names are not figures in persons.
VINTAGE_COLUMNS = {
    "tur_refugees": ("TUR", "", "refugees"),
    "tur_asylum_seekers": ("TUR", "", "asylum_seekers"),
    "tur_stateless": ("TUR", "", "stateless"),
    "tur_ooc": ("TUR", "", "ooc"),
    "tur_oip": ("TUR", "", "oip"),
    "tur_returned_refugees_from": ("TUR", "", "returned_refugees"),
    "tur_syrian_refugees": ("TUR", "SYR", "refugees"),
    "world_syrian_refugees": ("WLD", "SYR", "refugees"),
    "world_refugees": ("WLD", "", "refugees"),
    "world_oip": ("WLD", "", "oip"),
}
PERIOD_END = {"end": "12-31", "mid": "06-30"}


def release_source_id(version: str) -> str:
    """Source id of a {refugees} package release, e.g. `unhcr_rpsd_2025_12_1` for 2025.12.1."""
    return "unhcr_rpsd_" + version.replace(".", "_")



def _iso_geo(frame: pd.DataFrame, column: str, path: Path) -> pd.DataFrame:
    """Rows whose ISO3 `column` is a project geo; drops codes listed in DROPPED_CODES, fails on others."""
    known = frame[column].map(is_geo)
    unknown = sorted(set(frame.loc[~known, column]) - set(DROPPED_CODES))
    if unknown:
        raise CurationError(f"{path}: column {column}: codes {unknown} are neither ISO3 nor in DROPPED_CODES")
    return frame[known]


def _iso_origin(frame: pd.DataFrame, column: str, path: Path) -> pd.DataFrame:
    """Rows with `column` mapped to a project origin code (UNK, XXA→STA); unmappable listed codes dropped."""
    mapped = frame[column].map(lambda code: PSEUDO_ORIGIN_CODES.get(code, code))
    known = mapped.map(is_origin)
    unknown = sorted(set(frame.loc[~known, column]) - set(DROPPED_CODES))
    if unknown:
        raise CurationError(f"{path}: column {column}: codes {unknown} are neither ISO3 nor in DROPPED_CODES")
    return frame.assign(**{column: mapped})[known]


def _melt(frame: pd.DataFrame, id_columns: list[str], types: dict[str, str] | list[str]) -> pd.DataFrame:
    """Long rows (id columns, type, value as float) from wide value columns; blank cells dropped, zeros kept."""
    mapping = types if isinstance(types, dict) else {t: t for t in types}
    long = frame.melt(id_vars=id_columns, value_vars=list(mapping), var_name="type", value_name="value")
    long = long[long["value"].str.strip() != ""]
    return long.assign(type=long["type"].map(mapping), value=long["value"].astype("float64"))


def _population(path: Path, geo_column: str, types: list[str], origin_column: str | None = None,
                first_year: int = FIRST_YEAR) -> pd.DataFrame:
    """End-year stocks in persons: geo from `geo_column`, origin from `origin_column` (if given)."""
    columns = ["year", geo_column, *types] + ([origin_column] if origin_column else [])
    frame = read_raw_csv(path, columns)
    frame = frame[frame["year"].astype(int) >= first_year]
    frame = _iso_geo(frame, geo_column, path)
    renamed = {geo_column: "geo"}
    if origin_column:
        frame = _iso_origin(frame, origin_column, path)
        renamed[origin_column] = "origin"
    frame = frame.rename(columns=renamed)
    ids = ["geo", "year"] + (["origin"] if origin_column else [])
    return _melt(frame, ids, types).assign(unit="persons", source_id=SOURCE_ID)


def _world_population(path: Path) -> pd.DataFrame:
    """World end-year stocks (geo WLD) in persons from the world totals file."""
    frame = read_raw_csv(path, ["year", *POPULATION_TYPES])
    frame = frame[frame["year"].astype(int) >= FIRST_YEAR].assign(geo="WLD")
    return _melt(frame, ["geo", "year"], POPULATION_TYPES).assign(unit="persons", source_id=SOURCE_ID)


def _flows(long: pd.DataFrame, ids: list[str], unit_column: str) -> pd.DataFrame:
    """Flow counts (long rows with type and value) summed over procedure types and levels per ids and type;
    case-counted rows (`unit_column` = C) get type suffix `_cases` and unit cases, never added to persons."""
    in_cases = long[unit_column] == "C"
    long = long.assign(
        type=long["type"].where(~in_cases, long["type"] + CASES_SUFFIX),
        unit=in_cases.map({True: "cases", False: "persons"}),
    )
    summed = long.groupby([*ids, "type", "unit"], as_index=False, sort=True)["value"].sum()
    return summed.assign(source_id=SOURCE_ID)


def _applications(path: Path, by_origin: bool) -> pd.DataFrame:
    """New (N) and various-stage (V) asylum applications per country of asylum and year (persons or cases);
    with `by_origin`, per origin too."""
    columns = ["year", "coa_iso", "procedure_type", "app_type", "dec_level", "app_pc", "applied"]
    frame = read_raw_csv(path, columns + (["coo_iso"] if by_origin else []))
    unit_codes = sorted(set(frame["app_pc"]) - {"P", "C"})
    if unit_codes:
        raise CurationError(f"{path}: column app_pc: unexpected codes {unit_codes} (expected P or C)")
    frame = frame[frame["app_type"].isin(APPLICATION_STAGES) & (frame["applied"].str.strip() != "")]
    frame = _iso_geo(frame, "coa_iso", path)
    ids = ["geo", "year"]
    if by_origin:
        frame = _iso_origin(frame, "coo_iso", path).rename(columns={"coo_iso": "origin"})
        ids.append("origin")
    long = frame.rename(columns={"coa_iso": "geo"}).assign(
        type=frame["app_type"].map(APPLICATION_STAGES), value=frame["applied"].astype("float64")
    )
    return _flows(long, ids, "app_pc")


def _decisions(path: Path, by_origin: bool) -> pd.DataFrame:
    """Asylum decisions (recognized, other, rejected, closed, total) per country of asylum and year, all
    levels summed (persons or cases); with `by_origin`, per origin too."""
    columns = ["year", "coa_iso", "procedure_type", "dec_level", "dec_pc", *DECISION_TYPES]
    frame = read_raw_csv(path, columns + (["coo_iso"] if by_origin else []))
    unit_codes = sorted(set(frame["dec_pc"]) - {"P", "C"})
    if unit_codes:
        raise CurationError(f"{path}: column dec_pc: unexpected codes {unit_codes} (expected P or C)")
    frame = _iso_geo(frame, "coa_iso", path).rename(columns={"coa_iso": "geo"})
    ids = ["geo", "year"]
    if by_origin:
        frame = _iso_origin(frame, "coo_iso", path).rename(columns={"coo_iso": "origin"})
        ids.append("origin")
    return _flows(_melt(frame, [*ids, "dec_pc"], DECISION_TYPES), ids, "dec_pc")


def _solutions(path: Path) -> pd.DataFrame:
    """Returns from, resettlement arrivals to and naturalisations in each country during the year (persons)."""
    frame = read_raw_csv(path, ["year", "coa_iso", *SOLUTION_TYPES])
    frame = frame[frame["year"].astype(int) >= FIRST_YEAR]
    frame = _iso_geo(frame, "coa_iso", path).rename(columns={"coa_iso": "geo"})
    return _melt(frame, ["geo", "year"], SOLUTION_TYPES).assign(unit="persons", source_id=SOURCE_ID)


def _vintages(path: Path) -> pd.DataFrame:
    """Türkiye (and world) headline stocks as published in each release: date = reference date of the period,
    source_id = the release, note = the release name; mid-year returns cover January–June."""
    frame = read_raw_csv(path, ["period", "data_year", "release", "package_version", *VINTAGE_COLUMNS])
    long = _melt(frame, ["period", "data_year", "release", "package_version"], list(VINTAGE_COLUMNS))
    codes = long["type"].map(VINTAGE_COLUMNS)
    half = long["period"].str.split("-").str[0]
    if not half.isin(PERIOD_END).all():
        raise CurationError(f"{path}: column period: expected end-YYYY or mid-YYYY, got {sorted(set(long['period']))}")
    return pd.DataFrame({
        "geo": codes.str[0],
        "origin": codes.str[1],
        "type": codes.str[2],
        "year": long["data_year"],
        "date": long["data_year"] + "-" + half.map(PERIOD_END),
        "value": long["value"],
        "unit": "persons",
        "source_id": long["package_version"].map(release_source_id),
        "note": long["release"],
    })


def curate(raw: Path) -> Curated:
    """Every UNHCR observation table of the project."""
    folder = raw / FOLDER
    by_asylum = pd.concat([
        _population(folder / "unhcr_population_totals_by_asylum.csv", "coa_iso", POPULATION_TYPES),
        _world_population(folder / "unhcr_population_world_totals.csv"),
    ])
    # Türkiye's own tables are short, so they keep every year from 1951.
    tur_by_origin = _population(folder / "unhcr_population_coa_TUR.csv", "coa_iso", ORIGIN_TYPES, "coo_iso", 0)
    tur_abroad = _population(folder / "unhcr_population_coo_TUR.csv", "coa_iso", ORIGIN_TYPES, "coo_iso", 0)
    applications = pd.concat([
        _applications(folder / "unhcr_asylum_applications_totals_by_asylum.csv", by_origin=False),
        _applications(folder / "unhcr_asylum_applications_coa_TUR.csv", by_origin=True),
        _applications(folder / "unhcr_asylum_applications_coo_TUR.csv", by_origin=True),
    ])
    decisions = pd.concat([
        _decisions(folder / "unhcr_asylum_decisions_totals_by_asylum.csv", by_origin=False),
        _decisions(folder / "unhcr_asylum_decisions_coa_TUR.csv", by_origin=True),
        _decisions(folder / "unhcr_asylum_decisions_coo_TUR.csv", by_origin=True),
    ])
    tables = {
        "unhcr_population_by_asylum": by_asylum,
        "unhcr_population_by_origin": _population(
            folder / "unhcr_population_totals_by_origin.csv", "coo_iso", ORIGIN_TYPES
        ),
        "unhcr_population_tur_by_origin": tur_by_origin,
        "unhcr_population_tur_abroad": tur_abroad,
        "unhcr_asylum_applications": applications,
        "unhcr_asylum_decisions": decisions,
        "unhcr_solutions": _solutions(folder / "unhcr_solutions_totals_by_asylum.csv"),
        "unhcr_release_vintages_tur": _vintages(folder / "unhcr_population_release_vintages_TUR.csv"),
    }
    return Curated(tables={name: observations(frame, name) for name, frame in tables.items()})
