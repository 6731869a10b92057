"""The authorisation matrix: every route of every feature x every role x own/other region.

Each route declares who may call it (:mod:`rancang.web.introspect` reads it: public, any
signed-in actor, or a permission). Every route has an example request below, for an object
of the analyst's own region and one of another region where the route reads or changes
such an object. For each example and each role the answer must follow the declaration:

- anonymous: 401 (API) or a redirect to the sign-in page (pages), unless public;
- an actor without the permission for the example's region: 404 when they hold it in
  another region (an id of another region reads as a missing one), else 403 or 404 where
  the object is hidden from them (a private dataset of another region);
- an actor with it: never 401/403 (nor 404 for a hidden object), never a 500.

A route without an example or without a declaration fails the test, so a feature cannot
add a route that escapes the matrix.
"""

from __future__ import annotations

import io
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

import pytest
from fastapi import FastAPI
from fastapi.testclient import TestClient
from sqlalchemy import select

from rancang.core.actors import Actor, Grant
from rancang.features.accounts.service import create_user
from rancang.features.datasets.service import save_panel
from rancang.features.registry.models import Enterprise
from rancang.sources.synthetic import demo_province
from rancang.web.introspect import routes_of
from tests.web.conftest import USERS, Client, add_duplicates, build_app, login

OWN, OTHER = "72.06", "72.03"


@dataclass(frozen=True)
class Example:
    """A request to one route; ``region`` is the region of the object it touches (None:
    none in particular); ``hidden`` objects answer 404 to those who may not see them."""

    method: str
    url: str
    region: str | None = None
    hidden: bool = False
    data: dict[str, Any] = field(default_factory=dict)
    json: Any = None
    files: bool = False
    #: the permission that applies when not the route's own (an importer's, on the data
    #: page); statuses that mean "allowed" besides the usual (a wrong password's 401)
    permission: str | None = None
    also_ok: frozenset[int] = frozenset()
    login_form: bool = False
    #: a public form with its own CSRF token (a signed double-submit cookie): the token
    #: is read from the form's page (``GET`` of the same URL) first
    public_form: bool = False
    #: the region is one the caller names (a village to move a firm to), not the region
    #: of an object asked for by its id: refused with 403, nothing to hide
    named_region: bool = False
    #: who may see a hidden object: the readers of its region (a private dataset's, a
    #: draft plan's)
    hidden_by: str = "datasets.private.read"


@dataclass
class World:
    app: FastAPI
    ids: dict[str, int]
    clients: dict[str, Client | None]
    #: a client without a session (its cookies cleared before each request)
    anonymous: TestClient


def _records(app: FastAPI, region: str) -> list[int]:
    e = Enterprise.__table__
    with app.state.engine.connect() as conn:
        return [r[0] for r in conn.execute(
            select(e.c.id).where(e.c.regency_code == region, e.c.merged_into_id.is_(None))
            .order_by(e.c.id))]


@pytest.fixture(scope="module")
def world(tmp_path_factory: pytest.TempPathFactory) -> Iterator[World]:
    app = build_app(f"sqlite:///{tmp_path_factory.mktemp('authz') / 'a.sqlite'}", firms=24)
    engine = app.state.engine
    clients: dict[str, Client | None] = {name: login(app, name) for name, _, _ in USERS}
    admin = clients["admin"]
    assert admin is not None
    # four firms of the other region (moved by the administrator)
    for rid in _records(app, OWN)[-4:]:
        r = admin.http.patch(f"/api/v1/register/records/{rid}",
                             json={"village_code": "72.03.01.2001"},
                             headers={"X-CSRF-Token": admin.csrf})
        assert r.status_code == 200, r.text
    # three duplicate pairs per region: two clusters to merge or keep, one merged to undo
    own, other = _records(app, OWN), _records(app, OTHER)
    e = Enterprise.__table__
    pairs = {}
    for region, ids in ((OWN, own), (OTHER, other)):
        with engine.connect() as conn:
            first = conn.execute(select(e.c.id).order_by(e.c.id)).scalars().all()
        offsets = [first.index(i) for i in ids[:3]]
        pairs[region] = [add_duplicates(engine, 1, offset=k)[0] for k in offsets]
    found = admin.http.post("/api/v1/register/duplicates/find", json={"threshold": 7.0},
                            headers={"X-CSRF-Token": admin.csrf}).json()
    assert found["n_clusters"] >= 6
    clusters = admin.http.get("/api/v1/register/duplicates?page=1").json()["clusters"]
    by_region: dict[str, list[dict[str, Any]]] = {OWN: [], OTHER: []}
    for c in clusters:
        regions = {str(r["village_code"])[:5] for r in c["records"]}
        if len(regions) == 1:
            by_region[regions.pop()].append(c)
    ids: dict[str, int] = {}
    for region, tag in ((OWN, "own"), (OTHER, "other")):
        merged, to_merge, to_keep = by_region[region][:3]
        ids[f"merge_{tag}"] = admin.http.post(
            f"/api/v1/register/duplicates/{merged['id']}/merge",
            json={"survivor": merged["survivor"]},
            headers={"X-CSRF-Token": admin.csrf}).json()["merge_id"]
        ids[f"cluster_{tag}"] = to_merge["id"]
        ids[f"survivor_{tag}"] = to_merge["survivor"]
        ids[f"keep_{tag}"] = to_keep["id"]
        ids[f"record_{tag}"] = _records(app, region)[0]
    # a pending region transfer out of each region (asked for by someone else)
    from rancang.features.registry.models import RegionTransfer

    for tag, region, to in (("own", OWN, "72.03.01.2001"), ("other", OTHER, "72.06.05.1014")):
        with engine.begin() as conn:
            ids[f"transfer_{tag}"] = int(conn.execute(
                RegionTransfer.__table__.insert().values(
                    enterprise_id=_records(app, region)[3], from_regency=region,
                    to_regency=to[:5], to_village_code=to, status="pending",
                    requested_by="someone", requested_at=datetime.now(UTC).replace(tzinfo=None))
                .returning(RegionTransfer.__table__.c.id)).scalar_one())
    # register imports of one new firm in each region, to undo
    import tempfile
    from pathlib import Path

    from rancang.features.registry.importer import import_files

    head = "Nama Usaha,Alamat,Kode Desa,KBLI,Tenaga Kerja,Tahun\n"
    with tempfile.TemporaryDirectory() as tmp:
        for k, (tag, village) in enumerate((("own", "72.06.05.1014"), ("own2", "72.06.05.1014"),
                                            ("other", "72.03.01.2001"),
                                            ("other2", "72.03.01.2001"))):
            path = Path(tmp) / f"undo{k}.csv"
            path.write_text(head + f"UD Undo {k},Jl. Undo {k},{village},10710,2,2023\n")
            ids[f"import_{tag}"] = import_files(engine, [path], actor="admin").batch  # type: ignore[assignment]
        # firms to delete (page, API) and a deleted firm to restore, in each region
        from rancang.core.actors import CLI_ACTOR
        from rancang.features.registry.deletion import delete_record

        for tag, village in (("own", "72.06.05.1014"), ("other", "72.03.01.2001")):
            path = Path(tmp) / f"hapus_{tag}.csv"
            path.write_text(head + "".join(f"UD Hapus {tag} {k},Jl. Hapus {k},{village},10710,"
                                           f"2,2023\n" for k in range(3)))
            import_files(engine, [path], actor="admin")
            e = Enterprise.__table__
            with engine.connect() as conn:
                victims = conn.execute(select(e.c.id).where(e.c.name.like(f"UD Hapus {tag} %"))
                                       .order_by(e.c.id)).scalars().all()
            ids[f"victim_{tag}"], ids[f"victim2_{tag}"] = victims[0], victims[1]
            ids[f"deleted_{tag}"] = delete_record(engine, CLI_ACTOR, victims[2],
                                                  confirm=True)["id"]
    # private uploads of each analyst's region (unpublished)
    for tag, who, region in (("own", "analyst_own", OWN), ("other", "analyst_other", OTHER)):
        ids[f"dataset_{tag}"] = save_panel(engine, demo_province(), name=f"private {tag}",
                                           actor=who, published=False, region_code=region)
    create_user(engine, "spare", "rahasia-cadangan", role="viewer")
    # a drafted plan of each analyst's region (drafts are hidden outside the region)
    from rancang.core.actors import CLI_ACTOR
    from rancang.features.plan.draft import draft_from_dataset
    from rancang.features.plan.service import create_plan
    from rancang.features.plan.versions import freeze

    for region, tag in ((OWN, "own"), (OTHER, "other")):
        plan = create_plan(engine, CLI_ACTOR, region=region, start_year=2025)
        draft_from_dataset(engine, CLI_ACTOR, plan.id, 1, region="9903")
        freeze(engine, CLI_ACTOR, plan.id, "v0.1")
        ids[f"plan_{tag}"] = plan.id
    # a consultation of each region: a draft plan frozen as v0.1, an FGD, an input
    from datetime import date

    from rancang.features.consult.capture import capture_batch
    from rancang.features.consult.events import create_event

    for region, tag in ((OWN, "own"), (OTHER, "other")):
        plan = create_plan(engine, CLI_ACTOR, region=region, start_year=2025)
        freeze(engine, CLI_ACTOR, plan.id, "v0.1")
        event = create_event(engine, CLI_ACTOR, plan.id, version="v0.1", title="FGD",
                             held_on=date(2026, 5, 12), place="Aula",
                             invites=[("KADIN", "asosiasi")])
        from rancang.features.consult.events import invites_of

        ids[f"cplan_{tag}"], ids[f"event_{tag}"] = plan.id, event.id
        ids[f"code_{tag}"] = event.checkin_code  # type: ignore[assignment]
        ids[f"ctoken_{tag}"] = invites_of(engine, event.id)[0].token  # type: ignore[assignment]
        ids[f"input_{tag}"] = capture_batch(engine, CLI_ACTOR, event.id, [
            {"bagian": "visi.visi_misi", "masukan": f"Masukan {tag}"}])[0][0]
        from rancang.features.consult import attachments

        attachments.attach(engine, CLI_ACTOR, attachments.folder(app.state.settings),
                           ids[f"input_{tag}"], "surat.pdf", b"%PDF-1.4 surat")
    # an AHP survey of each analyst's region (decide feature): its first participant
    _surveys(engine, ids)
    _monitoring(app, ids)
    _matching(app, ids)
    _programmes(app, ids)
    # a background job of the analyst of the own region (only they see it)
    from rancang.features.accounts.service import authenticate
    from rancang.features.jobs.service import submit, wait
    from tests.web.conftest import PASSWORD

    starter = authenticate(engine, "analyst_own", PASSWORD)
    assert starter is not None
    ids["job"] = submit(engine, starter, "rancang.features.jobs.selfcheck:count", {"n": 2},
                        region=OWN, broker_url="")
    assert wait(engine, starter, ids["job"], 30).final
    clients["anonymous"] = None
    # every client open for the module: one event loop and one worker thread for all its
    # requests instead of a new loop and thread per request; the browser without a session
    # (the anonymous caller, a sign-in) is one client whose cookies are cleared before each
    # request (:func:`_call`), as a new browser's would be
    import contextlib

    with contextlib.ExitStack() as stack:
        for c in clients.values():
            if c is not None:
                stack.enter_context(c.http)
        anonymous = stack.enter_context(TestClient(app))
        yield World(app, ids, clients, anonymous)
    engine.dispose()


def _surveys(engine: Any, ids: dict[str, Any]) -> None:
    """An AHP survey of each analyst's region, its first participant and personal link."""
    from datetime import timedelta

    from rancang.core.actors import CLI_ACTOR
    from rancang.core.db.base import utcnow
    from rancang.features.decide.survey import Criterion, create_survey, get_survey

    for region, tag in ((OWN, "own"), (OTHER, "other")):
        sid = create_survey(engine, CLI_ACTOR, region=region, title=f"Survei {tag}",
                            criteria=[Criterion("a", "A"), Criterion("b", "B")],
                            participants=[("Ani", "X"), ("Budi", "Y")],
                            deadline=utcnow() + timedelta(days=3))
        first = get_survey(engine, CLI_ACTOR, sid).participants[0]
        ids[f"survey_{tag}"], ids[f"participant_{tag}"] = sid, first.id
        ids[f"token_{tag}"] = first.token
def _monitoring(app: FastAPI, ids: dict[str, int]) -> None:
    """Monitoring of each region's plan (issue 15): synthetic realisations, one entered
    with an evidence file (to verify and to download), one proposal (to confirm)."""
    from rancang.core.actors import CLI_ACTOR
    from rancang.features.monitoring.channels import evidence_folder
    from rancang.features.monitoring.demo import seed_plan
    from rancang.features.monitoring.indicators import list_indicators
    from rancang.features.monitoring.realisations import (
        Entry,
        enter,
        list_realisations,
        store_evidence,
    )

    engine = app.state.engine
    for region, tag in ((OWN, "own"), (OTHER, "other")):
        seed_plan(engine, ids[f"plan_{tag}"])
        ind = list_indicators(engine, CLI_ACTOR, ids[f"plan_{tag}"])[0]
        stored = store_evidence(evidence_folder(app.state.settings), "ba.pdf", b"%PDF-1")
        r = enter(engine, CLI_ACTOR, ind.id, Entry(region, "2030-S1", 1.0,
                                                    evidence_file=stored))
        ids[f"mon_ind_{tag}"], ids[f"mon_real_{tag}"] = ind.id, r.id
        ids[f"mon_prop_{tag}"] = list_realisations(engine, CLI_ACTOR, region=region,
                                                   status="proposed")[0].id


def _programmes(app: FastAPI, ids: dict[str, int]) -> None:
    """A synthetic programme of each region (build_app imports them) to edit."""
    from rancang.core.actors import CLI_ACTOR
    from rancang.features.programmes.service import list_programmes

    for region, tag in ((OWN, "own"), (OTHER, "other")):
        ids[f"programme_{tag}"] = list_programmes(app.state.engine, CLI_ACTOR,
                                                  area=region, level="kabupaten")[0].id


def _matching(app: FastAPI, ids: dict[str, int]) -> None:
    """A need, an offer, an event and a meeting request to the offer in each region
    (matching feature, issue 16)."""
    from datetime import date

    from rancang.core.actors import CLI_ACTOR
    from rancang.features.matching import market as mk
    from rancang.features.matching import meetings as mt

    engine = app.state.engine
    for region, tag in ((OWN, "own"), (OTHER, "other")):
        ids[f"mneed_{tag}"] = mk.create_need(engine, CLI_ACTOR, mk.NeedData(
            region, "PT Sintetis", "keripik singkong", "10794"))
        ids[f"moffer_{tag}"] = mk.create_offer(engine, CLI_ACTOR, mk.OfferData(
            region, "UD Sintetis", "keripik singkong", "10794"))
        ids[f"mevent_{tag}"] = mk.create_event(engine, CLI_ACTOR, region=region,
                                               name="Temu", held_on=date(2027, 3, 1),
                                               slots=4, morning_slots=2, tables=2)
        ids[f"mreq_{tag}"] = mk.request_meeting(engine, CLI_ACTOR, ids[f"mneed_{tag}"],
                                                f"offer:{ids[f'moffer_{tag}']}",
                                                event_id=ids[f"mevent_{tag}"])
        mk.answer_request(engine, CLI_ACTOR, ids[f"mreq_{tag}"], True)
        # an event scheduled with one stored meeting (its outcome recorded by the
        # examples) and two events deleted by the examples (page, API)
        ids[f"mevent_m_{tag}"] = mk.create_event(engine, CLI_ACTOR, region=region,
                                                 name="Temu Jadwal",
                                                 held_on=date(2027, 3, 2), slots=2,
                                                 morning_slots=1, tables=1)
        need_m = mk.create_need(engine, CLI_ACTOR, mk.NeedData(
            region, "PT Jadwal", "keripik singkong", "10794"))
        req_m = mk.request_meeting(engine, CLI_ACTOR, need_m,
                                   f"offer:{ids[f'moffer_{tag}']}",
                                   event_id=ids[f"mevent_m_{tag}"])
        mk.answer_request(engine, CLI_ACTOR, req_m, True)
        mk.schedule_event(engine, CLI_ACTOR, ids[f"mevent_m_{tag}"], time_limit=1)
        ids[f"mmeeting_{tag}"] = mt.meetings(engine, CLI_ACTOR,
                                             ids[f"mevent_m_{tag}"])[0]["id"]
        for k in range(2):
            ids[f"mevent_del{k}_{tag}"] = mk.create_event(
                engine, CLI_ACTOR, region=region, name="Temu Hapus",
                held_on=date(2027, 3, 3), slots=2, morning_slots=1, tables=1)
        for k in range(2):  # deleted by the examples (page, API)
            ids[f"mneed_del{k}_{tag}"] = mk.create_need(engine, CLI_ACTOR, mk.NeedData(
                region, "PT Hapus", "keripik", "10794"))
            ids[f"moffer_del{k}_{tag}"] = mk.create_offer(engine, CLI_ACTOR, mk.OfferData(
                region, "UD Hapus", "keripik", "10794"))


def _bad_upload() -> dict[str, Any]:
    return {"files": ("kosong.csv", io.BytesIO(b""), "text/csv")}


def examples(ids: dict[str, int]) -> dict[tuple[str, str], list[Example]]:
    """Every route's example requests, keyed by (method, path template)."""
    own_ds, other_ds = ids["dataset_own"], ids["dataset_other"]
    rec = {OWN: ids["record_own"], OTHER: ids["record_other"]}
    ex: dict[tuple[str, str], list[Example]] = {
        ("GET", "/"): [Example("GET", "/")],
        ("GET", "/lang/{code}"): [Example("GET", "/lang/en?next=/")],
        ("GET", "/api/docs"): [Example("GET", "/api/docs")],
        ("GET", "/healthz"): [Example("GET", "/healthz")],
        # jobs: any signed-in actor; another actor's job answers 404 like a missing one
        ("GET", "/jobs"): [Example("GET", "/jobs")],
        ("GET", "/jobs/{job_id}"): [Example("GET", f"/jobs/{ids['job']}", OWN)],
        ("GET", "/api/v1/jobs"): [Example("GET", "/api/v1/jobs")],
        ("GET", "/api/v1/jobs/{job_id}"): [Example("GET", f"/api/v1/jobs/{ids['job']}", OWN)],
        # a job's file: its owner's only (this job made none: 404 for everyone)
        ("GET", "/jobs/{job_id}/download"): [
            Example("GET", f"/jobs/{ids['job']}/download", OWN)],
        ("GET", "/api/v1/jobs/{job_id}/download"): [
            Example("GET", f"/api/v1/jobs/{ids['job']}/download", OWN)],
        ("GET", "/login"): [Example("GET", "/login")],
        ("POST", "/login"): [Example("POST", "/login", data={"username": "x",
                                                             "password": "y"},
                                     also_ok=frozenset({401}), login_form=True)],
        ("POST", "/logout"): [],  # ends the session: tested in test_auth.py
        ("GET", "/api/v1/me"): [Example("GET", "/api/v1/me")],
        ("GET", "/data"): [Example("GET", "/data")],
        ("POST", "/data/upload"): [
            Example("POST", "/data/upload", data={"kind": "pdrb"}, files=True,
                    permission="datasets.import"),
            Example("POST", "/data/upload", data={"kind": "register"}, files=True,
                    permission="registry.import")],
        ("POST", "/data/upload/confirm"): [Example("POST", "/data/upload/confirm",
                                                   data={"token": "unknown"})],
        ("POST", "/data/upload/cancel"): [Example("POST", "/data/upload/cancel",
                                                  data={"token": "unknown"})],
        ("POST", "/api/v1/imports/confirm"): [Example("POST", "/api/v1/imports/confirm",
                                                      data={"token": "unknown"})],
        ("GET", "/admin/datasets"): [Example("GET", "/admin/datasets")],
        ("GET", "/admin/sign-ins"): [Example("GET", "/admin/sign-ins")],
        ("POST", "/admin/sign-ins/unlock"): [Example("POST", "/admin/sign-ins/unlock",
                                                     data={"username": "nobody"})],
        ("POST", "/admin/datasets/{dataset_id}/publish"): [
            Example("POST", "/admin/datasets/999/publish", data={"published": "1"})],
        ("POST", "/admin/datasets/{dataset_id}/default"): [
            Example("POST", "/admin/datasets/999/default")],
        ("POST", "/admin/datasets/{dataset_id}/delete"): [
            Example("POST", "/admin/datasets/999/delete", data={"confirm": "1"})],
        ("DELETE", "/api/v1/datasets/{dataset_id}"): [
            Example("DELETE", "/api/v1/datasets/999?confirm=true")],
        ("POST", "/admin/datasets/{dataset_id}/restore"): [
            Example("POST", "/admin/datasets/999/restore")],
        ("POST", "/api/v1/datasets/{dataset_id}/restore"): [
            Example("POST", "/api/v1/datasets/999/restore")],
        ("POST", "/api/v1/imports/pdrb"): [Example("POST", "/api/v1/imports/pdrb",
                                                   files=True)],
        ("POST", "/api/v1/imports/register"): [Example("POST", "/api/v1/imports/register",
                                                       files=True)],
        ("POST", "/api/v1/imports/register/job"): [
            Example("POST", "/api/v1/imports/register/job", files=True)],
        ("GET", "/api/v1/imports"): [Example("GET", "/api/v1/imports")],
        ("GET", "/api/v1/datasets"): [Example("GET", "/api/v1/datasets")],
        ("GET", "/register"): [Example("GET", "/register"),
                               Example("GET", "/register?view=aggregate")],
        ("GET", "/api/v1/register/records"): [Example("GET", "/api/v1/register/records")],
        ("GET", "/api/v1/register/aggregate"): [Example("GET", "/api/v1/register/aggregate")],
        ("GET", "/api/v1/register/points"): [Example("GET", "/api/v1/register/points")],
        ("GET", "/register/duplicates"): [Example("GET", "/register/duplicates")],
        ("GET", "/register/transfers"): [Example("GET", "/register/transfers")],
        ("GET", "/register/deleted"): [Example("GET", "/register/deleted")],
        ("GET", "/api/v1/register/deleted"): [Example("GET", "/api/v1/register/deleted")],
        ("GET", "/register/template.xlsx"): [Example("GET", "/register/template.xlsx")],
        ("GET", "/register/problems/{token}.xlsx"): [
            Example("GET", "/register/problems/unknown-token-0000.xlsx")],
        # publishes the verified records of the caller's own regions
        ("POST", "/register/publish"): [Example("POST", "/register/publish")],
        ("POST", "/api/v1/register/publish"): [Example("POST", "/api/v1/register/publish")],
        # an import of each region to undo (the second allowed caller gets 409)
        ("POST", "/register/imports/{batch}/undo"): [
            Example("POST", f"/register/imports/{ids['import_own']}/undo", OWN),
            Example("POST", f"/register/imports/{ids['import_other']}/undo", OTHER)],
        ("POST", "/api/v1/register/imports/{batch}/undo"): [
            Example("POST", f"/api/v1/register/imports/{ids['import_own2']}/undo", OWN),
            Example("POST", f"/api/v1/register/imports/{ids['import_other2']}/undo", OTHER)],
        ("GET", "/api/v1/register/transfers"): [Example("GET", "/api/v1/register/transfers")],
        ("GET", "/api/v1/register/duplicates"): [
            Example("GET", "/api/v1/register/duplicates")],
        ("POST", "/register/duplicates/find"): [Example("POST", "/register/duplicates/find")],
        ("POST", "/api/v1/register/duplicates/find/job"): [
            Example("POST", "/api/v1/register/duplicates/find/job", json={"threshold": 7.0})],
        ("POST", "/api/v1/register/duplicates/find"): [
            Example("POST", "/api/v1/register/duplicates/find", json={"threshold": 7.0})],
        ("GET", "/map"): [Example("GET", "/map"),
                          Example("GET", f"/map?dataset={own_ds}", OWN, hidden=True),
                          Example("GET", f"/map?dataset={other_ds}", OTHER, hidden=True)],
        ("GET", "/api/v1/centroids"): [Example("GET", "/api/v1/centroids")],
        ("GET", "/api/v1/boundaries"): [Example("GET", "/api/v1/boundaries")],
        # accounts: administrators manage them (a spare account), everyone their password
        ("GET", "/admin/users"): [Example("GET", "/admin/users")],
        ("POST", "/admin/users"): [Example("POST", "/admin/users", data={
            "username": "baru", "password": "rahasia-baru-1", "role": "viewer"})],
        ("POST", "/admin/users/{username}/name"): [
            Example("POST", "/admin/users/spare/name", data={"display_name": "Cadangan"})],
        ("POST", "/admin/users/{username}/active"): [
            Example("POST", "/admin/users/spare/active", data={"active": "1"})],
        ("POST", "/admin/users/{username}/grant"): [
            Example("POST", "/admin/users/spare/grant", data={"role": "analyst",
                                                              "region": "72.06"})],
        ("POST", "/admin/users/{username}/revoke"): [
            Example("POST", "/admin/users/spare/revoke", data={"role": "analyst",
                                                               "region": "72.06"})],
        ("POST", "/admin/users/{username}/unlock"): [
            Example("POST", "/admin/users/spare/unlock")],
        ("POST", "/admin/users/{username}/password"): [
            Example("POST", "/admin/users/spare/password")],
        ("GET", "/account/password"): [Example("GET", "/account/password")],
        ("POST", "/account/password"): [Example("POST", "/account/password", data={
            "current": "not-this-one", "password": "rahasia-baru-1",
            "repeated": "rahasia-baru-1"})],
        ("GET", "/api/v1/users"): [Example("GET", "/api/v1/users")],
        ("POST", "/api/v1/users"): [Example("POST", "/api/v1/users", json={
            "username": "baru2", "password": "rahasia-baru-1", "role": "viewer"})],
        ("PATCH", "/api/v1/users/{username}"): [
            Example("PATCH", "/api/v1/users/spare", json={"display_name": "Cadangan"})],
        ("POST", "/api/v1/users/{username}/grants"): [
            Example("POST", "/api/v1/users/spare/grants", json={"role": "analyst",
                                                                "region": "72.03"})],
        ("DELETE", "/api/v1/users/{username}/grants"): [
            Example("DELETE", "/api/v1/users/spare/grants?role=analyst&region=72.03")],
        ("POST", "/api/v1/users/{username}/password"): [
            Example("POST", "/api/v1/users/spare/password")],
        ("GET", "/kbli"): [Example("GET", "/kbli?text=pabrik+tahu")],
        ("GET", "/api/v1/kbli/suggest"): [Example("GET", "/api/v1/kbli/suggest?text=tahu")],
        ("GET", "/kbli/register"): [Example("GET", "/kbli/register")],
        ("POST", "/kbli/code"): [Example("POST", "/kbli/code", files=True,
                                         data={"column": "uraian"})],
        ("POST", "/api/v1/kbli/code"): [Example("POST", "/api/v1/kbli/code", files=True,
                                                data={"column": "uraian"})],
        ("GET", "/register/add"): [Example("GET", "/register/add")],
        ("GET", "/register/field"): [Example("GET", "/register/field")],
        ("GET", "/register/field-sw.js"): [Example("GET", "/register/field-sw.js")],
        ("GET", "/register/unplaced"): [Example("GET", "/register/unplaced"),
                                        Example("GET", "/register/unplaced?province=72")],
        ("POST", "/api/v1/register/field-entries"): [
            Example("POST", "/api/v1/register/field-entries", OWN, named_region=True,
                    json={"client_id": "authz-own-0001", "values": {
                        "name": "IKM Pendataan", "village_code": "72.06.05.1014",
                        "period": "2025"}}),
            Example("POST", "/api/v1/register/field-entries", OTHER, named_region=True,
                    json={"client_id": "authz-other-0001", "values": {
                        "name": "IKM Pendataan Palu", "village_code": "72.03.01.2001",
                        "period": "2025"}})],
        ("GET", "/register/export.{fmt}"): [
            Example("GET", "/register/export.xlsx"),
            Example("GET", "/register/export.csv?view=aggregate&measure=units")],
        ("POST", "/register/add"): [
            Example("POST", "/register/add", OWN, named_region=True,
                    data={"name": "IKM Formulir", "village_code": "72.06.05.1014",
                          "period": "2025"}),
            Example("POST", "/register/add", OTHER, named_region=True,
                    data={"name": "IKM Formulir Palu", "village_code": "72.03.01.2001",
                          "period": "2025"})],
        ("GET", "/match/schedule"): [Example("GET", "/match/schedule")],
        ("POST", "/match/schedule"): [Example("POST", "/match/schedule", files=True)],
        ("POST", "/api/v1/match/schedule"): [Example("POST", "/api/v1/match/schedule",
                                                     files=True)],
        ("GET", "/match/needs"): [Example("GET", "/match/needs")],
        ("POST", "/match/needs"): [Example("POST", "/match/needs", files=True)],
        ("GET", "/match/outcomes"): [Example("GET", "/match/outcomes")],
        ("POST", "/match/outcomes"): [Example("POST", "/match/outcomes", files=True)],
        ("GET", "/match/market"): [Example("GET", "/match/market")],
        ("GET", "/api/v1/match/needs"): [Example("GET", "/api/v1/match/needs")],
        ("GET", "/api/v1/match/unmet"): [Example("GET", "/api/v1/match/unmet")],
        ("GET", "/match/market/report"): [Example("GET", "/match/market/report")],
        ("GET", "/api/v1/match/events"): [Example("GET", "/api/v1/match/events")],
        ("GET", "/api/v1/match/report"): [Example("GET", "/api/v1/match/report")],
        ("GET", "/api/v1/kbli/register"): [Example("GET", "/api/v1/kbli/register?limit=5")],
    }
    for region, tag in ((OWN, "own"), (OTHER, "other")):
        need, offer = ids[f"mneed_{tag}"], ids[f"moffer_{tag}"]
        event, req = ids[f"mevent_{tag}"], ids[f"mreq_{tag}"]
        need_form = {"region": region, "buyer": "PT Matriks", "description": "katering",
                     "kbli": "56290"}
        offer_form = {"region": region, "name": "UD Matriks", "products": "katering",
                      "kbli": "56290"}
        for key, example in (
            (("POST", "/match/market/needs"),
             Example("POST", "/match/market/needs", region, named_region=True,
                     data=need_form)),
            (("POST", "/api/v1/match/needs"),
             Example("POST", "/api/v1/match/needs", region, named_region=True,
                     json=need_form)),
            (("POST", "/match/market/offers"),
             Example("POST", "/match/market/offers", region, named_region=True,
                     data=offer_form)),
            (("POST", "/api/v1/match/offers"),
             Example("POST", "/api/v1/match/offers", region, named_region=True,
                     json=offer_form)),
            (("POST", "/match/market/events"),
             Example("POST", "/match/market/events", region, named_region=True,
                     data={"region": region, "name": "Temu", "held_on": "2027-04-01"})),
            (("GET", "/match/market/needs/{need_id}"),
             Example("GET", f"/match/market/needs/{need}?max_km=50", region)),
            (("GET", "/api/v1/match/needs/{need_id}/matches"),
             Example("GET", f"/api/v1/match/needs/{need}/matches?certificates=halal",
                     region)),
            (("POST", "/match/market/needs/{need_id}/requests"),
             Example("POST", f"/match/market/needs/{need}/requests", region,
                     data={"supplier": f"offer:{offer}", "meet": "1"})),
            (("POST", "/api/v1/match/needs/{need_id}/requests"),
             Example("POST", f"/api/v1/match/needs/{need}/requests", region,
                     json={"supplier": f"offer:{offer}", "meet": True})),
            (("GET", "/match/market/offers/{offer_id}"),
             Example("GET", f"/match/market/offers/{offer}", region)),
            (("GET", "/api/v1/match/needs/{need_id}/requests"),
             Example("GET", f"/api/v1/match/needs/{need}/requests", region)),
            (("POST", "/match/market/offers/{offer_id}/requests"),
             Example("POST", f"/match/market/offers/{offer}/requests", region,
                     data={"need_id": str(need), "priority": "2"})),
            (("POST", "/api/v1/match/offers/{offer_id}/requests"),
             Example("POST", f"/api/v1/match/offers/{offer}/requests", region,
                     json={"need_id": need, "priority": 2})),
            (("GET", "/api/v1/match/offers/{offer_id}/needs"),
             Example("GET", f"/api/v1/match/offers/{offer}/needs", region)),
            (("POST", "/match/market/requests/{request_id}/answer"),
             Example("POST", f"/match/market/requests/{req}/answer", region,
                     data={"accept": "1"})),
            (("POST", "/api/v1/match/requests/{request_id}/answer"),
             Example("POST", f"/api/v1/match/requests/{req}/answer", region,
                     json={"accept": True})),
            (("PUT", "/api/v1/match/needs/{need_id}"),
             Example("PUT", f"/api/v1/match/needs/{need}", region,
                     json={**need_form, "description": "keripik singkong",
                           "kbli": "10794"})),
            (("PUT", "/api/v1/match/offers/{offer_id}"),
             Example("PUT", f"/api/v1/match/offers/{offer}", region,
                     json={**offer_form, "products": "keripik singkong",
                           "kbli": "10794"})),
            (("GET", "/match/market/needs/{need_id}/edit"),
             Example("GET", f"/match/market/needs/{need}/edit", region)),
            (("POST", "/match/market/needs/{need_id}/edit"),
             Example("POST", f"/match/market/needs/{need}/edit", region,
                     data={**need_form, "description": "keripik singkong",
                           "kbli": "10794"})),
            (("GET", "/match/market/offers/{offer_id}/edit"),
             Example("GET", f"/match/market/offers/{offer}/edit", region)),
            (("POST", "/match/market/offers/{offer_id}/edit"),
             Example("POST", f"/match/market/offers/{offer}/edit", region,
                     data={**offer_form, "products": "keripik singkong",
                           "kbli": "10794"})),
            (("POST", "/api/v1/match/needs/{need_id}/status"),
             Example("POST", f"/api/v1/match/needs/{need}/status", region,
                     json={"status": "open"})),
            (("POST", "/api/v1/match/offers/{offer_id}/status"),
             Example("POST", f"/api/v1/match/offers/{offer}/status", region,
                     json={"status": "open"})),
            (("POST", "/match/market/needs/{need_id}/status"),
             Example("POST", f"/match/market/needs/{need}/status", region,
                     data={"status": "open"})),
            (("POST", "/match/market/offers/{offer_id}/status"),
             Example("POST", f"/match/market/offers/{offer}/status", region,
                     data={"status": "open"})),
            (("POST", "/match/market/needs/{need_id}/delete"),
             Example("POST", f"/match/market/needs/{ids[f'mneed_del0_{tag}']}/delete",
                     region)),
            (("DELETE", "/api/v1/match/needs/{need_id}"),
             Example("DELETE", f"/api/v1/match/needs/{ids[f'mneed_del1_{tag}']}", region)),
            (("POST", "/match/market/offers/{offer_id}/delete"),
             Example("POST", f"/match/market/offers/{ids[f'moffer_del0_{tag}']}/delete",
                     region)),
            (("DELETE", "/api/v1/match/offers/{offer_id}"),
             Example("DELETE", f"/api/v1/match/offers/{ids[f'moffer_del1_{tag}']}",
                     region)),
            (("GET", "/match/market/events/{event_id}"),
             Example("GET", f"/match/market/events/{event}", region)),
            (("POST", "/match/market/events/{event_id}/schedule"),
             Example("POST", f"/match/market/events/{event}/schedule", region,
                     data={"time_limit": "1"})),
            (("POST", "/api/v1/match/events"),
             Example("POST", "/api/v1/match/events", region, named_region=True,
                     json={"region": region, "name": "Temu", "held_on": "2027-04-01"})),
            (("GET", "/api/v1/match/events/{event_id}"),
             Example("GET", f"/api/v1/match/events/{event}", region)),
            (("PATCH", "/api/v1/match/events/{event_id}"),
             Example("PATCH", f"/api/v1/match/events/{event}", region,
                     json={"tables": 3})),
            (("GET", "/match/market/events/{event_id}/edit"),
             Example("GET", f"/match/market/events/{event}/edit", region)),
            (("GET", "/match/market/events/{event_id}/event.xlsx"),
             Example("GET", f"/match/market/events/{event}/event.xlsx", region)),
            (("POST", "/match/market/events/{event_id}/edit"),
             Example("POST", f"/match/market/events/{event}/edit", region,
                     data={"name": "Temu", "tables": "2"})),
            (("GET", "/match/market/events/{event_id}/delete"),
             Example("GET", f"/match/market/events/{event}/delete", region)),
            (("POST", "/match/market/events/{event_id}/delete"),
             Example("POST", f"/match/market/events/{ids[f'mevent_del0_{tag}']}/delete",
                     region)),
            (("DELETE", "/api/v1/match/events/{event_id}"),
             Example("DELETE", f"/api/v1/match/events/{ids[f'mevent_del1_{tag}']}",
                     region)),
            (("GET", "/api/v1/match/events/{event_id}/meetings"),
             Example("GET", f"/api/v1/match/events/{ids[f'mevent_m_{tag}']}/meetings",
                     region)),
            (("GET", "/api/v1/match/events/{event_id}/report"),
             Example("GET", f"/api/v1/match/events/{ids[f'mevent_m_{tag}']}/report",
                     region)),
            (("POST", "/api/v1/match/events/{event_id}/outcomes"),
             Example("POST", f"/api/v1/match/events/{ids[f'mevent_m_{tag}']}/outcomes",
                     region, files=True)),
            (("POST", "/match/market/events/{event_id}/outcomes"),
             Example("POST", f"/match/market/events/{ids[f'mevent_m_{tag}']}/outcomes",
                     region, files=True)),
            (("PUT", "/api/v1/match/meetings/{meeting_id}/outcome"),
             Example("PUT", f"/api/v1/match/meetings/{ids[f'mmeeting_{tag}']}/outcome",
                     region, json={"status": "held"})),
            (("POST", "/match/market/meetings/{meeting_id}/outcome"),
             Example("POST", f"/match/market/meetings/{ids[f'mmeeting_{tag}']}/outcome",
                     region, data={"status": "held"})),
        ):
            ex.setdefault(key, []).append(example)
    for region, tag in ((OWN, "own"), (OTHER, "other")):
        r = rec[region]
        ex.setdefault(("GET", "/register/{record_id}"), []).append(
            Example("GET", f"/register/{r}", region))
        ex.setdefault(("POST", "/register/{record_id}"), []).append(
            Example("POST", f"/register/{r}", region, data={"product": "Roti"}))
        ex.setdefault(("POST", "/kbli/register/{record_id}"), []).append(
            Example("POST", f"/kbli/register/{r}", region, data={"kbli": "10792"}))
        ex.setdefault(("POST", "/api/v1/kbli/register/{record_id}"), []).append(
            Example("POST", f"/api/v1/kbli/register/{r}", region, json={"kbli": "10792"}))
        ex.setdefault(("GET", "/register/{record_id}/needs"), []).append(
            Example("GET", f"/register/{r}/needs", region))
        ex.setdefault(("GET", "/api/v1/match/firms/{firm_id}/needs"), []).append(
            Example("GET", f"/api/v1/match/firms/{r}/needs", region))
        ex.setdefault(("POST", "/match/market/firms/{firm_id}/requests"), []).append(
            Example("POST", f"/match/market/firms/{r}/requests", region,
                    data={"need_id": "1"}))
        ex.setdefault(("POST", "/api/v1/match/firms/{firm_id}/requests"), []).append(
            Example("POST", f"/api/v1/match/firms/{r}/requests", region,
                    json={"need_id": 1}))
        ex.setdefault(("GET", "/api/v1/register/records/{record_id}"), []).append(
            Example("GET", f"/api/v1/register/records/{r}", region))
        ex.setdefault(("PATCH", "/api/v1/register/records/{record_id}"), []).append(
            Example("PATCH", f"/api/v1/register/records/{r}", region,
                    json={"product": "Roti"}))
        victim, victim2, gone = ids[f"victim_{tag}"], ids[f"victim2_{tag}"], ids[f"deleted_{tag}"]
        ex.setdefault(("GET", "/register/{record_id}/delete"), []).append(
            Example("GET", f"/register/{victim}/delete", region))
        ex.setdefault(("POST", "/register/{record_id}/delete"), []).append(
            Example("POST", f"/register/{victim}/delete", region))
        ex.setdefault(("DELETE", "/api/v1/register/records/{record_id}"), []).append(
            Example("DELETE", f"/api/v1/register/records/{victim2}?confirm=true", region))
        ex.setdefault(("POST", "/register/deleted/{deleted_id}/restore"), []).append(
            Example("POST", f"/register/deleted/{gone}/restore", region))
        ex.setdefault(("POST", "/api/v1/register/deleted/{deleted_id}/restore"), []).append(
            Example("POST", f"/api/v1/register/deleted/{gone}/restore", region))
        tr = ids[f"transfer_{tag}"]
        village = "72.06.05.1014" if region == OWN else "72.03.01.2001"
        ex.setdefault(("POST", "/register/transfers"), []).append(
            Example("POST", "/register/transfers", region, named_region=True,
                    data={"nib": "9999999999999", "village_code": village}))
        ex.setdefault(("POST", "/api/v1/register/transfers"), []).append(
            Example("POST", "/api/v1/register/transfers", region, named_region=True,
                    json={"nib": "9999999999999", "village_code": village}))
        for verb in ("approve", "reject"):
            ex.setdefault(("POST", f"/register/transfers/{{transfer_id}}/{verb}"), []).append(
                Example("POST", f"/register/transfers/{tr}/{verb}", region))
            ex.setdefault(("POST", f"/api/v1/register/transfers/{{transfer_id}}/{verb}"),
                          []).append(
                Example("POST", f"/api/v1/register/transfers/{tr}/{verb}", region))
        cluster, keep, merge = ids[f"cluster_{tag}"], ids[f"keep_{tag}"], ids[f"merge_{tag}"]
        survivor = ids[f"survivor_{tag}"]
        ex.setdefault(("POST", "/register/duplicates/{cluster_id}/merge"), []).append(
            Example("POST", f"/register/duplicates/{cluster}/merge", region,
                    data={"survivor": str(survivor)}))
        ex.setdefault(("POST", "/api/v1/register/duplicates/{cluster_id}/merge"), []).append(
            Example("POST", f"/api/v1/register/duplicates/{cluster}/merge", region,
                    json={"survivor": survivor}))
        ex.setdefault(("POST", "/register/duplicates/{cluster_id}/keep"), []).append(
            Example("POST", f"/register/duplicates/{keep}/keep", region))
        ex.setdefault(("POST", "/api/v1/register/duplicates/{cluster_id}/keep"), []).append(
            Example("POST", f"/api/v1/register/duplicates/{keep}/keep", region))
        ex.setdefault(("POST", "/register/merges/{merge_id}/undo"), []).append(
            Example("POST", f"/register/merges/{merge}/undo", region))
        ex.setdefault(("POST", "/api/v1/register/merges/{merge_id}/undo"), []).append(
            Example("POST", f"/api/v1/register/merges/{merge}/undo", region))
    # plan routes: the drafted plan of each region (hidden outside its region)
    ex[("GET", "/plans")] = [Example("GET", "/plans")]
    ex[("GET", "/api/v1/plans")] = [Example("GET", "/api/v1/plans")]
    for region in (OWN, OTHER):
        ex.setdefault(("POST", "/plans"), []).append(Example(
            "POST", "/plans", region, named_region=True,
            data={"region": region, "start_year": "2025"}))
        ex.setdefault(("POST", "/api/v1/plans"), []).append(Example(
            "POST", "/api/v1/plans", region, named_region=True,
            json={"region": region, "start_year": 2025}))
    for region, tag in ((OWN, "own"), (OTHER, "other")):
        pid = ids[f"plan_{tag}"]
        base, api = f"/plans/{pid}", f"/api/v1/plans/{pid}"
        hide = {"hidden": True, "hidden_by": "plan.read"}
        for key, example in (
            (("GET", "/plans/{plan_id}"), Example("GET", base, region, **hide)),
            (("GET", "/plans/{plan_id}/sections/{key}"),
             Example("GET", f"{base}/sections/visi.visi_misi", region, **hide)),
            (("POST", "/plans/{plan_id}/sections/{key}"),
             Example("POST", f"{base}/sections/visi.visi_misi", region,
                     data={"text": "Visi."}, **hide)),
            (("POST", "/plans/{plan_id}/draft"),
             Example("POST", f"{base}/draft", region,
                     data={"dataset_id": "1", "region": "9903"}, **hide)),
            (("POST", "/plans/{plan_id}/targets"),
             Example("POST", f"{base}/targets", region, files=True, **hide)),
            (("GET", "/plans/{plan_id}/targets.csv"),
             Example("GET", f"{base}/targets.csv", region, **hide)),
            (("GET", "/plans/{plan_id}/targets.xlsx"),
             Example("GET", f"{base}/targets.xlsx", region, **hide)),
            (("POST", "/plans/{plan_id}/actions"),
             Example("POST", f"{base}/actions", region,
                     data={"a_key": "A9", "a_group": "leading", "a_strategy_key": "S9",
                           "a_programme_key": "P9", "a_action": "Aksi"}, **hide)),
            (("GET", "/plans/{plan_id}/actions.{fmt}"),
             Example("GET", f"{base}/actions.xlsx", region, **hide)),
            (("GET", "/api/v1/plans/{plan_id}/actions"),
             Example("GET", f"{api}/actions", region, **hide)),
            (("PUT", "/api/v1/plans/{plan_id}/actions"),
             Example("PUT", f"{api}/actions", region,
                     json=[{"key": "A9", "group": "leading", "strategy_key": "S9",
                            "programme_key": "P9", "action": "Aksi"}], **hide)),
            (("POST", "/plans/{plan_id}/versions"),
             Example("POST", f"{base}/versions", region, data={"label": "v0.2"}, **hide)),
            (("POST", "/plans/{plan_id}/status"),  # draft -> adopted is refused (422)
             Example("POST", f"{base}/status", region, data={"status": "adopted"}, **hide)),
            (("GET", "/plans/{plan_id}/diff"),
             Example("GET", f"{base}/diff?old=v0.1&new=current", region, **hide)),
            (("GET", "/plans/{plan_id}/diff.{fmt}"),
             Example("GET", f"{base}/diff.docx?old=v0.1&new=current", region, **hide)),
            (("GET", "/plans/{plan_id}/download.{fmt}"),
             Example("GET", f"{base}/download.docx", region, **hide)),
            (("GET", "/api/v1/plans/{plan_id}"), Example("GET", api, region, **hide)),
            (("POST", "/api/v1/plans/{plan_id}/draft"),
             Example("POST", f"{api}/draft", region,
                     json={"dataset_id": 1, "region": "9903"}, **hide)),
            (("PUT", "/api/v1/plans/{plan_id}/sections/{key}"),
             Example("PUT", f"{api}/sections/visi.visi_misi", region,
                     json={"text": "Visi."}, **hide)),
            (("PUT", "/api/v1/plans/{plan_id}/targets"),
             Example("PUT", f"{api}/targets", region, json=[{"indicator": "investment"}],
                     **hide)),
            (("POST", "/api/v1/plans/{plan_id}/status"),
             Example("POST", f"{api}/status", region, json={"status": "adopted"}, **hide)),
            (("GET", "/api/v1/plans/{plan_id}/versions"),
             Example("GET", f"{api}/versions", region, **hide)),
            (("POST", "/api/v1/plans/{plan_id}/versions"),
             Example("POST", f"{api}/versions", region, json={"label": "v0.3"}, **hide)),
            (("GET", "/api/v1/plans/{plan_id}/diff"),
             Example("GET", f"{api}/diff?old=v0.1&new=current", region, **hide)),
        ):
            ex.setdefault(key, []).append(example)
    # consultation routes: a draft plan of each region (hidden outside it), its FGD and
    # an input; the public pages answer anyone (a draft's public page is a 404)
    ex[("GET", "/consult")] = [Example("GET", "/consult")]
    ex[("GET", "/consult/checkin")] = [Example("GET", "/consult/checkin")]
    ex[("GET", "/consult/capture-sw.js")] = [Example("GET", "/consult/capture-sw.js")]
    for region, tag in ((OWN, "own"), (OTHER, "other")):
        pid, eid, iid = ids[f"cplan_{tag}"], ids[f"event_{tag}"], ids[f"input_{tag}"]
        code, token = ids[f"code_{tag}"], ids[f"ctoken_{tag}"]
        hide = {"hidden": True, "hidden_by": "plan.read"}
        base, api = f"/consult/plans/{pid}", "/api/v1/consult"
        answer = {"response": "Dicatat", "status": "tidak_diakomodasi"}
        for key, example in (
            (("POST", "/consult/plans/{plan_id}/inputs"),
             Example("POST", f"{base}/inputs", region, data={
                 "version": "v0.1", "bagian": "visi.strategi", "masukan": "Satu"}, **hide)),
            (("GET", "/consult/plans/{plan_id}"), Example("GET", base, region, **hide)),
            (("POST", "/consult/plans/{plan_id}/answer"),
             Example("POST", f"{base}/answer", region, data={"ids": str(iid), **answer},
                     **hide)),
            (("POST", "/consult/plans/{plan_id}/events"),
             Example("POST", f"{base}/events", region, data={
                 "version": "v0.1", "title": "FGD 2", "date": "2026-06-01",
                 "place": "Aula"}, **hide)),
            (("GET", "/consult/plans/{plan_id}/matrix.{fmt}"),
             Example("GET", f"{base}/matrix.xlsx", region, **hide)),
            (("GET", "/consult/plans/{plan_id}/form.xlsx"),
             Example("GET", f"{base}/form.xlsx", region, **hide)),
            (("GET", "/consult/plans/{plan_id}/answers.{fmt}"),
             Example("GET", f"{base}/answers.xlsx", region, **hide)),
            (("GET", "/consult/plans/{plan_id}/answers.{fmt}"),
             Example("GET", f"{base}/answers.csv", region, **hide)),
            (("POST", "/consult/plans/{plan_id}/upload"),
             Example("POST", f"{base}/upload", region, files=True, **hide)),
            (("GET", "/consult/inputs/{input_id}"),
             Example("GET", f"/consult/inputs/{iid}", region, **hide)),
            (("POST", "/consult/inputs/{input_id}"),
             Example("POST", f"/consult/inputs/{iid}", region, data=answer, **hide)),
            (("GET", "/consult/events/{event_id}"),
             Example("GET", f"/consult/events/{eid}", region, **hide)),
            (("POST", "/consult/events/{event_id}"),
             Example("POST", f"/consult/events/{eid}", region, data={"points": "x"},
                     **hide)),
            (("POST", "/consult/events/{event_id}/attendance"),
             Example("POST", f"/consult/events/{eid}/attendance", region, files=True,
                     **hide)),
            (("GET", "/consult/events/{event_id}/minutes.{fmt}"),
             Example("GET", f"/consult/events/{eid}/minutes.docx", region, **hide)),
            (("GET", "/consult/events/{event_id}/capture"),
             Example("GET", f"/consult/events/{eid}/capture", region, **hide)),
            (("GET", "/consult/checkin/{code}"), Example("GET", f"/consult/checkin/{code}")),
            (("POST", "/consult/checkin/{code}"),
             Example("POST", f"/consult/checkin/{code}", data={"name": "Ani"},
                     public_form=True)),
            (("GET", "/consult/link/{token}"), Example("GET", f"/consult/link/{token}")),
            (("GET", "/consult/link/{token}/draft.{fmt}"),
             Example("GET", f"/consult/link/{token}/draft.docx")),
            (("POST", "/consult/link/{token}"),
             Example("POST", f"/consult/link/{token}", data={
                 "nama": "Ani", "bagian": "visi.visi_misi", "masukan": "Lewat tautan"},
                 public_form=True)),
            (("POST", "/consult/inputs/{input_id}/attachment"),
             Example("POST", f"/consult/inputs/{iid}/attachment", region, files=True,
                     **hide)),
            (("GET", "/consult/inputs/{input_id}/attachment"),
             Example("GET", f"/consult/inputs/{iid}/attachment", region, **hide)),
            (("GET", "/consult/events/{event_id}/checkin.{fmt}"),
             Example("GET", f"/consult/events/{eid}/checkin.svg", region, **hide)),
            (("GET", "/consult/public/{plan_id}/{version}"),
             Example("GET", f"/consult/public/{pid}/v0.1")),
            (("GET", "/consult/public/{plan_id}/{version}/draft.{fmt}"),
             Example("GET", f"/consult/public/{pid}/v0.1/draft.docx")),
            (("GET", "/api/v1/consult/plans/{plan_id}/inputs"),
             Example("GET", f"{api}/plans/{pid}/inputs", region, **hide)),
            (("POST", "/api/v1/consult/events/{event_id}/inputs"),
             Example("POST", f"{api}/events/{eid}/inputs", region, json={"items": [
                 {"bagian": "visi.visi_misi", "masukan": "Dari API"}]}, **hide)),
            (("POST", "/api/v1/consult/inputs/{input_id}/answer"),
             Example("POST", f"{api}/inputs/{iid}/answer", region, json=answer, **hide)),
            (("GET", "/api/v1/consult/inputs/{input_id}/similar"),
             Example("GET", f"{api}/inputs/{iid}/similar", region, **hide)),
            (("GET", "/api/v1/consult/events/{event_id}"),
             Example("GET", f"{api}/events/{eid}", region, **hide)),
            (("PUT", "/api/v1/consult/events/{event_id}/signatory"),
             Example("PUT", f"{api}/events/{eid}/signatory", region, json={
                 "name": "Ir. Ani", "position": "Kepala Bappeda"}, **hide)),
        ):
            ex.setdefault(key, []).append(example)
    # programme routes: the report is narrowed to the caller's regions (no object asked)
    for key, url in (
        (("GET", "/programmes"), "/programmes?province=72&year=2026"),
        (("GET", "/programmes/sync"), "/programmes/sync?province=72&year=2026"),
        (("GET", "/programmes/sync.{fmt}"), "/programmes/sync.xlsx?province=72&year=2026"),
        (("GET", "/api/v1/programmes"), "/api/v1/programmes?province=72"),
        (("GET", "/api/v1/programmes/sync"), "/api/v1/programmes/sync?province=72&year=2026"),
    ):
        ex[key] = [Example("GET", url)]
    ex[("POST", "/programmes/import")] = [Example("POST", "/programmes/import", files=True)]
    ex[("POST", "/api/v1/programmes/import")] = [
        Example("POST", "/api/v1/programmes/import", files=True)]
    for region, tag in ((OWN, "own"), (OTHER, "other")):
        prog = ids[f"programme_{tag}"]
        for key, example in (
            (("GET", "/programmes/{programme_id}/edit"),
             Example("GET", f"/programmes/{prog}/edit", region)),
            (("POST", "/programmes/{programme_id}/edit"),
             Example("POST", f"/programmes/{prog}/edit", region, data={"unit": "dokumen"})),
            (("GET", "/api/v1/programmes/{programme_id}"),
             Example("GET", f"/api/v1/programmes/{prog}", region)),
            (("PATCH", "/api/v1/programmes/{programme_id}"),
             Example("PATCH", f"/api/v1/programmes/{prog}", region, json={"unit": "dokumen"})),
            (("GET", "/api/v1/programmes/{programme_id}/history"),
             Example("GET", f"/api/v1/programmes/{prog}/history", region)),
        ):
            ex.setdefault(key, []).append(example)
    for region, tag in ((OWN, "own"), (OTHER, "other")):
        pid = ids[f"plan_{tag}"]
        hide = {"hidden": True, "hidden_by": "plan.read"}
        decision = {"programme_id": "1", "kind": "target", "key": "nope",
                    "decision": "reject"}
        for key, example in (
            (("GET", "/programmes/plans/{plan_id}"),
             Example("GET", f"/programmes/plans/{pid}", region, **hide)),
            (("GET", "/programmes/plans/{plan_id}/suggestions.xlsx"),
             Example("GET", f"/programmes/plans/{pid}/suggestions.xlsx", region, **hide)),
            (("POST", "/programmes/plans/{plan_id}/mappings"),
             Example("POST", f"/programmes/plans/{pid}/mappings", region, data=decision,
                     **hide)),
            (("POST", "/programmes/plans/{plan_id}/mappings/upload"),
             Example("POST", f"/programmes/plans/{pid}/mappings/upload", region,
                     files=True, **hide)),
            (("GET", "/api/v1/programmes/plans/{plan_id}/mappings"),
             Example("GET", f"/api/v1/programmes/plans/{pid}/mappings", region, **hide)),
            (("POST", "/api/v1/programmes/plans/{plan_id}/mappings"),
             Example("POST", f"/api/v1/programmes/plans/{pid}/mappings", region,
                     json={**decision, "programme_id": 1}, **hide)),
        ):
            ex.setdefault(key, []).append(example)
    # input-output tables: public BPS tables (the synthetic demo, a missing one)
    ex[("GET", "/io")] = [Example("GET", "/io")]
    ex[("POST", "/io/upload")] = [Example("POST", "/io/upload", files=True)]
    ex[("GET", "/api/v1/io/tables")] = [Example("GET", "/api/v1/io/tables")]
    for table in ("demo", "999"):
        ex.setdefault(("GET", "/io/{table_id}"), []).append(Example("GET", f"/io/{table}"))
        ex.setdefault(("GET", "/io/{table_id}/{name}.csv"), []).append(
            Example("GET", f"/io/{table}/multipliers.csv"))
        ex.setdefault(("GET", "/api/v1/io/tables/{table_id}"), []).append(
            Example("GET", f"/api/v1/io/tables/{table}"))
        ex.setdefault(("POST", "/io/{table_id}/employment"), []).append(
            Example("POST", f"/io/{table}/employment", files=True))
    ex[("GET", "/complexity")] = [Example("GET", "/complexity")]
    ex[("GET", "/targets")] = [Example("GET", "/targets")]
    # monitoring routes (issue 15): each region's dashboard, realisations and reports
    ex[("GET", "/monitoring")] = [Example("GET", "/monitoring")]
    ex[("GET", "/monitoring/public")] = [Example("GET", "/monitoring/public?period=2026")]
    ex[("GET", "/api/v1/monitoring/public")] = [Example("GET", "/api/v1/monitoring/public")]
    ex[("GET", "/api/v1/monitoring/provinces/{province}")] = [
        Example("GET", "/api/v1/monitoring/provinces/72?period=2026-S1", "72")]
    ex[("POST", "/monitoring/import")] = [Example("POST", "/monitoring/import", files=True)]
    ex[("POST", "/api/v1/monitoring/import")] = [
        Example("POST", "/api/v1/monitoring/import", files=True)]
    for region, tag in ((OWN, "own"), (OTHER, "other")):
        ind, real, prop = (ids[f"mon_ind_{tag}"], ids[f"mon_real_{tag}"],
                           ids[f"mon_prop_{tag}"])
        entry = {"indicator_id": str(ind), "period": "2031", "value": "2,5"}
        for key, example in (
            (("GET", "/monitoring/{region}"), Example("GET", f"/monitoring/{region}", region)),
            (("GET", "/monitoring/{region}/template.{fmt}"),
             Example("GET", f"/monitoring/{region}/template.xlsx", region)),
            (("GET", "/monitoring/{region}/report.{fmt}"),
             Example("GET", f"/monitoring/{region}/report.docx?period=2026-S1", region)),
            (("POST", "/monitoring/{region}/realisations"),
             Example("POST", f"/monitoring/{region}/realisations", region, data=entry)),
            (("POST", "/monitoring/plans/{plan_id}/sync"),
             Example("POST", f"/monitoring/plans/{ids[f'plan_{tag}']}/sync", region)),
            (("POST", "/monitoring/realisations/{realisation_id}/verify"),
             Example("POST", f"/monitoring/realisations/{real}/verify", region)),
            (("POST", "/monitoring/realisations/{realisation_id}/confirm"),
             Example("POST", f"/monitoring/realisations/{prop}/confirm", region)),
            (("GET", "/monitoring/realisations/{realisation_id}/evidence"),
             Example("GET", f"/monitoring/realisations/{real}/evidence", region)),
            (("GET", "/api/v1/monitoring/regions/{region}"),
             Example("GET", f"/api/v1/monitoring/regions/{region}?period=2026-S1", region)),
            (("POST", "/api/v1/monitoring/realisations"),
             Example("POST", "/api/v1/monitoring/realisations", region,
                     json={"indicator_id": ind, "region": region, "period": "2032",
                           "value": 3.0})),
            (("POST", "/api/v1/monitoring/realisations/{realisation_id}/confirm"),
             Example("POST", f"/api/v1/monitoring/realisations/{prop}/confirm", region)),
            (("POST", "/api/v1/monitoring/realisations/{realisation_id}/verify"),
             Example("POST", f"/api/v1/monitoring/realisations/{real}/verify", region)),
        ):
            ex.setdefault(key, []).append(example)
    # dataset routes: the published demo (everyone) and each region's private upload
    for ds, region, hidden in ((1, None, False), (own_ds, OWN, True), (other_ds, OTHER, True)):
        for key, url in (
            (("GET", "/complexity/{dataset_id}"), f"/complexity/{ds}?region=9903"),
            (("GET", "/complexity/{dataset_id}/opportunities.csv"),
             f"/complexity/{ds}/opportunities.csv?region=9903&threshold=1.5"),
            (("GET", "/api/v1/datasets/{dataset_id}/complexity"),
             f"/api/v1/datasets/{ds}/complexity?region=9903"),
            (("GET", "/targets/{dataset_id}"), f"/targets/{ds}?region=9903"),
            (("GET", "/targets/{dataset_id}/{name}.csv"),
             f"/targets/{ds}/pathways.csv?region=9903&target_share=35"),
            (("GET", "/api/v1/datasets/{dataset_id}/targets"),
             f"/api/v1/datasets/{ds}/targets?region=9903"),
            (("GET", "/io/{table_id}"), f"/io/demo?dataset={ds}&region=9903"),
            (("GET", "/api/v1/datasets/{dataset_id}"), f"/api/v1/datasets/{ds}"),
            (("GET", "/api/v1/datasets/{dataset_id}/regions"),
             f"/api/v1/datasets/{ds}/regions"),
            (("GET", "/api/v1/datasets/{dataset_id}/panel/{region}"),
             f"/api/v1/datasets/{ds}/panel/9903"),
            (("GET", "/regions/search"), f"/regions/search?dataset={ds}&q=99"),
            (("GET", "/region/{dataset_id}/{region}"), f"/region/{ds}/9903"),
            (("GET", "/region/{dataset_id}/{region}/ranking"), f"/region/{ds}/9903/ranking"),
            (("GET", "/region/{dataset_id}/{region}/table/{name}.{fmt}"),
             f"/region/{ds}/9903/table/location_quotient.csv"),
            (("GET", "/api/v1/datasets/{dataset_id}/analysis/{region}"),
             f"/api/v1/datasets/{ds}/analysis/9903?tables=location_quotient"),
            (("GET", "/api/v1/datasets/{dataset_id}/ranking/{region}"),
             f"/api/v1/datasets/{ds}/ranking/9903"),
            (("GET", "/api/v1/datasets/{dataset_id}/indicator"),
             f"/api/v1/datasets/{ds}/indicator?name=lq"),
        ):
            ex.setdefault(key, []).append(Example("GET", url, region, hidden=hidden))
    _decide_examples(ex, ids)
    return ex


def _decide_examples(ex: dict[tuple[str, str], list[Example]], ids: dict[str, Any]) -> None:
    """The AHP survey, ranking and siting routes (decide and siting features)."""
    ex[("GET", "/decide/surveys")] = [Example("GET", "/decide/surveys")]
    ex[("GET", "/decide/rank")] = [Example("GET", "/decide/rank"),
                                   # a survey's weights: its region's survey readers only
                                   Example("GET", f"/decide/rank?survey={ids['survey_own']}",
                                           OWN, permission="decide.survey.read")]
    ex[("POST", "/decide/rank")] = [Example("POST", "/decide/rank", files=True)]
    ex[("GET", "/siting")] = [Example("GET", "/siting?regency=72.06")]
    ex[("GET", "/api/v1/siting")] = [Example("GET", "/api/v1/siting?regency=72.06")]
    # the ranking page's API and download: the page's permission and query
    for key, url in ((("GET", "/api/v1/decide/rank"), "/api/v1/decide/rank"),
                     (("GET", "/decide/rank.csv"), "/decide/rank.csv")):
        ex[key] = [Example("GET", url),
                   Example("GET", f"{url}?survey={ids['survey_own']}", OWN,
                           permission="decide.survey.read")]
    for region, tag in ((OWN, "own"), (OTHER, "other")):
        sid, pid, token = ids[f"survey_{tag}"], ids[f"participant_{tag}"], ids[f"token_{tag}"]
        ex.setdefault(("POST", "/decide/surveys"), []).append(Example(
            "POST", "/decide/surveys", region, named_region=True,
            data={"title": "Baru", "region": region, "criteria": "a | A\nb | B",
                  "participants": "Ani | X", "deadline": "2099-01-01T00:00"}))
        for key, example in (
            (("GET", "/decide/surveys/{survey_id}"),
             Example("GET", f"/decide/surveys/{sid}", region)),
            (("GET", "/api/v1/decide/surveys/{survey_id}"),
             Example("GET", f"/api/v1/decide/surveys/{sid}", region)),
            (("GET", "/decide/surveys/{survey_id}/forms/{participant_id}.xlsx"),
             Example("GET", f"/decide/surveys/{sid}/forms/{pid}.xlsx", region)),
            (("POST", "/decide/surveys/{survey_id}/forms/{participant_id}"),
             Example("POST", f"/decide/surveys/{sid}/forms/{pid}", region, files=True)),
            # personal links: public, the token is the credential (an unknown one: 404)
            (("GET", "/survey/{link}"), Example("GET", f"/survey/{token}")),
            (("POST", "/survey/{link}"), Example("POST", f"/survey/{token}",
                                                 data={"j_0_1": "3"})),
        ):
            ex.setdefault(key, []).append(example)
    ex[("GET", "/survey/{link}")].append(Example("GET", "/survey/" + "u" * 32))


ROLES = ("anonymous", "viewer", "analyst_other", "analyst_own", "admin")
GRANTS = {"viewer": (Grant("viewer"),), "analyst_own": (Grant("analyst", OWN),),
          "analyst_other": (Grant("analyst", OTHER),), "admin": (Grant("admin"),)}


def _allowed(route: Any, role: str, example: Example) -> bool:
    if route.access == "public":
        return True
    if role == "anonymous":
        return False
    if route.access == "signed_in":
        return True
    actor = Actor(id=0, username=role, grants=GRANTS[role])
    permission = example.permission or route.permission
    if example.hidden and example.region is not None:
        # a private dataset, a draft plan: its region's readers (and administrators) only
        return (actor.can(permission, example.region)
                and actor.can(example.hidden_by, example.region))
    return actor.can(permission, example.region)


def _hidden_elsewhere(route: Any, role: str, example: Example) -> bool:
    """An object of a region where the role lacks the permission it holds elsewhere: it
    must answer 404, so that ids of other regions cannot be told from missing ones."""
    if (role == "anonymous" or example.region is None or route.access != "permit"
            or example.named_region):
        return False
    actor = Actor(id=0, username=role, grants=GRANTS[role])
    permission = example.permission or route.permission
    return actor.can(permission) and not actor.can(permission, example.region)


def _call(world: World, role: str, ex: Example) -> Any:
    c = world.clients[role]
    if ex.login_form:  # signing in: a browser without a session
        c = None
    if c is None:
        world.anonymous.cookies.clear()  # a browser without a session, as a new client
    http = c.http if c is not None else world.anonymous
    headers = {"X-CSRF-Token": c.csrf} if c is not None else {}
    data = dict(ex.data)
    if c is not None and ex.method != "GET" and not ex.url.startswith("/api/"):
        data["csrf_token"] = c.csrf
    kwargs: dict[str, Any] = {"headers": headers, "follow_redirects": False}
    if ex.json is not None:
        kwargs["json"] = ex.json
    if data:
        kwargs["data"] = data
    if ex.files:
        kwargs["files"] = _bad_upload()
    if ex.public_form:
        import re

        got = http.get(ex.url)
        found = re.search(r'id="public-csrf" value="([^"]+)"', got.text)
        assert found is not None, (ex.url, got.status_code, got.text[:500])
        kwargs["data"] = {**kwargs.get("data", {}), "csrf_token": found.group(1)}
    if ex.login_form:
        import re

        page = http.get("/login").text
        found = re.search(r'name="csrf_token" value="([^"]+)"', page)
        assert found is not None
        kwargs["data"] = {**kwargs.get("data", {}), "csrf_token": found.group(1)}
    return http.request(ex.method, ex.url, **kwargs)


def test_every_route_declares_who_may_call_it(world: World) -> None:
    undeclared = [(sorted(r.methods), r.path) for r in routes_of(world.app) if r.access is None]
    assert not undeclared, undeclared


def test_every_route_has_examples(world: World) -> None:
    ex = examples(world.ids)
    missing = [(m, r.path) for r in routes_of(world.app) for m in r.methods
               if (m, r.path) not in ex]
    assert not missing, missing


def test_matrix(world: World) -> None:
    ex = examples(world.ids)
    failures = []
    checked = 0
    # a new duplicate search replaces the stored clusters the merge examples use: last
    for route in sorted(routes_of(world.app), key=lambda r: "/find" in r.path):
        for method in sorted(route.methods):
            for example in ex[(method, route.path)]:
                # those who may not go first: a merge or an undo that succeeds changes
                # what the next caller finds
                order = sorted(ROLES, key=lambda r: _allowed(route, r, example))
                for role in order:
                    resp = _call(world, role, example)
                    allowed = _allowed(route, role, example)
                    status = resp.status_code
                    to_login = status == 303 and "/login" in resp.headers.get("location", "")
                    if status in example.also_ok:
                        ok = allowed
                    elif allowed:
                        ok = status < 500 and status not in (401, 403) and not to_login and (
                            not example.hidden or status != 404)
                    elif role == "anonymous":
                        ok = status == 401 if example.url.startswith("/api/") else to_login
                    elif _hidden_elsewhere(route, role, example):
                        # another region's object: the same 404 as a missing id
                        ok = status == 404
                    else:
                        ok = status == 403 or (example.hidden and status == 404)
                    checked += 1
                    if not ok:
                        failures.append(f"{role} {example.method} {example.url} -> {status} "
                                    f"({'allowed' if allowed else 'denied'})")
    assert checked > 400
    assert not failures, "\n".join(failures)


def test_permissions_as_declared() -> None:
    """The declarations themselves: viewers see aggregates and published analyses only;
    analysts their own region's records; only administrators manage datasets."""
    viewer = Actor(0, "v", GRANTS["viewer"])
    own = Actor(0, "a", GRANTS["analyst_own"])
    central = Actor(0, "c", (Grant("analyst", None),))
    assert viewer.can("registry.aggregates.read") and viewer.can("leading.read")
    assert not viewer.can("registry.records.read") and not viewer.can("datasets.import")
    assert own.can("registry.records.edit", "72.06.05.1014")
    assert not own.can("registry.records.edit", "72.03")
    assert central.can("registry.records.read", "11.01")  # central government: everywhere
    assert not own.can("datasets.manage") and not own.can("accounts.manage")

