"""How a source record reads to a reader, in the reader's language: its vintage and licence without the
developer detail of the project's copies (commits, repository paths, file names), the curation's dated phrases
("figures dated 2020 to 2025-03-13") translated. The footer of every page, the overview's source notes and the
briefing's sources list all read a record through these functions, so a vintage is shortened one way only.
"""

from __future__ import annotations

import datetime as dt
import re

from babel.dates import format_skeleton

from .i18n import LOCALES, is_translation, t, translate
from .messages import Message, N_
from .sources import Source

_PROVENANCE = re.compile(r"\s*\([^()]*(?:GitHub|@|https?:)[^()]*\)")


def short_vintage(version: str) -> str:
    """The vintage of a source record without where our copy came from: the text before the first ";",
    without a parenthesis naming a repository, commit or URL (`WDI 2026-07-01`, `2025.12.1 (Global Trends
    2025 (corrected))`). The full record is in the footer and the downloads."""
    return _PROVENANCE.sub("", version.split(";")[0]).strip()


# What the reader of a briefing must not see (project standards): commit hashes, repository paths and file names.
_HASH = re.compile(r"\b(?=[0-9a-f]*[a-f])(?=[0-9a-f]*[0-9])[0-9a-f]{7,40}\b")  # hex with a letter and a digit
_FILE = re.compile(r"[\w./<>-]*\.(?:py|md|csv|xlsx?|rda|ya?ml|json|zip)\b|\b[a-z][\w-]*/[\w./<>-]+|\b[A-Za-z]+_\w+")
_DEVELOPER_WORDS = re.compile(r"GitHub|commit|@|copy in|copies|converted|byte-identical", re.IGNORECASE)
PARENTHESIS = re.compile(r"\s*\([^()]*\)")
_GITHUB = re.compile(r"^https://github\.com/([^/]+/[^/]+)")
# A parenthesis holding two English words running ("(Global Trends 2025 (corrected))"), and such words.
_ENGLISH_WORDS = re.compile(r"[A-Za-z]{3,} [A-Za-z]{3,}")
_ENGLISH_PARENTHESIS = re.compile(r"\s*\((?:[^()]|\([^()]*\))*?[A-Za-z]{3,} [A-Za-z]{3,}(?:[^()]|\([^()]*\))*\)")
# Vintages written by curation as "figures dated A to B", "download covering A to B", "undated page, stored c. Y".
_VINTAGES = (
    (re.compile(r"^figures dated (\S+) to (\S+)$"), "briefing_vintage_range"),
    (re.compile(r"^figures dated (\S+)$"), "briefing_vintage_single"),
    (re.compile(r"^download covering (\S+) to (\S+)$"), "briefing_vintage_download"),
    (re.compile(r"^undated page, stored c\. (\S+)$"), "briefing_vintage_undated"),
    (re.compile(r"^(\S+), adopted (\S+)$"), "briefing_vintage_adopted"),
    (re.compile(r"^(\S+ \d{4}) release$"), "briefing_vintage_release"),
    (re.compile(r"^c\. ([A-Z][a-z]+ \d{4})$"), "briefing_vintage_circa"),
)
# English dates in vintages ("31 Dec 2023", "c. July 2022"), rewritten in the reader's language by Babel.
_ENGLISH_DATE = re.compile(r"\b(?:(\d{1,2}) )?(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]* (\d{4})\b")
_MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")
ANNOTATION = re.compile(r"\s*[(\[][^()\[\]]*\b(?:copy|mirror|hosted|via|read|document-sharing)\b[^()\[\]]*[)\]]",
                         re.IGNORECASE)
_NEWS_LICENCE = "Official statistics (facts); page text © its publisher"
_CC = re.compile(r"CC BY(?:-[A-Z]{2})*(?: \d\.\d)?(?: IGO)?")


def has_developer_detail(text: str) -> bool:
    """Whether `text` holds a commit hash, a repository path or file name, or words about the project's copies."""
    return bool(_HASH.search(text) or _FILE.search(text) or _DEVELOPER_WORDS.search(text))


def without_developer_detail(text: str) -> str:
    """`text` without the parentheses that hold developer detail (outermost first), '' if some remains."""
    previous = None
    while previous != text:
        previous = text
        text = re.sub(r"\s*\((?:[^()]|\([^()]*\))*\)",
                      lambda m: "" if has_developer_detail(m.group(0)) else m.group(0), text).strip()
    return "" if has_developer_detail(text) else text


def reader_vintage(version: str, lang: str) -> str:
    """The vintage of a source record in the reader's language: the curation's dated phrases translated
    ("figures dated 2020 to 2025-03-13" → "rakamların tarihi: 2020 – 2025-03-13"); other vintages (release
    names, database versions) without the parts naming the project's copies, in English in full, in a
    translation without their English parentheses ("2025.12.1 (Global Trends 2025 (corrected))" → "2025.12.1")
    and only when no English phrase remains (release names such as "WDI 2026-07-01" stay)."""
    short = short_vintage(version)
    cleaned = without_developer_detail(short)
    # In a translation, parentheses in English (release names, the project's notes) are left out.
    bare = _ENGLISH_PARENTHESIS.sub("", cleaned).strip() if is_translation(lang) else cleaned
    for candidate in (short, cleaned, bare):  # "GRID 2023 release (last update 2023-11-15, …)"
        for pattern, key in _VINTAGES:
            match = pattern.match(candidate)
            if match:
                first, last = (_localised_dates(match.group(i), lang) for i in (1, match.lastindex))
                return t(key, lang, a=first, b=last)
    bare = _localised_dates(bare, lang)
    return "" if is_translation(lang) and _ENGLISH_WORDS.search(bare) else bare


def _localised_dates(text: str, lang: str) -> str:
    """`text` with its English dates ("31 Dec 2023", "July 2022") in `lang`'s format ("31 Ara 2023",
    "Temmuz 2022"); unchanged in English."""
    if not is_translation(lang):
        return text

    def local(match: re.Match) -> str:
        day, month, year = match.group(1), _MONTHS.index(match.group(2)) + 1, int(match.group(3))
        date = dt.date(year, month, int(day) if day else 1)
        return format_skeleton("yMMMd" if day else "yMMMM", date, locale=LOCALES[lang])

    return _ENGLISH_DATE.sub(local, text)


def reader_licence(licence: str, lang: str) -> str:
    """The licence in the reader's language: the Creative Commons code when the record names one (flagged
    when the record says it is not confirmed), the news-page phrase translated, MIT as is, else the
    publisher's terms of use."""
    if licence.startswith(_NEWS_LICENCE):
        return t("briefing_licence_news", lang)
    code = _CC.search(licence)
    if code and "not confirmed" in licence:
        return t("briefing_licence_unconfirmed", lang, code=code.group(0))
    if code:
        return code.group(0) + (" " + t("briefing_licence_nc", lang) if "non-commercial" in licence else "")
    if licence.startswith("MIT"):
        return "MIT"
    return t("briefing_licence_terms", lang)


def reader_url(url: str) -> str:
    """A source link without a commit: a GitHub file at a commit becomes its repository's address."""
    match = _GITHUB.match(url)
    return f"https://github.com/{match.group(1)}" if match and _HASH.search(url) else url


# Publishers as readers know them, by the exact publisher text of their source records: one explicit map, so
# that a Turkish page names UNHCR "BMMYK" and the World Bank "Dünya Bankası". Records not listed here (news
# sites, third-party pages) are named as their record names them.
PUBLISHER_NAMES: dict[str, Message] = {
    "UNHCR": N_("UNHCR"),
    "United Nations, Department of Economic and Social Affairs, Population Division": N_("UN DESA Population Division"),
    "World Bank": N_("World Bank"),
    "Internal Displacement Monitoring Centre (IDMC)": N_("Internal Displacement Monitoring Centre (IDMC)"),
    "International Organization for Migration (IOM)": N_("International Organization for Migration (IOM)"),
    "International Organization for Migration (IOM), Missing Migrants Project": N_("IOM Missing Migrants Project"),
    "United Nations Statistics Division": N_("UN Statistics Division"),
    "United Nations General Assembly": N_("UN General Assembly"),
    "United Nations Network on Migration": N_("UN Network on Migration"),
    "UN DESA Population Division and IOM (custodians), via the UN Global SDG Indicators Database":
        N_("UN Global SDG Indicators Database (UN DESA and IOM)"),
    "GCM Türkiye indicators project": N_("GCM Türkiye indicators project"),
    "UNHCR Turkey (reliefweb.int (UNHCR document))": N_("UNHCR Türkiye"),
    "UNHCR Turkey (reliefweb.int (UNHCR document, posted 2019-01-09))": N_("UNHCR Türkiye"),
    "UNHCR Operational Data Portal (figures of the Government of Türkiye), third-party export":
        N_("UNHCR Operational Data Portal (figures of the Government of Türkiye)"),
    "PMM (Göç İdaresi Başkanlığı) spreadsheet, verbatim copy in GitHub kcole93/turkey-closed-neighborhoods":
        N_("Presidency of Migration Management (PMM)"),
    "TÜİK (TurkStat) table, verbatim copy in GitHub okansafak/30DayMapChallenge2025": N_("TÜİK (TurkStat)"),
    "IOM Türkiye": N_("IOM Türkiye"),
}


def publisher_name(publisher: str, lang: str) -> str:
    """The publisher of a source record as readers know it in `lang` (`PUBLISHER_NAMES`), else as recorded."""
    message = PUBLISHER_NAMES.get(publisher)
    return translate(message, lang) if message is not None else publisher


def publisher_vintage(source: Source, lang: str) -> str:
    """`publisher (vintage)` of a source record in `lang`, or the publisher alone when the vintage does not read
    in `lang` (see `reader_vintage`)."""
    vintage = reader_vintage(source.version, lang)
    name = publisher_name(source.publisher, lang)
    return f"{name} ({vintage})" if vintage else name
