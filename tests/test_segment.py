"""The lean segment writer writes what Whoosh's own writer writes, and commits durably."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from indexes import contents
from whoosh import index as whoosh_index
from whoosh.filedb.filestore import FileStorage

import index.segment
import index.whoosh_write.term_batch
from index.analysis import german_analyzer
from index.commit import commit_segments
from index.prepare import Article, prepare
from index.readers import RawRecord, ReadStats, read_paths
from index.schema import REPEATED_FIELDS
from index.segment import SegmentBuilder, whole_value
from index.store import create_or_open
from index.terms import CachedTerms, Postings, add_posting, expanded
from index.whoosh_write import add_term_postings

ROOT = Path(__file__).resolve().parent.parent
DEMO = ROOT / "demo" / "archive"
FIXTURES = ROOT / "tests" / "fixtures"


def documents() -> list[dict[str, Any]]:
    """Return the documents the indexer writes for the demo archive and the fixtures."""
    docs = []
    for record in read_paths([DEMO, FIXTURES / "extra.jsonl"], ReadStats()):
        if not isinstance(record, RawRecord):
            continue
        article = prepare(record)
        if isinstance(article, Article):
            docs.append(article.document())
    # Hyphens, compounds, stopwords, repeated words, digits and other scripts.
    extra = (
        "Kim Jong-un droht: Waffenlieferungen an Nordkorea, Waffen-Lieferungen und KN-23. "
        "Die die die Bundesverfassungsgericht Bundesverfassungsgerichts G7 Artikel 5 "
        "München Muenchen Munchen Straße Strasse façade Москва 東京 x-y-z a-b"
    )
    docs.append({"id": "extra", "title": "Jong-un", "body": extra, "body_de": extra, "lang": "de"})
    return docs


def whoosh_index_of(folder: Path, docs: list[dict[str, Any]]) -> Any:
    ix = create_or_open(folder)
    writer = ix.writer()
    for doc in docs:
        writer.add_document(**doc)
    writer.commit()
    return whoosh_index.open_dir(str(folder))


def builder_index_of(folder: Path, docs: list[dict[str, Any]]) -> Any:
    ix = create_or_open(folder)
    storage = FileStorage(str(folder))
    builder = SegmentBuilder(storage, ix.indexname, ix.schema, REPEATED_FIELDS)
    for doc in docs:
        builder.add(doc)
    commit_segments(ix, [builder.finish()], [])
    return whoosh_index.open_dir(str(folder))


def test_builder_writes_what_whoosh_writes(tmp_path: Path) -> None:
    # Copies under other ids: common terms get more postings than a block (128) holds.
    docs = documents()
    docs += [{**doc, "id": f"{doc['id']}#{n}"} for n in (2, 3) for doc in docs]
    assert len(docs) > 3 * 45
    theirs = contents(whoosh_index_of(tmp_path / "whoosh", docs))
    ours = contents(builder_index_of(tmp_path / "ours", docs))
    assert theirs["count"] == len(docs)
    assert len(theirs["postings"]) > 3_000
    for key in ("count", "stored", "columns", "lengths", "totals"):
        assert ours[key] == theirs[key], key
    assert ours["postings"].keys() == theirs["postings"].keys()
    for term, posts in theirs["postings"].items():
        assert ours["postings"][term] == posts, term


def test_cached_terms_equal_the_fields_own(tmp_path: Path) -> None:
    ix = create_or_open(tmp_path / "index")
    field = ix.schema["body_de"]
    assert CachedTerms.applies_to(field)
    cached = CachedTerms(field)
    for doc in documents():
        for text in (doc.get("body", ""), doc.get("title", ""), doc.get("body", "")):
            assert sorted(cached.index(text)) == sorted(field.index(text)), text[:60]


def test_cached_terms_refuse_other_analyzers(tmp_path: Path) -> None:
    from whoosh.analysis import StandardAnalyzer
    from whoosh.fields import ID, TEXT

    assert not CachedTerms.applies_to(TEXT(analyzer=StandardAnalyzer(), phrase=True))
    assert not CachedTerms.applies_to(TEXT(analyzer=german_analyzer(), phrase=False))
    assert not CachedTerms.applies_to(ID())


def test_cached_terms_stay_right_when_the_cache_starts_afresh(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import index.terms

    monkeypatch.setattr(index.terms, "CACHE_LIMIT", 7)
    monkeypatch.setattr(index.terms, "_caches", {})
    field = create_or_open(tmp_path / "index").schema["body_de"]
    cached = CachedTerms(field)
    for doc in documents()[:10]:
        text = doc.get("body", "")
        assert sorted(cached.index(text)) == sorted(field.index(text))
        assert len(index.terms._caches[id(field.analyzer)].words) <= max(7, len(set(text.split())))


def test_blocks_of_one_posting_or_a_short_pickle_are_written_uncompressed(
    tmp_path: Path,
) -> None:
    docs = documents()
    ix = builder_index_of(tmp_path / "ours", docs)
    found: dict[tuple[bool, bool], int] = {}
    with ix.reader() as reader:
        for fieldname, term in reader.all_terms():
            if fieldname != "body_de":
                continue
            matcher = reader.postings(fieldname, term)
            single = reader.doc_frequency(fieldname, term) == 1
            compressed = bool(matcher._compression)  # the block's own flag
            assert not (single and compressed), term
            found[single, compressed] = found.get((single, compressed), 0) + 1
    # Single postings; blocks of a short pickle (RAW_BELOW), and of a longer one.
    assert found[True, False] > 100 and found[False, True] > 100 and found[False, False] > 10


@pytest.mark.parametrize(
    ("name", "whole"),
    [("id", True), ("body_hash", True), ("fingerprint", True), ("source", True)]
    + [("title_de", False), ("year", False), ("date", False), ("flag", False)],
)
def test_id_fields_are_indexed_as_their_value(tmp_path: Path, name: str, whole: bool) -> None:
    ix = create_or_open(tmp_path / "index")
    assert whole_value(ix.schema[name]) is whole


@pytest.mark.parametrize("value", ["", "a b", "Straße/ümlaut", "x" * 300, " lead"])
def test_an_id_value_has_the_term_the_field_makes(tmp_path: Path, value: str) -> None:
    folder = tmp_path / "index"
    ix = create_or_open(folder)
    builder = SegmentBuilder(FileStorage(str(folder)), ix.indexname, ix.schema)
    for n, body_hash in enumerate((value, "other", value)):
        builder.add({"id": f"{value}#{n}", "body_hash": body_hash})
    commit_segments(ix, [builder.finish()], [])
    field = ix.schema["body_hash"]
    terms = [t for t, *_ in field.index(value)] + [t for t, *_ in field.index("other")]
    with whoosh_index.open_dir(str(folder)).reader() as reader:
        assert sorted(reader.lexicon("body_hash")) == sorted(terms)
        assert list(reader.postings("body_hash", terms[0]).all_ids()) == [0, 2]
        assert sorted(reader.lexicon("id")) == sorted(f"{value}#{n}".encode() for n in range(3))


@pytest.mark.parametrize(
    "postings",
    [
        [(3, 1.0, b"")],
        [(3, 1.0, b""), (5, 1.0, b""), (9, 2.0, b"")],
        # A value after empty ones, and empty ones after a value.
        [(0, 1.0, b""), (1, 1.0, b""), (4, 1.5, b"v"), (6, 1.0, b"")],
        [(2, 1.0, b"a"), (7, 3.0, b"bc")],
    ],
    ids=["one", "empty-values", "value-later", "values"],
)
def test_postings_come_back_as_they_were_added(postings: list[tuple[int, float, bytes]]) -> None:
    found: Postings = {}
    for docnum, weight, vbytes in postings:
        add_posting(found, b"t", docnum, weight, vbytes)
    docnums, weights, values = expanded(found[b"t"])
    assert list(zip(docnums, weights, values, strict=True)) == postings


def _whooshs_terms(fieldwriter: Any, terms: Any, lengths: Any) -> bool:
    """Write a field's terms through Whoosh's postings writer, term by term."""
    found = False
    for tbytes, entry in terms:
        found = True
        fieldwriter.start_term(tbytes)
        add_term_postings(fieldwriter, *expanded(entry), lengths)
        fieldwriter.finish_term()
    return found


@pytest.mark.parametrize("batch", [1, 3, 4096], ids=["term-by-term", "three-terms", "default"])
def test_terms_are_written_byte_for_byte_as_whoosh_writes_them(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, batch: int
) -> None:
    # Copies under other ids: terms of one posting, of a block, of more than a block
    # (a common term), weights alike and not.
    docs = documents()
    docs += [{**doc, "id": f"{doc['id']}#{n}"} for n in range(2, 12) for doc in docs]
    files = []
    # The compound file names each part's time of change: the same for both.
    monkeypatch.setattr(FileStorage, "file_modified", lambda self, name: 0.0)
    monkeypatch.setattr(index.whoosh_write.term_batch, "BATCH_TERMS", batch)
    for name in ("ours", "whooshs"):
        if name == "whooshs":
            monkeypatch.setattr(index.segment, "write_terms", _whooshs_terms)
        folder = tmp_path / name
        ix = create_or_open(folder)
        builder = SegmentBuilder(FileStorage(str(folder)), ix.indexname, ix.schema)
        builder.segment.segid = "fixed"
        for doc in docs:
            builder.add(doc)
        segment = builder.finish()
        files.append((folder / f"{segment.segment_id()}.seg").read_bytes())
    assert files[0] == files[1]


def _segment_bytes(folder: Path, docs: list[dict[str, Any]], spill_every: int | None) -> bytes:
    """Build a segment of the documents (its postings put on disk every so many
    documents); return its compound file."""
    ix = create_or_open(folder)
    builder = SegmentBuilder(FileStorage(str(folder)), ix.indexname, ix.schema, REPEATED_FIELDS)
    builder.segment.segid = "fixed"
    for n, doc in enumerate(docs, 1):
        builder.add(doc)
        if spill_every and n % spill_every == 0:
            builder.spill()
            assert builder.buffered_bytes() == builder.kept_bytes() > 0
    assert builder.kept_bytes() == (
        (len(docs) // spill_every) * spill_every * index.segment.BYTES_KEPT_PER_DOCUMENT
        if spill_every
        else 0
    )
    segment = builder.finish()
    # No run of postings is left behind: only the segment's files and manifest.
    assert sorted(p.name for p in folder.iterdir() if p.name.startswith(".")) == []
    return (folder / f"{segment.segment_id()}.seg").read_bytes()


@pytest.mark.parametrize(
    "spill_every",
    # Every document (most terms in several runs, a block of postings over many), a few
    # documents, most of them (the last few in memory alone), all of them (no memory).
    [1, 7, 120, 153],
    ids=["every-document", "every-7", "most", "all"],
)
def test_postings_put_on_disk_give_the_same_segment_byte_for_byte(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, spill_every: int
) -> None:
    # Copies under other ids: common terms get more postings than a block (128) holds.
    docs = documents()
    docs += [{**doc, "id": f"{doc['id']}#{n}"} for n in (2, 3) for doc in docs]
    assert len(docs) == 153
    monkeypatch.setattr(FileStorage, "file_modified", lambda self, name: 0.0)
    whole = _segment_bytes(tmp_path / "whole", docs, None)
    spilled = _segment_bytes(tmp_path / "spilled", docs, spill_every)
    assert len(whole) > 100_000
    assert spilled == whole


def test_a_builder_aborted_with_postings_on_disk_leaves_nothing(tmp_path: Path) -> None:
    ix = create_or_open(tmp_path)
    before = sorted(p.name for p in tmp_path.iterdir())
    builder = SegmentBuilder(FileStorage(str(tmp_path)), ix.indexname, ix.schema, REPEATED_FIELDS)
    for doc in documents()[:10]:
        builder.add(doc)
        builder.spill()
    assert any(p.name.startswith(".") for p in tmp_path.iterdir())
    builder.abort()
    assert sorted(p.name for p in tmp_path.iterdir()) == before


@pytest.mark.parametrize(
    ("bodies", "documents", "terms"),
    [
        ([], 0, 0),
        (["Stadtrat"], 1, 1),
        # A word found again adds a document, not a term.
        (["Stadtrat", "Stadtrat"], 2, 1),
        (["Stadtrat Haushalt", "Freibad"], 2, 3),
    ],
)
def test_buffered_bytes_count_documents_and_distinct_terms(
    tmp_path: Path, bodies: list[str], documents: int, terms: int
) -> None:
    ix = create_or_open(tmp_path)
    schema = ix.schema
    builder = SegmentBuilder(FileStorage(str(tmp_path)), ix.indexname, schema, REPEATED_FIELDS)
    for n, body in enumerate(bodies):
        builder.add({"id": f"a{n}", "body_xx": body})
    expected = documents * index.segment.BYTES_PER_DOCUMENT
    # The body's terms, and the id's, which are counted with the document.
    assert builder.buffered_bytes() == expected + terms * index.segment.BYTES_PER_TERM
    builder.abort()


@pytest.mark.parametrize(
    "dates",
    [
        ["2024-03-01T10:00:00", "2024-03-01T10:00:00", "2023-12-31T23:59:59"],
        # Aware dates equal as instants, with other offsets: other column values.
        ["2024-03-01T10:00:00+00:00", "2024-03-01T12:00:00+02:00", "2024-03-01T10:00:00"],
    ],
    ids=["repeated", "offsets"],
)
def test_column_values_of_repeated_fields_are_whooshs(tmp_path: Path, dates: list[str]) -> None:
    from datetime import datetime

    docs = [
        {
            "id": f"d{n}",
            "title": "Haushalt",
            "date": datetime.fromisoformat(d),
            "year": 2024 - n % 2,
        }
        for n, d in enumerate(dates + dates)
    ]
    theirs = contents(whoosh_index_of(tmp_path / "whoosh", docs))
    ours = contents(builder_index_of(tmp_path / "ours", docs))
    assert ours["columns"] == theirs["columns"]
    assert ours["stored"] == theirs["stored"]
