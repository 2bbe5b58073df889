"""Tell a photo's caption standing over the title (the picture above the headline).

A caption carries the photo's credit at its end, in brackets or after a separator ("Die
neue Brücke ⨀ Bild ⤖ Agentur", "Aufmacherbild: Die neue Brücke (Abzug ⤖ Agentur)"). The
credit is worded as the source's credits are elsewhere on its pages: it recurs as a line
of its own (a credit between paragraphs) on some of them, or opens as the credits under
their titles do (index/evidence.py), while the caption's words change. The site's name
after a title recurs too, but on (nearly) every page: a credit changes with the
photographer, so it stands on fewer than half of them.
"""

from __future__ import annotations

import re

from index.evidence import Evidence
from index.line_words import count_words
from index.shape import SEPARATOR
from index.title_line import split_tail, tail_key

# A bracketed ending: the credit of a caption written "Caption (Credit)".
BRACKETED = re.compile(r"\s*[(\[]([^()\[\]]+)[)\]]$")
# The caption before the credit has this many words at least.
CAPTION_WORDS = 2
# A credit recurring as a line of its own stands on fewer than this share of the pages.
CREDIT_SHARE = 0.5


def _tails(text: str) -> list[tuple[str, str]]:
    """Return (caption, credit) splits of a line: before a bracketed ending, or before
    each separator (the credit may hold a separator of its own: "Bild ⤖ Agentur")."""
    found = []
    if m := BRACKETED.search(text):
        found.append((text[: m.start()], m.group(1).strip()))
    for m in SEPARATOR.finditer(text):
        found.append((text[: m.start()], text[m.end() :]))
    return found


def credit_over(text: str, evidence: Evidence | None, source: str) -> str:
    """Return the credit a line ends with, worded as the source's credits are ("": none):
    the line is a photo's caption, not a title."""
    size = evidence.size(source) if evidence else 0
    if not evidence or not size:
        return ""
    for caption, credit in _tails(text):
        if count_words(caption) < CAPTION_WORDS or not count_words(credit):
            continue
        if evidence.credited(source, credit):
            return credit
        if 0 < evidence.pages(source, credit) < CREDIT_SHARE * size:
            return credit
    return ""


def credited_name(text: str, evidence: Evidence | None, source: str) -> tuple[str, str]:
    """Return (caption, name) of a line ending in a photographer's or an agency's name
    after a separator, a name that ends lines on some of the source's pages but on fewer
    than half of them (the site's name ends nearly all its title lines); ("", ""): none.
    The caption is the line's text before its first separator, the credit's label off."""
    size = evidence.size(source) if evidence else 0
    if not evidence or not size or (found := split_tail(text)) is None:
        return "", ""
    if not 0 < evidence.counted(source, tail_key(text)) < CREDIT_SHARE * size:
        return "", ""
    caption = SEPARATOR.split(found[0], maxsplit=1)[0]
    return caption, found[2]
