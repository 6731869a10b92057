"""What the ranking page shows: alternatives x criteria from the leading-industry criteria
of a dataset's region or from an uploaded table, ranked with TOPSIS, PROMETHEE II, VIKOR or
WSM and the weights of a survey's group (or typed), with rank intervals (Dirichlet weight
samples around the weights, Lahdelma et al. 1998) and the smallest weight change that
lets one alternative catch up with another (:func:`rancang.decision.swap_weights`)."""

from __future__ import annotations

import math
import threading
from collections import OrderedDict
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import numpy as np
import polars as pl
from markupsafe import Markup, escape

from rancang.core.errors import InputError, Problem
from rancang.core.i18n import Msg, has, text
from rancang.decision import DecisionMatrix

#: The methods the page offers (WPM needs positive values the leading criteria lack).
PAGE_METHODS = ("topsis", "promethee", "vikor", "wsm")
#: Weight samples of the page's rank intervals (the CLI's default is 1000; 300 keep a
#: page under its time budget and move the 5-95 % quantiles by at most a rank or so).
PAGE_SAMPLES = 300
#: Rows of the rank-interval chart (the table holds every alternative).
CHART_ROWS = 30


@dataclass(frozen=True)
class Table:
    """A decision matrix with names for people and its given weights (None: equal)."""

    matrix: DecisionMatrix
    names: tuple[str, ...]
    weights: dict[str, float] | None = None
    source: str = ""
    options: dict[str, Any] = field(default_factory=dict)


def leading_table(panel: Any, region: str) -> Table:
    """The leading-industry criteria (SLQ, DLQ, competitive effect, growth, share) of the
    region's industries (:func:`rancang.features.decide.leading_rank.leading_criteria`)."""
    from rancang.features.decide.criteria import leading_criteria

    lc = leading_criteria(panel, region)
    return Table(lc.matrix, lc.industry_names, None, region)


def uploaded_table(matrix: bytes, matrix_name: str, criteria: bytes,
                   criteria_name: str) -> Table:
    """A MATRIX.csv and CRITERIA.csv as ``rancang decide rank`` reads them (every problem
    located in its file, row and column)."""
    import tempfile

    from rancang.sources.decision_csv import read_criteria, read_matrix

    with tempfile.TemporaryDirectory() as tmp:
        mp = Path(tmp) / Path(matrix_name or "matrix.csv").name
        cp = Path(tmp) / ("_" + Path(criteria_name or "criteria.csv").name)
        mp.write_bytes(matrix)
        cp.write_bytes(criteria)
        table = read_criteria(cp)
        dm = read_matrix(mp, table)
    return Table(dm, tuple(dm.alternatives),
                 dict(zip(table.names, table.weights, strict=True)), mp.name,
                 {"promethee": table.promethee_options()})


def page_weights(criteria: Sequence[str], query: Mapping[str, str],
                 given: Mapping[str, float] | None) -> list[float]:
    """Weights from ``w_<criterion>`` fields, else ``given`` (a survey's or the file's),
    else equal; normalised to sum 1. A negative or non-number field is named.

    >>> page_weights(["a", "b"], {"w_a": "3", "w_b": "1"}, None)
    [0.75, 0.25]
    >>> page_weights(["a", "b"], {}, None)
    [0.5, 0.5]
    """
    problems: list[Problem] = []
    typed: dict[str, float] = {}
    for c in criteria:
        raw = str(query.get(f"w_{c}", "")).strip().replace(",", ".")
        if not raw:
            continue
        try:
            v = float(raw)
        except ValueError:
            v = float("nan")
        if not math.isfinite(v) or v < 0:
            problems.append(Problem(Msg("decide.rank.bad_weight", value=raw[:20]),
                                    column=f"w_{c}"))
            continue
        typed[c] = v
    if problems:
        raise InputError(problems)
    if typed:
        w = [typed.get(c, 0.0) for c in criteria]
    elif given:
        missing = [c for c in criteria if c not in given]
        if missing:
            raise InputError(Problem(Msg("decide.rank.survey_mismatch",
                                         criteria=", ".join(missing)), column="survey"))
        w = [float(given[c]) for c in criteria]
    else:
        w = [1.0] * len(criteria)
    total = sum(w)
    if total <= 0:
        raise InputError(Problem(Msg("decide.rank.zero_weights"), column="weights"))
    return [v / total for v in w]


#: Methods whose score is the sum of one part per criterion (shown beside the values).
ADDITIVE = ("wsm", "promethee")


def rank_view(table: Table, weights: Sequence[float], *, method: str = "topsis",
              a: str | None = None, b: str | None = None, samples: int = PAGE_SAMPLES,
              lang: str = "id") -> dict[str, Any]:
    """Ranking rows (every criterion's value and, for the additive methods of
    :data:`ADDITIVE`, its part of the score ``w_j c_ij``, in separate columns), the
    rank-interval chart and the swap."""
    from rancang.decision import rank_alternatives, swap_weights
    from rancang.decision.rank import make_scorer

    if method not in PAGE_METHODS:
        raise InputError(Problem(Msg("decide.bad_method", methods=", ".join(PAGE_METHODS)),
                                 column="method"))
    dm = table.matrix
    options = dict(table.options.get(method, {}))
    ranking = rank_alternatives(dm, np.asarray(weights), method=method, samples=samples,
                                rng=0, **options)
    names = dict(zip(dm.alternatives, table.names, strict=True))
    index = {alt: i for i, alt in enumerate(dm.alternatives)}
    # each criterion's part of the score, for the additive methods (score = parts @ w,
    # the weights as the method normalises them): WSM and PROMETHEE
    parts = make_scorer(dm, method, **options)[2] if method in ADDITIVE else None
    rows = []
    for r in ranking.rows():
        i = index[r["alternative"]]
        rows.append({**r, "name": names[r["alternative"]],
                     "values": [float(v) for v in dm.values[i]],
                     "parts": None if parts is None else
                     [float(v) for v in parts[i] * ranking.weights]})
    swap = None
    if a and b and a != b and a in index and b in index:
        res = swap_weights(dm, np.asarray(weights), a, b, method=method, **options)
        swap = {"a": a, "b": b, "a_name": names[a], "b_name": names[b], "found": res is not None}
        if res is not None:
            swap.update(change=float(res.change), exact=bool(res.exact), rows=[
                {"criterion": c, "weight": float(w), "new": float(nw),
                 "delta": float(nw - w)}
                for c, w, nw in zip(dm.criteria, weights, res.weights, strict=True)])
    return {"rows": rows, "criteria": list(dm.criteria), "weights": list(weights),
            "directions": list(dm.directions), "method": method,
            "additive": parts is not None,
            # people's names of the built-in criteria (an uploaded one keeps its own)
            "labels": [text(f"crit.{c}", lang) if has(f"crit.{c}") else c
                       for c in dm.criteria],
            "weighted": list(zip(dm.criteria, weights, strict=True)),
            "higher_is_better": ranking.higher_is_better, "swap": swap,
            "chart": interval_chart(rows[:CHART_ROWS], lang), "samples": samples,
            "alternatives": [(alt, names[alt]) for alt in dm.alternatives]}


def ranking_frame(view: Mapping[str, Any]) -> pl.DataFrame:
    """The rows of a :func:`rank_view` as the ranking download holds them: alternative,
    name, score, rank, rank interval, acceptability, then every criterion's value under
    its own name (the numbers of the page's table and of the API).

    >>> dm = DecisionMatrix.build(["a", "b"], ["x", "y"], [[1.0, 2.0], [2.0, 1.0]])
    >>> v = rank_view(Table(dm, ("A", "B")), [0.75, 0.25], method="wsm", samples=0)
    >>> ranking_frame(v).select("alternative", "score", "rank", "x").rows()
    [('b', 0.75, 1, 2.0), ('a', 0.25, 2, 1.0)]
    """
    rows = view["rows"]
    return pl.DataFrame({
        "alternative": [str(r["alternative"]) for r in rows],
        "name": [str(r["name"]) for r in rows],
        "score": [float(r["score"]) for r in rows],
        "rank": [int(r["rank"]) for r in rows],
        "rank_low": [int(r["rank_low"]) for r in rows],
        "rank_high": [int(r["rank_high"]) for r in rows],
        "acceptability": [float(r["acceptability"]) for r in rows],
        **{c: [float(r["values"][j]) for r in rows]
           for j, c in enumerate(view["criteria"])},
    }, schema_overrides={"rank": pl.Int64, "rank_low": pl.Int64, "rank_high": pl.Int64})


_VIEWS: OrderedDict[tuple[Any, ...], dict[str, Any]] = OrderedDict()
_LOCK = threading.Lock()
VIEW_CACHE_SIZE = 128


def cached_view(key: tuple[Any, ...], compute: Callable[[], dict[str, Any]]) -> dict[str, Any]:
    """A ranking view computed once per key (the dataset's id and stamp, the region, the
    weights, the method, the pair and the language: every input of the view), the least
    recently used of :data:`VIEW_CACHE_SIZE` dropped first."""
    with _LOCK:
        hit = _VIEWS.get(key)
        if hit is not None:
            _VIEWS.move_to_end(key)
            return hit
    view = compute()
    with _LOCK:
        _VIEWS[key] = view
        while len(_VIEWS) > VIEW_CACHE_SIZE:
            _VIEWS.popitem(last=False)
    return view


_OPTIONS: OrderedDict[tuple[Any, ...], str] = OrderedDict()


def region_options(key: tuple[Any, ...], regions: Sequence[tuple[str, str]],
                   chosen: str) -> Markup:
    """The ``<option>`` list of a dataset's regions with ``chosen`` selected, built once
    per ``key`` (the dataset's id and stamp): escaping 514 regencies' codes and names on
    every view was half of the page's render time.

    >>> str(region_options(("doc", 1), [("72.06", "Morowali"), ("72.03", "Donggala <x>")],
    ...                    "72.03"))  # doctest: +NORMALIZE_WHITESPACE
    '<option value="72.06" translate="no">72.06 Morowali</option><option value="72.03"
     selected translate="no">72.03 Donggala &lt;x&gt;</option>'
    """
    with _LOCK:
        html = _OPTIONS.get(key)
    if html is None:
        html = "".join(f'<option value="{escape(c)}" translate="no">{escape(c)} {escape(n)}'
                       "</option>" for c, n in regions)
        with _LOCK:
            _OPTIONS[key] = html
            while len(_OPTIONS) > 16:
                _OPTIONS.popitem(last=False)
    mark = f'<option value="{escape(chosen)}" '
    return Markup(html.replace(mark, mark + "selected ", 1))


def interval_chart(rows: Sequence[Mapping[str, Any]], lang: str) -> dict[str, Any]:
    """An ECharts spec: each alternative's rank interval as a bar from its best to its
    worst sampled rank, and its rank as a point (rank 1 at the left)."""
    labels = [str(r["name"]) for r in rows][::-1]
    low = [int(r["rank_low"]) for r in rows][::-1]
    high = [int(r["rank_high"]) for r in rows][::-1]
    rank = [int(r["rank"]) for r in rows][::-1]
    return {
        "rancangNote": text("decide.rank.chart_note", lang),
        "grid": {"left": 8, "right": 16, "top": 30, "bottom": 40, "containLabel": True},
        "legend": {"top": 0},
        "xAxis": {"type": "value", "min": 0, "name": text("decide.rank.axis", lang),
                  "nameLocation": "middle", "nameGap": 26, "minInterval": 1},
        # long names wrap (static/charts.js), never cut
        "yAxis": {"type": "category", "data": labels},
        "series": [
            {"type": "bar", "stack": "r", "silent": True, "tooltip": {"show": False},
             "itemStyle": {"color": "transparent"}, "data": [v - 0.5 for v in low]},
            {"type": "bar", "stack": "r", "name": text("decide.rank.interval", lang),
             "itemStyle": {"color": "#9ecae1"},
             "data": [h - lo + 1 for h, lo in zip(high, low, strict=True)]},
            {"type": "scatter", "name": text("decide.rank.rank", lang),
             "itemStyle": {"color": "#08519c"},
             "data": [[v, k] for k, v in enumerate(rank)]},
        ],
        # each interval's ends (the tooltips and the chart's data table, static/charts.js)
        "rancangIntervals": [[lo, h] for lo, h in zip(low, high, strict=True)],
    }
