"""Reader for the BPS web-table export of PDRB by industry for all regencies/cities.

The layout (as downloaded from the BPS web tables, "Flexmonster Pivot Table" sheet)::

    row 1:  ... | Indikator | Tahun
    row 2:  ... | PDRB ADHK ... Lapangan Usaha | PDRB ADHK ... Lapangan Usaha - Administrasi ...
    row 3:  IDPulau | Pulau | KodeProvinsi | Nama Provinsi | KodeWilayah | Nama Wilayah | 2013 | ...
    row 4+: one row per province (``xx00``), regency/city, and the nation (``9999``)

Values are billions of rupiah. Province and national rows become reference economies
(``Panel.references``); each regency's ``parent_codes`` entry is its province row.
"""

from __future__ import annotations

import re
from pathlib import Path

import numpy as np
import polars as pl

from rancang.core.errors import InputError, Problem
from rancang.core.i18n import Msg
from rancang.panel import Panel
from rancang.reference.pdrb import (
    CATEGORY_CODES,
    category_from_title,
    category_title,
    is_total_title,
)
from rancang.sources._cells import (
    EXCEL_SUFFIXES,
    DamagedWorkbookError,
    PanelLabels,
    Where,
    col_letter,
    hidden_sheets,
    load_sheets,
    parse_number,
    parse_numbers,
)
from rancang.sources.numbers import detect_decimal, number_problem

__all__ = ["NATIONAL_CODE", "col_letter", "looks_like_bps_pdrb", "parse_number",
           "read_bps_pdrb", "to_long_frame"]

NATIONAL_CODE = "9999"
UNIT = "miliar rupiah"
_MAX_PROBLEMS = 200


def find_header_row(rows: list[tuple[str | None, ...]], *, limit: int = 15) -> int | None:
    """Index of the row holding ``KodeWilayah`` (the BPS export's column headers)."""
    for r, row in enumerate(rows[:limit]):
        cells = {str(c).strip().lower().replace(" ", "") for c in row if c}
        if "kodewilayah" in cells:
            return r
    return None


def data_sheet(path: Path) -> tuple[str, pl.DataFrame]:
    """The sheet of a BPS export that holds the table: the first *visible* sheet with the
    ``KodeWilayah`` header, else the first hidden one with it, else the first visible sheet
    (whose name the refusal then gives). A workbook whose first sheet is hidden (a note, an
    old copy) is read from the sheet a person sees.
    """
    sheets = load_sheets(path)
    hidden = hidden_sheets(path)
    ordered = ([s for s in sheets if s[0] not in hidden]
               + [s for s in sheets if s[0] in hidden])
    for sheet in ordered:
        if find_header_row(sheet[1].head(15).rows()) is not None:
            return sheet
    return ordered[0]


def looks_like_bps_pdrb(path: Path) -> bool:
    """True if the file is a workbook with a sheet holding the BPS ``KodeWilayah`` header
    (:func:`data_sheet`).

    A damaged workbook raises :class:`~rancang.sources._cells.DamagedWorkbookError`.
    """
    if path.suffix.lower() not in EXCEL_SUFFIXES:
        return False
    try:
        frame = data_sheet(path)[1]
    except DamagedWorkbookError:
        raise
    except Exception:
        return False
    return find_header_row(frame.head(15).rows()) is not None


def measure_of(titles: list[str]) -> str:
    """``pdrb_adhb`` when the indicator titles say current prices, else ``pdrb_adhk``.

    >>> measure_of(["PDRB ADHB Berdasarkan Lapangan Usaha - Konstruksi"])
    'pdrb_adhb'
    >>> measure_of(["PDRB ADHK Tahun Dasar 2010 Berdasarkan Lapangan Usaha"])
    'pdrb_adhk'
    """
    joined = " ".join(titles).upper()
    if "ADHB" in joined or "HARGA BERLAKU" in joined:
        return "pdrb_adhb"
    return "pdrb_adhk"


def _value_columns(titles: list[str | None], header: list[str], first: int, h: int,
                   where: Where) -> tuple[list[tuple[int, str, int]], list[Problem]]:
    """(column, category, year) of every value column; problems for unreadable headers.

    ``h`` is the 0-based index of the header row: titles are on spreadsheet row ``h``,
    years on row ``h + 1``.
    """
    problems: list[Problem] = []
    cols: list[tuple[int, str, int]] = []
    for c in range(first, len(header)):
        title = titles[c] if c < len(titles) else None
        if title is None and not header[c]:
            continue
        title = str(title or "")
        if not re.fullmatch(r"\d{4}", header[c]):
            problems.append(Problem(Msg("sources.bps.expected_year", found=header[c]), **where,
                                    row=h + 1, column=col_letter(c)))
            continue
        if is_total_title(title):
            continue
        code = category_from_title(title)
        if code is None:
            problems.append(Problem(Msg("sources.unknown_category", title=title), **where,
                                    row=h, column=col_letter(c)))
            continue
        cols.append((c, code, int(header[c])))
    seen: dict[tuple[str, int], int] = {}
    for c, code, y in cols:
        if (code, y) in seen:
            problems.append(Problem(
                Msg("sources.bps.category_twice", code=code, year=y,
                    column=col_letter(seen[(code, y)])),
                **where, row=h, column=col_letter(c)))
        seen[(code, y)] = c
    for y in sorted({y for _, _, y in cols}):
        missing = [k for k in CATEGORY_CODES if (k, y) not in seen]
        if missing:
            problems.append(Problem(Msg("sources.bps.year_lacks", year=y,
                                        codes=", ".join(missing)), **where, row=h))
    return cols, problems


def read_bps_pdrb(path: str | Path) -> Panel:
    """Read one BPS web-table export (one or several years) into a Panel.

    Parameters
    ----------
    path : str or Path
        The XLSX file as downloaded (first sheet, "Flexmonster Pivot Table").

    Returns
    -------
    Panel
        Regencies/cities (BPS 4-digit codes) x 17 categories x the file's years, measure
        ``pdrb_adhk`` (``pdrb_adhb`` when the titles say ADHB), unit ``miliar rupiah``;
        province (``xx00``) and national (``9999``) rows in ``references``; each regency's
        ``parent_codes`` entry is its province row.

    Raises
    ------
    InputError
        Naming file, sheet, row and column, for every problem found: missing header or
        column, unknown category title, text, an empty cell or a negative number in a value
        cell, a duplicated region.

    Notes
    -----
    The total column ("... Berdasarkan Lapangan Usaha" alone) is not read: it also holds
    net taxes on products at the national level, so it is not the sum of the categories.

    Example
    -------
    >>> panel = read_bps_pdrb("PDRB ... ADHK tahun 2020.xlsx")  # doctest: +SKIP
    >>> panel.shape, panel.references.region_codes[:2]  # doctest: +SKIP
    ((514, 17, 1), ('1100', '9999'))
    """
    path = Path(path)
    name = path.name
    sheet, frame = data_sheet(path)
    head = frame.head(15).rows()
    h = find_header_row(head)
    if h is None or h < 1:
        raise InputError(Problem(Msg("sources.bps.not_export"), file=name, sheet=sheet))
    header = [str(c).strip() if c is not None else "" for c in head[h]]
    lower = [c.lower().replace(" ", "") for c in header]
    if "namawilayah" not in lower:
        raise InputError(Problem(Msg("sources.missing_column", column="Nama Wilayah"),
                                 file=name, sheet=sheet, row=h + 1))
    code_col, name_col = lower.index("kodewilayah"), lower.index("namawilayah")
    where: Where = {"file": name, "sheet": sheet}
    value_cols, problems = _value_columns(list(head[h - 1]), header, name_col + 1, h, where)
    if problems:
        raise InputError(problems)
    years = sorted({y for _, _, y in value_cols})
    data = frame.slice(h + 1)
    columns = frame.columns
    codes = [("" if v is None else str(v).strip()) for v in data[columns[code_col]].to_list()]
    names = [("" if v is None else str(v).strip()) for v in data[columns[name_col]].to_list()]
    raw = data.select([columns[c] for c, _, _ in value_cols])
    nums = parse_numbers(raw, detect_decimal(raw))
    blank = raw.select(pl.all().str.strip_chars().fill_null("") == "").to_numpy()
    problems = _cell_problems(nums, blank, raw, codes, value_cols, h, where)
    ii = {k: n for n, k in enumerate(CATEGORY_CODES)}
    ti = {y: n for n, y in enumerate(years)}
    flat = np.array([ii[k] * len(years) + ti[y] for _, k, y in value_cols])
    regions: list[tuple[str, str, str | None, int]] = []
    refs: list[tuple[str, str, int]] = []
    seen: dict[str, int] = {}
    province: str | None = None
    for r, code in enumerate(codes):
        if not code:
            if not blank[r].all():
                problems.append(Problem(Msg("sources.bps.row_without_code"), **where,
                                        row=h + r + 2, column=header[code_col]))
            continue
        code = code[:-2] if re.fullmatch(r"\d+\.0", code) else code
        if code in seen:
            problems.append(Problem(Msg("sources.bps.region_twice", code=code,
                                        row=seen[code]),
                                    **where, row=h + r + 2, column=header[code_col]))
            continue
        seen[code] = h + r + 2
        if code == NATIONAL_CODE or code.endswith("00"):
            refs.append((code, names[r], r))
            province = code if code != NATIONAL_CODE else province
        else:
            parent = code[:2] + "00" if len(code) == 4 else province
            regions.append((code, names[r], parent, r))
    if problems:
        raise InputError(problems[:_MAX_PROBLEMS])
    if not regions:
        raise InputError(Problem(Msg("sources.bps.no_regencies"), **where))

    def cube(rows: list[int]) -> np.ndarray:
        out = np.empty((len(rows), len(CATEGORY_CODES) * len(years)))
        out[:, flat] = nums[rows]
        return out.reshape(len(rows), len(CATEGORY_CODES), len(years))

    industry_names = tuple(category_title(k) for k in CATEGORY_CODES)
    measure = measure_of([str(head[h - 1][c]) for c, _, _ in value_cols])
    common: PanelLabels = {"industry_codes": CATEGORY_CODES, "industry_names": industry_names,
                           "years": tuple(years), "measure": measure, "unit": UNIT,
                           "sources": (name,)}
    references = Panel(
        values=cube([r for _, _, r in refs]), region_codes=tuple(c for c, _, _ in refs),
        region_names=tuple(n for _, n, _ in refs), **common,
    ) if refs else None
    return Panel(
        values=cube([r for *_, r in regions]),
        region_codes=tuple(c for c, _, _, _ in regions),
        region_names=tuple(n for _, n, _, _ in regions),
        parent_codes=tuple(p for _, _, p, _ in regions),
        references=references, **common,
    )


def _cell_problems(nums: np.ndarray, blank: np.ndarray, raw: pl.DataFrame, codes: list[str],
                   value_cols: list[tuple[int, str, int]], h: int, where: Where
                   ) -> list[Problem]:
    """Text, empty and negative value cells of rows that carry a region code."""
    problems: list[Problem] = []
    has_code = np.array([bool(c) for c in codes], dtype=bool)
    bad = (np.isnan(nums) | (nums < 0)) & has_code[:, None]
    for r, k in zip(*np.nonzero(bad), strict=True):
        c, cat, y = value_cols[int(k)]
        label = f"{category_title(cat)} {y}"
        if blank[r, k]:
            msg = Msg("sources.bps.empty_cell", label=label, region=codes[r], year=y)
        elif np.isnan(nums[r, k]):
            msg = number_problem(raw[int(r), int(k)], label=label)
        else:
            msg = Msg("sources.negative_in", value=float(nums[r, k]), label=label)
        problems.append(Problem(msg, **where, row=h + int(r) + 2, column=col_letter(c)))
        if len(problems) >= _MAX_PROBLEMS:
            break
    return problems


def to_long_frame(panel: Panel) -> pl.DataFrame:
    """Regions and reference rows of a panel together as one tidy table."""
    parts = [panel.to_long()]
    if panel.references is not None:
        parts.append(panel.references.to_long())
    return pl.concat(parts)
