"""National and international figures for the same concept, side by side (never merged).

`COMPARISONS` holds the comparisons declared as data in `data/metadata/comparisons.yml`: which indicators
measure the same thing (the registry's `concept`) and how their definitions differ. The functions below are pure: they take the query results of those indicators
(frames with the columns of `indicators.api.query`) and return the frames the page shows: one long frame
(one row per series and year), a table year × series with the differences and ratios to the reference
series, the definitions and vintages of each series, the alternative national values and the recorded
disagreements between national sources.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

import altair as alt
import pandas as pd

from . import palette, registry
from .charts import number_label_expr
from .codes import HOME
from .i18n import fmt_number, t, translate, unit_label
from .indicator_metadata import ComparisonMetadata, load_comparisons
from .sources import Source, http_url, source_label, tier_counts
from .sources import vintage as source_vintage

BASELINE_YEAR = 2018  # the GCM was adopted in December 2018
DASHES = [[1, 0], [5, 3], [2, 2], [6, 2, 2, 2]]  # so lines differ by more than colour
LONG_COLUMNS = ["series", "label", "year", "value", "source_id", "note"]


@dataclass(frozen=True)
class ComparedSeries:
    """One line of a comparison: an indicator's headline series for Türkiye, named by its publisher.

    With `minus_id`, the series is derived: `indicator_id` minus `minus_id`, year by year (both must exist).
    A `related` series measures a different concept: it is shown for context, without difference or ratio.
    """

    indicator_id: str
    publisher_msgid: str  # English, translated by `publisher(lang)`
    national: bool = False
    minus_id: str = ""
    related: bool = False

    @property
    def key(self) -> str:
        return f"{self.indicator_id}-{self.minus_id}" if self.minus_id else self.indicator_id

    def publisher(self, lang: str) -> str:
        return translate(self.publisher_msgid, lang)

    @property
    def indicator_ids(self) -> tuple[str, ...]:
        return (self.indicator_id, self.minus_id) if self.minus_id else (self.indicator_id,)


@dataclass(frozen=True)
class Comparison:
    """A concept measured by several sources. The first series is the reference of the differences."""

    concept: str
    title_msgid: str  # English, translated by `title(lang)`
    series: tuple[ComparedSeries, ...]
    difference_msgid: str  # English, translated by `difference(lang)`
    conflict_topics: tuple[str, ...] = ()  # prefixes of ref_source_conflicts.topic about these series

    def title(self, lang: str) -> str:
        return translate(self.title_msgid, lang)

    def difference(self, lang: str) -> str:
        return translate(self.difference_msgid, lang)

    @property
    def indicator_ids(self) -> list[str]:
        """Every indicator the comparison reads, in declaration order, without repeats."""
        return list(dict.fromkeys(i for s in self.series for i in s.indicator_ids))

    @property
    def national_ids(self) -> list[str]:
        return list(dict.fromkeys(i for s in self.series if s.national for i in s.indicator_ids))

    @property
    def reference(self) -> ComparedSeries:
        return self.series[0]


def _declared(meta: ComparisonMetadata) -> Comparison:
    series = tuple(ComparedSeries(x.indicator_id, x.publisher, national=x.national, minus_id=x.minus_id,
                                  related=x.related) for x in meta.series)
    return Comparison(meta.concept, meta.title, series, meta.difference, conflict_topics=meta.conflict_topics)


# The comparisons declared in data/metadata/comparisons.yml, in file order.
COMPARISONS: list[Comparison] = [_declared(meta) for meta in load_comparisons()]


def comparison(concept: str) -> Comparison:
    """The comparison declared for `concept`; KeyError naming the known concepts otherwise."""
    for comp in COMPARISONS:
        if comp.concept == concept:
            return comp
    raise KeyError(f"no comparison for concept {concept!r}; known: {[c.concept for c in COMPARISONS]}")


def vintage(source_ids: list[str], sources: Mapping[str, Source], lang: str) -> str:
    """The vintage of a series: the short version of its single source, or 'quoted by N pages' when the
    values were transcribed from several pages (national figures); short, as it goes in a legend."""
    ids = list(dict.fromkeys(s for s in source_ids if s))
    if len(ids) == 1 and ids[0] in sources:
        return source_vintage(sources[ids[0]], lang)
    return t("national_quoted_pages", lang, n=len(ids))


def series_frame(comp: Comparison, frames: Mapping[str, pd.DataFrame], geo: str = HOME) -> pd.DataFrame:
    """One row per series and year for `geo`: columns series (ComparedSeries.key), year, value, source_id,
    note (LONG_COLUMNS without label). `frames` maps indicator ids to their headline query results.

    A derived series (`minus_id`) keeps only the years both inputs have; its source_id is the first input's
    and its note names both sources.
    """
    parts = []
    for s in comp.series:
        first = frames[s.indicator_id]
        first = first[first["geo"] == geo][["year", "value", "source_id", "note"]]
        if s.minus_id:
            second = frames[s.minus_id]
            second = second[second["geo"] == geo][["year", "value", "source_id"]]
            both = first.merge(second, on="year", suffixes=("", "_minus"), validate="one_to_one")
            first = both.assign(
                value=both["value"] - both["value_minus"],
                note=s.indicator_id + " (" + both["source_id"] + ") − " + s.minus_id + " ("
                + both["source_id_minus"] + ")",
            )[["year", "value", "source_id", "note"]]
        parts.append(first.assign(series=s.key))
    out = pd.concat(parts, ignore_index=True) if parts else pd.DataFrame(columns=LONG_COLUMNS)
    out = out[out["value"].notna()]
    columns = [c for c in LONG_COLUMNS if c != "label"]
    return out[columns].sort_values(["series", "year"], kind="mergesort").reset_index(drop=True)


def series_labels(comp: Comparison, long: pd.DataFrame, sources: Mapping[str, Source],
                  lang: str) -> dict[str, str]:
    """Legend labels by series key: 'publisher · vintage' (e.g. 'UNHCR · 2025.12.1')."""
    labels = {}
    for s in comp.series:
        ids = long.loc[long["series"] == s.key, "source_id"].tolist()
        labels[s.key] = f"{s.publisher(lang)} · {vintage(ids, sources, lang)}"
    return labels


def comparison_table(long: pd.DataFrame, comp: Comparison) -> pd.DataFrame:
    """Year × series: one value column per series key (missing where a source has no value for the year,
    never 0), then for every non-related series after the first `diff_<key>` = value − reference and
    `ratio_<key>` = value / reference. The ratio is given only when both values are positive (a ratio of net
    flows of opposite sign, or to zero, means nothing); otherwise it is missing."""
    wide = long.pivot(index="year", columns="series", values="value")
    keys = [s.key for s in comp.series]
    wide = wide.reindex(columns=keys).sort_index()
    ref = wide[comp.reference.key]
    for s in comp.series[1:]:
        if s.related:
            continue
        value = wide[s.key]
        wide[f"diff_{s.key}"] = value - ref
        wide[f"ratio_{s.key}"] = (value / ref).where((value > 0) & (ref > 0))
    out = wide.reset_index()
    out.columns.name = None
    out["year"] = out["year"].astype("int64")
    return out.astype({c: "float64" for c in out.columns if c != "year"})


def table_headers(comp: Comparison, labels: Mapping[str, str], lang: str) -> dict[str, str]:
    """Readable column names for `comparison_table` (the derived columns say what they are)."""
    ref = comp.reference.publisher(lang)
    headers = {"year": t("year", lang)}
    for s in comp.series:
        headers[s.key] = labels[s.key]
        headers[f"diff_{s.key}"] = t("national_diff_header", lang, a=s.publisher(lang), b=ref)
        headers[f"ratio_{s.key}"] = t("national_ratio_header", lang, a=s.publisher(lang), b=ref)
    return headers


def definitions_frame(comp: Comparison, long: pd.DataFrame, sources: Mapping[str, Source],
                      lang: str) -> pd.DataFrame:
    """One row per series: publisher, vintage, indicator title(s), definition, processing note, years
    covered for Türkiye, role (compared / related) and how many of the values come from each source tier."""
    rows = []
    for s in comp.series:
        inds = [registry.get(i) for i in s.indicator_ids]
        part = long[long["series"] == s.key]
        ids = list(dict.fromkeys(part["source_id"]))
        years = "–" if part.empty else f"{int(part['year'].min())}–{int(part['year'].max())}"
        rows.append({
            "publisher": s.publisher(lang),
            "vintage": vintage(ids, sources, lang),
            "indicator": " − ".join(i.title(lang) for i in inds),
            "definition": " / ".join(i.description(lang) for i in inds),
            "processing": " / ".join(i.processing(lang) for i in inds if i.processing(lang)),
            "years": years,
            "role": t("national_role_related" if s.related else "national_role_compared", lang),
            "tiers": tier_counts(list(part["source_id"]), dict(sources), lang),
        })
    return pd.DataFrame(rows)


def alternative_rows(full: pd.DataFrame, geo: str = HOME) -> pd.DataFrame:
    """The competing values of a national indicator: for every year of `geo` with at least one row marked
    `alternative`, that year's preferred and alternative rows (columns indicator, year, date, value, status,
    source_id, note), sorted by year, date and status (preferred first)."""
    rows = full[(full["geo"] == geo) & full["status"].isin(["preferred", "alternative"])]
    years = rows.loc[rows["status"] == "alternative", "year"].unique()
    rows = rows[rows["year"].isin(years)]
    columns = ["indicator", "year", "date", "value", "status", "source_id", "note"]
    order = rows.assign(_rank=(rows["status"] == "alternative").astype(int))
    order = order.sort_values(["year", "date", "_rank", "source_id"], kind="mergesort")
    return order[columns].reset_index(drop=True)


def source_conflicts(conflicts: pd.DataFrame, sources: Mapping[str, Source],
                     topics: tuple[str, ...] | None = None, lang: str = "en") -> pd.DataFrame:
    """Rows of the ref_source_conflicts table whose topic starts with one of `topics` (all rows when None),
    with the label (publisher, version and tier in words) and http(s) URL of each side's source: columns topic,
    reference, value_a, source_a, label_a, url_a, value_b, source_b, label_b, url_b, handling. Values stay
    missing where the table has none."""
    frame = conflicts
    if topics is not None:
        prefixes = tuple(p.casefold() for p in topics)
        frame = frame[frame["topic"].str.casefold().str.startswith(prefixes)] if prefixes else frame.iloc[:0]
    out = frame.assign(
        value_a=pd.to_numeric(frame["value_a"]).astype("float64"),
        value_b=pd.to_numeric(frame["value_b"]).astype("float64"),
        url_a=frame["source_a"].map(lambda s: http_url(sources[s].url) if s in sources else ""),
        url_b=frame["source_b"].map(lambda s: http_url(sources[s].url) if s in sources else ""),
        label_a=frame["source_a"].map(lambda s: source_label(s, dict(sources), lang)),
        label_b=frame["source_b"].map(lambda s: source_label(s, dict(sources), lang)),
    )
    columns = ["topic", "reference", "value_a", "source_a", "label_a", "url_a", "value_b", "source_b", "label_b",
               "url_b", "handling"]
    return out[columns].reset_index(drop=True)


def chart_start(long: pd.DataFrame, margin: int = 3) -> int | None:
    """First year to chart: `margin` years before the year from which every series has started (so the
    overlap fills the chart), never before the first year of any series. None for an empty frame."""
    if long.empty:
        return None
    firsts = long.groupby("series")["year"].min()
    return int(max(firsts.min(), firsts.max() - margin))


def comparison_chart(long: pd.DataFrame, labels: Mapping[str, str], comp: Comparison, lang: str,
                     unit: str = "persons") -> alt.LayerChart:
    """One line per series, in declaration order, told apart by colour, dash and width (the reference series
    is drawn widest, so identical series stay visible), legend 'publisher · vintage' below the chart so it fits
    a phone; the GCM adoption year 2018 is marked by a dashed rule. Related series are named as such in the
    legend. `long` is charted as given (cut it with `chart_start` first if wanted)."""
    names = {s.key: labels[s.key] + (t("national_related_suffix", lang) if s.related else "") for s in comp.series}
    domain = list(names.values())
    dashes = [[8, 4] if s.related else DASHES[i % len(DASHES)] for i, s in enumerate(comp.series)]
    widths = [5 if i == 0 else 2 for i in range(len(comp.series))]
    plot = long.assign(label=long["series"].map(names))
    legend = alt.Legend(orient="bottom", direction="vertical", labelLimit=300, title=None, symbolType="stroke",
                        symbolStrokeWidth=3, symbolSize=400)
    lines = alt.Chart(plot).mark_line(point=True).encode(
        x=alt.X("year:Q", title=t("year", lang), axis=alt.Axis(format="d", tickMinStep=1),
                scale=alt.Scale(zero=False, nice=False)),
        y=alt.Y("value:Q", title=unit_label(unit, lang),
                axis=alt.Axis(labelExpr=number_label_expr(lang, compact=unit in ("persons", "usd")))),
        color=alt.Color("label:N", legend=legend, sort=domain,
                        scale=alt.Scale(domain=domain, range=list(palette.SERIES[:len(domain)]))),
        strokeDash=alt.StrokeDash("label:N", legend=legend, sort=domain, scale=alt.Scale(domain=domain, range=dashes)),
        strokeWidth=alt.StrokeWidth("label:N", legend=legend, sort=domain,
                                    scale=alt.Scale(domain=domain, range=widths)),
        tooltip=[alt.Tooltip("label:N", title=t("source", lang)), alt.Tooltip("year:O", title=t("year", lang)),
                 alt.Tooltip("value:Q", title=t("value", lang), format=",.0f")],
    )
    base = alt.Chart(pd.DataFrame({"x": [BASELINE_YEAR], "label": [str(BASELINE_YEAR)]}))
    layers = [
        lines,
        base.mark_rule(strokeDash=[4, 4], color="#555555").encode(x="x:Q"),
        base.mark_text(align="left", dx=4, dy=-6, color="#555555", baseline="top")
        .encode(x="x:Q", y=alt.value(0), text="label:N"),
    ]
    return alt.layer(*layers).properties(height=340)


def display_table(table: pd.DataFrame, comp: Comparison, labels: Mapping[str, str], lang: str) -> pd.DataFrame:
    """`comparison_table` as text for the page, latest year first: values and differences grouped in the
    language's style (3.214.567 / 3,214,567), ratios with two decimals, '–' for missing; readable headers."""
    table = table.sort_values("year", ascending=False, kind="mergesort")
    out = pd.DataFrame({"year": table["year"].astype(str)})
    for col in table.columns[1:]:
        decimals = 2 if col.startswith("ratio_") else 0
        out[col] = [fmt_number(v, lang, decimals) for v in table[col]]
    return out.rename(columns=table_headers(comp, labels, lang)).reset_index(drop=True)
