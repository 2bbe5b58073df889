"""The words of a typed word's derivation family: a verb, its participle and its noun.

A reader remembers the story and types the word in another part of speech than the
article: "fortgesetzt" for "Fortsetzung", "Verweigerung" for "verweigern", "Plagiat"
for "plagiierte". Stemming keeps these apart ("fortgesetzt", "fortsetz"; "verweig",
"verweiger"); this module names the family's other words, built by German word
formation from the word's verb stem:

- a verb's noun in "-ung" and back ("verweigern", "Verweigerung");
- a participle with "ge-", after a separable prefix ("fortgesetzt", "fortsetzen");
- a foreign verb in "-ieren" and its noun in "-ation" or "-at" ("demonstrieren",
  "Demonstration"; "plagiieren", "Plagiat").

A family is taken only when the word list (index.compounds.lexicon, folded) holds its
verb or its noun, and both when the typed word only ends like a verb's form ("Markt" is
no "marken"'s; a capitalised word is read as no verb's form); a foreign verb's family
also when the typed word is rarer than the word list's words (its derived forms are as
rare: only the index holds them). A member whose folded spelling is another word's too
("töten", "Toten") is left out: the index folds umlauts, so its term would hold both.
"""

from __future__ import annotations

import functools
import re

from index.compounds import lexicon
from index.folding import german_fold
from index.wordlist import folded_lexicon

# Separable verb prefixes: the participle puts "ge" after them ("fort|ge|setzt").
SEPARABLE = (
    "zurück zusammen weiter wieder voraus vorbei heraus herein hinaus nieder entgegen "
    "fest fort hoch frei heim auf aus bei ein mit nach vor weg her hin los ab an zu"
).split()
# Inseparable prefixes: the participle has no "ge" ("verweigert", "bedroht").
INSEPARABLE = ("be", "emp", "ent", "er", "ge", "miss", "ver", "zer")
# The shortest verb stem of a word read as a verb's form whose family is taken ("bedroh"
# of "bedroht"; not "stell" of "stellte": "gestellt" ends "festgestellt").
FORM_STEM_MIN_CHARS = 6
# How a typed word was read (verb_stems).
FOREIGN, NOUN, FORM = "foreign", "noun", "form"
# The shortest verb stem a family is built from ("töt" of "töten" is one letter short).
STEM_MIN_CHARS = 3
# A typed word's endings and the verb stem before them, longest first.
_NOUN = re.compile(r"^(\w+?)ung(en)?$")
_FOREIGN_NOUN = re.compile(r"^(\w{3,}?)(ation|at)(en|s|e)?$")
_FOREIGN_VERB = re.compile(r"^(\w{3,}?)ier(en|t|te|ten|ter|tes|tem|st|e)$")
_PARTICIPLE = re.compile(r"^(\w*?)ge(\w{3,}?)(e?t)(e|en|er|es|em)?$")
_INFINITIVE = re.compile(r"^(\w{3,}?)(ern|eln|en)$")
_FINITE = re.compile(r"^(\w{3,}?)(e?t)(e|en|er|es|em)?$")


def family(word: str) -> list[str]:
    """Return the other words of a typed word's derivation family (lowercase), none if
    the word list holds neither its verb nor its noun."""
    w = word.lower()
    capital = word[:1].isupper()
    if not w.isalpha() or len(w) < STEM_MIN_CHARS + 2:
        return []
    rare = german_fold(w) not in folded_lexicon()
    out: list[str] = []
    for stem, kind in verb_stems(w):
        if kind == FORM and (capital or len(stem) < FORM_STEM_MIN_CHARS):
            # A noun or a name ("Stimmen", "Schulte"), no verb's form; a short verb's
            # family ends many compounds the index splits ("setzen": "Voraussetzung").
            continue
        out.extend(f for f in _members(stem, kind, rare) if f != w and not _ambiguous(f))
    return list(dict.fromkeys(out))


def _ambiguous(word: str) -> bool:
    """Tell whether the index's folded spelling of a word is another word's as well
    ("töten" and "Toten", "Zählung" and "Zahlung"): its term would hold that word."""
    return _spellings().get(german_fold(word), 0) > (word in lexicon())


def verb_stems(w: str) -> list[tuple[str, str]]:
    """Return the verb stems a lowercase word may be built on (the likeliest first),
    each with how the word was read: "foreign" (a verb in "-ieren" or its noun),
    "noun" (in "-ung", or a participle with "ge-"), "form" (the word only ends like a
    verb's form, so the word list must hold both the verb and its noun)."""
    found: list[tuple[str, str]] = []
    m = _FOREIGN_VERB.match(w)
    if m:
        found.append((m.group(1) + "ier", FOREIGN))
    m = _FOREIGN_NOUN.match(w)
    if m and m.group(1)[-1] not in "aeouäöü":
        # Not a verb's form ("Plagiat" is no "plagiaten"); not "Staat". A verb much
        # rarer than the noun is another word ("Monat", "moniert").
        verb = folded_lexicon().get(german_fold(m.group(1) + "ieren"), 0.0)
        typed = folded_lexicon().get(german_fold(w))
        return [(m.group(1) + "ier", FOREIGN)] if typed is None or verb >= typed - 1 else []
    m = _NOUN.match(w)
    if m:
        found.append((m.group(1), NOUN))
    m = _PARTICIPLE.match(w)
    if m and (not m.group(1) or m.group(1) in SEPARABLE):
        # A separable verb's participle; "ge" alone starts words of their own too.
        found.append((m.group(1) + m.group(2), NOUN if m.group(1) else FORM))
    m = _INFINITIVE.match(w)
    if m:
        found.append((m.group(1) + m.group(2)[:-1] if m.group(2) != "en" else m.group(1), FORM))
    m = _FINITE.match(w)
    if m and not _NOUN.match(w):
        found.append((m.group(1), FORM))
    seen: dict[str, str] = {}
    for stem, kind in found:
        if len(stem) >= STEM_MIN_CHARS and stem not in seen:
            seen[stem] = kind
    return list(seen.items())


def _members(stem: str, kind: str, rare: bool) -> list[str]:
    """Return the family of a verb stem: infinitive, participle, noun; none unless the
    word list holds the infinitive or the noun (each, for a word read as a FORM)."""
    words = folded_lexicon()
    foreign = kind == FOREIGN
    infinitive = stem + ("n" if stem.endswith(("er", "el")) and not stem.endswith("ier") else "en")
    if foreign:
        base = stem[:-3]
        nouns = [base + "ation", base + "at"]
    else:
        nouns = [stem + "ung"]
    verb = words.get(german_fold(infinitive))
    noun = any(german_fold(n) in words for n in nouns)
    if not ((verb and noun) if kind == FORM else (verb or noun or (rare and foreign))):
        return []
    if not foreign and lexicon().get(stem, 0.0) >= (verb or 0.0):
        return []  # a word of its own before a noun's "-ung" ("Zeit", "Zeitung")
    # The foreign nouns the word list holds ("Demonstration", not "Demonstrat"); both
    # when it holds neither (the index tells which it has).
    nouns = [n for n in nouns if german_fold(n) in words] or nouns
    return [infinitive, _participle(stem), *nouns]


def _participle(stem: str) -> str:
    """Return a weak verb's participle ("fortgesetzt", "getötet", "verweigert")."""
    ending = "et" if stem[-1] in "dt" or _needs_e(stem) else "t"
    if stem.endswith("ier"):
        return stem + ending  # no "ge" ("demonstriert", "regiert")
    for prefix in SEPARABLE:
        if stem.startswith(prefix) and len(stem) - len(prefix) >= STEM_MIN_CHARS:
            rest = stem[len(prefix) :]
            if not rest.startswith(INSEPARABLE):
                return prefix + "ge" + rest + ending
            return stem + ending
    if stem.startswith(INSEPARABLE):
        return stem + ending
    return "ge" + stem + ending


def _needs_e(stem: str) -> bool:
    """Tell whether a stem ending in m or n after a consonant takes "-et" ("öffnet")."""
    return stem[-1] in "mn" and (stem[-2] not in "aeiouäöülrmnh" or stem[:-1].endswith("ch"))


@functools.lru_cache(maxsize=1)
def _spellings() -> dict[str, int]:
    """Return how many words of the word list each folded spelling stands for, once."""
    out: dict[str, int] = {}
    for w in lexicon():
        folded = german_fold(w)
        out[folded] = out.get(folded, 0) + 1
    return out
