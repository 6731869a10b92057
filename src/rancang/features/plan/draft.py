"""Drafting a plan from the data: every feature's ``sections`` hook fills the sections.

:func:`draft_plan` builds a :class:`DraftContext` (the plan, the panel it is drafted from,
the language, the targets, options), asks every installed feature with a ``sections``
hook for its ``(outline key, Block)`` pairs, and stores the blocks in the plan's sections.
Text the team wrote is kept; when a regeneration changes a section's numbers, the change
log lists each changed cell ("LQ C: 2,79 -> 2,81") and an edited section is marked to
review. What the draft was built from is recorded in the plan's ``sources``.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, insert, update

from rancang.core.actors import Actor
from rancang.core.db.base import utcnow
from rancang.core.document import Block
from rancang.core.errors import InputError
from rancang.core.features import SectionsHook, installed, load_ref
from rancang.core.i18n import (
    current_language,
    format_number,
    language,
    render_text,
    shown_stamp,
)
from rancang.features.plan.models import PlanSection
from rancang.features.plan.outline import section_keys
from rancang.features.plan.service import PlanInfo, get_plan, touch, writable_plan
from rancang.features.plan.store import stored_sections
from rancang.features.plan.targets import (
    TargetRow,
    baseline_flags,
    set_targets,
    stored_targets,
)
from rancang.io_table import IOTable
from rancang.panel import Panel


@dataclass(frozen=True)
class DraftOptions:
    """Choices of the draft: the share of manufacturing in PDRB the plan aims at by its
    end year (RIPIN: 30 % by 2035), the reference economy (None: the default rule of
    :mod:`rancang.comparison`), ranking weights (from ``decide`` group AHP)."""

    target_share: float = 30.0
    reference: str | None = None
    weights: Mapping[str, float] | None = None


@dataclass
class DraftContext:
    """What a ``sections`` hook receives: the plan, the panel it is drafted from (the
    region ``region`` in it), the language of the text, the plan's targets and a cache
    the hooks share (one analysis run serves several sections; a batch of drafts on one
    panel shares it too, so results that depend on the region carry it in their key)."""

    plan: PlanInfo
    panel: Panel
    region: str
    lang: str
    targets: list[TargetRow]
    options: DraftOptions = field(default_factory=DraftOptions)
    sources: dict[str, Any] = field(default_factory=dict)
    cache: dict[str, Any] = field(default_factory=dict)
    #: the database holding the industry register (None: no register section)
    register: Engine | None = None
    #: an input-output table (None: no section on linkages)
    io: IOTable | None = None
    #: candidate sites for sentra IKM (``sites.csv`` of ``rancang siting``; None: none)
    sites: list[Any] | None = None
    #: a reference table for the KBLI divisions (measure -> division -> value; None: the
    #: register's regencies of the province)
    kbli_reference: Mapping[str, Mapping[str, float]] | None = None
    #: the 16 manufacturing subcategories (C1-C16) of a BPS PDRB table (None: none)
    manufacturing: Panel | None = None
    #: an RPIP drafted from regency files: the regencies' panel (the province is the
    #: draft's ``panel``), for the spread of industry across them (None otherwise)
    regencies: Panel | None = None
    #: the plan's action plan (:class:`rancang.features.plan.actions.ActionRow`)
    actions: list[Any] = field(default_factory=list)

    def cached(self, name: str, compute: Callable[[], Any]) -> Any:
        """``compute()`` once per draft."""
        if name not in self.cache:
            self.cache[name] = compute()
        return self.cache[name]

    @property
    def region_index(self) -> int:
        return self.panel.region_index(self.region)

    @property
    def region_name(self) -> str:
        return self.plan.region_name or self.panel.region_names[self.region_index]

    def num(self, value: float, decimals: int = 2) -> str:
        """A number in the draft's language (``2,79``)."""
        return format_number(value, decimals, self.lang)

    def source_line(self, method: str) -> str:
        """``Sumber: <data>, <years>; <method>`` under a table."""
        from rancang.core.i18n import text

        p = self.panel
        data = short_sources(p.sources)
        return text("plan.src.line", self.lang, data=data, start=p.years[0], end=p.years[-1],
                    method=method)


def short_sources(sources: Sequence[str]) -> str:
    """The data sources for a source line: all of them when few, else the first, the
    last and how many.

    >>> short_sources(["a.xlsx", "b.xlsx"]), short_sources(["a", "b", "c", "d"])
    ('a.xlsx; b.xlsx', 'a ... d (4)')
    >>> short_sources([])
    '-'
    """
    if len(sources) > 2:
        return f"{sources[0]} ... {sources[-1]} ({len(sources)})"
    return "; ".join(sources) or "-"


#: criteria of the ranking of KBLI divisions from the register (the registry feature's
#: ``kbli_leading``; weights for them may come in the same ``--weights`` file)
KBLI_CRITERIA = ("lq_workers", "lq_output", "dlq_workers", "share_workers", "units")


def read_weights(path: Path) -> dict[str, float]:
    """Ranking weights from ``priorities.csv`` of ``decide ahp`` (``criterion,weight``):
    every criterion must be one a leading-industry ranking knows (the PDRB ranking's
    :data:`rancang.analysis.ranking.DEFAULT_WEIGHTS` or the KBLI ranking's
    :data:`KBLI_CRITERIA`), located by row otherwise.

    >>> import tempfile, pathlib
    >>> f = pathlib.Path(tempfile.mkdtemp()) / "priorities.csv"
    >>> _ = f.write_text("criterion,weight\\nslq,0.5\\ngrowth,0.5\\n")
    >>> read_weights(f)
    {'slq': 0.5, 'growth': 0.5}
    """
    from rancang.sources.decision_csv import read_priorities

    weights, rows = read_priorities(path)
    return check_weights(weights, file=path.name, rows=rows)


def check_weights(weights: Mapping[str, float], *, file: str | None = None,
                  rows: Mapping[str, int] | None = None,
                  column: str = "criterion") -> dict[str, float]:
    """Ranking weights checked: every criterion one a leading-industry ranking knows,
    every weight a finite number of at least 0, their sum above 0 (``file`` and ``rows``
    locate a problem in a file; the API names ``column``).

    >>> check_weights({"slq": 1, "units": 0.5})
    {'slq': 1.0, 'units': 0.5}
    >>> try:
    ...     check_weights({"bogus": 1.0}, column="weights")
    ... except InputError as e:
    ...     print(e.problems[0].column)
    weights
    """
    import math

    from rancang.analysis.ranking import DEFAULT_WEIGHTS
    from rancang.core.errors import Problem
    from rancang.core.i18n import Msg

    names = (*DEFAULT_WEIGHTS, *KBLI_CRITERIA)
    known = ", ".join(names)
    problems = [Problem(Msg("plan.weights.unknown", name=k, known=known), file=file,
                        row=(rows or {}).get(k), column=column)
                for k in weights if k not in names]
    problems += [Problem(Msg("plan.weights.value", name=k, value=str(v)[:40]), file=file,
                         row=(rows or {}).get(k), column=column if file is None else "weight")
                 for k, v in weights.items()
                 if not isinstance(v, int | float) or not math.isfinite(v) or v < 0]
    if not problems and sum(float(v) for v in weights.values()) <= 0:
        problems.append(Problem(Msg("plan.weights.zero"), file=file,
                                column=column if file is None else "weight"))
    if problems:
        raise InputError(problems)
    return {k: float(v) for k, v in weights.items()}


def file_sources(paths: Sequence[Path]) -> list[dict[str, str]]:
    """Name and SHA-256 of each input file (what the draft was built from)."""
    out = []
    for path in paths:
        files = sorted(p for p in path.rglob("*") if p.is_file()) if path.is_dir() else [path]
        for f in files:
            out.append({"file": f.name, "sha256": hashlib.sha256(f.read_bytes()).hexdigest()})
    return out


@dataclass
class DraftExtras:
    """What a draft may take beside the PDRB data (the CLI's ``--weights``, ``--sites``,
    ``--kbli-reference``, ``--manufacturing`` and ``--io``; the page's uploads and
    choices), read and checked before anything is drafted, with ``record``: what each
    was read from (file name and SHA-256) for the plan's ``sources``."""

    weights: dict[str, float] | None = None
    sites: list[Any] | None = None
    kbli_reference: Mapping[str, Mapping[str, float]] | None = None
    manufacturing: Panel | None = None
    io: IOTable | None = None
    record: dict[str, Any] = field(default_factory=dict)


def read_extras(weights: Path | None = None, sites: Path | None = None,
                kbli_reference: Path | None = None,
                manufacturing: Path | None = None) -> DraftExtras:
    """Read the optional inputs of a draft; every problem of every file is reported at
    once (file, row and column named) and nothing is drafted on a problem.

    >>> import tempfile, pathlib
    >>> f = pathlib.Path(tempfile.mkdtemp()) / "priorities.csv"
    >>> _ = f.write_text("criterion,weight\\nslq,0.5\\nbogus,0.5\\n")
    >>> try:
    ...     read_extras(weights=f)
    ... except InputError as e:
    ...     print(e.problems[0].file, e.problems[0].row, e.problems[0].column)
    priorities.csv 3 criterion
    """
    from rancang.features.plan.sites import read_sites

    out = DraftExtras()
    problems: list[Any] = []

    def attempt(name: str, path: Path | None, read: Callable[[Path], Any]) -> Any:
        if path is None:
            return None
        try:
            value = read(path)
        except InputError as e:
            problems.extend(e.problems)
            return None
        out.record[name] = file_sources([path])[0]
        return value

    def kbli(path: Path) -> Any:
        from rancang.sources.kbli_reference import read_kbli_reference

        return read_kbli_reference(path)

    def sub(path: Path) -> Any:
        from rancang.sources.dalam_angka import read_dalam_angka

        return read_dalam_angka(path, manufacturing=True)

    out.kbli_reference = attempt("kbli_reference", kbli_reference, kbli)
    out.manufacturing = attempt("manufacturing", manufacturing, sub)
    out.weights = attempt("weights", weights, read_weights)
    out.sites = attempt("sites", sites, read_sites)
    if problems:
        raise InputError(problems)
    return out


def hooks() -> list[tuple[str, SectionsHook]]:
    """Every installed feature's ``sections`` hook, in load order."""
    out = []
    for f in installed():
        if f.sections:
            hook: SectionsHook = load_ref(f.sections)
            out.append((f.name, hook))
    return out


def collect(ctx: DraftContext) -> dict[str, list[Block]]:
    """The blocks every hook contributes, by outline key (hook order kept)."""
    out: dict[str, list[Block]] = {}
    with language(ctx.lang):
        for name, hook in hooks():
            try:
                pairs = hook(ctx)
            except (InputError, ValueError) as exc:
                # data this feature cannot use for this region (a year of zeros...): the
                # draft goes on without its sections and says why
                ctx.sources.setdefault("skipped", {})[name] = render_text(
                    exc.message(ctx.lang) if isinstance(exc, InputError) else str(exc))
                continue
            for key, block in pairs:
                if not isinstance(block, Block):
                    raise TypeError(f"feature {name!r}: sections hook returned {block!r}")
                block.provenance.setdefault("feature", name)
                out.setdefault(key, []).append(block)
    # the plan's own block (targets, legal basis) opens its section
    return {k: sorted(v, key=lambda b: b.provenance.get("feature") != "plan")
            for k, v in out.items()}


def _cells(blocks: Sequence[Block]) -> dict[tuple[str, str, str], Any]:
    """Every table cell keyed by (table id, row label, column header)."""
    cells: dict[tuple[str, str, str], Any] = {}
    for b in blocks:
        for t in b.tables:
            for row in t.rows:
                for c in range(1, len(t.columns)):
                    cells[(t.id, str(row[0]), t.columns[c])] = row[c]
    return cells


def change_log(old: Sequence[Block], new: Sequence[Block], lang: str) -> list[str]:
    """The numbers a regeneration changed, one line each (``LQ C: 2,79 -> 2,81``).

    >>> from rancang.core.document import Table
    >>> t = lambda v: Block("b", tables=[Table("lq", "LQ", ["Kode", "LQ"], [["C", v]],
    ...                                        [None, 2])])
    >>> change_log([t(2.791)], [t(2.812)], "id")
    ['LQ C, LQ: 2,79 -> 2,81']
    >>> change_log([t(2.791)], [t(2.7912)], "id")
    []
    """
    before, after = _cells(old), _cells(new)
    titles = {t.id: t.title for b in new for t in b.tables}
    decimals = {(t.id, t.columns[c]): t.decimals[c] for b in new for t in b.tables
                for c in range(len(t.columns))}
    out = []
    for key, value in after.items():
        if key not in before:
            continue
        was = before[key]
        d = decimals.get((key[0], key[2]))
        if isinstance(value, int | float) and isinstance(was, int | float) and d is not None:
            a, b = format_number(float(was), d, lang), format_number(float(value), d, lang)
            if a != b:
                out.append(f"{titles.get(key[0], key[0])} {key[1]}, {key[2]}: {a} -> {b}")
        elif value != was:
            out.append(f"{titles.get(key[0], key[0])} {key[1]}, {key[2]}: {was} -> {value}")
    return out


def region_name_of(name: str, sources: Mapping[str, Any], data_name: str,
                   synthetic: bool) -> tuple[str, bool]:
    """The region's name in the generated text, and whether it comes from the data: the
    name the team gave the plan, else the data's name for the region. A name an earlier
    draft took from its data (recorded in the plan's ``sources``; or a synthetic name
    from synthetic data, as in the demo) follows the new data.

    >>> region_name_of("", {}, "Morowali", False)
    ('Morowali', True)
    >>> region_name_of("Kabupaten Morowali", {}, "Morowali", False)
    ('Kabupaten Morowali', False)
    >>> region_name_of("Tanjung (sintetis)", {"region_name_from_data": "Tanjung (sintetis)"},
    ...                "Morowali", False)
    ('Morowali', True)
    >>> region_name_of("Tanjung Nikel (sintetis)", {"synthetic": True}, "Morowali", False)
    ('Morowali', True)
    """
    earlier = sources.get("region_name_from_data")
    synthetic_before = bool(sources.get("synthetic")) and not synthetic
    if (not name or name == earlier
            or (synthetic_before and "sintetis" in name.lower())):
        return (data_name or name), bool(data_name)
    return name, False


def _refresh_required(ctx: DraftContext, flagged: set[str]) -> None:
    """The growth each of the team's share targets requires, from the ``targets`` service
    on this draft's data (stage by stage, like the derived target); none for a flagged
    target, whose baseline the data contradicts."""
    from rancang.features.targets.plan_sections import targets_result

    last = int(ctx.panel.years[-1])
    for t in ctx.targets:
        if t.origin == "data" or t.indicator != "industry_share":
            continue
        needed: dict[str, float] = {}
        if t.key not in flagged:
            for k, (_, stage_end) in enumerate(ctx.plan.stages, start=1):
                value = t.value(k)
                if value is None or stage_end <= last:
                    continue
                try:
                    req = targets_result(ctx, value, stage_end).tables["required_growth"]
                except (InputError, ValueError):
                    continue
                hit = req.filter(req["target"] == "user")["required_growth"]
                if hit.len():
                    needed[str(k)] = float(hit[0])
        t.required = needed


def store_blocks(engine: Engine, plan: PlanInfo, found: Mapping[str, list[Block]],
                 actor: Actor, lang: str, notes: Mapping[str, list[str]] | None = None
                 ) -> dict[str, list[str]]:
    """Save the generated blocks of every outline section; returns the change log of each
    section whose numbers changed. ``notes`` are lines added to a section's log (what
    the team must check, such as a target's baseline the data contradicts)."""
    stored = stored_sections(engine, plan.id)
    logs: dict[str, list[str]] = {}
    now = utcnow()
    with engine.begin() as conn:
        for key in section_keys(plan.outline):
            blocks = found.get(key, [])
            row = stored.get(key)
            data = [b.to_json() for b in blocks]
            if row is None:
                if blocks:
                    conn.execute(insert(PlanSection).values(
                        plan_id=plan.id, key=key, state="generated", generated=data,
                        authored=None, changes=[], updated_at=now,
                        updated_by=actor.username))
                continue
            old = [Block.from_json(b) for b in row["generated"] or []]
            log = change_log(old, blocks, lang) + list((notes or {}).get(key, []))
            text_changed = [b.text for b in old] != [b.text for b in blocks]
            state = row["state"]
            if row["authored"]:
                state = "to_review" if (log or text_changed) and old else "edited"
            else:
                state = "generated" if blocks else "empty"
            changes = list(row["changes"] or [])
            if log:
                logs[key] = log
                changes.append({"at": now.isoformat(timespec="seconds"), "by": actor.username,
                                "changes": log})
            conn.execute(update(PlanSection).where(PlanSection.id == row["id"]).values(
                generated=data, state=state, changes=changes[-20:], updated_at=now,
                updated_by=actor.username))
    return logs


def draft_plan(engine: Engine, actor: Actor, plan_id: int, panel: Panel, *,
               region: str | None = None, options: DraftOptions | None = None,
               sources: Mapping[str, Any] | None = None, lang: str | None = None,
               cache: dict[str, Any] | None = None,
               register: Engine | None = None,
               io: IOTable | None = None,
               sites: list[Any] | None = None,
               kbli_reference: Mapping[str, Mapping[str, float]] | None = None,
               manufacturing: Panel | None = None
               ) -> tuple[PlanInfo, dict[str, list[str]]]:
    """Fill (or refresh) the plan's generated sections and data targets from ``panel``.

    ``region`` is the plan's region as the panel codes it (default: the plan's code);
    ``sources`` records what the panel was read from (files, dataset and stamp);
    ``register`` is the database of the industry register, whose published aggregates
    (small cells suppressed) fill the section on industry today; ``sites`` the candidate
    sites of ``rancang siting`` (:func:`rancang.features.plan.sites.read_sites`), listed and
    mapped in the zoning section.
    Targets the team wrote are kept; those derived from the data (``origin == "data"``)
    are recomputed. Returns the plan and the change log by section.
    """
    from rancang.features.plan.actions import stored_actions
    from rancang.features.plan.contrib import data_targets

    plan = writable_plan(engine, actor, plan_id)
    lang = lang or current_language()
    options = options or DraftOptions()
    code = region or plan.region_code
    regencies = None
    if plan.level == "rpip" and not panel.has_region(code):
        # a province from the regency files: the province's reference row is the region,
        # its regencies stay for the spread of industry across them
        from rancang.features.plan.rpip import province_panel

        province = province_panel(panel, code)
        if province is not None:
            regencies, panel, code = panel, province, province.region_codes[0]
    panel.region_index(code)  # a region the panel does not hold: NotFoundError, nothing saved
    name, named_by_data = region_name_of(
        plan.region_name, plan.sources,
        panel.region_names[panel.region_index(code)] if panel.region_names else "",
        panel.synthetic)
    plan = replace(plan, region_name=name)
    ctx = DraftContext(plan=plan, panel=panel, region=code, lang=lang,
                       targets=stored_targets(engine, plan), options=options,
                       sources=dict(sources or {}), cache=cache if cache is not None else {},
                       register=register, io=io, sites=sites,
                       kbli_reference=kbli_reference, manufacturing=manufacturing,
                       regencies=regencies,
                       actions=stored_actions(engine, plan.id))
    with language(lang):
        derived = data_targets(ctx)
    before = [t.key for t in ctx.targets]
    kept = [t for t in ctx.targets if t.origin != "data"]
    kept_keys = {t.key for t in kept}
    merged = {**{t.key: t for t in derived if t.key not in kept_keys},
              **{t.key: t for t in kept}}
    # the order the team saw (a target written by the team stays in its row)
    ctx.targets = [merged.pop(k) for k in before if k in merged] + list(merged.values())
    # the baselines of the data, against which the team's baselines are checked
    ctx.sources["baselines"] = {t.key: [t.baseline_year, t.baseline_value] for t in derived
                                if t.baseline_year is not None
                                and t.baseline_value is not None}
    last = int(panel.years[-1])
    flags = baseline_flags(ctx.targets, last, ctx.sources["baselines"], lang)
    with language(lang):
        _refresh_required(ctx, {key for key, _ in flags})
    found = collect(ctx)
    set_targets(engine, actor, plan.id, ctx.targets, derived=True)
    logs = store_blocks(engine, plan, found, actor, lang,
                        {"sasaran.sasaran": [message for _, message in flags]})
    p = panel
    record = {
        **ctx.sources,
        "region_in_data": code,
        "measure": p.measure, "unit": p.unit, "synthetic": p.synthetic,
        "years": [int(p.years[0]), int(p.years[-1])],
        "data_sources": list(p.sources),
        "lang": lang,
        "options": {"target_share": options.target_share, "reference": options.reference,
                    "weights": dict(options.weights or {})},
        "drafted_at": utcnow().isoformat(timespec="seconds"),
        "drafted_by": actor.username,
        "unplaced": sorted(set(found) - set(section_keys(plan.outline))),
        "summary": {"data": f"{p.measure} {p.years[0]}-{p.years[-1]}"
                    + (" (sintetis)" if p.synthetic else ""),
                    **({"dataset": shown_stamp(ctx.sources["dataset"]["stamp"], lang)}
                       if "dataset" in ctx.sources else {}),
                    **({"files": str(len(ctx.sources["files"]))}
                       if "files" in ctx.sources else {}),
                    **({"io": str(ctx.sources["io"].get("file", ""))}
                       if "io" in ctx.sources else {}),
                    **({"register": "v{version} ({published_records})".format(
                        **ctx.sources["register"])}
                       if "register" in ctx.sources else {})},
    }
    if named_by_data:
        record["region_name_from_data"] = name
    touch(engine, plan.id, sources=record, region_name=name)
    return get_plan(engine, actor, plan.id), logs


def check_draft_source(engine: Engine, actor: Actor, plan_id: int, dataset_id: int) -> Any:
    """The dataset to draft plan ``plan_id`` from, once the actor may write the plan and
    open the dataset (before a draft job is started, so a refusal is immediate)."""
    from rancang.core.errors import NotFoundError
    from rancang.core.i18n import Msg
    from rancang.features.datasets.access import can_see_dataset
    from rancang.features.datasets.service import get_dataset

    writable_plan(engine, actor, plan_id)
    info = get_dataset(engine, dataset_id)
    if not can_see_dataset(actor, info):
        raise NotFoundError(Msg("plan.dataset_not_found", id=dataset_id))
    return info


def draft_from_dataset(engine: Engine, actor: Actor, plan_id: int, dataset_id: int, *,
                       region: str | None = None, options: DraftOptions | None = None,
                       lang: str | None = None, extras: DraftExtras | None = None
                       ) -> tuple[PlanInfo, dict[str, list[str]]]:
    """:func:`draft_plan` on a stored dataset the actor may open (the pages and the API;
    the dataset's id, name and stamp are recorded), with the optional ``extras`` (sites,
    KBLI reference, manufacturing subcategories, input-output table, weights)."""
    from rancang.features.datasets.service import load_panel

    info = check_draft_source(engine, actor, plan_id, dataset_id)
    panel = load_panel(engine, info)
    x = extras or DraftExtras()
    sources = {"dataset": {"id": info.id, "name": info.name, "stamp": info.stamp},
               **x.record}
    if x.weights is not None:
        options = DraftOptions(**{**(options or DraftOptions()).__dict__,
                                  "weights": x.weights})
    return draft_plan(engine, actor, plan_id, panel, region=region, options=options,
                      sources=sources, lang=lang, register=engine, io=x.io, sites=x.sites,
                      kbli_reference=x.kbli_reference, manufacturing=x.manufacturing)
