"""Score the footer's headings, the headlines listed under them and the headline over each lead."""

from __future__ import annotations

from collections import Counter

from index import captions, cues, teasers
from index.footer_line import (
    CUT_LEAD,
    HEADING,
    LISTED,
    TEASER_HEADLINE,
    Line,
    mark,
    paragraph,
    short_sentence,
)
from index.shape import Shape

# A heading recurring on the source's pages heads teasers up to this many lines down,
# and stands up to this many lines before the footer found (index/footer_start.py).
SEEN_HEADING_REACH = 6


def headlines(lines: list[Line]) -> None:
    """Score the headline over each lead (it may be made of sentences: "Stille Nacht.
    Eingesperrt im Corona-Winter.")."""
    for i, line in enumerate(lines):
        j = _after(lines, i)
        if j is None:
            continue
        after = lines[j]
        if after.reason != "teaser" or after.margin < CUT_LEAD - 0.5 or after.teaser_of:
            continue
        if teasers.headline_before_lead(line.shape) and line.reason in ("footer", "teaser"):
            mark(line, max(line.margin, 0.0) + TEASER_HEADLINE, "teaser")
        elif line.reason == "repeated" and teasers.headline_before_lead(line.shape):
            # A teaser shown on many of the source's pages: told as the teaser it is.
            line.reason, line.detail = "teaser", ""


def headings(lines: list[Line]) -> None:
    """Score a short line over teasers or a list of headlines as the footer's heading,
    and the headlines listed under it."""
    # A line the page has more than once is a label of each teaser ("vor 3 Stunden"), and
    # no heading the body reaches up to.
    times = Counter(line.shape.text.casefold() for line in lines)
    for i, line in enumerate(lines[:-1]):
        s = line.shape
        if not s.headline or s.words > 8 or s.prose or line.reason == "chrome":
            continue
        # A credit, or a date between a teaser's headline and its lead, is no heading.
        if captions.is_credit(s.text, s.words) or (s.minor and not s.caps):
            continue
        if _lead(lines[i + 1]) and not (line.seen and _one_line_teasers(lines[i + 1 : i + 3])):
            # The headline of its lead, not a heading; but a line recurring on the
            # source's pages over teasers each joined to its own headline heads them.
            continue
        # A heading heads headlines, not the page's chrome (a share line over comment
        # counters and legal links is none); a line recurring on the source's pages also
        # heads the items of a list, whatever they are made of.
        first = teasers.list_opening(lines[i + 1].shape.text) if line.seen else ""
        listed = i + 2 < len(lines) and all(
            (_listed(x.shape) or _item(x.shape, first)) and x.reason != "chrome"
            for x in lines[i + 1 : i + 3]
        )
        # A line recurring on the source's pages may head teasers a few lines down.
        near = lines[i + 1 : i + 1 + (SEEN_HEADING_REACH if line.seen else 1)]
        near = near[: next((n for n, x in enumerate(near) if paragraph(x.shape)), len(near))]
        if not listed and not any(x.reason == "teaser" for x in near):
            continue
        line.boundary = times[s.text.casefold()] == 1 and (
            bool(line.seen) or cues.share(s.text, cues.HEADING_WORDS) >= 0.5
        )
        if line.reason == "footer" and not (i and lines[i - 1].margin > 0):
            mark(line, line.margin + HEADING, "footer-heading")
        elif line.boundary and line.reason == "repeated":
            line.reason, line.detail = "footer-heading", f"seen on {line.seen} pages"
        opening = teasers.list_opening(lines[i + 1].shape.text)
        for x in lines[i + 1 :]:
            # An item opening as the list's first does ("3)") is one of its headlines,
            # also one made of sentences ("Anne Will: Böse Rechte? Sahra widerspricht!").
            item = opening and teasers.list_opening(x.shape.text) == opening
            if not (_listed(x.shape) or (item and x.shape.words <= teasers.TEASER_HEADLINE_WORDS)):
                break
            if x.reason not in ("footer", "teaser") or _lead(x):
                break  # listed headlines have no leads
            if x.reason == "footer" and (
                x.shape.caps or cues.share(x.shape.text, cues.HEADING_WORDS) >= 0.5
            ):
                mark(x, LISTED, "footer-heading")  # a second heading ("OTHER NEWS")
            else:
                mark(x, LISTED, "teaser", "headline")


def _after(lines: list[Line], i: int) -> int | None:
    """Return the index of the line after line i, small labels left out."""
    j = i + 1
    while j < len(lines) and lines[j].shape.minor and j < i + 3:
        j += 1
    return j if j < len(lines) else None


def _one_line_teasers(lines: list[Line]) -> bool:
    """Tell whether lines are two or more teasers each on one line, a headline joined to
    its lead alike ("Headline – lead …")."""
    forms = {teasers.form(x.shape) for x in lines}
    return len(lines) >= 2 and len(forms) == 1 and "" not in forms and all(map(_lead, lines))


def _item(shape: Shape, opening: str) -> bool:
    """Tell whether a line is an item of a list opening so ("–", "1)"), headline-short."""
    return (
        bool(opening)
        and teasers.list_opening(shape.text) == opening
        and (shape.words <= teasers.TEASER_HEADLINE_WORDS)
    )


def _lead(line: Line) -> bool:
    """Tell whether a line was scored as a teaser's lead."""
    return line.reason == "teaser" and line.margin >= CUT_LEAD - 0.5 and teasers.is_lead(line.shape)


def _listed(shape: Shape) -> bool:
    """Tell whether a line could be a headline in a list (some end in a full stop)."""
    if teasers.is_headline(shape) and not shape.prose:
        return True
    return short_sentence(shape) or bool(teasers.tailed_headline(shape))
