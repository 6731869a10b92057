"""Words of ``rancang decide ... --help`` (Indonesian, English); the options shared with
other verbs (``--out``, ``--seed``, ``--samples``, inputs...) are in
:mod:`rancang.core.cli_words`."""

from __future__ import annotations

#: the multi-criteria methods of ``decide rank`` and ``decide leading``
METHOD = ("Metode MCDA: topsis, vikor, promethee, wsm atau wpm.",
          "MCDA method: topsis, vikor, promethee, wsm or wpm.")

WORDS: dict[str, tuple[str, str]] = {
    "cli.help.decide": ("Keputusan multikriteria: formulir AHP, AHP kelompok, peringkat.",
                        "Multi-criteria decisions: AHP forms, group AHP, rankings."),
    "cli.opt.decide.lang": (
        "Bahasa pesan (dan buku kerja decide leading) bagi semua perintah decide: id "
        "(bawaan) atau en; mis. rancang decide --lang en rank ...",
        "Language of the messages (and of the decide leading workbook) for every decide "
        "verb: id (default) or en; e.g. rancang decide --lang en rank ..."),
    # decide ahp
    "cli.help.decide.ahp": (
        "AHP kelompok dari formulir para peserta: priorities.csv, consistency.csv, "
        "judgments.csv, individual_priorities.csv dan spread.csv.",
        "Group AHP from the participants' forms: priorities.csv, consistency.csv, "
        "judgments.csv, individual_priorities.csv and spread.csv."),
    "cli.opt.decide.ahp.forms": ("Formulir XLSX yang sudah diisi, satu per peserta.",
                                 "Filled XLSX forms, one per participant."),
    "cli.opt.decide.ahp.aggregate": (
        "Cara agregasi kelompok: aij (gabungan penilaian) atau aip (gabungan prioritas).",
        "Group aggregation: aij (of the judgments) or aip (of the priorities)."),
    "cli.opt.decide.ahp.ri_table": ("Tabel indeks acak (random index): saaty1980 atau "
                                    "alonso_lamata2006.",
                                    "Random index table: saaty1980 or alonso_lamata2006."),
    "cli.opt.decide.ahp.allow_missing": (
        "Terima sel kosong (matriks tidak lengkap, metode Harker).",
        "Accept empty cells (incomplete matrices, Harker's method)."),
    "cli.opt.decide.ahp.threshold": ("Rasio konsistensi (CR) tertinggi yang masih diterima.",
                                     "Highest acceptable consistency ratio (CR)."),
    "cli.opt.decide.ahp.participant_weights": (
        "CSV participant,weight (nama seperti pada formulir): agregasi kelompok berbobot.",
        "CSV participant,weight (names as on the forms): weighted group aggregation."),
    # decide forms
    "cli.help.decide.forms": (
        "Tulis satu formulir XLSX perbandingan berpasangan per peserta.",
        "Write one XLSX pairwise-comparison form per participant."),
    "cli.opt.decide.forms.criteria": (
        "CRITERIA.csv berkolom 'criterion' (kolom 'label' dan 'description' opsional "
        "ditampilkan kepada peserta).",
        "CRITERIA.csv with a 'criterion' column (optional 'label' and 'description' columns "
        "shown to participants)."),
    "cli.opt.decide.forms.participants": ("Jumlah formulir (peserta).",
                                          "Number of forms (participants)."),
    "cli.opt.decide.forms.title": ("Judul yang dicetak di setiap formulir.",
                                   "Title printed on each form."),
    # decide leading
    "cli.help.decide.leading": (
        "Industri unggulan satu wilayah, diperingkat dengan mesin keputusan dan bobot "
        "kelompok.\n\n"
        "Menulis criteria_matrix.csv, weights.csv, ranking.csv dan leading_decision.xlsx ke "
        "--out.",
        "Leading industries of one region ranked with the decision engine and the group's "
        "weights.\n\n"
        "Writes criteria_matrix.csv, weights.csv, ranking.csv and leading_decision.xlsx into "
        "--out."),
    "cli.opt.decide.leading.reference": ("Kode ekonomi acuan (bawaan: jumlah semua wilayah).",
                                         "Reference economy code (default: the sum of all "
                                         "regions)."),
    "cli.opt.decide.leading.method": METHOD,
    "cli.opt.decide.leading.weights": ("priorities.csv hasil 'decide ahp' (criterion,weight).",
                                       "priorities.csv of 'decide ahp' (criterion,weight)."),
    "cli.opt.decide.leading.weight": ("Bobot NAMA=NILAI (sebagai ganti --weights); boleh "
                                      "diulang.",
                                      "Weight NAME=VALUE (instead of --weights); repeat."),
    "cli.opt.decide.leading.group": (
        "individual_priorities.csv hasil 'decide ahp': rentang peringkat atas sebaran bobot "
        "kelompok.",
        "individual_priorities.csv of 'decide ahp': rank intervals over the spread of the "
        "group's weights."),
    "cli.opt.decide.leading.criteria": (
        "Kriteria yang dipakai, dipisah koma (bawaan: semua yang tersedia).",
        "Criteria to use, comma-separated (default: all available)."),
    "cli.opt.decide.leading.extra": (
        "CSV industry_code + kriteria tambahan (mis. backward_linkage,forward_linkage).",
        "CSV industry_code + extra criteria (e.g. backward_linkage,forward_linkage)."),
    "cli.opt.decide.leading.linkages": (
        "linkages.csv hasil 'rancang io': menambah kriteria backward_linkage dan "
        "forward_linkage.",
        "linkages.csv of 'rancang io': adds the backward_linkage and forward_linkage "
        "criteria."),
    "cli.opt.decide.leading.extra_fill": (
        "Nilai bagi industri yang tidak ada di --extra (bawaan: galat).",
        "Value for industries missing from --extra (default: an error)."),
    "cli.opt.decide.leading.register_db": (
        "URL basis data register: menambah kriteria workers dan ikm_units.",
        "Register database URL: adds the workers and ikm_units criteria."),
    "cli.opt.decide.leading.register_year": ("Tahun data register (bawaan: yang terbaru).",
                                             "Year of the register data (default: the "
                                             "latest)."),
    # decide rank
    "cli.help.decide.rank": (
        "Peringkat alternatif dengan rentang peringkat dan akseptabilitas: ranking.csv.\n\n"
        "Juga menulis weights.csv (bobot yang dipakai) dan, bagi VIKOR, vikor.csv (S, R, Q "
        "dan himpunan kompromi menurut syarat Opricovic & Tzeng: C1 keunggulan yang dapat "
        "diterima dan C2 stabilitas yang dapat diterima).",
        "Rank alternatives with rank intervals and acceptability: ranking.csv.\n\n"
        "Also writes weights.csv (the weights used) and, for VIKOR, vikor.csv (S, R, Q and "
        "the compromise set with Opricovic & Tzeng's conditions C1 acceptable advantage and "
        "C2 acceptable stability)."),
    "cli.opt.decide.rank.matrix": ("MATRIX.csv: kolom alternative + satu kolom per kriteria.",
                                   "MATRIX.csv: alternative + one column per criterion."),
    "cli.opt.decide.rank.criteria": (
        "CRITERIA.csv berkolom criterion,weight,direction [,function,q,p,s].",
        "CRITERIA.csv with columns criterion,weight,direction [,function,q,p,s]."),
    "cli.opt.decide.rank.method": METHOD,
    "cli.opt.decide.rank.concentration": (
        "Konsentrasi Dirichlet sampel bobot (makin besar makin rapat).",
        "Dirichlet concentration of the weight samples (larger = tighter)."),
    "cli.opt.decide.rank.group": (
        "individual_priorities.csv hasil 'decide ahp' (participant,criterion,weight): sampel "
        "bobot diambil atas sebaran kelompok, bukan di sekitar bobot --criteria.",
        "individual_priorities.csv of 'decide ahp' (participant,criterion,weight): sample "
        "weights over the group's spread instead of around the weights of --criteria."),
    "cli.opt.decide.rank.interval": (
        "rank_low/rank_high: quantile (5-95 % peringkat sampel, seperti analyze) atau "
        "minmax (peringkat terbaik dan terburuk yang muncul).",
        "rank_low/rank_high: quantile (5-95 % of the sampled ranks, as analyze) or minmax "
        "(best and worst rank seen)."),
    "cli.opt.decide.rank.swap": (
        "A,B: perubahan bobot terkecil yang membuat B menyusul A (swap.csv: criterion, "
        "weight, new_weight, change). Tepat (LP) bagi wsm dan promethee, hampiran bagi "
        "topsis, vikor dan wpm.",
        "A,B: the smallest weight change letting B catch up with A (swap.csv: criterion, "
        "weight, new_weight, change). Exact (LP) for wsm and promethee, approximate for "
        "topsis, vikor and wpm."),
    "cli.opt.decide.rank.v": ("VIKOR: bobot strategi utilitas kelompok (0..1).",
                              "VIKOR: weight of the group-utility strategy (0..1)."),
    "cli.opt.decide.rank.normalization": (
        "topsis: vector (bawaan) atau minmax; wsm: minmax (bawaan), max, sum atau vector; "
        "wpm: max (bawaan) atau sum.",
        "topsis: vector (default) or minmax; wsm: minmax (default), max, sum or vector; "
        "wpm: max (default) or sum."),
    "cli.opt.decide.rank.weights_method": (
        "given (bobot CRITERIA.csv), entropy atau critic (bobot objektif yang dihitung dari "
        "matriks).",
        "given (the weights of CRITERIA.csv), entropy or critic (objective weights computed "
        "from the matrix)."),
}
