"""``rancang serve --workers 2`` on PostgreSQL: one signed-in session served by both
workers (sessions and CSRF tokens live in the database, not in a worker)."""

from __future__ import annotations

import os
import re
import socket
import subprocess
import sys
import time
from pathlib import Path

import httpx
import pytest

from rancang.core.db import ensure_schema, make_engine
from rancang.features.accounts.service import create_user

PASSWORD = "rahasia-123"


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def _children(pid: int) -> set[int]:
    """Descendant process ids of ``pid`` (from /proc)."""
    parents: dict[int, int] = {}
    for d in Path("/proc").iterdir():
        if d.name.isdigit():
            try:
                parents[int(d.name)] = int((d / "stat").read_text().rsplit(")", 1)[1].split()[1])
            except (OSError, IndexError, ValueError):
                continue
    out, todo = set(), [pid]
    while todo:
        p = todo.pop()
        kids = {c for c, pp in parents.items() if pp == p}
        out |= kids
        todo += list(kids)
    return out


def _server_pid(port: int, client_port: int, candidates: set[int]) -> int | None:
    """Which of ``candidates`` holds the server side of our connection (via /proc/net)."""
    inode = None
    for table in ("/proc/net/tcp", "/proc/net/tcp6"):
        for line in Path(table).read_text().splitlines()[1:]:
            f = line.split()
            local, remote = f[1], f[2]
            if (int(local.rsplit(":", 1)[1], 16) == port
                    and int(remote.rsplit(":", 1)[1], 16) == client_port):
                inode = f[9]
    if inode is None:
        return None
    for pid in candidates:
        try:
            fds = list(Path(f"/proc/{pid}/fd").iterdir())
        except OSError:
            continue
        for fd in fds:
            try:
                if os.readlink(fd) == f"socket:[{inode}]":
                    return pid
            except OSError:
                continue
    return None


@pytest.mark.postgres
def test_two_workers_share_sessions_on_postgresql(postgres_url: str, tmp_path: Path) -> None:
    if not Path("/proc/net/tcp").exists():  # pragma: no cover - Linux only
        pytest.skip("needs /proc")
    engine = make_engine(postgres_url)
    ensure_schema(engine)
    create_user(engine, "admin", PASSWORD, role="admin")
    engine.dispose()
    port = _free_port()
    srv = subprocess.Popen(
        [sys.executable, "-m", "rancang", "serve", "--workers", "2", "--port", str(port),
         "--database-url", postgres_url],
        stdout=subprocess.PIPE, stderr=subprocess.STDOUT,
        env={**os.environ, "RANCANG_DATA_DIR": str(tmp_path)},
    )
    base = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 120  # two workers starting on a busy machine
        while True:
            try:
                if httpx.get(f"{base}/healthz", timeout=1).status_code == 200:
                    break
            except httpx.HTTPError:
                pass
            assert srv.poll() is None, srv.stdout.read().decode()[-2000:]  # type: ignore[union-attr]
            assert time.monotonic() < deadline, "server did not start in 120 s"
            time.sleep(0.2)
        with httpx.Client(base_url=base) as c:
            token = re.search(r'name="csrf_token" value="([^"]+)"', c.get("/login").text)
            assert token is not None
            resp = c.post("/login", data={"username": "admin", "password": PASSWORD,
                                          "csrf_token": token.group(1)})
            assert resp.status_code in (200, 303)
            cookies = dict(c.cookies)
            csrf = c.get("/api/v1/me").json()["csrf_token"]
        workers = _children(srv.pid)
        seen: set[int] = set()
        statuses = []
        for k in range(40):
            # a new connection per request, so the kernel hands it to either worker
            with httpx.Client(base_url=base, cookies=cookies, timeout=10) as c:
                if k % 5 == 4:  # a CSRF-protected POST (a state change) now and then
                    r = c.post("/api/v1/register/duplicates/find",
                               headers={"X-CSRF-Token": csrf})
                else:
                    r = c.get(["/api/v1/me", "/register", "/api/v1/register/records",
                               "/register/duplicates"][k % 4])
                statuses.append(r.status_code)
                local_port = None
                stream = r.extensions.get("network_stream")
                if stream is not None:
                    local_port = stream.get_extra_info("client_addr")[1]
                if local_port is not None:
                    pid = _server_pid(port, local_port, workers)
                    if pid is not None:
                        seen.add(pid)
            if k >= 19 and len(seen) >= 2:
                break
        assert all(s == 200 for s in statuses), statuses
        assert len(statuses) >= 20
        assert len(seen) >= 2, f"requests reached workers {seen} only"
        # without the token the same session's POST is refused, by whichever worker
        refused = httpx.post(f"{base}/api/v1/register/duplicates/find", cookies=cookies)
        assert refused.status_code == 403
    finally:
        srv.terminate()
        try:
            srv.wait(timeout=10)
        except subprocess.TimeoutExpired:  # pragma: no cover
            srv.kill()
            srv.wait()
        if srv.stdout is not None:
            srv.stdout.close()
