"""Tell a title split over two lines at its own colon, question mark or dash.

Sites set a long title's two halves on two lines where the title itself breaks: after its
colon ("Berlin brodelt:" / "Tausende auf der Straße"), after its question mark, or before
its dash (the second line opens with "– "). A kicker over the title ends in a colon too
("Nach dem Gipfel:"), but its words do not come back in the body, where the title's do:
the first half is the title's when its words are the body's as much as the second half's,
or when the two halves share a word (one story). A line opening with a dash never starts
a title, so the line over it is the title's first half whatever the body says.
"""

from __future__ import annotations

from index.content_words import content_words
from index.shape import Shape

# Words are compared by this many first letters ("Deutschlands" and "Deutschland" are one).
STEM_CHARS = 5
# A kicker shares at most this many words with the body.
KICKER_SHARED = 1
# The body's words are taken from this many lines under the second half.
BODY_LINES = 10
# Marks the first half of a title split at its own mark ends with.
SPLIT_ENDS = (":", "?")
# The second half has this many words at least (a title's, not a label's) and at most
# HALF_WORDS (longer, it is rather the body's first line).
SECOND_WORDS = 2
HALF_WORDS = 12
# Dashes the second half of a title split before its dash opens with (a space after).
DASHES = ("– ", "— ", "- ")


def stems(text: str, chars: int = STEM_CHARS) -> set[str]:
    """Return the stems of text's content words of `chars` letters or more (their first
    `chars`), compounds split at hyphens."""
    words = content_words(text.replace("-", " "))
    return {w[:chars] for w in words if len(w) >= chars}


def kicker_by_body(above: str, below: str, body: str) -> bool:
    """Tell whether a line over a headline is a kicker rather than the title's first half:
    the two share no word, and the first shares at most KICKER_SHARED words with the body
    and fewer than the headline does."""
    own, under = stems(above), stems(below)
    if own & under:
        return False  # a title and its subheading tell one story: the title is above
    words = stems(body)
    shared = len(own & words)
    return shared <= KICKER_SHARED and len(under & words) > shared


def split_at_mark(lines: list[str], t: int, below: Shape) -> str:
    """Return how title line t goes on onto line t + 1 at the title's own mark ("": it
    does not): the next line opens with a dash, or line t ends with a colon or a question
    mark and is no kicker by the body's words (index/title_wrap.py checks the rest)."""
    above = lines[t]
    if below.text.startswith(DASHES):
        return "the next line goes on after a dash"
    if not above.endswith(SPLIT_ENDS) or not SECOND_WORDS <= below.words <= HALF_WORDS:
        return ""
    if below.text.endswith(":") or below.sentences > 1:
        return ""  # the body's first line, introducing a quotation, or its sentences
    if below.sentences and not below.text.endswith(("?", "!")):
        return ""  # a sentence with more after it: a photo's caption and its credit
    body = " ".join(lines[t + 2 : t + 2 + BODY_LINES])
    if kicker_by_body(above, below.text, body):
        return ""
    if not stems(below.text) & (stems(body) | stems(above)):
        return ""  # no word of the story: a credit's or a label's line, not the title's
    return "the title goes on after its own colon or question mark"
