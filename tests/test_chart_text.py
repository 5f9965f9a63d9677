"""The one-sentence chart descriptions (indicators.chart_text), hand-computed from small inline frames."""

from __future__ import annotations

import pandas as pd

from indicators import registry
from indicators.chart_text import chart_sentence, publisher_of, ranking_sentence, spoken_value
from indicators.sources import sources_by_id

REFUGEES = registry.get("refugees_hosted")  # persons, 0 decimals
RATE = registry.get("asylum_recognition_rate")  # percent, 1 decimal


def test_count_in_words_with_relative_change_in_both_languages():
    # 2,390,000 / 2,950,000 - 1 = -0.18983 -> 19% lower (0 decimals at 10% or more)
    frame = pd.DataFrame({"year": [2025, 2023, 2024], "value": [2_390_000.0, 3_100_000.0, 2_950_000.0]})
    assert chart_sentence(frame, REFUGEES, "en", publisher="UNHCR") == (
        "Türkiye — Refugees hosted (UNHCR): 2.39 million in 2025, 19% lower than in 2024 (UNHCR).")
    assert chart_sentence(frame, REFUGEES, "tr", publisher="UNHCR") == (
        "Türkiye — Barındırılan mülteciler (BMMYK): 2025 yılında 2,39 milyon, "
        "2024 yılına göre %19 daha düşük (UNHCR).")


def test_small_change_has_one_decimal_and_gaps_and_duplicates_are_skipped():
    # 2024 has no value, so 2023 is the year before; of two 2025 rows the last counts: 515 / 500 - 1 = 3.0%
    frame = pd.DataFrame({"year": [2023, 2024, 2025, 2025], "value": [500.0, None, 900.0, 515.0]})
    assert chart_sentence(frame, REFUGEES, "en", geo_name="Germany") == (
        "Germany — Refugees hosted (UNHCR): 515 in 2025, 3.0% higher than in 2023.")
    assert chart_sentence(frame, REFUGEES, "tr", geo_name="Almanya") == (
        "Almanya — Barındırılan mülteciler (BMMYK): 2025 yılında 515, 2023 yılına göre %3,0 daha yüksek.")


def test_percent_indicator_changes_in_percentage_points():
    # 41.25 - 38.0 = 3.25 -> 3.2 percentage points (one decimal, half to even), level 41.2% (41.25 -> 41.2)
    frame = pd.DataFrame({"year": [2021, 2022], "value": [38.0, 41.25]})
    assert chart_sentence(frame, RATE, "en") == (
        "Türkiye — Asylum total recognition rate (UNHCR): 41.2% in 2022, 3.2 percentage points higher than in 2021.")
    assert chart_sentence(frame, RATE, "tr") == (
        "Türkiye — Sığınma toplam tanınma oranı (BMMYK): 2022 yılında %41,2, 2021 yılına göre 3,2 yüzde puan "
        "daha yüksek.")


def test_single_value_same_value_zero_base_and_empty():
    one = pd.DataFrame({"year": [2020], "value": [1_000_000.0]})
    assert chart_sentence(one, REFUGEES, "en") == "Türkiye — Refugees hosted (UNHCR): 1 million in 2020."
    same = pd.DataFrame({"year": [2020, 2021], "value": [7.0, 7.0]})
    assert chart_sentence(same, REFUGEES, "tr").endswith("2021 yılında 7, 2020 yılı ile aynı.")
    zero = pd.DataFrame({"year": [2020, 2021], "value": [0.0, 7.0]})
    assert chart_sentence(zero, REFUGEES, "en") == "Türkiye — Refugees hosted (UNHCR): 7 in 2021."
    empty = pd.DataFrame({"year": [2020], "value": [None]})
    assert chart_sentence(empty, REFUGEES, "en") == "Türkiye — Refugees hosted (UNHCR): no value to show."
    assert chart_sentence(empty, REFUGEES, "tr") == "Türkiye — Barındırılan mülteciler (BMMYK): gösterilecek değer yok."


def test_ranking_names_the_highest_and_turkiye_rank():
    frame = pd.DataFrame({"geo": ["DEU", "TUR", "COL", "XXX"], "name": ["Germany", "Türkiye", "Colombia", "X"],
                          "value": [2_600_000.0, 2_390_000.0, 2_800_000.0, None]})
    assert ranking_sentence(frame, REFUGEES, "en", 2025, publisher="UNHCR") == (
        "Refugees hosted (UNHCR), 2025: highest Colombia (2.8 million); Türkiye 2.39 million, rank 3 of 3 (UNHCR).")
    assert ranking_sentence(frame, REFUGEES, "tr", 2025) == (
        "Barındırılan mülteciler (BMMYK), 2025: en yüksek Colombia (2,8 milyon); Türkiye 2,39 milyon, "
        "3 ülke arasında 3. sırada.")
    without = frame[frame["geo"] != "TUR"]
    assert ranking_sentence(without, REFUGEES, "en", 2025) == (
        "Refugees hosted (UNHCR), 2025: highest Colombia (2.8 million) of 2.")


def test_spoken_value_below_a_million_is_grouped():
    assert spoken_value(912_345.0, REFUGEES, "en") == "912,345"
    assert spoken_value(912_345.0, REFUGEES, "tr") == "912.345"


def test_publisher_of_the_latest_value():
    sources = sources_by_id()
    sid = next(iter(sources))
    frame = pd.DataFrame({"year": [2024, 2023], "value": [1.0, 2.0], "source_id": [sid, "unknown"]})
    assert publisher_of(frame, sources) == sources[sid].publisher
    unknown_latest = frame.assign(source_id=["unknown", sid])  # the 2024 value's source is not in the registry
    assert publisher_of(unknown_latest, sources) == ""


def test_map_sentences_name_the_largest_value_and_the_coverage():
    from indicators.chart_text import corridor_map_sentence, deaths_map_sentence, province_map_sentence

    tp = registry.get("tp_syrians_by_province")  # persons, 0 decimals
    snapshot = pd.DataFrame({"name": ["Adana", "İstanbul", "Ardahan"], "value": [250_000.0, 530_000.0, None],
                             "reported": [True, True, False]})
    assert province_map_sentence(snapshot, tp, "4 Dec 2025", "en") == (
        f"{tp.title('en')}, 4 Dec 2025: highest in İstanbul (530,000); 2 of 3 provinces reported.")
    assert province_map_sentence(snapshot, tp, "4 Ara 2025", "tr") == (
        f"{tp.title('tr')}, 4 Ara 2025: en yüksek değer İstanbul (530.000); 3 ilden 2 tanesi için veri var.")
    arcs = pd.DataFrame({"name": ["Syria", "Germany"], "persons": [3_100_000, 850_000]})
    assert corridor_map_sentence(arcs, "Migrants in Türkiye by origin", 2024, "en") == (
        "Migrants in Türkiye by origin, 2024: 2 corridors drawn, the largest Syria (3,100,000 persons).")
    assert corridor_map_sentence(arcs.head(1), "Migrants in Türkiye by origin", 2024, "en") == (
        "Migrants in Türkiye by origin, 2024: 1 corridor drawn, the largest Syria (3,100,000 persons).")
    assert corridor_map_sentence(arcs, "Türkiye'deki göçmenler", 2024, "tr") == (
        "Türkiye'deki göçmenler, 2024: haritada 2 koridor, en büyüğü Syria (3.100.000 kişi).")
    totals = {"incidents": 1, "dead": 3, "missing": 2, "dead_and_missing": 5}
    assert deaths_map_sentence(totals, "Deaths, 2024", "en") == "Deaths, 2024: 5 dead and missing in 1 incident."
    assert deaths_map_sentence({**totals, "incidents": 1200, "dead_and_missing": 2_222}, "Ölümler, 2024", "tr") == (
        "Ölümler, 2024: 1.200 olayda 2.222 ölü ve kayıp.")
