"""Source tiers (issue 8 §1): every record has one, validated, assigned from its kind, URL or id."""

from pathlib import Path

import pytest

from indicators.source_text import publisher_name, publisher_vintage
from indicators.sources import (OFFICIAL_TIERS, TIERS, Source, read_sources, source_label, sources_by_id,
                                tier_counts, tier_of, vintage,
                                write_sources)


def _source(**kw) -> Source:
    base = dict(id="x", publisher="P", title="T", url="https://example.org/a", version_producer="v", date_accessed="2026-11-27",
                licence="L", citation="C")
    return Source(**{**base, **kw})


def test_every_record_has_a_known_tier():
    records = read_sources()
    assert len(records) >= 174
    assert {s.tier for s in records.values()} <= set(TIERS)


@pytest.mark.parametrize(("source_id", "tier"), [
    # kind news_quoting in raw turkiye_national/tr_tp_syrians_national.csv (yenicaggazetesi.com.tr)
    ("tr_yenicaggazetesi_com_tr_7737ec63", "third_party_quote"),
    # IOM DTM page "Data Source DGMM, 02.12.2021" (raw official/publisher_pages_dated_figures.csv row 15)
    ("tr_dtm_iom_int_47832c48", "official_channel"),
    # docslib.org copy of an IOM DTM report: a third-party page, not the channel itself
    ("tr_docslib_org_557efd45", "third_party_quote"),
    ("unhcr_rpsd_2025_12_1", "publisher"),
    # "byte-identical copies, GitHub MIT-Emerging-Talent/..." although its kind is official_release
    ("undesa_ims_2024", "third_party_copy"),
    ("iom_mmp_global_2025_04", "third_party_copy"),
    ("tr_state_gov_2473d312", "third_party_quote"),
    ("gcm_tr_unofficial_translation", "project"),
])
def test_tiers_of_named_records(source_id, tier):
    records = read_sources()
    if source_id not in records:
        pytest.fail(f"{source_id} missing from data/sources.yaml")
    assert records[source_id].tier == tier


def test_only_the_first_two_tiers_are_official():
    assert OFFICIAL_TIERS == {"publisher", "official_channel"}


def test_tier_from_kind_and_host():
    assert tier_of(_source(kind="intl_report_quoting", url="https://reliefweb.int/report/turkey/x")) == "official_channel"
    assert tier_of(_source(kind="intl_report_quoting", url="https://www.iraqnewsgazette.com/dtm")) == "third_party_quote"
    assert tier_of(_source(kind="copy_of_official_release")) == "third_party_copy"
    with pytest.raises(ValueError, match="add it to TIER_BY_ID"):
        tier_of(_source(id="new_reference", kind="reference"))


def test_a_bad_tier_is_rejected_naming_the_entry(tmp_path: Path):
    path = tmp_path / "sources.yaml"
    path.write_text("- {id: a, publisher: P, title: T, url: u, version_producer: v, date_accessed: d, licence: l, "
                    "citation: c, tier: official}\n", encoding="utf-8")
    with pytest.raises(ValueError, match=r"line 1, field 'tier': 'official' not in"):
        read_sources(path)
    path.write_text("- {id: a, publisher: P, title: T, url: u, version_producer: v, date_accessed: d, licence: l, "
                    "citation: c}\n", encoding="utf-8")
    with pytest.raises(ValueError, match=r"missing \['tier'\]"):
        read_sources(path)
    with pytest.raises(ValueError, match="tier ''"):
        write_sources([_source()], tmp_path / "out.yaml")


def test_source_label_names_the_tier_in_words_and_never_the_id():
    records = {"a": _source(id="a", publisher="UNHCR", version_producer="2025.12.1", tier="publisher")}
    assert source_label("a", records, "en") == "UNHCR (2025.12.1) · Publisher's own table"
    assert source_label("a", records, "tr") == "BMMYK (2025.12.1) · Yayımcının kendi tablosu"
    assert source_label("unknown_id", records) == ""


def test_vintage_is_the_short_field_on_every_page():
    # data/metadata/sources/unhcr.yml: the long release title is in version_title, never parsed
    unhcr = read_sources()["unhcr_rpsd_2025_12_1"]
    assert (unhcr.version_producer, vintage(unhcr, "en"), vintage(unhcr, "tr")) == ("2025.12.1",) * 3
    assert source_label("unhcr_rpsd_2025_12_1", lang="en", with_tier=False) == "UNHCR (2025.12.1)"
    page = _source(figures_from="2005", figures_to="2024")
    assert (vintage(page, "en"), vintage(page, "tr")) == ("figures dated 2005–2024", "2005–2024 tarihli rakamlar")
    assert vintage(_source(figures_from="2015-10-03", figures_to="2015-10-03"), "en") == "figures dated 2015-10-03"


def test_source_publisher_reads_the_same_everywhere_in_the_reader_language():
    unhcr = sources_by_id()["unhcr_rpsd_2025_12_1"]
    assert publisher_vintage(unhcr, "en") == "UNHCR (2025.12.1)"
    assert publisher_vintage(unhcr, "tr") == "BMMYK (2025.12.1)"
    assert source_label("unhcr_rpsd_2025_12_1", lang="tr", with_tier=False) == "BMMYK (2025.12.1)"
    assert publisher_name("World Bank", "tr") == "Dünya Bankası"
    assert publisher_name("kayserigundem.com.tr", "tr") == "kayserigundem.com.tr"  # not in the map: as recorded


def test_tier_counts_in_tier_order():
    records = {"a": _source(id="a", tier="third_party_quote"), "b": _source(id="b", tier="publisher")}
    assert tier_counts(["a", "a", "b", "unknown"], records, "en") == \
        "Publisher's own table: 1; Quoted by a press or third-party page: 2"


def test_footer_line_escapes_text_links_http_only_and_names_the_tier():
    from dashboard.ui import footer_line

    line = footer_line(_source(publisher="a*b", title="[x](javascript:alert(1))", tier="official_channel",
                               url="https://dtm.iom.int/reports/a b"), "tr")
    assert line.startswith("- a\\*b: \\[x\\]\\(javascript\\:alert\\(1\\)\\)")
    assert "**Resmî kanal \\(yayımcının rakamları değiştirilmeden\\)**" in line
    assert line.endswith("[bağlantı](<https://dtm.iom.int/reports/a%20b>)")
    assert "](" not in footer_line(_source(url="javascript:alert(1)", tier="publisher"), "en").split("·")[-1]
