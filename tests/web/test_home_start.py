"""The home page's first steps, by role: the administrator sets up accounts and data, the
analyst opens their own region (found in the dataset through its Kemendagri code) and the
register, a viewer picks a region; each in the page's language."""

from __future__ import annotations

import re

from fastapi import FastAPI

from rancang.features.datasets.service import kemendagri_code
from tests.web.conftest import Client


def _start(c: Client, lang: str) -> str:
    page = c.http.get(f"/?lang={lang}")
    assert page.status_code == 200
    found = re.search(r'<section class="card start" id="start">(.*?)</section>', page.text,
                      re.S)
    assert found is not None
    return found.group(1)


def _sulawesi_tengah(app: FastAPI) -> None:
    """A second dataset with BPS codes: Morowali (7203 = 72.06) and Donggala (7205 =
    72.03); the demo dataset (codes 99xx) holds neither."""
    from dataclasses import replace

    from rancang.features.datasets import save_panel
    from rancang.sources.synthetic import demo_province

    demo = demo_province()
    codes = ("7201", "7202", "7203", "7204", "7205", *demo.region_codes[5:])
    names = ("Banggai", "Poso", "Morowali", "Tolitoli", "Donggala", *demo.region_names[5:])
    save_panel(app.state.engine, replace(demo, region_codes=codes, region_names=names),
               name="Sulteng", actor="test")


def test_each_role_is_told_what_to_do_first(web_app: FastAPI,
                                            clients: dict[str, Client]) -> None:
    _sulawesi_tengah(web_app)
    admin = _start(clients["admin"], "id")
    assert 'href="/admin/users"' in admin and "Unggah tabel PDRB" in admin
    own = _start(clients["analyst_own"], "en")
    link = re.search(r'href="/region/(\d+)/([^"]+)" id="start-own">([^<]+)<', own)
    assert link is not None, own
    assert kemendagri_code(link.group(2)) == "72.06"  # their own regency, not the first
    assert link.group(3).startswith("Open the dashboard of ")
    assert clients["analyst_own"].http.get(
        f"/region/{link.group(1)}/{link.group(2)}").status_code == 200
    assert 'href="/register/field"' in own
    other = _start(clients["analyst_other"], "id")
    other_link = re.search(r'href="/region/\d+/([^"]+)" id="start-own"', other)
    assert other_link is not None and kemendagri_code(other_link.group(1)) == "72.03"
    viewer = _start(clients["viewer"], "id")
    assert "Pilih kabupaten/kota" in viewer and 'href="/map"' in viewer
    assert "/register/field" not in viewer and "/admin/users" not in viewer


def test_after_an_upload_the_uploader_opens_their_region(clients: dict[str, Client]) -> None:
    """The saved upload offers the uploader's own regency of the new dataset (BPS 7203 is
    Morowali, 72.06) beside the dataset's region list."""
    import io

    from tests.web.test_page_words import _pdrb_csv

    c = clients["analyst_own"]
    saved = c.http.post("/data/upload?lang=id",
                        data={"csrf_token": c.csrf, "kind": "pdrb", "name": "Unggahan"},
                        files={"files": ("pdrb.csv", io.BytesIO(_pdrb_csv()), "text/csv")})
    assert saved.status_code == 200, saved.text[-1000:]
    found = re.search(r'id="open-own-region" class="button" href="/region/(\d+)/(\d+)"',
                      saved.text)
    assert found is not None and found.group(2) == "7203"
    assert f'href="/?dataset={found.group(1)}"' in saved.text
