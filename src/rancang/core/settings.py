"""Settings in one place, read from the environment when asked, never at import time.

Every setting has an environment variable with the ``RANCANG_`` prefix:

- ``RANCANG_DATA_DIR``: folder for the default SQLite database and other local files
  (default ``~/.local/share/rancang``, or ``$XDG_DATA_HOME/rancang``).
- ``RANCANG_DATABASE_URL``: SQLAlchemy URL of the database (default: an SQLite file
  ``rancang.sqlite`` in the data folder). PostgreSQL: ``postgresql+psycopg://user@host/db``.
- ``RANCANG_SECRET_KEY``: secret for signing (required outside development).
- ``RANCANG_ENVIRONMENT``: ``development`` (default) or ``production``.
- ``RANCANG_BOUNDARIES_FILE``: GeoJSON of regency boundaries (properties ``kode`` Kemendagri
  code, ``nama``); default: the first ``kab.geojson`` found in the data folder, its
  ``boundaries/`` or ``cahyadsn-wilayah-boundaries/`` sub-folder.
- ``RANCANG_CENTROIDS_FILE``: CSV of region centroids (columns ``level,kode,nama,lat,lng``)
  for the map without a boundary file; default: ``centroids_prov_kab_kec.csv`` beside the
  boundary file or in the same folders of the data folder.
- ``RANCANG_TILE_URL``: optional map tile URL template (``https://.../{z}/{x}/{y}.png``);
  empty by default, so maps use no tiles from the internet.
- ``RANCANG_COOKIE_SECURE``: send the session cookie over HTTPS only (set behind TLS).
- ``RANCANG_SESSION_HOURS``: how long a sign-in lasts (default 12).
- ``RANCANG_MAX_REQUEST_MB``: the largest request body, all files of an upload together
  (default 50).
- ``RANCANG_BROKER_URL``: Redis URL of the job broker (``redis://127.0.0.1:6379/0``); empty
  (default): background jobs run in a thread of the process that started them.
- ``RANCANG_JOB_QUEUE``: the Redis queue's name (default ``rancang``).
- ``RANCANG_JOB_WAIT_SECONDS``: how long a page waits for a job it started before showing
  the job's progress page instead of the result (default 2).
- ``RANCANG_JOB_RETENTION_DAYS``: how long a finished job's result file is kept (default
  30 days); then it is deleted, and the job's row one period later.
"""

from __future__ import annotations

import os
from pathlib import Path

from pydantic import Field, model_validator
from pydantic_settings import BaseSettings, SettingsConfigDict

#: What each setting does (the documentation and ``rancang --help`` read it from here).
SETTINGS_HELP: dict[str, str] = {
    "data_dir": "folder of the default SQLite database and other local files (default "
                "`~/.local/share/rancang`, or `$XDG_DATA_HOME/rancang`).",
    "database_url": "SQLAlchemy URL of the database (default: the SQLite file "
                    "`rancang.sqlite` in the data folder); PostgreSQL: "
                    "`postgresql+psycopg://user@host/db`.",
    "secret_key": "secret for signing the sign-in form (required outside development).",
    "environment": "`development` (default) or `production` (a secret key is then "
                   "required).",
    "boundaries_file": "GeoJSON of regency boundaries (properties `kode`, `nama`); default: "
                       "the first `kab.geojson` in the data folder or its `boundaries/` "
                       "sub-folder.",
    "centroids_file": "CSV of region centroids (`level,kode,nama,lat,lng`) for the map "
                      "without boundaries; default: `centroids_prov_kab_kec.csv` beside "
                      "the boundary file or in the data folder.",
    "tile_url": "map tile URL template (`https://.../{z}/{x}/{y}.png`); empty by default, "
                "so maps load nothing from the internet.",
    "cookie_secure": "send the session cookie over HTTPS only (set it behind TLS).",
    "session_hours": "how long a sign-in lasts (default 12).",
    "max_request_mb": "the largest request body in MB, all files of an upload together "
                      "(default 50); a larger one is refused before it is read.",
    "broker_url": "Redis URL of the job broker (`redis://127.0.0.1:6379/0`) served by "
                  "`rancang worker`; empty (default): background jobs run in a thread of "
                  "the process that started them.",
    "job_queue": "name of the Redis queue of the jobs (default `rancang`; one per "
                 "installation sharing a Redis server).",
    "job_wait_seconds": "how long a page waits for a job it started before it shows the "
                        "job's progress page (default 2).",
    "job_retention_days": "how many days a finished job's result file (a coded table, a "
                          "schedule's ZIP) is kept for download (default 30); then it is "
                          "deleted and its download answers 410, and the job's row goes "
                          "one period later (`rancang jobs purge`).",
    "smtp_host": "the mail server for the consultation's answer notices (no host or no "
                 "sender: no e-mail, the in-app notice only).",
    "smtp_port": "its port (default 587; 465 with ssl).",
    "smtp_user": "the account on the mail server (empty: no login).",
    "smtp_password": "its password.",
    "smtp_from": "the sender address of the notices.",
    "smtp_security": "starttls (default), ssl or none (a local relay).",
    "smtp_timeout": "seconds to wait for the mail server (default 10).",
}


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
    secret_key: str = ""
    environment: str = "development"
    boundaries_file: Path | None = None
    centroids_file: Path | None = None
    tile_url: str = ""
    cookie_secure: bool = False
    session_hours: float = 12.0
    max_request_mb: int = 50
    broker_url: str = ""
    job_queue: str = "rancang"
    job_wait_seconds: float = 2.0
    #: days a finished job's result file is kept (then purged; the row one period later)
    job_retention_days: float = Field(default=30.0, gt=0)
    #: outgoing mail (the consultation's answer notices); no host or sender: no mail
    smtp_host: str = ""
    smtp_port: int = 587
    smtp_user: str = ""
    smtp_password: str = ""
    smtp_from: str = ""
    #: ``starttls`` (port 587), ``ssl`` (port 465) or ``none`` (a local relay)
    smtp_security: str = "starttls"
    smtp_timeout: float = 10.0

    def find_boundaries(self) -> Path | None:
        """The regency boundary GeoJSON to use, or None when there is none."""
        if self.boundaries_file is not None:
            return self.boundaries_file if Path(self.boundaries_file).is_file() else None
        base = Path(self.data_dir)
        for sub in ("", "boundaries", "cahyadsn-wilayah-boundaries"):
            candidate = base / sub / "kab.geojson"
            if candidate.is_file():
                return candidate
        return None

    def find_centroids(self) -> Path | None:
        """The centroid CSV to use (regions as points when no boundaries), or None."""
        name = "centroids_prov_kab_kec.csv"
        if self.centroids_file is not None:
            return self.centroids_file if Path(self.centroids_file).is_file() else None
        base = Path(self.data_dir)
        folders = [base / sub for sub in ("", "boundaries", "cahyadsn-wilayah-boundaries")]
        if self.boundaries_file is not None:
            folders.insert(0, Path(self.boundaries_file).parent)
        for folder in folders:
            if (folder / name).is_file():
                return folder / name
        return None

    @model_validator(mode="after")
    def _fill_database_url(self) -> Settings:
        if not self.database_url:
            self.database_url = f"sqlite:///{Path(self.data_dir) / 'rancang.sqlite'}"
        if not self.secret_key:
            if self.environment != "development":
                raise ValueError("RANCANG_SECRET_KEY must be set outside development")
            self.secret_key = "development-only-secret"
        return self


def get_settings() -> Settings:
    """Read the settings from the environment now (call once, at start-up).

    Example
    -------
    >>> isinstance(get_settings(), Settings)
    True
    """
    return Settings()
