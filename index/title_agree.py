"""Find the title two or more lines of a page's head agree on.

Pages show the title more than once before the body: again in lower case or in capitals,
at the end of a breadcrumb, in the head title left over from the markup, over or under
the title line itself. Each copy carries other parts around it (the site's name, a
kicker, "(Update)", an article number, a path), but the parts differ from copy to copy
while the title is in all of them. So the words two head lines share, in one run, are
the title when the run stands whole in both lines: at a line's start or end, or beside a
separator or bracket, never inside a sentence going on. A title wrapped over two lines is
looked for in the two lines joined.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

WORDS = re.compile(r"\w+")
SPACED_MARK = re.compile(r" [?!:;»](?=\s|$)")
# A title the lines agree on has this many words at least (the site's name, in capitals
# over the title and after it, has fewer).
AGREED_WORDS = 3
# When neither line holds the title alone, the run has this many words at least and is
# this share of both lines' words at least.
PARTIAL_WORDS = 4
PARTIAL_SHARE = 0.5
# Lines holding the title stand no further apart than this many lines between them (a
# pull quote repeating a line of the body stands further down).
MAX_GAP = 3
# Lines of this many words or more are body text, not a copy of the title.
HEAD_LINE_WORDS = 40
# What may stand right before a title inside a line: a separator, a colon, a bracket or
# quotation mark, markup ("## ", "<h1>") -- not a comma or a sentence's end.
BEFORE_BAD = (",", ";", ".")
AFTER_BAD = (",", ";", ".", ":", "!", "?", "…")


@dataclass(frozen=True)
class Agreed:
    """The title the head's lines agree on: its text, the line taken as the title line,
    the other lines holding it, and the line it goes on in when it is wrapped."""

    text: str
    line: int
    copies: tuple[int, ...]
    wrapped: int | None = None


@dataclass(frozen=True)
class _Line:
    """A head line (or two joined), with its words' places."""

    first: int
    last: int
    text: str
    words: tuple[tuple[int, int, str], ...]


def _line(first: int, last: int, text: str) -> _Line:
    words = tuple((m.start(), m.end(), m.group().casefold()) for m in WORDS.finditer(text))
    return _Line(first, last, text, words)


def _run(a: _Line, b: _Line) -> tuple[int, int, int] | None:
    """Return the longest run of words a and b share: (start in a, start in b, length)."""
    best = (0, 0, 0)
    prev = [0] * (len(b.words) + 1)
    for i, (_, _, wa) in enumerate(a.words):
        cur = [0] * (len(b.words) + 1)
        for j, (_, _, wb) in enumerate(b.words):
            if wa == wb:
                cur[j + 1] = prev[j] + 1
                if cur[j + 1] > best[2]:
                    best = (i - cur[j + 1] + 1, j - cur[j + 1] + 1, cur[j + 1])
        prev = cur
    return best if best[2] else None


def _span(line: _Line, start: int, length: int) -> tuple[int, int]:
    return line.words[start][0], line.words[start + length - 1][1]


def _widen(a: str, sa: tuple[int, int], b: str, sb: tuple[int, int]) -> tuple[tuple[int, int], ...]:
    """Widen two equal spans over the marks both lines have right beside them ("„…“",
    "?", "…"), never over a space."""
    (a0, a1), (b0, b1) = sa, sb
    while a0 and b0 and not a[a0 - 1].isspace() and a[a0 - 1].casefold() == b[b0 - 1].casefold():
        a0, b0 = a0 - 1, b0 - 1
    while (
        a1 < len(a) and b1 < len(b) and not a[a1].isspace() and a[a1].casefold() == b[b1].casefold()
    ):
        a1, b1 = a1 + 1, b1 + 1
    # What both lines hold alike before or after it is the title's too ("- Angsten vil øke").
    if a[:a0].casefold() == b[:b0].casefold():
        a0 = b0 = 0
    if a[a1:].casefold() == b[b1:].casefold():
        a1, b1 = len(a), len(b)
    # A mark set off by a space ("l'extinction ?", French style) when both lines have it.
    ma, mb = SPACED_MARK.match(a, a1), SPACED_MARK.match(b, b1)
    if ma and mb and ma.group() == mb.group():
        a1, b1 = ma.end(), mb.end()
    return (a0, a1), (b0, b1)


def _stands_whole(text: str, start: int, end: int) -> bool:
    """Tell whether text[start:end] stands whole in its line: at an end of it, or beside
    something that is no word and no sentence going on."""
    before, after = text[:start].rstrip(), text[end:].lstrip()
    if before and (before[-1].isalnum() or before.endswith(BEFORE_BAD)):
        return False
    return not after or not (after[0].isalnum() or after.startswith(AFTER_BAD))


def _cased(text: str) -> bool:
    """Tell whether text is written in mixed case (not a lower- or upper-case copy)."""
    return text != text.lower() and text != text.upper()


def _pair(a: _Line, b: _Line) -> tuple[str, str, bool] | None:
    """Return the title two lines agree on, as each writes it, and whether the two lines
    hold nothing else (None: they agree on none)."""
    found = _run(a, b)
    if found is None:
        return None
    ia, ib, n = found
    if n < AGREED_WORDS:
        return None
    sa, sb = _widen(a.text, _span(a, ia, n), b.text, _span(b, ib, n))
    ta, tb = a.text[sa[0] : sa[1]], b.text[sb[0] : sb[1]]
    if ta.casefold() != tb.casefold():
        return None  # the words agree, what stands between them does not
    if not (_stands_whole(a.text, *sa) and _stands_whole(b.text, *sb)):
        return None
    if 2 * n <= max(len(a.words), len(b.words)):
        return None  # the larger part of a line is the title, not the site's name beside it
    whole = n == len(a.words) or n == len(b.words)
    if not whole and (n < PARTIAL_WORDS or n < PARTIAL_SHARE * max(len(a.words), len(b.words))):
        return None
    if ta.endswith(".") and not ta.endswith("..") and _cased(ta) and _cased(tb):
        return None  # a sentence twice: the body's opening repeated, not a title
    return ta, tb, n == len(a.words) == len(b.words)


def agreed(
    lines: list[str], limit: int, chrome: set[int], prose: set[int] | None = None
) -> Agreed | None:
    """Return the title the first `limit` lines agree on (None: they agree on none);
    lines in chrome (recurring on the source's pages: a photo credit, the site's name)
    hold no title, and a line of prose (a sentence) or a photo caption between two lines
    parts them (the second is the body's: a subheading)."""
    head: list[_Line] = []
    for i in range(min(limit, len(lines))):
        one = _line(i, i, lines[i])
        if len(one.words) >= HEAD_LINE_WORDS:
            break  # the body has begun
        if i not in chrome:
            head.append(one)
    if len(head) < 2:
        return None
    joined = [
        _line(x.first, y.first, f"{x.text} {y.text}")
        for x, y in zip(head, head[1:], strict=False)
        if x.words and y.words and y.first == x.first + 1
    ]
    sets = {id(x): {w for _, _, w in x.words} for x in head + joined}
    groups: dict[str, dict[int, str]] = {}
    wraps: dict[str, int] = {}
    # Titles two lines hold alone (the title and its copy): no shorter run other lines
    # agree on (a dateline repeating the title without the site's name) comes before.
    copied: set[str] = set()
    for a in head + joined:
        for b in head:
            if b.first <= a.first if a.first == a.last else a.first <= b.first <= a.last:
                continue  # each pair of lines once; joined lines against the others
            if len(sets[id(a)] & sets[id(b)]) < AGREED_WORDS:
                continue
            found = _pair(a, b)
            if found is None:
                continue
            key = found[0].casefold()
            if a.first != a.last:
                if not _spans_both(a, found[0], lines[a.first]):
                    continue  # the joined lines agree only where one line does already
                wraps[key] = a.first
            group = groups.setdefault(key, {})
            group.setdefault(a.first, found[0])
            group.setdefault(b.first, found[1])
            if found[2]:
                copied.add(key)
    for key, group in groups.items():
        groups[key] = _unparted(group, prose or set())
    groups = {k: g for k, g in groups.items() if len(g) >= 2 and not _repeated(g, lines)}
    if not groups:
        return None
    key = max(groups, key=lambda k: (k in copied, len(groups[k]), len(k)))
    group = groups[key]
    order = sorted(group)
    cased = [i for i in order if _cased(group[i])]
    line = cased[-1] if cased else order[-1]
    text = group[line]
    wrapped = wraps.get(key)
    if wrapped is not None and line == wrapped:
        copies = tuple(i for i in order if i != line) + (line + 1,)
        return Agreed(text, line, tuple(sorted(set(copies))), wrapped=line + 1)
    return Agreed(text, line, tuple(i for i in order if i != line))


def _spans_both(joined: _Line, text: str, first: str) -> bool:
    """Tell whether a title found in two joined lines goes on from the first into the
    second."""
    at = joined.text.casefold().find(text.casefold())
    return at >= 0 and at < len(first) < at + len(text)


def _unparted(group: dict[int, str], prose: set[int]) -> dict[int, str]:
    """Return the group's lines up to the first one a line of prose, or more than
    MAX_GAP lines, part from the one before it."""
    order = sorted(group)
    kept = order[:1]
    for before, line in zip(order, order[1:], strict=False):
        if line - before > MAX_GAP + 1:
            break
        if any(before < k < line for k in prose if k not in group):
            break
        kept.append(line)
    return {k: group[k] for k in kept}


def _repeated(group: dict[int, str], lines: list[str]) -> bool:
    """Tell whether the group's lines are one line written alike, case and all, in places
    apart (a label or an advertisement repeated on the page, not a title and its copy)."""
    order = sorted(group)
    return len({lines[i] for i in order}) == 1 and order[-1] - order[0] >= len(order)
