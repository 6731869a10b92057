"""Leading industries through the decision engine (issue 6, section 3, first use).

Checks: the criteria are the foundation's own figures (hand-checked on the real Morowali
row), the ranking agrees with pymcdm run on the same criteria matrix, AHP priorities reach
the ranking, register counts join, bad inputs stop with a located message and write nothing.
"""

from __future__ import annotations

from pathlib import Path

import numpy as np
import polars as pl
import pytest
from typer.testing import CliRunner

from rancang.cli import build_app
from rancang.core.errors import InputError
from rancang.features.decide.criteria import (
    leading_criteria,
    rank_leading,
    ranking_table,
    register_criteria,
    weights_for,
)
from rancang.features.leading import AnalysisOptions, run_analysis
from rancang.sources.synthetic import demo_province


@pytest.fixture(scope="module")
def panel():
    return demo_province()


def test_criteria_are_the_analysis_figures(panel):
    region = panel.region_codes[3]
    lc = leading_criteria(panel, region, start=2015, end=2022)
    res = run_analysis(panel, AnalysisOptions(regions=[region], start=2015, end=2022,
                                              rank_samples=10))
    quad = res.tables["lq_quadrant"]
    ss = res.tables["shift_share"]
    got = lc.table()
    np.testing.assert_allclose(got["slq"].to_numpy(), quad["slq"].to_numpy(), rtol=1e-12)
    np.testing.assert_allclose(got["dlq"].to_numpy(), quad["dlq"].to_numpy(), rtol=1e-12)
    np.testing.assert_allclose(got["competitive"].to_numpy(),
                               ss["em_competitive"].to_numpy(), rtol=1e-12)
    # growth and share by hand from the raw panel
    sub = panel.select_years(2015, 2022)
    x = sub.values[sub.region_index(region)]
    np.testing.assert_allclose(got["growth"].to_numpy(), (x[:, -1] / x[:, 0]) ** (1 / 7) - 1)
    np.testing.assert_allclose(got["share"].to_numpy(), x[:, -1] / x[:, -1].sum())


@pytest.mark.realdata
def test_morowali_manufacturing_leads_with_hand_checked_criteria(bps_pdrb_dir):
    from rancang.sources import read_panel

    p = read_panel([bps_pdrb_dir])
    lc = leading_criteria(p, "72.06", reference="9999", start=2013, end=2020)
    assert lc.region_code == "7203"  # the panel's code, as analyze writes it: files join
    c = lc.matrix.alternatives.index("C")
    # BPS ADHK 2020, billion rupiah: Morowali C 28,893.19 of 43,947.51; Indonesia C
    # 2,209,920.3 of the 17 categories' sum (see test_real_morowali.py)
    national_total = 10331632.3
    assert lc.matrix.values[c, 0] == pytest.approx(
        (28893.19 / 43947.51) / (2209920.3 / national_total), rel=1e-6)
    assert lc.matrix.values[c, 4] == pytest.approx(28893.19 / 43947.51, rel=1e-6)
    ranking = rank_leading(lc, method="topsis", samples=300)
    top = ranking.rows()[0]
    assert top["alternative"] == "C" and top["rank_low"] == top["rank_high"] == 1


@pytest.mark.parametrize("method", ["topsis", "vikor", "wsm"])
def test_ranking_agrees_with_pymcdm_on_the_same_matrix(panel, method):
    pm = pytest.importorskip("pymcdm")
    from pymcdm import methods as pmm
    from pymcdm import normalizations as pn

    lc = leading_criteria(panel, panel.region_codes[0])
    given = {"slq": 0.3, "dlq": 0.2, "competitive": 0.2, "growth": 0.2, "share": 0.1}
    ours = rank_leading(lc, given, method=method, samples=50)
    x, w = lc.matrix.values, weights_for(lc.matrix.criteria, given)
    types = np.ones(x.shape[1])
    peer = {
        "topsis": lambda: pmm.TOPSIS(pn.vector_normalization)(x, w, types),
        "vikor": lambda: pmm.VIKOR(v=0.5)(x, w, types),
        "wsm": lambda: pmm.WSM(pn.minmax_normalization)(x, w, types),
    }[method]()
    assert pm is not None
    np.testing.assert_allclose(ours.robustness.scores, peer, atol=1e-10)
    peer_order = np.argsort(peer if method == "vikor" else -peer, kind="stable")
    assert [r["alternative"] for r in ours.rows()] == [lc.matrix.alternatives[i]
                                                        for i in peer_order]


def test_rank_interval_contains_rank_and_group_spread_widens_it(panel):
    lc = leading_criteria(panel, panel.region_codes[1])
    tight = rank_leading(lc, method="topsis", samples=400)
    rows = ranking_table(lc, tight)
    assert (rows["rank_low"] <= rows["rank"]).all() and (rows["rank"] <= rows["rank_high"]).all()
    assert rows["rank"].to_list() == list(range(1, 18))
    # participants who disagree strongly: one wants only slq, one only growth
    spread = np.array([[0.92, 0.02, 0.02, 0.02, 0.02], [0.02, 0.02, 0.02, 0.92, 0.02]])
    wide = rank_leading(lc, method="topsis", samples=400, group_priorities=spread)
    width = lambda r: (r.robustness.rank_high - r.robustness.rank_low).sum()  # noqa: E731
    assert width(wide) > width(tight)


def test_weights_must_name_every_criterion(panel):
    lc = leading_criteria(panel, panel.region_codes[0])
    with pytest.raises(InputError, match="no weight for share"):
        rank_leading(lc, {"slq": 1, "dlq": 1, "competitive": 1, "growth": 1})
    with pytest.raises(InputError, match="positive criteria"):
        rank_leading(lc, method="wpm")


def _priorities(path: Path, weights: dict[str, float]) -> Path:
    path.write_text("criterion,weight\n" + "".join(f"{k},{v}\n" for k, v in weights.items()))
    return path


def test_cli_with_ahp_priorities_and_extra_criteria(tmp_path, panel):
    from rancang.sources.writers import write_csvs

    write_csvs(tmp_path / "in", {"panel": panel.to_long()})
    prio = _priorities(tmp_path / "priorities.csv",
                       {"slq": 4, "dlq": 1, "competitive": 1, "growth": 1, "share": 1,
                        "backward_linkage": 2})
    extra = tmp_path / "extra.csv"
    extra.write_text("industry_code,backward_linkage\nC,1.4\nA,0.9\n")
    out = tmp_path / "out"
    result = CliRunner().invoke(build_app(), [
        "decide", "leading", str(tmp_path / "in" / "panel.csv"), "--region",
        panel.region_codes[0], "--weights", str(prio), "--extra", str(extra),
        "--extra-fill", "1", "--method", "promethee", "--samples", "200", "--out", str(out)])
    assert result.exit_code == 0, result.output
    w = pl.read_csv(out / "weights.csv")
    assert w["criterion"].to_list()[-1] == "backward_linkage"
    assert w["weight"].to_list() == pytest.approx([0.4, 0.1, 0.1, 0.1, 0.1, 0.2])
    ranking = pl.read_csv(out / "ranking.csv", schema_overrides={"region_code": pl.String})
    assert ranking.height == 17 and "backward_linkage" in ranking.columns
    assert ranking.filter(pl.col("industry_code") == "G")["backward_linkage"][0] == 1.0
    assert (out / "leading_decision.xlsx").exists()
    about = _about(out / "leading_decision.xlsx")
    assert about["Metode"] == "promethee" and "backward_linkage=0.200" in about["Bobot"]


def _about(path: Path) -> dict[str, str]:
    import openpyxl

    book = openpyxl.load_workbook(path, read_only=True)
    try:  # a read-only workbook holds its file open until closed
        return {str(r[0]): str(r[1])
                for r in book["Keterangan"].iter_rows(min_row=3, values_only=True)}
    finally:
        book.close()


@pytest.mark.usefixtures("english")
@pytest.mark.parametrize(
    ("content", "message"),
    [
        ("criterion,weight\nslq,1\nfoo,2\n", "not in the matrix: foo"),
        ("criterion,weight\nslq,abc\n", "row 2, column 'weight'"),
        ("name,weight\nslq,1\n", "missing column 'criterion'"),
    ],
)
def test_cli_bad_priorities_stop_and_write_nothing(tmp_path, panel, content, message):
    from rancang.sources.writers import write_csvs

    write_csvs(tmp_path / "in", {"panel": panel.to_long()})
    prio = tmp_path / "priorities.csv"
    prio.write_text(content)
    out = tmp_path / "out"
    result = CliRunner().invoke(build_app(), [
        "decide", "leading", str(tmp_path / "in" / "panel.csv"), "--region",
        panel.region_codes[0], "--weights", str(prio), "--out", str(out)])
    assert result.exit_code != 0
    assert message in " ".join(result.output.split()) or message in result.output
    assert not out.exists()


def test_extra_criteria_missing_industries_is_an_error(panel):
    extra = pl.DataFrame({"industry_code": ["C"], "workers": [10]})
    with pytest.raises(InputError, match="--extra-fill"):
        leading_criteria(panel, panel.region_codes[0], extra=extra)
    with pytest.raises(InputError, match="not in the panel"):
        leading_criteria(panel, panel.region_codes[0],
                         extra=pl.DataFrame({"industry_code": ["ZZ"], "w": [1]}),
                         extra_fill=0)


def test_register_counts_join_as_criteria(tmp_path):
    """Three Morowali IKM from an office workbook: 5 + 7 + 2 workers, all small."""
    from rancang.core.db import ensure_schema, make_engine
    from tests.registry.conftest import office_workbook

    url = f"sqlite:///{tmp_path / 'reg.sqlite'}"
    ensure_schema(make_engine(url))
    book = office_workbook(tmp_path / "ikm.xlsx")
    result = CliRunner().invoke(build_app(), ["registry", "import", str(book),
                                              "--database-url", url])
    assert result.exit_code == 0, result.output
    codes = ["A", "C", "G"]
    counts = register_criteria(make_engine(url), "7203", codes)  # BPS code of 72.06
    assert counts["industry_code"].to_list() == codes
    assert counts["workers"].to_list() == [0.0, 14.0, 0.0]
    assert counts["ikm_units"].to_list() == [0.0, 3.0, 0.0]
    kbli = register_criteria(make_engine(url), "72.06", ["10", "31"],
                             classification="kbli2020")
    assert kbli["workers"].to_list() == [7.0, 7.0]


@pytest.mark.usefixtures("english")
def test_linkages_of_rancang_io_join_by_pdrb_category(tmp_path):
    from rancang.features.decide.criteria import linkage_criteria

    path = tmp_path / "linkages.csv"
    path.write_text("sector,sector_name,backward,forward,key_sector\n"
                    "C,Industri,1.10,0.95,false\nMN,Jasa Perusahaan,0.9,1.2,false\n")
    frame = linkage_criteria(path, ["A", "C", "M_N"])
    assert frame.rows() == [("C", 1.10, 0.95), ("M_N", 0.9, 1.2)]
    path.write_text("sector,backward,forward\nZZ,1,1\nC,x,1\n")
    with pytest.raises(InputError) as err:
        linkage_criteria(path, ["A", "C"])
    text = str(err.value)
    assert "'ZZ' matches no industry" in text and "row 2" in text and "row 3" in text


@pytest.mark.realdata
def test_cli_linkages_from_the_real_sulawesi_selatan_table(bps_pdrb_dir, bps_io_dir, tmp_path):
    table = next(bps_io_dir.glob("*Sulawesi Selatan*.xlsx"))
    runner = CliRunner()
    res = runner.invoke(build_app(), ["io", str(table), "--out", str(tmp_path / "io")])
    assert res.exit_code == 0, res.output
    res = runner.invoke(build_app(), [
        "decide", "leading", str(bps_pdrb_dir), "--region", "73.71", "--reference", "7300",
        "--linkages", str(tmp_path / "io" / "linkages.csv"), "--samples", "100",
        "--out", str(tmp_path / "lead")])
    assert res.exit_code == 0, res.output
    ranking = pl.read_csv(tmp_path / "lead" / "ranking.csv")
    links = pl.read_csv(tmp_path / "io" / "linkages.csv")
    c_io = links.filter(pl.col("sector") == "C")["backward"][0]
    assert ranking.filter(pl.col("industry_code") == "C")["backward_linkage"][0] == c_io
    assert ranking["backward_linkage"].null_count() == 0 and ranking.height == 17
