"""Words of the decide feature: its messages and labels in Indonesian and English."""

from __future__ import annotations

WORDS: dict[str, tuple[str, str]] = {
    "feature.decide": ("Keputusan bersama pemangku kepentingan",
                       "Decisions with stakeholders"),
}
