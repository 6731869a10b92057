"""Leading industries chosen with the decision engine: criteria from the analysis, weights
from the stakeholders' group AHP, ranking with TOPSIS, VIKOR, PROMETHEE II, WSM or WPM.

The foundation's composite score (:func:`rancang.analysis.leading_industries`) is a fixed
weighted mean of min-max scaled criteria. In an FGD the weights come from the participants
(``rancang decide ahp``) and the method is chosen by the team; this module builds the
criteria matrix of one region's industries from the same panel and ranks it with
:func:`rancang.decision.rank_alternatives`, so that the rank intervals reflect either a
Dirichlet perturbation of the agreed weights or the spread of the participants' own weights.

Criteria (all benefit criteria, computed over the period ``start..end``):

==============  ==============================================================  ============
name            formula                                                         reference
==============  ==============================================================  ============
``slq``         ``LQ_i = (x_ri / x_r) / (X_i / X)`` in the last year            Isard 1960
``dlq``         ``DLQ_i = {[(1+g_ri)/(1+g_r)] / [(1+G_i)/(1+G)]}^t`` (mean      Yasin 2000
                annual growth rates over the ``t`` year steps)
``competitive`` Esteban-Marquillas competitive effect                            E-M 1972
                ``x_ri^h (g_ri - G_i)``, ``x_ri^h = x_r X_i / X`` (in the
                panel's unit)
``growth``      ``CAGR_ri = (x_ri,T / x_ri,0)^(1/(T-0)) - 1``
``share``       ``x_ri,T / x_r,T``, the industry's share of the regional economy
==============  ==============================================================  ============

Extra criteria (backward and forward linkages from ``rancang io``, workers and IKM units
from the register, or anything else measured per industry) join by industry code.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np
import polars as pl
from numpy.typing import NDArray

from rancang.analysis import dynamic_location_quotient, location_quotient, shift_share
from rancang.analysis.growth import cagr
from rancang.core.errors import InputError, Problem
from rancang.core.i18n import Msg
from rancang.decision import DecisionMatrix, Ranking, group_weights, rank_alternatives
from rancang.features.leading.service import resolve_reference
from rancang.panel import Panel

BASE_CRITERIA = ("slq", "dlq", "competitive", "growth", "share")
COST_CRITERIA: frozenset[str] = frozenset()


@dataclass(frozen=True)
class LeadingCriteria:
    """The criteria matrix of one region's industries, with labels for people."""

    region_code: str  # as in the panel (BPS 7203 for a BPS file), so files join analyze's
    matrix: DecisionMatrix
    industry_names: tuple[str, ...]
    start: int
    end: int
    reference_label: str | Msg

    def table(self) -> pl.DataFrame:
        """``industry_code, industry_name, <criterion>...`` (the CSV ``criteria_matrix``)."""
        data: dict[str, object] = {
            "industry_code": list(self.matrix.alternatives),
            "industry_name": list(self.industry_names),
        }
        for j, name in enumerate(self.matrix.criteria):
            data[name] = self.matrix.values[:, j]
        return pl.DataFrame(data)


def leading_criteria(
    panel: Panel,
    region: str,
    *,
    reference: str | None = None,
    start: int | None = None,
    end: int | None = None,
    extra: pl.DataFrame | None = None,
    extra_fill: float | None = None,
    criteria: Sequence[str] | None = None,
) -> LeadingCriteria:
    """Criteria matrix (industries x criteria) of ``region`` over ``start..end``.

    Parameters
    ----------
    panel : Panel
        Regions x industries x years (e.g. the BPS PDRB panel).
    region : str
        Region code as in the panel, BPS (``7203``) or Kemendagri (``72.06``).
    reference : str, optional
        Reference economy code (a region or reference row of the panel, e.g. ``7200``);
        default the sum of all regions of the panel.
    start, end : int, optional
        Period (default the whole panel).
    extra : polars.DataFrame, optional
        ``industry_code`` plus one numeric column per extra criterion (e.g.
        ``backward_linkage, forward_linkage, workers, ikm_units``).
    extra_fill : float, optional
        Value for industries missing from ``extra`` (e.g. 0 for counts from the register,
        which only covers manufacturing). Default: a missing industry is an error.
    criteria : sequence of str, optional
        Subset and order of the criteria to keep (default: all).

    Returns
    -------
    LeadingCriteria

    Notes
    -----
    Formulas in the module docstring; they are the same functions as ``rancang analyze``
    uses, so the matrix agrees with ``lq_quadrant.csv`` and ``shift_share.csv`` of the same
    period and reference. ``share`` is the industry's share of the region's economy in the
    *last* year of the period (what the region is now); ``klassen.csv``'s ``share`` is the
    mean share over the period, as Klassen's typology uses it.

    References
    ----------
    Isard, W. (1960). Methods of Regional Analysis. MIT Press (location quotient).
    Kuncoro, M. (2004). Otonomi dan Pembangunan Daerah. Erlangga (SLQ and DLQ).
    Esteban-Marquillas, J. M. (1972). A reinterpretation of shift-share analysis. Regional
    and Urban Economics 2(3), 249-255 (competitive effect).

    Examples
    --------
    >>> from rancang.sources.synthetic import demo_province
    >>> lc = leading_criteria(demo_province(), "9901")
    >>> lc.matrix.criteria
    ('slq', 'dlq', 'competitive', 'growth', 'share')
    """
    sub = panel.select_years(start, end)
    if len(sub.years) < 2:
        raise InputError(Problem(Msg("leading.two_years"), column="year"))
    if not sub.has_region(region):
        raise InputError(Problem(f"region {region!r} is not in the data"))
    if sub.years[-1] - sub.years[0] != len(sub.years) - 1:  # DLQ steps year to year
        raise InputError(Problem(Msg("decide.rank.gap_years", years=", ".join(
            map(str, sub.years))), column="year"))
    ref, ref_label, _ = resolve_reference(sub, reference, [region])
    x = sub.values
    r = sub.region_index(region)
    lq = location_quotient(x, ref)
    dlq = dynamic_location_quotient(x, ref)
    ss = shift_share(x[:, :, 0], x[:, :, -1], ref[..., 0], ref[..., -1])
    growth = cagr(x[r])
    last = x[r, :, -1]
    total = last.sum()
    share = last / total if total > 0 else np.full_like(last, np.nan)
    columns: dict[str, NDArray[np.float64]] = {
        "slq": lq[r, :, -1],
        "dlq": np.asarray(dlq)[r],
        "competitive": np.asarray(ss["em_competitive"])[r],
        "growth": np.asarray(growth, dtype=np.float64),
        "share": np.asarray(share, dtype=np.float64),
    }
    codes = tuple(sub.industry_codes)
    if extra is not None:
        columns.update(_extra_columns(extra, codes, extra_fill))
    names = tuple(criteria) if criteria else tuple(columns)
    unknown = [c for c in names if c not in columns]
    if unknown:
        raise InputError(Problem(
            f"unknown criteria {unknown}; available: {', '.join(columns)}", column="criterion"))
    values = np.column_stack([columns[c] for c in names])
    bad = ~np.isfinite(values)
    if bad.any():
        i, j = np.argwhere(bad)[0]
        raise InputError(Problem(
            f"criterion {names[j]!r} is undefined for industry {codes[i]!r} in region "
            f"{region} (zero value in the first or last year of {sub.years[0]}-{sub.years[-1]});"
            " choose another period or leave the criterion out", column=names[j]))
    dm = DecisionMatrix.build(
        codes, names, values, ["cost" if c in COST_CRITERIA else "benefit" for c in names]
    )
    return LeadingCriteria(
        region_code=sub.region_codes[r], matrix=dm, industry_names=tuple(sub.industry_names),
        start=sub.years[0], end=sub.years[-1], reference_label=ref_label,
    )


def _extra_columns(
    extra: pl.DataFrame, codes: tuple[str, ...], fill: float | None
) -> dict[str, NDArray[np.float64]]:
    """Extra criteria aligned on the panel's industry codes."""
    if "industry_code" not in extra.columns:
        raise InputError(Problem("missing column 'industry_code'", row=1,
                                 column="industry_code"))
    frame = extra.with_columns(pl.col("industry_code").cast(pl.String).str.strip_chars())
    dup = frame.filter(pl.col("industry_code").is_duplicated())
    if dup.height:
        raise InputError(Problem(
            f"industry {dup['industry_code'][0]!r} appears more than once", column="industry_code"))
    known = set(codes)
    stray = [c for c in frame["industry_code"].to_list() if c not in known]
    if stray:
        raise InputError(Problem(
            f"industry codes not in the panel: {stray[:5]}", column="industry_code"))
    present = set(frame["industry_code"].to_list())
    lacking = [c for c in codes if c not in present]
    if lacking and fill is None:
        raise InputError(Problem(
            f"no value for industries {lacking[:8]}; give them or a fill value (--extra-fill 0)",
            column="industry_code"))
    out: dict[str, NDArray[np.float64]] = {}
    index = {c: i for i, c in enumerate(frame["industry_code"].to_list())}
    for col in frame.columns:
        if col == "industry_code":
            continue
        if col in BASE_CRITERIA:
            raise InputError(Problem(f"extra criterion {col!r} clashes with a built-in one",
                                     row=1, column=col))
        try:
            vals = frame[col].cast(pl.Float64, strict=True).to_numpy()
        except pl.exceptions.InvalidOperationError as exc:
            raise InputError(Problem(f"column {col!r} must hold numbers", column=col)) from exc
        out[col] = np.array(
            [vals[index[c]] if c in index else fill for c in codes], dtype=np.float64
        )
    return out


def weights_for(
    criteria: Sequence[str], given: Mapping[str, float] | None, *, source: str | None = None
) -> NDArray[np.float64]:
    """Weights aligned on ``criteria``: given ones normalised to sum 1, default equal.

    ``w_j = given_j / sum_k given_k``. A criterion left out of ``given`` is an error: the
    planner must see every weight. ``source`` (the priorities file, e.g. ``priorities.csv``
    of ``decide ahp``) is named in the messages.

    Example
    -------
    >>> weights_for(["slq", "growth"], {"slq": 3, "growth": 1}).tolist()
    [0.75, 0.25]
    """
    if not given:
        return np.full(len(criteria), 1.0 / len(criteria))
    missing = [c for c in criteria if c not in given]
    stray = [c for c in given if c not in criteria]
    if missing or stray:
        parts = []
        if missing:
            parts.append(f"no weight for {', '.join(missing)}")
        if stray:
            parts.append(f"weights for criteria not in the matrix: {', '.join(stray)}")
        raise InputError(Problem(
            "the weights do not match the criteria (" + "; ".join(parts) + "); the criteria "
            f"are {', '.join(criteria)}", file=source, column="criterion"))
    w = np.array([float(given[c]) for c in criteria])
    if (w < 0).any() or w.sum() <= 0:
        raise InputError(Problem("weights must be >= 0 and not all 0", file=source,
                                 column="weight"))
    return w / w.sum()


def rank_leading(
    lc: LeadingCriteria,
    weights: Mapping[str, float] | None = None,
    *,
    method: str = "topsis",
    samples: int = 1000,
    group_priorities: NDArray[np.float64] | None = None,
    seed: int = 0,
    **options: Any,
) -> Ranking:
    """Rank the industries of ``lc`` with ``method`` and report the rank stability.

    Parameters
    ----------
    lc : LeadingCriteria
    weights : mapping criterion -> weight, optional
        E.g. the group AHP priorities of ``rancang decide ahp`` (default equal weights).
    method : {"topsis", "vikor", "promethee", "wsm", "wpm"}
    samples : int
        Weight samples for the rank intervals and acceptabilities.
    group_priorities : array (participants, criteria), optional
        Each participant's own priorities (``individual_priorities.csv``): the weight
        samples are then drawn over the group's spread (:func:`rancang.decision.group_weights`)
        instead of around ``weights``.
    seed : int
    **options
        Method options (``v`` for VIKOR; ``functions, q, p, s`` for PROMETHEE II; min-max
        ``normalization`` for TOPSIS/WSM).

    Returns
    -------
    Ranking
        ``rows()`` gives industry, score, rank, rank_low, rank_high, acceptability.

    Notes
    -----
    WPM needs strictly positive criteria; growth and the competitive effect can be
    negative, so use it only with positive criteria. Score conventions follow
    :func:`rancang.decision.rank_alternatives` (VIKOR Q: lower is better).

    References
    ----------
    Hwang & Yoon (1981) TOPSIS; Opricovic & Tzeng (2004) VIKOR; Brans & Vincke (1985)
    PROMETHEE; Saaty (1980) AHP; Lahdelma, Hokkanen & Salminen (1998) acceptability.
    """
    w = weights_for(lc.matrix.criteria, weights)
    spread = None
    if group_priorities is not None:
        spread = group_weights(group_priorities, samples=samples, rng=seed)
    if method == "wpm" and (lc.matrix.values <= 0).any():
        raise InputError(Problem(
            "the weighted product needs positive criteria (growth and the competitive effect "
            "can be negative): choose topsis, vikor, promethee or wsm", column="method"))
    return rank_alternatives(lc.matrix, w, method=method, samples=samples,
                             weight_samples=spread, rng=seed, **options)


def ranking_table(lc: LeadingCriteria, ranking: Ranking) -> pl.DataFrame:
    """``ranking.csv``: industry, name, score, rank, interval, acceptability and criteria."""
    rows = ranking.rows()
    names = dict(zip(lc.matrix.alternatives, lc.industry_names, strict=True))
    crit = lc.table().drop("industry_name")
    frame = pl.DataFrame({
        "region_code": [lc.region_code] * len(rows),
        "industry_code": [r["alternative"] for r in rows],
        "industry_name": [names[r["alternative"]] for r in rows],
        "score": [r["score"] for r in rows],
        "rank": [r["rank"] for r in rows],
        "rank_low": [r["rank_low"] for r in rows],
        "rank_high": [r["rank_high"] for r in rows],
        "acceptability": [r["acceptability"] for r in rows],
    })
    return frame.join(crit, on="industry_code", how="left", maintain_order="left")


def register_criteria(
    engine: object,
    region: str,
    industry_codes: Sequence[str],
    *,
    classification: str = "pdrb17",
    year: int | None = None,
) -> pl.DataFrame:
    """Workers and IKM units per industry of one regency, from the industry register.

    Parameters
    ----------
    engine : sqlalchemy.Engine
        The register database (``rancang registry import``).
    region : str
        Regency code, BPS (``7203``) or Kemendagri (``72.06``).
    industry_codes : sequence of str
        The panel's industry codes the counts are aligned on.
    classification : {"pdrb17", "kbli2020"}
        ``pdrb17``: the register (manufacturing only) counts towards category ``C``;
        ``kbli2020``: firms count towards the panel code their KBLI code starts with.
    year : int, optional
        Register year (default: the latest year in the register for this regency).

    Returns
    -------
    polars.DataFrame
        ``industry_code, workers, ikm_units`` for every code of ``industry_codes`` (0 where
        the register has no firm). A firm counts once, with its latest period of the year.

    Notes
    -----
    IKM (industri kecil dan menengah) = small and medium industries after Permenperin
    64/2016 (:func:`rancang.features.registry.size_class.permenperin_expr`): a firm whose class is
    not ``large``; a firm without workers or investment figures is left out of the IKM
    count but its workers still count.
    """
    from rancang.features.registry.panel import latest_in_year, load_register
    from rancang.reference.regions import code_system, other_code

    regency = region
    if code_system(region) == "bps":
        regency = other_code(region) or region
    frame = load_register(engine, regency=regency)  # type: ignore[arg-type]
    codes = list(industry_codes)
    empty = pl.DataFrame({"industry_code": codes, "workers": [0.0] * len(codes),
                          "ikm_units": [0.0] * len(codes)})
    if frame.height == 0:
        return empty
    latest = latest_in_year(frame, year)
    if classification == "pdrb17":
        latest = latest.with_columns(pl.lit("C").alias("industry_code"))
    else:
        by_length = sorted(codes, key=len, reverse=True)
        latest = latest.with_columns(
            pl.col("kbli").map_elements(
                lambda k: next((c for c in by_length if str(k).startswith(c)), None),
                return_dtype=pl.String,
            ).alias("industry_code")
        )
    counts = (
        latest.filter(pl.col("industry_code").is_not_null())
        .group_by("industry_code")
        .agg(
            pl.col("workers").fill_null(0).sum().cast(pl.Float64).alias("workers"),
            (pl.col("size_class").is_not_null() & (pl.col("size_class") != "large"))
            .sum().cast(pl.Float64).alias("ikm_units"),
        )
    )
    return (
        empty.select("industry_code")
        .join(counts, on="industry_code", how="left", maintain_order="left")
        .with_columns(pl.col("workers", "ikm_units").fill_null(0.0))
    )


def linkage_criteria(path: str | Path, industry_codes: Sequence[str]) -> pl.DataFrame:
    """Backward and forward linkages of ``rancang io`` (``linkages.csv``) as extra criteria.

    Parameters
    ----------
    path : str or Path
        ``linkages.csv`` with columns ``sector, backward, forward`` (Rasmussen backward
        index from the Leontief inverse, forward index from the Ghosh inverse).
    industry_codes : sequence of str
        The panel's industry codes. IO sectors match them directly or through the PDRB
        category of their code (``MN`` -> ``M_N``, ``RSTU`` -> ``R_S_T_U``).

    Returns
    -------
    polars.DataFrame
        ``industry_code, backward_linkage, forward_linkage``, only for matched sectors.

    Notes
    -----
    Rasmussen (1956): ``BL_j = n sum_i l_ij / sum_ij l_ij``; forward from Ghosh's
    ``G``: ``FL_i = n sum_j g_ij / sum_ij g_ij`` (Miller & Blair 2009, ch. 12).
    """
    from rancang.reference.pdrb import category_from_title

    path = Path(path)
    frame = pl.read_csv(path, infer_schema_length=0)
    missing = [c for c in ("sector", "backward", "forward") if c not in frame.columns]
    if missing:
        raise InputError([Problem(f"missing column {c!r}", path.name, None, 1, c)
                          for c in missing])
    known = set(industry_codes)
    codes, backward, forward = [], [], []
    problems = []
    for k, row in enumerate(frame.iter_rows(named=True), start=2):
        sector = str(row["sector"] or "").strip()
        code = sector if sector in known else category_from_title(sector)
        if code not in known:
            problems.append(Problem(f"IO sector {sector!r} matches no industry of the panel",
                                    path.name, None, k, "sector"))
            continue
        try:
            backward.append(float(row["backward"]))
            forward.append(float(row["forward"]))
        except (TypeError, ValueError):
            problems.append(Problem("backward and forward must be numbers", path.name, None,
                                    k, "backward"))
            continue
        codes.append(code)
    if problems:
        raise InputError(problems)
    return pl.DataFrame({"industry_code": codes, "backward_linkage": backward,
                         "forward_linkage": forward})
