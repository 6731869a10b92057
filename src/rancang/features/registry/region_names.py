"""Locations given by name: regency, district and village names resolved to Kemendagri
codes inside the importer's region (issue 11, "region from names").

Offices often write ``Kabupaten/Kota = Morowali``, ``Kecamatan = Bahodopi`` and
``Desa/Kelurahan = Lalampu`` with no code column. Each name is compared after
:func:`place_key` (case, the prefixes "Kabupaten", "Kab.", "Kota", "Kecamatan", "Desa",
"Kelurahan"..., punctuation and spaces ignored, abbreviations such as "Kep." written out)
with the Kemendagri names of ``reference/data`` (idn-area-data, ODbL), under the nearest code
given or found on its row (a village under its district, else its regency, else the
importer's region): village names repeat across districts, so the district on the row
decides, and a name still found more than once is a problem listing its candidates, never
a guess. The order of the look-up (exact name, the name in a neighbouring district after a
split, closest spelling by normalised Levenshtein similarity >= :data:`ACCEPT` with the next
one :data:`MARGIN` behind, suggestions) is :func:`_match`'s. Every distinct name resolved,
and how, is reported; the codes are stored.
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

ACCEPT = 85.0
MARGIN = 5.0
SUGGEST = 3
PREFIXES = re.compile(
    r"^(kabupaten|kab|kota adm|kota administrasi|kota|kecamatan|kec|distrik|desa|kelurahan|"
    r"kel|ds|kampung|gampong|nagari)\b\.?\s*")
#: the kind a written prefix names: a regency (``kab``) or a city (``kota``), a village
#: (``desa``, Kemendagri code ``xx.xx.xx.2xxx``) or an urban village (``kel``, ``.1xxx``)
KINDS = {"kabupaten": "kab", "kab": "kab", "kota adm": "kota", "kota administrasi": "kota",
         "kota": "kota", "desa": "desa", "ds": "desa", "kelurahan": "kel", "kel": "kel"}
#: abbreviations offices write, as whole words
ABBREVIATIONS = {"kep": "kepulauan", "kepl": "kepulauan", "sel": "selatan", "slt": "selatan",
                 "utr": "utara", "ut": "utara", "tim": "timur", "tmr": "timur",
                 "brt": "barat", "bar": "barat", "teng": "tengah", "tgh": "tengah"}
_WORD = re.compile(r"[a-z0-9]+")


def _words(name: str) -> str:
    return "".join(ABBREVIATIONS.get(w, w) for w in _WORD.findall(name))


def place_key(name: str | None) -> str:
    """A place name reduced for matching: lower case, the first prefix ("Kabupaten",
    "Kab.", "Kota", "Kec.", "Desa", "Kel."...), punctuation and spaces dropped, the
    abbreviations of :data:`ABBREVIATIONS` written out.

    >>> place_key("Kab. Morowali"), place_key("KABUPATEN MOROWALI"), place_key("morowali")
    ('morowali', 'morowali', 'morowali')
    >>> place_key("Kec. Bungku Tengah"), place_key("Desa Bahomohoni"), place_key(None)
    ('bungkutengah', 'bahomohoni', '')
    >>> place_key("Menui Kep."), place_key("Bungku Tgh")
    ('menuikepulauan', 'bungkutengah')
    """
    if not name:
        return ""
    return _words(PREFIXES.sub("", name.lower().strip()))


def full_key(name: str | None) -> str:
    """:func:`place_key` keeping the prefix: "Kampung Kusamba" stays apart from "Kusamba".

    >>> full_key("Kampung Kusamba"), place_key("Kampung Kusamba")
    ('kampungkusamba', 'kusamba')
    """
    return _words(name.lower().strip()) if name else ""


def prefix_kind(name: str | None) -> str | None:
    """The kind of place a written prefix names (:data:`KINDS`), if any.

    >>> prefix_kind("Kel. Matano"), prefix_kind("Kota Bima"), prefix_kind("Matano")
    ('kel', 'kota', None)
    """
    m = PREFIXES.match(name.lower().strip()) if name else None
    return KINDS.get(m.group(1)) if m else None


def _kind_of(level: str, code: str, name: str) -> str | None:
    if level == "regency":
        return prefix_kind(name)
    if level == "village":
        return {"1": "kel", "2": "desa"}.get(code[9:10])
    return None


def _read(name: str) -> pl.DataFrame:
    data = resources.files("rancang.reference").joinpath(f"data/{name}").read_bytes()
    if name.endswith(".gz"):
        data = gzip.decompress(data)
    return pl.read_csv(data, infer_schema=False, quote_char='"')


@lru_cache(maxsize=1)
def places() -> dict[str, pl.DataFrame]:
    """Kemendagri regencies, districts and villages: ``code``, ``name``, ``key``
    (:func:`place_key`), ``full`` (:func:`full_key`), ``kind`` (:func:`prefix_kind` of a
    regency's name; ``desa``/``kel`` from a village's code), ``parent`` (the code above)."""
    out = {}
    for level, file in (("regency", "regencies.csv"), ("district", "districts.csv"),
                        ("village", "villages.csv.gz")):
        frame = _read(file).select("code", "name")
        codes, names = frame["code"].to_list(), frame["name"].to_list()
        out[level] = frame.with_columns(
            pl.Series("key", [place_key(n) for n in names], dtype=pl.String),
            pl.Series("full", [full_key(n) for n in names], dtype=pl.String),
            pl.Series("kind", [_kind_of(level, c, n) for c, n in zip(codes, names,
                                                                       strict=True)],
                      dtype=pl.String),
            pl.col("code").str.replace(r"\.[^.]+$", "").alias("parent"))
    return out


LEVELS = (("regency", "regency_name", "regency_code"),
          ("district", "district_name", "district_code"),
          ("village", "village_name", "village_code"))
#: the code columns that can stand above a level, nearest first
ABOVE = {"regency": ("province_code",),
         "district": ("regency_code", "province_code"),
         "village": ("district_code", "regency_code", "province_code")}


#: the code columns above a level and the length of their code
PARENTS = {"regency": (("province_code", 2),),
           "district": (("regency_code", 5), ("province_code", 2)),
           "village": (("district_code", 8), ("regency_code", 5), ("province_code", 2))}


@dataclass(frozen=True)
class Resolved:
    """One distinct name resolved: its level, the name as written, the code and name it
    was resolved to, how (``exact``, ``spelling``, or ``moved``: the exact name found in
    another district of the regency, or another regency of the province, than the one
    given on the row, as after a split; ``place`` names where) and on how many rows."""

    level: str
    written: str
    code: str
    name: str
    how: str
    rows: int
    place: str = ""

    def as_dict(self) -> dict[str, object]:
        """JSON-ready."""
        return dict(self.__dict__)


@lru_cache(maxsize=16)
def _index(level: str, width: int) -> dict[str, pl.DataFrame]:
    """The places of ``level`` by the first ``width`` characters of their code (2: the
    province, 5: the regency, 8: the district)."""
    frame = places()[level].with_columns(pl.col("code").str.slice(0, width).alias("_p"))
    return {str(k[0]): v.drop("_p") for k, v in
            frame.partition_by("_p", as_dict=True, maintain_order=True).items()}


def _within(level: str, parents: list[str]) -> pl.DataFrame:
    """The places of ``level`` under any of ``parents`` (all of them when none)."""
    ref = places()[level]
    if not parents:
        return ref
    parts = [_index(level, len(p)).get(p) for p in parents]
    found = [f for f in parts if f is not None and f.height]
    return pl.concat(found) if found else ref.clear()


def _exact(written: str, options: pl.DataFrame) -> pl.DataFrame:
    """The options named ``written``: by the whole name first ("Kampung Kusamba"), then
    without its prefix, narrowed by the kind the prefix names ("Kel. Oesao" is the
    kelurahan, "Kota Bima" the city) when that leaves any."""
    whole = options.filter(pl.col("full") == full_key(written))
    if whole.height == 1:
        return whole
    found = options.filter(pl.col("key") == place_key(written))
    kind = prefix_kind(written)
    if found.height > 1 and kind is not None:
        narrowed = found.filter(pl.col("kind") == kind)
        if narrowed.height:
            return narrowed
    return found


def _best(key: str, options: pl.DataFrame) -> tuple[list[tuple[str, str, float]], bool]:
    """Closest places to ``key`` (code, name, score), and whether the first is clear: a
    normalised Levenshtein similarity (rapidfuzz ``ratio``) of at least :data:`ACCEPT`,
    the next one at least :data:`MARGIN` behind. Otherwise the suggestions are ranked by
    rapidfuzz ``WRatio``, which also finds longer names containing the one written: "Baru"
    suggests "Baru Jaya" and is never taken for it.

    >>> opts = pl.DataFrame({"code": ["1", "2"], "name": ["Baru Jaya", "Lalampu"],
    ...                      "key": ["barujaya", "lalampu"]})
    >>> _best("lalampuu", opts)[1], _best("baru", opts)
    (True, ([('1', 'Baru Jaya', 90.0), ('2', 'Lalampu', 45.0)], False))
    """
    from rapidfuzz import fuzz, process

    keys = options["key"].to_list()
    found = process.extract(key, keys, scorer=fuzz.ratio, limit=SUGGEST)
    out = [(options["code"][i], options["name"][i], float(score)) for _, score, i in found]
    clear = bool(out) and out[0][2] >= ACCEPT and (
        len(out) == 1 or out[0][2] - out[1][2] >= MARGIN)
    if not clear:
        found = process.extract(key, keys, scorer=fuzz.WRatio, limit=SUGGEST)
        out = [(options["code"][i], options["name"][i], float(score))
               for _, score, i in found]
    return out, clear


def _hint(level: str, choices: list[tuple[str, str]]) -> str:
    """Candidates as ``name (code)``; a village also names its district."""
    if level != "village":
        return ", ".join(f"{n} ({c})" for c, n in choices[:5])
    districts = dict(places()["district"].filter(pl.col("code").is_in(
        [c[:8] for c, _ in choices])).select("code", "name").iter_rows())
    return ", ".join(f"{n} ({c}, {districts.get(c[:8], c[:8])})" for c, n in choices[:5])


def _place_name(level: str, code: str) -> str:
    frame = places()[level].filter(pl.col("code") == code)
    return frame["name"][0] if frame.height else code


@dataclass(frozen=True)
class _Outcome:
    """What one written name came to: a place (code, name, how, place) or a problem
    (catalogue key and the candidates it lists)."""

    code: str | None = None
    name: str = ""
    how: str = ""
    place: str = ""
    problem: str = ""
    choices: tuple[tuple[str, str], ...] = ()


def _found(frame: pl.DataFrame, how: str, place: str = "") -> _Outcome:
    return _Outcome(code=frame["code"][0], name=frame["name"][0], how=how, place=place)


def _match(level: str, written: str, above: str | None, scope: Scope) -> _Outcome:
    """One written name of ``level`` under the code ``above`` (the nearest code given or
    found on its row; none: the importer's region).

    In order: the exact name under ``above`` (:func:`_exact`; several: ambiguous, never a
    guess); the exact name one level wider (a village of another district of the same
    regency, a district of another regency of the province: the area was split, or the
    row names the old one); the closest spelling under ``above`` (:func:`_best`); with no
    code above and a limited region, the exact name elsewhere (the region check then
    refuses the row with its code); otherwise unknown, with the closest places.
    """
    ref = places()[level]
    options = _within(level, [above] if above else list(scope.regions))
    exact = _exact(written, options)
    if exact.height == 1:
        return _found(exact, "exact")
    if exact.height > 1:
        return _Outcome(problem="registry.place_ambiguous",
                        choices=tuple(exact.select("code", "name").iter_rows()))
    direct = {"district": 1, "village": 2}.get(level)
    if above and direct is not None and above.count(".") == direct:
        wider = _exact(written, _within(level, [above.rsplit(".", 1)[0]]))
        if wider.height == 1:
            parent_level = "regency" if level == "district" else "district"
            return _found(wider, "moved", _place_name(parent_level, wider["parent"][0]))
        if wider.height > 1:
            return _Outcome(problem="registry.place_ambiguous",
                            choices=tuple(wider.select("code", "name").iter_rows()))
    best, clear = _best(place_key(written), options) if options.height else ([], False)
    if clear:
        return _Outcome(code=best[0][0], name=best[0][1], how="spelling")
    if not above and not scope.everywhere:
        elsewhere = _exact(written, ref)
        if elsewhere.height == 1:
            # a place outside the region: the code says so, and the region check
            # refuses the row with it
            return _found(elsewhere, "exact")
    return _Outcome(problem="registry.place_unknown",
                    choices=tuple((c, n) for c, n, _ in best))


def _above(columns: list[str], level: str) -> pl.Expr:
    """The nearest code above ``level`` given on each row."""
    cols = [c for c in ABOVE[level] if c in columns]
    return pl.coalesce(*cols) if cols else pl.lit(None, pl.String)


def resolve_names(frame: pl.DataFrame, scope: Scope, headers: dict[str, str], *,
                  file: str, sheet: str | None) -> tuple[pl.DataFrame, list[Problem],
                                                        list[Resolved]]:
    """Fill ``regency_code``, ``district_code`` and ``village_code`` from the name columns
    of one sheet where the code is missing (:func:`_match` for each distinct name and the
    code above it on its row).

    A name is looked up under the nearest code given or found on its row: a village under
    its district (by name or by code), else its regency, else the importer's region. A
    code found sets the codes above it too (a village found in another district than the
    one written carries its own district code).

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
    problems: list[Problem] = []
    resolved: list[Resolved] = []
    out = frame
    for level, name_col, code_col in LEVELS:
        if name_col not in out.columns:
            continue
        if code_col not in out.columns:
            out = out.with_columns(pl.lit(None, pl.String).alias(code_col))
        out = out.with_columns(_above(out.columns, level).alias("_above"))
        todo = out.filter(pl.col(code_col).is_null() & pl.col(name_col).is_not_null())
        groups = todo.group_by(name_col, "_above", maintain_order=True).agg(pl.col("_row"))
        mapping: dict[tuple[str, str | None], str] = {}
        for g in groups.iter_rows(named=True):
            written, above = g[name_col], g["_above"]
            got = _match(level, written, above, scope)
            if got.code is None:
                for row in g["_row"]:
                    problems.append(Problem(
                        Msg(got.problem, level=Msg(f"registry.level_{level}"),
                            value=written, hint=_hint(level, list(got.choices)) or "-"),
                        file=file, sheet=sheet, row=row,
                        column=headers.get(name_col, name_col)))
                continue
            mapping[(written, above)] = got.code
            resolved.append(Resolved(level, written, got.code, got.name, got.how,
                                     len(g["_row"]), got.place))
        keys = pl.DataFrame({name_col: [k[0] for k in mapping],
                             "_above": [k[1] for k in mapping],
                             "_code": list(mapping.values())},
                            schema={name_col: pl.String, "_above": pl.String,
                                    "_code": pl.String})
        out = out.join(keys, on=[name_col, "_above"], how="left", nulls_equal=True,
                       maintain_order="left")
        # a code found sets the codes above it; a code given fills those left blank
        for above_col, n in PARENTS[level]:
            given = pl.col(above_col) if above_col in out.columns else pl.lit(None, pl.String)
            out = out.with_columns(pl.coalesce(pl.col("_code").str.slice(0, n), given,
                                               pl.col(code_col).str.slice(0, n))
                                   .alias(above_col))
        out = out.with_columns(pl.coalesce(code_col, "_code").alias(code_col)).drop(
            "_above", "_code")
    return out, problems, resolved
