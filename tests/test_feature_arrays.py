"""The reranking features of many articles at once: the values doc_features gives one by one."""

from __future__ import annotations

import pytest

from search.archive import Archive
from search.compile import compile_query
from search.feature_arrays import features_of
from search.features import (
    FEATURES,
    K1,
    LEAD_TOKENS,
    NEAR_TOKENS,
    WINDOW_TOKENS,
    B,
    Occurrences,
    QueryView,
    Word,
    analyzer_group,
    candidate_features,
    doc_features,
    query_view,
    read_occurrences,
    text_field,
)
from search.syntax import read

SETTINGS = (LEAD_TOKENS, WINDOW_TOKENS, NEAR_TOKENS, K1, B)


def word(text: str, idf: float, *options: set[str], number: bool = False) -> Word:
    return Word(text, {"de": tuple(frozenset(o) for o in options)}, idf, number, text.istitle())


WORDS = [
    word("Kim", 6.0, {"kim"}),
    word("Waffenlieferungen", 4.5, {"waffenliefer"}, {"waff", "liefer"}),
    word("Raketen", 3.0, {"raket"}),
    word("2023", 5.0, {"2023"}, number=True),
    word("wer", 1.0),  # no German terms: a stopword, it does not count
]


def view(words: list[Word]) -> QueryView:
    return QueryView(words, True, 10.0, 100.0, 5.0)


# Articles as their occurrences: each case's articles go through features_of together.
CASES = {
    "everything early and together": [
        {"title": {"kim": [0], "raket": [1]}, "body": {"kim": [0], "waff": [2], "liefer": [2]}},
    ],
    "a compound's parts: both, one, whole and parts": [
        {"title": {}, "body": {"waff": [3], "liefer": [40]}},
        {"title": {}, "body": {"waff": [3, 7]}},
        {"title": {}, "body": {"waffenliefer": [5], "waff": [9], "liefer": [70]}},
    ],
    "windows, the lead and neighbours at their edges": [
        {"title": {}, "body": {"kim": [0], "waffenliefer": [60], "raket": [66], "2023": [120]}},
        {"title": {}, "body": {"kim": [40], "waffenliefer": [99], "raket": [100, 101]}},
        {"title": {"2023": [3]}, "body": {"raket": [7], "2023": [13], "kim": [2000]}},
    ],
    "nothing found, a term with no positions, an empty article": [
        {"title": {}, "body": {}},
        {"title": {}, "body": {"waff": [], "liefer": [4], "kim": [5]}},
        {},
    ],
    "many articles, far positions": [
        {"title": {"kim": [i % 3]}, "body": {"kim": [i, 5000 + i], "raket": [i + 6]}}
        for i in range(40)
    ],
}


@pytest.mark.parametrize("name", list(CASES))
@pytest.mark.parametrize(
    "words",
    [WORDS, WORDS[:1], WORDS[1:3], WORDS[4:], WORDS[::-1]],
    ids=["all", "one", "compound first", "stopword only", "reversed"],
)
def test_the_same_features_as_one_article_at_a_time(name: str, words: list[Word]) -> None:
    found: list[Occurrences] = CASES[name]
    lengths = [(float(i % 4), float(50 + 30 * i)) for i in range(len(found))]
    got = features_of(view(words), "de", found, lengths, FEATURES, SETTINGS)
    expected = [
        doc_features(view(words), "de", f, ln) for f, ln in zip(found, lengths, strict=True)
    ]
    assert got == [pytest.approx(e, rel=1e-12, abs=1e-15) for e in expected]
    assert all(list(g) == list(FEATURES) for g in got)


def test_no_articles() -> None:
    assert features_of(view(WORDS), "de", [], [], FEATURES, SETTINGS) == []


QUESTIONS = [
    "Wo trafen sich Kim Jong-un und Putin?",
    "Wann traf Kim Jong-un Putin am Weltraumbahnhof?",
    "Wie teuer war das Neun-Euro-Ticket?",
    "Was beschloss der Gemeinderat zum Rathaus?",
    "Why did the train drivers strike paralyse the rail network?",
    "Which missiles did Russia fire at Kharkiv?",
    "Welche Waffenlieferungen gab es 2023?",
]


@pytest.mark.parametrize("question", QUESTIONS)
def test_candidates_of_a_real_index_as_one_by_one(archive: Archive, question: str) -> None:
    # Every article of the index as a candidate: all language groups, most words absent.
    searcher = archive.searcher()
    words = compile_query(archive.schema, read(question).parsed, archive.field_boosts).word_groups
    langs = [searcher.stored_fields(d).get("lang") or "" for d in range(searcher.doc_count_all())]
    docnums = [d for d in range(searcher.doc_count_all()) if not searcher.reader().is_deleted(d)]
    got = candidate_features(searcher, words, True, docnums, langs)
    v = query_view(archive.schema, words, True, searcher)
    expected = []
    for d in docnums:
        group = analyzer_group(langs[d])
        found = read_occurrences(searcher, [d], v, (group,))[d]
        title = float(searcher.doc_field_length(d, text_field("title", group), 0) or 0)
        body = float(searcher.doc_field_length(d, text_field("body", group), 0) or 0)
        expected.append(doc_features(v, group, found, (title, body)))
    assert any(e["cov"] > 0 for e in expected)
    assert got == [pytest.approx(e, rel=1e-12, abs=1e-15) for e in expected]
