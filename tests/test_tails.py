"""Tests for index.tails: the tail a site ends its teasers' leads with, in any wording."""

from __future__ import annotations

import pytest

from index.evidence import Gatherer
from index.tails import link_tail, linked_shapes, page_tails

LEAD = (
    "Der Gemeinderat hat am Abend lange über den neuen Haushalt der Stadt und die Schulden"
    " beraten, doch eine Einigung über die Kosten"
)
SENTENCE = (
    "Der Gemeinderat hat am Abend lange über den neuen Haushalt der Stadt und die Schulden"
    " beraten, ohne sich zu einigen."
)
HEADLINE = "Gemeinderat streitet über den Haushalt: die Sitzung im Mitschnitt"


@pytest.mark.parametrize(
    ("line", "tail"),
    [
        (f"{LEAD} ⸳⸱⸳", "⸳⸱⸳"),
        (f"{SENTENCE} ⸳⸱⸳", "⸳⸱⸳"),  # after a whole sentence too
        (f"{SENTENCE} [ … ]", "[ … ]"),
        (f"{LEAD} ▷ ▷", "▷ ▷"),
        (f"{LEAD} [lies weiter]", "[lies weiter]"),
        (f"{LEAD} (ganzer Text)", "(ganzer Text)"),
        (f"{SENTENCE} (Beifall)", ""),  # a remark after a sentence
        (f"{LEAD} [hier steht viel zu viel drin]", ""),  # no link says so much
        ("Nur drei Wörter ▷▷", ""),  # too little text before it
        (f"{HEADLINE} (Video)", ""),  # a headline's tag, not a lead's link
        (SENTENCE, ""),
        (LEAD, ""),
    ],
)
def test_link_tail(line: str, tail: str) -> None:
    assert link_tail(line) == tail


def test_a_page_counts_tails_ending_two_lines_or_more() -> None:
    lines = ["Titel", f"{SENTENCE} ⸳⸱⸳", f"{LEAD} ⸳⸱⸳", f"{SENTENCE} ▷▷", SENTENCE]
    assert page_tails(lines) == {"⸳⸱⸳"}


NAMES = ("Anna", "Ben", "Cem", "Dora", "Emil", "Frida", "Gül", "Hans", "Ines", "Jan")


def leads_page(n: int, tail: str, leads: int) -> list[str]:
    """Return a page of its own body and `leads` teaser leads ending in tail."""
    name = NAMES[n]
    teasers = [
        f"Eine andere Geschichte über {NAMES[(n + k) % 10]} ist erzählt, und sie ist lang"
        f" genug für einen Vorspann, der mehr als eine Zeile füllt. {tail}"
        for k in range(1, leads + 1)
    ]
    return [
        f"Ein Titel über {name}",
        f"Der Text über {name} ist lang genug für einen Absatz.",
        *teasers,
    ]


@pytest.mark.parametrize(
    ("leads", "pages", "known"),
    [
        (2, 10, True),  # the site's teasers: two leads or more on many pages
        (1, 10, False),  # one line a page: an article's own ending, as "(dpa)"
        (3, 2, False),  # too few pages
    ],
)
def test_evidence_knows_the_tails_of_a_sources_leads(leads: int, pages: int, known: bool) -> None:
    gatherer = Gatherer()
    for n in range(pages):
        gatherer.add_lines("site", leads_page(n, "⸳⸱⸳", leads))
    found = gatherer.evidence()
    line = f"{SENTENCE} ⸳⸱⸳"
    assert found.links("site", [line, SENTENCE]) == ({"⸳⸱⸳"} if known else set())
    assert found.links("other-site", [line]) == set()


@pytest.mark.parametrize(
    ("line", "kind"),
    [
        (f"{SENTENCE} ⸳⸱⸳", "marker"),
        (f"{LEAD} [ … ]", "marker"),
        (f"{SENTENCE} ∷", "open"),  # not the source's tail
        (SENTENCE, "closed"),
    ],
)
def test_lines_ending_in_a_known_tail_are_leads(line: str, kind: str) -> None:
    shapes = linked_shapes([line], {"⸳⸱⸳", "[ … ]"})
    assert shapes[0].end.kind == kind


@pytest.mark.parametrize(
    ("line", "kind"),
    [
        # The source's link after a whole sentence: a lead cut after a full stop.
        (f"{SENTENCE} (ganzer Text)", "marker"),
        (f"{LEAD} (ganzer Text)", "marker"),
        # Another tail, or none: the line's own ending.
        (f"{SENTENCE} (Beifall)", "closed"),
        (SENTENCE, "closed"),
    ],
)
def test_a_sources_link_after_a_sentence_ends_a_lead(line: str, kind: str) -> None:
    assert linked_shapes([line], {"(ganzer Text)"})[0].end.kind == kind
    assert link_tail(line, after_sentence=True) in ("", "(ganzer Text)", "(Beifall)")
