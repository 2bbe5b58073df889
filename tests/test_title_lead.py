"""Tests for index.title_lead: the body's first paragraph set over the title."""

from __future__ import annotations

import pytest
from page_parts import P1, P3, TITLE, gathered

from index.clean import clean_page

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
