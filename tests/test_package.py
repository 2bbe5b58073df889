"""The package as users get it: built, installed into a fresh venv, indexed and served.

Every other test runs against the editable install in the source tree, where files the
package does not ship are still found. Here the sdist and the wheel are built, the wheel
is installed into a new venv, and the installed `newsarchive` indexes the demo archive
and serves it from a folder outside the checkout; every route is requested.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import tarfile
import time
import urllib.error
import urllib.request
import zipfile
from collections.abc import Iterator
from pathlib import Path

import feedparser
import pytest
from helpers import DEMO, ROOT, free_port

from web import create_app

pytestmark = pytest.mark.slow

# Folders of the web package whose every file the app reads at run time.
DATA_FOLDERS = ("web/templates", "web/static")
# Data files of other packages read at run time (the reranking model).
DATA_FILES = ("search/rerank_model.json",)


def _run(cmd: list[str], cwd: Path, timeout: float = 600) -> str:
    """Run a command, failing the test with its output if it fails."""
    done = subprocess.run(cmd, cwd=cwd, capture_output=True, text=True, timeout=timeout)
    assert done.returncode == 0, f"{cmd}:\n{done.stdout}\n{done.stderr}"
    return done.stdout


@pytest.fixture(scope="module")
def source(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Copy the files of the checkout that git knows (a clean clone has no build leftovers).

    A build in the checkout itself would reuse the file list the editable install left
    in *.egg-info and ship files the package data does not declare.
    """
    out = tmp_path_factory.mktemp("source") / "newsarchive"
    listed = _run(["git", "ls-files", "--cached", "--others", "--exclude-standard"], cwd=ROOT)
    for name in listed.splitlines():
        src = ROOT / name
        if src.is_file():
            (out / name).parent.mkdir(parents=True, exist_ok=True)
            (out / name).write_bytes(src.read_bytes())
    return out


@pytest.fixture(scope="module")
def dist(source: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Build the sdist and a wheel from it, and a wheel straight from the source as `pip install .`
    does (in sdist/ and direct/)."""
    out = tmp_path_factory.mktemp("dist")
    build = [sys.executable, "-m", "build", "--installer", "pip"]
    _run([*build, "--outdir", str(out / "sdist"), str(source)], cwd=out)
    _run([*build, "--wheel", "--outdir", str(out / "direct"), str(source)], cwd=out)
    return out


@pytest.fixture(scope="module")
def installed(dist: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Install the wheel `pip install .` builds into a fresh venv (runtime lock only).

    Returns the venv's bin folder.
    """
    venv = tmp_path_factory.mktemp("venv") / "venv"
    _run([sys.executable, "-m", "venv", str(venv)], cwd=venv.parent)
    pip = [str(venv / "bin" / "python"), "-m", "pip", "install", "--quiet"]
    _run([*pip, "-r", str(ROOT / "requirements" / "run.lock")], cwd=venv.parent)
    (wheel,) = (dist / "direct").glob("*.whl")
    _run([*pip, "--no-deps", str(wheel)], cwd=venv.parent)
    return venv / "bin"


def _source_files(folder: str) -> set[str]:
    return {p.relative_to(ROOT).as_posix() for p in (ROOT / folder).rglob("*") if p.is_file()}


@pytest.mark.parametrize("folder", DATA_FOLDERS)
@pytest.mark.parametrize("built", ["sdist/*.tar.gz", "sdist/*.whl", "direct/*.whl"])
def test_every_template_and_static_file_ships(dist: Path, built: str, folder: str) -> None:
    (archive,) = dist.glob(built)
    if archive.suffix == ".whl":
        names = set(zipfile.ZipFile(archive).namelist())
    else:
        with tarfile.open(archive) as tar:
            # "newsarchive-0.1.0/web/templates/base.html" → "web/templates/base.html"
            names = {n.split("/", 1)[1] for n in tar.getnames() if "/" in n}
    expected = _source_files(folder)
    assert expected, folder
    assert expected - names == set()


@pytest.mark.parametrize("built", ["sdist/*.tar.gz", "sdist/*.whl", "direct/*.whl"])
def test_every_data_file_ships(dist: Path, built: str) -> None:
    (archive,) = dist.glob(built)
    if archive.suffix == ".whl":
        names = set(zipfile.ZipFile(archive).namelist())
    else:
        with tarfile.open(archive) as tar:
            names = {n.split("/", 1)[1] for n in tar.getnames() if "/" in n}
    assert set(DATA_FILES) - names == set()


@pytest.fixture(scope="module")
def served(installed: Path, tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """Index the demo archive with the installed command and serve it, outside the checkout."""
    work = tmp_path_factory.mktemp("user")
    env = {k: v for k, v in os.environ.items() if k not in ("PYTHONPATH", "NEWSARCHIVE_INDEX")}
    exe = str(installed / "newsarchive")
    where = _run(
        [str(installed / "python"), "-c", "import web, search, index; print(web.__file__)"],
        cwd=work,
    )
    assert str(ROOT) not in where, f"the installed package is read from the checkout: {where}"
    _run([exe, "index", "--index", str(work / "ix"), "--no-progress", str(DEMO)], cwd=work)
    port = free_port()
    log = work / "serve.log"
    with open(log, "w") as out:
        proc = subprocess.Popen(
            [exe, "serve", "--index", str(work / "ix"), "--host", "127.0.0.1", "--port", str(port)],
            cwd=work,
            env=env,
            stdout=out,
            stderr=subprocess.STDOUT,
        )
    url = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 60
        while True:
            try:
                with urllib.request.urlopen(url + "/healthz", timeout=2):
                    break
            except OSError:
                if proc.poll() is not None or time.monotonic() > deadline:
                    raise RuntimeError(f"serve did not start: {log.read_text()}") from None
                time.sleep(0.2)
        yield url
    finally:
        proc.terminate()
        try:
            proc.wait(timeout=15)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()


ARTICLE = "nordkurier-digital/2023-09-13_kim-putin-gipfel"
# Every route of the app, with the URL requested and what the answer must be.
ROUTES = {
    "/": ("/?q=Impfung", "text/html"),
    "/feed": ("/feed?q=Impfung", "application/atom+xml"),
    "/api/search": ("/api/search?q=Impfung&extra=facets,timeline&explain=1", "application/json"),
    "/api/complete": ("/api/complete?q=Fl%C3%BC", "application/json"),
    "/api/analyze": ("/api/analyze?text=Waffenlieferungen", "application/json"),
    "/articles/<path:article_id>": (f"/articles/{ARTICLE}?q=Kim", "text/html"),
    "/api/articles/<path:article_id>": (f"/api/articles/{ARTICLE}", "application/json"),
    "/stats": ("/stats", "text/html"),
    "/api/stats": ("/api/stats", "application/json"),
    "/api/openapi.json": ("/api/openapi.json", "application/json"),
    "/healthz": ("/healthz", "application/json"),
    "/static/<path:filename>": ("/static/style.css", "text/css"),
}
# Other answers of the same routes: formats, and each static file.
EXTRA = [
    ("/?q=Impfung&format=atom", "application/atom+xml"),
    ("/api/search?q=Impfung&format=csv", "text/csv"),
    ("/api/search?q=Impfung&format=jsonl", "application/x-ndjson"),
    *((f"/static/{p.name}", "") for p in sorted((ROOT / "web" / "static").iterdir())),
]


def test_the_routes_listed_are_all_the_routes() -> None:
    app = create_app({"TESTING": True})
    assert {r.rule for r in app.url_map.iter_rules()} == set(ROUTES)


@pytest.mark.parametrize(("path", "kind"), [*ROUTES.values(), *EXTRA])
def test_installed_package_answers_every_route(served: str, path: str, kind: str) -> None:
    try:
        with urllib.request.urlopen(served + path, timeout=30) as answer:
            status, body = answer.status, answer.read()
            content_type = answer.headers.get("Content-Type", "")
    except urllib.error.HTTPError as exc:
        pytest.fail(f"{path}: {exc.code} {exc.read()[:500]!r}")
    assert status == 200
    assert body
    assert content_type.startswith(kind)
    if kind == "application/json":
        assert json.loads(body)


def test_installed_feed_reads_in_feedparser(served: str) -> None:
    feed = feedparser.parse(served + "/feed?q=Impfung")
    assert not feed.bozo, feed.get("bozo_exception")
    assert feed.entries
    assert all(e.title and e.link.startswith(served) for e in feed.entries)


def test_installed_server_keeps_its_api_contract(served: str, tmp_path: Path) -> None:
    # schemathesis generates requests from the OpenAPI description (valid and invalid
    # ones) and checks every answer against it: status codes, content types, schemas,
    # the rejection of what the description excludes and the acceptance of what it allows.
    cli = Path(sys.executable).with_name("schemathesis")
    done = subprocess.run(
        [str(cli), "run", served + "/api/openapi.json", "--checks", "all", "--seed", "1"]
        + ["--max-examples", "40", "--no-color"],
        capture_output=True,
        text=True,
        timeout=900,
        cwd=tmp_path,  # its cache of found failures stays out of the checkout
    )
    assert done.returncode == 0, done.stdout[-6000:] + done.stderr[-2000:]
    assert "No issues found" in done.stdout
