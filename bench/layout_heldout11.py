"""Parts only the eleventh held-out pair's pages have (bench/layouts.py, set "held-out-11").

Written from what real aggregators put around an article, in shapes and orders no
earlier set has: a sponsor line, a series line and the lead photo's caption with its
credit before the title, a combined meta line (reading time, replies, saved) under it,
markup comments left over from ad slots, a quiz line and a three-line card naming
another article (label, headline, link) between paragraphs, a citation line repeating
the article's own title, a podcast line, an author's short biography and an edit log
after the body; teasers as CSV or YAML rows left over from the conversion, numbered
with Roman numerals, with the lead in quotation marks, with the lead hard-wrapped over
several lines, and with a photo count after the headline; soft hyphens in the body's
long words, form-feed lines between blocks, and Unicode line separators (U+2028) for
the line ends of the page's second half.
"""

from __future__ import annotations

import random
from typing import TYPE_CHECKING, Any

from layout_words import NAMES, Words
from layout_words_heldout11 import HELD_OUT_11_PARTS as PARTS

if TYPE_CHECKING:
    from layout_parts import Site

HELD_OUT_11_EXTRAS = (
    "h11-sponsor",
    "h11-series",
    "h11-hero-caption",
    "h11-meta",
    "h11-html-comment",
    "h11-quiz",
    "h11-card",
    "h11-cite",
    "h11-podcast",
    "h11-bio",
    "h11-update-log",
    "h11-soft-hyphen",
    "h11-formfeed",
    "h11-u2028",
    "h11-csv-teasers",
    "h11-yaml-teasers",
    "h11-roman-teasers",
    "h11-quoted-teasers",
    "h11-wrapped-teasers",
    "h11-photo-teasers",
)
# Teaser layouts of the set (a site has one of them at most).
TEASER_FORMS = (
    "h11-csv-teasers",
    "h11-yaml-teasers",
    "h11-roman-teasers",
    "h11-quoted-teasers",
    "h11-wrapped-teasers",
    "h11-photo-teasers",
)
ROMAN = ("I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X")
SOFT_HYPHEN = "\u00ad"
# Leaked pieces of a wrapped lead shorter than this are not checked (too common).
PIECE_CHARS = 25


def draw(site: Site, words: Words, rng: random.Random, n: int) -> None:
    """Give the n-th site some of the set's own parts (each goes to one site at least)."""
    from layout_parts import draw_own_parts

    draw_own_parts(site, HELD_OUT_11_EXTRAS, TEASER_FORMS, rng, n, share=0.2)
    site.words = {key: rng.choice(values) for key, values in PARTS.items()}
    site.words["caption-text"] = rng.choice(words.caption_texts)
    site.words["agency"] = rng.choice(words.agencies)
    if "h11-formfeed" in site.extra:
        site.sep = "\n\f\n"


def pre_title(site: Site, words: Words, rng: random.Random, fams: set[str]) -> list[str]:
    """Return the lines right before the title: a sponsor line, a series line, the lead
    photo's caption with its credit."""
    out: list[str] = []
    for part in ("soft-hyphen", "formfeed"):
        # Page-wide variants, named here as every page passes here once.
        if f"h11-{part}" in site.extra:
            fams.add(f"format-h11-{part}")
    if "h11-sponsor" in site.extra:
        fams.add("variant-h11-sponsor")
        out.append(site.words["sponsor"])
    if "h11-series" in site.extra:
        fams.add("variant-h11-series")
        section = rng.choice(words.sections)
        out.append(site.words["series"].format(k=rng.randint(2, 6), section=section))
    if "h11-hero-caption" in site.extra:
        fams.add("variant-h11-hero-caption")
        credit = site.credit.format(agency=site.words["agency"], name=rng.choice(NAMES))
        out.append(f"{site.words['caption-text']}. {credit}")
    return out


def under_title(site: Site, rng: random.Random, fams: set[str]) -> list[str]:
    """Return the line under the title: reading time, replies and saved, in one."""
    if "h11-meta" not in site.extra:
        return []
    fams.add("variant-h11-meta")
    return [site.words["meta"].format(m=rng.randint(2, 12), n=rng.randint(0, 90))]


def hyphenate(site: Site, lines: list[str]) -> list[str]:
    """Return a paragraph's lines with soft hyphens in the middle of long words, as
    text taken from hyphenated HTML has them."""
    if "h11-soft-hyphen" not in site.extra:
        return lines
    out = []
    for line in lines:
        parts = []
        for word in line.split(" "):
            if len(word) >= 12 and word.isalpha():
                word = word[: len(word) // 2] + SOFT_HYPHEN + word[len(word) // 2 :]
            parts.append(word)
        out.append(" ".join(parts))
    return out


def after_paragraph(
    site: Site,
    i: int,
    n: int,
    words: Words,
    others: list[dict[str, Any]],
    rng: random.Random,
    fams: set[str],
) -> tuple[list[str], list[str]]:
    """Return the lines after the i-th of n paragraphs (a markup comment, a quiz line,
    a card naming another article) and the headlines named there, which must not be
    kept."""
    out: list[str] = []
    gone: list[str] = []
    if "h11-html-comment" in site.extra and i in (0, n // 2) and n > 2:
        fams.add("variant-h11-html-comment")
        out.append(site.words["html-comment"].format(k=i + 1))
    if "h11-quiz" in site.extra and i == n - 2 and n > 3:
        fams.add("variant-h11-quiz")
        out.append(site.words["quiz"].format(section=rng.choice(words.sections)))
    if "h11-card" in site.extra and i == 1 and n > 3:
        fams.add("variant-h11-card")
        title = rng.choice(others)["title"]
        out += [site.words["card-label"], title, site.words["card-go"]]
        gone.append(title)
    return out, gone


def after_body(
    site: Site, doc: dict[str, Any], words: Words, rng: random.Random, fams: set[str]
) -> list[str]:
    """Return the lines right after the body: a citation line with the article's own
    title, a podcast line, the author's biography, an edit log."""
    out: list[str] = []
    if not site.extra & set(HELD_OUT_11_EXTRAS):
        return out
    year = rng.randint(2008, 2024)
    if "h11-cite" in site.extra:
        fams.add("variant-h11-cite")
        out.append(site.words["cite"].format(site=site.name, year=year, title=doc["title"]))
    if "h11-podcast" in site.extra:
        fams.add("variant-h11-podcast")
        section = rng.choice(words.sections)
        out.append(site.words["podcast"].format(k=rng.randint(3, 140), section=section))
    if "h11-bio" in site.extra:
        fams.add("variant-h11-bio")
        name = rng.choice(NAMES)
        out.append(
            site.words["bio"].format(name=name, year=year, section=rng.choice(words.sections))
        )
    if "h11-update-log" in site.extra:
        fams.add("variant-h11-update-log")
        hh, mm = rng.randint(0, 23), rng.randint(0, 59)
        out.append(site.words["update-log"].format(hh=hh, mm=mm, k=rng.randint(2, 5)))
    return out


def _slug(title: str) -> str:
    """Return a link's path made from a headline."""
    words = "".join(c if c.isalnum() else " " for c in title.lower()).split()
    return "_".join(words[:5])


def _wrap(text: str, width: int) -> list[str]:
    """Return text broken at spaces into lines of about width characters."""
    lines: list[str] = []
    line = ""
    for word in text.split(" "):
        if line and len(line) + 1 + len(word) > width:
            lines.append(line)
            line = word
        else:
            line = f"{line} {word}" if line else word
    return lines + [line] if line else lines


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
    for i, other in enumerate(others):
        title = other["title"]
        if form == "h11-csv-teasers":
            date = f"20{rng.randint(18, 24)}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"
            lines.append(site.words["csv-row"].format(title=title, date=date, slug=_slug(title)))
            must_go.append(title)
            continue
        cut = lead(other, rng)
        end = site.marker if site.teaser_style == "marker" else site.ellipsis
        text = cut + end
        if form == "h11-yaml-teasers":
            lines.append(site.words["yaml-title"].format(title=title))
            lines.append(site.words["yaml-lead"].format(lead=text))
        elif form == "h11-roman-teasers":
            lines.append(f"{ROMAN[i % len(ROMAN)]}. {title}")
            lines.append(text)
        elif form == "h11-quoted-teasers":
            lines.append(title)
            lines.append(f"„{cut}“{end}")
        elif form == "h11-wrapped-teasers":
            lines.append(title)
            pieces = _wrap(text, rng.randint(55, 75))
            lines += pieces
            must_go += [p[:60] for p in pieces[1:] if len(p) >= PIECE_CHARS]
        else:
            lines.append(f"{title} {site.words['photos'].format(n=rng.randint(3, 40))}")
            lines.append(text)
        must_go += [title, cut[:60]]
    return lines, must_go


def line_ends(site: Site, text: str, fams: set[str]) -> str:
    """Return the page's text with Unicode line separators (U+2028) for the line ends of
    its second half, as text taken from a JSON feed has them (only on a page of LF
    line ends)."""
    if "h11-u2028" not in site.extra or "\r" in text:
        return text
    fams.add("format-h11-u2028")
    half = len(text) // 2
    cut = text.find("\n", half)
    if cut < 0:
        return text
    return text[:cut] + text[cut:-1].replace("\n", "\u2028") + text[-1:]
