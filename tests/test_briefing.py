"""The briefing: content model, PDF (pypdf read-back) and DOCX (python-docx read-back), both languages.

Expected figures are quoted from the curated files (data/curated/*.csv), the objective titles from
data/curated/ref_objectives.csv and the Champion Countries from data/curated/ref_champions.csv.
"""

from __future__ import annotations

import datetime as dt
import io
import re
import zipfile

import docx
import pandas as pd
import pytest
from pypdf import PdfReader

from indicators import overview
from indicators.briefing import (
    ALL, KEY, MAX_FULL_INDICATORS, MAX_KEY_MESSAGES, VERDICT_STATUSES, WEB_COLOURS, BriefingOptions, build_briefing,
    default_scope, has_developer_detail, load_inputs, ordinal, reader_source, refs_text,
)
from indicators.briefing_docx import render_docx
from indicators.briefing_pdf import BriefingPDF, font_paths, render_pdf
from indicators.i18n import STATUS_BADGE_COLOURS
from indicators.paths import CURATED_DIR
from indicators.sources import Source, sources_by_id

DATE = dt.date(2026, 11, 27)
# data/curated/unhcr_population_by_asylum.csv: "unhcr_population_by_asylum,TUR,2024,,,,,,refugees,,2940735,..."
REFUGEES_2024 = {"en": "2,940,735", "tr": "2.940.735"}
# data/curated/tr_tp_syrians.csv: "tr_tp_syrians,TUR,2024,2024-12-31,...,2901478,...,preferred" (latest date of 2024)
TP_SYRIANS_2024 = {"en": "2,901,478", "tr": "2.901.478"}
# The key messages of the default briefing (latest data), figures from the curated files:
# unhcr_population_by_asylum.csv: TUR 2025 refugees 2390414, TUR 2018 refugees 3681688 (−1,291,274, −35.1 %);
# undesa_migrant_stock.csv: TUR 2024 7083501, TUR 2020 6580295 (+503,206, +7.6 %; the first value from 2018 on).
KEY_MESSAGES = {
    "en": ["Refugees hosted (UNHCR) was 2,390,414 persons in 2025 (UNHCR [",
           "That is -1,291,274 (-35.1%) since 2018, when it was 3,681,688 persons.",
           "International migrant stock was 7,083,501 persons in 2024 (UN DESA [",
           "That is +503,206 (+7.6%) since 2020, when it was 6,580,295 persons."],
    "tr": ["Barındırılan mülteciler (BMMYK) 2025 itibarıyla 2.390.414 kişi oldu (UNHCR [",
           "Bu, 3.681.688 kişi olan 2018 yılına göre -1.291.274 (-%35,1) demektir.",
           "Uluslararası göçmen stoku 2024 itibarıyla 7.083.501 kişi oldu (BM DESA [",
           "Bu, 6.580.295 kişi olan 2020 yılına göre +503.206 (+%7,6) demektir."],
}
# English words and phrases of the interface and of the source records that must not reach the Turkish
# briefing (titles of English-language publications, which are names, are not in the list).
ENGLISH_WORDS = ("figures dated", "Official statistics", "page text", "its publisher", "download covering",
                 "undated page", "not confirmed", "Page ", "Objective", "Indicator", "Latest", " since ",
                 "assessed", "Deterioration", "On track", "Insufficient", "Not enough", "desired direction",
                 "Key messages", "Scorecard", "Evidence", "Line chart", "terms of use", "Quoted by", "Third-party",
                 "Publisher", "copy", "GitHub", "Champion", "ranks", "persons", "Year", "Status", "Source")
SOURCE_LIST_ENGLISH = ("figures dated", "Official statistics", "page text", "its publisher", "download covering",
                       "undated page", "not confirmed", "terms of use", "Quoted by", "Third-party", "copy",
                       "GitHub", "mirror", "hosted", "converted")
# Developer detail: a hexadecimal run with a letter and a digit (commit), repository paths and file names,
# the store's table names.
HASH = re.compile(r"\b(?=[0-9a-f]*[a-f])(?=[0-9a-f]*[0-9])[0-9a-f]{7,40}\b")
PATHS = re.compile(r"docs/|indicators/|data/curated|\.py\b|\.md\b|sources\.yaml|\bref_[a-z]+|\bobs_[a-z]+")
# The default briefing (key indicators, latest data) measured 10 A4 pages in both languages (Dec 2026 store).
MAX_DEFAULT_PAGES = 12
SMALL_OBJECTIVES = (8, 20)
SMALL_CHARTS = 8


def _norm(text: str) -> str:
    """Whitespace collapsed: PDF text extraction breaks lines where the layout wrapped them."""
    return re.sub(r"\s+", " ", text).strip()


FOOTER = re.compile(r"\S[^\n]* (?:Page \d+ of \d+|Sayfa \d+ / \d+)\s*$")


def _pdf_text(reader: PdfReader) -> str:
    """The text of every page without its running footer (a paragraph may go on across the page break)."""
    return _norm(" ".join(FOOTER.sub("", page.extract_text()) for page in reader.pages))


def _docx_text(document) -> str:
    cells = [cell.text for table in document.tables for row in table.rows for cell in row.cells]
    return _norm(" ".join([p.text for p in document.paragraphs] + cells))


@pytest.fixture(scope="module")
def inputs():
    return load_inputs()


@pytest.fixture(scope="module")
def ref_objectives() -> pd.DataFrame:
    return pd.read_csv(CURATED_DIR / "ref_objectives.csv")


@pytest.fixture(scope="module", params=["en", "tr"])
def default(request, inputs):
    """The default briefing (every objective with data, key indicators, latest data), its PDF and DOCX."""
    lang = request.param
    content = build_briefing(BriefingOptions(lang=lang, date=DATE, scope=KEY), inputs)
    return lang, content, render_pdf(content, DATE), render_docx(content, DATE)


def test_page_one_is_the_summary_with_the_curated_figures(default, ref_objectives):
    lang, content, pdf, docx_bytes = default
    reader = PdfReader(io.BytesIO(pdf))
    page_one = _norm(reader.pages[0].extract_text())
    assert 5 <= len(content.key_messages) <= MAX_KEY_MESSAGES
    for phrase in KEY_MESSAGES[lang]:
        assert phrase in page_one, phrase
    for message in content.key_messages:
        assert _norm(message) in page_one
    # The scorecard: every chosen objective with indicators, its short title and status, on page 1.
    assert [r.objective for r in content.scorecard] == [1, 2, 4, 5, 6, 8, 9, 10, 11, 12, 15, 16, 19, 20, 21, 23]
    short = dict(zip(ref_objectives["objective"], ref_objectives["short_tr" if lang == "tr" else "short_en"],
                     strict=True))
    for row in content.scorecard:
        assert row.short_title == short[row.objective]
        assert _norm(f"{row.objective} · {row.short_title}") in page_one
        assert row.status_text in page_one and row.evidence_text.split(",")[0] in page_one
    paragraphs = _docx_text(docx.Document(io.BytesIO(docx_bytes)))
    for message in content.key_messages:
        assert _norm(message) in paragraphs


def test_champion_rank_of_refugees_hosted_is_read_from_the_curated_files(default):
    lang, content, _, _ = default
    champions = set(pd.read_csv(CURATED_DIR / "ref_champions.csv")["geo"])
    unhcr = pd.read_csv(CURATED_DIR / "unhcr_population_by_asylum.csv", keep_default_na=False)
    rows = unhcr[(unhcr["year"] == 2025) & (unhcr["type"] == "refugees") & (unhcr["sex"] == "")
                 & (unhcr["origin"] == "") & unhcr["geo"].isin(champions | {"TUR"})]
    values = rows.groupby("geo")["value"].sum()
    rank = int((values > values["TUR"]).sum()) + 1
    message = next(m for m in content.key_messages if "UNHCR" in m and "2025" in m)
    expected = {"en": f"Among the {len(values)} Champion Countries with data for 2025, Türkiye ranks "
                      f"{ordinal(rank, 'en')}.",
                "tr": f"2025 için verisi olan {len(values)} Şampiyon Ülke arasında Türkiye {rank}. sırada."}
    assert expected[lang] in message
    assert rank == 1


def test_turkish_briefing_holds_no_english_interface_words(inputs):
    content = build_briefing(BriefingOptions(lang="tr", date=DATE, scope=KEY), inputs)
    heading = content.headings["sources"]
    texts = {"pdf": _pdf_text(PdfReader(io.BytesIO(render_pdf(content, DATE)))),
             "docx": _docx_text(docx.Document(io.BytesIO(render_docx(content, DATE))))}
    for name, text in texts.items():
        body, _, sources = text.rpartition(heading)
        assert body and sources
        leaks = [w for w in ENGLISH_WORDS if w in body]
        assert not leaks, (name, leaks)
        # The sources list names publishers and publications as they call themselves (UNHCR, World Bank,
        # titles of English reports); its own words are Turkish.
        leaks = [w for w in SOURCE_LIST_ENGLISH if w in sources]
        assert not leaks, (name, leaks)


def test_no_commit_hash_path_table_name_or_source_id_in_either_document(default):
    lang, content, pdf, docx_bytes = default
    ids = [sid for sid in sources_by_id() if "_" in sid]
    for text in (_pdf_text(PdfReader(io.BytesIO(pdf))), _docx_text(docx.Document(io.BytesIO(docx_bytes)))):
        assert not HASH.findall(text)
        assert not PATHS.findall(text)
        assert not [sid for sid in ids if sid in text]
    method = " ".join(content.methodology)
    assert ("Veri ve kaynaklar → İlerleme yöntemi" if lang == "tr" else "Data and sources → Progress method") in method


def test_default_briefing_stays_within_the_page_bound(default):
    lang, content, pdf, _ = default
    reader = PdfReader(io.BytesIO(pdf))
    assert len(reader.pages) <= MAX_DEFAULT_PAGES
    for number, page in enumerate(reader.pages, start=1):
        label = f"Sayfa {number} / {len(reader.pages)}" if lang == "tr" else f"Page {number} of {len(reader.pages)}"
        assert label in page.extract_text()
    assert sum(len(page.images) for page in reader.pages) == len(content.sections) == 16
    assert reader.metadata.title == content.title
    assert reader.pages[0].mediabox.width == pytest.approx(595.28, abs=0.1)  # A4 in points


def test_every_docx_chart_has_its_sentence_as_alt_text_and_the_document_its_language(default):
    lang, content, _, docx_bytes = default
    document = docx.Document(io.BytesIO(docx_bytes))
    descriptions = [shape._inline.docPr.get("descr") for shape in document.inline_shapes]
    assert descriptions == [content.section(i).alt_text for o in content.objective_sections for i in o.indicator_ids]
    assert len(descriptions) == len(content.sections) and all(descriptions)
    # unhcr_population_by_asylum.csv: TUR refugees 2025 2390414.
    refugees = content.section("refugees_hosted").alt_text
    assert ("2.390.414 kişi" if lang == "tr" else "2,390,414 persons") in refugees
    tag = "tr-TR" if lang == "tr" else "en-GB"
    styles = zipfile.ZipFile(io.BytesIO(docx_bytes)).read("word/styles.xml").decode()
    defaults = re.search(r"<w:docDefaults>.*</w:docDefaults>", styles, re.S).group(0)
    assert f'w:val="{tag}"' in defaults and "en-US" not in defaults
    normal_lang = document.styles["Normal"].element.rPr.find(
        "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}lang")
    assert normal_lang.get("{http://schemas.openxmlformats.org/wordprocessingml/2006/main}val") == tag
    footer = document.sections[0].footer._element.xml
    assert "PAGE" in footer and "fldChar" in footer
    body = document.element.body.xml
    assert "TOC \\o" in body
    styles_used = {p.style.name for p in document.paragraphs}
    assert {"Heading 1", "Heading 2", "Heading 3"} <= styles_used
    objective_headings = [p.text for p in document.paragraphs if p.style.name == "Heading 2"]
    assert objective_headings == [o.heading for o in content.objective_sections]
    assert document.tables and document.tables[0].rows[0].cells[2].text == content.column("status")


def test_status_colours_are_the_webs_badge_colours(default):
    _, content, _, _ = default
    for row in content.scorecard:
        assert row.colour == WEB_COLOURS[STATUS_BADGE_COLOURS[row.status]]
    deterioration = next(r for r in content.scorecard if r.status == "deterioration")
    assert deterioration.colour == "#FF4B4B"  # Streamlit's red: the web shows "Deterioration" with a red badge


def test_peer_table_keeps_header_words_and_values_whole(inputs):
    content = build_briefing(BriefingOptions(lang="tr", objectives=(19, 20), year=2024, date=DATE), inputs)
    text = " ".join(p.extract_text() for p in PdfReader(io.BytesIO(render_pdf(content, DATE))).pages)
    assert re.search(r"\bKaynak\b", text) and "Kayna\n" not in text
    us = [v for r in content.peer_rows for v in r.values if v.startswith("US$")]
    assert us
    one_line = text.replace("\u00a0", " ")  # a wrapped value would hold a line break
    for value in us:
        assert value.replace("\u00a0", " ") in one_line
    pdf = BriefingPDF("t", "tr")
    headings = ["Gösterge", "Kaynak", "Türkiye'nin sırası"]
    widths = pdf.column_widths(headings, [["a b c d e f g h", "[1]", "3 ülke içinde 1."]], 7, (True, False, False))
    pdf.set_font("DejaVu", style="B", size=7)
    assert sum(widths) == pytest.approx(180)
    for width, heading in zip(widths, headings, strict=True):
        assert all(pdf.get_string_width(word) < width for word in heading.split())


def test_same_inputs_give_byte_identical_pdf_and_same_docx_text(inputs):
    options = BriefingOptions(lang="tr", objectives=SMALL_OBJECTIVES, peers=("DEU", "CAN"), year=2024, date=DATE)
    first, second = build_briefing(options, inputs), build_briefing(options, inputs)
    assert first == second and first.text() == second.text()
    pdf_a, pdf_b = render_pdf(first, DATE), render_pdf(second, DATE)
    assert pdf_a == pdf_b
    reader = PdfReader(io.BytesIO(pdf_a))
    assert sum(len(page.images) for page in reader.pages) == SMALL_CHARTS
    docs = [docx.Document(io.BytesIO(render_docx(c, DATE))) for c in (first, second)]
    assert _docx_text(docs[0]) == _docx_text(docs[1])


def test_options_select_objectives_peers_and_reference_year(inputs):
    content = build_briefing(BriefingOptions(lang="en", objectives=SMALL_OBJECTIVES, peers=("DEU", "CAN"),
                                             year=2024, date=DATE), inputs)
    assert {s.indicator_id for s in content.sections} == {
        "migrant_deaths_missing", "migrant_deaths_routes_turkiye", "mmp_incidents_count", "remittances_paid_usd",
        "remittances_received_gdp_pct", "remittances_received_usd", "remittance_cost_from", "remittance_cost_to"}
    assert all(year <= 2024 for s in content.sections for year, _ in s.series)
    assert content.peer_columns == ("Türkiye", "Germany", "Canada")
    assert content.date_line == "Date: 27 Nov 2026"
    assert [r.objective for r in content.scorecard] == [8, 20]
    assert [o.objective for o in content.objective_sections] == [8, 20]
    assert "reference year 2024" in content.as_of_line


def test_an_indicator_serving_two_objectives_is_shown_once_and_named_under_the_second(inputs):
    content = build_briefing(BriefingOptions(lang="en", objectives=(15, 16), year=2024, date=DATE), inputs)
    first, second = content.objective_sections
    assert "refugees_hosted" in first.indicator_ids and "refugees_hosted" not in second.indicator_ids
    assert "Refugees hosted (UNHCR) (see objective 15)" in second.see_also
    shown = [i for o in content.objective_sections for i in o.indicator_ids]
    assert sorted(shown) == sorted(s.indicator_id for s in content.sections)


def test_takeaway_and_latest_line_of_an_indicator(inputs):
    content = build_briefing(BriefingOptions(lang="en", objectives=(15,), year=2024, date=DATE), inputs)
    section = content.section("refugees_hosted")
    # unhcr_population_by_asylum.csv: TUR refugees 2024 2940735, 2018 3681688: −740,953 (−20.1 %).
    assert section.latest_text.startswith("Latest: 2,940,735 persons (2024), UNHCR [")
    assert section.takeaway == ("-740,953 (-20.1%) since 2018 (3,681,688 persons then); not assessed, as no "
                                "desired direction is defined for it.")


@pytest.mark.parametrize("options, message", [
    (BriefingOptions(objectives=(24,)), "not within 1..23"),
    (BriefingOptions(peers=("XXX",)), "unknown peer country code"),
    (BriefingOptions(peers=("AFG", "CAN", "COL", "DEU", "MEX", "IRN", "PAK")), "at most 6"),
    (BriefingOptions(scope="some"), "scope 'some' not one of"),
])
def test_bad_options_raise_with_the_reason(inputs, options, message):
    with pytest.raises(ValueError, match=message):
        build_briefing(options, inputs)


def test_headlines_are_the_overviews_with_their_change_since_2018(inputs):
    content = build_briefing(BriefingOptions(lang="en", year=2024, date=DATE), inputs)
    assert [h.indicator_id for h in content.headlines] == list(overview.HEADLINES)  # all 8 have Türkiye data
    figures = {h.indicator_id: h for h in content.headlines}
    assert (figures["refugees_hosted"].year, figures["refugees_hosted"].value_text) == (2024, REFUGEES_2024["en"])
    assert figures["tp_syrians"].value_text == TP_SYRIANS_2024["en"]
    # −740953 / 3681688 = −20.1 %.
    assert figures["refugees_hosted"].change_text == "-740,953 (-20.1%) since 2018"


def test_peer_rows_rank_turkiye_among_the_peers_with_a_value(inputs):
    content = build_briefing(BriefingOptions(lang="tr", objectives=(16,), peers=("DEU", "CAN"), year=2024,
                                             date=DATE), inputs)
    rows = {r.indicator_id: r for r in content.peer_rows}
    # data/curated/unhcr_population_by_asylum.csv, refugees 2024: TUR 2940735, DEU 2749266, CAN 269496.
    assert rows["refugees_hosted"].values == ("2.940.735", "2.749.266", "269.496")
    assert rows["refugees_hosted"].rank_text == "3 ülke içinde 1."


def test_comparisons_come_from_the_declared_national_international_pairs(inputs):
    content = build_briefing(BriefingOptions(lang="tr", objectives=(16,), peers=(), year=2024, date=DATE), inputs)
    assert len(content.comparisons) == 1
    row = content.comparisons[0]
    # UNHCR 2940735 (reference) vs PMM 2901478 in 2024: (2901478 − 2940735) / 2940735 = −1.3 %.
    assert (row.year, row.value_a, row.value_b, row.difference_text) == (2024, "2.940.735", "2.901.478", "-%1,3")


def test_key_scope_keeps_headlines_and_indicators_with_a_verdict(inputs):
    full = build_briefing(BriefingOptions(lang="en", year=2024, date=DATE), inputs)
    key = build_briefing(BriefingOptions(lang="en", year=2024, date=DATE, scope=KEY), inputs)
    assert len(full.sections) > MAX_FULL_INDICATORS and default_scope(len(full.sections)) == KEY
    assert default_scope(MAX_FULL_INDICATORS) == ALL
    expected = [s.indicator_id for s in full.sections
                if s.indicator_id in overview.HEADLINES or s.status in VERDICT_STATUSES]
    assert [s.indicator_id for s in key.sections] == expected
    assert {"migrant_deaths_missing", "remittance_cost_to", "refugees_hosted"} <= set(expected)
    assert "net_migration" not in expected and "asylum_applications" not in expected  # no verdict, no headline
    assert key.scope_line.endswith("Indicators: headline figures and those with a progress assessment only.")


def test_every_cited_source_is_listed_without_developer_detail(default):
    lang, content, pdf, _ = default
    text = _pdf_text(PdfReader(io.BytesIO(pdf)))
    assert [s.number for s in content.sources] == list(range(1, len(content.sources) + 1))
    cited = {n for s in content.sections for n in s.refs} | {n for r in content.peer_rows for n in r.refs}
    assert cited <= {s.number for s in content.sources}
    ids = [s.source_id for s in content.sources]
    assert "un_gcm_ares_73_195" in ids and "opensdg_progress" in ids
    assert ("gcm_tr_unofficial_translation" in ids) == (lang == "tr")
    compact = re.sub(r"\s", "", text)  # long links wrap anywhere
    for entry in content.sources:
        assert re.sub(r"\s", "", f"[{entry.number}] {entry.text()}") in compact, entry.source_id
        assert entry.tier and not has_developer_detail(entry.text().replace(entry.url, ""))


def test_reader_source_drops_the_projects_copy_and_translates_the_vintage():
    copy = Source(id="x_copy", publisher="World Bank", title="Personal remittances, paid (BM.TRF.PWKR.CD.DT)",
                  url="https://github.com/natesheehan/sdg_10C/blob/06f1c112aa/data/remit.csv",
                  version_producer="WDI 2021-09-15", date_accessed="",
                  licence="CC BY 4.0", citation="", tier="third_party_copy")
    en, tr = reader_source(1, copy, "en"), reader_source(1, copy, "tr")
    assert en.url == tr.url == "https://github.com/natesheehan/sdg_10C"
    assert en.version == tr.version == "WDI 2021-09-15"
    assert en.tier == "Third-party copy of the publisher's file"
    news = Source(id="x_news", publisher="haberhedefi.com", title="Başlık", url="https://haberhedefi.com/a",
                  figures_from="2020", figures_to="2025-03-13", date_accessed="",
                  licence="Official statistics (facts); page text © its publisher", citation="",
                  kind="news_quoting", tier="third_party_quote")
    assert reader_source(2, news, "tr").text() == (
        "haberhedefi.com. Başlık. Basın ya da üçüncü taraf sayfasından aktarım. 2020–2025-03-13 tarihli "
        "rakamlar. Resmî istatistik (olgular); sayfa metni © yayımcısı. https://haberhedefi.com/a")


def test_refs_text():
    assert refs_text((1,)) == "[1]" and refs_text((2, 5)) == "[2, 5]" and refs_text(()) == ""


def test_ordinal():
    assert [ordinal(n, "en") for n in (1, 2, 3, 4, 11, 12, 13, 21, 22)] == [
        "1st", "2nd", "3rd", "4th", "11th", "12th", "13th", "21st", "22nd"]
    assert ordinal(2, "tr") == "2."


def test_missing_font_names_the_debian_package(tmp_path):
    with pytest.raises(FileNotFoundError, match="fonts-dejavu-core"):
        font_paths(tmp_path)



def test_scorecard_rows_defend_their_verdicts(inputs):
    from indicators.briefing import _scorecard

    for lang in ("en", "tr"):
        rows, note = _scorecard(inputs, inputs.data, range(1, 24), lang)
        by_n = {r.objective: r for r in rows}
        for n in (1, 5, 23):
            assert by_n[n].status == "insufficient_evidence"
            assert any("2019 → 2021" in d for d in by_n[n].details)
            assert by_n[n].evidence_text.endswith("2019 → 2021")
        assert by_n[20].status == "limited_progress"
        assert by_n[20].details[0] == ("Inputs 2018 → 2020" if lang == "en" else "Veri yılları 2018 → 2020")
        assert sum(d.startswith("Dated input" if lang == "en" else "Eski veri") for d in by_n[20].details) == 2
        assert by_n[12].status_text == ("Not assessed: no desired direction" if lang == "en"
                                        else "Değerlendirilmedi: istenen yön tanımlı değil")
        assert 3 not in by_n  # no indicator: named in the note instead
    rows, note = _scorecard(inputs, inputs.data, range(1, 24), "en")
    # indicators, not indicator-objective pairs: 48 distinct indicators are mapped (45, plus TÜİK's foreign
    # residents absolute and per 1,000 and PMM's closed neighbourhoods, none with a desired direction),
    # 8 have a growth-rate score (2 UNHCR origin series, 3 deaths series, TP schooling, 2 remittance costs)
    assert note == "8 of 48 indicators assessed. No indicator yet for objectives 3, 7, 13, 14, 17, 18, 22."
    method = build_briefing(BriefingOptions(lang="en", objectives=(8,), date=DATE), inputs).methodology
    assert "proposes" in method[-1]  # the mapping status, with the evidence rule, in the method section
