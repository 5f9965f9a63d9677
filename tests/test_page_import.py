"""The import page (AppTest through the real frame): not served without GCM_ENABLE_IMPORT=1; with it, a
template file built here is previewed (values replaced, values that differ by more than 1 %) and applied, and a
bad file is rejected naming sheet, row and column with nothing changed.

Applying is redirected to copies of the curated folder and source registry (the shared data/ is never
written); the real rebuild of the store and the new figure on the Overview are the browser test's
(tests/e2e/test_import_page.py)."""

from __future__ import annotations

import shutil
from pathlib import Path

import openpyxl
import pandas as pd
import pytest

from indicators import importer
from indicators.i18n import t
from indicators.paths import CURATED_DIR, SOURCES_FILE
from indicators.site import IMPORT_ENV, served_pages
from tests.test_pages import run_page

# tr_tp_syrians.csv: 2,366,922 on 2025-12-04 (a news page quoting PMM), the preferred value of 2025.
NATIONAL_CSV = "il,tarih,değer\nTürkiye,2025-12-04,2400000\n".encode()
URL = "https://www.goc.gov.tr/gecici-koruma5638"


@pytest.fixture()
def workspace(tmp_path: Path, monkeypatch):
    """Import enabled, and the page's apply writing into copies: returns (curated, sources.yaml, calls)."""
    monkeypatch.setenv(IMPORT_ENV, "1")
    curated = tmp_path / "curated"
    shutil.copytree(CURATED_DIR, curated)
    shutil.copyfile(SOURCES_FILE, tmp_path / "sources.yaml")
    calls = []

    def apply(imported, source):
        calls.append(source)
        return importer.apply_import(imported, source, curated, tmp_path / "sources.yaml", tmp_path / "imports")

    monkeypatch.setattr(importer, "apply_and_rebuild", apply)
    return curated, tmp_path / "sources.yaml", calls


def _links(at) -> list[str]:
    return [link.label for link in at.get("page_link")]


def test_without_the_flag_the_page_is_neither_listed_nor_served(monkeypatch):
    monkeypatch.delenv(IMPORT_ENV, raising=False)
    assert "import" not in [p.key for p in served_pages()]
    at = run_page("import", "en")  # a browser asking for /import_table
    assert not at.exception, [e.value for e in at.exception]
    assert at.title[0].value == t("page_overview", "en")  # the address does not exist: the default page opens
    assert t("page_import", "en") not in _links(at)
    assert not at.get("file_uploader")


@pytest.mark.parametrize("lang", ["en", "tr"])
def test_a_template_file_is_previewed_then_applied(workspace, lang):
    curated, sources_file, calls = workspace
    at = run_page("import", lang)
    assert not at.exception, [e.value for e in at.exception]
    assert at.title[0].value == t("page_import", lang) and t("page_import", lang) in _links(at)
    assert [i.value for i in at.info] == [t("import_waiting", lang)]
    at.file_uploader[0].set_value(("pmm.csv", NATIONAL_CSV, "text/csv"))
    at.selectbox(key="import_dataset").set_value("tr_tp_syrians")
    at.run()
    assert not at.exception, [e.value for e in at.exception]
    assert t("import_summary", lang, n=1, replaced=1, differs=1, added=0) in [m.value for m in at.markdown]
    expected = ["Türkiye", "2025-12-04", t("import_sex_total", lang), *(["2,400,000", "2,366,922", "+1.40%"]
                if lang == "en" else ["2.400.000", "2.366.922", "+%1,40"])]
    differs, replaced, every = at.dataframe  # in the page's order; the third is in the "every value" expander
    for frame in (differs, replaced, every):
        assert frame.value.values.tolist() == [expected]
    assert at.button(key="import_apply").disabled  # no source URL yet
    at.text_input(key="import_url").set_value(URL)
    at.run()
    at.button(key="import_apply").click()
    at.run()
    assert not at.exception, [e.value for e in at.exception]
    assert [s.value for s in at.success] == [t("import_applied", lang, n=1, file=r"pmm\.csv")]  # escaped
    assert at.file_uploader[0].value is None  # emptied: the same upload is not applied twice
    [source] = calls
    assert (source.tier, source.url, source.publisher) == ("publisher", URL, importer.TARGETS["tr_tp_syrians"].publisher)
    table = pd.read_csv(curated / "tr_tp_syrians.csv", dtype=str, keep_default_na=False)
    day = table[(table["geo"] == "TUR") & (table["date"] == "2025-12-04") & (table["age"] == "")]
    assert day.set_index("source_id")["status"].to_dict() == {"tr_kayserigundem_com_tr_ecc026c8": "alternative",
                                                             source.id: "preferred"}
    assert source.id in sources_file.read_text(encoding="utf-8")


def test_a_bad_file_names_sheet_row_and_column_and_changes_nothing(workspace, tmp_path):
    curated, sources_file, calls = workspace
    before = {p.name: p.read_bytes() for p in [*curated.glob("*.csv"), sources_file]}
    path = tmp_path / "pmm.xlsx"
    book = openpyxl.Workbook()
    book.active.title = "PMM"
    for row in (["il", "tarih", "değer"], ["Adana", "2026-01-15", 10], ["<b>Atlantis</b>", "2026-01-15", 5]):
        book.active.append(row)
    book.save(path)
    at = run_page("import", "tr")
    at.file_uploader[0].set_value(("pmm.xlsx", path.read_bytes(), "application/octet-stream"))
    at.selectbox(key="import_dataset").set_value("tr_tp_syrians_by_province")
    at.run()
    assert not at.exception, [e.value for e in at.exception]
    assert [e.value for e in at.error] == [t("import_bad_file", "tr")]
    # the cell's text is shown as plain text (st.text), never as Markdown or HTML
    assert [x.value for x in at.text] == ["pmm.xlsx: sheet PMM, row 3, column A (il): '<b>Atlantis</b>' is not one "
                                          "of the 81 provinces"]
    assert not at.get("button") and not at.dataframe and calls == []
    assert {p.name: p.read_bytes() for p in [*curated.glob("*.csv"), sources_file]} == before
