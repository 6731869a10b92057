"""Region codes: Kemendagri (``72.06``) and BPS (``7203``), and the crosswalk between them.

PLACEHOLDER: to be completed (crosswalk built from the shared data by
``scripts/build_reference.py`` and committed as ``reference/data/region_crosswalk.csv``).
"""

from __future__ import annotations


def other_code(code: str) -> str | None:
    """The same regency's code in the other numbering system, or None when unknown."""
    return None
