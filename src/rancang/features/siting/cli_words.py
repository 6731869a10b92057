"""Words of ``rancang siting --help`` (Indonesian, English); the options shared with other
verbs (``--out``, ``--seed``, ``--samples``) are in :mod:`rancang.core.cli_words`."""

from __future__ import annotations

WORDS: dict[str, tuple[str, str]] = {
    "cli.help.siting": (
        "Peringkat kecamatan (atau desa) calon lokasi sentra IKM baru: menulis sites.csv "
        "dan sites.geojson.",
        "Rank candidate districts (or villages) for a new sentra IKM: writes sites.csv and "
        "sites.geojson."),
    "cli.opt.siting.regency": ("Kode kabupaten/kota, Kemendagri 72.06 atau BPS 7203; "
                               "boleh diulang.",
                               "Regency/city code, Kemendagri 72.06 or BPS 7203; "
                               "repeat."),
    "cli.opt.siting.centroids": ("CSV titik pusat calon lokasi: level,kode,nama,lat,lng.",
                                 "Candidate centroids CSV: level,kode,nama,lat,lng."),
    "cli.opt.siting.estate": (
        "Kawasan industri NAMA=LAT,LNG (boleh diulang), mis. IMIP=-2.82,122.15.",
        "Industrial estate NAME=LAT,LNG (repeat), e.g. IMIP=-2.82,122.15."),
    "cli.opt.siting.level": (
        "Calon lokasi: kec (kecamatan) atau desa (perlu titik pusat desa).",
        "Candidates: kec (districts) or desa (villages; needs their centroids)."),
    "cli.opt.siting.names": ("CSV nama kecamatan: code,regency_code,name.",
                             "District names CSV: code,regency_code,name."),
    "cli.opt.siting.capital": (
        "Ibu kota kabupaten/kota KABUPATEN=LAT,LNG atau KABUPATEN=KODE_KECAMATAN (boleh diulang).",
        "Regency/city capital REGENCY=LAT,LNG or REGENCY=DISTRICT_CODE (repeat)."),
    "cli.opt.siting.ikm": ("CSV unit IKM: district_code,product_group,units.",
                           "IKM units CSV: district_code,product_group,units."),
    "cli.opt.siting.product_group": (
        "Hanya kelompok produk IKM ini (boleh diulang; golongan pokok KBLI seperti 10 bila "
        "memakai --register-db).",
        "Only these IKM product groups (repeat; KBLI divisions such as 10 with "
        "--register-db)."),
    "cli.opt.siting.register_db": (
        "URL basis data register: jumlah unit IKM per kecamatan dihitung dari register "
        "(sebagai ganti --ikm).",
        "Register database URL: count IKM units per district from the register (instead "
        "of --ikm)."),
    "cli.opt.siting.register_year": ("Tahun data register (bawaan: yang terbaru).",
                                     "Year of the register data (default: the latest)."),
    "cli.opt.siting.data": (
        "CSV data kecamatan: district_code + kolom angka (population, area_km2, "
        "raw_material, ...).",
        "District data CSV: district_code + numeric columns (population, area_km2, "
        "raw_material, ...)."),
    "cli.opt.siting.zone": (
        "Poligon GeoJSON kawasan peruntukan industri (KPI) dalam rencana tata ruang (RTRW).",
        "GeoJSON polygons of the zones for industry (KPI) of the spatial plan (RTRW)."),
    "cli.opt.siting.hazard": (
        "Lapisan bahaya NAMA=GEOJSON (boleh diulang), mis. banjir=flood.geojson.",
        "Hazard layer NAME=GEOJSON (repeat), e.g. banjir=flood.geojson."),
    "cli.opt.siting.weights": (
        "CSV bobot criterion,weight (mis. priorities.csv hasil decide ahp).",
        "Weights CSV criterion,weight (e.g. priorities.csv of decide ahp)."),
    "cli.opt.siting.method": ("Metode MCDA: topsis, vikor, promethee, wsm atau wpm.",
                              "MCDA method: topsis, vikor, promethee, wsm or wpm."),
    "cli.opt.siting.allow_partial": (
        "Abaikan (dengan peringatan) kriteria yang nilainya kosong di sebagian kecamatan "
        "dan lewati baris --data/--ikm milik kecamatan yang tidak dikenal, alih-alih "
        "berhenti.",
        "Leave out (with a warning) criteria that lack values for some districts and skip "
        "--data/--ikm rows of unknown districts, instead of stopping."),
    "cli.opt.siting.lang": ("Bahasa pesan: id (bawaan) atau en.",
                            "Language of the messages: id (default) or en."),
    "cli.opt.siting.unmet": (
        "Tambah kriteria unmet_needs: kebutuhan pembeli yang terbuka tanpa pemasok lokal "
        "yang memadai per kecamatan (dengan --register-db).",
        "Add the criterion unmet_needs: buyers' open needs without an adequate local "
        "supplier per district (with --register-db)."),
}
