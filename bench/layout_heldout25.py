"""Parts only the twenty-fifth held-out pair's pages have (bench/layouts.py, "held-out-25").

Written from what scrapes of real sites make of an article's title, in arrangements no
earlier set has: the body's first paragraph (the standfirst) over the title and the rest
of the body under it; the title framed by rules of box-drawing characters; the title
inside a wiki's, HTML's or bold Markdown's heading markup; a leader of dots and a page
number or a time after it; the author's name beside it behind a wide gap; soft hyphens
inside its long words. Besides: lines naming the previous and the next article by their
headlines over and under the title; a line at the page's top naming the title being
read; the title cut short as a browser tab shows it; hashtags over it; the lead picture's
markup with the title as its text under it; key points (a label and two of the body's
sentences) under it.
"""

from __future__ import annotations

import random
import re
from typing import TYPE_CHECKING, Any

from layout_heldout15 import _first_sentence
from layout_words import NAMES, Words
from layout_words_heldout25 import HELD_OUT_25_PARTS as PARTS

if TYPE_CHECKING:
    from layout_parts import Site

# Forms of the title line itself: each site has one, in turn.
TITLE_FORMS = (
    "h25-lead-first",
    "h25-boxed",
    "h25-heading-markup",
    "h25-leader",
    "h25-side-byline",
    "h25-shy",
)
# Parts a site may have besides its title form (each goes to two sites at least).
HELD_OUT_25_EXTRAS = (
    "h25-prev-next",
    "h25-reading-bar",
    "h25-tab",
    "h25-hashtags",
    "h25-image-alt",
    "h25-key-points",
)
# Title forms whose pages never show the title again in lower case.
NO_COPY = ("h25-lead-first", "h25-heading-markup", "h25-shy")
# A word gets soft hyphens when it has this many letters.
LONG_WORD = 8
# The browser tab shows this many characters of the title.
TAB_CHARS = 28
SHY = "\u00ad"
WORD = re.compile(r"[^\W\d_]+")


def draw(site: Site, words: Words, rng: random.Random, n: int) -> None:
    """Give the n-th site its title form and some of the set's other parts."""
    from layout_parts import draw_own_parts

    draw_own_parts(site, HELD_OUT_25_EXTRAS, (), rng, n, share=0.2)
    form = TITLE_FORMS[n % len(TITLE_FORMS)]
    site.extra.add(form)
    if form in NO_COPY:
        site.title_copy = 0.0
    site.words = {key: rng.choice(values) for key, values in PARTS.items()}


def mine(site: Site) -> bool:
    """Tell whether the site is one of this set's."""
    return any(x.startswith("h25-") for x in site.extra)


def _fill(form: str, rng: random.Random, **values: str) -> str:
    """Return form with a date, a time, a number and the given values filled in."""
    return form.format(
        d=rng.randint(1, 28),
        m=rng.randint(1, 12),
        y=rng.randint(2014, 2024),
        hh=rng.randint(0, 23),
        mm=rng.randint(0, 59),
        k=rng.randint(10000, 999999),
        n=rng.randint(1, 48),
        **values,
    )


def _tag(text: str) -> str:
    return "".join(w.capitalize() for w in WORD.findall(text))


def page_top(site: Site, doc: dict[str, Any], rng: random.Random, fams: set[str]) -> list[str]:
    """Return the lines at the page's top: the title as a browser tab shows it and the
    line naming the title being read."""
    out: list[str] = []
    if "h25-tab" in site.extra and len(doc["title"]) > TAB_CHARS + 8:
        fams.add("variant-h25-tab")
        cut = doc["title"][:TAB_CHARS].rstrip()
        out.append(site.words["tab"].format(cut=cut, site=site.name))
    if "h25-reading-bar" in site.extra:
        fams.add("variant-h25-reading-bar")
        out.append(site.words["reading-bar"].format(title=doc["title"]))
    return out


def pre_title(
    site: Site,
    doc: dict[str, Any],
    body: list[str],
    words: Words,
    pool: list[dict[str, Any]],
    rng: random.Random,
    fams: set[str],
) -> tuple[list[str], list[str], list[str]]:
    """Return the lines right over the title, the line under it pointing to the next
    article, and the headlines in them, which must not be kept."""
    over: list[str] = []
    under: list[str] = []
    gone: list[str] = []
    if "h25-prev-next" in site.extra:
        fams.add("variant-h25-prev-next")
        prev, nxt = rng.sample([d for d in pool if d["id"] != doc["id"]], 2)
        over.append(site.words["prev"].format(title=prev["title"]))
        under.append(site.words["next"].format(title=nxt["title"]))
        gone += [prev["title"], nxt["title"]]
    if "h25-hashtags" in site.extra:
        fams.add("variant-h25-hashtags")
        a, b, c = (_tag(s) for s in rng.sample(words.sections, 3))
        over.append(site.words["hashtags"].format(a=a, b=b, c=c))
    if "h25-lead-first" in site.extra and len(body) > 1:
        fams.add("variant-h25-lead-first")
        over.append(body[0])
    return over, under, gone


def lead_shown_first(site: Site, i: int, n: int) -> bool:
    """Tell whether the i-th of n paragraphs was shown over the title."""
    return "h25-lead-first" in site.extra and i == 0 and n > 1


def _shy(title: str) -> str:
    """Return title with soft hyphens inside its long words (every four letters)."""

    def cut(m: re.Match[str]) -> str:
        word = m.group()
        if len(word) < LONG_WORD:
            return word
        return SHY.join(word[i : i + 4] for i in range(0, len(word), 4))

    return WORD.sub(cut, title)


def title_lines(
    site: Site, lines: list[str], words: Words, rng: random.Random, fams: set[str]
) -> list[str]:
    """Return the title as the page shows it (lines: as the earlier sets' parts made it)."""
    extra = site.extra
    if not mine(site) or len(lines) != 1:
        return lines
    line = lines[0]
    if "h25-shy" in extra and (shy := _shy(line)) != line:
        fams.add("variant-h25-shy")
        line = shy
    if "h25-heading-markup" in extra:
        fams.add("variant-h25-heading-markup")
        line = site.words["heading-markup"].format(title=line)
    if "h25-leader" in extra:
        fams.add("variant-h25-leader")
        line = _fill(site.words["leader"], rng, title=line)
    if "h25-side-byline" in extra:
        fams.add("variant-h25-side-byline")
        line = _fill(site.words["side-byline"], rng, title=line, name=rng.choice(NAMES))
    if "h25-boxed" in extra:
        fams.add("variant-h25-boxed")
        rule = site.words["rule"] * min(72, len(line) + 2)
        return site.words["boxed"].format(title=line, rule=rule).split("|")
    return [line]


def under_title(
    site: Site, doc: dict[str, Any], body: list[str], rng: random.Random, fams: set[str]
) -> list[str]:
    """Return the lines under the title: the lead picture's markup holding the title and
    the article's key points."""
    out: list[str] = []
    if "h25-image-alt" in site.extra:
        fams.add("variant-h25-image-alt")
        out.append(_fill(site.words["image-alt"], rng, title=doc["title"]))
    if "h25-key-points" in site.extra and len(body) > 2:
        a, b = _first_sentence(body[1]), _first_sentence(body[2])
        if a and b:
            fams.add("variant-h25-key-points")
            out += site.words["key-points"].format(a=a, b=b).split("|")
    return out
