"""Snippets: the passages of an article where the query matched, with the matches marked.

The stored text is run through the same analyzer as at index time, so stemmed and
folded forms are marked too ("Flüchtlingen" for a search for "Flüchtling"). The whole
text is read: matches deep in a long article are found. Everything but the <mark>
tags is HTML-escaped.
"""

from __future__ import annotations

import bisect
import functools
import re
from collections.abc import Iterable
from dataclasses import dataclass
from html import escape

from whoosh.analysis import Analyzer

from index.analysis import MONTHS, SAME_AS, WORD

FRAGMENT_CHARS = 200
MAX_FRAGMENTS = 3


@dataclass(frozen=True)
class Span:
    """A matched term's character range in the text."""

    start: int
    end: int
    term: str


# A cheap view of a paragraph in which every index term's first letters appear: stems
# are prefixes of the folded word ("fluchtling" of "Flüchtlinge"), compound parts lie
# inside it. Paragraphs without any term's first letters are not analyzed at all.
_FOLD = str.maketrans(
    {
        "ä": "a",
        "ö": "o",
        "ü": "u",
        "ß": "ss",
        "é": "e",
        "è": "e",
        "-": None,
        "\u2010": None,
        "\u2011": None,
        ".": None,
    }
)
_UMLAUT_E = re.compile(r"(?<=[aou])e")
PREFIX_CHARS = 4
PARAGRAPH = re.compile(r"[^\n]+")


def _may_match(paragraph: str, prefixes: frozenset[str]) -> bool:
    folded = paragraph.lower().translate(_FOLD)
    if any(p in folded for p in prefixes):
        return True
    folded = _UMLAUT_E.sub("", folded)  # Muenchen → munchen
    return any(p in folded for p in prefixes)


# How a letter of a folded term may be written in the text (ä/ae for a, ß for s, …).
_SPELLINGS = {
    "a": "ae|a|ä|á|à|â",
    "o": "oe|o|ö|ó|ò|ô",
    "u": "ue|u|ü|ú|ù|û",
    "e": "e|é|è|ê|ë",
    "i": "i|í|ì|î|ï",
    "c": "c|ç",
    "n": "n|ñ",
    "s": "s|ß|ẞ",
}
_HYPHEN = "[-\u2010\u2011.]?"


# Terms the analyzer derives from words spelled otherwise (index.analysis): a month's
# name from its figure ("05.01." → januar) or an Austrian name ("Jänner"); the prefixes
# of those spellings are looked for too.
def _derived_spellings() -> dict[str, frozenset[str]]:
    """Map the prefix of each derivable term to the prefixes of its other spellings."""
    out: dict[str, set[str]] = {}
    for n, month in enumerate(MONTHS, 1):
        out.setdefault(month[:PREFIX_CHARS].replace("ä", "a"), set()).update({str(n), f"{n:02d}"})
    for word, same in SAME_AS.items():
        out.setdefault(same[:PREFIX_CHARS], set()).add(word[:PREFIX_CHARS].replace("ä", "a"))
    return {k: frozenset(v) for k, v in out.items()}


_SPELLED_AS = _derived_spellings()


@functools.lru_cache(maxsize=256)
def _prefix_pattern(prefixes: frozenset[str]) -> re.Pattern[str]:
    """Match anywhere the text may spell one of the term prefixes, loosely.

    Loose on purpose (umlauts, digraphs, ß, accents, hyphens inside): the analyzer decides
    on the words found; the pattern only must not miss one.
    """
    options = []
    for prefix in sorted(prefixes):
        chars = []
        i = 0
        while i < len(prefix):
            if prefix.startswith("ss", i):
                chars.append("(?:ss|ß|ẞ)")
                i += 2
                continue
            c = prefix[i]
            chars.append(f"(?:{_SPELLINGS[c]})" if c in _SPELLINGS else re.escape(c))
            i += 1
        options.append(_HYPHEN.join(chars))
    return re.compile("|".join(options), re.IGNORECASE)


def match_spans(analyzer: Analyzer, text: str, terms: Iterable[str]) -> list[Span]:
    """Return the character ranges of the text whose analyzed term is one of terms."""
    wanted = frozenset(terms)
    if not wanted or not text:
        return []
    prefixes = frozenset(t[:PREFIX_CHARS] for t in wanted)
    prefixes |= {p for t in prefixes for p in _SPELLED_AS.get(t, ())}
    checkable = all(p.isascii() for p in prefixes)
    spans: list[Span] = []
    for para in PARAGRAPH.finditer(text):
        if checkable and not _may_match(para.group(0), prefixes):
            continue
        if not checkable:
            _analyze_into(spans, analyzer, para.group(0), para.start(), wanted)
            continue
        # Analysis is word by word (tokenizer and filters see one word at a time), so
        # only the words that may hold a term are analyzed: a tenth of a paragraph or less.
        starts = [m.start() for m in _prefix_pattern(prefixes).finditer(para.group(0))]
        if not starts:
            continue
        for word in WORD.finditer(para.group(0)):
            at = bisect.bisect_left(starts, word.start())
            if at < len(starts) and starts[at] < word.end():
                _analyze_into(spans, analyzer, word.group(0), para.start() + word.start(), wanted)
    return _merge(spans)


def _analyze_into(
    spans: list[Span], analyzer: Analyzer, text: str, offset: int, wanted: frozenset[str]
) -> None:
    """Add the spans of a text's tokens that are wanted terms, shifted by offset."""
    for t in analyzer(text, positions=True, chars=True, mode="index"):
        if t.text in wanted:
            spans.append(Span(offset + t.startchar, offset + t.endchar, t.text))


def _merge(spans: list[Span]) -> list[Span]:
    """Sort spans and merge overlapping ones (a hyphenated word and its parts)."""
    spans.sort(key=lambda s: (s.start, -s.end))
    merged: list[Span] = []
    for s in spans:
        if merged and s.start < merged[-1].end:
            last = merged[-1]
            if s.end > last.end:
                merged[-1] = Span(last.start, s.end, last.term)
            continue
        merged.append(s)
    return merged


def mark(text: str, spans: list[Span], start: int = 0, end: int | None = None) -> str:
    """Return text[start:end] HTML-escaped, with the spans inside it wrapped in <mark>."""
    end = len(text) if end is None else end
    out: list[str] = []
    pos = start
    for s in spans:
        if s.end <= start or s.start >= end:
            continue
        a, b = max(s.start, start), min(s.end, end)
        out.append(escape(text[pos:a]))
        out.append(f"<mark>{escape(text[a:b])}</mark>")
        pos = b
    out.append(escape(text[pos:end]))
    return "".join(out)


def _word_bounds(text: str, start: int, end: int) -> tuple[int, int]:
    """Widen or trim a window so that it starts and ends at word boundaries."""
    start = max(0, start)
    end = min(len(text), end)
    if start > 0:
        space = text.find(" ", start, start + 30)
        start = space + 1 if space != -1 else start
    if end < len(text):
        space = text.rfind(" ", end - 30, end)
        end = space if space > start else end
    return start, end


def _windows(text: str, spans: list[Span], size: int) -> list[tuple[int, int, int]]:
    """Score a window starting a little before each match by the distinct terms it holds."""
    windows = []
    j = 0
    for i, s in enumerate(spans):
        start = max(0, s.start - size // 4)
        end = start + size
        while j < len(spans) and spans[j].start < start:
            j += 1
        inside = [x for x in spans[max(j, 0) : i + 40] if x.start >= start and x.end <= end]
        distinct = len({x.term for x in inside})
        windows.append((start, end, distinct * 10 + len(inside)))
    return windows


def snippet(
    text: str,
    spans: list[Span],
    size: int = FRAGMENT_CHARS,
    max_fragments: int = MAX_FRAGMENTS,
) -> str:
    """Return 1–3 marked fragments of about `size` characters, or the lead if none match."""
    if not spans:
        start, end = _word_bounds(text, 0, size)
        return escape(text[start:end]) + (" …" if end < len(text) else "")
    chosen: list[tuple[int, int]] = []
    covered: set[str] = set()
    for start, end, _score in sorted(_windows(text, spans, size), key=lambda w: -w[2]):
        if len(chosen) >= max_fragments:
            break
        if any(start < b and a < end for a, b in chosen):
            continue
        terms = {s.term for s in spans if s.start >= start and s.end <= end}
        # A further fragment must show a term the others do not.
        if chosen and terms <= covered:
            continue
        covered |= terms
        chosen.append((start, end))
    parts = []
    for start, end in sorted(chosen):
        a, b = _word_bounds(text, start, end)
        # Never cut a marked word in half at a window edge.
        for s in spans:
            if s.start < a < s.end:
                a = s.start
            if s.start < b < s.end:
                b = s.end
        prefix = "… " if a > 0 else ""
        suffix = " …" if b < len(text) else ""
        parts.append(prefix + mark(text, spans, a, b).strip() + suffix)
    return " ".join(parts).replace("… …", "…")
