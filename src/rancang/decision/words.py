"""Words of :mod:`rancang.decision`: its messages in Indonesian and English (see
:mod:`rancang.core.i18n`)."""

from __future__ import annotations

WORDS: dict[str, tuple[str, str]] = {
}
