"""The cleaning evidence kept with the index, so incremental runs and single files use it.

What a run gathered (index/evidence.py: the lines of each source's pages, the titles and
openings of all articles) is saved beside the index with the pages it came from and, per
page, the keys of the lines it kept that evidence could still turn into chrome or
teasers. When a later run's evidence grows under such a key, that page is cleaned again
from its file (index/recleaning.py), and updated if its cleaning changed. The file also
records the cleaner's version: after a change of the cleaner every page is cleaned again.

The file is JSON, replaced atomically at the end of a run (like the index's metadata).
"""

from __future__ import annotations

import json
import os
import tempfile
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from index.evidence import Evidence, Gatherer
from index.fsync import sync_dir

EVIDENCE_FILE = "cleaning-evidence.json"
# The file is encoded this many entries of a list or mapping at a time: json.dump would
# encode it in Python (some 1.2 s at 280,717 articles), json.dumps of the whole in C (0.3
# s) but with all of its text in memory at once (29 MB).
PIECE = 10_000


@dataclass
class Page:
    """Where a page of the archive came from, to read it again."""

    origin: str
    source: str
    date: str  # ISO date, "" when none


@dataclass
class Store:
    """The archive's cleaning evidence, its pages, and what each page's cleaning rests on."""

    gatherer: Gatherer = field(default_factory=Gatherer)
    pages: dict[str, Page] = field(default_factory=dict)
    # page id -> keys of lines it kept that evidence could turn
    suspects: dict[str, list[int]] = field(default_factory=dict)
    cleaner: int = 0  # the cleaner's version the pages were cleaned with (0: none yet)

    def evidence(self) -> Evidence:
        """Return the evidence as the cleaner looks it up."""
        return self.gatherer.evidence()

    def affected(self, before: Evidence, after: Evidence, skip: set[str]) -> list[str]:
        """Return the ids of stored pages (not in skip) whose kept lines have keys the
        evidence gained from before to after."""
        gained: set[int] = set()
        for source, counts in after.repeated.items():
            known = before.repeated.get(source, {})
            gained.update(key for key in counts if key not in known)
        for mine, theirs in ((after.titles, before.titles), (after.openings, before.openings)):
            gained.update(key for key, found in mine.items() if theirs.get(key) != found)
        if not gained:
            return []
        return [
            page
            for page, keys in self.suspects.items()
            if page not in skip and page in self.pages and not gained.isdisjoint(keys)
        ]


def load(index_dir: str | os.PathLike[str]) -> Store:
    """Read the evidence kept with the index (an empty store when there is none)."""
    try:
        with open(Path(index_dir) / EVIDENCE_FILE, encoding="utf-8") as f:
            data = json.load(f)
    except FileNotFoundError:
        return Store()
    gatherer = Gatherer()
    for source, pairs in data["lines"].items():
        gatherer.lines[source] = {
            key: bodies if isinstance(bodies, int) else set(bodies) for key, bodies in pairs
        }
    gatherer.bodies = {source: set(bodies) for source, bodies in data["bodies"].items()}
    gatherer.articles = {a: (t, tk, ok) for a, t, tk, ok in data["articles"]}
    gatherer.page_bodies = {p: (source, body) for p, source, body in data["page_bodies"]}
    # Files written before the cleaner kept inner openings have none.
    gatherer.inner = {key: count for key, count in data.get("inner", [])}
    gatherer.records = set(data.get("records", []))
    pages = {p: Page(o, s, d) for p, o, s, d in data["pages"]}
    return Store(gatherer, pages, dict(data["suspects"]), int(data["cleaner"]))


def save(index_dir: str | os.PathLike[str], store: Store) -> None:
    """Replace the evidence file atomically, so a reader never sees half of it."""
    g = store.gatherer
    data: dict[str, Any] = {
        "cleaner": store.cleaner,
        "lines": {
            source: [[key, b if isinstance(b, int) else sorted(b)] for key, b in counts.items()]
            for source, counts in g.lines.items()
        },
        "bodies": {source: sorted(bodies) for source, bodies in g.bodies.items()},
        "articles": [[a, t, tk, ok] for a, (t, tk, ok) in g.articles.items()],
        "page_bodies": [[p, source, body] for p, (source, body) in g.page_bodies.items()],
        "inner": [[key, count] for key, count in g.inner.items()],
        "records": sorted(g.records),
        "pages": [[p, x.origin, x.source, x.date] for p, x in store.pages.items()],
        "suspects": store.suspects,
    }
    index_dir = Path(index_dir)
    fd, tmp = tempfile.mkstemp(dir=index_dir, prefix=".evidence-", suffix=".json")
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as f:
            write_json(data, f.write)
            f.flush()
            os.fsync(f.fileno())
        os.replace(tmp, index_dir / EVIDENCE_FILE)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    sync_dir(index_dir)


def _dumps(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False, separators=(",", ":"))


def write_json(value: Any, write: Callable[[str], Any], depth: int = 0) -> None:
    """Write value as compact JSON (the text json.dumps gives), a piece at a time."""
    if isinstance(value, dict) and len(value) <= PIECE and depth < 2:
        # A mapping of a few entries (the file's sections, its sources) may hold large ones.
        write("{")
        for i, (key, item) in enumerate(value.items()):
            write(("," if i else "") + _dumps(key) + ":")
            write_json(item, write, depth + 1)
        write("}")
    elif isinstance(value, dict | list) and len(value) > PIECE:
        items = list(value.items()) if isinstance(value, dict) else value
        write("{" if isinstance(value, dict) else "[")
        for start in range(0, len(items), PIECE):
            piece = items[start : start + PIECE]
            text = _dumps(dict(piece) if isinstance(value, dict) else piece)
            write(("," if start else "") + text[1:-1])
        write("}" if isinstance(value, dict) else "]")
    else:
        write(_dumps(value))
