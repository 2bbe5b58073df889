"""Semantic lab: word vectors learnt from the archive itself, as reranking input.

    python bench/semantic_lab.py corpus INDEX TEXTS.pkl
    python bench/semantic_lab.py train TEXTS.pkl VECTORS.kv [--kind word2vec|fasttext]
    python bench/semantic_lab.py eval CACHE.jsonl TEXTS.pkl VECTORS.kv --add soft emb_lead
    python bench/semantic_lab.py near TEXTS.pkl VECTORS.kv WORD... [--shared 0.2]

corpus analyses every stored article (title, then body) with its language group's body
analyzer and keeps its terms in order: what the index's own terms are, and what an
index-time step would train on. train fits gensim's word2vec (or fastText) on those term
sequences (nothing downloaded) and prints the time and peak memory it took. eval adds
features to the candidates of a bench/relevance_lab.py cache (the engine's top RERANKED of
each question; the candidates below keep their order) and cross-validates the reranker
without and with them (relevance_lab's folds and monotone learner), then prints the sets
held out as a whole only when given --heldout (to report, never to choose by):

- soft: for each question term the article lacks, the best cosine of one of its terms
  among the question term's NEIGHBOURS nearest terms (what a search could look up in the
  index's postings), idf-weighed, as a share of the question's idf;
- soft_all: the same with the best cosine over all of the article's terms;
- emb_lead / emb_doc: the cosine of the question's idf-weighed mean vector with that of
  the article's title and first LEAD terms, or of the whole article;
- emb_win: the best cosine with a window of WINDOW terms (stride WINDOW / 2);
- subst: as soft, among the question term's nearest only those that stand in its place:
  held by at most SUBST_SHARED of the rarer one's articles (a story's words are written
  by the same articles, a word and its stand-in by different ones), and neither holding
  the other (a compound of the term, which the index matches already).

near prints a term's nearest terms, its substitutes starred.

With fastText vectors a question term the archive lacks (or holds too rarely to be
learnt) has a vector too, made of its letter n-grams'.
"""

from __future__ import annotations

import argparse
import math
import pickle
import resource
import sys
import time
from collections import Counter
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

import relevance_lab as lab  # noqa: E402

from bench.common import percentile  # noqa: E402
from index.schema import analyzer_group, text_field  # noqa: E402

Record = dict[str, Any]
# How many of the engine's candidates the shipped model reranks.
RERANKED = 30
LEAD = 100
WINDOW = 60
NEIGHBOURS = 20
# A question term held by more than this share of the articles is a function word.
COMMON = 0.25
ADDED = ("soft", "soft_all", "emb_lead", "emb_doc", "emb_win", "subst")
# A near term stands for a question's term (subst) only if the two share at most this
# share of the articles the rarer one is in: words that stand in each other's place
# ("Asylwerber", "Asylbewerber") are written by different articles; words of one story
# ("Suizid", "Opferzahl") in the same ones.
SUBST_SHARED = [0.2]


def corpus(index: str, out: str) -> None:
    """Analyse every article (title, then body) and write its terms in order, by id."""
    from whoosh import index as windex

    ix = windex.open_dir(index)
    texts: dict[str, list[str]] = {}
    started = time.perf_counter()
    with ix.searcher() as s:
        for fields in s.all_stored_fields():
            group = analyzer_group(fields.get("lang") or "")
            analyzer = ix.schema[text_field("body", group)].analyzer
            title = [t.text for t in analyzer(fields.get("title") or "")]
            body = [t.text for t in analyzer(fields.get("body") or "")]
            texts[fields["id"]] = title + body
    with open(out, "wb") as f:
        pickle.dump(texts, f)
    tokens = sum(len(t) for t in texts.values())
    print(f"{len(texts)} articles, {tokens} terms in {time.perf_counter() - started:.1f} s")


def train(texts_path: str, out: str, kind: str, dim: int, epochs: int, window: int) -> None:
    """Fit word vectors on the articles' term sequences; print time and peak memory."""
    from gensim.models import FastText, Word2Vec

    with open(texts_path, "rb") as f:
        texts: dict[str, list[str]] = pickle.load(f)
    sentences = list(texts.values())
    before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    started = time.perf_counter()
    cpu = time.process_time()
    options: dict[str, Any] = {
        "vector_size": dim,
        "window": window,
        "min_count": 3,
        "sg": 1,
        "negative": 5,
        "epochs": epochs,
        "workers": 2,
        "seed": 1,
    }
    if kind == "fasttext":
        model: Any = FastText(sentences, min_n=3, max_n=6, **options)
    else:
        model = Word2Vec(sentences, **options)
    wall = time.perf_counter() - started
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    model.wv.save(out)
    size = sum(p.stat().st_size for p in Path(out).parent.glob(Path(out).name + "*"))
    tokens = sum(len(s) for s in sentences)
    print(
        f"{kind}: {len(model.wv)} terms × {dim}, {tokens} training terms, {epochs} epochs: "
        f"{wall:.1f} s wall, {time.process_time() - cpu:.1f} s CPU, peak RSS "
        f"{peak / 1024:.0f} MiB (before training {before / 1024:.0f} MiB), stored {size >> 20} MiB"
    )


class Space:
    """Unit word vectors, the archive's document frequencies, each article's terms."""

    def __init__(self, vectors: Any, texts: dict[str, list[str]]) -> None:
        import numpy as np

        self.np = np
        self.wv = vectors
        self.texts = texts
        self.df: Counter[str] = Counter()
        for terms in texts.values():
            self.df.update(set(terms))
        self._docs: dict[str, set[str]] | None = None
        self.n = len(texts)
        self.neighbours: dict[str, dict[str, float]] = {}
        self.numbers: dict[str, Any] = {}
        self.units = vectors.get_normed_vectors()
        self.idfs = np.array([self.idf(t) for t in vectors.index_to_key])

    def idf(self, t: str) -> float:
        """Return a term's idf as the reranking features weigh words."""
        return math.log(self.n / (1 + self.df.get(t, 0))) + 1.0

    def has(self, t: str) -> bool:
        """Say whether a term has a vector (fastText's: any term, from its letter n-grams)."""
        return t in self.wv.key_to_index or bool(getattr(self.wv, "bucket", 0))

    def docs(self, t: str) -> set[str]:
        """Return the articles that hold a term."""
        if self._docs is None:
            self._docs = {}
            for doc, terms in self.texts.items():
                for term in set(terms):
                    self._docs.setdefault(term, set()).add(doc)
        return self._docs.get(t, set())

    def shared(self, a: str, b: str) -> float:
        """Return the share of the rarer term's articles that hold the other term too."""
        da, db = self.docs(a), self.docs(b)
        if not da or not db:
            return 0.0
        return len(da & db) / min(len(da), len(db))

    def substitutes(self, t: str, k: int, most: float) -> dict[str, float]:
        """Return the near terms that stand in t's place: rarely in its articles, and
        not t's own compound or stem (the index matches those already)."""
        return {
            u: c
            for u, c in self.near(t, k).items()
            if t not in u and u not in t and self.shared(t, u) <= most
        }

    def unit(self, t: str) -> Any:
        return self.wv.get_vector(t, norm=True)

    def near(self, t: str, k: int) -> dict[str, float]:
        """Return a term's k nearest terms and their cosines."""
        if t not in self.neighbours:
            self.neighbours[t] = dict(self.wv.most_similar(t, topn=k)) if self.has(t) else {}
        return self.neighbours[t]

    def mean(self, terms: list[str]) -> Any:
        """Return the idf-weighed mean of the terms' unit vectors, unit length (or None)."""
        known = [t for t in terms if self.has(t)]
        if not known:
            return None
        m = self.np.array([self.unit(t) for t in known])
        w = self.np.array([self.idf(t) for t in known])
        v = w @ m
        norm = float(self.np.linalg.norm(v))
        return v / norm if norm else None

    def ids(self, doc: str) -> Any:
        """Return the vocabulary numbers of an article's known terms, in order."""
        if doc not in self.numbers:
            index = self.wv.key_to_index
            known = [index[t] for t in self.texts.get(doc, []) if t in index]
            self.numbers[doc] = self.np.array(known, dtype=self.np.int64)
        return self.numbers[doc]

    def weighed(self, doc: str) -> Any:
        """Return the idf-weighed unit vectors of an article's known terms, in order."""
        ids = self.ids(doc)
        return self.units[ids] * self.idfs[ids][:, None] if len(ids) else None

    def doc_matrix(self, doc: str) -> Any:
        """Return the unit vectors of an article's distinct known terms (or None)."""
        ids = self.np.unique(self.ids(doc))
        return self.units[ids] if len(ids) else None


def question_terms(space: Space, text: str) -> list[str]:
    """Return a question's distinct terms, function words (held by many articles) out."""
    from index.analysis import german_analyzer, tokens

    out = []
    for t in tokens(german_analyzer(), text):
        if t not in out and space.df.get(t, 0) <= COMMON * space.n:
            out.append(t)
    return out


def soft_match(space: Space, qs: list[str], doc: str, k: int | None) -> float:
    """Return the idf-weighed best cosine of the question terms the article lacks with
    the article's terms (among each term's k nearest; k None: all the article's terms),
    as a share of the question's idf."""
    total = sum(space.idf(q) for q in qs) or 1.0
    held = set(space.texts.get(doc, []))
    got = 0.0
    for q in qs:
        if q in held or not space.has(q):
            continue
        if k is not None:
            best = max((c for t, c in space.near(q, k).items() if t in held), default=0.0)
        else:
            m = space.doc_matrix(doc)
            best = float((m @ space.unit(q)).max()) if m is not None else 0.0
        got += space.idf(q) * max(0.0, best)
    return got / total


def subst_match(space: Space, qs: list[str], doc: str, k: int, most: float) -> float:
    """Return the idf-weighed best cosine of the question terms the article lacks with
    the article's terms among their substitutes (Space.substitutes), as a share of the
    question's idf."""
    total = sum(space.idf(q) for q in qs) or 1.0
    held = set(space.texts.get(doc, []))
    got = 0.0
    for q in qs:
        if q in held or not space.has(q):
            continue
        best = max((c for t, c in space.substitutes(q, k, most).items() if t in held), default=0.0)
        got += space.idf(q) * max(0.0, best)
    return got / total


def embedding_features(space: Space, qs: list[str], doc: str, window: int) -> dict[str, float]:
    """Return emb_lead, emb_doc and emb_win of an article for the question's terms."""
    np = space.np
    qv = space.mean(qs)
    weighed = space.weighed(doc)
    out = {"emb_lead": 0.0, "emb_doc": 0.0, "emb_win": 0.0}
    if qv is None or weighed is None:
        return out
    # Sums of the article's idf-weighed unit vectors up to each term, so that any run of
    # terms' mean direction is a difference of two rows.
    sums = np.vstack([np.zeros(weighed.shape[1]), np.cumsum(weighed, axis=0)])
    n = len(weighed)

    def cosine(a: int, b: int) -> float:
        v = sums[b] - sums[a]
        norm = float(np.linalg.norm(v))
        return float(v @ qv) / norm if norm else 0.0

    out["emb_lead"] = cosine(0, min(n, LEAD))
    out["emb_doc"] = cosine(0, n)
    step = max(1, window // 2)
    out["emb_win"] = max(
        cosine(s, min(n, s + window)) for s in range(0, max(1, n - window + step), step)
    )
    return out


def add_features(space: Space, record: Record, add: list[str], k: int) -> None:
    """Add the named features to the engine's top RERANKED candidates (0 below them)."""
    qs = question_terms(space, record["query"])
    for i, c in enumerate(record["cands"]):
        feats = dict.fromkeys(ADDED, 0.0)
        if i < RERANKED:
            if "soft" in add:
                feats["soft"] = soft_match(space, qs, c["id"], k)
            if "subst" in add:
                feats["subst"] = subst_match(space, qs, c["id"], k, SUBST_SHARED[0])
            if "soft_all" in add:
                feats["soft_all"] = soft_match(space, qs, c["id"], None)
            if any(a.startswith("emb_") for a in add):
                feats.update(embedding_features(space, qs, c["id"], WINDOW))
        c["f"].update(feats)


def cost(space: Space, records: list[Record], index: str, count: int) -> None:
    """Time, per question, what the features would cost a search: the question's terms and
    their nearest terms looked up (no table kept between questions), soft and the embedding
    features of its top RERANKED, and reading those articles' terms by analysing their
    stored text (the index keeps no term vectors); print medians of CPU time in ms (the
    process's, all threads: wall time on a shared machine measures the other work)."""
    from statistics import median

    from whoosh import index as windex

    ix = windex.open_dir(index)
    parts: dict[str, list[float]] = {"terms+neighbours": [], "soft": [], "emb": [], "read": []}
    questions = [r for r in records if r["question"]]
    questions = questions[:: max(1, len(questions) // count)]
    with ix.searcher() as searcher:
        for r in questions:
            ids = [c["id"] for c in r["cands"][:RERANKED]]
            space.neighbours.clear()
            space.numbers.clear()
            t0 = time.process_time()
            qs = question_terms(space, r["query"])
            for q in qs:
                space.near(q, NEIGHBOURS)
            t1 = time.process_time()
            for d in ids:
                soft_match(space, qs, d, NEIGHBOURS)
            t2 = time.process_time()
            for d in ids:
                embedding_features(space, qs, d, WINDOW)
            t3 = time.process_time()
            for d in ids:
                fields = searcher.document(id=d) or {}
                group = analyzer_group(fields.get("lang") or "")
                analyzer = ix.schema[text_field("body", group)].analyzer
                text = (fields.get("title") or "") + "\n" + (fields.get("body") or "")
                [t.text for t in analyzer(text)]
            t4 = time.process_time()
            for name, a, b in (
                ("terms+neighbours", t0, t1),
                ("soft", t1, t2),
                ("emb", t2, t3),
                ("read", t3, t4),
            ):
                parts[name].append((b - a) * 1000)
    for name, values in parts.items():
        p95 = percentile(values, 95)
        print(f"{name:18} median {median(values):7.2f} ms  p95 {p95:7.2f} ms  ({len(values)})")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    sub = parser.add_subparsers(dest="cmd", required=True)
    c = sub.add_parser("corpus")
    c.add_argument("index")
    c.add_argument("out")
    t = sub.add_parser("train")
    t.add_argument("texts")
    t.add_argument("out")
    t.add_argument("--kind", default="word2vec", choices=["word2vec", "fasttext"])
    t.add_argument("--dim", type=int, default=100)
    t.add_argument("--epochs", type=int, default=5)
    t.add_argument("--window", type=int, default=5)
    e = sub.add_parser("eval")
    e.add_argument("cache")
    e.add_argument("texts")
    e.add_argument("vectors")
    e.add_argument("--add", nargs="*", default=["soft"], choices=ADDED)
    e.add_argument("--k", type=int, default=NEIGHBOURS, help="nearest terms looked at")
    e.add_argument("--free", action="store_true", help="added features may weigh negative")
    e.add_argument("--no-baseline", action="store_true", help="only the run with --add")
    e.add_argument("--each", action="store_true", help="also each added feature alone")
    e.add_argument("--c", type=float, default=1.0)
    e.add_argument("--heldout", action="store_true", help="also print the held-out sets")
    e.add_argument("--cost", metavar="INDEX", help="only time the features per question")
    e.add_argument("--shared", type=float, default=SUBST_SHARED[0], help="subst: SUBST_SHARED")
    n = sub.add_parser("near", help="print terms' nearest and their substitutes")
    n.add_argument("texts")
    n.add_argument("vectors")
    n.add_argument("words", nargs="+")
    n.add_argument("--k", type=int, default=NEIGHBOURS)
    n.add_argument("--shared", type=float, default=SUBST_SHARED[0])
    args = parser.parse_args()
    if args.cmd == "corpus":
        corpus(args.index, args.out)
        return 0
    if args.cmd == "train":
        train(args.texts, args.out, args.kind, args.dim, args.epochs, args.window)
        return 0
    from gensim.models import KeyedVectors

    with open(args.texts, "rb") as f:
        space = Space(KeyedVectors.load(args.vectors), pickle.load(f))
    SUBST_SHARED[0] = args.shared
    if args.cmd == "near":
        for word in args.words:
            for q in question_terms(space, word):
                near = space.near(q, args.k)
                subst = space.substitutes(q, args.k, args.shared)
                print(
                    word,
                    q,
                    " ".join(f"{t}{'*' if t in subst else ''}:{c:.2f}" for t, c in near.items()),
                )
        return 0
    records = lab.shown(lab.load(args.cache), args.heldout)
    lab.TOP[0] = RERANKED
    if args.cost:
        cost(space, records, args.cost, 300)
        return 0
    started = time.perf_counter()
    for r in records:
        add_features(space, r, args.add, args.k)
    questions = sum(1 for r in records if r["question"])
    took = time.perf_counter() - started
    print(f"features of {len(records)} queries ({questions} questions) in {took:.1f} s")
    plain = [f for f in lab.USE if f != "body_words"]
    lab.MONOTONE = frozenset(plain + ([] if args.free else args.add))
    runs = [] if args.no_baseline else [[]]
    runs += [[a] for a in args.add] if args.each and len(args.add) > 1 else []
    runs += [args.add] if args.add else []
    for extra in runs:
        lab.USE[:] = plain + extra
        print(f"== features + {extra}")
        dev = [r for r in records if not lab.held_out_set(r["set"])]
        w = lab.crossval(dev, RERANKED, args.c)
        print("  weights × spread:", _spread(dev, w))
        held = [r for r in records if lab.held_out_set(r["set"])]
        if held:
            print("held out as a whole (fitted on all tune folds):")
            print(lab.table(held, lab.FIT[lab.LEARNER[0]][1](w), by_part=False))
    return 0


def _spread(records: list[Record], w: Any) -> str:
    """Return each weight times its feature's spread over the reranked candidates."""
    import numpy as np

    x, _, _, _ = lab.matrix(records, RERANKED)
    spread = np.abs(x).std(axis=0)
    return " ".join(f"{n} {v * s:.2f}" for n, v, s in zip(lab.names(), w, spread, strict=True) if v)


if __name__ == "__main__":
    raise SystemExit(main())
