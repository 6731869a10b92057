"""Words of the decide feature: its messages and labels in Indonesian and English."""

from __future__ import annotations

WORDS: dict[str, tuple[str, str]] = {
    "decide.rank.auto_samples": (
        "Rentang peringkat dari {samples} sampel bobot (bukan {default}) karena ada {n} "
        "alternatif; --samples N untuk memilih sendiri.",
        "Rank intervals from {samples} weight samples (not {default}) because there are "
        "{n} alternatives; --samples N to choose."),
    "decide.rank.top_k": (
        "Akseptabilitas peringkat b_i^k hanya dihitung untuk peringkat 1-{k} ({n} "
        "alternatif: tabel n x n tidak bermakna); kolom acceptability di ranking.csv adalah "
        "bagian sampel tiap alternatif pada peringkatnya sendiri, untuk semua alternatif.",
        "Rank acceptability b_i^k kept for ranks 1-{k} only ({n} alternatives: an n x n "
        "table means nothing); the acceptability column of ranking.csv, each alternative's "
        "share of samples at its own rank, covers every alternative."),
    "feature.decide": ("Keputusan bersama pemangku kepentingan",
                       "Decisions with stakeholders"),
    # options
    "decide.too_many_alternatives": (
        "{n} alternatif; paling banyak {most} yang dapat diperingkat",
        "{n} alternatives; at most {most} can be ranked"),
    "decide.not_positive": ("nilai {value} tidak positif: {method} memerlukan nilai > 0",
                            "value {value} is not positive: {method} needs values > 0"),
    "decide.too_many_criteria": (
        "{n} kriteria; rasio konsistensi AHP hanya dapat dihitung untuk paling banyak {most} "
        "kriteria (Saaty menyarankan 7 sampai 9)",
        "{n} criteria; the AHP consistency ratio can be computed for at most {most} "
        "criteria (Saaty advises 7 to 9)"),
    "decide.bad_aggregate": ("--aggregate harus aij atau aip", "--aggregate must be aij or aip"),
    "decide.bad_ri_table": ("--ri-table harus saaty1980 atau alonso_lamata2006",
                            "--ri-table must be saaty1980 or alonso_lamata2006"),
    "decide.bad_method": ("--method harus salah satu dari {methods}",
                          "--method must be one of {methods}"),
    "decide.bad_interval": ("--interval harus quantile atau minmax",
                            "--interval must be quantile or minmax"),
    "decide.bad_normalization": ("--normalization {value!r} tidak berlaku untuk {method}",
                                 "--normalization {value!r} does not apply to {method}"),
    "decide.bad_normalization_use": (
        "--normalization {value!r} tidak berlaku untuk {method} (gunakan {allowed})",
        "--normalization {value!r} does not apply to {method} (use {allowed})"),
    "decide.bad_weights_method": ("--weights-method harus given, entropy atau critic",
                                  "--weights-method must be given, entropy or critic"),
    "decide.weights_or_weight": ("gunakan --weights atau --weight, tidak keduanya",
                                 "use either --weights or --weight, not both"),
    "decide.bad_swap": (
        "--swap {spec!r}: berikan dua alternatif berbeda dari matriks sebagai A,B "
        "(alternatif: {alternatives})",
        "--swap {spec!r}: give two different alternatives of the matrix as A,B "
        "(alternatives: {alternatives})"),
    # decide ahp
    "decide.ahp.group_weights": ("Bobot kelompok ({method}, {n} peserta):",
                                 "Group weights ({method}, {n} participants):"),
    "decide.ahp.inconsistent": (
        "Tidak konsisten: {participant} (CR {cr}); tinjau {a} vs {b} = {value}, saran "
        "{suggested}",
        "Inconsistent: {participant} (CR {cr}); review {a} vs {b} = {value}, suggested "
        "{suggested}"),
    "decide.ahp.group_inconsistent": (
        "Tidak konsisten: matriks kelompok (CR {cr} > {threshold}); bahas perbandingan yang "
        "paling berbeda antarpeserta",
        "Inconsistent: the group matrix (CR {cr} > {threshold}); discuss the comparisons on "
        "which the participants differ most"),
    "decide.written": ("Hasil ditulis ke {out}", "Results written to {out}"),
    # decide rank
    "decide.rank.criteria_file": ("berkas kriteria", "the criteria file"),
    "decide.rank.header": ("Peringkat ({method}, {samples} sampel bobot):",
                           "Ranking ({method}, {samples} weight samples):"),
    "decide.rank.row": ("{rank}. {alternative} skor {score}  rentang {low}-{high}",
                        "{rank}. {alternative} score {score}  range {low}-{high}"),
    "decide.yes": ("ya", "yes"),
    "decide.no": ("tidak", "no"),
    "decide.vikor": (
        "VIKOR (v = {v}): C1 keunggulan yang dapat diterima: {advantage}; C2 stabilitas "
        "keputusan: {stability}; solusi kompromi: {compromise}",
        "VIKOR (v = {v}): C1 acceptable advantage: {advantage}; C2 acceptable stability: "
        "{stability}; compromise solution: {compromise}"),
    "decide.swap.none": (
        "Tidak ada perubahan bobot yang membuat {b} menyusul {a} ({b} tidak lebih baik pada "
        "kriteria mana pun).",
        "No change of weights lets {b} catch up with {a} ({b} is better on no criterion)."),
    "decide.swap.change": (
        "Perubahan bobot terkecil agar {b} menyusul {a}: {change} (jumlah |perubahan|, "
        "{how}); lihat {path}",
        "Smallest change of weights letting {b} catch up with {a}: {change} (sum of "
        "|changes|, {how}); see {path}"),
    "decide.swap.exact": ("tepat (LP)", "exact (LP)"),
    "decide.swap.approximate": ("perkiraan numerik", "numerical approximation"),
    # decide forms
    "decide.forms.written": ("{n} formulir ditulis ke {out}", "{n} forms written to {out}"),
    # decide leading
    "decide.leading.header": ("Industri unggulan {region} ({method}, {samples} sampel bobot):",
                              "Leading industries of {region} ({method}, {samples} weight "
                              "samples):"),
    "decide.leading.header_lower": (
        "Industri unggulan {region} ({method}, skor lebih rendah lebih baik, {samples} sampel "
        "bobot):",
        "Leading industries of {region} ({method}, lower score is better, {samples} weight "
        "samples):"),
    "decide.leading.row": ("{rank}. {code} {name} skor {score}  rentang {low}-{high}",
                           "{rank}. {code} {name} score {score}  range {low}-{high}"),
    "decide.leading.written": ("Hasil ditulis ke {out}/", "Results written to {out}/"),
    "decide.leading.criteria": ("kriteria industri unggulan", "the leading-industry criteria"),
    # column headers and values of leading_decision.xlsx the catalogue does not name
    "decide.column.criterion": ("Kriteria", "Criterion"),
    "decide.column.weight": ("Bobot", "Weight"),
    "decide.column.direction": ("Arah", "Direction"),
    "decide.column.acceptability": ("Keterterimaan peringkat", "Rank acceptability"),
    "decide.column.competitive": ("Keunggulan kompetitif (shift-share)",
                                  "Competitive advantage (shift-share)"),
    "decide.direction.benefit": ("manfaat (makin besar makin baik)",
                                 "benefit (higher is better)"),
    "decide.direction.cost": ("biaya (makin kecil makin baik)", "cost (lower is better)"),
    "decide.sheet.criteria_matrix": ("Matriks kriteria", "Criteria matrix"),
    "decide.sheet.weights": ("Bobot", "Weights"),
    "decide.sheet.ranking": ("Peringkat", "Ranking"),
    "decide.about.region": ("Wilayah", "Region"),
    "decide.about.period": ("Periode", "Period"),
    "decide.about.reference": ("Ekonomi acuan", "Reference economy"),
    "decide.about.method": ("Metode", "Method"),
    "decide.about.weights": ("Bobot", "Weights"),
    "decide.about.intervals": ("Rentang peringkat", "Rank intervals"),
    "decide.about.intervals_group": ("{n} sampel bobot dari sebaran peserta",
                                     "{n} weight samples from the participants' spread"),
    # AHP surveys (web)
    "decide.nav": ("Survei AHP", "AHP surveys"),
    "decide.perm.survey.read": ("melihat survei AHP dan peserta",
                                "read AHP surveys and participants"),
    "decide.perm.survey.write": ("membuat survei AHP", "create AHP surveys"),
    "decide.perm.rank": ("memeringkat alternatif", "rank alternatives"),
    "decide.survey.required": ("wajib diisi", "required"),
    "decide.survey.bad_code": (
        "kode kriteria {code!r} tidak dapat dipakai (kosong, memuat | atau diawali tanda "
        "rumus)", "criterion code {code!r} cannot be used (empty, holding | or starting a "
        "formula)"),
    "decide.survey.twice": ("kode kriteria {code!r} muncul dua kali",
                            "criterion code {code!r} appears twice"),
    "decide.survey.criteria_count": ("{n} kriteria; perlu 2 sampai {most}",
                                     "{n} criteria; 2 to {most} are needed"),
    "decide.survey.participant_count": ("{n} peserta; perlu 1 sampai {most}",
                                        "{n} participants; 1 to {most} are needed"),
    "decide.survey.past_deadline": ("batas waktu sudah lewat", "the deadline has passed"),
    "decide.survey.bad_deadline": ("batas waktu {value!r} bukan tanggal dan jam",
                                   "deadline {value!r} is not a date and time"),
    "decide.survey.not_found": ("survei {id} tidak ditemukan", "survey {id} not found"),
    "decide.survey.no_link": ("tautan survei ini tidak dikenal",
                              "this survey link is not known"),
    "decide.survey.no_participant": ("peserta {id} tidak ada di survei ini",
                                     "participant {id} is not in this survey"),
    "decide.survey.closed": ("survei sudah ditutup: batas waktunya sudah lewat",
                             "the survey is closed: its deadline has passed"),
    "decide.survey.already": ("jawaban dari tautan ini sudah diterima; satu tautan hanya "
                              "untuk satu jawaban",
                              "an answer from this link was received already; one link "
                              "takes one answer"),
    "decide.survey.incomplete": ("jawaban tidak lengkap", "the answer is incomplete"),
    "decide.survey.no_answers": ("survei ini belum memiliki jawaban",
                                 "this survey has no answers yet"),
    "decide.survey.title": ("Survei AHP", "AHP surveys"),
    "decide.survey.list_empty": ("Belum ada survei.", "No survey yet."),
    "decide.survey.new": ("Survei baru", "New survey"),
    "decide.survey.field.title": ("Judul", "Title"),
    "decide.survey.field.region": ("Wilayah (kode Kemendagri)", "Region (Kemendagri code)"),
    "decide.survey.field.criteria": ("Kriteria, satu per baris: kode | nama | penjelasan",
                                     "Criteria, one per line: code | name | explanation"),
    "decide.survey.field.alternatives": ("Alternatif (boleh kosong), satu per baris",
                                         "Alternatives (optional), one per line"),
    "decide.survey.field.participants": ("Peserta, satu per baris: nama | instansi",
                                         "Participants, one per line: name | organisation"),
    "decide.survey.field.deadline": ("Batas waktu (UTC)", "Deadline (UTC)"),
    "decide.survey.create": ("Buat survei", "Create the survey"),
    "decide.survey.answered": ("{done} dari {n} menjawab", "{done} of {n} answered"),
    "decide.survey.open": ("terbuka", "open"),
    "decide.survey.closed_badge": ("ditutup", "closed"),
    "decide.survey.synthetic": ("contoh sintetis", "synthetic example"),
    "decide.survey.deadline": ("Batas waktu", "Deadline"),
    "decide.survey.criteria": ("Kriteria", "Criteria"),
    "decide.survey.code": ("Kode", "Code"),
    "decide.survey.name": ("Nama", "Name"),
    "decide.survey.explanation": ("Penjelasan", "Explanation"),
    "decide.survey.alternatives": ("Alternatif", "Alternatives"),
    "decide.survey.participants": ("Peserta dan jawaban", "Participants and answers"),
    "decide.survey.organisation": ("Instansi", "Organisation"),
    "decide.survey.link": ("Tautan pribadi", "Personal link"),
    "decide.survey.status": ("Jawaban", "Answer"),
    "decide.survey.waiting": ("belum", "not yet"),
    "decide.survey.via.web": ("formulir web", "web form"),
    "decide.survey.via.xlsx": ("formulir XLSX", "XLSX form"),
    "decide.survey.cr": ("Rasio konsistensi (CR)", "Consistency ratio (CR)"),
    "decide.survey.revisit": ("Perbandingan yang perlu ditinjau",
                              "Judgment to revisit"),
    "decide.survey.form_xlsx": ("Unduh formulir XLSX", "Download the XLSX form"),
    "decide.survey.upload_xlsx": ("Unggah formulir terisi", "Upload the filled form"),
    "decide.survey.upload": ("Unggah", "Upload"),
    "decide.survey.weights": ("Bobot kelompok", "Group weights"),
    "decide.survey.weights_note": (
        "AIJ: vektor eigen dari rata-rata geometrik pertimbangan; AIP: rata-rata geometrik "
        "prioritas tiap peserta (Forman & Peniwati 1998). Angka yang sama dengan "
        "rancang decide ahp.",
        "AIJ: eigenvector of the geometric mean of the judgments; AIP: geometric mean of "
        "each participant's priorities (Forman & Peniwati 1998). The same numbers as "
        "rancang decide ahp."),
    "decide.survey.group_cr": ("CR matriks kelompok (AIJ): {cr}",
                               "CR of the group matrix (AIJ): {cr}"),
    "decide.survey.json": ("Hasil sebagai JSON", "Results as JSON"),
    "decide.survey.rank_with": ("Peringkatkan dengan bobot ini", "Rank with these weights"),
    "decide.survey.created": ("Survei disimpan.", "Survey saved."),
    # the participant's form
    "decide.form.intro": (
        "Bandingkan setiap pasangan kriteria: mana yang lebih penting, dan seberapa? "
        "Rasio konsistensi dihitung langsung saat Anda memilih.",
        "Compare each pair of criteria: which is more important, and by how much? The "
        "consistency ratio is computed as you choose."),
    "decide.form.for": ("Untuk {name}", "For {name}"),
    "decide.form.heading": ("Formulir perbandingan berpasangan",
                            "Pairwise comparison form"),
    "decide.survey.one": ("Survei AHP", "AHP survey"),
    "decide.form.until": ("Terbuka sampai {deadline} UTC", "Open until {deadline} UTC"),
    "decide.form.pair": ("Perbandingan {a} dan {b}", "Comparison of {a} and {b}"),
    "decide.form.equal": ("1 · sama penting", "1 · equally important"),
    "decide.form.more": ("{v} · {name} lebih penting", "{v} · {name} more important"),
    "decide.form.scale": (
        "Skala Saaty: 1 sama penting, 3 sedikit lebih penting, 5 lebih penting, 7 sangat "
        "lebih penting, 9 mutlak lebih penting; 2, 4, 6, 8 di antaranya.",
        "Saaty's scale: 1 equally important, 3 slightly more important, 5 more important, "
        "7 much more important, 9 absolutely more important; 2, 4, 6, 8 in between."),
    "decide.form.cr_live": ("Rasio konsistensi (CR)", "Consistency ratio (CR)"),
    "decide.form.cr_ok": ("konsisten (CR <= 0,10)", "consistent (CR <= 0.10)"),
    "decide.form.cr_bad": (
        "tidak konsisten (CR > 0,10): tinjau {a} dibanding {b}; nilai yang selaras dengan "
        "jawaban lain sekitar {suggested}",
        "inconsistent (CR > 0.10): revisit {a} against {b}; a value in line with the other "
        "answers is about {suggested}"),
    "decide.form.weights": ("Bobot dari jawaban Anda", "Weights from your answers"),
    "decide.form.submit": ("Kirim jawaban", "Send the answers"),
    "decide.form.noscript": ("Rasio konsistensi dihitung setelah jawaban dikirim.",
                             "The consistency ratio is computed once the answers are sent."),
    "decide.form.thanks": ("Terima kasih, jawaban Anda diterima.",
                           "Thank you, your answers were received."),
    "decide.form.server_cr": ("Rasio konsistensi jawaban Anda: {cr}",
                              "Consistency ratio of your answers: {cr}"),
    "decide.form.done": ("Jawaban dari tautan ini sudah diterima pada {when} UTC.",
                         "The answers of this link were received on {when} UTC."),
    "decide.form.closed": ("Survei ini sudah ditutup (batas waktu {deadline} UTC).",
                           "This survey is closed (deadline {deadline} UTC)."),
    # the ranking page
    "decide.rank.title": ("Peringkat alternatif", "Ranking of alternatives"),
    "decide.rank.nav": ("Peringkat keputusan", "Decision ranking"),
    "decide.rank.intro": (
        "Industri unggulan suatu wilayah (kriteria LQ, DLQ, daya saing, pertumbuhan, "
        "pangsa) atau tabel yang Anda unggah, diperingkat dengan bobot kelompok dari survei "
        "AHP. Rentang peringkat: persentil 5-95 dari peringkat pada sampel bobot di sekitar "
        "bobot yang dipilih.",
        "The leading industries of a region (criteria LQ, DLQ, competitiveness, growth, "
        "share) or a table you upload, ranked with the group weights of an AHP survey. "
        "Rank interval: the 5 %-95 % quantiles of the ranks over weight samples around the "
        "chosen weights."),
    "decide.rank.dataset": ("Data", "Dataset"),
    "decide.rank.region": ("Wilayah", "Region"),
    "decide.rank.survey": ("Bobot dari survei", "Weights from the survey"),
    "decide.rank.equal": ("bobot sama", "equal weights"),
    "decide.rank.aggregate": ("Agregasi", "Aggregation"),
    "decide.rank.swap_a": ("Alternatif A", "Alternative A"),
    "decide.rank.swap_b": ("disusul oleh B", "caught up by B"),
    "decide.rank.nothing": (
        "Tidak ada peringkat untuk diunduh: belum ada data PDRB, atau tahunnya terputus.",
        "No ranking to download: no PDRB dataset yet, or its years have gaps."),
    "decide.rank.download": ("Unduh peringkat", "Download the ranking"),
    "decide.rank.intervals": ("Peringkat dan rentangnya", "Ranks and their intervals"),
    "decide.rank.chart_alt": (
        "Grafik rentang peringkat tiap alternatif; angka yang sama ada di tabel di bawahnya",
        "Chart of each alternative's rank interval; the table below holds the same numbers"),
    "decide.rank.chart_note": ("Peringkat 1 = terbaik; batang = rentang peringkat 5-95 persen",
                               "Rank 1 = best; bar = rank interval, 5-95 percent"),
    "decide.rank.axis": ("peringkat (1 = terbaik)", "rank (1 = best)"),
    "decide.rank.interval": ("Rentang peringkat", "Rank interval"),
    # the ranking table: each criterion's value, then its part of the score, apart
    "decide.rank.values": ("Nilai kriteria", "Criterion values"),
    "decide.rank.parts": ("Bagian skor", "Parts of the score"),
    "decide.rank.value_of": ("Nilai {criterion}", "{criterion} value"),
    "decide.rank.part_of": ("Bagian skor dari {criterion}", "Score from {criterion}"),
    "decide.rank.not_additive": (
        "Skor {method} tidak berupa jumlah bagian per kriteria, sehingga bagian skor hanya "
        "ditampilkan untuk WSM dan PROMETHEE.",
        "The {method} score is not a sum of parts per criterion, so the parts of the score "
        "are shown for WSM and PROMETHEE only."),
    "decide.rank.rank": ("Peringkat", "Rank"),
    "decide.rank.alternative": ("Alternatif", "Alternative"),
    "decide.rank.score": ("Skor", "Score"),
    "decide.rank.lower_better": ("lebih kecil lebih baik", "lower is better"),
    "decide.rank.table": ("Peringkat dengan {method}, {samples} sampel bobot; nilai tiap "
                          "kriteria di kolom sendiri",
                          "Ranking by {method}, {samples} weight samples; each criterion's "
                          "value in its own column"),
    "decide.rank.swap_title": ("Perubahan bobot terkecil yang menukar dua alternatif",
                               "Smallest change of weights that swaps two alternatives"),
    "decide.rank.swap_change": (
        "{b} menyusul {a} bila bobot berubah sebesar {change} (jumlah |perubahan|, {how}).",
        "{b} catches up with {a} when the weights change by {change} (sum of |changes|, "
        "{how})."),
    "decide.rank.new_weight": ("Bobot baru", "New weight"),
    "decide.rank.delta": ("Perubahan", "Change"),
    "decide.rank.upload_title": ("Peringkatkan tabel sendiri", "Rank a table of your own"),
    "decide.rank.upload_help": (
        "Dua berkas CSV seperti yang dibaca rancang decide rank: matriks (satu baris per "
        "alternatif, satu kolom per kriteria) dan kriteria (bobot dan arah tiap kriteria). "
        "Kolomnya:",
        "Two CSV files as rancang decide rank reads them: the matrix (a row per "
        "alternative, a column per criterion) and the criteria (each one's weight and "
        "direction). Their columns:"),
    "decide.rank.bad_weight": ("bobot {value!r} harus angka >= 0",
                               "weight {value!r} must be a number >= 0"),
    "decide.rank.zero_weights": ("semua bobot 0", "every weight is 0"),
    "decide.rank.survey_mismatch": (
        "survei tidak memberi bobot untuk kriteria {criteria}",
        "the survey gives no weight for the criteria {criteria}"),
    "decide.rank.gap_years": (
        "peringkat lapangan usaha dari set data memerlukan data setiap tahun (DLQ dan "
        "pertumbuhan tahunan); tahun data tidak berurutan: {years}. Pilih set data dengan "
        "tahun berurutan, atau unggah matriks kriteria sendiri",
        "ranking the industries of a dataset needs every year (DLQ and year-to-year "
        "growth); the data years are not consecutive: {years}. Choose a dataset with "
        "consecutive years, or upload your own criteria matrix"),
    "decide.rank.no_region": ("wilayah {region!r} tidak ada di data ini",
                              "region {region!r} is not in this dataset"),
    "decide.method.topsis": ("TOPSIS", "TOPSIS"),
    "decide.method.promethee": ("PROMETHEE II", "PROMETHEE II"),
    "decide.method.vikor": ("VIKOR", "VIKOR"),
    "decide.method.wsm": ("WSM (jumlah berbobot)", "WSM (weighted sum)"),
    "decide.about.intervals_dirichlet": ("{n} sampel bobot Dirichlet",
                                         "{n} Dirichlet weight samples"),
}
