"""The one language catalogue: every words module well formed, no key defined twice with
different words, the same placeholders in both languages, and every key the code, the
templates and the feature manifests use present."""

from __future__ import annotations

import re
import string
from pathlib import Path

from rancang.core.features import check_words, installed
from rancang.core.i18n import CORE_WORDS, catalogue

SRC = Path(__file__).resolve().parents[2] / "src" / "rancang"
# keys written literally in the code: Msg("key"...), text("key"...), a RancangError("a.b")
CODE_KEYS = re.compile(
    r"""(?:\bMsg|\btext|\bt|Error|Forbidden|Unauthenticated)\(\s*["']([a-z][a-z0-9_]*\.[a-z0-9_.]+)["']""")


def _fields(text: str) -> set[str]:
    return {f for _, f, _, _ in string.Formatter().parse(text) if f}


def test_every_words_module_is_well_formed() -> None:
    import importlib

    for name in (*CORE_WORDS, *installed().words_modules()):
        words = importlib.import_module(name).WORDS
        assert not check_words(words), (name, check_words(words))


def test_no_key_has_two_meanings() -> None:
    assert catalogue().words and not catalogue().conflicts, catalogue().conflicts


def test_both_languages_have_the_same_placeholders() -> None:
    bad = [k for k, (id_, en) in catalogue().words.items() if _fields(id_) != _fields(en)]
    assert not bad, bad


def test_every_key_used_in_code_and_templates_exists() -> None:
    words = catalogue().words
    missing: dict[str, list[str]] = {}
    for path in SRC.rglob("*"):
        if path.suffix not in (".py", ".html") or "migrations" in path.parts:
            continue
        for key in CODE_KEYS.findall(path.read_text(encoding="utf-8")):
            if key.endswith(("_", ".")) or key == "no.such.key":  # a prefix completed at run
                continue                                         # time; the doctest's example
            if key not in words:
                missing.setdefault(key, []).append(str(path.relative_to(SRC)))
    assert not missing, missing


def test_every_manifest_word_exists() -> None:
    words = catalogue().words
    features = installed()
    keys = [f.label for f in features]
    keys += [n.label for n in features.nav()]
    keys += [r.label for r in features.roles().values()]
    keys += [p.label for p in features.permissions().values()]
    keys += [i.label for i in features.importers()]
    missing = sorted({k for k in keys if k not in words})
    assert not missing, missing


def test_a_key_with_two_meanings_is_caught(monkeypatch) -> None:  # type: ignore[no-untyped-def]
    import sys
    import types

    from rancang.core.i18n import Catalogue

    for name, pair in (("words_a", ("satu", "one")), ("words_b", ("dua", "two"))):
        module = types.ModuleType(name)
        module.WORDS = {"x.same": pair}  # type: ignore[attr-defined]
        monkeypatch.setitem(sys.modules, name, module)
    cat = Catalogue(("words_a", "words_b"))
    assert cat.get("x.same", "en") == "two"
    assert cat.conflicts == [("x.same", "words_a", "words_b")]
