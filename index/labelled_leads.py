"""Other stories' text under the labels and below the closing lines of a source's template.

Two arrangements put another story's text into what reads as the body, both told by the
source's template (lines recurring on nearly all its pages: index/evidence.py) and by
what the lines are about, not by wordings:

- a card between paragraphs: a short label of the template ("Also worth a look", in any
  wording), then a headline no other page of the source has, then a lead's length of
  text; headline and lead share hardly a word with the article's other lines. A
  subheading and its paragraph under an advertising label are the article's: the label
  stands on some of the source's pages only, and they share the article's words.
- a box between paragraphs: a short label of the template, then two headlines or more
  (one may be dropped already as another story's), each kept one sharing hardly a word
  with the article: other stories' headlines, up to the first line that is the
  article's (a subheading sharing its words, a paragraph).
- a tail after the template's closing lines (lines recurring below the body on nearly
  every page: an end mark, a newsletter box): when every line kept below them (two at
  least) shares hardly a word with the article above them, and a headline stands among
  them (one dropped as another story's, or a line of a headline's shape), or they are
  sentences of several stories (each of a lead's length, sharing hardly a word with the
  article nor with each other: briefs, a timeline's rows, other stories' first
  paragraphs), they are other stories' text, not the article going on.
"""

from __future__ import annotations

import re
from typing import Protocol

from index import teasers
from index.content_words import content_words
from index.evidence import Evidence
from index.footer_line import paragraph
from index.other_openings import starts
from index.shape import Shape

# A label over a card has at most this many words.
LABEL_WORDS = 6
# A label over a card, or a closing line over a tail of teasers, stands on this share of
# the source's pages at least: the template's, not an advertisement's label on some.
TEMPLATE_SHARE = 0.8
# Reasons for which a line above a card or a tail of teasers counts as the source's label.
LABEL_REASONS = ("repeated", "chrome", "footer-heading")
# Reasons for which a dropped line is another story's headline, over its lead.
HEADLINE_REASONS = ("inline-teaser", "teaser")
# Lines about other stories kept below the source's closing lines: this many at least.
TAIL_LINES = 2
# A line below the source's closing lines sharing at most this share of its content words
# with the article's kept lines above them is about another story.
FOREIGN_SHARE = 1 / 3
# A box under a label has at most this many headlines, and this many at least (kept
# lines join it up to that many only).
BOX_LINES = 4
BOX_MIN = 2
# A label over a box of headlines stands on this share of the source's pages at least: a
# box is told by its headlines, and no advertisement's label is over two of them.
BOX_SHARE = 0.5
# Another story's sentence below the closing lines shares at most this many content
# words with the article above.
STORY_SHARED = 1
# Another story's sentence below the closing lines has this many words at least.
STORY_WORDS = 5
# A single line below the closing lines is a paragraph of briefs with this many
# sentences at least.
BRIEF_SENTENCES = 3
# Where one story's sentence ends and the next one's starts (a capital or a quotation).
SENTENCE_BREAK = re.compile(r"(?<=[.!?“”\"])\s+(?=[„“\"«A-ZÄÖÜ])")


class Page(Protocol):
    """The page being cleaned, as this module sees it."""

    lines: list[str]
    shapes: list[Shape]
    heading: str
    evidence: Evidence
    source: str

    def is_dropped(self, i: int) -> bool: ...
    def dropped_for(self, i: int) -> str: ...
    def drop(self, i: int, reason: str, detail: str = "", article: str = "") -> None: ...
    def pages(self, i: int) -> int: ...


def drop_labelled(page: Page, body: list[int]) -> None:
    """Drop the cards under the source's labels and the tail of teasers after the body."""
    _cards(page, body)
    _boxes(page, body)
    _tail(page, body)


def _cards(page: Page, body: list[int]) -> None:
    """Drop a headline and its lead standing right under a label of the source's."""
    for pos in range(1, len(body) - 2):
        label, head, lead = body[pos : pos + 3]
        if not any(paragraph(page.shapes[k]) for k in body[:pos] if not page.is_dropped(k)):
            continue  # between paragraphs only: under the title stands the article's opening
        n = page.pages(label)
        if not _template(page, label) or page.is_dropped(lead):
            continue
        hs = page.shapes[head]
        if page.is_dropped(head) and page.dropped_for(head) not in HEADLINE_REASONS:
            continue
        if page.pages(head) or paragraph(hs) or not teasers.is_headline(hs):
            continue
        if page.lines[head] == page.heading or not _lead(page, body, head, lead):
            continue
        why = f"under a label seen on {n} pages of this source, over another story's lead"
        page.drop(head, "inline-teaser", f"headline {why}")  # unless dropped already
        page.drop(lead, "teaser", "lead of a headline under a label of this source")


def _boxes(page: Page, body: list[int]) -> None:
    """Drop the headlines standing right under a label of the source's between
    paragraphs, two or more of them, each kept one about another story."""
    for pos, label in enumerate(body):
        if not _template(page, label, BOX_SHARE) or page.lines[label].rstrip()[-1] in ".!?":
            continue  # a call or a sentence ("… jetzt abstimmen!"), no box's heading
        if not any(paragraph(page.shapes[k]) for k in body[:pos] if not page.is_dropped(k)):
            continue  # between paragraphs only
        above = next((k for k in reversed(body[:pos]) if not page.is_dropped(k)), None)
        listed = teasers.list_opening(page.lines[above]) if above is not None else ""
        run: list[int] = []
        for k in body[pos + 1 : pos + 1 + BOX_LINES]:
            if page.is_dropped(k):
                if page.dropped_for(k) not in HEADLINE_REASONS:
                    break
                run.append(k)
                continue
            if len(run) >= BOX_MIN:
                break  # the box holds two headlines: what follows may be the article's list
            shape = page.shapes[k]
            if paragraph(shape) or shape.prose or not teasers.is_headline(shape) or page.pages(k):
                break
            if shape.text.endswith(":"):
                break  # introducing what follows (a quotation): the article's
            if listed and teasers.list_opening(page.lines[k]) == listed:
                break  # the article's list going on under an advertisement's label
            mine = content_words(page.lines[k])
            rest = [j for j in body if j != k and j not in run and not page.is_dropped(j)]
            after = next((j for j in rest if j > k), None)
            if after is not None and mine & content_words(page.lines[after]):
                break  # a subheading over the paragraph it heads: the box ended above
            if page.lines[k] == page.heading or not _foreign(page, mine, rest):
                break  # the article's own subheading: the box ends over it
            run.append(k)
        kept = [k for k in run if not page.is_dropped(k)]
        if len(run) < BOX_MIN or not kept:
            continue
        why = f"headline in a box under a label seen on {page.pages(label)} pages of this source"
        for k in kept:
            page.drop(k, "inline-teaser", why)


def _lead(page: Page, body: list[int], head: int, lead: int) -> bool:
    """Tell whether a line under a headline is its lead: one that breaks off, or one
    shorter than a paragraph (cut where a sentence ends), that, with the headline, is
    about another story than the article's other kept lines (a subheading and its
    paragraph under an advertising label are the article's)."""
    shape = page.shapes[lead]
    if shape.words < teasers.LEAD_WORDS or shape.text.endswith(":") or shape.text[0].islower():
        return False  # a label, or a paragraph going on from the line above
    if paragraph(shape) and not teasers.is_lead(shape):
        return False  # a whole paragraph: the article's, under a box's heading
    if page.is_dropped(head) and not teasers.is_lead(shape):
        return False  # under a pointer dropped already the body goes on
    rest = [k for k in body if k not in (head, lead) and not page.is_dropped(k)]
    mine = content_words(f"{page.lines[head]} {page.lines[lead]}")
    return _foreign(page, mine, rest)


def _foreign(page: Page, mine: set[str], kept: list[int]) -> bool:
    """Tell whether content words are about another story than the kept lines and the
    title: at most FOREIGN_SHARE of them come back there."""
    words = set().union(*(content_words(page.lines[k]) for k in kept), content_words(page.heading))
    return bool(mine) and len(mine & words) <= FOREIGN_SHARE * len(mine)


def _template(page: Page, k: int, share: float = TEMPLATE_SHARE) -> bool:
    """Tell whether line k is a short label of words of the source's template: dropped as
    such, standing on nearly all of the source's pages."""
    s = page.shapes[k]
    if page.dropped_for(k) not in LABEL_REASONS or s.words > LABEL_WORDS or s.prose:
        return False
    if any(char.isdigit() for char in s.text):
        return False  # a time stamp over a live ticker's entry, the article's own
    n = page.pages(k)
    return n > 0 and n >= share * page.evidence.size(page.source)


def _tail(page: Page, body: list[int]) -> None:
    """Drop the kept lines below the source's closing lines when every one of them (two
    at least) is about another story and a headline stands among them, or they are
    sentences of several stories: a list of teasers, not the article going on."""
    for end, k in enumerate(body):
        if not _closing(page, k):
            continue
        kept = [j for j in body[:end] if not page.is_dropped(j)]
        below = [j for j in body[end + 1 :] if not page.is_dropped(j)]
        if not any(paragraph(page.shapes[j]) for j in kept):
            continue  # above the body (a toolbar under the title, again at the end)
        # A line above opening as one below does is another story shown twice, not the
        # article's (dropped after by index/other_openings.py).
        told = set().union(*(starts(page.lines[j], anywhere=True) for j in below))
        kept = [j for j in kept if not starts(page.lines[j]) & told]
        stories = _stories(page, below, kept)
        if len(below) < TAIL_LINES and not stories:
            return
        if not (stories or _headlines(page, body[end + 1 :])):
            return
        if all(_foreign(page, content_words(page.lines[j]), kept) for j in below):
            for j in below:
                page.drop(j, "teaser", "about another story, below the source's closing lines")
            return


def _headlines(page: Page, lines: list[int]) -> bool:
    """Tell whether lines hold a headline: one dropped as another story's, or a line of a
    headline's shape (sentences alone may be the article's, however they read)."""
    for k in lines:
        shape = page.shapes[k]
        if page.dropped_for(k) in HEADLINE_REASONS:
            return True
        if not page.is_dropped(k) and teasers.is_headline(shape) and not shape.prose:
            return True
    return False


def _stories(page: Page, lines: list[int], kept: list[int]) -> bool:
    """Tell whether lines are sentences of two stories or more: each of a lead's length at
    most, sharing hardly a word with the others (the lines, or the sentences of a single
    line: a paragraph of briefs) and at most a word or a fifth of its words with the
    article's kept lines and title."""
    texts = [page.lines[k] for k in lines]
    if len(texts) == 1:
        texts = SENTENCE_BREAK.split(texts[0])
        if len(texts) < BRIEF_SENTENCES:
            return False
    if len(texts) < TAIL_LINES:
        return False
    words = [content_words(text) for text in texts]
    article = set().union(*(content_words(page.lines[k]) for k in kept))
    article |= content_words(page.heading)
    for i, (text, mine) in enumerate(zip(texts, words, strict=True)):
        n = len(text.split())
        if n < STORY_WORDS or n > teasers.MAX_LEAD_WORDS or not mine:
            return False
        if len(mine & article) > STORY_SHARED:
            return False
        others = set().union(*(w for j, w in enumerate(words) if j != i))
        if len(mine & others) > FOREIGN_SHARE * len(mine):
            return False
    return True


def _closing(page: Page, k: int) -> bool:
    """Tell whether line k is a line of the source's template after the article: dropped
    as recurring, below the body on (nearly) every page it stands on."""
    return _template(page, k) and page.evidence.after_body(page.source, page.lines[k])
