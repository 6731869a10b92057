"""Input-output analysis of BPS tables (``rancang io``): service and export."""

from rancang.features.inputoutput.service import TABLE_NAMES, IOOptions, IOResult, run_io

__all__ = ["TABLE_NAMES", "IOOptions", "IOResult", "run_io"]
