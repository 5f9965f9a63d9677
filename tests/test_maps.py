"""indicators.maps: layer data and Decks on small inline frames with hand-computed values."""

from __future__ import annotations

import io
import json
import math

import pandas as pd
import pytest
from pandas.testing import assert_frame_equal

from indicators import maps, registry
from indicators.data import Data
from indicators.geo import with_properties

PROVINCES = pd.DataFrame({"geo": ["TR-01", "TR-06", "TR-34"], "name_tr": ["Adana", "Ankara", "İstanbul"]})

# Full query result of a province indicator: an alternative copy, a camp breakdown and an undated row.
TP = pd.read_csv(io.StringIO("""geo,year,date,type,value,source_id,status,note
TR-01,2023,2023-07-13,,240000,s1,,
TR-34,2023,2023-07-13,,530000,s1,,
TR-34,2023,2023-07-13,,999999,s2,alternative,copy
TR-01,2023,2023-07-13,in_camps,10000,s1,,
TR-06,2018,,,96169,s3,,undated
"""), dtype={"date": str, "type": str, "note": str, "status": str}, keep_default_na=False)

COUNTRIES = pd.DataFrame({"geo": ["TUR", "SYR", "DEU", "ABW"], "name_en": ["Türkiye", "Syria", "Germany", "Aruba"],
                          "name_tr": ["Türkiye", "Suriye", "Almanya", "Aruba"],
                          "lat": [39.0, 35.0, 51.0, None], "lon": [35.0, 38.0, 10.0, None]})

BILATERAL = pd.read_csv(io.StringIO("""geo,year,sex,age,origin,destination,value,source_id,note
TUR,2024,,,SYR,TUR,3000,un24,
TUR,2024,,,DEU,TUR,500,un24,
TUR,2024,,,ABW,TUR,500,un24,
TUR,2024,female,,SYR,TUR,1400,un24,
TUR,2020,,,SYR,TUR,3500,un24,
DEU,2020,,,TUR,DEU,1800,un20,
"""), dtype={"sex": str, "age": str, "note": str}, keep_default_na=False)

INCIDENTS = pd.DataFrame({
    "incident_id": ["a", "b", "c", "d"],
    "date": ["2023-01-05", "2023-06-01", "2024-02-02", "2023-03-03"],
    "year": [2023, 2023, 2024, 2023],
    "country": ["GRC", "", "TUR", "IRN"],
    "route": ["eastern_mediterranean", "eastern_mediterranean", "turkiye_europe_land", ""],
    "cause": ["drowning", "drowning;harsh_conditions", "vehicle_accident", "sickness"],
    "dead": [3, 1, 4, 2], "missing": [2, 5, 0, 0], "dead_and_missing": [5, 6, 4, 2],
    "lat": [37.0, 36.5, 41.0, 35.0], "lon": [27.0, 27.5, 28.0, 52.0],
    "location": ["Off Lesvos", "Aegean Sea", "Edirne", "Tehran"],
    "source_id": ["iom", "iom", "iom", "iom"],
})

SQUARE = {"type": "Polygon", "coordinates": [[[0, 0], [1, 0], [1, 1], [0, 0]]]}
DOC = {"type": "FeatureCollection",
       "features": [{"type": "Feature", "properties": {"geo": g}, "geometry": SQUARE} for g in PROVINCES["geo"]]}


def test_province_dates_use_the_year_when_no_date_is_given_latest_first():
    assert maps.province_dates(TP) == ["2023-07-13", "2018"]
    assert maps.provinces_per_date(TP) == {"2023-07-13": 2, "2018": 1}


def test_default_date_is_the_fullest_list_latest_among_ties():
    # 2024-01-04 names 3 provinces, 2023-07-13 and 2022-12-01 name 4 each, 2025-12-04 (the latest) names 1.
    lists = pd.read_csv(io.StringIO("""geo,year,date,type,value,source_id,status,note
TR-01,2022,2022-12-01,,1,s1,,
TR-06,2022,2022-12-01,,2,s1,,
TR-34,2022,2022-12-01,,3,s1,,
TR-35,2022,2022-12-01,,4,s1,,
TR-01,2023,2023-07-13,,5,s1,,
TR-06,2023,2023-07-13,,6,s1,,
TR-34,2023,2023-07-13,,7,s1,,
TR-35,2023,2023-07-13,,8,s1,,
TR-35,2023,2023-07-13,,9,s2,alternative,copy
TR-01,2024,2024-01-04,,10,s1,,
TR-06,2024,2024-01-04,,11,s1,,
TR-34,2024,2024-01-04,,12,s1,,
TR-34,2025,2025-12-04,,13,s1,,
TR-34,2025,2025-12-04,in_camps,14,s1,,
"""), dtype={"date": str, "type": str, "note": str, "status": str}, keep_default_na=False)
    assert maps.default_province_date(lists) == "2023-07-13"
    assert maps.default_province_date(TP) == "2023-07-13"
    assert maps.default_province_date(TP.iloc[0:0]) is None


def test_province_snapshot_marks_unreported_provinces_as_missing_never_zero():
    snap = maps.province_snapshot(TP, PROVINCES, "2023-07-13")
    assert snap["geo"].tolist() == ["TR-01", "TR-06", "TR-34"]
    # Preferred values only: not the alternative copy (999999), not the camp breakdown (10000).
    assert snap["value"].tolist()[0] == 240000 and snap["value"].tolist()[2] == 530000
    assert pd.isna(snap.loc[1, "value"]) and snap["reported"].tolist() == [True, False, True]
    assert snap.loc[1, "source_id"] == "" and snap.loc[1, "date"] == ""


def test_undated_list_is_selected_by_its_year():
    snap = maps.province_snapshot(TP, PROVINCES, "2018")
    assert snap["reported"].tolist() == [False, True, False]
    assert snap.loc[1, "value"] == 96169


def test_per_1000_on_the_map_is_count_over_population_times_1000():
    tp = pd.DataFrame({"dataset": "tr_tp_syrians_by_province", "geo": ["TR-01", "TR-34"], "year": [2023, 2023],
                       "date": ["2023-07-13"] * 2, "type": ["", ""], "value": [240000.0, 530000.0],
                       "source_id": ["s1", "s1"], "status": ["", ""], "note": ["", ""]})
    population = pd.DataFrame({"geo": ["TR-01", "TR-06", "TR-34"], "year": [2023] * 3,
                               "value": [2400000.0, 5800000.0, 15000000.0], "source_id": ["tuik"] * 3})
    result = registry.get("tp_syrians_per_1000_province").compute(
        Data({"tr_tp_syrians_by_province": tp, "tuik_province_population": population}))
    snap = maps.province_snapshot(result, PROVINCES, "2023-07-13")
    # 240,000 / 2,400,000 × 1,000 = 100; 530,000 / 15,000,000 × 1,000 = 35.333…; Ankara not reported.
    assert snap.loc[0, "value"] == pytest.approx(100.0)
    assert snap.loc[2, "value"] == pytest.approx(35.3333333)
    assert not snap.loc[1, "reported"]
    provinces, _ = maps.province_map_frame(snap, "2023-07-13", "tr", "per_1000", 1)
    assert provinces["value_text"].tolist() == ["100,0 1.000 kişi başına", "bildirilmedi", "35,3 1.000 kişi başına"]


def test_class_breaks_and_classes_by_hand():
    values = pd.Series([1.0, 2.0, 3.0, 4.0, 5.0, None])
    assert maps.class_breaks(values, n=4) == [1.0, 2.0, 3.0, 4.0, 5.0]
    classes = maps.colour_class(values, [1.0, 2.0, 3.0, 4.0, 5.0])
    assert classes.tolist()[:5] == [0, 0, 1, 2, 3] and pd.isna(classes.iloc[5])
    assert maps.class_breaks(pd.Series([7.0, 7.0])) == [7.0]
    assert maps.colour_class(pd.Series([7.0, None]), [7.0]).tolist()[0] == 0


def test_province_map_frame_colours_texts_and_legend():
    snap = maps.province_snapshot(TP, PROVINCES, "2023-07-13")
    provinces, legend = maps.province_map_frame(snap, "2023-07-13", "en", "persons", 0)
    assert provinces["value_text"].tolist() == ["240,000 persons", "not reported", "530,000 persons"]
    assert provinces["date_text"].tolist()[0] == "13 Jul 2023"
    assert provinces["fill"].tolist()[1] == maps.rgba(maps.NOT_REPORTED)
    # Two values: two classes split at their median (240,000 + 530,000) / 2 = 385,000, the ramp's ends; the
    # upper class of counts starts at the next whole number, so the labels do not overlap.
    expected = pd.DataFrame({"label": ["240,000 – 385,000", "385,001 – 530,000", "not reported"],
                             "colour": [maps.RAMP[0], maps.RAMP[4], maps.NOT_REPORTED]})
    assert_frame_equal(legend, expected)
    tr_provinces, _ = maps.province_map_frame(snap, "2023-07-13", "tr", "persons", 0)
    assert tr_provinces["value_text"].tolist()[2] == "530.000 kişi"
    assert tr_provinces["date_text"].tolist()[0] == "13 Tem 2023"


def test_count_classes_with_fractional_edges_do_not_share_a_number():
    # Quantile edges of counts can fall between whole numbers: class 0 holds 62 ... 1,047 (<= 1,047.5),
    # class 1 holds 1,048 ... 3,059; rounding the edge would print "62 – 1,048 / 1,048 – 3,059".
    snap = pd.DataFrame({"geo": ["a", "b", "c"], "name": ["A", "B", "C"], "value": [62.0, 1047.0, 3059.0],
                         "reported": True, "date": "2023-07-13", "year": 2023, "source_id": "s", "note": ""})
    _, legend = maps.province_map_frame(snap, "2023-07-13", "en", "persons", 0, breaks=[62.0, 1047.5, 3059.0])
    assert legend["label"].tolist()[:2] == ["62 – 1,047", "1,048 – 3,059"]
    _, rates = maps.province_map_frame(snap, "2023-07-13", "en", "per_1000", 1, breaks=[0.4, 20.0, 40.0])
    assert rates["label"].tolist()[:2] == ["0.4 – 20.0", "> 20.0 – 40.0"]


def test_with_properties_adds_texts_and_leaves_the_input_untouched():
    out = with_properties(DOC, {"TR-01": {"name": "Adana", "fill": [1, 2, 3, 255]}})
    assert out["features"][0]["properties"] == {"geo": "TR-01", "name": "Adana", "fill": [1, 2, 3, 255]}
    assert out["features"][1]["properties"] == {"geo": "TR-06"}
    assert DOC["features"][0]["properties"] == {"geo": "TR-01"}


def _layers(deck) -> list[dict]:
    return json.loads(deck.to_json())["layers"]


def assert_no_basemap(deck) -> None:
    """No tile provider and pydeck's default-style marker, which Streamlit reads as 'no basemap' (with
    map_style=None it would load a Carto basemap from the internet instead)."""
    spec = json.loads(deck.to_json())
    assert deck.map_provider is None and "mapProvider" not in spec
    assert spec["mapStyle"] == "__MAP_STYLE__"


def test_province_deck_has_no_basemap_and_a_text_tooltip():
    snap = maps.province_snapshot(TP, PROVINCES, "2023-07-13")
    provinces, _ = maps.province_map_frame(snap, "2023-07-13", "en", "persons", 0)
    deck = maps.province_deck(provinces, DOC, {"type": "FeatureCollection", "features": []})
    assert_no_basemap(deck)
    assert [layer["@@type"] for layer in _layers(deck)] == ["GeoJsonLayer", "GeoJsonLayer"]
    assert set(deck._tooltip) == {"text"} and "{value_text}" in deck._tooltip["text"]
    adana = _layers(deck)[1]["data"]["features"][0]["properties"]
    assert adana["value_text"] == "240,000 persons" and adana["name"] == "Adana"
    view = deck.initial_view_state
    assert (view.latitude, view.longitude, view.zoom) == maps.province_view()


def test_fit_view_by_hand():
    # A box 45° wide between 10° S and 10° N: at zoom 0 it is 45/360 × 512 = 64 px wide and
    # 2 × 0.027921 × 512 = 28.59 px high (Mercator y of 10° = ln(tan 50°) / 2π = 0.17543 / 6.28319).
    lat, lon, zoom = maps.fit_view((0.0, -10.0, 45.0, 10.0), width=256, height=256, padding=0)
    assert lat == pytest.approx(0.0, abs=1e-9) and lon == 22.5
    assert zoom == pytest.approx(2.0)  # 256 / 64 = 4 = 2²; the height would allow 256 / 28.59 = 8.95
    # A wide, low frame: the height decides, log2(64 / 28.59) = 1.162.
    assert maps.fit_view((0.0, -10.0, 45.0, 10.0), width=512, height=64, padding=0)[2] == pytest.approx(1.1625, abs=1e-3)
    # 16 px of padding on each side of a 288-px frame leave 256 px: 180° = 256 px at zoom 0.
    assert maps.fit_view((-90.0, 0.0, 90.0, 0.0), width=288, height=100, padding=16)[2] == pytest.approx(0.0)
    # A single point is shown at the closest zoom allowed.
    assert maps.fit_view((35.0, 39.0, 35.0, 39.0)) == pytest.approx((39.0, 35.0, maps.MAX_ZOOM))


def test_every_province_corner_is_inside_a_phone_sized_frame():
    view = maps.province_view()
    west, south, east, north = maps.TURKIYE_BOUNDS
    for lon, lat in [(west, south), (west, north), (east, south), (east, north)]:  # Edirne/İzmir ... Van/Hakkâri
        x, y = maps.to_pixels(lon, lat, view)
        assert abs(x) <= maps.FRAME_WIDTH / 2 - maps.FIT_PADDING + 1e-6
        assert abs(y) <= maps.PROVINCE_HEIGHT / 2
    # The width decides: 19.18° of longitude = 27.28 px at zoom 0 must fill 350 - 2 × 12 = 326 px.
    assert view[2] == pytest.approx(math.log2(326 / ((44.84 - 25.66) / 360 * 512)))


def test_corridors_share_and_centroids():
    table = maps.corridors(BILATERAL, COUNTRIES, "in", 2024, "tr")
    assert table["geo"].tolist() == ["SYR", "ABW", "DEU"]  # equal persons: by code
    assert table["name"].tolist() == ["Suriye", "Aruba", "Almanya"]
    # 3000 / (3000 + 500 + 500) = 75 %; the female row is a breakdown, not a corridor.
    assert table["share"].tolist() == [75.0, 12.5, 12.5]
    assert table["on_map"].tolist() == [True, False, True]
    assert maps.corridor_years(BILATERAL, "in") == [2024, 2020]
    assert maps.corridor_years(BILATERAL, "out") == [2020]


def test_arcs_only_for_countries_with_a_centroid_and_in_the_flow_direction():
    table = maps.corridors(BILATERAL, COUNTRIES, "in", 2024, "en")
    arcs = maps.corridor_arcs(table, COUNTRIES, "in", 15, "en")
    assert arcs["geo"].tolist() == ["SYR", "DEU"]  # Aruba has no centroid: table only
    assert arcs["source_position"].tolist() == [[38.0, 35.0], [10.0, 51.0]]
    assert arcs["target_position"].tolist() == [[35.0, 39.0], [35.0, 39.0]]
    assert arcs["width"].tolist() == [maps.ARC_WIDTH[1], maps.ARC_WIDTH[0]]
    assert arcs["persons_text"].tolist() == ["3,000 persons", "500 persons"]
    assert arcs["share_text"].tolist()[0] == "Share of the corridors listed: 75.0%"
    out = maps.corridor_arcs(maps.corridors(BILATERAL, COUNTRIES, "out", 2020, "en"), COUNTRIES, "out", 1, "en")
    assert out["source_position"].tolist() == [[35.0, 39.0]] and out["target_position"].tolist() == [[10.0, 51.0]]
    # Circle area ∝ persons: radius 20 × sqrt(500 / 3000) = 8.165 px for Germany.
    assert arcs["radius"].tolist() == pytest.approx([20.0, 20.0 * math.sqrt(500 / 3000)])
    assert arcs["label"].tolist() == ["Syria 3k", "Germany 500"]
    deck = maps.corridor_deck(arcs, DOC, COUNTRIES, "in")
    assert_no_basemap(deck)
    layers = _layers(deck)
    assert [layer["@@type"] for layer in layers] == ["GeoJsonLayer", "ArcLayer", "ScatterplotLayer", "TextLayer"]
    assert layers[1]["widthUnits"] == "pixels"
    assert [row["text"] for row in layers[3]["data"]] == ["Syria 3k", "Germany 500"]
    assert layers[3]["characterSet"] == "auto"  # Turkish letters drawn, not only ASCII
    # The view holds Türkiye, Syria and Germany: every end is inside the phone-sized frame.
    view = deck.initial_view_state
    for lon, lat in [[35.0, 39.0], [38.0, 35.0], [10.0, 51.0]]:
        x, y = maps.to_pixels(lon, lat, (view.latitude, view.longitude, view.zoom))
        assert abs(x) < maps.FRAME_WIDTH / 2 and abs(y) < maps.HEIGHT / 2


def test_corridor_labels_are_the_largest_and_avoid_each_other():
    arcs = pd.DataFrame({"partner_position": [[0.0, 0.0], [1.0, 0.0], [30.0, 0.0]], "radius": [10.0, 5.0, 2.0],
                         "label": ["Aaaa 3M", "Bbbb 2M", "Cccc 1M"]})
    labels = maps.corridor_labels(arcs, (0.0, 10.0, 3.0), n=2, frame=(800, 400))
    assert labels["text"].tolist() == ["Aaaa 3M", "Bbbb 2M"]  # top 2 by value (rows come largest first)
    # At zoom 3 one degree is 4096 / 360 = 11.4 px: B's circle sits right of A's, so A's label goes left
    # of its circle ("end", 14 px = radius + 4); B's fits on its right.
    assert labels["anchor"].tolist() == ["end", "start"]
    assert labels["offset"].tolist() == [[-14.0, 0.0], [9.0, 0.0]]
    # A third corridor where B is finds no free place: it is not labelled (tooltip, table).
    crowded = pd.concat([arcs.head(2), pd.DataFrame({"partner_position": [[1.0, 0.0]], "radius": [2.0],
                                                       "label": ["Dddd 1M"]})], ignore_index=True)
    # (a 40-px-high frame leaves no room above or below)
    assert maps.corridor_labels(crowded, (0.0, 10.0, 3.0), n=3, frame=(800, 40))["text"].tolist() == ["Aaaa 3M", "Bbbb 2M"]


def test_not_drawn_text_singular_and_plural():
    assert maps.not_drawn_text(0, "en") == ""
    assert maps.not_drawn_text(1, "en") == "1 corridor has no country centroid and is listed in the table only."
    assert maps.not_drawn_text(2, "en") == "2 corridors have no country centroid and are listed in the table only."
    assert maps.not_drawn_text(1, "tr") == "1 koridorun ülke merkez noktası yoktur; yalnızca tabloda listelenir."


def test_bad_flow_is_an_error():
    with pytest.raises(ValueError, match="flow"):
        maps.corridors(BILATERAL, COUNTRIES, "sideways", 2024, "en")


def test_incidents_filtered_by_year_cause_and_route_with_hand_counted_totals():
    assert maps.incident_totals(maps.filter_incidents(INCIDENTS)) == {
        "incidents": 4, "dead": 10, "missing": 7, "dead_and_missing": 17}
    y2023 = maps.filter_incidents(INCIDENTS, year=2023)
    assert y2023["incident_id"].tolist() == ["b", "d", "a"]  # latest first
    assert maps.incident_totals(y2023) == {"incidents": 3, "dead": 6, "missing": 7, "dead_and_missing": 13}
    # 'b' lists two causes and is found by either.
    harsh = maps.filter_incidents(INCIDENTS, causes=["harsh_conditions"])
    assert harsh["incident_id"].tolist() == ["b"]
    drowning = maps.filter_incidents(INCIDENTS, year=2023, causes=["drowning"], routes=["eastern_mediterranean"])
    assert maps.incident_totals(drowning) == {"incidents": 2, "dead": 4, "missing": 7, "dead_and_missing": 11}
    assert maps.filter_incidents(INCIDENTS, routes=[""])["incident_id"].tolist() == ["d"]
    assert maps.cause_codes(INCIDENTS) == ["drowning", "harsh_conditions", "sickness", "vehicle_accident"]


def test_incident_points_are_sized_by_sqrt_and_described_in_the_language():
    points = maps.incident_points(maps.filter_incidents(INCIDENTS, year=2024), COUNTRIES, "tr")
    assert points["radius"].tolist() == [maps.INCIDENT_RADIUS_PX * 2]  # sqrt(4) = 2
    assert points["people_text"].tolist() == ["4 ölü ve kayıp (4 ölü, 0 kayıp)"]
    assert points["cause_text"].tolist() == ["Araç kazası, tehlikeli taşıma"]
    assert points["route_text"].tolist() == ["Türkiye–Avrupa kara yolu"]
    assert points["date_text"].tolist() == ["2 Şub 2024"]
    at_sea = maps.incident_points(INCIDENTS[INCIDENTS["incident_id"] == "b"], COUNTRIES, "en")
    assert at_sea["place_text"].tolist() == ["at sea"]
    assert at_sea["cause_text"].tolist() == ["Drowning, Harsh conditions, lack of shelter, food or water"]
    deck = maps.incident_deck(points, DOC, DOC)
    assert_no_basemap(deck)
    layers = _layers(deck)
    assert [layer["@@type"] for layer in layers] == ["GeoJsonLayer", "GeoJsonLayer", "ScatterplotLayer"]
    assert layers[2]["radiusUnits"] == "pixels"
    assert "location" not in points.columns  # free text only in the table


def test_tables_for_people_are_localised():
    table = maps.incident_table(maps.filter_incidents(INCIDENTS, year=2024), COUNTRIES, "tr")
    assert list(table.columns[:4]) == ["Tarih", "Yer (IOM'un tanımıyla)", "Ülke", "Ölü"]
    assert table.iloc[0, 0] == "2 Şub 2024"
    corridors = maps.corridor_display(maps.corridors(BILATERAL, COUNTRIES, "in", 2024, "tr"), "tr")
    assert corridors.iloc[0].tolist()[:3] == ["Suriye", "3.000", "%75,0"]
    snap = maps.province_snapshot(TP, PROVINCES, "2023-07-13")
    provinces, _ = maps.province_map_frame(snap, "2023-07-13", "en", "persons", 0)
    shown = maps.province_display(provinces, "en")
    assert shown["Province"].tolist() == ["İstanbul", "Adana", "Ankara"]
    assert shown["Status"].tolist() == ["reported", "reported", "not reported"]


def test_decks_are_sent_as_compact_json_with_the_same_content():
    import pydeck as pdk

    doc = {"type": "FeatureCollection", "features": [
        {"type": "Feature", "properties": {"geo": "TUR"},
         "geometry": {"type": "Point", "coordinates": [32.85, 39.93]}}]}
    deck = maps.deck([maps.base_layer(doc, "countries")], maps.province_view(), "{name}")
    compact = deck.to_json()
    assert "\n" not in compact and ": " not in compact
    assert json.loads(compact) == json.loads(pdk.Deck.to_json(deck))


DEATH_INCIDENTS = pd.DataFrame({
    "incident_id": ["a", "b", "c", "d"], "date": ["2024-05-01", "2024-06-01", "2024-07-01", "2023-01-01"],
    "year": [2024, 2024, 2024, 2023], "route": ["eastern_mediterranean", "afghanistan_to_iran", "", "iran_to_turkiye"],
    "cause": "drowning", "dead": [3, 10, 1, 2], "missing": [1, 0, 0, 0], "dead_and_missing": [4, 10, 1, 2],
})


def test_death_scopes_keep_the_four_routes_or_everything():
    routes = maps.scope_incidents(DEATH_INCIDENTS, "routes")
    assert routes["incident_id"].tolist() == ["a", "d"]
    assert maps.scope_incidents(DEATH_INCIDENTS, "region")["incident_id"].tolist() == ["a", "b", "c", "d"]
    with pytest.raises(ValueError, match="scope"):
        maps.scope_incidents(DEATH_INCIDENTS, "world")
    assert maps.wider_scope_additions(DEATH_INCIDENTS, 2024, "en") == "Afghanistan to Iran: 10; no route assigned: 1"
    assert maps.wider_scope_additions(DEATH_INCIDENTS, 2023, "en") == ""


def test_headline_comparison_names_both_figures_when_they_differ():
    headline = pd.DataFrame({"geo": ["TUR", "TUR"], "year": [2018, 2024], "value": [292.0, 222.0]})
    assert maps.headline_comparison(headline, 2024, 222, "en") == "2024: 222 dead and missing, the figure on the Overview."
    differs = maps.headline_comparison(headline, 2018, 285, "en")
    assert differs.startswith("2018: the Overview's figure is 292; the map shows 285 because")
    assert maps.headline_comparison(headline, None, 222, "en") == ""
    assert maps.headline_comparison(headline, 2025, 404, "en") == ""


def test_fixed_breaks_give_the_same_colour_to_the_same_value_on_every_date():
    result = pd.DataFrame({"geo": ["TR-01", "TR-06", "TR-01", "TR-06"], "year": [2022, 2022, 2023, 2023],
                           "date": ["2022-12-31", "2022-12-31", "2023-12-31", "2023-12-31"],
                           "value": [10.0, 20.0, 20.0, 40.0], "source_id": "s", "status": "", "note": "",
                           **{c: "" for c in ("sex", "age", "origin", "destination", "type", "route")}})
    breaks = maps.fixed_class_breaks(result, n=2)
    assert breaks == [10.0, 20.0, 40.0]  # quantiles of all four values: min, median 20, max
    fills = {}
    for key in ("2022-12-31", "2023-12-31"):
        snap = maps.province_snapshot(result, PROVINCES, key)
        provinces, legend = maps.province_map_frame(snap, key, "en", "per_1000", 1, breaks)
        fills[key] = dict(zip(provinces["geo"], map(tuple, provinces["fill"])))
        assert legend["label"].tolist() == ["10.0 – 20.0", "> 20.0 – 40.0", "not reported"]
    assert fills["2022-12-31"]["TR-06"] == fills["2023-12-31"]["TR-01"]  # 20 on both dates, one colour


def test_province_layers_name_their_indicators():
    assert maps.province_indicator("foreign", "per_1000") == "foreign_residents_per_1000_province"
    assert maps.province_indicator("closed", "per_1000") == "closed_neighbourhoods_by_province"
    assert maps.province_indicator("tp", "absolute") == "tp_syrians_by_province"
