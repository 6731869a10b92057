"""Input-output tables uploaded from the web: BPS workbooks kept as files in the
installation's data folder (``<data_dir>/io_tables/<id>.xlsx`` with ``<id>.json``), read
with the CLI's reader (:func:`rancang.sources.bps_io.read_bps_io`), so the page shows the
numbers ``rancang io <the same file>`` prints.

BPS publishes these tables; they hold no firm's data, so every reader of the feature sees
every table. ``demo`` is a synthetic 17-sector table (labelled so), written on first use,
with its sector -> PDRB category mapping.
"""

from __future__ import annotations

import functools
import json
import re
import tempfile
import threading
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from rancang.core.errors import InputError, NotFoundError, Problem
from rancang.core.i18n import Msg
from rancang.io_table import IOTable

DEMO = "demo"
#: The largest workbook accepted (BPS's 185-sector national table is about 2 MB).
MAX_BYTES = 20 * 1024 * 1024
_ID = re.compile(r"^(demo|[1-9]\d{0,8})$")
_LOCK = threading.Lock()


@dataclass(frozen=True)
class StoredTable:
    """One stored table: id, the file name it was uploaded as, title, size, who, when."""

    id: str
    filename: str
    title: str
    sectors: int
    unit: str
    synthetic: bool
    uploaded_by: str
    uploaded_at: str
    mapping: dict[str, str] | None = None


def folder(data_dir: Path) -> Path:
    """The folder of the stored tables (created when missing)."""
    path = Path(data_dir) / "io_tables"
    path.mkdir(parents=True, exist_ok=True)
    return path


def _ensure_demo(data_dir: Path) -> None:
    from rancang.sources.bps_io_synthetic import (
        synthetic_io_table,
        synthetic_sector_mapping,
        write_bps_io_xlsx,
    )

    base = folder(data_dir)
    if (base / f"{DEMO}.json").is_file():
        return
    with _LOCK:
        if (base / f"{DEMO}.json").is_file():
            return
        table = synthetic_io_table(17)
        write_bps_io_xlsx(table, base / f"{DEMO}.xlsx")
        _write_meta(base, StoredTable(
            id=DEMO, filename="io_sintetis_17.xlsx", title=table.title, sectors=table.n,
            unit=table.unit, synthetic=True, uploaded_by="rancang",
            uploaded_at=datetime.now(UTC).replace(microsecond=0).isoformat(),
            mapping=synthetic_sector_mapping(17)))


def _write_meta(base: Path, meta: StoredTable) -> None:
    (base / f"{meta.id}.json").write_text(json.dumps(meta.__dict__, ensure_ascii=False),
                                          encoding="utf-8")


def list_tables(data_dir: Path) -> list[StoredTable]:
    """Every stored table, the demo first, then the newest upload first."""
    _ensure_demo(data_dir)
    found = [StoredTable(**json.loads(p.read_text(encoding="utf-8")))
             for p in folder(data_dir).glob("*.json")]
    return sorted(found, key=lambda m: (m.id != DEMO, -int(m.id) if m.id.isdigit() else 0))


def get_table(data_dir: Path, table_id: str) -> StoredTable:
    """The stored table ``table_id``; an unknown (or malformed) id is "not found"."""
    if not _ID.match(table_id):
        raise NotFoundError("inputoutput.page.no_table", id=table_id)
    if table_id == DEMO:
        _ensure_demo(data_dir)
    path = folder(data_dir) / f"{table_id}.json"
    if not path.is_file():
        raise NotFoundError("inputoutput.page.no_table", id=table_id)
    return StoredTable(**json.loads(path.read_text(encoding="utf-8")))


def table_path(data_dir: Path, meta: StoredTable) -> Path:
    """The workbook of a stored table."""
    return folder(data_dir) / f"{meta.id}.xlsx"


@functools.lru_cache(maxsize=16)
def _read(path: str, mtime: float) -> IOTable:
    from rancang.sources.bps_io import read_bps_io

    return read_bps_io(path)


def read_table(data_dir: Path, meta: StoredTable) -> IOTable:
    """The stored table read by the CLI's reader (kept per worker)."""
    path = table_path(data_dir, meta)
    return _read(str(path), path.stat().st_mtime)


def save_upload(data_dir: Path, filename: str, content: bytes, actor: str) -> StoredTable:
    """Check an uploaded BPS IO workbook with the CLI's reader and keep it; a file it
    cannot read is refused with the reader's problems (nothing is kept)."""
    from rancang.sources.bps_io import read_bps_io

    name = Path(filename or "io.xlsx").name
    if not content:
        raise InputError(Problem(Msg("inputoutput.page.empty_file"), file=name))
    if len(content) > MAX_BYTES:
        raise InputError(Problem(Msg("inputoutput.page.too_large", mb=MAX_BYTES // 2**20),
                                 file=name))
    if not name.lower().endswith(".xlsx"):
        raise InputError(Problem(Msg("inputoutput.page.not_xlsx"), file=name))
    with tempfile.TemporaryDirectory() as tmp:
        staged = Path(tmp) / name
        staged.write_bytes(content)
        table = read_bps_io(staged)
    base = folder(data_dir)
    with _LOCK:
        ids = [int(p.stem) for p in base.glob("*.json") if p.stem.isdigit()]
        new = str(max(ids, default=0) + 1)
        (base / f"{new}.xlsx").write_bytes(content)
        meta = StoredTable(id=new, filename=name, title=table.title or name, sectors=table.n,
                           unit=table.unit, synthetic=table.synthetic, uploaded_by=actor,
                           uploaded_at=datetime.now(UTC).replace(microsecond=0).isoformat())
        _write_meta(base, meta)
    return meta


def employment_path(data_dir: Path, meta: StoredTable) -> Path:
    """The workers per sector kept with a table (``<id>.employment.csv``)."""
    return folder(data_dir) / f"{meta.id}.employment.csv"


def save_employment(data_dir: Path, meta: StoredTable, filename: str,
                    content: bytes) -> dict[str, float]:
    """Keep a ``sector,workers`` CSV (or XLSX) for a table, read by the CLI's reader
    (``rancang io --employment``); every sector of the table must have its workers. A file
    the reader refuses is refused with its problems (the one kept before stays)."""
    from rancang.sources.io_extras import read_employment

    name = Path(filename or "tenaga_kerja.csv").name
    if not content:
        raise InputError(Problem(Msg("inputoutput.page.empty_file"), file=name))
    if len(content) > MAX_BYTES:
        raise InputError(Problem(Msg("inputoutput.page.too_large", mb=MAX_BYTES // 2**20),
                                 file=name))
    with tempfile.TemporaryDirectory() as tmp:
        staged = Path(tmp) / name
        staged.write_bytes(content)
        workers = read_employment(staged)
        table = read_table(data_dir, meta)
        missing = [c for c in table.sector_codes if c not in workers]
        if missing:
            raise InputError(Problem(Msg("inputoutput.employment_lacks",
                                         sectors=", ".join(missing[:10])), file=name))
        import polars as pl

        with _LOCK:
            pl.DataFrame({"sector": list(workers), "workers": list(workers.values())}
                         ).write_csv(employment_path(data_dir, meta))
    return workers


def employment_of(data_dir: Path, meta: StoredTable) -> dict[str, float] | None:
    """The workers per sector kept with a table (None: none uploaded)."""
    path = employment_path(data_dir, meta)
    if not path.is_file():
        return None
    return dict(_employment(str(path), path.stat().st_mtime))


@functools.lru_cache(maxsize=16)
def _employment(path: str, mtime: float) -> tuple[tuple[str, float], ...]:
    from rancang.sources.io_extras import read_employment

    return tuple(read_employment(path).items())
