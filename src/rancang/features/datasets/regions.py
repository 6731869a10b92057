"""Regions of a stored dataset: provinces with their regencies, search by name or code."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import Engine

from rancang.core.actors import Actor
from rancang.core.errors import NotFoundError
from rancang.features.datasets import DatasetInfo, get_dataset, list_datasets, load_panel
from rancang.features.datasets.access import can_see_dataset
from rancang.features.datasets.service import kemendagri_code
from rancang.panel import Panel


@dataclass(frozen=True)
class Region:
    """One region of a dataset as lists and the API show it."""

    code: str
    name: str
    parent_code: str | None
    parent_name: str | None
    kemendagri_code: str | None

    def as_dict(self) -> dict[str, str | None]:
        return dict(self.__dict__)


def visible_datasets(engine: Engine, user: Actor) -> list[DatasetInfo]:
    """The datasets the user may open, newest first."""
    return [d for d in list_datasets(engine) if can_see_dataset(user, d)]


def visible_dataset(engine: Engine, user: Actor, dataset_id: int) -> DatasetInfo:
    """One dataset the user may open; a private one of someone else is "not found"."""
    info = get_dataset(engine, dataset_id)
    if not can_see_dataset(user, info):
        raise NotFoundError(f"dataset {dataset_id} tidak ada / does not exist")
    return info


def default_dataset(engine: Engine, user: Actor, dataset_id: int | None) -> int | None:
    """The dataset asked for (when the user may open it), else the administrator's default,
    else the newest published one, else the newest the user may open (None: none at all).

    An upload never becomes anyone else's default by being newest: only published datasets
    are chosen for everyone.
    """
    if dataset_id is not None:
        return visible_dataset(engine, user, dataset_id).id
    found = visible_datasets(engine, user)
    for pick in (lambda d: d.is_default, lambda d: d.published, lambda d: True):
        chosen = next((d for d in found if pick(d)), None)
        if chosen is not None:
            return chosen.id
    return None


def _parent_names(panel: Panel) -> dict[str, str]:
    if panel.references is None:
        return {}
    return dict(zip(panel.references.region_codes, panel.references.region_names, strict=True))


def regions(panel: Panel) -> list[Region]:
    """Every region of the panel with its parent (province) name."""
    names = _parent_names(panel)
    return [
        Region(code=c, name=n, parent_code=p, parent_name=names.get(p or "", p),
               kemendagri_code=kemendagri_code(c))
        for c, n, p in zip(panel.region_codes, panel.region_names, panel.parent_codes,
                           strict=True)
    ]


def provinces(panel: Panel) -> list[tuple[str, str]]:
    """(code, name) of the parents that have regions in the panel, in panel order."""
    names = _parent_names(panel)
    seen: dict[str, str] = {}
    for p in panel.parent_codes:
        if p is not None and p not in seen:
            seen[p] = names.get(p, p)
    return list(seen.items())


def search_regions(
    engine: Engine, dataset_id: int, query: str = "", *, province: str | None = None,
    limit: int = 50,
) -> list[Region]:
    """Regions whose name contains ``query``, or whose code is ``query``.

    A complete code is read in its own system (:func:`rancang.reference.regions.code_system`):
    ``72.06`` is Kemendagri 72.06 (Morowali) and ``7203`` BPS 7203 (Morowali too), never
    each other's digits with the dot removed; a Kemendagri province ``72`` matches its
    regencies. Anything else matches names and codes as text.
    """
    from rancang.reference.regions import code_system, kemendagri_to_bps

    panel = load_panel(engine, dataset_id)
    q = query.strip().lower()
    system = code_system(q) if q else None
    out = []
    for r in regions(panel):
        if province and r.parent_code != province:
            continue
        if system == "kemendagri":
            kcode = r.kemendagri_code or ""
            hit = kcode == q or kcode.startswith(q + ".")
        elif system == "bps":
            hit = r.code == q or (r.kemendagri_code is not None
                                  and kemendagri_to_bps(r.kemendagri_code) == q)
        else:
            hay = f"{r.code} {r.kemendagri_code or ''} {r.name} {r.parent_name or ''}".lower()
            hit = not q or q in hay
        if hit:
            out.append(r)
        if len(out) >= limit:
            break
    return out


def find_region(engine: Engine, dataset_id: int, code: str) -> Region:
    """One region by its code in the dataset (BPS or Kemendagri form accepted)."""
    panel = load_panel(engine, dataset_id)
    for r in regions(panel):
        if code in (r.code, r.kemendagri_code):
            return r
    raise NotFoundError(f"wilayah {code} tidak ada dalam set data {dataset_id}")
