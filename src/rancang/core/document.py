"""What a feature contributes to a plan section: generated text and tables.

A feature's ``sections`` hook (:class:`rancang.core.features.SectionsHook`) returns
``(outline key, Block)`` pairs. Numbers stay numbers in the tables (each column knows its
decimals), so every output formats them in its language and a diff compares values, not
strings; the provenance says which service, data and method produced them.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from rancang.core.i18n import format_number


@dataclass
class Table:
    """A table of a block: stable id, title, headers, rows and the decimals of each column
    (None: text). ``source`` is the line printed under it (data, year, method)."""

    id: str
    title: str
    columns: list[str]
    rows: list[list[Any]]
    decimals: list[int | None]
    source: str = ""
    #: cells [row, column] holding whole counts (persons, firms): shown without decimals
    whole_cells: list[list[int]] = field(default_factory=list)

    def to_json(self) -> dict[str, Any]:
        out = {"id": self.id, "title": self.title, "columns": self.columns,
               "rows": self.rows, "decimals": self.decimals, "source": self.source}
        if self.whole_cells:
            out["whole_cells"] = [list(x) for x in self.whole_cells]
        return out

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> Table:
        return cls(data["id"], data["title"], list(data["columns"]),
                   [list(r) for r in data["rows"]], list(data["decimals"]),
                   data.get("source", ""),
                   [list(x) for x in data.get("whole_cells", [])])

    def cell(self, r: int, c: int, lang: str | None = None) -> str:
        """Cell ``(r, c)`` for people: numbers in the language's notation, '-' for none.

        >>> t = Table("t", "T", ["a", "b"], [["C", 2.791]], [None, 2])
        >>> t.cell(0, 0), t.cell(0, 1, "id"), t.cell(0, 1, "en")
        ('C', '2,79', '2.79')
        >>> Table("t", "T", ["a", "b"], [["orang", 45000.0]], [None, 2],
        ...       whole_cells=[[0, 1]]).cell(0, 1, "id")
        '45.000'
        """
        value = self.rows[r][c]
        d = self.decimals[c]
        if d is not None and [r, c] in self.whole_cells:
            d = 0
        if value is None or (isinstance(value, float) and value != value):
            return "-"
        if d is None or not isinstance(value, int | float):
            return str(value)
        return format_number(float(value), d, lang)


CHART_KINDS = ("bars", "quadrant", "lines", "intervals", "map")


def _plain(value: Any) -> Any:
    """JSON-safe chart data: NaN and infinities become None (strict JSON, PostgreSQL).

    >>> _plain({"a": [1.0, float("nan")], "b": (float("inf"), "x")})
    {'a': [1.0, None], 'b': [None, 'x']}
    """
    if isinstance(value, float):
        return value if value == value and value not in (float("inf"), float("-inf")) else None
    if isinstance(value, dict):
        return {k: _plain(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [_plain(v) for v in value]
    return value


@dataclass
class Chart:
    """A chart of a block, as data: every writer draws it the same way (the plan's
    :mod:`~rancang.features.plan.charts`). ``kind`` is one of :data:`CHART_KINDS`;
    ``data`` holds the numbers and the labels already in the document's language
    (axis titles, quadrant names, series names); ``source`` is the line printed under it
    (data, year, method, reference economy).

    >>> c = Chart("c", "bars", "T", {"labels": ["C"], "values": [37.9]}, "Sumber: x")
    >>> Chart.from_json(c.to_json()) == c
    True
    """

    id: str
    kind: str
    title: str
    data: dict[str, Any]
    source: str = ""

    def to_json(self) -> dict[str, Any]:
        return {"id": self.id, "kind": self.kind, "title": self.title,
                "data": _plain(self.data), "source": self.source}

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> Chart:
        return cls(data["id"], data["kind"], data["title"], dict(data.get("data", {})),
                   data.get("source", ""))


@dataclass
class Block:
    """Generated content for one section: narrative (paragraphs separated by blank
    lines), tables, charts and where the numbers come from."""

    id: str
    text: str = ""
    tables: list[Table] = field(default_factory=list)
    provenance: dict[str, Any] = field(default_factory=dict)
    charts: list[Chart] = field(default_factory=list)

    def to_json(self) -> dict[str, Any]:
        out = {"id": self.id, "text": self.text,
               "tables": [t.to_json() for t in self.tables], "provenance": self.provenance}
        if self.charts:
            out["charts"] = [c.to_json() for c in self.charts]
        return out

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> Block:
        return cls(data["id"], data.get("text", ""),
                   [Table.from_json(t) for t in data.get("tables", [])],
                   dict(data.get("provenance", {})),
                   [Chart.from_json(c) for c in data.get("charts", [])])


#: A4 in centimetres (ISO 216), the paper of Indonesian offices and of every PDF written
A4_CM = (21.0, 29.7)


def a4_docx(*, landscape: bool = False) -> Any:
    """A new python-docx document on A4 paper (portrait, or landscape for wide tables),
    for every Word file the features write: python-docx's template is US Letter.

    >>> doc = a4_docx()
    >>> round(doc.sections[0].page_width.cm, 1), round(doc.sections[0].page_height.cm, 1)
    (21.0, 29.7)
    >>> s = a4_docx(landscape=True).sections[0]
    >>> round(s.page_width.cm, 1), round(s.page_height.cm, 1)
    (29.7, 21.0)
    """
    from docx import Document
    from docx.enum.section import WD_ORIENT
    from docx.shared import Cm

    doc = Document()
    for section in doc.sections:
        width, height = A4_CM if not landscape else A4_CM[::-1]
        section.orientation = WD_ORIENT.LANDSCAPE if landscape else WD_ORIENT.PORTRAIT
        section.page_width, section.page_height = Cm(width), Cm(height)
    return doc


def add_toc(doc: Any, title: str, hint: str) -> None:
    """A table of contents field (headings 1-3) under the heading ``title``: Word fills
    it when the document is opened and fields are updated (``hint`` is shown until then).
    """
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    # "TOC Heading": looks like a heading, is not listed in the contents itself
    doc.add_paragraph(title, style="TOC Heading")
    run = doc.add_paragraph().add_run()
    parts = [("begin", None), (None, 'TOC \\o "1-3" \\h \\z \\u'), ("separate", None)]
    for kind, instr in parts:
        if kind:
            el = OxmlElement("w:fldChar")
            el.set(qn("w:fldCharType"), kind)
            if kind == "begin":
                el.set(qn("w:dirty"), "true")  # Word updates the field on opening
        else:
            el = OxmlElement("w:instrText")
            el.set(qn("xml:space"), "preserve")
            el.text = instr
        run._r.append(el)
    hint_el = OxmlElement("w:t")
    hint_el.text = hint
    run._r.append(hint_el)
    end = OxmlElement("w:fldChar")
    end.set(qn("w:fldCharType"), "end")
    run._r.append(end)
