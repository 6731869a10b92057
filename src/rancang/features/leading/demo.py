"""The demo job of the leading-industry feature: the synthetic province and its analysis."""

from __future__ import annotations

from rancang.core.features import DemoContext


def run_demo(ctx: DemoContext) -> None:
    """Write the synthetic input (tidy CSV) and its full analysis into ``ctx.out``."""
    if not ctx.files:
        return
    from rich.console import Console

    from rancang.cli.progress import analysis_progress
    from rancang.core.i18n import current_language, text
    from rancang.features.leading import AnalysisOptions, run_analysis
    from rancang.features.leading.cli_render import print_analysis_summary
    from rancang.features.leading.export import export_result
    from rancang.sources.synthetic import DEMO_PROVINCE_CODE, demo_province

    lang = current_language()
    console = Console()
    panel = demo_province(seed=ctx.seed)
    input_dir = ctx.out / "input"
    input_dir.mkdir(parents=True, exist_ok=True)
    long = panel.to_long()
    if panel.references is not None:
        long = long.vstack(panel.references.to_long())
    long.write_csv(input_dir / "pdrb_demo_sintetis.csv")
    with analysis_progress(console) as step:
        result = run_analysis(panel, AnalysisOptions(reference=DEMO_PROVINCE_CODE),
                              progress=step)
        export_result(result, ctx.out / "analysis", lang=lang)
    print_analysis_summary(console, result, lang=lang, max_regions=3)
    console.print(text("demo.written", input=input_dir, out=ctx.out / "analysis"))
