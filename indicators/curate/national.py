"""Türkiye national series from `raw/turkiye_national/`: PMM (Göç İdaresi Başkanlığı, formerly DGMM), TÜİK,
ÇSGB and MEB figures, hand-transcribed from pages that quote them (see that folder's README.md).

Every raw row names the page it was read on; each distinct page (`source_url`) is one source record (in
`data/metadata/sources/national.yml`) whose id is `tr_<site slug>_<sha1(url)[:8]>`. Conventions of the observation tables written here:

- `geo` is `TUR`, or `TR-NN` (plate code) for province figures; `origin` is the ISO3 of a nationality,
  `OTH` for "other(s)" and, in a Turkish/foreign citizenship split, `TUR` for Turkish and `OTH` for all
  foreign citizens (the code lists have no "foreign" pseudo-origin).
- `type` says what is counted. Figures for other periods than a calendar year or a stock date get a suffix
  (`_ytd`, `_month`, `_mtd`, `_quarter_iom_<label>`, `_cumulative...`, `_period`), so the headline series (no suffix)
  holds only calendar-year totals and dated stocks.
- `date`: the stock date as published; `YYYY-12-31` for a year-end stock published as "December YYYY";
  the last day of the month for other month-precise figures (the note gives the month as published);
  empty when only a year is known.
- `status`: where several pages give a figure for the same thing and period, one row is `preferred`
  (from the two `*_preferred.csv` files or the explicit choices below, reason in `note`), the others
  `alternative`. Rows the raw notes flag as doubtful (`DOUBT_MARKERS`) are `alternative` too.
"""

from __future__ import annotations

import calendar
import hashlib
import re
from dataclasses import dataclass
from pathlib import Path

import pandas as pd

from ..codes import province_code
from . import Curated, CurationError, national_official, observations, read_raw_csv

FOLDER = "turkiye_national"
# The raw files record no access date: this is the date of the reference snapshot (README and file dates).

LONG_COLUMNS = [
    "indicator", "year", "reference_date", "period_type", "breakdown_type", "breakdown_value", "value", "unit",
    "publisher", "source_title", "source_url", "source_site", "source_kind", "note",
]
PROVENANCE_COLUMNS = ["publisher", "source_title", "source_url", "source_site", "source_kind"]

# Raw `source_kind` -> `indicators.sources.SOURCE_KINDS`.
SOURCE_KIND = {
    "intl_org_report_quoting_official": "intl_report_quoting",
    "ngo_report_quoting_official": "ngo_report_quoting",
    "foreign_gov_report_quoting_official": "gov_report_quoting",
    "gov_page_quoting_official": "gov_report_quoting",
    "report_copy_quoting_official": "other_quoting",
    "news_quoting_official": "news_quoting",
    "news_quoting_ngo_quoting_official": "news_quoting",
    "news_quoting_blog_quoting_official": "news_quoting",
    "news_quoting_party_report_quoting_official": "news_quoting",
    "blog_quoting_official": "other_quoting",
    "factcheck_quoting_official": "other_quoting",
    "spam_site_quoting_official": "other_quoting",
}
# When several pages give the same figure, the one closest to the official publisher is preferred.
KIND_RANK = {"intl_report_quoting": 0, "gov_report_quoting": 1, "ngo_report_quoting": 2, "news_quoting": 3,
             "other_quoting": 4}

# Nationality names as spelt in the raw files (English) -> ISO3; "Other(s)" -> OTH.
NATIONALITY_ISO3 = {
    "Afghanistan": "AFG", "Azerbaijan": "AZE", "China": "CHN", "Egypt": "EGY", "France": "FRA", "Georgia": "GEO",
    "Germany": "DEU", "India": "IND", "Iran": "IRN", "Iraq": "IRQ", "Italy": "ITA", "Kazakhstan": "KAZ",
    "Kyrgyzstan": "KGZ", "Libya": "LBY", "Moldova": "MDA", "Morocco": "MAR", "Myanmar": "MMR", "Pakistan": "PAK",
    "Palestine": "PSE", "Russia": "RUS", "Russian Federation": "RUS", "Somalia": "SOM", "Sudan": "SDN",
    "Syria": "SYR", "Tajikistan": "TJK", "Turkmenistan": "TKM", "USA": "USA", "Uganda": "UGA", "Ukraine": "UKR",
    "United Kingdom": "GBR", "Uzbekistan": "UZB", "Yemen": "YEM", "Other": "OTH", "Others": "OTH",
}
# Citizenship group in a Turkish/foreign split.
CITIZENSHIP_GROUP = {"Turkish": "TUR", "foreign": "OTH"}
AGE_CODES = {
    "0-4": "0-4", "0-9": "0-9", "under 10": "0-9", "0-17": "0-17", "0-18": "0-18", "15-24": "15-24",
    "under 29": "0-28", "5-17": "5-17", "children": "children", "adults": "adults",
}
SEX_CODES = {"female": "female", "male": "male"}
UNITS = {"persons": "persons", "percent": "percent", "permits": "permits", "camps": "camps"}

# Periods that are a calendar year or a stock date keep the plain type; others get a suffix.
PLAIN_PERIODS = {"calendar_year", "end_of_year", "as_of_date", "academic_year"}
PERIOD_SUFFIX = {"year_to_date": "_ytd", "month": "_month", "month_to_date": "_mtd", "period": "_period",
                 "cumulative": "_cumulative"}
_CUMULATIVE = re.compile(r"^cumulative_(?:\d{4}_\d{4}|since_\d{4}|\d+_years)$")

# Phrases with which the raw notes flag a figure as doubtful; such rows become `alternative`.
DOUBT_MARKERS = ("evident typo", "almost certainly a typo", "implausib", "use with care", "possible error",
                 "appears to be cumulative", "look cumulative", "verify before use", "ambiguous")

LOW_QUALITY_NOTE = "Found only on a low-quality site (flagged in the raw README)."

_VERDICT = re.compile(r"\s*(?:Preferred|Alternative): .*$")
_YEAR = re.compile(r"^\d{4}$")
_MONTH = re.compile(r"^(\d{4})-(\d{2})$")
_DAY = re.compile(r"^\d{4}-\d{2}-\d{2}$")


@dataclass(frozen=True)
class Spec:
    """How to read one long raw file: raw indicator -> type code (None = not curated, e.g. shares or mean
    ages that are not counts), and breakdown_type -> how the breakdown value is coded."""

    dataset: str
    types: dict[str, str | None]
    breakdown_types: dict[str, dict[str, str] | None]  # value -> type suffix, or None for the standard columns


def site_slug(site: str) -> str:
    """Lowercase slug of a page's site name without its parenthesised qualifier, e.g. `reliefweb_int`."""
    host = site.split(" (")[0].split(" ")[0]
    return re.sub(r"[^a-z0-9]+", "_", host.lower()).strip("_")


def source_id_for(site: str, url: str) -> str:
    """Stable id of the page `url`: `tr_<site slug>_<first 8 hex digits of sha1(url)>`."""
    return f"tr_{site_slug(site)}_{hashlib.sha1(url.encode('utf-8')).hexdigest()[:8]}"


def parse_date(reference: str, period_type: str) -> tuple[str, str]:
    """(date, qualifier) for a raw reference date: a day as given, `YYYY-12-31` for a December year-end,
    the last day of the month for other months (qualifier says so), empty for years and ranges."""
    if _DAY.match(reference):
        return reference, ""
    month = _MONTH.match(reference)
    if month:
        year, mon = int(month.group(1)), int(month.group(2))
        last = f"{year}-{mon:02d}-{calendar.monthrange(year, mon)[1]:02d}"
        if period_type == "end_of_year" and mon == 12:
            return last, ""
        return last, f"Reference month {reference} (day not published; date set to the month's last day)."
    return "", ""


def type_code(base: str, period_type: str, reference: str, path: Path, line: int) -> str:
    """The type code of a figure: `base` plus a suffix for periods other than a year or a stock date
    (IOM's quarter labels, e.g. `2020-Q1/2`, are kept in the suffix: `_quarter_iom_q1_2`)."""
    if period_type in PLAIN_PERIODS:
        return base
    if period_type == "quarter_as_labelled_by_IOM":
        label = re.sub(r"[^a-z0-9]+", "_", reference.split("-", 1)[-1].lower()).strip("_")
        return f"{base}_quarter_iom_{label}"
    if period_type in PERIOD_SUFFIX:
        suffix = PERIOD_SUFFIX[period_type]
        return base if base.endswith(suffix) else base + suffix
    if _CUMULATIVE.match(period_type):
        return f"{base}_{period_type}"
    raise CurationError(f"{path}: row {line}: unknown period_type {period_type!r}")


def nationality_code(name: str, path: Path, line: int) -> str:
    """ISO3 (or OTH) of a nationality name as spelt in the raw files; CurationError naming file and row."""
    try:
        return NATIONALITY_ISO3[name]
    except KeyError:
        raise CurationError(f"{path}: row {line}: unknown nationality {name!r}; add it to NATIONALITY_ISO3") from None


def _lookup(table: dict[str, str], value: str, what: str, path: Path, line: int) -> str:
    try:
        return table[value]
    except KeyError:
        raise CurationError(f"{path}: row {line}: unknown {what} {value!r}; expected one of {sorted(table)}") from None


def _join_note(*parts: str) -> str:
    return " ".join(p.strip() for p in parts if p and p.strip())


def _provenance(row: pd.Series) -> dict[str, str]:
    kind = row["source_kind"]
    if kind not in SOURCE_KIND:
        raise CurationError(f"source_kind {kind!r} of {row['source_url']} is not in SOURCE_KIND")
    return {"source_id": source_id_for(row["source_site"], row["source_url"]), "source_url": row["source_url"],
            "kind_rank": KIND_RANK[SOURCE_KIND[kind]]}


def long_table(frame: pd.DataFrame, spec: Spec, path: Path, provinces: dict[str, str]) -> pd.DataFrame:
    """Observation rows (plus `source_url`, `kind_rank`, `period_type` helper columns) from a long raw file."""
    rows = []
    for index, raw in frame.iterrows():
        line = int(index) + 2  # header is line 1
        base = _lookup(spec.types, raw["indicator"], "indicator", path, line)
        if base is None or raw["value"] == "":
            continue
        unit = _lookup(UNITS, raw["unit"], "unit", path, line)
        date, qualifier = parse_date(raw["reference_date"], raw["period_type"])
        row = {"geo": "TUR", "year": int(raw["year"]), "date": date, "value": float(raw["value"]), "unit": unit,
               "period_type": raw["period_type"], "note": _join_note(qualifier, raw["note"]), **_provenance(raw)}
        if raw["source_kind"] == "spam_site_quoting_official":
            row["status"] = "alternative"
            row["note"] = _join_note(LOW_QUALITY_NOTE, row["note"])
        if date and int(date[:4]) != row["year"]:
            raise CurationError(f"{path}: row {line}: year {raw['year']} does not match date {date}")
        kind, value = raw["breakdown_type"], raw["breakdown_value"]
        suffix = ""
        if kind not in spec.breakdown_types:
            raise CurationError(f"{path}: row {line}: unexpected breakdown_type {kind!r} for {spec.dataset}")
        if spec.breakdown_types[kind] is not None:
            suffix = _lookup(spec.breakdown_types[kind], value, kind, path, line)
        elif kind == "sex":
            row["sex"] = _lookup(SEX_CODES, value, "sex", path, line)
        elif kind in ("age", "age_group"):
            row["age"] = _lookup(AGE_CODES, value, "age group", path, line)
        elif kind in ("nationality", "citizenship_country"):
            row["origin"] = nationality_code(value, path, line)
        elif kind == "citizenship":
            row["origin"] = _lookup(CITIZENSHIP_GROUP, value, "citizenship group", path, line)
            if row["origin"] == "OTH":
                row["note"] = _join_note("Foreign citizens (all citizenships other than Turkish).", row["note"])
        elif kind == "province":
            row["geo"] = _lookup(provinces, value, "province", path, line)
        row["type"] = type_code(base + suffix, raw["period_type"], raw["reference_date"], path, line)
        rows.append(row)
    return pd.DataFrame(rows)


def mark_doubtful(frame: pd.DataFrame) -> pd.DataFrame:
    """Rows whose raw note flags the figure as doubtful become `alternative` (unless already preferred)."""
    flagged = frame["note"].str.lower().map(lambda n: any(m in n for m in DOUBT_MARKERS))
    out = frame.copy()
    mask = flagged & (out["status"] != "preferred")
    out.loc[mask, "status"] = "alternative"
    return out


def _headline_mask(frame: pd.DataFrame) -> pd.Series:
    return (frame["sex"] == "") & (frame["age"] == "") & (frame["origin"] == "")


def choose(frame: pd.DataFrame, group: pd.Index, value: float, url: str | None, reason: str) -> pd.DataFrame:
    """Mark one row of `group` preferred (value `value`, from `url` if given, else the best-ranked page
    with that value) and the other rows alternative, with the reason in the notes."""
    candidates = frame.loc[group]
    hits = candidates[(candidates["value"] == value) & ((candidates["source_url"] == url) if url else True)]
    if hits.empty:
        raise CurationError(f"preferred value {value:g} ({url or 'any page'}) not found among {len(group)} rows")
    best = hits.sort_values(["kind_rank", "source_id"], kind="mergesort").index[0]
    out = frame.copy()
    # A later choice replaces an earlier one: the note keeps only the last verdict.
    out.loc[group, "note"] = out.loc[group, "note"].str.replace(_VERDICT, "", regex=True)
    out.loc[group, "status"] = "alternative"
    out.loc[best, "status"] = "preferred"
    out.loc[best, "note"] = _join_note(out.loc[best, "note"], f"Preferred: {reason}")
    for idx in group.drop(best):
        same = "same value as" if out.loc[idx, "value"] == value else "differs from"
        out.loc[idx, "note"] = _join_note(out.loc[idx, "note"], f"Alternative: {same} the preferred {value:,.0f}.")
    return out


def resolve(frame: pd.DataFrame, choices: dict[tuple[str, int], tuple[float, str]], dataset: str) -> pd.DataFrame:
    """Give every headline group (type, year, date, geo) with several rows one preferred row: the explicit
    choice (value, reason) for a calendar year or year-end if any, else the agreed value from the best-ranked
    page. Unresolved disagreements on headline periods fail, so every choice is written down."""
    out = frame.copy()
    eligible = _headline_mask(out) & (out["status"] == "")
    for (type_, year, date, geo), group in out[eligible].groupby(["type", "year", "date", "geo"], sort=True).groups.items():
        if len(group) < 2:
            continue
        values = sorted(out.loc[group, "value"].unique())
        if (type_, year) in choices and date in ("", f"{year}-12-31"):
            value, reason = choices[(type_, year)]
        elif len(values) == 1:
            value, reason = values[0], "all pages agree; page closest to the official publisher shown first."
        elif not out.loc[group, "period_type"].isin(PLAIN_PERIODS).all():
            continue  # part-year or cumulative figures are never headline values; their notes name the conflict
        else:
            raise CurationError(f"{dataset}: sources disagree on {type_} {year} {date} {geo} ({values}); add a choice")
        out = choose(out, group, value, None, reason)
    return out


def finish(frame: pd.DataFrame, dataset: str) -> pd.DataFrame:
    """The observation table of `dataset` without helper columns, failing on a duplicate key."""
    out = observations(frame.drop(columns=["source_url", "kind_rank", "period_type"], errors="ignore"), dataset)
    key = ["geo", "year", "date", "sex", "age", "origin", "destination", "type", "route", "source_id"]
    duplicated = out.duplicated(subset=key, keep=False)
    if duplicated.any():
        raise CurationError(f"{dataset}: duplicate observation keys:\n{out[duplicated].to_string()}")
    return out.sort_values(key, kind="mergesort").reset_index(drop=True)


def _prepare(frame: pd.DataFrame) -> pd.DataFrame:
    out = frame.copy()
    for col in ("sex", "age", "origin", "status"):
        if col not in out.columns:
            out[col] = ""
        out[col] = out[col].fillna("")
    return out


# --- temporary protection -------------------------------------------------------------------------------

TP_SPEC = Spec(
    "tr_tp_syrians",
    {"tp_syrians_registered": "", "tp_syrians_in_camps": "in_camps", "tp_camps_count": "camps",
     "tp_syrians_share": None, "tp_syrians_mean_age": None},
    {"total": None, "sex": None, "age_group": None, "outside_camps": {"": "outside_camps", "urban caseload": "outside_camps"},
     "group": {"women and children": "women_and_children"}},
)


def supplement_national_totals(raw: Path) -> pd.DataFrame:
    """National totals printed beside the province figures of the supplement (`national_total_same_date`), for
    rows dated to the day (persons, type ""), one per page and date."""
    path = raw / "tr_tp_syrians_by_province_supplement.csv"
    frame = read_raw_csv(path, ["reference_date", "reference_date_precision", "national_total_same_date",
                                *PROVENANCE_COLUMNS, "note"])
    dated = frame[(frame["reference_date_precision"] == "day") & (frame["national_total_same_date"] != "")]
    rows = []
    for _, page in dated.groupby(["source_url", "reference_date"], sort=True):
        first = page.iloc[0]
        rows.append({"geo": "TUR", "year": int(first["reference_date"][:4]), "date": first["reference_date"],
                     "type": "", "value": float(first["national_total_same_date"]), "unit": "persons",
                     "period_type": "as_of_date", **_provenance(first),
                     "note": f"National total printed with the province figures of {first['reference_date']}."})
    return _prepare(pd.DataFrame(rows))


PORTAL_TRAIL_DAYS = 7  # the portal can show PMM's figure a few days after PMM's own date (official README)


def prefer_portal(frame: pd.DataFrame, portal: pd.DataFrame) -> pd.DataFrame:
    """Add the UNHCR portal points and prefer them on their dates, the pages' rows becoming alternatives,
    except where a page's different value appears on the portal within `PORTAL_TRAIL_DAYS` after that date:
    then the page gives PMM's own date (28 Sep 2017: 3,208,131 on the page, on the portal on 29 Sep) and the
    portal's point of that date is the previous update, so the page stays preferred."""
    out = pd.concat([frame, _prepare(portal)], ignore_index=True)
    comparable = portal[portal["type"] == ""]
    dates = pd.to_datetime(comparable["date"])
    for date, value in zip(comparable["date"], comparable["value"]):
        group = out.index[(out["type"] == "") & (out["date"] == date) & _headline_mask(out)]
        if len(group) < 2:
            continue
        pages = out.loc[group]
        pages = pages[pages["source_id"] != national_official.ODP_ID]
        soon = (dates > pd.Timestamp(date)) & (dates <= pd.Timestamp(date) + pd.Timedelta(days=PORTAL_TRAIL_DAYS))
        trailing = pages[pages["value"].isin(comparable.loc[soon, "value"]) & (pages["value"] != value)]
        year_choice = (out.loc[group, "status"] == "preferred").any()
        if not trailing.empty:
            page = trailing.sort_values(["kind_rank", "source_id"], kind="mergesort").iloc[0]
            out = choose(out, group, float(page["value"]), page["source_url"],
                         "the page gives PMM's own date; the UNHCR portal shows this value a few days later.")
        else:
            out = choose(out, group, float(value), national_official.ODP_URL,
                         "UNHCR portal (Government of Türkiye figures), closest to the publisher for this date.")
        if not year_choice:
            # `preferred` marks the value of a year in this table; on other dates the chosen row stays plain.
            out.loc[group[out.loc[group, "status"] == "preferred"], "status"] = ""
    return out


def prefer_latest_of_year(frame: pd.DataFrame) -> pd.DataFrame:
    """Where the preferred headline value of a year is not dated 31 December and a later value of that year is
    held, the latest one (by data date; best-ranked page on that date) becomes preferred and the earlier choice
    an alternative (issue 7). Rows flagged as doubtful or found only on a low-quality site are never chosen."""
    out = frame.copy()
    doubtful = out["note"].str.lower().map(lambda n: any(m in n for m in DOUBT_MARKERS))
    headline = (out["type"] == "") & _headline_mask(out) & (out["date"] != "")
    for year in sorted(out.loc[headline & (out["status"] == "preferred"), "year"].unique()):
        rows = out[headline & (out["year"] == year)]
        candidates = rows[~doubtful[rows.index] & ~rows["note"].str.contains(LOW_QUALITY_NOTE, regex=False)]
        latest = candidates["date"].max()
        if rows.loc[rows["status"] == "preferred", "date"].max() >= latest:
            continue
        group = rows.index[(rows["status"] == "preferred") | (rows["date"] == latest)]
        best = rows.loc[group][rows.loc[group, "date"] == latest].sort_values(["kind_rank", "source_id"],
                                                                               kind="mergesort")
        reason = f"latest value of {year} held (dated {latest}); no 31 Dec {year} figure was found."
        out = choose(out, group, float(best["value"].iloc[0]), best["source_url"].iloc[0], reason)
    return out


def tp_syrians(raw: Path, provinces: dict[str, str], portal: pd.DataFrame,
               pages: pd.DataFrame | None = None) -> pd.DataFrame:
    """Syrians under temporary protection, national (persons; camps count in `camps`): dated stocks with
    the year-end values of tr_tp_syrians_year_end_preferred.csv preferred and other year-end values of the
    same year (end_of_year or dated in December) alternative; the UNHCR portal's points preferred for their
    dates (before 2015 under their own types); the latest value of a year preferred where no 31 Dec value
    exists; the publisher-page figures (`pages`) added as they are."""
    path = raw / "tr_tp_syrians_national.csv"
    frame = _prepare(long_table(read_raw_csv(path, LONG_COLUMNS), TP_SPEC, path, provinces))
    frame = pd.concat([frame, supplement_national_totals(raw)], ignore_index=True)
    pref_path = raw / "tr_tp_syrians_year_end_preferred.csv"
    preferred = read_raw_csv(pref_path, ["year", "reference_date", "value", "source_url", "alternative_values", "note"])
    for _, pick in preferred.iterrows():
        year = int(pick["year"])
        year_end = (frame["period_type"] == "end_of_year") | frame["date"].str.startswith(f"{year}-12")
        group = frame.index[(frame["type"] == "") & (frame["year"] == year) & _headline_mask(frame)
                            & (year_end | (frame["source_url"] == pick["source_url"]))]
        reason = _join_note("year-end value chosen by the raw-folder curators:", pick["note"])
        if not pick["reference_date"].endswith("-12-31"):
            reason = _join_note(reason, f"(dated {pick['reference_date']}: no 31 Dec {year} figure was found).")
        frame = choose(frame, group, float(pick["value"]), pick["source_url"], reason)
    frame = prefer_latest_of_year(prefer_portal(frame, portal))
    if pages is not None:
        frame = pd.concat([frame, _prepare(pages)], ignore_index=True)
    return finish(mark_doubtful(frame), TP_SPEC.dataset)


def _province_rows(frame: pd.DataFrame, path: Path, precision: pd.Series) -> list[dict]:
    rows = []
    for index, raw in frame.iterrows():
        line = int(index) + 2
        if raw["value"] == "":  # the page gives only a share of the province population: not a count
            continue
        kind = _lookup({"tp_syrians_registered": "", "tp_syrians_in_camps": "in_camps"}, raw["indicator"],
                       "indicator", path, line)
        date, qualifier = parse_date(raw["reference_date"], "as_of_date")
        if precision[index] == "publication_month":
            qualifier = f"Publication month {raw['reference_date']} of the page; the data date is earlier or equal."
        elif precision[index] in ("day_inferred", "year_inferred"):
            qualifier = "Reference date inferred by the transcriber (see note)."
        try:
            geo = province_code(raw["plate_code"])
        except ValueError as err:
            raise CurationError(f"{path}: row {line}: {err}") from None
        rows.append({"geo": geo, "year": int(raw["reference_date"][:4]), "date": date, "type": kind,
                     "value": float(raw["value"]), "unit": "persons", "period_type": "as_of_date",
                     "note": _join_note(qualifier, raw["note"]), **_provenance(raw)})
    return rows


# The 28 Sep 2017 top list exists in two copies that differ by a few units (tr_source_conflicts.csv).
PROVINCE_CHOICE_URL = "https://gaphaberleri.com/haber/22389/resmi-rakamlar-aciklandisanliurfada-kac-suriyeli-var.html"


def tp_syrians_by_province(raw: Path) -> pd.DataFrame:
    """Syrians under temporary protection by province (TR-NN, persons) at the dates pages report; only the
    provinces a page lists (no complete 81-province list exists in the raw folder)."""
    main_path = raw / "tr_tp_syrians_by_province.csv"
    main = read_raw_csv(main_path, ["indicator", "reference_date", "plate_code", "value", "unit", *PROVENANCE_COLUMNS, "note"])
    supp_path = raw / "tr_tp_syrians_by_province_supplement.csv"
    supp = read_raw_csv(supp_path, ["indicator", "reference_date", "reference_date_precision", "plate_code", "value",
                                    *PROVENANCE_COLUMNS, "note"])
    rows = _province_rows(main, main_path, pd.Series("day", index=main.index))
    rows += _province_rows(supp, supp_path, supp["reference_date_precision"])
    frame = _prepare(pd.DataFrame(rows))
    out = frame.copy()
    eligible = out["status"] == ""
    for _, group in out[eligible].groupby(["type", "year", "date", "geo"], sort=True).groups.items():
        if len(group) > 1:
            values = out.loc[group, "value"]
            url = PROVINCE_CHOICE_URL if PROVINCE_CHOICE_URL in set(out.loc[group, "source_url"]) else None
            if url is None and values.nunique() > 1:
                raise CurationError(f"tr_tp_syrians_by_province: unresolved disagreement {out.loc[group].to_dict('records')}")
            chosen = float(values[out.loc[group, "source_url"] == url].iloc[0]) if url else float(values.iloc[0])
            out = choose(out, group, chosen, url, "Ruha Ajans copy of the DGMM list (its national total "
                                                  "3,208,131 is printed on the page)." if url else "all pages agree.")
    return finish(mark_doubtful(out), "tr_tp_syrians_by_province")


# --- TÜİK province population ---------------------------------------------------------------------------

ADNKS_2023_ID = "tuik_adnks_2023_provinces"


def province_names(raw: Path) -> dict[str, str]:
    """Turkish province name (as in tr_province_population_2023.csv) -> TR-NN."""
    path = raw / "tr_province_population_2023.csv"
    frame = read_raw_csv(path, ["plate_code", "province"])
    return {row["province"]: province_code(row["plate_code"]) for _, row in frame.iterrows()}


def tuik_province_population(raw: Path) -> pd.DataFrame:
    """TÜİK ADNKS population by province on 31 Dec 2023 (TR-NN, persons)."""
    path = raw / "tr_province_population_2023.csv"
    frame = read_raw_csv(path, ["plate_code", "population", "reference_date"])
    rows = [{"geo": province_code(r["plate_code"]), "year": int(r["reference_date"][:4]), "date": r["reference_date"],
             "value": float(r["population"]), "unit": "persons", "source_id": ADNKS_2023_ID}
            for _, r in frame.iterrows()]
    return finish(pd.DataFrame(rows), "tuik_province_population")


# --- other PMM, ÇSGB, TÜİK and MEB series ----------------------------------------------------------------

RESIDENCE_SPEC = Spec(
    "tr_residence_permits",
    # a published year-on-year change is not a count (the validator rejects negative counts)
    {"residence_permit_holders": "", "residence_permit_holders_change": None,
     "residence_permits_cumulative_issued": "issued"},
    {"total": None, "nationality": None, "province": None,
     "permit_type": {"short-term": "short_term", "student": "student", "family": "family", "other": "other"}},
)
RESIDENCE_CHOICES = {
    ("", 2018): (856470, "PMM series as in the GİGM table 'Ulusal Göç Rakamları' (9lib) and the news series; "
                         "IOM DTM gives 853,274 as 'latest available'."),
    ("", 2020): (886653, "PMM year-end series as printed by the news series; IOM DTM's 817,898 differs."),
    ("", 2022): (1354094, "PMM year-end series as printed by the news series; 1,344,248 is for 'Aralık 2022'."),
    ("", 2023): (1107032, "exact IOM DTM Q4 2023 figure; the news series rounds it to 1,107,000."),
}

IRREGULAR_SPEC = Spec(
    "tr_irregular_migration",
    {"irregular_migrants_apprehended": "irregular_migrants_apprehended",
     "irregular_migrants_apprehended_cumulative": "irregular_migrants_apprehended",
     "irregular_migrants_apprehended_excluding_repeats": "irregular_migrants_apprehended_excl_repeats",
     "migrant_smugglers_apprehended": "migrant_smugglers_apprehended",
     "migrant_smugglers_apprehended_arrested": "migrant_smugglers_arrested",
     "irregular_migrants_deported": "deportations", "irregular_migrants_deported_cumulative_since_2016": "deportations",
     "syrians_deported_public_order_cumulative": "syrians_deported_public_order",
     "irregular_entries_prevented": "irregular_entries_prevented"},
    {"total": None, "nationality": None},
)

PROTECTION_SPEC = Spec(
    "tr_international_protection",
    {"international_protection_applications": "applications",
     "international_protection_applications_cumulative": "applications",
     "international_protection_decisions": "decisions", "international_protection_stock": "persons_under_ip"},
    {"total": None, "nationality": None, "decision": {"granted": "_granted", "rejected": "_rejected"}},
)

EXPLOITATION = {"sex trafficking": "_sexual_exploitation", "forced labour": "_forced_labour",
                "labour trafficking": "_labour_trafficking",
                "labour trafficking (incl. 43 forced begging)": "_labour_trafficking",
                "forced begging": "_forced_begging", "forced captivity": "_forced_captivity",
                "domestic servitude": "_domestic_servitude", "child soldiering": "_child_soldiering",
                "not reported": "_exploitation_not_reported", "unspecified": "_exploitation_not_reported"}
TRAFFICKING_SPEC = Spec(
    "tr_human_trafficking",
    {"trafficking_victims_identified": "victims_identified",
     "trafficking_potential_victims_interviewed": "potential_victims_interviewed",
     "trafficking_victims_rescued_by_police": "victims_rescued_by_police"},
    {"total": None, "sex": None, "age": None, "citizenship": None, "nationality": None, "exploitation": EXPLOITATION},
)
TRAFFICKING_CHOICES = {
    ("victims_identified", 2016): (181, "2018 TIP report (the later report, whose nationality split sums to it)."),
}

RETURNS_SPEC = Spec(
    "tr_returns_citizenship",
    {"syrians_voluntary_returns_cumulative_since_2016": "voluntary_returns_syrians_since_2016",
     "syrians_voluntary_returns_since_2024-12-08": "voluntary_returns_syrians_since_2024_12_08",
     "syrians_voluntary_returns": "voluntary_returns_syrians",
     "syrians_granted_turkish_citizenship_cumulative": "citizenship_granted_syrians",
     "syrians_granted_turkish_citizenship": "citizenship_granted_syrians",
     "syrians_resettled_to_third_countries_cumulative": "resettled_syrians",
     "syrians_married_to_turkish_citizens_cumulative": "syrians_married_to_turkish_citizens"},
    {"total": None, "age": None},
)

WORK_SPEC = Spec("tr_work_permits", {"work_permits_granted": "work_permits_granted"}, {"total": None, "nationality": None})
_CSGB_REASON = "the ÇSGB figure as announced the following year (AA copy), as the recorded conflict of 2016 does."
WORK_CHOICES = {
    ("work_permits_granted", 2011): (17467, _CSGB_REASON), ("work_permits_granted", 2012): (32277, _CSGB_REASON),
    ("work_permits_granted", 2013): (45834, _CSGB_REASON), ("work_permits_granted", 2014): (52304, _CSGB_REASON),
    ("work_permits_granted", 2015): (64833, _CSGB_REASON), ("work_permits_granted", 2016): (73584, _CSGB_REASON),
    ("work_permits_granted", 2017): (87190, _CSGB_REASON),
}

TUIK_SPEC = Spec(
    "tuik_international_migration",
    {"immigrants_to_turkiye": "immigrants", "emigrants_from_turkiye": "emigrants",
     "immigrants_to_turkiye_cumulative": "immigrants", "emigrants_from_turkiye_cumulative": "emigrants",
     "foreign_citizens_resident_adnks": "foreign_citizens_resident",
     # shares of a total are not counts
     "immigrants_to_turkiye_foreign_share": None, "emigrants_from_turkiye_foreign_share": None,
     "immigrants_to_turkiye_male_share": None, "emigrants_from_turkiye_male_share": None},
    {"total": None, "citizenship": None, "citizenship_country": None, "province": None, "sex": None},
)

SCHOOLING_SPEC = Spec(
    "tr_schooling",
    {"tp_children_enrolled": "enrolled", "tp_children_schooling_rate": "schooling_rate",
     "tp_school_age_children": "school_age_population", "tp_school_age_children_not_enrolled": "not_enrolled"},
    {"total": None, "sex": None, "age_group": None,
     "school_type": {"public schools": "_public_schools", "TECs in camps": "_tec_in_camps",
                     "TECs outside camps": "_tec_outside_camps",
                     "temporary education centres (432 TECs in 22 provinces)": "_tec"},
     "level": {"primary (ilkokul)": "_primary", "upper secondary (lise)": "_upper_secondary"}},
)


def _tuik_units(frame: pd.DataFrame) -> pd.DataFrame:
    """Some rows of the TÜİK file carry a note in the `unit` column (the value is a count of persons):
    move that text to the note so the unit can be checked."""
    out = frame.copy()
    misplaced = ~out["unit"].isin(list(UNITS))
    out.loc[misplaced, "note"] = (out.loc[misplaced, "unit"] + " " + out.loc[misplaced, "note"]).str.strip()
    out.loc[misplaced, "unit"] = "persons"
    return out


def long_dataset(raw: Path, file: str, spec: Spec, provinces: dict[str, str],
                 choices: dict[tuple[str, int], tuple[float, str]] | None = None, fix=None) -> pd.DataFrame:
    """A curated long table: read, code, mark doubtful rows, resolve agreeing or chosen duplicates."""
    path = raw / file
    frame = read_raw_csv(path, LONG_COLUMNS)
    if fix is not None:
        frame = fix(frame)
    rows = _prepare(long_table(frame, spec, path, provinces))
    rows = mark_doubtful(rows)
    return finish(resolve(rows, choices or {}, spec.dataset), spec.dataset)


IRREGULAR_PREFERRED_TYPE = {"irregular_migrants_apprehended": "irregular_migrants_apprehended",
                            "migrant_smugglers_apprehended": "migrant_smugglers_apprehended",
                            "irregular_migrants_deported": "deportations"}


def irregular_migration(raw: Path, provinces: dict[str, str]) -> pd.DataFrame:
    """PMM irregular-migration figures (persons): annual apprehensions of irregular migrants and migrant
    smugglers and deportations preferred as in tr_irregular_migration_annual_preferred.csv; part-year,
    monthly, quarterly and cumulative figures under suffixed types."""
    path = raw / "tr_irregular_migration.csv"
    rows = mark_doubtful(_prepare(long_table(read_raw_csv(path, LONG_COLUMNS), IRREGULAR_SPEC, path, provinces)))
    pref_path = raw / "tr_irregular_migration_annual_preferred.csv"
    preferred = read_raw_csv(pref_path, ["year", "indicator", "value", "source_url", "alternative_values", "note"])
    for index, pick in preferred.iterrows():
        type_ = _lookup(IRREGULAR_PREFERRED_TYPE, pick["indicator"], "indicator", pref_path, int(index) + 2)
        year, value = int(pick["year"]), float(pick["value"])
        group = rows.index[(rows["type"] == type_) & (rows["year"] == year) & _headline_mask(rows)]
        if group.empty:
            # The file lists a part-year figure (e.g. 1 Jan-18 Dec 2025): it stays under its `_ytd` type.
            partial = rows.index[(rows["type"].str.startswith(type_ + "_")) & (rows["year"] == year)
                                 & (rows["value"] == value) & (rows["source_url"] == pick["source_url"])]
            if partial.empty:
                raise CurationError(f"{pref_path}: row {int(index) + 2}: no row of {path.name} matches")
            rows.loc[partial, "note"] = rows.loc[partial, "note"].map(lambda n: _join_note(
                n, f"Listed by the raw-folder curators as the {year} value ({pick['note']}); not a full-year total."))
            continue
        rows = choose(rows, group, value, pick["source_url"], _join_note("annual value chosen by the raw-folder curators.",
                                                                          pick["note"]))
    return finish(resolve(rows, {}, IRREGULAR_SPEC.dataset), IRREGULAR_SPEC.dataset)


# --- sources and the conflicts table --------------------------------------------------------------------

RAW_LONG_FILES = [
    "tr_tp_syrians_national.csv", "tr_tp_syrians_by_province.csv", "tr_tp_syrians_by_province_supplement.csv",
    "tr_residence_permits.csv", "tr_irregular_migration.csv", "tr_international_protection.csv",
    "tr_human_trafficking.csv", "tr_syrian_returns_citizenship.csv", "tr_work_permits.csv",
    "tr_tuik_international_migration.csv", "tr_mone_tp_schooling.csv",
]


def page_ids(raw: Path) -> dict[str, str]:
    """Source id by page URL: every page read (distinct `source_url`) across the raw files, then the publisher
    pages of `official/publisher_pages_dated_figures.csv` that are not pages of those files."""
    frames = [read_raw_csv(raw / file, PROVENANCE_COLUMNS) for file in RAW_LONG_FILES]
    pages = pd.concat(frames, ignore_index=True)
    out = {url: source_id_for(sorted(page["source_site"].unique())[0], url)
           for url, page in pages.groupby("source_url", sort=True)}
    official = national_official.publisher_pages(raw)
    for url, page in official[~official["page_url"].isin(out)].groupby("page_url", sort=True):
        out[url] = source_id_for(page.iloc[0]["page_site"], url)
    if len(set(out.values())) != len(out):
        raise CurationError("two pages produce the same source id; lengthen the URL hash")
    return out


_LEADING_NUMBER = re.compile(r"^(-?\d+)(?:\s*\([^)]*\))?$")


def conflict_value(text: str) -> float | None:
    """A published value in tr_source_conflicts.csv: a plain number, optionally with a parenthesised
    qualifier; None for lists, sums and alternatives that are not a single published figure."""
    match = _LEADING_NUMBER.match(text.strip())
    return float(match.group(1)) if match else None


def source_conflicts(raw: Path, url_ids: dict[str, str]) -> pd.DataFrame:
    """ref_source_conflicts: the disagreements of tr_source_conflicts.csv with source ids for the URLs."""
    path = raw / "tr_source_conflicts.csv"
    frame = read_raw_csv(path, ["topic", "year_or_date", "value_a", "source_a", "value_b", "source_b",
                                "resolution_in_files"])
    rows = []
    for index, row in frame.iterrows():
        ids = []
        for col in ("source_a", "source_b"):
            if row[col] not in url_ids:
                raise CurationError(f"{path}: row {int(index) + 2}: {col} {row[col]} is not a page of the raw files")
            ids.append(url_ids[row[col]])
        value_a, value_b = conflict_value(row["value_a"]), conflict_value(row["value_b"])
        published = [f"{label} as published: {row[col]}" for label, col, value in
                     (("A", "value_a", value_a), ("B", "value_b", value_b)) if value is None or "(" in row[col]]
        rows.append({"topic": row["topic"], "reference": row["year_or_date"], "value_a": value_a,
                     "source_a": ids[0], "value_b": value_b, "source_b": ids[1],
                     "handling": _join_note(row["resolution_in_files"], "; ".join(published))})
    out = pd.DataFrame(rows)
    out["value_a"] = out["value_a"].astype("float64")
    out["value_b"] = out["value_b"].astype("float64")
    return out



# Disagreements between the UNHCR portal and the pages quoting PMM at the year ends the official README
# compares (topic, reference, portal date): the portal value vs the page value preferred before.
PORTAL_CONFLICTS = [
    ("Syrians under TP (year-end)", "2015-12-31", "2015-12-31"),
    ("Syrians under TP (year-end)", "2017-12-31", "2017-12-28"),
    ("Syrians under TP (year-end)", "2018-12-31", "2018-12-27"),
]


def portal_conflicts(portal: pd.DataFrame, tp: pd.DataFrame) -> pd.DataFrame:
    """`ref_source_conflicts` rows: the portal's value at `portal date` against the page value for the year
    end; how each is handled."""
    rows = []
    for topic, reference, portal_date in PORTAL_CONFLICTS:
        value_a = float(portal.loc[portal["date"] == portal_date, "value"].iloc[0])
        pages = tp[(tp["date"] == reference) & (tp["type"] == "") & (tp["source_id"] != national_official.ODP_ID)
                   & _headline_mask(tp)].sort_values("source_id")
        page = pages.iloc[0]
        if reference == portal_date:
            handling = (f"Same date: the UNHCR portal value ({value_a:,.0f}) is preferred; the page value "
                        f"{page['value']:,.0f} is kept as an alternative.")
        else:
            handling = (f"The portal's last point of the year is dated {portal_date} ({value_a:,.0f}); the page "
                        f"value for {reference} ({page['value']:,.0f}) stays the year-end value, the portal point is "
                        "kept for its own date.")
        rows.append({"topic": topic, "reference": reference, "value_a": value_a,
                     "source_a": national_official.ODP_ID, "value_b": float(page["value"]),
                     "source_b": page["source_id"], "handling": handling})
    return pd.DataFrame(rows)


def curate(raw: Path) -> Curated:
    """All national tables and the pages they are read on from `raw/turkiye_national/` and its `official/` folder."""
    folder = raw / FOLDER
    provinces = province_names(folder)
    url_ids = page_ids(folder)
    portal = national_official.portal_series(folder)
    pages = national_official.page_figures(folder, url_ids)
    tp = tp_syrians(folder, provinces, portal, pages.get("tr_tp_syrians"))
    schooling = long_dataset(folder, "tr_mone_tp_schooling.csv", SCHOOLING_SPEC, provinces)
    schooling = finish(pd.concat([schooling, observations(pages["tr_schooling"], "tr_schooling")], ignore_index=True),
                       "tr_schooling")
    tables = {
        "tr_tp_syrians": tp,
        "tr_tp_syrians_by_province": tp_syrians_by_province(folder),
        "tuik_province_population": tuik_province_population(folder),
        "tuik_foreign_population_by_province": finish(
            national_official.foreign_population_by_province(folder, provinces), "tuik_foreign_population_by_province"),
        "pmm_closed_neighbourhoods": finish(national_official.closed_neighbourhoods(folder, provinces),
                                            "pmm_closed_neighbourhoods"),
        "tr_residence_permits": long_dataset(folder, "tr_residence_permits.csv", RESIDENCE_SPEC, provinces,
                                             RESIDENCE_CHOICES),
        "tr_irregular_migration": irregular_migration(folder, provinces),
        "tr_international_protection": long_dataset(folder, "tr_international_protection.csv", PROTECTION_SPEC,
                                                    provinces),
        "tr_human_trafficking": long_dataset(folder, "tr_human_trafficking.csv", TRAFFICKING_SPEC, provinces,
                                             TRAFFICKING_CHOICES),
        "tr_returns_citizenship": long_dataset(folder, "tr_syrian_returns_citizenship.csv", RETURNS_SPEC, provinces),
        "tr_work_permits": long_dataset(folder, "tr_work_permits.csv", WORK_SPEC, provinces, WORK_CHOICES),
        "tuik_international_migration": long_dataset(folder, "tr_tuik_international_migration.csv", TUIK_SPEC,
                                                     provinces, fix=_tuik_units),
        "tr_schooling": schooling,
        "ref_source_conflicts": pd.concat([source_conflicts(folder, url_ids), portal_conflicts(portal, tp)],
                                          ignore_index=True),
    }
    source_urls = {source_id: url for url, source_id in url_ids.items()} | {national_official.ODP_ID: national_official.ODP_URL}
    return Curated(tables=tables, source_urls=source_urls)
