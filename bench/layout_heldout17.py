"""Parts only the seventeenth held-out pair's pages have (bench/layouts.py, set "held-out-17").

Written from what real aggregators and scrapes of them put after and inside an article,
in shapes no earlier set has: one-line pointers to another article's headline between
paragraphs, worded before or after the headline; a few chrome lines of reader tools
(error report, read-aloud, text size, print, rating) right after the body; teasers of a
headline and a lead of one or two whole sentences with no marker and no heading; teasers
of a whole-sentence lead alone (no headline) followed by an author and date line; one
bare list of headlines after the body with no heading and no bullets; a box of earlier
stories under a heading, each a date line over a headline and its first sentence.
"""

from __future__ import annotations

import random
from typing import TYPE_CHECKING, Any

from layout_heldout15 import _first_sentence
from layout_words import NAMES, Words
from layout_words_heldout17 import HELD_OUT_17_PARTS as PARTS
from layout_words_heldout17 import MONTHS_DE, MONTHS_EN

if TYPE_CHECKING:
    from layout_parts import Site

HELD_OUT_17_EXTRAS = (
    "h17-inline-line",
    "h17-reader-tools",
    "h17-sentence-teasers",
    "h17-lead-teasers",
    "h17-bare-list",
    "h17-dated-box",
)
# Teaser layouts of the set (a site has one of them at most).
TEASER_FORMS = (
    "h17-sentence-teasers",
    "h17-lead-teasers",
    "h17-bare-list",
    "h17-dated-box",
)


def draw(site: Site, words: Words, rng: random.Random, n: int) -> None:
    """Give the n-th site some of the set's own parts (each goes to two sites at least)."""
    from layout_parts import draw_own_parts

    draw_own_parts(site, HELD_OUT_17_EXTRAS, TEASER_FORMS, rng, n, share=0.25)
    site.words = {key: rng.choice(values) for key, values in PARTS.items()}
    site.words["chrome"] = "|".join(rng.sample(PARTS["chrome"], rng.randint(2, 3)))


def _date(form: str, rng: random.Random) -> str:
    """Return a date in one of the set's forms."""
    month = rng.randint(1, 12)
    return form.format(
        day=rng.randint(1, 28),
        month=f"{month:02d}",
        year=f"20{rng.randint(17, 24)}",
        mname=MONTHS_DE[month - 1],
        ename=MONTHS_EN[month - 1],
    )


def _sentences(text: str, low: int, high: int) -> str:
    """Return the first one or two whole sentences of text ('' if there is none)."""
    first = _first_sentence(text, low, high)
    if not first or len(first) >= 110:
        return first
    rest = " ".join(text.split())[len(first) :].strip()
    second = _first_sentence(rest, 30, 200)
    return f"{first} {second}" if second else first


def after_paragraph(
    site: Site,
    i: int,
    n: int,
    others: list[dict[str, Any]],
    rng: random.Random,
    fams: set[str],
) -> tuple[list[str], list[str]]:
    """Return a one-line pointer to another article's headline after the i-th of n
    paragraphs, and that headline, which must not be kept."""
    if "h17-inline-line" not in site.extra or n < 3 or i not in (0, n - 2):
        return [], []
    fams.add("variant-h17-inline-line")
    title = rng.choice(others)["title"]
    return [site.words["inline-line"].format(title=title)], [title]


def after_body(site: Site, fams: set[str]) -> list[str]:
    """Return the reader tools' lines right after the body."""
    if "h17-reader-tools" not in site.extra:
        return []
    fams.add("variant-h17-reader-tools")
    return site.words["chrome"].split("|")


def teaser_block(
    site: Site, others: list[dict[str, Any]], rng: random.Random, fams: set[str]
) -> tuple[list[str], list[str]] | None:
    """Return the set's own teaser block and the texts that must not leak (None: the
    site lays its teasers out as the other sets do)."""
    from layout_parts import lead, own_teaser_form, teaser_heading

    form = own_teaser_form(site, TEASER_FORMS, fams)
    if not form:
        return None
    headed = form in ("h17-lead-teasers", "h17-dated-box")
    if headed and form == "h17-dated-box":
        fams.add("footer-heading")
        lines = [site.words["box-head"]]
    elif headed:
        lines = teaser_heading(site, fams)
    else:
        fams.add("footer-no-heading")
        lines = []
    must_go: list[str] = []
    for other in others:
        title = other["title"]
        whole = _sentences(other["body"], 60, 260) or lead(other, rng)
        if form == "h17-sentence-teasers":
            lines += [title, whole]
            must_go += [title, whole[:60]]
        elif form == "h17-lead-teasers":
            byline = _date(site.words["lead-byline"].replace("{name}", rng.choice(NAMES)), rng)
            lines += [whole, byline]
            must_go.append(whole[:60])
        elif form == "h17-bare-list":
            lines.append(title)
            must_go.append(title)
        else:
            first = _first_sentence(other["body"], 40, 240)
            lines += [_date(site.words["box-date"], rng), title] + ([first] if first else [])
            must_go += [title] + ([first[:60]] if first else [])
    return lines, must_go
