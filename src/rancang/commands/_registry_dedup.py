"""``rancang registry dedup`` and merge undo (kept apart to keep modules small)."""

from __future__ import annotations

import typer


def register(reg: typer.Typer) -> None:
    """Add the de-duplication commands to the ``registry`` sub-app."""
