"""Shared fixtures: where the real public data lives, and markers that skip cleanly."""

from __future__ import annotations

import contextlib
import os
from collections.abc import Iterator
from pathlib import Path

import pytest
from hypothesis import settings

# Property tests: under CI the examples are derived from each test's name (derandomize), so a
# CI run is reproducible; locally they are random, to keep finding new cases.
settings.register_profile("ci", derandomize=True, deadline=None, print_blob=True)
settings.register_profile("dev", deadline=None, print_blob=True)
settings.load_profile("ci" if os.environ.get("CI", "").lower() == "true" else "dev")

# Messages are Indonesian by default; tests that check English words choose English
# themselves (``language("en")``, ``--lang en``). A developer's RANCANG_LANG must not
# change what the suite sees.
os.environ.pop("RANCANG_LANG", None)
# A page waits this long for a job it started before it shows the job's page instead of
# the result (2 s in use). The tests read the result; on a loaded machine a plan draft or a
# register import can take longer than 2 s. Tests of the job page set their own wait.
os.environ.setdefault("RANCANG_JOB_WAIT_SECONDS", "60")


def _cheap_password_hashing() -> object:
    """Hash the tests' passwords with Argon2id at the lowest cost (1 pass, 8 KiB, 1 lane)
    instead of the real one (3 passes, 64 MiB, 4 lanes: about 0.1-0.5 s per hash or check on
    the 2-core test machine). Every app the tests build creates four accounts and every
    client signs in, and the walks post passwords hundreds of times; at the real cost that
    was minutes of the suite. A stored hash carries its own cost, so checking a password
    stays as strict: only the work factor differs. Returns the real hasher, which
    ``tests/web/test_auth.py::test_passwords_are_hashed_at_the_real_cost`` puts back to
    check the cost the application uses. Processes the tests start (the CLI as a
    subprocess, servers) hash at the real cost."""
    from argon2 import PasswordHasher

    from rancang.features.accounts import service

    real = service._HASHER
    cheap = PasswordHasher(time_cost=1, memory_cost=8, parallelism=1)
    service._HASHER = cheap
    service._DUMMY_HASH = cheap.hash("not-a-real-password")
    return real


REAL_PASSWORD_HASHER = _cheap_password_hashing()


#: The longest test files, run first. Under pytest-xdist's ``--dist loadfile`` with
#: ``--no-loadscope-reorder`` (``scripts/test.sh``) each file goes whole to the next free
#: process in the order collected: a long file started near the end would keep one process
#: busy while the other has nothing left to do. (xdist's own order, by number of tests,
#: puts these files, most of one or a few tests, last.) Measured with ``--durations``; see
#: "Test suite time" in ``benchmarks/README.md``.
LONGEST_FIRST = (
    "tests/web/test_page_languages.py",
    "tests/hardening/test_hostile_requests_writes.py",
    "tests/hardening/test_hostile_requests_postgres.py",
    "tests/hardening/test_hostile_requests.py",
    "tests/web/test_authorisation_matrix.py",
    "tests/web/test_browser_walk.py",
    "tests/web/test_chart_truth.py",
    "tests/hardening/test_hostile_requests_postgres_reads.py",
    "tests/web/test_pages_browser.py",
    "tests/web/test_browser.py",
)


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """The files of :data:`LONGEST_FIRST` first, in its order; the others after them, in
    the order collected (a file's tests stay together and in their order)."""
    rank = {path: k for k, path in enumerate(LONGEST_FIRST)}
    items.sort(key=lambda item: rank.get(item.nodeid.split("::")[0], len(rank)))


@pytest.fixture(autouse=True)
def _reset_message_language() -> Iterator[None]:
    """A CLI ``--lang`` in one test must not change the messages of the next."""
    from rancang.core.i18n import use_language

    use_language(None)
    yield
    use_language(None)


@pytest.fixture()
def english(monkeypatch: pytest.MonkeyPatch) -> None:
    """Run a test in English (its assertions read English messages): the default
    language of the call, as ``RANCANG_LANG=en`` gives it, for the CLI and the API."""
    monkeypatch.setenv("RANCANG_LANG", "en")


REPO = Path(__file__).resolve().parents[1]
RAW = Path(os.environ.get("RANCANG_RAW_DATA", REPO.parent / "shared" / "data" / "raw"))
BPS_PDRB_DIR = RAW / "bps-pdrb-kabkota-adhk-2013-2020"
BPS_IO_DIR = RAW / "bps-io-2016-provinsi-17sektor"
TEST_DATA = Path(__file__).resolve().parent / "data"


@pytest.fixture(scope="session")
def raw_dir() -> Path:
    """The shared raw data folder; tests using it skip when it is absent."""
    if not RAW.is_dir():
        pytest.skip(f"shared raw data not found at {RAW}")
    return RAW


@pytest.fixture(scope="session")
def bps_pdrb_dir(raw_dir: Path) -> Path:
    if not BPS_PDRB_DIR.is_dir():
        pytest.skip("BPS PDRB files not present in shared data")
    return BPS_PDRB_DIR


@pytest.fixture(scope="session")
def bps_io_dir(raw_dir: Path) -> Path:
    if not BPS_IO_DIR.is_dir():
        pytest.skip("BPS IO tables not present in shared data")
    return BPS_IO_DIR


@pytest.fixture()
def test_data() -> Path:
    return TEST_DATA


# ---------------------------------------------------------------- PostgreSQL (registry, web)
PG_DEFAULT_URL = "postgresql+psycopg://postgres@127.0.0.1:5432/test"


@pytest.fixture(scope="session")
def postgres_server() -> str:
    """URL of the test PostgreSQL server (``RANCANG_TEST_DATABASE_URL``).

    Skips with a visible reason when no server answers, except under ``CI=true``, where a
    missing server fails the test.
    """
    import sqlalchemy as sa

    url = os.environ.get("RANCANG_TEST_DATABASE_URL", PG_DEFAULT_URL)
    try:
        engine = sa.create_engine(url, connect_args={"connect_timeout": 3})
        with engine.connect() as conn:
            conn.exec_driver_sql("select 1")
        engine.dispose()
    except Exception as exc:  # any driver or connection error
        msg = f"PostgreSQL not reachable at {url.split('@')[-1]}: {str(exc).splitlines()[0]}"
        if os.environ.get("CI", "").lower() == "true":
            pytest.fail(msg)
        pytest.skip(msg)
    return url


@contextlib.contextmanager
def fresh_schema(server: str) -> Iterator[str]:
    """A URL of ``server`` whose ``search_path`` is a fresh schema, dropped on leaving."""
    import uuid
    from urllib.parse import quote

    import sqlalchemy as sa

    schema = f"t_{uuid.uuid4().hex[:12]}"
    admin = sa.create_engine(server)
    with admin.begin() as conn:
        conn.exec_driver_sql(f'CREATE SCHEMA "{schema}"')
    sep = "&" if "?" in server else "?"
    try:
        yield f"{server}{sep}options={quote(f'-csearch_path={schema}')}"
    finally:
        with admin.begin() as conn:
            conn.exec_driver_sql(f'DROP SCHEMA "{schema}" CASCADE')
        admin.dispose()


@pytest.fixture()
def postgres_url(postgres_server: str) -> Iterator[str]:
    """A URL whose ``search_path`` is a fresh schema, dropped after the test."""
    with fresh_schema(postgres_server) as url:
        yield url
