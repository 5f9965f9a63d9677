"""The data catalogue: coverage, search and filters, datasets, source records and thresholds."""

from __future__ import annotations

import pandas as pd
import pandas.testing as pdt
import pytest

from indicators import catalogue, registry
from indicators.data import Data
from indicators.registry import Indicator, select
from indicators.sources import Source, sources_by_id

DATA = Data.from_frames(
    stock="""
geo,year,type,value,source_id
TUR,2015,,10,src_a
TUR,2020,,12,src_a
GRC,2020,,3,src_a
TUR,2020,female,6,src_a
""",
    flow="""
geo,year,value,source_id
TUR,2019,5,src_b
""",
)


def _indicator(id_: str, dataset: str, objectives: tuple[int, ...], source: str, title: str,
               unit: str = "persons", sdg: str | None = None) -> Indicator:
    return Indicator(id=id_, objectives=objectives, title_msgid=title, description_msgid="d", unit=unit, decimals=0, direction="none", source_ids=(source,),
                     datasets=(dataset,), compute=select(dataset), sdg=sdg)


INDICATORS = [
    # titles of real indicators, so that their Turkish is in the catalog
    _indicator("stock_x", "stock", (1, 19), "src_a", "International migrant stock", sdg="10.7.2"),
    _indicator("flow_y", "flow", (12,), "src_b", "Foreigners holding a residence permit (year-end)",
               unit="percent"),
]
SOURCES = {
    "src_a": Source("src_a", "United Nations, Department of Economic and Social Affairs", "T", "https://un.org",
                    "2025-01-01", "CC BY 3.0 IGO", "UN DESA 2024", tier="publisher", version_producer="2024"),
    "src_b": Source("src_b", "haber.example", "Göç haberi", "javascript:alert(1)", "2025-01-02",
                    "page copyright", "haber", kind="news_quoting", version_producer="2024",
                    quoted_publisher="Presidency of Migration Management (Göç İdaresi Başkanlığı)",
                    tier="third_party_quote"),
}


def test_catalogue_frame_coverage_on_inline_data():
    out = catalogue.catalogue_frame(DATA, "tr", INDICATORS, SOURCES)
    expected = pd.DataFrame({
        "id": ["stock_x", "flow_y"], "title": ["Uluslararası göçmen stoku", "İkamet izni sahibi yabancılar (yıl sonu)"],
        "objectives": ["1, 19", "12"], "sdg": ["10.7.2", ""], "unit": ["kişi", "%"],
        "first_year": pd.array([2015, 2019], dtype="Int64"), "last_year": pd.array([2020, 2019], dtype="Int64"),
        "geos": [2, 1],  # TUR and GRC headline rows; the female row is a disaggregation
        "publishers": ["undesa", "pmm"], "sources": ["src_a", "src_b"],
    })
    pdt.assert_frame_equal(out, expected, check_dtype=False)
    assert out["first_year"].dtype == "Int64"


def test_search_is_accent_case_and_dot_insensitive_in_both_languages():
    frame = catalogue.catalogue_frame(DATA, "en", INDICATORS, SOURCES)
    search = lambda q, **kw: catalogue.filter_catalogue(frame, q, indicators=INDICATORS, **kw)["id"].tolist()  # noqa: E731
    assert search("") == ["stock_x", "flow_y"]
    assert search("goc") == ["stock_x"]  # Turkish title "Göçmen" although the page is in English
    assert search("İKAMET") == ["flow_y"]
    assert search("ikamet permit") == ["flow_y"]  # every word, any language
    assert search("stock permits") == []
    assert search("", objective=12) == ["flow_y"]
    assert search("", objective=1) == ["stock_x"]  # "1" must not match "19" or "12"
    assert search("", objective=9) == []
    assert search("", publisher="undesa") == ["stock_x"]
    assert search("", objective=0, publisher="") == ["stock_x", "flow_y"]
    assert catalogue.normalise("İkamet Göç ŞIK") == "ikamet goc sik"


@pytest.fixture(scope="module")
def real_catalogue() -> pd.DataFrame:
    return catalogue.catalogue_frame(Data.from_curated(), "en")


def test_searching_remittance_returns_exactly_the_remittance_indicators(real_catalogue):
    expected = sorted(i.id for i in registry.all_indicators()
                      if "remittance" in i.title("en").lower() or "havale" in i.title("tr").lower())
    assert len(expected) >= 5
    found = catalogue.filter_catalogue(real_catalogue, "remittance")
    assert sorted(found["id"]) == expected
    assert sorted(catalogue.filter_catalogue(real_catalogue, "Remittances")["id"]) == expected


def test_real_catalogue_rows_and_coverage(real_catalogue):
    assert real_catalogue["id"].tolist() == [i.id for i in registry.all_indicators()]
    row = real_catalogue.set_index("id").loc["tp_syrians"]
    assert (row["first_year"], row["last_year"], row["geos"]) == (2012, 2025, 1)
    assert row["publishers"].split(";") == ["pmm", "moi"]
    syrians = catalogue.filter_catalogue(real_catalogue, "syrians")["id"].tolist()
    assert syrians == [i.id for i in registry.all_indicators() if "syrians" in i.title("en").lower()]


def test_every_indicator_has_a_known_publisher():
    sources = sources_by_id()
    missing = [i.id for i in registry.all_indicators() if not catalogue.indicator_publishers(i, sources)]
    assert missing == []


def test_datasets_frame_counts_rows_years_geos_and_sources():
    expected = pd.DataFrame({
        "dataset": ["flow", "stock"], "rows": [1, 4],
        "first_year": pd.array([2019, 2015], dtype="Int64"), "last_year": pd.array([2019, 2020], dtype="Int64"),
        "geos": [1, 2], "n_sources": [1, 1], "sources": ["src_b", "src_a"],
        "tiers_en": ["Quoted by a press or third-party page: 1", "Publisher's own table: 4"],
        "tiers_tr": ["Basın ya da üçüncü taraf sayfasından aktarım: 1", "Yayımcının kendi tablosu: 4"],
    })
    pdt.assert_frame_equal(catalogue.datasets_frame(DATA, SOURCES), expected)


def test_matches_every_word_in_any_text_and_a_blank_query_matches_all():
    assert catalogue.matches("", "anything") and catalogue.matches("  \t", "anything")
    assert catalogue.matches("GÖÇ idare", "Göç İdaresi", "PMM")
    assert catalogue.matches("pmm idare", "Göç İdaresi", "PMM")  # words from different texts
    assert not catalogue.matches("pmm unhcr", "Göç İdaresi", "PMM")


def test_source_records_search_and_unsafe_urls_blanked():
    out = catalogue.source_records(SOURCES)
    assert out["id"].tolist() == ["src_a", "src_b"]
    assert out["url"].tolist() == ["https://un.org", ""]
    assert out["vintage"].tolist() == ["2024", "2024"]
    assert catalogue.source_records(SOURCES, "goc idaresi")["id"].tolist() == ["src_b"]  # quoted publisher
    assert catalogue.source_records(SOURCES, "economic social")["id"].tolist() == ["src_a"]
    assert catalogue.source_records(SOURCES, "nothing like this").empty


def test_thresholds_follow_the_progress_constants_and_the_language():
    tr = catalogue.thresholds_frame("tr")
    en = catalogue.thresholds_frame("en")
    assert "P ≥ 0,015·C" in tr["condition"].tolist()
    assert "P ≥ 0.015·C" in en["condition"].tolist()
    assert "0.6 ≤ R < 0.95" in en["condition"].tolist()
    assert "0.005 ≤ x < 0.02" in en["condition"].tolist()
    assert "0 ≤ P < 0.005·C" in en["condition"].tolist()
    assert set(tr["status"]) >= {"Hedef yolunda", "Kötüleşme", "Hedefe ulaşıldı"}
    assert list(en.columns) == ["method", "case", "status", "condition"]
    # the project's rules are listed with the constants of indicators.progress (2 indicators, 80 %)
    rule = en[en["status"] == "Insufficient evidence"]["condition"].tolist()
    assert rule == ["fewer than 2 indicators assessed, or fewer than 80% of those with a desired direction"]
    assert {"Project threshold met", "Category improved", "Not assessed: no desired direction"} <= set(en["status"])


def test_year_spans():
    first = pd.Series([1990, 2019, None], dtype="Int64")
    last = pd.Series([2024, 2019, None], dtype="Int64")
    assert catalogue.year_spans(first, last) == ["1990–2024", "2019", "–"]
