"""Scorecard: progress of each indicator's headline series and of each of the 23 GCM objectives.

Pure functions over the indicator registry and a `Data` object; the progress rules are in
`indicators.progress`.
"""

from __future__ import annotations

from collections.abc import Sequence

import pandas as pd

from .data import Data
from .progress import OPENSDG, Assessment, aggregate, assess
from .registry import Indicator, all_indicators, headline

OBJECTIVES = range(1, 24)
# An objective with no indicator at all is "no_data", distinct from "not_available" (indicators exist
# but none could be assessed).
NO_DATA = "no_data"
NO_DATA_LABELS = {"en": "No indicator yet", "tr": "Henüz gösterge yok"}
SCORECARD_COLUMNS = ["objective", "n_indicators", "n_assessed", "score", "status", "indicator_ids"]


def headline_values(indicator: Indicator, data: Data, geo: str = "TUR") -> dict[int, float]:
    """The indicator's headline series for `geo` as {year: value} (values in the indicator's unit).

    Where a year has several dated values (stocks at several dates), the latest date of the year is
    kept. Raises ValueError naming the indicator if a year still has two values (e.g. two sources).
    """
    series = headline(indicator.compute(data))
    series = series[(series["geo"] == geo) & series["value"].notna()]
    # The latest date of each year; empty dates (annual values) sort first.
    latest = series.sort_values(["year", "date"], kind="mergesort").groupby("year").tail(1)
    last_dates = series.merge(latest[["year", "date"]], on=["year", "date"])
    duplicated = last_dates["year"][last_dates["year"].duplicated()].unique().tolist()
    if duplicated:
        raise ValueError(
            f"indicator {indicator.id}: several headline values for {geo} in year(s) {duplicated}; "
            "expected one per year and date (mark all but one as status 'alternative')"
        )
    return {int(y): float(v) for y, v in zip(latest["year"], latest["value"])}


def indicator_progress(indicator: Indicator, data: Data, geo: str = "TUR", base_year: int = 2018,
                       method: str = OPENSDG) -> Assessment:
    """Progress of the indicator's headline series for `geo`, with its direction, target and limit."""
    return assess(
        headline_values(indicator, data, geo),
        indicator.direction,
        target=indicator.target,
        limit=indicator.limit,
        base_year=base_year,
        method=method,
    )


def objective_scorecard(data: Data, geo: str = "TUR", base_year: int = 2018, method: str = OPENSDG,
                        indicators: Sequence[Indicator] | None = None) -> pd.DataFrame:
    """One row per GCM objective 1..23: objective, n_indicators, n_assessed, score (mean Open SDG score
    −5..+5, None for the UNSD method or when nothing is assessed), status (a progress status code, or
    "no_data" when the objective has no indicator) and indicator_ids (";"-separated, registry order).

    `indicators` defaults to the whole registry; an indicator counts for every objective it lists.
    """
    pool = list(all_indicators() if indicators is None else indicators)
    progress = {ind.id: indicator_progress(ind, data, geo, base_year, method) for ind in pool}
    rows = []
    for objective in OBJECTIVES:
        members = [ind for ind in pool if objective in ind.objectives]
        if not members:
            rows.append({"objective": objective, "n_indicators": 0, "n_assessed": 0, "score": None,
                         "status": NO_DATA, "indicator_ids": ""})
            continue
        summary = aggregate(progress[ind.id] for ind in members)
        rows.append({"objective": objective, "n_indicators": len(members), "n_assessed": summary.n_assessed,
                     "score": summary.score, "status": summary.status,
                     "indicator_ids": ";".join(ind.id for ind in members)})
    frame = pd.DataFrame(rows, columns=SCORECARD_COLUMNS)
    frame["score"] = frame["score"].astype("float64")
    return frame
