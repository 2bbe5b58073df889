"""Parts only the fourth held-out pair's pages have (bench/layouts.py, set "held-out-4").

Written from what real aggregators put around an article, unlike every earlier set: an
edition switch, a push-notification prompt and a login line before the title, a rule
line under the title and an "updated n minutes ago" line, a placeholder of blocked
embedded content and a pull quote (a sentence of the article repeated) between
paragraphs, paragraphs hard-wrapped at a fixed width, a support appeal and an app line
after the body, a "back to the home page" line at the end; teasers of an author and a
headline, of a date and a headline, with the lead before the headline, and with an image
tag before the headline.
"""

from __future__ import annotations

import random
import re
import textwrap
from typing import TYPE_CHECKING, Any

from layout_words import NAMES, Words
from layout_words_heldout4 import HELD_OUT_4_PARTS as PARTS

if TYPE_CHECKING:
    from layout_parts import Site

HELD_OUT_4_EXTRAS = (
    "edition",
    "push",
    "login",
    "title-rule",
    "updated",
    "embed",
    "pull-quote",
    "hard-wrap",
    "support",
    "app",
    "home",
    "author-teasers",
    "date-teasers",
    "lead-first-teasers",
    "image-teasers",
)
# Teaser layouts of the set (a site has one of them at most).
TEASER_FORMS = ("author-teasers", "date-teasers", "lead-first-teasers", "image-teasers")
SENTENCE = re.compile(r"[^.!?]{60,200}[.!?]")


def draw(site: Site, words: Words, rng: random.Random, n: int) -> None:
    """Give the n-th site some of the set's own parts (each goes to two sites at least)."""
    from layout_parts import draw_own_parts

    draw_own_parts(site, HELD_OUT_4_EXTRAS, TEASER_FORMS, rng, n)
    site.words = {
        "edition": rng.choice(PARTS["edition"]).format(section=rng.choice(words.sections)),
        "push": rng.choice(PARTS["push"]),
        "login": rng.choice(PARTS["login"]),
        "rule": rng.choice(["=" * 40, "-" * 32, "_" * 24, "═" * 30]),
        "updated": rng.choice(PARTS["updated"]),
        "embed": rng.choice(PARTS["embed"]),
        "quote-mark": rng.choice(PARTS["quote-mark"]),
        "width": str(rng.choice([64, 72, 78])),
        "support": rng.choice(PARTS["support"]),
        "app": rng.choice(PARTS["app"]),
        "home": rng.choice(PARTS["home"]),
        "teaser-author": rng.choice(PARTS["teaser-authors"]),
        "teaser-date": rng.choice(PARTS["teaser-dates"]),
        "image-tag": rng.choice(PARTS["image-tags"]),
    }


def pre_title(site: Site, rng: random.Random, fams: set[str]) -> list[str]:
    """Return the lines before the title: login, edition switch, push prompt."""
    out = []
    for part in ("login", "edition", "push"):
        if part in site.extra:
            fams.add(f"variant-{part}")
            out.append(site.words[part])
    return out


def under_title(site: Site, rng: random.Random, fams: set[str]) -> list[str]:
    """Return the lines right under the title: a rule line, an "updated" line."""
    out = []
    if "title-rule" in site.extra:
        fams.add("variant-title-rule")
        out.append(site.words["rule"])
    if "updated" in site.extra:
        fams.add("variant-updated")
        hh, mm = f"{rng.randint(6, 23):02d}", f"{rng.randint(0, 59):02d}"
        out.append(site.words["updated"].format(n=rng.randint(2, 59), hh=hh, mm=mm))
    return out


def after_paragraph(
    site: Site, i: int, body: list[str], rng: random.Random, fams: set[str]
) -> list[str]:
    """Return the lines after the i-th paragraph: an embed placeholder, a pull quote."""
    out = []
    if "embed" in site.extra and i == 0 and len(body) > 1:
        fams.add("variant-embed")
        out.append(site.words["embed"])
    if "pull-quote" in site.extra and i == 1 and len(body) > 2:
        found = SENTENCE.findall(" ".join(body))
        if found:
            fams.add("variant-pull-quote")
            mark = site.words["quote-mark"]
            close = {"„": "“", "» ": " «", "“": "”"}[mark]
            out.append(mark + rng.choice(found).strip() + close)
    return out


def wrap(site: Site, para: str, fams: set[str]) -> list[str]:
    """Return a paragraph as the site shows it: whole, or hard-wrapped at its width."""
    if "hard-wrap" not in site.extra:
        return [para]
    fams.add("format-hard-wrap")
    return textwrap.wrap(para, int(site.words["width"]), break_on_hyphens=False)


def after_body(site: Site, fams: set[str]) -> list[str]:
    """Return the lines right after the body: a support appeal, an app line."""
    out = []
    for part in ("support", "app"):
        if part in site.extra:
            fams.add(f"variant-{part}")
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
    for other in others:
        title = other["title"]
        must_go.append(title)
        if form == "author-teasers":
            lines.append(site.words["teaser-author"].format(name=rng.choice(NAMES), title=title))
        elif form == "date-teasers":
            d, m = rng.randint(1, 28), rng.randint(1, 12)
            lines.append(site.words["teaser-date"].format(d=d, m=m, title=title))
        else:
            text = lead(other, rng) + (site.marker if site.teaser_style == "marker" else " …")
            must_go.append(text[:60])
            if form == "lead-first-teasers":
                lines += [text, title]
            else:
                lines += [site.words["image-tag"] + title, text]
    return lines, must_go


def page_end(site: Site, fams: set[str]) -> list[str]:
    """Return the line at the end of the page: back to the home page."""
    if "home" not in site.extra:
        return []
    fams.add("variant-home")
    return [site.words["home"]]
