"""Tests for index.title_split: a title split over two lines at its own colon, question
mark or dash."""

from __future__ import annotations

import pytest
from page_parts import P1, P2, P3

from index.clean import clean_page
from index.shape import Shape
from index.title_split import kicker_by_body, split_at_mark

BODY = (P1, P2, P3)


@pytest.mark.parametrize(
    ("above", "below", "expected"),
    [
        # The first line's words are not the body's, the headline's are: a kicker.
        ("Kritik wächst:", "Straßenbahn fährt bald nach Westen", True),
        # One word of the body (a common one) and fewer than the headline's: a kicker.
        ("Kommt die Straßenbahn?", "Stadtrat beschließt neue Linie", True),
        # Two words of the body: the title's first half.
        ("Stadtrat beschließt:", "Straßenbahn fährt bald weiter", False),
        # The two lines share a word: one story, no kicker.
        ("Straßenbahn kommt:", "Neue Straßenbahn nach Westen", False),
        # The headline shares no more with the body than the first line does.
        ("Kritik wächst:", "Radweg bleibt gesperrt", False),
    ],
)
def test_kicker_by_body(above: str, below: str, expected: bool) -> None:
    assert kicker_by_body(above, below, " ".join(BODY)) is expected


@pytest.mark.parametrize(
    ("above", "below", "expected"),
    [
        ("Stadtrat beschließt neue Linie", "– Anwohner fürchten Lärm",
         "the next line goes on after a dash"),
        ("Stadtrat beschließt:", "Straßenbahn fährt bald weiter",
         "the title goes on after its own colon or question mark"),
        ("Straßenbahn kommt?", "Neue Straßenbahn nach Westen",
         "the title goes on after its own colon or question mark"),
        # A kicker over the title, by the body's words.
        ("Kritik wächst:", "Straßenbahn fährt bald nach Westen", ""),
        # No mark: nothing of this module's.
        ("Stadtrat beschließt neue Linie", "Anwohner fürchten Lärm", ""),
        # A label alone under the colon: no title's half.
        ("Stadtrat beschließt:", "Video", ""),
        # A sentence with a credit after it under a question: a photo's caption.
        ("Straßenbahn kommt?", "Die Straßenbahn im Depot. Fotograf ⟶ Bildarchiv Hegau", ""),
        # No word of the story under a question: a photo's credit.
        ("Straßenbahn kommt?", "Picture via Fotoarchiv Hegau, shot by Miriam Sommer", ""),
        # The body's first line under a question: introducing a quotation, or too long.
        ("Straßenbahn kommt?", "Die Stadträtin sagte dazu im Rathaus:", ""),
        ("Straßenbahn kommt?", "Liebe Leser, oder sollte man heute lieber fragen, wann denn "
         "endlich die Bahn in den Westen fährt, wie versprochen?", ""),
    ],
)  # fmt: skip
def test_split_at_mark(above: str, below: str, expected: str) -> None:
    lines = [above, below, *BODY]
    assert split_at_mark(lines, 0, Shape(below)) == expected


@pytest.mark.parametrize(
    ("head", "title"),
    [
        # Split at its colon, its question mark, before its dash: one title.
        ("Stadtrat beschließt:\nStraßenbahn fährt bald weiter",
         "Stadtrat beschließt: Straßenbahn fährt bald weiter"),
        ("Straßenbahn kommt?\nNeue Straßenbahn nach Westen",
         "Straßenbahn kommt? Neue Straßenbahn nach Westen"),
        ("Stadtrat beschließt neue Linie\n– Anwohner fürchten Lärm",
         "Stadtrat beschließt neue Linie – Anwohner fürchten Lärm"),
        ("Kommt die Straßenbahn?\n– Stadtrat beschließt neue Linie",
         "Kommt die Straßenbahn? – Stadtrat beschließt neue Linie"),
        # A kicker over the title, ending in a colon or a question mark: not the title's.
        ("Kritik wächst:\nStraßenbahn fährt bald nach Westen",
         "Straßenbahn fährt bald nach Westen"),
        ("Kommt die Straßenbahn?\nStadtrat beschließt neue Linie",
         "Stadtrat beschließt neue Linie"),
    ],
)  # fmt: skip
def test_a_title_split_at_its_mark(head: str, title: str) -> None:
    text = "\n\n".join((*head.split("\n"), "12.03.2023", *BODY))
    got = clean_page(text)
    assert got.title == title
    assert got.body == "\n".join(BODY)
