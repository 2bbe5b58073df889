"""Teasers of other articles, recognised by shape.

A teaser is a short headline-like line followed by a lead that breaks off: in an ellipsis,
a read-more marker in any wording or symbol, or cut at a word. An inline teaser is one
short line within the body that announces another article and names its headline
("Lesen Sie auch: …", "▶ …", "[…]"). The archive's evidence (another article's title or
the start of its body, index/evidence.py) is added by the caller.
"""

from __future__ import annotations

import re

from index import captions, cues
from index.line_ending import MARKER_SYMBOL
from index.line_words import count_words
from index.shape import HEADLINE_WORDS, Shape

# A lead has at least this many words (shorter cut lines are headings or labels); one
# ending in a read-more marker, at least MARKED_LEAD_WORDS.
LEAD_WORDS = 8
MARKED_LEAD_WORDS = 4
OPEN_LEAD_WORDS = 12
# Leads are cut short: a line longer than this in words and in characters is a
# paragraph, however it ends (scripts without spaces count a word per three letters).
MAX_LEAD_WORDS = 90
MAX_LEAD_CHARS = 600
# An announcing prefix ("Lesen Sie auch") has at most this many words.
PREFIX_WORDS = 6
# A headline before a read-more marker has at most this many words (more: a lead).
MARKED_HEADLINE_WORDS = 14
# A headline over a lead may end in a full stop if it has at most this many words.
SHORT_HEADLINE_SENTENCE = 12
# An announced headline ending in a full stop has at most this many words.
ANNOUNCED_SENTENCE_WORDS = 15
# The headline an inline teaser names has at least this many words.
ANNOUNCED_WORDS = 3
PREFIX_SPLIT = re.compile(r"^(.{2,60}?)(?::\s+|\s+[–—|-]\s+|\s+" + MARKER_SYMBOL + r"\s+)(.+)$")
SYMBOL_LED = re.compile(r"^" + MARKER_SYMBOL + r"\s*(.+)$")
# Square brackets only: a remark in round brackets ("(Beifall bei der AfD)") is body text.
# A headline joined to more text by a dash or a vertical bar.
FORM = re.compile(r"^(.{10,160}?)(\s[–—|]\s)\S")
URL = re.compile(r"https?://|www\.")
# Headlines joined on one line by vertical bars.
PIPE = re.compile(r"\s+\|\s+")
QUOTES = re.compile('["„“”«»‹›‚‘’]')
BRACKETED = re.compile(r"^\[(.+)\]$")
# What opens a headline in a list (bullets, numbers, arrows) before its first word.
# A letter and a closing bracket ("a)", "B)") opens an item too.
LIST_OPENING = re.compile(r"^(?:[^\w\s]+|\d{1,2}[.):]|#\d{1,2}|[^\W\d_]\))\s*(?=\w|[„“\"'«‹(])")


def is_lead(shape: Shape) -> bool:
    """Tell whether a line could be a teaser's lead: prose-long text that breaks off (one
    cut at a word, longer than a subheading), not a whole article's paragraph."""
    end = shape.end
    least = OPEN_LEAD_WORDS if end.kind == "open" else LEAD_WORDS
    if shape.words < least or _too_long(shape):
        return False
    if end.kind == "ellipsis" and not _unfinished(end.core):
        return False  # "… (…)": an omission after a finished sentence, not a cut
    return shape.cut and not shape.crumbs and not shape.continues


def marked_lead(shape: Shape) -> bool:
    """Tell whether a line is a lead that breaks off before a read-more marker or in an
    ellipsis after an unfinished sentence: the strongest shape of a teaser's text."""
    end = shape.end
    if shape.words < MARKED_LEAD_WORDS or _too_long(shape) or shape.continues:
        return False
    if end.kind == "marker":
        return True
    if shape.words < LEAD_WORDS:
        return False
    return end.kind == "ellipsis" and _unfinished(end.core)


def _too_long(shape: Shape) -> bool:
    """Tell whether a line is too long for a teaser's lead."""
    return shape.words > MAX_LEAD_WORDS and len(shape.text) > MAX_LEAD_CHARS


def _unfinished(core: str) -> bool:
    """Tell whether text ending in an ellipsis stops in mid-sentence ("die …")."""
    text = re.sub(r"\s*(?:…|\.{2,})$", "", core)
    return bool(text) and text[-1].isalnum() and not text.endswith(("etc", "usw"))


# A teaser's headline has at most this many words or characters (nearly all titles do).
TEASER_HEADLINE_WORDS = 20
TEASER_HEADLINE_CHARS = 120


def is_headline(shape: Shape) -> bool:
    """Tell whether a line could be a teaser's headline (not a photo's caption)."""
    return (
        shape.headline
        and not URL.search(shape.text)
        and not captions.is_caption(shape.text)
        and (shape.words <= TEASER_HEADLINE_WORDS or len(shape.text) <= TEASER_HEADLINE_CHARS)
        and not shape.crumbs
        and not shape.counter
        and not shape.continues
    )


# What may follow a teaser's headline on its line: a group in brackets ("(Politik,
# 3.4.)", "(12 Kommentare)"), or a few words after a symbol ("💬 12", "· 40 replies").
HEADLINE_TAIL = re.compile(
    r"\s*(?:[\[(][^\[\]()]{1,40}[\])]|\s[^\w\s\"'„“”‚‘’()\[\]]{1,3}\s+\S.{0,30})$"
)
TAIL_WORDS = 4


def tailed_headline(shape: Shape) -> str:
    """Return the headline before a short tail (a bracketed group, a counter after a
    symbol) if the line is one so ("" otherwise): "Headline (Politik, 3.4.)"."""
    m = HEADLINE_TAIL.search(shape.text)
    if m is None or count_words(m.group(0)) > TAIL_WORDS or m.start() == 0:
        return ""
    head = Shape(shape.text[: m.start()])
    if head.words < ANNOUNCED_WORDS or not is_headline(head) or head.prose:
        return ""
    return head.text


def teaser_heads(shape: Shape) -> list[str]:
    """Return the headlines a teaser line may open with: before a dash or bar joining more
    text ("Headline – lead"), before a short tail (a bracketed group, a counter)."""
    heads = [tailed_headline(shape)]
    if m := FORM.match(shape.text):
        heads.append(m.group(1))
    return [h for h in heads if count_words(h) >= ANNOUNCED_WORDS]


# A line that is a link alone: a host name (with a path) or a full address.
BARE_LINK = re.compile(r"^(?:https?://)?(?:www\.)?[\w-]+(?:\.[\w-]+)+(?:/\S*)?$")
# A link names the line next to it when this many of its path's words are that line's.
SLUG_WORDS = 3


def bare_link(shape: Shape) -> bool:
    """Tell whether a line is nothing but a link ("www.site.de/artikel/some-story")."""
    return " " not in shape.text and bool(BARE_LINK.match(shape.text))


def names_link(headline: Shape, link: Shape) -> bool:
    """Tell whether a link's path spells the headline's words (as sites make a story's
    address from its headline): the headline is the linked story's."""
    path = link.text.split("/", 1)[1] if "/" in link.text else ""
    slug = {w for w in re.split(r"[\W_]+", path.casefold()) if len(w) > 1}
    words = {w for w in re.split(r"\W+", headline.text.casefold()) if len(w) > 1}
    return len(slug & words) >= min(SLUG_WORDS, len(slug)) > 0


def headline_before_lead(shape: Shape) -> bool:
    """Tell whether a line before a lead is its headline: a headline, or a short line
    made of a sentence or two ("Wetter: Sturm zieht auf."); not a photo credit."""
    if captions.is_caption(shape.text):
        return False
    if shape.caps or cues.share(shape.text, cues.HEADING_WORDS) >= 0.5:
        return False  # a heading over teasers ("MEHR ZUM THEMA")
    if is_headline(shape):
        return True
    if shape.text.endswith(".") and shape.words > SHORT_HEADLINE_SENTENCE:
        return False  # a paragraph's sentence
    return (
        shape.words <= HEADLINE_WORDS
        and shape.sentences <= 2
        and not shape.continues
        and not shape.crumbs
    )


def announced(shape: Shape) -> tuple[str, str]:
    """Split an inline teaser into (how it announces, the headline it names).

    Returns ("", "") for a line that does not have the shape: a short line that is an
    announcing prefix and a headline, a headline after an arrow, a headline in brackets,
    or a headline before a read-more marker.
    """
    text = shape.text
    if shape.words > 30:
        return "", ""
    m = PREFIX_SPLIT.match(text)
    if m and _announcing(m.group(1)) and _headline(m.group(2), ANNOUNCED_WORDS - 1, True):
        return m.group(1), m.group(2)
    m = BRACKETED.match(text)
    if m and _headline(m.group(1), ANNOUNCED_WORDS, True) and not PREFIX_SPLIT.match(m.group(1)):
        return "[ ]", m.group(1)
    if text.endswith(".") and shape.sentences >= 1:
        return "", ""
    m = SYMBOL_LED.match(text)
    if m and _headline(m.group(1), ANNOUNCED_WORDS - 1):
        return text[: m.start(1)].strip(), m.group(1)
    m = BRACKETED.match(text)
    if m:
        inner = m.group(1)
        split = PREFIX_SPLIT.match(inner)
        if split and _announcing(split.group(1)):
            return split.group(1), split.group(2)
        if _headline(inner, ANNOUNCED_WORDS, True):
            return "[ ]", inner
    end = shape.end
    if end.kind == "marker" and count_words(end.core) <= MARKED_HEADLINE_WORDS:
        if _headline(end.core) and not end.core.endswith(".") and not shape.continues:
            return end.marker, end.core
    return "", ""


def form(shape: Shape) -> str:
    """Return how a line joins a headline to more text ("Headline – text", "Headline:
    text"): the joint, or "" when it does not open with a headline so joined."""
    m = FORM.match(shape.text)
    if m is None or shape.continues or count_words(m.group(1)) > TEASER_HEADLINE_WORDS:
        return ""
    return m.group(2).strip()


def joined_headlines(shape: Shape) -> bool:
    """Tell whether a line is two or more headlines joined by vertical bars ("Headline |
    Headline | Headline"): each part of three words or more, none a sentence ending in
    a full stop (a link list's parts are shorter, a table's row has no headlines)."""
    parts = PIPE.split(shape.text)
    return len(parts) >= 2 and all(
        ANNOUNCED_WORDS <= count_words(p) <= TEASER_HEADLINE_WORDS
        and not p.rstrip().endswith(".")
        and not URL.search(p)
        for p in parts
    )


# Separators of headlines listed on one line: a symbol or two standing apart ("|", "▪",
# "‧", "»"), no dash or colon (a headline has those: "Corona: … – …").
ROW = re.compile(r"\s+[^\w\s\"'„“”‚‘’()\[\]{}.,;:!?&+\-–—‒]{1,3}\s+")


def headline_row(shape: Shape) -> bool:
    """Tell whether a line is two or more headlines listed on one line, separated by a
    symbol, maybe after a short label ("Meistgelesen ▪ Headline ▪ Headline"): each of
    three words or more, none a sentence ending in a full stop."""
    parts = ROW.split(shape.text)
    if len(parts) >= 3 and count_words(parts[0]) <= PREFIX_WORDS:
        parts = parts[1:]  # the label
    return len(parts) >= 2 and all(
        ANNOUNCED_WORDS <= count_words(p) <= TEASER_HEADLINE_WORDS
        and not p.rstrip().endswith(".")
        and not URL.search(p)
        for p in parts
    )


def labelled(shape: Shape) -> str:
    """Return the headline after a short label ("Hierzu: …"), whatever the label says, if
    the line has that shape ("" otherwise): the archive tells whether the label is one."""
    if shape.words > 30 or shape.prose:
        return ""
    m = PREFIX_SPLIT.match(shape.text)
    if m is None or count_words(m.group(1)) > PREFIX_WORDS or QUOTES.search(m.group(1)):
        return ""
    return m.group(2) if _headline(m.group(2), ANNOUNCED_WORDS - 1, True) else ""


def _announcing(prefix: str) -> bool:
    """Tell whether a prefix announces another article ("Lesen Sie auch", "Related")."""
    words = count_words(prefix)
    if QUOTES.search(prefix):
        return False  # a quotation opening a headline ("„Wir bleiben“ – ...")
    return 1 <= words <= PREFIX_WORDS and cues.share(prefix, cues.ANNOUNCE_WORDS) >= 0.5


def _headline(text: str, least: int = ANNOUNCED_WORDS, announced: bool = False) -> bool:
    """Tell whether text could be a named headline. After an announcing prefix a shorter
    one will do, and one ending in a full stop (some titles do)."""
    words = count_words(text)
    if announced and words <= ANNOUNCED_SENTENCE_WORDS:
        return least <= words
    return least <= words <= 25 and not text.rstrip().endswith(".")


def list_opening(text: str) -> str:
    """Return how a line opens as an item of a list ("1)", "•", "#3"), numbers folded to
    0 so the items of one list open alike ("" when it has no such opening)."""
    m = LIST_OPENING.match(text)
    if m is None or QUOTES.search(m.group(0)) or "(" in m.group(0):
        return ""  # a quotation or a remark in brackets opens a sentence, not an item
    # Numbers fold to 0 and a letter item to "a)", so the items of one list open alike.
    return re.sub(r"^[^\W\d_]\)", "a)", re.sub(r"\d+", "0", m.group(0).strip()))
