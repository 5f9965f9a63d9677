"""Source origins as reviewed data: `data/metadata/sources/<curation module>.yml`.

Each record is an origin in the words of owid/etl (`producer`, `title`, `url_main`, `url_download`,
`version_producer`, `date_accessed`, `attribution_short`, `license {name, url}`) plus the licence of our
curated copy (`license_derived`), the raw files read for it (path under ../shared/data/raw, size, sha256)
and the project's own fields (`citation`, `kind`, `tier`, `quoted_publisher`, `notes`). Loading validates
every record against `Origin`; an error names the file, the record id and the field.
"""

from __future__ import annotations

import hashlib
from pathlib import Path
from typing import Literal

import yaml
from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator, model_validator

from .paths import METADATA_DIR
from .sources import SOURCE_KINDS, TIERS, Source, tier_of

ORIGINS_DIR = METADATA_DIR / "sources"


class MetadataError(ValueError):
    """A problem in a metadata file: the file, the record id (None if unknown), the field and what was expected."""

    def __init__(self, path: Path, record: str | None, field: str | None, message: str):
        self.path, self.record, self.field, self.message = path, record, field, message
        where = str(path) + (f", record {record!r}" if record else "") + (f", field {field!r}" if field else "")
        super().__init__(f"{where}: {message}")


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True, strict=True)


class License(_Strict):
    """A licence: its name as the publisher states it and, where there is one, the address of its text."""

    name: str = Field(min_length=1)
    url: str = ""


class RawFile(_Strict):
    """One raw file read for a source: path relative to ../shared/data/raw, size in bytes, sha256 (hex)."""

    path: str = Field(min_length=1)
    size: int = Field(ge=0)
    sha256: str = Field(pattern=r"^[0-9a-f]{64}$")


class FiguresDated(_Strict):
    """The dates of the figures a page quotes (first and last), the vintage of a quoting page."""

    first: str = Field(min_length=1)
    last: str = Field(min_length=1)


class Origin(_Strict):
    """One reviewed source origin (see the module docstring for the fields)."""

    id: str = Field(pattern=r"^[a-z0-9_]+$")
    producer: str = Field(min_length=1)
    attribution_short: str = Field(min_length=1)
    title: str = Field(min_length=1)
    url_main: str = Field(pattern=r"^https?://[^\s/]+")
    url_download: str = Field(default="", pattern=r"^(https?://[^\s/]+.*)?$")
    version_producer: str = ""
    version_title: str = ""
    figures_dated: FiguresDated | None = None
    date_accessed: str = Field(min_length=1)
    license: License
    license_derived: License | None = None
    citation: str = Field(min_length=1)
    kind: Literal[tuple(sorted(SOURCE_KINDS))]  # type: ignore[valid-type]
    tier: Literal[TIERS]  # type: ignore[valid-type]
    quoted_publisher: str = ""
    notes: str = ""
    raw_files: tuple[RawFile, ...] = Field(default=(), strict=False)  # a YAML list

    @field_validator("version_producer")
    @classmethod
    def _short(cls, value: str) -> str:
        if len(value) > 40:
            raise ValueError("a short vintage string (at most 40 characters); the long text goes in version_title")
        return value

    @model_validator(mode="after")
    def _one_vintage(self) -> Origin:
        if bool(self.version_producer) == bool(self.figures_dated):
            raise ValueError("give either version_producer or figures_dated (the vintage), not both or neither")
        return self

    def to_source(self) -> Source:
        """The record as the registry (`data/sources.yaml`, the store, the pages) holds it."""
        derived, dated = self.license_derived, self.figures_dated
        return Source(
            id=self.id, publisher=self.producer, title=self.title, url=self.url_main,
            version_producer=self.version_producer, date_accessed=self.date_accessed, licence=self.license.name,
            citation=self.citation, kind=self.kind, quoted_publisher=self.quoted_publisher,
            licence_derived=derived.name if derived else "", notes=self.notes, tier=self.tier, attribution_short=self.attribution_short,
            url_download=self.url_download, version_title=self.version_title,
            figures_from=dated.first if dated else "", figures_to=dated.last if dated else "",
            licence_url=self.license.url, licence_derived_url=derived.url if derived else "",
        )


def read_origins(path: Path) -> list[Origin]:
    """The origins of one metadata file, validated. MetadataError naming the file, the record id and the
    field for YAML syntax, a shape other than a list of records, a bad or missing field, or a duplicate id."""
    try:
        data = yaml.load(path.read_text(encoding="utf-8"), Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))
    except (OSError, UnicodeDecodeError) as exc:
        raise MetadataError(path, None, None, f"cannot be read as UTF-8: {exc}") from None
    except yaml.YAMLError as exc:
        raise MetadataError(path, None, None, f"YAML syntax: {exc}") from None
    if not isinstance(data, list) or not data:
        raise MetadataError(path, None, None, "expected a list of source records")
    out, seen = [], set()
    for index, item in enumerate(data, start=1):
        if not isinstance(item, dict):
            raise MetadataError(path, f"#{index}", None, "expected a record (field: value lines)")
        record = str(item.get("id") or f"#{index}")
        try:
            origin = Origin.model_validate(item)
        except ValidationError as exc:
            error = exc.errors()[0]
            field = ".".join(str(p) for p in error["loc"])
            message = error["msg"].removeprefix("Value error, ")
            if error["type"] == "string_type":  # YAML read an unquoted date or number
                message = f"expected text, got {error['input']!r}; quote it ('...')"
            raise MetadataError(path, record, field or None, message) from None
        if origin.id in seen:
            raise MetadataError(path, origin.id, "id", "duplicate source id")
        try:
            expected = tier_of(origin.to_source())
        except ValueError as exc:
            raise MetadataError(path, origin.id, "tier", str(exc)) from None
        if origin.tier != expected:
            raise MetadataError(path, origin.id, "tier", f"{origin.tier!r}, but its kind, URL or id says {expected!r} "
                                                         "(indicators.sources.tier_of)")
        seen.add(origin.id)
        out.append(origin)
    return out


def load_origins(folder: Path = ORIGINS_DIR) -> dict[str, tuple[Path, Origin]]:
    """Every origin of the `*.yml` files in `folder` by id, with the file it comes from. MetadataError for
    a bad file (`read_origins`) or an id declared in two files."""
    out: dict[str, tuple[Path, Origin]] = {}
    files = sorted(folder.glob("*.yml"))
    if not files:
        raise MetadataError(folder, None, None, "no *.yml source files")
    for path in files:
        for origin in read_origins(path):
            if origin.id in out:
                raise MetadataError(path, origin.id, "id", f"duplicate source id (also in {out[origin.id][0].name})")
            out[origin.id] = (path, origin)
    return out


def verify_raw_files(origins: dict[str, tuple[Path, Origin]], raw: Path) -> None:
    """MetadataError naming the metadata file, the record and the field when a raw file is missing or its
    size or sha256 differs from the record (the raw folder changed: review the record, then update it)."""
    digests: dict[Path, tuple[int, str]] = {}
    for source_id, (path, origin) in origins.items():
        for i, raw_file in enumerate(origin.raw_files):
            file = raw / raw_file.path
            if file not in digests:
                if not file.is_file():
                    raise MetadataError(path, source_id, f"raw_files.{i}.path", f"{raw_file.path}: file not found in {raw}")
                digests[file] = (file.stat().st_size, hashlib.sha256(file.read_bytes()).hexdigest())
            size, sha256 = digests[file]
            if size != raw_file.size:
                raise MetadataError(path, source_id, f"raw_files.{i}.size",
                                    f"{raw_file.path} has {size} bytes, the record says {raw_file.size}")
            if sha256 != raw_file.sha256:
                raise MetadataError(path, source_id, f"raw_files.{i}.sha256",
                                    f"{raw_file.path} has sha256 {sha256}, the record says {raw_file.sha256}")
