"""KBLI suggestions in ``rancang registry import`` (issue 16): ``--kbli-suggestions``
writes the kbli feature's suggestions for the rows without KBLI, nothing applied;
``--accept-kbli`` applies only the classes the user filled in (audited ``kbli_choice``),
all or nothing; a re-import duplicates nothing and erases no stored KBLI. Without the
kbli feature the import offers nothing and works as before."""

from __future__ import annotations

from pathlib import Path

import polars as pl
import pytest
from sqlalchemy import Engine, select
from typer.testing import CliRunner

from rancang.cli import build_app
from rancang.core import features
from rancang.core.db import make_engine
from rancang.features.registry.importer import import_files
from rancang.features.registry.models import AuditLog, Enterprise

runner = CliRunner()
CSV = ("Nama Usaha,NIB,Alamat,Kode Desa,KBLI,Produk,Tahun\n"
       "UD Roti Manis,9120008880001,Jl. A,72.06.05.1014,,roti manis,2023\n"
       "CV Mebel Jati,9120008880002,Jl. B,72.06.05.1014,,mebel kayu jati,2023\n"
       "UD Kopi Bubuk,9120008880003,Jl. C,72.06.05.1014,10761,kopi bubuk,2023\n")


def run(*args: str, url: str) -> tuple[int, str]:
    result = runner.invoke(build_app(), ["registry", *args, "--database-url", url])
    return result.exit_code, result.output


def _kbli(url: str) -> dict[str, str | None]:
    eng = make_engine(url)
    e = Enterprise.__table__
    try:
        with eng.connect() as conn:
            return {r.name: r.kbli for r in conn.execute(select(e.c.name, e.c.kbli))}
    finally:
        eng.dispose()


def test_cli_reports_suggestions_and_applies_only_accepted(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'k.sqlite'}"
    src = tmp_path / "ikm.csv"
    src.write_text(CSV, encoding="utf-8")
    out = tmp_path / "saran.csv"
    code, text = run("import", str(src), "--dry-run", "--kbli-suggestions", str(out), url=url)
    assert code == 0, text
    assert "2 usaha tanpa KBLI" in text
    table = pl.read_csv(out, infer_schema=False)
    assert table["name"].to_list() == ["UD Roti Manis", "CV Mebel Jati"]
    assert table["row"].to_list() == ["2", "3"]
    assert table["kbli_1"].to_list() == ["10710", "31001"]
    assert table["title_1"][0] == "INDUSTRI PRODUK ROTI DAN KUE"
    assert table["matched_1"][0] == "roti manis"
    assert table["kbli"].null_count() == 2  # to fill in: nothing chosen
    assert _kbli(url) == {}  # a dry run
    # a suggestions report alone applies nothing
    code, text = run("import", str(src), "--kbli-suggestions", str(out), url=url)
    assert code == 0 and "3 baru" in text
    assert _kbli(url) == {"UD Roti Manis": None, "CV Mebel Jati": None,
                          "UD Kopi Bubuk": "10761"}
    # the user fills in one row and gives the file back
    table.with_columns(pl.when(pl.col("row") == "3").then(pl.lit("31001"))
                       .otherwise(None).alias("kbli")).write_csv(out)
    code, text = run("import", str(src), "--accept-kbli", str(out), "--lang", "en", url=url)
    assert code == 0, text
    assert "1 firms given the KBLI you chose" in text and "0 added" not in text
    kbli = _kbli(url)
    assert kbli == {"UD Roti Manis": None, "CV Mebel Jati": "31001",
                    "UD Kopi Bubuk": "10761"}
    eng = make_engine(url)
    a = AuditLog.__table__
    with eng.connect() as conn:
        assert [tuple(r) for r in conn.execute(select(a.c.action, a.c.after).where(
            a.c.action == "kbli_choice"))] == [("kbli_choice", {"kbli": "31001"})]
    eng.dispose()
    # re-run: no duplicate, the blank KBLI cell erases nothing
    code, text = run("import", str(src), url=url)
    assert code == 0 and "0 baru, 0 berubah, 3 tetap" in text
    assert _kbli(url) == kbli


def test_cli_refuses_a_choice_that_does_not_fit_and_saves_nothing(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'k.sqlite'}"
    src = tmp_path / "ikm.csv"
    src.write_text(CSV, encoding="utf-8")
    accept = tmp_path / "pilih.csv"
    accept.write_text("row,kbli\n2,10710\n4,10710\n3,46100\n", encoding="utf-8")
    code, text = run("import", str(src), "--accept-kbli", str(accept), url=url)
    assert code == 2, text
    assert "baris 4" in text and "sudah punya KBLI" in text  # row 4 has its own
    assert "46100" in text  # not a manufacturing class
    assert _kbli(url) == {}  # all or nothing


def test_without_the_kbli_feature_nothing_is_suggested(
        engine: Engine, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    src = tmp_path / "ikm.csv"
    src.write_text(CSV, encoding="utf-8")
    with_kbli = import_files(engine, [src], dry_run=True, kbli_listed=None)
    assert [r["row"] for r in with_kbli.kbli_suggestions] == [2, 3]
    assert with_kbli.kbli_suggestions[0]["suggestions"][0]["code"] == "10710"
    bare = features.FeatureSet(tuple(f for f in features.installed() if f.name != "kbli"))
    monkeypatch.setattr(features, "installed", lambda: bare)
    rep = import_files(engine, [src], kbli_listed=None)
    assert rep.added == 3 and rep.without_kbli == 2
    assert [r["suggestions"] for r in rep.kbli_suggestions] == [[], []]  # listed, no codes
    code, text = run("import", str(src), "--kbli-suggestions", str(tmp_path / "s.csv"),
                     url=str(engine.url))
    assert code == 0 and "3 tetap" in text
    assert pl.read_csv(tmp_path / "s.csv", infer_schema=False)["kbli_1"].null_count() == 2
