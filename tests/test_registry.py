"""Registry, metadata, curated datasets and sources agree (owid/etl style: no indicator without metadata)."""

from __future__ import annotations

import pytest

from indicators import api, registry
from indicators.data import Data
from indicators.schema import UNITS
from indicators.sources import sources_by_id

REQUIRED = {
    # id: (unit, objective it must serve, sdg code or None)
    "migrant_stock": ("persons", None, None),
    "migrant_stock_share": ("percent", None, None),
    "emigrant_stock": ("persons", None, None),
    "refugees_hosted": ("persons", None, None),
    "refugees_per_1000": ("per_1000", None, None),
    "asylum_applications": ("persons", None, None),
    "tp_syrians": ("persons", None, None),
    "residence_permits": ("persons", None, None),
    "irregular_migrants_apprehended": ("persons", None, None),
    "migrant_smugglers_apprehended": ("persons", None, None),
    "trafficking_victims_identified": ("persons", None, None),
    "migrant_deaths_missing": ("persons", 8, None),
    "disaster_displacements": ("persons", None, None),
    "remittances_received_usd": ("usd", None, None),
    "remittances_paid_usd": ("usd", None, None),
    "remittances_received_gdp_pct": ("percent", None, "17.3.2"),
    "remittance_cost_to": ("percent", 20, "10.c.1"),
    "migration_policy_score": ("score", None, "10.7.2"),
    "net_migration": ("persons", None, None),
}


@pytest.fixture(scope="module")
def data() -> Data:
    return Data.from_curated()


def test_registry_size_and_objective_coverage():
    indicators = registry.all_indicators()
    assert len(indicators) >= 30
    objectives = {o for i in indicators for o in i.objectives}
    assert len(objectives) >= 15, sorted(objectives)


@pytest.mark.parametrize("indicator_id", sorted(REQUIRED))
def test_required_indicator_exists_with_its_meaning(indicator_id):
    unit, objective, sdg = REQUIRED[indicator_id]
    ind = registry.get(indicator_id)
    assert ind.unit == unit
    if objective is not None:
        assert objective in ind.objectives
    if sdg is not None:
        assert ind.sdg == sdg


def test_remittance_cost_target_is_sdg_10c():
    assert registry.get("remittance_cost_to").target == 3.0
    assert registry.get("remittance_cost_to").direction == "decrease"


@pytest.mark.parametrize("ind", registry.all_indicators(), ids=lambda i: i.id)
def test_metadata_complete_and_consistent(ind, data):
    assert ind.validate() == []
    assert ind.unit in UNITS
    known = sources_by_id()
    assert set(ind.source_ids) <= set(known), set(ind.source_ids) - set(known)
    assert set(ind.datasets) <= set(data), set(ind.datasets) - set(data)


@pytest.mark.parametrize("ind", registry.all_indicators(), ids=lambda i: i.id)
def test_compute_gives_one_headline_value_per_geo_and_date(ind, data):
    result = ind.compute(data)
    assert list(result.columns) == registry.RESULT_COLUMNS
    assert not result.empty, f"{ind.id} computes no rows from the curated data"
    head = registry.headline(result)
    assert not head.duplicated(["geo", "year", "date"]).any()
    assert set(result["source_id"]) <= set(sources_by_id())
    assert result["value"].notna().all()


def test_query_returns_one_row_per_geo_and_year(data):
    frame = api.query("tp_syrians", data, geo="TUR")
    assert not frame.duplicated(["geo", "year"]).any()
    assert list(frame.columns) == api.QUERY_COLUMNS


def test_source_label_names_publisher_version_and_tier():
    from indicators.sources import Source, source_label

    sources = {"s": Source(id="s", publisher="UNHCR", title="T", url="u", version_producer="2025.12.1",
                           date_accessed="2026-06-25", licence="CC BY 4.0", citation="c", tier="publisher")}
    assert source_label("s", sources) == "UNHCR (2025.12.1) · Publisher's own table"
    assert source_label("unknown", sources) == ""  # never an internal id


def test_the_registry_collects_the_modules_it_is_given():
    from indicators import catalog

    assert [m.__name__ for m in catalog.MODULES] == ["indicators.catalog.iom", "indicators.catalog.national",
                                                    "indicators.catalog.undesa", "indicators.catalog.unhcr",
                                                    "indicators.catalog.worldbank"]
    assert registry.collect(catalog.MODULES) == {i.id: i for i in registry.all_indicators()}
    assert set(registry.collect([catalog.unhcr])) == {i.id for i in registry.group_indicators("unhcr")}
    with pytest.raises(ValueError, match=r"indicator id 'refugees_hosted' declared twice \(in indicators.catalog.unhcr\)"):
        registry.collect([*catalog.MODULES, catalog.unhcr])


def test_indicator_declarations_import_no_curation_code():
    import ast
    from pathlib import Path

    import indicators

    root = Path(indicators.__file__).parent
    for path in [*sorted((root / "catalog").glob("*.py")), root / "registry.py", root / "maps.py"]:
        tree = ast.parse(path.read_text(encoding="utf-8"))
        imported = [node.module or "" for node in ast.walk(tree) if isinstance(node, ast.ImportFrom)]
        assert not [m for m in imported if m == "curate" or m.startswith("curate.") or ".curate" in m], path.name
