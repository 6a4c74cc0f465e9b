"""The records built for every brief write their own ``__init__`` (compiled with their module,
``parsing.compiled.HOT``), where ``dataclass`` would make one that runs as Python bytecode: each
must be the dataclass's own to its callers, the same arguments in the same order with the same
defaults (a field with a ``default_factory`` takes None for a new value), every field set, and
a frozen class still frozen."""

from __future__ import annotations

import dataclasses
import inspect

import pytest

from geo.location import Location, PlaceQuery
from geo.mentions import Mention
from parsing.dateline import _Ctx
from parsing.records import Brief, Dateline
from parsing.segment import Segment, _Lead

# (class, a value for each field in order, none of them its default)
CASES = [
    (Location, ("Q", "N", 1.25, -2.5, "NL", "Utrecht", 7, "city", 0.75, "why", "cache")),
    (PlaceQuery, ("SANTIAGO", "Chili", "the brief", "es", ("EFE",))),
    (Dateline, ("PARIS (AFP)", 1, 12, 15, "PARIS", ("PARIS",), "Tex.", ("AFP",), "Dec 5", True)),
    (
        Brief,
        (
            "PARIS (AFP) - x",
            "feed",
            2,
            40,
            "A title",
            Dateline("PARIS", 0, 5, 8, "PARIS"),
            "fr",
            None,
            "dateline",
            "Dec 5",
            None,
            "given",
            {"k": 1},
            ("a", "a", None, 0, 0),
        ),
    ),  # fmt: skip
    (Segment, (3, 90, Dateline("ROMA", 0, 4, 7, "ROMA"), "Titolo", None)),
    (_Lead, (7, "A headline", None)),
    (_Ctx, (lambda name, lang: "city", "de", {(1, 2): None})),
]
# a mention carries a location (the first case's); ``_NamedIn`` inherits Mention's __init__
CASES.append((Mention, ("Utrecht", 3, 10, Location(*CASES[0][1]), "city")))


def _default(field: dataclasses.Field) -> object:
    if field.default is not dataclasses.MISSING:
        return field.default
    if field.default_factory is not dataclasses.MISSING:
        return None  # a new value made for each record
    return inspect.Parameter.empty


@pytest.mark.parametrize(("cls", "values"), CASES, ids=[c.__name__ for c, _ in CASES])
def test_the_written_init_is_the_dataclass_one(cls, values):
    # written, not made by ``dataclass``: that one is in the class's dict too, but its code
    # was compiled from a string ("<string>"), not from the class's module
    made_in = cls.__init__.__code__.co_filename
    assert made_in.endswith(cls.__module__.replace(".", "/") + ".py"), made_in
    params = list(inspect.signature(cls).parameters.values())
    fields = dataclasses.fields(cls)
    assert [p.name for p in params] == [f.name for f in fields]
    assert [p.default for p in params] == [_default(f) for f in fields]
    assert all(p.kind is inspect.Parameter.POSITIONAL_OR_KEYWORD for p in params)
    record = cls(*values)
    assert all(getattr(record, f.name) is v for f, v in zip(fields, values, strict=True))
    by_name = cls(**{f.name: v for f, v in zip(fields, values, strict=True)})
    assert by_name == record
    first = fields[0].name
    changed = dataclasses.replace(record, **{first: None})
    assert getattr(changed, first) is None
    assert all(getattr(changed, f.name) is getattr(record, f.name) for f in fields[1:])
    if cls.__dataclass_params__.frozen:
        with pytest.raises(dataclasses.FrozenInstanceError):
            setattr(record, first, values[0])


@pytest.mark.parametrize(("cls", "values"), CASES, ids=[c.__name__ for c, _ in CASES])
def test_the_defaults_are_the_dataclass_ones(cls, values):
    fields = dataclasses.fields(cls)
    empty = inspect.Parameter.empty
    needed = [v for f, v in zip(fields, values, strict=True) if _default(f) is empty]
    record = cls(*needed)
    for f in fields[len(needed) :]:
        if f.default_factory is not dataclasses.MISSING:
            made = getattr(record, f.name)
            assert made == f.default_factory() and made is not getattr(cls(*needed), f.name)
        else:
            assert getattr(record, f.name) == f.default
