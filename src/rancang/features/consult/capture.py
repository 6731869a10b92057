"""Every way an input comes in: a stakeholder online (an account or an invited
organisation's personal link), the facilitator's capture page at an FGD (a batch sent
when the network is back; re-sent inputs are not duplicated), and the XLSX capture form
(written per plan version, loaded all-or-nothing)."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

from sqlalchemy import Engine

from rancang.core.actors import Actor
from rancang.core.errors import InputError, NotFoundError, Problem
from rancang.core.i18n import Msg, current_language, text
from rancang.features.consult.events import (
    EventInfo,
    frozen_version,
    get_event,
    invite_by_token,
    section_keys,
)
from rancang.features.consult.inputs import Draft, section_tables, store_inputs
from rancang.features.consult.sections import (
    resolve_section,
    section_choices,
    section_of_cell,
)
from rancang.features.consult.sheets import need_columns, parse_date, read_rows
from rancang.features.consult.vocab import GROUPS, parse_channel, parse_group, parse_yes
from rancang.features.plan.outline import fill
from rancang.features.plan.service import PUBLIC_STATUSES, get_plan
from rancang.features.plan.versions import list_versions

#: the capture form's sheet and columns (the issue's names; the file is Indonesian)
FORM_SHEET = "masukan"
SECTIONS_SHEET = "bagian"
FORM_COLUMNS = ("nama", "instansi", "kelompok", "bagian", "kutipan", "masukan", "tanggal",
                "forum", "boleh_dipublikasikan")
#: optional columns: the table cell an input is about (``tabel | baris | kolom``, see
#: :func:`rancang.features.consult.inputs.parse_cell`) and the author's e-mail address
FORM_OPTIONAL = ("sel_tabel", "email")
FORM_ALIASES: dict[str, tuple[str, ...]] = {
    **{c: () for c in FORM_COLUMNS}, "sel_tabel": ("sel", "table cell"),
    "email": ("e-mail", "surel")}
#: the fields the web forms send
WEB_FIELDS = (*FORM_COLUMNS, *FORM_OPTIONAL)


def _located(problems: list[Problem], **where: Any) -> list[Problem]:
    return [Problem(p.message, file=where.get("file", p.file), sheet=where.get("sheet", p.sheet),
                    row=where.get("row", p.row), column=p.column) for p in problems]


def _field(values: dict[str, Any], name: str) -> str:
    return str(values.get(name) or "").strip()


def draft_from(values: dict[str, Any], *, version: str, today: date,
               channel: str, event: EventInfo | None = None,
               problems: list[Problem], lang: str = "id") -> Draft:
    """A :class:`Draft` from the form's fields (``nama``, ``instansi``, ``kelompok``,
    ``bagian``, ``kutipan``, ``masukan``, ``tanggal``, ``forum``,
    ``boleh_dipublikasikan``); what is wrong is added to ``problems`` (columns named)."""
    group_text = _field(values, "kelompok")
    group = parse_group(group_text) if group_text else "masyarakat"
    if group is None:
        problems.append(Problem(Msg("consult.group.unknown", value=group_text,
                                    known=Msg("consult.group.known")), column="kelompok"))
    when_text = _field(values, "tanggal")
    when = parse_date(when_text) if when_text else None
    if when_text and when is None:
        problems.append(Problem(Msg("consult.input.bad_date", value=when_text),
                                column="tanggal"))
    forum = _field(values, "forum")
    found_channel = parse_channel(forum) if forum else None
    consent_text = _field(values, "boleh_dipublikasikan")
    consent = parse_yes(consent_text)
    if consent is None:
        problems.append(Problem(Msg("consult.input.bad_yes", value=consent_text),
                                column="boleh_dipublikasikan"))
    received = (date.fromisoformat(when) if when else event.held_on if event else today)
    return Draft(version_label=version, section_key=_field(values, "bagian"),
                 text=_field(values, "masukan"), received_on=received,
                 author_name=_field(values, "nama"), organisation=_field(values, "instansi"),
                 group=group or "masyarakat", consent=bool(consent),
                 channel=found_channel or channel,
                 forum="" if found_channel else forum, quote=_field(values, "kutipan"),
                 cell=_field(values, "sel_tabel") or _field(values, "sel"),
                 email=_field(values, "email"), lang=lang if lang in ("id", "en") else "id",
                 event_id=event.id if event else None)


def submit_online(engine: Engine, actor: Actor, plan_id: int, version: str,
                  values: dict[str, Any]) -> int:
    """An input sent by a signed-in person on a plan in consultation (the team of its
    region may send on a draft too). Returns the input's id."""
    plan, snap = frozen_version(engine, actor, plan_id, version)
    team = actor.can("consult.read", plan.region_code)
    if not team and plan.status not in PUBLIC_STATUSES:
        raise NotFoundError(Msg("plan.not_found", id=plan_id))
    actor.require("consult.submit")
    problems: list[Problem] = []
    values = {**values, "nama": values.get("nama") or actor.display_name or actor.username}
    d = draft_from(values, version=version, today=date.today(), channel="online",
                   problems=problems, lang=current_language())
    d.user_id = actor.id or None
    d.section_key = section_of_cell(d.cell, snap) or resolve_section(d.section_key, snap)
    problems += d.problems(section_keys(snap), section_tables(snap))
    if problems:
        raise InputError(problems)
    ids, _ = store_inputs(engine, plan.id, plan.region_code, [d], actor.username)
    return ids[0] if ids else 0


def submit_by_link(engine: Engine, token: str, values: dict[str, Any]) -> int:
    """An input sent through an invited organisation's personal link (no account): the
    organisation and group are the invitation's."""
    from rancang.core.actors import CLI_ACTOR

    invite, event = invite_by_token(engine, token)
    plan, snap = frozen_version(engine, CLI_ACTOR, event.plan_id, event.version_label)
    problems: list[Problem] = []
    values = {**values, "instansi": invite.organisation, "kelompok": invite.group}
    d = draft_from(values, version=event.version_label, today=date.today(),
                   channel="online", event=event, problems=problems, lang=current_language())
    d.invite_id = invite.id
    d.channel = "online"
    d.section_key = section_of_cell(d.cell, snap) or resolve_section(d.section_key, snap)
    problems += d.problems(section_keys(snap), section_tables(snap))
    if problems:
        raise InputError(problems)
    ids, _ = store_inputs(engine, plan.id, plan.region_code, [d], f"link:{invite.id}")
    return ids[0] if ids else 0


def capture_batch(engine: Engine, actor: Actor, event_id: int,
                  items: list[dict[str, Any]]) -> tuple[list[int], int]:
    """Inputs the facilitator captured at the event (the offline page sends its queue
    here): all or nothing; an input sent twice is stored once. Returns (new ids,
    already stored)."""
    event = get_event(engine, actor, event_id, "consult.write")
    plan, snap = frozen_version(engine, actor, event.plan_id, event.version_label)
    keys, tables = section_keys(snap), section_tables(snap)
    problems: list[Problem] = []
    drafts = []
    for k, values in enumerate(items, start=1):
        found: list[Problem] = []
        d = draft_from(values, version=event.version_label, today=event.held_on,
                       channel="fgd", event=event, problems=found)
        d.section_key = resolve_section(d.section_key, snap)
        found += d.problems(keys, tables)
        problems += _located(found, row=k)
        drafts.append(d)
    if problems:
        raise InputError(problems)
    return store_inputs(engine, plan.id, plan.region_code, drafts, actor.username)


def latest_version(engine: Engine, actor: Actor, plan_id: int) -> str:
    """The label of the plan's newest frozen version (refused when it has none)."""
    found = list_versions(engine, actor, plan_id)
    if not found:
        raise InputError(Problem(Msg("consult.version.none", id=plan_id), column="version"))
    return found[-1].label


def write_form(engine: Engine, actor: Actor, plan_id: int, version: str, out: Path,
               lang: str = "id") -> Path:
    """The capture form of a version: sheet ``masukan`` with the columns people fill
    (``bagian`` chosen from a list of the sections' numbers and titles, ``III.1 Visi dan
    Misi``) and sheet ``bagian`` listing the version's sections (the choice as shown, its
    key, number, title, version). Loading accepts the choice, the number or the key."""
    import xlsxwriter

    from rancang.core.cells import safe_cell
    from rancang.features.plan.document import placeholder_values

    plan, snap = frozen_version(engine, actor, plan_id, version)
    actor.require_visible("consult.read", plan.region_code,
                          NotFoundError(Msg("plan.not_found", id=plan_id)))
    out.parent.mkdir(parents=True, exist_ok=True)
    book = xlsxwriter.Workbook(str(out))
    bold = book.add_format({"bold": True})
    sheet = book.add_worksheet(FORM_SHEET)
    sheet.write_row(0, 0, (*FORM_COLUMNS, *FORM_OPTIONAL), bold)
    sheet.set_column(0, 3, 22)
    sheet.set_column(4, 5, 60)
    sheet.set_column(6, 8, 18)
    sheet.set_column(9, 10, 30)
    sheet.write_comment(0, 9, text("consult.form.cell_hint", lang)[:255])
    sections = book.add_worksheet(SECTIONS_SHEET)
    sections.write_row(0, 0, ["bagian", "kunci", "nomor", "judul", "versi"], bold)
    values = placeholder_values(snap, lang)
    n = len(snap["sections"])
    for r, (s, (_, label)) in enumerate(zip(snap["sections"], section_choices(snap, lang),
                                            strict=True), start=1):
        sections.write_row(r, 0, [safe_cell(label), s["key"], s["number"],
                                  safe_cell(fill(s["title"], values, lang)), version])
    sections.set_column(0, 0, 60)
    sections.set_column(1, 1, 34)
    sections.set_column(3, 3, 60)
    sheet.data_validation(1, 3, 1000, 3, {
        "validate": "list", "source": f"={SECTIONS_SHEET}!$A$2:$A${n + 1}",
        "error_message": text("consult.form.pick_section", lang)[:255]})
    sheet.data_validation(1, 2, 1000, 2, {
        "validate": "list", "source": list(GROUPS)})
    sheet.data_validation(1, 8, 1000, 8, {"validate": "list", "source": ["ya", "tidak"]})
    book.close()
    return out


def import_form(engine: Engine, actor: Actor, plan_id: int, path: Path, *,
                event_id: int | None = None) -> tuple[list[int], int]:
    """Load a filled capture form, all or nothing: every problem is reported with file,
    sheet, row and column and nothing is stored; a row already loaded is not loaded
    twice. The version is the event's, else the form's (sheet ``bagian``, column
    ``versi``), else the plan's newest. Returns (new ids, already stored)."""
    plan = get_plan(engine, actor, plan_id)
    actor.require_visible("consult.write", plan.region_code,
                          NotFoundError(Msg("plan.not_found", id=plan_id)))
    event = get_event(engine, actor, event_id, "consult.write") if event_id else None
    if event is not None and event.plan_id != plan.id:
        raise InputError(Problem(Msg("consult.event.other_plan", id=event.id, plan=plan.id),
                                 column="--event"))
    table = read_rows(path, sheet=FORM_SHEET if path.suffix.lower() != ".csv" else None,
                      aliases=FORM_ALIASES)
    need_columns(table, ("bagian", "masukan"))
    version = event.version_label if event else _form_version(path) or latest_version(
        engine, actor, plan_id)
    _, snap = frozen_version(engine, actor, plan_id, version)
    keys, tables = section_keys(snap), section_tables(snap)
    problems: list[Problem] = []
    drafts = []
    for row, values in table.rows:
        found: list[Problem] = []
        d = draft_from(values, version=version, today=date.today(),
                       channel="fgd" if event else "surat", event=event, problems=found)
        d.section_key = resolve_section(d.section_key, snap)
        found += d.problems(keys, tables)
        problems += _located(found, file=table.file, sheet=table.sheet, row=row)
        drafts.append(d)
    if problems:
        raise InputError(problems)
    return store_inputs(engine, plan.id, plan.region_code, drafts, actor.username)


def _form_version(path: Path) -> str | None:
    if path.suffix.lower() == ".csv":
        return None
    try:
        table = read_rows(path, sheet=SECTIONS_SHEET, aliases={"versi": ("version",)})
    except InputError:
        return None
    labels = {v.get("versi", "") for _, v in table.rows} - {""}
    return labels.pop() if len(labels) == 1 else None

