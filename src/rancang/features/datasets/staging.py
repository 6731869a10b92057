"""Uploads held for confirmation: the files of one upload, until the uploader saves or
cancels (at most :data:`KEEP` long)."""

from __future__ import annotations

import io
import secrets
import zipfile
from datetime import timedelta

from sqlalchemy import Engine, delete, insert, select

from rancang.core.actors import Actor
from rancang.core.db.base import utcnow
from rancang.core.errors import NotFoundError
from rancang.features.datasets.models import UploadStage

KEEP = timedelta(days=1)


def _pack(files: list[tuple[str, bytes]]) -> bytes:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as zf:
        for k, (_, data) in enumerate(files):
            zf.writestr(f"{k:04d}", data)
    return buf.getvalue()


def _unpack(names: list[str], content: bytes) -> list[tuple[str, bytes]]:
    with zipfile.ZipFile(io.BytesIO(content)) as zf:
        return [(name, zf.read(f"{k:04d}")) for k, name in enumerate(names)]


def stage(engine: Engine, actor: Actor, kind: str, name: str,
          files: list[tuple[str, bytes]]) -> str:
    """Keep ``files`` for ``actor`` and return the token that saves or cancels them.

    >>> from rancang.core.db import ensure_schema, make_engine
    >>> eng = make_engine("sqlite://"); _ = ensure_schema(eng)
    >>> who = Actor(1, "ana")
    >>> token = stage(eng, who, "pdrb", "x", [("a.csv", b"1,2")])
    >>> take(eng, who, token)
    ('pdrb', 'x', [('a.csv', b'1,2')])
    """
    token = secrets.token_urlsafe(24)
    now = utcnow()
    with engine.begin() as conn:
        conn.execute(delete(UploadStage).where(UploadStage.created_at < now - KEEP))
        conn.execute(insert(UploadStage).values(
            token=token, actor=actor.username, kind=kind, name=name[:200],
            files=[n for n, _ in files], content=_pack(files), created_at=now))
    return token


def take(engine: Engine, actor: Actor, token: str, *, keep: bool = False
         ) -> tuple[str, str, list[tuple[str, bytes]]]:
    """The staged upload ``token`` of ``actor`` (kind, name, files), removed unless
    ``keep``; ``NotFoundError`` when it is unknown, expired or someone else's."""
    t = UploadStage.__table__
    with engine.begin() as conn:
        row = conn.execute(select(t).where(t.c.token == token, t.c.actor == actor.username,
                                           t.c.created_at >= utcnow() - KEEP)).first()
        if row is None:
            raise NotFoundError("datasets.stage_gone")
        if not keep:
            conn.execute(delete(t).where(t.c.token == token))
    return row.kind, row.name, _unpack(list(row.files), row.content)


def cancel(engine: Engine, actor: Actor, token: str) -> None:
    """Forget a staged upload of ``actor`` (nothing saved)."""
    t = UploadStage.__table__
    with engine.begin() as conn:
        conn.execute(delete(t).where(t.c.token == token, t.c.actor == actor.username))
