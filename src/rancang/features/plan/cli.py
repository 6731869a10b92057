"""``rancang plan``: create, draft, show, edit, freeze, diff, export and move a plan.

Every verb opens the database from ``--database-url`` or ``RANCANG_DATABASE_URL`` and
acts as the command-line user (an administrator); the rules are the service's.
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
AllowDuplicateOpt = Annotated[bool, typer.Option(
    "--allow-duplicate", help="Tetap buat rencana walau basis data sudah memuat rencana "
    "wilayah dan periode yang sama (bawaan: ditolak, tanpa membuat apa pun).")]


def _engine(url: str | None) -> Any:
    from rancang.core.db import open_database

    return open_database(url)


def _scratch_engine() -> Any:
    """A throwaway in-memory database for a draft that is written out and not kept
    (the tables from the models, without running the migrations)."""
    from rancang.core.db import make_engine
    from rancang.core.db.migrate import scratch_schema

    engine = make_engine("sqlite://")
    scratch_schema(engine)
    return engine


def register(app: typer.Typer) -> None:
    """Add ``rancang plan`` and its verbs."""
    plan = typer.Typer(help="Rencana pembangunan industri (RPIK/RPIP): susun, sunting, "
                       "versi, ekspor.", no_args_is_help=True)
    app.add_typer(plan, name="plan")
    plan.command("create")(create)
    plan.command("list")(list_)
    plan.command("show")(show)
    plan.command("status")(status)
    plan.command("outline")(outline)
    plan.command("draft")(draft)
    plan.command("regenerate")(regenerate)
    plan.command("targets")(targets)
    plan.command("actions")(actions)
    plan.command("actions-import")(actions_import)
    plan.command("edit")(edit)
    plan.command("freeze")(freeze)
    plan.command("versions")(versions)
    plan.command("diff")(diff)
    plan.command("export")(export)


def create(
    region: Annotated[str, typer.Option("--region", "-r", help="Kode wilayah (72.06, 72).")],
    start: Annotated[int, typer.Option("--start", help="Tahun awal periode 20 tahun.")],
    name: Annotated[str, typer.Option("--name", help="Nama wilayah.")] = "",
    outline_file: Annotated[Path | None, typer.Option(
        "--outline", help="Kerangka TOML milik daerah (bawaan: templat RPIK/RPIP).",
        exists=True, dir_okay=False)] = None,
    allow_duplicate: AllowDuplicateOpt = False,
    database_url: DbOpt = None,
    lang: LangOpt = None,
) -> None:
    """Buat rencana baru (draf) dan cetak ID-nya; rencana kedua untuk wilayah dan periode
    yang sama ditolak kecuali dengan --allow-duplicate."""
    from rancang.cli.lang import use_language
    from rancang.core.actors import CLI_ACTOR
    from rancang.core.i18n import text
    from rancang.features.plan.outline import read_outline
    from rancang.features.plan.service import DuplicatePlan, create_plan

    use_language(lang)
    outline = read_outline(outline_file) if outline_file else None
    engine = _engine(database_url)
    try:
        p = create_plan(engine, CLI_ACTOR, region=region, start_year=start, region_name=name,
                        outline=outline, allow_duplicate=allow_duplicate)
    except DuplicatePlan as exc:
        raise exc.saying("plan.duplicate.how_cli", None) from None
    finally:
        engine.dispose()
    typer.echo(text("plan.created", id=p.id, level=p.level.upper(), region=p.region_code,
                    start=p.start_year, end=p.end_year, anchor=p.anchor))


def list_(database_url: DbOpt = None, lang: LangOpt = None) -> None:
    """Daftar rencana."""
    from rancang.cli.lang import use_language
    from rancang.core.actors import CLI_ACTOR
    from rancang.core.i18n import text
    from rancang.features.plan.service import list_plans

    use_language(lang)
    engine = _engine(database_url)
    try:
        plans = list_plans(engine, CLI_ACTOR)
    finally:
        engine.dispose()
    if not plans:
        typer.echo(text("plan.none"))
        return
    for p in plans:
        typer.echo(f"{p.id:>4}  {p.level.upper():<4}  {p.region_code:<8} "
                   f"{p.start_year}-{p.end_year}  {text('plan.status.' + p.status):<18} "
                   f"{p.region_name}")


def show(plan_id: PlanArg, database_url: DbOpt = None, lang: LangOpt = None) -> None:
    """Tampilkan rencana: periode, tahapan, status, data dasar dan keadaan tiap bagian."""
    from rancang.cli.lang import use_language
    from rancang.core.actors import CLI_ACTOR
    from rancang.features.plan.render_text import plan_summary

    use_language(lang)
    engine = _engine(database_url)
    try:
        typer.echo(plan_summary(engine, CLI_ACTOR, plan_id))
    finally:
        engine.dispose()


def status(
    plan_id: PlanArg,
    new: Annotated[str, typer.Argument(help="draft, consultation, agreed atau adopted.")],
    perda_number: Annotated[str | None, typer.Option(help="Nomor Perda (untuk adopted).")
                            ] = None,
    perda_date: Annotated[str | None, typer.Option(help="Tanggal Perda YYYY-MM-DD.")] = None,
    database_url: DbOpt = None,
    lang: LangOpt = None,
) -> None:
    """Ubah status: draft -> consultation -> agreed -> adopted (Perda)."""
    from rancang.cli.lang import use_language
    from rancang.core.actors import CLI_ACTOR
    from rancang.core.errors import InputError, Problem
    from rancang.core.i18n import Msg, text
    from rancang.features.plan.service import set_status

    use_language(lang)
    when: date | None = None
    if perda_date:
        try:
            when = date.fromisoformat(perda_date)
        except ValueError:
            raise InputError(Problem(Msg("plan.perda_date"), column="--perda-date")) from None
    engine = _engine(database_url)
    try:
        p = set_status(engine, CLI_ACTOR, plan_id, new, perda_number=perda_number,
                       perda_date=when)
    finally:
        engine.dispose()
    typer.echo(text("plan.status_set", id=p.id, status=text("plan.status." + p.status)))


def outline(
    plan_id: PlanArg,
    file: Annotated[Path | None, typer.Option(
        "--file", help="Ganti kerangka dengan berkas TOML ini.", exists=True,
        dir_okay=False)] = None,
    database_url: DbOpt = None,
    lang: LangOpt = None,
) -> None:
    """Cetak kerangka rencana sebagai TOML, atau ganti dengan --file."""
    from rancang.cli.lang import use_language
    from rancang.core.actors import CLI_ACTOR
    from rancang.core.i18n import text
    from rancang.features.plan.outline import outline_toml, read_outline, section_keys
    from rancang.features.plan.service import get_plan, set_outline

    use_language(lang)
    engine = _engine(database_url)
    try:
        if file is None:
            typer.echo(outline_toml(get_plan(engine, CLI_ACTOR, plan_id).outline), nl=False)
            return
        p = set_outline(engine, CLI_ACTOR, plan_id, read_outline(file))
    finally:
        engine.dispose()
    typer.echo(text("plan.outline_set", id=p.id, n=len(section_keys(p.outline))))


InputsArg = Annotated[list[Path], typer.Argument(
    help="Berkas atau folder PDRB (tata letak apa pun yang dibaca `analyze`).", exists=True)]
TargetShareOpt = Annotated[float, typer.Option(
    help="Sasaran pangsa industri pengolahan dalam PDRB pada akhir periode, %.")]
IoOpt = Annotated[Path | None, typer.Option(
    "--io", help="Tabel input-output BPS (.xlsx) untuk bab keterkaitan antarsektor.",
    exists=True, dir_okay=False)]
RegisterOpt = Annotated[str | None, typer.Option(
    "--register-db", help="URL basis data register industri (agregat yang boleh "
    "dipublikasikan untuk bab kondisi industri).")]
WeightsOpt = Annotated[Path | None, typer.Option(
    "--weights", help="priorities.csv dari decide ahp (criterion,weight): bobot peringkat "
    "industri unggulan.", exists=True, dir_okay=False)]
SitesOpt = Annotated[Path | None, typer.Option(
    "--sites", help="sites.csv dari rancang siting: calon sentra IKM dalam tabel dan peta.",
    exists=True, dir_okay=False)]
KbliRefOpt = Annotated[Path | None, typer.Option(
    "--kbli-reference", help="Tabel acuan kbli,workers,output_value untuk LQ golongan pokok "
    "KBLI dari register (bawaan: register provinsi).", exists=True, dir_okay=False)]
ManufacturingOpt = Annotated[Path | None, typer.Option(
    "--manufacturing", help="Tabel PDRB BPS dengan 16 subkategori industri pengolahan "
    "(tata letak Dalam Angka): peringkat subkategori.", exists=True, dir_okay=False)]
ReferenceOpt = Annotated[str | None, typer.Option(
    "--reference", help="Ekonomi acuan (bawaan: provinsi untuk kabupaten, nasional untuk "
    "provinsi).")]


def _extras(weights: Path | None, sites: Path | None,
            kbli_reference: Path | None = None,
            manufacturing: Path | None = None) -> tuple[Any, Any, dict[str, Any]]:
    """The ranking weights of ``--weights``, the candidate sites of ``--sites``, the KBLI
    reference table and what they were read from (checked before anything is drafted);
    the table is returned in the record under ``kbli_reference_table``, the panel of
    manufacturing subcategories under ``manufacturing_panel``."""
    from rancang.features.plan.draft import read_extras

    x = read_extras(weights, sites, kbli_reference, manufacturing)
    record: dict[str, Any] = dict(x.record)
    if x.kbli_reference is not None:
        record["kbli_reference_table"] = x.kbli_reference
    if x.manufacturing is not None:
        record["manufacturing_panel"] = x.manufacturing
    return x.weights, x.sites, record


def _draft(engine: Any, plan_id: int, inputs: list[Path], region: str | None,
           target_share: float, reference: str | None, lang: str,
           register: Any = None, weights: Path | None = None,
           sites: Path | None = None, kbli_reference: Path | None = None,
           manufacturing: Path | None = None, io: Path | None = None) -> Any:
    from rancang.core.actors import CLI_ACTOR
    from rancang.features.plan.draft import DraftOptions, draft_plan, file_sources
    from rancang.sources import read_panel_checked

    w, s, record = _extras(weights, sites, kbli_reference, manufacturing)
    table = record.pop("kbli_reference_table", None)
    sub = record.pop("manufacturing_panel", None)
    io_table, io_record = _io(io)
    panel, _checks = read_panel_checked(list(inputs), bps_totals="warn")
    return draft_plan(engine, CLI_ACTOR, plan_id, panel, region=region,
                      options=DraftOptions(target_share=target_share, reference=reference,
                                           weights=w),
                      sources={"files": file_sources(inputs), **record, **io_record},
                      lang=lang, register=register, io=io_table, sites=s,
                      kbli_reference=table, manufacturing=sub)


def draft(
    inputs: InputsArg,
    region: Annotated[str, typer.Option(
        "--region", "-r", help="Kode wilayah (72.06, 7203); beberapa dipisah koma, atau "
        "all untuk setiap wilayah dalam data.")],
    start: Annotated[int | None, typer.Option(
        "--start", help="Tahun awal periode 20 tahun (bawaan: tahun setelah data).")] = None,
    name: Annotated[str, typer.Option("--name", help="Nama wilayah.")] = "",
    out: Annotated[Path | None, typer.Option(
        "--out", help="Folder hasil: rpik-<kode>.docx (atau rpip-) dan data/; untuk "
        "beberapa wilayah satu subfolder per wilayah.")] = None,
    pdf: Annotated[bool, typer.Option("--pdf", help="Tulis juga PDF.")] = False,
    save: Annotated[bool, typer.Option(
        "--save", help="Simpan rencana di basis data dan cetak ID-nya.")] = False,
    allow_duplicate: AllowDuplicateOpt = False,
    target_share: TargetShareOpt = 30.0,
    reference: ReferenceOpt = None,
    register_db: RegisterOpt = None,
    io: IoOpt = None,
    weights: WeightsOpt = None,
    sites: SitesOpt = None,
    kbli_reference: KbliRefOpt = None,
    manufacturing: ManufacturingOpt = None,
    database_url: DbOpt = None,
    lang: LangOpt = None,
) -> None:
    """Susun draf rencana dari data: setiap bab diisi dari analisis."""
    from rancang.cli.lang import use_language
    from rancang.core.actors import CLI_ACTOR
    from rancang.core.i18n import text
    from rancang.features.plan.draft import DraftOptions, draft_plan, file_sources
    from rancang.features.plan.service import DuplicatePlan, create_plan, refuse_duplicate
    from rancang.sources import read_panel_checked

    lang = use_language(lang)
    w, site_rows, record = _extras(weights, sites, kbli_reference, manufacturing)
    kbli_table = record.pop("kbli_reference_table", None)
    sub_panel = record.pop("manufacturing_panel", None)
    panel, _ = read_panel_checked(list(inputs), bps_totals="warn")
    codes = (list(panel.region_codes) if region.strip().lower() == "all"
             else [c.strip() for c in region.split(",") if c.strip()])
    from rancang.features.plan.rpip import province_panel

    for code in codes:
        # every region asked for is in the data (a province as the reference row of its
        # regencies, for an RPIP), before any work
        if not panel.has_region(code) and province_panel(panel, code) is None:
            panel.region_index(code)
    first = start if start is not None else int(panel.years[-1]) + 1
    options = DraftOptions(target_share=target_share, reference=reference, weights=w)
    io_table, io_record = _io(io)
    sources = {"files": file_sources(inputs), **record, **io_record}
    cache: dict[str, Any] = {}
    engine = _engine(database_url) if save else _scratch_engine()
    register = _engine(register_db) if register_db else None
    try:
        if save and not allow_duplicate:
            # a region whose plan for the period is already stored stops the run before
            # any plan is created
            for code in codes:
                try:
                    refuse_duplicate(engine, CLI_ACTOR, _plan_code(code), first)
                except DuplicatePlan as exc:
                    raise exc.saying("plan.duplicate.how_cli", None) from None
        for code in codes:
            plan = create_plan(engine, CLI_ACTOR, region=_plan_code(code), start_year=first,
                               region_name=name if len(codes) == 1 else "")
            plan, _logs = draft_plan(engine, CLI_ACTOR, plan.id, panel, region=code,
                                     options=options, sources=sources, lang=lang,
                                     cache=cache, register=register, io=io_table,
                                     sites=site_rows, kbli_reference=kbli_table,
                                     manufacturing=sub_panel)
            for feature, why in plan.sources.get("skipped", {}).items():
                typer.echo(text("plan.skipped", feature=feature, region=code, why=why),
                           err=True)
            if save:
                typer.echo(text("plan.created", id=plan.id, level=plan.level.upper(),
                                region=plan.region_code, start=plan.start_year,
                                end=plan.end_year, anchor=plan.anchor))
            if out is not None:
                folder = out if len(codes) == 1 else out / f"{plan.level}-{plan.region_code}"
                _write(engine, plan.id, None, folder, pdf=pdf, lang=lang,
                       quiet=len(codes) > 1)
    finally:
        engine.dispose()
        if register is not None:
            register.dispose()


def _io(path: Path | None) -> tuple[Any, dict[str, Any]]:
    """The input-output table of ``--io`` (None without one) and its record for the
    plan's ``sources``: the file's name and SHA-256 and the table's title."""
    if path is None:
        return None, {}
    from rancang.features.plan.draft import file_sources
    from rancang.sources.bps_io import read_bps_io

    table = read_bps_io(path)
    return table, {"io": {**file_sources([path])[0], "title": table.title}}


def _plan_code(region: str) -> str:
    """The Kemendagri code of a region given in either system (plans are kept by it)."""
    from rancang.reference.regions import bps_to_kemendagri, code_system

    if code_system(region) == "bps":
        return bps_to_kemendagri(region) or region
    return region


def _write(engine: Any, plan_id: int, version: str | None, out: Path, *, pdf: bool,
           lang: str, quiet: bool = False) -> None:
    from rancang.core.actors import CLI_ACTOR
    from rancang.core.i18n import text
    from rancang.features.plan.export import export_plan

    paths = export_plan(engine, CLI_ACTOR, plan_id, out, version=version, pdf=pdf,
                        lang=lang)
    for path in paths[:1] if quiet else paths:
        typer.echo(text("plan.written", path=path))


def regenerate(
    plan_id: PlanArg,
    inputs: InputsArg,
    region: Annotated[str | None, typer.Option(
        "--region", "-r", help="Kode wilayah dalam data (bawaan: kode rencana).")] = None,
    target_share: TargetShareOpt = 30.0,
    reference: ReferenceOpt = None,
    register_db: RegisterOpt = None,
    io: IoOpt = None,
    weights: WeightsOpt = None,
    sites: SitesOpt = None,
    kbli_reference: KbliRefOpt = None,
    manufacturing: ManufacturingOpt = None,
    database_url: DbOpt = None,
    lang: LangOpt = None,
) -> None:
    """Perbarui bagian yang dihasilkan dari data baru; teks tim penyusun tetap."""
    from rancang.cli.lang import use_language
    from rancang.core.i18n import text

    lang = use_language(lang)
    engine = _engine(database_url)
    register = _engine(register_db) if register_db else None
    try:
        plan, logs = _draft(engine, plan_id, inputs, region, target_share, reference, lang,
                            register, weights, sites, kbli_reference, manufacturing, io)
    finally:
        engine.dispose()
        if register is not None:
            register.dispose()
    typer.echo(text("plan.regenerated", id=plan.id, n=len(logs)))
    for key, lines in logs.items():
        for line in lines:
            typer.echo(f"  {key}: {line}")


def targets(
    plan_id: PlanArg,
    file: Annotated[Path | None, typer.Option(
        "--file", help="Ganti sasaran dengan berkas CSV atau XLSX ini.", exists=True,
        dir_okay=False)] = None,
    out: Annotated[Path | None, typer.Option(
        "--out", help="Tulis sasaran ke berkas .csv atau .xlsx (bawaan: CSV ke layar).",
        dir_okay=False)] = None,
    database_url: DbOpt = None,
    lang: LangOpt = None,
) -> None:
    """Cetak sasaran rencana sebagai CSV (--out: CSV/XLSX), atau ganti dengan --file."""
    from rancang.cli.lang import use_language
    from rancang.core.actors import CLI_ACTOR
    from rancang.core.errors import InputError, Problem
    from rancang.core.i18n import Msg, text
    from rancang.features.plan.targets import (
        plan_targets,
        read_targets_file,
        set_targets,
        targets_csv,
        write_targets_xlsx,
    )

    lang = use_language(lang)
    if out is not None and out.suffix.lower() not in (".csv", ".xlsx"):
        raise InputError(Problem(Msg("plan.target.format"), file=out.name))
    engine = _engine(database_url)
    try:
        if file is None:
            rows = plan_targets(engine, CLI_ACTOR, plan_id)[1]
        else:
            sheet, read = read_targets_file(file)
            saved = set_targets(engine, CLI_ACTOR, plan_id, read, name=file.name,
                                sheet=sheet)
    finally:
        engine.dispose()
    if file is not None:
        typer.echo(text("plan.targets_set", n=len(saved), id=plan_id))
        return
    if out is None:
        typer.echo(targets_csv(rows), nl=False)
    elif out.suffix.lower() == ".xlsx":
        write_targets_xlsx(rows, out, lang)
        typer.echo(text("plan.written", path=out))
    else:
        out.parent.mkdir(parents=True, exist_ok=True)
        out.write_text(targets_csv(rows), encoding="utf-8")
        typer.echo(text("plan.written", path=out))


def actions(
    plan_id: PlanArg,
    out: Annotated[Path | None, typer.Option(
        "--out", help="Tulis rencana aksi ke berkas .csv atau .xlsx (bawaan: CSV ke layar).",
        dir_okay=False)] = None,
    database_url: DbOpt = None,
    lang: LangOpt = None,
) -> None:
    """Cetak atau tulis strategi, program dan rencana aksi rencana (CSV/XLSX)."""
    from rancang.cli.lang import use_language
    from rancang.core.actors import CLI_ACTOR
    from rancang.core.errors import InputError, Problem
    from rancang.core.i18n import Msg, text
    from rancang.features.plan.actions import actions_csv, plan_actions, write_actions_xlsx

    lang = use_language(lang)
    if out is not None and out.suffix.lower() not in (".csv", ".xlsx"):
        raise InputError(Problem(Msg("plan.action.format"), file=out.name))
    engine = _engine(database_url)
    try:
        _plan, rows = plan_actions(engine, CLI_ACTOR, plan_id)
    finally:
        engine.dispose()
    if out is None:
        typer.echo(actions_csv(rows), nl=False)
        return
    if out.suffix.lower() == ".xlsx":
        write_actions_xlsx(rows, out, lang)
    else:
        out.parent.mkdir(parents=True, exist_ok=True)
        out.write_text(actions_csv(rows), encoding="utf-8")
    typer.echo(text("plan.written", path=out))


def actions_import(
    plan_id: PlanArg,
    file: Annotated[Path, typer.Argument(
        help="Berkas rencana aksi .csv atau .xlsx (kolom seperti keluaran plan actions).",
        exists=True, dir_okay=False)],
    replace: Annotated[bool, typer.Option(
        "--replace", help="Berkas menjadi seluruh matriks: aksi yang tidak ada di berkas "
        "dihapus.")] = False,
    database_url: DbOpt = None,
    lang: LangOpt = None,
) -> None:
    """Impor rencana aksi dari CSV/XLSX: semua baris diperiksa dulu, atau tidak ada yang
    berubah."""
    from rancang.cli.lang import use_language
    from rancang.core.actors import CLI_ACTOR
    from rancang.core.i18n import text
    from rancang.features.plan.actions import read_actions_file, set_actions, strategies_of

    use_language(lang)
    sheet, rows = read_actions_file(file)
    engine = _engine(database_url)
    try:
        saved = set_actions(engine, CLI_ACTOR, plan_id, rows, name=file.name, sheet=sheet,
                            replace=replace)
    finally:
        engine.dispose()
    typer.echo(text("plan.actions_set", id=plan_id, n=len(saved),
                    s=len(strategies_of(saved))))


def edit(
    plan_id: PlanArg,
    section: Annotated[str, typer.Argument(help="Kunci bagian (kondisi.perekonomian).")],
    file: Annotated[Path | None, typer.Option(
        "--file", help="Teks Markdown dari berkas ini.", exists=True, dir_okay=False)] = None,
    text_: Annotated[str | None, typer.Option("--text", help="Teks Markdown.")] = None,
    clear: Annotated[bool, typer.Option(
        "--clear", help="Hapus teks tim; kembali ke teks yang dihasilkan.")] = False,
    database_url: DbOpt = None,
    lang: LangOpt = None,
) -> None:
    """Tulis teks (Markdown) sebuah bagian; tabel yang dihasilkan tetap."""
    from rancang.cli.lang import use_language
    from rancang.core.actors import CLI_ACTOR
    from rancang.core.errors import InputError, Problem
    from rancang.core.i18n import Msg, text
    from rancang.features.plan.store import edit_section

    use_language(lang)
    if clear:
        body: str | None = None
    elif file is not None:
        body = file.read_text(encoding="utf-8")
    elif text_ is not None:
        body = text_
    else:
        raise InputError(Problem(Msg("plan.edit.nothing"), column="--text"))
    engine = _engine(database_url)
    try:
        view = edit_section(engine, CLI_ACTOR, plan_id, section, body)
    finally:
        engine.dispose()
    typer.echo(text("plan.edited", key=view.key, state=text("plan.state." + view.state)))


def freeze(
    plan_id: PlanArg,
    version: Annotated[str, typer.Option("--version", help="Label: v0.1, v0.2 ... final.")],
    note: Annotated[str, typer.Option("--note", help="Catatan versi.")] = "",
    database_url: DbOpt = None,
    lang: LangOpt = None,
) -> None:
    """Bekukan rencana sebagai versi yang tidak berubah lagi."""
    from rancang.cli.lang import use_language
    from rancang.core.actors import CLI_ACTOR
    from rancang.core.i18n import text
    from rancang.features.plan.versions import freeze as freeze_plan

    use_language(lang)
    engine = _engine(database_url)
    try:
        v = freeze_plan(engine, CLI_ACTOR, plan_id, version, note)
    finally:
        engine.dispose()
    typer.echo(text("plan.version.frozen", id=plan_id, label=v.label))


def versions(plan_id: PlanArg, database_url: DbOpt = None, lang: LangOpt = None) -> None:
    """Daftar versi rencana."""
    from rancang.cli.lang import use_language
    from rancang.core.actors import CLI_ACTOR
    from rancang.core.i18n import format_when, text
    from rancang.features.plan.versions import list_versions

    lang = use_language(lang)
    engine = _engine(database_url)
    try:
        found = list_versions(engine, CLI_ACTOR, plan_id)
    finally:
        engine.dispose()
    if not found:
        typer.echo(text("plan.version.none"))
    for v in found:
        typer.echo(f"{v.label:<8} {format_when(v.created_at, lang) + ' UTC':<22} "
                   f"{v.created_by:<12} {v.note}".rstrip())


def diff(
    plan_id: PlanArg,
    old: Annotated[str, typer.Argument(help="Versi lama (v0.1).")],
    new: Annotated[str, typer.Argument(help="Versi baru (v0.2, atau current).")],
    out: Annotated[Path | None, typer.Option(
        "--out", help="Tulis ke berkas .docx, .pdf atau .html (bawaan: ringkasan di layar).")
                   ] = None,
    database_url: DbOpt = None,
    lang: LangOpt = None,
) -> None:
    """Bandingkan dua versi, per bagian: teks dan sel tabel."""
    from rancang.cli.lang import use_language
    from rancang.core.actors import CLI_ACTOR
    from rancang.core.errors import InputError, Problem
    from rancang.core.i18n import Msg, text
    from rancang.features.plan.export import (
        diff_about,
        diff_docx,
        diff_html,
        diff_pdf,
        diff_rows,
    )
    from rancang.features.plan.service import get_plan
    from rancang.features.plan.versions import diff_versions

    lang = use_language(lang)
    if out is not None and out.suffix.lower() not in (".docx", ".pdf", ".html"):
        raise InputError(Problem(Msg("plan.diff.suffix", name=out.name), column="--out"))
    engine = _engine(database_url)
    try:
        diffs = diff_versions(engine, CLI_ACTOR, plan_id, old, new)
        about = diff_about(get_plan(engine, CLI_ACTOR, plan_id), lang)
    finally:
        engine.dispose()
    if out is not None:
        if out.suffix.lower() == ".docx":
            diff_docx(diffs, out, old, new, lang, about)
        elif out.suffix.lower() == ".pdf":
            diff_pdf(diffs, out, old, new, lang, about)
        else:
            out.parent.mkdir(parents=True, exist_ok=True)
            out.write_text(diff_html(diffs, old, new, lang), encoding="utf-8")
        typer.echo(text("plan.written", path=out))
        return
    changed = [d for d in diffs if d.status != "same"]
    if not changed:
        typer.echo(text("plan.diff.same"))
    for d in changed:
        typer.echo(f"{d.number} {d.key} ({text('plan.diff.' + d.status)})")
        for op, line in d.lines:
            if op != " ":
                typer.echo(f"  {op} {line}")
        for row in diff_rows(d, lang):
            typer.echo(f"  {row[0]} | {row[1]} | {row[2]}: {row[3]} -> {row[4]}")


def export(
    plan_id: PlanArg,
    out: Annotated[Path, typer.Option(
        "--out", help="Folder hasil, atau berkas .docx / .pdf.")],
    version: Annotated[str | None, typer.Option(
        "--version", help="Versi (bawaan: draf terkini).")] = None,
    pdf: Annotated[bool, typer.Option("--pdf", help="Tulis juga PDF (ke folder).")] = False,
    database_url: DbOpt = None,
    lang: LangOpt = None,
) -> None:
    """Tulis rencana (atau versinya) sebagai DOCX, PDF dan tabel data."""
    from rancang.cli.lang import use_language

    lang = use_language(lang)
    engine = _engine(database_url)
    try:
        _write(engine, plan_id, version, out, pdf=pdf, lang=lang)
    finally:
        engine.dispose()
