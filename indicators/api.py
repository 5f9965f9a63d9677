"""The library's façade: load the data and query indicators, as the CLI and the dashboard do."""

from __future__ import annotations

import pandas as pd

from . import registry
from .codes import HOME
from .data import Data
from .registry import Indicator, headline
from .schema import DISAGGREGATION_COLUMNS
from .store import ensure_store, load_data, make_engine

QUERY_COLUMNS = ["indicator", "geo", "year", "date", *DISAGGREGATION_COLUMNS, "value", "unit", "source_id",
                 "status", "note"]


def load(url: str | None = None) -> Data:
    """Build the store if the curated data changed, then load every observation table from it."""
    ensure_store(url)
    engine = make_engine(url)
    try:
        return load_data(engine)
    finally:
        engine.dispose()


def latest_per_year(frame: pd.DataFrame) -> pd.DataFrame:
    """Keep one row per geo and year (and disaggregation): the one with the latest date (annual rows have none)."""
    keys = ["geo", "year", *DISAGGREGATION_COLUMNS]
    ordered = frame.sort_values([*keys, "date"], kind="mergesort")
    return ordered.drop_duplicates(keys, keep="last").reset_index(drop=True)


def query(indicator: Indicator | str, data: Data, geo: str | list[str] | None = None, year: int | None = None,
          full: bool = False, by: dict[str, str] | None = None) -> pd.DataFrame:
    """Values of an indicator with unit and source id.

    By default the headline series, one row per geo and year (the latest dated value of a year);
    `by={"sex": "female"}` gives that disaggregated series instead (other disaggregations at their total);
    `full=True` returns every row the compute function gives (disaggregations, dated points, alternatives).
    Raises ValueError for a `by` column that is not a disaggregation column.
    """
    ind = registry.get(indicator) if isinstance(indicator, str) else indicator
    result = ind.compute(data)
    by = by or {}
    unknown = sorted(set(by) - set(DISAGGREGATION_COLUMNS))
    if unknown:
        raise ValueError(f"cannot break down by {unknown}; expected some of {DISAGGREGATION_COLUMNS}")
    if by:
        wanted = {col: by.get(col, "") for col in DISAGGREGATION_COLUMNS}
        mask = (result[list(wanted)] == pd.Series(wanted)).all(axis=1) & (result["status"] != "alternative")
        result = result[mask]
        if not full:
            result = latest_per_year(result)
    elif not full:
        result = latest_per_year(headline(result))
    if geo is not None:
        geos = [geo] if isinstance(geo, str) else list(geo)
        result = result[result["geo"].isin(geos)]
    if year is not None:
        result = result[result["year"] == year]
    out = result.assign(indicator=ind.id, unit=ind.unit)
    return out[QUERY_COLUMNS].reset_index(drop=True)


def series(indicator: Indicator | str, data: Data, geo: str = HOME) -> dict[int, float]:
    """The headline series of one geo as {year: value}, the input of `indicators.progress.assess`."""
    frame = query(indicator, data, geo=geo)
    return {int(y): float(v) for y, v in zip(frame["year"], frame["value"], strict=True)}


def coverage(indicator: Indicator, data: Data) -> dict[str, object]:
    """Years and geographies covered by the headline series of an indicator."""
    frame = latest_per_year(headline(indicator.compute(data)))
    if frame.empty:
        return {"geos": 0, "first_year": None, "last_year": None, "tur_years": 0}
    tur = frame[frame["geo"] == HOME]
    return {
        "geos": int(frame["geo"].nunique()),
        "first_year": int(frame["year"].min()),
        "last_year": int(frame["year"].max()),
        "tur_years": int(tur["year"].nunique()),
    }
