"""Leading industries (industri unggulan): the analysis service behind ``rancang analyze``."""

from rancang.features.leading.service import (
    TABLE_NAMES,
    AnalysisOptions,
    AnalysisResult,
    run_analysis,
)

__all__ = ["TABLE_NAMES", "AnalysisOptions", "AnalysisResult", "run_analysis"]
