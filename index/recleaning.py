"""The cleaning evidence of an indexing run, and the pages it cleans again.

Before any page is cleaned, the run gathers evidence over all of its input: the lines of
each source's pages, the titles and openings of all articles (index/evidence.py), added
to what the index kept from earlier runs (index/evidence_store.py). So every page of the
run is cleaned with the evidence of the whole run; the articles before the first page are
prepared meanwhile (RunEvidence.stream). Pages of earlier runs whose cleaning rests on
lines the evidence now says more about are read again from their files and cleaned again;
so are all pages after a change of the cleaner, whose evidence is then gathered from them
again too (a new cleaner may count their lines under new keys). Their articles are
updated if their cleaning changed.
"""

from __future__ import annotations

import itertools
import os
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path

from index import evidence_store
from index.clean import CLEANER_VERSION, gather_page
from index.decoding import decode
from index.evidence import Evidence
from index.evidence_store import Page, Store
from index.readers import RawRecord, Skipped, parse_date, read_paths


class RunEvidence:
    """The evidence an indexing run cleans with, and what it keeps of it afterwards."""

    def __init__(self, index_dir: str | os.PathLike[str]) -> None:
        self.index_dir = Path(index_dir)
        self.store: Store = evidence_store.load(self.index_dir)
        self.before: Evidence = self.store.evidence()
        self.evidence: Evidence = self.before
        self.seen: set[str] = set()
        # Whether the run's input has pages (the evidence cleans pages only).
        self.pages_read = False
        # The stored pages to clean again, once the run's evidence is gathered.
        self._again: list[str] | None = None

    def gather(self, paths: Iterable[str | os.PathLike[str]]) -> None:
        """Gather the evidence of the run's input (read once more; nothing is written)."""
        for record in read_paths(paths):
            self.add(record)
        self.finish()

    def stream(
        self,
        records: Iterable[RawRecord | Skipped],
        paths: Iterable[str | os.PathLike[str]],
        gathered: Callable[[], None],
    ) -> Iterator[RawRecord | Skipped]:
        """Yield the run's records (read from the paths) in order while gathering their
        evidence; call `gathered` once it is complete, before any page is yielded.

        Only pages are cleaned with the evidence: the records before the first page are
        yielded as they are read, so the workers prepare them while the evidence is
        gathered (an archive without pages is read once). From the first page on, the
        rest of the input is gathered first, then read again from the files, the records
        yielded before passed over.
        """
        records = iter(records)
        passed = 0
        for record in records:
            self.add(record)
            if not isinstance(record, Skipped) and record.kind == "page":
                break
            passed += 1
            yield record
        else:
            self.finish()
            gathered()
            return
        for record in records:
            self.add(record)
        self.finish()
        gathered()
        yield from itertools.islice(read_paths(paths), passed, None)

    def add(self, record: RawRecord | Skipped) -> None:
        """Gather the evidence of a record of the run's input."""
        if isinstance(record, Skipped) or not record.id:
            return
        self.seen.add(record.id)
        if record.kind == "page":
            self.pages_read = True
            source = record.source or ""
            gather_page(self.store.gatherer, record.id, source, record.body)
            date = record.date.date().isoformat() if record.date else ""
            self.store.pages[record.id] = Page(record.origin, source, date)
        elif record.kind != "html":  # an HTML page's text is known only once extracted
            self.store.gatherer.add_article(record.id, record.title or "", record.body)

    def finish(self) -> None:
        """Complete the evidence once the run's input is gathered; know the pages of
        earlier runs to clean again."""
        if self.store.cleaner not in (0, CLEANER_VERSION):
            self._gather_stored()
        self.evidence = self.store.evidence()
        # Which pages to clean again is known now; what only that needed (the evidence
        # before the run, as large as the run's on a re-run, and the run's ids) goes.
        self._again = self._to_clean_again()
        self.before, self.seen = Evidence(), set()

    def _gather_stored(self) -> None:
        """Gather the stored pages outside the run again from their files: a changed
        cleaner may key the evidence of their lines anew (a page gathered again with the
        same text adds nothing twice)."""
        for page_id, page in self.store.pages.items():
            if page_id in self.seen:
                continue
            record = self._read(page_id, page)
            if record is not None:
                gather_page(self.store.gatherer, page_id, page.source, record.body)

    def _to_clean_again(self) -> list[str]:
        if self.store.cleaner not in (0, CLEANER_VERSION):
            ids = [p for p in self.store.pages if p not in self.seen]
        else:
            ids = self.store.affected(self.before, self.evidence, self.seen)
        return sorted(ids)

    def cleans_pages(self) -> bool:
        """Tell whether the run cleans pages (its own, or stored ones again), once gathered:
        the evidence is for them alone."""
        if self._again is None:
            self._again = self._to_clean_again()
        return self.pages_read or bool(self._again)

    def again(self) -> Iterator[RawRecord]:
        """Yield the stored pages outside the run to clean again, read from their files:
        those whose kept lines the evidence now says more about, and all of them when
        the cleaner changed since they were cleaned."""
        ids = self._to_clean_again() if self._again is None else self._again
        for page_id in ids:
            record = self._read(page_id, self.store.pages[page_id])
            if record is not None:
                yield record

    def _read(self, page_id: str, page: Page) -> RawRecord | None:
        """Read a stored page from its file again (None when it is gone or unreadable)."""
        try:
            text = decode(Path(page.origin).read_bytes())
        except OSError:
            return None
        return RawRecord(
            id=page_id,
            body=text,
            origin=page.origin,
            kind="page",
            date=parse_date(page.date),
            source=page.source,
            extractor="page",
        )

    def handed_over(self) -> None:
        """Let go of the evidence pages are cleaned with: the workers have their copy."""
        self.evidence = Evidence()

    def kept(self, article_id: str, keys: list[int]) -> None:
        """Note the keys of the lines a page kept (index.line_keys.kept_keys)."""
        self.store.suspects[article_id] = keys

    def save(self) -> None:
        """Keep the evidence with the index (its cleaner's version recorded)."""
        self.store.cleaner = CLEANER_VERSION
        evidence_store.save(self.index_dir, self.store)
