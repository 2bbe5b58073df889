"""Tests for index.title_line: heading marks and the site's name taken off the title."""

from __future__ import annotations

import pytest
from page_parts import SITE_ARTICLES, gathered

from index import title_line
from index.clean import clean_page
from index.title_line import split_head, split_tail, title_text, unmarked

# A source's articles: title, then two body sentences.
ARTICLES = SITE_ARTICLES[:6]


def pages(form: str) -> list[tuple[str, str, str]]:
    """Return (id, text, title) of a source's pages whose title line is written as form."""
    out = []
    for n, (title, one, two) in enumerate(ARTICLES):
        text = "\n\n".join((form.format(title=title), f"{one} {two}", f"{two} {one}"))
        out.append((f"p{n}", text, title))
    return out


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("# Neuer Radweg am Rhein", "Neuer Radweg am Rhein"),
        ("# Neuer Radweg am Rhein #", "Neuer Radweg am Rhein"),
        ("### Neuer Radweg ###", "Neuer Radweg"),
        # Not a heading: a hashtag, a number sign, marks without a space.
        ("#Radweg am Rhein", "#Radweg am Rhein"),
        ("#1 der Charts", "#1 der Charts"),
        ("Neuer Radweg #", "Neuer Radweg #"),
    ],
)
def test_unmarked(line: str, expected: str) -> None:
    assert unmarked(line) == expected


@pytest.mark.parametrize(
    ("line", "tail", "head"),
    [
        ("Neuer Radweg am Rhein ‖ Rheinblatt", ("Neuer Radweg am Rhein", "Rheinblatt"), None),
        ("Neuer Radweg :: Rheinblatt Online", ("Neuer Radweg", "Rheinblatt Online"),
         ("Neuer Radweg", "Rheinblatt Online")),
        ("Rheinblatt | Neuer Radweg am Rhein", None, ("Rheinblatt", "Neuer Radweg am Rhein")),
        # The last separator for the tail, the first for the head.
        ("Putin – ein Jahr danach ‖ Rheinblatt", ("Putin – ein Jahr danach", "Rheinblatt"),
         ("Putin", "ein Jahr danach ‖ Rheinblatt")),
        # More words than a site's name has after the separator; no separator at all.
        ("Rhein | Neuer Radweg entlang des ganzen Ufers", None,
         ("Rhein", "Neuer Radweg entlang des ganzen Ufers")),
        ("Neuer Radweg am Rhein", None, None),
    ],
)  # fmt: skip
def test_split_tail_and_head(
    line: str, tail: tuple[str, str] | None, head: tuple[str, str] | None
) -> None:
    found, opened = split_tail(line), split_head(line)
    assert ((found[0], found[2]) if found else None) == tail
    assert ((opened[0], opened[2]) if opened else None) == head


@pytest.mark.parametrize(
    "form",
    [
        "{title} ‖ Rheinblatt",
        "{title} :: Rheinblatt Online",
        "Rheinblatt | {title}",
        "# {title} ‖ Rheinblatt #",
    ],
)
def test_the_sites_name_on_every_title_is_cut(form: str) -> None:
    found = pages(form)
    evidence = gathered(found)
    for page_id, text, title in found:
        assert clean_page(text, evidence, "site", page_id).title == title


def test_the_sites_name_stays_without_evidence() -> None:
    page_id, text, title = pages("{title} ‖ Rheinblatt")[0]
    assert clean_page(text, None, "site", page_id).title == f"{title} ‖ Rheinblatt"


def test_a_titles_own_tail_stays() -> None:
    """A dash in titles, ending in other words on every page, is the titles' own."""
    found = [
        (page_id, text.replace(title, f"{title} – {tail}", 1), f"{title} – {tail}")
        for (page_id, text, title), tail in zip(
            pages("{title}"),
            ("Baustart im Mai", "Eltern jubeln", "Pegel sinkt", "Ende einer Ära", "Musik im Park",
             "Opposition empört"),
            strict=True,
        )
    ]  # fmt: skip
    evidence = gathered(found)
    for page_id, text, title in found:
        assert clean_page(text, evidence, "site", page_id).title == title


def test_a_short_title_with_the_sites_name_is_no_breadcrumb() -> None:
    """ "Kurz und klar ‖ Site" reads as two short parts between a separator (a breadcrumb)
    until the site's name is off."""
    found = pages("{title} ‖ Rheinblatt")
    found[0] = (found[0][0], found[0][1].replace(ARTICLES[0][0], "Radweg kommt", 1), "Radweg kommt")
    evidence = gathered(found)
    page_id, text, title = found[0]
    assert clean_page(text, evidence, "site", page_id).title == title


def test_the_lower_case_copy_of_a_title_with_the_sites_name_is_dropped() -> None:
    found = pages("{title} ‖ Rheinblatt")
    found = [(i, t.replace("\n\n", f"\n\n{title.lower()}\n\n", 1), title) for i, t, title in found]
    evidence = gathered(found)
    for page_id, text, title in found:
        got = clean_page(text, evidence, "site", page_id)
        assert (got.title, got.body.split("\n")[0][:10]) == (
            title,
            ARTICLES[int(page_id[1:])][1][:10],
        )


def test_title_text_says_what_it_cut() -> None:
    found = pages("# {title} ‖ Rheinblatt")
    evidence = gathered(found)
    text, cut = title_text(f"# {ARTICLES[0][0]} ‖ Rheinblatt", evidence, "site")
    assert text == ARTICLES[0][0]
    assert cut == ["heading marks", "the site's name after it ('Rheinblatt')"]


def test_a_name_on_fewer_than_half_of_the_pages_stays(monkeypatch: pytest.MonkeyPatch) -> None:
    found = pages("{title} ‖ Rheinblatt")
    evidence = gathered(found)
    # The same evidence, read as if the source had three times the pages.
    monkeypatch.setitem(evidence.sizes, "site", 3 * len(found))
    assert title_text(f"{ARTICLES[0][0]} ‖ Rheinblatt", evidence, "site")[0].endswith("Rheinblatt")
    monkeypatch.setattr(title_line, "SITE_SHARE", 0.1)
    assert title_text(f"{ARTICLES[0][0]} ‖ Rheinblatt", evidence, "site")[0] == ARTICLES[0][0]


@pytest.mark.parametrize(
    "form",
    [
        # A bracketed ending with a number of the page's own, the same words on every page.
        "{title} (Beitrag {n}71)",
        "{title} [aktualisiert]",
        # Two of the site's endings, one under the other.
        "{title} – UPDATE {n} « Rheinblatt",
        "Rheinblatt | {title} (Beitrag 9{n}3)",
    ],
)
def test_the_sites_endings_on_every_title_are_cut(form: str) -> None:
    found = [
        (page_id, text.replace("{n}", str(n)), title)
        for n, (page_id, text, title) in enumerate(pages(form.replace("{n}", "{{n}}")))
    ]
    evidence = gathered(found)
    for page_id, text, title in found:
        assert clean_page(text, evidence, "site", page_id).title == title


def test_a_titles_own_brackets_stay() -> None:
    """A bracketed ending in other words on every page is the titles' own."""
    endings = ("(Interview)", "(Video)", "[Kommentar]", "(mit Karte)", "(Teil 2)", "(Analyse)")
    found = [
        (page_id, text.replace(title, f"{title} {end}", 1), f"{title} {end}")
        for (page_id, text, title), end in zip(pages("{title}"), endings, strict=True)
    ]
    evidence = gathered(found)
    for page_id, text, title in found:
        assert clean_page(text, evidence, "site", page_id).title == title


@pytest.mark.parametrize(
    ("form", "wrapped"),
    [
        # The end on the line of the site's name (a word or more).
        ("{title} / Rheinblatt digital", "{first}\n\n{last} / Rheinblatt digital"),
        ("{title} (Beitrag 4711)", "{first}\n\n{last} (Beitrag 4711)"),
        # The start on the line of the site's name before it, the site's ending after the
        # rest.
        ("Rheinblatt | {title} [aktualisiert]", "Rheinblatt | {first}\n\n{last} [aktualisiert]"),
    ],
)
def test_a_title_wrapped_onto_the_line_of_the_sites_name(form: str, wrapped: str) -> None:
    found = pages(form)
    page_id, text, title = found[3]  # "Bäckerei schließt nach 90 Jahren"
    first, last = title.rsplit(" ", 2)[0], " ".join(title.rsplit(" ", 2)[1:])
    line = form.format(title=title)
    found[3] = (page_id, text.replace(line, wrapped.format(first=first, last=last)), title)
    evidence = gathered(found)
    got = clean_page(found[3][1], evidence, "site", page_id)
    assert got.title == title
    assert got.body.startswith(ARTICLES[3][1])


def test_a_toolbar_under_the_title_is_not_its_end() -> None:
    """A line recurring under every title (a toolbar) ends in the same words on every
    page, but it is no part of the title."""
    found = pages("{title}\n\nMerken ⋄ Drucken ⋄ Teilen")
    evidence = gathered(found)
    for page_id, text, title in found:
        assert clean_page(text, evidence, "site", page_id).title == title


def test_a_dated_byline_under_the_title_is_not_its_end() -> None:
    """A byline ending in a bracketed date under every title: a date is no site's name."""
    found = [
        (
            page_id,
            text.replace("\n\n", f"\n\n{name} berichtet ({n + 1}.0{n + 2}.2024)\n\n", 1),
            title,
        )
        for n, ((page_id, text, title), name) in enumerate(
            zip(pages("{title}"), ("Anna Keller", "Jonas Weber", "Lea Brandt") * 2, strict=True)
        )
    ]
    evidence = gathered(found)
    for page_id, text, title in found:
        assert clean_page(text, evidence, "site", page_id).title == title


def test_wrapped_parts_need_evidence() -> None:
    line, below = "Bäckerei schließt", "nach 90 Jahren / Rheinblatt digital"
    assert title_line.wrapped_end(line, below, None, "site") == ""
    assert title_line.wrapped_start(f"Rheinblatt | {line}", below, None, "site") == ""


def test_a_title_wrapped_from_the_line_of_the_sites_name_over_it() -> None:
    """The rules take the lower line for the title (its words come back in the body, the
    upper line's do not): its start is on the line of the site's name over it."""
    found = pages("Rheinblatt | {title} [aktualisiert]")
    title = "Stadtrat tagt heute: Radweg am Rhein kommt"
    page_id, text, _ = found[0]
    wrapped = "Rheinblatt | Stadtrat tagt heute:\n\nRadweg am Rhein kommt [aktualisiert]"
    found[0] = (page_id, text.replace(found[0][1].split("\n\n")[0], wrapped), title)
    evidence = gathered(found)
    got = clean_page(found[0][1], evidence, "site", page_id)
    assert got.title == title
    assert got.body.startswith(ARTICLES[0][1])
