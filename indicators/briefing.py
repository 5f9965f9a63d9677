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

import pandas as pd

from . import api, registry
from . import comparison as cmp
from . import overview
from . import peers as peer_ranking
from .charts import series_chart, to_png
from .data import Data
from .i18n import (
    coverage_text,
    fmt_date,
    fmt_number,
    fmt_percent,
    fmt_value,
    status_colour,
    status_label,
    t,
    unit_label,
)
from .objective_view import reason_text
from .progress import OPENSDG, ORDINAL
from .registry import Indicator
from .scorecard import NO_DATA, indicator_progress, indicator_results, objective_scorecard
from .sources import Source, display_version, sources_by_id, tier_label

GEO = "TUR"
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
CHART_SCALE = 2.0  # vl-convert scale: 2 × 560 px ≈ 1120 px over 170 mm ≈ 170 dpi


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
    """One objective of the scorecard: status, coverage and `details` (the years of the inputs, dated inputs,
    a project-threshold label, and the indicator results behind "Insufficient evidence"), one line each."""

    objective: int
    title: str
    status: str
    status_text: str
    colour: str
    coverage_text: str
    details: tuple[str, ...] = ()

    def evidence_text(self) -> str:
        """Coverage and details as printed in the scorecard's last column, one per line."""
        return "\n".join((self.coverage_text, *self.details))


@dataclass(frozen=True)
class IndicatorSection:
    """One indicator of the selection: its Türkiye series (year, value in the indicator's unit), progress
    status and the inputs of the progress computation as (label, text) pairs."""

    indicator_id: str
    title: str
    objectives_text: str
    status: str
    status_text: str
    colour: str
    inputs: tuple[tuple[str, str], ...]
    series: tuple[tuple[int, float], ...]
    refs: tuple[int, ...]


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
    number: int
    source_id: str
    publisher: str
    title: str
    version: str
    licence: str
    url: str
    tier: str = ""  # the source tier in words, in the briefing's language

    def text(self) -> str:
        tier = f" {self.tier}." if self.tier else ""
        return f"{self.publisher}. {self.title} ({self.version}).{tier} {self.licence}. {self.url}"


@dataclass(frozen=True)
class BriefingContent:
    """The whole briefing as text and numbers, in one language. `headings` maps section keys to titles."""

    lang: str
    title: str
    subtitle: str
    date_line: str
    as_of_line: str
    scope_line: str
    headings: dict[str, str]
    headlines: tuple[HeadlineFigure, ...]
    scorecard: tuple[ScorecardRow, ...]
    scorecard_note: str
    sections: tuple[IndicatorSection, ...]
    peer_columns: tuple[str, ...]
    peer_rows: tuple[PeerRow, ...]
    peers_note: str
    comparisons: tuple[ComparisonRow, ...]
    comparisons_note: str
    methodology: tuple[str, ...]
    sources: tuple[SourceEntry, ...]

    def column(self, key: str) -> str:
        """A table column heading (`briefing_col_<key>`) in the briefing's language."""
        return t(f"briefing_col_{key}", self.lang)

    def text(self) -> str:
        """The document's text, in reading order: what both renderers print (used to compare builds)."""
        lines = [self.title, self.subtitle, self.date_line, self.as_of_line, self.scope_line,
                 self.headings["headlines"]]
        lines += [f"{h.title} | {h.year} | {h.value_text} | {h.unit_text} | {refs_text(h.refs)}"
                  for h in self.headlines]
        lines.append(self.headings["scorecard"])
        lines += [f"{r.objective} | {r.title} | {r.status_text} | {r.evidence_text()}" for r in self.scorecard]
        lines += [self.scorecard_note, self.headings["indicators"]]
        for s in self.sections:
            lines.append(f"{s.title} {refs_text(s.refs)} | {s.objectives_text} | {s.status_text}")
            lines += [f"{label}: {value}" for label, value in s.inputs]
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

    def entries(self) -> tuple[SourceEntry, ...]:
        out = []
        for number, sid in enumerate(self.order, start=1):
            s = self._sources[sid]
            out.append(SourceEntry(number, sid, s.publisher, s.title, display_version(s.version), s.licence, s.url,
                                   tier_label(s.tier, self._lang) if s.tier else ""))
        return tuple(out)


def load_inputs(url: str | None = None) -> BriefingInputs:
    """Inputs from the SQL store (built first if the curated data changed)."""
    from .store import build_info, ensure_store, load_data, load_table, make_engine

    ensure_store(url)
    engine = make_engine(url)
    try:
        return BriefingInputs(load_data(engine), load_table(engine, "ref_objectives"),
                              load_table(engine, "ref_countries"), build_info(engine).get("built_at", ""))
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
    frame = api.query(indicator, data, geo=GEO)
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
    """Whether the progress of `indicator` for Türkiye since BASE_YEAR can be assessed (a status other than
    not enough data or no desired direction)."""
    return indicator_progress(indicator, data, GEO, BASE_YEAR).status not in ("not_available", "no_direction",
                                                                                NO_DATA)


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
    a = indicator_progress(ind, data, GEO, BASE_YEAR)
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
    return str(row["title_tr"] if lang == "tr" else row["title_en"])


def _country_name(countries: pd.DataFrame, geo: str, lang: str) -> str:
    row = countries[countries["geo"] == geo]
    if row.empty:
        return geo
    return str(row.iloc[0]["name_tr" if lang == "tr" else "name_en"])


def _headlines(indicators: list[Indicator], series: dict[str, pd.DataFrame], lang: str,
               cite: _Citations) -> list[HeadlineFigure]:
    """The overview's headline figures of the selected indicators, in the overview's order."""
    chosen = {ind.id: ind for ind in indicators}
    out = []
    for iid in overview.HEADLINES:
        if iid not in chosen:
            continue
        ind = chosen[iid]
        fig = overview.headline_figure(series[iid], GEO, BASE_YEAR)
        change = ""
        if fig["base_year"] is not None:
            change = (overview.fmt_change(fig["change_base"], fig["change_base_pct"], ind.unit, lang, ind.decimals)
                      + " " + t("overview_since", lang, year=fig["base_year"]))
        out.append(HeadlineFigure(ind.id, ind.title(lang), fig["year"], fig["value"],
                                  _value(ind, fig["value"], lang), unit_label(ind.unit, lang),
                                  cite.cite([fig["source_id"]]), change))
    return out


def _scorecard(inputs: BriefingInputs, data: Data, lang: str) -> tuple[list[ScorecardRow], str]:
    frame = objective_scorecard(data, GEO, BASE_YEAR)
    results = indicator_results(data, GEO, BASE_YEAR)
    table = overview.scorecard_table(frame, inputs.objectives, lang, OPENSDG)
    rows = []
    for rec in table.itertuples(index=False):
        if rec.status == NO_DATA:
            status_text = t("briefing_no_indicator", lang)
        else:
            status_text = status_label(rec.status, lang)
        coverage = (t("briefing_coverage_one" if rec.n_indicators == 1 else "briefing_coverage_text", lang,
                      assessed=rec.n_assessed, total=rec.n_indicators) if rec.n_indicators else "–")
        details = tuple(overview.tile_details(rec, results, lang)) if rec.n_indicators else ()
        rows.append(ScorecardRow(int(rec.objective), _objective_title(inputs.objectives, int(rec.objective), lang),
                                 rec.status, status_text, status_colour(rec.status), coverage, details))
    # Indicators, not indicator-objective pairs: an indicator mapped to 3 objectives counts once.
    mapped = {i for ids in frame["indicator_ids"] for i in ids.split(";") if i}
    assessed = set(results.loc[results["score"].notna() & results["indicator_id"].isin(mapped), "indicator_id"])
    note = " ".join([coverage_text(len(assessed), len(mapped), lang) + ".", t("overview_evidence_rule", lang),
                     t("objectives_mapping_note", lang)])
    return rows, note


def _sections(indicators: list[Indicator], data: Data, all_series: dict[str, pd.DataFrame], lang: str,
              cite: _Citations) -> list[IndicatorSection]:
    out = []
    for ind in indicators:
        series = all_series[ind.id]
        status, inputs = _progress_inputs(ind, data, lang)
        objectives = ", ".join(map(str, ind.objectives))
        out.append(IndicatorSection(
            ind.id, ind.title(lang), t("briefing_objectives_label", lang, objectives=objectives),
            status, status_label(status, lang), status_colour(status), inputs,
            tuple((int(y), float(v)) for y, v in zip(series["year"], series["value"], strict=True)),
            cite.cite(list(series["source_id"])),
        ))
    return out


def _peer_rows(indicators: list[Indicator], data: Data, peers: Sequence[str], lang: str,
               cite: _Citations) -> list[PeerRow]:
    """For each indicator, the values of Türkiye and the peers in Türkiye's latest year and Türkiye's rank
    among those with a value (`indicators.peers.ranking`: 1 = largest, ties share the smallest rank)."""
    if not peers:
        return []
    out = []
    for ind in indicators:
        frame = api.query(ind, data, geo=[GEO, *peers])
        year = peer_ranking.default_year(frame, GEO)
        table = peer_ranking.ranking(frame, year, peers, GEO)
        valued = table[table["value"].notna()]
        if len(valued) < 2:
            continue
        by_geo = dict(zip(valued["geo"], valued["value"], strict=True))
        rank = int(valued.loc[valued["geo"] == GEO, "rank_selected"].iloc[0])
        out.append(PeerRow(
            ind.id, ind.title(lang), year,
            t("briefing_rank_value", lang, rank=rank, total=len(valued)),
            tuple(_value(ind, by_geo.get(g), lang) for g in [GEO, *peers]),
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
        frames = {i: api.query(i, data, geo=GEO) for i in comp.indicator_ids}
        long = cmp.series_frame(comp, frames, GEO)
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
    lang = options.lang if options.lang in ("en", "tr") else "en"
    date = options.date or dt.date.today()
    data = data_until(inputs.data, options.year)
    series = tur_series_all(data)
    available = objectives_with_data(series)
    objectives = sorted(set(options.objectives)) if options.objectives is not None else available
    bad = [o for o in objectives if not 1 <= o <= 23]
    if bad:
        raise ValueError(f"objective(s) {bad} not within 1..23")
    known = set(inputs.countries["geo"])
    peers = [p for p in dict.fromkeys(options.peers) if p != GEO]
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
    cite = _Citations(inputs.sources, lang)

    headlines = _headlines(indicators, series, lang, cite)
    cite.cite([OBJECTIVES_SOURCE_ID] + ([TR_TRANSLATION_SOURCE_ID] if lang == "tr" else []))
    scorecard, scorecard_note = _scorecard(inputs, data, lang)
    if lang == "tr":
        scorecard_note += " " + t("unofficial_translation", lang)
    sections = _sections(indicators, data, series, lang, cite)
    peer_rows = _peer_rows(indicators, data, peers, lang, cite)
    comparisons = _comparisons(indicators, data, lang, cite)
    cite.cite(list(METHOD_SOURCE_IDS))

    latest = max((s.series[-1][0] for s in sections), default=None)
    built = fmt_date(inputs.built_at, lang) if inputs.built_at else "–"
    ref = str(options.year) if options.year is not None else t("briefing_ref_latest", lang)
    peer_names = [_country_name(inputs.countries, p, lang) for p in peers]
    return BriefingContent(
        lang=lang,
        title=t("briefing_title", lang),
        subtitle=t("briefing_subtitle", lang),
        date_line=t("briefing_date_line", lang, date=fmt_date(date, lang)),
        as_of_line=t("briefing_as_of", lang, built=built, year=latest if latest is not None else "–", ref=ref),
        scope_line=t("briefing_scope", lang, objectives=", ".join(map(str, objectives)) or t("briefing_none", lang),
                     peers=", ".join(peer_names) or t("briefing_none", lang))
        + (" " + t("briefing_scope_key_line", lang) if options.scope == KEY else ""),
        headings={key: t(f"briefing_h_{key}", lang) for key in
                  ("headlines", "scorecard", "indicators", "peers", "comparisons", "method", "sources")},
        headlines=tuple(headlines),
        scorecard=tuple(scorecard),
        scorecard_note=scorecard_note,
        sections=tuple(sections),
        peer_columns=(_country_name(inputs.countries, GEO, lang), *peer_names),
        peer_rows=tuple(peer_rows),
        peers_note=t("briefing_peers_note", lang) if peers else t("briefing_no_peers", lang),
        comparisons=tuple(comparisons),
        comparisons_note=t("briefing_comparisons_note", lang) if comparisons else t("briefing_no_comparisons", lang),
        methodology=tuple(t(f"briefing_method_{i}", lang) for i in (1, 2, 3)),
        sources=cite.entries(),
    )


def section_chart(section: IndicatorSection, lang: str):
    """The Altair chart of a section: Türkiye's series with the 2018 baseline and the target, A4-sized and
    untitled (the section heading above it is the title)."""
    ind = registry.get(section.indicator_id)
    frame = pd.DataFrame(section.series, columns=["year", "value"])
    return series_chart(frame, ind, lang, baseline_year=BASE_YEAR).properties(title="", width=560, height=200)


def chart_pngs(content: BriefingContent, scale: float = CHART_SCALE) -> dict[str, bytes]:
    """PNG bytes (vl-convert, `scale` × CSS pixels) of each section's chart, by indicator id."""
    return {s.indicator_id: to_png(section_chart(s, content.lang), scale=scale) for s in content.sections}


def parse_codes(text: str | None) -> list[str]:
    """`"5, 9,20"` → `["5", "9", "20"]` (CLI lists); empty items dropped."""
    return [part.strip() for part in (text or "").split(",") if part.strip()]
