"""Turkish and English: one gettext catalog for every text, and Babel's number and date formats
(`3.214.567` and `%8,1` in Turkish).

The source language is English. Every text the project says is an English message (marked with
`indicators.messages.N_`, `NP_`, `NN_`) translated through the catalog `locale/<lang>/LC_MESSAGES/messages.po`,
which is read and compiled in memory when first needed, so an edited `.po` file needs no separate compile step.
A message without a Turkish translation falls back to English; `tests/test_catalog.py` fails on any such entry.
"""

from __future__ import annotations

import datetime as dt
import gettext
import importlib
import io
import math
from functools import lru_cache

from babel import Locale
from babel.dates import format_date
from babel.messages.mofile import write_mo
from babel.messages.pofile import read_po
from babel.numbers import format_compact_decimal, format_decimal, format_percent

from .messages import NN_, NP_, Message, N_
from .paths import LOCALE_DIR
from .progress import STATUSES

LANGS = ("en", "tr")
DEFAULT_LANG = "en"
SOURCE_LANG = "en"
LOCALES = {"en": "en_GB", "tr": "tr_TR"}
CATALOG_DOMAIN = "messages"
# Where usage differs from CLDR's short forms: Turkish ministries and TÜİK write "Mlr" for milyar, CLDR "Mr".
COMPACT_SUFFIX_OVERRIDES = {"tr": {"\u00a0Mr": "\u00a0Mlr"}}  # CLDR joins with a no-break space


def catalog_path(lang: str):
    """The `.po` file holding the translations into `lang`."""
    return LOCALE_DIR / lang / "LC_MESSAGES" / f"{CATALOG_DOMAIN}.po"


@lru_cache(maxsize=len(LANGS))
def translator(lang: str) -> gettext.NullTranslations:
    """The gettext translations into `lang`, compiled from its `.po` file (English: the messages themselves).

    Fuzzy entries (English changed since the translation) are left out, so they show in English until reviewed.
    """
    if lang == SOURCE_LANG:
        return gettext.NullTranslations()
    with open(catalog_path(lang), "rb") as handle:
        catalog = read_po(handle, locale=LOCALES[lang])
    compiled = io.BytesIO()
    write_mo(compiled, catalog, use_fuzzy=False)
    compiled.seek(0)
    return gettext.GNUTranslations(compiled)


def translate(message: Message | str, lang: str, n: int | None = None) -> str:
    """`message` in `lang`; a plural message needs the count `n`. An empty message stays empty (gettext would
    return the catalog header for it)."""
    if isinstance(message, str):
        message = Message(message)
    if not message.msgid:
        return ""
    catalog = translator(lang)
    if message.plural is not None:
        if n is None:
            raise TypeError(f"the plural message {message.msgid!r} needs a count n")
        if message.context is not None:
            return catalog.npgettext(message.context, message.msgid, message.plural, n)
        return catalog.ngettext(message.msgid, message.plural, n)
    if message.context is not None:
        return catalog.pgettext(message.context, message.msgid)
    return catalog.gettext(message.msgid)


# Progress statuses: colour (Okabe–Ito, distinguishable for colour-blind readers) and the nearest named colour
# of st.badge (its text label always goes with it). Labels come from indicators.progress.STATUSES.
_STATUS_COLOURS: dict[str, tuple[str, str]] = {
    "target_achieved": ("#0072B2", "blue"),
    "threshold_met": ("#56B4E9", "blue"),
    "substantial_progress": ("#009E73", "green"),
    "moderate_progress": ("#F0E442", "yellow"),
    "limited_progress": ("#E69F00", "orange"),
    "deterioration": ("#D55E00", "red"),
    "category_improved": ("#009E73", "green"),
    "category_unchanged": ("#999999", "gray"),
    "category_worse": ("#D55E00", "red"),
    "not_available": ("#BBBBBB", "gray"),
    "no_direction": ("#DDDDDD", "gray"),
    "insufficient_evidence": ("#CC79A7", "violet"),
    "no_data": ("#E5E5E5", "gray"),
}
STATUS_LABELS: dict[str, Message] = {**STATUSES, "no_data": N_("No data")}
STATUS_COLOURS: dict[str, str] = {code: colour for code, (colour, _) in _STATUS_COLOURS.items()}
STATUS_BADGE_COLOURS: dict[str, str] = {code: badge for code, (_, badge) in _STATUS_COLOURS.items()}


def lang_tag(lang: str) -> str:
    """The BCP 47 tag of `lang`'s locale (`tr-TR`), for document metadata such as a PDF's or DOCX's language."""
    return LOCALES[lang].replace("_", "-")


def is_translation(lang: str) -> bool:
    """Whether `lang` is a translation of the source language: texts translated by this project (the GCM
    objective titles) are then marked as unofficial, and English-only notes are left out or labelled."""
    return lang != SOURCE_LANG


def lang_column(name: str, lang: str) -> str:
    """The column holding `name` in `lang` in a reference table with one column per language
    (`title_tr`, `name_en`); KeyError for a language outside `LANGS`."""
    if lang not in LANGS:
        raise KeyError(f"language {lang!r} not one of {LANGS}")
    return f"{name}_{lang}"


def ordinal(n: int, lang: str) -> str:
    """`2nd` in English, `2.` in Turkish: the message for the locale's ordinal plural category (CLDR)."""
    category = Locale.parse(LOCALES[lang]).ordinal_form(n)
    return translate(ORDINALS.get(category, ORDINALS["other"]), lang).format(n=n)


# One message per CLDR ordinal category of English (Turkish uses "other" only).
ORDINALS: dict[str, Message] = {
    "one": NP_("ordinal", "{n}st"),
    "two": NP_("ordinal", "{n}nd"),
    "few": NP_("ordinal", "{n}rd"),
    "other": NP_("ordinal", "{n}th"),
}


def lang_or_default(value: object) -> str:
    """A supported language code, or the default for anything else (query parameters are untrusted)."""
    return value if value in LANGS else DEFAULT_LANG


def status_label(status: str, lang: str) -> str:
    """The label of a progress status in `lang` ("Not enough data" for an unknown code)."""
    return translate(STATUS_LABELS.get(status, STATUS_LABELS["not_available"]), lang)


def coverage_text(assessed: int, total: int, lang: str) -> str:
    """"2 of 5 indicators assessed", singular for one indicator ("0 of 1 indicator assessed")."""
    return t("coverage", lang, count=total, assessed=assessed, total=total)


def status_colour(status: str) -> str:
    return STATUS_COLOURS.get(status, STATUS_COLOURS["not_available"])


def fmt_number(value: float | None, lang: str, decimals: int = 0) -> str:
    """A number with the language's grouping and decimal signs; '–' for missing."""
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return "–"
    pattern = "#,##0" + ("." + "0" * decimals if decimals > 0 else "")
    return format_decimal(value, format=pattern, locale=LOCALES[lang])


def fmt_percent(value: float | None, lang: str, decimals: int = 1) -> str:
    """`value` is already in percent (8.1 means 8.1 %): `8.1%` in English, `%8,1` in Turkish."""
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return "–"
    number = "#,##0" + ("." + "0" * decimals if decimals > 0 else "")
    # The locale's own pattern keeps the sign where CLDR puts it (first in Turkish: %8,1).
    pattern = Locale.parse(LOCALES[lang]).percent_formats[None].pattern.replace("#,##0", number)
    return format_percent(value / 100, format=pattern, locale=LOCALES[lang])


def fmt_compact(value: float | None, lang: str, decimals: int = 1) -> str:
    """Short form for large numbers: `3.6M` / `3,6 Mn` / `1,2 Mlr`."""
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return "–"
    text = format_compact_decimal(value, format_type="short", locale=LOCALES[lang], fraction_digits=decimals)
    for cldr, ours in COMPACT_SUFFIX_OVERRIDES.get(lang, {}).items():
        if text.endswith(cldr):
            text = text[: -len(cldr)] + ours
    return text


# Units of measurement, as read after a number (context "unit": "persons" here is not a column title).
UNIT_LABELS: dict[str, Message] = {
    "persons": NP_("unit", "persons"),
    "percent": NP_("unit", "%"),
    "usd": NP_("unit", "current US$"),
    "score": NP_("unit", "score"),
    "incidents": NP_("unit", "incidents"),
    "permits": NP_("unit", "permits"),
    "cases": NP_("unit", "cases"),
    "camps": NP_("unit", "camps"),
    "per_1000": NP_("unit", "per 1,000 inhabitants"),
    "per_100000": NP_("unit", "per 100,000 inhabitants"),
    "km2": NP_("unit", "km²"),
    "countries": NP_("unit", "countries"),
    "neighbourhoods": NP_("unit", "neighbourhoods and villages"),
}


def unit_label(unit: str, lang: str) -> str:
    """The unit's label in `lang`; KeyError for a unit outside `UNIT_LABELS` (the schema's UNITS are all here)."""
    return translate(UNIT_LABELS[unit], lang)


def fmt_value(value: float | None, unit: str, lang: str, decimals: int = 0) -> str:
    """A value with its unit: percent as `%8,1`, US$ compact (`US$1.0B`), counts grouped (`3.214.567`)."""
    if unit == "percent":
        return fmt_percent(value, lang, decimals if decimals else 1)
    if unit == "usd":
        if value is None or (isinstance(value, float) and math.isnan(value)):
            return "–"
        return "US$ " + fmt_compact(value, lang, 2)
    return fmt_number(value, lang, decimals)


def fmt_date(value: dt.date | str, lang: str) -> str:
    """A date in the language's medium format (`27 Nov 2026` / `27 Kas 2026`)."""
    if isinstance(value, str):
        value = dt.date.fromisoformat(value[:10])
    return format_date(value, format="medium", locale=LOCALES[lang])


STRINGS: dict[str, Message] = {
    "app_title": N_("GCM Türkiye indicators"),
    "app_subtitle": N_(
        "Global Compact for Safe, Orderly and Regular Migration: figures, their sources and how close each "
        "source is to the publisher",
    ),
    "tier": N_("Source tier"),
    "values_by_tier": N_("Values in the chart by source tier: {tiers}."),
    "tier_publisher": N_("Publisher's own table"),
    "tier_official_channel": N_("Official channel (publisher's figures unchanged)"),
    "tier_third_party_quote": N_("Quoted by a press or third-party page"),
    "tier_third_party_copy": N_("Third-party copy of the publisher's file"),
    "tier_project": N_("Made by this project (not a published figure)"),
    "tier_help": N_(
        "Source tiers: the publisher's own table; an official channel republishing it unchanged (both are official "
        "figures); a press or third-party page quoting it; a third-party copy of the publisher's file.",
    ),
    "language": N_("Language"),
    "page_overview": N_("Overview"),
    "page_objectives": N_("Objectives"),
    "page_peers": N_("Peers"),
    "page_maps": N_("Maps"),
    "page_national": N_("National and international figures"),
    "page_data": N_("Data and sources"),
    "page_briefing": N_("Briefing"),
    "sources_on_page": N_("Sources on this page"),
    "data_built": N_("Data store built"),
    "footer_link": N_("link"),
    "unofficial_translation": N_("Turkish objective titles are an unofficial translation."),
    "objective": N_("Objective"),
    "indicator": N_("Indicator"),
    "year": N_("Year"),
    "value": N_("Value"),
    "source": N_("Source"),
    "country": N_("Country"),
    "province": N_("Province"),
    "no_data": N_("No data"),
    "download_csv_shown": N_("Download CSV (shown)"),
    "download_csv_full": N_("Download CSV (full series)"),
    "coverage": NN_("{assessed} of {total} indicator assessed", "{assessed} of {total} indicators assessed"),
    "derived": N_("derived"),
    "target_label": N_("Target: {value}"),
    "threshold_label": N_("Threshold chosen by this project: {value}"),
}


# The modules of `indicators.text`, one per page or document, each exporting STRINGS = {key: message}.
TEXT_MODULES = ("accessibility", "briefing", "data", "exports", "frame", "import_table", "maps", "national",
                "objectives", "overview", "peers", "peers_over_time", "store_status", "summary")


@lru_cache(maxsize=1)
def all_strings() -> dict[str, Message]:
    """`STRINGS` merged with the STRINGS of every module in `TEXT_MODULES`; a key defined twice raises."""
    merged = dict(STRINGS)
    for name in TEXT_MODULES:
        module = importlib.import_module(f"{__package__}.text.{name}")
        for key, value in module.STRINGS.items():
            if key in merged:
                raise ValueError(f"UI string {key!r} defined twice (indicators/text/{name}.py)")
            merged[key] = value
    return merged


def t(key: str, lang: str, count: int | None = None, **kwargs: object) -> str:
    """The UI string `key` in `lang`, formatted with `kwargs`. `count` (else a placeholder `n`) chooses the
    plural form of a plural message. KeyError for an unknown key (caught by tests)."""
    if count is None and isinstance(kwargs.get("n"), int):
        count = kwargs["n"]
    text = translate(all_strings()[key], lang, count)
    return text.format(**kwargs) if kwargs else text
