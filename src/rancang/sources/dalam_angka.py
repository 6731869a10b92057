"""Reader for the "Dalam Angka" wide layout: categories as rows, years as columns.

One block per region, as the PDRB tables of BPS's "Kabupaten/Provinsi Dalam Angka" books::

    PDRB ADHK 2010 menurut Lapangan Usaha (miliar rupiah)   <- optional title: measure, unit
    Wilayah: 7203 Morowali                      <- region line (or the sheet name)
    Lapangan Usaha            | 2018 | 2019* | 2020**      <- years; BPS's * marks are ignored
    A. Pertanian, Kehutanan…  |  …   |  …    |  …
    C. Industri Pengolahan    |  …   |  …    |  …
       a. Industri Batubara…  |  …   |  …    |  …   <- sub-rows (a., 1. ...) are skipped
    PDRB                      |  …   |  …    |  …   <- the total row is skipped

A file holds the region and its reference economy: in an XLSX, one sheet each (the sheet
name or a "Wilayah:"/"Acuan:" line gives code and name); in a CSV, blocks one under the
other, each starting with its "Wilayah:" or "Acuan:" line. The block introduced by
"Acuan:" (or "Pembanding:", "Reference:") is the reference economy. The category may be
spread over the cells left of the first year (a letter column, a number column, a title).
See docs/input-formats.md.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np

from rancang.core.errors import InputError, Problem
from rancang.core.i18n import Msg
from rancang.panel import Panel
from rancang.reference.manufacturing import (
    SUBCATEGORY_CODES,
    subcategory_from_title,
    subcategory_title,
)
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
    grid_of,
    load_sheets,
    parse_number,
)
from rancang.sources.numbers import number_problem

_ROLE = r"(wilayah|region|acuan|pembanding|reference|ref)"
_REGION_LINE = re.compile(rf"^\s*{_ROLE}\s*:\s*(\S+)\s*(.*)$", re.IGNORECASE)
_CODE = r"(\d{4}|\d{2}(?:\.\d{2})?)"
_LABEL = re.compile(rf"^\s*(?:{_ROLE}[\s:_-]+)?{_CODE}?(?![\d.])[\s_-]*(.*)$", re.IGNORECASE)
_YEAR = re.compile(r"^\s*((?:19|20)\d\d)(?:\.0)?\s*\**\s*$")
_NUMBERING = re.compile(r"^\s*(\d{1,2}|[IVX]{1,5})[.)]?\s+")
_SUBROW = re.compile(r"^\s*([a-z]|\d{1,2}(\.\d{1,2})*)[.)]\s")
_REFERENCE_ROLES = ("acuan", "pembanding", "reference", "ref")


@dataclass
class _Block:
    code: str
    name: str
    is_reference: bool
    sheet: str | None
    years: list[tuple[int, int]] | None = None  # (column, year)
    rows: dict[str, list[float | None]] = field(default_factory=dict)
    #: reading the sub-rows of "C. Industri Pengolahan" (``manufacturing`` mode)
    in_c: bool = False


def region_from_label(label: str) -> tuple[str, str, bool]:
    """Code, name and reference flag from a sheet name, file name or region line.

    >>> region_from_label("7203 Morowali")
    ('7203', 'Morowali', False)
    >>> region_from_label("Acuan 72 Sulawesi Tengah")
    ('72', 'Sulawesi Tengah', True)
    >>> region_from_label("pdrb_72.06_morowali")
    ('pdrb_72.06_morowali', 'pdrb_72.06_morowali', False)
    """
    m = _LABEL.match(label)
    if m and m.group(2):
        role = (m.group(1) or "").lower()
        return m.group(2), m.group(3).strip(), role in _REFERENCE_ROLES
    return label.strip(), label.strip(), False


def measure_and_unit(texts: list[str]) -> tuple[str, str]:
    """Measure and unit named by a table's title lines, sheet names or file name.

    ADHB / "harga berlaku" gives ``pdrb_adhb``, ADHK / "harga konstan" ``pdrb_adhk``,
    otherwise ``pdrb``; "miliar"/"milyar" and "juta" give the unit (else empty).

    >>> measure_and_unit(["PDRB Atas Dasar Harga Konstan 2010 (miliar rupiah)"])
    ('pdrb_adhk', 'miliar rupiah')
    >>> measure_and_unit(["pdrb_adhb_morowali", "Juta Rupiah"])
    ('pdrb_adhb', 'juta rupiah')
    """
    joined = " ".join(texts).lower().replace("_", " ")
    if re.search(r"\badhb\b|harga berlaku", joined):
        measure = "pdrb_adhb"
    elif re.search(r"\badhk\b|harga konstan", joined):
        measure = "pdrb_adhk"
    else:
        measure = "pdrb"
    unit = "miliar rupiah" if re.search(r"mil[iy]ar", joined) else (
        "juta rupiah" if re.search(r"\bjuta\b", joined) else "")
    return measure, unit


def _grid_of(path: Path) -> list[tuple[str, list[list[str | None]]]]:
    if path.suffix.lower() == ".csv":
        import csv

        with path.open(newline="", encoding="utf-8-sig") as fh:
            text = fh.read()
        best: list[list[str | None]] = []
        for delimiter in (",", ";", "\t"):  # the one that shows a row of years
            rows = [[c if c.strip() != "" else None for c in row]
                    for row in csv.reader(text.splitlines(), delimiter=delimiter)]
            if not best:
                best = rows
            if any(_year_header(r) for r in rows[:40]):
                return [("", rows)]
        return [("", best)]
    if path.suffix.lower() not in EXCEL_SUFFIXES:
        raise InputError(Problem(Msg("sources.unsupported_type_bare", suffix=path.suffix),
                                 file=path.name))
    return [(sheet, grid_of(frame)) for sheet, frame in load_sheets(path)]


def _year_header(row: list[str | None]) -> list[tuple[int, int]] | None:
    years = [(c, int(m.group(1))) for c, v in enumerate(row)
             if v and (m := _YEAR.match(str(v)))]
    if not years or years[0][0] == 0:
        return None
    return years


def _category(row: list[str | None], first_year_col: int) -> tuple[str | None, str, bool]:
    """(category, label text, is a sub-row or total) of a data row."""
    cells = [str(c).strip() for c in row[:first_year_col] if c is not None and str(c).strip()]
    if not cells:
        return None, "", True
    if len(cells) > 1 and re.fullmatch(r"\d{1,2}\.?", cells[0]):
        cells = cells[1:]  # a "No." column
    label = " ".join(cells)
    if is_total_title(label) or label.upper().startswith(("PDRB", "PRODUK DOMESTIK")):
        return None, label, True
    cat = category_from_title(label)
    if cat is None and _NUMBERING.match(label):
        cat = category_from_title(_NUMBERING.sub("", label, count=1))
    if cat is None and _SUBROW.match(label):
        return None, label, True
    return cat, label, False


def looks_like_dalam_angka(path: Path) -> bool:
    """True when some sheet has a row of years and, below it, a row naming a category."""
    try:
        for _sheet, grid in _grid_of(path):
            years = None
            for row in grid[:40]:
                years = years or _year_header(row)
                if years and _category(row, years[0][0])[0] is not None:
                    return True
    except DamagedWorkbookError:
        raise
    except Exception:
        return False
    return False


def _parse_sheet(path: Path, sheet: str, grid: list[list[str | None]],
                 blocks: list[_Block], problems: list[Problem],
                 manufacturing: bool = False) -> None:
    where: Where = {"file": path.name, "sheet": sheet or None}
    current: _Block | None = None
    for r, row in enumerate(grid):
        first = next((str(c).strip() for c in row if c is not None and str(c).strip()), "")
        m = _REGION_LINE.match(first) if first else None
        if m:
            current = _Block(m.group(2), m.group(3).strip(),
                             m.group(1).lower() in _REFERENCE_ROLES, where["sheet"])
            blocks.append(current)
            continue
        years = _year_header(row)
        if years and current is not None and current.years is not None \
                and _category(row, current.years[0][0])[0] is not None:
            years = None  # a category row whose values look like years
        if years:
            if current is None or current.years is not None:
                current = _Block(*region_from_label(sheet or path.stem), where["sheet"])
                blocks.append(current)
            current.years = years
            continue
        if current is None or current.years is None or not first:
            continue
        cat, label, skip = _category(row, current.years[0][0])
        if manufacturing:
            # only the sub-rows under "C. Industri Pengolahan", as C1 ... C16
            if not skip or cat is not None:
                current.in_c = cat == "C"
                continue
            if not current.in_c or not _SUBROW.match(label):
                continue
            sub = subcategory_from_title(label)
            if sub is None:
                problems.append(Problem(Msg("sources.da.unknown_subcategory", title=label),
                                        **where, row=r + 1, column=col_letter(0)))
                continue
            cat = sub
        elif skip:
            continue
        if cat is None:
            problems.append(Problem(Msg("sources.unknown_category", title=label), **where,
                                    row=r + 1, column=col_letter(0)))
            continue
        values: list[float | None] = []
        for c, y in current.years:
            cell = row[c] if c < len(row) else None
            # BPS writes "-" for nothing in the subcategories of a small regency
            v = 0.0 if manufacturing and str(cell or "").strip() == "-" else parse_number(cell)
            if v is None or v < 0:
                label = f"{_title(cat)} {y}"
                what = (Msg("sources.da.negative", value=v, region=current.code, label=label)
                        if v is not None else
                        Msg("sources.da.empty_cell", region=current.code, label=label)
                        if cell is None else
                        Msg("sources.da.not_a_number", value=cell, region=current.code,
                            label=label)
                        if number_problem(cell).key == "sources.value_not_a_number" else
                        number_problem(cell))
                problems.append(Problem(what, **where, row=r + 1, column=col_letter(c)))
            values.append(v)
        if cat in current.rows:
            problems.append(Problem(Msg("sources.da.category_twice", code=cat,
                                        region=current.code),
                                    **where, row=r + 1, column=col_letter(0)))
        current.rows[cat] = values


def _title(code: str) -> str:
    return subcategory_title(code) if code in SUBCATEGORY_CODES else category_title(code)


def read_dalam_angka(path: str | Path, *, manufacturing: bool = False) -> Panel:
    """Read a Dalam Angka table (one region plus its reference) into a Panel.

    Parameters
    ----------
    path : str or Path
        XLSX (one block per sheet, or blocks one under another) or CSV (blocks one under
        another, comma or semicolon separated).
    manufacturing : bool
        Read the 16 subcategories of manufacturing instead of the 17 categories: the
        sub-rows under "C. Industri Pengolahan" (by title, else by their number or
        letter), as ``C1`` ... ``C16`` (:mod:`rancang.reference.manufacturing`); "-"
        reads as zero there.

    Returns
    -------
    Panel
        The region block(s) x 17 categories x the years; the "Acuan:" block(s) in
        ``references`` and as every region's parent. Measure and unit come from the title
        lines (``pdrb_adhk``/``pdrb_adhb``, ``miliar rupiah``/``juta rupiah``).

    Raises
    ------
    InputError
        Every problem with file, sheet, row and column: unknown category title, text, empty
        or negative cells, a category twice, a category or a year missing from a block.

    Example
    -------
    >>> import tempfile, pathlib
    >>> from rancang.reference.pdrb import CATEGORY_CODES
    >>> rows = [f"{c},{k + 1},{k + 2}" for k, c in enumerate(CATEGORY_CODES)]
    >>> text = "\\n".join(["PDRB ADHK (miliar rupiah)", "Wilayah: 72.06 Morowali",
    ...                   "Lapangan Usaha,2019,2020*", *rows,
    ...                   "Acuan: 72 Sulawesi Tengah", "Lapangan Usaha,2019,2020*", *rows])
    >>> f = pathlib.Path(tempfile.mkdtemp()) / "morowali.csv"
    >>> _ = f.write_text(text)
    >>> p = read_dalam_angka(f)
    >>> p.region_codes, p.years, p.references.region_codes, p.measure, p.unit
    (('72.06',), (2019, 2020), ('72',), 'pdrb_adhk', 'miliar rupiah')
    """
    path = Path(path)
    blocks: list[_Block] = []
    problems: list[Problem] = []
    titles: list[str] = [path.stem]
    for sheet, grid in _grid_of(path):
        titles.append(sheet)
        titles.extend(str(c) for row in grid[:60] for c in row
                      if c and parse_number(c) is None and len(str(c)) > 3
                      and category_from_title(str(c)) is None)
        _parse_sheet(path, sheet, grid, blocks, problems, manufacturing)
    blocks = [b for b in blocks if b.rows]
    codes = SUBCATEGORY_CODES if manufacturing else CATEGORY_CODES
    if not blocks and not problems:
        raise InputError(Problem(Msg("sources.da.no_table"), file=path.name))
    for b in blocks:
        missing = [k for k in codes if k not in b.rows]
        if missing:
            problems.append(Problem(Msg("sources.da.lacks_categories", region=b.code,
                                        codes=", ".join(missing)),
                                    file=path.name, sheet=b.sheet))
    years = sorted({y for b in blocks for _, y in b.years or []})
    for b in blocks:
        lack = [y for y in years if y not in {y for _, y in b.years or []}]
        if lack:
            problems.append(Problem(Msg("sources.da.lacks_years", region=b.code,
                                        years=", ".join(map(str, lack))),
                                    file=path.name, sheet=b.sheet))
    if problems:
        raise InputError(problems)
    mains = [b for b in blocks if not b.is_reference]
    refs = [b for b in blocks if b.is_reference]
    if not mains:
        raise InputError(Problem(Msg("sources.da.only_reference"), file=path.name))
    names = tuple(_title(k) for k in codes)
    measure, unit = measure_and_unit(titles)
    common: PanelLabels = {"industry_codes": codes, "industry_names": names,
                           "years": tuple(years), "measure": measure, "unit": unit,
                           "sources": (path.name,)}
    references = Panel(
        values=_cube(refs, years, codes), region_codes=tuple(b.code for b in refs),
        region_names=tuple(b.name or b.code for b in refs), **common,
    ) if refs else None
    return Panel(
        values=_cube(mains, years, codes), region_codes=tuple(b.code for b in mains),
        region_names=tuple(b.name or b.code for b in mains),
        parent_codes=tuple(refs[0].code if refs else None for _ in mains),
        references=references, **common,
    )


def _cube(blocks: list[_Block], years: list[int],
          codes: tuple[str, ...] = CATEGORY_CODES) -> np.ndarray:
    out = np.empty((len(blocks), len(codes), len(years)))
    for k, b in enumerate(blocks):
        order = [y for _, y in b.years or []]
        for i, cat in enumerate(codes):
            vals = dict(zip(order, b.rows[cat], strict=True))
            out[k, i] = [vals[y] for y in years]
    return out
