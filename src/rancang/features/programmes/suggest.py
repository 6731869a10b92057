"""Suggested mappings: programmes matched to a plan's targets and strategies by the
similarity of their words, for a person to confirm.

A programme's words are its nomenclature and output indicator; an anchor's are its label
(and for a strategy its section title in both languages and the team's text). Both are
weighted by TF-IDF and compared by cosine similarity (Salton & Buckley 1988, "Term-weighting
approaches in automatic text retrieval", Inf. Proc. & Management 24(5)); the words both
share are shown so the person sees why.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

import numpy as np
from sqlalchemy import Engine

from rancang.core.actors import Actor
from rancang.core.i18n import current_language, text
from rancang.features.plan.service import get_plan
from rancang.features.programmes.anchors import Anchor, plan_anchors
from rancang.features.programmes.nomenclature import normalise
from rancang.features.programmes.service import ProgrammeRow, list_programmes

#: words too common in programme lists to say anything
STOPWORDS = frozenset((
    "dan", "yang", "untuk", "di", "ke", "dari", "dengan", "serta", "atau", "pada", "dalam",
    "bagi", "oleh", "the", "of", "and", "for", "in", "to", "a", "an", "kabupaten", "kota",
    "provinsi", "daerah", "program", "kegiatan", "sub", "pelaksanaan", "penyelenggaraan",
    "tahun", "jumlah", "persentase", "orang", "unit", "dokumen", "laporan", "yg"))
COLUMNS = ("kode", "wilayah", "tahun", "instansi", "nomenklatur", "indikator", "jenis",
           "kunci", "sasaran_strategi", "skor", "kata_cocok", "kontribusi", "konfirmasi")


def terms(doc: str) -> list[str]:
    """The words of ``doc`` that carry meaning: lower case, 3 letters or more, no stopword.

    >>> terms("Pembinaan IKM Pangan dan Fasilitasi Sertifikasi Halal di Kabupaten")
    ['pembinaan', 'ikm', 'pangan', 'fasilitasi', 'sertifikasi', 'halal']
    """
    return [w for w in re.findall(r"[a-z]+", normalise(doc))
            if len(w) >= 3 and w not in STOPWORDS]


def similarity(left: Sequence[str], right: Sequence[str]) -> np.ndarray:
    """Cosine similarity of TF-IDF vectors of every ``left`` doc to every ``right`` doc.

    ``w(t, d) = tf(t, d) * (ln((1 + n) / (1 + df(t))) + 1)`` over the ``n`` docs of both
    lists (scikit-learn's smoothed IDF), each vector scaled to unit length;
    ``cos(a, b) = w_a . w_b``.

    >>> s = similarity(["pengembangan ikm pangan", "data industri siinas"],
    ...                ["ikm pangan", "sistem informasi industri"])
    >>> s.shape, bool(s[0, 0] > s[0, 1]), bool(s[1, 1] > s[1, 0]), round(float(s[0, 0]), 3)
    ((2, 2), True, True, 0.744)
    """
    from sklearn.feature_extraction.text import TfidfVectorizer

    docs = [*left, *right]
    if not any(terms(d) for d in docs):
        return np.zeros((len(left), len(right)))
    vec = TfidfVectorizer(analyzer=terms)
    matrix = vec.fit_transform(docs)
    a, b = matrix[:len(left)], matrix[len(left):]
    return np.asarray((a @ b.T).toarray())


@dataclass(frozen=True)
class Suggestion:
    """A programme, an anchor of the plan, the score and the words they share."""

    programme: ProgrammeRow
    anchor: Anchor
    score: float
    words: tuple[str, ...]


def programme_words(p: ProgrammeRow) -> str:
    return f"{p.name} {p.indicator}"


def suggest(engine: Engine, actor: Actor, plan_id: int, *, top: int = 3,
            threshold: float = 0.1) -> list[Suggestion]:
    """For each programme of the plan's region and period the actor may read, the ``top``
    anchors scoring at least ``threshold``, best first (those a person rejected left
    out)."""
    plan = get_plan(engine, actor, plan_id)
    anchors = plan_anchors(engine, plan)
    progs = list_programmes(engine, actor, area=plan.region_code,
                            years=(plan.start_year, plan.end_year))
    if not anchors or not progs:
        return []
    from sqlalchemy import select

    from rancang.features.programmes.models import ProgrammeMapping

    m = ProgrammeMapping.__table__
    with engine.connect() as conn:
        rejected = {(r[0], r[1], r[2]) for r in conn.execute(
            select(m.c.programme_id, m.c.kind, m.c.anchor).where(
                m.c.plan_id == plan.id, m.c.rejected.is_(True)))}
    texts = [programme_words(p) for p in progs]
    unique = sorted(set(texts))
    index = {t: k for k, t in enumerate(unique)}
    scores = similarity(unique, [a.words for a in anchors])
    anchor_terms = [set(terms(a.words)) for a in anchors]
    out: list[Suggestion] = []
    for p, t in zip(progs, texts, strict=True):
        row = scores[index[t]]
        best = [int(j) for j in np.argsort(-row, kind="stable")[:top] if row[j] >= threshold]
        words = terms(t)
        for j in best:
            if (p.id, anchors[j].kind, anchors[j].key) in rejected:
                continue
            shared = tuple(dict.fromkeys(w for w in words if w in anchor_terms[j]))
            out.append(Suggestion(p, anchors[j], round(float(row[j]), 4), shared))
    return out


def write_suggestions(rows: Sequence[Suggestion], path: Path, *, plan_label: str,
                      lang: str | None = None) -> Path:
    """The suggestions as an XLSX to confirm: ``konfirmasi`` is left for a person."""
    import polars as pl

    from rancang.sources.writers import write_workbook

    lang = lang or current_language()
    frame = pl.DataFrame({
        "kode": [s.programme.code for s in rows],
        "wilayah": [s.programme.region_code for s in rows],
        "tahun": [s.programme.year for s in rows],
        "instansi": [s.programme.agency for s in rows],
        "nomenklatur": [s.programme.name for s in rows],
        "indikator": [s.programme.indicator for s in rows],
        "jenis": [s.anchor.kind for s in rows],
        "kunci": [s.anchor.key for s in rows],
        "sasaran_strategi": [s.anchor.label for s in rows],
        "skor": [s.score for s in rows],
        "kata_cocok": [", ".join(s.words) for s in rows],
        "kontribusi": ["" for _ in rows],
        "konfirmasi": ["" for _ in rows],
    }, schema={c: (pl.Int64 if c == "tahun" else pl.Float64 if c == "skor" else pl.String)
               for c in COLUMNS})
    about = {text("programmes.suggest.about.plan", lang): plan_label,
             text("programmes.suggest.about.how", lang): text("programmes.suggest.how", lang)}
    return write_workbook(path, {text("programmes.sheet.suggest", lang): frame}, about=about,
                          lang=lang, headers={c: c for c in COLUMNS})
