"""``rancang monitor``: indicators from a plan, realisations in bulk, verification,
proposals from the data and the reports.

Every verb opens the database from ``--database-url`` or ``RANCANG_DATABASE_URL``; the
command-line user is an administrator, named by ``--by`` where the rules need a person
(who confirms, who verifies).
"""

from __future__ import annotations

from pathlib import Path
from typing import Annotated, Any

import typer

DbOpt = Annotated[str | None, typer.Option(
    "--database-url", help="URL SQLAlchemy basis data (bawaan RANCANG_DATABASE_URL).")]
LangOpt = Annotated[str | None, typer.Option(help="Bahasa keluaran: id (bawaan) atau en.")]
PlanArg = Annotated[int, typer.Argument(help="ID rencana.")]
ByOpt = Annotated[str, typer.Option("--by", help="Nama orang yang bertindak.")]
GreenOpt = Annotated[float, typer.Option("--green", help="Ambang hijau (capaian %).")]
YellowOpt = Annotated[float, typer.Option("--yellow", help="Ambang kuning (capaian %).")]


def _engine(url: str | None) -> Any:
    from rancang.core.db import open_database

    return open_database(url)


def _person(name: str) -> Any:
    from rancang.core.actors import ADMIN_ROLE, Actor, Grant
    from rancang.core.errors import InputError, Problem
    from rancang.core.i18n import Msg

    name = name.strip()
    if not name:
        raise InputError(Problem(Msg("monitor.required", column="--by"), column="--by"))
    return Actor(id=0, username=name[:100], grants=(Grant(ADMIN_ROLE),), display_name=name)


def _thresholds(green: float, yellow: float) -> tuple[float, float]:
    from rancang.core.errors import InputError, Problem
    from rancang.core.i18n import Msg
    from rancang.features.monitoring.achievement import check_thresholds

    try:
        return check_thresholds(green, yellow)
    except ValueError:
        raise InputError(Problem(Msg("monitor.bad_thresholds", green=green, yellow=yellow),
                                 column="--green")) from None


def register(app: typer.Typer) -> None:
    """Add ``rancang monitor`` and its verbs."""
    monitor = typer.Typer(help="Pemantauan sasaran rencana: indikator, realisasi, "
                          "verifikasi, laporan.", no_args_is_help=True)
    app.add_typer(monitor, name="monitor")
    monitor.command("indicators")(indicators)
    monitor.command("add")(add)
    monitor.command("from-programmes")(from_programmes)
    monitor.command("target")(target)
    monitor.command("propose")(propose)
    monitor.command("confirm")(confirm)
    monitor.command("import")(import_)
    monitor.command("export")(export)
    monitor.command("verify")(verify)
    monitor.command("show")(show)
    monitor.command("report")(report)


def indicators(plan_id: PlanArg, database_url: DbOpt = None, lang: LangOpt = None) -> None:
    """Buat/segarkan indikator dari sasaran rencana (target tahunan diinterpolasi)."""
    from rancang.cli.lang import use_language
    from rancang.core.actors import CLI_ACTOR
    from rancang.features.monitoring.indicators import sync_indicators

    use_language(lang)
    engine = _engine(database_url)
    try:
        found = sync_indicators(engine, CLI_ACTOR, plan_id)
    finally:
        engine.dispose()
    for i in found:
        typer.echo(f"{i.id:>5}  {i.kind:<7} {i.code:<24} {i.unit:<16} {i.label}")


def from_programmes(plan_id: PlanArg, database_url: DbOpt = None,
                    lang: LangOpt = None) -> None:
    """Indikator keluaran dari program yang sudah dikonfirmasi melayani rencana."""
    from rancang.cli.lang import use_language
    from rancang.core.actors import CLI_ACTOR
    from rancang.core.i18n import text
    from rancang.features.monitoring.from_programmes import indicators_from_programmes

    use_language(lang)
    engine = _engine(database_url)
    try:
        r = indicators_from_programmes(engine, CLI_ACTOR, plan_id)
    finally:
        engine.dispose()
    typer.echo(text("monitor.from_programmes", programmes=r.programmes, created=r.created,
                    years=r.years_set))


def add(
    plan_id: PlanArg,
    code: Annotated[str, typer.Option("--code", help="Kode indikator (kode nomenklatur).")],
    unit: Annotated[str, typer.Option("--unit", help="Satuan.")],
    label: Annotated[str, typer.Option("--label", help="Nama indikator.")] = "",
    direction: Annotated[str, typer.Option("--direction", help="up atau down.")] = "up",
    target_key: Annotated[str | None, typer.Option(
        "--target-key", help="Sasaran rencana yang dilayani.")] = None,
    group: Annotated[str | None, typer.Option("--group", help="Kelompok program.")] = None,
    kind: Annotated[str, typer.Option("--indicator", help="Jenis data (ikm_units...).")
                    ] = "custom",
    database_url: DbOpt = None,
    lang: LangOpt = None,
) -> None:
    """Tambah indikator bebas (keluaran program) pada rencana."""
    from rancang.cli.lang import use_language
    from rancang.core.actors import CLI_ACTOR
    from rancang.core.i18n import text
    from rancang.features.monitoring.indicators import add_indicator

    use_language(lang)
    engine = _engine(database_url)
    try:
        i = add_indicator(engine, CLI_ACTOR, plan_id, code=code, label=label, unit=unit,
                          direction=direction, target_key=target_key, group=group,
                          indicator=kind)
    finally:
        engine.dispose()
    typer.echo(text("monitor.added", id=i.id, code=i.code))


def target(
    indicator_id: Annotated[int, typer.Argument(help="ID indikator.")],
    year: Annotated[int, typer.Argument(help="Tahun.")],
    value: Annotated[str, typer.Argument(help="Target tahun itu (1.234,5 atau 1234.5).")],
    database_url: DbOpt = None,
    lang: LangOpt = None,
) -> None:
    """Ubah target satu tahun (dipertahankan saat sasaran rencana berubah)."""
    from rancang.cli.lang import use_language
    from rancang.core.actors import CLI_ACTOR
    from rancang.core.errors import InputError, Problem
    from rancang.core.i18n import Msg, text
    from rancang.features.monitoring.indicators import set_year_target
    from rancang.sources.numbers import parse_number

    use_language(lang)
    number = parse_number(value, ",")
    if number is None:
        raise InputError(Problem(Msg("monitor.bad_number", value=value[:40]), column="value"))
    engine = _engine(database_url)
    try:
        set_year_target(engine, CLI_ACTOR, indicator_id, year, number)
    finally:
        engine.dispose()
    typer.echo(text("monitor.target_set", id=indicator_id, year=year))


def propose(plan_id: PlanArg, database_url: DbOpt = None, lang: LangOpt = None) -> None:
    """Usulkan realisasi dari data BPS dan register (perlu dikonfirmasi)."""
    from rancang.cli.lang import use_language
    from rancang.core.actors import CLI_ACTOR
    from rancang.core.i18n import text
    from rancang.features.monitoring.proposals import propose_from_data

    use_language(lang)
    engine = _engine(database_url)
    try:
        n = propose_from_data(engine, CLI_ACTOR, plan_id)
    finally:
        engine.dispose()
    typer.echo(text("monitor.proposed", n=n))


def confirm(ids: Annotated[list[int], typer.Argument(help="ID realisasi.")], by: ByOpt,
            database_url: DbOpt = None, lang: LangOpt = None) -> None:
    """Konfirmasi realisasi usulan agar dihitung."""
    from rancang.features.monitoring.realisations import confirm as do_confirm

    _each(ids, by, database_url, lang, do_confirm, "monitor.confirmed", "entered_by")


def _each(ids: list[int], by: str, database_url: str | None, lang: str | None,
          act: Any, message: str, who: str) -> None:
    """Run ``act(engine, person, id)`` on each realisation as ``by``, saying each result
    with the catalogue's ``message`` (``who``: the field naming the person)."""
    from rancang.cli.lang import use_language
    from rancang.core.i18n import text

    use_language(lang)
    actor = _person(by)
    engine = _engine(database_url)
    try:
        for rid in ids:
            r = act(engine, actor, rid)
            typer.echo(text(message, id=r.id, who=getattr(r, who)))
    finally:
        engine.dispose()


def import_(file: Annotated[Path, typer.Argument(help="Berkas CSV atau XLSX.", exists=True,
                                                 dir_okay=False)],
            database_url: DbOpt = None, lang: LangOpt = None) -> None:
    """Impor realisasi dari CSV/XLSX (semua atau tidak sama sekali)."""
    from rancang.cli.lang import use_language
    from rancang.core.actors import CLI_ACTOR
    from rancang.core.i18n import text
    from rancang.features.monitoring.importer import import_file

    use_language(lang)
    engine = _engine(database_url)
    try:
        counts = import_file(engine, CLI_ACTOR, file)
    finally:
        engine.dispose()
    typer.echo(text("monitor.imported", **counts))


def export(
    region: Annotated[str, typer.Option("--region", help="Kode wilayah Kemendagri (72.06).")],
    period: Annotated[str, typer.Option("--period", help="Periode (2026-S1).")],
    out: Annotated[Path, typer.Option("--out", help="Berkas .xlsx atau .csv.")],
    database_url: DbOpt = None,
    lang: LangOpt = None,
) -> None:
    """Tulis lembar isian realisasi (kosong untuk diisi, lalu diimpor kembali)."""
    from rancang.cli.lang import use_language
    from rancang.core.actors import CLI_ACTOR
    from rancang.core.errors import InputError, Problem
    from rancang.core.i18n import Msg, text
    from rancang.features.monitoring.dashboard import region_dashboard
    from rancang.features.monitoring.importer import template_rows, write_template

    use_language(lang)
    engine = _engine(database_url)
    try:
        try:
            d = region_dashboard(engine, CLI_ACTOR, region, period)
        except ValueError:
            raise InputError(Problem(Msg("monitor.bad_period", period=period[:20]),
                                     column="--period")) from None
        path = write_template(template_rows(engine, region, d.period), out)
    finally:
        engine.dispose()
    typer.echo(text("monitor.written", path=path))


def verify(ids: Annotated[list[int], typer.Argument(help="ID realisasi.")], by: ByOpt,
           database_url: DbOpt = None, lang: LangOpt = None) -> None:
    """Verifikasi realisasi (perlu bukti; pemverifikasi bukan penginput)."""
    from rancang.features.monitoring.realisations import verify as do_verify

    _each(ids, by, database_url, lang, do_verify, "monitor.verified", "verified_by")


def show(
    region: Annotated[str, typer.Option("--region", help="Kode wilayah Kemendagri (72.06).")],
    period: Annotated[str, typer.Option("--period", help="Periode (2026-S1).")],
    green: GreenOpt = 91.0,
    yellow: YellowOpt = 76.0,
    database_url: DbOpt = None,
    lang: LangOpt = None,
) -> None:
    """Tampilkan capaian tiap indikator wilayah pada satu periode."""
    from rancang.cli.lang import use_language
    from rancang.core.actors import CLI_ACTOR
    from rancang.core.i18n import current_language
    from rancang.features.monitoring.dashboard import region_dashboard
    from rancang.features.monitoring.report import indicator_table

    use_language(lang)
    th = _thresholds(green, yellow)
    engine = _engine(database_url)
    try:
        d = region_dashboard(engine, CLI_ACTOR, region, _period(period), thresholds=th)
    finally:
        engine.dispose()
    t = indicator_table(d, current_language())
    typer.echo(t.title)
    keep = (0, 4, 5, 6, 7, 8)
    typer.echo("  ".join(t.columns[c] for c in keep))
    for r in range(len(t.rows)):
        typer.echo("  ".join(t.cell(r, c, current_language()) for c in keep))
    typer.echo(t.source)


def _period(value: str) -> Any:
    from rancang.core.errors import InputError, Problem
    from rancang.core.i18n import Msg
    from rancang.features.monitoring.periods import parse_period

    try:
        return parse_period(value)
    except ValueError:
        raise InputError(Problem(Msg("monitor.bad_period", period=value[:20]),
                                 column="--period")) from None


def report(
    period: Annotated[str, typer.Option("--period", help="Periode (2026-S1).")],
    out: Annotated[Path, typer.Option("--out", help="Folder hasil.")],
    region: Annotated[str | None, typer.Option(
        "--region", help="Laporan semester kabupaten/kota (72.06).")] = None,
    province: Annotated[str | None, typer.Option(
        "--province", help="Laporan gubernur: semua kabupaten/kota provinsi (72).")] = None,
    green: GreenOpt = 91.0,
    yellow: YellowOpt = 76.0,
    database_url: DbOpt = None,
    lang: LangOpt = None,
) -> None:
    """Tulis laporan pemantauan (DOCX dan XLSX) kabupaten/kota atau provinsi."""
    from rancang.cli.lang import use_language
    from rancang.core.actors import CLI_ACTOR
    from rancang.core.errors import InputError, Problem
    from rancang.core.i18n import Msg, text
    from rancang.features.monitoring import report as rep

    chosen = use_language(lang)
    if (region is None) == (province is None):
        raise InputError(Problem(Msg("monitor.region_or_province"), column="--region"))
    th = _thresholds(green, yellow)
    p = _period(period)
    engine = _engine(database_url)
    try:
        if region is not None:
            r = rep.region_report(engine, CLI_ACTOR, region, p.code, lang=chosen,
                                  thresholds=th)
        else:
            r = rep.province_report(engine, CLI_ACTOR, str(province), p.code, lang=chosen,
                                    thresholds=th)
        paths = rep.write_report(r, out, chosen)
    finally:
        engine.dispose()
    for path in paths:
        typer.echo(text("monitor.written", path=path))
