"""Tests for index.title_head: the lines the evidence counts a page's title openings in."""

from __future__ import annotations

import pytest
from page_parts import SITE_ARTICLES, gathered

from index.clean import clean_page

KICKERS = ("Späte Einsicht", "Viel Arbeit", "Knapp entschieden", "Neuer Anlauf")
CAPTIONS = ("Blick auf den Marktplatz", "Der Hafen am Abend", "Kinder spielen im Park")
NAMES = ("Anna Keller", "Jonas Weber", "Lea Brandt")


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
