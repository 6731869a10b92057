"""The plan document as a sequence of printable parts, for every writer (DOCX, PDF, the
page): title lines, chapter and section headings, paragraphs (generated text marked for
review, authored text, guides for what people must write) and tables with their source
lines. Numbers are formatted here, in the document's language, once for all writers."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any

from rancang.core.document import Chart, Table
from rancang.core.i18n import format_when, text
from rancang.features.plan.outline import chapter_number, fill


@dataclass
class Part:
    """One printable part: ``kind`` is title, subtitle, chapter, section, heading,
    paragraph, bullet, note (italic: marks and guides), table, chart (an image drawn by
    :mod:`~rancang.features.plan.charts`) or source."""

    kind: str
    text: str = ""
    table: Table | None = None
    number: int = 0
    anchor: str = ""
    cells: list[list[str]] = field(default_factory=list)
    chart: Chart | None = None


def placeholder_values(snap: dict[str, Any], lang: str) -> dict[str, Any]:
    p = snap["plan"]
    return {"region_name": p["region_name"] or p["region_code"], "region": p["region_code"],
            "level_name": text(f"plan.level.{p['level']}", lang),
            "start": p["start_year"], "end": p["end_year"]}


def markdown_parts(source: str) -> Iterator[Part]:
    """Authored Markdown as parts: ``#`` headings, ``-``/``*`` bullets, paragraphs.

    >>> [(p.kind, p.text) for p in markdown_parts("# Visi\\nMaju.\\n\\n- satu\\n- dua")]
    [('heading', 'Visi'), ('paragraph', 'Maju.'), ('bullet', 'satu'), ('bullet', 'dua')]
    """
    para: list[str] = []

    def flush() -> Iterator[Part]:
        if para:
            yield Part("paragraph", " ".join(para))
            para.clear()

    for raw in source.splitlines():
        line = raw.strip()
        if not line:
            yield from flush()
        elif line.startswith("#"):
            yield from flush()
            yield Part("heading", line.lstrip("#").strip())
        elif line[:2] in ("- ", "* "):
            yield from flush()
            yield Part("bullet", line[2:].strip())
        else:
            para.append(line)
    yield from flush()


def parts(snap: dict[str, Any], lang: str) -> Iterator[Part]:
    """Every part of the document ``snap`` (a snapshot of :mod:`versions`) in order."""
    values = placeholder_values(snap, lang)
    p = snap["plan"]
    outline = snap["outline"]
    yield Part("title", fill(outline["title"], values, lang))
    status = text(f"plan.status.{p['status']}", lang)
    line = f"{p['level'].upper()} {p['region_code']} - {text('plan.h.status', lang)}: {status}"
    if p.get("perda_number"):
        line += f" - {p['perda_number']} ({format_when(p.get('perda_date'), lang)})"
    version = snap.get("label", "current")
    line += f" - {text('plan.h.version', lang)}: {version}"
    yield Part("subtitle", line)
    if snap.get("sources", {}).get("synthetic"):
        yield Part("note", text("plan.txt.synthetic", lang))
    n_table = n_chart = 0
    by_chapter: dict[str, list[dict[str, Any]]] = {}
    for s in snap["sections"]:
        by_chapter.setdefault(s["chapter"], []).append(s)
    for chapter in outline["chapters"]:
        number = chapter_number(outline, chapter["key"])
        number = number.replace("BAB", text("plan.doc.chapter", lang)).replace(
            "LAMPIRAN", text("plan.doc.annexes", lang))
        yield Part("chapter", f"{number} {fill(chapter['title'], values, lang).upper()}",
                   anchor=chapter["key"])
        for s in by_chapter.get(chapter["key"], []):
            yield Part("section", f"{s['number']} {fill(s['title'], values, lang)}",
                       anchor=s["key"])
            blocks = s.get("blocks", [])
            if s.get("authored"):
                yield from markdown_parts(s["authored"])
            elif any(b.get("text") for b in blocks):
                yield Part("note", text("plan.generated_mark", lang))
                for b in blocks:
                    if b.get("text"):
                        yield from markdown_parts(b["text"])
            elif not any(b.get("tables") or b.get("charts") for b in blocks):
                guide = fill(s["guide"], values, lang) if s.get("guide") else ""
                yield Part("note", f"{text('plan.to_write', lang)} {guide}".strip())
            for b in blocks:
                for t in b.get("tables", []):
                    table = Table.from_json(t)
                    n_table += 1
                    cells = [[table.cell(r, c, lang) for c in range(len(table.columns))]
                             for r in range(len(table.rows))]
                    yield Part("table", text("plan.table_caption", lang, n=n_table,
                                             title=table.title), table, n_table,
                               anchor=table.id, cells=cells)
                    if table.source:
                        yield Part("source", table.source)
                for c in b.get("charts", []):
                    chart = Chart.from_json(c)
                    n_chart += 1
                    yield Part("chart", text("plan.figure_caption", lang, n=n_chart,
                                             title=chart.title), chart=chart, number=n_chart,
                               anchor=chart.id)
                    if chart.source:
                        yield Part("source", chart.source)


def section_parts(snap: dict[str, Any], key: str, lang: str) -> list[Part]:
    """The parts of section ``key`` as the whole document numbers them (table and figure
    numbers equal to the DOCX's and the PDF's), without its heading."""
    out: list[Part] = []
    inside = False
    for part in parts(snap, lang):
        if part.kind in ("chapter", "section"):
            inside = part.kind == "section" and part.anchor == key
        elif inside:
            out.append(part)
    return out
