"""Words of the API documentation (``/api/docs``): its title and introduction, the groups
(OpenAPI tags) and one line per operation, keyed ``api.op.<METHOD> <path>``. The English
page keeps each route's docstring as the long description; the Indonesian page shows these
lines (see :func:`rancang.web.api_docs.localised_openapi`)."""

from __future__ import annotations

#: One line per operation: ``"METHOD path" -> (Indonesian, English)``.
OPERATIONS: dict[str, tuple[str, str]] = {
    "GET /api/v1/me": ("Akun yang sedang masuk, perannya dan token CSRF.",
                       "The signed-in account, its roles and CSRF token."),
    "GET /api/v1/users": ("Semua akun beserta perannya.", "Every account with its roles."),
    "POST /api/v1/users": ("Membuat akun dengan peran pertamanya.",
                           "Create an account with its first role."),
    "PATCH /api/v1/users/{username}": ("Mengganti nama, menonaktifkan atau mengaktifkan akun.",
                                       "Rename, disable or enable an account."),
    "POST /api/v1/users/{username}/grants": ("Memberi peran untuk suatu wilayah.",
                                             "Give a role for a region."),
    "DELETE /api/v1/users/{username}/grants": ("Mencabut peran dari akun.",
                                               "Take a role away from an account."),
    "POST /api/v1/users/{username}/password": ("Kata sandi acak baru untuk akun, "
                                               "ditampilkan sekali.",
                                               "A new random password for the account, "
                                               "shown once."),
    "GET /api/v1/jobs": ("Pekerjaan latar terakhir yang dimulai pemanggil.",
                         "The latest background jobs the caller started."),
    "GET /api/v1/jobs/{job_id}": ("Satu pekerjaan latar (tanyakan lagi sampai selesai).",
                                  "One background job (poll it until it is done)."),
    "GET /api/v1/datasets": ("Dataset PDRB yang boleh dibuka pengguna, terbaru dahulu.",
                             "The PDRB datasets the user may open, newest first."),
    "GET /api/v1/datasets/{dataset_id}": ("Satu dataset dengan lapangan usaha dan tahunnya.",
                                          "One dataset with its industries and years."),
    "DELETE /api/v1/datasets/{dataset_id}": ("Menghapus dataset (admin; perlu konfirmasi, "
                                             "dapat dipulihkan).",
                                             "Delete a dataset (administrators; needs "
                                             "confirmation, restorable)."),
    "POST /api/v1/datasets/{dataset_id}/restore": ("Memulihkan dataset yang dihapus.",
                                                   "Restore a deleted dataset."),
    "GET /api/v1/datasets/{dataset_id}/regions": ("Wilayah suatu dataset, dicari menurut "
                                                  "nama atau kode.",
                                                  "Regions of a dataset, searched by name "
                                                  "or code."),
    "GET /api/v1/datasets/{dataset_id}/panel/{region}": ("Nilai panel satu wilayah sebagai "
                                                         "tabel rapi.",
                                                         "The panel values of one region as "
                                                         "a tidy table."),
    "POST /api/v1/imports/pdrb": ("Mengunggah berkas PDRB BPS (422 dengan daftar masalah).",
                                  "Upload BPS PDRB files (422 with the problems)."),
    "POST /api/v1/imports/confirm": ("Menyimpan unggahan PDRB yang ditahan untuk konfirmasi.",
                                     "Save a PDRB upload held for confirmation."),
    "GET /api/v1/imports": ("Riwayat impor.", "Import history."),
    "POST /api/v1/register/field-entries": ("Menyimpan satu rekaman formulir lapangan.",
                                            "Store one record of the field form."),
    "GET /api/v1/register/transfers": ("Permintaan pindah usaha dari atau ke wilayah "
                                       "pengguna.",
                                       "Transfer requests from or to the user's regions."),
    "POST /api/v1/register/transfers": ("Meminta usaha pindah ke desa lain.",
                                        "Ask for a firm to move to another village."),
    "POST /api/v1/register/transfers/{transfer_id}/approve": ("Menyetujui permintaan pindah.",
                                                              "Approve a transfer request."),
    "POST /api/v1/register/transfers/{transfer_id}/reject": ("Menolak permintaan pindah.",
                                                             "Reject a transfer request."),
    "POST /api/v1/register/publish": ("Menerbitkan rekaman terverifikasi wilayah pengguna.",
                                      "Publish the verified records of the user's regions."),
    "DELETE /api/v1/register/records/{record_id}": ("Menghapus usaha (perlu konfirmasi, dapat "
                                                    "dipulihkan).",
                                                    "Delete a firm (needs confirmation, "
                                                    "restorable)."),
    "GET /api/v1/register/records/{record_id}": ("Satu rekaman dengan periode dan jejak "
                                                 "auditnya.",
                                                 "One record with its periods and audit "
                                                 "trail."),
    "PATCH /api/v1/register/records/{record_id}": ("Mengubah isian rekaman (tercatat di "
                                                   "audit).",
                                                   "Change fields of a record (audited)."),
    "GET /api/v1/register/deleted": ("Usaha terhapus yang masih dapat dipulihkan.",
                                     "Deleted firms that can still be restored."),
    "POST /api/v1/register/deleted/{deleted_id}/restore": ("Memulihkan usaha yang dihapus.",
                                                           "Restore a deleted firm."),
    "POST /api/v1/register/imports/{batch}/undo": ("Membatalkan satu impor registri.",
                                                   "Undo one register import."),
    "GET /api/v1/register/records": ("Satu halaman rekaman usaha.",
                                     "A page of firm records."),
    "GET /api/v1/register/aggregate": ("Agregat terbit per kabupaten/kota x KBLI x tahun "
                                       "(sel kecil disembunyikan).",
                                       "Published aggregate by regency x KBLI x year (small "
                                       "cells hidden)."),
    "GET /api/v1/register/points": ("Koordinat usaha untuk peta.",
                                    "Firm coordinates for the map."),
    "POST /api/v1/imports/register": ("Mengunggah lembar registri (semua atau tidak sama "
                                      "sekali).",
                                      "Upload register sheets (all or nothing)."),
    "POST /api/v1/imports/register/job": ("Mengunggah lembar registri sebagai pekerjaan "
                                          "latar.",
                                          "Upload register sheets as a background job."),
    "GET /api/v1/register/duplicates": ("Tinjauan duplikat wilayah pengguna.",
                                        "The duplicate review of the user's region."),
    "POST /api/v1/register/duplicates/find": ("Mencari duplikat di wilayah pengguna sekarang.",
                                              "Find duplicates in the user's region now."),
    "POST /api/v1/register/duplicates/find/job": ("Mencari duplikat sebagai pekerjaan latar.",
                                                  "Find duplicates as a background job."),
    "POST /api/v1/register/duplicates/{cluster_id}/merge": ("Menggabungkan satu kelompok "
                                                            "duplikat.",
                                                            "Merge one cluster of "
                                                            "duplicates."),
    "POST /api/v1/register/duplicates/{cluster_id}/keep": ("Menandai kelompok sebagai bukan "
                                                           "duplikat.",
                                                           "Mark a cluster as not "
                                                           "duplicates."),
    "POST /api/v1/register/merges/{merge_id}/undo": ("Membatalkan penggabungan.",
                                                     "Undo a merge."),
    "GET /api/v1/datasets/{dataset_id}/analysis/{region}": ("Semua tabel analisis industri "
                                                            "unggulan satu wilayah.",
                                                            "Every leading-industry table of "
                                                            "one region."),
    "GET /api/v1/datasets/{dataset_id}/ranking/{region}": ("Peringkat industri unggulan: "
                                                           "nilai kriteria, sumbangannya, "
                                                           "rentang peringkat dan bobot.",
                                                           "The leading-industry ranking: "
                                                           "criterion values, their "
                                                           "contributions, rank intervals "
                                                           "and weights."),
    "GET /api/v1/datasets/{dataset_id}/indicator": ("Satu indikator untuk setiap wilayah "
                                                    "(warna peta).",
                                                    "One indicator for every region (the "
                                                    "map's colours)."),
    "GET /api/v1/centroids": ("Titik pusat kabupaten/kota untuk peta.",
                              "Regency centroids for the map."),
    "GET /api/v1/boundaries": ("Batas kabupaten/kota sebagai GeoJSON.",
                               "Regency boundaries as GeoJSON."),
    "GET /api/v1/datasets/{dataset_id}/complexity": ("ECI dari waktu ke waktu dan peluang "
                                                     "diversifikasi wilayah.",
                                                     "ECI over time and the region's "
                                                     "diversification opportunities."),
    "GET /api/v1/io/tables": ("Semua tabel input-output yang tersimpan.",
                              "Every stored input-output table."),
    "GET /api/v1/io/tables/{table_id}": ("Pengganda, keterkaitan, impor dan tabel wilayah "
                                         "satu tabel input-output.",
                                         "Multipliers, linkages, imports and the regional "
                                         "table of one input-output table."),
    "GET /api/v1/datasets/{dataset_id}/targets": ("Indikator terhadap RIPIN, pertumbuhan "
                                                  "yang diperlukan, lintasan dan "
                                                  "keterpaparan.",
                                                  "Indicators against RIPIN, required "
                                                  "growth, pathways and exposure."),
    "GET /api/v1/decide/surveys/{survey_id}": ("Jawaban dan bobot kelompok satu survei.",
                                               "One survey's answers and group weights."),
    "GET /api/v1/decide/rank": ("Industri unggulan satu wilayah diperingkat (TOPSIS, "
                                "PROMETHEE II, VIKOR atau WSM) dengan rentang peringkatnya.",
                                "A region's leading industries ranked (TOPSIS, PROMETHEE II, "
                                "VIKOR or WSM) with their rank intervals."),
    "GET /api/v1/siting": ("Kecamatan calon sentra IKM diperingkat dengan rentang "
                           "peringkatnya.",
                           "Candidate districts for a sentra IKM ranked with their rank "
                           "intervals."),
    "POST /api/v1/kbli/code": ("Mengodekan KBLI satu berkas (CSV/XLSX) sebagai pekerjaan "
                               "latar; hasilnya diunduh dari pekerjaan itu.",
                               "Code a whole file (CSV/XLSX) with KBLI as a background "
                               "job; download the result from the job."),
    "GET /api/v1/kbli/register": ("Usaha register tanpa KBLI dengan kelas yang disarankan "
                                  "(tidak pernah diterapkan sendiri).",
                                  "Register firms without KBLI and the classes suggested "
                                  "for them (never applied by themselves)."),
    "POST /api/v1/kbli/register/{record_id}": ("Menetapkan kelas KBLI yang dipilih pengguna "
                                               "untuk satu usaha (tercatat di jejak audit).",
                                               "Set the class the user chose for one firm "
                                               "(recorded in the audit trail)."),
    "GET /api/v1/jobs/{job_id}/download": ("Mengunduh berkas hasil pekerjaan latar milik "
                                           "pemanggil.",
                                           "Download the file a background job of the "
                                           "caller made."),
    "POST /api/v1/match/schedule": ("Menyusun jadwal temu usaha dari berkas acara (XLSX) "
                                    "sebagai pekerjaan latar; hasilnya ZIP.",
                                    "Schedule a Temu Usaha event from its workbook (XLSX) "
                                    "as a background job; the result is a ZIP."),
    "GET /api/v1/match/events": ("Acara temu usaha yang dikelola pemanggil.",
                                 "The Temu Usaha events the caller manages."),
    "POST /api/v1/match/events": ("Membuat acara temu usaha.", "Create a Temu Usaha event."),
    "GET /api/v1/match/events/{event_id}": ("Satu acara temu usaha.",
                                            "One Temu Usaha event."),
    "PATCH /api/v1/match/events/{event_id}": ("Mengubah acara temu usaha.",
                                              "Change a Temu Usaha event."),
    "DELETE /api/v1/match/events/{event_id}": ("Menghapus acara dan pertemuannya (ditolak "
                                               "bila hasil pertemuan sudah dicatat).",
                                               "Delete an event and its meetings (refused "
                                               "once an outcome is recorded)."),
    "GET /api/v1/match/events/{event_id}/meetings": ("Pertemuan terjadwal suatu acara "
                                                     "beserta hasilnya.",
                                                     "The scheduled meetings of an event "
                                                     "with their outcomes."),
    "PUT /api/v1/match/meetings/{meeting_id}/outcome": ("Mencatat hasil satu pertemuan "
                                                        "(terlaksana, MoU, kontrak).",
                                                        "Record one meeting's outcome "
                                                        "(held, MoU, contract)."),
    "POST /api/v1/match/events/{event_id}/outcomes": ("Mengimpor berkas hasil pertemuan "
                                                      "suatu acara (semua atau tidak sama "
                                                      "sekali).",
                                                      "Import an event's outcome file (all "
                                                      "or nothing)."),
    "GET /api/v1/match/events/{event_id}/report": ("Laporan acara: pertemuan, MoU dan nilai "
                                                   "kontrak per sektor, KBLI dan wilayah.",
                                                   "The event's report: meetings, MoUs and "
                                                   "contract value by sector, KBLI and "
                                                   "region."),
    "GET /api/v1/match/report": ("Laporan semua acara dengan perbandingan per triwulan.",
                                 "Every event's report with the quarterly comparison."),
    "GET /api/v1/match/firms/{firm_id}/needs": ("Kebutuhan tersimpan yang dapat dilayani "
                                                "satu usaha register.",
                                                "The stored needs a register firm can "
                                                "serve."),
    "GET /api/v1/kbli/suggest": ("Kelas KBLI 2020 terbaik untuk satu frasa.",
                                 "The best KBLI 2020 classes for a phrase."),
    "GET /api/v1/match/needs": ("Kebutuhan pemanggil dan wilayah yang dikelolanya.",
                                "The caller's needs and those of the regions it manages."),
    "POST /api/v1/match/needs": ("Menyimpan kebutuhan.", "Store a need."),
    "GET /api/v1/match/needs/{need_id}/matches": ("Pemasok terbaik untuk satu kebutuhan.",
                                                  "The best suppliers for a need."),
    "POST /api/v1/match/offers": ("Mendaftarkan penawaran.", "Register an offer."),
    "GET /api/v1/match/offers/{offer_id}/needs": ("Kebutuhan terbuka yang dapat dilayani "
                                                  "satu penawaran.",
                                                  "The open needs an offer can serve."),
    "POST /api/v1/match/needs/{need_id}/requests": ("Memilih pemasok atau meminta pertemuan.",
                                                    "Shortlist a supplier or request a "
                                                    "meeting."),
    "GET /api/v1/match/needs/{need_id}/requests": (
        "Permintaan temu suatu kebutuhan, dari pihak mana pun, dengan profil publik pemasok.",
        "A need's meeting requests, whichever side asked, with the supplier's public "
        "profile."),
    "POST /api/v1/match/offers/{offer_id}/requests": (
        "Penawaran meminta bertemu pembeli suatu kebutuhan yang bisa dilayaninya.",
        "An offer requests a meeting with the buyer of a need it can serve."),
    "POST /api/v1/match/firms/{firm_id}/requests": (
        "Kantor wilayah meminta, atas nama usaha di daftar, bertemu pembeli suatu kebutuhan.",
        "The office requests, for a register firm, a meeting with the buyer of a need."),
    "POST /api/v1/match/requests/{request_id}/answer": ("Menerima atau menolak permintaan "
                                                        "pertemuan.",
                                                        "Accept or decline a meeting "
                                                        "request."),
    "GET /api/v1/match/unmet": ("Permintaan yang belum terpenuhi di wilayah pemanggil.",
                                "Unmet demand of the caller's regions."),
    "PUT /api/v1/match/needs/{need_id}": ("Mengubah kebutuhan.", "Change a need."),
    "DELETE /api/v1/match/needs/{need_id}": ("Menghapus kebutuhan dan permintaannya.",
                                             "Delete a need and its requests."),
    "POST /api/v1/match/needs/{need_id}/status": ("Menutup atau membuka lagi kebutuhan.",
                                                  "Close or reopen a need."),
    "PUT /api/v1/match/offers/{offer_id}": ("Mengubah penawaran.", "Change an offer."),
    "DELETE /api/v1/match/offers/{offer_id}": ("Menghapus penawaran dan permintaannya.",
                                               "Delete an offer and its requests."),
    "POST /api/v1/match/offers/{offer_id}/status": ("Menutup atau membuka lagi penawaran.",
                                                    "Close or reopen an offer."),
    "GET /api/v1/plans": ("Rencana yang boleh dibaca pemanggil.",
                          "The plans the caller may read."),
    "POST /api/v1/plans": ("Membuat rencana (draf) untuk suatu wilayah; ditolak bila "
                           "wilayah dan periodenya sudah punya rencana, kecuali "
                           "allow_duplicate.",
                           "Create a plan (draft) for a region; refused when the region "
                           "and period already have one, unless allow_duplicate."),
    "GET /api/v1/plans/{plan_id}": ("Satu rencana dengan bagian-bagiannya.",
                                    "A plan with its sections."),
    "POST /api/v1/plans/{plan_id}/draft": ("Mengisi bagian yang dihasilkan dari dataset.",
                                           "Fill the generated sections from a dataset."),
    "PUT /api/v1/plans/{plan_id}/sections/{key}": ("Menyimpan teks tim untuk satu bagian.",
                                                   "Save the team's text of a section."),
    "PUT /api/v1/plans/{plan_id}/targets": ("Mengganti sasaran rencana.",
                                            "Replace the plan's targets."),
    "GET /api/v1/plans/{plan_id}/actions": ("Rencana aksi: baris, strategi dan program.",
                                            "The action plan: rows, strategies and "
                                            "programmes."),
    "PUT /api/v1/plans/{plan_id}/actions": ("Menetapkan rencana aksi.", "Set the action plan."),
    "POST /api/v1/plans/{plan_id}/status": ("Memindahkan tahap rencana.",
                                            "Move the plan to its next stage."),
    "GET /api/v1/plans/{plan_id}/versions": ("Versi beku rencana.",
                                             "The plan's frozen versions."),
    "POST /api/v1/plans/{plan_id}/versions": ("Membekukan rencana sebagai versi.",
                                              "Freeze the plan as a version."),
    "GET /api/v1/plans/{plan_id}/diff": ("Perbedaan antara dua versi.",
                                         "Differences between two versions."),
    "GET /api/v1/consult/plans/{plan_id}/inputs": ("Masukan atas rencana yang boleh dilihat "
                                                   "pemanggil.",
                                                   "The inputs on a plan the caller may "
                                                   "see."),
    "POST /api/v1/consult/events/{event_id}/inputs": ("Menyimpan masukan dari satu acara.",
                                                      "Store the inputs captured at an "
                                                      "event."),
    "POST /api/v1/consult/inputs/{input_id}/answer": ("Menjawab masukan.",
                                                      "Answer an input."),
    "GET /api/v1/consult/inputs/{input_id}/similar": ("Masukan yang paling mirip.",
                                                      "The most similar inputs."),
    "GET /api/v1/consult/events/{event_id}": ("Satu acara dengan kehadiran dan jumlah "
                                              "masukannya.",
                                              "An event with its attendance and number of "
                                              "inputs."),
    "PUT /api/v1/consult/events/{event_id}/signatory": (
        "Menetapkan penandatangan berita acara suatu acara.",
        "Set who signs an event's minutes."),
    "GET /api/v1/programmes": ("Program suatu provinsi dan kabupaten/kotanya.",
                               "The programmes of a province and its regencies."),
    "POST /api/v1/programmes/import": ("Mengimpor daftar program (semua atau tidak sama "
                                       "sekali).",
                                       "Import programme lists (all or nothing)."),
    "GET /api/v1/programmes/plans/{plan_id}/mappings": ("Pemetaan program ke rencana dan "
                                                        "sarannya.",
                                                        "The mappings of programmes to a "
                                                        "plan and the suggestions."),
    "POST /api/v1/programmes/plans/{plan_id}/mappings": ("Menerima atau menolak satu "
                                                         "pemetaan.",
                                                         "Confirm or reject one mapping."),
    "GET /api/v1/programmes/sync": ("Laporan keselarasan program provinsi dan "
                                    "kabupaten/kota.",
                                    "The alignment report of a province's and its "
                                    "regencies' programmes."),
    "GET /api/v1/programmes/{programme_id}": ("Satu program.", "One programme."),
    "PATCH /api/v1/programmes/{programme_id}": ("Mengubah satu program.",
                                                "Change one programme."),
    "GET /api/v1/programmes/{programme_id}/history": ("Riwayat perubahan satu program.",
                                                      "The change history of a programme."),
    "GET /api/v1/monitoring/public": ("Agregat pemantauan yang boleh dibaca siapa saja.",
                                      "Monitoring aggregates anyone may read."),
    "GET /api/v1/monitoring/regions/{region}": ("Dasbor pemantauan satu wilayah untuk satu "
                                                "periode.",
                                                "A region's monitoring dashboard for a "
                                                "period."),
    "GET /api/v1/monitoring/provinces/{province}": ("Semua kabupaten/kota suatu provinsi "
                                                    "untuk satu periode.",
                                                    "Every regency of a province for a "
                                                    "period."),
    "POST /api/v1/monitoring/realisations": ("Mengisi atau mengubah realisasi.",
                                             "Enter or change a realisation."),
    "POST /api/v1/monitoring/import": ("Mengimpor realisasi dari CSV/XLSX.",
                                       "Import realisations from CSV/XLSX."),
    "POST /api/v1/monitoring/realisations/{realisation_id}/confirm": (
        "Mengonfirmasi nilai yang diusulkan.", "Confirm a proposed value."),
    "POST /api/v1/monitoring/realisations/{realisation_id}/verify": (
        "Memverifikasi realisasi (perlu bukti).", "Verify a realisation (evidence needed)."),
}

#: The groups of the documentation (OpenAPI tags).
TAGS: dict[str, tuple[str, str]] = {
    "account": ("Akun", "Accounts"),
    "jobs": ("Pekerjaan latar", "Background jobs"),
    "datasets": ("Dataset PDRB", "PDRB datasets"),
    "imports": ("Impor", "Imports"),
    "register": ("Registri industri", "Industry register"),
    "analyses": ("Analisis industri unggulan", "Leading-industry analyses"),
    "complexity": ("Diversifikasi (kompleksitas)", "Diversification (complexity)"),
    "input-output": ("Input-output", "Input-output"),
    "targets": ("Sasaran terhadap RIPIN", "Targets against RIPIN"),
    "decide": ("Keputusan bersama pemangku kepentingan", "Decisions with stakeholders"),
    "kbli": ("KBLI", "KBLI"),
    "siting": ("Lokasi sentra IKM", "Sentra siting"),
    "matching": ("Temu usaha", "Business matching"),
    "plan": ("Rencana (RPIK)", "Plans (RPIK)"),
    "consult": ("Konsultasi publik", "Public consultation"),
    "programmes": ("Program", "Programmes"),
    "monitoring": ("Pemantauan", "Monitoring"),
}

WORDS: dict[str, tuple[str, str]] = {
    "api.title": ("API Rancang", "Rancang API"),
    "api.description": (
        "API JSON Rancang: wilayah, dataset PDRB tersimpan, analisis, rekaman registri "
        "industri (sesuai peran) dan impor. Masuk lewat `POST /login` (formulir) untuk "
        "mendapat cookie sesi; panggilan yang mengubah data memerlukan header "
        "`X-CSRF-Token` (dari `GET /api/v1/me`). Semua galat berbentuk sama: "
        "`{{error, status, problems: [{{file, sheet, row, column, message}}]}}`. Tambahkan "
        "`?lang=en` untuk pesan dalam bahasa Inggris.",
        "Rancang's JSON API: regions, stored PDRB datasets, analyses, industry-register "
        "records (role-checked) and imports. Sign in with `POST /login` (form) to get the "
        "session cookie; state-changing calls need the `X-CSRF-Token` header (from "
        "`GET /api/v1/me`). Errors have one shape: "
        "`{{error, status, problems: [{{file, sheet, row, column, message}}]}}`. Add "
        "`?lang=id` for messages in Indonesian."),
    "api.back": ("Kembali ke aplikasi", "Back to the app"),
    "api.other_language": ("Dokumentasi dalam bahasa lain", "The documentation in the other "
                           "language"),
    **{f"api.op.{k}": v for k, v in OPERATIONS.items()},
    **{f"api.tag.{k}": v for k, v in TAGS.items()},
}
