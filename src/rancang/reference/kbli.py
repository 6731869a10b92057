"""KBLI 2020 (Klasifikasi Baku Lapangan Usaha Indonesia): codes and titles.

Rancang ships the manufacturing (section C) divisions and groups, derived by
``scripts/build_kbli.py``. The full classification (1,790 five-digit classes) is loaded from a
file the user supplies: the JSON list published with the ``kbli2020`` data set (objects with
``code`` and ``title``) or a CSV with columns ``code,title``.
"""

from __future__ import annotations

import csv
import json
from functools import lru_cache
from importlib import resources
from pathlib import Path

from rancang.core.errors import InputError, Problem
from rancang.core.i18n import Msg

CLASSIFICATION = "kbli2020"


def read_kbli_file(path: str | Path) -> list[dict[str, str]]:
    """Read a KBLI list (JSON or CSV) as rows with ``code`` and ``title``.

    Parameters
    ----------
    path : str or Path
        ``.json`` (list of objects with ``code`` and ``title``) or ``.csv`` (header with
        ``code`` and ``title``, or ``kode`` and ``judul``).

    Returns
    -------
    list of dict
        One row per code at every level (section letter, 2-5 digits).
    """
    p = Path(path)
    if p.suffix.lower() == ".json":
        data = json.loads(p.read_text(encoding="utf-8"))
        rows = [
            {"code": str(d["code"]).strip(), "title": str(d.get("title", "")).strip()} for d in data
        ]
    else:
        with p.open(encoding="utf-8-sig", newline="") as fh:
            reader = csv.DictReader(fh)
            fields = {f.lower(): f for f in reader.fieldnames or []}
            code_f = fields.get("code") or fields.get("kode")
            title_f = fields.get("title") or fields.get("judul") or fields.get("name")
            if not code_f or not title_f:
                raise InputError(Problem(Msg("reference.kbli_columns"), file=p.name))
            rows = [{"code": r[code_f].strip(), "title": r[title_f].strip()} for r in reader]
    return rows


@lru_cache(maxsize=1)
def manufacturing_groups() -> dict[str, str]:
    """Section C divisions (2 digits) and groups (3 digits) shipped with Rancang.

    Returns
    -------
    dict of code -> title

    Example
    -------
    >>> g = manufacturing_groups()
    >>> g["10"].startswith("INDUSTRI MAKANAN"), sum(len(c) == 2 for c in g)
    (True, 24)
    """
    text = resources.files("rancang.reference").joinpath("data/kbli2020_c_groups.csv")
    with text.open(encoding="utf-8") as fh:
        return {r["code"]: r["title"] for r in csv.DictReader(fh)}


def load_kbli_classes(path: str | Path) -> dict[str, str]:
    """Five-digit KBLI classes from a user-supplied file.

    Parameters
    ----------
    path : str or Path
        See :func:`read_kbli_file`.

    Returns
    -------
    dict of code -> title
        Only five-digit codes (1,790 in KBLI 2020; 476 of them in section C).
    """
    return {
        r["code"]: r["title"]
        for r in read_kbli_file(path)
        if len(r["code"]) == 5 and r["code"].isdigit()
    }


def is_manufacturing(code: str) -> bool:
    """True when a 2-5 digit KBLI code lies in section C (divisions 10-33).

    Example
    -------
    >>> is_manufacturing("10792"), is_manufacturing("46100"), is_manufacturing("1")
    (True, False, False)
    """
    return 2 <= len(code) <= 5 and code.isdigit() and 10 <= int(code[:2]) <= 33


def known_group(code: str) -> bool:
    """True when the code's division (and group, for 3+ digits) exists in KBLI 2020 C.

    Example
    -------
    >>> known_group("10792"), known_group("10990"), known_group("109")
    (True, False, False)
    """
    groups = manufacturing_groups()
    if not is_manufacturing(code):
        return False
    return code[:2] in groups and (len(code) == 2 or code[:3] in groups)
