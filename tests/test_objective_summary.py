"""The one-page objective summary (indicators/objective_summary.py, pypdf read-back) and its button on the
Objectives page. Figures are quoted from the curated files."""

from __future__ import annotations

import datetime as dt
import io
import re

import pytest
from pypdf import PdfReader

from indicators.briefing import load_inputs
from indicators.i18n import t
from indicators.objective_summary import build_objective_summary, objective_summary_pdf
from tests.test_pages import run_page

DATE = dt.date(2026, 11, 27)
HASH = re.compile(r"\b(?=[0-9a-f]*[a-f])(?=[0-9a-f]*[0-9])[0-9a-f]{7,40}\b")


def _text(pdf: bytes) -> tuple[int, str]:
    reader = PdfReader(io.BytesIO(pdf))
    return len(reader.pages), re.sub(r"\s+", " ", " ".join(p.extract_text() for p in reader.pages))


@pytest.fixture(scope="module")
def inputs():
    return load_inputs()


@pytest.mark.parametrize("lang", ["en", "tr"])
@pytest.mark.parametrize("objective", [1, 8, 16])
def test_summary_is_one_page_with_status_messages_and_sources(inputs, objective, lang):
    content = build_objective_summary(objective, lang, inputs, DATE)
    pages, text = _text(objective_summary_pdf(objective, lang, inputs, DATE))
    assert pages == 1
    section = content.objective_sections[0]
    assert section.objective == objective and section.heading in text
    assert section.status_text in text
    for message in content.key_messages:
        assert re.sub(r"\s+", " ", message) in text
    assert f"[{len(content.sources)}]" in text and not HASH.findall(text)


def test_summary_of_objective_16_leads_with_refugees_hosted(inputs):
    content = build_objective_summary(16, "tr", inputs, DATE)
    # data/curated/unhcr_population_by_asylum.csv: TUR 2025 refugees 2390414; 2018 3681688.
    assert content.key_messages[0].startswith("Barındırılan mülteciler (BMMYK) 2025 itibarıyla 2.390.414 kişi oldu")
    assert [r.objective for r in content.scorecard] == [16] and not content.peer_rows


def test_objective_without_indicator_is_refused(inputs):
    with pytest.raises(ValueError, match="objective 3 has no indicator"):
        objective_summary_pdf(3, "en", inputs, DATE)


@pytest.mark.parametrize("lang", ["en", "tr"])
def test_objectives_page_offers_the_summary_built_on_click(lang):
    at = run_page("objectives", lang, objective="8")
    assert not at.exception, [e.value for e in at.exception]
    button = next(b for b in at.get("download_button") if b.key == "objective_summary_pdf")
    assert button.proto.label == t("summary_download", lang)
    assert button.proto.deferred_file_id and not button.proto.url  # the PDF is built only when clicked
