"""Article cleaning: turn scraped pages and raw records into title, caption and body.

An aggregator page is a run of lines: banners before the title (consent notices,
breadcrumbs, the site's name), the title (often again in lower case), a photo caption,
the body with the odd inline teaser or advertising label in it, then the footer: share
and newsletter lines, a heading, teasers of other stories, copyright and legal links.

Every line the cleaner drops is kept with its reason, so `newsarchive inspect` can show
why. The title is found by index/title_choice.py and taken with the head under it by
index/title_head.py. The decisions come from the lines' shape (index/shape.py,
index/chrome.py, index/teasers.py, index/labelled_leads.py, index/briefs.py), where the body
ends (index/footer.py), and the archive's evidence (index/evidence.py): lines recurring on
many pages of the source, other articles' titles and the starts of their bodies (a body
line opening as another article does: index/other_openings.py). Cue
words (index/cues.py) only tip the balance.

Precision first for the body: a teaser left in makes the article match searches for
stories it does not contain, but a body paragraph is only dropped on clear signs.

The page's text is read into lines by index/page_text.py. It needs nothing of the search
or web stack, so indexing tools can use it alone.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, replace

import numpy as np
import numpy.typing as npt

from index import (
    briefs,
    captions,
    footer,
    footer_line,
    footer_start,
    listings,
    model_calls,
    records,
    run_lines,
    teasers,
)
from index.content_words import content_words
from index.dropped import REASONS, Dropped
from index.evidence import Evidence, Gatherer
from index.inline import drop_enclosed, drop_inline, teaser_like_kept
from index.labelled_leads import drop_labelled
from index.line_features import PageView
from index.named_headlines import footer_words, teased_keys
from index.other_openings import drop_echoes, drop_other_openings
from index.page_text import INVISIBLE, normalize, one_line, page_lines
from index.pieces import counted
from index.stamped import drop_stamped
from index.tails import linked_shapes
from index.title_agree import Agreed
from index.title_choice import find_title, same, title_line
from index.title_head import take_title, title_lines
from index.title_lead import lead_over

__all__ = [
    "INVISIBLE",
    "REASONS",
    "CleanedArticle",
    "Dropped",
    "clean_article",
    "clean_page",
    "normalize",
]

# Bump whenever the cleaning of pages changes: the index records the version it was
# cleaned with, and a run re-cleans (and updates the articles whose cleaning changed).
CLEANER_VERSION = 28
# The line classifier's model this cleaner version ships with (index/line_model.json): a
# new model is a new cleaner version (tests/test_line_model.py holds the two together).
LINE_MODEL_VERSION = 1

# A line of a listing sharing this many words with the rest of the article is its own.
OWN_WORDS = 2
# A caption stands among this many lines under the title (before the first paragraph).
CAPTION_REACH = 4


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
        self.title_index = -1  # the title line's index, once known
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

    def credited(self, i: int) -> bool:
        """Tell whether line i, right under the title, ends in a photo credit worded as
        on many of the source's pages (a caption, though its wording is no known one)."""
        return bool(self.evidence) and self.evidence.credited(self.source, self.lines[i]) > 0

    def clean(self) -> CleanedArticle:
        """Clean the page, saying what was taken off its title line."""
        cleaned = self._clean()
        return replace(cleaned, title_cut=self.title_cut) if cleaned.title else cleaned

    def _clean(self) -> CleanedArticle:
        """Clean the page."""
        lines, shapes, n = self.lines, self.shapes, len(self.lines)
        t = self.title_index = find_title(self)
        self.heading = title_line(self, t)[0]
        title, self.title_cut, i = take_title(self, t)
        first = next((k for k in range(i, n) if footer_line.paragraph(shapes[k])), n)
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
        drop_stamped(self, rest[:end])
        self._listings(rest[:end])
        drop_labelled(self, rest[:end])
        briefs.drop_briefs(self, title, rest[:end])
        # After the rules reading the kept lines' shapes around them, which it would change.
        drop_other_openings(self, rest[:end])
        drop_echoes(self, rest[:end])
        self.view = PageView(
            shapes, t, [self.pages(k) for k in range(n)], self.labelled_of, self.teaser_of
        )
        # Judged on the rules' body: teaser-like lines the classifier drops leave it unsure.
        tail = end == len(rest) and teaser_like_kept(self, rest[:end])
        if self.classify:
            model_calls.classify(self, rest, end)
        drop_enclosed(self, rest, end)
        if (lead := lead_over(self, t)) is not None:
            # The body's first paragraph set over the title: dropped with the banners.
            del self.dropped[lead]
            rest.insert(0, lead)
        body = [lines[k] for k in rest if k not in self.dropped]
        dropped = tuple(self.dropped[k] for k in sorted(self.dropped))
        if not body and rest:
            reasons = Counter(d.reason for d in dropped if d.reason != "title-copy")
            said = ", ".join(f"{n} {REASONS[r][0]}" for r, n in reasons.most_common())
            kept = [k for k in rest if footer_line.paragraph(shapes[k])]
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
        lines = [footer_line.Line(self.shapes[k], self.pages(k)) for k in range(t, len(self.lines))]
        footer.score(lines)
        return footer_start.start(lines) == 0

    def _footer(self, rest: list[int]) -> int:
        """Find where the footer starts in rest (a position in it); drop the footer."""
        if not rest:
            return 0
        lines = [
            footer_line.Line(
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
        end = footer_start.start(lines)
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
    lines = page_lines(text)
    if not lines:
        return CleanedArticle("", "", "", skipped="empty page")
    page = _Page(lines, evidence or Evidence(), source, page_id)
    got = page.clean()
    other = model_calls.better_title(page)
    if other is None:
        return got
    return _Page(lines, page.evidence, source, page_id, title_at=other).clean()


def line_view(
    text: str, evidence: Evidence | None = None, source: str = "", page_id: str = ""
) -> tuple[list[str], PageView | None, CleanedArticle]:
    """Return a page's lines and what the rules alone made of them (for training the
    line classifier: bench/train_line_model.py)."""
    lines = page_lines(text)
    page = _Page(lines, evidence or Evidence(), source, page_id, classify=False)
    got = page.clean() if lines else CleanedArticle("", "", "", skipped="empty page")
    return lines, page.view, got


def gather_page(gatherer: Gatherer, page_id: str, source: str, text: str) -> None:
    """Add a page to the evidence of a run: its lines, its title and its body's start."""
    lines = page_lines(text)
    page = _Page(lines, Evidence(), source, page_id, classify=False)
    cleaned = page.clean() if lines else None
    run = {line for line in lines if counted(line)}
    gatherer.add_lines(source, lines, page_id, page.under_title, title_lines(page), run)
    if cleaned is not None and not cleaned.skipped:
        gatherer.add_article(page_id, cleaned.title, cleaned.body, record=False)


def clean_article(title: str | None, body: str, caption: str | None = None) -> CleanedArticle:
    """Normalise a record's fields and drop a leading repetition of the title from the body."""
    clean_title = one_line(title)
    paragraphs = page_lines(body)
    dropped = []
    while clean_title and paragraphs and same(paragraphs[0], clean_title):
        dropped.append(Dropped(paragraphs.pop(0), "title-copy"))
    return CleanedArticle(
        clean_title, normalize(caption or ""), "\n".join(paragraphs), tuple(dropped)
    )
