"""The participant's pages, reached by their personal link (no account): the pairwise
comparison form with the consistency computed live, and the answer sent once.

The token in the link is the credential: an unknown one answers 404, a used one or one
past the deadline 409 with the reason.
"""

from __future__ import annotations

from fastapi import APIRouter, Request
from fastapi.responses import HTMLResponse

from rancang.core.i18n import Msg
from rancang.decision.ahp import RANDOM_INDEX, ahp_priorities
from rancang.features.decide import survey as svc
from rancang.web.deps import PUBLIC, EngineDep
from rancang.web.render import render

router = APIRouter(include_in_schema=False)
#: Saaty's scale as the form offers it, row criterion first: 9 ... 2, 1, 1/2 ... 1/9.
SCALE = [str(v) for v in range(9, 1, -1)] + ["1"] + [f"1/{v}" for v in range(2, 10)]


def _form_context(survey: svc.SurveyView, person: svc.ParticipantView) -> dict[str, object]:
    n = len(survey.criteria)
    return {"survey": survey, "person": person, "pairs": svc.pairs(n), "scale": SCALE,
            "closed": survey.closed(),
            "ri": list(RANDOM_INDEX["saaty1980"]), "threshold": 0.10}


@router.get("/survey/{link}", dependencies=[PUBLIC])
def form_page(request: Request, link: str, engine: EngineDep) -> HTMLResponse:
    """The form of a personal link (or why it takes no more answers)."""
    survey, person = svc.by_token(engine, link)
    return render(request, "decide/form.html", _form_context(survey, person))


@router.post("/survey/{link}", dependencies=[PUBLIC])
async def form_submit(request: Request, link: str, engine: EngineDep) -> HTMLResponse:
    """Store the answer of a personal link once; shows the consistency the server
    computed (the authoritative value)."""
    survey, person = svc.by_token(engine, link)
    if survey.closed():  # why the answer is refused comes before what is wrong with it
        raise svc.SurveyClosed(Msg("decide.survey.closed"))
    if person.submitted_at is not None:
        raise svc.SurveyClosed(Msg("decide.survey.already"))
    form = await request.form()
    values = svc.judgments_from_form(form, len(survey.criteria))
    person = svc.submit(engine, link, values, via="web")
    result = ahp_priorities(svc.matrix_from_upper(values, len(survey.criteria)))
    return render(request, "decide/form.html", {
        **_form_context(survey, person), "server_cr": result.cr,
        "server_weights": [float(w) for w in result.weights]})
