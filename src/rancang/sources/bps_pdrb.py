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

from rancang.errors import InputError, Problem
from rancang.panel import Panel
from rancang.reference.pdrb import (
    CATEGORY_CODES,
    category_from_title,
    category_title,
    is_total_title,
)

NATIONAL_CODE = "9999"
_NUMBER = re.compile(r"^\s*-?\d+(\.\d+)?([eE][-+]?\d+)?\s*$")


def parse_number(text: str | None) -> float | None:
    """A number as offices type it: ``1234.5``, ``1234,5``, ``1.234.567,8``; None if not.

    >>> [parse_number(t) for t in ("12.5", "12,5", "1.234,5", "1,234.5", "x", "")]
    [12.5, 12.5, 1234.5, 1234.5, None, None]
    """
    if text is None:
        return None
    t = str(text).strip().replace(" ", "").replace("\u00a0", "")
    if not t:
        return None
    if "," in t and "." in t:
        t = t.replace(".", "").replace(",", ".") if t.rfind(",") > t.rfind(".") \
            else t.replace(",", "")
    elif t.count(",") == 1:
        t = t.replace(",", ".")
    elif t.count(".") > 1:
        t = t.replace(".", "")
    if not _NUMBER.match(t):
        return None
    return float(t)


def col_letter(index: int) -> str:
    """Spreadsheet column letter of a 0-based column index.

    >>> [col_letter(i) for i in (0, 25, 26, 27)]
    ['A', 'Z', 'AA', 'AB']
    """
    letters = ""
    index += 1
    while index:
        index, rem = divmod(index - 1, 26)
        letters = chr(65 + rem) + letters
    return letters


def _load_grid(path: Path) -> tuple[list[list[str | None]], str]:
    """All cells of the first sheet as strings (None for empty), and the sheet name."""
    import fastexcel

    reader = fastexcel.read_excel(str(path))
    sheet = reader.sheet_names[0]
    frame = reader.load_sheet(0, header_row=None, dtypes="string").to_polars()
    return [list(r) for r in frame.iter_rows()], sheet


def find_header_row(grid: list[list[str | None]], *, limit: int = 15) -> int | None:
    """Index of the row holding ``KodeWilayah`` (the BPS export's column headers)."""
    for r, row in enumerate(grid[:limit]):
        cells = {str(c).strip().lower().replace(" ", "") for c in row if c}
        if "kodewilayah" in cells:
            return r
    return None


def looks_like_bps_pdrb(path: Path) -> bool:
    """True if the file is an XLSX in the BPS web-table PDRB layout."""
    if path.suffix.lower() not in (".xlsx", ".xls", ".xlsm"):
        return False
    try:
        grid, _ = _load_grid(path)
    except Exception:
        return False
    return find_header_row(grid) is not None


def _measure(titles: list[str]) -> str:
    joined = " ".join(titles).upper()
    if "ADHB" in joined or "HARGA BERLAKU" in joined:
        return "pdrb_adhb"
    return "pdrb_adhk"


def read_bps_pdrb(path: str | Path) -> Panel:
    """Read one BPS web-table export (one or several years) into a Panel.

    Parameters
    ----------
    path : the XLSX file as downloaded.

    Returns
    -------
    Panel of the regencies/cities (BPS 4-digit codes) x 17 categories x the file's years,
    with the province and national rows in ``references``.

    Raises
    ------
    InputError naming file, sheet, row and column for: a missing header, an unknown
    category title, text or a negative number in a value cell, a duplicated region.
    """
    path = Path(path)
    name = path.name
    grid, sheet = _load_grid(path)
    h = find_header_row(grid)
    if h is None or h < 1:
        raise InputError(Problem(
            "not a BPS PDRB export: no 'KodeWilayah' header row found", file=name, sheet=sheet
        ))
    header = [str(c).strip() if c is not None else "" for c in grid[h]]
    lower = [c.lower().replace(" ", "") for c in header]
    problems: list[Problem] = []
    try:
        code_col = lower.index("kodewilayah")
        name_col = lower.index("namawilayah")
    except ValueError:
        raise InputError(Problem(
            "missing column 'Nama Wilayah'", file=name, sheet=sheet, row=h + 1
        )) from None
    titles_row = grid[h - 1]
    value_cols: list[tuple[int, str, int]] = []  # (column, category, year)
    for c in range(name_col + 1, len(header)):
        title = titles_row[c] if c < len(titles_row) else None
        if title is None and not header[c]:
            continue
        title = str(title or "")
        year_text = header[c]
        if not re.fullmatch(r"\d{4}", year_text):
            problems.append(Problem(f"expected a year, found {year_text!r}", file=name,
                                    sheet=sheet, row=h + 1, column=col_letter(c)))
            continue
        if is_total_title(title):
            continue
        code = category_from_title(title)
        if code is None:
            problems.append(Problem(f"unknown industry category {title!r}", file=name,
                                    sheet=sheet, row=h, column=col_letter(c)))
            continue
        value_cols.append((c, code, int(year_text)))
    if problems:
        raise InputError(problems)
    years = sorted({y for _, _, y in value_cols})
    seen_pairs: dict[tuple[str, int], int] = {}
    for c, code, y in value_cols:
        if (code, y) in seen_pairs:
            problems.append(Problem(
                f"category {code} for {y} appears twice (also column "
                f"{col_letter(seen_pairs[(code, y)])})", file=name, sheet=sheet, row=h,
                column=col_letter(c)))
        seen_pairs[(code, y)] = c
    for y in years:
        missing = [k for k in CATEGORY_CODES if (k, y) not in seen_pairs]
        if missing:
            problems.append(Problem(
                f"year {y} lacks categories {', '.join(missing)}", file=name, sheet=sheet,
                row=h))
    if problems:
        raise InputError(problems)

    ii = {k: n for n, k in enumerate(CATEGORY_CODES)}
    ti = {y: n for n, y in enumerate(years)}
    regions: list[tuple[str, str, str | None, np.ndarray]] = []
    refs: list[tuple[str, str, np.ndarray]] = []
    seen_codes: dict[str, int] = {}
    province: str | None = None
    for r in range(h + 1, len(grid)):
        row = grid[r]
        code = (row[code_col] or "").strip() if code_col < len(row) else ""
        if not code:
            if any(v not in (None, "") for v in row):
                problems.append(Problem("row without a KodeWilayah", file=name, sheet=sheet,
                                        row=r + 1, column=header[code_col]))
            continue
        code = code.split(".")[0] if re.fullmatch(r"\d+\.0", code) else code
        if code in seen_codes:
            problems.append(Problem(f"region {code} appears twice (also row {seen_codes[code]})",
                                    file=name, sheet=sheet, row=r + 1,
                                    column=header[code_col]))
            continue
        seen_codes[code] = r + 1
        values = np.full((len(CATEGORY_CODES), len(years)), np.nan)
        for c, cat, y in value_cols:
            cell = row[c] if c < len(row) else None
            text = "" if cell is None else str(cell).strip()
            label = f"{category_title(cat)} {y}"
            v = parse_number(text)
            if v is None:
                problems.append(Problem(
                    f"{'empty cell' if not text else f'{text!r} is not a number'} ({label})",
                    file=name, sheet=sheet, row=r + 1, column=col_letter(c)))
                continue
            if v < 0:
                problems.append(Problem(f"negative value {v} ({label})", file=name,
                                        sheet=sheet, row=r + 1, column=col_letter(c)))
                continue
            values[ii[cat], ti[y]] = v
        region_name = str(row[name_col] or "").strip() if name_col < len(row) else ""
        if code == NATIONAL_CODE or code.endswith("00"):
            refs.append((code, region_name, values))
            province = code if code != NATIONAL_CODE else province
        else:
            parent = code[:2] + "00" if len(code) == 4 else province
            regions.append((code, region_name, parent, values))
        if len(problems) > 200:
            break
    if problems:
        raise InputError(problems)
    if not regions:
        raise InputError(Problem("no regency/city rows found", file=name, sheet=sheet))
    industry_names = tuple(category_title(k) for k in CATEGORY_CODES)
    measure = _measure([str(titles_row[c]) for c, _, _ in value_cols])
    references = None
    if refs:
        references = Panel(
            values=np.stack([v for _, _, v in refs]),
            region_codes=tuple(c for c, _, _ in refs),
            region_names=tuple(n for _, n, _ in refs),
            industry_codes=CATEGORY_CODES, industry_names=industry_names,
            years=tuple(years), measure=measure, unit="miliar rupiah",
        )
    return Panel(
        values=np.stack([v for _, _, _, v in regions]),
        region_codes=tuple(c for c, _, _, _ in regions),
        region_names=tuple(n for _, n, _, _ in regions),
        parent_codes=tuple(p for _, _, p, _ in regions),
        industry_codes=CATEGORY_CODES, industry_names=industry_names,
        years=tuple(years), references=references, measure=measure, unit="miliar rupiah",
        sources=(name,),
    )


def to_long_frame(panel: Panel) -> pl.DataFrame:
    """Regions and reference rows of a panel together as one tidy table."""
    parts = [panel.to_long()]
    if panel.references is not None:
        parts.append(panel.references.to_long())
    return pl.concat(parts)
