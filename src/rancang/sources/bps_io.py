"""Reader for BPS input-output tables (provincial 17-sector, national 52 and 185 sectors).

The layout family, as BPS publishes the 2016 tables ("Transaksi Domestik Atas Dasar Harga
Produsen")::

    row 1:     title ("Tabel Input-Output Provinsi ... 2016 (Juta Rupiah)")
    row h:     Deskripsi | Kode | <sector names> ... | Total Permintaan Antara | ... | Total Output
    row h+1:             |      | A | B | ... RSTU | 1800 | 3011 | ... | 3100
    rows:      <sector> | A | flows ... | final demand ... | output
               Input Antara Domestik | 190d   (optional)
               Input Antara Impor Luar Negeri | 2000   (imports from abroad, optional)
               Input Antara Impor Antar Provinsi | 2001   (from other provinces, optional)
               Total Input Antara | 1900   (optional)
               Kompensasi Tenaga Kerja | 2010   (optional: needed for income multipliers)
               Nilai Tambah Bruto | 2090
               Total Input | 2100

Older national tables use three-digit codes (180, 190, 200, 201, 209, 210, 301 ... 309,
310); both are accepted, and rows and columns are also recognised by their Indonesian or
English names. Sectors are the codes that appear both as a row and as a column before the
total-intermediate-demand column. Cells are read with openpyxl so that every problem names
the exact spreadsheet row and column.
"""

from __future__ import annotations

import re
from pathlib import Path

import numpy as np

from rancang.core.errors import InputError, Problem
from rancang.core.i18n import Msg
from rancang.io_table import IOTable, Note
from rancang.sources._cells import (
    EXCEL_SUFFIXES,
    Where,
    col_letter,
    damaged_workbook,
    parse_number,
)

__all__ = ["IO_LAYOUT", "detect_io_layout", "looks_like_bps_io", "read_bps_io"]

IO_LAYOUT = "bps_io"
_TOL = 1e-3  # relative tolerance of the row and column totals (BPS rounds its cells)

# role -> (codes, name patterns); names are matched on lower-cased text
_ROWS = {
    "domestic": ({"190d"}, (r"^input antara domestik",)),
    "imports_foreign": ({"2000", "200"}, (r"impor luar negeri", r"^impor\b", r"^imports?\b")),
    "imports_regional": ({"2001"}, (r"impor antar ?(provinsi|wilayah|daerah)",)),
    "intermediate": ({"1900", "190"}, (r"^(total|jumlah) input antara",
                                       r"^total intermediate input")),
    "compensation": ({"2010", "201", "2011"}, (r"kompensasi", r"upah", r"compensation")),
    "value_added": ({"2090", "209"}, (r"nilai tambah bruto", r"jumlah input primer",
                                       r"value added")),
    "total_input": ({"2100", "210"}, (r"^(total|jumlah) input$", r"^total inputs?$")),
}
_COLS = {
    "intermediate_demand": ({"1800", "180"}, (r"^(total|jumlah) permintaan antara",
                                              r"intermediate demand")),
    "household": ({"3011", "301"}, (r"konsumsi rumah ?tangga", r"household")),
    "final_total": ({"3090", "309"}, (r"^(total|jumlah) (konsumsi akhir|permintaan akhir)",
                                      r"^total final demand")),
    "output": ({"3100", "700", "600"}, (r"^(total|jumlah) output$", r"^output$",
                                        r"^total output")),
}
# final-demand subtotals: never counted as a final-demand category
_SUBTOTALS = {"3080", "3090", "309", "3100", "310", "1800", "180", "3000"}
_SUBTOTAL_NAMES = (r"^total ekspor$", r"^(total|jumlah) (konsumsi akhir|permintaan akhir)",
                   r"^(total|jumlah) permintaan$")


def _norm_code(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    return str(value).strip()


def _text(value: object) -> str:
    return re.sub(r"\s+", " ", str(value or "")).strip().lower()


def _role(code: str, name: str, table: dict[str, tuple[set[str], tuple[str, ...]]]) -> str | None:
    for role, (codes, _) in table.items():
        if code.lower() in codes:
            return role
    for role, (_, patterns) in table.items():
        if any(re.search(p, name) for p in patterns):
            return role
    return None


def _grid(path: Path) -> list[tuple[str, list[list[object]]]]:
    import openpyxl

    try:
        wb = openpyxl.load_workbook(path, read_only=True, data_only=True)
    except Exception as exc:  # not a workbook, damaged file
        raise damaged_workbook(path, exc) from None
    try:
        return [(ws.title, [list(r) for r in ws.iter_rows(values_only=True)])
                for ws in wb.worksheets]
    except Exception as exc:  # a damaged sheet inside an openable archive
        raise damaged_workbook(path, exc) from None
    finally:
        wb.close()


def _header(rows: list[list[object]]) -> tuple[int, int] | None:
    """(row, column) of the ``Kode`` header cell in the first 15 rows."""
    for r, row in enumerate(rows[:15]):
        for c, cell in enumerate(row):
            if _text(cell) in ("kode", "code", "kode i-o", "kode io"):
                return r, c
    return None


def _is_io_sheet(rows: list[list[object]]) -> bool:
    head = _header(rows)
    if head is None:
        return False
    _, cc = head
    codes = {_norm_code(r[cc]).lower() for r in rows if len(r) > cc}
    names = {_text(r[cc - 1]) for r in rows if cc > 0 and len(r) > cc}
    marks = {"2100", "210", "2090", "209", "1900", "190", "190d"}
    return bool(codes & marks) or bool(names & {"total input", "jumlah input",
                                                "nilai tambah bruto"})


def looks_like_bps_io(path: str | Path) -> bool:
    """True if a sheet has a ``Kode`` header and an input row (190x, 2090, 2100 ...).

    A workbook that cannot be opened raises
    :class:`~rancang.sources._cells.DamagedWorkbookError` ("damaged or not a workbook")
    rather than answering False.
    """
    path = Path(path)
    if path.suffix.lower() not in EXCEL_SUFFIXES:
        return False
    return any(_is_io_sheet(rows) for _, rows in _grid(path))


def detect_io_layout(path: str | Path) -> str:
    """The layout of an input-output file: ``bps_io``, or an :class:`InputError`.

    Raises
    ------
    InputError
        Naming the file and what was expected (a ``Kode`` header in the first 15 rows, sector
        codes as rows and columns, and a total-input row 2100/210).
    """
    path = Path(path)
    if not path.is_file():
        raise InputError(Problem(Msg("sources.file_not_found"), file=str(path)))
    if path.suffix.lower() not in EXCEL_SUFFIXES:
        raise InputError(Problem(Msg("sources.io.unsupported_type", suffix=path.suffix),
                                 file=path.name))
    if looks_like_bps_io(path):
        return IO_LAYOUT
    raise InputError(Problem(Msg("sources.io.layout_unknown"), file=path.name))


def _find(labels: list[tuple[int, str, str]], table: dict) -> dict[str, int]:
    found: dict[str, int] = {}
    for pos, code, name in labels:
        role = _role(code, name, table)
        if role is not None and role not in found:
            found[role] = pos
    return found


def _sector_run(col_labels: list[tuple[int, str, str]],
                row_codes: dict[str, int]) -> list[tuple[int, str]]:
    """The leading run of columns whose codes are also row codes, stopping at a repeat.

    A column whose code is no row code is skipped (and reported as a sector without a row);
    the run ends at a repeated code or at a total / final-demand column.

    National tables number sectors 001..185 while older layouts code the total
    intermediate demand column 180: the run stops at the first code already seen.
    """
    run: list[tuple[int, str]] = []
    seen: set[str] = set()
    for c, code, name in col_labels:
        key = code.lstrip("0") or "0"
        if key in seen:
            break
        if code not in row_codes:  # a column without a row: named by _unpaired_sectors
            if _role(code, name, _COLS) is not None:
                break
            continue
        seen.add(key)
        run.append((c, code))
    return run


def _meta(title: str, path: Path) -> tuple[str, int | None, bool]:
    both = f"{title} {path.name}"
    unit = "juta rupiah" if re.search(r"juta rupiah", both, re.I) else (
        "miliar rupiah" if re.search(r"miliar rupiah", both, re.I) else "")
    years = re.findall(r"\b(19[6-9]\d|20\d\d)\b", both)
    synthetic = bool(re.search(r"sintetis|synthetic", both, re.I))
    return unit, (int(years[0]) if years else None), synthetic


def read_bps_io(path: str | Path) -> IOTable:
    """Read a BPS input-output table (17, 52 or 185 sectors) into an :class:`IOTable`.

    Parameters
    ----------
    path : str or Path
        An .xlsx file in the BPS layout described in the module docstring.

    Returns
    -------
    IOTable
        Domestic flows, output, final demand, value added and, when the table has them,
        compensation of employees and imported inputs.

    Raises
    ------
    InputError
        Every problem found, each naming file, sheet, row and column: unknown layout,
        missing total-output column or total-input / value-added rows, text in number
        cells, empty totals, rows or columns that do not add up to their totals.

    Notes
    -----
    Checks: ``Σ_j z_ij + Σ_k f_ik = x_i`` (rows), ``Σ_i z_ij + imports_j + va_j = total
    input_j`` (columns, through row 1900 when present) and ``total input_j = x_j``, each to
    a relative tolerance of 0.1 %.
    """
    path = Path(path)
    detect_io_layout(path)
    sheet, rows = next((s, r) for s, r in _grid(path) if _is_io_sheet(r))
    where: Where = {"file": path.name, "sheet": sheet}
    h, cc = _header(rows)  # type: ignore[misc]
    width = max(len(r) for r in rows)
    rows = [list(r) + [None] * (width - len(r)) for r in rows]
    code_row = h + 1 if _norm_code(rows[h + 1][cc]) == "" else h
    name_col = cc - 1 if cc > 0 else cc

    row_labels = [(r, _norm_code(rows[r][cc]), _text(rows[r][name_col]))
                  for r in range(code_row + 1, len(rows)) if _norm_code(rows[r][cc])]
    col_labels = [(c, _norm_code(rows[code_row][c]), _text(rows[h][c]))
                  for c in range(cc + 1, width)
                  if _norm_code(rows[code_row][c]) or _text(rows[h][c])]
    row_codes: dict[str, int] = {}
    for r, code, _ in row_labels:
        row_codes.setdefault(code, r)
    sector_cols = _sector_run(col_labels, row_codes)
    end = sector_cols[-1][0] if sector_cols else cc
    special_cols = _find([lab for lab in col_labels if lab[0] > end], _COLS)
    end = special_cols.get("intermediate_demand", end)
    problems: list[Problem] = []
    if len(sector_cols) < 2:
        raise InputError(Problem(Msg("sources.io.no_sectors"), **where, row=code_row + 1))
    codes = [code for _, code in sector_cols]
    problems.extend(_unpaired_sectors(row_labels, col_labels, codes, end, where, cc))
    sector_rows = [row_codes[c] for c in codes]
    if sector_rows != sorted(sector_rows):
        problems.append(Problem(Msg("sources.io.sector_order"), **where,
                                column=col_letter(cc)))
    special_rows = _find([lab for lab in row_labels if lab[0] > max(sector_rows)], _ROWS)
    for role, label, code in (("value_added", "Nilai Tambah Bruto", "2090/209"),
                              ("total_input", "Total Input", "2100/210")):
        if role not in special_rows:
            problems.append(Problem(Msg("sources.io.missing_row", label=label, code=code),
                                    **where, column=col_letter(cc)))
    if "output" not in special_cols:
        problems.append(Problem(Msg("sources.io.missing_output"), **where, row=h + 1))
    if "output" not in special_cols or not {"value_added", "total_input"} <= set(special_rows):
        raise InputError(problems)  # nothing to check the cells against

    out_col = special_cols["output"]
    fd_cols = [(c, code, name) for c, code, name in col_labels
               if end < c < out_col and code not in _SUBTOTALS
               and not any(re.search(p, name) for p in _SUBTOTAL_NAMES)]
    s_cols = [c for c, _ in sector_cols]

    def number(r: int, c: int, *, required: bool = False) -> float:
        v = rows[r][c]
        if isinstance(v, bool):
            v = None
        if isinstance(v, (int, float)):
            return float(v)
        if v is None or str(v).strip() in ("", "-"):
            if required:
                problems.append(Problem(Msg("sources.io.empty_total"), **where, row=r + 1,
                                        column=col_letter(c)))
            return 0.0
        parsed = parse_number(v)
        if parsed is None:
            problems.append(Problem(Msg("sources.io.text_in_number", text=str(v)[:40]),
                                    **where, row=r + 1, column=col_letter(c)))
            return np.nan
        return parsed

    def row_vec(r: int, *, required: bool = False) -> np.ndarray:
        return np.array([number(r, c, required=required) for c in s_cols])

    z = np.array([[number(r, c) for c in s_cols] for r in sector_rows])
    fd = np.array([[number(r, c) for c, _, _ in fd_cols] for r in sector_rows]).reshape(
        len(sector_rows), len(fd_cols))
    x = np.array([number(r, out_col, required=True) for r in sector_rows])
    vecs = {role: row_vec(r, required=role == "total_input")
            for role, r in special_rows.items()}
    # text cells are NaN: the balance checks below skip them and report every other problem

    totals: dict[str, np.ndarray] = {
        role: np.array([number(r, special_cols[role]) for r in sector_rows])
        for role in ("intermediate_demand", "final_total") if role in special_cols}
    notes = _check_rows(z, fd, x, totals, special_cols, sector_rows, codes, out_col, where,
                        problems)
    _check_columns(z, x, vecs, special_rows, s_cols, where, problems)
    if problems:
        raise InputError(problems)

    title = next((str(c) for r in rows[:h] for c in r if c not in (None, "")), "")
    unit, year, synthetic = _meta(title, path)
    names = tuple(str(rows[r][name_col] or code).strip() for r, code in zip(
        sector_rows, codes, strict=True))
    fd_codes = tuple(code for _, code, _ in fd_cols)
    household = next((k for k, (c, _, _) in enumerate(fd_cols)
                      if c == special_cols.get("household")), None)
    if "compensation" not in vecs:
        notes.append(Note.of("sources.io.note_no_compensation"))
    return IOTable(
        z=z, x=x, sector_codes=tuple(codes), sector_names=names, final_demand=fd,
        final_demand_codes=fd_codes,
        final_demand_names=tuple(str(rows[h][c] or code).strip() for c, code, _ in fd_cols),
        value_added=vecs["value_added"], compensation=vecs.get("compensation"),
        imports_foreign=vecs.get("imports_foreign"),
        imports_regional=vecs.get("imports_regional"), household_column=household,
        title=title.strip(), unit=unit, year=year, source=path.name, synthetic=synthetic,
        notes=tuple(notes),
    )


def _unpaired_sectors(row_labels: list[tuple[int, str, str]],
                      col_labels: list[tuple[int, str, str]], codes: list[str], end: int,
                      where: Where, cc: int) -> list[Problem]:
    """Sectors with a row but no column, or a column but no row, each named and located.

    Sector rows are the coded rows before the first input row (190x, 2000, 2010, 2090 ...);
    sector columns the coded columns before total intermediate demand (1800/180). A sector
    is a code that appears in both; a code in only one of them is a problem, not silently
    dropped.
    """
    found = set(codes)
    col_codes = {code for c, code, _ in col_labels if c <= end and code}
    problems = []
    for r, code, name in row_labels:
        if _role(code, name, _ROWS) is not None:
            break
        if code not in found and code.lower() not in _SUBTOTALS and code not in col_codes:
            problems.append(Problem(Msg("sources.io.row_without_column", code=code),
                                    **where, row=r + 1, column=col_letter(cc)))
    row_codes = {code for _, code, _ in row_labels}
    for c, code, name in col_labels:
        if c > end or _role(code, name, _COLS) is not None or code in _SUBTOTALS:
            break
        if code and code not in found and code not in row_codes:
            problems.append(Problem(Msg("sources.io.column_without_row", code=code),
                                    **where, column=col_letter(c)))
    return problems


def _off(a: np.ndarray, b: np.ndarray) -> np.ndarray:
    return np.abs(a - b) > _TOL * np.maximum(np.abs(b), 1.0)


def _check_rows(z: np.ndarray, fd: np.ndarray, x: np.ndarray, totals: dict[str, np.ndarray],
                special_cols: dict[str, int], sector_rows: list[int], codes: list[str],
                out_col: int, where: Where, problems: list[Problem]) -> list[Note]:
    """Row totals as problems; final-demand columns that miss the table's own total as notes.

    The table's own totals (1800, 3090, 3100) are authoritative: flows must add up to total
    intermediate demand, and intermediate + final demand to total output. Published tables
    have rows whose final-demand categories do not add up to 3090 (Papua Barat 2016, rows B
    and C: change in inventories with the opposite sign); that is reported, not refused.
    """
    notes: list[Note] = []
    inter = z.sum(axis=1)
    if "intermediate_demand" in totals:
        c = special_cols["intermediate_demand"]
        for k in np.flatnonzero(_off(inter, totals["intermediate_demand"])):
            problems.append(Problem(
                Msg("sources.io.row_flows", flows=float(inter[k]),
                    total=float(totals["intermediate_demand"][k])),
                **where, row=sector_rows[k] + 1, column=col_letter(c)))
    final = fd.sum(axis=1)
    if "final_total" in totals:
        for k in np.flatnonzero(_off(final, totals["final_total"])):
            r, got, told = sector_rows[k] + 1, final[k], totals["final_total"][k]
            notes.append(Note.of("sources.io.note_final_demand", row=r, code=codes[k],
                                 got=float(got), told=float(told)))
        final = totals["final_total"]
    for k in np.flatnonzero(_off(inter + final, x)):
        problems.append(Problem(
            Msg("sources.io.row_output", demand=float(inter[k] + final[k]), output=float(x[k])),
            **where, row=sector_rows[k] + 1, column=col_letter(out_col)))
    return notes


def _check_columns(z: np.ndarray, x: np.ndarray, vecs: dict[str, np.ndarray],
                   special_rows: dict[str, int], s_cols: list[int], where: Where,
                   problems: list[Problem]) -> None:
    """Column totals and total input = total output, as problems."""
    total_input = vecs["total_input"]
    tr = special_rows["total_input"] + 1
    for k in np.flatnonzero(_off(total_input, x)):
        problems.append(Problem(
            Msg("sources.io.input_output", total_input=float(total_input[k]),
                output=float(x[k])),
            **where, row=tr, column=col_letter(s_cols[k])))
    imports = sum((vecs[k] for k in ("imports_foreign", "imports_regional") if k in vecs),
                  np.zeros_like(x))
    inputs = z.sum(axis=0) + imports
    if "intermediate" in vecs:
        ir = special_rows["intermediate"] + 1
        for k in np.flatnonzero(_off(inputs, vecs["intermediate"])):
            problems.append(Problem(
                Msg("sources.io.column_intermediate", inputs=float(inputs[k]),
                    total=float(vecs["intermediate"][k])),
                **where, row=ir, column=col_letter(s_cols[k])))
        inputs = vecs["intermediate"]
    cols_sum = inputs + vecs["value_added"]
    for k in np.flatnonzero(_off(cols_sum, total_input)):
        problems.append(Problem(
            Msg("sources.io.column_total", inputs=float(cols_sum[k]),
                total=float(total_input[k])),
            **where, row=tr, column=col_letter(s_cols[k])))
