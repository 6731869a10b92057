"""Input-output analysis of a BPS table, optionally regionalised to a regency, as tables.

The same service backs ``rancang io``, the web pages and the API. It runs the pure methods
of :mod:`rancang.analysis.input_output` and :mod:`rancang.analysis.regional_io` and turns
the arrays into tidy tables with the column names that the CSV files carry.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

import numpy as np
import polars as pl

from rancang.analysis.input_output import (
    allocation_coefficients,
    ghosh_inverse,
    hypothetical_extraction,
    key_sectors,
    leontief_inverse,
    linkages,
    output_multipliers,
    simple_multipliers,
    technical_coefficients,
    type_i_multipliers,
    type_ii_multipliers,
)
from rancang.analysis.regional_io import (
    LQ_METHODS,
    flq_lambda,
    location_quotients,
    regional_coefficients,
)
from rancang.core.errors import InputError, Problem
from rancang.core.i18n import Msg, current_language, text
from rancang.features.inputoutput.regional import RegionalSizes, note, regional_sizes
from rancang.io_table import IOTable, Note
from rancang.panel import Panel

if TYPE_CHECKING:
    from rancang.sources.checks import TotalCheck

TABLE_NAMES = ("coefficients", "leontief", "multipliers", "linkages", "imports",
               "location_quotients", "regional_coefficients")


@dataclass(frozen=True)
class IOOptions:
    """What to compute: the region (None = the table's own economy) and the LQ method."""

    region: str | None = None
    method: str = "flq"
    delta: float = 0.3
    reference: str | None = None
    year: int | None = None
    mapping: Mapping[str, str] | None = None
    employment: Mapping[str, float] | None = None


@dataclass
class IOResult:
    """Tidy tables keyed by :data:`TABLE_NAMES` (those that apply), with context and notes."""

    tables: dict[str, pl.DataFrame]
    table: IOTable
    options: IOOptions
    sizes: RegionalSizes | None = None
    notes: list[Note] = field(default_factory=list)
    #: BPS rows of the PDRB files whose categories miss their total column.
    checks: list[TotalCheck] = field(default_factory=list)

    def about(self, lang: str | None = None) -> dict[str, str]:
        """Lines for the workbook's first sheet and the CLI summary (default: the current
        language)."""
        lang = lang or current_language()
        t = self.table
        data = "inputoutput.about.synthetic" if t.synthetic else "inputoutput.about.bps"
        rows = {
            "inputoutput.about.title": t.title or t.source,
            "inputoutput.about.data": text(data, lang),
            "inputoutput.about.sectors": str(t.n),
            "inputoutput.about.unit": t.unit or "-",
            "inputoutput.about.employment_unit": employment_unit(t.unit, lang),
        }
        if self.sizes is not None:
            s, o = self.sizes, self.options
            lam = flq_lambda(s.regional.sum(), s.national.sum(), o.delta)
            method = o.method.upper() + (f" (delta = {o.delta:g}, lambda* = {lam:.4f})"
                                         if o.method == "flq" else "")
            rows.update({
                "inputoutput.about.region": f"{s.region_code} {s.region_name}",
                "inputoutput.about.reference": s.reference_label,
                "inputoutput.about.year": str(s.year),
                "inputoutput.about.regionalisation": method,
            })
        out = {text(key, lang): value for key, value in rows.items()}
        for k, note_ in enumerate(self.notes, start=1):
            out[text("inputoutput.about.note", lang, n=k)] = note_.text(lang)
        return out


#: Catalogue keys of the currencies BPS tables are published in.
CURRENCIES = {"juta rupiah": "inputoutput.currency.juta_rupiah",
              "miliar rupiah": "inputoutput.currency.miliar_rupiah"}


def employment_unit(unit: str, lang: str | None = None) -> str:
    """Unit of the employment multiplier: workers per unit of the table's currency.

    ``m_j = Σ_i (e_i / x_i) l_ij`` with ``e_i`` workers and ``x_i`` output in the table's
    unit, so ``m_j`` is workers per unit of final demand: per million rupiah for the BPS
    tables (juta rupiah). Miller and Blair (2009), section 6.4.

    >>> employment_unit("juta rupiah", "id"), employment_unit("juta rupiah", "en")
    ('orang per juta rupiah permintaan akhir', 'workers per million rupiah of final demand')
    """
    key = CURRENCIES.get(unit)
    currency = text(key, lang) if key else unit or text("inputoutput.currency.table", lang)
    return text("inputoutput.employment_unit", lang, currency=currency)


def _matrix(codes: tuple[str, ...], values: np.ndarray, name: str) -> pl.DataFrame:
    n = len(codes)
    arr = np.asarray(codes, dtype=object)
    return pl.DataFrame({"row_sector": np.repeat(arr, n), "column_sector": np.tile(arr, n),
                         name: values.reshape(-1)},
                        schema={"row_sector": pl.String, "column_sector": pl.String,
                                name: pl.Float64})


def _coef(values: np.ndarray | None, x: np.ndarray) -> np.ndarray:
    if values is None:
        return np.full(x.shape, np.nan)
    with np.errstate(divide="ignore", invalid="ignore"):
        return np.where(x > 0, np.asarray(values, dtype=np.float64) / x, 0.0)


def _employment(table: IOTable, employment: Mapping[str, float] | None,
                x: np.ndarray) -> np.ndarray:
    if employment is None:
        return np.full(x.shape, np.nan)
    missing = [c for c in table.sector_codes if c not in employment]
    if missing:
        raise InputError(Problem(Msg("inputoutput.employment_lacks",
                                     sectors=", ".join(missing[:10]))))
    return _coef(np.array([employment[c] for c in table.sector_codes]), x)


def run_io(table: IOTable, panel: Panel | None = None,
           options: IOOptions | None = None) -> IOResult:
    """Coefficients, Leontief and Ghosh inverses, multipliers, linkages and imports.

    With ``options.region`` (and a PDRB ``panel``) the table is first regionalised with
    the chosen location-quotient method; otherwise the table's own economy is analysed.
    Employment, income and type II multipliers are NaN (with a note) when the data they
    need are missing; they are never filled with zeros.
    """
    opts = options or IOOptions()
    if opts.method not in LQ_METHODS:
        raise InputError(Problem(Msg("inputoutput.unknown_method", method=opts.method)))
    notes = list(table.notes)
    a = technical_coefficients(table.z, table.x)
    x = np.asarray(table.x, dtype=np.float64)
    sizes = None
    leak = np.zeros(table.n)
    lq_slq = None
    a_nat = a
    lq_used = np.ones_like(a)
    if opts.region is not None:
        if panel is None:
            raise InputError(Problem(Msg("inputoutput.region_needs_panel")))
        sizes = regional_sizes(table, panel, opts.region, reference=opts.reference,
                               year=opts.year, mapping=opts.mapping)
        notes.extend(sizes.notes)
        a_nat = a
        a = regional_coefficients(a_nat, sizes.regional, sizes.national, method=opts.method,
                                  delta=opts.delta)
        lq_used = location_quotients(sizes.regional, sizes.national, method=opts.method,
                                     delta=opts.delta)
        leak = (a_nat - a).sum(axis=0)
        x = x * sizes.output_ratio
        lq_slq = location_quotients(sizes.regional, sizes.national, method="slq")[:, 0]
        notes.append(note(Msg("inputoutput.note.regional_output")))
    l_inv = leontief_inverse(a)
    g_inv = ghosh_inverse(allocation_coefficients(a * x[None, :], x))
    w = _coef(table.compensation, table.x)
    v = _coef(table.value_added, table.x)
    e = _employment(table, opts.employment, x)
    if opts.employment is None:
        notes.append(note(Msg("inputoutput.note.no_employment")))
    out2 = {"output": np.full(table.n, np.nan), "income": np.full(table.n, np.nan)}
    if table.compensation is not None and table.household_column is not None:
        hh = table.final_demand[:, table.household_column]
        h_c = hh / table.compensation.sum()
        if lq_slq is not None:
            h_c = h_c * np.minimum(lq_slq, 1.0)
        out2 = type_ii_multipliers(a, w, h_c)
    elif table.compensation is not None:
        notes.append(note(Msg("inputoutput.note.no_household")))
    links = linkages(l_inv, g_inv)
    codes = table.sector_codes
    base = {"sector": list(codes), "sector_name": list(table.sector_names)}
    tables = {
        "coefficients": _matrix(codes, a, "a"),
        "leontief": _matrix(codes, l_inv, "l"),
        # the columns the issue names first, in its order; the others after them
        "multipliers": pl.DataFrame({
            "sector": base["sector"], "output": output_multipliers(l_inv),
            "income": simple_multipliers(w, l_inv), "employment": simple_multipliers(e, l_inv),
            "sector_name": base["sector_name"], "output_type2": out2["output"],
            "income_type1": type_i_multipliers(w, l_inv), "income_type2": out2["income"],
            "value_added": simple_multipliers(v, l_inv),
            "employment_type1": type_i_multipliers(e, l_inv)}),
    }
    loss = hypothetical_extraction(l_inv, x)
    tables["linkages"] = pl.DataFrame({
        "sector": base["sector"], "backward": links["backward"], "forward": links["forward"],
        "key_sector": (links["backward"] > 1) & (links["forward"] > 1),
        "sector_name": base["sector_name"],
        "class": key_sectors(links["backward"], links["forward"]).tolist(),
        "extraction_loss": loss, "extraction_share": loss / x.sum()})
    imports = _imports(table, l_inv, leak)
    if imports is not None:
        tables["imports"] = pl.DataFrame({**base, **imports})
    else:
        notes.append(note(Msg("inputoutput.note.no_imports")))
    if sizes is not None:
        tables["location_quotients"] = pl.DataFrame({
            **base, "pdrb_category": list(sizes.categories), "regional_pdrb": sizes.regional,
            "reference_pdrb": sizes.national, "slq": lq_slq})
        # the regionalised table: each national coefficient, the method's LQ_ij (SLQ_i,
        # CILQ_ij or FLQ_ij = lambda* CILQ_ij) and the regional r_ij = a_ij min(LQ_ij, 1)
        tables["regional_coefficients"] = pl.concat([
            _matrix(codes, a_nat, "national_a"),
            _matrix(codes, lq_used, "lq_ij").select("lq_ij"),
            _matrix(codes, a, "regional_a").select("regional_a")], how="horizontal")
    return IOResult(tables=tables, table=table, options=opts, sizes=sizes, notes=notes)


def _imports(table: IOTable, l_inv: np.ndarray,
             leak: np.ndarray) -> dict[str, np.ndarray] | None:
    """Direct and total import coefficients; regional leakage adds to direct imports."""
    if table.imports is None:
        return None
    x = table.x
    foreign = _coef(table.imports_foreign, x) if table.imports_foreign is not None \
        else np.zeros(table.n)
    regional = _coef(table.imports_regional, x) if table.imports_regional is not None \
        else np.zeros(table.n)
    direct = foreign + regional + leak
    return {"import_foreign": foreign, "import_other_regions": regional,
            "import_leakage": leak, "import_direct": direct,
            "import_total": simple_multipliers(direct, l_inv)}


def io_from_files(table: Path, *, panel: Sequence[Path] = (), mapping: Path | None = None,
                  employment: Path | None = None,
                  options: IOOptions | None = None) -> IOResult:
    """:func:`run_io` on files: a BPS IO table (.xlsx), the PDRB files for
    ``options.region`` (BPS rows repaired as every verb does; their total checks in
    ``checks``), a sector mapping CSV ``io_sector,pdrb_category`` and an employment CSV
    ``sector,workers``."""
    from rancang.sources import read_panel_checked
    from rancang.sources.bps_io import read_bps_io
    from rancang.sources.io_extras import read_employment, read_sector_mapping

    opts = options or IOOptions()
    io_table = read_bps_io(table)
    pdrb, checks = (read_panel_checked(list(panel)) if panel
                    else (None, []))
    if mapping is not None:
        opts = dataclasses.replace(opts, mapping=read_sector_mapping(mapping))
    if employment is not None:
        opts = dataclasses.replace(opts, employment=read_employment(employment))
    result = run_io(io_table, pdrb, opts)
    result.checks = list(checks)
    return result
