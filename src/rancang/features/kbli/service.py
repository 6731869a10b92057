"""The KBLI coder's service: one phrase, validated, for the CLI, the page and the API."""

from __future__ import annotations

from rancang.core.errors import InputError, Problem
from rancang.core.i18n import Msg, text
from rancang.features.kbli.batch import MAX_TOP
from rancang.features.kbli.coder import KbliCoder, Suggestion

MAX_CHARS = 500


def suggest_text(phrase: str, *, top: int = 3) -> list[Suggestion]:
    """The best ``top`` classes for a phrase (1 <= top <= 10, 1-500 characters).

    Example
    -------
    >>> [s.code for s in suggest_text("jasa angkutan karyawan tambang", top=3)][0]
    '49216'
    """
    if not 1 <= top <= MAX_TOP:
        raise InputError(Problem(Msg("kbli.bad_top", max=MAX_TOP), column="top"))
    if not phrase.strip():
        raise InputError(Problem(Msg("kbli.empty_text"), column="text"))
    if len(phrase) > MAX_CHARS:
        raise InputError(Problem(Msg("kbli.text_too_long", max=MAX_CHARS), column="text"))
    return KbliCoder.default().suggest(phrase, top=top)


def explain(s: Suggestion) -> str:
    """One sentence: the words that matched, where, the text similarity, and any typo read
    differently.

    Example
    -------
    >>> from rancang.core.i18n import language
    >>> with language("en"):
    ...     explain(suggest_text("mess karyawan")[0])
    'matched words: asrama, pekerja, karyawan (in KBLI description, lexicon); text similarity 0.60'
    """
    fields = ", ".join(text(f"kbli.field.{f}") for f in s.fields)
    out = text("kbli.matched", words=", ".join(s.matched) or "-", fields=fields or "-")
    out += "; " + text("kbli.similarity", value=s.similarity)
    if s.corrected:
        pairs = ", ".join(f"{a} \u2192 {b}" for a, b in s.corrected)
        out += "; " + text("kbli.corrected", pairs=pairs)
    return out
