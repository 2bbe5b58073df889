"""A strong verb's other forms: "schrieb" and "geschrieben" held by "schreiben".

Strong verbs change their stem vowel (ablaut): "schreiben, schrieb, geschrieben",
"fliegen, flog, geflogen", "schießen, schoss, beschossen". Stemming keeps the grades
apart ("schreib", "schrieb", "geschrieb") and search.derived builds only weak verbs'
forms, so a reader who types one grade misses the article that writes another. A
typed word is read as

- if lowercase, a form of a strong verb of the word list (index.compounds.lexicon),
  or of such a verb with a prefix ("beschossen": "be" + "schießen"; "angeglichen":
  "an" + "gleichen"); a capitalised word is a noun ("Gefahren", "Sprachen");
- a noun of a strong verb's past grade, with or without a prefix: its one vowel is the
  preterite's or the participle's, or "u" for a participle's "o" ("Beschuss",
  "beschossen"; "Abflug", "abgeflogen"; "Fund", "gefunden"; "Anstieg",
  "angestiegen"); not the infinitive's, whose noun stems as the verb does ("Antrag");

and holds the verb's one-word forms (infinitive, participles, present, preterite).
The forms come from the `ablaut` package's German conjugator, which knows the strong
verbs (a verb is strong when its participle ends in "-en"). A word much more frequent
than its verb is another word of the same spelling ("Stahl" and "stahl", "Band" and
"band", "Wand" and "wand"), so neither a form nor a noun is read so, and a verb's
finite form so much more frequent is left out of its forms (FREQUENT_MARGIN).
"""

from __future__ import annotations

import functools
import json
import os
import re
from dataclasses import dataclass
from importlib.metadata import version
from pathlib import Path

import ablaut

from index.compounds import cache_folder, lexicon, lexicon_cache_path
from index.folding import german_fold
from index.wordlist import folded_lexicon
from search.derived import INSEPARABLE, SEPARABLE

# A word or form whose Zipf frequency exceeds its verb's by more than this (twice as
# frequent) is read as another word of the same spelling ("Stahl": 4.35, "stehlen": 3.83).
FREQUENT_MARGIN = 0.3
# The kept strong verbs' file changes name with this: raise it when the rules that find
# them or their forms change.
CACHE_VERSION = 1
# A finite form's inflection endings, which the index's stemmer strips.
ENDINGS = ("en", "st", "e", "t")
# The shortest typed word taken, and the shortest root of a noun after its prefix.
MIN_CHARS = 4
# Prefixes a strong verb takes, longest first (a separable one's participle has "ge").
PREFIXES = tuple(sorted({*SEPARABLE, *INSEPARABLE}, key=lambda p: (-len(p), p)))
# A noun's root: one vowel group between consonants ("schuss", "flug", "sprung").
_ONE_VOWEL = re.compile(r"^([^aeiouyäöü]+)([aeiouyäöü]+)([^aeiouyäöü]+)$")


@dataclass(frozen=True)
class Verb:
    """A strong verb of the word list: its infinitive, its one-word forms, the onset,
    vowels and coda of its past grades (for nouns) and its infinitive's vowel."""

    infinitive: str
    forms: tuple[str, ...]
    grades: tuple[tuple[str, str, str], ...]
    vowel: str


def strong_forms(word: str) -> list[str]:
    """Return the one-word forms (lowercase) of the strong verb a typed word is a form
    or a past-grade noun of, the word itself left out; none for other words. A
    capitalised word is read as a noun only ("Gefahren", "Sprachen")."""
    w = word.lower()
    if not w.isalpha() or len(w) < MIN_CHARS:
        return []
    infinitive = (None if word[:1].isupper() else _as_form(w)) or _as_noun(w)
    if infinitive is None:
        return []
    return [f for f in _forms(infinitive) if f != w]


def _as_form(w: str) -> str | None:
    """Return the infinitive of the strong verb a word is a form of, None if none."""
    forms = _form_index()
    if w in forms:
        return forms[w]
    for prefix in PREFIXES:
        rest = w[len(prefix) :]
        if not w.startswith(prefix) or len(rest) < MIN_CHARS:
            continue
        base = forms.get(rest) or (forms.get(rest[2:]) if rest.startswith("ge") else None)
        if base is None:
            continue
        verb = prefix + base
        # A prefixed verb the word list holds, or the prefixed verb's participle
        # ("beschossen"): not a prefix before any form ("Verlag" is no "verliegen").
        if german_fold(verb) in folded_lexicon() or _conjugate(verb).past_participle == w:
            return verb
    return None


def _as_noun(w: str) -> str | None:
    """Return the infinitive of the strong verb a word is a past-grade noun of."""
    for prefix in ("", *PREFIXES):
        rest = w[len(prefix) :]
        if not w.startswith(prefix) or len(rest) < MIN_CHARS:
            continue
        m = _ONE_VOWEL.match(german_fold(rest))
        if not m:
            continue
        onset, vowel, coda = m.groups()
        for verb in _grade_index().get((onset, coda), ()):
            nouns = {v for o, v, c in verb.grades} | {"u" for o, v, c in verb.grades if v == "o"}
            # Not the infinitive's vowel: that noun stems as the verb does ("Antrag").
            nouns.discard(verb.vowel)
            if vowel in nouns and not _too_frequent(rest, verb.infinitive):
                return prefix + verb.infinitive
        return None  # the first reading with a root decides
    return None


def _other_word(form: str, verb: str) -> bool:
    """Tell whether a verb's finite form, or its stem as the index makes it ("stahlen":
    "stahl"), is far more frequent than the verb."""
    stems = [form[: -len(e)] for e in ENDINGS if form.endswith(e) and len(form) > len(e) + 2]
    return any(_too_frequent(f, verb) for f in (form, *stems))


def _too_frequent(word: str, verb: str) -> bool:
    """Tell whether a word is far more frequent than a verb (another word's spelling)."""
    words = folded_lexicon()
    return words.get(german_fold(word), 0.0) > words.get(german_fold(verb), 0.0) + FREQUENT_MARGIN


@functools.lru_cache(maxsize=4096)
def _forms(infinitive: str) -> tuple[str, ...]:
    """Return a (prefixed) strong verb's one-word forms, lowercase."""
    c = _conjugate(infinitive)
    # The infinitive's and participles' spellings are the verb's; a finite form may be
    # another word's ("stahl", "band"). The subjunctive is left out: rare in news, and
    # its forms are other verbs' ("verführe" of "verfahren").
    own = [c.infinitive, c.past_participle, c.present_participle, c.zu_infinitive]
    finite = [f for f in (*c.present, *c.preterite) if not _other_word(f, infinitive)]
    return tuple(dict.fromkeys(f.lower() for f in (*own, *finite) if f and " " not in f))


@functools.lru_cache(maxsize=4096)
def _conjugate(infinitive: str) -> ablaut.Conjugation:
    """Return the conjugation tables of a verb."""
    return ablaut.conjugate(infinitive)


@functools.lru_cache(maxsize=1)
def _verbs() -> tuple[Verb, ...]:
    """Return the strong verbs of the word list without a prefix (some 250), kept in the
    cache folder: finding them conjugates every word of the list ending in "-en" (some
    8,000 words, 1–2 s), which a process's first search would wait for."""
    path = _cache_path()
    try:
        rows = json.loads(path.read_text(encoding="utf-8"))
        return tuple(Verb(r[0], tuple(r[1]), tuple(tuple(g) for g in r[2]), r[3]) for r in rows)
    except (OSError, ValueError, TypeError, IndexError):
        pass
    verbs = _find_verbs()
    tmp = path.with_name(f"{path.name}.{os.getpid()}.tmp")
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        rows = [[v.infinitive, list(v.forms), [list(g) for g in v.grades], v.vowel] for v in verbs]
        tmp.write_text(json.dumps(rows, ensure_ascii=False), encoding="utf-8")
        os.replace(tmp, path)
    except OSError:
        tmp.unlink(missing_ok=True)  # a cache that cannot be written is skipped
    return verbs


def _cache_path() -> Path:
    """Name the file the strong verbs are kept in: per conjugator, word list and rules."""
    name = f"strong-{version('ablaut')}-{lexicon_cache_path().stem}-{CACHE_VERSION}.json"
    return cache_folder() / name


def _find_verbs() -> tuple[Verb, ...]:
    """Return the strong verbs of the word list without a prefix."""
    out = []
    for w in lexicon():
        if not (w.isalpha() and w.islower() and w.endswith("en") and len(w) >= MIN_CHARS):
            continue
        if any(w.startswith(p) and len(w) - len(p) >= MIN_CHARS for p in PREFIXES):
            continue  # a prefixed verb is read through its base
        c = _conjugate(w)
        participle = c.past_participle
        if " " in participle or not participle.endswith("en"):
            continue  # a weak verb (search.derived), or a word that is no verb
        if participle == w and w.startswith("ge"):
            continue  # a participle read as an infinitive ("gesehen")
        grades = []
        for grade in (c.preterite[0], participle.removeprefix("ge")[:-2]):
            m = _ONE_VOWEL.match(german_fold(grade))
            if m and " " not in grade:
                grades.append((m.group(1), m.group(2), m.group(3)))
        m = _ONE_VOWEL.match(german_fold(w[:-2]))
        out.append(Verb(w, _forms(w), tuple(grades), m.group(2) if m else ""))
    return tuple(out)


@functools.lru_cache(maxsize=1)
def _form_index() -> dict[str, str]:
    """Return each form of the strong verbs (besides the infinitive) with its verb."""
    out: dict[str, str] = {}
    for verb in _verbs():
        for form in verb.forms:
            out.setdefault(form, verb.infinitive)
    return out


@functools.lru_cache(maxsize=1)
def _grade_index() -> dict[tuple[str, str], list[Verb]]:
    """Return the strong verbs by the onset and coda of their past grades."""
    out: dict[tuple[str, str], list[Verb]] = {}
    for verb in _verbs():
        for onset, _, coda in verb.grades:
            if verb not in out.setdefault((onset, coda), []):
                out[(onset, coda)].append(verb)
    return out
