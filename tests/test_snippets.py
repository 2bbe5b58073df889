"""Snippets: fragments, marks, escaping."""

from __future__ import annotations

import pytest

from index.analysis import english_analyzer, german_analyzer
from index.word_pattern import TOKEN
from search.snippets import Span, _fold, _merge, _words_at, mark, match_spans, snippet

GERMAN = german_analyzer()


@pytest.mark.parametrize(
    ("text", "terms", "expected"),
    [
        ("Die Flüchtlinge kamen.", {"fluchtling"}, "Die <mark>Flüchtlinge</mark> kamen."),
        ("<b>Straße</b> & Co", {"strass"}, "&lt;b&gt;<mark>Straße</mark>&lt;/b&gt; &amp; Co"),
        ("Kim Jong-un reist", {"jongun"}, "Kim <mark>Jong-un</mark> reist"),
        (
            "Waffen und Waffenlieferungen",
            {"waffenliefer"},
            "Waffen und <mark>Waffenlieferungen</mark>",
        ),
        ("Nichts passt hier", {"fluchtling"}, "Nichts passt hier"),
        # A decade's figures mark its words (index.word_pattern.other_spellings).
        (
            "Die <b>Achtziger</b> & mehr",
            {"80er"},
            "Die &lt;b&gt;<mark>Achtziger</mark>&lt;/b&gt; &amp; mehr",
        ),
        ("In den Neunzigerjahren", {"90er"}, "In den <mark>Neunzigerjahren</mark>"),
        ("Die Fuenfziger", {"50er"}, "Die <mark>Fuenfziger</mark>"),
    ],
)
def test_mark(text: str, terms: set[str], expected: str) -> None:
    assert mark(text, match_spans(GERMAN, text, terms)) == expected


def test_snippet_without_match_is_the_escaped_lead() -> None:
    text = "<i>Anfang</i> " + "Wort " * 100
    out = snippet(text, [])
    assert out.startswith("&lt;i&gt;Anfang&lt;/i&gt;")
    assert out.endswith("…") and len(out) < 260


def test_snippet_has_at_most_three_fragments_of_bounded_size() -> None:
    sentence = "Lange Zeit geschah nichts Besonderes in der kleinen Stadt am Fluss. "
    parts = [
        "Die Seilbahn wurde eröffnet.",
        "Der Tunnel blieb gesperrt.",
        "Die Brücke wurde neu gebaut.",
        "Die Fähre fuhr wieder.",
    ]
    text = (sentence * 10).join(parts)
    spans = match_spans(GERMAN, text, {"seilbahn", "tunnel", "bruck", "fahr"})
    out = snippet(text, spans)
    assert 1 <= out.count("<mark>") <= 4
    assert out.count("…") <= 4
    assert len(out.replace("<mark>", "").replace("</mark>", "")) < 3 * 200 + 40


def _all_spans(text: str, terms: set[str]) -> list[tuple[int, int]]:
    """Spans found by analyzing the whole text, with no paragraph filter."""
    return [
        (t.startchar, t.endchar)
        for t in GERMAN(text, positions=True, chars=True, mode="index")
        if t.text in terms
    ]


def test_paragraph_filter_loses_no_match() -> None:
    # Every term of every demo article, searched in every other article: the cheap
    # paragraph filter must find exactly the matches that full analysis finds.
    from helpers import DEMO

    from index.clean import clean_page

    bodies = [clean_page(p.read_text(encoding="utf-8")).body for p in sorted(DEMO.rglob("*.txt"))]
    bodies += ["Die Muenchner Strasse und die Fluechtlinge aus Oel-Laendern"]
    for i, body in enumerate(bodies):
        terms = {t.text for t in GERMAN(bodies[(i + 1) % len(bodies)] + "\n" + body)}
        for term in sorted(terms):
            got = [(s.start, s.end) for s in match_spans(GERMAN, body, {term})]
            expected = sorted(set(_all_spans(body, {term})))
            merged = [(s.start, s.end) for s in snippets_merge(expected)]
            assert got == merged, (term, body[:60])


def snippets_merge(ranges: list[tuple[int, int]]) -> list[Span]:
    """Merge overlapping ranges the way match_spans does."""
    return _merge([Span(a, b, "") for a, b in ranges])


def test_word_filter_loses_no_match_on_real_articles() -> None:
    # Real German news (umlauts, ß, hyphenated names, compounds): the cheap word filter
    # must find exactly the matches that analyzing the whole text finds.
    import json
    import random

    from helpers import shared_path

    path = shared_path("eval", "corpus.jsonl")
    with open(path, encoding="utf-8") as f:
        rows = [json.loads(line) for line in f]
    rng = random.Random(5)
    bodies = [r["body"][:4000] for r in rng.sample(rows, 24)]
    for i, body in enumerate(bodies):
        other = bodies[(i + 1) % len(bodies)]
        terms = sorted({t.text for t in GERMAN(other + "\n" + body)})
        for term in rng.sample(terms, min(60, len(terms))):
            got = [(s.start, s.end) for s in match_spans(GERMAN, body, {term})]
            expected = sorted(set(_all_spans(body, {term})))
            merged = [(s.start, s.end) for s in snippets_merge(expected)]
            assert got == merged, (term, body[:60])


@pytest.mark.parametrize(
    "text",
    [
        "Kim Jong-un reist nach Berlin.",
        "Komma,ohne Leerzeichen;und.Punkt  zwei  Leerzeichen",
        "KN-23 und Kinder- und Jugendarzt – Gedankenstrich",
        "  vorne Leerzeichen, hinten auch  ",
        "Straße\u2010Bahn Öl-Länder",
        "um 6,5 Prozent, Boote 6,5,7 und 1.000,50 Euro",
    ],
)
def test_words_at_positions_are_the_words_holding_them(text: str) -> None:
    words = list(TOKEN.finditer(text))
    for step in (1, 2, 3, 7):
        starts = list(range(0, len(text), step))
        expected = [w.span() for w in words if any(w.start() <= p < w.end() for p in starts)]
        assert [w.span() for w in _words_at(text, starts)] == expected
    assert list(_words_at(text, [])) == []


@pytest.mark.parametrize(
    "text",
    [
        "Äpfel, Öfen, Übel: GRÜSSE aus der Straße. U.S.-Wahl",
        "Café à la carte – Kim Jong‐un, Jong‑un",
    ],
)
def test_fold(text: str) -> None:
    table = str.maketrans(
        {"ä": "a", "ö": "o", "ü": "u", "ß": "ss", "é": "e", "è": "e", "-": None, ".": None}
        | {"\u2010": None, "\u2011": None}
    )
    assert _fold(text) == text.lower().translate(table)


def test_words_analyzed_before_are_each_analyzers_own() -> None:
    # The same word through two analyzers, twice each: each analyzer's own terms.
    text = "Die Häuser der Stadtwerke"
    for _ in range(2):
        assert [s.term for s in match_spans(GERMAN, text, {"haus", "stadtwerk"})] == [
            "haus",
            "stadtwerk",
        ]
        english = english_analyzer()
        english_terms = {t.text for t in english(text)}
        found = {s.term for s in match_spans(english, text, english_terms)}
        assert found == english_terms


@pytest.mark.parametrize(
    "text",
    ["Muenchen", "aee", "oee", "Goethe Aeoeue", "blaue Feuer", "ueberall", "Schoenheit", "aoe"],
)
def test_umlauts_spelled_out_match_as_umlauts(text: str) -> None:
    import re

    from search.snippets import _may_match

    folded = re.sub(r"(?<=[aou])e", "", _fold(text))
    for prefix in {folded[:4], folded[1:5], "zzzz"}:
        assert _may_match(text, frozenset({prefix})) == (prefix in _fold(text) or prefix in folded)


@pytest.mark.parametrize(
    ("paragraphs", "terms", "count"),
    [
        (["Die Flüchtlinge kamen.", "Ohne das Wort.", "Flüchtlingsheim"], {"fluchtling"}, 2),
        (["Nichts hier.", "Der Hafen liegt still.", "Betrieb ruht."], {"haf", "betrieb"}, 2),
        (["Muenchen und Muenster", "", "Münchner Straße"], {"munch", "strass"}, 2),
        # A word split over two lines is no word: nothing across a line's end.
        (["Erste Zeile endet mit Flücht", "linge am Anfang der zweiten"], {"fluchtling"}, 0),
        # Empty lines around, a match first and last in the text, many lines between.
        (["", "Flüchtlinge", "", "", "Heim für Flüchtlinge"], {"fluchtling", "heim"}, 3),
        (["Flüchtling"] + ["Nichts."] * 30 + ["flüchtling am Ende"], {"fluchtling"}, 2),
        (["Fl\u00fcchtlinge\r", "\rFluechtlinge"], {"fluchtling"}, 2),
    ],
)
def test_spans_of_a_text_are_those_of_its_paragraphs_searched_alone(
    paragraphs: list[str], terms: set[str], count: int
) -> None:
    text = "\n".join(paragraphs)
    expected: list[tuple[int, int, str]] = []
    offset = 0
    for paragraph in paragraphs:
        expected += [
            (s.start + offset, s.end + offset, s.term)
            for s in match_spans(GERMAN, paragraph, terms)
        ]
        offset += len(paragraph) + 1
    got = [(s.start, s.end, s.term) for s in match_spans(GERMAN, text, terms)]
    assert got == expected
    assert len(got) == count


@pytest.mark.parametrize(
    ("text", "prefixes"),
    [
        ("GRÜSSE aus der STRASSE, Grüße aus der Straße", {"grus", "stra"}),
        ("MÜNCHEN, Muenchen, MUENCHEN, münchen", {"munc"}),
        ("ÄRZTE UND Aerzte; ÉCOLE, Ecole", {"arzt", "ecol"}),
        ("KIM JONG-UN, Kim Jong\u2010un", {"jong"}),
        # Letters that only ignoring case finds (dotless i, long s, a capital sharp s) and
        # one whose lowercase is longer (a dotted capital I): the text searched as it is.
        ("Kılıç aus Kilis", {"kili"}),
        ("ſtadt und Stadt", {"stad"}),
        ("İstanbul und İnsel", {"inse", "ista"}),
        ("GROẞE Straẞe", {"gros", "stra"}),
    ],
)
def test_prefix_starts_are_those_an_ignore_case_search_finds(text: str, prefixes: set[str]) -> None:
    from search.snippets import _prefix_pattern, _prefix_starts

    expected = sorted(
        {m.start() for p in prefixes for m in _prefix_pattern(p, True).finditer(text)}
    )
    assert _prefix_starts(text, frozenset(prefixes)) == expected
    assert expected
