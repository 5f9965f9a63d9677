"""Framework reference tables: curation from raw/framework and the committed curated copies."""

from __future__ import annotations

import io
from pathlib import Path

import pandas as pd
import pytest

from indicators.curate import framework, write_table
from indicators.metadata import ORIGINS_DIR, read_origins
from indicators.paths import CURATED_DIR
from indicators.schema import REFERENCE_TABLES
from indicators.sources import sources_by_id


@pytest.fixture(scope="module")
def curated(raw_dir: Path):
    return framework.curate(raw_dir)


def test_objectives_has_23_rows_with_turkish_titles(curated):
    objectives = curated.tables["ref_objectives"]
    assert objectives["objective"].tolist() == list(range(1, 24))
    assert (objectives["title_tr"].str.strip() != "").all()
    assert (objectives["short_tr"].str.strip() != "").all()
    assert set(objectives["title_tr_status"]) == {"unofficial_translation"}
    first = objectives.iloc[0]
    # Raw gcm_objectives.csv row 1 and gcm_objectives_tr_unofficial.csv row 1.
    assert first["title_en"] == "Collect and utilize accurate and disaggregated data as a basis for evidence-based policies"
    assert first["short_en"] == "Data"
    assert first["short_tr"] == "Veri"
    assert objectives.loc[objectives["objective"] == 13, "short_tr"].item() == "İdari gözetime alternatifler"


def test_champions_include_turkiye_and_as_of_is_latest_evidence(curated):
    champions = curated.tables["ref_champions"].set_index("geo")
    assert len(champions) == 30  # README: 30 documented of 41
    assert champions.loc["TUR", "name_en"] == "Türkiye"
    assert champions.loc["TUR", "evidence_date"] == "2023-11"
    assert "Accra" in champions.loc["TUR", "evidence"]
    # "not_found" in the raw joined column becomes empty; Bangladesh has a real date.
    assert champions.loc["TUR", "joined"] == ""
    assert champions.loc["BGD", "joined"] == "2020-07"
    assert champions.loc["THA", "evidence_date"] == "2020"
    # 28 rows dated 2023-11, BGD 2020-07, THA 2020: the latest is 2023-11, the record's vintage.
    assert max(curated.tables["ref_champions"]["evidence_date"]) == "2023-11"
    assert sources_by_id()["un_network_champions"].version_producer == "2023-11"


def test_sdg_mapping_is_labelled_as_proposal(curated):
    sdg = curated.tables["ref_sdg_gcm"].set_index("sdg_indicator")
    assert len(sdg) == 15
    assert set(sdg["mapping_status"]) == {"project proposal, not the official GCM indicator list"}
    assert sdg.loc["10.c.1", "objectives"] == "20"
    assert sdg.loc["10.c.1", "direction_or_target"] == "<= 3%"
    assert sdg.loc["10.7.2", "objectives"] == "5;23;1"
    # 10.7.4 is mapped to no objective; the reason moves into the caveat.
    assert sdg.loc["10.7.4", "objectives"] == ""
    assert "GCR scope" in sdg.loc["10.7.4", "caveat"]


def test_sources_are_reference_records():
    origins = read_origins(ORIGINS_DIR / "framework.yml")
    assert sorted(o.id for o in origins) == ["gcm_tr_unofficial_translation", "opensdg_progress", "un_gcm_ares_73_195",
                                             "un_network_champions", "unsd_progress_chart_2023"]
    assert {o.kind for o in origins} == {"reference"}
    assert "568d7d38307bb8196c37bbacb80927a9bd2bba27" in {o.id: o for o in origins}["opensdg_progress"].version_title

def test_every_table_cites_a_declared_source(curated):
    ids = set(sources_by_id())
    for name, frame in curated.tables.items():
        assert set(frame["source_id"]) <= ids, name


@pytest.mark.parametrize("name", ["ref_objectives", "ref_champions", "ref_sdg_gcm"])
def test_committed_table_is_reproduced_byte_for_byte(curated, name, tmp_path):
    written = write_table(curated.tables[name], name, tmp_path)
    assert written.read_bytes() == (CURATED_DIR / f"{name}.csv").read_bytes()
    assert list(pd.read_csv(written, nrows=0).columns) == REFERENCE_TABLES[name].column_names


def test_unknown_objective_mapping_fails(tmp_path):
    folder = tmp_path / "framework"
    folder.mkdir()
    frame = pd.read_csv(io.StringIO(
        "sdg_indicator,sdg_indicator_title,desired_direction_or_target_opensdg_statcan,gcm_objectives_candidate,"
        "custodian_agency,caveat,status\n10.7.1,t,Decrease,24,ILO,,PROJECT PROPOSAL\n"
    ), dtype=str, keep_default_na=False)
    frame.to_csv(folder / "gcm_sdg_indicator_candidates.csv", index=False)
    with pytest.raises(ValueError, match="outside 1..23"):
        framework.sdg_gcm_table(tmp_path)
