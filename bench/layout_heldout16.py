"""Parts only the sixteenth held-out pair's pages have (bench/layouts.py, set "held-out-16").

Written from what real aggregators and scrapes of them do with an article's title, in
forms no earlier set has: the site's name after the title behind a dash, a guillemet or
a slash, or before it behind a pipe or an arrow (the page has no clean title line); a
kicker of each page's own before the title on the title line after a colon, or on a line
of its own ending in a colon or in capitals; "(Update)" and the like after the title on
some of a site's pages; the title underlined as a Markdown (Setext) heading or under two
heading marks; the page's head title left over from the markup before the clean title; a
breadcrumb ending in the title; the body's first sentence again under the title, in bold,
in italics or after a label; the article's number with the title; a long title
hard-wrapped over two lines; a toolbar line under the title and a reader's account line
before it.
"""

from __future__ import annotations

import random
import re
from typing import TYPE_CHECKING, Any

from layout_words import Words
from layout_words_heldout16 import HELD_OUT_16_PARTS as PARTS

if TYPE_CHECKING:
    from layout_parts import Site

# Forms of the title line itself: each site has one, in turn.
TITLE_FORMS = (
    "h16-site-suffix",
    "h16-site-prefix",
    "h16-colon-kicker",
    "h16-kicker-line",
    "h16-title-id",
)
# Parts a site may have besides its title form (each goes to two sites at least).
HELD_OUT_16_EXTRAS = (
    "h16-setext",
    "h16-wrapped-title",
    "h16-update",
    "h16-markup-title",
    "h16-crumb-title",
    "h16-lead-repeat",
    "h16-toolbar",
    "h16-account",
)
# The share of a site's pages whose title is marked as updated.
UPDATED = 0.6
SENTENCE_END = re.compile(r"[.!?]+[«»“”\"']*(?=\s+[A-ZÄÖÜ])")


def draw(site: Site, words: Words, rng: random.Random, n: int) -> None:
    """Give the n-th site its title form and some of the set's other parts."""
    from layout_parts import draw_own_parts

    draw_own_parts(site, HELD_OUT_16_EXTRAS, (), rng, n, share=0.15)
    site.extra.add(TITLE_FORMS[n % len(TITLE_FORMS)])
    if "h16-setext" in site.extra:
        # An underline under a title wrapped over two lines is not a heading.
        site.extra.discard("h16-wrapped-title")
    site.words = {key: rng.choice(values) for key, values in PARTS.items()}


def _opening(text: str, low: int = 40, high: int = 260) -> str:
    """Return the first whole sentence of text between low and high characters ('' if
    there is none)."""
    text = " ".join(text.split())
    for m in SENTENCE_END.finditer(text[: high + 1]):
        if m.end() >= low:
            return text[: m.end()]
    return ""


def _slug(name: str) -> str:
    return name.lower().replace(" ", "-")


def page_top(site: Site, doc: dict[str, Any], rng: random.Random, fams: set[str]) -> list[str]:
    """Return the lines at the page's top: the head title left over from the markup, a
    reader's account line."""
    out: list[str] = []
    if "h16-markup-title" in site.extra:
        fams.add("variant-h16-markup-title")
        out.append(site.words["markup-title"].format(title=doc["title"], site=site.name))
    if "h16-account" in site.extra:
        fams.add("variant-h16-account")
        out.append(site.words["account"].format(n=rng.randint(2, 40)))
    return out


def pre_title(
    site: Site, doc: dict[str, Any], words: Words, rng: random.Random, fams: set[str]
) -> list[str]:
    """Return the lines right over the title: a breadcrumb ending in it, a kicker line of
    the page's own."""
    out: list[str] = []
    if "h16-crumb-title" in site.extra:
        fams.add("variant-h16-crumb-title")
        section = rng.choice(words.sections)
        out.append(site.words["crumb-title"].format(section=section, title=doc["title"]))
    if "h16-kicker-line" in site.extra:
        fams.add("variant-h16-kicker-line")
        out.append(rng.choice(site.words["kicker-line"].split("|")))
    return out


def title_lines(site: Site, line: str, rng: random.Random, fams: set[str]) -> list[str]:
    """Return the title as the page shows it, on one line or two."""
    extra = site.extra
    if "h16-update" in extra and rng.random() < UPDATED:
        fams.add("variant-h16-update")
        line += site.words["update"].format(n=rng.randint(2, 4))
    if "h16-colon-kicker" in extra:
        fams.add("variant-h16-colon-kicker")
        line = f"{rng.choice(site.words['colon-kicker'].split('|'))}: {line}"
    if "h16-title-id" in extra:
        fams.add("variant-h16-title-id")
        line = site.words["title-id"].format(title=line, k=rng.randint(10000, 999999))
    if "h16-site-suffix" in extra:
        fams.add("variant-h16-site-suffix")
        line += site.words["site-suffix"].format(site=site.name, slug=_slug(site.name))
    if "h16-site-prefix" in extra:
        fams.add("variant-h16-site-prefix")
        line = site.words["site-prefix"].format(
            site=site.name, slug=_slug(site.name), upper=site.name.upper(), title=line
        )
    if "h16-setext" in extra:
        fams.add("variant-h16-setext")
        mark = site.words["setext"]
        if "{title}" in mark:
            return [mark.format(title=line)]
        return [line, mark * len(line)]
    if "h16-wrapped-title" in extra and len(line) > 50:
        fams.add("variant-h16-wrapped-title")
        middle = len(line) // 2
        spaces = [i for i, ch in enumerate(line) if ch == " "]
        cut = min(spaces, key=lambda i: abs(i - middle))
        return [line[:cut], line[cut + 1 :]]
    return [line]


def under_title(site: Site, doc: dict[str, Any], fams: set[str]) -> list[str]:
    """Return the lines under the title: the body's first sentence again, a toolbar."""
    out: list[str] = []
    if "h16-lead-repeat" in site.extra and (first := _opening(doc["body"])):
        fams.add("variant-h16-lead-repeat")
        out.append(site.words["lead-repeat"].format(text=first))
    if "h16-toolbar" in site.extra:
        fams.add("variant-h16-toolbar")
        out.append(site.words["toolbar"])
    return out
