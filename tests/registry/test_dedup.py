"""De-duplication: normalisers, quality on a noisy sample, merge/keep/undo with audit."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import polars as pl
import pytest
from sqlalchemy import Engine, func, select
from typer.testing import CliRunner

from rancang.cli import build_app
from rancang.features.registry.dedup import find_duplicates, normalize_owner, pairwise_quality
from rancang.features.registry.importer import import_files
from rancang.features.registry.merge import detect, keep_apart, merge, undo
from rancang.features.registry.models import AuditLog, Enterprise, EnterprisePeriod
from rancang.features.registry.noise import noisy_register
from rancang.features.registry.normalize import (
    legal_form,
    normalize_address,
    normalize_name,
    normalize_phone,
    normalize_region_name,
)


def test_normalisers() -> None:
    assert normalize_name("PT. Sinar Jaya Abadi") == normalize_name("Sinar Jaya Abadi, PT")
    assert legal_form("Koperasi Produsen Tani") == "Koperasi"
    assert legal_form("Kelompok Usaha Bersama Mawar") == "KUB"
    assert normalize_address("Jln. Merdeka no.3 RT.01/RW.002") == \
        normalize_address("JALAN MERDEKA NOMOR 3 RT 1 RW 2")
    assert normalize_phone("+62-811-450-1234") == normalize_phone("0811 4501 234")
    assert normalize_phone("62811450123") == "0811450123"
    assert normalize_region_name("Palangka Raya") == normalize_region_name("PALANGKARAYA")
    assert normalize_region_name("Kab. Toli-Toli") == normalize_region_name("TOLITOLI")
    assert normalize_owner("H. Muh. Said") == normalize_owner("Muhammad Said")


@pytest.mark.parametrize("seed", [11, 12])
def test_quality_on_2k_sample(seed: int) -> None:
    records = noisy_register(2000, seed=seed)
    result = find_duplicates(records)
    precision, recall = pairwise_quality(result.labels, records["true_id"].to_numpy())
    assert precision >= 0.98 and recall >= 0.95


def test_quality_measure_against_brute_force() -> None:
    rng = np.random.default_rng(3)
    labels, truth = rng.integers(0, 8, 40), rng.integers(0, 8, 40)
    same_l = labels[:, None] == labels[None, :]
    same_t = truth[:, None] == truth[None, :]
    iu = np.triu_indices(40, 1)
    tp = (same_l & same_t)[iu].sum()
    assert pairwise_quality(labels, truth) == pytest.approx(
        (tp / same_l[iu].sum(), tp / same_t[iu].sum()))


def test_different_nibs_never_cluster() -> None:
    frame = pl.DataFrame({
        "id": [1, 2, 3], "nib": ["1111111111111", "2222222222222", None],
        "name": ["UD Sinar Jaya"] * 3, "owner_name": ["Andi Lamba"] * 3,
        "phone": ["081234567890"] * 3, "address": ["Jl. Merdeka 1"] * 3})
    labels = find_duplicates(frame).labels
    assert labels[0] != labels[1] and labels[2] in (labels[0], labels[1])


CSV = (
    "Nama Usaha;NIB;Nama Pemilik;No HP;Alamat;Kode Desa;KBLI;TK;Tahun\n"
    "UD Roti Bu Ani;9120001234567;Ani Lamba;0812 3456 7890;Jl. Merdeka No. 3;72.06.05.1014;"
    "10710;3;2023\n"
    "Roti Bu Ani, UD;;Hj. Ani Lamba;+62 812-3456-7890;Jalan Merdeka 3;72.06.05.1014;10710;4;"
    "2024\n"
    "CV Mebel Jaya;;Budi Said;0813 1111 2222;Jl. Pasar 9;72.06.10.2003;31001;6;2023\n"
)


def test_merge_keep_undo_audited(tmp_path: Path, engine: Engine) -> None:
    path = tmp_path / "r.csv"
    path.write_text(CSV, encoding="utf-8")
    import_files(engine, [path])
    clusters = detect(engine)  # ids follow the import order: 2024 row is written last
    assert len(clusters) == 1 and clusters[0].ids == [1, 3] and clusters[0].survivor == 1
    mid = merge(engine, 1, [3], actor="analis")
    with engine.connect() as c:
        periods = c.execute(select(EnterprisePeriod.period).where(
            EnterprisePeriod.enterprise_id == 1).order_by(EnterprisePeriod.period)).scalars()
        assert list(periods) == ["2023", "2024"]
        assert c.execute(select(Enterprise.merged_into_id).where(Enterprise.id == 3)
                         ).scalar() == 1
        actions = c.execute(select(AuditLog.action).where(AuditLog.batch == f"merge-{mid}")
                            ).scalars().all()
    assert sorted(actions) == ["merge", "merged"]
    assert detect(engine) == []
    # re-importing the same file neither duplicates nor revives the merged record
    again = import_files(engine, [path])
    assert again.added == 0
    undo(engine, mid, actor="analis")
    with engine.connect() as c:
        assert c.execute(select(func.count()).select_from(EnterprisePeriod).where(
            EnterprisePeriod.enterprise_id == 1)).scalar() == 1
        assert c.execute(select(Enterprise.merged_into_id).where(Enterprise.id == 3)
                         ).scalar() is None
    assert [c.ids for c in detect(engine)] == [[1, 3]]
    keep_apart(engine, [1, 3], actor="analis")
    assert detect(engine) == []


def test_cli_review(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'd.sqlite'}"
    path = tmp_path / "r.csv"
    path.write_text(CSV, encoding="utf-8")
    runner = CliRunner()
    app = build_app()
    assert runner.invoke(app, ["registry", "import", str(path), "--database-url", url]
                         ).exit_code == 0
    out = runner.invoke(app, ["registry", "dedup", "--database-url", url]).output
    assert "1 kelompok" in out and "* [1] UD Roti Bu Ani" in out
    res = runner.invoke(app, ["registry", "dedup", "--review", "--database-url", url],
                        input="g\n")
    assert "1 digabung" in res.output
    res = runner.invoke(app, ["registry", "undo-merge", "1", "--database-url", url])
    assert res.exit_code == 0 and "dibatalkan" in res.output
    res = runner.invoke(app, ["registry", "undo-merge", "1", "--database-url", url])
    assert res.exit_code == 2
    res = runner.invoke(app, ["registry", "history", "1", "--database-url", url])
    actions = [ln.split()[3].rstrip(":") for ln in res.output.splitlines()]
    assert actions == ["import_create", "merge", "undo_merge"]
