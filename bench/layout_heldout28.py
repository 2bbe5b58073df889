"""Parts only the twenty-eighth held-out pair's pages have (bench/layouts.py, "held-out-28").

Written from how news sites lay out what stands before, around and after an article's
title, in arrangements no earlier set has: an author's card over the title (the name, the
author's role as a line of words, a time stamp); a breadcrumb whose last crumb is the
title cut short; a line to share the article holding its title in quotes; a line to
listen to the article naming its title and running time under it; reading time and the
last update on one line over it; the title split over two lines at its own colon, dash or
question mark. Besides: a section and a date on one line over the title; a place line in
capitals over it; a correction notice (a whole sentence) over it; a note on the print
edition under it. Sites of three title forms never show the title again in lower case.

Cleaner version 21, measured once when this set was written, before any cleaner change
(.venv/bin/python bench/cleaning.py --set held-out-28 held-out-28-words --evidence run):
held-out-28 body P 0.9831, R 0.9865, titles 0.8533, 30 of 300 pages leaking, language
1.0000 (titles per family: split-mark 0.0286, print-note 0.7438, dateline 0.8133,
section-date 0.8800, crumb-cut 0.8889, correction 0.9030, stamps 0.9400, author-card
0.9600, listen and share-intent 1.0000); held-out-28-words body P 1.0000, R 0.9928,
titles 1.0000, 1 of 300 pages leaking, language 1.0000.
"""

from __future__ import annotations

import random
import re
from typing import TYPE_CHECKING, Any

from layout_words import NAMES, Words
from layout_words_heldout28 import CITIES, MONTHS, MONTHS_EN, WEEKDAYS
from layout_words_heldout28 import HELD_OUT_28_PARTS as PARTS

if TYPE_CHECKING:
    from layout_parts import Site

# Forms of the title and what stands right around it: each site has one, in turn.
TITLE_FORMS = (
    "h28-author-card",
    "h28-crumb-cut",
    "h28-share-intent",
    "h28-listen",
    "h28-stamps",
    "h28-split-mark",
)
# Parts a site may have besides its title form (each goes to two sites at least).
HELD_OUT_28_EXTRAS = ("h28-section-date", "h28-dateline", "h28-correction", "h28-print-note")
# Title forms whose pages never show the title again in lower case.
NO_COPY = ("h28-author-card", "h28-stamps", "h28-split-mark")
# The breadcrumb shows this many characters of the title at most.
CRUMB_CHARS = 34
# Where a title may be split over two lines: after a colon, before a dash, after a
# question mark (the mark stays on the first line).
SPLIT = re.compile(r"(?<=[:?])\s+|\s+(?=[–—-]\s)")


def draw(site: Site, words: Words, rng: random.Random, n: int) -> None:
    """Give the n-th site its title form and some of the set's other parts."""
    from layout_parts import draw_own_parts

    draw_own_parts(site, HELD_OUT_28_EXTRAS, (), rng, n, share=0.25)
    form = TITLE_FORMS[n % len(TITLE_FORMS)]
    site.extra.add(form)
    if form in NO_COPY:
        site.title_copy = 0.0
    site.words = {key: rng.choice(values) for key, values in PARTS.items()}
    site.words["city"] = rng.choice(CITIES)
    site.words["sections"] = "|".join(rng.sample(words.sections, 4))


def mine(site: Site) -> bool:
    """Tell whether the site is one of this set's."""
    return any(x.startswith("h28-") for x in site.extra)


def _fill(form: str, site: Site, rng: random.Random, **values: str) -> str:
    """Return form with dates, times, numbers, a place and the given values filled in."""
    city = site.words["city"]
    return form.format(
        d=rng.randint(1, 28),
        m=rng.randint(1, 12),
        y=rng.randint(2015, 2024),
        hh=rng.randint(0, 23),
        mm=rng.randint(0, 59),
        mi=rng.randint(2, 14),
        ss=rng.randint(0, 59),
        n=rng.randint(2, 36),
        month=rng.choice(MONTHS),
        month_en=rng.choice(MONTHS_EN),
        weekday=rng.choice(WEEKDAYS),
        city=city,
        city_upper=city.upper(),
        **values,
    )


def pre_title(
    site: Site, doc: dict[str, Any], words: Words, rng: random.Random, fams: set[str]
) -> list[str]:
    """Return the lines right over the title."""
    extra = site.extra
    out: list[str] = []
    if not mine(site):
        return out
    sections = site.words["sections"].split("|")
    if "h28-correction" in extra and rng.random() < 0.5:
        fams.add("variant-h28-correction")
        out.append(site.words["correction"])
    if "h28-dateline" in extra:
        fams.add("variant-h28-dateline")
        out.append(_fill(site.words["dateline"], site, rng))
    if "h28-section-date" in extra:
        fams.add("variant-h28-section-date")
        section = rng.choice(sections)
        out.append(
            _fill(site.words["section-date"], site, rng, section=section,
                  section_upper=section.upper())
        )  # fmt: skip
    title = doc["title"]
    if "h28-crumb-cut" in extra and len(title) > CRUMB_CHARS + 6:
        fams.add("variant-h28-crumb-cut")
        cut = title[:CRUMB_CHARS].rsplit(" ", 1)[0].rstrip(" ,:;–-")
        trail = site.crumb_sep.join(rng.sample(sections, 2))
        out.append(site.words["crumb-cut"].format(trail=trail, sep=site.crumb_sep, cut=cut))
    if "h28-author-card" in extra:
        fams.add("variant-h28-author-card")
        name = rng.choice(NAMES)
        out.append(site.words["card-name"].format(name=name))
        out.append(_fill(site.words["card-role"], site, rng))
        out.append(_fill(site.words["card-stamp"], site, rng))
    if "h28-stamps" in extra:
        fams.add("variant-h28-stamps")
        out.append(_fill(site.words["stamps"], site, rng))
    if "h28-share-intent" in extra:
        fams.add("variant-h28-share-intent")
        handle = site.name.lower().replace(" ", "")
        out.append(site.words["share-intent"].format(title=title, site=site.name, handle=handle))
    return out


def title_lines(site: Site, lines: list[str], fams: set[str]) -> list[str]:
    """Return the title as the page shows it (lines: as the earlier sets' parts made it)."""
    if "h28-split-mark" not in site.extra or len(lines) != 1:
        return lines
    parts = SPLIT.split(lines[0], maxsplit=1)
    if len(parts) != 2 or min(len(p) for p in parts) < 8:
        return lines
    fams.add("variant-h28-split-mark")
    return parts


def under_title(site: Site, doc: dict[str, Any], rng: random.Random, fams: set[str]) -> list[str]:
    """Return the lines under the title: the line to listen to it and the print note."""
    out: list[str] = []
    if "h28-listen" in site.extra:
        fams.add("variant-h28-listen")
        out.append(_fill(site.words["listen"], site, rng, title=doc["title"]))
    if "h28-print-note" in site.extra and rng.random() < 0.7:
        fams.add("variant-h28-print-note")
        out.append(_fill(site.words["print-note"], site, rng))
    return out
