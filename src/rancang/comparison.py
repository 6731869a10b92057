"""Which economy a region is compared with: the one rule every channel uses.

The location quotient, shift-share, Klassen and specialisation all compare a region with a
*reference economy*. The default is the same in the CLI, the dashboard, the map, the API
and every download:

- a regency or city is compared with **its province** (the BPS province row ``xx00`` of
  the input);
- a province is compared with **the nation** (the national row ``9999``);
- an input without such rows (a tidy table of some regions, a synthetic panel) compares
  every region with **the sum of its regions**, as before;
- a one-region input whose file declares its reference (a Dalam Angka table with an
  ``Acuan:`` block) is compared with that declared row.

Any other reference can be chosen (``--reference``, the dashboard's selector, ``?reference=``);
the label of the one used is always shown.

Example
-------
>>> import numpy as np
>>> from rancang.panel import Panel
>>> refs = Panel(values=np.ones((2, 2, 2)), region_codes=["7200", "9999"],
...              region_names=["SULAWESI TENGAH", "INDONESIA"], parent_codes=[None, None],
...              industry_codes=["A", "C"], industry_names=["A", "C"], years=[2019, 2020])
>>> p = Panel(values=np.ones((2, 2, 2)), region_codes=["7203", "7300"],
...           region_names=["Morowali", "SULAWESI SELATAN"], parent_codes=["7200", None],
...           industry_codes=["A", "C"], industry_names=["A", "C"], years=[2019, 2020],
...           references=refs)
>>> default_reference(p, "7203"), default_reference(p, "7300")
('7200', '9999')
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np

from rancang.core.i18n import Msg
from rancang.panel import Panel

#: The reference "sum of all regions of the input" (as the selectors and ``?reference=``
#: write it).
ALL_REGIONS = "all"


def is_national(code: str) -> bool:
    """A national row code (BPS ``9999``, or ``0000``, or a code ending in ``999``).

    >>> is_national("9999"), is_national("0000"), is_national("7200")
    (True, True, False)
    """
    return code in ("0000", "9999") or code.endswith("999")


def is_province(code: str) -> bool:
    """A province code: BPS ``xx00`` or Kemendagri ``xx``.

    >>> is_province("7200"), is_province("72"), is_province("7203"), is_province("9999")
    (True, True, False, False)
    """
    if is_national(code):
        return False
    return (len(code) == 4 and code.isdigit() and code.endswith("00")) or (
        len(code) == 2 and code.isdigit())


def national_row(panel: Panel) -> str | None:
    """The code of the national reference row of ``panel``, if it has one."""
    refs = panel.references
    if refs is None:
        return None
    return next((c for c in refs.region_codes if is_national(c)), None)


def default_reference(panel: Panel, region: str) -> str:
    """The reference economy of ``region`` by the rule of this module: a reference-row
    code of the panel, or :data:`ALL_REGIONS` (the sum of its regions)."""
    refs = panel.references
    if refs is None or not refs.region_codes:
        return ALL_REGIONS
    i = panel.region_index(region)
    code = panel.region_codes[i]
    parent = panel.parent_codes[i]
    if is_province(code):
        return national_row(panel) or ALL_REGIONS
    if parent and refs.has_region(parent):
        return parent
    if len(panel.region_codes) == 1:
        return refs.region_codes[0]
    return ALL_REGIONS


def reference_label(panel: Panel, code: str) -> str | Msg:
    """The label of a reference for people: ``"7200 SULAWESI TENGAH"`` for a row, the
    words "sum of all regions of the input" for :data:`ALL_REGIONS`."""
    if code == ALL_REGIONS:
        return Msg("reference.all_regions")
    return panel.reference_economy(code)[1]


def reference_choices(panel: Panel, region: str) -> list[tuple[str, str | Msg]]:
    """(code, label) of the references offered for ``region``: the default first, then
    its province row, the national row (when present) and the sum of all regions."""
    codes = [default_reference(panel, region)]
    refs = panel.references
    if refs is not None:
        parent = panel.parent_codes[panel.region_index(region)]
        if parent and refs.has_region(parent):
            codes.append(parent)
        codes.extend(c for c in refs.region_codes if is_national(c))
    codes.append(ALL_REGIONS)
    unique = list(dict.fromkeys(codes))
    return [(c, reference_label(panel, c)) for c in unique]


def reference_array(panel: Panel, codes: Sequence[str]) -> np.ndarray:
    """The reference economies of every region as one array (R, I, T): row ``r`` is the
    economy named by ``codes[r]`` (a reference row, a region, or :data:`ALL_REGIONS`)."""
    total = panel.total_reference()
    out = np.empty_like(panel.values)
    cache: dict[str, np.ndarray] = {}
    for r, code in enumerate(codes):
        if code not in cache:
            cache[code] = total if code == ALL_REGIONS else panel.reference_vector(code)
        out[r] = cache[code]
    return out


def default_references(panel: Panel) -> tuple[np.ndarray, list[str]]:
    """Every region's default reference: the (R, I, T) array and the codes used."""
    codes = [default_reference(panel, c) for c in panel.region_codes]
    return reference_array(panel, codes), codes
