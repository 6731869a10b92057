"""Schedule an uploaded event workbook: the web's way to ``rancang match schedule``."""

from __future__ import annotations

import io
import tempfile
import zipfile
from pathlib import Path

from rancang.core.errors import InputError, Problem
from rancang.core.i18n import Msg
from rancang.features.matching.event import read_event
from rancang.features.matching.export import write_schedule
from rancang.features.matching.schedule import Schedule, solve

MAX_WEB_SECONDS = 50.0


def schedule_workbook(name: str, content: bytes, *, time_limit: float = 20.0
                      ) -> tuple[Schedule, int, bytes]:
    """Read, check and schedule an event workbook; returns the schedule, the number of
    requests and a ZIP of the files the CLI writes (schedule.csv, unscheduled.csv,
    schedule.xlsx and the printable PDFs). Bad input raises :class:`InputError` naming the
    upload."""
    if not name.lower().endswith((".xlsx", ".xlsm")):
        raise InputError(Problem(Msg("match.not_xlsx"), file=name))
    limit = min(max(1.0, time_limit), MAX_WEB_SECONDS)
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / Path(name).name
        path.write_bytes(content)
        event = read_event(path)
        result = solve(event, time_limit=limit)
        out = Path(tmp) / "out"
        files = write_schedule(event, result, out)
        buf = io.BytesIO()
        with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
            for f in files:
                z.write(f, f.name)
    return result, len(event.requests), buf.getvalue()


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
