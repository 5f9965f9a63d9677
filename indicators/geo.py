"""Map helpers: the shipped GeoJSON boundaries (`data/geo/`) and values joined to them by code."""

from __future__ import annotations

import copy
import json
from collections.abc import Mapping
from functools import lru_cache
from pathlib import Path

from .paths import GEO_DIR

PROVINCES_FILE = "tr_provinces.geojson"
COUNTRIES_FILE = "countries.geojson"


@lru_cache(maxsize=4)
def _load(path: Path) -> dict:
    return json.loads(path.read_text(encoding="utf-8"))


def _copy(doc: dict) -> dict:
    """A copy of a FeatureCollection whose feature list and feature properties are new objects and whose
    geometries are shared: nothing in the project modifies a geometry, and deep-copying them on every page
    run was half the Maps page's server time (py-spy, 2026-12-03)."""
    features = [{**f, "properties": copy.deepcopy(f["properties"])} for f in doc["features"]]
    return {**doc, "features": features}


def load_geojson(name: str, folder: Path = GEO_DIR) -> dict:
    """A GeoJSON FeatureCollection from `data/geo/` (features carry `geo` codes); its feature list and
    properties are a copy, safe to modify, its geometries are shared and read-only."""
    return _copy(_load(folder / name))


def with_values(doc: dict, values: Mapping[str, float], prop: str = "value") -> dict:
    """A copy of `doc` whose features get property `prop` = values[geo]; features without a value get None
    (drawn as 'no data', never as 0)."""
    out = _copy(doc)
    for feature in out["features"]:
        feature["properties"][prop] = values.get(feature["properties"]["geo"])
    return out


def with_properties(doc: dict, rows: Mapping[str, Mapping[str, object]]) -> dict:
    """A copy of `doc` whose features get every property in rows[geo] (for map colours and tooltip texts);
    features without a row are left as they are."""
    out = _copy(doc)
    for feature in out["features"]:
        feature["properties"].update(rows.get(feature["properties"]["geo"], {}))
    return out
