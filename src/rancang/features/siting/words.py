"""Words of the siting feature: its messages and labels in Indonesian and English."""

from __future__ import annotations

WORDS: dict[str, tuple[str, str]] = {
    "feature.siting": ("Lokasi sentra IKM",
                       "Sentra IKM siting"),
}
