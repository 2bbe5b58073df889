"""Parts only the eighth held-out pair's pages have (bench/layouts.py, set "held-out-8").

Written from what real aggregators and news apps put around an article, in shapes and
orders no earlier set has: an app banner and a free-article meter before the title, a
summary toggle and a gift line under it, a topic-hub link and a teaser card (an icon,
another article's headline and a date or age) between paragraphs, a licence note, a
note on automated drafting and a read counter after the body; teasers as rows of a
Markdown table, as HTML links left over from the conversion, as numbered references
with the site's host, and as headline and lead on one line joined by a symbol.
"""

from __future__ import annotations

import random
from typing import TYPE_CHECKING, Any

from layout_words import Words
from layout_words_heldout8 import HELD_OUT_8_PARTS as PARTS
from layout_words_heldout8 import HOSTS

if TYPE_CHECKING:
    from layout_parts import Site

HELD_OUT_8_EXTRAS = (
    "h8-app-banner",
    "h8-meter",
    "h8-digest-toggle",
    "h8-gift",
    "h8-dossier",
    "h8-card",
    "h8-license",
    "h8-ai-note",
    "h8-read-count",
    "h8-pipe-teasers",
    "h8-html-teasers",
    "h8-footnote-teasers",
    "h8-dash-teasers",
)
# Teaser layouts of the set (a site has one of them at most).
TEASER_FORMS = ("h8-pipe-teasers", "h8-html-teasers", "h8-footnote-teasers", "h8-dash-teasers")


def draw(site: Site, words: Words, rng: random.Random, n: int) -> None:
    """Give the n-th site some of the set's own parts (each goes to two sites at least)."""
    from layout_parts import draw_own_parts

    draw_own_parts(site, HELD_OUT_8_EXTRAS, TEASER_FORMS, rng, n, share=0.22)
    site.words = {key: rng.choice(values) for key, values in PARTS.items()}
    site.words["host"] = rng.choice(HOSTS)


def pre_title(site: Site, rng: random.Random, fams: set[str]) -> list[str]:
    """Return the lines right before the title: an app banner, a free-article meter."""
    out: list[str] = []
    if "h8-app-banner" in site.extra:
        fams.add("variant-h8-app-banner")
        out.append(site.words["app-banner"])
    if "h8-meter" in site.extra:
        fams.add("variant-h8-meter")
        out.append(site.words["meter"].format(k=rng.randint(1, 9)))
    return out


def under_title(site: Site, fams: set[str]) -> list[str]:
    """Return a summary toggle and a gift line under the title."""
    out: list[str] = []
    if "h8-digest-toggle" in site.extra:
        fams.add("variant-h8-digest-toggle")
        out.append(site.words["digest-toggle"])
    if "h8-gift" in site.extra:
        fams.add("variant-h8-gift")
        out.append(site.words["gift"])
    return out


def after_paragraph(
    site: Site,
    i: int,
    n: int,
    words: Words,
    others: list[dict[str, Any]],
    rng: random.Random,
    fams: set[str],
) -> tuple[list[str], list[str]]:
    """Return the lines after the i-th of n paragraphs (a topic-hub link, a teaser card)
    and the other articles' headlines among them."""
    out: list[str] = []
    gone: list[str] = []
    if "h8-dossier" in site.extra and i == 0 and n > 1:
        fams.add("variant-h8-dossier")
        out.append(site.words["dossier"].format(section=rng.choice(words.sections)))
    if "h8-card" in site.extra and i == n - 2 and n > 2:
        fams.add("variant-h8-card")
        title = rng.choice(others)["title"]
        card = site.words["card"].format(
            title=title, d=rng.randint(1, 28), m=rng.randint(1, 12), h=rng.randint(1, 23)
        )
        out.append(card)
        gone.append(title)
    return out, gone


def after_body(site: Site, rng: random.Random, fams: set[str]) -> list[str]:
    """Return the lines right after the body: a licence note, a note on automated
    drafting, a read counter."""
    out: list[str] = []
    if "h8-license" in site.extra:
        fams.add("variant-h8-license")
        out.append(site.words["license"])
    if "h8-ai-note" in site.extra:
        fams.add("variant-h8-ai-note")
        out.append(site.words["ai-note"])
    if "h8-read-count" in site.extra:
        fams.add("variant-h8-read-count")
        out.append(
            site.words["read-count"].format(n=f"{rng.randint(120, 9800):,}".replace(",", "."))
        )
    return out


def _slug(title: str) -> str:
    """Return a link's path made from a headline."""
    words = "".join(c if c.isalnum() else " " for c in title.lower()).split()
    return "_".join(words[:4])


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
    if form == "h8-pipe-teasers":
        lines.append("|---|---|")
    for i, other in enumerate(others, 1):
        title = other["title"]
        if form == "h8-pipe-teasers":
            row = site.words["pipe-row"].format(
                title=title,
                section=rng.choice(words.sections),
                d=rng.randint(1, 28),
                m=rng.randint(1, 12),
            )
            lines.append(row)
            must_go.append(title)
        elif form == "h8-html-teasers":
            lines.append(site.words["html-link"].format(title=title, slug=_slug(title)))
            must_go.append(title)
        elif form == "h8-footnote-teasers":
            lines.append(site.words["footnote"].format(i=i, title=title, host=site.words["host"]))
            must_go.append(title)
        else:
            text = lead(other, rng)
            text += site.marker if site.teaser_style == "marker" else site.ellipsis
            lines.append(site.words["headline-dash-lead"].format(title=title, lead=text))
            must_go += [title, text[:60]]
    return lines, must_go
