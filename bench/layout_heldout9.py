"""Parts only the ninth held-out pair's pages have (bench/layouts.py, set "held-out-9").

Written from what real aggregators put around an article, in shapes and orders no
earlier set has: a reading-progress bar and a members' badge before the title, a
translation note under it, an "continues after the advert" line and a map placeholder
between paragraphs, a follow-topics line, an "as of" time stamp and a short link after
the body; teasers with the headline in capitals, with the headline itself clipped
mid-way, under a carousel counter, and as rows of a JSON dump left over from the
conversion.
"""

from __future__ import annotations

import random
from typing import TYPE_CHECKING, Any

from layout_words import Words
from layout_words_heldout9 import HELD_OUT_9_PARTS as PARTS
from layout_words_heldout9 import HOSTS

if TYPE_CHECKING:
    from layout_parts import Site

HELD_OUT_9_EXTRAS = (
    "h9-progress",
    "h9-exclusive",
    "h9-translated",
    "h9-ad-break",
    "h9-map",
    "h9-follow",
    "h9-stand",
    "h9-permalink",
    "h9-caps-teasers",
    "h9-clipped-teasers",
    "h9-carousel-teasers",
    "h9-json-teasers",
)
# Teaser layouts of the set (a site has one of them at most).
TEASER_FORMS = ("h9-caps-teasers", "h9-clipped-teasers", "h9-carousel-teasers", "h9-json-teasers")


def draw(site: Site, words: Words, rng: random.Random, n: int) -> None:
    """Give the n-th site some of the set's own parts (each goes to two sites at least)."""
    from layout_parts import draw_own_parts

    draw_own_parts(site, HELD_OUT_9_EXTRAS, TEASER_FORMS, rng, n, share=0.2)
    site.words = {key: rng.choice(values) for key, values in PARTS.items()}
    site.words["host"] = rng.choice(HOSTS)


def pre_title(site: Site, fams: set[str]) -> list[str]:
    """Return the lines right before the title: a reading-progress bar, a members' badge."""
    out: list[str] = []
    for part in ("progress", "exclusive"):
        if f"h9-{part}" in site.extra:
            fams.add(f"variant-h9-{part}")
            out.append(site.words[part])
    return out


def under_title(site: Site, fams: set[str]) -> list[str]:
    """Return a translation note under the title."""
    if "h9-translated" not in site.extra:
        return []
    fams.add("variant-h9-translated")
    return [site.words["translated"]]


def after_paragraph(
    site: Site, i: int, n: int, words: Words, rng: random.Random, fams: set[str]
) -> list[str]:
    """Return the lines after the i-th of n paragraphs: an advert break, a map."""
    out: list[str] = []
    if "h9-ad-break" in site.extra and i == 0 and n > 1:
        fams.add("variant-h9-ad-break")
        out.append(site.words["ad-break"])
    if "h9-map" in site.extra and i == n - 2 and n > 2:
        fams.add("variant-h9-map")
        out.append(site.words["map"].format(section=rng.choice(words.sections)))
    return out


def after_body(site: Site, words: Words, rng: random.Random, fams: set[str]) -> list[str]:
    """Return the lines right after the body: follow topics, an "as of" stamp, a short
    link."""
    out: list[str] = []
    if "h9-follow" in site.extra:
        fams.add("variant-h9-follow")
        a, b = rng.sample(words.sections, 2)
        out.append(site.words["follow"].format(a=a, b=b))
    if "h9-stand" in site.extra:
        fams.add("variant-h9-stand")
        out.append(
            site.words["stand"].format(
                d=rng.randint(1, 28),
                m=rng.randint(1, 12),
                h=rng.randint(0, 23),
                mi=rng.randint(0, 59),
            )
        )
    if "h9-permalink" in site.extra:
        fams.add("variant-h9-permalink")
        out.append(
            site.words["permalink"].format(host=site.words["host"], n=rng.randint(10**5, 10**7))
        )
    return out


def _slug(title: str) -> str:
    """Return a link's path made from a headline."""
    words = "".join(c if c.isalnum() else " " for c in title.lower()).split()
    return "-".join(words[:5])


def _clip(title: str, rng: random.Random) -> str:
    """Return a headline clipped after a few of its words."""
    words = title.split()
    if len(words) <= 4:
        return title
    return " ".join(words[: rng.randint(3, len(words) - 1)])


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
    for i, other in enumerate(others, 1):
        title = other["title"]
        if form == "h9-json-teasers":
            lines.append(site.words["json-row"].format(title=title, slug=_slug(title)))
            must_go.append(title)
            continue
        text = lead(other, rng)
        text += site.marker if site.teaser_style == "marker" else site.ellipsis
        if form == "h9-caps-teasers":
            lines.append(title.upper())
            must_go.append(title)
        elif form == "h9-clipped-teasers":
            clipped = _clip(title, rng)
            lines.append(clipped + ("" if clipped == title else " …"))
            must_go.append(clipped)
        else:
            lines.append(site.words["carousel"].format(i=i, k=len(others)))
            lines.append(title)
            must_go.append(title)
        lines.append(text)
        must_go.append(text[:60])
    return lines, must_go
