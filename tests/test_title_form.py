"""Tests for index.title_form: the title read out of a link, a row, a line holding it
twice, a count or a lone mark; a hyphen at a wrap's break; the case of a lower-case copy."""

from __future__ import annotations

import pytest
from page_parts import P1, P2, P3, TITLE

from index.clean import clean_page
from index.title_form import cased_from, join_wrapped, read_form

CRUMBS = "Nachrichten | Wirtschaft und Soziales | Inland"


@pytest.mark.parametrize(
    ("line", "title"),
    [
        # A link to the article's own address.
        (f"[{TITLE}](https://example.de/lokales/stadtrat-12345.html)", TITLE),
        (f"{TITLE} <https://example.de/beitrag/12345>", TITLE),
        (f"=> https://example.de/stadtrat {TITLE}", TITLE),
        (f"{TITLE} (https://example.de/a/12345)", TITLE),
        # A row: the one cell that reads as a title, among a date and a section.
        (f"| {TITLE} | 12.03.2021 | Lokales |", TITLE),
        (f"{TITLE}\tLokales\t12.3.2021", TITLE),
        (f'2021-03-12;Lokales;"{TITLE}"', TITLE),
        # Twice running (a heading and its hidden copy), joined by nothing or a space.
        (f"{TITLE}{TITLE}", TITLE),
        (f"{TITLE} {TITLE}", TITLE),
        # A count of comments framed after it; a lone mark at either end.
        (f"{TITLE} (33)", TITLE),
        (f"{TITLE} ⧋228", TITLE),
        (f"{TITLE} ⨴12⨵", TITLE),
        (f"{TITLE} ¶", TITLE),
        (f"¶ {TITLE}", TITLE),
        (f"{TITLE} [∞]", TITLE),
        # A leader of fill marks after it, to a page number, a time or a date.
        (f"{TITLE} ........ S. 42", TITLE),
        (f"{TITLE} · · · · · 14:05", TITLE),
        (f"{TITLE} ____ 12.3.", TITLE),
        # The same run of emphasis or a wiki's heading marks at both ends.
        (f"**{TITLE}**", TITLE),
        (f"== {TITLE} ==", TITLE),
        (f"__{TITLE}__", TITLE),
        # Forms of a title's own that stay.
        ("COMPACT 02/2021: Die Welt danach", "COMPACT 02/2021: Die Welt danach"),
        ("Die besten Angebote ab £40", "Die besten Angebote ab £40"),
        ("Was der Mainstream verschweigt (Teil 3)", "Was der Mainstream verschweigt (Teil 3)"),
        # A wrapped title's first line keeps its dash.
        ("Gala der IHK: Party für Spahn –", "Gala der IHK: Party für Spahn –"),
        # A breadcrumb is no row: none of its cells is a date or a number.
        (CRUMBS, CRUMBS),
        # One word twice is no title twice.
        ("Bonn Bonn", "Bonn Bonn"),
        # An ellipsis closing the title, points before words, marks at one end only.
        ("Und wieder sinken die Leserzahlen…", "Und wieder sinken die Leserzahlen…"),
        ("Warte mal.... was nun", "Warte mal.... was nun"),
        ("Stadtrat beschließt .... und dann", "Stadtrat beschließt .... und dann"),
        ("** Eilmeldung", "** Eilmeldung"),
        ("+++ Eilmeldung: Stadtrat tagt", "+++ Eilmeldung: Stadtrat tagt"),
        # A ticker's marks around a line are no emphasis: the line is a ticker's.
        ("+++ EIL: Stadtrat tagt +++", "+++ EIL: Stadtrat tagt +++"),
    ],
)  # fmt: skip
def test_read_form(line: str, title: str) -> None:
    assert read_form(line) == title


@pytest.mark.parametrize(
    ("start", "end", "joined"),
    [
        ("Wie steht es um die Immu-", "nität?", "Wie steht es um die Immunität?"),
        ("Streit um die Corona-", "Hilfen", "Streit um die Corona-Hilfen"),
        ("Stadtrat beschließt", "neue Linie", "Stadtrat beschließt neue Linie"),
        ("Party für Spahn –", "Arrest für den Rest", "Party für Spahn – Arrest für den Rest"),
    ],
)  # fmt: skip
def test_join_wrapped(start: str, end: str, joined: str) -> None:
    assert join_wrapped(start, end) == joined


@pytest.mark.parametrize(
    ("title", "lines", "cased"),
    [
        (TITLE.lower(), ["MENÜ", f"¶ ANALYSE {TITLE}"], TITLE),
        (TITLE.lower(), ["MENÜ", "Startseite"], TITLE.lower()),
        # A title written with capitals is taken as it is.
        (TITLE, [f"¶ {TITLE.upper()}"], TITLE),
    ],
)
def test_cased_from(title: str, lines: list[str], cased: str) -> None:
    assert cased_from(title, lines) == cased


@pytest.mark.parametrize(
    "line",
    [
        f"[{TITLE}](https://example.de/lokales/stadtrat-12345.html)",
        f"| {TITLE} | 12.03.2021 | Lokales |",
        f"{TITLE}{TITLE}",
        f"{TITLE} (33)",
        f"{TITLE} ........ S. 42",
        f"**{TITLE}**",
    ],
)
def test_a_page_titled_in_such_a_form(line: str) -> None:
    """Cleaned alone, the page's title is the title the form holds."""
    got = clean_page("\n\n".join((line, P1, P2, P3)))
    assert got.title == TITLE
    assert any("link, row, count or repetition" in cut for cut in got.title_cut)


def test_the_lower_case_copy_takes_the_case_of_the_line_over_it() -> None:
    """The title line with a mark and a kicker around it is dropped; its copy in lower case
    under it is taken, written as the line over it writes the title."""
    text = "\n\n".join((f"¶ ANALYSE {TITLE}", TITLE.lower(), P1, P2, P3))
    got = clean_page(text)
    assert got.title == TITLE
