"""Wordings of the page layouts bench/layouts.py generates: two sets the cleaner was
tuned on (TUNE, TUNE_2; a third is in bench/layout_words_tune3.py). The held-out set's
wordings are in bench/layout_words_heldout.py.

The sets share no wording, and each later set has layout variants the earlier ones lack
(see bench/layouts.py). TUNE_2 was the first held-out set: it was measured once before
any tuning on it (the figures are in README.md), then used for tuning too. Many of its
wordings are outside the cleaner's cue words (index/cues.py), as those of other archives
would be.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Words:
    """The wordings one set of layouts draws from."""

    site_names: tuple[str, ...]
    consent: tuple[str, ...]
    consent_buttons: tuple[str, ...]
    sections: tuple[str, ...]
    crumb_separators: tuple[str, ...]
    menus: tuple[str, ...]
    footer_headings: tuple[str, ...]
    list_headings: tuple[str, ...]
    heading_forms: tuple[str, ...]
    markers: tuple[str, ...]
    ellipses: tuple[str, ...]
    inline_forms: tuple[str, ...]
    share: tuple[str, ...]
    newsletter: tuple[str, ...]
    ads: tuple[str, ...]
    comments: tuple[str, ...]
    copyright: tuple[str, ...]
    legal: tuple[str, ...]
    credits: tuple[str, ...]
    agencies: tuple[str, ...]
    caption_texts: tuple[str, ...]
    bylines: tuple[str, ...]
    kickers: tuple[str, ...]
    list_bullets: tuple[str, ...]
    # Parts only the third tuning set has (bench/layout_words_tune3.py).
    tags: tuple[str, ...] = ()
    ratings: tuple[str, ...] = ()
    dividers: tuple[str, ...] = ()
    back_to_top: tuple[str, ...] = ()
    datetimes: tuple[str, ...] = ()
    language_switches: tuple[str, ...] = ()
    times_ago: tuple[str, ...] = ()
    teaser_sources: tuple[str, ...] = ()
    # Parts only the held-out set has (bench/layout_words_heldout.py).
    toplines: tuple[str, ...] = ()
    reading_times: tuple[str, ...] = ()
    audio: tuple[str, ...] = ()
    paywalls: tuple[str, ...] = ()
    hashtags: tuple[str, ...] = ()
    box_headings: tuple[str, ...] = ()
    # Parts only the second held-out set has (bench/layout_words_heldout2.py).
    timestamps: tuple[str, ...] = ()
    thumbnails: tuple[str, ...] = ()
    ad_texts: tuple[str, ...] = ()
    related_topics: tuple[str, ...] = ()
    author_boxes: tuple[tuple[str, str], ...] = ()
    comment_headers: tuple[tuple[str, str], ...] = ()
    galleries: tuple[str, ...] = ()
    teaser_categories: tuple[str, ...] = ()
    inline_list_headings: tuple[str, ...] = ()
    # Parts only the third held-out set has (bench/layout_words_heldout3.py).
    you_are_here: tuple[str, ...] = ()
    weather: tuple[str, ...] = ()
    source_bylines: tuple[str, ...] = ()
    print_mail: tuple[str, ...] = ()
    paginations: tuple[str, ...] = ()
    gallery_counters: tuple[str, ...] = ()
    ticker_stamps: tuple[str, ...] = ()
    tag_headings: tuple[str, ...] = ()
    rating_widgets: tuple[str, ...] = ()
    error_reports: tuple[str, ...] = ()
    teaser_badges: tuple[str, ...] = ()
    dachzeilen: tuple[str, ...] = ()
    sponsored: tuple[str, ...] = ()
    pipe_headings: tuple[str, ...] = ()


TUNE = Words(
    site_names=(
        "Rheinblick",
        "Nordkurier Digital",
        "Alpenpost",
        "Der Tagesspiegel Nord",
        "Weser Echo",
        "Main Anzeiger",
        "Hansekurier",
        "Elbbote",
        "Bodensee Rundschau",
        "City Times Online",
        "Daily Ledger",
        "Morning Wire",
    ),
    consent=(
        "Wir verwenden Cookies, um Ihnen ein optimales Nutzungserlebnis zu bieten. Mit der "
        "Nutzung der Seite stimmen Sie der Verwendung zu.",
        "Diese Website nutzt Cookies und ähnliche Technologien. Details finden Sie in unserer "
        "Datenschutzerklärung.",
        "We use cookies to personalise content and ads and to analyse our traffic. By "
        "continuing you accept our cookie policy.",
        "Um unsere Webseite für Sie optimal zu gestalten, verwenden wir Cookies. Durch die "
        "weitere Nutzung akzeptieren Sie dies.",
        "Wir und unsere Partner speichern Informationen auf Ihrem Gerät. Sie können Ihre "
        "Einwilligung jederzeit widerrufen.",
    ),
    consent_buttons=(
        "Akzeptieren",
        "Alle akzeptieren",
        "OK",
        "Einstellungen",
        "Accept all",
        "Zustimmen",
        "Nur notwendige Cookies",
    ),
    sections=(
        "Nachrichten",
        "Politik",
        "Wirtschaft",
        "Inland",
        "Ausland",
        "Sport",
        "Kultur",
        "Panorama",
        "Regional",
        "News",
        "World",
        "Business",
        "Gesundheit",
        "Wissen",
    ),
    crumb_separators=(" / ", " > "),
    menus=(),
    footer_headings=(
        "Weitere Artikel",
        "Mehr aus dem Ressort",
        "Zum Weiterlesen",
        "Top stories",
        "Recommended for you",
        "Mehr zum Thema",
        "Das könnte Sie auch interessieren",
        "Related articles",
        "Aktuelle Nachrichten",
        "Meistgelesen",
        "More from News",
        "Weitere Meldungen",
        "Auch interessant",
        "Editor's picks",
    ),
    list_headings=("Meistgelesen", "Top-Themen", "Most read", "Beliebte Artikel"),
    heading_forms=("{}", "{}", "{}", "{upper}"),
    markers=(
        " Read more »",
        " » mehr",
        " Mehr lesen",
        " Read the full story",
        " →",
        " weiterlesen",
        " [mehr]",
        " mehr »",
        " Weiterlesen →",
        " Continue reading",
        " zum Artikel",
    ),
    ellipses=(" …", "…", " ...", "..."),
    inline_forms=(
        "Lesen Sie auch: {}",
        "Auch interessant: {}",
        "Mehr zum Thema: {}",
        "Read also: {}",
        "Siehe auch: {}",
        "Passend dazu: {}",
        "Related: {}",
        "Zum Thema: {}",
    ),
    share=(
        "Teilen: Facebook Twitter WhatsApp E-Mail",
        "Artikel teilen",
        "Share this article",
        "Facebook | Twitter | WhatsApp",
        "Jetzt teilen",
        "Share on Facebook Share on X",
    ),
    newsletter=(
        "Abonnieren Sie unseren Newsletter und erhalten Sie die wichtigsten Nachrichten des Tages.",
        "Newsletter: Jetzt kostenlos anmelden!",
        "Sign up for our daily newsletter.",
        "Der Morgen-Newsletter: jeden Tag um 6 Uhr in Ihrem Postfach. Jetzt abonnieren.",
    ),
    ads=("Anzeige", "ADVERTISEMENT", "Werbung", "Advertisement"),
    comments=("{n} Kommentare", "Kommentare ({n})", "{n} comments", "Comments: {n}"),
    copyright=(
        "© {year} {site}. Alle Rechte vorbehalten.",
        "© {site} {year}",
        "Copyright {year} {site}. All rights reserved.",
    ),
    legal=(
        "Impressum | Datenschutz | AGB | Kontakt",
        "Impressum Datenschutz Kontakt",
        "Privacy Policy | Terms of Use | Contact",
        "Kontakt · Impressum · Datenschutzerklärung",
    ),
    credits=("Foto: {agency}", "Bild: {agency}", "© {agency}", "Foto: {agency}/{name}"),
    agencies=("dpa", "AFP", "Reuters", "imago images", "picture alliance", "Getty Images"),
    caption_texts=(
        "Blick auf das Gebäude am Montag",
        "Teilnehmer einer Kundgebung in der Innenstadt",
        "Ein Polizist vor dem Eingang",
        "Archivaufnahme vom vergangenen Jahr",
        "Die Pressekonferenz am Vormittag",
        "Demonstranten mit Plakaten",
    ),
    bylines=("Von Redaktion | {date}", "Von {name}, {date}", "{date} | {name}"),
    kickers=(),
    list_bullets=("",),
)

TUNE_2 = Words(
    site_names=(
        "Saale Zeitung",
        "Spreewald Journal",
        "Ostalb Online",
        "Küstenblatt",
        "Harz Kurier",
        "Frankenschau",
        "Mosel Nachrichten",
        "Valley Gazette",
        "Evening Courier",
        "Isar Bote",
    ),
    consent=(
        "Diese Seite verwendet Tracking-Technologien. Wenn Sie fortfahren, erklären Sie sich "
        "damit einverstanden.",
        "Ihre Privatsphäre ist uns wichtig: Wir setzen Technologien ein, um Inhalte zu "
        "personalisieren. Sie können jederzeit widersprechen.",
        "This site stores data such as identifiers to enable essential functionality. You may "
        "change your settings at any time.",
        "Zur Reichweitenmessung und für personalisierte Inhalte nutzen wir Dienste Dritter. "
        "Ihre Auswahl können Sie jederzeit ändern.",
    ),
    consent_buttons=(
        "Einverstanden",
        "Verstanden",
        "Alles klar",
        "Got it",
        "Auswahl speichern",
        "Nur Notwendiges",
        "Weiter ohne Einwilligung",
    ),
    sections=(
        "Startseite",
        "Lokales",
        "Deutschland",
        "Welt",
        "Meinung",
        "Reise",
        "Auto",
        "Digital",
        "Region",
        "Home",
        "Europe",
        "Politics",
        "Finanzen",
        "Bildung",
    ),
    crumb_separators=(" › ", " » ", " | ", " → ", " · ", " :: "),
    menus=(
        "Politik · Wirtschaft · Sport · Kultur · Panorama",
        "Home | Lokales | Region | Sport | Service",
        "News Politics Business Sport Culture",
        "Lokales – Region – Deutschland – Welt – Sport",
    ),
    footer_headings=(
        "Das sollten Sie nicht verpassen",
        "Ebenfalls spannend",
        "Auf einen Blick",
        "Hintergründe",
        "Was Sie noch wissen sollten",
        "Unsere Leseempfehlung",
        "Don't miss",
        "In case you missed it",
        "Around the web",
        "Lesenswert",
        "Aus unserem Netzwerk",
        "Neu auf der Seite",
        "Spotlight",
        "Jetzt im Fokus",
    ),
    list_headings=("Am häufigsten geklickt", "Heute gefragt", "Trending now", "Die Top 5"),
    heading_forms=("— {} —", "▼ {}", "{}:", "{} ›", "### {}", "{upper}"),
    markers=(
        " ▶",
        " ›",
        " >>",
        " (…)",
        " ➔ Zum Beitrag",
        " Artikel öffnen",
        " Keep reading",
        " [weiter]",
        " ... Den ganzen Text lesen",
        " » Beitrag anzeigen",
        " ⟶",
    ),
    ellipses=(" [...]", " …", "…", " (...)"),
    inline_forms=(
        "Ebenfalls lesenswert: {}",
        "Hierzu: {}",
        "▶ {}",
        "[{}]",
        "Dazu im Archiv – {}",
        "Don't miss: {}",
        "Empfehlung der Redaktion: {}",
        "→ {}",
    ),
    share=(
        "Auf Mastodon posten · Link kopieren",
        "Beitrag weiterleiten",
        "Post · Mail · Link",
        "Tweet | Mail | Drucken",
        "Diesen Beitrag empfehlen",
        "Send to a friend",
    ),
    newsletter=(
        "Jeden Freitag die Wochenübersicht per Mail – jetzt kostenlos bestellen.",
        "Verpassen Sie nichts mehr: Unser Morgenbriefing kommt direkt zu Ihnen.",
        "Get the briefing in your inbox every weekday.",
        "Die wichtigsten Meldungen des Tages als Mail um 7 Uhr: Hier eintragen.",
    ),
    ads=("- Anzeige -", "Sponsored", "Bezahlte Partnerschaft", "Promotion", "Gesponserter Inhalt"),
    comments=("{n} Leserbriefe", "Diskussion ({n})", "{n} Reaktionen", "{n} replies"),
    copyright=(
        "(c) {site} {year}",
        "{site} Medien GmbH & Co. KG {year}",
        "Alle Inhalte urheberrechtlich geschützt – {site}, {year}",
    ),
    legal=(
        "Nutzungsbedingungen · Barrierefreiheit · Cookie-Einstellungen",
        "Mediadaten | Jobs | Presse | Hilfe",
        "Terms | Accessibility | Sitemap",
        "Leserservice – Abo – Archiv – Hilfe",
    ),
    credits=(
        "Quelle: {agency}",
        "Credit: {agency}",
        "Photo: {agency}/{name}",
        "(Foto: {agency})",
        "Aufnahme: {name}",
        "Copyright: {agency}",
    ),
    agencies=("Keystone", "EPA", "ddp", "action press", "AP", "Shutterstock"),
    caption_texts=(
        "Szene am Rande der Sitzung",
        "Eine Besucherin im Foyer",
        "Das Gelände aus der Luft",
        "Einsatzkräfte am frühen Morgen",
        "Plakate bei der Versammlung",
        "Der Saal vor Beginn der Debatte",
    ),
    bylines=(
        "Veröffentlicht am {date}",
        "{name} · {date} · 4 Min. Lesezeit",
        "Stand: {date}",
    ),
    kickers=("POLITIK", "Wirtschaft", "EXKLUSIV", "Meinung", "Panorama", "SPORT"),
    list_bullets=("1. ", "– ", "• "),
)

# Names for bylines and photo credits (both sets).
NAMES = ("Anna Keller", "Jonas Weber", "Miriam Sommer", "Paul Hartmann", "Lea Brandt")
