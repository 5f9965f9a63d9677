"""The source registry: one record per source (publisher, title, URL, vintage, licence, citation).

Records are declared by the curation modules (`indicators.curate.*`) next to the code that reads the
source, and written to `data/sources.yaml` by `python -m indicators curate`.
"""

from __future__ import annotations

import re
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


class SourcesError(ValueError):
    """A problem in sources.yaml: the line (1-based, None if unknown), the field and what was expected."""

    def __init__(self, path: Path, line: int | None, field: str | None, message: str):
        self.path, self.line, self.field, self.message = path, line, field, message
        where = f"{path}, line {line}" if line else str(path)
        super().__init__(f"{where}{f', field {field!r}' if field else ''}: {message}")


_REQUIRED = ("id", "publisher", "title", "url", "version", "date_accessed", "licence", "citation")
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
        missing = set(_REQUIRED) - set(rec)
        if unknown or missing:
            raise SourcesError(path, line, None, f"record {rec.get('id', '?')!r}: unknown fields {sorted(unknown)}, "
                                                 f"missing {sorted(missing)}")
        src = Source(**rec)
        if src.kind not in SOURCE_KINDS:
            raise SourcesError(path, line, "kind", f"{src.kind!r} not in {sorted(SOURCE_KINDS)}")
        if src.id in out:
            raise SourcesError(path, line, "id", f"duplicate source id {src.id!r}")
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


def sources_by_id(path: Path = SOURCES_FILE) -> dict[str, Source]:
    """The registry: the one installed by `serve_registry` if any, else cached `read_sources(path)`."""
    if path == SOURCES_FILE and "records" in _SERVED:
        return _SERVED["records"]
    return _read_cached(path)


def source_label(source_id: str, sources: dict[str, Source] | None = None) -> str:
    """A short human label for a source id: `publisher (version)`; the id itself if unknown or empty."""
    sources = sources if sources is not None else sources_by_id()
    src = sources.get(source_id)
    return f"{src.publisher} ({src.version})" if src else source_id
