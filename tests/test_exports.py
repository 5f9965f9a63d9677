"""Exports: formula neutralisation in CSV and XLSX (read back), the XLSX metadata sheet, chart downloads."""

from __future__ import annotations

import csv
import io

import openpyxl
import pandas as pd
import pytest
from streamlit.testing.v1 import AppTest

from dashboard.exports import file_stem, indicator_metadata_sheet, xlsx_table
from indicators import registry
from indicators.export import csv_bytes, neutralise, safe_frame
from indicators.sources import tier_label

HOSTILE = ['=HYPERLINK("http://x")', "+cmd", "-2+3", "@SUM(A1)", "\t=1", "\r=1"]


@pytest.mark.parametrize("value", HOSTILE)
def test_formula_like_text_is_prefixed_with_an_apostrophe(value):
    assert neutralise(value) == "'" + value


@pytest.mark.parametrize("value", ["-3.5", "+2", "-1e5", ".5", "Türkiye", "a=b", "", "3-2"])
def test_numbers_in_text_and_ordinary_text_are_unchanged(value):
    assert neutralise(value) == value


@pytest.mark.parametrize("value", [-3.5, 0, None, True])
def test_non_text_values_are_unchanged(value):
    assert neutralise(value) is value


def _hostile_frame() -> pd.DataFrame:
    return pd.DataFrame({
        "note": [*HOSTILE, "-3.5", "İş göçü"],
        "value": [-3.5, 1.0, 2.0, 3.0, 4.0, 5.0, -0.25, 8.1],
        "source_id": ["unhcr_rpsd_2025_12_1"] * 8,
    })


def test_safe_frame_keeps_numeric_columns_numeric():
    out = safe_frame(_hostile_frame())
    assert out["value"].dtype == "float64" and out["value"].iloc[0] == -3.5
    assert out["note"].tolist() == ["'" + v for v in HOSTILE] + ["-3.5", "İş göçü"]


def test_csv_has_bom_and_apostrophes_when_read_back():
    raw = csv_bytes(pd.concat([_hostile_frame(), pd.DataFrame({"=bad column": []})], axis=1))
    assert raw.startswith(b"\xef\xbb\xbf")  # UTF-8 BOM: Excel in a Turkish locale reads ı, ş, ğ
    rows = list(csv.reader(io.StringIO(raw.decode("utf-8-sig"), newline="")))
    assert rows[0] == ["note", "value", "source_id", "'=bad column"]
    assert [r[0] for r in rows[1:]] == ["'" + v for v in HOSTILE] + ["-3.5", "İş göçü"]
    assert rows[1][1] == "-3.5" and rows[7][1] == "-0.25"


def test_xlsx_cells_are_neutralised_and_numbers_stay_numbers():
    ind = registry.get("refugees_hosted")
    book = openpyxl.load_workbook(io.BytesIO(xlsx_table(_hostile_frame(), ind)))
    assert book.sheetnames == ["data", "metadata"]
    sheet = book["data"]
    header = [c.value for c in sheet[1]]
    assert header[:3] == ["note", "value", "source_id"]
    assert {"source_publisher", "source_title", "source_version", "source_licence", "source_url"} <= set(header)
    notes = [sheet.cell(row=r, column=1).value for r in range(2, 10)]
    assert notes == ["'" + v for v in HOSTILE] + ["-3.5", "İş göçü"]
    for r in range(2, 10):
        assert sheet.cell(row=r, column=1).data_type == "s"  # text, never a formula ("f")
    values = [sheet.cell(row=r, column=2).value for r in range(2, 10)]
    assert values == [-3.5, 1.0, 2.0, 3.0, 4.0, 5.0, -0.25, 8.1]
    assert all(isinstance(v, float | int) for v in values)
    licence_col = header.index("source_licence") + 1
    # data/sources.yaml, id unhcr_rpsd_2025_12_1: "licence: CC BY 4.0"
    assert sheet.cell(row=2, column=licence_col).value == "CC BY 4.0"
    # ... and "tier: publisher" (UNHCR's own release), in words in both languages
    tiers = [sheet.cell(row=2, column=header.index(c) + 1).value for c in ("source_tier", "source_tier_en", "source_tier_tr")]
    assert tiers == ["publisher", "Publisher's own table", "Yayımcının kendi tablosu"]


@pytest.mark.parametrize("lang", ["en", "tr"])
def test_xlsx_metadata_sheet_is_in_the_chosen_language_with_sources_licence_and_vintage(lang):
    ind = registry.get("refugees_hosted")
    book = openpyxl.load_workbook(io.BytesIO(xlsx_table(_hostile_frame(), ind, lang=lang)))
    sheet = book["metadata"]
    header = [c.value for c in sheet[1]]
    assert header == (["Section", "Field", "Value"] if lang == "en" else ["Bölüm", "Alan", "Değer"])
    rows = [tuple(c.value for c in row) for row in sheet.iter_rows(min_row=2)]
    section = f"{'Indicator' if lang == 'en' else 'Gösterge'}: {ind.title(lang)}"
    fields = {field: value for sec, field, value in rows if sec == section}
    if lang == "en":
        assert fields["Code"] == "refugees_hosted" and fields["Unit"] == "persons"
        assert fields["Desired direction"] == "none (context indicator, not assessed)" and fields["Title"] == ind.title("en")
    else:
        assert fields["Kod"] == "refugees_hosted" and fields["Birim"] == "kişi"
        assert fields["İstenen yön"] == "yok (bağlam göstergesi, değerlendirilmez)" and fields["Başlık"] == ind.title("tr")
        assert fields["Tanım"] == ind.description("tr")
    # data/sources.yaml, id unhcr_rpsd_2025_12_1 (the first source of refugees_hosted): licence "CC BY 4.0",
    # version begins "2025.12.1", publisher UNHCR
    first = "Source 1" if lang == "en" else "Kaynak 1"
    source = {field: value for sec, field, value in rows if sec == first}
    assert ind.source_ids[0] == "unhcr_rpsd_2025_12_1"
    assert source["Licence" if lang == "en" else "Lisans"] == "CC BY 4.0"
    assert source["Version (vintage)" if lang == "en" else "Sürüm"].startswith("2025.12.1")
    assert source["Publisher" if lang == "en" else "Yayımcı"] == "UNHCR"
    assert source["Tier" if lang == "en" else "Kaynak düzeyi"] == tier_label("publisher", lang)  # tier in words
    assert not any(v == "unhcr_rpsd_2025_12_1" for row in rows for v in row)  # no internal source id


def test_xlsx_of_several_indicators_documents_each_of_them_in_order():
    inds = [registry.get("refugees_hosted"), registry.get("tp_syrians")]
    frame = pd.DataFrame({"indicator": ["refugees_hosted", "tp_syrians"], "value": [2940735.0, 2901478.0]})
    book = openpyxl.load_workbook(io.BytesIO(xlsx_table(frame, inds)))
    rows = [tuple(c.value for c in row) for row in book["metadata"].iter_rows(min_row=2)]
    assert [v for sec, field, v in rows if field == "Code"] == ["refugees_hosted", "tp_syrians"]
    n_sources = sum(1 for sec, field, v in rows if sec.startswith("Source ") and field == "Publisher")
    assert n_sources == len(inds[0].source_ids) + len(inds[1].source_ids)
    assert [c.value for c in book["data"][2]] == ["refugees_hosted", 2940735]
    assert isinstance(book["data"]["B2"].value, int)  # a whole count is an integer cell, not 2940735.0


def test_metadata_sheet_covers_every_source_of_the_indicator():
    from indicators.sources import sources_by_id

    ind = registry.get("tp_syrians")
    sheet = indicator_metadata_sheet(ind)
    titles = list(sheet.loc[sheet["Field"] == "Title", "Value"])
    sources = sources_by_id()
    assert titles == [ind.title("en")] + [sources[s].title for s in ind.source_ids]


def test_file_stem_is_safe():
    assert file_stem("refugees hosted/TUR: 2024") == "gcm_refugees_hosted_TUR_2024"


def _chart_page():
    import altair as alt
    import pandas as pd

    from dashboard.exports import chart_downloads

    frame = pd.DataFrame({"year": [2018, 2024], "value": [3.6, 2.9]})
    chart = alt.Chart(frame).mark_line().encode(x="year:O", y="value:Q")
    chart_downloads(chart, "refugees_hosted_TUR", "tr", key="chart")


def test_chart_downloads_render_png_and_svg_buttons():
    at = AppTest.from_function(_chart_page, default_timeout=60).run()
    assert not at.exception
    buttons = at.get("download_button")
    assert [b.proto.label for b in buttons] == ["PNG", "SVG"]


def test_chart_renders_to_png_at_print_scale_and_svg():
    import altair as alt

    from indicators.charts import to_png, to_svg

    frame = pd.DataFrame({"year": [2018, 2024], "value": [3.6, 2.9]})
    chart = alt.Chart(frame).mark_line().encode(x="year:O", y="value:Q").properties(width=200, height=100)
    png = to_png(chart, scale=2.0)
    assert png.startswith(b"\x89PNG")
    width = int.from_bytes(png[16:20], "big")
    assert width >= 400  # scale 2: at least twice the 200 px plot width
    assert to_svg(chart).lstrip().startswith("<svg")


def test_exported_chart_gets_a_width_when_the_page_stretches_it():
    import altair as alt

    from dashboard.exports import EXPORT_WIDTH, export_chart
    from indicators.charts import to_png

    frame = pd.DataFrame({"year": [2018, 2024], "value": [3.6, 2.9]})
    line = alt.Chart(frame).mark_line().encode(x="year:O", y="value:Q")
    assert EXPORT_WIDTH == 720
    assert export_chart(line).width == 720 and export_chart(line.properties(width="container")).width == 720
    assert export_chart(line.properties(width=200)).width == 200
    png = to_png(export_chart(line.properties(height=100)), scale=2.0)
    assert int.from_bytes(png[16:20], "big") >= 2 * 720  # not Vega-Lite's default 300 px


@pytest.mark.parametrize("value,decimals,expected", [
    (1159415.0, 0, 1159415), (108000000.0, None, 108000000), (0.4544999999999995, None, 0.4545),
    (0.4544999999999995, 1, 0.4545), (8.097912345, 1, 8.0979), (-3.25, 0, -3.25), (2.0000000001, 2, 2),
    (float("nan"), 0, None), ("=1+1", 0, "=1+1"), (7, 0, 7),
])
def test_clean_number_drops_float_noise(value, decimals, expected):
    from indicators.export import clean_number

    out = clean_number(value, decimals)
    assert out == expected and type(out) is type(expected)


def _numbers_frame() -> pd.DataFrame:
    return pd.DataFrame({"year": [2024, 2025], "value": [1159415.0, 0.4544999999999995],
                         "unit": ["persons", "percent"], "note": ["=1+1", "İş göçü"]})


def test_standard_csv_writes_integers_and_short_decimals():
    text = csv_bytes(_numbers_frame()).decode("utf-8-sig")
    assert text.split("\r\n")[:3] == ["year,value,unit,note", "2024,1159415,persons,'=1+1", "2025,0.4545,percent,İş göçü"]


def test_turkish_excel_csv_uses_semicolons_and_decimal_commas():
    from indicators.export import TURKISH_EXCEL

    raw = csv_bytes(_numbers_frame(), dialect=TURKISH_EXCEL)
    assert raw.startswith(b"\xef\xbb\xbf")
    text = raw.decode("utf-8-sig")
    assert text.split("\r\n")[:3] == ["year;value;unit;note", "2024;1159415;persons;'=1+1", "2025;0,4545;percent;İş göçü"]


def test_shown_full_and_turkish_excel_csv_files_have_different_names():
    from dashboard.exports import csv_file_name
    from indicators.export import TURKISH_EXCEL

    today = __import__("datetime").date.today().isoformat()
    names = {csv_file_name("headlines", "TUR", "shown"), csv_file_name("headlines", "TUR", "full"),
             csv_file_name("headlines", "TUR", "shown", TURKISH_EXCEL)}
    assert names == {f"gcm_headlines_TUR_shown_{today}.csv", f"gcm_headlines_TUR_full_{today}.csv",
                     f"gcm_headlines_TUR_shown_excel-tr_{today}.csv"}


def test_xlsx_has_frozen_header_fitted_widths_and_number_formats_per_unit():
    book = openpyxl.load_workbook(io.BytesIO(xlsx_table(_numbers_frame(), registry.get("refugees_hosted"))))
    sheet = book["data"]
    assert sheet.freeze_panes == "A2" and book["metadata"].freeze_panes == "A2"
    assert sheet["B2"].value == 1159415 and sheet["B2"].number_format == "#,##0"
    # refugees_hosted has 0 decimals: kept to 0 + 3 places; percent shown with the default 1 decimal
    assert sheet["B3"].value == 0.454 and sheet["B3"].number_format == '0.0"%"'
    assert sheet["A2"].number_format == "General"  # years are not grouped (2,024)
    assert sheet.column_dimensions["A"].width == len("year") + 2
    assert sheet.column_dimensions["B"].width == len("1159415") + 2


@pytest.mark.parametrize("unit,decimals,expected", [
    ("persons", 0, "#,##0"), ("usd", 2, "#,##0"), ("percent", 2, '0.00"%"'), ("per_1000", 1, "#,##0.0"),
    ("score", None, "#,##0.00"),
])
def test_number_format_by_unit(unit, decimals, expected):
    from indicators.export import number_format

    assert number_format(unit, decimals) == expected


def _table_page():
    import pandas as pd

    from dashboard.exports import table_downloads
    from indicators import registry

    frame = pd.DataFrame({"year": [2024], "value": [1159415.0], "source_id": ["unhcr_rpsd_2025_12_1"]})
    table_downloads(frame, frame, "refugees_hosted", "tr", "dl", indicators=registry.get("refugees_hosted"))


def test_turkish_table_downloads_offer_a_turkish_excel_csv_and_say_which_file_fits_which_program():
    at = AppTest.from_function(_table_page, default_timeout=60).run()
    assert not at.exception
    labels = [b.proto.label for b in at.get("download_button")]
    assert labels == ["CSV indir (gösterilen)", "CSV indir (tüm seri)", "Türkçe Excel için CSV (gösterilen)",
                      "Türkçe Excel için CSV (tüm seri)", "XLSX indir (veri ve üst veri)"]
    assert "çift tıklayınca" in at.caption[0].value


def test_turkish_spreadsheet_csv_has_headers_and_codes_in_words():
    from indicators.export import spreadsheet_frame

    frame = pd.DataFrame({"year": [2024, 2024], "sex": ["female", ""], "unit": ["persons", "persons"],
                          "status": ["preferred", "alternative"], "type": ["refugees", "refugees"]})
    out = spreadsheet_frame(frame, "tr")
    assert list(out.columns) == ["yıl", "cinsiyet", "birim", "durum", "tür"]
    assert out["cinsiyet"].tolist() == ["kadın", ""]  # the total stays empty
    assert out["birim"].tolist() == ["kişi", "kişi"]
    assert out["durum"].tolist() == ["tercih edilen", "alternatif"]
    assert out["tür"].tolist() == ["refugees", "refugees"]  # codes without a word stay codes
    assert spreadsheet_frame(frame, "en").columns.tolist() == ["year", "sex", "unit", "status", "type"]
