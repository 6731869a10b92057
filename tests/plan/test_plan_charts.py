"""Charts and maps in the plan document: the chart data equal the analysis outputs, the
DOCX holds the images, the PDF pages rendered to PNG show them, tick labels are in the
document's notation, ``--sites`` adds a map, bad ``--sites``/``--weights`` change nothing."""

from __future__ import annotations

import json
from pathlib import Path

import numpy as np
import polars as pl
import pytest
from typer.testing import CliRunner

from rancang.cli import build_app
from rancang.core.actors import CLI_ACTOR
from rancang.core.db import ensure_schema, make_engine
from rancang.core.document import Chart
from rancang.features.leading.service import AnalysisOptions, run_analysis
from rancang.features.plan.charts import number_formatter, render_png
from rancang.features.plan.draft import draft_plan
from rancang.features.plan.export import export_plan
from rancang.features.plan.service import create_plan
from rancang.features.plan.store import plan_sections
from rancang.features.targets.service import TargetOptions, run_targets
from rancang.sources.synthetic import demo_province

REGION = "9903"
SITES = ("district_code,district_name,regency_code,lat,lng,score,rank,rank_low,rank_high\n"
         "9903010,Alpha,9903,-1.20,120.50,0.81,1,1,2\n"
         "9903020,Beta,9903,-1.35,120.70,0.64,2,1,3\n"
         "9903030,Gamma,9903,-1.10,120.90,0.40,3,2,3\n")


@pytest.fixture(scope="module")
def drafted(tmp_path_factory: pytest.TempPathFactory) -> tuple[object, int, Path]:
    folder = tmp_path_factory.mktemp("charts")
    sites = folder / "sites.csv"
    sites.write_text(SITES, encoding="utf-8")
    from rancang.features.plan.sites import read_sites

    engine = make_engine("sqlite://")
    ensure_schema(engine)
    p = create_plan(engine, CLI_ACTOR, region=REGION, start_year=2025, level="rpik")
    draft_plan(engine, CLI_ACTOR, p.id, demo_province(), sites=read_sites(sites),
               sources={"sites": {"file": "sites.csv"}}, lang="id")
    paths = export_plan(engine, CLI_ACTOR, p.id, folder / "out", pdf=True, lang="id")
    return engine, p.id, paths[0].parent


def _charts(engine: object, plan_id: int) -> dict[str, Chart]:
    _plan, views = plan_sections(engine, CLI_ACTOR, plan_id)  # type: ignore[arg-type]
    return {c.id: c for v in views for b in v.blocks for c in b.charts}


def test_chart_data_equal_the_analysis(drafted: tuple[object, int, Path]) -> None:
    engine, pid, _ = drafted
    charts = _charts(engine, pid)
    assert set(charts) >= {"leading.structure_chart", "leading.lq_chart",
                           "leading.klassen_chart", "leading.ranking_chart",
                           "leading.specialisation_chart",
                           "targets.pathways_chart", "plan.sites_map"}
    res = run_analysis(demo_province(), AnalysisOptions(regions=[REGION]))
    q = res.tables["lq_quadrant"].filter(pl.col("region_code") == REGION)
    lq = {p["label"]: (p["x"], p["y"]) for p in charts["leading.lq_chart"].data["points"]}
    for code, slq, dlq in q.select("industry_code", "slq", "dlq").iter_rows():
        assert lq[code] == pytest.approx((slq, dlq), rel=1e-12)
    # quadrant names from the analysis's own rule: C is SLQ > 1, DLQ > 1
    c = lq["C"]
    assert c[0] > 1 and c[1] > 1
    assert charts["leading.lq_chart"].data["quadrants"]["ne"] == "unggulan"
    # Klassen: growth and share gaps, in percentage points
    kl = res.tables["klassen"].filter(pl.col("region_code") == REGION)
    pts = {p["label"]: p for p in charts["leading.klassen_chart"].data["points"]}
    g, rg, s, rs = kl.filter(pl.col("industry_code") == "C").select(
        "growth", "reference_growth", "share", "reference_share").row(0)
    assert pts["C"]["x"] == pytest.approx(100 * (g - rg), rel=1e-12)
    assert pts["C"]["y"] == pytest.approx(100 * (s - rs), rel=1e-12)
    # structure: shares of the last year add up to 100
    assert sum(charts["leading.structure_chart"].data["values"]) == pytest.approx(100.0)
    # pathways: the targets service's target path, year by year
    t = run_targets(demo_province(), TargetOptions(region=REGION, target_share=30.0,
                                                   target_year=2045))
    path = t.tables["pathways"].filter(pl.col("scenario") == "target")
    data = charts["targets.pathways_chart"].data
    series = {s_["label"]: s_["values"] for s_ in data["series"]}
    years = data["x"]
    for y, share in path.select("year", "share").iter_rows():
        assert series["sasaran"][years.index(y)] == pytest.approx(share, rel=1e-12)
    assert data["marks"][0]["x"] == 2045 and data["marks"][0]["y"] == 30.0
    # ranking: the rank and its interval of the leading-industry table
    lead = res.tables["leading_industries"].filter(pl.col("region_code") == REGION).sort("rank")
    rk = charts["leading.ranking_chart"].data
    assert rk["rank"][0] == lead["rank"][0] and rk["low"][0] == lead["rank_low"][0]
    assert rk["high"][0] == lead["rank_high"][0]
    # every chart carries its source line (data, years, method)
    for chart in charts.values():
        assert chart.source.startswith("Sumber:"), chart.id
    assert "acuan" in charts["leading.lq_chart"].source
    assert "2013-2024" in charts["leading.lq_chart"].source


def test_docx_holds_the_images(drafted: tuple[object, int, Path]) -> None:
    from docx import Document

    _, _, out = drafted
    doc = Document(str(out / "rpik-9903.docx"))
    assert len(doc.inline_shapes) == 7
    captions = [p.text for p in doc.paragraphs if p.text.startswith("Gambar ")]
    assert [c.split(".")[0] for c in captions] == [f"Gambar {n}" for n in range(1, 8)]
    assert any("Kuadran SLQ x DLQ" in c for c in captions)
    assert any("Calon lokasi sentra IKM" in c for c in captions)
    # each image is a real PNG in the package
    blobs = [r.target_part.blob for r in doc.part.rels.values() if "image" in r.reltype]
    assert len(blobs) == 7 and all(b[:8] == b"\x89PNG\r\n\x1a\n" for b in blobs)
    # the source line follows each figure
    paras = [p.text for p in doc.paragraphs]
    for c in captions:
        after = paras[paras.index(c) + 1:paras.index(c) + 3]
        assert any(a.startswith("Sumber:") for a in after), c


def test_pdf_pages_show_the_images(drafted: tuple[object, int, Path]) -> None:
    pdfium = pytest.importorskip("pypdfium2")
    _, _, out = drafted
    pdf = pdfium.PdfDocument(str(out / "rpik-9903.pdf"))
    images = 0
    coloured_pages = 0
    for i in range(len(pdf)):
        page = pdf[i]
        n = sum(1 for o in page.get_objects() if o.type == pdfium.raw.FPDF_PAGEOBJ_IMAGE)
        images += n
        if n:
            pixels = np.asarray(page.render(scale=0.5).to_pil().convert("RGB"), dtype=int)
            # the charts' blue (#1f6f8b) is on the rendered page: drawn, not blank
            blue = (abs(pixels[..., 0] - 0x1F) < 40) & (abs(pixels[..., 2] - 0x8B) < 40) \
                & (abs(pixels[..., 1] - 0x6F) < 40)
            if blue.sum() > 20:
                coloured_pages += 1
    pdf.close()
    assert images == 7
    assert coloured_pages >= 3


def test_tick_labels_in_indonesian_notation() -> None:
    assert number_formatter("id", 1)(1234.5, None) == "1.234,5"
    assert number_formatter("en", 1)(1234.5, None) == "1,234.5"
    chart = Chart("c", "quadrant", "T", {"points": [{"label": "C", "x": 2.5, "y": 1.5},
                                                    {"label": "A", "x": 0.2, "y": 0.5}],
                                         "x0": 1.0, "y0": 1.0, "quadrants": {"ne": "u"}})
    import matplotlib

    matplotlib.use("Agg", force=True)
    from rancang.features.plan import charts as mod

    fig = mod._quadrant(chart, "id")
    fig.canvas.draw()
    ax = fig.axes[0]
    labels = [t.get_text() for t in ax.get_xticklabels() if t.get_text()]
    assert any("," in t for t in labels) and not any("." in t for t in labels), labels
    png = render_png(chart, "id")
    assert png[:8] == b"\x89PNG\r\n\x1a\n"
    with pytest.raises(ValueError):
        render_png(Chart("x", "pie", "T", {}), "id")


def test_map_draws_boundaries_when_given(tmp_path: Path, monkeypatch: pytest.MonkeyPatch
                                         ) -> None:
    from rancang.features.plan.charts import boundary_rings

    chart = Chart("m", "map", "Peta", {"points": [
        {"label": "1. A", "lat": -1.2, "lng": 120.5, "value": 1.0},
        {"label": "2. B", "lat": -1.3, "lng": 120.7, "value": 0.5}]})
    monkeypatch.delenv("RANCANG_BOUNDARIES_FILE", raising=False)
    assert boundary_rings() == []
    bare = render_png(chart, "id")
    geo = tmp_path / "b.geojson"
    ring = [[120.6, -2.0], [120.6, 0.0], [121.5, 0.0], [121.5, -2.0], [120.6, -2.0]]
    far = [[100.0, 5.0], [101.0, 5.0], [101.0, 6.0], [100.0, 5.0]]
    geo.write_text(json.dumps({"type": "FeatureCollection", "features": [
        {"type": "Feature", "geometry": {"type": "Polygon", "coordinates": [ring]}},
        {"type": "Feature", "geometry": {"type": "MultiPolygon", "coordinates": [[far]]}}]}))
    monkeypatch.setenv("RANCANG_BOUNDARIES_FILE", str(geo))
    assert len(boundary_rings()) == 2
    assert len(boundary_rings((120.0, -1.5, 121.0, -1.0))) == 1
    assert render_png(chart, "id") != bare
    geo.write_text("not json")
    monkeypatch.setenv("RANCANG_BOUNDARIES_FILE", str(tmp_path / "missing.geojson"))
    assert boundary_rings() == []


def _run(*args: str) -> object:
    return CliRunner().invoke(build_app(), list(args))


@pytest.fixture()
def demo_csv(tmp_path: Path) -> Path:
    panel = demo_province()
    long = panel.to_long()
    assert panel.references is not None
    long = long.vstack(panel.references.to_long())
    path = tmp_path / "pdrb_demo.csv"
    long.write_csv(path)
    return path


def test_cli_sites_and_weights(tmp_path: Path, demo_csv: Path) -> None:
    from docx import Document

    sites = tmp_path / "sites.csv"
    sites.write_text(SITES, encoding="utf-8")
    weights = tmp_path / "priorities.csv"
    weights.write_text("criterion,weight\nslq,0.6\ndlq,0.1\ngrowth,0.3\n", encoding="utf-8")
    db = f"sqlite:///{tmp_path / 'p.sqlite'}"
    r = _run("plan", "draft", str(demo_csv), "--region", REGION, "--start", "2025",
             "--out", str(tmp_path / "out"), "--save", "--database-url", db,
             "--sites", str(sites), "--weights", str(weights))
    assert r.exit_code == 0, r.output  # type: ignore[attr-defined]
    doc = Document(str(tmp_path / "out" / "rpik-9903.docx"))
    assert any("Alpha" in c.text for t in doc.tables for row in t.rows for c in row.cells)
    text = "\n".join(p.text for p in doc.paragraphs)
    assert "slq=0,60" in text and "Sumber: sites.csv (rancang siting, 3 kandidat)" in text
    engine = make_engine(db)
    from rancang.features.plan.service import get_plan

    plan = get_plan(engine, CLI_ACTOR, 1)
    assert plan.sources["options"]["weights"] == {"slq": 0.6, "dlq": 0.1, "growth": 0.3}
    assert plan.sources["sites"]["file"] == "sites.csv"
    engine.dispose()


@pytest.mark.parametrize(("name", "content", "where"), [
    ("sites.csv", "district_code,district_name,lat,lng,rank\nx,Alpha,abc,120,1\n",
     "sites.csv, baris 2, kolom 'lat'"),
    ("sites.csv", "district_code,district_name,lat,lng\nx,Alpha,-1,120\n",
     "sites.csv, baris 1, kolom 'rank'"),
    ("sites.csv", "district_code,district_name,lat,lng,rank\nx,Alpha,-1,520,1\n",
     "sites.csv, baris 2, kolom 'lng'"),
    ("priorities.csv", "criterion,weight\nslq,0.5\nharga,0.5\n",
     "priorities.csv, baris 3, kolom 'criterion'"),
])
def test_bad_sites_or_weights_change_nothing(tmp_path: Path, demo_csv: Path, name: str,
                                             content: str, where: str) -> None:
    bad = tmp_path / name
    bad.write_text(content, encoding="utf-8")
    db = tmp_path / "p.sqlite"
    option = "--sites" if name == "sites.csv" else "--weights"
    r = _run("plan", "draft", str(demo_csv), "--region", REGION, "--out",
             str(tmp_path / "out"), "--save", "--database-url", f"sqlite:///{db}",
             option, str(bad))
    assert r.exit_code == 2, r.output  # type: ignore[attr-defined]
    assert where in r.output  # type: ignore[attr-defined]
    assert "Traceback" not in r.output  # type: ignore[attr-defined]
    assert not (tmp_path / "out").exists()
    if db.exists():
        from sqlalchemy import text as sql

        engine = make_engine(f"sqlite:///{db}")
        with engine.connect() as conn:
            try:
                n = conn.execute(sql("select count(*) from plan_plans")).scalar()
            except Exception:
                n = 0
        engine.dispose()
        assert n == 0


def test_a_chart_drawn_before_is_not_drawn_again(monkeypatch: pytest.MonkeyPatch) -> None:
    """The same chart in the same language, in a later export, is the picture drawn
    before (a plan downloaded as DOCX then PDF, by several readers); another language,
    other data or a map is drawn."""
    from rancang.features.plan import charts as mod

    drawn: list[tuple[str, str]] = []
    real = mod.render_png

    def counting(chart: Chart, lang: str) -> bytes:
        drawn.append((chart.id, lang))
        return real(chart, lang)

    monkeypatch.setattr(mod, "render_png", counting)
    data = {"labels": ["A", "B"], "values": [1.0, 2.0], "xlabel": "Nilai"}
    chart = Chart("cache-test", "bars", "T", data)
    first = mod.ChartImages("id").png(chart)
    assert mod.ChartImages("id").png(chart) == first
    assert drawn == [("cache-test", "id")]
    mod.ChartImages("en").png(chart)
    mod.ChartImages("id").png(Chart("cache-test", "bars", "T", {**data, "values": [1.0, 3.0]}))
    assert drawn == [("cache-test", "id"), ("cache-test", "en"), ("cache-test", "id")]
    where = Chart("cache-map", "map", "Peta", {"points": [
        {"label": "A", "lat": -1.2, "lng": 120.5, "value": 1.0}]})
    mod.ChartImages("id").png(where)
    mod.ChartImages("id").png(where)
    assert drawn[-2:] == [("cache-map", "id"), ("cache-map", "id")]
