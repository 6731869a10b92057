"""The closed lists of the consultation: kinds of event, stakeholder groups, channels and
dispositions; each as a stored code with its words in the catalogue, and a reader that
accepts the code or the words of either language (case, spaces and ``_`` ignored)."""

from __future__ import annotations

import re

from rancang.core.i18n import LANGS, text

#: kinds of event (FGD, public consultation forum of Permendagri 86/2017, Rakor, written)
KINDS = ("fgd", "konsultasi_publik", "rakor", "tertulis")
#: stakeholder groups of the invitations, attendance and inputs
GROUPS = ("opd", "asosiasi", "ikm", "industri_besar", "akademisi", "dprd", "masyarakat",
          "pemerintah")
#: how an input reached the team
CHANNELS = ("online", "fgd", "surat", "email")
#: the disposition of an answer
DISPOSITIONS = ("diakomodasi", "diakomodasi_sebagian", "tidak_diakomodasi",
                "di_luar_lingkup")
#: dispositions that promise a change in a later version (flagged without one)
ACCEPTED = ("diakomodasi", "diakomodasi_sebagian")

_YES = {"ya", "y", "yes", "1", "true", "benar", "boleh", "setuju"}
_NO = {"tidak", "t", "no", "n", "0", "false", "salah", "tidak boleh", ""}


def norm(value: str) -> str:
    """Lower case, ``_`` and runs of spaces as one space, trimmed.

    >>> norm("  Diakomodasi_Sebagian "), norm("KADIN /  Asosiasi")
    ('diakomodasi sebagian', 'kadin / asosiasi')
    """
    return re.sub(r"\s+", " ", value.replace("_", " ")).strip().lower()


def _parse(value: str, codes: tuple[str, ...], prefix: str) -> str | None:
    wanted = norm(value)
    for code in codes:
        names = {norm(code)} | {norm(text(f"{prefix}.{code}", lang)) for lang in LANGS}
        if wanted in names:
            return code
    return None


def parse_group(value: str) -> str | None:
    """The group code of ``value`` (code or name in either language), or None.

    >>> parse_group("IKM"), parse_group("Academia"), parse_group("perguruan")
    ('ikm', 'akademisi', None)
    """
    return _parse(value, GROUPS, "consult.group")


def parse_kind(value: str) -> str | None:
    """The kind code of ``value``, or None.

    >>> parse_kind("FGD"), parse_kind("konsultasi publik")
    ('fgd', 'konsultasi_publik')
    """
    return _parse(value, KINDS, "consult.kind")


def parse_channel(value: str) -> str | None:
    """The channel code of ``value``, or None.

    >>> parse_channel("Surat"), parse_channel("e-mail"), parse_channel("letter")
    ('surat', 'email', 'surat')
    """
    if norm(value) in ("e-mail", "surel"):
        return "email"
    return _parse(value, CHANNELS, "consult.channel")


def parse_disposition(value: str) -> str | None:
    """The disposition code of ``value``, or None.

    >>> parse_disposition("diakomodasi sebagian"), parse_disposition("Out of scope")
    ('diakomodasi_sebagian', 'di_luar_lingkup')
    """
    return _parse(value, DISPOSITIONS, "consult.disposition")


def parse_yes(value: str) -> bool | None:
    """``ya``/``yes``/``1`` -> True, ``tidak``/``no``/``0``/blank -> False, else None.

    >>> parse_yes("Ya"), parse_yes(""), parse_yes("mungkin")
    (True, False, None)
    """
    v = norm(value)
    if v in _YES:
        return True
    if v in _NO:
        return False
    return None
