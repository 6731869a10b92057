"""The feature packages: each one a capability of Rancang with its manifest (``FEATURE``).

They are found through :mod:`rancang.core.features`, never imported by the core or the shells.
"""
