"""Text seen on other pages of the run: other stories' headlines and leads, wherever they stand.

A teaser shows another story's headline, or its first sentence, on many pages of an
archive, of any source: in a block after the body, in a list over it, in a pointer
between paragraphs, run into its lead on one line, or in a row of headlines. So a line of
a headline's or a lead's length standing whole on two pages or more of a run (pages with
distinct bodies, of any source) is no page's own text, and neither is a line made of such
a text, or of another article's title, and a few words around it. The run's lines are
counted under a source of their own (RUN) beside each source's, so the evidence keeps them
with the index and an article is cleaned again when they grow (index/evidence.py).

A page's own text never counts against it: its title, and its body's opening (a lead of
it quoted on another page). A page most of whose paragraphs stand on other pages too is a
copy of another article, not a page of teasers: its paragraphs stay.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from index import teasers
from index.content_words import content_words
from index.footer_line import paragraph
from index.line_keys import opening_key, text_key
from index.line_words import count_words
from index.pieces import RUN, RUN_PAGES, counted, pair_key, pieces, slot_key, slots
from index.shape import Shape

if TYPE_CHECKING:
    from index.clean import _Page as Page

# Words a line may have besides the other story's text it holds (a label, a time, a
# "read more"); a longer line is a paragraph quoting a headline.
AROUND_WORDS = 12
# A headline sharing at most this share of its content words with the body is about
# something else.
FOREIGN_SHARE = 1 / 3
# The article's body opens with prose of this many words at least.
OPENING_WORDS = 8
# A headline run into its lead has this many words at least.
RUN_IN_WORDS = 5
# A block of headlines holding a known one: its other lines go with it, unless they
# share this many content words with the title (the article's own subheadings).
OWN_WORDS = 2


def elsewhere(page: Page, k: int) -> tuple[str, str] | None:
    """Return (article id or "", why) when line k is another story's text by the run:
    itself standing on other pages, or made of such a text or of another article's title
    with a few words around it (None: it is not, or it is the page's own)."""
    evidence = page.evidence
    run = evidence.repeated.get(RUN) if evidence else None
    if not run or page.copied or k == page.first_prose:
        return None
    found = _found(page, k, run)
    if found is None or _own(page, page.lines[k]) or _passage(page, k):
        return None
    return found


def _found(page: Page, k: int, run: dict[int, int]) -> tuple[str, str] | None:
    """Return what the run's evidence says of line k, its own text aside (looked up by
    key first: most lines are known nowhere)."""
    text, shape = page.lines[k], page.shapes[k]
    if not _teaser_like(shape):
        return None
    # A paragraph is told by the headline or lead it holds, not by itself: the articles of
    # one publisher share sentences (a promotion, a press office's opening).
    if counted(text) and not paragraph(shape):
        if (n := run.get(text_key(text) or 0, 0)) >= RUN_PAGES:
            return "", f"seen on pages of {n} sources of the run"
    words = 0
    for piece in pieces(text):
        key = text_key(piece) or 0
        n = run.get(key, 0)
        titled = page.evidence.titles.get(key)
        if n < RUN_PAGES and not titled:
            continue
        words = words or count_words(text)
        # A headline the line opens with may be run into its lead, of any length.
        opening = text.startswith(piece) and count_words(piece) >= RUN_IN_WORDS
        if (words - count_words(piece) > AROUND_WORDS and not opening) or _own(page, piece):
            continue
        if paragraph(shape) and not _strict_headline(Shape(piece)):
            continue  # a paragraph opening with a sentence of another's: a quotation
        if titled and (other := page.evidence.titled(piece, page.own)) is not None:
            return other[0], "holds another article's title"
        if n >= RUN_PAGES:
            return "", f"holds a text seen on pages of {n} sources of the run"
    return None


def opening_prose(shape: Shape) -> bool:
    """Tell whether a line could open the article's body: prose of OPENING_WORDS words."""
    return shape.prose and shape.words >= OPENING_WORDS


def _teaser_like(shape: Shape) -> bool:
    """Tell whether a line could be a teaser: no line introducing what follows it (a
    quotation's speaker), no link address (a channel's)."""
    return not shape.text.endswith(":") and not teasers.URL.search(shape.text)


def _passage(page: Page, k: int) -> bool:
    """Tell whether line k recurs on the run's pages with a line beside it: a passage of
    the articles' own (a list, a paragraph copied whole), no teaser picked for a page."""
    lines = page.lines
    for a, b in ((k - 2, k), (k - 1, k), (k, k + 1), (k, k + 2)):
        if a < 0 or b >= len(lines) or not (counted(lines[a]) and counted(lines[b])):
            continue
        if page.evidence.counted(RUN, pair_key(lines[a], lines[b])) >= RUN_PAGES:
            return True
    return False


def _own(page: Page, text: str) -> bool:
    """Tell whether a text is the page's own: its title, or its body's opening."""
    key = text_key(text)
    if key is not None and key == text_key(page.heading):
        return True
    opening = page.evidence.openings.get(opening_key(text) or 0, ())
    return any(article == page.own for article, _ in opening)


def copied(page: Page, body: list[int]) -> bool:
    """Tell whether most of the body's paragraphs stand on other pages of the run too (a
    copy of another article, whose paragraphs are its own)."""
    paragraphs = [k for k in body if paragraph(page.shapes[k]) and counted(page.lines[k])]
    if not paragraphs:
        return False
    seen = sum(
        1 for k in paragraphs if page.evidence.counted(RUN, text_key(page.lines[k])) >= RUN_PAGES
    )
    return 2 * seen > len(paragraphs)


def drop_known(page: Page, title: str, body: list[int]) -> None:
    """Drop the body's lines that are other stories' text by the run (a block of
    headlines over the body, a pointer between paragraphs, a teaser run into its lead),
    and the other headlines of a block holding one."""
    if not page.evidence:
        return
    _pointers(page, body)
    if page.evidence.size(RUN) == 0 or page.copied:
        return
    known: list[int] = []
    for k in body:
        if page.is_dropped(k):
            continue
        found = elsewhere(page, k)
        if found is None:
            continue
        article, why = found
        short = page.shapes[k].words <= teasers.TEASER_HEADLINE_WORDS
        reason = "inline-teaser" if short else "teaser"
        page.drop(k, reason, why, article)
        known.append(k)
    first = next((pos for pos, k in enumerate(body) if paragraph(page.shapes[k])), 0)
    _blocks(page, title, body[:first], set(known), body[first:])


def _pointers(page: Page, body: list[int]) -> None:
    """Drop the lines naming a headline in a wording that recurs on the source's pages
    around other headlines ("Schon gesehen? …", "„…“ – ebenfalls heute erschienen"), or
    standing alone under a recurring label: a template with a slot, filled with another
    story on each page."""
    for pos, k in enumerate(body):
        shape = page.shapes[k]
        if page.is_dropped(k) or paragraph(shape) or k == page.first_prose:
            continue
        if pos and (n := _label_over(page, body[pos - 1], k)):
            page.drop(
                k, "inline-teaser", f"headline under a label seen on {n} pages of this source"
            )
            continue
        for wording, headline in slots(shape.text):
            n = page.evidence.counted(page.source, slot_key(wording))
            if n and _strict_headline(Shape(headline)) and not _own(page, headline):
                page.drop(k, "inline-teaser", f"wording seen on {n} pages of this source")
                break


def _label_over(page: Page, above: int, k: int) -> int:
    """Return on how many of the source's pages the line above line k recurs when it is a
    label introducing line k ("Previously in these pages:") and line k a headline of no
    other page of the source: a template's slot filled with another story on each page
    (0: it is not)."""
    label = page.lines[above].rstrip()
    if page.dropped_for(above) != "repeated" or not label.endswith(":") or page.pages(k):
        return 0
    if not _headline(page.shapes[k]) or _own(page, page.lines[k]):
        return 0
    return page.pages(above)


def _blocks(page: Page, title: str, top: list[int], known: set[int], below: list[int]) -> None:
    """Drop the headlines standing in one block with a known one between the title and
    the first paragraph (where no subheading of the article's stands), and those of a
    block under a heading of the source's that share almost no word with the body."""
    own = content_words(title)
    block: list[int] = []
    for k in [*top, None]:
        if k is not None and (k in known or _headline(page.shapes[k])):
            block.append(k)
            continue
        # Under a heading of the source's (recurring on its pages), or mostly known.
        headed = bool(block) and page.dropped_for(block[0] - 1) in ("repeated", "footer-heading")
        many = 2 * len(known & set(block)) >= len(block)
        foreign = headed and all(_foreign(page, j, below) for j in block)
        if len(block) >= 2 and ((known & set(block) and (headed or many)) or foreign):
            for j in block:
                if j in known or page.is_dropped(j):
                    continue
                if len(content_words(page.lines[j]) & own) >= OWN_WORDS:
                    continue
                page.drop(j, "teaser", "headline in one block with another article's")
        block = []


def _foreign(page: Page, j: int, below: list[int]) -> bool:
    """Tell whether the headline on line j is about something else than the lines below:
    at most a FOREIGN_SHARE of its content words come back in them (lines holding the
    headline itself left out: the same teaser again further down)."""
    text = page.lines[j]
    folded = text.casefold()
    rest = [page.lines[k] for k in below if folded not in page.lines[k].casefold()]
    words = content_words(text)
    shared = words & set().union(*(content_words(line) for line in rest))
    return len(shared) <= FOREIGN_SHARE * len(words)


def _strict_headline(shape: Shape) -> bool:
    """Tell whether a text has a headline's shape, not a sentence's."""
    return teasers.is_headline(shape) and not shape.prose


def _headline(shape: Shape) -> bool:
    """Tell whether a line could be another story's headline in a block of them (some
    read as a sentence: "Wieder ein Beweis, wer …: Merkel sorgt sich um …")."""
    return (
        not paragraph(shape)
        and not shape.continues
        and not shape.text.endswith(":")
        and not teasers.URL.search(shape.text)
        and teasers.ANNOUNCED_WORDS <= shape.words <= teasers.TEASER_HEADLINE_WORDS
    )
