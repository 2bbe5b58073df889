"""Tests for index.title_author: an author's line near the title, a name after a label."""

from __future__ import annotations

import pytest
from page_parts import SITE_ARTICLES, gathered

from index.clean import clean_page
from index.title_author import author_line, is_name

NAMES = ("Anna Keller", "Jonas Weber", "Lea Brandt", "Paul Hartmann", "Miriam Sommer")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Anna Keller", True),
        ("Jean-Luc Martin", True),
        ("Anna", False),
        ("Anna Maria Keller", False),
        ("Neuer Radweg", True),  # by its shape alone: only a recurring label makes it one
        ("neuer Radweg", False),
        ("ARD ZDF", False),
        ("Anna 2023", False),
    ],
)
def test_is_name(text: str, expected: bool) -> None:
    assert is_name(text) is expected


@pytest.mark.parametrize(
    ("text", "trimmed", "labelled", "expected"),
    [
        # The label taken off as the source's lines open: a name is left.
        ("Text ⏥ Jonas Weber", "Jonas Weber", 0, True),
        # A label before a colon opening lines on the source's pages, then a name.
        ("Words and reporting: Anna Keller", "Words and reporting: Anna Keller", 25, True),
        # The label opens no other page's line: a title of its own.
        ("Words and reporting: Anna Keller", "Words and reporting: Anna Keller", 0, False),
        # A title after the label: no name.
        ("Analyse: Die Brücke bleibt gesperrt", "Analyse: Die Brücke bleibt gesperrt", 25, False),
        ("Site ⏥ Neuer Radweg am Rhein", "Neuer Radweg am Rhein", 0, False),
    ],
)
def test_author_line(text: str, trimmed: str, labelled: int, expected: bool) -> None:
    assert author_line(text, trimmed, labelled) is expected


def test_an_author_line_over_the_title_is_no_title() -> None:
    """Every page of the source sets its author over the title behind one label: the
    line with a name changing from page to page is no title."""
    pages = []
    for n, (title, one, two) in enumerate(SITE_ARTICLES):
        author = f"Words and reporting: {NAMES[n % len(NAMES)]}"
        pages.append((f"p{n}", "\n\n".join((author, title, f"{one} {two}", f"{two} {one}"))))
    evidence = gathered(pages)
    for n, (title, _, _) in enumerate(SITE_ARTICLES):
        got = clean_page(pages[n][1], evidence, "site", f"p{n}")
        assert got.title == title
