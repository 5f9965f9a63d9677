"""How a source record reads to a reader, in the reader's language: its publisher as readers know it, its
licence, and its title without the developer detail of the project's copies (commits, repository paths, file
names). The vintage is the record's own short field (`indicators.sources.vintage`): no text is parsed for it.
The footer of every page, the overview's source notes and the briefing's sources list read a record through
these functions.
"""

from __future__ import annotations

import re

from .i18n import t, translate
from .messages import Message, N_
from .sources import Source, vintage

# What the reader of a briefing must not see (project standards): commit hashes, repository paths and file names.
_HASH = re.compile(r"\b(?=[0-9a-f]*[a-f])(?=[0-9a-f]*[0-9])[0-9a-f]{7,40}\b")  # hex with a letter and a digit
_FILE = re.compile(r"[\w./<>-]*\.(?:py|md|csv|xlsx?|rda|ya?ml|json|zip)\b|\b[a-z][\w-]*/[\w./<>-]+|\b[A-Za-z]+_\w+")
_DEVELOPER_WORDS = re.compile(r"GitHub|commit|@|copy in|copies|converted|byte-identical", re.IGNORECASE)
PARENTHESIS = re.compile(r"\s*\([^()]*\)")
_GITHUB = re.compile(r"^https://github\.com/([^/]+/[^/]+)")
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
    """`publisher (vintage)` of a source record in `lang` (the vintage of `indicators.sources.vintage`), or the
    publisher alone for a record without one."""
    version = vintage(source, lang)
    name = publisher_name(source.publisher, lang)
    return f"{name} ({version})" if version else name
