"""Read the text a line of markup left over from a page holds (its title, often).

Scrapes keep bits of a page's markup: a heading element ("<h1 class=...>Title</h1>"), a
meta tag whose content is the title ('<meta property="og:title" content="Title">'), a
line of embedded JSON ('"headline": "Title",') or an assignment ('dc.title = "Title"').
The markup is never the title's words: the title search reads the text inside, with the
markup's escapes ("&amp;", "\\"") written as the characters they stand for. The line is
read by the standard library's HTML parser, not by patterns over the tags.
"""

from __future__ import annotations

import html
import json
import re
from html.parser import HTMLParser

# A line of embedded JSON or an assignment holding one quoted string: '"key": "text",'
# or 'key = "text"' (the key quoted, or written as a name with dots; spaces around "=").
KEY_VALUE = re.compile(
    r'^(?:"[\w.:-]+"\s*:\s*|[A-Za-z][\w.:-]*\s+=\s+)("(?:[^"\\]|\\.)*")\s*[,;]?$'
)
# Attributes of a tag whose value is the text the tag stands for (a meta tag's).
TEXT_ATTRIBUTES = ("content", "value")
# A tag's last attribute to its end: the page's text had its character references written
# as characters before the line is read, so a quotation mark inside the value ("&quot;")
# ends it early for the parser; the value runs to the tag's last quotation mark.
LAST_VALUE = re.compile(r'\s(?:content|value)="(.*)"\s*/?>$')


class _Reader(HTMLParser):
    """Collect a line's text and the values of its tags' text attributes."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.text: list[str] = []
        self.values: list[str] = []
        self.tags = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags += 1
        self.values += [v or "" for k, v in attrs if k in TEXT_ATTRIBUTES]

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.handle_starttag(tag, attrs)

    def handle_endtag(self, tag: str) -> None:
        self.tags += 1

    def handle_data(self, data: str) -> None:
        self.text.append(data)


def read_markup(line: str) -> str:
    """Return the text a line of markup holds (the line itself when it is no markup):
    an element's text, else a tag's content; a JSON or assigned string's value."""
    if line.startswith("<") and line.endswith(">"):
        reader = _Reader()
        try:
            reader.feed(line)
            reader.close()
        except AssertionError:  # the parser's own checks on broken markup
            return line
        if not reader.tags:
            return line
        text = " ".join("".join(reader.text).split())
        if text:
            return text
        if not reader.values:
            return line
        whole = LAST_VALUE.search(line)
        value = html.unescape(whole.group(1)) if whole else reader.values[0]
        return " ".join(value.split()) or line
    if line.endswith(('"', '",', '";')) and (m := KEY_VALUE.match(line)):
        try:
            value = json.loads(m.group(1))
        except ValueError:
            return line
        if isinstance(value, str) and (text := " ".join(value.split())):
            return text
    return line
