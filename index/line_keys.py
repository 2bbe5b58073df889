"""Keys of a page's lines, under which the evidence counts them (index/evidence.py).

A key is a 64-bit hash (index/keys.py) of a line's folded text, or of a part of it: its
label before a colon, its mark, its template with the numbers folded, its first and last
words, a photo credit's wording, its opening words. kept_keys() lists the keys under
which a page's kept lines could still turn out to be chrome or teasers.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable

from index.keys import digest
from index.pieces import pieces, slot_key, slots
from index.stamp_keys import label_keys
from index.tails import link_tail
from index.title_glue import glued_keys
from index.title_line import site_keys

# Lines longer than this are body prose, never counted as chrome.
MAX_LINE_CHARS = 400
# A lead is known as the start of another article's body by this many first words.
OPENING_WORDS = 8
# ... found among its first characters (eight words of 30 letters would fit).
OPENING_CHARS = 300
WORD = re.compile(r"\w+")
DIGITS = re.compile(r"\d+")
# A line's prefix: a few words before a colon or a dash, then the rest.
PREFIX = re.compile(r"^([^:–—|]{1,40}?)(?::\s+|\s+[–—|-]\s+)(.+)$")
PREFIX_WORDS = 4
# A line's mark: a symbol or two opening it ("📰 …"), or a word or three before a symbol
# standing apart ("Lesetipp ⟩ …"), then the rest. A site's template for teaser cards
# recurs as such a mark; which characters count is told by their Unicode category.
MARK = re.compile(r"^((?:[^\w\s]{1,2})|(?:[\w.&'-]+(?: [\w.&'-]+){0,2} [^\w\s]{1,2}))\s+(\S.*)$")
MARK_WORDS = 3
# Symbols and quotation marks open a line as a mark; after a label, brackets may too
# (dashes, bullets and sentence marks never: a list's items and a dialogue open so).
OPENING_MARKS = frozenset(("So", "Sm", "Pi", "Pf"))
LABEL_MARKS = OPENING_MARKS | {"Ps", "Pe"}
# Numbers are folded in lines of at most this many words (counters, dates).
FOLDED_NUMBER_WORDS = 3
# A longer line with numbers in it is also counted by its template (every number folded)
# up to this many words: a date or time line recurs so ("Published 0.0.0 · Updated 0
# hours ago") where the line itself never does.
TEMPLATE_WORDS = 12
# A line of FRAME_MIN_WORDS to TEMPLATE_WORDS words is also keyed by its FRAME_WORDS first
# and last words (a template with a slot in its middle).
FRAME_WORDS = 2
FRAME_MIN_WORDS = 5
# A photo credit: the last sentence of a short line that closes with no sentence mark
# ("Die neue Brücke. Bildrechte bei X"), known by its label before a colon ("Quelle des
# Bildes: …"), else by its first CREDIT_WORDS words ("Festgehalten durch …"). A site words
# its credits alike under every picture, while the picture and the photographer change.
CREDIT_LINE_WORDS = 16
CREDIT_WORDS = 2
SENTENCE_BREAK = re.compile(r"(?<=[.!?])\s+(?=\w)")
CREDIT_LABEL = re.compile(r"^([^:]{1,40}):\s*\S")


def line_key(text: str) -> int | None:
    """Key a line for counting: case and punctuation folded, and in a line of a few words
    the numbers too ("12 Kommentare"; "Tag 245 des Krieges" is not "Tag 246 ...")."""
    words = WORD.findall(text.casefold())
    if len(words) <= FOLDED_NUMBER_WORDS:
        words = [DIGITS.sub("0", w) for w in words]
    return digest(" ".join(words)) if words else None


def template_key(text: str) -> int | None:
    """Key a line of a few words with numbers in it by its words, every number folded
    (None for a line without numbers, of more words, or keyed so by line_key already)."""
    words = WORD.findall(text.casefold())
    if not FOLDED_NUMBER_WORDS < len(words) <= TEMPLATE_WORDS:
        return None
    folded = [DIGITS.sub("0", w) for w in words]
    if folded == words:
        return None
    return digest("\x00template " + " ".join(folded))


def frame_key(text: str) -> int | None:
    """Key a line of a few words by its first and last words, numbers folded: a template
    with a slot in its middle ("Folge 4 unserer Reihe ⟨Wanderwege⟩ ▪ alle Folgen", "Quiz ⁝
    Wanderwege in fünf Fragen"), whatever fills the slot (None: too few or too many
    words)."""
    words = WORD.findall(text.casefold())
    if not FRAME_MIN_WORDS <= len(words) <= TEMPLATE_WORDS:
        return None
    ends = words[:FRAME_WORDS] + ["\x00"] + words[-FRAME_WORDS:]
    return digest("\x00frame " + " ".join(DIGITS.sub("0", w) for w in ends))


def text_key(text: str) -> int | None:
    """Key a title: its words, case folded."""
    words = WORD.findall(text.casefold())
    return digest(" ".join(words)) if words else None


def prefix_key(text: str) -> int | None:
    """Key what opens a line before a colon or dash ("Lesen Sie auch: …"), if it is a few
    words before a longer rest: a site's label for teasers recurs as such a prefix."""
    m = PREFIX.match(text)
    if m is None:
        return None
    head, rest = WORD.findall(m.group(1).casefold()), WORD.findall(m.group(2))
    if not 1 <= len(head) <= PREFIX_WORDS or len(rest) < 2:
        return None
    return digest("\x00prefix " + " ".join(head))


def credit_key(text: str) -> int | None:
    """Key how a short line's last sentence opens, as a site's photo credits open (None: a
    closed sentence, a long line, or too few words to tell)."""
    words = WORD.findall(text)
    if not CREDIT_WORDS < len(words) <= CREDIT_LINE_WORDS or text.rstrip()[-1:] in ".!?:":
        return None
    tail = SENTENCE_BREAK.split(text)[-1]
    label = CREDIT_LABEL.match(tail)
    if label is not None:
        head = WORD.findall(label.group(1).casefold())
        if 1 <= len(head) <= PREFIX_WORDS:
            return digest("\x00credit " + " ".join(head))
    found = WORD.findall(tail.casefold())
    if len(found) <= CREDIT_WORDS:
        return None
    return digest("\x00credit " + " ".join(found[:CREDIT_WORDS]))


def after_key(key: int) -> int:
    """Key the pages on which a line keyed `key` stands below the page's longest line."""
    return digest(f"\x00after {key}")


def tail_key(tail: str) -> int | None:
    """Key a tail a line ends with (index/tails.py; None for none)."""
    return digest("\x00tail " + tail) if tail else None


def split_mark(text: str) -> tuple[str, str] | None:
    """Return a line's mark and the rest after it (None: the line opens with no mark)."""
    m = MARK.match(text)
    if m is None:
        return None
    head = m.group(1)
    words = WORD.findall(head)
    symbol = head.split()[-1]
    allowed = LABEL_MARKS if words else OPENING_MARKS
    if len(words) > MARK_WORDS or not all(unicodedata.category(c) in allowed for c in symbol):
        return None
    if len(WORD.findall(m.group(2))) < 3:
        return None
    return head, m.group(2)


def mark_key(text: str) -> int | None:
    """Key the mark a line opens with (its words case folded, its symbol as it is)."""
    found = split_mark(text)
    if found is None:
        return None
    *words, symbol = found[0].casefold().split()
    return digest("\x00mark " + " ".join(WORD.findall(" ".join(words))) + " " + symbol)


def opening_key(text: str) -> int | None:
    """Key the start of a text by its first words (None when it has too few)."""
    words = WORD.findall(text[:OPENING_CHARS].casefold())[:OPENING_WORDS]
    return digest(" ".join(words)) if len(words) == OPENING_WORDS else None


def kept_keys(lines: Iterable[str]) -> list[int]:
    """Return the keys under which evidence could still turn kept lines into chrome or
    teasers: as a recurring line, by its label, as a title, as an article's opening."""
    keys: set[int] = set()
    for line in lines:
        found = [opening_key(line)]
        if len(line) <= MAX_LINE_CHARS:
            found += [line_key(line), prefix_key(line), text_key(line), template_key(line)]
            found += [frame_key(line)]
            found += [mark_key(line), credit_key(line), *site_keys(line)]
            if (glued := glued_keys(line)) is not None:
                found += glued[:2]
            found += [tail_key(link_tail(line)), tail_key(link_tail(line, after_sentence=True))]
            # Another story's text the line is made of, the wording around it.
            found += [text_key(piece) for piece in pieces(line)]
            # Another article's opening after a date or a label (index/other_openings.py).
            found += [opening_key(piece) for piece in pieces(line)]
            found += [slot_key(wording) for wording, _ in slots(line)]
            found += label_keys(line)
            if (key := line_key(line)) is not None:
                found.append(after_key(key))
        keys.update(k for k in found if k is not None)
    return sorted(keys)
