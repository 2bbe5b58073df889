"""The shape of a page line: how long, how it ends, whether it reads as a sentence.

Pure functions of one line, shared by the parts of the cleaner (index/clean.py). Shape
says what a line looks like, never what it is: that is decided with its neighbours and
the archive's evidence.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cached_property

from index import cues
from index.line_ending import CLOSED_END, SHORT_MARKED_TEXT, Ending, ending
from index.line_words import WORD, count_words

# Where a line splits into its sentences: after a sentence end and the space after it.
SENTENCE_SPLIT = re.compile(r"(?<=[.!?])\s+")
# Separators of breadcrumbs, menus and link lists, with spaces around them: any symbol or
# two that is no word, quote, bracket or sentence punctuation ("/", ">", "›", "~", "⟩").
SEPARATOR = re.compile(r"\s+(?:[^\w\s\"'„“”‚‘’()\[\]{}.,;!?&+]{1,3}|::)\s+")
# A number standing for a count: "12 Kommentare", "Kommentare (12)", "Comments: 12".
COUNTER = re.compile(
    r"^\W*(?:\d[\d.,]*\s+[^\W\d]+(?:\s+[^\W\d]+)?|[^\W\d]+(?:\s+[^\W\d]+)?\s*(?:\(\d+\)|:\s*\d+))\W*$"
)
COPYRIGHT = re.compile(r"^copyright\b|©", re.IGNORECASE)
YEAR = re.compile(r"\b(?:19|20)\d\d\b")
DATE = re.compile(
    r"\b\d{1,2}\.\s?(?:\d{1,2}\.\s?(?:\d{2,4})?|[A-ZÄÖÜ][a-zäöü]+\.?\s+\d{4})"
    r"|\b\d{4}-\d\d-\d\d\b|\b\d{1,2}:\d\d\b"
)
DASHES = frozenset({"-", "–", "—", "‒", ":"})
ABBREVIATION_END = re.compile(r"\b[^\W\d]{1,4}\.$")
BYLINE_WORDS = frozenset(
    {
        "von", "am", "um", "uhr", "stand", "aktualisiert", "veröffentlicht", "erschienen",
        "autor", "autorin", "text", "by", "updated", "published", "on", "at", "min",
        "read", "lesezeit",
    }
)  # fmt: skip
BYLINE_START = re.compile(r"^(?:von|by|text:|autor(?:in)?:)\s+\w", re.IGNORECASE)

# Articles, conjunctions and prepositions that do not end a clause: a line ending in one
# is cut mid-sentence, not a headline ("aus", "an", "zu" may: "steht noch aus").
FUNCTION_WORDS = frozenset(
    {
        "der", "die", "das", "den", "dem", "des", "ein", "eine", "einen", "einem", "einer",
        "eines", "und", "oder", "aber", "sondern", "dass", "weil", "wenn", "ob", "als", "für",
        "mit", "von", "bei", "zum", "zur", "im", "am", "vom", "beim",
        "the", "a", "of", "and", "or", "for", "with", "from", "that", "to",
    }
)  # fmt: skip

# A sentence's end: a word of three letters or more (or any word at the line's end, or
# "?" and "!" after any), its punctuation, and a capital or the line's end after it.
SENTENCE_END = re.compile(
    r"(?:[^\W\d]{3}[.…]|\w[!?])[\"“”»«’)]?(?=\s+[A-ZÄÖÜ„\"»«(])|\w[.!?…][\"“”»«’)]?$"
)

# Sentences make prose from this many words on (a headline may have two short ones).
PROSE_SENTENCES_WORDS = 14

# The rest of a sentence on a line of its own has at least this many words.
CONTINUED_WORDS = 3

# Lines of at most this many words count as short: headlines, headings, labels.
SHORT_WORDS = 12
# A headline has at most this many words (titles in the evaluation corpus: at most 29).
HEADLINE_WORDS = 30
HEADLINE_CHARS = 220


# A label before a breadcrumb ("You are here: …") has at most this many words.
LABELLED = re.compile(r"^([^:]{1,40}):\s+(\S.*)$")
CRUMB_LABEL_WORDS = 4
# A short group of words in square brackets ending this many lines of a page is a
# read-more link in the site's wording ("[zum Text]"), whatever it says; so is one in
# round brackets after text cut mid-sentence ("… doch die (Lektüre fortsetzen)"): a
# remark in round brackets follows a finished sentence ("… gesagt. (Beifall)"). An
# abbreviation alone in square brackets is one too ("[usw.]").
PAGE_TAIL_LINES = 3
PAGE_TAIL = re.compile(
    r"\s+(\[[^\[\].,;:!?…]{1,30}\]|\[[^\W\d]{1,6}\.\]|\([^()\[\].,;:!?…]{1,30}\))$"
)
PAGE_TAIL_WORDS = 3


def _page_tail(line: str) -> str:
    """Return the bracketed group of a few words ending a line, if it may be a link."""
    m = PAGE_TAIL.search(line)
    if m is None or count_words(m.group(1)) > PAGE_TAIL_WORDS:
        return ""
    if m.group(1).startswith("(") and CLOSED_END.search(line[: m.start()]):
        return ""
    return m.group(1)


def page_shapes(lines: list[str]) -> list[Shape]:
    """Return the shapes of a page's lines, each told the read-more link its page ends
    lines with (a bracketed tail ending PAGE_TAIL_LINES lines or more)."""
    tails: dict[str, int] = {}
    for line in lines:
        if tail := _page_tail(line):
            tails[tail] = tails.get(tail, 0) + 1
    links = {t for t, n in tails.items() if n >= PAGE_TAIL_LINES}
    if not links:
        return [Shape(line) for line in lines]
    shapes = []
    for line in lines:
        tail = _page_tail(line)
        shapes.append(Shape(line, tail if tail in links else ""))
    return shapes


@dataclass
class Shape:
    """What one page line looks like; link: a read-more link the page ends lines with."""

    text: str
    link: str = ""

    @cached_property
    def words(self) -> int:
        """Number of words."""
        return count_words(self.text)

    @cached_property
    def end(self) -> Ending:
        """How the line ends."""
        if self.link:
            core = self.text[: -len(self.link)].rstrip()
            if count_words(core) >= SHORT_MARKED_TEXT:
                return Ending(ending(core).core, self.link, "marker")
        return ending(self.text)

    @cached_property
    def minor(self) -> bool:
        """Whether the line is a small label between a teaser's parts: a date, a time, a
        number, a kicker in capitals ("POLITIK", "09.10.2022", "vor 3 Stunden", "01")."""
        if self.words > 3:
            return False
        if self.dateline or self.counter or self.caps or not re.search(r"[^\W\d]", self.text):
            return True
        return bool(re.search(r"\d", self.text)) and self.end.kind != "closed"

    @cached_property
    def continues(self) -> bool:
        """Whether the line starts in lower case: it goes on with the line before it (a
        hard-wrapped sentence), and so is neither a headline nor a teaser's lead."""
        first = self.text.lstrip("\"'„“”‚‘’«»‹›([{-–—•·* ")[:1]
        # A word or two in lower case is rather a label ("gestern") than a sentence's rest.
        return first.islower() and self.words >= CONTINUED_WORDS

    @cached_property
    def cut(self) -> bool:
        """Whether the line breaks off: a marker, an ellipsis or no closing punctuation."""
        return self.end.kind != "closed"

    @property
    def short(self) -> bool:
        """Whether the line is short: a headline, heading or label rather than prose."""
        return self.words <= SHORT_WORDS

    @cached_property
    def headline(self) -> bool:
        """Whether the line could be a headline: short, not a finished prose sentence."""
        text = self.text
        if not 1 <= self.words <= HEADLINE_WORDS or len(text) > HEADLINE_CHARS:
            return False
        if self.end.kind == "marker" or text.endswith(","):
            return False
        last = WORD.findall(text[-20:])
        if last and text[-1].isalnum() and last[-1].lower() in FUNCTION_WORDS:
            return False
        # Headlines end in a word, "?", "!", a quote or a bracket, seldom in a full stop.
        return not (text.endswith(".") and not text.endswith("..") and self.sentences >= 1)

    @cached_property
    def sentences(self) -> int:
        """Count the sentence ends in the line (full stop, ? or ! before a capital or end;
        not the full stop of an ordinal or a short abbreviation: "am 1. August", "Dr. X")."""
        return len(SENTENCE_END.findall(self.text))

    @cached_property
    def prose(self) -> bool:
        """Whether the line reads as body prose: long, or sentences ending in a full stop
        (a headline may end in "!" or "?", seldom in a full stop)."""
        if self.words >= 25:
            return True
        if self.words < 8:
            return False
        # "Silvesterüberraschung! Stuttgart steht auf!" is a headline of two sentences.
        if self.sentences >= 2 and self.words >= PROSE_SENTENCES_WORDS:
            return True
        return bool(re.search(r"\w[.][\"“”»«’)]?$", self.text))

    @cached_property
    def caps(self) -> bool:
        """Whether the line is written in capitals (a site name, a label)."""
        letters = [c for c in self.text if c.isalpha()]
        cased = [c for c in letters if c.isupper() or c.islower()]
        return len(cased) >= 3 and sum(c.isupper() for c in cased) / len(cased) >= 0.8

    @cached_property
    def segments(self) -> list[str]:
        """The parts of the line between separators ("Politik / Inland")."""
        return [s for s in SEPARATOR.split(self.text) if s]

    @cached_property
    def crumbs(self) -> bool:
        """Whether the line is a breadcrumb, menu or link list: short parts between
        separators, none of them a sentence; also after a short label ("Sie sind hier:
        Politik ⋅ Inland")."""
        m = LABELLED.match(self.text)
        if m and count_words(m.group(1)) <= CRUMB_LABEL_WORDS and Shape(m.group(2)).crumbs:
            return True
        parts = self.segments
        # Two parts only if short and not joined by a dash ("Home > Politik"; "Putin – ein
        # Jahr danach" is a headline).
        if len(parts) == 2:
            joint = SEPARATOR.search(self.text)
            dash = joint is not None and joint.group().strip() in DASHES
            return not dash and all(count_words(p) <= 3 for p in parts)
        if len(parts) < 3:
            return False
        return all(count_words(p) <= 3 and not p.endswith(".") for p in parts)

    @cached_property
    def counter(self) -> bool:
        """Whether the line is a count of something ("12 Kommentare", "Comments (3)")."""
        return self.words <= 3 and bool(COUNTER.match(self.text))

    @cached_property
    def copyright(self) -> bool:
        """Whether the line is a copyright notice."""
        return (
            self.words <= 20
            and bool(COPYRIGHT.search(self.text))
            and bool(YEAR.search(self.text) or cues.count(self.text, cues.CHROME_WORDS))
        )

    @cached_property
    def dateline(self) -> bool:
        """Whether the line is a byline or date line ("Von Anna Keller, 12.03.2023"):
        a date with a few words (a name, "Stand:"), or "Von"/"By" and a name."""
        if self.words > 12 or self.text.endswith(("?", "!")):
            return False
        if self.text.endswith(".") and not ABBREVIATION_END.search(self.text):
            return False  # a sentence; "… Lesezeit 3 Min." ends in an abbreviation
        if DATE.search(self.text):
            # Besides the date only a name and byline words ("Von", "Stand", "Uhr").
            rest = WORD.findall(DATE.sub(" ", self.text))
            # A number may hold a point or colon: a time ("9.45 Uhr") beside the date.
            return len(rest) <= 5 and all(
                w.lower() in BYLINE_WORDS or w[0].isupper() or w[:1].isdigit() for w in rest
            )
        return bool(BYLINE_START.match(self.text) and self.words <= 5)

    @cached_property
    def chrome_cues(self) -> float:
        """Share of the line's words that are chrome cue words (cookies, teilen, ...)."""
        return cues.share(self.text, cues.CHROME_WORDS)
