"""Reliability runs (``make test-slow``, run by .ci/run): kill -9 during ``index``, ``batch`` and
``tag --write`` loses and duplicates nothing; a real server on loopback refuses big and stalled requests.

Each kill test counts the records lost and duplicated after the kill and a rerun; both must be 0.
"""

from __future__ import annotations

import json
import os
import signal
import socket
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

pytestmark = pytest.mark.slow

NEWSCODER = [sys.executable, "-m", "newscoder.cli"]
PLACES = ["Lima", "Quito", "Nairobi", "Dhaka", "Lyon", "Manila", "Accra", "Hanoi", "Oslo", "Perth"]


def story(i: int) -> str:
    place = PLACES[i % len(PLACES)]
    return (f"Story {i}: the city council of {place} met on Tuesday and approved a plan to repair {i + 3} "
            f"bridges before the rains, officials said. The mayor of {place} welcomed the vote.")


def wait_for(condition, timeout: float, what: str) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if condition():
            return
        time.sleep(0.2)
    raise AssertionError(f"timed out waiting for {what}")


def descendants(pid: int) -> set[int]:
    """Every live process under ``pid`` (from /proc)."""
    parents: dict[int, int] = {}
    for entry in os.listdir("/proc"):
        if entry.isdigit():
            try:
                stat = Path(f"/proc/{entry}/stat").read_text()
            except OSError:
                continue
            parents[int(entry)] = int(stat.rsplit(")", 1)[1].split()[1])
    found, frontier = set(), {pid}
    while frontier:
        frontier = {p for p, parent in parents.items() if parent in frontier} - found
        found |= frontier
    return found


def alive(pid: int) -> bool:
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except OSError:
        return False
    return state != "Z"


def kill9(proc: subprocess.Popen) -> None:
    proc.send_signal(signal.SIGKILL)
    proc.wait(timeout=10)


def test_kill_during_index_loses_and_duplicates_nothing(tmp_path):
    n = 240
    src = tmp_path / "in.jsonl"
    src.write_text("".join(json.dumps({"id": f"a{i}", "text": story(i)}) + "\n" for i in range(n)))
    db = tmp_path / "n.db"

    def committed() -> int:
        if not db.exists():
            return 0
        with sqlite3.connect(db) as c:
            try:
                return c.execute("SELECT count(*) FROM articles").fetchone()[0]
            except sqlite3.OperationalError:
                return 0

    proc = subprocess.Popen([*NEWSCODER, "index", str(src), "--db", str(db), "--commit-every", "20"],
                            stderr=subprocess.DEVNULL)
    wait_for(lambda: committed() >= 40, 180, "two committed batches")
    kill9(proc)
    kept = committed()
    assert 40 <= kept < n
    rerun = subprocess.run([*NEWSCODER, "index", str(src), "--db", str(db)], capture_output=True, text=True,
                           timeout=600)
    assert rerun.returncode == 0, rerun.stderr
    assert f"{kept} already there" in rerun.stderr
    with sqlite3.connect(db) as c:
        assert c.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        ids = [r[0] for r in c.execute("SELECT id FROM articles")]
        fts = [r[0] for r in c.execute("SELECT coalesce(a.id, 'orphan') FROM articles_fts f "
                                       "LEFT JOIN articles a ON a.n = f.rowid")]
    lost = n - len(set(ids))
    duplicated = len(fts) - len(set(fts))
    print(f"index: {kept} committed before kill -9; lost {lost}, duplicated {duplicated}")
    assert (lost, duplicated) == (0, 0) and sorted(fts) == sorted(ids)


def test_kill_during_batch_loses_nothing_leaves_no_orphans_and_resumes(tmp_path):
    n = 200
    src = tmp_path / "in"
    src.mkdir()
    (src / "big.jsonl").write_text("".join(json.dumps({"id": f"b{i}", "text": story(i)}) + "\n" for i in range(n)))
    out = tmp_path / "out"
    args = [*NEWSCODER, "batch", str(src), "--out", str(out), "--workers", "2", "--per-part", "4"]
    proc = subprocess.Popen(args, stderr=subprocess.DEVNULL)

    def parts_done() -> int:
        try:
            return sum('"part"' in line for line in (out / "manifest.jsonl").read_text().splitlines())
        except OSError:
            return 0

    wait_for(lambda: parts_done() >= 2, 300, "two finished parts")
    workers = descendants(proc.pid)
    assert workers, "the batch should run worker processes"
    kill9(proc)
    wait_for(lambda: not any(alive(p) for p in workers), 10, "the workers to die with their parent")
    for part in out.glob("part-*.jsonl"):  # whatever is there is whole
        assert all(json.loads(line)["id"] for line in part.read_text().splitlines())
    rerun = subprocess.run(args, capture_output=True, text=True, timeout=900)
    assert rerun.returncode == 0, rerun.stderr
    assert "kept from an earlier run" in rerun.stderr
    parts = sorted(out.glob("part-*.jsonl"))
    ids = [json.loads(line)["id"] for part in parts for line in part.read_text().splitlines()]
    lost, duplicated = n - len(set(ids)), len(ids) - len(set(ids))
    print(f"batch: {parts_done()} parts; lost {lost}, duplicated {duplicated}")
    assert (lost, duplicated) == (0, 0)
    assert not list(out.glob(".*.tmp"))


def test_kill_during_tag_write_leaves_every_file_whole(tmp_path):
    n = 300  # enough that the kill lands mid-run (about 100 files a second once the model is loaded)
    folder = tmp_path / "news"
    folder.mkdir()
    originals = {}
    for i in range(n):
        path = folder / f"s{i:03d}.txt"
        originals[path.name] = story(i) + "\n"
        path.write_text(originals[path.name])

    def tagged() -> int:
        return sum("\nTags: " in p.read_text() for p in folder.glob("*.txt"))

    proc = subprocess.Popen([*NEWSCODER, "tag", "--write", str(folder)], stderr=subprocess.DEVNULL)
    wait_for(lambda: tagged() >= 3, 180, "three tagged files")
    kill9(proc)

    def check() -> tuple[int, int, int]:
        lost = duplicated = done = 0
        for name, text in originals.items():
            now = (folder / name).read_text()
            body, _, rest = now.partition("\n\nTags: ")
            lost += body.rstrip("\n") != text.rstrip("\n")
            duplicated += now.count("Tags: ") > 1
            done += bool(rest)
        return lost, duplicated, done

    lost, duplicated, done = check()
    print(f"tag --write: {done} files tagged before kill -9; lost {lost}, duplicated {duplicated}")
    assert (lost, duplicated) == (0, 0) and 3 <= done < n
    rerun = subprocess.run([*NEWSCODER, "tag", "--write", str(folder)], capture_output=True, text=True, timeout=600)
    assert rerun.returncode == 0, rerun.stderr
    assert check() == (0, 0, n)


# --- a real server on loopback -------------------------------------------------------------------------


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture(scope="module")
def server():
    port = free_port()
    proc = subprocess.Popen([*NEWSCODER, "serve", "--port", str(port), "--header-timeout", "1",
                             "--body-timeout", "1", "--max-chars", "2000"], stderr=subprocess.PIPE)

    def up() -> bool:
        try:
            with socket.create_connection(("127.0.0.1", port), timeout=1) as s:
                s.sendall(b"GET /health HTTP/1.1\r\nHost: t\r\n\r\n")
                return b"200 OK" in s.recv(1000)
        except OSError:
            return False

    wait_for(up, 120, "the server")
    yield port, proc
    proc.terminate()
    proc.wait(timeout=20)


def rss_mb(pid: int) -> float:
    return int(Path(f"/proc/{pid}/status").read_text().split("VmRSS:")[1].split()[0]) / 1024


def read_response(s: socket.socket) -> tuple[int, dict[str, str], bytes]:
    data = b""
    while b"\r\n\r\n" not in data:
        chunk = s.recv(65536)
        if not chunk:
            break
        data += chunk
    head, _, body = data.partition(b"\r\n\r\n")
    lines = head.decode("latin-1").split("\r\n")
    headers = {k.lower(): v.strip() for k, _, v in (line.partition(":") for line in lines[1:])}
    while len(body) < int(headers.get("content-length", 0)):
        body += s.recv(65536)
    return int(lines[0].split()[1]), headers, body


def test_a_50_mb_post_is_refused_at_once_with_little_memory(server):
    import httpx

    port, proc = server
    before = rss_mb(proc.pid)
    started = time.monotonic()
    try:
        r = httpx.post(f"http://127.0.0.1:{port}/analyze", content=b"x" * 50_000_000,
                       headers={"content-type": "application/json"}, timeout=10)
        status = r.status_code
        assert r.json()["error"]["type"] == "TooLargeError"
    except httpx.TransportError:  # the server may close while the client still sends
        status = 413
    seconds = time.monotonic() - started
    grown = rss_mb(proc.pid) - before
    print(f"50 MB POST: {status} in {seconds:.2f} s, server memory +{grown:.1f} MB")
    assert status == 413 and seconds < 3 and grown < 20


def test_stalled_body_and_headers_are_closed(server):
    port, _ = server
    with socket.create_connection(("127.0.0.1", port), timeout=10) as s:
        s.sendall(b"POST /analyze HTTP/1.1\r\nHost: t\r\nContent-Type: application/json\r\n"
                  b"Content-Length: 100\r\n\r\n{\"text\": ")
        started = time.monotonic()
        status, headers, body = read_response(s)
        assert status == 408 and headers["connection"] == "close" and json.loads(body)["error"]
        assert s.recv(100) == b"" and time.monotonic() - started < 5
    held = [socket.create_connection(("127.0.0.1", port), timeout=10) for _ in range(20)]
    for s in held:
        s.sendall(b"POST /analyze HTTP/1.1\r\nHost: t\r\n")  # never ends its headers
    started = time.monotonic()
    for s in held:
        status, _, _ = read_response(s)
        assert status == 408 and s.recv(100) == b""
        s.close()
    assert time.monotonic() - started < 5


def test_a_text_over_the_limit_keeps_the_connection_usable(server):
    port, _ = server
    with socket.create_connection(("127.0.0.1", port), timeout=60) as s:
        for text, expected in (("Rain fell on Lima. " * 200, 413), (story(1), 200), ("  ", 400), (story(2), 200)):
            body = json.dumps({"text": text}).encode()
            s.sendall(b"POST /analyze HTTP/1.1\r\nHost: t\r\nContent-Type: application/json\r\n"
                      b"Content-Length: " + str(len(body)).encode() + b"\r\n\r\n" + body)
            status, headers, answer = read_response(s)
            assert status == expected and headers["content-type"] == "application/json"
            assert ("error" in json.loads(answer)) == (expected != 200)
        s.sendall(b"NOT HTTP\r\n\r\n")
        status, _, answer = read_response(s)
        assert status == 400 and json.loads(answer)["error"]["type"] == "BadRequest"


def test_serve_workers_share_the_port_each_with_its_model_and_stop_together(tmp_path):
    """serve --workers 2: two processes answer on one port at the same time; SIGTERM to the parent stops both;
    a bad setting is refused before any process starts."""
    from concurrent.futures import ThreadPoolExecutor

    import httpx

    port = free_port()
    args = [*NEWSCODER, "serve", "--port", str(port), "--workers", "2"]
    proc = subprocess.Popen(args, stderr=subprocess.DEVNULL)
    try:
        wait_for(lambda: _health(port), 180, "the server")
        workers = descendants(proc.pid)
        assert len(workers) == 2
        wait_for(lambda: all(rss_mb(p) > rss_mb(proc.pid) + 30 for p in workers), 60, "each worker's own model")
        with ThreadPoolExecutor(4) as pool:
            answers = list(pool.map(lambda i: httpx.post(f"http://127.0.0.1:{port}/analyze", timeout=120,
                                                         json={"text": story(i), "id": str(i)}), range(8)))
        assert [r.status_code for r in answers] == [200] * 8
        assert [r.json()["id"] for r in answers] == [str(i) for i in range(8)]
        proc.terminate()
        proc.wait(timeout=30)
        wait_for(lambda: not any(alive(p) for p in workers), 20, "the workers to stop")
    finally:
        if proc.poll() is None:
            kill9(proc)
    bad = subprocess.run([*NEWSCODER, "serve", "--port", str(port), "--workers", "2", "--max-chars", "-1"],
                         capture_output=True, text=True, timeout=60)
    assert bad.returncode == 2 and "max_chars must be a positive number" in bad.stderr


def _health(port: int) -> bool:
    import httpx

    try:
        return httpx.get(f"http://127.0.0.1:{port}/health", timeout=2).status_code == 200
    except httpx.TransportError:
        return False
