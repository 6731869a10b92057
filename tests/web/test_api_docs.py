"""``/api/docs`` in the reader's language (Indonesian by default, English with
``?lang=en``), its words from the catalogue, with a way back to the app."""

from __future__ import annotations

import re

from fastapi import FastAPI

from rancang.core.api_words import OPERATIONS, TAGS
from rancang.core.i18n import text
from tests.web.conftest import Client

RANKING = "GET /api/v1/datasets/{dataset_id}/ranking/{region}"


def test_docs_page_is_indonesian_by_default_with_a_way_back(
        clients: dict[str, Client]) -> None:
    http = clients["viewer"].http
    http.cookies.delete("rancang_lang")
    page = http.get("/api/docs")
    assert page.status_code == 200
    assert '<html lang="id">' in page.text
    assert f"<title>{text('api.title', 'id')}</title>" in page.text
    back = re.search(r'<a id="back-to-app" href="([^"]+)">([^<]+)</a>', page.text)
    assert back is not None and back.group(1) == "/"
    assert "Kembali ke aplikasi" in back.group(2)
    assert "'/api/openapi.json?lang=id'" in page.text or '"/api/openapi.json?lang=id"' in \
        page.text
    assert 'href="/api/docs?lang=en"' in page.text
    css = re.search(r'<link rel="stylesheet" href="(/static/api-docs\.css[^"]*)"', page.text)
    assert css is not None and http.get(css.group(1)).status_code == 200


def test_docs_page_in_english(clients: dict[str, Client]) -> None:
    page = clients["viewer"].http.get("/api/docs?lang=en").text
    assert '<html lang="en">' in page and "Back to the app" in page
    assert "/api/openapi.json?lang=en" in page and 'href="/api/docs?lang=id"' in page
    assert "Kembali" not in page


def test_document_words_come_from_the_catalogue(clients: dict[str, Client]) -> None:
    http = clients["viewer"].http
    id_doc = http.get("/api/openapi.json?lang=id").json()
    en_doc = http.get("/api/openapi.json?lang=en").json()
    assert id_doc["info"]["title"] == "API Rancang" and en_doc["info"]["title"] == "Rancang API"
    assert "Semua galat berbentuk sama" in id_doc["info"]["description"]
    path = RANKING.split(" ", 1)[1]
    id_op, en_op = id_doc["paths"][path]["get"], en_doc["paths"][path]["get"]
    assert id_op["summary"] == OPERATIONS[RANKING][0]
    assert id_op["description"] == OPERATIONS[RANKING][0]  # no English docstring below
    assert en_op["summary"] == OPERATIONS[RANKING][1]
    assert "rank intervals and the weights used" in en_op["description"]  # the docstring
    assert {t["name"]: t["description"] for t in id_doc["tags"]}["analyses"] == \
        TAGS["analyses"][0]
    # the same operations and schemas in both languages: only the words differ
    assert id_doc["paths"].keys() == en_doc["paths"].keys()
    assert id_doc["components"] == en_doc["components"]


def test_every_operation_and_group_has_its_words(web_app: FastAPI) -> None:
    """A new API route needs its line in ``rancang.core.api_words`` (both languages)."""
    doc = web_app.openapi()
    ops = {f"{m.upper()} {p}" for p, item in doc["paths"].items() for m in item}
    assert ops - OPERATIONS.keys() == set(), "no words for these operations"
    assert OPERATIONS.keys() - ops == set(), "words for operations that do not exist"
    tags = {t for item in doc["paths"].values() for op in item.values() for t in op["tags"]}
    assert tags <= TAGS.keys()
