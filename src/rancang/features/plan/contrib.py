"""The plan feature's own sections (legal basis, structure of the document, targets, data
and methods) and the targets derived from the data, through the ``targets`` service."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any

import polars as pl

from rancang.core.document import Block, Table
from rancang.core.errors import InputError
from rancang.core.i18n import format_number, shown_stamp, text
from rancang.features.plan.outline import chapter_number, fill, sections
from rancang.features.plan.service import PlanInfo
from rancang.features.plan.targets import (
    INDICATORS,
    TargetRow,
    baseline_flags,
    has_milestone,
    is_count,
    milestone,
    milestone_unit,
    required_growth,
    used_years,
)
from rancang.features.targets.plan_sections import targets_result

if TYPE_CHECKING:
    from rancang.features.plan.draft import DraftContext
    from rancang.features.targets.service import TargetResult

ROMAN = ("I", "II", "III", "IV")
#: RIPIN and regional indicators a plan lists (to fill) besides those computed from PDRB
TEMPLATE_TARGETS: dict[str, str] = {
    "export_share": "%",
    "industry_jobs": "orang",
    "industry_jobs_share": "%",
    "imported_inputs": "%",
    "investment": "miliar rupiah",
    "ikm_contribution": "%",
}
LAWS = (
    "UU 3/2014 tentang Perindustrian (pasal 10-11)",
    "PP 14/2015 tentang Rencana Induk Pembangunan Industri Nasional 2015-2035",
    "PP 29/2018 tentang Pemberdayaan Industri",
    "Permenperin 110/M-IND/PER/12/2015 tentang Pedoman Penyusunan RPIP dan RPIK",
    "Permendagri 86/2017 (tata cara perencanaan pembangunan daerah)",
)


def placeholders(ctx: DraftContext) -> dict[str, Any]:
    """Values of the outline placeholders for this plan."""
    p = ctx.plan
    return {"region_name": ctx.region_name, "region": p.region_code,
            "level_name": text(f"plan.level.{p.level}", ctx.lang),
            "start": p.start_year, "end": p.end_year}


def frame_rows(frame: pl.DataFrame, columns: list[str]) -> list[list[Any]]:
    """Rows of ``frame``'s ``columns`` as plain lists (numbers stay numbers)."""
    return [list(r) for r in frame.select(columns).iter_rows()]


def _indicator(res: TargetResult, name: str) -> float:
    ind = res.tables["indicators"]
    return float(ind.filter(pl.col("indicator") == name)["value"][0])


def data_targets(ctx: DraftContext) -> list[TargetRow]:
    """Targets from the data: manufacturing growth and share of PDRB (baseline from the
    ``targets`` service; stage values on its target path to the plan's share by the end
    year; the growth each requires from the same service, which is the growth target of
    that stage), then the other RIPIN and
    regional indicators, listed for the team to fill."""
    try:
        res = targets_result(ctx)
    except (InputError, ValueError) as exc:
        ctx.sources.setdefault("skipped", {})["targets"] = (
            exc.message(ctx.lang) if isinstance(exc, InputError) else str(exc))
        return template_targets(ctx)
    end = res.end
    source = text("plan.src.targets", ctx.lang, data="; ".join(ctx.panel.sources) or "-",
                  start=res.start, end=end)
    path = res.tables["pathways"].filter(pl.col("scenario") == "target")
    shares: dict[str, float] = {}
    needed: dict[str, float] = {}
    for k, (_, stage_end) in enumerate(ctx.plan.stages, start=1):
        if stage_end <= end:
            continue
        hit = path.filter(pl.col("year") == stage_end)["share"]
        if not hit.len():
            continue
        shares[str(k)] = round(float(hit[0]), 2)
        try:
            req = targets_result(ctx, shares[str(k)], stage_end).tables["required_growth"]
        except InputError:
            continue
        needed[str(k)] = float(req.filter(pl.col("target") == "user")["required_growth"][0])
    # the growth target of each stage: the growth that stage's share requires (what the
    # text states), not one figure for the whole period beside other shares
    growth_stages = {k: round(v, 2) for k, v in needed.items()}
    rows = [
        TargetRow("industry_growth", "industry_growth", text("plan.ind.industry_growth",
                                                               ctx.lang),
                  "% per tahun", "up", end, _indicator(res, "manufacturing_growth"), source,
                  growth_stages, dict(growth_stages), "data"),
        TargetRow("industry_share", "industry_share", text("plan.ind.industry_share", ctx.lang),
                  "% PDRB", "up", end, _indicator(res, "manufacturing_share"), source, shares,
                  needed, "data"),
    ]
    return rows + template_targets(ctx)


#: Kemendagri province codes of Java (DKI Jakarta, Jawa Barat, Jawa Tengah, DI Yogyakarta,
#: Jawa Timur, Banten): RIPIN's "value added outside Java" is not a target there
JAVA = ("31", "32", "33", "34", "35", "36")


def outside_java(region: str) -> bool:
    """Whether a region (Kemendagri or BPS code) lies outside Java.

    >>> outside_java("72.06"), outside_java("3201"), outside_java("9903")
    (True, False, True)
    """
    return region.strip()[:2] not in JAVA


def template_targets(ctx: DraftContext) -> list[TargetRow]:
    """The RIPIN and regional indicators listed for the team, with a baseline where the
    data gives one: for a region outside Java, RIPIN's value added outside Java as the
    region's manufacturing value added (PDRB category C, the panel's last year); for an
    RPIP drafted from its regencies' files, the concentration of manufacturing across them
    (Herfindahl-Hirschman index of the last year, :func:`~rancang.features.plan.rpip.
    spread`, as in the section on the spread of industry)."""
    extra = dict(TEMPLATE_TARGETS)
    if ctx.plan.level == "rpip":
        extra["concentration"] = "indeks"
    rows = [TargetRow(key, key, text(f"plan.ind.{key}", ctx.lang), unit,
                      "down" if key in ("imported_inputs", "concentration") else "up",
                      origin="data") for key, unit in extra.items()]
    p = ctx.panel
    year = int(p.years[-1])
    data = "; ".join(p.sources) or "-"
    if outside_java(ctx.plan.region_code) and "C" in p.industry_codes:
        value = float(p.values[ctx.region_index, p.industry_codes.index("C"), -1])
        rows.append(TargetRow("outside_java", "outside_java",
                              text("plan.ind.outside_java", ctx.lang), p.unit or "miliar rupiah",
                              "up", year, value,
                              text("plan.src.value_added", ctx.lang, data=data, year=year),
                              origin="data"))
    if ctx.plan.level == "rpip" and ctx.regencies is not None:
        from rancang.features.plan.rpip import spread

        res = spread(ctx.regencies, ctx.region)
        if res is not None:
            k = next(i for i, r in enumerate(rows) if r.key == "concentration")
            rows[k].baseline_year = int(res["years"][-1])
            rows[k].baseline_value = float(res["hhi"][-1])
            rows[k].baseline_source = text("plan.src.concentration", ctx.lang, data=data,
                                           year=rows[k].baseline_year, n=res["n"])
    return rows


def targets_block(plan: PlanInfo, targets: list[TargetRow], lang: str,
                  data_years: Sequence[int] | None = None,
                  baselines: Mapping[str, Sequence[float]] | None = None) -> Block:
    """The targets table and the table beside RIPIN (the plan's own block of
    ``sasaran.sasaran``), from the stored targets; a target whose baseline year is after
    the data's last year, or whose baseline differs from the data's (``baselines``: the
    draft's, default those recorded in the plan's sources), is flagged in the text and
    its required growth is not stated (:func:`~rancang.features.plan.targets.
    baseline_flags`)."""
    years = data_years if data_years is not None else plan.sources.get("years")
    flags = baseline_flags(targets, int(years[-1]) if years else None,
                           baselines if baselines is not None
                           else plan.sources.get("baselines"), lang)
    flagged = {key for key, _ in flags}
    stages = plan.stages
    heads = [text("plan.col.indicator", lang), text("plan.col.unit", lang),
             text("plan.col.baseline", lang), text("plan.col.baseline_year", lang)]
    heads += [text("plan.col.stage", lang, n=ROMAN[k], end=e) for k, (_, e) in enumerate(stages)]
    rows = [[t.label, t.unit, t.baseline_value, t.baseline_year,
             *[t.value(k) for k in range(1, 5)]] for t in targets]
    main = Table("plan.targets", text("plan.tbl.targets", lang), heads, rows,
                 [None, None, 2, None, 2, 2, 2, 2],  # a year is not a quantity: 2024
                 text("plan.src.targets_table", lang),
                 # persons and firms are whole: "45.000", never "45.000,00"
                 whole_cells=[[k, c] for k, t in enumerate(targets) if is_count(t.unit)
                              for c in (2, 4, 5, 6, 7)])
    none = text("plan.ripin.none", lang)
    align_rows: list[list[Any]] = []
    whole: list[list[int]] = []
    for t in targets:
        known = has_milestone(t.indicator)
        shown = [k for k in range(1, 5) if known or t.value(k) is not None]
        unit = milestone_unit(t.indicator, lang) or "-"
        if not shown:  # no national milestone and no value yet: said, not left out
            align_rows.append([t.label, None, none, None, None, unit])
        for k in shown:
            e = stages[k - 1][1]
            m = milestone(t.indicator, e)
            if is_count(t.unit):
                whole.append([len(align_rows), 1])
            align_rows.append([f"{t.label} ({ROMAN[k - 1]})", t.value(k),
                               none if m is None else m[1], None if m is None else m[0],
                               required_growth(plan, t, k), unit])
    align = Table("plan.ripin", text("plan.tbl.ripin", lang),
                  [text("plan.col.target_stage", lang), text("plan.col.regional", lang),
                   text("plan.col.ripin", lang), text("plan.col.ripin_year", lang),
                   text("plan.col.required", lang), text("plan.col.ripin_unit", lang)],
                  align_rows, [None, 2, 2, None, 2, None], text("plan.src.ripin", lang),
                  whole_cells=whole)
    tables = [main, align]
    years = used_years(targets)
    if years:  # yearly values, when the team set some
        tables.append(Table(
            "plan.targets_yearly", text("plan.tbl.targets_yearly", lang),
            [text("plan.col.indicator", lang), text("plan.col.unit", lang), *years],
            [[t.label, t.unit, *[t.yearly.get(y) for y in years]] for t in targets
             if t.yearly], [None, None, *[2] * len(years)],
            text("plan.src.targets_yearly", lang)))
    share = next((t for t in targets if t.key == "industry_share"), None)
    body = ""
    if share is not None and share.baseline_value is not None and share.value(4) is not None:
        # the growth the share requires only when the service computed it for this
        # baseline (never a silent 0,0 %)
        growth = None if share.key in flagged else required_growth(plan, share, 4)
        words = dict(share=format_number(share.baseline_value, 1, lang),
                     year=share.baseline_year,
                     target=format_number(share.value(4) or 0.0, 1, lang), end=plan.end_year)
        body = (text("plan.txt.targets_plain", lang, **words) if growth is None else
                text("plan.txt.targets", lang, **words,
                     growth=format_number(growth, 1, lang)))
    if flags:
        body = "\n\n".join([body, *(message for _, message in flags)]).strip()
    return Block("plan.targets", body, tables,
                 {"service": "rancang.features.targets.run_targets",
                  "reference": "PP 14/2015 (RIPIN)"})


def sections_hook(ctx: DraftContext) -> list[tuple[str, Block]]:
    """The plan's own sections: legal basis, structure, targets, data and methods."""
    lang = ctx.lang
    values = placeholders(ctx)
    laws = "\n".join(f"- {law}" for law in LAWS)
    laws += "\n- " + text("plan.txt.laws_local", lang)
    outline_lines = []
    for chapter in ctx.plan.outline["chapters"]:
        title = fill(chapter["title"], values, lang)
        lines = [f"- {fill(s['title'], values, lang)}" for s in chapter["sections"]]
        label = (text("plan.annex", lang) if chapter["key"] == "lampiran"
                 else text("plan.chapter", lang, n=chapter_number(ctx.plan.outline,
                                                                  chapter["key"])[4:]))
        outline_lines.append(f"{label}: {title}\n" + "\n".join(lines))
    n_sections = len(list(sections(ctx.plan.outline)))
    data = ctx.panel
    files = ctx.sources.get("files", [])
    ds = ctx.sources.get("dataset")
    src_rows: list[list[Any]] = [[f["file"], f["sha256"][:16]] for f in files]
    if ds:
        # the stored version as people read it: its id and when it was saved (minutes)
        src_rows.append([str(ds.get("name", "dataset")), shown_stamp(ds.get("stamp", ""), lang)])
    src_table = Table("plan.sources", text("plan.tbl.sources", lang),
                      [text("plan.col.source", lang), text("plan.col.fingerprint", lang)],
                      src_rows, [None, None], "")
    data_text = text("plan.txt.data", lang, measure=data.measure, unit=data.unit or "-",
                     start=data.years[0], end=data.years[-1],
                     sources="; ".join(data.sources) or "-")
    if data.synthetic:
        data_text += "\n\n" + text("plan.txt.synthetic", lang)
    extra: list[tuple[str, Block]] = []
    if ctx.regencies is not None:
        from rancang.features.plan.rpip import spread_block

        spread = spread_block(ctx)
        if spread is not None:
            extra.append(("kondisi.persebaran", spread))
    if ctx.actions:
        from rancang.features.plan.actions import action_blocks

        extra += action_blocks(ctx.plan, ctx.actions, lang,
                               {t.key: t.label for t in ctx.targets})
    if ctx.sites:
        from rancang.features.plan.sites import sites_block

        extra.append(("program.perwilayahan", sites_block(
            ctx, ctx.sites, str(ctx.sources.get("sites", {}).get("file", "sites.csv")))))
    return [
        *extra,
        ("pendahuluan.dasar_hukum", Block("plan.laws", laws, [],
                                          {"reference": "UU 3/2014; PP 14/2015"})),
        ("pendahuluan.sistematika", Block(
            "plan.outline", text("plan.txt.outline", lang, n=n_sections,
                                 chapters=len(ctx.plan.outline["chapters"]))
            + "\n\n" + "\n\n".join(outline_lines), [], {"source": ctx.plan.outline["id"]})),
        ("sasaran.sasaran", targets_block(
            ctx.plan, ctx.targets, lang, [int(y) for y in ctx.panel.years],
            ctx.sources.get("baselines", {}))),
        ("lampiran.data", Block("plan.data", data_text, [src_table],
                                {"sources": list(data.sources)})),
    ]


def indicator_names() -> list[str]:
    """Every indicator a target may name."""
    return list(INDICATORS)


__all__ = ["data_targets", "frame_rows", "indicator_names", "placeholders",
           "sections_hook", "targets_result"]
