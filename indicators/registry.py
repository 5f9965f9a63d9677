"""The indicator registry: every indicator is declared once (metadata + a pure compute function).

The registry drives the objective pages, the scorecard, the downloads, the metadata pages and the tests.
The metadata of each publisher group is a reviewed YAML file, `data/metadata/indicators/<group>.meta.yml`
(`indicators.indicator_metadata`); its compute functions are in `indicators/catalog/<group>.py`, which exports
`COMPUTE`, a dict indicator id -> compute function.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable, Iterable, Mapping
from types import ModuleType
from dataclasses import dataclass, field
from functools import lru_cache

import pandas as pd

from .data import Data
from .i18n import translate
from .indicator_metadata import IndicatorMetadata, display_name, indicator_file, load_indicators
from .progress import CONTINUOUS, PROJECT_TARGET, SCALES
from .schema import DISAGGREGATION_COLUMNS, UNITS

# What a compute function returns: one row per geo × year (× disaggregation), value in the indicator's unit.
RESULT_COLUMNS = ["geo", "year", "date", *DISAGGREGATION_COLUMNS, "value", "source_id", "status", "note"]
DIRECTIONS = {"increase", "decrease", "none"}
GEOGRAPHIES = {"country", "province"}


@dataclass(frozen=True)
class Indicator:
    """Metadata of one indicator (from `data/metadata/indicators/*.meta.yml`) and the pure function computing
    it from curated data (from `indicators/catalog/*.py`, joined by id).

    `compute(data)` returns a frame with `RESULT_COLUMNS`. Rows whose disaggregation columns are all empty
    and whose status is not `alternative` form the headline series (one value per geo and year/date).

    The texts are English messages (`*_msgid`), read in a language with `title(lang)`, `description(lang)`,
    `processing(lang)` and `target_note(lang)` through the translation catalog; `producer_description` is
    the producer's own English words, not translated.

    `scale` is the measurement level: "continuous" (counts, rates, shares: growth-rate progress methods) or
    "ordinal" (categories such as SDG 10.7.2's 1-4 score: category change only). `target_source` says who
    set `target`: the id of the source record of the official text that sets it, or "project" for a
    threshold chosen by this project (never reported as "target achieved").
    """

    id: str
    objectives: tuple[int, ...]
    title_msgid: str
    description_msgid: str
    unit: str
    decimals: int
    direction: str
    source_ids: tuple[str, ...]
    datasets: tuple[str, ...]
    compute: Callable[[Data], pd.DataFrame]
    sdg: str | None = None
    target: float | None = None
    target_source: str = ""
    target_note_msgid: str = ""
    limit: float | None = None
    scale: str = CONTINUOUS
    comparable: bool = False
    derived: bool = False
    geography: str = "country"
    concept: str = ""  # indicators measuring the same concept (national vs international) share it
    producer_description: str = ""
    processing_msgid: str = ""
    disaggregations: tuple[str, ...] = field(default_factory=tuple)
    short_unit: str = ""
    processing_level: str = "minor"
    reporting_status: str = "complete"

    @classmethod
    def from_metadata(cls, indicator_id: str, meta: IndicatorMetadata,
                      compute: Callable[[Data], pd.DataFrame]) -> Indicator:
        """The indicator `indicator_id` of a metadata file, with its compute function."""
        return cls(
            id=indicator_id, objectives=meta.objectives, title_msgid=meta.title,
            description_msgid=meta.description_short, unit=meta.unit, decimals=meta.display.numDecimalPlaces,
            direction=meta.direction, source_ids=meta.source_ids, datasets=meta.datasets, compute=compute,
            sdg=meta.sdg, target=meta.target, target_source=meta.target_source, target_note_msgid=meta.target_note,
            limit=meta.limit, scale=meta.scale, comparable=meta.comparable, derived=meta.derived,
            geography=meta.geography, concept=meta.concept, producer_description=meta.description_from_producer,
            processing_msgid=meta.description_processing, disaggregations=meta.disaggregations,
            short_unit=meta.short_unit, processing_level=meta.processing_level,
            reporting_status=meta.reporting_status,
        )

    def title(self, lang: str) -> str:
        return translate(self.title_msgid, lang)

    def description(self, lang: str) -> str:
        return translate(self.description_msgid, lang)

    def processing(self, lang: str) -> str:
        return translate(self.processing_msgid, lang)

    def target_note(self, lang: str) -> str:
        return translate(self.target_note_msgid, lang)

    @property
    def target_official(self) -> bool:
        """True when an official text sets the target (its source record is `target_source`)."""
        return self.target is not None and self.target_source not in ("", PROJECT_TARGET)

    def validate(self) -> list[str]:
        """Problems with this declaration (empty list when it is complete)."""
        problems = []
        for name in ("id", "title_msgid", "description_msgid"):
            if not getattr(self, name):
                problems.append(f"{self.id}: {name} is empty")
        if not self.objectives or not all(1 <= o <= 23 for o in self.objectives):
            problems.append(f"{self.id}: objectives {self.objectives} not within 1..23")
        if self.unit not in UNITS:
            problems.append(f"{self.id}: unit {self.unit!r} not in schema.UNITS")
        if self.direction not in DIRECTIONS:
            problems.append(f"{self.id}: direction {self.direction!r} not in {sorted(DIRECTIONS)}")
        if self.scale not in SCALES:
            problems.append(f"{self.id}: scale {self.scale!r} not in {list(SCALES)}")
        if self.target is not None and not self.target_source:
            problems.append(f"{self.id}: a target needs target_source (an official source id or 'project')")
        if self.geography not in GEOGRAPHIES:
            problems.append(f"{self.id}: geography {self.geography!r} not in {sorted(GEOGRAPHIES)}")
        if not self.source_ids or not self.datasets:
            problems.append(f"{self.id}: source_ids and datasets must not be empty")
        if self.derived and not self.processing_msgid:
            problems.append(f"{self.id}: a derived indicator needs a processing note")
        return problems


def result_frame(frame: pd.DataFrame) -> pd.DataFrame:
    """Normalise a compute result to `RESULT_COLUMNS` (missing text columns empty), sorted by geo, year, date."""
    out = frame.copy()
    for col in RESULT_COLUMNS:
        if col not in out.columns:
            out[col] = ""
    out = out[RESULT_COLUMNS]
    out["year"] = out["year"].astype("int64")
    out["value"] = out["value"].astype("float64")
    keys = ["geo", "year", "date", *DISAGGREGATION_COLUMNS, "source_id"]
    return out.sort_values(keys, kind="mergesort").reset_index(drop=True)


def select(dataset: str, **equals: str) -> Callable[[Data], pd.DataFrame]:
    """A compute function that returns the rows of `dataset` whose columns equal the given values.
    Filtered disaggregation columns are blanked in the result: they define the indicator.

    Example: `select("unhcr_population_by_asylum", type="refugees")`.
    """

    def compute(data: Data) -> pd.DataFrame:
        frame = data[dataset]
        mask = pd.Series(True, index=frame.index)
        for col, value in equals.items():
            mask &= frame[col] == value
        # The filtered columns are fixed by the indicator's definition, so they are not a disaggregation.
        out = frame[mask].assign(**{col: "" for col in equals if col in DISAGGREGATION_COLUMNS})
        return result_frame(out)

    compute.__doc__ = f"Rows of {dataset} where " + ", ".join(f"{k}={v!r}" for k, v in equals.items())
    return compute


def headline(result: pd.DataFrame) -> pd.DataFrame:
    """The headline series of a compute result: no disaggregation, not an alternative value."""
    mask = (result[DISAGGREGATION_COLUMNS] == "").all(axis=1) & (result["status"] != "alternative")
    return result[mask].reset_index(drop=True)


def join(metadata: Mapping[str, IndicatorMetadata], computes: Mapping[str, Callable[[Data], pd.DataFrame]],
         metadata_file: str, module: str) -> list[Indicator]:
    """The indicators of one publisher group: each metadata record with the compute function of the same id.
    ValueError naming every id that has metadata but no compute function, or a compute function but no
    metadata, with the file or module where the other side is missing."""
    problems = [f"{metadata_file}: {i}: has metadata but no compute function in {module}.COMPUTE"
                for i in metadata if i not in computes]
    problems += [f"{module}.COMPUTE: {i}: has a compute function but no metadata in {metadata_file}"
                 for i in computes if i not in metadata]
    if problems:
        raise ValueError("\n".join(problems))
    return [Indicator.from_metadata(i, meta, computes[i]) for i, meta in metadata.items()]


def module_indicators(module: ModuleType) -> list[Indicator]:
    """The indicators of one catalog module in file order: `data/metadata/indicators/<group>.meta.yml` joined
    with the module's COMPUTE (the group is the module's last name: `indicators.catalog.unhcr` -> unhcr)."""
    path = indicator_file(module.__name__.rsplit(".", 1)[-1])
    return join(load_indicators(path), module.COMPUTE, display_name(path), module.__name__)


def group_indicators(group: str) -> list[Indicator]:
    """The indicators of the publisher group `group` (module `indicators.catalog.<group>`)."""
    return module_indicators(importlib.import_module(f"{__package__}.catalog.{group}"))


def collect(modules: Iterable[ModuleType]) -> dict[str, Indicator]:
    """The indicators of `modules` by id; ValueError naming the id and the module when an id is declared twice."""
    found: dict[str, Indicator] = {}
    for module in modules:
        for ind in module_indicators(module):
            if ind.id in found:
                raise ValueError(f"indicator id {ind.id!r} declared twice (in {module.__name__})")
            found[ind.id] = ind
    return found


@lru_cache(maxsize=1)
def _load() -> dict[str, Indicator]:
    from .catalog import MODULES  # the catalog modules import this one (Indicator), so not at the top

    return collect(MODULES)


def all_indicators() -> list[Indicator]:
    """Every registered indicator, ordered by first objective then id."""
    return sorted(_load().values(), key=lambda i: (min(i.objectives), i.id))


def get(indicator_id: str) -> Indicator:
    """The indicator with this id; KeyError naming the known ids otherwise."""
    try:
        return _load()[indicator_id]
    except KeyError:
        raise KeyError(f"unknown indicator {indicator_id!r}") from None


def for_objective(objective: int) -> list[Indicator]:
    return [i for i in all_indicators() if objective in i.objectives]
