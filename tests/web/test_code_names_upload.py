"""A long table of ISIC Rev. 4 classes uploaded on the web (issue 11 §1, codes analysed as
given with names from the reference lists): the import says which list named the codes,
and the region dashboard shows ISIC's titles beside the codes (titles as in the UN list:
1010 "Processing and preserving of meat", 1410 "Manufacture of wearing apparel, except fur
apparel")."""

from __future__ import annotations

import io

from tests.web.conftest import Client


def _csv() -> bytes:
    lines = ["region_code,industry_code,year,value"]
    for r, code in enumerate(("7201", "7202", "7203")):
        for i, ind in enumerate(("1010", "1410", "2100")):
            lines += [f"{code},{ind},{y},{100 + 10 * r + 7 * i + 3 * (y - 2019) * (i + r)}"
                      for y in (2019, 2020, 2021)]
    return ("\n".join(lines) + "\n").encode()


def test_isic_upload_is_named_on_the_dashboard(clients: dict[str, Client]) -> None:
    analyst = clients["analyst_own"]
    saved = analyst.http.post("/api/v1/imports/pdrb?lang=en",
                              headers={"X-CSRF-Token": analyst.csrf},
                              data={"confirmed": "true", "name": "ISIC"},
                              files={"files": ("isic.csv", io.BytesIO(_csv()), "text/csv")})
    assert saved.status_code == 201, saved.text
    body = saved.json()
    assert any("names of 3 of the 3 industry codes taken from ISIC Rev. 4" in n
               for n in body["notes"]), body["notes"]
    page = analyst.http.get(f"/region/{body['dataset_id']}/7201?lang=en")
    assert page.status_code == 200, page.text[-800:]
    assert "Processing and preserving of meat" in page.text
    assert "Manufacture of wearing apparel, except fur apparel" in page.text
