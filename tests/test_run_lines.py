"""Tests for index.run_lines and index.pieces: other stories' text told by the run's pages."""

from __future__ import annotations

import pytest
from page_parts import H1, H2, L2, P1, P2, P3, SITE_ARTICLES, TITLE, page_of

from index.clean import clean_page, gather_page
from index.evidence import Evidence, Gatherer
from index.footer_start import run_in
from index.pieces import pieces, slots
from index.shape import Shape

LEAD = (
    "Die Gewerkschaft hat ihre Mitglieder zu einem Ausstand von zwei Tagen aufgerufen, "
    "nachdem die Verhandlungen gescheitert sind."
)
OTHER_TITLE = "Messe zieht mehr Besucher an als je zuvor"
OTHER_BODY = (
    "Die Veranstalter zählten an vier Tagen mehr als hunderttausend Gäste aus vielen Ländern "
    "der Welt, so viele wie noch nie. Die Hallen waren an allen Tagen voll."
)


def other_page(n: int, *tail: str) -> str:
    """A page of another article with lines of its own after the body."""
    title, first, second = SITE_ARTICLES[n]
    return page_of(title, first, second, *tail)


def run(target: str, others: list[tuple[str, str]], source: str = "z") -> Evidence:
    """Gather the evidence of a run over the other pages (source, text) and the target."""
    gatherer = Gatherer()
    for n, (src, page) in enumerate(others):
        gather_page(gatherer, f"{src}/{n}", src, page)
    gather_page(gatherer, "target", source, target)
    gather_page(gatherer, "other", "m", page_of(OTHER_TITLE, OTHER_BODY, P3))
    return gatherer.evidence()


def reasons(target: str, evidence: Evidence, source: str = "z") -> dict[str, str]:
    got = clean_page(target, evidence, source, "target")
    return {d.text: d.explain() for d in got.dropped}


@pytest.mark.parametrize(
    ("line", "sources", "why"),
    [
        # A headline standing on pages of two other sources: another story's.
        (H1, ("a", "b"), "seen on pages of 3 sources of the run"),
        # On other pages of its own source only: the source's text, no evidence of the run.
        (H1, ("z", "z"), ""),
        # Run into its lead: the headline it opens with is known.
        (f"{H1}. {LEAD}", ("a", "b"), "holds a text seen on pages of 2 sources of the run"),
        # Behind a time of day, as a ticker shows it.
        (f"12:04 ⟶ {H1}", ("a", "b"), "holds a text seen on pages of 2 sources of the run"),
        # Another article's title run into its lead.
        (f"{OTHER_TITLE}. {LEAD}", (), "teaser of article other"),
    ],
)
def test_line_seen_on_other_pages_of_the_run(line: str, sources: tuple[str, ...], why: str) -> None:
    target = page_of(TITLE, P1, line, P2, P3)
    evidence = run(target, [(src, other_page(n, H1, H2)) for n, src in enumerate(sources)])
    got = reasons(target, evidence)
    if why:
        assert why in got[line]
    else:
        assert line not in got or "of the run" not in got[line]


def test_page_own_text_stays() -> None:
    # The page's opening, quoted by other pages, and its title, named by them.
    opening = "Der Stadtrat hat am Dienstag die Verlängerung der Straßenbahn beschlossen."
    target = page_of(TITLE, opening, P1, P2, P3)
    evidence = run(target, [(src, other_page(n, opening, TITLE)) for n, src in enumerate("ab")])
    got = clean_page(target, evidence, "z", "target")
    assert got.body.split("\n") == [opening, P1, P2, P3]


def test_passage_recurring_with_its_neighbour_stays() -> None:
    # A list of the publisher's own, on other pages in the same order: the article's text.
    target = page_of(TITLE, P1, P2, H1, H2, P3)
    evidence = run(target, [(src, other_page(n, H1, H2)) for n, src in enumerate("ab")])
    got = reasons(target, evidence)
    assert "of the run" not in got.get(H1, "") + got.get(H2, "")


def test_headlines_in_a_block_with_a_known_one_go() -> None:
    # Between the title and the body, under the site's recurring heading.
    heading = "Bereits berichtet"
    fresh = "Zoo begrüßt seltenen Nachwuchs bei den Pandas"
    target = page_of(TITLE, heading, H1, fresh, P1, P2, P3)
    pages = [(src, other_page(n, H1)) for n, src in enumerate("ab")]
    pages += [("z", other_page(n, heading, H2, P3)) for n in range(2, 8)]
    got = reasons(target, run(target, pages))
    assert "of the run" in got[H1]
    assert got[fresh] == "teaser of another article (headline in one block with another article's)"


@pytest.mark.parametrize(
    ("wording", "told"),
    [
        ("Schon gesehen? {}", True),
        ("„{}“ – ebenfalls heute erschienen", True),
        # A wording on no other page of the source: no template.
        (None, False),
    ],
)
def test_pointer_wording_recurring_on_the_source(wording: str | None, told: bool) -> None:
    line = (wording or "Schon gesehen? {}").format(H2)
    target = page_of(TITLE, P1, line, P2, P3)
    pages = []
    for n in range(2, 8):
        title = SITE_ARTICLES[n - 1][0]
        pointer = wording.format(f"{title} und mehr") if wording else P3
        pages.append(("z", other_page(n, pointer)))
    got = reasons(target, run(target, pages))
    if told:
        assert got[line].startswith("line announcing another article (wording seen on")
    else:
        assert "wording seen on" not in got.get(line, "")


@pytest.mark.parametrize(
    ("label", "told"),
    [
        ("Previously in these pages:", True),
        ("Hierzu vormals gedruckt:", True),
        # A label on no other page of the source: no template.
        (None, False),
        # A recurring line that introduces nothing (no colon): a box's heading, not a label.
        ("Previously in these pages", False),
    ],
)
def test_headline_under_a_recurring_label(label: str | None, told: bool) -> None:
    shown = label or "Previously in these pages:"
    target = page_of(TITLE, P1, shown, H2, P2, P3)
    pages = []
    for n in range(2, 8):
        tail = (label, f"{SITE_ARTICLES[n - 1][0]} und mehr") if label else (P3,)
        pages.append(("z", other_page(n, *tail)))
    got = reasons(target, run(target, pages))
    if told:
        assert got[H2].startswith("line announcing another article (headline under a label")
    else:
        assert "under a label" not in got.get(H2, "")


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        (f"{H1}. {LEAD}", True),
        ("1. Mai: Demonstration in der Innenstadt verboten. " + LEAD, True),
        # A paragraph's sentences, too long a lead; a speaker; a line with no sentence end.
        (f"{P1} {P2} {P3} {P1}", False),
        (f"Der Bürgermeister sagte dazu: {LEAD}", False),
        (H1, False),
    ],
)
def test_run_in(line: str, expected: bool) -> None:
    assert run_in(Shape(line)) is expected


@pytest.mark.parametrize(
    ("elsewhere", "gone"),
    [
        # One of them another story's by the run: all go.
        (("a", "b"), True),
        # None known: a paragraph's sentences read alike, they stay.
        ((), False),
    ],
)
def test_one_line_teasers_under_the_footer_template(elsewhere: tuple[str, ...], gone: bool) -> None:
    share = "Teilen ⟶ Mail ⁝ Messenger"
    tail = [share, f"{H1}. {LEAD}", f"{H2}. {L2} Fristen und Kosten."]
    target = page_of(TITLE, P1, P2, P3, *tail)
    pages = [("z", other_page(n % len(SITE_ARTICLES), share)) for n in range(12)]
    pages += [(src, other_page(n, H1)) for n, src in enumerate(elsewhere)]
    got = clean_page(target, run(target, pages), "z", "target")
    assert got.body.split("\n") == [P1, P2, P3] + ([] if gone else tail[1:])


@pytest.mark.parametrize(
    ("line", "found"),
    [
        (f"{H1}. {LEAD}", [H1]),
        (f"„{H2}“ – ebenfalls erschienen", [H2]),
        (f"{H1} | {OTHER_TITLE}", [H1, OTHER_TITLE]),
        (f"[08:15] {H1}", [H1]),
    ],
)
def test_pieces(line: str, found: list[str]) -> None:
    got = pieces(line)
    assert all(f in got for f in found)


@pytest.mark.parametrize(
    ("line", "wording"),
    [
        (f"Schon gesehen? {H1}", "Schon gesehen?"),
        (f"„{H1}“ – heute erschienen", " – heute erschienen"),
        (H1, None),
    ],
)
def test_slots(line: str, wording: str | None) -> None:
    got = [w for w, headline in slots(line) if headline == H1]
    assert got == ([wording] if wording else [])
