"""The berita acara (minutes) of an event, as an editable DOCX or a PDF, printed by the
plan's writers (:func:`rancang.features.plan.export.docx_of_parts`, ``pdf_of_parts``):
number, day, date and place, agenda, chair and speakers, participants by group (invited
vs present), points raised, agreements, follow-up, the signature block, and two annexes:
the attendance list (No, name, institution, position, signature; Permendagri 54/2010's
annex format) and the inputs of the event."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path

from sqlalchemy import Engine

from rancang.core.actors import Actor
from rancang.core.document import Table
from rancang.core.errors import InputError, Problem
from rancang.core.i18n import Msg, text
from rancang.features.consult.events import (
    EventInfo,
    attendance,
    by_group,
    get_event,
    invites_of,
)
from rancang.features.consult.inputs import Filters, list_inputs
from rancang.features.consult.matrix import section_titles
from rancang.features.consult.vocab import norm
from rancang.features.plan.document import Part, markdown_parts
from rancang.features.plan.service import get_plan


def long_date(day: date, lang: str) -> str:
    """``Selasa, 12 Mei 2026`` (the day and month names of the catalogue)."""
    return text("consult.date.long", lang, day=text(f"consult.day.{day.weekday()}", lang),
                d=day.day, month=text(f"consult.month.{day.month}", lang), year=day.year)


def _lines(body: str) -> Iterator[Part]:
    """Text typed in the event's form, each line kept as its own paragraph (a line
    starting with ``-`` or ``*`` a bullet, ``#`` a heading), as typed lines of an agenda
    or of the points discussed are meant.

    >>> [(p.kind, p.text) for p in _lines("Pembukaan\\nPaparan\\n\\n- satu")]
    [('paragraph', 'Pembukaan'), ('paragraph', 'Paparan'), ('bullet', 'satu')]
    """
    for line in body.splitlines():
        if line.strip():
            yield from markdown_parts(line.strip())


def _table(tid: str, title: str, columns: list[str], rows: list[list[str]]) -> Part:
    t = Table(tid, title, columns, [list(r) for r in rows], [None] * len(columns))
    return Part("table", title, t, anchor=tid, cells=[[str(v) for v in r] for r in rows])


def signature_block(event: EventInfo, lang: str) -> Part:
    """The signature block: the chair and the signatory (their position followed by a
    comma, room to sign, the name bold and underlined, ``NIP. ...`` when given); without
    a signatory, the chair and the organiser's office line, room to sign above each."""
    blank = "(.......................)"
    if not event.signatory_name:
        return _table("tanda-tangan", text("consult.h.signatures", lang),
                      [text("consult.h.chair", lang), text("consult.h.organiser", lang)],
                      [["\n\n\n" + (event.chair or blank),
                        "\n\n\n" + (event.organiser or blank)]])
    signer = [f"{event.signatory_position},", event.signatory_name]
    if event.signatory_nip:
        signer.append(text("consult.minutes.nip", lang, nip=event.signatory_nip))
    blocks = [signer]
    if norm(event.chair) not in (norm(event.signatory_name), norm(event.signatory_position)):
        # the chair signs beside the signatory (unless the chair is the signatory)
        blocks.insert(0, [text("consult.h.chair", lang) + ",", event.chair or blank])
    return Part("signature", text("consult.h.signatures", lang), anchor="tanda-tangan",
                cells=blocks)


def minutes_parts(engine: Engine, actor: Actor, event: EventInfo, lang: str
                  ) -> Iterator[Part]:
    """Every printable part of the event's minutes, in order."""
    plan = get_plan(engine, actor, event.plan_id)
    people = attendance(engine, event.id)
    invites = invites_of(engine, event.id)
    kind = text(f"consult.kind.{event.kind}", lang)
    yield Part("title", text("consult.minutes.title", lang, kind=kind.upper()))
    yield Part("subtitle", text("consult.minutes.number", lang, number=event.number))
    place = event.place or text("consult.online", lang)
    if event.online and event.place:
        place += f" ({text('consult.online', lang)})"
    yield Part("paragraph", text(
        "consult.minutes.opening", lang, when=long_date(event.held_on, lang), place=place,
        kind=kind, title=event.title, level=plan.level.upper(),
        region=plan.region_name or plan.region_code, version=event.version_label))
    if event.organiser:
        yield Part("paragraph", text("consult.minutes.organiser", lang, who=event.organiser))
    yield Part("section", text("consult.h.agenda", lang))
    yield from _lines(event.agenda) if event.agenda else iter(
        [Part("note", text("consult.minutes.to_fill", lang))])
    yield Part("section", text("consult.h.chair", lang))
    yield Part("paragraph", event.chair or "-")
    if event.speakers:
        yield Part("paragraph", text("consult.h.speakers", lang) + ":")
    for s in event.speakers:
        yield Part("bullet", s)
    yield Part("section", text("consult.h.participants", lang))
    groups = by_group(invites, people)
    yield _table("peserta", text("consult.minutes.by_group", lang),
                 [text("consult.h.group", lang), text("consult.h.invited", lang),
                  text("consult.h.orgs_present", lang),
                  text("consult.page.others_present", lang), text("consult.h.persons", lang)],
                 [[text(f"consult.group.{g.group}", lang), str(g.invited),
                   str(g.present_orgs), str(g.others), str(g.persons)] for g in groups]
                 + [[text("consult.h.total", lang), str(sum(g.invited for g in groups)),
                     str(sum(g.present_orgs for g in groups)),
                     str(sum(g.others for g in groups)), str(len(people))]])
    items = list_inputs(engine, actor, event.plan_id, Filters(event_id=event.id))
    for key, body in (("points", event.points), ("agreements", event.agreements),
                      ("follow_up", event.follow_up)):
        yield Part("section", text(f"consult.h.{key}", lang))
        if key == "points":
            yield Part("paragraph", text("consult.minutes.n_inputs", lang, n=len(items)))
        yield from _lines(body) if body else iter(
            [Part("note", text("consult.minutes.to_fill", lang))])
    yield Part("paragraph", text("consult.minutes.closing", lang))
    yield signature_block(event, lang)
    yield Part("chapter", text("consult.minutes.annex_attendance", lang))
    yield _table("hadir", "",  # the annex's heading names the table
                 [text("consult.h.no", lang), text("consult.h.name", lang),
                  text("consult.h.organisation", lang), text("consult.h.group", lang),
                  text("consult.h.position", lang), text("consult.h.signature", lang)],
                 [[str(k), p["name"], p["organisation"],
                   text(f"consult.group.{p['group']}", lang) if p["group"] else "",
                   p["position"], ""] for k, p in enumerate(people, start=1)])
    yield Part("chapter", text("consult.minutes.annex_inputs", lang))
    hidden = text("consult.author.hidden", lang)
    titles = section_titles(engine, actor, event.plan_id, {event.version_label}, lang)
    yield _table("masukan", "",
                 [text("consult.h.no", lang), text("consult.h.id", lang),
                  text("consult.h.section", lang), text("consult.h.input", lang),
                  text("consult.h.author", lang), text("consult.h.disposition", lang)],
                 [[str(k), str(i.id), titles.get((i.version_label, i.section_key),
                                                 i.section_key), i.text,
                   ", ".join(v for v in (*i.shown_author(False), text(
                       f"consult.group.{i.group}", lang)) if v) or hidden,
                   text(f"consult.disposition.{i.disposition}", lang) if i.disposition
                   else text("consult.status.open", lang)]
                  for k, i in enumerate(items, start=1)])


def write_minutes(engine: Engine, actor: Actor, event_id: int, out: Path, *,
                  lang: str = "id") -> Path:
    """Write the minutes of an event to ``out`` (``.docx`` or ``.pdf``)."""
    from rancang.features.plan.export import docx_of_parts, pdf_of_parts

    event = get_event(engine, actor, event_id)
    suffix = out.suffix.lower()
    if suffix not in (".docx", ".pdf"):
        raise InputError(Problem(Msg("consult.out.type", suffix=suffix,
                                     known=".docx, .pdf"), column="--out"))
    items = list(minutes_parts(engine, actor, event, lang))
    if suffix == ".docx":
        return docx_of_parts(items, out, subject=f"consult/event/{event.id}")
    return pdf_of_parts(items, out)
