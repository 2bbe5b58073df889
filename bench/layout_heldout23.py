"""Parts only the twenty-third held-out pair's pages have (bench/layouts.py, "held-out-23").

Written from what scrapes of real sites make of an article's title, in arrangements no
earlier set has: the page's head as front matter left over from a static-site export
(the title as a key's value, no clean title line); a permanent-link mark beside the
title; the title as a link to the article's own address; the title twice on one line
(the heading's text and a hidden copy run together); a long title wrapped inside a word
with a hyphen at the break; the title as the first cell of a row with a date and a
section; a subtitle line under the title (a sentence of the body's second paragraph); the
lead photo's caption under the title, then the title again; a kicker line under the
title; a kicker in capitals before the title behind a space only; a count of readers'
comments beside the title.
"""

from __future__ import annotations

import random
import re
from typing import TYPE_CHECKING, Any

from layout_heldout15 import _first_sentence
from layout_words import NAMES, Words
from layout_words_heldout23 import HELD_OUT_23_PARTS as PARTS

if TYPE_CHECKING:
    from layout_parts import Site

# Forms of the title line itself: each site has one, in turn.
TITLE_FORMS = (
    "h23-front-matter",
    "h23-anchor",
    "h23-link",
    "h23-doubled",
    "h23-hyphen-wrap",
    "h23-row",
)
# Parts a site may have besides its title form (each goes to two sites at least).
HELD_OUT_23_EXTRAS = (
    "h23-subtitle",
    "h23-after-caption",
    "h23-kicker-under",
    "h23-caps-kicker",
    "h23-count",
)
# Title forms whose pages never show the title again in lower case.
NO_COPY = ("h23-front-matter", "h23-link", "h23-doubled", "h23-hyphen-wrap")
# The share of a site's pages whose title carries the comment count.
COUNTED = 0.6
# A title is wrapped when it has this many characters.
WRAP = 45
# A word is cut at the break when it has this many letters (and no hyphen).
LONG_WORD = 9
WORD = re.compile(r"[^\W\d_]+")


def draw(site: Site, words: Words, rng: random.Random, n: int) -> None:
    """Give the n-th site its title form and some of the set's other parts."""
    from layout_parts import draw_own_parts

    draw_own_parts(site, HELD_OUT_23_EXTRAS, (), rng, n, share=0.2)
    form = TITLE_FORMS[n % len(TITLE_FORMS)]
    site.extra.add(form)
    if form in NO_COPY:
        site.title_copy = 0.0
    site.words = {key: rng.choice(values) for key, values in PARTS.items()}


def mine(site: Site) -> bool:
    """Tell whether the site is one of this set's."""
    return any(x.startswith("h23-") for x in site.extra)


def _slug(text: str) -> str:
    return "-".join(WORD.findall(text.lower()))[:60].strip("-")


def _fill(form: str, rng: random.Random, **values: str) -> str:
    """Return form with a date, a number and the given values filled in."""
    return form.format(
        d=rng.randint(1, 28),
        m=rng.randint(1, 12),
        y=rng.randint(2014, 2024),
        k=rng.randint(10000, 999999),
        n=rng.randint(1, 240),
        **values,
    )


def page_top(site: Site, doc: dict[str, Any], rng: random.Random, fams: set[str]) -> list[str]:
    """Return the lines at the page's top: the head as front matter holding the title."""
    if "h23-front-matter" not in site.extra:
        return []
    fams.add("variant-h23-front-matter")
    return _fill(site.words["front-matter"], rng, title=doc["title"], site=site.name).split("|")


def _hyphen_wrap(line: str) -> list[str]:
    """Return a long line cut inside its long word nearest the middle, a hyphen at the
    break ([line] when it has no such word)."""
    middle = len(line) // 2
    best: tuple[int, int] | None = None
    for m in WORD.finditer(line):
        word = m.group()
        if len(word) < LONG_WORD or "-" in line[m.start() - 1 : m.end() + 1]:
            continue
        cut = m.start() + len(word) // 2
        if best is None or abs(cut - middle) < abs(best[0] - middle):
            best = (cut, m.start())
    if best is None:
        return [line]
    cut = best[0]
    return [line[:cut] + "-", line[cut:]]


def title_lines(
    site: Site, lines: list[str], words: Words, rng: random.Random, fams: set[str]
) -> list[str]:
    """Return the title as the page shows it (lines: as the earlier sets' parts made it)."""
    extra = site.extra
    if not mine(site) or len(lines) != 1:
        return lines
    if "h23-front-matter" in extra:
        return []
    line = lines[0]
    if "h23-count" in extra and rng.random() < COUNTED:
        fams.add("variant-h23-count")
        line = _fill(site.words["count"], rng, title=line)
    if "h23-caps-kicker" in extra:
        fams.add("variant-h23-caps-kicker")
        line = f"{rng.choice(site.words['caps-kicker'].split('|'))} {line}"
    section = rng.choice(words.sections)
    host = _slug(site.name).replace("-", "") + ".de"
    if "h23-anchor" in extra:
        fams.add("variant-h23-anchor")
        line = site.words["anchor"].format(title=line)
    if "h23-link" in extra:
        fams.add("variant-h23-link")
        slug = _slug(lines[0])
        line = _fill(
            site.words["link"], rng, title=line, host=host, section=_slug(section), slug=slug
        )
    if "h23-doubled" in extra:
        fams.add("variant-h23-doubled")
        line = site.words["doubled"].format(title=line)
    if "h23-row" in extra:
        fams.add("variant-h23-row")
        line = _fill(site.words["row"], rng, title=line, section=section)
    if "h23-hyphen-wrap" in extra and len(line) >= WRAP:
        wrapped = _hyphen_wrap(line)
        if len(wrapped) == 2:
            fams.add("variant-h23-hyphen-wrap")
        return wrapped
    return [line]


def under_title(
    site: Site, doc: dict[str, Any], words: Words, rng: random.Random, fams: set[str]
) -> list[str]:
    """Return the lines under the title: a kicker line, a subtitle, the lead photo's
    caption and the title again."""
    out: list[str] = []
    if "h23-kicker-under" in site.extra:
        fams.add("variant-h23-kicker-under")
        out.append(rng.choice(site.words["kicker-under"].split("|")))
    paras = [p.strip() for p in doc["body"].split("\n") if p.strip()]
    if "h23-subtitle" in site.extra and len(paras) > 1 and (text := _first_sentence(paras[1])):
        fams.add("variant-h23-subtitle")
        out.append(site.words["subtitle"].format(text=text))
    if "h23-after-caption" in site.extra:
        fams.add("variant-h23-after-caption")
        credit = site.credit.format(agency=rng.choice(words.agencies), name=rng.choice(NAMES))
        caption = rng.choice(words.caption_texts)
        out.append(site.words["after-caption"].format(caption=caption, credit=credit))
        out.append(doc["title"])
    return out
