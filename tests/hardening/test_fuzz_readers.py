"""Issue 17: property-based fuzzing of the file readers hardened here. Whatever bytes a
file holds, a reader either returns its table or raises :class:`InputError` naming the
file; never another exception."""

from __future__ import annotations

import tempfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from rancang.core.errors import InputError
from rancang.core.text import decode_text

HEADERS = {
    "register": b"Nama Usaha,NIB,Kode Desa,KBLI,Tenaga Kerja,Tahun\n",
    "centroids": b"level,kode,nama,lat,lng\n",
    "matrix": b"alternative,cost,quality\n",
    "pdrb": b"region_code,region_name,industry_code,year,value\n",
}
#: Bytes that look like a file some of the time: a known header and CSV-ish lines
#: mixed with arbitrary bytes.
CELL = st.one_of(st.sampled_from([b"", b"1", b"-2.5", b"1e400", b"nan", b"72.06.05.1014",
                                  b"\"", b"\x00", b"\x1b[2J", "S\u00e9dap".encode("cp1252"),
                                  b"\xff\xfe", b"72.06.01"]),
                 st.binary(max_size=12))
LINE = st.lists(CELL, min_size=1, max_size=7).map(lambda cells: b",".join(cells))
BODY = st.lists(LINE, max_size=8).map(lambda lines: b"\n".join(lines))


def _write(data: bytes, suffix: str = ".csv") -> Path:
    folder = Path(tempfile.mkdtemp())
    path = folder / f"fuzz{suffix}"
    path.write_bytes(data)
    return path


@given(st.binary(max_size=300))
def test_decode_text_reads_or_refuses_naming_the_file(data: bytes) -> None:
    try:
        out = decode_text(data, file="f.csv")
    except InputError as exc:
        assert all(p.file == "f.csv" for p in exc.problems)
    else:
        assert out.count("\x00") <= len(out) // 100


@settings(max_examples=300, suppress_health_check=[HealthCheck.too_slow])
@given(st.sampled_from(sorted(HEADERS)), st.booleans(), BODY)
def test_readers_return_or_refuse_naming_the_file(which: str, header: bool,
                                                  body: bytes) -> None:
    data = (HEADERS[which] if header else b"") + body
    path = _write(data)
    try:
        if which == "register":
            from rancang.features.registry.importer import prepare

            prepare([path], period="2023")
        elif which == "pdrb":
            from rancang.sources import read_panel

            read_panel(path)
        elif which == "centroids":
            from rancang.features.siting.candidates import load_district_centroids

            load_district_centroids(path, ["72.06"])
        else:
            from rancang.features.decide.ranking import RankOptions, rank_from_files

            criteria = _write(b"criterion,weight,direction\ncost,0.5,cost\n"
                              b"quality,0.5,benefit\n")
            rank_from_files(path, criteria, RankOptions(method="wpm", samples=5))
    except InputError as exc:
        assert exc.problems and all(p.file for p in exc.problems), exc.problems
    except Exception as exc:  # pragma: no cover - the property that must not happen
        pytest.fail(f"{which}: {type(exc).__name__}: {exc!r} on {data[:200]!r}")
