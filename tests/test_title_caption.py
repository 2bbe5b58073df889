"""Tests for index.title_caption: a photo's caption over the title, told by its credit."""

from __future__ import annotations

import pytest
from page_parts import SITE_ARTICLES, gathered

from index.clean import clean_page
from index.evidence import Evidence
from index.title_caption import credit_over, credited_name

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


def named_pages() -> list[tuple[str, str, str]]:
    """Return (id, text, title) of a source's pages whose caption over the title ends in
    the agency's name, a credit no line of its own repeats, an author's line under it."""
    out = []
    for n, (title, one, two) in enumerate(SITE_ARTICLES):
        caption = f"{CAPTIONS[n % len(CAPTIONS)]} ⧲ Bild ⟡ {AGENCIES[n % len(AGENCIES)]}"
        lines = ("RHEINBLICK ONLINE", caption, f"Text: {NAMES[n % 2]}", title)
        # The body speaks of what the title says (the made-up bodies are short).
        body = (f"{one} Darum geht es: {title}.", f"{two} {one}")
        out.append((f"p{n}", "\n\n".join((*lines, *body)), title))
    return out


NAMES = ("Anna Keller", "Jonas Weber")


@pytest.mark.parametrize(
    ("line", "found"),
    [
        ("Blick auf den Marktplatz ⧲ Bild ⟡ Bildstelle Nord",
         ("Blick auf den Marktplatz", "Bildstelle Nord")),
        # A name no line of the source's pages ends in; the site's name, on every page.
        ("Blick auf den Marktplatz ⧲ Bild ⟡ Fotoarchiv Süd", ("", "")),
        ("Neuer Radweg am Rhein ⧲ Rheinblick Online", ("", "")),
        ("Neuer Radweg am Rhein", ("", "")),
    ],
)  # fmt: skip
def test_credited_name(line: str, found: tuple[str, str]) -> None:
    evidence = gathered(named_pages())
    assert credited_name(line, evidence, "site") == found
    assert credited_name(line, Evidence(), "site") == ("", "")


def test_a_caption_ending_in_a_name_over_the_title() -> None:
    """The caption over the title ends in a name ending lines on some of the source's
    pages, its words are not the body's, the headline under the author's line is: the
    headline is the title."""
    found = named_pages()
    evidence = gathered(found)
    for page_id, text, title in found:
        assert clean_page(text, evidence, "site", page_id).title == title


@pytest.mark.parametrize("shared", [False, True])
def test_a_caption_over_an_author_line_and_the_title(shared: bool) -> None:
    """The caption over the title ends in a name as lines on some of the source's pages
    do; an author's line behind a label of the site's own stands under it, and the
    caption may share a word with the body, fewer than the headline does: the headline
    is the title."""
    found = []
    for n, (title, one, two) in enumerate(SITE_ARTICLES):
        text = CAPTIONS[n % len(CAPTIONS)]
        caption = f"{text} ⨀ {AGENCIES[n % len(AGENCIES)]}"
        author = f"Words and reporting: {AUTHORS[n % len(AUTHORS)]}"
        also = f"Auch {text.split()[-1]} kommt vor." if shared else ""
        body = (f"{one} {also} Darum geht es: {title}.", f"{two} {one}")
        found.append((f"p{n}", "\n\n".join((caption, author, title, *body)), title))
    evidence = gathered(found)
    for page_id, text, title in found:
        assert clean_page(text, evidence, "site", page_id).title == title


AUTHORS = ("Anna Keller", "Jonas Weber", "Lea Brandt", "Paul Hartmann", "Miriam Sommer")


def two_line_pages(credit_first: bool) -> list[tuple[str, str, str]]:
    """Return (id, text, title) of a source's pages with the lead photo's caption of two
    lines right over the title: what it shows, then who took it (or the other way round),
    the credit worded alike on every page, its name and agency not."""
    out = []
    for n, (title, one, two) in enumerate(SITE_ARTICLES):
        caption = CAPTIONS[n % len(CAPTIONS)]
        credit = f"Aufnahme ⨀ {NAMES[n % 2]}, {AGENCIES[n % len(AGENCIES)]}"
        over = (credit, caption) if credit_first else (caption, credit)
        body = (f"{one} Darum geht es: {title}.", f"{two} {one}")
        lines = ("RHEINBLICK ONLINE", *over, title, *body)
        out.append((f"p{n}", "\n\n".join(lines), title))
    return out


@pytest.mark.parametrize("credit_first", [False, True], ids=["text-credit", "credit-text"])
def test_a_caption_of_two_lines_over_the_title(credit_first: bool) -> None:
    """Gathered over the run, the credit line is worded as lines under the source's
    titles are: it and the caption's text over it are no title, the headline under them
    (its words the body's) is."""
    found = two_line_pages(credit_first)
    evidence = gathered(found)
    for page_id, text, title in found:
        got = clean_page(text, evidence, "site", page_id)
        assert got.title == title
        assert not any("Aufnahme" in line for line in got.body.split("\n"))


def test_a_short_title_over_a_caption_with_a_text_of_its_own_stays() -> None:
    """A short title over the lead photo's caption (its text and credit on one line, the
    credit worded as the source's credits are) and a subheading: the caption is no second
    line of a caption over the title, the title stays."""
    found = []
    for n, (title, one, two) in enumerate(SITE_ARTICLES):
        caption = f"{CAPTIONS[n % len(CAPTIONS)]}. Aufnahme ⨀ {AGENCIES[n % len(AGENCIES)]}"
        lead = f"{one} Darum geht es: {two}"
        subheading = " ".join(one.rstrip(".").split()[:5])
        lines = ("RHEINBLICK ONLINE", title, caption, subheading, lead, two)
        found.append((f"p{n}", "\n\n".join(lines), title))
    evidence = gathered(found)
    for page_id, text, title in found:
        assert clean_page(text, evidence, "site", page_id).title == title
