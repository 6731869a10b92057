"""Batch KBLI coding as a background job (:mod:`rancang.features.jobs`): the uploaded
file is kept with the job, the coded file it makes is downloaded by its owner
(``/jobs/{id}/download``, ``/api/v1/jobs/{id}/download``), byte for byte what
``rancang kbli code`` writes for the same file and options."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from rancang.core.actors import Actor
from rancang.core.errors import InputError, NotFoundError, Problem
from rancang.core.i18n import Msg
from rancang.features.jobs.service import JobContext, job

TARGET = "rancang.features.kbli.jobs:code_file"


def check_request(name: str, column: str, top: int, fmt: str) -> None:
    """Refuse at once (before any job) what the job would refuse without reading the
    file: a format other than CSV/XLSX, a blank column name, ``top`` out of range, an
    unknown output format.

    >>> check_request("a.csv", "uraian", 3, "csv")
    >>> try:
    ...     check_request("a.txt", " ", 0, "pdf")
    ... except InputError as error:
    ...     print([(p.file, p.column) for p in error.problems])
    [('a.txt', None), (None, 'column'), (None, 'top'), (None, 'format')]
    """
    from rancang.features.kbli.batch import FORMATS, MAX_TOP

    problems = []
    if Path(name).suffix.lower() not in (".csv", ".xlsx", ".xlsm"):
        problems.append(Problem(Msg("kbli.bad_format"), file=Path(name).name))
    if not column.strip():
        problems.append(Problem(Msg("kbli.no_column"), column="column"))
    if not 1 <= top <= MAX_TOP:
        problems.append(Problem(Msg("kbli.bad_top", max=MAX_TOP), column="top"))
    if fmt not in FORMATS:
        problems.append(Problem(Msg("kbli.bad_output", formats=", ".join(FORMATS)),
                                column="format"))
    if problems:
        raise InputError(problems)


def job_params(column: str, top: int, sheet: str | None, fmt: str) -> dict[str, Any]:
    """The job's parameters (a blank sheet is the first)."""
    return {"column": column, "top": top, "sheet": (sheet or "").strip() or None, "fmt": fmt}


def start_code(engine: Any, actor: Actor, name: str, content: bytes, *, column: str,
               top: int = 3, sheet: str | None = None, fmt: str = "csv",
               result_url: str, broker_url: str | None = None) -> int:
    """Check the request and start the coding job of ``actor`` on the file; its id."""
    from rancang.features.jobs.service import submit

    actor.require("kbli.use")
    check_request(name, column, top, fmt)
    return submit(engine, actor, TARGET, job_params(column, top, sheet, fmt),
                  region=actor.region_code, result_url=result_url, broker_url=broker_url,
                  files=[(Path(name).name, content)])


def result_name(name: str, fmt: str) -> str:
    """The coded file's name.

    >>> result_name("IKM Morowali.xlsx", "csv")
    'IKM Morowali-kbli.csv'
    """
    return f"{Path(name).stem}-kbli.{fmt}"


@job("kbli.code")
def code_file(ctx: JobContext, column: str, top: int = 3, sheet: str | None = None,
              fmt: str = "csv") -> dict[str, Any]:
    """Code the job's uploaded file (:func:`rancang.features.kbli.batch.code_upload`) and
    keep the result as the job's file; returns its name and the counts."""
    from rancang.features.kbli.batch import FORMATS, code_upload

    ctx.actor.require("kbli.use")
    files = ctx.input_files()
    if not files:
        raise NotFoundError(Msg("jobs.no_file", id=ctx.job_id))
    name, content = files[0]
    coded = code_upload(name, content, column, top=top, sheet=sheet, fmt=fmt,
                        progress=ctx.progress)
    out = result_name(name, fmt)
    ctx.save_file(out, FORMATS[fmt], coded.content)
    return {"file": out, "coded": coded.coded, "blank": coded.blank, "format": fmt}
