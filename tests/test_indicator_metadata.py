"""Indicator and comparison metadata as YAML (data/metadata/): the schema's errors name the file, the record
and the field; `definitions.common` and anchors are merged; every metadata record has a compute function and
the reverse; the declared reporting status is what the data say; the Babel extractor finds the texts to
translate and leaves the producer's own words in English."""

from __future__ import annotations

import io

import pytest

from indicators import registry
from indicators.catalog import iom
from indicators.curate.iom import AVRR_PAGES
from indicators.data import Data
from indicators.i18n import t
from indicators.indicator_metadata import (
    INDICATOR_METADATA_DIR, MetadataError, extract_metadata, indicator_file, load_indicators, parse_comparisons,
    parse_indicators,
)

UNHCR_FILE = "data/metadata/indicators/unhcr.meta.yml"
GOOD = """
definitions:
  common:
    processing_level: minor
    reporting_status: complete
    direction: none
    display: {numDecimalPlaces: 0}
    source_ids: [unhcr_rpsd_2025_12_1]
  texts:
    producer: &producer UNHCR Refugee Population Statistics Database.
indicators:
  refugees_hosted:
    title: Refugees hosted (UNHCR)
    description_short: Refugees under UNHCR's mandate at the end of the year.
    description_from_producer: *producer
    unit: persons
    objectives: [15, 16, 23]
    datasets: [unhcr_population_by_asylum]
  refugees_per_1000:
    title: Refugees hosted per 1,000 inhabitants
    description_short: Refugees per 1,000 inhabitants.
    description_from_producer: *producer
    description_processing: "Computed: refugees_hosted / population × 1000."
    processing_level: major
    unit: per_1000
    display: {numDecimalPlaces: 1}
    objectives: [15]
    derived: true
    source_ids: [unhcr_rpsd_2025_12_1, wdi_2026_07]
    datasets: [unhcr_population_by_asylum, wdi_population]
"""


def _broken(old: str, new: str) -> str:
    assert old in GOOD
    return GOOD.replace(old, new, 1)


def _error(text: str, name: str = UNHCR_FILE) -> str:
    with pytest.raises(MetadataError) as caught:
        parse_indicators(text, name)
    return str(caught.value)


def test_common_definitions_and_anchors_are_merged_and_the_indicator_wins():
    found = parse_indicators(GOOD, UNHCR_FILE)
    hosted, per_1000 = found["refugees_hosted"], found["refugees_per_1000"]
    assert (hosted.direction, hosted.processing_level, hosted.display.numDecimalPlaces) == ("none", "minor", 0)
    assert hosted.source_ids == ("unhcr_rpsd_2025_12_1",)
    assert (per_1000.processing_level, per_1000.display.numDecimalPlaces) == ("major", 1)
    assert per_1000.source_ids == ("unhcr_rpsd_2025_12_1", "wdi_2026_07")
    assert hosted.description_from_producer == per_1000.description_from_producer == \
        "UNHCR Refugee Population Statistics Database."
    assert (hosted.scale, hosted.geography, hosted.comparable, hosted.target) == ("continuous", "country", False, None)


def test_a_unit_outside_the_schema_names_file_indicator_field_and_the_choices():
    assert _error(_broken("unit: persons", "unit: people")) == (
        "data/metadata/indicators/unhcr.meta.yml: refugees_hosted: unit: 'people' is not one of 'camps', 'cases', "
        "'countries', 'incidents', 'km2', 'neighbourhoods', 'per_1000', 'per_100000', 'percent', 'permits', "
        "'persons', 'score' or 'usd'")


def test_every_problem_of_a_file_is_listed_one_per_line():
    text = _broken("objectives: [15, 16, 23]", "objectives: [15, 24]\n    colour: blue")
    text = text.replace("    title: Refugees hosted per 1,000 inhabitants\n", "")
    assert _error(text).splitlines() == [
        f"{UNHCR_FILE}: refugees_hosted: objectives: [24] not within the GCM objectives 1..23",
        f"{UNHCR_FILE}: refugees_hosted: colour: unknown field",
        f"{UNHCR_FILE}: refugees_per_1000: title: missing",
    ]


def test_record_checks_name_their_field():
    assert _error(_broken("    processing_level: major\n", "")) == (
        f"{UNHCR_FILE}: refugees_per_1000: processing_level: 'minor' but derived is True (major exactly when the "
        "project computes the values)")
    assert _error(_broken("    objectives: [15, 16, 23]", "    objectives: [15, 16, 23]\n    target: 3")) == (
        f"{UNHCR_FILE}: refugees_hosted: target_source: a target needs target_source (an official source id or "
        "'project')")
    assert _error(_broken('    description_processing: "Computed: refugees_hosted / population × 1000."\n', "")) == (
        f"{UNHCR_FILE}: refugees_per_1000: description_processing: a derived indicator needs a processing note")
    assert _error(_broken("display: {numDecimalPlaces: 1}", "display: {numDecimalPlaces: 9}")) == (
        f"{UNHCR_FILE}: refugees_per_1000: display.numDecimalPlaces: Input should be less than or equal to 6")
    assert _error(_broken("reporting_status: complete", "reporting_status: done")) == "\n".join(
        f"{UNHCR_FILE}: {i}: reporting_status: 'done' is not one of 'complete', 'inprogress' or 'notstarted'"
        for i in ("refugees_hosted", "refugees_per_1000"))


def test_file_level_problems_name_the_file():
    assert _error("indicators:\n  a: [1]\nfoo: 1\n", "x.meta.yml") == "x.meta.yml: foo: unknown field"
    assert _error("indicators:\n  a: [1]\n", "x.meta.yml") == "x.meta.yml: a: expected a mapping of fields, not [1]"
    assert _error("indicators: {a: 1", "x.meta.yml").startswith("x.meta.yml: not valid YAML: ")


def test_comparison_errors_name_the_concept_or_the_position():
    text = ("comparisons:\n  - concept: refugee_population\n    title: T\n    difference: D\n"
            "    series: [{indicator_id: refugees_hosted, publisher: UNHCR, national: maybe}, "
            "{indicator_id: tp_syrians, publisher: PMM (Göç İdaresi)}]\n  - title: U\n")
    with pytest.raises(MetadataError) as caught:
        parse_comparisons(text, "data/metadata/comparisons.yml")
    assert str(caught.value).splitlines() == [
        "data/metadata/comparisons.yml: refugee_population: series.0.national: Input should be a valid boolean, "
        "unable to interpret input",
        "data/metadata/comparisons.yml: comparison 2: concept: missing",
        "data/metadata/comparisons.yml: comparison 2: series: missing",
        "data/metadata/comparisons.yml: comparison 2: difference: missing",
    ]


def test_join_names_the_ids_lacking_a_compute_function_or_metadata():
    metadata = parse_indicators(GOOD, UNHCR_FILE)
    with pytest.raises(ValueError) as caught:
        registry.join(metadata, {"refugees_hosted": lambda data: None, "refugees_abroad": lambda data: None},
                      UNHCR_FILE, "indicators.catalog.unhcr")
    assert str(caught.value).splitlines() == [
        f"{UNHCR_FILE}: refugees_per_1000: has metadata but no compute function in indicators.catalog.unhcr.COMPUTE",
        f"indicators.catalog.unhcr.COMPUTE: refugees_abroad: has a compute function but no metadata in {UNHCR_FILE}",
    ]
    joined = registry.join(metadata, {i: (lambda data: None) for i in metadata}, UNHCR_FILE, "m")
    assert [(i.id, i.title("en"), i.decimals, i.producer_description) for i in joined] == [
        ("refugees_hosted", "Refugees hosted (UNHCR)", 0, "UNHCR Refugee Population Statistics Database."),
        ("refugees_per_1000", "Refugees hosted per 1,000 inhabitants", 1,
         "UNHCR Refugee Population Statistics Database."),
    ]


def test_every_publisher_group_has_one_metadata_file_with_the_ids_of_its_compute_functions():
    groups = sorted(p.name.removesuffix(".meta.yml") for p in INDICATOR_METADATA_DIR.glob("*.meta.yml"))
    assert groups == ["iom", "national", "undesa", "unhcr", "worldbank"]
    total = 0
    for group in groups:
        ids = list(load_indicators(indicator_file(group)))
        assert [i.id for i in registry.group_indicators(group)] == ids
        total += len(ids)
    assert total == len(registry.all_indicators()) == 48


@pytest.fixture(scope="module")
def data() -> Data:
    return Data.from_curated()


def _turkiye(frame):
    return frame[(frame["geo"] == "TUR") | frame["geo"].str.startswith("TR-")]


@pytest.mark.parametrize("ind", registry.all_indicators(), ids=lambda i: i.id)
def test_reporting_status_is_what_the_data_say_for_turkiye(ind, data):
    result = ind.compute(data)
    if not _turkiye(registry.headline(result)).empty:
        expected = "complete"
    elif not _turkiye(result).empty:
        expected = "inprogress"  # only breakdowns or alternative values
    else:
        expected = "notstarted"
    assert ind.reporting_status == expected


def test_no_turkiye_data_for_resettlement_to_turkiye_and_the_world_return_total():
    assert sorted(i.id for i in registry.all_indicators() if i.reporting_status != "complete") == [
        "iom_assisted_returns_global", "resettlement_arrivals"]


def test_assisted_returns_cite_every_iom_page_of_the_curation():
    assert registry.get("iom_assisted_returns_global").source_ids == tuple(
        sorted(AVRR_PAGES.values()))
    assert "iom_assisted_returns_global" in iom.COMPUTE


def test_extractor_yields_the_texts_to_translate_but_not_the_producers_words():
    handle = io.BytesIO(GOOD.encode("utf-8"))
    found = [(line, keyword, message, comments) for line, keyword, message, comments
             in extract_metadata(handle, ["N_", "NP_"], [], {})]
    assert found == [
        (12, "N_", "Refugees hosted (UNHCR)", ["refugees_hosted: title"]),
        (12, "N_", "Refugees under UNHCR's mandate at the end of the year.", ["refugees_hosted: description_short"]),
        (19, "N_", "Refugees hosted per 1,000 inhabitants", ["refugees_per_1000: title"]),
        (19, "N_", "Refugees per 1,000 inhabitants.", ["refugees_per_1000: description_short"]),
        (19, "N_", "Computed: refugees_hosted / population × 1000.", ["refugees_per_1000: description_processing"]),
    ]


def test_extractor_reads_the_comparisons_file():
    text = ("comparisons:\n  - concept: refugee_population\n    title: Refugees\n    difference: They differ.\n"
            "    series: [{indicator_id: refugees_hosted, publisher: UNHCR}, "
            "{indicator_id: tp_syrians, publisher: PMM (Göç İdaresi), national: true}]\n")
    found = [message for _, _, message, _ in extract_metadata(io.BytesIO(text.encode("utf-8")), [], [], {})]
    assert found == ["Refugees", "They differ.", "UNHCR", "PMM (Göç İdaresi)"]


def test_metadata_texts_read_in_turkish_through_the_catalog_with_the_glossary_terms():
    hosted = registry.get("refugees_hosted")
    assert hosted.title("tr") == "Barındırılan mülteciler (BMMYK)"
    assert hosted.processing("tr").startswith("BMMYK'nın sığınma ülkesine göre toplamlarındaki `refugees` sütunu")
    assert registry.get("remittance_cost_to").target_note("tr") == (
        "SKA hedefi 10.c ve GKM 20. amaç: havale işlem maliyetlerini %3'ün altına indirmek.")
    # the producer's own words stay English, and the Turkish page says so
    assert hosted.producer_description.startswith("UNHCR Refugee Population Statistics Database")
    assert t("objectives_about_producer", "tr") == "Üreticinin açıklaması (üreticinin kendi metni, İngilizce)"
