"""Drop the body's lines that open as another article of the archive opens.

An aggregator sets other stories' first sentences among an article's paragraphs with no
label or headline (alone between two paragraphs, joined into a news-in-brief paragraph,
after a date in a timeline, behind a label). Neither shape nor topic tells such a
sentence from a short paragraph of the article; the archive does: another article's body
starts with it. Only the archive's records count (index/evidence.py), their bodies as
published: a run's page cleaned may open with a publisher's introduction other articles
hold too; and no opening many records hold inside their bodies (a publisher's promotion).

The page itself tells the same where it shows another story twice (its first sentence
between two paragraphs, and again among the teasers dropped below the body): a kept line
opening as a text the page dropped as another story's opens goes too, without the archive.

The page's own story never counts against it: its own id, an article under its title (the
same story kept under another name), its body's opening, a line sharing words with its
title. A page most of whose paragraphs stand on other pages too is a copy
(index/run_lines.py): it stays whole.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from index import teasers
from index.content_words import content_words
from index.line_keys import opening_key, text_key
from index.line_words import count_words
from index.pieces import pieces

if TYPE_CHECKING:
    from index.clean import _Page as Page

# Words a line may have before the other story's text starts (a date, a photo credit, a
# label): more, and the other story's sentence is quoted inside the page's own prose.
PREFIX_WORDS = 6
# A line sharing this many content words with the page's title is about its subject.
TITLE_WORDS = 2


def drop_other_openings(page: Page, body: list[int]) -> None:
    """Drop the body's kept lines that start as another article's body starts (after a
    short prefix at most)."""
    evidence = page.evidence
    if not evidence or not evidence.openings or page.copied:
        return
    for k in body:
        if page.is_dropped(k) or k == page.first_prose:
            continue
        line = page.lines[k]
        # A line introducing what follows (a quotation's speaker), or holding a link
        # address (a channel's, a shop's), is the page's own, whatever article opens so.
        if line.rstrip().endswith(":") or teasers.URL.search(line) or _on_title(page, line):
            continue
        found = _other_story(page, line)
        if found is not None:
            article, why = found
            page.drop(k, "teaser", why, article)


# Reasons for which a dropped line holds another story's text (a pointer dropped between
# paragraphs may be the article's own subheading quoting it).
STORY_REASONS = ("teaser", "footer")


def drop_echoes(page: Page, body: list[int]) -> None:
    """Drop the body's kept lines that open as a text the page dropped as another
    story's opens (after a short prefix at most, on either line)."""
    if page.copied:
        return
    # Under the title a standfirst repeats the body's opening: only lines dropped below the
    # body's first kept line tell another story's text.
    first = min((k for k in body if not page.is_dropped(k)), default=-1)
    told: dict[int, int] = {}
    for k, found in page.dropped.items():
        if found.reason in STORY_REASONS and k > first:
            for key in starts(page.lines[k], anywhere=True):
                told.setdefault(key, k)
    if not told:
        return
    # The body's opening is the article's, however a pull quote below repeats it.
    for k in body:
        if page.is_dropped(k) or k in (page.first_prose, first) or k < page.first_prose:
            continue
        line = page.lines[k]
        if line.rstrip().endswith(":") or teasers.URL.search(line) or _on_title(page, line):
            continue
        if any(told.get(key, k) != k for key in starts(line)):
            page.drop(k, "teaser", "opens as another story's text dropped on this page")


def starts(line: str, anywhere: bool = False) -> set[int]:
    """Return the opening keys of a line and of the pieces of it starting near its start
    (anywhere: of all its pieces, the sentences of a paragraph of briefs)."""
    return set(_start_keys(line, anywhere))


def _start_keys(line: str, anywhere: bool = False) -> list[int]:
    """Return starts() in the order of the line's pieces, the whole line first."""
    texts = [line] + [p for p in pieces(line) if anywhere or _near_start(line, p)]
    return [key for text in texts if (key := opening_key(text)) is not None]


def _other_story(page: Page, line: str) -> tuple[str, str] | None:
    """Return (article id, why) when the line opens as another article does."""
    for key in _start_keys(line):
        for article, title in page.evidence.openings.get(key, ()):
            if article in page.evidence.records and not _own(page, article, title):
                return article, f"opens as article {article} does"
    return None


def _on_title(page: Page, line: str) -> bool:
    """Tell whether a line shares TITLE_WORDS content words with the page's title: about
    the article's own subject (a book it reviews, a story it follows up), whatever other
    article opens as it does."""
    return len(content_words(line) & content_words(page.heading)) >= TITLE_WORDS


def _near_start(line: str, piece: str) -> bool:
    """Tell whether a piece of a line starts after PREFIX_WORDS words of it at most."""
    at = line.find(piece)
    return at >= 0 and count_words(line[:at]) <= PREFIX_WORDS


def _own(page: Page, article: str, title: str) -> bool:
    """Tell whether an article the evidence names is the page's own story."""
    return article == page.own or (bool(title) and text_key(title) == text_key(page.heading))
