"""A dateline moved between a page's offsets and its brief's keeps every other field.

``parse_page`` moves each brief's dateline to the brief's own offsets and the dateline eval moves
it back to the page's; both once rebuilt the record by hand, and read18's ``byline`` flag was lost
that way in its first draft. These tests walk the class's fields, so a field added later is
checked without editing them.
"""

from dataclasses import fields

from parsing.records import Dateline
from pipeline.extract import read_briefs

_OFFSETS = {"start", "end", "sep_end"}


def _every_field_set() -> Dateline:
    """A dateline whose every field differs from its default."""
    return Dateline(
        raw="PORTLAND, Ore., Feb 26 (AP)",
        start=40,
        end=67,
        sep_end=70,
        place="PORTLAND",
        places=("PORTLAND",),
        qualifier="Ore.",
        agencies=("AP",),
        date_text="Feb 26",
        byline=True,
    )


def test_every_field_is_set_by_the_helper():
    dl = _every_field_set()
    for f in fields(Dateline):
        if f.name not in _OFFSETS:
            assert getattr(dl, f.name) != f.default, f.name


def test_shifted_moves_the_offsets_and_keeps_every_other_field():
    dl = _every_field_set()
    moved = dl.shifted(30)
    assert (moved.start, moved.end, moved.sep_end) == (10, 37, 40)
    for f in fields(Dateline):
        if f.name not in _OFFSETS:
            assert getattr(moved, f.name) == getattr(dl, f.name), f.name
    assert moved.shifted(-30) == dl


def test_a_later_brief_keeps_its_bylines_flag_through_the_page():
    page = (
        "LAGOS (Reuters) - Nigeria's central bank held its key rate on Tuesday.\n\n"
        "By Jane Doe, Abuja\nThe electoral commission fixed dates for the by-elections on Monday."
    )
    briefs = [b for b in read_briefs(page) if b.dateline is not None]
    assert [(b.dateline.place, b.dateline.byline) for b in briefs] == [
        ("LAGOS", False),
        ("Abuja", True),
    ]
    last = briefs[-1]
    assert last.offset > 0
    assert last.text[last.dateline.start : last.dateline.end] == "Abuja"
    assert page[last.offset + last.dateline.start :].startswith("Abuja\nThe electoral")


def test_dateline_init_is_the_dataclass_one() -> None:
    """Dateline writes its slots itself (cheaper than a frozen dataclass's ``__init__``): the
    same arguments in the same order with the same defaults, every field set, still frozen."""
    import dataclasses
    import inspect

    import pytest

    params = list(inspect.signature(Dateline).parameters.values())
    assert [p.name for p in params] == [f.name for f in fields(Dateline)]
    for p, f in zip(params, fields(Dateline), strict=True):
        assert p.default == (
            inspect.Parameter.empty if f.default is dataclasses.MISSING else f.default
        )
    dl = _every_field_set()
    values = dataclasses.astuple(dl)
    assert Dateline(*values) == dl
    assert hash(Dateline(*values)) == hash(dl)
    with pytest.raises(dataclasses.FrozenInstanceError):
        dl.start = 0  # type: ignore[misc]
