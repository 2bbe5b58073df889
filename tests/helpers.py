"""What the tests share besides fixtures: where things are, and the shared data."""

from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
DEMO = ROOT / "demo" / "archive"
SHARED = ROOT.parent / "shared"
FIXTURES = ROOT / "tests" / "fixtures"


def shared_path(*parts: str) -> Path:
    """Return a path under ../shared, skipping the test when it is absent."""
    path = SHARED.joinpath(*parts)
    if not path.exists():
        pytest.skip(f"needs {path} (the team's shared data beside the checkout), absent here")
    return path
