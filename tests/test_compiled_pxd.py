"""An augmenting ``.pxd`` (``parsing.compiled``) declares every attribute its class sets.

Compiled, a class a ``.pxd`` makes a ``cdef class`` (``geo/mentions.pxd``: ``MentionIndex``) has
only the fields that file declares: an attribute its ``.py`` sets without a line there builds
without a word and raises ``AttributeError`` when set, at the first brief (the ``.py``, run
with ``WIREMAP_COMPILED=0``, answers). So the sources are read here: every ``self.X = ...`` (and
``setattr(self, name, ...)`` over a module's tuple of names) in a method of the class must name
a field of its ``cdef class`` block. Read from the text, no build needed: it fails on the
machine that adds the attribute, with the line to add.
"""

from __future__ import annotations

import ast
import re
from pathlib import Path

import pytest

from parsing.compiled import HOT

ROOT = Path(__file__).resolve().parents[1]
_CLASS = re.compile(r"^cdef class (\w+)\b")
_FIELDS = re.compile(r"^\s+cdef\s+(?:(?:public|readonly)\s+)?\w+\s+(.+?)\s*(?:#.*)?$")
_CPDEF = re.compile(r"^\s+cpdef\s+(?:\w+\s+)?(\w+)\s*\(")


def declared(pxd: str) -> dict[str, tuple[set[str], set[str]]]:
    """Each ``cdef class`` of a ``.pxd``: (its fields, its ``cpdef`` methods)."""
    classes: dict[str, tuple[set[str], set[str]]] = {}
    fields: set[str] = set()
    methods: set[str] = set()
    for line in pxd.splitlines():
        if m := _CLASS.match(line):
            fields, methods = classes.setdefault(m.group(1), (set(), set()))
        elif m := _CPDEF.match(line):
            methods.add(m.group(1))
        elif m := _FIELDS.match(line):
            fields.update(name.strip() for name in m.group(1).split(","))
    return classes


def _names_of(module: ast.Module, name: str) -> tuple[str, ...] | None:
    """The strings of a module-level tuple or list of string constants named ``name``."""
    for node in module.body:
        if (
            isinstance(node, ast.Assign)
            and any(isinstance(t, ast.Name) and t.id == name for t in node.targets)
            and isinstance(node.value, ast.Tuple | ast.List)
            and all(isinstance(e, ast.Constant) for e in node.value.elts)
            and all(isinstance(e.value, str) for e in node.value.elts)
        ):
            return tuple(e.value for e in node.value.elts)
    return None


def set_on_self(module: ast.Module, cls: ast.ClassDef) -> tuple[set[str], list[str]]:
    """The attributes the class's methods set on ``self`` and the ``setattr(self, ...)`` calls
    whose names cannot be read (a name that is no string and no loop over a module's tuple)."""
    found: set[str] = set()
    unread: list[str] = []
    loops: dict[str, str] = {}  # loop variable -> the module-level name it runs over
    for node in ast.walk(cls):
        if (
            isinstance(node, ast.For)
            and isinstance(node.target, ast.Name)
            and isinstance(node.iter, ast.Name)
        ):
            loops[node.target.id] = node.iter.id
    for node in ast.walk(cls):
        if (
            isinstance(node, ast.Attribute)
            and isinstance(node.ctx, ast.Store | ast.Del)
            and isinstance(node.value, ast.Name)
            and node.value.id == "self"
        ):
            found.add(node.attr)
        elif (
            isinstance(node, ast.Call)
            and isinstance(node.func, ast.Name)
            and node.func.id in ("setattr", "delattr")
            and node.args
            and isinstance(node.args[0], ast.Name)
            and node.args[0].id == "self"
        ):
            what = node.args[1] if len(node.args) > 1 else None
            if isinstance(what, ast.Constant) and isinstance(what.value, str):
                found.add(what.value)
            elif (
                isinstance(what, ast.Name)
                and what.id in loops
                and (names := _names_of(module, loops[what.id])) is not None
            ):
                found.update(names)
            else:
                unread.append(ast.unparse(node))
    return found, unread


def _augmented() -> list[str]:
    return [name for name in HOT if (ROOT / (name.replace(".", "/") + ".pxd")).is_file()]


def test_a_hot_module_has_its_augmenting_pxd():
    # the one there is now (speed31): the checks below read it
    assert "geo.mentions" in _augmented()


@pytest.mark.parametrize("name", _augmented())
def test_every_attribute_a_cdef_class_sets_is_declared_in_its_pxd(name):
    path = ROOT / (name.replace(".", "/") + ".py")
    pxd = path.with_suffix(".pxd")
    module = ast.parse(path.read_text(encoding="utf-8"))
    classes = {node.name: node for node in module.body if isinstance(node, ast.ClassDef)}
    blocks = declared(pxd.read_text(encoding="utf-8"))
    assert blocks, f"{pxd.name} declares no cdef class"
    for cls_name, (fields, methods) in blocks.items():
        assert cls_name in classes, f"{pxd.name} declares {cls_name}, which {path.name} lacks"
        cls = classes[cls_name]
        found, unread = set_on_self(module, cls)
        assert not unread, f"{name}.{cls_name}: setattr with a name this test cannot read: {unread}"
        missing = sorted(found - fields)
        assert not missing, (
            f"{name}.{cls_name} sets {missing} on self but {pxd.relative_to(ROOT)} does not "
            f"declare them: compiled, setting one raises AttributeError. Add them to a "
            f"'cdef public object' line of its 'cdef class {cls_name}' block."
        )
        defs = {
            f.name: f for f in cls.body if isinstance(f, ast.FunctionDef | ast.AsyncFunctionDef)
        }
        for method in methods:  # a cpdef is a plain method of the class (not static, not async)
            f = defs.get(method)
            assert isinstance(f, ast.FunctionDef), f"{pxd.name}: cpdef {method} is no method"
            assert not f.decorator_list, f"{pxd.name}: cpdef {method} is decorated"


TOY_PXD = """\
cdef class Box:
    cdef public object a, b  # two fields
    cdef readonly int n
    cpdef twice(self, k=*)
"""

# (a class's source, the attributes it sets on self): the reader's table
SETS = [
    ("class Box:\n def f(self):\n  self.a = 1", {"a"}),
    ("class Box:\n def f(self):\n  self.a: int = 1", {"a"}),
    ("class Box:\n def f(self):\n  self.a, self.b = 1, 2", {"a", "b"}),
    ("class Box:\n def f(self):\n  self.n += 1", {"n"}),
    ("class Box:\n def f(self):\n  del self.a", {"a"}),
    ("class Box:\n def f(self):\n  for self.a in ():\n   pass", {"a"}),
    ("class Box:\n def f(self):\n  setattr(self, 'c', 1)", {"c"}),
    (
        "NAMES = ('a', 'd')\nclass Box:\n def f(self, t):\n"
        "  for k in NAMES:\n   setattr(self, k, t[k])",
        {"a", "d"},
    ),
    ("class Box:\n def f(self):\n  def g():\n   self.e = 1\n  g()", {"e"}),
    # look-alikes: nothing set on self itself
    ("class Box:\n def f(self, other):\n  other.a = 1", set()),
    ("class Box:\n def f(self):\n  self.a.b = 1", set()),
    ("class Box:\n def f(self):\n  self.a[0] = 1", set()),
    ("class Box:\n def f(self):\n  x = self.zz", set()),
    ("class Box:\n X = 1\n def f(self):\n  return self.X", set()),
]


@pytest.mark.parametrize(("source", "attrs"), SETS)
def test_the_attributes_set_on_self_are_read_from_the_source(source, attrs):
    module = ast.parse(source)
    cls = next(n for n in module.body if isinstance(n, ast.ClassDef))
    assert set_on_self(module, cls) == (attrs, [])


def test_a_setattr_by_a_name_it_cannot_read_is_reported():
    module = ast.parse("class Box:\n def f(self, k):\n  setattr(self, k, 1)")
    assert set_on_self(module, module.body[0])[1] == ["setattr(self, k, 1)"]


def test_the_pxd_reader_finds_fields_and_cpdef_methods():
    assert declared(TOY_PXD) == {"Box": ({"a", "b", "n"}, {"twice"})}
