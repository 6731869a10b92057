"""Demo logins: an administrator, an analyst of Morowali (72.06) and a viewer."""

from __future__ import annotations

from sqlalchemy import select

from rancang.core.features import DemoContext
from rancang.features.accounts.models import User
from rancang.features.accounts.service import create_user

DEMO_PASSWORD = "demo-rancang"
DEMO_USERS = (
    # username, password, role, region
    ("admin", DEMO_PASSWORD, "admin", None),
    ("analis", DEMO_PASSWORD, "analyst", "72.06"),
    ("tamu", DEMO_PASSWORD, "viewer", None),
)


def load_demo(ctx: DemoContext) -> None:
    """Create the demo logins that do not exist yet (idempotent) and list them."""
    if ctx.engine is None:
        return
    with ctx.engine.connect() as conn:
        existing = {r[0] for r in conn.execute(select(User.username))}
    for username, password, role, region in DEMO_USERS:
        if username not in existing:
            create_user(ctx.engine, username, password, role=role, region_code=region,
                        display_name=f"Demo {role}")
    ctx.logins.extend(DEMO_USERS)
