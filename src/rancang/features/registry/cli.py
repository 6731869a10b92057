"""``rancang registry``: the industry register (import, export, stats, panel, dedup, demo).

Every command opens the database from ``--database-url`` or ``RANCANG_DATABASE_URL``
(default: an SQLite file in the data folder) and creates or upgrades the schema first.
"""

from __future__ import annotations

import functools
import json
from collections.abc import Callable
from pathlib import Path
from typing import Annotated, Any

import typer

from rancang.cli.lang import use_language
from rancang.core.cells import safe_frame
from rancang.core.errors import InputError
from rancang.core.i18n import text

DbOpt = Annotated[
    str | None,
    typer.Option(
        "--database-url", help="SQLAlchemy URL of the register (default RANCANG_DATABASE_URL)."
    ),
]
LangOpt = Annotated[str | None, typer.Option("--lang", help="Bahasa pesan: id atau en.")]


_OPEN: list[Any] = []


def _engine(url: str | None) -> Any:
    """Open (and migrate) the register database; closed when the command ends."""
    from rancang.features.registry.service import open_register

    engine = open_register(url)
    _OPEN.append(engine)
    return engine


def _closing(fn: Callable[..., Any]) -> Callable[..., Any]:
    """Dispose every engine a command opened, however it ends."""

    @functools.wraps(fn)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        try:
            return fn(*args, **kwargs)
        finally:
            while _OPEN:
                _OPEN.pop().dispose()

    return wrapper


def _guard(fn: Callable[[], Any]) -> Any:
    """Run a service call; render input problems as a list and exit with code 2."""
    try:
        return fn()
    except InputError as exc:
        n = len(exc.problems)
        typer.echo(text("registry.cli.problems", n=n), err=True)
        for p in exc.problems[:200]:
            typer.echo(f"  - {p}", err=True)
        if n > 200:
            typer.echo(text("registry.cli.more_problems", n=n - 200), err=True)
        raise typer.Exit(2) from None


KBLI_TOP = 3


def write_kbli_suggestions(rows: list[dict[str, Any]], out: Path) -> None:
    """The KBLI suggestions of an import as CSV: one line per firm without KBLI (file,
    sheet, row, name, product, ``kbli_1``, ``title_1``, ``matched_1``... best first) and
    an empty ``kbli`` column: fill it with the class chosen and give the file back with
    ``--accept-kbli`` (blank lines are not applied)."""
    import polars as pl

    cols = ["file", "sheet", "row", "name", "product"] + [
        f"{c}_{k}" for k in range(1, KBLI_TOP + 1) for c in ("kbli", "title", "matched")]
    table: dict[str, list[Any]] = {c: [] for c in [*cols, "kbli"]}
    for r in rows:
        for c in ("file", "sheet", "row", "name", "product"):
            table[c].append(r.get(c))
        found = r["suggestions"]
        for k in range(KBLI_TOP):
            s = found[k] if k < len(found) else {}
            table[f"kbli_{k + 1}"].append(s.get("code"))
            table[f"title_{k + 1}"].append(s.get("title"))
            table[f"matched_{k + 1}"].append(s.get("matched"))
        table["kbli"].append(None)
    schema = {c: (pl.Int64 if c == "row" else pl.String) for c in table}
    out.parent.mkdir(parents=True, exist_ok=True)
    safe_frame(pl.DataFrame(table, schema=schema)).write_csv(out)


def read_kbli_choices(path: Path) -> list[dict[str, Any]]:
    """The KBLI codes chosen in a CSV (``row`` and ``kbli``; ``file`` and ``sheet`` when
    several files or sheets have the row; lines with a blank ``kbli`` are skipped)."""
    import polars as pl

    from rancang.core.errors import Problem

    try:
        frame = pl.read_csv(path, infer_schema=False)
    except (OSError, pl.exceptions.PolarsError) as exc:
        raise InputError(Problem(str(exc), file=path.name)) from None
    if not {"row", "kbli"} <= set(frame.columns):
        raise InputError(Problem(text("registry.kbli_accept_columns"), file=path.name))
    out: list[dict[str, Any]] = []
    for k, r in enumerate(frame.iter_rows(named=True), start=2):
        code = (r.get("kbli") or "").strip()
        if not code:
            continue
        row = (r.get("row") or "").strip()
        if not row.isdigit():
            raise InputError(Problem(text("registry.kbli_accept_row", value=row),
                                     file=path.name, row=k, column="row"))
        out.append({"row": int(row), "kbli": code,
                    "file": (r.get("file") or "").strip() or None,
                    "sheet": (r.get("sheet") or "").strip() or None})
    return out


def register(app: typer.Typer) -> None:
    """Add the ``registry`` sub-app to the CLI."""
    reg = typer.Typer(
        help="Register industri: impor, ekspor, statistik, panel, deduplikasi.",
        no_args_is_help=True,
    )
    app.add_typer(reg, name="registry")

    @reg.command("import")
    @_closing
    def import_cmd(
        files: Annotated[list[Path], typer.Argument(help="Berkas XLSX/CSV.")],
        sheet: Annotated[str | None, typer.Option(help="Hanya lembar ini.")] = None,
        mapping: Annotated[
            Path | None, typer.Option(help="Pemetaan kolom (YAML/JSON/CSV).")
        ] = None,
        period: Annotated[
            str | None, typer.Option(help="Periode bila tak ada kolom Tahun.")
        ] = None,
        dry_run: Annotated[
            bool, typer.Option("--dry-run", help="Periksa saja, jangan simpan.")
        ] = False,
        actor: Annotated[str | None, typer.Option(help="Nama petugas untuk log audit.")] = None,
        regions: Annotated[
            list[Path] | None,
            typer.Option(
                "--regions", help="Daftar kode kecamatan/desa (CSV kolom code) untuk diperiksa."
            ),
        ] = None,
        user: Annotated[
            str | None,
            typer.Option("--user", help="Impor sebagai akun ini (hanya wilayahnya)."),
        ] = None,
        problems_out: Annotated[
            Path | None,
            typer.Option("--problems-out",
                         help="Bila ditolak: salinan XLSX dengan masalah di samping barisnya."),
        ] = None,
        kbli_suggestions: Annotated[
            Path | None,
            typer.Option("--kbli-suggestions",
                         help="Tulis saran KBLI untuk baris tanpa KBLI ke CSV ini."),
        ] = None,
        accept_kbli: Annotated[
            Path | None,
            typer.Option("--accept-kbli",
                         help="CSV kolom row, kbli (dan file, sheet): KBLI pilihan Anda."),
        ] = None,
        lang: LangOpt = None,
        database_url: DbOpt = None,
    ) -> None:
        """Impor register dari Excel/CSV (semua atau tidak sama sekali)."""
        from rancang.features.registry.cli_actor import actor_for
        from rancang.features.registry.importer import import_files
        from rancang.features.registry.mapping import read_mapping_file
        from rancang.features.registry.validate import load_area_codes

        use_language(lang)
        engine = _engine(database_url)
        extra = _guard(lambda: read_mapping_file(mapping)) if mapping else None
        areas = load_area_codes(list(regions)) if regions else None
        who = _guard(lambda: actor_for(engine, user))
        chosen = _guard(lambda: read_kbli_choices(accept_kbli)) if accept_kbli else []

        def run() -> Any:
            try:
                return import_files(
                    engine,
                    list(files),
                    sheet=sheet,
                    mapping=extra,
                    period=period,
                    dry_run=dry_run,
                    actor=actor or (user and who.username),
                    areas=areas,
                    scope=who.scope("registry.import"),
                    kbli_listed=None if kbli_suggestions else 0,
                    kbli_choices=chosen,
                )
            except InputError as exc:
                if problems_out is not None:
                    from rancang.features.registry.problem_sheet import write_problem_workbook

                    done = write_problem_workbook(list(files), exc.problems, problems_out)
                    typer.echo(text("registry.problems_written", path=done), err=True)
                raise

        rep = _guard(run)
        for label, heads in rep.headers.items():
            typer.echo(f"{label}: " + ", ".join(f"{h!r}->{f}" for h, f in heads.items()))
            if rep.ignored.get(label):
                typer.echo(f"  kolom diabaikan: {', '.join(rep.ignored[label])}")
        if rep.resolved:
            typer.echo(text("registry.resolved_title"))
            for r in rep.resolved:
                typer.echo("  " + text("registry.resolved_line", **{
                    **r, "level": text(f"registry.level_{r['level']}"),
                    "how": text(f"registry.how_{r['how']}", place=r.get("place", ""))}))
        if rep.changes:
            typer.echo(text("registry.changes_title"))
            for c in rep.changes:
                where = f"{c['id']} {c['name'] or ''}" + (f" {c['period']}" if c["period"] else "")
                typer.echo(f"  {where}: {c['field']}: {c['before']!r} -> {c['after']!r}")
            if rep.n_changes > len(rep.changes):
                typer.echo(f"  ... {rep.n_changes - len(rep.changes)}")
        tag = " (uji coba, tidak disimpan)" if dry_run else ""
        typer.echo(
            f"{rep.rows} baris: {rep.added} baru, {rep.changed} berubah, "
            f"{rep.unchanged} tetap; periode {rep.periods_added} baru, "
            f"{rep.periods_changed} berubah{tag}"
        )
        if rep.kbli_chosen:
            typer.echo(text("registry.kbli_chosen_cli", n=rep.kbli_chosen))
        if kbli_suggestions is not None:
            write_kbli_suggestions(rep.kbli_suggestions, kbli_suggestions)
            typer.echo(text("registry.kbli_suggestions_cli", n=rep.without_kbli,
                            path=kbli_suggestions))
        if not dry_run and (rep.added or rep.changed or rep.periods_added):
            typer.echo(text("registry.undo_hint", batch=rep.batch))

    @reg.command("undo-import")
    @_closing
    def undo_import_cmd(
        batch: Annotated[str, typer.Argument(help="Nomor impor (dari laporan impor).")],
        user: Annotated[
            str | None, typer.Option("--user", help="Bertindak sebagai akun ini.")
        ] = None,
        lang: LangOpt = None,
        database_url: DbOpt = None,
    ) -> None:
        """Batalkan satu impor register: usaha baru dihapus, nilai yang diubah dikembalikan."""
        from rancang.features.registry.cli_actor import actor_for
        from rancang.features.registry.undo import undo_import

        use_language(lang)
        engine = _engine(database_url)
        who = _guard(lambda: actor_for(engine, user))
        out = _guard(lambda: undo_import(engine, who, batch))
        typer.echo(text("registry.undo_result", **out))

    @reg.command("publish")
    @_closing
    def publish_cmd(
        user: Annotated[
            str | None, typer.Option("--user", help="Bertindak sebagai akun ini.")
        ] = None,
        lang: LangOpt = None,
        database_url: DbOpt = None,
    ) -> None:
        """Terbitkan data terverifikasi (wilayah Anda) ke agregat publik."""
        from rancang.features.registry.cli_actor import actor_for
        from rancang.features.registry.publish import publish

        use_language(lang)
        engine = _engine(database_url)
        who = _guard(lambda: actor_for(engine, user))
        out = publish(engine, who)
        typer.echo(text("registry.published_n", **out))

    @reg.command("template")
    @_closing
    def template_cmd(
        out: Annotated[Path, typer.Option(help="Berkas XLSX templat.")],
        lang: LangOpt = None,
    ) -> None:
        """Tulis templat register (kolom, arti, isian yang diterima) sebagai XLSX."""
        from rancang.features.registry.template import write_template

        use_language(lang)
        typer.echo(text("registry.template_written", path=write_template(out)))

    @reg.command("mapping")
    @_closing
    def mapping_cmd(
        out: Annotated[
            Path | None, typer.Option(help="Tulis ke YAML/JSON/CSV untuk diedit.")
        ] = None,
    ) -> None:
        """Tampilkan pemetaan judul kolom -> field (bisa diedit dan dipakai --mapping)."""
        from rancang.features.registry.mapping import default_mapping, write_mapping_file

        if out:
            write_mapping_file(out)
            typer.echo(f"pemetaan ditulis ke {out}")
            return
        for field, heads in default_mapping().items():
            typer.echo(f"{field}: {', '.join(heads)}")

    @reg.command("stats")
    @_closing
    def stats_cmd(
        as_json: Annotated[bool, typer.Option("--json", help="Keluaran JSON.")] = False,
        database_url: DbOpt = None,
    ) -> None:
        """Ringkasan register: jumlah usaha, status, kelas ukuran, KBLI, kecamatan."""
        from rancang.features.registry.service import stats

        s = stats(_engine(database_url))
        if as_json:
            typer.echo(json.dumps(s, ensure_ascii=False, indent=1))
            return
        typer.echo(
            f"Usaha aktif: {s['enterprises']} (digabung: {s['merged']}, sintetis: "
            f"{s['synthetic']}); periode laporan: {s['periods']}; sentra: "
            f"{s['sentra']}; entri audit: {s['audit_entries']}"
        )
        for key, title in (
            ("by_status", "Status"),
            ("size_permenperin", "Kelas (Permenperin 64/2016)"),
            ("size_bps", "Kelas (BPS)"),
            ("by_division", "KBLI 2 digit"),
            ("by_district", "Kecamatan"),
        ):
            typer.echo(f"{title}: " + ", ".join(f"{k} {v}" for k, v in s[key].items()))

    @reg.command("export")
    @_closing
    def export_cmd(
        out: Annotated[Path, typer.Option(help="Berkas keluaran .csv atau .xlsx.")],
        aggregate: Annotated[
            bool,
            typer.Option(
                "--aggregate", help="Agregat untuk publikasi (sel rahasia disembunyikan)."
            ),
        ] = False,
        public: Annotated[
            bool,
            typer.Option(
                "--public", help="Daftar usaha tanpa data pribadi dan tanpa nilai per usaha."
            ),
        ] = False,
        level: Annotated[int, typer.Option(help="Digit KBLI untuk agregat.")] = 2,
        measure: Annotated[
            str, typer.Option(help="units, workers, output_value, investment")
        ] = "workers",
        region_level: Annotated[
            str, typer.Option(help="province, regency, district, village")
        ] = "district",
        database_url: DbOpt = None,
    ) -> None:
        """Ekspor register (internal), daftar publik, atau agregat publikasi."""
        from rancang.features.registry.service import export_aggregate, register_frame, write_table

        engine = _engine(database_url)
        if aggregate:
            t = _guard(
                lambda: export_aggregate(
                    engine, out, level=level, measure=measure, region_level=region_level
                )
            )
            hidden = t.filter(t["suppressed"] != "").height
            fake = t.height > 0 and bool(t["synthetic"].any())
            typer.echo(
                f"{t.height} sel ditulis ke {out}; {hidden} disembunyikan (kerahasiaan UU 3/2014)"
                + (f"; {text('registry.synthetic_export')}" if fake else "")
            )
            return
        frame = register_frame(engine, public=public)
        write_table(frame, out, sheet="Register")
        note = "" if public else " (RAHASIA: berisi data per usaha dan data pribadi)"
        if frame.height and "synthetic" in frame.columns and frame["synthetic"].any():
            note += f"; {text('registry.synthetic_export')}"
        typer.echo(f"{frame.height} baris ditulis ke {out}{note}")

    @reg.command("panel")
    @_closing
    def panel_cmd(
        out: Annotated[Path, typer.Option(help="CSV panjang untuk `rancang analyze`.")],
        level: Annotated[int, typer.Option(help="Digit KBLI (2-5).")] = 2,
        measure: Annotated[
            str, typer.Option(help="units, workers, output_value, investment")
        ] = "workers",
        region_level: Annotated[
            str, typer.Option(help="province, regency, district, village")
        ] = "district",
        regency: Annotated[str | None, typer.Option(help="Kode kabupaten, mis. 72.06.")] = None,
        database_url: DbOpt = None,
    ) -> None:
        """Agregasi register menjadi panel wilayah x KBLI x tahun (CSV panjang)."""
        from rancang.features.registry.panel import register_panel

        panel, long = _guard(
            lambda: register_panel(
                _engine(database_url),
                level=level,
                measure=measure,
                region_level=region_level,
                regency=regency,
            )
        )
        out.parent.mkdir(parents=True, exist_ok=True)
        safe_frame(long.drop("max_firm")).write_csv(out)
        typer.echo(f"{panel!r} ditulis ke {out}")

    @reg.command("demo")
    @_closing
    def demo_cmd(
        n: Annotated[int, typer.Option("--n", help="Jumlah IKM sintetis.")] = 3000,
        seed: Annotated[int, typer.Option(help="Benih acak.")] = 64,
        out: Annotated[Path | None, typer.Option(help="Tulis XLSX saja, tanpa impor.")] = None,
        database_url: DbOpt = None,
    ) -> None:
        """Buat register demo SINTETIS (IKM Kabupaten Morowali) dan impor ke basis data."""
        import tempfile

        from rancang.features.registry.demo import demo_register, write_office_xlsx
        from rancang.features.registry.importer import import_files

        reg_frame = demo_register(n, seed=seed)
        if out is not None:
            write_office_xlsx(reg_frame, out)
            typer.echo(f"{n} IKM sintetis ditulis ke {out}")
            return
        engine = _engine(database_url)
        with tempfile.TemporaryDirectory() as tmp:
            path = write_office_xlsx(reg_frame, Path(tmp) / "demo_register_sintetis.xlsx")
            rep = _guard(lambda: import_files(engine, [path], actor="demo", synthetic=True))
        from rancang.features.registry.publish import publish_demo

        publish_demo(engine)
        typer.echo(
            f"Register demo SINTETIS: {rep.added} IKM baru, {rep.unchanged} tetap, "
            f"{rep.periods_added} periode"
        )

    from rancang.features.registry import cli_dedup as _registry_dedup
    from rancang.features.registry import cli_transfer as _registry_transfer

    _registry_dedup.register(reg)
    _registry_transfer.register(reg, _engine, _guard, _closing)
    from rancang.features.registry import cli_delete as _registry_delete

    _registry_delete.register(reg, _engine, _guard, _closing)
