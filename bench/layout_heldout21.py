"""Parts only the twenty-first held-out pair's pages have (bench/layouts.py, "held-out-21").

Written from what real aggregators and scrapes of them put around an article's title, in
wordings and arrangements no earlier set has: a kicker of each page's own glued to the
title by a colon, a dash or a symbol (no copy of the title on the page); the title only
in a line of markup left over from the page, escaped as the markup escapes it (an
attribute's entities, a JSON string's backslashes); the section and the site's name
around the title; a date or a time before the title on its line; a long title wrapped
over two or three lines with nothing after it; a date line under the title; the body's
first sentence again under the title; an author line over it; and, in no earlier set, a
photo's caption over the title (the picture above the headline).
"""

from __future__ import annotations

import html
import json
import random
from typing import TYPE_CHECKING, Any

from layout_heldout15 import _first_sentence
from layout_words import NAMES, Words
from layout_words_heldout21 import HELD_OUT_21_PARTS as PARTS
from layout_words_heldout21 import MONTHS_DE, MONTHS_EN

if TYPE_CHECKING:
    from layout_parts import Site

# Forms of the title line itself: each site has one, in turn.
TITLE_FORMS = (
    "h21-kicker-glue",
    "h21-markup",
    "h21-section-site",
    "h21-date-prefix",
    "h21-wrapped",
    "h21-kicker-glue-wrapped",
)
# Parts a site may have besides its title form (each goes to two sites at least).
HELD_OUT_21_EXTRAS = (
    "h21-date-under",
    "h21-first-sentence-again",
    "h21-author",
    "h21-photo-over",
)
# Title forms whose pages never show the title again in lower case.
NO_COPY = ("h21-kicker-glue", "h21-markup", "h21-wrapped", "h21-kicker-glue-wrapped")
# A title is wrapped when it has this many characters, over three lines from WRAP_3.
WRAP_2 = 40
WRAP_3 = 90


def draw(site: Site, words: Words, rng: random.Random, n: int) -> None:
    """Give the n-th site its title form and some of the set's other parts."""
    from layout_parts import draw_own_parts

    draw_own_parts(site, HELD_OUT_21_EXTRAS, (), rng, n, share=0.2)
    form = TITLE_FORMS[n % len(TITLE_FORMS)]
    site.extra.add(form)
    if form in NO_COPY:
        site.title_copy = 0.0
    site.words = {key: rng.choice(values) for key, values in PARTS.items()}


def mine(site: Site) -> bool:
    """Tell whether the site is one of this set's."""
    return any(x.startswith("h21-") for x in site.extra)


def _date(form: str, rng: random.Random) -> str:
    """Return a date in one of the set's forms."""
    month = rng.randint(1, 12)
    return form.format(
        d=rng.randint(1, 28),
        m=month,
        y=rng.randint(2015, 2024),
        mname=MONTHS_DE[month - 1],
        ename=MONTHS_EN[month - 1],
        hh=f"{rng.randint(5, 23):02d}",
        mm=f"{rng.randint(0, 59):02d}",
        n=rng.randint(2, 14),
    )


def pre_title(site: Site, words: Words, rng: random.Random, fams: set[str]) -> list[str]:
    """Return the lines right over the title: a photo's caption, an author line."""
    out: list[str] = []
    if "h21-photo-over" in site.extra:
        fams.add("variant-h21-photo-over")
        credit = site.credit.format(agency=rng.choice(words.agencies), name=rng.choice(NAMES))
        caption = rng.choice(words.caption_texts)
        out.append(site.words["photo-over"].format(caption=caption, credit=credit))
    if "h21-author" in site.extra:
        fams.add("variant-h21-author")
        out.append(site.words["author"].format(name=rng.choice(NAMES)))
    return out


def _wrap(line: str) -> list[str]:
    """Return a long line cut at spaces into two or three lines of about equal length."""
    parts = 3 if len(line) >= WRAP_3 else 2
    out, rest = [], line
    for k in range(parts, 1, -1):
        target = len(rest) // k
        spaces = [i for i, ch in enumerate(rest) if ch == " " and i >= target]
        if not spaces:
            break
        out.append(rest[: spaces[0]])
        rest = rest[spaces[0] + 1 :]
    return [*out, rest]


def title_lines(
    site: Site, lines: list[str], words: Words, rng: random.Random, fams: set[str]
) -> list[str]:
    """Return the title as the page shows it (lines: as the earlier sets' parts made it)."""
    extra = site.extra
    if not mine(site) or len(lines) != 1:
        return lines
    line = lines[0]
    if "h21-kicker-glue" in extra or "h21-kicker-glue-wrapped" in extra:
        fams.add("variant-h21-kicker-glue")
        kicker = rng.choice(site.words["kickers"].split("|"))
        line = f"{kicker}{site.words['kicker-glue']}{line}"
    if "h21-section-site" in extra:
        fams.add("variant-h21-section-site")
        section = rng.choice(words.sections)
        line = site.words["section-site"].format(section=section, title=line, site=site.name)
    if "h21-date-prefix" in extra:
        fams.add("variant-h21-date-prefix")
        line = _date(site.words["date-prefix"].replace("{title}", "{{title}}"), rng)
        line = line.format(title=lines[0])
    if "h21-markup" in extra:
        fams.add("variant-h21-markup")
        form = site.words["markup"]
        if form.startswith('"'):
            shown = json.dumps(line, ensure_ascii=False)[1:-1]
        else:
            shown = html.escape(line, quote=True)
        return [form.format(title=shown, site=html.escape(site.name))]
    if ("h21-wrapped" in extra or "h21-kicker-glue-wrapped" in extra) and len(line) >= WRAP_2:
        fams.add("variant-h21-wrapped")
        return _wrap(line)
    return [line]


def under_title(site: Site, doc: dict[str, Any], rng: random.Random, fams: set[str]) -> list[str]:
    """Return the lines under the title: a date line, the body's first sentence again."""
    out: list[str] = []
    if "h21-date-under" in site.extra:
        fams.add("variant-h21-date-under")
        out.append(_date(site.words["date-under"], rng))
    if "h21-first-sentence-again" in site.extra and (
        first := _first_sentence(doc["body"], 40, 260)
    ):
        fams.add("variant-h21-first-sentence-again")
        out.append(site.words["first-again"].format(text=first))
    return out
