"""A second plan for a region and period already in the store is refused on the page
and by the API, naming the plan that is there (the page links to it); nothing is
created; the page's "create another anyway" tick and the API's ``allow_duplicate``
create it."""

from __future__ import annotations

import html
from collections.abc import Iterator

import pytest
from fastapi import FastAPI

from rancang.features.plan.service import list_plans
from tests.web.conftest import Client, build_app, login


@pytest.fixture(scope="module")
def app(tmp_path_factory: pytest.TempPathFactory) -> Iterator[FastAPI]:
    a = build_app(f"sqlite:///{tmp_path_factory.mktemp('plandup') / 'w.sqlite'}", firms=12)
    yield a
    a.state.engine.dispose()


@pytest.fixture(scope="module")
def own(app: FastAPI) -> Client:
    return login(app, "analyst_own")


def _count(app: FastAPI, start: int) -> int:
    from rancang.core.actors import CLI_ACTOR

    return sum(1 for p in list_plans(app.state.engine, CLI_ACTOR)
               if p.region_code == "72.06" and p.start_year == start)


@pytest.mark.parametrize("lang", ["id", "en"])
def test_api_refuses_a_duplicate_unless_asked(app: FastAPI, own: Client, lang: str) -> None:
    start = 2030 if lang == "id" else 2031
    head = {"X-CSRF-Token": own.csrf}
    url = f"/api/v1/plans?lang={lang}"
    first = own.http.post(url, json={"region": "72.06", "start_year": start},
                          headers=head)
    assert first.status_code == 201, first.text
    pid = first.json()["id"]
    again = own.http.post(url, json={"region": "72.06", "start_year": start},
                          headers=head)
    assert again.status_code == 422, again.text
    body = again.json()
    message = body["problems"][0]["message"]
    assert body["problems"][0]["column"] == "allow_duplicate"
    assert f"{pid} (plan/" in message and f"72.06 {start}-{start + 20}" in message
    assert '"allow_duplicate": true' in message
    words = ("sudah ada rencana", "tidak dibuat") if lang == "id" else (
        "already in the store", "No new plan was created")
    assert all(w in message for w in words), message
    assert _count(app, start) == 1  # nothing created
    anyway = own.http.post(url, json={"region": "72.06", "start_year": start,
                                                  "allow_duplicate": True}, headers=head)
    assert anyway.status_code == 201, anyway.text
    assert _count(app, start) == 2


@pytest.mark.parametrize("lang", ["id", "en"])
def test_page_refuses_a_duplicate_with_a_link_and_the_choice(app: FastAPI, own: Client,
                                                             lang: str) -> None:
    start = 2035 if lang == "id" else 2036
    url = f"/plans?lang={lang}"
    form = {"csrf_token": own.csrf, "region": "72.06", "start_year": str(start),
            "region_name": "Morowali"}
    first = own.http.post(url, data=form, follow_redirects=False)
    assert first.status_code == 303, first.text[:300]
    pid = int(first.headers["location"].rsplit("/", 1)[1])
    page = own.http.get("/plans")
    assert 'id="f-allow-duplicate"' not in page.text  # offered only when needed
    again = own.http.post(url, data=form, follow_redirects=False)
    assert again.status_code == 422
    text = html.unescape(again.text)
    assert 'id="plan-duplicate"' in text
    assert f'<a href="/plans/{pid}" class="duplicate-of">' in text  # a link to it
    choice = ("Tetap buat rencana lain untuk wilayah dan periode ini" if lang == "id"
              else "Create another plan for this region and period anyway")
    assert 'name="allow_duplicate"' in text and choice in text
    assert f'"{choice}"' in text  # the message says to tick it
    assert f'value="{start}"' in text and 'value="Morowali"' in text  # the form kept
    assert _count(app, start) == 1  # nothing created
    anyway = own.http.post(url, data={**form, "allow_duplicate": "1"},
                           follow_redirects=False)
    assert anyway.status_code == 303
    assert _count(app, start) == 2
