"""`newsarchive inspect PAGE...`: what the cleaner makes of pages, and why.

For each page file (or each page in a folder): the title, caption and body the cleaner
keeps, and every line it dropped with its reason. The evidence is what the index keeps
(index/evidence_store.py), if there is an index, with the given pages gathered into it,
as an indexing run of them would gather it; nothing is written.
"""

from __future__ import annotations

import argparse
import json
import sys
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from index import dropped, evidence_store
from index.clean import CleanedArticle, clean_page, gather_page
from index.readers import RawRecord, Skipped, read_paths
from index.store import META_FILE


@dataclass
class Inspected:
    """One page and what the cleaner made of it."""

    id: str
    origin: str
    source: str
    cleaned: CleanedArticle
    summary: str = field(default="")

    def as_dict(self) -> dict[str, Any]:
        """Return the page's cleaning as plain data."""
        c = self.cleaned
        return {
            "id": self.id,
            "file": self.origin,
            "source": self.source,
            "title": c.title,
            "title_cut": list(c.title_cut),
            "caption": c.caption,
            "body": c.body,
            "dropped": [
                {
                    "line": d.text,
                    "reason": d.reason,
                    "why": d.explain(),
                    "detail": d.detail,
                    "article": d.article,
                }
                for d in c.dropped
            ],
            "summary": self.summary,
            "uncertain": c.uncertain,
            "skipped": c.skipped,
        }


def inspect_pages(
    paths: list[str], index_dir: Path | None
) -> tuple[list[Inspected], list[Skipped]]:
    """Clean the pages under the paths with the index's evidence and their own."""
    store = (
        evidence_store.load(index_dir) if index_dir and (index_dir / META_FILE).exists() else None
    )
    gatherer = store.gatherer if store else evidence_store.Store().gatherer
    pages: list[RawRecord] = []
    skipped: list[Skipped] = []
    for record in read_paths(paths):
        if isinstance(record, Skipped):
            skipped.append(record)
        elif record.kind != "page":
            skipped.append(Skipped(record.origin, f"not a page ({record.kind}): nothing to clean"))
        else:
            pages.append(record)
            gather_page(gatherer, record.id, record.source or "", record.body)
    found = gatherer.evidence()
    out = []
    for record in pages:
        cleaned = clean_page(record.body, found, record.source or "", record.id)
        summary = dropped.summary_de(dropped.counts(cleaned.dropped))
        out.append(Inspected(record.id, record.origin, record.source or "", cleaned, summary))
    return out, skipped


def render(page: Inspected) -> str:
    """Write what the cleaner made of a page for the terminal."""
    c = page.cleaned
    lines = [f"== {page.id}  ({page.origin})"]
    if c.skipped:
        lines.append(f"skipped: {c.skipped}")
    lines.append(f"title:   {c.title}")
    if c.title_cut:
        lines.append(f"  cut off the title line: {'; '.join(c.title_cut)}")
    lines.append(f"caption: {c.caption}")
    paragraphs = [p for p in c.body.split("\n") if p]
    lines.append(f"body:    {len(paragraphs)} paragraphs")
    lines += [f"  | {p}" for p in paragraphs]
    lines.append(
        f"dropped: {len(c.dropped)} lines" + (f" ({page.summary})" if page.summary else "")
    )
    lines += [f"  - [{d.explain()}] {d.text}" for d in c.dropped]
    if c.uncertain:
        lines.append(f"uncertain: {c.uncertain}")
    return "\n".join(lines)


def cmd_inspect(args: argparse.Namespace) -> int:
    """Print what the cleaner makes of pages and why (every dropped line's reason)."""
    found, skipped = inspect_pages(args.paths, Path(args.index))
    if args.json:
        data = {
            "pages": [p.as_dict() for p in found],
            "skipped": [{"origin": s.origin, "reason": s.reason} for s in skipped],
        }
        print(json.dumps(data, ensure_ascii=False, indent=1))
        return 0 if found else 1
    for page in found:
        print(render(page))
        print()
    for s in skipped:
        print(f"skipped {s.origin}: {s.reason}", file=sys.stderr)
    if not found:
        print("newsarchive: no pages to inspect", file=sys.stderr)
        return 1
    return 0


def add_parser(add: Any) -> None:
    """Add the inspect command to the command line."""
    p = add("inspect", help="show what the cleaner makes of pages and why")
    p.add_argument("paths", nargs="+", help="page files (.txt) or folders of them")
    p.add_argument("--json", action="store_true", help="print as JSON, for tools")
    p.set_defaults(func=cmd_inspect)
