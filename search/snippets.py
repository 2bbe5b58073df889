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
import threading
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from html import escape

from whoosh.analysis import Analyzer

from index.word_pattern import MONTHS, TOKEN, other_spellings

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
# Folded with str.replace, one pass per letter: many times faster than str.translate on
# text with umlauts (translate maps every character through a dict).
_FOLDS = (
    ("ä", "a"),
    ("ö", "o"),
    ("ü", "u"),
    ("ß", "ss"),
    ("é", "e"),
    ("è", "e"),
    ("-", ""),
    ("\u2010", ""),
    ("\u2011", ""),
    (".", ""),
)
PREFIX_CHARS = 4
PARAGRAPH = re.compile(r"[^\n]+")


def _fold(text: str) -> str:
    """Lowercase text and fold its umlauts, ß and accents; drop hyphens."""
    folded = text.lower()
    for letter, plain in _FOLDS:
        if letter in folded:
            folded = folded.replace(letter, plain)
    return folded


def _may_match(paragraph: str, prefixes: frozenset[str]) -> bool:
    folded = _fold(paragraph)
    if any(p in folded for p in prefixes):
        return True
    # Muenchen → munchen: each e after a, o or u in the text dropped. str.replace does not
    # look at what it wrote, and dropping an e never puts o or u before an e, so the three
    # passes drop just the e's that follow a, o or u in the text.
    folded = folded.replace("ae", "a").replace("oe", "o").replace("ue", "u")
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
# name from its figure ("05.01." → januar), a figure from its word ("sechs" → 6), a
# decade from its word ("Achtziger" → 80er), "prozent" from "%"; the prefixes of those
# spellings are looked for too, folded as the text is (_may_match).
def _derived_spellings() -> dict[str, frozenset[str]]:
    """Map the prefix of each derivable term to the prefixes of its other spellings."""
    out: dict[str, set[str]] = {}
    for n, month in enumerate(MONTHS, 1):
        out.setdefault(_fold(month)[:PREFIX_CHARS], set()).update({str(n), f"{n:02d}"})
    for same, words in other_spellings().items():
        out.setdefault(same[:PREFIX_CHARS], set()).update(_fold(w)[:PREFIX_CHARS] for w in words)
    return {k: frozenset(v) for k, v in out.items()}


_SPELLED_AS = _derived_spellings()


# One pattern per prefix, not one per query's set of them: a query's words are new to
# a process far more often than their first letters (a pattern's compilation costs more
# than searching a title with it).
@functools.lru_cache(maxsize=4096)
def _prefix_pattern(prefix: str, ignore_case: bool = False) -> re.Pattern[str]:
    """Match anywhere the text may spell a term prefix, loosely (ignore_case: in text of
    any case; else in lowercased text).

    Loose on purpose (umlauts, digraphs, ß, accents, hyphens inside): the analyzer decides
    on the words found; the pattern only must not miss one.
    """
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
    return re.compile(_HYPHEN.join(chars), re.IGNORECASE if ignore_case else 0)


# Letters an ignore-case pattern matches that lowercasing does not turn into the
# pattern's own (dotless i, long s): text holding one is searched ignoring case.
_CASE_ODD = ("\u0131", "\u017f")


def _prefix_starts(
    text: str, prefixes: frozenset[str], patterns: tuple[re.Pattern[str], ...] | None = None
) -> list[int]:
    """Return where in the text any prefix's pattern matches (each pattern's matches from
    the text's start), in order (patterns: the prefixes' own, compiled already).

    Searched in the lowercased text with patterns that do not ignore case: the regular
    expression engine then skips ahead to a pattern's first letters instead of trying
    every position (some 2.5 times faster). Where lowercasing changes a length (a dotted
    capital I) or misses a letter ignoring case finds, the text is searched as it is.
    """
    lowered = text.lower()
    if len(lowered) == len(text) and not any(c in text for c in _CASE_ODD):
        if patterns is None:
            patterns = tuple(_prefix_pattern(p) for p in prefixes)
        found: set[int] = set()
        for pattern in patterns:
            found.update(m.start() for m in pattern.finditer(lowered))
        return sorted(found)
    return sorted({m.start() for p in prefixes for m in _prefix_pattern(p, True).finditer(text)})


@functools.lru_cache(maxsize=1024)
def _plan(wanted: frozenset[str]) -> tuple[frozenset[str], tuple[re.Pattern[str], ...] | None]:
    """Return the prefixes a set of terms is looked for by and their patterns (None: a
    prefix not in ASCII, so every paragraph is analyzed): the same for every hit of a
    query, worked out once."""
    prefixes = frozenset(t[:PREFIX_CHARS] for t in wanted)
    prefixes |= {p for t in prefixes for p in _SPELLED_AS.get(t, ())}
    if not all(p.isascii() for p in prefixes):
        return prefixes, None
    return prefixes, tuple(_prefix_pattern(p) for p in sorted(prefixes))


def match_spans(analyzer: Analyzer, text: str, terms: Iterable[str]) -> list[Span]:
    """Return the character ranges of the text whose analyzed term is one of terms."""
    wanted = terms if type(terms) is frozenset else frozenset(terms)
    if not wanted or not text:
        return []
    prefixes, patterns = _plan(wanted)
    spans: list[Span] = []
    if patterns is None:
        for para in PARAGRAPH.finditer(text):
            for t in analyzer(para.group(0), positions=True, chars=True, mode="index"):
                if t.text in wanted:
                    spans.append(Span(para.start() + t.startchar, para.start() + t.endchar, t.text))
        return _merge(spans)
    # Where a prefix may be spelled, looked for in the whole text at once: a pattern
    # never matches across a line's end, so it finds what it finds paragraph by paragraph.
    found = _prefix_starts(text, prefixes, patterns)
    # Only the paragraphs holding a place found are visited (a long article has dozens
    # without any): the paragraph (PARAGRAPH's match) around a place is told by the line
    # ends either side of it, as a pattern starts on a letter, never on a line's end.
    i = 0
    while i < len(found):
        if text[found[i]] == "\n":
            i += 1  # in no paragraph
            continue
        start = text.rfind("\n", 0, found[i]) + 1
        end = text.find("\n", found[i])
        if end < 0:
            end = len(text)
        last = bisect.bisect_left(found, end, i)
        paragraph = text[start:end]
        if _may_match(paragraph, prefixes):
            # Analysis is word by word (tokenizer and filters see one word at a time), so
            # only the words that may hold a term are analyzed: a tenth of a paragraph or
            # less.
            starts = [at - start for at in found[i:last]]
            for word in _words_at(paragraph, starts):
                _analyze_into(spans, analyzer, word.group(0), start + word.start(), wanted)
        i = last
    return _merge(spans)


def _words_at(text: str, starts: list[int]) -> Iterator[re.Match[str]]:
    """Yield the words of text (TOKEN's matches from its start) holding one of the sorted
    positions starts.

    No word holds a space, so TOKEN finds the same words from just after any space as from
    the text's start: each position's word is looked for from the last space before it,
    not by reading every word of the paragraph.
    """
    done = 0  # the words before this position have been yielded or passed
    for pos in starts:
        if pos < done:
            continue  # in the word yielded last
        begin = max(done, text.rfind(" ", done, pos) + 1)
        for word in TOKEN.finditer(text, begin):
            if word.start() > pos:
                break  # the position is between words
            if word.end() > pos:
                yield word
                done = word.end()
                break


def _analyze_into(
    spans: list[Span], analyzer: Analyzer, word: str, offset: int, wanted: frozenset[str]
) -> None:
    """Add the spans of a word's tokens that are wanted terms, shifted by offset."""
    for term, start, end in _tokens(analyzer, word):
        if term in wanted:
            spans.append(Span(offset + start, offset + end, term))


# The tokens of words analyzed before, per analyzer: the same words (names, the query's
# words) come back hit after hit. Analyzers are not hashable, so they are told apart by
# their identity and kept alive beside their words; a few are kept (one per open index
# and language group), each with a bounded number of words.
_ANALYZED: dict[int, tuple[Analyzer, dict[str, tuple[tuple[str, int, int], ...]]]] = {}
MAX_ANALYZERS = 16
MAX_WORDS = 100_000
_ANALYZED_LOCK = threading.Lock()


def _tokens(analyzer: Analyzer, text: str) -> tuple[tuple[str, int, int], ...]:
    """Return the (term, start, end) of a word's tokens as the analyzer gives them."""
    kept = _ANALYZED.get(id(analyzer))
    if kept is None or kept[0] is not analyzer:
        with _ANALYZED_LOCK:
            if len(_ANALYZED) >= MAX_ANALYZERS:
                _ANALYZED.pop(next(iter(_ANALYZED)))
            kept = _ANALYZED[id(analyzer)] = (analyzer, {})
    words = kept[1]
    found = words.get(text)
    if found is None:
        found = tuple(
            (t.text, t.startchar, t.endchar)
            for t in analyzer(text, positions=True, chars=True, mode="index")
        )
        if len(words) >= MAX_WORDS:
            words.clear()
        words[text] = found
    return found


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
