"""Drop other stories' briefs among the body's lines: runs of dispatches, slots, run-ins.

Three layouts of other stories' text read as prose and stand where paragraphs do:

- A run of dispatches: lines each opening with a place in capitals (and an agency in
  brackets or behind a slash) and a mark, as a news agency opens a story ("BRETTEN (dpa)
  – …"). An article carries such an opening on its first paragraph at most; two lines in
  a row opening so below it are the openings of other stories. So are two lines in a row
  opening with a date and a mark (a timeline's rows) when most of them share almost no
  word with the article: its own chronology speaks of its subject.
- A slot under a label: a line recurring on many of the source's pages (dropped as such)
  between two paragraphs, over two lines or more of one sentence each that share almost
  no word with the article nor with each other. The label is the template's, the lines
  under it are filled in with other stories on each page; an advertising label over the
  article's own next paragraph shares the label's recurrence but not the foreign text.
- A headline run into a first sentence: a line between two of the article's paragraphs
  opening with a headline (no sentence's end, a few words) joined by a mark standing apart
  to one sentence, all of it about something else than the article (almost no word in
  common with the title and the other lines). A paragraph of the article's own shares its
  words, or joins its parts by a dash into one sentence going on in lower case.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from index.content_words import content_words
from index.line_words import count_words

if TYPE_CHECKING:
    from index.clean import _Page as Page

# A dispatch's opening: a place in capitals (words of three letters or more, joined by a
# hyphen or a space), an agency in brackets or behind a slash, a mark standing apart (no
# colon: an interview's speaker), then the text.
DISPATCH = re.compile(
    r"^[A-ZÄÖÜ]{3,}(?:[- ][A-ZÄÖÜ]{3,})*"
    r"(?:\s*\([^()\n]{1,24}\)|/[\w/]{1,16})?"
    r"\s*[^\w\s\"'„“”«»‚‘’()\[\]:,;]{1,2}\s+\S"
)
# A sentence's end, a closing quotation mark after it at most.
SENTENCE_END = re.compile(r"\w[.!?][\"“”»«’)]?$")
# What joins a headline to the sentence it runs into: a mark standing apart (no comma,
# colon or full stop: those go on in the sentence).
JOIN = re.compile(r"\s+[^\w\s\"'„“”«»‚‘’()\[\],;.:&/]{1,2}\s+")
# A sentence ending inside a text, another starting after it.
INNER_END = re.compile(r"[.!?][\"“”»«’)]?\s+[\"„“«»]?[A-ZÄÖÜ]")
# A time of day ("15:09", "9.45").
CLOCK = re.compile(r"\b\d{1,2}[:.]\d{2}\b")
# A label inside a text, a capital after its colon ("Im Interview: China, …").
LABEL_INSIDE = re.compile(r":\s+[\"„“«»]?[A-ZÄÖÜ]")
# A run-in headline has this many words; the sentence after it this many at least.
RUN_IN_HEAD = (4, 20)
RUN_IN_SENTENCE = 6
# A sentence's start: a capital, a quotation mark before it at most.
SENTENCE_START = re.compile(r"[\"„“«»]?[A-ZÄÖÜ]")
# A date opening a line ("12. März 2020", "3. Okt. 2019", "12.03.2020"), a bullet before
# it at most, then a mark or a colon and the text: a row of a timeline.
DATED = re.compile(
    r"^(?:[^\w\s]{1,2}\s+)?\d{1,2}\.\s?(?:\d{1,2}\.|[A-ZÄÖÜ][a-zäöü]{2,}\.?)\s?\d{2,4}"
    r"\s*[^\w\s\"'„“”«»‚‘’()\[\],;.&/]{1,2}\s+\S"
)
# Rows of a timeline share at most this share of their content words with the article:
# the article's own chronology speaks of its subject.
DATED_SHARE = 1 / 3
# Dispatches in a row that tell briefs (one alone may be the article's own opening).
DISPATCH_RUN = 2
# A slot's lines: this many under one label at most, each of this many words at most;
# this many at least (one line alone may be the article's own, under an advertising label).
SLOT_LINES = 3
SLOT_BRIEFS = 2
SLOT_WORDS = 60
# A slot's line shares at most this share of its content words with the article.
FOREIGN_SHARE = 0.1
# A headline run into a sentence shares at most this share of its content words with the
# article (the shape itself is rare in an article's paragraphs).
RUN_IN_SHARE = 0.2
# Content words are compared by their first letters, this many.
STEM = 5
# ... and is judged on this many content words at least.
FOREIGN_MIN_WORDS = 4


def dispatch(line: str) -> bool:
    """Tell whether a line opens as an agency's dispatch does ("BRETTEN (dpa) – …")."""
    return bool(DISPATCH.match(line))


def drop_briefs(page: Page, title: str, body: list[int]) -> None:
    """Drop the runs of dispatches below the body's opening and the foreign lines in a
    slot under a recurring label between paragraphs."""
    kept = [k for k in body if not page.is_dropped(k)]
    _dispatches(page, title, kept)
    _slots(page, title, body)
    _run_ins(page, title, [k for k in body if not page.is_dropped(k)])


def _dispatches(page: Page, title: str, kept: list[int]) -> None:
    """Drop runs of DISPATCH_RUN kept lines or more opening as dispatches, or as rows of a
    timeline foreign to the article (the body's first prose line aside: the article's own
    opening)."""
    for kind in (dispatch, dated):
        run: list[int] = []
        for k in [*kept, None]:
            if k is not None and k != page.first_prose and kind(page.lines[k]):
                run.append(k)
                continue
            if DISPATCH_RUN <= len(run) < len(kept) and (
                kind is dispatch or _foreign_rows(page, title, run, kept)
            ):
                why = "dispatches" if kind is dispatch else "dated rows"
                for j in run:
                    page.drop(j, "teaser", f"one of {len(run)} {why} of other stories in a row")
            run = []


def dated(line: str) -> bool:
    """Tell whether a line opens with a date and a mark, as a timeline's row does."""
    return bool(DATED.match(line))


def _foreign_rows(page: Page, title: str, run: list[int], kept: list[int]) -> bool:
    """Tell whether most lines of a run share at most DATED_SHARE of their content words
    with the rest of the article."""
    known = _stems(title).union(*(_stems(page.lines[j]) for j in kept if j not in run))
    foreign = 0
    for j in run:
        words = _stems(page.lines[j])
        foreign += len(words & known) <= DATED_SHARE * len(words)
    return 2 * foreign > len(run)


def _slots(page: Page, title: str, body: list[int]) -> None:
    """Drop the lines of a slot under a label recurring on the source's pages, between
    two paragraphs, when they are foreign to the article."""
    for pos, k in enumerate(body):
        if page.dropped_for(k) != "repeated" or pos == 0:
            continue
        if not any(not page.is_dropped(j) for j in body[:pos]):
            continue  # over the body: no slot between paragraphs
        under: list[int] = []
        for j in body[pos + 1 : pos + 1 + SLOT_LINES]:
            if page.is_dropped(j):
                break
            under.append(j)
        rest = [j for j in body if not page.is_dropped(j) and j not in under]
        known = _stems(title).union(*(_stems(page.lines[j]) for j in rest))
        slot: list[int] = []
        for j in under:
            # Each brief is foreign to the article and to the briefs beside it.
            beside = set().union(*(_stems(page.lines[i]) for i in under if i != j))
            if not _brief(page, j, known | beside):
                break
            slot.append(j)
        after = body[pos + 1 + len(slot) :]
        # Paragraphs of the article's follow the slot: it stands inside the body.
        if len(slot) < SLOT_BRIEFS or not any(not page.is_dropped(j) for j in after):
            continue
        for j in slot:
            page.drop(j, "teaser", "another story's first sentence under a label of the source's")


def _run_ins(page: Page, title: str, kept: list[int]) -> None:
    """Drop the kept lines between two paragraphs that are a foreign headline run into a
    sentence."""
    for pos in range(1, len(kept) - 1):
        k = kept[pos]
        if k == page.first_prose or not run_in(page.lines[k]):
            continue
        rest = [j for j in kept if j != k]
        known = _stems(title).union(*(_stems(page.lines[j]) for j in rest))
        words = _stems(page.lines[k])
        if len(words) >= FOREIGN_MIN_WORDS and len(words & known) <= RUN_IN_SHARE * len(words):
            page.drop(k, "teaser", "another story's headline run into its first sentence")


def run_in(line: str) -> bool:
    """Tell whether a line is a headline joined by a mark to one sentence after it."""
    found = JOIN.search(line)
    if not found:
        return False
    head, tail = line[: found.start()], line[found.end() :]
    low, high = RUN_IN_HEAD
    # A mark inside a quotation, or after a sentence, joins no headline; a line in capitals
    # before it is a shout.
    if head.upper() == head:
        return False
    if head.count("„") != head.count("“") or head.count("«") != head.count("»"):
        return False
    if INNER_END.search(head) or INNER_END.search(tail):
        return False
    # A time in it makes a label of a reader's card or a ticker's entry (index/stamped.py).
    if CLOCK.search(head):
        return False
    # A second mark after it sets off a parenthesis; a label inside it opens a list.
    if JOIN.search(tail) or LABEL_INSIDE.search(tail):
        return False
    return (
        low <= count_words(head) <= high
        and not SENTENCE_END.search(head)
        and count_words(tail) >= RUN_IN_SENTENCE
        and bool(SENTENCE_END.search(tail))
        and SENTENCE_START.match(tail) is not None
    )


def _brief(page: Page, j: int, known: set[str]) -> bool:
    """Tell whether line j is one sentence about something else than the article."""
    shape = page.shapes[j]
    words = _stems(page.lines[j])
    if shape.words > SLOT_WORDS or shape.sentences > 1 or len(words) < FOREIGN_MIN_WORDS:
        return False
    if not SENTENCE_END.search(page.lines[j]):
        return False
    return len(words & known) <= FOREIGN_SHARE * len(words)


def _stems(text: str) -> set[str]:
    """Return the starts of text's content words (STEM letters): a word's inflections and
    compounds opening with it meet ("italienische", "Italien")."""
    return {w[:STEM] for w in content_words(text)}
