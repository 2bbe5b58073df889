"""Take off what a site puts around an article's title on the title line.

Markdown heading marks ("# Title", "# Title #") and the tags of HTML are markup, never
the title's words. A
site's name behind a separator after the title ("Title ‖ Site", "Title :: Site Online")
or before it ("Site | Title") stands there whatever the title says: the evidence counts,
per source, how lines end after their last separator and open before their first
(index/evidence.py), and such a part counted on half of the source's pages or more is
the site's, not the title's. A title's own dash ("Putin – ein Jahr danach") ends
differently on every page, so it stays.
"""

from __future__ import annotations

import re
from typing import Protocol

from index.keys import digest
from index.line_words import WORD, count_words
from index.shape import SEPARATOR
from index.title_form import read_form
from index.title_markup import read_markup

# Markdown heading marks around a line (ATX headings: one to six "#", closing ones too).
HEADING = re.compile(r"^#{1,6}\s+(\S.*?)(?:\s+#{1,6})?$")
# The site's part of a title line has at most this many words ...
SITE_WORDS = 4
# ... and leaves a title of this many words at least.
TITLE_WORDS = 2
# The end of a title wrapped onto the line of the site's name has at most this many words.
WRAPPED_WORDS = 12
# A part recurring on this share of the source's pages at least is the site's.
SITE_SHARE = 0.5
DIGITS = re.compile(r"\d+")
# A bracketed ending ("(Update)", "[aktualisiert]", "(Beitrag 640734)"): the site's when
# half of its pages end so (numbers count as one).
BRACKET_TAIL = re.compile(r"\s+[(\[]([^()\[\]]+)[)\]]$")
# So many of the site's parts come off a title line's end at most ("– UPDATE 2 « Site").
MAX_TAILS = 3


class Counts(Protocol):
    """What the evidence tells about a source (index/evidence.py)."""

    def size(self, source: str) -> int: ...
    def counted(self, source: str, key: int | None) -> int: ...


def unmarked(line: str) -> str:
    """Return a line without Markdown heading marks around it, the text of a line of
    markup (index/title_markup.py), the title out of a link or a row (index/title_form.py)."""
    line = read_markup(line)
    m = HEADING.match(line)
    return read_form(m.group(1) if m else line)


def _part_key(kind: str, separator: str, part: str) -> int | None:
    words = [DIGITS.sub("0", w) for w in WORD.findall(part.casefold())]
    return digest(f"\x00site-{kind} {separator.strip()} {' '.join(words)}") if words else None


def split_tail(text: str, title_words: int = TITLE_WORDS) -> tuple[str, str, str] | None:
    """Return (title, separator, tail) of a line ending in a few words after a separator
    (None: no such ending)."""
    found = list(SEPARATOR.finditer(text))
    if not found:
        return None
    m = found[-1]
    head, tail = text[: m.start()], text[m.end() :]
    if not 1 <= count_words(tail) <= SITE_WORDS or count_words(head) < title_words:
        return None
    return head, m.group(), tail


def split_bracket(text: str, title_words: int = TITLE_WORDS) -> tuple[str, str, str] | None:
    """Return (title, "(", inside) of a line ending in a few words in brackets (None: no
    such ending)."""
    m = BRACKET_TAIL.search(text)
    if m is None:
        return None
    head, tail = text[: m.start()], m.group(1)
    if not any(ch.isalpha() for ch in tail):
        return None  # a date or a number alone: the line's own, not the site's name
    if not 1 <= count_words(tail) <= SITE_WORDS or count_words(head) < title_words:
        return None
    return head, "(", tail


def split_head(text: str) -> tuple[str, str, str] | None:
    """Return (head, separator, title) of a line opening with a few words before a
    separator (None: no such opening)."""
    m = SEPARATOR.search(text)
    if m is None:
        return None
    head, rest = text[: m.start()], text[m.end() :]
    if not 1 <= count_words(head) <= SITE_WORDS or count_words(rest) < TITLE_WORDS:
        return None
    return head, m.group(), rest


def tail_key(text: str) -> int | None:
    """Key how a line ends after its last separator (None: it ends otherwise)."""
    found = split_tail(text)
    return _part_key("tail", found[1], found[2]) if found else None


def bracket_key(text: str) -> int | None:
    """Key how a line ends in brackets (None: it ends otherwise)."""
    found = split_bracket(text)
    return _part_key("tail", found[1], found[2]) if found else None


def _tail_keys(text: str, depth: int = 2) -> list[int]:
    """Return the keys of a line's ending, and of the ending under it once that is off,
    down to depth endings."""
    keys: list[int] = []
    for split in (split_tail, split_bracket):
        if (found := split(text)) is None:
            continue
        if (key := _part_key("tail", found[1], found[2])) is not None:
            keys.append(key)
        if depth > 1:
            keys += _tail_keys(found[0].rstrip(), depth - 1)
    return keys


def head_key(text: str) -> int | None:
    """Key how a line opens before its first separator (None: it opens otherwise)."""
    found = split_head(text)
    return _part_key("head", found[1], found[0]) if found else None


def site_keys(line: str) -> list[int]:
    """Return the keys a line is counted under as a possible title with the site's name."""
    text = unmarked(line)
    keys = _tail_keys(text)
    if (key := head_key(text)) is not None:
        keys.append(key)
    return keys


def title_text(line: str, evidence: Counts | None, source: str) -> tuple[str, list[str]]:
    """Return the title a title line holds, and what was taken off it (heading marks, the
    site's name before or after it, as the source's pages show it)."""
    cut: list[str] = []
    read = read_markup(line)
    if read != line:
        cut.append("the markup around it")
    m = HEADING.match(read)
    text = m.group(1) if m else read
    if text != read:
        cut.append("heading marks")
    if (form := read_form(text)) != text:
        cut.append("the link, row, count or repetition around it")
        text = form
    size = evidence.size(source) if evidence else 0
    if not evidence or not size:
        return text, cut
    least = SITE_SHARE * size
    for _ in range(MAX_TAILS):
        if (tail := _site_tail(text, evidence, source, least)) is None:
            break
        text = tail[0].rstrip()
        cut.append(f"the site's name after it ({tail[2]!r})")
    if (head := split_head(text)) and evidence.counted(source, head_key(text)) >= least:
        text = head[2].lstrip()
        cut.append(f"the site's name before it ({head[0]!r})")
    return text, cut


def _site_tail(
    text: str, evidence: Counts, source: str, least: float, title_words: int = TITLE_WORDS
) -> tuple[str, str, str] | None:
    """Return (title, separator, ending) when the line's ending is the site's: after a
    separator or in brackets, on `least` of the source's pages (None: it is not)."""
    for split in (split_tail, split_bracket):
        found = split(text, title_words)
        if found and evidence.counted(source, _part_key("tail", found[1], found[2])) >= least:
            return found
    return None


def wrapped_end(line: str, below: str, evidence: Counts | None, source: str) -> str:
    """Return the end of a title wrapped from line onto the line below ("" when it is not
    wrapped): the line below ends as the source's title lines do (the site's name after a
    separator) and the line itself does not, and a few words are left of it."""
    size = evidence.size(source) if evidence else 0
    if not evidence or not size:
        return ""
    least = SITE_SHARE * size
    if _site_tail(unmarked(line), evidence, source, least) is not None:
        return ""
    text, found = below, False
    for _ in range(MAX_TAILS):
        # One word may be all that is left of the title on the line below.
        if (tail := _site_tail(text, evidence, source, least, 1)) is None:
            break
        text, found = tail[0].rstrip(), True
    if not found or not 1 <= count_words(text) <= WRAPPED_WORDS:
        return ""
    return text


def wrapped_start(above: str, line: str, evidence: Counts | None, source: str) -> str:
    """Return the start of a title wrapped onto line from the line above ("" when it is
    not wrapped): the line above opens as the source's title lines do (the site's name
    before a separator) and ends otherwise, and the line itself ends so and opens
    otherwise."""
    size = evidence.size(source) if evidence else 0
    if not evidence or not size:
        return ""
    least = SITE_SHARE * size
    above, line = unmarked(above), unmarked(line)
    if _site_tail(line, evidence, source, least, 1) is None:
        return ""
    if _site_tail(above, evidence, source, least) is not None:
        return ""
    head = split_head(above)
    if head is None or evidence.counted(source, head_key(above)) < least:
        return ""
    if split_head(line) and evidence.counted(source, head_key(line)) >= least:
        return ""
    return head[2].lstrip()
