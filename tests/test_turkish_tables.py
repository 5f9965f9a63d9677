"""The tables of every page in Turkish hold no English text, outside data that is in English and says so.

The browser test (tests/e2e/test_turkish_text.py) reads the text of a page; a table (`st.dataframe`) is drawn
on a canvas, so its headers and cells are read here, from the frames the pages hand to Streamlit (AppTest),
with the same English-only words and the same data exceptions.
"""

from __future__ import annotations

import json

import pandas as pd
import pytest

from indicators.catalogue import SECTION_KEYS
from indicators.paths import CURATED_DIR
from indicators.site import served_pages
from indicators.sources import sources_by_id
from tests.e2e.test_turkish_text import english_left
from tests.test_pages import run_page

# Columns of codes and links, not words: indicator codes, ISO3 codes, URLs.
CODE_COLUMNS = {"Kod", "Bağlantı", "URL", "Bağlantı A", "Bağlantı B"}


def registry_records() -> set[str]:
    """Texts of the source register and the SDG mapping shown as recorded, in English (the Data page's tabs say
    so): every record's version, licences, notes and access note, the UN's SDG indicator titles and the
    framework file's directions and caveats."""
    records = {text for s in sources_by_id().values()
               for text in (s.version_producer, s.version_title, s.licence, s.licence_derived, s.notes, s.date_accessed)}
    sdg = pd.read_csv(CURATED_DIR / "ref_sdg_gcm.csv", dtype=str, keep_default_na=False)
    mapping = set(sdg["title_en"]) | set(sdg["direction_or_target"]) | set(sdg["caveat"])
    return {" ".join(text.split()) for text in records | mapping if text}


def table_texts(table) -> list[str]:
    """The headers (as labelled) and the text cells of a shown table (AppTest element), hidden and code columns
    and the register's records left out."""
    frame: pd.DataFrame = table.value
    config = json.loads(table.proto.columns or "{}")
    recorded = registry_records()
    texts = []
    for column in frame.columns:
        settings = config.get(str(column), {})
        label = settings.get("label") or str(column)
        if settings.get("hidden") or label in CODE_COLUMNS:
            continue
        texts.append(label)
        cells = {" ".join(v.split()) for v in frame[column].dropna().unique() if isinstance(v, str)}
        texts += sorted(cells - recorded)
    return texts


# Every page, and every tab of the pages that build only their open tab.
TABLE_VIEWS = [(p.key, {}) for p in served_pages(maintainer=False)] + [
    ("objectives", {"tab": tab}) for tab in ("table", "map", "about")] + [
    ("data", {"section": section}) for section in list(SECTION_KEYS)[1:]]


@pytest.mark.parametrize(("key", "params"), TABLE_VIEWS,
                         ids=[f"{k}-{'-'.join(q.values()) or 'default'}" for k, q in TABLE_VIEWS])
def test_turkish_tables_hold_no_english(key, params):
    at = run_page(key, "tr", **params)
    assert not at.exception, [e.value for e in at.exception]
    texts = [text for table in at.dataframe for text in table_texts(table)]
    left = english_left(texts)
    assert not left, "English in the Turkish tables:\n" + "\n".join(
        f"  {text[:160]!r}: {', '.join(found)}" for text, found in left.items())
