"""One home geography, one palette, one country-name lookup (issue 9 §2)."""

from __future__ import annotations

import ast
from pathlib import Path

import pandas as pd

from indicators import maps, palette
from indicators.codes import HOME, country_names

ROOT = Path(__file__).resolve().parent.parent


def test_turkiye_is_vermilion_on_every_page_and_nothing_else_is():
    assert palette.HOME == "#D55E00"
    # the Maps page's corridor arcs (its legend) use the Peers and ranking colour, not a blue of their own
    assert maps.arc_legend("in", "en")["colour"].tolist() == [palette.PARTNER, palette.HOME]
    others = {palette.PARTNER, palette.INCIDENT, palette.OTHER_COUNTRY, palette.OTHERS_LINE, palette.TARGET,
              palette.BASELINE, palette.NO_DATA, *palette.SERIES, *palette.PEERS}
    assert palette.HOME not in others


def test_charts_and_maps_name_colours_only_through_the_palette():
    for name in ("charts.py", "maps.py", "peers.py", "comparison.py", "map_export.py"):
        text = (ROOT / "indicators" / name).read_text(encoding="utf-8")
        assert palette.HOME not in text and "#0072B2" not in text, name


def test_the_home_code_is_written_once():
    # Curation modules map raw files' content to codes ("Turkish" -> TUR, national rows are Türkiye's): data.
    files = [p for p in [*(ROOT / "indicators").rglob("*.py"), *(ROOT / "dashboard").glob("*.py"),
                         *(ROOT / "pages").glob("*.py"), ROOT / "streamlit_app.py"]
             if "curate" not in p.parts]
    literals = [p.name for p in files for node in ast.walk(ast.parse(p.read_text(encoding="utf-8")))
                if isinstance(node, ast.Constant) and node.value == "TUR"]
    assert literals == ["codes.py"] and HOME == "TUR"  # HOME = "TUR", the one literal


def test_country_names_in_each_language():
    countries = pd.DataFrame({"geo": ["DEU", "TUR"], "name_en": ["Germany", "Türkiye"],
                              "name_tr": ["Almanya", "Türkiye"]})
    assert country_names(countries, "en") == {"DEU": "Germany", "TUR": "Türkiye"}
    assert country_names(countries, "tr") == {"DEU": "Almanya", "TUR": "Türkiye"}
