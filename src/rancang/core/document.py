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

    def to_json(self) -> dict[str, Any]:
        return {"id": self.id, "title": self.title, "columns": self.columns,
                "rows": self.rows, "decimals": self.decimals, "source": self.source}

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> Table:
        return cls(data["id"], data["title"], list(data["columns"]),
                   [list(r) for r in data["rows"]], list(data["decimals"]),
                   data.get("source", ""))

    def cell(self, r: int, c: int, lang: str | None = None) -> str:
        """Cell ``(r, c)`` for people: numbers in the language's notation, '-' for none.

        >>> t = Table("t", "T", ["a", "b"], [["C", 2.791]], [None, 2])
        >>> t.cell(0, 0), t.cell(0, 1, "id"), t.cell(0, 1, "en")
        ('C', '2,79', '2.79')
        """
        value = self.rows[r][c]
        d = self.decimals[c]
        if value is None or (isinstance(value, float) and value != value):
            return "-"
        if d is None or not isinstance(value, int | float):
            return str(value)
        return format_number(float(value), d, lang)


@dataclass
class Block:
    """Generated content for one section: narrative (paragraphs separated by blank
    lines), tables and where the numbers come from."""

    id: str
    text: str = ""
    tables: list[Table] = field(default_factory=list)
    provenance: dict[str, Any] = field(default_factory=dict)

    def to_json(self) -> dict[str, Any]:
        return {"id": self.id, "text": self.text,
                "tables": [t.to_json() for t in self.tables], "provenance": self.provenance}

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> Block:
        return cls(data["id"], data.get("text", ""),
                   [Table.from_json(t) for t in data.get("tables", [])],
                   dict(data.get("provenance", {})))
