"""Let the line classifier drop kept lines and take the title the rules did not.

The rules decide first (index/clean.py); the classifier (index/line_model.py) then drops
kept lines it puts far below body text, never a whole sentence nor all of the body, and
switches the title only when it is sure and the page's own lines do not agree on one (the
head's lines holding one title, or the title line with its lower-case copy under it).
"""

from __future__ import annotations

from typing import Protocol

import numpy as np
import numpy.typing as npt

from index import line_model
from index.dropped import Dropped
from index.evidence import Evidence
from index.line_features import PageView, matrix
from index.other_headlines import BODY_LINE_WORDS, BODY_LINES
from index.shape import Shape
from index.title_agree import Agreed
from index.title_choice import TITLE_LINES, repeated_below
from index.title_split import stems

# A closed sentence of this many words is never dropped by the line classifier alone.
SENTENCE_WORDS = 6
# The body a title is weighed against (_told): the lines of BODY_LINE_WORDS words at least
# among the BODY_LINES lines under both lines, as index/other_headlines.py reads a body.
# The classifier's line is not taken where it opens with a label of the source's template
# (on LABELLED_SHARE of its pages) and the rules' title shares this many times its share of
# words with the body (a subtitle may share more than its title: no label, no matter).
TOLD_OUTWEIGHS = 3
LABELLED_SHARE = 0.5


class Page(Protocol):
    """The page being cleaned, as the classifier's calls see it."""

    lines: list[str]
    shapes: list[Shape]
    view: PageView | None
    x: npt.NDArray[np.float64] | None
    title_at: tuple[int, float] | None
    agreed: Agreed | None
    not_title: set[int]
    teaser_of: set[int]
    dropped: dict[int, Dropped]
    evidence: Evidence
    source: str

    def labelled(self, i: int) -> int: ...
    def drop(self, i: int, reason: str, detail: str = "", article: str = "") -> None: ...


def classify(page: Page, rest: list[int], end: int) -> None:
    """Let the line classifier drop kept lines it puts far below body text (never all of
    them), and keep its view of the page for the title it would take instead."""
    assert page.view is not None
    model = line_model.model()
    page.x = matrix(page.view)
    p = model.body.probability(page.x)
    kept = [k for k in rest[:end] if k not in page.dropped]
    going = [k for k in kept if p[k] < model.drop_below and not _protected(page, k)]
    if len(going) == len(kept):
        return  # never empty an article
    for k in going:
        s = page.shapes[k]
        like = "chrome-like"
        if s.end.kind in ("ellipsis", "marker"):
            like = "teaser-like"
        elif s.headline and s.words >= 4:
            like = "headline-like"
        page.drop(k, "classifier", f"{like} ({1 - p[k]:.2f})")


def _protected(page: Page, k: int) -> bool:
    """Tell whether line k is the rules' to judge, whatever the classifier says: a whole
    sentence (so a real paragraph is never dropped on the model's word alone), or a line
    the rules kept although the evidence names it another article's title (a list of the
    article's own that names it)."""
    s = page.shapes[k]
    if k in page.teaser_of:
        return True
    return s.end.kind == "closed" and s.sentences > 0 and s.words >= SENTENCE_WORDS


def better_title(page: Page) -> tuple[int, float] | None:
    """Return the line the classifier is sure is the title, with its probability, when it
    is sure the rules' choice is none (None: it agrees, or is unsure, or the page's own
    lines agree on the rules' choice)."""
    if page.view is None or page.x is None or page.title_at is not None:
        return None
    if page.agreed is not None:
        return None  # the page's own lines agree on its title
    if repeated_below(page.lines, page.view.title):
        return None  # the title line and its lower-case copy under it agree
    model = line_model.model()
    limit = min(len(page.lines), TITLE_LINES)
    p = model.title.probability(page.x[:limit])
    # A line the rules found to be another article's headline stays so.
    p[[k for k in page.not_title if k < limit]] = 0.0
    best, ours = int(np.argmax(p)), page.view.title
    if best == ours or ours >= limit:
        return None
    if p[best] >= model.title_switch and p[ours] <= 1 - model.title_switch:
        if _labelled(page, best) and _told(page, ours, best) > TOLD_OUTWEIGHS * _told(
            page, best, ours
        ):
            return None  # the rules' title tells the body's story, a line of the template not
        return best, float(p[best])
    return None


def _labelled(page: Page, k: int) -> bool:
    """Tell whether line k opens as lines on half of the source's pages or more do (a
    label of the site's template: "Mehr zu: …")."""
    size = page.evidence.size(page.source) if page.evidence else 0
    return bool(size) and page.labelled(k) >= LABELLED_SHARE * size


def _told(page: Page, k: int, other: int) -> float:
    """Return the share of line k's words the body under it and line other holds."""
    start = max(k, other) + 1
    below = page.lines[start : start + BODY_LINES]
    body = stems(" ".join(line for line in below if len(line.split()) >= BODY_LINE_WORDS))
    own = stems(page.lines[k])
    return len(own & body) / len(own) if own else 0.0
