"""``rancang decide``: AHP forms for an FGD, group AHP, and robust rankings."""

from __future__ import annotations

import csv
from fractions import Fraction
from pathlib import Path
from typing import Annotated

import typer


def register(app: typer.Typer) -> None:
    """Add ``decide ahp``, ``decide rank`` and ``decide forms`` to the app."""
    sub = typer.Typer(help="Keputusan multikriteria: formulir AHP, AHP kelompok, peringkat.",
                      no_args_is_help=True)
    sub.command("ahp")(ahp)
    sub.command("rank")(rank)
    sub.command("forms")(forms)
    app.add_typer(sub, name="decide")


def _fmt(x: float) -> str:
    if x >= 1:
        return f"{x:g}" if abs(x - round(x)) < 1e-9 else f"{x:.2f}"
    f = Fraction(1 / x).limit_denominator(100)
    return f"1/{f}" if abs(float(f) - round(float(f))) < 1e-9 else f"{x:.3f}"


def _write(path: Path, header: list[str], rows: list[list[object]]) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    with path.open("w", newline="", encoding="utf-8") as fh:
        w = csv.writer(fh)
        w.writerow(header)
        w.writerows(rows)


def ahp(
    forms: Annotated[list[Path], typer.Argument(help="Filled XLSX forms, one per participant.",
                                                exists=True, dir_okay=False)],
    aggregate: Annotated[str, typer.Option(help="aij (judgments) or aip (priorities).")] = "aij",
    out: Annotated[Path, typer.Option(help="Output folder.")] = Path("out/decide"),
    ri_table: Annotated[str, typer.Option(
        help="Random index: saaty1980 or alonso_lamata2006.")] = "saaty1980",
    allow_missing: Annotated[bool, typer.Option(
        help="Accept empty cells (incomplete matrices, Harker's method).")] = False,
    threshold: Annotated[float, typer.Option(help="Acceptable consistency ratio.")] = 0.10,
) -> None:
    """Group AHP from the participants' forms: priorities.csv and consistency.csv."""
    from rancang.decision import group_ahp, worst_judgments
    from rancang.sources.ahp_forms import read_forms

    if aggregate not in ("aij", "aip"):
        raise typer.BadParameter("--aggregate must be aij or aip")
    if ri_table not in ("saaty1980", "alonso_lamata2006"):
        raise typer.BadParameter("--ri-table must be saaty1980 or alonso_lamata2006")
    filled = read_forms(forms, allow_missing=allow_missing)
    crit = filled[0].criteria
    result = group_ahp([f.matrix for f in filled], method=aggregate, ri_table=ri_table)
    _write(out / "priorities.csv", ["criterion", "weight"],
           [[c, f"{w:.6f}"] for c, w in zip(crit, result.weights, strict=True)])
    rows: list[list[object]] = []
    for f, r in zip(filled, result.individual, strict=True):
        worst = ""
        if r.cr > 0:
            j = worst_judgments(r, top=1)[0]
            worst = (f"{crit[j.i]} vs {crit[j.j]}: {_fmt(j.value)} -> {_fmt(j.suggested)} "
                     f"({j.share:.0%})")
        rows.append([f.participant, f"{r.lambda_max:.4f}", f"{r.ci:.4f}", f"{r.cr:.4f}", worst])
    if result.group is not None:
        g = result.group
        rows.append(["(kelompok)", f"{g.lambda_max:.4f}", f"{g.ci:.4f}", f"{g.cr:.4f}", ""])
    _write(out / "consistency.csv", ["participant", "lambda_max", "ci", "cr", "worst_judgment"],
           rows)
    judged = []
    for f, r in zip(filled, result.individual, strict=True):
        if r.cr > threshold:
            judged += [[f.participant, crit[j.i], crit[j.j], _fmt(j.value),
                        f"{j.consistent_value:.3f}", _fmt(j.suggested), f"{j.share:.4f}"]
                       for j in worst_judgments(r, top=3)]
    _write(out / "judgments.csv", ["participant", "criterion_a", "criterion_b", "given",
                                   "consistent", "suggested", "share"], judged)
    _write(out / "individual_priorities.csv", ["participant", "criterion", "weight"],
           [[f.participant, c, f"{w:.6f}"] for f, r in zip(filled, result.individual, strict=True)
            for c, w in zip(crit, r.weights, strict=True)])
    s = result.spread
    _write(out / "spread.csv", ["criterion", "mean", "sd", "min", "max", "cv"],
           [[c, *(f"{v:.6f}" for v in vals)] for c, *vals in
            zip(crit, s.mean, s.std, s.low, s.high, s.cv, strict=True)])
    typer.echo(f"Bobot kelompok ({aggregate.upper()}, {len(filled)} peserta):")
    for c, w in sorted(zip(crit, result.weights, strict=True), key=lambda t: -t[1]):
        typer.echo(f"  {c:<30} {w:.3f}")
    bad = [(f, r) for f, r in zip(filled, result.individual, strict=True) if r.cr > threshold]
    for f, r in bad:
        j = worst_judgments(r, top=1)[0]
        typer.echo(f"Tidak konsisten: {f.participant} (CR {r.cr:.3f}); tinjau "
                   f"{crit[j.i]} vs {crit[j.j]} = {_fmt(j.value)}, saran {_fmt(j.suggested)}")
    typer.echo(f"Hasil ditulis ke {out}")


def rank(
    matrix: Annotated[Path, typer.Argument(help="MATRIX.csv: alternative + one column per "
                                           "criterion.", exists=True, dir_okay=False)],
    criteria: Annotated[Path, typer.Option(help="CRITERIA.csv: criterion,weight,direction "
                                           "[,function,q,p,s].", exists=True, dir_okay=False)],
    method: Annotated[str, typer.Option(help="topsis, vikor, promethee, wsm or wpm.")] = "topsis",
    samples: Annotated[int, typer.Option(help="Weight samples for the robustness.",
                                         min=0)] = 1000,
    concentration: Annotated[float, typer.Option(
        help="Dirichlet concentration of the samples (larger = tighter).")] = 50.0,
    group: Annotated[Path | None, typer.Option(
        help="individual_priorities.csv of 'decide ahp' (participant,criterion,weight): "
             "sample weights over the group's spread instead of around --criteria's.",
        exists=True, dir_okay=False)] = None,
    seed: Annotated[int, typer.Option(help="Random seed.")] = 0,
    out: Annotated[Path, typer.Option(help="Output folder.")] = Path("out/decide"),
) -> None:
    """Rank alternatives with rank intervals and acceptability: ranking.csv."""
    from rancang.decision import METHODS, group_weights, rank_alternatives
    from rancang.sources.decision_csv import read_criteria, read_group_priorities, read_matrix

    if method not in METHODS:
        raise typer.BadParameter(f"--method must be one of {', '.join(METHODS)}")
    table = read_criteria(criteria)
    dm = read_matrix(matrix, table)
    options = table.promethee_options() if method == "promethee" else {}
    spread = None
    if group is not None:
        spread = group_weights(read_group_priorities(group, table.names), samples=samples,
                               rng=seed)
    result = rank_alternatives(dm, table.weights, method=method, samples=samples,
                               concentration=concentration, weight_samples=spread, rng=seed,
                               **options)
    rows = result.rows()
    _write(out / "ranking.csv",
           ["alternative", "score", "rank", "rank_low", "rank_high", "acceptability"],
           [[r["alternative"], f"{r['score']:.6f}", r["rank"], r["rank_low"], r["rank_high"],
             f"{r['acceptability']:.4f}"] for r in rows])
    typer.echo(f"Peringkat ({method}, {samples} sampel bobot):")
    for r in rows[:10]:
        typer.echo(f"  {r['rank']:>3}. {r['alternative']:<30} skor {r['score']:.4f}  "
                   f"rentang {r['rank_low']}-{r['rank_high']}")
    typer.echo(f"Hasil ditulis ke {out / 'ranking.csv'}")


def forms(
    criteria: Annotated[Path, typer.Option(help="CRITERIA.csv with a 'criterion' column.",
                                           exists=True, dir_okay=False)],
    participants: Annotated[int, typer.Option(help="Number of forms.", min=1)],
    out: Annotated[Path, typer.Option(help="Output folder.")] = Path("out/forms"),
    title: Annotated[str, typer.Option(help="Title printed on each form.")] = "Kuesioner AHP",
) -> None:
    """Write one XLSX pairwise-comparison form per participant."""
    from rancang.sources.ahp_forms import write_forms
    from rancang.sources.decision_csv import read_criterion_names

    paths = write_forms(read_criterion_names(criteria), participants, out, title=title)
    typer.echo(f"{len(paths)} formulir ditulis ke {out}")
