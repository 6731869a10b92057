"""``rancang siting``: rank candidate districts for a new sentra IKM."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer


def register(app: typer.Typer) -> None:
    """Add ``siting`` to the app."""
    app.command("siting")(siting)


def siting(
    regency: Annotated[list[str], typer.Option("--regency", "-r",
                                               help="Regency code, Kemendagri 72.06 or BPS 7203.")],
    centroids: Annotated[Path, typer.Option(
        help="Candidate centroids CSV: level,kode,nama,lat,lng.", exists=True)],
    estate: Annotated[list[str], typer.Option(
        help="Industrial estate NAME=LAT,LNG (repeat), e.g. IMIP=-2.82,122.15.")],
    level: Annotated[str, typer.Option(
        help="Candidates: kec (districts) or desa (villages, needs their centroids).")] = "kec",
    names: Annotated[Path | None, typer.Option(
        help="District names CSV: code,regency_code,name.", exists=True)] = None,
    capital: Annotated[list[str] | None, typer.Option(
        help="Regency capital REGENCY=LAT,LNG or REGENCY=DISTRICT_CODE (repeat).")] = None,
    ikm: Annotated[Path | None, typer.Option(
        help="IKM units CSV: district_code,product_group,units.", exists=True)] = None,
    product_group: Annotated[list[str] | None, typer.Option(
        help="Only these IKM product groups (repeat; KBLI divisions such as 10 with "
             "--register-db).")] = None,
    register_db: Annotated[str | None, typer.Option(
        help="Register database URL: count IKM units per district from the register "
             "(instead of --ikm).")] = None,
    register_year: Annotated[int | None, typer.Option(
        help="Register year (default the latest).")] = None,
    data: Annotated[Path | None, typer.Option(
        help="District data CSV: district_code + numeric columns (population, area_km2, "
             "raw_material, ...).", exists=True)] = None,
    zone: Annotated[Path | None, typer.Option(
        help="GeoJSON polygons of industrial zones (KPI) of the spatial plan.",
        exists=True)] = None,
    hazard: Annotated[list[str] | None, typer.Option(
        help="Hazard layer NAME=GEOJSON (repeat), e.g. banjir=flood.geojson.")] = None,
    weights: Annotated[Path | None, typer.Option(
        help="Weights CSV criterion,weight (e.g. priorities.csv of decide ahp).",
        exists=True)] = None,
    method: Annotated[str, typer.Option(help="topsis, vikor, promethee, wsm or wpm.")] = "topsis",
    samples: Annotated[int, typer.Option(help="Weight samples for robustness.", min=0)] = 1000,
    seed: Annotated[int, typer.Option(help="Random seed.")] = 0,
    allow_partial: Annotated[bool, typer.Option(
        help="Leave out (with a warning) criteria that lack values for some districts and "
             "skip --data/--ikm rows of unknown districts, instead of stopping.")] = False,
    out: Annotated[Path, typer.Option(help="Output folder.")] = Path("out/siting"),
    lang: Annotated[str | None, typer.Option(
        help="Language of the messages: id (default) or en.")] = None,
) -> None:
    """Rank districts for a new sentra IKM: writes sites.csv and sites.geojson."""

    from rancang.cli.lang import use_language

    use_language(lang)

    from rancang.core.errors import Problem
    from rancang.decision import METHODS
    from rancang.features.siting.candidates import (
        kemendagri_regency,
        load_district_centroids,
        read_columns,
        read_ikm_units,
        register_ikm_units,
    )
    from rancang.features.siting.geo import inside_polygons
    from rancang.features.siting.service import named_points, rank_sites, write_sites

    if method not in METHODS:
        raise typer.BadParameter(f"--method must be one of {', '.join(METHODS)}")
    cand = load_district_centroids(centroids, regency, names=names, level=level)
    columns = {}
    origins: dict[str, str] = {}
    notes: list[Problem] = []
    if ikm is not None and register_db is not None:
        raise typer.BadParameter("use either --ikm or --register-db, not both")
    if ikm is not None:
        got = read_ikm_units(ikm, cand, groups=product_group, allow_partial=allow_partial,
                             notes=notes)
        columns.update(got)
        origins.update(dict.fromkeys(got, ikm.name))
    if register_db is not None:
        from rancang.core.db import make_engine

        columns.update(register_ikm_units(make_engine(register_db), cand,
                                          groups=product_group, year=register_year))
    if data is not None:
        got = read_columns(data, cand, allow_partial=allow_partial, notes=notes)
        columns.update(got)
        origins.update(dict.fromkeys(got, data.name))
    hazards = {}
    for item in hazard or []:
        name, sep, path = item.partition("=")
        if not sep:
            raise typer.BadParameter(f"--hazard {item!r}: expected NAME=GEOJSON")
        hazards[name] = inside_polygons(cand.lat, cand.lng, Path(path))
    w = None
    rows_of: dict[str, int] = {}
    if weights is not None:
        from rancang.sources.decision_csv import read_priorities

        w, rows_of = read_priorities(weights)
    capitals = {kemendagri_regency(k): v
                for k, v in named_points(capital or [], cand).items()}
    result = rank_sites(
        cand, estates=named_points(estate), weights=w, method=method, samples=samples,
        seed=seed, capitals=capitals, columns=columns,
        in_zone=inside_polygons(cand.lat, cand.lng, zone) if zone else None, hazards=hazards,
        allow_partial=allow_partial, origins=origins, notes=notes,
        weights_source=weights.name if weights is not None else None, weight_rows=rows_of,
    )
    for note in result.notes:
        typer.echo(f"Peringatan: {note}", err=True)
    csv_path, _ = write_sites(result, out)
    typer.echo(f"Kriteria: {', '.join(result.matrix.criteria)}")
    for row in result.ranking.rows()[:10]:
        typer.echo(f"  {row['rank']:>3}. {row['alternative']:<32} skor {row['score']:.3f} "
                   f"rentang {row['rank_low']}-{row['rank_high']}")
    typer.echo(f"Hasil ditulis ke {csv_path} dan sites.geojson")
