"""Words of ``rancang users ... --help`` (Indonesian, English); ``--database-url`` is
shared (:mod:`rancang.core.words`)."""

from __future__ import annotations

USERNAME = ("Nama pengguna.", "User name.")
ROLE_REGION = ("Wilayah peran: kode Kemendagri (72 atau 72.06), atau central bagi seluruh "
               "Indonesia; tidak berlaku bagi admin dan viewer.",
               "Region of the role: Kemendagri code (72 or 72.06), or central for the whole "
               "country; not for admin and viewer.")

WORDS: dict[str, tuple[str, str]] = {
    "cli.help.users": ("Akun dan perannya (aplikasi web dan API).",
                       "Accounts and their roles (web application and API)."),
    "cli.help.users.create": (
        "Buat akun, mis. administrator pertama: `rancang users create admin`.",
        "Create an account, e.g. the first administrator: `rancang users create admin`."),
    "cli.help.users.unlock": (
        "Buka kunci masuk seorang pengguna (lupakan percobaan masuk gagalnya yang terakhir).",
        "Lift the sign-in throttle of a user (forget their recent failed sign-ins)."),
    "cli.opt.users.unlock.username": ("Nama pengguna.", "User name."),
    "cli.opt.users.create.role": (
        "Peran pertama: admin, analyst, viewer atau peran yang dibawa suatu fitur.",
        "First role: admin, analyst, viewer or a role a feature brings."),
    "cli.opt.users.create.region": ROLE_REGION,
    "cli.opt.users.create.name": ("Nama tampilan.", "Display name."),
    "cli.opt.users.create.password": (
        "Kata sandi (bila tidak diisi: RANCANG_PASSWORD, atau ditanyakan).",
        "Password (else RANCANG_PASSWORD, else asked)."),
    "cli.help.users.grant": ("Beri akun satu peran bagi suatu wilayah (atau seluruh "
                             "Indonesia).",
                             "Give an account a role for a region (or the whole country)."),
    "cli.opt.users.grant.role": ("Peran yang diberikan.", "Role to give."),
    "cli.opt.users.grant.region": ROLE_REGION,
    "cli.help.users.revoke": ("Cabut satu peran bagi suatu wilayah dari akun (sesinya "
                              "berakhir).",
                              "Take a role for a region from an account (its sessions end)."),
    "cli.opt.users.revoke.role": ("Peran yang dicabut.", "Role to take away."),
    "cli.opt.users.revoke.region": ROLE_REGION,
    "cli.help.users.list": ("Daftar akun dan perannya (tanpa kata sandi).",
                            "List accounts and their roles (never their passwords)."),
    "cli.help.users.password": ("Tetapkan kata sandi baru (sesi pengguna itu berakhir).",
                                "Set a new password (ends the user's sessions)."),
    "cli.opt.users.password.password": (
        "Kata sandi baru (bila tidak diisi: RANCANG_PASSWORD, atau ditanyakan).",
        "New password (else RANCANG_PASSWORD, else asked)."),
    "cli.help.users.disable": ("Nonaktifkan akun (tidak dapat masuk lagi; sesinya berakhir).",
                               "Disable an account (it can no longer sign in; its sessions "
                               "end)."),
    "cli.help.users.enable": ("Aktifkan kembali akun yang dinonaktifkan.",
                              "Enable a disabled account."),
    **{f"cli.opt.users.{verb}.username": USERNAME
       for verb in ("create", "grant", "revoke", "password", "disable", "enable")},
}
