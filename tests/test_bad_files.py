"""Bad files among good ones, end to end: each gets a one-line reason in the run's
summary and in `newsarchive stats`; every good article of the run is indexed."""

from __future__ import annotations

import gzip
import json
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from helpers import ROOT

from index.build import index_paths
from index.readers import MAX_ARTICLE_CHARS, ReadStats, Skipped, read_paths
from search.archive import Archive
from web.cli import main

GOOD = (
    "Neue Fähre verbindet die Ufer\n\nSeit Montag pendelt eine Fähre zwischen Altstadt und Hafen.\n"
)
HTML = (
    "<html><head><title>Hafenfest</title></head><body><article><h1>Hafenfest</h1>"
    + "<p>Das Hafenfest lockt am Wochenende viele Besucher an die Kaimauer.</p>" * 20
    + "</article></body></html>"
)
BOILERPLATE = "News Related\n\nOTHER NEWS\n\nSeilbahn fährt wieder\n\nTop List in the World\n"
JSONL_BROKEN = (
    '{"id": "j1", "body": "Der Stadtrat tagt am Dienstag."}\n'
    '{"id": "j2", "body": \n'
    '{"id": "j3", "body": "Die Bibliothek öffnet länger."}\n'
)
CSV_UNEVEN = "id;title;body\nc1;Markt;Der Markt zieht um.\nc2;Zoo\nc3;Bad;Das Freibad öffnet.\n"


def big_article() -> bytes:
    words = "Die Stadtverwaltung veröffentlicht heute den langen Bericht zur Lage. "
    return ("Sehr langer Bericht\n\n" + words * (50 * 1024 * 1024 // len(words))).encode()


# (file name, content, skipped or noted origin suffix or None, reason, good ids in the file)
BAD_FILES = [
    ("leer.txt", b"", "", "empty file", []),
    (
        "bild.txt",
        b"\x89PNG\r\n\x1a\n\x00\x00" + bytes(range(256)),
        "",
        "binary content, not text",
        [],
    ),
    ("kaputt.html.gz", gzip.compress(HTML.encode())[:80], "", "unreadable: EOFError", []),
    ("rahmen.txt", BOILERPLATE.encode(), "", "no article text after cleaning", []),
    ("k.jsonl", JSONL_BROKEN.encode(), ":2", "invalid JSON", ["j1", "j3"]),
    ("k.csv", CSV_UNEVEN.encode(), ":3", "2 columns, header has 3", ["c1", "c3"]),
    (
        "mix.txt",
        "Grüße aus Köln\n\nDer Dom ist ".encode() + b"\x84sch\xf6n\x93.\n",
        "",
        "invalid UTF-8 (3 bytes), read as Windows-1252 there",
        ["mix"],
    ),
    (
        "win.txt",
        "Grüße aus Köln\n\nDer „Dom“ kostet 5 € Eintritt.\n".encode("cp1252"),
        "",
        "not UTF-8, read as Windows-1252",
        ["win"],
    ),
]


@pytest.mark.parametrize(
    ("name", "data", "where", "reason", "good_ids"), BAD_FILES, ids=[b[0] for b in BAD_FILES]
)
def test_bad_file_among_good_ones(
    tmp_path: Path,
    capsys,
    name: str,
    data: bytes,
    where: str,
    reason: str,
    good_ids: list[str],
) -> None:
    folder = tmp_path / "archiv"
    folder.mkdir()
    (folder / "a-gut.txt").write_text(GOOD, encoding="utf-8")
    (folder / name).write_bytes(data)
    (folder / "z-gut.html").write_text(HTML, encoding="utf-8")
    index_dir = tmp_path / "index"

    assert main(["--index", str(index_dir), "index", "--no-progress", "--json", str(folder)]) == 0
    summary = json.loads(capsys.readouterr().out)
    origin = f"{folder / name}{where}"
    said = {x["origin"]: x["reason"] for x in summary["skipped"] + summary["notes"]}
    assert list(said) == [origin] and said[origin].startswith(reason)
    assert summary["indexed"] == 2 + len(good_ids)

    archive = Archive(index_dir)
    stats = archive.stats()
    assert {**stats["skipped"], **stats["notes"]} == said
    assert stats["documents"] == 2 + len(good_ids)
    for article_id in ["a-gut", "z-gut", *good_ids]:
        assert archive.article(article_id) is not None, article_id
    assert main(["--index", str(index_dir), "stats"]) == 0
    assert f"  {origin}: {said[origin]}\n" in capsys.readouterr().out


def test_repaired_utf8_keeps_its_umlauts(tmp_path: Path) -> None:
    (tmp_path / "mix.txt").write_bytes(BAD_FILES[6][1])
    index_paths(tmp_path / "index", [tmp_path])
    article = Archive(tmp_path / "index").article("mix")
    assert (article.title, article.body) == ("Grüße aus Köln", "Der Dom ist „schön“.")


@pytest.mark.slow
def test_a_50_mb_article_is_cut_and_indexed(tmp_path: Path) -> None:
    folder = tmp_path / "archiv"
    folder.mkdir()
    (folder / "riesig.txt").write_bytes(big_article())
    (folder / "gut.txt").write_text(GOOD, encoding="utf-8")
    summary = index_paths(tmp_path / "index", [folder])
    assert summary.indexed == 2
    [note] = summary.notes
    assert note.origin == str(folder / "riesig.txt")
    pattern = r"article of 52,428,\d{3} characters cut to the first 999,\d{3}"
    assert re.fullmatch(pattern, note.reason)
    archive = Archive(tmp_path / "index")
    assert len(archive.article("riesig").body) <= MAX_ARTICLE_CHARS
    assert [h.id for h in archive.search("Stadtverwaltung").hits] == ["riesig"]


def test_file_that_vanishes_during_the_run(tmp_path: Path) -> None:
    for name in ("a.txt", "b.txt", "c.txt"):
        (tmp_path / name).write_text(GOOD, encoding="utf-8")
    stats = ReadStats()
    out = []
    for item in read_paths([tmp_path], stats):
        out.append(item)
        if len(out) == 1:
            (tmp_path / "b.txt").unlink()  # listed already, gone before it is read
    assert [getattr(x, "id", None) for x in out] == ["a", None, "c"]
    assert out[1] == Skipped(str(tmp_path / "b.txt"), "unreadable: No such file or directory")


def test_named_pipe_and_dangling_link_are_skipped(tmp_path: Path) -> None:
    folder = tmp_path / "archiv"
    folder.mkdir()
    os.mkfifo(folder / "pipe.txt")  # reading it would block the run
    (folder / "link.txt").symlink_to(folder / "weg.txt")
    (folder / "gut.txt").write_text(GOOD, encoding="utf-8")
    summary = index_paths(tmp_path / "index", [folder])
    assert summary.indexed == 1
    assert {s.origin: s.reason for s in summary.skipped} == {
        str(folder / "pipe.txt"): "not a regular file",
        str(folder / "link.txt"): "unreadable: No such file or directory",
    }


# -- permissions: as root, the command runs without the capabilities that ignore them ----


def run_unprivileged(*args: str) -> subprocess.CompletedProcess:
    """Run the newsarchive command so that file permissions hold (root drops its override)."""
    prefix: list[str] = []
    if os.geteuid() == 0:
        if shutil.which("setpriv") is None:
            pytest.skip("runs as root, and without setpriv permissions cannot be made to hold")
        prefix = ["setpriv", "--bounding-set", "-dac_override,-dac_read_search"]
    return subprocess.run(
        [*prefix, sys.executable, "-m", "web.cli", *args],
        env=dict(os.environ, PYTHONPATH=str(ROOT)),
        capture_output=True,
        text=True,
        timeout=120,
    )


def test_unreadable_file_is_skipped(tmp_path: Path) -> None:
    folder = tmp_path / "archiv"
    folder.mkdir(mode=0o755)
    for name in ("a.txt", "geheim.txt", "c.txt"):
        (folder / name).write_text(GOOD, encoding="utf-8")
        (folder / name).chmod(0o644)
    (folder / "geheim.txt").chmod(0o000)
    index_dir = tmp_path / "index"
    done = run_unprivileged("--index", str(index_dir), "index", "--no-progress", str(folder))
    assert done.returncode == 0, done.stderr
    assert "indexed 2," in done.stdout
    assert f"  {folder / 'geheim.txt'}: unreadable: Permission denied\n" in done.stdout


def test_read_only_index_folder_is_a_one_line_error(tmp_path: Path) -> None:
    folder = tmp_path / "archiv"
    folder.mkdir(mode=0o755)
    (folder / "a.txt").write_text(GOOD, encoding="utf-8")
    (folder / "a.txt").chmod(0o644)
    index_dir = tmp_path / "index"
    index_paths(index_dir, [folder])
    (folder / "b.txt").write_text(GOOD.replace("Fähre", "Seilbahn"), encoding="utf-8")
    (folder / "b.txt").chmod(0o644)
    before = {p.name: p.stat().st_mtime_ns for p in index_dir.iterdir()}
    for path in [index_dir, *index_dir.iterdir()]:
        path.chmod(0o555 if path.is_dir() else 0o444)

    for rebuild in ([], ["--rebuild"]):
        done = run_unprivileged(
            "--index", str(index_dir), "index", "--no-progress", *rebuild, str(folder)
        )
        assert done.returncode == 1
        assert done.stderr.startswith("newsarchive: Cannot write the index")
        assert "Permission denied" in done.stderr and done.stderr.count("\n") == 1
        assert {p.name: p.stat().st_mtime_ns for p in index_dir.iterdir()} == before
    assert Archive(index_dir).stats()["documents"] == 1
