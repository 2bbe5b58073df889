"""Tests for index.briefs: runs of other stories' dispatches, briefs under a label."""

from __future__ import annotations

import pytest
from page_parts import P1, P2, P3, SITE_ARTICLES, TITLE, page_of

from index.briefs import dispatch
from index.clean import clean_page, gather_page
from index.evidence import Evidence, Gatherer

# Other stories' first sentences, as briefs set them.
BRIEF_1 = "Zwei Elefantenkühe aus einem asiatischen Tierpark sollen bald im Zoo eintreffen."
BRIEF_2 = "Nach dem trockenen Sommer hängen an vielen Rebstöcken nur wenige Trauben."
BRIEF_3 = "Der Flughafen meldet für diesen Monat einen Rekord an Fluggästen."
# A short paragraph of the article's own (its words: Straßenbahn, Stadtrat, Bau).
OWN = "Der Stadtrat will den Bau der Straßenbahn im Herbst noch einmal prüfen."
LABEL = "Kurz notiert ⟢"


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("BRETTEN (dpa) – Die Feuerwehr rückte am Morgen aus.", True),
        ("BERNKASTEL-KUES (epd) – Der Weinmarkt öffnet.", True),
        ("DAUN/lrs ⋇ Die Kreisstraße ist wieder frei.", True),
        ("NAUMBURG. Der Dom bekommt ein neues Dach.", True),
        ("INDIANAPOLIS (AP) — A budget deal gained the governor's endorsement.", True),
        # An interview's speaker, a heading in capitals, an abbreviation in a sentence.
        ("GRÜTTERS: Ich verstehe die Empörung.", False),
        ("BERICHT EINES UNTERNEHMERS IM GASTGEWERBE", False),
        ("USA und China streiten über Zölle.", False),
        ("EU – Die Kommission legt einen Plan vor.", False),
        ("Berlin (dpa) – Die Feuerwehr rückte am Morgen aus.", False),
    ],
    ids=[
        "agency-in-brackets",
        "hyphenated-place",
        "agency-behind-slash",
        "place-and-full-stop",
        "english-em-dash",
        "interview-speaker",
        "caps-heading",
        "abbreviation-in-sentence",
        "two-letters",
        "place-not-in-capitals",
    ],
)
def test_dispatch(line: str, expected: bool) -> None:
    assert dispatch(line) is expected


def _dispatches(*briefs: str) -> list[str]:
    """Return the briefs as dispatches of other places."""
    places = ("BRETTEN (dpa) – ", "DAUN (lrs) – ", "JÜTERBOG (epd) – ")
    return [place + brief for place, brief in zip(places, briefs, strict=False)]


@pytest.mark.parametrize(
    ("lines", "gone", "kept"),
    [
        # Two dispatches of other stories after the body: both go.
        ([P1, P2, P3, *_dispatches(BRIEF_1, BRIEF_2)], 2, [P1, P2, P3]),
        # Three between the paragraphs.
        ([P1, *_dispatches(BRIEF_1, BRIEF_2, BRIEF_3), P2, P3], 3, [P1, P2, P3]),
        # The article's own opening is a dispatch, and one other story's after it: kept.
        ([*_dispatches(P1), P2, P3, *_dispatches(BRIEF_1)], 0, []),
        # Only the article's own opening: kept.
        ([*_dispatches(P1), P2, P3], 0, []),
    ],
    ids=["after-body", "between-paragraphs", "one-alone", "own-opening"],
)
def test_dispatch_runs(lines: list[str], gone: int, kept: list[str]) -> None:
    got = clean_page(page_of(TITLE, *lines))
    mine = [d for d in got.dropped if "dispatches of other stories" in d.detail]
    assert len(mine) == gone
    for line in kept:
        assert line in got.body.split("\n")
    if not gone:
        assert got.body.split("\n") == [line for line in lines if line != ""]


def run(target: str, label: str = LABEL) -> Evidence:
    """Gather a source of ten pages with the label between their two paragraphs (over a
    line of each page's own), and the target page."""
    gatherer = Gatherer()
    for n, (title, first, second) in enumerate(SITE_ARTICLES):
        gather_page(gatherer, f"site/{n}", "site", page_of(title, first, label, second, first))
    gather_page(gatherer, "target", "site", target)
    return gatherer.evidence()


@pytest.mark.parametrize(
    ("under", "gone"),
    [
        # Two other stories' first sentences under the source's label: both go.
        ((BRIEF_1, BRIEF_2), 2),
        ((BRIEF_1, BRIEF_2, BRIEF_3), 3),
        # One alone may be the article's own paragraph under an advertising label: kept.
        ((BRIEF_1,), 0),
        # The article's own short paragraph under the label, then one brief: kept.
        ((OWN, BRIEF_1), 0),
        # Two sentences about the article's subject: kept.
        ((OWN, OWN.replace("Herbst", "Winter")), 0),
    ],
    ids=["two-briefs", "three-briefs", "one-brief", "own-first", "own-paragraphs"],
)
def test_briefs_under_label(under: tuple[str, ...], gone: int) -> None:
    target = page_of(TITLE, P1, LABEL, *under, P2, P3)
    got = clean_page(target, run(target), "site", "target")
    mine = [d.text for d in got.dropped if "under a label of the source" in d.detail]
    assert len(mine) == gone
    assert all(line in got.body.split("\n") for line in (P1, P2, P3))
    if gone:
        assert set(mine) == set(under)


def test_label_over_the_body_is_no_slot() -> None:
    # Under the label before any paragraph: the article's own opening stays.
    target = page_of(TITLE, LABEL, BRIEF_1, BRIEF_2, P1, P2, P3)
    got = clean_page(target, run(target), "site", "target")
    assert not [d for d in got.dropped if "under a label of the source" in d.detail]
