"""Article cleaning: turn scraped pages and raw records into title, caption and body.

An aggregator page is a run of lines: banners before the title (consent notices,
breadcrumbs, the site's name), the title (often again in lower case), a photo caption,
the body with the odd inline teaser or advertising label in it, then the footer: share
and newsletter lines, a heading, teasers of other stories, copyright and legal links.

Every line the cleaner drops is kept with its reason, so `newsarchive inspect` can show
why. The decisions come from the lines' shape (index/shape.py, index/chrome.py,
index/teasers.py), where the body ends (index/footer.py), and the archive's evidence
(index/evidence.py): lines recurring on many pages of the source, other articles' titles
and the starts of their bodies. Cue words (index/cues.py) only tip the balance.

Precision first for the body: a teaser left in makes the article match searches for
stories it does not contain, but a body paragraph is only dropped on clear signs.

It needs nothing of the search or web stack, so indexing tools can use it alone.
"""

from __future__ import annotations

import html
import re
import unicodedata
from collections import Counter
from dataclasses import dataclass, replace

import numpy as np
import numpy.typing as npt

from index import captions, chrome, footer, line_model, listings, records, run_lines, teasers
from index.dropped import REASONS, Dropped
from index.evidence import PREFIX, Evidence, Gatherer, split_mark
from index.inline import (
    content_words,
    drop_enclosed,
    drop_inline,
    footer_words,
    teased_keys,
    teaser_like_kept,
)
from index.line_features import PageView, matrix
from index.other_headlines import other_headline, slot_line, title_around
from index.pieces import counted
from index.shape import Shape, count_words
from index.tails import linked_shapes
from index.title_agree import Agreed, agreed
from index.title_line import title_text, wrapped_end, wrapped_start

__all__ = ["REASONS", "CleanedArticle", "Dropped", "clean_article", "clean_page", "normalize"]

# Bump whenever the cleaning of pages changes: the index records the version it was
# cleaned with, and a run re-cleans (and updates the articles whose cleaning changed).
CLEANER_VERSION = 18
# The line classifier's model this cleaner version ships with (index/line_model.json): a
# new model is a new cleaner version (tests/test_line_model.py holds the two together).
LINE_MODEL_VERSION = 1

# Invisible format characters (zero-width space/joiners, word joiner, BOM, soft hyphen):
# removed outright, because inside a word ("Bundes\u00adtag") a space would split it;
# next to real whitespace they vanish into the folded run anyway.
INVISIBLE_CHARS = "\u00ad\u200b\u200c\u200d\u2060\ufeff"
INVISIBLE = re.compile(f"[{INVISIBLE_CHARS}]")
# An HTML character reference left over from a page's conversion ("&nbsp;", "&#8230;",
# "&#x27;"): written as the character it stands for, so shapes and words read it so.
ENTITY = re.compile(r"&(?:[A-Za-z][A-Za-z0-9]{1,31}|#[0-9]{1,7}|#[xX][0-9A-Fa-f]{1,6});")
# The title is looked for among this many first lines.
TITLE_LINES = 15
# A line recurring under the titles of the source's pages has at most this many words.
HEAD_LINE_WORDS = 8
# A closed sentence of this many words is never dropped by the line classifier alone.
SENTENCE_WORDS = 6
# A line of a listing sharing this many words with the rest of the article is its own.
OWN_WORDS = 2
# A caption stands among this many lines under the title (before the first paragraph).
CAPTION_REACH = 4
# Words before the title are compared with the body's by this many first letters.
STEM_CHARS = 5
# Prose before the title is a notice (cookies, consent) only among the first lines.
NOTICE_LINES = 3
# A kicker over the title (a Dachzeile: "Kritik wächst", "Turning point") has at most
# this many words, shares at most KICKER_SHARED words with the body (a short title
# shares more), and the title under it has KICKER_TITLE_WORDS words at least.
KICKER_WORDS = 5
KICKER_SHARED = 1
KICKER_TITLE_WORDS = 3
# A kicker ends with no sentence mark (a colon it may end with).
SENTENCE_MARKS = (".", "!", "?", "…")
# A standfirst repeating the body's opening has this many words at least, and the
# paragraph it repeats stands among this many lines below it.
LEAD_COPY_WORDS = 6
LEAD_COPY_REACH = 6


@dataclass(frozen=True)
class CleanedArticle:
    """An article reduced to its text parts, with what was dropped on the way."""

    title: str  # "" when none
    caption: str  # "" when none recognised
    body: str  # paragraphs joined with "\n"
    dropped: tuple[Dropped, ...] = ()
    # Why the cleaning is unsure ("" when it is not): the article gets a quality flag.
    uncertain: str = ""
    # Why the page holds no article ("" when it does): it is reported and skipped.
    skipped: str = ""
    # What was taken off the title line (heading marks, the site's name), for inspect.
    title_cut: tuple[str, ...] = ()

    def parts(self) -> tuple[str, str, str]:
        """Return (title, caption, body)."""
        return self.title, self.caption, self.body


def _lines(text: str) -> list[str]:
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
    return "\n".join(_lines(text))


def _one_line(text: str | None) -> str:
    """Normalise text into a single line (titles never span lines)."""
    return " ".join(_lines(text or ""))


def _same(a: str, b: str) -> bool:
    """Tell whether two normalised strings are equal ignoring case."""
    return a.casefold() == b.casefold()


def _sentence(shape: Shape) -> bool:
    """Tell whether a line is a sentence of prose (the body's, or a standfirst)."""
    return shape.prose and shape.end.kind == "closed" and shape.words >= SENTENCE_WORDS


def _stems(text: str) -> set[str]:
    """Return the stems of text's content words of STEM_CHARS letters or more, compounds
    split at hyphens."""
    words = content_words(text.replace("-", " "))
    return {w[:STEM_CHARS] for w in words if len(w) >= STEM_CHARS}


class _Page:
    """One page being cleaned: its lines, their shapes, and what was dropped."""

    def __init__(
        self,
        lines: list[str],
        evidence: Evidence,
        source: str,
        own: str,
        classify: bool = True,
        title_at: tuple[int, float] | None = None,
    ) -> None:
        self.lines = lines
        self.classify = classify
        self.title_at = title_at
        self.x: npt.NDArray[np.float64] | None = None
        self.view: PageView | None = None
        self.labelled_of: dict[int, int] = {}
        self.teaser_of: set[int] = set()
        self.shapes = linked_shapes(lines, evidence.links(source, lines) if evidence else set())
        self.evidence = evidence
        self.source = source
        self.own = own
        self.seen = [evidence.pages(source, line) for line in lines] if evidence else None
        self.dropped: dict[int, Dropped] = {}
        self.unsure: list[str] = []
        self.title_cut: tuple[str, ...] = ()
        self.heading = ""  # the title line as taken, once known
        self.title_lines: dict[int, tuple[str, tuple[str, ...]]] = {}
        self.teased: set[int] = set()
        self.footer_text: list[str] = []
        # Lines before the title the rules found to be another article's headline.
        self.not_title: set[int] = set()
        # The lines between the title (and its byline) and the first paragraph.
        self.under_title = range(0)
        # The title the page's head lines agree on (None: they agree on none).
        self.agreed: Agreed | None = None
        # Whether most of the page's paragraphs stand on other pages of the run (a copy
        # of another article: index/run_lines.py).
        self.copied = False
        # The first line of prose under the title: the article's own opening, whatever
        # other pages quote of it (index/run_lines.py).
        self.first_prose = -1

    def drop(self, i: int, reason: str, detail: str = "", article: str = "") -> None:
        """Drop line i for a reason (the first one given stays)."""
        self.dropped.setdefault(i, Dropped(self.lines[i], reason, detail, article))

    def is_dropped(self, i: int) -> bool:
        """Tell whether line i was dropped."""
        return i in self.dropped

    def dropped_for(self, i: int) -> str:
        """Return the reason line i was dropped for ("": kept)."""
        found = self.dropped.get(i)
        return found.reason if found else ""

    def pages(self, i: int) -> int:
        """Return on how many of the source's pages line i recurs (0: too few)."""
        return self.seen[i] if self.seen else 0

    def labelled(self, i: int) -> int:
        """Return on how many of the source's pages lines open as line i does."""
        return self.evidence.prefixed(self.source, self.lines[i]) if self.evidence else 0

    def marked(self, i: int) -> int:
        """Return on how many of the source's pages lines open with line i's mark."""
        return self.evidence.marked(self.source, self.lines[i]) if self.evidence else 0

    def title(self) -> int:
        """Find the title line; drop the banners before it. Returns its index."""
        lines, shapes = self.lines, self.shapes
        if self.title_at is not None:
            j, p = self.title_at
            for k in range(j):
                self.drop(k, "banner", f"line classifier: the title is below ({p:.2f})")
            return j
        limit = min(len(lines), TITLE_LINES)
        # Lines of the head holding the title again (in lower case, in a breadcrumb, in
        # the markup's head title) agree on it, whatever else each carries around it.
        # Only lines before the body (its first paragraph, or a photo caption over it): a
        # subheading repeating the title's end is the body's, and so is a line after a
        # sentence of prose between the lines.
        head = next((k + 1 for k in range(limit) if footer.paragraph(shapes[k])), limit)
        first = next((k for k in range(head) if not self.pages(k) and shapes[k].words >= 3), 0)
        head = next((k for k in range(first + 1, head) if self._captioned(k)), head)
        chrome_lines = {k for k in range(head) if self.pages(k)}
        prose = {k for k in range(head) if _sentence(shapes[k])}
        if (found := agreed(lines, head, chrome_lines, prose)) is not None:
            return self._agreed_at(found)
        # The lower-case repetition marks the title wherever it stands; failing that, a
        # lower-case line repeating the title as it is once the site's name and heading
        # marks are off (a sticky "Reading » Title" over the title and its copy is no
        # title; over the title alone, that line is the title: title_around).
        for j in range(limit - 1):
            if shapes[j].words >= 2 and _same(lines[j], lines[j + 1]):
                return self._title_at(j)
        for j in range(limit - 1):
            text = self.title_text(j)
            if shapes[j].words >= 2 and text != lines[j + 1] and _same(text, lines[j + 1]):
                return self._title_at(j)
        consent = False
        for j in range(limit):
            s = shapes[j]
            if (trimmed := self.title_text(j)) != lines[j]:
                # Judged without the site's name: "Kurz und klar ‖ Site" is no breadcrumb.
                s = Shape(trimmed)
            kind = chrome.banner(s)
            if not kind and self.pages(j):
                kind = f"seen on {self.pages(j)} pages of this source"
            if not kind and (framed := self._framed(j)):
                # A template with a slot ("Folge 4 unserer Reihe ⟨…⟩ ▪ alle Folgen"): only
                # here, where a title stands; in the body such a line may be the article's.
                kind = f"its first and last words seen on {framed} pages of this source"
            if not kind:
                kind = title_around(self, j, limit)
                if kind:
                    self.not_title.add(j)
            if not kind:
                kind = slot_line(self, j, limit)
                if kind:
                    self.not_title.add(j)
            if not kind and consent and not s.prose and (s.words <= 2 or s.chrome_cues >= 0.3):
                kind = "consent button"
            if not kind and self._before_title(j):
                kind = "shares no word with the article"
                self.unsure.append("title chosen by the words it shares with the body")
            if not kind:
                kind = other_headline(self, j, limit)
                if kind:
                    self.not_title.add(j)
                    self.unsure.append("title chosen by the words it shares with the body")
            if not kind and self._kicker(j):
                kind = "kicker over the title: the headline below shares more with the body"
            if kind == "notice" and j >= NOTICE_LINES:
                kind = ""  # prose this far down is the body: the page has no title line
            if not kind:
                return j
            consent = consent or "consent" in kind or kind == "notice"
            self.drop(j, "banner", kind)
        self.dropped.clear()
        return 0  # no title found among the first lines: the first line is taken

    def _captioned(self, k: int) -> bool:
        """Tell whether line k is a photo caption or credit (the body follows it)."""
        return captions.is_caption(self.lines[k]) or self.credited(k)

    def _agreed_at(self, found: Agreed) -> int:
        """Take the title the head's lines agree on: its line is the title line, the
        other lines holding it are the title again, the lines before it banners."""
        self.agreed = found
        j, line = found.line, self.lines[found.line]
        if found.wrapped is not None:
            line = f"{line} {self.lines[found.wrapped]}"
        start = max(0, line.find(found.text))
        cut = []
        if before := line[:start].strip():
            cut.append(f"{before!r} before it")
        if after := line[start + len(found.text) :].strip():
            cut.append(f"{after!r} after it")
        if found.wrapped is not None:
            cut.append("its end taken from the next line")
        if cut:
            cut.append(f"as {len(found.copies)} other lines of the page's head hold it")
        self.title_lines[j] = (found.text, tuple(cut))
        for k in found.copies:
            if k < j:
                # Over the title: the page's head title, a breadcrumb ending in it.
                self.drop(k, "banner", "the title with the site's name or a label around it")
            else:
                self.drop(k, "title-copy", "the title again, with other parts around it")
        return self._title_at(j)

    def _title_at(self, j: int) -> int:
        """Take line j for the title: drop the lines before it as banners."""
        for k in range(j):
            self.drop(k, "banner", chrome.banner(self.shapes[k]) or self._seen(k))
        return j

    def title_text(self, i: int) -> str:
        """Return the title line i holds: without heading marks, and without the site's
        name the source's pages put before or after their titles (index/title_line.py)."""
        return self._title_line(i)[0]

    def _title_line(self, i: int) -> tuple[str, tuple[str, ...]]:
        """Return the title line i holds and what was cut off it, worked out once: the
        title search asks for the same lines again and again."""
        if (found := self.title_lines.get(i)) is None:
            text, cut = title_text(self.lines[i], self.evidence, self.source)
            found = self.title_lines[i] = (text, tuple(cut))
        return found

    def _wrapped_end(self, t: int) -> str:
        """Return the end of the title wrapped from line t onto the next line ("": it is
        not wrapped, or the next line recurs on the source's pages, a toolbar, or is a
        caption or byline, not the title's end); index/title_line.py."""
        if self.pages(t + 1) or t + 1 in self.dropped or self._captioned(t + 1):
            return ""
        if self.shapes[t + 1].dateline or self.lines[t].endswith(SENTENCE_MARKS):
            return ""
        return wrapped_end(self.lines[t], self.lines[t + 1], self.evidence, self.source)

    def _wrapped_start(self, t: int) -> str:
        """Return the start of the title wrapped onto line t from the line over it ("": it
        is not wrapped); index/title_line.py."""
        if t < 1 or self.pages(t - 1) or self.lines[t - 1].endswith(SENTENCE_MARKS):
            return ""
        return wrapped_start(self.lines[t - 1], self.lines[t], self.evidence, self.source)

    def _kicker(self, j: int) -> bool:
        """Tell whether line j is a kicker over the title (each page's own, so the
        evidence does not know it): a few words ending with no sentence mark, right over
        a longer headline whose words come back in the body more than its own do."""
        shapes = self.shapes
        s = shapes[j]
        if j + 2 >= len(shapes) or not 1 <= s.words <= KICKER_WORDS or s.prose:
            return False
        if s.text.endswith(SENTENCE_MARKS) or s.dateline or s.counter:
            return False
        nxt = shapes[j + 1]
        if not nxt.headline or nxt.words < max(KICKER_TITLE_WORDS, s.words + 1):
            return False
        if nxt.dateline or nxt.prose or chrome.banner(nxt) or self.pages(j + 1):
            return False
        if captions.is_caption(nxt.text) or self.credited(j + 1):
            return False
        body = _stems(" ".join(self.lines[j + 2 : j + 12]))
        own, below = _stems(s.text), _stems(self.title_text(j + 1))
        if own & below:
            return False  # a title and its subheading tell one story: the title is above
        shared = len(own & body)
        return shared <= KICKER_SHARED and len(below & body) > shared

    def _lead_copy(self, i: int) -> bool:
        """Tell whether line i under the title repeats the start of the first prose line
        below it, a longer one (a standfirst made of the body's first sentence), after a
        label or a mark of its own or none: the paragraph holds its words, so dropping it
        loses nothing."""
        text = self.lines[i]
        found = [text]
        if (marked := split_mark(text)) is not None:
            found.append(marked[1])
        if (m := PREFIX.match(text)) is not None:
            found.append(m.group(2))
        found = [c.casefold() for c in found if count_words(c) >= LEAD_COPY_WORDS]
        reach = range(i + 1, min(len(self.lines), i + 1 + LEAD_COPY_REACH))
        # Only the first prose below: a later paragraph opening alike is the body's own.
        k = next((k for k in reach if self.shapes[k].prose), None)
        if not found or k is None:
            return False
        below = self.lines[k].casefold()
        return any(len(c) < len(below) and below.startswith(c) for c in found)

    def _framed(self, i: int) -> int:
        """Return on how many of the source's pages a line opens and ends as line i does."""
        return self.evidence.framed(self.source, self.lines[i]) if self.evidence else 0

    def credited(self, i: int) -> bool:
        """Tell whether line i, right under the title, ends in a photo credit worded as
        on many of the source's pages (a caption, though its wording is no known one)."""
        return bool(self.evidence) and self.evidence.credited(self.source, self.lines[i]) > 0

    def _seen(self, i: int) -> str:
        n = self.pages(i)
        return f"seen on {n} pages of this source" if n else ""

    def _before_title(self, j: int) -> bool:
        """Tell whether a headline-like line is rather a banner before the real title: the
        next line is headline-like too, and it, not this one, shares words with the body."""
        shapes = self.shapes
        if j + 2 >= len(shapes) or not shapes[j].headline:
            return False
        nxt = shapes[j + 1]
        if not nxt.headline or nxt.words < 3 or nxt.dateline:
            return False
        if captions.is_caption(nxt.text) or self.credited(j + 1):
            return False
        # Words compared by their stems: "Deutschlands" and "Deutschland" are one word, and
        # so is a compound's part ("Schuldenunion" in "EU-Schuldenunion").
        own = _stems(self.lines[j])
        if len(own) < 2:
            return False  # too few words to tell (short words, or a script without spaces)
        body = _stems(" ".join(self.lines[j + 2 : j + 12]))
        return not (own & body) and bool(_stems(nxt.text) & body)

    def clean(self) -> CleanedArticle:
        """Clean the page, saying what was taken off its title line."""
        cleaned = self._clean()
        return replace(cleaned, title_cut=self.title_cut) if cleaned.title else cleaned

    def _clean(self) -> CleanedArticle:
        """Clean the page."""
        lines, shapes, n = self.lines, self.shapes, len(self.lines)
        t = self.title()
        title, self.title_cut = self._title_line(t)
        self.heading = title
        i = t + 1
        if self.agreed is None and i < n and (last := self._wrapped_end(t)):
            # A title wrapped onto the line of the site's name: its end is there.
            title = f"{title} {last}"
            self.title_cut += (f"its end taken from the next line ({lines[i]!r})",)
            self.drop(i, "title-copy", "the title's end, wrapped onto the next line")
            i += 1
        elif self.agreed is None and (opening := self._wrapped_start(t)):
            # A title wrapped from the line of the site's name before it: its start is there.
            title = f"{opening} {title}"
            self.title_cut += (f"its start taken from the line over it ({lines[t - 1]!r})",)
            self.dropped[t - 1] = Dropped(
                lines[t - 1], "title-copy", "the title's start, wrapped onto the next line"
            )
        if i < n and _same(lines[i], title):
            self.drop(i, "title-copy")
            i += 1
        while i < n and i <= t + 4:
            # Date and author lines, and the source's recurring lines under every title
            # (a reading time, "listen to this article"): the caption may follow them.
            if i in self.dropped:
                pass  # the title again (index/title_agree.py)
            elif shapes[i].dateline:
                self.drop(i, "byline")
            elif self.pages(i) and not shapes[i].prose and shapes[i].words <= HEAD_LINE_WORDS:
                self.drop(i, "repeated", str(self.pages(i)))
            elif self._lead_copy(i):
                self.drop(i, "chrome", "the body's opening repeated over it")
            else:
                break
            i += 1
        first = next((k for k in range(i, n) if footer.paragraph(shapes[k])), n)
        self.under_title = range(i, min(first, i + CAPTION_REACH))
        rest = list(range(i, n))
        self.copied = run_lines.copied(self, rest)
        self.first_prose = next((k for k in rest if run_lines.opening_prose(shapes[k])), -1)
        end = self._footer(rest)
        self.teased = teased_keys([shapes[k] for k in rest[end:]])
        self.footer_text = footer_words([lines[k] for k in rest[end:]], title)
        caption = ""
        # Only a caption followed by body text is one: never empty the body for it.
        if end > 1 and (captions.is_caption(lines[rest[0]]) or self.credited(rest[0])):
            caption, rest, end = lines[rest[0]], rest[1:], end - 1
        drop_inline(self, title, rest[:end])
        run_lines.drop_known(self, title, rest[:end])
        self._listings(rest[:end])
        self.view = PageView(
            shapes, t, [self.pages(k) for k in range(n)], self.labelled_of, self.teaser_of
        )
        # Judged on the rules' body: teaser-like lines the classifier drops leave it unsure.
        tail = end == len(rest) and teaser_like_kept(self, rest[:end])
        if self.classify:
            self._classify(rest, end)
        drop_enclosed(self, rest, end)
        body = [lines[k] for k in rest if k not in self.dropped]
        dropped = tuple(self.dropped[k] for k in sorted(self.dropped))
        if not body and rest:
            reasons = Counter(d.reason for d in dropped if d.reason != "title-copy")
            said = ", ".join(f"{n} {REASONS[r][0]}" for r, n in reasons.most_common())
            kept = [k for k in rest if footer.paragraph(shapes[k])]
            if kept:
                # Paragraphs of prose are an article's, whatever stands around them: never
                # empty an article; say the cleaning was unsure.
                for k in kept:
                    del self.dropped[k]
                self.unsure.append(f"every line looked like page chrome ({said}); prose kept")
                return CleanedArticle(
                    title,
                    caption,
                    "\n".join(lines[k] for k in kept),
                    tuple(self.dropped[k] for k in sorted(self.dropped)),
                    uncertain="; ".join(self.unsure),
                )
            if self._chrome_only(t):
                # No article on the page at all: reported and skipped.
                gone = (Dropped(title, "footer"), *dropped)
                return CleanedArticle("", "", "", gone, skipped=f"only page chrome ({said})")
            self.unsure.append(f"every line after the title looks like page chrome ({said})")
            return CleanedArticle(title, caption, "", dropped, uncertain="; ".join(self.unsure))
        if tail:
            self.unsure.append("no footer found, but teaser-like lines at the end of the body")
        return CleanedArticle(
            title, caption, "\n".join(body), dropped, uncertain="; ".join(self.unsure)
        )

    def _listings(self, body: list[int]) -> None:
        """Drop the runs of kept lines cut from one numbered template (other stories'
        headlines with their dates, a gallery's numbered captions): a listing, not prose.
        Never all of the body."""
        kept = [k for k in body if k not in self.dropped]
        # Lines dropped already count as items: the rest of their listing goes with them.
        shapes = [self.shapes[k] for k in body]
        for first, last in listings.runs(shapes) + listings.records(shapes):
            going = [k for k in body[first : last + 1] if k not in self.dropped]
            if len(going) == len(kept):
                return
            if self._own_list(going, [k for k in kept if k not in going]):
                continue
            size = last - first + 1
            for k in going:
                self.drop(k, "chrome", f"listing of {size} lines cut from one template")

    def _own_list(self, items: list[int], others: list[int]) -> bool:
        """Tell whether a listing is the article's own (a live blog's entries): most of
        its lines share two words or more with the rest of the article."""
        words = content_words(" ".join(self.lines[k] for k in others))
        sharing = sum(len(content_words(self.lines[k]) & words) >= OWN_WORDS for k in items)
        return 2 * sharing > len(items)

    def _classify(self, rest: list[int], end: int) -> None:
        """Let the line classifier drop kept lines it puts far below body text (never
        all of them), and find the title it would take instead of the rules' one."""
        assert self.view is not None
        model = line_model.model()
        self.x = matrix(self.view)
        p = model.body.probability(self.x)
        kept = [k for k in rest[:end] if k not in self.dropped]
        going = [k for k in kept if p[k] < model.drop_below and not self._protected(k)]
        if len(going) == len(kept):
            return  # never empty an article
        for k in going:
            s = self.shapes[k]
            like = "chrome-like"
            if s.end.kind in ("ellipsis", "marker"):
                like = "teaser-like"
            elif s.headline and s.words >= 4:
                like = "headline-like"
            self.drop(k, "classifier", f"{like} ({1 - p[k]:.2f})")

    def _protected(self, k: int) -> bool:
        """Tell whether line k is the rules' to judge, whatever the classifier says: a
        whole sentence (so a real paragraph is never dropped on the model's word alone),
        or a line the rules kept although the evidence names it another article's title
        (a list of the article's own that names it)."""
        s = self.shapes[k]
        if k in self.teaser_of:
            return True
        return s.end.kind == "closed" and s.sentences > 0 and s.words >= SENTENCE_WORDS

    def better_title(self) -> tuple[int, float] | None:
        """Return the line the classifier is sure is the title, with its probability, when
        it is sure the rules' choice is none (None: it agrees, or is unsure)."""
        if self.view is None or self.x is None or self.title_at is not None:
            return None
        if self.agreed is not None:
            return None  # the page's own lines agree on its title
        model = line_model.model()
        limit = min(len(self.lines), TITLE_LINES)
        p = model.title.probability(self.x[:limit])
        # A line the rules found to be another article's headline stays so.
        p[[k for k in self.not_title if k < limit]] = 0.0
        best, ours = int(np.argmax(p)), self.view.title
        if best == ours or ours >= limit:
            return None
        if p[best] >= model.title_switch and p[ours] <= 1 - model.title_switch:
            return best, float(p[best])
        return None

    def lookup(self, k: int) -> tuple[str, str] | None:
        """Return the article a line is a teaser of, by the evidence (None: none known)."""
        if not self.evidence:
            return None
        s = self.shapes[k]
        if s.headline and s.words >= 3:
            found = self.evidence.titled(s.text, self.own)
            if found:
                return found
        if teasers.is_lead(s) and (found := self.evidence.opened(s.end.core, self.own)):
            return found
        return run_lines.elsewhere(self, k)

    def _chrome_only(self, t: int) -> bool:
        """Tell whether the title line, too, is footer: a page of nothing but chrome."""
        lines = [footer.Line(self.shapes[k], self.pages(k)) for k in range(t, len(self.lines))]
        footer.score(lines)
        return footer.start(lines) == 0

    def _footer(self, rest: list[int]) -> int:
        """Find where the footer starts in rest (a position in it); drop the footer."""
        if not rest:
            return 0
        lines = [
            footer.Line(
                self.shapes[k],
                self.pages(k),
                self.lookup(k) if k != rest[0] else None,
                self.labelled(k),
            )
            for k in rest
        ]
        if self.evidence:
            for k, line in zip(rest, lines, strict=True):
                line.after_body = bool(line.seen) and self.evidence.after_body(
                    self.source, self.lines[k]
                )
        footer.score(lines)
        for k, line in zip(rest, lines, strict=True):
            self.labelled_of[k] = line.labelled
            if line.teaser_of:
                self.teaser_of.add(k)
        end = footer.start(lines)
        first, size = records.start(lines, end, self.heading, content_words)
        for pos in range(first, end):
            # Teasers with whole-sentence leads: only the rhythm of their records tells.
            line = lines[pos]
            line.reason, line.teaser_of = "teaser", None
            line.detail = f"one of {(end - first) // size} teasers laid out alike after the body"
        end = first
        for pos in range(end, len(rest)):
            line = lines[pos]
            reason, detail = line.reason, line.detail
            article = line.teaser_of[0] if line.teaser_of and reason == "teaser" else ""
            self.drop(rest[pos], reason, detail, article)
        return end


def clean_page(
    text: str, evidence: Evidence | None = None, source: str = "", page_id: str = ""
) -> CleanedArticle:
    """Split a scraped aggregator page into title, caption and body, saying what was dropped.

    evidence: what the archive knows (recurring lines of `source`, other articles' titles
    and openings); page_id: the page's own article id, never taken for another article.
    """
    lines = _lines(text)
    if not lines:
        return CleanedArticle("", "", "", skipped="empty page")
    page = _Page(lines, evidence or Evidence(), source, page_id)
    got = page.clean()
    other = page.better_title()
    if other is None:
        return got
    return _Page(lines, page.evidence, source, page_id, title_at=other).clean()


def line_view(
    text: str, evidence: Evidence | None = None, source: str = "", page_id: str = ""
) -> tuple[list[str], PageView | None, CleanedArticle]:
    """Return a page's lines and what the rules alone made of them (for training the
    line classifier: bench/train_line_model.py)."""
    lines = _lines(text)
    page = _Page(lines, evidence or Evidence(), source, page_id, classify=False)
    got = page.clean() if lines else CleanedArticle("", "", "", skipped="empty page")
    return lines, page.view, got


def gather_page(gatherer: Gatherer, page_id: str, source: str, text: str) -> None:
    """Add a page to the evidence of a run: its lines, its title and its body's start."""
    lines = _lines(text)
    page = _Page(lines, Evidence(), source, page_id, classify=False)
    cleaned = page.clean() if lines else None
    run = {line for line in lines if counted(line)}
    gatherer.add_lines(source, lines, page_id, page.under_title, run)
    if cleaned is not None and not cleaned.skipped:
        gatherer.add_article(page_id, cleaned.title, cleaned.body)


def clean_article(title: str | None, body: str, caption: str | None = None) -> CleanedArticle:
    """Normalise a record's fields and drop a leading repetition of the title from the body."""
    clean_title = _one_line(title)
    paragraphs = _lines(body)
    dropped = []
    while clean_title and paragraphs and _same(paragraphs[0], clean_title):
        dropped.append(Dropped(paragraphs.pop(0), "title-copy"))
    return CleanedArticle(
        clean_title, normalize(caption or ""), "\n".join(paragraphs), tuple(dropped)
    )
