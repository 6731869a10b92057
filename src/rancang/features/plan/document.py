"""The plan document as a sequence of printable parts, for every writer (DOCX, PDF, the
page): title lines, chapter and section headings, paragraphs (generated text marked for
review, authored text, guides for what people must write) and tables with their source
lines. Numbers are formatted here, in the document's language, once for all writers."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any

from markupsafe import Markup

from rancang.core.document import Chart, Table
from rancang.core.i18n import format_when, text
from rancang.features.plan.outline import chapter_number, fill


@dataclass
class Part:
    """One printable part: ``kind`` is title, subtitle, chapter, section, heading,
    paragraph, bullet, note (italic: marks and guides), table, chart (an image drawn by
    :mod:`~rancang.features.plan.charts`), source, or signature (blocks side by side,
    one per signer in ``cells``: the line above the signature (a position followed by a
    comma), the name printed bold and underlined below the room to sign, then further
    lines such as ``NIP. ...``)."""

    kind: str
    text: str = ""
    table: Table | None = None
    number: int = 0
    anchor: str = ""
    cells: list[list[str]] = field(default_factory=list)
    chart: Chart | None = None

    def html(self) -> Markup:
        """The part's text with its inline Markdown as safe HTML (for the pages)."""
        return inline_html(self.text)


def placeholder_values(snap: dict[str, Any], lang: str) -> dict[str, Any]:
    p = snap["plan"]
    return {"region_name": p["region_name"] or p["region_code"], "region": p["region_code"],
            "level_name": text(f"plan.level.{p['level']}", lang),
            "start": p["start_year"], "end": p["end_year"]}


@lru_cache(maxsize=1)
def _markdown() -> Any:
    from markdown_it import MarkdownIt

    # CommonMark without raw HTML: what people type is text, never markup
    return MarkdownIt("commonmark", {"html": False})


def markdown_parts(source: str) -> Iterator[Part]:
    """Authored Markdown as parts (parsed by markdown-it-py, CommonMark): ``#`` headings,
    ``-``/``*`` bullets, ``1.`` numbered items (``number`` holds the item's number) and
    paragraphs. A part's text keeps its inline marks (``**bold**``, ``*italic*``), which
    every writer renders through :func:`inline_runs` or :func:`inline_html`.

    >>> [(p.kind, p.text) for p in markdown_parts("# Visi\\nMaju.\\n\\n- satu\\n- dua")]
    [('heading', 'Visi'), ('paragraph', 'Maju.'), ('bullet', 'satu'), ('bullet', 'dua')]
    >>> [(p.kind, p.number, p.text) for p in markdown_parts("1. **a**\\n2. b")]
    [('bullet', 1, '**a**'), ('bullet', 2, 'b')]
    """
    kind = "paragraph"
    item: int | None = None  # inside a list item: its number (0 for a bullet)
    first = False
    for tok in _markdown().parse(source):
        if tok.type == "heading_open":
            kind = "heading"
        elif tok.type == "heading_close":
            kind = "paragraph"
        elif tok.type == "list_item_open":
            item = int(tok.info) if tok.info.isdigit() else 0
            first = True
        elif tok.type == "list_item_close":
            item = None
        elif tok.type in ("inline", "code_block", "fence"):
            body = " ".join(line.strip() for line in tok.content.splitlines()).strip()
            if not body:
                continue
            if kind == "heading":  # a heading is printed in its own style, without marks
                yield Part("heading", "".join(run[0] for run in inline_runs(body)))
            elif item is not None and first:
                yield Part("bullet", body, number=item)
                first = False
            else:
                yield Part("paragraph", body)


def inline_runs(source: str) -> list[tuple[str, bool, bool]]:
    """The inline Markdown of one part as runs of (text, bold, italic), for the DOCX
    and the PDF: the marks are read, never printed.

    >>> inline_runs("Kabupaten **Morowali** dan *Bahodopi*")
    [('Kabupaten ', False, False), ('Morowali', True, False), (' dan ', False, False), \
('Bahodopi', False, True)]
    >>> inline_runs("pangsa_industri 3 * 4")
    [('pangsa_industri 3 * 4', False, False)]
    """
    tokens = _markdown().parseInline(source)
    runs: list[tuple[str, bool, bool]] = []
    bold = italic = 0
    for tok in (tokens[0].children or []) if tokens else []:
        if tok.type == "strong_open":
            bold += 1
        elif tok.type == "strong_close":
            bold -= 1
        elif tok.type == "em_open":
            italic += 1
        elif tok.type == "em_close":
            italic -= 1
        if tok.type in ("text", "code_inline", "softbreak", "hardbreak", "html_inline"):
            piece = " " if tok.type in ("softbreak", "hardbreak") else tok.content
            if not piece:
                continue
            if runs and runs[-1][1:] == (bold > 0, italic > 0):
                runs[-1] = (runs[-1][0] + piece, bold > 0, italic > 0)
            else:
                runs.append((piece, bold > 0, italic > 0))
    return runs


def inline_html(source: str) -> Markup:
    """The inline Markdown of one part as safe HTML for the page (``<strong>``,
    ``<em>``; anything else typed is escaped).

    >>> str(inline_html("a **b** <i>c</i>"))
    'a <strong>b</strong> &lt;i&gt;c&lt;/i&gt;'
    """
    # markdown-it escapes everything typed (html is off)
    return Markup(_markdown().renderInline(source))


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
    label = snap.get("label", "current")
    version = text("plan.version.current", lang) if label == "current" else label
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
        title = fill(chapter["title"], values, lang).upper()
        # the annexes' label is their title: "LAMPIRAN", never "LAMPIRAN LAMPIRAN"
        yield Part("chapter", number if title == number else f"{number} {title}",
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
