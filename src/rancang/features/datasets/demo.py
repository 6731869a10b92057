"""Demo data of the datasets feature: the synthetic province, and real BPS files if given."""

from __future__ import annotations

from pathlib import Path

from rancang.core.features import DemoContext

DEMO_NAME = "Provinsi Contoh (DATA SINTETIS)"


def load_demo(ctx: DemoContext) -> None:
    """Store the synthetic province (and the BPS PDRB folder ``ctx.bps_dir``) once."""
    if ctx.engine is None:
        return
    from rancang.features.datasets.service import list_datasets, save_panel
    from rancang.sources.synthetic import demo_province

    names = {d.name for d in list_datasets(ctx.engine)}
    if DEMO_NAME not in names:
        save_panel(ctx.engine, demo_province(seed=ctx.seed), name=DEMO_NAME, actor="demo")
    if ctx.bps_dir is not None and Path(ctx.bps_dir).is_dir() and not any(
        n.startswith("BPS PDRB ADHK") for n in names
    ):
        from rancang.sources import read_panel

        panel = read_panel([ctx.bps_dir])
        save_panel(ctx.engine, panel,
                   name=f"BPS PDRB ADHK kab/kota {panel.years[0]}-{panel.years[-1]}",
                   actor="demo")
