"""Tell whether two indexes hold the same articles the same way, however their segments
fall: every term's postings, field lengths and stored fields, by article id.

Two runs of the workers put the articles into segments in another order each time (a
chunk goes to whichever worker is free), so their files differ; what a search reads does
not. Per index: each (field, term)'s postings as (article id, weight, encoded value),
each article's stored fields and field lengths; the two are compared whole, and the first
differences are printed.

Run: .venv/bin/python bench/same_index.py INDEX_A INDEX_B
"""

from __future__ import annotations

import argparse
import hashlib
import sys
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from index.store import open_index  # noqa: E402


def summary(index_dir: str | Path) -> dict[str, Any]:
    """Return what an index holds by article id: (field, term) → a digest of its sorted
    postings, article id → its stored fields, article id → its field lengths."""
    terms: dict[tuple[str, bytes], str] = {}
    stored: dict[str, dict[str, Any]] = {}
    lengths: dict[str, tuple[Any, ...]] = {}
    with open_index(index_dir).reader() as reader:
        schema = reader.schema
        scorable = [n for n in schema.names() if schema[n].scorable]
        ids: dict[int, str] = {}
        for docnum in reader.all_doc_ids():
            fields = reader.stored_fields(docnum)
            ids[docnum] = fields["id"]
            stored[fields["id"]] = fields
            lengths[fields["id"]] = tuple(
                reader.doc_field_length(docnum, n) or 0 for n in scorable
            )  # None where a segment has no such field
        for fieldname, tbytes in reader.all_terms():
            found = []
            matcher = reader.postings(fieldname, tbytes)
            while matcher.is_active():
                docnum = matcher.id()
                if docnum in ids:
                    found.append((ids[docnum], matcher.weight(), matcher.value()))
                matcher.next()
            if found:
                digest = hashlib.sha256(repr(sorted(found)).encode("utf-8")).hexdigest()
                terms[fieldname, tbytes] = digest
    return {"terms": terms, "stored": stored, "lengths": lengths}


def differences(a: dict[str, Any], b: dict[str, Any], limit: int = 10) -> list[str]:
    """Return the first differences between two summaries (none: the same index)."""
    out: list[str] = []
    for part in ("terms", "stored", "lengths"):
        x, y = a[part], b[part]
        for key in sorted(x.keys() | y.keys(), key=repr):
            if x.get(key) != y.get(key):
                out.append(f"{part} {key!r}: {x.get(key)!r} != {y.get(key)!r}"[:300])
                if len(out) >= limit:
                    return out
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("a")
    ap.add_argument("b")
    args = ap.parse_args()
    a, b = summary(args.a), summary(args.b)
    found = differences(a, b)
    print(
        f"{len(a['stored'])} / {len(b['stored'])} articles, "
        f"{len(a['terms'])} / {len(b['terms'])} terms: "
        + ("the same" if not found else "DIFFERENT")
    )
    for line in found:
        print(" ", line)
    sys.exit(1 if found else 0)


if __name__ == "__main__":
    main()
