"""Tests for index.other_openings: lines opening as another article of the archive opens."""

from __future__ import annotations

import pytest
from page_parts import P1, P2, P3, TITLE, page_of

from index.clean import clean_page, gather_page
from index.evidence import BOILERPLATE, Gatherer
from index.line_keys import kept_keys, opening_key

OTHER_TITLE = "Messe zieht mehr Besucher an als je zuvor"
FIRST = (
    "Die Veranstalter zählten an vier Tagen mehr als hunderttausend Gäste aus vielen "
    "Ländern der Welt, so viele wie noch nie."
)
OTHER_BODY = f"{FIRST} Die Hallen waren an allen Tagen voll.\nAm Ende zogen alle Bilanz."
SECOND = "Im Hafen legte am Morgen ein Kreuzfahrtschiff mit dreitausend Gästen an."


def dropped(line: str, archive: list[tuple[str, str, str]], holders: int = 0) -> str:
    """Clean a page with `line` between its paragraphs, the archive's articles (id, title,
    body) and the run's page known; return why the line was dropped ("": kept).
    holders: how many other articles hold the line inside their bodies."""
    gatherer = Gatherer()
    for article, title, body in archive:
        gatherer.add_article(article, title, body)
    for n in range(holders):
        gatherer.add_article(
            f"holder-{n}",
            f"Bericht Nummer {n}",
            f"Der {n}. Bericht beginnt mit eigenen Worten.\n{line}",
        )
    target = page_of(TITLE, P1, P2, line, P3)
    gather_page(gatherer, "target", "z", target)
    got = clean_page(target, gatherer.evidence(), "z", "target")
    return next((d.explain() for d in got.dropped if d.text == line), "")


OTHER = ("a1", OTHER_TITLE, OTHER_BODY)


@pytest.mark.parametrize(
    ("line", "archive", "why"),
    [
        # Another story's first sentence alone between two paragraphs.
        (FIRST, [OTHER], "teaser of article a1"),
        # After a date, as a timeline shows it.
        (f"12. März 2021: {FIRST}", [OTHER], "teaser of article a1"),
        # Joined with other stories' first sentences into a news-in-brief paragraph.
        (f"{FIRST} {SECOND}", [OTHER], "teaser of article a1"),
        # Too many words before it: another story's sentence quoted in the page's prose.
        (f"Der Verband schrieb in seiner Mitteilung vom Montag dazu: {FIRST}", [OTHER], ""),
        # No article of the archive opens so.
        (FIRST, [], ""),
        # The page's own story, kept in the archive under another name (its title).
        (FIRST, [("rec-9", TITLE, OTHER_BODY)], ""),
        # About the page's own subject: it shares words with the title.
        (
            "Der Stadtrat will die neue Straßenbahnlinie bis zum Westen führen, wie er am "
            "Dienstag mitteilte.",
            [("a2", "Verkehr", "Der Stadtrat will die neue Straßenbahnlinie bis zum Westen.")],
            "",
        ),
        # A line introducing what follows, a line with a link address: the page's own.
        (
            "Der Sprecher der Stadtwerke erklärte dazu am späten Abend auf Nachfrage:",
            [("a3", "Stadtwerke", "Der Sprecher der Stadtwerke erklärte dazu am späten Abend.")],
            "",
        ),
        (
            "Folgen Sie unserem neuen Kanal für alle Neuigkeiten aus der Region: https://t.me/x",
            [("a4", "Kanal", "Folgen Sie unserem neuen Kanal für alle Neuigkeiten aus der Stadt.")],
            "",
        ),
    ],
)
def test_line_opening_as_another_article(
    line: str, archive: list[tuple[str, str, str]], why: str
) -> None:
    assert dropped(line, archive) == why


@pytest.mark.parametrize(
    ("holders", "why"), [(BOILERPLATE - 1, "teaser of article a1"), (BOILERPLATE, "")]
)
def test_opening_many_articles_hold_is_a_publishers_text(holders: int, why: str) -> None:
    # A promotion under many of a publisher's articles, one of which opens with it.
    assert dropped(FIRST, [OTHER], holders) == why


@pytest.mark.parametrize(
    ("runs", "why"), [(1, "teaser of article a1"), (BOILERPLATE, "teaser of article a1")]
)
def test_a_record_added_again_is_counted_once(runs: int, why: str) -> None:
    # Every run over the same input adds its records again: one article quoting another's
    # opening stays one holder, never a publisher's text.
    gatherer = Gatherer()
    gatherer.add_article(*OTHER)
    for _ in range(runs):
        gatherer.add_article("holder", "Ein Bericht", f"Er beginnt mit eigenen Worten.\n{FIRST}")
    target = page_of(TITLE, P1, P2, FIRST, P3)
    gather_page(gatherer, "target", "z", target)
    got = clean_page(target, gatherer.evidence(), "z", "target")
    assert next((d.explain() for d in got.dropped if d.text == FIRST), "") == why


def test_page_opening_stays() -> None:
    # The page's first paragraph is its own, whatever other article opens as it does.
    target = page_of(TITLE, FIRST, P1, P2, P3)
    gatherer = Gatherer()
    gatherer.add_article(*OTHER)
    gather_page(gatherer, "target", "z", target)
    got = clean_page(target, gatherer.evidence(), "z", "target")
    assert got.body.split("\n") == [FIRST, P1, P2, P3]


def test_opening_after_a_date_is_a_key_of_the_kept_line() -> None:
    # So a page is cleaned again when the article it teases is indexed later.
    assert opening_key(FIRST) in kept_keys([f"12. März 2021: {FIRST}"])


def test_opening_of_a_runs_page_only_is_no_evidence() -> None:
    # A page cleaned may open with a publisher's introduction other articles hold too: only
    # the archive's records, as published, tell another story's start.
    target = page_of(TITLE, P1, P2, FIRST, P3)
    gatherer = Gatherer()
    gather_page(gatherer, "other-page", "y", page_of(OTHER_TITLE, FIRST, P3))
    gather_page(gatherer, "target", "z", target)
    got = clean_page(target, gatherer.evidence(), "z", "target")
    assert FIRST in got.body.split("\n")


def _teasers(*leads: str) -> tuple[str, ...]:
    """Return a block of teasers after the body: a heading, then a headline over each lead
    cut at a word before a read-more marker."""
    block: list[str] = ["Weitere Artikel"]
    for n, lead in enumerate(leads):
        block += [f"Meldung {n + 1} aus dem Umland", f"{lead[:90].rsplit(' ', 1)[0]} … mehr"]
    return tuple(block)


@pytest.mark.parametrize(
    ("line", "footer", "why"),
    [
        # Another story's first sentence between paragraphs, its teaser in the footer.
        (FIRST, _teasers(FIRST, SECOND), "opens as another story's text dropped on this page"),
        # After a date, as a timeline's row.
        (f"12. März ⟡ {FIRST}", _teasers(SECOND, FIRST), "opens as another story's text"),
        # The footer does not show it: kept (only the archive could tell).
        (FIRST, _teasers(SECOND, SECOND), ""),
        # The line introduces a quotation: the article's own.
        (f"{FIRST[:-1]}:", _teasers(FIRST, SECOND), ""),
    ],
    ids=["bare-sentence", "after-date", "not-in-footer", "introduces"],
)
def test_line_shown_again_in_the_footer(line: str, footer: tuple[str, ...], why: str) -> None:
    target = page_of(TITLE, P1, P2, line, P3, *footer)
    gatherer = Gatherer()
    gather_page(gatherer, "target", "z", target)
    got = clean_page(target, gatherer.evidence(), "z", "target")
    found = next((d.explain() for d in got.dropped if d.text == line), "")
    assert (why in found) if why else not found
    assert P3 in got.body


def test_own_opening_teased_in_the_footer_stays() -> None:
    # The page's own first paragraph teased again below the body: the article's.
    target = page_of(TITLE, P1, P2, P3, *_teasers(P1, SECOND))
    got = clean_page(target, None, "z", "target")
    assert got.body.startswith(P1)
