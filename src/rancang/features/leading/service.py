"""Leading-industry analysis of a panel: every method of issue 2, as tidy tables.

The same service backs ``rancang analyze``, the web dashboard and the JSON API. It runs the
pure methods of :mod:`rancang.analysis` once for all regions and years, then selects the
regions asked for and turns the arrays into tidy long tables with the column names that the
CSV files carry.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

import numpy as np
import polars as pl

from rancang.analysis import (
    dynamic_location_quotient,
    dynamic_shift_share,
    klassen,
    leading_industries,
    location_quotient,
    lq_quadrant,
    shift_share,
    specialization,
)
from rancang.analysis.ranking import DEFAULT_WEIGHTS
from rancang.analysis.shift_share import COMPONENTS
from rancang.analysis.specialization import INDEX_NAMES
from rancang.core.errors import InputError, Problem
from rancang.core.i18n import Msg, render_text, text
from rancang.panel import Panel

SHIFT_SHARE_COLUMNS = COMPONENTS
SPECIALIZATION_COLUMNS = INDEX_NAMES
TABLE_NAMES = (
    "location_quotient",
    "dynamic_lq",
    "lq_quadrant",
    "shift_share",
    "shift_share_dynamic",
    "klassen",
    "specialization",
    "leading_industries",
)

#: Tables that need every year of the period (year-to-year steps): left out of an analysis
#: of years with gaps (census years 2006, 2016), and said.
GAP_LEFT_OUT = ("dynamic_lq", "lq_quadrant", "shift_share_dynamic", "leading_industries")


@dataclass(frozen=True)
class AnalysisOptions:
    """What to analyse: regions (None = all), reference economy, period, ranking weights."""

    regions: Sequence[str] | None = None
    reference: str | None = None
    start: int | None = None
    end: int | None = None
    weights: Mapping[str, float] | None = None
    rank_samples: int = 500
    seed: int = 0
    quadrant_convention: str = "base-first"


@dataclass
class AnalysisResult:
    """Tidy result tables keyed by the names in :data:`TABLE_NAMES`, plus context."""

    tables: dict[str, pl.DataFrame]
    panel: Panel
    regions: tuple[str, ...]
    reference_label: str | Msg
    start: int
    end: int
    weights: dict[str, float] = field(default_factory=dict)
    quadrant_convention: str = "base-first"
    reference_code: str | None = None
    #: Tables left out because the years have gaps (they need every year), with the reason.
    left_out: tuple[str, ...] = ()
    left_out_note: Msg | None = None

    def about(self, lang: str | None = None) -> dict[str, str]:
        """Lines for the first sheet of the workbook and the CLI summary, in ``lang``
        (default: the current language)."""
        p = self.panel
        out = {
            text("leading.about.data", lang): text(
                "leading.about.synthetic" if p.synthetic else "leading.about.bps", lang),
            text("leading.about.measure", lang):
                f"{p.measure} ({p.unit})" if p.unit else p.measure,
            text("leading.about.period", lang): f"{self.start}-{self.end}",
            text("leading.about.reference", lang): render_text(self.reference_label, lang),
            text("leading.about.regions", lang): str(len(self.regions)),
            text("leading.about.sources", lang): "; ".join(p.sources) or "-",
            text("leading.about.weights", lang):
                ", ".join(f"{k}={v:g}" for k, v in self.weights.items()),
            text("leading.about.convention", lang):
                _convention_text(self.quadrant_convention, lang),
        }
        if self.left_out_note is not None:
            out[render_text(Msg("leading.left_out_title"), lang)] = \
                render_text(self.left_out_note, lang)
        return out


def _convention_text(convention: str, lang: str | None = None) -> str:
    """Which mixed case of the SLQ x DLQ matrix is *andalan* (see ``lq_quadrant``).

    >>> _convention_text("growth-first", "en")
    "convention 'growth-first': SLQ <= 1 and DLQ > 1 = mainstay; SLQ > 1 and DLQ <= 1 = prospective"
    """
    if convention == "growth-first":
        return text("leading.convention.growth_first", lang)
    return text("leading.convention.base_first", lang)


def check_ranking_weights(weights: Mapping[str, float] | None) -> None:
    """Refuse ranking weights for unknown criteria or adding up to zero (``-w NAME=VALUE``).

    The message lists the criteria of :data:`rancang.analysis.ranking.DEFAULT_WEIGHTS`.
    """
    from rancang.analysis.ranking import DEFAULT_WEIGHTS

    if not weights:
        return
    known = ", ".join(f"{k} (default {v:g})" for k, v in DEFAULT_WEIGHTS.items())
    unknown = [k for k in weights if k not in DEFAULT_WEIGHTS]
    if unknown:
        raise InputError(Problem(
            f"unknown ranking criteri{'a' if len(unknown) > 1 else 'on'} "
            f"{', '.join(map(repr, unknown))} in -w/--weight; the criteria are: {known}"))
    if sum(weights.values()) <= 0:
        raise InputError(Problem(f"the ranking weights add up to zero; the criteria are: {known}"))


def resolve_reference(
    panel: Panel, reference: str | None, regions: Sequence[str] | None = None
) -> tuple[np.ndarray, str | Msg, str | None]:
    """Reference economy of every region, its label and its code, refusing one that makes
    every LQ 1.

    Parameters
    ----------
    panel : Panel
    reference : str or None
        ``--reference``: a reference row or region code, or ``all`` (the sum of all
        regions). None applies the default rule of :mod:`rancang.comparison` to each
        region (a regency against its province row, a province against the national row,
        else the sum of all regions).
    regions : sequence of str, optional
        The regions analysed (``--region``); the label describes their references.

    Returns
    -------
    ndarray of shape (I, T) or (R, I, T), the label for people, and the code of the
    reference (a row code or ``all``; None when the regions asked for have different
    default references).

    Raises
    ------
    InputError
        ``--reference`` names one of the ``--region`` codes (either code system); or the
        reference equals the only region of the input (one region and no reference row:
        the sum of regions is the region itself, ``LQ = (x_i / x) / (x_i / x) = 1``).
    """
    from rancang.comparison import (
        ALL_REGIONS,
        default_reference,
        reference_array,
        reference_label,
    )
    from rancang.reference.regions import other_code

    if reference is not None and reference != ALL_REGIONS:
        asked = {c for r in (regions or ()) for c in (r, other_code(r)) if c}
        if {reference, other_code(reference)} & asked:
            raise InputError(Problem(Msg("leading.reference_is_region", code=reference)))
    if reference is None:
        codes = [default_reference(panel, c) for c in panel.region_codes]
        shown = sorted({codes[panel.region_index(r)] for r in (regions or panel.region_codes)})
        code: str | None = shown[0] if len(shown) == 1 else None
        label: str | Msg = (reference_label(panel, code) if code is not None
                            else Msg("reference.each_default"))
        ref = (reference_array(panel, codes) if len(set(codes)) > 1
               else reference_array(panel, codes[:1])[0])
    else:
        ref = (panel.total_reference() if reference == ALL_REGIONS
               else panel.reference_vector(reference))
        label = reference_label(panel, reference)
        code = reference
    if len(panel.region_codes) == 1 and np.array_equal(ref.reshape(panel.values[0].shape),
                                                        panel.values[0]):
        raise InputError(Problem(Msg("leading.reference_is_only_region",
                                     label=label, code=panel.region_codes[0])))
    return ref, label, code


def _region_rows(panel: Panel, idx: np.ndarray, n_inner: int) -> dict[str, np.ndarray]:
    codes = np.asarray(panel.region_codes, dtype=object)[idx]
    return {"region_code": np.repeat(codes, n_inner)}


def _ri_table(
    panel: Panel, idx: np.ndarray, columns: Mapping[str, np.ndarray]
) -> pl.DataFrame:
    """Table with one row per selected region x industry from (R, I) arrays."""
    n_i = len(panel.industry_codes)
    data: dict[str, Any] = dict(_region_rows(panel, idx, n_i))
    data["industry_code"] = np.tile(np.asarray(panel.industry_codes, dtype=object), len(idx))
    for name, arr in columns.items():
        data[name] = np.asarray(arr)[idx].reshape(-1)
    return pl.DataFrame(data)


def run_analysis(
    panel: Panel,
    options: AnalysisOptions | None = None,
    *,
    progress: Callable[[str], None] | None = None,
) -> AnalysisResult:
    """Run every leading-industry method on ``panel`` and return tidy tables.

    The methods are computed for all regions of the panel at once; only the selected
    regions appear in the tables. The reference economy by default is the sum of all
    regions, or the declared ``Acuan:`` row when the input has one region and reference
    rows (see :func:`resolve_reference`, which also refuses a reference equal to the
    region).
    """
    opts = options or AnalysisOptions()
    step = progress or (lambda _msg: None)
    check_ranking_weights(opts.weights)
    sub = panel.select_years(opts.start, opts.end)
    if len(sub.years) < 2:
        raise InputError(Problem(Msg("leading.two_years"), column="year"))
    ref, ref_label, ref_code = resolve_reference(sub, opts.reference, opts.regions)
    x = sub.values
    if opts.regions:
        idx = np.array([sub.region_index(c) for c in opts.regions], dtype=np.intp)
    else:
        idx = np.arange(len(sub.region_codes), dtype=np.intp)
    _, n_i, n_t = x.shape
    tables: dict[str, pl.DataFrame] = {}

    step(text("leading.step.lq"))
    lq = location_quotient(x, ref)
    tables["location_quotient"] = pl.DataFrame(
        {
            "region_code": np.repeat(np.asarray(sub.region_codes, dtype=object)[idx], n_i * n_t),
            "industry_code": np.tile(
                np.repeat(np.asarray(sub.industry_codes, dtype=object), n_t), len(idx)
            ),
            "year": np.tile(np.asarray(sub.years, dtype=np.int64), len(idx) * n_i),
            "lq": lq[idx].reshape(-1),
        }
    )
    every_year = list(sub.years) == list(range(sub.years[0], sub.years[-1] + 1))
    if every_year:
        dlq = dynamic_location_quotient(x, ref)
        tables["dynamic_lq"] = _ri_table(sub, idx, {"dlq": dlq})
        slq = lq[:, :, -1]
        tables["lq_quadrant"] = _ri_table(
            sub, idx,
            {"slq": slq, "dlq": dlq,
             "quadrant": lq_quadrant(slq, dlq, convention=opts.quadrant_convention)},
        )

    step(text("leading.step.shift_share"))
    ss = shift_share(x[:, :, 0], x[:, :, -1], ref[..., 0], ref[..., -1])
    tables["shift_share"] = _ri_table(sub, idx, {k: ss[k] for k in SHIFT_SHARE_COLUMNS})
    if every_year:
        dss = dynamic_shift_share(x, ref)
        tables["shift_share_dynamic"] = _ri_table(sub, idx,
                                                  {k: dss[k] for k in SHIFT_SHARE_COLUMNS})

    step(text("leading.step.klassen"))
    kl = klassen(x, ref, years=sub.years)
    tables["klassen"] = _ri_table(
        sub,
        idx,
        {k: kl[k] for k in ("growth", "reference_growth", "share", "reference_share", "quadrant")},
    )

    step(text("leading.step.specialization"))
    sp = specialization(x, ref)
    spec: dict[str, object] = {
        "region_code": np.repeat(np.asarray(sub.region_codes, dtype=object)[idx], n_t),
        "year": np.tile(np.asarray(sub.years, dtype=np.int64), len(idx)),
    }
    for k in SPECIALIZATION_COLUMNS:
        spec[k] = np.asarray(sp[k])[idx].reshape(-1)
    tables["specialization"] = pl.DataFrame(spec)

    if not every_year:
        left_out = GAP_LEFT_OUT
        note = Msg("leading.left_out", tables=", ".join(left_out),
                   years=", ".join(map(str, sub.years)))
        return AnalysisResult(
            tables=tables, panel=sub, regions=tuple(sub.region_codes[i] for i in idx),
            reference_label=ref_label, reference_code=ref_code, start=sub.years[0],
            end=sub.years[-1], quadrant_convention=opts.quadrant_convention,
            left_out=left_out, left_out_note=note)

    step(text("leading.step.ranking"))
    lead = leading_industries(
        x, ref, weights=dict(opts.weights) if opts.weights else None,
        n_samples=opts.rank_samples, seed=opts.seed,
    )
    # the criteria's values and their parts of the score, in separate named columns
    values = {f"criterion_{k}": lead.criteria[k] for k in DEFAULT_WEIGHTS}
    contrib = {f"contribution_{k}": v for k, v in lead.contributions.items()}
    lead_table = _ri_table(
        sub,
        idx,
        {"score": lead.score, "rank": lead.rank, "rank_low": lead.rank_low,
         "rank_high": lead.rank_high, **values, **contrib},
    )
    # by region, then rank (stable); numpy's sort of these few rows spares the web
    # request a hop to polars' thread pool, slow on a busy machine
    _, region_key = np.unique(lead_table["region_code"].to_numpy(), return_inverse=True)
    tables["leading_industries"] = lead_table[
        np.lexsort((lead_table["rank"].to_numpy(), region_key.reshape(-1)))]

    return AnalysisResult(
        tables=tables,
        panel=sub,
        regions=tuple(sub.region_codes[i] for i in idx),
        reference_label=ref_label,
        reference_code=ref_code,
        start=sub.years[0],
        end=sub.years[-1],
        weights=dict(lead.weights),
        quadrant_convention=opts.quadrant_convention,
    )
