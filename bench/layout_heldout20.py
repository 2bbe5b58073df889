"""Parts only the twentieth held-out pair's pages have (bench/layouts.py, set "held-out-20").

Written from what real aggregators and scrapes of them put around an article, in
arrangements no earlier set has: a pointer to another article's headline after the first
paragraph, on one line or as a label line over the headline; earlier stories' headlines
each with a time of day between the title and the body, under no heading; chrome lines
after the body (tags, a correction prompt, reader tools, the time of the last amendment,
a line about the author). Teasers after the body, with no marker: a headline run into its
lead cut at a word behind a separator; a grid of headlines flattened to rows of two or
four; a section kicker in capitals before a headline over a lead cut at a word; a ticker
of other stories' first sentences behind times of day, with no headline; a Markdown table
of headlines and their leads.
"""

from __future__ import annotations

import random
from typing import TYPE_CHECKING, Any

from layout_heldout15 import _first_sentence
from layout_words import NAMES, Words
from layout_words_heldout20 import HELD_OUT_20_PARTS as PARTS
from layout_words_heldout20 import MONTHS_DE, MONTHS_EN

if TYPE_CHECKING:
    from layout_parts import Site

HELD_OUT_20_EXTRAS = (
    "h20-pointer",
    "h20-top-stamped",
    "h20-after-chrome",
    "h20-run-in",
    "h20-grid",
    "h20-kicker-cards",
    "h20-ticker",
    "h20-table",
)
# Teaser layouts of the set (a site has one of them at most).
TEASER_FORMS = ("h20-run-in", "h20-grid", "h20-kicker-cards", "h20-ticker", "h20-table")
# The sites that lay their teasers out as the other sets do.
OTHER_SETS_TEASERS = (4, 10)
CHROME_KEYS = ("tags", "correction", "tools", "amended", "writer-note")


def draw(site: Site, words: Words, rng: random.Random, n: int) -> None:
    """Give the n-th site some of the set's own parts (each goes to two sites at least)."""
    from layout_parts import draw_set_site

    draw_set_site(
        site, HELD_OUT_20_EXTRAS[:3], TEASER_FORMS, OTHER_SETS_TEASERS, PARTS, rng, n, 0.3
    )
    site.words["kicker"] = rng.choice(words.sections).upper()
    site.words["row-width"] = rng.choice(("2", "4"))
    keys = rng.sample(CHROME_KEYS, rng.randint(2, 3))
    site.words["chrome"] = "\x1f".join(k for k in CHROME_KEYS if k in keys)


def _clock(rng: random.Random) -> dict[str, str]:
    """Return a time of day."""
    return {"hh": f"{rng.randint(6, 23):02d}", "mm": f"{rng.randint(0, 59):02d}"}


def before_body(
    site: Site, others: list[dict[str, Any]], rng: random.Random, fams: set[str]
) -> tuple[list[str], list[str]]:
    """Return earlier stories' headlines, each with a time of day, between the title and
    the body (no heading), and the headlines, which must not be kept."""
    if "h20-top-stamped" not in site.extra:
        return [], []
    fams.add("variant-h20-top-stamped")
    picked = others[: rng.randint(2, 4)]
    form = site.words["top-stamp"]
    return [form.format(title=d["title"], **_clock(rng)) for d in picked], [
        d["title"] for d in picked
    ]


def after_paragraph(
    site: Site,
    i: int,
    n: int,
    others: list[dict[str, Any]],
    rng: random.Random,
    fams: set[str],
) -> tuple[list[str], list[str]]:
    """Return a pointer to another article's headline after the first of n paragraphs
    (one line, or a label line over the headline), and that headline."""
    if "h20-pointer" not in site.extra or n < 3 or i != 0:
        return [], []
    fams.add("variant-h20-pointer")
    title = rng.choice(others)["title"]
    return site.words["pointer"].format(title=title).split("\n"), [title]


def after_body(site: Site, rng: random.Random, fams: set[str]) -> list[str]:
    """Return the chrome lines right after the body (tags, corrections, tools, the last
    amendment, the author)."""
    if "h20-after-chrome" not in site.extra:
        return []
    fams.add("variant-h20-after-chrome")
    month = rng.randint(1, 12)
    values = {
        "day": str(rng.randint(1, 28)),
        "month": f"{month:02d}",
        "year": f"20{rng.randint(17, 24)}",
        "mname": MONTHS_DE[month - 1],
        "ename": MONTHS_EN[month - 1],
        "name": rng.choice(NAMES),
        "site": site.name,
        **_clock(rng),
    }
    return [site.words[key].format(**values) for key in site.words["chrome"].split("\x1f")]


def teaser_block(
    site: Site, others: list[dict[str, Any]], rng: random.Random, fams: set[str]
) -> tuple[list[str], list[str]] | None:
    """Return the set's own teaser block and the texts that must not leak (None: the
    site lays its teasers out as the other sets do)."""
    from layout_parts import lead, own_teaser_form

    form = own_teaser_form(site, TEASER_FORMS, fams)
    if not form:
        return None
    fams.add("footer-no-heading")
    lines: list[str] = []
    must_go: list[str] = []
    if form == "h20-grid":
        width = int(site.words["row-width"])
        for start in range(0, len(others), width):
            row = [d["title"] for d in others[start : start + width]]
            lines.append(site.words["row-joiner"].join(row))
            must_go += row
        return lines, must_go
    if form == "h20-table":
        lines += [site.words["table-head"], "|---|---|"]
    for other in others:
        title = other["title"]
        cut = lead(other, rng)
        if form == "h20-run-in":
            lines.append(f"{title}{site.words['run-sep']}{cut}")
            must_go += [title, cut[:60]]
        elif form == "h20-kicker-cards":
            lines += [f"{site.words['kicker']}: {title}", cut]
            must_go += [title, cut[:60]]
        elif form == "h20-ticker":
            whole = _first_sentence(other["body"], 50, 260) or cut
            lines.append(site.words["ticker-stamp"].format(text=whole, **_clock(rng)))
            must_go.append(whole[:60])
        else:
            lines.append(f"| {title} | {cut} … |")
            must_go += [title, cut[:60]]
    return lines, must_go
