"""Access to curated observation tables as pandas frames, from the CSV files or from the SQL store."""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from pathlib import Path

import pandas as pd

from .paths import CURATED_DIR
from .schema import OBSERVATION_COLUMNS, REFERENCE_TABLES

OBS_DTYPES = {c: str for c in OBSERVATION_COLUMNS} | {"year": "int64", "value": "float64"}


def read_observations_csv(path: Path) -> pd.DataFrame:
    """Read one curated observation CSV with the schema's types (text columns never NaN), parsed exactly as
    `check` and `build` parse it. Raises `indicators.validate.ValidationError` on an invalid file."""
    from .validate import ValidationError, read_curated

    frame, issues = read_curated(path, None)
    if issues:
        raise ValidationError(issues)
    return frame[OBSERVATION_COLUMNS].astype(OBS_DTYPES)


class Data(Mapping[str, pd.DataFrame]):
    """Observation tables by dataset id. Built from a dict (tests), the curated folder or the store."""

    def __init__(self, tables: Mapping[str, pd.DataFrame]):
        self._tables = dict(tables)

    def __getitem__(self, dataset: str) -> pd.DataFrame:
        try:
            return self._tables[dataset]
        except KeyError:
            raise KeyError(f"dataset {dataset!r} is not loaded; known: {sorted(self._tables)}") from None

    def __iter__(self) -> Iterator[str]:
        return iter(self._tables)

    def __len__(self) -> int:
        return len(self._tables)

    @classmethod
    def from_curated(cls, folder: Path = CURATED_DIR) -> "Data":
        """All observation tables in `folder` (reference tables excluded)."""
        tables = {
            p.stem: read_observations_csv(p)
            for p in sorted(folder.glob("*.csv"))
            if p.stem not in REFERENCE_TABLES
        }
        return cls(tables)

    @classmethod
    def from_frames(cls, **frames: pd.DataFrame | str) -> "Data":
        """Tests: frames given as DataFrames or inline CSV text with a subset of the observation columns."""
        import io

        tables = {}
        for name, frame in frames.items():
            if isinstance(frame, str):
                frame = pd.read_csv(io.StringIO(frame.strip()), dtype=str, keep_default_na=False)
            frame = frame.copy()
            frame["dataset"] = name
            for col in OBSERVATION_COLUMNS:
                if col not in frame.columns:
                    frame[col] = ""
            frame = frame[OBSERVATION_COLUMNS].astype(OBS_DTYPES)
            tables[name] = frame
        return cls(tables)
