"""Words numbered with their terms: a text's terms and positions gathered with numpy are
those a walk over the words' cached terms gives."""

from __future__ import annotations

import pytest

from index.word_numbers import WordEntry, WordNumbers

# A word's cache entry: its terms with their position offsets, and its width. Words of
# one term, of none (a stopword), of several at one position (a compound and its parts),
# and joined words taking several positions (a hyphenated word, a date).
ENTRIES: dict[str, WordEntry] = {
    "haus": ((("haus", 0),), 1),
    "der": ((), 1),
    "waffenlieferungen": ((("waffenlieferung", 0), ("waff", 0), ("lieferung", 0)), 1),
    "jong-un": ((("jongun", 0), ("jong", 0), ("un", 1)), 2),
    "5.1.": ((("5", 0), ("1", 1), ("januar", 1)), 2),
    "häuser": ((("haus", 0),), 1),
}


def walked(words: list[str]) -> dict[bytes, list[int]]:
    """Return each term of the words with its positions, a token at a time."""
    found: dict[bytes, list[int]] = {}
    pos = 0
    for word in words:
        tokens, width = ENTRIES[word]
        for text, offset in tokens:
            found.setdefault(text.encode("utf-8"), []).append(pos + offset)
        pos += width
    return found


@pytest.mark.parametrize(
    "words",
    [
        [],
        ["der"],
        ["der", "der"],
        ["haus"],
        ["haus", "der", "häuser", "haus"],
        ["jong-un", "haus", "5.1.", "waffenlieferungen", "jong-un"],
        ["waffenlieferungen", "der", "5.1.", "häuser", "der", "haus", "jong-un"],
    ],
)
def test_grouped_terms_are_those_of_the_words_walked(words: list[str]) -> None:
    numbered = WordNumbers()
    # Numbered in two steps, in another order than the text's: numbers are the same.
    numbered.add(sorted(ENTRIES)[:3], ENTRIES.__getitem__)
    numbered.add(list(ENTRIES), ENTRIES.__getitem__)
    terms, starts, positions, total = numbered.grouped([numbered.numbers[w] for w in words])
    ends = [*starts[1:], total][: len(starts)]
    got = {
        numbered.term_bytes[term]: positions[start:end]
        for term, start, end in zip(terms, starts, ends, strict=True)
    }
    assert got == walked(words)
    assert len(got) == len(terms)  # each term once
    assert total == sum(len(p) for p in got.values())


def test_numbers_start_afresh_when_cleared() -> None:
    numbered = WordNumbers()
    numbered.add(["haus", "der"], ENTRIES.__getitem__)
    numbered.clear()
    assert len(numbered) == 0
    numbered.add(["jong-un"], ENTRIES.__getitem__)
    terms, _, positions, total = numbered.grouped([numbered.numbers["jong-un"]])
    assert [numbered.term_bytes[t] for t in terms] == [b"jongun", b"jong", b"un"]
    assert (positions, total) == ([0, 0, 1], 3)


def test_many_words_grow_the_arrays() -> None:
    entries = {f"w{n}": (((f"t{n % 7}", 0),), 1) for n in range(5000)}
    numbered = WordNumbers()
    numbered.add(list(entries), entries.__getitem__)
    words = list(entries)[::-1]
    terms, starts, positions, total = numbered.grouped([numbered.numbers[w] for w in words])
    assert total == 5000 and len(terms) == 7
    ends = [*starts[1:], total][: len(starts)]
    for term, start, end in zip(terms, starts, ends, strict=True):
        n = int(numbered.term_bytes[term][1:])
        assert positions[start:end] == [p for p, w in enumerate(words) if int(w[1:]) % 7 == n]
