"""The lines a run counts across its sources, and the pieces of other stories' text a line
may be made of (index/run_lines.py tells the lines so found as teasers)."""

from __future__ import annotations

import re
from functools import lru_cache

from index import teasers
from index.keys import digest
from index.line_words import count_words
from index.shape import SENTENCE_SPLIT

WORD = re.compile(r"\w+")

# The run's own source name in the evidence (no source folder is named so): a line
# counted there stands on pages of any source.
RUN = "\x00run"
# Lines of this many words are counted for the run: a headline's or a lead's length.
RUN_MIN_WORDS = 4
RUN_MAX_WORDS = 60
RUN_MAX_CHARS = 400
# A line standing on this many distinct bodies of the run is another story's text.
RUN_PAGES = 2
# A piece of a line is a headline or a lead of at least this many words.
PIECE_WORDS = 4
# Where a line splits into the pieces it may be made of: after a sentence, at a dash or
# a bar standing apart or a colon, at a symbol or two standing apart (a row of
# headlines), around a quotation.
JOINT_SPLIT = re.compile(r"\s+[–—|]\s+|:\s+")
QUOTED = re.compile(r"[„“\"«»]([^„“”\"«»]{10,200})[“”\"«»]")
STRIPPED = " .,;:–—|"
# A time of day before or after a ticker's text ("12:04 ⟶ …", "+ 20.48 Uhr + …", "…
# [12:04]"), with a short word and symbols beside it.
STAMP_BEFORE = re.compile(r"^[^\w„“\"«]*\d{1,2}[:.]\d{2}\b[^\w„“\"«]*(?:\w{1,3}\b[^\w„“\"«]*)?")
STAMP_AFTER = re.compile(r"\s*[\[(]?\d{1,2}[:.]\d{2}[\])]?$")


def pair_key(first: str, second: str) -> int:
    """Key two consecutive lines together: a passage recurring whole (a list of the
    source's own, a copied paragraph) recurs with its neighbours, a teaser picked for
    each page does not."""
    return digest("\x00pair " + " ".join(WORD.findall(f"{first}\n{second}".casefold())))


def counted(line: str) -> bool:
    """Tell whether a line is counted for the run (of a headline's or lead's length)."""
    return len(line) <= RUN_MAX_CHARS and RUN_MIN_WORDS <= count_words(line) <= RUN_MAX_WORDS


@lru_cache(maxsize=8192)
def pieces(text: str) -> tuple[str, ...]:
    """Return the pieces of other stories' text a line may be made of besides itself: its
    sentences, what a dash, colon or bar joins, the parts of a row of headlines, what
    follows its first sentence or label, a quotation."""
    original = text
    found: list[str] = []
    bare = STAMP_AFTER.sub("", STAMP_BEFORE.sub("", text))
    if bare != text:
        found.append(bare)
        text = bare
    for pattern in (SENTENCE_SPLIT, JOINT_SPLIT, teasers.ROW):
        parts = pattern.split(text)
        if len(parts) >= 2:
            found += parts
            # A headline joined to its lead may itself hold the joint ("Corona: …").
            found.append(pattern.split(text, maxsplit=1)[1])
            found.append(text[: len(text) - len(parts[-1])])
    found += QUOTED.findall(text)
    seen: set[str] = set()
    out = []
    for piece in found:
        piece = piece.strip(STRIPPED)
        if piece and piece != original and piece not in seen and count_words(piece) >= PIECE_WORDS:
            seen.add(piece)
            out.append(piece)
    return tuple(out)


# A pointer's wording around the headline it names recurs on the source's pages: a short
# first sentence ("Schon gesehen? …"), or a few words before or after a quotation ("„…“
# – ebenfalls heute erschienen"). SLOT_WORDS: at most so many words of wording.
SLOT_WORDS = 6
SLOT_MIN_WORDS = 2
QUOTE_OPEN = re.compile(r"[„“\"«»]")
QUOTE_CLOSE = re.compile(r"[“”\"«»][^„“”\"«»]*$")


@lru_cache(maxsize=8192)
def slots(text: str) -> tuple[tuple[str, str], ...]:
    """Return the (wording, headline) pairs a line may be made of: a short first sentence
    and the rest, the words before a quotation and the quotation, the quotation and the
    words after it."""
    found: list[tuple[str, str]] = []
    parts = SENTENCE_SPLIT.split(text, maxsplit=1)
    if len(parts) == 2:
        found.append((parts[0], parts[1]))
    for quoted in QUOTED.finditer(text):
        before, after = text[: quoted.start()], text[quoted.end() :]
        found.append((before, quoted.group(1)))
        found.append((after, quoted.group(1)))
    return tuple(
        (wording, headline)
        for wording, headline in found
        if SLOT_MIN_WORDS <= count_words(wording) <= SLOT_WORDS
        and count_words(headline) >= PIECE_WORDS
    )


def slot_key(wording: str) -> int:
    """Key a pointer's wording (its words, case folded)."""
    return digest("\x00slot " + " ".join(WORD.findall(wording.casefold())))
