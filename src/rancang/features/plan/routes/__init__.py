"""The plan's pages and API; permissions as dependencies (the service checks regions);
the labels of the forms' fields, for the shared error page of a refused form (the
manifest's ``form_labels``)."""

from __future__ import annotations

from typing import Annotated

from fastapi import Depends

from rancang.core.actors import Actor
from rancang.web.deps import Permit

ReadPlans = Annotated[Actor, Depends(Permit("plan.public.read"))]
WritePlans = Annotated[Actor, Depends(Permit("plan.write"))]
MovePlans = Annotated[Actor, Depends(Permit("plan.status"))]

#: the label (catalogue key) of each field of the plan's forms whose label names it
FORM_LABELS = {
    "region": "plan.h.region", "start_year": "plan.h.period", "status": "plan.h.status",
    "perda_number": "plan.page.perda_number", "perda_date": "plan.page.perda_date",
    "label": "plan.page.label", "note": "plan.page.note", "dataset_id": "plan.page.dataset",
    "io_table": "plan.page.io_table", "target_share": "plan.page.target_share",
}
