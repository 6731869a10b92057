"""Words of the plan feature, Indonesian and English."""

from __future__ import annotations

WORDS: dict[str, tuple[str, str]] = {
    "plan.doc.chapter": ("BAB", "CHAPTER"),
    "plan.doc.annexes": ("LAMPIRAN", "ANNEXES"),
    "plan.doc.toc": ("DAFTAR ISI", "CONTENTS"),
    "plan.doc.toc_hint": ("Klik kanan lalu pilih Perbarui bidang (Update Field) untuk "
                          "menampilkan daftar isi.",
                          "Right-click and choose Update Field to show the table of "
                          "contents."),
    "feature.plan": ("Rencana pembangunan industri (RPIK/RPIP)",
                     "Industrial development plan (RPIK/RPIP)"),
    "role.planner": ("Perencana (Bappeda)", "Planner (Bappeda)"),
    "perm.plan.read": ("Membaca rencana wilayahnya, termasuk draf",
                       "Read the plans of their region, drafts included"),
    "perm.plan.public.read": ("Membaca rencana yang sudah dikonsultasikan",
                              "Read plans in consultation or later"),
    "perm.plan.write": ("Menyusun dan menyunting rencana wilayahnya",
                        "Draft and edit the plans of their region"),
    "perm.plan.status": ("Mengubah status rencana wilayahnya",
                         "Change the status of the plans of their region"),
    # errors
    "plan.not_found": ("rencana {id} tidak ada", "plan {id} does not exist"),
    "plan.no_region": ("kode wilayah rencana kosong", "the plan's region code is empty"),
    "plan.bad_level": ("jenis rencana '{level}' tidak dikenal (rpik atau rpip)",
                       "unknown plan level '{level}' (rpik or rpip)"),
    "plan.level_region": ("{level} tidak sesuai untuk wilayah {region} (RPIP untuk provinsi, "
                          "RPIK untuk kabupaten/kota)",
                          "{level} does not suit region {region} (RPIP for a province, RPIK "
                          "for a regency or city)"),
    "plan.bad_year": ("tahun awal {year} di luar 2000-2100", "start year {year} outside 2000-2100"),
    "plan.bad_status": ("status '{status}' tidak dikenal ({known})",
                        "unknown status '{status}' ({known})"),
    "plan.bad_transition": ("status tidak dapat diubah dari \"{old}\" ke \"{new}\"",
                            "the status cannot move from '{old}' to '{new}'"),
    "plan.perda_number": ("nomor Perda wajib diisi untuk penetapan",
                          "the Perda number is required for adoption"),
    "plan.perda_date": ("tanggal Perda wajib diisi untuk penetapan (YYYY-MM-DD)",
                        "the Perda date is required for adoption (YYYY-MM-DD)"),
    "plan.adopted_frozen": ("rencana sudah ditetapkan sebagai Perda dan tidak dapat diubah",
                            "the plan is adopted as a Perda and cannot change"),
    "plan.outline.toml": ("kerangka tidak dapat dibaca sebagai TOML: {error}",
                          "the outline cannot be read as TOML: {error}"),
    "plan.outline.no_title": ("judul kosong (isi [\"judul\", \"title\"])",
                              "missing title (give [\"judul\", \"title\"])"),
    "plan.outline.no_chapters": ("kerangka tanpa bab", "the outline has no chapters"),
    "plan.outline.bad_key": ("kunci bagian '{key}' tidak sah (huruf kecil, angka, _ dan .)",
                             "section key '{key}' is not valid (lower case, digits, _ and .)"),
    "plan.outline.duplicate_key": ("kunci bagian '{key}' dipakai dua kali",
                                   "section key '{key}' is used twice"),
    "plan.outline.placeholder": ("penanda {placeholder} tidak dikenal; yang tersedia: {known}",
                                 "unknown placeholder {placeholder}; the known ones: {known}"),
    "plan.unknown_section": ("bagian '{key}' tidak ada dalam kerangka rencana ini",
                             "section '{key}' is not in this plan's outline"),
    # status names
    "plan.status.draft": ("draf", "draft"),
    "plan.status.consultation": ("dalam konsultasi", "in consultation"),
    "plan.status.agreed": ("disepakati", "agreed"),
    "plan.status.adopted": ("ditetapkan (Perda)", "adopted (Perda)"),
    "plan.level.rpik": ("Kabupaten/Kota", "Regency/City"),
    "plan.level.rpip": ("Provinsi", "Province"),
    # a plan for a region and period already in the store
    "plan.duplicate": ("sudah ada rencana {level} {region} {start}-{end} di basis data: "
                       "rencana {plans}. Rencana baru tidak dibuat. {how}",
                       "a plan {level} {region} {start}-{end} is already in the store: "
                       "plan {plans}. No new plan was created. {how}"),
    "plan.duplicate.how": ("Untuk tetap membuat rencana lain, izinkan duplikat.",
                           "To create another plan anyway, allow a duplicate."),
    "plan.duplicate.how_cli": ("Untuk tetap membuat rencana lain, ulangi dengan "
                               "--allow-duplicate.",
                               "To create another plan anyway, run again with "
                               "--allow-duplicate."),
    "plan.duplicate.how_api": ("Untuk tetap membuat rencana lain, kirim "
                               "\"allow_duplicate\": true.",
                               "To create another plan anyway, send "
                               "\"allow_duplicate\": true."),
    "plan.duplicate.how_page": ("Untuk tetap membuat rencana lain, centang \"{choice}\" "
                                "lalu kirim lagi.",
                                "To create another plan anyway, tick \"{choice}\" and send "
                                "again."),
    # the cover page of the document
    "plan.cover.title": ("RENCANA PEMBANGUNAN INDUSTRI", "INDUSTRIAL DEVELOPMENT PLAN"),
    "plan.cover.period": ("TAHUN {start}-{end}", "{start}-{end}"),
    "plan.cover.province": ("Provinsi {name}", "{name} Province"),
    "plan.cover.regency_or_city": ("Kabupaten/Kota {name}", "Regency/City of {name}"),
    "plan.cover.draft": ("RANCANGAN", "DRAFT"),
    "plan.cover.version": ("versi {version}", "version {version}"),
    "plan.cover.adopted": ("Ditetapkan dengan Peraturan Daerah Nomor {number} tanggal {date}",
                           "Adopted by Regional Regulation (Perda) No. {number} of {date}"),
    "plan.cover.office": ("PEMERINTAH {region}", "GOVERNMENT OF {region}"),
    # CLI
    "plan.created": ("Rencana {id} ({level} {region} {start}-{end}) dibuat, anchor {anchor}.",
                     "Plan {id} ({level} {region} {start}-{end}) created, anchor {anchor}."),
    "plan.status_set": ("Status rencana {id}: {status}.", "Plan {id} status: {status}."),
    "plan.outline_set": ("Kerangka rencana {id} diganti ({n} bagian).",
                         "Outline of plan {id} replaced ({n} sections)."),
    "plan.none": ("Belum ada rencana.", "No plans yet."),
    "plan.h.id": ("ID", "ID"),
    "plan.h.level": ("Jenis", "Level"),
    "plan.h.region": ("Wilayah", "Region"),
    "plan.h.period": ("Periode", "Period"),
    "plan.h.status": ("Status", "Status"),
    "plan.h.perda": ("Perda", "Perda"),
    "plan.h.stages": ("Tahapan", "Stages"),
    "plan.h.stage": ("Tahap {n}", "Stage {n}"),
    "plan.h.sources": ("Data dasar", "Built from"),
    "plan.summary.data": ("data", "data"),
    "plan.summary.dataset": ("dataset tersimpan", "stored dataset"),
    "plan.summary.files": ("berkas", "files"),
    "plan.summary.io": ("tabel input-output", "input-output table"),
    "plan.summary.register": ("register industri", "industry register"),
    "plan.h.section": ("Bagian", "Section"),
    "plan.h.state": ("Keadaan", "State"),
    "plan.state.empty": ("belum diisi", "empty"),
    "plan.state.generated": ("dihasilkan", "generated"),
    "plan.state.edited": ("disunting", "edited"),
    "plan.state.to_review": ("perlu ditinjau", "to review"),
    # targets
    "plan.target.indicator": ("indikator '{indicator}' tidak dikenal; yang tersedia: {known}",
                              "unknown indicator '{indicator}'; the known ones: {known}"),
    "plan.target.key": ("kunci sasaran kosong", "the target's key is empty"),
    "plan.target.duplicate": ("kunci sasaran '{key}' dipakai dua kali",
                              "target key '{key}' is used twice"),
    "plan.target.unit": ("sasaran '{label}' tanpa satuan", "target '{label}' has no unit"),
    "plan.target.direction": ("arah '{direction}' tidak dikenal (naik/up atau turun/down)",
                              "unknown direction '{direction}' (up/naik or down/turun)"),
    "plan.target.number": ("'{value}' bukan angka", "'{value}' is not a number"),
    "plan.target.column": ("kolom wajib tidak ada", "a required column is missing"),
    "plan.target.yearly_year": ("kolom '{year}' bukan tahun", "column '{year}' is not a year"),
    "plan.target.yearly_period": ("tahun {year} di luar periode rencana {start}-{end}",
                                  "year {year} is outside the plan's period {start}-{end}"),
    "plan.target.yearly_stage": (
        "nilai tahun {year} ({value}) berbeda dengan nilai tahap {stage} ({stage_value}) "
        "yang berakhir pada tahun itu",
        "the value for {year} ({value}) differs from the value of stage {stage} "
        "({stage_value}), which ends that year"),
    "plan.target.sheet": ("Sasaran", "Targets"),
    "plan.target.help_sheet": ("Indikator", "Indicators"),
    "plan.target.col.key": ("Kunci", "Key"),
    "plan.target.col.indicator": ("Kode indikator", "Indicator code"),
    "plan.target.col.label": ("Indikator", "Indicator"),
    "plan.target.col.unit": ("Satuan", "Unit"),
    "plan.target.col.direction": ("Arah", "Direction"),
    "plan.target.col.baseline_year": ("Tahun dasar", "Baseline year"),
    "plan.target.col.baseline_value": ("Nilai dasar", "Baseline value"),
    "plan.target.col.baseline_source": ("Sumber nilai dasar", "Baseline source"),
    "plan.target.col.stage_1": ("Tahap 1", "Stage 1"),
    "plan.target.col.stage_2": ("Tahap 2", "Stage 2"),
    "plan.target.col.stage_3": ("Tahap 3", "Stage 3"),
    "plan.target.col.stage_4": ("Tahap 4", "Stage 4"),
    "plan.target.format": ("berkas sasaran harus .csv atau .xlsx",
                           "a targets file must be .csv or .xlsx"),
    "plan.tbl.targets_yearly": ("Sasaran per tahun", "Targets per year"),
    "plan.src.targets_yearly": (
        "Sumber: nilai tahunan yang ditetapkan tim penyusun; nilai pada tahun akhir setiap "
        "tahap sama dengan nilai tahap",
        "Source: yearly values set by the drafting team; the value in the last year of each "
        "stage equals the stage's value"),
    "plan.ripin.none": ("tidak ada tonggak nasional", "no national milestone"),
    "plan.targets_set": ("{n} sasaran disimpan untuk rencana {id}.",
                         "{n} targets saved for plan {id}."),
    "plan.ind.industry_growth": ("Pertumbuhan industri pengolahan",
                                 "Growth of manufacturing"),
    "plan.ind.industry_share": ("Kontribusi industri pengolahan terhadap PDRB",
                                "Manufacturing share of PDRB"),
    "plan.ind.export_share": ("Ekspor produk industri terhadap total ekspor",
                              "Industrial exports / all exports"),
    "plan.ind.industry_jobs": ("Tenaga kerja sektor industri", "Industrial employment"),
    "plan.ind.industry_jobs_share": ("Pangsa tenaga kerja industri terhadap total",
                                     "Industrial share of employment"),
    "plan.ind.imported_inputs": ("Bahan baku impor terhadap nilai tambah industri",
                                 "Imported raw materials / industrial value added"),
    "plan.ind.investment": ("Nilai investasi industri (PMA/PMDN)",
                            "Industrial investment (foreign/domestic)"),
    "plan.ind.ikm_contribution": ("Kontribusi IKM terhadap nilai tambah industri",
                                  "Small and medium industry share of value added"),
    "plan.ind.outside_java": ("Nilai tambah industri di luar Jawa",
                              "Industrial value added outside Java"),
    "plan.ind.concentration": ("Konsentrasi industri antar-kabupaten/kota (indeks Herfindahl)",
                               "Concentration of industry across regencies (Herfindahl index)"),
    "plan.ind.custom": ("Indikator daerah", "Regional indicator"),
    "plan.src.value_added": ("{data}: PDRB industri pengolahan (kategori C) {year}",
                             "{data}: PDRB of manufacturing (category C) {year}"),
    "plan.src.concentration": ("{data}: indeks Herfindahl-Hirschman industri pengolahan "
                               "antar {n} kabupaten/kota, {year}",
                               "{data}: Herfindahl-Hirschman index of manufacturing across "
                               "{n} regencies and cities, {year}"),
    # document
    "plan.chapter": ("BAB {n}", "CHAPTER {n}"),
    "plan.annex": ("LAMPIRAN", "ANNEXES"),
    "plan.generated_mark": ("[Teks otomatis dari data: mohon ditinjau tim penyusun]",
                            "[Text generated from the data: for the team to revise]"),
    "plan.to_write": ("[Diisi tim penyusun]", "[To be written by the team]"),
    "plan.src.line": ("Sumber: {data}, {start}-{end}; {method}",
                      "Source: {data}, {start}-{end}; {method}"),
    "plan.src.targets": ("rancang targets ({data}, {start}-{end})",
                         "rancang targets ({data}, {start}-{end})"),
    "plan.src.targets_table": ("Sumber: kondisi awal dari data PDRB (rancang targets); nilai "
                               "tahap pada jalur sasaran, untuk ditetapkan tim penyusun",
                               "Source: baselines from the PDRB data (rancang targets); stage "
                               "values on the target path, for the team to set"),
    "plan.src.ripin": ("Sumber: PP 14/2015 (RIPIN 2015-2035), tonggak terakhir sebelum akhir "
                       "tahap; pertumbuhan yang diperlukan dari rancang targets",
                       "Source: PP 14/2015 (RIPIN 2015-2035), the last milestone before the "
                       "stage ends; required growth from rancang targets"),
    "plan.method.structure": ("struktur dan laju pertumbuhan rata-rata (CAGR)",
                              "structure and compound annual growth (CAGR)"),
    "plan.method.lq": ("Location Quotient statis dan dinamis, acuan {reference}",
                       "static and dynamic location quotient, reference {reference}"),
    "plan.method.shift_share": ("shift-share klasik, acuan {reference}",
                                "classic shift-share, reference {reference}"),
    "plan.method.klassen": ("tipologi Klassen, acuan {reference}",
                            "Klassen typology, reference {reference}"),
    "plan.method.ranking": ("skor gabungan dengan bobot {weights}; rentang peringkat dari "
                            "sampel bobot", "composite score with weights {weights}; rank "
                            "range from sampled weights"),
    "plan.tbl.targets": ("Sasaran pembangunan industri per tahap",
                         "Industrial development targets by stage"),
    "plan.tbl.ripin": ("Keselarasan sasaran dengan RIPIN dan pertumbuhan yang diperlukan",
                       "Targets beside RIPIN and the growth they require"),
    "plan.tbl.sources": ("Berkas data", "Data files"),
    "plan.tbl.structure": ("Struktur PDRB menurut lapangan usaha, {year}",
                           "PDRB by industry, {year}"),
    "plan.tbl.lq": ("SLQ, DLQ dan kuadran lapangan usaha", "SLQ, DLQ and quadrants"),
    "plan.tbl.shift_share": ("Analisis shift-share", "Shift-share analysis"),
    "plan.tbl.klassen": ("Tipologi Klassen", "Klassen typology"),
    "plan.tbl.ranking": ("Peringkat industri unggulan", "Ranking of leading industries"),
    "plan.col.indicator": ("Indikator", "Indicator"),
    "plan.col.unit": ("Satuan", "Unit"),
    "plan.col.baseline": ("Kondisi awal", "Baseline"),
    "plan.col.baseline_year": ("Tahun", "Year"),
    "plan.col.stage": ("Tahap {n} ({end})", "Stage {n} ({end})"),
    "plan.col.target_stage": ("Sasaran (tahap)", "Target (stage)"),
    "plan.col.regional": ("Sasaran daerah", "Regional target"),
    "plan.col.ripin": ("Tonggak RIPIN", "RIPIN milestone"),
    "plan.col.ripin_year": ("Tahun RIPIN", "RIPIN year"),
    "plan.ripin_unit.percent_per_year": ("% per tahun", "% a year"),
    "plan.ripin_unit.percent_of_GDP": ("% PDB", "% of GDP"),
    "plan.ripin_unit.percent_of_all_exports": ("% total ekspor", "% of all exports"),
    "plan.ripin_unit.million_workers": ("juta orang", "million workers"),
    "plan.ripin_unit.percent_of_industrial_GDP": ("% PDB industri", "% of industrial GDP"),
    "plan.ripin_unit.percent_of_industrial_value_added": ("% nilai tambah industri",
                                                          "% of industrial value added"),
    "plan.col.ripin_unit": ("Satuan tonggak RIPIN", "Unit of the RIPIN milestone"),
    "plan.page.needs": ("perlu tumbuh {growth} %/th", "needs {growth} % a year"),
    "plan.col.required": ("Pertumbuhan diperlukan (% per tahun)",
                          "Required growth (% a year)"),
    "plan.col.source": ("Sumber", "Source"),
    "plan.col.fingerprint": ("Sidik (SHA-256) atau versi tersimpan",
                             "Fingerprint (SHA-256) or stored version"),
    "plan.col.code": ("Kode", "Code"),
    "plan.col.industry": ("Lapangan usaha", "Industry"),
    "plan.col.value": ("Nilai ({unit})", "Value ({unit})"),
    "plan.col.share": ("Pangsa (%)", "Share (%)"),
    "plan.col.growth": ("Pertumbuhan (% per tahun)", "Growth (% a year)"),
    "plan.col.quadrant": ("Kuadran", "Quadrant"),
    "plan.col.change": ("Perubahan", "Change"),
    "plan.col.ss_national": ("Pertumbuhan acuan", "Reference growth"),
    "plan.col.ss_mix": ("Bauran industri", "Industry mix"),
    "plan.col.ss_regional": ("Keunggulan kompetitif", "Competitive shift"),
    "plan.col.rank": ("Peringkat", "Rank"),
    "plan.col.score": ("Skor", "Score"),
    "plan.col.rank_range": ("Rentang peringkat", "Rank range"),
    "plan.txt.laws_local": ("Perda RTRW dan RPJPD/RPJMD daerah: [diisi tim penyusun].",
                            "The region's spatial plan and development plans: [to be "
                            "written by the team]."),
    "plan.txt.outline": ("Dokumen ini terdiri atas {chapters} bagian utama dengan {n} subbagian:",
                         "This document has {chapters} parts with {n} sections:"),
    "plan.txt.data": ("Analisis memakai data {measure} ({unit}) tahun {start}-{end} dari: "
                      "{sources}. Setiap tabel mencantumkan sumber dan metodenya; angka "
                      "dihitung oleh layanan yang sama dengan perintah rancang dan dasbor.",
                      "The analyses use {measure} ({unit}) data for {start}-{end} from: "
                      "{sources}. Each table names its source and method; the numbers come "
                      "from the same services as the rancang commands and the dashboard."),
    "plan.txt.synthetic": ("PERHATIAN: data ini SINTETIS (demo), bukan data BPS.",
                           "NOTE: this data is SYNTHETIC (demo), not BPS data."),
    "plan.txt.economy": ("Pada {year}, PDRB {region} mencapai {total} {unit}. Lapangan usaha "
                         "terbesar: {top}.",
                         "In {year} the PDRB of {region} was {total} {unit}. The largest "
                         "industries: {top}."),
    "plan.txt.manufacturing": ("Industri pengolahan menyumbang {share} % PDRB dan tumbuh "
                               "{growth} % per tahun selama {start}-{end}.",
                               "Manufacturing contributes {share} % of PDRB and grew "
                               "{growth} % a year over {start}-{end}."),
    "plan.txt.base": ("Dibandingkan {reference}, sektor basis (SLQ > 1) adalah: {basis}. "
                      "Lapangan usaha pada kuadran unggulan (SLQ > 1 dan DLQ > 1): {leading}.",
                      "Against {reference}, the base sectors (SLQ > 1) are: {basis}. "
                      "Industries in the leading quadrant (SLQ > 1 and DLQ > 1): {leading}."),
    "plan.txt.ranking": ("Tiga lapangan usaha dengan skor tertinggi (rentang peringkat): {top}.",
                         "The three industries with the highest scores (rank range): {top}."),
    "plan.txt.targets_plain": ("Pangsa industri pengolahan {share} % PDRB pada {year} "
                               "direncanakan menjadi {target} % pada {end}.",
                               "The manufacturing share of {share} % of PDRB in {year} is "
                               "planned to reach {target} % by {end}."),
    "plan.flag.after_data": ("PERHATIAN - sasaran \"{label}\": tahun dasar {year} sesudah "
                             "tahun terakhir data ({last}); periksa nilai dasarnya, "
                             "pertumbuhan yang diperlukan tidak dihitung.",
                             "CHECK - target \"{label}\": its baseline year {year} is after "
                             "the last year of the data ({last}); check its baseline, the "
                             "growth it requires is not computed."),
    "plan.flag.differs": ("PERHATIAN - sasaran \"{label}\": nilai dasar {value} ({year}) "
                          "berbeda dari data: {data} ({data_year}); periksa nilai dasarnya, "
                          "pertumbuhan yang diperlukan tidak dihitung.",
                          "CHECK - target \"{label}\": its baseline {value} ({year}) "
                          "differs from the data: {data} ({data_year}); check its baseline, "
                          "the growth it requires is not computed."),
    "plan.txt.targets": ("Pangsa industri pengolahan {share} % PDRB pada {year} direncanakan "
                         "menjadi {target} % pada {end}, yang memerlukan pertumbuhan industri "
                         "pengolahan {growth} % per tahun.",
                         "The manufacturing share of {share} % of PDRB in {year} is planned "
                         "to reach {target} % by {end}, which requires manufacturing to grow "
                         "{growth} % a year."),
    "value:lq_quadrant:unggulan": ("unggulan", "leading"),
    "value:lq_quadrant:andalan": ("andalan", "mainstay"),
    "value:lq_quadrant:prospektif": ("prospektif", "prospective"),
    "value:lq_quadrant:tertinggal": ("tertinggal", "lagging"),
    "value:klassen:maju dan tumbuh pesat": ("maju dan tumbuh pesat",
                                            "advanced and fast-growing"),
    "value:klassen:maju tapi tertekan": ("maju tapi tertekan", "advanced but stagnant"),
    "value:klassen:potensial berkembang": ("potensial berkembang", "potential to develop"),
    "value:klassen:relatif tertinggal": ("relatif tertinggal", "relatively lagging"),
    "plan.tbl.pathways": ("Pangsa industri pengolahan (% PDRB) pada akhir tiap tahap menurut "
                          "skenario", "Manufacturing share (% of PDRB) at the end of each "
                          "stage by scenario"),
    "plan.method.pathways": ("jalur tren, sasaran dan resesi; sektor lain tumbuh {growth} % "
                             "per tahun; resesi {depth} %",
                             "trend, target and recession paths; other sectors grow {growth} % "
                             "a year; recession {depth} %"),
    "plan.txt.pathways": ("Bila tren {growth} % per tahun berlanjut, pangsa industri "
                          "pengolahan menjadi {trend} % PDRB pada {year}.",
                          "If the trend of {growth} % a year continues, manufacturing will be "
                          "{trend} % of PDRB in {year}."),
    "plan.tbl.opportunities": ("Peluang diversifikasi (lapangan usaha yang belum unggul)",
                               "Diversification opportunities (industries not yet competitive)"),
    "plan.col.drivers": ("Kedekatan dengan", "Close to"),
    "plan.method.complexity": ("kompleksitas ekonomi (Hidalgo-Hausmann) atas {n} wilayah, "
                               "RCA >= {threshold}",
                               "economic complexity (Hidalgo-Hausmann) over {n} regions, "
                               "RCA >= {threshold}"),
    "plan.txt.complexity": ("Indeks kompleksitas ekonomi {region} pada {year} adalah {eci}, "
                            "peringkat {position} dari {n} wilayah dalam data. Peluang "
                            "diversifikasi teratas: {top}.",
                            "The economic complexity index of {region} in {year} is {eci}, "
                            "rank {position} of {n} regions in the data. Top diversification "
                            "opportunities: {top}."),
    "plan.written": ("Ditulis: {path}", "Written: {path}"),
    "plan.regenerated": ("Rencana {id} diperbarui dari data; {n} bagian berubah angkanya.",
                         "Plan {id} regenerated from the data; numbers changed in {n} "
                         "sections."),
    "plan.version.label": ("label versi '{label}' tidak sah (v0.1, v1.2 ... atau final)",
                           "version label '{label}' is not valid (v0.1, v1.2 ... or final)"),
    "plan.version.exists": ("versi {label} sudah ada; versi yang dibekukan tidak berubah",
                            "version {label} exists already; frozen versions never change"),
    "plan.diff.about": ("{plan} - dibuat {when}", "{plan} - written {when}"),
    "plan.version.current": ("draf kerja", "working draft"),
    "plan.version.unpublished": ("rencana {id} belum punya versi terbit",
                                 "plan {id} has no published version yet"),
    "plan.page.published": ("Anda membaca versi terbit {label} ({when}); draf kerja tim "
                            "tidak ditampilkan.",
                            "You are reading the published version {label} ({when}); the "
                            "team's working draft is not shown."),
    "plan.page.unpublished": ("Rencana ini belum punya versi terbit.",
                              "This plan has no published version yet."),
    "plan.version.not_found": ("versi {label} dari rencana {id} tidak ada",
                               "plan {id} has no version {label}"),
    "plan.version.frozen": ("Rencana {id} dibekukan sebagai {label}.",
                            "Plan {id} frozen as {label}."),
    "plan.version.none": ("Belum ada versi.", "No versions yet."),
    "plan.action.team_only": ("Rencana aksi yang sedang disusun hanya dibuka tim perencana "
                              "wilayahnya; rencana aksi yang terbit ada di dokumen versi "
                              "terbaru.",
                              "The action plan being drafted is open to the region's planning "
                              "team only; the published action plan is in the newest "
                              "version's document."),
    "plan.diff.same": ("Tidak ada perbedaan.", "No differences."),
    "plan.diff.title": ("Perbedaan {old} -> {new}", "Differences {old} -> {new}"),
    "plan.diff.added": ("bagian baru", "new section"),
    "plan.diff.removed": ("bagian dihapus", "section removed"),
    "plan.diff.changed": ("berubah", "changed"),
    "plan.diff.cells": ("Sel tabel yang berubah", "Table cells changed"),
    "plan.diff.text": ("Teks", "Text"),
    "plan.col.table": ("Tabel", "Table"),
    "plan.col.row": ("Baris", "Row"),
    "plan.col.column": ("Kolom", "Column"),
    "plan.col.old": ("Semula", "Before"),
    "plan.col.new": ("Menjadi", "After"),
    "plan.h.version": ("Versi", "Version"),
    "plan.table_caption": ("Tabel {n}. {title}", "Table {n}. {title}"),
    "plan.figure_caption": ("Gambar {n}. {title}", "Figure {n}. {title}"),
    "plan.action.required": ("kolom {column} wajib diisi", "column {column} is required"),
    "plan.action.key_form": ("kunci '{key}' hanya boleh huruf, angka, titik, garis bawah dan "
                             "tanda hubung", "key '{key}' may hold only letters, digits, "
                             "dots, underscores and hyphens"),
    "plan.action.duplicate": ("kunci {key} dipakai dua kali", "key {key} is used twice"),
    "plan.action.group": ("kelompok program '{group}' tidak dikenal; yang dikenal: {known}",
                          "unknown programme group '{group}'; known: {known}"),
    "plan.action.stage": ("tahap '{value}' tidak dikenal (1-4 atau I-IV, mis. 1-2 atau 1, 3)",
                          "unknown stage '{value}' (1-4 or I-IV, e.g. 1-2 or 1, 3)"),
    "plan.action.target": ("sasaran '{target}' tidak ada dalam rencana; yang ada: {known}",
                           "target '{target}' is not in the plan; the plan has: {known}"),
    "plan.action.strategy_title": ("strategi {key} sudah bernama lain pada baris {row}",
                                   "strategy {key} has another title in row {row}"),
    "plan.action.strategy_group": ("strategi {key} berada pada kelompok lain di baris {row}",
                                   "strategy {key} is in another group in row {row}"),
    "plan.action.programme_strategy": ("program {key} berada di bawah strategi lain pada "
                                       "baris {row}", "programme {key} is under another "
                                       "strategy in row {row}"),
    "plan.action.column": ("kolom {column} tidak ada", "column {column} is missing"),
    "plan.action.format": ("berkas rencana aksi harus .csv atau .xlsx",
                           "an action-plan file must be .csv or .xlsx"),
    "plan.group.leading": ("Pembangunan industri unggulan", "Leading industries"),
    "plan.group.zoning": ("Perwilayahan industri", "Industrial zoning"),
    "plan.group.resources": ("Pembangunan sumber daya industri", "Industrial resources"),
    "plan.group.infrastructure": ("Pembangunan sarana dan prasarana industri",
                                  "Industrial facilities and infrastructure"),
    "plan.group.empowerment": ("Pemberdayaan industri", "Industrial empowerment"),
    "plan.src.actions": ("Sumber: matriks program dan rencana aksi yang disusun tim penyusun",
                         "Source: the programme and action matrix written by the team"),
    "plan.tbl.strategies": ("Strategi pembangunan industri dan sasaran yang dilayani",
                            "Industrial development strategies and the targets they serve"),
    "plan.tbl.actions": ("Matriks program dan rencana aksi", "Programme and action matrix"),
    "plan.col.key": ("Kunci", "Key"),
    "plan.col.strategy_key": ("Kunci strategi", "Strategy key"),
    "plan.col.programme_key": ("Kunci program", "Programme key"),
    "plan.col.note": ("Catatan", "Note"),
    "plan.action.sheet": ("rencana_aksi", "action_plan"),
    "plan.action.help_sheet": ("petunjuk", "guide"),
    "plan.col.strategy": ("Strategi", "Strategy"),
    "plan.col.group": ("Kelompok program", "Programme group"),
    "plan.col.programmes": ("Jumlah program", "Programmes"),
    "plan.col.programme": ("Program", "Programme"),
    "plan.col.action": ("Rencana aksi", "Action"),
    "plan.col.stages": ("Tahap", "Stages"),
    "plan.col.lead_agency": ("Penanggung jawab", "Responsible"),
    "plan.col.related": ("Instansi terkait", "Related agencies"),
    "plan.col.targets_served": ("Sasaran", "Targets"),
    "plan.col.label": ("Nama", "Name"),
    "plan.txt.stages": ("Tahap pelaksanaan: {stages}.", "Stages: {stages}."),
    "plan.actions_set": ("Rencana aksi rencana {id}: {n} aksi, {s} strategi.",
                         "Action plan of plan {id}: {n} actions, {s} strategies."),
    "plan.page.actions": ("Strategi, program dan rencana aksi", "Strategies, programmes and "
                          "actions"),
    "plan.page.actions_help": ("Satu baris per aksi; kunci strategi dan program mengelompokkan "
                               "baris. Tahap: 1-4 (mis. 1-2). Instansi terkait dan sasaran "
                               "dipisah titik koma. Baris kosong terakhir menambah aksi.",
                               "One row per action; strategy and programme keys group the "
                               "rows. Stages: 1-4 (e.g. 1-2). Related agencies and targets "
                               "separated by semicolons. The last empty row adds an action."),
    "plan.page.remove": ("Hapus", "Remove"),
    "plan.page.no_actions": ("Belum ada rencana aksi.", "No actions yet."),
    "plan.page.save_actions": ("Simpan rencana aksi", "Save the action plan"),
    "plan.page.upload_actions": ("Unggah CSV/XLSX rencana aksi", "Upload the action plan "
                                 "CSV/XLSX"),
    "plan.weights.unknown": ("kriteria '{name}' tidak dikenal; kriteria peringkat: {known}",
                             "unknown criterion '{name}'; the ranking criteria: {known}"),
    "plan.weights.zero": ("jumlah bobot nol", "the weights add up to zero"),
    "plan.weights.value": ("bobot '{name}' harus angka 0 atau lebih, bukan {value}",
                           "the weight of '{name}' must be a number of 0 or more, not {value}"),
    "plan.sites.column": ("kolom {column} tidak ada (berkas sites.csv dari rancang siting)",
                          "column {column} is missing (the sites.csv of rancang siting)"),
    "plan.sites.number": ("'{value}' bukan angka", "'{value}' is not a number"),
    "plan.sites.range": ("{value} di luar rentang koordinat", "{value} is out of the "
                         "coordinate range"),
    "plan.sites.code": ("kode kecamatan kosong", "the district code is empty"),
    "plan.src.sites": ("Sumber: {file} (rancang siting, {n} kandidat); peringkat "
                       "multikriteria dengan rentang dari sampel bobot",
                       "Source: {file} (rancang siting, {n} candidates); multi-criteria "
                       "ranking with ranges from sampled weights"),
    "plan.tbl.sites": ("Calon lokasi sentra IKM (peringkat teratas)",
                       "Candidate sites for IKM centres (top ranks)"),
    "plan.col.district": ("Kecamatan", "District"),
    "plan.col.regency": ("Kabupaten/kota", "Regency/city"),
    "plan.col.lat": ("Lintang", "Latitude"),
    "plan.col.lng": ("Bujur", "Longitude"),
    "plan.txt.sites": ("Analisis lokasi menilai {n} kecamatan sebagai calon sentra IKM; "
                       "peringkat teratas: {top}.",
                       "The siting analysis assessed {n} districts as candidate IKM "
                       "centres; the top ranks: {top}."),
    "plan.chart.structure": ("Struktur PDRB menurut lapangan usaha, {year} (%)",
                             "PDRB by industry, {year} (%)"),
    "plan.chart.share_axis": ("Pangsa dalam PDRB (%)", "Share of PDRB (%)"),
    "plan.chart.lq": ("Kuadran SLQ x DLQ", "SLQ x DLQ quadrants"),
    "plan.chart.slq_axis": ("SLQ {year} (indeks, 1 = sama dengan acuan)",
                            "SLQ {year} (index, 1 = as the reference)"),
    "plan.chart.dlq_axis": ("DLQ {start}-{end} (indeks)", "DLQ {start}-{end} (index)"),
    "plan.chart.klassen": ("Tipologi Klassen", "Klassen typology"),
    "plan.chart.growth_gap": ("Pertumbuhan dikurangi pertumbuhan acuan (poin % per tahun)",
                              "Growth minus reference growth (percentage points a year)"),
    "plan.chart.share_gap": ("Pangsa dikurangi pangsa acuan (poin %)",
                             "Share minus reference share (percentage points)"),
    "plan.chart.ranking": ("Peringkat industri unggulan dan rentangnya",
                           "Ranking of leading industries and its range"),
    "plan.chart.rank_axis": ("Peringkat (titik) dan rentang peringkat (garis)",
                             "Rank (dot) and rank range (bar)"),
    "plan.chart.pathways": ("Jalur pangsa industri pengolahan dalam PDRB",
                            "Pathways of the manufacturing share of PDRB"),
    "plan.chart.year_axis": ("Tahun", "Year"),
    "plan.chart.sites": ("Calon lokasi sentra IKM", "Candidate sites for IKM centres"),
    "plan.chart.lng_axis": ("Bujur (derajat)", "Longitude (degrees)"),
    "plan.chart.lat_axis": ("Lintang (derajat)", "Latitude (degrees)"),
    "plan.chart.target_mark": ("sasaran {year}: {value} %", "target {year}: {value} %"),
    "plan.edit.nothing": ("berikan --text, --file atau --clear",
                          "give --text, --file or --clear"),
    "plan.edited": ("Bagian {key} disimpan ({state}).", "Section {key} saved ({state})."),
    "plan.diff.suffix": ("berkas '{name}' harus berakhiran .docx, .pdf atau .html",
                         "file '{name}' must end in .docx, .pdf or .html"),
    "plan.dataset_not_found": ("dataset {id} tidak ada", "dataset {id} does not exist"),
    # pages
    "plan.nav": ("Rencana", "Plans"),
    "plan.page.list": ("Rencana pembangunan industri", "Industrial development plans"),
    "plan.page.new": ("Rencana baru", "New plan"),
    "plan.page.create": ("Buat", "Create"),
    "plan.page.allow_duplicate": ("Tetap buat rencana lain untuk wilayah dan periode ini",
                                  "Create another plan for this region and period anyway"),
    "plan.page.duplicate_title": ("Rencana untuk wilayah dan periode ini sudah ada",
                                  "A plan for this region and period already exists"),
    "plan.page.duplicate_open": ("Buka rencana {id}: {level} {region} {start}-{end} ({status})",
                                 "Open plan {id}: {level} {region} {start}-{end} ({status})"),
    "plan.page.outline": ("Kerangka dan keadaan bagian", "Outline and state of each section"),
    "plan.page.targets": ("Sasaran", "Targets"),
    "plan.page.versions": ("Versi", "Versions"),
    "plan.page.draft": ("Susun dari data", "Draft from the data"),
    "plan.page.extras": ("Data tambahan (pilihan, seperti pada CLI)",
                         "Additional data (optional, as in the CLI)"),
    "plan.page.reference": ("Ekonomi acuan (kosong: bawaan)",
                            "Reference economy (empty: the default)"),
    "plan.page.sites_file": ("Calon sentra IKM: sites.csv dari rancang siting",
                             "Candidate sentra IKM: sites.csv of rancang siting"),
    "plan.page.sites_from_siting": ("atau hitung dari peringkat lokasi (siting) wilayah ini",
                                    "or compute from this region's siting ranking"),
    "plan.page.kbli_reference": (
        "Tabel acuan KBLI (kbli,workers,output_value; kosong: register provinsi)",
        "KBLI reference table (kbli,workers,output_value; empty: the province's register)"),
    "plan.page.manufacturing": ("Tabel PDRB BPS dengan 16 subkategori industri pengolahan",
                                "BPS PDRB table with the 16 manufacturing subcategories"),
    "plan.page.io_table": ("Tabel input-output tersimpan", "Stored input-output table"),
    "plan.page.weights": ("Bobot AHP: priorities.csv dari decide ahp",
                          "AHP weights: priorities.csv of decide ahp"),
    "plan.page.no_io": ("(tanpa tabel input-output)", "(no input-output table)"),
    "plan.target.share_range": ("sasaran pangsa '{value}' harus angka antara 0 dan 100",
                                "the target share '{value}' must be a number between 0 "
                                "and 100"),
    "plan.upload.empty": ("berkas kosong", "the file is empty"),
    "plan.upload.too_large": ("berkas lebih besar dari {mb} MB",
                              "the file is larger than {mb} MB"),
    "plan.upload.suffix": ("jenis berkas tidak diterima; yang diterima: {allowed}",
                           "file type not accepted; accepted: {allowed}"),
    "plan.upload.io_table": ("tabel input-output '{id}' tidak ada",
                             "input-output table '{id}' does not exist"),
    "plan.upload.no_centroids": (
        "peringkat lokasi tidak tersedia: titik pusat kecamatan belum dipasang",
        "the siting ranking is not available: the district centroids are not installed"),
    "plan.upload.two_sites": ("pilih satu sumber calon sentra: sites.csv atau peringkat "
                              "lokasi, bukan keduanya",
                              "choose one source of candidate sentra: sites.csv or the "
                              "siting ranking, not both"),
    "plan.page.dataset": ("Dataset", "Dataset"),
    "plan.page.region_in_data": ("Kode wilayah dalam data (bila berbeda)",
                                 "Region code in the data (when different)"),
    "plan.page.target_share": ("Sasaran pangsa industri pengolahan (% PDRB)",
                               "Target manufacturing share (% of PDRB)"),
    "plan.page.freeze": ("Bekukan versi", "Freeze a version"),
    "plan.page.label": ("Label", "Label"),
    "plan.page.note": ("Catatan", "Note"),
    "plan.page.region_name": ("Nama daerah (kosong: dari kode)",
                              "Region name (empty: from the code)"),
    "plan.col.frozen_at": ("Dibekukan", "Frozen"),
    "plan.col.frozen_by": ("Oleh", "By"),
    "plan.col.files": ("Berkas", "Files"),
    "plan.page.status_change": ("Ubah status", "Change the status"),
    "plan.page.perda_number": ("Nomor Perda", "Perda number"),
    "plan.page.perda_date": ("Tanggal Perda", "Perda date"),
    "plan.page.download": ("Unduh", "Download"),
    "plan.page.edit": ("Sunting", "Edit"),
    "plan.page.save": ("Simpan", "Save"),
    "plan.page.generated": ("Isi bagian seperti dalam dokumen", "The section as in the document"),
    "plan.page.authored": ("Teks tim penyusun (Markdown)", "The team's text (Markdown)"),
    "plan.page.changes": ("Perubahan angka terakhir", "Latest changes of numbers"),
    "plan.page.compare": ("Bandingkan", "Compare"),
    "plan.page.reviewed": ("Tandai sudah ditinjau", "Mark as reviewed"),
    "plan.page.back": ("Kembali ke rencana", "Back to the plan"),
    "plan.page.section": ("Bagian", "Section"),
    "plan.page.csv": ("Sasaran sebagai CSV", "Targets as CSV"),
    "plan.page.upload_targets": ("Unggah sasaran (CSV/XLSX)", "Upload targets (CSV/XLSX)"),
    "plan.page.xlsx": ("Sasaran sebagai XLSX", "Targets as XLSX"),
    "plan.page.edit_targets": ("Sunting sasaran di tabel", "Edit the targets in a table"),
    "plan.page.edit_targets_help": (
        "Ubah angka atau satuan, tambah sasaran di baris kosong, centang Hapus untuk "
        "membuang; tabel menjadi seluruh sasaran rencana. Sasaran yang diubah tim tetap "
        "saat draf diperbarui dari data. Nilai per tahun tetap (sunting lewat CSV/XLSX).",
        "Change a number or a unit, add a target in the empty row, tick Remove to drop "
        "one; the table becomes all of the plan's targets. Targets the team changes are "
        "kept when the draft is regenerated from the data. Yearly values stay (edit them "
        "through the CSV/XLSX)."),
    "plan.page.save_targets": ("Simpan sasaran", "Save the targets"),
    "plan.col.direction": ("Arah", "Direction"),
    "plan.dir.up": ("naik", "up"),
    "plan.dir.down": ("turun", "down"),
    "plan.page.yearly": ("Per tahun", "Per year"),
    "plan.page.yearly_help": (
        "Nilai per tahun bila diperlukan: tambahkan kolom bernama tahun (mis. 2027) di "
        "CSV/XLSX; nilai tahun akhir tahap harus sama dengan nilai tahap.",
        "Yearly values when needed: add columns named by the year (e.g. 2027) in the "
        "CSV/XLSX; the value in a stage's last year must equal the stage's value."),
    "plan.demo_written": ("Rencana demo (RPIK dari data sintetis) ditulis ke {path}",
                          "Demo plan (an RPIK from synthetic data) written to {path}"),
    "plan.tbl.kbli_leading": ("Peringkat industri unggulan menurut golongan pokok KBLI, {year}",
                              "Ranking of leading industries by KBLI division, {year}"),
    "plan.col.lq_workers": ("LQ tenaga kerja", "LQ workers"),
    "plan.col.lq_output": ("LQ nilai output", "LQ output value"),
    "plan.col.evidence": ("Dasar", "Evidence"),
    "plan.src.kbli_leading": ("Sumber: register industri (catatan terbit), {year}; LQ "
                              "terhadap {reference}; TOPSIS dengan bobot {weights}, rentang "
                              "peringkat dari 1.000 sampel bobot; {n} golongan dengan kurang "
                              "dari 3 unit usaha (atau didominasi satu usaha) tidak "
                              "ditampilkan",
                              "Source: industry register (published records), {year}; LQ "
                              "against {reference}; TOPSIS with weights {weights}, rank "
                              "range from 1,000 weight samples; {n} divisions with fewer "
                              "than 3 firms (or one dominant firm) not shown"),
    "plan.ref.province_register": ("register provinsi {code}", "the register of province "
                                   "{code}"),
    "plan.txt.kbli_self": ("Industri unggulan menurut KBLI belum dapat diperingkat: register "
                           "hanya memuat {region} di provinsinya, dan tidak ada tabel "
                           "pembanding, sehingga pembandingnya adalah daerah ini sendiri "
                           "(setiap LQ = 1). Muat register kabupaten/kota lain di provinsi "
                           "atau berikan tabel pembanding (--kbli-reference) agar peringkat "
                           "dapat dijadikan bukti.",
                           "Leading industries by KBLI cannot be ranked yet: the register "
                           "holds only {region} in its province and no reference table was "
                           "given, so the reference would be the region itself (every LQ = "
                           "1). Load the register of the province's other regencies or give "
                           "a reference table (--kbli-reference) for a ranking that is "
                           "evidence."),
    "plan.txt.kbli_leading": ("Di antara golongan pokok industri pengolahan dalam register, "
                              "peringkat teratas: {top}.",
                              "Among the manufacturing divisions of the register, the top "
                              "ranks: {top}."),
    "plan.tbl.manufacturing": ("Peringkat subkategori industri pengolahan (PDRB)",
                               "Ranking of manufacturing subcategories (PDRB)"),
    "plan.col.subcategory": ("Subkategori", "Subcategory"),
    "plan.src.manufacturing": ("Sumber: {data}, {start}-{end}; SLQ/DLQ terhadap {reference}; "
                               "skor gabungan dengan bobot {weights}; rentang peringkat dari "
                               "sampel bobot",
                               "Source: {data}, {start}-{end}; SLQ/DLQ against {reference}; "
                               "composite score with weights {weights}; rank range from "
                               "sampled weights"),
    "plan.txt.manufacturing_rank": ("Di antara 16 subkategori industri pengolahan PDRB, "
                                    "peringkat teratas: {top}.",
                                    "Among the 16 manufacturing subcategories of the PDRB, "
                                    "the top ranks: {top}."),
    "plan.tbl.spread": ("Konsentrasi industri pengolahan antar-kabupaten/kota",
                        "Concentration of manufacturing across regencies and cities"),
    "plan.col.hhi_normalised": ("HHI ternormalisasi", "Normalised HHI"),
    "plan.tbl.specialisation": ("Indeks spesialisasi ekonomi daerah per tahun",
                                "Specialisation indices of the regional economy per year"),
    "plan.src.specialisation": (
        "Sumber: {data}, {start}-{end}; pangsa lapangan usaha dalam PDRB; indeks Krugman "
        "(Krugman 1991) dan Hoover (Hoover 1936) terhadap acuan {reference}, indeks "
        "Herfindahl (Herfindahl 1950) dan Theil (Theil 1967) struktur daerah sendiri",
        "Source: {data}, {start}-{end}; shares of the industries in PDRB; Krugman "
        "(Krugman 1991) and Hoover (Hoover 1936) indices against the reference {reference}, "
        "Herfindahl (Herfindahl 1950) and Theil (Theil 1967) indices of the region's own "
        "structure"),
    "plan.txt.specialisation": (
        "Indeks spesialisasi Krugman {region} terhadap {reference} adalah {k0} pada {start} "
        "dan {k1} pada {end}: {k_trend}. Indeks Herfindahl struktur PDRB {h0} pada {start} "
        "dan {h1} pada {end}: {h_trend}.",
        "The Krugman specialisation index of {region} against {reference} was {k0} in "
        "{start} and {k1} in {end}: {k_trend}. The Herfindahl index of the PDRB structure "
        "was {h0} in {start} and {h1} in {end}: {h_trend}."),
    "plan.txt.spec_apart": ("struktur ekonomi makin berbeda dari {reference}",
                            "the structure of the economy is moving away from {reference}"),
    "plan.txt.spec_closer": ("struktur ekonomi makin mirip dengan {reference}",
                             "the structure of the economy is moving closer to {reference}"),
    "plan.txt.spec_concentrated": ("perekonomian makin terpusat pada sedikit lapangan usaha",
                                   "the economy is concentrating in fewer industries"),
    "plan.txt.spec_diverse": ("perekonomian makin beragam",
                              "the economy is diversifying"),
    "plan.chart.index_axis": ("Indeks", "Index"),
    "plan.src.spread": ("Sumber: {data}, {start}-{end}; pangsa {n} kabupaten/kota dalam "
                        "nilai tambah industri pengolahan provinsi; HHI (Herfindahl 1950, "
                        "Hirschman 1964) dan indeks Theil (Theil 1967) terhadap sebaran merata",
                        "Source: {data}, {start}-{end}; shares of {n} regencies and cities in "
                        "the province's manufacturing value added; HHI (Herfindahl 1950, "
                        "Hirschman 1964) and the Theil index (Theil 1967) against an equal "
                        "spread"),
    "plan.txt.spread": ("Industri pengolahan tersebar di {n} kabupaten/kota. Indeks "
                        "Herfindahl-Hirschman {first} pada {start} dan {last} pada {end}: "
                        "{trend}. Pangsa terbesar pada {end}: {top} ({share} %).",
                        "Manufacturing is spread over {n} regencies and cities. The "
                        "Herfindahl-Hirschman index was {first} in {start} and {last} in "
                        "{end}: {trend}. The largest share in {end}: {top} ({share} %)."),
    "plan.txt.spread_down": ("industri makin menyebar", "industry is spreading"),
    "plan.txt.spread_up": ("industri makin terkonsentrasi", "industry is concentrating"),
    "plan.tbl.register": ("Industri menurut golongan pokok KBLI dalam register, {year}",
                          "Industry by KBLI division in the register, {year}"),
    "plan.col.kbli": ("KBLI", "KBLI"),
    "plan.col.units": ("Unit usaha", "Firms"),
    "plan.col.workers": ("Tenaga kerja", "Workers"),
    "plan.col.total": ("Jumlah", "Total"),
    "plan.src.register": ("Sumber: register industri, {year}; sel dengan kurang dari 3 unit "
                          "usaha dan pelengkapnya disembunyikan (UU 3/2014 pasal 69-70)",
                          "Source: industry register, {year}; cells of fewer than 3 firms "
                          "and their complements suppressed (UU 3/2014 arts. 69-70)"),
    "plan.txt.register": ("Register industri mencatat {units} unit usaha industri dengan "
                          "{workers} tenaga kerja pada {year}.",
                          "The industry register holds {units} industrial firms with "
                          "{workers} workers in {year}."),
    "plan.tbl.io": ("Pengganda dan keterkaitan antarsektor", "Multipliers and linkages"),
    "plan.col.output_multiplier": ("Pengganda output", "Output multiplier"),
    "plan.col.income_multiplier": ("Pengganda pendapatan", "Income multiplier"),
    "plan.col.backward": ("Keterkaitan ke belakang", "Backward linkage"),
    "plan.col.forward": ("Keterkaitan ke depan", "Forward linkage"),
    "plan.col.class": ("Kelompok", "Class"),
    "plan.src.io": ("Sumber: {table}; regionalisasi {method}; Miller dan Blair (2009)",
                    "Source: {table}; regionalisation {method}; Miller and Blair (2009)"),
    "plan.tbl.io_imports": ("Ketergantungan impor bahan antara per lapangan usaha (% output)",
                            "Import dependence of intermediate inputs by industry "
                            "(% of output)"),
    "plan.col.import_direct": ("Impor langsung", "Direct imports"),
    "plan.col.import_foreign": ("dari luar negeri", "from abroad"),
    "plan.col.import_regions": ("dari daerah lain", "from other regions"),
    "plan.col.import_leakage": ("kebocoran regional", "regional leakage"),
    "plan.col.import_total": ("Impor total (langsung dan tidak langsung)",
                              "Total imports (direct and indirect)"),
    "plan.src.io_imports": ("Sumber: {table}; koefisien impor langsung m/x dan total m/x "
                            "dikali invers Leontief (Miller dan Blair 2009, 6.3)",
                            "Source: {table}; direct import coefficients m/x and total "
                            "m/x times the Leontief inverse (Miller and Blair 2009, 6.3)"),
    "plan.txt.io_imports": ("Ketergantungan impor industri pengolahan: setiap 100 rupiah "
                            "output memakai {direct} rupiah bahan antara impor secara "
                            "langsung dan {total} rupiah bila dihitung bersama dampak tidak "
                            "langsungnya.",
                            "Import dependence of manufacturing: every 100 rupiah of output "
                            "uses {direct} rupiah of imported intermediate inputs directly "
                            "and {total} rupiah counting the indirect effects."),
    "plan.txt.io": ("Sektor kunci (keterkaitan ke belakang dan ke depan > 1): {keys}. "
                    "Pengganda output terbesar: {top} ({multiplier}).",
                    "Key sectors (backward and forward linkage > 1): {keys}. The largest "
                    "output multiplier: {top} ({multiplier})."),
    "plan.skipped": ("Peringatan: bagian dari {feature} dilewati untuk {region}: {why}",
                     "Warning: the sections of {feature} skipped for {region}: {why}"),
}
