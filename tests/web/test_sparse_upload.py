"""The web upload takes a long table that leaves out zero cells as the CLI does with
``--missing zero`` (issue 11 §1): with the CLI's message, held until the uploader
confirms; the stored dataset's dashboard works."""

from __future__ import annotations

import io

from tests.web.conftest import Client


def _csv(years: tuple[int, ...], *, leave_out: int = 0) -> bytes:
    lines = ["region_code,industry_code,year,value"]
    for r, code in enumerate(("7201", "7202", "7203")):
        for i, ind in enumerate(("A", "C", "G", "H")):
            lines += [f"{code},{ind},{y},{100 + 10 * r + i + y - 2000}" for y in years]
    return ("\n".join(lines[:len(lines) - leave_out]) + "\n").encode()


def _upload(client: Client, name: str, data: bytes, **form: str):  # type: ignore[no-untyped-def]
    return client.http.post("/api/v1/imports/pdrb?lang=en",
                            headers={"X-CSRF-Token": client.csrf},
                            data=form, files={"files": (name, io.BytesIO(data), "text/csv")})


def test_sparse_long_table_held_with_the_cli_message_then_saved(
    clients: dict[str, Client]
) -> None:
    analyst = clients["analyst_own"]
    held = _upload(analyst, "jarang.csv", _csv((2019, 2020), leave_out=2), confirmed="false")
    assert held.status_code == 201, held.text
    body = held.json()
    assert body["staged"] and body.get("dataset_id") is None
    assert any("2 of 24 region-industry-year cells" in n for n in body["notes"]), body
    saved = analyst.http.post("/api/v1/imports/confirm?lang=en",
                              headers={"X-CSRF-Token": analyst.csrf},
                              data={"token": body["staged"]})
    assert saved.status_code == 201, saved.text
    assert saved.json()["dataset_id"]
    page = analyst.http.get(f"/region/{saved.json()['dataset_id']}/7201?lang=en")
    assert page.status_code == 200


def test_sparse_long_table_on_the_data_page(clients: dict[str, Client]) -> None:
    analyst = clients["analyst_own"]
    page = analyst.http.post("/data/upload?lang=en",
                             data={"csrf_token": analyst.csrf, "kind": "pdrb",
                                   "name": "Jarang", "confirmed": "false"},
                             files={"files": ("jarang.csv", io.BytesIO(
                                 _csv((2019, 2020), leave_out=3)), "text/csv")})
    assert page.status_code == 200, page.text[-1500:]
    assert 'id="staged-notes"' in page.text
    assert "3 of 24 region-industry-year cells are absent" in page.text
