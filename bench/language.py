"""Measure language detection on the fundus test pages: accuracy, confusions, time.

    .venv/bin/python bench/language.py [FUNDUS_DIR] [--headlines N]

FUNDUS_DIR defaults to ../shared/data/fundus-testdata beside the project root: one folder
per country with `<Publisher>.json` files (a dict keyed by parser version, V1, V1_1, V2 …,
each with "title" and "body": {"summary": [...], "sections": [{"headline", "paragraphs"}]})
and one `<Publisher>_<YYYY_MM_DD>.html.gz` page per version (versions and pages pair up
in sorted order).

The expected language of an article is what its page declares (<html lang>, else the
Content-Language meta, else og:locale), because the country folder alone is wrong for
several publishers (German papers in es, it, py, lu, il; English ones in jp, mx, pt, tw;
Danish in gl). A page that declares nothing takes its country's language if the country
has one news language, else it is left out. A few pages declare a site-wide "en" but are
written in another language (South African Zulu/Xhosa papers, a Swahili one in tz): they
are corrected by hand below, and languages langdetect does not know are left out.

Detection runs exactly as the indexer's does: index.language.detect on
index.language.sample(title, body) of the cleaned title and body.
"""

from __future__ import annotations

import argparse
import csv
import gzip
import json
import os
import random
import re
import statistics
import sys
import time
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from langdetect.detector_factory import PROFILES_DIRECTORY  # noqa: E402

from index.clean import clean_article  # noqa: E402
from index.language import (  # noqa: E402
    FAST_MIN_WORDS,
    MIN_LETTERS,
    SAMPLE_CHARS,
    clearly_german,
    detect,
    sample,
)

DEFAULT_DIR = ROOT.parent / "shared" / "data" / "fundus-testdata"
HEADLINES_DIR = ROOT.parent / "shared" / "data" / "german-news-headlines" / "HeadlinesProcessed"
_SENTENCE = re.compile(r"(?<=[.!?])\s+")
_LETTERS = re.compile(r"[^\W\d_]")  # as index.language counts letters

# The one language a country's news are written in, for pages that declare none;
# None where a country has several (the page must then say which).
COUNTRY_LANG: dict[str, str | None] = {
    "at": "de",
    "au": "en",
    "be": None,  # Dutch, French, German; some outlets write English
    "ca": None,  # English and French
    "ch": None,  # German, French, Italian
    "cn": "zh",
    "cz": "cs",
    "de": "de",
    "dk": "da",
    "es": None,  # Spanish; Mallorca's papers write German
    "fr": "fr",
    "gl": None,  # Greenlandic and Danish
    "id": "id",
    "il": None,  # Hebrew, Arabic, English; a German one here
    "ind": None,  # Hindi, English and many more
    "isl": "is",
    "it": None,  # Italian; South Tyrol's papers write German
    "jp": "ja",  # the English outlet here declares its language
    "kr": "ko",
    "lb": None,  # Arabic, French, English
    "li": "de",
    "ls": None,  # Sesotho and English
    "lt": "lt",
    "lu": None,  # Luxembourgish, German, French
    "mx": None,  # Spanish; an English outlet here
    "my": None,  # Malay, English, Chinese
    "na": None,  # English, Afrikaans, German, Oshiwambo …
    "no": "no",
    "pl": "pl",
    "pt": None,  # Portuguese; an English outlet here
    "py": None,  # Spanish, Guarani; a German weekly here
    "ru": "ru",
    "se": "sv",
    "tr": "tr",
    "tw": None,  # Chinese; the Taipei Times writes English
    "tz": None,  # Swahili and English
    "ua": None,  # Ukrainian and Russian
    "uk": "en",
    "us": "en",
    "vn": "vi",
    "za": None,  # English, Afrikaans, Zulu, Xhosa …
}

# Pages whose declared language is a site-wide default the text does not match
# (checked by reading their titles and first paragraphs).
PAGE_LANG: dict[str, str] = {
    "za/Dizindaba": "xh",  # declares en-US
    "za/EyethuNews": "zu",  # declares en-GB
    "za/Ilanga": "zu",  # declares en-ZA
    "za/Isolezwe": "zu",  # declares en
    "za/IsolezweLesiXhosa": "xh",  # declares en
    "tz/HabariLeo": "sw",  # declares en-US
}

# What langdetect can answer: its profiles, with zh-cn/zh-tw folded as detect() does.
LANGDETECT = {name.split("-")[0] for name in os.listdir(PROFILES_DIRECTORY)}
# Declared tags that name a language langdetect reports under another code.
ALIASES = {"nb": "no", "nn": "no", "iw": "he", "in": "id"}

HTML_LANG = re.compile(r"<html\b[^>]*?\blang\s*=\s*[\"']?([A-Za-z]{2,3}(?:[-_][\w-]+)?)", re.I)
META_LANG = re.compile(
    r"<meta\b[^>]*?http-equiv\s*=\s*[\"']?content-language[\"']?[^>]*?"
    r"content\s*=\s*[\"']?([A-Za-z]{2,3}(?:[-_]\w+)?)[\"'\s/>]",
    re.I,
)
OG_LOCALE = re.compile(
    r"<meta\b[^>]*?property\s*=\s*[\"']og:locale[\"'][^>]*?content\s*=\s*[\"']([A-Za-z]{2,3})",
    re.I,
)
PAGE_NAME = re.compile(r"(.+)_\d{4}_\d\d_\d\d\.html\.gz")


@dataclass
class Case:
    """One article: where it is from, what it should be, and what was found."""

    name: str
    expected: str
    country_lang: str | None = None
    found: str = ""
    prob: float = 0.0
    ms: float = 0.0


def declared_lang(html: str) -> str | None:
    """Return the primary language subtag a page declares, lower case; None if none."""
    for pattern in (HTML_LANG, META_LANG, OG_LOCALE):
        m = pattern.search(html)
        if m and not m.group(1).lower().startswith(("utf", "iso", "win")):  # charsets
            tag = re.split(r"[-_]", m.group(1))[0].lower()
            return ALIASES.get(tag, tag)
    return None


def article_text(article: dict) -> tuple[str, str]:
    """Return an article's title and body text: summary, section headlines, paragraphs."""
    body = article.get("body") or {}
    parts: list[str] = list(body.get("summary") or [])
    for section in body.get("sections") or []:
        headline = section.get("headline") or []
        parts.extend([headline] if isinstance(headline, str) else headline)
        parts.extend(section.get("paragraphs") or [])
    return article.get("title") or "", "\n".join(p for p in parts if p)


def _version_key(version: str) -> tuple[int, ...]:
    return tuple(int(n) for n in re.findall(r"\d+", version))


def collect(data_dir: Path) -> tuple[list[tuple[Case, str, str]], list[tuple[str, str]]]:
    """Return (case, title, body) for every usable article, and the left-out ones with why."""
    cases: list[tuple[Case, str, str]] = []
    left_out: list[tuple[str, str]] = []
    for country_dir in sorted(p for p in data_dir.iterdir() if p.is_dir()):
        country = country_dir.name
        pages: dict[str, list[Path]] = {}
        for page in sorted(country_dir.glob("*.html.gz")):
            m = PAGE_NAME.fullmatch(page.name)
            if m:
                pages.setdefault(m.group(1), []).append(page)
        for path in sorted(country_dir.glob("*.json")):
            publisher = f"{country}/{path.stem}"
            versions = json.loads(path.read_text(encoding="utf-8"))
            html_pages = pages.get(path.stem, [])
            if len(html_pages) != len(versions):
                html_pages = []  # cannot pair versions with pages: rely on the country
            for i, version in enumerate(sorted(versions, key=_version_key)):
                name = f"{publisher}:{version}"
                title, body = article_text(versions[version])
                cleaned = clean_article(title, body)
                if not cleaned.title and not cleaned.body:
                    left_out.append((name, "no text"))
                    continue
                declared = None
                if html_pages:
                    html = gzip.decompress(html_pages[i].read_bytes()).decode("utf-8", "replace")
                    declared = declared_lang(html)
                expected = PAGE_LANG.get(publisher) or declared or COUNTRY_LANG.get(country)
                if expected is None or expected not in LANGDETECT:
                    why = (
                        f"page declares no language, {country} has several"
                        if expected is None
                        else f"written in {expected}, which langdetect does not know"
                    )
                    lang, prob = detect(sample(cleaned.title, cleaned.body))
                    left_out.append((name, f"{why} (detected: {lang} {prob:.2f})"))
                    continue
                case = Case(name, expected, country_lang=COUNTRY_LANG.get(country))
                cases.append((case, cleaned.title, cleaned.body))
    return cases, left_out


def run(data_dir: Path) -> int:
    if not data_dir.is_dir():
        print(f"no fundus test data at {data_dir}", file=sys.stderr)
        return 2
    collected, left_out = collect(data_dir)
    detect("Ein kurzer Satz, damit die Sprachprofile vor der Messung geladen sind.")
    for case, title, body in collected:
        started = time.perf_counter()
        case.found, case.prob = detect(sample(title, body))
        case.ms = (time.perf_counter() - started) * 1000

    cases = [case for case, _, _ in collected]
    total = len(cases)
    right = sum(c.found == c.expected for c in cases)
    print(f"fundus test data: {data_dir}")
    print(f"articles: {total + len(left_out)}, measured: {total}, left out: {len(left_out)}")
    for name, why in left_out:
        print(f"  left out {name}: {why}")
    by_page = sum(c.country_lang is None for c in cases)
    moved = [c for c in cases if c.country_lang and c.expected != c.country_lang]
    print(f"expected language taken from the page, the country having several: {by_page}")
    print(f"expected language other than the country's one language: {len(moved)}")
    for c in moved:
        print(f"  {c.name}: {c.expected} (country: {c.country_lang})")
    print()
    print(f"overall accuracy: {right}/{total} = {right / total:.1%}")
    print(
        f"median detection time: {statistics.median(c.ms for c in cases):.2f} ms per article "
        f"(max {max(c.ms for c in cases):.2f} ms)"
    )
    print()
    print("per expected language:")
    by_lang: dict[str, list[Case]] = {}
    for c in cases:
        by_lang.setdefault(c.expected, []).append(c)
    for lang, group in sorted(by_lang.items(), key=lambda kv: (-len(kv[1]), kv[0])):
        ok = sum(c.found == c.expected for c in group)
        print(f"  {lang:>3}  {ok:>3}/{len(group):<3} {ok / len(group):7.1%}")
    print()
    wrong = [c for c in cases if c.found != c.expected]
    confusions = Counter((c.expected, c.found) for c in wrong)
    print("confusions (expected -> detected):" if wrong else "confusions: none")
    for (expected, found), n in confusions.most_common():
        print(f"  {expected} -> {found}: {n}")
    for c in wrong:
        print(f"    {c.name}: {c.expected} -> {c.found} ({c.prob:.2f})")
    return 0


def short_texts(collected: list[tuple[Case, str, str]]) -> list[tuple[str, str]]:
    """Return (language, text): titles and first sentences of the articles not in German."""
    out = []
    for case, title, body in collected:
        if case.expected == "de":
            continue
        texts = [title, *_SENTENCE.split(body)[:6]]
        out += [(case.expected, t.strip()) for t in texts if 0 < len(t.split()) < FAST_MIN_WORDS]
    return out


def headlines(folder: Path, part: int, limit: int) -> list[str]:
    """Return up to `limit` headlines (seeded sample) of every other file: part 0 or 1."""
    files = sorted(folder.glob("*.csv"))[part::2]
    titles = []
    for f in files:
        with open(f, encoding="utf-8-sig", newline="") as fh:
            titles += [row["title"] for row in csv.DictReader(fh) if row.get("title")]
    random.Random(part).shuffle(titles)
    return titles[:limit]


def run_short(collected: list[tuple[Case, str, str]], folder: Path, limit: int) -> None:
    """Print how short texts are decided: by their words, or by langdetect."""
    foreign = short_texts(collected)
    german = [(lang, t) for lang, t in foreign if clearly_german(t)]
    print()
    print(
        f"short texts of other languages (titles and first sentences, under {FAST_MIN_WORDS}"
        f" words): {len(foreign)}; taken for German by their words: {len(german)}"
    )
    for lang, text in german:
        print(f"  {lang}: {text[:80]!r}")
    if not folder.is_dir():
        print(f"no headlines at {folder}")
        return
    # Part 0 (every other file from the first) was looked at to choose the word list's
    # size (index/german_words.py TOP); part 1 was not.
    for part, name in ((0, "dev"), (1, "held-out")):
        titles = headlines(folder, part, limit)
        by_words = by_langdetect = 0
        found: Counter[str] = Counter()
        times = []
        for title in titles:
            text = sample(clean_article(title, "").title, "")
            head = text[:SAMPLE_CHARS]
            if len(_LETTERS.findall(head)) >= MIN_LETTERS:
                if clearly_german(head):
                    by_words += 1
                else:
                    by_langdetect += 1
            started = time.perf_counter()
            found[detect(text)[0]] += 1
            times.append((time.perf_counter() - started) * 1000)
        n = len(titles)
        others = ", ".join(f"{k} {v}" for k, v in found.most_common() if k not in ("de", "unknown"))
        print(
            f"german-news-headlines, {name} half of the files, {n} headlines: German"
            f" {found['de'] / n:.2%}, unknown (too short) {found['unknown'] / n:.2%};"
            f" decided by their words {by_words / n:.1%}, by langdetect {by_langdetect / n:.1%};"
            f" mean {statistics.mean(times):.3f} ms per headline;"
            f" others: {others}"
        )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument(
        "data_dir",
        nargs="?",
        type=Path,
        default=DEFAULT_DIR,
        help=f"the fundus test data folder (default: {DEFAULT_DIR})",
    )
    parser.add_argument(
        "--headlines",
        type=int,
        default=0,
        help="also measure short texts: this many headlines of each half of HEADLINES_DIR",
    )
    parser.add_argument("--headlines-dir", type=Path, default=HEADLINES_DIR)
    args = parser.parse_args(argv)
    code = run(args.data_dir)
    if code == 0 and args.headlines:
        collected, _ = collect(args.data_dir)
        run_short(collected, args.headlines_dir, args.headlines)
    return code


if __name__ == "__main__":
    sys.exit(main())
