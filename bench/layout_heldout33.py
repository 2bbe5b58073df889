"""Parts only the thirty-third held-out pair's pages have (bench/layouts.py, "held-out-33").

Written from how aggregators set other stories' text around and inside an article, in
arrangements no earlier set has. Inside the body: another story's first sentence glued
to the end of the first paragraph behind a short join; a one-line pointer of a label,
another headline and its section between paragraphs; another story's first sentence as a
pull quote with its headline under it; two live-ticker entries of other events (a time,
then a first sentence) under a label. Teasers after the body, one layout a site: a
numbered list of headlines each run into its story's first sentence under a heading;
rows of a section, a date and a time over a headline and a lead cut short; teasers in
the page's other language behind a language tag; other stories' first sentences as
quotes, each with its headline under it; live-ticker entries of other events.

Cleaner version 27, measured once when this set was written, before any cleaner change
(.venv/bin/python bench/cleaning.py --set held-out-33 held-out-33-words --evidence run):
held-out-33 body P 0.9298, R 0.9774, titles 0.9967, 244 of 300 pages leaking, language
0.9967 (leaking pages per family: the glued sentence 191 of 192, the pull quote 166 of
176, the pointer line 166 of 215, ticker entries between paragraphs 101 of 137; teasers
after the body: other-language 49 of 50, key list 48 of 50, stamped rows 39 of 50,
ticker 36 of 50, quote wall 24 of 50); held-out-33-words body P 0.9956, R 0.9858,
titles 0.9933, 9 of 300 pages leaking, language 1.0000.
"""

from __future__ import annotations

import random
from typing import TYPE_CHECKING, Any

from layout_heldout29 import _first_sentences
from layout_words import Words
from layout_words_heldout33 import HELD_OUT_33_PARTS as PARTS

if TYPE_CHECKING:
    from layout_parts import Site

HELD_OUT_33_EXTRAS = ("h33-glued", "h33-also-line", "h33-quote", "h33-ticker-mid")
# Teaser layouts of the set (a site has one of them at most).
TEASER_FORMS = (
    "h33-key-list",
    "h33-stamp-rows",
    "h33-other-language",
    "h33-quote-wall",
    "h33-ticker",
)
# The sites that lay their teasers out as the other sets do.
OTHER_SETS_TEASERS = (4, 10)


def draw(site: Site, words: Words, rng: random.Random, n: int) -> None:
    """Give the n-th site some of the set's own parts (each goes to two sites at least)."""
    from layout_parts import draw_set_site

    draw_set_site(site, HELD_OUT_33_EXTRAS, TEASER_FORMS, OTHER_SETS_TEASERS, PARTS, rng, n, 0.3)
    site.words["sections"] = "|".join(rng.sample(words.sections, 5))


def mine(site: Site) -> bool:
    """Tell whether the site is one of this set's."""
    return any(x.startswith("h33-") for x in site.extra)


def _clock(rng: random.Random) -> dict[str, str]:
    """Draw a time of day."""
    return {"hh": f"{rng.randint(6, 23):02d}", "mm": f"{rng.randint(0, 59):02d}"}


def glued(
    site: Site,
    i: int,
    n: int,
    line: str,
    others: list[dict[str, Any]],
    rng: random.Random,
    fams: set[str],
) -> tuple[str, list[str]]:
    """Return the first paragraph's last line with another story's first sentence glued
    to its end, and that sentence."""
    if "h33-glued" not in site.extra or n < 3 or i != 0:
        return line, []
    fams.add("variant-h33-glued")
    first = _first_sentences(rng.choice(others), rng, 1)
    return line + site.words["glued-join"] + first, [first[:60]]


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
    extra = site.extra
    out: list[str] = []
    gone: list[str] = []
    if not mine(site):
        return out, gone
    if "h33-also-line" in extra and n >= 3 and i == 1:
        fams.add("variant-h33-also-line")
        other = rng.choice(others)
        section = rng.choice(site.words["sections"].split("|"))
        out.append(site.words["also-line"].format(title=other["title"], section=section))
        gone.append(other["title"])
    if "h33-quote" in extra and n >= 4 and i == 2:
        fams.add("variant-h33-quote")
        other = rng.choice(others)
        first = _first_sentences(other, rng, 1)
        out.append(site.words["quote-form"].format(text=first))
        out.append(site.words["quote-source"].format(title=other["title"]))
        gone += [first[:60], other["title"]]
    if "h33-ticker-mid" in extra and n >= 5 and i == n - 2:
        fams.add("variant-h33-ticker-mid")
        out.append(site.words["ticker-label"])
        for other in rng.sample(others, 2):
            first = _first_sentences(other, rng, 1)
            out.append(site.words["ticker-entry"].format(text=first, **_clock(rng)))
            gone.append(first[:60])
    return out, gone


def _other_language(
    doc_lang: str, others: list[dict[str, Any]], pool: list[dict[str, Any]], rng: random.Random
) -> list[dict[str, Any]]:
    """Return two stories in another language than the page's, then the page's others."""
    foreign = [d for d in pool if d.get("lang_hint") not in (doc_lang, None)]
    return rng.sample(foreign, 2) + others[:3]


def teaser_block(
    site: Site,
    doc: dict[str, Any],
    others: list[dict[str, Any]],
    pool: list[dict[str, Any]],
    rng: random.Random,
    fams: set[str],
) -> tuple[list[str], list[str]] | None:
    """Return the set's own teaser block and the texts that must not leak (None: the
    site lays its teasers out as the other sets do)."""
    from layout_parts import lead, own_teaser_form

    form = own_teaser_form(site, TEASER_FORMS, fams)
    if not form:
        return None
    head = {"h33-key-list": "key-head", "h33-quote-wall": "wall-head", "h33-ticker": "ticker-head"}
    lines: list[str] = []
    if form in head and site.words[head[form]]:
        fams.add("footer-heading")
        lines.append(site.words[head[form]])
    else:
        fams.add("footer-no-heading")
    must_go: list[str] = []
    stories = others[:5]
    if form == "h33-other-language":
        stories = _other_language(doc.get("lang_hint") or "de", others, pool, rng)
    for k, other in enumerate(stories, 1):
        title = other["title"]
        if form == "h33-key-list":
            text = _first_sentences(other, rng, 1)
            lines.append(site.words["key-form"].format(i=k, title=title, text=text))
            must_go += [title, text[:60]]
        elif form == "h33-stamp-rows":
            section = rng.choice(site.words["sections"].split("|"))
            m = rng.randint(1, 12)
            stamp = {
                "d": rng.randint(1, 28), "m": f"{m:02d}", "y": rng.randint(2019, 2024),
                "section": section, "upper": section.upper(), **_clock(rng),
            }  # fmt: skip
            cut = lead(other, rng)
            lines += [site.words["stamp-row"].format(**stamp), title, cut + site.words["stamp-end"]]
            must_go += [title, cut[:60]]
        elif form == "h33-other-language":
            cut = lead(other, rng)
            tag = site.words["lang-tag"] if k <= 2 else ""
            lines += [f"{tag} {title}".strip(), cut + " …"]
            must_go += [title, cut[:60]]
        elif form == "h33-quote-wall":
            first = _first_sentences(other, rng, 1)
            lines += [site.words["quote-form"].format(text=first), title]
            must_go += [title, first[:60]]
        else:
            first = _first_sentences(other, rng, 1)
            lines.append(site.words["ticker-entry"].format(text=first, **_clock(rng)))
            must_go.append(first[:60])
    return lines, must_go
