"""Uploads: the shared steps of every importer of the data page, the BPS PDRB importer,
and the import history.

Everything is validated before anything is saved; every attempt, accepted or refused, is
written to the import history (:func:`record_import`), whatever feature imports it.
"""

from __future__ import annotations

import re
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import Any, TypeVar

from sqlalchemy import Engine, insert, or_, select

from rancang.core.actors import Actor
from rancang.core.errors import InputError, Problem
from rancang.core.i18n import LANGS, Msg, current_language, render_text
from rancang.features.datasets import save_panel
from rancang.features.datasets.models import ImportRecord

T = TypeVar("T")
MAX_BYTES = 50 * 1024 * 1024
SUFFIXES = (".xlsx", ".xlsm", ".xls", ".csv")


def _safe_name(name: str) -> str:
    """A file name without folders or odd characters.

    >>> _safe_name("../../etc/PDRB 2020.xlsx")
    'PDRB_2020.xlsx'
    """
    base = Path(name.replace("\\", "/")).name
    return re.sub(r"[^A-Za-z0-9._-]+", "_", base).strip("._") or "upload"


def stored_lengths() -> dict[str, int]:
    """The longest region name, industry name and code a dataset stores."""
    from rancang.core.text import column_lengths
    from rancang.features.datasets.models import DatasetIndustry, DatasetRegion

    regions, industries = (column_lengths(DatasetRegion.__table__),
                           column_lengths(DatasetIndustry.__table__))
    return {"region": regions["name"], "industry": industries["name"],
            "code": min(regions["code"], industries["code"])}


def refuse_unanalysable(panel: Any, names: list[str]) -> None:
    """A panel every analysis of the data page would refuse is not stored: it needs two
    years at least, and two regions or a reference row (a region compared with itself
    has every LQ equal to 1)."""
    shown = ", ".join(names) or None
    problems = []
    if len(panel.years) < 2:
        problems.append(Problem(Msg("upload.one_year", year=panel.years[0] if panel.years
                                    else "-"), file=shown, column="year"))
    refs = getattr(panel, "references", None)
    if len(panel.region_codes) < 2 and (refs is None or not refs.region_codes):
        problems.append(Problem(Msg("upload.one_region", region=panel.region_codes[0]),
                                file=shown, column="region_code"))
    problems += zero_totals(panel, shown)
    if problems:
        raise InputError(problems)


#: At most this many "zero PDRB" problems are listed (one per region and year).
MAX_ZERO_PROBLEMS = 20


def zero_totals(panel: Any, shown: str | None) -> list[Problem]:
    """Problems of PDRB totals that are zero where every analysis divides by them: a year
    whose values are all zero, else a region whose industries are zero in every year (its
    LQ, shares and growth would be 0/0). A region zero in some years only is a regency
    formed later (BPS tables of 2013 hold the regencies formed since with zeros): kept.

    >>> import numpy as np
    >>> from types import SimpleNamespace
    >>> p = SimpleNamespace(values=np.array([[[1.0, 0.0]], [[2.0, 0.0]]]), years=(2019, 2020),
    ...                     region_codes=("9901", "9902"))
    >>> [(x.message.key, x.message.params, x.column) for x in zero_totals(p, "a.csv")]
    [('upload.zero_year', {'year': 2020}, 'value')]
    """
    import numpy as np

    values = np.nan_to_num(np.asarray(panel.values, dtype=float))
    if values.ndim != 3 or values.size == 0:
        return []
    problems = []
    by_year = np.abs(values).sum(axis=(0, 1))
    zero_years = [y for y, t in zip(panel.years, by_year, strict=True) if t == 0]
    for year in zero_years:
        problems.append(Problem(Msg("upload.zero_year", year=year), file=shown,
                                column="value"))
    # a region with no value in any year (zero in some years only is a regency formed
    # later, as BPS tables show the pemekaran: kept, its early years read as "-")
    by_region = np.abs(values).sum(axis=(1, 2))
    if not zero_years:
        for r in np.flatnonzero(by_region == 0):
            problems.append(Problem(Msg("upload.zero_region", region=panel.region_codes[r],
                                        year=", ".join(map(str, panel.years))),
                                    file=shown, column="value"))
    return problems[:MAX_ZERO_PROBLEMS]


def write_uploads(files: list[tuple[str, bytes]], folder: Path) -> list[Path]:
    problems = []
    paths = []
    if not files:
        raise InputError(Problem(Msg("upload.no_file")))
    for name, data in files:
        safe = _safe_name(name)
        if not safe.lower().endswith(SUFFIXES):
            problems.append(Problem(Msg("upload.file_type", suffixes=", ".join(SUFFIXES)),
                                    file=name))
            continue
        if len(data) > MAX_BYTES:
            problems.append(Problem(Msg("upload.too_large"), file=name))
            continue
        if not data:
            problems.append(Problem(Msg("upload.empty"), file=name))
            continue
        path = folder / safe
        path.write_bytes(data)
        paths.append(path)
    if problems:
        raise InputError(problems)
    return paths


def readable(read: Callable[[], T], names: list[str]) -> T:
    """Run a reader; a file no reader can open becomes an :class:`InputError`."""
    try:
        return read()
    except InputError:
        raise
    except Exception as exc:  # broken zip, wrong encoding... : the user's file, not a bug
        first = str(exc).splitlines()[0][:300] if str(exc) else type(exc).__name__
        raise InputError([Problem(Msg("upload.unreadable", detail=first),
                                  file=", ".join(names))]) from exc


def own_names(exc: InputError, files: list[tuple[str, bytes]]) -> InputError:
    """The problems with the user's own file names (not the stored safe names or paths)."""
    from dataclasses import replace

    names = {_safe_name(n): n for n, _ in files}

    def own(file: str | None) -> str | None:
        if file is None:
            return None
        return names.get(Path(file.replace("\\", "/")).name, file)

    return InputError([replace(p, file=own(p.file)) for p in exc.problems])


def refusal(exc: InputError) -> dict[str, Any]:
    """What the import history keeps of a refused upload: its message and (the first 200)
    problems in every language, so that each reader sees them in their own
    (:func:`import_history`); ``message`` and ``summary["problems"]`` in the current one.
    """
    shown = exc.problems[:200]
    by_language = {lang: {"message": exc.message(lang)[:4000],
                          "problems": [p.as_dict(lang) for p in shown]} for lang in LANGS}
    here = by_language[current_language()]
    return {"message": here["message"],
            "summary": {"problems": here["problems"], "by_language": by_language}}


def record_import(engine: Engine, **values: Any) -> int:
    with engine.begin() as conn:
        return int(conn.execute(insert(ImportRecord).values(**values)
                                .returning(ImportRecord.id)).scalar_one())


def check_rows(checks: list[Any]) -> list[dict[str, Any]]:
    """The BPS total checks of an upload as rows for the page, the API and the history
    (:meth:`rancang.sources.checks.TotalCheck.as_row`, the columns of ``checks.csv``), with
    each repair's cell, old and new value apart (``fixes``), for the page to write the
    numbers in its language."""
    return [{**{k: (str(v) if k == "message" else v) for k, v in c.as_row().items()},
             "fixes": [{"code": f.industry_code, "column": f.column, "old": f.old,
                        "new": f.new} for f in c.fixes]}
            for c in checks]


def _is_filled(note: object) -> bool:
    """True for the reader's note that absent cells of a long table were filled with 0."""
    inner = getattr(note, "params", {}).get("note")
    return getattr(inner, "key", None) == "sources.long.filled_zero"


def gap_note(years: tuple[int, ...] | list[int]) -> Msg | None:
    """What a dataset whose years have gaps allows and leaves out (None without gaps).

    LQ per year, the classic and Esteban-Marquillas shift-share between the first and last
    year, specialisation per year and Klassen (average annual growth over the period) need
    two years only; DLQ, the SLQ x DLQ quadrant, the dynamic shift-share and the
    leading-industry ranking step from each year to the next, so they are left out
    (``GAP_LEFT_OUT`` of :mod:`rancang.features.leading.service`).

    >>> gap_note((2019, 2020)) is None
    True
    >>> gap_note((2008, 2014)).params["missing"]
    '2009-2013'
    """
    years = sorted(years)
    missing = sorted(set(range(years[0], years[-1] + 1)) - set(years)) if years else []
    if not missing:
        return None
    return Msg("upload.gap_years", years=", ".join(map(str, years)),
               missing=_spans(missing), first=years[0], last=years[-1])


def _spans(years: list[int]) -> str:
    """Runs of consecutive years, e.g. ``2009-2013, 2015``.

    >>> _spans([2009, 2010, 2011, 2015])
    '2009-2011, 2015'
    """
    runs: list[list[int]] = []
    for y in years:
        if runs and y == runs[-1][-1] + 1:
            runs[-1].append(y)
        else:
            runs.append([y])
    return ", ".join(str(r[0]) if len(r) == 1 else f"{r[0]}-{r[-1]}" for r in runs)


def import_pdrb(
    engine: Engine, user: Actor, files: list[tuple[str, bytes]], *, name: str = "",
    confirmed: bool = True,
) -> dict[str, Any]:
    """Read BPS PDRB files into a new dataset, exactly as ``rancang analyze`` reads them.

    The files are read with :func:`rancang.sources.read_panel_checked` and its default:
    a BPS row whose categories miss the published total by one lost decimal point is
    repaired, every other mismatch is flagged (the rule of the CLI). With ``confirmed``
    false and any row flagged or repaired, nothing is saved yet: the files are kept
    (:func:`rancang.features.datasets.staging.stage`) and the summary carries ``staged``
    (the token that saves them) and ``checks`` for the uploader to look at first.

    Raises :class:`InputError` (nothing saved) when the files have problems.
    """
    from rancang.core.text import refuse_control_names, text_problem
    from rancang.features.datasets.staging import stage
    from rancang.sources import read_panel_checked

    user.require("datasets.import")
    names = [n for n, _ in files]
    wrong = text_problem(name, max_length=200)
    if wrong is not None:  # the form's name field (a multipart field: checked here)
        raise InputError(Problem(wrong, column="name"))
    try:
        with tempfile.TemporaryDirectory() as tmp:
            try:
                paths = write_uploads(files, Path(tmp))
                # a cell a tidy long table leaves out is a zero, as `rancang complexity`
                # and `analyze --missing zero` read it: said, and held for confirmation.
                # Years with gaps (census years 2006, 2016) are read as `rancang analyze`
                # reads them: what needs every year is left out, said, and held too.
                panel, checks = readable(lambda: read_panel_checked(
                    paths, missing="zero", allow_gaps=True), names)
                refuse_control_names(panel, paths, limits=stored_lengths())
                refuse_unanalysable(panel, names)
            except InputError as raw:
                raise own_names(raw, files) from raw
    except InputError as exc:
        record_import(engine, actor=user.username, kind="pdrb", files=names, status="refused",
                      **refusal(exc))
        raise
    rows = check_rows(checks)
    counts = {"repaired": sum(bool(c.applied) for c in checks),
              "flagged": sum(not c.applied for c in checks)}
    gap = gap_note(panel.years)
    # how each file was read, cells filled, years with gaps
    notes = [render_text(n) for n in (*panel.notes, *([gap] if gap else []))]
    filled = any(_is_filled(n) for n in panel.notes)
    if (rows or filled or gap) and not confirmed:
        token = stage(engine, user, "pdrb", name, files)
        return {"staged": token, "checks": rows, **counts, "notes": notes,
                "regions": len(panel.region_codes), "industries": len(panel.industry_codes),
                "years": list(panel.years)}
    label = name.strip() or f"PDRB {panel.years[0]}-{panel.years[-1]} ({', '.join(names)[:120]})"
    # private to the uploader's region until an administrator publishes it
    ds = save_panel(engine, panel, name=label[:200], actor=user.username, published=False,
                    region_code=user.region_code)
    summary = {"regions": len(panel.region_codes), "industries": len(panel.industry_codes),
               "years": list(panel.years), "dataset_id": ds, **counts, "checks": rows,
               "notes": notes}
    record_import(engine, actor=user.username, kind="pdrb", files=names, status="ok",
                  rows=int(panel.values.size), dataset_id=ds, summary=summary)
    return summary


def import_history(engine: Engine, user: Actor, *, limit: int = 200) -> list[dict[str, Any]]:
    """Past imports: every import for an actor who may read the history everywhere; the
    actor's own uploads and those of the regions where they may read it otherwise."""
    scope = user.scope("datasets.history.read")
    if scope.empty:
        user.require("datasets.history.read")
    t = ImportRecord.__table__
    stmt = select(t).order_by(t.c.id.desc()).limit(limit)
    if not scope.everywhere:
        regions = [or_(t.c.region_code == r, t.c.region_code.like(f"{r}.%"))
                   for r in scope.regions]
        stmt = stmt.where(or_(t.c.actor == user.username, *regions))
    with engine.connect() as conn:
        return [_in_language(dict(r), current_language())
                for r in conn.execute(stmt).mappings()]


def _in_language(record: dict[str, Any], lang: str) -> dict[str, Any]:
    """A refused upload's message and problems in ``lang`` when the history kept them in
    every language (see :func:`refusal`); older records as they were written."""
    summary = record.get("summary") or {}
    kept = (summary.get("by_language") or {}).get(lang)
    if not kept:
        return record
    others = {k: v for k, v in summary.items() if k != "by_language"}
    return {**record, "message": kept["message"],
            "summary": {**others, "problems": kept["problems"]}}
