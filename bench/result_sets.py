"""Rules for the result set of a query, measured side by side on the dev query sets.

The result set is what the archive counts, facets, draws on the timeline and sorts by
date; ranking lists it first. For each query of each set this script reads the matches
(any word), which content words each match holds and the engine's top 100, and then for
every rule below, the tune and the held-out queries apart (search.evaluate.split_of):
whether the target lies inside the set, how many stories the set holds
(the total), how often the set falls back, the target's rank when the ranking lists the
set first, and, for keyword queries, the share of the newest ten that hold every content
word, and where no match holds them all, the share of the newest ten holding the most words
any match holds ("(most)") and the words each lacks ("lacks").

    .venv/bin/python bench/result_sets.py instance/eval-index [SET.tsv ...]
"""

from __future__ import annotations

import argparse
import math
import statistics
import sys
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from search import syntax  # noqa: E402
from search.archive import Archive  # noqa: E402
from search.compile import compile_query  # noqa: E402
from search.evaluate import DEV_SETS, Scores, held_out_set, read_queries, split_of  # noqa: E402
from search.matches import ExactPostings, plain  # noqa: E402
from search.querywords import content_words  # noqa: E402

DEFAULT_SETS = [str(ROOT.parent / "shared" / "eval" / n) for n in DEV_SETS]


@dataclass
class Query:
    """What a rule needs of one query: each match's words, dates and stories."""

    question: bool
    docs: np.ndarray  # the matches (any word), sorted
    held: np.ndarray  # bool, matches x content words
    weights: np.ndarray  # each content word's weight (idf of its rarest form)
    days: np.ndarray  # each match's date as an ordinal (0: none)
    keys: list[str]  # each match's story
    top: list[int]  # the engine's top 100 (indexes into docs), copies folded
    target: str

    idf: bool = True  # words weigh by their idf (else each counts once)

    @property
    def share(self) -> np.ndarray:
        """Return the share of the content words each match holds (weighted, see idf)."""
        if not len(self.weights):
            return np.ones(len(self.docs))
        weights = self.weights if self.idf else np.ones(len(self.weights))
        return (self.held @ weights) / float(weights.sum())

    @property
    def every(self) -> np.ndarray:
        """Return which matches hold every content word."""
        return self.held.all(axis=1) if self.held.shape[1] else np.ones(len(self.docs), bool)


# A rule: the set (a mask over the matches), the matches a date sort lists first (None:
# the whole set by date; a mask, or each match's count of words, most first), and whether
# the set fell back to the matches with most words.
Rule = Callable[[Query], tuple[np.ndarray, np.ndarray | None, bool]]


def _fallback(q: Query, inside: np.ndarray) -> tuple[np.ndarray, np.ndarray | None, bool]:
    """Return the set, or the matches holding the most of the words if it is empty."""
    if inside.any() or not len(q.docs):
        return inside, None, False
    share = q.share
    return share >= share.max() - 1e-9, None, True


def share_rule(short: int, keyword: float, question: float, idf: bool = True) -> Rule:
    """Up to `short` content words: all; more: a share (idf-weighted or counted);
    questions: another share."""

    def rule(q: Query) -> tuple[np.ndarray, np.ndarray | None, bool]:
        q.idf = idf
        if q.question:
            inside = q.share >= question - 1e-9
        elif q.held.shape[1] <= short:
            inside = q.every
        else:
            inside = q.share >= keyword - 1e-9
        return _fallback(q, inside)

    return rule


def all_if_enough(enough: int, base: Rule) -> Rule:
    """Every content word when that many stories hold them all, else the base rule."""

    def rule(q: Query) -> tuple[np.ndarray, np.ndarray | None, bool]:
        if not q.question:
            every = q.every
            if len({q.keys[i] for i in np.flatnonzero(every)}) >= enough:
                return every, None, False
        return base(q)

    return rule


def missing_at_most(missing: int, question: float) -> Rule:
    """Up to three content words: all; more: all but `missing`; questions: a share."""

    def rule(q: Query) -> tuple[np.ndarray, np.ndarray | None, bool]:
        q.idf = False
        if q.question:
            inside = q.share >= question - 1e-9
        else:
            words = q.held.shape[1]
            allowed = 0 if words <= 3 else missing
            inside = q.held.sum(axis=1) >= words - allowed
        return _fallback(q, inside)

    return rule


def tiers(base: Rule) -> Rule:
    """The base rule's set; a date sort lists the matches with every word first."""

    def rule(q: Query) -> tuple[np.ndarray, np.ndarray | None, bool]:
        inside, _, fell_back = base(q)
        return inside, q.every, fell_back

    return rule


def most_first(base: Rule) -> Rule:
    """The base rule's set; when it does not ask every word, a date sort lists first the
    matches of the set holding the most words any of them holds."""

    def rule(q: Query) -> tuple[np.ndarray, np.ndarray | None, bool]:
        inside, _, fell_back = base(q)
        if q.question or not inside.any():
            return inside, None, fell_back
        counts = q.held.sum(axis=1)
        return inside, counts >= counts[inside].max(), fell_back

    return rule


def by_count(base: Rule) -> Rule:
    """The base rule's set; when it does not ask every word, a date sort lists the set
    by how many words each match holds, most first (then newest first)."""

    def rule(q: Query) -> tuple[np.ndarray, np.ndarray | None, bool]:
        inside, _, fell_back = base(q)
        if q.question or not inside.any():
            return inside, None, fell_back
        return inside, q.held.sum(axis=1), fell_back

    return rule


def or_rarest(base: Rule) -> Rule:
    """The base rule's set; a question's set also holds the matches with its rarest
    content word (its most specific: a name, a term)."""

    def rule(q: Query) -> tuple[np.ndarray, np.ndarray | None, bool]:
        inside, first, fell_back = base(q)
        if not q.question or not q.held.shape[1]:
            return inside, first, fell_back
        return inside | q.held[:, int(np.argmax(q.weights))], first, fell_back

    return rule


def any_word(q: Query) -> tuple[np.ndarray, np.ndarray | None, bool]:
    """Every match (any word): the set before."""
    return np.ones(len(q.docs), bool), None, False


IDF = share_rule(3, 0.6, 0.2)
COUNT = share_rule(3, 0.6, 0.2, idf=False)
RULES: dict[str, Rule] = {
    "any word (before)": any_word,
    "A: ≤3 all, else 60 % of words; q. 20 %": COUNT,
    "A': same, questions 30 %": share_rule(3, 0.6, 0.3, idf=False),
    "B: ≤3 all, else idf share 0.6; q. 0.2": IDF,
    "C: all words if ≥1 story, else A": all_if_enough(1, COUNT),
    "C': all words if ≥1 story, else B": all_if_enough(1, IDF),
    "D: all words if ≥10 stories, else A": all_if_enough(10, COUNT),
    "E: ≤3 all, else all but one; q. 20 %": missing_at_most(1, 0.2),
    "F: A, date sort: all words first": tiers(COUNT),
    "G: D, date sort: all words first": tiers(all_if_enough(10, COUNT)),
    "H2: all words if ≥2 stories, else A": all_if_enough(2, COUNT),
    "H3: all words if ≥3 stories, else A": all_if_enough(3, COUNT),
    "H5: all words if ≥5 stories, else A": all_if_enough(5, COUNT),
    "I: C, date sort: all words first": tiers(all_if_enough(1, COUNT)),
    "J: E, date sort: all words first": tiers(missing_at_most(1, 0.2)),
    "K: C, date sort: most words first": most_first(all_if_enough(1, COUNT)),
    "K2: C, date sort: by words held": by_count(all_if_enough(1, COUNT)),
    "K3: C', date sort: by words held": by_count(all_if_enough(1, IDF)),
    "L: K, a question also by its rarest word": or_rarest(most_first(all_if_enough(1, COUNT))),
}


@dataclass
class Figures:
    """One rule's figures over one query set."""

    inside: list[bool] = field(default_factory=list)
    totals: list[int] = field(default_factory=list)
    fallback: list[bool] = field(default_factory=list)
    newest: list[float] = field(default_factory=list)  # keyword queries
    newest_some: list[float] = field(default_factory=list)  # ... with an all-words match
    # keyword queries with no all-words match: share of the newest ten holding the most
    # words any match holds, and the words each lacks (mean)
    newest_most: list[float] = field(default_factory=list)
    newest_lacking: list[float] = field(default_factory=list)
    pooled: list[int] = field(default_factory=lambda: [0, 0])  # all-words hits, hits
    scores: Scores = field(default_factory=Scores)
    misses: list[str] = field(default_factory=list)


def measure(q: Query, qid: str, rule: Rule, out: Figures) -> None:
    """Add one query's figures under a rule."""
    inside, first, fell_back = rule(q)
    every = q.every
    out.fallback.append(fell_back)
    keys = [q.keys[i] for i in np.flatnonzero(inside)]
    out.totals.append(len(set(keys)))
    hit = q.target in keys
    out.inside.append(hit)
    if not hit:
        out.misses.append(qid)
    # Ranking lists the set first: its members keep their order; the rest follow.
    top_in = [i for i in q.top if inside[i]]
    top_out = [i for i in q.top if not inside[i]]
    rank = None
    for at, i in enumerate(top_in, 1):
        if q.keys[i] == q.target:
            rank = at
            break
    if rank is None:
        for at, i in enumerate(top_out, len(set(keys)) + 1):
            if q.keys[i] == q.target:
                rank = at if at <= 100 else None
                break
    out.scores.add(rank)
    if q.question:
        return
    # Newest first, copies folded, undated last; the rule's first matches before the rest.
    order = np.flatnonzero(inside)
    # The rule's tiers: a mask (its matches first) or each match's words (most first).
    tier = (
        np.zeros(len(order), np.int64)
        if first is None
        else (~first[order]).astype(np.int64)
        if first.dtype == bool
        else -first[order]
    )
    order = order[np.lexsort((-q.days[order], tier))]
    seen: set[str] = set()
    newest = []
    for i in order.tolist():
        if q.keys[i] not in seen:
            seen.add(q.keys[i])
            newest.append(i)
        if len(newest) == 10:
            break
    if newest:
        out.pooled[0] += int(every[newest].sum())
        out.pooled[1] += len(newest)
        share = float(np.mean(every[newest]))
        out.newest.append(share)
        if every.any():
            out.newest_some.append(share)
        else:
            counts = q.held.sum(axis=1)
            out.newest_most.append(float(np.mean(counts[newest] == counts.max())))
            out.newest_lacking.append(float(np.mean(q.held.shape[1] - counts[newest])))


def gather(archive: Archive, path: str) -> list[tuple[str, Query]]:
    """Read every query of a set: its matches, their words, dates and stories."""
    commit = archive.commit()
    searcher = commit.searcher
    story = archive.story_keys()
    ids = commit.column("id")
    keys = [story.get(i, i) for i in ids]
    docnum = {i: d for d, i in enumerate(ids)}
    days = np.array([d.toordinal() if d else 0 for d in commit.days()], dtype=np.int64)
    postings = ExactPostings(searcher, commit.field_lengths)

    def docs_of(q: Any) -> np.ndarray:
        if plain(q):
            return postings.docs(q)
        return np.array(sorted(searcher.docs_for_query(q)), dtype=np.int64)

    n = searcher.doc_count()
    out = []
    for row in read_queries(path):
        parsed = syntax.read(row["query"]).parsed
        compiled = compile_query(commit.schema, parsed, archive.field_boosts)
        docs = docs_of(compiled.query)
        # The product's content words, each with the articles holding it by any form.
        content = []
        for word in content_words(commit, compiled, postings):
            holding = word.docs
            weight = math.log(1 + (n - len(holding) + 0.5) / (len(holding) + 0.5))
            content.append((np.isin(docs, holding, assume_unique=True), weight))
        held = (
            np.stack([h for h, _ in content], axis=1)
            if content
            else np.zeros((len(docs), 0), dtype=bool)
        )
        result = archive.search(row["query"], size=100, snippets=False)
        at = {d: i for i, d in enumerate(docs.tolist())}
        top = [at[docnum[h.id]] for h in result.hits if docnum[h.id] in at]
        target = story.get(row["target"], row["target"])
        q = Query(
            parsed.question,
            docs,
            held,
            np.array([w for _, w in content], dtype=np.float64),
            days[docs],
            [keys[d] for d in docs.tolist()],
            top,
            target,
        )
        out.append((row["qid"], q))
    return out


def report(name: str, figures: dict[str, Figures], before: list[int]) -> None:
    """Print one set's figures, a line per rule."""
    print(f"\n{name} ({len(before)} queries)")
    print(
        f"  {'rule':44} {'inside':>6} {'out':>4} {'total':>6} {'fallb':>6} "
        f"{'new10':>6} {'(some)':>6} {'pooled':>6} {'(most)':>6} {'lacks':>6} "
        f"{'MRR@10':>6} {'S@1':>6} {'S@10':>6}"
    )
    for rule, f in figures.items():
        row = f.scores.row()
        newest = f"{statistics.mean(f.newest):.3f}" if f.newest else "-"
        some = f"{statistics.mean(f.newest_some):.3f}" if f.newest_some else "-"
        pooled = f"{f.pooled[0] / f.pooled[1]:.3f}" if f.pooled[1] else "-"
        most = f"{statistics.mean(f.newest_most):.3f}" if f.newest_most else "-"
        lacks = f"{statistics.mean(f.newest_lacking):.2f}" if f.newest_lacking else "-"
        print(
            f"  {rule:44} {statistics.mean(f.inside):6.3f} {len(f.misses):4d} "
            f"{statistics.median(f.totals):6g} {statistics.mean(f.fallback):6.3f} "
            f"{newest:>6} {some:>6} {pooled:>6} {most:>6} {lacks:>6} "
            f"{row['MRR@10']:6.3f} {row['S@1']:6.3f} {row['S@10']:6.3f}"
        )
        if 0 < len(f.misses) <= 12:
            print(f"  {'':44} outside: {' '.join(f.misses)}")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("index")
    parser.add_argument("sets", nargs="*", default=DEFAULT_SETS)
    args = parser.parse_args()
    archive = Archive(args.index)
    for path in args.sets:
        started = time.perf_counter()
        queries = gather(archive, path)
        whole = held_out_set(path)
        parts = sorted({split_of(qid, whole)[0] for qid, _ in queries}, reverse=True)
        for part in parts:
            figures = {name: Figures() for name in RULES}
            for qid, q in queries:
                if split_of(qid, whole)[0] != part:
                    continue
                for name, rule in RULES.items():
                    measure(q, qid, rule, figures[name])
            before = figures["any word (before)"].totals
            report(f"{Path(path).name} [{part}]", figures, before)
        print(f"  ({time.perf_counter() - started:.0f} s)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
