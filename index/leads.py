"""Leads of other articles left in the body: whole sentences with no marker after them.

A teaser whose lead is one or two whole sentences reads like a paragraph. Two things give
it away: the archive knows it as the start of another article's body (the evidence of the
run), or the line right above it was dropped as another article's headline and the lead
repeats that headline's words while neither shares its words with the article (a real
paragraph under a wrongly dropped subheading shares the article's words).
"""

from __future__ import annotations

from typing import Protocol

from index.evidence import Evidence
from index.inline import content_words
from index.shape import Shape

# A lead under a dropped headline repeats this many of its words (names, places, topic).
SHARED_WORDS = 3
# Words are compared by this many first letters ("Impfstoffs" and "Impfstoff" are one).
STEM_CHARS = 5
# A lead, and its headline, share at most this share of their words with the article.
ARTICLE_SHARE = 0.2
# Lines dropped as these are another article's headline.
HEADLINE_REASONS = ("inline-teaser", "teaser", "footer-heading")


class Page(Protocol):
    """What the lead detection needs of a page being cleaned (index/clean.py's _Page)."""

    lines: list[str]
    shapes: list[Shape]
    evidence: Evidence
    own: str

    def drop(self, i: int, reason: str, detail: str = "", article: str = "") -> None: ...
    def is_dropped(self, i: int) -> bool: ...
    def dropped_for(self, i: int) -> str: ...


def _stems(text: str) -> set[str]:
    """Return the stems of text's content words (compounds split at hyphens)."""
    return {w[:STEM_CHARS] for w in content_words(text.replace("-", " "))}


def _share(words: set[str], other: set[str]) -> float:
    """Return the share of words that other has (1.0 for no words: nothing to tell)."""
    return len(words & other) / len(words) if words else 1.0


def _headline(page: Page, k: int) -> bool:
    """Tell whether line k stands as another article's headline: dropped as one, or
    dropped by the classifier for looking like one."""
    reason = page.dropped_for(k)
    if reason in HEADLINE_REASONS:
        return True
    return reason == "classifier" and page.shapes[k].headline


def drop_leads(page: Page, title: str, body: list[int]) -> None:
    """Drop the leads of other articles from the body (line indexes in order): lines the
    archive knows as another article's opening (never the body's first), and leads under
    a line dropped as another article's headline."""
    kept = [k for k in body if not page.is_dropped(k)]
    if len(kept) < 2:
        return
    going: dict[int, tuple[str, str]] = {}
    if page.evidence:
        for k in kept[1:]:
            found = page.evidence.opened(page.lines[k], page.own)
            if found and page.shapes[k].prose:
                going[k] = ("starts as another article's body", found[0])
    stems = {k: _stems(page.lines[k]) for k in body}
    for pos in range(1, len(body)):
        k, above = body[pos], body[pos - 1]
        if k in going or page.is_dropped(k) or not page.shapes[k].prose:
            continue
        if not _headline(page, above) or len(stems[k] & stems[above]) < SHARED_WORDS:
            continue
        rest = set().union(_stems(title), *(stems[j] for j in kept if j != k))
        if _share(stems[k], rest) <= ARTICLE_SHARE and _share(stems[above], rest) <= ARTICLE_SHARE:
            going[k] = ("lead under another article's headline", "")
    if len(going) >= len(kept):
        return  # never empty an article
    for k, (detail, article) in going.items():
        page.drop(k, "teaser", detail, article)
