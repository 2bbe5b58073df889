"""Tell a title wrapped over two lines with nothing after it (no site's name to go by).

A long title hard-wrapped by the page breaks off mid-phrase: the first line ends with a
comma or a dash, or with a quotation still open, or the second line goes on in lower
case ("om meningsmåling: ..."); a short word in lower case at the end ("der", "aus") is
no sign, a German verb's particle ends a phrase so. The head ends under the second line:
a date or author line, the
first paragraph, a caption, or a line the source's pages repeat. A kicker line over the
title ("Kritik wächst") ends a phrase, and a title's subheading stands apart from it, so
neither is read as the title's start. A title split where it breaks itself (at its colon,
question mark or dash) is told by index/title_split.py.
"""

from __future__ import annotations

from typing import Protocol

from index import captions, chrome
from index.evidence import Evidence
from index.footer_line import paragraph
from index.shape import Shape
from index.title_glue import glued_on
from index.title_line import unmarked
from index.title_split import split_at_mark, stems

# The two lines together have at most this many words (a title, not a paragraph).
WRAPPED_TITLE_WORDS = 30
SENTENCE_MARKS = (".", "!", "?", "…")
WRAP_SLACK = 6
# A line of this many words is no part of a title's head (a standfirst, the body).
LONG_WORDS = 15


class Page(Protocol):
    """The page being cleaned, as this module sees it."""

    lines: list[str]
    shapes: list[Shape]
    evidence: Evidence
    source: str

    def pages(self, i: int) -> int: ...
    def credited(self, i: int) -> bool: ...


def _open_quote(text: str) -> bool:
    """Tell whether a quotation opened on the line is not closed on it."""
    if text.count('"') % 2 or text.count("«") != text.count("»"):
        return True
    return text.count("„") > text.count("“")


def breaks_off(above: str, below: Shape) -> str:
    """Return how a line breaks off mid-phrase into the line below ("": it does not)."""
    if above.endswith(SENTENCE_MARKS) or above.endswith(":"):
        return ""
    if above.endswith((",", "-", "–")):
        return "it ends with a comma or a dash"
    if _open_quote(above):
        return "a quotation is left open"
    if below.continues or below.text[:1].islower():
        return "the next line goes on in lower case"
    return ""


def _copy(above: str, below: str) -> bool:
    """Tell whether the line below is the title again in lower case: it holds the line
    above (or is held by it), or, written in lower case only, the most of its words."""
    a, b = above.casefold(), below.casefold()
    if b in a or a in b:
        return True
    if below != b:
        return False
    mine, theirs = a.split(), set(b.split())
    return 2 * sum(w in theirs for w in mine) > len(mine)


def _head_ends(page: Page, k: int) -> bool:
    """Tell whether the page's head ends before line k: a date or author line, the first
    paragraph or a long line, a caption, a line the source's pages repeat, or the page's
    end."""
    if k >= len(page.lines):
        return True
    s = page.shapes[k]
    if s.dateline or paragraph(s) or s.prose or page.pages(k) or s.words >= LONG_WORDS:
        return True
    return captions.is_caption(s.text) or page.credited(k)


def _goes_on(page: Page, t: int, k: int) -> bool:
    """Tell whether line k may hold more of the title on line t (the line before it):
    headline-like text of the page's own, not a caption, date line or recurring line,
    not the title again, and the lines from t to k together short as a title is."""
    above, below = page.shapes[k - 1], page.shapes[k]
    if above.prose or below.prose or below.dateline or page.pages(k) or page.pages(k - 1):
        return False
    if captions.is_caption(below.text) or page.credited(k) or chrome.banner(below):
        return False  # a caption, a breadcrumb or menu, a notice: not the title's end
    if page.evidence and page.evidence.framed(page.source, below.text):
        return False  # a template's line (a date line's words around its numbers)
    words = sum(page.shapes[i].words for i in range(t, k + 1))
    if words > WRAPPED_TITLE_WORDS or below.text.startswith(("<", "#")):
        return False
    return not _copy(page.shapes[t].text, below.text)  # the title again, in lower case


def wrapped_span(page: Page, t: int) -> tuple[int, str]:
    """Return over how many lines under it title line t goes on (0: none, 1 or 2) and
    why: each line breaks off mid-phrase into the next (or the first holds a kicker glued
    to the title's start, as the source's title lines open), and the head ends under the
    last."""
    if t + 1 >= len(page.lines) or not _goes_on(page, t, t + 1):
        return 0, ""
    above = page.shapes[t]
    head = page.lines[:t] + page.lines[t + 2 : t + 6]
    below = page.shapes[t + 1]
    # A sentence's end with more going on after it is the body's opening, not the title's.
    going_on = below.sentences > 1 or (below.sentences and not below.text.endswith(SENTENCE_MARKS))
    # A photo's credit is no title's start, whatever label it opens with ("Foto ⸗ …" on
    # every page, as a site's name may open titles).
    if (
        not going_on
        and not _credit(page, t)
        and glued_on(unmarked(above.text), page.evidence, page.source, whole=False, head=head)
    ):
        # A kicker glued to a title's start, as the source's title lines open: the line is
        # no kicker line over the title, the title goes on below.
        why = "a kicker glued to the title's start, as on the source's title lines"
    else:
        # Or it breaks where the title itself does: at its colon, question mark or dash.
        why = breaks_off(above.text, below) or split_at_mark(page.lines, t, below)
    if not why:
        return 0, ""
    if _head_ends(page, t + 2):
        return 1, why
    # A long title wrapped over three lines: the second breaks off into the third too.
    if t + 2 < len(page.lines) and _goes_on(page, t, t + 2) and _head_ends(page, t + 3):
        if breaks_off(page.lines[t + 1], page.shapes[t + 2]):
            return 2, why
    return 0, ""


def _credit(page: Page, t: int) -> bool:
    """Tell whether line t is a photo's credit: worded as the source's credits are, and
    none of its words the body's (a title's first line shares them)."""
    if not page.credited(t):
        return False
    return not stems(page.lines[t]) & stems(" ".join(page.lines[t + 2 : t + 12]))


def wrapped_below(page: Page, t: int) -> str:
    """Return why title line t goes on onto the next line ("": it does not)."""
    return wrapped_span(page, t)[1]
