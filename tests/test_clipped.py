"""A short form held by its long one, where the index confirms it (search.clipped)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from index.build import index_paths
from search.archive import Archive
from search.clipped import _may_lead, clipped_terms

FILLER = " Der Bericht erschien am Abend, viele Leser schrieben der Redaktion dazu."
# Articles using the short form mostly hold the long one it clips too.
WITH_LONG = [
    "Die Demo zog durch die Stadt. Die Demonstration blieb friedlich.",
    "Nach der Demo lobte die Polizei die Demonstranten.",
    "Die Demo vor dem Rathaus: eine Demonstration gegen Mieten.",
    "Zur Demo kamen Tausende, die Demonstration dauerte Stunden.",
]
# ... or, in another archive, as often a word that only starts like it.
WITH_OTHER = [
    "Die Demo zog durch die Stadt. Die Demokratie lebt davon.",
    "Nach der Demo sprach sie über Demokratie.",
    "Die Demo vor dem Rathaus: eine Demonstration gegen Mieten.",
    "Zur Demo kamen Tausende, die Demonstration dauerte Stunden.",
]
OTHERS = {
    "target": "Die Demonstration am Hafen verlief ruhig.",
    "democracy": "Die Demokratie am Hafen ist alt.",
    **{f"filler{n}": f"Ein Schiff {n} lag im Becken, das Wetter war mild." for n in range(12)},
}


def _archive(root: Path, short: list[str]) -> Archive:
    """Index the short form's articles and the others."""
    texts = {f"short{n}": t for n, t in enumerate(short)} | OTHERS
    lines = [
        json.dumps({"id": k, "title": f"Meldung {k}", "body": t + FILLER}, ensure_ascii=False)
        for k, t in texts.items()
    ]
    (root / "a.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    index_paths(root / "index", [root / "a.jsonl"])
    return Archive(root / "index")


@pytest.fixture(scope="module")
def archives(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Archive]:
    """An archive where "Demo" clips "Demonstration", and one where that is not clear."""
    return {
        name: _archive(tmp_path_factory.mktemp(name), short)
        for name, short in (("long", WITH_LONG), ("other", WITH_OTHER))
    }


@pytest.mark.parametrize(
    ("archive", "word", "clipped"),
    [
        # "Demo" clips "Demonstration": its articles hold it, not "Demokratie".
        ("long", "Demo", True),
        ("long", "demo", True),
        # Its articles hold "Demokratie" as often: no group leads.
        ("other", "Demo", False),
        # A word that is no clipping of anything the index holds.
        ("long", "Hafen", False),
    ],
)
def test_a_clipping_the_index_confirms(
    archives: dict[str, Archive], archive: str, word: str, clipped: bool
) -> None:
    commit = archives[archive].commit()
    terms = {t for f, t in clipped_terms(commit.reader, commit.schema, word) if f == "body_de"}
    assert any(t.startswith("demonstr") for t in terms) is clipped, terms
    assert not any(t.startswith("demokrat") for t in terms), terms


@pytest.mark.parametrize(("article", "holds"), [("target", True), ("democracy", False)])
def test_the_long_form_holds_the_short_word(
    archives: dict[str, Archive], article: str, holds: bool
) -> None:
    result = archives["long"].search("Hafen Demo", size=50, snippets=False)
    (hit,) = [h for h in result.hits if h.id == article]
    assert (hit.missing == []) is holds, hit.missing


@pytest.mark.parametrize(
    ("df", "held", "docs", "may"),
    [
        # 40 articles hold the short word; a group in 30 of 10,000 may hold 30 of them.
        (30, 40, 10_000, True),
        # A group in 10 holds at most a quarter of the 40: below MIN_SHARE, not read.
        (10, 40, 10_000, False),
        # A group in half the archive is no more likely among the 40 than anywhere.
        (5_000, 40, 10_000, False),
        # A group in 12 of 40, the whole archive 100: 0.3 of them, lift 2.5 < MIN_LIFT.
        (12, 40, 100, False),
    ],
)
def test_a_group_that_cannot_lead_is_not_read(df: int, held: int, docs: int, may: bool) -> None:
    assert _may_lead(df, held, docs) is may
