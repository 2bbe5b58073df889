"""Parts only the sixth held-out pair's pages have (bench/layouts.py, set "held-out-6").

Written from what real aggregators put around an article, in shapes and orders no
earlier set has: the page's head title (headline and site name on one line) at the very
top, a "trending" line naming two other articles and a "live" badge before the title,
the title repeated in capitals, the cookie notice under the title (not over it), a
machine-translation note and a "follow the author" line under it, a video teaser with
its duration, another article's bare headline and a newsletter box between paragraphs,
a feedback widget, a closed-comments note, a "last edited" line and a source link after
the body; teasers as a headline with its section and date in brackets, with a comment
count, with a link line between headline and lead, and as leads without a headline;
lines separated by a line holding one space or by two blank lines.
"""

from __future__ import annotations

import random
from typing import TYPE_CHECKING, Any

from layout_words import NAMES, Words
from layout_words_heldout6 import HELD_OUT_6_PARTS as PARTS

if TYPE_CHECKING:
    from layout_parts import Site

HELD_OUT_6_EXTRAS = (
    "h6-head-title",
    "h6-trending",
    "h6-live",
    "h6-title-upper",
    "h6-consent-late",
    "h6-translated",
    "h6-follow",
    "h6-video",
    "h6-bare-inline",
    "h6-newsletter-mid",
    "h6-feedback",
    "h6-closed",
    "h6-stand",
    "h6-source-link",
    "h6-sep-space",
    "h6-sep-double",
    "h6-paren-teasers",
    "h6-count-teasers",
    "h6-url-teasers",
    "h6-lead-teasers",
)
# Teaser layouts of the set (a site has one of them at most).
TEASER_FORMS = ("h6-paren-teasers", "h6-count-teasers", "h6-url-teasers", "h6-lead-teasers")
SEPARATORS = {"h6-sep-space": "\n \n", "h6-sep-double": "\n\n\n"}
HOSTS = ("altmark-kurier", "heimatnetz", "kreisbote-online", "prairie-dispatch")


def draw(site: Site, words: Words, rng: random.Random, n: int) -> None:
    """Give the n-th site some of the set's own parts (each goes to two sites at least)."""
    from layout_parts import draw_own_parts

    draw_own_parts(site, HELD_OUT_6_EXTRAS, TEASER_FORMS, rng, n)
    if {"h6-sep-space", "h6-sep-double"} <= site.extra:
        site.extra.discard(rng.choice(["h6-sep-space", "h6-sep-double"]))
    if "h6-title-upper" in site.extra:
        site.title_copy = 0.0
    for key, sep in SEPARATORS.items():
        if key in site.extra:
            site.sep = sep
    site.words = {key: rng.choice(values) for key, values in PARTS.items()}
    site.words["host"] = rng.choice(HOSTS)


def page_top(site: Site, doc: dict[str, Any], fams: set[str]) -> list[str]:
    """Return the page's head title, the first line of the page (and name the page's
    separator's family)."""
    fams.update(f"format-{key}" for key, sep in SEPARATORS.items() if site.sep == sep)
    if "h6-head-title" not in site.extra:
        return []
    fams.add("variant-h6-head-title")
    return [site.words["head-title"].format(title=doc["title"], site=site.name)]


def pre_title(
    site: Site,
    doc: dict[str, Any],
    pool: list[dict[str, Any]],
    rng: random.Random,
    fams: set[str],
) -> tuple[list[str], list[str]]:
    """Return the lines right before the title (a trending line, a live badge) and the
    other articles' headlines among them, which must not be kept."""
    out: list[str] = []
    must_go: list[str] = []
    if "h6-trending" in site.extra:
        fams.add("variant-h6-trending")
        a, b = (d["title"] for d in rng.sample([d for d in pool if d["id"] != doc["id"]], 2))
        out.append(site.words["trending"].format(a=a, b=b))
        must_go += [a, b]
    if "h6-live" in site.extra:
        fams.add("variant-h6-live")
        out.append(site.words["live"])
    return out, must_go


def title_copy(site: Site, doc: dict[str, Any], fams: set[str]) -> list[str]:
    """Return the title again in capitals, if the site repeats it so."""
    if "h6-title-upper" not in site.extra:
        return []
    fams.add("variant-h6-title-upper")
    return [doc["title"].upper()]


def under_title(site: Site, rng: random.Random, fams: set[str]) -> list[str]:
    """Return the lines under the title: the cookie notice, a translation note, a
    "follow the author" line."""
    out = []
    if "h6-consent-late" in site.extra:
        fams.add("variant-h6-consent-late")
        out += [site.consent, *site.buttons]
    if "h6-translated" in site.extra:
        fams.add("variant-h6-translated")
        out.append(site.words["translated"])
    if "h6-follow" in site.extra:
        fams.add("variant-h6-follow")
        out.append(site.words["follow"].format(name=rng.choice(NAMES)))
    return out


def after_paragraph(
    site: Site, i: int, n: int, others: list[dict[str, Any]], rng: random.Random, fams: set[str]
) -> tuple[list[str], list[str]]:
    """Return the lines after the i-th of n paragraphs (a video teaser, a bare headline,
    a newsletter box) and the teaser texts among them."""
    if "h6-video" in site.extra and i == 0 and n > 1:
        fams.add("variant-h6-video")
        title = rng.choice(others)["title"]
        m, s = rng.randint(0, 9), rng.randint(0, 59)
        return [site.words["video"].format(title=title, m=m, s=s)], [title]
    if "h6-bare-inline" in site.extra and i == 1 and n > 2:
        fams.add("variant-h6-bare-inline")
        title = rng.choice(others)["title"]
        return [title], [title]
    if "h6-newsletter-mid" in site.extra and i == n - 2 and n > 2:
        fams.add("variant-h6-newsletter-mid")
        return [site.words["newsletter-mid"]], []
    return [], []


def after_body(site: Site, rng: random.Random, fams: set[str]) -> list[str]:
    """Return the lines right after the body: a "last edited" line, a source link, a
    feedback widget, a closed-comments note."""
    out = []
    if "h6-stand" in site.extra:
        fams.add("variant-h6-stand")
        d, m = rng.randint(1, 28), rng.randint(1, 12)
        h, mi = rng.randint(0, 23), rng.randint(0, 59)
        out.append(site.words["stand"].format(d=d, m=m, h=h, mi=mi))
    if "h6-source-link" in site.extra:
        fams.add("variant-h6-source-link")
        out.append(site.words["source-link"].format(host=site.words["host"]))
    for part in ("feedback", "closed"):
        if f"h6-{part}" in site.extra:
            fams.add(f"variant-h6-{part}")
            out.append(site.words[part])
    return out


def _slug(title: str) -> str:
    """Return a link's last part made from a headline."""
    words = "".join(c if c.isalnum() else " " for c in title.lower()).split()
    return "-".join(words[:6])


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
        if form == "h6-paren-teasers":
            d, m, section = rng.randint(1, 28), rng.randint(1, 12), rng.choice(words.sections)
            lines.append(site.words["teaser-paren"].format(title=title, d=d, m=m, section=section))
            must_go.append(title)
            continue
        if form == "h6-count-teasers":
            lines.append(site.words["teaser-counts"].format(title=title, n=rng.randint(1, 400)))
            must_go.append(title)
            continue
        text = lead(other, rng) + (site.marker if site.teaser_style == "marker" else " [.]")
        must_go.append(text[:60])
        if form == "h6-url-teasers":
            link = site.words["teaser-url"].format(host=site.words["host"], slug=_slug(title))
            lines += [title, link, text]
            must_go.append(title)
        else:
            lines.append(text)
    return lines, must_go
