"""The demo plan: an RPIK drafted from the synthetic province (said so in the document),
stored for the demo's web application and written as DOCX/PDF with ``rancang demo``."""

from __future__ import annotations

from rancang.core.features import DemoContext

DEMO_REGION = "72.06"  # the demo analyst's region; the data is the synthetic regency 9903
DEMO_DATA_REGION = "9903"
DEMO_PLANNER = ("perencana", "demo-rancang", "planner", DEMO_REGION)


def load_demo(ctx: DemoContext) -> None:
    """Store one drafted demo plan (once) and, when the demo writes files, its DOCX and
    PDF in ``<out>/plan``."""
    from sqlalchemy import select

    from rancang.core.actors import ADMIN_ROLE, CLI_ACTOR, Actor, Grant
    from rancang.core.db import ensure_schema, make_engine
    from rancang.core.i18n import current_language, text
    from rancang.features.plan.draft import draft_plan
    from rancang.features.plan.export import export_plan
    from rancang.features.plan.models import Plan
    from rancang.features.plan.service import create_plan
    from rancang.sources.synthetic import demo_province

    engine = ctx.engine
    own = engine is None
    if own:
        if not ctx.files:
            return
        engine = make_engine("sqlite://")
        ensure_schema(engine)
    try:
        if not own:
            _planner(ctx)
        with engine.connect() as conn:
            found = conn.execute(select(Plan.id).where(Plan.created_by == "demo")).first()
        if found is None:
            actor = Actor(0, "demo", (Grant(ADMIN_ROLE),), display_name="demo")
            panel = demo_province(seed=ctx.seed)
            plan = create_plan(engine, actor, region=DEMO_REGION,
                               start_year=panel.years[-1] + 1)
            draft_plan(engine, actor, plan.id, panel, region=DEMO_DATA_REGION,
                       sources={"demo": "rancang demo (sintetis)"})
            from rancang.features.plan.actions import set_actions

            set_actions(engine, actor, plan.id, DEMO_ACTIONS, name="demo")
            plan_id = plan.id
        else:
            plan_id = int(found[0])
        if ctx.files:
            paths = export_plan(engine, CLI_ACTOR, plan_id, ctx.out / "plan", pdf=True,
                                lang=current_language())
            ctx.say(text("plan.demo_written", path=paths[0].parent))
    finally:
        if own:
            engine.dispose()


#: a small action plan for the demo (illustrative, one row per programme group)
DEMO_ACTIONS: list[dict[str, str]] = [
    {"key": "A1.1", "group": "leading", "strategy_key": "S1",
     "strategy": "Hilirisasi komoditas unggulan daerah", "programme_key": "P1",
     "programme": "Pengembangan industri pengolahan nikel dan turunannya",
     "action": "Kajian kelayakan industri turunan nikel", "stages": "1",
     "lead_agency": "Dinas Perindustrian", "related_agencies": "Bappeda; DPMPTSP",
     "targets": "industry_share; industry_growth"},
    {"key": "A1.2", "group": "leading", "strategy_key": "S1", "programme_key": "P1",
     "action": "Fasilitasi investasi industri turunan", "stages": "1-3",
     "lead_agency": "DPMPTSP", "related_agencies": "Dinas Perindustrian",
     "targets": "investment"},
    {"key": "A2.1", "group": "zoning", "strategy_key": "S2",
     "strategy": "Perwilayahan industri yang terencana", "programme_key": "P2",
     "programme": "Penetapan sentra IKM", "action": "Penetapan lokasi sentra IKM",
     "stages": "1-2", "lead_agency": "Dinas Perindustrian",
     "related_agencies": "Dinas PUPR; BPN", "targets": "ikm_contribution"},
    {"key": "A3.1", "group": "resources", "strategy_key": "S3",
     "strategy": "Sumber daya manusia industri yang kompeten", "programme_key": "P3",
     "programme": "Pelatihan berbasis kompetensi", "action": "Pelatihan operator industri",
     "stages": "1-4", "lead_agency": "Dinas Tenaga Kerja",
     "related_agencies": "Dinas Perindustrian", "targets": "industry_jobs"},
    {"key": "A4.1", "group": "infrastructure", "strategy_key": "S4",
     "strategy": "Sarana dan prasarana penunjang", "programme_key": "P4",
     "programme": "Akses jalan dan energi kawasan", "action": "Peningkatan jalan akses kawasan",
     "stages": "2-3", "lead_agency": "Dinas PUPR", "related_agencies": "PLN",
     "targets": "investment"},
    {"key": "A5.1", "group": "empowerment", "strategy_key": "S5",
     "strategy": "Pemberdayaan IKM", "programme_key": "P5",
     "programme": "Pendampingan dan kemitraan IKM", "action": "Pendampingan mutu produk IKM",
     "stages": "1-4", "lead_agency": "Dinas Perindustrian",
     "related_agencies": "Dinas Koperasi dan UKM", "targets": "ikm_contribution"},
]


def _planner(ctx: DemoContext) -> None:
    """The demo planner login of Morowali (idempotent)."""
    from sqlalchemy import select

    from rancang.features.accounts.models import User
    from rancang.features.accounts.service import create_user

    username, password, role, region = DEMO_PLANNER
    with ctx.engine.connect() as conn:
        exists = conn.execute(select(User.id).where(User.username == username)).first()
    if exists is None:
        create_user(ctx.engine, username, password, role=role, region_code=region,
                    display_name="Demo planner")
    ctx.logins.append(DEMO_PLANNER)
