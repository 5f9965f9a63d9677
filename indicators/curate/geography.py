"""Geographic reference data: the 81 provinces of Türkiye, a country list with Turkish names and centroids,
and simplified boundaries (provinces from OpenStreetMap, countries from Natural Earth 1:110m).

Reads `raw/iom_idmc_geo/` (see its README.md, section D) and the UN M49 sub-regions of
`raw/undesa/wpp2024_locations.csv`. Codes only: provinces are `TR-NN` (= plate code), countries ISO3.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

import pandas as pd
import pycountry
from babel import Locale

from .. import codes
from . import Curated, CurationError, read_raw_csv

FOLDER = "iom_idmc_geo"
PROVINCE_DECIMALS = 4  # ~11 m: finer than the simplified source geometry
COUNTRY_DECIMALS = 3  # ~110 m: finer than Natural Earth 1:110m
PROVINCES_ID = "trmaps_provinces"
COUNTRY_NAMES_ID = "iso3166_cldr_names"
_ISO3 = re.compile(r"^[A-Z]{3}$")


def provinces_table(raw: Path) -> pd.DataFrame:
    """`ref_provinces`: the 81 provinces, geo TR-NN, names, NUTS codes, centroid in WGS84 degrees."""
    path = raw / FOLDER / "tr_provinces_81.csv"
    frame = read_raw_csv(path, ["plate_code", "iso_3166_2", "name_tr", "name_ascii", "nuts1_code", "nuts2_code",
                                "nuts3_code", "centroid_lat", "centroid_lon"])
    rows = []
    for rec in frame.to_dict("records"):
        geo = codes.province_code(rec["plate_code"])
        # ISO 3166-2:TR codes equal plate codes; a mismatch means the file's rows are shifted.
        if rec["iso_3166_2"] != geo:
            raise CurationError(f"{path}: plate_code {rec['plate_code']} has iso_3166_2 {rec['iso_3166_2']!r}, expected {geo}")
        rows.append({
            "geo": geo, "plate": int(rec["plate_code"]), "name_tr": rec["name_tr"], "name_ascii": rec["name_ascii"],
            "nuts1": rec["nuts1_code"], "nuts2": rec["nuts2_code"], "nuts3": rec["nuts3_code"],
            "lat": float(rec["centroid_lat"]), "lon": float(rec["centroid_lon"]), "source_id": PROVINCES_ID,
        })
    out = pd.DataFrame(rows).sort_values("geo").reset_index(drop=True)
    if sorted(out["geo"]) != sorted(codes.PROVINCE_CODES):
        raise CurationError(f"{path}: expected the 81 provinces TR-01..TR-81 once each, got {len(out)} rows")
    return out


def _round_ring(ring: list, decimals: int) -> list:
    """A linear ring with rounded coordinates and consecutive duplicate points removed (ring stays closed)."""
    points = [[round(x, decimals), round(y, decimals)] for x, y, *_ in ring]
    kept = [p for i, p in enumerate(points) if i == 0 or p != points[i - 1]]
    # A tiny ring may collapse when rounded; keep all its rounded points so it stays a valid ring.
    return kept if len(kept) >= 4 else points


def round_geometry(geometry: dict, decimals: int) -> dict:
    """A Polygon/MultiPolygon geometry with coordinates rounded to `decimals` (degrees)."""
    kind = geometry["type"]
    if kind == "Polygon":
        return {"type": kind, "coordinates": [_round_ring(r, decimals) for r in geometry["coordinates"]]}
    if kind == "MultiPolygon":
        return {"type": kind, "coordinates": [[_round_ring(r, decimals) for r in poly] for poly in geometry["coordinates"]]}
    raise CurationError(f"unsupported geometry type {kind!r}; expected Polygon or MultiPolygon")


def _read_geojson(path: Path) -> dict:
    if not path.exists():
        raise CurationError(f"{path}: file not found")
    return json.loads(path.read_text(encoding="utf-8"))


def provinces_geojson(raw: Path, provinces: pd.DataFrame) -> dict:
    """`tr_provinces.geojson`: 81 features with properties geo (TR-NN), name_tr, name_ascii, sorted by geo."""
    path = raw / FOLDER / "tr_provinces_osm_simplified.geojson"
    names = provinces.set_index("geo")
    features = []
    for i, feature in enumerate(_read_geojson(path)["features"]):
        code = feature["properties"].get("iso_3166_2", "")
        if code not in names.index:
            raise CurationError(f"{path}: feature {i} has iso_3166_2 {code!r}, expected TR-01..TR-81")
        features.append({
            "type": "Feature",
            "properties": {"geo": code, "name_tr": names.at[code, "name_tr"], "name_ascii": names.at[code, "name_ascii"]},
            "geometry": round_geometry(feature["geometry"], PROVINCE_DECIMALS),
        })
    found = sorted(f["properties"]["geo"] for f in features)
    if found != sorted(names.index):
        raise CurationError(f"{path}: expected one feature per province, got {len(found)} ({len(set(found))} distinct)")
    return {"type": "FeatureCollection", "features": sorted(features, key=lambda f: f["properties"]["geo"])}


def countries_geojson(raw: Path) -> dict:
    """`countries.geojson`: Natural Earth 1:110m countries with properties geo (ISO3) and name_en.
    Features without an ISO3 code in the source (N. Cyprus, Somaliland) are left out."""
    path = raw / FOLDER / "ne_110m_admin0_countries.geojson"
    features = []
    for i, feature in enumerate(_read_geojson(path)["features"]):
        props = feature["properties"]
        code = props.get("iso3") or ""
        if not code:
            continue
        if not codes.is_country(code):
            raise CurationError(f"{path}: feature {i} ({props.get('name')}) has iso3 {code!r}, not an ISO3 code")
        features.append({
            "type": "Feature",
            "properties": {"geo": code, "name_en": props["name"]},
            "geometry": round_geometry(feature["geometry"], COUNTRY_DECIMALS),
        })
    found = [f["properties"]["geo"] for f in features]
    duplicates = sorted({c for c in found if found.count(c) > 1})
    if duplicates:
        raise CurationError(f"{path}: several features for {duplicates}")
    return {"type": "FeatureCollection", "features": sorted(features, key=lambda f: f["properties"]["geo"])}


def _alpha2(iso3: str) -> str:
    """ISO alpha-2 (CLDR territory key) of an ISO3 code; Kosovo uses CLDR's XK."""
    if iso3 == "XKX":
        return "XK"
    country = pycountry.countries.get(alpha_3=iso3)
    return country.alpha_2 if country else ""


def countries_table(raw: Path) -> pd.DataFrame:
    """`ref_countries`: ISO3, M49, English and Turkish CLDR names, UN M49 sub-region, centroid (degrees)."""
    centroid_path = raw / FOLDER / "country_centroids_largest_polygon_geoboundaries_360info.csv"
    centroids = read_raw_csv(centroid_path, ["iso3", "lat", "lon"])
    # Rows 111..129 are disputed areas with numeric pseudo-codes, not countries.
    centroids = centroids[centroids["iso3"].str.match(_ISO3)]
    unknown = sorted(set(centroids["iso3"]) - codes.iso3_codes())
    if unknown:
        raise CurationError(f"{centroid_path}: iso3 codes unknown to indicators.codes: {unknown}")
    locations_path = raw / "undesa" / "wpp2024_locations.csv"
    locations = read_raw_csv(locations_path, ["country_code", "reg_name", "area_name", "location_type", "iso3"])
    locations = locations[(locations["location_type"] == "4") & (locations["iso3"] != "")].set_index("iso3")
    # M49 has no sub-region under Northern America; WPP then gives the region as the area.
    region = locations["reg_name"].where(locations["reg_name"] != "", locations["area_name"])
    centroid_by_code = centroids.set_index("iso3")
    names_en, names_tr = Locale("en").territories, Locale("tr").territories
    rows = []
    for iso3 in sorted(codes.iso3_codes() | set(centroid_by_code.index)):
        alpha2 = _alpha2(iso3)
        if alpha2 not in names_tr:
            continue  # no CLDR name (CHI); named in the notes of its source record
        country = pycountry.countries.get(alpha_3=iso3)
        m49 = locations.at[iso3, "country_code"] if iso3 in locations.index else (country.numeric if country else "")
        rows.append({
            "geo": iso3,
            "m49": int(m49) if m49 else pd.NA,
            "name_en": names_en[alpha2],
            "name_tr": names_tr[alpha2],
            "region": region.get(iso3, ""),
            "lat": float(centroid_by_code.at[iso3, "lat"]) if iso3 in centroid_by_code.index else float("nan"),
            "lon": float(centroid_by_code.at[iso3, "lon"]) if iso3 in centroid_by_code.index else float("nan"),
            "source_id": COUNTRY_NAMES_ID,
        })
    out = pd.DataFrame(rows)
    out["m49"] = out["m49"].astype("Int64")
    return out


def curate(raw: Path) -> Curated:
    """Reference tables ref_provinces and ref_countries and the two GeoJSON files."""
    provinces = provinces_table(raw)
    return Curated(
        tables={"ref_provinces": provinces, "ref_countries": countries_table(raw)},
        geojson={"tr_provinces.geojson": provinces_geojson(raw, provinces), "countries.geojson": countries_geojson(raw)},
    )
