"""Firm size classes: Permenperin 64/2016 (workers and investment) and BPS (workers only).

Permenperin 64/2016 (Peraturan Menteri Perindustrian tentang besaran jumlah tenaga kerja dan
nilai investasi untuk klasifikasi usaha industri), arts. 2-4:

- small (kecil): at most 19 workers and investment below Rp 1 billion;
- medium (menengah): at most 19 workers and investment of Rp 1 billion or more, or at
  least 20 workers and investment of at most Rp 15 billion;
- large (besar): at least 20 workers and investment above Rp 15 billion.

Investment excludes land and buildings. BPS (industry surveys) classifies by workers only:
micro 1-4, small 5-19, medium 20-99, large 100 or more.
"""

from __future__ import annotations

import polars as pl

ONE_BILLION = 1_000_000_000.0
FIFTEEN_BILLION = 15_000_000_000.0


def permenperin_class(workers: int | None, investment: float | None) -> str | None:
    """Size class after Permenperin 64/2016.

    Parameters
    ----------
    workers : int or None
        Number of workers.
    investment : float or None
        Investment in rupiah, excluding land and buildings.

    Returns
    -------
    {"small", "medium", "large"} or None when an input is missing.

    Notes
    -----
    small: L <= 19 and I < 1e9; medium: (L <= 19 and I >= 1e9) or (L >= 20 and I <= 15e9);
    large: L >= 20 and I > 15e9.

    References
    ----------
    Peraturan Menteri Perindustrian No. 64/M-IND/PER/7/2016, arts. 2-4.

    Example
    -------
    >>> permenperin_class(19, 999_999_999), permenperin_class(19, 1e9)
    ('small', 'medium')
    >>> permenperin_class(20, 15e9), permenperin_class(20, 15e9 + 1), permenperin_class(5, None)
    ('medium', 'large', None)
    """
    if workers is None or investment is None:
        return None
    if workers <= 19:
        return "small" if investment < ONE_BILLION else "medium"
    return "medium" if investment <= FIFTEEN_BILLION else "large"


def bps_class(workers: int | None) -> str | None:
    """Size class after BPS (workers only): micro 1-4, small 5-19, medium 20-99, large 100+.

    Parameters
    ----------
    workers : int or None

    Returns
    -------
    {"micro", "small", "medium", "large"} or None (missing or fewer than 1 worker).

    References
    ----------
    BPS, Statistik Industri Mikro dan Kecil / Statistik Industri Besar dan Sedang.

    Example
    -------
    >>> [bps_class(w) for w in (1, 4, 5, 19, 20, 99, 100, 0)]
    ['micro', 'micro', 'small', 'small', 'medium', 'medium', 'large', None]
    """
    if workers is None or workers < 1:
        return None
    if workers <= 4:
        return "micro"
    if workers <= 19:
        return "small"
    return "medium" if workers <= 99 else "large"


def permenperin_expr(workers: str = "workers", investment: str = "investment") -> pl.Expr:
    """Polars expression computing :func:`permenperin_class` over columns."""
    w, i = pl.col(workers), pl.col(investment)
    return (
        pl.when(w.is_null() | i.is_null())
        .then(None)
        .when((w <= 19) & (i < ONE_BILLION))
        .then(pl.lit("small"))
        .when(w <= 19)
        .then(pl.lit("medium"))
        .when(i <= FIFTEEN_BILLION)
        .then(pl.lit("medium"))
        .otherwise(pl.lit("large"))
    )


def bps_expr(workers: str = "workers") -> pl.Expr:
    """Polars expression computing :func:`bps_class` over a column."""
    w = pl.col(workers)
    return (
        pl.when(w.is_null() | (w < 1))
        .then(None)
        .when(w <= 4)
        .then(pl.lit("micro"))
        .when(w <= 19)
        .then(pl.lit("small"))
        .when(w <= 99)
        .then(pl.lit("medium"))
        .otherwise(pl.lit("large"))
    )
