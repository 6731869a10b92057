"""Demo database for the web application: the synthetic province, a synthetic register
and three demo logins, all labelled synthetic."""

from __future__ import annotations

import tempfile
from pathlib import Path

from sqlalchemy import Engine, select

from rancang.features.datasets import list_datasets, save_panel
from rancang.web.auth import create_user
from rancang.web.models import User

DEMO_USERS = (
    # username, password, role, region
    ("admin", "demo-rancang", "admin", None),
    ("analis", "demo-rancang", "analyst", "72.06"),
    ("tamu", "demo-rancang", "viewer", None),
)


def load_demo(engine: Engine, *, seed: int = 2024, firms: int = 1500,
              bps_dir: Path | None = None) -> list[tuple[str, str, str, str | None]]:
    """Fill an empty database with demo data (idempotent); returns the demo logins."""
    from rancang.features.registry.demo import demo_register, write_office_xlsx
    from rancang.features.registry.importer import import_files
    from rancang.sources.synthetic import demo_province

    names = {d.name for d in list_datasets(engine)}
    if "Provinsi Contoh (DATA SINTETIS)" not in names:
        save_panel(engine, demo_province(seed=seed), name="Provinsi Contoh (DATA SINTETIS)",
                   actor="demo")
        with tempfile.TemporaryDirectory() as tmp:
            path = write_office_xlsx(demo_register(firms, seed=seed),
                                     Path(tmp) / "register_demo_sintetis.xlsx",
                                     title="DATA SINTETIS - demo Rancang")
            import_files(engine, [path], actor="demo", synthetic=True)
    if bps_dir is not None and Path(bps_dir).is_dir() and not any(
        n.startswith("BPS PDRB ADHK") for n in names
    ):
        from rancang.sources import read_panel

        panel = read_panel([bps_dir])
        save_panel(engine, panel,
                   name=f"BPS PDRB ADHK kab/kota {panel.years[0]}-{panel.years[-1]}",
                   actor="demo")
    with engine.connect() as conn:
        existing = {r[0] for r in conn.execute(select(User.username))}
    for username, password, role, region in DEMO_USERS:
        if username not in existing:
            create_user(engine, username, password, role=role, region_code=region,
                        display_name=f"Demo {role}")
    return list(DEMO_USERS)
