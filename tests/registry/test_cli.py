"""The ``rancang registry`` commands through Typer's CLI runner."""

from __future__ import annotations

import json
from pathlib import Path

import polars as pl
import pytest
from typer.testing import CliRunner

from rancang.cli import build_app

from .conftest import ROWS, office_workbook

runner = CliRunner()


def run(*args: str, url: str) -> tuple[int, str]:
    result = runner.invoke(build_app(), ["registry", *args, "--database-url", url])
    return result.exit_code, result.output


@pytest.fixture()
def url(tmp_path: Path) -> str:
    return f"sqlite:///{tmp_path / 'cli.sqlite'}"


def test_import_dry_run_then_import_then_reimport(tmp_path: Path, url: str) -> None:
    path = str(office_workbook(tmp_path / "ikm.xlsx"))
    code, out = run("import", path, "--dry-run", url=url)
    assert code == 0 and "3 baru" in out and "uji coba" in out
    assert "'NAMA IKM'->name" in out
    code, out = run("import", path, url=url)
    assert code == 0 and "3 baru, 0 berubah, 0 tetap" in out
    code, out = run("import", path, url=url)
    assert "0 baru, 0 berubah, 3 tetap" in out
    code, out = run("stats", "--json", url=url)
    s = json.loads(out)
    assert s["enterprises"] == 3 and s["size_bps"] == {"micro": 1, "small": 2}


def test_import_problems_exit_2(tmp_path: Path, url: str) -> None:
    rows = [r.copy() for r in ROWS]
    rows[0][2] = "12"
    code, out = run("import", str(office_workbook(tmp_path / "bad.xlsx", rows)), url=url)
    assert code == 2
    assert "baris 5" in out and "NIB harus 13 digit" in out and "tidak ada data yang ditulis" in out


def test_mapping_roundtrip(tmp_path: Path, url: str) -> None:
    result = runner.invoke(build_app(), ["registry", "mapping"])
    assert result.exit_code == 0 and "name: nama perusahaan, nama usaha, nama ikm" in result.output
    result = runner.invoke(build_app(), ["registry", "mapping", "--out",
                                         str(tmp_path / "m.yaml")])
    from rancang.features.registry.mapping import read_mapping_file

    assert read_mapping_file(tmp_path / "m.yaml")["nama ikm"] == "name"


def test_demo_panel_export(tmp_path: Path, url: str) -> None:
    code, out = run("demo", "--n", "300", url=url)
    assert code == 0 and "SINTETIS" in out and "300 IKM baru" in out
    code, out = run("panel", "--level", "2", "--measure", "workers", "--out",
                    str(tmp_path / "p.csv"), url=url)
    assert code == 0, out
    long = pl.read_csv(tmp_path / "p.csv", schema_overrides={"industry_code": pl.String})
    assert long.columns[:4] == ["region_code", "industry_code", "year", "value"]
    code, out = run("export", "--out", str(tmp_path / "all.csv"), url=url)
    full = pl.read_csv(tmp_path / "all.csv", infer_schema=False)
    assert full.height == 600
    # the panel agrees with a direct sum over the exported firm-period rows
    direct = (full.with_columns(pl.col("workers").cast(pl.Float64))
              .group_by("district_code", pl.col("kbli").str.slice(0, 2), "year")
              .agg(pl.col("workers").sum()))
    merged = long.with_columns(pl.col("year").cast(pl.String)).join(
        direct, left_on=["region_code", "industry_code", "year"],
        right_on=["district_code", "kbli", "year"])
    assert merged.height == long.height
    assert (merged["value"] == merged["workers"]).all()
    code, out = run("export", "--public", "--out", str(tmp_path / "pub.csv"), url=url)
    pub = pl.read_csv(tmp_path / "pub.csv", infer_schema=False)
    # only the verified records the demo published (3 in 4), never a draft
    assert pub.height == full.filter(pl.col("status") == "verified")["id"].n_unique() == 225
    assert not {"owner_name", "phone", "email", "nib", "workers", "investment"} & set(pub.columns)
    code, out = run("export", "--aggregate", "--level", "5", "--region-level", "village",
                    "--out", str(tmp_path / "agg.xlsx"), url=url)
    assert code == 0 and "disembunyikan" in out


def test_bad_measure_is_reported(tmp_path: Path, url: str) -> None:
    run("demo", "--n", "20", url=url)
    code, out = run("panel", "--measure", "profit", "--out", str(tmp_path / "p.csv"), url=url)
    assert code == 2 and "profit" in out


def test_panel_csv_reads_back_as_the_same_panel(tmp_path: Path, url: str) -> None:
    from rancang.features.registry.panel import register_panel
    from rancang.features.registry.service import open_register
    from rancang.panel import Panel

    run("demo", "--n", "200", url=url)
    run("panel", "--level", "3", "--measure", "units", "--out", str(tmp_path / "u.csv"),
        url=url)
    long = pl.read_csv(tmp_path / "u.csv", schema_overrides={"industry_code": pl.String})
    back = Panel.from_long(long, fill_missing=0.0, classification="kbli2020")
    engine = open_register(url)
    panel, _ = register_panel(engine, level=3, measure="units")
    engine.dispose()
    assert back.region_codes == panel.region_codes and back.years == panel.years
    assert (back.values == panel.values).all()
    assert panel.values.sum() == 400  # 200 firms x 2 years, one unit each
    assert panel.synthetic


@pytest.mark.postgres
def test_same_commands_on_postgresql(tmp_path: Path, postgres_url: str) -> None:
    code, out = run("demo", "--n", "150", url=postgres_url)
    assert code == 0 and "150 IKM baru" in out
    code, out = run("stats", "--json", url=postgres_url)
    assert json.loads(out)["enterprises"] == 150
    code, out = run("panel", "--level", "2", "--out", str(tmp_path / "p.csv"), url=postgres_url)
    assert code == 0, out
    code, out = run("export", "--aggregate", "--out", str(tmp_path / "a.csv"), url=postgres_url)
    assert code == 0, out
    code, out = run("dedup", url=postgres_url)
    assert code == 0 and "kelompok" in out
