"""Postings gathered as arrays of tokens are, term by term and posting by posting, what
the field's own analysis gives each text."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from test_terms import TEXTS

from index.build import create_or_open
from index.gather import CHUNK_TERMS, JOIN_TEXTS, Gathered, Vocabulary
from index.terms import CachedTerms, expanded
from index.word_pattern import TOKEN

# Documents of texts: repeated words and texts (postings of several positions, terms of
# several documents), texts of stopwords only, empty texts, a text repeated often
# enough that its tokens are joined into one array while gathered.
DOCUMENTS = {
    "texts": TEXTS,
    "repeated": [TEXTS[0], "die die die", "", TEXTS[0] + " " + TEXTS[0], "Nordkorea", TEXTS[4]],
    "stopwords": ["der die das", "und", "", "Nordkorea und der Präsident"],
    "many": [f"Nordkorea Präsident {n} reisen Präsident" for n in range(JOIN_TEXTS + 7)],
}


def expected(field: Any, texts: list[str]) -> dict[bytes, list[tuple[int, float, bytes]]]:
    """Return each term's postings as the field's own analysis gives them, text by text."""
    found: dict[bytes, list[tuple[int, float, bytes]]] = {}
    for docnum, text in enumerate(texts):
        for tbytes, _, weight, vbytes in field.index(text):
            found.setdefault(tbytes, []).append((docnum, weight, vbytes))
    return found


def gathered(cached: CachedTerms, texts: list[str]) -> tuple[list[int], list[tuple[bytes, Any]]]:
    """Gather the texts as documents 0, 1, ...; return their lengths and the postings."""
    gathering = Gathered(cached, Vocabulary(cached))
    lengths = [gathering.add(text, docnum) for docnum, text in enumerate(texts)]
    return lengths, list(gathering.postings())


@pytest.mark.parametrize("chunk", [CHUNK_TERMS, 3])
@pytest.mark.parametrize("field", ["body_de", "body_en", "body_xx", "title_de"])
@pytest.mark.parametrize("documents", list(DOCUMENTS))
def test_gathered_postings_are_the_fields_own(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, field: str, documents: str, chunk: int
) -> None:
    import index.gather
    import index.terms

    monkeypatch.setattr(index.gather, "CHUNK_TERMS", chunk)  # postings made a few at a time
    monkeypatch.setattr(index.terms, "_caches", {})  # every word new to the cache
    monkeypatch.setenv("NEWSARCHIVE_TERMS_CACHE", str(tmp_path / "cache"))
    schema_field = create_or_open(tmp_path / "index").schema[field]
    texts = DOCUMENTS[documents]
    lengths, postings = gathered(CachedTerms(schema_field), texts)
    terms = [tbytes for tbytes, _ in postings]
    assert terms == sorted(set(terms))
    found = {tbytes: list(zip(*expanded(entry), strict=True)) for tbytes, entry in postings}
    assert found == expected(schema_field, texts)
    assert lengths == [sum(f for _, f, _, _ in schema_field.index(text)) for text in texts]


@pytest.mark.parametrize("texts", [["Nordkorea reisen"], ["reisen Nordkorea", "Nordkorea"]])
def test_a_value_of_one_position_is_the_object_shared_by_position(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, texts: list[str]
) -> None:
    # A posting block pickles such a value once and refers back to it (the bytes Whoosh's
    # writer and a segment whose postings went to disk write).
    monkeypatch.setenv("NEWSARCHIVE_TERMS_CACHE", str(tmp_path / "cache"))
    cached = CachedTerms(create_or_open(tmp_path / "index").schema["body_de"])
    _, postings = gathered(cached, texts)
    for _, entry in postings:
        for vbytes in expanded(entry)[2]:
            position = cached.format.decode_positions(vbytes)
            assert len(position) == 1
            assert vbytes is cached.single_encoding(position[0])


@pytest.mark.parametrize(
    "texts",
    [
        [],
        ["Nordkorea"],
        ["Nordkorea Nordkorea", "Nordkorea"],
        # A stopword is a word without a term; a compound, one word of several terms.
        ["die Nordkorea", "Waffenlieferungen", "Kim Jong-un"],
    ],
)
def test_a_vocabulary_counts_words_and_terms_until_cleared(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, texts: list[str]
) -> None:
    monkeypatch.setenv("NEWSARCHIVE_TERMS_CACHE", str(tmp_path / "cache"))
    field = create_or_open(tmp_path / "index").schema["body_de"]
    cached = CachedTerms(field)
    vocabulary = Vocabulary(cached)
    gathering = Gathered(cached, vocabulary)
    for docnum, text in enumerate(texts):
        gathering.add(text, docnum)
    words = {word for text in texts for word in TOKEN.findall(text)}
    terms = {tbytes for text in texts for tbytes, *_ in field.index(text)}
    assert (len(vocabulary.words), len(vocabulary)) == (len(words), len(terms))
    before = list(gathering.postings())
    vocabulary.clear()
    assert (len(vocabulary.words), len(vocabulary)) == (0, 0)
    # Numbered afresh, the same texts give the same postings.
    again = Gathered(cached, vocabulary)
    for docnum, text in enumerate(texts):
        again.add(text, docnum)
    assert list(again.postings()) == before == gathered(cached, texts)[1]
