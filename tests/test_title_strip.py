"""Tests for index.title_choice: a strip of other stories over the title (a headline over
a lead cut off, twice or more) is no title, nor is a rule; the lower-case copy holds the
title's line."""

from __future__ import annotations

import pytest
from page_parts import H1, H2, L2, P1, P2, P3, TITLE

from index.clean import clean_page
from index.title_choice import repeated_below

L1 = (
    "Der Streik der Lokführer hat am Montag den Zugverkehr in weiten Teilen des Landes zum "
    "Erliegen gebracht, Pendler mussten auf Busse und Autos umsteigen und"
)
H3 = "Museum zeigt alte Karten aus vier Jahrhunderten"
L3 = (
    "Die Ausstellung im Schloss versammelt Landkarten und Stadtpläne aus vier Jahrhunderten, "
    "viele davon zum ersten Mal öffentlich gezeigt, darunter ein Druck aus dem"
)
LONG_L2 = f"{L2} Nebenkosten und beim Kündigungsschutz einstellen, sagen Verbände"


@pytest.mark.parametrize(
    "strip",
    [
        [H1, L1, H2, LONG_L2],
        [H1, L1, H2, LONG_L2, H3, L3],
        ["RHEINSTADT KURIER", H1, L1, H3, L3],
    ],
)
def test_a_strip_of_other_stories_over_the_title(strip: list[str]) -> None:
    text = "\n\n".join([*strip, TITLE, "Von Anna Keller", P1, P2, P3])
    got = clean_page(text)
    assert got.title == TITLE
    assert H1 not in got.body and L1[:40] not in got.body


def test_one_headline_over_a_cut_lead_is_no_strip() -> None:
    """The title over its article's first paragraph wrapped into lines: no strip."""
    first = P1[:70].rsplit(" ", 1)[0]
    text = "\n\n".join([TITLE, first, P1[len(first) + 1 :], P2, P3])
    assert clean_page(text).title == TITLE


@pytest.mark.parametrize(
    ("lines", "j", "expected"),
    [
        ([TITLE, TITLE.lower(), P1], 0, True),
        ([TITLE, P1], 0, False),
        ([TITLE.lower(), TITLE.lower(), P1], 0, False),
        ([H1, TITLE.lower()], 0, False),
        ([TITLE], 0, False),
    ],
)
def test_repeated_below(lines: list[str], j: int, expected: bool) -> None:
    assert repeated_below(lines, j) is expected


def test_a_line_with_an_address_over_a_cut_line_is_no_story() -> None:
    """The title over its first paragraph breaking off, then a line with an address (the
    site's channel, chrome) over a cut line: no strip of other stories."""
    channel = "Unser neuer Kanal für alle Leser: https://t.me/stadtanzeiger"
    text = "\n\n".join([TITLE, L1, channel, L3, P1, P2, P3])
    assert clean_page(text).title == TITLE


@pytest.mark.parametrize("rule", ["═" * 40, "┌" + "─" * 30 + "┐", "≡≡≡≡≡≡"])
def test_a_rule_over_the_title_is_no_title(rule: str) -> None:
    """Lines of no word (rules, a box's edges) framing the title are dropped, the title
    between them taken."""
    got = clean_page("\n\n".join((rule, f"│ {TITLE} │", rule, P1, P2, P3)))
    assert got.title == TITLE
