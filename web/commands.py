"""The newsarchive subcommands: what index, search, stats, serve, eval and check do."""

from __future__ import annotations

import argparse
import json
import os
import re
import sys
from collections import Counter
from html import unescape

from index.store import StoreError, read_meta

_TAG = re.compile(r"<(/?)mark>")


def _terminal_snippet(html: str, color: bool) -> str:
    """Turn a snippet's HTML into terminal text, matches in bold when on a terminal."""
    text = _TAG.sub(lambda m: ("\033[0m" if m.group(1) else "\033[1;33m") if color else "", html)
    return unescape(text)


def cmd_index(args: argparse.Namespace) -> int:
    """Index archive files and print a summary."""
    from index.build import index_paths
    from index.run_record import recorded_sources

    paths = args.paths or recorded_sources(args.index)
    if not paths:
        print(
            f"newsarchive: no files to index: give the files or folders ({args.index} "
            "does not record what it was built from)",
            file=sys.stderr,
        )
        return 2
    missing = [p for p in paths if not os.path.exists(p)]
    if not args.paths and missing:
        more = f" and {len(missing) - 5} more" if len(missing) > 5 else ""
        print(
            "newsarchive: the files this index was built from are gone: "
            + ", ".join(missing[:5])
            + more
            + "; give the files or folders to index",
            file=sys.stderr,
        )
        return 2
    progress = not args.no_progress and sys.stderr.isatty()
    summary = index_paths(
        args.index,
        paths,
        rebuild=args.rebuild,
        progress=progress,
        commit_articles=args.commit_every or None,
        optimize=args.optimize,
    )
    if args.json:
        print(json.dumps(summary.as_dict(), ensure_ascii=False, indent=1))
        return 0
    print(
        f"indexed {summary.indexed}, updated {summary.updated}, unchanged {summary.unchanged}, "
        f"skipped {len(summary.skipped)} ({summary.files} files, {summary.seconds:.1f} s)"
    )
    if summary.recleaned:
        print(f"cleaned again: {summary.recleaned} pages of earlier runs (the evidence grew)")
    if summary.duplicates:
        print(f"duplicates: {summary.duplicates} articles repeat the body of another article")
    if summary.repeated:
        print(f"repeated ids: {summary.repeated} records repeat an id seen earlier in this run")
    if summary.skipped:
        reasons = Counter(s.reason.split(":")[0] for s in summary.skipped)
        print("skipped: " + ", ".join(f"{n} {r}" for r, n in reasons.most_common()))
        for s in summary.skipped[:20]:
            print(f"  {s.origin}: {s.reason}")
        if len(summary.skipped) > 20:
            print(f"  … and {len(summary.skipped) - 20} more (newsarchive stats lists them)")
    if summary.notes:
        print(f"repaired or cut: {len(summary.notes)}")
        for n in summary.notes[:20]:
            print(f"  {n.origin}: {n.reason}")
        if len(summary.notes) > 20:
            print(f"  … and {len(summary.notes) - 20} more (newsarchive stats lists them)")
    return 0


def cmd_search(args: argparse.Namespace) -> int:
    """Search the index and print ranked results with snippets."""
    from search.archive import Archive
    from search.filters import FilterError, Filters, date_bounds
    from search.request import BadRequest

    archive = Archive(args.index)
    try:
        filters = Filters.make(
            source=args.source,
            lang=args.lang,
            date_from=date_bounds(args.date_from)[0] if args.date_from else None,
            date_to=date_bounds(args.date_to)[1] if args.date_to else None,
        )
        result = archive.search(
            " ".join(args.query),
            page=args.page,
            size=args.size,
            filters=filters,
            sort=args.sort,
        )
    except (BadRequest, FilterError) as exc:
        print(f"newsarchive: {exc}", file=sys.stderr)
        return 2
    if args.json:
        data = result.as_dict()
        for hit in data["hits"]:
            hit.pop("title_html", None)
        print(json.dumps(data, ensure_ascii=False, indent=1))
        return 0
    color = sys.stdout.isatty()
    print(f"{result.total} Treffer ({result.took_ms:.0f} ms)")
    for notice in result.notices:
        print(f"Hinweis: {notice}")
    if result.suggestion:
        print(f"Meinten Sie: {result.suggestion}?")
    start = (result.page - 1) * result.size
    for i, hit in enumerate(result.hits, start + 1):
        meta = " · ".join(x for x in (hit.date, hit.source, hit.lang, hit.id) if x)
        if hit.title:
            shown = _terminal_snippet(hit.title_html, color)
        else:
            shown = f"[ohne Titel] {hit.display_title}" if hit.display_title else hit.id
        print(f"\n{i}. {shown}")
        print(f"   {meta}  [{hit.score:.2f}]")
        print(f"   {_terminal_snippet(hit.snippet, color)}")
    return 0


def cmd_stats(args: argparse.Namespace) -> int:
    """Print what the index holds."""
    from search.archive import Archive

    stats = Archive(args.index).stats()
    if args.json:
        print(json.dumps(stats, ensure_ascii=False, indent=1))
        return 0
    span = stats["date_span"]
    print(f"index:      {args.index} ({stats['index_bytes'] / 1048576:.1f} MB)")
    print(f"articles:   {stats['articles']} (+ {stats['duplicates']} duplicate copies)")
    print(f"date span:  {span['first'] or '-'} .. {span['last'] or '-'}")
    print("languages:  " + ", ".join(f"{k} {v}" for k, v in stats["languages"].items()))
    sources = list(stats["sources"].items())
    print("sources:    " + ", ".join(f"{k} {v}" for k, v in sources[:15]))
    if len(sources) > 15:
        print(f"            … {len(sources) - 15} more")
    print(f"indexed at: {stats['last_indexed'] or '-'}")
    print("read from:  " + (", ".join(read_meta(args.index).get("sources", [])) or "-"))
    skipped = stats["skipped"]
    print(f"skipped:    {len(skipped)}")
    for origin, reason in list(skipped.items())[:50]:
        print(f"  {origin}: {reason}")
    notes = stats.get("notes", {})
    if notes:
        print(f"repaired:   {len(notes)}")
        for origin, reason in list(notes.items())[:50]:
            print(f"  {origin}: {reason}")
    return 0


def cmd_serve(args: argparse.Namespace) -> int:
    """Serve the web UI and JSON API: one process per core (gunicorn), else waitress."""
    from web import create_app
    from web.serve import can_fork, freeze_loaded, serve

    app = create_app({"INDEX_DIR": str(args.index)})
    freeze_loaded()
    with app.app_context():
        from web import get_archive

        # Open the index now and run one search of two words, which loads the stemmer,
        # the compound lexicon, the lexicon a word's forms are checked against (a query
        # of one word needs no forms) and, by its lowercase word, the strong verbs
        # (search.strong: seconds to find where the cache folder has none) before the
        # first user comes (and, served by forked workers, before the fork: they share
        # what it read).
        try:
            get_archive().search("Regierung beschlossen")
        except StoreError as exc:
            # Serve anyway: every page says what is wrong (503), /healthz tells a monitor,
            # and the index is opened again at each request until it can be.
            print(f"newsarchive: {exc}", file=sys.stderr, flush=True)
    how = f"{args.workers} processes" if can_fork() else f"{args.threads} threads"
    print(
        f"newsarchive: serving {args.index} on http://{args.host}:{args.port}/ ({how})",
        flush=True,
    )
    serve(app, args.host, args.port, workers=args.workers, threads=args.threads)
    return 0


def cmd_eval(args: argparse.Namespace) -> int:
    """Index the evaluation corpus if needed, then score the ranking on query sets."""
    from index.build import index_paths
    from index.store import META_FILE
    from search.archive import Archive
    from search.evaluate import DEV_SETS, dump, evaluate, format_report

    if args.rebuild or not (args.index / META_FILE).exists():
        summary = index_paths(args.index, [args.corpus], rebuild=True, progress=False)
        print(f"indexed {args.corpus}: {summary.indexed} articles in {summary.seconds:.1f} s")
    boosts = None
    if args.weights:
        title, caption, body = (float(x) for x in args.weights.split(","))
        boosts = {"title": title, "caption": caption, "body": body}
    archive = Archive(args.index, field_boosts=boosts)
    querysets = args.querysets or [os.path.join(args.eval_dir, name) for name in DEV_SETS]
    reports = []
    for path in querysets:
        report = evaluate(archive, path, same=args.same)
        reports.append(report)
        print(format_report(report))
        if args.misses:
            for qid, query, rank in report.misses:
                print(f"  {qid}\t{rank or '-'}\t{query}")
        print()
    if args.dump:
        with open(args.dump, "w", encoding="utf-8") as out:
            dump(reports, out)
    return 0


def cmd_check(args: argparse.Namespace) -> int:
    """Verify every segment of the index; with --repair, drop the damaged ones."""
    from index.check import check, repair

    if args.repair:
        done = repair(args.index)
        report = done.report
    else:
        report = check(args.index)
    for problem in report.problems:
        print(f"{problem.file}: {problem.what}")
    if not args.repair:
        if report.leftovers:
            print(
                f"{len(report.leftovers)} files left by interrupted runs "
                "(the next run or check --repair removes them)"
            )
        if not report.problems:
            print(f"{report.segments} segments, {report.documents} articles: no problems found")
            return 0
        todo = (
            f"run `newsarchive --index {args.index} check --repair` to drop "
            f"{'it' if len(report.damaged()) == 1 else 'them'}, then index the archive again"
            if report.repairable()
            else f"rebuild it: `newsarchive --index {args.index} index --rebuild PATH...`"
        )
        print(f"{len(report.damaged())} of {report.segments} segments damaged: {todo}")
        return 1
    if not done.dropped:
        print(f"{report.segments} segments, {report.documents} articles: nothing to repair")
        return 0
    print(
        f"dropped {len(done.dropped)} damaged segments ({done.documents} articles); "
        f"the index keeps {report.documents} articles"
    )
    if done.sources_complete:
        print("index these files again (indexing the archive again restores them):")
        for source in done.sources:
            print(f"  {source}")
    else:
        print("index the whole archive again: not every lost article's file is known")
    return 0
