"""Import history: why an upload was refused (its first problems, the rest behind a
"show more" toggle), status and kind in the page's language, a link to the dataset made."""

from __future__ import annotations

import io
import re

from tests.web.conftest import Client
from tests.web.test_page_words import _pdrb_csv


def _register_xlsx(firms: int) -> bytes:
    import tempfile
    from pathlib import Path

    from rancang.features.registry.demo import demo_register, write_office_xlsx

    with tempfile.TemporaryDirectory() as tmp:
        return write_office_xlsx(demo_register(firms, seed=5), Path(tmp) / "r.xlsx").read_bytes()


def _row(html: str, text: str) -> str:
    """The history row whose files cell shows ``text``."""
    table = html.split('id="history-table"', 1)[1].split("</section>", 1)[0]
    rows = re.split(r'<tr id="import-\d+">', table)[1:]
    found = [r for r in rows if text in r]
    assert found, text
    return found[0]


def test_history_explains_refusals_and_links_datasets(clients: dict[str, Client]) -> None:
    other = clients["analyst_other"]  # every demo firm lies outside their region
    refused = other.http.post("/data/upload", data={"csrf_token": other.csrf,
                                                    "kind": "register"},
                              files={"files": ("luar.xlsx", io.BytesIO(_register_xlsx(12)),
                                               "application/octet-stream")})
    assert refused.status_code == 422
    n_problems = refused.text.split('id="problems"', 1)[1].split("</table>")[0].count("<tr>") - 1
    assert n_problems > 5
    saved = other.http.post("/data/upload", data={"csrf_token": other.csrf, "kind": "pdrb",
                                                  "name": "Riwayat"},
                            files={"files": ("riwayat.csv", io.BytesIO(_pdrb_csv()),
                                             "text/csv")})
    assert saved.status_code == 200
    dataset = int(re.search(r'id="open-dataset" href="/\?dataset=(\d+)"',  # type: ignore[union-attr]
                            saved.text).group(1))

    html = other.http.get("/data?lang=en").text
    row = _row(html, "luar.xlsx")
    assert ">refused<" in row and ">Register<" in row
    shown, _, more = row.partition('<details class="more-problems">')
    # the problems of the (Indonesian) upload, in the reader's language
    assert shown.count("region 72.06") == 5 and "wilayah 72.06" not in row
    assert f"Show {n_problems - 5} more problems" in more
    assert more.count("region 72.06") == n_problems - 5

    ok = _row(html, "riwayat.csv")
    assert ">saved<" in ok and ">PDRB<" in ok
    assert f'href="/?dataset={dataset}"' in ok
    assert "3 regions, 3 industries, years 2019-2020" in ok

    idn = other.http.get("/data").text
    assert ">ditolak<" in _row(idn, "luar.xlsx") and ">tersimpan<" in _row(idn, "riwayat.csv")
    assert _row(idn, "luar.xlsx").count("wilayah 72.06") == n_problems
