"""Reading pages as a person does, for the page-language test
(``test_page_languages.py``): the words of each language from the catalogue, the text a
page shows, the data that keeps its own language, and a walk over the application's pages
from its routes, links and GET forms."""

from __future__ import annotations

import html as htmllib
import inspect
import io
import json
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from html.parser import HTMLParser
from pathlib import Path
from typing import Any
from urllib.parse import parse_qsl, urlencode, urlsplit

from fastapi import FastAPI
from sqlalchemy import JSON, String, Text, select
from sqlalchemy.engine import Engine
from sqlalchemy.schema import MetaData

from rancang.core.i18n import LANGS, catalogue
from rancang.web.introspect import routes_of
from tests.web.conftest import Client

OTHER = {"id": "en", "en": "id"}
#: Short words of each language that the catalogue alone may not give.
FUNCTION_WORDS = {
    "id": {"yang", "dan", "dari", "untuk", "dengan", "tidak", "atau", "pada", "ke", "di",
           "ini", "itu", "adalah", "belum", "sudah", "harus", "akan", "oleh", "juga",
           "semua", "setiap", "tahun", "wilayah", "baris", "kolom", "berkas", "halaman"},
    "en": {"the", "of", "and", "or", "to", "for", "with", "from", "not", "is", "are", "be",
           "this", "that", "which", "has", "have", "by", "on", "at", "in", "no", "all",
           "every", "year", "region", "row", "column", "file", "page", "sheet"},
}
#: Words both languages write the same way, though the catalogue happens to use them in
#: one language only (technical terms, units, loanwords, names).
SHARED = {
    "data", "total", "status", "sentra", "ikm", "kbli", "pdrb", "bps", "nib", "csv", "xlsx",
    "lq", "slq", "dlq", "rancang", "klassen", "krugman", "hoover", "herfindahl", "theil",
    "ripin", "rpik", "rpip", "kemendagri", "rupiah", "rp", "km", "ha", "id", "en", "email",
    "login", "admin", "api", "http", "ahp", "topsis", "promethee", "vikor", "json", "url",
    "online", "demo", "basis", "docx", "pdf", "perda", "input", "output", "ok", "oss", "cv",
    "pt", "ud", "tbk", "koperasi",
}
#: The pages a role is signed in to see (where its pages differ from the administrator's).
ROLES = ("admin", "analyst_own", "viewer")
LANG_PARAM = "lang"
#: URLs per kind of page (see _variant): the administrator's, the others'
MAX_VARIANTS = {"admin": 2, "analyst_own": 1, "viewer": 1}
TEXT_ATTRIBUTES = ("title", "placeholder", "aria-label", "alt", "label")
CHART_KEYS = {"name", "text", "subtext", "rancangNote", "data"}


# -- the two vocabularies ---------------------------------------------------------------------

_WORD = re.compile(r"[^\W\d_]+", re.UNICODE)
# not words of either language: placeholders, quoted names, command-line flags, machine
# names, file names and references (``region_code``, ``a.xlsx``, ``s > 0``, ``b97de962``)
_MACHINE = re.compile(r"\{[^}]*\}|'[^']*'|\"[^\"]*\"|`[^`]*`|--?[\w-]+"
                      r"|\S*\w[_./:=]\w\S*"
                      # a token of letters and digits: a reference number (b97de962), a code
                      r"|\b(?=[^\W\d_]*\d)(?=\d*[^\W\d_])\w+\b")
_GLOSS = re.compile(r"\([^()]*\)")


def _words(value: str, *, glosses: bool = True) -> Iterator[str]:
    """Lower-case words of ``value`` (codes in capitals and machine names aside; without
    the parenthesised glosses when ``glosses`` is false)."""
    value = _MACHINE.sub(" ", value)
    if not glosses:
        value = _GLOSS.sub(" ", value)
    for w in _WORD.findall(value):
        if len(w) > 1 and not w.isupper():
            yield w.lower()


def vocabularies(words: dict[str, tuple[str, str]] | None = None) -> dict[str, set[str]]:
    """The words of each language: used by its catalogue entries and never by the other's
    (a term glossed in the other language in parentheses still counts as its own), plus its
    common short words; shared technical words and names left out."""
    words = catalogue().words if words is None else words
    used = {"id": set[str](), "en": set[str]()}
    for id_, en in words.values():
        used["id"].update(_words(id_, glosses=False))
        used["en"].update(_words(en, glosses=False))
    return {lang: ((used[lang] - used[OTHER[lang]]) | FUNCTION_WORDS[lang]) - SHARED
            for lang in LANGS}


# -- the text a reader meets ------------------------------------------------------------------

_VOID = {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta",
         "source", "track", "wbr"}


class _Reader(HTMLParser):
    """Text nodes outside scripts and styles, text attributes, and the charts' specs.

    An element marked ``translate="no"`` (a machine name the user typed, e.g. the column a
    problem names) is not read, as the HTML standard means it: not to be translated.
    """

    def __init__(self, base: str = "/") -> None:
        super().__init__(convert_charrefs=True)
        self.base = base
        self.texts: list[str] = []
        self.links: list[tuple[str, bool]] = []
        self._open: list[tuple[str, bool]] = []  # (tag, text not to be read)
        self._json: list[str] | None = None
        # a GET form being read: its action, fields and selects (name -> option values)
        self._form: tuple[str, list[tuple[str, str]], dict[str, list[str]]] | None = None
        self._select: str | None = None
        self._option: list[str] | None = None
        self._chosen: dict[str, str] = {}

    @property
    def _skipping(self) -> bool:
        # an element is skipped when it or any element around it is (handle_starttag), so
        # the innermost open element says it for the whole stack (an end tag closes the
        # innermost elements only)
        return self._open[-1][1] if self._open else False

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        a = {k: v or "" for k, v in attrs}
        if tag == "a" and a.get("href"):
            self.links.append((a["href"], False))
        if a.get("hx-get"):
            self.links.append((a["hx-get"], True))
        skip = (self._skipping or a.get("translate") == "no"
                or (tag in ("script", "style") and a.get("type") != "application/json"))
        if not skip:
            self.texts += [a[k] for k in TEXT_ATTRIBUTES if a.get(k)]
            if tag == "input" and a.get("type") in ("submit", "button", "reset") and a.get(
                    "value"):  # shown as the button's label (a <button> shows its content)
                self.texts.append(a["value"])
        if tag == "option" and self._form is not None and self._select:
            if "value" in a:
                self._form[2][self._select].append(a["value"])
                if "selected" in a:
                    self._chosen[self._select] = a["value"]
            else:
                self._option = ["selected"] if "selected" in a else []
        if tag == "form" and a.get("method", "get").lower() == "get":
            self._form = (a.get("action", ""), [], {})
        elif self._form is not None and a.get("name"):
            self._form_field(tag, a)
        if tag == "script" and a.get("type") == "application/json" and not self._skipping:
            # a chart inside an element marked translate="no" (the plan document's own
            # charts, in the language it was drafted in) is not read either
            self._json = []
        if tag not in _VOID:
            self._open.append((tag, skip))

    def _form_field(self, tag: str, a: dict[str, str]) -> None:
        assert self._form is not None
        if tag == "select":
            self._select = a["name"]
            self._form[2][a["name"]] = []
        elif tag == "input" and a.get("type", "text") not in ("checkbox", "radio", "submit"):
            self._form[1].append((a["name"], a.get("value", "")))
        elif tag == "input" and a.get("type") in ("checkbox", "radio") and "checked" in a:
            self._form[1].append((a["name"], a.get("value", "on")))

    def handle_endtag(self, tag: str) -> None:
        if tag == "form" and self._form is not None:
            self._submit_form()
        if tag == "script" and self._json is not None:
            self.texts += _chart_texts(json.loads("".join(self._json)))
            self._json = None
        for i in range(len(self._open) - 1, -1, -1):
            if self._open[i][0] == tag:
                del self._open[i:]
                break

    def _submit_form(self) -> None:
        """The form sent as it stands and with the last choice of every list (a page a
        reader reaches by choosing: another reference, the last year, another status)."""
        assert self._form is not None
        action, fields, selects = self._form
        as_is = fields + [(n, self._chosen.get(n, opts[0])) for n, opts in selects.items()
                          if opts]
        last = fields + [(n, opts[-1]) for n, opts in selects.items() if opts]
        for query in (as_is, last):
            self.links.append((f"{action or self.base}?{urlencode(query)}", False))
        self._form = None
        self._chosen = {}

    def handle_data(self, data: str) -> None:
        if self._option is not None and self._form is not None and self._select:
            self._form[2][self._select].append(data.strip())
            if self._option:
                self._chosen[self._select] = data.strip()
            self._option = None
        if self._json is not None:
            self._json.append(data)
        elif not self._skipping and data.strip():
            self.texts.append(data)


def _chart_texts(spec: Any, key: str | None = None) -> list[str]:
    """Strings of a chart spec or page script's data a reader sees: names, legends, notes,
    category labels, and the ``words`` a script shows (the map's legend, its status)."""
    if key == "words":
        return list(_strings(spec))
    if isinstance(spec, dict):
        return [s for k, v in spec.items() for s in _chart_texts(v, k)]
    if isinstance(spec, list):
        return [s for v in spec for s in _chart_texts(v, key)]
    return [spec] if isinstance(spec, str) and key in CHART_KEYS else []


def docx_text(content: bytes) -> str:
    """The text a Word document shows: its paragraphs, its tables' cells (nested tables
    too), and each section's header and footer, one per line."""
    from docx import Document

    doc = Document(io.BytesIO(content))
    lines: list[str] = []

    def read(container: Any) -> None:
        lines.extend(p.text for p in container.paragraphs)
        for table in container.tables:
            for row in table.rows:
                for cell in row.cells:
                    read(cell)

    read(doc)
    for section in doc.sections:
        read(section.header)
        read(section.footer)
    return "\n".join(line for line in lines if line.strip())


def pdf_text(content: bytes) -> str:
    """The text of every page of a PDF (pdfium's text layer)."""
    import pypdfium2 as pdfium

    pdf = pdfium.PdfDocument(content)
    try:
        pages = []
        for page in pdf:
            textpage = page.get_textpage()
            pages.append(textpage.get_text_range())
            textpage.close()
            page.close()
        return "\n".join(pages)
    finally:
        pdf.close()


def zip_parts(url: str, content: bytes) -> list[Visit]:
    """The files of a ZIP download, each a :class:`Visit` read as the same file downloaded
    alone would be: a PDF's or a Word document's text, a workbook's cells, a CSV's text
    (other files are listed, not read)."""
    import zipfile

    out = []
    with zipfile.ZipFile(io.BytesIO(content)) as bundle:
        for name in sorted(bundle.namelist()):
            data = bundle.read(name)
            kind = name.rsplit(".", 1)[-1].lower() if "." in name else ""
            part = Visit(f"{url}!{name}", False, 200,
                         kind if kind in ("pdf", "docx", "xlsx") else "other")
            if kind == "pdf":
                part.body = pdf_text(data)
            elif kind == "docx":
                part.body = docx_text(data)
            elif kind == "xlsx":
                part.cells = _xlsx_cells(data)
            elif kind == "csv":
                part.body = data.decode("utf-8-sig")
            out.append(part)
    return out


def _xlsx_cells(content: bytes) -> list[object]:
    return _xlsx_sheets_and_cells(content)[1]


def _xlsx_sheets_and_cells(content: bytes) -> tuple[list[str], list[object]]:
    """A workbook's sheet names and every value of its cells (sheet by sheet, row by row;
    the walk reads the names and the text values as the workbook's texts)."""
    from openpyxl import load_workbook

    book = load_workbook(io.BytesIO(content), read_only=True)
    return list(book.sheetnames), [c for sheet in book.worksheets
                                   for row in sheet.iter_rows(values_only=True)
                                   for c in row if c is not None]


# -- data keeps its own language --------------------------------------------------------------

def _strings(value: Any) -> Iterator[str]:
    if isinstance(value, str):
        if value[:1] in "[{":
            try:
                value = json.loads(value)
            except ValueError:
                yield value
                return
            yield from _strings(value)
        else:
            yield value
    elif isinstance(value, dict):
        for v in value.values():
            yield from _strings(v)
    elif isinstance(value, list):
        for v in value:
            yield from _strings(v)


def data_strings(engine: Engine) -> set[str]:
    """Every text value stored in the database (inside JSON values too) and every name of
    the reference tables."""
    from rancang.reference.kbli import manufacturing_groups
    from rancang.reference.regions import load_crosswalk, load_province_crosswalk

    found: set[str] = set()
    meta = MetaData()
    meta.reflect(engine)
    with engine.connect() as conn:
        for table in meta.sorted_tables:
            for col in table.columns:
                if isinstance(col.type, (String, Text, JSON)):
                    for v in conn.execute(select(col).distinct()).scalars():
                        found.update(_strings(v))
    found.update(manufacturing_groups().values())
    for frame in (load_crosswalk(), load_province_crosswalk()):
        for name in ("bps_name", "kemendagri_name"):
            found.update(str(v) for v in frame[name].to_list() if v)
    return {s.strip() for s in found if len(s.strip()) > 2}


def io_table_strings(data_dir: Path) -> set[str]:
    """The titles, file names and sector names of the stored input-output tables (BPS
    workbooks kept as files, not in the database: data in their own language too)."""
    from rancang.features.inputoutput import store

    found: set[str] = set()
    for meta in store.list_tables(data_dir):
        table = store.read_table(data_dir, meta)
        found.update({meta.title, meta.filename, table.title, *table.sector_names})
    return {s.strip() for s in found if len(s.strip()) > 2}


#: Lengths the application cuts long data to: a value quoted in a message (``guard.py``,
#: 60) and an excerpt of a consultation input (``text[:70]``); names are never cut
#: (``test_long_names.py``).
CUTS = (60, 70)


class DataFilter:
    """Takes the data (and its cut-short forms, see :data:`CUTS`) out of a text."""

    def __init__(self, strings: Iterable[str]) -> None:
        full = set(strings)
        items = sorted(full | {s[:n] for s in full for n in CUTS if len(s) > n},
                       key=len, reverse=True)
        self._exact = set(items)
        alternatives = "|".join(re.escape(s) for s in items)
        self._pattern = re.compile(rf"(?<!\w)(?:{alternatives})(?!\w)") if items else None
        #: the texts already stripped: the same text (a region's or a firm's name, a
        #: table's row) recurs on many pages, for every role, and the pattern (an
        #: alternation of every data string) takes milliseconds a text
        self._done: dict[str, str] = {}

    def __call__(self, value: str) -> str:
        value = value.strip()
        if value in self._exact or self._pattern is None:
            return "" if value in self._exact else value
        done = self._done.get(value)
        if done is None:
            done = self._done[value] = self._pattern.sub(" ", value)
        return done


def foreign_words(texts: Iterable[str], lang: str, vocab: dict[str, set[str]],
                  strip: DataFilter | None = None) -> dict[str, str]:
    """Words of the other language in ``texts``: word -> the text it was found in."""
    other = vocab[OTHER[lang]]
    found: dict[str, str] = {}
    for t in texts:
        t = htmllib.unescape(t)
        if not any(w in other for w in _words(t)):
            continue
        kept = strip(t) if strip is not None else t
        for w in _words(kept):
            if w in other:
                found.setdefault(w, t.strip()[:120])
    return found


def page_texts(content: str, base: str = "/") -> tuple[list[str], list[tuple[str, bool]]]:
    """The texts of an HTML page at ``base`` and its links (URL, is an htmx request),
    its GET forms sent as links."""
    reader = _Reader(base)
    reader.feed(content)
    reader.close()
    return reader.texts, reader.links


# -- the pages --------------------------------------------------------------------------------

@dataclass
class Visit:
    url: str
    hx: bool
    status: int
    kind: str  # "html", "xlsx", "docx", "pdf", "zip" or "other"
    texts: list[str] = field(default_factory=list)
    #: the page's HTML, a CSV download's text, or the text a DOCX or PDF document shows
    #: ("" for other kinds and for :data:`USER_FILES`)
    body: str = ""
    #: an XLSX download's cells (every value, not only the words)
    cells: list[object] = field(default_factory=list)
    #: the media type the application answered with
    media: str = ""
    #: the files inside a ZIP download (kind ``"zip"``), each read as its own kind would be
    #: (:func:`zip_parts`), its URL ``{zip URL}!{name}``
    parts: list[Visit] = field(default_factory=list)


def page_routes(app: FastAPI) -> dict[str, list[str]]:
    """Every page route of the application (``GET`` outside ``/api/``) and the names of
    the parameters of its handler (path and query)."""
    return {r.path: list(inspect.signature(r.endpoint).parameters)
            for r in sorted(routes_of(app), key=lambda r: r.path)
            if "GET" in r.methods and not r.path.startswith("/api/")}


#: Downloads whose cells are an input layout, not words: the register template (its column
#: headers are the names an office sheet uses, in Indonesian whatever the page's language)
#: and the annotated copy of a refused sheet (the user's own cells). They are visited (no
#: 5xx) but their cells are not read for words.
LAYOUT_FILES = (re.compile(r"^/register/template\.xlsx$"),
                # the register's download: the office's own headers, read back by the
                # importer (as `rancang registry export` writes it)
                re.compile(r"^/register/export\.xlsx$"),
                re.compile(r"^/monitoring/[^/]+/template\.xlsx$"),
                re.compile(r"^/register/problems/[^/]+\.xlsx$"),
                # the consultation's capture form and answers workbook (issue 14 names
                # their sheets and columns: masukan, bagian, tanggapan, status, alasan...)
                re.compile(r"^/consult/plans/\d+/(form|answers)\.xlsx$"),
                # an AHP survey's XLSX form: the FGD's Indonesian questionnaire whose
                # criterion codes are read back on upload (rancang.sources.ahp_forms)
                re.compile(r"^/decide/surveys/\d+/forms/\d+\.xlsx$"),
                # the suggested mappings to confirm: the columns `rancang programmes map`
                # reads back (kode, wilayah, tahun, jenis, kunci, kontribusi, konfirmasi)
                re.compile(r"^/programmes/plans/\d+/suggestions\.xlsx$"),
                # a plan's targets as a workbook: the columns of targets.csv (key,
                # indicator, unit, stage_1 ... and the years) read back on upload, and the
                # targets' labels in the plan's own language (data)
                re.compile(r"^/plans/\d+/targets\.xlsx$"))
#: Files a user stored, returned as they came (a scanned letter kept with an input, the
#: evidence of a realisation): not the application's documents, not read.
USER_FILES = (re.compile(r"^/consult/inputs/\d+/attachment$"),
              re.compile(r"^/monitoring/realisations/\d+/evidence$"))
DOCX_MEDIA = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
PDF_MEDIA = "application/pdf"
ZIP_MEDIA = "application/zip"


def route_pattern(path: str) -> re.Pattern[str]:
    parts = re.split(r"(\{[^}]+\})", path)
    body = "".join("[^/]+?" if p.startswith("{") else re.escape(p) for p in parts if p)
    return re.compile(f"^{body}$")


def fillers(admin: Client, lang: str) -> dict[str, str]:
    """Path and query parameters from the demo data: the demo dataset, its last region,
    a register record, the language."""
    ds = admin.http.get("/api/v1/datasets").json()[0]["id"]
    region = admin.http.get(f"/api/v1/datasets/{ds}/regions").json()[-1]
    record = admin.http.get("/api/v1/register/records").json()["items"][0]["id"]
    return {"dataset_id": str(ds), "dataset": str(ds), "region": str(region["code"]),
            "record_id": str(record), "code": lang, "q": str(region["name"])[:4]}


def with_lang(url: str, lang: str) -> str:
    parts = urlsplit(url)
    query = [(k, v) for k, v in parse_qsl(parts.query, keep_blank_values=True)
             if k != LANG_PARAM] + [(LANG_PARAM, lang)]
    return f"{parts.path}?{urlencode(query)}"


def _seeds(routes: dict[str, list[str]], fill: dict[str, str]) -> list[str]:
    """Each route with its path parameters filled: bare, and with every query parameter
    the demo data fills."""
    seeds = []
    for route, params in routes.items():
        names = re.findall(r"\{([^}]+)\}", route)
        if not all(n in fill for n in names):
            continue  # reached through the links of other pages
        path = re.sub(r"\{([^}]+)\}", lambda m: fill[m.group(1)], route)
        query = [(p, fill[p]) for p in params if p in fill and p not in names]
        seeds += [path] + ([f"{path}?{urlencode(query)}"] if query else [])
    return seeds


def _variant(route: str, path: str, query: str, hx: bool) -> tuple[object, ...]:
    """Pages alike: the same route, the same query names, the same words in the path
    (``/table/klassen.xlsx`` and ``/table/lq.csv`` differ; ``/register/4`` and
    ``/register/16`` do not); a download's query does not change its words."""
    words = tuple(p for p in re.split(r"[/.]", path) if p and not re.fullmatch(r"[\d.]+", p))
    if re.search(r"\.[a-z]+$", path):  # a download: the same words whatever its query
        return route, words, hx
    return route, words, frozenset(k for k, _ in parse_qsl(query)) - {LANG_PARAM}, hx


def crawl(client: Client, lang: str, routes: dict[str, list[str]],
          fill: dict[str, str]) -> list[Visit]:
    """Every page route (filled from the demo data) and the pages linked from them (but
    the switch to the other language)."""
    patterns = [(r, route_pattern(r)) for r in routes]
    queue: list[tuple[str, bool]] = [(url, False) for url in _seeds(routes, fill)]
    seen: dict[tuple[object, ...], int] = {}
    visited: set[tuple[str, bool]] = set()
    out: list[Visit] = []
    while queue:
        url, hx = queue.pop(0)
        parts = urlsplit(url)
        if (parts.scheme or parts.netloc or (url, hx) in visited
                or OTHER[lang] in parts.path.split("/")):
            continue
        route = next((r for r, p in patterns if p.match(parts.path)), None)
        if route is None:
            continue
        key = _variant(route, parts.path, parts.query, hx)
        if seen.get(key, 0) >= MAX_VARIANTS[client.username]:
            continue
        seen[key] = seen.get(key, 0) + 1
        visited.add((url, hx))
        resp = client.http.get(with_lang(url, lang),
                               headers={"HX-Request": "true"} if hx else {})
        ctype = resp.headers.get("content-type", "")
        visit = Visit(url, hx, resp.status_code,
                      "html" if "html" in ctype else
                      "xlsx" if "spreadsheet" in ctype else
                      "docx" if ctype.startswith(DOCX_MEDIA) else
                      "pdf" if ctype.startswith(PDF_MEDIA) else
                      "zip" if ctype.startswith(ZIP_MEDIA) else "other", media=ctype)
        own = not any(p.match(parts.path) for p in USER_FILES)
        if visit.kind == "html":
            visit.body = resp.text
            visit.texts, links = page_texts(resp.text, parts.path)
            queue += [(htmllib.unescape(link), is_hx) for link, is_hx in links]
        elif visit.kind == "xlsx":
            sheets, visit.cells = _xlsx_sheets_and_cells(resp.content)
            if not any(p.match(parts.path) for p in LAYOUT_FILES):
                # its texts: the sheet names and the text cells (one load of the book)
                visit.texts = sheets + [c for c in visit.cells if isinstance(c, str)]
        elif visit.kind == "docx" and own:
            visit.body = docx_text(resp.content)
        elif visit.kind == "pdf" and own:
            visit.body = pdf_text(resp.content)
        elif visit.kind == "zip" and own and resp.status_code == 200:
            visit.parts = zip_parts(url, resp.content)
        elif "csv" in ctype:
            visit.body = resp.text
        out.append(visit)
    return out
