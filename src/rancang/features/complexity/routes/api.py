"""JSON API of the complexity feature: a region's ECI over time and its opportunities
(the same service and numbers as the page and ``rancang complexity``)."""

from __future__ import annotations

from fastapi import APIRouter
from pydantic import BaseModel

from rancang.features.complexity import page
from rancang.features.complexity.queries import complexity_of
from rancang.features.complexity.routes.pages import DatasetDep, QueryDep
from rancang.web.deps import EngineDep, LangDep
from rancang.web.errors import ERROR_RESPONSES

router = APIRouter(prefix="/api/v1", tags=["complexity"], responses=ERROR_RESPONSES)


class EciOut(BaseModel):
    """The region's ECI, diversity and COI in one year."""

    year: int
    eci: float | None
    diversity: float | None
    coi: float | None


class OpportunityOut(BaseModel):
    """One opportunity: score, rank and rank interval, PCI, density, nearest industries."""

    code: str
    name: str
    score: float | None
    rank: int
    rank_low: int
    rank_high: int
    pci: float | None
    density: float | None
    drivers: str | None
    explained: str


class ComplexityOut(BaseModel):
    """A region's complexity: threshold, year of the opportunities, ECI rows, all its
    opportunities of that year."""

    region: str
    region_name: str
    threshold: float
    year: int
    rank_samples: int
    eci: list[EciOut]
    opportunities: list[OpportunityOut]


@router.get("/datasets/{dataset_id}/complexity")
def region_complexity(engine: EngineDep, lang: LangDep, dataset: DatasetDep,
                      query: QueryDep) -> ComplexityOut:
    """ECI over time and every opportunity of the region (query: ``region``,
    ``threshold`` (RCA, default 1), ``year`` (default: the last))."""
    result = complexity_of(engine, dataset, query)
    r = result.panel.region_index(query.region)
    return ComplexityOut(
        region=query.region, region_name=result.panel.region_names[r],
        threshold=result.threshold, year=result.panel.years[result.opportunities.year_index[-1]],
        rank_samples=result.rank_samples,
        eci=[EciOut(**row) for row in page.eci_rows(result, query.region)],
        opportunities=[OpportunityOut(**{k: v for k, v in row.items()
                                         if k in OpportunityOut.model_fields})
                       for row in page.opportunity_rows(result, query.region, lang,
                                                        limit=None)])
