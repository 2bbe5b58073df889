"""Time language detection against another revision's, on the same texts in one process.

    .venv/bin/python bench/language_speed.py TEXTS.jsonl [--baseline-ref main] [--chunk 2000]

TEXTS.jsonl holds one {"text": ..., "hint": ...} per line: what index.language.detect
is given (index.language.sample of a cleaned article); `--dump INPUT ... --out TEXTS.jsonl`
writes it from archive files through the indexer's readers and cleaner. The baseline is
index/langdetect_fast (a module, or a package of them) and index/language.py as of
--baseline-ref (git show), loaded as separate modules. The texts are split into chunks;
each chunk is detected by both, in alternating order, and the CPU time of each is taken.
Prints the total CPU seconds, the median per-chunk ratio, the 1-minute load average, and
how many answers differ.
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
import types
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from index import language  # noqa: E402


def dump(inputs: list[str], out: Path) -> None:
    """Write the detect() input of every article of the input files, one JSON per line."""
    from index.clean import clean_article
    from index.readers import RawRecord, read_paths

    with open(out, "w", encoding="utf-8") as f:
        for r in read_paths(inputs):
            if not isinstance(r, RawRecord):
                continue
            c = clean_article(r.title, r.body, r.caption)
            if not c.body and not c.title:
                continue
            text = language.sample(c.title, c.body or c.caption)
            f.write(json.dumps({"id": r.id, "text": text, "hint": r.lang_hint}) + "\n")


def _module(name: str, source: str) -> types.ModuleType:
    spec = importlib.util.spec_from_loader(name, loader=None)
    assert spec is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module
    exec(compile(source, name, "exec"), module.__dict__)  # noqa: S102
    return module


def baseline(ref: str) -> types.ModuleType:
    """Load index/language.py of a revision, with that revision's fast detector."""

    def show(path: str) -> str:
        return subprocess.run(
            ["git", "show", f"{ref}:{path}"], cwd=ROOT, check=True, capture_output=True, text=True
        ).stdout

    # The fast detector is a module, or (since it was split) a package of modules: each
    # loaded under the baseline's name, its imports of its own modules renamed alike.
    listed = subprocess.run(
        ["git", "ls-tree", "--name-only", f"{ref}:index/langdetect_fast"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=False,
    )
    if listed.returncode:
        _module("baseline_langdetect_fast", show("index/langdetect_fast.py"))
    else:
        # Its __init__.py imports every module of it: the folder goes once they are in.
        with tempfile.TemporaryDirectory() as tmp:
            folder = Path(tmp) / "baseline_langdetect_fast"
            folder.mkdir()
            for name in listed.stdout.split():
                source = show(f"index/langdetect_fast/{name}")
                renamed = source.replace("index.langdetect_fast", "baseline_langdetect_fast")
                (folder / name).write_text(renamed, encoding="utf-8")
            sys.path.insert(0, tmp)
            try:
                importlib.import_module("baseline_langdetect_fast")
            finally:
                sys.path.remove(tmp)
    source = show("index/language.py").replace(
        "from index.langdetect_fast import", "from baseline_langdetect_fast import"
    )
    return _module("baseline_language", source)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("texts", type=Path)
    parser.add_argument("--baseline-ref", default="main")
    parser.add_argument("--chunk", type=int, default=2000)
    parser.add_argument("--dump", nargs="+", help="archive files to write TEXTS.jsonl from")
    a = parser.parse_args()
    if a.dump:
        dump(a.dump, a.texts)
        return
    with open(a.texts, encoding="utf-8") as f:
        items = [json.loads(line) for line in f]
    base = baseline(a.baseline_ref)
    variants = {"baseline": base.detect, "new": language.detect}
    times: dict[str, list[float]] = {k: [] for k in variants}
    answers: dict[str, list[tuple[str, float]]] = {k: [] for k in variants}
    loads = [os.getloadavg()[0]]
    for n, start in enumerate(range(0, len(items), a.chunk)):
        chunk = items[start : start + a.chunk]
        order = list(variants) if n % 2 == 0 else list(reversed(variants))
        for name in order:
            detect = variants[name]
            t0 = time.process_time()
            out = [detect(it["text"], it["hint"]) for it in chunk]
            times[name].append(time.process_time() - t0)
            answers[name].extend(out)
    loads.append(os.getloadavg()[0])
    total = {k: sum(v) for k, v in times.items()}
    ratios = [b / x for b, x in zip(times["baseline"], times["new"], strict=True) if x > 0]
    lang_changed = sum(
        1 for b, x in zip(answers["baseline"], answers["new"], strict=True) if b[0] != x[0]
    )
    prob_changed = sum(
        1 for b, x in zip(answers["baseline"], answers["new"], strict=True) if b != x
    )
    print(f"texts {len(items)}, chunks of {a.chunk}, load {loads[0]:.2f} -> {loads[1]:.2f}")
    print(
        f"CPU s baseline {total['baseline']:.2f}  new {total['new']:.2f}"
        f"  ratio {total['baseline'] / total['new']:.2f}x;"
        f" per chunk median {statistics.median(times['baseline']):.3f} s"
        f" / {statistics.median(times['new']):.3f} s, median ratio {statistics.median(ratios):.2f}x"
    )
    print(f"language changed: {lang_changed}; language or probability changed: {prob_changed}")


if __name__ == "__main__":
    main()
