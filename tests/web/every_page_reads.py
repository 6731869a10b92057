"""Every page read at a glance (issue 12, section 3), walked as the page-language test walks
it (``page_reading.crawl``: every page route of every feature, its links and GET forms, as
an administrator, an analyst and a viewer, in Indonesian and in English):

- titles: each page has one ``<h1>``, a ``<title>`` of its own (``<page> · Rancang``, never
  the bare app name), and two different pages never share a title (a page about one thing,
  a region, a plan, an event, a firm, names it, so two of them differ); a page shown under
  another address too (``/complexity`` shows ``/complexity/{dataset_id}``'s latest region)
  is listed in :data:`SAME_PAGE`;
- dates and times: no time with fractions of a second (``02:33:06.077982``) in what a page
  shows, in a CSV download or in an XLSX download's cells;
- tables: every ``<table>`` (pages and their htmx fragments) has a ``<caption>`` first,
  visible or visually hidden, and every ``<th>`` a ``scope``.

The tests run in ``test_page_languages.py``, which imports them: they read the pages of
that file's walk (its ``visits`` fixture), so the walk, the slowest part of both, is made
once (as two files under pytest-xdist, each process walked every page for its own file).
"""

from __future__ import annotations

import html as htmllib
import re
from datetime import datetime
from urllib.parse import urlsplit

import pytest
from fastapi import FastAPI

from rancang.core.i18n import LANGS, format_when, text
from tests.web.page_reading import ROLES, Visit, page_routes, route_pattern

APP = "Rancang"
#: Routes that show another route's page (its default thing), as the canonical route: the
#: two share a title when they show the same thing.
SAME_PAGE = {
    "/complexity": "/complexity/{dataset_id}",
    "/targets": "/targets/{dataset_id}",
    # a shared address of the live ranking opens the dashboard (test_readable_pages)
    "/region/{dataset_id}/{region}/ranking": "/region/{dataset_id}/{region}",
    # the region search opened as a page is the home page
    "/regions/search": "/",
}
#: Not pages of their own: the language switch (it redirects to the page it was asked
#: from) and the sign-out.
NOT_PAGES = re.compile(r"^/(lang/|logout)")
FRACTION = re.compile(r"\d{2}:\d{2}:\d{2}\.\d+")
_TAG = re.compile(r"<[^>]+>")
_SCRIPT = re.compile(r"<(script|style)\b.*?</\1>", re.S | re.I)


def _text(fragment: str) -> str:
    return re.sub(r"\s+", " ", htmllib.unescape(_TAG.sub(" ", fragment))).strip()


def shown_text(page: str) -> str:
    """What a browser shows of ``page``: its text without scripts, styles and tags."""
    return _text(_SCRIPT.sub(" ", page))


def title_problems(page: str) -> list[str]:
    """A page's title and heading: one ``<h1>`` with words, a ``<title>`` naming the page
    before `` · Rancang``."""
    problems = []
    title = re.findall(r"<title>(.*?)</title>", page, re.S)
    heads = [_text(h) for h in re.findall(r"<h1\b[^>]*>(.*?)</h1>", page, re.S)]
    if len(heads) != 1 or not heads[0]:
        problems.append(f"{len(heads)} <h1>: {heads}")
    if len(title) != 1:
        problems.append(f"{len(title)} <title>")
    else:
        name = _text(title[0]).removesuffix(f" · {APP}")
        if not name or name == APP or name == _text(title[0]):
            problems.append(f"the title does not name the page: {_text(title[0])!r}")
    return problems


def page_title(page: str) -> str:
    found = re.search(r"<title>(.*?)</title>", page, re.S)
    return _text(found.group(1)) if found else ""


def table_problems(page: str) -> list[str]:
    """Tables without a caption as their first child, header cells without a scope."""
    problems = []
    for table in re.findall(r"<table\b.*?</table>", page, re.S):
        opening = re.match(r"<table\b[^>]*>", table)
        assert opening is not None
        if not re.match(r"<table\b[^>]*>\s*<caption\b[^>]*>\s*\S", table):
            problems.append(f"no caption: {opening.group(0)[:80]}")
        for head in re.findall(r"<th\b[^>]*>", table):
            if not re.search(r'\bscope="(col|row|colgroup|rowgroup)"', head):
                problems.append(f"no scope: {opening.group(0)[:60]} {head}")
    return problems


def fraction_problems(visit: Visit) -> list[str]:
    """Times with fractions of a second in a page's text, a CSV or an XLSX's cells."""
    found = []
    if visit.kind == "html":
        found += FRACTION.findall(shown_text(visit.body))
    elif visit.body:  # a CSV download
        found += FRACTION.findall(visit.body)
    for cell in visit.cells:
        if isinstance(cell, datetime) and cell.microsecond:
            found.append(cell.isoformat())
        elif isinstance(cell, str):
            found += FRACTION.findall(cell)
    return found


def _pages(seen: list[Visit]) -> list[Visit]:
    return [v for v in seen if v.kind == "html" and not v.hx and v.status == 200
            and not NOT_PAGES.match(urlsplit(v.url).path)]


def _identity(app: FastAPI) -> object:
    """A page's identity from its URL: (its route, the values of its path parameters);
    a route of :data:`SAME_PAGE` is its canonical route (``None`` values: the page
    shows whichever thing the canonical route shows by default)."""
    patterns = [(r, route_pattern(r)) for r in page_routes(app)]

    def identity(url: str) -> tuple[str, tuple[str, ...] | None]:
        path = urlsplit(url).path
        route = next(r for r, p in patterns if p.match(path))
        names = re.findall(r"\{([^}]+)\}", route)
        values = dict(zip(names, re.match(  # type: ignore[union-attr]
            route_pattern(route).pattern.replace("[^/]+?", "([^/]+?)"), path).groups(),
            strict=True))
        canonical = SAME_PAGE.get(route, route)
        wanted = re.findall(r"\{([^}]+)\}", canonical)
        if not all(n in values for n in wanted):
            return canonical, None
        return canonical, tuple(values[n] for n in wanted)

    return identity


@pytest.mark.parametrize("lang", LANGS)
def test_every_page_has_its_own_title_and_one_heading(
        web_app: FastAPI, visits: dict[tuple[str, str], list[Visit]],
        lang: str) -> None:
    identity = _identity(web_app)
    bad: dict[str, list[str]] = {}
    shared: dict[str, list[str]] = {}
    for role in ROLES:
        by_title: dict[str, dict[object, str]] = {}
        pages = _pages(visits[(role, lang)])
        assert len(pages) > 20
        for v in pages:
            problems = title_problems(v.body)
            if problems:
                bad[f"{role} {v.url}"] = problems
            by_title.setdefault(page_title(v.body), {})[identity(v.url)] = v.url  # type: ignore[operator]
        for title, ids in by_title.items():
            concrete = {i for i in ids if i[1] is not None}  # type: ignore[index]
            loose = {i[0] for i in ids if i[1] is None}  # type: ignore[index]
            # a page shown by default at another address is the same page when its
            # canonical route's one page carries the same title
            if len(concrete) > 1 or len({i[0] for i in concrete} | loose) > 1:
                shared[f"{role} {title!r}"] = sorted(ids.values())
    assert not bad, "\n".join(f"{page}: {p}" for page, p in bad.items())
    assert not shared, "\n".join(f"{t}: {urls}" for t, urls in shared.items())


def test_a_page_about_one_thing_names_it(
        web_app: FastAPI, visits: dict[tuple[str, str], list[Visit]],
) -> None:
    """Pages about one thing carry its name in the title and the heading (in both
    languages): the region of the dashboard, the plan of a section, the firm of a
    record, the event of the business matching."""
    checked = 0
    for lang in LANGS:
        for v in _pages(visits[("admin", lang)]):
            path = urlsplit(v.url).path
            title = page_title(v.body)
            head = _text(re.findall(r"<h1\b[^>]*>(.*?)</h1>", v.body, re.S)[0])
            if re.fullmatch(r"/region/\d+/[\w.]+", path):
                assert title.startswith(text("ui.dashboard", lang) + " · "), title
                assert title.split(" · ")[1] in head
                checked += 1
            elif re.fullmatch(r"/plans/\d+/sections/[\w.]+", path):
                assert " · RPIK " in title, title  # the plan the section belongs to
                checked += 1
            elif found := re.fullmatch(r"/register/(\d+)(/delete|/needs)?", path):
                name = firm_name(web_app, int(found.group(1)))
                assert name in title and name in head, (name, title, head)
                checked += 1
            elif re.fullmatch(r"/match/market/events/\d+(/edit|/delete)?", path):
                assert "Temu" in title and "Temu" in head, (title, head)  # its name
                checked += 1
    assert checked >= 8


def firm_name(app: FastAPI, record_id: int) -> str:
    from sqlalchemy import select

    from rancang.features.registry.models import Enterprise

    with app.state.engine.connect() as conn:
        return str(conn.execute(select(Enterprise.name).where(
            Enterprise.id == record_id)).scalar_one())


@pytest.mark.parametrize("lang", LANGS)
def test_no_time_with_fractions_of_a_second(
        visits: dict[tuple[str, str], list[Visit]],
        lang: str) -> None:
    bad = {f"{role} {v.url}": found for role in ROLES for v in visits[(role, lang)]
           if (found := fraction_problems(v))}
    assert not bad, "\n".join(f"{page}: {found[:3]}" for page, found in bad.items())
    # the walk read the downloads that carry moments: the register's own records
    urls = [v.url for v in visits[("admin", lang)] if v.cells or v.kind == "other"]
    assert any(u.startswith("/register/export.xlsx") for u in urls)
    assert any(u.startswith("/register/export.csv") for u in urls)


@pytest.mark.parametrize("lang", LANGS)
def test_every_table_has_a_caption_and_header_scopes(
        visits: dict[tuple[str, str], list[Visit]],
        lang: str) -> None:
    bad = {f"{role} {v.url}{' (htmx)' if v.hx else ''}": found
           for role in ROLES for v in visits[(role, lang)]
           if v.kind == "html" and (found := table_problems(v.body))}
    assert not bad, "\n".join(f"{page}: {found[:3]}" for page, found in bad.items())
    tables = sum(v.body.count("<table") for v in visits[("admin", lang)])
    assert tables > 50


def test_the_checks_catch_what_they_look_for() -> None:
    """Each check fails on a page made to fail it (the checks can fail)."""
    good = ('<html><head><title>Registri · Rancang</title></head><body><h1>Registri</h1>'
            '<table><caption class="visually-hidden">Usaha</caption><thead><tr>'
            '<th scope="col">Nama</th></tr></thead><tbody><tr><th scope="row">A</th>'
            '<td>1</td></tr></tbody></table><p>5 Des 2026 02.33</p></body></html>')
    assert not title_problems(good) and not table_problems(good)
    assert not fraction_problems(Visit("/", False, 200, "html", body=good))
    assert title_problems(good.replace("Registri · Rancang", "Rancang"))
    assert title_problems(good.replace("<h1>Registri</h1>", ""))
    assert title_problems(good.replace("</h1>", "</h1><h1>Lagi</h1>"))
    assert table_problems(good.replace('<caption class="visually-hidden">Usaha</caption>',
                                       ""))
    assert table_problems(good.replace('<th scope="row">', "<th>"))
    planted = good.replace("5 Des 2026 02.33", "2026-12-05 02:33:06.077982")
    assert fraction_problems(Visit("/", False, 200, "html", body=planted))
    assert fraction_problems(Visit("/x.csv", False, 200, "other",
                                   body="id,created_at\n1,2026-12-05T02:33:06.077982\n"))
    assert fraction_problems(Visit("/x.xlsx", False, 200, "xlsx",
                                   cells=[datetime(2026, 12, 5, 2, 33, 6, 77982)]))
    # the one helper writes each language's way, without the fraction
    moment = datetime(2026, 12, 5, 2, 33, 6, 77982)
    assert (format_when(moment, "id"), format_when(moment, "en")) == (
        "5 Des 2026 02.33", "5 Dec 2026 02:33")
