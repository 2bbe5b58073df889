"""Score the page cleaner per family of page parts, on pages-dev and on generated layouts.

Sets: "pages-dev" (../shared/eval/pages-dev with its gold), "seed" (the seed page), and
the generated layouts of bench/layouts.py: "tune" (the cleaner was tuned on these) and
"held-out" (other wordings, other layout variants, other seed and articles; reported
apart). Every generated page names the families of parts it has (pre-consent,
teaser-ellipsis, inline-teaser, format-cp1252, ...); each family's row scores the pages
that have it, so a page counts in several rows.

Per row: body token precision and recall (micro-averaged; tokens are lower-cased \\w+ words
of the NFC text without invisible characters, compared as multisets), titles exactly
right, pages with teaser leakage (another article's title or the start of its teaser
text left in the cleaned article), and the language detected on the cleaned article equal
to that detected on the gold article.

With --evidence run (the default) the evidence is gathered over the set's pages first,
per source folder, as `newsarchive index` gathers it over a run; --evidence none cleans
every page alone, by shape only.

Run: .venv/bin/python bench/cleaning.py [--set tune held-out pages-dev seed] [--evidence run|none]
     [--show FAMILY] (print the pages of a family with what the cleaner made of them)
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
from index.evidence import Evidence, Gatherer  # noqa: E402
from index.readers import decode  # noqa: E402

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
    """Read pages-dev and its gold; the teaser texts come from corpus.jsonl."""
    gold = [json.loads(line) for line in (EVAL / "pages-dev.gold.jsonl").open(encoding="utf-8")]
    wanted = {t for g in gold for t in g["teasers"]}
    teasers: dict[str, list[str]] = {}
    with (EVAL / "corpus.jsonl").open(encoding="utf-8") as f:
        for line in f:
            doc = json.loads(line)
            if doc["id"] in wanted:
                opening = fold(doc["body"])[:TEASER_OPENING_CHARS]
                teasers[doc["id"]] = [doc["title"] or "", opening]
    return [
        Item(
            id=g["file"],
            source="pages-dev",
            text=(EVAL / "pages-dev" / g["file"]).read_text(encoding="utf-8"),
            title=g["title"],
            body=g["body"],
            teaser_texts=[t for tid in g["teasers"] for t in teasers.get(tid, [])],
            families=["pages-dev"],
        )
        for g in gold
    ]


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


def gather(items: list[Item]) -> Evidence:
    """Gather the evidence of a run over the items' pages."""
    gatherer = Gatherer()
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


def score(items: list[Item], evidence: bool, show: str | None) -> dict[str, Row]:
    """Clean every item and score it under each of its families."""
    found = gather(items) if evidence else None
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
    "held-out": lambda: generated("held-out"),
}


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--set", nargs="+", choices=sorted(SETS), default=["pages-dev", "seed", "tune"])
    ap.add_argument("--evidence", choices=("run", "none"), default="run")
    ap.add_argument("--show", help="print the pages of this family (or 'all')")
    args = ap.parse_args()
    for name in args.set:
        rows = score(SETS[name](), args.evidence == "run", args.show)
        table(f"{name} (evidence: {args.evidence})", rows)
    return 0


if __name__ == "__main__":
    sys.exit(main())
