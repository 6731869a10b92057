"""The programme pages and API: import (all or nothing, the CLI's located messages,
region scope), the list and its filters, the review of a plan's mappings (confirm,
reject, contribution, the confirmed workbook), and the links from the plan and the
monitoring pages."""

from __future__ import annotations

import html
import io
import re
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
from fastapi import FastAPI
from sqlalchemy import Engine, select

from rancang.core.actors import CLI_ACTOR
from rancang.core.errors import InputError, error_payload
from rancang.features.programmes.demo import Synthetic, synthetic_programmes, write_csv
from rancang.features.programmes.importer import import_programmes
from rancang.features.programmes.models import Programme, ProgrammeMapping
from rancang.features.programmes.sync import sync_report
from tests.programmes.conftest import make_plan
from tests.web.conftest import PASSWORD, Client, login

HEADER = "kode;nomenklatur;tingkat;instansi;wilayah;tahun;pagu;indikator;satuan;target\n"


@dataclass
class Web:
    app: FastAPI
    engine: Engine
    data: Synthetic
    plan: int
    tmp: Path


@pytest.fixture(scope="module")
def web(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Web]:
    from rancang.core.settings import Settings
    from rancang.features.accounts.service import create_user
    from rancang.web.app import create_app

    tmp = tmp_path_factory.mktemp("progweb")
    app = create_app(Settings(database_url=f"sqlite:///{tmp / 'w.sqlite'}",
                              data_dir=tmp / "data"))
    engine = app.state.engine
    data = synthetic_programmes("72", years=(2026, 2027), per_regency=4, seed=3)
    import_programmes(engine, CLI_ACTOR, [write_csv(data.rows, tmp / "prog.csv")])
    plan = make_plan(engine, "72.06")
    for name, role, region in (("perencana", "planner", "72.06"),
                               ("perencana_lain", "planner", "72.03"),
                               ("provinsi", "analyst", "72"), ("tamu", "viewer", None)):
        create_user(engine, name, PASSWORD, role=role, region_code=region)
    yield Web(app, engine, data, plan, tmp)
    engine.dispose()


@pytest.fixture(scope="module")
def planner(web: Web) -> Client:
    return login(web.app, "perencana")


@pytest.fixture(scope="module")
def other(web: Web) -> Client:
    return login(web.app, "perencana_lain")


def _count(engine: Engine) -> int:
    with engine.connect() as conn:
        return len(conn.execute(select(Programme.__table__.c.id)).all())


def _post(c: Client, url: str, **kw: object) -> object:
    data = dict(kw.pop("data", {}) or {})  # type: ignore[call-overload]
    data["csrf_token"] = c.csrf
    return c.http.post(url, data=data, follow_redirects=False, **kw)  # type: ignore[arg-type]


def _csv(name: str, body: str) -> tuple[str, bytes, str]:
    return (name, (HEADER + body).encode(), "text/csv")


BAD = ("3.31.02.2.01.0001;Pembinaan IKM;kabupaten;Dinas X;72.06;2026;-5;;;\n"
       "3.31.02.2.01.0002;Rencana;kabupaten;Dinas X;72.06;20x6;1.000;;;\n"
       "3.31.02.1.01.0001;Rencana;kabupaten;Dinas X;72.06;2026;1.000;;;\n")


def test_import_page_and_api_are_all_or_nothing_with_the_clis_messages(
        web: Web, planner: Client) -> None:
    path = web.tmp / "salah.csv"
    path.write_text(HEADER + BAD, encoding="utf-8")
    with pytest.raises(InputError) as direct:
        import_programmes(web.engine, CLI_ACTOR, [path])
    expected = error_payload(direct.value, "id")["problems"]
    # a negative pagu, a bad year, a province's level digit in a regency row
    assert [(p["row"], p["column"]) for p in expected] == [(2, "pagu"), (3, "tahun"),
                                                           (4, "kode")]
    before = _count(web.engine)
    page = _post(planner, "/programmes/import?lang=id",
                 files=[("files", _csv("salah.csv", BAD))])
    assert page.status_code == 422  # type: ignore[attr-defined]
    shown = html.unescape(page.text)  # type: ignore[attr-defined]
    for p in expected:
        assert p["message"] in shown
    api = planner.http.post("/api/v1/programmes/import?lang=id",
                            headers={"X-CSRF-Token": planner.csrf},
                            files=[("files", _csv("salah.csv", BAD))])
    assert api.status_code == 422
    assert api.json()["problems"] == expected
    assert _count(web.engine) == before


def test_import_respects_the_region_scope(web: Web, planner: Client) -> None:
    before = _count(web.engine)
    row = "3.31.02.2.01.0002;Pelatihan IKM;kabupaten;Dinas Y;72.03;2026;1.000.000;;;\n"
    refused = planner.http.post("/api/v1/programmes/import?lang=en",
                                headers={"X-CSRF-Token": planner.csrf},
                                files=[("files", _csv("lain.csv", row))])
    assert refused.status_code == 422
    problem = refused.json()["problems"][0]
    assert (problem["file"], problem["row"], problem["column"]) == ("lain.csv", 2, "wilayah")
    assert _count(web.engine) == before
    province = login(web.app, "provinsi")
    ok = province.http.post("/api/v1/programmes/import", headers={"X-CSRF-Token": province.csrf},
                            files=[("files", _csv("lain.csv", row))])
    assert ok.status_code == 200, ok.text
    assert ok.json() == {"files": ["lain.csv"], "rows": 1, "inserted": 1, "updated": 0,
                         "unchanged": 0}
    again = province.http.post("/api/v1/programmes/import",
                               headers={"X-CSRF-Token": province.csrf},
                               files=[("files", _csv("lain.csv", row))])
    assert again.json()["unchanged"] == 1 and _count(web.engine) == before + 1
    tamu = login(web.app, "tamu")
    assert tamu.http.post("/api/v1/programmes/import", headers={"X-CSRF-Token": tamu.csrf},
                          files=[("files", _csv("lain.csv", row))]).status_code == 403


def test_good_upload_through_the_page(web: Web, planner: Client) -> None:
    row = "3.31.02.2.01.0005;Pameran produk IKM;kabupaten;Dinas Z;72.06;2027;2.500.000;;;\n"
    page = _post(planner, "/programmes/import?lang=en", data={"region": "72.06"},
                 files=[("files", _csv("baru.csv", row))])
    assert page.status_code == 200, page.text[:500]  # type: ignore[attr-defined]
    assert "1 file(s), 1 programmes: 1 new, 0 changed, 0 unchanged." in page.text  # type: ignore[attr-defined]
    listing = planner.http.get("/api/v1/programmes?region=72.06&year=2027").json()
    found = [p for p in listing if p["agency"] == "Dinas Z"]
    assert len(found) == 1 and found[0]["budget"] == 2_500_000


def test_list_filters(web: Web, planner: Client) -> None:
    rows = [r for r in web.data.rows if r["wilayah"] == "72.06" and r["tahun"] == 2026
            and r["tingkat"] == "kabupaten"]
    api = planner.http.get("/api/v1/programmes?region=72.06&level=kabupaten&year=2026").json()
    assert sorted((p["code"], p["agency"]) for p in api) == sorted(
        (str(r["kode"]), str(r["instansi"])) for r in rows)
    page = planner.http.get("/programmes?region=72.06&level=kabupaten&year=2026").text
    assert len(re.findall(r'<tr data-id="\d+">', page)) == len(rows)
    # a regency planner reads nothing of another regency, even when asking for it
    assert planner.http.get("/api/v1/programmes?region=72.03").json() == []
    assert planner.http.get("/api/v1/programmes?level=central").status_code == 422


def _state(engine: Engine, plan: int) -> dict[tuple[int, str, str], tuple[bool, bool, str]]:
    t = ProgrammeMapping.__table__
    with engine.connect() as conn:
        return {(r.programme_id, r.kind, r.anchor): (r.confirmed, r.rejected, r.contribution)
                for r in conn.execute(select(t).where(t.c.plan_id == plan))}


def test_review_confirm_reject_and_contribution(web: Web, planner: Client,
                                                other: Client) -> None:
    rows = planner.http.get(f"/api/v1/programmes/plans/{web.plan}/mappings?top=3").json()
    suggested = [r for r in rows if r["state"] == "suggested"]
    assert suggested and all(r["programme"]["region_code"].startswith("72.06") for r in rows)
    first, second = suggested[0], next(r for r in suggested
                                       if r["programme"]["id"] != suggested[0]["programme"]["id"])
    page = planner.http.get(f"/programmes/plans/{web.plan}").text
    assert f'data-programme="{first["programme"]["id"]}"' in page
    gaps = len(sync_report(web.engine, CLI_ACTOR, "72", first["programme"]["year"]).gaps)
    form = {"programme_id": str(first["programme"]["id"]), "kind": first["kind"],
            "key": first["key"], "decision": "confirm", "contribution": "+40 unit IKM"}
    done = _post(planner, f"/programmes/plans/{web.plan}/mappings", data=form)
    assert done.status_code == 303  # type: ignore[attr-defined]
    key = (first["programme"]["id"], first["kind"], first["key"])
    assert _state(web.engine, web.plan)[key] == (True, False, "+40 unit IKM")
    after = sync_report(web.engine, CLI_ACTOR, "72", first["programme"]["year"])
    served = next(c for c in after.coverage if (c.kind, c.key) == (first["kind"], first["key"]))
    assert served.total >= 1 and len(after.gaps) <= gaps
    # a blank contribution keeps the stored one; a new one replaces it
    _post(planner, f"/programmes/plans/{web.plan}/mappings", data={**form, "contribution": ""})
    assert _state(web.engine, web.plan)[key][2] == "+40 unit IKM"
    r = planner.http.post(f"/api/v1/programmes/plans/{web.plan}/mappings",
                          headers={"X-CSRF-Token": planner.csrf},
                          json={"programme_id": key[0], "kind": key[1], "key": key[2],
                                "decision": "confirm", "contribution": "+45 unit IKM"})
    assert r.status_code == 200 and r.json() == {"confirmed": 1, "removed": 0}
    assert _state(web.engine, web.plan)[key] == (True, False, "+45 unit IKM")
    # rejecting: not counted, not suggested again
    skey = (second["programme"]["id"], second["kind"], second["key"])
    r = planner.http.post(f"/api/v1/programmes/plans/{web.plan}/mappings",
                          headers={"X-CSRF-Token": planner.csrf},
                          json={"programme_id": skey[0], "kind": skey[1], "key": skey[2],
                                "decision": "reject"})
    assert r.json() == {"confirmed": 0, "removed": 0}
    rows = planner.http.get(f"/api/v1/programmes/plans/{web.plan}/mappings").json()
    states = {(r["programme"]["id"], r["kind"], r["key"]): r["state"] for r in rows}
    assert states[skey] == "rejected" and states[key] == "confirmed"
    assert [r for r in rows if r["state"] == "suggested"
            and (r["programme"]["id"], r["kind"], r["key"]) == skey] == []
    # taking a confirmed one back
    r = planner.http.post(f"/api/v1/programmes/plans/{web.plan}/mappings",
                          headers={"X-CSRF-Token": planner.csrf},
                          json={"programme_id": key[0], "kind": key[1], "key": key[2],
                                "decision": "reject"})
    assert r.json() == {"confirmed": 0, "removed": 1}
    assert _state(web.engine, web.plan)[key][:2] == (False, True)
    # another regency's planner: the plan reads as missing, nothing changes
    before = _state(web.engine, web.plan)
    assert _post(other, f"/programmes/plans/{web.plan}/mappings",
                 data={**form, "decision": "confirm"}).status_code == 404  # type: ignore[attr-defined]
    assert other.http.get(f"/programmes/plans/{web.plan}").status_code == 404
    assert _state(web.engine, web.plan) == before
    # an unknown target is a located problem; a programme of another region a 404
    bad = planner.http.post(f"/api/v1/programmes/plans/{web.plan}/mappings",
                            headers={"X-CSRF-Token": planner.csrf},
                            json={"programme_id": key[0], "kind": "target", "key": "nope",
                                  "decision": "confirm"})
    assert bad.status_code == 422 and bad.json()["problems"][0]["column"] == "key"
    with web.engine.connect() as conn:
        foreign = conn.execute(select(Programme.__table__.c.id).where(
            Programme.__table__.c.region_code == "72.03")).scalars().first()
    r = planner.http.post(f"/api/v1/programmes/plans/{web.plan}/mappings",
                          headers={"X-CSRF-Token": planner.csrf},
                          json={"programme_id": foreign, "kind": key[1], "key": key[2],
                                "decision": "confirm"})
    assert r.status_code == 404 and _state(web.engine, web.plan) == before


def test_confirmed_workbook_through_the_page(web: Web, planner: Client) -> None:
    from openpyxl import load_workbook

    got = planner.http.get(f"/programmes/plans/{web.plan}/suggestions.xlsx")
    assert got.status_code == 200 and got.content[:2] == b"PK"
    book = load_workbook(io.BytesIO(got.content))
    ws = book[book.sheetnames[-1]]
    head = [c.value for c in ws[1]]
    rows = list(ws.iter_rows(min_row=2))
    col = {h: k for k, h in enumerate(head)}
    pick = rows[-1]
    pick[col["konfirmasi"]].value = "ya"
    pick[col["kontribusi"]].value = "dari lembar"
    buf = io.BytesIO()
    book.save(buf)
    up = _post(planner, f"/programmes/plans/{web.plan}/mappings/upload",
               files=[("files", ("pemetaan.xlsx", buf.getvalue(), "application/x"))])
    assert up.status_code == 303, up.text[:400]  # type: ignore[attr-defined]
    stored = _state(web.engine, web.plan)
    assert any(v == (True, False, "dari lembar") for v in stored.values())
    # a bad answer: located, nothing changes
    pick[col["konfirmasi"]].value = "mungkin"
    buf = io.BytesIO()
    book.save(buf)
    bad = _post(planner, f"/programmes/plans/{web.plan}/mappings/upload",
                files=[("files", ("pemetaan.xlsx", buf.getvalue(), "application/x"))])
    assert bad.status_code == 422 and "mungkin" in bad.text  # type: ignore[attr-defined]
    assert _state(web.engine, web.plan) == stored


def test_links_from_the_plan_and_lists(web: Web, planner: Client, other: Client) -> None:
    plan_page = planner.http.get(f"/plans/{web.plan}").text
    assert f'href="/programmes/plans/{web.plan}"' in plan_page
    assert 'href="/programmes?region=72.06"' in plan_page
    listing = planner.http.get("/programmes").text
    assert f'href="/programmes/plans/{web.plan}"' in listing
    assert 'id="programmes-import"' in listing
    assert f"/programmes/plans/{web.plan}" not in other.http.get("/programmes").text
