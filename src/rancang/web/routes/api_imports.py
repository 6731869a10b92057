"""JSON API: uploads (BPS PDRB files, register spreadsheets) and the import history."""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Form, UploadFile

from rancang.web.deps import EngineDep, LangDep, UserDep
from rancang.web.services.imports import import_history, import_pdrb, import_register

router = APIRouter(prefix="/api/v1/imports", tags=["imports"])


@router.post("/pdrb", status_code=201)
async def upload_pdrb(engine: EngineDep, user: UserDep, lang: LangDep, files: list[UploadFile],
                      name: Annotated[str, Form()] = "") -> dict[str, Any]:
    """Upload BPS PDRB files; 422 with ``problems`` (file, sheet, row, column) when bad."""
    contents = [(f.filename or "upload", await f.read()) for f in files]
    return import_pdrb(engine, user, contents, name=name, lang=lang)


@router.post("/register", status_code=201)
async def upload_register(engine: EngineDep, user: UserDep, lang: LangDep,
                          files: list[UploadFile]) -> dict[str, Any]:
    """Upload register spreadsheets (all-or-nothing; analysts: own region only)."""
    contents = [(f.filename or "upload", await f.read()) for f in files]
    return import_register(engine, user, contents, lang=lang)


@router.get("")
def history(engine: EngineDep, user: UserDep) -> list[dict[str, Any]]:
    """Import history (administrators: all; analysts: own region and own uploads)."""
    return import_history(engine, user)
