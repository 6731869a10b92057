"""Rank alternatives with rank intervals and acceptability (``rancang decide rank``).

The service reads ``MATRIX.csv`` (alternative + one column per criterion) and
``CRITERIA.csv`` (criterion, weight, direction [, function, q, p, s]), chooses the weights
(as given, entropy or CRITIC), ranks with TOPSIS, VIKOR, PROMETHEE II, WSM or WPM with
sampled weights, and returns the tables the verb writes: ``weights``, ``ranking`` and, when
asked, ``vikor`` and ``swap``.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from rancang.core.errors import InputError, Problem
from rancang.core.i18n import Msg, text
from rancang.decision import DecisionMatrix, Ranking, VikorResult, WeightSwap
from rancang.features.decide.tables import CsvTable

INTERVALS = ("quantile", "minmax")
WEIGHTS_METHODS = ("given", "entropy", "critic")
#: The normalisations each method accepts (the others take none).
NORMALIZATIONS = {"topsis": ("vector", "minmax"), "wsm": ("minmax", "max", "sum", "vector"),
                  "wpm": ("max", "sum")}


#: Weight samples when none are asked: 1,000, fewer for many alternatives (samples x
#: alternatives at most ``AUTO_SAMPLE_CELLS``, at least 100), said in the output.
DEFAULT_SAMPLES = 1000
AUTO_SAMPLE_CELLS = 16_000_000


def auto_samples(n: int) -> int:
    """The weight samples used when ``--samples`` is not given, for ``n`` alternatives.

    >>> auto_samples(514), auto_samples(83_000)
    (1000, 192)
    """
    return min(DEFAULT_SAMPLES, max(100, AUTO_SAMPLE_CELLS // max(n, 1)))


@dataclass(frozen=True)
class RankOptions:
    """The method and its options, the weights, and how to sample them (``samples``
    None: :func:`auto_samples`)."""

    method: str = "topsis"
    samples: int | None = None
    concentration: float = 50.0
    seed: int = 0
    interval: str = "quantile"
    swap: str | None = None
    v: float = 0.5
    normalization: str | None = None
    weights_method: str = "given"


@dataclass(frozen=True)
class SwapOutcome:
    """``--swap A,B``: the smallest weight change letting B catch up with A (None: none
    exists, B is better on no criterion)."""

    a: str
    b: str
    swap: WeightSwap | None


@dataclass
class RankResult:
    """The matrix, the weights used, the ranking with its robustness, and the tables."""

    matrix: DecisionMatrix
    weights: list[float]
    ranking: Ranking
    options: RankOptions
    vikor: VikorResult | None = None
    swap: SwapOutcome | None = None
    tables: dict[str, CsvTable] = field(default_factory=dict)
    samples: int = 0


def method_problem(method: str) -> Msg | None:
    """The message for an unknown ranking method, or None."""
    from rancang.decision import METHODS

    return None if method in METHODS else Msg("decide.bad_method", methods=", ".join(METHODS))


def option_problem(options: RankOptions) -> Msg | None:
    """The first option that cannot be used (an unknown method, interval, normalisation
    or weights method), as a message; None when all are fine."""
    o = options
    if (bad := method_problem(o.method)) is not None:
        return bad
    if o.interval not in INTERVALS:
        return Msg("decide.bad_interval")
    if o.normalization is not None and o.normalization not in NORMALIZATIONS.get(o.method, ()):
        if o.method in NORMALIZATIONS:
            return Msg("decide.bad_normalization_use", value=o.normalization, method=o.method,
                       allowed=", ".join(NORMALIZATIONS[o.method]))
        return Msg("decide.bad_normalization", value=o.normalization, method=o.method)
    if o.weights_method not in WEIGHTS_METHODS:
        return Msg("decide.bad_weights_method")
    return None


def rank_from_files(matrix: Path, criteria: Path, options: RankOptions | None = None, *,
                    group: Path | None = None) -> RankResult:
    """Rank the alternatives of ``matrix`` on the criteria of ``criteria``.

    ``group`` (``individual_priorities.csv`` of ``decide ahp``) samples the weights over
    the participants' spread instead of around the criteria file's weights. Every problem
    of the files is an :class:`InputError` naming file, row and column.
    """
    from rancang.decision import group_weights, rank_alternatives
    from rancang.sources.decision_csv import read_criteria, read_group_priorities, read_matrix

    o = options or RankOptions()
    if (bad := option_problem(o)) is not None:
        raise InputError(Problem(bad))
    table = read_criteria(criteria)
    _count_rows(matrix)
    dm = read_matrix(matrix, table, criteria_file=Path(criteria).name)
    matrix_problems(dm, matrix, method=o.method, normalization=o.normalization)
    samples = auto_samples(dm.shape[0]) if o.samples is None else o.samples
    method_options: dict[str, Any] = table.promethee_options() if o.method == "promethee" \
        else {}
    spread = None
    if group is not None:
        priorities = read_group_priorities(group, table.names,
                                           what=text("decide.rank.criteria_file"))
        spread = group_weights(priorities, samples=samples, rng=o.seed)
    if o.normalization is not None:
        method_options["normalization"] = o.normalization
    if o.method == "vikor":
        method_options["v"] = o.v
    weights = weights_by(o.weights_method, dm, table.weights)
    pair = _swap_pair(o.swap, dm) if o.swap is not None else None
    try:
        ranking = rank_alternatives(dm, weights, method=o.method, samples=samples,
                                    concentration=o.concentration, weight_samples=spread,
                                    rng=o.seed, interval=o.interval, **method_options)
    except ValueError as exc:  # a resource limit or a method's refusal, as a message
        if exc.args and isinstance(exc.args[0], Msg):
            raise InputError(Problem(exc.args[0], file=matrix.name)) from None
        raise
    result = RankResult(dm, weights, ranking, o, samples=samples)
    result.tables["weights"] = CsvTable(
        ("criterion", "weight", "direction", "source"),
        [[c, f"{w:.6f}", d, o.weights_method]
         for c, w, d in zip(dm.criteria, weights, dm.directions, strict=True)])
    if o.method == "vikor":
        result.vikor = _vikor(result)
    result.tables["ranking"] = CsvTable(
        ("alternative", "score", "rank", "rank_low", "rank_high", "acceptability"),
        [[r["alternative"], f"{r['score']:.6f}", r["rank"], r["rank_low"], r["rank_high"],
          f"{r['acceptability']:.4f}"] for r in ranking.rows()])
    if pair is not None:
        result.swap = _swap(result, *pair, method_options)
    return result


#: The most alternatives a ranking takes (every village of Indonesia is about 84,000):
#: beyond this the weight samples alone would not fit a server's memory; a larger matrix
#: is refused before it is read.
MAX_ALTERNATIVES = 500_000


def _count_rows(path: Path) -> None:
    """Refuse a matrix of more than :data:`MAX_ALTERNATIVES` rows before reading it."""
    try:
        with Path(path).open("rb") as fh:
            lines = sum(1 for line in fh if line.strip())
    except OSError:
        return  # the reader names the file it cannot open
    if lines - 1 > MAX_ALTERNATIVES:
        raise InputError(Problem(Msg("decide.too_many_alternatives", n=lines - 1,
                                     most=MAX_ALTERNATIVES), file=Path(path).name))


def matrix_problems(dm: DecisionMatrix, path: Path, *, method: str,
                    normalization: str | None = None) -> None:
    """Refuse, with their place in ``path``, what the methods cannot take: more than
    :data:`MAX_ALTERNATIVES` rows, control characters in a name (they would be echoed to
    the terminal), and a value <= 0 for the weighted product (a power of zero or of a
    negative number)."""
    import numpy as np

    from rancang.core.text import text_problem

    name = path.name
    if len(dm.alternatives) > MAX_ALTERNATIVES:
        raise InputError(Problem(Msg("decide.too_many_alternatives", n=len(dm.alternatives),
                                     most=MAX_ALTERNATIVES), file=name))
    problems = []
    for i, alt in enumerate(dm.alternatives):
        found = text_problem(alt, max_length=200)
        if found is not None:
            problems.append(Problem(found, file=name, row=i + 2, column="alternative"))
    if method == "wpm" or (normalization == "max" and method == "wsm"):
        x = np.asarray(dm.values, dtype=float)
        for i, j in zip(*np.nonzero(x <= 0), strict=True):
            problems.append(Problem(Msg("decide.not_positive", value=float(x[i, j]),
                                        method=method), file=name, row=int(i) + 2,
                                    column=dm.criteria[int(j)]))
            if len(problems) >= 50:
                break
    if problems:
        raise InputError(problems)


def weights_by(method: str, dm: DecisionMatrix, given: Sequence[float]) -> list[float]:
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
    raise InputError(Problem(Msg("decide.bad_weights_method")))


def _vikor(result: RankResult) -> VikorResult:
    """S, R, Q and the compromise set (table ``vikor``) with the two conditions.

    Opricovic & Tzeng (2004): C1 acceptable advantage ``Q(a2) - Q(a1) >= 1/(J-1)``; C2
    acceptable stability: a1 is also best by S or by R. The compromise set is a1 alone when
    both hold, {a1, a2} when only C2 fails, and every alternative within 1/(J-1) of a1 when
    C1 fails.
    """
    from rancang.decision import vikor

    dm = result.matrix
    res = vikor(dm.values, result.weights, list(dm.directions), v=result.options.v)
    chosen = set(res.compromise)
    result.tables["vikor"] = CsvTable(
        ("alternative", "s", "r", "q", "compromise"),
        [[dm.alternatives[i], f"{res.s[i]:.6f}", f"{res.r[i]:.6f}", f"{res.q[i]:.6f}",
          "true" if i in chosen else "false"] for i in res.order])
    return res


def _swap_pair(spec: str, dm: DecisionMatrix) -> tuple[str, str]:
    """``A,B`` of ``--swap``: two different alternatives of the matrix."""
    names = [x.strip() for x in spec.split(",")]
    alts = list(dm.alternatives)
    if len(names) != 2 or any(n not in alts for n in names) or names[0] == names[1]:
        shown = ", ".join(alts[:10]) + (" ..." if len(alts) > 10 else "")
        raise InputError(Problem(Msg("decide.bad_swap", spec=spec, alternatives=shown),
                                 column="alternative"))
    return names[0], names[1]


def _swap(result: RankResult, a: str, b: str, options: dict[str, Any]) -> SwapOutcome:
    """The smallest ``sum_j |w'_j - w_j|`` letting B tie with A (table ``swap``:
    criterion, weight, new_weight, change); exact for wsm/promethee, approximate otherwise
    (:func:`rancang.decision.swap_weights`)."""
    from rancang.decision import swap_weights

    dm, weights = result.matrix, result.weights
    res = swap_weights(dm, weights, a, b, method=result.options.method, **options)
    header = ("criterion", "weight", "new_weight", "change")
    if res is None:
        result.tables["swap"] = CsvTable(header, [])
        return SwapOutcome(a, b, None)
    total = sum(weights)
    result.tables["swap"] = CsvTable(
        header, [[c, f"{wi / total:.6f}", f"{nw:.6f}", f"{nw - wi / total:+.6f}"]
                 for c, wi, nw in zip(dm.criteria, weights, res.weights, strict=True)])
    return SwapOutcome(dm.alternatives[res.a], dm.alternatives[res.b], res)
