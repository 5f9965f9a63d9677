"""The registry of dashboard pages. It drives the navigation (`streamlit_app.py`) and the page tests.

Plain data, no streamlit import: titles are i18n keys (`indicators.i18n.STRINGS`).
"""

from __future__ import annotations

import os
from dataclasses import dataclass

IMPORT_ENV = "GCM_ENABLE_IMPORT"  # `1` on a maintainer's own server only: the import page changes everyone's data


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
    maintainer: bool = False


PAGES: list[PageSpec] = [
    PageSpec("overview", "pages/overview.py", "page_overview", ":material/dashboard:", "overview", default=True),
    PageSpec("objectives", "pages/objectives.py", "page_objectives", ":material/flag:", "objectives"),
    PageSpec("peers", "pages/peers.py", "page_peers", ":material/public:", "peers"),
    PageSpec("maps", "pages/maps.py", "page_maps", ":material/map:", "maps"),
    PageSpec("national", "pages/national.py", "page_national", ":material/compare_arrows:", "national"),
    PageSpec("data", "pages/data.py", "page_data", ":material/database:", "data"),
    PageSpec("briefing", "pages/briefing.py", "page_briefing", ":material/description:", "briefing"),
    PageSpec("import", "pages/import_table.py", "page_import", ":material/upload_file:", "import_table",
             maintainer=True),
]


def import_enabled() -> bool:
    """True when the server was started with `GCM_ENABLE_IMPORT=1`."""
    return os.environ.get(IMPORT_ENV, "").strip() == "1"


def served_pages(maintainer: bool | None = None) -> list[PageSpec]:
    """The pages a server offers: the public ones, and the maintainer pages only with import enabled
    (`maintainer` overrides the environment). Navigation and URLs come from this list only."""
    maintainer = import_enabled() if maintainer is None else maintainer
    return [p for p in PAGES if maintainer or not p.maintainer]


def page(key: str) -> PageSpec:
    """The page registered under `key`."""
    return next(p for p in PAGES if p.key == key)
