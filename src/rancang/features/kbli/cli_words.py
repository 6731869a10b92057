"""The words of ``rancang kbli --help`` (Indonesian, English)."""

from __future__ import annotations

WORDS: dict[str, tuple[str, str]] = {
    "cli.help.kbli": (
        "Kode KBLI 2020 untuk uraian kegiatan usaha dalam teks bebas.",
        "KBLI 2020 codes for free-text descriptions."),
    "cli.help.kbli.code": (
        "Usulkan kelompok KBLI 2020 untuk setiap baris satu kolom berkas.",
        "Suggest KBLI 2020 classes for every row of a file's column."),
    "cli.opt.kbli.code.file": (
        "CSV atau XLSX dengan kolom uraian.",
        "CSV or XLSX with a description column."),
    "cli.opt.kbli.code.column": (
        "Judul kolom yang diberi kode.",
        "Header of the column to code."),
    "cli.opt.kbli.code.top": (
        "Jumlah usulan kelompok per baris (1-10).",
        "Classes per row (1-10)."),
    "cli.opt.kbli.code.sheet": (
        "Lembar XLSX (bawaan: lembar pertama).",
        "XLSX sheet (default the first)."),
    "cli.opt.kbli.code.out": (
        "Berkas hasil: CSV, atau XLSX bila berakhiran .xlsx (kolom masukan ditambah "
        "kbli_1..kbli_N dengan judul dan skornya); sama persis dengan unduhan halaman /kbli "
        "dan API.",
        "Output file: CSV, or XLSX when it ends .xlsx (the input columns plus kbli_1..kbli_N "
        "with titles and scores); byte for byte the download of the page /kbli and the API."),
    "cli.opt.kbli.code.quiet": (
        "Tanpa kemajuan di stderr.",
        "No progress on stderr."),
    "cli.help.kbli.register": (
        "Usulkan kelompok KBLI bagi usaha register yang belum ber-KBLI, dari produknya; menulis "
        "CSV untuk ditinjau: register tidak berubah.",
        "Suggest KBLI classes for the register's firms without a KBLI code, from their product; "
        "writes a CSV to review: nothing in the register changes."),
    "cli.opt.kbli.register.top": (
        "Jumlah usulan kelompok per usaha (1-10).",
        "Classes per firm (1-10)."),
    "cli.help.kbli.suggest": (
        "Usulkan kelompok KBLI 2020 untuk satu frasa, masing-masing dengan kata yang cocok.",
        "Suggest KBLI 2020 classes for one phrase, each with the words that matched."),
    "cli.opt.kbli.suggest.phrase": (
        "Kegiatan usaha atau produk, mis. 'keripik singkong pedas balado'.",
        "A business activity or product, e.g. 'keripik singkong pedas balado'."),
    "cli.opt.kbli.suggest.top": (
        "Jumlah kelompok yang ditampilkan (1-10).",
        "Classes to show (1-10)."),
}
