"""Unmet demand as a siting criterion: the needs per candidate district equal those of
``GET /api/v1/match/unmet`` (issue 16)."""

from __future__ import annotations

import numpy as np
import pytest

from rancang.core.actors import CLI_ACTOR
from rancang.features.matching import market as mk
from rancang.features.siting.candidates import Candidates, register_unmet_needs
from tests.web.conftest import build_app, login


def test_unmet_needs_per_district_equal_the_api(tmp_path: pytest.TempPathFactory) -> None:
    app = build_app(f"sqlite:///{tmp_path}/u.sqlite", firms=4)  # type: ignore[operator]
    engine = app.state.engine
    try:
        # steel needs nobody supplies: two in district 01, one in 02, one naming no
        # district; a catering need an offer of the same district meets
        for region in ("72.06.01", "72.06.01", "72.06.02", "72.06"):
            mk.create_need(engine, CLI_ACTOR, mk.NeedData(
                region, "PT Sintetis", "pelat baja tahan karat", "24101", 5.0))
        mk.create_offer(engine, CLI_ACTOR, mk.OfferData(
            "72.06.01", "CV Sintetis Boga", "katering nasi kotak karyawan", "56290"))
        mk.create_need(engine, CLI_ACTOR, mk.NeedData(
            "72.06.01", "PT Sintetis", "katering nasi kotak karyawan", "56290"))
        cand = Candidates(("72.06.01", "72.06.02", "72.06.03"), ("A", "B", "C"),
                          ("72.06",) * 3, np.array([-2.8, -2.9, -3.0]),
                          np.array([122.1, 122.2, 122.3]))
        counts, unplaced = register_unmet_needs(engine, cand)
        assert counts.tolist() == [2.0, 1.0, 0.0] and unplaced == 1
        # the same numbers from the API, as the office of the regency reads them
        c = login(app, "analyst_own")
        assert c is not None
        rows = c.http.get("/api/v1/match/unmet").json()
        by_region: dict[str, int] = {}
        for r in rows:
            by_region[r["region"]] = by_region.get(r["region"], 0) + r["needs"]
        assert by_region == {"72.06.01": 2, "72.06.02": 1, "72.06": 1}
        assert [by_region.get(code, 0) for code in cand.codes] == counts.tolist()
        assert {r["kbli"] for r in rows} == {"24101"}  # the met catering need is not there
        # a KBLI group filter: the steel needs are division 24, none of division 10
        assert register_unmet_needs(engine, cand, groups=["10"])[0].sum() == 0
        assert register_unmet_needs(engine, cand, groups=["24"])[0].tolist() == [2, 1, 0]
    finally:
        engine.dispose()


def test_cli_unmet_and_export(tmp_path: pytest.TempPathFactory) -> None:
    """``rancang match unmet`` writes the rows of the service; ``market-export`` the
    tables."""
    import csv

    from typer.testing import CliRunner

    from rancang.cli import build_app as build_cli

    cli = build_cli()

    url = f"sqlite:///{tmp_path}/cli.sqlite"  # type: ignore[operator]
    from rancang.core.db import ensure_schema, make_engine

    engine = make_engine(url)
    ensure_schema(engine)
    mk.create_need(engine, CLI_ACTOR, mk.NeedData("72.06.01", "PT Sintetis",
                                                  "pelat baja", "24101", 5.0))
    out = tmp_path / "u.csv"  # type: ignore[operator]
    r = CliRunner().invoke(cli, ["match", "unmet", "--database-url", url, "--out", str(out)])
    assert r.exit_code == 0, r.output
    rows = list(csv.DictReader(out.read_text(encoding="utf-8-sig").splitlines()))
    assert [(x["kbli"], x["region"], x["needs"]) for x in rows] == [("24101", "72.06.01", "1")]
    r = CliRunner().invoke(cli, ["match", "market-export", "--database-url", url, "--out",
                                 str(tmp_path / "m")])  # type: ignore[operator]
    assert r.exit_code == 0, r.output
    needs = (tmp_path / "m" / "needs.csv").read_text(encoding="utf-8-sig")  # type: ignore[operator]
    assert len(list(csv.DictReader(needs.splitlines()))) == 1
    engine.dispose()
