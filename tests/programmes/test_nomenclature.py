"""The nomenclature: code form, level digit, the shipped reference and its reading."""

from __future__ import annotations

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
