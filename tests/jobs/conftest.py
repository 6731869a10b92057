"""The real Redis broker of the job tests (``RANCANG_TEST_BROKER_URL``, default
``redis://127.0.0.1:6379/0``): skipped with a visible reason when it does not answer,
failed under ``CI=true`` (like the PostgreSQL server of ``tests/conftest.py``)."""

from __future__ import annotations

import os
import uuid
from collections.abc import Iterator

import pytest

REDIS_DEFAULT_URL = "redis://127.0.0.1:6379/0"


@pytest.fixture(scope="session")
def redis_server() -> str:
    """URL of a Redis server that answers PING."""
    from redis import Redis
    from redis.exceptions import RedisError

    url = os.environ.get("RANCANG_TEST_BROKER_URL", REDIS_DEFAULT_URL)
    try:
        Redis.from_url(url, socket_connect_timeout=3).ping()
    except RedisError as exc:
        msg = f"Redis not reachable at {url}: {str(exc).splitlines()[0]}"
        if os.environ.get("CI", "").lower() == "true":
            pytest.fail(msg)
        pytest.skip(msg)
    return url


@pytest.fixture()
def job_queue(redis_server: str, monkeypatch: pytest.MonkeyPatch) -> Iterator[str]:
    """A queue of this test's own on the real Redis (``RANCANG_JOB_QUEUE``), emptied
    after the test."""
    from redis import Redis
    from rq import Queue

    name = f"rancang-test-{uuid.uuid4().hex[:10]}"
    monkeypatch.setenv("RANCANG_JOB_QUEUE", name)
    yield name
    Queue(name, connection=Redis.from_url(redis_server)).delete(delete_jobs=True)
