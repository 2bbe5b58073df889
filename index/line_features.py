"""Features of a page's lines for the line classifier (index/line_model.py).

No feature names a string: a line is described by its shape (length, words, capitals,
digits and symbols by Unicode category, how it ends), its place on the page (before or
after the title, distance to the end, inside the body the rules found or after it), its
neighbours' shapes, the archive's evidence (recurrence on the source's pages, another
article's title or opening). The rules' verdicts are left out on purpose: the rules are
near exact on the layouts the model is trained on, so a model given them learns to
repeat them and nothing of the shapes that carry over to other layouts.
"""

from __future__ import annotations

import math
import unicodedata
from collections import Counter
from dataclasses import dataclass, field

import numpy as np
import numpy.typing as npt

from index.content_words import content_words
from index.shape import Shape

# Features of a neighbour line (a subset of a line's own).
NEIGHBOUR = (0, 1, 7, 8, 9, 10, 12, 13, 23, 25)
NEIGHBOURS = (-2, -1, 1, 2)


@dataclass
class PageView:
    """A page's lines with the title the rules chose and the archive's evidence."""

    shapes: list[Shape]
    title: int  # the title line's index
    seen: list[int]  # pages of the source each line recurs on
    # Lines after the title: on how many of the source's pages lines open as it does.
    labelled: dict[int, int] = field(default_factory=dict)
    teaser_of: set[int] = field(default_factory=set)  # lines the evidence names a teaser


def _shares(text: str) -> tuple[float, float, float, float]:
    """Return the shares of upper-case letters among letters, and of digits, symbols
    and punctuation among the non-space characters."""
    letters = upper = digits = symbols = punct = total = 0
    for ch in text:
        cat = unicodedata.category(ch)
        if cat[0] == "Z":
            continue
        total += 1
        if cat[0] == "L":
            letters += 1
            upper += cat == "Lu"
        elif cat[0] == "N":
            digits += 1
        elif cat[0] == "S":
            symbols += 1
        elif cat[0] == "P":
            punct += 1
    t = total or 1
    return upper / (letters or 1), digits / t, symbols / t, punct / t


def _own(s: Shape) -> list[float]:
    """Return a line's features of its own shape (23 values)."""
    words = s.text.split()
    capital = sum(w[:1].isupper() for w in words) / (len(words) or 1)
    upper, digits, symbols, punct = _shares(s.text)
    kind = s.end.kind
    return [
        math.log1p(len(s.text)),
        min(s.words, 80) / 80,
        capital,
        upper,
        digits,
        symbols,
        punct,
        float(kind == "closed"),
        float(kind == "ellipsis"),
        float(kind == "marker"),
        float(kind == "open"),
        float(s.cut),
        float(s.headline),
        float(s.prose),
        min(s.sentences, 10) / 10,
        float(s.dateline),
        float(s.crumbs),
        float(s.counter),
        float(s.copyright),
        float(s.chrome_cues),
        float(s.caps),
        float(s.continues),
        float(s.minor),
    ]


def matrix(view: PageView) -> npt.NDArray[np.float64]:
    """Return the feature matrix of a page's lines (a row a line)."""
    n = len(view.shapes)
    words = [content_words(s.text) for s in view.shapes]
    prose = Counter(w for i in range(view.title + 1, n) if view.shapes[i].prose for w in words[i])
    rows: list[list[float]] = []
    for i, s in enumerate(view.shapes):
        own = words[i]
        mine = s.prose
        copied = i + 1 < n and view.shapes[i + 1].text.casefold() == s.text.casefold()
        elsewhere = sum(prose[w] - mine > 0 for w in own)
        row = _own(s)
        row += [
            math.log1p(view.seen[i]),
            math.log1p(view.labelled.get(i, 0)),
            float(i in view.teaser_of),
            float(i == view.title),
            float(i < view.title),
            (i - view.title) / n,
            (n - 1 - i) / n,
            min(n - 1 - i, 20) / 20,
            elsewhere / (len(own) or 1),
            min(len(own), 20) / 20,
            math.log1p(n),
            min(i, 30) / 30,
            float(copied),
        ]
        rows.append(row)
    base = np.asarray(rows, dtype=np.float64)
    parts = [base]
    for step in NEIGHBOURS:
        shifted = np.full((n, len(NEIGHBOUR)), -1.0)
        lo, hi = max(0, -step), min(n, n - step)
        if lo < hi:
            shifted[lo:hi] = base[lo + step : hi + step][:, NEIGHBOUR]
        parts.append(shifted)
    return np.hstack(parts)
