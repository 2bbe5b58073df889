"""The newsarchive command line: options and subcommands (web.commands does the work)."""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Sequence
from importlib import metadata
from typing import Any

from index.build import COMMIT_ARTICLES, COMMIT_SECONDS
from index.store import DEFAULT_INDEX, StoreError, resolve_index_dir
from search.request import SORTS, SearchLimits
from web import commands
from web.serve import cpu_count


def _positive(text: str) -> int:
    """Read a count of 1 or more."""
    try:
        value = int(text)
    except ValueError:
        value = 0
    if value < 1:
        raise argparse.ArgumentTypeError(f"must be a whole number from 1 on, not {text!r}")
    return value


def _version() -> str:
    """Return the installed package's version."""
    try:
        return metadata.version("newsarchive")
    except metadata.PackageNotFoundError:
        return "unknown (not installed)"


def _global_options() -> argparse.ArgumentParser:
    """Return the options every subcommand takes, before or after its name."""
    common = argparse.ArgumentParser(add_help=False)
    # SUPPRESS: an option given before the subcommand is not reset by the subcommand's
    # own copy of it when that copy is left out.
    common.add_argument(
        "--index",
        default=argparse.SUPPRESS,
        help=f"index folder (default: $NEWSARCHIVE_INDEX, else {DEFAULT_INDEX})",
    )
    return common


def build_parser() -> argparse.ArgumentParser:
    """Build the command-line parser."""
    common = _global_options()
    parser = argparse.ArgumentParser(
        prog="newsarchive",
        description="Full-text search for news archives, German first.",
        parents=[common],
    )
    parser.add_argument("--version", action="version", version=f"newsarchive {_version()}")
    sub = parser.add_subparsers(dest="command", required=True)

    def add(name: str, **kwargs: Any) -> argparse.ArgumentParser:
        return sub.add_parser(name, parents=[common], **kwargs)

    p = add("index", help="index folders of pages, .jsonl, .csv and .html files")
    p.add_argument(
        "paths",
        nargs="*",
        help="files or folders to index (default: those the index was built from)",
    )
    p.add_argument("--rebuild", action="store_true", help="build the index anew")
    p.add_argument("--no-progress", action="store_true", help="no progress bar")
    p.add_argument("--json", action="store_true", help="print the summary as JSON")
    p.add_argument(
        "--optimize",
        action="store_true",
        help="merge the index into one segment after the run (faster searches, a slower run)",
    )
    p.add_argument(
        "--commit-every",
        type=int,
        default=COMMIT_ARTICLES or 0,
        metavar="N",
        help=f"also commit every N articles (default: every {COMMIT_SECONDS:.0f} s only)",
    )
    p.set_defaults(func=commands.cmd_index)

    p = add("search", help="search the index")
    p.add_argument("query", nargs="+", help="what to search for")
    p.add_argument("--page", type=int, default=1)
    p.add_argument(
        "--size",
        type=int,
        default=None,
        help=f"hits per page (default {SearchLimits().default_page_size})",
    )
    p.add_argument("--sort", choices=SORTS, default=SORTS[0])
    p.add_argument("--source", action="append", default=[], help="only this source (repeatable)")
    p.add_argument("--lang", action="append", default=[], help="only this language (repeatable)")
    p.add_argument("--from", dest="date_from", help="earliest date: YYYY, YYYY-MM, YYYY-MM-DD")
    p.add_argument("--to", dest="date_to", help="latest date: YYYY, YYYY-MM, YYYY-MM-DD")
    p.add_argument("--json", action="store_true", help="print the /api/search answer")
    p.set_defaults(func=commands.cmd_search)

    p = add("serve", help="serve the web UI and JSON API")
    p.add_argument("--host", default=os.environ.get("NEWSARCHIVE_HOST", "127.0.0.1"))
    p.add_argument("--port", type=int, default=int(os.environ.get("NEWSARCHIVE_PORT", "8000")))
    p.add_argument(
        "--workers",
        type=_positive,
        default=cpu_count(),
        help="server processes (default: one per core, here %(default)s)",
    )
    # Under the GIL a process runs one query at a time; a second thread lets it read the
    # next request while it answers one.
    p.add_argument("--threads", type=_positive, default=2, help="threads per process")
    p.set_defaults(func=commands.cmd_serve)

    p = add("eval", help="score the ranking on query sets (qid, query, target, kind)")
    p.add_argument(
        "querysets",
        nargs="*",
        help="query set TSV files (default: the dev sets known-item, xquad and news questions)",
    )
    p.add_argument(
        "--eval-dir",
        default="../shared/eval",
        help="folder of the dev query sets (default: %(default)s)",
    )
    p.add_argument("--dump", metavar="FILE", help="write each query's rank and total as JSON lines")
    p.add_argument("--corpus", default="../shared/eval/corpus.jsonl", help="archive to index")
    p.add_argument("--rebuild", action="store_true", help="index the corpus again")
    p.add_argument("--misses", action="store_true", help="list queries whose target is not first")
    p.add_argument("--weights", help="title,caption,body match weights, e.g. 0.25,0.25,1")
    p.add_argument(
        "--same",
        choices=("story", "body"),
        default="story",
        help="count the target's story group (default) or only identical bodies as the target",
    )
    p.set_defaults(func=commands.cmd_eval, default_index="instance/eval-index")

    p = add("check", help="verify every segment of the index (like CheckIndex)")
    p.add_argument(
        "--repair", action="store_true", help="drop damaged segments; say what to index again"
    )
    p.set_defaults(func=commands.cmd_check)

    p = add("stats", help="what the index holds")
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=commands.cmd_stats)

    from web import inspect

    inspect.add_parser(add)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Run the newsarchive command."""
    args = build_parser().parse_args(argv)
    # The evaluation keeps its own index, apart from the user's archive.
    args.index = resolve_index_dir(
        getattr(args, "index", None) or getattr(args, "default_index", None)
    )
    try:
        result: Any = args.func(args)
        sys.stdout.flush()
    except StoreError as exc:
        print(f"newsarchive: {exc}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        # The reader went away (`newsarchive search … | head`): stop quietly, as other
        # command-line tools do, and keep Python from complaining at exit.
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        return 141
    return int(result or 0)


if __name__ == "__main__":
    sys.exit(main())
