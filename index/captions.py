"""Photo captions and credits: the line under a page's picture, and credit lines alone."""

from __future__ import annotations

import re

# Captions are short; a long paragraph with "(r.)" in it is more likely body text.
MAX_CAPTION_CHARS = 400
# A line that is a credit and nothing else ("Foto: dpa/Kappeler") is this short.
MAX_CREDIT_WORDS = 8
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


def is_caption(paragraph: str) -> bool:
    """Tell whether a paragraph is recognisably a photo caption."""
    if len(paragraph) > MAX_CAPTION_CHARS:
        return False
    return bool(
        POSITION_MARKER.search(paragraph)
        or CREDIT_START.match(paragraph)
        or CREDIT_END.search(paragraph)
    )


def is_credit(line: str, words: int) -> bool:
    """Tell whether a line is a photo credit and nothing else ("Foto: dpa"), not a caption
    ending in one (which in a body may be the article's own)."""
    return words <= MAX_CREDIT_WORDS and bool(CREDIT_START.match(line))
