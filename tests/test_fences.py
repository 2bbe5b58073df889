"""Library internals stay behind their fences: outside the one module (or package) per
library and side that may, no module of index/, search/ or web/ touches a private name of
Whoosh, langdetect or datasketch; and each fence refuses to load against another version
of its library."""

from __future__ import annotations

import ast
import importlib
import subprocess
import sys
import textwrap
from pathlib import Path
from typing import Any

import pytest

from index.versions import LibraryVersionError, require

ROOT = Path(__file__).resolve().parent.parent
LIBRARIES = ("whoosh", "langdetect", "datasketch")
# package → the modules that may use the libraries' private names (one per library); a
# fence may be a package of modules (a folder), its version checked in its __init__.py.
FENCES = {
    "index": {"whoosh_write", "langdetect_fast", "datasketch_lsh.py"},
    "search": {"whoosh_read"},
    "web": set(),
}
# Private names of the standard library a module may use.
ALLOWED = {("os", "_exit")}


def _private(name: str) -> bool:
    return name.startswith("_") and not (name.startswith("__") and name.endswith("__"))


def _library_names(tree: ast.Module) -> dict[str, str]:
    """Return the names a module binds to library modules or their members → dotted path."""
    names = {}
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            for alias in node.names:
                if alias.name.split(".")[0] in LIBRARIES:
                    local = alias.asname or alias.name.split(".")[0]
                    names[local] = alias.name if alias.asname else local
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            if node.module.split(".")[0] in LIBRARIES:
                for alias in node.names:
                    names[alias.asname or alias.name] = f"{node.module}.{alias.name}"
    return names


def _resolve(dotted: str) -> Any:
    """Import what a dotted library path names (a module, or a member of one)."""
    parts = dotted.split(".")
    for cut in range(len(parts), 0, -1):
        try:
            obj = importlib.import_module(".".join(parts[:cut]))
        except ImportError:
            continue
        for part in parts[cut:]:
            obj = getattr(obj, part)
        return obj
    raise ImportError(dotted)


def _dotted(node: ast.expr) -> str | None:
    if isinstance(node, ast.Name):
        return node.id
    if isinstance(node, ast.Attribute):
        base = _dotted(node.value)
        return f"{base}.{node.attr}" if base else None
    return None


def _library_bases(cls: ast.ClassDef, names: dict[str, str]) -> list[Any]:
    bases = []
    for base in cls.bases:
        dotted = _dotted(base)
        if dotted and dotted.split(".")[0] in names:
            head, _, rest = dotted.partition(".")
            bases.append(_resolve(f"{names[head]}.{rest}" if rest else names[head]))
    return bases


def private_uses(source: str) -> list[str]:
    """Return each use of a library's private name in a module's source, as line: what."""
    tree = ast.parse(source)
    names = _library_names(tree)
    found = []
    for node in ast.walk(tree):
        if isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            if node.module.split(".")[0] in LIBRARIES:
                found += [
                    f"{node.lineno}: imports {a.name}" for a in node.names if _private(a.name)
                ]
        elif isinstance(node, ast.Attribute) and _private(node.attr):
            owner = node.value
            if isinstance(owner, ast.Name) and owner.id in ("self", "cls"):
                continue  # a class's own names: checked with its bases below
            if isinstance(owner, ast.Call) and _dotted(owner.func) == "super":
                continue  # checked with the class's bases below
            if isinstance(owner, ast.Name) and (owner.id, node.attr) in ALLOWED:
                continue
            found.append(f"{node.lineno}: {ast.unparse(node)}")
        elif isinstance(node, ast.Call) and _dotted(node.func) in ("getattr", "hasattr", "setattr"):
            if len(node.args) > 1 and isinstance(node.args[1], ast.Constant):
                if isinstance(node.args[1].value, str) and _private(node.args[1].value):
                    found.append(f"{node.lineno}: {ast.unparse(node)}")
        elif isinstance(node, ast.ClassDef):
            found += _inherited_private(node, _library_bases(node, names))
    return sorted(found, key=lambda line: int(line.split(":")[0]))


def _inherited_private(cls: ast.ClassDef, bases: list[Any]) -> list[str]:
    """Return the private names a class of a library's class overrides or reads."""
    if not bases:
        return []
    own = {n.name for n in cls.body if isinstance(n, ast.FunctionDef | ast.AsyncFunctionDef)}
    assigned = {
        target.attr
        for node in ast.walk(cls)
        if isinstance(node, ast.Assign | ast.AnnAssign | ast.AugAssign)
        for target in (node.targets if isinstance(node, ast.Assign) else [node.target])
        if isinstance(target, ast.Attribute) and _dotted(target.value) == "self"
    }
    found = [
        f"{n.lineno}: overrides {n.name}"
        for n in cls.body
        if isinstance(n, ast.FunctionDef) and _private(n.name)
        if any(hasattr(base, n.name) for base in bases)
    ]
    for node in ast.walk(cls):
        if isinstance(node, ast.Attribute) and _private(node.attr):
            if _dotted(node.value) == "self" and node.attr not in own | assigned:
                found.append(f"{node.lineno}: reads {ast.unparse(node)}")
            elif isinstance(node.value, ast.Call) and _dotted(node.value.func) == "super":
                found.append(f"{node.lineno}: calls {ast.unparse(node)}")
    return found


# -- the scanner finds what it is meant to find ------------------------------------------


@pytest.mark.parametrize(
    ("source", "expected"),
    [
        ("from whoosh.index import _DEF_INDEX_NAME", ["1: imports _DEF_INDEX_NAME"]),
        ("import whoosh.index as w\nx = w._DEF_INDEX_NAME", ["2: w._DEF_INDEX_NAME"]),
        ("def f(ix):\n    return ix._read_toc()", ["2: ix._read_toc"]),
        ("def f(w):\n    return getattr(w, '_tempstorage', None)", ["2: getattr"]),
        (
            "from whoosh.writing import SegmentWriter\n"
            "class W(SegmentWriter):\n"
            "    def _commit_toc(self, s):\n"
            "        super()._commit_toc(s)",
            ["3: overrides _commit_toc", "4: calls super()._commit_toc"],
        ),
        (
            "import whoosh.writing\n"
            "class W(whoosh.writing.SegmentWriter):\n"
            "    def f(self):\n"
            "        return self._tempstorage",
            ["4: reads self._tempstorage"],
        ),
        (
            "from langdetect.detector import Detector\n"
            "class D(Detector):\n"
            "    def _detect_block(self):\n"
            "        pass",
            ["3: overrides _detect_block"],
        ),
        (
            "from whoosh.analysis import Filter\n"
            "class F(Filter):\n"
            "    def __init__(self):\n"
            "        self._cache = {}\n"
            "    def _own(self):\n"
            "        return self._cache\n"
            "    def __call__(self, tokens):\n"
            "        return self._own()",
            [],
        ),
        ("import os\nos._exit(1)", []),
        ("class A:\n    def f(self):\n        return self._x", []),
    ],
    ids=[
        "import",
        "module-attribute",
        "method",
        "getattr",
        "override",
        "inherited-attribute",
        "langdetect",
        "own-names",
        "os-exit",
        "plain-class",
    ],
)
def test_the_scanner_finds_private_names(source: str, expected: list[str]) -> None:
    found = private_uses(source)
    assert [line.split("(")[0] if "getattr" in line else line for line in found] == expected


# -- the project keeps them behind the fences ----------------------------------------------


def _fenced(path: Path, package: str) -> bool:
    """Tell whether a module of a package lies inside one of its fences."""
    return path.relative_to(ROOT / package).parts[0] in FENCES[package]


def _modules() -> list[Path]:
    return sorted(
        path
        for package in FENCES
        for path in (ROOT / package).rglob("*.py")
        if not _fenced(path, package)
    )


def _fences() -> list[Path]:
    """Return each fence's module, or for a package its __init__.py."""
    paths = [ROOT / package / name for package, names in FENCES.items() for name in names]
    return sorted(path / "__init__.py" if path.is_dir() else path for path in paths)


def _top_level_calls(path: Path) -> list[str]:
    """Name the functions a module calls at its top level (as it is imported)."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    return [
        node.value.func.id
        for node in tree.body
        if isinstance(node, ast.Expr) and isinstance(node.value, ast.Call)
        if isinstance(node.value.func, ast.Name)
    ]


@pytest.mark.parametrize("path", _modules(), ids=lambda p: str(p.relative_to(ROOT)))
def test_no_private_library_names_outside_the_fences(path: Path) -> None:
    assert private_uses(path.read_text(encoding="utf-8")) == []


@pytest.mark.parametrize("fence", _fences(), ids=lambda p: str(p.relative_to(ROOT)))
def test_each_fence_checks_its_library_at_import(fence: Path) -> None:
    assert _top_level_calls(fence) == ["require"]
    if fence.name == "__init__.py":
        # Once, for the whole package: its other modules load only after its __init__.py.
        others = sorted(fence.parent.glob("*.py"))
        assert len(others) > 1
        assert all("require" not in _top_level_calls(o) for o in others if o != fence)


# -- each fence checks its library's version -------------------------------------------------


@pytest.mark.parametrize(
    ("distribution", "found", "message"),
    [
        ("whoosh-reloaded", "2.7.5", None),
        ("whoosh-reloaded", "2.7.4", "but whoosh-reloaded 2.7.4 is installed"),
        ("whoosh-reloaded", "2.7.50", "but whoosh-reloaded 2.7.50 is installed"),
        ("no-such-distribution", None, "but no-such-distribution is not installed"),
    ],
)
def test_require_names_the_needed_version(
    distribution: str, found: str | None, message: str | None
) -> None:
    if message is None:
        require(distribution, "2.7.5", "why", found=found)
        return
    with pytest.raises(LibraryVersionError) as caught:
        require(distribution, "2.7.5", "it is used so", found=found)
    text = str(caught.value)
    assert f"needs {distribution}==2.7.5 (it is used so), {message}" in text
    assert f"pip install {distribution}==2.7.5" in text


@pytest.mark.parametrize(
    ("module", "distribution", "needed"),
    [
        ("index.whoosh_write", "whoosh-reloaded", "2.7.5"),
        ("index.whoosh_write.postings", "whoosh-reloaded", "2.7.5"),
        ("search.whoosh_read", "whoosh-reloaded", "2.7.5"),
        ("search.whoosh_read.postings", "whoosh-reloaded", "2.7.5"),
        ("index.langdetect_fast", "langdetect", "1.0.9"),
        ("index.langdetect_fast.walks", "langdetect", "1.0.9"),
        ("index.datasketch_lsh", "datasketch", "2.0.0"),
    ],
)
def test_a_fence_refuses_another_version_of_its_library(
    module: str, distribution: str, needed: str
) -> None:
    # A fresh interpreter in which the library reports another version.
    script = textwrap.dedent(
        f"""
        import importlib.metadata as metadata
        real = metadata.version
        metadata.version = lambda name: "0.0.1" if name == {distribution!r} else real(name)
        import {module}
        """
    )
    out = subprocess.run(
        [sys.executable, "-c", script], cwd=ROOT, capture_output=True, text=True, check=False
    )
    assert out.returncode == 1
    assert "LibraryVersionError" in out.stderr
    assert f"needs {distribution}=={needed}" in out.stderr
    assert f"{distribution} 0.0.1 is installed" in out.stderr
