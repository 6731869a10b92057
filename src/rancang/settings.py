"""Settings in one place, read from the environment when asked, never at import time.

Every setting has an environment variable with the ``RANCANG_`` prefix:

- ``RANCANG_DATA_DIR``: folder for the default SQLite database and other local files
  (default ``~/.local/share/rancang``, or ``$XDG_DATA_HOME/rancang``).
- ``RANCANG_DATABASE_URL``: SQLAlchemy URL of the database (default: an SQLite file
  ``rancang.sqlite`` in the data folder). PostgreSQL: ``postgresql+psycopg://user@host/db``.
"""

from __future__ import annotations

import os
from pathlib import Path

from pydantic import model_validator
from pydantic_settings import BaseSettings, SettingsConfigDict


def _default_data_dir() -> Path:
    base = os.environ.get("XDG_DATA_HOME") or str(Path.home() / ".local" / "share")
    return Path(base) / "rancang"


class Settings(BaseSettings):
    """Rancang settings, from ``RANCANG_*`` environment variables.

    Example
    -------
    >>> s = Settings(data_dir="/tmp/x")
    >>> s.database_url
    'sqlite:////tmp/x/rancang.sqlite'
    >>> Settings(database_url="sqlite://").database_url
    'sqlite://'
    """

    model_config = SettingsConfigDict(env_prefix="RANCANG_", extra="ignore")

    data_dir: Path = _default_data_dir()
    database_url: str = ""

    @model_validator(mode="after")
    def _fill_database_url(self) -> Settings:
        if not self.database_url:
            self.database_url = f"sqlite:///{Path(self.data_dir) / 'rancang.sqlite'}"
        return self


def get_settings() -> Settings:
    """Read the settings from the environment now (call once, at start-up).

    Example
    -------
    >>> isinstance(get_settings(), Settings)
    True
    """
    return Settings()
