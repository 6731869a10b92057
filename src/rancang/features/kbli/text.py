"""Indonesian text as offices write it, made comparable with the KBLI text.

Steps: lower case and split into words (letters and digits); rewrite abbreviations, slang and
misspellings (:data:`~rancang.features.kbli.lexicon.REWRITE`); drop stop words; stem with the
Nazief-Adriani stemmer of Sastrawi except for protected words
(:data:`~rancang.features.kbli.lexicon.PROTECTED`).
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Any

from rancang.features.kbli.lexicon import PROTECTED, REWRITE

_WORD = re.compile(r"[a-z0-9]+")

_STOP = (
    "dan atau yang di ke dari untuk dengan pada dalam serta seperti lainnya lain ini itu "
    "adalah oleh sebagai termasuk mencakup kelompok kegiatan usaha ytdl ybdi juga tidak "
    "bukan baik maupun secara tersebut sejenisnya sejenis macam berbagai kecuali hal "
    "dimasukkan subgolongan golongan yaitu para akan dapat bisa tanpa atas per nya se "
    "a b c d e f g h i j k l m n o p q r s t u v w x y z"
)
STOPWORDS = frozenset(_STOP.split())


@lru_cache(maxsize=1)
def _stemmer() -> Any:
    from Sastrawi.Stemmer.StemmerFactory import StemmerFactory

    return StemmerFactory().create_stemmer()


@lru_cache(maxsize=200_000)
def stem(word: str) -> str:
    """Stem one lower-case word, keeping the meaning of protected words.

    Example
    -------
    >>> stem("pengemasan"), stem("penggilingan"), stem("peternakan")
    ('kemas', 'giling', 'ternak')
    """
    if word in PROTECTED:
        return PROTECTED[word]
    if word.isdigit() or len(word) <= 3:
        return word
    result: str = _stemmer().stem(word)
    return result or word


def words(text: str) -> list[str]:
    """Lower-case words of a text, with the lexicon's rewrites applied (not stemmed).

    Example
    -------
    >>> words("Ind. KRIPIK singkong, utk oleh2")
    ['industri', 'keripik', 'singkong', 'untuk', 'oleh2']
    """
    out: list[str] = []
    for w in _WORD.findall(text.lower()):
        rewritten = REWRITE.get(w)
        if rewritten is None:
            out.append(w)
        elif rewritten:
            out.extend(rewritten.split())
    return out


def terms(text: str) -> list[str]:
    """Stemmed content words of a text (stop words dropped), in order.

    Example
    -------
    >>> terms("Jasa pengemasan dan pengepakan produk")
    ['jasa', 'kemas', 'kemas', 'produk']
    """
    return [stem(w) for w in words(text) if w not in STOPWORDS]
