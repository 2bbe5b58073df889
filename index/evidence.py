"""Evidence from the archive itself: what recurs on a source's pages, what other articles say.

A line that recurs on many pages of one source (a cookie notice, a share line, footer
links, headings) is chrome; a line that is another article's title, or the start of
another article's body, is a teaser. The cleaner (index/clean.py) looks lines up here.

Lines are counted by the distinct bodies they stand beside (a page's body is known by its
longest line), so copies of one article under several names count once, and reading the
same pages again changes nothing. Keys are 64-bit hashes of folded text (index/line_keys.py),
so the evidence of a large archive stays small; index/evidence_store.py keeps it with the
index.
"""

from __future__ import annotations

from collections.abc import Collection, Iterable, Set
from dataclasses import dataclass, field

from index.keys import digest
from index.line_keys import (
    MAX_LINE_CHARS,
    after_key,
    credit_key,
    frame_key,
    line_key,
    mark_key,
    opening_key,
    prefix_key,
    tail_key,
    template_key,
    text_key,
)
from index.pieces import RUN, RUN_PAGES, counted, pair_key, slot_key, slots
from index.stamp_keys import label_keys
from index.tails import link_tail, page_tails
from index.title_frame import frame_counts
from index.title_glue import glued_counts
from index.title_line import site_keys

# A line recurring beside this many distinct bodies of one source is the source's chrome:
# at least MIN_PAGES, and at least SHARE_PAGES of the source's pages up to MAX_PAGES.
# A site's chrome is on (nearly) all its pages; a source's own recurring promotion (a
# shop's advertisement under some articles) is part of those articles.
MIN_PAGES = 3
SHARE_PAGES = 0.05
MAX_PAGES = 50
# Counts of distinct bodies stop here (a line on this many pages is chrome in any case).
MAX_COUNT = 1000
# A recurring line is a line of the source's template after the article (its footer) when
# it stands below the page's longest line (the body's) on this share of its pages at
# least: a share line, a footer heading; never a banner, nor a label between paragraphs
# (an advertisement's, an e-paper's running head), which stand above it on some pages.
AFTER_SHARE = 0.9

# An opening that this many articles hold inside their bodies is a publisher's text (a
# promotion under its articles, one of which may open with it), not one story's start: a
# story's opening is quoted in an article or two.
BOILERPLATE = 3


def threshold(pages: int) -> int:
    """Return on how many distinct bodies a line of a source with `pages` pages must
    recur to count as chrome."""
    return max(MIN_PAGES, min(MAX_PAGES, round(pages * SHARE_PAGES)))


@dataclass
class Evidence:
    """What the cleaner may look up: recurring lines per source, titles and openings."""

    # source -> line key -> distinct bodies it recurs beside (only those >= MIN_PAGES)
    repeated: dict[str, dict[int, int]] = field(default_factory=dict)
    # title key / opening key -> (article id, title) of up to two articles
    titles: dict[int, tuple[tuple[str, str], ...]] = field(default_factory=dict)
    openings: dict[int, tuple[tuple[str, str], ...]] = field(default_factory=dict)
    # source -> how many distinct bodies its pages have
    sizes: dict[str, int] = field(default_factory=dict)
    # the articles that are records of the archive (not a run's cleaned pages); the
    # gatherer's own set, not a copy: an archive's ids take tens of megabytes
    records: Set[str] = frozenset()

    def size(self, source: str) -> int:
        """Return how many pages (distinct bodies) of the source the evidence has seen."""
        return self.sizes.get(source, 0)

    def counted(self, source: str, key: int | None) -> int:
        """Return on how many of the source's pages something keyed `key` stands (0: too
        few, or no key)."""
        counts = self.repeated.get(source)
        return counts.get(key, 0) if counts and key is not None else 0

    def pages(self, source: str, text: str) -> int:
        """Return on how many of the source's pages the line recurs (0: too few)."""
        if len(text) > MAX_LINE_CHARS:
            return 0
        counts = self.repeated.get(source)
        if not counts:
            return 0
        found = [counts.get(k, 0) for k in (line_key(text), template_key(text)) if k is not None]
        return max(found, default=0)

    def framed(self, source: str, text: str) -> int:
        """Return on how many of the source's pages a line stands with this one's first and
        last words (a template with a slot in its middle); 0 when too few."""
        counts = self.repeated.get(source)
        key = frame_key(text) if counts and len(text) <= MAX_LINE_CHARS else None
        return counts.get(key, 0) if counts and key is not None else 0

    def prefixed(self, source: str, text: str) -> int:
        """Return on how many of the source's pages lines open as this one does ("Lesen
        Sie auch: …"); 0 when too few, or the line has no such opening."""
        counts = self.repeated.get(source)
        key = prefix_key(text) if counts else None
        return counts.get(key, 0) if counts and key is not None else 0

    def marked(self, source: str, text: str) -> int:
        """Return on how many of the source's pages lines open with this line's mark
        ("📰 …", "Lesetipp ⟩ …"); 0 when too few, or the line opens with none."""
        counts = self.repeated.get(source)
        key = mark_key(text) if counts and len(text) <= MAX_LINE_CHARS else None
        return counts.get(key, 0) if counts and key is not None else 0

    def after_body(self, source: str, text: str) -> bool:
        """Tell whether a line recurring on the source's pages is of its template's footer:
        below the page's longest line on (nearly) every page it stands on."""
        counts = self.repeated.get(source)
        key = line_key(text) if counts and len(text) <= MAX_LINE_CHARS else None
        if not counts or key is None or not (seen := counts.get(key, 0)):
            return False
        return counts.get(after_key(key), 0) >= AFTER_SHARE * seen

    def credited(self, source: str, text: str) -> int:
        """Return on how many of the source's pages short lines' last sentences open as
        this line's does (a photo credit: "Bildrechte liegen bei …"); 0 when too few."""
        counts = self.repeated.get(source)
        key = credit_key(text) if counts and len(text) <= MAX_LINE_CHARS else None
        return counts.get(key, 0) if counts and key is not None else 0

    def links(self, source: str, lines: list[str]) -> set[str]:
        """Return the tails of lines that end two lines or more of many of the source's
        pages (its read-more link, in whatever wording: index/tails.py)."""
        counts = self.repeated.get(source)
        if not counts:
            return set()
        tails = {link_tail(line, after_sentence=True) for line in lines}
        return {t for t in tails if t and counts.get(tail_key(t) or 0, 0)}

    def titled(self, text: str, own: str) -> tuple[str, str] | None:
        """Return (id, title) of another article whose title the text is, if any."""
        return _other(self.titles.get(text_key(text) or 0, ()), own)

    def opened(self, text: str, own: str) -> tuple[str, str] | None:
        """Return (id, title) of another article whose body starts as the text does."""
        return _other(self.openings.get(opening_key(text) or 0, ()), own)

    def __bool__(self) -> bool:
        return bool(self.repeated or self.titles or self.openings)


def _other(found: tuple[tuple[str, str], ...], own: str) -> tuple[str, str] | None:
    for article in found:
        if article[0] != own:
            return article
    return None


def _add(
    table: dict[int, tuple[tuple[str, str], ...]], key: int | None, item: tuple[str, str]
) -> None:
    """Note an article under a key, two at most (so another than oneself is found)."""
    if key is None:
        return
    known = table.get(key, ())
    if item[0] not in (k[0] for k in known) and len(known) < 2:
        table[key] = (*known, item)


def _count(counts: dict[int, int | set[int]], key: int, body: int) -> None:
    """Note that a key stands beside a body (a body id, or a set once there are two)."""
    known = counts.get(key)
    if known is None:
        counts[key] = body
    elif isinstance(known, int):
        if known != body:
            counts[key] = {known, body}
    elif len(known) < MAX_COUNT:
        known.add(body)


class Gatherer:
    """Collect evidence over the pages and articles of a run (and, loaded from the index,
    of the runs before it: index/evidence_store.py)."""

    def __init__(self) -> None:
        # source -> line key -> a body id, or the set of body ids once there are two
        self.lines: dict[str, dict[int, int | set[int]]] = {}
        self.bodies: dict[str, set[int]] = {}
        # article id -> (title, title key, opening key)
        self.articles: dict[str, tuple[str, int | None, int | None]] = {}
        # page id -> (source, body) its lines were counted under
        self.page_bodies: dict[str, tuple[str, int]] = {}
        # opening key of a lead-sized paragraph inside an article's body (not its first)
        # -> how many articles hold it so (up to BOILERPLATE).
        self.inner: dict[int, int] = {}
        # the articles added as records (their bodies as published, not as cleaned)
        self.records: set[str] = set()

    def add_lines(
        self,
        source: str,
        lines: list[str],
        page_id: str = "",
        under_title: Iterable[int] = (),
        titles: Iterable[str] = (),
        run: Collection[str] = (),
    ) -> None:
        """Count a page's lines for its source, beside its body (its longest line). A page
        read before with another body (edited) no longer counts with the old one.
        under_title: the indexes of the lines between the title (and its byline) and the
        first paragraph, where a caption stands; titles: the page's title as taken without
        the evidence (its lines joined), where a kicker glued to it stands; run: the lines
        counted across the run's sources too, under RUN (index/run_lines.py)."""
        if not lines:
            return
        body = digest(max(lines, key=len))
        if page_id:
            old = self.page_bodies.get(page_id)
            self.page_bodies[page_id] = (source, body)
            if old is not None and old != (source, body):
                self._forget(*old)
        self.bodies.setdefault(source, set()).add(body)
        counts = self.lines.setdefault(source, {})
        top = max(range(len(lines)), key=lambda i: len(lines[i]))
        for i, line in enumerate(lines):
            if len(line) > MAX_LINE_CHARS:
                continue
            keys = (line_key(line), prefix_key(line), template_key(line), mark_key(line))
            slotted = [slot_key(wording) for wording, _ in slots(line)]
            for key in (*keys, frame_key(line), *site_keys(line), *slotted, *label_keys(line)):
                if key is not None:
                    _count(counts, key, body)
            # Where the line stands in the source's template: below the body's longest line.
            if i > top and (key := line_key(line)) is not None:
                _count(counts, after_key(key), body)
        # Credits are counted where a caption stands, under the title: elsewhere a
        # teaser's headline recurring on many pages would look like a credit's label.
        for i in under_title:
            if 0 <= i < len(lines) and (key := credit_key(lines[i])) is not None:
                _count(counts, key, body)
        # How titles open is counted on them alone: in the body a few words before a colon
        # are a sentence's ("Er sagte: ...").
        # And each opening's words, and pages opening two lines so (a label's and a
        # kicker's): index/title_glue.py.
        # And the quotation marks framing them (index/title_frame.py).
        for key in [*glued_counts(titles), *frame_counts(titles)]:
            _count(counts, key, body)
        for tail in page_tails(lines):
            _count(counts, digest("\x00tail " + tail), body)
        run_keys = [key for key in map(text_key, run) if key is not None]
        # And lines next to each other (or with one line between) together: a passage
        # recurs with its neighbours, whatever a page puts between its lines.
        pairs = [*zip(lines, lines[1:], strict=False), *zip(lines, lines[2:], strict=False)]
        run_keys += [pair_key(a, b) for a, b in pairs if a in run and b in run]
        if run_keys:
            # Counted by source: a source's own passage recurring on some of its pages (a
            # promotion, a table of contents) is its articles' text, not another story's.
            site = digest("\x00source " + source)
            run_counts = self.lines.setdefault(RUN, {})
            self.bodies.setdefault(RUN, set()).add(site)
            for key in run_keys:
                _count(run_counts, key, site)

    def _forget(self, source: str, body: int) -> None:
        """Take a body's lines out of the counts (unless another page still has it)."""
        if (source, body) in self.page_bodies.values():
            return
        self.bodies.get(source, set()).discard(body)
        counts = self.lines.get(source, {})
        for key, known in list(counts.items()):
            if known == body:
                del counts[key]
            elif isinstance(known, set) and body in known:
                known.discard(body)
                if len(known) == 1:
                    counts[key] = next(iter(known))

    def add_article(self, article_id: str, title: str, body: str, record: bool = True) -> None:
        """Note an article's title, the start of its body (again: as they are now) and, for
        a record (not a page's cleaned body, which may still hold teasers: a story teased
        on many pages would look like a publisher's text), the starts of its lead-sized
        paragraphs after the first."""
        self.articles[article_id] = (title, text_key(title) if title else None, opening_key(body))
        if not record:
            self.records.discard(article_id)
            return
        if article_id in self.records:
            # Its paragraphs were counted when it was first added: counted again on every
            # run over the same input, a story quoted once would soon read as a
            # publisher's text (and a re-run would spend the time again).
            return
        self.records.add(article_id)
        for paragraph in [p for p in body.split("\n") if p.strip()][1:]:
            if counted(paragraph) and (key := opening_key(paragraph)) is not None:
                self.inner[key] = min(BOILERPLATE, self.inner.get(key, 0) + 1)

    def evidence(self) -> Evidence:
        """Return what was gathered, as the cleaner looks it up."""
        repeated = {}
        for source, counts in self.lines.items():
            # Across sources another story's text stands on pages of two sources at least.
            least = RUN_PAGES if source == RUN else threshold(len(self.bodies[source]))
            found = {
                key: len(bodies)
                for key, bodies in counts.items()
                if not isinstance(bodies, int) and len(bodies) >= least
            }
            if found:
                repeated[source] = found
        titles: dict[int, tuple[tuple[str, str], ...]] = {}
        openings: dict[int, tuple[tuple[str, str], ...]] = {}
        for article_id, (title, title_key, opening) in self.articles.items():
            _add(titles, title_key, (article_id, title))
            if self.inner.get(opening or 0, 0) < BOILERPLATE:
                _add(openings, opening, (article_id, title))
        sizes = {source: len(bodies) for source, bodies in self.bodies.items()}
        return Evidence(repeated, titles, openings, sizes, self.records)
