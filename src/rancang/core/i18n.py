"""User-facing words: Indonesian by default, English available.

A small catalogue keyed by the machine names used in CSV files and APIs. Feature packages
can add their own entries with :func:`register_labels` instead of editing this file.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import polars as pl

LANGS = ("id", "en")

_HEADERS: dict[str, tuple[str, str]] = {
    # key: (Indonesian, English)
    "region_code": ("Kode wilayah", "Region code"),
    "region_name": ("Nama wilayah", "Region name"),
    "industry_code": ("Kode lapangan usaha", "Industry code"),
    "industry_name": ("Lapangan usaha", "Industry"),
    "year": ("Tahun", "Year"),
    "value": ("Nilai", "Value"),
    "lq": ("LQ", "LQ"),
    "slq": ("SLQ", "SLQ"),
    "dlq": ("DLQ", "DLQ"),
    "quadrant": ("Kuadran", "Quadrant"),
    "actual_change": ("Perubahan aktual", "Actual change"),
    "national_share": ("Pertumbuhan acuan (national share)", "National share"),
    "industry_mix": ("Bauran industri (industry mix)", "Industry mix"),
    "regional_share": ("Keunggulan kompetitif (regional share)", "Regional share"),
    "em_competitive": ("Efek kompetitif E-M", "E-M competitive effect"),
    "em_allocation": ("Efek alokasi E-M", "E-M allocation effect"),
    "growth": ("Laju pertumbuhan", "Growth rate"),
    "reference_growth": ("Laju pertumbuhan acuan", "Reference growth rate"),
    "share": ("Kontribusi (pangsa)", "Share"),
    "reference_share": ("Pangsa acuan", "Reference share"),
    "krugman": ("Indeks Krugman", "Krugman index"),
    "hoover": ("Indeks Hoover", "Hoover index"),
    "herfindahl": ("Indeks Herfindahl", "Herfindahl index"),
    "herfindahl_normalized": ("Herfindahl ternormalisasi", "Normalised Herfindahl"),
    "theil": ("Indeks Theil", "Theil index"),
    "gini": ("Koefisien Gini", "Gini coefficient"),
    "gini_specialization": ("Indeks spesialisasi Gini", "Gini specialisation index"),
    "score": ("Skor", "Score"),
    "rank": ("Peringkat", "Rank"),
    "rank_low": ("Peringkat terbaik", "Best rank"),
    "rank_high": ("Peringkat terburuk", "Worst rank"),
}


def register_labels(labels: Mapping[str, tuple[str, str]]) -> None:
    """Add (Indonesian, English) labels for machine names used by a feature."""
    _HEADERS.update(labels)


_TERMS: dict[str, str] = {}


def register_terms(terms: Mapping[str, str]) -> None:
    """Add English translations of Indonesian result values (e.g. quadrant names).

    Analysis methods label their results in Indonesian, as the offices write them
    (``"unggulan"``, ``"maju dan tumbuh pesat"``); a feature registers the English words
    here so every page and download can show them in the reader's language.
    """
    _TERMS.update(terms)


def term_label(value: str | None, lang: str = "id") -> str:
    """A result value (Indonesian) in the given language; unknown values unchanged.

    >>> register_terms({"contoh": "example"})
    >>> term_label("contoh", "en"), term_label("contoh", "id"), term_label("x", "en")
    ('example', 'contoh', 'x')
    >>> term_label(None, "en")
    '-'
    """
    if value is None:
        return "-"
    return _TERMS.get(value, value) if lang == "en" else value


_VALUES: dict[str, dict[str, tuple[str, str]]] = {}


def register_values(column: str, labels: Mapping[str, tuple[str, str]]) -> None:
    """Add (Indonesian, English) words for the machine values of one column.

    CSV files and APIs keep the machine values (``"key"``, ``"already_met"``); workbooks
    and pages show the words registered here (:func:`value_label`,
    :func:`localize_values`). Values are keyed by column because one machine word may mean
    different things in two columns (``"target"`` as a scenario, ``"backward"`` as a class).
    """
    _VALUES.setdefault(column, {}).update(labels)


def value_label(column: str, value: str | None, lang: str = "id") -> str:
    """The word for a machine value of ``column`` in the given language (else unchanged).

    >>> register_values("example_status", {"met": ("tercapai", "met")})
    >>> value_label("example_status", "met"), value_label("example_status", "met", "en")
    ('tercapai', 'met')
    >>> value_label("example_status", "other"), value_label("example_status", None)
    ('other', '-')
    """
    if value is None:
        return "-"
    pair = _VALUES.get(column, {}).get(value)
    if pair is None:
        return value
    return pair[1] if lang == "en" else pair[0]


def localize_values(frame: pl.DataFrame, lang: str = "id") -> pl.DataFrame:
    """A table with the registered machine values of its text columns in words.

    For workbooks and pages; unregistered values and columns pass through unchanged.

    >>> import polars as pl
    >>> register_values("example_status", {"met": ("tercapai", "met")})
    >>> frame = localize_values(pl.DataFrame({"example_status": ["met", "x"]}))
    >>> frame["example_status"].to_list()
    ['tercapai', 'x']
    """
    import polars as pl

    exprs = []
    for col, dtype in frame.schema.items():
        words = _VALUES.get(col)
        if words and dtype == pl.String:
            mapping = {k: v[1] if lang == "en" else v[0] for k, v in words.items()}
            exprs.append(pl.col(col).replace(mapping))
    return frame.with_columns(exprs) if exprs else frame


def header_label(key: str, lang: str = "id") -> str:
    """Label of a machine column name in the given language (the key itself if unknown)."""
    pair = _HEADERS.get(key)
    if pair is None:
        return key
    return pair[1] if lang == "en" else pair[0]


def format_number_id(value: float, decimals: int = 2) -> str:
    """Indonesian number formatting: ``1234567.891`` -> ``'1.234.567,89'``.

    >>> format_number_id(1234567.891)
    '1.234.567,89'
    >>> format_number_id(-0.5, 1)
    '-0,5'
    """
    text = f"{value:,.{decimals}f}"
    return text.replace(",", "\x00").replace(".", ",").replace("\x00", ".")


def format_rupiah(value: float) -> str:
    """Rupiah in words for large amounts, as offices write them.

    >>> format_rupiah(1_200_000_000)
    'Rp 1,2 miliar'
    >>> format_rupiah(3_450_000_000_000)
    'Rp 3,45 triliun'
    >>> format_rupiah(750_000)
    'Rp 750.000'
    """
    for size, word in ((1e12, "triliun"), (1e9, "miliar"), (1e6, "juta")):
        if abs(value) >= size:
            text = f"{value / size:.2f}".rstrip("0").rstrip(".").replace(".", ",")
            return f"Rp {text} {word}"
    return f"Rp {format_number_id(value, 0)}"
