"""Tests for index.title_cut: the title a line of the page's head shows cut short."""

from __future__ import annotations

import pytest
from page_parts import P1, P2, P3, TITLE

from index.clean import clean_page
from index.title_cut import cut_copy, cut_starts

# The title as a browser tab or a breadcrumb shows it: its start, cut off.
CUT = TITLE[:24]  # "Stadtrat beschließt neue"
STANDFIRST = (
    "Stadtrat beschließt nach langer Debatte, die Straßenbahn bis zum Westen zu verlängern."
)


@pytest.mark.parametrize(
    ("line", "starts"),
    [
        # A tab: the cut title before the site's name, or after it.
        (f"{CUT}… – Rheinblatt", [CUT]),
        (f"Rheinblatt | {CUT}...", [f"Rheinblatt | {CUT}", CUT]),
        # A breadcrumb's last crumb, the title's own dash kept with its start.
        ("Start › Stadt › Party für Spahn – Arrest…", [
            "Start › Stadt › Party für Spahn – Arrest", "Stadt › Party für Spahn – Arrest",
            "Party für Spahn – Arrest",
        ]),
        # Soft hyphens are no part of the start.
        ("Stadt\u00adrat beschließt neue… ⦿ Rheinblatt",
         ["Stadtrat beschließt neue"]),
        # An ellipsis inside a sentence going on, a start too short, none at all.
        # The ellipsis in another glyph, bracketed or not.
        (f"{CUT} [⋯]", [CUT]),
        (f"{CUT} (…) – Rheinblatt", [CUT]),
        (f"{CUT}‥", [CUT]),
        ("Er zögerte… und sagte dann doch zu", []),
        ("Kurz… – Rheinblatt", []),
        (TITLE, []),
    ],
)  # fmt: skip
def test_cut_starts(line: str, starts: list[str]) -> None:
    assert cut_starts(line) == starts


@pytest.mark.parametrize(
    ("lines", "prose", "found"),
    [
        # The tab on top, other lines between, the title under them.
        ([f"{CUT}… – Rheinblatt", "RHEINBLATT", "← Zurück: Neue Regeln für Mieter", TITLE],
         set(), (3, 0)),
        # The title ending in an ellipsis of its own is still the longer line.
        ([f"{CUT}...", f"{TITLE}…"], set(), (1, 0)),
        # A paragraph opening as the title does holds no title.
        ([f"{CUT}…", STANDFIRST, TITLE], {1}, (2, 0)),
        # A breadcrumb's longer cut beside the tab's is a copy, not the title.
        ([f"{CUT}…", f"Start › {TITLE[:30]}…", TITLE], set(), (2, 0)),
        # Two lines the cut start opens: none is told.
        ([f"{CUT}…", TITLE, f"{TITLE} (Update)"], set(), None),
        # The same text cut off twice (another story's headline, shown twice): no title.
        ([f"{CUT}…", f"12.30 ⟶ {CUT}…"], set(), None),
        ([f"12.30 ⟶ {CUT}…", f"{CUT}…"], set(), None),
        # No line it opens; no cut line.
        ([f"{CUT}…", "Neue Regeln für Mieter"], set(), None),
        ([TITLE, TITLE.lower()], set(), None),
    ],
)  # fmt: skip
def test_cut_copy(lines: list[str], prose: set[int], found: tuple[int, int] | None) -> None:
    headlines = set(range(len(lines))) - prose
    assert cut_copy(lines, 15, prose, headlines) == found


def test_a_teasers_cut_lead_after_the_body_points_at_no_title() -> None:
    """A lead cut off in the footer opens as a line between paragraphs (its teaser's
    lead with a marker): over no paragraph and no headline, no title."""
    lead = "Wer zur Miete wohnt, muss sich im kommenden Jahr auf einige Änderungen bei den"
    lines = [TITLE, STANDFIRST, f"{lead} Mehr lesen", STANDFIRST, f"{lead} …"]
    assert cut_copy(lines, 15, {1, 3}, {0, 2}) is None  # under a paragraph
    assert cut_copy(lines, 15, set(), {0}) is None  # opening no headline


@pytest.mark.parametrize(
    "head",
    [
        (f"{CUT}… – Rheinblatt", "Politik › Inland", "#Stadt #Verkehr", TITLE),
        (f"Rheinblatt | {CUT}...", "← Neue Regeln für Mieter ab Januar", f"== {TITLE} =="),
        (f"Start › Stadt › {CUT}…", f"{TITLE} ........ S. 4"),
        # Under a consent notice of two sentences (no paragraph of the body), the cut mark
        # in a glyph of its own that reading the line's form takes off as a count.
        (
            "Wir und 212 Partner speichern Kennungen auf Ihrem Gerät. Sie können Ihre Wahl "
            "jederzeit unten auf der Seite ändern.",
            "Einwilligen · Verwerfen · Optionen",
            f"{TITLE[:30]} [⋯]",
            "Morgenblatt ⨾ Kreisgebiet ⨾ Fotoreihen",
            TITLE,
        ),
    ],
)
def test_a_page_with_its_title_cut_short_over_it(head: tuple[str, ...]) -> None:
    """Cleaned alone, the page's title is the line the cut-off start opens, the lines
    over it dropped as banners."""
    got = clean_page("\n\n".join((*head, P1, P2, P3)))
    assert got.title == TITLE
    assert got.body == "\n".join((P1, P2, P3))
    assert {d.reason for d in got.dropped} <= {"banner", "title-copy"}
