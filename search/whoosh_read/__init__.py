"""Every read of Whoosh's internals on the search side, checked against one Whoosh version.

Search is fast because it reads some of Whoosh's structures at once instead of a value at
a time through its public API: a posting list's blocks of ids and weights, a segment's
column of field lengths, a column of variable-length values, and files read by position.
Those structures are private to Whoosh and may change in any release, so they are read
in this package only, and it refuses to load with a Whoosh other than the one it was
written against: the check below runs before any of its modules is imported. Everything
else on the search side uses Whoosh's public API, through the names exported here.

terms       a segment's terms table: a term's info looked up, a small field's terms,
            a field's terms by prefix (with their document frequencies)
decoding    a posting list's bytes decoded, all blocks at once
recent      the values a thread just decoded, kept at hand for its next steps
postings    a term's posting list read once and kept decoded (POSTINGS); a term's
            documents in every segment from them
positions   a term's token positions in chosen documents
matching    what Whoosh's BM25F, Or matcher and top collector decide internally
columns     a segment's columns read at once: field lengths, variable-length values
positioned  Whoosh's structured files over a source read by position
"""

from __future__ import annotations

from index.versions import require

require(
    "whoosh-reloaded",
    "2.7.5",
    "its search reads Whoosh's posting blocks, length and var-bytes columns and files",
)

from search.whoosh_read.columns import column_translation, leaf_lengths, var_bytes  # noqa: E402
from search.whoosh_read.decoding import decode_postings_values  # noqa: E402
from search.whoosh_read.matching import MatchingCollector, field_b, or_matcher  # noqa: E402
from search.whoosh_read.positioned import PositionedFile, storage_path  # noqa: E402
from search.whoosh_read.positions import leaf_positions  # noqa: E402
from search.whoosh_read.postings import (  # noqa: E402
    POSTINGS,
    leaf_doc_frequency,
    leaf_postings,
    term_docs,
)
from search.whoosh_read.recent import values_wanted  # noqa: E402
from search.whoosh_read.terms import (  # noqa: E402
    PROBES,
    VOCABULARIES,
    field_terms,
    prefix_terms,
    prefixed_doc_frequencies,
    prefixed_terms,
)

__all__ = [
    "POSTINGS",
    "PROBES",
    "VOCABULARIES",
    "MatchingCollector",
    "PositionedFile",
    "column_translation",
    "decode_postings_values",
    "field_b",
    "field_terms",
    "leaf_doc_frequency",
    "leaf_lengths",
    "leaf_positions",
    "leaf_postings",
    "or_matcher",
    "prefix_terms",
    "prefixed_doc_frequencies",
    "prefixed_terms",
    "storage_path",
    "term_docs",
    "values_wanted",
    "var_bytes",
]
