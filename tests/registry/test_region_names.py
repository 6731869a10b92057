"""Region from names (issue 11): an office sheet with ``Kabupaten/Kota = Morowali`` and no
code column imports for an analyst of 72.06, the codes are stored, and what was resolved is
said; unknown names get suggestions at their row and column. Codes and names checked against
the Kemendagri list (idn-area-data): Morowali 72.06, its district Bungku Tengah 72.06.05."""

from __future__ import annotations

from pathlib import Path

import polars as pl
import pytest
from sqlalchemy import Engine, select
from typer.testing import CliRunner

from rancang.cli import build_app
from rancang.core.actors import Scope
from rancang.core.db import ensure_schema, make_engine
from rancang.core.errors import InputError
from rancang.features.registry.importer import import_files
from rancang.features.registry.models import Enterprise
from rancang.features.registry.region_names import resolve_names

HEAD = "Nama Usaha,Kabupaten/Kota,Kecamatan,KBLI,Tenaga Kerja,Tahun\n"
GOOD = ("UD Satu,Kab. Morowali,Bungku Tengah,10710,2,2023\n"
        "UD Dua,MOROWALI,Kec. Bungku Tengh,10710,3,2023\n"   # spelling variant
        "UD Tiga,Kabupaten Morowali,,10710,3,2023\n")         # regency only
BAD = ("UD Empat,Morowali,Bunku Timurr Laut,10710,3,2023\n"    # no clear match
       "UD Lima,Kabupaten Poso,,10710,3,2023\n")               # outside the region


def write(path: Path, rows: str) -> Path:
    path.write_text(HEAD + rows, encoding="utf-8")
    return path


def stored(engine: Engine) -> dict[str, tuple[object, ...]]:
    e = Enterprise.__table__
    with engine.connect() as conn:
        return {r[0]: tuple(r[1:]) for r in conn.execute(
            select(e.c.name, e.c.province_code, e.c.regency_code, e.c.district_code))}


def check(engine: Engine, tmp_path: Path) -> None:
    rep = import_files(engine, [write(tmp_path / "a.csv", GOOD)],
                       scope=Scope(regions=("72.06",)))
    assert stored(engine) == {"UD Satu": ("72", "72.06", "72.06.05"),
                              "UD Dua": ("72", "72.06", "72.06.05"),
                              "UD Tiga": ("72", "72.06", None)}
    said = {(r["level"], r["written"], r["code"], r["how"]) for r in rep.resolved}
    assert ("regency", "Kab. Morowali", "72.06", "exact") in said
    assert ("district", "Kec. Bungku Tengh", "72.06.05", "spelling") in said
    with pytest.raises(InputError) as err:
        import_files(engine, [write(tmp_path / "b.csv", BAD)],
                     scope=Scope(regions=("72.06",)))
    probs = {(p.row, p.column): str(p.message) for p in err.value.problems}
    assert "tidak dikenal di wilayah Anda" in probs[(2, "Kecamatan")]
    assert "(72.06." in probs[(2, "Kecamatan")]  # suggestions from Morowali only
    outside = probs[(3, "Kabupaten/Kota")]
    assert "luar wilayah" in outside and "72.02" in outside


def test_names_resolved_within_the_region(engine: Engine, tmp_path: Path) -> None:
    check(engine, tmp_path)


@pytest.mark.postgres
def test_names_resolved_on_postgresql(tmp_path: Path, postgres_url: str) -> None:
    engine = make_engine(postgres_url)
    ensure_schema(engine)
    try:
        check(engine, tmp_path)
    finally:
        engine.dispose()


def test_cli_says_what_was_resolved(tmp_path: Path) -> None:
    res = CliRunner().invoke(build_app(), [
        "registry", "import", str(write(tmp_path / "a.csv", GOOD)), "--dry-run",
        "--database-url", f"sqlite:///{tmp_path / 'c.sqlite'}"])
    assert res.exit_code == 0, res.output
    assert "Wilayah dari nama:" in res.output
    assert "kecamatan 'Kec. Bungku Tengh' -> 72.06.05 Bungku Tengah (ejaan terdekat, 1 baris)" \
        in res.output


# --- villages (issue 11, section 3): the district on the row disambiguates, a name that
# repeats is a problem listing its candidates, never a wrong code. Codes and names checked
# against the Kemendagri list (idn-area-data 3.1.2, villages.csv): in Morowali (72.06)
# "Matano" is the kelurahan 72.06.05.1018 of Bungku Tengah and the desa 72.06.07.2013 of
# Menui Kepulauan (and 73.24.02.2005 is in Luwu Timur); "Buleleng" is only 72.06.15.2007
# (Bungku Pesisir), "Kolono" only 72.06.18.2005 (Bungku Timur), "Bahomotefe" only
# 72.06.18.2002 (Bungku Timur, the district made from Bungku Tengah), "Lalampu" only
# 72.06.10.2007 (Bahodopi); "Polewali" is 72.06.06.2002 in Morowali and 13 villages elsewhere.

VHEAD = "Nama Usaha,Kabupaten/Kota,Kecamatan,Desa/Kelurahan,KBLI,Tenaga Kerja,Tahun\n"
VILLAGES = {
    # name: (regency, district, village as written) -> (district, village) stored
    "UD Lalampu": (("Morowali", "Bahodopi", "Lalampu"), ("72.06.10", "72.06.10.2007")),
    "UD Kel": (("Kab. Morowali", "Kec. Bungku Tengah", "Matano"),
               ("72.06.05", "72.06.05.1018")),
    "UD Desa": (("Morowali", "Menui Kep.", "Desa Matano"), ("72.06.07", "72.06.07.2013")),
    "UD Kel2": (("Morowali", "", "Kel. Matano"), ("72.06.05", "72.06.05.1018")),
    # the name is in another district of Morowali than the one written: that one, said
    # (before: the closest spelling in the district written, Le-Le 72.06.10.2010, a wrong
    # code; Wawangkolono 72.06.07.2016 for Kolono)
    "UD Buleleng": (("Morowali", "Bahodopi", "Buleleng"), ("72.06.15", "72.06.15.2007")),
    "UD Kolono": (("Morowali", "Menui Kepulauan", "Desa Kolono"),
                  ("72.06.18", "72.06.18.2005")),
    # a district that was split: the sheet still names Bungku Tengah
    "UD Pemekaran": (("Morowali", "Bungku Tengah", "Bahomotefe"),
                     ("72.06.18", "72.06.18.2002")),
}


def vsheet(path: Path, rows: dict[str, tuple[tuple[str, str, str], object]]) -> Path:
    body = "".join(f"{n},{r},{d},{v},10710,2,2023\n" for n, ((r, d, v), _) in rows.items())
    path.write_text(VHEAD + body, encoding="utf-8")
    return path


def villages(engine: Engine) -> dict[str, tuple[object, ...]]:
    e = Enterprise.__table__
    with engine.connect() as conn:
        return {r[0]: tuple(r[1:]) for r in conn.execute(
            select(e.c.name, e.c.district_code, e.c.village_code))}


def test_villages_resolved_by_the_district_on_their_row(engine: Engine,
                                                        tmp_path: Path) -> None:
    rep = import_files(engine, [vsheet(tmp_path / "v.csv", VILLAGES)],
                       scope=Scope(regions=("72.06",)))
    assert villages(engine) == {n: want for n, (_, want) in VILLAGES.items()}
    said = {(r["level"], r["written"], r["code"], r["how"], r["place"]) for r in rep.resolved}
    assert ("village", "Buleleng", "72.06.15.2007", "moved", "Bungku Pesisir") in said
    assert ("village", "Bahomotefe", "72.06.18.2002", "moved", "Bungku Timur") in said
    assert ("village", "Lalampu", "72.06.10.2007", "exact", "") in said
    assert ("district", "Menui Kep.", "72.06.07", "exact", "") in said


def test_a_repeated_village_name_without_its_district_is_a_located_problem(
        engine: Engine, tmp_path: Path) -> None:
    rows = {"UD Baik": (("Morowali", "Bahodopi", "Lalampu"), None),
            "UD Dua Nama": (("Morowali", "", "Matano"), None),
            "UD Umbele": (("Morowali", "", "Umbele"), None)}
    with pytest.raises(InputError) as err:
        import_files(engine, [vsheet(tmp_path / "v.csv", rows)],
                     scope=Scope(regions=("72.06",)))
    probs = {(p.row, p.column): str(p.message) for p in err.value.problems}
    assert set(probs) == {(3, "Desa/Kelurahan"), (4, "Desa/Kelurahan")}
    matano = probs[(3, "Desa/Kelurahan")]
    assert "ada lebih dari satu" in matano
    assert "Matano (72.06.05.1018, Bungku Tengah)" in matano
    assert "Matano (72.06.07.2013, Menui Kepulauan)" in matano
    assert "72.06.06.2003" in probs[(4, "Desa/Kelurahan")]
    assert "72.06.09.2005" in probs[(4, "Desa/Kelurahan")]
    assert villages(engine) == {}  # nothing stored, not even the good row


def test_villages_under_the_regency_of_their_row_when_no_district(engine: Engine,
                                                                  tmp_path: Path) -> None:
    """An importer of everywhere (the CLI's default): a village name is looked up in the
    regency named on its row, not in all Indonesia."""
    frame = pl.DataFrame({"_row": [2, 3], "regency_name": ["Kabupaten Morowali"] * 2,
                          "village_name": ["Polewali", "Matano"]})
    out, problems, _ = resolve_names(frame, Scope(everywhere=True), {}, file="f.csv",
                                     sheet=None)
    assert out["village_code"].to_list() == ["72.06.06.2002", None]
    assert out["district_code"].to_list() == ["72.06.06", None]
    [matano] = problems
    assert matano.row == 3 and "73.24.02.2005" not in str(matano.message)
    assert "72.06.05.1018" in str(matano.message)


def test_village_under_a_district_given_by_code(engine: Engine, tmp_path: Path) -> None:
    path = tmp_path / "k.csv"
    path.write_text("Nama Usaha,Kode Kecamatan,Desa,KBLI,Tenaga Kerja,Tahun\n"
                    "UD Kode,72.06.10,Desa Lalampu,10710,2,2023\n"
                    "UD Kode Lama,72.06.05,Bahomotefe,10710,2,2023\n", encoding="utf-8")
    rep = import_files(engine, [path], scope=Scope(regions=("72.06",)))
    assert villages(engine) == {"UD Kode": ("72.06.10", "72.06.10.2007"),
                                "UD Kode Lama": ("72.06.18", "72.06.18.2002")}
    assert {(r["written"], r["how"]) for r in rep.resolved} == {
        ("Desa Lalampu", "exact"), ("Bahomotefe", "moved")}


@pytest.mark.parametrize(("row", "want"), [
    # the same name twice in one district, a kelurahan (.1xxx) and a desa (.2xxx):
    # Oesao in Kupang Timur (53.01.06) of Kabupaten Kupang (53.01; Kota Kupang is 53.71)
    (("Kabupaten Kupang", "Kupang Timur", "Kel. Oesao"), "53.01.06.1004"),
    (("Kab. Kupang", "Kupang Timur", "Desa Oesao"), "53.01.06.2015"),
    (("Kab. Kupang", "Kupang Timur", "Oesao"), None),
    # a name that carries its prefix: Kusamba and Kampung Kusamba in Dawan (51.05.04)
    (("Klungkung", "Dawan", "Kampung Kusamba"), "51.05.04.2007"),
    (("Klungkung", "Dawan", "Kusamba"), "51.05.04.2006"),
])
def test_prefixes_choose_among_same_names(row: tuple[str, str, str],
                                          want: str | None) -> None:
    frame = pl.DataFrame({"_row": [2], "regency_name": [row[0]], "district_name": [row[1]],
                          "village_name": [row[2]]})
    out, problems, _ = resolve_names(frame, Scope(everywhere=True),
                                     {"village_name": "Desa"}, file="f.csv", sheet=None)
    assert out["village_code"][0] == want
    if want is None:
        [p] = problems
        assert (p.row, p.column) == (2, "Desa") and "53.01.06.1004" in str(p.message) \
            and "53.01.06.2015" in str(p.message)
    else:
        assert problems == []


def test_city_and_regency_of_the_same_name() -> None:
    frame = pl.DataFrame({"_row": [2, 3, 4],
                          "regency_name": ["Kota Bima", "Kab. Bima", "Bima"]})
    out, problems, _ = resolve_names(frame, Scope(everywhere=True), {}, file="f.csv",
                                     sheet=None)
    assert out["regency_code"].to_list() == ["52.72", "52.06", None]
    assert [p.row for p in problems] == [4]


def test_cli_says_a_village_was_found_in_another_district(tmp_path: Path) -> None:
    rows = {"UD Pemekaran": VILLAGES["UD Pemekaran"]}
    for lang, said in (("id", "desa/kelurahan 'Bahomotefe' -> 72.06.18.2002 Bahomotefe (nama "
                               "sama persis, di Bungku Timur, bukan di wilayah yang tertulis "
                               "pada baris (pemekaran?), 1 baris)"),
                       ("en", "village 'Bahomotefe' -> 72.06.18.2002 Bahomotefe (exact name, "
                              "in Bungku Timur, not in the area written on the row (a "
                              "split?), 1 rows)")):
        res = CliRunner().invoke(build_app(), [
            "registry", "import", str(vsheet(tmp_path / "a.csv", rows)), "--dry-run",
            "--database-url", f"sqlite:///{tmp_path / 'c.sqlite'}"],
            env={"RANCANG_LANG": lang})
        assert res.exit_code == 0, res.output
        assert said in res.output


def test_district_of_a_split_regency_is_refused_with_its_new_regency(
        engine: Engine, tmp_path: Path) -> None:
    """Petasia (72.12.01) went to Morowali Utara (72.12) when it was made from Morowali in
    2013: a sheet that still writes Kabupaten Morowali gets the district's own code, and an
    analyst of Morowali is told the firm is outside the region, with that code."""
    path = tmp_path / "p.csv"
    path.write_text(HEAD + "UD Petasia,Morowali,Petasia,10710,2,2023\n", encoding="utf-8")
    with pytest.raises(InputError) as err:
        import_files(engine, [path], scope=Scope(regions=("72.06",)))
    [p] = err.value.problems
    assert p.row == 2 and "luar wilayah" in str(p.message) and "72.12" in str(p.message)
    rep = import_files(engine, [path], scope=Scope(regions=("72.12",)))
    assert stored(engine) == {"UD Petasia": ("72", "72.12", "72.12.01")}
    assert [(r["written"], r["how"], r["place"]) for r in rep.resolved if
            r["level"] == "district"] == [("Petasia", "moved", "KABUPATEN MOROWALI UTARA")]
