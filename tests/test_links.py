"""Only http(s) links from the source registry become links: the Objectives sources table drops other
schemes, and Markdown escaping keeps URLs and e-mail addresses inside data values plain text."""

from __future__ import annotations

from dashboard.ui import WORD_JOINER, md_escape
from indicators.objective_view import sources_table, web_link
from indicators.sources import Source


def _source(sid: str, url: str) -> Source:
    return Source(id=sid, publisher="P", title="T", url=url, version_producer="v1", date_accessed="2026-01-01",
                  licence="CC BY 4.0", citation="P, T")


def test_sources_table_links_only_http_addresses():
    sources = {s.id: s for s in [_source("a", "https://data.unhcr.org/x"), _source("b", "javascript:alert(1)"),
                                 _source("c", "data:text/html,<b>x</b>"), _source("d", 'https://a.org/"x')]}
    table = sources_table(["a", "b", "c", "d"], sources, "en")
    links = table["Link"]
    assert links[links.notna()].tolist() == ["https://data.unhcr.org/x"]
    assert links.isna().tolist() == [False, True, True, True]  # shown as empty cells, not links


def test_web_link():
    assert web_link(" http://example.org/a?b=1 ") == "http://example.org/a?b=1"
    assert [web_link(u) for u in ["ftp://example.org", "//example.org", "https://", "https://a b.org"]] == [None] * 4


def test_md_escape_keeps_urls_and_addresses_as_text():
    wj = WORD_JOINER
    assert md_escape("see https://x.org or www.y.org, a@b.org") == (
        f"see https{wj}\\://x\\.org or www{wj}\\.y\\.org, a@{wj}b\\.org")
    assert md_escape("[click](javascript:alert(1))") == "\\[click\\]\\(javascript\\:alert\\(1\\)\\)"
    assert md_escape("Ankara 3.5 % _x_") == "Ankara 3\\.5 % \\_x\\_"
