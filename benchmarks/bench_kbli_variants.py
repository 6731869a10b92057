"""KBLI coding: variants of the coder that were measured and not kept, side by side.

Usage::

    PYTHONPATH=src .venv/bin/python benchmarks/bench_kbli_variants.py [--splits dev,val]

Each variant changes the BM25F coder (``KbliCoder(similarity_weight=0)``, the coder before
the TF-IDF similarity) in one way, and is scored like ``bench_kbli.py`` (top-1 and top-3 on
the ``dev``, ``val`` and ``test`` splits of ``tests/data/kbli/phrases.csv``). Parameters were
fixed beforehand (standard values) or chosen on ``val``'s aggregate figures; ``test``
chose nothing. Needs scikit-learn (LinearSVC, logistic regression). Takes a few minutes
(the LinearSVC over 1,790 classes is the slow part).

Variants:

- ``rrf chars``: reciprocal-rank fusion (Cormack et al. 2009, k = 60) of BM25F with a
  TF-IDF over letter 2-4-grams of each class's whole text (scikit-learn ``char_wb``);
- ``hierarchy``: each class's score plus 0.1 x the summed score of its division (2 digits),
  both relative to the phrase's best;
- ``subgroup text``: the subgroup's (4-digit) own description (its "mencakup" part) added to
  each class's description field;
- ``exclusions moved``: each "tidak mencakup ..., lihat CODE" item of a division, group or
  subgroup added to the descriptions of the classes under CODE;
- ``exclusions negative``: a top-10 class whose parent excludes an item sharing two or more
  stems with the phrase gets half its score;
- ``knn dev``: plus 0.3 x the best cosine (>= 0.3) of the phrase with a dev phrase of the
  class (word TF-IDF);
- ``svc``: plus 0.3 x a LinearSVC's margin (word TF-IDF; trained on the classes' titles,
  aliases and texts and on the dev phrases) on the log of the relative BM25F score;
- ``rerank``: logistic regression over the top 10 (relative score, rank, title and alias
  share of the phrase's stems, catch-all class, division mass, first and last word in the
  title) trained on the dev phrases.
"""

from __future__ import annotations

import argparse
import csv
import re
import sys
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from rancang.features.kbli.coder import (  # noqa: E402
    KbliClass,
    KbliCoder,
    load_classes,
    redirect_sentences,
)
from rancang.features.kbli.lexicon import ALIASES  # noqa: E402
from rancang.features.kbli.text import STOPWORDS, stem, terms, words  # noqa: E402

Scores = np.ndarray


def read_phrases() -> list[dict[str, str]]:
    """The labelled set."""
    with (ROOT / "tests/data/kbli/phrases.csv").open(encoding="utf-8") as fh:
        return list(csv.DictReader(fh))


def reference() -> dict[str, dict[str, str]]:
    """Every row of the shipped KBLI 2020 reference, by code."""
    path = ROOT / "src/rancang/reference/data/kbli2020.csv"
    with path.open(encoding="utf-8") as fh:
        return {r["code"]: r for r in csv.DictReader(fh)}


_NOT = re.compile(r"tidak (?:mencakup|termasuk)", re.IGNORECASE)
_SEE = re.compile(r"-\s*([^-]*?),?\s*lihat\s+(?:golongan pokok\s+|golongan\s+|subgolongan\s+|"
                  r"kelompok\s+)?(\d{2,5})", re.IGNORECASE)


def scope(description: str) -> tuple[str, str]:
    """A description cut where its "tidak mencakup" part begins."""
    m = _NOT.search(description)
    return (description[:m.start()], description[m.start():]) if m else (description, "")


def score_all(coder: KbliCoder, phrases: list[str]) -> Scores:
    """BM25F scores (phrases x classes)."""
    return np.array([coder.scores(p) for p in phrases])


def relative(s: Scores) -> Scores:
    top = s.max(axis=1, keepdims=True)
    top[top == 0] = 1.0
    return s / top


def ranks(s: Scores) -> Scores:
    order = np.argsort(-s, axis=1, kind="stable")
    out = np.empty_like(order)
    out[np.arange(s.shape[0])[:, None], order] = np.arange(s.shape[1])[None, :]
    return out


def class_texts(classes: list[KbliClass]) -> list[str]:
    own, moved = redirect_sentences(classes)
    return [" ".join([c.title, ALIASES.get(c.code, ""), *c.parents, own[c.code],
                      *moved[c.code]]) for c in classes]


def stems_of(coder: KbliCoder, text: str) -> str:
    return " ".join(s for _, s, _ in coder.query(text)[0] if "_" not in s)


def v_rrf_chars(ctx: dict) -> Scores:
    from sklearn.feature_extraction.text import TfidfVectorizer

    norm = [" ".join(w for w in words(t) if w not in STOPWORDS)
            for t in class_texts(ctx["classes"])]
    vec = TfidfVectorizer(analyzer="char_wb", ngram_range=(2, 4), sublinear_tf=True)
    docs = vec.fit_transform(norm)
    q = vec.transform([" ".join(w for w in words(p) if w not in STOPWORDS)
                       for p in ctx["phrases"]])
    chars = (q @ docs.T).toarray()
    return 1 / (60 + ranks(ctx["base"])) + 1 / (60 + ranks(chars))


def v_hierarchy(ctx: dict) -> Scores:
    codes = ctx["codes"]
    keys = sorted({c[:2] for c in codes})
    member = np.zeros((len(codes), len(keys)))
    for i, c in enumerate(codes):
        member[i, keys.index(c[:2])] = 1
    div = ctx["base"] @ member @ member.T
    return relative(ctx["base"]) + 0.1 * relative(div)


def v_subgroup_text(ctx: dict) -> Scores:
    ref = ctx["reference"]
    classes = [replace(c, parents=(*c.parents, scope(ref.get(c.code[:4], {}).get(
        "description", ""))[0])) for c in ctx["classes"]]
    return score_all(KbliCoder(classes, similarity_weight=0.0), ctx["phrases"])


def _exclusions(ctx: dict) -> list[tuple[str, str, str]]:
    """(excluding code, target code, item) for every "tidak mencakup ... lihat" item."""
    out = []
    for code, r in ctx["reference"].items():
        if r["level"] in ("division", "group", "subgroup", "class"):
            for item, target in _SEE.findall(scope(r["description"])[1]):
                out.append((code, target, item))
    return out


def v_exclusions_moved(ctx: dict) -> Scores:
    extra: dict[str, list[str]] = {c.code: [] for c in ctx["classes"]}
    for code, target, item in _exclusions(ctx):
        if ctx["reference"][code]["level"] == "class":
            continue
        for c in ctx["classes"]:
            if c.code.startswith(target):
                extra[c.code].append(item)
    classes = [replace(c, description=" ".join([c.description, *extra[c.code]]))
               for c in ctx["classes"]]
    return score_all(KbliCoder(classes, similarity_weight=0.0), ctx["phrases"])


def v_exclusions_negative(ctx: dict) -> Scores:
    codes = ctx["codes"]
    generic = {"industri", "giat", "usaha", "jasa", "lain", "produk", "buat"}
    excluded: dict[str, list[frozenset[str]]] = {c: [] for c in codes}
    for code, target, item in _exclusions(ctx):
        st = frozenset(terms(item)) - generic
        if st:
            for c in codes:
                if c.startswith(code) and not c.startswith(target):
                    excluded[c].append(st)
    s = ctx["base"].copy()
    for i, p in enumerate(ctx["phrases"]):
        qs = set(stems_of(ctx["coder"], p).split())
        for j in np.argsort(-s[i])[:10]:
            if any(len(st & qs) >= min(2, len(qs)) for st in excluded[codes[j]]):
                s[i, j] *= 0.5
    return s


def v_knn_dev(ctx: dict) -> Scores:
    from sklearn.feature_extraction.text import TfidfVectorizer

    q = [stems_of(ctx["coder"], p) for p in ctx["phrases"]]
    dev = [i for i, r in enumerate(ctx["rows"]) if r["split"] == "dev"]
    vec = TfidfVectorizer(analyzer=str.split, sublinear_tf=True).fit([q[i] for i in dev])
    x = vec.transform(q)
    sim = (x @ x[dev].T).toarray()
    for j, i in enumerate(dev):
        sim[i, j] = 0.0  # a dev phrase does not vote for itself
    sim[sim < 0.3] = 0.0
    vote = np.zeros_like(ctx["base"])
    for j, i in enumerate(dev):
        k = ctx["codes"].index(ctx["rows"][i]["kbli"])
        vote[:, k] = np.maximum(vote[:, k], sim[:, j])
    return relative(ctx["base"]) + 0.3 * vote


def v_svc(ctx: dict) -> Scores:
    from sklearn.feature_extraction.text import TfidfVectorizer
    from sklearn.svm import LinearSVC

    coder, codes = ctx["coder"], ctx["codes"]
    index = {c: i for i, c in enumerate(codes)}
    docs, labels = [], []
    for c, text in zip(ctx["classes"], class_texts(ctx["classes"]), strict=True):
        for t in (c.title, ALIASES.get(c.code, ""), text):
            if t:
                docs.append(stems_of(coder, t))
                labels.append(index[c.code])
    for r in ctx["rows"]:
        if r["split"] == "dev":
            docs.append(stems_of(coder, r["phrase"]))
            labels.append(index[r["kbli"]])
    vec = TfidfVectorizer(analyzer=str.split, sublinear_tf=True)
    model = LinearSVC(C=1.0).fit(vec.fit_transform(docs), labels)
    margin = np.full(ctx["base"].shape, -9.0)
    margin[:, model.classes_] = model.decision_function(
        vec.transform([stems_of(coder, p) for p in ctx["phrases"]]))
    return np.log(relative(ctx["base"]) + 1e-3) + 0.3 * (margin - margin.max(1, keepdims=True))


def v_rerank(ctx: dict) -> Scores:
    from sklearn.linear_model import LogisticRegression

    coder, codes, base = ctx["coder"], ctx["codes"], ctx["base"]
    title = [{stem(w) for w in words(c.title) if w not in STOPWORDS} for c in ctx["classes"]]
    alias = [{stem(w) for w in words(ALIASES.get(c.code, "")) if w not in STOPWORDS}
             for c in ctx["classes"]]
    catch = [("lainnya" in c.title.lower()) or c.code.endswith("9") for c in ctx["classes"]]
    feats, gold, where = [], [], []
    for i, p in enumerate(ctx["phrases"]):
        st = stems_of(coder, p).split()
        qs = set(st)
        top = np.argsort(-base[i], kind="stable")[:10]
        best = base[i, top[0]] or 1.0
        mass: dict[str, float] = {}
        for j in top:
            mass[codes[j][:3]] = mass.get(codes[j][:3], 0.0) + base[i, j] / best
        for rank, j in enumerate(top):
            feats.append([np.log(base[i, j] / best + 1e-3), rank == 0, rank,
                          len(qs & title[j]) / max(1, len(qs)),
                          len(qs & alias[j]) / max(1, len(qs)), catch[j], mass[codes[j][:3]],
                          bool(st) and st[0] in title[j], bool(st) and st[-1] in title[j]])
            gold.append(codes[j] == ctx["rows"][i]["kbli"])
            where.append((i, j))
    x = np.array(feats, dtype=float)
    train = np.array([ctx["rows"][i]["split"] == "dev" for i, _ in where])
    model = LogisticRegression(C=1.0, max_iter=2000).fit(x[train], np.array(gold)[train])
    out = np.full(base.shape, -1e9)
    for (i, j), v in zip(where, model.decision_function(x), strict=True):
        out[i, j] = v
    return out


VARIANTS: dict[str, Callable[[dict], Scores]] = {
    "bm25f (the coder before)": lambda ctx: ctx["base"],
    "rrf chars": v_rrf_chars,
    "hierarchy": v_hierarchy,
    "subgroup text": v_subgroup_text,
    "exclusions moved": v_exclusions_moved,
    "exclusions negative": v_exclusions_negative,
    "knn dev": v_knn_dev,
    "svc": v_svc,
    "rerank": v_rerank,
}


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--splits", default="dev,val,test")
    parser.add_argument("--only", default="", help="Comma-separated variant names.")
    args = parser.parse_args()
    splits = args.splits.split(",")
    rows = read_phrases()
    classes = load_classes()
    coder = KbliCoder(classes, similarity_weight=0.0)
    phrases = [r["phrase"] for r in rows]
    ctx = {"rows": rows, "phrases": phrases, "classes": classes, "coder": coder,
           "codes": coder.codes, "reference": reference(), "base": score_all(coder, phrases)}
    gold = np.array([coder.codes.index(r["kbli"]) for r in rows])
    print("| variant | " + " | ".join(f"{s} top-1 | {s} top-3" for s in splits) + " |")
    print("|---|" + "---|---|" * len(splits))
    wanted = set(args.only.split(",")) if args.only else set(VARIANTS)
    for name, fn in VARIANTS.items():
        if name not in wanted:
            continue
        s = fn(ctx)
        top = np.argsort(-s, axis=1, kind="stable")[:, :3]
        cells = []
        for split in splits:
            idx = np.array([i for i, r in enumerate(rows) if r["split"] == split])
            cells.append(f"{np.mean(top[idx, 0] == gold[idx]):.1%}")
            cells.append(f"{np.mean((top[idx] == gold[idx, None]).any(axis=1)):.1%}")
        print(f"| {name} | " + " | ".join(cells) + " |", flush=True)


if __name__ == "__main__":
    main()
