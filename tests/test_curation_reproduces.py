"""`python -m indicators curate` reproduces the committed curated files byte for byte from ../shared/data/raw."""

from __future__ import annotations

import filecmp

from indicators.curate import curate_all
from indicators.paths import CURATED_DIR, GEO_DIR, SOURCES_FILE


def test_curation_reproduces_committed_files(raw_dir, tmp_path):
    out, geo, sources = tmp_path / "curated", tmp_path / "geo", tmp_path / "sources.yaml"
    curate_all(raw_dir, out, geo, sources)
    committed = sorted(p.name for p in CURATED_DIR.glob("*.csv"))
    assert sorted(p.name for p in out.glob("*.csv")) == committed
    different = [name for name in committed if not filecmp.cmp(out / name, CURATED_DIR / name, shallow=False)]
    assert different == []
    for path in geo.glob("*.geojson"):
        assert filecmp.cmp(path, GEO_DIR / path.name, shallow=False), path.name
    assert sources.read_bytes() == SOURCES_FILE.read_bytes()
