"""Tell the headlines a page line names, and the footer lines a body line may name."""

from __future__ import annotations

import re

from index import captions, teasers
from index.line_keys import text_key
from index.line_words import count_words
from index.shape import Shape

# Words of a line compared with the footer's: runs of letters (a teaser's headline glued
# to a link number, "[39]Headline", is the same headline; numbers are left out).
LETTERS = re.compile(r"[^\W\d_]+")
# A footer line another line of the body may name has this many words, at least and at
# most (a headline, a short lead).
NAMED_LEAST = 4
NAMED_MOST = 30


def headline_keys(shape: Shape) -> set[int]:
    """Return the keys of the headlines a line could name: itself, without a list's
    bullet or number, after an announcing prefix or a label, before a read-more marker."""
    if shape.words > teasers.TEASER_HEADLINE_WORDS + teasers.PREFIX_WORDS:
        return set()
    if captions.is_credit(shape.text, shape.words) or captions.is_caption(shape.text):
        return set()  # a photo credit recurs under teasers and in the body alike
    text = shape.text
    named = [teasers.announced(shape)[1], teasers.labelled(shape)]
    if teasers.is_headline(shape):
        named += [text, teasers.LIST_OPENING.sub("", text)]
    if shape.end.kind == "marker":
        named.append(shape.end.core)
    found = {text_key(t) for t in named if count_words(t) >= teasers.ANNOUNCED_WORDS}
    return {k for k in found if k is not None}


def teased_keys(shapes: list[Shape]) -> set[int]:
    """Return the keys of the headlines a page's footer lines name (also the headline a
    teaser line opens with)."""
    keys = {key for s in shapes for key in headline_keys(s)}
    heads = {text_key(h) for s in shapes for h in teasers.teaser_heads(s)}
    return keys | {k for k in heads if k is not None}


def letter_words(text: str) -> str:
    """Return the runs of letters of text, case folded, each between spaces."""
    return " " + " ".join(LETTERS.findall(text.casefold())) + " "


def footer_words(lines: list[str], title: str) -> list[str]:
    """Return the page's footer lines of a headline's or a short lead's length as runs of
    letters (letter_words), not the page's own title."""
    own = letter_words(title)
    found = []
    for line in lines:
        text = letter_words(line)
        if NAMED_LEAST <= text.count(" ") - 1 <= NAMED_MOST and text != own:
            found.append(text)
    return found
