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
    "decide.about.intervals_dirichlet": ("{n} sampel bobot Dirichlet",
                                         "{n} Dirichlet weight samples"),
}
