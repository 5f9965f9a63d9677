"""Geography curation: provinces, countries, GeoJSON boundaries."""

from __future__ import annotations

import json
from pathlib import Path

import pandas as pd
import pytest

from indicators import codes
from indicators.curate import CurationError, geography, write_geojson, write_table
from indicators.geo import load_geojson, with_values
from indicators.paths import CURATED_DIR, GEO_DIR


@pytest.fixture(scope="module")
def curated(raw_dir: Path):
    return geography.curate(raw_dir)


def test_round_geometry_rounds_and_drops_repeated_points():
    square = {"type": "Polygon", "coordinates": [[[0.00001, 0.0], [1.0, 0.00004], [1.00002, 0.0], [1.0, 1.0],
                                                  [0.0, 1.0], [0.00001, 0.0]]]}
    # (1.0, 0.00004) and (1.00002, 0.0) both round to (1.0, 0.0) at 4 decimals: one is dropped.
    assert geography.round_geometry(square, 4) == {
        "type": "Polygon", "coordinates": [[[0.0, 0.0], [1.0, 0.0], [1.0, 1.0], [0.0, 1.0], [0.0, 0.0]]]}


def test_round_geometry_keeps_a_ring_that_collapses():
    tiny = {"type": "Polygon", "coordinates": [[[0.0, 0.0], [0.00001, 0.0], [0.0, 0.00001], [0.0, 0.0]]]}
    assert geography.round_geometry(tiny, 4)["coordinates"][0] == [[0.0, 0.0]] * 4


def test_round_geometry_rejects_points():
    with pytest.raises(CurationError, match="Point"):
        geography.round_geometry({"type": "Point", "coordinates": [0, 0]}, 3)


def test_81_provinces_with_unique_codes(curated):
    provinces = curated.tables["ref_provinces"]
    assert provinces["geo"].tolist() == [f"TR-{n:02d}" for n in range(1, 82)]
    assert provinces["plate"].tolist() == list(range(1, 82))
    # tr_provinces_81.csv line 35: 34,TR-34,İstanbul,Istanbul,...,TR100,TR10,...,TR1,...,41.14881,28.84708
    istanbul = provinces.set_index("geo").loc["TR-34"]
    assert (istanbul["name_tr"], istanbul["name_ascii"], istanbul["nuts3"], istanbul["nuts2"], istanbul["nuts1"]) == (
        "İstanbul", "Istanbul", "TR100", "TR10", "TR1")
    assert (istanbul["lat"], istanbul["lon"]) == (41.14881, 28.84708)


def test_every_province_is_in_the_geojson(curated):
    doc = curated.geojson["tr_provinces.geojson"]
    assert [f["properties"]["geo"] for f in doc["features"]] == [f"TR-{n:02d}" for n in range(1, 82)]
    first = doc["features"][0]["properties"]
    assert first == {"geo": "TR-01", "name_tr": "Adana", "name_ascii": "Adana"}


def _all_coordinates(geometry: dict):
    polygons = geometry["coordinates"] if geometry["type"] == "MultiPolygon" else [geometry["coordinates"]]
    for polygon in polygons:
        for ring in polygon:
            yield from ring


@pytest.mark.parametrize(("name", "decimals"), [("tr_provinces.geojson", 4), ("countries.geojson", 3)])
def test_geojson_coordinates_are_rounded(curated, name, decimals):
    for feature in curated.geojson[name]["features"]:
        for x, y in _all_coordinates(feature["geometry"]):
            assert round(x, decimals) == x and round(y, decimals) == y


def test_every_country_feature_has_a_valid_unique_code(curated):
    geos = [f["properties"]["geo"] for f in curated.geojson["countries.geojson"]["features"]]
    assert all(codes.is_country(g) for g in geos)
    assert len(geos) == len(set(geos)) == 175  # 177 features minus N. Cyprus and Somaliland (no ISO code)
    assert {"TUR", "GRC", "SYR", "CYP", "IRN"} <= set(geos)


def test_geojson_outputs_are_not_copies_of_the_raw_files(raw_dir):
    for ours, theirs in [("tr_provinces.geojson", "tr_provinces_osm_simplified.geojson"),
                         ("countries.geojson", "ne_110m_admin0_countries.geojson")]:
        assert (GEO_DIR / ours).read_bytes() != (raw_dir / "iom_idmc_geo" / theirs).read_bytes()


def test_countries_names_codes_regions_and_centroids(curated):
    countries = curated.tables["ref_countries"].set_index("geo")
    tur = countries.loc["TUR"]
    # country_centroids_largest_polygon_geoboundaries_360info.csv line 192: TUR,Turkey,38.98732943214799,35.429056700046935
    assert (tur["m49"], tur["name_en"], tur["name_tr"], tur["region"]) == (792, "Türkiye", "Türkiye", "Western Asia")
    assert (tur["lat"], tur["lon"]) == (38.98732943214799, 35.429056700046935)
    # Line 30: FRA,France,46.62609719762674,2.4585500160508 (mainland, not the all-polygon centroid at sea).
    fra = countries.loc["FRA"]
    assert (fra["lat"], fra["lon"]) == (46.62609719762674, 2.4585500160508)
    assert (countries.at["DEU", "name_tr"], countries.at["SYR", "name_tr"]) == ("Almanya", "Suriye")
    assert (countries.at["XKX", "name_tr"], countries.at["XKX", "m49"]) == ("Kosova", 412)
    # M49 has no sub-region for Northern America; the WPP area is used.
    assert countries.at["USA", "region"] == "Northern America"
    assert pd.isna(countries.at["ASM", "lat"])  # merged into USA by geoBoundaries: no centroid


def test_countries_cover_the_centroid_file_and_the_code_list(curated, raw_dir):
    countries = set(curated.tables["ref_countries"]["geo"])
    centroids = pd.read_csv(raw_dir / "iom_idmc_geo" / "country_centroids_largest_polygon_geoboundaries_360info.csv", dtype=str)
    assert set(centroids.loc[centroids["iso3"].str.isalpha(), "iso3"]) <= countries
    # Only CHI (no CLDR name) is missing from the project's code list.
    assert codes.iso3_codes() - countries == {"CHI"}


def test_missing_column_names_the_file(tmp_path):
    folder = tmp_path / "iom_idmc_geo"
    folder.mkdir()
    (folder / "tr_provinces_81.csv").write_text("plate_code,iso_3166_2,name_tr\n01,TR-01,Adana\n", encoding="utf-8")
    with pytest.raises(CurationError, match=r"tr_provinces_81\.csv: missing column\(s\) \['name_ascii'"):
        geography.provinces_table(tmp_path)


def test_shifted_province_code_fails(tmp_path):
    folder = tmp_path / "iom_idmc_geo"
    folder.mkdir()
    header = "plate_code,iso_3166_2,name_tr,name_ascii,nuts1_code,nuts2_code,nuts3_code,centroid_lat,centroid_lon\n"
    (folder / "tr_provinces_81.csv").write_text(header + "01,TR-02,Adana,Adana,TR6,TR62,TR621,37.4,35.5\n", encoding="utf-8")
    with pytest.raises(CurationError, match="plate_code 01 has iso_3166_2 'TR-02', expected TR-01"):
        geography.provinces_table(tmp_path)


def test_with_values_marks_missing_as_none():
    doc = {"type": "FeatureCollection", "features": [{"type": "Feature", "properties": {"geo": "TR-01"}, "geometry": None},
                                                     {"type": "Feature", "properties": {"geo": "TR-02"}, "geometry": None}]}
    out = with_values(doc, {"TR-01": 5.0})
    assert [f["properties"]["value"] for f in out["features"]] == [5.0, None]
    assert "value" not in doc["features"][0]["properties"]


def test_committed_outputs_are_reproduced_byte_for_byte(curated, tmp_path):
    for name, frame in curated.tables.items():
        assert write_table(frame, name, tmp_path).read_bytes() == (CURATED_DIR / f"{name}.csv").read_bytes()
    for name, doc in curated.geojson.items():
        assert write_geojson(doc, name, tmp_path).read_bytes() == (GEO_DIR / name).read_bytes()
    assert load_geojson("tr_provinces.geojson") == json.loads((tmp_path / "tr_provinces.geojson").read_text("utf-8"))


def test_curation_is_deterministic(raw_dir):
    first, second = geography.curate(raw_dir), geography.curate(raw_dir)
    for name in first.tables:
        pd.testing.assert_frame_equal(first.tables[name], second.tables[name])
    assert first.geojson == second.geojson


def test_loaded_boundaries_are_copies_whose_properties_may_change():
    first = load_geojson("tr_provinces.geojson")
    first["features"][0]["properties"]["fill"] = [1, 2, 3]
    first["features"].pop()
    again = load_geojson("tr_provinces.geojson")
    assert len(again["features"]) == 81
    assert "fill" not in again["features"][0]["properties"]
    assert again["features"][0]["geometry"] is first["features"][0]["geometry"]  # shared, never modified
