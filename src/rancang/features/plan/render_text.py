"""The plan as the command line prints it (``rancang plan show``)."""

from __future__ import annotations

from typing import Any

from sqlalchemy import Engine

from rancang.core.actors import Actor
from rancang.core.i18n import format_when, pick, text
from rancang.features.plan.store import plan_sections

#: what a draft was built from, in the order people read it
SUMMARY_KEYS = ("data", "dataset", "files", "io", "register")


def source_summary(sources: dict[str, Any], lang: str | None = None) -> str:
    """:func:`source_pairs` as one line.

    >>> source_summary({"summary": {"data": "pdrb_adhk 2013-2020", "dataset": "#2, x"},
    ...                 "dataset": {"stamp": "2@2026-12-05T08:49:00"}}, "en")
    'data: pdrb_adhk 2013-2020; stored dataset: #2, 5 Dec 2026 08:49'
    """
    return "; ".join(f"{label}: {value}" for label, value in source_pairs(sources, lang))


def source_pairs(sources: dict[str, Any], lang: str | None = None) -> list[tuple[str, str]]:
    """What the plan was built from as people read it: each part named from the
    catalogue (never its machine key), a stored dataset's version with its date in
    ``lang`` ("#2, 5 Dec 2026 08:49"); the values as the draft recorded them.

    >>> source_pairs({"summary": {"io": "io.csv", "data": "pdrb"}}, "id")
    [('data', 'pdrb'), ('tabel input-output', 'io.csv')]
    """
    from rancang.core.i18n import shown_stamp

    summary = sources.get("summary", {})
    parts: list[tuple[str, str]] = []
    for k in sorted(summary, key=lambda k: (SUMMARY_KEYS.index(k) if k in SUMMARY_KEYS
                                            else len(SUMMARY_KEYS), k)):
        value = summary[k]
        if k == "dataset" and isinstance(sources.get("dataset"), dict):
            value = shown_stamp(sources["dataset"].get("stamp", value), lang)
        label = text(f"plan.summary.{k}", lang) if k in SUMMARY_KEYS else k
        parts.append((label, str(value)))
    return parts


def plan_summary(engine: Engine, actor: Actor, plan_id: int) -> str:
    """Header lines (level, region, period, stages, status, Perda, sources) and one line
    per section: number, key, state, title."""
    from rancang.core.i18n import current_language

    lang = current_language()
    plan, views = plan_sections(engine, actor, plan_id)
    stages = ", ".join(f"{a}-{b}" for a, b in plan.stages)
    # the Perda's date as people write it (``4 Mei 2026``), never ISO
    perda = (f"{plan.perda_number} ({format_when(plan.perda_date, lang)})"
             if plan.perda_number and plan.perda_date else "-")
    built = source_summary(plan.sources, lang)
    lines = [
        f"{text('plan.h.id')}: {plan.id} ({plan.anchor})",
        f"{text('plan.h.level')}: {plan.level.upper()} "
        f"({text('plan.level.' + plan.level)})",
        f"{text('plan.h.region')}: {plan.region_code} {plan.region_name}".rstrip(),
        f"{text('plan.h.period')}: {plan.start_year}-{plan.end_year}",
        f"{text('plan.h.stages')}: {stages}",
        f"{text('plan.h.status')}: {text('plan.status.' + plan.status)}",
        f"{text('plan.h.perda')}: {perda}",
        f"{text('plan.h.sources')}: {built or '-'}",
        "",
    ]
    for v in views:
        title = pick(v.spec.title, lang)
        lines.append(f"{v.spec.number:<7} {v.key:<32} {text('plan.state.' + v.state):<16} "
                     f"{title}")
    return "\n".join(lines)
