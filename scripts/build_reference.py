"""Derive the compact region reference files from the shared raw data.

Usage: .venv/bin/python scripts/build_reference.py [RAW_DIR]

Writes into src/rancang/reference/data/:
- provinces.csv, regencies.csv: Kemendagri codes and names (from idn-area-data 3.1.2,
  data under ODbL-1.0);
- region_crosswalk.csv: BPS 4-digit regency code <-> Kemendagri dotted code, matched by name
  within each province (BPS codes and names from the BPS PDRB web-table export 2020).

Names are normalised (prefixes "Kabupaten"/"Kota"/"Administrasi", the words "Kepulauan"
and "dan", punctuation and spaces dropped); what does not match exactly is matched with
rapidfuzz within the province and kind (regency or city) and must score >= 80; regencies
renamed since (or abbreviated by BPS) are listed in OVERRIDES, checked by hand. The script
fails if any BPS regency stays unmatched or two share one Kemendagri code.
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

import polars as pl
from rapidfuzz import fuzz, process

REPO = Path(__file__).resolve().parents[1]
OUT = REPO / "src" / "rancang" / "reference" / "data"
BPS_FILE = "bps-pdrb-kabkota-adhk-2013-2020/PDRB Lapangan Usaha Kab Kota Dalam Milyar Seluruh Indonesia ADHK tahun 2020.xlsx"  # noqa: E501

# BPS code -> Kemendagri name (normalised), checked by hand: renamed or abbreviated regencies
OVERRIDES = {
    "1206": "toba",  # Toba Samosir renamed Toba (PP 2020)
    "1608": "ogankomeringuluselatan",  # "OKU Selatan"
    "1609": "ogankomeringulutimur",  # "OKU Timur"
    "3674": "tangerangselatan",  # "Kota Tangsel"
    "6104": "mempawah",  # Kabupaten Pontianak renamed Mempawah (PP 58/2014)
    "8105": "aru",  # "Aru" = Kepulauan Aru
}
MIN_SCORE = 80


def norm(name: str, *, loose: bool = False) -> str:
    n = name.lower()
    n = re.sub(r"^(kabupaten|kab\.|kota)\s+", "", n)
    n = re.sub(r"\b(administrasi|kepulauan|dan)\b" if loose else r"\badministrasi\b", " ", n)
    return re.sub(r"[^a-z0-9]", "", n)


def kind(name: str) -> str:
    return "kota" if name.lower().startswith("kota ") else "kabupaten"


def province_group(code: str) -> str:
    # BPS 2013-2020 tables know Papua (94) and Papua Barat (91); Kemendagri has split them
    # into 91-96 since 2022.
    return "papua" if code in {"91", "92", "93", "94", "95", "96"} else code


def build(raw: Path) -> dict[str, pl.DataFrame]:
    sys.path.insert(0, str(REPO / "src"))
    from rancang.sources import read_bps_pdrb

    provinces = pl.read_csv(raw / "idn-area-data" / "provinces.csv", infer_schema=False)
    regencies = pl.read_csv(raw / "idn-area-data" / "regencies.csv", infer_schema=False)
    panel = read_bps_pdrb(raw / BPS_FILE)
    candidates: dict[tuple[str, str], list[tuple[str, str, str, str]]] = {}
    for code, prov, name in regencies.select("code", "province_code", "name").iter_rows():
        candidates.setdefault((province_group(prov), kind(name)), []).append(
            (code, name, norm(name), norm(name, loose=True)))
    rows = []
    for code, name in zip(panel.region_codes, panel.region_names, strict=True):
        pool = candidates.get((province_group(code[:2]), kind(name)), [])
        key = OVERRIDES.get(code, norm(name))
        exact = [c for c in pool if c[2] == key] or [
            c for c in pool if c[3] == norm(name, loose=True)]
        if exact:
            match, method, score = exact[0], "override" if code in OVERRIDES else "exact", 100.0
        else:
            best = process.extractOne(key, [c[2] for c in pool], scorer=fuzz.ratio)
            if best is None or best[1] < MIN_SCORE:
                raise SystemExit(f"no match for BPS {code} {name!r} (best {best})")
            match, method, score = pool[best[2]], "fuzzy", round(best[1], 1)
        rows.append({
            "bps_code": code, "kemendagri_code": match[0], "bps_name": name,
            "kemendagri_name": match[1], "province_bps": code[:2],
            "province_kemendagri": match[0][:2], "match_method": method, "match_score": score,
        })
    crosswalk = pl.DataFrame(rows).sort("kemendagri_code")
    dups = crosswalk.filter(pl.col("kemendagri_code").is_duplicated())
    if dups.height:
        raise SystemExit(f"Kemendagri codes matched twice:\n{dups}")
    return {
        "provinces": provinces.select("code", "name"),
        "regencies": regencies.select("code", "province_code", "name"),
        "region_crosswalk": crosswalk,
    }


def main() -> None:
    raw = Path(sys.argv[1]) if len(sys.argv) > 1 else REPO.parent / "shared" / "data" / "raw"
    OUT.mkdir(parents=True, exist_ok=True)
    for name, frame in build(raw).items():
        frame.write_csv(OUT / f"{name}.csv")
        print(f"{name}.csv: {frame.height} rows")


if __name__ == "__main__":
    main()
