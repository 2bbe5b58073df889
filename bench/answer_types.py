"""Answer-type features for the reranking lab (measured, not shipped).

    python bench/answer_types.py INDEX CACHE.jsonl OUT.jsonl

A question asking for a count ("Wie viele …", "Wie hoch …") is answered by a number, one
asking for a time ("Wann …", "In welchem Jahr …") by a date. For such a question each of
the top 30 cached candidates (bench/relevance_lab.py gather) gets, from its stored body
read with the index's tokenizer (positions as the index counts them):

- "ansK" (K = 5, 10, 20): the idf-weighted share of the question's words standing within
  K words of a token of the answer's type (a figure or number word; a year, month or
  weekday);
- "answinK": the largest such share around one token of the answer's type;
- "ans_any": whether the body holds such a token at all.

Other questions, and candidates below the top 30, get 0 (no evidence either way). Then
`relevance_lab.py eval OUT.jsonl --scorer cv --features … ans10` compares.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench.relevance_lab import load, words_of  # noqa: E402
from index.analysis import NewsTokenizer  # noqa: E402
from index.schema import analyzer_group  # noqa: E402
from index.word_pattern import MONTHS  # noqa: E402
from search.archive import Archive  # noqa: E402
from search.features import QueryView, _positions, query_view, read_occurrences  # noqa: E402
from search.specific import NUMBER_WORDS  # noqa: E402

DATE_QUESTION = re.compile(
    r"^(?:(?:seit|bis|ab)\s+)?wann\b"
    r"|^(?:in|an|seit|bis|ab)\s+welche[mr]\s+(?:jahr|tag|datum|monat|jahrzehnt|jahrhundert)\b",
    re.IGNORECASE,
)
COUNT_QUESTION = re.compile(
    r"^(?:um\s+)?(?:wie\s*(?:viele?|hoch|lange|alt|oft|gro(?:ß|ss)|weit|schwer|teuer|tief))\b"
    r"|^welche[nr]?\s+(?:anteil|prozentsatz)\b",
    re.IGNORECASE,
)
WEEKDAYS = frozenset("montag dienstag mittwoch donnerstag freitag samstag sonntag".split())
DATE_WORDS = frozenset(MONTHS) | WEEKDAYS | {"maerz", "jänner", "jaenner", "feber"}
YEAR = re.compile(r"^(?:1\d|20)\d\d(?:er)?$")
DIGIT = re.compile(r"\d")
SIZES = (5, 10, 20)
NAMES = tuple(f"{p}{k}" for p in ("ans", "answin") for k in SIZES) + ("ans_any",)
DEPTH = 30


def answer_type(question: str) -> str | None:
    """Return the type of answer a question asks for: "count", "date" or None."""
    text = question.strip()
    if DATE_QUESTION.search(text):
        return "date"
    if COUNT_QUESTION.search(text):
        return "count"
    return None


def typed_positions(body: str, kind: str) -> list[int]:
    """Return the positions of the body's tokens of the answer's type."""
    out = set()
    for token in NewsTokenizer()(body, positions=True):
        word = token.text.lower()
        if kind == "count":
            typed = bool(DIGIT.search(word)) or word in NUMBER_WORDS
        else:
            typed = bool(YEAR.match(word)) or word in DATE_WORDS
        if typed:
            out.add(token.pos)
    return sorted(out)


def features(
    view: QueryView, group: str, body_found: dict[str, list[int]], typed: list[int]
) -> dict[str, float]:
    """Return the answer-type features of one candidate."""
    words = [w for w in view.words if w.options.get(group)]
    out = dict.fromkeys(NAMES, 0.0)
    if not words:
        return out
    at = [_positions(w, group, body_found) for w in words]
    total = sum(w.idf for w in words) or 1.0
    out["ans_any"] = 1.0 if typed else 0.0
    for k in SIZES:
        near = [any(abs(p - a) <= k for p in ps for a in typed) for ps in at]
        out[f"ans{k}"] = sum(w.idf for w, n in zip(words, near, strict=True) if n) / total
        best = 0.0
        for a in typed:
            best = max(
                best,
                sum(
                    w.idf
                    for w, ps in zip(words, at, strict=True)
                    if any(abs(p - a) <= k for p in ps)
                ),
            )
        out[f"answin{k}"] = best / total
    return out


def enrich(index: str, cache: str, out: str) -> dict[str | None, int]:
    """Add the answer-type features to every cached candidate; return the types counted."""
    archive = Archive(index)
    commit = archive.commit()
    searcher, langs = commit.searcher, commit.column("lang")
    counts: dict[str | None, int] = {}
    with open(out, "w", encoding="utf-8") as f:
        for record in load(cache):
            kind = answer_type(record["query"]) if record["question"] else None
            counts[kind] = counts.get(kind, 0) + 1
            for cand in record["cands"]:
                cand["f"].update(dict.fromkeys(NAMES, 0.0))
            if kind is not None:
                _add(archive, searcher, langs, record, kind)
            f.write(json.dumps(record, ensure_ascii=False) + "\n")
    return counts


def _add(archive: Archive, searcher: Any, langs: Any, record: dict[str, Any], kind: str) -> None:
    words, question = words_of(archive, record["query"])
    view = query_view(archive.schema, words, question, searcher)
    cands = record["cands"][:DEPTH]
    docnums = [searcher.document_number(id=c["id"]) for c in cands]
    found = read_occurrences(searcher, docnums, view, ("de", "en", "xx"))
    for cand, d in zip(cands, docnums, strict=True):
        body = searcher.stored_fields(d).get("body") or ""
        group = analyzer_group(langs[d] or "")
        cand["f"].update(
            features(view, group, found[d].get("body", {}), typed_positions(body, kind))
        )


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("index")
    parser.add_argument("cache")
    parser.add_argument("out")
    args = parser.parse_args()
    print(enrich(args.index, args.cache, args.out), file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
