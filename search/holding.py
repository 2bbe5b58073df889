"""Which terms besides its own say that an article holds a typed word.

The result set (search.matchset) asks of each article whether it holds each content word
of the query, and a hit names the words it lacks. The word's own query matches its stem,
its umlaut spellings, a compound's parts and a hyphenated word's variants; a reader who
remembers a word also means forms that stemming and the compound lexicon keep apart:

- a compound that starts with the word ("Schleuser" in "Schleuseroperationen", "Schrot"
  in "Schrotgewehr"), found among the index's terms: for words of MIN_CHARS letters or
  more, the rest (after a linking element) a word of the compound lexicon, not a
  derivation suffix; so "Stelle" holds "Stellenabbau" but "Wissen" not "Wissenschaft";
- a genitive or plural "s" after a vowel ("Elmi" in "Elmis"), the "-an-" of a place's
  adjective or people ("Kenia" in "kenianische"), and the word's forms of search.forms
  ("Chinas" holds "China", "geuebt" "geübt"); an adjective in "-isch" the name it is made
  of, where the index holds it (search.forms.place_names: "italienischen" in "Italien",
  "libysche" in "Libyen");
- a verb's forms in "-t" for the verb, or for a noun in "-ung" ("Warnung" in "warnt",
  "Dementi" in "dementiert", "Öffnung" in "öffnet");
- the words of its derivation family (search.derived: "fortgesetzt" in "Fortsetzung",
  "Plagiat" in "plagiierte") and a strong verb's other grades (search.strong:
  "schrieb" in "geschrieben", "Beschuss" in "beschossen");
- a compound by its parts, each held on its own (search.parts: "Impfdosen" in
  "Impfstoff-Dosen"), and a short form by its long one (search.clipped: "Demo" in
  "Demonstration"): search.querywords asks each.

Ranking does not search these forms (search.compile.compiled.FORM_BOOST): they decide
membership only.
"""

from __future__ import annotations

import functools
from collections.abc import Callable, Iterator

from whoosh.fields import Schema
from whoosh.reading import IndexReader

from index.folding import german_fold
from index.schema import text_field
from index.wordlist import folded_lexicon, is_compound_of
from search.analyzed import query_term
from search.derived import family
from search.forms import other_forms, place_names
from search.strong import strong_forms
from search.whoosh_read import prefixed_terms

# Words this long reach the compounds that start with them: shorter ones start too many
# words that are not theirs ("Demo" and "Demokratie").
MIN_CHARS = 5
# Endings of a typed word after which its stem is the compound's first part as well
# ("Impfungen": "Impfungskampagne"); not "e" ("Reise" is no "Reis").
STEM_ENDINGS = ("en", "n", "es", "s")
# The compounds of a word taken at most, in each field, the shortest first (the common
# ones): a word that starts a thousand terms ("Corona") would cost a posting list each.
MAX_COMPOUNDS = 16
# A verb's stem this long at least has forms in "-t" taken ("warn": "warnt").
VERB_MIN_CHARS = 4
VOWELS = frozenset("aeiouy")
# The fields searched for other forms: a compound or form only in a caption is left
# out, as each field costs a look-up in every segment.
GERMAN_FIELDS = (text_field("title", "de"), text_field("body", "de"))


Terms = list[tuple[str, str]]


def other_terms_of(
    reader: IndexReader, schema: Schema, words: list[str]
) -> dict[str, list[tuple[str, str]]]:
    """Return other_terms() of each of the words (their derivation families and strong
    verbs' forms first)."""
    # Each module asked once for every word (a request's trip visits each module once).
    families = {word: family(word) for word in words}
    grades = {word: strong_forms(word) for word in words}
    related = {word: list(dict.fromkeys([*families[word], *grades[word]])) for word in words}
    return {word: other_terms(reader, schema, word, related[word]) for word in words}


def other_terms(
    reader: IndexReader, schema: Schema, word: str, related: list[str] | None = None
) -> list[tuple[str, str]]:
    """Return the (field, term) pairs of a typed word's other forms in the German fields
    (none for a word that is not a plain word of letters); terms no article has among
    them. related: the word's related_words(), if known."""
    if not word.isalpha():
        return []
    if related is None:
        related = related_words(word)
    out: list[tuple[str, str]] = []
    for fieldname in GERMAN_FIELDS:
        if fieldname not in schema:
            continue
        analyze = functools.partial(query_term, schema[fieldname].analyzer)
        stem = analyze(word)
        if stem is None:
            continue  # a stopword
        wanted = set(_forms(word, stem, analyze))
        wanted.update(t for t in map(analyze, related) if t)
        wanted.update(_compounds(reader, fieldname, word, stem))
        wanted.discard(stem)
        out.extend((fieldname, t) for t in sorted(wanted))
    return out


def related_words(word: str) -> list[str]:
    """Return the words of a typed word's derivation family and its strong verb's forms."""
    return list(dict.fromkeys([*family(word), *strong_forms(word)]))


def _forms(word: str, stem: str, analyze: Callable[[str], str | None]) -> Iterator[str]:
    """Yield the terms of a word's inflected and derived forms (they may not exist)."""
    for form in [*other_forms(word), *place_names(word)]:
        found = analyze(form)
        if found:
            yield found
    if stem[-1] in VOWELS:
        yield stem + "s"  # "Elmis", "Kenias"
        if stem[-1] == "a":
            yield stem + "n"  # "kenianisch", "Kenianer"
    root = stem
    if stem.endswith("ung"):
        # A noun of a verb ("Öffnung", "Warnung"): the verb's stem, and its form in -t.
        if not _is_verb_stem(stem[:-3]):
            return
        root = stem[:-3]
        yield root
    found = _participle(root, analyze)
    if found:
        yield found


def _participle(root: str, analyze: Callable[[str], str | None]) -> str | None:
    """Return the term of a verb's form in "-t" ("warnt", "dementiert"), None if the
    root is no verb's stem that has one."""
    if len(root) < VERB_MIN_CHARS:
        return None
    if root[-1] == "i":
        form = root + "ert"  # "dementi": "dementiert"
    elif root[-1] in "dt" or (root[-1] in "mn" and _after_consonant(root[:-1])):
        form = root + "et"  # "redet", "öffnet", "atmet", "rechnet"
    else:
        form = root + "t"
    # search.forms reads the form back to its infinitive: it must give the root again.
    return form if any(analyze(f) == root for f in other_forms(form)) else None


def _after_consonant(stem: str) -> bool:
    """Tell whether a verb stem's last m or n follows a consonant that asks for "-et"
    ("öffn", "atm", "rechn"; not "lern", "warn", "wohn")."""
    return stem[-1] not in VOWELS | set("lrmnh") or stem.endswith("ch")


def _is_verb_stem(root: str) -> bool:
    """Tell whether a stem is a verb's rather than a word of its own: its infinitive is
    more frequent than it ("öffn" of "öffnen", "warn" of "warnen"; not "zeit" of
    "Zeitung", "bild" of "Bildung")."""
    words = folded_lexicon()
    verb = words.get(root + "en")
    return len(root) >= VERB_MIN_CHARS and verb is not None and words.get(root, 0.0) < verb


def _compounds(reader: IndexReader, fieldname: str, word: str, stem: str) -> list[str]:
    """Return the field's terms that are compounds starting with the word, the shortest
    MAX_COMPOUNDS."""
    folded = german_fold(word.lower())
    if len(folded) < MIN_CHARS:
        return []
    starts = [folded]
    if len(stem) >= MIN_CHARS and any(folded == stem + e for e in STEM_ENDINGS):
        starts.append(stem)  # a prefix of the word: one look-up finds both's terms
    found: set[str] = set()
    for term in prefixed_terms(reader, fieldname, min(starts, key=len)):
        if any(term.startswith(s) and is_compound_of(term[len(s) :]) for s in starts):
            found.add(term)
    return sorted(found, key=lambda t: (len(t), t))[:MAX_COMPOUNDS]
