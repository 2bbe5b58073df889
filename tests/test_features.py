"""Features of candidate articles: coverage, title and lead, proximity, read from the index."""

from __future__ import annotations

from pathlib import Path

import pytest
from generated import index_edited_in_runs
from whoosh import query as wq

from search.archive import Archive
from search.compile import compile_query
from search.features import (
    FEATURES,
    QueryView,
    Word,
    doc_features,
    options_of,
    query_view,
    read_occurrences,
    term_positions,
)
from search.syntax import read

KIM = "nordkurier-digital/2023-09-13_kim-putin-gipfel"
FIELDS = frozenset({"body_de", "title_de"})


@pytest.mark.parametrize(
    ("q", "options"),
    [
        (wq.Term("body_de", "kim"), [{"kim"}]),
        (wq.Term("body_en", "kim"), []),
        (wq.Phrase("body_de", ["kim", "jong"]), [{"kim", "jong"}]),
        (
            wq.Or(
                [
                    wq.Term("body_de", "waffenliefer"),
                    wq.And([wq.Term("body_de", "waff"), wq.Term("body_de", "liefer")]),
                ]
            ),
            [{"waffenliefer"}, {"waff", "liefer"}],
        ),
        (wq.AndNot(wq.Term("body_de", "kim"), wq.Term("body_de", "putin")), [{"kim"}]),
        (wq.And([wq.Term("body_de", "kim"), wq.Term("body_en", "x")]), []),
    ],
)
def test_options_are_the_term_sets_that_match_a_word(q: wq.Query, options: list[set[str]]) -> None:
    assert options_of(q, FIELDS) == [frozenset(o) for o in options]


def word(
    text: str, idf: float, *options: set[str], number: bool = False, proper: bool = False
) -> Word:
    return Word(text, {"de": tuple(frozenset(o) for o in options)}, idf, number, proper, idf > 5)


VIEW = QueryView(
    words=[
        word("Kim", 6.0, {"kim"}, proper=True),
        word("Putin", 4.0, {"putin"}),
        word("Raketen", 3.0, {"raket"}),
        word("2023", 5.0, {"2023"}, number=True),
        word("wer", 1.0),  # no German terms: a stopword, it does not count
    ],
    question=True,
    max_idf=10.0,
    avg_body_words=100.0,
    avg_title_words=5.0,
)


@pytest.mark.parametrize(
    ("found", "expected"),
    [
        # Everything early and together: full coverage, title, lead and window.
        (
            {
                "title": {"kim": [0], "putin": [1]},
                "body": {"kim": [0], "putin": [2], "raket": [4], "2023": [5]},
            },
            {
                "cov": 1.0,
                "cov_idf": 1.0,
                "cov_number": 1.0,
                "cov_proper": 1.0,
                "title_idf": 10 / 18,
                "lead_idf": 1.0,
                "window_idf": 1.0,
                "near": 1.0,
            },
        ),
        # The name missing, the rest scattered far apart, the number late.
        (
            {"title": {}, "body": {"putin": [10], "raket": [300], "2023": [900]}},
            {
                "cov": 0.75,
                "cov_idf": 12 / 18,
                "cov_number": 1.0,
                "cov_proper": 0.0,
                "title_idf": 0.0,
                "lead_idf": 4 / 18,
                "window_idf": 5 / 18,
                "near": 0.0,
            },
        ),
        # Nothing found.
        (
            {"title": {}, "body": {}},
            {"cov": 0.0, "cov_idf": 0.0, "cov_number": 0.0, "window_idf": 0.0, "near": 0.0},
        ),
    ],
)
def test_doc_features(found: dict[str, dict[str, list[int]]], expected: dict[str, float]) -> None:
    got = doc_features(VIEW, "de", found, (5.0, 1000.0))
    assert set(got) == set(FEATURES)
    for name, value in expected.items():
        assert got[name] == pytest.approx(value), name


def test_a_compound_counts_whole_or_with_all_its_parts() -> None:
    view = QueryView(
        [word("Waffenlieferungen", 6.0, {"waffenliefer"}, {"waff", "liefer"})],
        True,
        10.0,
        100.0,
        5.0,
    )
    parts = doc_features(view, "de", {"body": {"waff": [3], "liefer": [40]}}, (0.0, 100.0))
    one_part = doc_features(view, "de", {"body": {"waff": [3]}}, (0.0, 100.0))
    assert parts["cov"] == 1.0 and one_part["cov"] == 0.0
    # The body's BM25 counts a part found alone, a little.
    assert 0.0 < one_part["bm25_body"] < parts["bm25_body"]


def test_features_are_read_from_the_index(archive: Archive) -> None:
    parsed = read("Wann traf Kim Jong-un Putin am Weltraumbahnhof?").parsed
    searcher = archive.searcher()
    view = query_view(
        archive.schema,
        compile_query(archive.schema, parsed, archive.field_boosts).word_groups,
        True,
        searcher,
    )
    assert [w.text for w in view.words] == [
        "traf",
        "Kim",
        "Jong-un",
        "Putin",
        "am",
        "Weltraumbahnhof",
    ]
    kim = searcher.document_number(id=KIM)
    other = searcher.document_number(id="alpenpost/2022-06-01_neun-euro-ticket")
    found = read_occurrences(searcher, [kim, other], view, ("de",))
    assert found[kim]["title"]["kim"] == [0]
    assert found[kim]["body"]["weltraumbahnhof"]
    assert not found[other]["body"].get("putin")
    kim_features = doc_features(view, "de", found[kim], (6.0, 150.0))
    other_features = doc_features(view, "de", found[other], (6.0, 150.0))
    assert kim_features["cov_idf"] > 0.7 > 0.1 > other_features["cov_idf"]
    assert kim_features["title_idf"] > 0 and kim_features["near"] > 0


@pytest.fixture(scope="module")
def updated(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Three segments of posting lists several blocks long, and articles edited after
    indexing (deleted in their old segment)."""
    return index_edited_in_runs(tmp_path_factory.mktemp("updated"))


@pytest.mark.parametrize(
    ("fieldname", "term"),
    [("body_de", "rathaus"), ("title_de", "nachricht"), ("body_de", "fest"), ("body_de", "nix")],
)
def test_positions_are_whooshs_own(updated: Path, fieldname: str, term: str) -> None:
    # Read for the documents asked for only: the positions Whoosh's matcher gives,
    # deleted documents left out.
    searcher = Archive(updated).searcher()
    expected = {}
    for leaf, offset in searcher.reader().leaf_readers():
        if (fieldname, term) not in leaf:
            continue
        m = leaf.postings(fieldname, term)
        while m.is_active():
            if not leaf.is_deleted(m.id()):
                expected[m.id() + offset] = list(m.value_as("positions"))
            m.next()
    assert bool(expected) is (term != "nix")
    every = sorted(expected) or [0, 5]
    asked = every[::3] + [max(every) + 1]
    found = term_positions(searcher, fieldname, term, asked)
    assert found == {d: expected[d] for d in asked if d in expected}
    assert term_positions(searcher, fieldname, term, []) == {}
