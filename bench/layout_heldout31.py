"""Parts only the thirty-first held-out pair's pages have (bench/layouts.py, "held-out-31").

Written from how local news sites and aggregators lay out other stories and the chrome
around an article, in arrangements no earlier set has. Between body paragraphs: another
story's headline run into its first sentence on one line (no label); another story's
lead cut mid-sentence, ending in a marker, with no headline; a short label over two
other stories' first sentences (a box of briefs). After the body: a transparency note,
an error prompt, a count of shares and a line to keep the text for later. Teasers after
the body, under no heading unless said: briefs of other stories' first sentences behind
a place line in capitals and an agency; numbered briefs of first sentences under a
heading; a headline over a lead cut mid-sentence with the read-more marker on a line of
its own; rows of a day and a headline over a lead cut mid-sentence; headlines over leads
with a marker glued on (no space), one of the site's chrome lines between the teasers.

Cleaner version 25, measured once when this set was written, before any cleaner change
(.venv/bin/python bench/cleaning.py --set held-out-31 held-out-31-words --evidence run):
held-out-31 body P 0.8843, R 0.9617, titles 0.9933, 257 of 300 pages leaking, language
0.9833 (leaking pages per family: place briefs 49 of 50, marker line 47 of 50, day rows
46 of 50, interleaved 35 of 50, numbered briefs 35 of 50; the brief box between
paragraphs 192 of 199, the headline run into a first sentence 158 of 166, the cut lead
between paragraphs 155 of 171); held-out-31-words body P 0.9998, R 0.9895, titles
0.9967, 2 of 300 pages leaking, language 1.0000.
"""

from __future__ import annotations

import random
from typing import TYPE_CHECKING, Any

from layout_heldout29 import _first_sentences
from layout_words import Words
from layout_words_heldout31 import AGENCIES_31, PLACES
from layout_words_heldout31 import HELD_OUT_31_PARTS as PARTS

if TYPE_CHECKING:
    from layout_parts import Site

HELD_OUT_31_EXTRAS = ("h31-inline-run", "h31-inline-cut", "h31-brief-box", "h31-after-chrome")
# Teaser layouts of the set (a site has one of them at most).
TEASER_FORMS = (
    "h31-place-briefs",
    "h31-numbered-briefs",
    "h31-marker-line",
    "h31-day-rows",
    "h31-interleaved",
)
# The sites that lay their teasers out as the other sets do.
OTHER_SETS_TEASERS = (3, 9)


def draw(site: Site, words: Words, rng: random.Random, n: int) -> None:
    """Give the n-th site some of the set's own parts (each goes to two sites at least)."""
    from layout_parts import draw_set_site

    draw_set_site(site, HELD_OUT_31_EXTRAS, TEASER_FORMS, OTHER_SETS_TEASERS, PARTS, rng, n, 0.3)


def after_paragraph(
    site: Site,
    i: int,
    n: int,
    others: list[dict[str, Any]],
    rng: random.Random,
    fams: set[str],
) -> tuple[list[str], list[str]]:
    """Return the set's lines after the i-th of n paragraphs, and the texts of other
    stories among them, which must not be kept."""
    from layout_parts import lead

    extra = site.extra
    out: list[str] = []
    gone: list[str] = []
    if "h31-inline-run" in extra and n >= 3 and i == 0:
        fams.add("variant-h31-inline-run")
        other = rng.choice(others)
        first = _first_sentences(other, rng, 1)
        out.append(f"{other['title']}{site.words['inline-join']}{first}")
        gone += [other["title"], first[:60]]
    if "h31-brief-box" in extra and n >= 4 and i == 1:
        fams.add("variant-h31-brief-box")
        firsts = [_first_sentences(o, rng, 1) for o in rng.sample(others, 2)]
        out += [site.words["brief-label"], *firsts]
        gone += [f[:60] for f in firsts]
    if "h31-inline-cut" in extra and n >= 4 and i == n - 2:
        fams.add("variant-h31-inline-cut")
        cut = lead(rng.choice(others), rng)
        out.append(cut + site.words["inline-cut-end"])
        gone.append(cut[:60])
    return out, gone


def after_body(site: Site, rng: random.Random, fams: set[str]) -> list[str]:
    """Return the chrome lines right after the body."""
    if "h31-after-chrome" not in site.extra:
        return []
    fams.add("variant-h31-after-chrome")
    return [line.format(n=rng.randint(2, 900)) for line in site.words["after-lines"].split("|")]


def teaser_block(
    site: Site, others: list[dict[str, Any]], rng: random.Random, fams: set[str]
) -> tuple[list[str], list[str]] | None:
    """Return the set's own teaser block and the texts that must not leak (None: the
    site lays its teasers out as the other sets do)."""
    from layout_parts import lead, own_teaser_form

    form = own_teaser_form(site, TEASER_FORMS, fams)
    if not form:
        return None
    lines: list[str] = []
    if form == "h31-numbered-briefs":
        fams.add("footer-heading")
        lines.append(site.words["numbered-head"])
    else:
        fams.add("footer-no-heading")
    must_go: list[str] = []
    for k, other in enumerate(others[:5], 1):
        title = other["title"]
        if form == "h31-place-briefs":
            text = _first_sentences(other, rng, 2)
            lines.append(
                site.words["place-form"].format(
                    place=rng.choice(PLACES), agency=rng.choice(AGENCIES_31), text=text
                )
            )
            must_go.append(text[:60])
        elif form == "h31-numbered-briefs":
            text = _first_sentences(other, rng, 1)
            lines.append(site.words["number-form"].format(i=k, text=text))
            must_go.append(text[:60])
        elif form == "h31-marker-line":
            cut = lead(other, rng)
            lines += [title, cut, site.words["marker-line"]]
            must_go += [title, cut[:60]]
        elif form == "h31-day-rows":
            cut = lead(other, rng)
            day = rng.choice(PARTS["days"])
            lines += [site.words["day-row"].format(day=day, title=title), cut]
            must_go += [title, cut[:60]]
        else:
            cut = lead(other, rng)
            if k > 1:
                lines.append(rng.choice([site.share, site.ads or site.share]))
            lines += [title, cut + site.words["glued-marker"]]
            must_go += [title, cut[:60]]
    return lines, must_go
