"""Shared fixtures: a real index of the demo archive, the Flask app, the shared data."""

from __future__ import annotations

import os
import subprocess
import sys
import time
import urllib.request
from collections.abc import Iterator
from pathlib import Path

import pytest
from helpers import DEMO, FIXTURES, free_port

from index.build import index_paths
from search.archive import Archive
from web import create_app


@pytest.fixture(scope="session", autouse=True)
def terms_cache(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    """Keep the word cache of the tests' indexing runs out of the user's cache folder."""
    folder = tmp_path_factory.mktemp("terms-cache")
    before = os.environ.get("NEWSARCHIVE_TERMS_CACHE")
    os.environ["NEWSARCHIVE_TERMS_CACHE"] = str(folder)
    yield folder
    if before is None:
        del os.environ["NEWSARCHIVE_TERMS_CACHE"]
    else:
        os.environ["NEWSARCHIVE_TERMS_CACHE"] = before


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


@pytest.fixture(scope="session")
def live_server(news_index: Path) -> Iterator[str]:
    """Run `newsarchive serve` as a real process on 127.0.0.1 over news_index; yield its URL."""
    exe = Path(sys.executable).with_name("newsarchive")
    cmd = [str(exe)] if exe.exists() else [sys.executable, "-c", "from web.cli import main; main()"]
    port = free_port()
    log = news_index.parent / "serve.log"
    with open(log, "w") as out:
        proc = subprocess.Popen(
            [*cmd, "--index", str(news_index), "serve", "--host", "127.0.0.1", "--port", str(port)],
            stdout=out,
            stderr=subprocess.STDOUT,
        )
    url = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 30
        while True:
            try:
                with urllib.request.urlopen(url + "/healthz", timeout=2) as answer:
                    if answer.status == 200:
                        break
            except OSError:
                pass
            if proc.poll() is not None or time.monotonic() > deadline:
                raise RuntimeError(f"newsarchive serve did not start: {log.read_text()}")
            time.sleep(0.1)
        yield url
    finally:
        proc.terminate()
        try:
            proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()
