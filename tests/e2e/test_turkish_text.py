"""Every page of the registry in Turkish shows no English text, outside data that is in English and says so.

A shown text is English when it holds an *English-only word*: a word of the catalog's English messages that no
Turkish translation uses (`english_only_words`, from locale/tr/LC_MESSAGES/messages.po). Data that is English
by nature is left out of the check, taken from the data itself rather than listed by hand (`english_data`):
source records' titles, publishers and citations (shown as published), IOM's place names, the project's
English-only notes on source conflicts (captioned "in English" where shown), and the language names of the
language switch. Text of every tab and expander is read, shown or not; the pages that build only their open tab
(Objectives `tab=`, Data `section=`) are read once per tab. Chart and map canvases and the cells of data grids
are drawn, not text, and are not read (tests/test_turkish_tables.py reads the tables).
"""

from __future__ import annotations

import re
from functools import lru_cache

import pandas as pd
import pytest
from babel.messages.pofile import read_po
from playwright.sync_api import Page

from dashboard.state import LANG_NAMES
from indicators import maps, registry
from indicators.briefing import reader_source
from indicators.catalogue import SECTION_KEYS
from indicators.i18n import catalog_path
from indicators.paths import CURATED_DIR, PROJECT_ROOT
from indicators.site import served_pages
from indicators.sources import sources_by_id
from tests.e2e.conftest import wait_for_app

pytestmark = pytest.mark.e2e

_WORD = re.compile(r"[^\W\d_]{3,}")  # whole words, Turkish letters included ("yaşandığı" holds no "and")
_ASCII_WORD = re.compile(r"[A-Za-z]+")
_URL = re.compile(r"https?://\S+")
# Not words of a language: placeholders, URLs, e-mail addresses, file names and codes (`emigrant_stock`).
_NOT_WORDS = re.compile(r"\{[^}]*\}|`[^`]*`|https?://\S+|[\w.-]+@[\w.-]+|\b[\w-]+\.(?:csv|xlsx|png|svg|pdf|docx|md)\b"
                        r"|\b[a-z0-9]+(?:_[a-z0-9]+)+\b|\b[\w.-]+(?:/[\w.-]+)+")  # and paths: POP/DB/MIG/Stock

# Every page at its registry path, and the views of the Maps page (one script run each).
VIEWS = [(p.url_path, {}) for p in served_pages(maintainer=False)] + [
    ("maps", {"map": m}) for m in maps.MAPS if m != "provinces"] + [
    ("maps", {"map": "deaths", "deaths_scope": s}) for s in maps.DEATH_SCOPES if s != "routes"] + [
    ("objectives", {"tab": tab}) for tab in ("table", "map", "about")] + [  # only the open tab is built
    ("data", {"section": section}) for section in list(SECTION_KEYS)[1:]]

# Text nodes of the page's main area and sidebar, without icon ligatures ("download") and scripts.
_TEXTS = """() => {
  const out = [];
  for (const root of document.querySelectorAll("[data-testid='stMain'], [data-testid='stSidebar']")) {
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const parent = node.parentElement;
      if (!parent || parent.closest("script, style, [data-testid='stIconMaterial'], [data-testid='stIconEmoji']"))
        continue;
      for (const line of node.textContent.split("\\n")) {  // st.text: one entry a line
        const text = line.replace(/\\s+/g, " ").trim();
        if (text) out.push(text);
      }
    }
  }
  return out;
}"""


def words(text: str) -> set[str]:
    """The lower-cased words of three letters or more in `text` written in ASCII letters only (a word with a
    Turkish letter is not English), placeholders, URLs, file names and codes left out."""
    return {w.lower() for w in _WORD.findall(_NOT_WORDS.sub(" ", text)) if _ASCII_WORD.fullmatch(w)}


@lru_cache(maxsize=1)
def english_only_words() -> frozenset[str]:
    """Words of the catalog's English messages that no Turkish translation holds."""
    with open(catalog_path("tr"), "rb") as handle:
        catalog = read_po(handle, locale="tr_TR")
    english: set[str] = set()
    turkish: set[str] = set()
    for message in catalog:
        if not message.id:
            continue
        ids = message.id if isinstance(message.id, tuple) else (message.id,)
        strings = message.string if isinstance(message.string, tuple) else (message.string,)
        english |= set().union(*(words(i) for i in ids))
        turkish |= set().union(*(words(s) for s in strings))
    return frozenset(english - turkish)


@lru_cache(maxsize=1)
def english_data() -> tuple[str, ...]:
    """Texts that are data in English, longest first: source titles, publishers and citations (as published),
    IOM's place names, the curators' notes on values and on source conflicts and the producers' descriptions of
    indicators (pages caption them "in English"), and the names of the languages in the language switch."""
    texts: set[str] = set(LANG_NAMES.values()) | {"Dil / Language"}
    for source in sources_by_id().values():
        texts |= {source.title, source.publisher, source.quoted_publisher, source.citation}
        shown = reader_source(0, source, "tr")  # as the briefing lists it, without the project's notes
        texts |= {shown.title, shown.publisher}
    texts |= {ind.producer_description for ind in registry.all_indicators()}  # "as published, in English"
    for path in sorted(CURATED_DIR.glob("*.csv")):
        frame = pd.read_csv(path, dtype=str, keep_default_na=False)
        for column in ("note", "location", "handling"):
            if column in frame.columns:
                texts |= set(frame[column])
    texts = {" ".join(x.split()) for x in texts}  # as a page shows them: runs of spaces are one
    return tuple(sorted((x for x in texts if len(x) >= 3), key=len, reverse=True))


@lru_cache(maxsize=1)
def english_documents() -> tuple[str, ...]:
    """Documents shown in English only, with a caption saying so: the progress method (Data page), as text
    without its Markdown marks and line breaks."""
    markdown = (PROJECT_ROOT / "docs" / "progress-method.md").read_text(encoding="utf-8")
    text = re.sub(r"\[([^\]]*)\]\([^)]*\)", r"\1", markdown)  # links: their text
    return (_plain(text),)


def _plain(text: str) -> str:
    """`text` without the Markdown marks a page does not show, on one line."""
    return " ".join(re.sub(r"[*`#>|]", "", text).split())


def _without(data: tuple[str, ...], text: str) -> str:
    """`text` with every occurrence of the `data` texts blanked out."""
    for item in data:
        if item in text:
            text = text.replace(item, " ")
    return text


def english_left(texts: list[str]) -> dict[str, list[str]]:
    """{shown text: its English-only words} for the texts holding any once English data is taken out."""
    only = english_only_words()
    out: dict[str, list[str]] = {}
    for text in dict.fromkeys(texts):
        if any(_plain(text) in document for document in english_documents()):
            continue
        # Data holding a URL (citations) first, then the URLs, which hold names of data ("…gazette.com/dtm-…").
        rest = _without(tuple(d for d in english_data() if _URL.search(d)), text)
        rest = _without(english_data(), _URL.sub(" ", rest))
        found = sorted(words(rest) & only)
        if found:
            out[text] = found
    return out


def test_english_only_words_come_from_the_catalog():
    only = english_only_words()
    # "Refugees hosted" is translated ("Barındırılan mülteciler"); "CSV" is the same word in both languages.
    assert {"refugees", "hosted"} <= only
    assert "csv" not in only and "pdf" not in only
    assert english_left(["Barındırılan mülteciler (BMMYK)", "Refugees hosted"]) == {
        "Refugees hosted": ["hosted", "refugees"]}


@pytest.mark.parametrize(("path", "params"), VIEWS, ids=[f"{p}-{'-'.join(q.values()) or 'default'}" for p, q in VIEWS])
def test_turkish_page_shows_no_english(page: Page, app_url: str, path: str, params: dict[str, str]):
    query = "&".join(f"{k}={v}" for k, v in {"lang": "tr", **params}.items())
    page.goto(f"{app_url}/{path}?{query}")
    wait_for_app(page)
    texts = page.evaluate(_TEXTS)
    assert len(texts) > 20, texts  # the page has drawn its content
    left = english_left(texts)
    assert not left, "English text in the Turkish page:\n" + "\n".join(
        f"  {text[:160]!r}: {', '.join(found)}" for text, found in left.items())
