"""Whoosh's internals used for writing: the table of segments, the writer's hooks around
it, its cleanup after a failure, and the index's name."""

from __future__ import annotations

import os
from array import array
from pathlib import Path
from typing import Any

import pytest
from generated import index_in_runs
from indexes import truncate
from whoosh.codec import default_codec
from whoosh.fields import TEXT
from whoosh.filedb.filestore import FileStorage
from whoosh.filedb.filetables import OrderedHashReader

from index.postings_format import BLOCK_POSTINGS
from index.store import open_index
from index.whoosh_write import (
    INDEX_NAME,
    TrackedStorage,
    Writer,
    add_single_term,
    add_term_postings,
    check_toc,
    count_position,
    encode_positions,
    latest_toc,
    lean_term_index,
    read_toc,
    segments,
    toc_file,
)


def test_the_table_of_segments_is_found_and_read(tmp_path: Path) -> None:
    index_dir, _ = index_in_runs(tmp_path, 2, 5)
    ix = open_index(index_dir)
    toc = read_toc(ix)
    assert INDEX_NAME == ix.indexname == "MAIN"
    assert latest_toc(index_dir) == toc_file(index_dir, INDEX_NAME, toc.generation)
    assert [s.segment_id() for s in segments(ix)] == [s.segment_id() for s in toc.segments]
    assert len(toc.segments) == 2
    check_toc(index_dir)
    assert latest_toc(tmp_path) is None


@pytest.mark.filterwarnings("error::ResourceWarning")
def test_a_damaged_table_raises_and_leaves_no_file_open(tmp_path: Path) -> None:
    index_dir, _ = index_in_runs(tmp_path, 1, 5)
    toc = latest_toc(index_dir)
    assert toc is not None
    truncate(toc, 0.5)
    before = set(os.listdir("/proc/self/fd"))
    with pytest.raises(Exception):  # noqa: B017 - whatever Whoosh raises on a torn table
        check_toc(index_dir)
    assert set(os.listdir("/proc/self/fd")) <= before


class Recording(Writer):
    """A writer that records what its hooks are told."""

    calls: list[tuple[str, Any]]

    def before_toc(self, added: list[Any], dropped: list[Any]) -> None:
        self.calls = [("before", (len(added), sorted(s.segment_id() for s in dropped)))]
        assert not toc_file(self.folder, self.indexname, self.generation).exists()

    def after_toc(self, generation: int) -> None:
        self.calls.append(("after", generation))
        assert toc_file(self.folder, self.indexname, generation).exists()


def test_the_writer_hooks_surround_the_new_table(tmp_path: Path) -> None:
    index_dir, _ = index_in_runs(tmp_path, 3, 5)
    ix = open_index(index_dir)
    old = read_toc(ix)
    writer = Recording(ix)
    writer.commit(optimize=True)
    merged = sorted(s.segment_id() for s in old.segments)
    assert writer.calls == [("before", (1, merged)), ("after", old.generation + 1)]
    assert len(segments(open_index(index_dir))) == 1


def test_an_aborted_writer_leaves_no_file_open_and_no_segment(tmp_path: Path) -> None:
    index_dir, _ = index_in_runs(tmp_path, 1, 5)
    before = sorted(os.listdir(index_dir))
    writer = Writer(open_index(index_dir))
    writer.add_document(id="neu", body="Neuer Text", body_de="Neuer Text")
    assert writer.opened_files and not writer.is_closed
    writer.cancel_safely()
    assert writer.is_closed
    assert all(getattr(f, "is_closed", True) for f in writer.opened_files)
    assert sorted(os.listdir(index_dir)) == before
    # The lock is released: another writer can start.
    Writer(open_index(index_dir)).cancel_safely()


def test_tracked_storage_keeps_what_it_opens(tmp_path: Path) -> None:
    from whoosh.filedb.filestore import FileStorage

    files: list[Any] = []
    storage = TrackedStorage(FileStorage(str(tmp_path)), files)
    storage.create_file("a").close()
    storage.open_file("a").close()
    temp = storage.temp_storage("t.tmp")
    temp.create_file("b").close()
    assert len(files) == 3
    assert sorted(storage) == ["a", "t.tmp"]


def _term_index_bytes(folder: Path, keys: list[bytes], lean: bool) -> bytes:
    """Write keys (and a value each) into a field writer's term index; return the file."""
    storage = FileStorage(str(folder))
    storage.create()
    codec = default_codec()
    segment = codec.new_segment(storage, "MAIN")
    fieldwriter = codec.field_writer(storage, segment)
    if lean:
        lean_term_index(fieldwriter)
    for n, key in enumerate(keys):
        fieldwriter._tindex.add(key, str(n).encode())
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
def test_the_lean_term_index_writes_whooshs_bytes(tmp_path: Path, keys: list[bytes]) -> None:
    theirs = _term_index_bytes(tmp_path / "whoosh", keys, lean=False)
    ours = _term_index_bytes(tmp_path / "lean", keys, lean=True)
    assert ours == theirs
    with FileStorage(str(tmp_path / "lean")).open_file(
        next(p.name for p in (tmp_path / "lean").iterdir() if p.suffix == ".trm")
    ) as f:
        reader = OrderedHashReader(f, len(ours))
        assert [reader[k] for k in keys] == [str(n).encode() for n in range(len(keys))]


def test_the_lean_term_index_wants_keys_in_order(tmp_path: Path) -> None:
    storage = FileStorage(str(tmp_path))
    codec = default_codec()
    fieldwriter = codec.field_writer(storage, codec.new_segment(storage, "MAIN"))
    lean_term_index(fieldwriter)
    fieldwriter._tindex.add(b"b", b"1")
    with pytest.raises(ValueError, match="Keys must increase"):
        fieldwriter._tindex.add(b"a", b"2")
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


def _blocks(data: bytes) -> list[tuple[Any, Any]]:
    """Return each posting block of a term's posting list: its info and what Whoosh's
    reader unpickles from it (ids, weights and values, each as a tuple where it is one)."""
    import io
    import pickle
    import struct
    import zlib

    assert data[:4] == b"W3Bl"
    blocks = []
    pos = 4
    while True:
        (length,) = struct.unpack_from("!i", data, pos)
        end = pos + 4 + abs(length)
        buffer = io.BytesIO(data[pos + 4 : end])
        info = pickle.load(buffer)
        body = buffer.read()
        ids, weights, values = pickle.loads(zlib.decompress(body) if info[3] else body)
        if weights is not None and not isinstance(weights, float):
            weights = tuple(weights)
        blocks.append((info, (tuple(ids), weights, values)))
        if length < 0:
            return blocks
        pos = end


def _posting_list(folder: Path, postings: list[tuple[int, float, bytes]], ours: bool) -> bytes:
    """Write one term's postings, by Whoosh's writer posting by posting (in blocks of
    BLOCK_POSTINGS) or by add_term_postings(); return its posting list."""
    from whoosh.codec.whoosh3 import W3Codec
    from whoosh.fields import TEXT

    storage = FileStorage(str(folder))
    storage.create()
    codec = W3Codec(blocklimit=BLOCK_POSTINGS)
    segment = codec.new_segment(storage, "MAIN")
    fieldwriter = codec.field_writer(storage, segment)
    fieldwriter.start_field("body", TEXT(phrase=any(v for _, _, v in postings)))
    lengths = array("I", [3 + d % 40 for d in range(4000)])
    fieldwriter.start_term(b"t")
    if ours:
        docnums = array("I", [d for d, _, _ in postings])
        weights = array("f", [w for _, w, _ in postings])
        add_term_postings(fieldwriter, docnums, weights, [v for _, _, v in postings], lengths)
        assert type(fieldwriter._postwriter).__name__ == "_FastPostingsWriter"
    else:
        for docnum, weight, vbytes in postings:
            fieldwriter.add(docnum, weight, vbytes, lengths[docnum])
    info = fieldwriter._postwriter.finish_postings()
    fieldwriter._postwriter = None
    fieldwriter._tindex.add(b"\x00\x00t", info.to_bytes())
    fieldwriter.finish_field()
    fieldwriter.close()
    offset, size = info.extent()
    return (folder / segment.make_filename(".pst")).read_bytes()[offset : offset + size]


@pytest.mark.parametrize(
    "postings",
    [
        [(3, 1.0, b""), (9, 1.0, b"")],
        [(d, 1.0, b"") for d in range(0, 2400, 3)],  # two blocks, the weights left out
        [(d, 2.0, b"") for d in range(5, 1600, 2)],  # one weight for a whole block
        [(d, float(1 + d % 5), b"") for d in range(1200)],  # three blocks, weights apart
        [(d, 1.0 + d % 2, bytes([d % 7, 1])) for d in range(0, 1040)],  # with positions
        [(d, 1.0, bytes(300)) for d in range(0, 20)],  # values of more than 255 bytes
    ],
    ids=["two", "two-blocks", "same-weight", "weights", "positions", "long-values"],
)
def test_blocks_read_back_as_whooshs(
    tmp_path: Path, postings: list[tuple[int, float, bytes]]
) -> None:
    theirs = _posting_list(tmp_path / "whoosh", postings, ours=False)
    ours = _posting_list(tmp_path / "ours", postings, ours=True)
    their_blocks, our_blocks = _blocks(theirs), _blocks(ours)
    # The same block infos, and the same ids, weights and values unpickled from other
    # pickles (index.postings_format) in other zlib streams.
    assert our_blocks == their_blocks
    assert len(our_blocks) == -(-len(postings) // BLOCK_POSTINGS)
    assert all(info[3] for info, _ in our_blocks)


def test_stored_fields_are_compressed_fast_and_read_back(tmp_path: Path) -> None:
    import zlib

    from whoosh.fields import ID, STORED, Schema

    from index.whoosh_write import compress, fast_stored

    storage = FileStorage(str(tmp_path))
    storage.create()
    codec = default_codec()
    segment = codec.new_segment(storage, "MAIN")
    perdoc = codec.per_document_writer(storage, segment)
    fast_stored(perdoc)
    assert perdoc._colwriters["_stored"]._child._compress is compress
    schema = Schema(id=ID(stored=True), title=STORED())
    docs = [{"id": f"d{n}", "title": "Stadtrat beschließt Haushalt " * n} for n in range(5)]
    for docnum, doc in enumerate(docs):
        perdoc.start_doc(docnum)
        for name, value in doc.items():
            perdoc.add_field(name, schema[name], value, 0)
        perdoc.finish_doc()
    perdoc.close()
    segment.set_doc_count(len(docs))
    reader = codec.per_document_reader(storage, segment)
    try:
        assert [reader.stored_fields(n) for n in range(len(docs))] == docs
    finally:
        reader.close()
    data = b"Stadtrat " * 50
    assert zlib.decompress(compress(data)) == data
    assert compress(data) != zlib.compress(data, 3)
    with pytest.raises(TypeError):
        fast_stored(type("PerDoc", (), {"_colwriters": {"_stored": object()}})())


@pytest.mark.parametrize(
    "key", [b"", b"\x00\x01haus", "Straße".encode(), bytes(range(256)), b"x" * 1000]
)
def test_the_term_index_hash_is_whooshs_md5_hash(key: bytes) -> None:
    from whoosh.filedb.filetables import md5_hash

    from index.whoosh_write import md5_low32

    assert md5_low32(key) == md5_hash(key)


@pytest.mark.parametrize("positions", [[0], [3, 5], [0, 1, 2, 300, 70_000, 70_001]])
def test_positions_are_encoded_as_the_format_encodes_them(positions: list[int]) -> None:
    field = TEXT(phrase=True)
    deltas = [b - a for a, b in zip([0, *positions], positions, strict=False)]
    assert encode_positions(deltas) == field.format.encode(positions)
