"""Query parsing: clauses, operators, questions; never an error."""

from __future__ import annotations

import pytest

from search.query import is_question, parse


@pytest.mark.parametrize(
    ("text", "groups", "excluded"),
    [
        ("Waffenlieferungen Nordkorea", [["Waffenlieferungen"], ["Nordkorea"]], []),
        ('"Kim Jong-un" Putin', [["Kim Jong-un"], ["Putin"]], []),
        ("Impfung -Astrazeneca", [["Impfung"]], ["Astrazeneca"]),
        ("Impfung NICHT Astrazeneca", [["Impfung"]], ["Astrazeneca"]),
        ("Heizungsgesetz OR Deutschlandticket", [["Heizungsgesetz", "Deutschlandticket"]], []),
        ('"unclosed phrase', [["unclosed phrase"]], []),
        ("OR AND NOT", [], []),
        ('"" - ( )', [], []),
        ("Putin, Kim!", [["Putin"], ["Kim"]], []),
    ],
)
def test_parse(text: str, groups: list[list[str]], excluded: list[str]) -> None:
    parsed = parse(text)
    assert [[c.text for c in g] for g in parsed.groups] == groups
    assert [c.text for c in parsed.excluded] == excluded


@pytest.mark.parametrize(
    ("text", "question"),
    [
        ("Wie viele Bälle fing Josh Norman ab?", True),
        ("Wer gewann den Super Bowl 50", True),
        ("In welchem Jahr wurde die Mauer gebaut", True),
        ("Seit wann gibt es das Deutschlandticket", True),
        ("Putin Nordkorea Besuch?", True),
        ("Putin Nordkorea Besuch", False),
        ("webasto erster infizierter gesundet", False),
        ("", False),
    ],
)
def test_is_question(text: str, question: bool) -> None:
    assert is_question(text) is question


def test_long_input_is_bounded() -> None:
    parsed = parse("wort " * 5000)
    assert len(parsed.groups) <= 32
