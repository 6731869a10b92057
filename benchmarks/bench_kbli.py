"""KBLI coding quality and speed: the coder against a plain BM25 baseline.

Usage::

    PYTHONPATH=src .venv/bin/python benchmarks/bench_kbli.py [--errors dev]

Reads the labelled phrases of ``tests/data/kbli/phrases.csv`` and prints top-1 and top-3
accuracy on the ``dev`` split (the lexicon was written from these), the ``val`` split (held
out from the lexicon; its aggregate figures chose between variants), the ``test`` split
(held out from everything), the same three splits of round 5 (``r5-*``, the blind round
of 2026-12-05, written before any change was tried) and all phrases, for

- ``bm25``: plain Okapi BM25 (``rank_bm25.BM25Okapi``, k1 = 1.5, b = 0.75) over each class's
  title and description, lower-cased words, no stemming, no lexicon;
- ``bm25f``: :class:`rancang.features.kbli.coder.KbliCoder` without the TF-IDF similarity
  (``similarity_weight=0``, the coder as it was before the similarity was added);
- ``rancang``: :class:`rancang.features.kbli.coder.KbliCoder` as shipped.

``--errors dev`` lists the dev phrases (rounds 1-5) the coder misses (never use it on ``val`` or
``test``). ``--dev-only`` prints the dev split only. Other variants that were measured and
not kept: ``benchmarks/bench_kbli_variants.py``.
The speed of the whole command on 10,000 phrases is measured separately with
``/usr/bin/time -v rancang kbli code`` (see benchmarks/README.md).
"""

from __future__ import annotations

import argparse
import csv
import re
import sys
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from rank_bm25 import BM25Okapi  # noqa: E402

from rancang.features.kbli.coder import KbliCoder, load_classes  # noqa: E402


def read_phrases() -> list[dict[str, str]]:
    """The labelled set."""
    with (ROOT / "tests/data/kbli/phrases.csv").open(encoding="utf-8") as fh:
        return list(csv.DictReader(fh))


#: The first row of round 5 (the blind round of 2026-12-05, see
#: tests/data/kbli/README.md); rows before it are rounds 1-4.
ROUND5_START = 1005


def in_split(i: int, row: dict[str, str], name: str) -> bool:
    """Whether row ``i`` belongs to the reported split ``name``.

    ``dev``/``val``/``test``: rounds 1-4; ``r5-dev``/``r5-val``/``r5-test``/``r5-all``:
    round 5; ``all``: every row.
    """
    if name == "all":
        return True
    if name.startswith("r5-"):
        return i >= ROUND5_START and name[3:] in ("all", row["split"])
    return i < ROUND5_START and row["split"] == name


def baseline() -> tuple[list[str], BM25Okapi]:
    """Plain BM25 over title + description, words as they are."""
    classes = load_classes()
    tok = [re.findall(r"[a-z0-9]+", f"{c.title} {c.description}".lower()) for c in classes]
    return [c.code for c in classes], BM25Okapi(tok)


def accuracy(ranked: list[list[str]], gold: list[str]) -> tuple[float, float]:
    """Share of phrases whose class is first, and among the first three."""
    n = len(gold)
    top1 = sum(r[:1] == [g] for r, g in zip(ranked, gold, strict=True)) / n
    top3 = sum(g in r[:3] for r, g in zip(ranked, gold, strict=True)) / n
    return top1, top3


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--errors", choices=["dev"], default=None)
    parser.add_argument("--dev-only", action="store_true",
                        help="Print the dev split only (while tuning, so the held-out "
                             "splits stay unseen).")
    args = parser.parse_args()
    rows = read_phrases()
    codes, bm25 = baseline()
    classes = load_classes()
    coder = KbliCoder.default()
    plain = KbliCoder(classes, similarity_weight=0.0)
    phrases = [r["phrase"] for r in rows]
    ranked: dict[str, list[list[str]]] = {"bm25": []}
    for p in phrases:
        s = bm25.get_scores(re.findall(r"[a-z0-9]+", p.lower()))
        ranked["bm25"].append([codes[i] for i in np.argsort(-s, kind="stable")[:3]])
    for name, c in (("bm25f", plain), ("rancang", coder)):
        ranked[name] = [[x.code for x in found] for found in c.suggest_many(phrases, top=3)]
    print(f"{'split':<6} {'n':>5}" + "".join(f"  {n + ' top-1':>13} {n + ' top-3':>13}"
                                              for n in ranked))
    names = ("dev", "r5-dev") if args.dev_only else (
        "dev", "val", "test", "r5-dev", "r5-val", "r5-test", "r5-all", "all")
    for split in names:
        idx = [i for i, r in enumerate(rows) if in_split(i, r, split)]
        gold = [rows[i]["kbli"] for i in idx]
        cells = []
        for got in ranked.values():
            t1, t3 = accuracy([got[i] for i in idx], gold)
            cells.append(f"  {t1:>13.1%} {t3:>13.1%}")
        print(f"{split:<6} {len(idx):>5}" + "".join(cells))
    ranked_ours = ranked["rancang"]
    if args.errors == "dev":
        for r, got in zip(rows, ranked_ours, strict=True):
            if r["split"] == "dev" and got[:1] != [r["kbli"]]:  # both rounds' dev
                print(f"  {r['phrase']!r}: want {r['kbli']}, got {got}")


if __name__ == "__main__":
    main()
