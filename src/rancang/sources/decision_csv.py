"""Read a decision matrix (MATRIX.csv) and its criteria (CRITERIA.csv) with precise errors.

MATRIX.csv: an ``alternative`` column and one numeric column per criterion.
CRITERIA.csv: ``criterion,weight,direction`` (direction ``benefit`` or ``cost``); for
PROMETHEE optionally ``function,q,p,s``. Row numbers in errors count the header as row 1.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np
import polars as pl

from rancang.core.errors import InputError, Problem
from rancang.core.i18n import Msg
from rancang.core.text import text_problem
from rancang.decision.matrix import DecisionMatrix
from rancang.sources._cells import duplicate_headers
from rancang.sources.csv_text import read_csv_rows, read_csv_text
from rancang.sources.numbers import number_problem, parse_number, parse_numbers

PROMETHEE_FUNCTIONS = ("usual", "u-shape", "v-shape", "level", "linear", "gaussian")


@dataclass(frozen=True)
class CriteriaTable:
    """Criteria with weights, directions and (optional) PROMETHEE parameters."""

    names: tuple[str, ...]
    weights: tuple[float, ...]
    directions: tuple[str, ...]
    functions: tuple[str, ...]
    q: tuple[float, ...]
    p: tuple[float, ...]
    s: tuple[float, ...]
    extra: dict[str, str] = field(default_factory=dict)

    def promethee_options(self) -> dict[str, object]:
        return {"functions": list(self.functions), "q": list(self.q), "p": list(self.p),
                "s": list(self.s)}


_MAX_PROBLEMS = 200


def _rows(path: Path) -> tuple[list[str], list[list[str]]]:
    try:
        rows, _ = read_csv_rows(path)
    except OSError as exc:
        raise InputError(Problem(Msg("sources.csv.unreadable", error=str(exc)),
                                 file=path.name)) from exc
    rows = [r for r in rows if any(c.strip() for c in r)]
    if not rows:
        raise InputError(Problem(Msg("sources.csv.empty"), file=path.name))
    twice = duplicate_headers(rows[0], file=path.name)
    if twice:  # two columns of one name: one would silently win
        raise InputError(twice)
    return [h.strip() for h in rows[0]], rows[1:]


def _number(text: str) -> float | None:
    """A cell as a finite number (the shared parser), or None."""
    return parse_number(text)


def read_criteria(path: Path) -> CriteriaTable:
    """Read CRITERIA.csv; every problem is reported with file, row and column."""
    header, rows = _rows(path)
    low = [h.lower() for h in header]
    problems = [Problem(Msg("sources.missing_column", column=c), file=path.name, row=1,
                        column=c)
                for c in ("criterion", "weight", "direction") if c not in low]
    if problems:
        raise InputError(problems)
    col = {h: low.index(h) for h in low}
    names: list[str] = []
    weights: list[float] = []
    dirs: list[str] = []
    funcs: list[str] = []
    qs: list[float] = []
    ps: list[float] = []
    ss: list[float] = []

    def cell(r: list[str], key: str) -> str:
        i = col.get(key)
        return r[i].strip() if i is not None and i < len(r) else ""

    for k, r in enumerate(rows, start=2):
        name = cell(r, "criterion")
        if (bad_name := text_problem(name, max_length=200)) is not None:
            problems.append(Problem(bad_name, path.name, None, k, "criterion"))
            name = f"#{k}"
        if not name:
            problems.append(Problem(Msg("sources.csv.criterion_empty"), path.name, None, k,
                                    "criterion"))
        elif name in names:
            problems.append(Problem(Msg("sources.csv.criterion_twice", name=name), path.name,
                                    None, k, "criterion"))
        w = _number(cell(r, "weight"))
        if w is None or w < 0:
            problems.append(Problem(Msg("sources.csv.weight_not_number",
                                        value=cell(r, "weight")),
                                    path.name, None, k, "weight"))
        d = cell(r, "direction").lower()
        if d not in ("benefit", "cost"):
            problems.append(Problem(Msg("sources.csv.direction", value=d), path.name, None, k,
                                    "direction"))
        f = cell(r, "function").lower() or "usual"
        if f not in PROMETHEE_FUNCTIONS:
            problems.append(Problem(Msg("sources.csv.function", value=f,
                                        choices=", ".join(PROMETHEE_FUNCTIONS)),
                                    path.name, None, k, "function"))
        par = {}
        for key in ("q", "p", "s"):
            raw = cell(r, key)
            v = _number(raw) if raw else math.nan
            if v is None or (raw and v < 0):
                problems.append(Problem(Msg("sources.csv.parameter_not_number", key=key,
                                            value=raw), path.name, None, k, key))
                v = math.nan
            par[key] = v
        need = {"u-shape": "q", "v-shape": "p", "level": "qp", "linear": "qp", "gaussian": "s"}
        for key in need.get(f, ""):
            if math.isnan(par[key]):
                problems.append(Problem(Msg("sources.csv.function_needs", function=f,
                                            key=key), path.name, None, k, key))
        q, p_, s_ = par["q"], par["p"], par["s"]
        if f in ("linear", "level") and q >= p_:  # False when either is missing (nan)
            problems.append(Problem(Msg("sources.csv.q_below_p", function=f, q=q, p=p_),
                                    path.name, None, k, "p"))
        if f == "v-shape" and p_ == 0:
            problems.append(Problem(Msg("sources.csv.vshape_p"), path.name, None, k, "p"))
        if f == "gaussian" and s_ == 0:
            problems.append(Problem(Msg("sources.csv.gaussian_s"), path.name, None, k, "s"))
        names.append(name)
        weights.append(w if w is not None else 0.0)
        dirs.append(d)
        funcs.append(f)
        qs.append(par["q"])
        ps.append(par["p"])
        ss.append(par["s"])
    if not rows:
        problems.append(Problem(Msg("sources.csv.no_criteria"), path.name, None, 2,
                                "criterion"))
    elif not problems and sum(weights) <= 0:
        problems.append(Problem(Msg("sources.csv.weights_zero"), path.name, None, 2,
                                "weight"))
    if problems:
        raise InputError(problems)
    return CriteriaTable(tuple(names), tuple(weights), tuple(dirs), tuple(funcs), tuple(qs),
                         tuple(ps), tuple(ss))


def read_matrix(path: Path, criteria: CriteriaTable, *,
                criteria_file: str | None = None) -> DecisionMatrix:
    """Read MATRIX.csv, taking the columns named in ``criteria`` (in that order);
    ``criteria_file`` (the criteria table's name) is said with a criterion the matrix
    lacks, so that a mistyped criterion points at both files.

    Read column-wise (polars, the shared number parser): 83,000 villages x 8 criteria in
    well under a second. Every problem names its row and column.
    """
    try:
        frame, fmt = read_csv_text(path, list(criteria.names))
    except OSError as exc:
        raise InputError(Problem(Msg("sources.csv.unreadable", error=str(exc)),
                                 file=path.name)) from exc
    frame = frame.rename({c: c.strip() for c in frame.columns})
    header = frame.columns
    problems: list[Problem] = []
    if "alternative" not in header:
        problems.append(Problem(Msg("sources.missing_column", column="alternative"),
                                path.name, None, 1, "alternative"))
    for name in criteria.names:
        if name not in header:
            msg = (Msg("sources.csv.criterion_column_of", name=name, criteria=criteria_file)
                   if criteria_file else Msg("sources.csv.criterion_column", name=name))
            problems.append(Problem(msg, path.name, None, 1, name))
    if problems:
        raise InputError(problems)
    blank = pl.all_horizontal(pl.col(c).fill_null("").str.strip_chars() == "" for c in header)
    frame = frame.with_row_index("_row", offset=2).filter(~blank)
    if frame.height == 0:
        raise InputError(Problem(Msg("sources.csv.no_alternatives"), path.name, None, 2,
                                 "alternative"))
    alts = frame["alternative"].fill_null("").str.strip_chars()
    rows = frame["_row"].to_numpy()
    for k in np.flatnonzero((alts == "").to_numpy()):
        problems.append(Problem(Msg("sources.csv.alternative_empty"), path.name, None,
                                int(rows[k]), "alternative"))
    twice = (alts.is_duplicated() & ~alts.is_first_distinct() & (alts != "")).to_numpy()
    for k in np.flatnonzero(twice):
        problems.append(Problem(Msg("sources.csv.alternative_twice", name=alts[int(k)]),
                                path.name, None, int(rows[k]), "alternative"))
    values = parse_numbers(frame.select(criteria.names), fmt.decimal)
    for j, name in enumerate(criteria.names):
        for k in np.flatnonzero(np.isnan(values[:, j])):
            raw = frame[name][int(k)]
            what = (Msg("sources.csv.value_empty") if raw is None or not str(raw).strip()
                    else number_problem(raw))
            problems.append(Problem(what, path.name, None, int(rows[k]), name))
    if problems:
        problems.sort(key=lambda p: (p.row or 0, p.column or ""))
        raise InputError(problems[:_MAX_PROBLEMS])
    names = [a or f"#{int(r)}" for a, r in zip(alts.to_list(), rows, strict=True)]
    return DecisionMatrix.build(names, criteria.names, values, criteria.directions)


def read_criterion_names(path: Path) -> list[str]:
    """Only the ``criterion`` column of CRITERIA.csv (for generating AHP forms)."""
    header, rows = _rows(path)
    low = [h.lower() for h in header]
    if "criterion" not in low:
        raise InputError(Problem(Msg("sources.missing_column", column="criterion"), path.name,
                                 None, 1, "criterion"))
    i = low.index("criterion")
    names: list[str] = []
    problems = []
    for k, r in enumerate(rows, start=2):
        name = r[i].strip() if i < len(r) else ""
        if not name or name in names:
            problems.append(Problem(Msg("sources.csv.criterion_empty_or_repeated"), path.name,
                                    None, k, "criterion"))
        names.append(name)
    if problems:
        raise InputError(problems)
    return names


def read_criterion_labels(path: Path) -> dict[str, tuple[str, str]]:
    """Optional ``label`` and ``description`` columns of CRITERIA.csv, by criterion.

    Returns ``{criterion: (label, description)}``; empty strings where a column is absent
    or a cell empty (the forms then fall back on built-in labels or the code).
    """
    names = read_criterion_names(path)
    header, rows = _rows(path)
    low = [h.lower() for h in header]

    def column(name: str) -> list[str]:
        if name not in low:
            return [""] * len(names)
        j = low.index(name)
        return [r[j].strip() if j < len(r) else "" for r in rows]

    return dict(zip(names, zip(column("label"), column("description"), strict=True),
                    strict=True))


def read_priorities(path: Path) -> tuple[dict[str, float], dict[str, int]]:
    """``criterion,weight`` rows (``priorities.csv`` of ``decide ahp``, or a weights file).

    Returns the weights by criterion and the spreadsheet row of each criterion (for later
    messages). Every problem (missing column, empty or repeated criterion, a weight that is
    not a number >= 0) is located by file, row and column; all of them are raised together.
    """
    header, rows = _rows(path)
    header = [h.lower() for h in header]
    problems = [Problem(Msg("sources.missing_column", column=c), path.name, None, 1, c)
                for c in ("criterion", "weight") if c not in header]
    if problems:
        raise InputError(problems)
    ic, iw = header.index("criterion"), header.index("weight")
    out: dict[str, float] = {}
    where: dict[str, int] = {}
    for k, row in enumerate(rows, start=2):
        name = row[ic].strip() if ic < len(row) else ""
        parsed = parse_number(row[iw]) if iw < len(row) else None
        value = float("nan") if parsed is None else parsed
        if not name:
            problems.append(Problem(Msg("sources.csv.criterion_empty"), path.name, None, k,
                                    "criterion"))
        elif name in out:
            problems.append(Problem(Msg("sources.csv.criterion_twice", name=name), path.name,
                                    None, k, "criterion"))
        elif not value >= 0:
            problems.append(Problem(Msg("sources.csv.weight_nonnegative"), path.name, None, k,
                                    "weight"))
        else:
            out[name], where[name] = value, k
    if problems:
        raise InputError(problems)
    return out, where


def read_participant_weights(path: Path, participants: Sequence[str]) -> np.ndarray:
    """Participant weights from ``participant,weight`` rows, aligned on ``participants``.

    Every participant of the forms needs a weight > 0; unknown names are errors (each
    located by file, row and column). The weights are returned as given (the group
    aggregation normalises them).
    """
    header, rows = _rows(path)
    need = ("participant", "weight")
    low = [h.lower() for h in header]
    problems = [Problem(Msg("sources.missing_column", column=c), path.name, None, 1, c)
                for c in need if c not in low]
    if problems:
        raise InputError(problems)
    ip, iw = (low.index(c) for c in need)
    got: dict[str, float] = {}
    for k, r in enumerate(rows, start=2):
        who = r[ip].strip() if ip < len(r) else ""
        v = _number(r[iw]) if iw < len(r) else None
        if who not in participants:
            problems.append(Problem(Msg("sources.csv.participant_without_form", name=who,
                                        forms=", ".join(participants)),
                                    path.name, None, k, "participant"))
        elif v is None or v <= 0:
            problems.append(Problem(Msg("sources.csv.weight_positive"), path.name, None, k,
                                    "weight"))
        else:
            got[who] = v
    lacking = [p for p in participants if p not in got]
    if lacking and not problems:
        problems.append(Problem(Msg("sources.csv.participants_without_weight",
                                    names=lacking), path.name, None, None, "participant"))
    if problems:
        raise InputError(problems)
    return np.array([got[p] for p in participants])


def read_group_priorities(path: Path, criteria: tuple[str, ...], *,
                          what: str | Msg | None = None) -> np.ndarray:
    """Participants' priorities (k, m) from ``participant,criterion,weight`` rows.

    ``what`` names where the expected criteria come from in the messages: by default "the
    criteria file" (``decide rank``); ``Msg("sources.csv.leading_criteria")`` for ``decide
    leading``. Plain text is still accepted (shown as given in every language).
    """
    what = what if what is not None else Msg("sources.csv.criteria_file")
    header, rows = _rows(path)
    need = ("participant", "criterion", "weight")
    problems = [Problem(Msg("sources.missing_column", column=c), path.name, None, 1, c)
                for c in need if c not in header]
    if problems:
        raise InputError(problems)
    ip, ic, iw = (header.index(c) for c in need)
    table: dict[str, dict[str, float]] = {}
    for k, r in enumerate(rows, start=2):
        crit = r[ic].strip() if ic < len(r) else ""
        v = _number(r[iw]) if iw < len(r) else None
        if crit not in criteria:
            problems.append(Problem(Msg("sources.csv.criterion_unknown", name=crit, what=what,
                                        criteria=", ".join(criteria)),
                                    path.name, None, k, "criterion"))
        elif v is None or v <= 0:
            problems.append(Problem(Msg("sources.csv.weight_positive"), path.name, None, k,
                                    "weight"))
        else:
            table.setdefault(r[ip].strip(), {})[crit] = v
    for who, got in table.items():
        lacking = [c for c in criteria if c not in got]
        if lacking:
            problems.append(Problem(Msg("sources.csv.participant_lacks", name=who,
                                        criteria=lacking),
                                    path.name, None, None, "criterion"))
    if not table:
        problems.append(Problem(Msg("sources.csv.no_participants"), path.name, None, 2,
                                "participant"))
    if problems:
        raise InputError(problems)
    p = np.array([[got[c] for c in criteria] for got in table.values()])
    return p / p.sum(axis=1, keepdims=True)
