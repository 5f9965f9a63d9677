"""Importing a publisher's own province table (issue 8 §3): the TÜİK ADNKS layout, the template in CSV and
XLSX with Turkish and English headers, bad files rejected naming sheet, row and column, and a good one merged
as a publisher-tier source that `curate` applies again."""

from __future__ import annotations

import shutil
from pathlib import Path

import openpyxl
import pandas as pd
import pytest
from typer.testing import CliRunner

from indicators import importer
from indicators.cli import app
from indicators.curate import curate_all
from indicators.paths import CURATED_DIR, SOURCES_FILE
from indicators.sources import read_sources

OFFICIAL = "turkiye_national/official/tuik_adnks2023_foreign_population_by_province_sex_2022_2023.xls"
REFERENCE = pd.read_csv(CURATED_DIR / "ref_provinces.csv", dtype=str, keep_default_na=False)


@pytest.fixture()
def workspace(tmp_path: Path):
    """Copies of the curated folder and source registry, and an empty imports folder."""
    curated = tmp_path / "curated"
    shutil.copytree(CURATED_DIR, curated)
    shutil.copyfile(SOURCES_FILE, tmp_path / "sources.yaml")
    return curated, tmp_path / "sources.yaml", tmp_path / "imports"


def test_template_csv_with_turkish_headers_and_names_in_any_case(tmp_path):
    path = tmp_path / "pmm.csv"
    path.write_text("İl,Tarih,Değer\nİSTANBUL,2026-01-15,400000\nkilis,2026-01-15,50000\n", encoding="utf-8")
    imported = importer.read_import(path, "tr_tp_syrians_by_province", REFERENCE)
    assert imported.layout == "template"
    assert list(zip(imported.rows["geo"], imported.rows["value"])) == [("TR-34", 400000.0), ("TR-79", 50000.0)]
    assert set(imported.rows["type"]) == {""} and set(imported.rows["year"]) == {2026}


def test_template_xlsx_with_english_headers_and_plate_codes(tmp_path):
    path = tmp_path / "pmm.xlsx"
    book = openpyxl.Workbook()
    book.active.append(["plate_code", "date", "value", "sex"])
    book.active.append([6, "2026-01-15", 1200, "female"])
    book.active.append([6, "2026-01-15", 1300, "erkek"])
    book.save(path)
    rows = importer.read_import(path, "tr_tp_syrians_by_province", REFERENCE).rows
    assert list(zip(rows["geo"], rows["sex"], rows["value"])) == [("TR-06", "female", 1200.0), ("TR-06", "male", 1300.0)]


@pytest.mark.parametrize(("text", "message"), [
    ("il,tarih,değer\nAdana,2026-01-15,10\nAtlantis,2026-01-15,5\n", r"sheet csv, row 3, column A \(il\): 'Atlantis'"),
    ("il,tarih,değer\nAdana,15.01.2026,10\n", r"row 2, column B \(tarih\): '15.01.2026' is not a date"),
    ("il,tarih,değer\nAdana,2026-01-15,ten\n", r"row 2, column C \(değer\): 'ten' is not a count"),
    ("il,değer\nAdana,10\n", r"row 1: missing column\(s\) \['date'\]"),
])
def test_bad_files_are_rejected_naming_sheet_row_and_column(tmp_path, text, message):
    path = tmp_path / "bad.csv"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(importer.ImportFileError, match=message):
        importer.read_import(path, "tr_tp_syrians_by_province", REFERENCE)


def test_the_real_tuik_table_previews_without_differences(raw_dir):
    imported = importer.read_import(raw_dir / OFFICIAL, "tuik_foreign_population_by_province", REFERENCE)
    assert imported.layout == "tuik_adnks_foreign" and len(imported.rows) == 81 * 2 * 3
    assert imported.sha256.startswith("40632748")  # the README's sha256 of the file
    changes = importer.preview(imported, pd.read_csv(CURATED_DIR / "tuik_foreign_population_by_province.csv",
                                                     dtype=str, keep_default_na=False).astype({"value": "float64"}))
    assert changes["current"].notna().all() and not changes["differs"].any()


def test_apply_prefers_the_import_keeps_the_replaced_value_and_survives_curation(workspace, raw_dir, tmp_path):
    curated, sources_file, imports = workspace
    path = tmp_path / "pmm.csv"
    # tr_tp_syrians_by_province.csv row 104: İstanbul 531,673 on 2023-07-13 (a news page quoting PMM)
    path.write_text("il,tarih,değer\nİstanbul,2023-07-13,540000\n", encoding="utf-8")
    imported = importer.read_import(path, "tr_tp_syrians_by_province", REFERENCE)
    current = pd.read_csv(curated / "tr_tp_syrians_by_province.csv", dtype=str, keep_default_na=False)
    changes = importer.preview(imported, current.astype({"value": "float64"}))
    assert changes.loc[0, "current"] == 531673 and changes.loc[0, "differs"]  # +1.57 %
    source = importer.import_source(imported, "https://www.goc.gov.tr/gecici-koruma5638", "2026-12-02")
    importer.apply_import(imported, source, curated, sources_file, imports)
    table = pd.read_csv(curated / "tr_tp_syrians_by_province.csv", dtype=str, keep_default_na=False)
    day = table[(table["geo"] == "TR-34") & (table["date"] == "2023-07-13")].set_index("source_id")
    assert day.loc[source.id, ["value", "status"]].tolist() == ["540000", "preferred"]
    assert day.loc["tr_samsunekiphaber_com_5f96c442", "status"] == "alternative"
    record = read_sources(sources_file)[source.id]
    assert record.tier == "publisher" and imported.sha256 in record.notes
    out = tmp_path / "recurated"
    curate_all(raw_dir, out, tmp_path / "geo", tmp_path / "sources2.yaml", imports_dir=imports)
    assert (out / "tr_tp_syrians_by_province.csv").read_bytes() == (curated / "tr_tp_syrians_by_province.csv").read_bytes()


def test_a_rejected_import_changes_nothing(workspace, tmp_path):
    curated, sources_file, imports = workspace
    before = ((curated / "tr_tp_syrians_by_province.csv").read_bytes(), sources_file.read_bytes())
    path = tmp_path / "neg.csv"
    path.write_text("il,tarih,değer\nAdana,2026-01-15,10\n", encoding="utf-8")
    imported = importer.read_import(path, "tr_tp_syrians_by_province", REFERENCE)
    bad = imported.rows.assign(value=-10.0)  # a negative count fails the schema check of the curated table
    with pytest.raises(importer.ImportFileError, match="does not pass the checks"):
        importer.apply_import(importer.Imported(path, imported.dataset, imported.layout, bad, imported.sha256),
                              importer.import_source(imported, "https://www.goc.gov.tr/", "2026-12-02"),
                              curated, sources_file, imports)
    assert ((curated / "tr_tp_syrians_by_province.csv").read_bytes(), sources_file.read_bytes()) == before
    assert not imports.exists()


def test_cli_previews_by_default(raw_dir):
    result = CliRunner().invoke(app, ["import", str(raw_dir / OFFICIAL), "--dataset", "tuik_foreign_population_by_province",
                                      "--source-url", "https://data.tuik.gov.tr/", "--accessed", "2026-12-02"])
    assert result.exit_code == 0, result.output
    assert "486 values read (tuik_adnks_foreign layout" in result.output and "preview only" in result.output
    bad = CliRunner().invoke(app, ["import", str(raw_dir / OFFICIAL), "--dataset", "tr_work_permits",
                                   "--source-url", "https://x.org/", "--accessed", "2026-12-02"])
    assert bad.exit_code == 2 and "does not take imports" in bad.output


def test_a_national_pmm_total_replaces_the_press_value_of_its_date_and_becomes_the_headline(workspace, tmp_path):
    from indicators import api
    from indicators.data import Data

    curated, sources_file, imports = workspace
    path = tmp_path / "pmm.csv"
    # tr_tp_syrians.csv: 2,366,922 on 2025-12-04 (kayserigundem.com.tr quoting PMM), the preferred 2025 value
    path.write_text("il,tarih,değer\nTürkiye,2025-12-04,2400000\n", encoding="utf-8")
    imported = importer.read_import(path, "tr_tp_syrians", REFERENCE)
    assert imported.rows[["geo", "date", "value"]].values.tolist() == [["TUR", "2025-12-04", 2400000.0]]
    current = pd.read_csv(curated / "tr_tp_syrians.csv", dtype=str, keep_default_na=False)
    changes = importer.preview(imported, current.astype({"value": "float64"}))
    assert changes.loc[0, "current"] == 2366922 and round(changes.loc[0, "change"] * 100, 2) == 1.40
    assert importer.change_counts(changes) == {"n": 1, "replaced": 1, "differs": 1, "added": 0}
    shown = importer.display_changes(changes, REFERENCE, "tr")
    assert shown.iloc[0].tolist() == ["Türkiye", "2025-12-04", "Toplam", "2.400.000", "2.366.922", "+%1,40"]
    source = importer.import_source(imported, "https://www.goc.gov.tr/gecici-koruma5638", "2026-12-02")
    importer.apply_import(imported, source, curated, sources_file, imports)
    headline = api.query("tp_syrians", Data.from_curated(curated), geo="TUR")
    assert headline[headline["year"] == 2025][["value", "source_id"]].values.tolist() == [[2400000.0, source.id]]


def test_a_national_table_rejects_a_province_row(tmp_path):
    path = tmp_path / "pmm.csv"
    path.write_text("il,tarih,değer\nToplam,2025-12-04,2400000\nAdana,2025-12-04,10\n", encoding="utf-8")
    with pytest.raises(importer.ImportFileError, match=r"row 3, column A \(il\): 'Adana': a national table"):
        importer.read_import(path, "tr_tp_syrians", REFERENCE)


def test_an_upload_is_named_by_its_own_file_name_never_a_scratch_path():
    content = "il,tarih,değer\nAdana,2026-01-15,ten\n".encode()
    with pytest.raises(importer.ImportFileError) as err:
        importer.read_upload("C:\\Users\\x\\pmm.csv", content, "tr_tp_syrians_by_province", REFERENCE)
    assert str(err.value) == "pmm.csv: sheet csv, row 2, column C (değer): 'ten' is not a count"
    with pytest.raises(importer.ImportFileError, match=r"^notes.txt: expected a .csv, .xlsx or .xls file$"):
        importer.read_upload("notes.txt", content, "tr_tp_syrians_by_province", REFERENCE)
    imported = importer.read_upload("pmm.csv", "il,tarih,değer\nAdana,2026-01-15,10\n".encode(),
                                    "tr_tp_syrians_by_province", REFERENCE)
    assert imported.path.name == "pmm.csv" and imported.rows["value"].tolist() == [10.0]
