"""Code free text to KBLI 2020 classes: BM25F over the classes' texts, with a lexicon.

Each five-digit class is a document with three fields: its title, its official description
(with the titles of its group and subgroup) and the lexicon's aliases for it. A phrase is
normalised and stemmed (:mod:`rancang.features.kbli.text`), a word unknown to the KBLI text
is corrected to the nearest known word when one is close enough (typos), words that say what
kind of activity the phrase is (:data:`~rancang.features.kbli.lexicon.CUES`) add that kind's
title words, and the classes are ranked by BM25F.
"""

from __future__ import annotations

import csv
import math
import re
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources
from itertools import pairwise

import numpy as np
from rapidfuzz import fuzz, process

from rancang.features.kbli.lexicon import ALIASES, CUES, KNOWN, MARKED, PROTECTED
from rancang.features.kbli.similarity import ClassSimilarity
from rancang.features.kbli.text import STOPWORDS, stem, words

#: Field weights (title, description, aliases, named examples) and BM25 parameters, chosen
#: on the dev split.
WEIGHTS = (3.0, 1.0, 8.0, 1.0)
B = (0.5, 0.75, 0.0, 0.5)
K1 = 1.2
#: Factor a cue gives the classes of its kind; without a cue, manufacturing gets DEFAULT_PRIOR.
CUE_PRIOR = 3.0
DEFAULT_PRIOR = 1.1
#: Without a cue, trade classes get this factor: a phrase that only names a product, in a
#: register of industry, is most often its maker.
TRADE_PRIOR = 0.7
#: Factor of classes whose title names a government body or Islamic finance when the phrase
#: does not ask for one (:data:`~rancang.features.kbli.lexicon.MARKED`).
MARKED_PRIOR = 0.7
#: Exponent of the share of the phrase's words a class matches, each word weighted by its
#: IDF (a class that matches every specific word beats one that matches a single one).
COVERAGE = 0.5
#: Weight of a word the coder corrected (a typo), and of a pair of adjacent words.
CORRECTED_WEIGHT = 0.7
BIGRAM_WEIGHT = 1.0
#: Weight :math:`\lambda` of the TF-IDF similarity (words and letter n-grams) of the phrase
#: to the class's whole text: the BM25F score is multiplied by :math:`e^{\lambda \cos}`
#: (:mod:`rancang.features.kbli.similarity`). Chosen on the ``val`` split; 0 turns it off.
SIMILARITY_WEIGHT = 1.0


@dataclass(frozen=True)
class KbliClass:
    """A five-digit KBLI 2020 class with the titles above it."""

    code: str
    title: str
    description: str
    section: str
    parents: tuple[str, ...]


@dataclass(frozen=True)
class Suggestion:
    """One ranked class for a phrase, with why it was suggested.

    ``matched`` holds the phrase's words that matched (after correction), ``fields`` which
    parts of the class they matched (title, description, alias), ``excerpt`` the passage of
    the KBLI description that contains them, ``similarity`` the TF-IDF cosine of the phrase
    with the class's whole text (words and letter n-grams; the score includes a factor
    :math:`e^{\\lambda\\,similarity}`).
    """

    code: str
    title: str
    score: float
    matched: tuple[str, ...]
    fields: tuple[str, ...]
    excerpt: str
    corrected: tuple[tuple[str, str], ...] = field(default=())
    similarity: float = 0.0


def load_classes() -> list[KbliClass]:
    """The 1,790 KBLI 2020 classes shipped with Rancang (``reference/data/kbli2020.csv``).

    Example
    -------
    >>> classes = load_classes()
    >>> len(classes), classes[0].code, classes[0].section
    (1790, '01111', 'A')
    """
    text = resources.files("rancang.reference").joinpath("data/kbli2020.csv")
    with text.open(encoding="utf-8") as fh:
        rows = list(csv.DictReader(fh))
    titles = {r["code"]: r["title"] for r in rows}
    return [
        KbliClass(
            code=r["code"], title=r["title"], description=r["description"],
            section=r["section"],
            parents=tuple(titles[c] for c in (r["code"][:3], r["code"][:4]) if c in titles),
        )
        for r in rows
        if r["level"] == "class"
    ]


class KbliCoder:
    """Rank KBLI classes for free-text phrases.

    Notes
    -----
    BM25F (Robertson, Zaragoza & Taylor 2004): for a term :math:`t` and a class :math:`d`
    with fields :math:`f` (title, description, aliases) of weights :math:`w_f`,

    .. math::

        \\tilde{tf}_{t,d} = \\sum_f w_f \\frac{tf_{t,d,f}}{1 - b_f + b_f\\, l_{d,f}/\\bar l_f},
        \\qquad
        s(q, d) = \\sum_{t \\in q} \\log\\Big(1 + \\frac{N - n_t + 0.5}{n_t + 0.5}\\Big)
        \\frac{\\tilde{tf}_{t,d}}{K_1 + \\tilde{tf}_{t,d}}

    with :math:`N` classes, :math:`n_t` of them containing :math:`t`, :math:`l_{d,f}` the
    field's length in terms.

    References
    ----------
    Robertson, S., Zaragoza, H. & Taylor, M. (2004). Simple BM25 extension to multiple
    weighted fields. CIKM '04, 42-49. Robertson, S. & Zaragoza, H. (2009). The probabilistic
    relevance framework: BM25 and beyond. Found. Trends Inf. Retr. 3(4), 333-389.

    Example
    -------
    >>> coder = KbliCoder.default()
    >>> [s.code for s in coder.suggest("keripik singkong pedas balado", top=3)][:1]
    ['10794']
    >>> coder.suggest("jasa pengemasan barang")[0].code
    '82920'
    """

    def __init__(self, classes: list[KbliClass], *,
                 similarity_weight: float = SIMILARITY_WEIGHT) -> None:
        self.classes = classes
        self.codes = [c.code for c in classes]
        self.similarity_weight = similarity_weight
        self._build()

    @classmethod
    @lru_cache(maxsize=1)
    def default(cls) -> KbliCoder:
        """The coder over the shipped classification (built once per process)."""
        return cls(load_classes())

    def _build(self) -> None:
        fields_words: list[tuple[list[str], ...]] = []
        surface: set[str] = set()
        own, moved = redirect_sentences(self.classes)
        for c in self.classes:
            tw = [w for w in words(c.title) if w not in STOPWORDS]
            dw = [w for w in words(" ".join((*c.parents, own[c.code], *moved[c.code])))
                  if w not in STOPWORDS]
            aw = [w for w in words(ALIASES.get(c.code, "")) if w not in STOPWORDS]
            ew = [w for w in words(" ".join(named_examples(own[c.code]))) if w not in STOPWORDS]
            surface.update(tw, dw, aw, ew)
            fields_words.append((tw, dw, aw, ew))
        self._similarity: ClassSimilarity | None = None
        if self.similarity_weight:
            docs: list[tuple[int, list[str]]] = []
            for i, (tw, dw, aw, _) in enumerate(fields_words):
                docs.append((i, [stem(w) for w in tw]))
                if aw:
                    docs.append((i, [stem(w) for w in aw]))
                docs.append((i, [stem(w) for w in tw + dw]))
            self._similarity = ClassSimilarity(docs, len(self.classes))
        self.surface = sorted(w for w in surface if not w.isdigit())
        self._surface_set = frozenset(surface) | set(CUES) | set(PROTECTED) | KNOWN
        by_initial: dict[str, list[str]] = defaultdict(list)
        for w in self.surface:
            by_initial[w[0]].append(w)
        self._by_initial = dict(by_initial)
        self._sentences: dict[int, list[tuple[str, frozenset[str]]]] = {}
        n = len(self.classes)
        nf = len(WEIGHTS)
        tfs: list[list[Counter[str]]] = [[] for _ in range(nf)]
        for fw in fields_words:
            for f in range(nf):
                field_stems = [stem(w) for w in fw[f]]
                tfs[f].append(Counter(field_stems + bigrams(field_stems)))
        avg = [max(1e-9, sum(sum(c.values()) for c in tfs[f]) / n) for f in range(nf)]
        df: Counter[str] = Counter()
        for i in range(n):
            df.update(set().union(*(tfs[f][i] for f in range(nf))))
        self._idf = {t: math.log(1 + (n - d + 0.5) / (d + 0.5)) for t, d in df.items()}
        postings: dict[str, list[tuple[int, float, int]]] = defaultdict(list)
        for i in range(n):
            lens = [sum(tfs[f][i].values()) for f in range(nf)]
            for t in set().union(*(tfs[f][i] for f in range(nf))):
                tf = 0.0
                mask = 0
                for f in range(nf):
                    if tfs[f][i][t]:
                        mask |= 1 << f
                        tf += WEIGHTS[f] * tfs[f][i][t] / (1 - B[f] + B[f] * lens[f] / avg[f])
                idf = self._idf[t]
                postings[t].append((i, idf * tf / (K1 + tf), mask))
        self._prior = {
            word: np.array([c.code.startswith(prefixes) for c in self.classes])
            for word, prefixes in CUES.items()
        }
        self._marked = {
            mark: (np.array([mark in c.title.lower() for c in self.classes]), frozenset(asks))
            for mark, asks in MARKED.items()
        }
        self._default_prior = np.array([10 <= int(c.code[:2]) <= 33 for c in self.classes])
        self._trade = np.array([c.code.startswith(("46", "47", "451", "453", "454"))
                                and c.code != "45407" for c in self.classes])
        self._postings = {
            t: (np.array([p[0] for p in ps], dtype=np.int32),
                np.array([p[1] for p in ps], dtype=np.float64),
                np.array([p[2] for p in ps], dtype=np.int8))
            for t, ps in postings.items()
        }

    def correct(self, word: str) -> str:
        """The word itself when the KBLI text knows it, else the nearest known word.

        Nearest: the highest Levenshtein similarity (rapidfuzz ``ratio``) of at least 80 for
        words of five letters or more (at least 88 for four letters); shorter words are
        kept as they are.

        Example
        -------
        >>> coder = KbliCoder.default()
        >>> coder.correct("penggilingn"), coder.correct("xyzzy")
        ('penggilingan', 'xyzzy')
        """
        return _correct(self, word)

    def query(self, text: str) -> tuple[list[tuple[str, str, float]], list[tuple[str, str]]]:
        """The weighted terms of a phrase and the corrections made.

        Returns ``(terms, corrections)``: terms as (surface word, stem, weight), single
        words first (weight 1, or :data:`CORRECTED_WEIGHT` for a corrected word) then pairs
        of adjacent words (:data:`BIGRAM_WEIGHT`); corrections as (written, corrected).
        """
        out: list[tuple[str, str, float]] = []
        fixed: list[tuple[str, str]] = []
        for w in words(text):
            if w in STOPWORDS:
                continue
            c = self.correct(w)
            if c != w:
                fixed.append((w, c))
            out.append((c, stem(c), 1.0 if c == w else CORRECTED_WEIGHT))
        pairs = bigrams([s for _, s, _ in out])
        out.extend((p, p, BIGRAM_WEIGHT) for p in pairs)
        return out, fixed

    def _scores(self, q: list[tuple[str, str, float]],
                cos: np.ndarray | None = None) -> np.ndarray:
        total = np.zeros(len(self.classes))
        covered = np.zeros(len(self.classes))
        only_cues = all(w in self._prior or s in self._prior for w, s, _ in q if "_" not in s)
        n_words = 0
        weight_all = 0.0
        for w, s, weight in q:
            if not only_cues and (w in self._prior or s in self._prior):
                continue  # a cue word says the kind of activity (the prior below), not what
            post = self._postings.get(s)
            if "_" not in s:
                n_words += 1
                weight_all += self._idf.get(s, 0.0)
            if post is not None:
                total[post[0]] += weight * post[1]
                if "_" not in s:
                    covered[post[0]] += self._idf[s]
        if n_words > 1 and COVERAGE and weight_all > 0:
            total *= (np.minimum(covered, weight_all) / weight_all) ** COVERAGE
        cued = False
        for w, s, _ in q:
            prior = self._prior.get(w)
            if prior is None:
                prior = self._prior.get(s)
            if prior is not None:
                total[prior] *= CUE_PRIOR
                cued = True
        if not cued:
            total[self._default_prior] *= DEFAULT_PRIOR
            total[self._trade] *= TRADE_PRIOR
        said = {w for w, _, _ in q}
        for mask, asks in self._marked.values():
            if not said & asks:
                total[mask] *= MARKED_PRIOR
        if self._similarity is not None:
            if cos is None:
                cos = self.similarity([q])[0]
            total *= np.exp(self.similarity_weight * cos)
        return total

    def similarity(self, queries: list[list[tuple[str, str, float]]]) -> np.ndarray:
        """Cosine of each query's single terms with every class's text, (queries, classes).

        Zeros when the similarity is turned off (``similarity_weight=0``).
        """
        if self._similarity is None:
            return np.zeros((len(queries), len(self.classes)))
        return self._similarity.cosine([[s for _, s, _ in q if "_" not in s]
                                        for q in queries])

    def scores(self, text: str) -> np.ndarray:
        """Score of every class for a phrase (array aligned with ``self.codes``)."""
        return self._scores(self.query(text)[0])

    def suggest(self, text: str, *, top: int = 3) -> list[Suggestion]:
        """The ``top`` best classes for a phrase, best first, each with its explanation.

        Returns an empty list when no word of the phrase occurs in the KBLI text.
        """
        return self.suggest_many([text], top=top)[0]

    def suggest_many(self, texts: list[str], *, top: int = 3,
                     chunk: int = 512) -> list[list[Suggestion]]:
        """:meth:`suggest` for many phrases, the similarity computed ``chunk`` at a time.

        Example
        -------
        >>> coder = KbliCoder.default()
        >>> [[s.code for s in found][:1] for found in coder.suggest_many(
        ...     ["mess karyawan", "angkutan barang truk"])]
        [['55900'], ['49431']]
        """
        out: list[list[Suggestion]] = []
        for start in range(0, len(texts), chunk):
            parsed = [self.query(t) for t in texts[start:start + chunk]]
            cos = self.similarity([q for q, _ in parsed])
            for k, (q, fixed) in enumerate(parsed):
                total = self._scores(q, cos[k])
                if not total.any():
                    out.append([])
                    continue
                n = min(top, int((total > 0).sum()))
                best = np.argpartition(-total, n - 1)[:n]
                best = best[np.lexsort((best, -total[best]))]
                out.append([self._explain(int(i), float(total[i]), q, tuple(fixed),
                                          float(cos[k][i])) for i in best])
        return out

    def _excerpt(self, i: int, stems: set[str], *, width: int = 160) -> str:
        """The sentence of class ``i``'s description with the most of ``stems``."""
        sentences = self._sentences.get(i)
        if sentences is None:
            sentences = [(t, frozenset(stem(w) for w in words(t)))
                         for t in (x.strip() for x in
                                   _SENTENCE.split(self.classes[i].description)) if t]
            self._sentences[i] = sentences
        if not sentences:
            return ""
        text = max(sentences, key=lambda st: len(st[1] & stems))[0]
        return text if len(text) <= width else text[: width - 1].rstrip() + "…"

    def _explain(self, i: int, score: float, q: list[tuple[str, str, float]],
                 fixed: tuple[tuple[str, str], ...], similarity: float = 0.0) -> Suggestion:
        matched: list[str] = []
        fields: set[str] = set()
        for w, s, _ in q:
            post = self._postings.get(s)
            if post is None or "_" in s:
                continue
            hit = np.nonzero(post[0] == i)[0]
            if hit.size:
                matched.append(w)
                mask = int(post[2][hit[0]])
                fields.update(n for b, n in ((1, "title"), (2, "description"), (4, "alias"),
                                             (8, "description")) if mask & b)
        c = self.classes[i]
        return Suggestion(code=c.code, title=c.title, score=round(score, 4),
                          matched=tuple(dict.fromkeys(matched)),
                          fields=tuple(f for f in ("title", "description", "alias")
                                       if f in fields),
                          excerpt=self._excerpt(i, {stem(m) for m in matched}),
                          corrected=fixed, similarity=round(similarity, 4))


@lru_cache(maxsize=100_000)
def _correct_cached(coder_id: int, word: str) -> str:
    coder = _CODERS[coder_id]
    if word in coder._surface_set or len(word) < 5 or word.isdigit():
        return word
    # a typo rarely hits the first letter: compare with the known words of that letter
    candidates = coder._by_initial.get(word[0], ())
    hit = process.extractOne(word, candidates, scorer=fuzz.ratio, score_cutoff=85)
    return str(hit[0]) if hit else word


_CODERS: dict[int, KbliCoder] = {}


def _correct(coder: KbliCoder, word: str) -> str:
    _CODERS[id(coder)] = coder
    return _correct_cached(id(coder), word)


_CODE = re.compile(r"\b(\d{5})\b")
_SENTENCE = re.compile(r"(?<=[.;])\s+")
_MOVES = ("dimasukkan", "masuk ", "masuk ke", "lihat")
_NOT_MOVES = ("s.d", "belum", "selain", "tidak diklasifikasikan", "tidak tercakup")


def redirect_sentences(
    classes: list[KbliClass],
) -> tuple[dict[str, str], dict[str, list[str]]]:
    """Split each description into what the class covers and what it sends elsewhere.

    A sentence such as "Kecuali pembuatan karung plastik masuk dalam kelompok 22220" (in
    13926) names a product of *another* class: it is taken out of 13926's text and given to
    22220. Sentences that only delimit a catch-all class ("belum tercakup dalam kelompok
    08911 s.d. 08919") are left where they are.

    Returns
    -------
    own : dict of code -> the description without the redirected sentences
    moved : dict of code -> sentences other classes' descriptions send to it

    Example
    -------
    >>> c = [KbliClass("13926", "KARUNG", "Karung bagor. Karung plastik masuk dalam "
    ...                "kelompok 22220.", "C", ()),
    ...      KbliClass("22220", "PLASTIK", "Kemasan.", "C", ())]
    >>> own, moved = redirect_sentences(c)
    >>> own["13926"], moved["22220"]
    ('Karung bagor.', ['Karung plastik masuk dalam kelompok 22220.'])
    """
    codes = {c.code for c in classes}
    own: dict[str, str] = {}
    moved: dict[str, list[str]] = {c.code: [] for c in classes}
    for c in classes:
        keep = []
        for sentence in _SENTENCE.split(c.description):
            low = sentence.lower()
            targets = [t for t in _CODE.findall(sentence) if t in codes and t != c.code]
            if targets and any(m in low for m in _MOVES) and not any(
                    n in low for n in _NOT_MOVES):
                for t in targets:
                    moved[t].append(sentence)
            else:
                keep.append(sentence)
        own[c.code] = " ".join(keep)
    return own, moved


_EXAMPLES = re.compile(r"\b(?:seperti|misalnya|contohnya|antara lain)\b:?\s*([^.;]*)",
                       re.IGNORECASE)


def named_examples(description: str) -> list[str]:
    """The products and activities a description names as examples ("seperti ...").

    Example
    -------
    >>> named_examples("Mencakup pembuatan kerupuk, seperti kerupuk udang dan emping. Lain.")
    ['kerupuk udang dan emping']
    """
    return [m.strip() for m in _EXAMPLES.findall(description)]


def bigrams(stems: list[str]) -> list[str]:
    """Adjacent pairs of stems, joined by an underscore.

    Example
    -------
    >>> bigrams(["angkut", "karyawan", "tambang"])
    ['angkut_karyawan', 'karyawan_tambang']
    """
    return [f"{a}_{b}" for a, b in pairwise(stems)]


def excerpt(description: str, stems: list[str], *, width: int = 160) -> str:
    """The sentence-sized passage of a description where most of the stems occur.

    Example
    -------
    >>> excerpt("Kelompok ini mencakup usaha industri kerupuk. Termasuk keripik paru.",
    ...         ["keripik"])
    'Termasuk keripik paru.'
    """
    sentences = [s.strip() for s in _SENTENCE.split(description) if s.strip()]
    if not sentences:
        return ""
    wanted = set(stems)

    def hits(sentence: str) -> int:
        return sum(stem(w) in wanted for w in words(sentence))

    text = max(sentences, key=hits)
    return text if len(text) <= width else text[: width - 1].rstrip() + "…"
