"""Tests for index.title_line: heading marks and the site's name taken off the title."""

from __future__ import annotations

import pytest
from page_parts import SITE_ARTICLES

from index import title_line
from index.clean import clean_page, gather_page
from index.evidence import Evidence, Gatherer
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


def gathered(found: list[tuple[str, str, str]]) -> Evidence:
    """Gather a run's evidence over one source's pages."""
    gatherer = Gatherer()
    for page_id, text, _ in found:
        gather_page(gatherer, page_id, "site", text)
    return gatherer.evidence()


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
