"""Leading industries of one region ranked with the decision engine and the group's weights
(``rancang decide leading``).

The service reads the PDRB panel and the optional extra criteria (a CSV, the linkages of
``rancang io``, the industry register), builds the criteria matrix with
:func:`rancang.features.decide.criteria.leading_criteria`, ranks it with the weights of
``decide ahp`` (or given by name) and returns the three tables the verb writes:
``criteria_matrix``, ``weights`` and ``ranking``, with the lines of the workbook's first
sheet.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path

import polars as pl

from rancang.core.errors import InputError, Problem
from rancang.core.i18n import Msg, current_language, render_text, text
from rancang.decision import Ranking
from rancang.features.decide.criteria import LeadingCriteria
from rancang.features.decide.ranking import method_problem


@dataclass(frozen=True)
class LeadingRankOptions:
    """The region and period, the criteria, the method and how to sample the weights."""

    region: str
    reference: str | None = None
    start: int | None = None
    end: int | None = None
    method: str = "topsis"
    criteria: Sequence[str] | None = None
    extra_fill: float | None = None
    register_year: int | None = None
    samples: int = 1000
    seed: int = 0


@dataclass(frozen=True)
class LeadingRankInputs:
    """The files and databases behind the criteria and the weights (all optional but the
    panel): ``priorities.csv`` of ``decide ahp`` or weights by name, the participants'
    ``individual_priorities.csv``, an extra-criteria CSV, ``linkages.csv`` of ``rancang io``
    and the industry register's database URL."""

    panel: Sequence[Path]
    weights: Path | None = None
    weight: Mapping[str, float] | None = None
    group: Path | None = None
    extra: Path | None = None
    linkages: Path | None = None
    register_db: str | None = None


@dataclass
class LeadingRankResult:
    """The criteria, the weights used, the ranking and the three tables."""

    criteria: LeadingCriteria
    weights: list[float]
    ranking: Ranking
    options: LeadingRankOptions
    group_spread: bool
    synthetic: bool
    tables: dict[str, pl.DataFrame] = field(default_factory=dict)

    def about(self, lang: str | None = None) -> dict[str, str]:
        """Lines for the workbook's first sheet (default: the current language)."""
        lang = lang or current_language()
        lc, o = self.criteria, self.options
        intervals = ("decide.about.intervals_group" if self.group_spread
                     else "decide.about.intervals_dirichlet")
        rows = {
            "decide.about.region": lc.region_code,
            "decide.about.period": f"{lc.start}-{lc.end}",
            "decide.about.reference": render_text(lc.reference_label, lang),
            "decide.about.method": o.method,
            "decide.about.weights": ", ".join(
                f"{c}={v:.3f}" for c, v in zip(lc.matrix.criteria, self.weights, strict=True)),
            "decide.about.intervals": text(intervals, lang, n=o.samples),
        }
        return {text(key, lang): value for key, value in rows.items()}


def leading_rank_from_files(inputs: LeadingRankInputs,
                            options: LeadingRankOptions) -> LeadingRankResult:
    """Criteria, weights and ranking of the leading industries of ``options.region``.

    Every problem of the files (a weight for an unknown criterion, an industry missing from
    the extra criteria...) is an :class:`InputError` naming file, row and column.
    """
    from rancang.features.decide.criteria import (
        leading_criteria,
        rank_leading,
        ranking_table,
        weights_for,
    )
    from rancang.sources import read_panel
    from rancang.sources.decision_csv import read_group_priorities, read_priorities

    o = options
    if (bad := method_problem(o.method)) is not None:
        raise InputError(Problem(bad))
    if inputs.weights is not None and inputs.weight:
        raise InputError(Problem(Msg("decide.weights_or_weight")))
    given = read_priorities(inputs.weights)[0] if inputs.weights is not None else (
        dict(inputs.weight) if inputs.weight else None)
    panel = read_panel(list(inputs.panel))
    extra = _extra_criteria(inputs, panel.industry_codes, panel.classification, o)
    lc = leading_criteria(panel, o.region, reference=o.reference, start=o.start, end=o.end,
                          extra=extra, extra_fill=o.extra_fill,
                          criteria=list(o.criteria) if o.criteria else None)
    w = weights_for(lc.matrix.criteria, given,
                    source=inputs.weights.name if inputs.weights is not None else None)
    spread = None
    if inputs.group is not None:
        spread = read_group_priorities(inputs.group, lc.matrix.criteria,
                                       what=text("decide.leading.criteria"))
    ranking = rank_leading(lc, given, method=o.method, samples=o.samples,
                           group_priorities=spread, seed=o.seed)
    result = LeadingRankResult(lc, list(w), ranking, o, group_spread=inputs.group is not None,
                               synthetic=panel.synthetic)
    result.tables = {
        "criteria_matrix": lc.table(),
        "weights": pl.DataFrame({"criterion": list(lc.matrix.criteria), "weight": w,
                                 "direction": list(lc.matrix.directions)}),
        "ranking": ranking_table(lc, ranking),
    }
    return result


def _extra_criteria(inputs: LeadingRankInputs, industry_codes: Sequence[str],
                    classification: str, o: LeadingRankOptions) -> pl.DataFrame | None:
    """The extra criteria by ``industry_code``: the CSV, the IO linkages and the register's
    counts, joined (None when none is given)."""
    from rancang.features.decide.criteria import linkage_criteria, register_criteria

    frame = None
    if inputs.extra is not None:
        frame = pl.read_csv(inputs.extra, infer_schema_length=0)
    if inputs.linkages is not None:
        links = linkage_criteria(inputs.linkages, industry_codes)
        frame = links if frame is None else frame.join(
            links, on="industry_code", how="full", coalesce=True)
    if inputs.register_db is not None:
        from rancang.core.db import make_engine

        counts = register_criteria(make_engine(inputs.register_db), o.region, industry_codes,
                                   classification=classification, year=o.register_year)
        frame = counts if frame is None else frame.join(
            counts.with_columns(pl.col("industry_code").cast(pl.String)),
            on="industry_code", how="full", coalesce=True)
    return frame
