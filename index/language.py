"""Language detection: langdetect on a bounded sample, seeded so runs agree."""

from __future__ import annotations

import re
from typing import Any

from index import foreign_words, german_words
from index.compounds import lexicon, lexicon_cache_path, split_compound
from index.langdetect_fast import LANGDETECT_VERSION, create_detector, probabilities_many

# langdetect's cost grows with the text; a few hundred characters of title and lead
# decide the language as well as the whole article does.
SAMPLE_CHARS = 600
# Below this many letters langdetect guesses; a caller's hint (or "unknown") is better.
MIN_LETTERS = 20
# langdetect averages this many random walks over the sample's n-grams (its default is 7).
# Three decide the language of every article of the evaluation corpus (6,039) as seven
# do, and bench/language.py stays at 251 of 251, at less than half the cost. Bare
# headlines are harder: on 17,711 of german-news-headlines 0.6% of the answers change
# and accuracy goes from 95.1% to 95.0% (langdetect reads 5% of them as af, nl, sv ...
# with seven trials too).
TRIALS = 3
UNKNOWN = "unknown"
# Short texts (headlines) are where langdetect errs; there the archive's main language
# wins when langdetect gives it at least this probability.
SHORT_LETTERS = 120
PRIOR = "de"
PRIOR_MIN_PROB = 0.1
# A sample this long of which this share are German function words (words its neighbours
# in langdetect's profiles, Dutch, Afrikaans, the Scandinavian languages and English, do
# not use) is German beyond doubt, and langdetect is not asked. On the evaluation corpus
# 95% of the German articles qualify, langdetect answers German with a probability that
# rounds to 1.0 for each of them, and no article of another language comes near (the
# highest share is 0.01). Headlines are too short for this and still go to langdetect.
FAST_MIN_WORDS = 30
FAST_MIN_SHARE = 0.1
GERMAN_WORDS = frozenset(
    "und nicht ist sich auch für eine einer einem eines einen wird wurde wurden werden "
    "sind auf zu von bei nach über oder aber haben hat hatte dass wir ich sein seine "
    "ihre ihr vom zum zur beim durch gegen unter mehr schon wenn kann können soll "
    "sollen muss müssen nur doch diese dieser dieses diesem jetzt sagte sei".split()
)
# A shorter text (a headline) is German beyond doubt when at least this many of its words,
# and this share, are German words other languages hardly use (index.german_words, drawn
# from German's 25,000 most frequent words) or the function words above ("hat" and "von"
# left out: English has them). `bench/language.py --headlines 5000`: of the headlines of
# german-news-headlines 76% (dev half of the files) and 65% (held-out half) qualify, where
# a list drawn from the 4,000 most frequent words let 60% and 49% through; the rest go to
# langdetect. Of 692 titles and sentences of other languages' pages in the fundus data, none.
SHORT_MIN_WORDS = 2
SHORT_MIN_SHARE = 0.2
SHORT_GERMAN_WORDS = german_words.WORDS | (GERMAN_WORDS - {"hat", "von"})
# A short text with fewer of those words is German too when it has one at least, none of
# its words is a frequent word of another language German hardly uses (index.foreign_words:
# "the", "van", "och", "les" ...), and no more of its words are no German word at all (of
# three letters or more: not in the German lexicon of compound splitting, nor a compound
# of its words; mostly names) than are German-only ones. Of the headlines the rules above
# leave to langdetect in the 280,717-article archive this decides 59%, and langdetect
# answers German for 96% of them; the rest it gives to Afrikaans, Dutch, English ... for
# German headlines ("Russland provoziert die Balten": nl).
FOREIGN_WORDS = foreign_words.WORDS
# Everything that decides what detect() answers; part of each article's fingerprint, so
# a change here makes the next indexing run detect every article's language again.
METHOD = (
    f"langdetect-{LANGDETECT_VERSION}/seed0/sample{SAMPLE_CHARS}/trials{TRIALS}/min{MIN_LETTERS}"
    f"/prior-{PRIOR}-{SHORT_LETTERS}-{PRIOR_MIN_PROB}"
    f"/fast-de-{FAST_MIN_WORDS}-{FAST_MIN_SHARE}-{len(GERMAN_WORDS)}"
    f"-{SHORT_MIN_WORDS}-{SHORT_MIN_SHARE}-{len(SHORT_GERMAN_WORDS)}"
    f"/known-de-{len(FOREIGN_WORDS)}-{lexicon_cache_path().name}"
)

_LETTERS = re.compile(r"[^\W\d_]")
# MIN_LETTERS letters, whatever lies between them: a text has that many if it is found,
# told without a list of every letter of the text.
_ENOUGH_LETTERS = re.compile(rf"[^\W\d_](?:[\W\d_]*[^\W\d_]){{{MIN_LETTERS - 1}}}")
_WORDS = re.compile(r"[^\W\d_]+")


def sample(title: str, body: str, limit: int = SAMPLE_CHARS) -> str:
    """Return the bounded piece of an article that language detection reads."""
    text = f"{title}\n{body}" if title else body
    if len(text) <= limit:
        return text
    # Cut at a word boundary so no half word skews the n-gram counts.
    cut = text.rfind(" ", 0, limit)
    return text[: cut if cut > limit // 2 else limit]


def clearly_german(text: str) -> bool:
    """Tell whether a text is German by the German words in it (langdetect not needed)."""
    words = _WORDS.findall(text.lower())
    if len(words) >= FAST_MIN_WORDS:
        german = sum(1 for w in words if w in GERMAN_WORDS)
        return german >= FAST_MIN_SHARE * len(words)
    german = sum(1 for w in words if w in SHORT_GERMAN_WORDS)
    if german >= SHORT_MIN_WORDS and german >= SHORT_MIN_SHARE * len(words):
        return True
    return german >= 1 and _known_german(words, german)


def _known_german(words: list[str], german: int) -> bool:
    """Tell whether a short text's words, `german` of them German-only, are German words
    with no word of another language among them and no more unknown words than that."""
    if any(w in FOREIGN_WORDS for w in words):
        return False
    known = lexicon()
    unknown = 0
    for w in words:
        if len(w) < 3 or w in SHORT_GERMAN_WORDS or w in known or split_compound(w):
            continue
        unknown += 1
        if unknown > german:
            return False
    return True


def detect(text: str, hint: str | None = None) -> tuple[str, float]:
    """Return the language code of a text and langdetect's confidence in it."""
    quick = _without_langdetect(text, hint)
    if quick is not None:
        return quick
    # The factory's fixed seed makes langdetect's random sampling, and so its answer,
    # repeatable: each detector starts its own generator from it.
    detector = create_detector(TRIALS)
    detector.append(text[:SAMPLE_CHARS])
    try:
        candidates = detector.get_probabilities()
    except Exception:  # langdetect raises its own error on featureless text
        candidates = None
    return _decide(text, hint, candidates)


def detect_many(texts: list[str], hints: list[str | None]) -> list[tuple[str, float]]:
    """Return detect(text, hint) of each text; the texts that need langdetect are
    detected together (their random walks side by side), with the same answers."""
    found: list[tuple[str, float] | None] = [
        _without_langdetect(text, hint) for text, hint in zip(texts, hints, strict=True)
    ]
    pending = [k for k, quick in enumerate(found) if quick is None]
    walked = probabilities_many([texts[k][:SAMPLE_CHARS] for k in pending], TRIALS)
    for k, candidates in zip(pending, walked, strict=True):
        found[k] = _decide(texts[k], hints[k], candidates)
    return [f for f in found if f is not None]


def _without_langdetect(text: str, hint: str | None) -> tuple[str, float] | None:
    """Return the answer for a text too short or clearly German; None: ask langdetect."""
    if _ENOUGH_LETTERS.search(text, 0, SAMPLE_CHARS) is None:
        return (hint, 0.0) if hint else (UNKNOWN, 0.0)
    if clearly_german(text[:SAMPLE_CHARS]):
        return "de", 1.0
    return None


def _decide(text: str, hint: str | None, candidates: list[Any] | None) -> tuple[str, float]:
    """Return the answer from langdetect's candidates (None: it found no features)."""
    if candidates is None:
        return (hint, 0.0) if hint else (UNKNOWN, 0.0)
    best = candidates[0]
    if best.lang != PRIOR and len(_LETTERS.findall(text[:SAMPLE_CHARS])) < SHORT_LETTERS:
        # On a headline langdetect often ranks Afrikaans or Dutch above German; an archive
        # that is German first takes German whenever it is a serious candidate.
        for c in candidates:
            if c.lang == PRIOR and c.prob >= PRIOR_MIN_PROB:
                return PRIOR, round(float(c.prob), 4)
    lang = best.lang.split("-")[0]
    return lang, round(float(best.prob), 4)
