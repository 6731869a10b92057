"""No stale analyses: a deleted dataset's cached panel and results are never served for the
dataset that later gets its id (SQLite reuses ids), in this worker or another one."""

from __future__ import annotations

import dataclasses
from pathlib import Path

from rancang.core.db import ensure_schema, make_engine
from rancang.features.datasets import delete_dataset, load_panel, save_panel
from rancang.features.leading.queries import AnalysisQuery, analyse
from rancang.sources.synthetic import demo_province


def _scaled(factor: float):  # type: ignore[no-untyped-def]
    p = demo_province()
    values = p.values.copy()
    values[:, 0, :] *= factor  # agriculture grows: its LQ changes
    return dataclasses.replace(p, values=values)


def _lq(engine, ds: int) -> float:  # type: ignore[no-untyped-def]
    result = analyse(engine, AnalysisQuery.make(ds, "9903", reference="all"))
    frame = result.tables["location_quotient"]
    return float(frame.filter(frame["industry_code"] == "A")["lq"][-1])


def test_reused_id_gets_fresh_results_in_every_worker(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'c.sqlite'}"
    worker_a, worker_b = make_engine(url), make_engine(url)
    ensure_schema(worker_a)
    save_panel(worker_a, demo_province(), name="keep")
    first = save_panel(worker_a, demo_province(), name="old")
    old_lq = _lq(worker_a, first)
    old_panel = load_panel(worker_a, first)

    # another worker deletes it and stores a different dataset, which gets the same id
    delete_dataset(worker_b, first)
    # kept for its retention period (restorable), then purged: only then is the id free
    from datetime import timedelta

    from rancang.core.db.base import utcnow
    from rancang.features.datasets.service import RETENTION, purge_datasets

    assert purge_datasets(worker_b, now=utcnow() + RETENTION + timedelta(days=1)) == 1
    second = save_panel(worker_b, _scaled(5.0), name="new")
    assert second == first

    assert load_panel(worker_a, second) is not old_panel
    assert load_panel(worker_a, second).values[0, 0, 0] == _scaled(5.0).values[0, 0, 0]
    assert _lq(worker_a, second) != old_lq
    assert _lq(worker_a, second) == _lq(worker_b, second)
    worker_a.dispose()
    worker_b.dispose()
