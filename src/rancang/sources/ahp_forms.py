"""AHP pairwise-comparison forms: one XLSX per participant, written and read back.

Sheet ``Petunjuk`` explains Saaty's 1-9 scale in Indonesian; sheet ``Perbandingan`` holds
the matrix: criteria in row 4 (from column B) and in column A (from row 5); the participant
fills the upper triangle (a number 1/9..9 or text such as ``1/3``). The lower triangle is
the reciprocal and may stay empty.
"""

from __future__ import annotations

import datetime
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from fractions import Fraction
from pathlib import Path

import numpy as np
from numpy.typing import NDArray

from rancang.core.errors import InputError, Problem
from rancang.core.i18n import Msg
from rancang.sources._cells import damaged_workbook, refuse_uncomputed

SHEET = "Perbandingan"
GUIDE = "Petunjuk"
HEADER_ROW = 4
SCALE_TEXT = ["9", "8", "7", "6", "5", "4", "3", "2", "1",
              "1/2", "1/3", "1/4", "1/5", "1/6", "1/7", "1/8", "1/9"]
SCALE_GUIDE = [
    ("1", "Sama penting: kedua kriteria sama pentingnya"),
    ("3", "Sedikit lebih penting: kriteria baris sedikit lebih penting dari kolom"),
    ("5", "Lebih penting: kriteria baris jelas lebih penting"),
    ("7", "Sangat lebih penting: kriteria baris sangat jelas lebih penting"),
    ("9", "Mutlak lebih penting: kepentingan tertinggi yang mungkin"),
    ("2, 4, 6, 8", "Nilai antara dua pertimbangan yang berdekatan"),
    ("1/3, 1/5, ...", "Kebalikan: kriteria KOLOM yang lebih penting (1/3 = kolom sedikit "
                      "lebih penting, 1/9 = kolom mutlak lebih penting)"),
]


@dataclass(frozen=True)
class FilledForm:
    """One participant's judgments read from a form."""

    participant: str
    file: str
    criteria: tuple[str, ...]
    matrix: NDArray[np.float64]


def _col(j: int) -> str:
    from openpyxl.utils import get_column_letter

    return get_column_letter(j)


#: Built-in Indonesian names and explanations of the leading-industry criteria
#: (``rancang decide leading``), shown on the forms when CRITERIA.csv gives none.
LEADING_CRITERIA_LABELS: dict[str, tuple[str, str]] = {
    "slq": ("Keunggulan saat ini (LQ)",
            "Location quotient tahun terakhir: pangsa lapangan usaha di daerah dibanding "
            "pangsanya di ekonomi acuan; > 1 berarti sektor basis."),
    "dlq": ("Keunggulan masa depan (DLQ)",
            "Dynamic LQ selama periode: > 1 berarti pangsa di daerah tumbuh lebih cepat "
            "daripada di ekonomi acuan."),
    "competitive": ("Daya saing (shift-share)",
                    "Efek kompetitif Esteban-Marquillas: tambahan nilai tambah karena tumbuh "
                    "lebih cepat daripada lapangan usaha yang sama di ekonomi acuan."),
    "growth": ("Pertumbuhan", "Laju pertumbuhan rata-rata per tahun (CAGR) selama periode."),
    "share": ("Peran dalam ekonomi daerah",
              "Pangsa lapangan usaha dalam PDRB daerah pada tahun terakhir."),
    "backward_linkage": ("Keterkaitan ke belakang",
                         "Indeks Rasmussen: seberapa besar sektor ini menarik input dari "
                         "sektor lain (tabel input-output)."),
    "forward_linkage": ("Keterkaitan ke depan",
                        "Indeks dari invers Ghosh: seberapa besar output sektor ini dipakai "
                        "sektor lain."),
    "workers": ("Tenaga kerja", "Jumlah tenaga kerja menurut register industri."),
    "ikm_units": ("Jumlah IKM", "Jumlah unit industri kecil dan menengah di register."),
}


def write_forms(criteria: Sequence[str], participants: int, out_dir: Path, *,
                title: str = "Kuesioner AHP",
                labels: Mapping[str, tuple[str, str]] | None = None,
                names: Sequence[str] | None = None) -> list[Path]:
    """Write ``peserta_01.xlsx`` ... one form per participant; returns the paths.

    ``names`` fill the participants' name cells (default ``Peserta 1``, ``Peserta 2``...).

    ``labels`` maps a criterion code to (name, explanation) shown to the participant in a
    table on the guide sheet and as comments on the matrix headers; codes without one get
    the built-in leading-industry label (:data:`LEADING_CRITERIA_LABELS`) when there is
    one. The matrix keeps the codes (they are read back).
    """
    from openpyxl import Workbook
    from openpyxl.comments import Comment
    from openpyxl.styles import Alignment, Font, PatternFill, Protection
    from openpyxl.worksheet.datavalidation import DataValidation

    crit = [str(c) for c in criteria]
    if len(crit) < 2:
        raise InputError(Problem(Msg("sources.ahp.two_criteria")))
    from rancang.core.cells import safe_cell

    formulas = [Problem(Msg("sources.ahp.formula_code", code=c, start=c[0]))
                for c in crit if safe_cell(c) != c]
    if formulas:  # the codes are read back from the form: refused, not escaped
        raise InputError(formulas)
    out_dir.mkdir(parents=True, exist_ok=True)
    grey = PatternFill("solid", fgColor="DDDDDD")
    yellow = PatternFill("solid", fgColor="FFF2CC")
    paths = []
    for k in range(1, participants + 1):
        wb = Workbook()
        guide = wb.active
        guide.title = GUIDE
        guide["A1"] = title
        guide["A1"].font = Font(bold=True, size=14)
        guide["A3"] = ("Bandingkan setiap pasangan kriteria: seberapa penting kriteria BARIS "
                       "dibandingkan kriteria KOLOM? Isi hanya sel kuning di lembar "
                       f"'{SHEET}' dengan nilai skala Saaty di bawah ini.")
        guide["A5"], guide["B5"] = "Nilai", "Arti"
        guide["A5"].font = guide["B5"].font = Font(bold=True)
        for i, (v, text) in enumerate(SCALE_GUIDE, start=6):
            guide.cell(i, 1, v)
            guide.cell(i, 2, text)
        named = _labels(crit, labels)
        row = 7 + len(SCALE_GUIDE)
        guide.cell(row, 1, "Kriteria").font = Font(bold=True)
        guide.cell(row + 1, 1, "Kode").font = Font(bold=True)
        guide.cell(row + 1, 2, "Nama dan penjelasan").font = Font(bold=True)
        for i, code in enumerate(crit, start=row + 2):
            guide.cell(i, 1, code)
            label, text = named[code]
            guide.cell(i, 2, safe_cell(f"{label}: {text}" if text else label))
        guide.column_dimensions["A"].width = 18
        guide.column_dimensions["B"].width = 90
        ws = wb.create_sheet(SHEET)
        ws["A1"] = title
        ws["A1"].font = Font(bold=True)
        ws["A2"] = "Nama peserta:"
        ws["B2"] = safe_cell(names[k - 1]) if names and k <= len(names) else f"Peserta {k}"
        ws["B2"].fill = yellow
        ws["B2"].protection = Protection(locked=False)
        dv = DataValidation(type="list", formula1='"' + ",".join(SCALE_TEXT) + '"',
                            allow_blank=True, showErrorMessage=True,
                            errorTitle="Nilai tidak valid",
                            error="Gunakan skala Saaty: 1/9 ... 1 ... 9")
        ws.add_data_validation(dv)
        ws.cell(HEADER_ROW, 1, "Kriteria")
        ws["A3"] = f"Arti setiap kode kriteria: lihat lembar '{GUIDE}'."
        for j, name in enumerate(crit):
            ws.cell(HEADER_ROW, 2 + j, name).font = Font(bold=True)
            ws.cell(HEADER_ROW + 1 + j, 1, name).font = Font(bold=True)
            label, text = named[name]
            note = f"{label}. {text}".strip() if text else label
            if note != name:
                ws.cell(HEADER_ROW, 2 + j).comment = Comment(note, "Rancang")
            ws.column_dimensions[_col(2 + j)].width = max(12, len(name) + 2)
        for i in range(len(crit)):
            for j in range(len(crit)):
                c = ws.cell(HEADER_ROW + 1 + i, 2 + j)
                c.alignment = Alignment(horizontal="center")
                if i == j:
                    c.value = 1
                    c.fill = grey
                elif i < j:
                    c.fill = yellow
                    c.protection = Protection(locked=False)
                    c.number_format = "@"  # text: Excel must not turn 1/3 into a date
                    dv.add(c)
                else:
                    c.fill = grey
                    c.number_format = "@"
        ws.column_dimensions["A"].width = max(14, *(len(c) + 2 for c in crit))
        ws.protection.sheet = True
        wb.active = 1
        path = out_dir / f"peserta_{k:02d}.xlsx"
        wb.save(path)
        paths.append(path)
    return paths


def _labels(crit: Sequence[str], labels: Mapping[str, tuple[str, str]] | None,
            ) -> dict[str, tuple[str, str]]:
    """(name, explanation) of each criterion: given, built-in, or the code itself."""
    out = {}
    for code in crit:
        given = (labels or {}).get(code)
        if given and (given[0] or given[1]):
            out[code] = (given[0] or code, given[1])
        else:
            out[code] = LEADING_CRITERIA_LABELS.get(code, (code, ""))
    return out


#: Saaty's scale: 1..9 and the reciprocals 1/2..1/9.
SAATY_VALUES = tuple(float(v) for v in range(1, 10)) + tuple(1.0 / v for v in range(2, 10))


def saaty_value(v: float) -> float | None:
    """The Saaty scale value ``v`` stands for, or None when it is not on the scale.

    Whole numbers 1..9 must be exact (within 1e-6); reciprocals may be typed as rounded
    decimals (``0.333`` or ``0.33`` for 1/3, ``0.14`` for 1/7): within 0.005.

    Example
    -------
    >>> saaty_value(0.333) == 1 / 3, saaty_value(5.0), saaty_value(2.5), saaty_value(0.7)
    (True, 5.0, None, None)
    """
    for s in SAATY_VALUES:
        if abs(v - s) <= (1e-6 if s >= 1 else 0.005):
            return s
    return None


def _parse(value: object) -> float | None:
    if value is None or (isinstance(value, str) and not value.strip()):
        return None
    if isinstance(value, bool):
        return float("nan")
    if isinstance(value, int | float):
        return float(value)
    text = str(value).strip().replace(",", ".").replace(" ", "")
    try:
        return float(Fraction(text))
    except (ValueError, ZeroDivisionError, OverflowError):  # text, 1/0, 1e400
        return float("nan")


def read_form(path: Path, *, criteria: Sequence[str] | None = None,
              allow_missing: bool = False) -> FilledForm:
    """Read one filled form; every problem names file, sheet, row and column."""
    from openpyxl import load_workbook

    name = path.name
    try:
        wb = load_workbook(path, data_only=True, read_only=True)
    except Exception as exc:  # openpyxl raises several types for broken files
        raise damaged_workbook(path, exc) from None
    if SHEET not in wb.sheetnames:
        raise InputError(Problem(Msg("sources.sheet_missing", sheet=SHEET), file=name))
    if wb[SHEET].sheet_state != "visible":  # judgments nobody sees are not read
        raise InputError(Problem(Msg("sources.sheet_hidden", sheet=SHEET), file=name,
                                 sheet=SHEET))
    rows = [list(r) for r in wb[SHEET].iter_rows(values_only=True)]
    wb.close()
    refuse_uncomputed(path)

    def get(r: int, c: int) -> object:
        return rows[r - 1][c - 1] if r <= len(rows) and c <= len(rows[r - 1]) else None

    crit: list[str] = []
    c = 2
    while get(HEADER_ROW, c) not in (None, ""):
        crit.append(str(get(HEADER_ROW, c)).strip())
        c += 1
    problems: list[Problem] = []
    if len(crit) < 2:
        raise InputError(Problem(Msg("sources.ahp.few_criteria"), name, SHEET, HEADER_ROW,
                                 "B"))
    if criteria is not None and list(criteria) != crit:
        problems.append(Problem(Msg("sources.ahp.criteria_differ", found=crit,
                                    expected=list(criteria)), name, SHEET, HEADER_ROW, "B"))
    n = len(crit)
    for i in range(n):
        label = get(HEADER_ROW + 1 + i, 1)
        if str(label).strip() != crit[i]:
            problems.append(Problem(Msg("sources.ahp.row_label", label=label,
                                        expected=crit[i]), name, SHEET, HEADER_ROW + 1 + i,
                                    "A"))
    a = np.full((n, n), np.nan)
    np.fill_diagonal(a, 1.0)
    for i in range(n):
        for j in range(i + 1, n):
            r_up, c_up = HEADER_ROW + 1 + i, 2 + j
            r_lo, c_lo = HEADER_ROW + 1 + j, 2 + i
            parsed: list[float | None] = []
            for r, cc in ((r_up, c_up), (r_lo, c_lo)):
                raw = get(r, cc)
                if isinstance(raw, (datetime.date, datetime.time)):
                    problems.append(Problem(Msg("sources.ahp.date_cell", value=str(raw)),
                                            name, SHEET, r, _col(cc)))
                    parsed.append(float("nan"))
                    continue
                v = _parse(raw)
                if v is not None and np.isfinite(v):
                    snapped = saaty_value(v)
                    if snapped is None:
                        problems.append(Problem(Msg("sources.ahp.off_scale", value=raw),
                                                name, SHEET, r, _col(cc)))
                        v = float("nan")
                    else:
                        v = snapped
                elif v is not None:
                    problems.append(Problem(Msg("sources.ahp.not_number", value=raw),
                                            name, SHEET, r, _col(cc)))
                parsed.append(v)
            up, lo = parsed
            if up is not None and lo is not None and np.isfinite(up) and np.isfinite(lo) \
                    and abs(up * lo - 1) > 0.02:
                problems.append(Problem(
                    Msg("sources.ahp.not_reciprocal", a=crit[i], b=crit[j],
                        up=str(get(r_up, c_up)), low=str(get(r_lo, c_lo))),
                    name, SHEET, r_lo, _col(c_lo)))
            value = up if up is not None else (1 / lo if lo else None)
            if value is None:
                if not allow_missing:
                    problems.append(Problem(Msg("sources.ahp.missing", a=crit[i], b=crit[j]),
                                            name, SHEET, r_up, _col(c_up)))
                continue
            if np.isfinite(value) and value > 0:
                a[i, j], a[j, i] = value, 1 / value
    if problems:
        raise InputError(problems)
    participant = str(get(2, 2) or path.stem).strip()
    alone = _unreached(~np.isnan(a)) if allow_missing else []
    if alone:
        raise InputError(Problem(
            Msg("sources.ahp.unlinked", participant=participant,
                criteria=", ".join(crit[i] for i in alone)),
            name, SHEET, HEADER_ROW, None))
    return FilledForm(participant, name, tuple(crit), a)


def _unreached(known: np.ndarray) -> list[int]:
    """Criteria not reached from the first one through known comparisons."""
    seen, todo = {0}, [0]
    while todo:
        i = todo.pop()
        for j in np.flatnonzero(known[i]):
            if int(j) not in seen:
                seen.add(int(j))
                todo.append(int(j))
    return [i for i in range(known.shape[0]) if i not in seen]


def read_forms(paths: Sequence[Path], *, allow_missing: bool = False) -> list[FilledForm]:
    """Read several forms; all must share the first form's criteria. Collects all errors."""
    forms: list[FilledForm] = []
    problems: list[Problem] = []
    expected: Sequence[str] | None = None
    for p in paths:
        try:
            f = read_form(Path(p), criteria=expected, allow_missing=allow_missing)
        except InputError as exc:
            problems.extend(exc.problems)
            continue
        expected = expected or f.criteria
        forms.append(f)
    if problems:
        raise InputError(problems)
    return forms
