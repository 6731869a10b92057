"""Candidate sites: district (kecamatan) centroids of the chosen regencies, plus user data."""

from __future__ import annotations

import csv
import io
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np
from numpy.typing import NDArray

from rancang.core.errors import InputError, Problem
from rancang.core.i18n import Msg
from rancang.core.text import printable, text_problem
from rancang.sources.numbers import parse_number


@dataclass(frozen=True, eq=False)
class Candidates:
    """Candidate sites with codes, names, regency codes and centroid coordinates."""

    codes: tuple[str, ...]
    names: tuple[str, ...]
    regencies: tuple[str, ...]
    lat: NDArray[np.float64]
    lng: NDArray[np.float64]
    columns: dict[str, NDArray[np.float64]] = field(default_factory=dict)

    def index(self, code: str) -> int:
        return self.codes.index(code)


#: district data columns that count or measure something, never below zero
NON_NEGATIVE = frozenset({"population", "penduduk", "area_km2", "luas_km2", "households",
                          "workers", "tenaga_kerja", "ikm_units", "raw_material"})


def _read(path: Path) -> tuple[list[str], list[list[str]]]:
    """Header and rows of a CSV file (UTF-8, UTF-16 or Windows-1252); an empty, binary or
    unreadable file is an :class:`InputError` naming it."""
    from rancang.core.text import decode_text

    name = Path(path).name
    try:
        data = Path(path).read_bytes()
    except OSError as exc:
        raise InputError(Problem(Msg("siting.cannot_read", error=printable(exc.strerror)),
                                 file=name)) from exc
    text = decode_text(data, file=name)
    try:
        rows = [r for r in csv.reader(io.StringIO(text, newline=""))
                if any(c.strip() for c in r)]
    except csv.Error as exc:
        raise InputError(Problem(Msg("siting.cannot_read", error=printable(exc)),
                                 file=name)) from None
    if not rows:
        raise InputError(Problem(Msg("siting.empty_file"), file=name))
    from rancang.sources._cells import duplicate_headers

    twice = duplicate_headers(rows[0], file=name)
    if twice:  # two columns of one name: one would silently win
        raise InputError(twice)
    return [h.strip() for h in rows[0]], rows[1:]


#: Where a centroid of Indonesia may lie (degrees): a point outside is a typing error,
#: and a latitude in the longitude range means the two columns are swapped.
LAT_RANGE, LNG_RANGE = (-11.5, 6.5), (94.5, 141.5)


def _coordinates(row: list[str], ix: dict[str, int], file: str, line: int,
                 problems: list[Problem]) -> tuple[float, float] | None:
    """The (lat, lng) of a centroid row, or None with the row's problems added."""
    values: dict[str, float] = {}
    for col in ("lat", "lng"):
        raw = row[ix[col]].strip()
        try:
            v = float(raw.replace(",", "."))
        except ValueError:
            v = float("nan")
        if not np.isfinite(v):
            problems.append(Problem(Msg("siting.not_a_number", value=printable(raw, limit=40)),
                                    file, None, line, col))
            continue
        values[col] = v
    if len(values) < 2:
        return None
    lat, lng = values["lat"], values["lng"]
    if LNG_RANGE[0] <= lat <= LNG_RANGE[1] and LAT_RANGE[0] <= lng <= LAT_RANGE[1]:
        problems.append(Problem(Msg("siting.lat_lng_swapped", lat=lat, lng=lng), file, None,
                                line, "lat"))
        return None
    bad = [(col, v, r) for col, v, r in (("lat", lat, LAT_RANGE), ("lng", lng, LNG_RANGE))
           if not r[0] <= v <= r[1]]
    for col, v, r in bad:
        problems.append(Problem(Msg("siting.outside_indonesia", value=v, low=r[0], high=r[1]),
                                file, None, line, col))
    return None if bad else (lat, lng)


LEVELS = {"kec": 2, "desa": 3}


def kemendagri_regency(code: str) -> str:
    """A regency code in Kemendagri form: ``72.06`` as given, BPS ``7203`` translated.

    BPS and Kemendagri number regencies differently (Morowali is BPS 7203 but Kemendagri
    72.06; BPS 7206 is Toli-Toli, 72.04); the crosswalk of
    :mod:`rancang.reference.regions` translates.

    Raises
    ------
    InputError
        A BPS code the crosswalk does not know, or a code in neither form.

    Example
    -------
    >>> kemendagri_regency("7203"), kemendagri_regency("72.06"), kemendagri_regency("72.12.")
    ('72.06', '72.06', '72.12')
    """
    from rancang.reference.regions import bps_to_kemendagri, code_system

    c = str(code).strip().rstrip(".")
    system = code_system(c)
    if system == "kemendagri":
        return c
    if system == "bps":
        hit = bps_to_kemendagri(c)
        if hit is not None and hit.count(".") == 1:
            return hit
        raise InputError(Problem(Msg("siting.bps_not_in_crosswalk", code=c)))
    raise InputError(Problem(Msg("siting.not_a_regency", code=c)))


def _unknown_row(code: str, cand: Candidates, path: Path, row: int, column: str,
                 allow_partial: bool, notes: list[Problem] | None) -> None:
    """A row whose district is not a candidate: error, or a note when it may be skipped.

    Rows of districts outside the chosen regencies are skipped with a note (a province-wide
    table is fine); an unknown district inside them is an error unless ``allow_partial``.
    """
    regencies = set(cand.regencies)
    outside = not any(code.startswith(r + ".") for r in regencies)
    if outside or allow_partial:
        if notes is not None:
            why = Msg("siting.outside" if outside else "siting.not_candidate")
            notes.append(Problem(Msg("siting.row_skipped", code=code, why=why), path.name,
                                 None, row, column))
        return
    raise InputError(Problem(
        Msg("siting.unknown_district", code=code, regencies=", ".join(sorted(regencies))),
        path.name, None, row, column))


def load_district_centroids(
    centroids: Path, regencies: Sequence[str], *, names: Path | None = None,
    level: str = "kec",
) -> Candidates:
    """Districts (or villages) of ``regencies`` from a table ``level,kode,nama,lat,lng``.

    Parameters
    ----------
    centroids : Path
        CSV with ``kode,nama,lat,lng`` (and optionally ``level``); Kemendagri dotted codes.
    regencies : sequence of str
        Regency codes, Kemendagri ``72.06`` or BPS ``7203`` (translated by
        :func:`kemendagri_regency`); candidates are the codes below them.
    names : Path, optional
        Table ``code,regency_code,name`` whose names take precedence.
    level : {"kec", "desa"}
        Districts (``72.06.05``) or villages (``72.06.05.1014``).

    Returns
    -------
    Candidates
    """
    if level not in LEVELS:
        raise InputError(Problem(Msg("siting.bad_level", levels=", ".join(LEVELS))))
    dots = LEVELS[level]
    header, rows = _read(centroids)
    need = ("kode", "nama", "lat", "lng")
    missing = [c for c in need if c not in header]
    if missing:
        raise InputError([Problem(Msg("siting.missing_column", column=c),
                                  Path(centroids).name, None, 1, c) for c in missing])
    ix = {c: header.index(c) for c in header}
    name_of: dict[str, str] = {}
    if names is not None:
        h2, r2 = _read(names)
        if "code" in h2 and "name" in h2:
            name_of = {r[h2.index("code")].strip(): r[h2.index("name")].strip() for r in r2}
    regencies = [kemendagri_regency(r) for r in regencies]
    prefixes = tuple(r + "." for r in regencies)
    codes, nms, regs, lat, lng = [], [], [], [], []
    file = Path(centroids).name
    problems: list[Problem] = []
    seen: dict[str, int] = {}
    for line, r in enumerate(rows, start=2):
        if len(r) < len(header):
            problems.append(Problem(Msg("siting.short_row", found=len(r), expected=len(header)),
                                    file, None, line, None))
            continue
        code = r[ix["kode"]].strip()
        row_level = r[ix["level"]].strip() if "level" in ix else level
        if row_level != level or not code.startswith(prefixes) or code.count(".") != dots:
            continue
        if code in seen:
            problems.append(Problem(Msg("siting.duplicate_district", code=code,
                                        row=seen[code]), file, None, line, "kode"))
            continue
        seen[code] = line
        name = name_of.get(code, r[ix["nama"]].strip())
        wrong = text_problem(name, max_length=200)
        if wrong is not None:
            problems.append(Problem(wrong, file, None, line, "nama"))
        point = _coordinates(r, ix, file, line, problems)
        if point is None or wrong is not None:
            continue
        codes.append(code)
        nms.append(name)
        regs.append(code.rsplit(".", 1)[0])
        lat.append(point[0])
        lng.append(point[1])
    if problems:
        raise InputError(problems)
    if not codes:
        raise InputError(Problem(Msg("siting.no_candidates", level=level,
                                     regencies=list(regencies)), file=Path(centroids).name))
    return Candidates(tuple(codes), tuple(nms), tuple(regs), np.array(lat), np.array(lng))


def read_columns(path: Path, cand: Candidates, *, code_column: str = "district_code",
                 allow_partial: bool = False, notes: list[Problem] | None = None,
                 ) -> dict[str, NDArray[np.float64]]:
    """Numeric columns of a user table keyed by district code; absent districts get NaN.

    Parameters
    ----------
    path : Path
        CSV ``district_code`` + numeric columns (``population``, ``area_km2``...).
    cand : Candidates
    code_column : str
    allow_partial : bool
        Skip (with a note) rows of districts that are not candidates; otherwise such a row
        inside the chosen regencies is an error. Rows outside them are always skipped with
        a note.
    notes : list of Problem, optional
        Receives the skipped rows (file, row, column).

    Raises
    ------
    InputError
        Missing code column, a duplicated district, text in a number cell, an unknown
        district (see ``allow_partial``), naming file, row and column.
    """
    path = Path(path)
    header, rows = _read(path)
    if code_column not in header:
        raise InputError(Problem(Msg("siting.missing_column", column=code_column), path.name,
                                 None, 1, code_column))
    ic = header.index(code_column)
    cols = [h for h in header if h != code_column and h not in ("district_name", "name")]
    out = {c: np.full(len(cand.codes), np.nan) for c in cols}
    problems = []
    seen: dict[str, int] = {}
    for k, r in enumerate(rows, start=2):
        code = r[ic].strip() if ic < len(r) else ""
        if code not in cand.codes:
            try:
                _unknown_row(code, cand, path, k, code_column, allow_partial, notes)
            except InputError as exc:
                problems.extend(exc.problems)
            continue
        if code in seen:
            problems.append(Problem(Msg("siting.duplicate_district", code=code,
                                        row=seen[code]), path.name, None, k, code_column))
            continue
        seen[code] = k
        i = cand.index(code)
        for c in cols:
            raw = r[header.index(c)].strip() if header.index(c) < len(r) else ""
            if not raw:
                continue
            value = parse_number(raw)  # the shared parser: no inf, NaN or #REF!
            if value is None:
                problems.append(Problem(Msg("siting.not_a_number", value=raw), path.name,
                                        None, k, c))
            elif value < 0 and c.lower() in NON_NEGATIVE:
                problems.append(Problem(Msg("siting.negative_value", value=raw), path.name,
                                        None, k, c))
            else:
                out[c][i] = value
    if problems:
        raise InputError(problems)
    return out


def read_ikm_units(path: Path, cand: Candidates, *,
                   groups: Sequence[str] | None = None, allow_partial: bool = False,
                   notes: list[Problem] | None = None) -> dict[str, NDArray[np.float64]]:
    """IKM units per district and product group from ``district_code,product_group,units``.

    Returns ``ikm_<group>`` columns (0 where a district has none) and ``ikm_units`` (their
    sum over the selected groups). Rows of districts that are not candidates: as in
    :func:`read_columns` (an error inside the chosen regencies unless ``allow_partial``,
    a note in ``notes`` otherwise).
    """
    path = Path(path)
    header, rows = _read(path)
    need = ("district_code", "product_group", "units")
    missing = [c for c in need if c not in header]
    if missing:
        raise InputError([Problem(Msg("siting.missing_column", column=c), Path(path).name,
                                  None, 1, c) for c in missing])
    ic, ig, iu = (header.index(c) for c in need)
    out: dict[str, NDArray[np.float64]] = {}
    problems = []
    for k, r in enumerate(rows, start=2):
        r = r + [""] * (len(header) - len(r))  # a short row: its missing cells blank
        code, group = r[ic].strip(), r[ig].strip()
        if groups and group not in groups:
            continue
        parsed = parse_number(r[iu]) if iu < len(r) else None
        if parsed is None:
            problems.append(Problem(Msg("siting.not_a_number",
                                        value=r[iu] if iu < len(r) else ""),
                                    Path(path).name, None, k, "units"))
            continue
        units = parsed
        if units < 0:
            problems.append(Problem(Msg("siting.negative_units"), Path(path).name, None, k,
                                    "units"))
        elif not float(units).is_integer():  # a count of units
            problems.append(Problem(Msg("siting.whole_units", value=r[iu].strip()),
                                    Path(path).name, None, k, "units"))
        if code in cand.codes:
            key = "ikm_" + group.lower().replace(" ", "_")
            out.setdefault(key, np.zeros(len(cand.codes)))[cand.index(code)] += units
        else:
            try:
                _unknown_row(code, cand, path, k, "district_code", allow_partial, notes)
            except InputError as exc:
                problems.extend(exc.problems)
    if problems:
        raise InputError(problems)
    out["ikm_units"] = (np.sum(list(out.values()), axis=0) if out
                        else np.zeros(len(cand.codes)))
    return out


def register_ikm_units(
    engine: object, cand: Candidates, *, groups: Sequence[str] | None = None,
    year: int | None = None,
) -> dict[str, NDArray[np.float64]]:
    """IKM units per candidate and product group, counted in the industry register.

    Parameters
    ----------
    engine : sqlalchemy.Engine
        The register database (``rancang registry import``).
    cand : Candidates
        Districts (``72.06.05``) or villages (``72.06.05.1014``) of one or more regencies.
    groups : sequence of str, optional
        KBLI 2020 divisions to count (``10`` food, ``16`` wood, ``25`` metal products,
        ``31`` furniture ...); default every manufacturing division.
    year : int, optional
        Register year (default: the latest year of each regency's register).

    Returns
    -------
    dict
        ``ikm_<division>`` columns and ``ikm_units`` (their sum), the same shape as
        :func:`read_ikm_units`.

    Notes
    -----
    A firm counts once, with its latest period of the year, when its Permenperin 64/2016
    size class is not ``large`` (IKM = industri kecil dan menengah); firms whose size
    cannot be classified (no workers or investment figure) count as IKM, as in the
    offices' IKM lists they come from.
    """
    import polars as pl

    from rancang.features.registry.panel import latest_in_year, load_register

    column = "village_code" if any(c.count(".") >= 3 for c in cand.codes) else "district_code"
    out: dict[str, NDArray[np.float64]] = {}
    index = {c: i for i, c in enumerate(cand.codes)}
    for regency in sorted(set(cand.regencies)):
        frame = load_register(engine, regency=regency)  # type: ignore[arg-type]
        if frame.height == 0:
            continue
        firms = (
            latest_in_year(frame, year)
            .with_columns(pl.col("kbli").str.slice(0, 2).alias("group"))
            .filter(pl.col("size_class").is_null() | (pl.col("size_class") != "large"))
        )
        if groups:
            firms = firms.filter(pl.col("group").is_in(list(groups)))
        counts = firms.group_by(column, "group").len()
        for code, group, n in counts.iter_rows():
            if code in index:
                key = f"ikm_{group}"
                out.setdefault(key, np.zeros(len(cand.codes)))[index[code]] += n
    out = dict(sorted(out.items()))
    out["ikm_units"] = (np.sum(list(out.values()), axis=0) if out
                        else np.zeros(len(cand.codes)))
    return out


def register_unmet_needs(
    engine: object, cand: Candidates, *, groups: Sequence[str] | None = None,
) -> tuple[NDArray[np.float64], int]:
    """Buyers' open needs without an adequate local supplier in each candidate, and those
    of the candidates' regencies that name no district (counted in no candidate).

    The needs are those of unmet demand, from the installed features' ``demand`` hooks
    (the matching feature's: the numbers of ``GET /api/v1/match/unmet``, every need
    whoever posted it): a need whose
    region is a candidate district (``72.06.05``) or lies inside it (a village) counts
    there. ``groups`` keeps the needs of those KBLI prefixes (``10``, ``1079``). A district
    where buyers cannot find a supplier is a market for a new sentra (benefit criterion
    ``unmet_needs``). Without a provider or its tables: zeros.
    """
    from rancang.core.features import installed

    counts = np.zeros(len(cand.codes))
    providers = installed().demand()  # the matching feature's, when it is installed
    if not providers:
        return counts, 0

    index = {c: i for i, c in enumerate(cand.codes)}
    regencies = sorted(set(cand.regencies))
    unplaced = 0
    for regency in regencies:
        for row in (r for hook in providers for r in hook(engine, regency)):
            if groups and not any(row["kbli"].startswith(g) for g in groups):
                continue
            parts = row["region"].split(".")
            hit = next((index[".".join(parts[:k])] for k in range(len(parts), 2, -1)
                        if ".".join(parts[:k]) in index), None)
            if hit is None:
                unplaced += int(row["needs"])
            else:
                counts[hit] += row["needs"]
    return counts, unplaced
