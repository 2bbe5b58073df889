"""Drop other stories' briefs among the body's lines: runs of dispatches, slots under a label.

Two layouts of briefs read as prose and stand where the article's paragraphs do:

- A run of dispatches: lines each opening with a place in capitals (and an agency in
  brackets or behind a slash) and a mark, as a news agency opens a story ("BRETTEN (dpa)
  – …"). An article carries such an opening on its first paragraph at most; two lines in
  a row opening so below it are the openings of other stories.
- A slot under a label: a line recurring on many of the source's pages (dropped as such)
  between two paragraphs, over two lines or more of one sentence each that share almost
  no word with the article nor with each other. The label is the template's, the lines
  under it are filled in with other stories on each page; an advertising label over the
  article's own next paragraph shares the label's recurrence but not the foreign text.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from index.content_words import content_words

if TYPE_CHECKING:
    from index.clean import _Page as Page

# A dispatch's opening: a place in capitals (words of three letters or more, joined by a
# hyphen or a space), an agency in brackets or behind a slash, a mark standing apart (no
# colon: an interview's speaker), then the text.
DISPATCH = re.compile(
    r"^[A-ZÄÖÜ]{3,}(?:[- ][A-ZÄÖÜ]{3,})*"
    r"(?:\s*\([^()\n]{1,24}\)|/[\w/]{1,16})?"
    r"\s*[^\w\s\"'„“”«»‚‘’()\[\]:,;]{1,2}\s+\S"
)
# A sentence's end, a closing quotation mark after it at most.
SENTENCE_END = re.compile(r"\w[.!?][\"“”»«’)]?$")
# Dispatches in a row that tell briefs (one alone may be the article's own opening).
DISPATCH_RUN = 2
# A slot's lines: this many under one label at most, each of this many words at most;
# this many at least (one line alone may be the article's own, under an advertising label).
SLOT_LINES = 3
SLOT_BRIEFS = 2
SLOT_WORDS = 60
# A slot's line shares at most this share of its content words with the article.
FOREIGN_SHARE = 0.1
# Content words are compared by their first letters, this many.
STEM = 5
# ... and is judged on this many content words at least.
FOREIGN_MIN_WORDS = 4


def dispatch(line: str) -> bool:
    """Tell whether a line opens as an agency's dispatch does ("BRETTEN (dpa) – …")."""
    return bool(DISPATCH.match(line))


def drop_briefs(page: Page, title: str, body: list[int]) -> None:
    """Drop the runs of dispatches below the body's opening and the foreign lines in a
    slot under a recurring label between paragraphs."""
    kept = [k for k in body if not page.is_dropped(k)]
    _dispatches(page, kept)
    _slots(page, title, body)


def _dispatches(page: Page, kept: list[int]) -> None:
    """Drop runs of DISPATCH_RUN kept lines or more opening as dispatches (the body's
    first prose line aside: the article's own opening)."""
    run: list[int] = []
    for k in [*kept, None]:
        if k is not None and k != page.first_prose and dispatch(page.lines[k]):
            run.append(k)
            continue
        if len(run) >= DISPATCH_RUN and len(run) < len(kept):
            for j in run:
                page.drop(j, "teaser", f"one of {len(run)} dispatches of other stories in a row")
        run = []


def _slots(page: Page, title: str, body: list[int]) -> None:
    """Drop the lines of a slot under a label recurring on the source's pages, between
    two paragraphs, when they are foreign to the article."""
    for pos, k in enumerate(body):
        if page.dropped_for(k) != "repeated" or pos == 0:
            continue
        if not any(not page.is_dropped(j) for j in body[:pos]):
            continue  # over the body: no slot between paragraphs
        under: list[int] = []
        for j in body[pos + 1 : pos + 1 + SLOT_LINES]:
            if page.is_dropped(j):
                break
            under.append(j)
        rest = [j for j in body if not page.is_dropped(j) and j not in under]
        known = _stems(title).union(*(_stems(page.lines[j]) for j in rest))
        slot: list[int] = []
        for j in under:
            # Each brief is foreign to the article and to the briefs beside it.
            beside = set().union(*(_stems(page.lines[i]) for i in under if i != j))
            if not _brief(page, j, known | beside):
                break
            slot.append(j)
        after = body[pos + 1 + len(slot) :]
        # Paragraphs of the article's follow the slot: it stands inside the body.
        if len(slot) < SLOT_BRIEFS or not any(not page.is_dropped(j) for j in after):
            continue
        for j in slot:
            page.drop(j, "teaser", "another story's first sentence under a label of the source's")


def _brief(page: Page, j: int, known: set[str]) -> bool:
    """Tell whether line j is one sentence about something else than the article."""
    shape = page.shapes[j]
    words = _stems(page.lines[j])
    if shape.words > SLOT_WORDS or shape.sentences > 1 or len(words) < FOREIGN_MIN_WORDS:
        return False
    if not SENTENCE_END.search(page.lines[j]):
        return False
    return len(words & known) <= FOREIGN_SHARE * len(words)


def _stems(text: str) -> set[str]:
    """Return the starts of text's content words (STEM letters): a word's inflections and
    compounds opening with it meet ("italienische", "Italien")."""
    return {w[:STEM] for w in content_words(text)}
