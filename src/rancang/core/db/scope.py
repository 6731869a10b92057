"""Region scopes as SQL: the rows of a region column an actor's permission covers."""

from __future__ import annotations

from typing import Any

from sqlalchemy import false, or_, true

from rancang.core.actors import Scope


def in_scope(column: Any, scope: Scope) -> Any:
    """A condition on a Kemendagri region ``column``: the row's region lies in ``scope``.

    Example
    -------
    >>> from sqlalchemy import column
    >>> str(in_scope(column("regency_code"), Scope(regions=("72.06",))))
    'regency_code = :regency_code_1 OR regency_code LIKE :regency_code_2'
    """
    if scope.everywhere:
        return true()
    if not scope.regions:
        return false()
    return or_(*[or_(column == r, column.like(f"{r}.%")) for r in scope.regions])
