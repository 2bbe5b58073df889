"""Tests for index.title_markup: the text a line of markup left over from a page holds."""

from __future__ import annotations

import pytest
from page_parts import SITE_ARTICLES

from index.clean import clean_page
from index.title_markup import read_markup

TITLE, ONE, TWO = SITE_ARTICLES[0]


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ('<h1 class="headline">Neuer Radweg am Rhein</h1>', "Neuer Radweg am Rhein"),
        ("<h2><span>Neuer Radweg</span> am Rhein</h2>", "Neuer Radweg am Rhein"),
        ('<meta property="og:title" content="Neuer Radweg am Rhein">', "Neuer Radweg am Rhein"),
        ('<meta name="twitter:title" content="Rad &amp; Weg" />', "Rad & Weg"),
        # A quotation mark inside the value, written out before the line is read.
        ('<meta property="og:title" content=""Radweg" am Rhein">', '"Radweg" am Rhein'),
        ('"headline": "Er sagte \\"ja\\"",', 'Er sagte "ja"'),
        ('dc.title = "Neuer Radweg"', "Neuer Radweg"),
        # No markup: the line as it is.
        ('Merkel: "Wir schaffen das"', 'Merkel: "Wir schaffen das"'),
        ("<b>Radweg", "<b>Radweg"),
        ('<img src="rad.png">', '<img src="rad.png">'),
        ("Neuer Radweg am Rhein", "Neuer Radweg am Rhein"),
    ],
)
def test_read_markup(line: str, expected: str) -> None:
    assert read_markup(line) == expected


@pytest.mark.parametrize(
    "form",
    [
        '<h1 class="headline">{title}</h1>',
        '<meta property="og:title" content="{title}">',
        "<title>{title}</title>",
        '"headline": "{title}",',
        'dc.title = "{title}"',
    ],
)
def test_a_title_only_in_markup(form: str) -> None:
    """The page has no clean title line: the title is the markup line's text."""
    text = "\n\n".join(("NACHRICHTEN", form.format(title=TITLE), f"{ONE} {TWO}", f"{TWO} {ONE}"))
    got = clean_page(text)
    assert got.title == TITLE
    assert "the markup around it" in got.title_cut
    assert got.body.startswith(ONE)


def test_a_title_in_markup_with_an_addition_and_its_copy() -> None:
    """The markup line and the lower-case copy agree on the title; the addition after it
    in the markup is no part of it."""
    title = f"{TITLE} bis zum Sommer"
    head = f'<h1 class="headline">{title} – ergänzt 10:04 Uhr</h1>'
    text = "\n\n".join((head, title.lower(), f"{ONE} {TWO}", f"{TWO} {ONE}"))
    assert clean_page(text).title == title
