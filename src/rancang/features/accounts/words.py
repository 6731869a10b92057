"""Words of the accounts feature: sign-in, roles, account administration."""

from __future__ import annotations

WORDS: dict[str, tuple[str, str]] = {
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
    "ui.throttled": ("Terlalu banyak percobaan gagal. Coba lagi dalam 15 menit.",
                     "Too many failed attempts. Try again in 15 minutes."),
    "ui.username": ("Nama pengguna",
                    "User name"),
}
