"""Words of :mod:`rancang.decision`: its messages in Indonesian and English (see
:mod:`rancang.core.i18n`)."""

from __future__ import annotations

WORDS: dict[str, tuple[str, str]] = {
    # ------------------------------------------------------------ decision matrix, weights
    "decision.too_many_samples": (
        "{samples} sampel bobot x {n} alternatif memerlukan {gb:.1f} GB untuk rentang "
        "peringkat; gunakan paling banyak {most} sampel (--samples) atau --interval minmax",
        "{samples} weight samples x {n} alternatives need {gb:.1f} GB for the rank "
        "intervals; use at most {most} samples (--samples) or --interval minmax"),
    "decision.matrix_2d": (
        "matriks keputusan harus berdimensi dua (alternatif x kriteria), bukan {ndim} "
        "dimensi",
        "decision matrix must be 2-D (alternatives x criteria), got {ndim}-D"),
    "decision.matrix_empty": (
        "matriks keputusan memerlukan sekurang-kurangnya satu alternatif dan satu kriteria",
        "decision matrix needs at least one alternative and one criterion"),
    "decision.matrix_finite": (
        "matriks keputusan memuat nilai yang kosong atau tak berhingga",
        "decision matrix contains missing or infinite values"),
    "decision.values_shape": (
        "nilai harus berukuran {n} x {m}, bukan {shape}",
        "values must be {n} x {m}, got {shape}"),
    "decision.alternatives_unique": (
        "nama alternatif tidak boleh sama",
        "alternative names must be unique"),
    "decision.criteria_unique": (
        "nama kriteria tidak boleh sama",
        "criterion names must be unique"),
    "decision.weights_shape": (
        "bobot harus berisi {m} nilai per baris, bukan berbentuk {shape}",
        "weights must have {m} entries per row, got shape {shape}"),
    "decision.weights_negative": (
        "bobot harus berhingga dan tidak negatif",
        "weights must be finite and non-negative"),
    "decision.weights_zero": (
        "bobot tidak boleh bernilai nol semuanya",
        "weights must not all be zero"),
    "decision.directions_count": (
        "diperlukan {m} arah kriteria, bukan {n}",
        "need {m} directions, got {n}"),
    "decision.direction_word": (
        "arah {value!r} bukan 'benefit' maupun 'cost'",
        "direction {value!r} is neither 'benefit' nor 'cost'"),
    "decision.direction_number": (
        "arah berupa angka harus 1 atau -1, bukan {value!r}",
        "numeric direction must be 1 or -1, got {value!r}"),
    # ------------------------------------------------------------ AHP
    "decision.ri_table": (
        "tabel indeks acak {table!r} tidak dikenal; gunakan salah satu dari {choices}",
        "unknown random-index table {table!r}; use one of {choices}"),
    "decision.ri_size": (
        "indeks acak hanya tersedia untuk n = 1..{largest}, bukan {n}",
        "random index is tabulated for n = 1..{largest}, got {n}"),
    "decision.ahp_square": (
        "matriks perbandingan berpasangan harus bujur sangkar",
        "a pairwise comparison matrix must be square"),
    "decision.ahp_positive": (
        "nilai perbandingan harus positif dan berhingga",
        "judgments must be positive and finite"),
    "decision.ahp_pairs": (
        "suatu nilai perbandingan dan kebalikannya harus sama-sama diisi atau sama-sama "
        "kosong",
        "a judgment and its reciprocal must be both given or both missing"),
    "decision.ahp_reciprocal": (
        "matriks tidak berkebalikan: a_ji harus sama dengan 1 / a_ij",
        "the matrix is not reciprocal: a_ji must equal 1 / a_ij"),
    "decision.ahp_connected": (
        "perbandingan tidak menghubungkan semua kriteria: prioritas tidak dapat dihitung",
        "the comparisons do not connect all criteria: priorities undefined"),
    "decision.participant_weights": (
        "diperlukan {k} bobot peserta yang tidak negatif dan tidak semuanya nol",
        "need {k} non-negative participant weights, not all zero"),
    "decision.group_square": (
        "setiap peserta memerlukan matriks bujur sangkar yang berukuran sama",
        "every participant needs a square matrix of the same size"),
    "decision.group_positive": (
        "nilai perbandingan harus positif",
        "judgments must be positive"),
    "decision.aip_positive": (
        "AIP geometrik memerlukan prioritas yang positif",
        "geometric AIP needs positive priorities"),
    "decision.aip_mean": (
        "mean harus 'geometric' atau 'arithmetic'",
        "mean must be 'geometric' or 'arithmetic'"),
    "decision.no_participants": (
        "tidak ada peserta",
        "no participants"),
    "decision.group_method": (
        "metode harus 'aij' atau 'aip'",
        "method must be 'aij' or 'aip'"),
    # ------------------------------------------------------------ ranking methods
    "decision.normalization_positive": (
        "normalisasi '{method}' memerlukan nilai positif",
        "'{method}' normalisation needs positive values"),
    "decision.normalization_unknown": (
        "normalisasi {method!r} tidak dikenal; gunakan salah satu dari {choices}",
        "unknown normalisation {method!r}; use one of {choices}"),
    "decision.parameter_count": (
        "{name} memerlukan {m} nilai (satu per kriteria), bukan {n}",
        "{name} needs {m} values (one per criterion), got {n}"),
    "decision.function_count": (
        "diperlukan {m} fungsi preferensi, bukan {n}",
        "need {m} preference functions, got {n}"),
    "decision.function_unknown": (
        "fungsi preferensi {name!r} tidak dikenal; gunakan usual, u-shape, v-shape, level, "
        "linear atau gaussian",
        "unknown preference function {name!r}; use usual, u-shape, v-shape, level, linear "
        "or gaussian"),
    "decision.function_parameters": (
        "kriteria {j}: {kind} memerlukan {condition}",
        "criterion {j}: {kind} needs {condition}"),
    "decision.method_unknown": (
        "metode {method!r} tidak dikenal; gunakan salah satu dari {choices}",
        "unknown method {method!r}; use one of {choices}"),
    "decision.concentration": (
        "konsentrasi harus positif",
        "concentration must be positive"),
    "decision.interval": (
        "interval harus salah satu dari {choices}",
        "interval must be one of {choices}"),
    "decision.wpm_normalization": (
        "WPM memerlukan nilai ternormalisasi yang positif: gunakan 'max', 'sum' atau "
        "'vector'",
        "WPM needs positive normalised values: use 'max', 'sum' or 'vector'"),
    "decision.wpm_positive": (
        "WPM memerlukan nilai yang benar-benar positif pada setiap kriteria",
        "WPM needs strictly positive values on every criterion"),
    "decision.topsis_normalization": (
        "normalisasi harus 'vector' atau 'minmax'",
        "normalization must be 'vector' or 'minmax'"),
    "decision.entropy_two": (
        "bobot entropi memerlukan sekurang-kurangnya dua alternatif",
        "entropy weights need at least two alternatives"),
    "decision.entropy_negative": (
        "bobot entropi memerlukan nilai yang tidak negatif",
        "entropy weights need non-negative values"),
}
