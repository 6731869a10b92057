"""Derive the compact region reference files from the shared raw data.

Usage: .venv/bin/python scripts/build_reference.py [RAW_DIR]
(RAW_DIR defaults to ../shared/data/raw beside the repository.)

Writes into src/rancang/reference/data/:
- provinces.csv, regencies.csv: Kemendagri codes and names (idn-area-data 3.1.2, data under
  ODbL-1.0);
- region_crosswalk.csv: BPS 4-digit regency code <-> Kemendagri dotted code for all 514
  regencies/cities, matched by name within each province;
- province_crosswalk.csv: BPS province rows (``xx00``) and the national row (``9999``) of the
  BPS tables <-> Kemendagri province codes.

BPS codes and names come from the 8 BPS PDRB web-table exports 2013-2020 (identical regency
lists in every year); the code list is cross-checked against the BPS district codes (KDJ) of
the quarcs-grdp table. Names are normalised (prefixes "Kabupaten"/"Kab."/"Kota",
"Administrasi", punctuation and spaces dropped; then also "Kepulauan" and "dan"); what still
differs is matched with rapidfuzz within the province and kind (regency or city). A fuzzy
match must score >= MIN_SCORE; every pair below REVIEW_BELOW is printed for review, and the
pairs checked by hand are in OVERRIDES. The script fails if a BPS regency stays unmatched,
two share one Kemendagri code, or a matched pair's centroids (quarcs-grdp for the BPS code,
cahyadsn boundaries for the Kemendagri code) lie more than MAX_KM apart.
"""

from __future__ import annotations

import csv
import gzip
import math
import re
import sys
from pathlib import Path

import polars as pl
from rapidfuzz import fuzz, process

REPO = Path(__file__).resolve().parents[1]
OUT = REPO / "src" / "rancang" / "reference" / "data"
BPS_DIR = "bps-pdrb-kabkota-adhk-2013-2020"
KDJ_FILE = "quarcs-grdp/GRDP_PerCapita_Indonesia_Districts_until_2017.csv"
CENTROIDS = "cahyadsn-wilayah-boundaries/centroids_prov_kab_kec.csv"

# BPS code -> Kemendagri name (normalised), each checked by hand against the Kemendagri list
# and the centroids: regencies renamed since, abbreviated or misspelt in the BPS file.
OVERRIDES = {
    "1206": "toba",  # "Toba Samosir", renamed Toba (PP 2020): 12.12
    "1608": "ogankomeringuluselatan",  # "OKU Selatan": 16.09
    "1609": "ogankomeringulutimur",  # "OKU Timur": 16.08
    "3674": "tangerangselatan",  # "Kota Tangsel": 36.74
    "6104": "mempawah",  # "Pontianak", the regency renamed Mempawah (PP 58/2014): 61.02
    "6401": "paser",  # "Pasir", renamed Paser (PP 49/2007): 64.01 (fuzzy score only 80)
    "7302": "bulukumba",  # "Bulukurnba", "m" read as "rn" in the BPS file: 73.02 (score 84)
    "8105": "kepulauanaru",  # "Aru" = Kepulauan Aru: 81.07
}
MIN_SCORE = 80
REVIEW_BELOW = 90
MAX_KM = 200.0
PAPUA = {"91", "92", "93", "94", "95", "96"}


def norm(name: str, *, loose: bool = False) -> str:
    """Comparable form of a regency name.

    >>> norm("KOTA PEMATANG SIANTAR"), norm("Kota Pematangsiantar")
    ('pematangsiantar', 'pematangsiantar')
    >>> norm("KABUPATEN KEPULAUAN ARU", loose=True), norm("Kab. Tojo Una-Una")
    ('aru', 'tojounauna')
    """
    n = name.lower().strip()
    n = re.sub(r"^(kabupaten|kab\.?|kota)\s+", "", n)
    n = re.sub(r"\b(administrasi|kepulauan|kep\.|dan)\b" if loose else r"\badministrasi\b",
               " ", n)
    return re.sub(r"[^a-z0-9]", "", n)


def kind(name: str) -> str:
    return "kota" if name.lower().startswith("kota ") else "kabupaten"


def province_group(code: str) -> str:
    """BPS 2013-2020 tables know Papua (94) and Papua Barat (91); Kemendagri has split them
    into 91-96 since 2022, so Papua regencies are matched within all six."""
    return "papua" if code in PAPUA else code


def bps_regions(raw: Path) -> pl.DataFrame:
    """BPS code and name of every regency/city and reference row, checked across years."""
    sys.path.insert(0, str(REPO / "src"))
    from rancang.sources import read_bps_pdrb

    frames = []
    for f in sorted((raw / BPS_DIR).glob("*.xlsx")):
        p = read_bps_pdrb(f)
        assert p.references is not None
        frames.append(pl.DataFrame({
            "bps_code": [*p.region_codes, *p.references.region_codes],
            "bps_name": [*p.region_names, *p.references.region_names],
        }))
    names = pl.concat(frames).unique()
    if names["bps_code"].is_duplicated().any():
        raise SystemExit(f"BPS names differ between years:\n"
                         f"{names.filter(pl.col('bps_code').is_duplicated())}")
    return names.sort("bps_code")


def check_kdj(raw: Path, regencies: pl.DataFrame) -> None:
    """The BPS regency codes must be exactly the quarcs-grdp KDJ codes."""
    kdj = pl.read_csv(raw / KDJ_FILE, infer_schema=False)["KDJ"]
    a, b = set(regencies["bps_code"]), set(kdj)
    if a != b:
        raise SystemExit(f"BPS codes differ from quarcs KDJ: {sorted(a - b)} / {sorted(b - a)}")


def match_regencies(bps: pl.DataFrame, kemendagri: pl.DataFrame) -> pl.DataFrame:
    """One Kemendagri regency per BPS regency, by name within province group and kind."""
    pool: dict[tuple[str, str], list[tuple[str, str, str, str]]] = {}
    for code, prov, name in kemendagri.select("code", "province_code", "name").iter_rows():
        pool.setdefault((province_group(prov), kind(name)), []).append(
            (code, name, norm(name), norm(name, loose=True)))
    rows = []
    for code, name in bps.select("bps_code", "bps_name").iter_rows():
        cands = pool.get((province_group(code[:2]), kind(name)), [])
        if code in OVERRIDES:
            hit = [c for c in cands if c[2] == OVERRIDES[code]]
            if len(hit) != 1:
                raise SystemExit(f"override for {code} {name!r} finds {hit}")
            match, method, score = hit[0], "override", 100.0
        elif hits := [c for c in cands if c[2] == norm(name)]:
            match, method, score = hits[0], "exact", 100.0
        elif hits := [c for c in cands if c[3] == norm(name, loose=True)]:
            match, method, score = hits[0], "normalised", 100.0
        else:
            best = process.extractOne(norm(name), [c[2] for c in cands], scorer=fuzz.ratio)
            if best is None or best[1] < MIN_SCORE:
                raise SystemExit(f"no match for BPS {code} {name!r} (best {best})")
            match, method, score = cands[best[2]], "fuzzy", round(float(best[1]), 1)
        rows.append({
            "bps_code": code, "kemendagri_code": match[0], "bps_name": name,
            "kemendagri_name": match[1], "province_bps": code[:2],
            "province_kemendagri": match[0][:2], "match_method": method, "match_score": score,
        })
    crosswalk = pl.DataFrame(rows).sort("kemendagri_code")
    dups = crosswalk.filter(pl.col("kemendagri_code").is_duplicated())
    if dups.height:
        raise SystemExit(f"Kemendagri codes matched twice:\n{dups}")
    if crosswalk.height != kemendagri.height:
        raise SystemExit(f"{crosswalk.height} BPS regencies for {kemendagri.height} Kemendagri")
    return crosswalk


def match_provinces(bps: pl.DataFrame, provinces: pl.DataFrame) -> pl.DataFrame:
    """BPS province rows onto Kemendagri provinces: same two digits and the same name.

    Papua (BPS 9400) and Papua Barat (9100) are left unmapped: Kemendagri split them into
    six provinces in 2022, so no Kemendagri code covers the territory of the BPS rows.
    """
    kem = dict(zip(provinces["code"], provinces["name"], strict=True))
    rows = []
    for code, name in bps.select("bps_code", "bps_name").iter_rows():
        short = re.sub(r"^provinsi\s+", "", name.lower())
        short = short.replace("di yogyakarta", "daerah istimewa yogyakarta")
        k = code[:2]
        if code == "9999":
            target, note = "", "national row (Indonesia)"
        elif k in PAPUA:  # BPS 9100 Papua Barat -> 92 + 96; BPS 9400 Papua -> 91, 93-95
            parts = "92 and 96" if k == "91" else "91, 93, 94 and 95"
            target, note = "", f"territory split into Kemendagri {parts} in 2022"
        elif k in kem and norm(kem[k]) == norm(short):
            target, note = k, ""
        else:
            raise SystemExit(f"province {code} {name!r} does not match Kemendagri {k}")
        rows.append({"bps_code": code, "kemendagri_code": target, "bps_name": name,
                     "kemendagri_name": kem.get(target, ""), "note": note})
    return pl.DataFrame(rows)


def centroid_distances(raw: Path, crosswalk: pl.DataFrame) -> pl.DataFrame:
    """Great-circle distance (km) between the two centroids of every matched pair."""
    kdj = pl.read_csv(raw / KDJ_FILE, infer_schema=False).select(
        pl.col("KDJ").alias("bps_code"), pl.col("Y").cast(pl.Float64).alias("lat_bps"),
        pl.col("X").cast(pl.Float64).alias("lon_bps"))
    kem = pl.read_csv(raw / CENTROIDS, infer_schema=False).filter(pl.col("level") == "kab") \
        .select(pl.col("kode").alias("kemendagri_code"),
                pl.col("lat").cast(pl.Float64).alias("lat_kem"),
                pl.col("lng").cast(pl.Float64).alias("lon_kem"))
    d = crosswalk.join(kdj, on="bps_code").join(kem, on="kemendagri_code")

    def haversine(r: dict) -> float:
        p = math.pi / 180
        a = (math.sin((r["lat_kem"] - r["lat_bps"]) * p / 2) ** 2
             + math.cos(r["lat_bps"] * p) * math.cos(r["lat_kem"] * p)
             * math.sin((r["lon_kem"] - r["lon_bps"]) * p / 2) ** 2)
        return 2 * 6371.0 * math.asin(math.sqrt(a))

    km = [haversine(r) for r in d.iter_rows(named=True)]
    return d.select("bps_code", "kemendagri_code", "bps_name", "kemendagri_name").with_columns(
        km=pl.Series(km))


def build(raw: Path) -> dict[str, pl.DataFrame]:
    """All reference frames, checked; raises SystemExit on any failed check."""
    provinces = pl.read_csv(raw / "idn-area-data" / "provinces.csv", infer_schema=False)
    regencies = pl.read_csv(raw / "idn-area-data" / "regencies.csv", infer_schema=False)
    bps = bps_regions(raw)
    is_ref = pl.col("bps_code").str.ends_with("00") | (pl.col("bps_code") == "9999")
    bps_regencies = bps.filter(~is_ref)
    check_kdj(raw, bps_regencies)
    crosswalk = match_regencies(bps_regencies, regencies)
    far = centroid_distances(raw, crosswalk).filter(pl.col("km") > MAX_KM)
    if far.height:
        raise SystemExit(f"matched pairs more than {MAX_KM} km apart:\n{far}")
    districts = pl.read_csv(raw / "idn-area-data" / "districts.csv", infer_schema=False)
    with (raw / "idn-area-data" / "villages.csv").open(encoding="utf-8", newline="") as fh:
        rows = list(csv.DictReader(fh))  # names with quotes: the csv module's quoting
    villages = pl.DataFrame({"code": [r["code"] for r in rows],
                             "name": [r["name"] for r in rows]})
    return {
        "provinces": provinces.select("code", "name"),
        "regencies": regencies.select("code", "province_code", "name"),
        # names for resolving register locations (the parent code is the code's prefix)
        "districts": districts.select("code", "name"),
        "villages": villages.select("code", "name"),
        "region_crosswalk": crosswalk,
        "province_crosswalk": match_provinces(bps.filter(is_ref), provinces),
    }


def main() -> None:
    raw = Path(sys.argv[1]) if len(sys.argv) > 1 else REPO.parent / "shared" / "data" / "raw"
    frames = build(raw)
    OUT.mkdir(parents=True, exist_ok=True)
    for name, frame in frames.items():
        if name == "villages":  # 83,000 rows: kept compressed
            data = frame.write_csv().encode("utf-8")
            (OUT / f"{name}.csv.gz").write_bytes(gzip.compress(data, mtime=0))
        else:
            frame.write_csv(OUT / f"{name}.csv")
        print(f"{name}: {frame.height} rows")
    cw = frames["region_crosswalk"]
    print(cw["match_method"].value_counts().sort("match_method"))
    review = cw.filter(pl.col("match_method").is_in(["fuzzy", "override"])
                       | (pl.col("match_score") < REVIEW_BELOW))
    print(f"pairs to review (fuzzy, override, or score < {REVIEW_BELOW}):")
    for r in review.iter_rows(named=True):
        print(f"  {r['bps_code']} {r['bps_name']!r:28} -> {r['kemendagri_code']} "
              f"{r['kemendagri_name']!r:40} {r['match_method']} {r['match_score']}")
    km = centroid_distances(raw, cw)["km"]
    print(f"centroid distance of matched pairs: median {km.median():.1f} km, "
          f"max {km.max():.1f} km (limit {MAX_KM})")


if __name__ == "__main__":
    main()
