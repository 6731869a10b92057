"""The words of ``rancang plan --help`` (Indonesian, English)."""

from __future__ import annotations

WORDS: dict[str, tuple[str, str]] = {
    "cli.help.plan": (
        "Rencana pembangunan industri (RPIK/RPIP): susun, sunting, versi, ekspor.",
        "The industrial development plan (RPIK/RPIP): draft, edit, version, export."),
    "cli.help.plan.create": (
        "Buat rencana baru (draf) dan cetak ID-nya; rencana kedua untuk wilayah dan "
        "periode yang sama ditolak kecuali dengan --allow-duplicate.",
        "Create a new plan (a draft) and print its ID; a second plan for the same region "
        "and period is refused unless --allow-duplicate."),
    "cli.opt.plan.create.allow_duplicate": (
        "Tetap buat rencana walau basis data sudah memuat rencana wilayah dan periode "
        "yang sama (bawaan: ditolak, tanpa membuat apa pun).",
        "Create the plan even when the database already holds a plan of the same "
        "region and period (default: refused, nothing created)."),
    "cli.opt.plan.create.name": (
        "Nama wilayah.",
        "Name of the region."),
    "cli.opt.plan.create.outline_file": (
        "Kerangka TOML milik daerah (bawaan: templat RPIK/RPIP).",
        "The region's own TOML outline (default: the RPIK/RPIP template)."),
    "cli.help.plan.diff": (
        "Bandingkan dua versi, per bagian: teks dan sel tabel.",
        "Compare two versions, section by section: text and table cells."),
    "cli.opt.plan.diff.old": (
        "Versi lama (v0.1).",
        "Older version (v0.1)."),
    "cli.opt.plan.diff.new": (
        "Versi baru (v0.2, atau current).",
        "Newer version (v0.2, or current)."),
    "cli.help.plan.draft": (
        "Susun draf rencana dari data: setiap bab diisi dari analisis.",
        "Draft the plan from the data: every chapter filled from the analyses."),
    "cli.opt.plan.draft.name": (
        "Nama wilayah.",
        "Name of the region."),
    "cli.opt.plan.draft.pdf": (
        "Tulis juga PDF.",
        "Write a PDF too."),
    "cli.opt.plan.draft.save": (
        "Simpan rencana di basis data dan cetak ID-nya.",
        "Store the plan in the database and print its ID."),
    "cli.opt.plan.draft.allow_duplicate": (
        "Tetap buat rencana walau basis data sudah memuat rencana wilayah dan periode "
        "yang sama (bawaan: ditolak, tanpa membuat apa pun).",
        "Create the plan even when the database already holds a plan of the same "
        "region and period (default: refused, nothing created)."),
    "cli.opt.plan.draft.target_share": (
        "Sasaran pangsa industri pengolahan dalam PDRB pada akhir periode, %.",
        "Target share of manufacturing in the PDRB at the end of the period, %."),
    "cli.opt.plan.draft.reference": (
        "Ekonomi acuan (bawaan: provinsi untuk kabupaten, nasional untuk provinsi).",
        "Reference economy (default: the province for a regency, the nation for a province)."),
    "cli.opt.plan.draft.register_db": (
        "URL basis data register industri (agregat yang boleh dipublikasikan untuk bab kondisi "
        "industri).",
        "Database URL of the industry register (its publishable aggregates fill the chapter on "
        "industry today)."),
    "cli.opt.plan.draft.io": (
        "Tabel input-output BPS (.xlsx) untuk bab keterkaitan antarsektor.",
        "BPS input-output table (.xlsx) for the chapter on inter-industry linkages."),
    "cli.opt.plan.regenerate.io": (
        "Tabel input-output BPS (.xlsx) untuk bab keterkaitan antarsektor (berikan lagi "
        "agar bab itu tetap ada).",
        "BPS input-output table (.xlsx) for the chapter on inter-industry linkages (give it "
        "again to keep that chapter)."),
    "cli.opt.plan.draft.weights": (
        "priorities.csv dari decide ahp (criterion,weight): bobot peringkat industri unggulan.",
        "priorities.csv of decide ahp (criterion,weight): weights of the leading-industry "
        "ranking."),
    "cli.opt.plan.draft.sites": (
        "sites.csv dari rancang siting: calon sentra IKM dalam tabel dan peta.",
        "sites.csv of rancang siting: candidate IKM centres in a table and a map."),
    "cli.opt.plan.regenerate.weights": (
        "priorities.csv dari decide ahp (criterion,weight): bobot peringkat industri unggulan.",
        "priorities.csv of decide ahp (criterion,weight): weights of the leading-industry "
        "ranking."),
    "cli.opt.plan.regenerate.sites": (
        "sites.csv dari rancang siting: calon sentra IKM dalam tabel dan peta.",
        "sites.csv of rancang siting: candidate IKM centres in a table and a map."),
    "cli.help.plan.actions": (
        "Cetak atau tulis strategi, program dan rencana aksi rencana (CSV/XLSX).",
        "Print or write the plan's strategies, programmes and actions (CSV/XLSX)."),
    "cli.opt.plan.actions.out": (
        "Tulis rencana aksi ke berkas .csv atau .xlsx (bawaan: CSV ke layar).",
        "Write the action plan to a .csv or .xlsx file (default: CSV to the screen)."),
    "cli.help.plan.actions-import": (
        "Impor rencana aksi dari CSV/XLSX: semua baris diperiksa dulu, atau tidak ada yang "
        "berubah.",
        "Import the action plan from CSV/XLSX: every row is checked first, or nothing "
        "changes."),
    "cli.opt.plan.actions-import.file": (
        "Berkas rencana aksi .csv atau .xlsx (kolom seperti keluaran plan actions).",
        "Action-plan file, .csv or .xlsx (the columns of plan actions)."),
    "cli.opt.plan.actions-import.replace": (
        "Berkas menjadi seluruh matriks: aksi yang tidak ada di berkas dihapus.",
        "The file is the whole matrix: actions not in it are removed."),
    "cli.opt.plan.draft.kbli_reference": (
        "Tabel acuan kbli,workers,output_value untuk LQ golongan pokok KBLI dari register "
        "(bawaan: register provinsi).",
        "Reference table kbli,workers,output_value for the LQ of KBLI divisions from the "
        "register (default: the province's register)."),
    "cli.opt.plan.regenerate.kbli_reference": (
        "Tabel acuan kbli,workers,output_value untuk LQ golongan pokok KBLI dari register "
        "(bawaan: register provinsi).",
        "Reference table kbli,workers,output_value for the LQ of KBLI divisions from the "
        "register (default: the province's register)."),
    "cli.opt.plan.draft.manufacturing": (
        "Tabel PDRB BPS dengan 16 subkategori industri pengolahan (tata letak Dalam Angka): "
        "peringkat subkategori.",
        "BPS PDRB table with the 16 manufacturing subcategories (Dalam Angka layout): the "
        "ranking of subcategories."),
    "cli.opt.plan.regenerate.manufacturing": (
        "Tabel PDRB BPS dengan 16 subkategori industri pengolahan (tata letak Dalam Angka): "
        "peringkat subkategori.",
        "BPS PDRB table with the 16 manufacturing subcategories (Dalam Angka layout): the "
        "ranking of subcategories."),
    "cli.help.plan.edit": (
        "Tulis teks (Markdown) sebuah bagian; tabel yang dihasilkan tetap.",
        "Write a section's text (Markdown); its generated tables stay."),
    "cli.opt.plan.edit.section": (
        "Kunci bagian (kondisi.perekonomian).",
        "Section key (kondisi.perekonomian)."),
    "cli.opt.plan.edit.file": (
        "Teks Markdown dari berkas ini.",
        "Markdown text from this file."),
    "cli.opt.plan.edit.text_": (
        "Teks Markdown.",
        "Markdown text."),
    "cli.opt.plan.edit.clear": (
        "Hapus teks tim; kembali ke teks yang dihasilkan.",
        "Remove the team's text; back to the generated text."),
    "cli.help.plan.export": (
        "Tulis rencana (atau versinya) sebagai DOCX, PDF dan tabel data.",
        "Write the plan (or one of its versions) as DOCX, PDF and data tables."),
    "cli.opt.plan.export.version": (
        "Versi (bawaan: draf terkini).",
        "Version (default: the current draft)."),
    "cli.opt.plan.export.pdf": (
        "Tulis juga PDF (ke folder).",
        "Write a PDF too (into the folder)."),
    "cli.help.plan.freeze": (
        "Bekukan rencana sebagai versi yang tidak berubah lagi.",
        "Freeze the plan as a version that no longer changes."),
    "cli.opt.plan.freeze.version": (
        "Label: v0.1, v0.2 ... final.",
        "Label: v0.1, v0.2 ... final."),
    "cli.opt.plan.freeze.note": (
        "Catatan versi.",
        "Version note."),
    "cli.help.plan.list": (
        "Daftar rencana.",
        "List the plans."),
    "cli.help.plan.outline": (
        "Cetak kerangka rencana sebagai TOML, atau ganti dengan --file.",
        "Print the plan's outline as TOML, or replace it with --file."),
    "cli.opt.plan.outline.file": (
        "Ganti kerangka dengan berkas TOML ini.",
        "Replace the outline with this TOML file."),
    "cli.help.plan.regenerate": (
        "Perbarui bagian yang dihasilkan dari data baru; teks tim penyusun tetap.",
        "Refresh the generated parts from new data; the drafting team's text stays."),
    "cli.opt.plan.regenerate.target_share": (
        "Sasaran pangsa industri pengolahan dalam PDRB pada akhir periode, %.",
        "Target share of manufacturing in the PDRB at the end of the period, %."),
    "cli.opt.plan.regenerate.reference": (
        "Ekonomi acuan (bawaan: provinsi untuk kabupaten, nasional untuk provinsi).",
        "Reference economy (default: the province for a regency, the nation for a province)."),
    "cli.opt.plan.regenerate.register_db": (
        "URL basis data register industri (agregat yang boleh dipublikasikan untuk bab kondisi "
        "industri).",
        "Database URL of the industry register (its publishable aggregates fill the chapter on "
        "industry today)."),
    "cli.help.plan.show": (
        "Tampilkan rencana: periode, tahapan, status, data dasar dan keadaan tiap bagian.",
        "Show a plan: period, stages, status, the data it rests on and the state of each section."),
    "cli.help.plan.status": (
        "Ubah status: draft -> consultation -> agreed -> adopted (Perda).",
        "Change the status: draft -> consultation -> agreed -> adopted (Perda)."),
    "cli.opt.plan.status.new": (
        "draft, consultation, agreed atau adopted.",
        "draft, consultation, agreed or adopted."),
    "cli.opt.plan.status.perda_number": (
        "Nomor Perda (untuk adopted).",
        "Number of the Perda (for adopted)."),
    "cli.opt.plan.status.perda_date": (
        "Tanggal Perda YYYY-MM-DD.",
        "Date of the Perda, YYYY-MM-DD."),
    "cli.help.plan.targets": (
        "Cetak sasaran rencana sebagai CSV (--out: CSV/XLSX), atau ganti dengan --file.",
        "Print the plan's targets as CSV (--out: CSV/XLSX), or replace them with --file."),
    "cli.opt.plan.targets.file": (
        "Ganti sasaran dengan berkas CSV atau XLSX ini.",
        "Replace the targets with this CSV or XLSX file."),
    "cli.opt.plan.targets.out": (
        "Tulis sasaran ke berkas .csv atau .xlsx (bawaan: CSV ke layar).",
        "Write the targets to a .csv or .xlsx file (default: CSV to the screen)."),
    "cli.help.plan.versions": (
        "Daftar versi rencana.",
        "List the plan's versions."),
    "cli.opt.plan_id": (
        "ID rencana.",
        "Plan ID."),
}
