"""The source registry: one record per source (publisher, title, URL, vintage, licence, citation).

Records are declared by the curation modules (`indicators.curate.*`) next to the code that reads the
source, and written to `data/sources.yaml` by `python -m indicators curate`.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, fields
from functools import lru_cache
from pathlib import Path

import yaml

from .paths import SOURCES_FILE

SOURCE_KINDS = {
    "official_release",  # the publisher's own data release (database, API, package)
    "official_page",  # a page of the publisher quoting its own figures
    "copy_of_official_release",  # an unmodified third-party copy of an official file
    "intl_report_quoting",  # an international organisation's report quoting the official figure
    "gov_report_quoting",  # another government body quoting the figure
    "ngo_report_quoting",
    "news_quoting",
    "other_quoting",  # blogs, fact-checkers, report copies on document sites
    "reference",  # classifications, titles and method parameters (no statistics)
    "derived",  # computed by this project from other sources
}


@dataclass(frozen=True)
class Source:
    """A source record. `licence` is the licence of the original; `licence_derived` that of our curated copy."""

    id: str
    publisher: str
    title: str
    url: str
    version: str
    date_accessed: str
    licence: str
    citation: str
    kind: str = "official_release"
    quoted_publisher: str = ""
    licence_derived: str = ""
    notes: str = ""

    def to_dict(self) -> dict[str, str]:
        return {k: v for k, v in asdict(self).items() if v != ""}


SOURCE_FIELDS = [f.name for f in fields(Source)]


def write_sources(sources: list[Source], path: Path = SOURCES_FILE) -> None:
    """Write source records to YAML, sorted by id, deterministically."""
    ids = [s.id for s in sources]
    duplicates = sorted({i for i in ids if ids.count(i) > 1})
    if duplicates:
        raise ValueError(f"duplicate source ids: {', '.join(duplicates)}")
    records = [s.to_dict() for s in sorted(sources, key=lambda s: s.id)]
    text = yaml.safe_dump(records, allow_unicode=True, sort_keys=False, width=110)
    path.write_text(text, encoding="utf-8")


def read_sources(path: Path = SOURCES_FILE) -> dict[str, Source]:
    """Read `data/sources.yaml` into records keyed by id. Raises ValueError naming the entry on a bad record."""
    records = yaml.safe_load(path.read_text(encoding="utf-8")) or []
    out: dict[str, Source] = {}
    for i, rec in enumerate(records, start=1):
        unknown = set(rec) - set(SOURCE_FIELDS)
        missing = {"id", "publisher", "title", "url", "version", "date_accessed", "licence", "citation"} - set(rec)
        if unknown or missing:
            raise ValueError(
                f"{path}: entry {i} ({rec.get('id', '?')}): unknown fields {sorted(unknown)}, missing {sorted(missing)}"
            )
        src = Source(**{k: str(v) for k, v in rec.items()})
        if src.kind not in SOURCE_KINDS:
            raise ValueError(f"{path}: entry {i} ({src.id}): kind {src.kind!r} not in {sorted(SOURCE_KINDS)}")
        out[src.id] = src
    return out


@lru_cache(maxsize=4)
def sources_by_id(path: Path = SOURCES_FILE) -> dict[str, Source]:
    """Cached `read_sources` for the committed registry."""
    return read_sources(path)


def source_label(source_id: str, sources: dict[str, Source] | None = None) -> str:
    """A short human label for a source id: `publisher (version)`; the id itself if unknown or empty."""
    sources = sources if sources is not None else sources_by_id()
    src = sources.get(source_id)
    return f"{src.publisher} ({src.version})" if src else source_id
