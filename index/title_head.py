"""Take the title from its line and the lines beside it; drop the head under it.

A title may be wrapped over two lines (onto the line of the site's name, or from it),
repeated in lower case under itself, and followed by date and author lines, the source's
recurring lines (a reading time) and a standfirst repeating the body's first sentence:
all of it is the head, dropped before the caption and the body are looked for.
"""

from __future__ import annotations

from index import footer_line
from index.dropped import Dropped
from index.line_keys import PREFIX, split_mark
from index.line_words import count_words
from index.shape import HEADLINE_WORDS
from index.title_choice import (
    KICKER_SHARED,
    SENTENCE_MARKS,
    TITLE_LINES,
    Page,
    captioned,
    same,
    stems,
    title_line,
)
from index.title_form import cased_from, join_wrapped
from index.title_frame import unframed
from index.title_glue import badge_on, glued_on
from index.title_line import unmarked, wrapped_end, wrapped_start
from index.title_wrap import wrapped_span

# A line recurring under the titles of the source's pages has at most this many words.
HEAD_LINE_WORDS = 8
# Date and author lines stand among this many lines under the title.
HEAD_REACH = 4
# A standfirst repeating the body's opening has this many words at least, and the
# paragraph it repeats stands among this many lines below it.
LEAD_COPY_WORDS = 6
LEAD_COPY_REACH = 6
# The title taken without the evidence may be a photo's caption or an author line over
# the real title: the evidence counts how the lines this many under it open too.
HEAD_TITLE_REACH = 4
# A line further down than the one under the title taken counts with this many words.
FAR_TITLE_WORDS = 5
# A glued kicker's words are looked for in this many lines under the head.
GLUED_BODY_LINES = 12


def take_title(page: Page, t: int) -> tuple[str, tuple[str, ...], int]:
    """Return the title of title line t, what was cut off or added to it, and the first
    line after the head under it (its copies, date and author lines dropped)."""
    lines, shapes, n = page.lines, page.shapes, len(page.lines)
    title, cut = title_line(page, t)
    i = t + 1
    if page.agreed is None and i < n and (last := _wrapped_end(page, t)):
        # A title wrapped onto the line of the site's name: its end is there.
        title = f"{title} {last}"
        cut += (f"its end taken from the next line ({lines[i]!r})",)
        page.drop(i, "title-copy", "the title's end, wrapped onto the next line")
        i += 1
    elif page.agreed is None and (opening := _wrapped_start(page, t)):
        # A title wrapped from the line of the site's name before it: its start is there.
        title = f"{opening} {title}"
        cut += (f"its start taken from the line over it ({lines[t - 1]!r})",)
        page.dropped[t - 1] = Dropped(
            lines[t - 1], "title-copy", "the title's start, wrapped onto the next line"
        )
    elif page.agreed is None and (span := wrapped_span(page, t))[0]:
        # A title wrapped with nothing after it: it breaks off into the next lines.
        why = span[1]
        for _ in range(span[0]):
            title = join_wrapped(title, title_line(page, i)[0])
            cut += (f"its end taken from the next line ({why})",)
            page.drop(i, "title-copy", f"the title's end, wrapped onto the next line ({why})")
            i += 1
    if inner := unframed(title, page.evidence, page.source):
        title = inner
        cut += ("the quotation marks the source's title lines stand in",)
    if page.agreed is None and (glued := _glued(page, title, t, i)) is not None:
        title, kicker, seen = glued
        cut += (f"{kicker!r} before it: a kicker glued to it ({seen})",)
    if i < n and same(lines[i], title):
        page.drop(i, "title-copy")
        i += 1
    if (cased := cased_from(title, lines[:t])) != title:
        # The lower-case copy was taken: the title line over it, dropped for what stands
        # around the title there, writes it as the title is written.
        title = cased
        cut += ("written as the line over it writes it",)
    while i < n and i <= t + HEAD_REACH:
        # Date and author lines, and the source's recurring lines under every title
        # (a reading time, "listen to this article"): the caption may follow them.
        if i in page.dropped:
            pass  # the title again (index/title_agree.py)
        elif shapes[i].dateline:
            page.drop(i, "byline")
        elif page.pages(i) and not shapes[i].prose and shapes[i].words <= HEAD_LINE_WORDS:
            page.drop(i, "repeated", str(page.pages(i)))
        elif _lead_copy(page, i):
            page.drop(i, "chrome", "the body's opening repeated over it")
        else:
            break
        i += 1
    return title, cut, i


def title_lines(page: Page) -> tuple[str, ...]:
    """Return the page's title line as it stands, markup off, and joined with the line
    over it dropped as a kicker or the line under it its end was taken from, and the
    short lines over it and the one under it (the title line taken without the evidence
    may be a label or a caption over the real one; under a notice taken for it, all of
    the head's): the texts a kicker glued to the title stands in (the evidence counts
    how they open)."""
    t = page.title_index
    if not 0 <= t < len(page.lines):
        return ()
    line = unmarked(page.lines[t])
    found = [line]
    # The line under the title too (the real one, under a label taken for it); all of the
    # head when the line taken is a sentence (a notice): the title is further down.
    notice = page.lines[t].endswith(SENTENCE_MARKS)
    reach = TITLE_LINES if notice else t + HEAD_TITLE_REACH
    for k in range(min(len(page.lines), reach)):
        if footer_line.paragraph(page.shapes[k]):
            break
        s = page.shapes[k]
        if not notice and k > t + 1 and (s.words < FAR_TITLE_WORDS or s.dateline):
            continue  # further down only a title counts: a credit's or a date's line opens so
        # A title line ending in the site's name after a mark may read as a teaser's
        # headline with its marker: any short line, the opening is what counts.
        # Not another story's headline (a strip of other stories over the title).
        if k != t and k not in page.not_title and page.shapes[k].words <= HEADLINE_WORDS:
            found.append(unmarked(page.lines[k]))
    above = page.dropped.get(t - 1)
    if above is not None and above.detail.startswith("kicker over the title"):
        found.append(f"{unmarked(page.lines[t - 1])} {line}")
    below = page.dropped.get(t + 1)
    if below is not None and below.reason == "title-copy" and "wrapped" in below.detail:
        found.append(f"{line} {unmarked(page.lines[t + 1])}")
    return tuple(found)


def _glued(page: Page, title: str, t: int, i: int) -> tuple[str, str, str] | None:
    """Return the title without the kicker glued before it, the kicker, and why (None:
    none): the source's title lines open so on half of its pages or more (title line t;
    the pages whose title line opened with a label of the lines around it not counted),
    and the kicker's words are missing from the body (lines from i on), or but one is,
    and the title's are there more; or the same words open them so on a quarter of its
    pages (a badge: index/title_glue.py) and none of them is the body's or the title's."""
    head = page.lines[:t] + page.lines[t + 1 : i + HEAD_REACH]
    body = stems(" ".join(page.lines[i : i + GLUED_BODY_LINES]))
    if (found := glued_on(title, page.evidence, page.source, head=head)) is None:
        badge = badge_on(title, page.evidence, page.source)
        if badge is None or stems(badge[0]) & (body | stems(badge[1])):
            return None  # a title's own opening: its words are the story's
        why = f"title lines open so on {badge[2]} of the source's pages, a badge"
        return badge[1], badge[0].strip(), why
    kicker, rest, seen = found
    own, words = stems(kicker), stems(rest)
    if own & words:
        return None  # a title and its part before the colon tell one story
    # A kicker's words are not the body's; one that is, the title's words must outweigh.
    shared = len(own & body)
    if shared > KICKER_SHARED or (shared and len(words & body) <= shared):
        return None
    return rest, kicker.strip(), f"title lines open so on {seen} of the source's pages"


def _wrapped_end(page: Page, t: int) -> str:
    """Return the end of the title wrapped from line t onto the next line ("": it is
    not wrapped, or the next line recurs on the source's pages, a toolbar or a template's
    line, or is a caption or byline, not the title's end); index/title_line.py."""
    if page.pages(t + 1) or t + 1 in page.dropped or captioned(page, t + 1):
        return ""
    if page.shapes[t + 1].dateline or page.lines[t].endswith(SENTENCE_MARKS):
        return ""
    if page.evidence.framed(page.source, page.lines[t + 1]):
        return ""  # a template's line: a date line's words around its numbers
    return wrapped_end(page.lines[t], page.lines[t + 1], page.evidence, page.source)


def _wrapped_start(page: Page, t: int) -> str:
    """Return the start of the title wrapped onto line t from the line over it ("": it
    is not wrapped); index/title_line.py."""
    if t < 1 or page.pages(t - 1) or page.lines[t - 1].endswith(SENTENCE_MARKS):
        return ""
    return wrapped_start(page.lines[t - 1], page.lines[t], page.evidence, page.source)


def _lead_copy(page: Page, i: int) -> bool:
    """Tell whether line i under the title repeats the start of the first prose line
    below it, a longer one (a standfirst made of the body's first sentence), after a
    label or a mark of its own or none: the paragraph holds its words, so dropping it
    loses nothing."""
    text = page.lines[i]
    found = [text]
    if (marked := split_mark(text)) is not None:
        found.append(marked[1])
    if (m := PREFIX.match(text)) is not None:
        found.append(m.group(2))
    found = [c.casefold() for c in found if count_words(c) >= LEAD_COPY_WORDS]
    reach = range(i + 1, min(len(page.lines), i + 1 + LEAD_COPY_REACH))
    # Only the first prose below: a later paragraph opening alike is the body's own.
    k = next((k for k in reach if page.shapes[k].prose), None)
    if not found or k is None:
        return False
    below = page.lines[k].casefold()
    return any(len(c) < len(below) and below.startswith(c) for c in found)
