"""Database layer: declarative base, engine and session factory, schema migrations.

Nothing is created at import time: call :func:`make_engine` with a URL (usually
``get_settings().database_url``) and :func:`ensure_schema` before first use.
"""

from rancang.core.db.base import Base
from rancang.core.db.engine import make_engine, session_factory
from rancang.core.db.migrate import current_revision, ensure_schema, open_database

__all__ = ["Base", "current_revision", "ensure_schema", "make_engine", "open_database",
           "session_factory"]
