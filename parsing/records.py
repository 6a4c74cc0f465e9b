"""The records the parsing layer hands on: a dateline and the brief that carries it."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime

from parsing.compiled import slot_setters
from parsing.repair import OffsetMap, offset_maps, repair

# A brief's share of its page's repair (``Brief.repaired``): the ``text`` it belongs to, that text
# as the page showed it, the page's offset map (None: every character stands where it stood),
# and where the brief starts in the repaired page and in the page as given.
Repaired = tuple[str, str, OffsetMap | None, int, int]


@dataclass(frozen=True, slots=True)
class Dateline:
    """A dateline as found in a brief's text.

    ``start``/``end`` are character offsets of ``raw`` in the brief's text; ``sep_end`` is the
    offset just past the separator that follows it (``-``, ``—``, ``.-``, ``:``...), so that
    ``text[start:sep_end]`` is the dateline with its separator, as wire editors count it.
    """

    raw: str  # as written, without the separator: "BALAKLIYA (ANP/AFP)", "PORTLAND, Ore., Feb 26"
    start: int
    end: int
    sep_end: int
    place: str | None  # first place as written: "BALAKLIYA"; None for agency-only credits "(CNN)"
    places: tuple[str, ...] = ()  # every place as written: ("LONDEN", "PARIJS")
    qualifier: str | None = (
        None  # region or country named with the place: "Ore.", "Ukraine", "Toledo"
    )
    agencies: tuple[str, ...] = ()  # as written, split on "/": ("ANP", "AFP")
    date_text: str | None = (
        None  # a date written in the dateline: "Feb 26", "17 nov", "20 mars 2017"
    )
    byline: bool = False  # the place ends a person's byline ("By Jane Doe, Abuja"): filed there

    def __init__(
        self,
        raw: str,
        start: int,
        end: int,
        sep_end: int,
        place: str | None,
        places: tuple[str, ...] = (),
        qualifier: str | None = None,
        agencies: tuple[str, ...] = (),
        date_text: str | None = None,
        byline: bool = False,
    ) -> None:
        """The dataclass's own ``__init__`` (same arguments, defaults and fields), but each field
        is written by its slot's own setter: a frozen dataclass writes through
        ``object.__setattr__``, which looks the name up on the class each time."""
        _set_raw(self, raw)
        _set_start(self, start)
        _set_end(self, end)
        _set_sep_end(self, sep_end)
        _set_place(self, place)
        _set_places(self, places)
        _set_qualifier(self, qualifier)
        _set_agencies(self, agencies)
        _set_date_text(self, date_text)
        _set_byline(self, byline)

    def shifted(self, offset: int) -> Dateline:
        """The same dateline with its offsets ``offset`` characters earlier (a brief's own text
        against its page's). Every field is carried here, in one place, so a field added to the
        class is not lost by a caller rebuilding it by hand (built directly: ``replace`` costs
        several times more a brief on a page of hundreds)."""
        return Dateline(  # by position, in the fields' order: no dict of keywords per call
            self.raw,
            self.start - offset,
            self.end - offset,
            self.sep_end - offset,
            self.place,
            self.places,
            self.qualifier,
            self.agencies,
            self.date_text,
            self.byline,
        )


# the slots' setters ``Dateline.__init__`` writes with (the slots exist once the class is made)
(
    _set_raw,
    _set_start,
    _set_end,
    _set_sep_end,
    _set_place,
    _set_places,
    _set_qualifier,
    _set_agencies,
    _set_date_text,
    _set_byline,
) = slot_setters(Dateline)


@dataclass(slots=True)
class Brief:
    """One brief: a dateline (or none), its text, title and time.

    ``text`` is the brief as it stands on the page, starting at its dateline (or first word),
    without the headline and without the age marker that follows it. ``offset`` is where
    ``text`` starts in the source text, so every span can be traced back to the input.
    """

    text: str
    source: str = ""
    index: int = 0  # position on the page, from 0
    offset: int = 0  # start of ``text`` in the source text
    title: str | None = None
    dateline: Dateline | None = None
    lang: str | None = None
    published_at: datetime | None = None  # timezone-aware, or None when unknown
    time_basis: str | None = None  # "age", "dateline", "meta"; None when unknown
    time_text: str | None = None  # the words the time came from: "2 uur geleden", "Feb 26"
    captured_at: datetime | None = None
    captured_at_basis: str | None = None  # "option", "sidecar", "mtime", "meta"
    extra: dict = field(default_factory=dict)
    # Set by ``parse_page`` from the page's own repair, so that nothing downstream repairs the
    # brief again; read through ``repaired_text`` and ``repaired_offsets``.
    repaired: Repaired | None = field(default=None, repr=False, compare=False)

    def __init__(
        self,
        text: str,
        source: str = "",
        index: int = 0,
        offset: int = 0,
        title: str | None = None,
        dateline: Dateline | None = None,
        lang: str | None = None,
        published_at: datetime | None = None,
        time_basis: str | None = None,
        time_text: str | None = None,
        captured_at: datetime | None = None,
        captured_at_basis: str | None = None,
        extra: dict | None = None,
        repaired: Repaired | None = None,
    ) -> None:
        """The dataclass's own ``__init__`` (same arguments and fields, ``extra`` a new dict
        when none is given), compiled with the module (``parsing.compiled.HOT``): the one
        ``dataclass`` makes runs as Python bytecode, for every brief."""
        self.text = text
        self.source = source
        self.index = index
        self.offset = offset
        self.title = title
        self.dateline = dateline
        self.lang = lang
        self.published_at = published_at
        self.time_basis = time_basis
        self.time_text = time_text
        self.captured_at = captured_at
        self.captured_at_basis = captured_at_basis
        self.extra = {} if extra is None else extra
        self.repaired = repaired

    def _repaired(self) -> Repaired:
        """The brief's share of its page's repair; a brief made elsewhere, or whose ``text`` was
        replaced since, is repaired here, once."""
        got = self.repaired
        if got is None or got[0] is not self.text:
            text, where = repair(self.text)
            got = self.repaired = (self.text, text, where, 0, 0)
        return got

    @property
    def repaired_text(self) -> str:
        """The brief's text as the page showed it (``parsing.repair``): the places are read in
        it ("New&nbsp;York" is New York); ``text`` itself (the same object) where the repair
        changed nothing in it."""
        return self._repaired()[1]

    @property
    def repaired_offsets(self) -> tuple[Callable[[int], int], Callable[[int], int]]:
        """An offset in ``repaired_text`` to ``text``, and one in ``text`` to ``repaired_text``
        (``parsing.repair.offset_maps``)."""
        _, text, where, at, start = self._repaired()
        return offset_maps(where, at, start, len(text))

    @property
    def body(self) -> str:
        """The text after the dateline and its separator."""
        if self.dateline is None:
            return self.text
        return self.text[self.dateline.sep_end :].strip()
