"""Official-channel and publisher files from `raw/turkiye_national/official/` (see its README.md):

- the UNHCR Operational Data Portal series "Registered Syrian Refugees" in Türkiye (Government of Türkiye
  figures), 481 dated points 2012-01-15..2018-12-27, in a third-party export;
- TÜİK's ADNKS 2023 table of the foreign population by province and sex (31 Dec 2022 and 2023; persons under
  temporary protection are not included), a verbatim copy;
- PMM's June 2022 list of neighbourhoods closed to new foreign residents, a verbatim copy;
- 16 figures transcribed from the publishers' own pages (UNHCR documents on ReliefWeb, IOM DTM).

Provinces are joined on plate codes: TÜİK's rows are in plate-code order (the name is checked against the
81-province reference); PMM's list names provinces only, so names are matched to the reference without regard
to case or accents and a name that is not one of the 81 fails.
"""

from __future__ import annotations

import datetime as dt
import unicodedata
from pathlib import Path

import pandas as pd

from ..codes import province_code
from . import CurationError, read_raw_csv

FOLDER = "official"
ODP_FILE = "unhcr_odp_tur_registered_syrians_by_date_2012-2018.csv"
ADNKS_FILE = "tuik_adnks2023_foreign_population_by_province_sex_2022_2023.xls"
CLOSED_FILE = "pmm_neighbourhoods_closed_to_foreign_registration_2022-06.xlsx"
PAGES_FILE = "publisher_pages_dated_figures.csv"
ODP_ID = "unhcr_odp_tur_registered_syrians"
# The export the portal series is read from (the record's url_main): the `source_url` of the portal rows.
ODP_URL = ("https://github.com/charliedtx/fact_or_fiction/blob/634e5bee4191ef380833b708cb6865ea80242b9f/"
           "clean_data/syr-reg_ref_by_date-turkey.csv")
ADNKS_FOREIGN_ID = "tuik_adnks_2023_foreign_by_province"
PMM_CLOSED_ID = "pmm_closed_neighbourhoods_2022_06"

# The portal counts differently before 2015 (README caveats): camp residents only up to 2013-03-08, then
# registered plus awaiting registration, not PMM's later temporary-protection register. Those points get
# their own types so that they are never drawn as one line with the temporary-protection series.
ODP_CAMPS_ONLY_UNTIL = "2013-03-08"
ODP_COMPARABLE_FROM = "2015-01-01"
ODP_TYPE_CAMPS = "portal_camps_only"
ODP_TYPE_2013_2014 = "portal_registered_2013_2014"


def province_key(name: str) -> str:
    """A province name folded for matching: Turkish-aware lower case without accents (`İzmir` → `izmir`,
    `ŞANLIURFA` → `sanliurfa`, `Afyon Karahisar` → `afyonkarahisar`)."""
    text = name.strip().replace("İ", "i").replace("I", "ı").lower().replace("ı", "i")
    text = unicodedata.normalize("NFKD", text)
    return "".join(c for c in text if c.isalnum() and not unicodedata.combining(c))


def _reference_keys(provinces: dict[str, str]) -> dict[str, str]:
    return {province_key(name): geo for name, geo in provinces.items()}


def _portal_date(text: str, path: Path, line: int) -> str:
    try:
        return dt.datetime.strptime(text.strip(), "%m/%d/%Y").date().isoformat()
    except ValueError:
        raise CurationError(f"{path}: row {line}: data_date {text!r} is not M/D/YYYY") from None


def portal_type(date: str) -> str:
    """The type code of a portal point: `portal_camps_only` up to 2013-03-08, `portal_registered_2013_2014`
    until the end of 2014, "" (the temporary-protection headline) from 2015."""
    if date <= ODP_CAMPS_ONLY_UNTIL:
        return ODP_TYPE_CAMPS
    return ODP_TYPE_2013_2014 if date < ODP_COMPARABLE_FROM else ""


PORTAL_NOTES = {
    ODP_TYPE_CAMPS: "UNHCR portal; camp residents only at this date (equals the AFAD camp figures).",
    ODP_TYPE_2013_2014: "UNHCR portal; registered plus awaiting registration at the time, not PMM's later "
                        "temporary-protection register (year-end 2013 and 2014 differ from PMM's series).",
    "": "UNHCR portal date (can trail PMM's reference date by a few days).",
}


def portal_series(raw: Path) -> pd.DataFrame:
    """The portal's dated national points (persons) with helper columns `source_url`, `kind_rank` (-1: ranked
    above every page quoting the figures) and `period_type`; rows before 2015 under their own types."""
    path = raw / FOLDER / ODP_FILE
    frame = read_raw_csv(path, ["data_date", "individuals"])
    rows = []
    for index, rec in frame.iterrows():
        line = int(index) + 2
        date = _portal_date(rec["data_date"], path, line)
        if not rec["individuals"].isdigit():
            raise CurationError(f"{path}: row {line}: individuals {rec['individuals']!r} is not a count")
        type_ = portal_type(date)
        rows.append({"geo": "TUR", "year": int(date[:4]), "date": date, "type": type_,
                     "value": float(rec["individuals"]), "unit": "persons", "source_id": ODP_ID,
                     "source_url": ODP_URL, "kind_rank": -1, "period_type": "as_of_date",
                     "note": PORTAL_NOTES[type_]})
    out = pd.DataFrame(rows)
    if out["date"].duplicated().any():
        raise CurationError(f"{path}: duplicate data_date {sorted(out.loc[out['date'].duplicated(), 'date'])}")
    return out


def _count(value: object, path: Path, sheet: str, row: int, column: str) -> int:
    if isinstance(value, float) and value.is_integer():
        return int(value)
    if isinstance(value, int):
        return value
    raise CurationError(f"{path}: sheet {sheet}, row {row}, column {column}: {value!r} is not a count")


ADNKS_SHEET = "t2"
ADNKS_FIRST_PROVINCE_ROW = 6  # spreadsheet row numbers (1-based): row 5 is Toplam-Total
ADNKS_YEAR_ROW = 3  # the two years stand in B3 and F3, above their total, male and female columns
ADNKS_COLUMNS = ({"": 1, "male": 2, "female": 3}, {"": 5, "male": 6, "female": 7})


def _adnks_years(sheet: pd.DataFrame, path: Path) -> dict[int, dict[str, int]]:
    years = {}
    for columns in ADNKS_COLUMNS:
        col = columns[""]
        text = str(sheet.iat[ADNKS_YEAR_ROW - 1, col]).removesuffix(".0")
        if not (text.isdigit() and len(text) == 4):
            raise CurationError(f"{path}: sheet {ADNKS_SHEET}, row {ADNKS_YEAR_ROW}, column {chr(65 + col)}: "
                                f"{text!r} is not a year")
        years[int(text)] = columns
    return years


def foreign_population_by_province(raw: Path, provinces: dict[str, str]) -> pd.DataFrame:
    """`tuik_foreign_population_by_province` rows of the ADNKS 2023 file of the official folder
    (`read_adnks_foreign`)."""
    return read_adnks_foreign(raw / FOLDER / ADNKS_FILE, provinces, ADNKS_FOREIGN_ID)


def is_adnks_foreign(path: Path) -> bool:
    """True if `path` is a spreadsheet in the layout of TÜİK's table "foreign population by provinces and sex"
    (sheet t2, `Toplam-Total` in A5)."""
    try:
        sheet = pd.read_excel(path, sheet_name=ADNKS_SHEET, header=None, engine="calamine", nrows=6)
    except (ValueError, OSError, KeyError):
        return False
    return sheet.shape[0] > ADNKS_FIRST_PROVINCE_ROW - 2 and str(sheet.iat[ADNKS_FIRST_PROVINCE_ROW - 2, 0]).strip() == "Toplam-Total"


def read_adnks_foreign(path: Path, provinces: dict[str, str], source_id: str) -> pd.DataFrame:
    """Rows (observation columns, `source_id`) of a TÜİK table "foreign population by provinces and sex":
    foreign residents (persons, excluding temporary protection) by province (TR-NN) and sex on 31 Dec of
    its two years. Fails, naming sheet, row and column, if a province is out of plate order, a total ≠ male +
    female or the 81 rows do not add up to the printed total."""
    if not path.exists():
        raise CurationError(f"{path}: file not found")
    sheet = pd.read_excel(path, sheet_name=ADNKS_SHEET, header=None, engine="calamine")
    by_key = _reference_keys(provinces)
    years = _adnks_years(sheet, path)
    top = ADNKS_FIRST_PROVINCE_ROW - 2  # 0-based index of the total row
    if str(sheet.iat[top, 0]).strip() != "Toplam-Total":
        raise CurationError(f"{path}: sheet {ADNKS_SHEET}, row {top + 1}, column A: expected 'Toplam-Total'")
    rows = []
    for plate in range(1, 82):
        index = top + plate
        name = str(sheet.iat[index, 0])
        geo = by_key.get(province_key(name))
        if geo != province_code(plate):
            raise CurationError(f"{path}: sheet {ADNKS_SHEET}, row {index + 1}, column A: {name!r} is not the "
                                f"province of plate {plate}")
        for year, columns in years.items():
            counts = {sex: _count(sheet.iat[index, col], path, ADNKS_SHEET, index + 1, chr(65 + col))
                      for sex, col in columns.items()}
            if counts[""] != counts["male"] + counts["female"]:
                raise CurationError(f"{path}: sheet {ADNKS_SHEET}, row {index + 1}: {year} total {counts['']} ≠ "
                                    f"male + female")
            rows += [{"geo": geo, "year": year, "date": f"{year}-12-31", "sex": sex, "type": "foreign_residents",
                      "value": float(v), "unit": "persons", "source_id": source_id,
                      "note": "Excludes Syrians under temporary protection (TÜİK footnote)."}
                     for sex, v in counts.items()]
    out = pd.DataFrame(rows)
    for year, columns in years.items():
        for sex, col in columns.items():
            printed = _count(sheet.iat[top, col], path, ADNKS_SHEET, top + 1, chr(65 + col))
            summed = out.loc[(out["year"] == year) & (out["sex"] == sex), "value"].sum()
            if summed != printed:
                raise CurationError(f"{path}: sheet {ADNKS_SHEET}, column {chr(65 + col)}: provinces sum to "
                                    f"{summed:,.0f}, the printed total is {printed:,}")
    return out


CLOSED_SHEET = "Sayfa3"
CLOSED_DATE = "2022-06-30"


def closed_neighbourhoods(raw: Path, provinces: dict[str, str]) -> pd.DataFrame:
    """`pmm_closed_neighbourhoods` rows: neighbourhoods and villages on PMM's June 2022 list per province
    (TR-NN, all 81: 0 where none is listed), counted by this project from the list's rows."""
    path = raw / FOLDER / CLOSED_FILE
    if not path.exists():
        raise CurationError(f"{path}: file not found")
    sheet = pd.read_excel(path, sheet_name=CLOSED_SHEET, header=None, dtype=str, engine="calamine")
    header = [str(v).strip() for v in sheet.iloc[0, :4]]
    if header != ["Sıra No", "IL", "ILCE", "MAHALLE"]:
        raise CurationError(f"{path}: sheet {CLOSED_SHEET}, row 1: header {header}; expected Sıra No, IL, ILCE, MAHALLE")
    by_key = _reference_keys(provinces)
    counts = dict.fromkeys(sorted(set(provinces.values())), 0)
    for index in range(1, len(sheet)):
        name = str(sheet.iat[index, 1])
        geo = by_key.get(province_key(name))
        if geo is None:
            raise CurationError(f"{path}: sheet {CLOSED_SHEET}, row {index + 1}, column B: {name!r} is not one of "
                                "the 81 provinces")
        counts[geo] += 1
    return pd.DataFrame([{"geo": geo, "year": 2022, "date": CLOSED_DATE, "type": "closed_neighbourhoods",
                          "value": float(n), "unit": "neighbourhoods", "source_id": PMM_CLOSED_ID,
                          "note": "Rows of PMM's list for the province, counted by this project (list of June 2022)."}
                         for geo, n in counts.items()])


PAGE_COLUMNS = ["indicator", "reference_date", "date_basis", "value", "unit", "scope", "figure_publisher",
                "document_publisher", "document_title", "page_url", "page_site", "in_current_files", "note"]
# Figures of the publisher pages that are not in the parent folder's files, by raw indicator: (dataset, type).
PAGE_TYPES = {
    "tp_syrians_in_camps": ("tr_tp_syrians", "in_camps"),
    "syrians_admitted_to_camps_cumulative": ("tr_tp_syrians", "admitted_to_camps_cumulative"),
    "syrians_returned_to_syria_from_camps_cumulative": ("tr_tp_syrians", "returned_from_camps_cumulative"),
    "syrians_noncamp_registered": ("tr_tp_syrians", "outside_camps_12_provinces"),
    "syrian_students_enrolled_formal_education": ("tr_schooling", "enrolled_formal_education"),
}


def publisher_pages(raw: Path) -> pd.DataFrame:
    """The 16 figures read on the publishers' own pages, as raw rows (all columns text)."""
    return read_raw_csv(raw / FOLDER / PAGES_FILE, PAGE_COLUMNS)


def page_figures(raw: Path, source_ids: dict[str, str]) -> dict[str, pd.DataFrame]:
    """Rows by dataset for the publisher-page figures that the parent folder does not hold (`in_current_files`
    = no); `source_ids` maps page URLs to source ids. The figures it already holds are checked by tests."""
    path = raw / FOLDER / PAGES_FILE
    frame = publisher_pages(raw)
    rows: dict[str, list[dict]] = {}
    for index, rec in frame.iterrows():
        if rec["in_current_files"] != "no":
            continue
        line = int(index) + 2
        if rec["indicator"] not in PAGE_TYPES:
            raise CurationError(f"{path}: row {line}: indicator {rec['indicator']!r} not in PAGE_TYPES")
        dataset, type_ = PAGE_TYPES[rec["indicator"]]
        note = " ".join(p for p in (rec["scope"] + ".", rec["note"]) if p.strip(". "))
        rows.setdefault(dataset, []).append({
            "geo": "TUR", "year": int(rec["reference_date"][:4]), "date": rec["reference_date"], "type": type_,
            "value": float(rec["value"]), "unit": rec["unit"], "source_id": source_ids[rec["page_url"]],
            "source_url": rec["page_url"], "kind_rank": 0, "period_type": "as_of_date", "note": note})
    return {k: pd.DataFrame(v) for k, v in rows.items()}
