"""One registry of fields and tables (PUDL-style): every curated CSV is validated against it.

Observation tables (`data/curated/<dataset>.csv`) share the tidy long schema `OBSERVATION`.
Reference tables (provinces, countries, objectives, champions, incidents...) have their own schema
declared in `REFERENCE_TABLES`.
"""

from __future__ import annotations

from dataclasses import dataclass, field

# Conventions of curated rows that indicators rely on (the curation writes them, `indicators.catalog` reads them):
PARTIAL_YEAR = "Partial year:"  # a note starting with this: the row covers part of a year (left out of trends)
CASES_SUFFIX = "_cases"  # a type ending in this is counted in cases, never added to persons
# IOM Missing Migrants routes through Türkiye, as `route` codes.
TURKIYE_ROUTE_CODES = ("eastern_mediterranean", "turkiye_europe_land", "iran_to_turkiye", "syria_to_turkiye")


@dataclass(frozen=True)
class Field:
    """A column: its name, type (`str`, `int`, `float`, `date`, `bool`), whether a value is required,
    which code list its values must belong to (if any) and a description."""

    name: str
    dtype: str
    description: str
    required: bool = False
    codes: str | None = None  # "geo", "iso3", "plate", "source", "sex", "status", "unit", "count" (≥ 0)


FIELDS: dict[str, Field] = {
    f.name: f
    for f in [
        Field("dataset", "str", "Curated dataset id (the file stem).", required=True),
        Field("geo", "str", "ISO3 country code, aggregate code (WLD...) or province code TR-01..TR-81.", True, "geo"),
        Field("year", "int", "Reference year (year of `date` for dated stocks; first year of an academic year).", True),
        Field("date", "date", "Reference date YYYY-MM-DD for dated stocks; empty for annual values."),
        Field("sex", "str", "Empty for both sexes, else `female` or `male`.", codes="sex"),
        Field("age", "str", "Age group code (e.g. `0-4`, `18-59`, `children`); empty for all ages."),
        Field("origin", "str", "Country of origin / citizenship (ISO3, or UNK unknown, STA stateless, OTH other).", codes="geo"),
        Field("destination", "str", "Country of destination (ISO3); for corridors.", codes="geo"),
        Field("type", "str", "Dataset-specific category code (population type, permit type, cause...)."),
        Field("route", "str", "Migration route (IOM Missing Migrants route code)."),
        Field("value", "float", "The figure, in `unit`.", True),
        Field("unit", "str", "Unit code (persons, percent, usd, score, ...).", True, "unit"),
        Field("source_id", "str", "Id of the source record in data/sources.yaml.", True, "source"),
        Field("status", "str", "Empty, `preferred` or `alternative` where sources disagree.", codes="status"),
        Field("note", "str", "Caveat, reason for a preference or the published qualifier."),
    ]
}

OBSERVATION_COLUMNS: list[str] = list(FIELDS)
OBSERVATION_KEY: list[str] = [
    "dataset", "geo", "year", "date", "sex", "age", "origin", "destination", "type", "route", "source_id",
]
DISAGGREGATION_COLUMNS: list[str] = ["sex", "age", "origin", "destination", "type", "route"]

UNITS: dict[str, str] = {
    "persons": "persons",
    "percent": "%",
    "usd": "current US$",
    "score": "score",
    "incidents": "incidents",
    "permits": "permits",
    "cases": "cases",
    "camps": "camps",
    "per_1000": "per 1,000 inhabitants",
    "per_100000": "per 100,000 inhabitants",
    "km2": "km²",
    "countries": "countries",
    "neighbourhoods": "neighbourhoods and villages",
}

SEX_CODES = {"", "female", "male"}
STATUS_CODES = {"", "preferred", "alternative"}


@dataclass(frozen=True)
class Table:
    """A reference table: file name, its columns (in order) and the columns forming a unique key."""

    name: str
    columns: list[Field]
    key: list[str]
    description: str = ""
    extra_checks: tuple[str, ...] = field(default_factory=tuple)

    @property
    def column_names(self) -> list[str]:
        return [c.name for c in self.columns]


def _f(name: str, dtype: str, description: str, required: bool = False, codes: str | None = None) -> Field:
    return Field(name, dtype, description, required, codes)


REFERENCE_TABLES: dict[str, Table] = {
    t.name: t
    for t in [
        Table(
            "ref_provinces",
            [
                _f("geo", "str", "Province code TR-01..TR-81 (plate code).", True, "plate"),
                _f("plate", "int", "Plate code 1..81.", True),
                _f("name_tr", "str", "Official Turkish name.", True),
                _f("name_ascii", "str", "ASCII name.", True),
                _f("nuts1", "str", "NUTS-1 (İBBS Düzey 1) code."),
                _f("nuts2", "str", "NUTS-2 code."),
                _f("nuts3", "str", "NUTS-3 code."),
                _f("lat", "float", "Centroid latitude (WGS84).", True),
                _f("lon", "float", "Centroid longitude (WGS84).", True),
                _f("source_id", "str", "Source record id.", True, "source"),
            ],
            ["geo"],
            "The 81 provinces of Türkiye.",
        ),
        Table(
            "ref_countries",
            [
                _f("geo", "str", "ISO3 code.", True, "iso3"),
                _f("m49", "int", "UN M49 numeric code."),
                _f("name_en", "str", "English short name.", True),
                _f("name_tr", "str", "Turkish name.", True),
                _f("region", "str", "UN SDG region or UNHCR region name."),
                _f("lat", "float", "Centroid latitude."),
                _f("lon", "float", "Centroid longitude."),
                _f("source_id", "str", "Source record id.", True, "source"),
            ],
            ["geo"],
            "Countries and territories with ISO3 codes and centroids.",
        ),
        Table(
            "ref_objectives",
            [
                _f("objective", "int", "GCM objective number 1..23.", True),
                _f("title_en", "str", "Official English title (A/RES/73/195 para 16).", True),
                _f("short_en", "str", "UN Network on Migration short label.", True),
                _f("title_tr", "str", "Turkish title (unofficial translation).", True),
                _f("short_tr", "str", "Turkish short label (unofficial translation).", True),
                _f("title_tr_status", "str", "`unofficial_translation` or `official`.", True),
                _f("source_id", "str", "Source record id.", True, "source"),
            ],
            ["objective"],
            "The 23 GCM objectives.",
        ),
        Table(
            "ref_champions",
            [
                _f("geo", "str", "ISO3 code.", True, "iso3"),
                _f("name_en", "str", "Country name as in the evidence.", True),
                _f("joined", "str", "When the country became a Champion, if found."),
                _f("evidence_date", "str", "Date of the latest evidence.", True),
                _f("evidence", "str", "Where the listing was found.", True),
                _f("source_id", "str", "Source record id.", True, "source"),
            ],
            ["geo"],
            "GCM Champion Countries documented in the reference material.",
        ),
        Table(
            "ref_sdg_gcm",
            [
                _f("sdg_indicator", "str", "SDG indicator code, e.g. 10.7.2.", True),
                _f("title_en", "str", "SDG indicator title.", True),
                _f("objectives", "str", "GCM objective numbers, `;`-separated (project proposal).", False),
                _f("direction_or_target", "str", "Desired direction or target per Open SDG/StatCan.", False),
                _f("custodian", "str", "Custodian agency."),
                _f("caveat", "str", "Caveat."),
                _f("mapping_status", "str", "Status of the mapping (project proposal).", True),
                _f("source_id", "str", "Source record id.", True, "source"),
            ],
            ["sdg_indicator"],
            "SDG indicators relevant to migration with a proposed mapping to GCM objectives.",
        ),
        Table(
            "mmp_incidents",
            [
                _f("incident_id", "str", "IOM Main ID (or Incident ID) of the incident.", True),
                _f("date", "date", "Incident date YYYY-MM-DD.", False),
                _f("year", "int", "Incident year.", True),
                _f("country", "str", "Country of incident (ISO3), empty at sea.", False, "iso3"),
                _f("route", "str", "Migration route code.", False),
                _f("cause", "str", "Cause of death category code.", False),
                _f("dead", "int", "Number of dead.", True, "count"),
                # IOM records a few negative "missing" values: corrections when missing people are later
                # found dead. Kept as published; dead and dead_and_missing are never negative.
                _f("missing", "int", "Minimum estimated number of missing (IOM corrections may be negative).", True),
                _f("dead_and_missing", "int", "Dead plus missing.", True, "count"),
                _f("lat", "float", "Latitude (WGS84).", True),
                _f("lon", "float", "Longitude (WGS84).", True),
                _f("location", "str", "Location as described by IOM."),
                _f("source_id", "str", "Source record id.", True, "source"),
            ],
            ["incident_id", "source_id"],
            "IOM Missing Migrants incidents on the routes through and around Türkiye.",
        ),
        Table(
            "ref_source_conflicts",
            [
                _f("topic", "str", "What is measured.", True),
                _f("reference", "str", "Date or year concerned.", True),
                _f("value_a", "float", "First value."),
                _f("source_a", "str", "Source id of the first value.", True, "source"),
                _f("value_b", "float", "Second value."),
                _f("source_b", "str", "Source id of the second value.", True, "source"),
                _f("handling", "str", "How the project handles the disagreement.", True),
            ],
            ["topic", "reference", "source_a", "source_b"],
            "Recorded disagreements between national sources.",
        ),
    ]
}
