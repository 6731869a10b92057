"""``rancang programmes``: import programme lists, suggest and load mappings to a plan,
and write the synchronisation report of a province.

Every verb opens the database from ``--database-url`` or ``RANCANG_DATABASE_URL`` and acts
as the command-line user (an administrator), or with ``--user`` as that account with its
region (the same rules as the pages and the API).
"""

from __future__ import annotations

from pathlib import Path
from typing import Annotated, Any

import typer

DbOpt = Annotated[str | None, typer.Option(
    "--database-url", help="URL SQLAlchemy basis data (bawaan RANCANG_DATABASE_URL).")]
LangOpt = Annotated[str | None, typer.Option(help="Bahasa keluaran: id (bawaan) atau en.")]
UserOpt = Annotated[str | None, typer.Option(
    "--user", help="Bertindak sebagai akun ini (wilayah dan perannya).")]
PlanArg = Annotated[int, typer.Argument(help="ID rencana.")]


def _open(url: str | None, user: str | None) -> tuple[Any, Any]:
    from rancang.core.actors import CLI_ACTOR, Actor
    from rancang.core.db import open_database
    from rancang.core.errors import InputError, Problem
    from rancang.core.i18n import Msg

    engine = open_database(url)
    if user is None:
        return engine, CLI_ACTOR
    from rancang.features.accounts.service import list_users

    found = next((a for a in list_users(engine) if a.username == user and a.active), None)
    if found is None:
        engine.dispose()
        raise InputError(Problem(Msg("programmes.user_unknown", user=user)))
    return engine, Actor(id=found.id, username=found.username, grants=found.grants,
                         display_name=found.display_name)


def register(app: typer.Typer) -> None:
    """Add ``rancang programmes`` and its verbs."""
    programmes = typer.Typer(help="Program pusat, provinsi dan kabupaten/kota: impor, "
                             "pemetaan ke rencana, sinkronisasi.", no_args_is_help=True)
    app.add_typer(programmes, name="programmes")
    programmes.command("import")(import_)
    programmes.command("suggest")(suggest)
    programmes.command("map")(map_)
    programmes.command("sync")(sync)


def import_(
    files: Annotated[list[Path], typer.Argument(help="Berkas XLSX/CSV daftar program.",
                                                exists=True, dir_okay=False)],
    user: UserOpt = None,
    database_url: DbOpt = None,
    lang: LangOpt = None,
) -> None:
    """Impor daftar program (semua berkas atau tidak sama sekali)."""
    from rancang.cli.lang import use_language
    from rancang.core.i18n import text
    from rancang.features.programmes.importer import import_programmes

    use_language(lang)
    engine, actor = _open(database_url, user)
    try:
        result = import_programmes(engine, actor, files)
    finally:
        engine.dispose()
    typer.echo(text("programmes.imported", files=len(result.files), rows=result.rows,
                    inserted=result.inserted, updated=result.updated,
                    unchanged=result.unchanged))


def suggest(
    plan_id: PlanArg,
    out: Annotated[Path, typer.Option("--out", help="Berkas XLSX usulan pemetaan.",
                                      dir_okay=False)],
    top: Annotated[int, typer.Option(help="Usulan terbaik per program.")] = 3,
    threshold: Annotated[float, typer.Option(help="Skor kemiripan terkecil (0-1).")] = 0.1,
    user: UserOpt = None,
    database_url: DbOpt = None,
    lang: LangOpt = None,
) -> None:
    """Tulis usulan pemetaan program ke sasaran dan strategi rencana, untuk dikonfirmasi."""
    from rancang.cli.lang import use_language
    from rancang.core.i18n import current_language, text
    from rancang.features.plan.service import get_plan
    from rancang.features.programmes.suggest import suggest as run
    from rancang.features.programmes.suggest import write_suggestions

    use_language(lang)
    engine, actor = _open(database_url, user)
    try:
        plan = get_plan(engine, actor, plan_id)
        rows = run(engine, actor, plan_id, top=top, threshold=threshold)
    finally:
        engine.dispose()
    label = f"{plan.level.upper()} {plan.region_code} {plan.start_year}-{plan.end_year}"
    write_suggestions(rows, out, plan_label=label, lang=current_language())
    typer.echo(text("programmes.suggested", n=len(rows),
                    programmes=len({s.programme.id for s in rows}), path=out))


def map_(
    plan_id: PlanArg,
    file: Annotated[Path, typer.Argument(help="XLSX pemetaan yang sudah dikonfirmasi.",
                                         exists=True, dir_okay=False)],
    user: UserOpt = None,
    database_url: DbOpt = None,
    lang: LangOpt = None,
) -> None:
    """Muat pemetaan yang dikonfirmasi (semua baris atau tidak sama sekali)."""
    from rancang.cli.lang import use_language
    from rancang.core.i18n import text
    from rancang.features.programmes.mapping import load_mappings

    use_language(lang)
    engine, actor = _open(database_url, user)
    try:
        result = load_mappings(engine, actor, plan_id, file)
    finally:
        engine.dispose()
    typer.echo(text("programmes.mapped", confirmed=result.confirmed, removed=result.removed,
                    skipped=result.skipped, plan=plan_id))


def sync(
    province: Annotated[str, typer.Option("--province", help="Kode provinsi (72).")],
    year: Annotated[int, typer.Option("--year", help="Tahun program.")],
    out: Annotated[Path, typer.Option("--out", help="Folder hasil.", file_okay=False)],
    user: UserOpt = None,
    database_url: DbOpt = None,
    lang: LangOpt = None,
) -> None:
    """Tulis laporan sinkronisasi program provinsi dan kabupaten/kota (XLSX, DOCX)."""
    from rancang.cli.lang import use_language
    from rancang.core.i18n import current_language, format_number, text
    from rancang.features.programmes.sync import sync_report
    from rancang.features.programmes.sync_tables import write_report

    use_language(lang)
    engine, actor = _open(database_url, user)
    try:
        report = sync_report(engine, actor, province, year)
    finally:
        engine.dispose()
    paths = write_report(report, out, current_language())
    s = report.summary()
    typer.echo(text("programmes.synced", province=province, year=year,
                    programmes=s["programmes"], anchors=s["anchors"], gaps=s["gaps"],
                    duplicates=s["duplicates"], outside=s["outside_authority"],
                    without_plan=s["without_plan"],
                    budget=format_number(float(s["budget_total"]), 0)))
    for p in paths:
        typer.echo(str(p))
