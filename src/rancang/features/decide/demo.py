"""The demo AHP survey: five synthetic participants (clearly named so) judging the
leading-industry criteria for the demo analyst's region; three have answered (one of them
inconsistently), two have not."""

from __future__ import annotations

from typing import Any

from rancang.core.features import DemoContext

DEMO_REGION = "72.06"
DEMO_TITLE = "Survei AHP demo (data sintetis)"
#: Upper triangles (slq, dlq, competitive, growth, share) of the three answers.
DEMO_ANSWERS = (
    (3, 2, 4, 5, 1, 2, 3, 2, 3, 1),
    (2, 1, 3, 3, 1 / 2, 2, 2, 3, 3, 1),
    (5, 1 / 3, 7, 1 / 2, 1 / 5, 3, 1 / 4, 1 / 3, 5, 3),  # inconsistent on purpose
)


def demo_survey(engine: Any, *, seed: int = 2024) -> int:
    """Store the demo survey once (idempotent); returns its id."""
    from datetime import timedelta

    from sqlalchemy import select

    from rancang.core.actors import ADMIN_ROLE, Actor, Grant
    from rancang.core.db.base import utcnow
    from rancang.features.decide.models import AhpSurvey
    from rancang.features.decide.survey import Criterion, by_token, create_survey, submit
    from rancang.sources.ahp_forms import LEADING_CRITERIA_LABELS

    s = AhpSurvey.__table__
    with engine.connect() as conn:
        found = conn.execute(select(s.c.id).where(s.c.synthetic.is_(True),
                                                  s.c.title == DEMO_TITLE)).scalar()
    if found is not None:
        return int(found)
    actor = Actor(0, "demo", (Grant(ADMIN_ROLE),), display_name="demo")
    codes = ("slq", "dlq", "competitive", "growth", "share")
    sid = create_survey(
        engine, actor, region=DEMO_REGION, title=DEMO_TITLE, synthetic=True,
        criteria=[Criterion(c, *LEADING_CRITERIA_LABELS[c]) for c in codes],
        participants=[(f"Peserta sintetis {k}", "Instansi contoh (sintetis)")
                      for k in range(1, 6)],
        deadline=utcnow() + timedelta(days=365))
    with engine.connect() as conn:
        from rancang.features.decide.models import AhpParticipant

        p = AhpParticipant.__table__
        tokens = conn.execute(select(p.c.token).where(p.c.survey_id == sid)
                              .order_by(p.c.position)).scalars().all()
    for token, answer in zip(tokens, DEMO_ANSWERS, strict=False):
        submit(engine, token, [float(v) for v in answer], via="web")
        by_token(engine, token)
    return sid


def load_demo(ctx: DemoContext) -> None:
    """Add the demo survey to the demo's database (nothing when the demo only writes
    files)."""
    if ctx.engine is not None:
        demo_survey(ctx.engine, seed=ctx.seed)
