"""``rancang match schedule``: the 1:1 meetings of a Temu Usaha event."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated, Any

import typer


def register(app: typer.Typer) -> None:
    """Add ``match`` to the app."""
    match = typer.Typer(help="Business matching: Temu Usaha meeting schedules.",
                        no_args_is_help=True)
    app.add_typer(match, name="match")
    match.command("schedule")(schedule)
    match.command("needs")(needs)
    match.command("outcomes")(outcomes)
    match.command("unmet")(unmet)
    match.command("market-export")(market_export)


DbOption = Annotated[str | None, typer.Option("--database-url", help="SQLAlchemy URL.")]


def _engine(database_url: str | None) -> Any:
    from rancang.core.db import open_database

    return open_database(database_url)


def unmet(
    out: Annotated[Path, typer.Option(help="CSV to write.")] = Path("out/unmet.csv"),
    region: Annotated[str | None, typer.Option(
        help="Only this region and the regions inside it, e.g. 72.06.")] = None,
    database_url: DbOption = None,
    lang: Annotated[str | None, typer.Option(
        help="Language of the messages: id (default) or en.")] = None,
) -> None:
    """Write unmet demand of the stored needs (by KBLI and region) as CSV."""
    from rancang.cli.lang import use_language
    from rancang.features.matching.market_export import write_unmet

    use_language(lang)
    path, rows = write_unmet(_engine(database_url), out, region=region)
    typer.echo(f"{path} ({rows})")


def market_export(
    out: Annotated[Path, typer.Option(help="Output folder.")] = Path("out/market"),
    region: Annotated[str | None, typer.Option(
        help="Only this region and the regions inside it, e.g. 72.06.")] = None,
    database_url: DbOption = None,
    lang: Annotated[str | None, typer.Option(
        help="Language of the messages: id (default) or en.")] = None,
) -> None:
    """Write the stored needs, offers and meeting requests as CSV files."""
    from rancang.cli.lang import use_language
    from rancang.features.matching.market_export import write_market

    use_language(lang)
    for path, rows in write_market(_engine(database_url), out, region=region):
        typer.echo(f"{path} ({rows})")


def schedule(
    event: Annotated[Path, typer.Argument(
        help="EVENT.xlsx with sheets participants, slots, requests, settings.",
        exists=True, dir_okay=False)],
    out: Annotated[Path, typer.Option(help="Output folder, or a .zip file (the same bytes as "
                                           "the web page's and the API's download).")
                   ] = Path("out/schedule"),
    time_limit: Annotated[float, typer.Option(
        help="Seconds the solver may use (both phases, model building included).",
        min=1.0)] = 50.0,
    workers: Annotated[int, typer.Option(
        help="Not used any more (kept for older scripts): the solver runs one thread so that "
             "the same event always gives the same schedule.", min=1)] = 1,
    keep: Annotated[Path | None, typer.Option(
        help="The previous schedule.csv: its meetings stay in their slots where they can.",
        exists=True, dir_okay=False)] = None,
    lang: Annotated[str | None, typer.Option(
        help="Language of the messages: id (default) or en.")] = None,
    quiet: Annotated[bool, typer.Option("--quiet", "-q",
                                        help="No progress on stderr.")] = False,
) -> None:
    """Schedule as many requested meetings as possible by priority, then fewest breaks
    (progress on stderr)."""
    import tempfile

    from rancang.cli.lang import use_language
    from rancang.cli.progress import job_progress
    from rancang.core.i18n import text
    from rancang.features.matching.event import read_event
    from rancang.features.matching.service import solve_with_progress, zip_files

    use_language(lang)
    moved: list = []
    with job_progress(quiet=quiet) as report:
        report(0.02, "jobs.step.reading")
        ev = read_event(event)
        if keep is not None:
            from rancang.features.matching.reschedule import (
                keep_confirmed,
                read_confirmed,
                write_moved,
            )

            confirmed = read_confirmed(keep)
            ev, kept, moved = keep_confirmed(ev, confirmed)
        result, files = solve_with_progress(ev, time_limit=time_limit, workers=workers,
                                            progress=report)
        if keep is not None:
            reqs = ev.requests
            new_slot = {(reqs[m.request].from_id, reqs[m.request].to_id): m.slot
                        for m in result.meetings}
            with tempfile.TemporaryDirectory() as tmp:
                write_moved(Path(tmp) / "moved.csv", moved, new_slot)
                files.append(("moved.csv", (Path(tmp) / "moved.csv").read_bytes()))
        if out.suffix.lower() == ".zip":
            out.parent.mkdir(parents=True, exist_ok=True)
            out.write_bytes(zip_files(files))
        else:
            out.mkdir(parents=True, exist_ok=True)
            for name, content in files:
                (out / name).write_bytes(content)
        report(1.0)
    if keep is not None:
        typer.echo(text("match.reschedule.kept", kept=len(kept), confirmed=len(confirmed),
                        moved=len(moved)))
    typer.echo(text("match.scheduled", n=len(result.meetings), total=len(ev.requests),
                    most=text("match.meetings_proven") if result.meetings_optimal else
                    text("match.meetings_bound", bound=result.meetings_bound),
                    breaks=result.breaks, method=result.method,
                    opt=(text("match.optimal") if result.optimal else
                         text("match.lower_bound", lb=result.lower_bound))
                    + (text("match.breaks_sat_skipped", clauses=result.breaks_sat_skipped,
                            limit=result.breaks_sat_limit)
                       if result.breaks_sat_skipped else ""), out=str(out)))


def needs(
    needs_file: Annotated[Path, typer.Argument(
        help="Needs CSV/XLSX: id, buyer, description, kbli, quantity, standards, lat, lng, "
             "radius_km, region.", exists=True, dir_okay=False)],
    suppliers: Annotated[Path, typer.Option(
        help="Suppliers CSV/XLSX: id, name, product, kbli, capacity, certificates, lat, lng, "
             "region.", exists=True, dir_okay=False)],
    top: Annotated[int, typer.Option(help="Suppliers per need.", min=1, max=50)] = 5,
    out: Annotated[Path, typer.Option(help="Output folder.")] = Path("out/matches"),
    lang: Annotated[str | None, typer.Option(
        help="Language of the messages: id (default) or en.")] = None,
) -> None:
    """Match each need to its best suppliers (score parts and a reason) and list unmet
    demand by KBLI and region."""
    from rancang.cli.lang import use_language
    from rancang.core.i18n import text
    from rancang.features.matching.match_export import match_files

    use_language(lang)
    n_needs, n_sup, n_matches, n_unmet = match_files(needs_file, suppliers, top=top, out=out)
    typer.echo(text("match.matched", needs=n_needs, suppliers=n_sup, matches=n_matches,
                    unmet=n_unmet, out=str(out)))


def outcomes(
    files: Annotated[list[Path], typer.Argument(
        help="Outcome CSV/XLSX: event, date, from_id, to_id, status, follow_up, agreement, "
             "value, kbli, region.", exists=True, dir_okay=False)],
    out: Annotated[Path, typer.Option(help="Output folder.")] = Path("out/outcomes"),
    lang: Annotated[str | None, typer.Option(
        help="Language of the messages: id (default) or en.")] = None,
) -> None:
    """Temu Usaha outcome report from meeting outcome files (held, MoUs, contracts and their
    value) by event, KBLI section and division, region and quarter."""
    from rancang.cli.lang import use_language
    from rancang.core.i18n import format_number, text
    from rancang.features.matching.outcomes import read_outcomes, report, write_report

    use_language(lang)
    tables = report(read_outcomes(files))
    write_report(tables, out)
    total = tables["total"][0]
    share = total["held_share"]
    typer.echo(text("match.outcome.done", meetings=total["meetings"],
                    events=len(tables["events"]), held=total["held"],
                    share="-" if share is None else f"{format_number(float(str(share)), 1)} %",
                    mou=total["mou"], contracts=total["contracts"],
                    value=format_number(float(str(total["contract_value"])), 0),
                    out=str(out)))
