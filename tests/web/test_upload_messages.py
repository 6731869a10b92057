"""Upload problems speak the user's language and name the user's own file, sheet and column
header (never internal field names); "outside your region" says where."""

from __future__ import annotations

import tempfile
from pathlib import Path

from rancang.features.registry.demo import demo_register, write_office_xlsx
from tests.web.conftest import Client


def _register_xlsx() -> bytes:
    with tempfile.TemporaryDirectory() as tmp:
        path = write_office_xlsx(demo_register(3, seed=5), Path(tmp) / "x.xlsx")
        return path.read_bytes()


def _upload(c: Client, name: str, body: bytes, lang: str) -> dict[str, object]:
    resp = c.http.post(f"/api/v1/imports/register?lang={lang}", headers={"X-CSRF-Token": c.csrf},
                       files={"files": (name, body, "application/octet-stream")})
    assert resp.status_code == 422, resp.text
    return resp.json()  # type: ignore[no-any-return]


def test_outside_region_names_sheet_row_and_users_header(clients: dict[str, Client]) -> None:
    got = _upload(clients["analyst_other"], "Data IKM Morowali 2024.xlsx", _register_xlsx(),
                  "id")
    problems = got["problems"]
    assert problems
    p = problems[0]  # type: ignore[index]
    assert p["file"] == "Data IKM Morowali 2024.xlsx"
    assert p["sheet"] == "Data IKM"
    assert isinstance(p["row"], int) and p["row"] >= 2
    assert p["column"] == "Kode Desa"  # the workbook's own header, not village_code/region
    assert "di luar wilayah Anda 72.03" in p["message"]
    en = _upload(clients["analyst_other"], "x.xlsx", _register_xlsx(), "en")
    assert "outside your region 72.03" in en["problems"][0]["message"]  # type: ignore[index]


def test_file_problems_in_the_interface_language(clients: dict[str, Client]) -> None:
    c = clients["analyst_own"]
    idn = _upload(c, "catatan.txt", b"x", "id")["problems"][0]  # type: ignore[index]
    assert idn["message"].startswith("jenis berkas tidak didukung")
    assert idn["file"] == "catatan.txt"
    en = _upload(c, "catatan.txt", b"x", "en")["problems"][0]  # type: ignore[index]
    assert en["message"].startswith("unsupported file type")
    page = c.http.post("/data/upload?lang=en", data={"csrf_token": c.csrf, "kind": "pdrb"},
                       files={"files": ("empty.csv", b"", "text/csv")})
    assert page.status_code == 422 and "empty file" in page.text
