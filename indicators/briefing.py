"""The briefing's content model: everything the PDF and DOCX show, built deterministically from data + options.

`build_briefing(options, inputs)` returns a `BriefingContent` holding only text and numbers (formatted for
the language) and the series behind the charts; the renderers (`indicators.briefing_pdf`,
`indicators.briefing_docx`) lay it out. The same options and inputs always give the same content: the only
date in it is `options.date`, and the store build date comes from the inputs.

Sources are numbered in order of first citation in the document and referenced from the figures as [n].
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass, field

import altair as alt
import pandas as pd

from . import api, registry
from . import comparison as cmp
from . import overview
from . import peers as peer_ranking
from .charts import series_chart, to_png
from .codes import HOME, country_names
from .data import Data
from .i18n import (
    STATUS_BADGE_COLOURS, coverage_text, fmt_date, fmt_number, fmt_percent, fmt_value, is_translation, lang_column,
    lang_or_default, ordinal, status_label, t, unit_label,
)
from .objective_view import reason_text
from .progress import OPENSDG, ORDINAL, STATUSES
from .registry import Indicator
from .scorecard import NO_DATA, indicator_progress, indicator_results, objective_scorecard, years_text
from .source_text import (
    ANNOTATION, PARENTHESIS, PUBLISHER_NAMES, has_developer_detail, publisher_name, reader_licence, reader_url,
    without_developer_detail,
)
from .sources import Source, sources_by_id, tier_label, vintage

BASE_YEAR = 2018
DEFAULT_PEERS = ("CAN", "COL", "DEU", "MEX")
MAX_PEERS = 6  # the peer table has one column per country and must fit an A4 page width
# Indicator scopes: "all" indicators of the chosen objectives with data for Türkiye, or only the "key" ones:
# the overview's headline figures and the indicators whose progress since BASE_YEAR can be assessed.
ALL, KEY = "all", "key"
SCOPES = (KEY, ALL)
# Measured on the store of Nov 2026: 41 indicators gave 27 A4 pages (about 0.55 page per indicator plus 4.5
# pages of headlines, scorecard, method and sources), so more than 28 indicators would exceed ~20 pages.
MAX_FULL_INDICATORS = 28
METHOD_SOURCE_IDS = ("opensdg_progress",)
OBJECTIVES_SOURCE_ID = "un_gcm_ares_73_195"
TR_TRANSLATION_SOURCE_ID = "gcm_tr_unofficial_translation"
# Publishers whose full name makes a key message hard to read: the name they sign short texts with.
SHORT_PUBLISHERS = {
    "United Nations, Department of Economic and Social Affairs, Population Division": "briefing_pub_undesa",
    "International Organization for Migration (IOM), Missing Migrants Project": "briefing_pub_mmp",
    "UN DESA Population Division and IOM (custodians), via the UN Global SDG Indicators Database":
        "briefing_pub_sdg_database",
}
# Reference records cited by every briefing: (publisher, title) UI string keys, so both read in the language.
PROJECT_TITLES = {
    OBJECTIVES_SOURCE_ID: ("briefing_src_gcm_publisher", "briefing_src_gcm_title"),
    TR_TRANSLATION_SOURCE_ID: ("briefing_src_translation_publisher", "briefing_src_translation_title"),
    METHOD_SOURCE_IDS[0]: ("briefing_src_method_publisher", "briefing_src_method_title"),
}
CHART_SCALE = 2.0  # vl-convert scale: 2 × 560 px ≈ 1120 px over 180 mm ≈ 160 dpi
CHART_SIZE = (560, 115)  # CSS px; at the PDF's 180 mm width three indicator blocks fill an A4 page
MAX_KEY_MESSAGES = 8
# The UI string keys of the briefing's table columns, section headings, method paragraphs and scopes.
COLUMN_KEYS = {"indicator": "briefing_col_indicator", "year": "briefing_col_year", "source": "briefing_col_source",
               "objective": "briefing_col_objective", "status": "briefing_col_status", "rank": "briefing_col_rank",
               "national": "briefing_col_national", "international": "briefing_col_international",
               "difference": "briefing_col_difference", "evidence": "briefing_col_evidence"}
HEADING_KEYS = {"messages": "briefing_h_messages", "scorecard": "briefing_h_scorecard",
                "objectives": "briefing_h_objectives", "peers": "briefing_h_peers",
                "comparisons": "briefing_h_comparisons", "method": "briefing_h_method", "sources": "briefing_h_sources"}
METHOD_KEYS = ("briefing_method_1", "briefing_method_2", "briefing_method_3")
SCOPE_KEYS = {KEY: "briefing_scope_key", ALL: "briefing_scope_all"}
MAX_YEAR_TICKS = 14  # year labels that fit the chart's width
MIN_KEY_MESSAGES = 3
# Indicator and objective statuses that are a verdict on progress (the others say why there is none).
VERDICT_STATUSES = frozenset(STATUSES) - {"not_available", "no_direction", "insufficient_evidence"}
# The web's status colours: st.badge colour names (`indicators.i18n.STATUS_BADGE_COLOURS`) as Streamlit's
# light theme draws them (the 70 shade of its palette; yellow 80 to stay readable on white paper).
WEB_COLOURS = {"red": "#FF4B4B", "orange": "#FFA421", "yellow": "#FACA2B", "blue": "#1C83E1",
               "green": "#21C354", "violet": "#803DF5", "gray": "#A3A8B8"}


@dataclass(frozen=True)
class BriefingOptions:
    """What the reader chose. `objectives` None: every objective with data for Türkiye; `year` None: the
    latest year of each series; `date` None: today (the only date printed in the document); `scope` ALL or
    KEY (see `key_indicators`)."""

    lang: str = "en"
    objectives: tuple[int, ...] | None = None
    peers: tuple[str, ...] = DEFAULT_PEERS
    year: int | None = None
    date: dt.date | None = None
    scope: str = ALL


@dataclass(frozen=True)
class BriefingInputs:
    """The data a briefing is built from: observations, reference tables and the store build time (ISO)."""

    data: Data
    objectives: pd.DataFrame  # ref_objectives
    countries: pd.DataFrame  # ref_countries
    built_at: str
    sources: dict[str, Source] = field(default_factory=sources_by_id)
    champions: pd.DataFrame | None = None  # ref_champions: the key messages compare Türkiye with them


@dataclass(frozen=True)
class HeadlineFigure:
    """A headline figure (`indicators.overview.HEADLINES`): the latest value and, in `change_text`, its change
    since the first value in or after BASE_YEAR (`indicators.overview.fmt_change`; "" without one)."""

    indicator_id: str
    title: str
    year: int
    value: float
    value_text: str
    unit_text: str
    refs: tuple[int, ...]
    change_text: str = ""


@dataclass(frozen=True)
class ScorecardRow:
    """One objective of the scorecard: short and full title, status, its colour (the web's badge colour,
    `WEB_COLOURS`), its evidence in a few words for page 1 (`evidence_text`: indicators assessed, years of the
    inputs, a dated input) and `details` for the objective's section (the years of the inputs, dated inputs, a
    project-threshold label and the indicator results behind "Insufficient evidence"), one line each."""

    objective: int
    short_title: str
    title: str
    status: str
    status_text: str
    colour: str
    evidence_text: str
    details: tuple[str, ...] = ()


@dataclass(frozen=True)
class IndicatorSection:
    """One indicator of the selection: its Türkiye series (year, value in the indicator's unit), progress
    status, the inputs of the progress computation as (label, text) pairs, the latest figure with its date
    and source (`latest_text`), one takeaway sentence and the chart's one-sentence description (`alt_text`)."""

    indicator_id: str
    title: str
    status: str
    status_text: str
    colour: str
    inputs: tuple[tuple[str, str], ...]
    series: tuple[tuple[int, float], ...]
    refs: tuple[int, ...]
    latest_text: str = ""
    takeaway: str = ""
    alt_text: str = ""


@dataclass(frozen=True)
class ObjectiveSection:
    """A chosen objective: its status and evidence, the indicators shown under it (ids of
    `BriefingContent.sections`) and, in `see_also`, those already shown under an earlier objective."""

    objective: int
    heading: str
    status: str
    status_text: str
    colour: str
    evidence_text: str
    indicator_ids: tuple[str, ...]
    see_also: str = ""
    details: tuple[str, ...] = ()  # `ScorecardRow.details`


@dataclass(frozen=True)
class PeerRow:
    indicator_id: str
    title: str
    year: int
    rank_text: str
    values: tuple[str, ...]  # one per `BriefingContent.peer_columns`, Türkiye first
    refs: tuple[int, ...]


@dataclass(frozen=True)
class ComparisonRow:
    title_a: str
    value_a: str
    refs_a: tuple[int, ...]
    title_b: str
    value_b: str
    refs_b: tuple[int, ...]
    year: int
    difference_text: str


@dataclass(frozen=True)
class SourceEntry:
    """A numbered source as the reader sees it: publisher, title, vintage, licence and link, without the
    project's internal record (commits, copies, file names: `reader_source`)."""

    number: int
    source_id: str
    publisher: str
    title: str
    version: str
    licence: str
    url: str
    tier: str = ""  # in words: how close the record is to the publisher of its figures

    def text(self) -> str:
        parts = (self.publisher, self.title, self.tier, self.version, self.licence, self.url)
        return ". ".join(part for part in parts if part)


@dataclass(frozen=True)
class BriefingContent:
    """The whole briefing as text and numbers, in one language. `headings` maps section keys to titles;
    `key_messages` are the executive summary's sentences (page 1, with the scorecard)."""

    lang: str
    title: str
    subtitle: str
    date_line: str
    as_of_line: str
    scope_line: str
    headings: dict[str, str]
    key_messages: tuple[str, ...]
    headlines: tuple[HeadlineFigure, ...]
    scorecard: tuple[ScorecardRow, ...]
    scorecard_note: str
    objective_sections: tuple[ObjectiveSection, ...]
    sections: tuple[IndicatorSection, ...]
    peer_columns: tuple[str, ...]
    peer_rows: tuple[PeerRow, ...]
    peers_note: str
    comparisons: tuple[ComparisonRow, ...]
    comparisons_note: str
    methodology: tuple[str, ...]
    sources: tuple[SourceEntry, ...]

    def column(self, key: str) -> str:
        """A table column heading (`COLUMN_KEYS`) in the briefing's language."""
        return t(COLUMN_KEYS[key], self.lang)

    def section(self, indicator_id: str) -> IndicatorSection:
        """The indicator section of `indicator_id`."""
        return next(s for s in self.sections if s.indicator_id == indicator_id)

    def text(self) -> str:
        """The document's text, in reading order: what both renderers print (used to compare builds)."""
        lines = [self.title, self.subtitle, self.date_line, self.as_of_line, self.scope_line,
                 self.headings["messages"], *self.key_messages, self.headings["scorecard"]]
        lines += [f"{r.objective} · {r.short_title} | {r.status_text} | {r.evidence_text}" for r in self.scorecard]
        lines += [self.scorecard_note, self.headings["objectives"]]
        for o in self.objective_sections:
            lines += [f"{o.heading} | {o.status_text} | {o.evidence_text}", *o.details]
            for iid in o.indicator_ids:
                s = self.section(iid)
                lines += [s.title, s.latest_text, s.takeaway]
            if o.see_also:
                lines.append(o.see_also)
        lines += [self.headings["peers"], " | ".join(self.peer_columns)]
        lines += [f"{r.title} | {r.year} | {r.rank_text} | {' | '.join(r.values)} | {refs_text(r.refs)}"
                  for r in self.peer_rows]
        lines += [self.peers_note, self.headings["comparisons"], self.comparisons_note]
        lines += [f"{c.year} | {c.title_a} {c.value_a} {refs_text(c.refs_a)} | {c.title_b} {c.value_b} "
                  f"{refs_text(c.refs_b)} | {c.difference_text}" for c in self.comparisons]
        lines += [self.headings["method"], *self.methodology, self.headings["sources"]]
        lines += [f"[{s.number}] {s.text()}" for s in self.sources]
        return "\n".join(lines)


def refs_text(refs: Sequence[int]) -> str:
    """Source references as printed after a figure: `[1]`, `[2, 5]`."""
    return "[" + ", ".join(map(str, refs)) + "]" if refs else ""


class _Citations:
    """Numbers sources in order of first citation."""

    def __init__(self, sources: dict[str, Source], lang: str = "en"):
        self._sources = sources
        self._lang = lang
        self.order: list[str] = []

    def cite(self, source_ids: Sequence[str]) -> tuple[int, ...]:
        numbers = []
        for sid in dict.fromkeys(s for s in source_ids if s):
            if sid not in self._sources:
                raise KeyError(f"source {sid!r} cited by the briefing is not in data/sources.yaml")
            if sid not in self.order:
                self.order.append(sid)
            numbers.append(self.order.index(sid) + 1)
        return tuple(sorted(numbers))

    def entries(self, lang: str) -> tuple[SourceEntry, ...]:
        return tuple(reader_source(number, self._sources[sid], lang) for number, sid in enumerate(self.order, start=1))


def reader_source(number: int, source: Source, lang: str) -> SourceEntry:
    """The numbered entry of `source` in the sources list (`SourceEntry`), free of developer detail. The
    records this project writes itself (the GCM text, its translation, the progress method) are titled in
    the reader's language (`PROJECT_TITLES`)."""
    if source.id in PROJECT_TITLES:
        publisher_key, title_key = PROJECT_TITLES[source.id]
        return SourceEntry(number, source.id, t(publisher_key, lang), t(title_key, lang), "",
                           reader_licence(source.licence, lang), reader_url(source.url), _tier(source, lang))
    title = without_developer_detail(source.title) or source.title
    title = PARENTHESIS.sub("", title).strip() if has_developer_detail(title) else title
    publisher = (publisher_name(source.publisher, lang) if source.publisher in PUBLISHER_NAMES
                 else without_developer_detail(source.publisher) or source.publisher)
    if is_translation(lang):  # the project's English notes on a record; the tier says the same translated
        title, publisher = ANNOTATION.sub("", title).strip(), ANNOTATION.sub("", publisher).strip()
    return SourceEntry(number, source.id, publisher, title, vintage(source, lang),
                       reader_licence(source.licence, lang), reader_url(source.url), _tier(source, lang))


def _tier(source: Source, lang: str) -> str:
    return tier_label(source.tier, lang) if source.tier else ""


def source_name(source: Source, lang: str) -> str:
    """The publisher as named in a sentence: its usual short name in `lang` (`SHORT_PUBLISHERS`), else
    without its parenthesis (`reliefweb.int (IOM DTM)` → `reliefweb.int`)."""
    for long, key in SHORT_PUBLISHERS.items():
        if source.publisher.startswith(long):
            return t(key, lang)
    return PARENTHESIS.sub("", source.publisher).strip() or source.publisher


def load_inputs(url: str | None = None) -> BriefingInputs:
    """Inputs from the SQL store (built first if the curated data changed)."""
    from .store import build_info, ensure_store, load_data, load_table, make_engine

    ensure_store(url)
    engine = make_engine(url)
    try:
        return BriefingInputs(load_data(engine), load_table(engine, "ref_objectives"),
                              load_table(engine, "ref_countries"), build_info(engine).get("built_at", ""),
                              champions=load_table(engine, "ref_champions"))
    finally:
        engine.dispose()


def data_until(data: Data, year: int | None) -> Data:
    """The observations of years up to `year` included (all of them when `year` is None)."""
    if year is None:
        return data
    return Data({name: frame[frame["year"] <= year].reset_index(drop=True) for name, frame in data.items()})


def tur_series(indicator: Indicator, data: Data) -> pd.DataFrame:
    """Türkiye's headline series of an indicator: the rows of `indicators.api.query` with a value (one per
    year; columns indicator, geo, year, date, value, unit, source_id...)."""
    frame = api.query(indicator, data, geo=HOME)
    return frame[frame["value"].notna()].reset_index(drop=True)


def tur_series_all(data: Data) -> dict[str, pd.DataFrame]:
    """`tur_series` of every country-level indicator with a value for Türkiye, by id (registry order)."""
    out = {}
    for ind in registry.all_indicators():
        if ind.geography == "country":
            series = tur_series(ind, data)
            if not series.empty:
                out[ind.id] = series
    return out


def objectives_with_data(series: dict[str, pd.DataFrame]) -> list[int]:
    """GCM objectives (1..23) of the indicators in `series` (see `tur_series_all`)."""
    return sorted({o for iid in series for o in registry.get(iid).objectives})


def selected_indicators(objectives: Sequence[int], series: dict[str, pd.DataFrame]) -> list[Indicator]:
    """Indicators of `series` (see `tur_series_all`) serving any of the objectives, in registry order."""
    chosen = set(objectives)
    return [registry.get(iid) for iid in series if chosen.intersection(registry.get(iid).objectives)]


def is_assessed(indicator: Indicator, data: Data) -> bool:
    """Whether the progress of `indicator` for Türkiye since BASE_YEAR has a result: a status from a score
    or a category change (not "not enough data" nor "no desired direction")."""
    a = indicator_progress(indicator, data, HOME, BASE_YEAR)
    return a.status in VERDICT_STATUSES


def key_indicators(indicators: Sequence[Indicator], data: Data) -> list[Indicator]:
    """The KEY scope of `indicators` (order kept): the overview's headline figures and the assessed ones."""
    return [ind for ind in indicators if ind.id in overview.HEADLINES or is_assessed(ind, data)]


def default_scope(n_indicators: int) -> str:
    """KEY when a briefing of all `n_indicators` would run past ~20 A4 pages (see MAX_FULL_INDICATORS), else ALL."""
    return KEY if n_indicators > MAX_FULL_INDICATORS else ALL


def _value(ind: Indicator, value: float | None, lang: str) -> str:
    return fmt_value(value, ind.unit, lang, ind.decimals)


def _growth(value: float | None, lang: str) -> str:
    return "–" if value is None else t("briefing_per_year", lang, value=fmt_percent(value * 100, lang, 2))


def _progress_inputs(ind: Indicator, data: Data, lang: str) -> tuple[str, tuple[tuple[str, str], ...]]:
    """Status code and the recomputable inputs of an indicator's progress since 2018."""
    a = indicator_progress(ind, data, HOME, BASE_YEAR)
    inputs = []
    if a.base_year is not None:
        inputs.append((t("briefing_input_base", lang), f"{a.base_year}: {_value(ind, a.base_value, lang)}"))
    if a.latest_year is not None:
        inputs.append((t("briefing_input_latest", lang), f"{a.latest_year}: {_value(ind, a.latest_value, lang)}"))
    if ind.target is not None:
        inputs.append((t("briefing_input_target" if ind.target_official else "briefing_input_threshold", lang),
                       _value(ind, ind.target, lang)))
    if ind.scale == ORDINAL:
        inputs.append((t("briefing_input_scale", lang), t("objectives_scale_ordinal", lang)))
    if a.cagr is not None:
        inputs.append((t("briefing_input_cagr", lang), _growth(a.cagr, lang)))
    if a.required_cagr is not None:
        inputs.append((t("briefing_input_required", lang), _growth(a.required_cagr, lang)))
    if a.score is not None:
        inputs.append((t("briefing_input_score", lang), fmt_number(a.score, lang, 2)))
    if a.reason and a.status != "no_direction":  # the status already says "no desired direction"
        reason = reason_text(a.reason, lang)
        inputs.append((t("briefing_input_reason", lang), reason))
    return a.status, tuple(inputs)


def _objective_title(objectives: pd.DataFrame, number: int, lang: str) -> str:
    row = objectives[objectives["objective"].astype(int) == number].iloc[0]
    return str(row[lang_column("title", lang)])




def _headlines(indicators: list[Indicator], series: dict[str, pd.DataFrame], lang: str,
               cite: _Citations) -> list[HeadlineFigure]:
    """The overview's headline figures of the selected indicators, in the overview's order."""
    chosen = {ind.id: ind for ind in indicators}
    out = []
    for iid in overview.HEADLINES:
        if iid not in chosen:
            continue
        ind = chosen[iid]
        fig = overview.headline_figure(series[iid], HOME, BASE_YEAR)
        change = ""
        if fig["base_year"] is not None:
            change = (overview.fmt_change(fig["change_base"], fig["change_base_pct"], ind.unit, lang, ind.decimals)
                      + " " + t("overview_since", lang, year=fig["base_year"]))
        out.append(HeadlineFigure(ind.id, ind.title(lang), fig["year"], fig["value"],
                                  _value(ind, fig["value"], lang), unit_label(ind.unit, lang),
                                  cite.cite([fig["source_id"]]), change))
    return out


def web_colour(status: str) -> str:
    """The colour of a status as the web draws its badge (`WEB_COLOURS` of `STATUS_BADGE_COLOURS`)."""
    return WEB_COLOURS[STATUS_BADGE_COLOURS.get(status, "gray")]


def _short_title(objectives: pd.DataFrame, number: int, lang: str) -> str:
    row = objectives[objectives["objective"].astype(int) == number].iloc[0]
    return str(row[lang_column("short", lang)])


def _evidence(rec, lang: str) -> str:
    """An objective's evidence in a few words: indicators assessed, the years of the inputs, a dated input."""
    parts = [t("briefing_coverage_text", lang, assessed=int(rec.n_assessed), total=int(rec.n_indicators))]
    years = years_text(rec.first_year, rec.last_year_min, rec.last_year_max)
    if years:
        parts.append(years)
    if rec.dated_ids:
        parts.append(t("briefing_evidence_dated", lang))
    return ", ".join(parts)


def _scorecard(inputs: BriefingInputs, data: Data, objectives: Sequence[int],
               lang: str) -> tuple[list[ScorecardRow], str]:
    """The chosen objectives that have indicators, and a note naming the objectives without any indicator."""
    frame = objective_scorecard(data, HOME, BASE_YEAR)
    results = indicator_results(data, HOME, BASE_YEAR)
    table = overview.scorecard_table(frame, inputs.objectives, lang, OPENSDG)
    rows = []
    chosen = set(objectives)
    by_objective = {int(row.objective): row for row in table.itertuples(index=False)}
    for rec in frame.itertuples(index=False):
        number = int(rec.objective)
        if rec.status == NO_DATA or number not in chosen:
            continue
        details = tuple(overview.tile_details(by_objective[number], results, lang))
        rows.append(ScorecardRow(number, _short_title(inputs.objectives, number, lang),
                                 _objective_title(inputs.objectives, number, lang), rec.status,
                                 status_label(rec.status, lang), web_colour(rec.status), _evidence(rec, lang),
                                 details))
    # Indicators, not indicator-objective pairs: an indicator mapped to 3 objectives counts once.
    mapped = {i for ids in frame["indicator_ids"] for i in ids.split(";") if i}
    assessed = set(results.loc[results["score"].notna() & results["indicator_id"].isin(mapped), "indicator_id"])
    empty = [str(int(o)) for o in frame.loc[frame["status"] == NO_DATA, "objective"]]
    # The evidence rule and the mapping status are stated in the method section (page 1 must hold the summary).
    note = " ".join([coverage_text(len(assessed), len(mapped), lang) + "."]
                    + ([t("briefing_scorecard_note", lang, objectives=", ".join(empty))] if empty else []))
    return rows, note


def value_with_unit(ind: Indicator, value: float | None, lang: str) -> str:
    """A value as a sentence says it: `%8,10`, `US$ 982 Mn`, else the number and its unit (`7.083.501 kişi`)."""
    text = _value(ind, value, lang)
    return text if ind.unit in ("percent", "usd") else f"{text} {unit_label(ind.unit, lang)}"


def _period(series: pd.DataFrame) -> tuple[int, str]:
    """The latest year of a series and its date (ISO text, "" for an annual value)."""
    last = series.sort_values("year", kind="mergesort").iloc[-1]
    date = last["date"] if "date" in series else ""
    return int(last["year"]), "" if pd.isna(date) or not date else str(date)


def _period_text(year: int, date: str, lang: str) -> str:
    return overview.reference_period(year, date, lang)


def _change_since_base(ind: Indicator, series: pd.DataFrame, lang: str) -> tuple[str, int | None, str]:
    """(change text, base year, base value text) of the latest value against the first value from BASE_YEAR on."""
    fig = overview.headline_figure(series, HOME, BASE_YEAR)
    if fig is None or fig["base_year"] is None:
        return "", None, ""
    change = overview.fmt_change(fig["change_base"], fig["change_base_pct"], ind.unit, lang, ind.decimals)
    return change, int(fig["base_year"]), value_with_unit(ind, fig["base_value"], lang)


def _source_ref(series: pd.DataFrame, sources: dict[str, Source], cite: _Citations, lang: str) -> str:
    """The publisher of the latest value and its reference number: `UNHCR [2]`."""
    sid = str(series.sort_values("year", kind="mergesort").iloc[-1]["source_id"])
    return f"{source_name(sources[sid], lang)} {refs_text(cite.cite([sid]))}"


def _status_sentence(status: str, lang: str) -> str:
    if status in VERDICT_STATUSES:
        return t("briefing_takeaway_status", lang, status=status_label(status, lang))
    return t("briefing_takeaway_no_direction" if status == "no_direction" else "briefing_takeaway_not_available",
             lang)


def _takeaway(ind: Indicator, series: pd.DataFrame, status: str, lang: str) -> str:
    """One sentence: the change since the base year (or why there is none) and what the progress status says."""
    change, base_year, base_value = _change_since_base(ind, series, lang)
    if base_year is None:
        first = t("briefing_takeaway_no_base", lang, year=BASE_YEAR)
    else:
        first = t("briefing_takeaway_change", lang, change=change, year=base_year, base=base_value)
    return f"{first}; {_status_sentence(status, lang)}."


def alt_text(ind: Indicator, series: Sequence[tuple[int, float]], lang: str) -> str:
    """The chart's one-sentence description: what it shows, the years, the first and last values, the peak."""
    years = [y for y, _ in series]
    values = [v for _, v in series]
    peak = max(range(len(values)), key=lambda i: values[i])
    return t("briefing_alt", lang, title=ind.title(lang), first_year=years[0], last_year=years[-1],
             first=value_with_unit(ind, values[0], lang), last=value_with_unit(ind, values[-1], lang),
             peak=value_with_unit(ind, values[peak], lang), peak_year=years[peak], n=len(years))


def _sections(indicators: list[Indicator], data: Data, all_series: dict[str, pd.DataFrame], lang: str,
              sources: dict[str, Source], cite: _Citations) -> list[IndicatorSection]:
    out = []
    for ind in indicators:
        series = all_series[ind.id]
        status, inputs = _progress_inputs(ind, data, lang)
        points = tuple((int(y), float(v)) for y, v in zip(series["year"], series["value"], strict=True))
        year, date = _period(series)
        latest_value = float(series.sort_values("year", kind="mergesort").iloc[-1]["value"])
        latest = t("briefing_latest_line", lang, value=value_with_unit(ind, latest_value, lang),
                   period=_period_text(year, date, lang), source=_source_ref(series, sources, cite, lang))
        out.append(IndicatorSection(
            ind.id, ind.title(lang),
            status, status_label(status, lang), web_colour(status), inputs, points,
            cite.cite(list(series["source_id"])), latest, _takeaway(ind, series, status, lang),
            alt_text(ind, points, lang),
        ))
    return out


def _objective_sections(objectives: Sequence[int], scorecard: Sequence[ScorecardRow],
                        sections: Sequence[IndicatorSection], lang: str) -> list[ObjectiveSection]:
    """One section per chosen objective with indicators; each indicator is shown under the first chosen
    objective it serves and named under the later ones."""
    rows = {r.objective: r for r in scorecard}
    shown: dict[str, int] = {}
    out = []
    for number in objectives:
        if number not in rows:
            continue
        members = [s for s in sections if number in registry.get(s.indicator_id).objectives]
        own = [s.indicator_id for s in members if s.indicator_id not in shown]
        earlier = [s for s in members if s.indicator_id in shown]
        see_also = ""
        if earlier:
            see_also = t("briefing_see_also", lang, items="; ".join(
                t("briefing_see_also_item", lang, title=s.title, objective=shown[s.indicator_id]) for s in earlier))
        shown |= {iid: number for iid in own}
        r = rows[number]
        out.append(ObjectiveSection(number, t("briefing_objective_heading", lang, n=number, title=r.title),
                                    r.status, r.status_text, r.colour, r.evidence_text, tuple(own), see_also,
                                    r.details))
    return out


def champion_rank(ind: Indicator, data: Data, champions: Sequence[str], year: int) -> tuple[int, int] | None:
    """Türkiye's rank (1 = largest) among the Champion Countries with a value in `year`, and their number
    (Türkiye included); None when the indicator is not comparable or fewer than three have a value."""
    if not ind.comparable or ind.geography != "country" or not champions:
        return None
    frame = api.query(ind, data, geo=sorted({HOME, *champions}))
    table = peer_ranking.ranking(frame, year, [c for c in champions if c != HOME], HOME)
    valued = table[table["value"].notna()]
    if len(valued) < 3 or HOME not in set(valued["geo"]):
        return None
    return int(valued.loc[valued["geo"] == HOME, "rank_selected"].iloc[0]), len(valued)


def _headline_message(ind: Indicator, series: pd.DataFrame, data: Data, champions: Sequence[str],
                      sources: dict[str, Source], cite: _Citations, lang: str) -> str:
    """A key message: the latest figure with its date and source, its change since the base year and
    Türkiye's rank among the Champion Countries."""
    year, date = _period(series)
    value = float(series.sort_values("year", kind="mergesort").iloc[-1]["value"])
    period = t("briefing_on_date" if date else "briefing_in_year", lang, period=_period_text(year, date, lang))
    text = t("briefing_message_figure", lang, title=ind.title(lang), value=value_with_unit(ind, value, lang),
             period=period, source=_source_ref(series, sources, cite, lang))
    change, base_year, base_value = _change_since_base(ind, series, lang)
    if base_year is not None:
        text += " " + t("briefing_message_change", lang, change=change, year=base_year, base=base_value)
    rank = champion_rank(ind, data, champions, year)
    if rank is not None:
        text += " " + t("briefing_message_rank", lang, rank=ordinal(rank[0], lang), n=rank[1], year=year)
    return text


def _scorecard_message(scorecard: Sequence[ScorecardRow], lang: str) -> str:
    """A key message: which objectives have a verdict, which do not."""
    verdicts: dict[str, list[str]] = {}
    for r in scorecard:
        if r.status in VERDICT_STATUSES:
            verdicts.setdefault(r.status_text, []).append(f"{r.objective} ({r.short_title})")
    rest = len(scorecard) - sum(len(v) for v in verdicts.values())
    if not verdicts:
        return t("briefing_message_no_verdict", lang, n=len(scorecard), year=BASE_YEAR)
    listed = "; ".join(f"{label}: {', '.join(items)}" for label, items in verdicts.items())
    return t("briefing_message_scorecard", lang, n=len(scorecard), year=BASE_YEAR, verdicts=listed, rest=rest)


def _key_messages(indicators: Sequence[Indicator], series: dict[str, pd.DataFrame], scorecard: Sequence[ScorecardRow],
                  data: Data, champions: Sequence[str], sources: dict[str, Source], cite: _Citations,
                  lang: str) -> list[str]:
    """The executive summary: the scorecard in one sentence, then the headline figures of the selection
    (the relative member of a per-capita pair left to its section when its absolute figure is a message)."""
    chosen = {ind.id: ind for ind in indicators}
    ids = [i for i in overview.HEADLINES if i in chosen]
    relative = {rel for absolute, rel in peer_ranking.PER_CAPITA.items() if absolute in ids}
    messages = [_scorecard_message(scorecard, lang)] if len(scorecard) > 1 else []
    for iid in ids:
        if iid in relative or len(messages) >= MAX_KEY_MESSAGES:
            continue
        messages.append(_headline_message(chosen[iid], series[iid], data, champions, sources, cite, lang))
    if len(messages) < MAX_KEY_MESSAGES:  # assessed indicators that are not headlines, registry order
        for ind in indicators:
            if ind.id not in ids and len(messages) < MAX_KEY_MESSAGES and is_assessed(ind, data):
                messages.append(_headline_message(ind, series[ind.id], data, champions, sources, cite, lang))
                ids.append(ind.id)
    for ind in indicators:  # a narrow selection (one objective) without headline or assessed figures
        if len(messages) >= MIN_KEY_MESSAGES:
            break
        if ind.id not in ids:
            messages.append(_headline_message(ind, series[ind.id], data, champions, sources, cite, lang))
    return messages


def _peer_rows(indicators: list[Indicator], data: Data, peers: Sequence[str], lang: str,
               cite: _Citations) -> list[PeerRow]:
    """For each indicator, the values of Türkiye and the peers in Türkiye's latest year and Türkiye's rank
    among those with a value (`indicators.peers.ranking`: 1 = largest, ties share the smallest rank)."""
    if not peers:
        return []
    out = []
    for ind in indicators:
        frame = api.query(ind, data, geo=[HOME, *peers])
        year = peer_ranking.default_year(frame, HOME)
        table = peer_ranking.ranking(frame, year, peers, HOME)
        valued = table[table["value"].notna()]
        if len(valued) < 2:
            continue
        by_geo = dict(zip(valued["geo"], valued["value"], strict=True))
        rank = int(valued.loc[valued["geo"] == HOME, "rank_selected"].iloc[0])
        out.append(PeerRow(
            ind.id, ind.title(lang), year,
            t("briefing_rank_value", lang, rank=rank, total=len(valued)),
            tuple(_value(ind, by_geo.get(g), lang) for g in [HOME, *peers]),
            cite.cite(list(valued.sort_values("geo")["source_id"])),
        ))
    return out


def _series_title(series: cmp.ComparedSeries, lang: str) -> str:
    return " − ".join(registry.get(i).title(lang) for i in series.indicator_ids)


def _comparisons(indicators: list[Indicator], data: Data, lang: str, cite: _Citations) -> list[ComparisonRow]:
    """For each comparison of `indicators.comparison.COMPARISONS` reading a selected indicator: every compared
    (not related) series against the reference series (A), at the latest year both cover, where their values
    differ; the difference is (B − A) in % of A."""
    selected = {ind.id for ind in indicators}
    out = []
    for comp in cmp.COMPARISONS:
        if not selected.intersection(comp.indicator_ids):
            continue
        frames = {i: api.query(i, data, geo=HOME) for i in comp.indicator_ids}
        long = cmp.series_frame(comp, frames, HOME)
        if long.empty:
            continue
        table = cmp.comparison_table(long, comp)
        ref = comp.reference
        first = registry.get(ref.indicator_id)
        for other in comp.series[1:]:
            if other.related or other.key not in table:
                continue
            both = table[table[ref.key].notna() & table[other.key].notna()]
            if both.empty:
                continue
            last = both.iloc[-1]
            year, va, vb = int(last["year"]), float(last[ref.key]), float(last[other.key])
            if round(va, first.decimals) == round(vb, first.decimals):
                continue
            diff = "–" if va == 0 else fmt_percent(float(last[f"diff_{other.key}"]) / abs(va) * 100, lang, 1)
            refs_b = [frames[i].loc[frames[i]["year"] == year, "source_id"].iloc[0] for i in other.indicator_ids]
            out.append(ComparisonRow(
                _series_title(ref, lang), _value(first, va, lang),
                cite.cite(list(long.loc[(long["series"] == ref.key) & (long["year"] == year), "source_id"])),
                _series_title(other, lang), _value(first, vb, lang), cite.cite(refs_b), year, diff))
    return out


def build_briefing(options: BriefingOptions, inputs: BriefingInputs) -> BriefingContent:
    """The briefing for `options` from `inputs`. Raises ValueError naming an unknown objective or peer code."""
    lang = lang_or_default(options.lang)
    date = options.date or dt.date.today()
    data = data_until(inputs.data, options.year)
    series = tur_series_all(data)
    available = objectives_with_data(series)
    objectives = sorted(set(options.objectives)) if options.objectives is not None else available
    bad = [o for o in objectives if not 1 <= o <= 23]
    if bad:
        raise ValueError(f"objective(s) {bad} not within 1..23")
    known = set(inputs.countries["geo"])
    peers = [p for p in dict.fromkeys(options.peers) if p != HOME]
    unknown = [p for p in peers if p not in known]
    if unknown:
        raise ValueError(f"unknown peer country code(s) {unknown}; expected ISO3 codes of ref_countries")
    if len(peers) > MAX_PEERS:
        raise ValueError(f"{len(peers)} peer countries; at most {MAX_PEERS} fit the peer table")
    if options.scope not in SCOPES:
        raise ValueError(f"scope {options.scope!r} not one of {SCOPES}")
    indicators = selected_indicators(objectives, series)
    if options.scope == KEY:
        indicators = key_indicators(indicators, data)
    cite = _Citations(inputs.sources)
    champions = (peer_ranking.champion_codes(inputs.champions) if inputs.champions is not None else [])

    scorecard, scorecard_note = _scorecard(inputs, data, objectives, lang)
    key_messages = _key_messages(indicators, series, scorecard, data, champions, inputs.sources, cite, lang)
    headlines = _headlines(indicators, series, lang, cite)
    cite.cite([OBJECTIVES_SOURCE_ID] + ([TR_TRANSLATION_SOURCE_ID] if is_translation(lang) else []))
    if is_translation(lang):
        scorecard_note = (scorecard_note + " " + t("unofficial_translation", lang)).strip()
    sections = _sections(indicators, data, series, lang, inputs.sources, cite)
    objective_sections = _objective_sections(objectives, scorecard, sections, lang)
    peer_rows = _peer_rows(indicators, data, peers, lang, cite)
    comparisons = _comparisons(indicators, data, lang, cite)
    cite.cite(list(METHOD_SOURCE_IDS))

    latest = max((s.series[-1][0] for s in sections), default=None)
    built = fmt_date(inputs.built_at, lang) if inputs.built_at else "–"
    ref = str(options.year) if options.year is not None else t("briefing_ref_latest", lang)
    names = country_names(inputs.countries, lang)
    peer_names = [names.get(p, p) for p in peers]
    return BriefingContent(
        lang=lang,
        title=t("briefing_title", lang),
        subtitle=t("briefing_subtitle", lang),
        date_line=t("briefing_date_line", lang, date=fmt_date(date, lang)),
        as_of_line=t("briefing_as_of", lang, built=built, year=latest if latest is not None else "–", ref=ref),
        scope_line=t("briefing_scope", lang, objectives=", ".join(map(str, objectives)) or t("briefing_none", lang),
                     peers=", ".join(peer_names) or t("briefing_none", lang))
        + (" " + t("briefing_scope_key_line", lang) if options.scope == KEY else ""),
        headings={key: t(ui_key, lang) for key, ui_key in HEADING_KEYS.items()},
        key_messages=tuple(key_messages),
        headlines=tuple(headlines),
        scorecard=tuple(scorecard),
        scorecard_note=scorecard_note,
        objective_sections=tuple(objective_sections),
        sections=tuple(sections),
        peer_columns=(names.get(HOME, HOME), *peer_names),
        peer_rows=tuple(peer_rows),
        peers_note=t("briefing_peers_note", lang) if peers else t("briefing_no_peers", lang),
        comparisons=tuple(comparisons),
        comparisons_note=t("briefing_comparisons_note", lang) if comparisons else t("briefing_no_comparisons", lang),
        methodology=(*(t(key, lang, method_page=method_page(lang)) for key in METHOD_KEYS),
                     t("overview_evidence_rule", lang) + " " + t("objectives_mapping_note", lang)),
        sources=cite.entries(lang),
    )


def method_page(lang: str) -> str:
    """Where the full method is explained: the dashboard's Data and sources page, tab Progress method (the
    dashboard has no public address to link to)."""
    return f"{t('page_data', lang)} → {t('data_tab_method', lang)}"


def section_chart(section: IndicatorSection, lang: str):
    """The Altair chart of a section: Türkiye's series with the 2018 baseline and the target, A4-sized and
    untitled (the section heading above it is the title). Year ticks sit on the years of the series (up to
    MAX_YEAR_TICKS, else every few years), never between them (a 2019–2021 series read "2019 2020 2020 2021")."""
    ind = registry.get(section.indicator_id)
    frame = pd.DataFrame(section.series, columns=["year", "value"])
    width, height = CHART_SIZE
    chart = series_chart(frame, ind, lang, baseline_year=BASE_YEAR).properties(title="", width=width, height=height)
    years = [y for y, _ in section.series]
    step = max(1, -(-len(years) // MAX_YEAR_TICKS))
    ticks = years[::-1][::step][::-1]
    x = chart.layer[0].encoding.x
    x.axis = alt.Axis(values=ticks, format="d", labelOverlap=True)
    return chart


def chart_pngs(content: BriefingContent, scale: float = CHART_SCALE) -> dict[str, bytes]:
    """PNG bytes (vl-convert, `scale` × CSS pixels) of each section's chart, by indicator id."""
    return {s.indicator_id: to_png(section_chart(s, content.lang), scale=scale) for s in content.sections}


def parse_codes(text: str | None) -> list[str]:
    """`"5, 9,20"` → `["5", "9", "20"]` (CLI lists); empty items dropped."""
    return [part.strip() for part in (text or "").split(",") if part.strip()]
