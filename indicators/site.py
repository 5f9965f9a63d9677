"""The registry of dashboard pages. It drives the navigation (`streamlit_app.py`) and the page tests.

Plain data, no streamlit import: titles are i18n keys (`indicators.i18n.STRINGS`).
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class PageSpec:
    """A page: stable key, script path (relative to the project root), title key, icon and URL path.

    Every page is served at `/<url_path>`; the `default` page is also what the app's root address opens
    (it switches to `/<url_path>`, keeping the query parameters)."""

    key: str
    path: str
    title_key: str
    icon: str
    url_path: str
    default: bool = False


PAGES: list[PageSpec] = [
    PageSpec("overview", "pages/overview.py", "page_overview", ":material/dashboard:", "overview", default=True),
    PageSpec("objectives", "pages/objectives.py", "page_objectives", ":material/flag:", "objectives"),
    PageSpec("peers", "pages/peers.py", "page_peers", ":material/public:", "peers"),
    PageSpec("maps", "pages/maps.py", "page_maps", ":material/map:", "maps"),
    PageSpec("national", "pages/national.py", "page_national", ":material/compare_arrows:", "national"),
    PageSpec("data", "pages/data.py", "page_data", ":material/database:", "data"),
    PageSpec("briefing", "pages/briefing.py", "page_briefing", ":material/description:", "briefing"),
]


def page(key: str) -> PageSpec:
    return next(p for p in PAGES if p.key == key)
