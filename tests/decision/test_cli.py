"""``rancang decide`` through the CLI runner, with AHP forms filled by openpyxl."""

from __future__ import annotations

import csv
from fractions import Fraction
from pathlib import Path

import numpy as np
import openpyxl
import pytest
from typer.testing import CliRunner

from rancang.cli import build_app
from rancang.core.errors import InputError
from rancang.sources.ahp_forms import read_form

# the assertions read English messages
pytestmark = pytest.mark.usefixtures("english")

runner = CliRunner()
# Saaty's house example criteria matrix, upper triangle as text the way people type it.
HOUSE_UPPER = {
    (0, 1): "5", (0, 2): "3", (0, 3): "7", (0, 4): "6", (0, 5): "6", (0, 6): "1/3", (0, 7): "1/4",
    (1, 2): "1/3", (1, 3): "5", (1, 4): "3", (1, 5): "3", (1, 6): "1/5", (1, 7): "1/7",
    (2, 3): "6", (2, 4): "3", (2, 5): "4", (2, 6): "6", (2, 7): "1/5",
    (3, 4): "1/3", (3, 5): "1/4", (3, 6): "1/7", (3, 7): "1/8",
    (4, 5): "1/2", (4, 6): "1/5", (4, 7): "1/6", (5, 6): "1/5", (5, 7): "1/6", (6, 7): "1/2",
}


def _csv(path: Path) -> list[dict[str, str]]:
    return list(csv.DictReader(path.read_text(encoding="utf-8").splitlines()))


def _fill(path: Path, values: dict[tuple[int, int], object]) -> None:
    wb = openpyxl.load_workbook(path)
    ws = wb["Perbandingan"]
    for (i, j), v in values.items():
        ws.cell(5 + i, 2 + j).value = v
    wb.save(path)


@pytest.fixture()
def house_forms(tmp_path: Path) -> list[Path]:
    crit = tmp_path / "criteria.csv"
    crit.write_text("criterion\n" + "\n".join(f"k{i}" for i in range(8)) + "\n")
    res = runner.invoke(build_app(), ["decide", "forms", "--criteria", str(crit),
                                      "--participants", "2", "--out", str(tmp_path / "f")])
    assert res.exit_code == 0, res.output
    forms = sorted((tmp_path / "f").glob("*.xlsx"))
    for f in forms:
        _fill(f, HOUSE_UPPER)
    return forms


def test_ahp_forms_roundtrip_give_saaty_house_priorities(house_forms: list[Path],
                                                         tmp_path: Path) -> None:
    out = tmp_path / "o"
    res = runner.invoke(build_app(), ["decide", "ahp", *map(str, house_forms), "--out", str(out)])
    assert res.exit_code == 0, res.output
    pri = _csv(out / "priorities.csv")
    got = [round(float(r["weight"]), 3) for r in pri]
    assert got == [0.173, 0.054, 0.188, 0.018, 0.031, 0.036, 0.167, 0.333]
    cons = _csv(out / "consistency.csv")
    assert cons[0]["cr"] == "0.1691" and cons[0]["worst_judgment"]
    assert "Inconsistent: Peserta 1" in res.output
    judged = _csv(out / "judgments.csv")
    assert len(judged) == 6 and judged[0]["participant"] == "Peserta 1"
    assert float(judged[0]["share"]) >= float(judged[1]["share"])


def test_form_errors_name_file_sheet_row_column(house_forms: list[Path]) -> None:
    _fill(house_forms[0], {(0, 1): "12", (0, 4): None, (2, 0): "3"})
    with pytest.raises(InputError) as e:
        read_form(house_forms[0])
    text = str(e.value)
    assert "sheet 'Perbandingan', row 5, column 'C'" in text and "scale" in text
    assert "row 5, column 'F': missing judgment" in text
    assert "row 7, column 'B': not reciprocal" in text


def test_rank_cli_and_bad_csv(tmp_path: Path) -> None:
    (tmp_path / "c.csv").write_text("criterion,weight,direction\nx,0.6,benefit\ny,0.4,cost\n")
    (tmp_path / "m.csv").write_text("alternative,x,y\nA,3,1\nB,1,3\nC,2,2\n")
    for method in ("topsis", "vikor", "promethee", "wsm", "wpm"):
        res = runner.invoke(build_app(), ["decide", "rank", str(tmp_path / "m.csv"), "--criteria",
                                          str(tmp_path / "c.csv"), "--method", method,
                                          "--samples", "50", "--out", str(tmp_path / method)])
        assert res.exit_code == 0, res.output
        rows = _csv(tmp_path / method / "ranking.csv")
        assert next(r["alternative"] for r in rows) == "A"
        assert list(rows[0]) == ["alternative", "score", "rank", "rank_low", "rank_high",
                                 "acceptability"]
    (tmp_path / "m.csv").write_text("alternative,x,y\nA,3,1\nB,abc,3\n")
    res = runner.invoke(build_app(), ["decide", "rank", str(tmp_path / "m.csv"), "--criteria",
                                      str(tmp_path / "c.csv"), "--out", str(tmp_path / "z")])
    assert res.exit_code == 2, res.output
    assert "file m.csv, row 3, column 'x'" in res.output


def test_rank_over_group_spread(house_forms: list[Path], tmp_path: Path) -> None:
    _fill(house_forms[1], {(0, 1): "1/5", (6, 7): "3"})  # a dissenting participant
    out = tmp_path / "o"
    res = runner.invoke(build_app(), ["decide", "ahp", *map(str, house_forms), "--aggregate",
                                      "aip", "--out", str(out)])
    assert res.exit_code == 0, res.output
    ind = _csv(out / "individual_priorities.csv")
    assert len(ind) == 16
    weights = {r["criterion"]: r["weight"] for r in _csv(out / "priorities.csv")}
    (tmp_path / "c.csv").write_text("criterion,weight,direction\n" + "".join(
        f"k{i},{weights[f'k{i}']},benefit\n" for i in range(8)))
    rng = np.random.default_rng(3)
    (tmp_path / "m.csv").write_text("alternative," + ",".join(f"k{i}" for i in range(8)) + "\n"
                                    + "".join(f"a{j}," + ",".join(f"{v:.2f}" for v in
                                              rng.uniform(0, 1, 8)) + "\n" for j in range(6)))
    res = runner.invoke(build_app(), ["decide", "rank", str(tmp_path / "m.csv"), "--criteria",
                                      str(tmp_path / "c.csv"), "--group",
                                      str(out / "individual_priorities.csv"), "--samples", "300",
                                      "--out", str(tmp_path / "r")])
    assert res.exit_code == 0, res.output
    rows = _csv(tmp_path / "r" / "ranking.csv")
    assert sorted(int(r["rank"]) for r in rows) == list(range(1, 7))
    assert all(int(r["rank_low"]) <= int(r["rank"]) <= int(r["rank_high"]) for r in rows)


def _ploskas(tmp_path: Path) -> tuple[Path, Path]:
    """Papathanasiou & Ploskas (2018), the 6 x 4 example of their VIKOR chapter."""
    m = tmp_path / "m.csv"
    m.write_text("alternative,c1,c2,c3,c4\nA1,8,7,2,1\nA2,5,3,7,5\nA3,7,5,6,4\nA4,9,9,7,3\n"
                 "A5,11,10,3,7\nA6,6,9,5,4\n")
    c = tmp_path / "c.csv"
    c.write_text("criterion,weight,direction\nc1,0.4,benefit\nc2,0.3,benefit\nc3,0.1,benefit\n"
                 "c4,0.2,benefit\n")
    return m, c


def test_rank_vikor_writes_compromise_and_conditions(tmp_path: Path) -> None:
    m, c = _ploskas(tmp_path)
    res = runner.invoke(build_app(), ["decide", "rank", str(m), "--criteria", str(c),
                                      "--method", "vikor", "--v", "0.625", "--samples", "50",
                                      "--out", str(tmp_path / "o")])
    assert res.exit_code == 0, res.output
    rows = _csv(tmp_path / "o" / "vikor.csv")
    # published Q (v = 0.625): A5 0, A4 0.271, A1 0.640, A3 0.693, A6 0.694, A2 1
    assert [r["alternative"] for r in rows] == ["A5", "A4", "A1", "A3", "A6", "A2"]
    assert [round(float(r["q"]), 3) for r in rows] == [0.0, 0.271, 0.640, 0.693, 0.694, 1.0]
    assert [r["compromise"] for r in rows] == ["true"] + ["false"] * 5
    assert "C1 acceptable advantage: yes" in res.output


def test_rank_objective_weights_and_normalisation(tmp_path: Path) -> None:
    from rancang.decision import entropy_weights, topsis

    m, c = _ploskas(tmp_path)
    res = runner.invoke(build_app(), ["decide", "rank", str(m), "--criteria", str(c),
                                      "--normalization", "minmax", "--weights-method",
                                      "entropy", "--samples", "20", "--out", str(tmp_path / "o")])
    assert res.exit_code == 0, res.output
    x = np.array([[8, 7, 2, 1], [5, 3, 7, 5], [7, 5, 6, 4], [9, 9, 7, 3], [11, 10, 3, 7],
                  [6, 9, 5, 4]], dtype=float)
    w = entropy_weights(x)
    got = [float(r["weight"]) for r in _csv(tmp_path / "o" / "weights.csv")]
    np.testing.assert_allclose(got, w, atol=1e-6)
    expected = topsis(x, w, ["benefit"] * 4, normalization="minmax")
    scores = {r["alternative"]: float(r["score"]) for r in _csv(tmp_path / "o" / "ranking.csv")}
    np.testing.assert_allclose([scores[f"A{i}"] for i in range(1, 7)], expected, atol=1e-6)
    bad = runner.invoke(build_app(), ["decide", "rank", str(m), "--criteria", str(c),
                                      "--method", "promethee", "--normalization", "minmax",
                                      "--out", str(tmp_path / "p")])
    assert bad.exit_code != 0 and "does not apply to promethee" in bad.output
    assert not (tmp_path / "p").exists()


def test_forms_show_labels_and_participant_weights_change_the_group(tmp_path: Path) -> None:
    from rancang.decision import group_ahp

    crit = tmp_path / "criteria.csv"
    crit.write_text("criterion,label,description\nslq,,\ngrowth,Tumbuh cepat,Laju per tahun\n"
                    "jobs,,\n")
    res = runner.invoke(build_app(), ["decide", "forms", "--criteria", str(crit),
                                      "--participants", "2", "--out", str(tmp_path / "f")])
    assert res.exit_code == 0, res.output
    forms = sorted((tmp_path / "f").glob("*.xlsx"))
    guide = openpyxl.load_workbook(forms[0])["Petunjuk"]
    text = {str(r[0]): str(r[1]) for r in guide.iter_rows(values_only=True) if r[0]}
    assert text["slq"].startswith("Keunggulan saat ini (LQ)")  # built-in label
    assert text["growth"] == "Tumbuh cepat: Laju per tahun"  # given label
    assert text["jobs"] == "jobs"  # neither: the code itself
    sheet = openpyxl.load_workbook(forms[0])["Perbandingan"]
    assert "Tumbuh cepat" in sheet["C4"].comment.text
    # two participants who disagree; the first weighs three times the second
    a = {(0, 1): "3", (0, 2): "5", (1, 2): "2"}
    b = {(0, 1): "1/3", (0, 2): "1/2", (1, 2): "1/4"}
    _fill(forms[0], a)
    _fill(forms[1], b)
    pw = tmp_path / "pw.csv"
    pw.write_text("participant,weight\nPeserta 1,3\nPeserta 2,1\n")
    out = tmp_path / "o"
    res = runner.invoke(build_app(), ["decide", "ahp", *map(str, forms), "--participant-weights",
                                      str(pw), "--out", str(out)])
    assert res.exit_code == 0, res.output
    got = [float(r["weight"]) for r in _csv(out / "priorities.csv")]

    def matrix(upper: dict[tuple[int, int], str]) -> np.ndarray:
        m = np.ones((3, 3))
        for (i, j), v in upper.items():
            m[i, j] = float(Fraction(v))  # "1/3" -> 0.333
            m[j, i] = 1 / m[i, j]
        return m

    expected = group_ahp([matrix(a), matrix(b)], weights=[3, 1], method="aij").weights
    unweighted = group_ahp([matrix(a), matrix(b)], method="aij").weights
    np.testing.assert_allclose(got, expected, atol=1e-6)
    assert abs(got[0] - unweighted[0]) > 0.05
    pw.write_text("participant,weight\nPeserta 1,3\nSomeone,1\n")
    bad = runner.invoke(build_app(), ["decide", "ahp", *map(str, forms), "--participant-weights",
                                      str(pw), "--out", str(tmp_path / "bad")])
    assert bad.exit_code != 0 and not (tmp_path / "bad").exists()
    assert "Someone" in str(bad.exception) + bad.output
