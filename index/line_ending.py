"""Tell how a page line ends: cut off, in an ellipsis, closed, or before a read-more marker."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

from index import cues
from index.line_words import count_words

# Sentence punctuation (also of scripts without spaces) or a closing quote or bracket at
# the end of a line.
CLOSED_END = re.compile(r"[.!?;:…\"“”„‟»«'’‘)\]。！？」』）]$")
ELLIPSIS_END = re.compile(r"(?:…|\.{2,})$")


def _dots() -> str:
    """Return the punctuation whose Unicode name is a dot (leaders, middle dots, dotted
    punctuation) and the ellipses, as a character class's body."""
    found = []
    for code in range(0x80, 0x3000):
        char = chr(code)
        name = unicodedata.name(char, "")
        dotted = unicodedata.category(char) == "Po" and re.search(r"\bDOTS?\b", name)
        if dotted or ("ELLIPSIS" in name and unicodedata.category(char)[0] in "PS"):
            found.append(re.escape(char))
    return "".join(found)


# A short run of dots of any kind standing apart at a line's end, bare or in brackets of
# any kind ("[.]", "⟨…⟩", "⁘", "․․․"; a full stop alone is a sentence's, spaced off):
# an omission, the text breaks off there.
_DOTS = "[." + _dots() + "]"
DOTTED_TAIL = re.compile(
    r"\s+(?:[\[(⟨〈{<]" + _DOTS + r"{1,4}[\])⟩〉}>]|(?!\.$)" + _DOTS + r"{1,4})$"
)
# Read-more symbols: guillemets and arrows standing apart from the text; arrows by their
# Unicode blocks (Arrows, Dingbat arrows, Supplemental Arrows-A and -B) and the
# right-pointing triangles, in whatever shape a site draws them.
ARROWS = "\u2190-\u21ff\u2794-\u27bf\u27f0-\u27ff\u2900-\u297f\u25b6-\u25bb"
# Symbols elsewhere (media controls, Miscellaneous Symbols and Arrows, Supplemental
# Arrows-C) by their Unicode names: arrows and triangles pointing right.
POINTING_NAME = re.compile(r"\b(?:RIGHTWARDS|RIGHT-POINTING)\b.*\b(?:ARROW|ARROWHEAD|TRIANGLE)\b")


def _pointing_right() -> str:
    """Return the symbols outside ARROWS whose Unicode name is a right-pointing arrow."""
    found = []
    for code in (*range(0x2300, 0x2400), *range(0x2B00, 0x2C00), *range(0x1F800, 0x1F900)):
        char = chr(code)
        name = unicodedata.name(char, "")
        if unicodedata.category(char) in ("So", "Sm") and POINTING_NAME.search(name):
            found.append(char)
    return "".join(found)


MARKER_SYMBOL = r"(?:[»›" + ARROWS + re.escape(_pointing_right()) + r"]+\ufe0f?|>>+|-+>)"
SYMBOL_TAIL = re.compile(r"\s+" + MARKER_SYMBOL + r"$")
SYMBOL_HEAD = re.compile(r"^" + MARKER_SYMBOL + r"\s+")
# A short group in brackets ending a line: "[mehr]", "(…)", "[...]".
BRACKET_TAIL = re.compile(r"\s*[\[(]([^\[\]()]{1,30})[\])]$")
# A bracketed group of symbols only is a link, not text ("[+]", "(>)"); sentence marks
# in brackets ("(!)", "(?)") are the writer's remark.
SYMBOLS_ONLY = re.compile(r"[^\w\s.,;:!?…\"'„“”‚‘’]{1,3}")
# A read-more symbol ends a text of at least this many words ("Berlin → Hamburg" is none).
SHORT_MARKED_TEXT = 4


@dataclass(frozen=True)
class Ending:
    """How a line ends: the text before any read-more marker, the marker, and the kind.

    kind: "marker" (a read-more link after the text), "ellipsis" (the text breaks off in
    "…"), "open" (no closing punctuation: cut at a word, or a heading), "closed".
    """

    core: str
    marker: str
    kind: str


ARTICLES = frozenset({"der", "die", "das", "den", "the"})
# A symbol and a few words ending a line: "» mehr", "➔ Zum Beitrag".
SYMBOL_WORDS_TAIL = re.compile(r"\s+" + MARKER_SYMBOL + r"\s*[^\W\d][\w ]{0,30}$")


def _word_tail(text: str) -> tuple[str, str]:
    """Split off trailing read-more words ("Mehr lesen", "Read the full story")."""
    tokens = text.split()
    cut = len(tokens)
    while cut > 0 and len(tokens) - cut < 5:
        token = tokens[cut - 1].strip("[]()»«›→:").lower()
        if token and token not in cues.READ_WORDS:
            break
        cut -= 1  # a read-more word, or a symbol beside one
    # An article before the marker belongs to the cut text ("dass die Mehr lesen").
    while cut < len(tokens) and tokens[cut].lower() in ARTICLES:
        cut += 1
    tail = tokens[cut:]
    words = [w for w in (t.strip("[]()»«›→:").lower() for t in tail) if w]
    # One word alone must be one no sentence ends with ("mehr" may, "weiterlesen" not).
    strong = len(words) >= 2 or (words and words[0] in {"weiterlesen", "more"})
    if not tail or not strong:
        return text, ""
    return " ".join(tokens[:cut]), " ".join(tail)


# A lead breaking off in an ellipsis, then a separator and its headline, on one line:
# "… die Verbraucher (…) // Digitaler Euro kommt". The headline has at most
# JOINED_HEADLINE_WORDS words and is no sentence.
JOINED = re.compile(
    r"^(.*\w[,;:]?\s*(?:…|\.{3}|\(…\)|\(\.{3}\)|\[…\]|\[\.{3}\]))"
    r"\s+(?:[^\w\s\"'„“”‚‘’()\[\]{}.,;!?&+]{1,3}|::)\s+(\S.*)$"
)
JOINED_HEADLINE_WORDS = 20


def _joined(text: str) -> Ending | None:
    """Return the ending of a lead and a headline joined on one line (None: not so)."""
    m = JOINED.match(text)
    if m is None:
        return None
    headline = m.group(2)
    if not 2 <= count_words(headline) <= JOINED_HEADLINE_WORDS or headline.endswith("."):
        return None
    if count_words(m.group(1)) < SHORT_MARKED_TEXT:
        return None
    return Ending(m.group(1), headline, "marker")


# Guillemets closing a quote in the French way ("« … »"), and what opens them.
OPENING_QUOTE = {"»": "«", "›": "‹"}


# A quote closed within a line after no sentence's end has at most this many words.
QUOTE_WORDS = 12


def _closes_quote(before: str, symbol: str) -> bool:
    """Tell whether a guillemet after text closes a quote the text opened ("« … »"): more
    opening guillemets than closing ones stand before it, and the quote ends a sentence
    ("… chargées. »") or is a few words ("« très dégradés » en 2022"). A lead quoting
    from its start and cut before the link ("«Für Deutsche … strenge » mehr") does not."""
    opening = OPENING_QUOTE.get(symbol)
    if not opening or before.count(opening) <= before.count(symbol):
        return False
    quoted = before[before.rfind(opening) + 1 :]
    return bool(re.search(r"[.!?…]$", before.rstrip())) or count_words(quoted) <= QUOTE_WORDS


def ending(text: str) -> Ending:
    """Tell how a line ends, splitting off a read-more marker in words or symbols (or the
    headline a lead is joined to)."""
    joined = _joined(text)
    if joined is not None:
        return joined
    core, marker = text, ""
    for _ in range(3):
        before = core
        m = SYMBOL_TAIL.search(core) or SYMBOL_WORDS_TAIL.search(core)
        if m and _closes_quote(core[: m.start()], m.group(0).strip()[:1]):
            m = None  # "… « un ange » en 2022": a closing quote, not a link
        if m and count_words(core[: m.start()]) >= SHORT_MARKED_TEXT:
            marker = core[m.start() :].strip() + (" " + marker if marker else "")
            core = core[: m.start()]
            continue
        m = BRACKET_TAIL.search(core)
        if m and ELLIPSIS_END.search(m.group(1)) and not marker:
            # "(…)" marks an omission, in quotes and leads alike: an ellipsis.
            core = core[: m.start()] + " …"
            break
        if m and (
            cues.share(m.group(1), cues.READ_WORDS) == 1.0
            or re.fullmatch(MARKER_SYMBOL, m.group(1).strip())
            or SYMBOLS_ONLY.fullmatch(m.group(1).strip())
        ):
            marker = core[m.start() :].strip() + (" " + marker if marker else "")
            core = core[: m.start()]
            continue
        head, tail = _word_tail(core)
        if tail:
            core = head.rstrip()
            marker = tail + (" " + marker if marker else "")
            continue
        if core == before:
            break
    core = core.rstrip()
    dotted = DOTTED_TAIL.search(core)
    if dotted and not marker and not CLOSED_END.search(core[: dotted.start()]):
        core = core[: dotted.start()] + " …"
    # Any short tail after an ellipsis is a marker in some wording: "… Keep reading".
    m = re.search(r"(?:…|\.{3})\s+([^.…!?]{1,40})$", core)
    if m and count_words(m.group(1)) <= 5 and not CLOSED_END.search(m.group(1)):
        marker = m.group(1) + (" " + marker if marker else "")
        core = core[: m.start(1)].rstrip()
    bare = re.search(r"\s+" + MARKER_SYMBOL + r"$", core)
    if bare and not _closes_quote(core[: bare.start()], bare.group(0).strip()[:1]):
        core = core[: bare.start()].rstrip()
    glued = GLUED_TAIL.search(core)
    if glued and not marker and PAIRS[glued.group(2)] not in core:
        # "… lieber …»": a guillemet or bracket after an ellipsis that nothing on the
        # line opens closes no quote; it is the link the lead breaks off before.
        return Ending(core[: glued.start(2)], glued.group(2), "marker")
    if marker:
        return Ending(core, marker, "marker")
    if ELLIPSIS_END.search(core):
        return Ending(core, "", "ellipsis")
    if CLOSED_END.search(core):
        return Ending(core, "", "closed")
    return Ending(core, "", "open")


# An ellipsis with a closing guillemet or bracket glued to it, and what opens that.
PAIRS = {"»": "«", "«": "»", "›": "‹", "⟩": "⟨", "〉": "〈", ")": "(", "]": "["}
GLUED_TAIL = re.compile(r"(…|\.{3})([»«›⟩〉)\]])$")
