"""The nomenclature: code form, level digit, the shipped reference and its reading."""

from __future__ import annotations

import importlib.util
import subprocess
import sys
from pathlib import Path
from types import ModuleType

import pytest

from rancang.features.programmes.nomenclature import (
    code_problem,
    parse_code,
    reference,
    reserved_to_province,
)


@pytest.mark.parametrize(("code", "level", "ok"), [
    ("3.31.02.2.01.0002", "kabupaten", True),
    ("3.31.02.1.01.0002", "provinsi", True),
    ("3.31.02.1.01.0002", "kabupaten", False),   # a province's digit in a regency's list
    ("3.31.02.2.01", "provinsi", False),
    ("3.31.02", "kabupaten", True),              # a programme has no level digit
    ("3.31.2.201", "kabupaten", False),          # the old short form
    ("3.31.02.3.01.0001", "kabupaten", False),   # no level 3
    ("3.31.02.2.01.002", "kabupaten", False),    # sub-activity needs 4 digits
    ("019.05.WA", "pusat", True),                # a ministry's own code
])
def test_code_form_and_level(code: str, level: str, ok: bool) -> None:
    assert (code_problem(code, level) is None) is ok


def test_reference_is_well_formed() -> None:
    rows = reference()
    assert {"3.31.02", "3.31.02.2.01", "3.31.02.2.01.0001"} <= {r.code for r in rows}
    for r in rows:
        parsed = parse_code(r.code)
        assert parsed is not None, r.code
        assert r.confidence in ("tinggi", "sedang", "rendah")
        if parsed.level is not None:
            assert parsed.level == r.level, r.code
            assert r.kind == parsed.kind
    # the kind follows the code's depth
    assert {r.kind for r in rows} == {"urusan", "program", "kegiatan", "subkegiatan"}


def test_reserved_to_the_province() -> None:
    assert reserved_to_province("3.31.03.2.01.0001", "Penerbitan IUI Besar bagi Industri Besar")
    assert reserved_to_province("3.31.02.2.01.0009",
                                "Penyusunan Rencana Pembangunan Industri Provinsi")
    assert not reserved_to_province("3.31.02.2.01.0001", "Pembinaan IKM Pangan Olahan")


# --- the shipped table of urusan 3.31 is consistent -------------------------------------

SCRIPT = Path(__file__).resolve().parents[2] / "scripts" / "nomenclature_3_31.py"


def _script() -> ModuleType:
    spec = importlib.util.spec_from_file_location("nomenclature_3_31", SCRIPT)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up
    spec.loader.exec_module(module)
    return module


def test_the_shipped_table_is_what_the_script_derives() -> None:
    done = subprocess.run([sys.executable, str(SCRIPT), "--check"], capture_output=True,
                          text=True, check=False)
    assert done.returncode == 0, done.stderr


def test_codes_are_well_formed_unique_and_in_order() -> None:
    rows = reference()
    codes = [r.code for r in rows]
    assert len(codes) == len(set(codes))
    assert codes == sorted(codes, key=lambda c: [int(p) for p in c.split(".")])
    for r in rows:
        assert r.code == "3.31" or r.code.startswith("3.31."), r.code
        parsed = parse_code(r.code)
        assert parsed is not None, r.code
        assert r.kind == ("urusan" if parsed.kind == "bidang" else parsed.kind), r.code
        # a programme has no level; an activity and a sub-activity the level of its digit
        assert r.level == (parsed.level or ""), r.code
        assert r.name and r.name == r.name.strip() and "  " not in r.name, r.code


def test_every_row_has_its_parents() -> None:
    by_code = {r.code: r for r in reference()}
    for r in by_code.values():
        parsed = parse_code(r.code)
        assert parsed is not None
        if r.kind in ("program", "kegiatan", "subkegiatan"):
            assert "3.31" in by_code
            assert by_code[str(parsed.programme_code)].kind == "program", r.code
        if r.kind == "subkegiatan":
            parent = by_code.get(str(parsed.activity_code()))
            assert parent is not None and parent.kind == "kegiatan", r.code
            assert parent.level == r.level, r.code


def test_the_table_covers_every_programme_at_both_levels() -> None:
    """The four programmes, and for the three substantive ones an activity of the
    province and of the regencies, each with sub-activities."""
    rows = reference()
    programmes = {r.code for r in rows if r.kind == "program"}
    assert programmes == {"3.31.01", "3.31.02", "3.31.03", "3.31.04"}
    for programme in ("3.31.02", "3.31.03", "3.31.04"):
        for digit in ("1", "2"):
            activity = f"{programme}.{digit}.01"
            assert activity in {r.code for r in rows}, activity
            subs = [r for r in rows if r.code.startswith(activity + ".")]
            assert subs, activity
    support = [r for r in rows if r.kind == "kegiatan" and r.code.startswith("3.31.01.")]
    assert len(support) == 18  # nine support activities at each level


def test_confidence_follows_the_sources() -> None:
    """``tinggi`` only when two independent datasets or more stand behind the row; every
    source named is one the script describes."""
    described = set(_script().SOURCES)
    for r in reference():
        letters = r.sources.split("+") if r.sources else []
        assert set(letters) <= described, r.code
        assert r.confidence in ("tinggi", "sedang")  # nothing weaker is shipped
        if r.confidence == "tinggi":
            assert len(letters) >= 2, r.code
        assert letters, r.code


def test_no_regency_row_is_reserved_to_the_province() -> None:
    """The reference agrees with the authority rule of the synchronisation report: none
    of the regencies' own activities reads as the province's."""
    for r in reference():
        if r.level == "kabupaten":
            assert not reserved_to_province(r.code, r.name), r.code
        if r.level == "provinsi" and "Kewenangan Provinsi" in r.name:
            # the province's own activity, planned by a regency, is outside its authority
            parsed = parse_code(r.code)
            assert parsed is not None
            assert reserved_to_province(str(parsed.activity_code("2")), r.name), r.code


#: the codes of urusan 3.31 as a regency application's seed of sub-activities (source J
#: of the script) writes them: the level digit as two digits, each with its name
SEED_J = {
    "3.31.02.02.01.0001": "Penyusunan Rencana Pembangunan Industri Kabupaten/Kota",
    "3.31.02.02.01.0002": "Koordinasi, Sinkronisasi, dan Pelaksanaan Kebijakan Percepatan "
                          "Pengembangan, Penyebaran dan Perwilayahan Industri",
    "3.31.02.02.01.0003": "Koordinasi, Sinkronisasi, dan Pelaksanaan Pembangunan Sumber "
                          "Daya Industri",
    "3.31.02.02.01.0004": "Koordinasi, Sinkronisasi, dan Pelaksanaan Pembangunan Sarana "
                          "dan Prasarana Industri",
    "3.31.02.02.01.0005": "Koordinasi, Sinkronisasi, dan Pelaksanaan Pemberdayaan Industri "
                          "dan Peran Serta Masyarakat",
    "3.31.03.02.01.0003": "Koordinasi dan Sinkronisasi Pengawasan terhadap Perizinan "
                          "Berusaha sektor perindustrian yang menjadi kewenangan "
                          "Kabupaten/Kota",
    "3.31.04.02.01.0001": "Fasilitasi Pengumpulan, Pengolahan dan Analisis Data Industri, "
                          "Data Kawasan Industri serta Data Lain Lingkup Kabupaten/Kota "
                          "Melalui Sistem Informasi Industri Nasional (SIINas)",
}


def test_the_table_holds_every_code_of_the_found_seed() -> None:
    """Every sub-activity of the found list is in the table under the regional form of
    its code (one-digit level), as a regency's sub-activity of that name, and passes the
    importer's form and level check."""
    by_code = {r.code: r for r in reference()}
    norm = _script().normalise
    for seed_code, name in SEED_J.items():
        u, b, p, level, a, s = seed_code.split(".")
        code = f"{u}.{b}.{p}.{int(level)}.{a}.{s}"
        assert code_problem(code, "kabupaten") is None, code
        assert code_problem(code, "provinsi") is not None, code
        row = by_code.get(code)
        assert row is not None, code
        assert (row.kind, row.level) == ("subkegiatan", "kabupaten"), code
        assert norm(row.name) == norm(name), code
        assert "J" in row.sources.split("+"), code

