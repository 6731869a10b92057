"""Targets and pathways of a region's manufacturing (``rancang targets``)."""

from rancang.features.targets.service import TABLE_NAMES, TargetOptions, TargetResult, run_targets

__all__ = ["TABLE_NAMES", "TargetOptions", "TargetResult", "run_targets"]
