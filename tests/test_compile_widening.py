"""A question's queries widened: compound and hyphenated words' parts alone, other forms."""

from __future__ import annotations

import pytest
from whoosh import query as wq

from search.archive import Archive
from search.compile import (
    compile_query,
    group_queries,
    loosen_compounds,
    typed_groups,
)
from search.compile.compiled import FORM_BOOST, KIN_BOOST
from search.compile.widening import LOOSE_PART_BOOST, kindred
from search.syntax import parse, read


def test_a_questions_compound_parts_also_match_alone(archive: Archive) -> None:
    compound, name = group_queries(archive.schema, parse("Waffenlieferungen Kim"))
    loose = loosen_compounds(compound)
    terms = {(t.fieldname, t.text, t.boost) for t in loose.leaves() if isinstance(t, wq.Term)}
    assert ("body_de", "waff", LOOSE_PART_BOOST) in terms
    assert ("body_de", "liefer", LOOSE_PART_BOOST) in terms
    assert ("title_de", "waff", 0.25 * LOOSE_PART_BOOST) in terms
    # A word without parts, and the compound with no loosening, are as they were.
    assert loosen_compounds(name) == name
    assert loosen_compounds(compound, 0.0) == compound


def test_a_questions_hyphenated_word_also_matches_by_its_parts_alone(archive: Archive) -> None:
    (hyphenated,) = group_queries(archive.schema, parse("Charite-Mitarbeiter"))
    loose = loosen_compounds(hyphenated)
    terms = {(t.fieldname, t.text, t.boost) for t in loose.leaves() if isinstance(t, wq.Term)}
    assert ("body_de", "charit", LOOSE_PART_BOOST) in terms
    assert ("body_de", "mitarbeit", LOOSE_PART_BOOST) in terms
    assert ("title_de", "charit", 0.25 * LOOSE_PART_BOOST) in terms
    # The word joined and its parts in a row still match as before.
    phrases = [q for q in loose.leaves() if isinstance(q, wq.Phrase)]
    assert any(p.fieldname == "body_de" and p.words == ["charit", "mitarbeit"] for p in phrases)
    assert loosen_compounds(hyphenated, 0.0) == hyphenated


@pytest.mark.parametrize(("typed", "alone"), [("1.500", []), ("F-22-Kampfjet", ["kampfjet"])])
def test_a_numbers_pieces_do_not_match_alone(archive: Archive, typed: str, alone: list) -> None:
    (word,) = group_queries(archive.schema, parse(typed))
    added = [
        t.text
        for t in loosen_compounds(word).leaves()
        if isinstance(t, wq.Term) and t.fieldname == "body_de" and t.boost == LOOSE_PART_BOOST
    ]
    assert added == alone


def test_a_hyphenated_compound_gets_its_parts_alone_once(archive: Archive) -> None:
    (hyphenated,) = group_queries(archive.schema, parse("Waffen-Lieferungen"))
    loose = loosen_compounds(hyphenated)
    alone = [
        t.text
        for t in loose.leaves()
        if isinstance(t, wq.Term) and t.fieldname == "body_de" and t.boost == LOOSE_PART_BOOST
    ]
    assert sorted(alone) == ["liefer", "waff"]


@pytest.mark.parametrize(
    ("text", "form"),
    [("Wann wurde Chinas Botschafter einbestellt?", "china"), ("Wer wurde verdrängt?", "verdrang")],
)
def test_a_word_also_matches_its_other_forms_when_weighed(
    archive: Archive, text: str, form: str
) -> None:
    parsed = read(text).parsed
    searched = typed_groups(archive.schema, parsed, None, 0.5)
    terms = {(t.fieldname, t.text, t.boost) for _, q in searched for t in q.leaves()}
    assert ("body_de", form, 0.5) in terms
    assert ("title_de", form, 0.25 * 0.5) in terms
    # Unweighed (FORM_BOOST, as shipped), these forms are not searched as other forms.
    assert FORM_BOOST == 0.0
    weights = {
        t.boost
        for t in compile_query(archive.schema, parsed).query.leaves()
        if isinstance(t, wq.Term) and (t.fieldname, t.text) == ("body_de", form)
    }
    assert 0.5 not in weights


@pytest.mark.parametrize(
    ("text", "word", "kin"),
    [
        # A verb's noun in "-ung" and its participle with "ge-" inside.
        ("Wann wurde die Sitzung fortgesetzt?", "fortgesetzt", ["fortsetz"]),
        ("Wann war die Fortsetzung?", "Fortsetzung", ["fortgesetzt", "fortsetz"]),
        # A strong verb's grades: the preterite, the participle.
        ("Wer schrieb das Buch?", "schrieb", ["geschrieb", "schreib"]),
    ],
)
def test_a_word_also_matches_its_kindred_words_when_weighed(
    archive: Archive, text: str, word: str, kin: list[str]
) -> None:
    parsed = read(text).parsed
    weights: dict[str, set[float]] = {}
    for _, q in typed_groups(archive.schema, parsed, None, 0.0, 0.1):
        for t in q.leaves():
            if isinstance(t, wq.Term) and t.fieldname == "body_de":
                weights.setdefault(t.text, set()).add(t.boost)
    assert kindred(word)
    for term in kin:
        assert 0.1 in weights[term], term
    # Unweighed (KIN_BOOST, as shipped), the question searches none of them so.
    assert KIN_BOOST == 0.0
    plain = typed_groups(archive.schema, parsed, None, 0.0, 0.0)
    assert typed_groups(archive.schema, parsed, None, 0.0, KIN_BOOST) == plain
    assert typed_groups(archive.schema, parsed, None, 0.0, 0.1) != plain


def test_a_stopword_gets_no_other_forms(archive: Archive) -> None:
    searched = typed_groups(archive.schema, read("Was sollte man tun?").parsed, None, 0.5)
    assert all(("body_de", "soll") not in q.all_terms() for _, q in searched)
