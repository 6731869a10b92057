"""Property tests of the register safeguards: a blank cell never erases a stored value
(whatever cells are blank), and place names match whatever their case and prefix."""

from __future__ import annotations

import itertools
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import select

from rancang.core.db import ensure_schema, make_engine
from rancang.features.registry.importer import import_files
from rancang.features.registry.models import Enterprise, EnterprisePeriod
from rancang.features.registry.region_names import place_key, places

HEAD = "Nama Usaha,NIB,Alamat,Kode Desa,KBLI,Tenaga Kerja,Pemilik,Tahun\n"
FIELDS = ("address", "kbli", "workers", "owner_name")
COUNTER = itertools.count(1)


@settings(max_examples=25, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(blank=st.fixed_dictionaries({f: st.booleans() for f in FIELDS}),
       workers=st.integers(min_value=0, max_value=500))
def test_blank_never_erases(tmp_path: Path, blank: dict[str, bool], workers: int) -> None:
    k = next(COUNTER)
    engine = make_engine(f"sqlite:///{tmp_path / f'p{k}.sqlite'}")
    ensure_schema(engine)
    nib = f"91200{k:08d}"
    first = {"address": "Jl. Awal 1", "kbli": "10710", "workers": "4", "owner_name": "Ani"}
    second = {"address": "Jl. Baru 2", "kbli": "10792", "workers": str(workers),
              "owner_name": "Budi"}
    second = {f: ("" if blank[f] else v) for f, v in second.items()}

    def row(values: dict[str, str]) -> str:
        return (f"UD Sifat,{nib},{values['address']},72.06.05.1014,{values['kbli']},"
                f"{values['workers']},{values['owner_name']},2023\n")

    for n, values in enumerate((first, second)):
        path = tmp_path / f"s{k}_{n}.csv"
        path.write_text(HEAD + row(values), encoding="utf-8")
        import_files(engine, [path])
    e, p = Enterprise.__table__, EnterprisePeriod.__table__
    with engine.connect() as conn:
        got = conn.execute(select(e.c.address, e.c.kbli, p.c.workers, e.c.owner_name)
                           .join(p, p.c.enterprise_id == e.c.id)).one()
    engine.dispose()
    expect = [first[f] if blank[f] else second[f] for f in FIELDS]
    assert [str(v) for v in got] == expect


@given(district=st.sampled_from(sorted(places()["district"].filter(
    places()["district"]["code"].str.starts_with("72.06."))["name"].to_list())),
    prefix=st.sampled_from(["", "Kec. ", "Kecamatan ", "KEC "]),
    upper=st.booleans())
def test_place_key_ignores_case_and_prefix(district: str, prefix: str, upper: bool) -> None:
    written = prefix + (district.upper() if upper else district.lower())
    assert place_key(written) == place_key(district)
