"""Snippets: fragments, marks, escaping."""

from __future__ import annotations

import pytest

from index.analysis import german_analyzer
from search.snippets import mark, match_spans, snippet

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
