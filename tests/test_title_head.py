"""Tests for index.title_head: the lines the evidence counts a page's title openings in."""

from __future__ import annotations

import pytest
from page_parts import SITE_ARTICLES, gathered

from index.clean import clean_page

KICKERS = ("Späte Einsicht", "Viel Arbeit", "Knapp entschieden", "Neuer Anlauf")
CAPTIONS = ("Blick auf den Marktplatz", "Der Hafen am Abend", "Kinder spielen im Park")
NAMES = ("Anna Keller", "Jonas Weber", "Lea Brandt")
CREDITS = ("laif", "Polizei", "Archiv", "Stadtwerke", "Feuerwehr")


@pytest.mark.parametrize("over", [0, 1, 2])
def test_kickers_glued_under_lines_over_the_title(over: int) -> None:
    """A photo's caption and an author line over every title: the title taken without
    the evidence is the caption, but the kicker glued to the title below still counts
    among the openings of the source's title lines, and is cut off."""
    pages = []
    for n, (title, one, two) in enumerate(SITE_ARTICLES):
        head = [f"{CAPTIONS[n % 3]} ⧲ Foto ⨀ Bildstelle", f"Von {NAMES[n % 3]}"][:over]
        line = f"{KICKERS[n % len(KICKERS)]} – {title}"
        pages.append((f"p{n}", "\n\n".join((*head, line, f"{one} {two}", f"{two} {one}"))))
    evidence = gathered(pages)
    for n, (title, _, _) in enumerate(SITE_ARTICLES):
        assert clean_page(pages[n][1], evidence, "site", f"p{n}").title == title


@pytest.mark.parametrize("over", [0, 1])
def test_a_titles_own_dash_stays_over_credit_and_date_lines(over: int) -> None:
    """Under every title an author's line and a line of a credit and a date behind a
    dash: those lines open with a few words before a dash, the titles do not (their own
    dash stands later), so no title loses its start."""
    pages = []
    for n, (title, one, two) in enumerate(SITE_ARTICLES):
        head = ["Sie sind hier: Lokales ⋅ Politik"][:over]
        line = f"{KICKERS[n % len(KICKERS)]} nach langer Debatte – {title}"
        credit = f"{CREDITS[n % len(CREDITS)]} – {n + 1}.03.2021"
        lines = (*head, line, f"Geschrieben von {NAMES[n % 3]}", credit)
        pages.append((f"p{n}", "\n\n".join((*lines, f"{one} {two}", f"{two} {one}"))))
    evidence = gathered(pages)
    for n, (title, _, _) in enumerate(SITE_ARTICLES):
        got = clean_page(pages[n][1], evidence, "site", f"p{n}").title
        assert got == f"{KICKERS[n % len(KICKERS)]} nach langer Debatte – {title}"
