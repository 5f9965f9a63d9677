"""UN DESA Population Division: International Migrant Stock 2024 (and the 2020 bilateral matrix for
Turkish emigrants by destination) and World Population Prospects 2024 net migration.

Reads `raw/undesa/` (see its README.md). Country codes come from the UN M49 numeric codes, mapped to ISO3
with pycountry plus the two non-ISO codes the files use, and checked against the files' own `iso3` column.
"""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pandas as pd
import pycountry

from . import Curated, CurationError, observations, read_raw_csv
from ..codes import is_country

FOLDER = "undesa"
WORLD_M49 = "900"
# M49 codes without an ISO 3166-1 alpha-3 code; the raw files (and indicators.codes) use these.
NON_ISO_M49 = {"830": "CHI", "412": "XKX"}
# Years of IMS 2024 (mid-year stocks); WPP estimates kept from this year on to keep the table small.
WPP_FIRST_YEAR = 1990
SEX_SUFFIXES = {"": "total", "female": "female", "male": "male"}

IMS_2024 = "undesa_ims_2024"
IMS_2024_BILATERAL = "undesa_ims_2024_bilateral_copy"
IMS_2020_BILATERAL = "undesa_ims_2020_bilateral_copy"
WPP_2024 = "undesa_wpp_2024"


def m49_to_iso3(code: str) -> str:
    """ISO3 code (or WLD) of a UN M49 numeric code; empty text for regional/other aggregates."""
    if code == WORLD_M49:
        return "WLD"
    if code in NON_ISO_M49:
        return NON_ISO_M49[code]
    country = pycountry.countries.get(numeric=code.zfill(3))
    return country.alpha_3 if country else ""


def with_geo(frame: pd.DataFrame, m49_column: str, iso3_column: str, path: Path) -> pd.DataFrame:
    """Rows for countries and the world with a `geo` ISO3/WLD code from M49, failing if the file's own
    ISO3 disagrees (the two were added independently, so a mismatch means a wrong join upstream)."""
    geo = frame[m49_column].map(m49_to_iso3)
    disagree = (frame[iso3_column] != "") & (geo != frame[iso3_column])
    if disagree.any():
        row = frame[disagree].iloc[0]
        raise CurationError(
            f"{path}: M49 {row[m49_column]} maps to {geo[disagree].iloc[0]!r} but the file says {row[iso3_column]!r}"
        )
    return frame.assign(geo=geo)[geo != ""]


def by_sex(frame: pd.DataFrame, column_prefix: str) -> pd.DataFrame:
    """Long rows (geo, year, sex, value text, note) from `<prefix>_total/_female/_male`; blanks dropped."""
    parts = [
        frame.assign(sex=sex, value=frame[f"{column_prefix}_{suffix}"]) for sex, suffix in SEX_SUFFIXES.items()
    ]
    long = pd.concat(parts, ignore_index=True)
    return long[long["value"] != ""]


def type_of_data_note(data_type: pd.Series) -> pd.Series:
    """UN type-of-data qualifier (B, C, R, I) as a note; I means the estimate was imputed."""
    return data_type.map(lambda t: f"UN type of data: {t}" if t else "")


def migrant_stock(raw: Path) -> pd.DataFrame:
    """`undesa_migrant_stock`: international migrants living in geo, by sex, persons, mid-year."""
    path = raw / FOLDER / "ims2024_by_destination.csv"
    columns = ["location_code", "iso3", "data_type", "year"] + [f"migrant_stock_{s}" for s in SEX_SUFFIXES.values()]
    frame = with_geo(read_raw_csv(path, columns), "location_code", "iso3", path)
    long = by_sex(frame, "migrant_stock")
    rows = long.assign(unit="persons", source_id=IMS_2024, note=type_of_data_note(long["data_type"]))
    return observations(rows[["geo", "year", "sex", "value", "unit", "source_id", "note"]], "undesa_migrant_stock")


def migrant_stock_share(raw: Path) -> pd.DataFrame:
    """`undesa_migrant_stock_share`: international migrants as % of the population, by sex, percent."""
    path = raw / FOLDER / "ims2024_by_destination.csv"
    columns = ["location_code", "iso3", "year"] + [f"migrants_pct_of_population_{s}" for s in SEX_SUFFIXES.values()]
    frame = with_geo(read_raw_csv(path, columns), "location_code", "iso3", path)
    long = by_sex(frame, "migrants_pct_of_population").assign(unit="percent", source_id=IMS_2024)
    return observations(long[["geo", "year", "sex", "value", "unit", "source_id"]], "undesa_migrant_stock_share")


def emigrant_stock(raw: Path) -> pd.DataFrame:
    """`undesa_emigrant_stock`: persons born in geo living abroad, by sex, persons, mid-year."""
    path = raw / FOLDER / "ims2024_by_origin.csv"
    columns = ["location_code", "iso3", "data_type", "year"] + [f"emigrant_stock_{s}" for s in SEX_SUFFIXES.values()]
    frame = with_geo(read_raw_csv(path, columns), "location_code", "iso3", path)
    long = by_sex(frame, "emigrant_stock")
    rows = long.assign(unit="persons", source_id=IMS_2024, note=type_of_data_note(long["data_type"]))
    return observations(rows[["geo", "year", "sex", "value", "unit", "source_id", "note"]], "undesa_emigrant_stock")


def bilateral_tur(raw: Path) -> pd.DataFrame:
    """`undesa_bilateral_tur`: migrant stock in corridors with Türkiye, by sex, persons; geo = destination.

    Migrants in Türkiye by origin come from IMS 2024; persons born in Türkiye by destination only exist
    in the IMS 2020 revision here, so those rows cite it and say so in `note`.
    """
    stock_columns = [f"migrant_stock_{s}" for s in SEX_SUFFIXES.values()]
    path_in = raw / FOLDER / "ims2024_bilateral_destination_TUR.csv"
    into = read_raw_csv(path_in, ["year", "dest_iso3", "dest_m49", "origin_iso3", "origin_m49", *stock_columns])
    # Both ends are checked M49 against ISO3; aggregates (empty geo) are dropped at either end.
    into = with_geo(into, "dest_m49", "dest_iso3", path_in)
    into = with_geo(into.drop(columns="geo"), "origin_m49", "origin_iso3", path_in).drop(columns="geo")
    into = into.assign(destination=into["dest_iso3"], origin=into["origin_iso3"], source_id=IMS_2024_BILATERAL,
                       note="IMS 2024 revision")

    path_out = raw / FOLDER / "ims2020_bilateral_TUR.csv"
    out = read_raw_csv(path_out, ["direction", "year", "dest_iso3", "origin_iso3", *stock_columns])
    out = out[out["direction"] == "emigrants_from_TUR_by_destination"]
    if not (out["origin_iso3"] == "TUR").all():
        raise CurationError(f"{path_out}: emigrants_from_TUR_by_destination rows with origin other than TUR")
    # No M49 column here: keep ISO3 destinations only (drops the XXX 'other/unknown' pseudo-code).
    out = out[out["dest_iso3"].map(is_country)]
    out = out.assign(destination=out["dest_iso3"], origin="TUR", source_id=IMS_2020_BILATERAL,
                     note="IMS 2020 revision (not comparable with the 2024 revision)")

    rows = pd.concat([into, out], ignore_index=True)
    rows = by_sex(rows.assign(geo=rows["destination"]), "migrant_stock").assign(unit="persons")
    columns = ["geo", "year", "sex", "origin", "destination", "value", "unit", "source_id", "note"]
    return observations(rows[columns], "undesa_bilateral_tur")


def thousands_to_persons(text: str) -> float:
    """Persons from a figure published in thousands, exactly (decimal arithmetic, no float artefacts)."""
    return float(Decimal(text) * 1000)


def wpp_net_migration(raw: Path) -> pd.DataFrame:
    """`wpp_net_migration`: WPP 2024 calendar-year net migration (immigrants minus emigrants), persons,
    estimates from 1990 to the last estimate year (2023 in WPP 2024)."""
    path = raw / FOLDER / "wpp2024_net_migration_annual.csv"
    frame = read_raw_csv(path, ["location_code", "iso3", "year", "variant", "net_migration_thousands"])
    frame = with_geo(frame, "location_code", "iso3", path)
    keep = (frame["variant"] == "estimate") & (frame["year"].astype(int) >= WPP_FIRST_YEAR)
    frame = frame[keep & (frame["net_migration_thousands"] != "")]
    rows = frame.assign(value=frame["net_migration_thousands"].map(thousands_to_persons), unit="persons",
                        source_id=WPP_2024, note="WPP 2024 estimate")
    return observations(rows[["geo", "year", "value", "unit", "source_id", "note"]], "wpp_net_migration")


def curate(raw: Path) -> Curated:
    """The UN DESA tables."""
    tables = {
        "undesa_migrant_stock": migrant_stock(raw),
        "undesa_migrant_stock_share": migrant_stock_share(raw),
        "undesa_emigrant_stock": emigrant_stock(raw),
        "undesa_bilateral_tur": bilateral_tur(raw),
        "wpp_net_migration": wpp_net_migration(raw),
    }
    return Curated(tables=tables)
