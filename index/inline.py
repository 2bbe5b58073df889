"""Chrome and teasers standing within an article's body, between its paragraphs.

Within the body a line is dropped only on clear signs, since a paragraph lost is a loss
too: a label recurring on the source's pages, an advertising or share label, a photo
credit alone, a line announcing another article ("Lesen Sie auch: …", an arrow or
brackets around a headline, a label the source's pages open such lines with, or a
headline sharing no word with the article), a headline with a lead that breaks off, and
a headline the page's own teaser block names too (a box of other stories, with its
heading), a short line naming a whole line of the page's footer (a sentence naming
another story's headline: "We covered this earlier in …"), and a bare headline between
two paragraphs that is another article's title in the archive. A run of such lines is a
list of the article's own (a dossier's contents) and stays, unless the page's teasers
name its headlines.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from typing import Protocol

from index import captions, chrome, teasers
from index.content_words import content_words
from index.evidence import Evidence
from index.footer_line import paragraph
from index.line_keys import PREFIX, split_mark
from index.line_words import count_words
from index.named_headlines import headline_keys, letter_words
from index.shape import Shape

# A body ending in a teaser's shape is looked for among its last lines.
TAIL_LINES = 4
# Inline teasers stand alone: a run of this many announcing lines is a list of the body.
LIST_LINES = 3
# A line opening with a symbol or two before its text ("◆ Headline").
SYMBOL_OPENING = re.compile(r"^(\S{1,2})\s+(\S.*)$")
BULLETS = frozenset("•‣◦⁃∙")
# A short tail after a teaser card's headline: a date or count in brackets, an age or a
# section after a middle dot or a bar ("(12.04.)", "· vor 3 Std.").
MARK_TAIL = re.compile(r"\s*(?:\([^()]{1,24}\)|\[[^\[\]]{1,24}\]|\s[·|•]\s[^·|•]{1,24})$")
# A label before a headline within the body has at most LABEL_WORDS words, the headline
# at least LABEL_HEADLINE; a label opening SPEAKER_LINES lines of a page names a speaker.
LABEL_WORDS = 3
LABEL_HEADLINE = 4
SPEAKER_LINES = 3
# A headline after a teaser card's label may be two sentences ("Keine Märkte! Dafür …").
CARD_SENTENCES = 2
# A teaser card's line (label and headline) has at most this many words.
CARD_WORDS = 30
# The reasons a line was dropped for as another article's teaser.
TEASER_REASONS = ("inline-teaser", "teaser")
WORD = re.compile(r"\w")
# A headline judged by the words it shares with the article has at least this many.
COHESION_WORDS = 3
# A heading over a box of teasers within the body has at most this many words.
BOX_HEADING_WORDS = 4
# A recurring label over a box of the site's own ("Werbung – Text geht unten weiter") has
# at most this many words.
BOX_LABEL_WORDS = 6
# A body line naming a whole footer line has at most this many words besides.
NAMING_WORDS = 12


class Page(Protocol):
    """The page being cleaned, as this module sees it."""

    lines: list[str]
    shapes: list[Shape]
    evidence: Evidence
    own: str
    # Keys (index/evidence.py text_key) of the headlines the page's footer teases.
    teased: set[int]
    # The page's footer lines as runs of letters (footer_words), which body lines may name.
    footer_text: list[str]

    def is_dropped(self, i: int) -> bool: ...
    def dropped_for(self, i: int) -> str: ...
    def drop(self, i: int, reason: str, detail: str = "", article: str = "") -> None: ...
    def pages(self, i: int) -> int: ...
    def labelled(self, i: int) -> int: ...
    def marked(self, i: int) -> int: ...
    def lookup(self, i: int) -> tuple[str, str] | None: ...


def drop_inline(page: Page, title: str, body: list[int]) -> None:
    """Drop chrome and teasers standing within the body (line indexes in order)."""
    words = Counter(w for k in body for w in content_words(page.lines[k]))
    words.update(content_words(title))
    _drop_teased(page, body)
    _drop_naming(page, body)
    for pos, k in enumerate(body):
        s = page.shapes[k]
        if page.is_dropped(k):
            continue
        if page.pages(k) and (not s.prose or chrome.after_body(s)):
            page.drop(k, "repeated", str(page.pages(k)))
        elif page.pages(k) and _under_label(page, body, pos):
            page.drop(k, "chrome", "recurring text under a recurring label")
        elif chrome.label(s):
            page.drop(k, "chrome", chrome.label(s))
        elif captions.is_credit(s.text, s.words) and pos > 0:
            page.drop(k, "credit")
        elif s.end.kind == "marker" and s.words <= 4 and not s.end.core:
            page.drop(k, "read-more")
        else:
            _teaser(page, body, pos, words)


def _under_label(page: Page, body: list[int], pos: int) -> bool:
    """Tell whether a line stands right under a short label dropped as chrome, both
    recurring on the source's pages: a box of the site's own (an advertisement under
    its "Anzeige"), not the article's text."""
    if pos == 0 or not page.is_dropped(body[pos - 1]):
        return False
    above = body[pos - 1]
    label = page.shapes[above]
    return bool(page.pages(above)) and label.words <= BOX_LABEL_WORDS and not label.prose


def _drop_teased(page: Page, body: list[int]) -> None:
    """Drop body lines naming a headline the page's own teaser block names too (the same
    stories in a box between paragraphs), and a short heading right over them."""
    if not page.teased:
        return
    for pos, k in enumerate(body):
        s = page.shapes[k]
        if s.prose or not headline_keys(s) & page.teased:
            continue
        found = page.lookup(k)
        page.drop(k, "inline-teaser", "named by the page's teasers too", found[0] if found else "")
        nxt = body[pos + 1] if pos + 1 < len(body) else None
        if nxt is not None and teasers.marked_lead(page.shapes[nxt]):
            page.drop(nxt, "teaser", "", found[0] if found else "")  # and its lead
        if pos == 0:
            continue
        above = page.shapes[body[pos - 1]]
        if (
            above.words <= BOX_HEADING_WORDS
            and not above.prose
            and above.end.kind != "closed"
            and not headline_keys(above) & page.teased
        ):
            page.drop(body[pos - 1], "footer-heading", "over teasers within the body")


def _drop_naming(page: Page, body: list[int]) -> None:
    """Drop short body lines that name a whole line of the page's footer (a teaser's
    headline there) with a few words besides: a sentence announcing another story ("Wie
    es dazu kam, schildert unser Stück „…“"), however it is worded. A paragraph citing a
    headline has more words of its own."""
    if not page.footer_text:
        return
    for k in body:
        if page.is_dropped(k):
            continue
        text = letter_words(page.lines[k])
        size = text.count(" ") - 1
        for named in page.footer_text:
            if named in text and size - (named.count(" ") - 1) <= NAMING_WORDS:
                found = page.lookup(k)
                page.drop(
                    k,
                    "inline-teaser",
                    "names a teaser of the page's footer",
                    found[0] if found else "",
                )
                break


def _teaser(page: Page, body: list[int], pos: int, words: Counter[str]) -> None:
    """Drop a line within the body that is a teaser of another article."""
    k = body[pos]
    s = page.shapes[k]
    headline, detail = teasers.announced(s)[1], ""
    if not headline and page.labelled(k):
        # A label the source's pages open lines with, before another headline.
        headline, detail = teasers.labelled(s), "label seen on other pages of the source"
        headline = headline or _titled_after_label(page, s.text)
    if not headline and (named := _marked(page, body, pos)):
        headline, detail = named, "opens with a mark seen on other pages of the source"
    if not headline and _alone(page, body, pos):
        named = teasers.labelled(s)
        if named and not captions.is_caption(s.text) and _foreign(named, s.text, words):
            headline, detail = named, "shares no word with the article"
        elif named and _short_label(page, body, s.text, named):
            headline, detail = named, "a short label before a headline, between paragraphs"
        elif named := _symbol_led(page, body, pos):
            headline, detail = named, "a headline after a symbol, alone between paragraphs"
    if headline and not _listed(page, body, pos):
        found = page.evidence.titled(headline, page.own) if page.evidence else None
        page.drop(k, "inline-teaser", detail, found[0] if found else "")
        nxt = body[pos + 1] if pos + 1 < len(body) else None
        if nxt is not None and _cut_lead(page, body, pos, words):
            page.drop(nxt, "teaser", "", found[0] if found else "")  # and its lead
        return
    if pos + 1 >= len(body):
        return
    nxt = body[pos + 1]
    if _titled_alone(page, body, pos):
        return
    if not (_cut_lead(page, body, pos, words) and teasers.is_headline(s) and not s.prose):
        return
    # A headline and a lead that breaks off: a teaser wherever it stands. (A bare
    # headline of another article within the body is left: a dossier's own list.)
    found = page.lookup(k) or page.lookup(nxt)
    page.drop(k, "teaser", "", found[0] if found else "")
    page.drop(nxt, "teaser", "", found[0] if found else "")


def _cut_lead(page: Page, body: list[int], pos: int, words: Counter[str]) -> bool:
    """Tell whether the line after the headline body[pos] is a teaser's lead: one
    breaking off before a read-more marker, or in an ellipsis unless it is the writer's
    trailing off (below a paragraph of the article kept, the lead shares COHESION_WORDS
    words or more with the rest of the article, and the archive knows it as no other
    article's opening)."""
    k, lead = body[pos], body[pos + 1]
    s = page.shapes[lead]
    if not teasers.marked_lead(s):
        return False
    if s.end.kind == "marker":
        return True
    if page.lookup(lead) is not None:
        return True
    if not any(paragraph(page.shapes[b]) and not page.is_dropped(b) for b in body[:pos]):
        return True  # over the body's first paragraph: the article's text starts below
    own, head = content_words(s.text), content_words(page.lines[k])
    shared = sum(words[w] > 1 + (w in head) for w in own)
    return shared < COHESION_WORDS


def _titled_after_label(page: Page, text: str) -> str:
    """Return what follows a line's label when it is another article's title in the
    archive, whatever its shape (a headline of two exclamations reads as prose)."""
    m = PREFIX.match(text)
    if m is None or not page.evidence:
        return ""
    return m.group(2) if page.evidence.titled(m.group(2), page.own) else ""


def _marked(page: Page, body: list[int], pos: int) -> str:
    """Return the headline after a mark the source's pages open lines with ("📰 …",
    "Lesetipp ⟩ …": the site's template for a teaser card), without a short tail (a date
    in brackets, an age after a dot), when no line beside it opens alike (a list's items
    do) ("" when the line has not that shape)."""
    k = body[pos]
    found = split_mark(page.lines[k]) if page.marked(k) else None
    if found is None:
        return ""
    mark, rest = found
    headline = MARK_TAIL.sub("", rest)
    words = count_words(headline)
    beside = [body[p] for p in (pos - 1, pos + 1) if 0 <= p < len(body)]
    if any(page.lines[b].startswith(mark) for b in beside):
        return ""
    if captions.is_credit(headline, words):
        return ""
    if _card_label(page, body, mark, headline):
        # A label of words before the site's symbol ("Gleich daneben ⊳"), opening lines
        # on many of the source's pages, none of them a paragraph (no speaker's): the
        # site's teaser card, whatever the headline after it looks like (a sentence, a
        # credit-like "Erstes Bild: …", three words).
        return headline if teasers.ANNOUNCED_WORDS <= words <= CARD_WORDS else ""
    if not LABEL_HEADLINE <= words <= teasers.TEASER_HEADLINE_WORDS or headline.endswith("."):
        return ""
    return "" if captions.is_caption(headline) else headline


def _card_label(page: Page, body: list[int], mark: str, headline: str) -> bool:
    """Tell whether a mark is a label of words before a symbol before a headline of at
    most CARD_SENTENCES sentences, and no line of the body it opens is longer than
    CARD_WORDS words (an interview's speaker opens paragraphs)."""
    if not WORD.search(mark) or Shape(headline).sentences > CARD_SENTENCES:
        return False
    opened = (page.shapes[k] for k in body if page.lines[k].startswith(mark))
    return all(s.words <= CARD_WORDS for s in opened)


def _titled_alone(page: Page, body: list[int], pos: int) -> bool:
    """Drop a bare headline standing alone between two paragraphs that is the title of
    another article of the archive (a teaser without a label); tell whether it was."""
    k = body[pos]
    s = page.shapes[k]
    if pos == 0 or s.prose or not teasers.is_headline(s) or s.words < LABEL_HEADLINE:
        return False
    if not all(paragraph(page.shapes[body[p]]) for p in (pos - 1, pos + 1)):
        return False
    found = page.evidence.titled(s.text, page.own) if page.evidence else None
    if found is None:
        return False
    page.drop(k, "inline-teaser", "another article's title, between paragraphs", found[0])
    return True


def _alone(page: Page, body: list[int], pos: int) -> bool:
    """Tell whether a line stands alone between paragraphs: prose on one side at least,
    and no line of its kind on either (a run of them is a list of the article's own)."""
    if pos == 0 or pos + 1 >= len(body):
        return False
    before, after = page.shapes[body[pos - 1]], page.shapes[body[pos + 1]]
    if teasers.labelled(before) or teasers.labelled(after):
        return False
    return before.prose or after.prose


def _symbol_led(page: Page, body: list[int], pos: int) -> str:
    """Return the headline after a pictographic symbol ("◆ …", "■ …") on a line of its
    own between paragraphs, not an item of a list (no line beside it opens alike): a
    teaser's mark ("" when the line has not that shape)."""
    m = SYMBOL_OPENING.match(page.lines[body[pos]].strip())
    if m is None or not all(_symbol(c) for c in m.group(1)):
        return ""
    text = m.group(2)
    if captions.is_caption(text) or not teasers.is_headline(Shape(text)):
        return ""
    if count_words(text) < LABEL_HEADLINE or text.rstrip().endswith("."):
        return ""
    beside = [body[p] for p in (pos - 1, pos + 1) if 0 <= p < len(body)]
    return "" if any(page.lines[k].strip().startswith(m.group(1)) for k in beside) else text


def _symbol(char: str) -> bool:
    """Tell whether a character is a pictographic symbol or a bullet (no letter, digit,
    punctuation of a sentence, dash or mathematical sign)."""
    return unicodedata.category(char) == "So" or char in BULLETS


def _short_label(page: Page, body: list[int], line: str, headline: str) -> bool:
    """Tell whether a line is a label of a word or three before a headline ("Hierzu:
    …"), not a speaker's name in an interview (which opens many lines of the page)."""
    label = line[: len(line) - len(headline)].strip(" :–—|-")
    if not label or count_words(label) > LABEL_WORDS or count_words(headline) < LABEL_HEADLINE:
        return False
    if captions.is_caption(line) or headline.rstrip().endswith("."):
        return False
    if any(c.isdigit() for c in label):
        return False  # a live ticker's time, a ranking's place: entries of the article
    opened = sum(page.lines[k].startswith(label) for k in body)
    return opened < SPEAKER_LINES


def _foreign(headline: str, line: str, words: Counter[str]) -> bool:
    """Tell whether a headline shares no word with the rest of the article."""
    own = content_words(headline)
    if len(own) < COHESION_WORDS:
        return False
    mine = content_words(line)
    return not any(words[w] > (w in mine) for w in own)


def _listed(page: Page, body: list[int], pos: int) -> bool:
    """Tell whether an announcing line stands in a run of them (a list of sources)."""
    count, best = 0, 0
    for p in range(max(0, pos - LIST_LINES + 1), min(len(body), pos + LIST_LINES)):
        count = count + 1 if teasers.announced(page.shapes[body[p]])[1] else 0
        best = max(best, count)
    return best >= LIST_LINES


def drop_enclosed(page: Page, rest: list[int], end: int) -> None:
    """Drop kept lines a teaser's dropped parts enclose (rest: the line indexes after the
    title; end: where the footer starts in it): a line of a headline's length between a
    dropped line and a dropped lead that breaks off before a marker (that lead's
    headline, one that reads like a sentence), and the lines opening with the mark of a
    dropped teaser line right above them, in a run reaching the footer (the rest of its
    list)."""
    for pos in range(1, len(rest) - 1):
        k, above, below = rest[pos], rest[pos - 1], rest[pos + 1]
        if page.is_dropped(k) or not page.is_dropped(above) or not page.is_dropped(below):
            continue
        lead = page.shapes[below]
        if page.shapes[k].words <= teasers.TEASER_HEADLINE_WORDS and teasers.marked_lead(lead):
            page.drop(k, "teaser", "the headline of the lead below it")
    for pos in range(1, len(rest)):
        above = rest[pos - 1]
        found = split_mark(page.lines[above]) if page.is_dropped(above) else None
        if found is None or page.dropped_for(above) not in TEASER_REASONS:
            continue
        run = _mark_run(page, rest, pos, found[0])
        if run and pos + len(run) >= min(end, len(rest)):
            for k in run:
                page.drop(k, "teaser", "in a list of teasers with the same mark")


def _mark_run(page: Page, rest: list[int], pos: int, mark: str) -> list[int]:
    """Return the kept lines from rest[pos] on that open with a mark, up to the first
    line that does not (none of them longer than a teaser card's line)."""
    run = []
    for k in rest[pos:]:
        if page.is_dropped(k) or not page.lines[k].startswith(mark + " "):
            break
        if page.shapes[k].words > CARD_WORDS:
            return []
        run.append(k)
    return run


def teaser_like_kept(page: Page, body: list[int]) -> bool:
    """Tell whether the body ends in lines that look like a teaser, kept: a headline and
    a lead that breaks off, among its last lines."""
    kept = [k for k in body if not page.is_dropped(k)][-TAIL_LINES:]
    shapes = page.shapes
    return any(
        teasers.is_headline(shapes[a]) and not shapes[a].prose and teasers.is_lead(shapes[b])
        for a, b in zip(kept, kept[1:], strict=False)
    )
