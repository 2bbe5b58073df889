"""Find the title a line of the page's head shows cut short.

A browser tab, a breadcrumb's last crumb, a share preview show the title's start only,
cut off with an ellipsis ("Neue Brücke für die Alt… – Rheinblatt", "Start › Stadt ›
Neue Brücke für…"). The cut-off start opens one other line of the head, a longer one:
that line is the title, the cut one a copy of it, wherever the two stand (a standfirst
or other stories' headlines may stand between them). A cut-off text opening no other
line, or two, tells nothing.
"""

from __future__ import annotations

import re

from index.line_words import count_words
from index.shape import SEPARATOR

# An ellipsis closing a part of a line, in any of its glyphs (on the line or at its
# middle, two dots or three), bracketed or not: the text before it is cut off.
CUT = re.compile(r"\s*[\[(]?(?:…|⋯|‥|\.\.\.)[\])]?(?=\s|$)")
SOFT_HYPHEN = "\u00ad"
# The title goes on after its cut-off start with a word at least (not the same text
# cut off again: another story's headline shown twice with its ellipsis).
WORD = re.compile(r"\w")
# The cut-off start has this many words, or this many characters, at least.
CUT_WORDS = 3
CUT_CHARS = 16
# The line it opens is a title's, not a paragraph's: at most this many words.
TITLE_WORDS = 30


def cut_starts(line: str) -> list[str]:
    """Return the starts of texts the line shows cut off with an ellipsis (none: it shows
    nothing cut off): from the line's start, or from a separator's end (the site's name or
    a breadcrumb before it), to an ellipsis closing the line or standing before a
    separator (the site's name after it)."""
    line = line.replace(SOFT_HYPHEN, "")
    seps = list(SEPARATOR.finditer(line))
    found = []
    for m in CUT.finditer(line):
        if m.end() < len(line) and not any(sep.start() == m.end() for sep in seps):
            continue  # an ellipsis inside a sentence going on
        for at in [0, *(sep.end() for sep in seps if sep.end() <= m.start())]:
            start = line[at : m.start()].strip()
            if count_words(start) >= CUT_WORDS or len(start) >= CUT_CHARS:
                found.append(start)
    return found


def cut_copy(
    lines: list[str], limit: int, prose: set[int], headlines: set[int]
) -> tuple[int, int] | None:
    """Return (the title line, the line showing it cut short) among the first `limit`
    lines (None: no line over the first paragraph shows a cut-off start that opens
    exactly one other line); prose: the paragraphs among them, which may open as the
    title does but hold none; headlines: the lines shaped as a headline is (a teaser's
    lead with its marker opens as the cut-off lead of its copy in the footer does)."""
    n = min(limit, len(lines))
    lines = [line.replace(SOFT_HYPHEN, "") for line in lines[:n]]
    # The cut line stands in the head: over the first paragraph (a teaser's lead cut
    # off after the body is another story's, not the title's copy).
    head = min(prose, default=n)
    for i in range(head):
        for start in (s.casefold() for s in cut_starts(lines[i])):
            found = [
                k
                for k in range(n)
                if k != i
                and k not in prose
                and k in headlines
                and lines[k].casefold().startswith(start)
                and WORD.search(lines[k].casefold()[len(start) :])
                and count_words(lines[k]) <= TITLE_WORDS
            ]
            # A longer cut of the title (a breadcrumb's beside a tab's) opens as the
            # title does too: it is a copy, not the title.
            whole = [k for k in found if not _cut_of(lines[k], [lines[m] for m in found if m != k])]
            if len(whole) == 1:
                return whole[0], i
    return None


def _cut_of(line: str, others: list[str]) -> bool:
    """Tell whether the line shows the start of one of the others cut off."""
    starts = [s.casefold() for s in cut_starts(line)]
    return any(len(o) > len(s) and o.casefold().startswith(s) for s in starts for o in others)
