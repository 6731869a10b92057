"""Field data collection (pendataan): the field officer's phone form.

The form works without a network: the phone keeps each record, with the id it gave it, in
its own storage and sends it when the network is back (``static/field.js``).
:func:`receive` stores one sent record through the register importer's own checks (the
same as an uploaded one-row sheet: region, codes, numbers, lengths; all or nothing; a
blank field never erases a stored value). A new firm comes in as a draft for review; an
existing one (same NIB, or same name, address and village) is updated. The phone's id is
kept in ``field_entry``: a record sent again (its answer lost on the way back) is
recognised and answered as before, never stored twice.
"""

from __future__ import annotations

import base64
import binascii
import csv
import io
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, insert, select
from sqlalchemy.exc import IntegrityError

from rancang.core.actors import Actor, Forbidden
from rancang.core.errors import InputError, Problem
from rancang.core.i18n import Msg
from rancang.features.registry.models import Enterprise, FieldEntry
from rancang.features.registry.normalize import match_key

#: the form's fields, in order, with the header the importer reads each from
FIELDS: dict[str, str] = {
    "name": "Nama Perusahaan", "nib": "NIB", "village_code": "Kode Desa",
    "address": "Alamat", "kbli": "KBLI 2020", "product": "Jenis Produk",
    "owner_name": "Nama Pemilik", "phone": "No. HP", "period": "Tahun",
    "workers_men": "Tenaga Kerja L", "workers_women": "Tenaga Kerja P",
    "latitude": "Lintang", "longitude": "Bujur",
}
REQUIRED = ("name", "village_code", "period")
#: a photo is a JPEG or PNG of at most this many bytes (the phone shrinks it first)
PHOTO_LIMIT = 2_000_000
CLIENT_ID = re.compile(r"^[A-Za-z0-9_-]{8,64}$")


@dataclass(frozen=True)
class Received:
    """What became of a sent record: the firm it is, and whether it had come before."""

    client_id: str
    enterprise_id: int | None
    repeated: bool


def photo_folder(settings: Any) -> Path:
    """Where the field photos are kept: ``<data folder>/register/photos``."""
    return Path(settings.data_dir) / "register" / "photos"


def _photo(data: str) -> tuple[bytes, str]:
    """A ``data:image/...;base64,`` address as bytes and file suffix.

    >>> _photo("data:image/png;base64," + base64.b64encode(b"\\x89PNG\\r\\n").decode())
    (b'\\x89PNG\\r\\n', 'png')
    """
    found = re.match(r"^data:image/(jpeg|png);base64,(.+)$", data, re.S)
    if not found:
        raise InputError(Problem(Msg("registry.field.bad_photo"), column="foto"))
    try:
        raw = base64.b64decode(found.group(2), validate=True)
    except (binascii.Error, ValueError):
        raise InputError(Problem(Msg("registry.field.bad_photo"), column="foto")) from None
    if len(raw) > PHOTO_LIMIT:
        raise InputError(Problem(Msg("registry.field.big_photo",
                                     limit=PHOTO_LIMIT // 1_000_000), column="foto"))
    return raw, "jpg" if found.group(1) == "jpeg" else "png"


def _earlier(engine: Engine, client_id: str) -> Received | None:
    t = FieldEntry.__table__
    with engine.connect() as conn:
        row = conn.execute(select(t.c.enterprise_id).where(t.c.client_id == client_id)).first()
    return None if row is None else Received(client_id, row[0], True)


def _firm(engine: Engine, values: dict[str, str]) -> int | None:
    """The id of the stored firm the record is (by NIB, else by name, address, village)."""
    e = Enterprise.__table__
    where = (e.c.nib == values["nib"]) if values["nib"] else (
        e.c.match_key == match_key(values["name"], values["address"], values["village_code"]))
    with engine.connect() as conn:
        return conn.execute(select(e.c.id).where(where, e.c.merged_into_id.is_(None))
                            .order_by(e.c.id.desc())).scalars().first()


def receive(engine: Engine, actor: Actor, client_id: str, values: dict[str, Any], *,
            photo: str | None = None, folder: Path | None = None) -> Received:
    """Store one record sent from the phone form (once per ``client_id``).

    Raises :class:`InputError` naming the form's fields (the importer's own messages) when
    a value is wrong, and :class:`Forbidden` for a village outside the actor's regions.
    """
    if not CLIENT_ID.match(client_id or ""):
        raise InputError(Problem(Msg("registry.field.bad_id")))
    earlier = _earlier(engine, client_id)
    if earlier is not None:
        return earlier
    clean = {f: str(values.get(f) or "").strip() for f in FIELDS}
    village = clean["village_code"]
    if village and not actor.can("registry.import", village):
        raise Forbidden("registry.village_outside", village=village,
                        own=", ".join(actor.scope("registry.import").regions))
    missing = [Problem(Msg("registry.add.required"), column=FIELDS[f])
               for f in REQUIRED if not clean[f]]
    if missing:
        raise InputError(missing)
    image = _photo(photo) if photo else None
    from rancang.features.registry.upload import import_register

    buf = io.StringIO()
    w = csv.writer(buf)
    w.writerow(FIELDS.values())
    w.writerow(clean.values())
    import_register(engine, actor, [("pendataan.csv", buf.getvalue().encode("utf-8"))],
                    confirmed=True)
    firm = _firm(engine, clean)
    stored: str | None = None
    if image is not None and folder is not None:
        folder.mkdir(parents=True, exist_ok=True)
        stored = f"{firm or 'x'}-{client_id}.{image[1]}"
        (folder / stored).write_bytes(image[0])
    try:
        with engine.begin() as conn:
            conn.execute(insert(FieldEntry.__table__).values(
                client_id=client_id, enterprise_id=firm, username=actor.username,
                photo=stored))
    except IntegrityError:  # the same record sent twice at once: the other one is kept
        pass
    return Received(client_id, firm, False)


def villages(engine: Engine, actor: Actor, *, limit: int = 2000) -> list[tuple[str, str]]:
    """The villages of the register inside the actor's import regions (code, name), for
    the form's suggestions."""
    e = Enterprise.__table__
    scope = actor.scope("registry.import")
    q = select(e.c.village_code, e.c.village_name).where(e.c.village_code.is_not(None))
    if not scope.everywhere:
        if not scope.regions:
            return []
        from sqlalchemy import or_

        q = q.where(or_(*[e.c.village_code.startswith(r) for r in scope.regions]))
    with engine.connect() as conn:
        rows = conn.execute(q.distinct().order_by(e.c.village_code).limit(limit)).all()
    return [(str(c), str(n or "")) for c, n in rows]
