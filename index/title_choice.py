"""Find a page's title line among its first lines; drop the banners before it.

The head's lines agreeing on one title decide first (index/title_agree.py); then a line
repeated in lower case under it; then each line from the top is weighed and dropped as a
banner while it looks like one: chrome by its shape or by the source's other pages, the
title with the site's name around it, a ticker's slot, another article's headline, a
kicker over the real title (index/other_headlines.py for the headlines of other stories).
"""

from __future__ import annotations

from typing import Protocol

from index import captions, chrome, footer_line, teasers
from index.dropped import Dropped
from index.other_headlines import Page as HeadlinePage
from index.other_headlines import other_headline, slot_line, title_around
from index.shape import Shape
from index.title_agree import Agreed, agreed
from index.title_author import author_line
from index.title_caption import credit_over, credited_name
from index.title_cut import cut_copy
from index.title_form import read_form
from index.title_line import title_text as line_title
from index.title_markup import read_markup
from index.title_split import KICKER_SHARED, kicker_by_body, stems
from index.title_wrap import wrapped_below

# The title is looked for among this many first lines.
TITLE_LINES = 15
# A closed sentence of this many words is prose (the body's, or a standfirst).
SENTENCE_WORDS = 6
# Prose before the title is a notice (cookies, consent) only among the first lines.
NOTICE_LINES = 3
# A kicker over the title (a Dachzeile: "Kritik wächst", "Turning point") has at most
# this many words, shares at most KICKER_SHARED words with the body (a short title
# shares more), and the title under it has KICKER_TITLE_WORDS words at least.
KICKER_WORDS = 5
KICKER_TITLE_WORDS = 3
# A strip of other stories over the title: headlines of this many words at least, each
# over its lead, cut off, longer than the headline by LEAD_LONGER characters at least (a
# paragraph wrapped into lines of one width is no such pair).
STRIP_WORDS = 3
LEAD_LONGER = 20
STRIP_HEADLINE = "another story's headline over its lead, cut off, in a strip of such"
# The headline under a photo's caption stands among this many lines under it.
CAPTION_REACH = 3
# A kicker ends with no sentence mark (a colon or a question mark it may end with).
SENTENCE_MARKS = (".", "!", "?", "…")
KICKER_ENDS = (".", "!", "…")


class Page(HeadlinePage, Protocol):
    """The page being cleaned, as the title search sees it."""

    title_at: tuple[int, float] | None
    dropped: dict[int, Dropped]
    unsure: list[str]
    not_title: set[int]
    agreed: Agreed | None
    title_lines: dict[int, tuple[str, tuple[str, ...]]]
    title_index: int  # -1 until the title line is found

    def drop(self, i: int, reason: str, detail: str = "", article: str = "") -> None: ...


def sentence(shape: Shape) -> bool:
    """Tell whether a line is a sentence of prose (the body's, or a standfirst)."""
    return shape.prose and shape.end.kind == "closed" and shape.words >= SENTENCE_WORDS


def same(a: str, b: str) -> bool:
    """Tell whether two normalised strings are equal ignoring case."""
    return a.casefold() == b.casefold()


def repeated_below(lines: list[str], j: int) -> bool:
    """Tell whether line j is followed by itself in lower case (the page's own copy of its
    title, which no other line has)."""
    if not 0 <= j < len(lines) - 1:
        return False
    below = lines[j + 1]
    return below != lines[j] and below == below.lower() and same(lines[j], below)


def find_title(page: Page) -> int:
    """Find the title line; drop the banners before it. Returns its index."""
    lines, shapes = page.lines, page.shapes
    if page.title_at is not None:
        j, p = page.title_at
        for k in range(j):
            page.drop(k, "banner", f"line classifier: the title is below ({p:.2f})")
        return j
    limit = min(len(lines), TITLE_LINES)
    # Lines of the head holding the title again (in lower case, in a breadcrumb, in
    # the markup's head title) agree on it, whatever else each carries around it.
    # Only lines before the body (its first paragraph, or a photo caption over it): a
    # subheading repeating the title's end is the body's, and so is a line after a
    # sentence of prose between the lines.
    head = next((k + 1 for k in range(limit) if footer_line.paragraph(shapes[k])), limit)
    first = next((k for k in range(head) if not page.pages(k) and shapes[k].words >= 3), 0)
    head = next((k for k in range(first + 1, head) if captioned(page, k)), head)
    chrome_lines = {k for k in range(head) if page.pages(k)}
    prose = {k for k in range(head) if sentence(shapes[k])}
    # Lines of markup are read for their text: the tags are no part of the title; nor
    # are a link's address, a row's other cells or a count (index/title_form.py).
    lines = [read_form(read_markup(line)) for line in lines[:limit]] + lines[limit:]
    if (found := agreed(lines, head, chrome_lines, prose)) is not None:
        return _agreed_at(page, found, lines)
    # The lower-case repetition marks the title wherever it stands; failing that, a
    # lower-case line repeating the title as it is once the site's name and heading
    # marks are off (a sticky "Reading » Title" over the title and its copy is no
    # title; over the title alone, that line is the title: title_around).
    for j in range(limit - 1):
        if shapes[j].words >= 2 and same(lines[j], lines[j + 1]):
            return title_at(page, j)
    for j in range(limit - 1):
        text = title_text(page, j)
        if shapes[j].words >= 2 and text != lines[j + 1] and same(text, lines[j + 1]):
            return title_at(page, j)
    # A line showing the title cut short (a browser tab, a breadcrumb's last crumb)
    # points at the longer line its cut-off start opens, wherever that stands.
    # (Not a notice over the title, a consent's, recurring on the source's pages.)
    paragraphs = {
        k
        for k in range(limit)
        if footer_line.paragraph(shapes[k])
        and not page.pages(k)
        and chrome.banner(shapes[k]) != "notice"
    }
    headlines = {k for k in range(limit) if Shape(lines[k]).headline}
    # The lines as read, then as they stand: reading a line's form may take its cut mark
    # off with a count ("Neue Brücke für die [⋯]").
    cut = cut_copy(lines, limit, paragraphs, headlines)
    if cut is None:
        cut = cut_copy(page.lines, limit, paragraphs, headlines)
    if cut is not None:
        return _agreed_at(page, Agreed(title_text(page, cut[0]), cut[0], (cut[1],)), lines)
    consent = False
    for j in range(limit):
        kind = _banner(page, j, limit, consent)
        if kind == "notice" and j >= NOTICE_LINES:
            kind = ""  # prose this far down is the body: the page has no title line
        if not kind:
            return j
        consent = consent or "consent" in kind or kind == "notice"
        page.drop(j, "banner", kind)
    page.dropped.clear()
    return 0  # no title found among the first lines: the first line is taken


def _banner(page: Page, j: int, limit: int, consent: bool) -> str:
    """Return why line j, over any title found so far, is a banner ("": it may be the
    title); consent: a consent notice stands over it."""
    s = page.shapes[j]
    if _rule(page, j) and (_rule(page, j + 2) or _rule(page, j - 2)):
        return "a rule framing the line under or over it: no word"
    if (trimmed := title_text(page, j)) != page.lines[j]:
        # Judged without the site's name: "Kurz und klar ‖ Site" is no breadcrumb.
        s = Shape(trimmed)
    kind = chrome.banner(s)
    if not kind and page.pages(j):
        kind = f"seen on {page.pages(j)} pages of this source"
    if not kind and (credit := credit_over(page.lines[j], page.evidence, page.source)):
        kind = f"a photo's caption: its credit {credit!r} worded as on the source's pages"
        page.not_title.add(j)
    if not kind and (caption := _caption_over_credit(page, j)):
        kind = caption
        page.not_title.add(j)
    if not kind and _author(page, j):
        kind = "an author's line: a name after a label the source's lines open with"
        page.not_title.add(j)
    if not kind and (name := _credited(page, j)):
        kind = f"a photo's caption: it ends in {name!r}, as lines on some of the source's pages do"
        page.not_title.add(j)
    if not kind and (framed := _framed(page, j)):
        # A template with a slot ("Folge 4 unserer Reihe ⟨…⟩ ▪ alle Folgen"): only
        # here, where a title stands; in the body such a line may be the article's.
        kind = f"its first and last words seen on {framed} pages of this source"
    if not kind:
        kind = title_around(page, j, limit)
        if kind:
            page.not_title.add(j)
    if not kind:
        kind = slot_line(page, j, limit)
        if kind:
            page.not_title.add(j)
    if not kind and consent and not s.prose and (s.words <= 2 or s.chrome_cues >= 0.3):
        kind = "consent button"
    if not kind and wrapped_below(page, j):
        return ""  # the title's first line: it breaks off into the next
    if not kind and (strip := _strip(page, j)):
        kind = strip
        page.not_title.add(j)
    if not kind and _before_title(page, j):
        kind = "shares no word with the article"
        page.unsure.append("title chosen by the words it shares with the body")
    if not kind:
        kind = other_headline(page, j, limit)
        if kind:
            page.not_title.add(j)
            page.unsure.append("title chosen by the words it shares with the body")
    if not kind and _kicker(page, j):
        kind = "kicker over the title: the headline below shares more with the body"
    return kind


def _rule(page: Page, k: int) -> bool:
    """Tell whether line k is a rule or a box's edge: no letter, no digit."""
    return 0 <= k < len(page.lines) and not any(ch.isalnum() for ch in page.lines[k])


def captioned(page: Page, k: int) -> bool:
    """Tell whether line k is a photo caption or credit (the body follows it)."""
    return captions.is_caption(page.lines[k]) or page.credited(k)


def _agreed_at(page: Page, found: Agreed, lines: list[str]) -> int:
    """Take the title the head's lines agree on (lines: as read, markup off): its line is
    the title line, the other lines holding it are the title again, the lines before it
    banners."""
    page.agreed = found
    j, line = found.line, lines[found.line]
    if found.wrapped is not None:
        line = f"{line} {lines[found.wrapped]}"
    start = max(0, line.find(found.text))
    cut = []
    if before := line[:start].strip():
        cut.append(f"{before!r} before it")
    if after := line[start + len(found.text) :].strip():
        cut.append(f"{after!r} after it")
    if found.wrapped is not None:
        cut.append("its end taken from the next line")
    if lines[j] != page.lines[j]:
        cut.insert(0, "the markup around it")
    if cut:
        cut.append(f"as {len(found.copies)} other lines of the page's head hold it")
    page.title_lines[j] = (found.text, tuple(cut))
    for k in found.copies:
        if k < j:
            # Over the title: the page's head title, a breadcrumb ending in it.
            page.drop(k, "banner", "the title with the site's name or a label around it")
        else:
            page.drop(k, "title-copy", "the title again, with other parts around it")
    return title_at(page, j)


def title_at(page: Page, j: int) -> int:
    """Take line j for the title: drop the lines before it as banners."""
    for k in range(j):
        n = page.pages(k)
        seen = f"seen on {n} pages of this source" if n else ""
        page.drop(k, "banner", chrome.banner(page.shapes[k]) or seen)
    return j


def title_text(page: Page, i: int) -> str:
    """Return the title line i holds: without heading marks, and without the site's
    name the source's pages put before or after their titles (index/title_line.py)."""
    return title_line(page, i)[0]


def title_line(page: Page, i: int) -> tuple[str, tuple[str, ...]]:
    """Return the title line i holds and what was cut off it, worked out once: the
    title search asks for the same lines again and again."""
    if (found := page.title_lines.get(i)) is None:
        text, cut = line_title(page.lines[i], page.evidence, page.source)
        found = page.title_lines[i] = (text, tuple(cut))
    return found


def _kicker(page: Page, j: int) -> bool:
    """Tell whether line j is a kicker over the title (each page's own, so the
    evidence does not know it): a few words ending with no sentence mark, right over
    a longer headline whose words come back in the body more than its own do."""
    shapes = page.shapes
    s = shapes[j]
    if j + 2 >= len(shapes) or not 1 <= s.words <= KICKER_WORDS or s.prose:
        return False
    # A question may be a kicker too ("Was bleibt?"): the body's words tell it from a
    # title's first half (index/title_split.py).
    if s.text.endswith(KICKER_ENDS) or s.dateline or s.counter:
        return False
    nxt = shapes[j + 1]
    if not nxt.headline or nxt.words < max(KICKER_TITLE_WORDS, s.words + 1):
        return False
    if nxt.dateline or nxt.prose or chrome.banner(nxt) or page.pages(j + 1):
        return False
    if captions.is_caption(nxt.text) or page.credited(j + 1):
        return False
    body = stems(" ".join(page.lines[j + 2 : j + 12]))
    own, below = stems(s.text), stems(title_text(page, j + 1))
    if own & below:
        return False  # a title and its subheading tell one story: the title is above
    shared = len(own & body)
    return shared <= KICKER_SHARED and len(below & body) > shared


def _credited(page: Page, j: int) -> str:
    """Return the name a photo's caption over the title ends in ("": line j is no such
    caption): a name ending lines on some of the source's pages (index/title_caption.py),
    the caption's words not the body's (but one), and the next line of the page's own (past the
    source's recurring lines: an author's, a date) a headline whose words are."""
    caption, name = credited_name(page.lines[j], page.evidence, page.source)
    own = stems(caption)
    if not name or len(own) < 2:
        return ""
    shapes = page.shapes
    reach = range(j + 1, min(j + 1 + CAPTION_REACH, len(shapes)))
    # Past the source's recurring lines, dates and author lines: the headline.
    k = next(
        (k for k in reach if not page.pages(k) and not shapes[k].dateline and not _author(page, k)),
        None,
    )
    if k is None:
        return ""
    # The headline as read: a line of markup holding it is no headline by its shape.
    below = Shape(title_text(page, k))
    if not below.headline or below.words < 3:
        return ""
    # The caption's words are not the body's (but one, a common verb's), the headline's
    # are, and more of them: as a kicker's over a title (index/title_split.py).
    body = " ".join(page.lines[k + 1 : k + 11])
    return name if kicker_by_body(caption, below.text, body) else ""


def _caption_over_credit(page: Page, j: int) -> str:
    """Return why line j is a photo's caption of two lines over the title, its text or its
    credit ("": neither): a credit worded as the source's lines under its titles are
    (the evidence's), the caption's text over it, and a headline under them whose words,
    not the caption's, come back in the body."""
    credit = j if page.credited(j) else j + 1
    if credit >= len(page.lines) or not page.credited(credit) or page.pages(credit):
        return ""
    if credit == j + 1 and (page.credited(j) or not page.shapes[j].headline):
        return ""
    text = page.lines[credit]
    if credit == j + 1 and (
        captions.is_caption(text)
        or credit_over(text, page.evidence, page.source)
        or any(f"{mark} " in text for mark in SENTENCE_MARKS)
    ):
        return ""  # a caption with a text of its own: the line over it is not its text
    shapes = page.shapes
    reach = range(credit + 1, min(credit + 1 + CAPTION_REACH, len(shapes)))
    k = next((k for k in reach if not page.pages(k) and not shapes[k].dateline), None)
    if k is None or page.credited(k) or captions.is_caption(page.lines[k]):
        return ""
    below = Shape(title_text(page, k))
    if not below.headline or below.words < 3 or below.prose:
        return ""
    body = " ".join(page.lines[k + 1 : k + 11])
    if not kicker_by_body(page.lines[j], below.text, body):
        return ""  # the title (its first line) over a credited line, or credited itself
    if credit == j and stems(page.lines[j]) & stems(body):
        return ""  # a credit's words are no body's: a title's first line, worded alike
    if credit == j:
        return "a photo's credit, worded as lines under the source's titles are"
    return "a photo's caption: the credit under it worded as lines under the source's titles are"


def _author(page: Page, k: int) -> bool:
    """Tell whether line k is an author's: a name after a label the source's lines open
    with (index/title_author.py)."""
    return author_line(page.lines[k], title_text(page, k), page.labelled(k))


def _framed(page: Page, i: int) -> int:
    """Return on how many of the source's pages a line opens and ends as line i does."""
    return page.evidence.framed(page.source, page.lines[i]) if page.evidence else 0


def _before_title(page: Page, j: int) -> bool:
    """Tell whether a headline-like line is rather a banner before the real title: the
    next line is headline-like too, and it, not this one, shares words with the body."""
    shapes = page.shapes
    if j + 2 >= len(shapes) or not shapes[j].headline:
        return False
    nxt = shapes[j + 1]
    if not nxt.headline or nxt.words < 3 or nxt.dateline:
        return False
    if captions.is_caption(nxt.text) or page.credited(j + 1):
        return False
    # Words compared by their stems: "Deutschlands" and "Deutschland" are one word, and
    # so is a compound's part ("Schuldenunion" in "EU-Schuldenunion").
    own = stems(page.lines[j])
    if len(own) < 2:
        return False  # too few words to tell (short words, or a script without spaces)
    body = stems(" ".join(page.lines[j + 2 : j + 12]))
    return not (own & body) and bool(stems(nxt.text) & body)


def _story(page: Page, j: int) -> bool:
    """Tell whether line j is a headline over a lead that breaks off (a teaser's shape)."""
    shapes = page.shapes
    if not 0 <= j < len(shapes) - 1:
        return False
    s, lead = shapes[j], shapes[j + 1]
    if not s.headline or s.words < STRIP_WORDS or s.prose or s.dateline:
        return False
    if page.pages(j) or page.pages(j + 1) or "://" in s.text:
        return False  # the source's own line, or an address: chrome, not another story
    return teasers.is_lead(lead) and len(lead.text) >= len(s.text) + LEAD_LONGER


def _strip(page: Page, j: int) -> str:
    """Return why line j is part of a strip of other stories over the title ("": it is
    not): two headlines or more, each over its lead cut off, one pair after the other.
    The title's own lines are never such a pair twice running; a lead under a headline
    of the strip is the strip's too."""
    above = page.dropped.get(j - 1)
    if above is not None and above.detail == STRIP_HEADLINE:
        return "the lead, cut off, of another story in a strip over the title"
    if not _story(page, j):
        return ""
    before = page.dropped.get(j - 2)
    if _story(page, j + 2) or (before is not None and before.detail == STRIP_HEADLINE):
        return STRIP_HEADLINE
    return ""
