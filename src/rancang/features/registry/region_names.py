"""Locations given by name: regency, district and village names resolved to Kemendagri
codes inside the importer's region (issue 11, "region from names").

Offices often write ``Kabupaten/Kota = Morowali`` and ``Kecamatan = Bungku Tengah`` with
no code column. Each name is compared after :func:`place_key` (case, the prefixes
"Kabupaten", "Kab.", "Kota", "Kecamatan", "Desa", "Kelurahan"..., punctuation and spaces
ignored) with the Kemendagri names of ``reference/data`` (idn-area-data, ODbL), first among
the places of the importer's region. A name that matches no place exactly is taken when
one place of the region is clearly closest (rapidfuzz ``WRatio`` >= :data:`ACCEPT`, the next
one at least :data:`MARGIN` behind); otherwise the row gets a problem listing the closest
places. Every distinct name resolved, and how, is reported; the codes are stored.
"""

from __future__ import annotations

import gzip
import re
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

import polars as pl

from rancang.core.actors import Scope
from rancang.core.errors import Problem
from rancang.core.i18n import Msg

ACCEPT = 90.0
MARGIN = 5.0
SUGGEST = 3
PREFIXES = re.compile(
    r"^(kabupaten|kab|kota adm|kota administrasi|kota|kecamatan|kec|distrik|desa|kelurahan|"
    r"kel|ds|kampung|gampong|nagari)\b\.?\s*")


def place_key(name: str | None) -> str:
    """A place name reduced for matching.

    >>> place_key("Kab. Morowali"), place_key("KABUPATEN MOROWALI"), place_key("morowali")
    ('morowali', 'morowali', 'morowali')
    >>> place_key("Kec. Bungku Tengah"), place_key("Desa Bahomohoni"), place_key(None)
    ('bungkutengah', 'bahomohoni', '')
    """
    if not name:
        return ""
    n = name.lower().strip()
    n = PREFIXES.sub("", n)
    return re.sub(r"[^a-z0-9]", "", n)


def _read(name: str) -> pl.DataFrame:
    data = resources.files("rancang.reference").joinpath(f"data/{name}").read_bytes()
    if name.endswith(".gz"):
        data = gzip.decompress(data)
    return pl.read_csv(data, infer_schema=False, quote_char='"')


@lru_cache(maxsize=1)
def places() -> dict[str, pl.DataFrame]:
    """Kemendagri regencies, districts and villages: ``code``, ``name``, ``key``."""
    out = {}
    for level, file in (("regency", "regencies.csv"), ("district", "districts.csv"),
                        ("village", "villages.csv.gz")):
        frame = _read(file).select("code", "name")
        out[level] = frame.with_columns(
            pl.Series("key", [place_key(n) for n in frame["name"]], dtype=pl.String))
    return out


LEVELS = (("regency", "regency_name", "regency_code"),
          ("district", "district_name", "district_code"),
          ("village", "village_name", "village_code"))


@dataclass(frozen=True)
class Resolved:
    """One distinct name resolved: its level, the name as written, the code and name it
    was resolved to, how (``exact`` or ``spelling``) and on how many rows."""

    level: str
    written: str
    code: str
    name: str
    how: str
    rows: int

    def as_dict(self) -> dict[str, object]:
        """JSON-ready."""
        return dict(self.__dict__)


def _within(codes: pl.DataFrame, parents: list[str]) -> pl.DataFrame:
    if not parents:
        return codes
    cond = pl.lit(False)
    for p in parents:
        cond = cond | (pl.col("code") == p) | pl.col("code").str.starts_with(p + ".")
    return codes.filter(cond)


def _best(key: str, options: pl.DataFrame) -> tuple[list[tuple[str, str, float]], bool]:
    """Closest places to ``key`` (code, name, score), and whether the first is clear."""
    from rapidfuzz import fuzz, process

    keys = options["key"].to_list()
    found = process.extract(key, keys, scorer=fuzz.WRatio, limit=SUGGEST)
    out = [(options["code"][i], options["name"][i], float(score)) for _, score, i in found]
    clear = bool(out) and out[0][2] >= ACCEPT and (
        len(out) == 1 or out[0][2] - out[1][2] >= MARGIN)
    return out, clear


def resolve_names(frame: pl.DataFrame, scope: Scope, headers: dict[str, str], *,
                  file: str, sheet: str | None) -> tuple[pl.DataFrame, list[Problem],
                                                        list[Resolved]]:
    """Fill ``regency_code``, ``district_code`` and ``village_code`` from the name columns
    of one sheet where the code is missing.

    Parameters
    ----------
    frame : polars.DataFrame
        A validated sheet (:func:`rancang.features.registry.validate.validate_table`).
    scope : Scope
        Where the importer may import: names are looked up there first.
    headers : dict
        field -> the sheet's own column header (for the problems).
    file, sheet : str
        Where the sheet comes from (for the problems).

    Returns
    -------
    (DataFrame, list of Problem, list of Resolved)
    """
    present = [(lvl, n, c) for lvl, n, c in LEVELS if n in frame.columns]
    if not present:
        return frame, [], []
    ref = places()
    problems: list[Problem] = []
    resolved: list[Resolved] = []
    out = frame
    for level, name_col, code_col in LEVELS:
        if name_col not in out.columns:
            continue
        if code_col not in out.columns:
            out = out.with_columns(pl.lit(None, pl.String).alias(code_col))
        parent = {"district": "regency_code", "village": "district_code"}.get(level)
        todo = out.filter(pl.col(code_col).is_null() & pl.col(name_col).is_not_null())
        if todo.height == 0:
            continue
        groups = todo.group_by(name_col, *( [parent] if parent and parent in out.columns
                                            else []), maintain_order=True).agg(
            pl.col("_row"))
        mapping: dict[tuple[str, str | None], str] = {}
        for g in groups.iter_rows(named=True):
            written = g[name_col]
            above = g.get(parent) if parent else None
            parents = [above] if above else list(scope.regions)
            options = _within(ref[level], parents)
            key = place_key(written)
            exact = options.filter(pl.col("key") == key)
            if exact.height == 1:
                code, name, how = exact["code"][0], exact["name"][0], "exact"
            else:
                best, clear = _best(key, options) if options.height else ([], False)
                if exact.height == 0 and clear:
                    code, name, how = best[0][0], best[0][1], "spelling"
                else:
                    elsewhere = (ref[level].filter(pl.col("key") == key)
                                 if not above and not scope.everywhere else pl.DataFrame())
                    if exact.height == 0 and elsewhere.height == 1:
                        # a place outside the region: the code says so, and the region
                        # check refuses the row with it
                        code, name, how = elsewhere["code"][0], elsewhere["name"][0], "exact"
                    else:
                        choices = exact if exact.height > 1 else pl.DataFrame(
                            {"code": [b[0] for b in best], "name": [b[1] for b in best]},
                            schema={"code": pl.String, "name": pl.String})
                        hint = ", ".join(f"{n} ({c})" for c, n in
                                         choices.select("code", "name").head(5).iter_rows())
                        key_msg = ("registry.place_ambiguous" if exact.height > 1
                                   else "registry.place_unknown")
                        for row in g["_row"]:
                            problems.append(Problem(
                                Msg(key_msg, level=Msg(f"registry.level_{level}"),
                                    value=written, hint=hint or "-"),
                                file=file, sheet=sheet, row=row,
                                column=headers.get(name_col, name_col)))
                        continue
            mapping[(written, above)] = code
            resolved.append(Resolved(level, written, code, name, how, len(g["_row"])))
        if mapping:
            keys = pl.DataFrame({name_col: [k[0] for k in mapping],
                                 "_above": [k[1] for k in mapping],
                                 "_code": list(mapping.values())},
                                schema={name_col: pl.String, "_above": pl.String,
                                        "_code": pl.String})
            left = out.with_columns((pl.col(parent) if parent and parent in out.columns
                                     else pl.lit(None, pl.String)).alias("_above"))
            out = (left.join(keys, on=[name_col, "_above"], how="left", nulls_equal=True,
                             maintain_order="left")
                   .with_columns(pl.coalesce(code_col, "_code").alias(code_col))
                   .drop("_above", "_code"))
        # parents follow from the codes found
        if level in ("district", "village"):
            n = 5 if level == "district" else 8
            above_col = "regency_code" if level == "district" else "district_code"
            derived = pl.col(code_col).str.slice(0, n)
            out = out.with_columns(
                (pl.coalesce(above_col, derived) if above_col in out.columns else derived)
                .alias(above_col))
    # every code implies its parents
    if "district_code" in out.columns:
        out = out.with_columns(pl.coalesce(
            "regency_code" if "regency_code" in out.columns else pl.lit(None, pl.String),
            pl.col("district_code").str.slice(0, 5)).alias("regency_code"))
    if "regency_code" in out.columns:
        out = out.with_columns(pl.coalesce(
            "province_code" if "province_code" in out.columns else pl.lit(None, pl.String),
            pl.col("regency_code").str.slice(0, 2)).alias("province_code"))
    return out, problems, resolved
