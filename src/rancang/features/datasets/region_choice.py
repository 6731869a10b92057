"""The region a page opens on: the one in the URL, else the user's own, else the first."""

from __future__ import annotations

from rancang.core.actors import Actor
from rancang.core.errors import NotFoundError
from rancang.features.datasets.service import kemendagri_code
from rancang.panel import Panel


def region_in(panel: Panel, code: str | None, actor: Actor | None = None) -> str:
    """The panel's own code of ``code`` (BPS ``7206`` or Kemendagri ``72.06``); without
    one, the first region of the actor's grants found in the panel, else the first region.
    An unknown code is "not found"."""
    if code:
        if panel.has_region(code):
            return panel.region_codes[panel.region_index(code)]
        for c in panel.region_codes:
            if kemendagri_code(c) == code:
                return c
        raise NotFoundError("datasets.region_not_found", code=code)
    mine = {g.region for g in (actor.grants if actor else ()) if g.region}
    for c in panel.region_codes:
        k = kemendagri_code(c) or ""
        if any(k == r or k.startswith(f"{r}.") for r in mine):
            return c
    return panel.region_codes[0]
