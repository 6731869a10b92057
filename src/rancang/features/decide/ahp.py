"""Group AHP from the participants' filled forms (``rancang decide ahp``) and the blank forms
for an FGD (``rancang decide forms``).

The service reads the forms, aggregates the judgments (AIJ) or the priorities (AIP), finds
the judgments an inconsistent participant should revisit, and returns the five tables the
verb writes: ``priorities``, ``consistency``, ``judgments``, ``individual_priorities`` and
``spread``.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from rancang.core.errors import InputError, Problem
from rancang.core.i18n import Msg
from rancang.decision import GroupAHPResult, Judgment
from rancang.features.decide.tables import CsvTable, fixed, ratio

AGGREGATES = ("aij", "aip")
RI_TABLES = ("saaty1980", "alonso_lamata2006")
#: The participant column's value on the group matrix's row of consistency.csv.
GROUP_ROW = "(kelompok)"


@dataclass(frozen=True)
class AhpOptions:
    """How to aggregate, which random index, and when a matrix counts as inconsistent."""

    aggregate: str = "aij"
    ri_table: str = "saaty1980"
    allow_missing: bool = False
    threshold: float = 0.10


@dataclass(frozen=True)
class Inconsistency:
    """A participant whose consistency ratio is above the threshold, and the judgment to
    revisit first."""

    participant: str
    cr: float
    judgment: Judgment


@dataclass
class AhpGroupResult:
    """The group's weights, each participant's result, and the tables the verb writes."""

    criteria: tuple[str, ...]
    participants: tuple[str, ...]
    options: AhpOptions
    result: GroupAHPResult
    inconsistent: list[Inconsistency] = field(default_factory=list)
    tables: dict[str, CsvTable] = field(default_factory=dict)

    @property
    def group_inconsistent(self) -> bool:
        """The aggregated matrix (AIJ) is above the threshold."""
        g = self.result.group
        return g is not None and g.cr > self.options.threshold


def ahp_option_problem(options: AhpOptions) -> Msg | None:
    """The message for an unknown aggregation or random-index table, or None."""
    if options.aggregate not in AGGREGATES:
        return Msg("decide.bad_aggregate")
    if options.ri_table not in RI_TABLES:
        return Msg("decide.bad_ri_table")
    return None


def group_ahp_from_forms(forms: Sequence[Path], options: AhpOptions | None = None, *,
                         participant_weights: Path | None = None) -> AhpGroupResult:
    """Read the filled forms (and a ``participant,weight`` CSV), aggregate, and tabulate.

    Every problem of the forms is an :class:`InputError` naming file, sheet, row and column.
    """
    from rancang.sources.ahp_forms import read_forms

    opts = options or AhpOptions()
    if (bad := ahp_option_problem(opts)) is not None:
        raise InputError(Problem(bad))
    filled = read_forms(list(forms), allow_missing=opts.allow_missing)
    crit = tuple(filled[0].criteria)
    _check_size(filled, opts.ri_table)
    people = tuple(f.participant for f in filled)
    pw = None
    if participant_weights is not None:
        from rancang.sources.decision_csv import read_participant_weights

        pw = read_participant_weights(participant_weights, list(people))
    return group_ahp_from_matrices(crit, people, [f.matrix for f in filled], opts,
                                   participant_weights=pw)


def group_ahp_from_matrices(criteria: Sequence[str], participants: Sequence[str],
                            matrices: Sequence[Any], options: AhpOptions | None = None, *,
                            participant_weights: Any = None,
                            ) -> AhpGroupResult:
    """Aggregate participants' judgment matrices and tabulate: what ``decide ahp`` does
    after reading the forms (the web survey calls it with the stored judgments, so the
    page, the API and the CLI show the same numbers).

    >>> r = group_ahp_from_matrices(["a", "b"], ["p1", "p2"],
    ...                             [[[1, 4], [1/4, 1]], [[1, 1], [1, 1]]])
    >>> r.tables["priorities"].rows
    [['a', '0.666667'], ['b', '0.333333']]
    """
    from rancang.decision import group_ahp, worst_judgments

    opts = options or AhpOptions()
    crit, people = tuple(criteria), tuple(participants)
    result = group_ahp(list(matrices), weights=participant_weights, method=opts.aggregate,
                       ri_table=opts.ri_table)
    inconsistent = [Inconsistency(p, r.cr, worst_judgments(r, top=1)[0])
                    for p, r in zip(people, result.individual, strict=True)
                    if r.cr > opts.threshold]
    out = AhpGroupResult(crit, people, opts, result, inconsistent)
    out.tables = _tables(out)
    return out


def _check_size(filled: Sequence[Any], ri_table: str) -> None:
    """More criteria than the random-index table knows: refused with the form's place
    (the consistency ratio cannot be computed; Saaty advises at most 7 to 9)."""
    from rancang.decision.ahp import RANDOM_INDEX
    from rancang.sources.ahp_forms import HEADER_ROW, SHEET

    largest = len(RANDOM_INDEX.get(ri_table, ()))
    too_many = [Problem(Msg("decide.too_many_criteria", n=len(f.criteria), most=largest),
                        f.file, SHEET, HEADER_ROW, None)
                for f in filled if len(f.criteria) > largest]
    if too_many:
        raise InputError(too_many)


def _tables(res: AhpGroupResult) -> dict[str, CsvTable]:
    """priorities, consistency, judgments, individual_priorities and spread."""
    from rancang.decision import worst_judgments

    crit, result, threshold = res.criteria, res.result, res.options.threshold
    consistency: list[list[object]] = []
    judged: list[list[object]] = []
    for p, r in zip(res.participants, result.individual, strict=True):
        worst = ""
        if r.cr > threshold:  # only inconsistent participants get a judgment to revisit
            j = worst_judgments(r, top=1)[0]
            worst = (f"{crit[j.i]} vs {crit[j.j]}: {ratio(j.value)} -> {ratio(j.suggested)} "
                     f"({j.share:.0%})")
            judged += [[p, crit[k.i], crit[k.j], ratio(k.value), f"{k.consistent_value:.3f}",
                        ratio(k.suggested), f"{k.share:.4f}"]
                       for k in worst_judgments(r, top=3)]
        consistency.append([p, *fixed([r.lambda_max, r.ci, r.cr], 4), worst])
    if result.group is not None:
        g = result.group
        consistency.append([GROUP_ROW, *fixed([g.lambda_max, g.ci, g.cr], 4), ""])
    s = result.spread
    return {
        "priorities": CsvTable(("criterion", "weight"),
                               [[c, f"{w:.6f}"] for c, w in zip(crit, result.weights,
                                                                strict=True)]),
        "consistency": CsvTable(("participant", "lambda_max", "ci", "cr", "worst_judgment"),
                                consistency),
        "judgments": CsvTable(("participant", "criterion_a", "criterion_b", "given",
                               "consistent", "suggested", "share"), judged),
        "individual_priorities": CsvTable(
            ("participant", "criterion", "weight"),
            [[p, c, f"{w:.6f}"] for p, r in zip(res.participants, result.individual,
                                                strict=True)
             for c, w in zip(crit, r.weights, strict=True)]),
        "spread": CsvTable(("criterion", "mean", "sd", "min", "max", "cv"),
                           [[c, *fixed(vals)] for c, *vals in
                            zip(crit, s.mean, s.std, s.low, s.high, s.cv, strict=True)]),
    }


def write_ahp_forms(criteria: Path, participants: int, out: Path, *,
                    title: str = "Kuesioner AHP") -> list[Path]:
    """One XLSX pairwise-comparison form per participant, for the criteria of a CSV with a
    ``criterion`` column (optional ``label`` and ``description`` shown to participants)."""
    from rancang.sources.ahp_forms import write_forms
    from rancang.sources.decision_csv import read_criterion_labels

    labels = read_criterion_labels(criteria)
    return write_forms(list(labels), participants, out, title=title, labels=labels)
