"""What ``rancang siting`` prints: the notes, the criteria used and the best sites."""

from __future__ import annotations

from pathlib import Path

import typer

from rancang.core.i18n import format_number, text
from rancang.features.siting.ranking import SitingResult

#: Sites shown on the console (sites.csv holds all).
SHOWN = 10


def print_notes(result: SitingResult) -> None:
    """Criteria left out and rows skipped, on standard error, before the results."""
    for note in result.notes:
        typer.echo(text("siting.warning", note=note.text()), err=True)


def print_sites(result: SitingResult, csv_path: Path, geojson_path: Path) -> None:
    """The criteria of the ranking, the first sites and where the files are."""
    typer.echo(text("siting.criteria", criteria=", ".join(result.matrix.criteria)))
    for row in result.ranking.rows()[:SHOWN]:
        typer.echo("  " + text("siting.row", rank=f"{row['rank']:>3}",
                               site=f"{row['alternative']:<32}",
                               score=format_number(row["score"], 3), low=row["rank_low"],
                               high=row["rank_high"]))
    typer.echo(text("siting.written", csv=csv_path, geojson=geojson_path.name))
