"""Segment manifests: what a segment held when written, to tell damage and lost sources."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from indexes import corrupt, truncate

from index import manifest
from index.readers import source_file


def _segment(folder: Path, name: str = "MAIN_abc", size: int = 10_000) -> Path:
    folder.mkdir(exist_ok=True)
    path = folder / f"{name}.seg"
    path.write_bytes(bytes(range(256)) * (size // 256))
    return path


def test_a_manifest_reads_back_what_was_written(tmp_path: Path) -> None:
    seg = _segment(tmp_path)
    written = manifest.write(tmp_path, "MAIN_abc", 7, ["b.jsonl", "a.jsonl", "b.jsonl"])
    assert written == manifest.read(tmp_path, "MAIN_abc")
    assert written.files == {seg.name: (seg.stat().st_size, manifest.checksum(seg))}
    assert (written.documents, written.sources, written.complete) == (
        7,
        ("a.jsonl", "b.jsonl"),
        True,
    )
    # Named like the segment's files (removed with them), but not one of them.
    assert manifest.manifest_path(tmp_path, "MAIN_abc").name == "MAIN_abc.manifest.json"
    assert manifest.segment_files(tmp_path, "MAIN_abc") == [seg.name]
    assert not list(tmp_path.glob(".*"))


@pytest.mark.parametrize("content", ["", "{", '{"files": 3}', "[]"])
def test_an_unreadable_manifest_is_none(tmp_path: Path, content: str) -> None:
    assert manifest.read(tmp_path, "MAIN_abc") is None
    manifest.manifest_path(tmp_path, "MAIN_abc").write_text(content)
    assert manifest.read(tmp_path, "MAIN_abc") is None


def _grow(path: Path) -> None:
    with open(path, "ab") as f:
        f.write(b"x")


DAMAGE: list[tuple[str, Callable[[Path], None], bool, str]] = [
    ("truncated", truncate, False, "truncated or overwritten"),
    ("grown", _grow, False, "truncated or overwritten"),
    ("removed", Path.unlink, False, "missing"),
    ("corrupted", corrupt, True, "corrupted"),
]


@pytest.mark.parametrize(("name", "damage", "checksums_only", "what"), DAMAGE, ids=lambda x: x)
def test_damage_is_told_by_size_or_checksum(
    tmp_path: Path, name: str, damage: Callable[[Path], None], checksums_only: bool, what: str
) -> None:
    seg = _segment(tmp_path)
    written = manifest.write(tmp_path, "MAIN_abc", 1, [])
    assert manifest.damage(tmp_path, written) == []
    damage(seg)
    found = manifest.damage(tmp_path, written)
    assert [file for file, _ in found] == [seg.name]
    assert what in found[0][1]
    # Without checksums (what opening an index does) only sizes are compared.
    assert bool(manifest.damage(tmp_path, written, checksums=False)) is not checksums_only


def test_a_merged_segment_has_the_sources_of_its_parts(tmp_path: Path) -> None:
    for name, sources in (("MAIN_a", ["a.jsonl"]), ("MAIN_b", ["b.csv", "a.jsonl"])):
        _segment(tmp_path, name)
        manifest.write(tmp_path, name, 1, sources)
    _segment(tmp_path, "MAIN_m")
    merged = manifest.merged(tmp_path, "MAIN_m", 2, ["MAIN_a", "MAIN_b"])
    assert (merged.sources, merged.complete) == (("a.jsonl", "b.csv"), True)
    # A part without a manifest (an index written before them): its sources are unknown.
    _segment(tmp_path, "MAIN_n")
    partly = manifest.merged(tmp_path, "MAIN_n", 3, ["MAIN_m", "MAIN_old"])
    assert (partly.sources, partly.complete) == (("a.jsonl", "b.csv"), False)


@pytest.mark.parametrize(
    ("origin", "file"),
    [
        ("archiv/teil.jsonl:17", "archiv/teil.jsonl"),
        ("archiv/tabelle.CSV:2", "archiv/tabelle.CSV"),
        ("archiv/seite.txt", "archiv/seite.txt"),
        ("archiv/2024:12.txt", "archiv/2024:12.txt"),
        ("archiv/seite.html:3", "archiv/seite.html:3"),
    ],
)
def test_the_source_file_of_an_origin(origin: str, file: str) -> None:
    assert source_file(origin) == file
