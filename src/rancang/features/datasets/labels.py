"""Dataset and upload words for people: import statuses and kinds, upload summaries."""

from __future__ import annotations

from typing import Any

from rancang.core.i18n import has, text


def label_of(prefix: str, value: str | None, lang: str | None = None) -> str:
    """The word ``prefix.value`` in ``lang``, else the value itself (a new machine value
    shows as it is rather than disappearing).

    >>> label_of("import.status", "refused", "en"), label_of("import.status", "odd", "en")
    ('refused', 'odd')
    """
    if value is None:
        return ""
    return text(f"{prefix}.{value}", lang) if has(f"{prefix}.{value}") else value


SUMMARY_KEYS = ("regions", "industries", "years", "rows", "added", "changed", "unchanged",
                "periods_added", "periods_changed", "batch")


def _years_text(years: Any) -> str:
    """``[2019, 2020, 2021]`` -> ``"2019-2021"`` (one year alone, "" for none).

    >>> _years_text([2019, 2020, 2021]), _years_text([2020]), _years_text(None)
    ('2019-2021', '2020', '')
    """
    if not isinstance(years, list | tuple) or not years:
        return str(years or "")
    return str(years[0]) if len(years) == 1 else f"{years[0]}-{years[-1]}"


def upload_summary(summary: dict[str, Any], lang: str | None = None) -> dict[str, Any]:
    """An accepted upload for people: a sentence and (label, value) rows, no raw keys.

    >>> upload_summary({"regions": 3, "industries": 17, "years": [2019, 2020],
    ...                 "dataset_id": 4}, "en")["sentence"]
    'New PDRB dataset saved: 3 regions, 17 industries, years 2019-2020.'
    >>> upload_summary({"rows": 5, "added": 5, "batch": "b1"}, "id")["rows"][1]
    ('Usaha baru', '5')
    """
    rows = [(text(f"summary.{k}", lang),
             _years_text(summary[k]) if k == "years" else str(summary[k]))
            for k in SUMMARY_KEYS if k in summary and summary[k] is not None]
    if "regions" in summary:
        sentence = text("ui.saved_pdrb", lang, regions=summary.get("regions"),
                        industries=summary.get("industries"),
                        years=_years_text(summary.get("years")))
    else:
        sentence = text("ui.saved_register", lang,
                        **{k: summary.get(k, 0) for k in ("rows", "added", "changed",
                                                          "unchanged")})
    return {"sentence": sentence, "rows": rows, "dataset_id": summary.get("dataset_id")}


TEMPLATE_GLOBALS = {f.__name__: f for f in (label_of, upload_summary)}
