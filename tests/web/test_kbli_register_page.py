"""The page of KBLI suggestions for the register: the user's region only, applied only when
chosen, through the register's audited edit."""

from __future__ import annotations

import re

import pytest
from fastapi import FastAPI
from sqlalchemy import select, update

from rancang.features.kbli.coder import KbliCoder
from rancang.features.registry.models import AuditLog, Enterprise
from tests.web.conftest import Client, add_duplicates

pytestmark = pytest.mark.usefixtures("english")


def test_suggestions_listed_in_scope_and_applied_on_choice(
        web_app: FastAPI, clients: dict[str, Client]) -> None:
    engine = web_app.state.engine
    e = Enterprise.__table__
    (_, copy), = add_duplicates(engine, 1)
    with engine.begin() as conn:  # a firm of another region (Palu)
        conn.execute(update(e).where(e.c.id == copy).values(
            regency_code="72.71", village_code="72.71.01.1001", name="IKM Palu"))
        own = conn.execute(select(e.c.id).where(e.c.regency_code.like("72.06%"),
                                                e.c.product.is_not(None))
                           .order_by(e.c.id).limit(3)).scalars().all()
        other = conn.execute(select(e.c.id).where(e.c.regency_code.not_like("72.06%"))
                             .order_by(e.c.id).limit(2)).scalars().all()
        conn.execute(update(e).where(e.c.id.in_([*own, *other])).values(kbli=None))
        blank_own = conn.execute(select(e.c.id).where(
            e.c.regency_code.like("72.06%"), e.c.merged_into_id.is_(None),
            (e.c.kbli.is_(None)) | (e.c.kbli == ""))).scalars().all()
        product = conn.execute(select(e.c.product).where(e.c.id == own[0])).scalar_one()
    c = clients["analyst_own"]
    page = c.http.get("/kbli/register?lang=en")
    assert page.status_code == 200
    assert f"{len(blank_own)} firms without KBLI" in page.text
    listed = {int(x) for x in re.findall(r'<tr data-id="(\d+)"', page.text)}
    assert set(own) <= listed and not listed & set(other)
    want = KbliCoder.default().suggest(product, top=3)
    assert want, product
    row = page.text.split(f'<tr data-id="{own[0]}"')[1].split("</tr>")[0]
    assert [m for m in re.findall(r'name="kbli" value="(\d{5})"', row)] == [
        s.code for s in want]
    with engine.connect() as conn:  # listing applies nothing
        assert conn.execute(select(e.c.kbli).where(e.c.id == own[0])).scalar_one() is None
    done = c.http.post(f"/kbli/register/{own[0]}", data={"csrf_token": c.csrf,
                                                          "kbli": want[0].code},
                       follow_redirects=False)
    assert done.status_code == 303
    with engine.connect() as conn:
        assert conn.execute(select(e.c.kbli).where(e.c.id == own[0])).scalar_one() == \
            want[0].code
        a = AuditLog.__table__
        trail = conn.execute(select(a.c.actor, a.c.after).where(
            a.c.entity_id == own[0], a.c.action == "update")).all()
    assert any(actor == "analyst_own" and "kbli" in str(after) for actor, after in trail)
    assert c.http.post(f"/kbli/register/{other[0]}", data={
        "csrf_token": c.csrf, "kbli": "10792"}).status_code == 404
    assert clients["viewer"].http.get("/kbli/register").status_code == 403
