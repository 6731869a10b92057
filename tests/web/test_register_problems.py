"""All problems in one pass (issue 11): a refused register upload lists every problem
sorted by row and offers the sheet back with each problem beside its row; the template
workbook is offered on the upload page and by the CLI, and it reads back as a register."""

from __future__ import annotations

import io
import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import openpyxl
import pytest
from fastapi import FastAPI
from typer.testing import CliRunner

from rancang.cli import build_app as build_cli
from rancang.features.registry.importer import prepare
from tests.web.conftest import Client, build_app, login

HEAD = "Nama Usaha,NIB,Alamat,Kode Desa,KBLI,Tenaga Kerja,Tahun\n"
ROWS = [
    "UD Satu,9120001110001,Jl. A,72.06.05.1014,10710,dua,2023\n",     # 2: not a number
    "UD Dua,9120001110002,Jl. B,72.06.05.1014,46100,2,2023\n",        # 3: trade KBLI
    "UD Luar,9120001110003,Jl. C,72.03.01.2001,10710,1,2023\n",       # 4: outside 72.06
    "UD Satu,9120001110001,Jl. A,72.06.05.1014,10710,2,2023\n",       # 5: duplicate of 2
    "=HYPERLINK(\"x\"),9120001110005,Jl. E,72.06.05.1014,10710,1,2023\n",  # 6: fine
]


@pytest.fixture(scope="module")
def app(tmp_path_factory: pytest.TempPathFactory) -> Iterator[FastAPI]:
    web = build_app(f"sqlite:///{tmp_path_factory.mktemp('pr') / 'p.sqlite'}", firms=3)
    yield web
    web.state.engine.dispose()


@pytest.fixture()
def analyst(app: FastAPI) -> Client:
    """The analyst of Morowali (72.06), signed in afresh for each test."""
    return login(app, "analyst_own")


def upload_register(client: Client, name: str, body: str, lang: str | None = None) -> Any:
    """``body`` uploaded as a register sheet named ``name`` from the data page (in
    ``lang`` when given): the page that answers."""
    return client.http.post("/data/upload" + (f"?lang={lang}" if lang else ""),
                            data={"csrf_token": client.csrf, "kind": "register"},
                            files={"files": (name, io.BytesIO(body.encode()), "text/csv")})


def test_refused_upload_comes_back_annotated(app: FastAPI, analyst: Client) -> None:
    other = login(app, "analyst_other")
    page = upload_register(analyst, "kantor.csv", HEAD + "".join(ROWS))
    assert page.status_code == 422
    table = page.text.split('id="problems"', 1)[1].split("</table>")[0]
    rows = [int(r) for r in re.findall(r"<td>(\d+)</td>", table)]
    assert rows == sorted(rows) and set(rows) >= {2, 3, 4, 5}
    link = re.search(r'id="problems-download" href="([^"]+)"', page.text).group(1)  # type: ignore[union-attr]
    assert other.http.get(link).status_code == 404  # someone else's upload
    resp = analyst.http.get(link)
    assert resp.status_code == 200 and resp.headers["cache-control"] == "no-store"
    wb = openpyxl.load_workbook(io.BytesIO(resp.content))
    summary, copy = wb["Masalah"], wb["kantor"]
    listed = [r[2] for r in summary.iter_rows(min_row=2, values_only=True)]
    assert listed == sorted(listed) and set(listed) == {2, 3, 4, 5}
    notes = {i: copy.cell(row=i, column=8).value for i in range(1, 7)}
    assert notes[1] == "Masalah (Rancang)"
    assert "Tenaga Kerja: bukan angka" in notes[2] and "KBLI" in notes[3]
    assert "luar wilayah" in notes[4] and "ganda" in notes[5] and notes[6] is None
    assert copy.cell(row=2, column=1).value == "UD Satu"
    assert copy.cell(row=6, column=1).value == "'=HYPERLINK(\"x\")"  # never a live formula


def test_template_on_the_upload_page_reads_back(app: FastAPI, analyst: Client,
                                                tmp_path: Path) -> None:
    page = analyst.http.get("/data").text
    assert 'href="/register/template.xlsx" id="register-template-link"' in page
    resp = analyst.http.get("/register/template.xlsx")
    assert resp.status_code == 200
    wb = openpyxl.load_workbook(io.BytesIO(resp.content))
    sheet, guide = wb["Register"], wb["Petunjuk"]
    headers = [c.value for c in sheet[1]]
    assert "Nama Perusahaan" in headers and "Kode Desa" in headers and "KBLI" in headers
    listed = {r[0]: r for r in guide.iter_rows(min_row=5, values_only=True)}
    assert set(listed) == set(headers)
    assert listed["KBLI"][2].startswith("KBLI 2020 industri pengolahan")
    assert listed["Nama Perusahaan"][3] == "ya"
    # fill one row from the guide's examples: it reads as a register row
    sheet.append([listed[h][4] for h in headers])
    path = tmp_path / "isi.xlsx"
    wb.save(path)
    frame, tables = prepare([path])
    assert frame.height == 1 and not tables[0].ignored
    assert frame["kbli"][0] == "10710" and frame["workers"][0] == 5
    assert login(app, "viewer").http.get("/register/template.xlsx").status_code == 403


def test_cli_template_and_problems_out(tmp_path: Path) -> None:
    runner, app = CliRunner(), build_cli()
    url = f"sqlite:///{tmp_path / 'c.sqlite'}"
    res = runner.invoke(app, ["registry", "template", "--out", str(tmp_path / "t.xlsx")])
    assert res.exit_code == 0 and (tmp_path / "t.xlsx").is_file()
    bad = tmp_path / "kantor.csv"
    bad.write_text(HEAD + "".join(ROWS[:2]), encoding="utf-8")
    res = runner.invoke(app, ["registry", "import", str(bad), "--problems-out",
                              str(tmp_path / "m.xlsx"), "--database-url", url])
    assert res.exit_code == 2 and "m.xlsx" in res.output
    copy = openpyxl.load_workbook(tmp_path / "m.xlsx")["kantor"]
    assert "bukan angka" in copy.cell(row=2, column=8).value


def test_upload_with_region_names_says_what_was_resolved(analyst: Client) -> None:
    body = ("Nama Usaha,Kabupaten/Kota,Kecamatan,KBLI,Tenaga Kerja,Tahun\n"
            "UD Nama Wilayah,Kab. Morowali,Kec. Bungku Tengh,10710,2,2023\n")
    page = upload_register(analyst, "nama.csv", body)
    assert page.status_code == 200, page.text[:800]
    said = page.text.split('id="resolved-places"', 1)[1].split("</div>")[0]
    assert "&#39;Kab. Morowali&#39; -&gt; 72.06 KABUPATEN MOROWALI (sama persis, 1 baris)" in said
    assert "72.06.05 Bungku Tengah (ejaan terdekat" in said


@pytest.mark.parametrize(("lang", "line"), [
    ("id", "desa/kelurahan &#39;Bahomotefe&#39; -&gt; 72.06.18.2002 Bahomotefe (nama sama "
           "persis, di Bungku Timur, bukan di wilayah yang tertulis pada baris (pemekaran?), "
           "1 baris)"),
    ("en", "village &#39;Bahomotefe&#39; -&gt; 72.06.18.2002 Bahomotefe (exact name, in "
           "Bungku Timur, not in the area written on the row (a split?), 1 rows)")])
def test_upload_says_a_village_was_found_in_another_district(analyst: Client, lang: str,
                                                             line: str) -> None:
    """The same catalogue line as the CLI (tests/registry/test_region_names.py): Bahomotefe
    is in Bungku Timur (72.06.18), made from the Bungku Tengah the sheet still names."""
    body = ("Nama Usaha,Kabupaten/Kota,Kecamatan,Desa/Kelurahan,KBLI,Tenaga Kerja,Tahun\n"
            f"UD Desa Pindah {lang},Morowali,Bungku Tengah,Bahomotefe,10710,2,2023\n")
    page = upload_register(analyst, "desa.csv", body, lang)
    assert page.status_code == 200, page.text[:800]
    said = page.text.split('id="resolved-places"', 1)[1].split("</div>")[0]
    assert line in said


AMBIGUOUS = {"id": ("nama desa/kelurahan &#39;Matano&#39; ada lebih dari satu: Matano "
                    "(72.06.05.1018, Bungku Tengah), Matano (72.06.07.2013, Menui Kepulauan)"),
             "en": ("village name &#39;Matano&#39; is not unique: Matano (72.06.05.1018, "
                    "Bungku Tengah), Matano (72.06.07.2013, Menui Kepulauan)")}


@pytest.mark.parametrize("lang", ["id", "en"])
def test_upload_lists_the_candidates_of_a_repeated_village(analyst: Client, lang: str,
                                                           tmp_path: Path) -> None:
    """A village name found twice in the analyst's regency, with no district on its row:
    the same located problem on the page and in the CLI (whose default is everywhere: the
    regency on the row narrows the search), never a code."""
    body = ("Nama Usaha,Kabupaten/Kota,Desa/Kelurahan,KBLI,Tenaga Kerja,Tahun\n"
            f"UD Dua Matano {lang},Morowali,Matano,10710,2,2023\n")
    page = upload_register(analyst, "matano.csv", body, lang)
    assert AMBIGUOUS[lang] in page.text, page.text[-1500:]
    path = tmp_path / "matano.csv"
    path.write_text(body, encoding="utf-8")
    res = CliRunner().invoke(build_cli(), [
        "--lang", lang, "registry", "import", str(path),
        "--database-url", f"sqlite:///{tmp_path / 'c.sqlite'}"])
    assert res.exit_code == 2, res.output
    assert AMBIGUOUS[lang].replace("&#39;", "'") in " ".join(res.output.split())
