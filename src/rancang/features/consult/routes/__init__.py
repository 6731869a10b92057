"""The consultation's pages and API; permissions as dependencies (the service checks
regions)."""

from __future__ import annotations

from typing import Annotated

from fastapi import Depends

from rancang.core.actors import Actor
from rancang.web.deps import Permit

SubmitInputs = Annotated[Actor, Depends(Permit("consult.submit"))]
ReadConsult = Annotated[Actor, Depends(Permit("consult.read"))]
WriteConsult = Annotated[Actor, Depends(Permit("consult.write"))]
