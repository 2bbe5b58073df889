"""A page's text as the cleaner reads it: Unicode-normalised, whitespace-folded lines.

HTML character references left over from a page's conversion are written as their
characters, invisible format characters are removed, and empty lines are left out.
"""

from __future__ import annotations

import html
import re
import unicodedata

# Invisible format characters (zero-width space/joiners, word joiner, BOM, soft hyphen):
# removed outright, because inside a word ("Bundes\u00adtag") a space would split it;
# next to real whitespace they vanish into the folded run anyway.
INVISIBLE_CHARS = "\u00ad\u200b\u200c\u200d\u2060\ufeff"
INVISIBLE = re.compile(f"[{INVISIBLE_CHARS}]")
# An HTML character reference left over from a page's conversion ("&nbsp;", "&#8230;",
# "&#x27;"): written as the character it stands for, so shapes and words read it so.
ENTITY = re.compile(r"&(?:[A-Za-z][A-Za-z0-9]{1,31}|#[0-9]{1,7}|#[xX][0-9A-Fa-f]{1,6});")


def page_lines(text: str) -> list[str]:
    """Return the non-empty, NFC-normalised, whitespace-folded lines of text (HTML
    character references written as their characters)."""
    if "&" in text:
        text = ENTITY.sub(lambda m: html.unescape(m.group()), text)
    text = unicodedata.normalize("NFC", text)
    # Looked for one character at a time first: most texts hold none, and a search for
    # one character is far cheaper than the pattern's scan.
    if any(char in text for char in INVISIBLE_CHARS):
        text = INVISIBLE.sub("", text)
    # splitlines() handles \r\n, \r and the Unicode line/paragraph separators; split()
    # cuts at runs of whitespace (str.isspace: tabs, NBSP, U+2000..U+200A, U+202F, U+3000
    # and the like, what str-mode \s matches), some four times faster than substituting
    # a pattern \s+, to the same folded and stripped line.
    folded = (" ".join(line.split()) for line in text.splitlines())
    return [line for line in folded if line]


def normalize(text: str) -> str:
    """Normalise Unicode and whitespace; return the non-empty lines joined with newlines."""
    return "\n".join(page_lines(text))


def one_line(text: str | None) -> str:
    """Normalise text into a single line (titles never span lines)."""
    return " ".join(page_lines(text or ""))
