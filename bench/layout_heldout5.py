"""Parts only the fifth held-out pair's pages have (bench/layouts.py, set "held-out-5").

Written from what real aggregators put around an article, in shapes and orders no
earlier set has: a "skip to content" link, a breaking-news ticker naming another
article and text-size controls before the title, the breadcrumb under the title (not
over it), a bookmark line and a "key points" box of the article's own sentences under
it, a poll and a subscriber-only teaser (a badge before another headline) between
paragraphs, a correction note and an agency-material line after the body, a
cookie-settings link and a "top of page" line at the end; teasers as a row of headline,
date and section, as a lead and a headline joined on one line by a separator, with a
reading-time line after the lead, and numbered with a rule line between teasers.
"""

from __future__ import annotations

import random
import re
from typing import TYPE_CHECKING, Any

from layout_words import Words
from layout_words_heldout5 import HELD_OUT_5_PARTS as PARTS

if TYPE_CHECKING:
    from layout_parts import Site

HELD_OUT_5_EXTRAS = (
    "h5-skip",
    "h5-ticker",
    "h5-font",
    "h5-crumb-under",
    "h5-bookmark",
    "h5-keypoints",
    "h5-poll",
    "h5-plus",
    "h5-correction",
    "h5-material",
    "h5-cookie-link",
    "h5-top",
    "h5-row-teasers",
    "h5-joined-teasers",
    "h5-minutes-teasers",
    "h5-counter-teasers",
)
# Teaser layouts of the set (a site has one of them at most).
TEASER_FORMS = ("h5-row-teasers", "h5-joined-teasers", "h5-minutes-teasers", "h5-counter-teasers")
SENTENCE = re.compile(r"[^.!?]{50,160}[.!?]")


def draw(site: Site, words: Words, rng: random.Random, n: int) -> None:
    """Give the n-th site some of the set's own parts (each goes to two sites at least)."""
    from layout_parts import draw_own_parts

    draw_own_parts(site, HELD_OUT_5_EXTRAS, TEASER_FORMS, rng, n)
    site.words = {key: rng.choice(values) for key, values in PARTS.items()}


def pre_title(
    site: Site,
    doc: dict[str, Any],
    pool: list[dict[str, Any]],
    rng: random.Random,
    fams: set[str],
) -> tuple[list[str], list[str]]:
    """Return the lines before the title (skip link, ticker, text size) and the ticker's
    headline, which must not be kept."""
    out: list[str] = []
    must_go: list[str] = []
    if "h5-skip" in site.extra:
        fams.add("variant-h5-skip")
        out.append(site.words["skip"])
    if "h5-ticker" in site.extra:
        fams.add("variant-h5-ticker")
        title = rng.choice([d for d in pool if d["id"] != doc["id"]])["title"]
        out.append(site.words["ticker"].format(title=title))
        must_go.append(title)
    if "h5-font" in site.extra:
        fams.add("variant-h5-font")
        out.append(site.words["font"])
    return out, must_go


def under_title(
    site: Site, words: Words, body: list[str], rng: random.Random, fams: set[str]
) -> list[str]:
    """Return the lines under the title: a breadcrumb, a bookmark line, key points."""
    out = []
    if "h5-crumb-under" in site.extra:
        fams.add("variant-h5-crumb-under")
        out.append(site.crumb_sep.join(rng.sample(words.sections, rng.randint(2, 3))))
    if "h5-bookmark" in site.extra:
        fams.add("variant-h5-bookmark")
        out.append(site.words["bookmark"])
    if "h5-keypoints" in site.extra:
        found = SENTENCE.findall(" ".join(body))
        if len(found) >= 2:
            fams.add("variant-h5-keypoints")
            out.append(site.words["keypoints"])
            out += [site.words["keybullet"] + s.strip() for s in rng.sample(found, 2)]
    return out


def after_paragraph(
    site: Site, i: int, n: int, others: list[dict[str, Any]], rng: random.Random, fams: set[str]
) -> tuple[list[str], list[str]]:
    """Return the lines after the i-th of n paragraphs (a poll, a subscriber-only teaser)
    and the teaser texts among them."""
    if "h5-poll" in site.extra and i == 0 and n > 1:
        fams.add("variant-h5-poll")
        return [site.words["poll"]], []
    if "h5-plus" in site.extra and i == 1 and n > 2:
        fams.add("variant-h5-plus")
        title = rng.choice(others)["title"]
        return [site.words["plus"] + title], [title]
    return [], []


def after_body(site: Site, fams: set[str]) -> list[str]:
    """Return the lines right after the body: an agency line, a correction note."""
    out = []
    for part in ("material", "correction"):
        if f"h5-{part}" in site.extra:
            fams.add(f"variant-h5-{part}")
            out.append(site.words[part])
    return out


def teaser_block(
    site: Site, words: Words, others: list[dict[str, Any]], rng: random.Random, fams: set[str]
) -> tuple[list[str], list[str]] | None:
    """Return the set's own teaser block and the texts that must not leak (None: the
    site lays its teasers out as the other sets do)."""
    from layout_parts import lead, open_own_teasers

    opened = open_own_teasers(site, TEASER_FORMS, fams)
    if opened is None:
        return None
    form, lines = opened
    must_go: list[str] = []
    for i, other in enumerate(others, 1):
        title = other["title"]
        must_go.append(title)
        if form == "h5-row-teasers":
            d, m, section = rng.randint(1, 28), rng.randint(1, 12), rng.choice(words.sections)
            lines.append(site.words["teaser-row"].format(title=title, d=d, m=m, section=section))
            continue
        text = lead(other, rng) + (site.marker if site.teaser_style == "marker" else " (…)")
        must_go.append(text[:60])
        if form == "h5-joined-teasers":
            lines.append(text + site.words["teaser-join"] + title)
        elif form == "h5-minutes-teasers":
            lines += [title, text, site.words["teaser-minutes"].format(n=rng.randint(2, 9))]
        else:
            counter = site.words["teaser-counter"].format(i=i, k=len(others))
            lines += [counter, title, text]
            if i < len(others):
                lines.append(site.words["teaser-rule"])
    return lines, must_go


def page_end(site: Site, fams: set[str]) -> list[str]:
    """Return the lines at the end of the page: a cookie-settings link, "top of page"."""
    out = []
    for part in ("cookie-link", "top"):
        if f"h5-{part}" in site.extra:
            fams.add(f"variant-h5-{part}")
            out.append(site.words[part])
    return out
