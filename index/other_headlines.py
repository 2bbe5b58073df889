"""Tell another article's headline standing before a page's title from the title.

A page's top may hold a headline that is not the page's: a breaking-news ticker, a
"trending" line, a teaser naming another story. The title is the line of the page's
story, so its words come back in the body; another story's headline shares fewer of them
(or none), and the archive may know it: the source's pages open lines with the same label
("Eilmeldung: …"), or it is the title of another article.
"""

from __future__ import annotations

from typing import Protocol

from index import captions, chrome, teasers, title_split
from index.evidence import Evidence
from index.footer_line import paragraph
from index.line_words import count_words
from index.shape import Shape

# A headline-like line before the body is weighed as another article's headline when it
# has this many content words, against a line at most TITLE_BELOW lines further down with
# FOREIGN_HEADLINE_WORDS at least (and sharing no word with the body, a line of that many
# is another story's); the body's words are those of the longer lines (BODY_LINE_WORDS
# words or more, hard-wrapped ones too) among the BODY_LINES lines below that one.
OTHER_HEADLINE_WORDS = 2
FOREIGN_HEADLINE_WORDS = 3
TITLE_BELOW = 4
BODY_LINES = 12
BODY_LINE_WORDS = 8
# A head title holds the title and at most this many words more (a site's name, a label).
AROUND_WORDS = 4
# A line of headlines sharing this many words with the line below tells the same story.
SAME_STORY_WORDS = 3
# A line before the title opening with a label or mark that opens lines on this share of
# the source's pages at least is a slot of its template (a ticker), not a title.
SLOT_SHARE = 0.5
# Unless this share of its words at least come back in the body, and SLOT_OUTWEIGHS
# times the share of the line's below (the page's title behind a badge the site's pages
# open with, not a ticker's other story sharing a few of the story's words).
SLOT_OWN = 0.5
SLOT_OUTWEIGHS = 2
# Words are compared by this many first letters.
STEM_CHARS = 4


class Page(Protocol):
    """The page being cleaned, as this module sees it."""

    lines: list[str]
    shapes: list[Shape]
    evidence: Evidence
    own: str
    source: str

    def pages(self, i: int) -> int: ...
    def labelled(self, i: int) -> int: ...
    def marked(self, i: int) -> int: ...
    def credited(self, i: int) -> bool: ...


def stems(text: str) -> set[str]:
    """Return the content words of text cut to their first letters, compounds split at
    hyphens: a headline and its article's body share words so ("Impfung", "Impfstoff";
    "Corona", "Corona-Pandemie")."""
    return title_split.stems(text, STEM_CHARS)


def other_headline(page: Page, j: int, limit: int) -> str:
    """Return why headline-like line j before the body is another article's headline
    rather than the title ("" if it may be the title): the line right below it (or below
    chrome only) could be the title, tells another story (no shared word) and shares words
    with the body, where line j shares none; or fewer, while line j opens with a label
    the source's pages open lines with, or names another article of the archive."""
    s = page.shapes[j]
    own = stems(s.text)
    if not s.headline or s.prose or len(own) < OTHER_HEADLINE_WORDS:
        return ""
    later = _title_below(page, j, limit)
    if later is None:
        return ""
    k, below = later
    if own & stems(page.lines[k]):
        return ""  # the same story's title and subheading
    mine = len(own & _body_words(page, k)) / len(own)
    if mine == 0 and len(own) >= FOREIGN_HEADLINE_WORDS:
        return "shares no word with the article, a headline below does"
    if mine >= below:
        return ""
    if page.labelled(j):
        return f"opens as lines on {page.labelled(j)} pages of this source do"
    named = names(page, j)
    return f"another article's headline ({named})" if named else ""


def slot_line(page: Page, j: int, limit: int) -> str:
    """Return why line j before the body is a slot of the source's template rather than the
    title ("" if it may be the title): it opens with a label or a mark that opens lines
    on half of the source's pages or more ("+++ EIL: …", "Trending ▸ …": a ticker naming
    another story), and a line right below it (or below chrome only) could be the title."""
    size = page.evidence.size(page.source) if page.evidence else 0
    opened = max(page.labelled(j), page.marked(j))
    if not size or opened < SLOT_SHARE * size or page.pages(j):
        return ""
    own = stems(page.lines[j])
    below = _title_below(page, j, limit)
    if below is None:
        # Neither it nor a headline below shares a word with the body (a short story):
        # the line of the page's own is the title, not the template's slot.
        below = _title_below(page, j, limit, OTHER_HEADLINE_WORDS, unshared=True)
        if below is None or (own and own & _body_words(page, below[0])):
            return ""
        if page.evidence.framed(page.source, page.lines[below[0]]):
            return ""  # the template's line too (a date line): the slot holds the title
    if own and len(own & _body_words(page, below[0])) / len(own) >= max(
        SLOT_OWN, SLOT_OUTWEIGHS * below[1]
    ):
        return ""  # its words are the story's far more than the line's below: a badge's title
    return f"opens as lines on {opened} of the source's {size} pages do (the site's ticker)"


def title_around(page: Page, j: int, limit: int) -> str:
    """Return why line j before the body is a banner made of a later line, the title,
    with a few words around it (the page's head title "Site | Title", a sticky "Reading:
    Title"), or of headlines listed on one line over the title ("" if neither)."""
    text = page.lines[j].casefold()
    for k in range(j + 1, limit):
        s = page.shapes[k]
        kind = chrome.banner(s)
        # Prose is the body's (a notice's, if the evidence or its words say so).
        chromy = kind not in ("", "notice") or page.pages(k) or teasers.headline_row(s)
        if (paragraph(s) or s.prose) and not (chromy or (kind and not paragraph(s))):
            break  # the body: the title stands above it
        inner = page.lines[k].casefold()
        if s.words < OTHER_HEADLINE_WORDS or len(inner) >= len(text):
            continue
        if text.startswith(inner) or text.endswith(inner):
            rest = text[len(inner) :] if text.startswith(inner) else text[: -len(inner)]
            if 1 <= count_words(rest) <= min(AROUND_WORDS, s.words - 1):
                return "the title with the site's name or a label around it"
    s = page.shapes[j]
    below = _title_below(page, j, limit) if teasers.headline_row(s) else None
    own = stems(s.text)
    if below is None or not own or len(own & stems(page.lines[below[0]])) >= SAME_STORY_WORDS:
        return ""  # the same story's title and subheading
    if len(own & _body_words(page, below[0])) / len(own) < below[1]:
        return "headlines of other articles listed on one line"
    return ""


def _title_below(
    page: Page, j: int, limit: int, least: int = FOREIGN_HEADLINE_WORDS, unshared: bool = False
) -> tuple[int, float] | None:
    """Return the line right below line j, or below chrome only, that could be the title
    (`least` content words at least) and shares words with the body (or none, if
    unshared), with the share of its words that do (None: no such line, or other text
    first: a caption, the body)."""
    for k in range(j + 1, min(limit, j + 1 + TITLE_BELOW)):
        s = page.shapes[k]
        kind = chrome.banner(s)
        if page.pages(k) or kind not in ("", "notice") or s.words < OTHER_HEADLINE_WORDS:
            continue  # chrome ("notice" is prose: the body)
        if s.prose or not s.headline or captions.is_caption(s.text) or s.continues:
            return None
        if page.credited(k):
            return None  # a caption, credited as on the source's other pages
        if k + 1 < len(page.lines) and page.shapes[k + 1].continues:
            return None  # a hard-wrapped paragraph's first line
        own = stems(s.text)
        if len(own) < least or names(page, k):
            return None
        share = len(own & _body_words(page, k)) / len(own)
        return (k, share) if share > 0 or unshared else None
    return None


def _body_words(page: Page, k: int) -> set[str]:
    """Return the words of the longer lines below line k (the body's start; hard-wrapped
    paragraphs too), not of those recurring on the source's pages."""
    below = [
        page.lines[i]
        for i in range(k + 1, min(len(page.lines), k + 1 + BODY_LINES))
        if page.shapes[i].words >= BODY_LINE_WORDS and not page.pages(i)
    ]
    return stems(" ".join(below))


def names(page: Page, k: int) -> str:
    """Return the id of another article of the archive whose headline line k names
    (itself, after a label or an announcing prefix; "" when none)."""
    if not page.evidence:
        return ""
    s = page.shapes[k]
    for text in (s.text, teasers.announced(s)[1], teasers.labelled(s)):
        if count_words(text) < teasers.ANNOUNCED_WORDS:
            continue
        found = page.evidence.titled(text, page.own)
        if found:
            return found[0]
    return ""
