"""Reader for the "Dalam Angka" wide layout: categories as rows, years as columns.

One block per region, as the tables of BPS's "Kabupaten/Provinsi Dalam Angka" books::

    Wilayah: 7203 Morowali                      <- region line (or the sheet name)
    Lapangan Usaha            | 2018 | 2019 | 2020
    A. Pertanian, Kehutanan…  |  …   |  …   |  …
    C. Industri Pengolahan    |  …   |  …   |  …
       a. Industri Batubara…  |  …   |  …   |  …   <- sub-rows (a., 1.) are skipped
    PDRB                      |  …   |  …   |  …   <- total row is skipped

A file holds the region and its reference economy: in an XLSX, one sheet each (the sheet
name or a "Wilayah:"/"Acuan:" line gives code and name); in a CSV, blocks one under the
other, each starting with its "Wilayah:" or "Acuan:" line. The block introduced by
"Acuan:" (or "Pembanding:", "Reference:") is the reference economy. See
docs/input-formats.md.
"""

from __future__ import annotations

import re
from pathlib import Path

import numpy as np

from rancang.errors import InputError, Problem
from rancang.panel import Panel
from rancang.reference.pdrb import (
    CATEGORY_CODES,
    category_from_title,
    category_title,
    is_total_title,
)
from rancang.sources.bps_pdrb import col_letter, parse_number

_REGION_LINE = re.compile(
    r"^\s*(wilayah|region|acuan|pembanding|reference)\s*:\s*(\S+)\s*(.*)$", re.IGNORECASE
)
_SUBROW = re.compile(r"^\s*([a-z]|\d{1,2})[.)]\s")


def _grid_of(path: Path) -> list[tuple[str, list[list[str | None]]]]:
    if path.suffix.lower() == ".csv":
        import csv

        with path.open(newline="", encoding="utf-8-sig") as fh:
            rows = [[c if c != "" else None for c in row] for row in csv.reader(fh)]
        return [("", rows)]
    import fastexcel

    reader = fastexcel.read_excel(str(path))
    out = []
    for k, sheet in enumerate(reader.sheet_names):
        frame = reader.load_sheet(k, header_row=None, dtypes="string").to_polars()
        out.append((sheet, [list(r) for r in frame.iter_rows()]))
    return out


def _year_header(row: list[str | None]) -> list[tuple[int, int]] | None:
    years = [(c, int(v)) for c, v in enumerate(row) if v and re.fullmatch(r"\s*\d{4}\s*", str(v))]
    return years if len(years) >= 1 and (row[0] is None or not str(row[0]).strip().isdigit()) \
        else None


def looks_like_dalam_angka(path: Path) -> bool:
    try:
        for _sheet, grid in _grid_of(path):
            for row in grid[:20]:
                if row and row[0] and category_from_title(str(row[0])) and any(
                    parse_number(c) is not None for c in row[1:]
                ):
                    return True
    except Exception:
        return False
    return False


def read_dalam_angka(path: str | Path) -> Panel:
    """Read a Dalam Angka table (one region plus its reference) into a Panel."""
    path = Path(path)
    blocks: list[dict] = []
    problems: list[Problem] = []
    for sheet, grid in _grid_of(path):
        current: dict | None = None
        sheet_label = sheet or None
        for r, row in enumerate(grid):
            first = str(row[0]).strip() if row and row[0] is not None else ""
            m = _REGION_LINE.match(first) if first else None
            if m:
                current = {"code": m.group(2), "name": m.group(3).strip(),
                           "ref": m.group(1).lower() not in ("wilayah", "region"),
                           "years": None, "rows": {}, "sheet": sheet_label}
                blocks.append(current)
                continue
            years = _year_header(row)
            if years and (current is None or current["years"] is not None):
                if current is None or current["years"] is not None:
                    code, _, name = (sheet or path.stem).partition(" ")
                    current = {"code": code, "name": name, "ref": code.lower().startswith(
                        ("acuan", "ref")), "years": None, "rows": {}, "sheet": sheet_label}
                    blocks.append(current)
                current["years"] = years
                continue
            if years and current is not None and current["years"] is None:
                current["years"] = years
                continue
            if current is None or current["years"] is None or not first:
                continue
            if _SUBROW.match(first) or is_total_title(first) or first.upper().startswith(
                    ("PDRB", "PRODUK DOMESTIK")):
                continue
            cat = category_from_title(first)
            if cat is None:
                problems.append(Problem(f"unknown industry category {first!r}", file=path.name,
                                        sheet=sheet_label, row=r + 1, column="A"))
                continue
            values = []
            for c, y in current["years"]:
                cell = row[c] if c < len(row) else None
                v = parse_number(cell)
                if v is None or v < 0:
                    problems.append(Problem(
                        f"{'negative value' if v is not None else 'not a number:'} "
                        f"{cell!r} ({category_title(cat)} {y})", file=path.name,
                        sheet=sheet_label, row=r + 1, column=col_letter(c)))
                values.append(v)
            if cat in current["rows"]:
                problems.append(Problem(f"category {cat} appears twice", file=path.name,
                                        sheet=sheet_label, row=r + 1, column="A"))
            current["rows"][cat] = values
    blocks = [b for b in blocks if b["rows"]]
    if not blocks and not problems:
        raise InputError(Problem("no Dalam Angka table found (a row of years and category rows)",
                                 file=path.name))
    for b in blocks:
        missing = [k for k in CATEGORY_CODES if k not in b["rows"]]
        if missing:
            problems.append(Problem(
                f"region {b['code']} lacks categories {', '.join(missing)}", file=path.name,
                sheet=b["sheet"]))
    if problems:
        raise InputError(problems)
    years = sorted({y for b in blocks for _, y in b["years"]})
    for b in blocks:
        if sorted(y for _, y in b["years"]) != years:
            raise InputError(Problem(f"region {b['code']} does not have the years "
                                     f"{years[0]}-{years[-1]} of the other blocks",
                                     file=path.name, sheet=b["sheet"]))

    def cube(bs: list[dict]) -> np.ndarray:
        out = np.empty((len(bs), len(CATEGORY_CODES), len(years)))
        for k, b in enumerate(bs):
            order = [y for _, y in b["years"]]
            for i, cat in enumerate(CATEGORY_CODES):
                vals = dict(zip(order, b["rows"][cat], strict=True))
                out[k, i] = [vals[y] for y in years]
        return out

    mains = [b for b in blocks if not b["ref"]]
    refs = [b for b in blocks if b["ref"]]
    if not mains:
        raise InputError(Problem("no region block (only 'Acuan:' blocks)", file=path.name))
    names = tuple(category_title(k) for k in CATEGORY_CODES)
    references = Panel(
        values=cube(refs), region_codes=tuple(b["code"] for b in refs),
        region_names=tuple(b["name"] for b in refs), industry_codes=CATEGORY_CODES,
        industry_names=names, years=tuple(years), measure="pdrb", unit="",
    ) if refs else None
    return Panel(
        values=cube(mains), region_codes=tuple(b["code"] for b in mains),
        region_names=tuple(b["name"] or b["code"] for b in mains),
        parent_codes=tuple(refs[0]["code"] if refs else None for _ in mains),
        industry_codes=CATEGORY_CODES, industry_names=names, years=tuple(years),
        references=references, measure="pdrb", sources=(path.name,),
    )
