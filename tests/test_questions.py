"""Questions: told from other queries; their content, the words asked with "wie"."""

from __future__ import annotations

import pytest

from search import questions
from search.questions import is_question, question_content
from search.syntax import parse


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
        ("Nennen Sie eine häufige Autoimmunerkrankung.", True),
        ("Wissen Sie, wer den Hafen baute", True),
        ("Merkel sie sagte", False),  # "sie" is no polite address here
        ("Grüße Sie", False),
        ("", False),
    ],
)
def test_is_question(text: str, question: bool) -> None:
    assert is_question(text) is question


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
        # "wo(r)" and a preposition: each one asks.
        ("Wovor warnte Putin?", [["warnte"], ["Putin"]]),
        ("Worin besteht die Strategie?", [["besteht"], ["die"], ["Strategie"]]),
        ("Inwieweit half das?", [["half"], ["das"]]),
    ],
)
def test_question_content_drops_question_words(text: str, groups: list[list[str]]) -> None:
    parsed = question_content(parse(text))
    assert [[c.text for c in g] for g in parsed.groups] == groups
    assert parsed.question == is_question(text)


@pytest.mark.parametrize(
    ("text", "asking"),
    [
        ("Wie viele Bälle fing Josh Norman ab?", ["viele"]),
        ("Mit wie vielen Stimmen siegte die SVP?", ["vielen"]),
        ("Wie hieß der Spieler?", ["hieß"]),
        ("wie hoch ist der Turm", ["hoch"]),
        # A name after "wie", a word after another question word, a phrase: none.
        ("Wie Putin reagierte?", []),
        ("Wer sang die Nationalhymne?", []),
        ('Wie "viele Bälle" fing er?', []),
        # Not a question: nothing is asked.
        ("Fußbälle wie viele", []),
    ],
)
def test_question_content_marks_the_word_asked_with_wie(text: str, asking: list[str]) -> None:
    parsed = question_content(parse(text))
    assert [c.text for c in parsed.clauses if c.asking] == asking


def test_the_asking_word_is_kept_unless_dropped(monkeypatch: pytest.MonkeyPatch) -> None:
    text = "Wie viele Bälle fing Josh Norman ab?"
    assert [c.text for c in question_content(parse(text)).clauses][:2] == ["viele", "Bälle"]
    monkeypatch.setattr(questions, "DROP_ASKING", True)
    assert [c.text for c in question_content(parse(text)).clauses][:2] == ["Bälle", "fing"]
