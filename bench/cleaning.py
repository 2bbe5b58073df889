"""Score index.clean.clean_page against the scraped pages and their gold file.

Reports body token precision/recall (micro-averaged; tokens are lower-cased \\w+ words
compared as multisets), the title exact-match rate, how many pages got a caption, and
teaser leakage: pages whose cleaned text still contains another article's teaser.

Body tokens are counted twice: "raw" takes the gold body as it is; "canonical" applies NFC
and drops invisible format characters (soft hyphens, zero-width) on both sides first, since
a gold "Bu\u0308rger" or "ge\u00adra\u00adde" splits into fragments that no reader sees, and
those differences are not extraction errors.

Run: .venv/bin/python bench/cleaning.py [--pages DIR] [--gold FILE]
(defaults: ../shared/eval/pages-dev and its .gold.jsonl, relative to the project root;
the teaser texts are looked up in corpus.jsonl beside the gold file).
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import unicodedata
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    # Run as a plain script: make the project's packages importable.
    sys.path.insert(0, str(ROOT))

from index.clean import clean_page  # noqa: E402

EVAL = ROOT.parent / "shared" / "eval"
TOKEN = re.compile(r"\w+")
# The page's teaser text is the teaser article's body cut at 180+ characters, so its first
# 100 characters are always on the page: enough to find any leaked teaser text.
TEASER_OPENING_CHARS = 100


def fold(text: str | None) -> str:
    """Return text NFC-normalised with all whitespace runs folded to one space."""
    return " ".join(unicodedata.normalize("NFC", text or "").split())


def tokens(text: str, canonical: bool = False) -> Counter[str]:
    """Count the lower-cased word tokens of text, optionally of its canonical form."""
    if canonical:
        text = unicodedata.normalize("NFC", text)
        text = "".join(ch for ch in text if unicodedata.category(ch) != "Cf")
    return Counter(TOKEN.findall(text.lower()))


class Overlap:
    """Micro-averaged token precision and recall over many pages."""

    def __init__(self) -> None:
        self.common = self.found = self.expected = 0

    def add(self, got: Counter[str], want: Counter[str]) -> None:
        """Add one page's cleaned and gold token counts."""
        self.common += sum((got & want).values())
        self.found += sum(got.values())
        self.expected += sum(want.values())

    def scores(self) -> str:
        """Return precision and recall, formatted."""
        p = self.common / self.found if self.found else 0.0
        r = self.common / self.expected if self.expected else 0.0
        return f"P {p:.4f}  R {r:.4f}"


def load_teasers(corpus: Path, ids: set[str]) -> dict[str, tuple[str, str]]:
    """Map article id to (folded title, folded opening text) for the wanted ids."""
    found: dict[str, tuple[str, str]] = {}
    with corpus.open(encoding="utf-8") as f:
        for line in f:
            doc = json.loads(line)
            if doc["id"] in ids:
                found[doc["id"]] = (fold(doc["title"]), fold(doc["body"])[:TEASER_OPENING_CHARS])
    return found


def leaks(cleaned: str, gold_text: str, teaser: tuple[str, str]) -> bool:
    """Tell whether a teaser's title or opening text survived in the cleaned text."""
    return any(part and part in cleaned and part not in gold_text for part in teaser)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--pages", type=Path, default=EVAL / "pages-dev")
    ap.add_argument("--gold", type=Path, default=EVAL / "pages-dev.gold.jsonl")
    args = ap.parse_args()

    gold = [json.loads(line) for line in args.gold.open(encoding="utf-8")]
    teasers = load_teasers(
        args.gold.parent / "corpus.jsonl", {t for g in gold for t in g["teasers"]}
    )
    raw, canonical = Overlap(), Overlap()
    titles = captions = 0
    leaked: list[str] = []
    for g in gold:
        page = clean_page((args.pages / g["file"]).read_text(encoding="utf-8"))
        raw.add(tokens(page.body), tokens(g["body"]))
        canonical.add(tokens(page.body, canonical=True), tokens(g["body"], canonical=True))
        titles += fold(page.title) == fold(g["title"])
        captions += bool(page.caption)
        cleaned = fold(f"{page.title}\n{page.caption}\n{page.body}")
        gold_text = fold(f"{g['title']}\n{g['body']}")
        if any(leaks(cleaned, gold_text, teasers[t]) for t in g["teasers"] if t in teasers):
            leaked.append(g["file"])

    n = len(gold)
    rows = [
        ("pages", f"{n}"),
        ("body tokens, canonical", canonical.scores()),
        ("body tokens, raw gold", raw.scores()),
        ("title exact match", f"{titles / n if n else 0.0:.4f}  ({titles}/{n})"),
        ("pages with caption", f"{captions}"),
        ("pages with teaser leakage", f"{len(leaked)}"),
    ]
    width = max(len(name) for name, _ in rows)
    for name, value in rows:
        print(f"{name:<{width}}  {value}")
    for file in leaked:
        print(f"  leak: {file}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
