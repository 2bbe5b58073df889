"""Tests for index.labelled_leads: other stories under the template's labels and closing lines."""

from __future__ import annotations

import pytest
from page_parts import P1, P2, P3, SITE_ARTICLES, TITLE, page_of

from index.clean import _Page, clean_page, gather_page
from index.evidence import Evidence, Gatherer
from index.labelled_leads import drop_labelled

LABEL = "Ebenfalls lesenswert ⟡"
CLOSING = ("Hier endet der Beitrag ⟡", "Der Abendbrief ⟡ jeden Werktag gegen sieben")
# Other stories: a headline and the start of the body, one per page of the source.
OTHERS = (
    ("Zoo erwartet zwei junge Elefanten",
     "Im Frühjahr sollen zwei Elefantenkühe aus einem asiatischen Tierpark eintreffen, das"),
    ("Winzer rechnen mit kleiner Ernte",
     "Nach dem trockenen Sommer hängen an vielen Rebstöcken nur wenige Trauben. Die Winzer"),
    ("Flughafen meldet neuen Rekord",
     "So viele Fluggäste wie in diesem Frühjahr hat der Flughafen noch nie abgefertigt."),
    ("Bibliothek öffnet abends länger",
     "Leser können künftig bis zweiundzwanzig Uhr Bücher ausleihen und im Lesesaal arbeiten"),
    ("Polizei sucht Zeugen eines Unfalls",
     "Auf der Landstraße zwischen zwei Dörfern ist am Sonntagabend ein Motorrad mit einem"),
)  # fmt: skip
HEAD = "Sternwarte zeigt den Kometen"
LEAD = "Wer den seltenen Gast am Himmel sehen möchte, kann am Freitag durch das große Fernrohr"
SENTENCE = "Der Verein der Sternfreunde lädt dazu alle Besucher ohne Eintritt ein."
# A subheading and its paragraph, the article's own (its words).
OWN_HEAD = "Stadtrat streitet über Straßenbahn"
OWN_PARAGRAPH = (
    "Im Stadtrat hatte die Debatte über die Straßenbahn und ihre Kosten lange gedauert, die "
    "Verwaltung verwies auf den Bund und das Land."
)


def run(target: str, card_every: int = 1, closing: bool = False, label: str = LABEL) -> Evidence:
    """Gather a source of ten pages, a card under the label between the paragraphs of
    every card_every-th page, the closing lines after the body when asked."""
    gatherer = Gatherer()
    for n, (title, first, second) in enumerate(SITE_ARTICLES):
        head, lead = OTHERS[n % len(OTHERS)]
        card = (label, head, lead) if n % card_every == 0 else ()
        end = (*CLOSING, f"Vor {n + 1} Std. ⟡ {head}", lead) if closing else ()
        # The body's longest line over the closing lines, as on a page of a long article.
        second = f"{second} {first} {second}" if closing else second
        gather_page(gatherer, f"site/{n}", "site", page_of(title, first, *card, second, *end))
    gather_page(gatherer, "target", "site", target)
    return gatherer.evidence()


def dropped(target: str, evidence: Evidence) -> dict[str, str]:
    got = clean_page(target, evidence, "site", "target")
    return {d.text: d.detail for d in got.dropped}


@pytest.mark.parametrize(
    ("head", "lead", "card_every", "gone"),
    [
        # Another story's headline and its lead cut at a word, under the template's label.
        (HEAD, LEAD, 1, True),
        # Its lead cut where a sentence ends.
        (HEAD, SENTENCE, 1, True),
        # The label on a few of the source's pages only (an advertisement's): kept.
        (HEAD, LEAD, 4, False),
        # The article's own subheading and paragraph under the label: kept.
        (OWN_HEAD, OWN_PARAGRAPH, 1, False),
    ],
    ids=["cut-lead", "whole-sentence", "label-on-few-pages", "own-subheading"],
)
def test_card_under_template_label(head: str, lead: str, card_every: int, gone: bool) -> None:
    target = page_of(TITLE, P1, LABEL, head, lead, P2, P3)
    got = dropped(target, run(target, card_every))
    if gone:
        assert "under a label seen on" in got[head]
        assert "lead of a headline under a label" in got[lead]
    else:
        # Not by this rule (a lead cut at a word may go for its shape).
        assert "under a label" not in got.get(head, "") + got.get(lead, "")


@pytest.mark.parametrize(
    ("label", "lead"),
    [
        # A time stamp over a live ticker's entry: the article's own.
        ("13:58 Uhr", SENTENCE),
        # A lead that is a label ("Krone.at:") or a paragraph going on in lower case.
        (LABEL, "Dazu berichtete die Zeitung des Landes am Montag:"),
        (LABEL, "am Dienstag fuhr die Polizei mit einem Wasserwerfer vor, gegen Abend"),
    ],
    ids=["time-stamp", "label-lead", "going-on"],
)
def test_no_card(label: str, lead: str) -> None:
    target = page_of(TITLE, P1, label, HEAD, lead, P2, P3)
    got = dropped(target, run(target, label=label))
    assert "under a label" not in got.get(HEAD, "") + got.get(lead, "")


def test_card_right_under_the_title_is_the_opening() -> None:
    # No paragraph above the label: what follows it is the article's opening.
    target = page_of(TITLE, LABEL, HEAD, SENTENCE, P1, P2, P3)
    got = dropped(target, run(target))
    assert "under a label" not in got.get(HEAD, "") + got.get(SENTENCE, "")


def tail_page(lines: tuple[str, ...], evidence: Evidence) -> _Page:
    """Return a page of the lines with its title taken and its recurring lines dropped
    as the cleaner drops them before the rule runs."""
    page = _Page(list(lines), evidence, "site", "target", classify=False)
    page.heading = lines[0]
    for k, line in enumerate(lines):
        if line in CLOSING:
            page.drop(k, "repeated", str(page.pages(k)))
    return page


@pytest.mark.parametrize(
    ("tail", "kept"),
    [
        # Other stories' headlines and first sentences below the closing lines: all go.
        ((f"Vor 2 Std. ⟡ {HEAD}", SENTENCE, "Gestern ⟡ Neues Hallenbad öffnet im Mai", LEAD),
         ()),
        # The article's own paragraph below them: the tail is no list of teasers.
        ((SENTENCE, "Gestern ⟡ Neues Hallenbad öffnet im Mai", OWN_PARAGRAPH),
         (SENTENCE, "Gestern ⟡ Neues Hallenbad öffnet im Mai", OWN_PARAGRAPH)),
        # One line only: kept.
        ((SENTENCE,), (SENTENCE,)),
    ],
    ids=["other-stories", "article-goes-on", "one-line"],
)  # fmt: skip
def test_tail_below_closing_lines(tail: tuple[str, ...], kept: tuple[str, ...]) -> None:
    lines = (TITLE, P1, P2, P3, *CLOSING, *tail)
    page = tail_page(lines, run(page_of(*lines), card_every=99, closing=True))
    drop_labelled(page, list(range(1, len(lines))))
    below = range(len(lines) - len(tail), len(lines))
    assert [lines[k] for k in below if not page.is_dropped(k)] == list(kept)


def test_closing_lines_on_few_pages_part_nothing() -> None:
    # Lines below the body on one page of the source only are no template's closing.
    lines = (TITLE, P1, P2, P3, *CLOSING, f"Vor 2 Std. ⟡ {HEAD}", SENTENCE)
    page = tail_page(lines, run(page_of(*lines), card_every=99))
    drop_labelled(page, list(range(1, len(lines))))
    assert not page.is_dropped(len(lines) - 1)


# Other stories' headlines, two in a box under a label between paragraphs.
BOX = ("Zoo erwartet zwei junge Elefanten", "Winzer rechnen mit kleiner Ernte")
# The article's own subheading, heading the paragraph under it (its words).
OWN_SUBHEAD = "Anwohner fürchten Lärm"
OWN_UNDER = (
    "Anwohner der Trasse fürchten Lärm in der Nacht. Die Verwaltung will Schallschutz "
    "bezahlen und prüft leisere Wagen."
)


@pytest.mark.parametrize(
    ("box", "card_every", "gone"),
    [
        # Two other stories' headlines under the label: both go.
        (BOX, 1, True),
        # The label on one page in five (an advertisement's): kept.
        (BOX, 5, False),
        # A headline, then the article's subheading over its paragraph: the box is one
        # line long, no box (the subheading stays, as does the headline by this rule).
        ((BOX[0], OWN_SUBHEAD), 1, False),
        # The article's list going on under the label (its items open alike).
        (("- Zoo erwartet zwei junge Elefanten", "- Winzer rechnen mit kleiner Ernte"), 1, False),
    ],
    ids=["two-headlines", "label-on-few-pages", "own-subheading", "own-list"],
)
def test_box_under_label(box: tuple[str, ...], card_every: int, gone: bool) -> None:
    above = ("- Straßenbahn bis zum Westen",) if box[0].startswith("-") else ()
    target = page_of(TITLE, P1, *above, LABEL, *box, OWN_UNDER, P2, P3)
    got = dropped(target, run(target, card_every))
    for line in box:
        assert ("in a box under a label" in got.get(line, "")) == (gone and line in BOX)
    assert OWN_UNDER not in got


# Sentences of other stories, each on its line after a date, or joined into briefs.
TIMELINE = (
    "12. März 2021 ⟡ Im Hafen legte am Morgen ein Kreuzfahrtschiff mit dreitausend Gästen an.",
    "3. Mai 2022 ⟡ Die Landesregierung will die Grundsteuer für Landwirte deutlich senken.",
    "20. Juni 2023 ⟡ Ein Gewitter hat in der Nacht mehrere Keller im Norden überflutet.",
)
BRIEFS = (
    "Im Hafen legte am Morgen ein Kreuzfahrtschiff mit dreitausend Gästen an. Die "
    "Landesregierung will die Grundsteuer für Landwirte deutlich senken. Ein Gewitter hat "
    "in der Nacht mehrere Keller im Norden überflutet."
)
# The article's own closing paragraph of three sentences (its words).
OWN_CLOSING = (
    "Der Stadtrat will im Herbst erneut über die Straßenbahn beraten. Bis dahin sollen "
    "Gutachten vorliegen. Die Anwohner der Straßenbahn wollen dann wieder protestieren."
)


@pytest.mark.parametrize(
    ("tail", "kept"),
    [
        # A timeline of other stories' first sentences: no headline among them, all go.
        (TIMELINE, ()),
        # A paragraph of briefs, three stories' first sentences: goes.
        ((BRIEFS,), ()),
        # The article's own closing paragraph of three sentences: kept.
        ((OWN_CLOSING,), (OWN_CLOSING,)),
        # Two sentences of one story, sharing its words: kept (no several stories).
        ((OWN_CLOSING, OWN_PARAGRAPH), (OWN_CLOSING, OWN_PARAGRAPH)),
    ],
    ids=["timeline", "briefs", "own-paragraph", "own-paragraphs"],
)
def test_other_stories_below_closing_lines(tail: tuple[str, ...], kept: tuple[str, ...]) -> None:
    lines = (TITLE, P1, P2, P3, *CLOSING, *tail)
    page = tail_page(lines, run(page_of(*lines), card_every=99, closing=True))
    drop_labelled(page, list(range(1, len(lines))))
    below = range(len(lines) - len(tail), len(lines))
    assert [lines[k] for k in below if not page.is_dropped(k)] == list(kept)


def test_other_stories_below_closing_lines_through_the_cleaner() -> None:
    # A real page: the timeline goes, the article's paragraphs stay.
    target = page_of(TITLE, P1, P2, P3, *CLOSING, *TIMELINE)
    got = clean_page(target, run(target, card_every=99, closing=True), "site", "target")
    assert got.body == "\n".join((P1, P2, P3))
