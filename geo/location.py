"""What the geo layer is asked (``PlaceQuery``) and what it answers (``Location``)."""

from __future__ import annotations

from dataclasses import asdict, dataclass

from parsing.compiled import slot_setters


@dataclass(frozen=True, slots=True)
class PlaceQuery:
    """A place as written plus the context that helps pick the right one."""

    name: str  # as written: "SANTIAGO", "Ore.", "Den Haag"
    qualifier: str | None = None  # from the dateline: "Ky.", "Libanon", "Costa Rica", "Toledo"
    context: str = ""  # the brief's own text, for country names and demonyms
    lang: str | None = None  # ISO 639-1 language of the text: a weak prior
    agencies: tuple[str, ...] = ()  # a weak prior: ANP copy is often Dutch-world news

    def __init__(
        self,
        name: str,
        qualifier: str | None = None,
        context: str = "",
        lang: str | None = None,
        agencies: tuple[str, ...] = (),
    ) -> None:
        """The dataclass's own ``__init__`` (same arguments, defaults and fields), compiled with
        the module (``parsing.compiled.HOT``), each field written by its slot's own setter, as
        ``Location``'s is."""
        _set_q_name(self, name)
        _set_q_qualifier(self, qualifier)
        _set_q_context(self, context)
        _set_q_lang(self, lang)
        _set_q_agencies(self, agencies)


# the slots' setters ``PlaceQuery.__init__`` writes with
_set_q_name, _set_q_qualifier, _set_q_context, _set_q_lang, _set_q_agencies = slot_setters(
    PlaceQuery
)


@dataclass(frozen=True, slots=True)
class Location:
    """A resolved (or unresolved) place. Unresolved means ``lat``/``lon`` are None.

    ``precision`` is "city", "region" or "country"; ``reason`` is one line a reader can check,
    e.g. ``SANTIAGO + "Chili" in text → Santiago, CL``. ``source`` says which resolver answered:
    "gazetteer", "override", "nominatim", "cache".
    """

    query: str
    name: str | None = None
    lat: float | None = None
    lon: float | None = None
    country_code: str | None = None
    admin1: str | None = None
    geonameid: int | None = None
    precision: str | None = None
    confidence: float = 0.0
    reason: str = ""
    source: str = "gazetteer"

    def __init__(
        self,
        query: str,
        name: str | None = None,
        lat: float | None = None,
        lon: float | None = None,
        country_code: str | None = None,
        admin1: str | None = None,
        geonameid: int | None = None,
        precision: str | None = None,
        confidence: float = 0.0,
        reason: str = "",
        source: str = "gazetteer",
    ) -> None:
        """The dataclass's own ``__init__`` (same arguments, defaults and fields), but each field
        is written by its slot's own setter: a frozen dataclass writes through
        ``object.__setattr__``, which looks the name up on the class each time (about a third
        of a ``Location``'s cost, built some thousand times a pass with mentions)."""
        _set_query(self, query)
        _set_name(self, name)
        _set_lat(self, lat)
        _set_lon(self, lon)
        _set_country_code(self, country_code)
        _set_admin1(self, admin1)
        _set_geonameid(self, geonameid)
        _set_precision(self, precision)
        _set_confidence(self, confidence)
        _set_reason(self, reason)
        _set_source(self, source)

    @property
    def resolved(self) -> bool:
        return self.lat is not None and self.lon is not None

    def to_dict(self) -> dict:
        return asdict(self)

    def with_confidence(self, confidence: float) -> Location:
        """This location with another confidence: ``dataclasses.replace``'s answer, every other
        field passed as it is, without its look-up of the fields and its keywords (a test in
        tests/test_exact_cuts_geo.py fails if a field is added here and not passed)."""
        return Location(
            self.query,
            self.name,
            self.lat,
            self.lon,
            self.country_code,
            self.admin1,
            self.geonameid,
            self.precision,
            confidence,
            self.reason,
            self.source,
        )

    @classmethod
    def unresolved(cls, query: str, reason: str) -> Location:
        return cls(query=query, reason=reason, confidence=0.0)


# the slots' setters ``Location.__init__`` writes with (the slots exist once the class is made)
(
    _set_query,
    _set_name,
    _set_lat,
    _set_lon,
    _set_country_code,
    _set_admin1,
    _set_geonameid,
    _set_precision,
    _set_confidence,
    _set_reason,
    _set_source,
) = slot_setters(Location)


def rounded(value: float, places: int) -> float:
    """``round(value, places)``, the same float, without its cost for a value already on that
    grid (a gazetteer's coordinates, a confidence rounded once): ``round`` writes the number out
    in decimal and reads it back (some thousands of instructions), where a value whose
    ``places``-digit decimal reads back as itself is its own rounding. Why exact: below 1e9 a
    float is within half a unit in its last place (under 1e-7) of that decimal, so rounding it
    to ``places`` <= 6 digits gives that decimal, which reads back as the value. Anything else
    (off the grid, larger, not a number) is ``round``'s."""
    scale = _SCALES[places]
    scaled = value * scale
    if -1e9 < value < 1e9 and scaled.is_integer() and scaled / scale == value:
        return value
    return round(value, places)


_SCALES = {places: 10.0**places for places in range(7)}
