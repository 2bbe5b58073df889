"""Parts only the eighteenth held-out pair's pages have (bench/layouts.py, set "held-out-18").

Written from what real aggregators and scrapes of them put around an article's title, in
wordings and arrangements no earlier set has: a kicker of each page's own joined to the
title by a dash, a double slash or a colon (the kicker then in capitals); the site's name
after the title in brackets or behind a double bar or double colon, or before it behind a
colon, in square brackets or behind an angle; a date or the article's number beside the
site's name on the title line; the title only in a head line left over from the markup
(no clean title line); the title in quotation marks; additions on some of a site's
titles ("+++ EIL +++", "(mit Video)", a time it was amended); the title underlined with
tildes or asterisks or between closing heading marks; a long title wrapped after its
first third or so; a breadcrumb ending in the title over or under it; the body's first
sentence again under the title as a quote or after a label; the title in capitals over
it; a date line between the title and the body; an author line before the title.
"""

from __future__ import annotations

import random
from typing import TYPE_CHECKING, Any

from layout_heldout15 import _first_sentence
from layout_words import NAMES, Words
from layout_words_heldout18 import HELD_OUT_18_PARTS as PARTS
from layout_words_heldout18 import MONTHS_DE, MONTHS_EN

if TYPE_CHECKING:
    from layout_parts import Site

# Forms of the title line itself: each site has one, in turn.
TITLE_FORMS = (
    "h18-kicker-join",
    "h18-site-after",
    "h18-site-before",
    "h18-date-site",
    "h18-html-head",
    "h18-quoted",
)
# Parts a site may have besides its title form (each goes to two sites at least).
HELD_OUT_18_EXTRAS = (
    "h18-wrapped",
    "h18-underline",
    "h18-addition",
    "h18-trail",
    "h18-opening-again",
    "h18-caps",
    "h18-date-line",
    "h18-author",
)
# The share of a site's pages whose title carries the site's addition.
ADDED = 0.6


def draw(site: Site, words: Words, rng: random.Random, n: int) -> None:
    """Give the n-th site its title form and some of the set's other parts."""
    from layout_parts import draw_own_parts

    draw_own_parts(site, HELD_OUT_18_EXTRAS, (), rng, n, share=0.15)
    site.extra.add(TITLE_FORMS[n % len(TITLE_FORMS)])
    if "h18-underline" in site.extra or "h18-html-head" in site.extra:
        # An underline under two lines is no heading; a markup line is not wrapped.
        site.extra.discard("h18-wrapped")
    if "h18-html-head" in site.extra:
        site.extra.discard("h18-underline")
    site.words = {key: rng.choice(values) for key, values in PARTS.items()}
    site.words["trail-at"] = rng.choice(("over", "under"))


def mine(site: Site) -> bool:
    """Tell whether the site is one of this set's."""
    return any(x.startswith("h18-") for x in site.extra)


def _date(form: str, rng: random.Random) -> str:
    """Return a date in one of the set's forms."""
    month = rng.randint(1, 12)
    return form.format(
        d=rng.randint(1, 28),
        m=month,
        y=rng.randint(2016, 2024),
        mname=MONTHS_DE[month - 1],
        ename=MONTHS_EN[month - 1],
        hh=f"{rng.randint(6, 22):02d}",
        mm=f"{rng.randint(0, 59):02d}",
        n=rng.randint(2, 12),
    )


def _trail(site: Site, doc: dict[str, Any], words: Words, rng: random.Random) -> str:
    return site.words["trail"].format(section=rng.choice(words.sections), title=doc["title"])


def pre_title(
    site: Site, doc: dict[str, Any], words: Words, rng: random.Random, fams: set[str]
) -> list[str]:
    """Return the lines right over the title: a breadcrumb ending in it, an author line,
    the title in capitals."""
    out: list[str] = []
    if "h18-trail" in site.extra and site.words["trail-at"] == "over":
        fams.add("variant-h18-trail")
        out.append(_trail(site, doc, words, rng))
    if "h18-author" in site.extra:
        fams.add("variant-h18-author")
        out.append(site.words["author"].format(name=rng.choice(NAMES)))
    if "h18-caps" in site.extra:
        fams.add("variant-h18-caps")
        out.append(doc["title"].upper())
    return out


def title_lines(site: Site, lines: list[str], rng: random.Random, fams: set[str]) -> list[str]:
    """Return the title as the page shows it (lines: as the earlier sets' parts made it)."""
    extra = site.extra
    if not mine(site) or len(lines) != 1:
        return lines
    line = lines[0]
    if "h18-addition" in extra and rng.random() < ADDED:
        fams.add("variant-h18-addition")
        line = site.words["addition"].format(
            title=line, hh=f"{rng.randint(6, 22):02d}", mm=f"{rng.randint(0, 59):02d}"
        )
    if "h18-kicker-join" in extra:
        fams.add("variant-h18-kicker-join")
        join = site.words["kicker-join"]
        kicker = rng.choice(site.words["kickers"].split("|"))
        line = f"{kicker.upper() if join == ': ' else kicker}{join}{line}"
    if "h18-date-site" in extra:
        fams.add("variant-h18-date-site")
        date = _date(site.words["date-form"], rng)
        k = rng.randint(1000, 99999)
        line = site.words["date-site"].format(title=line, site=site.name, date=date, k=k)
    if "h18-site-after" in extra:
        fams.add("variant-h18-site-after")
        line += site.words["site-after"].format(site=site.name)
    if "h18-site-before" in extra:
        fams.add("variant-h18-site-before")
        line = site.words["site-before"].format(site=site.name, upper=site.name.upper(), title=line)
    if "h18-quoted" in extra:
        fams.add("variant-h18-quoted")
        line = site.words["quoted"].format(title=line)
    if "h18-html-head" in extra:
        fams.add("variant-h18-html-head")
        return [site.words["html-head"].format(title=line)]
    if "h18-underline" in extra:
        fams.add("variant-h18-underline")
        mark = site.words["underline"]
        if "{title}" in mark:
            return [mark.format(title=line)]
        return [line, mark * len(line)]
    if "h18-wrapped" in extra and len(line) > 45:
        fams.add("variant-h18-wrapped")
        spaces = [i for i, ch in enumerate(line) if ch == " " and i >= len(line) // 3]
        if spaces:
            return [line[: spaces[0]], line[spaces[0] + 1 :]]
    return [line]


def under_title(
    site: Site, doc: dict[str, Any], words: Words, rng: random.Random, fams: set[str]
) -> list[str]:
    """Return the lines under the title: a breadcrumb ending in it, a date line, the
    body's first sentence again."""
    out: list[str] = []
    if "h18-trail" in site.extra and site.words["trail-at"] == "under":
        fams.add("variant-h18-trail")
        out.append(_trail(site, doc, words, rng))
    if "h18-date-line" in site.extra:
        fams.add("variant-h18-date-line")
        out.append(_date(site.words["date-line"], rng))
    if "h18-opening-again" in site.extra and (first := _first_sentence(doc["body"], 40, 260)):
        fams.add("variant-h18-opening-again")
        out.append(site.words["opening-again"].format(text=first))
    return out
