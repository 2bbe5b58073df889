"""Word groups: each group's query with its text as typed, the query of them all minus
the exclusions, and their terms."""

from __future__ import annotations

import pytest
from whoosh import query as wq

from search.archive import Archive
from search.compile import build, group_queries, group_terms, terms_by_field, typed_groups
from search.syntax import parse


@pytest.mark.parametrize(
    ("text", "typed"),
    [
        ("Hafen Bremerhaven", ["Hafen", "Bremerhaven"]),
        ("Hafen OR Deich", ["Hafen ODER Deich"]),
        ('"Kim Jong-un" Putin*', ['"Kim Jong-un"', "Putin*"]),
        ("Hafen UND (Deich ODER Sturm)", ["Hafen UND (Deich ODER Sturm)"]),
        ("Hafen -Deich", ["Hafen"]),
        ("titel:Hafen", ["Hafen"]),
        ("- ( )", []),
    ],
)
def test_each_group_is_written_as_typed(news: Archive, text: str, typed: list[str]) -> None:
    found = typed_groups(news.schema, parse(text))
    assert [t for t, _ in found] == typed
    assert [q for _, q in found] == group_queries(news.schema, parse(text))


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("Hafen", wq.Or),
        ("Hafen Deich", wq.Or),
        ("Hafen -Deich", wq.AndNot),
        ("", type(wq.NullQuery)),
    ],
)
def test_the_query_is_any_group_minus_the_exclusions(news: Archive, text: str, kind: type) -> None:
    q = build(news.schema, parse(text))
    assert isinstance(q, kind)
    if isinstance(q, wq.AndNot):
        assert {t for _, t in q.b.iter_all_terms()} >= {"deich"}


@pytest.mark.parametrize(
    ("text", "body_terms"),
    [
        ("Hafen", [{"haf"}]),
        ("Hafen Deich", [{"haf"}, {"deich"}]),
        ("Hafen OR Deich", [{"haf", "deich"}]),
    ],
)
def test_each_groups_terms(news: Archive, text: str, body_terms: list[set[str]]) -> None:
    groups = group_queries(news.schema, parse(text))
    found = [{t for f, t in terms if f == "body_de"} for terms in group_terms(groups)]
    assert found == body_terms
    marked = terms_by_field(build(news.schema, parse(text)))
    assert marked["body_de"] == set().union(*body_terms)
