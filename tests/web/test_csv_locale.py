"""Every CSV download of the pages is offered for an Indonesian Excel too
(``?csv_locale=id``: ``;``, a decimal comma, a UTF-8 byte-order mark), by a link beside the
plain CSV; read back with Rancang's own CSV reader it gives the same numbers as the plain
file."""

from __future__ import annotations

import html
import io
import math
import re
from pathlib import Path

import polars as pl
import pytest

from rancang.features.leading.dashboard import PDRB_TABLES
from rancang.features.leading.service import TABLE_NAMES
from rancang.sources.csv_text import read_csv_text
from rancang.sources.numbers import parse_number
from tests.web.conftest import Client

REGION = "9903"
# (page, CSV download as the page links it)
DOWNLOADS = [
    *[(f"/region/1/{REGION}", f"/region/1/{REGION}/table/{name}.csv")
      for name in sorted(set(TABLE_NAMES) | set(PDRB_TABLES))],
    (f"/complexity/1?region={REGION}", f"/complexity/1/opportunities.csv?region={REGION}"),
    *[(f"/targets/1?region={REGION}", f"/targets/1/{name}.csv?region={REGION}")
      for name in ("indicators", "required_growth", "pathways", "exposure")],
    *[(f"/io/demo?dataset=1&region={REGION}", f"/io/demo/{name}.csv?dataset=1&region={REGION}")
      for name in ("multipliers", "linkages", "imports", "location_quotients",
                   "regional_coefficients")],
    (f"/decide/rank?dataset=1&region={REGION}&method=vikor",
     f"/decide/rank.csv?dataset=1&region={REGION}&method=vikor"),
    ("/register", "/register/export.csv"),
    ("/register?view=aggregate", "/register/export.csv?view=aggregate"),
]


def _with_locale(url: str) -> str:
    return url + ("&" if "?" in url else "?") + "csv_locale=id"


@pytest.mark.parametrize(("page", "url"), DOWNLOADS, ids=[u for _, u in DOWNLOADS])
def test_indonesian_csv_reads_back_to_the_same_numbers(
        clients: dict[str, Client], tmp_path: Path, page: str, url: str) -> None:
    http = clients["admin"].http
    links = {html.unescape(h) for h in re.findall(r'href="([^"]+)"', http.get(page).text)}
    path = url.partition("?")[0]
    # the page offers both, beside each other (its own query parameters in any order)
    offered = [h for h in links if h.split("?")[0] == path]
    assert any("csv_locale=id" in h for h in offered), (page, offered)
    assert any("csv_locale" not in h for h in offered), (page, offered)

    plain = http.get(url)
    local = http.get(_with_locale(url))
    assert plain.status_code == local.status_code == 200, local.text[:300]
    assert local.content.startswith(b"\xef\xbb\xbf")
    name = re.search(r'filename="([^"]+)"', local.headers["content-disposition"])
    assert name is not None and name.group(1).endswith("_id.csv")
    want = pl.read_csv(io.BytesIO(plain.content), infer_schema_length=None)
    numbers = [c for c, t in want.schema.items() if t.is_float()]
    target = tmp_path / "id.csv"
    target.write_bytes(local.content)
    got, fmt = read_csv_text(target, numbers)
    assert (fmt.separator, fmt.decimal) == (";", ",")
    assert got.columns == want.columns and got.height == want.height
    for col in want.columns:
        if col in numbers:
            back = [parse_number(v, fmt.decimal) for v in got[col].to_list()]
            # the same float, bit for bit; an undefined value (NaN) stays empty
            assert back == [None if v is None or math.isnan(v) else v
                            for v in want[col].to_list()], col
        else:
            plain_text = pl.read_csv(io.BytesIO(plain.content), infer_schema_length=0)[col]
            assert got[col].to_list() == plain_text.to_list(), col
    if want.height:  # a table with numbers shows the Indonesian decimal comma
        assert not numbers or re.search(rb";-?\d+,\d", local.content), url


def test_unknown_csv_dialect_is_a_clear_message(clients: dict[str, Client]) -> None:
    http = clients["viewer"].http
    r = http.get(f"/targets/1/pathways.csv?region={REGION}&csv_locale=fr&lang=en")
    assert r.status_code == 422
    assert "csv_locale" in r.text and "en, id" in r.text
