"""Words of ``rancang io --help`` (Indonesian, English); ``--out``, ``--lang`` and
``--quiet`` are shared (:mod:`rancang.core.cli_words`, :mod:`rancang.core.words`)."""

from __future__ import annotations

WORDS: dict[str, tuple[str, str]] = {
    "cli.help.io": (
        "Tabel input-output: pengganda, keterkaitan, sektor kunci, impor.\n\n"
        "Koefisien teknis, invers Leontief dan Ghosh, ekstraksi hipotetis. Menulis "
        "coefficients.csv, leontief.csv, multipliers.csv, linkages.csv (serta imports.csv, "
        "location_quotients.csv dan regional_coefficients.csv bila berlaku) dan satu buku "
        "kerja io.xlsx berformat ke --out.",
        "Input-output table: multipliers, linkages, key sectors, imports.\n\n"
        "Technical coefficients, Leontief and Ghosh inverses, hypothetical extraction. "
        "Writes coefficients.csv, leontief.csv, multipliers.csv, linkages.csv (plus "
        "imports.csv, location_quotients.csv and regional_coefficients.csv where they "
        "apply) and one formatted workbook, io.xlsx, into --out."),
    "cli.opt.io.table": (
        "Tabel input-output BPS (.xlsx): provinsi 17 sektor atau nasional 52/185 sektor.",
        "BPS input-output table (.xlsx): provincial 17-sector or national 52/185-sector."),
    "cli.opt.io.panel": (
        "Berkas/folder PDRB untuk --region (tata letak apa pun yang dibaca `analyze`); "
        "boleh diulang.",
        "PDRB file or folder for --region (any layout `analyze` reads); repeat."),
    "cli.opt.io.region": (
        "Kabupaten/kota tujuan regionalisasi tabel (BPS 7203 atau Kemendagri 72.06); perlu "
        "--panel.",
        "Regency/city to regionalise the table to (BPS 7203 or Kemendagri 72.06); needs "
        "--panel."),
    "cli.opt.io.method": ("Metode location quotient untuk regionalisasi: slq, cilq atau flq.",
                          "Location-quotient method of the regionalisation: slq, cilq or "
                          "flq."),
    "cli.opt.io.delta": ("Parameter delta FLQ (0 <= delta < 1).",
                         "FLQ delta parameter (0 <= delta < 1)."),
    "cli.opt.io.reference": (
        "Baris ekonomi acuan dalam panel (bawaan: baris provinsi untuk tabel provinsi, 9999 "
        "untuk tabel nasional).",
        "Reference economy row of the panel (default: the province row for a provincial "
        "table, 9999 for a national table)."),
    "cli.opt.io.year": ("Tahun PDRB untuk LQ (bawaan: tahun tabel).",
                        "PDRB year of the location quotients (default: the table's year)."),
    "cli.opt.io.mapping": (
        "CSV io_sector,pdrb_category yang memetakan sektor tabel ke kategori PDRB (wajib "
        "untuk tabel 52/185 sektor).",
        "CSV io_sector,pdrb_category mapping the table's sectors to PDRB categories "
        "(required for 52/185-sector tables)."),
    "cli.opt.io.employment": ("CSV sector,workers untuk pengganda tenaga kerja.",
                              "CSV sector,workers for the employment multipliers."),
}
