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


def load_geojson(name: str, folder: Path = GEO_DIR) -> dict:
    """A GeoJSON FeatureCollection from `data/geo/` (a copy, safe to modify); features carry `geo` codes."""
    return copy.deepcopy(_load(folder / name))


def with_values(doc: dict, values: Mapping[str, float], prop: str = "value") -> dict:
    """A copy of `doc` whose features get property `prop` = values[geo]; features without a value get None
    (drawn as 'no data', never as 0)."""
    out = copy.deepcopy(doc)
    for feature in out["features"]:
        feature["properties"][prop] = values.get(feature["properties"]["geo"])
    return out


def with_properties(doc: dict, rows: Mapping[str, Mapping[str, object]]) -> dict:
    """A copy of `doc` whose features get every property in rows[geo] (for map colours and tooltip texts);
    features without a row are left as they are."""
    out = copy.deepcopy(doc)
    for feature in out["features"]:
        feature["properties"].update(rows.get(feature["properties"]["geo"], {}))
    return out
