"""Schedule an uploaded event workbook: the web's way to ``rancang match schedule``.

:func:`schedule_workbook` is the path of every channel (the CLI, the page
``/match/schedule`` and ``POST /api/v1/match/schedule``, the latter two as a background
job): the same workbook gives the same ZIP, byte for byte (:func:`zip_files`), whose
members are the files the CLI writes into its folder.
"""

from __future__ import annotations

import io
import tempfile
import zipfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

from rancang.core.errors import InputError, Problem
from rancang.core.i18n import Msg
from rancang.features.matching.event import Event, read_event
from rancang.features.matching.export import write_schedule
from rancang.features.matching.schedule import Schedule, solve

MAX_WEB_SECONDS = 50.0
#: the time of every member of a schedule's ZIP (the earliest a ZIP can hold)
ZIP_TIME = (1980, 1, 1, 0, 0, 0)


def zip_files(files: list[tuple[str, bytes]]) -> bytes:
    """A ZIP of ``files`` (name, content) in their order, every member dated
    :data:`ZIP_TIME`: the same files give the same bytes.

    >>> zip_files([("a.csv", b"x")]) == zip_files([("a.csv", b"x")])
    True
    >>> zipfile.ZipFile(io.BytesIO(zip_files([("a.csv", b"x")]))).read("a.csv")
    b'x'
    """
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        for name, content in files:
            info = zipfile.ZipInfo(name, date_time=ZIP_TIME)
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o644 << 16
            z.writestr(info, content)
    return buf.getvalue()


def schedule_files(event: Event, result: Schedule) -> list[tuple[str, bytes]]:
    """The files ``rancang match schedule`` writes for ``result`` (name, content)."""
    with tempfile.TemporaryDirectory() as tmp:
        return [(f.name, f.read_bytes()) for f in write_schedule(event, result, Path(tmp))]


def solve_with_progress(event: Event, *, time_limit: float, workers: int = 1,
                        progress: Callable[..., None] | None = None
                        ) -> tuple[Schedule, list[tuple[str, bytes]]]:
    """Solve ``event`` and write its files, telling ``progress(fraction, key, **params)``
    (a job's progress) each step."""
    if progress is not None:
        progress(0.1, "jobs.step.scheduling")
    result = solve(event, time_limit=time_limit, workers=workers)
    if progress is not None:
        progress(0.9, "jobs.step.files")
    return result, schedule_files(event, result)


def check_workbook_name(name: str) -> None:
    """Refuse at once an upload that is not an XLSX workbook.

    >>> check_workbook_name("acara.xlsx")
    >>> len(_refused(lambda: check_workbook_name("acara.csv")))
    1
    """
    if not name.lower().endswith((".xlsx", ".xlsm")):
        raise InputError(Problem(Msg("match.not_xlsx"), file=Path(name).name))


def _refused(call: Callable[[], Any]) -> list[Problem]:
    try:
        call()
    except InputError as exc:
        return list(exc.problems)
    return []


def read_workbook(name: str, content: bytes) -> Event:
    """The event of an uploaded workbook; bad input raises :class:`InputError` naming the
    upload."""
    check_workbook_name(name)
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / Path(name).name
        path.write_bytes(content)
        return read_event(path)


def schedule_workbook(name: str, content: bytes, *, time_limit: float = 20.0,
                      workers: int = 1, progress: Callable[..., None] | None = None
                      ) -> tuple[Schedule, int, bytes]:
    """Read, check and schedule an event workbook; returns the schedule, the number of
    requests and a ZIP of the files the CLI writes (schedule.csv, unscheduled.csv,
    schedule.xlsx and the printable PDFs; :func:`zip_files`). ``time_limit`` is kept
    between 1 and :data:`MAX_WEB_SECONDS`. Bad input raises :class:`InputError` naming
    the upload."""
    if progress is not None:
        progress(0.02, "jobs.step.reading")
    event = read_workbook(name, content)
    limit = min(max(1.0, time_limit), MAX_WEB_SECONDS)
    result, files = solve_with_progress(event, time_limit=limit, workers=workers,
                                        progress=progress)
    return result, len(event.requests), zip_files(files)


def match_uploads(needs: tuple[str, bytes], suppliers: tuple[str, bytes], *, top: int = 5
                  ) -> tuple[tuple[int, int, int, int], bytes]:
    """Match uploaded needs and suppliers files (CSV or XLSX); returns the counts of
    :func:`~rancang.features.matching.match_export.match_files` and a ZIP of matches.csv and
    supplier_needs.csv and unmet.csv."""
    from rancang.features.matching.match_export import match_files

    with tempfile.TemporaryDirectory() as tmp:
        paths = []
        for name, content in (needs, suppliers):
            path = Path(tmp) / "in" / Path(name).name
            path.parent.mkdir(exist_ok=True)
            if path.exists():
                path = path.with_name("2-" + path.name)
            path.write_bytes(content)
            paths.append(path)
        out = Path(tmp) / "out"
        counts = match_files(paths[0], paths[1], top=min(max(top, 1), 50), out=out)
        buf = io.BytesIO()
        with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
            for f in ("matches.csv", "supplier_needs.csv", "unmet.csv"):
                z.write(out / f, f)
    return counts, buf.getvalue()


def outcome_uploads(files: list[tuple[str, bytes]]
                    ) -> tuple[dict[str, list[dict[str, object]]], bytes]:
    """Read uploaded outcome files (CSV or XLSX) all-or-nothing; returns the report's
    tables (:func:`~rancang.features.matching.outcomes.report`) and a ZIP of the files the
    CLI writes (``outcomes-report.xlsx`` and ``outcomes-*.csv``)."""
    from rancang.features.matching.outcomes import read_outcomes, report, write_report

    with tempfile.TemporaryDirectory() as tmp:
        paths = []
        for k, (name, content) in enumerate(files):
            folder = Path(tmp) / "in" / str(k)
            folder.mkdir(parents=True)
            path = folder / Path(name).name
            path.write_bytes(content)
            paths.append(path)
        tables = report(read_outcomes(paths))
        out = Path(tmp) / "out"
        buf = io.BytesIO()
        with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
            for f in write_report(tables, out):
                z.write(f, f.name)
    return tables, buf.getvalue()
