"""Words of the siting feature: its messages and labels in Indonesian and English."""

from __future__ import annotations

WORDS: dict[str, tuple[str, str]] = {
    "feature.siting": ("Lokasi sentra IKM",
                       "Sentra IKM siting"),
    # options
    "siting.bad_method": ("--method harus salah satu dari {methods}",
                          "--method must be one of {methods}"),
    "siting.unmet_needs_register": ("--unmet memerlukan --register-db",
                                    "--unmet needs --register-db"),
    "siting.unmet_unplaced": (
        "{needs} kebutuhan tak terpenuhi di kabupaten ini tidak menyebut kecamatan dan tidak "
        "dihitung di kecamatan mana pun",
        "{needs} unmet needs of the regency name no district and count in no district"),
    "siting.ikm_or_register": ("gunakan --ikm atau --register-db, tidak keduanya",
                               "use either --ikm or --register-db, not both"),
    "siting.bad_hazard": ("--hazard {item!r}: seharusnya NAMA=GEOJSON",
                          "--hazard {item!r}: expected NAME=GEOJSON"),
    "siting.no_estate": ("berikan sedikitnya satu kawasan industri (--estate NAMA=LAT,LNG)",
                         "give at least one industrial estate (--estate NAME=LAT,LNG)"),
    "siting.bad_named_point": ("{item!r}: seharusnya NAMA=LAT,LNG",
                               "{item!r}: expected NAME=LAT,LNG"),
    "siting.bad_point": ("{text!r} bukan LAT,LNG dan bukan kode kecamatan",
                         "{text!r} is neither LAT,LNG nor a district code"),
    "siting.point_out_of_range": ("{text!r}: koordinat di luar jangkauan",
                                  "{text!r}: coordinates out of range"),
    # files
    "siting.cannot_read": ("tidak dapat dibaca: {error}", "cannot read: {error}"),
    "siting.empty_file": ("berkas kosong", "the file is empty"),
    "siting.short_row": ("baris berisi {found} kolom, judulnya {expected}",
                         "the row has {found} columns, the header {expected}"),
    "siting.lat_lng_swapped": ("lintang {lat} dan bujur {lng} tertukar (lintang Indonesia "
                               "-11 s.d. 6, bujur 95 s.d. 141)",
                               "latitude {lat} and longitude {lng} are swapped (Indonesia: "
                               "latitude -11 to 6, longitude 95 to 141)"),
    "siting.outside_indonesia": ("{value} di luar wilayah Indonesia ({low} s.d. {high})",
                                 "{value} lies outside Indonesia ({low} to {high})"),
    "siting.missing_column": ("kolom {column!r} tidak ada", "missing column {column!r}"),
    "siting.bad_level": ("tingkat harus salah satu dari {levels}",
                         "level must be one of {levels}"),
    "siting.no_candidates": ("tidak ada {level} untuk kabupaten {regencies}",
                             "no {level} found for regencies {regencies}"),
    "siting.bps_not_in_crosswalk": (
        "kode kabupaten BPS {code!r} tidak ada dalam padanan BPS-Kemendagri; berikan kode "
        "Kemendagri (mis. 72.06)",
        "BPS regency code {code!r} is not in the BPS-Kemendagri crosswalk; give the "
        "Kemendagri code (e.g. 72.06)"),
    "siting.not_a_regency": ("{code!r} bukan kode kabupaten (Kemendagri 72.06 atau BPS 7203)",
                             "{code!r} is not a regency code (Kemendagri 72.06 or BPS 7203)"),
    "siting.row_skipped": ("kecamatan {code!r} dilewati ({why})",
                           "district {code!r} skipped ({why})"),
    "siting.outside": ("di luar kabupaten yang dipilih", "outside the chosen regencies"),
    "siting.not_candidate": ("bukan kecamatan kandidat", "not a candidate district"),
    "siting.unknown_district": (
        "kecamatan {code!r} tidak termasuk kandidat {regencies} (salah ketik? gunakan "
        "--allow-partial untuk melewati baris seperti ini)",
        "district {code!r} is not among the candidates of {regencies} (typo? use "
        "--allow-partial to skip such rows)"),
    "siting.duplicate_district": ("kecamatan {code!r} muncul dua kali (juga baris {row})",
                                  "district {code!r} appears twice (also row {row})"),
    "siting.not_a_number": ("{value!r} bukan angka", "{value!r} is not a number"),
    "siting.negative_units": ("units harus >= 0", "units must be >= 0"),
    "siting.whole_units": ("units {value!r} bukan bilangan bulat (jumlah unit usaha)",
                           "units {value!r} is not a whole number (a count of firms)"),
    "siting.negative_value": ("nilai {value!r} negatif; kolom ini tidak boleh di bawah 0",
                              "value {value!r} is negative; this column cannot be below 0"),
    # GeoJSON layers
    "siting.cannot_read_geojson": ("GeoJSON tidak dapat dibaca: {error}",
                                   "cannot read GeoJSON: {error}"),
    "siting.not_geojson": ("bukan objek GeoJSON (FeatureCollection, Feature atau Polygon)",
                           "not a GeoJSON object (a FeatureCollection, Feature or Polygon)"),
    "siting.features_not_list": ("'features' bukan daftar", "'features' is not a list"),
    "siting.not_polygon": ("fitur {k} bukan poligon", "feature {k} is not a polygon"),
    "siting.unreadable_coordinates": ("fitur {k}: koordinat tidak terbaca ({error})",
                                      "feature {k}: unreadable coordinates ({error})"),
    "siting.coordinates_out_of_range": (
        "fitur {k}: koordinat di luar jangkauan (GeoJSON berurutan bujur, lintang)",
        "feature {k}: coordinates out of range (GeoJSON is longitude, latitude)"),
    "siting.no_polygons": ("tidak ada poligon dalam berkas", "no polygons in the file"),
    # criteria and weights
    "siting.codes_more": ("{codes} dan {n} lainnya", "{codes} and {n} more"),
    "siting.capital_hint": (" (berikan --capital untuk setiap kabupaten)",
                            " (give --capital for every regency)"),
    "siting.lacking_left_out": (
        "kriteria {name!r} tidak memiliki nilai untuk {n} dari {total} kandidat "
        "({codes}){hint}; dikeluarkan dari pemeringkatan",
        "criterion {name!r} has no value for {n} of {total} candidates ({codes}){hint}; "
        "left out of the ranking"),
    "siting.lacking_stop": (
        "kriteria {name!r} tidak memiliki nilai untuk {n} dari {total} kandidat "
        "({codes}){hint}; lengkapi kolom itu atau gunakan --allow-partial untuk "
        "mengeluarkan kriteria ini",
        "criterion {name!r} has no value for {n} of {total} candidates ({codes}){hint}; "
        "complete the column or pass --allow-partial to leave the criterion out"),
    "siting.constant": (
        "kriteria {name!r} bernilai sama ({value}) untuk semua kandidat sehingga tidak dapat "
        "membedakan peringkat; dikeluarkan",
        "criterion {name!r} is the same ({value}) for every candidate and cannot rank them; "
        "left out"),
    "siting.nothing_varies": ("tidak ada kriteria yang berbeda antarkandidat",
                              "no criterion varies across the candidates"),
    "siting.unknown_weight": ("bobot untuk kriteria yang tidak dikenal {name!r}; kriterianya: "
                              "{criteria}",
                              "weight for unknown criterion {name!r}; the criteria are: "
                              "{criteria}"),
    "siting.weight_unused": (
        "kriteria {name!r} dikeluarkan dari pemeringkatan, sehingga bobotnya {weight} tidak "
        "dipakai",
        "criterion {name!r} was left out of the ranking, so its weight {weight} is not used"),
    "siting.unweighted": ("kriteria tanpa bobot mendapat bobot 0: {criteria}",
                          "criteria without a weight get 0: {criteria}"),
    "siting.no_weighted_criterion": (
        "tidak satu pun kriteria berbobot tersedia: yang tersedia adalah {criteria}",
        "none of the weighted criteria is available: available are {criteria}"),
    # console
    "siting.warning": ("Peringatan: {note}", "Warning: {note}"),
    "siting.criteria": ("Kriteria: {criteria}", "Criteria: {criteria}"),
    "siting.row": ("{rank}. {site} skor {score} rentang {low}-{high}",
                   "{rank}. {site} score {score} range {low}-{high}"),
    "siting.written": ("Hasil ditulis ke {csv} dan {geojson}",
                       "Results written to {csv} and {geojson}"),
    # the siting page
    "siting.nav": ("Lokasi sentra", "Sentra siting"),
    "siting.perm.read": ("melihat peringkat lokasi sentra", "read sentra siting rankings"),
    "siting.page.title": ("Lokasi sentra IKM baru", "Sites for a new sentra IKM"),
    "siting.page.intro": (
        "Kecamatan kandidat diperingkat menurut jarak ke kawasan industri terdekat (makin "
        "dekat makin baik) dan jumlah IKM di register (makin banyak makin baik). Rentang "
        "peringkat: persentil 5-95 pada sampel bobot di sekitar bobot yang dipilih. Jarak "
        "garis lurus antartitik tengah, bukan jarak tempuh.",
        "Candidate districts ranked by the distance to the nearest industrial estate "
        "(nearer is better) and the number of IKM in the register (more is better). Rank "
        "interval: the 5 %-95 % quantiles over weight samples around the chosen weights. "
        "Straight-line distances between centre points, not travel distances."),
    "siting.page.regency": ("Kabupaten/kota (kode Kemendagri)",
                            "Regency/city (Kemendagri code)"),
    "siting.page.add_estate": ("Tambah kawasan (NAMA=LAT,LNG)", "Add an estate (NAME=LAT,LNG)"),
    "siting.page.notes": ("Catatan perhitungan", "Notes on the computation"),
    "siting.page.rank": ("Peringkat", "Rank"),
    "siting.page.interval": ("Rentang peringkat", "Rank interval"),
    "siting.page.score": ("Skor", "Score"),
    "siting.page.ikm": ("Jumlah IKM (unit)", "IKM count (units)"),
    "siting.page.few": ("kurang dari 3", "fewer than 3"),
    "siting.page.estate": ("kawasan industri", "industrial estate"),
    "siting.page.estates": ("Kawasan industri", "Industrial estates"),
    "siting.page.candidates": ("Kecamatan kandidat", "Candidate districts"),
    "siting.page.ikm_layer": ("IKM di register", "IKM in the register"),
    "siting.page.km": ("km", "km"),
    "siting.page.zoom_in": ("Perbesar", "Zoom in"),
    "siting.page.zoom_out": ("Perkecil", "Zoom out"),
    "siting.page.ranking": ("Peringkat kecamatan", "Ranking of the districts"),
    "siting.page.district": ("Kecamatan", "District"),
    "siting.page.caption": ("Peringkat kecamatan kandidat, {samples} sampel bobot",
                            "Ranking of the candidate districts, {samples} weight samples"),
    "siting.page.suppressed": (
        "{n} kecamatan memiliki kurang dari 3 IKM: jumlahnya tidak ditampilkan dan dihitung "
        "0 dalam peringkat (kerahasiaan data register).",
        "{n} districts have fewer than 3 IKM: their counts are withheld and count as 0 in "
        "the ranking (confidentiality of the register)."),
    "siting.criterion.dist_estate_km": ("Jarak ke kawasan (km)", "Distance to an estate (km)"),
    "siting.criterion.ikm_units": ("Jumlah IKM", "IKM count"),
    "siting.criterion.unmet_needs": ("Kebutuhan pembeli tak terpenuhi",
                                     "Buyers' unmet needs"),
}
