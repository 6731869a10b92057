"""``/api/v1/decide/surveys/{id}``: a survey's answers and group weights as JSON."""

from __future__ import annotations

from typing import Any

from fastapi import APIRouter, Request
from pydantic import BaseModel

from rancang.core.errors import NotFoundError
from rancang.core.i18n import current_language
from rancang.features.decide import survey as svc
from rancang.features.decide.routes import Rank, ReadSurveys
from rancang.features.decide.survey_view import survey_payload
from rancang.web.deps import EngineDep, PathId, QueryId
from rancang.web.errors import ERROR_RESPONSES

router = APIRouter()


class SurveyOut(BaseModel):
    """A survey: criteria, participants (with each one's CR), group weights by AIJ and AIP
    (the strings ``rancang decide ahp`` writes to priorities.csv)."""

    id: int
    title: str
    region_code: str
    deadline: str
    closed: bool
    synthetic: bool
    criteria: list[dict[str, str]]
    alternatives: list[str]
    participants: list[dict[str, Any]]
    weights: dict[str, dict[str, str]]
    group_cr: str | None


@router.get("/api/v1/decide/surveys/{survey_id}", tags=["decide"],
            responses=ERROR_RESPONSES)
def survey_api(survey_id: PathId, engine: EngineDep, user: ReadSurveys) -> SurveyOut:
    """One survey's answers and group weights."""
    return SurveyOut(**survey_payload(svc.get_survey(engine, user, survey_id)))


class RankRowOut(BaseModel):
    """One alternative: score, rank, rank interval (5-95 % of the weight samples),
    acceptability and its criterion values (in the order of ``criteria``)."""

    alternative: str
    name: str
    score: float
    rank: int
    rank_low: int
    rank_high: int
    acceptability: float
    values: list[float]


class RankOut(BaseModel):
    """A dataset region's leading industries ranked: the method, the criteria with their
    directions and normalised weights, and every alternative by rank."""

    dataset: int
    region: str
    method: str
    samples: int
    higher_is_better: bool
    criteria: list[str]
    directions: list[str]
    weights: list[float]
    rows: list[RankRowOut]


@router.get("/api/v1/decide/rank", tags=["decide"], responses=ERROR_RESPONSES)
def rank_api(request: Request, engine: EngineDep, user: Rank, dataset: QueryId = None,
             region: str | None = None, survey: QueryId = None, aggregate: str = "aij",
             method: str = "topsis") -> RankOut:
    """The ranking of the page ``/decide/rank`` (same query: ``dataset``, ``region``,
    ``survey``, ``aggregate``, ``method``, ``w_<criterion>``)."""
    from rancang.features.decide.routes.rank import dataset_ranking

    found = dataset_ranking(engine, user, request.query_params, dataset, region, survey,
                            aggregate, method, None, None, current_language())
    if found.view is None or found.dataset is None:
        raise NotFoundError("decide.rank.nothing")
    v = found.view
    return RankOut(dataset=found.dataset, region=found.region, method=method,
                   samples=v["samples"], higher_is_better=v["higher_is_better"],
                   criteria=v["criteria"], directions=v["directions"],
                   weights=[float(w) for w in v["weights"]],
                   rows=[RankRowOut(**{k: r[k] for k in RankRowOut.model_fields})
                         for r in v["rows"]])
