"""Parts only the fifteenth held-out pair's pages have (bench/layouts.py, set "held-out-15").

Written from what real aggregators and scrapes of them put around an article, in shapes
and orders no earlier set has: the title carrying the site's name after a separator
(the page's head title is its only title), the title under a Markdown heading mark, a
kicker line (Dachzeile) of its own on every page over the title, the body's first
sentence repeated under the title as a standfirst; an image's alt text (as Markdown, in
brackets or after a label), a paywall box of three lines, an advertorial (a label, a
headline, a sales line) and a two-line inline teaser (a label alone, then another
article's headline) between paragraphs; a column of topic tags and a numbered "most
read" list with read counts after the body; teasers with a date and author line after a
lead of whole sentences, under an image's alt text, with a standfirst sentence between
headline and cut lead, and as a bold Markdown headline with its lead on one line.
"""

from __future__ import annotations

import random
import re
from typing import TYPE_CHECKING, Any

from layout_words import NAMES, Words
from layout_words_heldout15 import HELD_OUT_15_PARTS as PARTS
from layout_words_heldout15 import TEASER_ALTS

if TYPE_CHECKING:
    from layout_parts import Site

HELD_OUT_15_EXTRAS = (
    "h15-suffix-title",
    "h15-md-title",
    "h15-dachzeile",
    "h15-standfirst",
    "h15-image",
    "h15-paywall-box",
    "h15-advertorial",
    "h15-inline-label",
    "h15-tags",
    "h15-most-read",
    "h15-dated-teasers",
    "h15-alt-teasers",
    "h15-standfirst-teasers",
    "h15-bold-teasers",
)
# Teaser layouts of the set (a site has one of them at most).
TEASER_FORMS = (
    "h15-dated-teasers",
    "h15-alt-teasers",
    "h15-standfirst-teasers",
    "h15-bold-teasers",
)
HOSTS = ("cdn.saitenblatt.de", "img.wegweiser-online.de", "static.hollowbrook.com")
SENTENCE_END = re.compile(r"[.!?][«»“”\"']?(?= [A-ZÄÖÜ])")


def draw(site: Site, words: Words, rng: random.Random, n: int) -> None:
    """Give the n-th site some of the set's own parts (each goes to two sites at least)."""
    from layout_parts import draw_own_parts

    draw_own_parts(site, HELD_OUT_15_EXTRAS, TEASER_FORMS, rng, n, share=0.2)
    site.words = {key: rng.choice(values) for key, values in PARTS.items()}
    site.words["host"] = rng.choice(HOSTS)


def _day(rng: random.Random) -> str:
    return f"{rng.randint(1, 28):02d}.{rng.randint(1, 12):02d}.20{rng.randint(18, 24)}"


def _first_sentence(text: str, low: int = 50, high: int = 240) -> str:
    """Return the first whole sentence of text between low and high characters ('' if
    there is none)."""
    text = " ".join(text.split())
    for m in SENTENCE_END.finditer(text[: high + 1]):
        if m.end() >= low:
            return text[: m.end()]
    return ""


def title_line(site: Site, line: str, fams: set[str]) -> str:
    """Return the title line as the page shows it: under a Markdown heading mark, with
    the site's name after a separator."""
    if "h15-suffix-title" in site.extra:
        fams.add("variant-h15-suffix-title")
        line += site.words["title-suffix"].format(site=site.name)
    if "h15-md-title" in site.extra:
        fams.add("variant-h15-md-title")
        line = site.words["md-title"].format(title=line)
    return line


def pre_title(site: Site, rng: random.Random, fams: set[str]) -> list[str]:
    """Return the kicker line right over the title (each page has its own)."""
    if "h15-dachzeile" not in site.extra:
        return []
    fams.add("variant-h15-dachzeile")
    return [rng.choice(site.words["dachzeilen"].split("|"))]


def under_title(site: Site, doc: dict[str, Any], fams: set[str]) -> list[str]:
    """Return the standfirst under the title: the body's first sentence again."""
    if "h15-standfirst" not in site.extra:
        return []
    first = _first_sentence(doc["body"])
    if not first:
        return []
    fams.add("variant-h15-standfirst")
    return [site.words["standfirst"].format(text=first)]


def after_paragraph(
    site: Site,
    i: int,
    n: int,
    others: list[dict[str, Any]],
    rng: random.Random,
    fams: set[str],
) -> tuple[list[str], list[str]]:
    """Return the lines after the i-th of n paragraphs (an image's alt text, a paywall
    box, an advertorial, a label over another article's headline) and the headlines
    named there, which must not be kept."""
    out: list[str] = []
    gone: list[str] = []
    if "h15-image" in site.extra and i == 0 and n > 1:
        fams.add("variant-h15-image")
        alt = rng.choice(TEASER_ALTS)
        out.append(
            site.words["image"].format(alt=alt, host=site.words["host"], k=rng.randint(1000, 99999))
        )
    if "h15-advertorial" in site.extra and i == 1 and n > 3:
        fams.add("variant-h15-advertorial")
        out += [site.words["ad-label"], site.words["ad-head"], site.words["ad-copy"]]
    if "h15-paywall-box" in site.extra and i == n // 2 and n > 2:
        fams.add("variant-h15-paywall-box")
        out += [
            site.words["paywall-head"],
            site.words["paywall-price"],
            site.words["paywall-button"],
        ]
    if "h15-inline-label" in site.extra and i == n - 2 and n > 2:
        fams.add("variant-h15-inline-label")
        title = rng.choice(others)["title"]
        out += [site.words["inline-label"], title]
        gone.append(title)
    return out, gone


def after_body(
    site: Site,
    doc: dict[str, Any],
    words: Words,
    pool: list[dict[str, Any]],
    rng: random.Random,
    fams: set[str],
) -> tuple[list[str], list[str]]:
    """Return the lines right after the body (a column of topic tags, a numbered list of
    the most read articles with their counts) and the headlines, which must not be kept."""
    out: list[str] = []
    gone: list[str] = []
    if "h15-tags" in site.extra:
        fams.add("variant-h15-tags")
        out.append(site.words["tag-head"])
        out += rng.sample(words.sections, rng.randint(3, 5))
    if "h15-most-read" in site.extra:
        fams.add("variant-h15-most-read")
        out.append(site.words["top-head"])
        picked = rng.sample([d for d in pool if d["id"] != doc["id"]], 5)
        for rank, other in enumerate(picked, 1):
            count = f"{rng.randint(300, 48000):,}".replace(",", ".")
            out.append(site.words["top-row"].format(rank=rank, title=other["title"], n=count))
            gone.append(other["title"])
    return out, gone


def teaser_block(
    site: Site, others: list[dict[str, Any]], rng: random.Random, fams: set[str]
) -> tuple[list[str], list[str]] | None:
    """Return the set's own teaser block and the texts that must not leak (None: the
    site lays its teasers out as the other sets do)."""
    from layout_parts import lead, open_own_teasers

    opened = open_own_teasers(site, TEASER_FORMS, fams)
    if opened is None:
        return None
    form, lines = opened
    must_go: list[str] = []
    end = site.marker if site.teaser_style == "marker" else site.ellipsis
    for other in others:
        title = other["title"]
        cut = lead(other, rng)
        if form == "h15-dated-teasers":
            whole = _first_sentence(other["body"], 80, 260) or cut + end
            byline = site.words["teaser-byline"].format(date=_day(rng), name=rng.choice(NAMES))
            lines += [title, whole, byline]
            must_go += [title, whole[:60]]
        elif form == "h15-alt-teasers":
            image = site.words["teaser-image"].format(alt=rng.choice(TEASER_ALTS))
            lines += [image, title, cut + end]
            must_go += [title, cut[:60]]
        elif form == "h15-standfirst-teasers":
            first = _first_sentence(other["body"], 40, 200)
            text = " ".join(other["body"].split())
            rest = lead({"body": text[len(first) :]}, rng) if first else cut
            lines += [title, first, rest + end] if first else [title, cut + end]
            must_go += [title, (first or cut)[:60], rest[:60]]
        else:
            lines.append(site.words["bold"].format(title=title, lead=cut + end))
            must_go += [title, cut[:60]]
    return lines, must_go
