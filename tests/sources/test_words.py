"""Every message of the readers, the methods and the decision methods renders in both
languages with its parameters filled, and every one of them is used by the code."""

from __future__ import annotations

import string
from pathlib import Path

import pytest

from rancang.analysis.words import WORDS as ANALYSIS_WORDS
from rancang.core.i18n import Msg
from rancang.decision.words import WORDS as DECISION_WORDS
from rancang.sources.words import WORDS as SOURCES_WORDS

MODULES = {"sources": SOURCES_WORDS, "analysis": ANALYSIS_WORDS, "decision": DECISION_WORDS}
MESSAGE_PREFIXES = ("sources.", "analysis.", "decision.", "panel.", "io.", "reference.")
SRC = Path(__file__).resolve().parents[2] / "src" / "rancang"


def _sample(spec: str) -> object:
    """A value that the format ``spec`` of a placeholder accepts."""
    if spec and spec[-1] in "fFgGeE%":
        return 1234.5
    if spec and spec[-1] in "dn":
        return 12
    return "X1"


def _params(template: str) -> dict[str, object]:
    return {name: _sample(spec or "") for _, name, spec, _ in string.Formatter().parse(template)
            if name}


def _expected(template: str, params: dict[str, object], lang: str) -> str:
    """``template`` filled, numbers written as ``lang`` writes them (Indonesian: decimal
    comma, thousands point; a value quoted with ``!r`` as given)."""
    out = []
    for literal, name, spec, conversion in string.Formatter().parse(template):
        out.append(literal)
        if name:
            value = params[name]
            if conversion == "r":
                out.append(format(repr(value), spec or ""))
                continue
            shown = format(value, spec or "")
            if lang == "id" and isinstance(value, int | float):
                shown = shown.translate(str.maketrans(",.", ".,"))
            out.append(shown)
    return "".join(out)


def _messages() -> list[tuple[str, str]]:
    return sorted((module, key) for module, words in MODULES.items() for key in words
                  if key.startswith(MESSAGE_PREFIXES))


@pytest.mark.parametrize(("module", "key"), _messages())
def test_every_message_renders_in_both_languages(module: str, key: str) -> None:
    indonesian, english = MODULES[module][key]
    params = _params(indonesian)
    assert params == _params(english), key
    for lang, source in (("id", indonesian), ("en", english)):
        shown = Msg(key, **params).render(lang)
        assert shown and shown != key, (key, lang)
        assert "{" not in shown and "}" not in shown, (key, lang, shown)
        assert shown == _expected(source, params, lang)
    if indonesian != english:  # words that are the same in both (a code, a name) are fine
        assert Msg(key, **params).render("id") != Msg(key, **params).render("en")


def test_nested_messages_render_in_the_language_of_the_outer_one() -> None:
    from rancang.sources._cells import Joined

    msg = Msg("sources.combine.lacks", what=Msg("sources.combine.regions"),
              items=Joined(["7203 Morowali", Msg("error.more", n=3)], " "),
              base=Msg("sources.combine.first_file"))
    assert msg.render("en") == "lacks regions 7203 Morowali and 3 more (present in the first file)"
    assert msg.render("id") == ("tidak memuat wilayah 7203 Morowali dan 3 lainnya (yang ada di "
                                "berkas pertama)")


def test_every_message_is_used_by_the_code() -> None:
    code = "\n".join(p.read_text(encoding="utf-8") for p in SRC.rglob("*.py")
                     if p.name != "words.py")
    unused = [key for _, key in _messages() if f'"{key}"' not in code]
    assert not unused, unused
