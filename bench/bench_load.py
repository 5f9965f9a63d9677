"""Load test: concurrent sessions walking through every page, against one or more dashboard servers.

Run: `.venv/bin/python bench/bench_load.py [--sessions 20] [--replicas 1] [--think 0] [--database-url URL]`.

Each session is a websocket client speaking Streamlit's protocol (`st_client`), not a browser, so the load
generator costs little CPU beside the servers it measures. Sessions are spread over the replicas round-robin
(as a load balancer with sticky sessions would: a session stays on its server); half walk the pages in
Turkish, half in English. With `--think S` every session waits a random time between 0 and 2·S seconds before
each page (uniform, seeded per session: a reader looking at the page before the next click); the default, 0,
sends every request as soon as the previous one finished, the most load 20 sessions can make. Before the load, one session walks the pages alone on the first server (the
single-session time). Reported: errors (exceptions shown, timeouts), p50/p95 time per page under load,
p95 over the single-session time, and each server's memory before and after. Every request goes to
127.0.0.1; the number of sessions and each request's time are bounded (`--timeout`).

With `--database-url postgresql+psycopg://...` the servers read that database (build it first with
`DATABASE_URL=... .venv/bin/python -m indicators build`); the default is the SQLite store.
"""

from __future__ import annotations

import argparse
import asyncio
import datetime as dt
import json
import platform
import random
import statistics
import sys
import threading
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from servers import LOG_DIR, Server, rss_mb  # noqa: E402
from st_client import PageRun, Session  # noqa: E402

from indicators.site import served_pages  # noqa: E402

PAGES = served_pages(maintainer=False)  # what a public server offers

MAX_SESSIONS = 50
MAX_THINK = 30.0
MAX_ROUNDS = 10


def walk(lang: str) -> list[tuple[str, str]]:
    """Every page of the registry, in registry order: (url path, query string)."""
    return [("" if p.default else p.url_path, f"lang={lang}") for p in PAGES]


async def session_walk(url: str, lang: str, timeout: float, think: float = 0.0, seed: int = 0,
                       rounds: int = 1) -> list[PageRun]:
    """One session visiting every page `rounds` times; before each page it waits uniform(0, 2·think) seconds."""
    rng = random.Random(seed)
    runs = []
    async with Session(url) as s:
        for path, query in walk(lang) * rounds:
            if think > 0:
                await asyncio.sleep(rng.uniform(0, 2 * think))
            runs.append(await s.load(path, query, timeout=timeout))
    return runs


def percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, max(0, round(q * (len(ordered) - 1))))]


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--sessions", type=int, default=20)
    parser.add_argument("--replicas", type=int, default=1)
    parser.add_argument("--database-url", default=None)
    parser.add_argument("--think", type=float, default=0.0,
                        help="mean seconds a session waits before each page (uniform 0..2×); 0: none")
    parser.add_argument("--rounds", type=int, default=1, help="walks through every page per session")
    parser.add_argument("--timeout", type=float, default=180.0, help="seconds one page may take")
    args = parser.parse_args()
    if not 1 <= args.sessions <= MAX_SESSIONS:
        raise SystemExit(f"--sessions must be 1..{MAX_SESSIONS}")
    if not 1 <= args.rounds <= MAX_ROUNDS:
        raise SystemExit(f"--rounds must be 1..{MAX_ROUNDS}")
    if not 0 <= args.think <= MAX_THINK:
        raise SystemExit(f"--think must be 0..{MAX_THINK} seconds")

    env = {"DATABASE_URL": args.database_url} if args.database_url else {}
    servers = [Server("streamlit_app.py", f"load-{i}", env) for i in range(args.replicas)]
    peak = {s.pid: 0.0 for s in servers}
    stop = threading.Event()

    def sample_memory() -> None:
        while not stop.is_set():
            for s in servers:
                peak[s.pid] = max(peak[s.pid], rss_mb(s.pid))
            stop.wait(0.5)

    try:
        for s in servers:
            s.wait_healthy()
        # Warm every server's caches, then the single-session baseline on the first one.
        for s in servers:
            asyncio.run(session_walk(s.url, "en", args.timeout))
            asyncio.run(session_walk(s.url, "tr", args.timeout))
        single = {}
        for lang in ("en", "tr"):
            for run in asyncio.run(session_walk(servers[0].url, lang, args.timeout)):
                single.setdefault(run.page or PAGES[0].url_path, []).append(run.seconds)
        rss_before = {s.pid: rss_mb(s.pid) for s in servers}
        sampler = threading.Thread(target=sample_memory, daemon=True)
        sampler.start()

        async def load() -> list[list[PageRun]]:
            return await asyncio.gather(*[
                session_walk(servers[i % len(servers)].url, "tr" if i % 2 else "en", args.timeout, args.think, seed=i,
                             rounds=args.rounds)
                for i in range(args.sessions)
            ], return_exceptions=True)

        start = time.perf_counter()
        walks = asyncio.run(load())
        wall = time.perf_counter() - start
        stop.set()
        sampler.join()
        rss_after = {s.pid: rss_mb(s.pid) for s in servers}
    finally:
        stop.set()
        for s in servers:
            s.stop()

    errors = [repr(w) for w in walks if isinstance(w, BaseException)]
    per_page: dict[str, list[float]] = {}
    for w in walks:
        if isinstance(w, BaseException):
            continue
        for run in w:
            if run.exceptions or run.timed_out:
                errors.append(f"{run.page or PAGES[0].url_path}: {run.exceptions or 'timed out'}")
            per_page.setdefault(run.page or PAGES[0].url_path, []).append(run.seconds)

    store = "PostgreSQL" if args.database_url else "SQLite"
    stamp = dt.datetime.now(dt.UTC).strftime("%Y-%m-%d")
    print(f"Load test {stamp}, {platform.machine()}, Python {platform.python_version()}: {args.sessions} "
          f"concurrent sessions, {args.replicas} server(s), {store}, every page {args.rounds} time(s) per session, think time "
          f"{args.think:g} s on average; "
          f"wall time {wall:.1f} s, errors {len(errors)}\n")
    print("| page | single s | p50 s | p95 s | p95 / single |\n|---|---:|---:|---:|---:|")
    summary = {}
    for page, times in per_page.items():
        alone = statistics.median(single[page])
        p50, p95 = percentile(times, 0.5), percentile(times, 0.95)
        summary[page] = {"single": alone, "p50": p50, "p95": p95}
        print(f"| {page} | {alone:.2f} | {p50:.2f} | {p95:.2f} | {p95 / alone:.1f}× |")
    for s in servers:
        print(f"\nserver {s.port} memory (RSS): {rss_before[s.pid]:.0f} MB with 1 session (after the single-session "
              f"walk), peak {peak[s.pid]:.0f} MB with {args.sessions} sessions, {rss_after[s.pid]:.0f} MB after")
    for e in errors[:20]:
        print("error:", e)
    LOG_DIR.mkdir(parents=True, exist_ok=True)
    (LOG_DIR / f"load-{stamp}-{store}-{args.replicas}x{args.sessions}-think{args.think:g}-r{args.rounds}.json").write_text(json.dumps(
        {"think_s": args.think, "rounds": args.rounds, "wall_s": wall, "errors": errors, "pages": summary, "rss_before": list(rss_before.values()),
         "rss_peak": list(peak.values()), "rss_after": list(rss_after.values())}, indent=1))
    if errors:
        raise SystemExit(1)


if __name__ == "__main__":
    main()
