"""Plausibility checks on data that is well formed but may still be wrong.

BPS exports carry a total column beside the 17 categories. A row whose categories do not
add up to its total usually holds a typing error (a lost decimal point); the reader keeps
the values as published, and these checks list the rows for the user to look at.
"""

from __future__ import annotations

import re
from pathlib import Path

import numpy as np

from rancang.errors import Problem
from rancang.reference.pdrb import is_total_title
from rancang.sources._cells import col_letter, load_sheets, parse_numbers
from rancang.sources.bps_pdrb import NATIONAL_CODE, find_header_row, read_bps_pdrb


def total_discrepancies(path: str | Path, *, tolerance: float = 0.001) -> list[Problem]:
    """Rows of a BPS export whose 17 categories do not add up to the total column.

    Parameters
    ----------
    path : str or Path
        A BPS web-table export (as read by :func:`~rancang.sources.read_bps_pdrb`).
    tolerance : float, default 0.001
        Largest accepted relative difference ``|sum / total - 1|`` (0.1 %).

    Returns
    -------
    list of Problem
        One per region-year beyond the tolerance, located at the total cell (file, sheet,
        row, column), the message giving both figures. The national row (``9999``) is left
        out: its total also holds net taxes on products, so it exceeds the categories.

    Notes
    -----
    ``sum_i x_{r,i,t}`` against the published total ``X_{r,t}``; BPS rounds each cell to two
    decimals, so honest rows differ by well under 0.1 %.

    Example
    -------
    >>> total_discrepancies("PDRB ... ADHK tahun 2014.xlsx")[0].message  # doctest: +SKIP
    "categories add up to 463713.15, the total column says 197163.57 (+135.2 %)"
    """
    path = Path(path)
    panel = read_bps_pdrb(path)
    sheet, frame = load_sheets(path)[0]
    head = frame.head(15).rows()
    h = find_header_row(head)
    assert h is not None  # read_bps_pdrb succeeded
    header = [str(c or "").strip().lower().replace(" ", "") for c in head[h]]
    code_col = header.index("kodewilayah")
    totals = {(int(str(head[h][c]).strip()), c) for c in range(len(header))
              if head[h - 1][c] and is_total_title(str(head[h - 1][c]))
              and re.fullmatch(r"\d{4}", str(head[h][c] or "").strip())}
    data = frame.slice(h + 1)
    codes = [str(v or "").strip() for v in data[frame.columns[code_col]].to_list()]
    rows = {c: k for k, c in enumerate(codes) if c}
    problems: list[Problem] = []
    blocks = [(panel.region_codes, panel.values)]
    if panel.references is not None:
        blocks.append((panel.references.region_codes, panel.references.values))
    for year, col in sorted(totals):
        t = panel.years.index(year)
        published = parse_numbers(data.select(frame.columns[col]))[:, 0]
        for codes_, values in blocks:
            for k, code in enumerate(codes_):
                if code == NATIONAL_CODE:
                    continue
                r = rows[code]
                total, summed = published[r], float(values[k, :, t].sum())
                if np.isnan(total) or (total == 0 and summed == 0):
                    continue
                rel = summed / total - 1 if total else np.inf
                if abs(rel) > tolerance:
                    problems.append(Problem(
                        f"region {code} {year}: categories add up to {summed:.2f}, the total "
                        f"column says {total:.2f} ({rel:+.1%})", file=path.name, sheet=sheet,
                        row=h + r + 2, column=col_letter(col)))
    return problems
