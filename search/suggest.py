"""Help the user on: "Meinten Sie …?" from the archive's own words, easier searches that
find something when one found nothing, and autocomplete."""

from __future__ import annotations

import heapq
import re
from collections import Counter
from collections.abc import Callable
from dataclasses import replace
from difflib import SequenceMatcher
from typing import Any

from rapidfuzz import process
from rapidfuzz.distance import OSA
from whoosh import query as wq
from whoosh.searching import Searcher

from index.folding import german_fold
from index.schema import LANGUAGE_GROUPS, text_field
from search.analyzed import query_term
from search.compile import Compiled
from search.filters import Filters
from search.lru import Lru
from search.parsed import Bool, Clause, ParsedQuery
from search.whoosh_read import prefixed_terms

# A word found in at most this many articles may be a typo worth correcting.
RARE_DF = 1
# A correction must be this many times more frequent than what was typed.
MIN_GAIN = 5
MAX_COMPLETIONS = 8
MAX_RELAXED = 5
_WORD = re.compile(r"\w[\w-]*")


def _term(searcher: Searcher, fieldname: str, text: str) -> str | None:
    """Analyze a typed word as the field does; None if nothing is left (a stopword)."""
    return query_term(searcher.schema[fieldname].analyzer, text)


# How many documents of the index hold a (field, term): Searcher.doc_frequency, or the
# same from posting lists read for the query already (search.matches.ExactPostings).
DocFrequency = Callable[[str, str], int]


def _df(searcher: Searcher, group: str, term: str, df: DocFrequency | None = None) -> int:
    count = df or searcher.doc_frequency
    return sum(count(text_field(part, group), term) for part in ("title", "body"))


def _found(searcher: Searcher, group: str, term: str, df: DocFrequency | None = None) -> bool:
    """Tell whether an article has the term (what _df > 0 tells, stopping at the first
    segment that has it instead of asking every segment for its count)."""
    if df is not None:
        return any(df(text_field(part, group), term) for part in ("title", "body"))
    reader = searcher.reader()
    return any((text_field(part, group), term) in reader for part in ("title", "body"))


def surface(searcher: Searcher, fieldname: str, term: str, typed: str = "") -> str | None:
    """Find how a term is written in an article that has it, the form closest to typed."""
    postings = searcher.postings(fieldname, term)
    if not postings.is_active():
        return None
    doc = searcher.stored_fields(postings.id())
    part = fieldname.rsplit("_", 1)[0]
    text = doc.get(part) or ""
    analyzer = searcher.schema[fieldname].analyzer
    forms = {
        text[t.startchar : t.endchar]
        for t in analyzer(text, chars=True, mode="index")
        if t.text == term
    }
    forms = {f for f in forms if f and " " not in f}
    if not forms:
        return None
    typed = typed.casefold()
    return max(sorted(forms), key=lambda f: SequenceMatcher(None, typed, f.casefold()).ratio())


def close_words(
    searcher: Searcher, fieldname: str, term: str, maxdist: int, memo: Lru[Any] | None = None
) -> list[str]:
    """Return what searcher.suggest(fieldname, term, limit=5, maxdist=maxdist, prefix=2)
    returns over several segments: the 5 most frequent archive words within maxdist edits
    of term, starting with its first two letters.

    Whoosh's own suggestions over several segments, found with less work: the edit
    distances to all words of the prefix are worked out in one call to rapidfuzz, over
    the prefix's words read from each segment's terms table at once and kept in the
    commit's memo. The distance is OSA however many segments the index has (adjacent
    letters swapped count one edit, no substring edited twice), as Whoosh's loop over
    several segments counts it; Whoosh's automaton over one segment counts a swap as two
    edits, and is not used (some 150 ms a word over the terms of 280,717 articles).
    """
    reader = searcher.reader()
    sugfield = searcher.schema[fieldname].spelling_fieldname(fieldname)
    prefix = term[:2]

    def vocabulary() -> tuple[tuple[str, ...], int]:
        # Each segment's terms of the prefix read from its terms table at once, in the
        # order of Whoosh's expand_prefix (which merges the segments' terms one by one):
        # UTF-8's byte order is the characters' order.
        words = tuple(sorted(prefixed_terms(reader, sugfield, prefix)))
        return words, 100 + sum(60 + len(w) for w in words)

    key = ("vocabulary", sugfield, prefix)
    words = memo.kept(key, vocabulary) if memo is not None else vocabulary()[0]
    found = []
    near = process.extract(term, words, scorer=OSA.distance, score_cutoff=maxdist, limit=None)
    for word, _, _ in near:
        # Whoosh's ReaderCorrector: the distance does not count, the frequency does.
        f = reader.frequency(fieldname, word) or 1
        found.append((0 - (maxdist + (1.0 / f * 0.5)), word))
    best = heapq.nlargest(5, found)
    return [word for _, word in sorted(best, key=lambda x: (0 - x[0], x[1]))]


def correction(
    searcher: Searcher,
    clause: Clause,
    group: str = "de",
    rare: int = RARE_DF,
    memo: Lru[Any] | None = None,
    df: DocFrequency | None = None,
) -> str | None:
    """Return a more frequent archive word close to a typed word found in at most rare articles.

    df: a term's document frequency (None: the searcher's).
    """
    if clause.phrase or clause.prefix or len(clause.text) < 4 or not clause.text.isalpha():
        return None
    fieldname = text_field("body", group)
    term = _term(searcher, fieldname, clause.text)
    if term is None:
        return None
    # Most words typed are in the archive: a correction is looked for only if it is not
    # (or, with rare, is in few articles).
    if rare <= 0 and _found(searcher, group, term, df):
        return None
    typed_df = _df(searcher, group, term, df) if rare > 0 else 0
    if typed_df > rare:
        return None
    maxdist = 2 if len(term) >= 7 else 1
    best, best_df = None, MIN_GAIN * typed_df
    # The first two letters are taken as typed: typos there are rare, and fixing them
    # makes the search through the vocabulary several times faster.
    for candidate in close_words(searcher, fieldname, term, maxdist, memo):
        cdf = _df(searcher, group, candidate, df)
        if cdf > best_df:
            best, best_df = candidate, cdf
    if best is None:
        return None
    found = surface(searcher, fieldname, best, clause.text)
    if found is None:
        return None
    if clause.text.islower():
        found = found.lower()
    if german_fold(found.casefold()) == german_fold(clause.text.casefold()):
        return None
    return found


def did_you_mean(
    searcher: Searcher,
    text: str,
    parsed: ParsedQuery,
    found_nothing: bool = False,
    memo: Lru[Any] | None = None,
    df: DocFrequency | None = None,
) -> str | None:
    """Return the query with absent words (or rare ones, if it found nothing) replaced.

    memo: a store kept for the searcher's commit (search.commit.Commit.memo), where each
    word's correction is kept for the next query with the word (None: worked out anew);
    df: a term's document frequency (None: the searcher's).
    """
    changed = text
    any_change = False
    rare = RARE_DF if found_nothing else 0
    for clause in parsed.clauses:
        key = ("correction", clause.text, clause.phrase, clause.prefix, rare)
        kept = memo.get(key) if memo is not None else None
        if kept is None:
            kept = (correction(searcher, clause, rare=rare, memo=memo, df=df),)
            if memo is not None:
                memo.put(key, kept, 200 + 2 * len(clause.text))
        better = kept[0]
        if better is None:
            continue
        pattern = re.compile(r"(?<!\w)" + re.escape(clause.text) + r"(?!\w)")
        changed, n = pattern.subn(better, changed, count=1)
        any_change = any_change or n > 0
    return changed if any_change else None


def relaxed(searcher: Searcher, compiled: Compiled, active: Filters) -> list[dict[str, Any]]:
    """Offer easier searches that find something: a filter dropped, or the words alone."""
    offers: list[dict[str, Any]] = []
    words = compiled.words
    plain_q = compiled.words_query

    def count(q: wq.Query, filters: Filters) -> int:
        if q is wq.NullQuery:
            return 0
        fq = filters.query()
        if fq is wq.NullQuery:
            return 0
        full = q if fq is None else wq.And([q, fq])
        return sum(1 for _ in searcher.docs_for_query(full))

    for dimension, value in active.describe():
        if value.startswith("-"):
            narrower = replace(active, exclude=active.exclude - {(dimension, value[1:])})
        else:
            narrower = active.without(dimension)
        n = count(plain_q, narrower)
        if n:
            offers.append(
                {
                    "drop": dimension,
                    "value": value,
                    "q": words,
                    "filters": narrower.as_params(),
                    "total": n,
                }
            )
    if words and _structured(compiled.parsed):
        n = count(plain_q, active)
        if n:
            offers.append(
                {
                    "drop": "syntax",
                    "value": "",
                    "q": words,
                    "filters": active.as_params(),
                    "total": n,
                }
            )
    return offers[:MAX_RELAXED]


def _structured(parsed: ParsedQuery) -> bool:
    """Tell whether a query uses more than plain words (phrases, operators, fields)."""
    if parsed.excluded:
        return True
    for group in parsed.groups:
        for node in group:
            if isinstance(node, Bool):
                return True
            if node.phrase or node.prefix or node.parts:
                return True
    return len(parsed.groups) != sum(len(g) for g in parsed.groups)


def complete(searcher: Searcher, text: str, limit: int = MAX_COMPLETIONS) -> dict[str, Any]:
    """Complete what is being typed: archive words that start so, and matching titles."""
    words = _WORD.findall(text)
    if not words or len(words[-1]) < 2:
        return {"terms": [], "titles": []}
    head, last = words[:-1], words[-1]
    start = german_fold(last.casefold())
    options = []
    for group in LANGUAGE_GROUPS:
        fieldname = text_field("title", group)
        if fieldname not in searcher.schema:
            continue
        parts = [wq.Prefix(fieldname, start)]
        for word in head:
            term = _term(searcher, fieldname, word)
            if term:
                parts.append(wq.Term(fieldname, term))
        options.append(wq.And(parts) if len(parts) > 1 else parts[0])
    found = searcher.search(wq.Or(options), limit=50)
    titles: list[dict[str, str]] = []
    seen_titles = set()
    words_seen: Counter[str] = Counter()
    spelled: dict[str, str] = {}
    for hit in found:
        title = hit.get("title") or ""
        if title and title not in seen_titles and len(titles) < limit:
            seen_titles.add(title)
            titles.append({"id": hit["id"], "title": title})
        for word in _WORD.findall(title):
            key = german_fold(word.casefold())
            if key.startswith(start) and len(word) > len(last):
                words_seen[key] += 1
                spelled.setdefault(key, word)
    prefix = " ".join(head)
    terms = [
        (prefix + " " if prefix else "") + spelled[k] for k, _ in words_seen.most_common(limit)
    ]
    return {"terms": terms, "titles": titles}
