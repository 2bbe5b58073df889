"""Parts only the tenth held-out pair's pages have (bench/layouts.py, set "held-out-10").

Written from what real aggregators put around an article, in shapes and orders no
earlier set has: a ticker naming another story (with a time stamp or a label and an
arrow) and a night-view toggle before the title, an affiliate disclosure and a region
switch under it, a product box, a glossary line and an inline "already read?" teaser
naming another article between paragraphs, a plain-language link, a QR-code line and a
shop advert after the body; teasers as RSS/XML or list-item rows and as BBCode links
left over from the conversion, as a headline ending in a colon over a tab-indented lead,
numbered with circled digits, and with the teaser's age after the headline; teaser
blocks with no heading at all; separator lines holding a tab; line ends that change
from CRLF to LF in the middle of the page.
"""

from __future__ import annotations

import random
from typing import TYPE_CHECKING, Any

from layout_words import Words
from layout_words_heldout10 import HELD_OUT_10_PARTS as PARTS
from layout_words_heldout10 import HOSTS

if TYPE_CHECKING:
    from layout_parts import Site

HELD_OUT_10_EXTRAS = (
    "h10-ticker",
    "h10-night",
    "h10-disclosure",
    "h10-region",
    "h10-product",
    "h10-glossary",
    "h10-inline-ask",
    "h10-easy-language",
    "h10-qr",
    "h10-shop",
    "h10-no-heading",
    "h10-tab-lines",
    "h10-mixed-eol",
    "h10-xml-teasers",
    "h10-bbcode-teasers",
    "h10-colon-teasers",
    "h10-circled-teasers",
    "h10-age-teasers",
)
# Teaser layouts of the set (a site has one of them at most).
TEASER_FORMS = (
    "h10-xml-teasers",
    "h10-bbcode-teasers",
    "h10-colon-teasers",
    "h10-circled-teasers",
    "h10-age-teasers",
)
CIRCLED = "①②③④⑤⑥⑦⑧⑨⑩"


def draw(site: Site, words: Words, rng: random.Random, n: int) -> None:
    """Give the n-th site some of the set's own parts (each goes to one site at least)."""
    from layout_parts import draw_own_parts

    draw_own_parts(site, HELD_OUT_10_EXTRAS, TEASER_FORMS, rng, n, share=0.2)
    site.words = {key: rng.choice(values) for key, values in PARTS.items()}
    site.words["host"] = rng.choice(HOSTS)
    if "h10-no-heading" in site.extra:
        site.heading = None
    if "h10-tab-lines" in site.extra:
        site.sep = "\n\t\n"


def pre_title(
    site: Site,
    doc: dict[str, Any],
    pool: list[dict[str, Any]],
    rng: random.Random,
    fams: set[str],
) -> tuple[list[str], list[str]]:
    """Return the lines right before the title (a ticker naming another story, a
    night-view toggle) and the ticker's headline, which must not be kept."""
    out: list[str] = []
    gone: list[str] = []
    for part in ("no-heading", "tab-lines"):
        # Page-wide variants, named here as every page passes here once.
        if f"h10-{part}" in site.extra:
            fams.add(f"variant-h10-{part}")
    if "h10-ticker" in site.extra:
        fams.add("variant-h10-ticker")
        title = rng.choice([d for d in pool if d["id"] != doc["id"]])["title"]
        hh, mm = rng.randint(0, 23), rng.randint(0, 59)
        out.append(site.words["ticker"].format(hh=hh, mm=mm, title=title))
        gone.append(title)
    if "h10-night" in site.extra:
        fams.add("variant-h10-night")
        out.append(site.words["night"])
    return out, gone


def under_title(site: Site, words: Words, rng: random.Random, fams: set[str]) -> list[str]:
    """Return the lines under the title: an affiliate disclosure, a region switch."""
    out: list[str] = []
    if "h10-disclosure" in site.extra:
        fams.add("variant-h10-disclosure")
        out.append(site.words["disclosure"])
    if "h10-region" in site.extra:
        fams.add("variant-h10-region")
        out.append(site.words["region"].format(section=rng.choice(words.sections)))
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
    """Return the lines after the i-th of n paragraphs (a glossary line, a product box,
    an inline teaser) and the headlines named there, which must not be kept."""
    out: list[str] = []
    gone: list[str] = []
    if "h10-glossary" in site.extra and i == 1 and n > 2:
        fams.add("variant-h10-glossary")
        out.append(site.words["glossary"].format(section=rng.choice(words.sections)))
    if "h10-product" in site.extra and i == n // 2 and n > 3:
        fams.add("variant-h10-product")
        out.append(site.words["product"])
    if "h10-inline-ask" in site.extra and 0 < i < n - 1 and rng.random() < 0.35:
        fams.add("variant-h10-inline-ask")
        title = rng.choice(others)["title"]
        out.append(site.words["inline-ask"].format(title=title))
        gone.append(title)
    return out, gone


def after_body(site: Site, rng: random.Random, fams: set[str]) -> list[str]:
    """Return the lines right after the body: a plain-language link, a QR-code line, a
    shop advert."""
    out: list[str] = []
    for part in ("easy-language", "qr"):
        if f"h10-{part}" in site.extra:
            fams.add(f"variant-h10-{part}")
            out.append(site.words[part])
    if "h10-shop" in site.extra:
        fams.add("variant-h10-shop")
        out.append(site.words["shop"].format(year=rng.randint(2019, 2025)))
    return out


def _slug(title: str) -> str:
    """Return a link's path made from a headline."""
    words = "".join(c if c.isalnum() else " " for c in title.lower()).split()
    return "-".join(words[:6])


def teaser_block(
    site: Site, others: list[dict[str, Any]], rng: random.Random, fams: set[str]
) -> tuple[list[str], list[str]] | None:
    """Return the set's own teaser block and the texts that must not leak (None: the
    site lays its teasers out as the other sets do)."""
    from layout_parts import lead, open_own_teasers

    opened = open_own_teasers(site, TEASER_FORMS, fams)
    if opened is None:
        return None
    form, lines = opened
    must_go: list[str] = []
    for i, other in enumerate(others):
        title = other["title"]
        if form == "h10-xml-teasers":
            lines.append(site.words["xml-row"].format(title=title, slug=_slug(title)))
            must_go.append(title)
            continue
        if form == "h10-circled-teasers":
            lines.append(f"{CIRCLED[i % len(CIRCLED)]} {title}")
            must_go.append(title)
            continue
        text = lead(other, rng)
        text += site.marker if site.teaser_style == "marker" else site.ellipsis
        if form == "h10-bbcode-teasers":
            row = site.words["bbcode-row"]
            lines.append(row.format(title=title, slug=_slug(title), host=site.words["host"]))
            lines.append(text)
        elif form == "h10-colon-teasers":
            lines.append(f"{title}:")
            lines.append(f"\t{text}")
        else:
            lines.append(f"{title} · {site.words['age'].format(n=rng.randint(1, 23))}")
            lines.append(text)
        must_go += [title, text[:60]]
    return lines, must_go


def line_ends(site: Site, text: str, fams: set[str]) -> str:
    """Return the page's text with CRLF line ends in its first half and LF after it, as
    a page stitched from two templates has (only on a page of LF line ends)."""
    if "h10-mixed-eol" not in site.extra or "\r" in text:
        return text
    fams.add("format-h10-mixed-eol")
    half = len(text) // 2
    cut = text.find("\n", half)
    if cut < 0:
        return text
    return text[:cut].replace("\n", "\r\n") + text[cut:]
