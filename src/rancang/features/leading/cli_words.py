"""Words of ``rancang analyze --help`` (Indonesian, English); the options shared with other
verbs (``--out``, ``--from``, ``--samples``...) are in :mod:`rancang.core.cli_words`."""

from __future__ import annotations

WORDS: dict[str, tuple[str, str]] = {
    "cli.help.analyze": (
        "Location quotient (SLQ, DLQ), shift-share, tipologi Klassen, spesialisasi dan "
        "peringkat industri unggulan.\n\n"
        "Menulis berkas CSV dan satu buku kerja analysis.xlsx berformat ke --out.",
        "Location quotient (SLQ, DLQ), shift-share, Klassen typology, specialisation and the "
        "leading-industry ranking.\n\n"
        "Writes CSV files and one formatted workbook, analysis.xlsx, into --out."),
    "cli.opt.analyze.region": (
        "Kode wilayah yang dianalisis (BPS 7203 atau Kemendagri 72.06); boleh diulang.",
        "Code of a region to analyse (BPS 7203 or Kemendagri 72.06); repeat for several."),
    "cli.opt.analyze.all_regions": ("Analisis setiap wilayah dalam masukan.",
                                    "Analyse every region of the input."),
    "cli.opt.analyze.reference": (
        "Ekonomi acuan: satu kode dalam masukan (mis. baris provinsi 7200). Bawaan: jumlah "
        "semua wilayah dalam masukan; untuk masukan satu wilayah yang memuat blok Acuan:, "
        "baris acuan itu.",
        "Reference economy: a code of the input (e.g. the province row 7200). Default: the "
        "sum of all regions in the input; for a one-region input with an Acuan: block, that "
        "reference row."),
    "cli.opt.analyze.weight": ("Bobot peringkat NAMA=NILAI (mis. slq=0.3); boleh diulang.",
                               "Ranking weight NAME=VALUE (e.g. slq=0.3); repeat."),
    "cli.opt.analyze.bps_totals": (
        "Baris BPS yang jumlah kategorinya tidak sama dengan total yang diterbitkan (titik "
        "desimal hilang): repair (bawaan: terapkan satu koreksi yang mencocokkan baris itu, setiap "
        "perbaikan dicantumkan), warn (dianalisis sebagaimana diterbitkan) atau stop (berhenti).",
        "BPS rows whose categories miss the published total (a lost decimal point): repair "
        "(default: apply the one correction that reconciles the row, list every repair), "
        "warn (analyse as published) or stop."),
    "cli.opt.analyze.quadrant_convention": (
        "Kasus campuran SLQ x DLQ: 'base-first' (SLQ > 1, DLQ <= 1 = andalan) atau "
        "'growth-first' (SLQ <= 1, DLQ > 1 = andalan); dicatat di buku kerja.",
        "SLQ x DLQ mixed cases: 'base-first' (SLQ > 1, DLQ <= 1 = mainstay) or "
        "'growth-first' (SLQ <= 1, DLQ > 1 = mainstay); recorded in the workbook."),
    "cli.opt.analyze.missing": (
        "Sel yang tidak ada di tabel panjang: 'refuse' (bawaan, ditolak) atau 'zero' "
        "(dianggap nol; jumlahnya disebutkan). Ekspor PDRB BPS selalu menolak sel kosong.",
        "Cells a tidy long table leaves out: 'refuse' (default) or 'zero' (absent = 0, the "
        "number filled is said). BPS PDRB exports always refuse empty cells."),
    "cli.opt.analyze.csv_locale": (
        "Berkas CSV: 'en' (koma dan titik desimal) atau 'id' (titik koma dan koma desimal, "
        "untuk Excel berbahasa Indonesia).",
        "CSV files: 'en' (comma and decimal point) or 'id' (semicolon and decimal comma, "
        "for Excel in Indonesian)."),
}
