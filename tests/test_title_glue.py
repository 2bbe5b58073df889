"""Tests for index.title_glue: a kicker glued to the title taken off the title line."""

from __future__ import annotations

import pytest
from page_parts import SITE_ARTICLES, gathered

from index.clean import clean_page
from index.title_glue import glued_keys, split_glued

ARTICLES = SITE_ARTICLES[:6]
# Kickers of each page's own: their words are not in the body.
KICKERS = (
    "Späte Einsicht",
    "Viele Fragen",
    "ANALYSE",
    "Zäher Start",
    "Knappes Votum",
    "Klare Kante",
)


def pages(join: str, kicked: int = len(ARTICLES)) -> list[tuple[str, str, str]]:
    """Return (id, text, title) of a source's pages, the first `kicked` with a kicker
    glued to their title by join."""
    out = []
    for n, (title, one, two) in enumerate(ARTICLES):
        line = f"{KICKERS[n]}{join}{title}" if n < kicked else title
        text = "\n\n".join((line, "Von Anna Keller", f"{one} {two}", f"{two} {one}"))
        out.append((f"p{n}", text, title))
    return out


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("Späte Einsicht: Neuer Radweg am Rhein", ("Späte Einsicht", "Neuer Radweg am Rhein")),
        ("ANALYSE – Neuer Radweg am Rhein", ("ANALYSE", "Neuer Radweg am Rhein")),
        ("Now reading // Neuer Radweg am Rhein", ("Now reading", "Neuer Radweg am Rhein")),
        # Too many words before the colon, too few after it, a sentence before it.
        ("Der Stadtrat hat gestern lange beraten: Radweg kommt", None),
        ("Späte Einsicht: Radweg", None),
        ("Es regnet. Dann: Neuer Radweg am Rhein", None),
        ("Neuer Radweg am Rhein", None),
    ],
)
def test_split_glued(line: str, expected: tuple[str, str] | None) -> None:
    found = split_glued(line)
    assert (found and (found[0], found[2])) == expected or (found is None and expected is None)


@pytest.mark.parametrize("join", [": ", " – ", " ‒ "])
def test_a_kicker_glued_to_the_title(join: str) -> None:
    """The source's title lines open with a few words before the same separator, and
    those words are not the body's: a kicker, taken off."""
    found = pages(join)
    evidence = gathered(found)
    for page_id, text, title in found:
        got = clean_page(text, evidence, "site", page_id)
        assert got.title == title
        assert any("kicker glued" in cut for cut in got.title_cut)


@pytest.mark.parametrize("join", [": ", " – "])
def test_a_kicker_stays_without_the_sources_evidence(join: str) -> None:
    """Alone, or on a source whose titles seldom open so, the words before the colon may
    be the title's own: they stay."""
    page_id, text, title = pages(join)[0]
    assert clean_page(text).title == f"{KICKERS[0]}{join}{title}"
    found = pages(join, kicked=1)
    evidence = gathered(found)
    assert clean_page(text, evidence, "site", page_id).title == f"{KICKERS[0]}{join}{title}"


def test_a_titles_own_colon_stays() -> None:
    """Every title opens with a place before a colon, and the place is the body's."""
    found = []
    for n, (title, one, two) in enumerate(ARTICLES):
        text = "\n\n".join((f"Rheinstadt: {title}", f"In Rheinstadt: {one} {two}", two))
        found.append((f"p{n}", text, f"Rheinstadt: {title}"))
    evidence = gathered(found)
    for page_id, text, title in found:
        assert clean_page(text, evidence, "site", page_id).title == title


@pytest.mark.parametrize("join", [" ‒ ", " – "])
def test_a_kicker_glued_to_a_wrapped_title(join: str) -> None:
    """The line holds the kicker and the title's start, the next line the title's end:
    on a source gluing kickers, it is the title's first line, not a kicker line."""
    found = pages(join)
    page_id, text, old = found[3]  # "Bäckerei schließt nach 90 Jahren"
    # Wrapped where nothing on the line says so (no comma, no lower case going on).
    title, first, last = (
        "Bäckerei Müller Nachfolger gesucht",
        "Bäckerei Müller",
        "Nachfolger gesucht",
    )
    found[3] = (page_id, text.replace(old, f"{first}\n\n{last}", 1), title)
    evidence = gathered(found)
    got = clean_page(found[3][1], evidence, "site", page_id)
    assert got.title == title
    assert "Von Anna Keller" not in got.body


# A label opening a line of every page's head the way kickers open titles: a caption's.
LABELLED = "Titelfoto: {} am frühen Morgen"
# A consent notice over the title, with its buttons.
NOTICE = "Audience counters wait politely until someone says yes.\n\nLieber nicht ⧲\n\nGeht klar ⧊"
PICTURES = ("Der Marktplatz", "Der Hafen", "Die alte Mühle", "Der Deich", "Das Rathaus", "Ein Park")


@pytest.mark.parametrize(("kicked", "cut"), [(3, False), (len(ARTICLES), True)])
def test_a_labels_pages_do_not_count(kicked: int, cut: bool) -> None:
    """A label opens a line of every page's head with a few words and a colon: its pages
    do not count for the source's titles opening so. Titles with a kicker on half of
    the pages keep it; on every page, it comes off."""
    found: list[tuple[str, str, str]] = []
    for page_id, text, title in pages(": ", kicked):
        line, rest = text.split("\n\n", 1)
        label = LABELLED.format(PICTURES[len(found)])
        found.append((page_id, f"{line}\n\n{label}\n\n{rest}", title))
    evidence = gathered(found)
    for n, (page_id, text, title) in enumerate(found):
        got = clean_page(text, evidence, "site", page_id)
        assert got.title == (title if cut or n >= kicked else f"{KICKERS[n]}: {title}")


def test_a_kicker_under_a_line_taken_for_the_title() -> None:
    """Alone, a page's consent notice over its title is taken for the title; the title's opening
    under it still counts for the source (every headline-like line of the head does)."""
    found = [(page_id, f"{NOTICE}\n\n{text}", title) for page_id, text, title in pages(" – ")]
    assert clean_page(found[0][1]).title == NOTICE.split("\n")[0]
    evidence = gathered(found)
    for page_id, text, title in found:
        assert clean_page(text, evidence, "site", page_id).title == title


@pytest.mark.parametrize(
    ("line", "words"),
    [
        ("Späte Einsicht: Neuer Radweg am Rhein", "späte einsicht"),
        # A wrapped title's first line: the kicker and a word of the title.
        ("Späte Einsicht: Neuer", "späte einsicht"),
        ("ANALYSE – Neuer", "analyse"),
        ("Neuer Radweg am Rhein", None),
    ],
)
def test_glued_keys(line: str, words: str | None) -> None:
    found = glued_keys(line)
    assert (found and found[2]) == words or (found is None and words is None)


def test_kickers_glued_to_wrapped_titles() -> None:
    """Every title is wrapped where it goes on in lower case, its first line the kicker
    and a word or two: those first lines count for the source's titles opening so."""
    found = []
    for page_id, text, title in pages(": "):
        line, rest = text.split("\n\n", 1)
        words = line.split(" ")
        cut = next(k for k in range(3, len(words)) if words[k][:1].islower())
        wrapped = f"{' '.join(words[:cut])}\n\n{' '.join(words[cut:])}"
        found.append((page_id, f"{wrapped}\n\n{rest}", title))
    evidence = gathered(found)
    for page_id, text, title in found:
        assert clean_page(text, evidence, "site", page_id).title == title


# Kickers in capitals, glued to the title by a space alone.
CAPS_KICKERS = ("ZUGESPITZT", "NACHGEHAKT", "BRANDNEU", "AUSSENTERMIN", "DRINNEN", "SPOTLIGHT")


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("ANALYSE Neuer Radweg am Rhein", ("ANALYSE", "Neuer Radweg am Rhein")),
        ("ÄRGER Über die Brücke wird gestritten", ("ÄRGER", "Über die Brücke wird gestritten")),
        ("EILT 5.000 Jobs fallen weg", ("EILT", "5.000 Jobs fallen weg")),
        # A word in capitals glued to the rest by a hyphen is the title's own.
        ("COMPACT-TV: Neuer Radweg am Rhein", ("COMPACT-TV", "Neuer Radweg am Rhein")),
        ("Neuer Radweg am Rhein", None),
    ],
)
def test_split_glued_caps(line: str, expected: tuple[str, str] | None) -> None:
    found = split_glued(line)
    assert (found and (found[0], found[2])) == expected or (found is None and expected is None)


def caps_pages(kicked: int = len(ARTICLES)) -> list[tuple[str, str, str]]:
    """Return (id, text, title) of a source's pages, the first `kicked` with a kicker in
    capitals before their title behind a space."""
    out = []
    for n, (title, one, two) in enumerate(ARTICLES):
        line = f"{CAPS_KICKERS[n]} {title}" if n < kicked else title
        text = "\n\n".join((line, "Von Anna Keller", f"{one} {two}", f"{two} {one}"))
        out.append((f"p{n}", text, title))
    return out


def test_a_kicker_in_capitals_glued_by_a_space() -> None:
    """The source's title lines open with a word in capitals on every page: a kicker."""
    found = caps_pages()
    evidence = gathered(found)
    for page_id, text, title in found:
        assert clean_page(text, evidence, "site", page_id).title == title


def test_a_word_in_capitals_stays_where_the_source_seldom_opens_so() -> None:
    """One title of the source opens with a word in capitals: the title's own."""
    found = caps_pages(kicked=1)
    evidence = gathered(found)
    page_id, text, title = found[0]
    assert clean_page(text, evidence, "site", page_id).title == f"{CAPS_KICKERS[0]} {title}"
