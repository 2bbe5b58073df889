"""Lines of a source's template with a slot: a stamped label, then another's text.

A reader's comment between paragraphs ("Kiebitz77 ◬ vor 21 Std.: „…“"), a quotation
card ("Leserstimme von R. Okonjo (15:09 Uhr) ⟜ …"), a social post ("@name commented 5h
ago ⏣ …") is a label of a few words with a time, a date or a symbol in it, then a
separator, then text of someone else. The label's wording recurs on many pages of the
source while one word of it (the name) and its numbers change, and what follows it
changes on every page. So a label is counted under keys with its numbers folded and each
of its words in turn left out; a body line whose label recurs so on the source's pages,
and whose text after the label shares few words with the rest of the article, is no
paragraph of the article's, unless many of the body's lines stand under such labels (a
live ticker's time stamps). A label of plain words ("Merkel sagte: …") is a sentence's
start, never counted; nor is the article's own first paragraph (a dateline) dropped.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from index.content_words import content_words
from index.stamp_keys import keys_of, split_labels

if TYPE_CHECKING:
    from index.clean import _Page as Page

# The text after the label shares at most this share of its content words with the rest
# of the article's lines: a live ticker's time stamps open the article's own paragraphs,
# which speak of what the rest of it does.
FOREIGN_SHARE = 0.5
# Lines under recurring labels making up this share of the body's lines (two at least)
# are the article's own entries: a live ticker stamps each of its paragraphs.
OWN_SHARE = 1 / 3


def recurring(page: Page, k: int) -> tuple[int, str]:
    """Return on how many of the source's pages one of line k's stamped labels recurs,
    and the text after it (0 and "": none recurs)."""
    best = (0, "")
    if not page.evidence:
        return best
    for label, rest, symbol in split_labels(page.lines[k]):
        keys = keys_of(label, symbol)
        n = max((page.evidence.counted(page.source, key) for key in keys), default=0)
        if n > best[0]:
            best = (n, rest)
    return best


def foreign(page: Page, k: int, text: str, body: list[int]) -> bool:
    """Tell whether text (line k's after its label) speaks of something else than the
    article's other kept lines (at most FOREIGN_SHARE of its content words in them)."""
    words = content_words(text)
    if not words:
        return False
    others = set().union(
        *(content_words(page.lines[j]) for j in body if j != k and not page.is_dropped(j))
    )
    return len(words & others) <= FOREIGN_SHARE * len(words)


def drop_stamped(page: Page, body: list[int]) -> None:
    """Drop the body's lines under a stamped label recurring on the source's pages that
    hold another's text (a reader's comment, a quotation card). Lines so labelled making
    up OWN_SHARE of the body are its own entries (a live ticker's): all stay."""
    if not page.evidence:
        return
    kept = [k for k in body if not page.is_dropped(k)]
    labelled = []
    for k in kept:
        n, text = recurring(page, k)
        if n:
            labelled.append((k, n, text))
    if len(labelled) >= max(2, OWN_SHARE * len(kept)):
        return
    # The body's opening is the article's, under whatever label (a dateline).
    going = [
        (k, n) for k, n, text in labelled if k != page.first_prose and foreign(page, k, text, body)
    ]
    if len(going) >= len(kept):
        return
    for k, n in going:
        page.drop(k, "inline-teaser", f"text under a label seen on {n} pages of this source")
