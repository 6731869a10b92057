"""The consultation pages of signed-in people: the overview (plans, own inputs,
notifications), the team's page of a plan (inputs with filters, bulk answer, events,
downloads), an input's answer form, an event (attendance, invitations and their links,
minutes) and the facilitator's capture page (works offline; ``static/capture.js``)."""

from __future__ import annotations

import tempfile
from datetime import date
from pathlib import Path
from typing import Any

from fastapi import APIRouter, Request, UploadFile
from fastapi.responses import HTMLResponse, RedirectResponse, Response

from rancang.core.errors import InputError, Problem
from rancang.core.i18n import Msg, current_language
from rancang.features.consult import answers as ans
from rancang.features.consult import capture, events, matrix, minutes, views
from rancang.features.consult.inputs import (
    Filters,
    assign,
    check_assignee,
    list_inputs,
    team_input,
)
from rancang.features.consult.notify import Mailer
from rancang.features.consult.routes import ReadConsult, SubmitInputs, WriteConsult
from rancang.features.consult.sheets import parse_date
from rancang.features.consult.vocab import DISPOSITIONS, GROUPS, parse_disposition
from rancang.web.deps import EngineDep, PathId, parse_id
from rancang.web.errors import render_error
from rancang.web.render import render

router = APIRouter(include_in_schema=False)
MEDIA = {"docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
         "pdf": "application/pdf", "csv": "text/csv; charset=utf-8",
         "xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"}


def _see_other(url: str) -> RedirectResponse:
    return RedirectResponse(url, status_code=303)


def _str(form: Any, name: str) -> str:
    value = form.get(name, "")
    return value.strip() if isinstance(value, str) else ""


def _mailer(request: Request) -> Mailer:
    return Mailer(request.app.state.settings)


def _after_answer(url: str, mailer: Mailer) -> RedirectResponse:
    """Back to ``url``; an e-mail notice that failed is shown there (``?mail_failed=``)."""
    if mailer.failed:
        url += ("&" if "?" in url else "?") + f"mail_failed={mailer.failed}"
    return _see_other(url)


def _download(path: Path, name: str, fmt: str) -> Response:
    data = path.read_bytes()
    return Response(data, media_type=MEDIA[fmt],
                    headers={"Content-Disposition": f'attachment; filename="{name}"'})


@router.get("/consult")
def overview_page(request: Request, engine: EngineDep, user: SubmitInputs) -> HTMLResponse:
    """Plans open for inputs or managed by the actor, their own inputs, notifications
    (shown, then marked read)."""
    data = views.overview(engine, user)
    ans.mark_read(engine, user)
    return render(request, "consult/overview.html", {"o": data, "groups": GROUPS})


@router.post("/consult/plans/{plan_id}/inputs")
async def submit_page(request: Request, plan_id: PathId, engine: EngineDep,
                      user: SubmitInputs) -> Response:
    """A signed-in person sends an input on a version."""
    form = await request.form()
    try:
        capture.submit_online(engine, user, plan_id, _str(form, "version"),
                              {k: _str(form, k) for k in capture.WEB_FIELDS})
    except InputError as exc:
        return render_error(request, exc, back="/consult")
    return _see_other("/consult")


def _filters(request: Request) -> Filters:
    q = request.query_params
    status = q.get("status") or None
    if status not in (None, "open", "answered", *DISPOSITIONS):
        status = None
    group = q.get("group") or None
    return Filters(version=q.get("version") or None, status=status,
                   section=q.get("section") or None,
                   group=group if group in GROUPS else None,
                   event_id=parse_id(q.get("event") or ""),
                   assignee=(q.get("assignee") or "").strip()[:100] or None)


@router.get("/consult/plans/{plan_id}")
def plan_page(request: Request, plan_id: PathId, engine: EngineDep,
              user: ReadConsult) -> HTMLResponse:
    """The team's page: inputs with filters, bulk answer, events, downloads."""
    f = _filters(request)
    page = min(parse_id(request.query_params.get("page") or "1") or 1, 100_000)
    from urllib.parse import urlencode

    query = urlencode([(k, v) for k, v in (
        ("status", f.status), ("section", f.section), ("group", f.group),
        ("event", f.event_id), ("assignee", f.assignee)) if v])
    return render(request, "consult/plan.html", {
        **views.plan_page(engine, user, plan_id, f, page), "f": f, "groups": GROUPS,
        "query": query, "mail_failed": parse_id(request.query_params.get("mail_failed") or ""),
        "dispositions": DISPOSITIONS, "today": date.today().isoformat()})


@router.post("/consult/plans/{plan_id}/answer")
async def bulk_answer_page(request: Request, plan_id: PathId, engine: EngineDep,
                           user: WriteConsult) -> Response:
    """Answer the ticked inputs at once, assign them, or both in one submit (an answer
    is written when the answer field is filled; an assignee to a user who does not
    exist is refused before anything is saved)."""
    form = await request.form()
    ids = [i for i in (parse_id(v) for v in form.getlist("ids")) if i is not None]
    mailer = _mailer(request)
    assignee, response = _str(form, "assignee"), _str(form, "response")
    try:
        if assignee:  # checked before anything is saved
            if not ids:
                raise InputError(Problem(Msg("consult.answer.none_chosen"), column="ids"))
            for k in ids:  # another region's inputs: as if missing (404)
                team_input(engine, user, k)
            check_assignee(engine, assignee)
        if response or not assignee:
            version, section = ans.parse_change(_str(form, "change"))
            status = _str(form, "status")
            ans.answer(engine, user, ids, ans.Answer(
                response, parse_disposition(status) or status,
                _str(form, "reason"), version, section), via="bulk", on_saved=mailer)
        if assignee:
            assign(engine, user, ids, assignee)
    except InputError as exc:
        return render_error(request, exc, back=f"/consult/plans/{plan_id}")
    return _after_answer(f"/consult/plans/{plan_id}", mailer)


def _invite_lines(value: str) -> list[tuple[str, str]]:
    """(organisation, group) pairs of the invitations typed one a line, ``group: name``."""
    invites = []
    for line in value.splitlines():
        group, _, org = line.partition(":")
        if line.strip():
            invites.append((org, group) if org else (group, ""))
    return invites


@router.post("/consult/plans/{plan_id}/events")
async def create_event_page(request: Request, plan_id: PathId, engine: EngineDep,
                            user: WriteConsult) -> Response:
    """Create an event from the form (invitations one per line: ``group: organisation``)."""
    form = await request.form()
    try:
        when = parse_date(_str(form, "date"))
        if when is None:
            raise InputError(Problem(Msg("consult.input.bad_date", value=_str(form, "date")),
                                     column="date"))
        invites = _invite_lines(_str(form, "invites"))
        e = events.create_event(
            engine, user, plan_id, version=_str(form, "version"), title=_str(form, "title"),
            held_on=date.fromisoformat(when), place=_str(form, "place"),
            kind=_str(form, "kind") or "fgd", online=bool(form.get("online")),
            organiser=_str(form, "organiser"), agenda=_str(form, "agenda"),
            chair=_str(form, "chair"),
            speakers=[s for s in _str(form, "speakers").splitlines() if s.strip()],
            invites=invites, signatory_name=_str(form, "signatory_name"),
            signatory_position=_str(form, "signatory_position"),
            signatory_nip=_str(form, "signatory_nip"))
    except InputError as exc:
        return render_error(request, exc, back=f"/consult/plans/{plan_id}")
    return _see_other(f"/consult/events/{e.id}")


@router.get("/consult/plans/{plan_id}/matrix.{fmt}")
def matrix_page(request: Request, plan_id: PathId, fmt: str, engine: EngineDep,
                user: ReadConsult) -> Response:
    """The response matrix as XLSX or DOCX (``?version=`` for one version)."""
    if fmt not in ("xlsx", "docx"):
        raise InputError(Problem(Msg("consult.out.type", suffix="." + fmt[:10],
                                     known=".xlsx, .docx"), column="fmt"))
    views.team_plan(engine, user, plan_id)
    version = request.query_params.get("version") or None
    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp) / f"matriks.{fmt}"
        matrix.write_matrix(engine, user, plan_id, out, version=version,
                            lang=current_language())
        return _download(out, f"matriks-tanggapan-{plan_id}.{fmt}", fmt)


@router.get("/consult/plans/{plan_id}/form.xlsx")
def form_page(request: Request, plan_id: PathId, engine: EngineDep,
              user: ReadConsult) -> Response:
    """The capture form of a version (``?version=``, else the newest)."""
    version = request.query_params.get("version") or capture.latest_version(
        engine, user, plan_id)
    with tempfile.TemporaryDirectory() as tmp:
        out = capture.write_form(engine, user, plan_id, version, Path(tmp) / "form.xlsx",
                                 current_language())
        return _download(out, f"formulir-masukan-{plan_id}-{version}.xlsx", "xlsx")


@router.get("/consult/plans/{plan_id}/answers.{fmt}")
def answers_file_page(request: Request, plan_id: PathId, fmt: str, engine: EngineDep,
                      user: ReadConsult) -> Response:
    """Every input with the answer columns, to answer in a spreadsheet: XLSX, or CSV
    (``?csv_locale=id``, the default: ``;`` for Excel in Indonesian; ``en``: ``,``)."""
    if fmt not in ("xlsx", "csv"):
        raise InputError(Problem(Msg("consult.out.type", suffix="." + fmt[:10],
                                     known=".xlsx, .csv"), column="fmt"))
    views.team_plan(engine, user, plan_id)
    locale = request.query_params.get("csv_locale") or "id"
    with tempfile.TemporaryDirectory() as tmp:
        out = ans.write_answers(engine, user, plan_id, Path(tmp) / f"tanggapan.{fmt}",
                                csv_locale=locale)
        return _download(out, f"tanggapan-{plan_id}.{fmt}", fmt)


async def _upload(files: list[UploadFile], tmp: str) -> Path:
    upload = files[0]
    name = Path(upload.filename or "upload.xlsx").name
    path = Path(tmp) / name
    path.write_bytes(await upload.read())
    return path


@router.post("/consult/plans/{plan_id}/upload")
async def upload_page(request: Request, plan_id: PathId, engine: EngineDep,
                      user: WriteConsult, files: list[UploadFile]) -> Response:
    """Upload a filled capture form (``kind=form``, optional event) or the answers
    workbook (``kind=answers``)."""
    form = await request.form()
    mailer = _mailer(request)
    with tempfile.TemporaryDirectory() as tmp:
        path = await _upload(files, tmp)
        if form.get("kind") == "answers":
            ans.import_answers(engine, user, plan_id, path, on_saved=mailer)
        else:
            capture.import_form(engine, user, plan_id, path,
                                event_id=parse_id(_str(form, "event")))
    return _after_answer(f"/consult/plans/{plan_id}", mailer)


@router.get("/consult/inputs/{input_id}")
def input_page(request: Request, input_id: PathId, engine: EngineDep,
               user: ReadConsult) -> HTMLResponse:
    """One input: its answer form, similar inputs, who answered what."""
    return render(request, "consult/input.html", {
        **views.input_page(engine, user, input_id), "dispositions": DISPOSITIONS,
        "mail_failed": parse_id(request.query_params.get("mail_failed") or "")})


@router.post("/consult/inputs/{input_id}")
async def answer_page(request: Request, input_id: PathId, engine: EngineDep,
                      user: WriteConsult) -> Response:
    """Save the answer (the same answer to the similar inputs ticked)."""
    form = await request.form()
    # similar inputs not answered yet ("also"), and answered ones whose answer is to be
    # replaced, ticked apart under their current answers ("replace")
    ids = [input_id] + [i for i in (parse_id(v) for v in
                                    [*form.getlist("also"), *form.getlist("replace")]) if i]
    version, section = ans.parse_change(_str(form, "change"))
    status = _str(form, "status")
    mailer = _mailer(request)
    try:
        ans.answer(engine, user, ids, ans.Answer(
            _str(form, "response"), parse_disposition(status) or status,
            _str(form, "reason"), version, section), via="page", on_saved=mailer)
    except InputError as exc:
        return render_error(request, exc, back=f"/consult/inputs/{input_id}")
    return _after_answer(f"/consult/inputs/{input_id}", mailer)


@router.post("/consult/inputs/{input_id}/attachment")
async def attach_page(request: Request, input_id: PathId, engine: EngineDep,
                      user: WriteConsult, files: list[UploadFile]) -> Response:
    """Keep the scanned letter or e-mail (PDF, JPG, PNG) with the input."""
    from rancang.features.consult import attachments

    upload = files[0]
    content = await upload.read(attachments.MAX_BYTES + 1)
    attachments.attach(engine, user, attachments.folder(request.app.state.settings),
                       input_id, upload.filename or "", content)
    return _see_other(f"/consult/inputs/{input_id}")


@router.get("/consult/inputs/{input_id}/attachment")
def attachment_page(request: Request, input_id: PathId, engine: EngineDep,
                    user: ReadConsult) -> Response:
    """The input's attachment (the plan region's team only)."""
    from fastapi.responses import FileResponse

    from rancang.features.consult import attachments

    path, name, media = attachments.attachment(
        engine, user, attachments.folder(request.app.state.settings), input_id)
    return FileResponse(path, filename=name, media_type=media,
                        content_disposition_type="attachment")


@router.get("/consult/events/{event_id}/checkin.{fmt}")
def checkin_qr_page(request: Request, event_id: PathId, fmt: str, engine: EngineDep,
                    user: ReadConsult) -> Response:
    """The QR code of the event's check-in link, as SVG (shown on the event page) or as
    a large PNG to print."""
    from rancang.features.consult import qr

    if fmt not in ("svg", "png"):
        raise InputError(Problem(Msg("consult.out.type", suffix="." + fmt[:10],
                                     known=".svg, .png"), column="fmt"))
    event = events.get_event(engine, user, event_id, "consult.read")
    url = qr.checkin_url(str(request.base_url), event.checkin_code)
    if fmt == "svg":
        return Response(qr.svg(url), media_type="image/svg+xml")
    return Response(qr.png(url), media_type="image/png", headers={
        "Content-Disposition": f'attachment; filename="presensi-{event.checkin_code}.png"'})


@router.get("/consult/events/{event_id}")
def event_page(request: Request, event_id: PathId, engine: EngineDep,
               user: ReadConsult) -> HTMLResponse:
    """An event: invited vs present by group, personal links, check-in code, inputs,
    the minutes' fields and downloads."""
    return render(request, "consult/event.html", {
        **views.event_page(engine, user, event_id), "groups": GROUPS,
        "base": str(request.base_url).rstrip("/")})


@router.post("/consult/events/{event_id}")
async def event_save(request: Request, event_id: PathId, engine: EngineDep,
                     user: WriteConsult) -> Response:
    """Save the minutes' fields and corrections of the event (only the fields the form
    sends), and invite more organisations (``invites``, one a line)."""
    form = await request.form()

    def sent(name: str) -> str | None:
        return _str(form, name) if name in form else None

    speakers = sent("speakers")
    signer = (_str(form, "signatory_name"), _str(form, "signatory_position"),
              _str(form, "signatory_nip"))
    invites = _invite_lines(_str(form, "invites"))
    try:
        events.check_invites(invites)  # nothing is saved when an invitation is wrong
        events.set_minutes(engine, user, event_id, points=sent("points"),
                           agreements=sent("agreements"), follow_up=sent("follow_up"),
                           number=sent("number") or None, title=sent("title"),
                           place=sent("place"), organiser=sent("organiser"),
                           agenda=sent("agenda"), chair=sent("chair"),
                           speakers=None if speakers is None else speakers.splitlines(),
                           signatory=signer if "signatory_name" in form else None)
    except InputError as exc:
        return render_error(request, exc, back=f"/consult/events/{event_id}")
    if invites:
        events.add_invites(engine, user, event_id, invites)
    return _see_other(f"/consult/events/{event_id}")


@router.post("/consult/events/{event_id}/attendance")
async def attendance_page(event_id: PathId, engine: EngineDep, user: WriteConsult,
                          files: list[UploadFile]) -> Response:
    """Upload an attendance list (XLSX or CSV)."""
    with tempfile.TemporaryDirectory() as tmp:
        events.load_attendance(engine, user, event_id, await _upload(files, tmp))
    return _see_other(f"/consult/events/{event_id}")


@router.get("/consult/events/{event_id}/minutes.{fmt}")
def minutes_page(event_id: PathId, fmt: str, engine: EngineDep,
                 user: ReadConsult) -> Response:
    """The berita acara as DOCX or PDF."""
    if fmt not in ("docx", "pdf"):
        raise InputError(Problem(Msg("consult.out.type", suffix="." + fmt[:10],
                                     known=".docx, .pdf"), column="fmt"))
    with tempfile.TemporaryDirectory() as tmp:
        out = minutes.write_minutes(engine, user, event_id, Path(tmp) / f"ba.{fmt}",
                                    lang=current_language())
        return _download(out, f"berita-acara-{event_id}.{fmt}", fmt)


@router.get("/consult/events/{event_id}/capture")
def capture_page(request: Request, event_id: PathId, engine: EngineDep,
                 user: WriteConsult) -> HTMLResponse:
    """The facilitator's fast capture page: inputs are queued in the browser and sent
    when the network is there (``static/capture.js``)."""
    event, sections = views.capture_page(engine, user, event_id)
    items = list_inputs(engine, user, event.plan_id, Filters(event_id=event.id))
    return render(request, "consult/capture.html", {"event": event, "sections": sections,
                                                    "titles": dict(sections), "items": items,
                                                    "groups": GROUPS})
