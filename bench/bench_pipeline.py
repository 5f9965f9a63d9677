"""Benchmark of the data pipeline: curate, check, build, query, and the build at 10× and 100× the data.

Run: `.venv/bin/python bench/bench_pipeline.py [--raw ../shared/data/raw] [--repeat 3]`.
Writes a Markdown table to stdout (paste it into the README with the machine and date). Synthetic rows for
the 10×/100× builds are copies of the curated observations with a suffixed `type`, so keys stay unique;
they never leave the temporary folder.
"""

from __future__ import annotations

import argparse
import platform
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import pandas as pd

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from indicators import api, store  # noqa: E402
from indicators.curate import curate_all  # noqa: E402
from indicators.data import OBS_DTYPES  # noqa: E402
from indicators.paths import CURATED_DIR, DEFAULT_RAW_DIR, SOURCES_FILE  # noqa: E402
from indicators.schema import REFERENCE_TABLES  # noqa: E402
from indicators.validate import check_all  # noqa: E402


def timed(fn, repeat: int) -> tuple[float, float]:
    """Median and minimum wall time in seconds over `repeat` runs."""
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        fn()
        times.append(time.perf_counter() - start)
    return statistics.median(times), min(times)


def scaled_copy(factor: int, dest: Path) -> int:
    """Copy the curated folder to `dest` with observation files repeated `factor` times: synthetic copies of
    another `type`. A file with a single type is copied once: its indicators (and the denominators of derived
    figures) read every row of the file, so a copy would be a second value for the same geo and year, which
    the indicators reject. Returns the observation rows written."""
    dest.mkdir(parents=True)
    rows = 0
    for path in sorted(CURATED_DIR.glob("*.csv")):
        frame = None if path.stem in REFERENCE_TABLES else pd.read_csv(path, dtype=OBS_DTYPES, keep_default_na=False)
        if frame is None or factor == 1 or frame["type"].nunique() < 2:
            shutil.copy(path, dest / path.name)
            rows += 0 if frame is None else len(frame)
            continue
        copies = [frame] + [frame.assign(type=frame["type"] + f"_syn{i}") for i in range(1, factor)]
        big = pd.concat(copies, ignore_index=True)
        big.to_csv(dest / path.name, index=False, lineterminator="\n")
        rows += len(big)
    return rows


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--raw", type=Path, default=DEFAULT_RAW_DIR)
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    results = []
    with tempfile.TemporaryDirectory() as tmp:
        tmp = Path(tmp)
        out, geo = tmp / "curated", tmp / "geo"
        med, best = timed(lambda: curate_all(args.raw, out, geo, tmp / "sources.yaml"), args.repeat)
        results.append(("curate (all raw folders)", "", med, best))
        med, best = timed(lambda: check_all(), args.repeat)
        results.append(("check (validate curated data)", "", med, best))
        for factor in (1, 10, 100):
            folder = tmp / f"x{factor}"
            rows = scaled_copy(factor, folder)
            url = f"sqlite:///{tmp / f'x{factor}.sqlite'}"
            repeat = args.repeat if factor < 100 else 1
            med, best = timed(lambda: store.build(url, folder, SOURCES_FILE), repeat)
            results.append((f"build ×{factor} (SQLite)", f"{rows:,}", med, best))
        url = f"sqlite:///{tmp / 'x1.sqlite'}"
        engine = store.make_engine(url)
        med, best = timed(lambda: store.load_data(engine), args.repeat)
        results.append(("load all observations from store", "", med, best))
        data = store.load_data(engine)
        med, best = timed(lambda: api.query("refugees_hosted", data, geo="TUR"), args.repeat)
        results.append(("query refugees_hosted --geo TUR", "", med, best))
        cli = [sys.executable, "-m", "indicators", "query", "migrant_stock", "--geo", "TUR"]
        med, best = timed(lambda: subprocess.run(cli, cwd=ROOT, check=True, capture_output=True), args.repeat)
        results.append(("CLI `query migrant_stock --geo TUR` (process)", "", med, best))
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"Machine: {platform.machine()}, {platform.processor() or 'cpu'}, Python {platform.python_version()}, "
          f"peak RSS {peak_mb:.0f} MB")
    print("| step | rows | median s | best s |\n|---|---:|---:|---:|")
    for name, rows, med, best in results:
        print(f"| {name} | {rows} | {med:.2f} | {best:.2f} |")


if __name__ == "__main__":
    main()
