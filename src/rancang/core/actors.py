"""Who acts, at which level of government, and what they may do there.

An :class:`Actor` is a signed-in person (or a CLI user) with role :class:`Grant` s. Each
grant is a role held for a region: a regency or city (Kemendagri ``72.06``), a province
(``72``) or, without a region, the whole country (central government). Features declare
their roles and :class:`~rancang.core.features.Permission` s in their manifests; the
question "may this actor do X for region R?" is answered here and only here
(:meth:`Actor.can`, :meth:`Actor.scope`), for the web pages, the API and the CLI alike.

The ``admin`` role holds every permission everywhere.

Example
-------
>>> from rancang.core.features import Permission
>>> perms = {"registry.records.read": Permission("registry.records.read", ("analyst",))}
>>> analyst = Actor(id=1, username="analis", grants=(Grant("analyst", "72.06"),))
>>> analyst.can("registry.records.read", "72.06.05", permissions=perms)
True
>>> analyst.can("registry.records.read", "72.03", permissions=perms)
False
>>> analyst.scope("registry.records.read", permissions=perms).regions
('72.06',)
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from enum import StrEnum
from typing import TYPE_CHECKING

from rancang.core.errors import RancangError
from rancang.core.i18n import Msg

if TYPE_CHECKING:
    from rancang.core.features import Permission

ADMIN_ROLE = "admin"


class Level(StrEnum):
    """The level of government a grant is held at."""

    CENTRAL = "central"
    PROVINCE = "province"
    REGENCY = "regency"


def level_of(region: str | None) -> Level:
    """The level of a Kemendagri region code: none = central, ``72`` = province, else
    regency/city (a district or village code counts as its regency's level).

    >>> level_of(None), level_of("72"), level_of("72.06")
    (<Level.CENTRAL: 'central'>, <Level.PROVINCE: 'province'>, <Level.REGENCY: 'regency'>)
    """
    if not region:
        return Level.CENTRAL
    return Level.PROVINCE if "." not in region else Level.REGENCY


def in_region(scope: str | None, region: str | None) -> bool:
    """True when ``region`` lies inside ``scope`` (the same code or one below it).

    >>> in_region("72.06", "72.06"), in_region("72", "72.06"), in_region("72.06", "72.03")
    (True, True, False)
    >>> in_region("72.06", None), in_region(None, "72.06"), in_region("7", "72.06")
    (False, False, False)
    """
    if not scope or not region:
        return False
    return region == scope or region.startswith(scope + ".")


class Forbidden(RancangError):
    """The actor may not do this."""

    status = 403
    key = "error.forbidden"


class Unauthenticated(RancangError):
    """No valid sign-in."""

    status = 401
    key = "error.unauthenticated"


@dataclass(frozen=True)
class Grant:
    """A role held for a region (``None``: the whole country, central government)."""

    role: str
    region: str | None = None

    @property
    def level(self) -> Level:
        """The level of government of this grant."""
        return level_of(self.region)


@dataclass(frozen=True)
class Scope:
    """Where a permission holds for an actor: everywhere, or inside these regions.

    >>> Scope(regions=("72.06",)).contains("72.06.05"), Scope(everywhere=True).contains("11")
    (True, True)
    >>> Scope().empty
    True
    """

    everywhere: bool = False
    regions: tuple[str, ...] = ()

    @property
    def empty(self) -> bool:
        """Holds nowhere."""
        return not self.everywhere and not self.regions

    def contains(self, region: str | None) -> bool:
        """Holds for ``region``."""
        return self.everywhere or any(in_region(r, region) for r in self.regions)


@dataclass(frozen=True)
class Actor:
    """A person acting in Rancang, with the roles they hold and where.

    ``csrf_token`` is the token of the web session the actor signed in with ("" outside
    the web).
    """

    id: int
    username: str
    grants: tuple[Grant, ...] = ()
    display_name: str | None = None
    csrf_token: str = ""

    @property
    def is_admin(self) -> bool:
        """Holds the ``admin`` role."""
        return any(g.role == ADMIN_ROLE for g in self.grants)

    @property
    def roles(self) -> tuple[str, ...]:
        """The roles held, each once, in grant order."""
        return tuple(dict.fromkeys(g.role for g in self.grants))

    @property
    def role(self) -> str:
        """The first role held (for display; permissions use :meth:`can`)."""
        return self.grants[0].role if self.grants else ""

    @property
    def region_code(self) -> str | None:
        """The region of the first grant (for display and for where uploads belong)."""
        return self.grants[0].region if self.grants else None

    def has_role(self, role: str) -> bool:
        """Holds ``role`` somewhere."""
        return any(g.role == role for g in self.grants)

    def scope(self, permission: str, *,
              permissions: Mapping[str, Permission] | None = None) -> Scope:
        """Where ``permission`` holds for this actor."""
        if self.is_admin:
            return Scope(everywhere=True)
        perm = _permission(permission, permissions)
        regions: list[str] = []
        for g in self.grants:
            if g.role not in perm.roles:
                continue
            if not perm.scoped or g.region is None:
                return Scope(everywhere=True)
            regions.append(g.region)
        return Scope(regions=tuple(dict.fromkeys(regions)))

    def can(self, permission: str, region: str | None = None, *,
            permissions: Mapping[str, Permission] | None = None) -> bool:
        """May do ``permission`` for ``region`` (None: anywhere at all)."""
        scope = self.scope(permission, permissions=permissions)
        if region is None:
            return not scope.empty
        return scope.contains(region)

    def require(self, permission: str, region: str | None = None, *,
                permissions: Mapping[str, Permission] | None = None) -> None:
        """Raise :class:`Forbidden` unless :meth:`can`."""
        if not self.can(permission, region, permissions=permissions):
            perm = _permission(permission, permissions)
            raise Forbidden("error.forbidden_to",
                            what=Msg(perm.label) if perm.label else permission)

    def require_visible(self, permission: str, region: str | None,
                        not_found: RancangError) -> None:
        """Like :meth:`require` for an object of ``region`` that the actor asked for by
        its id: when the actor holds ``permission`` elsewhere but not there, ``not_found``
        is raised (the answer for an id that does not exist), so ids of other regions
        cannot be told from missing ones; without the permission anywhere, 403."""
        if self.can(permission, region):
            return
        if self.can(permission):
            raise not_found
        self.require(permission, region)


def _permission(name: str, permissions: Mapping[str, Permission] | None) -> Permission:
    if permissions is None:
        from rancang.core.features import installed

        permissions = installed().permissions()
    try:
        return permissions[name]
    except KeyError:
        raise KeyError(f"no feature declares the permission {name!r}") from None


#: The actor of a command-line call: the person at the keyboard, who owns the files.
CLI_ACTOR = Actor(id=0, username="cli", grants=(Grant(ADMIN_ROLE),), display_name="CLI")
