"""Profile searches: where the milliseconds of a search go, stage by stage.

Run: .venv/bin/python bench/profile_search.py INDEX_DIR [--queries 300] [--mode plain]
       [--top 25] [--cold]
Searches the dev queries (bench/latency.py's list) once to warm, then again under
cProfile, through Archive.search as the web app calls it. Prints each stage's cumulative
time per query (a stage's time includes the stages it calls), then the functions with the
most time of their own. cProfile slows Python code (not numpy's or the file reads), so
the shares matter, not the absolute figures.
"""

from __future__ import annotations

import argparse
import cProfile
import pstats
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from bench.latency import MODES, load_queries  # noqa: E402
from search.archive import Archive  # noqa: E402

# (label, file ending, function name): the steps of a search, in the order it takes them.
STAGES = (
    ("search (all)", "search/service.py", "search"),
    ("  read the query", "search/syntax.py", "read"),
    ("  compile", "search/compile/compiled.py", "compile_search"),
    ("  rank", "search/ranking/ranked.py", "rank"),
    ("    match and score (numpy)", "search/matches/exact.py", "exact"),
    ("      posting lists read", "search/whoosh_read/postings.py", "leaf_postings"),
    ("      term in segment?", "whoosh/reading.py", "__contains__"),
    ("      term look-ups (fenced)", "search/whoosh_read/terms.py", "_lookup"),
    ("      term look-ups (Whoosh)", "whoosh/filedb/filetables.py", "ranges_for_key"),
    ("    filter documents", "search/matches/postings.py", "docs"),
    ("    words held (coordination)", "search/ranking/word_ranking.py", "_terms_held"),
    ("    copies folded", "search/listing.py", "fold_copies"),
    ("    story groups", "search/commit.py", "group_keys"),
    ("    reranker", "search/rerank.py", "reorder"),
    ("      its features", "search/features.py", "candidate_features"),
    ("        positions read", "search/features.py", "read_occurrences"),
    ("        computed (numpy)", "search/feature_arrays.py", "features_of"),
    ("    unfiltered matches", "search/ranking/ranked.py", "_unfiltered"),
    ("    Whoosh collectors", "whoosh/searching.py", "search_with_collector"),
    ("  page of hits", "search/hits.py", "page"),
    ("    stored fields", "whoosh/searching.py", "stored_fields"),
    ("    match spans", "search/snippets.py", "match_spans"),
    ("      analyzer", "search/snippets.py", "_analyze_into"),
    ("    snippet", "search/snippets.py", "snippet"),
    ("    copies of a hit", "search/related.py", "copies"),
    ("    explain", "search/hits.py", "_explain"),
    ("  facets and timeline", "search/facets.py", "counts"),
    ("  did you mean", "search/suggest.py", "did_you_mean"),
    ("  relaxed offers", "search/suggest.py", "relaxed"),
)


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("index")
    ap.add_argument("--queries", type=int, default=300)
    ap.add_argument("--mode", default="plain", choices=list(MODES))
    ap.add_argument("--top", type=int, default=25)
    ap.add_argument(
        "--cold",
        action="store_true",
        help="profile each query the first time it is asked (no warming pass: what is kept "
        "across queries holds only what earlier queries of the list left)",
    )
    args = ap.parse_args()
    archive = Archive(args.index)
    queries = load_queries(args.queries)
    options = MODES[args.mode]
    started = time.perf_counter()
    for q in ["Nachrichten"] if args.cold else queries:
        archive.search(q, size=10, **options)
    plain = (time.perf_counter() - started) * 1000 / len(queries)
    profile = cProfile.Profile()
    started = time.perf_counter()
    profile.enable()
    for q in queries:
        archive.search(q, size=10, **options)
    profile.disable()
    profiled = (time.perf_counter() - started) * 1000 / len(queries)
    stats = pstats.Stats(profile).stats  # type: ignore[attr-defined]
    n = len(queries)
    print(
        f"{n} queries, mode {args.mode}: "
        + ("cold" if args.cold else f"{plain:.1f} ms per query unprofiled (warm)")
        + f", {profiled:.1f} ms under cProfile"
    )
    print("stage                              ms/query  share  calls/query")
    total = None
    for label, ending, name in STAGES:
        cum, calls = 0.0, 0
        for (file, _line, func), (_cc, nc, _tt, ct, _callers) in stats.items():
            if func == name and file.endswith(ending):
                cum += ct
                calls += nc
        if not calls:
            continue
        ms = cum * 1000 / n
        total = total or ms
        print(f"{label:34s} {ms:8.2f} {100 * ms / total:5.1f}%  {calls / n:9.1f}")
    print(f"\nfunctions by own time (top {args.top}): ms/query, calls/query, cumulative ms/query")
    rows = sorted(stats.items(), key=lambda kv: -kv[1][2])[: args.top]
    for (file, line, func), (_cc, nc, tt, ct, _callers) in rows:
        short = file.split("site-packages/")[-1].replace(str(ROOT) + "/", "")
        print(f"  {tt * 1000 / n:7.2f} {nc / n:9.1f} {ct * 1000 / n:8.2f}  {short}:{line}({func})")


if __name__ == "__main__":
    main()
