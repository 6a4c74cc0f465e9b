"""An augmenting ``.pxd`` (``parsing.compiled``) declares every attribute its class sets.

Compiled, a class a ``.pxd`` makes a ``cdef class`` (``geo/mentions.pxd``: ``MentionIndex``) has
only the fields that file declares: an attribute its ``.py`` sets without a line there builds
without a word and raises ``AttributeError`` when set, at the first brief (the ``.py``, run
with ``WIREMAP_COMPILED=0``, answers). So the sources are read here: every ``self.X = ...`` (and
``setattr(self, name, ...)`` over a module's tuple of names) in a method of the class must name
a field of its ``cdef class`` block. Read from the text, no build needed: it fails on the
machine that adds the attribute, with the line to add.

A ``.pxd`` may also declare module functions ``cpdef`` (``parsing/dateline.pxd``,
``parsing/page.pxd``): the compiled module then calls them as C functions. Cython refuses one
with a closure (a generator expression, a nested function or a lambda), a decorator or
keyword-only arguments, and a compiled caller neither sees a test's ``monkeypatch`` of it nor
keeps it one object where it is used as a value (``f = _a if x else _b`` wraps it anew). So
each such line must name a plain module function with the same parameters, not patched by a
test and not used as a value, read from the texts here.
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
_MODULE_CPDEF = re.compile(r"^cpdef\s+(?:\w+\s+)?(\w+)\s*\(([^)]*)\)\s*(?:#.*)?$")
# A test's replacement of a module's name, in each form pytest and unittest.mock take:
# ``monkeypatch.setattr(m, "name", ...)``, ``mock.patch.object(m, "name")`` (an object, then its
# name) and ``monkeypatch.setattr("pkg.m.name", ...)``, ``mock.patch("pkg.m.name")`` (a path)
_PATCHED = re.compile(
    r"(?:setattr|patch\.object)\(\s*[\w.]+\s*,\s*[\"'](\w+)[\"']"
    r"|(?:setattr|patch)\(\s*[\"'][\w.]*\.(\w+)[\"']"
)


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


def module_cpdefs(pxd: str) -> dict[str, list[str]]:
    """The module functions a ``.pxd`` declares ``cpdef`` (outside a class): name -> its
    parameters as written (``"name"``, or ``"name=*"`` for one with a default)."""
    found: dict[str, list[str]] = {}
    for line in pxd.splitlines():
        if m := _MODULE_CPDEF.match(line):
            found[m.group(1)] = [p.strip() for p in m.group(2).split(",") if p.strip()]
        elif line.startswith("cpdef"):  # one the checks below would skip, unread: say so
            raise ValueError(f"a cpdef line the reader cannot read (one line, no suffix): {line}")
    return found


def _parameters(f: ast.FunctionDef) -> list[str]:
    args = [*f.args.posonlyargs, *f.args.args]
    plain = len(args) - len(f.args.defaults)
    return [a.arg if i < plain else f"{a.arg}=*" for i, a in enumerate(args)]


def cpdef_faults(module: ast.Module, name: str, params: list[str]) -> list[str]:
    """What keeps a module function ``name`` from being ``cpdef`` with ``params``: empty when
    nothing does."""
    defs = [n for n in module.body if isinstance(n, ast.FunctionDef) and n.name == name]
    if len(defs) != 1:
        return [f"{len(defs)} module functions named {name}"]
    f = defs[0]
    faults = []
    if f.decorator_list:
        faults.append("decorated")
    if f.args.vararg or f.args.kwarg or f.args.kwonlyargs:
        faults.append("*args, **kwargs or keyword-only arguments")
    if _parameters(f) != params:
        faults.append(f"parameters {_parameters(f)} in the .py, {params} in the .pxd")
    for node in ast.walk(f):
        if node is not f and isinstance(
            node, ast.GeneratorExp | ast.Lambda | ast.FunctionDef | ast.AsyncFunctionDef
        ):
            faults.append(f"a closure ({type(node).__name__}, line {node.lineno})")
        elif isinstance(node, ast.Yield | ast.YieldFrom):
            faults.append(f"a generator (line {node.lineno})")
    called = {id(n.func) for n in ast.walk(module) if isinstance(n, ast.Call)}
    for node in ast.walk(module):
        if isinstance(node, ast.Name) and node.id == name and id(node) not in called:
            what = "bound" if isinstance(node.ctx, ast.Store | ast.Del) else "used as a value"
            faults.append(f"{what} at line {node.lineno}")
    return faults


def patched(source: str) -> set[str]:
    """The names a test's text replaces (``_PATCHED``'s forms)."""
    return {m.group(1) or m.group(2) for m in _PATCHED.finditer(source)}


def patched_in_tests() -> set[str]:
    """The names the tests replace (``monkeypatch.setattr``, ``mock.patch``, ...)."""
    return {
        name for path in (ROOT / "tests").rglob("*.py") for name in patched(path.read_text("utf-8"))
    }


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
    # the ones there are now (speed31, speed41, speed51, speed52): the checks below read them
    now = {"geo.mentions", "geo.resolve", "geo.disambiguate", "parsing.dateline", "parsing.page"}
    assert now <= set(_augmented())


@pytest.mark.parametrize("name", _augmented())
def test_a_pxd_declares_something(name):
    pxd = (ROOT / (name.replace(".", "/") + ".pxd")).read_text(encoding="utf-8")
    assert declared(pxd) or module_cpdefs(pxd), f"{name}'s .pxd declares no class or function"


@pytest.mark.parametrize("name", _augmented())
def test_every_module_function_a_pxd_makes_cpdef_can_be_one(name):
    path = ROOT / (name.replace(".", "/") + ".py")
    module = ast.parse(path.read_text(encoding="utf-8"))
    patched = patched_in_tests()
    for function, params in module_cpdefs(path.with_suffix(".pxd").read_text("utf-8")).items():
        faults = cpdef_faults(module, function, params)
        assert not faults, f"{name}.{function} cannot be cpdef: {faults}"
        assert function not in patched, (
            f"a test patches {name}.{function}: a compiled caller of a cpdef function would not "
            f"see it; leave {function} out of the .pxd or patch what it calls"
        )


@pytest.mark.parametrize("name", _augmented())
def test_every_attribute_a_cdef_class_sets_is_declared_in_its_pxd(name):
    path = ROOT / (name.replace(".", "/") + ".py")
    pxd = path.with_suffix(".pxd")
    module = ast.parse(path.read_text(encoding="utf-8"))
    classes = {node.name: node for node in module.body if isinstance(node, ast.ClassDef)}
    blocks = declared(pxd.read_text(encoding="utf-8"))
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


# (a module's source, a cpdef line's parameters, whether it can be cpdef): the checker's table
CPDEFS = [
    ("def f(a, b=1):\n return a", ["a", "b=*"], True),
    ("def f(a):\n for x in a:\n  return x", ["a"], True),
    ("def f(a):\n return [x for x in a]", ["a"], True),  # a comprehension is inlined
    ("def f(a):\n return a\ndef g():\n return f(1)", ["a"], True),
    # look-alikes: each keeps f a Python function
    ("def f(a):\n return any(x for x in a)", ["a"], False),
    ("def f(a):\n return lambda: a", ["a"], False),
    ("def f(a):\n def g():\n  return a\n return g", ["a"], False),
    ("def f(a):\n yield a", ["a"], False),
    ("@cache\ndef f(a):\n return a", ["a"], False),
    ("def f(a, *, b=1):\n return a", ["a", "b=*"], False),
    ("def f(a, b=1):\n return a", ["a", "b"], False),
    ("def f(a):\n return a\ng = f", ["a"], False),
    ("def f(a):\n return a\ndef h(x):\n return (f if x else h)(x)", ["a"], False),
    ("def f(a):\n return a\nf = 1", ["a"], False),
]


@pytest.mark.parametrize(("source", "params", "fits"), CPDEFS)
def test_the_cpdef_checker_reads_closures_signatures_and_values(source, params, fits):
    assert (cpdef_faults(ast.parse(source), "f", params) == []) is fits


def test_the_pxd_reader_finds_module_cpdefs_outside_classes():
    pxd = TOY_PXD + "\ncpdef _lone(text, pos, mode=*)  # one\ncpdef g()\n"
    assert module_cpdefs(pxd) == {"_lone": ["text", "pos", "mode=*"], "g": []}


# (a test's text, the names it replaces): the reader of patches, each form and look-alikes
# (toy names: this file is one of the tests the reader reads)
PATCHES = [
    ('monkeypatch.setattr(dateline, "_credit_head", measured)', {"_credit_head"}),
    ("monkeypatch.setattr(\n    toy, '_lone', fake\n)", {"_lone"}),
    ('monkeypatch.setattr("toy.box._lone", fake)', {"_lone"}),
    ('with mock.patch.object(toy, "_twice", fake):', {"_twice"}),
    ('with mock.patch("toy.box._twice", fake):', {"_twice"}),
    ('@patch("toy._lone")', {"_lone"}),
    ('setattr(toy, "_twice", len)', {"_twice"}),
    # look-alikes: no name of a module replaced
    ('monkeypatch.setenv("WIREMAP_COMPILED", "0")', set()),
    ('monkeypatch.setitem(sys.modules, "pipeline.store", None)', set()),
    ('monkeypatch.delenv("HOME")', set()),
    ("toy._lone(text, 0)", set()),
    ('getattr(toy, "_lone")', set()),
]


@pytest.mark.parametrize(("source", "names"), PATCHES)
def test_the_patch_reader_finds_every_form_of_a_replaced_name(source, names):
    assert patched(source) == names


@pytest.mark.parametrize(
    "line",
    [
        "cpdef _lone(text, start,\n    end)",  # wrapped: its first line has no ")"
        "cpdef _lone(text, pos) except *",
        "cpdef _lone(text, pos) noexcept",
    ],
)
def test_a_cpdef_line_the_reader_cannot_read_fails_loudly(line):
    with pytest.raises(ValueError, match="cannot read"):
        module_cpdefs(TOY_PXD + line + "\n")
