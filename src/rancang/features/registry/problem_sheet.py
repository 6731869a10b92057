"""A refused register file, handed back as a workbook: a copy of every sheet with each
problem beside its row, and a sheet listing every problem in order.

The user fixes the file where they see the problem, instead of reading a list and counting
rows (issue 11, "all problems in one pass"). Rows keep their spreadsheet numbers, so the
messages' "row 12" is row 12 of the copy too.
"""

from __future__ import annotations

from collections import defaultdict
from pathlib import Path

from rancang.core.errors import Problem
from rancang.core.i18n import text
from rancang.features.registry.reader import _grid_csv, _grids_xlsx

MAX_SHEET_TITLE = 31


def write_problem_workbook(paths: list[Path], problems: list[Problem], out: str | Path,
                           *, names: dict[str, str] | None = None) -> Path:
    """Write ``out`` (XLSX): each sheet of ``paths`` with a problems column after its last
    column, and a first sheet listing every problem (file, sheet, row, column, message).

    Parameters
    ----------
    paths : list of Path
        The files as read (XLSX or CSV).
    problems : list of Problem
        Their problems (file names as in ``names`` values, or the files' own names).
    out : str or Path
    names : dict, optional
        Stored file name -> the user's file name (the names the problems carry).

    Returns
    -------
    Path
    """
    from openpyxl import Workbook
    from openpyxl.styles import Font, PatternFill

    names = names or {}
    by_row: dict[tuple[str | None, str | None, int | None], list[str]] = defaultdict(list)
    for p in problems:
        label = f"{p.column}: {p.message}" if p.column else str(p.message)
        by_row[(p.file, p.sheet, p.row)].append(label)
    wb = Workbook()
    summary = wb.active
    assert summary is not None
    summary.title = text("registry.problems_sheet")[:MAX_SHEET_TITLE]
    summary.append([text(k) for k in ("registry.problems_file", "registry.problems_sheet_name",
                                      "registry.problems_row", "registry.problems_column",
                                      "registry.problems_message")])
    for c in summary[1]:
        c.font = Font(bold=True)
    for p in problems:
        summary.append([p.file, p.sheet, p.row, p.column, str(p.message)])
    red = PatternFill("solid", fgColor="FFC7CE")
    used = {summary.title}
    for path in paths:
        own = names.get(path.name, path.name)
        grids = (_grids_xlsx(path, None) if path.suffix.lower() in (".xlsx", ".xlsm", ".xls")
                 else [(None, _grid_csv(path))])
        for sheet, grid in grids:
            title = _title(f"{Path(own).stem}-{sheet}" if sheet else Path(own).stem, used)
            ws = wb.create_sheet(title)
            width = grid.width
            for i, row in enumerate(grid.iter_rows(), start=1):
                ws.append([_cell(v) for v in row])
                found = by_row.get((own, sheet, i))
                if found:
                    cell = ws.cell(row=i, column=width + 1, value="; ".join(found))
                    cell.fill = red
                    for j in range(1, width + 1):
                        ws.cell(row=i, column=j).fill = red
            whole = by_row.get((own, sheet, None))
            head = ws.cell(row=1, column=width + 1)
            head.value = (text("registry.problems_column_title")
                          + (f" ({'; '.join(whole)})" if whole else "")
                          if head.value is None else head.value)
            head.font = Font(bold=True)
    target = Path(out)
    target.parent.mkdir(parents=True, exist_ok=True)
    wb.save(target)
    return target


def _cell(value: object) -> object:
    """A cell as text; text that openpyxl would write as a formula (a leading ``=``) gets
    a leading apostrophe, so the copy never carries a live formula.

    >>> _cell("=HYPERLINK(1)"), _cell("-5"), _cell(None)
    ("'=HYPERLINK(1)", '-5', None)
    """
    if isinstance(value, str) and value.startswith("="):
        return "'" + value
    return value


def _title(name: str, used: set[str]) -> str:
    """A unique sheet title of at most 31 characters without the characters Excel refuses.

    >>> _title("ikm:2023/[a]", set())
    'ikm_2023__a_'
    """
    base = "".join("_" if ch in '[]:*?/\\' else ch for ch in name)[:MAX_SHEET_TITLE]
    title, k = base, 2
    while title in used:
        suffix = f" ({k})"
        title = base[:MAX_SHEET_TITLE - len(suffix)] + suffix
        k += 1
    used.add(title)
    return title
