"""Parts only the seventh held-out pair's pages have (bench/layouts.py, set "held-out-7").

Written from what real aggregators put around an article, in shapes and orders no
earlier set has: a search box line, a premium badge and a sticky "now reading" line
repeating the headline before the title, a like/comment counter under it, an
"article continues below the advertisement" line, an embedded social-media post (its
platform line and its handle line) and a map line between paragraphs, a rule line,
previous/next links naming other articles, emoji reactions, a print-edition note and a
tip address after the body; teasers as Markdown links (as HTML-to-text converters
write them), as a kicker joined to the headline by a colon, as a quoted headline with
an author line over its lead, as tab-separated rows, and as headlines wrapped over two
lines; the teaser block's lines packed with single newlines on a page whose other parts
stand between blank lines.
"""

from __future__ import annotations

import random
from typing import TYPE_CHECKING, Any

from layout_words import NAMES, Words
from layout_words_heldout7 import HANDLES, HOSTS, PLACES
from layout_words_heldout7 import HELD_OUT_7_PARTS as PARTS

if TYPE_CHECKING:
    from layout_parts import Site

HELD_OUT_7_EXTRAS = (
    "h7-search-box",
    "h7-premium",
    "h7-sticky",
    "h7-under",
    "h7-continues",
    "h7-embed",
    "h7-map",
    "h7-rule",
    "h7-prev-next",
    "h7-reactions",
    "h7-print-note",
    "h7-contact",
    "h7-tight",
    "h7-md-teasers",
    "h7-kicker-teasers",
    "h7-quoted-teasers",
    "h7-tab-teasers",
    "h7-wrapped-teasers",
)
# Teaser layouts of the set (a site has one of them at most).
TEASER_FORMS = (
    "h7-md-teasers",
    "h7-kicker-teasers",
    "h7-quoted-teasers",
    "h7-tab-teasers",
    "h7-wrapped-teasers",
)


def draw(site: Site, words: Words, rng: random.Random, n: int) -> None:
    """Give the n-th site some of the set's own parts (each goes to two sites at least)."""
    from layout_parts import draw_own_parts

    draw_own_parts(site, HELD_OUT_7_EXTRAS, TEASER_FORMS, rng, n, share=0.22)
    if "h7-tight" in site.extra:
        site.sep = "\n\n"
    site.words = {key: rng.choice(values) for key, values in PARTS.items()}
    site.words["host"] = rng.choice(HOSTS)


def pre_title(
    site: Site,
    doc: dict[str, Any],
    rng: random.Random,
    fams: set[str],
) -> list[str]:
    """Return the lines right before the title: a search box, a premium badge, a sticky
    line repeating the headline."""
    out: list[str] = []
    if "h7-search-box" in site.extra:
        fams.add("variant-h7-search-box")
        out.append(site.words["search-box"])
    if "h7-premium" in site.extra:
        fams.add("variant-h7-premium")
        out.append(site.words["premium"])
    if "h7-sticky" in site.extra:
        fams.add("variant-h7-sticky")
        out.append(site.words["sticky"].format(title=doc["title"]))
    return out


def under_title(site: Site, rng: random.Random, fams: set[str]) -> list[str]:
    """Return a like/comment counter under the title."""
    if "h7-under" not in site.extra:
        return []
    fams.add("variant-h7-under")
    return [site.words["under"].format(a=rng.randint(2, 900), b=rng.randint(0, 90))]


def after_paragraph(site: Site, i: int, n: int, rng: random.Random, fams: set[str]) -> list[str]:
    """Return the lines after the i-th of n paragraphs: an embedded post, a map line, an
    "article continues" line."""
    out: list[str] = []
    if "h7-embed" in site.extra and i == 0 and n > 1:
        fams.add("variant-h7-embed")
        handle = rng.choice(HANDLES)
        out += [
            site.words["embed-head"],
            site.words["embed-handle"].format(handle=handle, d=rng.randint(1, 28)),
        ]
    if "h7-map" in site.extra and i == 1 and n > 2:
        fams.add("variant-h7-map")
        out.append(site.words["map"].format(place=rng.choice(PLACES)))
    if "h7-continues" in site.extra and i == n // 2 and 0 < i < n - 1:
        fams.add("variant-h7-continues")
        out.append(site.words["continues"])
    return out


def after_body(
    site: Site,
    doc: dict[str, Any],
    others: list[dict[str, Any]],
    rng: random.Random,
    fams: set[str],
) -> tuple[list[str], list[str]]:
    """Return the lines right after the body (a rule, previous/next links, reactions, a
    print note, a tip address) and the other articles' headlines among them."""
    out: list[str] = []
    must_go: list[str] = []
    if "h7-rule" in site.extra:
        fams.add("variant-h7-rule")
        out.append(site.words["rule"])
    if "h7-prev-next" in site.extra:
        fams.add("variant-h7-prev-next")
        a, b = (d["title"] for d in rng.sample(others, 2))
        out += [site.words["prev"].format(title=a), site.words["next"].format(title=b)]
        must_go += [a, b]
    if "h7-reactions" in site.extra:
        fams.add("variant-h7-reactions")
        a, b, c = rng.randint(0, 300), rng.randint(0, 80), rng.randint(0, 40)
        out.append(site.words["reactions"].format(a=a, b=b, c=c))
    if "h7-print-note" in site.extra:
        fams.add("variant-h7-print-note")
        note = site.words["print-note"]
        out.append(note.format(d=rng.randint(1, 28), m=rng.randint(1, 12)))
    if "h7-contact" in site.extra:
        fams.add("variant-h7-contact")
        out.append(site.words["contact"].format(host=site.words["host"]))
    return out, must_go


def _slug(title: str) -> str:
    """Return a link's last part made from a headline."""
    words = "".join(c if c.isalnum() else " " for c in title.lower()).split()
    return "-".join(words[:5])


def _wrap(title: str) -> list[str]:
    """Split a headline into two lines at the word nearest its middle."""
    words = title.split()
    if len(words) < 4:
        return [title]
    half = len(words) // 2
    return [" ".join(words[:half]), " ".join(words[half:])]


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
        if form == "h7-md-teasers":
            link = site.words["md-link"]
            lines.append(link.format(title=title, host=site.words["host"], slug=_slug(title)))
            must_go.append(title)
            continue
        if form == "h7-tab-teasers":
            row = site.words["tab-row"].format(
                title=title,
                section=rng.choice(words.sections),
                h=rng.randint(0, 23),
                mi=rng.randint(0, 59),
                d=rng.randint(1, 28),
                m=rng.randint(1, 12),
            )
            lines.append(row)
            must_go.append(title)
            continue
        text = lead(other, rng)
        text += site.marker if site.teaser_style == "marker" else site.ellipsis
        must_go += [title, text[:60]]
        if form == "h7-kicker-teasers":
            kicker = rng.choice(words.kickers)
            lines += [site.words["kicker-colon"].format(kicker=kicker, title=title), text]
        elif form == "h7-quoted-teasers":
            by = site.words["quoted-by"].format(name=rng.choice(NAMES))
            lines += [site.words["quoted"].format(title=title), by, text]
        else:
            lines += [*_wrap(title), text]
    if "h7-tight" in site.extra:
        fams.add("format-h7-tight")
        lines = ["\n".join(lines)]
    return lines, must_go
