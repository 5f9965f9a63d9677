"""The Objectives page as pure functions: objective labels, disaggregation filters, the series shown, the
national/international companions of an indicator, the progress sentence, the table, map and metadata rows.

No streamlit here: `pages/objectives.py` reads the selection, calls these functions and renders.
Frames follow `indicators.api.QUERY_COLUMNS` (geo, year, date, disaggregations, value, unit, source_id,
status, note); values are in the indicator's unit.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Sequence
from urllib.parse import urlsplit

import pandas as pd

from .api import latest_per_year
from .codes import HOME
from .i18n import (
    coverage_text, fmt_compact, fmt_date, fmt_number, fmt_percent, fmt_value, lang_column, status_label, t, unit_label,
)
from .progress import CATEGORY_STATUSES, METHOD_CODES, Assessment
from .registry import Indicator
from .schema import DISAGGREGATION_COLUMNS
from .scorecard import DATED_GAP_YEARS, years_text
from .source_text import publisher_name, reader_licence
from .sources import Source, tier_label, vintage

# Units shown in short form (3.6M / 3,6 Mn) in the progress sentence once they reach this size.
COMPACT_UNITS = {"persons", "permits", "cases", "incidents"}
COMPACT_FROM = 100_000
# Units whose change since the baseline is also given in percent (counts and money; not rates or scores).
COUNT_CHANGE_UNITS = {"persons", "permits", "cases", "incidents", "usd", "camps"}
# Codes in origin/destination that are not countries.
SPECIAL_GEOS = ("OTH", "UNK", "STA", "WLD")
_UNSAFE_URL = re.compile(r"[\x00-\x20\x7f<>\"'`\\]")  # no spaces, controls, quotes or markup in a link
SDG_METADATA_URL = "https://unstats.un.org/sdgs/metadata/?Text=&Goal={goal}&Target={target}"


def objective_labels(objectives: pd.DataFrame, lang: str) -> dict[int, str]:
    """{n: "n – short title"} for the objectives in `ref_objectives` (columns objective, short_en, short_tr)."""
    short = objectives[lang_column("short", lang)]
    return {int(n): f"{int(n)} – {s}" for n, s in zip(objectives["objective"], short)}


def objective_title(objectives: pd.DataFrame, objective: int, lang: str) -> str:
    """The full title of one objective in the language ("" if the objective is not in the table)."""
    rows = objectives[objectives["objective"].astype(int) == objective]
    if rows.empty:
        return ""
    return str(rows.iloc[0][lang_column("title", lang)])


def disaggregation_options(full: pd.DataFrame) -> dict[str, list[str]]:
    """For each disaggregation column with at least one non-empty value in `full`: the options of its filter,
    "" (all, the total) first, then the codes present, sorted; columns without values are left out."""
    options = {}
    for col in DISAGGREGATION_COLUMNS:
        codes = sorted(set(full[col]) - {""})
        if codes:
            options[col] = ["", *codes]
    return options


def select_rows(full: pd.DataFrame, selection: Mapping[str, str] | None = None) -> pd.DataFrame:
    """The rows of `full` for one choice of disaggregations: column == selection[col] for every chosen
    column and empty for every other one. Alternative values and every dated point are kept, sorted by
    year, date and status (preferred first)."""
    selection = selection or {}
    mask = pd.Series(True, index=full.index)
    for col in DISAGGREGATION_COLUMNS:
        mask &= full[col] == selection.get(col, "")
    rows = full[mask]
    rows = rows.assign(_alt=rows["status"] == "alternative")
    rows = rows.sort_values(["year", "date", "_alt", "source_id"], kind="mergesort")
    return rows.drop(columns="_alt").reset_index(drop=True)


def chart_values(rows: pd.DataFrame) -> pd.DataFrame:
    """The line drawn from `select_rows` output: alternatives dropped, one value per year (the latest date
    of the year, as in the headline series). Columns year, value."""
    kept = rows[(rows["status"] != "alternative") & rows["value"].notna()]
    return latest_per_year(kept)[["year", "value"]].reset_index(drop=True)


def chart_source_ids(rows: pd.DataFrame) -> list[str]:
    """The source id of each value `chart_values` draws (one per year), for the tier caption of the chart."""
    kept = rows[(rows["status"] != "alternative") & rows["value"].notna()]
    return latest_per_year(kept)["source_id"].tolist()


def n_alternatives(rows: pd.DataFrame) -> int:
    """How many alternative values (other sources, not drawn) the rows contain."""
    return int((rows["status"] == "alternative").sum())


def series_geo(full: pd.DataFrame, preferred: str = HOME) -> str | None:
    """The geography whose series the page shows: `preferred` when it has rows, else the only geography of
    an indicator published for one area (e.g. WLD for a world total), else None."""
    geos = set(full["geo"])
    if preferred in geos:
        return preferred
    return next(iter(geos)) if len(geos) == 1 else None


def concept_companions(indicator: Indicator, pool: Iterable[Indicator]) -> list[Indicator]:
    """Other country-level indicators measuring the same concept in the same unit (e.g. UNHCR's refugees
    hosted beside PMM's Syrians under temporary protection): drawn with it, never merged."""
    if not indicator.concept:
        return []
    return [i for i in pool if i.id != indicator.id and i.concept == indicator.concept
            and i.unit == indicator.unit and i.geography == "country"]


def combined_series(labelled: Sequence[tuple[str, pd.DataFrame]]) -> pd.DataFrame:
    """Series drawn on one chart: the (label, frame with year and value) pairs stacked with a `series` column
    holding the label, in the order given. The other series are clipped to the years of the first (the
    indicator chosen), so a companion going back to 1990 does not squeeze it. Columns year, value, series."""
    if not labelled or labelled[0][1].empty:
        first, last = None, None
    else:
        first, last = labelled[0][1]["year"].min(), labelled[0][1]["year"].max()
    parts = []
    for label, frame in labelled:
        if first is not None:
            frame = frame[frame["year"].between(first, last)]
        if not frame.empty:
            parts.append(frame[["year", "value"]].assign(series=label))
    if not parts:
        return pd.DataFrame({"year": pd.Series(dtype="int64"), "value": pd.Series(dtype="float64"),
                             "series": pd.Series(dtype="str")})
    return pd.concat(parts, ignore_index=True)


def fmt_level(value: float | None, indicator: Indicator, lang: str) -> str:
    """A level for running text: counts of 100,000 or more in short form (`3.6M` / `3,6 Mn`), other
    values as `fmt_value` (percent `%8,1`, grouped counts)."""
    if value is not None and indicator.unit in COMPACT_UNITS and abs(value) >= COMPACT_FROM:
        return fmt_compact(value, lang, 1)
    return fmt_value(value, indicator.unit, lang, indicator.decimals)


# The UI string keys of codes shown to readers.
METHOD_KEYS = {"opensdg": "objectives_method_opensdg", "unsd": "objectives_method_unsd"}
SPECIAL_GEO_KEYS = {"OTH": "objectives_geo_OTH", "UNK": "objectives_geo_UNK", "STA": "objectives_geo_STA",
                    "WLD": "objectives_geo_WLD"}
VALUE_STATUS_KEYS = {"preferred": "objectives_status_preferred", "alternative": "objectives_status_alternative"}
DIRECTION_KEYS = {"increase": "objectives_direction_increase", "decrease": "objectives_direction_decrease",
                  "none": "objectives_direction_none"}
SCALE_KEYS = {"continuous": "objectives_scale_continuous", "ordinal": "objectives_scale_ordinal"}
DIMENSION_KEYS = {"sex": "objectives_dim_sex", "age": "objectives_dim_age", "origin": "objectives_dim_origin",
                  "destination": "objectives_dim_destination", "type": "objectives_dim_type",
                  "route": "objectives_dim_route"}
CODE_KEYS = {("sex", "female"): "objectives_sex_female", ("sex", "male"): "objectives_sex_male",
             ("age", "children"): "objectives_age_children", ("age", "adults"): "objectives_age_adults"}


def method_label(method: str, lang: str) -> str:
    """Display name of a progress method given as URL code (opensdg/unsd) or as progress constant."""
    code = next((c for c, m in METHOD_CODES.items() if method in (c, m)), "opensdg")
    return t(METHOD_KEYS[code], lang)


def reason_text(reason: str, lang: str) -> str:
    """The localised reason why a series was not assessed (`Assessment.reason`)."""
    if reason == "no desired direction":
        return t("objectives_reason_no_direction", lang)
    if reason == "no data":
        return t("objectives_reason_no_data", lang)
    if reason.startswith("fewer than two years"):
        return t("objectives_reason_few_years", lang)
    return t("objectives_reason_other", lang, reason=reason)


def target_text(indicator: Indicator, lang: str) -> str:
    """The target as a reader must see it: "target ≤ 3.00% (set by an official text)", or "threshold chosen
    by this project: ≥ 3, not an official target"; "" without a target."""
    if indicator.target is None:
        return ""
    key = "objectives_target_official" if indicator.target_official else "objectives_target_project"
    sign = "≤" if indicator.direction == "decrease" else "≥"
    return t(key, lang, target=f"{sign} {fmt_level(indicator.target, indicator, lang)}")


def progress_text(assessment: Assessment, indicator: Indicator, lang: str) -> str:
    """The inputs of the progress measure in words, e.g. "2018: 3.6M → 2024: 2.9M, growth −3.5%/yr, method
    Open SDG; score 2.5 (−5 to +5)". An ordinal indicator: its two categories, no growth rate. No desired
    direction: the latest value, shown as context. Not assessed: "Not assessed: <reason>" and the latest
    value if any. A target chosen by this project is named "threshold chosen by this project"."""
    a = assessment
    if a.status == "no_direction":
        if a.latest_year is None:
            return t("objectives_no_direction_empty", lang)
        return t("objectives_no_direction_text", lang, year=a.latest_year,
                 value=fmt_level(a.latest_value, indicator, lang))
    if a.status in CATEGORY_STATUSES:
        text = t("objectives_ordinal_inputs", lang, base_year=a.base_year,
                 base_value=fmt_number(a.base_value, lang), latest_year=a.latest_year,
                 latest_value=fmt_number(a.latest_value, lang))
        if indicator.target is not None:
            text += "; " + target_text(indicator, lang)
        return text
    if a.cagr is None:
        text = t("objectives_not_assessed", lang, reason=reason_text(a.reason, lang))
        if a.target_achieved or a.latest_year is not None:
            text += "; " + t("objectives_latest", lang, year=a.latest_year,
                             value=fmt_level(a.latest_value, indicator, lang))
        if a.target_achieved:
            text += "; " + target_text(indicator, lang)
        return text
    text = t("objectives_progress_inputs", lang, base_year=a.base_year, base_value=fmt_level(a.base_value, indicator, lang),
             latest_year=a.latest_year, latest_value=fmt_level(a.latest_value, indicator, lang),
             growth=fmt_percent(a.cagr * 100, lang, 1), method=method_label(a.method, lang))
    if a.target is not None and a.required_cagr is not None:
        key = "objectives_progress_target" if a.target_official else "objectives_progress_threshold"
        text += "; " + t(key, lang, target=fmt_level(a.target, indicator, lang),
                         target_year=a.target_year, required=fmt_percent(a.required_cagr * 100, lang, 1))
    if a.score is not None:
        text += "; " + t("objectives_score", lang, score=fmt_number(a.score, lang, 1))
    return text


def chart_caption(years: Iterable[int], base_year: int, indicator: Indicator, lang: str) -> str:
    """The caption under the series chart: the dashed baseline only when it is drawn (the base year lies
    within the years shown, as in `charts.series_chart`), and the target line, a project threshold named
    as such."""
    shown = [int(y) for y in years]
    parts = []
    if shown and min(shown) <= base_year <= max(shown):
        key = "objectives_baseline_caption" if base_year == 2018 else "objectives_baseline_caption_other"
        parts.append(t(key, lang, year=base_year))
    if indicator.target is not None:
        key = "objectives_target_caption" if indicator.target_official else "objectives_threshold_caption"
        parts.append(t(key, lang, target=fmt_value(indicator.target, indicator.unit, lang, indicator.decimals)))
    return " ".join(parts)


def objective_status_text(row: Mapping, lang: str) -> str:
    """One line on the objective's own status (a `scorecard.objective_scorecard` row), e.g. "Objective 20
    overall: Limited progress · 2 of 5 indicators assessed · inputs 2018 → 2020"."""
    parts = [t("objectives_objective_status", lang, n=int(row["objective"]), status=status_label(row["status"], lang)),
             coverage_text(int(row["n_assessed"]), int(row["n_indicators"]), lang)]
    years = years_text(row["first_year"], row["last_year_min"], row["last_year_max"])
    if years:
        parts.append(t("objectives_inputs", lang, years=years))
    return " · ".join(parts)


def dated_text(latest_year: int, publisher_latest_year: int, lang: str) -> str:
    """The flag of a dated input: its latest year and the publisher's latest year for other series or
    countries, with the project's threshold (`scorecard.DATED_GAP_YEARS`)."""
    return t("objectives_dated", lang, year=latest_year, publisher_year=publisher_latest_year,
             gap=DATED_GAP_YEARS)


def code_label(column: str, code: str, lang: str, country_names: Mapping[str, str] | None = None) -> str:
    """Display label of a disaggregation code: "" is the total, countries by name (ISO3 in brackets), sex
    and age groups translated, other codes with underscores as spaces."""
    if code == "":
        return t("objectives_filter_all", lang)
    if column in ("origin", "destination"):
        if code in SPECIAL_GEOS:
            return t(SPECIAL_GEO_KEYS[code], lang)
        name = (country_names or {}).get(code)
        return f"{name} ({code})" if name else code
    if column in ("sex", "age"):
        key = CODE_KEYS.get((column, code))
        return t(key, lang) if key else code
    return code.replace("_", " ")




def geo_label(geo: str, lang: str, names: Mapping[str, str]) -> str:
    """A geography's name (countries from `names`, WLD and other special codes translated)."""
    if geo in SPECIAL_GEOS:
        return t(SPECIAL_GEO_KEYS[geo], lang)
    return names.get(geo, geo)


def table_view(rows: pd.DataFrame, indicator: Indicator, lang: str, sources: Mapping[str, Source]) -> pd.DataFrame:
    """The Table tab: one row per value in `rows` with localised headers: year, date (formatted, empty for
    annual values), value formatted for the language, unit, source (publisher: title · tier), status
    (preferred/alternative, empty when sources agree) and note. Date, status and note are left out when
    they are empty on every row (the CSV downloads keep them)."""
    def source_name(sid: str) -> str:
        s = sources.get(sid)
        return " · ".join(p for p in (f"{publisher_name(s.publisher, lang)}: {s.title}", tier_label(s.tier, lang))
                          if p) if s else ""

    def status_name(status: str) -> str:
        return t(VALUE_STATUS_KEYS[status], lang) if status in VALUE_STATUS_KEYS else ""

    table = pd.DataFrame({
        t("year", lang): rows["year"].astype("int64"),
        t("objectives_col_date", lang): rows["date"].map(lambda d: fmt_date(d, lang) if d else ""),
        t("value", lang): rows["value"].map(lambda v: fmt_value(v, indicator.unit, lang, indicator.decimals)),
        t("objectives_col_unit", lang): unit_label(indicator.unit, lang),
        t("source", lang): rows["source_id"].map(source_name),
        t("objectives_col_status", lang): rows["status"].map(status_name),
        t("objectives_col_note", lang): rows["note"],
    }).reset_index(drop=True)
    optional = [t(k, lang) for k in ("objectives_col_date", "objectives_col_status", "objectives_col_note")]
    return table.drop(columns=[c for c in optional if (table[c] == "").all()])


def map_year(frame: pd.DataFrame, coverage: float = 0.5) -> int | None:
    """The year a world map shows: the latest year whose number of geographies reaches `coverage` × the
    best-covered year (so a last year with a handful of early reporters is not drawn). None if empty."""
    if frame.empty:
        return None
    counts = frame.groupby("year")["geo"].nunique()
    return int(counts[counts >= coverage * counts.max()].index.max())


def map_values(frame: pd.DataFrame, year: int) -> dict[str, float]:
    """{geo: value} of the headline `frame` in `year` (missing values left out)."""
    rows = frame[(frame["year"] == year) & frame["value"].notna()]
    return {str(g): float(v) for g, v in zip(rows["geo"], rows["value"])}


def sdg_metadata_url(code: str | None) -> str | None:
    """UN SDG metadata search link of an indicator code ("10.7.2" → Goal=10&Target=10.7); None without code."""
    if not code:
        return None
    parts = code.split(".")
    if len(parts) < 2:
        return None
    return SDG_METADATA_URL.format(goal=parts[0], target=f"{parts[0]}.{parts[1]}")


def about_rows(indicator: Indicator, lang: str) -> pd.DataFrame:
    """The About tab's facts as two text columns (field, value): unit, decimals, direction, target, SDG
    code, GCM objectives, derived, comparable."""
    yes_no = {True: t("objectives_yes", lang), False: t("objectives_no", lang)}
    target = (t("objectives_about_no_target", lang) if indicator.target is None
              else fmt_value(indicator.target, indicator.unit, lang, indicator.decimals))
    note = indicator.target_note(lang)
    if indicator.target is not None:
        target = target_text(indicator, lang) + (f" ({note})" if note else "")
    facts = [
        ("objectives_about_unit", unit_label(indicator.unit, lang)),
        ("objectives_about_decimals", str(indicator.decimals)),
        ("objectives_about_direction", t(DIRECTION_KEYS[indicator.direction], lang)),
        ("objectives_about_scale", t(SCALE_KEYS[indicator.scale], lang)),
        ("objectives_about_target", target),
        ("objectives_about_sdg", indicator.sdg or "–"),
        ("objectives_about_objectives", ", ".join(map(str, indicator.objectives))),
        ("objectives_about_derived", yes_no[indicator.derived]),
        ("objectives_about_comparable", yes_no[indicator.comparable]),
    ]
    return pd.DataFrame({"field": [t(k, lang) for k, _ in facts], "value": [v for _, v in facts]})


def web_link(url: str) -> str | None:
    """`url` if it is an http(s) address with a host (the only links the dashboard makes), else None."""
    url = url.strip()
    parts = urlsplit(url)
    return url if parts.scheme in ("http", "https") and parts.netloc and not _UNSAFE_URL.search(url) else None


def sources_table(source_ids: Iterable[str], sources: Mapping[str, Source], lang: str) -> pd.DataFrame:
    """One row per known source id: publisher, title, tier (in words), link, licence, vintage, date accessed
    (headers localised, publisher, licence and vintage as readers read them in `lang`: `indicators.source_text`;
    unknown ids are skipped). The link column holds http(s) addresses only (else empty), as it is shown as a link."""
    rows = [sources[s] for s in dict.fromkeys(source_ids) if s in sources]
    return pd.DataFrame({
        t("objectives_src_publisher", lang): [publisher_name(s.publisher, lang) for s in rows],
        t("objectives_src_title", lang): [s.title for s in rows],
        t("tier", lang): [tier_label(s.tier, lang) for s in rows],
        t("objectives_src_link", lang): [web_link(s.url) for s in rows],
        t("objectives_src_licence", lang): [reader_licence(s.licence, lang) for s in rows],
        t("objectives_src_vintage", lang): [vintage(s, lang) for s in rows],
        t("objectives_src_accessed", lang): [s.date_accessed for s in rows],
    })


def chart_title(indicator: Indicator, selection: Mapping[str, str], geo: str | None, lang: str,
                names: Mapping[str, str]) -> str:
    """The chart's title stating its filters and geography: "International migrant stock, women, Türkiye";
    a chosen origin or destination reads "origin: Syria (SYR)" (no filter, no words)."""
    parts = []
    for dim, code in selection.items():
        if not code:
            continue
        label = code_label(dim, code, lang, names)
        if dim in ("sex", "age"):
            parts.append(label[:1].lower() + label[1:])
        else:
            parts.append(f"{t(DIMENSION_KEYS[dim], lang).lower()}: {label}")
    if geo:
        parts.append(geo_label(geo, lang, names))
    return ", ".join([indicator.title(lang), *parts])


def _signed(text: str, value: float) -> str:
    return ("+" + text) if value > 0 else text


def latest_line(rows: pd.DataFrame, indicator: Indicator, base_year: int, lang: str,
                sources: Mapping[str, Source]) -> str:
    """The line above the chart: the latest value with its date (or year), its source (publisher, title,
    vintage, tier: `chart_export.source_text`) and the change since `base_year`: for counts the difference
    and the relative change ("+912,000 (+34.2%)"), for rates and shares the difference in the unit
    ("+1.2 percentage points"). Without a value in the base year the last earlier one is the baseline and
    its year is named ("since 2015: …"); "no value for 2018 or earlier" without any. "" without any value.
    Values are the drawn ones (`chart_values`: alternatives left out, the latest date of each year)."""
    from .chart_export import source_text

    kept = rows[(rows["status"] != "alternative") & rows["value"].notna()]
    if kept.empty:
        return ""
    latest = kept.sort_values(["year", "date"], kind="mergesort").iloc[-1]
    when = fmt_date(latest["date"], lang) if latest["date"] else str(int(latest["year"]))
    source = sources.get(latest["source_id"])
    parts = [t("objectives_latest_value", lang, value=fmt_level(float(latest["value"]), indicator, lang), when=when)]
    if source is not None:
        parts.append(source_text(source, lang))
    if int(latest["year"]) > base_year:
        line = chart_values(rows)
        base = line[line["year"] <= base_year].tail(1)
        if base.empty:
            parts.append(t("objectives_latest_no_base", lang, year=base_year))
        else:
            base_year = int(base["year"].iloc[0])
            before, now = float(base["value"].iloc[0]), float(latest["value"])
            diff = now - before
            if indicator.unit == "percent":
                parts.append(t("objectives_latest_change_points", lang, year=base_year,
                               diff=_signed(fmt_number(diff, lang, max(indicator.decimals, 1)), diff)))
            elif indicator.unit in COUNT_CHANGE_UNITS and before:
                pct = diff / abs(before) * 100
                parts.append(t("objectives_latest_change", lang, year=base_year,
                               diff=_signed(fmt_level(diff, indicator, lang), diff),
                               pct=_signed(fmt_percent(pct, lang, 1), pct)))
            else:
                parts.append(t("objectives_latest_change_unit", lang, year=base_year,
                               diff=_signed(fmt_level(diff, indicator, lang), diff)))
    return " · ".join(parts)


UNASSESSED_STATUSES = frozenset({"not_available", "no_direction"})


def default_indicator(members: Sequence[Indicator], results: pd.DataFrame) -> str:
    """The id of the indicator an objective opens on: the first of `members` with a progress status (so that
    the first view has a verdict), else the first. `results` is `scorecard.indicator_results` (indicator_id,
    status)."""
    status = dict(zip(results["indicator_id"], results["status"], strict=True))
    assessed = [i.id for i in members if status.get(i.id, "not_available") not in UNASSESSED_STATUSES]
    return (assessed or [members[0].id])[0]
