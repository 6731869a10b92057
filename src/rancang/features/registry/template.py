"""The register template workbook: the columns Rancang reads, what each means and which
values it accepts, with one synthetic example row (the upload page and
``rancang registry template`` offer it)."""

from __future__ import annotations

from pathlib import Path

from rancang.core.i18n import text
from rancang.features.registry.mapping import FIELDS

#: fields of the template, in the order of an office register
COLUMNS = ("nib", "name", "legal_form", "owner_name", "phone", "email", "address",
           "village_code", "village_name", "district_name", "regency_name", "latitude",
           "longitude", "kbli", "kbli_others", "product", "sentra", "status", "period",
           "workers_men", "workers_women", "workers", "investment", "capacity",
           "capacity_unit", "output_quantity", "output_unit", "output_value", "raw_material",
           "raw_material_quantity", "raw_material_value", "raw_material_origin",
           "export_share", "domestic_share", "export_destinations", "cert_sni", "cert_halal",
           "cert_others")
REQUIRED = ("name", "period", "village_code")
EXAMPLE = {"nib": "9120001234567", "name": "UD Contoh Roti", "legal_form": "UD",
           "owner_name": "Contoh", "address": "Jl. Contoh No. 1",
           "village_code": "72.06.05.1014", "kbli": "10710", "product": "Roti",
           "status": "draf", "period": "2024", "workers_men": 2, "workers_women": 3,
           "workers": 5, "investment": 25000000, "cert_halal": "Ya"}


ACRONYMS = {"Nib": "NIB", "Kbli": "KBLI", "Sni": "SNI"}


def header(field: str) -> str:
    """The template's header of ``field``: its first recognised variant, capitalised.

    >>> header("village_code"), header("kbli_others"), header("name")
    ('Kode Desa', 'KBLI Lain', 'Nama Perusahaan')
    """
    words = FIELDS[field][1][0].title().split()
    return " ".join(ACRONYMS.get(w, w) for w in words)


def allowed(field: str) -> str:
    """What ``field`` accepts, in the current language.

    >>> allowed("kbli")[:13], allowed("workers"), allowed("cert_halal")
    ('KBLI 2020 ind', 'bilangan bulat >= 0', 'Ya / Tidak')
    """
    from rancang.features.registry.edits import limit
    from rancang.features.registry.models import Enterprise

    kind = FIELDS[field][0]
    own = {"nib", "kbli", "village_code", "district_code", "regency_code", "province_code",
           "period", "status", "latitude", "longitude"}
    if field in own:
        return text(f"registry.allowed_{field}")
    if field.endswith("_share"):
        return text("registry.allowed_share")
    if field == "raw_material_origin":
        return text("registry.allowed_origin")
    if kind == "text":
        n = limit(field) if field in Enterprise.__table__.c else 200
        return text("registry.allowed_text", n=n)
    return text(f"registry.allowed_{kind}")


def write_template(out: str | Path) -> Path:
    """Write the template workbook: a sheet with the headers to fill in, and a guide sheet
    (header, meaning, accepted values, required, a synthetic example value)."""
    from openpyxl import Workbook
    from openpyxl.styles import Font

    from rancang.features.registry.labels import field_label

    wb = Workbook()
    ws = wb.active
    assert ws is not None
    ws.title = text("registry.template_sheet")
    ws.append([header(f) for f in COLUMNS])
    for c in ws[1]:
        c.font = Font(bold=True)
    guide = wb.create_sheet(text("registry.template_help_sheet"))
    guide.append([text("registry.template_title")])
    guide.append([text("registry.template_note")])
    guide.append([])
    guide.append([text(k) for k in ("registry.template_column", "registry.template_meaning",
                                    "registry.template_allowed",
                                    "registry.template_required",
                                    "registry.template_example")])
    for c in guide[4]:
        c.font = Font(bold=True)
    for f in COLUMNS:
        guide.append([header(f), field_label(f), allowed(f),
                      text("ui.yes") if f in REQUIRED else "", EXAMPLE.get(f)])
    target = Path(out)
    target.parent.mkdir(parents=True, exist_ok=True)
    wb.save(target)
    return target
