"""A dataset that is stored is usable (issue 11): a one-year PDRB upload is refused at
upload with the reason (page and API), and nothing is stored; two years are accepted."""

from __future__ import annotations

import io

from fastapi import FastAPI

from rancang.features.datasets.service import list_datasets
from tests.web.conftest import Client


def _csv(years: tuple[int, ...]) -> bytes:
    lines = ["region_code,industry_code,year,value"]
    for r, code in enumerate(("7201", "7202", "7203")):
        for i, ind in enumerate(("A", "C", "G")):
            lines += [f"{code},{ind},{y},{100 + 10 * r + i + y - 2019}" for y in years]
    return ("\n".join(lines) + "\n").encode()


def test_one_year_refused_with_the_reason(web_app: FastAPI, clients: dict[str, Client]) -> None:
    analyst = clients["analyst_own"]
    before = len(list_datasets(web_app.state.engine))
    page = analyst.http.post("/data/upload", data={"csrf_token": analyst.csrf, "kind": "pdrb",
                                                   "name": "Satu tahun"},
                             files={"files": ("satu.csv", io.BytesIO(_csv((2020,))),
                                              "text/csv")})
    assert page.status_code == 422
    assert "hanya berisi tahun 2020" in page.text and "satu.csv" in page.text
    api = analyst.http.post("/api/v1/imports/pdrb?lang=en",
                            headers={"X-CSRF-Token": analyst.csrf},
                            files={"files": ("satu.csv", io.BytesIO(_csv((2020,))),
                                             "text/csv")})
    assert api.status_code == 422
    (problem,) = api.json()["problems"]
    assert problem["file"] == "satu.csv" and "at least two years" in problem["message"]
    assert len(list_datasets(web_app.state.engine)) == before
    ok = analyst.http.post("/api/v1/imports/pdrb", headers={"X-CSRF-Token": analyst.csrf},
                           files={"files": ("dua.csv", io.BytesIO(_csv((2019, 2020))),
                                            "text/csv")})
    assert ok.status_code == 201, ok.text
