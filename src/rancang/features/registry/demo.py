"""Synthetic demo register: IKM of Kabupaten Morowali (Kemendagri 72.06), clearly synthetic.

Every firm, owner, address, phone and figure is invented with a fixed seed. District codes
and names are real (Kemendagri; a few villages per district taken from the idn-area-data
village list, ODbL) so that the demo aggregates onto real regions. Each record says
"DATA SINTETIS" in its source.
"""

from __future__ import annotations

from pathlib import Path

import numpy as np
import polars as pl

SYNTHETIC_SOURCE = "DATA SINTETIS - demo Rancang"
REGENCY = "72.06"
DISTRICTS = {
    "72.06.05": "Bungku Tengah",
    "72.06.06": "Bungku Selatan",
    "72.06.07": "Menui Kepulauan",
    "72.06.08": "Bungku Barat",
    "72.06.09": "Bumi Raya",
    "72.06.10": "Bahodopi",
    "72.06.12": "Wita Ponda",
    "72.06.15": "Bungku Pesisir",
    "72.06.18": "Bungku Timur",
}
VILLAGES = {
    "72.06.05": (
        ("72.06.05.1014", "Mendui"),
        ("72.06.05.1015", "Lamberea"),
        ("72.06.05.1016", "Tofoiso"),
        ("72.06.05.1017", "Marsaoleh"),
    ),
    "72.06.06": (
        ("72.06.06.2001", "Sainoa"),
        ("72.06.06.2002", "Polewali"),
        ("72.06.06.2003", "Umbele"),
        ("72.06.06.2004", "Pulau Dua"),
    ),
    "72.06.07": (
        ("72.06.07.1007", "Ulunambo"),
        ("72.06.07.2001", "Terebino"),
        ("72.06.07.2002", "Torukuno"),
        ("72.06.07.2003", "Ngapaea"),
    ),
    "72.06.08": (
        ("72.06.08.2002", "Wosu"),
        ("72.06.08.2003", "Larobenu"),
        ("72.06.08.2004", "Umpanga"),
        ("72.06.08.2005", "Tondo"),
    ),
    "72.06.09": (
        ("72.06.09.2001", "Parilangke"),
        ("72.06.09.2002", "Bahonsuai"),
        ("72.06.09.2003", "Atananga"),
        ("72.06.09.2004", "Pebatae"),
    ),
    "72.06.10": (
        ("72.06.10.2002", "Padabahao"),
        ("72.06.10.2003", "Labota"),
        ("72.06.10.2004", "Fatufia"),
        ("72.06.10.2005", "Keurea"),
    ),
    "72.06.12": (
        ("72.06.12.2001", "Sampeantaba"),
        ("72.06.12.2002", "Emea"),
        ("72.06.12.2006", "Moahino"),
        ("72.06.12.2007", "Solonsa"),
    ),
    "72.06.15": (
        ("72.06.15.2001", "Puungkeu"),
        ("72.06.15.2002", "Tangofa"),
        ("72.06.15.2003", "One Ete"),
        ("72.06.15.2004", "Tandaoleo"),
    ),
    "72.06.18": (
        ("72.06.18.2001", "Oneputeh Jaya"),
        ("72.06.18.2002", "Bahomotefe"),
        ("72.06.18.2003", "Bahomoahi"),
        ("72.06.18.2004", "Ululere"),
    ),
}
#: (KBLI 2020 class, product, unit, raw material, imported raw material?, price per unit Rp)
PRODUCTS = (
    ("10710", "Roti dan kue kering", "bungkus", "Tepung terigu", True, 15_000),
    ("10792", "Kue basah tradisional", "buah", "Tepung beras", False, 2_500),
    ("10291", "Ikan asin", "kg", "Ikan segar", False, 45_000),
    ("10399", "Keripik pisang", "kg", "Pisang kepok", False, 60_000),
    ("10722", "Gula aren", "kg", "Nira aren", False, 30_000),
    ("10793", "Kacang sangrai", "kg", "Kacang tanah", False, 40_000),
    ("11040", "Minuman sari buah", "botol", "Buah segar", False, 8_000),
    ("14111", "Pakaian jadi (konveksi)", "potong", "Kain katun", True, 90_000),
    ("16292", "Anyaman pandan", "buah", "Daun pandan", False, 35_000),
    ("16221", "Kusen dan pintu kayu", "unit", "Kayu olahan", False, 1_500_000),
    ("31001", "Mebel kayu", "unit", "Kayu olahan", False, 2_500_000),
    ("23921", "Batu bata merah", "buah", "Tanah liat", False, 900),
    ("25111", "Teralis dan pagar besi", "unit", "Besi beton", True, 1_200_000),
    ("25920", "Jasa las dan bubut", "pekerjaan", "Plat besi", True, 750_000),
    ("33121", "Reparasi mesin dan alat berat", "unit", "Suku cadang", True, 5_000_000),
    ("33151", "Reparasi perahu", "unit", "Kayu kapal", False, 8_000_000),
    ("22220", "Kemasan plastik", "kg", "Biji plastik", True, 35_000),
    ("17022", "Kemasan kardus", "buah", "Karton", True, 4_000),
)
FIRST = (
    "Andi",
    "Muhammad",
    "Siti",
    "Nur",
    "Hasan",
    "Rahmat",
    "Fitri",
    "Dewi",
    "Ahmad",
    "Sri",
    "Wahyu",
    "Yusuf",
    "Irwan",
    "Hasnah",
    "Ramlah",
    "Sitti",
    "Darmawati",
    "Abdul",
    "Syamsul",
    "Haeruddin",
    "Nurhayati",
    "Rusdi",
    "Hamzah",
    "Yuliana",
    "Marlina",
    "Agus",
    "Budi",
    "Ismail",
    "Kartini",
    "Salmah",
    "Jumadil",
    "Rosmini",
    "Arifin",
    "Nasrun",
    "Wati",
)
LAST = (
    "Lamba",
    "Tandi",
    "Lasaba",
    "Rahman",
    "Saleh",
    "Baso",
    "Latif",
    "Mappa",
    "Said",
    "Laode",
    "Umar",
    "Basri",
    "Hamid",
    "Idrus",
    "Sompa",
    "Ladjiu",
    "Pakaya",
    "Mokodompit",
    "Tahir",
    "Husain",
    "Daeng",
    "Manggala",
    "Lahadi",
    "Ambo",
    "Ruslan",
    "Taha",
)
WORDS = (
    "Sinar",
    "Jaya",
    "Karya",
    "Mandiri",
    "Maju",
    "Bersama",
    "Harapan",
    "Abadi",
    "Sejahtera",
    "Berkah",
    "Makmur",
    "Indah",
    "Mekar",
    "Baru",
    "Rezeki",
    "Lestari",
    "Sentosa",
    "Bahari",
    "Putra",
    "Putri",
    "Tunas",
    "Mulia",
    "Amanah",
    "Barokah",
    "Cahaya",
    "Sumber",
    "Anugrah",
    "Pelangi",
    "Fajar",
    "Timur",
    "Samudra",
    "Permata",
    "Bunga",
    "Citra",
    "Rimba",
    "Teluk",
)
STREETS = (
    "Trans Sulawesi",
    "Poros Bungku-Kolonodale",
    "Merdeka",
    "Pahlawan",
    "Pendidikan",
    "Ahmad Yani",
    "Sudirman",
    "Masjid Raya",
    "Pelabuhan",
    "Pasar Baru",
    "Nelayan",
    "Lorong Damai",
    "Kartini",
    "Diponegoro",
    "Bhayangkara",
    "Pantai Indah",
)
FORMS = ("UD", "CV", "PT", "Koperasi", "KUB", "")
FORM_P = (0.25, 0.12, 0.03, 0.03, 0.04, 0.53)

OFFICE_HEADERS = {
    "nib": "NIB",
    "name": "Nama Perusahaan",
    "legal_form": "Bentuk Badan Usaha",
    "owner_name": "Nama Pemilik",
    "phone": "No. HP",
    "address": "Alamat",
    "village_code": "Kode Desa",
    "village_name": "Desa/Kelurahan",
    "district_name": "Kecamatan",
    "latitude": "Lintang",
    "longitude": "Bujur",
    "kbli": "KBLI 2020",
    "product": "Jenis Produk",
    "sentra": "Sentra IKM",
    "period": "Tahun",
    "workers_men": "Tenaga Kerja L",
    "workers_women": "Tenaga Kerja P",
    "investment": "Nilai Investasi (Rp)",
    "capacity": "Kapasitas Produksi",
    "output_quantity": "Jumlah Produksi",
    "output_unit": "Satuan",
    "output_value": "Nilai Produksi (Rp)",
    "raw_material": "Bahan Baku",
    "raw_material_value": "Nilai Bahan Baku (Rp)",
    "raw_material_origin": "Asal Bahan Baku",
    "export_share": "Ekspor (%)",
    "cert_halal": "Sertifikat Halal",
    "cert_sni": "SNI",
    "status": "Status Data",
    "source": "Sumber Data",
}


def demo_register(
    n: int = 3000, *, seed: int = 64, years: tuple[int, ...] = (2022, 2023)
) -> pl.DataFrame:
    """A synthetic register of ``n`` IKM of Morowali, one row per firm and year.

    Parameters
    ----------
    n : int
        Number of firms.
    seed : int
        Random seed (same seed, same register).
    years : tuple of int
        Reporting periods; every firm reports in each.

    Returns
    -------
    polars.DataFrame
        Register field names as columns (see :data:`OFFICE_HEADERS`), ``n * len(years)``
        rows, ``source`` = "DATA SINTETIS - demo Rancang".

    Notes
    -----
    Workers follow a skewed mix close to BPS IKM shares: micro (1-4) 70 %, small (5-19)
    25 %, medium (20-99) 4.5 %, large 0.5 %. Investment and output are log-normal and
    grow with workers.

    Example
    -------
    >>> reg = demo_register(50, seed=1)
    >>> reg.height, reg["source"][0], reg["district_name"].is_in(list(DISTRICTS.values())).all()
    (100, 'DATA SINTETIS - demo Rancang', True)
    """
    rng = np.random.default_rng(seed)
    ids = np.arange(n)
    dist_codes = list(DISTRICTS)
    d_idx = rng.integers(0, len(dist_codes), n)
    v_idx = rng.integers(0, 4, n)
    p_idx = rng.integers(0, len(PRODUCTS), n)
    form = rng.choice(len(FORMS), n, p=FORM_P)
    w1, w2 = rng.integers(0, len(WORDS), n), rng.integers(0, len(WORDS), n)
    f_idx, l_idx = rng.integers(0, len(FIRST), n), rng.integers(0, len(LAST), n)
    has_nib = rng.random(n) < 0.8
    nib = rng.integers(10**12, 10**13 - 1, n)
    size = rng.choice(4, n, p=(0.70, 0.25, 0.045, 0.005))
    lo, hi = np.array([1, 5, 20, 100]), np.array([4, 19, 99, 300])
    workers = rng.integers(lo[size], hi[size] + 1)
    women_share = rng.beta(2, 2, n)
    invest = np.exp(rng.normal(np.log(15e6) + 0.9 * np.log(workers), 0.6))
    rows: dict[str, list[object]] = {k: [] for k in OFFICE_HEADERS if k != "period"}
    rows["period"] = []
    for i in ids:
        kbli, product, unit, rm, rm_imp, price = PRODUCTS[p_idx[i]]
        dcode = dist_codes[d_idx[i]]
        vcode, vname = VILLAGES[dcode][v_idx[i]]
        owner = f"{FIRST[f_idx[i]]} {LAST[l_idx[i]]}"
        base = f"{WORDS[w1[i]]} {WORDS[w2[i]]}" if w1[i] != w2[i] else f"{WORDS[w1[i]]} Jaya"
        if FORMS[form[i]] == "":
            base = f"{product.split()[0]} {FIRST[f_idx[i]]}"
        name = f"{FORMS[form[i]]} {base}".strip()
        street = STREETS[(i * 7 + d_idx[i]) % len(STREETS)]
        number = f"{1 + i % 97}" + (f"/{i // 97}" if i >= 97 else "")
        address = f"Jl. {street} No. {number}, RT {1 + i % 9:03d}/RW {1 + i % 4:02d}"
        phone = f"08{52 + i % 5}{(i * 7919) % 10**8:08d}"
        lat = -2.55 - 0.5 * rng.random() + 0.05 * d_idx[i]
        lon = 121.9 + 0.5 * rng.random()
        clustered = p_idx[i] in (2, 4, 8, 9) and i % 3 == 0
        sentra = f"Sentra {product.split('(')[0].strip()} {DISTRICTS[dcode]}" if clustered else None
        for t, year in enumerate(years):
            growth = (1.0 + 0.05 * rng.standard_normal()) ** t
            wk = max(1, round(workers[i] * growth))
            women = round(wk * women_share[i])
            qty = max(1.0, round(invest[i] * (1.5 + rng.random()) / price))
            rows["nib"].append(str(nib[i]) if has_nib[i] else None)
            rows["name"].append(name)
            rows["legal_form"].append(FORMS[form[i]] or "Perorangan")
            rows["owner_name"].append(owner)
            rows["phone"].append(phone)
            rows["address"].append(address)
            rows["village_code"].append(vcode)
            rows["village_name"].append(vname)
            rows["district_name"].append(DISTRICTS[dcode])
            rows["latitude"].append(round(lat, 5))
            rows["longitude"].append(round(lon, 5))
            rows["kbli"].append(kbli)
            rows["product"].append(product)
            rows["sentra"].append(sentra)
            rows["period"].append(str(year))
            rows["workers_men"].append(wk - women)
            rows["workers_women"].append(women)
            rows["investment"].append(round(invest[i] * growth, -3))
            rows["capacity"].append(round(qty * 1.3))
            rows["output_quantity"].append(qty)
            rows["output_unit"].append(unit)
            rows["output_value"].append(qty * price)
            rows["raw_material"].append(rm)
            rows["raw_material_value"].append(round(qty * price * 0.45, -3))
            rows["raw_material_origin"].append("Impor" if rm_imp and i % 3 == 0 else "Lokal")
            rows["export_share"].append(float(10 * (i % 5)) if size[i] >= 2 else 0.0)
            rows["cert_halal"].append("Ya" if kbli.startswith(("10", "11")) and i % 2 else "Tidak")
            rows["cert_sni"].append("Ya" if i % 11 == 0 else "Tidak")
            rows["status"].append("terverifikasi" if i % 4 else "draf")
            rows["source"].append(SYNTHETIC_SOURCE)
    return pl.DataFrame(rows, strict=False)


def office_frame(frame: pl.DataFrame) -> pl.DataFrame:
    """The register with Indonesian office headers (as an IKM data sheet would have)."""
    return frame.rename({k: v for k, v in OFFICE_HEADERS.items() if k in frame.columns})


def write_office_xlsx(frame: pl.DataFrame, path: str | Path, *, title: str | None = None) -> Path:
    """Write a register the way offices keep it: title row, merged "Tenaga Kerja" header.

    Parameters
    ----------
    frame : polars.DataFrame
        Register with field-name columns (e.g. from :func:`demo_register`).
    path : str or Path
    title : str, optional
        Title written above the table (default names the synthetic data).

    Returns
    -------
    Path
    """
    import xlsxwriter

    p = Path(path)
    cols = [c for c in OFFICE_HEADERS if c in frame.columns]
    wb = xlsxwriter.Workbook(str(p))
    ws = wb.add_worksheet("Data IKM")
    bold = wb.add_format({"bold": True, "align": "center", "valign": "vcenter", "border": 1})
    ws.write(0, 0, title or "DATA IKM KABUPATEN MOROWALI (DATA SINTETIS)")
    for j, c in enumerate(cols):
        if c == "workers_men":
            ws.merge_range(2, j, 2, j + 1, "Tenaga Kerja (orang)", bold)
            ws.write(3, j, "L", bold)
        elif c == "workers_women":
            ws.write(3, j, "P", bold)
        else:
            ws.merge_range(2, j, 3, j, OFFICE_HEADERS[c], bold)
    for i, row in enumerate(frame.select(cols).iter_rows()):
        for j, v in enumerate(row):
            if v is not None:
                ws.write(4 + i, j, v)
    wb.close()
    return p
