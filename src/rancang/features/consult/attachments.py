"""An input's attachment: the scan of a letter (channel ``surat``) or the e-mail as PDF or
image (channel ``email``), kept in ``<data folder>/consult/attachments`` as the
monitoring feature keeps its evidence files, under a random name. The type is read from
the file's first bytes (a PDF, JPEG or PNG signature), never from its name; the size is
limited. Only the team of the plan's region attaches and downloads."""

from __future__ import annotations

import secrets
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, update

from rancang.core.actors import Actor
from rancang.core.errors import InputError, NotFoundError, Problem
from rancang.core.i18n import Msg
from rancang.features.consult.inputs import InputInfo, get_input, team_input
from rancang.features.consult.models import ConsultInput

MAX_BYTES = 10 * 1024 * 1024
#: the first bytes of each type kept, and its media type
SIGNATURES = {"pdf": (b"%PDF-", "application/pdf"),
              "jpg": (b"\xff\xd8\xff", "image/jpeg"),
              "png": (b"\x89PNG\r\n\x1a\n", "image/png")}


def folder(settings: Any) -> Path:
    """Where attachments are kept: ``<data folder>/consult/attachments``."""
    return Path(settings.data_dir) / "consult" / "attachments"


def sniff(content: bytes) -> str | None:
    """The type of a file by its first bytes (``pdf``, ``jpg``, ``png``), else None.

    >>> sniff(b"%PDF-1.7 ..."), sniff(b"\\x89PNG\\r\\n\\x1a\\n..."), sniff(b"MZ\\x90")
    ('pdf', 'png', None)
    """
    for kind, (magic, _) in SIGNATURES.items():
        if content.startswith(magic):
            return kind
    return None


def attach(engine: Engine, actor: Actor, base: Path, input_id: int, name: str,
           content: bytes) -> InputInfo:
    """Keep ``content`` as the attachment of an input (replacing an earlier one); the
    team of the plan's region only (``consult.write``)."""
    item = team_input(engine, actor, input_id)
    if not content:
        raise InputError(Problem(Msg("consult.attach.empty"), file=name[:200],
                                 column="file"))
    if len(content) > MAX_BYTES:
        raise InputError(Problem(Msg("consult.attach.too_large", mb=MAX_BYTES // 2**20),
                                 file=name[:200], column="file"))
    kind = sniff(content)
    if kind is None:
        raise InputError(Problem(Msg("consult.attach.bad_type", known="PDF, JPG, PNG"),
                                 file=name[:200], column="file"))
    shown = (Path(name or "").name or f"lampiran.{kind}")[-200:]
    stored = f"{item.id}-{secrets.token_hex(12)}.{kind}"
    base.mkdir(parents=True, exist_ok=True)
    (base / stored).write_bytes(content)
    with engine.begin() as conn:
        conn.execute(update(ConsultInput).where(ConsultInput.id == item.id).values(
            attachment_file=stored, attachment_name=shown, attachment_type=kind))
    if item.attachment_file and item.attachment_file != stored:
        (base / Path(item.attachment_file).name).unlink(missing_ok=True)
    return team_input(engine, actor, input_id)


def attachment(engine: Engine, actor: Actor, base: Path, input_id: int
               ) -> tuple[Path, str, str]:
    """(path, shown name, media type) of an input's attachment, for the team of the
    plan's region (``consult.read``); 404 for anyone else or when there is none."""
    item = get_input(engine, actor, input_id)
    missing = NotFoundError(Msg("consult.attach.not_found", id=input_id))
    actor.require_visible("consult.read", item.region_code, missing)
    path = base / Path(item.attachment_file).name
    if not item.attachment_file or item.attachment_type not in SIGNATURES \
            or not path.is_file():
        raise missing
    return path, item.attachment_name, SIGNATURES[item.attachment_type][1]
