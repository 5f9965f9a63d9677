"""The briefing: content model, PDF (pypdf read-back) and DOCX (python-docx read-back), both languages.

Expected figures are quoted from the curated files; the objective titles are read from
data/curated/ref_objectives.csv and the source titles from data/sources.yaml.
"""

from __future__ import annotations

import datetime as dt
import io
import re

import docx
import pandas as pd
import pytest
from pypdf import PdfReader

from indicators import overview
from indicators.briefing import (
    ALL, KEY, MAX_FULL_INDICATORS, BriefingOptions, build_briefing, default_scope, load_inputs,
    refs_text,
)
from indicators.briefing_docx import render_docx
from indicators.briefing_pdf import font_paths, render_pdf
from indicators.paths import CURATED_DIR

DATE = dt.date(2026, 11, 27)
# data/curated/unhcr_population_by_asylum.csv: "unhcr_population_by_asylum,TUR,2024,,,,,,refugees,,2940735,..."
REFUGEES_2024 = {"en": "2,940,735", "tr": "2.940.735"}
# data/curated/tr_tp_syrians.csv: "tr_tp_syrians,TUR,2024,2024-12-31,...,2901478,...,preferred" (latest date of 2024)
TP_SYRIANS_2024 = {"en": "2,901,478", "tr": "2.901.478"}
# Objectives 8 and 20 have these country-level indicators with a Türkiye series (indicators/catalog/iom.py and
# worldbank.py): 8: migrant_deaths_missing, migrant_deaths_routes_turkiye, mmp_incidents_count;
# 20: remittances_paid_usd, remittances_received_gdp_pct, remittances_received_usd, remittance_cost_from,
# remittance_cost_to.
SMALL_OBJECTIVES = (8, 20)
SMALL_CHARTS = 8


def _norm(text: str) -> str:
    """Whitespace collapsed: PDF text extraction breaks lines where the layout wrapped them."""
    return re.sub(r"\s+", " ", text).strip()


def _pdf_text(reader: PdfReader) -> str:
    return _norm(" ".join(page.extract_text() for page in reader.pages))


@pytest.fixture(scope="module")
def inputs():
    return load_inputs()


@pytest.fixture(scope="module")
def ref_objectives() -> pd.DataFrame:
    return pd.read_csv(CURATED_DIR / "ref_objectives.csv")


@pytest.fixture(scope="module", params=["en", "tr"])
def full(request, inputs):
    """The default briefing (every objective with data) for 2024, its PDF and its DOCX."""
    lang = request.param
    content = build_briefing(BriefingOptions(lang=lang, year=2024, date=DATE), inputs)
    pdf = render_pdf(content, DATE)
    return lang, content, pdf, render_docx(content, DATE)


def test_headline_figures_are_formatted_for_the_language(full):
    lang, content, pdf, _ = full
    figures = {h.indicator_id: (h.year, h.value_text) for h in content.headlines}
    assert figures["refugees_hosted"] == (2024, REFUGEES_2024[lang])
    assert figures["tp_syrians"] == (2024, TP_SYRIANS_2024[lang])
    text = _pdf_text(PdfReader(io.BytesIO(pdf)))
    assert REFUGEES_2024[lang] in text and TP_SYRIANS_2024[lang] in text
    other = "en" if lang == "tr" else "tr"
    assert REFUGEES_2024[other] not in text


def test_pdf_holds_the_23_objective_titles(full, ref_objectives):
    lang, _, pdf, _ = full
    text = _pdf_text(PdfReader(io.BytesIO(pdf)))
    column = "title_tr" if lang == "tr" else "title_en"
    assert len(ref_objectives) == 23
    for title in ref_objectives[column]:
        assert _norm(title) in text, title


def test_source_entries_name_their_tier_in_the_briefing_language(full):
    lang, content, _, _ = full
    entry = next(e for e in content.sources if e.source_id == "tr_displacement_iom_int_5fe7d6ed")
    expected = {"en": "Official channel (publisher's figures unchanged)",
                "tr": "Resmî kanal (yayımcının rakamları değiştirilmeden)"}[lang]
    assert entry.tier == expected and f" {expected}. " in entry.text()


def test_every_cited_source_is_listed_and_numbered(full):
    lang, content, pdf, _ = full
    text = _pdf_text(PdfReader(io.BytesIO(pdf)))
    assert [s.number for s in content.sources] == list(range(1, len(content.sources) + 1))
    cited = {n for h in content.headlines for n in h.refs} | {n for s in content.sections for n in s.refs}
    cited |= {n for r in content.peer_rows for n in r.refs}
    assert cited <= {s.number for s in content.sources}
    ids = [s.source_id for s in content.sources]
    # The GCM itself (the objective titles) and the progress method are always cited.
    assert "un_gcm_ares_73_195" in ids and "opensdg_progress" in ids
    assert ("gcm_tr_unofficial_translation" in ids) == (lang == "tr")
    # The running footer (title and page number) can fall inside a long entry where the page breaks.
    footer = re.escape(content.title[:90]) + r" (?:Page \d+ of \d+|Sayfa \d+ / \d+) "
    text = re.sub(footer, "", text)
    for entry in content.sources:
        assert _norm(f"[{entry.number}] {entry.publisher}. {entry.title}") in text, entry.source_id
        assert _norm(entry.licence) in text


def test_pdf_pages_are_numbered_and_charts_are_images(full):
    lang, content, pdf, _ = full
    reader = PdfReader(io.BytesIO(pdf))
    total = len(reader.pages)
    for number, page in enumerate(reader.pages, start=1):
        label = f"Sayfa {number} / {total}" if lang == "tr" else f"Page {number} of {total}"
        assert label in page.extract_text()
    assert sum(len(page.images) for page in reader.pages) == len(content.sections) > 20
    assert reader.metadata.title == content.title
    assert reader.pages[0].mediabox.width == pytest.approx(595.28, abs=0.1)  # A4 in points


def test_docx_holds_the_same_figures(full, ref_objectives):
    lang, content, _, docx_bytes = full
    document = docx.Document(io.BytesIO(docx_bytes))
    cells = [_norm(cell.text) for table in document.tables for row in table.rows for cell in row.cells]
    paragraphs = _norm(" ".join(p.text for p in document.paragraphs))
    assert REFUGEES_2024[lang] in cells and TP_SYRIANS_2024[lang] in cells
    column = "title_tr" if lang == "tr" else "title_en"
    for number, title in zip(ref_objectives["objective"], ref_objectives[column], strict=True):
        assert f"{number}. {_norm(title)}" in cells
    assert len(document.inline_shapes) == len(content.sections)
    for entry in content.sources:
        assert f"[{entry.number}] {_norm(entry.text())}" in paragraphs
    assert document.core_properties.created == dt.datetime(2026, 11, 27, tzinfo=dt.UTC)


def test_same_inputs_give_byte_identical_pdf_and_same_docx_text(inputs):
    options = BriefingOptions(lang="tr", objectives=SMALL_OBJECTIVES, peers=("DEU", "CAN"), year=2024, date=DATE)
    first, second = build_briefing(options, inputs), build_briefing(options, inputs)
    assert first == second and first.text() == second.text()
    pdf_a, pdf_b = render_pdf(first, DATE), render_pdf(second, DATE)
    assert pdf_a == pdf_b
    reader = PdfReader(io.BytesIO(pdf_a))
    assert sum(len(page.images) for page in reader.pages) == SMALL_CHARTS
    docs = [docx.Document(io.BytesIO(render_docx(c, DATE))) for c in (first, second)]
    texts = [[p.text for p in d.paragraphs] + [c.text for t in d.tables for r in t.rows for c in r.cells] for d in docs]
    assert texts[0] == texts[1]


def test_options_select_objectives_peers_and_reference_year(inputs):
    content = build_briefing(BriefingOptions(lang="en", objectives=SMALL_OBJECTIVES, peers=("DEU", "CAN"),
                                             year=2024, date=DATE), inputs)
    assert {s.indicator_id for s in content.sections} == {
        "migrant_deaths_missing", "migrant_deaths_routes_turkiye", "mmp_incidents_count", "remittances_paid_usd",
        "remittances_received_gdp_pct", "remittances_received_usd", "remittance_cost_from", "remittance_cost_to"}
    assert all(year <= 2024 for s in content.sections for year, _ in s.series)
    assert content.peer_columns == ("Türkiye", "Germany", "Canada")
    assert content.date_line == "Date: 27 Nov 2026"
    assert len(content.scorecard) == 23
    assert "reference year 2024" in content.as_of_line


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
    # data/curated/unhcr_population_by_asylum.csv: TUR 2018 refugees 3681688; 2940735 − 3681688 = −740953,
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


def test_key_scope_keeps_headlines_and_assessed_indicators(inputs):
    full = build_briefing(BriefingOptions(lang="en", year=2024, date=DATE), inputs)
    key = build_briefing(BriefingOptions(lang="en", year=2024, date=DATE, scope=KEY), inputs)
    assert len(full.sections) > MAX_FULL_INDICATORS and default_scope(len(full.sections)) == KEY
    assert default_scope(MAX_FULL_INDICATORS) == ALL
    expected = [s.indicator_id for s in full.sections
                if s.indicator_id in overview.HEADLINES or s.status not in ("not_available", "no_direction")]
    assert [s.indicator_id for s in key.sections] == expected
    assert {"migrant_deaths_missing", "remittance_cost_to", "refugees_hosted"} <= set(expected)
    assert "net_migration" not in expected  # neither a headline nor assessed
    assert key.scope_line.endswith("Indicators: headline figures and those with a progress assessment only.")
    assert len(key.headlines) == len(full.headlines) and len(key.scorecard) == 23


def test_refs_text():
    assert refs_text((1,)) == "[1]" and refs_text((2, 5)) == "[2, 5]" and refs_text(()) == ""


def test_missing_font_names_the_debian_package(tmp_path):
    with pytest.raises(FileNotFoundError, match="fonts-dejavu-core"):
        font_paths(tmp_path)


def test_scorecard_rows_defend_their_verdicts():
    from indicators.briefing import ScorecardRow, _scorecard

    inputs = load_inputs()
    for lang in ("en", "tr"):
        rows, note = _scorecard(inputs, inputs.data, lang)
        by_n = {r.objective: r for r in rows}
        for n in (1, 5, 23):
            assert by_n[n].status == "insufficient_evidence"
            assert any("2019 → 2021" in d for d in by_n[n].details)
        assert by_n[20].status == "limited_progress"
        assert by_n[20].details[0] == ("Inputs 2018 → 2020" if lang == "en" else "Veri yılları 2018 → 2020")
        assert sum(d.startswith("Dated input" if lang == "en" else "Eski veri") for d in by_n[20].details) == 2
        assert by_n[12].status_text == ("Not assessed: no desired direction" if lang == "en"
                                        else "Değerlendirilmedi: istenen yön tanımlı değil")
    rows, note = _scorecard(inputs, inputs.data, "en")
    # indicators, not indicator-objective pairs: 48 distinct indicators are mapped (45, plus TÜİK's foreign
    # residents absolute and per 1,000 and PMM's closed neighbourhoods, none with a desired direction),
    # 8 have a growth-rate score (2 UNHCR origin series, 3 deaths series, TP schooling, 2 remittance costs)
    assert note.startswith("8 of 48 indicators assessed.")
    assert "proposes" in note
    assert ScorecardRow(1, "t", "no_data", "x", "#fff", "0 of 1 assessed", ("a", "b")).evidence_text() == \
        "0 of 1 assessed\na\nb"
