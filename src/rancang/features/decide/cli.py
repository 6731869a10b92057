"""``rancang decide``: AHP forms for an FGD, group AHP, and robust rankings.

The verbs parse their options, call the services of :mod:`rancang.features.decide.service`,
write the tables and print a summary (:mod:`rancang.features.decide.cli_render`).
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

if TYPE_CHECKING:
    from rancang.core.i18n import Msg

LANG_HELP = "Language of the messages and outputs: id (default) or en."


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


def _bad(message: Msg) -> typer.BadParameter:
    """A usage error with a catalogue message (shown in the call's language)."""
    return typer.BadParameter(str(message))


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
    lang: Annotated[str | None, typer.Option(help=LANG_HELP)] = None,
) -> None:
    """Group AHP from the participants' forms: priorities.csv and consistency.csv."""
    from rancang.cli.lang import use_language
    from rancang.features.decide.cli_render import print_ahp
    from rancang.features.decide.service import (
        AhpOptions,
        ahp_option_problem,
        group_ahp_from_forms,
    )
    from rancang.features.decide.tables import write_tables

    use_language(lang)
    options = AhpOptions(aggregate=aggregate, ri_table=ri_table, allow_missing=allow_missing,
                         threshold=threshold)
    if (bad := ahp_option_problem(options)) is not None:
        raise _bad(bad)
    result = group_ahp_from_forms(forms, options, participant_weights=participant_weights)
    write_tables(out, result.tables)
    print_ahp(result, out)


def rank(
    matrix: Annotated[Path, typer.Argument(help="MATRIX.csv: alternative + one column per "
                                           "criterion.", exists=True, dir_okay=False)],
    criteria: Annotated[Path, typer.Option(help="CRITERIA.csv: criterion,weight,direction "
                                           "[,function,q,p,s].", exists=True, dir_okay=False)],
    method: Annotated[str, typer.Option(help="topsis, vikor, promethee, wsm or wpm.")] = "topsis",
    samples: Annotated[int | None, typer.Option(
        help="Weight samples for the robustness (default 1000, fewer for more than "
             "16,000 alternatives: samples x alternatives <= 16 million, said).",
        min=0)] = None,
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
    lang: Annotated[str | None, typer.Option(help=LANG_HELP)] = None,
) -> None:
    """Rank alternatives with rank intervals and acceptability: ranking.csv.

    Also writes weights.csv (the weights used) and, for VIKOR, vikor.csv (S, R, Q and the
    compromise set with Opricovic & Tzeng's conditions C1 acceptable advantage and C2
    acceptable stability).
    """
    from rancang.cli.lang import use_language
    from rancang.features.decide.cli_render import print_rank
    from rancang.features.decide.ranking import RankOptions, option_problem, rank_from_files
    from rancang.features.decide.tables import write_tables

    use_language(lang)
    options = RankOptions(method=method, samples=samples, concentration=concentration,
                          seed=seed, interval=interval, swap=swap, v=v,
                          normalization=normalization, weights_method=weights_method)
    if (bad := option_problem(options)) is not None:
        raise _bad(bad)
    result = rank_from_files(matrix, criteria, options, group=group)
    write_tables(out, result.tables)
    print_rank(result, out)


def forms(
    criteria: Annotated[Path, typer.Option(
        help="CRITERIA.csv with a 'criterion' column (optional 'label' and 'description' "
             "shown to participants).", exists=True, dir_okay=False)],
    participants: Annotated[int, typer.Option(help="Number of forms.", min=1)],
    out: Annotated[Path, typer.Option(help="Output folder.")] = Path("out/forms"),
    title: Annotated[str, typer.Option(help="Title printed on each form.")] = "Kuesioner AHP",
    lang: Annotated[str | None, typer.Option(help=LANG_HELP)] = None,
) -> None:
    """Write one XLSX pairwise-comparison form per participant."""
    from rancang.cli.lang import use_language
    from rancang.features.decide.cli_render import print_forms
    from rancang.features.decide.service import write_ahp_forms

    use_language(lang)
    paths = write_ahp_forms(criteria, participants, out, title=title)
    print_forms(paths, out)


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
    from rancang.cli.lang import use_language
    from rancang.cli.progress import parse_weights
    from rancang.core.i18n import Msg
    from rancang.features.decide.cli_render import print_leading_rank
    from rancang.features.decide.export import write_leading_rank
    from rancang.features.decide.service import (
        LeadingRankInputs,
        LeadingRankOptions,
        leading_rank_from_files,
        method_problem,
    )

    lang = use_language(lang, inherit=True)
    if (bad := method_problem(method)) is not None:
        raise _bad(bad)
    if weights is not None and weight:
        raise _bad(Msg("decide.weights_or_weight"))
    files = LeadingRankInputs(panel=inputs, weights=weights, weight=parse_weights(weight),
                              group=group, extra=extra, linkages=linkages,
                              register_db=register_db)
    options = LeadingRankOptions(
        region=region, reference=reference, start=start, end=end, method=method,
        criteria=[c.strip() for c in criteria.split(",")] if criteria else None,
        extra_fill=extra_fill, register_year=register_year, samples=samples, seed=seed)
    result = leading_rank_from_files(files, options)
    write_leading_rank(result, out, lang=lang)
    print_leading_rank(result, out)
