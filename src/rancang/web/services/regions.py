"""Regions of a stored dataset: provinces with their regencies, search by name or code."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import Engine

from rancang.datasets import list_datasets, load_panel
from rancang.datasets.service import kemendagri_code
from rancang.errors import NotFoundError
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


def default_dataset(engine: Engine, dataset_id: int | None) -> int | None:
    """The dataset asked for, else the newest one (None when there is none)."""
    if dataset_id is not None:
        return dataset_id
    found = list_datasets(engine)
    return found[0].id if found else None


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
    """Regions whose name or code (BPS or Kemendagri) contains ``query``."""
    panel = load_panel(engine, dataset_id)
    q = query.strip().lower()
    out = []
    for r in regions(panel):
        if province and r.parent_code != province:
            continue
        hay = f"{r.code} {r.kemendagri_code or ''} {r.name} {r.parent_name or ''}".lower()
        if not q or q in hay or q.replace(".", "") in hay.replace(".", ""):
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
