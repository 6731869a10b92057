"""A province analyst sees the import history of the regencies of the province (issue 17,
item 9: the history matched the region exactly instead of as a prefix)."""

from __future__ import annotations

import io

from fastapi import FastAPI

from rancang.features.accounts.service import create_user
from tests.web.conftest import PASSWORD, build_app, login

HEAD = "Nama Usaha,Alamat,Kode Desa,KBLI,Tenaga Kerja,Tahun\n"


def test_province_analyst_sees_the_regencies_imports(tmp_path: object) -> None:
    app: FastAPI = build_app(f"sqlite:///{tmp_path}/h.sqlite", firms=3)  # type: ignore[str-format]
    try:
        create_user(app.state.engine, "analis_sulteng", PASSWORD, role="analyst",
                    region_code="72")
        create_user(app.state.engine, "analis_gorontalo", PASSWORD, role="analyst",
                    region_code="75")
        regency = login(app, "analyst_own")
        body = HEAD + "UD Riwayat,Jl. Riwayat 1,72.06.05.1014,10710,2,2023\n"
        up = regency.http.post("/data/upload", data={"csrf_token": regency.csrf,
                                                     "kind": "register"},
                               files={"files": ("riwayat_kab.csv", io.BytesIO(body.encode()),
                                                "text/csv")})
        assert up.status_code == 200, up.text[:500]
        province = login(app, "analis_sulteng")
        listed = province.http.get("/api/v1/imports").json()
        assert [r["files"] for r in listed if r["kind"] == "register"] == [["riwayat_kab.csv"]]
        assert "riwayat_kab.csv" in province.http.get("/data").text
        elsewhere = login(app, "analis_gorontalo")
        assert elsewhere.http.get("/api/v1/imports").json() == []
    finally:
        app.state.engine.dispose()
