"""A clause's query in every text field: the parts weighed, numbers, and the queries kept
per schema (as built anew, in the fields' order, each its own, bounded)."""

from __future__ import annotations

import pytest

from search.archive import Archive
from search.compile import clause_query, compile_query
from search.compile import clauses as clause_module
from search.syntax import Clause, parse


def test_boosts_weigh_the_parts(news: Archive) -> None:
    titles = compile_query(news.schema, parse("Hafen"), {"title": 1.0, "caption": 0, "body": 0})
    assert {f.split("_")[0] for f in titles.terms_by_field} == {"title"}


@pytest.mark.parametrize("typed", ["13000", "13.000"])
def test_a_number_is_found_with_or_without_thousands_points(archive: Archive, typed: str) -> None:
    q = clause_query(archive.schema, parse(typed).clauses[0])
    terms = {(t.fieldname, t.text) for t in q.leaves() if hasattr(t, "text")}
    assert ("body_de", "13000") in terms


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
    clause_module._CLAUSES.clear()
    fresh = compile_query(news.schema, parse(text))
    for boosts in (None, {"body": 1.0, "caption": 0.25, "title": 0.5}):
        clause_module._CLAUSES.clear()
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
    clause_module._CLAUSES.clear()
    for _ in range(2):
        for clause in clauses:
            built = clause_module._clause_query(news.schema, clause, None)
            assert clause_query(news.schema, clause) == built, clause


def test_kept_clause_queries_are_bounded(news: Archive, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(clause_module, "MAX_CLAUSES", 2)
    clause_module._CLAUSES.clear()
    texts = ["Hafen", "Deich", "Sturm", "Hafen", "Flut"]
    for text in texts:
        clause = parse(text).groups[0][0]
        assert isinstance(clause, Clause)
        assert clause_query(news.schema, clause) == clause_module._clause_query(
            news.schema, clause, None
        )
        assert len(clause_module._CLAUSES[id(news.schema)][1]) <= 2
