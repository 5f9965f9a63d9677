"""What the indicators and the national-international comparisons say, as reviewed YAML files.

`data/metadata/indicators/<group>.meta.yml` holds the metadata of the indicators of one publisher group (the
compute functions are in `indicators/catalog/<group>.py`, joined by id) and `data/metadata/comparisons.yml`
the comparison notes. Field names follow owid/etl's `*.meta.yml` (`title`, `description_short`,
`description_from_producer`, `description_processing`, `processing_level`, `unit`, `short_unit`,
`display.numDecimalPlaces`) plus sdg-build's `reporting_status`; `definitions.common` is merged into every
indicator of a file (the indicator's own value wins), and texts used by several indicators are YAML anchors.

The files are English. Their translatable fields are extracted into the gettext catalog by `extract_metadata`
(a Babel extractor named in `babel.cfg`); `description_from_producer` is the producer's own words and stays
English. Loading validates every record and names the file, the record and the field of each problem.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any, Literal

import yaml
from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator, model_validator

from .messages import Message
from .paths import PROJECT_ROOT
from .progress import CONTINUOUS, SCALES
from .schema import DISAGGREGATION_COLUMNS, UNITS

# Project files, not curated data: they stay here when GCM_DATA_DIR points at a scratch data folder.
METADATA_DIR = PROJECT_ROOT / "data" / "metadata"
INDICATOR_METADATA_DIR = METADATA_DIR / "indicators"
COMPARISONS_FILE = METADATA_DIR / "comparisons.yml"
INDICATOR_SUFFIX = ".meta.yml"

# sdg-build's reporting status, read for Türkiye: its values are in the headline series (complete), only in
# breakdowns or alternative values (inprogress), or nowhere in the data (notstarted).
REPORTING_STATUSES = ("complete", "inprogress", "notstarted")
# The fields a translator sees (in the catalog); description_from_producer is left in the producer's English.
INDICATOR_TEXT_FIELDS = ("title", "description_short", "description_processing", "target_note")
COMPARISON_TEXT_FIELDS = ("title", "difference")


class MetadataError(ValueError):
    """Metadata that does not follow the schema: one line per problem, `file: record: field: what is wrong`."""


def _choices(values) -> Any:
    return Literal[tuple(sorted(values))]  # type: ignore[valid-type]


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True, str_strip_whitespace=True)


class Display(_Strict):
    """owid's display settings: how many decimals a value is shown with."""

    numDecimalPlaces: int = Field(ge=0, le=6)


class IndicatorMetadata(_Strict):
    """The metadata of one indicator (everything except its compute function)."""

    title: str = Field(min_length=1)
    description_short: str = Field(min_length=1)
    description_from_producer: str = ""
    description_processing: str = ""
    processing_level: Literal["minor", "major"]
    unit: _choices(UNITS)
    short_unit: str = ""
    display: Display
    reporting_status: Literal[REPORTING_STATUSES]  # type: ignore[valid-type]
    objectives: tuple[int, ...] = Field(min_length=1)
    sdg: str | None = None
    direction: Literal["increase", "decrease", "none"]
    target: float | None = None
    target_source: str = ""  # an official source id, or "project" for a threshold this project chose
    target_note: str = ""
    limit: float | None = None
    scale: _choices(SCALES) = CONTINUOUS
    comparable: bool = False
    derived: bool = False
    geography: Literal["country", "province"] = "country"
    concept: str = ""  # indicators measuring the same concept (national vs international) share it
    disaggregations: tuple[_choices(DISAGGREGATION_COLUMNS), ...] = ()
    source_ids: tuple[str, ...] = Field(min_length=1)
    datasets: tuple[str, ...] = Field(min_length=1)

    @field_validator("objectives")
    @classmethod
    def _gcm_objectives(cls, objectives: tuple[int, ...]) -> tuple[int, ...]:
        outside = [o for o in objectives if not 1 <= o <= 23]
        if outside:
            raise ValueError(f"{outside} not within the GCM objectives 1..23")
        return objectives

    @model_validator(mode="after")
    def _consistent(self) -> IndicatorMetadata:
        if self.target is not None and not self.target_source:
            raise ValueError("target_source: a target needs target_source (an official source id or 'project')")
        if self.derived and not self.description_processing:
            raise ValueError("description_processing: a derived indicator needs a processing note")
        if (self.processing_level == "major") != self.derived:
            raise ValueError(f"processing_level: {self.processing_level!r} but derived is {self.derived} "
                             "(major exactly when the project computes the values)")
        return self


class _Definitions(_Strict):
    common: dict[str, Any] = {}
    texts: dict[str, str] = {}  # anchors of texts shared by several indicators


class _IndicatorFile(_Strict):
    definitions: _Definitions = _Definitions()
    indicators: dict[str, Any] = Field(min_length=1)


class ComparedSeriesMetadata(_Strict):
    """One line of a comparison: an indicator's headline series, named by its publisher."""

    indicator_id: str = Field(min_length=1)
    publisher: str = Field(min_length=1)
    national: bool = False
    minus_id: str = ""
    related: bool = False


class ComparisonMetadata(_Strict):
    """A concept measured by several sources; the first series is the reference of the differences."""

    concept: str = Field(min_length=1)
    title: str = Field(min_length=1)
    series: tuple[ComparedSeriesMetadata, ...] = Field(min_length=2)
    difference: str = Field(min_length=1)
    conflict_topics: tuple[str, ...] = ()


class _ComparisonsFile(_Strict):
    definitions: dict[str, Any] = {}  # anchors of series used by several comparisons
    comparisons: tuple[Any, ...] = Field(min_length=1)


def display_name(path: Path | str) -> str:
    """`path` relative to the project when it is inside it (as error messages name files)."""
    path = Path(path)
    try:
        return path.resolve().relative_to(PROJECT_ROOT).as_posix()
    except ValueError:
        return path.as_posix()


def _describe(error: dict[str, Any]) -> tuple[str, str]:
    """(field, message) of one pydantic error, in the words of this project's error messages."""
    field = ".".join(str(part) for part in error["loc"])
    kind = error["type"]
    if kind == "literal_error":
        return field, f"{error['input']!r} is not one of {error['ctx']['expected']}"
    if kind == "missing":
        return field, "missing"
    if kind == "extra_forbidden":
        return field, "unknown field"
    if kind == "value_error":
        message = str(error["ctx"]["error"])
        named, sep, rest = message.partition(": ")
        if not field and sep and " " not in named:  # a model check naming its field
            return named, rest
        return field, message
    return field, error["msg"]


def _problems(error: ValidationError, where: str) -> list[str]:
    items = error.errors()
    locations = [tuple(item["loc"]) for item in items]
    lines = []
    for item in items:
        loc = tuple(item["loc"])
        if any(other[:len(loc)] == loc and other != loc for other in locations):
            continue  # a consequence of the error inside it ("too short" after dropping an invalid item)
        field, message = _describe(item)
        lines.append(f"{where}: {field}: {message}" if field else f"{where}: {message}")
    return lines


def _read_yaml(text: str, name: str) -> Any:
    try:
        return yaml.safe_load(text)
    except yaml.YAMLError as exc:
        raise MetadataError(f"{name}: not valid YAML: {exc}") from None


def parse_indicators(text: str, name: str) -> dict[str, IndicatorMetadata]:
    """The indicators of one `*.meta.yml` text by id, `definitions.common` merged into each (a `display`
    mapping merged key by key). `name` is the file as error messages name it. MetadataError lists every
    problem: `name: indicator id: field: what is wrong`."""
    try:
        document = _IndicatorFile.model_validate(_read_yaml(text, name))
    except ValidationError as exc:
        raise MetadataError("\n".join(_problems(exc, name))) from None
    common = document.definitions.common
    found: dict[str, IndicatorMetadata] = {}
    problems: list[str] = []
    for indicator_id, fields in document.indicators.items():
        if not isinstance(fields, dict):
            problems.append(f"{name}: {indicator_id}: expected a mapping of fields, not {fields!r}")
            continue
        merged = {**common, **fields}
        if isinstance(common.get("display"), dict) and isinstance(fields.get("display"), dict):
            merged["display"] = {**common["display"], **fields["display"]}
        try:
            found[indicator_id] = IndicatorMetadata.model_validate(merged)
        except ValidationError as exc:
            problems += _problems(exc, f"{name}: {indicator_id}")
    if problems:
        raise MetadataError("\n".join(problems))
    return found


def load_indicators(path: Path) -> dict[str, IndicatorMetadata]:
    """The validated indicator metadata of one `*.meta.yml` file, by id (see `parse_indicators`)."""
    return parse_indicators(path.read_text(encoding="utf-8"), display_name(path))


def indicator_file(group: str) -> Path:
    """The metadata file of a publisher group (the name of its module in `indicators/catalog/`)."""
    return INDICATOR_METADATA_DIR / f"{group}{INDICATOR_SUFFIX}"


def parse_comparisons(text: str, name: str) -> list[ComparisonMetadata]:
    """The comparisons of a `comparisons.yml` text, in file order; MetadataError naming
    `name: concept: field: what is wrong` (the position in the list where the concept is missing)."""
    try:
        document = _ComparisonsFile.model_validate(_read_yaml(text, name))
    except ValidationError as exc:
        raise MetadataError("\n".join(_problems(exc, name))) from None
    found, problems = [], []
    for position, fields in enumerate(document.comparisons):
        if not isinstance(fields, dict):
            problems.append(f"{name}: comparison {position + 1}: expected a mapping of fields, not {fields!r}")
            continue
        try:
            found.append(ComparisonMetadata.model_validate(fields))
        except ValidationError as exc:
            problems += _problems(exc, f"{name}: {fields.get('concept') or f'comparison {position + 1}'}")
    concepts = [c.concept for c in found]
    problems += [f"{name}: {c}: concept declared twice" for c in sorted({c for c in concepts if concepts.count(c) > 1})]
    if problems:
        raise MetadataError("\n".join(problems))
    return found


def load_comparisons(path: Path = COMPARISONS_FILE) -> list[ComparisonMetadata]:
    """The validated comparisons of `data/metadata/comparisons.yml` (see `parse_comparisons`)."""
    return parse_comparisons(path.read_text(encoding="utf-8"), display_name(path))


def indicator_messages(meta: IndicatorMetadata) -> dict[str, Message]:
    """The translatable texts of an indicator by field (empty fields left out)."""
    return {field: Message(getattr(meta, field)) for field in INDICATOR_TEXT_FIELDS if getattr(meta, field)}


def comparison_messages(meta: ComparisonMetadata) -> list[Message]:
    """The translatable texts of a comparison: title, difference and every series' publisher name."""
    return [Message(meta.title), Message(meta.difference), *(Message(s.publisher) for s in meta.series)]


def _line_numbers(text: str) -> dict[str, int]:
    """First line (1-based) of each key of the second level (`indicators: <id>:`), for the catalog's
    `#:` comments; a comparison's line is that of its `concept`."""
    lines: dict[str, int] = {}
    for number, line in enumerate(text.splitlines(), start=1):
        stripped = line.strip()
        if line.startswith("  ") and not line.startswith("   ") and stripped.endswith(":"):
            lines.setdefault(stripped[:-1], number)
        if stripped.startswith("- concept:"):
            lines.setdefault(stripped.partition(":")[2].strip(), number)
    return lines


def extract_metadata(fileobj, keywords, comment_tags, options) -> Iterator[tuple[int, str, Any, list[str]]]:
    """Babel extractor (`babel.cfg`: `[extractors] metadata = indicators.indicator_metadata:extract_metadata`):
    the translatable fields of an indicator metadata file or of the comparisons file, as
    (line, keyword, message, comments) with `N_` (no context) or `NP_` (context, message)."""
    text = fileobj.read().decode(options.get("encoding", "utf-8"))
    name = display_name(getattr(fileobj, "name", "metadata.yml"))
    lines = _line_numbers(text)
    if "comparisons" in (yaml.safe_load(text) or {}):
        for comparison in parse_comparisons(text, name):
            for message in comparison_messages(comparison):
                yield _extracted(lines.get(comparison.concept, 0), message, f"comparison {comparison.concept}")
        return
    for indicator_id, meta in parse_indicators(text, name).items():
        for field, message in indicator_messages(meta).items():
            yield _extracted(lines.get(indicator_id, 0), message, f"{indicator_id}: {field}")


def _extracted(line: int, message: Message, comment: str) -> tuple[int, str, Any, list[str]]:
    if message.context is not None:
        return line, "NP_", (message.context, message.msgid), [comment]
    return line, "N_", message.msgid, [comment]
