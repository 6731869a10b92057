"""The extension point: every capability of Rancang is a *feature package*.

A feature is one Python package that declares, in a :class:`Feature` manifest, what it adds
to the house: CLI verbs, web routes and templates, navigation entries, words for the
language catalogue, database models and their Alembic migrations, roles and permissions,
importers for the data page, demo data, home-page panels and plan-document sections. The
CLI (:mod:`rancang.cli`), the web application (:mod:`rancang.web.app`), the migrations
(:mod:`rancang.core.db.migrate`), the catalogue (:mod:`rancang.core.i18n`) and the demo find
the features here and nowhere else, so adding a feature edits no file outside its package.

Features are found in two places, the way Datasette loads its default plugins and then
the installed ones:

1. the built-in features listed in :data:`BUILTIN` (Rancang's own packages);
2. every entry point of the group ``rancang.features`` of the installed distributions
   (``[project.entry-points."rancang.features"] example = "my_pkg:FEATURE"``).

Each entry names a :class:`Feature` object. Parts of a feature that are expensive to import
(routers, CLI modules, services) are given as ``"module:attribute"`` references and imported
only when a channel needs them (:func:`load_ref`), so ``rancang --help`` stays fast; the
protocols below (:class:`CliHook`, :class:`IdentityHook`, :class:`ImporterRun`,
:class:`HomePanelContext`, :class:`DemoHook`, :class:`SectionsHook`, :class:`DemandHook`,
:class:`KbliSuggestHook`) type what each
reference must be.

Example
-------
>>> from rancang.core.features import Feature, NavEntry
>>> f = Feature(name="example", package="rancang.core", label="example.title",
...             nav=(NavEntry("/example", "example.title"),))
>>> f.name, f.nav[0].path
('example', '/example')
"""

from __future__ import annotations

import functools
import importlib
import importlib.util
from collections.abc import Callable, Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from importlib.metadata import entry_points
from pathlib import Path
from typing import TYPE_CHECKING, Any, Protocol

if TYPE_CHECKING:
    import typer
    from fastapi import APIRouter

    from rancang.core.actors import Actor

class CliHook(Protocol):
    """``Feature.cli``: adds the feature's verbs to the root command."""

    def __call__(self, app: typer.Typer, /) -> None: ...


class IdentityHook(Protocol):
    """``Feature.identity``: who makes a web request (None: nobody signed in)."""

    def __call__(self, engine: Any, request: Any, /) -> Actor | None: ...


class ImporterRun(Protocol):
    """``Importer.run``: validate whole, then save (or hold for confirmation)."""

    def __call__(self, engine: Any, actor: Actor, files: list[tuple[str, bytes]], *,
                 name: str = "", confirmed: bool = True) -> dict[str, Any]: ...


class HomePanelContext(Protocol):
    """``HomePanel.context``: the template context of a home panel (None hides it)."""

    def __call__(self, request: Any, engine: Any, actor: Actor, /
                 ) -> dict[str, Any] | None: ...


class DemoHook(Protocol):
    """``Feature.demo``: adds the feature's synthetic demo data."""

    def __call__(self, ctx: DemoContext, /) -> None: ...


class SectionsHook(Protocol):
    """``Feature.sections``: the sections a feature contributes to the plan document, as
    ``(outline key, section)`` pairs for a plan (the plan feature defines the section
    type and calls this with its plan)."""

    def __call__(self, plan: Any, /) -> list[tuple[str, Any]]: ...


class DemandHook(Protocol):
    """``Feature.demand``: unmet demand of a regency (buyers' open needs that no adequate
    local supplier serves), one ``{"kbli", "region", ...}`` row per need, for features that
    place new capacity (``siting``) without importing the feature that holds the needs."""

    def __call__(self, engine: Any, region: str, /) -> list[dict[str, Any]]: ...


class KbliSuggestHook(Protocol):
    """``Feature.kbli_suggest``: KBLI 2020 suggestions for product descriptions, for
    features that offer them without importing the feature that codes (the register
    import's review offers them for rows without a KBLI; nothing is applied without the
    user's choice). One list per text, best first, each suggestion a ``{"code", "title",
    "score", "matched"}`` dict (``matched``: the words of the text that matched)."""

    def __call__(self, texts: list[str], /, *, top: int = 3
                 ) -> list[list[dict[str, Any]]]: ...

ENTRY_POINT_GROUP = "rancang.features"

#: Rancang's own features (``module:attribute`` of each manifest), in dependency order.
BUILTIN: tuple[str, ...] = (
    "rancang.features.accounts:FEATURE",
    "rancang.features.jobs:FEATURE",
    "rancang.features.datasets:FEATURE",
    "rancang.features.registry:FEATURE",
    "rancang.features.leading:FEATURE",
    "rancang.features.complexity:FEATURE",
    "rancang.features.inputoutput:FEATURE",
    "rancang.features.targets:FEATURE",
    "rancang.features.decide:FEATURE",
    "rancang.features.siting:FEATURE",
    "rancang.features.kbli:FEATURE",
    "rancang.features.matching:FEATURE",
    "rancang.features.plan:FEATURE",
    "rancang.features.consult:FEATURE",
    "rancang.features.programmes:FEATURE",
    "rancang.features.monitoring:FEATURE",
)


class FeatureError(Exception):
    """A feature manifest that cannot be used (bad reference, unknown requirement...)."""


def load_ref(ref: str) -> Any:
    """The object a ``"package.module:attribute"`` reference names (imported now).

    >>> load_ref("rancang.core.features:ENTRY_POINT_GROUP")
    'rancang.features'
    """
    module_name, _, attr = ref.partition(":")
    if not module_name or not attr:
        raise FeatureError(f"reference {ref!r} is not 'module:attribute'")
    module = importlib.import_module(module_name)
    obj: Any = module
    for part in attr.split("."):
        try:
            obj = getattr(obj, part)
        except AttributeError as exc:
            raise FeatureError(f"reference {ref!r}: {module_name} has no {attr!r}") from exc
    return obj


@dataclass(frozen=True)
class NavEntry:
    """A link in the top navigation of the web pages.

    ``label`` is a catalogue key; ``permission`` (a :class:`Permission` name) hides the link
    from actors who lack it anywhere (None: every signed-in actor); ``order`` sorts.
    ``badge`` (``"module:function(engine, actor) -> int"``) counts what waits for the
    actor behind the link (unread notices): a count above zero is shown on the link, read
    to screen readers as ``badge_label`` (a catalogue key with ``{n}``). The function runs
    on every page the link is shown on: one cheap query.
    """

    path: str
    label: str
    permission: str | None = None
    order: int = 50
    id: str = ""
    badge: str | None = None
    badge_label: str = ""


@dataclass(frozen=True)
class Role:
    """A role a feature brings (``analyst``, ``planner``, ``buyer``...).

    ``label`` is a catalogue key. ``scoped`` roles are held for a region (a province
    ``72`` or a regency ``72.06``) or, for central government, for the whole country.
    """

    name: str
    label: str
    scoped: bool = True


@dataclass(frozen=True)
class Permission:
    """Something an actor may do, and which roles may do it.

    ``roles`` lists the roles that hold this permission (the ``admin`` role holds every
    permission). A ``scoped`` permission holds only inside the region of the role grant:
    an analyst of ``72.06`` may read the records of ``72.06`` and its districts, not of
    ``72.03``; a grant without a region (central government) holds everywhere.
    ``label`` is a catalogue key describing the permission (the documentation lists it).
    """

    name: str
    roles: tuple[str, ...]
    label: str = ""
    scoped: bool = True


@dataclass(frozen=True)
class Importer:
    """An upload kind on the data page (BPS PDRB files, register spreadsheets...).

    ``run`` references ``function(engine, actor, files, *, name, confirmed) -> dict`` where
    ``files`` are ``(file name, bytes)`` pairs; it validates everything before saving and
    raises :class:`rancang.core.errors.InputError` with located problems otherwise. With
    ``confirmed`` false an importer may hold the files and answer ``{"staged": token,
    "checks": [...]}`` for the uploader to look at first; the data page then offers to
    save (``run`` again with ``confirmed`` true) or cancel. A preview may add form fields
    ``choice.<key>`` to the confirm form (``form="confirm-upload"``): their non-blank
    values reach ``run`` as ``choices={key: value}`` (only when there are any).
    ``named`` imports take a name from the form (a dataset's name). ``help_template``
    names a template of the feature shown under the upload form (a template workbook's
    link, the layout expected). ``background`` uploads run as a background job
    (:mod:`rancang.features.datasets.jobs`): the page answers at once when the import ends
    within the job wait, else with the job's progress page; ``run`` then also takes
    ``progress=callable(fraction, catalogue key)``.
    """

    kind: str
    label: str
    run: str
    permission: str
    order: int = 50
    named: bool = False
    help_template: str | None = None
    background: bool = False


@dataclass(frozen=True)
class HomePanel:
    """A panel of the home page: a template of the feature and the function that builds
    its context (``function(request, engine, actor) -> dict | None``; None hides it)."""

    template: str
    context: str
    order: int = 50


@dataclass(frozen=True)
class Feature:
    """The manifest of one feature package.

    Parameters
    ----------
    name : str
        Short machine name (``registry``); also the Alembic branch label of its
        migrations, the prefix of its templates (``registry/record.html``) and of its
        static files (``/static/registry/...``).
    package : str
        The package the feature lives in (``rancang.features.registry``). Its folders
        ``templates/``, ``static/`` and ``migrations/`` are used when present.
    label : str
        Catalogue key of the feature's name for people.
    requires : tuple of str
        Names of the features this one builds on (loaded before it).
    words : tuple of str
        Modules holding a ``WORDS`` mapping ``key -> (Indonesian, English)`` for the
        catalogue.
    models : tuple of str
        Modules declaring the feature's ORM models (imported for the migrations).
    cli : str, optional
        ``"module:function"``; the function receives the root :class:`typer.Typer` and adds
        the feature's verbs.
    routers : tuple of str
        ``"module:router"`` references of :class:`fastapi.APIRouter` objects.
    template_globals : str, optional
        ``"module:mapping"`` of helper functions the feature's templates call.
    nav, roles, permissions, importers, home : tuples
        What the feature shows in the navigation, the roles it brings, the permissions it
        checks, the upload kinds of the data page and the panels of the home page.
    demo : str, optional
        ``"module:function"`` called by ``rancang demo --serve`` with a
        :class:`DemoContext` to load the feature's synthetic demo data.
    identity : str, optional
        ``"module:function(engine, request) -> Actor | None"``: who makes a web request
        (the accounts feature provides it).
    sections : str, optional
        ``"module:function"`` contributing sections to the plan document (RPIK/RPIP).
    demand : str, optional
        ``"module:function(engine, region) -> rows"``: the unmet demand of a regency
        (:class:`DemandHook`; the matching feature provides it).
    kbli_suggest : str, optional
        ``"module:function(texts, *, top) -> suggestions"``: KBLI 2020 suggestions for
        product descriptions (:class:`KbliSuggestHook`; the kbli feature provides it, the
        register import's review asks it for the rows that have no KBLI).
    form_labels : str, optional
        ``"module:mapping"`` of the feature's form fields to the catalogue keys of their
        labels (``{"tanggapan": "consult.page.answer"}``): the shared error page of a
        refused form names each problem of a known field by the label the form shows.
    """

    name: str
    package: str
    label: str
    requires: tuple[str, ...] = ()
    words: tuple[str, ...] = ()
    models: tuple[str, ...] = ()
    cli: str | None = None
    routers: tuple[str, ...] = ()
    template_globals: str | None = None
    nav: tuple[NavEntry, ...] = ()
    roles: tuple[Role, ...] = ()
    permissions: tuple[Permission, ...] = ()
    importers: tuple[Importer, ...] = ()
    home: tuple[HomePanel, ...] = ()
    demo: str | None = None
    identity: str | None = None
    sections: str | None = None
    demand: str | None = None
    form_labels: str | None = None
    kbli_suggest: str | None = None

    @functools.cached_property
    def folder(self) -> Path:
        """The package's folder on disk (found without importing the package)."""
        spec = importlib.util.find_spec(self.package)
        if spec is None or not spec.submodule_search_locations:
            raise FeatureError(f"feature {self.name!r}: package {self.package!r} not found")
        return Path(next(iter(spec.submodule_search_locations)))

    def _sub(self, name: str) -> Path | None:
        path = self.folder / name
        return path if path.is_dir() else None

    @property
    def templates_dir(self) -> Path | None:
        """``templates/`` of the package, or None."""
        return self._sub("templates")

    @property
    def static_dir(self) -> Path | None:
        """``static/`` of the package, or None."""
        return self._sub("static")

    @property
    def migrations_dir(self) -> Path | None:
        """``migrations/`` of the package (Alembic revisions), or None."""
        return self._sub("migrations")


@dataclass(frozen=True)
class DemoContext:
    """What a feature's demo hook receives: the database (None when the demo only writes
    files), the seed, where the demo writes files, an optional folder of real BPS PDRB
    files, a way to report, the list the demo logins are added to, feature options
    (``{"firms": 3000}`` for a larger synthetic register), and whether the demo writes its
    files (``False`` when only a database is filled)."""

    engine: Any
    seed: int = 2024
    out: Path = Path("out/demo")
    bps_dir: Path | None = None
    say: Callable[[str], None] = print
    logins: list[tuple[str, str, str, str | None]] = field(default_factory=list)
    options: Mapping[str, Any] = field(default_factory=dict)
    files: bool = True


@dataclass(frozen=True)
class FeatureSet:
    """The features of this installation, in dependency order, and what they declare."""

    features: tuple[Feature, ...]

    def __iter__(self) -> Iterator[Feature]:
        return iter(self.features)

    def __len__(self) -> int:
        return len(self.features)

    def names(self) -> tuple[str, ...]:
        """Feature names in load order."""
        return tuple(f.name for f in self.features)

    def get(self, name: str) -> Feature:
        """The feature called ``name`` (``KeyError`` when absent)."""
        for f in self.features:
            if f.name == name:
                return f
        raise KeyError(name)

    def roles(self) -> dict[str, Role]:
        """Every role by name (``admin`` first: the core's role that holds everything)."""
        out: dict[str, Role] = {ADMIN.name: ADMIN}
        for f in self.features:
            for r in f.roles:
                out.setdefault(r.name, r)
        return out

    def permissions(self) -> dict[str, Permission]:
        """Every permission by name."""
        return {p.name: p for f in self.features for p in f.permissions}

    def nav(self) -> list[NavEntry]:
        """Navigation entries of all features, sorted by ``order``."""
        return sorted((n for f in self.features for n in f.nav), key=lambda n: n.order)

    def importers(self) -> list[Importer]:
        """Upload kinds of all features, sorted by ``order``."""
        return sorted((i for f in self.features for i in f.importers), key=lambda i: i.order)

    def home_panels(self) -> list[tuple[Feature, HomePanel]]:
        """Home-page panels of all features, sorted by ``order``."""
        pairs = [(f, p) for f in self.features for p in f.home]
        return sorted(pairs, key=lambda fp: fp[1].order)

    def words_modules(self) -> list[str]:
        """Modules with catalogue words, in load order."""
        return [m for f in self.features for m in f.words]

    def model_modules(self) -> list[str]:
        """Modules with ORM models, in load order."""
        return [m for f in self.features for m in f.models]

    def migration_dirs(self) -> list[Path]:
        """Alembic version folders of the features that have migrations."""
        return [d for f in self.features if (d := f.migrations_dir) is not None]

    def register_cli(self, app: typer.Typer) -> None:
        """Let every feature add its verbs to the root command."""
        for f in self.features:
            if f.cli:
                hook: CliHook = load_ref(f.cli)
                hook(app)

    def routers(self) -> list[APIRouter]:
        """Every feature's routers (imported now)."""
        return [load_ref(ref) for f in self.features for ref in f.routers]

    def template_globals(self) -> dict[str, Any]:
        """Helper functions the features' templates call."""
        out: dict[str, Any] = {}
        for f in self.features:
            if f.template_globals:
                out.update(load_ref(f.template_globals))
        return out

    def demand(self) -> list[DemandHook]:
        """Every installed feature's ``demand`` hook, in load order."""
        return [load_ref(f.demand) for f in self.features if f.demand]

    def kbli_suggest(self) -> list[KbliSuggestHook]:
        """Every installed feature's ``kbli_suggest`` hook, in load order (empty when no
        installed feature codes KBLI)."""
        return [load_ref(f.kbli_suggest) for f in self.features if f.kbli_suggest]

    def owner(self, module: str) -> Feature | None:
        """The feature whose package holds ``module`` (None: the core or a shell).

        >>> fs = FeatureSet((Feature(name="a", package="pkg.a", label="a"),))
        >>> fs.owner("pkg.a.routes").name, fs.owner("pkg.ab") is None
        ('a', True)
        """
        for f in self.features:
            if module == f.package or module.startswith(f.package + "."):
                return f
        return None

    def form_labels(self, name: str) -> Mapping[str, str]:
        """The form-field labels (field -> catalogue key) the feature ``name`` declares
        (empty when it declares none or is not installed)."""
        try:
            ref = self.get(name).form_labels
        except KeyError:
            return {}
        labels: Mapping[str, str] = load_ref(ref) if ref else {}
        return labels

    def identity(self) -> IdentityHook | None:
        """The function that finds the actor of a web request (None: nobody signs in)."""
        for f in self.features:
            if f.identity:
                identity: IdentityHook = load_ref(f.identity)
                return identity
        return None


#: The core's role: holds every permission of every feature, everywhere.
ADMIN = Role("admin", "role.admin", scoped=False)


def _order(features: Iterable[Feature]) -> tuple[Feature, ...]:
    """Features with each one after those it requires (stable otherwise).

    >>> a = Feature(name="a", package="x", label="a", requires=("b",))
    >>> b = Feature(name="b", package="x", label="b")
    >>> [f.name for f in _order([a, b])]
    ['b', 'a']
    """
    by_name: dict[str, Feature] = {}
    for f in features:
        if f.name in by_name:
            raise FeatureError(f"two features are called {f.name!r}")
        by_name[f.name] = f
    done: dict[str, Feature] = {}
    visiting: set[str] = set()

    def visit(f: Feature) -> None:
        if f.name in done:
            return
        if f.name in visiting:
            raise FeatureError(f"features require each other in a circle: {f.name!r}")
        visiting.add(f.name)
        for need in f.requires:
            if need not in by_name:
                raise FeatureError(f"feature {f.name!r} requires {need!r}, which is not "
                                   "installed")
            visit(by_name[need])
        visiting.discard(f.name)
        done[f.name] = f

    for f in by_name.values():
        visit(f)
    return tuple(done.values())


def _entry_point_refs() -> list[str]:
    """``module:attribute`` of every installed ``rancang.features`` entry point."""
    return [ep.value for ep in entry_points(group=ENTRY_POINT_GROUP)]


def discover(extra: Iterable[str | Feature] = ()) -> FeatureSet:
    """The built-in features, the installed ones and ``extra`` (references or manifests).

    A reference that appears twice (a built-in also declared as an entry point) counts
    once.
    """
    seen: set[str] = set()
    found: list[Feature] = []
    for item in (*BUILTIN, *_entry_point_refs(), *extra):
        if isinstance(item, Feature):
            found.append(item)
            continue
        if item in seen:
            continue
        seen.add(item)
        obj = load_ref(item)
        if not isinstance(obj, Feature):
            raise FeatureError(f"{item!r} is not a rancang.core.features.Feature")
        found.append(obj)
    return FeatureSet(_order(found))


@functools.cache
def installed() -> FeatureSet:
    """The features of this installation (discovered once per process)."""
    return discover()


def check_words(words: Mapping[str, tuple[str, str]]) -> list[str]:
    """Keys whose entry is not a pair of non-empty texts (a words module's sanity check).

    >>> check_words({"a": ("satu", "one"), "b": ("dua", "")})
    ['b']
    """
    return [k for k, v in words.items()
            if not (isinstance(v, tuple) and len(v) == 2 and all(isinstance(s, str) and s
                                                                 for s in v))]
