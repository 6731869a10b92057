"""Readers for the files users have: BPS exports, Dalam Angka tables, tidy long tables.

:func:`read_panel` takes files and folders in any of these layouts, detects each file's
layout and combines one-file-per-year inputs into one multi-year :class:`~rancang.Panel`.

The readers live in :mod:`rancang.sources.reading`; their names are imported here on first
use (PEP 562), so that reading the language catalogue or ``rancang --help`` does not load
Polars.
"""

from __future__ import annotations

from importlib import import_module
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from rancang.sources.reading import (
        BPS_TOTALS_MODES,
        LAYOUTS,
        TotalCheck,
        apply_repairs,
        check_totals,
        combine_years,
        detect_layout,
        expand_paths,
        read_bps_pdrb,
        read_dalam_angka,
        read_long,
        read_panel,
        read_panel_checked,
        total_discrepancies,
    )

__all__ = [
    "BPS_TOTALS_MODES",
    "LAYOUTS",
    "TotalCheck",
    "apply_repairs",
    "check_totals",
    "combine_years",
    "detect_layout",
    "expand_paths",
    "read_bps_pdrb",
    "read_dalam_angka",
    "read_long",
    "read_panel",
    "read_panel_checked",
    "total_discrepancies",
]


def __getattr__(name: str) -> Any:
    """A name of :mod:`rancang.sources.reading`, imported on first use."""
    if name.startswith("__"):
        raise AttributeError(name)
    value = getattr(import_module("rancang.sources.reading"), name)
    globals()[name] = value
    return value
