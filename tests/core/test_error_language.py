"""Every error reads in one language: each message the code raises, rendered by the one
renderer for each channel (the CLI's line, the API's JSON, the web page), in Indonesian and
in English, carries no word of the other language.

The messages are found in the code (``Msg("key")``, ``SomeError("key")``) and given sample
values for their placeholders; a language is recognised by its common short words.
"""

from __future__ import annotations

import re
import string
from pathlib import Path

import pytest

from rancang.core.errors import InputError, NotFoundError, Problem, error_payload, error_text
from rancang.core.i18n import Msg, catalogue, language

SRC = Path(__file__).resolve().parents[2] / "src" / "rancang"
USED = re.compile(
    r"""(?:\bMsg|\bNote\.of|\bmessage|Error|Forbidden|Unauthenticated)\(\s*["']"""
    r"""([a-z][a-z0-9_]*\.[a-z0-9_.]+)["']""")
# short words that only one of the two languages uses
WORDS = {
    "id": {"yang", "dan", "tidak", "untuk", "dengan", "dari", "atau", "harus", "ada", "di",
           "ke", "pada", "baris", "kolom", "berkas", "lembar", "wilayah", "tahun", "bukan",
           "belum", "sudah", "adalah", "ini", "itu", "juga", "lebih", "kurang", "nilai"},
    "en": {"the", "and", "of", "is", "are", "with", "must", "not", "for", "from", "has",
           "have", "to", "was", "be", "file", "row", "column", "sheet", "region", "year",
           "should", "only", "than", "more", "value", "which", "this", "that", "no"},
}


# machine names a message quotes on purpose (the columns of a tidy table)
MACHINE_WORDS = {"sources.layout_unknown": {"year", "value"}}


def _keys() -> list[str]:
    words = catalogue().words
    found: set[str] = set()
    for path in SRC.rglob("*.py"):
        if "migrations" in path.parts:
            continue
        found.update(k for k in USED.findall(path.read_text(encoding="utf-8"))
                     if k in words)
    return sorted(found)


def _sample(key: str) -> Msg:
    fields = {f for pair in [catalogue().words[key]] for s in pair
              for _, f, _, _ in string.Formatter().parse(s) if f}
    return Msg(key, **{f.split("!")[0].split(".")[0].split("[")[0]: 7 for f in fields})


def _foreign(text: str, lang: str) -> set[str]:
    other = WORDS["en" if lang == "id" else "id"]
    # codes, flags, file names and placeholders are not words of either language
    cleaned = re.sub(r"(--?[\w-]+|'[^']*'|\"[^\"]*\"|\S+\.\w{2,4}\b|\w+_\w+)", " ", text)
    return {w for w in re.findall(r"[A-Za-z]+", cleaned) if w.lower() in other}


KEYS = _keys()


def test_the_messages_were_found() -> None:
    assert len(KEYS) > 300


@pytest.mark.parametrize("lang", ["id", "en"])
def test_every_error_in_one_language(lang: str) -> None:
    bad = {}
    for key in KEYS:
        exc = InputError(Problem(_sample(key), file="a.csv", sheet="S1", row=2, column="C"))
        with language(lang):
            shown = [error_text(exc), str(error_payload(exc)["error"]),
                     error_text(NotFoundError(_sample(key)))]
        foreign = set().union(*(_foreign(s, lang) for s in shown))
        foreign -= MACHINE_WORDS.get(key, set())
        if foreign:
            bad[key] = (sorted(foreign), shown[0])
    assert not bad, "\n".join(f"{k}: {v}" for k, v in bad.items())
