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
    "accounts.current_wrong": ("kata sandi saat ini salah", "the current password is wrong"),
    "accounts.password_mismatch": ("kedua kata sandi baru tidak sama",
                                   "the two new passwords differ"),
    "accounts.name_long": ("nama paling banyak {n} karakter",
                           "the name takes at most {n} characters"),
    "accounts.username_form": ("nama pengguna hanya huruf, angka dan . _ @ - (paling banyak {n} "
                               "karakter, diawali huruf atau angka)",
                               "a user name holds only letters, digits and . _ @ - (at most "
                               "{n} characters, starting with a letter or digit)"),
    "accounts.not_self.disable": ("Anda tidak dapat menonaktifkan akun Anda sendiri",
                                  "you cannot disable your own account"),
    "accounts.not_self.revoke_admin": ("Anda tidak dapat mencabut peran administrator Anda "
                                       "sendiri",
                                       "you cannot take away your own administrator role"),
    "accounts.users.title": ("Akun pengguna", "User accounts"),
    "accounts.users.help": (
        "Buat akun, beri atau cabut peran untuk suatu wilayah (kabupaten/kota 72.06, provinsi "
        "72, atau nasional), nonaktifkan akun, atau atur ulang kata sandinya. Perubahan peran "
        "dan kata sandi mengakhiri sesi pengguna itu.",
        "Create accounts, give or take a role for a region (a regency/city 72.06, a province "
        "72, or the whole country), disable an account or reset its password. Changes of "
        "roles and passwords end that user's sessions."),
    "accounts.users.caption": ("Akun, peran dan wilayahnya", "Accounts, their roles and regions"),
    "accounts.users.status": ("Status", "Status"),
    "accounts.users.grants": ("Peran dan wilayah", "Roles and regions"),
    "accounts.users.actions": ("Kata sandi", "Password"),
    "accounts.users.role": ("Peran", "Role"),
    "accounts.users.disable": ("Nonaktifkan", "Disable"),
    "accounts.users.enable": ("Aktifkan", "Enable"),
    "accounts.users.revoke": ("Cabut", "Take away"),
    "accounts.users.grant": ("Beri peran", "Give role"),
    "accounts.users.reset": ("Atur ulang kata sandi", "Reset password"),
    "accounts.users.failures": ("{n} percobaan masuk gagal dalam 15 menit terakhir",
                                "{n} failed sign-ins in the last 15 minutes"),
    "accounts.users.unlock": ("Buka kunci", "Unlock"),
    "accounts.done.unlocked": ("Kunci masuk dibuka.", "Sign-in unlocked."),
    "accounts.users.new": ("Akun baru", "New account"),
    "accounts.users.create": ("Buat akun", "Create account"),
    "accounts.users.region_help": (
        "Kosongkan untuk peran yang berlaku nasional (administrator, pemangku kepentingan); "
        "tulis central untuk peran terbatas wilayah yang dipegang di tingkat pusat.",
        "Leave empty for roles that hold nationwide (administrator, viewer); write central "
        "for a region-scoped role held by central government."),
    "accounts.users.new_password": ("Kata sandi baru {username} (ditampilkan sekali saja, "
                                    "sampaikan secara pribadi):",
                                    "New password of {username} (shown only once, hand it "
                                    "over privately):"),
    "accounts.done.created": ("Akun dibuat.", "Account created."),
    "accounts.done.renamed": ("Nama disimpan.", "Name saved."),
    "accounts.done.disabled": ("Akun dinonaktifkan; sesinya diakhiri.",
                               "Account disabled; its sessions ended."),
    "accounts.done.enabled": ("Akun diaktifkan.", "Account enabled."),
    "accounts.done.granted": ("Peran diberikan.", "Role given."),
    "accounts.done.revoked": ("Peran dicabut; sesi pengguna itu diakhiri.",
                              "Role taken away; that user's sessions ended."),
    "accounts.done.reset": ("Kata sandi diatur ulang; sesi pengguna itu diakhiri.",
                            "Password reset; that user's sessions ended."),
    "accounts.password.title": ("Ganti kata sandi", "Change password"),
    "accounts.password.help": ("Setelah diganti, semua sesi Anda berakhir dan Anda masuk lagi "
                               "dengan kata sandi baru.",
                               "After the change every session of yours ends and you sign in "
                               "again with the new password."),
    "accounts.password.current": ("Kata sandi saat ini", "Current password"),
    "accounts.password.new": ("Kata sandi baru", "New password"),
    "accounts.password.repeat": ("Ulangi kata sandi baru", "New password again"),
    "accounts.password.submit": ("Ganti kata sandi", "Change password"),
    "accounts.password.done": ("Kata sandi Anda telah diganti.", "Your password was changed."),
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
