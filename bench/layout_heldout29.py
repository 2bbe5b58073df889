"""Parts only the twenty-ninth held-out pair's pages have (bench/layouts.py, "held-out-29").

Written from how local news sites and aggregators lay out other stories and the chrome
around an article, in arrangements no earlier set has: a recommendation block between
body paragraphs (a heading in a new wording, then two headlines); after the body a poll
(question, options, a vote line, a count) and a line of reaction counts. Teasers after
the body: other stories set in a two-column text table (headlines and leads wrapped into
columns side by side); headlines over leads of whole sentences that end without any
marker; a line of dashes over other stories' whole first paragraphs (no headlines); a
paywall notice, then other stories' headlines and leads; English stories' teasers on a
German page.

Cleaner version 23, measured once when this set was written, before any cleaner change
(.venv/bin/python bench/cleaning.py --set held-out-29 held-out-29-words --evidence run):
held-out-29 body P 0.9923, R 0.9787, titles 0.9933, 83 of 300 pages leaking (the
recommendation block on 83 of its 195 pages, English teasers 26 of 50, the table 23 of 50,
the dashes 19 of 50, the paywall 8 of 50, leads with no marker 0 of 50), language 1.0000;
held-out-29-words body P 0.9996, R 0.9874, titles 1.0000, 0 of 300 pages leaking,
language 1.0000.
"""

from __future__ import annotations

import random
import textwrap
from typing import TYPE_CHECKING, Any

from layout_heldout22 import _sentences
from layout_words import Words
from layout_words_heldout29 import HELD_OUT_29_PARTS as PARTS

if TYPE_CHECKING:
    from layout_parts import Site

HELD_OUT_29_EXTRAS = ("h29-inline-block", "h29-poll", "h29-reactions")
# Teaser layouts of the set (a site has one of them at most).
TEASER_FORMS = ("h29-table", "h29-bare", "h29-dashes", "h29-paywall", "h29-english")
# The sites that lay their teasers out as the other sets do.
OTHER_SETS_TEASERS = (2, 8)
# The width of one column of the text table, and what stands between two columns.
COLUMN = 36
GUTTERS = ("    ", " │ ", " | ")


def draw(site: Site, words: Words, rng: random.Random, n: int) -> None:
    """Give the n-th site some of the set's own parts (each goes to two sites at least)."""
    from layout_parts import draw_set_site

    draw_set_site(site, HELD_OUT_29_EXTRAS, TEASER_FORMS, OTHER_SETS_TEASERS, PARTS, rng, n, 0.3)
    site.words["gutter"] = rng.choice(GUTTERS)


def _first_sentences(other: dict[str, Any], rng: random.Random, most: int) -> str:
    """Return one to `most` whole sentences from the start of another story."""
    from layout_parts import lead

    sentences = _sentences(other["body"])
    if not sentences:
        return lead(other, rng)
    return " ".join(sentences[: rng.randint(1, most)])


def after_paragraph(
    site: Site,
    i: int,
    n: int,
    others: list[dict[str, Any]],
    rng: random.Random,
    fams: set[str],
) -> tuple[list[str], list[str]]:
    """Return a recommendation block after the second of n paragraphs, and its headlines,
    which must not be kept."""
    if "h29-inline-block" not in site.extra or n < 4 or i != 1:
        return [], []
    fams.add("variant-h29-inline-block")
    two = rng.sample(others, 2)
    return [site.words["inline-head"]] + [o["title"] for o in two], [o["title"] for o in two]


def after_body(site: Site, rng: random.Random, fams: set[str]) -> list[str]:
    """Return the poll and the reaction counts."""
    out: list[str] = []
    if "h29-poll" in site.extra:
        fams.add("variant-h29-poll")
        out.append(site.words["poll-question"])
        out += site.words["poll-options"].split("|")
        out.append(site.words["poll-vote"])
        out.append(site.words["poll-result"].format(n=rng.randint(40, 3000)))
    if "h29-reactions" in site.extra:
        fams.add("variant-h29-reactions")
        a, b, c = (rng.randint(0, 400) for _ in range(3))
        out.append(site.words["reactions"].format(a=a, b=b, c=c))
    return out


def _table(
    site: Site, others: list[dict[str, Any]], rng: random.Random
) -> tuple[list[str], list[str]]:
    """Return other stories set two by two in text columns, and the texts that must go."""
    from layout_parts import lead

    lines: list[str] = []
    must_go: list[str] = []
    gutter = site.words["gutter"]
    pairs = [others[k : k + 2] for k in range(0, len(others) - 1, 2)][:3]
    for pair in pairs:
        cells = []
        for other in pair:
            head = textwrap.wrap(other["title"], COLUMN)
            body = textwrap.wrap(lead(other, rng)[:150], COLUMN)
            cells.append(head + [""] + body)
            must_go += [head[0], body[0]]
        rows = max(len(c) for c in cells)
        for cell in cells:
            cell += [""] * (rows - len(cell))
        for left, right in zip(*cells, strict=True):
            lines.append(f"{left:<{COLUMN}}{gutter}{right}".rstrip())
    return lines, [t for t in must_go if len(t) >= 15]


def teaser_block(
    site: Site,
    others: list[dict[str, Any]],
    pool: list[dict[str, Any]],
    rng: random.Random,
    fams: set[str],
) -> tuple[list[str], list[str]] | None:
    """Return the set's own teaser block and the texts that must not leak (None: the
    site lays its teasers out as the other sets do)."""
    from layout_parts import lead, own_teaser_form, paragraphs

    form = own_teaser_form(site, TEASER_FORMS, fams)
    if not form:
        return None
    heads = {"h29-table": "table-head", "h29-bare": "bare-head", "h29-english": "english-head"}
    lines: list[str] = []
    if form in heads:
        fams.add("footer-heading")
        lines.append(site.words[heads[form]])
    else:
        fams.add("footer-no-heading")
    must_go: list[str] = []
    if form == "h29-table":
        table, must_go = _table(site, others, rng)
        return lines + table, must_go
    if form == "h29-dashes":
        for other in others[:3]:
            first = paragraphs(other["body"])[0]
            if len(first) > 420:
                first = _first_sentences(other, rng, 2)
            lines += [site.words["dashes"], first]
            must_go.append(first[:60])
        return lines, must_go
    if form == "h29-english":
        english = [d for d in pool if d.get("lang_hint") == "en"]
        for other in rng.sample(english, min(4, len(english))):
            cut = lead(other, rng)
            lines += [other["title"], cut + site.words["english-marker"]]
            must_go += [other["title"], cut[:60]]
        return lines, must_go
    if form == "h29-paywall":
        lines += [site.words["paywall"], site.words["paywall-then"]]
        others = others[:3]
    for other in others:
        first = _first_sentences(other, rng, 2) if form == "h29-bare" else lead(other, rng)
        lines += [other["title"], first]
        must_go += [other["title"], first[:60]]
    return lines, must_go
