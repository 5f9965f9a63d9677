"""Each validation rule rejects a crafted bad file with a message naming file, row and column."""

from __future__ import annotations

from pathlib import Path

import pytest

from indicators.sources import Source, write_sources
from indicators.paths import CURATED_DIR
from indicators.validate import check_all, required_files

HEADER = "dataset,geo,year,date,sex,age,origin,destination,type,route,value,unit,source_id,status,note"
GOOD_ROWS = [
    "demo,TUR,2018,,,,,,refugees,,3681685,persons,src_a,,",
    "demo,TUR,2019,,,,,,refugees,,3579531,persons,src_a,,",
    "demo,TR-27,2023,2023-07-13,,,,,,,446412,persons,src_a,,",
]


def write_case(folder: Path, rows: list[str], name: str = "demo", header: str = HEADER) -> Path:
    curated = folder / "curated"
    curated.mkdir(exist_ok=True)
    (curated / f"{name}.csv").write_text("\n".join([header, *rows]) + "\n", encoding="utf-8")
    write_sources(
        [Source(id="src_a", publisher="P", title="T", url="https://example.org", version_producer="v1",
                date_accessed="2026-01-01", licence="CC BY 4.0", citation="P, T", tier="publisher")],
        folder / "sources.yaml",
    )
    return curated


def issues_for(tmp_path: Path, rows: list[str], **kw) -> list[str]:
    curated = write_case(tmp_path, rows, **kw)
    return [str(i) for i in check_all(curated, tmp_path / "sources.yaml", required=())]


def test_good_file_has_no_issues(tmp_path):
    assert issues_for(tmp_path, GOOD_ROWS) == []


@pytest.mark.parametrize(
    ("bad_row", "expected"),
    [
        ("demo,TUQ,2020,,,,,,,,1,persons,src_a,,", "row 5, column 'geo': unknown geo code 'TUQ'"),
        ("demo,TR-82,2020,,,,,,,,1,persons,src_a,,", "row 5, column 'geo': unknown geo code 'TR-82'"),
        ("demo,TUR,20x0,,,,,,,,1,persons,src_a,,", "row 5, column 'year': '20x0' is not a valid int"),
        ("demo,TUR,1890,,,,,,,,1,persons,src_a,,", "row 5, column 'year': 1890 outside 1950..2030"),
        ("demo,TUR,2020,,,,,,,,-4,persons,src_a,,", "row 5, column 'value': negative count -4"),
        ("demo,TUR,2020,,,,,,,,1,persons,src_zz,,", "row 5, column 'source_id': source id 'src_zz' is not in"),
        ("demo,TUR,2020,,,,,,,,1,people,src_a,,", "row 5, column 'unit': unit 'people' not in"),
        ("demo,TUR,2020,,,,,,,,abc,persons,src_a,,", "row 5, column 'value': 'abc' is not a valid float"),
        ("demo,TUR,2020,,,,,,,,,persons,src_a,,", "row 5, column 'value': value is required"),
        ("demo,TUR,2020,2020-02-30,,,,,,,1,persons,src_a,,", "row 5, column 'date': '2020-02-30' is not a valid date"),
        ("demo,TUR,2020,2021-01-31,,,,,,,1,persons,src_a,,", "row 5, column 'date': 2021-01-31 does not fall in year 2020"),
        ("demo,TUR,2020,,woman,,,,,,1,persons,src_a,,", "row 5, column 'sex': sex 'woman'"),
        ("demo,TUR,2020,,,,SYRIA,,,,1,persons,src_a,,", "row 5, column 'origin': unknown country code 'SYRIA'"),
        ("demo,TUR,2020,,,,,,,,1,persons,src_a,best,", "row 5, column 'status': status 'best'"),
        ("other,TUR,2020,,,,,,,,1,persons,src_a,,", "row 5, column 'dataset': 'other'; expected the file name 'demo'"),
        ("demo,TUR,2019,,,,,,refugees,,1,persons,src_a,,", "row 5, column 'dataset, geo, year"),
        ("demo,TUR,2020,,,,,,,,inf,persons,src_a,,", "row 5, column 'value': 'inf' is not a valid float"),
        ("demo,TUR,2020,,,,,,,,1e300,persons,src_a,,", "row 5, column 'value': 1e+300 outside the plausible range"),
        ("demo,TUR,2020,,,,,,,,9500000000,persons,src_a,,", "row 5, column 'value': 9.5e+09 outside the plausible"),
        ("demo,TUR,2020,,,,,,,,2.5,persons,src_a,,", "row 5, column 'value': 2.5 persons; expected a whole number"),
        ("demo,TUR,2020,,,,,,,,14_237,persons,src_a,,", "row 5, column 'value': '14_237' is not a valid float"),
        ("demo,TUR,2020,,,,,,,,١٤٢,persons,src_a,,", "row 5, column 'value': '١٤٢' is not a valid float"),
        ("demo,TUR,٢٠٢٠,,,,,,,,1,persons,src_a,,", "row 5, column 'year': '٢٠٢٠' is not a valid int"),
        ("demo,TUR,2013,2013-W52-2,,,,,,,1,persons,src_a,,", "row 5, column 'date': '2013-W52-2' is not a valid date"),
        ("demo,TUR,2013,20131224,,,,,,,1,persons,src_a,,", "row 5, column 'date': '20131224' is not a valid date"),
        ("demo,TUR,2020,,,,,,,,1,persons,src_a,,a\x00b", "row 5, column 'note': control character U+0000"),
        ("demo,TUR,2020,,,,,,,,1,percent,src_a,,", None),
        ("demo,TUR,2020,,,,,,,,-1,percent,src_a,,", "row 5, column 'value': -1 outside the plausible range 0..1000"),
    ],
)
def test_each_rule_rejects_a_bad_row(tmp_path, bad_row, expected):
    issues = issues_for(tmp_path, [*GOOD_ROWS, bad_row])
    if expected is None:
        assert issues == []
        return
    assert len(issues) == 1, issues
    assert f"demo.csv, {expected}" in issues[0]


def test_missing_column_is_named(tmp_path):
    header = HEADER.replace(",unit", "")
    rows = [r.replace(",persons", "") for r in GOOD_ROWS]
    issues = issues_for(tmp_path, rows, header=header)
    assert len(issues) == 1
    assert "column 'unit': missing required column(s)" in issues[0]


def test_net_migration_may_be_negative(tmp_path):
    rows = ["wpp_net_migration,TUR,2024,,,,,,,,-275952,persons,src_a,,"]
    assert issues_for(tmp_path, rows, name="wpp_net_migration") == []


def test_reference_table_rules(tmp_path):
    header = "geo,plate,name_tr,name_ascii,nuts1,nuts2,nuts3,lat,lon,source_id"
    rows = [
        "TR-01,1,Adana,Adana,TR6,TR62,TR621,37.0,35.3,src_a",
        "TR-01,1,Adana,Adana,TR6,TR62,TR621,37.0,35.3,src_a",
        "TR-99,99,X,X,,,,1.0,x,src_a",
    ]
    issues = issues_for(tmp_path, rows, name="ref_provinces", header=header)
    assert any("row 3, column 'geo': duplicate key" in i for i in issues), issues
    assert any("row 4, column 'geo': unknown province code 'TR-99'" in i for i in issues), issues
    assert any("row 4, column 'lon': 'x' is not a valid float" in i for i in issues), issues


def test_committed_curated_data_is_valid():
    assert [str(i) for i in check_all()] == []


def test_negative_count_in_reference_table_is_rejected(tmp_path):
    header = "incident_id,date,year,country,route,cause,dead,missing,dead_and_missing,lat,lon,location,source_id"
    rows = ["a1,2015-10-28,2015,GRC,eastern_mediterranean,drowning,69,-13,56,39.38,26.21,Lesvos,src_a",
            "a2,2015-10-29,2015,GRC,eastern_mediterranean,drowning,-1,0,-1,39.38,26.21,Lesvos,src_a"]
    issues = issues_for(tmp_path, rows, name="mmp_incidents", header=header)
    # Row 2: a negative 'missing' is an IOM correction and stays; row 3 has negative dead counts.
    assert sorted(i.split(", ", 2)[1:] for i in issues) == [
        ["row 3", "column 'dead': negative count -1; expected ≥ 0"],
        ["row 3", "column 'dead_and_missing': negative count -1; expected ≥ 0"],
    ]


def test_header_only_file_is_rejected(tmp_path):
    assert issues_for(tmp_path, []) == [f"{tmp_path}/curated/demo.csv: no data rows; expected at least one"]


def test_latitude_must_be_a_decimal_in_range(tmp_path):
    header = "geo,plate,name_tr,name_ascii,nuts1,nuts2,nuts3,lat,lon,source_id"
    rows = ["TR-01,1,Adana,Adana,TR6,TR62,TR621,37_4,35.3,src_a", "TR-02,2,Adıyaman,Adiyaman,,,,91.0,38.3,src_a"]
    issues = issues_for(tmp_path, rows, name="ref_provinces", header=header)
    assert [i.split("ref_provinces.csv, ")[1] for i in issues] == [
        "row 2, column 'lat': '37_4' is not a valid float (a finite decimal number)",
        "row 3, column 'lat': 91.0 outside the plausible range -90..90",
    ]


def test_objectives_are_exactly_1_to_23(tmp_path):
    header = "objective,title_en,short_en,title_tr,short_tr,title_tr_status,source_id"
    rows = [f"{n},T{n},S{n},T{n},S{n},unofficial_translation,src_a" for n in range(1, 23)]  # 23 is missing
    issues = issues_for(tmp_path, [*rows, "99,T,S,T,S,unofficial_translation,src_a"], name="ref_objectives",
                        header=header)
    assert [i.split("ref_objectives.csv, ")[1] for i in issues] == [
        "row 24, column 'objective': 99 outside the plausible range 1..23"]
    issues = issues_for(tmp_path, rows, name="ref_objectives", header=header)
    assert [i.split("ref_objectives.csv, ")[1] for i in issues] == [
        "column 'objective': missing objective(s) [23]; expected exactly 1..23"]


def test_required_files_are_the_committed_files():
    assert required_files() == {p.stem for p in CURATED_DIR.glob("*.csv")}


def test_missing_required_file_is_named(tmp_path):
    curated = write_case(tmp_path, GOOD_ROWS)
    issues = [str(i) for i in check_all(curated, tmp_path / "sources.yaml", required=("demo", "wdi_population"))]
    assert issues == [f"{curated}/wdi_population.csv: required file is missing"]


SOURCE = """- id: src_a
  publisher: P
  title: T
  url: https://example.org
  version_producer: v1
  date_accessed: '2026-01-01'
  licence: CC BY 4.0
  citation: P, T
  tier: publisher
"""


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (SOURCE.replace("title: T", "title: 'T"), "line 6: YAML syntax: did not find expected key "
                                                 "(while parsing a block mapping at line 1)"),
        (SOURCE + SOURCE, "line 10, field 'id': duplicate source id 'src_a'"),
        ("id: src_a\npublisher: P\n", "line 1: expected a list of source records"),
        ("just a sentence\n", "line 1: expected a list of source records"),
        (SOURCE.replace("title: T", "title: !!python/object/apply:os.system ['true']"),
         "line 3, field 'title': tag 'tag:yaml.org,2002:python/object/apply:os.system' not allowed"),
        (SOURCE.replace("https://example.org", "javascript:alert(1)"),
         "line 1, field 'url': 'javascript:alert(1)'; expected an http:// or https:// address"),
        (SOURCE.replace("title: T", "title: [T, U]"), "line 3, field 'title': expected a plain text value"),
        (SOURCE.replace("version_producer: v1", "version_producer: v1\n  colour: red"), "line 1: record 'src_a': unknown fields"),
        ("", "no source records"),
        ("- just a string\n", "line 1: expected a source record"),
    ],
)
def test_sources_yaml_errors_name_the_line(tmp_path, text, expected):
    curated = write_case(tmp_path, GOOD_ROWS)
    (tmp_path / "sources.yaml").write_text(text, encoding="utf-8")
    issues = [str(i) for i in check_all(curated, tmp_path / "sources.yaml", required=())]
    assert len(issues) == 1, issues
    assert issues[0].startswith(f"{tmp_path}/sources.yaml"), issues
    assert expected in issues[0], issues
