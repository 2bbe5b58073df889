"""Whoosh queries made of a parsed query (search.compile), once, with what the later steps need."""

from __future__ import annotations

import pytest
from whoosh import query as wq

from search import compile as compile_module
from search.archive import Archive
from search.compile import (
    FORM_BOOST,
    LOOSE_PART_BOOST,
    build,
    clause_query,
    compile_query,
    compile_search,
    group_queries,
    group_terms,
    loosen_compounds,
    typed_groups,
)
from search.syntax import Clause, parse, read


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


def test_boosts_weigh_the_parts(news: Archive) -> None:
    titles = compile_query(news.schema, parse("Hafen"), {"title": 1.0, "caption": 0, "body": 0})
    assert {f.split("_")[0] for f in titles.terms_by_field} == {"title"}


def test_a_questions_compound_parts_also_match_alone(archive: Archive) -> None:
    compound, name = group_queries(archive.schema, parse("Waffenlieferungen Kim"))
    loose = loosen_compounds(compound)
    terms = {(t.fieldname, t.text, t.boost) for t in loose.leaves() if isinstance(t, wq.Term)}
    assert ("body_de", "waff", LOOSE_PART_BOOST) in terms
    assert ("body_de", "liefer", LOOSE_PART_BOOST) in terms
    assert ("title_de", "waff", 0.25 * LOOSE_PART_BOOST) in terms
    # A word without parts, and the compound with no loosening, are as they were.
    assert loosen_compounds(name) == name
    assert loosen_compounds(compound, 0.0) == compound


def test_a_questions_hyphenated_word_also_matches_by_its_parts_alone(archive: Archive) -> None:
    (hyphenated,) = group_queries(archive.schema, parse("Charite-Mitarbeiter"))
    loose = loosen_compounds(hyphenated)
    terms = {(t.fieldname, t.text, t.boost) for t in loose.leaves() if isinstance(t, wq.Term)}
    assert ("body_de", "charit", LOOSE_PART_BOOST) in terms
    assert ("body_de", "mitarbeit", LOOSE_PART_BOOST) in terms
    assert ("title_de", "charit", 0.25 * LOOSE_PART_BOOST) in terms
    # The word joined and its parts in a row still match as before.
    phrases = [q for q in loose.leaves() if isinstance(q, wq.Phrase)]
    assert any(p.fieldname == "body_de" and p.words == ["charit", "mitarbeit"] for p in phrases)
    assert loosen_compounds(hyphenated, 0.0) == hyphenated


@pytest.mark.parametrize(("typed", "alone"), [("1.500", []), ("F-22-Kampfjet", ["kampfjet"])])
def test_a_numbers_pieces_do_not_match_alone(archive: Archive, typed: str, alone: list) -> None:
    (word,) = group_queries(archive.schema, parse(typed))
    added = [
        t.text
        for t in loosen_compounds(word).leaves()
        if isinstance(t, wq.Term) and t.fieldname == "body_de" and t.boost == LOOSE_PART_BOOST
    ]
    assert added == alone


def test_a_hyphenated_compound_gets_its_parts_alone_once(archive: Archive) -> None:
    (hyphenated,) = group_queries(archive.schema, parse("Waffen-Lieferungen"))
    loose = loosen_compounds(hyphenated)
    alone = [
        t.text
        for t in loose.leaves()
        if isinstance(t, wq.Term) and t.fieldname == "body_de" and t.boost == LOOSE_PART_BOOST
    ]
    assert sorted(alone) == ["liefer", "waff"]


@pytest.mark.parametrize(("text", "loose"), [("Wer liefert Waffen?", True), ("Waffen", False)])
def test_only_questions_are_loosened_and_their_words_kept_as_typed(
    archive: Archive, text: str, loose: bool
) -> None:
    parsed = read("Waffenlieferungen " + text).parsed
    compiled = compile_query(archive.schema, parsed)
    assert [t for t, _ in compiled.word_groups][:1] == ["Waffenlieferungen"]
    typed = [q for _, q in compiled.word_groups]
    assert (compiled.groups != typed) is loose
    # The words a question searches, with their other forms as FORM_BOOST weighs them.
    searched = [q for _, q in typed_groups(archive.schema, parsed, None, FORM_BOOST)]
    assert compiled.groups == ([loosen_compounds(q) for q in searched] if loose else typed)


@pytest.mark.parametrize("typed", ["13000", "13.000"])
def test_a_number_is_found_with_or_without_thousands_points(archive: Archive, typed: str) -> None:
    q = clause_query(archive.schema, parse(typed).clauses[0])
    terms = {(t.fieldname, t.text) for t in q.leaves() if hasattr(t, "text")}
    assert ("body_de", "13000") in terms


@pytest.mark.parametrize(
    ("text", "form"),
    [("Wann wurde Chinas Botschafter einbestellt?", "china"), ("Wer wurde verdrängt?", "verdrang")],
)
def test_a_word_also_matches_its_other_forms_when_weighed(
    archive: Archive, text: str, form: str
) -> None:
    parsed = read(text).parsed
    searched = typed_groups(archive.schema, parsed, None, 0.5)
    terms = {(t.fieldname, t.text, t.boost) for _, q in searched for t in q.leaves()}
    assert ("body_de", form, 0.5) in terms
    assert ("title_de", form, 0.25 * 0.5) in terms
    # Unweighed (FORM_BOOST, as shipped), the word searches its own form alone.
    assert FORM_BOOST == 0.0
    assert form not in compile_query(archive.schema, parsed).terms_by_field["body_de"]


def test_a_stopword_gets_no_other_forms(archive: Archive) -> None:
    searched = typed_groups(archive.schema, read("Was sollte man tun?").parsed, None, 0.5)
    assert all(("body_de", "soll") not in q.all_terms() for _, q in searched)


@pytest.mark.parametrize(
    "text",
    [
        "Hafen Bremerhaven",
        "Hafen OR Deich",
        '"Kim Jong-un" Putin',
        "Hafen -Deich",
        "titel:Hafen",
        "Flüchtlinge* Impfstoff-Dosen",
        '"Hafen Deich"~3',
        "Wer baute den Hafen von Bremerhaven?",
        "Hafen UND (Deich ODER Sturm)",
    ],
)
def test_kept_clause_queries_compile_as_built_anew(news: Archive, text: str) -> None:
    compile_module._CLAUSES.clear()
    fresh = compile_query(news.schema, parse(text))
    for boosts in (None, {"body": 1.0, "caption": 0.25, "title": 0.5}):
        compile_module._CLAUSES.clear()
        anew = compile_query(news.schema, parse(text), boosts)
        kept = compile_query(news.schema, parse(text), boosts)  # the clauses' kept queries
        assert kept.query == anew.query
        assert kept.groups == anew.groups
        assert kept.group_terms == anew.group_terms
        assert kept.terms_by_field == anew.terms_by_field
        assert kept.word_groups == anew.word_groups
    # Asked with other boosts before, the default boosts still give the default query.
    assert compile_query(news.schema, parse(text)).query == fresh.query


def test_kept_clause_query_keeps_the_fields_order(news: Archive) -> None:
    clause = parse("Hafen").groups[0][0]
    assert isinstance(clause, Clause)
    forward = {"title": 0.25, "caption": 0.25, "body": 1.0}
    backward = dict(reversed(forward.items()))
    first = clause_query(news.schema, clause, forward)
    second = clause_query(news.schema, clause, backward)
    assert [q.fieldname for q in first.subqueries][:3] == ["title_de", "caption_de", "body_de"]
    assert [q.fieldname for q in second.subqueries][:3] == ["body_de", "caption_de", "title_de"]


def test_each_kept_clause_query_is_its_own(news: Archive) -> None:
    # Clauses alike but for what _clause_in_field reads, asked one after the other.
    texts = ["Jong-un", '"Jong-un"', "Jong-un*", "titel:Jong-un", '"Jong un"~3', '"Jong un"']
    clauses = [c for t in texts for c in parse(t).groups[0] if isinstance(c, Clause)]
    assert len(clauses) == len(texts)
    compile_module._CLAUSES.clear()
    for _ in range(2):
        for clause in clauses:
            built = compile_module._clause_query(news.schema, clause, None)
            assert clause_query(news.schema, clause) == built, clause


def test_kept_clause_queries_are_bounded(news: Archive, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(compile_module, "MAX_CLAUSES", 2)
    compile_module._CLAUSES.clear()
    texts = ["Hafen", "Deich", "Sturm", "Hafen", "Flut"]
    for text in texts:
        clause = parse(text).groups[0][0]
        assert isinstance(clause, Clause)
        assert clause_query(news.schema, clause) == compile_module._clause_query(
            news.schema, clause, None
        )
        assert len(compile_module._CLAUSES[id(news.schema)][1]) <= 2
