"""Why a hit matched: how each word of the query met the article's text.

For every word typed, the first place it matched (title, caption, then body) is named
with the form found there and the kind of match: the exact form, another inflection
(stem), an umlaut or ß spelling (München for muenchen), a part of a compound
(Waffen*lieferungen* for Lieferung), or a phrase.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass
from typing import Any

from whoosh.analysis import Analyzer

from index.folding import german_fold
from search.parsed import ParsedQuery

PARTS = ("title", "caption", "body")
# How a word can meet the text (Reason.how).
KINDS = ("exact", "umlaut", "stem", "compound", "phrase", "prefix")


@dataclass(frozen=True)
class Reason:
    """How one query word matched one article."""

    word: str  # as typed
    field: str  # title, caption or body
    found: str  # the form in the text
    how: str  # one of KINDS

    def as_dict(self) -> dict[str, str]:
        """Return the reason as plain data."""
        return asdict(self)


def _kind(typed: str, found: str, inside_word: bool) -> str:
    """Name how a typed word relates to the form found in the text."""
    if inside_word:
        return "compound"
    a, b = typed.casefold(), found.casefold()
    if a == b:
        return "exact"
    if german_fold(a) == german_fold(b):
        return "umlaut"
    return "stem"


def _tokens(analyzer: Analyzer, text: str) -> list[tuple[str, int, int]]:
    return [(t.text, t.startchar, t.endchar) for t in analyzer(text, positions=True, chars=True)]


def explain(analyzer: Analyzer, parsed: ParsedQuery, doc: dict[str, Any]) -> list[Reason]:
    """Say, for each word of the query, where and how it matched the article."""
    texts = {part: doc.get(part) or "" for part in PARTS}
    tokens = {part: _tokens(analyzer, texts[part]) for part in PARTS if texts[part]}
    reasons: list[Reason] = []
    # Every word and phrase looked for, also those inside AND / OR in parentheses.
    for clause in parsed.clauses:
        if clause.phrase:
            reason = _phrase(analyzer, clause.text, texts, tokens)
        else:
            reason = _word(analyzer, clause.text, texts, tokens)
        if reason:
            reasons.append(reason)
    return reasons


def _word(
    analyzer: Analyzer,
    typed: str,
    texts: dict[str, str],
    tokens: dict[str, list[tuple[str, int, int]]],
) -> Reason | None:
    """Find where a typed word matched: by its whole term first, then by its parts."""
    query_tokens = _tokens(analyzer, typed)
    if not query_tokens:
        return None
    whole = query_tokens[0][0]
    parts = {t for t, _, _ in query_tokens[1:]}
    for part, toks in tokens.items():
        for i, (term, start, end) in enumerate(toks):
            if term != whole:
                continue
            text = texts[part]
            # A token inside a longer word of the text is a compound part.
            inside = any(
                s <= start and end <= e and (s, e) != (start, end)
                for _, s, e in toks[max(0, i - 4) : i]
            )
            return Reason(typed, part, text[start:end], _kind(typed, text[start:end], inside))
    if parts:
        for part, toks in tokens.items():
            found = [(s, e) for term, s, e in toks if term in parts]
            if {t for t, _, _ in toks} >= parts and found:
                s, e = found[0]
                return Reason(typed, part, texts[part][s:e], "compound")
    return None


def _prefix(
    analyzer: Analyzer,
    typed: str,
    texts: dict[str, str],
    tokens: dict[str, list[tuple[str, int, int]]],
) -> Reason | None:
    """Find the first word that starts as the truncated word does."""
    start = german_fold(typed.casefold())
    for part, toks in tokens.items():
        for _, s, e in toks:
            surface = texts[part][s:e]
            if german_fold(surface.casefold()).startswith(start):
                return Reason(typed + "*", part, surface, "prefix")
    return None


def _phrase(
    analyzer: Analyzer,
    typed: str,
    texts: dict[str, str],
    tokens: dict[str, list[tuple[str, int, int]]],
) -> Reason | None:
    """Find the field where all words of a phrase occur."""
    wanted = [t for t, _, _ in _tokens(analyzer, typed.replace("-", " "))]
    if not wanted:
        return None
    for part, toks in tokens.items():
        terms = [t for t, _, _ in toks]
        for i, term in enumerate(terms):
            if term == wanted[0] and all(w in terms[i : i + 3 * len(wanted)] for w in wanted):
                start = toks[i][1]
                return Reason(typed, part, texts[part][start : start + len(typed)], "phrase")
    return None
