"""The lean term index: Whoosh's bytes, its keys' hash, its files' positions counted."""

from __future__ import annotations

from array import array
from pathlib import Path
from typing import Any

import pytest
from whoosh.codec import default_codec
from whoosh.fields import TEXT
from whoosh.filedb.filestore import FileStorage
from whoosh.filedb.filetables import OrderedHashReader

from index.whoosh_write import (
    add_single_term,
    add_term_postings,
    count_position,
    lean_term_index,
)


def _term_index_bytes(folder: Path, keys: list[bytes], lean: bool, batch: int = 0) -> bytes:
    """Write keys (and a value each) into a field writer's term index, one at a time or
    `batch` at a time (add_many()); return the file."""
    storage = FileStorage(str(folder))
    storage.create()
    codec = default_codec()
    segment = codec.new_segment(storage, "MAIN")
    fieldwriter = codec.field_writer(storage, segment)
    if lean:
        lean_term_index(fieldwriter)
    values = [str(n).encode() for n in range(len(keys))]
    if batch:
        for at in range(0, len(keys), batch):
            fieldwriter._tindex.add_many(keys[at : at + batch], values[at : at + batch])
    else:
        for key, value in zip(keys, values, strict=True):
            fieldwriter._tindex.add(key, value)
    fieldwriter.close()
    return (folder / segment.make_filename(".trm")).read_bytes()


@pytest.mark.parametrize(
    "keys",
    [
        [],
        [b"a"],
        [b"\x00\x01" + w.encode() for w in ("abend", "bach", "ma\u00dfe", "\u00fcber")],
        # Many keys: buckets with collisions, positions past 64 KiB.
        sorted({f"{n * 7919 % 100_003:06d}".encode() * (1 + n % 5) for n in range(20_000)}),
    ],
    ids=["none", "one", "umlauts", "many"],
)
@pytest.mark.parametrize("batch", [0, 1, 7, 100_000], ids=["add", "by-1", "by-7", "all-at-once"])
def test_the_lean_term_index_writes_whooshs_bytes(
    tmp_path: Path, keys: list[bytes], batch: int
) -> None:
    theirs = _term_index_bytes(tmp_path / "whoosh", keys, lean=False)
    ours = _term_index_bytes(tmp_path / "lean", keys, lean=True, batch=batch)
    assert ours == theirs
    with FileStorage(str(tmp_path / "lean")).open_file(
        next(p.name for p in (tmp_path / "lean").iterdir() if p.suffix == ".trm")
    ) as f:
        reader = OrderedHashReader(f, len(ours))
        assert [reader[k] for k in keys] == [str(n).encode() for n in range(len(keys))]


@pytest.mark.parametrize(
    "later",
    [[b"a"], [b"b"], [b"c", b"c"], [b"c", b"a"]],
    ids=["before", "again", "twice", "then-before"],
)
def test_the_lean_term_index_wants_keys_in_order(tmp_path: Path, later: list[bytes]) -> None:
    storage = FileStorage(str(tmp_path))
    codec = default_codec()
    fieldwriter = codec.field_writer(storage, codec.new_segment(storage, "MAIN"))
    lean_term_index(fieldwriter)
    fieldwriter._tindex.add(b"b", b"1")
    with pytest.raises(ValueError, match="Keys must increase"):
        fieldwriter._tindex.add_many(later, [b"2"] * len(later))
    if len(later) == 1:
        with pytest.raises(ValueError, match="Keys must increase"):
            fieldwriter._tindex.add(later[0], b"2")
    with pytest.raises(TypeError):
        lean_term_index(fieldwriter)
    fieldwriter.close()


class TellCounter:
    """A file that counts how often its position is asked."""

    def __init__(self, file: Any) -> None:
        self.file = file
        self.tells = 0

    def tell(self) -> int:
        self.tells += 1
        return int(self.file.tell())

    def __getattr__(self, name: str) -> Any:
        return getattr(self.file, name)


def _postings_and_terms(folder: Path, lean: bool) -> tuple[bytes, bytes, list[int]]:
    """Write terms of one and of several postings; return the postings and term index
    files and how often each file's position was asked of the file beneath."""
    storage = FileStorage(str(folder))
    storage.create()
    codec = default_codec()
    segment = codec.new_segment(storage, "MAIN")
    fieldwriter = codec.field_writer(storage, segment)
    counters = []
    for structfile in (fieldwriter._postfile, fieldwriter._tindex.dbfile):
        counters.append(TellCounter(structfile.file))
        structfile.file = counters[-1]
    if lean:
        lean_term_index(fieldwriter)
    fieldwriter.start_field("body", TEXT())
    lengths = array("I", range(1, 500))
    for n in range(300):
        tbytes = f"{n:04d}".encode()
        if n % 3:
            add_single_term(fieldwriter, tbytes, n, 1.0, b"", lengths)
            continue
        docnums = array("I", range(n, n + 150))  # more than a block of 128
        fieldwriter.start_term(tbytes)
        add_term_postings(fieldwriter, docnums, array("f", [2.0] * 150), [b""] * 150, lengths)
        fieldwriter.finish_term()
    fieldwriter.finish_field()
    fieldwriter.close()
    tells = [c.tells for c in counters]
    return (
        (folder / segment.make_filename(".pst")).read_bytes(),
        (folder / segment.make_filename(".trm")).read_bytes(),
        tells,
    )


def test_a_lean_field_writer_counts_its_files_positions(tmp_path: Path) -> None:
    *theirs, their_tells = _postings_and_terms(tmp_path / "whoosh", lean=False)
    *ours, our_tells = _postings_and_terms(tmp_path / "lean", lean=True)
    assert ours == theirs
    # Whoosh asks the file for every term; the lean writer once per file, at the start.
    assert min(their_tells) > 300
    assert our_tells == [1, 1]


@pytest.mark.parametrize(
    "steps",
    [
        [b"abc", b"", b"defg"],
        [b"abc", 0, b"xy", 2, b"zzzz"],  # an int: seek to that offset
        [array("I", range(5)), b"tail"],  # array.tofile() writes through write()
    ],
    ids=["writes", "seeks", "array"],
)
def test_a_counted_file_answers_what_the_file_would(tmp_path: Path, steps: list[Any]) -> None:
    storage = FileStorage(str(tmp_path))
    structfile = storage.create_file("f")
    structfile.write(b"head")
    count_position(structfile)
    for step in steps:
        if isinstance(step, int):
            structfile.seek(step)
        elif isinstance(step, array):
            structfile.write_array(step)
        else:
            structfile.write(step)
        assert structfile.tell() == structfile.file._file.tell()
    structfile.close()
    assert (tmp_path / "f").stat().st_size > 4


@pytest.mark.parametrize(
    "key", [b"", b"\x00\x01haus", "Straße".encode(), bytes(range(256)), b"x" * 1000]
)
def test_the_term_index_hash_is_whooshs_md5_hash(key: bytes) -> None:
    from whoosh.filedb.filetables import md5_hash

    from index.whoosh_write import md5_low32

    assert md5_low32(key) == md5_hash(key)
