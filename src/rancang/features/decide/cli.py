"""``rancang decide``: AHP forms for an FGD, group AHP, and robust rankings."""

from __future__ import annotations

import csv
from collections.abc import Sequence
from fractions import Fraction
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any

import typer

if TYPE_CHECKING:
    from rancang.decision import DecisionMatrix


def register(app: typer.Typer) -> None:
    """Add ``decide ahp``, ``rank``, ``forms`` and ``leading`` to the app."""
    sub = typer.Typer(help="Keputusan multikriteria: formulir AHP, AHP kelompok, peringkat.",
                      no_args_is_help=True, callback=_language)
    sub.command("ahp")(ahp)
    sub.command("rank")(rank)
    sub.command("forms")(forms)
    sub.command("leading")(leading)
    app.add_typer(sub, name="decide")


def _language(
    lang: Annotated[str | None, typer.Option(
        help="Language of the messages (and of decide leading's workbook): id (default) "
             "or en; e.g. rancang decide --lang en rank ...")] = None,
) -> None:
    """Set the message language for every ``decide`` command."""
    from rancang.cli.lang import use_language

    use_language(lang)


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
    participant_weights: Annotated[Path | None, typer.Option(
        help="CSV participant,weight (names as on the forms): weighted group aggregation.",
        exists=True, dir_okay=False)] = None,
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
    pw = None
    if participant_weights is not None:
        from rancang.sources.decision_csv import read_participant_weights

        pw = read_participant_weights(participant_weights, [f.participant for f in filled])
    result = group_ahp([f.matrix for f in filled], weights=pw, method=aggregate,
                       ri_table=ri_table)
    _write(out / "priorities.csv", ["criterion", "weight"],
           [[c, f"{w:.6f}"] for c, w in zip(crit, result.weights, strict=True)])
    rows: list[list[object]] = []
    for f, r in zip(filled, result.individual, strict=True):
        worst = ""
        if r.cr > threshold:  # only inconsistent participants get a judgment to revisit
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
    if result.group is not None and result.group.cr > threshold:
        typer.echo(f"Tidak konsisten: matriks kelompok (CR {result.group.cr:.3f} > "
                   f"{threshold:g}); bahas perbandingan yang paling berbeda antarpeserta")
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
    interval: Annotated[str, typer.Option(
        help="rank_low/rank_high: quantile (5-95 %% of the sampled ranks, as analyze) or "
             "minmax (best and worst rank seen).")] = "quantile",
    swap: Annotated[str | None, typer.Option(
        help="A,B: the smallest weight change letting B catch up with A (swap.csv: "
             "criterion, weight, new_weight, change). Exact (LP) for wsm and promethee, "
             "approximate for topsis, vikor and wpm.")] = None,
    v: Annotated[float, typer.Option(
        "--v", help="VIKOR: weight of the group-utility strategy (0..1).", min=0.0,
        max=1.0)] = 0.5,
    normalization: Annotated[str | None, typer.Option(
        help="topsis: vector (default) or minmax; wsm: minmax (default), max, sum or "
             "vector; wpm: max (default) or sum.")] = None,
    weights_method: Annotated[str, typer.Option(
        help="given (CRITERIA.csv weights), entropy or critic (objective weights computed "
             "from the matrix).")] = "given",
    out: Annotated[Path, typer.Option(help="Output folder.")] = Path("out/decide"),
) -> None:
    """Rank alternatives with rank intervals and acceptability: ranking.csv.

    Also writes weights.csv (the weights used) and, for VIKOR, vikor.csv (S, R, Q and the
    compromise set with Opricovic & Tzeng's conditions C1 acceptable advantage and C2
    acceptable stability).
    """
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
    if interval not in ("quantile", "minmax"):
        raise typer.BadParameter("--interval must be quantile or minmax")
    allowed = {"topsis": ("vector", "minmax"), "wsm": ("minmax", "max", "sum", "vector"),
               "wpm": ("max", "sum")}
    if normalization is not None:
        if normalization not in allowed.get(method, ()):
            raise typer.BadParameter(
                f"--normalization {normalization!r} does not apply to {method}"
                + (f" (use {', '.join(allowed[method])})" if method in allowed else ""))
        options["normalization"] = normalization
    if method == "vikor":
        options["v"] = v
    weights = _weights_by(weights_method, dm, table.weights)
    _write(out / "weights.csv", ["criterion", "weight", "direction", "source"],
           [[c, f"{w:.6f}", d, weights_method]
            for c, w, d in zip(dm.criteria, weights, dm.directions, strict=True)])
    if method == "vikor":
        _write_vikor(out / "vikor.csv", dm, weights, v)
    result = rank_alternatives(dm, weights, method=method, samples=samples,
                               concentration=concentration, weight_samples=spread, rng=seed,
                               interval=interval, **options)
    rows = result.rows()
    _write(out / "ranking.csv",
           ["alternative", "score", "rank", "rank_low", "rank_high", "acceptability"],
           [[r["alternative"], f"{r['score']:.6f}", r["rank"], r["rank_low"], r["rank_high"],
             f"{r['acceptability']:.4f}"] for r in rows])
    typer.echo(f"Peringkat ({method}, {samples} sampel bobot):")
    for r in rows[:10]:
        typer.echo(f"  {r['rank']:>3}. {r['alternative']:<30} skor {r['score']:.4f}  "
                   f"rentang {r['rank_low']}-{r['rank_high']}")
    if swap is not None:
        _write_swap(out / "swap.csv", swap, dm, list(weights), method, options)
    typer.echo(f"Hasil ditulis ke {out / 'ranking.csv'}")


def _weights_by(method: str, dm: DecisionMatrix, given: Sequence[float]) -> list[float]:
    """The weights to rank with: as given (normalised), or entropy / CRITIC from the matrix.

    Entropy: Shannon (1948) as used by Zeleny (1982); CRITIC: Diakoulaki, Mavrotas &
    Papayannakis (1995); see :mod:`rancang.decision.weights`.
    """
    from rancang.decision import critic_weights, entropy_weights

    if method == "given":
        total = float(sum(given))
        return [float(w) / total for w in given]
    if method == "entropy":
        return [float(w) for w in entropy_weights(dm.values)]
    if method == "critic":
        return [float(w) for w in critic_weights(dm.values, list(dm.directions))]
    raise typer.BadParameter("--weights-method must be given, entropy or critic")


def _write_vikor(path: Path, dm: DecisionMatrix, weights: Sequence[float], v: float) -> None:
    """vikor.csv (alternative, s, r, q, compromise) and the two conditions, said plainly.

    Opricovic & Tzeng (2004): C1 acceptable advantage ``Q(a2) - Q(a1) >= 1/(J-1)``; C2
    acceptable stability: a1 is also best by S or by R. The compromise set is a1 alone when
    both hold, {a1, a2} when only C2 fails, and every alternative within 1/(J-1) of a1 when
    C1 fails.
    """
    from rancang.decision import vikor

    res = vikor(dm.values, weights, list(dm.directions), v=v)
    chosen = set(res.compromise)
    _write(path, ["alternative", "s", "r", "q", "compromise"],
           [[dm.alternatives[i], f"{res.s[i]:.6f}", f"{res.r[i]:.6f}", f"{res.q[i]:.6f}",
             "true" if i in chosen else "false"] for i in res.order])
    yes = {True: "ya", False: "tidak"}
    typer.echo(f"VIKOR (v = {v:g}): C1 keunggulan yang dapat diterima: {yes[res.advantage]}; "
               f"C2 stabilitas keputusan: {yes[res.stability]}; solusi kompromi: "
               + ", ".join(dm.alternatives[i] for i in res.compromise))


def _write_swap(path: Path, spec: str, dm: DecisionMatrix, weights: list[float],
                method: str, options: dict[str, Any]) -> None:
    """``--swap A,B``: write swap.csv (criterion, weight, new_weight, change) and say it.

    The change is the smallest ``sum_j |w'_j - w_j|`` letting B tie with A
    (:func:`rancang.decision.swap_weights`): exact for wsm/promethee, approximate otherwise.
    """
    from rancang.core.errors import InputError, Problem
    from rancang.decision import swap_weights

    names = [x.strip() for x in spec.split(",")]
    alts = list(dm.alternatives)
    if len(names) != 2 or any(n not in alts for n in names) or names[0] == names[1]:
        raise InputError(Problem(
            f"--swap {spec!r}: give two different alternatives of the matrix as A,B "
            f"(alternatives: {', '.join(alts[:10])}{' ...' if len(alts) > 10 else ''})",
            column="alternative"))
    res = swap_weights(dm, weights, names[0], names[1], method=method, **options)
    header = ["criterion", "weight", "new_weight", "change"]
    if res is None:
        _write(path, header, [])
        typer.echo(f"Tidak ada perubahan bobot yang membuat {names[1]} menyusul {names[0]} "
                   f"({names[1]} tidak lebih baik pada kriteria mana pun).")
        return
    total = sum(weights)
    _write(path, header,
           [[c, f"{wi / total:.6f}", f"{nw:.6f}", f"{nw - wi / total:+.6f}"]
            for c, wi, nw in zip(dm.criteria, weights, res.weights, strict=True)])
    how = "tepat (LP)" if res.exact else "perkiraan numerik"
    typer.echo(f"Perubahan bobot terkecil agar {alts[res.b]} menyusul {alts[res.a]}: "
               f"{res.change:.4f} (jumlah |perubahan|, {how}); lihat {path}")


def forms(
    criteria: Annotated[Path, typer.Option(
        help="CRITERIA.csv with a 'criterion' column (optional 'label' and 'description' "
             "shown to participants).", exists=True, dir_okay=False)],
    participants: Annotated[int, typer.Option(help="Number of forms.", min=1)],
    out: Annotated[Path, typer.Option(help="Output folder.")] = Path("out/forms"),
    title: Annotated[str, typer.Option(help="Title printed on each form.")] = "Kuesioner AHP",
) -> None:
    """Write one XLSX pairwise-comparison form per participant."""
    from rancang.sources.ahp_forms import write_forms
    from rancang.sources.decision_csv import read_criterion_labels

    labels = read_criterion_labels(criteria)
    paths = write_forms(list(labels), participants, out, title=title, labels=labels)
    typer.echo(f"{len(paths)} formulir ditulis ke {out}")


def leading(
    inputs: Annotated[list[Path], typer.Argument(
        help="PDRB panel: BPS export(s), Dalam Angka table or tidy long table.", exists=True)],
    region: Annotated[str, typer.Option("--region", "-r",
                                        help="Region code (BPS 7203 or Kemendagri 72.06).")],
    reference: Annotated[str | None, typer.Option(
        help="Reference economy code (default: sum of all regions).")] = None,
    start: Annotated[int | None, typer.Option("--from", help="First year.")] = None,
    end: Annotated[int | None, typer.Option("--to", help="Last year.")] = None,
    method: Annotated[str, typer.Option(help="topsis, vikor, promethee, wsm or wpm.")] = "topsis",
    weights: Annotated[Path | None, typer.Option(
        help="priorities.csv of 'decide ahp' (criterion,weight).", exists=True,
        dir_okay=False)] = None,
    weight: Annotated[list[str] | None, typer.Option(
        "--weight", "-w", help="Weight NAME=VALUE (instead of --weights); repeat.")] = None,
    group: Annotated[Path | None, typer.Option(
        help="individual_priorities.csv of 'decide ahp': rank intervals over the group's "
             "spread.", exists=True, dir_okay=False)] = None,
    criteria: Annotated[str | None, typer.Option(
        help="Criteria to use, comma-separated (default: all available).")] = None,
    extra: Annotated[Path | None, typer.Option(
        help="CSV industry_code + extra criteria (e.g. backward_linkage,forward_linkage).",
        exists=True, dir_okay=False)] = None,
    linkages: Annotated[Path | None, typer.Option(
        help="linkages.csv of 'rancang io': adds backward_linkage and forward_linkage.",
        exists=True, dir_okay=False)] = None,
    extra_fill: Annotated[float | None, typer.Option(
        help="Value for industries missing from --extra (default: error).")] = None,
    register_db: Annotated[str | None, typer.Option(
        help="Register database URL: adds workers and ikm_units criteria.")] = None,
    register_year: Annotated[int | None, typer.Option(
        help="Register year (default the latest).")] = None,
    samples: Annotated[int, typer.Option(help="Weight samples for the rank intervals.",
                                         min=0)] = 1000,
    seed: Annotated[int, typer.Option(help="Random seed.")] = 0,
    lang: Annotated[str | None, typer.Option(
        help="Language of the workbook and messages: id (default) or en.")] = None,
    out: Annotated[Path, typer.Option(help="Output folder.")] = Path("out/leading"),
) -> None:
    """Leading industries of one region ranked with the decision engine and the group's weights.

    Writes criteria_matrix.csv, weights.csv, ranking.csv and leading_decision.xlsx.
    """
    import polars as pl

    from rancang.cli.lang import use_language
    from rancang.core.i18n import render_text
    from rancang.decision import METHODS
    from rancang.features.leading.cli_render import parse_weights
    from rancang.features.leading.decision import (
        leading_criteria,
        linkage_criteria,
        rank_leading,
        ranking_table,
        register_criteria,
        weights_for,
    )
    from rancang.sources import read_panel
    from rancang.sources.decision_csv import read_group_priorities, read_priorities
    from rancang.sources.writers import write_csvs, write_workbook

    lang = use_language(lang, inherit=True)

    if method not in METHODS:
        raise typer.BadParameter(f"--method must be one of {', '.join(METHODS)}")
    if weights is not None and weight:
        raise typer.BadParameter("use either --weights or --weight, not both")
    given = read_priorities(weights)[0] if weights is not None else parse_weights(weight)
    panel = read_panel(inputs)
    extra_frame = None
    if extra is not None:
        extra_frame = pl.read_csv(extra, infer_schema_length=0)
    if linkages is not None:
        links = linkage_criteria(linkages, panel.industry_codes)
        extra_frame = links if extra_frame is None else extra_frame.join(
            links, on="industry_code", how="full", coalesce=True)
    if register_db is not None:
        from rancang.core.db import make_engine

        counts = register_criteria(make_engine(register_db), region, panel.industry_codes,
                                   classification=panel.classification, year=register_year)
        extra_frame = counts if extra_frame is None else extra_frame.join(
            counts.with_columns(pl.col("industry_code").cast(pl.String)),
            on="industry_code", how="full", coalesce=True)
    names = [c.strip() for c in criteria.split(",")] if criteria else None
    lc = leading_criteria(panel, region, reference=reference, start=start, end=end,
                          extra=extra_frame, extra_fill=extra_fill, criteria=names)
    w = weights_for(lc.matrix.criteria, given,
                    source=weights.name if weights is not None else None)
    spread = None
    if group is not None:
        spread = read_group_priorities(group, lc.matrix.criteria,
                                       what="the leading-industry criteria")
    ranking = rank_leading(lc, given, method=method, samples=samples,
                           group_priorities=spread, seed=seed)
    table = ranking_table(lc, ranking)
    weight_table = pl.DataFrame({"criterion": list(lc.matrix.criteria), "weight": w,
                                 "direction": list(lc.matrix.directions)})
    tables = {"criteria_matrix": lc.table(), "weights": weight_table, "ranking": table}
    write_csvs(out, tables)
    id_titles = {"criteria_matrix": "Matriks kriteria", "weights": "Bobot",
                 "ranking": "Peringkat"}
    en_titles = {"criteria_matrix": "Criteria matrix", "weights": "Weights",
                 "ranking": "Ranking"}
    titles = en_titles if lang == "en" else id_titles
    about = {
        ("Region" if lang == "en" else "Wilayah"): lc.region_code,
        ("Period" if lang == "en" else "Periode"): f"{lc.start}-{lc.end}",
        ("Reference economy" if lang == "en" else "Ekonomi acuan"): render_text(
            lc.reference_label, lang),
        ("Method" if lang == "en" else "Metode"): method,
        ("Weights" if lang == "en" else "Bobot"): ", ".join(
            f"{c}={v:.3f}" for c, v in zip(lc.matrix.criteria, w, strict=True)),
        ("Rank intervals" if lang == "en" else "Rentang peringkat"): (
            f"{samples} sampel bobot " + ("dari sebaran peserta" if group else "Dirichlet")),
    }
    write_workbook(out / "leading_decision.xlsx",
                   {titles[k]: v for k, v in tables.items()}, about=about, lang=lang,
                   synthetic=panel.synthetic)
    lower = " (skor lebih rendah lebih baik)" if not ranking.higher_is_better else ""
    typer.echo(f"Industri unggulan {region} ({method}{lower}, {samples} sampel bobot):")
    for r in table.head(10).iter_rows(named=True):
        typer.echo(f"  {r['rank']:>3}. {r['industry_code']:<8} {r['industry_name'][:40]:<40} "
                   f"skor {r['score']:.4f}  rentang {r['rank_low']}-{r['rank_high']}")
    typer.echo(f"Hasil ditulis ke {out}/")
