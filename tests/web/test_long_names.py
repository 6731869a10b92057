"""Long sector names are never cut (issue 12, section 2: "Long sector names never
clipped"): no template shortens a name or a title (``title[:70]``, ``| truncate``), and the
register's published aggregates list every KBLI group with its whole title (KBLI 16 runs
to 119 characters) while the page still fits a phone (390 px) and a desktop (1280 px)
without sideways scrolling: the list keeps to its column, the table's cells wrap."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from rancang.reference.kbli import manufacturing_groups
from tests.web.test_browser import _login, server  # noqa: F401

SRC = Path(__file__).resolve().parents[2] / "src" / "rancang"
#: A name or a title cut short in a template: ``title[:70]``, ``r.name[:60]``,
#: ``name | truncate(40)``.
CUT = re.compile(r"\b\w*(?:name|title)\w*\s*(?:\[\s*:\s*\d+\s*\]|\|\s*truncate\b)", re.I)
OVERFLOW = "() => document.documentElement.scrollWidth - window.innerWidth"


def template_cuts(source: str) -> list[str]:
    """The places ``source`` (a template) cuts a name or a title short."""
    return CUT.findall(source)


def test_no_template_cuts_a_name() -> None:
    cuts = {str(p.relative_to(SRC)): found for p in sorted(SRC.rglob("*.html"))
            if (found := template_cuts(p.read_text(encoding="utf-8")))}
    assert not cuts, cuts
    # the check finds what it looks for (and leaves a code's prefix and an excerpt alone)
    assert template_cuts("{{ code }} {{ title[:70] }}") == ["title[:70]"]
    assert template_cuts("{{ r.kbli_title | truncate(40) }}")
    assert not template_cuts("{{ plan.region_code[:2] }} {{ s.text[:70] }}")


@pytest.mark.browser
@pytest.mark.parametrize("width", [1280, 390])
def test_whole_kbli_titles_and_no_sideways_scrolling(browser, server: str,  # type: ignore[no-untyped-def]  # noqa: F811
                                                     width: int) -> None:
    titles = manufacturing_groups()
    context = browser.new_context(viewport={"width": width, "height": 900})
    page = context.new_page()
    try:
        _login(page, server, "viewer")
        page.goto(f"{server}/register?lang=id")
        page.wait_for_selector("#aggregate-table")
        options = page.evaluate("""() => [...document.querySelectorAll(
            '#aggregate-filters select[name=kbli] option')].filter(o => o.value)
            .map(o => [o.value, o.textContent.trim()])""")
        assert options and all(shown == f"{code} {titles[code]}" for code, shown in options), \
            options
        assert max(len(titles[code]) for code, _ in options) > 100  # KBLI 16
        cells = page.evaluate("""() => [...document.querySelectorAll(
            '#aggregate-table tbody td:nth-child(2) .muted')].map(s => s.textContent)""")
        assert titles["16"] in cells
        assert page.evaluate(OVERFLOW) <= 0, f"/register scrolls sideways at {width} px"
        # the list itself stays inside the page
        right = page.evaluate("""() => document.querySelector(
            '#aggregate-filters select[name=kbli]').getBoundingClientRect().right""")
        assert right <= width
    finally:
        context.close()
