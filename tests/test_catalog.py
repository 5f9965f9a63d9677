"""The translation catalog: every message the code marks is translated into Turkish, none is fuzzy or unused,
placeholders agree, the glossary's terms are used, and the template is what `pybabel extract` makes today."""

from __future__ import annotations

import io

import pytest
from babel.messages.catalog import Catalog
from babel.messages.pofile import read_po, write_po

from indicators import i18n, translations
from indicators.i18n import t, translate
from indicators.messages import NN_, NP_, N_


def test_no_translation_problems():
    found = [str(p) for p in translations.problems("tr")]
    assert not found, "\n".join(found)


def test_the_template_holds_what_the_code_marks():
    with open(translations.TEMPLATE, "rb") as handle:
        template = read_po(handle)
    held = {(m.context, tuple(m.id) if isinstance(m.id, (tuple, list)) else m.id) for m in template if m.id}
    assert held == translations.extracted_messages()


def _catalog_text(entries) -> bytes:
    catalog = Catalog(locale="tr")
    for msgid, string, flags in entries:
        catalog.add(msgid, string, flags=flags, context=None)
    out = io.BytesIO()
    write_po(out, catalog)
    return out.getvalue()


@pytest.fixture
def scratch_catalog(tmp_path, monkeypatch):
    """A Turkish catalog in a scratch folder, holding what the test writes, checked against `code`."""
    def make(entries, code):
        path = tmp_path / "tr" / "LC_MESSAGES" / "messages.po"
        path.parent.mkdir(parents=True)
        path.write_bytes(_catalog_text(entries))
        monkeypatch.setattr(translations, "catalog_path", lambda lang: path)
        monkeypatch.setattr(translations, "PROJECT_ROOT", tmp_path)
        monkeypatch.setattr(translations, "extracted_messages", lambda: code)
        return sorted((p.kind, p.msgid) for p in translations.problems("tr"))
    return make


def test_problems_name_missing_fuzzy_unused_placeholders_and_glossary(scratch_catalog):
    code = {(None, "Indicator"), (None, "{n} sources"), (None, "Briefing"), (None, "Legend"), (None, "Map")}
    found = scratch_catalog([
        ("Indicator", "Gösterge", ()),
        ("{n} sources", "{sayi} kaynak", ()),  # placeholder renamed in Turkish
        ("Briefing", "Brifing", ()),  # the glossary says Bilgi notu
        ("Legend", "Lejant", ("fuzzy",)),  # English changed since the translation
        ("Old text", "Eski metin", ()),  # no longer in the code
    ], code)
    assert found == [("fuzzy", "Legend"), ("glossary", "Briefing"), ("missing", "Map"),
                     ("placeholders", "{n} sources"), ("unused", "Old text")]


def test_translation_uses_the_catalog_with_context_and_plurals():
    assert translate(N_("Indicator"), "tr") == "Gösterge"
    assert translate(N_("Legend"), "tr") == "Lejant"
    # one English word, two Turkish ones: a heading and a column of counts
    assert translate(N_("Indicators"), "tr") == "Göstergeler"
    assert translate(NP_("number of", "Indicators"), "tr") == "Gösterge sayısı"
    coverage = NN_("{assessed} of {total} indicator assessed", "{assessed} of {total} indicators assessed")
    assert translate(coverage, "en", n=1) == "{assessed} of {total} indicator assessed"
    assert translate(coverage, "en", n=5) == "{assessed} of {total} indicators assessed"
    assert i18n.coverage_text(0, 1, "en") == "0 of 1 indicator assessed"
    assert i18n.coverage_text(2, 5, "tr") == "5 göstergeden 2 tanesi değerlendirildi"
    assert translate(N_(""), "tr") == ""  # gettext would answer the catalog header
    with pytest.raises(TypeError, match="needs a count"):
        translate(coverage, "tr")


def test_an_untranslated_message_shows_in_english():
    assert translate(N_("A text nobody has translated yet"), "tr") == "A text nobody has translated yet"


def test_glossary_terms_in_turkish():
    assert t("page_briefing", "tr") == "Bilgi notu"
    assert t("app_title", "tr") == "GKM Türkiye göstergeleri"
    assert i18n.fmt_compact(1.23e9, "tr") == "1,2\u00a0Mlr"
    assert i18n.fmt_compact(3.6e6, "tr") == "3,6\u00a0Mn"
    assert i18n.fmt_compact(1.23e9, "en") == "1.2bn"
