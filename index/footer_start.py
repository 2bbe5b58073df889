"""Where an article's body ends: the first line of the page's footer.

The footer is the run of last lines with the largest total margin (index/footer.py
scores them), if that total is large enough: so a newsletter sentence after the teasers
goes with them, and a body paragraph that happens to end in "…" stays, since the
paragraphs before it outweigh it. Where the footer has a heading no body has, the body
reaches up to it; where the source's footer template stands below the body over teasers
of whole sentences, the footer starts at the template's first line.
"""

from __future__ import annotations

from index import captions, teasers
from index.footer_headings import SEEN_HEADING_REACH
from index.footer_line import LISTED, SANDWICHED_WORDS, Line, paragraph
from index.line_words import count_words
from index.shape import SENTENCE_SPLIT, Shape

# The footer's lines must together look this much more like footer than like body: one
# teaser, or a chrome line and a bit, but not a lone short line (an author, a source).
MIN_FOOTER = 1.5
# How many lines before the footer found a heading may stand and still head it (a
# heading recurring on the source's pages: SEEN_HEADING_REACH).
HEADING_REACH = 3
# A headline run into its lead on one line has this many words at least.
RUN_IN_HEAD_WORDS = 3
# Lines the archive knows as other articles' text, from this many on between the footer
# found and a heading below it, make the footer start where it was found.
KNOWN_TEASERS = 2


def start(lines: list[Line]) -> int:
    """Return the index of the footer's first line (len(lines) when there is none).

    The first line is footer only if it is chrome or a teaser itself (then every line
    is). Where the footer has a heading no body has, the body reaches up to it (or to
    the chrome just before it).
    """
    first = 0 if lines and lines[0].margin >= LISTED and lines[0].reason != "footer" else 1
    found = _best_suffix([line.margin for line in lines], first=first)
    anchored = _anchored(lines, found)
    if anchored is not None:
        return anchored
    if found == len(lines):
        return found
    # A heading just before the footer found (only headlines between) heads it.
    for i in range(max(1, found - SEEN_HEADING_REACH), found):
        if found - i > HEADING_REACH and not lines[i].seen:
            continue
        between = lines[i + 1 : found]
        # Under a heading recurring on the source's pages anything short of the body's
        # long paragraphs is footer; under one made of heading words, only headlines.
        if lines[i].boundary and all(
            (x.reason == "teaser" or x.shape.headline) or (lines[i].seen and not paragraph(x.shape))
            for x in between
        ):
            found = i
            break
    heading = next((i for i in range(found, len(lines)) if lines[i].boundary), None)
    if heading is None or heading == found:
        return found
    known = _known_block(lines, found, heading)
    if known is not None:
        return known
    before = _best_suffix([line.plain for line in lines[:heading]], 0.0)
    return min(before, heading)


def _known_block(lines: list[Line], found: int, heading: int) -> int | None:
    """Return where a block of teasers with no heading of its own starts between the
    footer found and a heading below it: after the last paragraph there the archive does
    not know (the body's), if each line from there on looks more like footer than body
    and KNOWN_TEASERS of them or more are other articles' text by the archive's evidence
    (no line of the source's own chrome), half its headlines at least.
    Such lines are no list of the article's own pieces the heading would leave it (None:
    no such block)."""
    start = found
    for i in range(found, heading):
        if paragraph(lines[i].shape) and not lines[i].teaser_of:
            start = i + 1
    block = lines[start:heading]
    # Lines recurring on the source's pages are its chrome, whatever else they hold.
    known = sum(1 for x in block if x.teaser_of and not x.seen)
    # A publisher's own list (an issue's contents) names pieces the archive mostly lacks;
    # teasers of an aggregator, stories it holds: half the headlines known at least.
    heads = sum(1 for x in block if x.teaser_of or teasers.is_headline(x.shape))
    if known < KNOWN_TEASERS or 2 * known < heads:
        return None
    return start if all(x.margin > 0 for x in block) else None


def _anchored(lines: list[Line], found: int) -> int | None:
    """Return where the footer starts by the source's template, if before found: at the
    first line of the footer template below the page's longest line, when what follows
    it down to found is that template's lines and two or more teasers of a headline and
    a lead of at most SANDWICHED_WORDS words (whole sentences, no marker: only their
    place tells them from the body). None: no such line."""
    if not any(line.after_body for line in lines[:found]):
        return None
    # Below the body: after its longest line, or its first paragraph (a teaser run into
    # its lead may be the page's longest line).
    top = max(range(len(lines)), key=lambda i: len(lines[i].shape.text))
    first = next((i for i in range(len(lines)) if paragraph(lines[i].shape)), top)
    for a in range(min(top, first) + 1, found):
        if lines[a].after_body:
            return a if _teasers_below(lines[a + 1 : found]) else None
    return None


def _teasers_below(lines: list[Line]) -> bool:
    """Tell whether lines are the footer template's lines (recurring, chrome) and two or
    more teasers of a headline over a lead, and nothing else. Headlines run into their
    leads read as a paragraph's sentences too: they count only beside a teaser the
    archive knows."""
    pairs, i, one_line, known = 0, 0, False, False
    while i < len(lines):
        line = lines[i]
        if line.seen or (line.reason == "chrome" and line.margin > 0):
            i += 1
            continue
        if run_in(line.shape) or line.teaser_of:
            pairs += 1  # a headline run into its lead on one line, a known teaser
            one_line, known = one_line or not line.teaser_of, known or bool(line.teaser_of)
            i += 1
            continue
        if i + 1 >= len(lines):
            return False
        head, lead = line.shape, lines[i + 1].shape
        if not teasers.is_headline(head) or head.words > teasers.TEASER_HEADLINE_WORDS:
            return False
        if lines[i + 1].seen or lead.words > SANDWICHED_WORDS or head.words >= lead.words:
            return False
        pairs += 1
        i += 2
    return pairs >= 2 and (known or not one_line)


def run_in(shape: Shape) -> bool:
    """Tell whether a line is a headline run into its lead: a first sentence of a
    headline's shape and length, then a lead of at most SANDWICHED_WORDS words."""
    if shape.words > SANDWICHED_WORDS + teasers.TEASER_HEADLINE_WORDS:
        return False
    # The headline is the text before the first sentence end that leaves it words
    # enough ("1. Mai: …" holds one early).
    ends = [m.start() for m in SENTENCE_SPLIT.finditer(shape.text)]
    head = next(
        (shape.text[:e] for e in ends if count_words(shape.text[:e]) >= RUN_IN_HEAD_WORDS), ""
    )
    first = Shape(head.rstrip("."))
    return (
        bool(head)
        and first.words <= teasers.TEASER_HEADLINE_WORDS
        and not first.continues
        and not head.endswith(":")
        and not captions.is_caption(head)
        and not teasers.URL.search(head)
    )


def _best_suffix(margins: list[float], least: float = MIN_FOOTER, first: int = 1) -> int:
    """Return where the run of last margins with the largest sum starts, if that sum is
    positive and reaches least (len(margins) otherwise); never before first."""
    best, best_at, total = 0.0, len(margins), 0.0
    for i in range(len(margins) - 1, first - 1, -1):
        total += margins[i]
        if total > best:
            best, best_at = total, i
    return best_at if best >= least and best > 0 else len(margins)
