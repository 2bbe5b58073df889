"""A site's read-more link in any wording: the tail its pages end several lines with.

A teaser block's leads all end alike, in the site's link ("⸳⸱⸳", "[ … ]", "▷▷"), after text
cut mid-sentence or after a whole sentence. One page with two such lines proves little
(an article may end two paragraphs in "(…)"), but a tail ending two lines or more of
many pages of one source (index/evidence.py counts the pages) is the site's link, however
it is worded; the lines ending in it are leads (index/shape.py: a marker).
"""

from __future__ import annotations

import re
from collections import Counter

from index.line_ending import CLOSED_END
from index.line_words import count_words
from index.shape import Shape, page_shapes

# A run of up to three symbols standing apart at a line's end, or a short group in
# square or round brackets.
LINK_TAIL = re.compile(
    r"\s((?:[^\w\s]{1,4})(?:\s[^\w\s]{1,4}){0,2}|\[[^\[\]]{1,30}\]|\([^()]{1,30}\))$"
)
# A link in brackets says a few words at most ("[lies weiter]").
LINK_TAIL_WORDS = 3
# Only a lead ends in the link: the text before it is longer than headlines are (a
# headline ending in "(Video)" names what the story is, and so do many on a page).
LEAD_CHARS = 100
# A tail counts for a page when it ends this many of its lines.
PAGE_LINES = 2
# Endings a source's link tail explains: text that seems to end (or to end cut at a
# word); a marker or an ellipsis the line's own shape found is left as it is.
UNEXPLAINED = ("closed", "open", "ellipsis")


def link_tail(line: str, after_sentence: bool = False) -> str:
    """Return the tail a lead ends with that may be a site's read-more link ("": none).
    Round brackets after a whole sentence are the writer's remark ("(Beifall)"), unless
    after_sentence: looking up a tail the source's pages already proved its link (a lead
    cut after a full stop ends in it too: "… die Ärztin Dr. (ganzer Text)")."""
    m = LINK_TAIL.search(line)
    if m is None:
        return ""
    tail, before = m.group(1), line[: m.start()]
    if count_words(tail) > LINK_TAIL_WORDS or len(before) < LEAD_CHARS:
        return ""
    if tail.startswith("(") and CLOSED_END.search(before) and not after_sentence:
        return ""
    return tail


def page_tails(lines: list[str]) -> set[str]:
    """Return the tails ending PAGE_LINES lines or more of a page."""
    counts = Counter(t for line in lines if (t := link_tail(line)))
    return {t for t, n in counts.items() if n >= PAGE_LINES}


def linked_shapes(lines: list[str], links: set[str]) -> list[Shape]:
    """Return the shapes of a page's lines, a line ending in one of links (the tails the
    source's pages end their leads with) told so, when its ending is not explained
    otherwise (a marker or an ellipsis the line's own shape found stays)."""
    shapes = page_shapes(lines)
    if not links:
        return shapes
    for i, line in enumerate(lines):
        if shapes[i].link or shapes[i].end.kind not in UNEXPLAINED:
            continue
        if link_tail(line, after_sentence=True) in links:
            shapes[i] = Shape(line, link_tail(line, after_sentence=True))
    return shapes
