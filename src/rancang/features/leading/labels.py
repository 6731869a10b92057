"""Leading-industry words for people: criteria names and descriptions, map words."""

from __future__ import annotations

from rancang.core.i18n import catalogue, current_language, has, text


def criterion_label(key: str, lang: str | None = None) -> str:
    """Short name of a leading-industry criterion (``slq``, ``competitive``...).

    >>> criterion_label("competitive", "en"), criterion_label("competitive", "id")
    ('Competitiveness', 'Daya saing')
    """
    return text(f"crit.{key}", lang) if has(f"crit.{key}") else key


def criterion_description(key: str, lang: str | None = None) -> str:
    """What a leading-industry criterion measures, in ``lang``.

    >>> criterion_description("growth", "en")
    'mean annual growth rate (CAGR)'
    """
    return text(f"crit.desc.{key}", lang) if has(f"crit.desc.{key}") else key


def map_words(lang: str | None = None) -> dict[str, str]:
    """The words the map script shows (``map.*``), in the page's language.

    >>> map_words("en")["legend"]
    'Legend'
    """
    index = 1 if (lang or current_language()) == "en" else 0
    return {key.split(".", 1)[1]: pair[index] for key, pair in catalogue().words.items()
            if key.startswith("map.")}
