"""``/api/v1/decide/surveys/{id}``: a survey's answers and group weights as JSON."""

from __future__ import annotations

from typing import Any

from fastapi import APIRouter
from pydantic import BaseModel

from rancang.features.decide import survey as svc
from rancang.features.decide.routes import ReadSurveys
from rancang.features.decide.survey_view import survey_payload
from rancang.web.deps import EngineDep, PathId
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
