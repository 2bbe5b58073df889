"""Tests for index.title_lead: the body's first paragraph set over the title."""

from __future__ import annotations

import pytest
from page_parts import P1, P3, TITLE, gathered

from index.clean import _Page, clean_page
from index.page_text import page_lines
from index.title_lead import lead_over

NOTICE = (
    "Wir verwenden Cookies und ähnliche Techniken, um die Nutzung unserer Seiten zu messen "
    "und Ihnen passende Inhalte zu zeigen. Mit Ihrer Zustimmung helfen Sie uns dabei."
)
# The body under the title tells the story of its first paragraph, P1.
P2 = "Die Kosten der neuen Straßenbahn werden auf 120 Millionen Euro geschätzt, sagte der Stadtrat."
OTHER = (
    "Wer zur Miete wohnt, muss sich im kommenden Jahr auf einige Änderungen bei den "
    "Nebenkosten und beim Kündigungsschutz einstellen. Verbände raten zur Prüfung."
)


@pytest.mark.parametrize(
    ("over", "kept"),
    [
        # The body's opening paragraph over the title: the body's first.
        (P1, True),
        # A paragraph telling another story (no word of the body): a banner.
        (OTHER, False),
    ],
)
def test_a_paragraph_over_the_title(over: str, kept: bool) -> None:
    text = "\n\n".join(("STADTBLATT", over, TITLE, "12.03.2023", P2, P3))
    got = clean_page(text)
    assert got.title == TITLE
    assert got.body == "\n".join((over, P2, P3) if kept else (P2, P3))


def test_a_notice_on_every_page_is_no_opening() -> None:
    """A paragraph over the title on every page of the source is its notice, however
    many words it shares with an article's body."""
    notice = f"{NOTICE} Der Stadtrat und die Straßenbahn danken."
    pages = [
        (f"p{n}", "\n\n".join((notice, f"{TITLE} {n}", "12.03.2023", P2, P3))) for n in range(8)
    ]
    evidence = gathered(pages)
    got = clean_page(pages[0][1], evidence, "site", "p0")
    assert got.body == "\n".join((P2, P3))


def test_a_ticker_over_the_title_is_no_opening() -> None:
    """A long line over the title opening with the source's label and mark, other
    stories' headlines behind it, is its ticker, however many words it shares."""
    pages = []
    for n in range(8):
        ticker = (
            f"Meistgelesen ▪ Die Straßenbahn fährt bald im Westen, sagt der Stadtrat {n} ▪ "
            "Die Kosten werden auf 120 Millionen Euro geschätzt, sagt die Stadt heute."
        )
        body = (P2, f"{P3} Sitzung {n}.")
        pages.append((f"p{n}", "\n\n".join((ticker, f"{TITLE} {n}", "12.03.2023", *body))))
    evidence = gathered(pages)
    page = _Page(page_lines(pages[0][1]), evidence, "site", "p0")
    assert lead_over(page, 1) is None
    # The same line with no label of the source's before it would be the body's opening.
    plain = pages[0][1].replace("Meistgelesen ▪ ", "", 1)
    assert lead_over(_Page(page_lines(plain), evidence, "site", "p0"), 1) == 0
