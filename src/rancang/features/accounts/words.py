"""Words of the accounts feature: sign-in, roles, account administration."""

from __future__ import annotations

WORDS: dict[str, tuple[str, str]] = {
    "accounts.active": ("aktif",
                        "active"),
    "accounts.bad_region": ("wilayah harus kode Kemendagri provinsi atau kabupaten/kota "
                            "seperti 72 atau 72.06, tertulis {region}",
                            "the region must be a Kemendagri province or regency code like 72"
                            " or 72.06, got {region}"),
    "accounts.central": ("nasional",
                         "national"),
    "accounts.created": ("pengguna {username} dibuat (id {id}): {grants}",
                         "user {username} created (id {id}): {grants}"),
    "accounts.disabled": ("akun {username} dinonaktifkan; sesinya diakhiri",
                          "account {username} disabled; their sessions ended"),
    "accounts.enabled": ("akun {username} diaktifkan",
                         "account {username} enabled"),
    "accounts.granted": ("{username} kini memegang {grant}",
                         "{username} now holds {grant}"),
    "accounts.failures": ("{n} gagal masuk dalam 15 menit terakhir",
                          "{n} failed sign-ins in the last 15 minutes"),
    "accounts.unlocked": ("{n} kegagalan masuk {username} dilupakan; ia dapat masuk lagi",
                          "{n} failed sign-ins of {username} forgotten; they can sign in "
                          "again"),
    "accounts.inactive": ("nonaktif",
                          "disabled"),
    "accounts.no_grant": ("{username} tidak memegang peran {role} untuk {region}",
                          "{username} does not hold the role {role} for {region}"),
    "accounts.no_user": ("pengguna {username} tidak ada",
                         "user {username} does not exist"),
    "accounts.password_changed": ("kata sandi {username} diubah; sesinya diakhiri",
                                  "password of {username} changed; their sessions ended"),
    "accounts.password_prompt": ("Kata sandi",
                                 "Password"),
    "accounts.password_short": ("kata sandi minimal {n} karakter",
                                "the password needs at least {n} characters"),
    "accounts.revoked": ("peran {role} untuk {region} dicabut dari {username}",
                         "role {role} for {region} taken from {username}"),
    "accounts.role_needs_region": ("peran {role} memerlukan wilayah (mis. 72.06, 72, atau "
                                   "central untuk nasional)",
                                   "the role {role} needs a region (e.g. 72.06, 72, or "
                                   "central for the whole country)"),
    "accounts.role_unscoped": ("peran {role} berlaku nasional dan tidak memakai wilayah",
                               "the role {role} holds nationwide and takes no region"),
    "accounts.unknown_role": ("peran {role} tidak dikenal; peran yang ada: {roles}",
                              "unknown role {role}; the roles are: {roles}"),
    "accounts.username_required": ("nama pengguna wajib diisi",
                                   "a user name is required"),
    "accounts.username_taken": ("nama pengguna {username} sudah dipakai",
                                "the user name {username} is taken"),
    "feature.accounts": ("Akun pengguna",
                         "User accounts"),
    "perm.accounts.manage": ("mengelola akun pengguna",
                             "manage user accounts"),
    "ui.login": ("Masuk",
                 "Sign in"),
    "ui.login_failed": ("Nama pengguna atau kata sandi salah.",
                        "Wrong user name or password."),
    "ui.password": ("Kata sandi",
                    "Password"),
    "role.analyst": ("Analis",
                        "Analyst"),
    "role.viewer": ("Pemangku kepentingan",
                       "Stakeholder"),
    "ui.signins": ("Percobaan masuk", "Sign-in attempts"),
    "ui.signins_help": ("Nama pengguna dengan percobaan masuk gagal dalam 15 menit terakhir. "
                        "Satu alamat ditahan setelah {per_address} kegagalan untuk satu nama; "
                        "satu nama dari semua alamat setelah {per_user}. Buka kunci untuk "
                        "melupakan kegagalannya.",
                        "User names with failed sign-ins in the last 15 minutes. One address "
                        "is held after {per_address} failures for one name; one name from "
                        "every address after {per_user}. Unlock forgets its failures."),
    "ui.failures": ("Gagal", "Failures"),
    "ui.unlock": ("Buka kunci", "Unlock"),
    "ui.unlocked": ("Kunci dibuka: nama itu dapat masuk lagi.",
                    "Unlocked: the name can sign in again."),
    "ui.no_failures": ("Tidak ada percobaan gagal.", "No failed attempts."),
    "ui.throttled": ("Terlalu banyak percobaan gagal. Coba lagi dalam 15 menit.",
                     "Too many failed attempts. Try again in 15 minutes."),
    "ui.username": ("Nama pengguna",
                    "User name"),
}
