"""Shared fixtures: a real index of the demo archive, the Flask app, the shared data."""

from __future__ import annotations

from pathlib import Path

import pytest

from index.build import index_paths
from search.engine import Archive
from web import create_app

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


@pytest.fixture(scope="session")
def demo_index(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Build an index of the demo archive once per test session (tests must not write to it)."""
    index_dir = tmp_path_factory.mktemp("demo") / "index"
    summary = index_paths(index_dir, [DEMO])
    assert summary.indexed == 45, summary.as_dict()
    return index_dir


@pytest.fixture(scope="session")
def news_index(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Build an index of the demo archive plus the test articles (copies, no date, payloads)."""
    index_dir = tmp_path_factory.mktemp("news") / "index"
    summary = index_paths(index_dir, [DEMO, FIXTURES])
    assert summary.indexed == 50 and summary.duplicates == 1, summary.as_dict()
    return index_dir


@pytest.fixture(scope="session")
def news(news_index: Path) -> Archive:
    """The demo archive plus the test articles, opened for searching."""
    return Archive(news_index)


@pytest.fixture()
def news_client(news_index: Path):
    """A test client of the web app over the demo archive plus the test articles."""
    return create_app({"TESTING": True, "INDEX_DIR": str(news_index)}).test_client()


@pytest.fixture(scope="session")
def archive(demo_index: Path) -> Archive:
    """The demo index opened for searching."""
    return Archive(demo_index)


@pytest.fixture()
def app(demo_index: Path):
    """The web app over the demo index."""
    return create_app({"TESTING": True, "INDEX_DIR": str(demo_index)})


@pytest.fixture()
def client(app):
    """A test client of the web app."""
    return app.test_client()
