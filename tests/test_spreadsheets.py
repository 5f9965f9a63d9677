"""CSV and XLSX downloads opened by a real spreadsheet program: LibreOffice Calc (headless) imports each file
with a locale (en-US, tr-TR) and saves it as XLSX, which openpyxl reads back. Numbers must arrive as numbers
and no text cell may become a formula (hostile notes such as `=1+1`, `@SUM(A1)`, `+cmd`)."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import openpyxl
import pandas as pd
import pytest

from dashboard.exports import xlsx_table
from indicators import registry
from indicators.export import STANDARD, TURKISH_EXCEL, csv_bytes

HOSTILE = ["=1+1", "@SUM(A1)", "+cmd", "-2+3", '=HYPERLINK("http://x")']
# CSV import options of LibreOffice: separator, text delimiter ("), UTF-8 (76), start row, column types,
# language (1033 en-US, 1055 tr-TR).
EN_US = "CSV:44,34,76,1,,1033"
TR_TR = "CSV:59,34,76,1,,1055"
TR_TR_COMMA = "CSV:44,34,76,1,,1055"


def _frame() -> pd.DataFrame:
    return pd.DataFrame({
        "year": [2020, 2021, 2022, 2023, 2024],
        "value": [1159415.0, 0.4544999999999995, 8.1, 2940735.0, -3.25],
        "unit": ["persons", "percent", "percent", "persons", "percent"],
        "note": HOSTILE,
        "source_id": ["unhcr_rpsd_2025_12_1"] * 5,
    })


def _convert(tmp: Path, source: Path, infilter: str | None) -> openpyxl.Workbook:
    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    if soffice is None:
        pytest.fail("LibreOffice is required for the spreadsheet tests (apt-get install libreoffice-calc-nogui)")
    out = tmp / f"out_{source.stem}"
    command = [soffice, f"-env:UserInstallation=file://{tmp / 'profile'}", "--headless"]
    if infilter:
        command.append(f"--infilter={infilter}")
    subprocess.run([*command, "--convert-to", "xlsx", "--outdir", str(out), str(source)], check=True,
                   capture_output=True, timeout=180)
    return openpyxl.load_workbook(out / f"{source.stem}.xlsx")


def _column(sheet, name: str) -> list:
    header = [c.value for c in sheet[1]]
    col = header.index(name) + 1
    return [sheet.cell(row=r, column=col) for r in range(2, sheet.max_row + 1)]


@pytest.fixture(scope="module")
def opened(tmp_path_factory) -> dict[str, openpyxl.Workbook]:
    tmp = tmp_path_factory.mktemp("calc")
    files = {
        "standard": (csv_bytes(_frame(), decimals=0, dialect=STANDARD), ".csv", EN_US),
        "excel_tr": (csv_bytes(_frame(), decimals=0, dialect=TURKISH_EXCEL), ".csv", TR_TR),
        "standard_in_tr": (csv_bytes(_frame(), decimals=0, dialect=STANDARD), ".csv", TR_TR_COMMA),
        "workbook": (xlsx_table(_frame(), registry.get("refugees_hosted"), lang="tr"), ".xlsx", None),
    }
    books = {}
    for name, (content, suffix, infilter) in files.items():
        path = tmp / f"{name}{suffix}"
        path.write_bytes(content)
        books[name] = _convert(tmp, path, infilter)
    return books


# refugees_hosted has 0 decimals: values kept to 3 places (0.4544999999999995 → 0.454)
EXPECTED = [1159415, 0.454, 8.1, 2940735, -3.25]


@pytest.mark.parametrize("name", ["standard", "excel_tr", "workbook"])
def test_numbers_arrive_as_numbers(opened, name):
    sheet = opened[name]["data"] if name == "workbook" else opened[name].active
    cells = _column(sheet, "value")
    assert [c.value for c in cells] == EXPECTED
    assert all(c.data_type == "n" for c in cells)
    assert [c.value for c in _column(sheet, "year")] == [2020, 2021, 2022, 2023, 2024]


@pytest.mark.parametrize("name", ["standard", "excel_tr", "workbook"])
def test_no_cell_is_evaluated_as_a_formula(opened, name):
    sheet = opened[name]["data"] if name == "workbook" else opened[name].active
    cells = _column(sheet, "note")
    assert [c.value for c in cells] == ["'" + v for v in HOSTILE]
    assert all(c.data_type == "s" for c in cells)
    assert not any(c.data_type == "f" for row in sheet.iter_rows() for c in row)


def test_workbook_keeps_number_formats_and_turkish_metadata(opened):
    book = opened["workbook"]
    cells = _column(book["data"], "value")
    # LibreOffice saves the literal percent sign as `\%` (the same format)
    assert cells[0].number_format == "#,##0" and cells[1].number_format in ('0.0"%"', "0.0\\%")
    assert [c.value for c in book["metadata"][1]] == ["Bölüm", "Alan", "Değer"]


def test_the_standard_csv_is_misread_by_a_turkish_locale_which_is_why_the_turkish_file_exists(opened):
    """Observed with LibreOffice in tr-TR: `0.454` becomes 454 ("." groups thousands), `8.1` a date
    (8 January) and `-3.25` text; whole counts survive."""
    cells = _column(opened["standard_in_tr"].active, "value")
    assert cells[0].value == 1159415 and cells[1].value == 454
    assert cells[2].data_type == "d"
    assert cells[4].data_type == "s" and cells[4].value == "-3.25"
