"""One language catalogue for every channel: Indonesian by default, English available.

Words live in ``WORDS`` mappings, ``key -> (Indonesian, English)``, in *words modules*:
the core's (:data:`CORE_WORDS`) and each feature's (its manifest's ``words``). The
catalogue reads them the first time a word is asked for, never as a side effect of
importing a module.

Keys follow a few conventions:

- ``ui.*``, ``error.*``, ``map.*``... plain words and sentences (``{name}`` placeholders
  are filled by :func:`text`);
- a bare machine column name (``region_code``, ``lq``) is that column's header;
- ``term:<Indonesian value>`` translates a result value the methods write in Indonesian
  (``term:unggulan`` -> "leading");
- ``value:<column>:<machine value>`` names a machine value of one column
  (``value:class:key`` -> "sektor kunci" / "key sector").

The language is chosen per call, never at import: the web sets it for each request, the
CLI for each command (``--lang`` or ``RANCANG_LANG``), with :func:`use_language`;
:func:`current_language` reads it. Messages that are built before the language is known
(an :class:`~rancang.core.errors.InputError` raised deep in a reader) carry a
:class:`Msg`, which renders in the language current when it is shown.
"""

from __future__ import annotations

import contextlib
import importlib
import numbers
import os
import threading
from collections.abc import Iterator, Mapping
from contextvars import ContextVar
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    import polars as pl

LANGS = ("id", "en")
DEFAULT_LANG = "id"
#: The core's words modules (errors, generic interface words; the readers' and the methods'
#: messages, column headers and result values); features add theirs through their
#: manifests.
CORE_WORDS: tuple[str, ...] = ("rancang.core.words", "rancang.core.cli_words",
                                "rancang.core.api_words",
                                "rancang.analysis.words", "rancang.sources.words",
                                "rancang.decision.words")

_LANGUAGE: ContextVar[str | None] = ContextVar("rancang_language", default=None)


def normalize_language(lang: str | None) -> str | None:
    """``id``/``en`` as given (any case, spaces), else None.

    >>> normalize_language(" EN "), normalize_language("fr"), normalize_language(None)
    ('en', None, None)
    """
    if lang is None:
        return None
    value = lang.strip().lower()
    return value if value in LANGS else None


def current_language() -> str:
    """The language of this request or command: set with :func:`use_language`, else the
    environment variable ``RANCANG_LANG``, else Indonesian.

    >>> with language("en"):
    ...     current_language()
    'en'
    """
    chosen = _LANGUAGE.get()
    if chosen is not None:
        return chosen
    return normalize_language(os.environ.get("RANCANG_LANG")) or DEFAULT_LANG


def chosen_language() -> str | None:
    """The language set with :func:`use_language` in this context, or None."""
    return _LANGUAGE.get()


def use_language(lang: str | None) -> None:
    """Make ``lang`` the language of this context (None: back to the default).

    Raises ``ValueError`` for a language other than ``id`` or ``en``.
    """
    if lang is not None and normalize_language(lang) is None:
        raise ValueError(f"language must be one of {', '.join(LANGS)}")
    _LANGUAGE.set(normalize_language(lang))


@contextlib.contextmanager
def language(lang: str | None) -> Iterator[str]:
    """Use ``lang`` inside a ``with`` block (the previous language afterwards).

    >>> with language("en"):
    ...     text("ui.error")
    'Something went wrong'
    >>> text("ui.error", "id")
    'Terjadi kesalahan'
    """
    token = _LANGUAGE.set(normalize_language(lang))
    try:
        yield current_language()
    finally:
        _LANGUAGE.reset(token)


class Catalogue:
    """Words by key, read from words modules the first time one is asked for."""

    def __init__(self, modules: tuple[str, ...] | None = None) -> None:
        self._modules = modules
        self._words: dict[str, tuple[str, str]] | None = None
        self._lock = threading.Lock()
        #: Keys two words modules define differently: (key, first module, second module).
        self.conflicts: list[tuple[str, str, str]] = []

    def _module_names(self) -> tuple[str, ...]:
        if self._modules is not None:
            return self._modules
        from rancang.core.features import installed

        return (*CORE_WORDS, *installed().words_modules())

    @property
    def words(self) -> dict[str, tuple[str, str]]:
        """Every entry (loaded now if not yet)."""
        if self._words is None:
            with self._lock:
                if self._words is None:
                    words: dict[str, tuple[str, str]] = {}
                    origin: dict[str, str] = {}
                    for name in self._module_names():
                        module = importlib.import_module(name)
                        for key, pair in module.WORDS.items():
                            if key in words and words[key] != pair:
                                self.conflicts.append((key, origin[key], name))
                            words[key] = pair
                            origin.setdefault(key, name)
                    self._words = words
        return self._words

    def get(self, key: str, lang: str) -> str | None:
        """The entry in ``lang``, or None when the key is unknown."""
        pair = self.words.get(key)
        if pair is None:
            return None
        return pair[1] if lang == "en" else pair[0]

    def add(self, words: Mapping[str, tuple[str, str]]) -> None:
        """Add entries (for tests and for words computed from data)."""
        self.words.update(words)


_CATALOGUE = Catalogue()


def catalogue() -> Catalogue:
    """The process's catalogue."""
    return _CATALOGUE


def text(key: str, lang: str | None = None, /, **params: Any) -> str:
    """The word or sentence ``key`` in ``lang`` (default: :func:`current_language`), with
    ``{placeholders}`` filled from ``params``; an unknown key comes back as itself.

    >>> text("ui.error", "en"), text("no.such.key", "en")
    ('Something went wrong', 'no.such.key')
    >>> text("error.more", "id", n=3)
    'dan 3 lainnya'

    Numbers are written the way the language writes them (see :class:`LocalNumber`):

    >>> text("sources.check.fix", "id", code="C", column="2020", old=1234.5, new=12.345)
    'C (kolom 2020) 1234,50 -> 12,35'
    >>> text("sources.check.fix", "en", code="C", column="2020", old=1234.5, new=12.345)
    'C (column 2020) 1234.50 -> 12.35'
    """
    lang = lang or current_language()
    found = _CATALOGUE.get(key, lang)
    if found is None:
        return key
    if not params:
        return found
    return found.format(**{k: LocalNumber(v, lang) if _is_number(v) else v
                           for k, v in params.items()})


def _is_number(value: object) -> bool:
    return isinstance(value, numbers.Real) and not isinstance(value, bool)


class LocalNumber:
    """A number placed in a sentence, formatted for the sentence's language: the format
    spec of the placeholder (``{x:,.2f}``, ``{rel:+.1%}``) is applied, then in Indonesian
    the decimal point becomes a comma and the thousands comma a point. ``{x!r}`` (a value
    quoted as the user gave it) is left as it is.

    >>> f"{LocalNumber(1234567.891, 'id'):,.2f} / {LocalNumber(0.052, 'id'):+.1%}"
    '1.234.567,89 / +5,2%'
    >>> f"{LocalNumber(1234567.891, 'en'):,.2f} {LocalNumber(2020, 'id')}"
    '1,234,567.89 2020'
    """

    __slots__ = ("lang", "value")

    def __init__(self, value: float, lang: str) -> None:
        self.value = value
        self.lang = lang

    def __format__(self, spec: str) -> str:
        shown = format(self.value, spec)
        if self.lang != "id":
            return shown
        return shown.replace(",", "\x00").replace(".", ",").replace("\x00", ".")

    def __str__(self) -> str:
        return self.__format__("")

    def __repr__(self) -> str:
        return repr(self.value)


def has(key: str) -> bool:
    """The catalogue knows ``key``."""
    return key in _CATALOGUE.words


class Msg:
    """A catalogue message not yet rendered: shown in the language current *when shown*.

    >>> m = Msg("error.more", n=2)
    >>> with language("en"):
    ...     str(m)
    'and 2 more'
    >>> str(m)
    'dan 2 lainnya'
    """

    __slots__ = ("key", "params")

    def __init__(self, key: str, /, **params: Any) -> None:
        self.key = key
        self.params = params

    def render(self, lang: str | None = None) -> str:
        """The message in ``lang`` (default: the current language). Parameters that are
        messages themselves are rendered in the same language."""
        lang = lang or current_language()
        params = {k: v.render(lang) if isinstance(v, Msg) else v
                  for k, v in self.params.items()}
        return text(self.key, lang, **params)

    def __str__(self) -> str:
        return self.render()

    def __repr__(self) -> str:
        return f"Msg({self.key!r}, **{self.params!r})"

    def __eq__(self, other: object) -> bool:
        if isinstance(other, Msg):
            return (self.key, self.params) == (other.key, other.params)
        return NotImplemented

    def __hash__(self) -> int:
        return hash((self.key, tuple(sorted(self.params))))


class When(Msg):
    """A date or a moment as a message parameter: written by :func:`format_when` in the
    language the message is shown in (``suffix`` after it, e.g. ``" UTC"``).

    >>> from datetime import datetime
    >>> m = Msg("jobs.expires", when=When(datetime(2027, 1, 4, 6, 5, 1, 5), suffix=" UTC"))
    >>> m.render("en")
    'The result file is kept until 4 Jan 2027 06:05 UTC; then it is deleted.'
    >>> m.render("id")
    'Berkas hasil disimpan sampai 4 Jan 2027 06.05 UTC; setelah itu dihapus.'
    """

    __slots__ = ()

    def __init__(self, value: Any, *, time: bool = True, suffix: str = "") -> None:
        super().__init__("when", value=value, time=time, suffix=suffix)

    def render(self, lang: str | None = None) -> str:
        p = self.params
        written = format_when(p["value"], lang or current_language(), time=bool(p["time"]))
        return written + str(p["suffix"])


def render_text(value: str | Msg | None, lang: str | None = None) -> str:
    """A plain string or a :class:`Msg` as text in ``lang``.

    >>> render_text("as is"), render_text(Msg("ui.error"), "en"), render_text(None)
    ('as is', 'Something went wrong', '')
    """
    if value is None:
        return ""
    return value.render(lang) if isinstance(value, Msg) else str(value)


def header_label(key: str, lang: str | None = None) -> str:
    """Label of a machine column name or interface key in ``lang`` (the key if unknown).

    >>> header_label("region_code", "en"), header_label("region_code", "id")
    ('Region code', 'Kode wilayah')
    """
    return text(key, lang)


def term_label(value: str | None, lang: str | None = None) -> str:
    """A result value the methods write in Indonesian (a quadrant, a Klassen class), in
    ``lang``; unknown values unchanged.

    >>> term_label("unggulan", "en"), term_label("unggulan", "id"), term_label("x", "en")
    ('leading (base now, gaining)', 'unggulan', 'x')
    >>> term_label(None, "en")
    '-'
    """
    if value is None:
        return "-"
    found = _CATALOGUE.get(f"term:{value}", lang or current_language())
    return value if found is None else found


def value_label(column: str, value: str | None, lang: str | None = None) -> str:
    """The word for a machine value of ``column`` in ``lang`` (else the value unchanged).

    Values are keyed by column because one machine word may mean different things in two
    columns (``"target"`` as a scenario, ``"backward"`` as a class).

    >>> value_label("class", "key", "en"), value_label("class", "key", "id")
    ('key sector', 'sektor kunci')
    >>> value_label("class", "other"), value_label("class", None)
    ('other', '-')
    """
    if value is None:
        return "-"
    found = _CATALOGUE.get(f"value:{column}:{value}", lang or current_language())
    return value if found is None else found


def localize_values(frame: pl.DataFrame, lang: str | None = None) -> pl.DataFrame:
    """A table with the known machine values of its text columns in words.

    For workbooks and pages; CSV files and APIs keep the machine values.

    >>> import polars as pl
    >>> localize_values(pl.DataFrame({"class": ["key", "x"]}), "en")["class"].to_list()
    ['key sector', 'x']
    """
    import polars as pl

    lang = lang or current_language()
    index = 1 if lang == "en" else 0
    prefixes: dict[str, dict[str, str]] = {}
    for key, pair in _CATALOGUE.words.items():
        if key.startswith("value:"):
            _, column, machine = key.split(":", 2)
            prefixes.setdefault(column, {})[machine] = pair[index]
    exprs = [pl.col(col).replace(prefixes[col]) for col, dtype in frame.schema.items()
             if col in prefixes and dtype == pl.String]
    return frame.with_columns(exprs) if exprs else frame


def pick(pair: tuple[str, str], lang: str | None = None) -> str:
    """One of an (Indonesian, English) pair kept beside data (a sheet title, a label).

    >>> pick(("Tahun", "Year"), "en"), pick(("Tahun", "Year"), "id")
    ('Year', 'Tahun')
    """
    return pair[1] if (lang or current_language()) == "en" else pair[0]


def format_number(value: float, decimals: int = 2, lang: str | None = None) -> str:
    """A number for people in ``lang``: ``1.234.567,89`` (Indonesian) or ``1,234,567.89``.

    >>> format_number(1234567.891, lang="id"), format_number(1234567.891, lang="en")
    ('1.234.567,89', '1,234,567.89')
    """
    if (lang or current_language()) == "en":
        return f"{value:,.{decimals}f}"
    return format_number_id(value, decimals)


def format_when(value: Any, lang: str | None = None, *, time: bool = True) -> str:
    """A date or a moment for people, in ``lang``, never with seconds' fractions: the day,
    the month's short name from the catalogue and the year, then (``time``, for a moment)
    hours and minutes, written ``02.33`` in Indonesian and ``02:33`` in English. An ISO
    text (``2026-12-05T02:33:06.077982``) is read first; ``None`` or an empty text gives
    ``-``; any other text is returned as it is.

    >>> from datetime import date, datetime
    >>> moment = datetime(2026, 12, 5, 2, 33, 6, 77982)
    >>> format_when(moment, "id"), format_when(moment, "en")
    ('5 Des 2026 02.33', '5 Dec 2026 02:33')
    >>> format_when("2026-12-05T02:33:06.077982", "en", time=False), format_when(None)
    ('5 Dec 2026', '-')
    >>> format_when(date(2027, 3, 1), "id"), format_when("v0.1", "id")
    ('1 Mar 2027', 'v0.1')
    """
    from datetime import date, datetime

    if value is None or value == "":
        return "-"
    if isinstance(value, str):
        written: str = value
        try:
            value = (datetime.fromisoformat(written) if len(written) > 10
                     else date.fromisoformat(written))
        except ValueError:
            return written
    if not isinstance(value, date):
        return str(value)
    lang = lang or current_language()
    day = f"{value.day} {text(f'month.{value.month}', lang)} {value.year}"
    if not time or not isinstance(value, datetime):
        return day
    return f"{day} {value.hour:02d}{'.' if lang == 'id' else ':'}{value.minute:02d}"


def shown_stamp(stamp: Any, lang: str | None = None) -> str:
    """A stored dataset's version stamp (``"<id>@<created_at>"``, see
    :func:`rancang.features.datasets.service.dataset_stamp`) as people read it: the id and
    when it was saved, by :func:`format_when`; any other text as it is.

    >>> shown_stamp("1@2026-12-05T02:33:05.247734", "en"), shown_stamp("3@", "id")
    ('#1, 5 Dec 2026 02:33', '#3')
    """
    head, sep, when = str(stamp).partition("@")
    if not sep or not head.isdigit():
        return str(stamp)
    return f"#{head}, {format_when(when, lang)}" if when else f"#{head}"


def format_number_id(value: float, decimals: int = 2) -> str:
    """Indonesian number formatting: ``1234567.891`` -> ``'1.234.567,89'``.

    >>> format_number_id(1234567.891)
    '1.234.567,89'
    >>> format_number_id(-0.5, 1)
    '-0,5'
    """
    text_ = f"{value:,.{decimals}f}"
    return text_.replace(",", "\x00").replace(".", ",").replace("\x00", ".")


def format_rupiah(value: float) -> str:
    """Rupiah in words for large amounts, as offices write them.

    >>> format_rupiah(1_200_000_000)
    'Rp 1,2 miliar'
    >>> format_rupiah(3_450_000_000_000)
    'Rp 3,45 triliun'
    >>> format_rupiah(750_000)
    'Rp 750.000'
    """
    for size, word in ((1e12, "triliun"), (1e9, "miliar"), (1e6, "juta")):
        if abs(value) >= size:
            shown = f"{value / size:.2f}".rstrip("0").rstrip(".").replace(".", ",")
            return f"Rp {shown} {word}"
    return f"Rp {format_number_id(value, 0)}"
