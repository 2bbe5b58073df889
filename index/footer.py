"""Score each line after a page's title for how much it looks like footer.

Each line gets a margin: how much more it looks like footer (teasers, headings over
them, chrome, lines recurring on the source's pages) than like body prose, and the reason
it would be dropped for. index/footer_start.py finds where the footer starts from them.
A heading no body has (a line recurring on the source's pages, or made of heading words)
is marked as the footer's boundary: lines before it that merely look like teasers are the
article's own (a magazine's list of its other pieces).
"""

from __future__ import annotations

from index import chrome, teasers
from index.footer_headings import headings, headlines
from index.footer_line import (
    CHROME,
    CONTINUED,
    CUT_LEAD,
    EVIDENCE_TEASER,
    INLINE_TEASER,
    LISTED,
    LONE_SHORT,
    MARKED_LEAD,
    OTHER_LINE,
    REPEATED,
    SANDWICHED_LEAD,
    SANDWICHED_WORDS,
    SHORT_SENTENCE,
    TEASER_HEADLINE,
    Line,
    mark,
    paragraph,
    short_sentence,
)
from index.shape import Shape

# Consecutive lines breaking off, from this many on, are a list of teasers.
CUT_RUN = 3
# Teasers whose headline stands on two short lines (wrapped, or over an author or a
# kicker line) are told as such from this many on a page, each line of at most so many
# words.
TWO_LINE_TEASERS = 2
TWO_LINE_WORDS = 12
# A label under a teaser's headline (its author, its date) has at most so many words.
TWO_LINE_LABEL_WORDS = 5
# Reasons of lines that belong to a run of teasers or headlines.
LISTING = ("teaser", "footer", "footer-heading")


def score(lines: list[Line]) -> None:
    """Give each line its footer margin and the reason it would be dropped for."""
    for i, line in enumerate(lines):
        before = _before(lines, i)
        _own(line, lines[before].shape if before is not None else None)
    _links(lines)
    _two_line_teasers(lines)
    _cut_runs(lines)
    headlines(lines)
    _sandwiched(lines)
    headlines(lines)
    headings(lines)


def _before(lines: list[Line], i: int) -> int | None:
    """Return the index of the line before line i, small labels (dates, kickers) left
    out: a teaser's headline may stand over them."""
    j = i - 1
    while j >= 0 and lines[j].shape.minor and j > i - 3:
        j -= 1
    return j if j >= 0 else None


def _base(shape: Shape) -> float:
    """Return the margin of a line by its length and sentences alone."""
    if shape.prose and shape.words < 20 and shape.sentences <= 1:
        return SHORT_SENTENCE - shape.words / 20
    if shape.prose:
        return -(1.0 + min(9.0, shape.words / 10))
    if shape.continues:
        return CONTINUED
    if shape.headline and shape.words <= 15:
        return LONE_SHORT
    return OTHER_LINE


def _own(line: Line, before: Shape | None) -> None:
    """Score a line by itself and the line before it."""
    s = line.shape
    line.margin = _base(s)
    line.plain = min(line.margin, -0.1)
    if line.teaser_of:
        # Another story's text by the run's pages names no article: it says why.
        mark(line, EVIDENCE_TEASER, "teaser", "" if line.teaser_of[0] else line.teaser_of[1])
    headed = (
        before is not None
        and teasers.headline_before_lead(before)
        and not teasers.announced(before)[1]
    )
    if teasers.marked_lead(s) and (headed or s.end.kind == "marker"):
        # A paragraph may end in "…"; only under a headline is that a teaser's lead.
        mark(line, MARKED_LEAD, "teaser")
    elif s.end.kind == "marker" and s.words >= teasers.LEAD_WORDS:
        mark(line, CUT_LEAD, "teaser")
    elif teasers.is_lead(s) and headed and before is not None and teasers.is_headline(before):
        mark(line, CUT_LEAD if s.end.kind != "open" else CUT_LEAD - 0.5, "teaser")
    elif s.end.kind == "marker" and s.words <= 5:
        mark(line, CHROME, "read-more")
    if teasers.announced(s)[1] or (line.labelled and teasers.labelled(s)):
        mark(line, INLINE_TEASER, "inline-teaser")
    if teasers.joined_headlines(s):
        mark(line, CUT_LEAD, "teaser", "headlines joined by vertical bars")
    kind = chrome.after_body(s)
    if kind:
        mark(line, CHROME, "chrome", kind)
        line.plain = CHROME
    if line.seen:
        repeated = REPEATED if not s.prose else REPEATED - 0.5
        mark(line, repeated, "repeated", str(line.seen))
        line.plain = max(line.plain, repeated)


def _links(lines: list[Line]) -> None:
    """Score a line that is a link alone whose address spells the headline next to it as
    chrome, and that headline and the lead after them as the linked story's teaser (a
    headline, its address, its lead)."""
    for i, line in enumerate(lines):
        if not teasers.bare_link(line.shape):
            continue
        for h in (i - 1, i + 1):
            if not 0 <= h < len(lines) or not teasers.names_link(lines[h].shape, line.shape):
                continue
            if not teasers.is_headline(lines[h].shape) or lines[h].shape.prose:
                continue
            mark(line, CHROME, "chrome", "link to another story")
            mark(lines[h], MARKED_LEAD, "teaser", "headline of the linked story")
            lead = i + 1 if h < i else i + 2
            if lead < len(lines) and not paragraph(lines[lead].shape):
                s = lines[lead].shape
                if teasers.is_lead(s) or s.end.kind in ("marker", "ellipsis"):
                    mark(lines[lead], CUT_LEAD, "teaser")
                elif s.words <= SANDWICHED_WORDS:
                    mark(lines[lead], SANDWICHED_LEAD, "teaser")


def _two_line_teasers(lines: list[Line]) -> None:
    """Score as teasers the groups of two short lines over a lead that breaks off (a
    headline wrapped over two lines, a quoted headline over its author, a kicker over a
    headline), when the page has TWO_LINE_TEASERS or more of them: one such group may be
    a subheading over a paragraph; a row of them is a teaser block."""
    groups = [i for i in range(2, len(lines)) if _two_line_group(lines, i)]
    if len(groups) < TWO_LINE_TEASERS:
        return
    for i in groups:
        lead = lines[i].shape
        mark(lines[i], MARKED_LEAD if teasers.marked_lead(lead) else CUT_LEAD, "teaser")
        for h in (i - 2, i - 1):
            mark(lines[h], TEASER_HEADLINE, "teaser", "headline over two lines")


def _two_line_group(lines: list[Line], i: int) -> bool:
    """Tell whether line i is a lead that breaks off under two short lines that together
    could be a teaser's headline."""
    lead, a, b = lines[i].shape, lines[i - 2].shape, lines[i - 1].shape
    if not (teasers.is_lead(lead) or teasers.marked_lead(lead)) or paragraph(lead):
        return False
    if a.words > TWO_LINE_WORDS or b.words > TWO_LINE_WORDS or a.prose or b.prose:
        return False
    # A lead is longer than its headline and label together; lines of a hard-wrapped
    # paragraph are all of a length.
    if lead.words <= a.words + b.words or teasers.URL.search(lead.text):
        return False
    if a.end.kind == "marker" or b.end.kind == "marker" or a.sentences > 1:
        return False
    # A label over a headline ("Nr. 1") is told by the lines' own scores; a line ending
    # in a full stop ends a sentence of the body, no headline.
    if a.minor or any(x.text.rstrip("\"'“”»«’ ").endswith((".", ",")) for x in (a, b)):
        return False
    # A line announcing another article between paragraphs is no part of a headline.
    if teasers.announced(a)[1] or teasers.announced(b)[1]:
        return False
    both = Shape(f"{a.text.strip()} {b.text.strip()}")
    if teasers.announced(both)[1]:
        return False
    # A headline over a short line of its own (an author, a date, a section).
    return teasers.headline_before_lead(both) or (
        teasers.is_headline(a) and b.words <= TWO_LINE_LABEL_WORDS and not teasers.is_lead(b)
    )


def _cut_runs(lines: list[Line]) -> None:
    """Score as teasers runs of lines that all break off: a list of teasers each on one
    line ("Headline – lead …"); body paragraphs end, now and then one does not. Lines
    of the run's own form next to it belong to it, however they end (a lead cut after a
    full stop)."""
    run: list[int] = []
    for i in [*range(len(lines)), None]:
        if i is not None and lines[i].shape.minor:
            continue
        if i is not None and teasers.is_lead(lines[i].shape):
            run.append(i)
            continue
        if len(run) >= CUT_RUN:
            for j in _widened(lines, run):
                mark(lines[j], CUT_LEAD - 0.5, "teaser")
        run = []
    # Runs of lines of one form ("Headline – text") most of which break off.
    for first, last in _form_runs(lines):
        cut = sum(teasers.is_lead(x.shape) for x in lines[first : last + 1])
        if cut * 2 >= last + 1 - first:
            for x in lines[first : last + 1]:
                mark(x, CUT_LEAD - 0.5, "teaser")


def _form_runs(lines: list[Line]) -> list[tuple[int, int]]:
    """Return (first, last) of each run of CUT_RUN or more lines of one form."""
    runs, start = [], 0
    forms = [teasers.form(x.shape) for x in lines]
    for i in range(1, len(lines) + 1):
        if i < len(lines) and forms[i] and forms[i] == forms[start]:
            continue
        if forms[start] and i - start >= CUT_RUN:
            runs.append((start, i - 1))
        start = i
    return runs


def _widened(lines: list[Line], run: list[int]) -> list[int]:
    """Widen a run of teasers to the lines beside it that have the run's form."""
    forms = [teasers.form(lines[j].shape) for j in run]
    form = max(set(forms), key=forms.count)
    if not form or forms.count(form) * 3 < len(forms) * 2:
        return run
    first, last = run[0], run[-1]
    while first > 0 and teasers.form(lines[first - 1].shape) == form:
        first -= 1
    while last + 1 < len(lines) and teasers.form(lines[last + 1].shape) == form:
        last += 1
    return list(range(first, last + 1))


def _sandwiched(lines: list[Line]) -> None:
    """Score as footer what stands between footer lines: a run of short lines (headlines
    ending in a full stop), and a teaser's lead that happens to end in a full stop."""
    n = len(lines)
    i = 1
    while i < n:
        j = i
        while j < n and lines[j].margin <= 0 and short_sentence(lines[j].shape):
            j += 1
        if j > i and lines[i - 1].margin >= LISTED and j < n and lines[j].margin >= LISTED:
            if lines[i - 1].reason in LISTING:
                for line in lines[i:j]:
                    mark(line, LISTED, "footer")
        i = j + 1 if j > i else i + 1
    margins = [line.margin for line in lines]
    for i in range(1, n):
        line, before = lines[i], lines[i - 1]
        if line.margin > 0 or line.shape.continues or line.shape.words > SANDWICHED_WORDS:
            continue
        # Its headline before it, a teaser after it (margins as they were before this
        # pass: one sandwiched lead does not make the next).
        if margins[i - 1] <= 0 or before.reason not in LISTING:
            continue
        if i + 1 < n and margins[i + 1] < TEASER_HEADLINE:
            continue
        if (
            teasers.is_headline(before.shape)
            and before.shape.words >= 3
            and not teasers.announced(before.shape)[1]
        ):
            mark(line, SANDWICHED_LEAD, "teaser")
