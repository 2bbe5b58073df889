"""Learn what an analyzer makes of words, many words at a time.

index.terms caches each word's terms; a word it has not met is learned here. The
analyzers' filters change one token at a time (index.terms' _PER_TOKEN), so the terms
of a batch of words are what each filter's word-wise step (its texts()) makes of all of
the batch's tokens at once: one call per filter and batch, not per word, and the steps
after the compound splitting run once per distinct text (a compound's parts recur from
word to word: "gericht", "bundes"). The result is the analyzer's own, token by token:
the words whose tokens are not the word itself (hyphenated, numbers with points, dates,
words with a second spelling) are cut into tokens by the analyzer's tokenizer, all in
one pass, and keep the positions it gives them within the word.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from whoosh.analysis import LowercaseFilter

from index.analysis import DecompoundFilter, GermanFoldFilter, SnowballFilter, StopFilter
from index.compounds import COMPOUND_MIN_CHARS, compound_parts
from index.folding import german_fold
from index.word_pattern import JOINERS, same_as, word_width
from index.wordcache import Entry

# A filter's word-wise step over a list of texts: the texts it makes of them, in order.
Step = Callable[[list[str]], list[str]]


def _lowercase(texts: list[str]) -> list[str]:
    """Return the texts LowercaseFilter makes of tokens of these texts."""
    return [text.lower() for text in texts]


class Learner:
    """An analyzer's filters as steps over lists of texts, before and after the
    compound splitting (if it splits compounds)."""

    def __init__(self, analyzer: Any) -> None:
        self.tokenizer = analyzer.items[0]
        filters = list(analyzer.items[1:])
        kinds = [type(f) for f in filters]
        self.splits = DecompoundFilter in kinds
        at = kinds.index(DecompoundFilter) if self.splits else len(filters)
        if DecompoundFilter in kinds[at + 1 :]:
            raise ValueError("an analyzer splits compounds once at most")
        # (step, whether it only drops texts) before and after the splitting.
        self.before = [_step(f) for f in filters[:at]]
        self.after = [_step(f) for f in filters[at + 1 :]]

    def entries(self, words: list[str]) -> list[Entry]:
        """Return the terms of words, each as index.terms caches them: the term alone for
        a word of one position that makes one term at it, else ((term, position in the
        word), ...) and the positions the word takes."""
        # Most words are one token, the word itself, at the word's one position; the
        # others are cut by the tokenizer, and their tokens follow.
        alone: list[int] = []
        others: list[int] = []
        for n, word in enumerate(words):
            if JOINERS.search(word) is None and same_as(word) is None:
                alone.append(n)
            else:
                others.append(n)
        texts = [words[n] for n in alone]
        # Each cut token's word, its position in the word, and whether the compound
        # splitting looks at it (not at a joined or derived token).
        owners: list[int] = []
        rels: list[int] = []
        whole = [True] * len(alone)
        widths = [1] * len(words)
        if others:
            self._tokenize([words[n] for n in others], others, widths, owners, rels, texts, whole)
        made = self._terms(texts, whole)
        out: list[Any] = [None] * len(words)
        for n, terms in zip(alone, made, strict=False):
            if terms.__class__ is str:
                out[n] = terms
            elif len(terms) == 1:  # a compound whose other parts were stopwords
                out[n] = terms[0]
            else:
                out[n] = (tuple([(term, 0) for term in terms]), 1)
        if others:
            found: dict[int, list[tuple[str, int]]] = {n: [] for n in others}
            for n, rel, terms in zip(owners, rels, made[len(alone) :], strict=True):
                if terms.__class__ is str:
                    found[n].append((terms, rel))
                else:
                    found[n].extend([(term, rel) for term in terms])
            for n, tokens in found.items():
                width = widths[n]
                one = width == 1 and len(tokens) == 1 and tokens[0][1] == 0
                out[n] = tokens[0][0] if one else (tuple(tokens), width)
        return out

    def _tokenize(
        self,
        words: list[str],
        numbers: list[int],
        widths: list[int],
        owners: list[int],
        rels: list[int],
        texts: list[str],
        whole: list[bool],
    ) -> None:
        """Add the tokens of words (numbered `numbers`) that the tokenizer cuts, all in
        one pass over the words joined by spaces: each takes its own positions."""
        starts: list[int] = []
        pos = 0
        for word, n in zip(words, numbers, strict=True):
            starts.append(pos)
            widths[n] = word_width(word)
            pos += widths[n]
        starts.append(pos)
        k = 0
        for t in self.tokenizer(" ".join(words), positions=True, mode="index"):
            while t.pos >= starts[k + 1]:
                k += 1
            owners.append(numbers[k])
            rels.append(t.pos - starts[k])
            texts.append(t.text)
            whole.append(not (getattr(t, "joined", False) or getattr(t, "derived", False)))

    def _terms(self, texts: list[str], whole: list[bool]) -> list[str | list[str]]:
        """Return the terms each token makes, in order: a token's one term alone, or the
        list of its terms (none, or a compound and its parts)."""
        made = _run(self.before, texts)
        # Each token's text, then the parts of a compound: `counts` per token.
        split: list[str] = []
        counts: list[int] = []
        for text, looked in zip(made, whole, strict=True):
            if text is None:
                counts.append(0)
                continue
            split.append(text)
            if self.splits and looked and len(text) >= COMPOUND_MIN_CHARS:
                parts = compound_parts(text)
                if parts:
                    split.extend([text[a:b] for a, b in parts])
                    counts.append(1 + len(parts))
                    continue
            counts.append(1)
        distinct = list(dict.fromkeys(split))
        term = dict(zip(distinct, _run(self.after, distinct), strict=True))
        out: list[str | list[str]] = []
        at = 0
        for count in counts:
            if count == 1:
                found = term[split[at]]
                out.append([] if found is None else found)
            else:
                out.append([t for x in split[at : at + count] if (t := term[x]) is not None])
            at += count
        return out


def _step(f: Any) -> tuple[Step, bool]:
    """Return a filter's word-wise step and whether it only drops texts (a stop list)."""
    if type(f) is LowercaseFilter:
        return _lowercase, False
    if type(f) is SnowballFilter:
        import Stemmer

        stemmer = Stemmer.Stemmer(f.language)
        stemmer.maxCacheSize = 0
        return stemmer.stemWords, False
    if type(f) is GermanFoldFilter:
        return lambda texts: list(map(german_fold, texts)), False
    return f.texts, type(f) is StopFilter


def _run(steps: list[tuple[Step, bool]], texts: list[str]) -> list[str | None]:
    """Return what steps make of each text, None where a step dropped it."""
    at: list[int] | None = None  # where each text still kept stands (None: every text)
    kept = texts
    for step, drops in steps:
        if not kept:
            break
        made = step(kept)
        if drops:
            # A stop list keeps or drops a text by the text alone: the texts kept are
            # those of the texts it dropped none of (most steps drop none at all).
            if len(made) != len(kept):
                dropped = set(kept).difference(made)
                places = range(len(texts)) if at is None else at
                at = [i for i, text in zip(places, kept, strict=True) if text not in dropped]
        elif len(made) != len(kept):
            raise ValueError(f"{step!r} made {len(made)} texts of {len(kept)}")
        kept = made
    if at is None:
        return list(kept)
    out: list[str | None] = [None] * len(texts)
    for i, text in zip(at, kept, strict=True):
        out[i] = text
    return out
