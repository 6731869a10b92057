"""The import's rules for edits: what an import refuses, an edit on the page or through
the API refuses too (issue 17: an empty name, an unknown KBLI, text of any length).

Lengths are those of the columns, checked before the database sees them, so SQLite and
PostgreSQL answer the same; control characters (NUL included) are refused.
"""

from __future__ import annotations

import re
from typing import Any

from rancang.core.errors import Problem
from rancang.core.i18n import Msg
from rancang.features.registry.messages import message
from rancang.features.registry.models import Enterprise
from rancang.reference.kbli import known_group

TEXT_LIMIT = 2000  # unbounded Text columns (address)
CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")


def limit(field: str) -> int:
    """The longest value the ``enterprise`` column ``field`` holds.

    >>> limit("name"), limit("phone"), limit("address")
    (300, 20, 2000)
    """
    length = getattr(Enterprise.__table__.c[field].type, "length", None)
    return int(length) if length else TEXT_LIMIT


def edit_problems(changes: dict[str, Any]) -> list[Problem]:
    """Problems of an edit's changes, each at its field; empty when the edit is valid.

    >>> [(p.column, str(p.message)[:20]) for p in edit_problems({"name": " ", "kbli": "46100"})]
    [('name', 'wajib diisi'), ('kbli', 'kode KBLI 2020 indus')]
    >>> edit_problems({"name": "UD Roti", "kbli": "10710"})
    []
    """
    out: list[Problem] = []
    if "name" in changes and not str(changes["name"] or "").strip():
        out.append(Problem(message("required"), column="name"))
    for field, value in changes.items():
        if not isinstance(value, str) or field not in Enterprise.__table__.c:
            continue
        if CONTROL.search(value):
            out.append(Problem(Msg("registry.control_chars"), column=field))
        if len(value) > limit(field):
            out.append(Problem(Msg("registry.too_long", n=limit(field), length=len(value)),
                               column=field))
    kbli = changes.get("kbli")
    if kbli and not known_group(str(kbli)):
        out.append(Problem(message("kbli", value=kbli), column="kbli"))
    return out
