"""Tests for index.title_caption: a photo's caption over the title, told by its credit."""

from __future__ import annotations

import pytest
from page_parts import SITE_ARTICLES, gathered

from index.clean import clean_page
from index.evidence import Evidence
from index.title_caption import credit_over

AGENCIES = ("Bildstelle Nord", "Fotodienst Weser", "Lichtbild Ems")
CAPTIONS = (
    "Blick auf den Marktplatz",
    "Der Hafen am Abend",
    "Kinder spielen im Stadtpark",
    "Die alte Mühle im Winter",
    "Radfahrer am Deich",
)
# How the site puts the lead photo's caption and credit over the title.
FORMS = ("{caption} ⧲ Aufnahme ⨀ {agency}", "Titelfoto: {caption} (Aufnahme ⨀ {agency})")


def pages(form: str) -> list[tuple[str, str, str]]:
    """Return (id, text, title) of a source's pages: the site's name, the lead photo's
    caption over the title, a byline, the body with a credit between its paragraphs."""
    out = []
    for n, (title, one, two) in enumerate(SITE_ARTICLES):
        agency = AGENCIES[n % len(AGENCIES)]
        caption = form.format(caption=CAPTIONS[n % len(CAPTIONS)], agency=agency)
        credit = f"Aufnahme ⨀ {AGENCIES[(n + 1) % len(AGENCIES)]}"
        lines = ("RHEINBLICK ONLINE", caption, title, "Von Anna Keller", f"{one} {two}")
        text = "\n\n".join((*lines, credit, f"{two} {one}"))
        out.append((f"p{n}", text, title))
    return out


@pytest.mark.parametrize(
    ("line", "credit"),
    [
        ("Blick auf den Marktplatz ⧲ Aufnahme ⨀ Bildstelle Nord", "Aufnahme ⨀ Bildstelle Nord"),
        ("Der Hafen (Aufnahme ⨀ Lichtbild Ems)", "Aufnahme ⨀ Lichtbild Ems"),
        # The site's name after a title stands on every page: no credit.
        ("Neuer Radweg am Rhein ⧲ Rheinblick Online", ""),
        # A credit alone is no caption over a title; a line without one neither.
        ("Aufnahme ⨀ Bildstelle Nord", ""),
        ("Neuer Radweg am Rhein", ""),
    ],
)
def test_credit_over(line: str, credit: str) -> None:
    evidence = gathered(pages(FORMS[0]))
    assert credit_over(line, evidence, "site") == credit
    assert credit_over(line, Evidence(), "site") == ""


@pytest.mark.parametrize("form", FORMS)
def test_a_caption_over_the_title(form: str) -> None:
    """The caption over the title ends in a credit worded as the source's credits between
    paragraphs are: no title, whatever its words."""
    found = pages(form)
    evidence = gathered(found)
    for page_id, text, title in found:
        got = clean_page(text, evidence, "site", page_id)
        assert got.title == title
        assert not any("Aufnahme" in line for line in got.body.split("\n"))
