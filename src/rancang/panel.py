"""The analytic core: a dense region x industry x year cube with its labels.

Every reader in :mod:`rancang.sources` produces a :class:`Panel`; every method in
:mod:`rancang.analysis` works on its ``values`` array. Reference economies (province rows,
the national row of a BPS file) travel with the panel as a second, aligned panel in
``references``: they are never analysed as regions.
"""

from __future__ import annotations

import functools
from collections.abc import Iterable
from dataclasses import dataclass, field, replace
from typing import Any

import numpy as np
import polars as pl

from rancang.core.errors import InputError, Problem
from rancang.core.i18n import Msg

LONG_COLUMNS = ("region_code", "industry_code", "year", "value")


def to_polars(frame: Any) -> pl.DataFrame:
    """Accept a polars or pandas frame (or anything polars can read) and return polars."""
    if isinstance(frame, pl.DataFrame):
        return frame
    if isinstance(frame, pl.LazyFrame):
        return frame.collect()
    try:
        import pandas as pd
    except ImportError:  # pragma: no cover - pandas is a dependency
        pd = None
    if pd is not None and isinstance(frame, pd.DataFrame):
        return pl.from_pandas(frame)
    return pl.DataFrame(frame)


@dataclass(frozen=True, eq=False)
class Panel:
    """A dense float64 cube ``values[region, industry, year]`` with label arrays.

    Parameters
    ----------
    values : ndarray of shape (R, I, T)
        The measure, e.g. PDRB at constant prices in billion rupiah.
    region_codes : sequence of str, length R
        Region codes in the form they came in (BPS ``7203`` or Kemendagri ``72.06``).
    industry_codes : sequence of str, length I
        PDRB category letters (``A`` .. ``R_S_T_U``) or KBLI codes.
    years : sequence of int, length T, increasing
    region_names, industry_names : optional sequences of str
    parent_codes : optional sequence, length R
        Code of each region's reference economy (its province row) when known.
    references : Panel, optional
        Reference economies (province rows, national row) aligned on industries and years.
    measure, unit : str
        What the values are (``pdrb_adhk``) and in which unit (``miliar rupiah``).
    classification : str
        Industry classification of ``industry_codes`` (``pdrb17``, ``kbli2020``...).
    synthetic : bool
        True for demo data made by our own generator; shown wherever the data is shown.
    sources : tuple of str
        Files the panel was read from.
    notes : tuple of Msg
        What the readers want the user told about how the files were read (a CSV's
        separator and decimal mark, cells filled with zero); the CLI prints them.
    """

    values: np.ndarray
    region_codes: tuple[str, ...]
    industry_codes: tuple[str, ...]
    years: tuple[int, ...]
    region_names: tuple[str, ...] = ()
    industry_names: tuple[str, ...] = ()
    parent_codes: tuple[str | None, ...] = ()
    references: Panel | None = None
    measure: str = "value"
    unit: str = ""
    classification: str = "pdrb17"
    synthetic: bool = False
    sources: tuple[str, ...] = field(default=())
    notes: tuple[Msg, ...] = field(default=())

    def __post_init__(self) -> None:
        v = np.asarray(self.values, dtype=np.float64)
        object.__setattr__(self, "values", v)
        object.__setattr__(self, "region_codes", tuple(str(c) for c in self.region_codes))
        object.__setattr__(self, "industry_codes", tuple(str(c) for c in self.industry_codes))
        object.__setattr__(self, "years", tuple(int(y) for y in self.years))
        if v.ndim != 3:
            raise ValueError(Msg("panel.values_3d", shape=v.shape))
        r, i, t = v.shape
        if (len(self.region_codes), len(self.industry_codes), len(self.years)) != (r, i, t):
            labels = (len(self.region_codes), len(self.industry_codes), len(self.years))
            raise ValueError(Msg("panel.label_lengths", labels=labels, shape=v.shape))
        if not self.region_names:
            object.__setattr__(self, "region_names", self.region_codes)
        if not self.industry_names:
            object.__setattr__(self, "industry_names", self.industry_codes)
        if not self.parent_codes:
            object.__setattr__(self, "parent_codes", (None,) * r)
        if len(self.region_names) != r or len(self.industry_names) != i:
            raise ValueError(Msg("panel.name_lengths"))
        if len(self.parent_codes) != r:
            raise ValueError(Msg("panel.parent_lengths"))
        if list(self.years) != sorted(set(self.years)):
            raise ValueError(Msg("panel.years_increasing"))
        if self.references is not None and (
            self.references.industry_codes != self.industry_codes
            or self.references.years != self.years
        ):
            raise ValueError(Msg("panel.references_aligned"))

    # ------------------------------------------------------------------ shape and labels
    @property
    def shape(self) -> tuple[int, int, int]:
        r, i, t = self.values.shape
        return r, i, t

    def __repr__(self) -> str:
        r, i, t = self.shape
        span = f"{self.years[0]}-{self.years[-1]}" if self.years else "no years"
        tag = ", synthetic" if self.synthetic else ""
        refs = f", {len(self.references.region_codes)} references" if self.references else ""
        return (
            f"Panel({self.measure}: {r} regions x {i} industries x {t} years {span}"
            f"{refs}{tag})"
        )

    def region_index(self, code: str) -> int:
        """Position of a region given in either code system (BPS ``7203``, Kemendagri ``72.06``)."""
        idx = _code_lookup(self.region_codes).get(_norm_code(code))
        if idx is None:
            raise InputError(Problem(Msg("panel.region_unknown", code=code)))
        return idx

    def has_region(self, code: str) -> bool:
        return _norm_code(code) in _code_lookup(self.region_codes)

    def year_index(self, year: int) -> int:
        try:
            return self.years.index(int(year))
        except ValueError:
            raise InputError(Problem(Msg("panel.year_unknown", year=year, first=self.years[0],
                                         last=self.years[-1]))) from None

    # ------------------------------------------------------------------ selections
    def select_regions(self, codes: Iterable[str]) -> Panel:
        idx = [self.region_index(c) for c in codes]
        return replace(
            self,
            values=self.values[idx],
            region_codes=tuple(self.region_codes[i] for i in idx),
            region_names=tuple(self.region_names[i] for i in idx),
            parent_codes=tuple(self.parent_codes[i] for i in idx),
        )

    def select_years(self, start: int | None = None, end: int | None = None) -> Panel:
        start = self.years[0] if start is None else int(start)
        end = self.years[-1] if end is None else int(end)
        a, b = self.year_index(start), self.year_index(end)
        if start > end:
            raise InputError(Problem(Msg("panel.period_reversed", start=start, end=end)))
        refs = self.references.select_years(start, end) if self.references else None
        return replace(
            self, values=self.values[:, :, a : b + 1], years=self.years[a : b + 1], references=refs
        )

    def total_reference(self) -> np.ndarray:
        """Sum over all regions: the default reference economy, shape (I, T)."""
        return np.asarray(self.values.sum(axis=0))

    def reference_vector(self, code: str | None = None) -> np.ndarray:
        """Reference economy of shape (I, T).

        ``None`` gives the sum of all regions; a code is looked up first among the reference
        rows (province, national) and then among the regions themselves.
        """
        if code is None:
            return self.total_reference()
        if self.references is not None and self.references.has_region(code):
            return np.asarray(self.references.values[self.references.region_index(code)])
        if self.has_region(code):
            return np.asarray(self.values[self.region_index(code)])
        known = list(self.references.region_codes) if self.references else []
        rows: str | Msg = Msg("panel.reference_rows", codes=", ".join(known[:10])) \
            if known else ""
        raise InputError(Problem(Msg("panel.reference_unknown", code=code, rows=rows)))

    def reference_economy(self, code: str | None = None) -> tuple[np.ndarray, str]:
        """Reference economy (I, T) and its label for people (code and name).

        ``None``: the sum of all regions of the input, labelled so; otherwise as
        :meth:`reference_vector`, labelled ``"<code> <name>"``.
        """
        if code is None:
            from rancang.core.i18n import text

            return self.total_reference(), text("reference.all_regions")
        vec = self.reference_vector(code)
        name = code
        if self.references is not None and self.references.has_region(code):
            name = self.references.region_names[self.references.region_index(code)]
        elif self.has_region(code):
            name = self.region_names[self.region_index(code)]
        return vec, f"{code} {name}".strip()

    # ------------------------------------------------------------------ tidy tables
    def to_long(self) -> pl.DataFrame:
        """Tidy long table: region_code, region_name, industry_code, industry_name, year, value."""
        r, i, t = self.shape
        return pl.DataFrame(
            {
                "region_code": np.repeat(np.array(self.region_codes, dtype=object), i * t),
                "region_name": np.repeat(np.array(self.region_names, dtype=object), i * t),
                "industry_code": np.tile(
                    np.repeat(np.array(self.industry_codes, dtype=object), t), r
                ),
                "industry_name": np.tile(
                    np.repeat(np.array(self.industry_names, dtype=object), t), r
                ),
                "year": np.tile(np.array(self.years, dtype=np.int64), r * i),
                "value": self.values.reshape(-1),
            },
            schema={
                "region_code": pl.String,
                "region_name": pl.String,
                "industry_code": pl.String,
                "industry_name": pl.String,
                "year": pl.Int64,
                "value": pl.Float64,
            },
        ).with_columns(measure=pl.lit(self.measure), unit=pl.lit(self.unit))

    @classmethod
    def from_long(
        cls,
        frame: Any,
        *,
        measure: str | None = None,
        unit: str | None = None,
        source: str | None = None,
        classification: str = "pdrb17",
        synthetic: bool = False,
        fill_missing: float | None = None,
    ) -> Panel:
        """Build a panel from a tidy long table.

        Required columns: ``region_code, industry_code, year, value``; optional
        ``region_name, industry_name, measure, unit``. Every region must have every
        industry and year unless ``fill_missing`` is given (e.g. ``0.0`` for register counts).
        Duplicated region-industry-year rows, negative or missing values are refused.
        """
        df = to_polars(frame)
        missing = [c for c in LONG_COLUMNS if c not in df.columns]
        if missing:
            raise InputError(Problem(Msg("panel.missing_columns", columns=", ".join(missing)),
                                     file=source, row=1))
        df = df.with_columns(
            pl.col("region_code").cast(pl.String),
            pl.col("industry_code").cast(pl.String),
        )
        regions = df["region_code"].unique(maintain_order=True).to_list()
        industries = df["industry_code"].unique(maintain_order=True).to_list()
        year_col = df["year"].cast(pl.Int64)
        years = sorted(int(y) for y in year_col.unique().to_list())
        shape = (len(regions), len(industries), len(years))
        values = np.full(shape, np.nan)
        # codes -> positions in first-seen order, in one pass each (Enum categories)
        rx = df["region_code"].cast(pl.Enum(regions)).to_physical().to_numpy().astype(np.intp)
        ix = df["industry_code"].cast(pl.Enum(industries)).to_physical().to_numpy() \
            .astype(np.intp)
        tx = np.searchsorted(np.asarray(years, dtype=np.int64), year_col.to_numpy())
        flat = np.ravel_multi_index((rx, ix, tx), shape)
        counts = np.bincount(flat, minlength=values.size)
        if (counts > 1).any():
            dup = int(np.flatnonzero(counts[flat] > 1)[0])
            raise InputError(
                Problem(
                    Msg("panel.duplicate", region=df["region_code"][dup],
                        industry=df["industry_code"][dup], year=df["year"][dup]),
                    file=source,
                    row=dup + 2,
                    column="region_code,industry_code,year",
                )
            )
        vals = df["value"].cast(pl.Float64, strict=False).to_numpy()
        values.reshape(-1)[flat] = vals
        bad = np.flatnonzero(np.isnan(vals))
        if bad.size:
            raw = df["value"][int(bad[0])]
            raise InputError(
                Problem(
                    Msg("panel.value_not_a_number", value=raw), file=source,
                    row=int(bad[0]) + 2, column="value",
                )
            )
        neg = np.flatnonzero(vals < 0)
        if neg.size:
            raise InputError(
                Problem(
                    Msg("panel.negative_value", value=vals[neg[0]]), file=source,
                    row=int(neg[0]) + 2, column="value",
                )
            )
        holes = np.isnan(values)
        if holes.any():
            if fill_missing is None:
                r0, i0, t0 = (int(a[0]) for a in np.nonzero(holes))
                raise InputError(
                    Problem(
                        Msg("panel.missing_cells", region=regions[r0],
                            industry=industries[i0], year=years[t0], n=int(holes.sum())),
                        file=source,
                    )
                )
            values[holes] = fill_missing

        def names(code_col: str, name_col: str, order: list[str]) -> tuple[str, ...]:
            if name_col not in df.columns:
                return tuple(order)
            pairs = df.select(code_col, name_col).unique(subset=code_col, keep="first")
            lookup = dict(zip(pairs[code_col].to_list(), pairs[name_col].to_list(), strict=True))
            return tuple(str(lookup.get(c) or c) for c in order)

        def single(col: str, given: str | None, default: str) -> str:
            if given is not None:
                return given
            if col in df.columns:
                vals_ = df[col].drop_nulls().unique().to_list()
                if len(vals_) == 1:
                    return str(vals_[0])
            return default

        return cls(
            values=values,
            region_codes=tuple(regions),
            industry_codes=tuple(industries),
            years=tuple(years),
            region_names=names("region_code", "region_name", regions),
            industry_names=names("industry_code", "industry_name", industries),
            measure=single("measure", measure, "value"),
            unit=single("unit", unit, ""),
            classification=classification,
            synthetic=synthetic,
            sources=(source,) if source else (),
        )


def _norm_code(code: str) -> str:
    return str(code).strip()


@functools.lru_cache(maxsize=256)
def _code_lookup(codes: tuple[str, ...]) -> dict[str, int]:
    """Index of each code, reachable in both numbering systems (cached per code tuple;
    callers must not change the returned dict).

    BPS (``7203``) and Kemendagri (``72.06``) codes are different systems: a code is
    translated through the crosswalk in :mod:`rancang.reference.regions`, never by adding
    or removing a dot.
    """
    from rancang.reference.regions import other_code

    lookup: dict[str, int] = {}
    for k, c in enumerate(codes):
        lookup.setdefault(_norm_code(c), k)
    for k, c in enumerate(codes):
        alt = other_code(c)
        if alt is not None:
            lookup.setdefault(alt, k)
    return lookup
