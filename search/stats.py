"""What the archive holds (articles, languages, sources, years), and what the analyzer makes
of a text."""

from __future__ import annotations

from collections import Counter
from datetime import date
from typing import Any

from whoosh.fields import Schema

from index.schema import text_field
from index.store import index_size, read_meta
from search.commit import Commit
from search.results import iso_date


def stats(commit: Commit) -> dict[str, Any]:
    """Count articles, unique bodies, languages, sources and the date span."""
    langs: Counter[str] = Counter()
    sources: Counter[str] = Counter()
    years: Counter[str] = Counter()
    extractors: Counter[str] = Counter()
    flags: Counter[str] = Counter()
    bodies: set[str] = set()
    first: date | None = None
    last: date | None = None
    count = 0
    lang_col = commit.column("lang")
    source_col = commit.column("source")
    extractor_col = commit.column("extractor")
    flag_map = commit.flags()
    hash_col = commit.column("body_hash")
    days = commit.days()
    for docnum in commit.reader.all_doc_ids():
        count += 1
        h = hash_col[docnum]
        if h in bodies:
            continue  # a copy of an article counted already
        bodies.add(h)
        langs[lang_col[docnum] or "unknown"] += 1
        sources[source_col[docnum] or "unknown"] += 1
        extractors[extractor_col[docnum] or "unknown"] += 1
        flags.update(flag_map.get(docnum, ()))
        d = days[docnum]
        if d is not None:
            years[str(d.year)] += 1
            first = d if first is None or d < first else first
            last = d if last is None or d > last else last
    meta = read_meta(commit.index_dir)
    skipped = meta.get("skipped", {})
    return {
        "articles": len(bodies),
        "documents": count,
        "duplicates": count - len(bodies),
        "languages": dict(langs.most_common()),
        "sources": dict(sources.most_common()),
        "years": dict(sorted(years.items())),
        "extractors": dict(extractors.most_common()),
        "flags": dict(flags.most_common()),
        "date_span": {"first": iso_date(first), "last": iso_date(last)},
        "index_bytes": index_size(commit.index_dir),
        "last_indexed": meta.get("last_indexed"),
        "skipped": skipped,
        "notes": meta.get("notes", {}),
        "skipped_by_reason": dict(
            Counter(str(r).split(":")[0] for r in skipped.values()).most_common()
        ),
    }


def analyze(schema: Schema, text: str, group: str = "de") -> list[dict[str, Any]]:
    """Return the tokens an analyzer makes of a text, with positions and offsets."""
    analyzer = schema[text_field("body", group)].analyzer
    out = []
    previous = None
    for t in analyzer(text, positions=True, chars=True, removestops=True):
        kind = "part" if previous is not None and t.pos == previous else "word"
        previous = t.pos
        out.append(
            {
                "term": t.text,
                "surface": text[t.startchar : t.endchar],
                "pos": t.pos,
                "start": t.startchar,
                "end": t.endchar,
                "kind": kind,
            }
        )
    return out
