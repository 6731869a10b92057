"""Demo data of the register: a synthetic register imported once, labelled synthetic."""

from __future__ import annotations

import tempfile
from pathlib import Path

from rancang.core.features import DemoContext

DEMO_FIRMS = 1500


def load_demo(ctx: DemoContext) -> None:
    """Import the synthetic register (office-style XLSX) when the register is empty of it."""
    if ctx.engine is None:
        return
    from sqlalchemy import func, select

    from rancang.features.registry.demo import demo_register, write_office_xlsx
    from rancang.features.registry.importer import import_files
    from rancang.features.registry.models import Enterprise

    with ctx.engine.connect() as conn:
        synthetic = conn.execute(select(func.count()).select_from(Enterprise)
                                 .where(Enterprise.synthetic.is_(True))).scalar_one()
    if synthetic:
        return
    with tempfile.TemporaryDirectory() as tmp:
        path = write_office_xlsx(demo_register(int(ctx.options.get("firms", DEMO_FIRMS)),
                                              seed=ctx.seed),
                                 Path(tmp) / "register_demo_sintetis.xlsx",
                                 title="DATA SINTETIS - demo Rancang")
        import_files(ctx.engine, [path], actor="demo", synthetic=True)
    from rancang.features.registry.publish import publish_demo

    publish_demo(ctx.engine)
