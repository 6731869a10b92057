"""Every main page speaks one language: in English no Indonesian-only words and no raw
machine keys; in Indonesian (the default) no English words. Visible text, hover titles,
option labels and chart series names are all checked."""

from __future__ import annotations

import html as htmllib
import io
import json
import re

import pytest

from tests.web.conftest import Client

# machine keys that must never be shown as words (whole text of a cell, option or label)
RAW_KEYS = {
    "competitive", "regency_code", "draft", "returned", "verified", "period", "investment",
    "output_value", "action", "before", "after", "owner_name", "village_code",
    "periods_added", "periods_changed", "dataset_id", "industries", "sentra_id",
    "created_at", "updated_at", "kbli_others", "merged_into_id", "import_create", "update",
    "legal_form", "district_name", "province_code", "workers_men",
}
# phrases that betray the other language (substrings of the page's text)
NOT_IN_ENGLISH = (
    "jumlah semua wilayah", "ya/yes", "tidak/no", "Kontribusi", "laju pertumbuhan",
    "tahun terakhir", "selama periode", "Peringkat", "Bobot", "Daya saing", "Pertumbuhan",
    "acuan", "periode", "Sebelum", "Sesudah", "Tindakan", "Nama pemilik", "Dikembalikan",
    "Draf", "Terverifikasi", "Usaha baru", "tersimpan", "Baris dibaca", "diubah",
)
NOT_IN_INDONESIAN = (
    "sum of all regions", "ya/yes", "tidak/no", "Rank", "Score", "Weights", "Growth",
    "Share", "Competitiveness", "static LQ", "dynamic LQ", "Investment", "Output value",
    "Before", "After", "Owner", "Verified", "Returned", "New firms", "Rows read",
    "saved", "reference", "period",
)
PYTHON_LITERALS = re.compile(r"\[\d{4}, \d{4}|\['|\{'")


def _texts(page: str) -> list[str]:
    """The words a reader sees: text between tags, hover titles, placeholders; plus the
    series, legend and axis names of the page's charts."""
    charts = re.findall(r'<script type="application/json" id="spec-[^"]*">(.*?)</script>',
                        page, re.S)
    out: list[str] = []
    for spec in charts:
        opts = json.loads(spec)
        out += [s.get("name", "") for s in opts.get("series", [])]
        for axis in ("xAxis", "yAxis"):
            for a in opts.get(axis) if isinstance(opts.get(axis), list) else [opts.get(axis)]:
                out.append((a or {}).get("name", ""))
        if "rancangNote" in opts:
            out.append(opts["rancangNote"])
    body = re.sub(r"<(script|style)\b.*?</\1>", " ", page, flags=re.S)
    out += [htmllib.unescape(v) for v in re.findall(r'(?:title|placeholder)="([^"]*)"', body)]
    out += [htmllib.unescape(t).strip() for t in re.split(r"<[^>]*>", body)]
    return [t for t in out if t and t.strip()]


def _problems(page: str, forbidden: tuple[str, ...]) -> list[str]:
    texts = _texts(page)
    bad = [t for t in texts if t.strip() in RAW_KEYS]
    bad += [f"{w!r} in {t!r}" for t in texts for w in forbidden
            if re.search(rf"(?<![\w-]){re.escape(w)}(?![\w-])", t)]
    bad += [t for t in texts if PYTHON_LITERALS.search(t)]
    return bad


def _pdrb_csv() -> bytes:
    """A small tidy PDRB file (two years, three regions, three industries)."""
    lines = ["region_code,industry_code,year,value"]
    for r, code in enumerate(("7201", "7202", "7203")):
        for i, ind in enumerate(("A", "C", "G")):
            lines += [f"{code},{ind},2019,{100 + 10 * r + i}",
                      f"{code},{ind},2020,{110 + 12 * r + 2 * i}"]
    return ("\n".join(lines) + "\n").encode()


def _register_xlsx() -> bytes:
    import tempfile
    from pathlib import Path

    from rancang.features.registry.demo import demo_register, write_office_xlsx

    with tempfile.TemporaryDirectory() as tmp:
        path = write_office_xlsx(demo_register(3, seed=11), Path(tmp) / "reg.xlsx")
        return path.read_bytes()


@pytest.fixture(scope="module")
def pages(clients: dict[str, Client]) -> dict[str, dict[str, str]]:
    """The main pages in both languages (the administrator sees them all), with an
    accepted PDRB upload and an accepted register upload."""
    admin = clients["admin"]
    rid = admin.http.get("/api/v1/register/records").json()["items"][0]["id"]
    # one edit, so the record's audit trail has an update entry
    admin.http.post(f"/register/{rid}", data={"csrf_token": admin.csrf, "product": "Tenun"})
    out: dict[str, dict[str, str]] = {}
    for lang in ("en", "id"):
        got = {url: admin.http.get(f"{url}{'&' if '?' in url else '?'}lang={lang}")
               for url in ("/", "/region/1/9903", "/region/1/9903/ranking?w_share=1",
                           "/map", "/data", "/register", "/register?sort=status",
                           "/register?view=aggregate",
                           f"/register/{rid}", "/register/duplicates", "/admin/datasets",
                           "/kbli?text=keripik+singkong", "/match/schedule", "/match/needs")}
        got["upload pdrb"] = admin.http.post(
            f"/data/upload?lang={lang}", data={"csrf_token": admin.csrf, "kind": "pdrb",
                                               "name": "Uji"},
            files={"files": ("pdrb.csv", io.BytesIO(_pdrb_csv()), "text/csv")})
        got["upload register"] = admin.http.post(
            f"/data/upload?lang={lang}", data={"csrf_token": admin.csrf, "kind": "register"},
            files={"files": ("reg.xlsx", io.BytesIO(_register_xlsx()),
                             "application/octet-stream")})
        for url, resp in got.items():
            assert resp.status_code == 200, (url, lang, resp.text[:300])
        out[lang] = {url: resp.text for url, resp in got.items()}
    return out


def test_english_pages_have_no_indonesian_only_words(pages: dict[str, dict[str, str]]) -> None:
    bad = {url: _problems(page, NOT_IN_ENGLISH) for url, page in pages["en"].items()}
    assert not {u: b for u, b in bad.items() if b}


def test_indonesian_pages_have_no_english_words(pages: dict[str, dict[str, str]]) -> None:
    bad = {url: _problems(page, NOT_IN_INDONESIAN) for url, page in pages["id"].items()}
    assert not {u: b for u, b in bad.items() if b}


def test_upload_summary_is_a_sentence(pages: dict[str, dict[str, str]]) -> None:
    assert "New PDRB dataset saved: 3 regions, 3 industries, years 2019-2020." in (
        pages["en"]["upload pdrb"])
    assert re.search(r"Registri diimpor: \d+ baris dibaca; \d+ usaha baru",
                     pages["id"]["upload register"])


def test_the_checker_catches_what_it_should() -> None:
    page = ('<td>competitive</td><td title="jumlah semua wilayah">x</td><p>[2019, 2020]</p>'
            '<script type="application/json" id="spec-x">{"series": [{"name": "share"}]}'
            '</script>')
    assert len(_problems(page, NOT_IN_ENGLISH)) == 3
