"""Scorecard: progress of each indicator's headline series and of each of the 23 GCM objectives.

Pure functions over the indicator registry and a `Data` object; the progress rules are in
`indicators.progress`.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

import pandas as pd

from .codes import HOME
from .data import Data
from .messages import N_
from .progress import CONTINUOUS, NO_DIRECTION, OPENSDG, Assessment, aggregate, assess, evidence_sufficient
from .registry import Indicator, all_indicators, headline
from .sources import Source, sources_by_id

OBJECTIVES = range(1, 24)
# An objective with no indicator at all is "no_data", distinct from "not_available" (indicators exist
# but none could be assessed).
NO_DATA = "no_data"
NO_DATA_LABEL = N_("No indicator yet")
SCORECARD_COLUMNS = ["objective", "n_indicators", "n_assessable", "n_assessed", "score", "status", "first_year",
                     "last_year_min", "last_year_max", "dated_ids", "project_target_ids", "indicator_ids"]
RESULT_COLUMNS = ["indicator_id", "status", "score", "scale", "direction", "target_official", "base_year",
                  "latest_year", "publisher_latest_year", "dated"]
# An input is dated when its latest year is at least this many years before the latest year its publisher
# has in the dashboard's data for any country or series (project threshold, docs/progress-method.md).
DATED_GAP_YEARS = 2
# How a target that no official text sets is named wherever a status built on it appears.
PROJECT_THRESHOLD_LABEL = "threshold chosen by this project"
# The SDG-GCM mapping that places indicators under objectives is this project's proposal
# (data/curated/ref_sdg_gcm.csv, column mapping_status): every objective view says so.
MAPPING_STATUS = N_("SDG-GCM mapping proposed by this project, not the official GCM indicator list")


def headline_values(indicator: Indicator, data: Data, geo: str = HOME) -> dict[int, float]:
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


def indicator_progress(indicator: Indicator, data: Data, geo: str = HOME, base_year: int = 2018,
                       method: str = OPENSDG) -> Assessment:
    """Progress of the indicator's headline series for `geo`, with its direction, target (and whether an
    official text sets it), limit and measurement level (ordinal series get a category change)."""
    return assess(
        headline_values(indicator, data, geo),
        indicator.direction,
        target=indicator.target,
        limit=indicator.limit,
        base_year=base_year,
        method=method,
        target_official=indicator.target_official,
        scale=indicator.scale,
    )


def _publisher(source_id: str, sources: Mapping[str, Source]) -> str:
    """The publisher of a source record; the id itself when the record is unknown."""
    src = sources.get(source_id)
    return src.publisher if src else source_id


def indicator_results(data: Data, geo: str = HOME, base_year: int = 2018, method: str = OPENSDG,
                      indicators: Sequence[Indicator] | None = None,
                      sources: Mapping[str, Source] | None = None) -> pd.DataFrame:
    """One row per indicator (`RESULT_COLUMNS`): its assessment for `geo` (status, score, base and latest
    year), and whether its latest value is dated.

    `publisher_latest_year` is the latest year that the publisher of `geo`'s latest value has in any of
    `indicators` for any geography; `dated` is True when `geo`'s latest year is `DATED_GAP_YEARS` or more
    before it (e.g. remittance costs to Türkiye end in 2020 while the World Bank has 2025 for others).
    """
    return _results(list(all_indicators() if indicators is None else indicators), data, geo, base_year, method,
                    sources)[1]


def _results(pool: list[Indicator], data: Data, geo: str, base_year: int, method: str,
             sources: Mapping[str, Source] | None) -> tuple[dict[str, Assessment], pd.DataFrame]:
    """The assessments of `pool` by id and the `indicator_results` frame (each indicator computed once)."""
    sources = sources_by_id() if sources is None else sources
    frames = {ind.id: headline(ind.compute(data)) for ind in pool}
    publisher_latest: dict[str, int] = {}
    for frame in frames.values():
        rows = frame[frame["value"].notna()]
        for source_id, year in rows.groupby("source_id")["year"].max().items():
            pub = _publisher(str(source_id), sources)
            publisher_latest[pub] = max(publisher_latest.get(pub, int(year)), int(year))
    out = []
    assessments = {}
    for ind in pool:
        a = indicator_progress(ind, data, geo, base_year, method)
        assessments[ind.id] = a
        reference = None
        if a.latest_year is not None:
            own = frames[ind.id]
            own = own[(own["geo"] == geo) & (own["year"] == a.latest_year) & own["value"].notna()]
            reference = max((publisher_latest.get(_publisher(str(sid), sources), a.latest_year)
                             for sid in own["source_id"]), default=a.latest_year)
        out.append({
            "indicator_id": ind.id, "status": a.status, "score": a.score, "scale": ind.scale,
            "direction": ind.direction, "target_official": a.target_official, "base_year": a.base_year,
            "latest_year": a.latest_year, "publisher_latest_year": reference,
            "dated": reference is not None and reference - a.latest_year >= DATED_GAP_YEARS,
        })
    frame = pd.DataFrame(out, columns=RESULT_COLUMNS)
    for col in ("base_year", "latest_year", "publisher_latest_year"):
        frame[col] = frame[col].astype("Int64")
    frame["score"] = frame["score"].astype("float64")
    return assessments, frame


def objective_scorecard(data: Data, geo: str = HOME, base_year: int = 2018, method: str = OPENSDG,
                        indicators: Sequence[Indicator] | None = None,
                        sources: Mapping[str, Source] | None = None) -> pd.DataFrame:
    """One row per GCM objective 1..23 (`SCORECARD_COLUMNS`).

    n_indicators: indicators mapped to it; n_assessable: its continuous indicators with a desired
    direction; n_assessed: those assessed by the growth-rate method. status: the aggregate of the assessed
    ones when `progress.evidence_sufficient` holds; else "insufficient_evidence" when at least one
    indicator has a result (a score or a category change), "no_direction" when no indicator has a desired
    direction, "not_available" otherwise, and "no_data" without any indicator. score: the mean Open SDG
    score (−5..+5) behind a status, else None. first_year, last_year_min, last_year_max: the years of the
    inputs (base years of the assessed indicators, their latest years); dated_ids: assessed inputs whose
    latest value is dated (`indicator_results`); project_target_ids: inputs whose target is a threshold
    chosen by this project (every view of the status must say so). indicator_ids: ";"-separated, registry order.
    `indicators` defaults to the whole registry; an indicator counts for every objective it lists.
    """
    pool = list(all_indicators() if indicators is None else indicators)
    progress, results = _results(pool, data, geo, base_year, method, sources)
    results = results.set_index("indicator_id")
    rows = []
    for objective in OBJECTIVES:
        members = [ind for ind in pool if objective in ind.objectives]
        row = {"objective": objective, "n_indicators": len(members), "n_assessable": 0, "n_assessed": 0,
               "score": None, "status": NO_DATA, "first_year": None, "last_year_min": None,
               "last_year_max": None, "dated_ids": "", "project_target_ids": "",
               "indicator_ids": ";".join(ind.id for ind in members)}
        if members:
            summary = aggregate(progress[ind.id] for ind in members)
            assessable = [ind for ind in members if ind.scale == CONTINUOUS and ind.direction != NO_DIRECTION]
            assessed = [ind for ind in members if progress[ind.id].status != "not_available"
                        and (progress[ind.id].score is not None or progress[ind.id].un_category is not None)]
            with_result = assessed + [ind for ind in members if ind.scale != CONTINUOUS
                                      and progress[ind.id].status.startswith("category_")]
            row |= {"n_assessable": len(assessable), "n_assessed": len(assessed)}
            sufficient = evidence_sufficient(len(assessed), len(assessable))
            if sufficient:
                row |= {"score": summary.score, "status": summary.status}
            elif with_result:
                row["status"] = "insufficient_evidence"
            elif all(ind.direction == NO_DIRECTION for ind in members):
                row["status"] = "no_direction"
            else:
                row["status"] = "not_available"
            inputs = assessed if sufficient else with_result
            if inputs:
                row |= {"first_year": min(progress[i.id].base_year for i in inputs),
                        "last_year_min": min(progress[i.id].latest_year for i in inputs),
                        "last_year_max": max(progress[i.id].latest_year for i in inputs),
                        "dated_ids": ";".join(i.id for i in inputs if results.loc[i.id, "dated"]),
                        "project_target_ids": ";".join(i.id for i in inputs
                                                       if progress[i.id].target_official is False)}
        rows.append(row)
    frame = pd.DataFrame(rows, columns=SCORECARD_COLUMNS)
    frame["score"] = frame["score"].astype("float64")
    for col in ("first_year", "last_year_min", "last_year_max"):
        frame[col] = frame[col].astype("Int64")
    return frame


def years_text(first_year, last_year_min, last_year_max) -> str:
    """The years of a status's inputs: "2018 → 2021", "2018 → 2020–2024" when the latest years differ, ""
    without inputs (missing values are None or pandas NA)."""
    if pd.isna(first_year) or pd.isna(last_year_min):
        return ""
    last = (f"{int(last_year_min)}" if int(last_year_min) == int(last_year_max)
            else f"{int(last_year_min)}–{int(last_year_max)}")
    return f"{int(first_year)} → {last}"
