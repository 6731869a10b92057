"""Words of ``--help`` for the core's verbs (``demo``, ``serve``) and for the options that
mean the same in every verb (``cli.opt.<name>``: ``--out``, ``--from``, ``--to``...).

A verb's help is ``cli.help.<path>``, an option's ``cli.opt.<path>.<name>`` else the shared
``cli.opt.<name>`` (see :mod:`rancang.cli.help`). A feature's verbs have their words in the
feature's own ``cli_words.py``; the root, ``version``, ``--lang``, ``--database-url`` and
``--quiet`` are in :mod:`rancang.core.words`.
"""

from __future__ import annotations

#: the seed of generated demo data (``demo`` and ``registry demo``)
SYNTHETIC_SEED = ("Benih acak data sintetis (benih yang sama menghasilkan data yang sama).",
                  "Random seed of the synthetic data (the same seed gives the same data).")

WORDS: dict[str, tuple[str, str]] = {
    # options shared by several verbs, with one meaning everywhere
    "cli.opt.out": ("Folder hasil.", "Output folder."),
    "cli.opt.start": ("Tahun pertama periode.", "First year of the period."),
    "cli.opt.end": ("Tahun terakhir periode.", "Last year of the period."),
    "cli.opt.region": ("Kode wilayah (BPS 7203 atau Kemendagri 72.06).",
                       "Region code (BPS 7203 or Kemendagri 72.06)."),
    "cli.opt.inputs": (
        "Berkas atau folder PDRB: ekspor PDRB BPS (satu berkas per tahun), tabel Dalam "
        "Angka, atau tabel panjang CSV/XLSX (region_code, industry_code, year, value). Tata "
        "letaknya dikenali otomatis.",
        "PDRB files or folders: BPS PDRB export (one file per year), Dalam Angka table, or "
        "tidy long CSV/XLSX (region_code, industry_code, year, value). The layout is "
        "detected."),
    "cli.opt.seed": ("Benih acak (benih yang sama memberi hasil yang sama).",
                     "Random seed (the same seed gives the same result)."),
    "cli.opt.samples": ("Jumlah sampel bobot acak untuk rentang peringkat (uji ketahanan).",
                        "Number of random weight samples for the rank intervals (robustness "
                        "check)."),
    "cli.opt.actor": ("Nama petugas yang dicatat di log audit.",
                      "Officer's name recorded in the audit log."),
    # rancang demo
    "cli.help.demo": (
        "Buat provinsi sintetis (diberi label jelas) lalu jalankan analisis lengkap "
        "padanya.\n\n"
        "Menulis masukan sintetis sebagai CSV panjang (`input/pdrb_demo_sintetis.csv`, yang "
        "dapat dibaca `rancang analyze`) dan hasil analisisnya ke `analysis/`, keduanya di "
        "dalam --out. Dengan --serve, data demo setiap fitur dimuat ke basis data lalu "
        "aplikasi web dijalankan.",
        "Generate a synthetic province (clearly labelled) and run the full analysis on it.\n\n"
        "Writes the synthetic input as a tidy long CSV (`input/pdrb_demo_sintetis.csv`, which "
        "`rancang analyze` reads) and its analysis into `analysis/`, both inside --out. With "
        "--serve, every feature's demo data is loaded into a database and the web "
        "application starts."),
    "cli.opt.demo.seed": SYNTHETIC_SEED,
    "cli.opt.demo.serve": (
        "Sesudahnya muat demo ke basis data (RANCANG_DATABASE_URL, atau berkas SQLite di "
        "--out) lalu jalankan aplikasi web.",
        "Then load the demo into a database (RANCANG_DATABASE_URL, else an SQLite file in "
        "--out) and start the web application."),
    "cli.opt.demo.host": ("Dengan --serve: alamat yang didengarkan.",
                          "With --serve: address to listen on."),
    "cli.opt.demo.port": ("Dengan --serve: nomor port.", "With --serve: port number."),
    "cli.opt.demo.bps_dir": ("Dengan --serve: muat juga folder PDRB BPS ini.",
                             "With --serve: also load this folder of BPS PDRB tables."),
    # rancang serve
    "cli.help.serve": (
        "Jalankan aplikasi web; basis data yang masih kosong lebih dulu diberi skema "
        "(Alembic).",
        "Start the web application; an empty database gets its schema first (Alembic)."),
    "cli.opt.serve.host": ("Alamat yang didengarkan.", "Address to listen on."),
    "cli.opt.serve.port": ("Nomor port.", "Port number."),
    "cli.opt.serve.workers": ("Jumlah proses pekerja (worker).", "Number of worker processes."),
    "cli.opt.serve.forwarded_allow_ips": (
        "Alamat proksi yang tajuk X-Forwarded-For/-Proto miliknya dipercaya (pisahkan "
        "dengan koma); bawaan kosong: alamat klien adalah alamat koneksinya.",
        "Addresses of the proxies whose X-Forwarded-For/-Proto headers are trusted "
        "(comma-separated); default none: the client address is the connection's."),
}
