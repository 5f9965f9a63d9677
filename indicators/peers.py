"""Türkiye against its peers (the GCM Champion Countries, or any countries chosen) and the world.

Pure functions over the output of `indicators.api.query` (columns geo, year, value, source_id, ...):
peer lists, the year to show, rankings (1 = largest, ties share the smallest rank), the world reference
value, the series of the selected countries, and the Altair charts of the Peers page. Countries are
joined on ISO3 codes only; a country without a value for a year is kept as an empty value, never as 0.
"""

from __future__ import annotations

import importlib.util
from collections.abc import Collection, Iterable, Mapping, Sequence
from functools import lru_cache
from pathlib import Path

import altair as alt
import pandas as pd
from babel.dates import format_skeleton

from . import palette, registry
from .charts import number_label_expr
from .codes import HOME
from .i18n import LOCALES, fmt_number, fmt_value, t, unit_label
from .registry import Indicator
from .sources import Source, sources_by_id

WORLD = "WLD"
# Geo codes that are aggregates, not countries: shown as a reference, never ranked or offered as peers.
AGGREGATES = frozenset({WORLD})
# Champion Countries named by the UN Network on Migration (Azerbaijan's statement "on behalf of 41 champion
# countries", 28 Feb 2026, quoted in ref_champions); ref_champions lists the ones identified by name, whose
# own evidence is older (`champions_as_of`), so the two counts carry their own dates.
CHAMPIONS_TOTAL = 41
CHAMPIONS_TOTAL_AS_OF = "2026-02-28"
# The UN membership list read by `un_member_states`: the `UNmember` column (year of admission) of the data
# file shipped with the country_converter package; only its data file is read, never its code.
UN_MEMBERS_SOURCE = "coco_un_members"
UN_MEMBERS_PACKAGE, UN_MEMBERS_FILE = "country_converter", "country_data.tsv"

# Absolute indicator → its version relative to the population (or to GDP) of the same publisher and vintage.
PER_CAPITA: dict[str, str] = {
    "refugees_hosted": "refugees_per_1000",
    "migrant_stock": "migrant_stock_share",
    "remittances_received_usd": "remittances_received_gdp_pct",
}
# Units for which a world value sits on the same scale as a country's (rates, shares, scores).
INTENSIVE_UNITS = frozenset({"percent", "per_1000", "per_100000", "score"})

RANKING_COLUMNS = ["geo", "year", "value", "rank_selected", "rank_all", "source_id"]
SERIES_COLUMNS = ["geo", "year", "value", "source_id"]
BAR_HEIGHT = 24
# Fit the width only: with Streamlit's default full "fit", a layered chart or a long legend below the plot
# squashes the plot into what is left of `height`; here `height` is the plot's own height.
FIT_WIDTH = alt.AutoSizeParams(type="fit-x", contains="padding")
LEGEND_COLUMNS = 2  # fits a 390-px phone with labels cut at LEGEND_LABEL_LIMIT
LEGEND_LABEL_LIMIT = 120
DASHES = [[1, 0], [6, 3], [2, 2], [8, 3, 2, 3], [4, 4], [1, 3]]
# The "Over time" chart colours Türkiye and a few peers and draws the others thin and grey: the TOP_N peers
# with the largest latest value ("top5"), or every selected peer ("selected").
HIGHLIGHT_MODES = ("top5", "selected")
HIGHLIGHT_KEYS = {"top5": "peers_highlight_top5", "selected": "peers_highlight_selected"}  # UI string keys
TOP_N = 5


@lru_cache(maxsize=1)
def un_member_states() -> frozenset[str]:
    """ISO3 codes of the 193 UN member states: rows of country_converter's data file with a year of admission
    in its `UNmember` column. Found without importing the package (its code breaks on pandas 3)."""
    spec = importlib.util.find_spec(UN_MEMBERS_PACKAGE)
    if spec is None or not spec.submodule_search_locations:
        raise FileNotFoundError(f"package {UN_MEMBERS_PACKAGE} (UN membership list) is not installed")
    path = Path(next(iter(spec.submodule_search_locations))) / UN_MEMBERS_FILE
    table = pd.read_csv(path, sep="\t", dtype=str, keep_default_na=False, usecols=["ISO3", "UNmember"])
    return frozenset(table.loc[table["UNmember"] != "", "ISO3"])


def comparable_indicators() -> list[str]:
    """Ids of the registry's cross-country indicators (comparable=True, one value per country), registry order."""
    return [i.id for i in registry.all_indicators() if i.comparable and i.geography == "country"]


def per_capita_pair(indicator_id: str) -> tuple[str, str] | None:
    """(absolute id, relative id) when `indicator_id` is either member of a PER_CAPITA pair, else None."""
    for absolute, relative in PER_CAPITA.items():
        if indicator_id in (absolute, relative):
            return absolute, relative
    return None


def champion_codes(champions: pd.DataFrame) -> list[str]:
    """ISO3 codes of the Champion Countries in `ref_champions` (file order, duplicates dropped)."""
    return list(dict.fromkeys(champions["geo"]))


def champions_as_of(champions: pd.DataFrame) -> str:
    """The latest `evidence_date` of ref_champions (`YYYY`, `YYYY-MM` or `YYYY-MM-DD`; ISO text sorts by date)."""
    dates = champions["evidence_date"].dropna()
    dates = dates[dates != ""]
    return str(dates.max()) if len(dates) else ""


def fmt_partial_date(value: str, lang: str) -> str:
    """An ISO date of year, month or day precision in the language (`Nov 2023` / `Kas 2023`, `2020`)."""
    parts = value.split("-")
    if len(parts) == 1:
        return value
    day = pd.Timestamp(f"{parts[0]}-{parts[1]}-{parts[2] if len(parts) > 2 else '01'}").date()
    return format_skeleton("yMMMd" if len(parts) > 2 else "yMMM", day, locale=LOCALES[lang])




# Alphabets whose order differs from Unicode's, with their dotted/dotless i (locale data, as Babel has none).
_ALPHABETS = {"tr": ("abcçdefgğhıijklmnoöprsştuüvyz", {"I": "ı", "İ": "i"})}


def name_sort_key(name: str, lang: str) -> tuple:
    """A sort key putting names in the language's alphabetical order (Turkish: c < ç < d, ı < i, ö after o)."""
    if lang not in _ALPHABETS:
        return (name.casefold(),)
    alphabet, capitals = _ALPHABETS[lang]
    lowered = "".join(capitals.get(c, c) for c in name).lower()
    return tuple(alphabet.index(c) if c in alphabet else 100 + ord(c) for c in lowered)


def countries_with_data(frame: pd.DataFrame) -> list[str]:
    """ISO3 codes of the countries with at least one value in `frame` (aggregates such as WLD left out)."""
    geos = frame.loc[frame["value"].notna(), "geo"]
    return sorted(set(geos) - AGGREGATES)


def peer_options(frame: pd.DataFrame, names: Mapping[str, str], lang: str, home: str = HOME) -> list[str]:
    """The countries that can be chosen as peers: those with data, Türkiye (always shown) left out,
    sorted by their name in the language (the code where a country has no name)."""
    geos = [g for g in countries_with_data(frame) if g != home]
    return sorted(geos, key=lambda g: name_sort_key(names.get(g, g), lang))


def default_peers(champions: Sequence[str], available: Iterable[str], home: str = HOME) -> list[str]:
    """The Champion Countries that have data (`available`), in champion order, without Türkiye."""
    present = set(available)
    return [g for g in champions if g in present and g != home]


def champions_with_data(champions: Sequence[str], frame: pd.DataFrame) -> list[str]:
    """The Champion Countries (Türkiye included) with at least one value in `frame`, in champion order."""
    present = set(countries_with_data(frame))
    return [g for g in champions if g in present]


def default_year(frame: pd.DataFrame, home: str = HOME) -> int | None:
    """The latest year with a value for `home`, else the latest year with any value; None for no data."""
    valued = frame[frame["value"].notna()]
    own = valued.loc[valued["geo"] == home, "year"]
    if len(own):
        return int(own.max())
    return int(valued["year"].max()) if len(valued) else None


def years_with_data(frame: pd.DataFrame) -> list[int]:
    """Years with at least one value, latest first."""
    return sorted({int(y) for y in frame.loc[frame["value"].notna(), "year"]}, reverse=True)


def selection(peers: Iterable[str], home: str = HOME) -> list[str]:
    """Türkiye followed by the chosen peers, each once."""
    return list(dict.fromkeys([home, *peers]))


def _rank_desc(values: pd.Series) -> pd.Series:
    return values.rank(method="min", ascending=False).astype("Int64")


def ranking_all(frame: pd.DataFrame, year: int, among: Collection[str] | None = None) -> pd.DataFrame:
    """Every country or territory with a value in `year` (only those in `among`, e.g. `un_member_states()`,
    when given), ranked: `rank_all` 1 = largest value, ties get the smallest rank (1, 2, 2, 4). Aggregates
    (WLD) are not ranked. Columns geo, year, value, rank_all, source_id; sorted by rank then geo."""
    rows = frame[(frame["year"] == year) & frame["value"].notna() & ~frame["geo"].isin(AGGREGATES)]
    if among is not None:
        rows = rows[rows["geo"].isin(among)]
    out = rows[["geo", "year", "value", "source_id"]].assign(rank_all=_rank_desc(rows["value"]))
    out = out.sort_values(["rank_all", "geo"], kind="mergesort").reset_index(drop=True)
    return out[["geo", "year", "value", "rank_all", "source_id"]]


def ranking(frame: pd.DataFrame, year: int, peers: Iterable[str], home: str = HOME,
            among: Collection[str] | None = None) -> pd.DataFrame:
    """The selected countries (`home` and `peers`) in `year` with `rank_selected` (among them) and
    `rank_all` (among every country or territory with a value that year, or only those in `among`: a
    selected country outside `among` then has no `rank_all`); 1 = largest, ties share the smallest rank.

    A selected country without a value for the year is kept with value NaN, empty ranks and source_id ""
    (shown as "no data", never as 0). Aggregates (WLD) are never ranked or listed. Columns
    `RANKING_COLUMNS`, sorted by value (largest first), countries without data last in selection order.
    """
    chosen = [g for g in selection(peers, home) if g not in AGGREGATES]
    everyone = ranking_all(frame, year)
    rows = pd.DataFrame({"geo": chosen}).merge(everyone.drop(columns="rank_all"), on="geo", how="left")
    rows = rows.merge(ranking_all(frame, year, among)[["geo", "rank_all"]], on="geo", how="left")
    rows["year"] = year
    rows["source_id"] = rows["source_id"].fillna("")
    rows["rank_selected"] = _rank_desc(rows["value"])
    rows["rank_all"] = rows["rank_all"].astype("Int64")
    rows["order"] = range(len(rows))
    rows = rows.sort_values(["value", "order"], ascending=[False, True], na_position="last", kind="mergesort")
    return rows[RANKING_COLUMNS].astype({"year": "int64"}).reset_index(drop=True)


def world_value(frame: pd.DataFrame, year: int, world: str = WORLD) -> float | None:
    """The world value of `year` (geo WLD), or None when the indicator has none for that year."""
    rows = frame[(frame["geo"] == world) & (frame["year"] == year) & frame["value"].notna()]
    return float(rows["value"].iloc[0]) if len(rows) else None


def world_value_derived(frame: pd.DataFrame, year: int, indicator: Indicator, world: str = WORLD) -> bool:
    """Whether the world value of `year` was computed by this project rather than published: its row's note
    says "Derived", or the indicator is derived and the value does not come from one of its publishers'
    aggregates (a source id of the world row that the indicator's country rows do not use)."""
    rows = frame[(frame["geo"] == world) & (frame["year"] == year) & frame["value"].notna()]
    if rows.empty:
        return False
    row = rows.iloc[0]
    if str(row.get("note", "")).startswith("Derived"):
        return True
    country_sources = set(frame.loc[frame["geo"] != world, "source_id"])
    return indicator.derived and row["source_id"] in country_sources


def champions_caption(chosen: Sequence[str], defaults: Sequence[str], n_named: int, named_as_of: str,
                      n_with_data: int, lang: str) -> str:
    """The caption under the peer picker: what is compared (the chosen countries, or the default
    Champion Countries), the named champions dated by their latest evidence (`named_as_of`) and the total
    of CHAMPIONS_TOTAL dated CHAMPIONS_TOTAL_AS_OF, each with its own date."""
    default = t("peers_champions_note", lang, named=fmt_number(n_named, lang),
                as_of=fmt_partial_date(named_as_of, lang), total=fmt_number(CHAMPIONS_TOTAL, lang),
                total_as_of=fmt_partial_date(CHAMPIONS_TOTAL_AS_OF, lang), with_data=fmt_number(n_with_data, lang))
    if list(chosen) == list(defaults):
        return default
    return t("peers_custom_note", lang, n=len(chosen)) + " " + default


def peer_series(frame: pd.DataFrame, peers: Iterable[str], home: str = HOME) -> pd.DataFrame:
    """The series of `home` and `peers` (columns `SERIES_COLUMNS`), rows without a value dropped (a gap in
    the line, not a zero), sorted by selection order then year."""
    chosen = selection(peers, home)
    rows = frame[frame["geo"].isin(chosen) & frame["value"].notna()]
    order = {g: i for i, g in enumerate(chosen)}
    rows = rows.assign(order=rows["geo"].map(order)).sort_values(["order", "year"], kind="mergesort")
    return rows[SERIES_COLUMNS].reset_index(drop=True)


def with_names(frame: pd.DataFrame, names: Mapping[str, str], column: str = "name") -> pd.DataFrame:
    """`frame` with a `column` of country names looked up by ISO3 (the code where no name is known)."""
    return frame.assign(**{column: [names.get(g, g) for g in frame["geo"]]})


def ranking_display(table: pd.DataFrame, names: Mapping[str, str], indicator: Indicator, lang: str, n_all: int,
                    source_labels: Mapping[str, str] | None = None, members_only: bool = False) -> pd.DataFrame:
    """The ranking (from `ranking`) as the page shows it: localised headers, rank among all countries and
    territories (or among UN member states when `members_only`) as `3 / 180` (`n_all` of them with a value
    that year; empty for a country outside the group), value formatted for the language, "no data for
    <year>" for a missing value, and the source label (`source_labels[source_id]`, the id otherwise)."""
    source_labels = source_labels or {}
    rank_header = t("peers_col_rank_members" if members_only else "peers_col_rank_all", lang)
    rows = []
    for rec in table.itertuples(index=False):
        missing = pd.isna(rec.value)
        rows.append({
            t("peers_col_rank_selected", lang): "" if missing else fmt_number(rec.rank_selected, lang),
            rank_header: ("" if missing or pd.isna(rec.rank_all)
                          else f"{fmt_number(rec.rank_all, lang)} / {fmt_number(n_all, lang)}"),
            t("country", lang): names.get(rec.geo, rec.geo),
            t("value", lang): (t("peers_no_data_for", lang, year=rec.year) if missing
                               else fmt_value(rec.value, indicator.unit, lang, indicator.decimals)),
            t("source", lang): source_labels.get(rec.source_id, rec.source_id),
        })
    return pd.DataFrame(rows, columns=[t("peers_col_rank_selected", lang), rank_header,
                                       t("country", lang), t("value", lang), t("source", lang)])


def series_display(series: pd.DataFrame, names: Mapping[str, str], indicator: Indicator, lang: str,
                   source_labels: Mapping[str, str] | None = None) -> pd.DataFrame:
    """The series (from `peer_series`) as the page's table: country, year, value formatted for the language,
    source label; localised headers."""
    source_labels = source_labels or {}
    return pd.DataFrame({
        t("country", lang): [names.get(g, g) for g in series["geo"]],
        t("year", lang): [str(y) for y in series["year"]],
        t("value", lang): [fmt_value(v, indicator.unit, lang, indicator.decimals) for v in series["value"]],
        t("source", lang): [source_labels.get(s, s) for s in series["source_id"]],
    }, columns=[t("country", lang), t("year", lang), t("value", lang), t("source", lang)])


def source_publishers(source_ids: Iterable[str], sources: Mapping[str, Source] | None = None) -> dict[str, str]:
    """{source_id: publisher} for the ids known to the source registry (the table's short source label)."""
    sources = sources if sources is not None else sources_by_id()
    return {sid: sources[sid].publisher for sid in dict.fromkeys(source_ids) if sid in sources}


def ranking_with_world(bars: alt.Chart, world: float | None, indicator: Indicator, lang: str) -> alt.TopLevelMixin:
    """`bars` (indicators.charts.ranking_chart) with BAR_HEIGHT px per country (so every label shows) and
    the world value as a labelled vertical rule when it is on the countries' scale (rates and shares). Counts keep the bars alone: a
    world total would squash every country bar (the page states the world value in text)."""
    n_bars = len(bars.data) if isinstance(bars.data, pd.DataFrame) else 1
    height = BAR_HEIGHT * n_bars
    if world is None or indicator.unit not in INTENSIVE_UNITS:
        return bars.properties(height=height, autosize=FIT_WIDTH)
    label = t("peers_world_rule", lang, value=fmt_value(world, indicator.unit, lang, indicator.decimals))
    rule = alt.Chart(pd.DataFrame({"value": [world]})).mark_rule(
        color="#000000", strokeDash=[4, 3], strokeWidth=1.5).encode(x="value:Q")
    inner = bars.copy()
    inner.height = alt.Undefined
    inner.title = alt.Undefined
    # The world value is named in the subtitle, not beside the rule, where it covered the top bar.
    title = alt.TitleParams(indicator.title(lang), subtitle=[label])
    return alt.layer(inner, rule).properties(height=height, title=title, autosize=FIT_WIDTH)


def highlighted(series: pd.DataFrame, mode: str, home: str = HOME, n: int = TOP_N) -> list[str]:
    """The geos the "Over time" chart colours: `home` first, then for "top5" the `n` other countries with the
    largest value in their own latest year (ties in code order), for "selected" every other country of
    `series` in its order (columns geo, year, value)."""
    others = [g for g in dict.fromkeys(series["geo"]) if g != home]
    if mode == "top5":
        latest = series[series["geo"] != home].sort_values(["geo", "year"]).groupby("geo")["value"].last()
        others = list(latest.reset_index().sort_values(["value", "geo"], ascending=[False, True],
                                                         kind="mergesort")["geo"][:n])
    return ([home] if home in set(series["geo"]) else []) + others


def peer_series_chart(frame: pd.DataFrame, indicator: Indicator, lang: str, home: str = HOME,
                      label_column: str = "name", highlight: Sequence[str] | None = None) -> alt.TopLevelMixin:
    """A line chart of `frame` (columns geo, year, value, `label_column`): one line per country. The
    countries in `highlight` (default all) are told apart by colour and dash (so not by colour alone), `home`
    drawn thicker in its own colour and listed first in the legend; the others are thin grey lines under
    them, named in the tooltip only."""
    chosen = set(frame["geo"]) if highlight is None else set(highlight)
    shown = frame[frame["geo"].isin(chosen)]
    order = {g: i for i, g in enumerate(highlight or [])}
    shown = shown.assign(_order=shown["geo"].map(order).fillna(len(order))).sort_values("_order", kind="mergesort")
    labels = list(dict.fromkeys(shown[label_column]))
    home_labels = list(dict.fromkeys(shown.loc[shown["geo"] == home, label_column]))
    domain = home_labels + [lab for lab in labels if lab not in home_labels]
    colours = [palette.HOME] * len(home_labels) + [palette.PEERS[i % len(palette.PEERS)]
                                                 for i in range(len(domain) - len(home_labels))]
    dashes = [DASHES[0]] * len(home_labels) + [DASHES[(i // len(palette.PEERS) + i) % len(DASHES)]
                                               for i in range(len(domain) - len(home_labels))]

    def prepared(rows: pd.DataFrame) -> pd.DataFrame:
        return rows.drop(columns="_order", errors="ignore").assign(
            home=rows["geo"] == home, year_date=pd.to_datetime(rows["year"].astype(str) + "-07-01"),
            value_label=[fmt_value(v, indicator.unit, lang, indicator.decimals) for v in rows["value"]])

    country = t("country", lang)
    x = alt.X("year_date:T", title=t("year", lang), axis=alt.Axis(format="%Y", tickCount="year"))
    y = alt.Y("value:Q", title=unit_label(indicator.unit, lang),
              axis=alt.Axis(labelExpr=number_label_expr(lang, compact=indicator.unit in ("persons", "usd"),
                                                        decimals=indicator.decimals)))
    tooltip = [alt.Tooltip(f"{label_column}:N", title=country), alt.Tooltip("year:O", title=t("year", lang)),
               alt.Tooltip("value_label:N", title=t("value", lang))]
    coloured = (
        alt.Chart(prepared(shown))
        .mark_line(point=alt.OverlayMarkDef(size=18))
        .encode(
            x=x, y=y,
            color=alt.Color(f"{label_column}:N", title=country, scale=alt.Scale(domain=domain, range=colours),
                            legend=alt.Legend(orient="bottom", columns=LEGEND_COLUMNS, symbolType="stroke",
                                              labelLimit=LEGEND_LABEL_LIMIT)),
            strokeDash=alt.StrokeDash(f"{label_column}:N", scale=alt.Scale(domain=domain, range=dashes),
                                      legend=None),
            strokeWidth=alt.condition("datum.home", alt.value(3.5), alt.value(1.8)),
            opacity=alt.condition("datum.home", alt.value(1.0), alt.value(0.85)),
            order=alt.Order("home:N"),
            tooltip=tooltip,
        )
    )
    rest = frame[~frame["geo"].isin(chosen)]
    if rest.empty:
        return coloured.properties(title=indicator.title(lang), height=320, autosize=FIT_WIDTH)
    grey = (
        alt.Chart(prepared(rest))
        .mark_line(color=palette.OTHERS_LINE, strokeWidth=1, opacity=0.7)
        .encode(x=x, y=y, detail=f"{label_column}:N", tooltip=tooltip)
    )
    return alt.layer(grey, coloured).properties(title=indicator.title(lang), height=320, autosize=FIT_WIDTH)
