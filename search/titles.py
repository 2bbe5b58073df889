"""Display titles: what to show for an article that has no title of its own.

Many archives (JSON lines, CSV exports) carry no titles. A list of ids tells a reader
nothing, so an untitled article is shown by the start of its text: its first sentence if
that is short, else about DISPLAY_CHARS characters cut at a word, followed by "…". Views
mark such a title as taken from the text; the article's own `title` stays empty.
"""

from __future__ import annotations

import re

DISPLAY_CHARS = 80
# A first sentence this long still reads as a title (a little over DISPLAY_CHARS).
SENTENCE_CHARS = 100
# A sentence ends at . ! or ? after a word of three or more letters (not "Dr.", "5.",
# "z. B.") and before a space and a capital, a digit or a quote.
SENTENCE_END = re.compile(r"(?<=[^\W\d_]{3}[.!?])\s+(?=[\"'„“‚»«(]?[A-ZÄÖÜ0-9])")
SPACE = re.compile(r"\s+")
# How much of a long body is read for its display title.
HEAD_CHARS = 1000


def display_title(title: str, body: str) -> str:
    """Return the title, or for an untitled article the start of its text ("" if none)."""
    if title.strip():
        return title
    # What follows reads the text's first SENTENCE_CHARS + 3 characters and whether it
    # is longer than SENTENCE_CHARS: the start of a long body decides it (whitespace
    # collapsed in its start is the start of the whole body's, collapsed).
    head = SPACE.sub(" ", body[:HEAD_CHARS]).lstrip()
    text = head if len(body) > HEAD_CHARS and len(head) > SENTENCE_CHARS + 3 else ""
    text = text or SPACE.sub(" ", body).strip()
    if not text:
        return ""
    end = SENTENCE_END.search(text[: SENTENCE_CHARS + 3])
    first = text[: end.start()] if end else text
    if len(first) <= SENTENCE_CHARS:
        return first
    cut = text[: DISPLAY_CHARS + 1]
    if " " in cut:
        cut = cut[: cut.rindex(" ")]
    return cut.rstrip(" ,;:–-") + " …"
