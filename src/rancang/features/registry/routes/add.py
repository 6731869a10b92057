"""The "add firm" form: one firm typed on the web goes through the importer's own checks
(region, codes, numbers, lengths), all or nothing, like a one-row workbook."""

from __future__ import annotations

import csv
import io
from typing import Any
from urllib.parse import urlencode

from fastapi import APIRouter, Request
from fastapi.responses import HTMLResponse, RedirectResponse, Response

from rancang.core.actors import Forbidden
from rancang.core.errors import InputError, Problem
from rancang.core.i18n import Msg
from rancang.features.registry.routes import ImportRegister
from rancang.web.deps import EngineDep
from rancang.web.render import render

pages = APIRouter(include_in_schema=False)

#: the form's fields, in order, with the header the importer reads each from
FORM: dict[str, str] = {
    "name": "Nama Perusahaan", "nib": "NIB", "village_code": "Kode Desa",
    "address": "Alamat", "kbli": "KBLI 2020", "product": "Jenis Produk",
    "owner_name": "Nama Pemilik", "phone": "No. HP", "period": "Tahun",
    "workers_men": "Tenaga Kerja L", "workers_women": "Tenaga Kerja P",
    "investment": "Nilai Investasi (Rp)", "output_value": "Nilai Produksi (Rp)",
    "latitude": "Lintang", "longitude": "Bujur",
}
REQUIRED = ("name", "village_code", "period")


def _by_field(problems: list[Problem]) -> tuple[dict[str, list[str]], list[str]]:
    """The problems next to their field; the others (none of the form's columns) apart."""
    header_field = {h.lower(): f for f, h in FORM.items()}
    near: dict[str, list[str]] = {}
    other: list[str] = []
    for p in problems:
        field = header_field.get(str(p.column or "").lower())
        if field:
            near.setdefault(field, []).append(p.text())
        else:
            other.append(p.text())
    return near, other


@pages.get("/register/add")
def add_page(request: Request, user: ImportRegister) -> HTMLResponse:
    """The empty form."""
    return render(request, "registry/add.html", {"fields": FORM, "values": {},
                                                 "required": REQUIRED, "near": {},
                                                 "other": []})


@pages.post("/register/add", response_model=None)
async def add_firm(request: Request, engine: EngineDep, user: ImportRegister) -> Response:
    """Save the firm, or show the form again with the user's values and each message next
    to its field."""
    from rancang.features.registry.upload import import_register

    form = await request.form()
    values = {f: str(form.get(f) or "").strip() for f in FORM}
    village = values["village_code"]
    if village and not user.can("registry.import", village):
        raise Forbidden("registry.village_outside", village=village,
                        own=", ".join(user.scope("registry.import").regions))
    try:
        missing = [Problem(Msg("registry.add.required"), column=FORM[f])
                   for f in REQUIRED if not values[f]]
        if missing:
            raise InputError(missing)
        buf = io.StringIO()
        w = csv.writer(buf)
        w.writerow(FORM.values())
        w.writerow(values.values())
        files = [("formulir.csv", buf.getvalue().encode("utf-8"))]
        trial: dict[str, Any] = import_register(engine, user, files, dry_run=True)
        if not trial.get("added"):
            # the NIB, or the name and place, are of a stored firm: change it on its page
            raise InputError(Problem(Msg("registry.add.exists"), column=FORM["nib"]))
        import_register(engine, user, files, confirmed=True)
    except InputError as exc:
        near, other = _by_field(exc.problems)
        return render(request, "registry/add.html", {
            "fields": FORM, "values": values, "required": REQUIRED, "near": near,
            "other": other}, status=422)
    return RedirectResponse("/register?" + urlencode({"q": values["name"]}), status_code=303)
