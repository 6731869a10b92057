"""The plan's pages and API; permissions as dependencies (the service checks regions)."""

from __future__ import annotations

from typing import Annotated

from fastapi import Depends

from rancang.core.actors import Actor
from rancang.web.deps import Permit

ReadPlans = Annotated[Actor, Depends(Permit("plan.public.read"))]
WritePlans = Annotated[Actor, Depends(Permit("plan.write"))]
MovePlans = Annotated[Actor, Depends(Permit("plan.status"))]
