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
    unmet: Annotated[bool, typer.Option(
        "--unmet", help="Add the criterion unmet_needs: buyers' open needs without an "
                        "adequate local supplier per district (with --register-db).")
                     ] = False,
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
    from rancang.core.i18n import Msg
    from rancang.features.siting.cli_render import print_notes, print_sites
    from rancang.features.siting.export import write_sites
    from rancang.features.siting.service import SitingRequest, method_problem, siting_from_files

    use_language(lang)
    if (bad := method_problem(method)) is not None:
        raise typer.BadParameter(str(bad))
    if ikm is not None and register_db is not None:
        raise typer.BadParameter(str(Msg("siting.ikm_or_register")))
    hazards: dict[str, Path] = {}
    for item in hazard or []:
        name, sep, path = item.partition("=")
        if not sep:
            raise typer.BadParameter(str(Msg("siting.bad_hazard", item=item)))
        hazards[name] = Path(path)
    request = SitingRequest(
        regencies=regency, centroids=centroids, estates=estate, level=level, names=names,
        capitals=capital or (), ikm=ikm, product_groups=product_group,
        register_db=register_db, register_year=register_year, data=data, zone=zone,
        hazards=hazards, weights=weights, method=method, samples=samples, seed=seed,
        allow_partial=allow_partial, unmet=unmet)
    result = siting_from_files(request)
    print_notes(result)
    csv_path, geojson_path = write_sites(result, out)
    print_sites(result, csv_path, geojson_path)
