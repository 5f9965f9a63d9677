"""Source origins as reviewed data (issue 9 §2): `data/metadata/sources/*.yml`, validated on loading, checked
against the raw files by curate, and the only place the registry's records come from."""

from __future__ import annotations

import hashlib
import shutil
from pathlib import Path

import pandas as pd
import pytest

from indicators.curate import CurationError, check_citations
from indicators.metadata import ORIGINS_DIR, MetadataError, load_origins, read_origins, verify_raw_files
from indicators.sources import read_sources

RECORD = """\
- id: a_src
  producer: UNHCR
  attribution_short: UNHCR
  title: T
  url_main: https://www.unhcr.org/refugee-statistics/
  version_producer: 2025.12.1
  date_accessed: '2026-06-25'
  license: {name: CC BY 4.0, url: https://creativecommons.org/licenses/by/4.0/}
  citation: C
  kind: official_release
  tier: publisher
"""


def _read(tmp_path: Path, text: str) -> list:
    path = tmp_path / "unhcr.yml"
    path.write_text(text, encoding="utf-8")
    return read_origins(path)


def test_a_valid_record_becomes_a_registry_source(tmp_path):
    (origin,) = _read(tmp_path, RECORD + "  license_derived: {name: CC BY 4.0}\n")
    source = origin.to_source()
    assert (source.publisher, source.url, source.version_producer, source.licence, source.licence_url,
            source.licence_derived, source.attribution_short) == (
        "UNHCR", "https://www.unhcr.org/refugee-statistics/", "2025.12.1", "CC BY 4.0",
        "https://creativecommons.org/licenses/by/4.0/", "CC BY 4.0", "UNHCR")


@pytest.mark.parametrize(("text", "message"), [
    (RECORD.replace("  attribution_short: UNHCR\n", ""), "record 'a_src', field 'attribution_short': Field required"),
    (RECORD + "  colour: red\n", "record 'a_src', field 'colour': Extra inputs are not permitted"),
    (RECORD.replace("'2026-06-25'", "2026-06-25"),
     "record 'a_src', field 'date_accessed': expected text, got datetime.date(2026, 6, 25); quote it ('...')"),
    (RECORD.replace("kind: official_release", "kind: blog"), "record 'a_src', field 'kind': Input should be "
     "'copy_of_official_release', 'derived', 'gov_report_quoting', 'intl_report_quoting', 'news_quoting', "
     "'ngo_report_quoting', 'official_page', 'official_release', 'other_quoting' or 'reference'"),
    (RECORD.replace("tier: publisher", "tier: official"), "record 'a_src', field 'tier': Input should be 'publisher', "
     "'official_channel', 'third_party_quote', 'third_party_copy' or 'project'"),
    (RECORD.replace("https://www.unhcr.org/refugee-statistics/", "javascript:alert(1)"),
     "record 'a_src', field 'url_main': String should match pattern '^https?://[^\\s/]+'"),
    (RECORD.replace("version_producer: 2025.12.1", "version_producer: 2025.12.1 (Global Trends 2025 (corrected)); "
                    "PopulationStatistics/refugees"), "record 'a_src', field 'version_producer': a short vintage "
     "string (at most 40 characters); the long text goes in version_title"),
    (RECORD + "  figures_dated: {first: '2020', last: '2021'}\n",
     "record 'a_src': give either version_producer or figures_dated (the vintage), not both or neither"),
    (RECORD.replace("{name: CC BY 4.0, url", "{url"), "record 'a_src', field 'license.name': Field required"),
    (RECORD + "  raw_files: [{path: unhcr/x.csv, size: 3, sha256: abc}]\n",
     "record 'a_src', field 'raw_files.0.sha256': String should match pattern '^[0-9a-f]{64}$'"),
    (RECORD + RECORD, "record 'a_src', field 'id': duplicate source id"),
    (RECORD.replace("tier: publisher", "tier: third_party_copy"), "record 'a_src', field 'tier': 'third_party_copy', "
     "but its kind, URL or id says 'publisher' (indicators.sources.tier_of)"),
    ("id: a_src\n", "expected a list of source records"),
])
def test_a_broken_record_names_the_file_the_record_and_the_field(tmp_path, text, message):
    with pytest.raises(MetadataError) as err:
        _read(tmp_path, text)
    separator = ", " if message.startswith("record") else ": "
    assert str(err.value) == f"{tmp_path / 'unhcr.yml'}{separator}{message}"


def test_an_id_in_two_files_is_rejected(tmp_path):
    (tmp_path / "a.yml").write_text(RECORD, encoding="utf-8")
    (tmp_path / "b.yml").write_text(RECORD, encoding="utf-8")
    with pytest.raises(MetadataError, match=r"b\.yml, record 'a_src', field 'id': duplicate source id \(also in a\.yml\)"):
        load_origins(tmp_path)


def test_a_raw_file_that_changed_fails_naming_the_yaml_file_the_record_and_the_field(tmp_path):
    raw = tmp_path / "raw"
    (raw / "unhcr").mkdir(parents=True)
    data = b"year,value\n2024,1\n"
    (raw / "unhcr" / "x.csv").write_bytes(data)
    meta = tmp_path / "meta"
    meta.mkdir()
    digest = hashlib.sha256(data).hexdigest()
    path = meta / "unhcr.yml"
    path.write_text(RECORD + f"  raw_files: [{{path: unhcr/x.csv, size: {len(data)}, sha256: {digest}}}]\n",
                    encoding="utf-8")
    verify_raw_files(load_origins(meta), raw)  # unchanged: passes
    (raw / "unhcr" / "x.csv").write_bytes(data.replace(b"1\n", b"2\n"))  # same size, other bytes
    with pytest.raises(MetadataError) as err:
        verify_raw_files(load_origins(meta), raw)
    assert str(err.value).startswith(f"{path}, record 'a_src', field 'raw_files.0.sha256': unhcr/x.csv has sha256 ")
    (raw / "unhcr" / "x.csv").write_bytes(data + b"2025,2\n")
    with pytest.raises(MetadataError, match=r"field 'raw_files\.0\.size': unhcr/x\.csv has 25 bytes, the record "
                                            r"says 18"):
        verify_raw_files(load_origins(meta), raw)
    (raw / "unhcr" / "x.csv").unlink()
    with pytest.raises(MetadataError, match=r"field 'raw_files\.0\.path': unhcr/x\.csv: file not found"):
        verify_raw_files(load_origins(meta), raw)


def test_the_committed_records_match_the_raw_files_and_the_registry(raw_dir):
    origins = load_origins()
    verify_raw_files(origins, raw_dir)
    assert len(origins) == 183
    assert {path.name for path, _ in origins.values()} == {
        "framework.yml", "geography.yml", "iom.yml", "national.yml", "undesa.yml", "unhcr.yml", "worldbank.yml"}
    registry = read_sources()
    assert {sid: origin.to_source() for sid, (_, origin) in origins.items()} == {
        sid: s for sid, s in registry.items() if not sid.startswith("import_")}
    _, unhcr = origins["unhcr_rpsd_2025_12_1"]
    assert (unhcr.version_producer, unhcr.attribution_short, unhcr.license.name) == ("2025.12.1", "UNHCR", "CC BY 4.0")
    assert "Global Trends 2025 (corrected)" in unhcr.version_title
    # the 13 CSVs of raw/unhcr that indicators/curate/unhcr.py reads for the current release
    assert len(unhcr.raw_files) == 13


def test_a_cited_id_without_a_record_names_the_table():
    tables = {"unhcr_solutions": pd.DataFrame({"source_id": ["unhcr_rpsd_2025_12_1", "unhcr_rpsd_2099"]})}
    registry = list(read_sources().values())
    with pytest.raises(CurationError, match=r"table unhcr_solutions cites source ids without a record in .*\*\.yml: "
                                            r"\['unhcr_rpsd_2099'\]"):
        check_citations(tables, registry)


def test_curate_rejects_a_record_whose_page_is_not_the_one_the_raw_files_quote(raw_dir, tmp_path):
    from indicators.curate import curate_all

    meta = tmp_path / "meta"
    shutil.copytree(ORIGINS_DIR, meta)
    path = meta / "iom.yml"
    text = path.read_text(encoding="utf-8")
    url = "https://www.iom.int/iom-development-fund-faqs"
    assert text.count(f"url_main: {url}\n") == 1
    path.write_text(text.replace(f"url_main: {url}\n", "url_main: https://www.iom.int/elsewhere\n"), encoding="utf-8")
    with pytest.raises(MetadataError, match=r"iom\.yml, record 'iom_development_fund_faqs', field 'url_main': "
                                            r"'https://www.iom.int/elsewhere'; the raw files quote this source from "
                                            + url.replace(".", r"\.")):
        curate_all(raw_dir, tmp_path / "c", tmp_path / "g", tmp_path / "s.yaml", modules=["iom"], origins_dir=meta)
