"""The data catalogue: indicators with their coverage, curated datasets, source records and the progress
thresholds, as frames for the "Data and sources" page and for anyone using the library.

Search is accent- and case-insensitive in both languages ("goc" finds "Göç", "ikamet" finds "İkamet"), and
every word of the query must appear.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass

import pandas as pd

from . import progress, registry
from .api import coverage
from .data import Data
from .i18n import LANGS, fmt_number, status_label, t, translate, unit_label
from .messages import Message, N_
from .sources import TIERS, Source, sources_by_id, tier_counts, vintage


@dataclass(frozen=True)
class Publisher:
    """A producer of statistics as readers know it, recognised in a source record's `quoted_publisher` (or
    `publisher`) by any of `patterns` (case-sensitive substrings)."""

    code: str
    label: Message
    patterns: tuple[str, ...]

    def name(self, lang: str) -> str:
        """The publisher's name in `lang`."""
        return translate(self.label, lang)


PUBLISHERS: list[Publisher] = [
    Publisher("unhcr", N_("UNHCR"), ("UNHCR",)),
    Publisher("undesa", N_("UN DESA"), ("Department of Economic and Social Affairs", "UN DESA")),
    Publisher("unsd", N_("UN Statistics Division"), ("United Nations Statistics Division",)),
    Publisher("worldbank", N_("World Bank"), ("World Bank",)),
    Publisher("iom", N_("IOM"), ("IOM", "International Organization for Migration")),
    Publisher("idmc", N_("IDMC"), ("Internal Displacement Monitoring Centre",)),
    Publisher("pmm", N_("Presidency of Migration Management (PMM)"), ("Presidency of Migration Management",)),
    Publisher("moi", N_("Ministry of Interior"), ("Ministry of Interior of Türkiye",)),
    Publisher("tuik", N_("TÜİK (TurkStat)"), ("TÜİK",)),
    Publisher("csgb", N_("Ministry of Labour (ÇSGB)"), ("Ministry of Labour",)),
    Publisher("meb", N_("Ministry of National Education (MEB)"),
              ("Ministry of National Education", "Minister of National Education")),
    Publisher("usdos", N_("U.S. Department of State"), ("U.S. Department of State",)),
]
PUBLISHER_CODES = [p.code for p in PUBLISHERS]

CATALOGUE_COLUMNS = ["id", "title", "objectives", "sdg", "unit", "first_year", "last_year", "geos",
                     "publishers", "sources"]
DATASET_COLUMNS = ["dataset", "rows", "first_year", "last_year", "geos", "n_sources", "sources", "tiers_en",
                   "tiers_tr"]


# The Data page's tabs (URL `section=`), in page order, with their catalog keys.
SECTION_KEYS = {"indicators": "data_tab_indicators", "tiers": "data_tab_tiers", "datasets": "data_tab_datasets",
                "sources": "data_tab_sources", "method": "data_tab_method", "mapping": "data_tab_mapping"}


def normalise(text: str) -> str:
    """Lower-case text without accents or Turkish dots, for searching: 'İkamet Göç' → 'ikamet goc'."""
    decomposed = unicodedata.normalize("NFKD", str(text).replace("ı", "i").replace("İ", "i"))
    return "".join(c for c in decomposed if not unicodedata.combining(c)).casefold()


def matches(query: str, *texts: str) -> bool:
    """True when every word of `query` appears in one of `texts` (accent- and case-insensitive); an empty
    query matches everything."""
    words = normalise(query).split()
    if not words:
        return True
    haystack = " ".join(normalise(x) for x in texts)
    return all(word in haystack for word in words)


def indicator_publishers(indicator: registry.Indicator, sources: Mapping[str, Source]) -> list[str]:
    """Codes of `PUBLISHERS` producing an indicator's figures (from its source records, in PUBLISHERS order)."""
    producers = [(sources[s].quoted_publisher or sources[s].publisher) for s in indicator.source_ids if s in sources]
    return [p.code for p in PUBLISHERS if any(pat in text for text in producers for pat in p.patterns)]


def catalogue_frame(data: Data, lang: str, indicators: Sequence[registry.Indicator] | None = None,
                    sources: Mapping[str, Source] | None = None) -> pd.DataFrame:
    """One row per indicator (registry order): id, title (in `lang`), objectives ('15, 16, 23'), sdg, unit
    (label in `lang`), first_year and last_year of the headline series (any geography, missing if no data),
    geos (number of geographies with a headline value), publishers (';'-separated `PUBLISHERS` codes) and
    sources (';'-separated source ids). Computing coverage runs every compute function: cache the result."""
    sources = sources if sources is not None else sources_by_id()
    rows = []
    for ind in indicators if indicators is not None else registry.all_indicators():
        cov = coverage(ind, data)
        rows.append({
            "id": ind.id, "title": ind.title(lang), "objectives": ", ".join(map(str, ind.objectives)),
            "sdg": ind.sdg or "", "unit": unit_label(ind.unit, lang),
            "first_year": cov["first_year"], "last_year": cov["last_year"], "geos": cov["geos"],
            "publishers": ";".join(indicator_publishers(ind, sources)), "sources": ";".join(ind.source_ids),
        })
    frame = pd.DataFrame(rows, columns=CATALOGUE_COLUMNS)
    return frame.astype({"first_year": "Int64", "last_year": "Int64", "geos": "int64"})


def filter_catalogue(frame: pd.DataFrame, query: str = "", objective: int | None = None, publisher: str = "",
                     indicators: Iterable[registry.Indicator] | None = None) -> pd.DataFrame:
    """Rows of `catalogue_frame` whose id or title (English or Turkish, whatever the page language) contain
    every word of `query`, that serve `objective` (None or 0: any) and that `publisher` (a code; '' any)
    produces. Index reset."""
    by_id = {i.id: i for i in (indicators if indicators is not None else registry.all_indicators())}
    mask = []
    for row in frame.itertuples(index=False):
        ind = by_id.get(row.id)
        texts = (row.id, row.title) + ((ind.title("en"), ind.title("tr")) if ind else ())
        ok = matches(query, *texts)
        if objective:
            ok = ok and str(objective) in row.objectives.split(", ")
        if publisher:
            ok = ok and publisher in row.publishers.split(";")
        mask.append(ok)
    return frame[pd.Series(mask, index=frame.index, dtype=bool)].reset_index(drop=True)


def datasets_frame(data: Data, sources: Mapping[str, Source] | None = None) -> pd.DataFrame:
    """One row per curated observation table: dataset, rows, first_year, last_year, geos (distinct geo
    codes), n_sources, sources (';'-separated source ids, sorted) and tiers_en / tiers_tr (how many rows come
    from each source tier, in words)."""
    registry_sources = dict(sources) if sources is not None else sources_by_id()
    rows = []
    for name in sorted(data):
        frame = data[name]
        ids = sorted(set(frame["source_id"]) - {""})
        rows.append({
            "dataset": name, "rows": len(frame),
            "first_year": int(frame["year"].min()) if len(frame) else None,
            "last_year": int(frame["year"].max()) if len(frame) else None,
            "geos": int(frame["geo"].nunique()), "n_sources": len(ids), "sources": ";".join(ids),
            **{f"tiers_{lang}": tier_counts(list(frame["source_id"]), registry_sources, lang) for lang in LANGS},
        })
    frame = pd.DataFrame(rows, columns=DATASET_COLUMNS)
    return frame.astype({"rows": "int64", "first_year": "Int64", "last_year": "Int64", "geos": "int64",
                         "n_sources": "int64"})


SOURCE_COLUMNS = ["id", "publisher", "title", "url", "vintage", "date_accessed", "licence", "licence_derived",
                  "citation", "kind", "quoted_publisher", "tier"]
TIER_COLUMNS = ["id", "title", *TIERS, "publisher_table", "publisher_table_url"]


def tier_frame(data: Data, lang: str, indicators: Sequence[registry.Indicator] | None = None,
               sources: Mapping[str, Source] | None = None) -> pd.DataFrame:
    """How many of the values shown (the headline series: one value per geography and year) come from each
    source tier, one row per indicator (registry order) and a last row `id` = "" for all of them together;
    for a national indicator, where the publisher's own table lives (words in `lang`, URL). Runs every compute
    function: cache the result."""
    from .api import query
    from .catalog.national import PUBLISHER_TABLES

    sources = sources if sources is not None else sources_by_id()
    rows = []
    for ind in indicators if indicators is not None else registry.all_indicators():
        ids = query(ind, data)["source_id"]
        counts = {tier: int(sum(sources[s].tier == tier for s in ids if s in sources)) for tier in TIERS}
        where, url = PUBLISHER_TABLES.get(ind.id, (None, ""))
        rows.append({"id": ind.id, "title": ind.title(lang), **counts,
                     "publisher_table": translate(where, lang) if where else "", "publisher_table_url": url})
    frame = pd.DataFrame(rows, columns=TIER_COLUMNS)
    total = {"id": "", "title": t("data_tiers_all", lang), **{tier: int(frame[tier].sum()) for tier in TIERS},
             "publisher_table": "", "publisher_table_url": ""}
    return pd.concat([frame, pd.DataFrame([total])], ignore_index=True).astype({tier: "int64" for tier in TIERS})


def source_records(sources: Mapping[str, Source] | None = None, query: str = "", lang: str = "en") -> pd.DataFrame:
    """Source records sorted by id (SOURCE_COLUMNS) whose id, publisher, quoted publisher, title or citation
    contain every word of `query`; `vintage` in `lang` (`indicators.sources.vintage`). URLs that are not
    http(s) are blanked so no page links to them."""
    sources = sources if sources is not None else sources_by_id()
    rows = []
    for src in sorted(sources.values(), key=lambda s: s.id):
        if not matches(query, src.id, src.publisher, src.quoted_publisher, src.title, src.citation):
            continue
        record = {c: vintage(src, lang) if c == "vintage" else getattr(src, c) for c in SOURCE_COLUMNS}
        if not src.url.lower().startswith(("https://", "http://")):
            record["url"] = ""
        rows.append(record)
    return pd.DataFrame(rows, columns=SOURCE_COLUMNS)


def thresholds_frame(lang: str) -> pd.DataFrame:
    """The progress thresholds of both methods, read from `indicators.progress` (so the table cannot drift
    from the code): columns method, case, status (label in `lang`), condition. UNSD category 1 is shown as
    limited progress or deterioration by the sign of the statistic, as the dashboard maps it. The project's
    own rules follow: project thresholds, ordinal indicators, no desired direction, the evidence rule."""
    def num(x: float) -> str:  # as many decimals as the constant has: 0.015, 0.6, 0
        decimals = len(repr(float(x)).split(".")[1].rstrip("0"))
        return fmt_number(x, lang, decimals)

    high, med, low = progress.OPENSDG_NO_TARGET_THRESHOLDS
    r_high, r_med, r_low = progress.OPENSDG_TARGET_THRESHOLDS
    u_high, u_med = progress.UNSD_TARGET_THRESHOLDS
    x_high, x_med = progress.UNSD_NO_TARGET_THRESHOLDS
    opensdg, unsd = "Open SDG / StatCan", "UNSD Progress Chart 2023"
    no_target, target = t("data_case_no_target", lang), t("data_case_target", lang)
    rows = [
        (opensdg, no_target, "substantial_progress", f"P ≥ {num(high)}·C"),
        (opensdg, no_target, "moderate_progress", f"{num(med)}·C ≤ P < {num(high)}·C"),
        (opensdg, no_target, "limited_progress", f"{num(low)} ≤ P < {num(med)}·C"),
        (opensdg, no_target, "deterioration", f"P < {num(low)}"),
        (opensdg, target, "target_achieved", t("data_condition_target_met", lang)),
        (opensdg, target, "substantial_progress", f"R ≥ {num(r_high)}"),
        (opensdg, target, "moderate_progress", f"{num(r_med)} ≤ R < {num(r_high)}"),
        (opensdg, target, "limited_progress", f"{num(r_low)} ≤ R < {num(r_med)}"),
        (opensdg, target, "deterioration", f"R < {num(r_low)}"),
        (unsd, target, "target_achieved", t("data_condition_target_met", lang)),
        (unsd, target, "substantial_progress", f"P_un ≥ {num(u_high)}"),
        (unsd, target, "moderate_progress", f"{num(u_med)} ≤ P_un < {num(u_high)}"),
        (unsd, target, "limited_progress", f"0 ≤ P_un < {num(u_med)}"),
        (unsd, target, "deterioration", "P_un < 0"),
        (unsd, no_target, "substantial_progress", f"x ≥ {num(x_high)}"),
        (unsd, no_target, "moderate_progress", f"{num(x_med)} ≤ x < {num(x_high)}"),
        (unsd, no_target, "limited_progress", f"0 ≤ x < {num(x_med)}"),
        (unsd, no_target, "deterioration", "x < 0"),
    ]
    # Project rules, the same for both methods.
    both, project = t("data_method_both", lang), t("data_case_project", lang)
    rows += [
        (both, t("data_case_project_target", lang), "threshold_met", t("data_condition_threshold_met", lang)),
        (both, t("data_case_ordinal", lang), "category_improved", t("data_condition_category_up", lang)),
        (both, t("data_case_ordinal", lang), "category_unchanged", t("data_condition_category_same", lang)),
        (both, t("data_case_ordinal", lang), "category_worse", t("data_condition_category_down", lang)),
        (both, project, "no_direction", t("data_condition_no_direction", lang)),
        (both, t("data_case_objective", lang), "insufficient_evidence",
         t("data_condition_insufficient", lang, n=progress.MIN_ASSESSED,
           share=fmt_number(progress.MIN_SHARE_ASSESSED * 100, lang))),
    ]
    return pd.DataFrame([{"method": m, "case": c, "status": status_label(s, lang), "condition": cond}
                         for m, c, s, cond in rows])


def year_spans(first: pd.Series, last: pd.Series) -> list[str]:
    """'1990–2024' per row ('2019' when both are equal, '–' when there is no data)."""
    spans = []
    for a, b in zip(first, last, strict=True):
        if pd.isna(a) or pd.isna(b):
            spans.append("–")
        else:
            spans.append(str(int(a)) if int(a) == int(b) else f"{int(a)}–{int(b)}")
    return spans


MAPPING_PROPOSAL = "project proposal"


def mapping_frame(ref_sdg_gcm: pd.DataFrame, lang: str,
                  indicators: Sequence[registry.Indicator] | None = None) -> pd.DataFrame:
    """The SDG-GCM mapping (`ref_sdg_gcm`) as the Data page shows it, one row per SDG indicator: sdg,
    title (official English wording), objectives ("5, 23, 1"), direction_or_target, dashboard (titles of the
    dashboard indicators with that SDG code, joined on the code), caveat, and status ("Proposal of this
    project, not the official GCM indicator list" when the curated status says it is a project proposal)."""
    pool = list(registry.all_indicators() if indicators is None else indicators)
    by_code: dict[str, list[str]] = {}
    for ind in pool:
        if ind.sdg:
            by_code.setdefault(ind.sdg, []).append(ind.title(lang))
    status = ref_sdg_gcm["mapping_status"].map(
        lambda s: t("data_mapping_proposal", lang) if s.startswith(MAPPING_PROPOSAL) else s)
    return pd.DataFrame({
        "sdg": ref_sdg_gcm["sdg_indicator"],
        "title": ref_sdg_gcm["title_en"],
        "objectives": ref_sdg_gcm["objectives"].str.replace(";", ", "),
        "direction_or_target": ref_sdg_gcm["direction_or_target"],
        "dashboard": ref_sdg_gcm["sdg_indicator"].map(lambda code: "; ".join(by_code.get(code, []))),
        "caveat": ref_sdg_gcm["caveat"],
        "status": status,
    }).reset_index(drop=True)
