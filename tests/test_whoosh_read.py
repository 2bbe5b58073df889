"""Whoosh's internals read at once (search.whoosh_read) give what its public API gives.

That no other module of search/ or web/ reads them, and that the package refuses another
Whoosh, is tested with the other fences in tests/test_fences.py.
"""

from __future__ import annotations

import itertools
import os
from pathlib import Path
from typing import Any

import pytest
from generated import index_edited_in_runs, index_in_runs
from whoosh import query as wq
from whoosh.codec.whoosh3 import W3TermInfo

from search import whoosh_read
from search.archive import Archive
from search.whoosh_read import postings, terms


@pytest.fixture(scope="module")
def leaves(tmp_path_factory: pytest.TempPathFactory) -> list[Any]:
    """The segments of 3 x 200 generated articles."""
    index_dir, _ = index_in_runs(tmp_path_factory.mktemp("segments"), 3, 200)
    reader = Archive(index_dir).searcher().reader()
    return [leaf for leaf, _ in reader.leaf_readers()]


@pytest.mark.parametrize(
    ("fieldname", "text"),
    [
        ("body_de", "nachricht"),  # in no body: the title's word
        ("title_de", "nachricht"),  # in every title
        ("body_de", "feuerwehr"),
        ("body_de", "700042"),  # in one article
        ("body_de", "gibtesnicht"),
    ],
)
def test_posting_blocks_read_at_once_are_the_matchers_walk(
    leaves: list[Any], fieldname: str, text: str
) -> None:
    for leaf in leaves:
        ids, weights = whoosh_read.leaf_postings(leaf, fieldname, text.encode())
        walked: list[tuple[int, float]] = []
        if (fieldname, text.encode()) in leaf:
            m = leaf.postings(fieldname, text.encode())
            while m.is_active():
                walked.append((m.id(), m.weight()))
                m.next()
        assert list(zip(ids.tolist(), weights.tolist(), strict=True)) == walked


@pytest.mark.parametrize("fieldname", ["title_de", "body_de", "caption_de", "body_en"])
def test_length_columns_read_at_once_are_the_documents_lengths(
    leaves: list[Any], fieldname: str
) -> None:
    for leaf in leaves:
        n = leaf.doc_count_all()
        expected = [leaf.doc_field_length(d, fieldname, 1) for d in range(n)]
        assert whoosh_read.leaf_lengths(leaf, fieldname).tolist() == pytest.approx(expected)


@pytest.mark.parametrize(("name", "translate"), [("id", True), ("id", False), ("source", True)])
def test_var_bytes_columns_read_at_once_are_the_values(
    leaves: list[Any], name: str, translate: bool
) -> None:
    for leaf in leaves:
        col = leaf.column_reader(name, translate=translate)
        n = leaf.doc_count_all()
        assert whoosh_read.var_bytes(col, n) == [col[d] for d in range(n)]


def _or(n: int, **kwargs: Any) -> wq.Or:
    return wq.Or([wq.Term("body_de", f"w{i}") for i in range(n)], **kwargs)


@pytest.mark.parametrize(
    ("q", "kind"),
    [
        (_or(2), "union"),  # two parts: a union in any segment
        (_or(5), "array"),  # more, in a segment of 200 documents: preloaded
        (_or(5, scale=0.5), None),  # coordination by Whoosh: not copied
    ],
)
def test_the_or_matcher_whoosh_would_choose(leaves: list[Any], q: wq.Or, kind: str | None) -> None:
    assert whoosh_read.or_matcher(q, leaves[0]) == kind


def test_a_file_of_a_folder_storage(tmp_path: Path) -> None:
    from search.files import SharedStorage

    path = whoosh_read.storage_path(SharedStorage(str(tmp_path)), "x.seg")
    assert path == os.path.join(tmp_path, "x.seg")


def test_every_posting_list_read_at_once_is_the_matchers_walk(leaves: list[Any]) -> None:
    checked = 0
    for leaf in leaves:
        for fieldname, text in leaf.all_terms():
            ids, weights = whoosh_read.leaf_postings(leaf, fieldname, text)
            m = leaf.postings(fieldname, text)
            walked = []
            while m.is_active():
                walked.append((m.id(), m.weight()))
                m.next()
            assert list(zip(ids.tolist(), weights.tolist(), strict=True)) == walked
            checked += 1
    assert checked > 1000


@pytest.mark.parametrize(
    ("fieldname", "text"),
    [("body_de", b"gibtesnicht"), ("body_xx", b"nachricht"), ("nofield", b"x"), ("id", b"")],
)
def test_a_term_a_segment_lacks_has_no_postings(
    leaves: list[Any], fieldname: str, text: bytes
) -> None:
    for leaf in leaves:
        assert (fieldname, text) not in leaf
        ids, weights = whoosh_read.leaf_postings(leaf, fieldname, text)
        assert ids.tolist() == weights.tolist() == []


def _walked_positions(leaf: Any, fieldname: str, text: bytes, wanted: list[int]) -> dict[int, Any]:
    """Return the positions Whoosh's matcher gives for the wanted documents."""
    out: dict[int, Any] = {}
    if (fieldname, text) not in leaf:
        return out
    m = leaf.postings(fieldname, text)
    while m.is_active():
        if m.id() in wanted:
            out[m.id()] = list(m.value_as("positions"))
        m.next()
    return out


@pytest.mark.parametrize("kept_first", [False, True])
@pytest.mark.parametrize(
    ("fieldname", "text"),
    [("title_de", b"nachricht"), ("body_de", b"feuerwehr"), ("body_de", b"gibtesnicht")],
)
def test_positions_read_from_kept_lists_are_the_matchers(
    leaves: list[Any], fieldname: str, text: bytes, kept_first: bool
) -> None:
    whoosh_read.POSTINGS.clear()
    for leaf in leaves:
        if kept_first:
            whoosh_read.leaf_postings(leaf, fieldname, text)  # kept without values
        wanted = list(range(0, leaf.doc_count_all(), 7))
        got = whoosh_read.leaf_positions(leaf, fieldname, text, wanted)
        assert got == _walked_positions(leaf, fieldname, text, wanted)
        # The second time from the kept list, the same.
        assert whoosh_read.leaf_positions(leaf, fieldname, text, wanted) == got


def test_kept_posting_lists_are_shared_and_read_only(leaves: list[Any]) -> None:
    whoosh_read.POSTINGS.clear()
    first = whoosh_read.leaf_postings(leaves[0], "title_de", b"nachricht")
    hits = whoosh_read.POSTINGS.hits
    again = whoosh_read.leaf_postings(leaves[0], "title_de", b"nachricht")
    assert whoosh_read.POSTINGS.hits == hits + 1
    assert again[0] is first[0] and again[1] is first[1]
    with pytest.raises(ValueError, match="read-only"):
        first[0][0] = 5


@pytest.mark.parametrize("fieldname", ["title_de", "body_de", "caption_de", "body_en", "title_xx"])
def test_a_fields_terms_read_at_once_are_its_lexicon(leaves: list[Any], fieldname: str) -> None:
    for leaf in leaves:
        found = whoosh_read.field_terms(leaf, fieldname)
        assert found is not None  # small segments: every field's terms fit
        assert found == frozenset(leaf.lexicon(fieldname))


def test_a_term_outside_a_small_fields_terms_is_not_looked_up(
    leaves: list[Any], monkeypatch: pytest.MonkeyPatch
) -> None:
    looked: list[bytes] = []
    lookup = terms._lookup
    monkeypatch.setattr(
        terms, "_lookup", lambda table, key: looked.append(key) or lookup(table, key)
    )
    monkeypatch.setattr(terms._SCANNED, "tables", None, raising=False)  # no scan's items
    whoosh_read.POSTINGS.clear()
    whoosh_read.VOCABULARIES.clear()
    for leaf in leaves:
        ids, _ = whoosh_read.leaf_postings(leaf, "title_de", b"gibtesnicht")
        assert not len(ids)
        ids, _ = whoosh_read.leaf_postings(leaf, "title_de", b"nachricht")
        assert len(ids)
    # Each segment's title terms were read once; only the word it has was looked up.
    assert len(looked) == len(leaves)
    assert all(key.endswith(b"nachricht") for key in looked)


def _count_decodings(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Count the posting lists decoded from now on: the list grows by one a decoding."""
    calls: list[str] = []
    decode = postings._read_postings

    def counted(*args: Any) -> Any:
        calls.append(args[1])
        return decode(*args)

    monkeypatch.setattr(postings, "_read_postings", counted)
    return calls


@pytest.mark.parametrize(
    ("read_before", "decodings"),
    [
        ("here", 0),  # read in this thread moments ago, values wanted: its values at hand
        ("here, values not wanted", 1),  # read without values: decoded again
        ("elsewhere", 1),  # in another thread: decoded again
        ("never", 1),
    ],
)
def test_positions_of_a_list_just_read_for_ranking_need_no_second_decoding(
    leaves: list[Any], monkeypatch: pytest.MonkeyPatch, read_before: str, decodings: int
) -> None:
    import threading

    whoosh_read.POSTINGS.clear()
    leaf, fieldname, text = leaves[0], "title_de", b"nachricht"
    if read_before == "here":
        with whoosh_read.values_wanted():
            whoosh_read.leaf_postings(leaf, fieldname, text)
    elif read_before == "here, values not wanted":
        whoosh_read.leaf_postings(leaf, fieldname, text)
    elif read_before == "elsewhere":

        def read() -> None:
            with whoosh_read.values_wanted():
                whoosh_read.leaf_postings(leaf, fieldname, text)

        thread = threading.Thread(target=read)
        thread.start()
        thread.join()
    calls = _count_decodings(monkeypatch)
    wanted = list(range(0, leaf.doc_count_all(), 5))
    got = whoosh_read.leaf_positions(leaf, fieldname, text, wanted)
    assert got == _walked_positions(leaf, fieldname, text, wanted)
    assert len(calls) == decodings
    # Kept with its values now: asked again, nothing is decoded.
    assert whoosh_read.leaf_positions(leaf, fieldname, text, wanted) == got
    assert len(calls) == decodings


@pytest.mark.parametrize(
    ("fieldname", "text"), [("title_de", b"nachricht"), ("body_de", b"feuerwehr")]
)
def test_a_list_decoded_without_values_has_the_same_ids_and_weights(
    leaves: list[Any], fieldname: str, text: bytes
) -> None:
    data = _posting_bytes(leaves[0], fieldname, text)
    ids, weights, values = whoosh_read.decode_postings_values(data)
    assert len(values) == len(ids) > 1
    bare_ids, bare_weights, none = whoosh_read.decode_postings_values(data, values=False)
    assert bare_ids.tolist() == ids.tolist()
    assert bare_weights.tolist() == weights.tolist()
    assert none == []


def _posting_bytes(leaf: Any, fieldname: str, text: bytes) -> bytes:
    """Return a term's whole posting list in a segment as stored."""
    terms = leaf._terms
    info = terms._tindex[terms._keycoder(fieldname, text)]
    offset, length = W3TermInfo.from_bytes(info).extent()
    if isinstance(length, tuple):
        (length,) = length  # W3TermInfo.from_bytes leaves it unpacked
    return bytes(terms._postfile.get(offset, length))


@pytest.mark.parametrize(
    ("fieldname", "prefix"),
    [
        ("body_de", "feuer"),
        ("body_de", "nachricht"),
        ("title_de", "nachricht"),
        ("body_de", "7000"),
        ("body_de", ""),  # every term of the field
        ("body_de", "zzzz"),  # after the field's last term
        ("body_de", "\x00"),  # before its first
        ("body_en", "fire"),
    ],
)
@pytest.mark.parametrize("levels", [2, terms.PROBE_LEVELS])
@pytest.mark.parametrize(("span", "chunk"), [(0, 16), (3, 64), (terms.SPAN, terms.FIRST_CHUNK)])
def test_terms_by_prefix_are_whooshs(
    leaves: list[Any],
    fieldname: str,
    prefix: str,
    levels: int,
    span: int,
    chunk: int,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # Few levels kept: the binary search reads the file below them, key by key or the
    # keys left at once (span); the terms after the first read in chunks of any size.
    monkeypatch.setattr(terms, "PROBE_LEVELS", levels)
    monkeypatch.setattr(terms, "SPAN", span)
    monkeypatch.setattr(terms, "FIRST_CHUNK", chunk)
    whoosh_read.PROBES.clear()
    for leaf in leaves:
        expected = list(leaf.expand_prefix(fieldname, prefix))
        for _ in range(2):  # the second time through the probes kept
            assert whoosh_read.prefix_terms(leaf, fieldname, prefix) == expected


@pytest.fixture(scope="module")
def edited(tmp_path_factory: pytest.TempPathFactory) -> Any:
    """The reader of three segments whose articles edited after indexing are deleted."""
    reader = Archive(index_edited_in_runs(tmp_path_factory.mktemp("edited"))).searcher().reader()
    assert any(leaf.has_deletions() for leaf, _ in reader.leaf_readers())
    return reader


@pytest.mark.parametrize(
    ("fieldname", "prefix"),
    [("body_de", "feuer"), ("body_de", "rathaus"), ("title_de", "nachricht"), ("body_de", "zzzz")],
)
def test_terms_by_prefix_with_their_document_frequencies_are_whooshs(
    edited: Any, fieldname: str, prefix: str
) -> None:
    expected = {
        t.decode("utf-8"): edited.doc_frequency(fieldname, t)
        for t in edited.expand_prefix(fieldname, prefix)
    }
    assert whoosh_read.prefixed_doc_frequencies(edited, fieldname, prefix) == expected


@pytest.mark.parametrize(
    ("fieldname", "text"),
    [("body_de", "rathaus"), ("body_de", "feuerwehr"), ("title_de", "nachricht"), ("body_de", "x")],
)
def test_a_terms_documents_are_its_matchers_without_the_deleted(
    edited: Any, fieldname: str, text: str
) -> None:
    expected = []
    if (fieldname, text) in edited:
        expected = list(edited.postings(fieldname, text).all_ids())
    assert whoosh_read.term_docs(edited, fieldname, text).tolist() == expected


@pytest.mark.parametrize(("fieldname", "prefix"), [("body_de", "feuer"), ("title_de", "nachricht")])
def test_a_terms_info_from_a_scan_is_the_looked_up_one(
    leaves: list[Any], fieldname: str, prefix: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    lookups: list[bytes] = []
    lookup = terms._lookup

    def counted(table: Any, key: bytes) -> bytes | None:
        lookups.append(key)
        return lookup(table, key)

    # No earlier scan of the thread's (one of every term would tell "zzzznichtda" absent).
    monkeypatch.setattr(terms._SCANNED, "tables", None, raising=False)
    for leaf in leaves:
        reader = leaf._terms
        found = whoosh_read.prefix_terms(leaf, fieldname, prefix)
        assert found
        keys = [reader._keycoder(fieldname, t) for t in found]
        monkeypatch.setattr(terms, "_lookup", counted)
        # Found by the scan: the same info as a look-up gives, without one.
        assert [terms.term_info(reader, k) for k in keys] == [
            lookup(reader._tindex, k) for k in keys
        ]
        assert not lookups
        # A term no scan found is looked up.
        missing = reader._keycoder(fieldname, b"zzzznichtda")
        assert terms.term_info(reader, missing) is None
        assert lookups == [missing]
        lookups.clear()
        monkeypatch.setattr(terms, "_lookup", lookup)


@pytest.mark.parametrize(
    ("prefix", "fieldname", "text", "looked_up"),
    [
        ("feuer", "body_de", b"feuerzzzznichtda", False),  # the scan would have found it
        ("feuer", "body_de", b"feuer", False),  # the prefix itself, if a term: found
        ("feuer", "body_de", b"feue", True),  # shorter than the prefix scanned
        ("feuer", "body_de", b"rathaus", True),  # another prefix
        ("feuer", "body_de", b"zzzznichtda", True),
        ("feuer", "title_de", b"feuerzzzznichtda", True),  # another field
        ("zzzz", "body_de", b"zzzznichtda", False),  # a scan that found nothing
        ("zzzz", "body_de", b"feuerwehr", True),
    ],
)
def test_a_term_a_scan_would_have_found_is_not_looked_up(
    leaves: list[Any],
    prefix: str,
    fieldname: str,
    text: bytes,
    looked_up: bool,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    lookups: list[bytes] = []
    lookup = terms._lookup
    for leaf in leaves:
        monkeypatch.setattr(terms._SCANNED, "tables", None, raising=False)
        reader = leaf._terms
        assert whoosh_read.prefix_terms(leaf, "body_de", prefix) is not None
        key = reader._keycoder(fieldname, text)
        monkeypatch.setattr(
            terms, "_lookup", lambda table, k: lookups.append(k) or lookup(table, k)
        )
        # The same answer as a look-up, with or without one.
        assert terms.term_info(reader, key) == lookup(reader._tindex, key)
        assert lookups == ([key] if looked_up else [])
        lookups.clear()
        monkeypatch.setattr(terms, "_lookup", lookup)


def _block_list(
    blocks: list[tuple[tuple[int, ...], Any, Any]], compression: int, layout: str = "whoosh"
) -> bytes:
    """Write posting blocks (delta ids, weights, values) as codec whoosh3 writes a list,
    each block Whoosh's own pickle or laid out as this project's writer lays it out."""
    import pickle
    import struct
    import zlib

    from whoosh.codec.whoosh3 import WHOOSH3_HEADER_MAGIC

    from index.postings_format import block_pickle

    out = [WHOOSH3_HEADER_MAGIC]
    for n, (ids, weights, values) in enumerate(blocks):
        if layout == "whoosh":
            data = pickle.dumps((ids, weights, values), 2)
        else:
            data = block_pickle(ids, weights, values)
        if compression:
            data = zlib.compress(data, compression)
        info = pickle.dumps((len(ids), sum(ids), 1.0, compression, 1, 1), 2)
        length = len(info) + len(data)
        out += [struct.pack("!i", -length if n == len(blocks) - 1 else length), info, data]
    return b"".join(out)


@pytest.mark.parametrize("compression", [0, 1])
@pytest.mark.parametrize(
    "values",
    [
        "positions",  # a tuple of each posting's bytes: cut where it starts
        "joined",  # one value of fixed-size values joined: not cut with 4 or more postings
        "none",  # no values at all
    ],
)
@pytest.mark.parametrize("weights", ["all one", "one value", "each its own"])
@pytest.mark.parametrize("sizes", [(1,), (2,), (3,), (4,), (130, 3), (1, 4, 2)])
@pytest.mark.parametrize("layout", ["whoosh", "ours"])
def test_a_list_decoded_without_values_has_its_ids_and_weights(
    compression: int, values: str, weights: str, sizes: tuple[int, ...], layout: str
) -> None:
    blocks = []
    for size in sizes:
        ids = tuple(1 + (i * 7919) % 300 for i in range(size))
        weight: Any = {
            "all one": None,
            "one value": 2.0,
            "each its own": tuple(float(1 + i % 5) for i in range(size)),
        }[weights]
        value: Any = {
            "positions": tuple(bytes([i % 256, 7]) for i in range(size)),
            "joined": b"".join(bytes([i % 256]) for i in range(size)),
            "none": None,
        }[values]
        blocks.append((ids, weight, value))
    data = _block_list(blocks, compression, layout)
    all_ids, weights_read, found = whoosh_read.decode_postings_values(data)
    bare_ids, bare_weights, none = whoosh_read.decode_postings_values(data, values=False)
    assert bare_ids.tolist() == all_ids.tolist()
    assert bare_weights.tolist() == weights_read.tolist()
    assert len(bare_ids) == sum(sizes)
    assert none == []
    if values == "positions":
        assert found == [v for _, _, block in blocks for v in block]
    # What Whoosh's reader unpickles from each block, in the order of its postings.
    expected_ids = [i for ids, _, _ in blocks for i in itertools.accumulate(ids)]
    expected_weights = [
        w
        for ids, weight, _ in blocks
        for w in (weight if isinstance(weight, tuple) else [weight or 1.0] * len(ids))
    ]
    assert all_ids.tolist() == expected_ids
    assert weights_read.tolist() == expected_weights


@pytest.mark.parametrize(
    ("blocks", "documents"),
    [
        ([(3, 1, 4)], [3, 4, 8]),
        ([(3, 1, 4), (2, 5)], [3, 4, 8, 2, 7]),  # each block's differences from 0
        ([(7,), (1, 1), (9, 2, 2)], [7, 1, 2, 9, 11, 13]),
        ([(1,) * 128, (200, 1)], [*range(1, 129), 200, 201]),
    ],
)
@pytest.mark.parametrize("values", [True, False])
@pytest.mark.parametrize("layout", ["whoosh", "ours"])
def test_a_lists_blocks_are_inflated_by_isal_and_summed_from_0(
    monkeypatch: pytest.MonkeyPatch,
    blocks: list[tuple[int, ...]],
    documents: list[int],
    values: bool,
    layout: str,
) -> None:
    import zlib

    data = _block_list([(ids, None, tuple(b"\x01" for _ in ids)) for ids in blocks], 6, layout)

    def inflated(*args: object) -> None:
        raise AssertionError("inflated by zlib")

    monkeypatch.setattr(zlib, "decompress", inflated)
    monkeypatch.setattr(zlib, "decompressobj", inflated)
    ids, weights, found = whoosh_read.decode_postings_values(data, values=values)
    assert ids.tolist() == documents
    assert weights.tolist() == [1.0] * len(documents)
    assert len(found) == (len(documents) if values else 0)


@pytest.mark.parametrize("compression", [0, 1])
@pytest.mark.parametrize("size", [1, 4, 200])
def test_a_list_decoded_without_values_leaves_its_values_unread(
    compression: int, size: int
) -> None:
    # Values that would not unpickle (a name no module has): unread, they break nothing.
    import pickle
    import zlib

    ids = (1,) * size  # as differences: documents 1, 2, 3, ...
    whole = pickle.dumps((ids, None, tuple(b"\x01" for _ in ids)), 2)
    broken = whole.replace(b"c_codecs\nencode\n", b"c_codecs\nencode\nc_nomodule\nnothing\n", 1)
    assert broken != whole
    import struct

    from whoosh.codec.whoosh3 import WHOOSH3_HEADER_MAGIC

    info = pickle.dumps((size, sum(ids), 1.0, compression, 1, 1), 2)
    body = zlib.compress(broken, compression) if compression else broken
    data = WHOOSH3_HEADER_MAGIC + struct.pack("!i", -(len(info) + len(body))) + info + body
    bare_ids, bare_weights, _ = whoosh_read.decode_postings_values(data, values=False)
    assert bare_ids.tolist() == list(range(1, size + 1))
    assert bare_weights.tolist() == [1.0] * size


@pytest.mark.parametrize(
    ("wanted", "decodings"),
    [
        (True, 0),  # every list's values kept at hand
        ({("title_de", b"nachricht")}, 0),  # this term's kept
        ({("title_de", b"feuerwehr"), ("body_de", b"nachricht")}, 1),  # others' only
        (set(), 1),
        (False, 1),
    ],
)
def test_values_are_kept_at_hand_for_the_terms_wanted(
    leaves: list[Any], monkeypatch: pytest.MonkeyPatch, wanted: Any, decodings: int
) -> None:
    whoosh_read.POSTINGS.clear()
    leaf, fieldname, text = leaves[0], "title_de", b"nachricht"
    with whoosh_read.values_wanted(wanted):
        whoosh_read.leaf_postings(leaf, fieldname, text)
    calls = _count_decodings(monkeypatch)
    wanted_docs = list(range(0, leaf.doc_count_all(), 5))
    got = whoosh_read.leaf_positions(leaf, fieldname, text, wanted_docs)
    assert got == _walked_positions(leaf, fieldname, text, wanted_docs)
    assert len(calls) == decodings
