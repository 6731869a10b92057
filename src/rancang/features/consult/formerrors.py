"""A refused consultation form said on a page people can act on: each problem with the
form field's own label (``Tanggapan: tanggapan wajib diisi``), not the column key of a
file, and a way back to the form."""

from __future__ import annotations

from collections.abc import Iterable

from rancang.core.errors import Problem
from rancang.core.i18n import render_text, text

#: the label (catalogue key) of each field the consultation forms send
FIELDS = {
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
}


def field_messages(problems: Iterable[Problem], lang: str) -> list[str]:
    """Each problem as ``Field label: message`` in ``lang`` (a problem of no known
    field: its message with its location).

    >>> from rancang.core.i18n import Msg
    >>> field_messages([Problem(Msg("consult.answer.no_response"), column="tanggapan")],
    ...                "en")
    ['Answer: the answer is required']
    """
    out = []
    for p in problems:
        key = FIELDS.get(p.column or "")
        if key is None or p.file or p.sheet or p.row is not None:
            out.append(p.text(lang))
        else:
            out.append(f"{text(key, lang)}: {render_text(p.message, lang)}")
    return out
