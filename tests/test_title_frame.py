"""Tests for index.title_frame and the title rules of cleaner version 26, through the
real cleaner: a site's frame of quotation marks, a badge the site's title lines open
with, a title in capitals under the page's head title."""

from __future__ import annotations

import pytest
from page_parts import SITE_ARTICLES, gathered

from index.clean import clean_page
from index.title_form import cased_from
from index.title_frame import frame_of

ARTICLES = SITE_ARTICLES[:6]


def pages(title_line: str, every: int = 1, head: str = "") -> list[tuple[str, str, str]]:
    """Return (id, text, title) of a source's pages: every `every`-th page's title line
    written as title_line makes it of the title (the others: the title alone), head: a
    line over it made of the title."""
    out = []
    for n, (title, one, two) in enumerate(ARTICLES):
        line = title_line.format(title=title) if n % every == 0 else title
        top = [head.format(title=title)] if head else []
        text = "\n\n".join((*top, line, "Von Anna Keller", f"{one} {two}", f"{two} {one}"))
        out.append((f"p{n}", text, title))
    return out


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("»Neuer Radweg am Rhein«", ("»«", "Neuer Radweg am Rhein")),
        ("‹Neuer Radweg am Rhein›", ("‹›", "Neuer Radweg am Rhein")),
        ("„Wir schaffen das“", ("„“", "Wir schaffen das")),
        # Not wholly framed, the mark again inside, a single word.
        ("»Radweg« kommt bald", None),
        ("»Radweg« und »Brücke«", None),
        ("»Radweg«", None),
        ("Neuer Radweg am Rhein", None),
    ],
)
def test_frame_of(line: str, expected: tuple[str, str] | None) -> None:
    assert frame_of(line) == expected


@pytest.mark.parametrize("frame", ["»{title}«", "«{title}»", "‹{title}›", "›{title}‹"])
def test_the_sites_frame_is_taken_off(frame: str) -> None:
    """Every title line of the source stands in the same pair: the site's frame."""
    found = pages(frame)
    evidence = gathered(found)
    for page_id, text, title in found:
        assert clean_page(text, evidence, "site", page_id).title == title


def test_a_quotation_alone_keeps_its_marks() -> None:
    """One page's title in quotation marks, the source's others not: the title's own."""
    found = pages("„{title}“", every=len(ARTICLES))
    evidence = gathered(found)
    page_id, text, title = found[0]
    assert clean_page(text, evidence, "site", page_id).title == f"„{title}“"
    assert clean_page(text).title == f"„{title}“"  # no evidence: as it stands


@pytest.mark.parametrize("glue", ["EXKLUSIV: {title}", "Eilmeldung – {title}"])
def test_a_badge_on_some_pages_is_taken_off(glue: str) -> None:
    """The same word opens the source's title lines on half of its pages, a word the
    body lacks: a badge glued before the title."""
    found = pages(glue, every=2)
    evidence = gathered(found)
    for page_id, text, title in found:
        assert clean_page(text, evidence, "site", page_id).title == title


@pytest.mark.parametrize("head", ["{title} | Rheinblick", "Rheinblick | {title}"])
def test_a_title_in_capitals_is_written_as_the_head_title_writes_it(head: str) -> None:
    found = pages("{title}", head=head)
    found = [(i, text.replace(title, title.upper(), 2).replace(title.upper(), title, 1), title)
             for i, text, title in found]  # fmt: skip
    evidence = gathered(found)
    for page_id, text, title in found:
        assert clean_page(text, evidence, "site", page_id).title == title


@pytest.mark.parametrize(
    ("title", "lines", "expected"),
    [
        ("NEUER RADWEG AM RHEIN", ["Neuer Radweg am Rhein | Site"], "Neuer Radweg am Rhein"),
        ("neuer radweg am rhein", ["Site | Neuer Radweg am Rhein"], "Neuer Radweg am Rhein"),
        # "ß" in capitals is "SS": the line's letters are found all the same.
        ("STRASSE GESPERRT", ["Straße gesperrt | Site"], "Straße gesperrt"),
        # No line in capitals and small letters: the title as it is.
        ("NEUER RADWEG AM RHEIN", ["NEUER RADWEG AM RHEIN | SITE"], "NEUER RADWEG AM RHEIN"),
        ("Neuer Radweg am Rhein", ["neuer radweg am rhein"], "Neuer Radweg am Rhein"),
        # A script without case around a word in capitals: written as the line writes it.
        ("통합 외친 dj 이재명", ["통합 외친 DJ 이재명 | Site"], "통합 외친 DJ 이재명"),
    ],
)
def test_cased_from(title: str, lines: list[str], expected: str) -> None:
    assert cased_from(title, lines) == expected
