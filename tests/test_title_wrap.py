"""Tests for index.title_wrap: a title wrapped over two or three lines with nothing after
it."""

from __future__ import annotations

import pytest
from page_parts import SITE_ARTICLES, gathered

from index.clean import clean_page
from index.shape import Shape
from index.title_wrap import breaks_off

_, ONE, TWO = SITE_ARTICLES[0]
MONTHS = ("Jan.", "Feb.", "März", "Apr.", "Mai", "Juni", "Juli", "Aug.", "Sept.", "Okt.")
BODY = (f"{ONE} {TWO}", f"{TWO} {ONE}")


@pytest.mark.parametrize(
    ("above", "below", "expected"),
    [
        ("Neuer Radweg am", "Rhein bis Sommer", ""),
        ("Hochwasser bleibt aus", "Lea Brandt berichtet", ""),
        ("Neuer Radweg kommt,", "Händler sind besorgt", "it ends with a comma or a dash"),
        ("„Wir bleiben", "hier“, sagt der Bäcker", "a quotation is left open"),
        ("Bäckerei Müller", "schließt nach 90 Jahren", "the next line goes on in lower case"),
        # A phrase that ends: a kicker line, a sentence, a colon.
        ("Kritik wächst", "Neuer Radweg am Rhein", ""),
        ("Der Radweg kommt.", "Händler sind besorgt", ""),
        ("Stadtrat:", "Neuer Radweg am Rhein", ""),
        ("Bäckerei schließt", "Nach 90 Jahren ist Schluss", ""),
    ],
)
def test_breaks_off(above: str, below: str, expected: str) -> None:
    assert breaks_off(above, Shape(below)) == expected


@pytest.mark.parametrize(
    ("head", "title"),
    [
        # Wrapped, a date line under it.
        ("Neuer Radweg am Rhein,\ndie Stadt plant bis Sommer\n12.03.2023",
         "Neuer Radweg am Rhein, die Stadt plant bis Sommer"),
        ("„Wir bleiben\nhier“, sagt der Bäcker\nVon Anna Keller",
         "„Wir bleiben hier“, sagt der Bäcker"),
        ("Bäckerei Müller\nschließt nach 90 Jahren\nStand: 12.03.2023, 10:04 Uhr",
         "Bäckerei Müller schließt nach 90 Jahren"),
        # Wrapped, the first paragraph under it.
        ("Neuer Radweg kommt,\nHändler sind besorgt", "Neuer Radweg kommt, Händler sind besorgt"),
        # Not wrapped: its lower-case copy under it, a kicker line over it, a subheading.
        ("Bäckerei Müller schließt\nbäckerei müller schließt\n12.03.2023",
         "Bäckerei Müller schließt"),
        # The copy of the whole title under the title's end: the end is not wrapped onto it.
        ("Bäckerei Müller\nschließt nach 90 Jahren\nbäckerei müller schließt nach 90 jahren",
         "Bäckerei Müller schließt nach 90 Jahren"),
        # Wrapped, a long standfirst in bold under it.
        ("Neuer Radweg am Rhein,\ndie Stadt plant bis Sommer\n**Die Stadt baut bis zum Sommer "
         "einen Radweg entlang des Ufers, sagte der Bürgermeister am Montag**",
         "Neuer Radweg am Rhein, die Stadt plant bis Sommer"),
        ("Kritik wächst\nNeuer Radweg am Rhein\n12.03.2023", "Neuer Radweg am Rhein"),
        # Wrapped over three lines, each breaking off into the next.
        ("Bäckerei Müller\nschließt nach 90 Jahren,\ndie Kunden sind traurig\n12.03.2023",
         "Bäckerei Müller schließt nach 90 Jahren, die Kunden sind traurig"),
        ("Neuer Radweg am Rhein,\ndie Stadt plant\nbis zum Sommer\nVon Anna Keller",
         "Neuer Radweg am Rhein, die Stadt plant bis zum Sommer"),
        ("Neuer Radweg am Rhein\nPläne liegen seit Jahren vor\n12.03.2023",
         "Neuer Radweg am Rhein"),
    ],
)  # fmt: skip
def test_a_wrapped_title(head: str, title: str) -> None:
    text = "\n\n".join((*head.split("\n"), *BODY))
    got = clean_page(text)
    assert got.title == title
    assert got.body.endswith("\n".join(BODY))


@pytest.mark.parametrize("kicker", ["", "Späte Einsicht – "])
def test_a_date_line_is_no_wrapped_end(kicker: str) -> None:
    """Every page's date line ends in a time behind a mark, as titles end in the site's
    name: the line's first and last words around its numbers and month recur (a
    template), so it is no title's end wrapped onto it (nor under a kicker glued to the
    title, as the source's title lines open)."""
    found = []
    for n, (title, one, two) in enumerate(SITE_ARTICLES[:8]):
        month = MONTHS[n % len(MONTHS)]
        date = f"Online seit {n + 1}. {month} 2020 ⧗ {n + 8}.{n + 10}"
        lines = (f"{kicker}{title}", date, f"{one} {two}", f"{two} {one}")
        found.append((f"p{n}", "\n\n".join(lines), title))
    evidence = gathered(found)
    for page_id, text, title in found:
        assert clean_page(text, evidence, "site", page_id).title == title


def test_no_sentences_wrapped_under_a_glued_kicker() -> None:
    """On a source gluing kickers to its titles, the line under the title is its end only
    when it holds no sentence ending and another going on (the body's opening)."""
    found = []
    kickers = ("Späte Einsicht", "Viele Fragen", "Zäher Start", "Knappes Votum", "Klare Kante")
    for n, (title, one, two) in enumerate(SITE_ARTICLES[: len(kickers)]):
        opening = f"{title.split()[0]} ist Thema. Die Sprecherin sagte dazu:"
        lines = (f"{kickers[n]} – {title}", opening, f"{one} {two}", f"{two} {one}")
        found.append((f"p{n}", "\n\n".join(lines), title))
    evidence = gathered(found)
    for page_id, text, title in found:
        assert clean_page(text, evidence, "site", page_id).title == title
