"""Progress towards 2030: the Open SDG / Statistics Canada progress measure and the UNSD Progress Chart.

`method="opensdg"` re-implements `sdg/ProgressMeasure.py` of open-sdg/sdg-build at commit 568d7d38 (the
Open SDG 2.4.0 feature, source `opensdg_progress`) rule for rule, including its rounded score constants.
`method="unsd_progress_chart_2023"` is the UN Statistics Division Progress Chart 2023 rule as implemented by
EUSTAT (source `unsd_progress_chart_2023`), with three categories and no score.

Both read one series as {year: value} of a continuous measure. An ordinal indicator (a category such as
SDG 10.7.2's 1-4 policy score, `scale="ordinal"`) is never run through a growth rate: `assess_ordinal`
compares its base and latest categories (improved / unchanged / worse).

Both methods read one series as {year: value}. Only the base value (t_0, y_0) and the latest value (t_i, y_i) are
used; values in between play no part. Growth rates are fractions per year (0.015 = 1.5 % a year). The full
description with worked examples is docs/progress-method.md.
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from .messages import Message, N_

OPENSDG = "opensdg"
UNSD = "unsd_progress_chart_2023"
METHODS = (OPENSDG, UNSD)
# Short codes of the methods in dashboard URLs (`?method=`) and the base years a user may choose (`?base=`).
METHOD_CODES: dict[str, str] = {"opensdg": OPENSDG, "unsd": UNSD}
BASE_YEARS = (2018, 2015)
# Source records (data/sources.yaml) documenting each method.
METHOD_SOURCES: dict[str, str] = {OPENSDG: "opensdg_progress", UNSD: "unsd_progress_chart_2023"}

DIRECTIONS = {"increase": 1, "decrease": -1}
NO_DIRECTION = "none"
# Measurement levels of an indicator (`Indicator.scale`).
CONTINUOUS = "continuous"
ORDINAL = "ordinal"
SCALES = (CONTINUOUS, ORDINAL)
# `Indicator.target_source` of a target that this project chose (no official text sets it).
PROJECT_TARGET = "project"

# Status codes are sdg-build's; labels are the Open SDG site's, "Not enough data" for not_available.
# Project additions: threshold_met (the latest value meets a threshold chosen by this project, not an
# official target), the three category changes of an ordinal indicator, and no_direction (not assessed
# because the indicator has no desired direction, whatever its data).
STATUSES: dict[str, Message] = {
    "target_achieved": N_("Target achieved"),
    "threshold_met": N_("Project threshold met"),
    "substantial_progress": N_("On track"),
    "moderate_progress": N_("Progress made but acceleration needed"),
    "limited_progress": N_("Limited progress"),
    "deterioration": N_("Deterioration"),
    "category_improved": N_("Category improved"),
    "category_unchanged": N_("Category unchanged"),
    "category_worse": N_("Category worse"),
    "not_available": N_("Not enough data"),
    "no_direction": N_("Not assessed: no desired direction"),
    "insufficient_evidence": N_("Insufficient evidence"),
}
CATEGORY_STATUSES = ("category_improved", "category_unchanged", "category_worse")

# sdg-build replaces a zero base value or a zero target by this, since a growth rate from 0 is undefined.
ZERO_REPLACEMENT = 0.001
# Open SDG thresholds: (high, med, low) on R with a target, on P (fraction a year) without one.
OPENSDG_TARGET_THRESHOLDS = (0.95, 0.60, 0.0)
OPENSDG_NO_TARGET_THRESHOLDS = (0.015, 0.005, 0.0)
# Exponent of the C scaling factor near a natural limit (sdg-build, Statistics Canada).
LIMIT_EXPONENT = 4.44
# UNSD Progress Chart 2023 (EUSTAT): category 3 / 2 lower bounds; below the second bound is category 1.
UNSD_TARGET_THRESHOLDS = (0.95, 0.10)
UNSD_NO_TARGET_THRESHOLDS = (0.02, 0.005)
UNSD_CATEGORY_LABELS = {
    3: "Target achieved or on track",
    2: "Reasonable progress but acceleration needed",
    1: "Stagnation or regression",
}


@dataclass(frozen=True)
class Assessment:
    """Progress of one series.

    Values are in the series' unit; `cagr` and `required_cagr` are fractions per year. `progress_value`
    is the statistic compared with the thresholds (as sdg-build's `progress_value`): Open SDG P = s·d·CAGR
    without a target, R with one; UNSD P_un with a target, s·d·CAGR without. `ratio` is R (Open SDG) or
    P_un (UNSD) when there is a target. `base_value` is the value used (0.001 if the observed base was 0).
    `c_factor` is C (Open SDG without target; 1 when no limit), None otherwise. `score` is −5..+5 for
    Open SDG and None for UNSD, whose category 1..3 is `un_category`. `reason` says why no progress
    value could be computed (the status is then not_available, no_direction, or target_achieved); `note`
    records adjustments (zero replaced, limit ignored). `target_official` is True when an official text
    sets the target, False for a threshold chosen by this project (a met one is then `threshold_met`, not
    `target_achieved`), None without a target. `scale` is the indicator's measurement level: an ordinal
    series has a category status, no score and no growth rate.
    """

    status: str
    score: float | None
    method: str
    direction: str
    base_year: int | None = None
    base_value: float | None = None
    latest_year: int | None = None
    latest_value: float | None = None
    target: float | None = None
    target_year: int = 2030
    limit: float | None = None
    cagr: float | None = None
    required_cagr: float | None = None
    ratio: float | None = None
    progress_value: float | None = None
    c_factor: float | None = None
    target_achieved: bool = False
    un_category: int | None = None
    expected_value: float | None = None
    reason: str = ""
    note: str = ""
    target_official: bool | None = None
    scale: str = CONTINUOUS

    def label(self, lang: str = "en") -> str:
        """The status label in English ("en") or Turkish ("tr")."""
        return status_label(self.status, lang)


@dataclass(frozen=True)
class ObjectiveProgress:
    """Aggregate of several assessments. `score` is the mean Open SDG score (−5..+5) of the assessed
    series, None for UNSD; `mean_category` the mean UNSD category (1..3), None for Open SDG."""

    status: str
    score: float | None
    n_assessed: int
    n_total: int
    method: str | None
    mean_category: float | None = None

    def label(self, lang: str = "en") -> str:
        return status_label(self.status, lang)


def status_label(status: str, lang: str = "en") -> str:
    """English or Turkish label of a status code; KeyError naming the known codes otherwise."""
    from .i18n import translate  # i18n reads STATUSES from this module

    try:
        return translate(STATUSES[status], lang)
    except KeyError:
        raise KeyError(f"unknown status {status!r}; known: {sorted(STATUSES)}") from None


def cagr(start: float, end: float, years: int | float) -> float:
    """Compound annual growth rate from `start` to `end` over `years` years, as a fraction per year."""
    return (end / start) ** (1 / years) - 1


def c_factor(base_value: float, limit: float | None) -> float:
    """Open SDG scaling factor C in [0, 1] for the no-target thresholds near a natural limit.

    With b = |y_0|, L = |limit|, a = 4.44: C = 1 if b ≥ 2L (also when L = 0, so a floor of 0 has no effect);
    C = 1 − (b/L)^a if b ≤ L (maximum limit); else C = 1 − ((2L − b)/L)^a (minimum limit). No limit: 1.
    """
    if limit is None:
        return 1.0
    b, lim = abs(base_value), abs(limit)
    # The order matters: b >= 2L first so that b = L = 0 gives 1, as in sdg-build.
    if b >= 2 * lim:
        return 1.0
    if b <= lim:
        return 1 - (b / lim) ** LIMIT_EXPONENT
    return 1 - ((2 * lim - b) / lim) ** LIMIT_EXPONENT


def opensdg_status(value: float, thresholds: tuple[float, float, float]) -> str:
    """Status of a progress value against (high, med, low) thresholds (lower bounds inclusive)."""
    high, med, low = thresholds
    if value >= high:
        return "substantial_progress"
    if value >= med:
        return "moderate_progress"
    if value >= low:
        return "limited_progress"
    return "deterioration"


def opensdg_score_no_target(p: float, c: float) -> float:
    """Open SDG score (−5..+5) of P (fraction a year) without a target, with scaling factor C.

    P < 0: max(125·P − 2.5, −5) (C not applied); C = 0: 5; then on P/C: 500·P/C − 2.5 below 0.5 %,
    250·P/C − 1.25 below 1.5 %, min(500·P/C − 5, 5) above (thresholds scaled by C as the statuses)."""
    high, med, _ = (t * c for t in OPENSDG_NO_TARGET_THRESHOLDS)
    if p < 0:
        return max(125 * p - 2.5, -5.0)
    if c == 0:
        return 5.0
    if p >= high:
        return min(500 * p / c - 5, 5.0)
    if p >= med:
        return 250 * p / c - 1.25
    return 500 * p / c - 2.5


def opensdg_score_target(r: float) -> float:
    """Open SDG score (−5..+5) of the growth ratio R, with sdg-build's rounded constants:
    R ≥ 0.6: min(7.1429·R − 4.2857, 5); R < 0.6: max(4.1667·R − 2.5, −5)."""
    if r >= OPENSDG_TARGET_THRESHOLDS[1]:
        return min(7.1429 * r - 4.2857, 5.0)
    return max(4.1667 * r - 2.5, -5.0)


def unsd_category(value: float, thresholds: tuple[float, float]) -> int:
    """UNSD Progress Chart category 3, 2 or 1 of a value against (category 3, category 2) lower bounds."""
    if value >= thresholds[0]:
        return 3
    if value >= thresholds[1]:
        return 2
    return 1


def _clean(values: Mapping[int, float]) -> dict[int, float]:
    """Years as int, values as float, missing values (None, NaN) dropped, sorted by year."""
    out = {}
    for year, value in values.items():
        if value is None or (isinstance(value, float) and math.isnan(value)):
            continue
        out[int(year)] = float(value)
    return dict(sorted(out.items()))


def assess(
    values: Mapping[int, float],
    direction: str,
    target: float | None = None,
    limit: float | None = None,
    base_year: int = 2018,
    target_year: int = 2030,
    method: str = OPENSDG,
    target_official: bool = True,
    scale: str = CONTINUOUS,
) -> Assessment:
    """Assess the progress of one series ({year: value}) from `base_year` towards `target` in `target_year`.

    `direction` is "increase" (d = +1) or "decrease" (d = −1); "none" returns no_direction ("no desired
    direction"). `limit` is a natural limit used only by Open SDG without a target. `target_official`
    False marks a threshold chosen by this project: meeting it gives `threshold_met`, never
    `target_achieved`. `scale="ordinal"` hands the series to `assess_ordinal` (no growth rate). Raises
    ValueError for another direction, scale or an unknown method. See `Assessment` for the fields.
    """
    if scale not in SCALES:
        raise ValueError(f"scale {scale!r}; expected one of {list(SCALES)}")
    if scale == ORDINAL:
        return assess_ordinal(values, direction, base_year=base_year, method=method)
    if method not in METHODS:
        raise ValueError(f"unknown progress method {method!r}; expected one of {list(METHODS)}")
    if direction not in DIRECTIONS and direction != NO_DIRECTION:
        raise ValueError(f"direction {direction!r}; expected 'increase', 'decrease' or 'none'")
    series = _clean(values)
    target = None if target is None else float(target)
    limit = None if limit is None else float(limit)
    notes: list[str] = []
    if method == OPENSDG and target == 0:
        notes.append("target 0 replaced by 0.001")
        target = ZERO_REPLACEMENT
    known: dict = {"method": method, "direction": direction, "target": target, "target_year": target_year,
                   "limit": limit, "target_official": None if target is None else bool(target_official)}

    def unavailable(reason: str, **more) -> Assessment:
        return Assessment(status="not_available", score=None, reason=reason, note="; ".join(notes),
                          **known, **more)

    if not series:
        return unavailable("no data")
    latest_year = max(series)
    latest_value = series[latest_year]
    known |= {"latest_year": latest_year, "latest_value": latest_value}
    if direction == NO_DIRECTION:
        return Assessment(status="no_direction", score=None, reason="no desired direction",
                          note="; ".join(notes), **known)
    d = DIRECTIONS[direction]

    # Checked first, on the latest value only, so that it holds even with a single year of data.
    achieved = target is not None and ((d == -1 and latest_value <= target) or (d == 1 and latest_value >= target))
    known["target_achieved"] = achieved
    if achieved:
        known |= {"score": 5.0 if method == OPENSDG else None,
                  "status": "target_achieved" if target_official else "threshold_met"}
        if method == UNSD:
            known["un_category"] = 3

    def result(**fields) -> Assessment:
        if achieved:
            fields = {k: v for k, v in fields.items() if k not in ("status", "score", "un_category")}
            return Assessment(note="; ".join(notes), **known, **fields)
        return Assessment(note="; ".join(notes), **known, **fields)

    def not_assessable(reason: str, **more) -> Assessment:
        return result(status="not_available", score=None, reason=reason, **more)

    # Base year: the configured year if it has a value, else the first later year with one; earlier data
    # is ignored.
    from_base = [year for year in series if year >= base_year]
    if not from_base:
        return not_assessable(f"no data in or after the base year {base_year}")
    t0 = from_base[0]
    observed_base = series[t0]
    y0 = observed_base
    if y0 == 0:
        notes.append("base value 0 replaced by 0.001")
        y0 = ZERO_REPLACEMENT
    known |= {"base_year": t0, "base_value": y0}
    s = -1 if y0 < 0 else 1

    c = None
    if method == OPENSDG and target is None:
        # sdg-build computes C before replacing a zero base value.
        c = c_factor(observed_base, limit)
    elif limit is not None:
        notes.append("limit ignored (used only by Open SDG without a target)")
    known["c_factor"] = c

    if (y0 > 0 and latest_value < 0) or (y0 < 0 and latest_value > 0):
        return not_assessable("base and latest values of opposite sign")
    if latest_year - t0 < 1:
        return not_assessable(f"fewer than two years of data from the base year {base_year} on")
    if target is not None and target_year <= t0:
        return not_assessable(f"target year {target_year} not after the base year {t0}")

    observed = cagr(y0, latest_value, latest_year - t0)
    if method == OPENSDG:
        if target is None:
            p = s * d * observed
            thresholds = tuple(t * c for t in OPENSDG_NO_TARGET_THRESHOLDS)
            return result(status=opensdg_status(p, thresholds), score=opensdg_score_no_target(p, c),
                          cagr=observed, progress_value=p)
        required = cagr(y0, target, target_year - t0)
        r = _ratio(s * d * observed, abs(required))
        return result(status=opensdg_status(r, OPENSDG_TARGET_THRESHOLDS), score=opensdg_score_target(r),
                      cagr=observed, required_cagr=required, ratio=r, progress_value=r)

    # UNSD Progress Chart 2023 (EUSTAT implementation).
    if target is None:
        x = s * d * observed
        category = unsd_category(x, UNSD_NO_TARGET_THRESHOLDS)
        return result(status=_unsd_status(category, x), score=None, un_category=category, cagr=observed,
                      progress_value=x)
    expected = latest_value * (1 + observed) ** (target_year - latest_year)
    required = cagr(y0, target, target_year - t0)
    p_un = _ratio(expected - y0, target - y0)
    category = unsd_category(p_un, UNSD_TARGET_THRESHOLDS)
    return result(status=_unsd_status(category, p_un), score=None, un_category=category, cagr=observed,
                  required_cagr=required, ratio=p_un, progress_value=p_un, expected_value=expected)


def assess_ordinal(values: Mapping[int, float], direction: str, base_year: int = 2018,
                   method: str = OPENSDG) -> Assessment:
    """Category change of an ordinal series ({year: category}) from the base year to the latest year.

    Base year as in `assess` (the configured year if it has a value, else the first later one). With
    direction "increase" a higher latest category is `category_improved`, a lower one `category_worse`,
    the same `category_unchanged` ("decrease" the other way round); "none" gives no_direction; fewer than
    two years from the base year on gives not_available. No growth rate, no score, no target: categories
    are ranks, and the distance between two of them is not a quantity. `method` is only recorded, so that
    the assessment can be listed beside the continuous ones of the same method.
    """
    if direction not in DIRECTIONS and direction != NO_DIRECTION:
        raise ValueError(f"direction {direction!r}; expected 'increase', 'decrease' or 'none'")
    series = _clean(values)
    known: dict = {"method": method, "direction": direction, "scale": ORDINAL}
    if not series:
        return Assessment(status="not_available", score=None, reason="no data", **known)
    latest_year = max(series)
    known |= {"latest_year": latest_year, "latest_value": series[latest_year]}
    if direction == NO_DIRECTION:
        return Assessment(status="no_direction", score=None, reason="no desired direction", **known)
    from_base = [year for year in series if year >= base_year]
    if not from_base:
        return Assessment(status="not_available", score=None,
                          reason=f"no data in or after the base year {base_year}", **known)
    t0 = from_base[0]
    known |= {"base_year": t0, "base_value": series[t0]}
    if latest_year == t0:
        return Assessment(status="not_available", score=None,
                          reason=f"fewer than two years of data from the base year {base_year} on", **known)
    change = (series[latest_year] - series[t0]) * DIRECTIONS[direction]
    status = "category_improved" if change > 0 else "category_worse" if change < 0 else "category_unchanged"
    return Assessment(status=status, score=None, **known)


def _ratio(numerator: float, denominator: float) -> float:
    """numerator / denominator, ±inf when the denominator is 0.

    A zero denominator means the target equals the base value. The target is then not achieved (checked
    before), so the series moved away from it: the numerator is negative and the ratio −inf (sdg-build's
    numpy division gives the same), which scores −5 and is a deterioration / category 1."""
    if denominator == 0:
        return math.copysign(math.inf, numerator) if numerator else -math.inf
    return numerator / denominator


def _unsd_status(category: int, value: float) -> str:
    """Our status for a UNSD category. Category 1 ("stagnation or regression") is split by the sign of the
    progress statistic: below 0 the series moved away from its target or desired direction."""
    if category == 3:
        return "substantial_progress"
    if category == 2:
        return "moderate_progress"
    return "deterioration" if value < 0 else "limited_progress"


def _status_from_score(score: float) -> str:
    """Open SDG indicator status from a mean score: [2.5, 5], [0, 2.5), [−2.5, 0), [−5, −2.5)."""
    if score >= 2.5:
        return "substantial_progress"
    if score >= 0:
        return "moderate_progress"
    if score >= -2.5:
        return "limited_progress"
    return "deterioration"


def aggregate(assessments: Iterable[Assessment]) -> ObjectiveProgress:
    """Combine assessments of one method (an indicator's series, or an objective's indicators).

    Open SDG (as sdg-build): mean score of the assessed series, status from the mean by the score bands;
    target_achieved only if every assessed series achieved its target (threshold_met if one of them is a
    threshold chosen by this project). Ordinal assessments have neither score nor category and are not
    counted as assessed: a category change is not averaged with growth rates. UNSD (project rule, documented in
    docs/progress-method.md): mean category, ≥ 2.5 substantial, ≥ 1.5 moderate, else limited_progress, or
    deterioration when every assessed series deteriorates. not_available when none is assessed.
    Raises ValueError when the assessments mix methods.
    """
    items = list(assessments)
    methods = {a.method for a in items}
    if len(methods) > 1:
        raise ValueError(f"cannot aggregate assessments of different methods: {sorted(methods)}")
    method = methods.pop() if methods else None
    if method == UNSD:
        assessed = [a for a in items if a.un_category is not None]
    else:
        assessed = [a for a in items if a.score is not None]
    if not assessed:
        return ObjectiveProgress("not_available", None, 0, len(items), method)
    achieved = all(a.target_achieved for a in assessed)
    achieved_status = "target_achieved" if all(a.target_official for a in assessed) else "threshold_met"
    if method == UNSD:
        mean_category = sum(a.un_category for a in assessed) / len(assessed)
        if achieved:
            status = achieved_status
        elif mean_category >= 2.5:
            status = "substantial_progress"
        elif mean_category >= 1.5:
            status = "moderate_progress"
        elif all(a.status == "deterioration" for a in assessed):
            status = "deterioration"
        else:
            status = "limited_progress"
        return ObjectiveProgress(status, None, len(assessed), len(items), method, mean_category)
    score = sum(a.score for a in assessed) / len(assessed)
    status = achieved_status if achieved else _status_from_score(score)
    return ObjectiveProgress(status, score, len(assessed), len(items), method)


# Evidence rule for an objective status (project rule, docs/progress-method.md): at least
# MIN_ASSESSED indicators assessed by a growth-rate method, and these at least MIN_SHARE_ASSESSED of the
# objective's continuous indicators that have a desired direction. The share follows the Sustainable
# Development Report (SDSN), which computes no SDG Index score for a country missing data on more than
# 20 % of the indicators.
MIN_ASSESSED = 2
MIN_SHARE_ASSESSED = 0.8


def evidence_sufficient(n_assessed: int, n_assessable: int) -> bool:
    """True when `n_assessed` growth-rate assessments out of `n_assessable` continuous indicators with a
    desired direction carry an objective status: n_assessed ≥ 2 and n_assessed ≥ 0.8 · n_assessable."""
    return n_assessed >= MIN_ASSESSED and n_assessed >= MIN_SHARE_ASSESSED * n_assessable
