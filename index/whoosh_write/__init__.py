"""Write Whoosh indexes through its internals: the one place of index/ that touches them.

Everything on the index side that uses a private name of Whoosh is in this package: the
name of the index, the table of segments (read, written, its file), the writer's commit
of that table and its temporary files, the postings writer's block buffers, and for
merging the reads of a segment's posting blocks and length columns. The rest of index/
uses Whoosh's public API and the names exported here. The internals are those of one
release, checked below before any of the package's modules is imported.

toc            an index's table of segments: its file found, read and written
writer         Whoosh's segment writer, with hooks around its table of segments and a
               cleanup after a failure
compression    posting blocks and stored fields compressed fast (ISA-L's deflate)
postings       a term's postings written a block at a time, as Whoosh writes them
term_index     a segment's term index written lean (keys in arrays, positions counted)
term_batch     a field's terms of one block or less written in batches
segment_reads  a segment's terms, posting lists and field lengths read at once
"""

from __future__ import annotations

from index.versions import require

WHOOSH = "whoosh-reloaded"
WHOOSH_VERSION = "2.7.5"
require(WHOOSH, WHOOSH_VERSION, "it writes index files with Whoosh's internals")

from index.whoosh_write.compression import FAST_LEVEL, compress, fast_stored  # noqa: E402
from index.whoosh_write.postings import (  # noqa: E402
    add_block_term,
    add_single_term,
    add_term_postings,
    encode_positions,
    fast_postings,
)
from index.whoosh_write.segment_reads import leaf_postings, leaf_terms, length_bytes  # noqa: E402
from index.whoosh_write.term_batch import write_terms  # noqa: E402
from index.whoosh_write.term_index import (  # noqa: E402
    count_position,
    lean_term_index,
    md5_low32,
)
from index.whoosh_write.toc import (  # noqa: E402
    INDEX_NAME,
    Segment,
    TrackedStorage,
    check_toc,
    create_toc,
    latest_toc,
    read_toc,
    remove_unused_files,
    segments,
    toc_file,
    write_toc,
)
from index.whoosh_write.writer import Writer  # noqa: E402

__all__ = [
    "FAST_LEVEL",
    "INDEX_NAME",
    "WHOOSH",
    "WHOOSH_VERSION",
    "Segment",
    "TrackedStorage",
    "Writer",
    "add_block_term",
    "add_single_term",
    "add_term_postings",
    "check_toc",
    "compress",
    "count_position",
    "create_toc",
    "encode_positions",
    "fast_postings",
    "fast_stored",
    "latest_toc",
    "lean_term_index",
    "leaf_postings",
    "leaf_terms",
    "length_bytes",
    "md5_low32",
    "read_toc",
    "remove_unused_files",
    "segments",
    "toc_file",
    "write_terms",
    "write_toc",
]
