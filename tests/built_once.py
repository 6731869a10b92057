"""SQLite databases the tests build once per process and copy after (a module of its own,
not a conftest: the benchmarks that build the web tests' app import it without the suite's
settings)."""

from __future__ import annotations

import contextlib
from collections.abc import Callable
from pathlib import Path

#: SQLite databases built in this process, by what they hold (see :func:`sqlite_built_once`).
_SQLITE_BUILT: dict[str, Path] = {}


def copy_sqlite(source: Path, target: Path) -> None:
    """A consistent copy of a SQLite database (its write-ahead log included)."""
    import sqlite3

    with contextlib.closing(sqlite3.connect(source)) as src, \
            contextlib.closing(sqlite3.connect(target)) as dst:
        src.backup(dst)


def sqlite_built_once(url: str, key: str, build: Callable[[str], None]) -> bool:
    """Make the new SQLite database of ``url`` hold what ``build(url)`` puts in it: the
    first time for ``key`` in this process by building (then kept aside), later by copying
    that first database (migrations and demo data come out the same each time; a copy
    takes a fraction of a second, a build seconds). Not a SQLite file, or one that exists
    already: built. Returns True when copied."""
    from sqlalchemy.engine import make_url

    u = make_url(url)
    file = (Path(u.database) if u.get_backend_name() == "sqlite"
            and u.database not in (None, "", ":memory:") else None)
    if file is not None and key in _SQLITE_BUILT and not file.exists():
        file.parent.mkdir(parents=True, exist_ok=True)
        copy_sqlite(_SQLITE_BUILT[key], file)
        return True
    build(url)
    if file is not None and file.exists():
        import tempfile

        kept = Path(tempfile.mkdtemp()) / "built.sqlite"
        copy_sqlite(file, kept)
        _SQLITE_BUILT[key] = kept
    return False
