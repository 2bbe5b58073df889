"""Parts only the twenty-fourth held-out pair's pages have (bench/layouts.py, "held-out-24").

Written from what regional aggregators and their scrapes put around an article, in
arrangements no earlier set has: the article's other editions and a read-aloud line before
the title; a contents box of jump links (the openings of the article's own paragraphs)
under it; a reader's comment quoted between paragraphs (a sentence of another article
under a user name); classified advertisements and an events calendar after the body.
Teasers after the body: a subscribers' badge on each headline over a lead cut at a word
with no marker; a podcast's episodes (number, headline, running time); video teasers with
the running time before the headline; a headline over a lead opening with a dateline in
capitals; an author's other texts, each headline with its date, under the author's name.
"""

from __future__ import annotations

import random
from typing import TYPE_CHECKING, Any

from layout_heldout22 import _sentences
from layout_words import NAMES, Words
from layout_words_heldout24 import HELD_OUT_24_PARTS as PARTS
from layout_words_heldout24 import PLACES, TOWNS, USERS, WEEKDAYS

if TYPE_CHECKING:
    from layout_parts import Site

HELD_OUT_24_EXTRAS = (
    "h24-availability",
    "h24-toc",
    "h24-reader-comment",
    "h24-classifieds",
    "h24-events",
)
# Teaser layouts of the set (a site has one of them at most).
TEASER_FORMS = ("h24-plus", "h24-episodes", "h24-video", "h24-dateline", "h24-author-more")
# The sites that lay their teasers out as the other sets do.
OTHER_SETS_TEASERS = (2, 8)
# Jump links in a contents box: this many words of a paragraph's opening.
TOC_WORDS = (3, 6)


def draw(site: Site, words: Words, rng: random.Random, n: int) -> None:
    """Give the n-th site some of the set's own parts (each goes to two sites at least)."""
    from layout_parts import draw_set_site

    draw_set_site(site, HELD_OUT_24_EXTRAS, TEASER_FORMS, OTHER_SETS_TEASERS, PARTS, rng, n, 0.25)
    site.words["author"] = rng.choice(NAMES)
    site.words["agency"] = rng.choice(words.agencies)


def _time(rng: random.Random) -> dict[str, str]:
    return {"mm": f"{rng.randint(1, 59):02d}", "ss": f"{rng.randint(0, 59):02d}"}


def pre_title(site: Site, rng: random.Random, fams: set[str]) -> list[str]:
    """Return the lines naming the article's other editions (and a read-aloud line)."""
    if "h24-availability" not in site.extra:
        return []
    fams.add("variant-h24-availability")
    return site.words["availability"].format(**_time(rng)).split("|")


def under_title(site: Site, doc: dict[str, Any], rng: random.Random, fams: set[str]) -> list[str]:
    """Return a contents box under the title: jump links to the article's paragraphs."""
    from layout_parts import paragraphs

    paras = paragraphs(doc["body"])
    if "h24-toc" not in site.extra or len(paras) < 3:
        return []
    fams.add("variant-h24-toc")
    out = [site.words["toc-head"]]
    for k, para in enumerate(paras[1:5], 1):
        opening = " ".join(para.split()[: rng.randint(*TOC_WORDS)]).rstrip(".,;:")
        out.append(site.words["toc-item"].format(k=k, words=opening))
    return out


def after_paragraph(
    site: Site,
    i: int,
    n: int,
    others: list[dict[str, Any]],
    rng: random.Random,
    fams: set[str],
) -> tuple[list[str], list[str]]:
    """Return a reader's comment (a sentence of another article) after the second of n
    paragraphs, and its text, which must not be kept."""
    if "h24-reader-comment" not in site.extra or n < 3 or i != 1:
        return [], []
    sentences = [s for o in others for s in _sentences(o["body"])[1:3]]
    if not sentences:
        return [], []
    fams.add("variant-h24-reader-comment")
    text = rng.choice(sentences)
    line = site.words["comment"].format(
        user=rng.choice(USERS), h=rng.randint(1, 23), mi=f"{rng.randint(0, 59):02d}", text=text
    )
    return [line], [text[:60]]


def after_body(site: Site, rng: random.Random, fams: set[str]) -> list[str]:
    """Return classified advertisements and an events calendar after the body."""
    out: list[str] = []
    if "h24-classifieds" in site.extra:
        fams.add("variant-h24-classifieds")
        out.append(site.words["classifieds-head"])
        for form in rng.sample(PARTS["classifieds"], rng.randint(2, 3)):
            out.append(
                form.format(
                    town=rng.choice(TOWNS),
                    m2=rng.randint(40, 160),
                    rent=rng.randint(30, 1400),
                    tel=rng.randint(3000000, 9999999),
                )
            )
    if "h24-events" in site.extra:
        fams.add("variant-h24-events")
        out.append(site.words["events-head"])
        for form in rng.sample(PARTS["events"], rng.randint(2, 4)):
            out.append(
                form.format(wd=rng.choice(WEEKDAYS), d=rng.randint(1, 28), m=rng.randint(1, 12))
            )
    return out


def teaser_block(
    site: Site, others: list[dict[str, Any]], rng: random.Random, fams: set[str]
) -> tuple[list[str], list[str]] | None:
    """Return the set's own teaser block and the texts that must not leak (None: the
    site lays its teasers out as the other sets do)."""
    from layout_parts import lead, own_teaser_form, teaser_heading

    form = own_teaser_form(site, TEASER_FORMS, fams)
    if not form:
        return None
    if form in ("h24-plus", "h24-episodes"):
        lines = teaser_heading(site, fams)
    elif form == "h24-author-more":
        fams.add("footer-heading")
        lines = [site.words["author-head"].format(name=site.words["author"])]
    else:
        fams.add("footer-no-heading")
        lines = []
    must_go: list[str] = []
    for other in others:
        title = other["title"]
        if form == "h24-plus":
            cut = lead(other, rng)
            lines += [site.words["plus"].format(title=title), cut]
            must_go += [title, cut[:60]]
        elif form == "h24-episodes":
            number = rng.randint(12, 240)
            lines.append(site.words["episode"].format(k=number, title=title, **_time(rng)))
            must_go.append(title)
        elif form == "h24-video":
            lines.append(site.words["video"].format(title=title, **_time(rng)))
            must_go.append(title)
        elif form == "h24-dateline":
            cut = lead(other, rng)
            opening = site.words["dateline"].format(
                place=rng.choice(PLACES), agency=site.words["agency"], lead=cut
            )
            lines += [title, opening + site.words["dateline-end"]]
            must_go += [title, cut[:60]]
        else:
            day = {"d": rng.randint(1, 28), "m": rng.randint(1, 12), "y": rng.randint(2019, 2024)}
            lines.append(site.words["author-item"].format(title=title, **day))
            must_go.append(title)
    return lines, must_go
