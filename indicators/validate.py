"""Validation of the curated data before it is built into the store (`python -m indicators check`).

Rules come from the field and table registry (`indicators.schema`): required columns and types, known codes
(ISO3, provinces, units, sources), years in range, no negative counts, unique keys. Every problem names the
file, the row (line number in the CSV, header = line 1), the column and what was expected.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path

import pandas as pd

from . import codes
from .paths import CURATED_DIR, SOURCES_FILE
from .schema import FIELDS, OBSERVATION_COLUMNS, OBSERVATION_KEY, REFERENCE_TABLES, SEX_CODES, STATUS_CODES, UNITS
from .schema import Field
from .sources import read_sources

YEAR_MIN, YEAR_MAX = 1950, 2030
# Units that count things: a negative value is an error. (Net migration uses persons but may be negative:
# it is declared in SIGNED_DATASETS.)
COUNT_UNITS = {"persons", "incidents", "permits", "cases", "camps"}
SIGNED_DATASETS = {"wpp_net_migration", "wdi_net_migration"}


@dataclass(frozen=True)
class Issue:
    """One validation problem."""

    file: str
    row: int | None
    column: str | None
    message: str

    def __str__(self) -> str:
        where = self.file
        if self.row is not None:
            where += f", row {self.row}"
        if self.column:
            where += f", column {self.column!r}"
        return f"{where}: {self.message}"


class ValidationError(ValueError):
    """Raised by `check_or_raise` with every issue found."""

    def __init__(self, issues: list[Issue]):
        self.issues = issues
        shown = "\n".join(f"  {i}" for i in issues[:50])
        more = f"\n  ... and {len(issues) - 50} more" if len(issues) > 50 else ""
        super().__init__(f"{len(issues)} validation problem(s):\n{shown}{more}")


def _line(index: int) -> int:
    return index + 2  # header is line 1, first data row line 2


def _check_code(f: Field, value: str, source_ids: set[str]) -> str | None:
    """Return an 'expected ...' message if `value` is not in the field's code list."""
    if f.codes == "geo" and f.name == "geo" and not codes.is_geo(value):
        return f"unknown geo code {value!r}; expected ISO3, WLD or TR-01..TR-81"
    if f.codes == "geo" and f.name != "geo" and not codes.is_origin(value):
        return f"unknown country code {value!r}; expected ISO3, WLD or UNK/STA/OTH"
    if f.codes == "iso3" and not codes.is_country(value):
        return f"unknown ISO3 code {value!r}"
    if f.codes == "plate" and value not in codes.PROVINCE_CODES:
        return f"unknown province code {value!r}; expected TR-01..TR-81"
    if f.codes == "source" and value not in source_ids:
        return f"source id {value!r} is not in sources.yaml"
    if f.codes == "unit" and value not in UNITS:
        return f"unit {value!r} not in {sorted(UNITS)}"
    if f.codes == "sex" and value not in SEX_CODES:
        return f"sex {value!r}; expected '', 'female' or 'male'"
    if f.codes == "count" and value.lstrip("-").isdigit() and int(value) < 0:
        return f"negative count {value}; expected ≥ 0"
    if f.codes == "status" and value not in STATUS_CODES:
        return f"status {value!r}; expected '', 'preferred' or 'alternative'"
    return None


def _check_type(f: Field, value: str) -> str | None:
    try:
        if f.dtype == "int":
            if str(int(value)) != value.lstrip("+"):
                raise ValueError
        elif f.dtype == "float":
            number = float(value)
            if number != number:
                raise ValueError
        elif f.dtype == "date":
            dt.date.fromisoformat(value)
            if len(value) != 10:
                raise ValueError
        elif f.dtype == "bool" and value not in ("true", "false"):
            raise ValueError
    except ValueError:
        return f"{value!r} is not a valid {f.dtype}" + (" (YYYY-MM-DD)" if f.dtype == "date" else "")
    return None


def check_frame(frame: pd.DataFrame, fields: list[Field], key: list[str], file: str,
                source_ids: set[str]) -> list[Issue]:
    """Check a frame of text values against field definitions and a unique key."""
    issues: list[Issue] = []
    names = [f.name for f in fields]
    missing = [c for c in names if c not in frame.columns]
    extra = [c for c in frame.columns if c not in names]
    if missing:
        issues.append(Issue(file, None, ", ".join(missing), f"missing required column(s); expected {names}"))
    if extra:
        issues.append(Issue(file, None, ", ".join(extra), f"unexpected column(s); expected {names}"))
    if missing:
        return issues
    for f in fields:
        col = frame[f.name]
        # Check each distinct value once (codes repeat thousands of times), then report every row holding it.
        for value in col.unique():
            if value == "":
                problem = "value is required" if f.required else None
            else:
                problem = _check_type(f, value) or _check_code(f, value, source_ids)
            if problem:
                issues.extend(Issue(file, _line(idx), f.name, problem) for idx in col.index[col == value])
    if "year" in frame.columns:
        for idx, value in frame["year"].items():
            if value.lstrip("-").isdigit() and not YEAR_MIN <= int(value) <= YEAR_MAX:
                issues.append(Issue(file, _line(idx), "year", f"{value} outside {YEAR_MIN}..{YEAR_MAX}"))
    duplicated = frame.duplicated(subset=key, keep="first")
    for idx in frame.index[duplicated]:
        values = ", ".join(f"{k}={frame.at[idx, k]!r}" for k in key if frame.at[idx, k] != "")
        issues.append(Issue(file, _line(idx), ", ".join(key), f"duplicate key ({values})"))
    return issues


def check_observations(frame: pd.DataFrame, file: str, dataset: str, source_ids: set[str]) -> list[Issue]:
    """Schema checks plus observation rules: dataset = file stem, date matches year, no negative counts."""
    fields = [FIELDS[c] for c in OBSERVATION_COLUMNS]
    issues = check_frame(frame, fields, OBSERVATION_KEY, file, source_ids)
    if any(i.row is None for i in issues):
        return issues
    for idx in frame.index[frame["dataset"] != dataset]:
        issues.append(Issue(file, _line(idx), "dataset",
                            f"{frame.at[idx, 'dataset']!r}; expected the file name {dataset!r}"))
    dated = frame["date"] != ""
    for idx in frame.index[dated & (frame["date"].str[:4] != frame["year"])]:
        issues.append(Issue(file, _line(idx), "date",
                            f"{frame.at[idx, 'date']} does not fall in year {frame.at[idx, 'year']}"))
    if dataset not in SIGNED_DATASETS:
        values = pd.to_numeric(frame["value"], errors="coerce")  # unparseable ones are already reported
        for idx in frame.index[frame["unit"].isin(COUNT_UNITS) & (values < 0)]:
            issues.append(Issue(file, _line(idx), "value", f"negative count {frame.at[idx, 'value']}; expected ≥ 0"))
    return issues


def read_text_csv(path: Path) -> pd.DataFrame:
    return pd.read_csv(path, dtype=str, keep_default_na=False, encoding="utf-8")


def check_file(path: Path, source_ids: set[str]) -> list[Issue]:
    """Validate one curated CSV (observation or reference table, by file name)."""
    try:
        frame = read_text_csv(path)
    except (pd.errors.ParserError, UnicodeDecodeError) as exc:
        return [Issue(str(path), None, None, f"cannot be read as UTF-8 CSV: {exc}")]
    if path.stem in REFERENCE_TABLES:
        table = REFERENCE_TABLES[path.stem]
        return check_frame(frame, table.columns, table.key, str(path), source_ids)
    return check_observations(frame, str(path), path.stem, source_ids)


def check_all(curated: Path = CURATED_DIR, sources_file: Path = SOURCES_FILE) -> list[Issue]:
    """Validate every curated CSV and the source registry; returns all issues (empty list = valid)."""
    try:
        source_ids = set(read_sources(sources_file))
    except (OSError, ValueError) as exc:
        return [Issue(str(sources_file), None, None, str(exc))]
    files = sorted(curated.glob("*.csv"))
    if not files:
        return [Issue(str(curated), None, None, "no curated CSV files found")]
    issues: list[Issue] = []
    for path in files:
        issues.extend(check_file(path, source_ids))
    return issues


def check_or_raise(curated: Path = CURATED_DIR, sources_file: Path = SOURCES_FILE) -> None:
    """Raise ValidationError listing every issue, or return None when the data is valid."""
    issues = check_all(curated, sources_file)
    if issues:
        raise ValidationError(issues)
