"""Routes of the complexity feature: the diversification page, its download and API."""

from __future__ import annotations

from typing import Annotated

from fastapi import Depends

from rancang.core.actors import Actor
from rancang.web.deps import Permit

ReadComplexity = Annotated[Actor, Depends(Permit("complexity.read"))]
