"""Alembic environment: uses the connection handed over by :func:`rancang.core.db.ensure_schema`.

The target metadata is every installed feature's models (imported from the modules their
manifests list), for ``alembic revision --autogenerate``.
"""

from __future__ import annotations

import importlib

from alembic import context
from sqlalchemy import create_engine

from rancang.core.db.base import Base
from rancang.core.features import installed

config = context.config
for _module in (config.attributes.get("features") or installed()).model_modules():
    importlib.import_module(_module)
target_metadata = Base.metadata


def _run(connection) -> None:  # type: ignore[no-untyped-def]
    context.configure(
        connection=connection,
        target_metadata=target_metadata,
        render_as_batch=connection.dialect.name == "sqlite",
        compare_type=True,
    )
    with context.begin_transaction():
        context.run_migrations()


connection = config.attributes.get("connection")
if connection is not None:
    _run(connection)
else:  # command-line use: alembic -x url=sqlite:///file.sqlite upgrade heads
    url = context.get_x_argument(as_dictionary=True).get("url") or config.get_main_option(
        "sqlalchemy.url"
    )
    if not url:
        raise SystemExit("pass the database with -x url=...")
    with create_engine(url).begin() as conn:
        _run(conn)
