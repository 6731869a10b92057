"""Load test of a national deployment on loopback (issue 17): N concurrent signed-in users
(default 200) for up to 5 minutes against ``rancang serve --workers W`` on PostgreSQL;
p50/p95/p99 of every request as the client sees it, per page and overall, requests per
second and errors; with ``--jobs``, a Redis broker and ``rancang worker`` processes run a
duplicate search job every 20 s and a 2,000-row register import every 30 s during the load
(started from the register and data pages, as an analyst would). ``--think S``: each user
pauses 0-2S seconds after a page (0: asks again at once, a closed loop whose latency is
users / throughput). CPU time of the web processes per request is printed.

The database is a fresh schema of the PostgreSQL server (``RANCANG_TEST_DATABASE_URL``,
default ``postgresql+psycopg://postgres@127.0.0.1:5432/test``), filled with every feature's
demo data (a synthetic register of ``--firms`` firms, the real BPS PDRB 2013-2020 when
``../shared/data/raw`` has it) and dropped at the end. The users sign in as the demo's
administrator, the Morowali analyst and the viewer (``--sessions`` signed-in sessions, 30 by
default, shared round-robin; each user has its own connection); the client runs in
its own process, on the same cores as the server. The machine's load average is printed
before and after (other work on the machine shares its cores).

Run:  .venv/bin/python benchmarks/bench_load.py [--users 200] [--duration 300]
          [--workers 2] [--jobs] [--firms 3000] [--think 0]
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import random
import re
import subprocess
import sys
import tempfile
import time
import uuid
from pathlib import Path
from urllib.parse import quote

REPO = Path(__file__).resolve().parents[1]
BPS = REPO.parent / "shared" / "data" / "raw" / "bps-pdrb-kabkota-adhk-2013-2020"
PG = os.environ.get("RANCANG_TEST_DATABASE_URL",
                    "postgresql+psycopg://postgres@127.0.0.1:5432/test")
PASSWORD = "demo-rancang"
LOGINS = ("admin", "analis", "tamu")


def prepare(firms: int) -> tuple[str, str, dict[str, object]]:
    """A fresh schema with the demo data; returns its URL, its name and what the users
    browse (a dataset id and its regions)."""
    import sqlalchemy as sa

    from rancang.cli.demo import load_demo_database
    from rancang.core.db import ensure_schema, make_engine
    from rancang.features.datasets.service import list_datasets, load_panel

    schema = f"load_{uuid.uuid4().hex[:10]}"
    admin = sa.create_engine(PG)
    with admin.begin() as conn:
        conn.exec_driver_sql(f'CREATE SCHEMA "{schema}"')
    admin.dispose()
    url = f"{PG}{'&' if '?' in PG else '?'}options={quote(f'-csearch_path={schema}')}"
    engine = make_engine(url)
    ensure_schema(engine)
    t0 = time.perf_counter()
    load_demo_database(engine, firms=firms, bps_dir=BPS if BPS.is_dir() else None)
    datasets = list_datasets(engine)
    info = max(datasets, key=lambda d: d.id)
    regions = list(load_panel(engine, info).region_codes)
    engine.dispose()
    print(f"prepared {schema}: demo data, {firms} firms, dataset {info.id} ({info.name}, "
          f"{len(regions)} regions) in {time.perf_counter() - t0:.0f} s", flush=True)
    return url, schema, {"dataset": info.id, "regions": regions}


def drop(schema: str) -> None:
    import sqlalchemy as sa

    admin = sa.create_engine(PG)
    with admin.begin() as conn:
        conn.exec_driver_sql(f'DROP SCHEMA "{schema}" CASCADE')
    admin.dispose()


def pages(who: str, dataset: int, code: str, rng: random.Random) -> tuple[str, str]:
    """(label, url) of one page a user of role ``who`` opens next."""
    common = [("dashboard", f"/region/{dataset}/{code}"),
              ("ranking fragment", f"/region/{dataset}/{code}/ranking?w_share=0.5"),
              ("analysis API", f"/api/v1/datasets/{dataset}/analysis/{code}"
                               "?tables=lq_quadrant"),
              ("home", "/"), ("plans", "/plans")]
    if who == "tamu":
        return rng.choice([*common, ("register aggregates", "/register")])
    return rng.choice([*common, ("register list", f"/register?page={rng.randint(1, 20)}"),
                       ("register API", f"/api/v1/register/records?page={rng.randint(1, 20)}"),
                       ("duplicate review", "/register/duplicates")])


async def _sign_in(c: object, who: str) -> str:
    page = await c.get("/login")  # type: ignore[attr-defined]
    tok = re.search(r'name="csrf_token" value="([^"]+)"', page.text)
    assert tok is not None, page.text[:300]
    r = await c.post("/login", data={"username": who, "password": PASSWORD,  # type: ignore[attr-defined]
                                     "csrf_token": tok.group(1)})
    assert r.status_code in (200, 303), r.status_code
    me = await c.get("/api/v1/me")  # type: ignore[attr-defined]
    return str(me.json()["csrf_token"])


async def _session(k: int, base: str, gate: asyncio.Semaphore) -> dict[str, str]:
    """The cookies of one signed-in session of the ``k``-th demo login."""
    import httpx

    async with gate, httpx.AsyncClient(base_url=base, timeout=120) as c:
        await _sign_in(c, LOGINS[k % len(LOGINS)])
        return dict(c.cookies)


async def _user(k: int, base: str, spec: dict[str, object], cookies: dict[str, str],
                start: float, until: float, out: list[tuple[str, float, int]],
                think: float = 0.0) -> None:
    """One user on its own connection: opens pages until the end, pausing a random
    0 to 2 x ``think`` seconds after each page (reading it)."""
    import httpx

    who = LOGINS[k % len(LOGINS)]  # session k % sessions is a session of this login
    rng = random.Random(k)
    regions = list(spec["regions"])  # type: ignore[call-overload]
    async with httpx.AsyncClient(base_url=base, timeout=60, cookies=cookies) as c:
        await asyncio.sleep(start + rng.random() - time.monotonic())  # over a second
        while time.monotonic() < until:
            label, url = pages(who, int(spec["dataset"]), rng.choice(regions), rng)  # type: ignore[call-overload]
            t0 = time.perf_counter()
            try:
                r = await c.get(url)
                status = r.status_code
            except httpx.HTTPError as exc:  # no answer: counted as an error, by its kind
                status, label = 0, f"{label} ({type(exc).__name__})"
            out.append((label, time.perf_counter() - t0, status))
            if think:
                await asyncio.sleep(rng.uniform(0, 2 * think))


async def _jobs(base: str, until: float, log: list[dict[str, object]]) -> None:
    """Every 20 s the analyst starts a duplicate search from the register page; its job's
    time from start to done is recorded."""
    import httpx

    async with httpx.AsyncClient(base_url=base, timeout=60) as c:
        csrf = await _sign_in(c, "analis")
        while time.monotonic() < until - 5:
            t0 = time.perf_counter()
            r = await c.post("/register/duplicates/find", data={"csrf_token": csrf},
                             follow_redirects=False)
            where = r.headers.get("location", "")
            status = "done at once"
            if where.startswith("/jobs/"):
                job = where.rsplit("/", 1)[1]
                while time.monotonic() < until + 60:
                    status = (await c.get(f"/api/v1/jobs/{job}")).json()["status"]
                    if status in ("done", "failed"):
                        break
                    await asyncio.sleep(0.5)
            log.append({"status": status, "seconds": round(time.perf_counter() - t0, 2),
                        "answer": r.status_code})
            await asyncio.sleep(max(0.0, 20 - (time.perf_counter() - t0)))


def register_csv(rows: int = 2000) -> bytes:
    """A register upload of ``rows`` firms of the Morowali analyst's regency (the same file
    each time: the first import adds them, the next ones find them unchanged)."""
    lines = ["Nama Usaha,NIB,Alamat,Kode Desa,KBLI,Tenaga Kerja,Pemilik,Telepon,Tahun"]
    lines += [f"UD Beban {i},{9130000000000 + i},Jl. Uji {i},72.06.05.1014,10421,"
              f"{3 + i % 40},Pemilik {i},0812{i:08d},2023" for i in range(rows)]
    return ("\n".join(lines) + "\n").encode()


async def _imports(base: str, until: float, log: list[dict[str, object]]) -> None:
    """Every 30 s the analyst uploads a 2,000-firm register file on the data page; the
    import runs as a job; its time from upload to done is recorded."""
    import httpx

    body = register_csv()
    async with httpx.AsyncClient(base_url=base, timeout=120) as c:
        csrf = await _sign_in(c, "analis")
        while time.monotonic() < until - 5:
            t0 = time.perf_counter()
            r = await c.post("/data/upload", data={"csrf_token": csrf, "kind": "register"},
                             files={"files": ("beban.csv", body, "text/csv")},
                             follow_redirects=False)
            where = r.headers.get("location", "")
            status = f"answered {r.status_code}"
            if where.startswith("/jobs/"):
                job = where.rsplit("/", 1)[1]
                while time.monotonic() < until + 120:
                    status = (await c.get(f"/api/v1/jobs/{job}")).json()["status"]
                    if status in ("done", "failed"):
                        break
                    await asyncio.sleep(0.5)
            log.append({"status": status, "seconds": round(time.perf_counter() - t0, 2)})
            await asyncio.sleep(max(0.0, 30 - (time.perf_counter() - t0)))


async def _load(base: str, spec: dict[str, object], users: int, sessions: int,
                seconds: float, jobs: bool, result: Path, think: float = 0.0) -> None:
    out: list[tuple[str, float, int]] = []
    job_log: list[dict[str, object]] = []
    import_log: list[dict[str, object]] = []
    sessions = max(len(LOGINS), min(sessions, users) // len(LOGINS) * len(LOGINS))
    t_sign = time.monotonic()
    gate = asyncio.Semaphore(4)  # a sign-in hashes a password: a few at a time
    cookies = await asyncio.gather(*[_session(k, base, gate) for k in range(sessions)])
    print(f"{sessions} sessions signed in in {time.monotonic() - t_sign:.0f} s; {users} "
          f"users measured for {seconds:.0f} s", flush=True)
    t0 = time.monotonic()
    tasks = [_user(k, base, spec, cookies[k % sessions], t0, t0 + seconds, out, think)
             for k in range(users)]
    if jobs:
        tasks.append(_jobs(base, t0 + seconds, job_log))
        tasks.append(_imports(base, t0 + seconds, import_log))
    await asyncio.gather(*tasks)
    result.write_text(json.dumps({"seconds": time.monotonic() - t0, "requests": out,
                                  "jobs": job_log, "imports": import_log}))


def report(result: Path, users: int, workers: int, load: tuple[float, ...],
           cpu: dict[str, float]) -> None:
    import numpy as np

    data = json.loads(result.read_text())
    rows = data["requests"]
    ok = [(lab, t) for lab, t, s in rows if 200 <= s < 400]
    errors = [(lab, s) for lab, _, s in rows if not 200 <= s < 400]
    ms = np.array([t for _, t in ok]) * 1000
    seconds = data["seconds"]
    print(f"\nload: {users} users, {workers} workers, {seconds:.0f} s, {len(rows)} requests, "
          f"{len(rows) / seconds:.0f} req/s, errors {len(errors)}")
    if errors:
        kinds: dict[str, int] = {}
        for lab, s in errors:
            kinds[f"{lab} {s}"] = kinds.get(f"{lab} {s}", 0) + 1
        print("  errors:", kinds)
    if len(ms):
        print(f"  all pages: p50 {np.percentile(ms, 50):.0f} ms, p95 {np.percentile(ms, 95):.0f}"
              f" ms, p99 {np.percentile(ms, 99):.0f} ms, max {ms.max():.0f} ms")
    for lab in sorted({lab for lab, _ in ok}):
        t = np.array([x for a, x in ok if a == lab]) * 1000
        print(f"  {lab:<20} n={len(t):>6}  p50 {np.percentile(t, 50):>6.0f}  "
              f"p95 {np.percentile(t, 95):>6.0f}  p99 {np.percentile(t, 99):>6.0f} ms")
    if rows:
        print(f"  CPU during the load: web processes {cpu['web']:.1f} s "
              f"({cpu['web'] / len(rows) * 1000:.1f} ms a request), job workers "
              f"{cpu['workers']:.1f} s, load client {cpu['client']:.1f} s")
    if data["jobs"]:
        print("  duplicate search jobs during the load:", data["jobs"])
    if data.get("imports"):
        print("  register import jobs (2,000 rows) during the load:", data["imports"])
    after = os.getloadavg()
    print(f"  machine: {os.cpu_count()} cores; load average before "
          f"{load[0]:.1f}/{load[1]:.1f}/{load[2]:.1f}, after "
          f"{after[0]:.1f}/{after[1]:.1f}/{after[2]:.1f} (1/5/15 min)")


def tree_cpu(root: int) -> float:
    """CPU seconds (user + system) used so far by process ``root`` and its descendants,
    counting children that ended and were waited for (read from ``/proc``; 0 where it is
    not readable)."""
    ticks = os.sysconf("SC_CLK_TCK")
    children: dict[int, list[int]] = {}
    stat: dict[int, list[str]] = {}
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            fields = (entry / "stat").read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        pid = int(entry.name)
        stat[pid] = fields
        children.setdefault(int(fields[1]), []).append(pid)
    total, todo = 0.0, [root]
    while todo:
        pid = todo.pop()
        if pid in stat:
            # its own time and that of its children already ended (RQ's work horses)
            total += sum(int(stat[pid][k]) for k in (11, 12, 13, 14)) / ticks
        todo += children.get(pid, [])
    return total


def _wait_up(base: str, srv: subprocess.Popen[bytes], seconds: float = 180) -> None:
    import httpx

    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        try:
            if httpx.get(f"{base}/healthz", timeout=2).status_code == 200:
                return
        except httpx.HTTPError:
            pass
        if srv.poll() is not None:
            raise SystemExit("the server stopped")
        time.sleep(0.5)
    raise SystemExit("the server did not start")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--users", type=int, default=200)
    ap.add_argument("--duration", type=float, default=300, help="seconds (at most 300)")
    ap.add_argument("--workers", type=int, default=2)
    ap.add_argument("--port", type=int, default=8797)
    ap.add_argument("--firms", type=int, default=3000)
    ap.add_argument("--sessions", type=int, default=30,
                    help="signed-in sessions the users share (a sign-in costs a password "
                         "hash; default 30)")
    ap.add_argument("--jobs", action="store_true",
                    help="Redis broker + 2 rancang worker; a duplicate search every 20 s")
    ap.add_argument("--broker-url", default="redis://127.0.0.1:6379/0")
    ap.add_argument("--think", type=float, default=0.0,
                    help="mean pause of a user after each page, seconds (0: none, every "
                         "user asks again at once)")
    ap.add_argument("--client", nargs=3, metavar=("BASE", "SPEC", "RESULT"))
    a = ap.parse_args()
    duration = min(a.duration, 300.0)
    if a.client:  # the second process
        spec = json.loads(Path(a.client[1]).read_text())
        asyncio.run(_load(a.client[0], spec, a.users, a.sessions, duration, a.jobs,
                          Path(a.client[2]), a.think))
        return
    load = os.getloadavg()
    tmp = Path(tempfile.mkdtemp())
    url, schema, spec = prepare(a.firms)
    queue = f"rancang-bench-{uuid.uuid4().hex[:8]}"
    env = {**os.environ, "RANCANG_DATABASE_URL": url, "RANCANG_DATA_DIR": str(tmp),
           "RANCANG_BROKER_URL": a.broker_url if a.jobs else "", "RANCANG_JOB_QUEUE": queue,
           "RANCANG_JOB_WAIT_SECONDS": "0.5"}
    logs = (tmp / "server.log").open("wb")
    procs = [subprocess.Popen([sys.executable, "-m", "rancang", "serve", "--port",
                               str(a.port), "--workers", str(a.workers)], env=env,
                              stdout=logs, stderr=subprocess.STDOUT)]
    if a.jobs:
        procs += [subprocess.Popen([sys.executable, "-m", "rancang", "worker"], env=env,
                                   stdout=logs, stderr=subprocess.STDOUT) for _ in range(2)]
    base = f"http://127.0.0.1:{a.port}"
    try:
        _wait_up(base, procs[0])
        (tmp / "spec.json").write_text(json.dumps(spec))
        result = tmp / "result.json"
        before = [tree_cpu(p.pid) for p in procs]
        client0 = os.times()
        subprocess.run([sys.executable, __file__, "--client", base, str(tmp / "spec.json"),
                        str(result), "--users", str(a.users), "--sessions", str(a.sessions),
                        "--duration", str(duration), "--think", str(a.think)]
                       + (["--jobs"] if a.jobs else []), check=True, env=env)
        after = [tree_cpu(p.pid) for p in procs]
        client1 = os.times()
        used = [x - y for x, y in zip(after, before, strict=True)]
        cpu = {"web": used[0], "workers": sum(used[1:]),
               "client": (client1.children_user + client1.children_system
                          - client0.children_user - client0.children_system)}
        report(result, a.users, a.workers, load, cpu)
    finally:
        for p in procs:
            p.terminate()
        for p in procs:
            try:
                p.wait(timeout=20)
            except subprocess.TimeoutExpired:
                p.kill()
        logs.close()
        drop(schema)
        print(f"  server log: {tmp / 'server.log'}")


if __name__ == "__main__":
    main()
