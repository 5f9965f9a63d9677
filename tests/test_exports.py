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


def test_xlsx_metadata_sheet_has_the_indicator_and_its_sources_licence_and_vintage():
    ind = registry.get("refugees_hosted")
    book = openpyxl.load_workbook(io.BytesIO(xlsx_table(_hostile_frame(), ind)))
    rows = [tuple(c.value for c in row) for row in book["metadata"].iter_rows(min_row=2)]
    assert ("indicator", "id", "refugees_hosted") in rows
    assert ("indicator", "unit", "persons") in rows
    assert ("indicator", "title_tr", ind.title_tr) in rows
    # data/sources.yaml, id unhcr_rpsd_2025_12_1: licence "CC BY 4.0", version begins "2025.12.1"
    section = "source unhcr_rpsd_2025_12_1"
    fields = {field: value for sec, field, value in rows if sec == section}
    assert fields["licence"] == "CC BY 4.0"
    assert fields["version"].startswith("2025.12.1")
    assert fields["publisher"] == "UNHCR"
    assert fields["tier"] == "publisher"


def test_xlsx_of_several_indicators_documents_each_of_them_in_order():
    inds = [registry.get("refugees_hosted"), registry.get("tp_syrians")]
    frame = pd.DataFrame({"indicator": ["refugees_hosted", "tp_syrians"], "value": [2940735.0, 2901478.0]})
    book = openpyxl.load_workbook(io.BytesIO(xlsx_table(frame, inds)))
    rows = [tuple(c.value for c in row) for row in book["metadata"].iter_rows(min_row=2)]
    assert [v for sec, field, v in rows if (sec, field) == ("indicator", "id")] == ["refugees_hosted", "tp_syrians"]
    listed = {v for sec, field, v in rows if sec.startswith("source ") and field == "id"}
    assert listed == set(inds[0].source_ids) | set(inds[1].source_ids)
    assert [c.value for c in book["data"][2]] == ["refugees_hosted", 2940735]


def test_metadata_sheet_covers_every_source_of_the_indicator():
    ind = registry.get("tp_syrians")
    sheet = indicator_metadata_sheet(ind)
    listed = set(sheet.loc[sheet["field"] == "id", "value"]) - {ind.id}
    assert listed == set(ind.source_ids)


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
