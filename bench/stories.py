"""Measure story grouping: precision and recall on judged pairs, groups on the corpus.

Run: .venv/bin/python bench/stories.py [--index instance/eval-index] [--make-gold]

The gold pairs (bench/story-pairs.tsv) name articles of ../shared/eval/corpus.jsonl by
id; the texts are not copied into the project. Same-story pairs are an article and an
edited copy of it, the edit named in the file (a new first paragraph, an outlet's
footer, rewritten sentences, a cut end, or several of these), as agencies' texts are
reprinted. Different-story pairs are an article and its nearest other article with
another body by shared vocabulary (the archive's "more like this"); the most similar of
them were read to confirm they are other stories.
--make-gold draws the pairs anew (seeded) and writes the file.
"""

from __future__ import annotations

import argparse
import csv
import json
import random
import re
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from index.stories import THRESHOLD, datasketch_sketch, load, similarity, sketch  # noqa: E402
from search.archive import Archive  # noqa: E402

CORPUS = ROOT.parent / "shared" / "eval" / "corpus.jsonl"
GOLD = ROOT / "bench" / "story-pairs.tsv"
EDITS = ("lead", "footer", "rewrite", "cut", "lead+footer+rewrite")
_SENTENCE = re.compile(r"(?<=[.!?])\s+")


def sentences(text: str) -> list[str]:
    """Split a body into sentences (roughly: enough to edit it like an editor)."""
    return [s for s in _SENTENCE.split(text.replace("\n", " ")) if s.strip()]


def edited(body: str, edit: str, donor: str, rng: random.Random) -> str:
    """Return body changed as an outlet reprinting it might: lead, footer, rewrite, cut."""
    parts = sentences(body)
    other = sentences(donor)
    for step in edit.split("+"):
        if step == "lead":
            parts = other[:2] + parts[2:]
        elif step == "footer":
            parts = parts + other[-2:]
        elif step == "rewrite":
            for i in rng.sample(range(len(parts)), min(3, len(parts))):
                words = parts[i].split()
                for j in rng.sample(range(len(words)), max(1, len(words) // 4)):
                    words[j] = rng.choice(other[0].split() if other else words)
                parts[i] = " ".join(words)
        elif step == "cut":
            parts = parts[: max(3, int(len(parts) * 0.75))]
    return " ".join(parts)


def load_corpus() -> dict[str, dict]:
    with open(CORPUS, encoding="utf-8") as f:
        return {r["id"]: r for r in map(json.loads, f)}


def make_gold(archive: Archive, corpus: dict[str, dict], n: int) -> None:
    """Draw same-story and different-story pairs (seeded) and write them to GOLD."""
    rng = random.Random(8)
    eligible = sorted(i for i, r in corpus.items() if len(r["body"].split()) >= 150)
    picked = rng.sample(eligible, n)
    rows = []
    for k, article_id in enumerate(picked):
        donor = rng.choice(eligible)
        rows.append(("same", article_id, EDITS[k % len(EDITS)], donor))
        own = corpus[article_id]["body"]
        for ref in archive.similar(article_id, limit=5):
            other = corpus.get(ref["id"])
            if other and other["body"] != own:
                rows.append(("different", article_id, ref["id"], ""))
                break
    with open(GOLD, "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, delimiter="\t")
        w.writerow(["label", "a", "b_or_edit", "donor"])
        w.writerows(rows)


def pairs(corpus: dict[str, dict]) -> list[tuple[str, str, str, str]]:
    """Read the gold pairs back into (label, description, text a, text b)."""
    out = []
    with open(GOLD, encoding="utf-8") as f:
        for k, row in enumerate(csv.DictReader(f, delimiter="\t")):
            a = corpus[row["a"]]["body"]
            if row["label"] == "same":
                rng = random.Random(k)
                b = edited(a, row["b_or_edit"], corpus[row["donor"]]["body"], rng)
                out.append(("same", row["b_or_edit"], a, b))
            else:
                out.append(("different", "nearest other", a, corpus[row["b_or_edit"]]["body"]))
    return out


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--index", default=str(ROOT / "instance" / "eval-index"))
    ap.add_argument("--make-gold", action="store_true")
    ap.add_argument("--pairs", type=int, default=150)
    args = ap.parse_args()
    corpus = load_corpus()
    archive = Archive(args.index)
    if args.make_gold or not GOLD.exists():
        make_gold(archive, corpus, args.pairs)
    gold = pairs(corpus)
    # This project's numpy sketch beside datasketch's own (a SHA-1 per 5-gram): the same
    # estimate, other hash values; both should separate the pairs alike.
    sketchers = {"numpy": sketch, "datasketch": datasketch_sketch}
    scored: dict[str, list[tuple[str, str, float]]] = {}
    for name, make in sketchers.items():
        scored[name] = []
        for label, kind, a, b in gold:
            sa, sb = make(a), make(b)
            near = similarity(sa, sb) if sa is not None and sb is not None else 0.0
            scored[name].append((label, kind, near))
    labels = [label for label, _, _ in scored["numpy"]]
    same = labels.count("same")
    print(f"gold pairs: {len(labels)} ({same} same story, {len(labels) - same} different)")
    print("estimated Jaccard of word 5-grams, 64 permutations: numpy sketch | datasketch")
    print("threshold  precision  recall  |  precision  recall")
    for t in (0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8):
        cells = []
        for name in sketchers:
            tp = sum(1 for label, _, s in scored[name] if label == "same" and s >= t)
            fp = sum(1 for label, _, s in scored[name] if label == "different" and s >= t)
            p = tp / (tp + fp) if tp + fp else 1.0
            cells.append(f"{p:.3f}      {tp / same:.3f}")
        mark = "  ← in use" if abs(t - THRESHOLD) < 1e-9 else ""
        print(f"  {t:.1f}      {cells[0]}   |  {cells[1]}{mark}")
    differences = [
        abs(x[2] - y[2]) for x, y in zip(scored["numpy"], scored["datasketch"], strict=True)
    ]
    decided = sum(
        1
        for x, y in zip(scored["numpy"], scored["datasketch"], strict=True)
        if (x[2] >= THRESHOLD) != (y[2] >= THRESHOLD)
    )
    print(
        f"estimates of the two: mean difference {sum(differences) / len(differences):.3f},"
        f" largest {max(differences):.3f}; pairs decided otherwise at {THRESHOLD}: {decided}"
    )
    print("recall at the threshold in use, by edit (numpy | datasketch):")
    for kind in EDITS:
        hits = []
        for name in sketchers:
            sims = [s for label, k, s in scored[name] if label == "same" and k == kind]
            hits.append(f"{sum(1 for s in sims if s >= THRESHOLD)}/{len(sims)}")
        print(f"  {kind:22s} {hits[0]} | {hits[1]}")
    for name in sketchers:
        worst = max((s for label, _, s in scored[name] if label == "different"), default=0)
        print(f"most similar different-story pair ({name}): {worst:.3f}")

    stories = load(args.index)
    sizes = stories.sizes()
    grouped = sum(n for _, n in sizes)
    print(
        f"\ncorpus: {len(stories.group_of)} articles, {len(sizes)} groups of 2 or more "
        f"holding {grouped} articles"
    )
    for group, n in sizes[:5]:
        doc = archive.searcher().document(id=group) or {}
        sources = sorted(
            {
                (archive.searcher().document(id=m) or {}).get("source", "")
                for m in stories.members[group]
            }
        )
        print(f"  {n:3d}  {group}  {doc.get('title', '')[:60]!r}  sources: {', '.join(sources)}")
    exact = {}
    for article_id, h in stories.hashes.items():
        exact.setdefault(h, []).append(article_id)
    near = sum(
        1 for _, members in stories.members.items() if len({stories.hashes[m] for m in members}) > 1
    )
    print(f"groups with more than one distinct body (near-copies, not only exact ones): {near}")

    texts = [r["body"] for r in corpus.values()]
    for name, make in sketchers.items():
        started = time.perf_counter()
        for text in texts:
            make(text)
        print(
            f"\nsketching all {len(texts)} bodies ({name}): {time.perf_counter() - started:.1f} s"
        )
    print("(the grouping step of a full indexing run is in its summary: grouping_seconds)")


if __name__ == "__main__":
    main()
