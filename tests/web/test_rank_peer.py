"""The ranking page, its API and its download against a peer library: pymcdm 1.4
(Kizielewicz, Shekhovtsov and Sałabun 2023, SoftwareX 22) scores the same matrix (the
criterion values the page shows) with the same weights by TOPSIS (vector normalisation),
PROMETHEE II (usual criterion), VIKOR (v = 0.5) and WSM (min-max normalisation)."""

from __future__ import annotations

import html
import io
import re

import numpy as np
import polars as pl
import pytest

from rancang.core.i18n import format_number
from tests.web.conftest import Client

pymcdm = pytest.importorskip("pymcdm")
from pymcdm import methods as pm  # noqa: E402
from pymcdm import normalizations as pn  # noqa: E402

REGION = "9903"
WEIGHTS = {"slq": 3.0, "dlq": 1.0, "competitive": 2.0, "growth": 1.5, "share": 2.5}
PEERS = {
    "topsis": lambda: pm.TOPSIS(pn.vector_normalization),
    "promethee": lambda: pm.PROMETHEE_II("usual"),
    "vikor": lambda: pm.VIKOR(v=0.5),
    "wsm": lambda: pm.WSM(pn.minmax_normalization),
}
ROW = re.compile(r'<tr><td class="num">(\d+)</td><td translate="no">([^<]*)</td>'
                 r'<td class="num">([^<]*)</td><td class="num">(\d+)-(\d+)</td>'
                 r'((?:<td class="num">[^<]*</td>)*)')


def _expected_ranks(scores: np.ndarray, higher: bool) -> list[tuple[int, int]]:
    """Each alternative's possible ranks: 1 + those strictly better, up to + the tied."""
    s = scores if higher else -scores
    out = []
    for v in s:
        better = int((s > v + 1e-12).sum())
        tied = int((np.abs(s - v) <= 1e-12).sum())
        out.append((better + 1, better + tied))
    return out


@pytest.mark.parametrize("method", list(PEERS))
def test_page_api_download_against_pymcdm(clients: dict[str, Client], method: str) -> None:
    c = clients["analyst_own"].http
    typed = "&".join(f"w_{k}={v:g}" for k, v in WEIGHTS.items())
    query = f"dataset=1&region={REGION}&method={method}&{typed}"
    api = c.get(f"/api/v1/decide/rank?{query}&lang=en").json()
    assert api["method"] == method and api["criteria"] == list(WEIGHTS)
    x = np.array([r["values"] for r in api["rows"]])
    w = np.array(list(WEIGHTS.values()))
    w = w / w.sum()
    assert api["weights"] == pytest.approx(w.tolist(), abs=1e-12)
    types = np.array([1 if d == "benefit" else -1 for d in api["directions"]])
    peer = PEERS[method]()
    theirs = peer(x, w, types)
    higher = bool(peer._reverse_ranking)  # pymcdm: higher is better (VIKOR: lower)
    assert api["higher_is_better"] == higher
    ours = np.array([r["score"] for r in api["rows"]])
    np.testing.assert_allclose(ours, theirs, atol=1e-10)
    for r, (lo, hi) in zip(api["rows"], _expected_ranks(theirs, higher), strict=True):
        assert lo <= r["rank"] <= hi, (r["alternative"], r["rank"], lo, hi)
        assert r["rank_low"] <= r["rank"] <= r["rank_high"]

    download = pl.read_csv(io.BytesIO(c.get(f"/decide/rank.csv?{query}").content))
    assert download["alternative"].to_list() == [r["alternative"] for r in api["rows"]]
    np.testing.assert_allclose(download["score"].to_numpy(), theirs, atol=1e-10)
    np.testing.assert_allclose(download.select(list(WEIGHTS)).to_numpy(), x, rtol=1e-12)
    assert download["rank"].to_list() == [r["rank"] for r in api["rows"]]
    assert download.select("rank_low", "rank_high").rows() == [
        (r["rank_low"], r["rank_high"]) for r in api["rows"]]

    for lang in ("id", "en"):
        page = c.get(f"/decide/rank?{query}&lang={lang}").text
        table = page[page.index('<table id="ranking">'):]
        rows = ROW.findall(table[:table.index("</table>")])
        assert len(rows) == len(api["rows"]) > 0
        names = c.get(f"/api/v1/decide/rank?{query}&lang={lang}").json()["rows"]
        for (rank, name, score, low, high, cells), r, s, n in zip(
                rows, api["rows"], theirs, names, strict=True):
            assert int(rank) == r["rank"] and html.unescape(name) == n["name"]
            assert score == format_number(r["score"], 4, lang)
            number = float(score.replace(".", "").replace(",", ".") if lang == "id"
                           else score.replace(",", ""))
            assert number == pytest.approx(float(s), abs=5e-5 + 1e-12)  # the peer's score
            assert (int(low), int(high)) == (r["rank_low"], r["rank_high"])
            shown = re.findall(r'<td class="num">([^<]*)</td>', cells)[:len(WEIGHTS)]
            assert shown == [format_number(float(v), 3, lang) for v in r["values"]]


def test_download_follows_the_page(clients: dict[str, Client]) -> None:
    """The page's download link carries its query (method and weights)."""
    c = clients["analyst_own"].http
    page = c.get(f"/decide/rank?dataset=1&region={REGION}&method=wsm&w_slq=2&w_dlq=1").text
    link = re.search(r'id="download-ranking" href="([^"]+)"', page)
    assert link is not None
    href = html.unescape(link.group(1))
    assert "method=wsm" in href and "w_slq=2" in href and f"region={REGION}" in href
    r = c.get(href)
    assert r.status_code == 200 and "ranking_9903_wsm" in r.headers["content-disposition"]
