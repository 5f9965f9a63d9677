"""The source registry: one record per source (publisher, title, URL, vintage, licence, citation).

Records are reviewed data in `data/metadata/sources/*.yml` (`indicators.metadata`); `python -m indicators
curate` checks them against the raw files and writes the registry the build reads, `data/sources.yaml`,
with the records of imported tables added.
"""

from __future__ import annotations

import re
from dataclasses import asdict, dataclass, fields
from functools import lru_cache
from pathlib import Path
from urllib.parse import urlparse

import pandas as pd
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
KIND_KEYS = {kind: key for kind, key in (  # the UI string key of each kind's name
    ("official_release", "data_kind_official_release"), ("official_page", "data_kind_official_page"),
    ("copy_of_official_release", "data_kind_copy_of_official_release"),
    ("intl_report_quoting", "data_kind_intl_report_quoting"), ("gov_report_quoting", "data_kind_gov_report_quoting"),
    ("ngo_report_quoting", "data_kind_ngo_report_quoting"), ("news_quoting", "data_kind_news_quoting"),
    ("other_quoting", "data_kind_other_quoting"), ("reference", "data_kind_reference"),
    ("derived", "data_kind_derived"))}

# How close a record is to the publisher of its figures (issue 8). "Official figures" is said only of the
# first two tiers (`OFFICIAL_TIERS`).
TIERS = (
    "publisher",  # the publisher's own table, API, release or page
    "official_channel",  # an official channel republishing the publisher's figures unchanged (UNHCR ODP, IOM DTM)
    "third_party_quote",  # a press or other third-party page quoting the publisher
    "third_party_copy",  # a third-party copy of a publisher's file, verbatim or processed
    "project",  # made by this project (translation, computation): not a published figure
)
OFFICIAL_TIERS = frozenset({"publisher", "official_channel"})
TIER_KEYS = {"publisher": "tier_publisher", "official_channel": "tier_official_channel",
             "third_party_quote": "tier_third_party_quote", "third_party_copy": "tier_third_party_copy",
             "project": "tier_project"}  # the UI string key of each tier's name

# Pages of international organisations that republish Turkish official figures unchanged, citing them
# ("Data Source DGMM, 28.10.2021"): IOM DTM on its own sites and as posted on ReliefWeb, UNHCR's portal.
OFFICIAL_CHANNEL_HOSTS = ("dtm.iom.int", "displacement.iom.int", "reliefweb.int", "data2.unhcr.org")

# Records whose kind alone does not say their tier. Every `reference` record must be listed, so that a new
# one is classified by hand.
TIER_BY_ID = {
    # byte-identical copies of UN DESA's files in a student repository, not UN DESA's own download
    "undesa_ims_2024": "third_party_copy",
    "un_gcm_ares_73_195": "publisher",  # the resolution on the UN document system
    "un_network_champions": "publisher",  # the UN Network's own pages
    "opensdg_progress": "publisher",  # Open SDG's own repository
    "gcm_tr_unofficial_translation": "project",
    "unsd_progress_chart_2023": "third_party_quote",  # thresholds read from EUSTAT's page, not the UNSD PDF
    "geoboundaries_centroids": "third_party_copy",
    "iso3166_cldr_names": "third_party_copy",  # ISO and CLDR via the pycountry and Babel packages
    "coco_un_members": "third_party_copy",  # the UN member list as restated in country_converter's data file
    "natural_earth_110m": "third_party_copy",  # via world-atlas
    "trmaps_provinces": "third_party_copy",
    "un_m49_regions_wpp2024": "third_party_copy",  # via the wpp2024 R package
    "coco_un_members": "third_party_copy",  # the UN member list as kept in the country_converter package
}
TIER_BY_KIND = {
    "official_release": "publisher",
    "official_page": "publisher",
    "copy_of_official_release": "third_party_copy",
    "gov_report_quoting": "third_party_quote",
    "ngo_report_quoting": "third_party_quote",
    "news_quoting": "third_party_quote",
    "other_quoting": "third_party_quote",
    "derived": "project",
}


@dataclass(frozen=True)
class Source:
    """A source record. `licence` is the licence of the original; `licence_derived` that of our curated copy.

    The vintage is `version_producer`, a short string such as `2025.12.1` or `WDI 2026-07-01`, except for a
    page quoting figures of several dates, whose vintage is the span `figures_from`–`figures_to`.
    `version_title` is the long description of the release and of where our copy came from."""

    id: str
    publisher: str
    title: str
    url: str
    date_accessed: str
    licence: str
    citation: str
    kind: str = "official_release"
    quoted_publisher: str = ""
    licence_derived: str = ""
    notes: str = ""
    tier: str = ""
    attribution_short: str = ""
    version_producer: str = ""
    url_download: str = ""
    version_title: str = ""
    figures_from: str = ""
    figures_to: str = ""
    licence_url: str = ""
    licence_derived_url: str = ""

    def to_dict(self) -> dict[str, str]:
        return {k: v for k, v in asdict(self).items() if v != ""}


SOURCE_FIELDS = [f.name for f in fields(Source)]
REQUIRED_SOURCE_FIELDS = {"id", "publisher", "title", "url", "date_accessed", "licence", "citation", "tier"}


def tier_of(source: Source) -> str:
    """The tier of a record from its id (`TIER_BY_ID`), else its kind, else (international reports) its URL's
    host: an official channel if it is one of `OFFICIAL_CHANNEL_HOSTS`, a third-party quote otherwise.
    ValueError for a `reference` record not listed in `TIER_BY_ID`."""
    if source.id in TIER_BY_ID:
        return TIER_BY_ID[source.id]
    if source.kind in TIER_BY_KIND:
        return TIER_BY_KIND[source.kind]
    if source.kind == "intl_report_quoting":
        host = urlparse(source.url).hostname or ""
        official = any(host == h or host.endswith("." + h) for h in OFFICIAL_CHANNEL_HOSTS)
        return "official_channel" if official else "third_party_quote"
    raise ValueError(f"source {source.id}: no tier for kind {source.kind!r}; add it to TIER_BY_ID")



def validate_source(src: Source, where: str) -> None:
    """ValueError naming `where` if the kind or the tier of `src` is not a known code."""
    if src.kind not in SOURCE_KINDS:
        raise ValueError(f"{where} ({src.id}): kind {src.kind!r} not in {sorted(SOURCE_KINDS)}")
    if src.tier not in TIERS:
        raise ValueError(f"{where} ({src.id}): tier {src.tier!r} not in {list(TIERS)}")


def write_sources(sources: list[Source], path: Path = SOURCES_FILE) -> None:
    """Write source records to YAML, sorted by id, deterministically."""
    for src in sources:
        validate_source(src, f"{path}: record")
    ids = [s.id for s in sources]
    duplicates = sorted({i for i in ids if ids.count(i) > 1})
    if duplicates:
        raise ValueError(f"duplicate source ids: {', '.join(duplicates)}")
    records = [s.to_dict() for s in sorted(sources, key=lambda s: s.id)]
    text = yaml.safe_dump(records, allow_unicode=True, sort_keys=False, width=110)
    path.write_text(text, encoding="utf-8")


class SourcesError(ValueError):
    """A problem in sources.yaml: the line (1-based, None if unknown), the field and what was expected."""

    def __init__(self, path: Path, line: int | None, field: str | None, message: str):
        self.path, self.line, self.field, self.message = path, line, field, message
        where = f"{path}, line {line}" if line else str(path)
        super().__init__(f"{where}{f', field {field!r}' if field else ''}: {message}")


_PLAIN_TAGS = {f"tag:yaml.org,2002:{t}" for t in ("str", "int", "float", "bool", "null", "timestamp")}
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")  # tab and newline may occur in folded text


def _scalar(node: yaml.Node, path: Path, field: str | None) -> str:
    line = node.start_mark.line + 1
    if not node.tag.startswith("tag:yaml.org,2002:") or node.tag.startswith("tag:yaml.org,2002:python/"):
        raise SourcesError(path, line, field, f"tag {node.tag!r} not allowed; expected plain text")
    if not isinstance(node, yaml.ScalarNode) or node.tag not in _PLAIN_TAGS:
        raise SourcesError(path, line, field, "expected a plain text value")
    value = "" if node.tag.endswith(":null") else node.value
    if match := _CONTROL.search(value):
        raise SourcesError(path, line, field, f"control character U+{ord(match.group()):04X} in text")
    return value


def _records(path: Path) -> list[tuple[int, dict[str, str]]]:
    """The records of sources.yaml with their line numbers, every value as text. Syntax errors, tags and any
    shape other than a list of mappings of plain values raise SourcesError naming the line."""
    try:
        text = path.read_text(encoding="utf-8")
        root = yaml.compose(text, Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))  # libyaml: 10× faster
    except (OSError, UnicodeDecodeError) as exc:
        raise SourcesError(path, None, None, f"cannot be read as UTF-8: {exc}") from None
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        context = f" ({exc.context} at line {exc.context_mark.line + 1})" if exc.context and exc.context_mark else ""
        raise SourcesError(path, mark.line + 1 if mark else None, None,
                           f"YAML syntax: {exc.problem}{context}") from None
    except yaml.YAMLError as exc:
        raise SourcesError(path, None, None, f"YAML syntax: {exc}") from None
    if root is None:
        raise SourcesError(path, None, None, "no source records; expected a list of records")
    if not isinstance(root, yaml.SequenceNode):
        raise SourcesError(path, root.start_mark.line + 1, None, "expected a list of source records")
    out = []
    for item in root.value:
        line = item.start_mark.line + 1
        if not isinstance(item, yaml.MappingNode):
            raise SourcesError(path, line, None, "expected a source record (field: value lines)")
        record: dict[str, str] = {}
        for key_node, value_node in item.value:
            key = _scalar(key_node, path, None)
            if key in record:
                raise SourcesError(path, key_node.start_mark.line + 1, key, "field given twice")
            record[key] = _scalar(value_node, path, key)
        out.append((line, record))
    return out


def read_sources(path: Path = SOURCES_FILE) -> dict[str, Source]:
    """Read `data/sources.yaml` into records keyed by id. Raises SourcesError (a ValueError) naming the line
    of a bad record: syntax, shape, tags, unknown or missing fields, duplicate ids, non-http(s) URLs."""
    out: dict[str, Source] = {}
    for line, rec in _records(path):
        unknown = set(rec) - set(SOURCE_FIELDS)
        missing = REQUIRED_SOURCE_FIELDS - set(rec)
        if unknown or missing:
            raise SourcesError(path, line, None, f"record {rec.get('id', '?')!r}: unknown fields {sorted(unknown)}, "
                                                 f"missing {sorted(missing)}")
        src = Source(**rec)
        if src.kind not in SOURCE_KINDS:
            raise SourcesError(path, line, "kind", f"{src.kind!r} not in {sorted(SOURCE_KINDS)}")
        if src.tier not in TIERS:
            raise SourcesError(path, line, "tier", f"{src.tier!r} not in {list(TIERS)}")
        if src.id in out:
            raise SourcesError(path, line, "id", f"duplicate source id {src.id!r}")
        if not src.version_producer and not src.figures_from:
            raise SourcesError(path, line, "version_producer", f"record {src.id!r}: no vintage; expected "
                                                               "version_producer or figures_from")
        if not re.match(r"https?://[^\s/]+", src.url):
            raise SourcesError(path, line, "url", f"{src.url!r}; expected an http:// or https:// address")
        out[src.id] = src
    return out


_SERVED: dict[str, dict[str, Source]] = {}


def serve_registry(records: dict[str, Source] | None) -> None:
    """Make `sources_by_id()` return `records`: the dashboard serves the store's copy of the registry, so
    a broken or newer sources.yaml never reaches visitors before a build. None goes back to the file."""
    if records is None:
        _SERVED.clear()
    else:
        _SERVED["records"] = records


@lru_cache(maxsize=4)
def _read_cached(path: Path) -> dict[str, Source]:
    return read_sources(path)



def tier_label(tier: str, lang: str) -> str:
    """The tier in words (`Publisher's own table` / `Yayımcının kendi tablosu`); empty for a record built without
    one (records read from data/sources.yaml always have one)."""
    from .i18n import t

    return t(TIER_KEYS[tier], lang) if tier else ""


def sources_by_id(path: Path = SOURCES_FILE) -> dict[str, Source]:
    """The registry: the one installed by `serve_registry` if any, else cached `read_sources(path)`."""
    if path == SOURCES_FILE and "records" in _SERVED:
        return _SERVED["records"]
    return _read_cached(path)


def source_label(source_id: str, sources: dict[str, Source] | None = None, lang: str = "en",
                 with_tier: bool = True) -> str:
    """A short human label for a source id in `lang`: `publisher (vintage) · tier in words`
    (`source_text.publisher_vintage`; without the tier for a table that has a tier column); empty if unknown
    (users never see internal ids)."""
    from .source_text import publisher_vintage

    sources = sources if sources is not None else sources_by_id()
    src = sources.get(source_id)
    if src is None:
        return ""
    tier = tier_label(src.tier, lang) if with_tier else ""
    return " · ".join(p for p in (publisher_vintage(src, lang), tier) if p)


def source_tier_label(source_id: str, lang: str, sources: dict[str, Source] | None = None) -> str:
    """The tier of a source id in words; empty if unknown."""
    sources = sources if sources is not None else sources_by_id()
    src = sources.get(source_id)
    return tier_label(src.tier, lang) if src else ""


def http_url(url: str) -> str:
    """The URL if it is http(s), else empty (never hand a javascript: or data: link to the browser)."""
    return url if url.lower().startswith(("https://", "http://")) else ""


def tier_counts(source_ids: list[str] | pd.Series, sources: dict[str, Source], lang: str) -> str:
    """How many of `source_ids` (one per value shown) come from each tier, in tier order and in words:
    `Publisher's own table: 3; Quoted by a press or third-party page: 12`. Unknown ids are not counted."""
    counts = {tier: 0 for tier in TIERS}
    for sid in source_ids:
        if sid in sources:
            counts[sources[sid].tier] += 1
    return "; ".join(f"{tier_label(tier, lang)}: {n}" for tier, n in counts.items() if n)


def vintage(source: Source, lang: str) -> str:
    """The vintage readers see, the same on every page and export: `version_producer` (`2025.12.1`), or for a
    page quoting figures of several dates the span in words (`figures dated 2020–2025-03-13`)."""
    if source.figures_from:
        span = source.figures_from if source.figures_to in ("", source.figures_from) else \
            f"{source.figures_from}–{source.figures_to}"
        from .i18n import t

        return t("export_figures_dated", lang, span=span)
    return source.version_producer
