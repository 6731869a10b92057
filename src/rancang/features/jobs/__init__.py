"""Background jobs: long work (duplicate search, plan drafts) runs outside the request.

A job is a row of the ``job`` table (who started it, for which region, its status,
progress, result or error) and a call of a function marked with
:func:`rancang.features.jobs.service.job`. With ``RANCANG_BROKER_URL`` set
(``redis://127.0.0.1:6379/0``) jobs go to a Redis queue served by ``rancang worker``
(RQ; web processes and workers scale independently); without it, in the embedded SQLite
mode, they run in a thread of the process that started them, with no extra service. The
page ``/jobs/{id}`` and the API ``/api/v1/jobs/{id}`` follow a job; an actor sees only the
jobs they started.
"""

from __future__ import annotations

from rancang.core.features import Feature

FEATURE = Feature(
    name="jobs",
    package=__name__,
    label="feature.jobs",
    requires=("accounts",),
    words=("rancang.features.jobs.words", "rancang.features.jobs.cli_words"),
    models=("rancang.features.jobs.models",),
    cli="rancang.features.jobs.cli:register",
    routers=("rancang.features.jobs.routes:pages", "rancang.features.jobs.routes:api"),
)
