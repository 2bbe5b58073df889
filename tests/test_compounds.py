"""Compound splitting and its lexicon, kept in a cache file and read back exactly."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from index import compounds
from index.compounds import split_compound


@pytest.mark.parametrize(
    ("word", "parts"),
    [
        ("waffenlieferungen", ["waffen", "lieferungen"]),
        ("impfstoffherstellern", ["impfstoff", "herstellern"]),
        ("weltraumbahnhof", ["welt", "raum", "bahnhof"]),
        ("ministerpräsident", ["minister", "präsident"]),
        ("munitionsfabriken", ["munition", "fabriken"]),
        ("nordkoreanische", ["nord", "koreanische"]),
        ("vereinbarung", []),
        ("russische", []),
        ("hersteller", []),
    ],
)
def test_compound_parts(word: str, parts: list[str]) -> None:
    assert [word[a:b] for a, b in split_compound(word)] == parts


def test_lexicon_is_kept_and_read_back(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("NEWSARCHIVE_CACHE", str(tmp_path))
    monkeypatch.setattr(compounds, "_lexicon_cache", None)
    path = compounds.lexicon_cache_path()
    assert path.parent == tmp_path and not path.exists()
    made = compounds.lexicon()
    assert path.exists() and made == compounds._lexicon_from_wordfreq()
    monkeypatch.setattr(compounds, "_lexicon_cache", None)
    assert compounds.lexicon() == made  # read back, floats and all


@pytest.mark.parametrize("content", ["", "{kaputt", "[1, 2]"])
def test_unreadable_lexicon_file_is_made_again(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, content: str
) -> None:
    monkeypatch.setenv("NEWSARCHIVE_CACHE", str(tmp_path))
    monkeypatch.setattr(compounds, "_lexicon_cache", None)
    compounds.lexicon_cache_path().write_text(content, encoding="utf-8")
    assert compounds.lexicon() == compounds._lexicon_from_wordfreq()
    monkeypatch.setattr(compounds, "_lexicon_cache", None)
    assert compounds.lexicon() == compounds._lexicon_from_wordfreq()


def _reference_split(word: str, max_parts: int) -> tuple[tuple[int, int], ...]:
    """The splitting rule read plainly: every cut, every linking element, every split of
    the rest, the split whose rarer part is most frequent first (the earliest of equals)."""
    words = compounds.spellings()
    n = compounds.PART_MIN_CHARS
    if max_parts < 2 or len(word) < compounds.COMPOUND_MIN_CHARS:
        return ()
    best: tuple[tuple[int, int], ...] = ()
    best_score = 0.0
    for cut in range(n, len(word) - n + 1):
        for link in compounds.LINKS:
            end = cut - len(link)
            if end < n or word[end:cut] != link or word[:end] not in words:
                continue
            head = word[cut:]
            if re.match(r".?isch", head) or re.fullmatch(r"(?:er|e?st)(?:e|em|en|er|es)", head):
                continue
            if head in words:
                parts = [(cut, len(word))]
            else:
                inner = _reference_split(head, max_parts - 1)
                if not inner:
                    continue
                parts = [(cut + a, cut + b) for a, b in inner]
            score = min(words[word[:end]], *(words.get(word[a:b], 0.0) for a, b in parts))
            if score > best_score:
                best, best_score = ((0, end), *parts), score
    return best


def _made_words() -> list[str]:
    """Words made of lexicon words with and without linking elements, and near misses."""
    import random

    rng = random.Random(11)
    known = sorted(w for w in compounds.lexicon() if 4 <= len(w) <= 9)
    made = []
    for _ in range(1500):
        parts = [rng.choice(known) for _ in range(rng.choice((2, 2, 3, 4)))]
        links = [rng.choice(compounds.LINKS) for _ in parts[1:]]
        word = parts[0] + "".join(link + part for link, part in zip(links, parts[1:], strict=True))
        made += [word, word[:-1], word + "e", "x" + word]
    return made


def test_compound_parts_as_the_rule_reads() -> None:
    words = _made_words()
    found = [split_compound(w) for w in words]
    assert sum(bool(f) for f in found) > len(words) // 5  # many are compounds
    for word, parts in zip(words, found, strict=True):
        assert tuple(parts) == _reference_split(word, compounds.MAX_PARTS), word


@pytest.mark.parametrize(
    ("word", "parts"),
    [
        # A compound splits alike however it is spelt: umlauts written out, accents off.
        ("führerschein", ["führer", "schein"]),
        ("fuehrerschein", ["fuehrer", "schein"]),
        ("charitémitarbeiter", ["charité", "mitarbeiter"]),
        ("charitemitarbeiter", ["charite", "mitarbeiter"]),
        ("strassenbahn", ["strasse", "bahn"]),
        # A comparative's or superlative's ending is no word of a compound.
        ("früheren", []),
        ("frueheren", []),
        ("späteren", []),
        ("spaetesten", []),
    ],
)
def test_split_whatever_the_spelling(word: str, parts: list[str]) -> None:
    assert [word[a:b] for a, b in split_compound(word)] == parts


@pytest.mark.parametrize(
    ("word", "spelt"),
    [("früh", "frueh"), ("Straße", "Strasse"), ("charité", "charite"), ("señor", "senor")],
)
def test_ascii_spelling(word: str, spelt: str) -> None:
    assert compounds.ascii_spelling(word) == spelt


@pytest.mark.parametrize(
    ("words", "beginnings"),
    [
        ({}, {}),
        ({"bahn": 4.0}, {"bahn": (4,)}),
        # Words shorter than a part's least length are no beginning of their own.
        ({"bad": 4.0, "bahnhof": 4.5, "bahn": 5.0}, {"bahn": (4, 7)}),
        ({"straße": 5.0, "strasse": 5.0, "strom": 4.0}, {"stra": (6, 7), "stro": (5,)}),
    ],
)
def test_beginnings(words: dict[str, float], beginnings: dict[str, tuple[int, ...]]) -> None:
    assert compounds._beginnings(words) == beginnings


@pytest.mark.parametrize(
    "head",
    ["eren", "erem", "este", "esten", "sten", "ster", "stes", "erst", "ersten", "stens",
     "isch", "ische", "nische", "tischler", "nnische", "erenz", "steuer", "xsten"],
)  # fmt: skip
def test_head_endings_as_the_patterns_read(head: str) -> None:
    adjective = re.match(r".?isch", head) is not None
    inflected = re.fullmatch(r"(?:er|e?st)(?:e|em|en|er|es)", head) is not None
    assert (compounds.ADJECTIVE_SUFFIX in head[:5]) == adjective
    assert (head in compounds.INFLECTED_HEADS) == inflected


@pytest.mark.parametrize("kept", [1, 3, 50_000])
def test_splits_the_same_however_many_are_kept(monkeypatch: pytest.MonkeyPatch, kept: int) -> None:
    words = _made_words()[:400]
    expected = [_reference_split(w, compounds.MAX_PARTS) for w in words]
    compounds._made.clear()
    monkeypatch.setattr(compounds, "MADE_WORDS", kept)
    for _ in range(2):  # the second time from what was kept, where it was
        assert [compounds.compound_parts(w) for w in words] == expected
        assert len(compounds._made) <= kept
