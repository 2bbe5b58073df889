"""Read the title out of the form a scrape left its line in: a link, a row, twice.

The title search reads a title line for the title it holds, whatever the page's
structure made of it: the text of a link to the article's own address ("[Title](url)",
"Title <url>", "=> url Title"), the one cell of a table row or a delimited record that
reads as a title where the others are a date and a section, the text once of a line that
holds it twice running (a heading and its hidden copy scraped together), and the title
without a count framed after it ("Title (12)", the comments on it) or a mark standing
alone at either end (a permanent link's "¶"). Each is told by the line's structure, not
by its wording: the words are the title's.
"""

from __future__ import annotations

import re
from functools import lru_cache

# An address with a scheme, bracketed or not.
URL = r"(?:https?|gemini)://[^\s<>()\[\]]+"
# "[text](address)": a Markdown link, the whole line.
MD_LINK = re.compile(r"^\[([^\[\]]+)\]\(\s*" + URL + r"\s*\)$")
# "text <address>", "text (address)", "=> address text": a link's text beside it.
URL_AFTER = re.compile(r"^(.*\S)\s+[<(\[]?" + URL + r"[>)\]]?$")
URL_BEFORE = re.compile(r"^(?:=>\s*)?[<(\[]?" + URL + r"[>)\]]?\s+(\S.*)$")
# A row's cells: between bars, tabs or semicolons.
CELLS = re.compile(r"\s*\|\s*|\t+|\s*;\s*")
# A row holds this many cells at least; its title cell this many words at least, and
# every other cell at most OTHER_CELL_WORDS.
ROW_CELLS = 3
TITLE_CELL_WORDS = 3
OTHER_CELL_WORDS = 2
# A count framed after the title: a number of at most four digits behind a mark (not
# one a number's own: a slash, a point, a dash), in brackets or between two marks.
COUNT = re.compile(r"\s+(?:\((\d{1,4})\)|[^\w\s/.,:;\-–—+%&§$€£¥'\"„“”‘’«»!?]\d{1,4}[^\w\s]?)$")
# A mark standing alone at the line's start or end: no letter, no digit, no sentence
# mark, no quotation mark, no dash (a wrapped title's line ends in one), no heading mark
# (a closing "#" alone is no heading), at most three characters ("¶", "[∞]", "⚓").
LONE_MARK = re.compile(r"^[^\w\s.,:;!?…\"'„“”‘’«»()/|&+#\-–—‒―]{1,3}$|^\[[^\w\s]{1,2}\]$")
# A leader after the title: four fill marks at least (points, middle dots, underscores;
# spaced or not), then nothing or a page number, a time, a date.
LEADER = re.compile(r"\s+(?:[.·_‧∙⋅]\s?){4,}\s*(\S+(?:\s\S+){0,2})?$")
# The same run of marks at both ends ("**Title**", "== Title ==", "__Title__"): the
# markup of emphasis or of a wiki's heading, no quotation mark, bracket or sentence mark.
WRAPPER = re.compile(r"^([*=_~]{1,3})\s*(\S.*?\S)\s*\1$")
# A title read twice has this many words at least.
TITLE_WORDS = 2
WORD = re.compile(r"\w+")
# A cell's words are counted by their letters: a date's numbers are no words.
LETTERS = re.compile(r"[^\W\d_]+")


# The title search asks for the same lines again and again (gathering, choosing, taking).
@lru_cache(maxsize=8192)
def read_form(line: str) -> str:
    """Return the title a line holds in a link, a row or twice, with a count or a lone
    mark around it off (the line itself when it holds it in no such form)."""
    text = line.strip()
    for step in (_twice, _link, _row, _wrapper, _lone_marks, _count, _leader):
        found = step(text)
        if found != text and WORD.search(found):
            text = found
    return text


def _link(text: str) -> str:
    """Return a link's text (text itself when it is no link)."""
    if "://" not in text:
        return text
    for pattern in (MD_LINK, URL_AFTER, URL_BEFORE):
        if (m := pattern.match(text)) is not None:
            return m.group(1).strip()
    return text


def _row(text: str) -> str:
    """Return the title cell of a row (text itself when it is no row): the one cell of
    TITLE_CELL_WORDS words or more, among short ones (a date, a section)."""
    if "|" not in text and "\t" not in text and ";" not in text:
        return text
    cells = [c.strip() for c in CELLS.split(text.strip("| \t"))]
    cells = [c for c in cells if c]
    if len(cells) < ROW_CELLS:
        return text
    long = [c for c in cells if len(LETTERS.findall(c)) >= TITLE_CELL_WORDS]
    if len(long) != 1:
        return text
    others = [c for c in cells if c is not long[0]]
    if any(len(LETTERS.findall(c)) > OTHER_CELL_WORDS for c in others):
        return text
    if not any(ch.isdigit() for c in others for ch in c):
        return text  # no date or number among the other cells: a breadcrumb, not a row
    cell = long[0]
    if len(cell) > 2 and cell[0] == cell[-1] == '"':
        cell = cell[1:-1].replace('""', '"')  # a delimited record's quoting
    return cell


def _lone_marks(text: str) -> str:
    """Return text without a lone mark at its start or its end."""
    words = text.split(" ")
    if len(words) > 2 and LONE_MARK.match(words[0]):
        words = words[1:]
    if len(words) > 2 and LONE_MARK.match(words[-1]):
        words = words[:-1]
    return " ".join(words).strip()


def _wrapper(text: str) -> str:
    """Return text without the same run of emphasis or heading marks at both ends."""
    m = WRAPPER.match(text)
    return m.group(2) if m else text


def _leader(text: str) -> str:
    """Return text without a leader of fill marks after it (and the number it leads to)."""
    m = LEADER.search(text)
    if m is None or m.start() == 0:
        return text
    tail = m.group(1) or ""
    if tail and not any(ch.isdigit() for ch in tail):
        return text  # words after the points: the title's own, not a page number
    return text[: m.start()].rstrip()


def _count(text: str) -> str:
    """Return text without a count framed after it."""
    m = COUNT.search(text)
    if m is None or m.start() == 0 or not text[m.start()].isspace():
        return text
    return text[: m.start()].rstrip()


def _twice(text: str) -> str:
    """Return the text once of a line holding it twice running (joined by a space or
    nothing)."""
    n, half = len(text), text[: len(text) // 2]
    if len(WORD.findall(half)) < TITLE_WORDS:
        return text
    if n % 2 == 0 and half == text[n // 2 :]:
        return half.strip()
    if n % 2 == 1 and text[n // 2] == " " and half == text[n // 2 + 1 :]:
        return half.strip()
    return text


def join_wrapped(start: str, end: str) -> str:
    """Return a title wrapped over two lines joined: a word cut with a hyphen at the break
    is one word again ("Immu-" and "nität" read "Immunität"; a compound's own hyphen stays
    before a capital: "Corona-" and "Krise" read "Corona-Krise")."""
    if len(start) > 1 and start.endswith("-") and start[-2].isalpha() and end[:1].isalpha():
        return start[:-1] + end if end[0].islower() else start + end
    return f"{start} {end}"


def cased_from(title: str, lines: list[str]) -> str:
    """Return the title in the case a line over it writes it, when the title is written
    in lower case only (the page's lower-case copy taken for it) or in capitals only (a
    heading's style) and a line holds it in capitals and small letters (the title itself,
    with other parts around it: the page's head title); else the title."""
    low = title.lower()
    if title == title.upper() == low or title not in (low, title.upper()):
        return title
    folded = title.casefold()
    for line in lines:
        if folded not in line.casefold():
            continue
        found = _folded_span(line, folded)
        if found and found != title:
            return found
    return title


def _folded_span(line: str, folded: str) -> str:
    """Return the part of line whose case folding is folded ("" if none): a title in
    capitals folds "SS" where the line writes "ß"."""
    for start in range(len(line)):
        if not folded.startswith(line[start].casefold()):
            continue
        text = ""
        for end in range(start, len(line)):
            text += line[end].casefold()
            if not folded.startswith(text):
                break
            if text == folded:
                return line[start : end + 1]
    return ""
