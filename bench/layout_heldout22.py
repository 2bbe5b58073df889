"""Parts only the twenty-second held-out pair's pages have (bench/layouts.py, "held-out-22").

Written from what real aggregators and scrapes of them put around an article, in
arrangements no earlier set has: a strip of other stories (headline over a lead cut at a
word) above the article's title, under a label line or none; a pointer to another
article's headline glued to the end of a body paragraph on the paragraph's own line;
chrome lines after the body (contributors, where the text first appeared, a line of
icons, a bilingual tools line). Teasers after the body, under no heading: all of a
block's teasers flattened into one line; a sentence quoted from the middle of another
article with its headline; a headline over a lead that ends in the source and a time in
place of a marker; a link address whose slug spells another headline, over its lead; a
headline over key points, whole sentences of the other article behind bullets.
"""

from __future__ import annotations

import random
import re
from typing import TYPE_CHECKING, Any

from layout_words import NAMES, Words
from layout_words_heldout22 import AGENCIES
from layout_words_heldout22 import HELD_OUT_22_PARTS as PARTS

if TYPE_CHECKING:
    from layout_parts import Site

HELD_OUT_22_EXTRAS = ("h22-top-strip", "h22-glued-pointer", "h22-after-chrome")
# Teaser layouts of the set (a site has one of them at most).
TEASER_FORMS = ("h22-flat", "h22-mid-quote", "h22-stamped-lead", "h22-slug", "h22-key-points")
# The sites that lay their teasers out as the other sets do.
OTHER_SETS_TEASERS = (3, 9)
CHROME_KEYS = ("contrib", "first-seen", "icons", "bilingual")
SENTENCE = re.compile(r"[^.!?]+[.!?][«»“”\"']?(?= [A-ZÄÖÜ]|$)")
SLUG = str.maketrans({"ä": "ae", "ö": "oe", "ü": "ue", "ß": "ss"})


def draw(site: Site, words: Words, rng: random.Random, n: int) -> None:
    """Give the n-th site some of the set's own parts (each goes to two sites at least)."""
    from layout_parts import draw_set_site

    draw_set_site(site, HELD_OUT_22_EXTRAS, TEASER_FORMS, OTHER_SETS_TEASERS, PARTS, rng, n, 0.3)
    site.words["slug-section"] = (
        rng.choice(words.sections).lower().translate(SLUG).replace(" ", "-")
    )
    keys = rng.sample(CHROME_KEYS, rng.randint(2, 3))
    site.words["chrome"] = "\x1f".join(k for k in CHROME_KEYS if k in keys)


def mine(site: Site) -> bool:
    """Tell whether the site is one of this set's."""
    return any(x.startswith("h22-") for x in site.extra)


def _sentences(text: str) -> list[str]:
    """Return the whole sentences of a text, 50 to 240 characters."""
    text = " ".join(text.split())
    return [s.strip() for s in SENTENCE.findall(text) if 50 <= len(s.strip()) <= 240]


def top_strip(
    site: Site, doc: dict[str, Any], pool: list[dict[str, Any]], rng: random.Random, fams: set[str]
) -> tuple[list[str], list[str]]:
    """Return a strip of two or three other stories (headline over a lead cut at a word)
    above the title, and their texts, which must not be kept."""
    if "h22-top-strip" not in site.extra:
        return [], []
    from layout_parts import lead

    fams.add("variant-h22-top-strip")
    picked = rng.sample([d for d in pool if d["id"] != doc["id"]], rng.randint(2, 3))
    lines = [site.words["strip-label"]] if site.words["strip-label"] else []
    must_go: list[str] = []
    for other in picked:
        cut = lead(other, rng)
        lines += [other["title"], cut]
        must_go += [other["title"], cut[:60]]
    return lines, must_go


def glued_pointer(
    site: Site,
    i: int,
    n: int,
    line: str,
    others: list[dict[str, Any]],
    rng: random.Random,
    fams: set[str],
) -> tuple[str, list[str]]:
    """Return a paragraph's last line with a pointer to another headline glued to its end
    (the second of n paragraphs only), and that headline."""
    if "h22-glued-pointer" not in site.extra or n < 3 or i != 1:
        return line, []
    fams.add("variant-h22-glued-pointer")
    title = rng.choice(others)["title"]
    return line + site.words["glued"].format(title=title), [title]


def after_body(site: Site, rng: random.Random, fams: set[str]) -> list[str]:
    """Return the chrome lines right after the body (contributors, first appearance,
    icons, bilingual tools)."""
    if "h22-after-chrome" not in site.extra:
        return []
    fams.add("variant-h22-after-chrome")
    name, name2 = rng.sample(NAMES, 2)
    values = {"name": name, "name2": name2, "site": site.name}
    return [site.words[key].format(**values) for key in site.words["chrome"].split("\x1f")]


def _slug(site: Site, other: dict[str, Any], rng: random.Random) -> str:
    """Return a link address whose slug spells the other article's headline."""
    host = site.name.split()[0].lower().translate(SLUG)
    words = re.findall(r"\w+", other["title"].lower().translate(SLUG))
    start = site.words["host"].format(host=host, section=site.words["slug-section"])
    return f"{start}{'-'.join(words)}-{rng.randint(100000, 999999)}.html"


def teaser_block(
    site: Site, others: list[dict[str, Any]], rng: random.Random, fams: set[str]
) -> tuple[list[str], list[str]] | None:
    """Return the set's own teaser block and the texts that must not leak (None: the
    site lays its teasers out as the other sets do)."""
    from layout_parts import lead, own_teaser_form

    form = own_teaser_form(site, TEASER_FORMS, fams)
    if not form:
        return None
    fams.add("footer-no-heading")
    lines: list[str] = []
    must_go: list[str] = []
    flat: list[str] = []
    for other in others:
        title = other["title"]
        cut = lead(other, rng)
        sentences = _sentences(other["body"])
        if form == "h22-flat":
            flat.append(f"{title}{site.words['flat-join']}{cut} …")
            must_go += [title, cut[:60]]
        elif form == "h22-mid-quote" and len(sentences) >= 3:
            quote = rng.choice(sentences[1:-1])
            lines.append(site.words["quote"].format(quote=quote, title=title))
            must_go += [title, quote[:60]]
        elif form == "h22-stamped-lead":
            stamp = site.words["stamp"].format(
                agency=rng.choice(AGENCIES),
                dd=f"{rng.randint(1, 28):02d}",
                mo=f"{rng.randint(1, 12):02d}",
                hh=f"{rng.randint(6, 23):02d}",
                mi=f"{rng.randint(0, 59):02d}",
            )
            lines += [title, cut + stamp]
            must_go += [title, cut[:60]]
        elif form == "h22-slug":
            address = _slug(site, other, rng)
            lines += [address, cut]
            must_go += [address, cut[:60]]
        elif form == "h22-key-points" and len(sentences) >= 2:
            points = [sentences[0], rng.choice(sentences[1:])]
            lines += [title, *(site.words["point"] + p for p in points)]
            must_go += [title, *(p[:60] for p in points)]
        else:
            # Too few whole sentences for the form: the headline over its cut lead.
            lines += [title, cut]
            must_go += [title, cut[:60]]
    if flat:
        # Two or three teasers to a line, as a narrow box flattens them.
        width = rng.randint(2, 3)
        sep = site.words["flat-sep"]
        lines = [sep.join(flat[k : k + width]) for k in range(0, len(flat), width)]
    return lines, must_go
