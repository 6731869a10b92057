"""Issue 17: property-based fuzzing of every file reader of the CLI and the web. Whatever
bytes a file holds, and whatever a workbook's cells hold, a reader either returns its table
or raises :class:`InputError` whose every problem names the file; never another exception.

Two kinds of input: CSV-like bytes (a reader's own header some of the time, then lines of
cells drawn from a pool of hostile values mixed with arbitrary bytes), and workbooks whose
cells come from the same pool (spreadsheet errors, 1e400, NaN, formulas saved without their
value, hidden sheets, a cut zip). The DB-backed imports are fuzzed at their reading step
(the part that sees the file); the corpus test runs them whole.
"""

from __future__ import annotations

import io
import tempfile
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from rancang.core.errors import InputError, Problem
from rancang.core.text import decode_text

FUZZ = settings(max_examples=25, deadline=None,
                suppress_health_check=[HealthCheck.too_slow,
                                       HealthCheck.function_scoped_fixture])

HEADERS = {
    "register": b"Nama Usaha,NIB,Kode Desa,KBLI,Tenaga Kerja,Tahun\n",
    "centroids": b"level,kode,nama,lat,lng\n",
    "matrix": b"alternative,cost,quality\n",
    "criteria": b"criterion,weight,direction\n",
    "pdrb": b"region_code,region_name,industry_code,year,value\n",
    "siting_data": b"district_code,population,area_km2\n",
    "ikm": b"district_code,product_group,units\n",
    "weights": b"criterion,weight\n",
    "kbli": b"uraian,jumlah\n",
    "needs": b"id,buyer,description,kbli,quantity,standards,lat,lng,radius_km,region\n",
    "suppliers": b"id,name,product,kbli,capacity,certificates,lat,lng,region\n",
    "outcomes": b"acara,tanggal,from_id,to_id,status,tindak_lanjut,kesepakatan,nilai,kbli,"
                b"wilayah\n",
    "programmes": b"kode;nomenklatur;tingkat;instansi;wilayah;tahun;pagu;indikator;satuan;"
                  b"target\n",
    "monitor": b"indikator;wilayah;periode;nilai;bukti;diinput_oleh;kendala\n",
    "attendance": b"nama,instansi,kelompok\n",
    "capture": b"nama,instansi,kelompok,bagian,kutipan,masukan,tanggal,forum,"
               b"boleh_dipublikasikan\n",
    "actions": b"key,group,strategy_key,strategy,programme_key,programme,action,stages,"
               b"lead_agency,related_agencies,targets,note\n",
}
#: Cell texts that break readers: numbers out of range, spreadsheet errors, codes, quotes,
#: control characters, Windows-1252 and UTF-16 fragments.
POOL = [b"", b"1", b"-2.5", b"1e400", b"nan", b"-inf", b"#REF!", b"#DIV/0!", b"1.234,5",
        b"72.06.05.1014", b"72.06.01", b"10710", b"2023", b"2026-S1", b"terlaksana",
        b"industry_share", b"\"", b"\x00", b"\x1b[2J", "S\u00e9dap".encode("cp1252"),
        b"\xff\xfe", b";", b"=1+1", b"A" * 300]
CELL = st.one_of(st.sampled_from(POOL), st.binary(max_size=12))
LINE = st.lists(CELL, min_size=1, max_size=10).map(lambda cells: b",".join(cells))
BODY = st.lists(LINE, max_size=8).map(lambda lines: b"\n".join(lines))
#: Workbook cells: the pool as text (no control characters: a workbook cannot hold them),
#: numbers, and formulas that openpyxl saves without a value.
XCELL = st.one_of(st.sampled_from([p.decode("cp1252") for p in POOL
                                   if not any(b < 32 for b in p) and b"\xff" not in p]),
                  st.integers(-10**6, 10**6), st.floats(allow_nan=False,
                                                        allow_infinity=False),
                  st.none(), st.text(max_size=8).filter(
                      lambda t: all(ord(c) >= 32 and not 0xD800 <= ord(c) <= 0xDFFF
                                    and c not in "\ufffe\uffff" for c in t)))
GRID = st.lists(st.lists(XCELL, min_size=1, max_size=8), max_size=6)


@pytest.fixture(autouse=True, scope="module")
def _small_kbli_coder() -> Iterator[None]:
    """The needs reader suggests a class for a blank KBLI: a coder over 60 classes keeps
    the fuzzing fast (the full catalogue takes seconds to index)."""
    from rancang.features.kbli import coder as module

    small = module.KbliCoder(module.load_classes()[:60])
    saved = module.KbliCoder.default
    module.KbliCoder.default = classmethod(lambda cls: small)  # type: ignore[assignment]
    yield
    module.KbliCoder.default = saved  # type: ignore[method-assign]


def _write(data: bytes, suffix: str = ".csv") -> Path:
    folder = Path(tempfile.mkdtemp())
    path = folder / f"fuzz{suffix}"
    path.write_bytes(data)
    return path


def _candidates() -> Any:
    from rancang.features.siting.candidates import load_district_centroids

    centroids = _write(b"level,kode,nama,lat,lng\nkec,72.06.01,A,-2.55,121.95\n"
                       b"kec,72.06.02,B,-2.75,122.30\n")
    return load_district_centroids(centroids, ["72.06"])


def _register(path: Path) -> object:
    from rancang.features.registry.importer import prepare

    return prepare([path], period="2023")


def _pdrb(path: Path) -> object:
    from rancang.sources import read_panel

    return read_panel(path)


def _centroids(path: Path) -> object:
    from rancang.features.siting.candidates import load_district_centroids

    return load_district_centroids(path, ["72.06"])


def _matrix(path: Path) -> object:
    from rancang.features.decide.ranking import RankOptions, rank_from_files

    criteria = _write(b"criterion,weight,direction\ncost,0.5,cost\nquality,0.5,benefit\n")
    return rank_from_files(path, criteria, RankOptions(method="wpm", samples=5))


def _criteria(path: Path) -> object:
    from rancang.sources.decision_csv import read_criteria

    return read_criteria(path)


def _siting_data(path: Path) -> object:
    from rancang.features.siting.candidates import read_columns

    return read_columns(path, _candidates())


def _ikm(path: Path) -> object:
    from rancang.features.siting.candidates import read_ikm_units

    return read_ikm_units(path, _candidates())


def _weights(path: Path) -> object:
    from rancang.sources.decision_csv import read_priorities

    return read_priorities(path)


def _kbli(path: Path) -> object:
    from rancang.features.kbli.batch import read_table

    return read_table(path)


def _needs(path: Path) -> object:
    from rancang.features.matching.offers import read_parties

    return read_parties(path, "needs")


def _suppliers(path: Path) -> object:
    from rancang.features.matching.offers import read_parties

    return read_parties(path, "suppliers")


def _outcomes(path: Path) -> object:
    from rancang.features.matching.outcomes import read_outcomes

    return read_outcomes([path])


def _programmes(path: Path) -> object:
    from rancang.features.programmes.importer import read_rows

    problems: list[Problem] = []
    rows = read_rows(path, problems)
    if problems:
        raise InputError(problems)
    return rows


def _monitor(path: Path) -> object:
    from rancang.features.monitoring.importer import read_sheet

    return read_sheet(path)


def _attendance(path: Path) -> object:
    from rancang.features.consult.events import ATTENDANCE_COLUMNS
    from rancang.features.consult.sheets import read_rows

    return read_rows(path, aliases=ATTENDANCE_COLUMNS)


def _capture(path: Path) -> object:
    from rancang.features.consult.capture import FORM_ALIASES, FORM_SHEET
    from rancang.features.consult.sheets import read_rows

    return read_rows(path, sheet=FORM_SHEET if path.suffix != ".csv" else None,
                     aliases=FORM_ALIASES)


def _actions(path: Path) -> object:
    from rancang.features.plan.actions import check_actions, read_actions_file

    sheet, rows = read_actions_file(path)
    return check_actions(rows, targets=["industry_share"], name=path.name, sheet=sheet)


def _event(path: Path) -> object:
    from rancang.features.matching.event import read_event

    return read_event(path)


def _ahp(path: Path) -> object:
    from rancang.sources.ahp_forms import read_form

    return read_form(path)


def _io(path: Path) -> object:
    from rancang.sources.bps_io import read_bps_io

    return read_bps_io(path)


READERS: dict[str, Callable[[Path], object]] = {
    "register": _register, "pdrb": _pdrb, "centroids": _centroids, "matrix": _matrix,
    "criteria": _criteria, "siting_data": _siting_data, "ikm": _ikm, "weights": _weights,
    "kbli": _kbli, "needs": _needs, "suppliers": _suppliers, "outcomes": _outcomes,
    "programmes": _programmes, "monitor": _monitor, "attendance": _attendance,
    "capture": _capture, "actions": _actions}
#: readers of workbooks only (their CSV input is refused by its suffix)
WORKBOOK_ONLY: dict[str, Callable[[Path], object]] = {"event": _event, "ahp": _ahp,
                                                      "io": _io}


def _holds(which: str, path: Path, reader: Callable[[Path], object], data: Any) -> None:
    try:
        reader(path)
    except InputError as exc:
        assert exc.problems, which
        assert all(p.file for p in exc.problems), (which, exc.problems[:3])
    except Exception as exc:  # pragma: no cover - the property that must not happen
        pytest.fail(f"{which}: {type(exc).__name__}: {exc!r} on {data!r:.300}")


@given(st.binary(max_size=300))
def test_decode_text_reads_or_refuses_naming_the_file(data: bytes) -> None:
    try:
        out = decode_text(data, file="f.csv")
    except InputError as exc:
        assert all(p.file == "f.csv" for p in exc.problems)
    else:
        assert out.count("\x00") <= len(out) // 100


@pytest.mark.parametrize("which", sorted(READERS))
@FUZZ
@given(header=st.booleans(), body=BODY)
def test_csv_readers_return_or_refuse_naming_the_file(which: str, header: bool,
                                                      body: bytes) -> None:
    data = (HEADERS[which] if header else b"") + body
    _holds(which, _write(data), READERS[which], data)


def _workbook(grid: list[list[Any]], title: str, hide: bool, formula: bool) -> bytes:
    from openpyxl import Workbook

    wb = Workbook()
    ws = wb.active
    ws.title = title
    for row in grid:
        ws.append(row)
    if formula:
        ws.cell(2, 2, "=A1+1")
    if hide:
        wb.create_sheet("Catatan")
        ws.sheet_state = "hidden"
    buf = io.BytesIO()
    wb.save(buf)
    return buf.getvalue()


def _header_row(which: str) -> list[Any]:
    if which in HEADERS:
        text = HEADERS[which].decode().strip()
        return text.split(";" if ";" in text else ",")
    return ["kriteria", "K0", "K1"] if which == "ahp" else ["id", "nama", "peran"]


SHEET_NAMES = {"capture": "masukan", "ahp": "Perbandingan", "event": "peserta"}


@pytest.mark.parametrize("which", sorted({**READERS, **WORKBOOK_ONLY}))
@FUZZ
@given(header=st.booleans(), grid=GRID, hide=st.booleans(), formula=st.booleans(),
       cut=st.one_of(st.none(), st.integers(30, 3000)))
def test_workbook_readers_return_or_refuse_naming_the_file(
        which: str, header: bool, grid: list[list[Any]], hide: bool, formula: bool,
        cut: int | None) -> None:
    rows = ([_header_row(which)] if header else []) + grid
    data = _workbook(rows, SHEET_NAMES.get(which, "Sheet"), hide, formula)
    if cut is not None:
        data = data[:cut]
    reader = {**READERS, **WORKBOOK_ONLY}[which]
    _holds(which, _write(data, ".xlsx"), reader, rows)
