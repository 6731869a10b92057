"""Routes of the decide feature: AHP surveys (analyst pages, personal links, API) and the
ranking page."""

from __future__ import annotations

from typing import Annotated

from fastapi import Depends

from rancang.core.actors import Actor
from rancang.web.deps import Permit

ReadSurveys = Annotated[Actor, Depends(Permit("decide.survey.read"))]
WriteSurveys = Annotated[Actor, Depends(Permit("decide.survey.write"))]
Rank = Annotated[Actor, Depends(Permit("decide.rank"))]
