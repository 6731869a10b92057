"""Routes of the targets feature: the page against RIPIN, its downloads and API."""

from __future__ import annotations

from typing import Annotated

from fastapi import Depends

from rancang.core.actors import Actor
from rancang.web.deps import Permit

ReadTargets = Annotated[Actor, Depends(Permit("targets.read"))]
