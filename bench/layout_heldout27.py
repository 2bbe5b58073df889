"""Parts only the twenty-seventh held-out pair's pages have (bench/layouts.py, "held-out-27").

Written from how local news sites and aggregators lay out other stories and the chrome
around an article, in arrangements no earlier set has: a note on the article's age under
the title; another story's first sentence alone between two body paragraphs (no label,
no headline); a line asking for tips with a phone number after the body. Teasers after
the body: a news-in-brief paragraph joining the first sentences of other stories (no
headlines) under a heading; an image credit before each headline on its line over the
story's first sentence; a related list of headline, author and date on one line each; a
timeline of dates, each before another story's first sentence; an autoplay countdown
over the next story's headline and its lead cut at a word, then a line to stop it.

Cleaner version 21, measured once when this set was written, before any cleaner change
(.venv/bin/python bench/cleaning.py --set held-out-27 held-out-27-words --evidence run):
held-out-27 body P 0.9269, R 0.9834, titles 0.9933, 183 of 300 pages leaking, language
1.0000; held-out-27-words body P 0.9993, R 0.9838, titles 0.9967, 6 of 300 pages
leaking, language 1.0000. Tuned on for version 24 (its failures read): no longer held out.
"""

from __future__ import annotations

import random
from typing import TYPE_CHECKING, Any

from layout_heldout22 import _sentences
from layout_words import NAMES, Words
from layout_words_heldout27 import HELD_OUT_27_PARTS as PARTS
from layout_words_heldout27 import MONTHS_27

if TYPE_CHECKING:
    from layout_parts import Site

HELD_OUT_27_EXTRAS = ("h27-age-note", "h27-bare-sentence", "h27-tipline")
# Teaser layouts of the set (a site has one of them at most).
TEASER_FORMS = ("h27-brief", "h27-credit", "h27-bylines", "h27-timeline", "h27-nextup")
# The sites that lay their teasers out as the other sets do.
OTHER_SETS_TEASERS = (4, 10)


def draw(site: Site, words: Words, rng: random.Random, n: int) -> None:
    """Give the n-th site some of the set's own parts (each goes to two sites at least)."""
    from layout_parts import draw_set_site

    draw_set_site(site, HELD_OUT_27_EXTRAS, TEASER_FORMS, OTHER_SETS_TEASERS, PARTS, rng, n, 0.3)
    site.words["agencies"] = "|".join(words.agencies)


def _first(other: dict[str, Any], rng: random.Random) -> str:
    """Return another story's first whole sentence (its lead cut at a word if none)."""
    from layout_parts import lead

    return (_sentences(other["body"]) or [lead(other, rng)])[0]


def _date(rng: random.Random) -> str:
    """Return a date as the set writes it."""
    return f"{rng.randint(1, 28)}. {rng.choice(MONTHS_27)} 20{rng.randint(17, 24)}"


def under_title(site: Site, rng: random.Random, fams: set[str]) -> list[str]:
    """Return the note on the article's age."""
    if "h27-age-note" not in site.extra:
        return []
    fams.add("variant-h27-age-note")
    return [site.words["age-note"].format(n=rng.randint(2, 9))]


def after_paragraph(
    site: Site,
    i: int,
    n: int,
    others: list[dict[str, Any]],
    rng: random.Random,
    fams: set[str],
) -> tuple[list[str], list[str]]:
    """Return another story's first sentence after the last but one of n paragraphs, and
    its text, which must not be kept."""
    if "h27-bare-sentence" not in site.extra or n < 3 or i != n - 2:
        return [], []
    fams.add("variant-h27-bare-sentence")
    first = _first(rng.choice(others), rng)
    return [first], [first[:60]]


def after_body(site: Site, rng: random.Random, fams: set[str]) -> list[str]:
    """Return the line asking for tips."""
    if "h27-tipline" not in site.extra:
        return []
    fams.add("variant-h27-tipline")
    return [site.words["tipline"].format(a=rng.randint(300, 9999), b=rng.randint(1000, 99999))]


def teaser_block(
    site: Site, others: list[dict[str, Any]], rng: random.Random, fams: set[str]
) -> tuple[list[str], list[str]] | None:
    """Return the set's own teaser block and the texts that must not leak (None: the
    site lays its teasers out as the other sets do)."""
    from layout_parts import lead, own_teaser_form

    form = own_teaser_form(site, TEASER_FORMS, fams)
    if not form:
        return None
    heads = {
        "h27-brief": "brief-head",
        "h27-bylines": "byline-head",
        "h27-timeline": "timeline-head",
    }
    lines: list[str] = []
    if form in heads:
        fams.add("footer-heading")
        lines.append(site.words[heads[form]])
    else:
        fams.add("footer-no-heading")
    must_go: list[str] = []
    if form == "h27-brief":
        firsts = [_first(other, rng) for other in others[:4]]
        lines.append(" ".join(firsts))
        return lines, [f[:60] for f in firsts]
    if form == "h27-nextup":
        other = others[0]
        cut = lead(other, rng)
        lines += [site.words["nextup"].format(s=rng.randint(3, 15)), other["title"], cut]
        lines.append(site.words["nextup-stop"])
        return lines, [other["title"], cut[:60]]
    agencies = site.words["agencies"].split("|")
    for other in others:
        title = other["title"]
        if form == "h27-credit":
            first = _first(other, rng)
            lines += [site.words["credit-head"].format(agency=rng.choice(agencies), title=title)]
            lines.append(first)
            must_go += [title, first[:60]]
        elif form == "h27-bylines":
            row = site.words["byline-row"]
            lines.append(row.format(title=title, name=rng.choice(NAMES), date=_date(rng)))
            must_go.append(title)
        else:
            first = _first(other, rng)
            lines.append(site.words["timeline-row"].format(date=_date(rng), sentence=first))
            must_go.append(first[:60])
    return lines, must_go
