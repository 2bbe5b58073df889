"""Article cleaning: turn scraped pages and raw records into title, caption and body.

A scraped aggregator page looks like this (paragraphs separated by blank lines)::

    Title
    title                      <- the title again in lower case (may be missing)
    Photo caption (l.) ...     <- optional
    Body paragraphs ...
    News Related               <- footer: everything from here on is boilerplate
    OTHER NEWS
    Teaser title of another story
    Teaser text ... Read more »
    Top List in the World

The footer must go completely: teasers of other stories would make a page match
searches for articles it does not contain. Caption detection prefers precision:
a real first body paragraph wrongly taken as a caption would be worse than a caption
left in the body.

Pure standard library, so indexing tools can use it without the search or web stack.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

# Invisible format characters (zero-width space/joiners, word joiner, BOM, soft hyphen):
# removed outright, because inside a word ("Bundes\u00adtag") a space would split it;
# next to real whitespace they vanish into the folded run anyway.
INVISIBLE = re.compile("[\u00ad\u200b\u200c\u200d\u2060\ufeff]")
# str-mode \s covers tabs, NBSP, U+2000..U+200A, U+202F, U+3000 and the like.
WHITESPACE = re.compile(r"\s+")

# Lines that start the aggregator footer.
FOOTER_MARKERS = frozenset({"news related", "other news"})
TOP_LIST = "top list in the world"
# A teaser text line ends in a read-more link.
READ_MORE = re.compile(r"(?:\bread more\s*»?|\bweiterlesen\s*»)$", re.IGNORECASE)
# A teaser title line is short (headlines stay well below this): guards against eating a
# long body paragraph when a teaser's title line is missing.
MAX_TEASER_TITLE_CHARS = 250

# Captions are short; a long paragraph with "(r.)" in it is more likely body text.
MAX_CAPTION_CHARS = 400
# Photo position markers: (l.) (r.) (m.) (m.l.) (v.l.) (v.l.n.r.) (2.v.l.) (h.r.),
# and the spelled-out (Mitte) (links) (rechts) (li.) (re.) (vorne links) ...
POSITION_MARKER = re.compile(
    r"\((?:\d\.\s?)?(?:[lrmvhou]\.\s?){1,2}(?:n\.\s?[lr]\.)?\)"
    r"|\((?:(?:vorne|hinten|oben|unten)\s)?(?:Mitte|links|rechts|li\.|re\.)\)"
)
# Photo credits opening a caption: "Foto: ...", "Bild: ...", "© ...", "Symbolbild: ...".
CREDIT_START = re.compile(
    r"^(?:(?:Fotos?|Bild|Bilder|Photo)\s*:|©|\(?(?:Symbolbild|Archivbild|Symbolfoto|Archivfoto)\b)"
)
# Photo credits closing a caption. The credit part after "Foto:" / "©" must be short and
# free of sentence punctuation so that prose mentioning a photo does not qualify.
CREDIT_END = re.compile(
    r"(?:(?:^|[\s(|])(?:Fotos?|Bild|Photo)\s*:\s*[^.!?:]{1,60}"
    r"|©\s*[^.!?]{1,60}"
    r"|/\s*(?i:dpa|afp|ap|reuters|epa|imago(?:\simages)?|keystone|apa|ddp|getty\simages"
    r"|picture[\s-]alliance)(?:\s*/\s*[\w-]+)*"
    r"|REUTERS/\s*[A-Z][\w.\- ]{1,40}"
    r"|\b(?:Symbolbild|Archivbild|Symbolfoto|Archivfoto))\W{0,2}$"
)


@dataclass(frozen=True)
class CleanedArticle:
    """An article reduced to its text parts."""

    title: str  # "" when none
    caption: str  # "" when none recognised
    body: str  # paragraphs joined with "\n"


def _lines(text: str) -> list[str]:
    """Return the non-empty, NFC-normalised, whitespace-folded lines of text."""
    text = INVISIBLE.sub("", unicodedata.normalize("NFC", text))
    # splitlines() handles \r\n, \r and the Unicode line/paragraph separators.
    folded = (WHITESPACE.sub(" ", line).strip() for line in text.splitlines())
    return [line for line in folded if line]


def normalize(text: str) -> str:
    """Normalise Unicode and whitespace; return the non-empty lines joined with newlines."""
    return "\n".join(_lines(text))


def _one_line(text: str | None) -> str:
    """Normalise text into a single line (titles never span lines)."""
    return " ".join(_lines(text or ""))


def _same(a: str, b: str) -> bool:
    """Tell whether two normalised strings are equal ignoring case."""
    return a.casefold() == b.casefold()


def _is_caption(paragraph: str) -> bool:
    """Tell whether a paragraph is recognisably a photo caption."""
    if len(paragraph) > MAX_CAPTION_CHARS:
        return False
    return bool(
        POSITION_MARKER.search(paragraph)
        or CREDIT_START.match(paragraph)
        or CREDIT_END.search(paragraph)
    )


def _strip_footer(lines: list[str]) -> list[str]:
    """Drop the aggregator footer: from the first marker, else trailing teasers."""
    for i, line in enumerate(lines):
        if line.casefold() in FOOTER_MARKERS:
            return lines[:i]
    # No marker: peel teasers (title + "... Read more »") and the top-list line from the end.
    lines = list(lines)
    while lines:
        if lines[-1].casefold() == TOP_LIST:
            lines.pop()
        elif READ_MORE.search(lines[-1]):
            lines.pop()
            if (
                lines
                and not READ_MORE.search(lines[-1])
                and len(lines[-1]) <= MAX_TEASER_TITLE_CHARS
            ):
                lines.pop()
        else:
            break
    return lines


def clean_page(text: str) -> CleanedArticle:
    """Split a scraped aggregator page into title, caption and body."""
    lines = _lines(text)
    if not lines:
        return CleanedArticle("", "", "")
    if lines[0].casefold() in FOOTER_MARKERS:
        return CleanedArticle("", "", "")  # nothing but the aggregator's footer
    title, rest = lines[0], lines[1:]
    # The page repeats the title in lower case; tolerate the repetition being absent.
    if rest and _same(rest[0], title):
        rest = rest[1:]
    rest = _strip_footer(rest)
    caption = ""
    # Only a first paragraph followed by more text can be a caption: never empty the body.
    if len(rest) > 1 and _is_caption(rest[0]):
        caption, rest = rest[0], rest[1:]
    return CleanedArticle(title, caption, "\n".join(rest))


def clean_article(title: str | None, body: str, caption: str | None = None) -> CleanedArticle:
    """Normalise a record's fields and drop a leading repetition of the title from the body."""
    clean_title = _one_line(title)
    paragraphs = _lines(body)
    while clean_title and paragraphs and _same(paragraphs[0], clean_title):
        paragraphs = paragraphs[1:]
    return CleanedArticle(clean_title, normalize(caption or ""), "\n".join(paragraphs))
