"""The consultation's pages and API; permissions as dependencies (the service checks
regions); the labels of the forms' fields, for the shared error page of a refused form
(the manifest's ``form_labels``)."""

from __future__ import annotations

from typing import Annotated

from fastapi import Depends

from rancang.core.actors import Actor
from rancang.web.deps import Permit

SubmitInputs = Annotated[Actor, Depends(Permit("consult.submit"))]
ReadConsult = Annotated[Actor, Depends(Permit("consult.read"))]
WriteConsult = Annotated[Actor, Depends(Permit("consult.write"))]

#: the label (catalogue key) of each field the consultation forms send
FORM_LABELS = {
    "nama": "consult.h.name", "name": "consult.h.name",
    "instansi": "consult.h.organisation", "organisation": "consult.h.organisation",
    "kelompok": "consult.h.group", "group": "consult.h.group",
    "bagian": "consult.h.section", "kutipan": "consult.page.quote",
    "masukan": "consult.h.input", "sel_tabel": "consult.page.cell_pick",
    "email": "consult.page.email", "boleh_dipublikasikan": "consult.page.consent",
    "tanggal": "consult.page.date", "date": "consult.page.date",
    "tanggapan": "consult.page.answer", "status": "consult.h.disposition",
    "alasan": "consult.page.reason", "perubahan": "consult.page.change_section",
    "ids": "consult.page.inputs", "assignee": "consult.page.assignee",
    "title": "consult.page.title", "version": "consult.page.version",
    "position": "consult.h.position", "contact": "consult.page.contact",
    "invites": "consult.page.add_invites", "kind": "consult.page.kind",
    "place": "consult.page.place",
    "signatory_name": "consult.page.signatory_name",
    "signatory_position": "consult.page.signatory_position",
    "signatory_nip": "consult.page.signatory_nip",
}
