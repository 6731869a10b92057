"""The API's contract: every route under ``/api/`` has a response model, and the OpenAPI
document describes every response (the success body and the one error shape)."""

from __future__ import annotations

import typing

from fastapi import FastAPI
from pydantic import BaseModel

from rancang.web.introspect import routes_of


def _is_model(tp: object) -> bool:
    """A pydantic model, or a list of them (not an untyped dict)."""
    if isinstance(tp, type) and issubclass(tp, BaseModel):
        return True
    origin = typing.get_origin(tp)
    return origin is list and all(_is_model(a) for a in typing.get_args(tp))


#: API routes whose answer is a file (not JSON): its media type is in the document
FILE_DOWNLOADS = {"/api/v1/jobs/{job_id}/download"}


def test_every_api_route_has_a_response_model(web_app: FastAPI) -> None:
    bad = []
    for r in routes_of(web_app):
        if not r.path.startswith("/api/v1"):
            continue
        if not r.include_in_schema:
            bad.append((r.path, "not in the OpenAPI document"))
        elif r.response_model is None:
            # 204 without a body; a file download (described by its media type)
            if not ("DELETE" in r.methods and r.path.endswith("}")) and \
                    r.path not in FILE_DOWNLOADS:
                bad.append((r.path, "no response model"))
        elif not _is_model(r.response_model):
            bad.append((r.path, f"untyped response {r.response_model}"))
    assert not bad, bad


def test_openapi_describes_every_response(web_app: FastAPI) -> None:
    doc = web_app.openapi()
    error = doc["components"]["schemas"]["ErrorOut"]
    assert set(error["properties"]) == {"error", "status", "problems"}
    problem = doc["components"]["schemas"]["ProblemOut"]["properties"]
    assert {"file", "sheet", "row", "column", "message"} <= set(problem)
    checked = 0
    for path, item in doc["paths"].items():
        assert path.startswith("/api/"), path
        for method, op in item.items():
            responses = op["responses"]
            ok = [c for c in responses if c.startswith("2")]
            assert ok, (method, path)
            for code in ok:
                if code == "204":
                    continue
                if path in FILE_DOWNLOADS:
                    assert "application/json" not in responses[code]["content"], path
                    assert responses[code]["content"], path
                    continue
                schema = responses[code]["content"]["application/json"]["schema"]
                assert schema.get("$ref") or schema.get("items", {}).get("$ref"), (
                    method, path, schema)
            for code in ("403", "404", "422"):
                ref = responses[code]["content"]["application/json"]["schema"]["$ref"]
                assert ref.endswith("/ErrorOut"), (method, path, code)
            checked += 1
    assert checked >= 24


def test_api_errors_have_the_documented_shape(clients: dict, web_app: FastAPI) -> None:
    viewer = clients["viewer"].http
    for url, status in (("/api/v1/register/records", 403), ("/api/v1/datasets/999", 404),
                        ("/api/v1/datasets/abc", 422)):
        resp = viewer.get(url)
        assert resp.status_code == status, url
        body = resp.json()
        assert set(body) == {"error", "status", "problems"} and body["status"] == status
    bad = viewer.get("/api/v1/datasets/abc").json()
    assert bad["problems"][0]["column"] == "dataset_id"
