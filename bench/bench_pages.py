"""Benchmark of the dashboard's pages against a trivial Streamlit page of the same kind, in the same run.

Run: `.venv/bin/python bench/bench_pages.py [--repeat 5]` (the store must be built: `./dev.sh` does it).

It starts the dashboard and `bench/trivial_app.py` on loopback ports and measures, per page and language:
- browser: warm time until the page has settled in headless Chromium (system chromium): from navigation to
  the script having finished (`[data-testid=stApp][data-test-script-state=notRunning]`) with the page title
  drawn, two animation frames painted (on a map page, and the trivial map, after deck.gl's canvas exists),
  and the end of the page's last long task (none for a second after it): without the last two a map page
  finished before or after deck.gl's initialisation, 0.3 s or 2.5 s at random;
  every visit is a new session, as a visitor's is, after one warm-up visit that fills the server caches;
- server: the script run time measured by a websocket client speaking Streamlit's protocol (`st_client`),
  from the run request to "script finished", so the browser's rendering is excluded;
each as a ratio to the trivial page of the same kind (maps to the one-point pydeck map, every other page to
the metric + line chart). It also measures the cold start: from `streamlit run` to the default page's
content in the browser. Prints a Markdown table for the README and writes JSON to bench/results/.
`--scale 10` serves a store with ten times the observations (synthetic copies, as bench_pipeline.py makes
them, built in a temporary folder), to compare page times with today's data.
"""

from __future__ import annotations

import argparse
import asyncio
import datetime as dt
import json
import platform
import shutil
import statistics
import sys
import tempfile
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

from playwright.sync_api import sync_playwright

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from servers import LOG_DIR, Server, rss_mb, serving  # noqa: E402
from st_client import Session  # noqa: E402

from bench_pipeline import scaled_copy  # noqa: E402

from indicators import store  # noqa: E402
from indicators.site import served_pages  # noqa: E402

PAGES = served_pages(maintainer=False)  # what a public server offers

CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
                 "--disable-sync", "--no-first-run", "--disable-quic"]
DONE = "[data-testid='stApp'][data-test-script-state='notRunning'] [data-testid='stMainBlockContainer'] h1"
LANGS = ("en", "tr")
PAINTED = "() => new Promise(done => requestAnimationFrame(() => requestAnimationFrame(() => done(true))))"
# deck.gl creates its canvas after the script has finished and draws its first frame later still.
DECK_CANVAS = "() => [...document.querySelectorAll(\"[data-testid='stDeckGlJsonChart'] canvas\")].some(c => c.width > 0)"
# Long tasks (main-thread work over 50 ms) of the page, as [start, duration] ms from its time origin. In software
# WebGL deck.gl initialises its layers in one long task of 1–2 s that may start after the painted frames above.
LONG_TASKS = ("window.__longTasks = []; new PerformanceObserver(list => { for (const e of list.getEntries()) "
              "window.__longTasks.push([e.startTime, e.duration]); }).observe({type: 'longtask', buffered: true});")
QUIET_MS = 1000  # the page has settled when no long task has run for this long
SETTLED = """quiet => {
  const ends = (window.__longTasks || []).map(([start, duration]) => start + duration);
  return performance.now() - Math.max(0, ...ends) > quiet;
}"""
LAST_LONG_TASK_END = "() => Math.max(0, ...(window.__longTasks || []).map(([s, d]) => s + d)) / 1000"


def kind_of(page_key: str) -> str:
    return "map" if page_key == "maps" else "chart"


def visit_kind(visit_key: str) -> str:
    """The kind of a visit key: `maps/en` (a dashboard page and language) or `chart`/`map` (the trivial app)."""
    return visit_key if visit_key in ("chart", "map") else kind_of(visit_key.split("/")[0])


def browser_time(page, url: str, kind: str = "chart") -> float:
    """Seconds from navigation until the page has settled (a new session each visit): the script finished
    with its title drawn, two frames painted (on a map page after deck.gl's canvas exists), and the main
    thread's last long task over; the end of a long task is read from the page's own clock (its time origin
    is the navigation's start). The previous page is unloaded first, outside the timing: tearing down a large
    page took time that was otherwise charged to the next visit, whichever app it belonged to."""
    page.goto("about:blank")
    start = time.perf_counter()
    page.goto(url, wait_until="commit")
    page.wait_for_selector(DONE, timeout=180_000)
    if kind == "map":
        page.wait_for_function(DECK_CANVAS, timeout=180_000, polling="raf")
    page.evaluate(PAINTED)
    painted = time.perf_counter() - start
    page.wait_for_function(SETTLED, arg=QUIET_MS, timeout=180_000, polling=100)
    return max(painted, page.evaluate(LAST_LONG_TASK_END))


def cold_start(tab, script: str, env: dict[str, str]) -> float:
    """Seconds from `streamlit run SCRIPT` to its default page's content in the browser tab."""
    server = Server(script, "cold", env)
    try:
        server.wait_healthy()
        tab.goto(server.url, wait_until="commit")
        tab.wait_for_selector(DONE, timeout=180_000)
        tab.evaluate(PAINTED)
        return time.monotonic() - server.started
    finally:
        server.stop()


def server_times(base_url: str, visits: list[tuple[str, str, str]], repeat: int) -> dict[str, list[float]]:
    """Script run seconds per visit key over `repeat` runs, one websocket session per run."""

    async def run() -> dict[str, list[float]]:
        times: dict[str, list[float]] = {key: [] for key, _, _ in visits}
        for key, path, query in visits:  # warm-up
            async with Session(base_url) as s:
                await s.load(path, query)
        for _ in range(repeat):
            for key, path, query in visits:
                async with Session(base_url) as s:
                    result = await s.load(path, query)
                if result.exceptions or result.timed_out:
                    raise RuntimeError(f"{key}: {result.exceptions or 'timed out'}")
                times[key].append(result.seconds)
        return times

    # Playwright's sync API owns this thread's event loop: run the client in a thread of its own.
    with ThreadPoolExecutor(1) as pool:
        return pool.submit(asyncio.run, run()).result()


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--scale", type=int, default=1,
                        help="serve a store with N times the observations (synthetic copies, built in a temp folder)")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        env = {}
        if args.scale > 1:
            url = f"sqlite:///{Path(tmp) / f'x{args.scale}.sqlite'}"
            rows = scaled_copy(args.scale, Path(tmp) / "curated")
            store.build(url, curated=Path(tmp) / "curated")
            print(f"store at {args.scale}× the data: {rows:,} observations")
            env = {"DATABASE_URL": url}
        run(args, env)


def run(args, env: dict[str, str]) -> None:

    dash_visits = [(f"{p.key}/{lang}", "" if p.default else p.url_path, f"lang={lang}") for p in PAGES for lang in LANGS]
    trivial_visits = [(kind, "", f"kind={kind}") for kind in ("chart", "map")]
    chromium = shutil.which("chromium")
    results: dict[str, dict] = {"browser": {}, "server": {}}

    with sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path=chromium, args=CHROMIUM_ARGS)
        context = browser.new_context(viewport={"width": 1280, "height": 800})
        context.add_init_script(LONG_TASKS)
        tab = context.new_page()

        # Cold start: process start to the default page's content, store already built.
        results["cold_start_s"] = cold_start(tab, "streamlit_app.py", env)
        results["trivial_cold_start_s"] = cold_start(tab, "bench/trivial_app.py", {})

        with serving("streamlit_app.py", "dashboard", env) as dash, serving("bench/trivial_app.py", "trivial") as triv:
            for key, path, query in dash_visits + trivial_visits:  # warm-up: caches filled, fonts loaded
                base = triv.url if key in ("chart", "map") else dash.url
                browser_time(tab, f"{base}/{path}?{query}", visit_kind(key))
            for _ in range(args.repeat):
                for key, path, query in dash_visits + trivial_visits:
                    base = triv.url if key in ("chart", "map") else dash.url
                    results["browser"].setdefault(key, []).append(browser_time(tab, f"{base}/{path}?{query}",
                                                                                 visit_kind(key)))
            results["server"] = server_times(dash.url, dash_visits, args.repeat)
            results["server"].update(server_times(triv.url, trivial_visits, args.repeat))
            results["dashboard_rss_mb"] = rss_mb(dash.pid)
        browser.close()

    rows, ratios_browser, ratios_server = [], [], []
    for p in PAGES:
        for lang in LANGS:
            key = f"{p.key}/{lang}"
            kind = kind_of(p.key)
            b = statistics.median(results["browser"][key])
            s = statistics.median(results["server"][key])
            rb = b / statistics.median(results["browser"][kind])
            rs = s / statistics.median(results["server"][kind])
            ratios_browser.append(rb)
            ratios_server.append(rs)
            rows.append(f"| {p.key} | {lang} | {b:.2f} | {rb:.1f}× | {s:.2f} | {rs:.1f}× |")
    for kind in ("chart", "map"):
        rows.append(f"| trivial {kind} | | {statistics.median(results['browser'][kind]):.2f} | 1.0× | "
                    f"{statistics.median(results['server'][kind]):.2f} | 1.0× |")

    stamp = dt.datetime.now(dt.UTC).strftime("%Y-%m-%d")
    print(f"Data at {args.scale}× today's observations. Measured {stamp} on {platform.machine()}, {platform.processor() or 'cpu'}, Python "
          f"{platform.python_version()}, median of {args.repeat} warm visits (each a new session)\n")
    print("| page | lang | browser s | × trivial | server s | × trivial |\n|---|---|---:|---:|---:|---:|")
    print("\n".join(rows))
    print(f"\nmedian ratio browser {statistics.median(ratios_browser):.2f}×, max {max(ratios_browser):.2f}×; "
          f"server median {statistics.median(ratios_server):.2f}×, max {max(ratios_server):.2f}×")
    print(f"cold start (streamlit run to first content): dashboard {results['cold_start_s']:.1f} s, "
          f"trivial app {results['trivial_cold_start_s']:.1f} s; dashboard server RSS after the run "
          f"{results['dashboard_rss_mb']:.0f} MB")
    LOG_DIR.mkdir(parents=True, exist_ok=True)
    (LOG_DIR / f"pages-{stamp}-x{args.scale}.json").write_text(json.dumps(results, indent=1))


if __name__ == "__main__":
    main()
