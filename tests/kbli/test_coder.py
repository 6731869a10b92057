"""The KBLI coder: against a plain BM25 on the held-out phrases, invariants, protected stems,
explanations."""

from __future__ import annotations

import csv
import re
from pathlib import Path

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from rancang.features.kbli.coder import KbliCoder, load_classes, redirect_sentences
from rancang.features.kbli.text import stem, terms, words

PHRASES = Path(__file__).resolve().parents[1] / "data" / "kbli" / "phrases.csv"


@pytest.fixture(scope="module")
def coder() -> KbliCoder:
    return KbliCoder.default()


def _phrases(split: str) -> list[dict[str, str]]:
    with PHRASES.open(encoding="utf-8") as fh:
        return [r for r in csv.DictReader(fh) if r["split"] == split]


def test_labelled_set_covers_all_sections_and_known_codes() -> None:
    classes = {c.code: c.section for c in load_classes()}
    rows = _phrases("dev") + _phrases("val") + _phrases("test")
    assert len(rows) >= 300
    assert all(r["kbli"] in classes for r in rows)
    sections = {classes[r["kbli"]] for r in rows}
    assert len(sections) >= 19  # A..S
    assert {r["split"] for r in rows} == {"dev", "val", "test"}
    assert len({r["phrase"] for r in rows}) == len(rows)


def test_beats_plain_bm25_on_held_out_phrases(coder: KbliCoder) -> None:
    """On the held-out split, the coder's top-1 and top-3 beat rank_bm25's BM25Okapi over
    the same titles and descriptions by a wide margin (the peer library, same input)."""
    from rank_bm25 import BM25Okapi

    classes = load_classes()
    codes = [c.code for c in classes]
    bm25 = BM25Okapi([re.findall(r"[a-z0-9]+", f"{c.title} {c.description}".lower())
                      for c in classes])
    rows = _phrases("test")
    base1 = base3 = ours1 = ours3 = 0
    for r in rows:
        s = bm25.get_scores(re.findall(r"[a-z0-9]+", r["phrase"].lower()))
        base = [codes[i] for i in np.argsort(-s, kind="stable")[:3]]
        ours = [x.code for x in coder.suggest(r["phrase"], top=3)]
        base1 += base[:1] == [r["kbli"]]
        base3 += r["kbli"] in base
        ours1 += ours[:1] == [r["kbli"]]
        ours3 += r["kbli"] in ours
    n = len(rows)
    assert ours1 / n >= base1 / n + 0.25
    assert ours3 / n >= base3 / n + 0.15
    assert ours1 / n >= 0.72  # regression floor; the measured figure is in benchmarks


@pytest.mark.parametrize(("phrase", "code", "not_code"), [
    ("jasa pengemasan barang", "82920", "07301"),      # "pengemasan" is not "emas" (gold)
    ("pengrajin perhiasan emas", "32112", "01301"),    # "perhiasan" is not "hias" (plants)
    ("peternakan sapi perah", "01412", None),          # "peternakan" is not "terna"
    ("keripik singkong pedas balado", "10794", None),  # issue 16's examples
    ("jasa angkutan karyawan tambang", "49216", None),
    ("katering harian karyawan", "56290", None),
    ("angkutan barang truk", "49431", None),
    ("mess karyawan", "55900", None),
])
def test_protected_words_and_issue_examples(coder: KbliCoder, phrase: str, code: str,
                                            not_code: str | None) -> None:
    found = [s.code for s in coder.suggest(phrase, top=3)]
    assert found[0] == code
    assert not_code not in found


def test_stemmer_protection() -> None:
    assert stem("pengemasan") == "kemas"
    assert stem("perhiasan") == "perhiasan"
    assert stem("penggilingan") == "giling"  # Sastrawi's own result where it is right


def test_typo_is_corrected_and_reported(coder: KbliCoder) -> None:
    best = coder.suggest("pngilingan padi")[0]
    assert best.code == "10631"
    assert ("pngilingan", "penggilingan") in best.corrected


def test_explanation_names_words_of_the_phrase_and_a_passage_of_the_class(
        coder: KbliCoder) -> None:
    classes = {c.code: c for c in load_classes()}
    for phrase in ("tambak udang vaname", "bengkel las kanopi", "sprei dan gorden"):
        for s in coder.suggest(phrase, top=3):
            assert set(s.matched) <= set(words(phrase)) | {b for _, b in s.corrected}
            assert s.excerpt.rstrip("…") in classes[s.code].description
            assert s.fields
            assert 0.0 <= s.similarity <= 1.0


def test_redirected_sentence_moves_to_the_class_it_names() -> None:
    own, moved = redirect_sentences(load_classes())
    assert "karung plastik" not in own["13926"].lower()
    assert any("karung plastik" in s.lower() for s in moved["22220"])


def test_nothing_known_gives_nothing(coder: KbliCoder) -> None:
    assert coder.suggest("qqqq zzzz") == []


TEXT = st.text(alphabet="abcdeghiklmnoprstuwy ", min_size=1, max_size=40)


@settings(max_examples=60, deadline=None)
@given(TEXT, st.integers(1, 10))
def test_ranking_invariants(text: str, top: int) -> None:
    coder = KbliCoder.default()
    found = coder.suggest(text, top=top)
    assert len(found) <= top
    scores = [s.score for s in found]
    assert scores == sorted(scores, reverse=True)
    assert all(s > 0 for s in scores)
    assert len({s.code for s in found}) == len(found)
    # case, punctuation and spacing do not change the answer
    again = coder.suggest(f"  {text.upper()}!! ", top=top)
    assert [s.code for s in again] == [s.code for s in found]


@settings(max_examples=60, deadline=None)
@given(TEXT)
def test_terms_are_stems_of_words(text: str) -> None:
    assert all(t == t.lower() and t for t in terms(text))
