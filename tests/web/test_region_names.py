"""Names, not codes: the map's province filter and the register's region filter, list and
aggregate show the reference lists' names with the code ("Kabupaten Morowali (72.06)"),
in the page's language; the filters still send the code."""

from __future__ import annotations

import html as htmllib
import re

import pytest
from fastapi import FastAPI

from rancang.reference.regions import region_label
from tests.web.conftest import Client


@pytest.fixture(scope="module")
def real_codes(web_app: FastAPI) -> int:
    """The demo province stored under Sulawesi Tengah's BPS codes (7201-7212): the map
    finds their Kemendagri codes and so the province."""
    import dataclasses

    from rancang.features.datasets import save_panel
    from rancang.sources.synthetic import demo_province

    p = demo_province()
    refs = dataclasses.replace(p.references, region_codes=["7200"])
    panel = dataclasses.replace(p, region_codes=[f"72{k:02d}" for k in range(1, 13)],
                                parent_codes=["7200"] * 12, references=refs)
    return int(save_panel(web_app.state.engine, panel, name="Sulteng", actor="test"))


def _options(page: str, name: str, form_id: str) -> list[tuple[str, str]]:
    form = page.split(f'id="{form_id}"', 1)[1].split("</form>", 1)[0]
    select = re.search(rf'<select name="{name}"[^>]*>(.*?)</select>', form, re.S)
    assert select, f"no select {name} in {form_id}"
    return [(v, htmllib.unescape(label)) for v, label in re.findall(
        r'<option value="([^"]*)"[^>]*>(.*?)</option>', select.group(1))]


@pytest.mark.parametrize(("lang", "province"), [("id", "Sulawesi Tengah (72)"),
                                                ("en", "Sulawesi Tengah (72)")])
def test_map_province_filter_shows_names(clients: dict[str, Client], real_codes: int,
                                         lang: str, province: str) -> None:
    page = clients["viewer"].http.get(f"/map?dataset={real_codes}&lang={lang}").text
    options = _options(page, "province", "map-form")
    assert ("72", province) in options
    assert all(label != code for code, label in options if code)  # never a bare code
    # the name is a proper name: not translated, not read as words of either language
    assert re.search(r'<option value="72" translate="no"[^>]*>', page)
    filtered = clients["viewer"].http.get(
        f"/map?dataset={real_codes}&lang={lang}&province=72").text
    assert re.search(r'<option value="72" translate="no" selected>', filtered)


@pytest.mark.parametrize(("lang", "morowali"), [("id", "Kabupaten Morowali (72.06)"),
                                                ("en", "Morowali Regency (72.06)")])
def test_register_region_filter_and_list_show_names(clients: dict[str, Client], lang: str,
                                                    morowali: str) -> None:
    http = clients["analyst_own"].http
    page = http.get(f"/register?lang={lang}").text
    assert ("72.06", morowali) in _options(page, "region", "register-filters")
    rows = page.split('id="register-table"', 1)[1].split("</tbody>", 1)[0]
    cells = re.findall(r'<td translate="no">(.*?)</td>', rows)
    assert cells and all(htmllib.unescape(c).startswith(morowali) for c in cells)
    # the filter still sends the code
    chosen = http.get(f"/register?lang={lang}&region=72.06").text
    assert re.search(r'<option value="72.06" translate="no" selected>', chosen)


@pytest.mark.parametrize(("lang", "morowali"), [("id", "Kabupaten Morowali (72.06)"),
                                                ("en", "Morowali Regency (72.06)")])
def test_aggregate_region_filter_shows_names(clients: dict[str, Client], lang: str,
                                             morowali: str) -> None:
    page = clients["viewer"].http.get(f"/register?lang={lang}").text
    options = _options(page, "region", "aggregate-filters")
    assert ("72.06", morowali) in options
    assert all(label != code for code, label in options if code)


def test_labels_of_every_kind_of_regency() -> None:
    """Checked against the Kemendagri list's own names (idn-area-data)."""
    assert region_label("31.71", "id") == "Kota Administrasi Jakarta Pusat (31.71)"
    assert region_label("31.71", "en") == "Jakarta Pusat Administrative City (31.71)"
    assert region_label("73.10", "id") == "Kabupaten Pangkajene dan Kepulauan (73.10)"
    assert region_label("31", "en") == "DKI Jakarta (31)"
    assert region_label("12.72", "id") == "Kota Pematangsiantar (12.72)"
    assert region_label("unknown", "en") == "unknown"
