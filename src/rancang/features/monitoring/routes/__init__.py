"""The monitoring pages and API; permissions as dependencies (the service checks
regions)."""

from __future__ import annotations

from typing import Annotated

from fastapi import Depends

from rancang.core.actors import Actor
from rancang.web.deps import Permit

ReadMonitoring = Annotated[Actor, Depends(Permit("monitoring.read"))]
WriteMonitoring = Annotated[Actor, Depends(Permit("monitoring.write"))]
VerifyMonitoring = Annotated[Actor, Depends(Permit("monitoring.verify"))]
