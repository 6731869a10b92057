"""Who may see and change what: the rules every route and API call goes through.

- ``admin``: everything.
- ``analyst`` of a region (Kemendagri code, province ``72`` or regency ``72.06``): reads
  and edits the register records located in that region, uploads data; elsewhere sees
  what a viewer sees.
- ``viewer``: published analyses (BPS data) and suppressed register aggregates only.

Datasets (stored PDRB panels) uploaded through the web are private to the uploader, the
analysts of the uploader's region and administrators until an administrator publishes them.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from rancang.core.errors import RancangError
from rancang.web.auth import CurrentUser

if TYPE_CHECKING:
    from rancang.features.datasets import DatasetInfo


class Forbidden(RancangError):
    """The signed-in user may not do this."""

    status = 403


class Unauthenticated(RancangError):
    """No valid sign-in."""

    status = 401


def in_region(user_region: str | None, record_region: str | None) -> bool:
    """True when ``record_region`` lies inside ``user_region`` (same code or a child).

    >>> in_region("72.06", "72.06"), in_region("72", "72.06"), in_region("72.06", "72.03")
    (True, True, False)
    >>> in_region("72.06", None), in_region(None, "72.06")
    (False, False)
    """
    if not user_region or not record_region:
        return False
    return record_region == user_region or record_region.startswith(user_region + ".")


def can_read_records(user: CurrentUser, region: str | None) -> bool:
    """May see confidential single-firm records of ``region``."""
    return user.is_admin or (user.role == "analyst" and in_region(user.region_code, region))


def can_edit_records(user: CurrentUser, region: str | None) -> bool:
    """May change single-firm records of ``region`` (same rule as reading)."""
    return can_read_records(user, region)


def can_upload(user: CurrentUser) -> bool:
    """May upload PDRB files and register spreadsheets."""
    return user.role in ("admin", "analyst")


def require(condition: bool, message: str = "tidak diizinkan / not allowed") -> None:
    """Raise :class:`Forbidden` unless ``condition``."""
    if not condition:
        raise Forbidden(message)


def record_scope(user: CurrentUser) -> str | None:
    """Region prefix the user's record queries are limited to ("" = all, None = none)."""
    if user.is_admin:
        return ""
    if user.role == "analyst" and user.region_code:
        return user.region_code
    return None


def can_see_dataset(user: CurrentUser, info: DatasetInfo) -> bool:
    """May open this dataset: published, or the user's own upload or own region's, or admin."""
    if user.is_admin or info.published or (info.created_by and info.created_by == user.username):
        return True
    return user.role == "analyst" and in_region(user.region_code, info.region_code)
