"""Every page read at a glance (issue 12, section 3), walked as the page-language test walks
it (``page_reading.crawl``: every page route of every feature, its links and GET forms, as
an administrator, an analyst and a viewer, in Indonesian and in English):

- titles: each page has one ``<h1>`` that names what the page is (its words, not only the
  data it is about: "Dasbor wilayah Morowali", not "Morowali"; a region's, a firm's or an
  event's name, a code, a badge or a side note in ``<small>`` do not count), a
  ``<title>`` of its own (``<page> · Rancang``, never the bare app name), and two
  different pages never share a title (a page about one thing, a region, a plan, an
  event, a firm, names it, so two of them differ); a page shown under another address
  too (``/complexity`` shows ``/complexity/{dataset_id}``'s latest region) is listed in
  :data:`SAME_PAGE`;
- dates and times: no time with fractions of a second (``02:33:06.077982``) in what a page
  shows, in a CSV download, in an XLSX download's cells or in a DOCX or PDF document (the
  plan, the berita acara, the response matrix, the reports); and what a page or a document
  shows people carries no machine date (``2026-12-05``, ``2026-12-05T02:33``): dates go
  through ``format_when`` (``5 Des 2026 02.33``). The CSV and XLSX downloads are data,
  read back by programs: ISO dates stay there. The files inside a ZIP download (a
  schedule's PDFs, workbook and CSVs) are read as each would be alone, and a workbook in a
  bundle for people (the schedule's ``schedule.xlsx``) carries no machine date in its
  words either;
- tables: every ``<table>`` (pages and their htmx fragments) has a ``<caption>`` first,
  visible or visually hidden, and every ``<th>`` a ``scope``.

The tests run in ``test_page_languages.py``, which imports them: they read the pages of
that file's walk (its ``visits`` fixture), so the walk, the slowest part of both, is made
once (as two files under pytest-xdist, each process walked every page for its own file).
"""

from __future__ import annotations

import html as htmllib
import io
import re
from datetime import datetime
from urllib.parse import urlsplit

import pytest
from fastapi import FastAPI

from rancang.core.i18n import LANGS, format_when, text
from tests.web.page_reading import (
    ROLES,
    DataFilter,
    Visit,
    docx_text,
    page_routes,
    pdf_text,
    route_pattern,
    zip_parts,
)

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
#: A machine date or moment (ISO 8601) where people read: ``2026-12-05``,
#: ``2026-12-05T02:33:06``, ``2026-12-05 02:33``.
MACHINE_DATE = re.compile(r"(?<![\w.-])\d{4}-\d{2}-\d{2}(?:[T ]\d{2}:\d{2}[\d:.]*)?(?![\w-])")
#: Documents for people, read as text (``page_reading.docx_text`` and ``pdf_text``).
DOCUMENTS = ("docx", "pdf")
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


#: What a heading holds besides its name: data not to be translated, a badge, a side note.
_ASIDE = re.compile(r'<(\w+)\b[^>]*(?:translate="no"|class="[^"]*\b(?:badge|muted)\b)[^>]*>'
                    r".*?</\1>|<small\b.*?</small>", re.S)


def heading_words(page: str, data: DataFilter) -> list[str]:
    """The words of a page's ``<h1>`` that are the page's own: without the data it shows
    (``data``: the stored values and the names of the reference tables; the parts marked
    ``translate="no"``), codes, badges and side notes."""
    found = re.search(r"<h1\b([^>]*)>(.*?)</h1>", page, re.S)
    if found is None or 'translate="no"' in found.group(1):
        return []
    own = data(_text(_ASIDE.sub(" ", found.group(2))))
    # a word of two letters or more, an acronym too (RPIK, FGD names a kind of page), not a
    # code or a number (72.06, #29, 2025-2045)
    return [w.lower() for w in re.findall(r"(?<!\S)[^\W\d_]{2,}(?=[\s:,;.()]|$)", own)]


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
    """Times with fractions of a second in a page's text, a CSV, an XLSX's cells or a
    document's text; machine dates in what people read (a page, a DOCX or a PDF, and the
    PDFs, DOCX and workbooks inside a ZIP download)."""
    found = []
    if visit.kind == "html":
        shown = shown_text(visit.body)
        found += FRACTION.findall(shown) + MACHINE_DATE.findall(shown)
    elif visit.kind in DOCUMENTS:
        found += FRACTION.findall(visit.body) + MACHINE_DATE.findall(visit.body)
    elif visit.body:  # a CSV download
        found += FRACTION.findall(visit.body)
    for cell in visit.cells:
        if isinstance(cell, datetime) and cell.microsecond:
            found.append(cell.isoformat())
        elif isinstance(cell, str):
            found += FRACTION.findall(cell)
    for part in visit.parts:  # the files of a ZIP download
        found += [f"{part.url}: {f}" for f in fraction_problems(part)]
        if part.kind == "xlsx":
            found += [f"{part.url}: {d}" for c in part.cells if isinstance(c, str)
                      for d in MACHINE_DATE.findall(c)]
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


@pytest.mark.parametrize("lang", LANGS)
def test_every_heading_names_its_page(
        visits: dict[tuple[str, str], list[Visit]], strip: DataFilter,
        lang: str) -> None:
    """The ``<h1>`` of every page says what the page is, in the page's words: a heading
    that is only a region's, a firm's, a survey's or an event's name does not."""
    bad = {f"{role} {v.url}": _text(re.findall(r"<h1\b[^>]*>(.*?)</h1>", v.body, re.S)[0])
           for role in ROLES for v in _pages(visits[(role, lang)])
           if "<h1" in v.body and not heading_words(v.body, strip)}
    assert not bad, "\n".join(f"{page}: {head!r}" for page, head in bad.items())


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
                region = title.split(" · ")[1]  # the page and the region, in the heading
                assert head.startswith(text("ui.dashboard_of", lang, region=region)), head
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
    # and a ZIP download with its files: the Temu Usaha schedule's (prepare)
    names = {part.url.rsplit("!", 1)[-1] for v in visits[("admin", lang)]
             if v.kind == "zip" for part in v.parts}
    assert {"schedule-participants.pdf", "table-cards.pdf", "schedule.xlsx"} <= names, names


@pytest.mark.parametrize("lang", LANGS)
def test_every_document_route_was_read(
        web_app: FastAPI, visits: dict[tuple[str, str], list[Visit]],
        lang: str) -> None:
    """Each route that answers with a Word or PDF document (by its docstring: "DOCX",
    "PDF", "Word") was walked and its document read as text, in each language: the scan
    above covers it (a feature adding a document is covered without naming it here)."""
    read = {(route, v.kind) for v in visits[("admin", lang)] if v.kind in DOCUMENTS
            and v.body.strip() for route in document_routes(web_app)
            if route_pattern(route).match(urlsplit(v.url).path)}
    wanted = {(route, kind) for route, kinds in document_routes(web_app).items()
              for kind in kinds}
    assert wanted - read == set()
    assert len(wanted) >= 8, wanted  # minutes, matrix, report, plan, diff, sync...


def document_routes(app: FastAPI) -> dict[str, set[str]]:
    """Page routes that answer with a DOCX or a PDF the application writes, with the kinds
    (their path ends in ``.docx``, ``.pdf`` or ``.{fmt}`` and their docstring names the
    kind; a user's stored file, :data:`page_reading.USER_FILES`, is not the application's
    document)."""
    import inspect

    from rancang.web.introspect import routes_of

    out: dict[str, set[str]] = {}
    for r in routes_of(app):
        if "GET" not in r.methods or r.path.startswith("/api/"):
            continue
        suffix = r.path.rsplit(".", 1)[-1] if "." in r.path.rsplit("/", 1)[-1] else ""
        doc = inspect.getdoc(r.endpoint) or ""
        kinds = ({"docx"} if suffix == "docx" or (suffix == "{fmt}" and re.search(
            r"\b(DOCX|Word)\b", doc)) else set()) | (
            {"pdf"} if suffix == "pdf" or (suffix == "{fmt}" and "PDF" in doc) else set())
        if kinds:
            out[r.path] = kinds
    return out


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
    data = DataFilter({"Kabupaten Morowali", "Temu Bisnis Morowali"})
    assert heading_words(good, data) == ["registri"]
    for bare in ("<h1>Kabupaten Morowali <small>72.06</small></h1>",
                 '<h1 translate="no">Temu</h1>', '<h1><span translate="no">CV Ani</span> '
                 '<span class="badge">Sintetis</span></h1>', "<h1>Temu Bisnis Morowali</h1>"):
        assert not heading_words(good.replace("<h1>Registri</h1>", bare), data), bare
    named = good.replace("<h1>Registri</h1>", "<h1>Dasbor Kabupaten Morowali</h1>")
    assert heading_words(named, data) == ["dasbor"]
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
    # a machine date on a page or in a document, not in a data download
    for shown in ("Tanggal 2027-03-01", "sampai 2027-01-04 06:05 UTC",
                  "dibuat 2026-12-05T02:33:06"):
        assert fraction_problems(Visit("/", False, 200, "html",
                                       body=good.replace("5 Des 2026 02.33", shown)))
        assert fraction_problems(Visit("/x.docx", False, 200, "docx", body=shown))
        assert fraction_problems(Visit("/x.pdf", False, 200, "pdf", body=shown))
    assert not fraction_problems(Visit("/x.csv", False, 200, "other",
                                       body="id,held_on\n1,2027-03-01\n"))
    # the files inside a ZIP download: a date in its PDF or in its workbook's words
    clean = _planted_zip("Jadwal 5 Des 2026", "5 Des 2026")
    assert not fraction_problems(Visit("/j.zip", False, 200, "zip",
                                       parts=zip_parts("/j.zip", clean)))
    for pdf_line, cell in (("Jadwal 2027-03-01", "5 Des 2026"),
                           ("Jadwal 5 Des 2026", "dicetak 2027-03-01 08:00"),
                           ("Dicetak 02:33:06.077982", "5 Des 2026")):
        bundle = zip_parts("/j.zip", _planted_zip(pdf_line, cell))
        assert fraction_problems(Visit("/j.zip", False, 200, "zip", parts=bundle))
    # a CSV inside keeps its ISO dates (data), as a CSV download does
    assert not fraction_problems(Visit("/j.zip", False, 200, "zip", parts=[
        Visit("/j.zip!a.csv", False, 200, "other", body="held_on\n2027-03-01\n")]))
    # codes and periods are not dates
    assert not fraction_problems(Visit("/x.docx", False, 200, "docx",
                                       body="72.06.05.1014 2013-2020 2026-S1 v0.1"))
    # the documents' text is read where a Word or PDF file writes it
    assert FRACTION.findall(docx_text(_planted_docx())) == ["02:33:06.077982"] * 3
    assert FRACTION.findall(pdf_text(_planted_pdf())) == ["02:33:06.077982"]
    # the one helper writes each language's way, without the fraction
    moment = datetime(2026, 12, 5, 2, 33, 6, 77982)
    assert (format_when(moment, "id"), format_when(moment, "en")) == (
        "5 Des 2026 02.33", "5 Dec 2026 02:33")


def _planted_docx() -> bytes:
    """A Word file with a fraction of a second in a paragraph, a table cell and a footer."""
    import io

    from docx import Document

    doc = Document()
    doc.add_paragraph("Dibuat 2026-12-05 02:33:06.077982")
    doc.add_table(rows=1, cols=1).cell(0, 0).text = "02:33:06.077982"
    doc.sections[0].footer.paragraphs[0].text = "Dicetak 02:33:06.077982"
    out = io.BytesIO()
    doc.save(out)
    return out.getvalue()


def _planted_zip(pdf_line: str, cell: str) -> bytes:
    """A ZIP as the schedule's: a PDF with ``pdf_line``, a workbook with ``cell``."""
    import zipfile

    import xlsxwriter

    book = io.BytesIO()
    wb = xlsxwriter.Workbook(book, {"in_memory": True})
    wb.add_worksheet("Jadwal").write(0, 0, cell)
    wb.close()
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as bundle:
        bundle.writestr("jadwal.pdf", _planted_pdf(pdf_line))
        bundle.writestr("jadwal.xlsx", book.getvalue())
    return out.getvalue()


def _planted_pdf(line: str = "Dicetak 2026-12-05 02:33:06.077982") -> bytes:
    """A PDF (fpdf2, as the application writes them) with a fraction of a second."""
    from fpdf import FPDF

    pdf = FPDF()
    pdf.add_page()
    pdf.set_font("Helvetica", size=10)
    pdf.cell(0, 10, line)
    return bytes(pdf.output())
