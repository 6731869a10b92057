"""``/api/v1/plans``: the plan as JSON (the same service as the CLI and the pages)."""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

from fastapi import APIRouter
from pydantic import BaseModel, Field

from rancang.features.plan import draft as drafting
from rancang.features.plan import service as svc
from rancang.features.plan import store, targets, versions
from rancang.features.plan.routes import MovePlans, ReadPlans, WritePlans
from rancang.web.deps import EngineDep, SettingsDep
from rancang.web.errors import ERROR_RESPONSES

router = APIRouter(prefix="/api/v1/plans", tags=["plan"], responses=ERROR_RESPONSES)


class PlanOut(BaseModel):
    """A plan: region, level, period and stages, status, Perda, stable anchor."""

    id: int
    uid: str
    anchor: str
    region_code: str
    region_name: str
    level: str
    start_year: int
    end_year: int
    stages: list[tuple[int, int]]
    status: str
    perda_number: str | None
    perda_date: date | None
    updated_at: datetime

    @classmethod
    def of(cls, p: svc.PlanInfo) -> PlanOut:
        return cls(id=p.id, uid=p.uid, anchor=p.anchor, region_code=p.region_code,
                   region_name=p.region_name, level=p.level, start_year=p.start_year,
                   end_year=p.end_year, stages=p.stages, status=p.status,
                   perda_number=p.perda_number, perda_date=p.perda_date,
                   updated_at=p.updated_at)


class TableOut(BaseModel):
    """A generated table: numbers as numbers, the decimals each column shows."""

    id: str
    title: str
    columns: list[str]
    rows: list[list[Any]]
    decimals: list[int | None]
    source: str


class BlockOut(BaseModel):
    """Generated content of a section and where its numbers come from."""

    id: str
    text: str
    tables: list[TableOut]
    provenance: dict[str, Any]


class SectionOut(BaseModel):
    """A section: stable key, number, title, state, authored text and generated blocks."""

    key: str
    number: str
    title: str
    state: str
    authored: str | None
    blocks: list[BlockOut]
    changes: list[dict[str, Any]]


class TargetOut(BaseModel):
    """A target (sasaran) with its stage values and the growth they require."""

    key: str
    indicator: str
    label: str
    unit: str
    direction: str
    baseline_year: int | None
    baseline_value: float | None
    baseline_source: str
    stages: dict[str, float]
    required: dict[str, float]
    origin: str
    #: year -> value in that year, besides the stage values (when needed)
    yearly: dict[str, float] = {}


class PlanDetail(PlanOut):
    """A plan with its sections, targets and what it was built from."""

    sections: list[SectionOut]
    targets: list[TargetOut]
    sources: dict[str, Any]


class PlanCreate(BaseModel):
    """A new plan: region, first year of the 20-year period, optional name and level.
    A plan of the same region and period already in the store refuses it (422, naming
    that plan) unless ``allow_duplicate`` is true."""

    region: str
    start_year: int
    region_name: str = ""
    level: str | None = None
    allow_duplicate: bool = Field(
        default=False, description="Create the plan even when the store already holds a "
        "plan of the same region and period.")


class DraftIn(BaseModel):
    """Draft from a stored dataset (the region's code in it when it differs), with what
    the page's form also offers besides files: the reference economy, a stored
    input-output table (its id on the IO page), the siting ranking as candidate sentra
    IKM, and ranking weights (criterion -> weight, as ``priorities.csv`` of ``decide
    ahp``)."""

    dataset_id: int
    region: str | None = None
    target_share: float = Field(30.0, gt=0, lt=100)
    reference: str | None = None
    io_table: str | None = None
    sites_from_siting: bool = False
    weights: dict[str, float] | None = None


class DraftOut(BaseModel):
    """The drafted plan and the change log of the sections whose numbers changed."""

    plan: PlanOut
    changes: dict[str, list[str]]


class SectionIn(BaseModel):
    """The team's text of a section (Markdown); null returns to the generated text."""

    text: str | None


class StatusIn(BaseModel):
    """The next status, with the Perda's number and date to adopt."""

    status: str
    perda_number: str | None = None
    perda_date: date | None = None


class VersionIn(BaseModel):
    """Freeze as ``label`` (v0.1 ... final)."""

    label: str
    note: str = ""


class VersionOut(BaseModel):
    """A frozen version."""

    id: int
    label: str
    note: str
    created_at: datetime
    created_by: str


class CellOut(BaseModel):
    """A table cell that differs between two versions."""

    table: str
    row: str
    column: str
    old: Any
    new: Any


class SectionDiffOut(BaseModel):
    """How a section differs: status, text lines (op, line) and cells."""

    key: str
    number: str
    status: str
    lines: list[tuple[str, str]]
    cells: list[CellOut]


def _detail(engine: Any, user: Any, plan_id: int) -> PlanDetail:
    plan, views = store.plan_sections(engine, user, plan_id)
    rows = targets.stored_targets(engine, plan)
    from rancang.core.i18n import current_language, pick

    lang = current_language()
    if versions.reads_published(user, plan):
        # outside the region's team: what is published (the newest version), no notes
        snap = versions.newest_version(engine, plan) or {"sections": [], "targets": []}
        return PlanDetail(
            **PlanOut.of(plan).model_dump(),
            sections=[SectionOut(key=x["key"], number=x["number"],
                                 title=pick((x["title"][0], x["title"][1]), lang),
                                 state=x["state"], authored=x.get("authored"),
                                 blocks=[BlockOut(**b) for b in x.get("blocks", [])],
                                 changes=[]) for x in snap["sections"]],
            targets=[TargetOut(**t) for t in snap["targets"]],
            sources=snap.get("sources", {}))
    return PlanDetail(
        **PlanOut.of(plan).model_dump(),
        sections=[SectionOut(key=v.key, number=v.spec.number,
                             title=pick(v.spec.title, lang),
                             state=v.state, authored=v.authored,
                             blocks=[BlockOut(**b.to_json()) for b in v.blocks],
                             changes=v.changes) for v in views],
        targets=[TargetOut(**vars(t)) for t in rows], sources=plan.sources)


@router.get("")
def plans_api(engine: EngineDep, user: ReadPlans) -> list[PlanOut]:
    """The plans the caller may read (their region's; others' once in consultation)."""
    return [PlanOut.of(p) for p in svc.list_plans(engine, user)]


@router.post("", status_code=201)
def create_api(body: PlanCreate, engine: EngineDep, user: WritePlans) -> PlanOut:
    """Create a plan (draft) for a region the caller plans for; refused, with nothing
    created, when a plan of the same region and period is already stored, unless
    ``allow_duplicate``."""
    try:
        plan = svc.create_plan(engine, user, region=body.region, start_year=body.start_year,
                               region_name=body.region_name, level=body.level,
                               allow_duplicate=body.allow_duplicate)
    except svc.DuplicatePlan as exc:
        raise exc.saying("plan.duplicate.how_api") from None
    return PlanOut.of(plan)


@router.get("/{plan_id}")
def plan_api(plan_id: int, engine: EngineDep, user: ReadPlans) -> PlanDetail:
    """A plan with its sections (generated blocks, authored text) and targets."""
    return _detail(engine, user, plan_id)


@router.post("/{plan_id}/draft")
def draft_api(plan_id: int, body: DraftIn, engine: EngineDep, settings: SettingsDep,
              user: WritePlans) -> DraftOut:
    """Fill the generated sections from a stored dataset (authored text is kept), with
    the optional reference economy, stored IO table, siting ranking and weights; every
    choice is checked first and nothing changes on a problem."""
    from rancang.core.errors import InputError
    from rancang.features.plan import web_inputs

    drafting.check_draft_source(engine, user, plan_id, body.dataset_id)
    plan = svc.writable_plan(engine, user, plan_id)
    centroids = settings.find_centroids()
    problems = web_inputs.check_choices(settings.data_dir, body.io_table,
                                        body.sites_from_siting, centroids, False)
    weights = None
    if body.weights is not None:
        try:
            weights = drafting.check_weights(body.weights, column="weights")
        except InputError as e:
            problems += e.problems
    if problems:
        raise InputError(problems)
    extras = web_inputs.load_extras(engine, user, {
        "io_table": body.io_table, "sites_from_siting": body.sites_from_siting,
        "data_dir": str(settings.data_dir),
        "centroids": str(centroids) if centroids else None}, plan.region_code)
    if weights is not None:
        extras.weights = weights
        extras.record["weights"] = {"file": "API", "weights": weights}
    plan, logs = drafting.draft_from_dataset(
        engine, user, plan_id, body.dataset_id, region=body.region,
        options=drafting.DraftOptions(target_share=body.target_share,
                                      reference=body.reference),
        extras=extras)
    return DraftOut(plan=PlanOut.of(plan), changes=logs)


@router.put("/{plan_id}/sections/{key}")
def section_api(plan_id: int, key: str, body: SectionIn, engine: EngineDep,
                user: WritePlans) -> SectionOut:
    """Save the team's text of a section."""
    v = store.edit_section(engine, user, plan_id, key, body.text)
    return SectionOut(key=v.key, number=v.spec.number, title=v.spec.title[0], state=v.state,
                      authored=v.authored, blocks=[BlockOut(**b.to_json()) for b in v.blocks],
                      changes=v.changes)


@router.put("/{plan_id}/targets")
def targets_api(plan_id: int, body: list[dict[str, Any]], engine: EngineDep,
                user: WritePlans) -> list[TargetOut]:
    """Replace the targets (rows as in the CSV: key, indicator, label, unit, direction,
    baseline_year, baseline_value, baseline_source, stage_1 ... stage_4, and yearly values
    as columns named by the year or a ``yearly`` mapping ``{"2027": 5.1}``)."""
    rows = targets.set_targets(engine, user, plan_id, body, name="body")
    return [TargetOut(**vars(t)) for t in rows]


class ActionOut(BaseModel):
    """One action of the plan's action matrix."""

    key: str
    group: str
    strategy_key: str
    strategy: str
    programme_key: str
    programme: str
    action: str
    stages: list[int]
    lead_agency: str
    related_agencies: list[str]
    targets: list[str]
    note: str


class StrategyOut(BaseModel):
    """A strategy with its programmes, the targets its actions serve and its actions."""

    key: str
    title: str
    group: str
    programmes: list[str]
    targets: list[str]
    actions: int


class ProgrammeOut(BaseModel):
    """A programme of the plan under its strategy."""

    key: str
    title: str
    group: str
    strategy_key: str
    stages: list[int]
    targets: list[str]
    actions: int


class ActionPlanOut(BaseModel):
    """The action plan: its rows, strategies and programmes."""

    actions: list[ActionOut]
    strategies: list[StrategyOut]
    programmes: list[ProgrammeOut]


@router.get("/{plan_id}/actions")
def actions_get_api(plan_id: int, engine: EngineDep, user: ReadPlans) -> ActionPlanOut:
    """The action plan: its rows, strategies and programmes."""
    from dataclasses import asdict

    from rancang.features.plan.actions import plan_actions, programmes_of, strategies_of

    _plan, rows = plan_actions(engine, user, plan_id)
    return ActionPlanOut(
        actions=[ActionOut(**r.to_json()) for r in rows],
        strategies=[StrategyOut(**asdict(s)) for s in strategies_of(rows)],
        programmes=[ProgrammeOut(**asdict(p)) for p in programmes_of(rows)])


@router.put("/{plan_id}/actions")
def actions_api(plan_id: int, body: list[dict[str, Any]], engine: EngineDep,
                user: WritePlans, replace: bool = True) -> list[ActionOut]:
    """Set the action plan (rows as in the CSV; ``stages``, ``related_agencies`` and
    ``targets`` as lists or text). The body is the whole matrix unless ``replace=false``
    (then rows are matched by key and the others kept). All-or-nothing."""
    from rancang.features.plan.actions import set_actions

    rows = set_actions(engine, user, plan_id, body, name="body", replace=replace)
    return [ActionOut(**r.to_json()) for r in rows]


@router.post("/{plan_id}/status")
def status_api(plan_id: int, body: StatusIn, engine: EngineDep, user: MovePlans) -> PlanOut:
    """Move the plan along draft -> consultation -> agreed -> adopted."""
    return PlanOut.of(svc.set_status(engine, user, plan_id, body.status,
                                     perda_number=body.perda_number,
                                     perda_date=body.perda_date))


@router.get("/{plan_id}/versions")
def versions_api(plan_id: int, engine: EngineDep, user: ReadPlans) -> list[VersionOut]:
    """The plan's frozen versions, oldest first."""
    return [VersionOut(**vars(v)) for v in versions.list_versions(engine, user, plan_id)]


@router.post("/{plan_id}/versions", status_code=201)
def freeze_api(plan_id: int, body: VersionIn, engine: EngineDep,
               user: WritePlans) -> VersionOut:
    """Freeze the plan as a version that never changes."""
    return VersionOut(**vars(versions.freeze(engine, user, plan_id, body.label, body.note)))


@router.get("/{plan_id}/diff")
def diff_api(plan_id: int, old: str, new: str, engine: EngineDep,
             user: ReadPlans) -> list[SectionDiffOut]:
    """Differences between two versions (``current``: the working draft), by section."""
    return [SectionDiffOut(key=d.key, number=d.number, status=d.status, lines=d.lines,
                           cells=[CellOut(table=c.table, row=c.row, column=c.column,
                                          old=c.old, new=c.new) for c in d.cells])
            for d in versions.diff_versions(engine, user, plan_id, old, new)]
