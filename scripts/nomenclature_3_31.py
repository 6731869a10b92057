"""Derive the reference nomenclature of urusan 3.31 (Perindustrian) shipped as
``src/rancang/features/programmes/data/nomenklatur_3_31.csv``, and say how sure each row is.

Usage: .venv/bin/python scripts/nomenclature_3_31.py [--check]
(``--check`` compares the shipped file with what this script derives and fails on a
difference; ``tests/programmes/test_nomenclature.py`` runs it.)

The nomenclature is a fact of a government regulation: Permendagri 90/2019 (classification,
coding and nomenclature of regional development planning and finance), updated by
Kepmendagri 050-5889/2021 and later decrees (e.g. Kepmendagri 900.1-15.5-1317/2023). Its
official form is the decree's lampiran, which we could not read here. The rows below were
therefore read from public datasets in which regional governments and their suppliers keep
the nomenclature (database dumps and lists of planning, budgeting and monitoring
applications, letter templates of industry offices), described in :data:`SOURCES` by what
they are, not where they are kept. Every observation is written down as the dataset shows
it (punctuation a dump lost included); the name we ship for a code is the one of the
version in force (the newest dataset that shows it), with the punctuation the dataset's
spacing shows was lost put back.

Confidence (column ``keyakinan``):

- ``tinggi``: at least two independent datasets show the code, at least two show the
  name (compared lower case without punctuation: :func:`normalise`), and one shows both.
- ``sedang``: one dataset shows the code with this name; or the row follows the
  regulation's structure (the support programme 01, its activities and their
  sub-activities repeat under every urusan) and its name is seen, under other urusan, in
  two datasets.
- ``rendah``: anything less (none left in the file).

Column ``sumber`` lists the datasets behind the row (letters of :data:`SOURCES`);
``catatan`` says what else was seen (an earlier wording, a garbled copy). What is not
here was not found in any dataset: see ``docs/programmes.md``.
"""

from __future__ import annotations

import csv
import io
import re
import sys
from dataclasses import dataclass, field
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
OUT = REPO / "src" / "rancang" / "features" / "programmes" / "data" / "nomenklatur_3_31.csv"

#: the public datasets read, by what they are (every one of a different organisation)
SOURCES: dict[str, str] = {
    "A": "basis data aplikasi perencanaan (RPJMD/Renstra/RKPD) sebuah kabupaten di "
         "Sulawesi Tengah, 2022: program, kegiatan dan sub kegiatan kabupaten/kota",
    "B": "basis data aplikasi perencanaan sebuah provinsi, 2024: program, kegiatan "
         "provinsi dan sub kegiatan yang dipakai provinsi itu",
    "C": "basis data aplikasi e-monev sebuah kabupaten di Jawa Timur, 2022 (versi "
         "'sesudah perubahan'): urusan dan kegiatan kabupaten/kota",
    "D": "daftar kode sub kegiatan sebuah aplikasi anggaran kabupaten (nama disingkat: "
         "hanya kodenya yang dihitung)",
    "E": "templat surat tugas dinas perdagangan dan perindustrian sebuah kabupaten di "
         "Jawa Barat: program, kegiatan dan sub kegiatan tanpa kode",
    "F": "aplikasi persuratan sebuah bidang perindustrian: nama satu sub kegiatan",
    "G": "data awal (seed) nomenklatur sebuah aplikasi perencanaan: urusan dan program",
    "H": "data awal program sebuah aplikasi perencanaan daerah lain: program bidang "
         "perindustrian",
    "I": "daftar program RPJMD sebuah kabupaten 2023-2024 (JSON)",
    "J": "data awal (seeder) sub kegiatan sebuah aplikasi kabupaten/kota: sub kegiatan "
         "yang dipakai, dengan digit tingkat ditulis dua angka (3.31.03.02.01.0003)",
    "K": "peta kode sub kegiatan ke bidang sebuah aplikasi keuangan dinas kesehatan "
         "kabupaten: sub kegiatan penunjang (1.02.01.2.xx) dengan namanya",
}
#: an observation of a code without its name (an abbreviated or garbled name)
CODE_ONLY = ""
#: an observation of a name without its code
NAME_ONLY = "-"


@dataclass
class Seen:
    """What the datasets show of one code: ``{source: name}`` (``CODE_ONLY`` when only
    the code is usable), and names seen without the code."""

    code: str
    name: str
    with_code: dict[str, str] = field(default_factory=dict)
    name_only: dict[str, str] = field(default_factory=dict)
    note: str = ""
    #: the row follows the regulation's structure (support programme 01): the datasets
    #: that show its name under other urusan
    structural: str = ""


def normalise(name: str) -> str:
    """Lower case, no punctuation, single spaces (as ``nomenclature.normalise``).

    >>> normalise("Koordinasi  Sinkronisasi,  dan Pelaksanaan")
    'koordinasi sinkronisasi dan pelaksanaan'
    """
    return " ".join(re.sub(r"[^0-9a-z]+", " ", name.lower()).split())


SUPPORT = {  # the support programme's activities: the same under every urusan
    "01": "Perencanaan, Penganggaran, dan Evaluasi Kinerja Perangkat Daerah",
    "02": "Administrasi Keuangan Perangkat Daerah",
    "03": "Administrasi Barang Milik Daerah pada Perangkat Daerah",
    "04": "Administrasi Pendapatan Daerah Kewenangan Perangkat Daerah",
    "05": "Administrasi Kepegawaian Perangkat Daerah",
    "06": "Administrasi Umum Perangkat Daerah",
    "07": "Pengadaan Barang Milik Daerah Penunjang Urusan Pemerintah Daerah",
    "08": "Penyediaan Jasa Penunjang Urusan Pemerintahan Daerah",
    "09": "Pemeliharaan Barang Milik Daerah Penunjang Urusan Pemerintahan Daerah",
}
#: where each support activity's name was seen (under other urusan): C for a regency's
#: programme 01, B for the province's (3.30.01, 4.01.01, 5.02.01)
SUPPORT_SEEN = {"01": "B+C", "02": "B+C", "03": "B+C", "04": "B+C", "05": "B+C",
                "06": "B+C", "07": "B+C", "08": "B+C", "09": "B+C"}

COORD = "Koordinasi, Sinkronisasi, dan Pelaksanaan"

#: the sub-activities of the support activity 01 (planning, budgeting and performance
#: evaluation) of a regency's programme 01, the same under every urusan; their names are
#: seen under other urusan (J: 1.01, 1.02, 3.27, 3.30, 4.01, 4.02; K: 1.02)
SUPPORT_PLANNING = {
    "0001": "Penyusunan Dokumen Perencanaan Perangkat Daerah",
    "0002": "Koordinasi dan Penyusunan Dokumen RKA-SKPD",
    "0003": "Koordinasi dan Penyusunan Dokumen Perubahan RKA-SKPD",
    "0004": "Koordinasi dan Penyusunan DPA-SKPD",
    "0005": "Koordinasi dan Penyusunan Perubahan DPA-SKPD",
    "0006": "Koordinasi dan Penyusunan Laporan Capaian Kinerja dan Ikhtisar Realisasi "
            "Kinerja SKPD",
    "0007": "Evaluasi Kinerja Perangkat Daerah",
}


def observations() -> list[Seen]:
    """Every code of urusan 3.31 found, with what each dataset shows of it."""
    rows = [
        Seen("3.31", "URUSAN PEMERINTAHAN BIDANG PERINDUSTRIAN",
             {"G": "URUSAN PEMERINTAHAN BIDANG PERINDUSTRIAN",
              "C": "urusan pemerintahan bidang perindustrian"}),
        Seen("3.31.01", "PROGRAM PENUNJANG URUSAN PEMERINTAHAN DAERAH",
             note="program 01 setiap urusan; nama menurut tingkat: PROGRAM PENUNJANG "
                  "URUSAN PEMERINTAHAN DAERAH PROVINSI (B) / KABUPATEN/KOTA (C)",
             structural="B+C"),
        Seen("3.31.02", "PROGRAM PERENCANAAN DAN PEMBANGUNAN INDUSTRI",
             {"A": "PROGRAM PERENCANAAN DAN PEMBANGUNAN INDUSTRI",
              "B": "PROGRAM Perencanaan DAN PEMBANGUNAN INDUSTRI",
              "G": "PROGRAM PERENCANAAN DAN PEMBANGUNAN INDUSTRI"},
             {"E": "Program Perencanaan dan Pembangunan Industri"}),
        Seen("3.31.03", "PROGRAM PENGENDALIAN IZIN USAHA INDUSTRI",
             {"B": "PROGRAM PENGENDALIAN IZIN USAHA INDUSTRI",
              "G": "PROGRAM PENGENDALIAN IZIN USAHA INDUSTRI",
              "H": "PROGRAM PENGENDALIAN IZIN USAHA INDUSTRI",
              "A": CODE_ONLY},
             note="versi lebih awal (A): PROGRAM PENGENDALIAN IZIN USAHA INDUSTRI "
                  "KABUPATEN/KOTA"),
        Seen("3.31.04", "PROGRAM PENGELOLAAN SISTEM INFORMASI INDUSTRI NASIONAL",
             {"A": "PROGRAM PENGELOLAAN SISTEM INFORMASI INDUSTRI NASIONAL",
              "B": "PROGRAM PENGELOLAAN SISTEM INFORMASI INDUSTRI NASIONAL",
              "G": "PROGRAM PENGELOLAAN SISTEM INFORMASI INDUSTRI NASIONAL",
              "I": "PROGRAM PENGELOLAAN SISTEM INFORMASI INDUSTRI NASIONAL"}),
    ]
    for digit in ("1", "2"):
        for act, name in SUPPORT.items():
            rows.append(Seen(f"3.31.01.{digit}.{act}", name,
                             note="kegiatan penunjang yang sama di setiap urusan; nama "
                                  "terlihat pada urusan lain",
                             structural=SUPPORT_SEEN[act]))
    for sub, name in SUPPORT_PLANNING.items():
        rows.append(Seen(f"3.31.01.2.01.{sub}", name,
                         note="sub kegiatan penunjang yang sama di setiap urusan; nama "
                              "terlihat pada urusan lain",
                         structural="J+K"))
    rows += [
        # planning and development of industry (RPIP / RPIK)
        Seen("3.31.02.1.01",
             "Penyusunan, Penerapan, dan Evaluasi Rencana Pembangunan Industri Provinsi",
             {"B": "Penyusunan  Penerapan  dan Evaluasi Rencana Pembangunan Industri "
                   "Provinsi"}),
        Seen("3.31.02.2.01",
             "Penyusunan, Penerapan dan Evaluasi Rencana Pembangunan Industri Kabupaten/Kota",
             {"C": "Penyusunan, Penerapan dan Evaluasi Rencana Pembangunan Industri "
                   "Kabupaten/Kota",
              "A": CODE_ONLY},
             note="versi lebih awal (A, E): Penyusunan dan Evaluasi Rencana Pembangunan "
                  "Industri Kabupaten/Kota"),
        Seen("3.31.02.1.01.0001", "Penyusunan Rencana Pembangunan Industri Provinsi",
             {"B": "Penyusunan Rencana Pembangunan Industri Provinsi"}),
        Seen("3.31.02.1.01.0002",
             f"{COORD} Kebijakan Percepatan Pengembangan, Penyebaran dan Perwilayahan "
             "Industri",
             {"B": "Koordinasi  Sinkronisasi  dan Pelaksanaan Kebijakan Percepatan "
                   "Pengembangan  Penyebaran dan Perwilayahan Industri"}),
        Seen("3.31.02.1.01.0003", f"{COORD} Pembangunan Sumber Daya Industri",
             {"B": "Koordinasi  Sinkronisasi  dan Pelaksanaan Pembangunan Sumber Daya "
                   "Industri"}),
        Seen("3.31.02.1.01.0004", f"{COORD} Pembangunan Sarana dan Prasarana Industri",
             {"B": "Koordinasi  Sinkronisasi  dan Pelaksanaan Pembangunan Sarana dan "
                   "Prasarana Industri"}),
        Seen("3.31.02.1.01.0005",
             f"{COORD} Pemberdayaan Industri dan Peran Serta Masyarakat",
             {"B": "Koordinasi  Sinkronisasi  dan Pelaksanaan Pemberdayaan Industri dan "
                   "Peran Serta Masyarakat"}),
        Seen("3.31.02.1.01.0006", "Evaluasi terhadap Pelaksanaan Rencana Pembangunan Industri",
             {"B": "Evaluasi terhadap Pelaksanaan Rencana Pembangunan Industri"}),
        Seen("3.31.02.2.01.0001", "Penyusunan Rencana Pembangunan Industri Kabupaten/Kota",
             {"J": "Penyusunan Rencana Pembangunan Industri Kabupaten/Kota",
              "A": "Penyusunan Rencana Pembangunan Industri Kabupaten/Kota"}),
        Seen("3.31.02.2.01.0002",
             f"{COORD} Kebijakan Percepatan Pengembangan, Penyebaran dan Perwilayahan "
             "Industri",
             {"J": "Koordinasi, Sinkronisasi, dan Pelaksanaan Kebijakan Percepatan "
                   "Pengembangan, Penyebaran dan Perwilayahan Industri",
              "A": "Koordinasi, Sinkronisasi, dan Pelaksanaan Kebijakan Percepatan "
                   "Pengembangan, Penyebaran dan Perwilayahan Industri"}),
        Seen("3.31.02.2.01.0003", f"{COORD} Pembangunan Sumber Daya Industri",
             {"J": "Koordinasi, Sinkronisasi, dan Pelaksanaan Pembangunan Sumber Daya "
                   "Industri",
              "A": "Koordinasi, Sinkronisasi, dan pelaksanaan Pembangunan Sumber Daya "
                   "Industri"}),
        Seen("3.31.02.2.01.0004", f"{COORD} Pembangunan Sarana dan Prasarana Industri",
             {"J": "Koordinasi, Sinkronisasi, dan Pelaksanaan Pembangunan Sarana dan "
                   "Prasarana Industri",
              "A": "Koordinasi, Sinkronisasi, dan Pelaksanaan Pembangunan Sarana dan "
                   "Prasarana Industri",
              "D": CODE_ONLY},
             {"E": "Koordinasi, Sinkronisasi dan Pelaksanaan Pembangunan Sarana dan "
                   "Prasarana Industri"}),
        Seen("3.31.02.2.01.0005",
             f"{COORD} Pemberdayaan Industri dan Peran Serta Masyarakat",
             {"J": "Koordinasi, Sinkronisasi, dan Pelaksanaan Pemberdayaan Industri dan "
                   "Peran Serta Masyarakat",
              "A": "Koordinasi, Sinkronisasi, dan Pelaksanaan Pemberdayaan Industri dan "
                   "Peran Serta Masyarakat",
              "D": CODE_ONLY},
             {"F": "Koordinasi, Sinkronisasi, dan Pelaksanaan Pemberdayaan Industri dan "
                   "Peran Serta Masyarakat"}),
        Seen("3.31.02.2.01.0006", "Evaluasi terhadap Pelaksanaan Rencana Pembangunan Industri",
             {"A": "Evaluasi terhadap Pelaksanaan Rencana Pembangunan Industri"}),
        # control of industrial business licences
        Seen("3.31.03.1.01",
             "Penerbitan Izin Usaha Industri (IUI), Izin Perluasan Usaha Industri (IPUI), "
             "Izin Usaha Kawasan Industri (IUKI), dan Izin Perluasan Kawasan Industri "
             "(IPKI) Kewenangan Provinsi",
             {"B": "Penerbitan Izin Usaha Industri (IUI)  Izin Perluasan Usaha Industri "
                   "(IPUI)  Izin Usaha Kawasan Industri (IUKI)  dan Izin Perluasan Kawasan "
                   "Industri (IPKI) Kewenangan Provinsi"}),
        Seen("3.31.03.2.01",
             "Penerbitan Izin Usaha Industri (IUI), Izin Perluasan Usaha Industri (IPUI), "
             "Izin Usaha Kawasan Industri (IUKI) dan Izin Perluasan Kawasan Industri (IPKI) "
             "Kewenangan Kabupaten/Kota",
             {"A": "Penerbitan Izin Usaha Industri (IUI), Izin Perluasan Usaha Industri "
                   "(IPUI), Izin Usaha Kawasan Industri (IUKI) dan Izin Perluasan Kawasan "
                   "Industri (IPKI) Kewenangan Kabupaten/Kota",
              "C": CODE_ONLY},
             note="C memuat nama yang terpotong: ... (IUKI) dan IPKI Kewenangan (SIINAS)"),
        Seen("3.31.03.1.01.0003",
             "Koordinasi dan Sinkronisasi Pengawasan terhadap Perizinan Berusaha sektor "
             "perindustrian yang menjadi kewenangan Provinsi",
             {"B": "Koordinasi dan Sinkronisasi Pengawasan terhadap Perizinan Berusaha "
                   "sektor perindustrian yang menjadi kewenangan Provinsi"}),
        Seen("3.31.03.1.01.0004",
             "Fasilitasi verifikasi pemenuhan persyaratan/standar kegiatan usaha sektor "
             "perindustrian dalam rangka penerbitan perizinan berusaha berbasis risiko "
             "melalui Sistem Informasi Industri Nasional (SIINas) yang terintegrasi dengan "
             "Sistem Online Single Submission Risk Base Approach (OSS RBA)",
             {"B": "Fasilitasi verifikasi pemenuhan persyaratan/standar kegiatan usaha "
                   "sektor perindustrian dalam rangka penerbitan perizinan berusaha berbasis "
                   "risiko melalui Sistem Informasi Industri Nasional (SIINas) yang "
                   "terintegrasi dengan Sistem Online Single Submission Risk Base Approach "
                   "(OSS RBA)"}),
        Seen("3.31.03.2.01.0001",
             "Fasilitasi Pemenuhan Komitmen Perolehan IUI, IPUI, IUKI dan IPKI Kewenangan "
             "Kabupaten/Kota dalam Sistem Informasi Industri Nasional (SIINas) yang "
             "Terintegrasi dengan Sistem Pelayanan Perizinan Berusaha Terintegrasi secara "
             "Elektronik",
             {"A": "Fasilitasi Pemenuhan Komitmen perolehan IUI, IPUI, IUKI dan IPKI "
                   "Kewenangan Kabupaten/Kota dalam Sistem Informasi Industri Nasional "
                   "(SIINas) yang Terintegrasi dengan Sistem Pelayanan Perizinan Berusaha "
                   "Terintegrasi secara Elektronik"},
             note="versi 2022 (A); sesudahnya provinsi (B, 2024) memakai .0003 dan .0004, "
                  "kabupaten/kota (J) .0003"),
        Seen("3.31.03.2.01.0002",
             "Koordinasi dan Sinkronisasi Pengawasan Perizinan di Bidang Industri dalam "
             "Lingkup IUI, IPUI, IUKI dan IPKI Kewenangan Kabupaten/Kota",
             {"A": "Koordinasi dan Sinkronisasi Pengawasan Perizinan di Bidang Industri "
                   "Dalam Lingkup IUI, IPUI, IUKI dan IPKI Kewenangan Kabupaten/ Kota"}),
        Seen("3.31.03.2.01.0003",
             "Koordinasi dan Sinkronisasi Pengawasan terhadap Perizinan Berusaha sektor "
             "perindustrian yang menjadi kewenangan Kabupaten/Kota",
             {"J": "Koordinasi dan Sinkronisasi Pengawasan terhadap Perizinan Berusaha "
                   "sektor perindustrian yang menjadi kewenangan Kabupaten/Kota"},
             note="padanan kabupaten/kota dari 3.31.03.1.01.0003 (B); padanan .0004 "
                  "(verifikasi melalui SIINas dan OSS RBA) tidak ditemukan"),
        # the national industrial information system (SIINas)
        Seen("3.31.04.1.01",
             "Penyediaan Informasi Industri untuk IUI, IPUI, IUKI, dan IPKI Kewenangan "
             "Provinsi Berbasis Sistem Informasi Industri Nasional (SIINas)",
             {"B": "Penyediaan Informasi Industri untuk IUI  IPUI  IUKI  dan IPKI "
                   "Kewenangan Provinsi Berbasis Sistem Informasi Industri Nasional "
                   "(SIINas)"}),
        Seen("3.31.04.2.01",
             "Penyediaan Informasi Industri untuk Informasi Industri untuk IUI, IPUI, IUKI "
             "dan IPKI Kewenangan Kabupaten/Kota",
             {"A": "Penyediaan Informasi Industri untuk Informasi Industri untuk IUI, IPUI, "
                   "IUKI dan IPKI Kewenangan Kabupaten/Kota",
              "C": "Penyediaan Informasi Industri untuk Informasi Industri untuk IUI, IPUI, "
                   "IUKI dan IPKI Kewenangan Kabupaten/Kota"},
             note="frasa 'untuk Informasi Industri' berulang seperti pada kedua sumber"),
        Seen("3.31.04.1.01.0002",
             "Diseminasi dan Publikasi Data Informasi dan Analisis Industri Provinsi "
             "melalui SIINas",
             {"B": "Diseminasi dan Publikasi Data Informasi dan Analisis Industri Provinsi "
                   "melalui SIINas"}),
        Seen("3.31.04.1.01.0003",
             "Pemantauan dan Evaluasi Kepatuhan Perusahaan Industri dan Perusahaan Kawasan "
             "Industri Lingkup Provinsi dalam Penyampaian Data ke SIINas",
             {"B": "Pemantauan dan Evaluasi Kepatuhan Perusahaan Industri dan Perusahaan "
                   "Kawasan Industri Lingkup Provinsi dalam Penyampaian Data ke SIINas"}),
        Seen("3.31.04.2.01.0001",
             "Fasilitasi Pengumpulan, Pengolahan dan Analisis Data Industri, Data Kawasan "
             "Industri serta Data Lain Lingkup Kabupaten/Kota melalui Sistem Informasi "
             "Industri Nasional (SIINas)",
             {"A": "Fasilitasi Pengumpulan, Pengolahan dan Analisis Data Industri, Data "
                   "Kawasan Industri serta Data Lain Lingkup Kabupaten/Kota melalui Sistem "
                   "Informasi Industri Nasional (SIINas)",
              "J": "Fasilitasi Pengumpulan, Pengolahan dan Analisis Data Industri, Data "
                   "Kawasan Industri serta Data Lain Lingkup Kabupaten/Kota Melalui Sistem "
                   "Informasi Industri Nasional (SIINas)"}),
        Seen("3.31.04.2.01.0002",
             "Diseminasi, Publikasi Data Informasi dan Analisa Industri Kabupaten/Kota "
             "melalui SIINas",
             {"A": "Diseminasi, Publikasi Data Informasi dan Analisa Industri Kabupaten/Kota "
                   "melalui SIINas"}),
        Seen("3.31.04.2.01.0003",
             "Pemantauan dan Evaluasi Kepatuhan Perusahaan Industri dan Perusahaan Kawasan "
             "Industri Lingkup Kabupaten/Kota dalam Penyampaian Data ke SIINas",
             {"A": "Pemantauan dan Evaluasi Kepatuhan Perusahaan Industri dan Perusahaan "
                   "Kawasan Industri Lingkup Kabupaten/Kota dalam Penyampaian Data ke "
                   "SIINas"}),
    ]
    return rows


def kind_and_level(code: str) -> tuple[str, str]:
    """The kind of a code by its depth, and the level its level digit names.

    >>> kind_and_level("3.31"), kind_and_level("3.31.02"), kind_and_level("3.31.02.1.01")
    (('urusan', ''), ('program', ''), ('kegiatan', 'provinsi'))
    >>> kind_and_level("3.31.04.2.01.0003")
    ('subkegiatan', 'kabupaten')
    """
    parts = code.split(".")
    kind = {2: "urusan", 3: "program", 5: "kegiatan", 6: "subkegiatan"}[len(parts)]
    level = {"1": "provinsi", "2": "kabupaten"}[parts[3]] if len(parts) > 3 else ""
    return kind, level


def confidence(s: Seen) -> tuple[str, str]:
    """(keyakinan, sumber) of a row by the rule of the module's docstring."""
    named = {k for k, v in s.with_code.items() if v and normalise(v) == normalise(s.name)}
    off = {k: v for k, v in s.with_code.items() if v and k not in named}
    if off:
        raise ValueError(f"{s.code}: {sorted(off)} name it otherwise; put it in the note")
    code_sources = set(s.with_code)
    name_sources = named | {k for k, v in s.name_only.items()
                            if normalise(v) == normalise(s.name)}
    if s.structural:
        return "sedang", s.structural
    if len(code_sources) >= 2 and len(name_sources) >= 2 and named:
        level = "tinggi"
    elif named:
        level = "sedang"
    else:
        level = "rendah"
    return level, "+".join(sorted(code_sources | name_sources))


HEADER = """# Nomenklatur urusan 3.31 Perindustrian (program, kegiatan, sub kegiatan) untuk Rancang.
# Sumber: Permendagri 90/2019 tentang Klasifikasi, Kodefikasi, dan Nomenklatur Perencanaan
# Pembangunan dan Keuangan Daerah, dimutakhirkan dengan Kepmendagri 050-5889/2021 dan
# keputusan sesudahnya (mis. Kepmendagri 900.1-15.5-1317/2023); kewenangan menurut UU
# 23/2014 Lampiran I huruf I (Perindustrian). Fakta peraturan (UU 28/2014 pasal 42).
# Baris dibaca dari data publik pemerintah daerah (lampiran resmi tidak terbaca di sini),
# diturunkan oleh scripts/nomenclature_3_31.py: keyakinan tinggi = kode dan nama terlihat
# di dua sumber independen atau lebih; sedang = satu sumber, atau mengikuti struktur
# peraturan (program 01, kegiatan dan sub kegiatan penunjangnya) dengan nama terlihat di
# dua sumber pada urusan lain. sumber = huruf sumber dalam skrip. TIDAK LENGKAP (lihat
# docs/programmes.md); cocokkan dengan lampiran Kepmendagri yang berlaku sebelum dipakai
# sebagai rujukan resmi.
"""


def render() -> str:
    """The CSV as this script derives it."""
    buf = io.StringIO()
    buf.write(HEADER)
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(["kode", "jenis", "tingkat", "nomenklatur", "keyakinan", "sumber", "catatan"])
    rows = sorted(observations(), key=lambda s: [int(p) for p in s.code.split(".")])
    codes = [s.code for s in rows]
    if len(set(codes)) != len(codes):
        raise ValueError("a code twice")
    for s in rows:
        kind, level = kind_and_level(s.code)
        conf, sources = confidence(s)
        w.writerow([s.code, kind, level, s.name, conf, sources, s.note])
    return buf.getvalue()


def main(argv: list[str]) -> int:
    text = render()
    if "--check" in argv:
        shipped = OUT.read_text(encoding="utf-8")
        if shipped != text:
            print(f"{OUT.name} differs from what scripts/nomenclature_3_31.py derives",
                  file=sys.stderr)
            return 1
        print(f"{OUT.name}: {text.count(chr(10)) - HEADER.count(chr(10)) - 1} rows, as derived")
        return 0
    OUT.write_text(text, encoding="utf-8")
    print(f"wrote {OUT}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
