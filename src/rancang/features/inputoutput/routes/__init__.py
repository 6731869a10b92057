"""Routes of the input-output feature: the tables' list and upload, a table's page, its
downloads and API."""

from __future__ import annotations

from typing import Annotated

from fastapi import Depends

from rancang.core.actors import Actor
from rancang.web.deps import Permit

ReadIO = Annotated[Actor, Depends(Permit("inputoutput.read"))]
ImportIO = Annotated[Actor, Depends(Permit("inputoutput.import"))]
