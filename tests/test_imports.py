"""Imports run one way: web → search → index."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
FORBIDDEN = {
    "index": {"search", "web", "flask"},
    "search": {"web", "flask"},
}


def _imports(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    names: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names |= {a.name.split(".")[0] for a in node.names}
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names.add(node.module.split(".")[0])
    return names


@pytest.mark.parametrize(
    "path", sorted(p for pkg in FORBIDDEN for p in (ROOT / pkg).rglob("*.py")), ids=str
)
def test_no_reverse_imports(path: Path) -> None:
    package = path.relative_to(ROOT).parts[0]
    assert not _imports(path) & FORBIDDEN[package]


@pytest.mark.parametrize("path", sorted((ROOT / "web").rglob("*.py")), ids=str)
def test_whoosh_stays_in_index_and_search(path: Path) -> None:
    assert "whoosh" not in _imports(path)
