"""Teasers after the body told by their rhythm: records laid out alike, one lead each.

A block of other stories' teasers repeats one layout: a headline over a lead, a lead over
its author and date, a headline over a date line over a lead. Where the lines just before
the page's footer (or its end) are MIN_RECORDS or more such records, each made of the
same kinds of lines in the same order with one lead of at most LEAD_WORDS words, the
footer starts at the first of them: their leads may be whole sentences with no marker,
so only their rhythm tells them from the body. An article's own sections (a subheading
over a short paragraph) repeat so too, but they are about the article: a run whose
records share OWN_WORDS words or more with the body above it, most of them, stays, and
so does a run whose headlines are questions, most of them (an interview).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from index import teasers
from index.footer_line import Line, paragraph
from index.shape import Shape

# A run of teasers has at least this many records.
MIN_RECORDS = 3
# A record is two or three lines.
PERIODS = (2, 3)
# A teaser's lead has at least and at most this many words (more: a paragraph).
LEAD_MIN_WORDS = 8
LEAD_WORDS = 80
# A headline has at least this many words.
HEADLINE_MIN_WORDS = 2
# A record sharing this many content words with the body above the run is the article's.
OWN_WORDS = 3


def kind(line: Line) -> str:
    """Return the kind of a line within a record: "M" a date or author line or a small
    label, "H" a headline, "L" a lead, "" none of these (the record ends): a line
    recurring on the source's pages or opening as its lines announcing other articles
    do (the site's chrome, an inline teaser between paragraphs), a line introducing what
    follows it (ending in a colon: a quotation's speaker), a hard-wrapped line."""
    shape = line.shape
    if shape.dateline or (shape.minor and not shape.counter):
        return "M"  # a teaser's date and author line recurs, its template at least
    if line.seen or line.labelled or teasers.announced(shape)[1]:
        return ""
    if shape.continues or shape.crumbs or shape.counter:
        return ""
    if shape.text.rstrip().endswith(":"):
        return ""
    if (
        teasers.is_headline(shape)  # no link address in it
        and not shape.prose
        and shape.words >= HEADLINE_MIN_WORDS
        and shape.end.kind != "marker"
    ):
        return "H"
    if LEAD_MIN_WORDS <= shape.words <= LEAD_WORDS and not shape.caps:
        return "L"
    return ""


def start(
    lines: Sequence[Line], end: int, title: str, words: Callable[[str], set[str]]
) -> tuple[int, int]:
    """Return where a run of teaser records ending at end starts and the size of its
    records (end, 0: no such run). words gives the content words of a text."""
    kinds = [kind(line) for line in lines[:end]]
    shapes = [line.shape for line in lines]
    best, size = end, 0
    for period in PERIODS:
        pattern = kinds[end - period : end]
        if len(pattern) < period or "" in pattern or pattern.count("L") != 1:
            continue
        j = end
        while j - period >= 1 and kinds[j - period : j] == pattern:
            j -= period
        if (end - j) // period >= MIN_RECORDS and j < best:
            best, size = j, period
    if size == 0:
        return end, 0

    def own(r: int) -> bool:
        """Tell whether the record at r shares OWN_WORDS words with the article above."""
        mine = set().union(*(words(s.text) for s in shapes[r : r + size]))
        return len(mine & above) >= OWN_WORDS

    above = words(title).union(*(words(s.text) for s in shapes[:best]))
    # The article's own last section may open the run: it stays.
    while best < end and own(best):
        above |= set().union(*(words(s.text) for s in shapes[best : best + size]))
        best += size
    records = (end - best) // size
    if records < MIN_RECORDS or not any(paragraph(s) for s in shapes[:best]):
        return end, 0
    if _sections(kinds, shapes, best, size) or _interview(kinds, shapes, best, end, size):
        return end, 0
    if 2 * sum(own(r) for r in range(best, end, size)) > records:
        return end, 0
    return best, size


def _sections(kinds: list[str], shapes: Sequence[Shape], best: int, size: int) -> bool:
    """Tell whether the record above the run has the run's layout with a paragraph in
    its lead's place: the run goes on the article's own sections (a collection of
    quotations under their headings, some short), no teasers after it."""
    first = best - size
    if first < 0:
        return False
    pattern = kinds[best : best + size]
    for slot, want in enumerate(pattern):
        got, shape = kinds[first + slot], shapes[first + slot]
        if want == "L":
            if not (shape.prose and shape.words > LEAD_WORDS) and got != "L":
                return False
        elif got != want:
            return False
    return True


def _interview(kinds: list[str], shapes: Sequence[Shape], best: int, end: int, size: int) -> bool:
    """Tell whether most records' headlines are questions: an interview's questions over
    their answers, the article's own."""
    if "H" not in kinds[best : best + size]:
        return False
    at = kinds[best : best + size].index("H")
    heads = [shapes[r + at].text.rstrip() for r in range(best, end, size)]
    return 2 * sum(h.endswith("?") for h in heads) > len(heads)
