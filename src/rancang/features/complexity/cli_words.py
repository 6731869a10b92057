"""Words of ``rancang complexity --help`` (Indonesian, English); the options shared with
other verbs (``--out``, ``--from``, inputs...) are in :mod:`rancang.core.cli_words`."""

from __future__ import annotations

WORDS: dict[str, tuple[str, str]] = {
    "cli.help.complexity": (
        "Kompleksitas ekonomi dan peluang diversifikasi tiap wilayah.\n\n"
        "ECI, PCI, kedekatan (proximity), kepadatan (density), COI, COG dan peluang. "
        "Menulis complexity.csv, eci.csv, pci.csv, opportunities.csv dan buku kerja "
        "complexity.xlsx ke --out.",
        "Economic complexity and diversification opportunities of each region.\n\n"
        "ECI, PCI, proximity, density, COI, COG and opportunities. Writes complexity.csv, "
        "eci.csv, pci.csv, opportunities.csv and the workbook complexity.xlsx into --out."),
    "cli.opt.complexity.threshold": (
        "Ambang RCA: lapangan usaha dianggap hadir di suatu wilayah bila RCA >= ambang.",
        "RCA threshold: an industry counts as present in a region when its RCA >= the "
        "threshold."),
    "cli.opt.complexity.weight": (
        "Bobot skor peluang NAMA=NILAI atas density, cog dan pci (mis. density=0.5); boleh "
        "diulang.",
        "Opportunity-score weight NAME=VALUE over density, cog and pci (e.g. density=0.5); "
        "repeat."),
    "cli.opt.complexity.all_years": (
        "Hitung peluang untuk setiap tahun, bukan hanya tahun terakhir.",
        "Opportunities for every year, not only the last one."),
    "cli.opt.complexity.samples": (
        "Jumlah undian (ambang RCA x bobot) untuk rentang peringkat.",
        "Number of draws (RCA threshold x weights) for the rank intervals."),
    "cli.opt.complexity.top": (
        "Hasil besar (lebih dari 1 juta sel): jumlah peluang teratas tiap wilayah di CSV dan "
        "buku kerja; matriks lengkap ditulis sebagai Parquet.",
        "Large results (over 1 million cells): how many top opportunities per region go to "
        "the CSV and the workbook; the full matrices are written as Parquet."),
    "cli.opt.complexity.missing": (
        "Sel yang tidak ada di tabel panjang: 'zero' (bawaan, dianggap nol seperti "
        "ecomplexity dan Atlas; jumlahnya disebutkan) atau 'refuse' (ditolak).",
        "Cells a tidy long table leaves out: 'zero' (default, absent = 0 as in ecomplexity "
        "and the Atlas; the number filled is said) or 'refuse'."),
}
