"""The translation catalog as a maintainer sees it: extract the English messages from the code, update the
`.po` files (pybabel's `extract` and `update`, with this project's keywords), and list what a translator must
still do (missing, fuzzy, unused entries, placeholders that differ between the languages, glossary terms).

`python -m indicators translations` runs the update; `tests/test_catalog.py` fails on every problem listed here.
"""

from __future__ import annotations

import contextlib
import csv
import re
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from babel.messages.catalog import Catalog
from babel.messages.extract import extract_from_dir
from babel.messages.frontend import CommandLineInterface, parse_keywords, parse_mapping_cfg
from babel.messages.pofile import read_po

from .i18n import LANGS, LOCALES, SOURCE_LANG, catalog_path
from .paths import LOCALE_DIR, PROJECT_ROOT

# The markers of indicators.messages: N_(msgid), NP_(context, msgid), NN_(singular, plural).
KEYWORDS = ("N_", "NP_:1c,2", "NN_:1,2")
MAPPING_FILE = PROJECT_ROOT / "babel.cfg"
TEMPLATE = LOCALE_DIR / "messages.pot"
GLOSSARY = LOCALE_DIR / "glossary.csv"
GLOSSARY_LANG = "tr"  # the glossary lists the Turkish terms (a second language would get a column of its own)
LINE_WIDTH = 120
PLACEHOLDER = re.compile(r"\{[A-Za-z_][A-Za-z0-9_]*\}")

MessageKey = tuple[str | None, str | tuple[str, ...]]  # (context, msgid or (singular, plural))


def update_catalogs() -> None:
    """Extract the messages into the template and merge it into every language's `.po` (changed English
    becomes fuzzy, removed messages obsolete), as `pybabel extract` and `pybabel update` do."""
    keywords = [arg for kw in KEYWORDS for arg in ("-k", kw)]
    # From the project root, so that locations read `indicators/i18n.py` in every checkout and worktree.
    with contextlib.chdir(PROJECT_ROOT):
        CommandLineInterface().run([
            "pybabel", "-q", "extract", "-F", str(MAPPING_FILE), *keywords, "--no-default-keywords",
            "--add-location=file", "--sort-by-file", "-w", str(LINE_WIDTH), "-c", "Translators:",
            "--project", "GCM Türkiye indicators", "-o", str(TEMPLATE), "."])
    for lang in LANGS:
        if lang != SOURCE_LANG:
            CommandLineInterface().run([
                "pybabel", "-q", "update", "-i", str(TEMPLATE), "-d", str(LOCALE_DIR), "-l", lang,
                "-w", str(LINE_WIDTH), "--init-missing"])


def extracted_messages() -> set[MessageKey]:
    """Every (context, msgid) the code marks for translation, read as `pybabel extract` reads it."""
    with open(MAPPING_FILE, encoding="utf-8") as handle:
        method_map, options_map = parse_mapping_cfg(handle, str(MAPPING_FILE))
    found: set[MessageKey] = set()
    for _file, _line, msgid, _comments, context in extract_from_dir(
            PROJECT_ROOT, method_map, options_map, keywords=parse_keywords(list(KEYWORDS))):
        found.add((context, tuple(msgid) if isinstance(msgid, tuple) else msgid))
    return found


def read_catalog(lang: str) -> Catalog:
    with open(catalog_path(lang), "rb") as handle:
        return read_po(handle, locale=LOCALES[lang])


@dataclass(frozen=True)
class Problem:
    """One thing a translator must fix in a `.po` file."""

    lang: str
    kind: str  # missing, untranslated, fuzzy, unused, obsolete, placeholders, glossary
    msgid: str
    detail: str = ""

    def __str__(self) -> str:
        where = Path(catalog_path(self.lang)).relative_to(PROJECT_ROOT)
        return f"{where}: {self.kind}: {self.msgid[:80]!r}{' — ' + self.detail if self.detail else ''}"


def _key(message) -> MessageKey:
    return (message.context, tuple(message.id) if isinstance(message.id, (tuple, list)) else message.id)


def _first(msgid: str | tuple[str, ...]) -> str:
    return msgid if isinstance(msgid, str) else msgid[0]


def glossary() -> list[dict[str, str]]:
    """The terminology list (locale/glossary.csv): English term, the Turkish term, and `avoid`, a regular
    expression of the Turkish forms a translation must not use."""
    with open(GLOSSARY, encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))


def problems(lang: str) -> Iterator[Problem]:
    """Everything wrong with the catalog of `lang` against the code and the glossary."""
    catalog = read_catalog(lang)
    code = extracted_messages()
    held = {_key(m): m for m in catalog if m.id}
    for key in sorted(code - held.keys(), key=str):
        yield Problem(lang, "missing", _first(key[1]), "run ./dev.sh translations")
    for key in sorted(held.keys() - code, key=str):
        yield Problem(lang, "unused", _first(key[1]), "no longer in the code: delete the entry")
    for message in catalog.obsolete.values():
        yield Problem(lang, "obsolete", _first(message.id), "kept by pybabel update: reuse its text or delete it")
    avoid = [(row["avoid"], row["turkish"]) for row in glossary() if row["avoid"]] if lang == GLOSSARY_LANG else []
    for key, message in held.items():
        english = [message.id] if isinstance(message.id, str) else list(message.id)
        strings = [message.string] if isinstance(message.string, str) else list(message.string)
        if message.fuzzy:
            yield Problem(lang, "fuzzy", english[0], "the English changed: review the translation, drop 'fuzzy'")
        if not all(s.strip() for s in strings):
            yield Problem(lang, "untranslated", english[0])
            continue
        wanted = {p for e in english for p in PLACEHOLDER.findall(e)}
        for s in strings:
            if set(PLACEHOLDER.findall(s)) != wanted:
                yield Problem(lang, "placeholders", english[0],
                              f"English has {sorted(wanted)}, translation {sorted(set(PLACEHOLDER.findall(s)))}")
            for term, preferred in avoid:
                if re.search(rf"(?<!\w){term}(?!\w)", s):
                    yield Problem(lang, "glossary", english[0], f"write {preferred!r}, not {term!r}")
