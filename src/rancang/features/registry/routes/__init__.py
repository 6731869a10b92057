"""Routes of the register: pages, duplicate review and the JSON API."""

from __future__ import annotations

from typing import Annotated

from fastapi import Depends

from rancang.core.actors import Actor
from rancang.web.deps import Permit

ReadAggregates = Annotated[Actor, Depends(Permit("registry.aggregates.read"))]
ReadRecords = Annotated[Actor, Depends(Permit("registry.records.read"))]
EditRecords = Annotated[Actor, Depends(Permit("registry.records.edit"))]
ReviewDuplicates = Annotated[Actor, Depends(Permit("registry.duplicates.review"))]
ImportRegister = Annotated[Actor, Depends(Permit("registry.import"))]
