"""Dump what the search answers for the dev query sets, to compare two versions line by line.

Run: .venv/bin/python bench/ranks.py INDEX_DIR > ranks.jsonl (then diff two dumps).
Every query of ../shared/eval's dev sets (known-item, xquad, questions-news) is searched
as `newsarchive eval` searches it (top 100, no snippets): its total and the ids and scores
of the hits. Every 10th query, and a list of queries using the query language, filters and
typos, is also searched as the search page searches (snippets, explain, facets, timeline),
by date, without folding copies, and its first hit shown as an article with the query
marked. took_ms is left out: it is the one field that differs from run to run.
"""

from __future__ import annotations

import argparse
import csv
import json
import sys
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from search.archive import Archive  # noqa: E402

EVAL = ROOT.parent / "shared" / "eval"
SETS = ("known-item-dev.tsv", "xquad-dev.tsv", "questions-news-dev.tsv")
# The query language, filters, typos and hostile input: what the dev sets do not type.
SYNTAX = (
    '"Deutsche Bahn"',
    '"Streik Bahn"~5',
    "Flüchtling*",
    "titel:Bundestag",
    "quelle:freiewelt Corona",
    "-quelle:freiewelt Corona",
    "sprache:englisch energy",
    "datum:2020 Impfung",
    "datum:2019..2020-06 Merkel",
    "Merkel OR Scholz",
    "Merkel ODER (Scholz UND Lindner)",
    "Merkel -Scholz",
    "Merkel NICHT Scholz",
    "Bundesregirung",
    "Klimaschutzgesetz",
    "Kim Jong-un",
    "G7/G20",
    'unclosed "quote',
    "((((",
    "OR",
    "quelle:",
    "a*",
    "Wer ist der Bundeskanzler?",
    "zzzzqqqq",
    "quelle:nirgendwo Merkel",
    "",
)


def queries(folder: Path) -> list[tuple[str, str, str]]:
    """Return (set, qid, query) of every dev query, in file order."""
    out = []
    for name in SETS:
        with open(folder / name, encoding="utf-8", newline="") as f:
            for row in csv.DictReader(f, delimiter="\t"):
                if row.get("query"):
                    out.append((name, row["qid"], row["query"]))
    return out


def plain(result: Any) -> dict[str, Any]:
    """Return a search result as data, without its timing."""
    data = result.as_dict()
    data.pop("took_ms")
    return data


def full(archive: Archive, query: str) -> dict[str, Any]:
    """Search as the search page does, by date and unfolded too; the first hit as an article.

    An exception is recorded by its type and message: a crash must stay a crash, or go.
    """
    calls = {
        "page": lambda: plain(archive.search(query, explain=True, extras=("facets", "timeline"))),
        "newest": lambda: plain(archive.search(query, page=2, size=5, sort="newest")),
        "unfolded": lambda: plain(archive.search(query, collapse=False)),
    }
    out: dict[str, Any] = {}
    for name, call in calls.items():
        try:
            out[name] = call()
        except Exception as exc:
            out[name] = {"error": f"{type(exc).__name__}: {exc}"}
    hits = out["unfolded"].get("hits")
    if hits:
        view = archive.article(hits[0]["id"], query)
        out["article"] = view.as_dict() | {
            "title_html": view.title_html,
            "caption_html": view.caption_html,
            "body_html": view.body_html,
        }
    return out


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("index")
    ap.add_argument("--every", type=int, default=10, help="search every N-th query in full")
    ap.add_argument("--eval", type=Path, default=EVAL, help="folder of the query sets")
    args = ap.parse_args()
    archive = Archive(args.index)
    for n, (name, qid, query) in enumerate(queries(args.eval)):
        result = archive.search(query, size=100, snippets=False)
        record: dict[str, Any] = {
            "set": name,
            "qid": qid,
            "total": result.total,
            "hits": [(h.id, h.score) for h in result.hits],
            "notices": result.notices,
            "suggestion": result.suggestion,
            "relaxed": result.relaxed,
        }
        if n % args.every == 0:
            record["full"] = full(archive, query)
        print(json.dumps(record, ensure_ascii=False, sort_keys=True))
    for query in SYNTAX:
        record = {"set": "syntax", "query": query, "full": full(archive, query)}
        print(json.dumps(record, ensure_ascii=False, sort_keys=True))
    print(json.dumps({"stats": archive.stats()}, ensure_ascii=False, sort_keys=True))


if __name__ == "__main__":
    main()
