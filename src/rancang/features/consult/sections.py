"""The sections of a plan version as people name them: the number and title
(``III.1 Visi dan Misi``) in every chooser, list and document, and back from what a form
or a spreadsheet sends (the title shown, the number, or the internal key) to the key an
input is stored under."""

from __future__ import annotations

from typing import Any

from rancang.core.i18n import LANGS
from rancang.features.consult.vocab import norm
from rancang.features.plan.outline import fill


def section_choices(snap: dict[str, Any], lang: str) -> list[tuple[str, str]]:
    """``(key, "number title")`` of each section of the snapshot ``snap``, in the
    document's order, the title in ``lang`` with its placeholders filled.

    >>> snap = {"plan": {"region_name": "Morowali", "region_code": "72.06",
    ...                  "level": "kabupaten", "start_year": 2025, "end_year": 2045},
    ...         "sections": [{"key": "visi.visi_misi", "number": "III.1",
    ...                       "title": ["Visi dan Misi", "Vision and Mission"]}]}
    >>> section_choices(snap, "en")
    [('visi.visi_misi', 'III.1 Vision and Mission')]
    """
    from rancang.features.plan.document import placeholder_values

    values = placeholder_values(snap, lang)
    return [(s["key"], f"{s['number']} {fill(s['title'], values, lang)}".strip())
            for s in snap["sections"]]


def resolve_section(value: str, snap: dict[str, Any]) -> str:
    """The section key ``value`` names in ``snap``: the key itself, the number and
    title as the choosers and the capture form show them (either language), or the
    number alone (``III.1``); spaces and case do not matter. Anything else is given
    back unchanged (and refused by the input's checks with the known sections).

    >>> snap = {"plan": {"region_name": "Morowali", "region_code": "72.06",
    ...                  "level": "kabupaten", "start_year": 2025, "end_year": 2045},
    ...         "sections": [{"key": "visi.visi_misi", "number": "III.1",
    ...                       "title": ["Visi dan Misi", "Vision and Mission"]}]}
    >>> [resolve_section(v, snap) for v in ("III.1  visi dan misi", "iii.1",
    ...  "III.1 Vision and Mission", "visi.visi_misi", "bab.lain")]
    ['visi.visi_misi', 'visi.visi_misi', 'visi.visi_misi', 'visi.visi_misi', 'bab.lain']
    """
    raw = (value or "").strip()
    keys = [s["key"] for s in snap["sections"]]
    if raw in keys:
        return raw
    wanted = " ".join(raw.split()).lower()  # not norm(): keys and titles keep their "_"
    for s in snap["sections"]:
        if wanted == str(s["number"]).lower():
            return str(s["key"])
    for lang in LANGS:
        for key, label in section_choices(snap, lang):
            if wanted == " ".join(label.split()).lower() or norm(wanted) == norm(label):
                return key
    return raw


#: rows offered one by one in a table's cell chooser (a longer table is offered whole)
MAX_ROWS = 40


def cell_choices(snap: dict[str, Any],
                 lang: str) -> list[tuple[str, list[tuple[str, str]]]]:
    """The tables of a version people may point an input at, by section: ``(section
    "number title", [(anchor, label)])`` where the anchor is what an input stores
    (``table | row``, or the table alone, see
    :func:`rancang.features.consult.inputs.parse_cell`) and the label names the table
    as the document numbers it (``Tabel 3 ...``) and the row. Sections without tables
    are left out; a table of more than :data:`MAX_ROWS` rows is offered whole."""
    from rancang.core.i18n import text
    from rancang.features.plan.document import parts

    titles = dict(section_choices(snap, lang))
    whole = text("consult.page.whole_table", lang)
    out: list[tuple[str, list[tuple[str, str]]]] = []
    current = ""
    for part in parts(snap, lang):
        if part.kind in ("chapter", "section"):
            current = part.anchor if part.kind == "section" else ""
            continue
        if part.kind != "table" or part.table is None or not current:
            continue
        if not out or out[-1][0] != titles.get(current, current):
            out.append((titles.get(current, current), []))
        choices = out[-1][1]
        table = part.table
        choices.append((table.id, f"{part.text} {whole}"))
        if len(table.rows) <= MAX_ROWS:
            for r, row in enumerate(table.rows):
                cells = part.cells[r] if part.cells else [str(row[0])]
                # the row's label, with the name beside it when the table has one
                named = (len(cells) > 1 and len(table.decimals) > 1
                         and table.decimals[1] is None)
                shown = f"{cells[0]} {cells[1]}" if named else cells[0]
                choices.append((f"{table.id} | {row[0]}", f"{part.text}: {shown}"))
    return out


def section_of_cell(cell: str, snap: dict[str, Any]) -> str | None:
    """The key of the section whose table a cell anchor names, or None."""
    from rancang.features.consult.inputs import parse_cell, section_tables

    table = parse_cell(cell)[0]
    if not table:
        return None
    found = [k for k, tables in section_tables(snap).items() if table in tables]
    return found[0] if len(found) == 1 else None


def table_captions(snap: dict[str, Any], lang: str) -> dict[str, str]:
    """``table id -> "Tabel 1. Struktur PDRB ..."``: each table of the version as its DOCX
    and PDF number and caption it (the numbering of
    :func:`rancang.features.plan.document.parts`, chapters in the outline's order, without
    formatting every cell of every table)."""
    from rancang.core.i18n import text

    by_chapter: dict[str, list[dict[str, Any]]] = {}
    for s in snap["sections"]:
        by_chapter.setdefault(s["chapter"], []).append(s)
    n = 0
    out = {}
    for chapter in snap["outline"]["chapters"]:
        for s in by_chapter.get(chapter["key"], []):
            for b in s.get("blocks", []):
                for t in b.get("tables", []):
                    n += 1
                    out[str(t["id"])] = text("plan.table_caption", lang, n=n,
                                             title=t["title"])
    return out


def cell_text(cell: str, captions: dict[str, str]) -> str:
    """A stored cell anchor as people read it: the table's number and caption, then the
    row and the column given (the anchor as stored when the table is unknown).

    >>> cell_text("leading.lq | C | SLQ", {"leading.lq": "Tabel 2. SLQ dan DLQ"})
    'Tabel 2. SLQ dan DLQ · C · SLQ'
    >>> cell_text("", {}), cell_text("t9 | A", {})
    ('', 't9 | A')
    """
    from rancang.features.consult.inputs import parse_cell

    table, row, column = parse_cell(cell)
    if not table or table not in captions:
        return cell
    return " · ".join(v for v in (captions[table], row, column) if v)


def cell_texts(engine: Any, actor: Any, plan_id: int, items: list[Any],
               lang: str, snaps: dict[str, dict[str, Any]] | None = None) -> dict[int, str]:
    """``input id -> cell as people read it`` (:func:`cell_text`) of the ``items`` that
    point at a table cell, each in the version it was made on (``snaps``: the snapshots
    already read, by label)."""
    from rancang.features.plan.versions import snapshot

    snaps = {} if snaps is None else snaps
    captions: dict[str, dict[str, str]] = {}
    out = {}
    for i in items:
        if not i.cell:
            continue
        if i.version_label not in captions:
            if i.version_label not in snaps:
                snaps[i.version_label] = snapshot(engine, actor, plan_id, i.version_label)
            captions[i.version_label] = table_captions(snaps[i.version_label], lang)
        out[i.id] = cell_text(i.cell, captions[i.version_label])
    return out
