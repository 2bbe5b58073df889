"""Whoosh's internals are read in search/whoosh_read.py only, and only with Whoosh 2.7.5."""

from __future__ import annotations

import ast
import functools
import subprocess
import sys
import textwrap
import warnings
from pathlib import Path

import pytest
import whoosh
from helpers import ROOT

from search import whoosh_read

FENCE = ROOT / "search" / "whoosh_read.py"
CHECKED = sorted(p for pkg in ("search", "web") for p in (ROOT / pkg).rglob("*.py") if p != FENCE)


def _private(name: str) -> bool:
    return name.startswith("_") and not name.startswith("__")


@functools.cache
def whoosh_private_names() -> frozenset[str]:
    """Return every private name (one leading underscore) Whoosh's own code defines or uses."""
    names: set[str] = set()
    for path in Path(whoosh.__file__).parent.rglob("*.py"):
        with warnings.catch_warnings():
            # Whoosh's own "\g" in strings (a DeprecationWarning before Python 3.12).
            warnings.simplefilter("ignore", SyntaxWarning)
            warnings.simplefilter("ignore", DeprecationWarning)
            tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if isinstance(node, ast.Attribute):
                names.add(node.attr)
            elif isinstance(node, ast.FunctionDef | ast.ClassDef):
                names.add(node.name)
            elif isinstance(node, ast.Name) and isinstance(node.ctx, ast.Store):
                names.add(node.id)
    return frozenset(n for n in names if _private(n))


def _root(node: ast.expr) -> str | None:
    while isinstance(node, ast.Attribute):
        node = node.value
    return node.id if isinstance(node, ast.Name) else None


def violations(source: str) -> list[str]:
    """List a module's uses of Whoosh's private names, as "line: what"."""
    tree = ast.parse(source)
    private = whoosh_private_names()
    imported: set[str] = set()  # names bound to Whoosh's modules and classes
    found: list[str] = []
    for node in ast.walk(tree):
        if isinstance(node, ast.ImportFrom) and (node.module or "").split(".")[0] == "whoosh":
            for alias in node.names:
                imported.add(alias.asname or alias.name)
                if _private(alias.name):
                    found.append(f"{node.lineno}: from {node.module} import {alias.name}")
        elif isinstance(node, ast.Import):
            for alias in node.names:
                if alias.name.split(".")[0] == "whoosh":
                    imported.add((alias.asname or alias.name).split(".")[0])
    # A private name this module gives its own classes (which are not Whoosh's) is its own.
    own: set[str] = set()
    for cls in (n for n in ast.walk(tree) if isinstance(n, ast.ClassDef)):
        whooshs = any(_root(base) in imported for base in cls.bases)
        for node in ast.walk(cls):
            name = None
            if isinstance(node, ast.FunctionDef):
                name = node.name
            elif isinstance(node, ast.Attribute) and isinstance(node.ctx, ast.Store):
                name = node.attr
            if name is None or not _private(name):
                continue
            if not whooshs:
                own.add(name)
            elif name in private:
                found.append(f"{node.lineno}: {cls.name} (a Whoosh class) sets {name}")
    for node in ast.walk(tree):
        name = None
        if isinstance(node, ast.Attribute):
            name = node.attr
        elif (
            isinstance(node, ast.Call)
            and isinstance(node.func, ast.Name)
            and node.func.id in ("getattr", "hasattr", "setattr")
            and len(node.args) >= 2
            and isinstance(node.args[1], ast.Constant)
            and isinstance(node.args[1].value, str)
        ):
            name = node.args[1].value
        if name is not None and name in private and name not in own:
            found.append(f"{node.lineno}: .{name}")
    return sorted(set(found))


@pytest.mark.parametrize("path", CHECKED, ids=lambda p: str(p.relative_to(ROOT)))
def test_no_private_whoosh_names_outside_the_fence(path: Path) -> None:
    assert violations(path.read_text(encoding="utf-8")) == []


def test_the_fence_is_where_they_are() -> None:
    found = violations(FENCE.read_text(encoding="utf-8"))
    for name in ("_read_ids", "_lenfield", "_field_B", "_offsets", "_fpath", "_collect"):
        assert any(name in v for v in found), name


@pytest.mark.parametrize(
    ("code", "flagged"),
    [
        ("m._read_ids()", True),
        ("from whoosh.codec.whoosh3 import _lenfield", True),
        ("x = getattr(leaf, '_perdoc', None)", True),
        ("ok = hasattr(m, '_lastblock')", True),
        (
            "from whoosh.filedb.structfile import BufferFile\n"
            "class F(BufferFile):\n    def __init__(self):\n        self._name = 'x'",
            True,
        ),
        (
            "from whoosh import collectors\n"
            "class C(collectors.TopCollector):\n    def _collect(self, d, s):\n        return 1",
            True,
        ),
        (
            "class Mine:\n    def __init__(self):\n        self._terms = {}\n"
            "    def get(self):\n        return self._terms",
            False,
        ),
        ("value = reader.doc_count_all()", False),
        ("x = self.__class__", False),
    ],
)
def test_what_counts_as_reading_whooshs_internals(code: str, flagged: bool) -> None:
    assert bool(violations(textwrap.dedent(code))) is flagged


@pytest.mark.parametrize("found", ["2.7.4", "2.8.0", "3.0.0", None])
def test_another_whoosh_is_refused_with_the_version_needed(found: str | None) -> None:
    with pytest.raises(whoosh_read.WhooshVersionError) as raised:
        whoosh_read.check_version(found)
    message = str(raised.value)
    assert "whoosh-reloaded==2.7.5" in message
    assert (found or "not installed") in message


def test_the_version_this_code_reads_is_accepted() -> None:
    whoosh_read.check_version("2.7.5")


def test_search_refuses_to_load_with_another_whoosh() -> None:
    probe = (
        "import importlib.metadata as m; m.version = lambda name: '2.7.4'; import search.archive"
    )
    proc = subprocess.run(
        [sys.executable, "-c", probe], cwd=ROOT, capture_output=True, text=True, timeout=60
    )
    assert proc.returncode != 0
    assert "WhooshVersionError" in proc.stderr
    assert "needs whoosh-reloaded==2.7.5, but version 2.7.4 is installed" in proc.stderr
