"""The CLI end to end on the committed data (values quoted from the sources)."""

from __future__ import annotations

import json

import pytest
from typer.testing import CliRunner

from indicators.cli import app

runner = CliRunner()


def invoke(*args: str):
    result = runner.invoke(app, list(args))
    assert result.exit_code == 0, result.output
    return result.stdout


def test_query_json_headline_value():
    # UNHCR unhcr_population_totals_by_asylum.csv, coa_iso TUR, year 2024: refugees 2940735.
    records = json.loads(invoke("query", "refugees_hosted", "--geo", "TUR", "--year", "2024", "--format", "json"))
    assert len(records) == 1
    rec = records[0]
    assert (rec["geo"], rec["year"], rec["value"], rec["unit"]) == ("TUR", 2024, 2940735.0, "persons")
    assert rec["source_id"] == "unhcr_rpsd_2025_12_1"


def test_query_csv_has_one_row_per_year():
    text = invoke("query", "migrant_stock", "--geo", "TUR", "--format", "csv")
    lines = text.strip().splitlines()
    assert lines[0].startswith("indicator,geo,year,date,")
    years = [line.split(",")[2] for line in lines[1:]]
    assert years == ["1990", "1995", "2000", "2005", "2010", "2015", "2020", "2024"]


def test_list_json_covers_the_registry():
    records = json.loads(invoke("list", "--format", "json"))
    ids = {r["id"] for r in records}
    assert {"migrant_stock", "tp_syrians", "remittance_cost_to"} <= ids
    assert len(records) >= 30


def test_progress_reports_its_inputs():
    text = invoke("progress", "remittance_cost_to", "--geo", "TUR", "--format", "json")
    rec = json.loads(text)[0]
    # WDI SI.RMT.COST.IB.ZS for TUR: base 2018 and latest 2020 from rpw_remittance_cost.csv.
    assert rec["base_year"] == 2018 and rec["latest_year"] == 2020
    assert rec["target"] == 3.0
    assert rec["status"] == "deterioration"
    # the 3 % target is set by GCM objective 20 (A/RES/73/195)
    assert (rec["inputs"], rec["target_source"], rec["target_official"]) == ("2018 → 2020", "un_gcm_ares_73_195", True)


def test_progress_ordinal_and_project_threshold():
    # SDG 10.7.2 for TUR (sdg_10_7_2.csv): category 2 in 2019, 3 in 2021 -> category improved, no growth rate
    rec = json.loads(invoke("progress", "migration_policy_score", "--format", "json"))[0]
    assert (rec["status"], rec["status_label"], rec["scale"], rec["inputs"]) == (
        "category_improved", "Category improved", "ordinal", "2019 → 2021")
    assert rec["cagr"] is None and rec["score"] is None
    assert rec["target_source"] == "threshold chosen by this project"
    none = json.loads(invoke("progress", "refugees_hosted", "--format", "json"))[0]
    assert (none["status"], none["status_label"]) == ("no_direction", "Not assessed: no desired direction")


def test_scorecard_lists_23_objectives():
    records = json.loads(invoke("scorecard", "--format", "json"))
    assert [r["objective"] for r in records] == list(range(1, 24))
    by_n = {r["objective"]: r for r in records}
    for n in (1, 5, 23):
        assert (by_n[n]["status_label"], by_n[n]["inputs"]) == ("Insufficient evidence", "2019 → 2021")
    assert (by_n[20]["status"], by_n[20]["inputs"]) == ("limited_progress", "2018 → 2020")
    assert by_n[20]["dated_ids"] == "remittance_cost_from;remittance_cost_to"
    assert by_n[12]["status_label"] == "Not assessed: no desired direction"
    assert by_n[1]["mapping"].startswith("SDG-GCM mapping proposed by this project")


def test_unknown_indicator_is_a_clear_error():
    result = runner.invoke(app, ["query", "no_such_indicator"])
    assert result.exit_code == 2
    assert "unknown indicator 'no_such_indicator'" in result.output


def test_export_writes_every_indicator(tmp_path):
    from indicators import registry

    invoke("export", "--out", str(tmp_path))
    for ind in registry.all_indicators():
        assert (tmp_path / f"{ind.id}.csv").exists()
    assert (tmp_path / "metadata.csv").read_bytes().startswith(b"\xef\xbb\xbf")


@pytest.mark.parametrize("fmt", ["xml"])
def test_bad_format_is_rejected(fmt):
    result = runner.invoke(app, ["query", "migrant_stock", "--format", fmt])
    assert result.exit_code != 0


def test_check_exits_non_zero_naming_file_row_and_column(tmp_path):
    from tests.test_validate import GOOD_ROWS, write_case

    curated = write_case(tmp_path, [*GOOD_ROWS, "demo,TUR,2020,,,,,,,,-4,persons,src_a,,"])
    result = runner.invoke(app, ["check", "--curated", str(curated), "--sources", str(tmp_path / "sources.yaml")])
    assert result.exit_code == 1
    assert "demo.csv, row 5, column 'value': negative count -4; expected ≥ 0" in result.output
    assert "1 problem(s) found" in result.output


def test_check_passes_on_committed_data():
    assert "curated files valid" in invoke("check")


def test_query_by_sex_gives_the_female_series():
    # UN DESA ims2024_by_destination.csv, iso3 TUR, year 2024: migrant_stock_female 3563735.
    records = json.loads(invoke("query", "migrant_stock", "--geo", "TUR", "--year", "2024", "--by", "sex=female",
                                "--format", "json"))
    assert [(r["sex"], r["value"]) for r in records] == [("female", 3563735.0)]


def test_query_by_unknown_column_is_a_clear_error():
    result = runner.invoke(app, ["query", "migrant_stock", "--by", "colour=red"])
    assert result.exit_code == 2
    assert "cannot break down by ['colour']" in result.output
