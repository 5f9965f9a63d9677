"""National vs international comparisons: declarations, and the frames on small inline data (values by hand)."""

from __future__ import annotations

import io

import numpy as np
import pandas as pd
import pandas.testing as pdt
import pytest

from indicators import comparison as cmp
from indicators import registry
from indicators.sources import Source

NAN = np.nan
PAIR = cmp.Comparison(
    concept="test", title_msgid="Test",
    # publisher names of real comparisons, so that their Turkish is in the catalog
    series=(cmp.ComparedSeries("intl", "UNHCR"), cmp.ComparedSeries("nat", "PMM (Göç İdaresi)", national=True)),
    difference_msgid="d",
)


def frame(text: str) -> pd.DataFrame:
    out = pd.read_csv(io.StringIO(text.strip()), dtype={"geo": str, "source_id": str, "note": str, "status": str,
                                                           "date": str}, keep_default_na=False,
                      na_values={"value": [""], "value_a": [""], "value_b": [""]})
    return out


def source(id_: str, url: str = "https://example.org", version_producer: str = "v1") -> Source:
    return Source(id=id_, publisher="P", title="T", url=url, version_producer=version_producer, date_accessed="2026-01-01",
                  licence="CC BY 4.0", citation="C", tier="third_party_quote")


def test_every_declared_indicator_exists_and_measures_the_concept():
    assert len({c.concept for c in cmp.COMPARISONS}) == len(cmp.COMPARISONS)
    for comp in cmp.COMPARISONS:
        assert len(comp.series) >= 2, comp.concept
        for s in comp.series:
            for indicator_id in s.indicator_ids:
                registry.get(indicator_id)  # KeyError if the id is not registered
            if not s.related and not s.minus_id:
                assert registry.get(s.indicator_id).concept == comp.concept, (comp.concept, s.indicator_id)
        assert not comp.reference.related
        texts = [comp.difference(lang) for lang in ("en", "tr")] + [comp.title(lang) for lang in ("en", "tr")]
        assert all(texts) and comp.title("tr") != comp.title("en"), comp.concept


def test_expected_comparisons_are_declared():
    concepts = {c.concept: c.indicator_ids for c in cmp.COMPARISONS}
    assert concepts["refugee_population"] == ["refugees_hosted", "tp_syrians"]
    assert concepts["asylum_applications"] == ["asylum_applications", "international_protection_applications"]
    assert concepts["net_migration"] == ["net_migration", "net_migration_wdi", "tuik_immigrants", "tuik_emigrants"]
    assert cmp.comparison("migrant_population").series[1].related  # permits are a different concept
    with pytest.raises(KeyError, match="no comparison"):
        cmp.comparison("nope")


def test_comparison_table_difference_ratio_and_missing_years():
    long = frame("""
series,year,value,source_id,note
intl,2017,100,s1,
intl,2018,200,s1,
intl,2019,300,s1,
nat,2018,150,s2,
nat,2019,330,s2,
nat,2020,50,s2,
""")
    expected = pd.DataFrame({
        "year": [2017, 2018, 2019, 2020],
        "intl": [100.0, 200.0, 300.0, NAN],
        "nat": [NAN, 150.0, 330.0, 50.0],
        "diff_nat": [NAN, -50.0, 30.0, NAN],   # 150 − 200, 330 − 300; a year in one source only: missing, not 0
        "ratio_nat": [NAN, 0.75, 1.1, NAN],    # 150 / 200, 330 / 300
    })
    pdt.assert_frame_equal(cmp.comparison_table(long, PAIR), expected)


def test_ratio_only_between_positive_values_and_no_difference_for_related_series():
    comp = cmp.Comparison("t", "T", (cmp.ComparedSeries("a", "A"), cmp.ComparedSeries("b", "B"),
                                     cmp.ComparedSeries("c", "C", related=True)), "d")
    long = frame("""
series,year,value,source_id,note
a,2019,-100,s,
a,2020,0,s,
a,2021,40,s,
b,2019,50,s,
b,2020,10,s,
b,2021,-10,s,
c,2021,7,s,
""")
    out = cmp.comparison_table(long, comp)
    assert list(out.columns) == ["year", "a", "b", "c", "diff_b", "ratio_b"]
    assert out["diff_b"].tolist() == [150.0, 10.0, -50.0]
    assert out["ratio_b"].isna().all()  # signs differ or the reference is 0


def test_series_frame_derives_net_flow_for_common_years_only():
    comp = cmp.Comparison("t", "T", (cmp.ComparedSeries("wpp", "WPP"),
                                     cmp.ComparedSeries("imm", "TÜİK", national=True, minus_id="emi")), "d")
    frames = {
        "wpp": frame("geo,year,value,source_id,note\nTUR,2016,352063,w,\nTUR,2017,659846,w,\nGRC,2016,1,w,"),
        "imm": frame("geo,year,value,source_id,note\nTUR,2016,380921,p1,\nTUR,2017,466333,p2,\nTUR,2018,577457,p3,"),
        "emi": frame("geo,year,value,source_id,note\nTUR,2016,177960,q1,\nTUR,2017,253640,q2,"),
    }
    out = cmp.series_frame(comp, frames)
    expected = pd.DataFrame({
        "series": ["imm-emi", "imm-emi", "wpp", "wpp"],
        "year": [2016, 2017, 2016, 2017],
        "value": [202961.0, 212693.0, 352063.0, 659846.0],  # 380921 − 177960, 466333 − 253640
        "source_id": ["p1", "p2", "w", "w"],
        "note": ["imm (p1) − emi (q1)", "imm (p2) − emi (q2)", "", ""],
    })
    pdt.assert_frame_equal(out, expected, check_dtype=False)


def test_vintage_of_single_source_and_of_quoted_pages():
    sources = {"wpp": source("wpp", version_producer="WPP 2024"),
               "unhcr": source("unhcr", version_producer="2025.12.1")}
    assert cmp.vintage(["wpp", "wpp"], sources, "en") == "WPP 2024"
    assert cmp.vintage(["unhcr"], sources, "en") == "2025.12.1"
    assert cmp.vintage(["p1", "p2", "p1", "p3"], sources, "en") == "quoted by 3 pages"
    assert cmp.vintage(["p1", "p2", "p3"], sources, "tr") == "3 sayfadan aktarım"


def test_display_table_formats_for_the_language_latest_year_first():
    table = pd.DataFrame({"year": [2018, 2019], "intl": [3214567.0, NAN], "nat": [3000000.0, 5.0],
                          "diff_nat": [-214567.0, NAN], "ratio_nat": [0.75, NAN]})
    labels = {"intl": "Intl · v1", "nat": "Ulusal · v2"}
    out = cmp.display_table(table, PAIR, labels, "tr")
    assert list(out.columns) == ["Yıl", "Intl · v1", "Ulusal · v2", "Fark: Göç İdaresi − BMMYK (türetilmiş)",
                                 "Oran: Göç İdaresi / BMMYK (türetilmiş)"]
    assert out.iloc[0].tolist() == ["2019", "–", "5", "–", "–"]
    assert out.iloc[1].tolist() == ["2018", "3.214.567", "3.000.000", "-214.567", "0,75"]


def test_alternative_rows_keep_competing_values_of_disputed_years_only():
    full = frame("""
indicator,geo,year,date,value,status,source_id,note
tp,TUR,2018,2018-12-31,3623192,preferred,a,MoI report
tp,TUR,2018,2018-12-31,3622366,alternative,b,reliefweb
tp,TUR,2019,2019-12-31,3576370,preferred,a,
tp,TUR,2020,2020-12-31,3641370,,a,
tp,GRC,2018,2018-12-31,1,alternative,c,
""")
    expected = frame("""
indicator,year,date,value,status,source_id,note
tp,2018,2018-12-31,3623192,preferred,a,MoI report
tp,2018,2018-12-31,3622366,alternative,b,reliefweb
""")
    pdt.assert_frame_equal(cmp.alternative_rows(full), expected, check_dtype=False)


def test_source_conflicts_filter_by_topic_and_only_http_links():
    conflicts = frame("""
topic,reference,value_a,source_a,value_b,source_b,handling
Syrians under TP,2023-05-25,3373967,s1,3381429,s2,Both kept.
"Syrians under TP, year-end",2018,3623192,s1,,s3,Kept.
TÜİK immigrants,2015,422895,s2,,s1,Not used.
""")
    sources = {"s1": source("s1"), "s2": source("s2", url="javascript:alert(1)")}
    out = cmp.source_conflicts(conflicts, sources, ("syrians under tp",))
    assert out["reference"].tolist() == ["2023-05-25", "2018"]
    assert out["url_a"].tolist() == ["https://example.org", "https://example.org"]
    assert out["url_b"].tolist() == ["", ""]  # javascript: link blanked; s3 unknown
    assert out["label_a"].tolist() == ["P (v1) · Quoted by a press or third-party page"] * 2
    assert out["label_b"].tolist()[1] == ""  # unknown id: no label, never the id
    assert out["value_b"].isna().tolist() == [False, True]  # missing stays missing
    assert len(cmp.source_conflicts(conflicts, sources)) == 3
    assert cmp.source_conflicts(conflicts, sources, ()).empty


def test_chart_starts_a_few_years_before_the_overlap():
    long = pd.DataFrame({"series": ["a", "a", "b", "b"], "year": [1990, 2020, 2016, 2020],
                         "value": [1.0, 2.0, 3.0, 4.0]})
    assert cmp.chart_start(long) == 2013  # b starts in 2016, minus 3
    assert cmp.chart_start(long, margin=40) == 1990  # never before the first year of any series
    assert cmp.chart_start(long.iloc[:0]) is None
