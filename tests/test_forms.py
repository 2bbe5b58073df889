"""Other forms of a typed word that stemming keeps apart."""

from __future__ import annotations

import pytest

from search.forms import other_forms, place_names


@pytest.mark.parametrize(
    ("word", "forms"),
    [
        # A name's or noun's genitive or plural "s" after a vowel.
        ("Chinas", ["China"]),
        ("Warschaus", ["Warschau"]),
        ("Autos", ["Auto"]),
        # Stemming strips the "s" after these itself; short words keep theirs.
        ("Haus", []),
        ("Russlands", []),
        # A participle or past form and its infinitive.
        ("klassifiziert", ["klassifizieren"]),
        ("verdrängt", ["verdrängen"]),
        ("erhöhte", ["erhöhen"]),
        ("bezifferte", ["beziffern"]),
        ("meldete", ["melden"]),
        ("lebten", ["leben"]),
        # Not a "t" form of a verb: a superlative, a doubled t, a strong verb.
        ("größte", []),
        ("statt", []),
        ("gewann", []),
        # Capitalised nouns ending in t are not participles; numbers and names with
        # hyphens have no other forms here.
        ("Arbeit", []),
        ("2020", []),
        ("Jong-un", []),
        # An umlaut written out after a vowel, which folding keeps apart.
        ("Videoueberwachung", ["Videoüberwachung"]),
        ("reuessieren", ["reüssieren"]),
        ("Feuerwehr", ["Feürwehr"]),
        # Not written out: an umlaut's letter, a pair after a consonant (folded anyway).
        ("Videoüberwachung", []),
        ("Gruenen", []),
    ],
)
def test_other_forms(word: str, forms: list[str]) -> None:
    assert other_forms(word) == forms


@pytest.mark.parametrize(
    ("word", "first"),
    [
        # An adjective in "-isch" and the names it may be made of.
        ("italienischen", ["Italien", "Italienen"]),
        ("libysche", ["Liby", "Libyen"]),
        ("Schwedische", ["Schwed", "Schweden"]),
        # No adjective in "-isch": "deutsch" ends "-sch" after a t, "zwischen" and
        # "Fisch" are too short before it.
        ("deutsche", []),
        ("zwischen", []),
        ("Fisch", []),
    ],
)
def test_place_names(word: str, first: list[str]) -> None:
    assert place_names(word)[: len(first)] == first
