"""What the plan page's "draft from the data" form offers beside the stored dataset, as
the CLI's ``plan draft`` does: candidate sentra IKM (an uploaded ``sites.csv`` of
``rancang siting``, or the siting ranking of the plan's regency computed on the spot),
a KBLI reference table (the province's register by default), a BPS PDRB table with the
16 manufacturing subcategories, a stored input-output table and AHP weights
(``priorities.csv`` of ``decide ahp``).

Every upload is checked by the CLI's readers before the draft job starts: a bad file is
refused with file, row and column named, and nothing is drafted. Checked uploads are
kept under ``<data_dir>/plan-inputs/<sha256>/<name>`` (the same file twice is kept once)
for the job, which may run in another process.
"""

from __future__ import annotations

import hashlib
from collections.abc import Mapping
from pathlib import Path
from typing import Any

from rancang.core.actors import Actor
from rancang.core.errors import InputError, Problem
from rancang.core.i18n import Msg
from rancang.features.plan.draft import DraftExtras, read_extras

#: the form's upload fields, in the order of :func:`read_extras`' arguments
UPLOADS = ("weights", "sites", "kbli_reference", "manufacturing")
#: largest upload accepted (bytes)
MAX_BYTES = 20 * 2**20
#: what each upload may be
SUFFIXES = {"weights": (".csv",), "sites": (".csv",), "kbli_reference": (".csv", ".xlsx"),
            "manufacturing": (".xlsx", ".xls", ".csv")}


def upload_name(field: str, filename: str, content: bytes) -> str:
    """The name an upload is kept under; an empty, too large or wrongly typed file is
    refused with the field and file named.

    >>> upload_name("sites", "../sites.csv", b"x")
    'sites.csv'
    >>> try:
    ...     upload_name("weights", "w.txt", b"x")
    ... except InputError as e:
    ...     print(e.problems[0].column, e.problems[0].file)
    weights w.txt
    """
    name = Path(filename or field).name or field
    if not content:
        raise InputError(Problem(Msg("plan.upload.empty"), file=name, column=field))
    if len(content) > MAX_BYTES:
        raise InputError(Problem(Msg("plan.upload.too_large", mb=MAX_BYTES // 2**20),
                                 file=name, column=field))
    if not name.lower().endswith(SUFFIXES[field]):
        raise InputError(Problem(Msg("plan.upload.suffix", allowed=", ".join(
            SUFFIXES[field])), file=name, column=field))
    return name


def keep_upload(data_dir: Path, name: str, content: bytes) -> Path:
    """Keep a checked upload for the draft job (the same content is kept once).

    >>> import tempfile
    >>> d = Path(tempfile.mkdtemp())
    >>> p = keep_upload(d, "sites.csv", b"x")
    >>> p.name, p.parent.parent.name, p == keep_upload(d, "sites.csv", b"x")
    ('sites.csv', 'plan-inputs', True)
    """
    folder = Path(data_dir) / "plan-inputs" / hashlib.sha256(content).hexdigest()
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / name
    if not path.is_file():
        path.write_bytes(content)
    return path


def check_and_keep(data_dir: Path, uploads: Mapping[str, tuple[str, bytes]],
                   problems: list[Problem]) -> dict[str, Path]:
    """Check every upload (``field -> (file name, content)``) with the CLI's readers in
    a scratch folder and raise every problem found (of the files and of ``problems``,
    the form's other choices) at once; only when all is well are the files kept for the
    job (their paths returned)."""
    import tempfile

    problems = list(problems)
    named: dict[str, tuple[str, bytes]] = {}
    for field, (filename, content) in uploads.items():
        try:
            named[field] = (upload_name(field, filename, content), content)
        except InputError as e:
            problems.extend(e.problems)
    with tempfile.TemporaryDirectory() as tmp:
        scratch: dict[str, Path] = {}
        for field, (name, content) in named.items():
            (Path(tmp) / field).mkdir()
            scratch[field] = Path(tmp) / field / name
            scratch[field].write_bytes(content)
        try:
            read_extras(**{k: scratch.get(k) for k in UPLOADS})
        except InputError as e:
            problems.extend(e.problems)
    if problems:
        raise InputError(problems)
    return {field: keep_upload(data_dir, name, content)
            for field, (name, content) in named.items()}


def check_choices(data_dir: Path, io_table: str | None, sites_from_siting: bool,
                  centroids: Path | None, has_sites_file: bool) -> list[Problem]:
    """The form's choices that are not files: a stored IO table that exists, the siting
    ranking only where the district centroids are installed, and one source of sites."""
    problems: list[Problem] = []
    if io_table:
        from rancang.core.errors import NotFoundError
        from rancang.features.inputoutput import store

        try:
            store.get_table(Path(data_dir), io_table)
        except NotFoundError:
            problems.append(Problem(Msg("plan.upload.io_table", id=io_table[:40]),
                                    column="io_table"))
    if sites_from_siting and centroids is None:
        problems.append(Problem(Msg("plan.upload.no_centroids"), column="sites_from_siting"))
    if sites_from_siting and has_sites_file:
        problems.append(Problem(Msg("plan.upload.two_sites"), column="sites"))
    return problems


def siting_sites(engine: Any, actor: Actor, centroids: Path, regency: str) -> list[Any]:
    """The districts of ``regency`` ranked by the siting page's method (TOPSIS, the
    page's default weights) as candidate sites of the plan."""
    from rancang.features.plan.sites import Site
    from rancang.features.siting import page as sp
    from rancang.features.siting.candidates import kemendagri_regency

    estates = {**sp.BUILTIN_ESTATES, **sp.register_estates(engine)}
    code = kemendagri_regency(regency)
    view = sp.siting_view(engine, actor, centroids, [code], estates=estates)
    return [Site(r["code"], r["name"], code, r["lat"], r["lng"], r["score"], r["rank"],
                 r["rank_low"], r["rank_high"]) for r in view["rows"]]


def load_extras(engine: Any, actor: Actor, params: Mapping[str, Any],
                regency: str) -> DraftExtras:
    """The draft job's extras from its parameters (``inputs``: field -> kept path;
    ``io_table``; ``sites_from_siting``; the server's ``data_dir`` and ``centroids``)."""
    inputs = {k: Path(v) for k, v in (params.get("inputs") or {}).items() if k in UPLOADS}
    extras = read_extras(**{k: inputs.get(k) for k in UPLOADS})
    if params.get("io_table"):
        from rancang.features.inputoutput import store

        data_dir = Path(str(params.get("data_dir") or "."))
        meta = store.get_table(data_dir, str(params["io_table"]))
        extras.io = store.read_table(data_dir, meta)
        extras.record["io"] = {"table": meta.id, "file": meta.filename, "title": meta.title}
    if params.get("sites_from_siting"):
        if not params.get("centroids"):
            raise InputError(Problem(Msg("plan.upload.no_centroids"),
                                     column="sites_from_siting"))
        extras.sites = siting_sites(engine, actor, Path(str(params["centroids"])), regency)
        extras.record["sites"] = {"file": "rancang siting (TOPSIS)", "regency": regency}
    return extras
