"""SQLModel table classes of the store. Their columns mirror `indicators.schema` (a test checks this)."""

from __future__ import annotations

from sqlmodel import Field, SQLModel


class Observation(SQLModel, table=True):
    """One curated observation (tidy long schema)."""

    __tablename__ = "observation"
    id: int | None = Field(default=None, primary_key=True)
    dataset: str = Field(index=True)
    geo: str = Field(index=True)
    year: int
    date: str = ""
    sex: str = ""
    age: str = ""
    origin: str = ""
    destination: str = ""
    type: str = ""
    route: str = ""
    value: float
    unit: str
    source_id: str
    status: str = ""
    note: str = ""


class SourceRecord(SQLModel, table=True):
    __tablename__ = "source"
    id: str = Field(primary_key=True)
    publisher: str
    title: str
    url: str
    version_producer: str
    date_accessed: str
    licence: str
    citation: str
    kind: str
    quoted_publisher: str = ""
    licence_derived: str = ""
    notes: str = ""
    tier: str = ""
    attribution_short: str = ""
    url_download: str = ""
    version_title: str = ""
    figures_from: str = ""
    figures_to: str = ""
    licence_url: str = ""
    licence_derived_url: str = ""


class Province(SQLModel, table=True):
    __tablename__ = "ref_provinces"
    geo: str = Field(primary_key=True)
    plate: int
    name_tr: str
    name_ascii: str
    nuts1: str = ""
    nuts2: str = ""
    nuts3: str = ""
    lat: float
    lon: float
    source_id: str


class Country(SQLModel, table=True):
    __tablename__ = "ref_countries"
    geo: str = Field(primary_key=True)
    m49: int | None = None
    name_en: str
    name_tr: str
    region: str = ""
    lat: float | None = None
    lon: float | None = None
    source_id: str


class Objective(SQLModel, table=True):
    __tablename__ = "ref_objectives"
    objective: int = Field(primary_key=True)
    title_en: str
    short_en: str
    title_tr: str
    short_tr: str
    title_tr_status: str
    source_id: str


class Champion(SQLModel, table=True):
    __tablename__ = "ref_champions"
    geo: str = Field(primary_key=True)
    name_en: str
    joined: str = ""
    evidence_date: str
    evidence: str
    source_id: str


class SdgGcm(SQLModel, table=True):
    __tablename__ = "ref_sdg_gcm"
    sdg_indicator: str = Field(primary_key=True)
    title_en: str
    objectives: str = ""
    direction_or_target: str = ""
    custodian: str = ""
    caveat: str = ""
    mapping_status: str
    source_id: str


class Incident(SQLModel, table=True):
    __tablename__ = "mmp_incidents"
    id: int | None = Field(default=None, primary_key=True)
    incident_id: str = Field(index=True)
    date: str = ""
    year: int
    country: str = ""
    route: str = ""
    cause: str = ""
    dead: int
    missing: int
    dead_and_missing: int
    lat: float
    lon: float
    location: str = ""
    source_id: str


class SourceConflict(SQLModel, table=True):
    __tablename__ = "ref_source_conflicts"
    id: int | None = Field(default=None, primary_key=True)
    topic: str
    reference: str
    value_a: float | None = None
    source_a: str
    value_b: float | None = None
    source_b: str
    handling: str


class BuildInfo(SQLModel, table=True):
    """Facts about the last successful build: content hash of the curated data, build time, row counts."""

    __tablename__ = "build_info"
    key: str = Field(primary_key=True)
    value: str


REFERENCE_MODELS: dict[str, type[SQLModel]] = {
    "ref_provinces": Province,
    "ref_countries": Country,
    "ref_objectives": Objective,
    "ref_champions": Champion,
    "ref_sdg_gcm": SdgGcm,
    "mmp_incidents": Incident,
    "ref_source_conflicts": SourceConflict,
}
