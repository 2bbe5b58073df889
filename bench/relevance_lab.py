"""Reranking lab: candidates and their features cached once, scorers compared on them.

    python bench/relevance_lab.py gather INDEX CACHE.jsonl [QUERYSET...]
    python bench/relevance_lab.py eval CACHE.jsonl [--scorer base|hand|model.json]

gather runs every query of the dev sets (and bench/questions-news-heldout.tsv) through
Archive.search, keeps the top 100 (copies folded) with their scores, and computes the
features of search.features for each (and bench/feature_candidates', measured, not
shipped); eval reranks the cached lists with a scorer and
prints MRR@10 / S@1 / S@10 per set, kind and part (tune, held-out), so a scorer is tried
in seconds without searching again. A set held out as a whole is neither fitted on nor
printed unless eval is given --heldout: its figures are reported, not compared. The
cache lives outside the repository.
"""

from __future__ import annotations

import argparse
import json
import math
import sys
import time
from collections import defaultdict
from collections.abc import Callable
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench.cached_features import cached_feature  # noqa: E402
from bench.feature_candidates import candidate_features  # noqa: E402
from index.schema import analyzer_group, text_field  # noqa: E402
from search import archive as search_archive  # noqa: E402
from search import compile as qcompile  # noqa: E402
from search import questions, syntax  # noqa: E402
from search.archive import Archive  # noqa: E402
from search.compile import compiled as qcompiled  # noqa: E402
from search.compile import widening as qwidening  # noqa: E402
from search.evaluate import (  # noqa: E402
    DEV_SETS,
    FOLDS,
    HELD_OUT,
    TUNE,
    Scores,
    held_out_set,
    read_queries,
    split_of,
)
from search.features import (  # noqa: E402
    FEATURES,
    _positions,
    doc_features,
    query_view,
    read_occurrences,
)

DEFAULT_SETS = [str(ROOT.parent / "shared" / "eval" / n) for n in DEV_SETS] + [
    str(ROOT / "bench" / "questions-news-heldout.tsv")
]


# Other sizes of lead, window and nearness, kept beside the defaults to compare.
VARIANTS = [(30, 15, 1), (100, 60, 6), (200, 120, 10)]


def words_of(archive: Archive, text: str) -> tuple[list[tuple[str, Any]], bool]:
    """Return the query's word groups (typed text, query) as the search builds them."""
    parsed = syntax.read(text).parsed
    compiled = qcompile.compile_query(archive.schema, parsed, archive.field_boosts)
    return compiled.word_groups, parsed.question


def gather(index: str, cache: str, sets: list[str]) -> None:
    """Search every query, compute the candidates' features and write them to the cache."""
    archive = Archive(index)
    archive.reranker = None  # the engine's own order is what the model reranks
    keys = archive.story_keys()
    started = time.perf_counter()
    commit = archive.commit()
    searcher = commit.searcher
    with open(cache, "w", encoding="utf-8") as out:
        for path in sets:
            whole = held_out_set(path)
            for row in read_queries(path):
                result = archive.search(row["query"], size=100, snippets=False)
                words, question = words_of(archive, row["query"])
                view = query_view(archive.schema, words, question, searcher)
                docnums = [searcher.document_number(id=hit.id) for hit in result.hits]
                langs = commit.column("lang")
                found = read_occurrences(searcher, docnums, view, ("de", "en", "xx"))
                cands = []
                for hit, d in zip(result.hits, docnums, strict=True):
                    group = analyzer_group(langs[d] or "")
                    lengths = (
                        float(searcher.doc_field_length(d, text_field("title", group), 0) or 0),
                        float(searcher.doc_field_length(d, text_field("body", group), 0) or 0),
                    )
                    feats = doc_features(view, group, found[d], lengths)
                    # Measured, not shipped: eval --features ... passage_bm25 reads them.
                    feats.update(candidate_features(view, group, found[d]))
                    key = keys.get(hit.id, hit.id)
                    tf = []
                    for w in view.words:
                        if not w.options.get(group):
                            tf.append([0, 0, 0])
                            continue
                        t = _positions(w, group, found[d].get("title", {}))
                        b = _positions(w, group, found[d].get("body", {}))
                        body_found = found[d].get("body", {})
                        loose = {p for term in w.terms(group) for p in body_found.get(term, ())}
                        tf.append([len(t), len(b), len(loose)])
                    body = searcher.stored_fields(d).get("body") or ""
                    cands.append(
                        {
                            "id": hit.id,
                            "key": key,
                            "score": hit.score,
                            "f": feats,
                            "tf": tf,
                            "lens": [lengths[0], lengths[1], len(body.split())],
                        }
                    )
                part, fold = split_of(row["qid"], whole)
                record = {
                    "set": Path(path).name,
                    "qid": row["qid"],
                    "query": row["query"],
                    "kind": row.get("kind") or "",
                    "part": part,
                    "fold": fold,
                    "target": keys.get(row["target"], row["target"]),
                    "question": question,
                    "words": [
                        {"text": w.text, "idf": w.idf, "number": w.number, "proper": w.proper}
                        for w in view.words
                    ],
                    "total": result.total,
                    "avg": [view.avg_title_words, view.avg_body_words, view.max_idf],
                    "cands": cands,
                }
                out.write(json.dumps(record, ensure_ascii=False) + "\n")
    print(f"gathered in {time.perf_counter() - started:.1f} s", file=sys.stderr)


def load(cache: str) -> list[dict[str, Any]]:
    """Read the cached queries."""
    with open(cache, encoding="utf-8") as f:
        return [json.loads(line) for line in f]


def shown(records: list[dict[str, Any]], heldout: bool) -> list[dict[str, Any]]:
    """Keep the dev sets' queries, and the sets held out as a whole only when asked:
    a figure seen while comparing scorers is a figure chosen by."""
    return [r for r in records if heldout or not held_out_set(r["set"])]


# Only the engine's top TOP[0] are reranked; the rest keep their order below them.
TOP = [100]


def rank_of(record: dict[str, Any], scores: list[float], top: int | None = None) -> int | None:
    """Return the target's rank after reranking the first top (default TOP) by scores."""
    top = TOP[0] if top is None else top
    order = sorted(range(min(top, len(scores))), key=lambda i: (-scores[i], i))
    order += list(range(top, len(scores)))
    for at, i in enumerate(order, 1):
        if record["cands"][i]["key"] == record["target"]:
            return at
    return None


def table(records: list[dict[str, Any]], score: Any, by_part: bool = True) -> str:
    """Rerank every query with score(record, cand, i) and print the figures per set."""
    sets: dict[str, dict[str, Scores]] = defaultdict(lambda: defaultdict(Scores))
    for r in records:
        if QUESTIONS_ONLY[0] and not r["question"]:
            scores = [-float(i) for i in range(len(r["cands"]))]
        else:
            scores = [score(r, c, i) for i, c in enumerate(r["cands"])]
        rank = rank_of(r, scores)
        s = sets[r["set"]]
        s["all"].add(rank)
        if r["kind"]:
            s[r["kind"]].add(rank)
        s[f"[{r['part']}]"].add(rank)
    lines = []
    for name, rows in sets.items():
        lines.append(name)
        for key in sorted(rows, key=lambda k: (k.startswith("["), k != "all", k)):
            if key.startswith("[") and not by_part:
                continue
            row = rows[key].row()
            lines.append(
                f"  {key:14} {row['queries']:>5} {row['MRR@10']:.3f} {row['S@1']:.3f} "
                f"{row['S@10']:.3f} {row['R@100']:.3f}"
            )
    return "\n".join(lines)


# Weights set by hand before any fitting: the engine's score, and each signal of the
# features counted once (the whole share of the words) or half (the partial signals).
HAND = {
    "log_share": 1.0,
    "cov_idf": 1.0,
    "window_idf": 1.0,
    "lead_idf": 0.5,
    "title_idf": 0.5,
    "near": 0.5,
    "cov_number": 0.5,
    "cov_rare": 0.5,
}


def hand(record: dict[str, Any], cand: dict[str, Any], i: int) -> float:
    """Rank by the hand-set weights (questions only, as the model)."""
    top = record["cands"][0]["score"] or 1.0
    value = HAND["log_share"] * math.log(max(cand["score"], 1e-6) / top)
    return value + sum(w * cand["f"][k] for k, w in HAND.items() if k != "log_share")


def base(record: dict[str, Any], cand: dict[str, Any], i: int) -> float:
    """The engine's own order."""
    return -i


def vector(record: dict[str, Any], cand: dict[str, Any], i: int) -> list[float]:
    """Return a candidate's input as search.rerank builds it: score share, rank, features."""
    top = record["cands"][0]["score"] or 1.0
    share = max(cand["score"], 1e-6) / top
    return [math.log(share), 1.0 / (i + 1)] + [_feature(record, cand, k) for k in USE]


def _feature(record: dict[str, Any], cand: dict[str, Any], name: str) -> float:
    """Return a cached feature, or a BM25 variant "bm25:K1:B:AVG" of the body computed
    from the cached term counts (AVG: the average length; "ws" reads whitespace words)."""
    if name == "covl":
        words = [w for w, tfs in zip(record["words"], cand["tf"], strict=True)]
        total = sum(w["idf"] for w in words) or 1.0
        got = sum(w["idf"] for w, tfs in zip(words, cand["tf"], strict=True) if tfs[0] or tfs[2])
        return got / total
    derived = cached_feature(record, cand, name, TOP[0])
    if derived is not None:
        return derived
    if not name.startswith(("bm25:", "bm25l:")):
        return float(cand["f"][name])
    kind, k1s, bs, avgs = name.split(":")
    slot = 2 if kind == "bm25l" else 1
    k1, b = float(k1s), float(bs)
    length = cand["lens"][2] if avgs.startswith("ws") else cand["lens"][1]
    avg = float(avgs[2:]) if avgs.startswith("ws") else float(avgs)
    norm = k1 * ((1 - b) + b * length / avg)
    total = 0.0
    for w, tfs in zip(record["words"], cand["tf"], strict=True):
        tf = tfs[slot]
        if tf:
            total += w["idf"] * tf * (k1 + 1) / (tf + norm)
    return total / record["avg"][2]


# The features the scorers read (eval --features), and their names in printed weights.
USE = [f for f in FEATURES if f != "body_words"]


def names() -> list[str]:
    return ["log_share", "inv_rank", *USE]


def matrix(records: list[dict[str, Any]], depth: int = 100) -> tuple[Any, Any, Any, Any]:
    """Return features, labels, query index and per-row weights (each set weighs alike)."""
    import numpy as np

    sizes: dict[str, int] = defaultdict(int)
    for r in records:
        sizes[r["set"]] += 1
    xs, ys, qs, ws = [], [], [], []
    for qi, r in enumerate(records):
        if QUESTIONS_ONLY[0] and not r["question"]:
            continue
        for i, c in enumerate(r["cands"][:depth]):
            if UNTITLED[0] and r["set"] == "xquad-dev.tsv" and c["lens"][0] > 0:
                # xquad's answers are untitled paragraphs: a titled competitor there
                # would teach that a title match is bad, which is xquad's, not the news'.
                continue
            xs.append(vector(r, c, i))
            ys.append(1 if c["key"] == r["target"] else 0)
            qs.append(qi)
            ws.append(SET_WEIGHTS.get(r["set"], 1.0) / sizes[r["set"]])
    return np.array(xs), np.array(ys), np.array(qs), np.array(ws)


def fit_pairwise(records: list[dict[str, Any]], depth: int, c: float) -> Any:
    """Fit a linear scorer on target-minus-other differences (logistic regression)."""
    import numpy as np
    from sklearn.linear_model import LogisticRegression

    d, wt = _pairs(records, depth)
    # Both signs, so the classes balance and no intercept is needed.
    xx = np.vstack([d, -d])
    yy = np.concatenate([np.ones(len(d)), np.zeros(len(d))])
    ww = np.concatenate([wt, wt])
    std = np.maximum(np.abs(xx).std(axis=0), 1e-9)
    model = LogisticRegression(C=c, fit_intercept=False, max_iter=2000)
    model.fit(xx / std, yy, sample_weight=ww * len(ww) / ww.sum())
    return model.coef_[0] / std


def _hand_vector() -> Any:
    """Return the hand-set weights as a vector over names()."""
    import numpy as np

    return np.array([HAND.get(n, 0.0) for n in names()])


def _pairs(records: list[dict[str, Any]], depth: int) -> tuple[Any, Any]:
    """Return each query's target-minus-other feature differences and their weights (a
    query's weight shared among its other candidates)."""
    import numpy as np

    x, y, q, w = matrix(records, depth)
    diffs, weights = [], []
    for qi in np.unique(q):
        rows = np.where(q == qi)[0]
        pos = rows[y[rows] == 1]
        if not len(pos):
            continue
        neg = rows[y[rows] == 0]
        diffs.append(x[pos[0]] - x[neg])
        weights.append(np.full(len(neg), w[pos[0]] / max(1, len(neg))))
    d = np.vstack(diffs)
    wt = np.concatenate(weights)
    return d, wt


def fit_prior(records: list[dict[str, Any]], depth: int, c: float) -> Any:
    """Fit a linear scorer on target-minus-other differences, its weights pulled towards
    the hand-set ones (not towards zero): what little data says moves them; c: how far."""
    import numpy as np
    from scipy.optimize import minimize

    d, wt = _pairs(records, depth)
    wt = wt / wt.sum()
    prior = _hand_vector()
    scale = np.maximum(np.abs(d).std(axis=0), 1e-9)

    def loss(v: Any) -> tuple[float, Any]:
        z = d @ v
        # log(1 + exp(-z)), stably
        value = float(np.sum(wt * np.logaddexp(0.0, -z)))
        grad = -(d.T @ (wt / (1.0 + np.exp(z))))
        diff = (v - prior) * scale
        value += 0.5 / c * float(diff @ diff) / len(scale)
        grad = grad + (1.0 / c) * diff * scale / len(scale)
        return value, grad

    found = minimize(loss, prior.copy(), jac=True, method="L-BFGS-B")
    return found.x


# Features whose weight may not be negative: more of the query's words, nearer, earlier
# or in the title is never evidence against an article.
MONOTONE = frozenset(USE)


def fit_monotone(records: list[dict[str, Any]], depth: int, c: float) -> Any:
    """Fit the pairwise logistic regression with the MONOTONE weights kept at 0 or above
    (L2 penalty 1/c on standardized weights, as LogisticRegression's C)."""
    import numpy as np
    from scipy.optimize import minimize

    d, wt = _pairs(records, depth)
    wt = wt * len(wt) / wt.sum()
    scale = np.maximum(np.abs(np.vstack([d, -d])).std(axis=0), 1e-9)
    ds = d / scale

    def loss(v: Any) -> tuple[float, Any]:
        z = ds @ v
        value = float(np.sum(wt * np.logaddexp(0.0, -z))) + 0.5 / c * float(v @ v)
        grad = -(ds.T @ (wt / (1.0 + np.exp(z)))) + v / c
        return value, grad

    bounds = [(0.0, None) if n in MONOTONE else (None, None) for n in names()]
    found = minimize(loss, np.zeros(d.shape[1]), jac=True, method="L-BFGS-B", bounds=bounds)
    return found.x / scale


def fit_listwise(records: list[dict[str, Any]], depth: int, c: float) -> Any:
    """Fit a linear scorer by the softmax loss over each question's candidate list (the
    target's share of exp(score)), the MONOTONE weights kept at 0 or above (L2 penalty 1/c
    on standardized weights): the strongest competitors weigh most, as for S@1 and MRR."""
    import numpy as np
    from scipy.optimize import minimize

    x, y, q, w = matrix(records, depth)
    scale = np.maximum(x.std(axis=0), 1e-9)
    xs = (x - x.mean(axis=0)) / scale
    lists = []
    for qi in np.unique(q):
        rows = np.where(q == qi)[0]
        pos = rows[y[rows] == 1]
        if len(pos) and len(rows) > 1:
            lists.append((rows, pos[0], w[pos[0]]))
    total = sum(wt for _, _, wt in lists)

    def loss(v: Any) -> tuple[float, Any]:
        s = xs @ v
        value = 0.5 / c * float(v @ v)
        grad = v / c
        for rows, pos, wt in lists:
            z = s[rows]
            top = z.max()
            p = np.exp(z - top)
            p /= p.sum()
            value += wt / total * len(lists) * float(top + np.log(np.exp(z - top).sum()) - s[pos])
            grad = grad + wt / total * len(lists) * (xs[rows].T @ p - xs[pos])
        return value, grad

    bounds = [(0.0, None) if n in MONOTONE else (None, None) for n in names()]
    found = minimize(loss, np.zeros(x.shape[1]), jac=True, method="L-BFGS-B", bounds=bounds)
    return found.x / scale


def fit_gbm(records: list[dict[str, Any]], depth: int, c: float) -> Any:
    """Fit LightGBM's lambdarank on the candidate lists (c: the number of trees)."""
    import lightgbm
    import numpy as np

    x, y, q, w = matrix(records, depth)
    groups = np.bincount(q)
    groups = groups[groups > 0]
    per_query = np.array([w[q == qi][0] for qi in np.unique(q)])
    model = lightgbm.LGBMRanker(
        n_estimators=int(c),
        learning_rate=0.05,
        num_leaves=7,
        min_child_samples=20,
        subsample=0.8,
        subsample_freq=1,
        colsample_bytree=0.8,
        verbose=-1,
        random_state=1,
    )
    model.fit(x, y, group=groups, sample_weight=w * len(per_query) / per_query.sum())
    return model


def tree(model: Any) -> Any:
    """Return a scorer that ranks by a fitted LightGBM model (one query at a time)."""
    import numpy as np

    cache: dict[int, Any] = {}

    def score(record: dict[str, Any], cand: dict[str, Any], i: int) -> float:
        key = id(record)
        if key not in cache:
            x = np.array([vector(record, c, j) for j, c in enumerate(record["cands"])])
            cache[key] = model.predict(x)
        return float(cache[key][i])

    return score


FIT = {
    "lr": (fit_pairwise, lambda w: linear(w)),
    "prior": (fit_prior, lambda w: linear(w)),
    "monotone": (fit_monotone, lambda w: linear(w)),
    "listwise": (fit_listwise, lambda w: linear(w)),
    "gbm": (fit_gbm, lambda m: tree(m)),
}
LEARNER = ["monotone"]
# How much each set's questions weigh together in a fit (eval --set-weight NAME=W; 1 each).
SET_WEIGHTS: dict[str, float] = {}
UNTITLED = [False]
QUESTIONS_ONLY = [True]


def linear(weights: Any) -> Any:
    """Return a scorer that ranks by a weighted sum of the feature vector."""
    import numpy as np

    def score(record: dict[str, Any], cand: dict[str, Any], i: int) -> float:
        return float(np.dot(weights, vector(record, cand, i)))

    return score


def crossval(records: list[dict[str, Any]], depth: int, c: float, verbose: bool = False) -> Any:
    """Fit on four tune folds and score the fifth, for each fold; print the folds' figures
    and the cross-validated table; then fit on all tune folds and score the held-out part.
    Return the weights fitted on all tune folds."""
    tune = [r for r in records if r["part"] == TUNE]
    scored: list[tuple[dict[str, Any], list[float]]] = []
    per_fold: dict[str, list[str]] = defaultdict(list)
    for fold in range(FOLDS):
        train = [r for r in tune if r["fold"] != fold]
        test = [r for r in tune if r["fold"] == fold]
        fit, scorer = FIT[LEARNER[0]]
        w = fit(train, depth, c)
        score = scorer(w)
        by_set: dict[str, Scores] = defaultdict(Scores)
        for r in test:
            scores = [score(r, cand, i) for i, cand in enumerate(r["cands"])]
            scored.append((r, scores))
            by_set[r["set"]].add(rank_of(r, scores))
        for name, sc in by_set.items():
            per_fold[name].append(f"{sc.row()['MRR@10']:.3f}")
    for name, folds in per_fold.items():
        print(f"folds MRR@10 {name}: {' '.join(folds)}")
    lookup = {id(r): s for r, s in scored}
    print("cross-validated (tune part, each query scored by the model not fitted on it):")
    print(table([r for r, _ in scored], lambda r, cand, i: lookup[id(r)][i], by_part=False))
    fit, scorer = FIT[LEARNER[0]]
    w = fit(tune, depth, c)
    print("fitted on all tune folds; the held-out part:")
    print(table([r for r in records if r["part"] == HELD_OUT], scorer(w), by_part=False))
    if verbose and LEARNER[0] == "lr":
        for name, value in sorted(zip(names(), w, strict=True), key=lambda x: -abs(x[1])):
            print(f"  {name:16} {value:+.3f}")
    return w


def train(cache: str, out: str, depth: int, c: float) -> None:
    """Fit the reranker on every tune-part question of the dev sets and write the model."""
    from index.schema import SCHEMA_VERSION
    from search.rerank import BASE, model_from

    records = [r for r in load(cache) if "heldout" not in r["set"] and r["part"] == TUNE]
    w = FIT[LEARNER[0]][0](records, depth, c)
    data = {
        "schema_version": SCHEMA_VERSION,
        "top": depth,
        "weights": {name: round(float(v), 6) for name, v in zip((*BASE, *USE), w, strict=True)},
        "fitted_on": {
            name: sum(1 for r in records if r["set"] == name and r["question"])
            for name in sorted({r["set"] for r in records})
        },
    }
    model_from(data)  # the runtime must read what is written
    Path(out).write_text(json.dumps(data, indent=1) + "\n", encoding="utf-8")
    print(f"wrote {out}")


def model_scorer(path: str) -> Any:
    """Return a scorer that ranks as search.rerank does with a stored model."""
    from search.rerank import load_model
    from search.rerank import vector as model_vector

    model = load_model(Path(path))
    if model is None:
        raise SystemExit(f"{path}: no model for this schema version")

    def score(record: dict[str, Any], cand: dict[str, Any], i: int) -> float:
        best = record["cands"][0]["score"]
        return model.score(model_vector(model, cand["f"], cand["score"], best, i))

    TOP[0] = model.top
    return score


def _with_strong_forms(add: bool) -> Callable[[str], list[str]]:
    """Return search.forms.other_forms with a strong verb's forms added, or those alone."""
    from search.forms import other_forms
    from search.strong import strong_forms

    def forms(word: str) -> list[str]:
        return [*(other_forms(word) if add else []), *strong_forms(word)]

    return forms


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    sub = parser.add_subparsers(dest="cmd", required=True)
    g = sub.add_parser("gather")
    g.add_argument("index")
    g.add_argument("cache")
    g.add_argument("sets", nargs="*", default=DEFAULT_SETS)
    g.add_argument(
        "--loose-parts", type=float, default=None, help="compile.widening.LOOSE_PART_BOOST"
    )
    g.add_argument("--forms", type=float, default=None, help="compile.compiled.FORM_BOOST")
    g.add_argument("--kin", type=float, default=None, help="compile.compiled.KIN_BOOST")
    g.add_argument(
        "--strong-forms",
        choices=["add", "only"],
        default=None,
        help="a question's word also by its strong verb's forms (search.strong), searched "
        "at --forms: besides search.forms' (add) or alone (only)",
    )
    g.add_argument(
        "--hyphen-parts", type=float, default=None, help="compile.widening.HYPHEN_PART_BOOST"
    )
    g.add_argument(
        "--drop-asking",
        action="store_true",
        help="a question's asking word dropped from ranking too (questions.DROP_ASKING)",
    )
    g.add_argument("--bm25-b", type=float, default=None, help="ranking.BM25_B, for every query")
    g.add_argument("--bm25-k1", type=float, default=None, help="ranking.BM25_K1, for every query")
    t = sub.add_parser("train")
    t.add_argument("cache")
    t.add_argument("--out", default=str(ROOT / "search" / "rerank_model.json"))
    t.add_argument("--depth", type=int, default=30)
    t.add_argument("--c", type=float, default=1.0)
    t.add_argument("--learner", default="monotone", choices=sorted(FIT))
    t.add_argument("--drop", nargs="*", default=["body_words"], help="features to leave out")
    e = sub.add_parser("eval")
    e.add_argument("cache")
    e.add_argument("--scorer", default="base", help="base, cv, or a stored model file")
    e.add_argument("--depth", type=int, default=30)
    e.add_argument("--c", type=float, default=1.0)
    e.add_argument("--sets", nargs="*", help="only these sets (file names)")
    e.add_argument("--verbose", action="store_true", help="print the fitted weights")
    e.add_argument("--features", nargs="*", help="features to use (default: all of FEATURES)")
    e.add_argument("--drop", nargs="*", default=["body_words"], help="features to leave out")
    e.add_argument("--learner", default="monotone", choices=sorted(FIT))
    e.add_argument("--top", type=int, default=30, help="rerank only the engine's top N")
    e.add_argument(
        "--all-queries", action="store_true", help="rerank every query, not only questions"
    )
    e.add_argument("--untitled", action="store_true", help="train on xquad's untitled candidates")
    e.add_argument(
        "--set-weight",
        nargs="*",
        default=[],
        metavar="NAME=W",
        help="a set's questions weigh W together in the fit (default 1 each)",
    )
    e.add_argument(
        "--heldout",
        action="store_true",
        help="also print the sets held out as a whole (to report, never to choose by)",
    )
    args = parser.parse_args()
    if args.cmd == "gather":
        if args.loose_parts is not None:
            qwidening.LOOSE_PART_BOOST = args.loose_parts
        if args.forms is not None:
            qcompiled.FORM_BOOST = args.forms
        if args.kin is not None:
            qcompiled.KIN_BOOST = args.kin
        if args.strong_forms is not None:
            qwidening.other_forms = _with_strong_forms(args.strong_forms == "add")
        if args.hyphen_parts is not None:
            qwidening.HYPHEN_PART_BOOST = args.hyphen_parts
        if args.drop_asking:
            questions.DROP_ASKING = True
        if args.bm25_b is not None:
            search_archive.BM25_B = args.bm25_b
        if args.bm25_k1 is not None:
            search_archive.BM25_K1 = args.bm25_k1
        gather(args.index, args.cache, args.sets)
        return 0
    if args.cmd == "train":
        LEARNER[0] = args.learner
        USE[:] = [f for f in USE if f not in args.drop]
        train(args.cache, args.out, args.depth, args.c)
        return 0
    records = shown(load(args.cache), args.heldout)
    LEARNER[0] = args.learner
    TOP[0] = args.top
    UNTITLED[0] = args.untitled
    SET_WEIGHTS.update({k: float(v) for k, v in (a.split("=", 1) for a in args.set_weight)})
    QUESTIONS_ONLY[0] = not args.all_queries
    if args.features:
        USE[:] = args.features
    USE[:] = [f for f in USE if f not in args.drop]
    if args.sets:
        records = [r for r in records if r["set"] in args.sets]
    if args.scorer == "base":
        print(table(records, base))
    elif args.scorer == "hand":
        print(table(records, hand))
    elif args.scorer != "cv":
        print(table(records, model_scorer(args.scorer)))
    else:
        dev = [r for r in records if "heldout" not in r["set"]]
        w = crossval(dev, args.depth, args.c, args.verbose)
        held = [r for r in records if "heldout" in r["set"]]
        if held:
            print(table(held, FIT[LEARNER[0]][1](w), by_part=False))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
