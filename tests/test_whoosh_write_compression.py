"""Stored fields compressed fast read back as written."""

from __future__ import annotations

from pathlib import Path

import pytest
from whoosh.codec import default_codec
from whoosh.filedb.filestore import FileStorage


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
