"""Rancang: a workbench for regional industrial development plans (RPIK/RPIP) in Indonesia."""

from rancang.errors import InputError, Problem, RancangError
from rancang.panel import Panel

__all__ = ["InputError", "Panel", "Problem", "RancangError", "__version__"]
__version__ = "0.1.0"
