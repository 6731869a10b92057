"""The outline of a plan: chapters and sections as a template the region can change.

Two templates ship with Rancang (``outlines/rpik.toml`` for a regency or city,
``outlines/rpip.toml`` for a province; sources in ``docs/plan.md``). A plan keeps its own
copy (:attr:`rancang.features.plan.models.Plan.outline`), so a region can add, drop, rename
or reorder sections without touching the template. Section keys are the stable anchors
comments and programmes point to.

An outline is a mapping::

    {"id": "rpik-default", "level": "rpik", "title": [id, en],
     "chapters": [{"key": "bab1", "title": [id, en],
                   "sections": [{"key": "pendahuluan.latar_belakang", "title": [id, en],
                                 "guide": [id, en]}]}]}

Titles and guides may use the placeholders of :data:`PLACEHOLDERS`.
"""

from __future__ import annotations

import re
import string
import tomllib
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Any

from rancang.core.errors import InputError, Problem
from rancang.core.i18n import Msg, pick

LEVELS = ("rpik", "rpip")
PLACEHOLDERS = ("region_name", "region", "level_name", "start", "end")
_KEY = re.compile(r"^[a-z][a-z0-9_]*(\.[a-z0-9_]+)*$")


@dataclass(frozen=True)
class SectionSpec:
    """A section of the outline: its stable key, chapter, number and words."""

    key: str
    chapter: str
    number: str
    title: tuple[str, str]
    guide: tuple[str, str] | None


@lru_cache(maxsize=4)
def _template_text(level: str) -> str:
    return (resources.files("rancang.features.plan") / "outlines" / f"{level}.toml").read_text(
        encoding="utf-8")


def default_outline(level: str) -> dict[str, Any]:
    """The shipped outline of ``level`` (``rpik`` or ``rpip``), validated.

    >>> o = default_outline("rpik")
    >>> o["id"], o["chapters"][0]["sections"][0]["key"]
    ('rpik-default', 'pendahuluan.latar_belakang')
    >>> "kondisi.persebaran" in section_keys(default_outline("rpip"))
    True
    """
    if level not in LEVELS:
        raise InputError(Problem(Msg("plan.bad_level", level=level), column="level"))
    return parse_outline(_template_text(level), name=f"{level}.toml")


def parse_outline(source: str, *, name: str = "outline.toml") -> dict[str, Any]:
    """An outline read from TOML text, checked with :func:`check_outline`."""
    try:
        data = tomllib.loads(source)
    except tomllib.TOMLDecodeError as exc:
        raise InputError(Problem(Msg("plan.outline.toml", error=str(exc)), file=name)) from None
    return check_outline(data, name=name)


def read_outline(path: Path) -> dict[str, Any]:
    """An outline from a TOML file (the region's changed copy of a template)."""
    return parse_outline(path.read_text(encoding="utf-8"), name=path.name)


def _pair(value: Any) -> tuple[str, str] | None:
    if isinstance(value, str) and value.strip():
        return (value, value)
    if (isinstance(value, list | tuple) and len(value) == 2
            and all(isinstance(v, str) and v.strip() for v in value)):
        return (value[0], value[1])
    return None


def _placeholders_ok(words: tuple[str, str]) -> str | None:
    """The first placeholder of ``words`` that is not in :data:`PLACEHOLDERS` (or a broken
    brace), else None.

    >>> _placeholders_ok(("RPIK {region_name}", "RPIK {region_name}")) is None
    True
    >>> _placeholders_ok(("RPIK {wilayah}", "x")), _placeholders_ok(("RPIK {region", "x"))
    ('{wilayah}', '{region')
    """
    for w in words:
        try:
            fields = [f for _, f, _, _ in string.Formatter().parse(w) if f is not None]
        except ValueError:
            start = w.find("{")
            return w[start:start + 20] if start >= 0 else w[:20]
        for f in fields:
            if f not in PLACEHOLDERS:
                return "{" + f + "}"
    return None


def check_outline(data: Mapping[str, Any], *, name: str = "outline") -> dict[str, Any]:
    """A clean copy of ``data`` or :class:`InputError` listing every problem (a missing
    title, a key used twice or badly formed, an unknown placeholder)."""
    problems: list[Problem] = []

    def bad(msg: Msg, where: str) -> None:
        problems.append(Problem(msg, file=name, column=where))

    level = data.get("level")
    if level not in LEVELS:
        bad(Msg("plan.bad_level", level=level), "level")
    title = _pair(data.get("title"))
    if title is None:
        bad(Msg("plan.outline.no_title"), "title")
    elif (ph := _placeholders_ok(title)) is not None:
        bad(Msg("plan.outline.placeholder", placeholder=ph,
                known=", ".join("{" + p + "}" for p in PLACEHOLDERS)), "title")
    chapters_in = data.get("chapters")
    chapters: list[dict[str, Any]] = []
    seen: set[str] = set()
    if not isinstance(chapters_in, list) or not chapters_in:
        bad(Msg("plan.outline.no_chapters"), "chapters")
        chapters_in = []
    for c, chapter in enumerate(chapters_in, start=1):
        where = f"chapters[{c}]"
        if not isinstance(chapter, Mapping):
            bad(Msg("plan.outline.no_title"), where)
            continue
        ckey = str(chapter.get("key", f"bab{c}"))
        ctitle = _pair(chapter.get("title"))
        if ctitle is None:
            bad(Msg("plan.outline.no_title"), f"{where}.title")
        sections: list[dict[str, Any]] = []
        for s, section in enumerate(chapter.get("sections") or [], start=1):
            swhere = f"{where}.sections[{s}]"
            key = section.get("key") if isinstance(section, Mapping) else None
            if not isinstance(key, str) or not _KEY.match(key):
                bad(Msg("plan.outline.bad_key", key=key), f"{swhere}.key")
                continue
            if key in seen:
                bad(Msg("plan.outline.duplicate_key", key=key), f"{swhere}.key")
            seen.add(key)
            stitle = _pair(section.get("title"))
            if stitle is None:
                bad(Msg("plan.outline.no_title"), f"{swhere}.title")
                continue
            guide = _pair(section["guide"]) if section.get("guide") else None
            for words, field in ((stitle, "title"), (guide, "guide")):
                if words and (ph := _placeholders_ok(words)) is not None:
                    bad(Msg("plan.outline.placeholder", placeholder=ph,
                            known=", ".join("{" + p + "}" for p in PLACEHOLDERS)),
                        f"{swhere}.{field}")
            entry: dict[str, Any] = {"key": key, "title": list(stitle)}
            if guide:
                entry["guide"] = list(guide)
            sections.append(entry)
        chapters.append({"key": ckey, "title": list(ctitle or ("", "")), "sections": sections})
    if problems:
        raise InputError(problems)
    return {"id": str(data.get("id", "custom")), "level": level, "title": list(title or ()),
            "chapters": chapters}


def outline_toml(outline: Mapping[str, Any]) -> str:
    """The outline as TOML text (to edit and read back with :func:`parse_outline`).

    >>> o = default_outline("rpik")
    >>> parse_outline(outline_toml(o)) == o
    True
    """
    def q(value: str) -> str:
        return '"' + value.replace("\\", "\\\\").replace('"', '\\"') + '"'

    def pair(p: list[str]) -> str:
        return f"[{q(p[0])}, {q(p[1])}]"

    lines = [f"id = {q(outline['id'])}", f"level = {q(outline['level'])}",
             f"title = {pair(outline['title'])}"]
    for chapter in outline["chapters"]:
        lines += ["", "[[chapters]]", f"key = {q(chapter['key'])}",
                  f"title = {pair(chapter['title'])}"]
        for s in chapter["sections"]:
            lines += ["", "[[chapters.sections]]", f"key = {q(s['key'])}",
                      f"title = {pair(s['title'])}"]
            if s.get("guide"):
                lines.append(f"guide = {pair(s['guide'])}")
    return "\n".join(lines) + "\n"


def sections(outline: Mapping[str, Any]) -> Iterator[SectionSpec]:
    """Every section in order, numbered ``I.1``, ``I.2``... (annexes ``L.1``...)."""
    romans = ("I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X")
    for c, chapter in enumerate(outline["chapters"]):
        roman = "L" if chapter["key"] == "lampiran" else romans[min(c, len(romans) - 1)]
        for s, section in enumerate(chapter["sections"], start=1):
            guide = section.get("guide")
            yield SectionSpec(section["key"], chapter["key"], f"{roman}.{s}",
                              (section["title"][0], section["title"][1]),
                              (guide[0], guide[1]) if guide else None)


def section_keys(outline: Mapping[str, Any]) -> list[str]:
    """The section keys in order."""
    return [s.key for s in sections(outline)]


def chapter_number(outline: Mapping[str, Any], key: str) -> str:
    """``BAB I``... for a chapter key (``LAMPIRAN`` for the annexes)."""
    for c, chapter in enumerate(outline["chapters"]):
        if chapter["key"] == key:
            return "LAMPIRAN" if key == "lampiran" else f"BAB {_roman(c + 1)}"
    return key


def _roman(n: int) -> str:
    """``1`` -> ``I`` ... (enough for chapters).

    >>> _roman(4), _roman(9)
    ('IV', 'IX')
    """
    out = ""
    for value, sym in ((10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I")):
        while n >= value:
            out += sym
            n -= value
    return out


def fill(words: tuple[str, str] | list[str], values: Mapping[str, Any],
         lang: str | None = None) -> str:
    """A title or guide in ``lang`` with its placeholders filled.

    >>> fill(["RPIK {region_name}", "Plan of {region_name}"], {"region_name": "Morowali"}, "en")
    'Plan of Morowali'
    """
    w = pick((words[0], words[1]), lang)
    return w.format(**{p: values.get(p, "") for p in PLACEHOLDERS})
