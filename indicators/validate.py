"""Validation of the curated data before it is built into the store (`python -m indicators check`).

Rules come from the field and table registry (`indicators.schema`): required files, columns and types, known
codes (ISO3, provinces, units, sources), years in range, values finite and plausible for their unit, calendar
dates, no control characters, unique keys, exactly the 23 objectives and the 81 provinces. Every problem names
the file, the row (line number in the CSV, header = line 1; line number in sources.yaml), the column and what
was expected.

`read_curated` is the one parser of a curated file: `check` and `build` (and `Data.from_curated`) all call
it, so nothing passes `check` and then fails to load.
"""

from __future__ import annotations

import datetime as dt
import math
import re
from collections.abc import Collection
from dataclasses import dataclass
from pathlib import Path

import pandas as pd

from . import codes
from .paths import CURATED_DIR, SOURCES_FILE
from .schema import FIELDS, OBSERVATION_COLUMNS, OBSERVATION_KEY, REFERENCE_TABLES, SEX_CODES, STATUS_CODES, UNITS
from .schema import Field
from .sources import SourcesError, read_sources

YEAR_MIN, YEAR_MAX = 1950, 2030
# Above the world population of any year up to YEAR_MAX (UN WPP 2024: 8.5 billion projected for 2030).
WORLD_POPULATION_MAX = 9_000_000_000
# Units that count things: integers, never negative (net migration is declared in SIGNED_DATASETS).
COUNT_UNITS = {"persons", "incidents", "permits", "cases", "camps", "countries"}
SIGNED_DATASETS = {"wpp_net_migration", "wdi_net_migration"}
# Plausible range [low, high] of an observation value per unit (signed datasets: [-high, high]).
UNIT_BOUNDS: dict[str, tuple[float, float]] = {
    "persons": (0, WORLD_POPULATION_MAX),
    "incidents": (0, WORLD_POPULATION_MAX),
    "permits": (0, WORLD_POPULATION_MAX),
    "cases": (0, WORLD_POPULATION_MAX),
    "camps": (0, 1_000_000),
    "countries": (0, 300),
    "percent": (0, 1000),
    "usd": (0, 1e15),  # world GDP is about 1e14
    "score": (0, 100),
    "per_1000": (-1000, 1000),
    "per_100000": (0, 100_000),
    "km2": (0, 2e7),  # the largest country is 1.7e7 km²
}
# Plausible range of numeric reference-table columns.
COLUMN_BOUNDS: dict[str, tuple[float, float]] = {
    "lat": (-90, 90),
    "lon": (-180, 180),
    "plate": (1, 81),
    "objective": (1, 23),
    "m49": (0, 999),
    "dead": (0, WORLD_POPULATION_MAX),
    "missing": (-WORLD_POPULATION_MAX, WORLD_POPULATION_MAX),
    "dead_and_missing": (0, WORLD_POPULATION_MAX),
    "value_a": (-1e15, 1e15),
    "value_b": (-1e15, 1e15),
}
OBJECTIVES = set(range(1, 24))
# Observation datasets read by pages and modules outside the indicator registry (a test keeps this in sync).
DATASETS_READ_DIRECTLY = {
    "iom_global_facts", "rpw_corridor_cost", "sdg_world_aggregates", "undesa_bilateral_tur",
    "unhcr_population_tur_abroad", "unhcr_population_tur_by_origin", "unhcr_release_vintages_tur",
}

_INT = re.compile(r"[+-]?[0-9]+\Z")
_FLOAT = re.compile(r"[+-]?(?:[0-9]+(?:\.[0-9]*)?|\.[0-9]+)(?:[eE][+-]?[0-9]+)?\Z")
_DATE = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}\Z")
_CONTROL = re.compile(r"[\x00-\x1f\x7f-\x9f]")


@dataclass(frozen=True)
class Issue:
    """One validation problem."""

    file: str
    row: int | None
    column: str | None
    message: str

    def __str__(self) -> str:
        yaml = self.file.endswith((".yaml", ".yml"))  # sources.yaml: line and field, CSV: row and column
        where = self.file
        if self.row is not None:
            where += f", {'line' if yaml else 'row'} {self.row}"
        if self.column:
            where += f", {'field' if yaml else 'column'} {self.column!r}"
        return f"{where}: {self.message}"


class ValidationError(ValueError):
    """Raised by `check_or_raise` (and by `read_curated` users) with every issue found."""

    def __init__(self, issues: list[Issue]):
        self.issues = issues
        shown = "\n".join(f"  {i}" for i in issues[:50])
        more = f"\n  ... and {len(issues) - 50} more" if len(issues) > 50 else ""
        super().__init__(f"{len(issues)} validation problem(s):\n{shown}{more}")


def required_files() -> set[str]:
    """Stems of the curated files the project needs: every reference table, every dataset an indicator
    declares and the datasets pages read directly."""
    from .registry import all_indicators

    declared = {d for ind in all_indicators() for d in ind.datasets}
    return set(REFERENCE_TABLES) | declared | DATASETS_READ_DIRECTLY


def _line(index: int) -> int:
    return index + 2  # header is line 1, first data row line 2


def parse_value(f: Field, text: str) -> object:
    """The typed value of a non-empty CSV cell of field `f` (int, float, the date text, bool or text).
    Raises ValueError with an 'expected ...' message. Digits are ASCII only, no `_` separators."""
    if f.dtype == "int":
        if not _INT.match(text):
            raise ValueError(f"{text!r} is not a valid int")
        return int(text)
    if f.dtype == "float":
        if not _FLOAT.match(text) or not math.isfinite(number := float(text)):
            raise ValueError(f"{text!r} is not a valid float (a finite decimal number)")
        return number
    if f.dtype == "date":
        try:
            if not _DATE.match(text):
                raise ValueError
            dt.date.fromisoformat(text)
        except ValueError:
            raise ValueError(f"{text!r} is not a valid date (YYYY-MM-DD)") from None
        return text
    if f.dtype == "bool":
        if text not in ("true", "false"):
            raise ValueError(f"{text!r} is not a valid bool (true or false)")
        return text == "true"
    if match := _CONTROL.search(text):
        raise ValueError(f"control character U+{ord(match.group()):04X} in text")
    return text


def _check_code(f: Field, value: object, source_ids: set[str] | None) -> str | None:
    """Return an 'expected ...' message if `value` is not in the field's code list."""
    if f.codes == "geo" and f.name == "geo" and not codes.is_geo(value):
        return f"unknown geo code {value!r}; expected ISO3, WLD or TR-01..TR-81"
    if f.codes == "geo" and f.name != "geo" and not codes.is_origin(value):
        return f"unknown country code {value!r}; expected ISO3, WLD or UNK/STA/OTH"
    if f.codes == "iso3" and not codes.is_country(value):
        return f"unknown ISO3 code {value!r}"
    if f.codes == "plate" and value not in codes.PROVINCE_CODES:
        return f"unknown province code {value!r}; expected TR-01..TR-81"
    if f.codes == "source" and source_ids is not None and value not in source_ids:
        return f"source id {value!r} is not in sources.yaml"
    if f.codes == "unit" and value not in UNITS:
        return f"unit {value!r} not in {sorted(UNITS)}"
    if f.codes == "sex" and value not in SEX_CODES:
        return f"sex {value!r}; expected '', 'female' or 'male'"
    if f.codes == "count" and value < 0:
        return f"negative count {value}; expected ≥ 0"
    if f.codes == "status" and value not in STATUS_CODES:
        return f"status {value!r}; expected '', 'preferred' or 'alternative'"
    low, high = COLUMN_BOUNDS.get(f.name, (None, None)) if f.dtype in ("int", "float") else (None, None)
    if low is not None and not low <= value <= high:
        return f"{value} outside the plausible range {low:g}..{high:g}"
    return None


def parse_frame(frame: pd.DataFrame, fields: list[Field], key: list[str], file: str,
                source_ids: set[str] | None) -> tuple[pd.DataFrame, list[Issue]]:
    """Parse a frame of text values with `parse_value` and check codes and the unique key. Returns the typed
    frame (int columns `Int64`, float `float64`, others text) and the issues; the frame is only meaningful
    when there are no issues. `source_ids` None skips the source registry check."""
    issues: list[Issue] = []
    names = [f.name for f in fields]
    missing = [c for c in names if c not in frame.columns]
    extra = [c for c in frame.columns if c not in names]
    if missing:
        issues.append(Issue(file, None, ", ".join(missing), f"missing required column(s); expected {names}"))
    if extra:
        issues.append(Issue(file, None, ", ".join(map(str, extra)), f"unexpected column(s); expected {names}"))
    if missing:
        return frame, issues
    typed = {}
    for f in fields:
        col = frame[f.name]
        parsed: dict[str, object] = {}
        # Parse each distinct value once (codes repeat thousands of times), then report every row holding it.
        for value in col.unique():
            problem = None
            if value == "":
                problem = "value is required" if f.required else None
                parsed[value] = None if f.dtype in ("int", "float") else ""
            else:
                try:
                    parsed[value] = parse_value(f, value)
                    problem = _check_code(f, parsed[value], source_ids)
                except ValueError as exc:
                    problem = str(exc)
            if problem:
                issues.extend(Issue(file, _line(idx), f.name, problem) for idx in col.index[col == value])
        if issues:
            continue
        column = col.map(parsed)
        if f.dtype == "int":
            column = column.astype("Int64")
        elif f.dtype == "float":
            column = column.astype("float64")
        typed[f.name] = column
    duplicated = frame.duplicated(subset=key, keep="first")
    for idx in frame.index[duplicated]:
        values = ", ".join(f"{k}={frame.at[idx, k]!r}" for k in key if frame.at[idx, k] != "")
        issues.append(Issue(file, _line(idx), ", ".join(key), f"duplicate key ({values})"))
    if len(typed) < len(fields):
        return frame, issues
    return pd.DataFrame(typed, index=frame.index)[names], issues


def _observation_rules(typed: pd.DataFrame, file: str, dataset: str) -> list[Issue]:
    """Dataset = file stem, year in range, date in the year, values plausible and integer for counts."""
    issues: list[Issue] = []
    for idx in typed.index[typed["dataset"] != dataset]:
        issues.append(Issue(file, _line(idx), "dataset",
                            f"{typed.at[idx, 'dataset']!r}; expected the file name {dataset!r}"))
    for idx in typed.index[(typed["year"] < YEAR_MIN) | (typed["year"] > YEAR_MAX)]:
        issues.append(Issue(file, _line(idx), "year", f"{typed.at[idx, 'year']} outside {YEAR_MIN}..{YEAR_MAX}"))
    dated = typed["date"] != ""
    for idx in typed.index[dated & (typed["date"].str[:4] != typed["year"].astype(str))]:
        issues.append(Issue(file, _line(idx), "date",
                            f"{typed.at[idx, 'date']} does not fall in year {typed.at[idx, 'year']}"))
    values = typed["value"]
    for unit, (low, high) in UNIT_BOUNDS.items():
        rows = typed["unit"] == unit
        if dataset in SIGNED_DATASETS:
            low = -high
        elif unit in COUNT_UNITS:
            for idx in typed.index[rows & (values < 0)]:
                issues.append(Issue(file, _line(idx), "value", f"negative count {values[idx]:g}; expected ≥ 0"))
            rows &= values >= 0
        for idx in typed.index[rows & ((values < low) | (values > high))]:
            issues.append(Issue(file, _line(idx), "value",
                                f"{values[idx]:g} outside the plausible range {low:g}..{high:g} for {unit}"))
    for idx in typed.index[typed["unit"].isin(COUNT_UNITS) & (values != values.round())]:
        issues.append(Issue(file, _line(idx), "value", f"{values[idx]:g} {typed.at[idx, 'unit']}; expected a whole number"))
    return issues


def _table_rules(typed: pd.DataFrame, file: str, name: str) -> list[Issue]:
    """Whole-table rules: exactly the 23 objectives, exactly the 81 provinces."""
    if name == "ref_objectives":
        found = set(typed["objective"].astype(int))
        if found != OBJECTIVES:
            return [Issue(file, None, "objective", f"missing objective(s) {sorted(OBJECTIVES - found)}; "
                                                   "expected exactly 1..23")]
    if name == "ref_provinces":
        missing = sorted(set(codes.PROVINCE_CODES) - set(typed["geo"]))
        if missing:
            return [Issue(file, None, "geo", f"missing province(s) {', '.join(missing)}; expected TR-01..TR-81")]
    return []


def read_curated(path: Path, source_ids: set[str] | None) -> tuple[pd.DataFrame, list[Issue]]:
    """Read and parse one curated CSV (observation or reference table, by file name). Returns the typed frame
    and the issues (the frame is only meaningful without issues). The one parser used by check and build."""
    file = str(path)
    try:
        frame = pd.read_csv(path, dtype=str, keep_default_na=False, encoding="utf-8")
    except pd.errors.EmptyDataError:
        return pd.DataFrame(), [Issue(file, None, None, "file is empty; expected a header and data rows")]
    except (OSError, pd.errors.ParserError, UnicodeDecodeError) as exc:
        return pd.DataFrame(), [Issue(file, None, None, f"cannot be read as UTF-8 CSV: {exc}")]
    if frame.empty:
        return frame, [Issue(file, None, None, "no data rows; expected at least one")]
    if path.stem in REFERENCE_TABLES:
        table = REFERENCE_TABLES[path.stem]
        typed, issues = parse_frame(frame, table.columns, table.key, file, source_ids)
        return typed, issues or _table_rules(typed, file, path.stem)
    fields = [FIELDS[c] for c in OBSERVATION_COLUMNS]
    typed, issues = parse_frame(frame, fields, OBSERVATION_KEY, file, source_ids)
    if any(i.row is None for i in issues) or any(i.column != ", ".join(OBSERVATION_KEY) for i in issues):
        return typed, issues
    issues += _observation_rules(typed, file, path.stem)
    return typed.astype({"year": "int64"}), issues


def _source_ids(sources_file: Path) -> tuple[set[str], list[Issue]]:
    try:
        return set(read_sources(sources_file)), []
    except SourcesError as exc:
        return set(), [Issue(str(sources_file), exc.line, exc.field, exc.message)]


def check_all(curated: Path = CURATED_DIR, sources_file: Path = SOURCES_FILE,
              required: Collection[str] | None = None) -> list[Issue]:
    """Validate every curated CSV and the source registry; returns all issues (empty list = valid).
    `required`: file stems that must exist (default `required_files()`; tests of small folders pass ())."""
    source_ids, issues = _source_ids(sources_file)
    if issues:
        return issues
    if not curated.is_dir():
        return [Issue(str(curated), None, None, "curated folder not found")]
    files = sorted(curated.glob("*.csv"))
    required = required_files() if required is None else required
    for name in sorted(set(required) - {p.stem for p in files}):
        issues.append(Issue(str(curated / f"{name}.csv"), None, None, "required file is missing"))
    if not files and not issues:
        return [Issue(str(curated), None, None, "no curated CSV files found")]
    for path in files:
        issues.extend(read_curated(path, source_ids)[1])
    return issues


def check_or_raise(curated: Path = CURATED_DIR, sources_file: Path = SOURCES_FILE,
                   required: Collection[str] | None = None) -> None:
    """Raise ValidationError listing every issue, or return None when the data is valid."""
    issues = check_all(curated, sources_file, required)
    if issues:
        raise ValidationError(issues)
