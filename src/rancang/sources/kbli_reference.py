"""A reference table for the location quotients of KBLI divisions: ``kbli,workers,
output_value`` (e.g. a province's IBS/IMK totals by division), read with every problem
located by row and column."""

from __future__ import annotations

import csv
import io
import math
from pathlib import Path

from rancang.core.errors import InputError, Problem
from rancang.core.i18n import Msg

MEASURES = ("workers", "output_value")
#: the manufacturing divisions of KBLI 2020 (section C)
DIVISIONS = tuple(f"{k:02d}" for k in range(10, 34))


def read_kbli_reference(path: Path) -> dict[str, dict[str, float]]:
    """A reference table ``kbli,workers,output_value`` (KBLI 2-digit rows; other KBLI
    lengths are summed into their division). Every problem located by row and column.

    >>> import tempfile, pathlib
    >>> f = pathlib.Path(tempfile.mkdtemp()) / "ref.csv"
    >>> _ = f.write_text("kbli,workers,output_value\\n10,500,2000\\n10750,20,30\\n")
    >>> read_kbli_reference(f)
    {'workers': {'10': 520.0}, 'output_value': {'10': 2030.0}}
    """
    from rancang.core.text import decode_text

    source = decode_text(path.read_bytes(), file=path.name)
    reader = csv.DictReader(io.StringIO(source.lstrip("\ufeff")))
    header = [h.strip() for h in reader.fieldnames or []]
    missing = [c for c in ("kbli", *MEASURES) if c not in header]
    if missing:
        raise InputError([Problem(Msg("sources.kbli_ref.column", column=c), file=path.name,
                                  row=1, column=c) for c in missing])
    out: dict[str, dict[str, float]] = {m: {} for m in MEASURES}
    problems: list[Problem] = []
    for n, row in enumerate(reader, start=2):
        code = (row.get("kbli") or "").strip()
        if not (code.isdigit() and 2 <= len(code) <= 5 and code[:2] in DIVISIONS):
            problems.append(Problem(Msg("sources.kbli_ref.code", code=code), file=path.name,
                                    row=n, column="kbli"))
            continue
        for m in MEASURES:
            raw = (row.get(m) or "").strip()
            try:
                value = float(raw.replace(",", ".")) if raw else 0.0
                if not (math.isfinite(value) and value >= 0):
                    raise ValueError(raw)
            except ValueError:
                problems.append(Problem(Msg("sources.kbli_ref.number", value=raw),
                                        file=path.name, row=n, column=m))
                continue
            out[m][code[:2]] = out[m].get(code[:2], 0.0) + value
    if problems:
        raise InputError(problems)
    return out
