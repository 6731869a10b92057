"""What the ``rancang decide`` verbs print: weights, inconsistencies, rankings, in the
language of the call."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

import typer

from rancang.core.i18n import format_number, text
from rancang.features.decide.ranking import DEFAULT_SAMPLES, RankResult
from rancang.features.decide.tables import ratio

if TYPE_CHECKING:  # type-only: importing them loads the analysis package (SciPy)
    from rancang.features.decide.ahp import AhpGroupResult
    from rancang.features.decide.leading_rank import LeadingRankResult

#: Rows of a ranking shown on the console (the files hold all).
SHOWN = 10


def print_ahp(result: AhpGroupResult, out: Path) -> None:
    """The group weights, largest first, and the matrices to revisit."""
    r = result.result
    typer.echo(text("decide.ahp.group_weights", method=result.options.aggregate.upper(),
                    n=len(result.participants)))
    for c, w in sorted(zip(result.criteria, r.weights, strict=True), key=lambda t: -t[1]):
        typer.echo(f"  {c:<30} {format_number(w, 3)}")
    crit = result.criteria
    for bad in result.inconsistent:
        j = bad.judgment
        typer.echo(text("decide.ahp.inconsistent", participant=bad.participant,
                        cr=format_number(bad.cr, 3), a=crit[j.i], b=crit[j.j],
                        value=ratio(j.value), suggested=ratio(j.suggested)))
    if result.group_inconsistent and r.group is not None:
        typer.echo(text("decide.ahp.group_inconsistent", cr=format_number(r.group.cr, 3),
                        threshold=f"{result.options.threshold:g}"))
    typer.echo(text("decide.written", out=out))


def print_rank(result: RankResult, out: Path) -> None:
    """The VIKOR conditions, the first rows of the ranking and the weight swap."""
    o, dm = result.options, result.matrix
    if result.vikor is not None:
        v = result.vikor
        typer.echo(text("decide.vikor", v=f"{o.v:g}", advantage=_yes(v.advantage),
                        stability=_yes(v.stability),
                        compromise=", ".join(dm.alternatives[i] for i in v.compromise)))
    typer.echo(text("decide.rank.header", method=o.method, samples=result.samples))
    if o.samples is None and result.samples < DEFAULT_SAMPLES:
        typer.echo(text("decide.rank.auto_samples", samples=result.samples, n=dm.shape[0],
                        default=DEFAULT_SAMPLES))
    k = result.ranking.robustness.acceptability_matrix.shape[1]
    if k < dm.shape[0]:
        typer.echo(text("decide.rank.top_k", k=k, n=dm.shape[0]))
    for r in result.ranking.rows(SHOWN):
        typer.echo("  " + text("decide.rank.row", rank=f"{r['rank']:>3}",
                               alternative=f"{r['alternative']:<30}",
                               score=format_number(r["score"], 4), low=r["rank_low"],
                               high=r["rank_high"]))
    if result.swap is not None:
        s = result.swap
        if s.swap is None:
            typer.echo(text("decide.swap.none", a=s.a, b=s.b))
        else:
            how = "decide.swap.exact" if s.swap.exact else "decide.swap.approximate"
            typer.echo(text("decide.swap.change", a=s.a, b=s.b,
                            change=format_number(s.swap.change, 4), how=text(how),
                            path=out / "swap.csv"))
    typer.echo(text("decide.written", out=out / "ranking.csv"))


def print_forms(paths: list[Path], out: Path) -> None:
    """How many forms were written, and where."""
    typer.echo(text("decide.forms.written", n=len(paths), out=out))


def print_leading_rank(result: LeadingRankResult, out: Path) -> None:
    """The first rows of the leading-industry ranking."""
    o = result.options
    header = ("decide.leading.header" if result.ranking.higher_is_better
              else "decide.leading.header_lower")
    typer.echo(text(header, region=o.region, method=o.method, samples=o.samples))
    for r in result.tables["ranking"].head(SHOWN).iter_rows(named=True):
        typer.echo("  " + text("decide.leading.row", rank=f"{r['rank']:>3}",
                               code=f"{r['industry_code']:<8}",
                               name=f"{r['industry_name'][:40]:<40}",
                               score=format_number(r["score"], 4), low=r["rank_low"],
                               high=r["rank_high"]))
    typer.echo(text("decide.leading.written", out=out))


def _yes(value: bool) -> str:
    return text("decide.yes" if value else "decide.no")
