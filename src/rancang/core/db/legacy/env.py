"""Alembic environment of release 0.1's single migration chain (``versions/``).

Only :func:`rancang.core.db.migrate.ensure_schema` runs it, to bring a database of that
release to the end of the chain before it is stamped at the feature branches.
"""

from __future__ import annotations

from alembic import context


def _run(connection) -> None:  # type: ignore[no-untyped-def]
    context.configure(connection=connection,
                      render_as_batch=connection.dialect.name == "sqlite")
    with context.begin_transaction():
        context.run_migrations()


_run(context.config.attributes["connection"])
