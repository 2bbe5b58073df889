"""Score the page cleaner per family of page parts, on pages-dev and on generated layouts.

Sets: "pages-dev" (../shared/eval/pages-dev with its gold), "seed" (the seed page), and
the generated layouts of bench/layouts.py: "tune", "tune-2" and "tune-3" (the cleaner was
tuned on these; tune-2 and tune-3 were the first and second held-out sets, each measured
once before it was tuned on), "held-out" and "held-out-words" (the third held-out set,
measured before it was tuned on, then tuned on), "held-out-2" and "held-out-2-words"
(the fourth held-out pair, measured before it was tuned on, then tuned on), "held-out-3"
and "held-out-3-words" (the fifth held-out pair, measured before it was tuned on, then
tuned on), "held-out-4" and "held-out-4-words" (other wordings, other layout variants,
other seeds; never tuned on), "held-out-5" and "held-out-5-words" (written before the
line classifier was trained; never trained or tuned on), "held-out-6" and
"held-out-6-words" (written before cleaner version 7; held-out-6
tuned on for version 8),
"held-out-7" and "held-out-7-words" (written before cleaner version 8; held-out-7 tuned
on for version 9), "held-out-8" and "held-out-8-words" (written before cleaner version 9;
never trained or tuned on), "held-out-9" and "held-out-9-words" (written before
cleaner version 10; measured on versions 9 and 10, then tuned on for version 11),
"held-out-10" and "held-out-10-words" (written before cleaner version 11; measured
on versions 10 and 11, then tuned on for version 12), "held-out-11" and
"held-out-11-words" (written before cleaner version 12; measured on versions 11 and 12,
then tuned on for version 13), "held-out-12" and "held-out-12-words" (written before
cleaner version 13; measured on version 12, then tuned on for version 13),
"held-out-13" and "held-out-13-words" (written before cleaner version 13; measured on
version 13, then tuned on for version 14), "held-out-14" and "held-out-14-words"
(written before cleaner version 14; measured on versions 13 and 14, then tuned on for
version 15), "held-out-15" and "held-out-15-words" (written before cleaner version 15;
measured on versions 14 and 15, then tuned on for version 16), "held-out-16" and
"held-out-16-words" (written before cleaner version 16; never trained or tuned on),
"held-out-17" and "held-out-17-words" (written before cleaner version 16; never trained
or tuned on), "held-out-18" and "held-out-18-words" (written before cleaner version 17,
all around the title; never trained or tuned on), "held-out-19" and
"held-out-19-words" (written before cleaner version 17; never trained or tuned on),
"held-out-20" and "held-out-20-words" (written before cleaner version 18; measured on
version 18, then tuned on for version 19), "held-out-21" and "held-out-21-words" (written
before cleaner version 18, all around the title; measured on version 18, then tuned on
for versions 19, 22 and 25), "held-out-22" and "held-out-22-words" (written before cleaner version
19; measured on version 19, then tuned on for version 20), "held-out-23" and
"held-out-23-words" (written before cleaner version 19, all around the title; measured on
version 19, then tuned on for version 20), "held-out-24" and "held-out-24-words" (written
before the line classifier's second model; measured on version 20, then tuned on for
version 21), "held-out-25" and "held-out-25-words" (written before cleaner version 20, all
around the title; measured on version 21, then tuned on for versions 22 and 25), "held-out-26"
and "held-out-26-words" (written before cleaner version 21, teasers of other stories and
chrome around the body; measured on version 21, then tuned on for version 23), "held-out-27"
and "held-out-27-words" (written before cleaner version 22, teasers of other stories and
chrome around the body; measured on version 21, then tuned on for version 24),
"held-out-28" and "held-out-28-words" (written before cleaner version 22, all around the
title; measured on version 21, then tuned on for version 25), "held-out-29" and
"held-out-29-words" (written before cleaner version 24, teasers of other stories and
chrome around the body; measured on versions 23 and 25, then tuned on for version 27),
"held-out-30" and "held-out-30-words" (written before cleaner version 24, all around the
title; measured on versions 23 and 25, then tuned on for version 26), "held-out-31" and
"held-out-31-words" (written before cleaner version 26, teasers of other stories and
chrome around the body; measured once on version 25 before any cleaner change, never
trained or tuned on, its failures never read), "held-out-32" and
"held-out-32-words" (written before cleaner version 26, all around the title; measured
once on version 25 before any cleaner change, never trained or tuned on, its failures
never read), "held-out-33" and "held-out-33-words" (written before cleaner version 28,
teasers of other stories around and inside the body; measured once on version 27 before
any cleaner change, never trained or tuned on, its failures never read), "held-out-34"
and "held-out-34-words" (written before cleaner version 28, all around the title;
measured once on version 27 before any cleaner change, never trained or tuned on, its
failures never read). Every generated page names
the families of parts it has (pre-consent, teaser-ellipsis,
inline-teaser, format-cp1252, ...); each family's row scores the pages that have it, so a
page counts in several rows. `--pages DIR [--gold FILE]` scores any folder of pages with
a gold file (as pages-dev's, or as bench/layouts.py --out writes it) instead.

Per row: body token precision and recall (micro-averaged; tokens are lower-cased \\w+ words
of the NFC text without invisible characters, compared as multisets), titles exactly
right, pages with teaser leakage (another article's title or the start of its teaser
text left in the cleaned article), the language detected on the cleaned article equal to
that detected on the gold article, and pages skipped as nothing but chrome.

Each set is scored twice: "evidence: run" gathers the evidence over the set's pages first
(per source folder, as `newsarchive index` gathers it over a run), "evidence: none"
cleans every page alone, by its shape only; "evidence: archive" gathers the titles and
openings of the evaluation archive's articles (../shared/eval/corpus.jsonl, the pages'
own among them) first, then the run's pages, as an archive indexed before the pages holds
them (asked for alone: not part of "both").

Run: .venv/bin/python bench/cleaning.py [--set pages-dev seed tune tune-2 tune-3
     held-out-words held-out held-out-2 held-out-2-words held-out-3 held-out-3-words
     held-out-4 held-out-4-words held-out-5 held-out-5-words held-out-6
     held-out-6-words held-out-7 held-out-7-words held-out-8 held-out-8-words
     held-out-9 held-out-9-words held-out-10 held-out-10-words held-out-11
     held-out-11-words held-out-12 held-out-12-words held-out-13
     held-out-13-words held-out-14 held-out-14-words held-out-15 held-out-15-words
     held-out-16 held-out-16-words held-out-17 held-out-17-words held-out-18
     held-out-18-words held-out-19 held-out-19-words held-out-20
     held-out-20-words held-out-21 held-out-21-words held-out-22
     held-out-22-words held-out-23 held-out-23-words held-out-24 held-out-24-words
     held-out-25 held-out-25-words held-out-26 held-out-26-words held-out-27
     held-out-27-words held-out-28 held-out-28-words held-out-29 held-out-29-words
     held-out-30 held-out-30-words held-out-31 held-out-31-words held-out-32 held-out-32-words
     held-out-33 held-out-33-words held-out-34 held-out-34-words]
     [--pages DIR [--gold FILE]] [--evidence run|none|both|archive] [--show FAMILY|all]
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import unicodedata
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
for path in (ROOT, ROOT / "bench"):
    if str(path) not in sys.path:
        # Run as a plain script: make the project's packages importable.
        sys.path.insert(0, str(path))

from index import language  # noqa: E402
from index.clean import CleanedArticle, clean_page, gather_page  # noqa: E402
from index.decoding import decode  # noqa: E402
from index.evidence import Evidence, Gatherer  # noqa: E402

EVAL = ROOT.parent / "shared" / "eval"
SEED = ROOT.parent / "shared" / "examples" / "seed-page.txt"
TOKEN = re.compile(r"\w+")
# The teaser texts of pages-dev are other articles' bodies cut at 180+ characters, so
# their first 100 characters are always on the page.
TEASER_OPENING_CHARS = 100


@dataclass
class Item:
    """A page to clean, with its gold."""

    id: str
    source: str
    text: str
    title: str
    body: str
    teaser_texts: list[str]
    families: list[str] = field(default_factory=list)


def fold(text: str | None) -> str:
    """Return text NFC-normalised with all whitespace runs folded to one space."""
    return " ".join(unicodedata.normalize("NFC", text or "").split())


def tokens(text: str) -> Counter[str]:
    """Count the lower-cased word tokens of text's canonical form."""
    text = unicodedata.normalize("NFC", text)
    text = "".join(ch for ch in text if unicodedata.category(ch) != "Cf")
    return Counter(TOKEN.findall(text.lower()))


@dataclass
class Row:
    """The scores of one family."""

    pages: int = 0
    common: int = 0
    found: int = 0
    expected: int = 0
    titles: int = 0
    leaks: int = 0
    lang: int = 0
    skipped: int = 0

    def add(self, got: CleanedArticle, item: Item, leaked: bool, same_lang: bool) -> None:
        """Add one page's result."""
        mine, gold = tokens(got.body), tokens(item.body)
        self.pages += 1
        self.common += sum((mine & gold).values())
        self.found += sum(mine.values())
        self.expected += sum(gold.values())
        self.titles += fold(got.title) == fold(item.title)
        self.leaks += leaked
        self.lang += same_lang
        self.skipped += bool(got.skipped)

    def cells(self) -> list[str]:
        """Return the row's figures, formatted."""
        p = self.common / self.found if self.found else 0.0
        r = self.common / self.expected if self.expected else 0.0
        n = self.pages or 1
        return [
            f"{self.pages}",
            f"{p:.4f}",
            f"{r:.4f}",
            f"{self.titles / n:.4f}",
            f"{self.leaks}",
            f"{self.lang / n:.4f}",
            f"{self.skipped}",
        ]


def pages_dev() -> list[Item]:
    """Read pages-dev and its gold."""
    return pages_with_gold(EVAL / "pages-dev", EVAL / "pages-dev.gold.jsonl", "pages-dev")


def pages_with_gold(folder: Path, gold_file: Path, family: str = "pages") -> list[Item]:
    """Read a folder of pages and its gold (one JSON object a line: file, title, body,
    and teaser_texts, or teasers as ids of corpus.jsonl articles beside the gold file,
    whose titles and first 100 characters must not be left in). A page's source is its
    first sub-folder, else the folder's name, as `newsarchive index FOLDER` takes it."""
    gold = [json.loads(line) for line in gold_file.open(encoding="utf-8") if line.strip()]
    wanted = {t for g in gold for t in g.get("teasers", [])}
    teasers: dict[str, list[str]] = {}
    corpus = gold_file.parent / "corpus.jsonl"
    if wanted and corpus.exists():
        with corpus.open(encoding="utf-8") as f:
            for line in f:
                doc = json.loads(line)
                if doc["id"] in wanted:
                    opening = fold(doc["body"])[:TEASER_OPENING_CHARS]
                    teasers[doc["id"]] = [doc["title"] or "", opening]
    items = []
    for g in gold:
        parts = Path(g["file"]).parts
        texts = g.get("teaser_texts") or [
            t for tid in g.get("teasers", []) for t in teasers.get(tid, [])
        ]
        items.append(
            Item(
                id=g["file"],
                source=parts[0] if len(parts) > 1 else folder.resolve().name,
                text=decode((folder / g["file"]).read_bytes()),
                title=g["title"] or "",
                body=g["body"],
                teaser_texts=texts,
                families=g.get("families") or [family],
            )
        )
    return items


def seed() -> list[Item]:
    """The seed page: its title and body are what the cleaner made of it when the
    pages-dev gold was taken (the teasers after "News Related" must go)."""
    text = SEED.read_text(encoding="utf-8")
    paragraphs = [p for p in text.split("\n\n") if p.strip()]
    end = paragraphs.index("News Related")
    title = paragraphs[0]
    rest = paragraphs[end + 2 :]
    teaser_texts = rest[0::2] + [lead[:60] for lead in rest[1::2]]
    return [
        Item("seed-page", "seed", text, title, "\n".join(paragraphs[3:end]), teaser_texts, ["seed"])
    ]


def generated(which: str) -> list[Item]:
    """Generate a set of layouts (bench/layouts.py)."""
    from layouts import generate

    return [
        Item(
            id=page.gold["file"],
            source=page.source,
            text=decode(page.data),
            title=page.gold["title"],
            body=page.gold["body"],
            teaser_texts=page.gold["teaser_texts"],
            families=page.families,
        )
        for page in generate(which)
    ]


def gather(items: list[Item], archive: bool = False) -> Evidence:
    """Gather the evidence of a run over the items' pages (archive: after the titles and
    openings of the evaluation archive's articles, as an index built from it holds them)."""
    gatherer = Gatherer()
    if archive:
        with (EVAL / "corpus.jsonl").open(encoding="utf-8") as f:
            for line in f:
                doc = json.loads(line)
                gatherer.add_article(doc["id"], doc["title"] or "", doc["body"])
    for item in items:
        gather_page(gatherer, item.id, item.source, item.text)
    return gatherer.evidence()


def leaks(got: CleanedArticle, item: Item) -> bool:
    """Tell whether a teaser text of another article survived in the cleaned article."""
    cleaned = fold(f"{got.title}\n{got.caption}\n{got.body}").casefold()
    gold = fold(f"{item.title}\n{item.body}").casefold()
    return any(
        (t := fold(text).casefold()) and t in cleaned and t not in gold
        for text in item.teaser_texts
    )


def same_language(got: CleanedArticle, item: Item) -> bool:
    """Tell whether the cleaned article is detected as the gold article's language."""
    mine = language.detect(language.sample(got.title, got.body or got.caption))[0]
    gold = language.detect(language.sample(item.title, item.body))[0]
    return mine == gold


def score(items: list[Item], mode: str, show: str | None) -> dict[str, Row]:
    """Clean every item and score it under each of its families (mode: the evidence,
    "run", "archive" or "none")."""
    found = gather(items, mode == "archive") if mode != "none" else None
    rows: dict[str, Row] = defaultdict(Row)
    for item in items:
        got = clean_page(item.text, found, item.source, item.id)
        leaked = leaks(got, item)
        same = same_language(got, item)
        for family in ["all", *item.families]:
            rows[family].add(got, item, leaked, same)
        if show and (show in item.families or show == "all"):
            _show(item, got, leaked)
    return rows


def _show(item: Item, got: CleanedArticle, leaked: bool) -> None:
    """Print what the cleaner made of a page, beside its gold."""
    mine, gold = tokens(got.body), tokens(item.body)
    print(f"=== {item.id}  leak={leaked}  title_ok={fold(got.title) == fold(item.title)}")
    print(f"  title: {got.title[:100]!r}  gold: {item.title[:100]!r}")
    extra, missing = mine - gold, gold - mine
    if extra:
        print(f"  extra tokens: {sum(extra.values())} {list(extra)[:15]}")
    if missing:
        print(f"  missing tokens: {sum(missing.values())} {list(missing)[:15]}")
    if leaked:
        cleaned = fold(f"{got.title}\n{got.caption}\n{got.body}").casefold()
        for text in item.teaser_texts:
            if fold(text).casefold() in cleaned:
                print(f"  LEAKED: {text[:110]!r}")
        for line in got.body.split("\n")[-6:]:
            print(f"  kept: {line[:110]!r}")
    gold_body = fold(item.body)
    for d in got.dropped:
        lost = "LOST " if len(d.text) > 12 and fold(d.text) in gold_body else ""
        print(f"  - {lost}[{d.explain()}] {d.text[:110]!r}")
    if got.uncertain or got.skipped:
        print(f"  uncertain: {got.uncertain!r} skipped: {got.skipped!r}")


def table(name: str, rows: dict[str, Row]) -> None:
    """Print one set's rows."""
    head = ["family", "pages", "P", "R", "titles", "leaks", "lang", "skipped"]
    order = ["all"] + sorted(k for k in rows if k != "all")
    body = [[k, *rows[k].cells()] for k in order]
    widths = [max(len(r[i]) for r in [head, *body]) for i in range(len(head))]
    print(f"\n## {name}")
    for r in [head, *body]:
        print(
            "  ".join(
                c.ljust(w) if i == 0 else c.rjust(w)
                for i, (c, w) in enumerate(zip(r, widths, strict=True))
            )
        )


SETS: dict[str, Any] = {
    "pages-dev": pages_dev,
    "seed": seed,
    "tune": lambda: generated("tune"),
    "tune-2": lambda: generated("tune-2"),
    "tune-3": lambda: generated("tune-3"),
    "held-out-words": lambda: generated("held-out-words"),
    "held-out": lambda: generated("held-out"),
    "held-out-2": lambda: generated("held-out-2"),
    "held-out-2-words": lambda: generated("held-out-2-words"),
    "held-out-3": lambda: generated("held-out-3"),
    "held-out-3-words": lambda: generated("held-out-3-words"),
    "held-out-4": lambda: generated("held-out-4"),
    "held-out-4-words": lambda: generated("held-out-4-words"),
    "held-out-5": lambda: generated("held-out-5"),
    "held-out-5-words": lambda: generated("held-out-5-words"),
    "held-out-6": lambda: generated("held-out-6"),
    "held-out-6-words": lambda: generated("held-out-6-words"),
    "held-out-7": lambda: generated("held-out-7"),
    "held-out-7-words": lambda: generated("held-out-7-words"),
    "held-out-8": lambda: generated("held-out-8"),
    "held-out-8-words": lambda: generated("held-out-8-words"),
    "held-out-9": lambda: generated("held-out-9"),
    "held-out-9-words": lambda: generated("held-out-9-words"),
    "held-out-10": lambda: generated("held-out-10"),
    "held-out-10-words": lambda: generated("held-out-10-words"),
    "held-out-11": lambda: generated("held-out-11"),
    "held-out-11-words": lambda: generated("held-out-11-words"),
    "held-out-12": lambda: generated("held-out-12"),
    "held-out-12-words": lambda: generated("held-out-12-words"),
    "held-out-13": lambda: generated("held-out-13"),
    "held-out-13-words": lambda: generated("held-out-13-words"),
    "held-out-14": lambda: generated("held-out-14"),
    "held-out-14-words": lambda: generated("held-out-14-words"),
    "held-out-15": lambda: generated("held-out-15"),
    "held-out-15-words": lambda: generated("held-out-15-words"),
    "held-out-16": lambda: generated("held-out-16"),
    "held-out-16-words": lambda: generated("held-out-16-words"),
    "held-out-17": lambda: generated("held-out-17"),
    "held-out-17-words": lambda: generated("held-out-17-words"),
    "held-out-18": lambda: generated("held-out-18"),
    "held-out-18-words": lambda: generated("held-out-18-words"),
    "held-out-19": lambda: generated("held-out-19"),
    "held-out-19-words": lambda: generated("held-out-19-words"),
    "held-out-20": lambda: generated("held-out-20"),
    "held-out-20-words": lambda: generated("held-out-20-words"),
    "held-out-21": lambda: generated("held-out-21"),
    "held-out-21-words": lambda: generated("held-out-21-words"),
    "held-out-22": lambda: generated("held-out-22"),
    "held-out-22-words": lambda: generated("held-out-22-words"),
    "held-out-23": lambda: generated("held-out-23"),
    "held-out-23-words": lambda: generated("held-out-23-words"),
    "held-out-24": lambda: generated("held-out-24"),
    "held-out-24-words": lambda: generated("held-out-24-words"),
    "held-out-25": lambda: generated("held-out-25"),
    "held-out-25-words": lambda: generated("held-out-25-words"),
    "held-out-26": lambda: generated("held-out-26"),
    "held-out-26-words": lambda: generated("held-out-26-words"),
    "held-out-27": lambda: generated("held-out-27"),
    "held-out-27-words": lambda: generated("held-out-27-words"),
    "held-out-28": lambda: generated("held-out-28"),
    "held-out-28-words": lambda: generated("held-out-28-words"),
    "held-out-29": lambda: generated("held-out-29"),
    "held-out-29-words": lambda: generated("held-out-29-words"),
    "held-out-30": lambda: generated("held-out-30"),
    "held-out-30-words": lambda: generated("held-out-30-words"),
    "held-out-31": lambda: generated("held-out-31"),
    "held-out-31-words": lambda: generated("held-out-31-words"),
    "held-out-32": lambda: generated("held-out-32"),
    "held-out-32-words": lambda: generated("held-out-32-words"),
    "held-out-33": lambda: generated("held-out-33"),
    "held-out-33-words": lambda: generated("held-out-33-words"),
    "held-out-34": lambda: generated("held-out-34"),
    "held-out-34-words": lambda: generated("held-out-34-words"),
}


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--set", nargs="+", choices=list(SETS), default=list(SETS))
    ap.add_argument("--pages", type=Path, help="a folder of pages to score instead")
    ap.add_argument("--gold", type=Path, help="their gold (default: DIR.gold.jsonl beside)")
    ap.add_argument("--evidence", choices=("run", "none", "both", "archive"), default="both")
    ap.add_argument("--show", help="print the pages of a family (or 'all')")
    args = ap.parse_args()
    modes = ["run", "none"] if args.evidence == "both" else [args.evidence]
    if args.pages:
        gold = args.gold or args.pages.with_name(args.pages.name + ".gold.jsonl")
        sets = {str(args.pages): lambda: pages_with_gold(args.pages, gold)}
    else:
        sets = {name: SETS[name] for name in args.set}
    for name, make in sets.items():
        items = make()
        for mode in modes:
            table(f"{name} (evidence: {mode})", score(items, mode, args.show))
    return 0


if __name__ == "__main__":
    sys.exit(main())
