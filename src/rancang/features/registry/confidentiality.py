"""Statistical disclosure control for published register aggregates (UU 3/2014 arts. 69-70).

Primary suppression: a cell is sensitive when fewer than ``min_firms`` (3) firms are behind
it, or when the largest firm holds more than ``dominance`` (85 %) of its value (the
(1, 85 %) dominance rule).

Secondary suppression, per year, on the region x industry table *with its margins* (region
totals, industry totals, grand total), so that no suppressed cell can be recomputed by
subtracting published cells from a published total:

1. Mark every sensitive cell (margins included) as suppressed.
2. For every line of the table (a row with its total, a column with its total) holding
   exactly one suppressed entry, suppress one more entry of that line: the smallest
   published interior cell with at least one firm; if there is none, the smallest published
   interior cell; if there is none, the line's total.
3. Repeat step 2 until no line has exactly one suppressed entry (a fixed point; it ends
   because every pass suppresses at least one more of finitely many cells).

Afterwards no line can be solved for a single unknown. This is the classic "hypercube"-style
heuristic (cf. tau-ARGUS manual, Hundepool et al. 2012, *Statistical Disclosure Control*,
ch. 4); it does not guarantee protection intervals against a full linear-programming
attack on large tables, which the tests check on small ones.
"""

from __future__ import annotations

import numpy as np
import polars as pl

TOTAL = "TOTAL"
MIN_FIRMS = 3
DOMINANCE = 0.85


def primary_mask(
    values: np.ndarray,
    firms: np.ndarray,
    max_firm: np.ndarray,
    *,
    min_firms: int = MIN_FIRMS,
    dominance: float = DOMINANCE,
) -> np.ndarray:
    """Sensitive cells: 0 < firms < ``min_firms`` or largest firm > ``dominance`` of value.

    Parameters
    ----------
    values, firms, max_firm : ndarray, same shape
        Cell total, number of contributing firms, largest single contribution.
    min_firms : int
    dominance : float in (0, 1)

    Returns
    -------
    ndarray of bool

    Notes
    -----
    sensitive = (0 < n < 3) or (x_max > 0.85 * X) for X > 0.

    Example
    -------
    >>> primary_mask(np.array([10., 100., 100., 0.]), np.array([2, 5, 5, 0]),
    ...              np.array([6., 90., 50., 0.])).tolist()
    [True, True, False, False]
    """
    n = np.asarray(firms)
    v = np.asarray(values, dtype=float)
    m = np.asarray(max_firm, dtype=float)
    few = (n > 0) & (n < min_firms)
    dom = (v > 0) & (m > dominance * v)
    return few | dom


def secondary_suppression(values: np.ndarray, firms: np.ndarray, primary: np.ndarray) -> np.ndarray:
    """Extend a suppression pattern so that no row or column has exactly one suppressed entry.

    Parameters
    ----------
    values, firms : ndarray of shape (R + 1, C + 1)
        Table with margins: last row = column totals, last column = row totals.
    primary : ndarray of bool, same shape

    Returns
    -------
    ndarray of bool
        Suppressed entries (a superset of ``primary``).

    Example
    -------
    >>> v = np.array([[1., 5., 6.], [4., 7., 11.], [5., 12., 17.]])
    >>> n = np.array([[1, 4, 5], [3, 5, 8], [4, 9, 13]])
    >>> p = np.zeros((3, 3), bool); p[0, 0] = True
    >>> secondary_suppression(v, n, p).astype(int).tolist()
    [[1, 1, 0], [1, 1, 0], [0, 0, 0]]
    """
    s = np.array(primary, dtype=bool, copy=True)
    rows, cols = s.shape
    v = np.asarray(values, dtype=float)
    n = np.asarray(firms)

    def pick(line_s: np.ndarray, line_v: np.ndarray, line_n: np.ndarray) -> int:
        interior = np.arange(line_s.size - 1)
        free = interior[~line_s[:-1]]
        with_firms = free[line_n[free] > 0]
        for cand in (with_firms, free):
            if cand.size:
                return int(cand[np.argmin(line_v[cand])])
        return line_s.size - 1

    changed = True
    while changed:
        changed = False
        for r in range(rows):
            if s[r].sum() == 1:
                s[r, pick(s[r], v[r], n[r])] = True
                changed = True
        for c in range(cols):
            if s[:, c].sum() == 1:
                s[pick(s[:, c], v[:, c], n[:, c]), c] = True
                changed = True
    return s


def suppress(
    long: pl.DataFrame, *, min_firms: int = MIN_FIRMS, dominance: float = DOMINANCE
) -> pl.DataFrame:
    """Publishable table with margins, sensitive cells and their complements suppressed.

    Parameters
    ----------
    long : polars.DataFrame
        ``region_code, industry_code, year, value, firms, max_firm`` (from
        :func:`rancang.features.registry.panel.aggregate`).
    min_firms, dominance
        Primary rule parameters.

    Returns
    -------
    polars.DataFrame
        ``region_code, industry_code, year, value, firms, suppressed`` where suppressed is
        ``""``, ``"primary"`` or ``"secondary"``; suppressed cells have value and firms null.
        Margins use the code ``TOTAL``; ``max_firm`` never leaves this function.

    Example
    -------
    >>> t = pl.DataFrame({"region_code": ["a", "a", "b", "b"], "industry_code": ["10", "11"] * 2,
    ...     "year": [2023] * 4, "value": [5., 50., 40., 60.], "firms": [1, 6, 5, 7],
    ...     "max_firm": [5., 10., 10., 10.]})
    >>> out = suppress(t)
    >>> out.filter(pl.col("suppressed") != "")["suppressed"].to_list()
    ['primary', 'secondary', 'secondary', 'secondary']
    """
    out = []
    for (year,), part in long.group_by("year", maintain_order=True):
        regions = sorted(set(part["region_code"].to_list()))
        inds = sorted(set(part["industry_code"].to_list()))
        ri = {c: k for k, c in enumerate(regions)}
        ii = {c: k for k, c in enumerate(inds)}
        shape = (len(regions) + 1, len(inds) + 1)
        v, n, m = np.zeros(shape), np.zeros(shape, dtype=np.int64), np.zeros(shape)
        r = np.array([ri[c] for c in part["region_code"].to_list()], dtype=np.intp)
        c = np.array([ii[k] for k in part["industry_code"].to_list()], dtype=np.intp)
        v[r, c] = part["value"].to_numpy()
        n[r, c] = part["firms"].to_numpy()
        m[r, c] = part["max_firm"].to_numpy()
        for arr, agg in ((v, np.sum), (n, np.sum), (m, np.max)):
            arr[:-1, -1] = agg(arr[:-1, :-1], axis=1)
            arr[-1, :-1] = agg(arr[:-1, :-1], axis=0)
            arr[-1, -1] = agg(arr[:-1, :-1])
        prim = primary_mask(v, n, m, min_firms=min_firms, dominance=dominance)
        sec = secondary_suppression(v, n, prim)
        rcodes, icodes = [*regions, TOTAL], [*inds, TOTAL]
        present = np.zeros(shape, dtype=bool)
        present[r, c] = True
        present[-1, :] = present[:, -1] = True
        rr, cc = np.nonzero(present)
        flag = np.where(prim[rr, cc], "primary", np.where(sec[rr, cc], "secondary", ""))
        hidden = sec[rr, cc]
        out.append(
            pl.DataFrame(
                {
                    "region_code": [rcodes[k] for k in rr],
                    "industry_code": [icodes[k] for k in cc],
                    "year": [year] * len(rr),
                    "value": np.where(hidden, np.nan, v[rr, cc]),
                    "firms": np.where(hidden, -1, n[rr, cc]),
                    "suppressed": flag,
                }
            ).with_columns(
                pl.col("value").fill_nan(None),
                pl.when(pl.col("firms") < 0).then(None).otherwise(pl.col("firms")).alias("firms"),
            )
        )
    return pl.concat(out) if out else pl.DataFrame()
