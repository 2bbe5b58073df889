"""Feedback lab: what the archive itself says about a question's words, as reranking input.

    python bench/feedback_lab.py terms INDEX TERMS.pkl
    python bench/feedback_lab.py eval CACHE.jsonl TERMS.pkl --add prf [--k 3 --m 20]
    python bench/feedback_lab.py eval CACHE.jsonl TERMS.pkl --extend 50 20 --add alt_rr

terms analyses every stored article (title and body) with its language group's body
analyzer and keeps its term counts: what an index-time field of each article's terms, or
term vectors, would give the search. eval adds features to the candidates of a
bench/relevance_lab.py cache and cross-validates the reranker without and with them
(relevance_lab's folds and learner; the held-out quarter printed, never the sets held out
as a whole):

- prf: pseudo-relevance feedback, RM3-like. The expansion terms of the engine's top K
  articles (each term's share of an article, weighed by the article's score share and the
  term's idf; the question's own terms and bare numbers left out; the M heaviest), the
  candidate itself left out of its own feedback; the candidate's share of their weight
  (prf_tf: weighed by log(1 + tf));
- assoc: for each question term an article lacks, the best association (NPMI over the
  archive's articles, the AM strongest) of one of the article's terms with it;
- cov_local: the share of the question's words the article holds, each weighed by its
  idf among the engine's top POOL articles times its archive idf (a word every article of
  the top holds is the story's topic);
- --extend P E: the candidates reranked are the engine's top 30 and up to E more of its
  top 100 that a second ranking over the question's terms puts in its top P (BM25,
  k1 1.2, b 0.75, title and body as one text; --expand: its query expanded by the
  feedback terms, weight BETA); alt_rr is that ranking's reciprocal rank.
"""

from __future__ import annotations

import argparse
import math
import pickle
import sys
from collections import Counter
from collections.abc import Callable
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

import relevance_lab as lab  # noqa: E402

from index.schema import analyzer_group, text_field  # noqa: E402

Record = dict[str, Any]
# How many of the engine's candidates the shipped model reranks.
RERANKED = 30


def terms(index: str, out: str) -> None:
    """Analyse every article and write its term counts (by id) and the document counts."""
    from whoosh import index as windex

    ix = windex.open_dir(index)
    counts: dict[str, Counter[str]] = {}
    with ix.searcher() as s:
        for fields in s.all_stored_fields():
            group = analyzer_group(fields.get("lang") or "")
            analyzer = ix.schema[text_field("body", group)].analyzer
            text = (fields.get("title") or "") + "\n" + (fields.get("body") or "")
            counts[fields["id"]] = Counter(t.text for t in analyzer(text))
    df: Counter[str] = Counter()
    for c in counts.values():
        df.update(c.keys())
    with open(out, "wb") as f:
        pickle.dump({"counts": counts, "df": df, "n": len(counts)}, f)


def query_terms(text: str) -> set[str]:
    """Return the terms a question is analysed into (German)."""
    from index.analysis import german_analyzer, tokens

    return set(tokens(german_analyzer(), text))


def expansion(
    docs: list[tuple[Counter[str], float]],
    idf: Callable[[str], float],
    skip: set[str],
    m: int,
    idf_power: float = 1.0,
) -> dict[str, float]:
    """Return the m heaviest feedback terms of weighed documents: the sum of each term's
    share of a document times the document's weight, times idf**idf_power."""
    weights: Counter[str] = Counter()
    for counts, w in docs:
        size = sum(counts.values()) or 1
        for t, n in counts.items():
            if t not in skip and not t.isdigit():
                weights[t] += w * n / size
    for t in weights:
        weights[t] *= idf(t) ** idf_power
    return dict(weights.most_common(m))


class Archive:
    """The analysed articles: term counts, document frequencies, who holds each term."""

    def __init__(self, data: dict[str, Any]) -> None:
        self.counts: dict[str, Counter[str]] = data["counts"]
        self.df: Counter[str] = data["df"]
        self.n: int = data["n"]
        self.lengths = {d: sum(c.values()) for d, c in self.counts.items()}
        self.avg = sum(self.lengths.values()) / (self.n or 1)
        self.holders: dict[str, list[str]] = {}
        for doc, c in self.counts.items():
            for t in c:
                self.holders.setdefault(t, []).append(doc)

    def idf(self, t: str) -> float:
        """Return a term's idf as the reranking features weigh words."""
        return math.log(self.n / (1 + self.df.get(t, 0))) + 1.0

    def terms_of(self, doc: str) -> Counter[str]:
        """Return an article's term counts (none for an unknown id)."""
        return self.counts.get(doc, Counter())

    def bm25(self, weighted: dict[str, float], k1: float = 1.2, b: float = 0.75) -> Counter[str]:
        """Score every article holding a term by BM25 over title and body as one text."""
        out: Counter[str] = Counter()
        for t, w in weighted.items():
            df = self.df.get(t, 0)
            idf = math.log(1 + (self.n - df + 0.5) / (df + 0.5))
            for d in self.holders.get(t, ()):
                tf = self.counts[d][t]
                norm = k1 * (1 - b + b * self.lengths[d] / self.avg)
                out[d] += w * idf * tf * (k1 + 1) / (tf + norm)
        return out


def feedback(archive: Archive, record: Record, k: int, m: int, idf_power: float) -> None:
    """Add prf and prf_tf to each candidate; the feedback of the engine's top k, the
    candidate itself left out (the top k + 1 then give k)."""
    skip = query_terms(record["query"])
    top = record["cands"][: k + 1]
    best = top[0]["score"] or 1.0
    weighed = [(archive.terms_of(c["id"]), c["score"] / best) for c in top]
    made: dict[tuple[int, ...], dict[str, float]] = {}
    for i, c in enumerate(record["cands"]):
        use = tuple(j for j in range(len(top)) if j != i)[:k]
        if use not in made:
            made[use] = expansion([weighed[j] for j in use], archive.idf, skip, m, idf_power)
        e = made[use]
        total = sum(e.values()) or 1.0
        mine = archive.terms_of(c["id"])
        c["f"]["prf"] = sum(w for t, w in e.items() if t in mine) / total
        c["f"]["prf_tf"] = sum(w * math.log1p(mine[t]) for t, w in e.items()) / total


def association(archive: Archive, records: list[Record], m: int) -> None:
    """Add assoc to each candidate: for the question's terms it lacks, the best NPMI of
    one of its terms with them (among each term's m strongest), idf-weighed, as a share."""
    table: dict[str, dict[str, float]] = {}

    def strongest(q: str) -> dict[str, float]:
        if q not in table:
            docs = archive.holders.get(q, [])
            co: Counter[str] = Counter()
            for d in docs:
                co.update(archive.counts[d].keys())
            n = archive.n
            npmi = {
                t: math.log((k / n) / ((len(docs) / n) * (archive.df[t] / n))) / -math.log(k / n)
                for t, k in co.items()
                if k >= 2 and t != q and not t.isdigit()
            }
            table[q] = dict(sorted(npmi.items(), key=lambda x: -x[1])[:m])
        return table[q]

    for r in records:
        qs = [t for t in query_terms(r["query"]) if archive.df.get(t)]
        total = sum(archive.idf(q) for q in qs) or 1.0
        for c in r["cands"]:
            mine = archive.terms_of(c["id"])
            got = sum(
                archive.idf(q)
                * max(0.0, max((w for t, w in strongest(q).items() if t in mine), default=0.0))
                for q in qs
                if q not in mine
            )
            c["f"]["assoc"] = got / total


def local_coverage(record: Record, pool: int) -> None:
    """Add cov_local to each candidate (the word weights counted in the engine's top pool)."""
    holds = [[bool(tf[0] or tf[1]) for tf in c["tf"]] for c in record["cands"]]
    top = holds[:pool]
    weights = [
        math.log((len(top) + 1) / (sum(h[j] for h in top) + 0.5)) * w["idf"]
        for j, w in enumerate(record["words"])
    ]
    total = sum(weights) or 1.0
    for c, h in zip(record["cands"], holds, strict=True):
        c["f"]["cov_local"] = sum(w for w, x in zip(weights, h, strict=True) if x) / total


def extend(
    archive: Archive, record: Record, depth: int, extra: int, expand: float, k: int, m: int
) -> None:
    """Rank the archive again for the question (BM25 over title and body as one text, the
    query expanded by the feedback terms with weight expand); put up to extra candidates
    of the engine's that this ranking has in its top depth right after the engine's top
    RERANKED, and record each candidate's rank there (alt_rr) and in the engine (erank)."""
    qs = query_terms(record["query"])
    weighted = dict.fromkeys(qs, 1.0)
    if expand > 0:
        top = record["cands"][:k]
        best = (top[0]["score"] if top else 0.0) or 1.0
        docs = [(archive.terms_of(c["id"]), c["score"] / best) for c in top]
        e = expansion(docs, archive.idf, qs, m)
        total = sum(e.values()) or 1.0
        for t, w in e.items():
            weighted[t] = weighted.get(t, 0.0) + expand * len(qs) * w / total
    scores = archive.bm25(weighted)
    ranks = {d: i for i, (d, _) in enumerate(scores.most_common(200), 1)}
    cands = record["cands"]
    for i, c in enumerate(cands):
        c["erank"] = i
        c["f"]["alt_rr"] = 1.0 / ranks.get(c["id"], 10**6)
    more = [c for c in cands[RERANKED:] if ranks.get(c["id"], 10**6) <= depth][:extra]
    chosen = {id(c) for c in more}
    record["cands"] = cands[:RERANKED] + more + [c for c in cands[RERANKED:] if id(c) not in chosen]
    record["reranked"] = RERANKED + len(more)


def use_extended_pools() -> None:
    """Make relevance_lab rerank each question's own pool (record["reranked"] candidates)
    and give the model each candidate's rank in the engine, not its place in the pool."""
    engine_vector = lab.vector

    def vector(record: Record, cand: Record, i: int) -> list[float]:
        return engine_vector(record, cand, cand.get("erank", i))

    engine_rank_of = lab.rank_of

    def rank_of(record: Record, scores: list[float]) -> int | None:
        return engine_rank_of(record, scores, record.get("reranked", RERANKED))

    fit, scorer = lab.FIT[lab.LEARNER[0]]

    def fit_pools(records: list[Record], depth: int, c: float) -> Any:
        pools = [dict(r, cands=r["cands"][: r.get("reranked", depth)]) for r in records]
        return fit(pools, 10**6, c)

    lab.vector = vector
    lab.rank_of = rank_of
    lab.FIT[lab.LEARNER[0]] = (fit_pools, scorer)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    sub = parser.add_subparsers(dest="cmd", required=True)
    t = sub.add_parser("terms")
    t.add_argument("index")
    t.add_argument("out")
    e = sub.add_parser("eval")
    e.add_argument("cache")
    e.add_argument("terms")
    e.add_argument("--add", nargs="*", default=["prf"], help="features added to the model")
    e.add_argument("--k", type=int, default=3, help="feedback articles")
    e.add_argument("--m", type=int, default=20, help="feedback terms")
    e.add_argument("--idf", type=float, default=1.0, help="power of idf in the feedback")
    e.add_argument("--am", type=int, default=20, help="associated terms kept per term")
    e.add_argument("--pool", type=int, default=30, help="top articles cov_local counts in")
    e.add_argument("--extend", type=int, nargs=2, metavar=("P", "E"), help="extended pool")
    e.add_argument("--expand", type=float, default=0.0, help="feedback weight of --extend")
    e.add_argument("--free", action="store_true", help="added features may weigh negative")
    e.add_argument("--c", type=float, default=1.0)
    args = parser.parse_args()
    if args.cmd == "terms":
        terms(args.index, args.out)
        return 0
    with open(args.terms, "rb") as f:
        archive = Archive(pickle.load(f))
    records = lab.shown(lab.load(args.cache), False)
    lab.TOP[0] = RERANKED
    # Keyword queries are not reranked, but crossval scores them too: they get the features.
    for r in records:
        if "prf" in args.add or "prf_tf" in args.add:
            feedback(archive, r, args.k, args.m, args.idf)
        if "cov_local" in args.add:
            local_coverage(r, args.pool)
        if args.extend:
            extend(archive, r, *args.extend, args.expand, args.k, args.m)
    if "assoc" in args.add:
        association(archive, records, args.am)
    if args.extend:
        use_extended_pools()
    if args.free:
        lab.MONOTONE = frozenset(lab.MONOTONE - set(args.add))
    plain = [f for f in lab.USE if f != "body_words"]
    for extra in ([], args.add):
        lab.USE[:] = plain + extra
        print(f"== features + {extra}")
        lab.crossval(records, RERANKED, args.c)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
