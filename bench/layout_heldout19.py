"""Parts only the nineteenth held-out pair's pages have (bench/layouts.py, set "held-out-19").

Written from what real aggregators and scrapes of them put around an article, in
arrangements no earlier set has: a one-line pointer quoting another article's headline
after the second paragraph; a block of earlier stories' headlines under a heading between
the title and the body; chrome lines after the body (a reader poll, a sharing line, an
app promotion, a paywall notice). Teasers after the body, with no marker: a headline run
into its whole-sentence lead on one line; a headline over a date and author line over a
whole-sentence lead; a grid of headlines flattened to one line per row with a separator;
a whole-sentence lead over its headline (the order turned round); a numbered ranking of
headlines under a heading.
"""

from __future__ import annotations

import random
from typing import TYPE_CHECKING, Any

from layout_heldout15 import _first_sentence
from layout_words import NAMES, Words
from layout_words_heldout19 import HELD_OUT_19_PARTS as PARTS
from layout_words_heldout19 import MONTHS_DE, MONTHS_EN

if TYPE_CHECKING:
    from layout_parts import Site

HELD_OUT_19_EXTRAS = (
    "h19-pointer",
    "h19-related-top",
    "h19-after-chrome",
    "h19-run-in",
    "h19-stamped",
    "h19-grid",
    "h19-lead-first",
    "h19-ranking",
)
# Teaser layouts of the set (a site has one of them at most).
TEASER_FORMS = ("h19-run-in", "h19-stamped", "h19-grid", "h19-lead-first", "h19-ranking")
CHROME_KEYS = ("poll", "share-line", "app", "paywall")


def draw(site: Site, words: Words, rng: random.Random, n: int) -> None:
    """Give the n-th site some of the set's own parts (each goes to two sites at least)."""
    from layout_parts import draw_own_parts

    draw_own_parts(site, HELD_OUT_19_EXTRAS[:3], (), rng, n, share=0.3)
    if n % 6 != 5:
        # Each teaser form goes to two sites; two sites lay teasers out as other sets do.
        site.extra.add(TEASER_FORMS[n % len(TEASER_FORMS)])
    site.words = {key: rng.choice(values) for key, values in PARTS.items()}
    keys = rng.sample(CHROME_KEYS, rng.randint(2, 3))
    site.words["chrome"] = "\x1f".join(site.words[key] for key in keys)


def _date(form: str, rng: random.Random) -> str:
    """Return a date with an author's name in one of the set's forms."""
    month = rng.randint(1, 12)
    return form.format(
        day=rng.randint(1, 28),
        month=f"{month:02d}",
        year=f"20{rng.randint(17, 24)}",
        mname=MONTHS_DE[month - 1],
        ename=MONTHS_EN[month - 1],
        name=rng.choice(NAMES),
    )


def before_body(
    site: Site, others: list[dict[str, Any]], rng: random.Random, fams: set[str]
) -> tuple[list[str], list[str]]:
    """Return a block of earlier stories' headlines under a heading between the title and
    the body, and the headlines, which must not be kept."""
    if "h19-related-top" not in site.extra:
        return [], []
    fams.add("variant-h19-related-top")
    picked = others[-rng.randint(2, 3) :]
    return [site.words["upfront-head"]] + [d["title"] for d in picked], [d["title"] for d in picked]


def after_paragraph(
    site: Site,
    i: int,
    n: int,
    others: list[dict[str, Any]],
    rng: random.Random,
    fams: set[str],
) -> tuple[list[str], list[str]]:
    """Return a one-line pointer quoting another article's headline after the second of
    n paragraphs, and that headline, which must not be kept."""
    if "h19-pointer" not in site.extra or n < 3 or i != 1:
        return [], []
    fams.add("variant-h19-pointer")
    title = rng.choice(others)["title"]
    return [site.words["pointer"].format(title=title)], [title]


def after_body(site: Site, fams: set[str]) -> list[str]:
    """Return the chrome lines right after the body (poll, sharing, app, paywall)."""
    if "h19-after-chrome" not in site.extra:
        return []
    fams.add("variant-h19-after-chrome")
    return site.words["chrome"].split("\x1f")


def teaser_block(
    site: Site, others: list[dict[str, Any]], rng: random.Random, fams: set[str]
) -> tuple[list[str], list[str]] | None:
    """Return the set's own teaser block and the texts that must not leak (None: the
    site lays its teasers out as the other sets do)."""
    from layout_parts import heading_line, lead, own_teaser_form

    form = own_teaser_form(site, TEASER_FORMS, fams)
    if not form:
        return None
    lines: list[str] = []
    if form == "h19-ranking":
        fams.add("footer-heading")
        lines.append(heading_line(site, site.words["ranking-head"]))
    else:
        fams.add("footer-no-heading")
    must_go: list[str] = []
    if form == "h19-grid":
        sep = site.words["grid-sep"]
        for start in range(0, len(others), 3):
            row = [d["title"] for d in others[start : start + 3]]
            lines.append(sep.join(row))
            must_go += row
        return lines, must_go
    for i, other in enumerate(others, 1):
        title = other["title"]
        whole = _first_sentence(other["body"], 50, 260) or lead(other, rng)
        if form == "h19-run-in":
            end = "" if title.endswith((".", "!", "?")) else "."
            lines.append(f"{title}{end} {whole}")
            must_go += [title, whole[:60]]
        elif form == "h19-stamped":
            lines += [title, _date(site.words["card-stamp"], rng), whole]
            must_go += [title, whole[:60]]
        elif form == "h19-lead-first":
            lines += [whole, title]
            must_go += [title, whole[:60]]
        else:
            lines.append(f"{i}. {title}")
            must_go.append(title)
    return lines, must_go
