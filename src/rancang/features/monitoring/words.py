"""The words of monitoring (Indonesian, English)."""

from __future__ import annotations

WORDS: dict[str, tuple[str, str]] = {
    "feature.monitoring": ("Pemantauan", "Monitoring"),
    "monitor.nav": ("Pemantauan", "Monitoring"),
    "perm.monitoring.read": ("membaca pemantauan wilayah", "read a region's monitoring"),
    "perm.monitoring.write": ("mengisi realisasi", "enter realisations"),
    "perm.monitoring.verify": ("memverifikasi realisasi", "verify realisations"),
    # messages
    "monitor.from_programmes": (
        "{programmes} program terkonfirmasi: {created} indikator keluaran baru, {years} target "
        "tahunan diisi dari daftar program.",
        "{programmes} confirmed programmes: {created} new output indicators, {years} yearly "
        "targets set from the programme lists."),
    "monitor.added": ("Indikator {id} ({code}) ditambahkan.",
                      "Indicator {id} ({code}) added."),
    "monitor.proposed": ("{n} usulan realisasi dari data disimpan; konfirmasi sebelum "
                         "dihitung.",
                         "{n} realisations proposed from the data; confirm them before "
                         "they count."),
    "monitor.confirmed": ("Realisasi {id} dikonfirmasi oleh {who}.",
                          "Realisation {id} confirmed by {who}."),
    "monitor.verified": ("Realisasi {id} diverifikasi oleh {who}.",
                         "Realisation {id} verified by {who}."),
    "monitor.imported": ("{rows} baris dibaca: {created} realisasi baru, {changed} diubah.",
                         "{rows} rows read: {created} new realisations, {changed} changed."),
    "monitor.target_set": ("Target indikator {id} tahun {year} diubah.",
                           "Target of indicator {id} for {year} changed."),
    "monitor.written": ("Ditulis: {path}", "Written: {path}"),
    "monitor.bad_direction": ("arah '{direction}' tidak dikenal (up atau down)",
                              "unknown direction '{direction}' (up or down)"),
    "monitor.bad_link": ("tautan bukti '{link}' harus diawali http:// atau https://",
                         "the evidence link '{link}' must start with http:// or https://"),
    "monitor.bad_number": ("'{value}' bukan angka", "'{value}' is not a number"),
    "monitor.bad_period": ("periode '{period}' tidak dikenal (contoh: 2026, 2026-S1, "
                           "2026-Q3)",
                           "unknown period '{period}' (e.g. 2026, 2026-S1, 2026-Q3)"),
    "monitor.bad_target_key": ("sasaran '{key}' tidak ada dalam rencana",
                               "the plan has no target '{key}'"),
    "monitor.bad_thresholds": ("ambang tidak sah: hijau {green}, kuning {yellow} (harus 0 "
                               "<= kuning <= hijau)",
                               "invalid thresholds: green {green}, yellow {yellow} (need 0 "
                               "<= yellow <= green)"),
    "monitor.bad_year": ("tahun {year} di luar rentang", "year {year} out of range"),
    "monitor.duplicate_code": ("kode indikator '{code}' sudah ada pada rencana ini",
                               "indicator code '{code}' already exists in this plan"),
    "monitor.empty_evidence": ("berkas bukti kosong", "the evidence file is empty"),
    "monitor.evidence_too_large": ("berkas bukti lebih dari {mb} MB",
                                   "the evidence file is larger than {mb} MB"),
    "monitor.import_column": ("kolom '{column}' tidak ada", "column '{column}' is missing"),
    "monitor.import_empty": ("berkas tidak berisi baris", "the file holds no rows"),
    "monitor.import_twice": ("indikator, wilayah dan periode yang sama sudah ada di baris "
                             "{row}",
                             "the same indicator, region and period is already in row "
                             "{row}"),
    "monitor.indicator_not_found": ("Indikator {id} tidak ditemukan.",
                                    "Indicator {id} not found."),
    "monitor.realisation_not_found": ("Realisasi {id} tidak ditemukan.",
                                      "Realisation {id} not found."),
    "monitor.region_not_found": ("Wilayah {region} tidak dipantau.",
                                 "Region {region} is not monitored."),
    "monitor.region_forbidden": ("Anda tidak boleh mengisi realisasi wilayah {region}",
                                 "you may not enter realisations for region {region}"),
    "monitor.region_or_province": ("berikan --region atau --province (salah satu)",
                                   "give --region or --province (one of them)"),
    "monitor.region_outside": ("wilayah {region} di luar wilayah rencana indikator "
                               "{indicator} ({plan_region})",
                               "region {region} lies outside the plan region of indicator "
                               "{indicator} ({plan_region})"),
    "monitor.required": ("'{column}' wajib diisi", "'{column}' is required"),
    "monitor.unknown_indicator": ("indikator '{code}' tidak dikenal untuk wilayah {region}",
                                  "no indicator '{code}' for region {region}"),
    "monitor.verify_no_evidence": ("realisasi {id} tanpa bukti tidak dapat diverifikasi",
                                   "realisation {id} has no evidence and cannot be "
                                   "verified"),
    "monitor.verify_proposed": ("realisasi {id} masih usulan: konfirmasi dulu",
                                "realisation {id} is still a proposal: confirm it first"),
    "monitor.verify_self": ("{who} menginput atau mengubah realisasi {id}; verifikasi oleh "
                            "orang lain",
                            "{who} entered or changed realisation {id}; another person "
                            "must verify it"),
    # sources of values
    "monitor.src.dataset": ("Dataset BPS '{name}' (dataset {id}) {synthetic}",
                            "BPS dataset '{name}' (dataset {id}) {synthetic}"),
    "monitor.src.register": ("Register IKM: {n} catatan terverifikasi, tahun {year}",
                             "IKM register: {n} verified records, year {year}"),
    "monitor.src.file": ("berkas {name}", "file {name}"),
    "monitor.src.form": ("formulir", "form"),
    "monitor.synthetic": ("(data sintetis)", "(synthetic data)"),
    # values shown
    "monitor.light.green": ("hijau", "green"),
    "monitor.light.yellow": ("kuning", "yellow"),
    "monitor.light.red": ("merah", "red"),
    "monitor.light.none": ("belum ada", "none yet"),
    "monitor.status.proposed": ("usulan", "proposed"),
    "monitor.status.entered": ("diinput", "entered"),
    "monitor.status.verified": ("terverifikasi", "verified"),
    "monitor.status.missing": ("belum diisi", "not entered"),
    "monitor.direction.up": ("makin tinggi makin baik", "higher is better"),
    "monitor.direction.down": ("makin rendah makin baik", "lower is better"),
    # table columns
    "monitor.col.code": ("Kode", "Code"),
    "monitor.col.indicator": ("Indikator", "Indicator"),
    "monitor.col.unit": ("Satuan", "Unit"),
    "monitor.col.direction": ("Arah", "Direction"),
    "monitor.col.target": ("Target", "Target"),
    "monitor.col.value": ("Realisasi", "Realisation"),
    "monitor.col.period": ("Periode", "Period"),
    "monitor.axis.year": ("Tahun", "Year"),
    "monitor.axis.value": ("Nilai ({unit})", "Value ({unit})"),
    "monitor.chart_alt": ("Target dan realisasi per tahun: {indicator}",
                          "Target and realisation by year: {indicator}"),
    "monitor.col.achievement": ("Capaian (%)", "Achievement (%)"),
    "monitor.col.light": ("Status warna", "Traffic light"),
    "monitor.col.status": ("Keadaan", "State"),
    "monitor.col.source": ("Sumber", "Source"),
    "monitor.col.group": ("Kelompok", "Group"),
    "monitor.col.n": ("Jumlah indikator", "Indicators"),
    "monitor.col.obstacles": ("Kendala", "Obstacles"),
    "monitor.col.follow_up": ("Tindak lanjut", "Follow-up"),
    "monitor.col.entered_by": ("Diinput oleh", "Entered by"),
    "monitor.col.verified_by": ("Diverifikasi oleh", "Verified by"),
    "monitor.col.evidence": ("Bukti", "Evidence"),
    "monitor.col.year": ("Tahun", "Year"),
    "monitor.col.region": ("Wilayah", "Region"),
    "monitor.col.name": ("Nama", "Name"),
    "monitor.col.green": ("Hijau", "Green"),
    "monitor.col.yellow": ("Kuning", "Yellow"),
    "monitor.col.red": ("Merah", "Red"),
    "monitor.col.none": ("Belum ada", "None yet"),
    # tables and reports
    "monitor.t.indicators": ("Capaian indikator {region}, periode {period}",
                             "Achievement of the indicators of {region}, period {period}"),
    "monitor.t.targets": ("Capaian per sasaran rencana", "Achievement per target of the plan"),
    "monitor.t.groups": ("Capaian per kelompok program", "Achievement per programme group"),
    "monitor.t.notes": ("Kendala dan tindak lanjut", "Obstacles and follow-up"),
    "monitor.t.series": ("Target dan realisasi tahunan", "Yearly targets and realisations"),
    "monitor.t.regions": ("Ringkasan per kabupaten/kota", "Summary per regency/city"),
    "monitor.t.formula": ("Capaian = realisasi / target x 100 (makin tinggi makin baik); "
                          "(2 x target - realisasi) / target x 100 (makin rendah makin "
                          "baik), PermenPAN-RB 6/2022. Hijau >= {green} %, kuning >= "
                          "{yellow} %, merah di bawahnya.",
                          "Achievement = realisation / target x 100 (higher is better); "
                          "(2 x target - realisation) / target x 100 (lower is better), "
                          "PermenPAN-RB 6/2022. Green >= {green} %, yellow >= {yellow} %, "
                          "red below."),
    "monitor.r.title": ("Laporan pemantauan RPIK {region}, periode {period}",
                        "RPIK monitoring report of {region}, period {period}"),
    "monitor.r.province_title": ("Laporan Gubernur kepada Menteri Perindustrian: pemantauan "
                                 "RPIK kabupaten/kota provinsi {province}, periode {period}",
                                 "The Governor's report to the Minister of Industry: "
                                 "monitoring of the regency/city RPIKs of province "
                                 "{province}, period {period}"),
    "monitor.r.province_intro": ("Provinsi {province} memiliki {n} kabupaten/kota (referensi "
                                 "Kemendagri); {reported} di antaranya melaporkan realisasi.",
                                 "Province {province} has {n} regencies/cities (Kemendagri "
                                 "reference); {reported} of them report realisations."),
    "monitor.r.cover.no_plan": ("{n} kabupaten/kota tanpa RPIK yang berlaku: {regions}.",
                                "{n} regencies/cities without an RPIK in force: {regions}."),
    "monitor.r.cover.no_monitoring": (
        "{n} kabupaten/kota dengan RPIK tetapi tanpa indikator terpantau: {regions}.",
        "{n} regencies/cities with an RPIK but no monitored indicators: {regions}."),
    "monitor.r.cover.no_realisation": (
        "{n} kabupaten/kota tanpa realisasi untuk periode {period}: {regions}.",
        "{n} regencies/cities without any realisation for period {period}: {regions}."),
    "monitor.cover.no_plan": ("tanpa RPIK/RPIP berlaku", "no RPIK/RPIP in force"),
    "monitor.cover.no_monitoring": ("tanpa indikator terpantau", "no monitored indicators"),
    "monitor.cover.no_realisation": ("tanpa realisasi periode ini",
                                     "no realisation for the period"),
    "monitor.cover.reported": ("ada realisasi", "realisations reported"),
    "monitor.col.state": ("Keadaan", "State"),
    "monitor.col.realised": ("Terisi", "Realised"),
    "monitor.page.province": ("Kabupaten/kota provinsi {province}",
                              "Regencies/cities of province {province}"),
    "monitor.r.summary": ("{n} indikator: {green} hijau, {yellow} kuning, {red} merah, "
                          "{none} belum ada capaian.",
                          "{n} indicators: {green} green, {yellow} yellow, {red} red, "
                          "{none} without an achievement yet."),
    "monitor.r.rule": ("Realisasi dihitung setelah diinput atau dikonfirmasi; usulan dari "
                       "data belum dihitung.",
                       "A realisation counts once entered or confirmed; proposals from "
                       "the data do not count yet."),
    "monitor.r.caption": ("Tabel {n}. {title}", "Table {n}. {title}"),
}
WORDS |= {
    "monitor.page.title": ("Pemantauan sasaran", "Monitoring of the targets"),
    "monitor.page.intro": ("Capaian indikator rencana per wilayah dan periode, dengan "
                           "bukti dan verifikasi.",
                           "Achievement of the plan's indicators per region and period, "
                           "with evidence and verification."),
    "monitor.page.no_regions": ("Belum ada wilayah yang dipantau.",
                                "No region is monitored yet."),
    "monitor.page.no_indicators": ("Belum ada indikator: segarkan dari rencana.",
                                   "No indicators yet: refresh them from the plan."),
    "monitor.page.public": ("Dasbor publik (agregat)", "Public dashboard (aggregates)"),
    "monitor.page.public_note": ("Hanya nilai terverifikasi; nilai register dari kurang dari "
                                 "3 usaha tidak ditampilkan.",
                                 "Verified values only; register values from fewer than 3 "
                                 "firms are not shown."),
    "monitor.page.sync": ("Indikator dari rencana", "Indicators from a plan"),
    "monitor.page.sync_help": ("Buat atau segarkan indikator dari sasaran rencana dan "
                               "usulkan nilai dari data BPS dan register.",
                               "Create or refresh the indicators from the plan's targets and "
                               "propose values from the BPS data and the register."),
    "monitor.page.show": ("Tampilkan", "Show"),
    "monitor.page.green": ("Ambang hijau (%)", "Green threshold (%)"),
    "monitor.page.yellow": ("Ambang kuning (%)", "Yellow threshold (%)"),
    "monitor.page.report": ("Laporan", "Report"),
    "monitor.page.template": ("Lembar isian (XLSX)", "Sheet to fill (XLSX)"),
    "monitor.page.indicators": ("Indikator", "Indicators"),
    "monitor.page.verify": ("Verifikasi", "Verify"),
    "monitor.page.confirm": ("Konfirmasi usulan {value} ({period})",
                             "Confirm the proposal {value} ({period})"),
    "monitor.page.enter": ("Isi realisasi", "Enter a realisation"),
    "monitor.page.evidence_link": ("Tautan bukti", "Evidence link"),
    "monitor.page.evidence_file": ("Berkas bukti", "Evidence file"),
    "monitor.page.save": ("Simpan", "Save"),
    "monitor.page.import": ("Impor berkas CSV/XLSX", "Import a CSV/XLSX file"),
    "monitor.page.upload": ("Unggah", "Upload"),
    "monitor.page.trend": ("Tren {slope} per tahun; proyeksi {year}: {projected}.",
                           "Trend {slope} a year; projection for {year}: {projected}."),
    "monitor.page.on_track": ("Sesuai jalur target.", "On track for the target."),
    "monitor.page.off_track": ("Di bawah jalur target.", "Off track for the target."),
    "monitor.page.history": ("Riwayat perubahan", "History of changes"),
    "monitor.path.trend": ("Jalur tren (targets)", "Trend path (targets)"),
    "monitor.path.target": ("Jalur target (targets)", "Target path (targets)"),
    "monitor.action.create": ("dibuat", "created"),
    "monitor.action.update": ("diubah", "changed"),
    "monitor.action.verify": ("diverifikasi", "verified"),
    "monitor.action.confirm": ("dikonfirmasi", "confirmed"),
    "monitor.action.propose": ("diusulkan dari data", "proposed from the data"),
}
WORDS |= {
    "monitor.src.api": ("API", "API"),
    "monitor.src.demo": ("contoh sintetis", "synthetic example"),
    "monitor.ind.ikm_units": ("Jumlah unit IKM", "Number of IKM units"),
    "monitor.ind.ikm_workers": ("Tenaga kerja IKM", "IKM workers"),
    "monitor.ind.ikm_investment": ("Investasi IKM", "IKM investment"),
}
WORDS |= {
    "monitor.unit.pct_year": ("% per tahun", "% a year"),
    "monitor.unit.pct_pdrb": ("% PDRB", "% of PDRB"),
    "monitor.unit.persons": ("orang", "persons"),
    "monitor.unit.billion_rp": ("miliar rupiah", "billion rupiah"),
    "monitor.unit.rupiah": ("rupiah", "rupiah"),
    "monitor.unit.units": ("unit", "units"),
    "monitor.sheet.indicators": ("capaian", "achievement"),
    "monitor.sheet.targets": ("sasaran", "targets"),
    "monitor.sheet.groups": ("kelompok", "groups"),
    "monitor.sheet.notes": ("catatan", "notes"),
    "monitor.sheet.series": ("tahunan", "yearly"),
    "monitor.sheet.regions": ("wilayah", "regions"),
}
