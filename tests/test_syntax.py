"""Query parsing: clauses, operators, filters, a question's content read; never an error."""

from __future__ import annotations

import pytest

from search.syntax import parse, read


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
        # A percent sign is the word "Prozent" of the index: kept after a figure or alone.
        ("Inflation 12 %", [["Inflation"], ["12"], ["%"]], []),
        ("Inflation 12%", [["Inflation"], ["12%"]], []),
        ("Anteil (12%),", [["Anteil"], ["12%"]], []),
        ("Preis% Anteil", [["Preis"], ["Anteil"]], []),
        ("Inflation -12%", [["Inflation"]], ["12%"]),
    ],
)
def test_parse(text: str, groups: list[list[str]], excluded: list[str]) -> None:
    parsed = parse(text)
    assert [[c.text for c in g] for g in parsed.groups] == groups
    assert [c.text for c in parsed.excluded] == excluded


def test_long_input_is_bounded() -> None:
    parsed = parse("wort " * 5000)
    assert len(parsed.groups) <= 32


def _shape(node) -> object:
    """Describe a parsed node compactly: text with markers, or (op, items)."""
    if hasattr(node, "items"):
        return ("-" if node.negated else "") + node.op, [_shape(n) for n in node.items]
    text = node.text
    if node.phrase:
        text = f'"{text}"' + (f"~{node.slop}" if node.slop is not None else "")
    if node.prefix:
        text += "*"
    if node.parts:
        text = ",".join(node.parts) + ":" + text
    return text


@pytest.mark.parametrize(
    ("text", "groups"),
    [
        ("Heizung ODER Strom UND Gas", [["Heizung", ("and", ["Strom", "Gas"])]]),
        ("(Heizung ODER Strom) UND Gas", [[("and", [("or", ["Heizung", "Strom"]), "Gas"])]]),
        ("Merkel (Paris OR London)", [["Merkel"], ["Paris", "London"]]),
        ('"Putin Kim"~5 Gipfel', [['"Putin Kim"~5'], ["Gipfel"]]),
        ("Steuer* Reform", [["Steuer*"], ["Reform"]]),
        ("titel:Hafen Bremerhaven", [["title:Hafen"], ["Bremerhaven"]]),
        ('titel:"Kim Jong-un"', [['title:"Kim Jong-un"']]),
        ("(Impfung NICHT Astrazeneca)", [[("or", ["Impfung", "Astrazeneca"])]]),
        ("Achtung:Text", [["Achtung"], ["Text"]]),
        ("a* b", [["a"], ["b"]]),
    ],
)
def test_parse_operators(text: str, groups: list) -> None:
    parsed = parse(text)
    got = [[_shape(n) for n in g] for g in parsed.groups]
    if text.startswith("(Impfung NICHT"):
        # The NOT inside the brackets marks Astrazeneca as excluded from that group.
        (node,) = parsed.groups[0]
        assert [n.negated for n in node.items] == [False, True]
    assert got == groups


@pytest.mark.parametrize(
    ("text", "params"),
    [
        ("quelle:alpenpost Impfung", {"source": ["alpenpost"]}),
        ("quelle:alpenpost quelle:rheinblick", {"source": ["alpenpost", "rheinblick"]}),
        ("sprache:englisch Kim", {"lang": ["en"]}),
        ("kategorie:Wirtschaft", {"category": ["Wirtschaft"]}),
        ("datum:2023-09", {"from": ["2023-09-01"], "to": ["2023-09-30"]}),
        ("datum:2023-01..2023-06", {"from": ["2023-01-01"], "to": ["2023-06-30"]}),
        ("datum:2024", {"from": ["2024-01-01"], "to": ["2024-12-31"]}),
        ("datum:..2020-02", {"to": ["2020-02-29"]}),
        ("datum:2021-02-29 Hafen", {}),
    ],
)
def test_parse_filters(text: str, params: dict) -> None:
    assert parse(text).filters.as_params() == params


def test_excluded_filter_value() -> None:
    parsed = parse("Bremerhaven -quelle:weserbote")
    assert parsed.filters.exclude == {("source", "weserbote")}
    assert [[_shape(n) for n in g] for g in parsed.groups] == [["Bremerhaven"]]


@pytest.mark.parametrize(
    ("text", "notice"),
    [
        ('"Kim Jong', "Anführungszeichen ohne Gegenstück"),
        ("(Heizung Strom", "öffnende Klammer ohne schließende"),
        ("Heizung ) Strom", "schließende Klammer ohne öffnende"),
        ("Heizung ODER", "ODER ohne Begriff dahinter"),
        ("datum:gestern Hafen", "ist kein Datum"),
        ("S* Bahn", "zu kurz"),
        ("Hafen titel:", "braucht einen Wert"),
        ("(" * 20 + "Hafen", "Zu tief verschachtelte Klammern"),
    ],
)
def test_bad_syntax_degrades_and_says_so(text: str, notice: str) -> None:
    parsed = parse(text)
    assert any(notice in n for n in parsed.notices), parsed.notices
    assert parsed.groups, "the readable words are still searched"


def test_plain_words_have_no_notices() -> None:
    assert parse("Waffenlieferungen an Nordkorea 2023").notices == []


@pytest.mark.parametrize(
    ("text", "content", "words", "plain"),
    [
        ("Hafen Bremerhaven", [["Hafen"], ["Bremerhaven"]], "Hafen Bremerhaven", None),
        ("Wer baute den Hafen?", [["baute"], ["den"], ["Hafen"]], "baute den Hafen", None),
        ('"Hafen Bremerhaven" -Deich', [["Hafen Bremerhaven"]], "Hafen Bremerhaven", None),
        ("Hafen OR Deich", [["Hafen", "Deich"]], "Hafen Deich", [["Hafen"], ["Deich"]]),
        ("quelle:weserbote Hafen", [["Hafen"]], "Hafen", None),
        ("", [], "", None),
    ],
)
def test_read_gives_the_content_and_the_words_alone(
    text: str, content: list, words: str, plain: list | None
) -> None:
    query = read(text)
    assert [[c.text for c in g] for g in query.parsed.groups] == content
    assert [c.text for c in query.parsed.clauses] == [t for g in content for t in g]
    assert query.parsed.empty is (content == [])
    assert query.words == words
    expected = plain if plain is not None else [[w] for w in words.split()]
    assert [[c.text for c in g] for g in query.plain.groups] == expected
    assert query.plain == parse(words)


@pytest.mark.parametrize(("chars", "last"), [(1000, None), (2000, "Hafen")])
def test_input_is_cut_at_the_length_given(chars: int, last: str | None) -> None:
    parsed = parse("- " * 600 + "Hafen", chars)
    assert [c.text for c in parsed.clauses] == ([last] if last else [])
