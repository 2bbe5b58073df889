"""Word queries over an index of generated articles edited after indexing, by name: what
the tests of search.matches match and score."""

from __future__ import annotations

from generated import kennziffer
from whoosh import query as wq

T = wq.Term


QUERIES = {
    "term": T("body_de", "rathaus"),
    "or": wq.Or([T("body_de", "rathaus"), T("title_de", "nachricht", boost=0.25)]),
    "and": wq.And([T("body_de", "feuerwehr"), T("body_de", "gebaud")]),
    "and-not": wq.AndNot(T("title_de", "nachricht"), T("body_de", "glatt")),
    "nested": wq.Or(
        [wq.And([T("body_de", "umbau"), T("body_de", "innenstadt")]), T("body_de", "fest")],
        boost=0.5,
    ),
    "missing": wq.Or([T("body_de", "gibtesnicht"), T("body_de", kennziffer(3))]),
}
