"""Answers (tanggapan): one per input, with a disposition, the reason and the section of
a later version that carried the change; several similar inputs answered at once; the
answers round trip through a workbook for teams that work in Excel; every answer saved is
kept in the audit, and the author of an input sent from an account is notified."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, func, insert, select, update

from rancang.core.actors import Actor
from rancang.core.db.base import utcnow
from rancang.core.errors import InputError, Problem
from rancang.core.i18n import Msg
from rancang.core.text import text_problem
from rancang.features.consult.inputs import InputInfo, list_inputs, team_input
from rancang.features.consult.models import (
    ConsultAnswer,
    ConsultAnswerLog,
    ConsultInput,
    ConsultNotice,
)
from rancang.features.consult.sections import resolve_section
from rancang.features.consult.sheets import need_columns, plain_cell, read_rows
from rancang.features.consult.vocab import DISPOSITIONS, parse_disposition
from rancang.features.plan.versions import list_versions, snapshot

ANSWER_COLUMNS: dict[str, tuple[str, ...]] = {
    "id": ("id masukan", "input id", "no id"),
    "tanggapan": ("answer", "response"),
    "status": ("disposisi", "disposition"),
    "alasan": ("reason",),
    "perubahan": ("change", "where changed"),
}


@dataclass
class Answer:
    """An answer as written: response, disposition code, reason, change anchor."""

    response: str
    disposition: str
    reason: str = ""
    change_version: str = ""
    change_section: str = ""


def parse_change(value: str) -> tuple[str, str]:
    """``v0.2#kondisi.perekonomian`` (or ``v0.2 kondisi.perekonomian``) as (version,
    section); blank as ("", "").

    >>> parse_change("v0.2#visi.visi_misi"), parse_change(" v0.3  misi "), parse_change("")
    (('v0.2', 'visi.visi_misi'), ('v0.3', 'misi'), ('', ''))
    """
    v = value.strip()
    if not v:
        return "", ""
    if "#" in v:
        version, _, key = v.partition("#")
    else:
        version, _, key = v.partition(" ")
    return version.strip(), key.strip()


def check_answer(engine: Engine, actor: Actor, item: InputInfo, answer: Answer,
                 versions: dict[str, list[str]] | None = None) -> list[Problem]:
    """What is wrong with ``answer`` to ``item``: an empty response, an unknown
    disposition, a change that is not a section of a *later* version of the plan."""
    out = []
    if not answer.response.strip():
        out.append(Problem(Msg("consult.answer.no_response"), column="tanggapan"))
    if not answer.disposition:
        out.append(Problem(Msg("consult.answer.no_status"), column="status"))
    elif answer.disposition not in DISPOSITIONS:
        out.append(Problem(Msg("consult.answer.bad_status", value=answer.disposition,
                               known=", ".join(DISPOSITIONS)), column="status"))
    for col, value in (("tanggapan", answer.response), ("alasan", answer.reason)):
        bad = text_problem(value, max_length=10_000)
        if bad is not None:
            out.append(Problem(bad, column=col))
    if answer.change_version or answer.change_section:
        versions = versions if versions is not None else later_versions(engine, actor, item)
        keys = versions.get(answer.change_version)
        if keys is None:
            out.append(Problem(Msg("consult.answer.bad_version",
                                   version=answer.change_version, of=item.version_label),
                               column="perubahan"))
        elif answer.change_section not in keys:
            out.append(Problem(Msg("consult.answer.bad_section", key=answer.change_section,
                                   version=answer.change_version), column="perubahan"))
    return out


def later_versions(engine: Engine, actor: Actor, item: InputInfo) -> dict[str, list[str]]:
    """The versions of the input's plan frozen after the input's version, with their
    section keys."""
    found = list_versions(engine, actor, item.plan_id)
    labels = [v.label for v in found]
    start = labels.index(item.version_label) + 1 if item.version_label in labels else 0
    return {label: [s["key"] for s in snapshot(engine, actor, item.plan_id, label)["sections"]]
            for label in labels[start:]}


def _save(engine: Engine, actor: Actor, pairs: list[tuple[InputInfo, Answer]],
          via: str) -> None:
    a, log = ConsultAnswer.__table__, ConsultAnswerLog.__table__
    now = utcnow()
    with engine.begin() as conn:
        for item, ans in pairs:
            values = {"response": ans.response.strip(), "disposition": ans.disposition,
                      "reason": ans.reason.strip(), "change_version": ans.change_version,
                      "change_section": ans.change_section, "answered_by": actor.username,
                      "answered_at": now}
            if item.answered:
                conn.execute(update(a).where(a.c.input_id == item.id).values(**values))
            else:
                conn.execute(insert(a).values(input_id=item.id, **values))
            conn.execute(insert(log).values(
                input_id=item.id, answered_by=actor.username, answered_at=now, via=via,
                answer={k: v for k, v in values.items() if k not in ("answered_at",)}))
            if item.user_id:
                conn.execute(insert(ConsultNotice).values(
                    user_id=item.user_id, input_id=item.id, disposition=ans.disposition,
                    created_at=now))


#: called with the answers just stored (the e-mail notices, :class:`notify.Mailer`)
OnSaved = Callable[[list[tuple[InputInfo, Answer]]], None]


def answer(engine: Engine, actor: Actor, input_ids: list[int], ans: Answer, *,
           via: str = "page", on_saved: OnSaved | None = None) -> int:
    """Answer one or several inputs (the same answer to similar inputs), all or nothing;
    ``on_saved`` is called with what was stored once it is committed. Returns how many
    were answered."""
    items = [team_input(engine, actor, k) for k in dict.fromkeys(input_ids)]
    if not items:
        raise InputError(Problem(Msg("consult.answer.none_chosen"), column="ids"))
    problems: list[Problem] = []
    cache: dict[int, dict[str, list[str]]] = {}
    for item in items:
        if item.plan_id not in cache:
            cache[item.plan_id] = later_versions(engine, actor, item)
        problems += check_answer(engine, actor, item, ans, cache[item.plan_id])
        if problems:
            break
    if problems:
        raise InputError(problems)
    pairs = [(i, ans) for i in items]
    _save(engine, actor, pairs, via)
    if on_saved is not None:
        on_saved(pairs)
    return len(items)


def history(engine: Engine, input_id: int) -> list[dict[str, Any]]:
    """Every answer saved for an input, oldest first (who, when, how, what)."""
    t = ConsultAnswerLog.__table__
    with engine.connect() as conn:
        return [dict(r) for r in conn.execute(select(t).where(t.c.input_id == input_id)
                                              .order_by(t.c.id)).mappings()]


#: the columns of the answers file (workbook sheet ``tanggapan``, or CSV)
ANSWER_HEAD = ("id", "versi", "bagian", "kutipan", "masukan", "nama", "instansi",
               "kelompok", "tanggapan", "status", "alasan", "perubahan")
#: the kinds of answers file written
ANSWER_SUFFIXES = (".xlsx", ".csv")


def answer_rows(items: list[InputInfo],
                titles: dict[tuple[str, str], str] | None = None) -> list[list[Any]]:
    """One row an input (:data:`ANSWER_HEAD`), the section by its number and title from
    ``titles`` (``(version, key) -> "III.1 Visi dan Misi"``; else its key), its text
    cells neutralised so that no spreadsheet runs them as a formula
    (:func:`rancang.core.cells.safe_cell`)."""
    from rancang.core.cells import safe_cell

    titles = titles or {}
    out = []
    for i in items:
        # where changed as people read it: the version, the section's number and title
        change = (f"{i.change_version} " + titles.get(
            (i.change_version, i.change_section or ""), f"#{i.change_section}")
            if i.change_version else "")
        change = change.replace(" #", "#")
        section = titles.get((i.version_label, i.section_key), i.section_key)
        out.append([i.id, *(safe_cell(v) for v in (
            i.version_label, section, i.quote, i.text, i.author_name, i.organisation,
            i.group, i.response or "", i.disposition or "", i.reason or "", change))])
    return out


def write_answers(engine: Engine, actor: Actor, plan_id: int, out: Path, *,
                  csv_locale: str = "id") -> Path:
    """Every input of the plan with the columns ``tanggapan``, ``status``, ``alasan``,
    ``perubahan`` (filled where already answered) to answer in a spreadsheet: an XLSX
    workbook (sheet ``tanggapan``, the status chosen from a list) or a CSV file in the
    dialect ``csv_locale`` (``id``: ``;`` and a byte-order mark, what Excel in the
    Indonesian locale opens by double-click; ``en``: ``,``), by the suffix of ``out``."""
    from rancang.features.consult.inputs import Filters

    suffix = out.suffix.lower()
    if suffix not in ANSWER_SUFFIXES:
        raise InputError(Problem(Msg("consult.out.type", suffix=suffix[:10],
                                     known=", ".join(ANSWER_SUFFIXES)), column="--out"))
    from rancang.core.i18n import current_language
    from rancang.features.consult.matrix import section_titles

    items = list_inputs(engine, actor, plan_id, Filters())
    titles = section_titles(engine, actor, plan_id, {i.version_label for i in items} | {
        i.change_version for i in items if i.change_version}, current_language())
    out.parent.mkdir(parents=True, exist_ok=True)
    if suffix == ".csv":
        return _write_answers_csv(answer_rows(items, titles), out, csv_locale)
    import xlsxwriter

    book = xlsxwriter.Workbook(str(out))
    bold = book.add_format({"bold": True})
    sheet = book.add_worksheet("tanggapan")
    sheet.write_row(0, 0, ANSWER_HEAD, bold)
    for r, row in enumerate(answer_rows(items, titles), start=1):
        sheet.write_row(r, 0, row)
    sheet.data_validation(1, 9, max(len(items), 1), 9,
                          {"validate": "list", "source": list(DISPOSITIONS)})
    sheet.set_column(3, 4, 50)
    sheet.set_column(8, 8, 50)
    book.close()
    return out


def _write_answers_csv(rows: list[list[Any]], out: Path, csv_locale: str) -> Path:
    """The answers as CSV through the library's writer of CSV dialects
    (:func:`rancang.sources.writers.write_csv_locale`)."""
    import polars as pl

    from rancang.sources.writers import CSV_LOCALES, write_csv_locale

    if csv_locale not in CSV_LOCALES:
        raise InputError(Problem(Msg("sources.csv_locale_bad"), column="--csv-locale"))
    columns = list(zip(*rows, strict=True)) if rows else [()] * len(ANSWER_HEAD)
    frame = pl.DataFrame({name: pl.Series(name, list(col), dtype=pl.Int64 if k == 0
                                          else pl.String)
                          for k, (name, col) in enumerate(zip(ANSWER_HEAD, columns,
                                                              strict=True))})
    write_csv_locale(frame, out, csv_locale)
    return out


def import_answers(engine: Engine, actor: Actor, plan_id: int, path: Path, *,
                   on_saved: OnSaved | None = None) -> int:
    """Read the answers workbook (or its CSV) back, all or nothing: a row with a blank ``tanggapan``
    and ``status`` is left as it is (a blank cell never erases a stored answer); a row
    whose answer is unchanged is not saved again. Returns how many answers were saved."""
    from rancang.core.errors import NotFoundError
    from rancang.features.plan.service import get_plan

    plan = get_plan(engine, actor, plan_id)
    actor.require_visible("consult.write", plan.region_code,
                          NotFoundError(Msg("plan.not_found", id=plan_id)))
    table = read_rows(path, sheet="tanggapan" if path.suffix.lower() != ".csv" else None,
                      aliases=ANSWER_COLUMNS)
    need_columns(table, ("id", "tanggapan", "status"))
    items = {i.id: i for i in list_inputs(engine, actor, plan_id)}
    problems: list[Problem] = []
    pairs: list[tuple[InputInfo, Answer]] = []
    cache: dict[int, dict[str, list[str]]] = {}
    snaps: dict[str, dict[str, Any]] = {}
    for row, values in table.rows:
        where: dict[str, Any] = {"file": table.file, "sheet": table.sheet, "row": row}
        raw_id = values.get("id", "").strip().removesuffix(".0")
        item = items.get(int(raw_id)) if raw_id.isdigit() else None
        if item is None:
            problems.append(Problem(Msg("consult.answer.unknown_input", value=raw_id),
                                    column="id", **where))
            continue
        response, status = plain_cell(values.get("tanggapan", "")), values.get("status", "")
        if not response and not status:
            continue
        version, section = parse_change(values.get("perubahan", ""))
        if item.plan_id not in cache:
            cache[item.plan_id] = later_versions(engine, actor, item)
        if version in cache[item.plan_id] and section not in cache[item.plan_id][version]:
            # the section as the file shows it ("v0.2 III.1 Visi dan Misi"), or its number
            if version not in snaps:
                snaps[version] = snapshot(engine, actor, plan_id, version)
            section = resolve_section(section, snaps[version])
        ans = Answer(response, parse_disposition(status) or status,
                     plain_cell(values.get("alasan", "")) or (item.reason or ""),
                     version or (item.change_version or ""),
                     section or (item.change_section or ""))
        if item.plan_id not in cache:
            cache[item.plan_id] = later_versions(engine, actor, item)
        found = check_answer(engine, actor, item, ans, cache[item.plan_id])
        problems += [Problem(p.message, column=p.column, **where) for p in found]
        if not found and (item.response, item.disposition, item.reason, item.change_version,
                          item.change_section) != (ans.response.strip(), ans.disposition,
                                                   ans.reason.strip(), ans.change_version,
                                                   ans.change_section):
            pairs.append((item, ans))
    if problems:
        raise InputError(problems)
    _save(engine, actor, pairs, "file")
    if on_saved is not None and pairs:
        on_saved(pairs)
    return len(pairs)


def notices(engine: Engine, actor: Actor, *, unread_only: bool = False
            ) -> list[dict[str, Any]]:
    """The actor's notifications (newest first): input, disposition, when, read."""
    t = ConsultNotice.__table__
    i = ConsultInput.__table__
    q = (select(t.c.id, t.c.input_id, t.c.disposition, t.c.created_at, t.c.read_at,
                i.c.plan_id, i.c.section_key)
         .select_from(t.join(i, i.c.id == t.c.input_id))
         .where(t.c.user_id == actor.id).order_by(t.c.id.desc()))
    if unread_only:
        q = q.where(t.c.read_at.is_(None))
    with engine.connect() as conn:
        return [dict(r) for r in conn.execute(q).mappings()]


def unread_count(engine: Engine, actor: Actor) -> int:
    """How many notifications of the actor are unread (the count on the header's link;
    one query on the notices' ``user_id`` index)."""
    if not actor.id:
        return 0
    t = ConsultNotice.__table__
    with engine.connect() as conn:
        return int(conn.execute(select(func.count()).select_from(t).where(
            (t.c.user_id == actor.id) & t.c.read_at.is_(None))).scalar_one())


def mark_read(engine: Engine, actor: Actor) -> None:
    """Mark every notification of the actor as read."""
    t = ConsultNotice.__table__
    with engine.begin() as conn:
        conn.execute(update(t).where((t.c.user_id == actor.id) & t.c.read_at.is_(None))
                     .values(read_at=utcnow()))
