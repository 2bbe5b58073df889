"""A line after a page's title with its footer margin, and the margins of kinds of lines."""

from __future__ import annotations

from dataclasses import dataclass

from index.shape import Shape

# Margins of the kinds of lines.
EVIDENCE_TEASER = 4.0  # another article's title or opening, by the archive's evidence
MARKED_LEAD = 3.0  # a lead breaking off before a read-more marker or in "…"
CUT_LEAD = 2.0  # a lead after a headline, breaking off
SANDWICHED_LEAD = 1.0  # a lead after a headline, ending in a full stop, amid teasers
INLINE_TEASER = 1.0  # "Lesen Sie auch: …"
TEASER_HEADLINE = 1.0  # added to a headline over a lead
CHROME = 2.0
REPEATED = 2.0
HEADING = 1.0  # added to a short line over teasers or a list of headlines
LISTED = 0.4  # a headline in a list under a heading
LONE_SHORT = 0.05  # a short line under no heading: the body's own, or a list's
OTHER_LINE = -0.3
CONTINUED = -1.0  # the rest of a sentence from the line before
SHORT_SENTENCE = -0.5  # one short sentence (less a twentieth a word): body, or a headline
# A lead amid teasers that ends in a full stop has at most this many words.
SANDWICHED_WORDS = 60
# Prose of this many words that ends is a paragraph, no headline however it stands.
PARAGRAPH_WORDS = 20


@dataclass
class Line:
    """A line after the title with what is known of it."""

    shape: Shape
    seen: int = 0  # pages of the source it recurs on (0: below the evidence threshold)
    teaser_of: tuple[str, str] | None = None  # (article id, its title) from the evidence
    # Pages of the source with lines opening as this one does (its label recurs).
    labelled: int = 0
    margin: float = 0.0
    reason: str = "footer"
    detail: str = ""
    # The margin from chrome and recurrence alone, teaser shapes left aside.
    plain: float = 0.0
    # Whether the line is a heading no body has: over teasers, and a recurring line of
    # the source or made of heading words ("Weitere Artikel").
    boundary: bool = False
    # Whether the line recurs on the source's pages below their body (index/evidence.py
    # Evidence.after_body): a line of the site's footer template.
    after_body: bool = False


def mark(line: Line, margin: float, reason: str, detail: str = "") -> None:
    """Raise a line's margin to margin, with the reason for it."""
    if margin > line.margin:
        line.margin, line.reason, line.detail = margin, reason, detail


def paragraph(shape: Shape) -> bool:
    """Tell whether a line is a body paragraph: long prose that ends."""
    return shape.prose and shape.words >= PARAGRAPH_WORDS and shape.end.kind == "closed"


def short_sentence(shape: Shape) -> bool:
    """Tell whether a line is short and at most one sentence (a headline may be)."""
    return shape.words <= 15 and shape.sentences <= 1 and not shape.continues
