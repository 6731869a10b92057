"""The plan through the API and the pages: create, draft from a stored dataset, edit,
freeze, diff, download; the numbers equal the service's; who may read and write what."""

from __future__ import annotations

import html
import io
from collections.abc import Iterator

import polars as pl
import pytest
from fastapi import FastAPI

from rancang.core.actors import CLI_ACTOR
from rancang.features.datasets.service import load_panel
from rancang.features.leading.service import AnalysisOptions, run_analysis
from rancang.features.plan.service import set_status
from tests.web.conftest import Client, build_app, login


@pytest.fixture(scope="module", params=["sqlite", "postgresql"])
def app(request: pytest.FixtureRequest,
        tmp_path_factory: pytest.TempPathFactory) -> Iterator[FastAPI]:
    if request.param == "sqlite":
        url = f"sqlite:///{tmp_path_factory.mktemp('plan') / 'w.sqlite'}"
        a = build_app(url, firms=12)
        yield a
        a.state.engine.dispose()
        return
    # a fresh schema on the test server (skips cleanly when it does not answer)
    import uuid
    from urllib.parse import quote

    import sqlalchemy as sa

    server = request.getfixturevalue("postgres_server")
    schema = f"t_{uuid.uuid4().hex[:12]}"
    admin = sa.create_engine(server)
    with admin.begin() as conn:
        conn.exec_driver_sql(f'CREATE SCHEMA "{schema}"')
    sep = "&" if "?" in server else "?"
    a = build_app(f"{server}{sep}options={quote(f'-csearch_path={schema}')}", firms=12)
    yield a
    a.state.engine.dispose()
    with admin.begin() as conn:
        conn.exec_driver_sql(f'DROP SCHEMA "{schema}" CASCADE')
    admin.dispose()


@pytest.fixture(scope="module")
def users(app: FastAPI) -> dict[str, Client]:
    return {name: login(app, name) for name in ("admin", "analyst_own", "analyst_other",
                                                  "viewer")}


def _h(c: Client) -> dict[str, str]:
    return {"X-CSRF-Token": c.csrf}


def test_plan_end_to_end(app: FastAPI, users: dict[str, Client]) -> None:
    from docx import Document

    own, other, viewer = users["analyst_own"], users["analyst_other"], users["viewer"]
    r = own.http.post("/api/v1/plans", json={"region": "72.06", "start_year": 2025,
                                             "allow_duplicate": True,
                                             "region_name": "Morowali"}, headers=_h(own))
    assert r.status_code == 201, r.text
    pid = r.json()["id"]
    assert r.json()["stages"] == [[2025, 2029], [2030, 2034], [2035, 2039], [2040, 2045]]
    r = own.http.post(f"/api/v1/plans/{pid}/draft", json={"dataset_id": 1, "region": "9903"},
                      headers=_h(own))
    assert r.status_code == 200, r.text
    detail = own.http.get(f"/api/v1/plans/{pid}").json()
    assert detail["sources"]["dataset"]["id"] == 1
    base = next(s for s in detail["sections"] if s["key"] == "kondisi.sektor_basis")
    lq = next(t for b in base["blocks"] for t in b["tables"] if t["id"] == "leading.lq")
    c = next(row for row in lq["rows"] if row[0] == "C")
    engine = app.state.engine
    res = run_analysis(load_panel(engine, 1), AnalysisOptions(regions=["9903"]))
    slq = float(res.tables["lq_quadrant"].filter(pl.col("industry_code") == "C")["slq"][0])
    assert c[2] == pytest.approx(slq, rel=1e-12)
    # the register's published aggregate: no cell of fewer than 3 firms
    industry = next(s for s in detail["sections"] if s["key"] == "kondisi.industri")
    reg = industry["blocks"][0]["tables"][0]
    assert industry["state"] == "generated" and reg["rows"][-1][0] == "TOTAL"
    assert all(r[2] is None or r[2] >= 3 for r in reg["rows"])
    # the page shows the same number, Indonesian notation
    page = own.http.get(f"/plans/{pid}/sections/kondisi.sektor_basis")
    assert page.status_code == 200 and f"{slq:.2f}".replace(".", ",") in page.text
    # a draft is the region's: others do not see it, through the API or the pages
    assert other.http.get(f"/api/v1/plans/{pid}").status_code == 404
    assert viewer.http.get(f"/plans/{pid}").status_code == 404
    assert pid not in [p["id"] for p in viewer.http.get("/api/v1/plans").json()]
    r = other.http.put(f"/api/v1/plans/{pid}/sections/visi.visi_misi",
                       json={"text": "x"}, headers=_h(other))
    assert r.status_code == 404
    # edit through the page, freeze through the API, diff on the page
    own.http.post(f"/api/v1/plans/{pid}/versions", json={"label": "v0.1"}, headers=_h(own))
    r = own.http.post(f"/plans/{pid}/sections/visi.visi_misi",
                      data={"text": "Visi: industri hijau.", "csrf_token": own.csrf},
                      follow_redirects=False)
    assert r.status_code == 303
    diff = own.http.get(f"/plans/{pid}/diff?old=v0.1&new=current")
    assert "Visi: industri hijau." in diff.text
    api_diff = own.http.get(f"/api/v1/plans/{pid}/diff?old=v0.1&new=current").json()
    assert [d["key"] for d in api_diff if d["status"] != "same"] == ["visi.visi_misi"]
    annex = Document(io.BytesIO(own.http.get(f"/plans/{pid}/diff.docx?old=v0.1").content))
    assert "Visi: industri hijau." in " ".join(p.text for p in annex.paragraphs)
    outline = own.http.get(f"/plans/{pid}").text
    assert "disunting" in outline and "dihasilkan" in outline
    # the download opens, with the chapters and the edited text
    r = own.http.get(f"/plans/{pid}/download.docx")
    doc = Document(io.BytesIO(r.content))
    assert next(p.text for p in doc.paragraphs if p.style.name == "Heading 1") == (
        "BAB I PENDAHULUAN")
    assert "Visi: industri hijau." in [p.text for p in doc.paragraphs]
    # bad input: a clear 422, nothing changed
    r = own.http.put(f"/api/v1/plans/{pid}/targets",
                     json=[{"key": "x", "indicator": "investment", "unit": ""}],
                     headers=_h(own))
    assert r.status_code == 422 and r.json()["problems"][0]["column"] == "unit"
    assert len(own.http.get(f"/api/v1/plans/{pid}").json()["targets"]) > 1
    # in consultation, every signed-in reader sees it (read only)
    set_status(engine, CLI_ACTOR, pid, "consultation")
    assert viewer.http.get(f"/api/v1/plans/{pid}").status_code == 200
    assert viewer.http.get(f"/plans/{pid}").status_code == 200
    r = viewer.http.put(f"/api/v1/plans/{pid}/sections/visi.visi_misi", json={"text": "x"},
                        headers=_h(viewer))
    assert r.status_code == 403
    r = own.http.post(f"/api/v1/plans/{pid}/status", json={"status": "agreed"},
                      headers=_h(own))
    assert r.status_code == 403  # analysts write; planners (and administrators) move


def test_planner_role(app: FastAPI) -> None:
    from rancang.features.accounts.service import create_user
    from tests.web.conftest import PASSWORD

    create_user(app.state.engine, "perencana", PASSWORD, role="planner", region_code="72.06")
    planner = login(app, "perencana")
    r = planner.http.post("/api/v1/plans", json={"region": "72.06", "start_year": 2026,
                                                 "allow_duplicate": True},
                          headers=_h(planner))
    assert r.status_code == 201
    pid = r.json()["id"]
    r = planner.http.post(f"/api/v1/plans/{pid}/status", json={"status": "consultation"},
                          headers=_h(planner))
    assert r.status_code == 200 and r.json()["status"] == "consultation"
    r = planner.http.post("/api/v1/plans", json={"region": "72.03", "start_year": 2026},
                          headers=_h(planner))
    assert r.status_code == 403
    assert "nav-plans" in planner.http.get("/plans").text


def test_targets_csv_round_trip_on_the_page(app: FastAPI, users: dict[str, Client]) -> None:
    own = users["analyst_own"]
    pid = own.http.post("/api/v1/plans", json={"region": "72.06", "start_year": 2027,
                                               "allow_duplicate": True},
                        headers=_h(own)).json()["id"]
    own.http.post(f"/api/v1/plans/{pid}/draft", json={"dataset_id": 1, "region": "9903"},
                  headers=_h(own))
    csv_text = own.http.get(f"/plans/{pid}/targets.csv").text
    lines = csv_text.splitlines()
    k = next(i for i, line in enumerate(lines) if line.startswith("investment,"))
    cells = lines[k].split(",")
    cells[8] = "1250.5"  # stage 1
    lines[k] = ",".join(cells)
    r = own.http.post(f"/plans/{pid}/targets", data={"csrf_token": own.csrf},
                      files={"files": ("sasaran.csv", "\n".join(lines) + "\n", "text/csv")},
                      follow_redirects=False)
    assert r.status_code == 303, r.text
    targets = own.http.get(f"/api/v1/plans/{pid}").json()["targets"]
    inv = next(t for t in targets if t["key"] == "investment")
    assert inv["stages"] == {"1": 1250.5} and inv["origin"] == "authored"
    page = own.http.get(f"/plans/{pid}").text
    assert "1.250,50" in page
    # regenerating from the data keeps the team's target
    own.http.post(f"/api/v1/plans/{pid}/draft", json={"dataset_id": 1, "region": "9903"},
                  headers=_h(own))
    targets = own.http.get(f"/api/v1/plans/{pid}").json()["targets"]
    assert next(t for t in targets if t["key"] == "investment")["stages"] == {"1": 1250.5}


def test_action_plan_table_and_round_trip(app: FastAPI, users: dict[str, Client]) -> None:
    """The action plan edited as a table on the page, downloaded as XLSX and uploaded
    again (nothing duplicated), set through the API; a bad row changes nothing; another
    region's analyst gets 404."""
    own, other = users["analyst_own"], users["analyst_other"]
    r = own.http.post("/api/v1/plans", json={"region": "72.06", "start_year": 2026,
                                             "allow_duplicate": True},
                      headers=_h(own))
    pid = r.json()["id"]
    form = {"csrf_token": own.csrf, "a_key": ["A1", ""], "a_group": ["leading", ""],
            "a_strategy_key": ["S1", ""], "a_strategy": ["Hilirisasi", ""],
            "a_programme_key": ["P1", ""], "a_programme": ["Pengolahan nikel", ""],
            "a_action": ["Kajian kelayakan", ""], "a_stages": ["1-2", ""],
            "a_lead_agency": ["Disperindag", ""], "a_related_agencies": ["Bappeda", ""],
            "a_targets": ["", ""]}
    r = own.http.post(f"/plans/{pid}/actions", data=form, follow_redirects=False)
    assert r.status_code == 303, r.text
    page = own.http.get(f"/plans/{pid}")
    assert 'data-key="A1"' in page.text and "Kajian kelayakan" in page.text
    # a bad stage: refused with its row and column, the table unchanged
    bad = {**form, "a_stages": ["9", ""]}
    r = own.http.post(f"/plans/{pid}/actions", data=bad, follow_redirects=False)
    assert r.status_code == 422 and "stages" in r.text
    got = own.http.get(f"/api/v1/plans/{pid}/actions").json()
    assert [a["stages"] for a in got["actions"]] == [[1, 2]]
    assert got["strategies"][0]["key"] == "S1"
    # XLSX down and up again: the same single row
    xlsx = own.http.get(f"/plans/{pid}/actions.xlsx")
    assert xlsx.status_code == 200
    r = own.http.post(f"/plans/{pid}/actions", data={"csrf_token": own.csrf},
                      files={"file": ("aksi.xlsx", xlsx.content,
                                      "application/vnd.openxmlformats-officedocument."
                                      "spreadsheetml.sheet")}, follow_redirects=False)
    assert r.status_code == 303, r.text
    assert len(own.http.get(f"/api/v1/plans/{pid}/actions").json()["actions"]) == 1
    # the API sets the whole matrix
    r = own.http.put(f"/api/v1/plans/{pid}/actions", headers=_h(own), json=[
        {"key": "A2", "group": "zoning", "strategy_key": "S2", "programme_key": "P2",
         "action": "Tetapkan sentra", "stages": [1]}])
    assert r.status_code == 200, r.text
    assert [a["key"] for a in r.json()] == ["A2"]
    csv_text = own.http.get(f"/plans/{pid}/actions.csv").text
    assert csv_text.splitlines()[1].startswith("A2,zoning,S2")
    # another region: nothing to see, nothing to change
    assert other.http.get(f"/api/v1/plans/{pid}/actions").status_code == 404
    r = other.http.put(f"/api/v1/plans/{pid}/actions", headers=_h(other), json=[])
    assert r.status_code == 404
    assert len(own.http.get(f"/api/v1/plans/{pid}/actions").json()["actions"]) == 1


def test_specialisation_page_and_yearly_targets_xlsx(app: FastAPI,
                                                     users: dict[str, Client]) -> None:
    from openpyxl import load_workbook

    own = users["analyst_own"]
    pid = own.http.post("/api/v1/plans", json={"region": "72.06", "start_year": 2025,
                                               "allow_duplicate": True},
                        headers=_h(own)).json()["id"]
    own.http.post(f"/api/v1/plans/{pid}/draft", json={"dataset_id": 1, "region": "9903"},
                  headers=_h(own))
    # the specialisation section: the analysis's Krugman index per year, with its chart
    res = run_analysis(load_panel(app.state.engine, 1), AnalysisOptions(regions=["9903"]))
    spec = res.tables["specialization"].filter(pl.col("region_code") == "9903")
    last = float(spec.filter(pl.col("year") == spec["year"].max())["krugman"][0])
    page = own.http.get(f"/plans/{pid}/sections/kondisi.spesialisasi")
    assert page.status_code == 200
    assert f"{last:.3f}".replace(".", ",") in page.text
    assert "Indeks spesialisasi ekonomi daerah per tahun" in page.text
    assert 'class="plan-chart"' in page.text and "echarts.min.js" in page.text
    assert "Krugman 1991" in page.text  # the source line
    # the plan page says where RIPIN has no national milestone
    assert "tidak ada tonggak nasional" in own.http.get(f"/plans/{pid}").text
    # targets as XLSX, a yearly column added, uploaded back
    r = own.http.get(f"/plans/{pid}/targets.xlsx")
    assert r.status_code == 200
    book = load_workbook(io.BytesIO(r.content))
    sheet = book["Sasaran"]
    header = [c.value for c in sheet[1]]
    col = len(header) + 1
    sheet.cell(row=1, column=col, value="2027")
    row = next(r_ for r_ in range(2, sheet.max_row + 1)
               if sheet.cell(row=r_, column=1).value == "investment")
    sheet.cell(row=row, column=col, value=640.5)
    buf = io.BytesIO()
    book.save(buf)
    xlsx = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
    r = own.http.post(f"/plans/{pid}/targets", data={"csrf_token": own.csrf},
                      files={"files": ("sasaran.xlsx", buf.getvalue(), xlsx)},
                      follow_redirects=False)
    assert r.status_code == 303, r.text
    targets = own.http.get(f"/api/v1/plans/{pid}").json()["targets"]
    assert next(t for t in targets if t["key"] == "investment")["yearly"] == {"2027": 640.5}
    assert "2027: 640,50" in own.http.get(f"/plans/{pid}").text
    # a year outside the period: refused, located, nothing changed
    sheet.cell(row=1, column=col, value="2050")
    buf = io.BytesIO()
    book.save(buf)
    r = own.http.post(f"/plans/{pid}/targets", data={"csrf_token": own.csrf},
                      files={"files": ("sasaran.xlsx", buf.getvalue(), xlsx)},
                      follow_redirects=False)
    assert r.status_code in (400, 422) and "2050" in r.text and "sasaran.xlsx" in r.text
    targets = own.http.get(f"/api/v1/plans/{pid}").json()["targets"]
    assert next(t for t in targets if t["key"] == "investment")["yearly"] == {"2027": 640.5}


def test_targets_and_actions_csv_for_an_indonesian_excel(app: FastAPI,
                                                         users: dict[str, Client]) -> None:
    """The plan's CSV files come for an Indonesian Excel too (``?csv_locale=id``: ``;``,
    a decimal comma, a byte-order mark), linked beside the plain ones; edited and uploaded
    back they give the same numbers as the plain file."""
    own = users["analyst_own"]
    pid = own.http.post("/api/v1/plans", json={"region": "72.06", "start_year": 2028,
                                               "allow_duplicate": True},
                        headers=_h(own)).json()["id"]
    own.http.post(f"/api/v1/plans/{pid}/draft", json={"dataset_id": 1, "region": "9903"},
                  headers=_h(own))
    page = own.http.get(f"/plans/{pid}").text
    assert f'href="/plans/{pid}/targets.csv?csv_locale=id"' in page
    assert f'href="/plans/{pid}/actions.csv?csv_locale=id"' in page
    before = own.http.get(f"/api/v1/plans/{pid}").json()["targets"]
    local = own.http.get(f"/plans/{pid}/targets.csv?csv_locale=id")
    assert local.status_code == 200 and local.content.startswith(b"\xef\xbb\xbf")
    assert 'plan-' in local.headers["content-disposition"] and "_id.csv" in \
        local.headers["content-disposition"]
    lines = local.content.decode("utf-8-sig").splitlines()
    assert lines[0].startswith("key;")
    k = next(i for i, line in enumerate(lines) if line.startswith("investment;"))
    cells = lines[k].split(";")
    cells[8] = "1250,5"  # stage 1, with a decimal comma
    lines[k] = ";".join(cells)
    r = own.http.post(f"/plans/{pid}/targets", data={"csrf_token": own.csrf},
                      files={"files": ("sasaran.csv", ("\ufeff" + "\n".join(lines) + "\n")
                                       .encode("utf-8"), "text/csv")},
                      follow_redirects=False)
    assert r.status_code == 303, r.text
    after = {t["key"]: t for t in own.http.get(f"/api/v1/plans/{pid}").json()["targets"]}
    assert after["investment"]["stages"] == {"1": 1250.5}
    for t in before:  # every other target read back to the same numbers
        if t["key"] != "investment":
            assert after[t["key"]]["stages"] == t["stages"], t["key"]
            assert after[t["key"]]["yearly"] == t["yearly"], t["key"]
    r = own.http.put(f"/api/v1/plans/{pid}/actions", headers=_h(own), json=[
        {"key": "A1", "group": "zoning", "strategy_key": "S1", "programme_key": "P1",
         "action": "Tetapkan sentra; kajian", "stages": [1, 2]}])
    assert r.status_code == 200, r.text
    actions = own.http.get(f"/plans/{pid}/actions.csv?csv_locale=id")
    assert actions.content.startswith(b"\xef\xbb\xbf")
    assert actions.content.decode("utf-8-sig").splitlines()[1].startswith("A1;zoning;S1")
    r = own.http.post(f"/plans/{pid}/actions", data={"csrf_token": own.csrf},
                      files={"file": ("aksi.csv", actions.content, "text/csv")},
                      follow_redirects=False)
    assert r.status_code == 303, r.text
    got = own.http.get(f"/api/v1/plans/{pid}/actions").json()["actions"]
    assert [(a["key"], a["action"], a["stages"]) for a in got] == [
        ("A1", "Tetapkan sentra; kajian", [1, 2])]
    assert own.http.get(f"/plans/{pid}/targets.csv?csv_locale=xx").status_code == 422


def test_the_working_action_plan_is_the_teams_only(app: FastAPI,
                                                   users: dict[str, Client]) -> None:
    """Others read what is published: the working action plan's CSV, XLSX and API answer
    the viewer and another region's analyst "not found" with the catalogue's reason, while
    the region's own analyst reads them."""
    own = users["analyst_own"]
    pid = own.http.post("/api/v1/plans", json={"region": "72.06", "start_year": 2025,
                                               "allow_duplicate": True},
                        headers=_h(own)).json()["id"]
    set_status(app.state.engine, CLI_ACTOR, pid, "consultation")  # others may read it now
    for path in (f"/plans/{pid}/actions.csv", f"/plans/{pid}/actions.xlsx",
                 f"/api/v1/plans/{pid}/actions"):
        assert own.http.get(path).status_code == 200, path
        r = users["viewer"].http.get(path + "?lang=en")
        assert r.status_code == 404, (path, r.status_code)
        assert "open to the region's planning team only" in html.unescape(r.text), path
