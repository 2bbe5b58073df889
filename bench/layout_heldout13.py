"""Parts only the thirteenth held-out pair's pages have (bench/layouts.py, set "held-out-13").

Written from what real aggregators and scrapes of them put around an article, in shapes
and orders no earlier set has: an e-paper's running head (page number, paper, date)
repeated between the body's paragraphs, an image's file name left between paragraphs, an
inline teaser worded as a sentence of prose naming another article's headline, a line
with the article's number and word count after the body, a text browser's list of the
page's link addresses under a heading and the breadcrumb again at the page's end;
teasers as plain-text e-mail headings underlined with a row of symbols, quoted with
e-mail quote marks, with a text browser's link number glued before the headline, with
a lead of whole sentences and no marker at all, and as cards drawn with box-drawing
characters; the whole page in decomposed Unicode (NFD), as some file systems and
converters leave it.
"""

from __future__ import annotations

import random
import re
import unicodedata
from typing import TYPE_CHECKING, Any

from layout_words import Words
from layout_words_heldout13 import HELD_OUT_13_PARTS as PARTS

if TYPE_CHECKING:
    from layout_parts import Site

HELD_OUT_13_EXTRAS = (
    "h13-running-head",
    "h13-image-file",
    "h13-prose-inline",
    "h13-stats",
    "h13-refs",
    "h13-crumb-end",
    "h13-nfd",
    "h13-setext-teasers",
    "h13-quote-teasers",
    "h13-lynx-teasers",
    "h13-sentence-teasers",
    "h13-box-teasers",
)
# Teaser layouts of the set (a site has one of them at most).
TEASER_FORMS = (
    "h13-setext-teasers",
    "h13-quote-teasers",
    "h13-lynx-teasers",
    "h13-sentence-teasers",
    "h13-box-teasers",
)
FILE_STEMS = ("dsc_", "img-", "foto_", "pic")
FILE_ENDS = (".jpg", ".webp", "-1200x675.jpeg", "_large.png")


def draw(site: Site, words: Words, rng: random.Random, n: int) -> None:
    """Give the n-th site some of the set's own parts (each goes to one site at least)."""
    from layout_parts import draw_own_parts

    draw_own_parts(site, HELD_OUT_13_EXTRAS, TEASER_FORMS, rng, n, share=0.2)
    site.words = {key: rng.choice(values) for key, values in PARTS.items()}
    site.words["section"] = rng.choice(words.sections)


def _day(rng: random.Random) -> str:
    return f"{rng.randint(1, 28)}.{rng.randint(1, 12)}.20{rng.randint(18, 24)}"


def after_paragraph(
    site: Site,
    i: int,
    n: int,
    others: list[dict[str, Any]],
    rng: random.Random,
    fams: set[str],
) -> tuple[list[str], list[str]]:
    """Return the lines after the i-th of n paragraphs (an e-paper's running head, an
    image's file name, a sentence naming another article) and the headlines named
    there, which must not be kept."""
    out: list[str] = []
    gone: list[str] = []
    if "h13-image-file" in site.extra and i == 0 and n > 1:
        fams.add("variant-h13-image-file")
        name = f"{rng.choice(FILE_STEMS)}{rng.randint(1000, 99999)}{rng.choice(FILE_ENDS)}"
        out.append(site.words["image-file"].format(file=name))
    if "h13-prose-inline" in site.extra and i == n // 2 and n > 2:
        fams.add("variant-h13-prose-inline")
        title = rng.choice(others)["title"].rstrip(".")
        out.append(site.words["prose-inline"].format(title=title))
        gone.append(title)
    if "h13-running-head" in site.extra and i % 2 == 1 and i < n - 1:
        fams.add("variant-h13-running-head")
        page = 2 + i // 2
        out.append(site.words["running-head"].format(p=page, site=site.name, day=_day(rng)))
    return out, gone


def after_body(site: Site, doc: dict[str, Any], rng: random.Random, fams: set[str]) -> list[str]:
    """Return the line right after the body: the article's number and word count."""
    if "h13-stats" not in site.extra:
        return []
    fams.add("variant-h13-stats")
    count = len(doc["body"].split())
    k = rng.randint(10000, 999999)
    return [site.words["stats"].format(k=k, w=count, m=max(1, count // 200))]


def _sentences(doc: dict[str, Any], rng: random.Random) -> str:
    """Return the opening whole sentences of an article's body, 80 to 260 characters
    (else its start cut at a word)."""
    from layout_parts import lead

    text = " ".join(doc["body"].split())
    ends = [m.end() for m in re.finditer(r"[.!?][«»“”\"']?(?= [A-ZÄÖÜ])", text[:260])]
    ends = [e for e in ends if e >= 80]
    if not ends:
        return lead(doc, rng)
    return text[: rng.choice(ends)]


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
    number = rng.randint(8, 40)
    for other in others:
        title = other["title"]
        cut = lead(other, rng)
        end = site.marker if site.teaser_style == "marker" else site.ellipsis
        if form == "h13-setext-teasers":
            lines += [title, site.words["setext"] * len(title), cut + end]
        elif form == "h13-quote-teasers":
            mark = site.words["quote"]
            lines += [mark + title, mark + cut + end]
        elif form == "h13-lynx-teasers":
            lines += [f"[{number}]{title}", cut + end]
            number += rng.randint(1, 3)
        elif form == "h13-sentence-teasers":
            cut = _sentences(other, rng)
            lines += [title, cut]
        else:
            side = site.words["box-side"]
            lines += [
                site.words["box-top"],
                side + title,
                side + cut + end,
                site.words["box-bottom"],
            ]
        must_go += [title, cut[:60]]
    return lines, must_go


def page_end(site: Site, rng: random.Random, fams: set[str]) -> list[str]:
    """Return the lines at the page's very end: the breadcrumb again, a text browser's
    list of the page's link addresses."""
    out: list[str] = []
    if "h13-crumb-end" in site.extra:
        fams.add("variant-h13-crumb-end")
        section = site.words["section"]
        out.append(site.words["crumb-end"].format(site=site.name, section=section))
    if "h13-refs" in site.extra:
        fams.add("variant-h13-refs")
        out.append(site.words["refs-head"])
        host = site.words["hosts"]
        for k in range(1, rng.randint(4, 7)):
            path = f"{rng.choice(('artikel', 'region', 'sport', 'id'))}/{rng.randint(1000, 99999)}"
            out.append(site.words["ref"].format(k=k, host=host, path=path))
    return out


def line_ends(site: Site, text: str, fams: set[str]) -> str:
    """Return the page's text in decomposed Unicode (NFD) on a site that stores it so."""
    if "h13-nfd" not in site.extra:
        return text
    fams.add("format-h13-nfd")
    return unicodedata.normalize("NFD", text)
