"""Parts only the fourteenth held-out pair's pages have (bench/layouts.py, set "held-out-14").

Written from what real aggregators and scrapes of them put around an article, in shapes
and orders no earlier set has: the page's own address and a scraper's retrieval stamp
before the title, a fact file (a heading over short key and value rows) between the
body's paragraphs, a news-ticker line ("+++ headline +++") naming another article
between paragraphs, a news agency's message number and its end mark after the body, a
content system's render-time line at the page's end; teasers as news-ticker lines over
their leads, under wiki heading marks, as a grid rendered row by row (the headlines of
a row of cards first, then their leads in the same order), with a section and time
after the headline behind double slashes, and with the headline set in plain-text
emphasis over a lead closed by a bracketed ellipsis; blocks separated by Unicode
paragraph separators (U+2029) on some sites.
"""

from __future__ import annotations

import random
from typing import TYPE_CHECKING, Any

from layout_words import Words
from layout_words_heldout14 import HELD_OUT_14_PARTS as PARTS
from layout_words_heldout14 import PROFILE_KEYS, PROFILE_VALUES

if TYPE_CHECKING:
    from layout_parts import Site

HELD_OUT_14_EXTRAS = (
    "h14-url",
    "h14-fetched",
    "h14-profile",
    "h14-ticker-inline",
    "h14-agency-id",
    "h14-rendered",
    "h14-pilcrow",
    "h14-ticker-teasers",
    "h14-wiki-teasers",
    "h14-grid-teasers",
    "h14-meta-teasers",
    "h14-emphasis-teasers",
)
# Teaser layouts of the set (a site has one of them at most).
TEASER_FORMS = (
    "h14-ticker-teasers",
    "h14-wiki-teasers",
    "h14-grid-teasers",
    "h14-meta-teasers",
    "h14-emphasis-teasers",
)
HOSTS = ("ww-wachposten.de", "elbmarsch-eil.de", "pfaelzerwald-pinnwand.de", "copperclarion.com")


def draw(site: Site, words: Words, rng: random.Random, n: int) -> None:
    """Give the n-th site some of the set's own parts (each goes to one site at least)."""
    from layout_parts import draw_own_parts

    draw_own_parts(site, HELD_OUT_14_EXTRAS, TEASER_FORMS, rng, n, share=0.2)
    site.words = {key: rng.choice(values) for key, values in PARTS.items()}
    site.words["section"] = rng.choice(words.sections)
    site.words["host"] = rng.choice(HOSTS)
    site.words["keys"] = "|".join(rng.choice(PROFILE_KEYS))


def _slug(title: str) -> str:
    words = "".join(c if c.isalnum() else " " for c in title.lower()).split()
    return "-".join(words[:6])


def pre_title(site: Site, doc: dict[str, Any], rng: random.Random, fams: set[str]) -> list[str]:
    """Return the lines before the title: the page's own address, the retrieval stamp."""
    out: list[str] = []
    if "h14-url" in site.extra:
        fams.add("variant-h14-url")
        section = site.words["section"].lower().replace(" ", "-")
        out.append(
            site.words["url"].format(
                host=site.words["host"],
                section=section,
                slug=_slug(doc["title"]),
                k=rng.randint(100000, 9999999),
            )
        )
    if "h14-fetched" in site.extra:
        fams.add("variant-h14-fetched")
        day = f"{rng.randint(1, 28):02d}.{rng.randint(1, 12):02d}.20{rng.randint(18, 24)}"
        out.append(
            site.words["fetched"].format(day=day, hh=rng.randint(0, 23), mm=rng.randint(0, 59))
        )
    return out


def after_paragraph(
    site: Site,
    i: int,
    n: int,
    others: list[dict[str, Any]],
    rng: random.Random,
    fams: set[str],
) -> tuple[list[str], list[str]]:
    """Return the lines after the i-th of n paragraphs (a fact file, a ticker line naming
    another article) and the headlines named there, which must not be kept."""
    out: list[str] = []
    gone: list[str] = []
    if "h14-profile" in site.extra and i == 0 and n > 1:
        fams.add("variant-h14-profile")
        out.append(site.words["profile-head"])
        for key in site.words["keys"].split("|")[: rng.randint(2, 4)]:
            out.append(site.words["profile-row"].format(key=key, value=rng.choice(PROFILE_VALUES)))
    if "h14-ticker-inline" in site.extra and i == (n - 1) // 2 and n > 2:
        fams.add("variant-h14-ticker-inline")
        title = rng.choice(others)["title"]
        out.append(site.words["ticker-inline"].format(title=title))
        gone.append(title)
    return out, gone


def after_body(site: Site, rng: random.Random, fams: set[str]) -> list[str]:
    """Return the lines right after the body: the agency's message number, its end mark."""
    if "h14-agency-id" not in site.extra:
        return []
    fams.add("variant-h14-agency-id")
    d = f"{rng.randint(18, 24)}{rng.randint(1, 12):02d}{rng.randint(1, 28):02d}"
    number = site.words["agency-id"].format(d=d, k=rng.randint(100000, 999999), v=rng.randint(1, 9))
    return [site.words["end-mark"], number]


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
    end = site.marker if site.teaser_style == "marker" else site.ellipsis
    cards = [(other["title"], lead(other, rng)) for other in others]
    for title, cut in cards:
        must_go += [title, cut[:60]]
    if form == "h14-grid-teasers":
        for start in range(0, len(cards), 3):
            row = cards[start : start + 3]
            lines += [title for title, _ in row]
            lines += [cut + end for _, cut in row]
        return lines, must_go
    for title, cut in cards:
        if form == "h14-ticker-teasers":
            lines += [site.words["ticker"].format(title=title), cut + end]
        elif form == "h14-wiki-teasers":
            lines += [site.words["wiki"].format(title=title), cut + end]
        elif form == "h14-meta-teasers":
            tail = site.words["meta-tail"].format(
                section=rng.choice(site.words["section"].split(",")),
                hh=rng.randint(1, 23),
                mm=rng.randint(0, 59),
            )
            lines += [title + tail, cut + end]
        else:
            lines += [site.words["emphasis"].format(title=title), cut + site.words["bracket-end"]]
    return lines, must_go


def page_end(site: Site, rng: random.Random, fams: set[str]) -> list[str]:
    """Return the line at the page's very end: the content system's render time."""
    if "h14-rendered" not in site.extra:
        return []
    fams.add("variant-h14-rendered")
    t = f"{rng.randint(2, 900) / 1000:.3f}".replace(".", ",") if rng.random() < 0.5 else "0.08"
    return [site.words["rendered"].format(t=t, c=f"w{rng.randint(1, 24):02d}")]


def separators(site: Site, text: str, fams: set[str]) -> str:
    """Return the page's text with its blank-line separators written as Unicode paragraph
    separators (U+2029) on a site that writes them so."""
    if "h14-pilcrow" not in site.extra or "\n\n" not in text:
        return text
    fams.add("format-h14-pilcrow")
    return text.replace("\n\n", "\u2029")
