"""Tests for index.briefs: runs of other stories' dispatches, briefs under a label."""

from __future__ import annotations

import pytest
from page_parts import P1, P2, P3, SITE_ARTICLES, TITLE, page_of

from index.briefs import dated, dispatch, run_in
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


# Another story's headline run into its first sentence, foreign to the article.
RUN_IN = (
    "Zoo erwartet zwei junge Elefanten ⟡ Zwei Elefantenkühe aus einem asiatischen Tierpark "
    "sollen bald eintreffen."
)


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        (RUN_IN, True),
        ("Winzer rechnen mit kleiner Ernte — Nach dem trockenen Sommer hängen nur wenige "
         "Trauben an den Rebstöcken.", True),
        # A dash inside a sentence going on in lower case; a quotation's dash; a shout.
        ("Die Verwaltung will den Bau – trotz der Kosten – noch in diesem Jahr beginnen.", False),
        ("In diesem „Appell – für alle“ geht es um: Neue Regeln für die Stadt und das Land.",
         False),
        ("HIER WIRD GEBAUT – Bleibt bei eurer Planung für die ganze Stadt!", False),
        # Two sentences after the mark, or a sentence before it.
        ("Zoo erwartet zwei Elefanten ⟡ Sie kommen bald. Der Zoo freut sich sehr darauf.", False),
        ("Der Zoo ist voll. Heute ⟡ Zwei Elefantenkühe sollen bald aus Asien eintreffen.", False),
        # A reader's card with a time: index/stamped.py judges it by the source's template.
        ("Leserstimme von Elbnixe (15:09 Uhr) ⟜ Der Zoo bekommt zwei junge Elefanten.", False),
    ],
    ids=["symbol", "em-dash", "dash-in-sentence", "quoted-dash", "shout", "two-sentences",
         "sentence-before", "reader-card"],
)  # fmt: skip
def test_run_in(line: str, expected: bool) -> None:
    assert run_in(line) is expected


@pytest.mark.parametrize(
    ("lines", "gone"),
    [
        # Between two paragraphs: goes.
        ([P1, RUN_IN, P2, P3], True),
        # After the last paragraph (the footer's rules judge it there), over the first.
        ([P1, P2, P3, RUN_IN], False),
        # A headline of the article's own subject run into a sentence: kept.
        ([P1, "Stadtrat streitet über die Straßenbahn ⟡ Die Kosten der Straßenbahn "
              "steigen weiter, sagt der Stadtrat.", P2, P3], False),
    ],
    ids=["between-paragraphs", "after-body", "own-subject"],
)  # fmt: skip
def test_run_in_between_paragraphs(lines: list[str], gone: bool) -> None:
    got = clean_page(page_of(TITLE, *lines))
    mine = [d.text for d in got.dropped if "run into its first sentence" in d.detail]
    assert bool(mine) is gone
    assert all(line in got.body.split("\n") for line in (P1, P2, P3))


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("12. März 2020: Die Weltgesundheitsorganisation ruft die Pandemie aus.", True),
        ("▪ 3. Okt. 2019 ⋄ Der Zoo erwartet zwei Elefanten.", True),
        ("12.03.2020 – Der Zoo erwartet zwei Elefanten.", True),
        # A date inside a sentence, a year alone, a time.
        ("12. März war ein kalter Tag im ganzen Land.", False),
        ("2020 wurde der Zoo erweitert.", False),
        ("14:32 – Der Zoo erwartet zwei Elefanten.", False),
    ],
    ids=["month-name", "bullet-abbreviated", "numeric", "in-sentence", "year", "time"],
)
def test_dated(line: str, expected: bool) -> None:
    assert dated(line) is expected


def _rows(*texts: str) -> list[str]:
    """Return the texts as rows of a timeline."""
    dates = ("3. Okt. 2019 ⌁ ", "12. März 2020 ⌁ ", "1. Juni 2021 ⌁ ")
    return [date + text for date, text in zip(dates, texts, strict=False)]


@pytest.mark.parametrize(
    ("lines", "gone"),
    [
        # Other stories' first sentences behind dates after the body: they go.
        ([P1, P2, P3, *_rows(BRIEF_1, BRIEF_2, BRIEF_3)], 3),
        # The article's own chronology (its words): kept.
        ([P1, P2, *_rows(OWN, "Der Stadtrat beschließt den Bau der Straßenbahn."), P3], 0),
        # One row alone: kept.
        ([P1, P2, P3, *_rows(BRIEF_1)], 0),
    ],
    ids=["other-stories", "own-chronology", "one-row"],
)
def test_dated_rows(lines: list[str], gone: int) -> None:
    got = clean_page(page_of(TITLE, *lines))
    mine = [d for d in got.dropped if "dated rows of other stories" in d.detail]
    assert len(mine) == gone
    assert all(line in got.body.split("\n") for line in (P1, P2, P3))
