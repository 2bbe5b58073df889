"""Whoosh queries made of a parsed query (search.compile), once, with what the later steps need."""

from __future__ import annotations

import pytest
from whoosh import query as wq

from search.archive import Archive
from search.compile import (
    build,
    compile_query,
    compile_search,
    group_terms,
    loosen_compounds,
    typed_groups,
)
from search.compile.compiled import FORM_BOOST, KIN_BOOST
from search.syntax import parse, read


@pytest.mark.parametrize(
    ("text", "groups", "body_terms"),
    [
        ("Hafen", 1, {"haf"}),
        ("Hafen Bremerhaven", 2, {"haf", "bremerhav", "brem", "hav"}),
        ("Hafen OR Deich", 1, {"haf", "deich"}),
        ('"Kim Jong-un" Putin', 2, {"kim", "jong", "un", "putin"}),
        # The excluded word is among the terms; no hit holds it.
        ("Hafen -Deich", 1, {"haf", "deich"}),
        ("titel:Hafen", 1, set()),  # searched in titles only
        ("- ( )", 0, set()),  # nothing to search
    ],
)
def test_groups_and_terms_to_mark(news: Archive, text: str, groups: int, body_terms: set) -> None:
    compiled = compile_query(news.schema, parse(text))
    assert len(compiled.groups) == len(compiled.group_terms) == groups
    assert compiled.terms_by_field.get("body_de", set()) == body_terms
    assert compiled.group_terms == group_terms(compiled.groups)
    assert (compiled.query is wq.NullQuery) is (groups == 0)


@pytest.mark.parametrize(
    ("text", "browse", "query"),
    [
        ("", True, wq.Every),
        ("-Hafen", True, wq.NullQuery.__class__),  # exclusions alone never browse
        ("", False, wq.NullQuery.__class__),
        ("Hafen", True, wq.Or),
    ],
)
def test_only_filters_browse_every_article(news: Archive, text: str, browse: bool, query) -> None:
    compiled = compile_query(news.schema, parse(text), browse=browse)
    assert isinstance(compiled.query, query)
    assert compiled.browse is (query is wq.Every)
    assert bool(compiled.terms_by_field) is (query is wq.Or)


@pytest.mark.parametrize(
    "text",
    [
        "Hafen Bremerhaven",
        '"Hafen Bremerhaven"',
        "Hafen OR Deich",
        "titel:Hafen Flücht*",
        "Hafen -Deich",
        "Wie viele Flüchtlinge kamen an?",
        "quelle:weserbote Hafen",
        '"a ODER b"',
        "",
    ],
)
def test_words_alone_are_the_words_parsed_again(news: Archive, text: str) -> None:
    query = read(text)
    compiled = compile_search(news.schema, query)
    assert compiled.words == " ".join(c.text for c in query.parsed.clauses)
    assert compiled.words_query == build(news.schema, parse(compiled.words))


@pytest.mark.parametrize(("text", "loose"), [("Wer liefert Waffen?", True), ("Waffen", False)])
def test_only_questions_are_loosened_and_their_words_kept_as_typed(
    archive: Archive, text: str, loose: bool
) -> None:
    parsed = read("Waffenlieferungen " + text).parsed
    compiled = compile_query(archive.schema, parsed)
    assert [t for t, _ in compiled.word_groups][:1] == ["Waffenlieferungen"]
    typed = [q for _, q in compiled.word_groups]
    assert (compiled.groups != typed) is loose
    # The words a question searches, with their other forms and kindred words as
    # FORM_BOOST and KIN_BOOST weigh them.
    kin = KIN_BOOST if loose else 0.0
    searched = [q for _, q in typed_groups(archive.schema, parsed, None, FORM_BOOST, kin)]
    assert compiled.groups == ([loosen_compounds(q) for q in searched] if loose else typed)
