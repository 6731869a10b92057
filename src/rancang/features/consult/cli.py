"""``rancang consult``: events, attendance, the capture form and its import, answers
(workbook round trip, bulk answer, similar inputs), the matrix and the minutes.

Every verb opens the database from ``--database-url`` or ``RANCANG_DATABASE_URL`` and acts
as the command-line user (an administrator); the rules are the service's.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Annotated, Any

import typer

DbOpt = Annotated[str | None, typer.Option(
    "--database-url", help="URL SQLAlchemy basis data (bawaan RANCANG_DATABASE_URL).")]
LangOpt = Annotated[str | None, typer.Option(help="Bahasa keluaran: id (bawaan) atau en.")]
PlanArg = Annotated[int, typer.Argument(help="ID rencana.")]
EventArg = Annotated[int, typer.Argument(help="ID kegiatan konsultasi.")]
FileArg = Annotated[Path, typer.Argument(help="Berkas XLSX atau CSV.", exists=True,
                                         dir_okay=False)]


def _engine(url: str | None) -> Any:
    from rancang.core.db import open_database

    return open_database(url)


def register(app: typer.Typer) -> None:
    """Add ``rancang consult`` and its verbs."""
    consult = typer.Typer(help="Konsultasi rancangan rencana: FGD, masukan, tanggapan, "
                          "berita acara, matriks.", no_args_is_help=True)
    app.add_typer(consult, name="consult")
    consult.command("event")(event)
    consult.command("signatory")(signatory)
    consult.command("attendance")(attendance)
    consult.command("form")(form)
    consult.command("import")(import_)
    consult.command("answers")(answers)
    consult.command("import-answers")(import_answers)
    consult.command("answer")(answer)
    consult.command("similar")(similar)
    consult.command("matrix")(matrix)
    consult.command("minutes")(minutes)


def _date(value: str, column: str) -> date:
    from rancang.core.errors import InputError, Problem
    from rancang.core.i18n import Msg
    from rancang.features.consult.sheets import parse_date

    found = parse_date(value)
    if found is None:
        raise InputError(Problem(Msg("consult.input.bad_date", value=value), column=column))
    return date.fromisoformat(found)


def event(
    plan_id: PlanArg,
    version: Annotated[str, typer.Option("--version", help="Versi beku yang dibahas.")],
    title: Annotated[str, typer.Option("--title", help="Judul kegiatan.")],
    when: Annotated[str, typer.Option("--date", help="Tanggal YYYY-MM-DD.")],
    place: Annotated[str, typer.Option("--place", help="Tempat.")] = "",
    kind: Annotated[str, typer.Option(
        "--kind", help="fgd, konsultasi_publik, rakor atau tertulis.")] = "fgd",
    online: Annotated[bool, typer.Option("--online", help="Daring.")] = False,
    organiser: Annotated[str, typer.Option("--organiser", help="Penyelenggara.")] = "",
    agenda: Annotated[str, typer.Option("--agenda", help="Acara (Markdown).")] = "",
    chair: Annotated[str, typer.Option("--chair", help="Pimpinan rapat.")] = "",
    speaker: Annotated[list[str] | None, typer.Option(
        "--speaker", help="Narasumber (boleh berulang).")] = None,
    invite: Annotated[list[str] | None, typer.Option(
        "--invite", help="Instansi diundang 'KELOMPOK:Nama instansi' (boleh berulang).")
    ] = None,
    number: Annotated[str, typer.Option("--number", help="Nomor berita acara.")] = "",
    signatory_name: Annotated[str, typer.Option(
        "--signatory-name", help="Nama penandatangan berita acara.")] = "",
    signatory_position: Annotated[str, typer.Option(
        "--signatory-position", help="Jabatan penandatangan berita acara.")] = "",
    signatory_nip: Annotated[str, typer.Option(
        "--signatory-nip", help="NIP penandatangan (18 angka; boleh kosong).")] = "",
    database_url: DbOpt = None,
    lang: LangOpt = None,
) -> None:
    """Buat kegiatan konsultasi atas versi beku rencana dan cetak ID-nya."""
    from rancang.cli.lang import use_language
    from rancang.core.actors import CLI_ACTOR
    from rancang.features.consult.events import create_event

    use_language(lang)
    pairs = []
    for item in invite or []:
        group, _, org = item.partition(":")
        pairs.append((org, group) if org else (group, ""))
    engine = _engine(database_url)
    try:
        e = create_event(engine, CLI_ACTOR, plan_id, version=version, title=title,
                         held_on=_date(when, "--date"), place=place, kind=kind,
                         online=online, organiser=organiser, agenda=agenda, chair=chair,
                         speakers=speaker or [], number=number, invites=pairs,
                         signatory_name=signatory_name,
                         signatory_position=signatory_position,
                         signatory_nip=signatory_nip)
    finally:
        engine.dispose()
    typer.echo(e.id)


def signatory(
    event_id: EventArg,
    name: Annotated[str, typer.Option("--name", help="Nama penandatangan.")] = "",
    position: Annotated[str, typer.Option("--position", help="Jabatan penandatangan.")] = "",
    nip: Annotated[str, typer.Option("--nip", help="NIP (18 angka; boleh kosong).")] = "",
    database_url: DbOpt = None,
    lang: LangOpt = None,
) -> None:
    """Tetapkan penandatangan berita acara kegiatan (tanpa opsi: hapus penandatangan)."""
    from rancang.cli.lang import use_language
    from rancang.core.actors import CLI_ACTOR
    from rancang.core.i18n import text
    from rancang.features.consult.events import set_minutes

    use_language(lang)
    engine = _engine(database_url)
    try:
        e = set_minutes(engine, CLI_ACTOR, event_id, signatory=(name, position, nip))
    finally:
        engine.dispose()
    typer.echo(text("consult.signatory.saved", id=e.id,
                    who=", ".join(v for v in (e.signatory_position, e.signatory_name,
                                              e.signatory_nip) if v) or "-"))


def attendance(event_id: EventArg, file: FileArg, database_url: DbOpt = None,
               lang: LangOpt = None) -> None:
    """Muat daftar hadir (nama, instansi, kelompok, jabatan, kontak)."""
    from rancang.cli.lang import use_language
    from rancang.core.actors import CLI_ACTOR
    from rancang.core.i18n import text
    from rancang.features.consult.events import load_attendance

    use_language(lang)
    engine = _engine(database_url)
    try:
        added, already = load_attendance(engine, CLI_ACTOR, event_id, file)
    finally:
        engine.dispose()
    typer.echo(text("consult.attendance.loaded", added=added, already=already))


def form(
    plan_id: PlanArg,
    out: Annotated[Path, typer.Option("--out", help="Berkas .xlsx yang ditulis.")],
    version: Annotated[str | None, typer.Option(
        "--version", help="Versi beku (bawaan: yang terbaru).")] = None,
    database_url: DbOpt = None,
    lang: LangOpt = None,
) -> None:
    """Tulis formulir isian masukan (lembar masukan dan bagian) untuk satu versi."""
    from rancang.cli.lang import use_language
    from rancang.core.actors import CLI_ACTOR
    from rancang.core.i18n import text
    from rancang.features.consult.capture import latest_version, write_form

    lang = use_language(lang)
    engine = _engine(database_url)
    try:
        label = version or latest_version(engine, CLI_ACTOR, plan_id)
        path = write_form(engine, CLI_ACTOR, plan_id, label, out, lang)
    finally:
        engine.dispose()
    typer.echo(text("consult.written", path=path))


def import_(
    plan_id: PlanArg,
    file: FileArg,
    event_id: Annotated[int | None, typer.Option(
        "--event", help="Kegiatan tempat masukan disampaikan.")] = None,
    database_url: DbOpt = None,
    lang: LangOpt = None,
) -> None:
    """Muat formulir isian masukan: semua atau tidak sama sekali."""
    from rancang.cli.lang import use_language
    from rancang.core.actors import CLI_ACTOR
    from rancang.core.i18n import text
    from rancang.features.consult.capture import import_form

    use_language(lang)
    engine = _engine(database_url)
    try:
        new, already = import_form(engine, CLI_ACTOR, plan_id, file, event_id=event_id)
    finally:
        engine.dispose()
    typer.echo(text("consult.imported", added=len(new), already=already))


def answers(
    plan_id: PlanArg,
    out: Annotated[Path, typer.Option("--out", help="Berkas .xlsx atau .csv yang ditulis.")],
    csv_locale: Annotated[str, typer.Option(
        "--csv-locale", help="CSV: id (';', untuk Excel berbahasa Indonesia; bawaan) atau "
        "en (',').")] = "id",
    database_url: DbOpt = None,
    lang: LangOpt = None,
) -> None:
    """Tulis semua masukan dengan kolom tanggapan, status, alasan, perubahan."""
    from rancang.cli.lang import use_language
    from rancang.core.actors import CLI_ACTOR
    from rancang.core.i18n import text
    from rancang.features.consult.answers import write_answers

    use_language(lang)
    engine = _engine(database_url)
    try:
        path = write_answers(engine, CLI_ACTOR, plan_id, out, csv_locale=csv_locale)
    finally:
        engine.dispose()
    typer.echo(text("consult.written", path=path))


def _mailer() -> Any:
    from rancang.core.settings import get_settings
    from rancang.features.consult.notify import Mailer

    return Mailer(get_settings())


def _mail_report(mailer: Any) -> None:
    from rancang.core.i18n import text

    if mailer.sent:
        typer.echo(text("consult.mail.sent", n=mailer.sent))
    if mailer.failed:
        typer.echo(text("consult.mail.failed", n=mailer.failed), err=True)


def import_answers(plan_id: PlanArg, file: FileArg, database_url: DbOpt = None,
                   lang: LangOpt = None) -> None:
    """Muat tanggapan dari berkas jawaban: semua atau tidak sama sekali."""
    from rancang.cli.lang import use_language
    from rancang.core.actors import CLI_ACTOR
    from rancang.core.i18n import text
    from rancang.features.consult.answers import import_answers as run

    use_language(lang)
    engine = _engine(database_url)
    mailer = _mailer()
    try:
        n = run(engine, CLI_ACTOR, plan_id, file, on_saved=mailer)
    finally:
        engine.dispose()
    typer.echo(text("consult.answered", n=n))
    _mail_report(mailer)


def answer(
    input_ids: Annotated[list[int], typer.Argument(help="ID masukan (satu atau lebih).")],
    response: Annotated[str, typer.Option("--response", help="Tanggapan.")],
    status: Annotated[str, typer.Option(
        "--status", help="diakomodasi, diakomodasi_sebagian, tidak_diakomodasi atau "
        "di_luar_lingkup.")],
    reason: Annotated[str, typer.Option("--reason", help="Alasan.")] = "",
    change: Annotated[str, typer.Option(
        "--change", help="Bagian versi berikut yang berubah: v0.2#kunci.bagian.")] = "",
    database_url: DbOpt = None,
    lang: LangOpt = None,
) -> None:
    """Jawab satu atau beberapa masukan serupa sekaligus."""
    from rancang.cli.lang import use_language
    from rancang.core.actors import CLI_ACTOR
    from rancang.core.i18n import text
    from rancang.features.consult.answers import Answer, parse_change
    from rancang.features.consult.answers import answer as run
    from rancang.features.consult.vocab import parse_disposition

    use_language(lang)
    version, section = parse_change(change)
    engine = _engine(database_url)
    mailer = _mailer()
    try:
        n = run(engine, CLI_ACTOR, input_ids,
                Answer(response, parse_disposition(status) or status, reason, version,
                       section), via="cli", on_saved=mailer)
    finally:
        engine.dispose()
    typer.echo(text("consult.answered", n=n))
    _mail_report(mailer)


def similar(
    input_id: Annotated[int, typer.Argument(help="ID masukan.")],
    limit: Annotated[int, typer.Option("--limit", help="Paling banyak.")] = 10,
    database_url: DbOpt = None,
    lang: LangOpt = None,
) -> None:
    """Masukan yang mirip (kemiripan teks TF-IDF) untuk dijawab seragam."""
    from rancang.cli.lang import use_language
    from rancang.core.actors import CLI_ACTOR
    from rancang.core.i18n import format_number
    from rancang.features.consult.similar import similar_inputs

    lang = use_language(lang)
    engine = _engine(database_url)
    from rancang.features.consult.matrix import section_titles

    try:
        found = similar_inputs(engine, CLI_ACTOR, input_id, limit=limit)
        titles = section_titles(engine, CLI_ACTOR, found[0][0].plan_id,
                                {i.version_label for i, _ in found}, lang) if found else {}
    finally:
        engine.dispose()
    for item, score in found:
        # the section by its number and title, the text cut between words
        section = titles.get((item.version_label, item.section_key), item.section_key)
        shown = item.text if len(item.text) <= 70 else item.text[:70].rsplit(" ", 1)[0] + "…"
        typer.echo(f"{item.id:>6}  {format_number(score, 2, lang):>5}  {section[:40]:<40} "
                   f"{shown}")


def matrix(
    plan_id: PlanArg,
    out: Annotated[Path, typer.Option("--out", help="Berkas .xlsx atau .docx.")],
    version: Annotated[str | None, typer.Option(
        "--version", help="Hanya masukan atas versi ini.")] = None,
    database_url: DbOpt = None,
    lang: LangOpt = None,
) -> None:
    """Tulis matriks tanggapan (XLSX atau DOCX) dengan ringkasannya."""
    from rancang.cli.lang import use_language
    from rancang.core.actors import CLI_ACTOR
    from rancang.core.i18n import format_number, text
    from rancang.features.consult.matrix import write_matrix

    lang = use_language(lang)
    engine = _engine(database_url)
    try:
        m = write_matrix(engine, CLI_ACTOR, plan_id, out, version=version, lang=lang)
    finally:
        engine.dispose()
    typer.echo(text("consult.matrix.written", path=out, n=m.total, answered=m.answered,
                    share=format_number(m.share_answered, 1, lang), flagged=len(m.flagged)))


def minutes(
    event_id: EventArg,
    out: Annotated[Path, typer.Option("--out", help="Berkas .docx atau .pdf.")],
    database_url: DbOpt = None,
    lang: LangOpt = None,
) -> None:
    """Tulis berita acara kegiatan (DOCX atau PDF) dengan daftar hadir dan masukan."""
    from rancang.cli.lang import use_language
    from rancang.core.actors import CLI_ACTOR
    from rancang.core.i18n import text
    from rancang.features.consult.minutes import write_minutes

    lang = use_language(lang)
    engine = _engine(database_url)
    try:
        path = write_minutes(engine, CLI_ACTOR, event_id, out, lang=lang)
    finally:
        engine.dispose()
    typer.echo(text("consult.written", path=path))
