"""The search page in a real browser: headless Chromium against `newsarchive serve`.

One server (tests/conftest.py: live_server) and one browser serve the whole module; each
test gets a fresh browser context that records every request, console message, page
error and dialog, and fails when a request left 127.0.0.1, the console showed an error,
a script threw, or a dialog opened. Screenshots go to instance/screenshots/ (git-ignored).
"""

from __future__ import annotations

import json
import os
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import parse_qs, urlsplit

import pytest
from axe_playwright_python.base import AXE_FILE_PATH
from playwright.sync_api import Browser, BrowserContext, Page, Playwright, expect, sync_playwright

ROOT = Path(__file__).resolve().parent.parent
SHOTS = ROOT / "instance" / "screenshots"
CHROMIUM = Path(os.environ.get("NEWSARCHIVE_CHROMIUM", "/usr/bin/chromium"))
# Flags that keep Chromium from calling home: on a closed network those calls are refused.
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]
DESKTOP = {"width": 1280, "height": 900}
PHONE = {"width": 360, "height": 740}
COUNT = re.compile(r"([\d.]+) Treffer")
PAYLOAD = "weserbote/2023-02-14_script-probe"

pytestmark = pytest.mark.skipif(
    not CHROMIUM.exists(),
    reason=f"browser tests need Chromium at {CHROMIUM} (apt-get install -y chromium; "
    "or set NEWSARCHIVE_CHROMIUM to another Chromium binary)",
)


@pytest.fixture(scope="module")
def playwright() -> Iterator[Playwright]:
    with sync_playwright() as pw:
        yield pw


@pytest.fixture(scope="module")
def browser(playwright: Playwright) -> Iterator[Browser]:
    browser = playwright.chromium.launch(
        executable_path=str(CHROMIUM), headless=True, args=CHROMIUM_ARGS
    )
    yield browser
    browser.close()


@dataclass
class Tab:
    """A page in its own browser context, with everything it did on the way."""

    page: Page
    base: str
    requests: list[str] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)
    dialogs: list[str] = field(default_factory=list)
    bytes_by_url: dict[str, int] = field(default_factory=dict)

    def open(self, path: str) -> Page:
        self.page.goto(self.base + path)
        return self.page

    def count(self) -> int:
        """The total the page shows ("25 Treffer")."""
        text = self.page.locator("#count").inner_text()
        match = COUNT.search(text)
        assert match, text
        return int(match.group(1).replace(".", ""))

    def params(self) -> dict[str, list[str]]:
        return parse_qs(urlsplit(self.page.url).query)

    def shot(self, name: str) -> Path:
        SHOTS.mkdir(parents=True, exist_ok=True)
        path = SHOTS / name
        self.page.screenshot(path=str(path), full_page=True)
        return path


def _local(url: str, base: str) -> bool:
    parts = urlsplit(url)
    return parts.scheme in ("data", "blob", "about") or parts.netloc == urlsplit(base).netloc


def _new_tab(browser: Browser, base: str, **options) -> Iterator[Tab]:
    context: BrowserContext = browser.new_context(locale="de-DE", **options)
    context.set_default_timeout(10_000)
    page = context.new_page()
    tab = Tab(page, base)
    # Record every request; anything not for the server under test is also stopped here.
    context.on("request", lambda r: tab.requests.append(r.url))
    context.route(
        "**/*",
        lambda route: route.continue_() if _local(route.request.url, base) else route.abort(),
    )
    page.on(
        "console",
        lambda m: tab.errors.append(f"console {m.type}: {m.text}") if m.type == "error" else None,
    )
    page.on("pageerror", lambda exc: tab.errors.append(f"page error: {exc}"))

    def _dialog(dialog) -> None:
        tab.dialogs.append(f"{dialog.type}: {dialog.message}")
        dialog.dismiss()

    page.on("dialog", _dialog)

    def _response(response) -> None:
        try:
            tab.bytes_by_url[response.url] = len(response.body())
        except Exception:  # redirects and aborted loads have no body
            pass

    page.on("response", _response)
    yield tab
    context.close()
    outside = [u for u in tab.requests if not _local(u, base)]
    assert not outside, f"requests left {base}: {outside}"
    assert not tab.errors, tab.errors
    assert not tab.dialogs, f"dialogs opened: {tab.dialogs}"


@pytest.fixture()
def tab(browser: Browser, live_server: str) -> Iterator[Tab]:
    """A desktop-sized page on the live server."""
    yield from _new_tab(browser, live_server, viewport=DESKTOP)


@pytest.fixture()
def phone(browser: Browser, live_server: str) -> Iterator[Tab]:
    """A page 360 px wide, as on a small phone."""
    yield from _new_tab(browser, live_server, viewport=PHONE, has_touch=True, is_mobile=True)


@pytest.fixture()
def nojs(browser: Browser, live_server: str) -> Iterator[Tab]:
    """A desktop-sized page with JavaScript switched off."""
    yield from _new_tab(browser, live_server, viewport=DESKTOP, java_script_enabled=False)


def _search_by_typing(tab: Tab, query: str) -> Page:
    page = tab.open("/")
    box = page.locator("#q")
    expect(box).to_be_focused()  # autofocus on the start page
    page.keyboard.type(query)
    page.keyboard.press("Enter")
    page.wait_for_url(re.compile(r"\?q="))
    return page


def test_type_a_german_query_and_press_enter(tab: Tab) -> None:
    page = _search_by_typing(tab, "Flüchtlinge")
    assert tab.params()["q"] == ["Flüchtlinge"]
    expect(page.locator("#q")).to_have_value("Flüchtlinge")
    expect(page).to_have_title(re.compile("^Flüchtlinge – "))
    assert tab.count() == 7
    hits = page.locator("ol.hits > li.hit")
    expect(hits).to_have_count(7)
    first = hits.first
    expect(first.locator("h2 a")).to_be_visible()
    expect(first.locator(".meta time")).to_have_attribute("datetime", re.compile(r"^\d{4}-"))
    expect(first.locator(".meta .source")).not_to_be_empty()
    expect(first.locator(".meta .lang")).to_have_text(re.compile("de", re.I))
    marks = page.locator("ol.hits mark")
    assert marks.count() >= 7
    assert all("flüchtling" in t.casefold() for t in marks.all_inner_texts())
    expect(page.locator(".took")).to_contain_text("ms")
    tab.shot("search.png")


def test_open_an_article_and_step_through_its_matches(tab: Tab) -> None:
    page = tab.open("/?q=Hafen")
    title = page.locator("ol.hits h2 a").first
    title_text = title.inner_text()
    title.click()
    page.wait_for_url(re.compile("/articles/"))
    expect(page.locator("article h1")).to_have_text(title_text)
    marks = page.locator("article mark")
    total = marks.count()
    assert total >= 2
    nav = page.locator(".matchnav")
    expect(nav).to_be_visible()
    expect(nav.locator(".where")).to_have_text(f"{total} Treffer")
    page.keyboard.press("n")
    expect(page.locator("article mark.current")).to_have_count(1)
    expect(nav.locator(".where")).to_have_text(f"Treffer 1 von {total}")
    assert page.evaluate("document.activeElement.tagName") == "MARK"
    nav.get_by_role("button", name="nächster Treffer").click()
    expect(nav.locator(".where")).to_have_text(f"Treffer 2 von {total}")
    expect(marks.nth(1)).to_have_class("current")
    page.keyboard.press("Shift+N")
    expect(nav.locator(".where")).to_have_text(f"Treffer 1 von {total}")
    nav.get_by_role("button", name="voriger Treffer").click()  # wraps to the last
    expect(nav.locator(".where")).to_have_text(f"Treffer {total} von {total}")
    page.evaluate("window.scrollTo(0, 0)")
    tab.shot("article.png")
    page.locator(".back a").click()
    page.wait_for_url(re.compile(r"/\?q=Hafen$"))


def test_back_from_an_article_to_the_same_result_page(tab: Tab) -> None:
    page = tab.open("/?q=sagte&source=rheinblick&sort=newest")
    listing = page.url
    page.locator("ol.hits h2 a").nth(2).click()
    page.wait_for_url(re.compile("/articles/"))
    page.get_by_role("link", name="‹ Zur Suche").click()
    page.wait_for_url(listing)
    expect(page.locator(".facets a.on")).to_have_text("rheinblick")


def test_article_without_query_has_no_match_navigation(tab: Tab) -> None:
    page = tab.open(f"/articles/{PAYLOAD}")
    expect(page.locator(".matchnav")).to_have_count(0)
    expect(page.locator("article mark")).to_have_count(0)


def test_toggle_a_facet_and_see_the_counts_change(tab: Tab) -> None:
    page = tab.open("/?q=sagte")
    before = tab.count()
    link = page.locator(".facets section", has_text="Quelle").get_by_role("link", name="rheinblick")
    n = int(link.locator("xpath=following-sibling::span[@class='n']").inner_text())
    assert 0 < n < before
    years_before = page.locator(".facets section", has_text="Jahr").inner_text()
    link.click()
    page.wait_for_url(re.compile("source=rheinblick"))
    assert tab.count() == n
    on = page.locator(".facets a.on")
    expect(on).to_have_text("rheinblick")
    expect(on).to_have_attribute("aria-current", "true")
    expect(page.locator(".filters .chip")).to_have_text(re.compile("Quelle: rheinblick"))
    assert page.locator(".facets section", has_text="Jahr").inner_text() != years_before
    assert set(page.locator(".hit .meta .source").all_inner_texts()) == {"rheinblick"}
    on.click()  # a second click takes the filter off again
    page.wait_for_url(re.compile(r"/\?q=sagte$"))
    assert tab.count() == before
    expect(page.locator(".filters")).to_have_count(0)


def test_click_a_timeline_bar_and_see_the_date_filter(tab: Tab) -> None:
    page = tab.open("/?q=sagte")
    before = tab.count()
    bar = page.locator(".timeline a.bar").first
    label = bar.get_attribute("aria-label") or ""
    key, n = re.fullmatch(r"(\S+): (\d+) Treffer", label).groups()
    bar.click()
    page.wait_for_url(re.compile("from="))
    params = tab.params()
    assert params["from"][0].startswith(key) and params["to"][0].startswith(key)
    assert tab.count() == int(n) < before
    expect(page.locator(".filters .chip")).to_contain_text("Zeitraum")
    dates = page.locator(".hit time").evaluate_all("els => els.map(e => e.dateTime)")
    assert dates and all(d.startswith(key) for d in dates)


def test_page_forward(tab: Tab) -> None:
    page = tab.open("/?q=sagte")
    assert tab.count() > 20
    first_page = page.locator("ol.hits h2 a").all_inner_texts()
    expect(page.locator("nav.pages [aria-current=page]")).to_have_text("1")
    page.locator("nav.pages a[rel=next]").click()
    page.wait_for_url(re.compile("page=2"))
    expect(page.locator("nav.pages [aria-current=page]")).to_have_text("2")
    expect(page.locator("ol.hits")).to_have_attribute("start", "11")
    second_page = page.locator("ol.hits h2 a").all_inner_texts()
    assert len(second_page) == 10 and not set(first_page) & set(second_page)
    page.get_by_role("link", name="3", exact=True).click()
    page.wait_for_url(re.compile("page=3"))
    expect(page.locator("nav.pages a[rel=next]")).to_have_count(0)
    expect(page.locator("nav.pages a[rel=prev]")).to_be_visible()


def test_sort_by_date(tab: Tab) -> None:
    page = tab.open("/?q=Flüchtlinge")
    expect(page.locator("nav.sort [aria-current]")).to_have_text("Relevanz")
    page.get_by_role("link", name="neueste zuerst").click()
    page.wait_for_url(re.compile("sort=newest"))
    expect(page.locator("nav.sort [aria-current]")).to_have_text("neueste zuerst")
    newest = page.locator(".hit time").evaluate_all("els => els.map(e => e.dateTime)")
    assert len(newest) > 2 and newest == sorted(newest, reverse=True)
    # The sort survives a new search from the box.
    expect(page.locator("form.search input[name=sort]")).to_have_value("newest")
    page.get_by_role("link", name="älteste zuerst").click()
    page.wait_for_url(re.compile("sort=oldest"))
    oldest = page.locator(".hit time").evaluate_all("els => els.map(e => e.dateTime)")
    assert oldest == sorted(oldest) and oldest[0] < newest[0]


def test_no_results_offer_the_suggestion_and_help(tab: Tab) -> None:
    page = _search_by_typing(tab, "Flüchtlnge")
    assert tab.count() == 0
    expect(page.locator(".empty")).to_contain_text("Keine Artikel gefunden für „Flüchtlnge“")
    expect(page.locator(".empty .syntax li").first).to_be_visible()
    suggestion = page.locator(".suggestion a")
    expect(suggestion).to_have_text("Flüchtlinge")
    expect(page.locator(".timeline")).to_have_count(0)
    expect(page.locator(".facets")).to_have_count(0)  # nothing to filter: the text gets the width
    tab.shot("no-results.png")
    suggestion.click()
    page.wait_for_url(re.compile("q=Fl%C3%BCchtlinge"))
    assert tab.count() == 7


def test_no_results_with_a_filter_offer_the_search_without_it(tab: Tab) -> None:
    page = tab.open("/?q=Hafen&source=alpenpost")
    assert tab.count() == 0
    relaxed = page.locator(".relaxed a").first
    expect(relaxed).to_contain_text("ohne Quelle „alpenpost“")
    relaxed.click()
    page.wait_for_url(re.compile(r"/\?q=Hafen$"))
    assert tab.count() > 0


def test_a_hostile_query_is_shown_as_text(tab: Tab) -> None:
    hostile = "<script>alert(1)</script><img src=x onerror=alert(2)> Sicherheitslücke"
    page = _search_by_typing(tab, hostile)
    expect(page.locator("#q")).to_have_value(hostile)
    expect(page).to_have_title(re.compile(re.escape(hostile)))
    expect(page.locator("h1")).to_contain_text("<script>alert(1)</script>")
    assert page.locator("img").count() == 0
    scripts = page.locator("script").evaluate_all("els => els.map(e => e.src)")
    assert len(scripts) == 1 and scripts[0].endswith("/static/search.js")
    # The article whose title and body carry markup: shown as text, nothing runs.
    title = page.locator(f"ol.hits a[href*='{PAYLOAD}']")
    expect(title).to_contain_text("<script>alert('titel')</script>")
    title.click()
    page.wait_for_url(re.compile("script-probe"))
    expect(page.locator("article h1")).to_contain_text("<script>alert('titel')</script>")
    expect(page.locator("article")).to_contain_text("<script>alert('body')</script>")
    assert page.locator("article img, article script").count() == 0
    expect(page.locator("a.original")).to_have_count(0)  # its url is javascript:
    page.keyboard.press("n")  # matches can be stepped through here too
    expect(page.locator("article mark.current")).to_have_count(1)


def _focus_ring(page: Page) -> dict:
    return page.evaluate(
        """() => { const e = document.activeElement, s = getComputedStyle(e);
        return {tag: e.tagName, text: (e.innerText || e.id || '').slice(0, 40),
                style: s.outlineStyle, width: parseFloat(s.outlineWidth)}; }"""
    )


def test_keyboard_only(tab: Tab) -> None:
    page = tab.open("/?q=Hafen")
    page.keyboard.press("Tab")
    expect(page.get_by_role("link", name="Zum Inhalt springen")).to_be_focused()
    ring = _focus_ring(page)
    assert ring["style"] != "none" and ring["width"] >= 2, ring
    page.keyboard.press("Escape")
    page.locator("body").press("/")
    expect(page.locator("#q")).to_be_focused()
    page.keyboard.type("Waffenlieferungen")  # "/" selected the old query: typing replaces it
    page.keyboard.press("Enter")
    page.wait_for_url(re.compile("q=Waffenlieferungen"))
    assert tab.count() > 0
    # Tab from the box to the first hit; every stop shows where the focus is.
    page.locator("#q").focus()
    for _ in range(40):
        page.keyboard.press("Tab")
        ring = _focus_ring(page)
        assert ring["style"] != "none" and ring["width"] >= 2, ring
        if page.evaluate("!!document.activeElement.closest('ol.hits h2')"):
            break
    else:
        pytest.fail("no hit reached with Tab")
    page.keyboard.press("Enter")
    page.wait_for_url(re.compile("/articles/"))
    page.keyboard.press("n")
    expect(page.locator("article mark.current")).to_be_focused()
    expect(page.locator(".matchnav .where")).to_contain_text("Treffer 1 von")


def test_the_form_shows_it_is_busy(tab: Tab) -> None:
    page = tab.open("/")
    # While a navigation is held the page cannot be queried from here, so the page reports
    # its own state on every change through the console.
    states: list[dict] = []
    page.on(
        "console",
        lambda m: (
            states.append(json.loads(m.text[11:])) if m.text.startswith("busy-state ") else None
        ),
    )
    page.evaluate(
        """() => new MutationObserver(() => {
          const f = document.querySelector('form.search');
          console.log('busy-state ' + JSON.stringify({
            busy: f.getAttribute('aria-busy'),
            spinner: getComputedStyle(f.querySelector('.spinner')).display !== 'none',
            status: document.getElementById('busy').textContent,
            loading: document.documentElement.classList.contains('loading')}));
        }).observe(document.body.parentNode, {attributes: true, subtree: true, childList: true})"""
    )
    held = []
    page.route(re.compile(r"/\?q=Hafen$"), lambda route: held.append(route))  # hold the answer
    page.locator("#q").fill("Hafen")
    page.keyboard.press("Enter")
    for _ in range(100):  # the route handler and the console events arrive meanwhile
        if held and states:
            break
        page.wait_for_timeout(50)
    assert held, "the search request was not sent"
    assert states and states[-1] == {
        "busy": "true",
        "spinner": True,
        "status": "Suche läuft …",
        "loading": True,
    }, states
    held[0].continue_()
    page.wait_for_url(re.compile(r"\?q=Hafen$"))
    form = page.locator("form.search")
    expect(form).not_to_have_attribute("aria-busy", "true")
    expect(form.locator(".spinner")).to_be_hidden()
    assert tab.count() > 0


@pytest.mark.parametrize(
    "path",
    [
        "/",
        "/?q=sagte",
        "/?q=Flüchtlnge",
        "/?q=Hafen&source=rheinblick",
        f"/articles/{PAYLOAD}?q=Bürgerportal",
    ],
)
def test_360_px_wide_without_horizontal_scrolling(phone: Tab, path: str) -> None:
    page = phone.open(path)
    width = page.evaluate("document.documentElement.scrollWidth")
    assert width <= PHONE["width"], f"{path}: {width} px wide"
    expect(page.locator("#q, article h1").first).to_be_visible()
    if path == "/?q=sagte":
        phone.shot("search-360.png")
        expect(page.locator(".to-facets")).to_be_visible()


def test_works_without_javascript(nojs: Tab) -> None:
    page = nojs.open("/")
    expect(page.locator(".hint")).to_be_hidden()
    page.locator("#q").fill("Hafen")
    page.keyboard.press("Enter")
    page.wait_for_url(re.compile(r"\?q=Hafen$"))
    assert nojs.count() > 0
    assert page.locator("ol.hits mark").count() > 0
    page.locator(".facets a").first.click()
    page.wait_for_url(re.compile("source="))
    page.locator("ol.hits h2 a").first.click()
    page.wait_for_url(re.compile("/articles/"))
    assert page.locator("article mark").count() > 0
    expect(page.locator(".matchnav")).to_be_hidden()


def test_the_start_page_is_light(tab: Tab) -> None:
    tab.open("/")
    tab.page.wait_for_load_state("networkidle")
    total = sum(tab.bytes_by_url.values())
    assert set(tab.bytes_by_url) >= {tab.base + "/", tab.base + "/static/style.css"}
    assert total < 100_000, tab.bytes_by_url


def _axe(page: Page) -> list[str]:
    """Run axe-core in the page; return its serious and critical findings."""
    page.evaluate(AXE_FILE_PATH.read_text(encoding="utf-8"))
    result = page.evaluate("axe.run(document, {resultTypes: ['violations']})")
    return [
        f"{v['id']} ({v['impact']}): {v['help']} – "
        + ", ".join(str(n["target"]) for n in v["nodes"][:5])
        for v in result["violations"]
        if v["impact"] in ("serious", "critical")
    ]


@pytest.mark.parametrize(
    "path",
    [
        "/",
        "/?q=Flüchtlinge",
        "/?q=sagte&source=rheinblick",
        "/?q=Flüchtlnge",
        "/articles/weserbote/2022-05-10_hafen-ausbau?q=Hafen",
        f"/articles/{PAYLOAD}",
        "/stats",
    ],
)
def test_accessibility(tab: Tab, path: str) -> None:
    page = tab.open(path)
    if page.locator(".matchnav").count():
        expect(page.locator(".matchnav")).to_be_visible()
    assert _axe(page) == []
