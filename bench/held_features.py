"""Coverage by what counts as a match, as a reranking feature (measured, not shipped).

    python bench/held_features.py INDEX CACHE.jsonl OUT.jsonl

The result set reads whether an article holds each content word of a query by any of its
forms: its own terms, a plain word's derivation family, a compound by an index compound
with its parts, a short word by its long form (search.querywords, search.holding). The
reranker's coverage reads the word's own terms only. For each cached question this adds
to every candidate (bench/relevance_lab.py gather):

- "cov_held": the idf-weighted share of the question's content words it holds by any form;
- "held_other": the idf-weighted share it holds by another form only (not by the word's
  own terms, title or body, a compound's parts apart counted as the word's).

Then `relevance_lab.py eval OUT.jsonl --scorer cv --features … cov_held` compares.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench.relevance_lab import load  # noqa: E402
from search import compile as qcompile  # noqa: E402
from search import querywords, syntax  # noqa: E402
from search.archive import Archive  # noqa: E402

NAMES = ("cov_held", "held_other")


def enrich(index: str, cache: str, out: str) -> None:
    """Add the coverage-by-holding features to every cached question's candidates."""
    archive = Archive(index)
    commit = archive.commit()
    searcher = commit.searcher
    with open(out, "w", encoding="utf-8") as f:
        for record in load(cache):
            for cand in record["cands"]:
                cand["f"].update(dict.fromkeys(NAMES, 0.0))
            if record["question"]:
                _add(archive, commit, searcher, record)
            f.write(json.dumps(record, ensure_ascii=False) + "\n")


def _add(archive: Archive, commit: Any, searcher: Any, record: dict[str, Any]) -> None:
    parsed = syntax.read(record["query"]).parsed
    compiled = qcompile.compile_query(archive.schema, parsed, archive.field_boosts)
    words = querywords.read(commit, compiled).words
    idf = {w["text"]: w["idf"] for w in record["words"]}
    own_at = {w["text"]: i for i, w in enumerate(record["words"])}
    weights = [idf.get(w.text, 1.0) for w in words]
    total = sum(weights) or 1.0
    docnums = np.array([searcher.document_number(id=c["id"]) for c in record["cands"]])
    holds = [np.isin(docnums, w.docs) for w in words]
    for i, cand in enumerate(record["cands"]):
        held = other = 0.0
        for word, weight, hold in zip(words, weights, holds, strict=True):
            if not hold[i]:
                continue
            held += weight
            at = own_at.get(word.text)
            tf = cand["tf"][at] if at is not None else [0, 0, 0]
            if not (tf[0] or tf[1] or tf[2]):
                other += weight
        cand["f"]["cov_held"] = held / total
        cand["f"]["held_other"] = other / total


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("index")
    parser.add_argument("cache")
    parser.add_argument("out")
    args = parser.parse_args()
    enrich(args.index, args.cache, args.out)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
