"""Every downloaded table of the region dashboard says which table it is and reads as the
page shows it: a title line (table, region, period), names beside the codes, percentages
as percent, ranks as whole numbers, rupiah with thousands, the notes in sentences; and the
ranking keeps each criterion's value beside its contribution (page, CSV, XLSX, API alike).
The workbooks are read back with openpyxl, the numbers compared with the API's and with
values computed here from the panel."""

from __future__ import annotations

import io
import re
from typing import Any

import numpy as np
import openpyxl
import polars as pl
import pytest

from rancang.analysis.ranking import DEFAULT_WEIGHTS
from rancang.features.leading.dashboard import PDRB_TABLES
from rancang.features.leading.service import TABLE_NAMES
from rancang.reference.pdrb import category_title
from rancang.sources.synthetic import demo_province
from tests.web.conftest import Client

REGION = "9903"
TABLES = sorted(set(TABLE_NAMES) | set(PDRB_TABLES))


def _book(http: Any, name: str, query: str = "") -> openpyxl.Workbook:
    resp = http.get(f"/region/1/{REGION}/table/{name}.xlsx{query}")
    assert resp.status_code == 200, resp.text[:300]
    return openpyxl.load_workbook(io.BytesIO(resp.content))


def _table(ws: Any) -> tuple[list[str], list[list[Any]], list[list[str]], int]:
    """Header, data rows, their number formats and the header's row number (1-based)."""
    rows = list(ws.iter_rows())
    head = next(i for i, r in enumerate(rows) if r[0].value in ("Kode wilayah", "Region code"))
    header = [c.value for c in rows[head]]
    data = [[c.value for c in r] for r in rows[head + 1:] if r[0].value is not None]
    fmts = [[c.number_format for c in r] for r in rows[head + 1:] if r[0].value is not None]
    return header, data, fmts, head + 1


@pytest.mark.parametrize("lang", ["id", "en"])
@pytest.mark.parametrize("name", TABLES)
def test_every_download_names_its_table_region_and_period(
        clients: dict[str, Client], name: str, lang: str) -> None:
    panel = demo_province()
    region_name = panel.region_names[panel.region_index(REGION)]
    wb = _book(clients["viewer"].http, name, f"?start=2015&end=2022&lang={lang}")
    ws = wb.worksheets[-1]
    title = str(ws["A1"].value)
    assert ws.title in title and region_name in title and REGION in title, title
    assert "2015–2022" in title, title
    header, data, _, head = _table(ws)
    assert head == 3  # the title line, the synthetic banner, then the header
    assert ws.freeze_panes == f"A{head + 1}"
    # a name beside every code
    code_col = "Kode wilayah" if lang == "id" else "Region code"
    assert header[header.index(code_col) + 1] == ("Nama wilayah" if lang == "id"
                                                  else "Region name")
    assert {r[1] for r in data} == {region_name}
    ind = "Kode lapangan usaha" if lang == "id" else "Industry code"
    if ind in header:
        k = header.index(ind)
        assert header[k + 1] in ("Nama lapangan usaha", "Lapangan usaha", "Industry name",
                                 "Industry")
        for r in data:  # the PDRB category's own title, in the workbook's language
            assert r[k + 1] == category_title(r[k], lang), r


@pytest.mark.parametrize("lang", ["id", "en"])
def test_notes_sheet_is_in_sentences(clients: dict[str, Client], lang: str) -> None:
    wb = _book(clients["viewer"].http, "leading_industries", f"?lang={lang}&w_slq=2&w_dlq=1")
    notes = wb.worksheets[0]
    assert notes.title == ("Keterangan" if lang == "id" else "About")
    lines = [r for r in notes.iter_rows(min_row=4, values_only=True) if r[1]]
    assert len(lines) >= 8
    for key, sentence in lines:
        assert sentence[0].isupper() and sentence.rstrip().endswith("."), (key, sentence)
        assert "=" not in sentence, sentence  # weights by name, not "slq=0.3"
    weights = next(s for k, s in lines if k in ("Bobot peringkat", "Ranking weights"))
    assert ("Daya saing" if lang == "id" else "Competitiveness") in weights
    # the weights as given, in the language's number format
    assert ("SLQ 2,00" if lang == "id" else "SLQ 2.00") in weights
    assert "2013" in next(s for k, s in lines if k in ("Periode", "Period"))


def test_ranking_workbook_equals_the_api(clients: dict[str, Client]) -> None:
    http = clients["viewer"].http
    api = http.get(f"/api/v1/datasets/1/ranking/{REGION}?w_slq=1&w_growth=2&lang=en").json()
    ws = _book(http, "leading_industries", "?w_slq=1&w_growth=2&lang=en").worksheets[-1]
    header, data, fmts, _ = _table(ws)
    col = {h: k for k, h in enumerate(header)}
    assert [r[col["Industry code"]] for r in data] == [r["code"] for r in api["rows"]]
    for row, fmt, want in zip(data, fmts, api["rows"], strict=True):
        for h in ("Rank", "Best rank", "Worst rank"):
            # a whole number shown without decimals (Excel keeps every number as a double)
            assert float(row[col[h]]).is_integer() and fmt[col[h]] == "0", h
        assert (row[col["Rank"]], row[col["Best rank"]], row[col["Worst rank"]]) == (
            want["rank"], want["rank_low"], want["rank_high"])
        assert row[col["Industry name"]] == want["name"]
        assert row[col["Score"]] == pytest.approx(want["score"], rel=1e-12)
        for k, label in (("slq", "SLQ value"), ("dlq", "DLQ value"),
                         ("growth", "Growth value (CAGR)"), ("share", "Share value")):
            assert row[col[label]] == pytest.approx(want["values"][k], rel=1e-12), k
            assert fmt[col[label]] == ("0.00%" if k in ("growth", "share") else "#,##0.0000")
        assert row[col["SLQ contribution"]] == pytest.approx(want["contributions"]["slq"])
        assert row[col["Growth contribution"]] == pytest.approx(
            want["contributions"]["growth"])


def test_ranking_values_are_the_criteria_computed_here(clients: dict[str, Client]) -> None:
    """The criterion columns hold the raw criteria (SLQ and share of the last year, CAGR),
    computed here from the demo panel, and the contributions add up to the score."""
    panel = demo_province()
    r = panel.region_index(REGION)
    x = np.asarray(panel.values)[r]  # (I, T)
    ref = np.asarray(panel.references.values)[panel.references.region_index("9900")]
    slq = (x[:, -1] / x[:, -1].sum()) / (ref[:, -1] / ref[:, -1].sum())
    share = x[:, -1] / x[:, -1].sum()
    cagr = (x[:, -1] / x[:, 0]) ** (1 / (x.shape[1] - 1)) - 1
    want = {c: (slq[i], share[i], cagr[i]) for i, c in enumerate(panel.industry_codes)}
    api = clients["viewer"].http.get(f"/api/v1/datasets/1/ranking/{REGION}").json()
    assert len(api["rows"]) == len(panel.industry_codes)
    for row in api["rows"]:
        s, sh, g = want[row["code"]]
        assert row["values"]["slq"] == pytest.approx(s, rel=1e-9)
        assert row["values"]["share"] == pytest.approx(sh, rel=1e-9)
        assert row["values"]["growth"] == pytest.approx(g, rel=1e-9)
        assert sum(row["contributions"].values()) == pytest.approx(row["score"], rel=1e-9)
    csv = pl.read_csv(io.BytesIO(clients["viewer"].http.get(
        f"/region/1/{REGION}/table/leading_industries.csv").content),
        schema_overrides={"region_code": pl.String})
    values = [f"criterion_{k}" for k in DEFAULT_WEIGHTS]
    contributions = [f"contribution_{k}" for k in DEFAULT_WEIGHTS]
    assert csv.columns[6:] == values + contributions
    first = csv.row(0, named=True)
    assert first["criterion_slq"] == pytest.approx(api["rows"][0]["values"]["slq"])


def test_ranking_table_on_the_page_has_values_and_contributions_apart(
        clients: dict[str, Client]) -> None:
    http = clients["viewer"].http
    html = http.get(f"/region/1/{REGION}?lang=en").text
    table = re.search(r'<table id="ranking-table">(.*?)</table>', html, re.S).group(1)  # type: ignore[union-attr]
    heads = re.findall(r'<th class="num" scope="col" data-(value|contribution)="(\w+)"[^>]*>'
                       r"([^<]+)</th>", table)
    assert [(kind, k) for kind, k, _ in heads] == (
        [("value", k) for k in DEFAULT_WEIGHTS] + [("contribution", k) for k in DEFAULT_WEIGHTS])
    assert dict((k, label) for kind, k, label in heads if kind == "value")["growth"] == \
        "Growth value (%)"
    api = http.get(f"/api/v1/datasets/1/ranking/{REGION}?lang=en").json()
    first = re.search(r'<tr data-industry="(\w+)">(.*?)</tr>', table, re.S)
    assert first is not None and first.group(1) == api["rows"][0]["code"]
    cells = dict(re.findall(r'data-value="(\w+)"[^>]*>([^<]*)</td>', first.group(2)))
    want = api["rows"][0]["values"]
    assert cells["slq"] == f"{want['slq']:,.2f}"
    assert cells["growth"] == f"{100 * want['growth']:,.2f}"  # shown in %, as in the header
    parts = dict(re.findall(r'data-contribution="(\w+)"[^>]*>([^<]*)</td>', first.group(2)))
    assert parts["slq"] == f"{api['rows'][0]['contributions']['slq']:,.3f}"


def test_pdrb_workbook_shows_percent_and_rupiah_as_the_page(clients: dict[str, Client]) -> None:
    http = clients["viewer"].http
    csv = pl.read_csv(io.BytesIO(http.get(
        f"/region/1/{REGION}/table/pdrb_structure.csv").content),
        schema_overrides={"region_code": pl.String})
    ws = _book(http, "pdrb_structure").worksheets[-1]
    header, data, fmts, _ = _table(ws)
    share, value = header.index("Pangsa (%)"), next(
        k for k, h in enumerate(header) if h.startswith("Nilai"))
    assert fmts[0][share] == "0.00%" and fmts[0][value] == "#,##0.00"
    panel = demo_province()
    if panel.unit:
        assert header[value] == f"Nilai ({panel.unit})"
    by_key = {(r["industry_code"], r["year"]): r for r in csv.iter_rows(named=True)}
    k_code, k_year = header.index("Kode lapangan usaha"), header.index("Tahun")
    for row in data:
        want = by_key[(row[k_code], row[k_year])]
        assert 100 * row[share] == pytest.approx(want["share_pct"], rel=1e-12)
        assert row[value] == pytest.approx(want["value"], rel=1e-12)
    # the page's structure table shows the same share (2 decimals, Indonesian format)
    page = http.get(f"/region/1/{REGION}").text
    body = re.search(r'<table id="structure-table">(.*?)</table>', page, re.S).group(1)  # type: ignore[union-attr]
    end = max(csv["year"])
    c_share = by_key[("C", end)]["share_pct"]
    shown = f"{c_share:,.2f}".replace(",", "X").replace(".", ",").replace("X", ".")
    assert shown in body


def test_klassen_workbook_percent_equals_api(clients: dict[str, Client]) -> None:
    http = clients["viewer"].http
    api = http.get(f"/api/v1/datasets/1/analysis/{REGION}?tables=klassen").json()
    rows = {r["industry_code"]: r for r in api["tables"]["klassen"]}
    ws = _book(http, "klassen", "?lang=en").worksheets[-1]
    header, data, fmts, _ = _table(ws)
    g = header.index("Growth rate")
    for row, fmt in zip(data, fmts, strict=True):
        assert fmt[g] == "0.00%"
        assert row[g] == pytest.approx(rows[row[header.index("Industry code")]]["growth"],
                                       rel=1e-12)
