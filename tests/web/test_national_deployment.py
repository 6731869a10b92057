"""A national deployment on one machine: ``rancang serve --workers 3`` on PostgreSQL, seen
through a TCP proxy between the app and the database. The proxy "restarts" PostgreSQL for
the app (every open connection dropped, then new ones refused for a moment, then served
again) without touching the shared server. Checked: a session made on one worker is served
by the others; after the drop the next requests succeed (the pool tests a connection
before use); during the outage the app answers an error page without a traceback and
stays up; every write acknowledged before and after is in the database."""

from __future__ import annotations

import contextlib
import os
import re
import socket
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from pathlib import Path
from urllib.parse import urlsplit, urlunsplit

import httpx
import pytest
from sqlalchemy import text

from rancang.core.db import ensure_schema, make_engine
from rancang.features.accounts.service import create_user
from tests.web.test_workers_postgres import _children, _free_port, _server_pid

PASSWORD = "rahasia-123"


class DropProxy:
    """A TCP proxy from a local port to ``upstream``; :meth:`drop` closes every open
    connection at once (what a database restart does to its clients); while
    :attr:`down` is set, new connections are accepted and closed at once."""

    def __init__(self, upstream: tuple[str, int]) -> None:
        self.upstream = upstream
        self.listener = socket.create_server(("127.0.0.1", 0))
        self.port = int(self.listener.getsockname()[1])
        self.down = False
        self.accepted = 0
        self._pairs: list[tuple[socket.socket, socket.socket]] = []
        self._lock = threading.Lock()
        self._stop = False
        threading.Thread(target=self._accept, daemon=True).start()

    def _accept(self) -> None:
        while not self._stop:
            try:
                client, _ = self.listener.accept()
            except OSError:
                return
            if self.down:
                client.close()
                continue
            try:
                server = socket.create_connection(self.upstream, timeout=5)
            except OSError:
                client.close()
                continue
            server.settimeout(None)
            with self._lock:
                self._pairs.append((client, server))
                self.accepted += 1
            for a, b in ((client, server), (server, client)):
                threading.Thread(target=self._pump, args=(a, b), daemon=True).start()

    @staticmethod
    def _pump(src: socket.socket, dst: socket.socket) -> None:
        try:
            while data := src.recv(65536):
                dst.sendall(data)
        except OSError:
            pass
        for s in (src, dst):
            with contextlib.suppress(OSError):
                s.shutdown(socket.SHUT_RDWR)

    def drop(self) -> int:
        """Close every open connection; returns how many there were."""
        with self._lock:
            pairs, self._pairs = self._pairs, []
        for pair in pairs:
            for s in pair:
                with contextlib.suppress(OSError):
                    s.shutdown(socket.SHUT_RDWR)
                s.close()
        return len(pairs)

    def close(self) -> None:
        self._stop = True
        self.drop()
        self.listener.close()


def _through(url: str, port: int) -> str:
    """``url`` with its host and port replaced by the proxy's."""
    parts = urlsplit(url)
    user = parts.netloc.rsplit("@", 1)[0] + "@" if "@" in parts.netloc else ""
    return urlunsplit(parts._replace(netloc=f"{user}127.0.0.1:{port}"))


@pytest.fixture()
def proxy(postgres_url: str) -> Iterator[DropProxy]:
    parts = urlsplit(postgres_url)
    p = DropProxy((parts.hostname or "127.0.0.1", parts.port or 5432))
    yield p
    p.close()


def _wait_up(base: str, srv: subprocess.Popen[bytes], log: Path, seconds: float = 120
             ) -> None:
    deadline = time.monotonic() + seconds
    while True:
        try:
            if httpx.get(f"{base}/healthz", timeout=1).status_code == 200:
                return
        except httpx.HTTPError:
            pass
        assert srv.poll() is None, log.read_text(errors="replace")[-2000:]
        assert time.monotonic() < deadline, f"server did not start in {seconds} s"
        time.sleep(0.2)


@pytest.mark.postgres
def test_workers_share_sessions_and_survive_a_database_restart(
        postgres_url: str, proxy: DropProxy, tmp_path: Path) -> None:
    if not Path("/proc/net/tcp").exists():  # pragma: no cover - Linux only
        pytest.skip("needs /proc")
    direct = make_engine(postgres_url)
    ensure_schema(direct)
    create_user(direct, "perencana", PASSWORD, role="planner", region_code="72.06")
    port = _free_port()
    log = (tmp_path / "serve.log").open("wb")  # a file: a full pipe would block the workers
    srv = subprocess.Popen(
        [sys.executable, "-m", "rancang", "serve", "--workers", "3", "--port", str(port),
         "--database-url", _through(postgres_url, proxy.port)],
        stdout=log, stderr=subprocess.STDOUT,
        env={**os.environ, "RANCANG_DATA_DIR": str(tmp_path), "RANCANG_BROKER_URL": ""},
    )
    base = f"http://127.0.0.1:{port}"
    try:
        _wait_up(base, srv, tmp_path / "serve.log")
        with httpx.Client(base_url=base) as c:
            token = re.search(r'name="csrf_token" value="([^"]+)"', c.get("/login").text)
            assert token is not None
            resp = c.post("/login", data={"username": "perencana", "password": PASSWORD,
                                          "csrf_token": token.group(1)})
            assert resp.status_code in (200, 303)
            cookies = dict(c.cookies)
            csrf = c.get("/api/v1/me").json()["csrf_token"]
        workers = _children(srv.pid)
        assert len(workers) >= 3

        def call(k: int) -> tuple[int, int | None, str]:
            """One request on a new connection (any worker); a plan created every
            fourth; returns the status, the serving worker's pid and the body."""
            with httpx.Client(base_url=base, cookies=cookies, timeout=15) as c:
                t0 = time.monotonic()
                try:
                    if k % 4 == 3:
                        r = c.post("/api/v1/plans", headers={"X-CSRF-Token": csrf},
                                   json={"region": "72.06", "start_year": 2000 + k // 4})
                    else:
                        r = c.get(["/api/v1/me", "/plans", "/api/v1/plans"][k % 4])
                except httpx.TimeoutException:
                    return 0, None, f"timeout after {time.monotonic() - t0:.1f} s"
                pid = None
                stream = r.extensions.get("network_stream")
                try:  # a 500 closes the connection: then the worker is not known
                    if stream is not None:
                        pid = _server_pid(port, stream.get_extra_info("client_addr")[1],
                                          workers)
                except OSError:
                    pid = None
                return r.status_code, pid, r.text

        def plans() -> set[int]:
            with direct.connect() as conn:
                return {int(y) for (y,) in conn.execute(text("select start_year from plan"))}

        # 1. one session, every worker
        before = [call(k) for k in range(24)]
        assert [s for s, _, _ in before if s not in (200, 201)] == []
        served = {pid for _, pid, _ in before if pid is not None}
        assert len(served) >= 2, f"requests reached workers {served} only"
        written = {2000 + k // 4 for k in range(24) if k % 4 == 3}
        assert written <= plans()
        # 2. the database "restarts": every pooled connection is dropped
        assert proxy.drop() >= 1
        after = [call(k) for k in range(100, 124)]
        assert [(s, b[:200]) for s, _, b in after if s not in (200, 201)] == []
        written |= {2000 + k // 4 for k in range(100, 124) if k % 4 == 3}
        assert written <= plans()  # no acknowledged write lost
        # 3. an outage: no connection at all for a moment; error pages, no traceback
        proxy.down = True
        proxy.drop()
        during = [call(k) for k in range(200, 208)]
        for status, _, body in during:
            assert status >= 500 or status in (200, 201), (status, body[:200])
            assert "Traceback" not in body and "psycopg" not in body
        acknowledged = {2000 + k // 4 for k in range(200, 208)
                        if k % 4 == 3 and during[k - 200][0] == 201}
        proxy.down = False
        assert srv.poll() is None  # the server stayed up
        recovered = [call(k) for k in range(300, 324)]
        assert [(s, b[:200]) for s, _, b in recovered if s not in (200, 201)] == []
        written |= acknowledged | {2000 + k // 4 for k in range(300, 324) if k % 4 == 3}
        assert written <= plans()
        assert len({pid for _, pid, _ in recovered if pid is not None}) >= 2
    finally:
        srv.terminate()
        try:
            srv.wait(timeout=10)
        except subprocess.TimeoutExpired:  # pragma: no cover
            srv.kill()
            srv.wait()
        log.close()
        direct.dispose()
