"""Widen a question's word queries: a compound's or hyphenated word's parts alone, a
word's other forms.
"""

from __future__ import annotations

from dataclasses import replace

from whoosh import query as wq
from whoosh.fields import Schema

from index.schema import text_field
from search.compile.clauses import FIELD_BOOSTS, clause_query
from search.derived import family
from search.forms import other_forms
from search.parsed import Clause, Node
from search.strong import strong_forms

# In a question, a compound's part found without the others counts this much
# (loosen_compounds; measured on the dev sets' tune folds).
LOOSE_PART_BOOST = 0.1


# The same for a hyphenated word's parts (None: LOOSE_PART_BOOST).
HYPHEN_PART_BOOST: float | None = None


def loosen_compounds(q: wq.Query, boost: float | None = None) -> wq.Query:
    """Let each part of a compound also match alone, weighted low (for questions).

    A question's compound ("Ladenschließungen") is often answered in other words ("die
    Läden … geschlossen"): a part found alone adds a little (boost, default
    LOOSE_PART_BOOST). Exclusions are not loosened.
    """
    if boost is None:
        boost = LOOSE_PART_BOOST
    if not boost:
        return q
    if isinstance(q, wq.Or):
        subs = q.subqueries
        if (
            len(subs) == 2
            and isinstance(subs[0], wq.Term)
            and isinstance(subs[1], wq.And)
            and all(isinstance(p, wq.Term) for p in subs[1].subqueries)
        ):
            # _word's compound: the whole word, or all of its parts.
            whole, parts = subs[0], subs[1].subqueries
            alone = [wq.Term(p.fieldname, p.text, boost=whole.boost * boost) for p in parts]
            return wq.Or([whole, subs[1], *alone], boost=q.boost)
        if len(subs) == 2 and isinstance(subs[1], wq.Phrase) and not isinstance(subs[0], wq.Phrase):
            # _clause_in_field's hyphenated word: joined, or its parts in a row. Its parts
            # alone ("Mitarbeiter der Charité" for "Charite-Mitarbeiter") count as a
            # compound's do.
            split = subs[1]
            part_boost = HYPHEN_PART_BOOST if HYPHEN_PART_BOOST is not None else boost
            # A joined form the analysis splits already brings these parts alone; a
            # number's pieces ("1.500", "F-22") say nothing alone.
            have = {t.decode() if isinstance(t, bytes) else t for _, t in subs[0].all_terms()}
            alone = [
                wq.Term(split.fieldname, w, boost=split.boost * part_boost)
                for w in split.words
                if w not in have and sum(c.isalpha() for c in w) >= 2
            ]
            return wq.Or([loosen_compounds(subs[0], boost), split, *alone], boost=q.boost)
        return wq.Or([loosen_compounds(s, boost) for s in subs], boost=q.boost)
    return q


def with_forms(
    schema: Schema,
    node: Node,
    q: wq.Query,
    boosts: dict[str, float] | None,
    weight: float,
    kin: float = 0.0,
) -> wq.Query:
    """Let a plain word's query also match its other forms (search.forms), weighted by
    weight, and the words of its derivation family and its strong verb's grades
    (search.derived, search.strong), weighted by kin; other nodes, and words without
    such forms, keep their query."""
    if (
        not (weight or kin)
        or not isinstance(node, Clause)
        or node.phrase
        or node.prefix
        or node.negated
        or q is wq.NullQuery
    ):
        return q
    have = set(q.iter_all_terms(phrases=True))
    if not any(f == text_field("body", "de") for f, _ in have):
        return q  # a German stopword ("sollte") has no forms worth searching
    options = [q]
    for forms, w in ((other_forms, weight), (kindred, kin)):
        if not w:
            continue
        scaled = {k: v * w for k, v in (boosts or FIELD_BOOSTS).items()}
        for form in forms(node.text):
            other = clause_query(schema, replace(node, text=form), scaled)
            terms = set(other.iter_all_terms(phrases=True))
            if other is not wq.NullQuery and not terms <= have:
                options.append(other)
                have |= terms
    return wq.Or(options) if len(options) > 1 else q


def kindred(word: str) -> list[str]:
    """Return the words of a typed word's derivation family and its strong verb's other
    grades ("Verhaftung": "verhaftet"; "zurückgetreten": "zurücktreten")."""
    return list(dict.fromkeys([*family(word), *strong_forms(word)]))
