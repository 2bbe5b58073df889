"""Suggestions: "Meinten Sie …?" from the archive's words, and completion while typing."""

from __future__ import annotations

from pathlib import Path

import pytest
from generated import index_in_runs
from helpers import DEMO, FIXTURES
from hypothesis import given, settings
from hypothesis import strategies as st
from rapidfuzz import process
from rapidfuzz.distance import OSA
from whoosh.reading import IndexReader, SegmentReader
from whoosh.searching import Searcher
from whoosh.support.levenshtein import distance

from index.build import index_paths
from search.archive import Archive


def whooshs_suggestions(searcher: Searcher, word: str, maxdist: int) -> list[str]:
    """Return Whoosh's suggestions as it finds them over several segments (by OSA
    distance, word by word), however many segments the searcher has: over one, Whoosh
    would walk its terms with an automaton that counts letters swapped as two edits."""
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(SegmentReader, "terms_within", IndexReader.terms_within)
        found: list[str] = searcher.suggest("body_de", word, limit=5, maxdist=maxdist, prefix=2)
    return found


@pytest.mark.parametrize(
    ("typed", "suggested"),
    [
        ("Flüchtlnge", "Flüchtlinge"),
        ("Deichverbnd Unterweser", "Deichverband Unterweser"),
        ("bremerhafen", "bremerhaven"),
    ],
)
def test_did_you_mean(news, typed: str, suggested: str) -> None:
    assert news.search(typed).suggestion == suggested


@pytest.mark.parametrize("typed", ["Flüchtlinge", "Bremerhaven", "xq", "Zwölfzylindermotor"])
def test_no_suggestion_for_known_or_hopeless_words(news, typed: str) -> None:
    assert news.search(typed).suggestion is None


def test_complete_offers_words_and_titles(news) -> None:
    done = news.complete("Flücht")
    assert done["terms"][0] == "Flüchtlinge"
    assert all(t.casefold().startswith("flücht") for t in done["terms"])
    assert any("Flüchtlinge" in t["title"] for t in done["titles"])
    kim = news.complete("Kim Jo")
    assert kim["terms"] == ["Kim Jong-un"]
    assert news.complete("x") == {"terms": [], "titles": []}


def test_found_is_a_count_above_zero(news) -> None:
    from search import suggest

    searcher = news.searcher()
    terms = {t for f, t in searcher.reader().all_terms() if f in ("title_de", "body_de")}
    terms = {t.decode("utf-8") if isinstance(t, bytes) else t for t in terms}
    words = sorted(terms)[::7] + ["gibtesnicht", "xq"]
    for group in ("de", "en"):
        found = [suggest._found(searcher, group, w) for w in words]
        assert found == [suggest._df(searcher, group, w) > 0 for w in words]
    assert any(suggest._found(searcher, "de", w) for w in words)


@pytest.fixture(scope="module")
def segments(tmp_path_factory: pytest.TempPathFactory) -> Archive:
    """An index of several segments (Whoosh compares every word of a prefix there)."""
    index_dir, _ = index_in_runs(tmp_path_factory.mktemp("suggest"), 3, 120)
    return Archive(index_dir)


@pytest.mark.parametrize("several", [False, True])
def test_close_words_are_whooshs_suggestions(news, segments: Archive, several: bool) -> None:
    from search import suggest
    from search.lru import Lru

    searcher = (segments if several else news).searcher()
    assert searcher.reader().is_atomic() is not several
    terms = {t for f, t in searcher.reader().all_terms() if f == "body_de"}
    terms = {t.decode("utf-8") if isinstance(t, bytes) else t for t in terms}
    # Words of the archive, and each with a letter dropped, doubled and changed.
    words = [w for w in sorted(terms)[::30] if len(w) >= 4]
    typed = (
        words + [w[:-1] for w in words] + [w + w[-1] for w in words] + [w[:-1] + "x" for w in words]
    )
    memo: Lru[object] = Lru(1 << 20)
    checked = 0
    for word in typed:
        for maxdist in (1, 2):
            expected = whooshs_suggestions(searcher, word, maxdist)
            assert suggest.close_words(searcher, "body_de", word, maxdist) == expected
            assert suggest.close_words(searcher, "body_de", word, maxdist, memo) == expected
            checked += bool(expected)
    assert checked > 5


def test_corrections_kept_for_the_commit_are_the_same(news) -> None:
    from search import suggest, syntax
    from search.lru import Lru

    searcher = news.searcher()
    memo: Lru[object] = Lru(1 << 20)
    for text in ["Flüchtlnge", "Deichverbnd Unterweser", "bremerhafen", "Flüchtlinge", "xq"]:
        parsed = syntax.read(text, 500).parsed
        fresh = suggest.did_you_mean(searcher, text, parsed)
        assert suggest.did_you_mean(searcher, text, parsed, memo=memo) == fresh
        assert suggest.did_you_mean(searcher, text, parsed, memo=memo) == fresh
        nothing = suggest.did_you_mean(searcher, text, parsed, found_nothing=True)
        assert suggest.did_you_mean(searcher, text, parsed, True, memo) == nothing
    assert len(memo)


@pytest.mark.parametrize("several", [False, True])
def test_corrections_from_the_commits_counts_are_the_searchers(
    news, segments: Archive, several: bool
) -> None:
    from search import suggest, syntax

    archive = segments if several else news
    searcher = archive.searcher()
    df = archive.commit().doc_frequency
    for text in ["Flüchtlnge", "Deichverbnd Unterweser", "bremerhafen", "Flüchtlinge", "xq"]:
        parsed = syntax.read(text, 500).parsed
        for nothing in (False, True):
            expected = suggest.did_you_mean(searcher, text, parsed, found_nothing=nothing)
            assert suggest.did_you_mean(searcher, text, parsed, nothing, df=df) == expected


# Letters of German words, few enough that random words lie within a few edits.
_LETTERS = st.text(alphabet="aeßäöüsnr", max_size=9)


@settings(max_examples=400, deadline=None)
@given(_LETTERS, st.lists(_LETTERS, max_size=12), st.sampled_from([1, 2]))
def test_osa_finds_the_words_whooshs_distance_finds(term: str, words: list[str], maxdist: int):
    near = process.extract(term, words, scorer=OSA.distance, score_cutoff=maxdist, limit=None)
    # The words within maxdist, each at its true distance, and none beyond.
    assert sorted((w, d) for w, d, _ in near) == sorted(
        (w, distance(w, term)) for w in words if distance(w, term, limit=maxdist) <= maxdist
    )
    for word in words:
        assert OSA.distance(word, term) == distance(word, term)


@pytest.mark.parametrize(
    ("a", "b", "edits"),
    [
        ("nürnberg", "nürnbreg", 1),  # letters swapped: one edit
        ("strasse", "straße", 2),
        ("ca", "abc", 3),  # full Damerau-Levenshtein would say 2: no substring edited twice
        ("großstadt", "grosstadt", 1),
        ("", "äö", 2),
    ],
)
def test_osa_is_whooshs_distance(a: str, b: str, edits: int) -> None:
    assert distance(a, b) == OSA.distance(a, b) == edits


@pytest.fixture(scope="module")
def two_runs(tmp_path_factory: pytest.TempPathFactory) -> Archive:
    """The demo archive and the test articles, indexed in two runs (two segments)."""
    index_dir: Path = tmp_path_factory.mktemp("two-runs") / "index"
    index_paths(index_dir, [DEMO], workers=1)
    index_paths(index_dir, [FIXTURES], workers=1)
    return Archive(index_dir)


# What "Meinten Sie …?" offered when the distances were worked out word by word in
# Python (whoosh.support.levenshtein): umlauts, ß and letters swapped included.
@pytest.mark.parametrize(
    ("typed", "suggested"),
    [
        ("Flüchtlnge", "Flüchtlinge"),
        ("Bürgermeistr", "Bürgermeister"),
        ("Straßenbahen", "Straßenbahnen"),
        ("Strase", "Straße"),
        ("Grosstadt", "Großstadt"),
        ("Großstatd", "Großstadt"),
        ("Fußbal", "Fußball"),
        ("Bußgleder", "Bußgelder"),
        ("Nürnbreg", "Nürnberg"),
        ("Müncehn", "München"),
        ("Düseldorf", "Düsseldorf"),
        ("Quarantäen", "Quarantäne"),
        ("Geschäfstführer", "Geschäftsführer"),
        ("Behröde", "Behörde"),
        ("Kapitän", "Kapitänin"),
        ("Bevölkrung", "bevor"),
        ("Strasse", None),
        ("Ausmass", None),
        ("Eisstockschiessen", None),
        ("Jubliäum", None),
        ("xq", None),
    ],
)
def test_did_you_mean_over_two_segments(two_runs: Archive, typed: str, suggested: str | None):
    from search import suggest, syntax

    searcher = two_runs.searcher()
    assert not searcher.reader().is_atomic()
    parsed = syntax.read(typed, 500).parsed
    for nothing in (False, True):
        assert suggest.did_you_mean(searcher, typed, parsed, found_nothing=nothing) == suggested
    term = suggest._term(searcher, "body_de", typed)
    if term is not None and len(term) >= 4:
        for maxdist in (1, 2):
            expected = searcher.suggest("body_de", term, limit=5, maxdist=maxdist, prefix=2)
            assert suggest.close_words(searcher, "body_de", term, maxdist) == expected


@pytest.mark.parametrize(
    ("typed", "maxdist", "close"),
    [
        ("fluchtlnge", 2, ["fluchtling"]),
        ("flucthling", 2, ["fluchtling"]),
        # Letters swapped: one edit on one segment as on several (OSA distance).
        ("flucthling", 1, ["fluchtling"]),
        ("fluchtlign", 1, ["fluchtling"]),
        ("bremerhaf", 2, ["bremerhav"]),
        ("deichverbnd", 2, ["deichverband"]),
        ("deichvebrand", 1, ["deichverband"]),
    ],
)
def test_close_words_of_one_segment_by_osa_distance(
    news, monkeypatch: pytest.MonkeyPatch, typed: str, maxdist: int, close: list[str]
) -> None:
    """One segment's suggestions come from its prefix's words by OSA distance, as
    several segments' do, not from a walk of its terms table with Whoosh's automaton."""
    from whoosh.codec.base import Automata

    from search import suggest

    searcher = news.searcher()
    assert searcher.reader().is_atomic()
    assert whooshs_suggestions(searcher, typed, maxdist) == close

    def walked(*args: object) -> None:
        raise AssertionError("the terms table walked with an automaton")

    monkeypatch.setattr(Automata, "find_matches", staticmethod(walked))
    assert suggest.close_words(news.searcher(), "body_de", typed, maxdist) == close


@pytest.mark.parametrize(
    ("typed", "suggested"),
    [
        # Letters swapped in a short word: one typo (two by Levenshtein distance).
        ("Mesnchen", "Menschen"),
        ("Ukarine", "Ukraine"),
        ("Stadt", None),
    ],
)
def test_did_you_mean_a_swap_on_one_segment(news, typed: str, suggested: str | None) -> None:
    assert news.searcher().reader().is_atomic()
    assert news.search(typed).suggestion == suggested
