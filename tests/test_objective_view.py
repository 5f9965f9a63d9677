"""Objectives page library (indicators.objective_view) on small inline frames with hand-computed values."""

from __future__ import annotations

import io

import pandas as pd
import pytest
from pandas.testing import assert_frame_equal

from indicators import objective_view as view
from indicators import registry
from indicators.progress import OPENSDG, UNSD, Assessment, assess
from indicators.registry import Indicator
from indicators.sources import Source

COLUMNS = ["geo", "year", "date", "sex", "age", "origin", "destination", "type", "route", "value", "unit",
           "source_id", "status", "note"]


def frame(text: str) -> pd.DataFrame:
    out = pd.read_csv(io.StringIO(text), dtype=str, keep_default_na=False)
    for col in COLUMNS:
        if col not in out.columns:
            out[col] = ""
    out = out[COLUMNS]
    return out.astype({"year": "int64", "value": "float64"})


FULL = frame("""geo,year,date,sex,origin,value,source_id,status
TUR,2018,,,,100,a,
TUR,2019,,,,110,a,preferred
TUR,2019,,,,111,b,alternative
TUR,2018,,female,,40,a,
TUR,2018,,male,,60,a,
TUR,2019,,,SYR,70,a,
TUR,2019,,,AFG,20,a,
""")


def indicator(**more) -> Indicator:
    fields = dict(id="x", objectives=(1,), title_msgid="X", description_msgid="d",
                  unit="persons", decimals=0, direction="decrease", source_ids=("a",), datasets=("t",),
                  compute=lambda data: None)
    return Indicator(**(fields | more))


def test_disaggregation_options_lists_present_codes_with_total_first():
    assert view.disaggregation_options(FULL) == {"sex": ["", "female", "male"], "origin": ["", "AFG", "SYR"]}
    assert view.disaggregation_options(FULL[FULL["sex"] == ""].iloc[:3]) == {}


def test_select_rows_total_keeps_alternatives_preferred_first():
    rows = view.select_rows(FULL)
    assert rows[["year", "value", "status"]].values.tolist() == [[2018, 100.0, ""], [2019, 110.0, "preferred"],
                                                                  [2019, 111.0, "alternative"]]
    assert view.n_alternatives(rows) == 1


def test_select_rows_one_dimension_requires_others_empty():
    rows = view.select_rows(FULL, {"sex": "female"})
    assert rows["value"].tolist() == [40.0]
    assert view.select_rows(FULL, {"sex": "female", "origin": "SYR"}).empty


def test_chart_values_drops_alternatives_and_keeps_latest_date():
    rows = frame("""geo,year,date,value,source_id,status
TUR,2021,2021-06-30,5,a,
TUR,2021,2021-12-02,7,a,preferred
TUR,2021,2021-12-09,9,b,alternative
TUR,2022,2022-12-31,8,a,
""")
    expected = pd.DataFrame({"year": [2021, 2022], "value": [7.0, 8.0]})
    assert_frame_equal(view.chart_values(view.select_rows(rows)), expected)


def test_series_geo_prefers_turkiye_then_a_single_area():
    assert view.series_geo(FULL) == "TUR"
    assert view.series_geo(FULL.assign(geo="WLD")) == "WLD"
    assert view.series_geo(pd.concat([FULL.assign(geo="WLD"), FULL.assign(geo="DEU")])) is None


def test_concept_companions_same_concept_unit_and_country_level():
    main = indicator(id="refugees_hosted", concept="refugee_population")
    national = indicator(id="tp_syrians", concept="refugee_population")
    provinces = indicator(id="tp_by_province", concept="refugee_population", geography="province")
    other_unit = indicator(id="per_1000", concept="refugee_population", unit="per_1000")
    unrelated = indicator(id="y", concept="other")
    pool = [main, national, provinces, other_unit, unrelated]
    assert [i.id for i in view.concept_companions(main, pool)] == ["tp_syrians"]
    assert view.concept_companions(indicator(id="z"), pool) == []


def test_combined_series_clips_companions_to_the_chosen_years():
    chosen = pd.DataFrame({"year": [2012, 2013], "value": [1.0, 2.0]})
    other = pd.DataFrame({"year": [1990, 2012, 2013, 2014], "value": [0.0, 3.0, 4.0, 5.0]})
    expected = pd.DataFrame({"year": [2012, 2013, 2012, 2013], "value": [1.0, 2.0, 3.0, 4.0],
                             "series": ["PMM", "PMM", "UNHCR", "UNHCR"]})
    assert_frame_equal(view.combined_series([("PMM", chosen), ("UNHCR", other)]), expected)
    assert view.combined_series([]).columns.tolist() == ["year", "value", "series"]


def test_objective_labels_and_titles():
    objectives = pd.DataFrame({"objective": [1, 2], "title_en": ["Collect data", "Minimize drivers"],
                               "short_en": ["Data", "Drivers"], "title_tr": ["Veri toplamak", "Etkenler"],
                               "short_tr": ["Veri", "Etkenler"]})
    assert view.objective_labels(objectives, "en") == {1: "1 – Data", 2: "2 – Drivers"}
    assert view.objective_labels(objectives, "tr")[1] == "1 – Veri"
    assert view.objective_title(objectives, 2, "en") == "Minimize drivers"
    assert view.objective_title(objectives, 2, "tr") == "Etkenler"
    assert view.objective_title(objectives, 99, "en") == ""


def test_progress_text_with_target_per_language():
    ind = indicator(unit="percent", decimals=2, target=3.0)
    a = assess({2018: 7.0, 2020: 7.5}, "decrease", target=3.0, base_year=2018, method=OPENSDG)
    # CAGR = (7.5/7)^(1/2) − 1 = 3.51 %; required = (3/7)^(1/12) − 1 = −6.82 %.
    en = view.progress_text(a, ind, "en")
    tr = view.progress_text(a, ind, "tr")
    assert en.startswith("2018: 7.00% → 2020: 7.50%, growth 3.5%/yr, method Open SDG; target 3.00% by 2030, "
                         "required growth -6.8%/yr; score ")
    assert tr.startswith("2018: %7,00 → 2020: %7,50, yıllık büyüme %3,5, yöntem Open SDG; 2030 hedefi %3,00, "
                         "gereken yıllık büyüme -%6,8; puan ")


def test_progress_text_compact_counts_and_unsd():
    ind = indicator(unit="persons", direction="decrease")
    a = assess({2018: 3_600_000, 2024: 2_900_000}, "decrease", base_year=2018, method=UNSD)
    assert view.progress_text(a, ind, "en") == "2018: 3.6m → 2024: 2.9m, growth -3.5%/yr, method UNSD Progress Chart"
    assert view.progress_text(a, ind, "tr") == ("2018: 3,6\xa0Mn → 2024: 2,9\xa0Mn, yıllık büyüme -%3,5, "
                                                 "yöntem UNSD İlerleme Tablosu")


def test_progress_text_not_assessed():
    ind = indicator(direction="none")
    no_direction = assess({2018: 1.0, 2020: 2.0}, "none")
    # the badge says "Not assessed: no desired direction"; the text gives the latest value as context
    assert no_direction.status == "no_direction"
    assert view.progress_text(no_direction, ind, "en") == (
        "Latest value 2020: 2. Shown as context: the indicator has no desired direction, so no progress is "
        "computed.")
    assert view.progress_text(no_direction, ind, "tr") == (
        "Son değer 2020: 2. Bağlam olarak gösterilir: göstergenin istenen bir yönü olmadığından ilerleme "
        "hesaplanmaz.")
    few = Assessment(status="not_available", score=None, method=OPENSDG, direction="increase", latest_year=2018,
                     latest_value=1234.0, reason="fewer than two years of data from the base year 2018 on")
    assert view.progress_text(few, indicator(), "tr") == ("Değerlendirilmedi: başlangıç yılından itibaren iki "
                                                          "yıldan az veri var; Son değer: 2018: 1.234")


def test_code_labels():
    names = {"SYR": "Suriye"}
    assert view.code_label("origin", "", "tr", names) == "Tümü (toplam)"
    assert view.code_label("origin", "SYR", "tr", names) == "Suriye (SYR)"
    assert view.code_label("origin", "OTH", "en", names) == "Other"
    assert view.code_label("sex", "female", "tr") == "Kadın"
    assert view.code_label("route", "eastern_mediterranean", "en") == "eastern mediterranean"


def test_table_view_localises_and_drops_empty_columns():
    sources = {"a": Source(id="a", publisher="PMM", title="Stats", url="u", version_producer="v", date_accessed="d",
                           licence="l", citation="c")}
    rows = view.select_rows(FULL)
    table = view.table_view(rows, indicator(decimals=0), "tr", sources)
    assert table.columns.tolist() == ["Yıl", "Değer", "Birim", "Kaynak", "Durum"]
    assert table["Değer"].tolist() == ["100", "110", "111"]
    assert table["Kaynak"].tolist() == ["PMM: Stats", "PMM: Stats", ""]  # an unknown id is never shown
    assert table["Durum"].tolist() == ["", "tercih edilen", "alternatif"]
    big = rows.assign(value=[3214567.0, 1.0, 2.0], date=["2018-12-31", "", ""])
    table = view.table_view(big, indicator(), "tr", sources)
    assert table["Değer"].iloc[0] == "3.214.567" and table["Tarih"].iloc[0] == "31 Ara 2018"


def test_map_year_needs_half_the_best_coverage():
    rows = pd.DataFrame({"geo": ["A", "B", "C", "D", "A", "B", "A"], "year": [2020] * 4 + [2021] * 2 + [2022],
                         "value": [1.0, 2, 3, 4, 5, 6, 7]})
    assert view.map_year(rows) == 2021  # 2 of 4 geos; 2022 has 1 of 4
    assert view.map_values(rows, 2021) == {"A": 5.0, "B": 6.0}
    assert view.map_year(rows.iloc[0:0]) is None


@pytest.mark.parametrize(("code", "url"), [
    ("10.7.2", "https://unstats.un.org/sdgs/metadata/?Text=&Goal=10&Target=10.7"),
    ("17.3.2", "https://unstats.un.org/sdgs/metadata/?Text=&Goal=17&Target=17.3"),
    (None, None), ("10", None),
])
def test_sdg_metadata_url(code, url):
    assert view.sdg_metadata_url(code) == url


def test_about_rows_and_sources_table():
    ind = indicator(unit="percent", decimals=2, target=3.0, sdg="10.c.1", direction="decrease", comparable=True,
                    target_source="un_gcm_ares_73_195")
    rows = dict(zip(*view.about_rows(ind, "tr").T.values))
    assert rows["Ölçüm düzeyi"] == "sürekli (büyüme oranı yöntemleri)"
    assert rows["Hedef"] == "hedef ≤ %3,00 (resmî bir metinde belirlenmiştir)" and rows["İstenen yön"] == "azalış" and rows["SKA göstergesi"] == "10.c.1"
    assert rows["Ülkeler arasında karşılaştırılabilir"] == "evet" and rows["Bu proje tarafından türetilmiş"] == "hayır"
    sources = {"a": Source(id="a", publisher="PMM", title="Stats", url="https://x", version_producer="2024",
                           date_accessed="2025-01-01", licence="CC BY 4.0", citation="c", tier="third_party_quote")}
    table = view.sources_table(["a", "missing", "a"], sources, "en")
    assert table.values.tolist() == [["PMM", "Stats", "Quoted by a press or third-party page", "https://x",
                                      "CC BY 4.0", "2024", "2025-01-01"]]
    # publisher, licence and vintage as a Turkish reader reads them (indicators.source_text)
    unhcr = {"u": Source(id="u", publisher="UNHCR", title="T", url="https://x", figures_from="2018",
                         date_accessed="2025-01-01", licence="UN terms of use", citation="c", tier="publisher")}
    row = view.sources_table(["u"], unhcr, "tr").iloc[0].tolist()
    assert row[0] == "BMMYK" and row[4] == "Yayımcının kullanım koşulları" and row[5] == "2018 tarihli rakamlar"


def test_progress_text_ordinal_and_project_threshold():
    ind = indicator(unit="score", decimals=0, direction="increase", scale="ordinal", target=3.0,
                    target_source="project")
    a = assess({2019: 2, 2021: 3}, "increase", scale="ordinal")
    assert view.progress_text(a, ind, "en") == (
        "2019: category 2 → 2021: category 3; categories are compared, no growth rate is computed; "
        "threshold chosen by this project: ≥ 3, not an official target")
    assert "/yr" not in view.progress_text(a, ind, "en")
    assert view.progress_text(a, ind, "tr") == (
        "2019: 2. kategori → 2021: 3. kategori; kategoriler karşılaştırılır, büyüme oranı hesaplanmaz; "
        "bu projenin seçtiği eşik: ≥ 3, resmî bir hedef değildir")


def test_progress_text_project_threshold_continuous():
    ind = indicator(unit="percent", decimals=1, direction="increase", target=100.0, target_source="project")
    a = assess({2018: 90, 2020: 95}, "increase", target=100, target_official=False)
    assert "; threshold chosen by this project 100.0% by 2030, required growth" in view.progress_text(a, ind, "en")
    assert "bu projenin seçtiği eşik %100,0" in view.progress_text(a, ind, "tr")


def test_objective_status_text_real_objectives():
    from indicators import api
    from indicators.scorecard import objective_scorecard

    card = objective_scorecard(api.load()).set_index("objective", drop=False)
    assert view.objective_status_text(card.loc[1], "en") == (
        "Objective 1 overall: Insufficient evidence · 0 of 9 indicators assessed · inputs 2019 → 2021")
    assert view.objective_status_text(card.loc[20], "tr") == (
        "20. hedefin genel durumu: Sınırlı ilerleme · 5 göstergeden 2 tanesi değerlendirildi · veri yılları "
        "2018 → 2020")
    assert view.objective_status_text(card.loc[4], "en") == (
        "Objective 4 overall: Not enough data · 0 of 1 indicator assessed")


def test_dated_text():
    assert view.dated_text(2020, 2025, "en") == (
        "Dated input: the latest year is 2020, while the publisher has 2025 for other series or countries "
        "(flagged at 2 or more years behind, a threshold chosen by this project).")


def test_chart_caption_names_only_what_is_drawn():
    policy = indicator(unit="score", decimals=0, direction="increase", scale="ordinal", target=3.0,
                       target_source="project")
    # SDG 10.7.2 for Türkiye covers 2019-2021: the 2018 baseline is not drawn, so not captioned
    assert view.chart_caption([2019, 2021], 2018, policy, "en") == (
        "Solid horizontal line: a threshold chosen by this project (3), not an official target.")
    costs = indicator(unit="percent", decimals=2, target=3.0, target_source="un_gcm_ares_73_195")
    assert view.chart_caption([2011, 2020], 2018, costs, "en") == (
        "Dashed line: the 2018 baseline (GCM adopted in December 2018). Solid horizontal line: the target (3.00%).")
    assert view.chart_caption([2011, 2020], 2015, indicator(), "tr") == (
        "Kesikli çizgi: 2015 başlangıç yılı (SKA başlangıç yılı).")


def test_an_objective_opens_on_its_first_indicator_with_a_verdict():
    from indicators.objective_view import default_indicator

    members = [registry.get(i) for i in ("emigrant_stock", "migrant_stock", "migration_policy_score")]
    results = pd.DataFrame({"indicator_id": ["emigrant_stock", "migrant_stock", "migration_policy_score"],
                            "status": ["no_direction", "not_available", "category_improved"]})
    assert default_indicator(members, results) == "migration_policy_score"
    none_assessed = results.assign(status="no_direction")
    assert default_indicator(members, none_assessed) == "emigrant_stock"
