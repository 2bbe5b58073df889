"""Word queries told from others, and their shapes."""

from __future__ import annotations

import pytest
from matches_queries import T
from whoosh import query as wq

from search.matches import plain, shape


@pytest.mark.parametrize(
    ("q", "words"),
    [
        (T("body_de", "x"), True),
        (wq.Or([T("body_de", "x"), wq.AndNot(T("body_de", "y"), T("body_de", "z"))]), True),
        (wq.NullQuery, True),
        (wq.Phrase("body_de", ["x", "y"]), False),
        (wq.Or([T("body_de", "x"), wq.Phrase("body_de", ["x", "y"])]), False),
        (wq.Or([T("body_de", "x"), wq.Prefix("body_de", "y")]), False),
        (wq.Every(), False),
    ],
)
def test_plain_tells_word_queries(q: wq.Query, words: bool) -> None:
    assert plain(q) is words


@pytest.mark.parametrize(
    ("a", "b", "same"),
    [
        (T("body_de", "x"), T("body_de", "x"), True),
        (T("body_de", "x"), T("body_de", "x", boost=0.5), False),
        (T("body_de", "x"), T("title_de", "x"), False),
        (
            wq.Or([T("body_de", "x"), T("body_de", "y")]),
            wq.Or([T("body_de", "x"), T("body_de", "y")]),
            True,
        ),
        (
            wq.Or([T("body_de", "x"), T("body_de", "y")]),
            wq.And([T("body_de", "x"), T("body_de", "y")]),
            False,
        ),
        (wq.Or([T("body_de", "x")], boost=2.0), wq.Or([T("body_de", "x")]), False),
        (wq.Or([T("body_de", "x")], scale=0.5), wq.Or([T("body_de", "x")]), False),
        (wq.Phrase("body_de", ["x", "y"]), wq.Phrase("body_de", ["x", "y"], slop=2), False),
        (
            wq.AndNot(T("body_de", "x"), T("body_de", "y")),
            wq.AndNot(T("body_de", "x"), T("body_de", "z")),
            False,
        ),
    ],
)
def test_shapes_tell_word_queries_apart(a: wq.Query, b: wq.Query, same: bool) -> None:
    assert (shape(a) == shape(b)) is same
    assert shape(a) is not None


@pytest.mark.parametrize("q", [wq.Prefix("body_de", "x"), wq.Or([T("body_de", "x"), wq.Every()])])
def test_other_queries_have_no_shape(q: wq.Query) -> None:
    assert shape(q) is None
