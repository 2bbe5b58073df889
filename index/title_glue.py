"""Take a kicker glued to the title off the title line.

Sites put a kicker of each page's own (a Dachzeile: "Teure Sanierung", "ANALYSE") or a
label ("Now reading") before the title on its line, glued by a colon, a dash or another
separator: "Teure Sanierung: Die Brücke bleibt gesperrt". The kicker's words change from
page to page, so the evidence cannot know them; but the source's title lines open with a
few words before the same separator on half of its pages or more (index/evidence.py
counts how title lines open), and on the page the kicker's words do not come back in the
body, where the title's do. A title's own colon ("Merkel: Wir schaffen das") stands on
fewer of the source's pages (a bare colon counts on nearly all of them only: nearly half
of all titles open so), or its first words are the body's too, so it stays. A label
("Aufmacherbild: …", "Von: …") opens a line the same way on every page: where such a
line of the page's head was taken for the title on the source's pages, those pages do
not count (the evidence counts each opening's words too: a kicker's change, a label's
stay).
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from index.keys import digest
from index.line_words import count_words
from index.shape import SEPARATOR
from index.title_line import Counts

# A glued kicker is a few words before a separator, or before a colon right after a word.
GLUE = re.compile(SEPARATOR.pattern + r"|(?<=\w):\s+")
# Or a kicker in capitals glued by a space alone ("ANALYSE Die Brücke bleibt gesperrt"):
# a word of capitals only, then a word or a quotation (the space is its separator; a
# dash or another separator after the word is glue of its own kind).
CAPS = re.compile(r"^[^\W\d_a-zß]{2,}(\s+)(?=[\w\"'„“‚‘«»])")
# The kicker has at most this many words, and leaves a title of TITLE_WORDS at least.
KICKER_WORDS = 5
TITLE_WORDS = 3
# The source's title lines open so on this share of its pages at least; with a bare colon
# on nearly all of them: nearly half of all news titles open with a few words and a colon
# ("Berlin: …", "Skandal: …"), so a source's titles may often do so by themselves.
GLUED_SHARE = 0.5
COLON_SHARE = 0.9
# Or the same words open the source's title lines before the same separator on this share
# of its pages at least (BADGE_PAGES at least): a badge the site glues before the titles
# of some pages ("EXKLUSIV: …"), where no two titles of its own open alike.
BADGE_SHARE = 0.25
BADGE_PAGES = 3
SENTENCE_MARKS = (".", "!", "?", "…")
QUOTES = "\"'„“‚‘«»"


def split_glued(line: str, whole: bool = True) -> tuple[str, str, str] | None:
    """Return (kicker, separator, title) of a line opening with a few words glued to the
    rest by a separator or a colon (None: it opens otherwise); whole: the rest is a whole
    title (else it may be its start, wrapped onto the next line)."""
    m = CAPS.match(line)
    if m is not None and m.group().upper() == m.group() and line.upper() != line:
        # (A line in capitals throughout has no kicker in capitals: its first word is the
        # title's.)
        head, glue, rest = line[: m.start(1)], " ", line[m.end() :]
    elif (m := GLUE.search(line)) is not None:
        head, glue, rest = line[: m.start()], m.group(), line[m.end() :]
    else:
        return None
    words, least = count_words(head), 1
    if whole:
        least = max(TITLE_WORDS, words + 1)  # shorter than its title: "Titel – Ende einer Ära"
    if not 1 <= words <= KICKER_WORDS or count_words(rest) < least:
        return None
    if not head[:1].isalnum() and head[:1] not in QUOTES:
        return None  # a line opening with a mark is a ticker's ("+++ EIL: …"), not a title's
    if head.rstrip().endswith(SENTENCE_MARKS) or any(f"{m} " in head for m in SENTENCE_MARKS):
        return None  # a sentence before it: no kicker
    if rest.endswith("."):
        return None  # a sentence ("Hinweis: Wir speichern …."), a notice's rather than a title
    return head, glue, rest


def glued_on(
    line: str,
    evidence: Counts | None,
    source: str,
    whole: bool = True,
    head: Iterable[str] = (),
) -> tuple[str, str, int] | None:
    """Return (kicker, title, pages) of a line opening as the source's title lines open on
    GLUED_SHARE of its pages or more, with a few words glued to the rest (None: not so);
    whole: the rest is a whole title (else its start may be all); head: the page's other
    lines around its title, whose labels' pages do not count."""
    size = evidence.size(source) if evidence else 0
    if not evidence or not size or (found := split_glued(line, whole)) is None:
        return None
    separator = found[1].strip()
    seen = evidence.counted(source, _separator_key(separator))
    # Pages whose head opened a line with a label this page's head holds too (a caption's,
    # an author line's) do not count, but for those opening another line so as well.
    labels = {_opening_key(separator, k) for k in _openings(head, separator)}
    if labelled := sum(evidence.counted(source, key) for key in labels):
        both = evidence.counted(source, _separator_key(separator, twice=True))
        seen -= labelled - min(both, labelled)
    share = COLON_SHARE if separator == ":" else GLUED_SHARE
    if seen >= share * size:
        return found[0], found[2], seen
    return None


def badge_on(line: str, evidence: Counts | None, source: str) -> tuple[str, str, int] | None:
    """Return (badge, title, pages) of a line opening with the same few words before the
    same separator as the source's title lines do on BADGE_SHARE of its pages or more
    (None: not so): a label glued before the title, not a kicker of the page's own."""
    size = evidence.size(source) if evidence else 0
    if not evidence or not size or (found := split_glued(line)) is None:
        return None
    words = " ".join(found[0].casefold().split())
    same = evidence.counted(source, _opening_key(found[1].strip(), words))
    return (found[0], found[2], same) if same >= max(BADGE_PAGES, BADGE_SHARE * size) else None


def _openings(lines: Iterable[str], separator: str) -> set[str]:
    """Return the words lines open with before the separator (any rest after it)."""
    found = set()
    for line in lines:
        if (parts := split_glued(line, whole=False)) and parts[1].strip() == separator:
            found.add(" ".join(parts[0].casefold().split()))
    return found


def glued_counts(lines: Iterable[str]) -> list[int]:
    """Return the keys a page's title lines are counted under: each separator a line opens
    with after a few words (once), each such opening's words with it, and each separator
    two lines open with after other words."""
    openings: dict[str, set[str]] = {}
    for line in lines:
        if (found := split_glued(line, whole=False)) is not None:
            words = " ".join(found[0].casefold().split())
            openings.setdefault(found[1].strip(), set()).add(words)
    keys = []
    for separator, found_words in openings.items():
        keys.append(_separator_key(separator))
        keys += [_opening_key(separator, words) for words in found_words]
        if len(found_words) > 1:
            keys.append(_separator_key(separator, twice=True))
    return keys


def glued_keys(line: str) -> tuple[int, int, str] | None:
    """Key how a title line opens: a few words glued to the rest by this separator (the
    words changing from page to page are not in the key), and those words with it; and
    the words (None: it opens otherwise). The rest may be the title's start only (a
    wrapped title's first line)."""
    found = split_glued(line, whole=False)
    if found is None:
        return None
    separator = found[1].strip()
    words = " ".join(found[0].casefold().split())
    return _separator_key(separator), _opening_key(separator, words), words


def _separator_key(separator: str, twice: bool = False) -> int:
    return digest(f"\x00glued{' twice' if twice else ''} {separator}")


def _opening_key(separator: str, words: str) -> int:
    return digest(f"\x00glued-words {separator} {words}")
