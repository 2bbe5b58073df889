"""Tests for index.other_headlines: another article's headline before the title."""

from __future__ import annotations

import page_parts as parts
import pytest

from index.clean import clean_page
from index.evidence import Evidence
from index.line_keys import prefix_key, text_key
from index.other_headlines import stems


def page(*lines: str) -> str:
    """Lay lines out as a page."""
    return "\n\n".join(lines)


# Lines before the title of the article of tests/page_parts.py that name other articles.
FOREIGN = "+++ Hochwasser: Pegel an der Elbe steigt weiter +++"
TICKER = "Eilmeldung: Kosten für Bahnfahrten in Köln steigen deutlich"
BREAKING = "Breaking ▸ Bahnstreik legt den Verkehr im ganzen Land lahm"
FONT = "Schriftgröße: klein · mittel · groß"
DEK = "Straßenbahn bis in den Westen: Bau beginnt im kommenden Frühjahr"


def _labelled(line: str) -> Evidence:
    key = prefix_key(line)
    assert key is not None
    return Evidence(repeated={"site": {key: 30}})


def _titled(line: str, article: str) -> Evidence:
    key = text_key(line)
    assert key is not None
    return Evidence(titles={key: (("other", article),)})


@pytest.mark.parametrize(
    ("top", "evidence", "title"),
    [
        # Shares no word with the body, the headline below does.
        ([FOREIGN, FONT, parts.TITLE], Evidence(), parts.TITLE),
        # Shares fewer words than the headline below, and opens as lines of the source's
        # other pages do ("Eilmeldung: …").
        ([TICKER, FONT, parts.TITLE], _labelled(TICKER), parts.TITLE),
        # Shares fewer words, and names another article of the archive after a label.
        ([BREAKING, FONT, parts.TITLE], _titled(parts.H1, parts.H1), parts.TITLE),
        # Without the evidence a line sharing some words stays the title.
        ([TICKER, FONT, parts.TITLE], Evidence(), TICKER),
        # A subheading sharing more words than the title does not replace it.
        ([parts.TITLE, DEK], Evidence(), parts.TITLE),
        # Nothing below that could be the title: the labelled line is the title.
        ([TICKER], _labelled(TICKER), TICKER),
    ],
    ids=["no-shared-word", "recurring-label", "another-title", "no-evidence", "dek", "alone"],
)
def test_another_articles_headline_before_the_title_is_no_title(
    top: list[str], evidence: Evidence, title: str
) -> None:
    text = page(*top, parts.P1, parts.P2, parts.P3)
    got = clean_page(text, evidence, "site", "own")
    assert got.title == title
    assert parts.P1 in got.body.split("\n")


# A ticker whose words all come back in the body, opening with the site's label.
SLOT = "EIL: Stadtrat beschließt Kosten für Straßenbahn im Westen"


def _slot(opened: int, size: int) -> Evidence:
    key = prefix_key(SLOT)
    assert key is not None
    return Evidence(repeated={"site": {key: opened}}, sizes={"site": size})


@pytest.mark.parametrize(
    ("top", "evidence", "title"),
    [
        # Its label opens lines on 30 of the source's 40 pages: a slot of the template.
        ([SLOT, FONT, parts.TITLE], _slot(30, 40), parts.TITLE),
        ([SLOT, parts.TITLE], _slot(20, 40), parts.TITLE),
        # On a quarter of them only: it may be a title's kicker, and stays the title.
        ([SLOT, FONT, parts.TITLE], _slot(10, 40), SLOT),
        # Nothing below that could be the title.
        ([SLOT], _slot(30, 40), SLOT),
        # The source's size unknown (evidence from before it was counted).
        ([SLOT, FONT, parts.TITLE], _slot(30, 0), SLOT),
    ],
    ids=["three-quarters", "half", "quarter", "alone", "no-size"],
)
def test_line_opening_as_on_most_pages_of_the_source_is_no_title(
    top: list[str], evidence: Evidence, title: str
) -> None:
    text = page(*top, parts.P1, parts.P2, parts.P3)
    assert clean_page(text, evidence, "site", "own").title == title


@pytest.mark.parametrize(
    ("a", "b", "shared"),
    [
        ("Impfung für alle", "Der Impfstoff wirkt", {"impf"}),
        ("Corona in Köln", "Die Corona-Pandemie", {"coro"}),
        ("Der Bahnstreik", "Die Straßenbahn", set()),
        ("Wir sind da", "Sie ist es", set()),  # stopwords and short words
    ],
)
def test_stems_match_inflections_and_compounds(a: str, b: str, shared: set[str]) -> None:
    assert stems(a) & stems(b) == shared


SITE = "Der Stadtbote"


@pytest.mark.parametrize(
    ("top", "title", "detail"),
    [
        # The page's head title: the title with the site's name before or after it.
        ([f"{SITE} | {parts.TITLE}", parts.TITLE], parts.TITLE, "site's name or a label"),
        ([f"{parts.TITLE} – {SITE}", FONT, parts.TITLE], parts.TITLE, "site's name or a label"),
        # A sticky line naming the article being read.
        ([f"Sie lesen gerade: {parts.TITLE}", parts.TITLE], parts.TITLE, "site's name or a label"),
        # Other stories' headlines listed on one line after a label, over the title.
        ([f"Meistgelesen ▪ {parts.H1} ▪ {parts.H2}", parts.TITLE], parts.TITLE, "listed on one"),
        ([f"{parts.H1} ‧ {parts.H2}", parts.TITLE], parts.TITLE, "listed on one line"),
    ],
    ids=["head-title-before", "head-title-after", "sticky", "labelled-row", "row"],
)
def test_banner_holding_the_title_or_other_headlines_is_no_title(
    top: list[str], title: str, detail: str
) -> None:
    got = clean_page(page(*top, parts.P1, parts.P2, parts.P3))
    assert got.title == title
    assert detail in got.dropped[0].explain()
    assert got.body.split("\n") == [parts.P1, parts.P2, parts.P3]


@pytest.mark.parametrize(
    "lines",
    [
        # A subheading in the body that the title ends with: the title stays.
        [f"Straßenbahn: {DEK}", parts.P1, DEK, parts.P2],
        # A title made of two headlines of its own story (they share words with the dek).
        [
            "Straßenbahn in den Westen | Stadtrat beschließt den Bau der Linie",
            "Der Stadtrat beschließt den Bau der Straßenbahn in den Westen, sagt der Rat",
            parts.P1,
            parts.P2,
        ],
    ],
    ids=["subheading-after-prose", "own-headline-row"],
)
def test_title_holding_a_later_line_stays(lines: list[str]) -> None:
    got = clean_page(page(*lines))
    assert got.title == lines[0]


def _site_pages(top: str) -> list[tuple[str, str, str]]:
    """Return (id, text, title) of a source's pages, each under a line made of `top` with
    its own title or the next page's (`{title}`, `{other}`)."""
    articles = parts.SITE_ARTICLES[:6]
    out = []
    for n, (title, one, two) in enumerate(articles):
        other = articles[(n + 1) % len(articles)][0]
        line = top.format(title=title, other=other)
        text = page(line, title, "Von Anna Keller", f"{one} {two}", f"{two} {one}")
        out.append((f"p{n}", text, title))
    return out


@pytest.mark.parametrize(
    "top",
    [
        "Ticker: {other}",  # the site's ticker names the next page's story
        "Ticker: {title}",  # the same label over the page's own title, a copy of it
        "LIVE: {title}",
    ],
)
def test_a_label_over_the_title_on_every_page_of_a_run_is_no_title(top: str) -> None:
    """Gathered over the run's pages, a label opening the line over the title on every
    page of the source is the template's: the line under it is the title."""
    found = _site_pages(top)
    evidence = parts.gathered(found)
    for page_id, text, title in found:
        assert clean_page(text, evidence, "site", page_id).title == title
