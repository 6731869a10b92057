"""Register words for people: record fields, statuses, audit actions and changes.

The record page, the audit trail and the register templates call these (they are the
feature's template globals).
"""

from __future__ import annotations

from datetime import date
from typing import Any

from rancang.core.i18n import format_when, has, text


def field_label(key: str, lang: str | None = None) -> str:
    """Label of a register record field (``owner_name`` -> "Owner" / "Nama pemilik").

    >>> field_label("owner_name", "en"), field_label("owner_name", "id")
    ('Owner', 'Nama pemilik')
    """
    return text(f"field.{key}", lang) if has(f"field.{key}") else key


def status_label(value: str | None, lang: str | None = None) -> str:
    """A record status (``draft``, ``returned``, ``verified``) for people.

    >>> status_label("verified", "en"), status_label("odd", "en"), status_label(None)
    ('Verified', 'odd', '')
    """
    if not value:
        return ""
    return text(f"status.{value}", lang) if has(f"status.{value}") else value


def display_value(key: str, value: Any, lang: str | None = None) -> str:
    """A record field's value for people: yes/no, lists joined, status translated.

    >>> display_value("public", True, "en"), display_value("kbli_others", ["10710", "10792"])
    ('yes', '10710, 10792')
    """
    if value is None:
        return ""
    if isinstance(value, bool):
        return text("ui.yes" if value else "ui.no", lang)
    if isinstance(value, list | tuple):
        return ", ".join(str(v) for v in value)
    if key == "status":
        return status_label(str(value), lang)
    if isinstance(value, date):  # a moment (created, updated) or a day, without fractions
        return format_when(value, lang)
    return str(value)


def describe_changes(values: Any, lang: str | None = None) -> str:
    """An audit entry's before/after values as "Label: value; ..." (not a raw dict).

    >>> describe_changes({"product": "Keripik", "public": True}, "en")
    'Product: Keripik; Public: yes'
    """
    if values is None:
        return ""
    if not isinstance(values, dict):
        return str(values)
    return "; ".join(f"{field_label(k, lang)}: {display_value(k, v, lang) or '-'}"
                     for k, v in values.items())


def audit_action(action: str, lang: str | None = None) -> str:
    """An audit action (``update``, ``import_create``...) for people.

    >>> audit_action("merge", "en"), audit_action("other", "en")
    ('merged', 'other')
    """
    return text(f"audit.{action}", lang) if has(f"audit.{action}") else action


TEMPLATE_GLOBALS = {f.__name__: f for f in (field_label, status_label, display_value,
                                            describe_changes, audit_action)}
