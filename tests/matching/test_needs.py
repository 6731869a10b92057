"""Needs matched to suppliers: score parts, reasons, radius, unmet demand, bad files.

The example (``tests/data/matching``, made up for the test) is an estate near Bahodopi
(Morowali) that needs catering, workers' transport and spare parts, and a Jakarta retailer
that needs cassava chips; five suppliers."""

from __future__ import annotations

import csv
from pathlib import Path

import numpy as np
import pytest
from hypothesis import given
from hypothesis import strategies as st
from typer.testing import CliRunner

from rancang.cli import build_app
from rancang.core.errors import InputError
from rancang.features.matching.match import (
    WEIGHTS,
    Matcher,
    haversine_km,
    kbli_closeness,
    unmet_demand,
)
from rancang.features.matching.offers import read_parties

pytestmark = pytest.mark.usefixtures("english")
DATA = Path(__file__).resolve().parents[1] / "data" / "matching"
runner = CliRunner()


@pytest.fixture(scope="module")
def matcher() -> Matcher:
    return Matcher(read_parties(DATA / "needs.csv", "needs"),
                   read_parties(DATA / "suppliers.csv", "suppliers"))


def test_parts_add_up_and_follow_the_formula(matcher: Matcher) -> None:
    n, s = matcher.needs, matcher.suppliers
    best = matcher.top(0, 3)  # N1: halal catering for 3,000 within 100 km
    first = best[0]
    assert s.ids[first.supplier] == "S1"
    assert first.score == pytest.approx(sum(first.parts.values()), abs=1e-2)
    km = float(haversine_km(-2.82, 122.15, np.array([-2.75]), np.array([122.10]))[0])
    assert first.km == pytest.approx(km)
    assert first.parts["kbli"] == WEIGHTS["kbli"]                  # same class 56290
    assert first.parts["distance"] == pytest.approx(20 * (1 - km / 100), abs=1e-3)
    assert first.parts["capacity"] == WEIGHTS["capacity"]          # 4,000 >= 3,000
    assert first.parts["certificates"] == WEIGHTS["certificates"]  # halal held
    assert 0 < first.parts["text"] <= WEIGHTS["text"]
    assert n.kbli[0] == "56290" and n.kbli_suggested[0]            # suggested from the text
    # the Semarang supplier is beyond the 100 km radius
    assert "S4" not in {s.ids[m.supplier] for m in best}


def test_missing_certificate_and_capacity_lower_the_score(matcher: Matcher) -> None:
    top = matcher.top(2, 2)  # N3: 500 halal + SNI chips delivered to Jakarta
    by_id = {matcher.suppliers.ids[m.supplier]: m for m in top}
    assert by_id["S4"].parts["certificates"] == 10 and by_id["S2"].parts["certificates"] == 5
    assert by_id["S2"].parts["capacity"] == pytest.approx(10 * 300 / 500)


def test_unmet_demand_by_kbli_and_region(matcher: Matcher) -> None:
    best = {i: matcher.top(i, 5) for i in range(len(matcher.needs.ids))}
    assert [m.adequate for m in best[0]][:1] == [True]
    unmet = unmet_demand(matcher.needs, best)
    assert [(u["kbli"], u["region"], u["needs"]) for u in unmet] == [("29300", "72.06", 1)]


@given(st.sampled_from(["10794", "10793", "10710", "10130", "56290", "01111", ""]))
def test_matcher_closeness_is_the_formula(code: str) -> None:
    codes = np.array(["10794", "10793", "10710", "10130", "56290", "01111", ""])
    expected = kbli_closeness(code, codes)
    assert ((expected == 1.0) == ((codes == code) & (codes != ""))).all()
    assert (expected <= 1).all() and (expected >= 0).all()


def test_cli_writes_matches_and_unmet(tmp_path: Path) -> None:
    r = runner.invoke(build_app(), ["match", "needs", str(DATA / "needs.csv"), "--suppliers",
                                    str(DATA / "suppliers.csv"), "--top", "3", "--out",
                                    str(tmp_path), "--lang", "en"])
    assert r.exit_code == 0, r.output
    assert "4 needs, 5 suppliers: 12 matches, 1 needs" in r.output
    with (tmp_path / "matches.csv").open() as fh:
        rows = list(csv.DictReader(fh))
    assert rows[0]["supplier_id"] == "S1" and rows[0]["adequate"] == "1"
    assert "same KBLI class (56290)" in rows[0]["why"]
    for row in rows:
        parts = sum(float(row[f"{p}_part"]) for p in WEIGHTS)
        assert float(row["score"]) == pytest.approx(parts, abs=0.01)


@pytest.mark.parametrize(("cell", "value", "where"), [
    ("quantity", "banyak", "row 3, column 'quantity'"),
    ("quantity", "#REF!", "row 3, column 'quantity'"),
    ("quantity", "1e400", "row 3, column 'quantity'"),
    ("radius_km", "inf", "row 3, column 'radius_km'"),
    ("kbli", "5629", "row 3, column 'kbli'"),
    ("lat", "-200", "row 3, column 'lat'"),
])
def test_bad_needs_are_refused_with_location(tmp_path: Path, cell: str, value: str,
                                              where: str) -> None:
    with (DATA / "needs.csv").open() as fh:
        rows = list(csv.DictReader(fh))
    rows[1][cell] = value
    bad = tmp_path / "needs.csv"
    with bad.open("w", newline="") as fh:
        w = csv.DictWriter(fh, fieldnames=list(rows[0]))
        w.writeheader()
        w.writerows(rows)
    with pytest.raises(InputError) as e:
        read_parties(bad, "needs")
    assert f"file needs.csv, {where}" in str(e.value)
    r = runner.invoke(build_app(), ["match", "needs", str(bad), "--suppliers",
                                    str(DATA / "suppliers.csv"), "--out", str(tmp_path / "o")])
    assert r.exit_code == 2 and f"needs.csv, {where}" in r.output
    assert not (tmp_path / "o").exists()


def test_quantities_in_the_indonesian_way_are_read_as_numbers(tmp_path: Path) -> None:
    with (DATA / "needs.csv").open() as fh:
        rows = list(csv.DictReader(fh))
    rows[0]["quantity"], rows[1]["quantity"] = "1.234,5", "2.500"
    path = tmp_path / "needs.csv"
    with path.open("w", newline="") as fh:
        w = csv.DictWriter(fh, fieldnames=list(rows[0]))
        w.writeheader()
        w.writerows(rows)
    amount = read_parties(path, "needs").amount
    # the column shows a decimal comma, so the ambiguous 2.500 is two thousand five hundred
    assert amount[0] == 1234.5 and amount[1] == 2500.0


def test_names_never_become_formulas_in_the_outputs(tmp_path: Path) -> None:
    """A supplier that calls itself ``=HYPERLINK(...)`` is text in matches.csv (OWASP CSV
    injection); the same in the KBLI coder's output, which copies the input's columns."""
    with (DATA / "suppliers.csv").open() as fh:
        rows = list(csv.DictReader(fh))
    rows[0]["name"] = '=HYPERLINK("http://x","klik")'
    rows[1]["id"] = "@SUM(A1)"
    path = tmp_path / "suppliers.csv"
    with path.open("w", newline="") as fh:
        w = csv.DictWriter(fh, fieldnames=list(rows[0]))
        w.writeheader()
        w.writerows(rows)
    r = runner.invoke(build_app(), ["match", "needs", str(DATA / "needs.csv"), "--suppliers",
                                    str(path), "--out", str(tmp_path / "o"), "--lang", "en"])
    assert r.exit_code == 0, r.output
    with (tmp_path / "o" / "matches.csv").open() as fh:
        out = list(csv.DictReader(fh))
    names = {x["supplier_name"] for x in out} | {x["supplier_id"] for x in out}
    assert "'=HYPERLINK(\"http://x\",\"klik\")" in names and "'@SUM(A1)" in names
    assert not any(v.startswith(("=", "+", "@")) for x in out for v in x.values())
    r = runner.invoke(build_app(), ["kbli", "code", str(path), "--column", "product",
                                    "--out", str(tmp_path / "coded.csv")])
    assert r.exit_code == 0, r.output
    with (tmp_path / "coded.csv").open() as fh:
        coded = list(csv.DictReader(fh))
    assert coded[0]["name"].startswith("'=") and coded[1]["id"] == "'@SUM(A1)"


def test_every_bad_cell_is_reported_at_once(tmp_path: Path) -> None:
    with (DATA / "needs.csv").open() as fh:
        rows = list(csv.DictReader(fh))
    rows[0]["quantity"], rows[1]["lat"], rows[2]["kbli"] = "banyak", "-200", "56"
    bad = tmp_path / "needs.csv"
    with bad.open("w", newline="") as fh:
        w = csv.DictWriter(fh, fieldnames=list(rows[0]))
        w.writeheader()
        w.writerows(rows)
    with pytest.raises(InputError) as e:
        read_parties(bad, "needs")
    assert sorted((p.row, p.column) for p in e.value.problems) == [
        (2, "quantity"), (3, "lat"), (4, "kbli")]


def test_each_supplier_lists_the_needs_it_is_adequate_for(tmp_path: Path,
                                                          matcher: Matcher) -> None:
    """supplier_needs.csv holds exactly the (supplier, need) pairs whose full score is at
    least 50 within the radius and in the same KBLI group, best first per supplier."""
    r = runner.invoke(build_app(), ["match", "needs", str(DATA / "needs.csv"), "--suppliers",
                                    str(DATA / "suppliers.csv"), "--top", "5", "--out",
                                    str(tmp_path), "--lang", "en"])
    assert r.exit_code == 0, r.output
    with (tmp_path / "supplier_needs.csv").open() as fh:
        rows = list(csv.DictReader(fh))
    n, s = matcher.needs, matcher.suppliers
    expected = set()
    for i in range(len(n.ids)):
        total, _, _, eligible = matcher.score(i)
        for j in np.flatnonzero(eligible & (total >= 50)):
            if n.kbli[i][:3] and s.kbli[j][:3] == n.kbli[i][:3]:
                expected.add((s.ids[j], n.ids[i], round(float(total[j]), 3)))
    assert {(x["supplier_id"], x["need_id"], float(x["score"])) for x in rows} == expected
    assert expected  # the example has such pairs
    for sid in {x["supplier_id"] for x in rows}:
        scores = [float(x["score"]) for x in rows if x["supplier_id"] == sid]
        assert scores == sorted(scores, reverse=True)


def test_a_need_past_its_deadline_is_no_longer_demand(tmp_path: Path) -> None:
    """Audit line 2.6, the file channel as the stored market: the ``deadline``/``tenggat``
    column is read; a need past it keeps its matches but leaves unmet.csv and
    supplier_needs.csv; a deadline that is not a date is refused with its cell."""
    lines = (DATA / "needs.csv").read_text(encoding="utf-8").splitlines()
    due = {"N1": "2020-01-31", "N2": "", "N3": "31/12/2099", "N4": "2020-01-31"}
    rows = [lines[0] + ",tenggat"] + [f"{x},{due[x.split(',')[0]]}" for x in lines[1:]]
    path = tmp_path / "needs.csv"
    path.write_text("\n".join(rows) + "\n", encoding="utf-8")

    def run(needs: Path, out: Path) -> dict[str, list[dict[str, str]]]:
        r = runner.invoke(build_app(), ["match", "needs", str(needs), "--suppliers",
                                        str(DATA / "suppliers.csv"), "--top", "3", "--out",
                                        str(out), "--lang", "en"])
        assert r.exit_code == 0, r.output
        got = {}
        for name in ("matches", "supplier_needs", "unmet"):
            with (out / f"{name}.csv").open() as fh:
                got[name] = list(csv.DictReader(fh))
        return got

    before, after = run(DATA / "needs.csv", tmp_path / "a"), run(path, tmp_path / "b")
    assert after["matches"] == before["matches"]
    assert [u["need_ids"] for u in before["unmet"]] == ["N4"] and after["unmet"] == []
    assert {x["need_id"] for x in before["supplier_needs"]} >= {"N1"}
    def pairs(rows: list[dict[str, str]]) -> set[tuple[str, str, str]]:
        return {(x["supplier_id"], x["need_id"], x["score"]) for x in rows}

    kept = {x for x in pairs(before["supplier_needs"]) if x[1] not in ("N1", "N4")}
    assert pairs(after["supplier_needs"]) == kept != set()
    assert read_parties(path, "needs").deadline[2] is not None  # 31/12/2099 read
    bad = tmp_path / "bad.csv"
    bad.write_text("\n".join([rows[0], rows[1].rsplit(",", 1)[0] + ",besok"]) + "\n",
                   encoding="utf-8")
    with pytest.raises(InputError) as e:
        read_parties(bad, "needs")
    [p] = e.value.problems
    assert (p.file, p.row, p.column) == ("bad.csv", 2, "deadline")
