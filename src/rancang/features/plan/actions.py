"""Strategies, programmes and the action plan (rencana aksi) of a plan, as data.

The action plan of an RPIK/RPIP (Perda annex "matriks program dan rencana aksi") is a
table: programme group (the five of UU 3/2014 and Permenperin 110/2015: leading
industries, industrial zoning, industrial resources, facilities and infrastructure,
empowerment), strategy, programme, action, the stages in which the action runs, the agency
responsible and those related, and the targets it serves. One row per action
(:class:`ActionRow`); strategies and programmes are the distinct keys of the rows
(:func:`list_strategies`, :func:`list_programmes`: what the ``programmes`` feature maps
government programmes to).

Imports (CSV, XLSX, the page's table, the API) are all-or-nothing: every problem is
located by file, sheet, row and column and nothing changes; rows are matched by their
``key``, so importing the same file twice changes nothing the second time; a blank optional
cell keeps the stored value; ``replace`` makes the file the whole matrix (rows not in it
are removed).
"""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, delete, insert, select

from rancang.core.actors import Actor
from rancang.core.db.base import utcnow
from rancang.core.document import Block, Table
from rancang.core.errors import InputError, NotFoundError, Problem
from rancang.core.i18n import Msg, text
from rancang.core.text import MAX_FIELD, text_problem
from rancang.features.plan.models import PlanAction
from rancang.features.plan.service import PlanInfo, get_plan, touch, writable_plan
from rancang.sources.numbers import is_spreadsheet_error

#: programme groups (UU 3/2014 art. 11; the four of Perda Sulteng 6/2018 plus zoning)
GROUPS = ("leading", "zoning", "resources", "infrastructure", "empowerment")
#: the outline section of each group's programmes
GROUP_SECTIONS = {"leading": "program.unggulan", "zoning": "program.perwilayahan",
                  "resources": "program.sumber_daya",
                  "infrastructure": "program.sarana_prasarana",
                  "empowerment": "program.pemberdayaan"}
CSV_COLUMNS = ("key", "group", "strategy_key", "strategy", "programme_key", "programme",
               "action", "stages", "lead_agency", "related_agencies", "targets", "note")
#: columns a blank cell leaves as stored (the others are required)
OPTIONAL = ("strategy", "programme", "stages", "lead_agency", "related_agencies", "targets",
            "note")
LENGTHS = {"key": 60, "strategy_key": 60, "strategy": 500, "programme_key": 60,
           "programme": 500, "action": 1000, "lead_agency": 300, "note": 1000}
_KEY = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._-]*$")
ROMAN = ("I", "II", "III", "IV")


@dataclass
class ActionRow:
    """One action with its programme, strategy, group, stages, agencies and targets."""

    key: str
    group: str
    strategy_key: str
    strategy: str
    programme_key: str
    programme: str
    action: str
    stages: list[int] = field(default_factory=list)
    lead_agency: str = ""
    related_agencies: list[str] = field(default_factory=list)
    targets: list[str] = field(default_factory=list)
    note: str = ""

    def to_json(self) -> dict[str, Any]:
        return {"key": self.key, "group": self.group, "strategy_key": self.strategy_key,
                "strategy": self.strategy, "programme_key": self.programme_key,
                "programme": self.programme, "action": self.action,
                "stages": list(self.stages), "lead_agency": self.lead_agency,
                "related_agencies": list(self.related_agencies),
                "targets": list(self.targets), "note": self.note}

    def cells(self) -> dict[str, str]:
        """The row as the text cells of a CSV/XLSX file (lists joined with ``;``)."""
        return {**{k: str(v) for k, v in self.to_json().items() if isinstance(v, str)},
                "stages": format_stages(self.stages),
                "related_agencies": "; ".join(self.related_agencies),
                "targets": "; ".join(self.targets)}


@dataclass(frozen=True)
class Strategy:
    """A strategy of the plan: its key, title, group, programmes and the targets its
    actions serve."""

    key: str
    title: str
    group: str
    programmes: tuple[str, ...]
    targets: tuple[str, ...]
    actions: int


@dataclass(frozen=True)
class Programme:
    """A programme of the plan under its strategy."""

    key: str
    title: str
    group: str
    strategy_key: str
    stages: tuple[int, ...]
    targets: tuple[str, ...]
    actions: int


def parse_stages(raw: str) -> list[int]:
    """Stages from a cell: ``1,2``, ``1-4``, ``I; III``, ``2 3`` (ValueError otherwise).

    >>> parse_stages("1-3"), parse_stages("I; IV"), parse_stages(" 2 , 1 "), parse_stages("")
    ([1, 2, 3], [1, 4], [1, 2], [])
    >>> parse_stages("5")
    Traceback (most recent call last):
    ...
    ValueError: 5
    """
    out: set[int] = set()
    for part in re.split(r"[,;/\s]+", raw.strip()):
        if not part:
            continue
        ends = part.split("-")
        if len(ends) > 2:
            raise ValueError(part)
        nums = [_stage(e) for e in ends]
        out.update(range(nums[0], nums[-1] + 1) if len(nums) == 2 else nums)
        if len(nums) == 2 and nums[0] > nums[1]:
            raise ValueError(part)
    return sorted(out)


def _stage(raw: str) -> int:
    raw = raw.strip().upper()
    if raw in ROMAN:
        return ROMAN.index(raw) + 1
    if raw.isdigit() and 1 <= int(raw) <= 4:
        return int(raw)
    raise ValueError(raw)


def format_stages(stages: Sequence[int]) -> str:
    """``[1, 2, 4]`` -> ``1, 2, 4`` (what :func:`parse_stages` reads back).

    >>> format_stages([1, 2, 4]), parse_stages(format_stages([1, 2, 4]))
    ('1, 2, 4', [1, 2, 4])
    """
    return ", ".join(str(s) for s in stages)


def _split(raw: str) -> list[str]:
    return [p.strip() for p in raw.split(";") if p.strip()]


def check_actions(rows: Sequence[Mapping[str, Any]], *, targets: Sequence[str],
                  stored: Mapping[str, ActionRow] | None = None, name: str = "actions",
                  sheet: str | None = None, first_row: int = 2) -> list[ActionRow]:
    """Action rows from plain rows (CSV, XLSX, the page's table, the API), or
    :class:`InputError` locating every problem: a missing key, action, group, strategy or
    programme key; an unknown group, stage or target; a key used twice; a strategy key
    with two titles or groups; a programme under two strategies; control characters or
    text too long. A blank optional cell of a stored key keeps the stored value."""
    stored = stored or {}
    problems: list[Problem] = []
    out: list[ActionRow] = []
    seen: set[str] = set()
    strategies: dict[str, tuple[str, str, int]] = {}
    programmes: dict[str, tuple[str, int]] = {}
    for n, row in enumerate(rows, start=first_row):
        def bad(msg: Msg, column: str, n: int = n) -> None:
            problems.append(Problem(msg, file=name, sheet=sheet, row=n, column=column))

        cells = {c: row.get(c) for c in CSV_COLUMNS}
        if all(v is None or not str(v).strip() for v in cells.values()):
            continue  # an empty line
        raw = {c: "" if v is None else (v if isinstance(v, list) else str(v).strip())
               for c, v in cells.items()}
        for col in CSV_COLUMNS:
            value = raw[col]
            if isinstance(value, str) and is_spreadsheet_error(value):
                bad(Msg("sources.spreadsheet_error", value=value), col)
            elif isinstance(value, str) and (why := text_problem(
                    value, max_length=LENGTHS.get(col, MAX_FIELD))):
                bad(why, col)
        key = str(raw["key"])
        if not key:
            bad(Msg("plan.action.required", column="key"), "key")
        elif not _KEY.match(key):
            bad(Msg("plan.action.key_form", key=key), "key")
        elif key in seen:
            bad(Msg("plan.action.duplicate", key=key), "key")
        seen.add(key)
        before = stored.get(key)
        for col in ("group", "strategy_key", "programme_key", "action"):
            if not raw[col] and before is None:
                bad(Msg("plan.action.required", column=col), col)
        group = str(raw["group"]) or (before.group if before else "")
        if group and group not in GROUPS:
            bad(Msg("plan.action.group", group=group, known=", ".join(GROUPS)), "group")
        stages: list[int] | None = None
        if isinstance(raw["stages"], list):
            try:
                stages = sorted({_stage(str(s)) for s in raw["stages"]})
            except ValueError as exc:
                bad(Msg("plan.action.stage", value=str(exc)), "stages")
        elif raw["stages"]:
            try:
                stages = parse_stages(str(raw["stages"]))
            except ValueError as exc:
                bad(Msg("plan.action.stage", value=str(exc)), "stages")

        def listed(col: str, raw: dict[str, Any] = raw) -> list[str] | None:
            v = raw[col]
            if isinstance(v, list):
                return [str(x).strip() for x in v if str(x).strip()]
            return _split(str(v)) if v else None

        related = listed("related_agencies")
        served = listed("targets")
        for t in served or []:
            if t not in targets:
                bad(Msg("plan.action.target", target=t, known=", ".join(targets) or "-"),
                    "targets")
        for agency in related or []:
            if why := text_problem(agency, max_length=300):
                bad(why, "related_agencies")

        def pick(col: str, kept: str, raw: dict[str, Any] = raw) -> str:
            value = str(raw[col])
            return value if value else kept

        r = ActionRow(
            key=key, group=group,
            strategy_key=pick("strategy_key", before.strategy_key if before else ""),
            strategy=pick("strategy", before.strategy if before else ""),
            programme_key=pick("programme_key", before.programme_key if before else ""),
            programme=pick("programme", before.programme if before else ""),
            action=pick("action", before.action if before else ""),
            stages=stages if stages is not None else (list(before.stages) if before else []),
            lead_agency=pick("lead_agency", before.lead_agency if before else ""),
            related_agencies=related if related is not None else (
                list(before.related_agencies) if before else []),
            targets=served if served is not None else (list(before.targets) if before else []),
            note=pick("note", before.note if before else ""))
        for col in ("strategy_key", "programme_key"):
            value = getattr(r, col)
            if value and not _KEY.match(value):
                bad(Msg("plan.action.key_form", key=value), col)
        if r.strategy_key:
            was = strategies.get(r.strategy_key)
            if was is None:
                strategies[r.strategy_key] = (r.strategy, r.group, n)
            elif r.strategy and was[0] and r.strategy != was[0]:
                bad(Msg("plan.action.strategy_title", key=r.strategy_key, row=was[2]),
                    "strategy")
            elif r.group != was[1]:
                bad(Msg("plan.action.strategy_group", key=r.strategy_key, row=was[2]), "group")
        if r.programme_key:
            was_p = programmes.get(r.programme_key)
            if was_p is None:
                programmes[r.programme_key] = (r.strategy_key, n)
            elif was_p[0] != r.strategy_key:
                bad(Msg("plan.action.programme_strategy", key=r.programme_key, row=was_p[1]),
                    "strategy_key")
        out.append(r)
    if problems:
        raise InputError(problems)
    # a strategy's or programme's title written once is the title of every row of it
    titles = {r.strategy_key: r.strategy for r in out if r.strategy}
    ptitles = {r.programme_key: r.programme for r in out if r.programme}
    for r in out:
        r.strategy = r.strategy or titles.get(r.strategy_key, "")
        r.programme = r.programme or ptitles.get(r.programme_key, "")
    return out


def stored_actions(engine: Engine, plan_id: int) -> list[ActionRow]:
    """The plan's actions in order (no permission check: callers hold the plan)."""
    t = PlanAction.__table__
    with engine.connect() as conn:
        rows = conn.execute(select(t).where(t.c.plan_id == plan_id)
                            .order_by(t.c.position, t.c.id)).mappings().all()
    return [ActionRow(r["key"], r["group"], r["strategy_key"], r["strategy"],
                      r["programme_key"], r["programme"], r["action"],
                      list(r["stages"] or []), r["lead_agency"],
                      list(r["related_agencies"] or []), list(r["targets"] or []), r["note"])
            for r in rows]


def plan_actions(engine: Engine, actor: Actor, plan_id: int) -> tuple[PlanInfo,
                                                                     list[ActionRow]]:
    """The plan (if the actor may read it) and its working action plan, for the region's
    own team only: anyone else reads what is published, the strategies table and the
    programme matrix of the newest frozen version's document (not found here)."""
    from rancang.features.plan.versions import reads_published

    plan = get_plan(engine, actor, plan_id)
    if reads_published(actor, plan):
        raise NotFoundError(Msg("plan.action.team_only"))
    return plan, stored_actions(engine, plan.id)


def set_actions(engine: Engine, actor: Actor, plan_id: int,
                rows: Sequence[Mapping[str, Any]], *, name: str = "actions",
                sheet: str | None = None, replace: bool = False,
                first_row: int = 2) -> list[ActionRow]:
    """Import action rows into the plan (all checked first; nothing changes on a
    problem). Rows are matched by key; ``replace`` removes the stored rows not given.
    Refreshes the strategy table and the programme matrix of the document."""
    from rancang.features.plan.targets import stored_targets

    plan = writable_plan(engine, actor, plan_id)
    before = stored_actions(engine, plan.id)
    by_key = {r.key: r for r in before}
    held = stored_targets(engine, plan)
    target_keys = [t.key for t in held]
    clean = check_actions(rows, targets=target_keys, stored=by_key, name=name, sheet=sheet,
                          first_row=first_row)
    given = {r.key for r in clean}
    merged = ([] if replace else [r for r in before if r.key not in given])
    order = {r.key: k for k, r in enumerate(before)}
    # stored rows keep their place; new rows follow in the file's order
    final = sorted(merged + clean, key=lambda r: (order.get(r.key, len(order)),))
    # a strategy or programme must still be consistent with the rows kept
    check_actions([r.to_json() for r in final], targets=target_keys, name=name)
    t = PlanAction.__table__
    now = utcnow()
    with engine.begin() as conn:
        conn.execute(delete(t).where(t.c.plan_id == plan.id))
        for k, r in enumerate(final):
            conn.execute(insert(t).values(plan_id=plan.id, position=k, updated_at=now,
                                          updated_by=actor.username, **r.to_json()))
    touch(engine, plan.id)
    from rancang.features.plan.store import refresh_block

    lang = plan.sources.get("lang", "id")
    for key, block in action_blocks(plan, final, lang, {t.key: t.label for t in held}):
        refresh_block(engine, actor, plan, key, block, add=True)
    return final


def list_strategies(engine: Engine, plan_id: int) -> list[Strategy]:
    """The plan's strategies in order, each with its programmes and the targets its
    actions serve (no permission check: callers hold the plan). For features that map
    other things to a plan's strategies (``programmes``)."""
    return strategies_of(stored_actions(engine, plan_id))


def strategies_of(rows: Sequence[ActionRow]) -> list[Strategy]:
    """Strategies from action rows, in the order they first appear.

    >>> r = [ActionRow("a1", "leading", "S1", "Hilirisasi", "P1", "Pengolahan", "x",
    ...                targets=["industry_share"]),
    ...      ActionRow("a2", "leading", "S1", "", "P2", "Pasar", "y")]
    >>> [(s.key, s.title, s.programmes, s.targets, s.actions) for s in strategies_of(r)]
    [('S1', 'Hilirisasi', ('P1', 'P2'), ('industry_share',), 2)]
    """
    out: dict[str, dict[str, Any]] = {}
    for r in rows:
        s = out.setdefault(r.strategy_key, {"title": r.strategy, "group": r.group,
                                            "programmes": [], "targets": [], "n": 0})
        s["title"] = s["title"] or r.strategy
        if r.programme_key not in s["programmes"]:
            s["programmes"].append(r.programme_key)
        s["targets"] += [t for t in r.targets if t not in s["targets"]]
        s["n"] += 1
    return [Strategy(k, v["title"], v["group"], tuple(v["programmes"]), tuple(v["targets"]),
                     v["n"]) for k, v in out.items()]


def list_programmes(engine: Engine, plan_id: int) -> list[Programme]:
    """The plan's programmes in order with their strategy, stages and targets (no
    permission check: callers hold the plan)."""
    return programmes_of(stored_actions(engine, plan_id))


def programmes_of(rows: Sequence[ActionRow]) -> list[Programme]:
    """Programmes from action rows (stages and targets: the union of their actions')."""
    out: dict[str, dict[str, Any]] = {}
    for r in rows:
        p = out.setdefault(r.programme_key, {"title": r.programme, "group": r.group,
                                             "strategy": r.strategy_key, "stages": set(),
                                             "targets": [], "n": 0})
        p["title"] = p["title"] or r.programme
        p["stages"].update(r.stages)
        p["targets"] += [t for t in r.targets if t not in p["targets"]]
        p["n"] += 1
    return [Programme(k, v["title"], v["group"], v["strategy"], tuple(sorted(v["stages"])),
                      tuple(v["targets"]), v["n"]) for k, v in out.items()]


def group_label(group: str, lang: str) -> str:
    return text(f"plan.group.{group}", lang) if group in GROUPS else group


def served_names(keys: Sequence[str], names: Mapping[str, str] | None) -> str:
    """The targets an action serves as people read them: each target's indicator name
    (its label), the key only for a target the plan no longer holds.

    >>> served_names(["industry_share", "x"], {"industry_share": "Pangsa industri"})
    'Pangsa industri; x'
    >>> served_names([], None)
    '-'
    """
    return "; ".join((names or {}).get(k) or k for k in keys) or "-"


def action_blocks(plan: PlanInfo, rows: Sequence[ActionRow], lang: str,
                  target_names: Mapping[str, str] | None = None) -> list[tuple[str, Block]]:
    """The strategies table (``visi.strategi``) and the programme matrix
    (``lampiran.rencana_aksi``) of the document; ``target_names`` (key to label) names
    the targets served."""
    source = text("plan.src.actions", lang)
    stage_names = [f"{ROMAN[k]} ({a}-{b})" for k, (a, b) in enumerate(plan.stages)]
    strat = Table("plan.strategies", text("plan.tbl.strategies", lang),
                  [text("plan.col.key", lang), text("plan.col.strategy", lang),
                   text("plan.col.group", lang), text("plan.col.programmes", lang),
                   text("plan.col.targets_served", lang)],
                  [[s.key, s.title, group_label(s.group, lang), len(s.programmes),
                    served_names(s.targets, target_names)] for s in strategies_of(rows)],
                  [None, None, None, 0, None], source)
    matrix = Table("plan.actions", text("plan.tbl.actions", lang),
                   [text("plan.col.group", lang), text("plan.col.programme", lang),
                    text("plan.col.action", lang), text("plan.col.stages", lang),
                    text("plan.col.lead_agency", lang), text("plan.col.related", lang),
                    text("plan.col.targets_served", lang)],
                   [[group_label(r.group, lang), f"{r.programme_key} {r.programme}".strip(),
                     f"{r.key} {r.action}", ", ".join(ROMAN[s - 1] for s in r.stages) or "-",
                     r.lead_agency or "-", "; ".join(r.related_agencies) or "-",
                     served_names(r.targets, target_names)] for r in rows],
                   [None] * 7, source)
    note = text("plan.txt.stages", lang, stages="; ".join(stage_names))
    return [("visi.strategi", Block("plan.strategies", "", [strat],
                                    {"source": "plan_action"})),
            ("lampiran.rencana_aksi", Block("plan.actions", note, [matrix],
                                            {"source": "plan_action"}))]


def actions_csv(rows: Sequence[ActionRow], csv_locale: str = "en") -> str:
    """The action plan as CSV text (the columns of :data:`CSV_COLUMNS`; formula-like text
    neutralised); ``csv_locale="id"``: ``;`` and a byte-order mark, for an Indonesian
    Excel (read back the same)."""
    from rancang.core.cells import safe_cell

    local = csv_locale == "id"
    buf = io.StringIO()
    w = csv.DictWriter(buf, fieldnames=list(CSV_COLUMNS), delimiter=";" if local else ",")
    w.writeheader()
    for r in rows:
        w.writerow({k: safe_cell(v) for k, v in r.cells().items()})
    return ("\ufeff" if local else "") + buf.getvalue()


def read_actions_csv(source: str, *, name: str = "actions.csv") -> list[dict[str, Any]]:
    """Plain rows of a CSV text (checked later by :func:`check_actions`)."""
    from rancang.sources.csv_text import sniff_separator

    try:
        sep, body = sniff_separator(source.lstrip("\ufeff"))
        reader = csv.DictReader(io.StringIO(body, newline=""), delimiter=sep)
        _check_header(list(reader.fieldnames or []), name, None)
        return [{(k or "").strip(): v for k, v in row.items()} for row in reader]
    except csv.Error as exc:  # a lone carriage return, a NUL: no CSV the module reads
        raise InputError(Problem(Msg("sources.csv_unreadable", error=str(exc)[:200]),
                                 file=name)) from None


def _check_header(header: list[str], name: str, sheet: str | None) -> None:
    from rancang.sources._cells import duplicate_headers

    twice = duplicate_headers(header, file=name, sheet=sheet)
    if twice:  # the second column would silently replace the first
        raise InputError(twice)
    missing = [c for c in ("key", "group", "strategy_key", "programme_key", "action")
               if c not in [h.strip() for h in header]]
    if missing:
        raise InputError([Problem(Msg("plan.action.column", column=c), file=name,
                                  sheet=sheet, row=1, column=c) for c in missing])


#: the catalogue key of each column's header in a workbook
HEADER_KEYS = {"key": "plan.col.key", "group": "plan.col.group",
               "strategy_key": "plan.col.strategy_key", "strategy": "plan.col.strategy",
               "programme_key": "plan.col.programme_key", "programme": "plan.col.programme",
               "action": "plan.col.action", "stages": "plan.col.stages",
               "lead_agency": "plan.col.lead_agency", "related_agencies": "plan.col.related",
               "targets": "plan.col.targets_served", "note": "plan.col.note"}


def _norm(label: str) -> str:
    return " ".join(label.strip().lower().split())


def header_field(label: str) -> str:
    """The column of a header cell: its machine name or its header in either language.

    >>> header_field("Kelompok program"), header_field("Programme group"), header_field("key")
    ('group', 'group', 'key')
    """
    wanted = _norm(label)
    for col, key in HEADER_KEYS.items():
        if wanted in (col, _norm(text(key, "id")), _norm(text(key, "en"))):
            return col
    return label.strip()


def group_value(label: str) -> str:
    """A group cell: the machine name, or the group's name in either language.

    >>> group_value("Perwilayahan industri"), group_value("Industrial zoning")
    ('zoning', 'zoning')
    """
    wanted = _norm(label)
    for g in GROUPS:
        if wanted in (g, _norm(group_label(g, "id")), _norm(group_label(g, "en"))):
            return g
    return label.strip()


def write_actions_xlsx(rows: Sequence[ActionRow], path: Path, lang: str) -> Path:
    """The action plan as a workbook for people: headers and group names in ``lang``
    (what :func:`read_actions_xlsx` reads back, in either language) and a sheet listing
    the groups."""
    import xlsxwriter

    from rancang.core.cells import safe_cell

    path.parent.mkdir(parents=True, exist_ok=True)
    book = xlsxwriter.Workbook(str(path), {"strings_to_formulas": False,
                                           "strings_to_numbers": False})
    sheet = book.add_worksheet(text("plan.action.sheet", lang))
    bold = book.add_format({"bold": True})
    sheet.write_row(0, 0, [text(HEADER_KEYS[c], lang) for c in CSV_COLUMNS], bold)
    for k, r in enumerate(rows, start=1):
        cells = {**r.cells(), "group": group_label(r.group, lang)}
        sheet.write_row(k, 0, [safe_cell(cells[c]) for c in CSV_COLUMNS])
    sheet.freeze_panes(1, 0)
    help_ = book.add_worksheet(text("plan.action.help_sheet", lang))
    help_.write_row(0, 0, [text("plan.col.group", lang)], bold)
    for k, g in enumerate(GROUPS, start=1):
        help_.write_row(k, 0, [group_label(g, lang)])
    book.close()
    return path


def read_actions_xlsx(path: Path) -> tuple[str, list[dict[str, Any]]]:
    """The action plan's sheet (by its name in either language, else the first sheet)
    as plain rows and the sheet's name; headers and group names in either language."""
    from rancang.sources._cells import hidden_sheets_only, visible_sheets

    sheets = visible_sheets(path) or hidden_sheets_only(path)
    names = {text("plan.action.sheet", "id"), text("plan.action.sheet", "en")}
    name, grid = next(((n, g) for n, g in sheets if n in names), sheets[0])
    rows = [[None if v is None else str(v) for v in grid.row(i)] for i in range(grid.height)]
    if not rows:
        _check_header([], path.name, name)
    header = [header_field(h or "") for h in rows[0]]
    _check_header(header, path.name, name)
    out = []
    for r in rows[1:]:
        row = dict(zip(header, r, strict=False))
        if row.get("group"):
            row["group"] = group_value(str(row["group"]))
        out.append(row)
    return name, out


def read_actions_file(path: Path) -> tuple[str | None, list[dict[str, Any]]]:
    """Rows of an action-plan file (``.csv`` or ``.xlsx``) and its sheet (None for CSV)."""
    from rancang.core.text import decode_text

    if path.suffix.lower() in (".xlsx", ".xlsm"):
        return read_actions_xlsx(path)
    if path.suffix.lower() != ".csv":
        raise InputError(Problem(Msg("plan.action.format"), file=path.name))
    return None, read_actions_csv(decode_text(path.read_bytes(), file=path.name),
                                  name=path.name)
