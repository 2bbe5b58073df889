"""How many of a query's matches the result set must check against a word's other forms.

Run: .venv/bin/python bench/forms_lacking.py INDEX_DIR [--queries 300]
The result set (search.matchset) asks of each match of the query whether it holds each
content word; a plain word also holds by its other forms (search.holding), whose posting
lists search.querywords reads whole. Only the matches lacking the word's own terms can
need them. For each such word of the dev queries (bench/latency.py's list) this prints
how many matches lack it (median, p90, how many words none), and in how many of the
(word, segment) pairs no match of the segment does: the reads a restriction to the
matches lacking the word would save.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from bench.latency import load_queries  # noqa: E402
from search import querywords, syntax  # noqa: E402
from search.archive import Archive  # noqa: E402
from search.compile import compile_search  # noqa: E402
from search.matches import ExactPostings  # noqa: E402


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("index")
    ap.add_argument("--queries", type=int, default=300)
    args = ap.parse_args()
    archive = Archive(args.index)
    commit = archive.commit()
    spans = [(off, leaf.doc_count_all()) for leaf, off in commit.reader.leaf_readers()]
    lacking: list[int] = []
    matches: list[int] = []
    pairs = idle = 0
    for text in load_queries(args.queries):
        compiled = compile_search(commit.schema, syntax.read(text, 10_000))
        forms = querywords.other_forms(commit, compiled)
        if not forms:
            continue
        postings = ExactPostings(commit.searcher, commit.field_lengths, commit.memo)
        every = querywords.docs(commit, postings, compiled.query)
        matches.append(len(every))
        for group, word in zip(compiled.groups, compiled.plain_words, strict=True):
            if word not in forms:
                continue
            own = querywords.docs(commit, postings, group)
            lack = np.setdiff1d(every, own, assume_unique=True)
            lacking.append(len(lack))
            for off, n in spans:
                pairs += 1
                idle += not bool(((lack >= off) & (lack < off + n)).any())
    print(f"{len(matches)} queries with forms, {len(lacking)} words, {len(spans)} segments")
    print(
        f"matches per query: median {np.median(matches):.0f}; matches lacking a word: "
        f"median {np.median(lacking):.0f}, p90 {np.percentile(lacking, 90):.0f}, "
        f"none for {sum(1 for n in lacking if n == 0)} words"
    )
    print(f"(word, segment) pairs without a match lacking the word: {idle} of {pairs}")


if __name__ == "__main__":
    main()
