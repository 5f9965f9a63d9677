"""Localisation: Babel number formats per language and completeness of the UI strings."""

from __future__ import annotations

import pytest

from indicators.i18n import LANGS, all_strings, fmt_date, fmt_number, fmt_percent, fmt_value, lang_or_default, translate


@pytest.mark.parametrize(
    ("value", "lang", "decimals", "expected"),
    [(3214567, "tr", 0, "3.214.567"), (3214567, "en", 0, "3,214,567"), (1234.5, "tr", 1, "1.234,5"),
     (1234.5, "en", 1, "1,234.5"), (None, "tr", 0, "–")],
)
def test_fmt_number(value, lang, decimals, expected):
    assert fmt_number(value, lang, decimals) == expected


@pytest.mark.parametrize(("value", "lang", "expected"), [(8.1, "tr", "%8,1"), (8.1, "en", "8.1%"),
                                                          (-3.5, "tr", "-%3,5")])
def test_fmt_percent_puts_the_sign_where_the_language_does(value, lang, expected):
    assert fmt_percent(value, lang, 1) == expected


def test_fmt_value_by_unit():
    assert fmt_value(2940735, "persons", "tr") == "2.940.735"
    assert fmt_value(7.256607, "percent", "en", 2) == "7.26%"
    assert fmt_date("2023-07-13", "tr") == "13 Tem 2023"
    assert fmt_date("2023-07-13", "en") == "13 Jul 2023"


def test_language_codes_from_urls_fall_back_to_english():
    assert lang_or_default("tr") == "tr"
    assert lang_or_default("<script>") == "en"
    assert lang_or_default(None) == "en"


def test_every_ui_string_reads_in_both_languages():
    for key in all_strings():
        for lang in LANGS:
            assert translate(all_strings()[key], lang, n=2).strip(), f"{key} is empty in {lang}"


def test_turkish_strings_use_turkish_letters_somewhere():
    turkish = " ".join(translate(all_strings()[key], "tr", n=2) for key in all_strings() if "{" not in translate(all_strings()[key], "tr", n=2))
    assert set("ışğİçöü") <= set(turkish)
