"""Routes of the leading-industry feature: the region dashboard, the map and the API."""

from __future__ import annotations

from typing import Annotated

from fastapi import Depends

from rancang.core.actors import Actor
from rancang.web.deps import Permit

ReadAnalyses = Annotated[Actor, Depends(Permit("leading.read"))]
