"""The analyst's survey pages: list and create, one survey's answers and group weights,
a participant's XLSX form to download and to upload back."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from fastapi import APIRouter, Request, UploadFile
from fastapi.responses import HTMLResponse, RedirectResponse, Response

from rancang.core.errors import InputError, Problem
from rancang.core.i18n import Msg, current_language
from rancang.features.decide import survey as svc
from rancang.features.decide.routes import ReadSurveys, WriteSurveys
from rancang.features.decide.survey_view import survey_context
from rancang.web.deps import EngineDep, PathId
from rancang.web.render import render

router = APIRouter(include_in_schema=False)
XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"


def parse_deadline(raw: str) -> datetime:
    """``2026-12-31T17:00`` or ``2026-12-31 17:00`` (UTC), as a ``datetime-local`` field
    sends it; anything else is named."""
    try:
        return datetime.fromisoformat(raw.strip().replace(" ", "T"))
    except ValueError:
        raise InputError(Problem(Msg("decide.survey.bad_deadline", value=raw[:40]),
                                 column="deadline")) from None


def survey_from_form(form: Any) -> dict[str, Any]:
    """The survey's fields from the creation form's text areas."""
    crit = [svc.Criterion(p[0], p[1] if len(p) > 1 else "", " | ".join(p[2:]))
            for p in svc.parse_lines(str(form.get("criteria", "")))]
    people = [(p[0], " | ".join(p[1:])) for p in
              svc.parse_lines(str(form.get("participants", "")))]
    alts = [" | ".join(p) for p in svc.parse_lines(str(form.get("alternatives", "")))]
    return {"title": str(form.get("title", "")), "criteria": crit, "participants": people,
            "alternatives": alts,
            "deadline": parse_deadline(str(form.get("deadline", "")))}


@router.get("/decide/surveys")
def surveys_page(request: Request, engine: EngineDep, user: ReadSurveys) -> HTMLResponse:
    """The surveys of the actor's regions and the form for a new one."""
    return _list(request, engine, user, {}, [])


def _list(request: Request, engine: Any, user: Any, form: dict[str, str],
          problems: list[Problem], status: int = 200) -> HTMLResponse:
    lang = current_language()
    return render(request, "decide/surveys.html", {
        "surveys": svc.list_surveys(engine, user),
        "may_write": user.can("decide.survey.write"),
        "form": form, "default_region": user.region_code or "",
        "default_deadline": svc.default_deadline().isoformat(timespec="minutes"),
        "problems": [p.as_dict(lang) for p in problems]}, status=status)


@router.post("/decide/surveys")
async def create_page(request: Request, engine: EngineDep, user: WriteSurveys) -> Response:
    """Create a survey; a refused form comes back with the user's text and the problems."""
    form = await request.form()
    kept = {k: str(form.get(k, "")) for k in ("title", "region", "criteria", "alternatives",
                                              "participants", "deadline")}
    try:
        sid = svc.create_survey(engine, user, region=kept["region"].strip(),
                                **survey_from_form(form))
    except InputError as exc:
        return _list(request, engine, user, kept, exc.problems, status=422)
    return RedirectResponse(f"/decide/surveys/{sid}", status_code=303)


@router.get("/decide/surveys/{survey_id}")
def survey_page(request: Request, survey_id: PathId, engine: EngineDep,
                user: ReadSurveys) -> HTMLResponse:
    """One survey: criteria, participants with their links and consistency, group weights
    (AIJ and AIP)."""
    survey = svc.get_survey(engine, user, survey_id)
    return render(request, "decide/survey.html", {
        **survey_context(survey, str(request.base_url).rstrip("/")),
        "may_write": user.can("decide.survey.write", survey.region_code)})


@router.get("/decide/surveys/{survey_id}/forms/{participant_id}.xlsx")
def form_download(survey_id: PathId, participant_id: PathId, engine: EngineDep,
                  user: ReadSurveys) -> Response:
    """A participant's XLSX form (the FGD's Indonesian questionnaire, read back on
    upload)."""
    survey = svc.get_survey(engine, user, survey_id)
    person = svc.participant(survey, participant_id)
    return Response(svc.form_xlsx(survey, person), media_type=XLSX, headers={
        "Content-Disposition":
            f'attachment; filename="survei-{survey_id}-peserta-{person.position:02d}.xlsx"'})


@router.post("/decide/surveys/{survey_id}/forms/{participant_id}")
async def form_upload(request: Request, survey_id: PathId, participant_id: PathId,
                      engine: EngineDep, user: WriteSurveys,
                      files: list[UploadFile]) -> Response:
    """Store a participant's filled XLSX form as their answer (all or nothing)."""
    upload = files[0]
    content = await upload.read()
    svc.submit_xlsx(engine, user, survey_id, participant_id, content,
                    upload.filename or "form.xlsx")
    return RedirectResponse(f"/decide/surveys/{survey_id}", status_code=303)
