"""Find listings among an article's lines: lines cut from one template, records alike."""

from __future__ import annotations

import os
import re
import unicodedata
from collections.abc import Sequence

from index.shape import Shape

# The template two lines share at their start or end must be this long (numbers folded).
LEAST_AFFIX = 4
# A listing's line is no paragraph: at most this many words.
MOST_WORDS = 30


def _folded(text: str) -> str:
    """Return the line with every digit written as 0 ("(12.03.2021)" → "(00.00.0000)")."""
    return re.sub(r"\d", "0", text.strip())


def _template(affix: str) -> bool:
    """Tell whether a shared start or end is a template, not a word or two in common: a
    number with a bracket or a symbol around it ("(00.00.0000)", "Bild 0 von 0 ⟩")."""
    if len(affix.strip()) < LEAST_AFFIX or "0" not in affix:
        return False
    return any(
        unicodedata.category(c)[0] == "S" or unicodedata.category(c) in ("Ps", "Pe", "Pi", "Pf")
        for c in affix
    )


def shared(a: str, b: str) -> str:
    """Return the template two lines share at their start or end ("": none)."""
    fa, fb = _folded(a), _folded(b)
    if fa == fb:
        return ""  # the same line twice is no listing of different items
    head = os.path.commonprefix([fa, fb])
    tail = os.path.commonprefix([fa[::-1], fb[::-1]])[::-1]
    # Only whole words of the template: a common start cut inside a word is no template.
    head = head[: len(head) - len(re.search(r"\w*$", head).group())]  # type: ignore[union-attr]
    tail = tail[len(re.match(r"\w*", tail).group()) :]  # type: ignore[union-attr]
    for affix in (head, tail):
        if _template(affix) and len(affix) < min(len(fa), len(fb)) - 2:
            return affix
    return ""


def _item(shape: Shape) -> bool:
    """Tell whether a line could be a listing's item: short, and no prose sentence."""
    return 2 <= shape.words <= MOST_WORDS and not shape.prose


def runs(shapes: Sequence[Shape]) -> list[tuple[int, int]]:
    """Return the runs (first, last position) of two or more neighbouring lines that are
    items cut from one template: a date, a time or a counter in the same brackets or
    beside the same symbols at the start or the end of every line, unless the page's
    paragraphs have it too."""
    found: list[tuple[int, int]] = []
    prose = [s.text for s in shapes if s.prose]
    i = 0
    while i < len(shapes) - 1:
        affix = shared(shapes[i].text, shapes[i + 1].text) if _item(shapes[i]) else ""
        # A template the page's paragraphs open or end with too is its style of writing
        # (a live ticker's time stamps), not a listing.
        styled = bool(affix) and any(shared(p, shapes[i].text) for p in prose)
        if not affix or not _item(shapes[i + 1]) or styled:
            i += 1
            continue
        j = i + 1
        while (
            j + 1 < len(shapes)
            and _item(shapes[j + 1])
            and shared(shapes[j].text, shapes[j + 1].text)
        ):
            j += 1
        found.append((i, j))
        i = j + 1
    return found


# A record of a listing has at most this many lines (a card: frame, headline, lead, frame).
MOST_RECORD_LINES = 4
# A closed sentence of this many words is prose: what it opens with is the page's style.
SENTENCE_WORDS = 8
# A listing's headline has at most this many words, a teaser's lead at least this many.
HEADLINE_WORDS = 16
LEAD_WORDS = 15
# Quotation marks open quotes in prose: no markup.
# A data dump's key: one word in lower case and a colon ("summary: ").
KEY = r"[a-z]{2,15}:\s"
QUOTES = "\"'„“”‚‘’«»‹›"


def mark(text: str) -> str:
    """Return the markup a line opens with: the symbols before its first letter or digit
    ("> ", "- **", "│ ", "### "), or a one-word key before a colon ("summary: ") ("":
    none)."""
    found = re.match(r"[^\w\s]+(?:\s*[^\w\s]+)*\s*", text)
    if found:
        # Quotation marks open quotes in prose, and a number after the symbols makes them
        # a numbering ("§ 7", "(1)"): an outline of the article's own, no markup.
        quotes = all(c in QUOTES for c in found.group().strip())
        numbered = text[found.end() : found.end() + 1].isdigit()
        return "" if quotes or numbered else found.group()
    key = re.match(KEY, text)
    return key.group() if key else ""


def _key(found: str) -> bool:
    return bool(re.fullmatch(KEY, found))


def _closed(shape: Shape) -> bool:
    return shape.end.kind == "closed" and shape.sentences > 0 and shape.words >= SENTENCE_WORDS


def records(shapes: Sequence[Shape]) -> list[tuple[int, int]]:
    """Return the runs (first, last position) of two or more records of two to four lines
    each, laid out alike: at some place every record's line opens with the same markup,
    at another every record has a headline, at a third a long lead that breaks off or
    opens with the same markup; other stories' teasers as Markdown, YAML or framed cards,
    not the article's own paragraphs or lists."""
    found: list[tuple[int, int]] = []
    i = 0
    while i < len(shapes):
        best = 0
        for size in range(2, MOST_RECORD_LINES + 1):
            count = _records_at(shapes, i, size)
            if count >= 2 and count * size > best:
                best = count * size
        if best:
            found.append((i, i + best - 1))
            i += best
        else:
            i += 1
    return found


def _records_at(shapes: Sequence[Shape], i: int, size: int) -> int:
    """Return how many records of size lines laid out alike follow from position i (0:
    fewer than two, or not a listing's)."""
    first = shapes[i : i + size]
    if len(first) < size:
        return 0
    marks = [mark(s.text) for s in first]
    count = 1
    while True:
        nxt = shapes[i + count * size : i + (count + 1) * size]
        if len(nxt) < size or not any(
            m and mark(s.text) == m for m, s in zip(marks, nxt, strict=True)
        ):
            break
        count += 1
    if count < 2:
        return 0
    block = shapes[i : i + count * size]
    # Marks the page's prose opens with elsewhere are its style of writing (time stamps,
    # an interview's speaker), not a listing's markup.
    outside = [*shapes[:i], *shapes[i + count * size :]]
    styled = {mark(s.text) for s in outside if _closed(s) or s.prose}

    def column(j: int) -> list[Shape]:
        return [block[r * size + j] for r in range(count)]

    marked = {
        j
        for j in range(size)
        if marks[j] and marks[j] not in styled and all(mark(s.text) == marks[j] for s in column(j))
    }
    headline = {
        j
        for j in range(size)
        if all(2 <= s.words <= HEADLINE_WORDS and s.headline for s in column(j))
    }
    # A lead breaks off; one of whole sentences only as a data dump's value after its
    # key ("summary: ").
    lead = {
        j
        for j in range(size)
        if all(s.words >= LEAD_WORDS and (s.cut or _key(marks[j])) for s in column(j))
    }
    # A paragraph hard-wrapped over lines goes on in lower case: prose, not records.
    if any(s.continues and not mark(s.text) for s in shapes[i : i + count * size + 1]):
        return 0
    return count if marked and headline and lead - headline else 0
