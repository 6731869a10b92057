"""The QR code of an event's check-in link (segno, pure Python): an SVG shown on the event
page and a large PNG to print and put at the door; participants scan it and land on the
phone check-in page of the event."""

from __future__ import annotations

import io
from typing import Any


def checkin_url(base_url: str, code: str) -> str:
    """The check-in link of an event.

    >>> checkin_url("https://rancang.example.go.id/", "AB12CD")
    'https://rancang.example.go.id/consult/checkin/AB12CD'
    """
    return f"{base_url.rstrip('/')}/consult/checkin/{code}"


def code(url: str) -> Any:
    """The QR code of ``url`` (error correction M: still read with a corner smudged or a
    fold in the paper)."""
    import segno

    return segno.make_qr(url, error="m", boost_error=False)


def svg(url: str) -> bytes:
    """The QR code as an SVG document (scale 4, the quiet zone of 4 modules)."""
    out = io.BytesIO()
    code(url).save(out, kind="svg", scale=4, border=4, xmldecl=True,
                   title="QR", svgclass="qr")
    return out.getvalue()


def png(url: str) -> bytes:
    """The QR code as a PNG for printing (10 pixels a module: about 9 cm at 300 dpi for
    a version-4 code)."""
    out = io.BytesIO()
    code(url).save(out, kind="png", scale=10, border=4)
    return out.getvalue()
