"""The 17 PDRB categories and the titles that name them."""

import fastexcel
import pytest
from hypothesis import given
from hypothesis import strategies as st

from rancang.reference.pdrb import (
    CATEGORIES,
    CATEGORY_CODES,
    category_from_title,
    category_title,
    is_total_title,
)

PREFIX = "PDRB ADHK Tahun Dasar 2010 Berdasarkan Lapangan Usaha"

# the 17 category headers exactly as the BPS web-table export 2013-2020 spells them
BPS_HEADERS = {
    "Pertanian, Kehutanan, dan Perikanan": "A",
    "Pertambangan dan Penggalian": "B",
    "Industri Pengolahan": "C",
    "Pengadaan Air, Pengelolaan Sampah, Limbah dan Daur Ulang": "E",
    "Konstruksi": "F",
    "Perdagangan Besar dan Eceran; Reparasi Mobil dan Sepeda Motor": "G",
    "Transportasi dan Pergudangan": "H",
    "Penyediaan Akomodasi dan Makan Minum": "I",
    "Informasi dan Komunikasi": "J",
    "Jasa Keuangan dan Asuransi": "K",
    "Real Estat": "L",
    "Jasa Perusahaan": "M_N",
    "Administrasi Pemerintahan, Pertahanan, dan Jaminan Sosial Wajib": "O",
    "Jasa Pendidikan": "P",
    "Jasa Kesehatan dan Kegiatan Sosial": "Q",
    "Jasa Lainnya": "R_S_T_U",
}


def test_seventeen_categories():
    assert CATEGORY_CODES == ("A", "B", "C", "D", "E", "F", "G", "H", "I", "J", "K", "L",
                              "M_N", "O", "P", "Q", "R_S_T_U")
    assert all(id_ and en for _, id_, en in CATEGORIES)
    assert category_title("R_S_T_U") == "Jasa Lainnya"
    assert category_title("C", "en") == "Manufacturing"


def test_bps_long_titles():
    for short, code in BPS_HEADERS.items():
        assert category_from_title(f"{PREFIX} - {short}") == code, short
    # the one header without a space after the hyphen
    assert category_from_title(f"{PREFIX} -Pengadaan Listrik dan Gas") == "D"
    assert category_from_title(PREFIX) is None and is_total_title(PREFIX)


@pytest.mark.parametrize(("title", "code"), [
    ("PDRB ADHB Berdasarkan Lapangan Usaha - Jasa Perusahaan", "M_N"),
    ("PDRB Atas Dasar Harga Berlaku Menurut Lapangan Usaha - Real Estate", "L"),
    ("PDRB ADHB - Konstruksi", "F"),
    ("C", "C"), ("c", "C"), ("M,N", "M_N"), ("M, N", "M_N"), ("M dan N", "M_N"),
    ("M_N", "M_N"), ("R,S,T,U", "R_S_T_U"), ("R-U", "R_S_T_U"), ("RSTU", "R_S_T_U"),
    ("Kategori C", "C"), ("C. Industri Pengolahan", "C"), ("M,N. Jasa Perusahaan", "M_N"),
    ("R,S,T,U Jasa Lainnya", "R_S_T_U"), ("1. Pertanian, Kehutanan dan Perikanan", "A"),
    ("Jasa-jasa Lainnya", "R_S_T_U"), ("Listrik dan Gas", "D"), ("Manufacturing", "C"),
    ("Other services", "R_S_T_U"), ("  industri   PENGOLAHAN ", "C"),
    ("Perdagangan Besar dan Eceran, dan Reparasi Mobil dan Sepeda Motor", "G"),
])
def test_common_variants(title, code):
    assert category_from_title(title) == code


@pytest.mark.parametrize("title", [
    "Perikanan Laut Dalam", "M", "S", "", "Z", "B. Industri Pengolahan",
    "Industri Batubara dan Pengilangan Migas", f"{PREFIX} - Perikanan Laut Dalam",
])
def test_unknown_titles(title):
    assert category_from_title(title) is None


def test_totals():
    for t in ("PDRB", "Total", "Jumlah", "Produk Domestik Regional Bruto",
              "PDRB Atas Dasar Harga Konstan 2010", "PDRB ADHB Berdasarkan Lapangan Usaha"):
        assert is_total_title(t), t
    for t in (f"{PREFIX} - Konstruksi", f"{PREFIX} - Perikanan Laut Dalam", "C", "Jasa Lainnya"):
        assert not is_total_title(t), t


@given(st.sampled_from(CATEGORIES), st.sampled_from([0, 1]),
       st.lists(st.booleans(), min_size=80, max_size=80), st.sampled_from(["", " ", "  ", "\t"]))
def test_case_and_spacing_do_not_matter(category, lang, upper, pad):
    code, id_, en = category
    title = (id_, en)[lang]
    noisy = pad + "".join(ch.upper() if u else ch.lower()
                          for ch, u in zip(title, upper + [False] * len(title), strict=False))
    noisy = noisy.replace(" ", "  ") + pad
    assert category_from_title(noisy) == code
    assert category_from_title(f"{PREFIX} - {noisy}") == code
    assert not is_total_title(f"{PREFIX} - {noisy}")


@pytest.mark.realdata
def test_every_header_of_the_real_files(bps_pdrb_dir):
    files = sorted(bps_pdrb_dir.glob("*.xlsx"))
    assert len(files) == 8
    for f in files:
        rows = fastexcel.read_excel(str(f)).load_sheet(0, header_row=None, n_rows=3,
                                                       dtypes="string").to_polars().rows()
        titles = [t for t in rows[1][6:] if t]
        assert sum(is_total_title(t) for t in titles) == 1, f.name
        codes = [category_from_title(t) for t in titles if not is_total_title(t)]
        assert sorted(codes) == sorted(CATEGORY_CODES), f.name
