"""The KBLI suggestion page ``/kbli`` and the API ``/api/v1/kbli/suggest``."""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Depends, Query, Request
from fastapi.responses import HTMLResponse
from pydantic import BaseModel

from rancang.core.actors import Actor
from rancang.core.errors import InputError
from rancang.features.kbli.coder import Suggestion
from rancang.features.kbli.service import explain, suggest_text
from rancang.web.deps import Permit
from rancang.web.errors import ERROR_RESPONSES
from rancang.web.render import render

router = APIRouter()
UseKbli = Annotated[Actor, Depends(Permit("kbli.use"))]


class SuggestionOut(BaseModel):
    """One suggested KBLI 2020 class with its reasons."""

    code: str
    title: str
    score: float
    matched: list[str]
    fields: list[str]
    excerpt: str
    corrected: list[tuple[str, str]]
    why: str


def _out(s: Suggestion) -> SuggestionOut:
    return SuggestionOut(code=s.code, title=s.title, score=s.score, matched=list(s.matched),
                         fields=list(s.fields), excerpt=s.excerpt,
                         corrected=list(s.corrected), why=explain(s))


@router.get("/kbli", include_in_schema=False)
def kbli_page(request: Request, user: UseKbli, text: str = "", top: int = 3) -> HTMLResponse:
    """A phrase in, its best classes out, each with the words that matched."""
    ctx: dict[str, Any] = {"text": text, "top": top, "found": [], "problems": []}
    if text.strip():
        try:
            ctx["found"] = [_out(s) for s in suggest_text(text, top=top)]
        except InputError as exc:
            ctx["problems"] = exc.problems
    return render(request, "kbli/kbli.html", ctx)


@router.get("/api/v1/kbli/suggest", tags=["kbli"], responses=ERROR_RESPONSES)
def kbli_suggest(user: UseKbli, text: Annotated[str, Query(max_length=2000)],
                 top: int = 3) -> list[SuggestionOut]:
    """The ``top`` best KBLI 2020 classes for a phrase (empty when no word is known)."""
    return [_out(s) for s in suggest_text(text, top=top)]
