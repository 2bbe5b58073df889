"""Query parsing: clauses, operators, questions; never an error."""

from __future__ import annotations

import pytest

from search.query import is_question, parse, question_content


@pytest.mark.parametrize(
    ("text", "groups", "excluded"),
    [
        ("Waffenlieferungen Nordkorea", [["Waffenlieferungen"], ["Nordkorea"]], []),
        ('"Kim Jong-un" Putin', [["Kim Jong-un"], ["Putin"]], []),
        ("Impfung -Astrazeneca", [["Impfung"]], ["Astrazeneca"]),
        ("Impfung NICHT Astrazeneca", [["Impfung"]], ["Astrazeneca"]),
        ("Heizungsgesetz OR Deutschlandticket", [["Heizungsgesetz", "Deutschlandticket"]], []),
        ("Heizung ODER Strom UND Gas", [["Heizung", "Strom"], ["Gas"]], []),
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


@pytest.mark.parametrize(
    ("text", "groups"),
    [
        ("Wer sang die Nationalhymne?", [["sang"], ["die"], ["Nationalhymne"]]),
        (
            "Seit wann gibt es das Deutschlandticket",
            [["Seit"], ["gibt"], ["es"], ["das"], ["Deutschlandticket"]],
        ),
        ("Wann? Wo?", [["Wann"], ["Wo"]]),
        ('Wer spielte "Wer wird Millionär"?', [["spielte"], ["Wer wird Millionär"]]),
        ("wer OR Nationalhymne?", [["wer", "Nationalhymne"]]),
        ("wer wann Putin", [["Putin"]]),
        ("Besuch Putin wann", [["Besuch"], ["Putin"], ["wann"]]),
    ],
)
def test_question_content_drops_question_words(text: str, groups: list[list[str]]) -> None:
    parsed = question_content(parse(text))
    assert [[c.text for c in g] for g in parsed.groups] == groups
    assert parsed.question == is_question(text)
