"""Wordings of the second held-out set of page layouts (bench/layouts.py, "held-out-2").

Written before the cleaner was tuned on the first held-out set, and never used for tuning:
the cleaner's figures on it are reported apart (README.md). Its wordings are in no other
set's file, and it has layout variants the other sets lack (bench/layout_heldout2.py).
"""

from __future__ import annotations

from layout_words import Words

HELD_OUT_2 = Words(
    site_names=(
        "Havelland Kurier", "Mosel Rundblick", "Schwarzwald Post", "Spessart Nachrichten",
        "Westküsten Zeitung", "Allgäu Depesche", "Teutoburger Bote", "Fichtelgebirge Online",
        "Valley Courier", "Coastal Gazette", "Donau Tagblatt", "Erzgebirge Journal",
    ),
    consent=(
        "Diese Seite verwendet Tracking-Technologien von Drittanbietern. Ihre Einwilligung "
        "ist freiwillig und kann jederzeit in den Privatsphäre-Einstellungen geändert werden.",
        "Wir brauchen Ihre Zustimmung, um externe Inhalte wie Videos und Karten anzuzeigen.",
        "We value your privacy. We and our 147 partners store and access information on your "
        "device.",
        "Hinweis: Beim Laden eingebetteter Inhalte werden Daten an Dritte übertragen.",
    ),
    consent_buttons=(
        "Einverstanden und weiter", "Zwecke anzeigen", "Alle ablehnen", "Got it",
        "Auswahl speichern", "Reject all", "Verstanden",
    ),
    sections=(
        "Lokales", "Polizeimeldungen", "Gemeinderat", "Landkreis", "Finanzen", "Reise",
        "Motor", "Digital", "Climate", "Politics", "Gesellschaft", "Forschung", "Handball",
        "Bildung",
    ),
    crumb_separators=(" » ", " · ", " › ", " | "),
    menus=(
        "Lokales · Landkreis · Sport · Kultur · Service",
        "Home > News > Region > Wetter",
        "Politics | Business | Climate | Culture",
        "Startseite  Lokales  Meinung  Podcast  E-Paper",
    ),
    footer_headings=(
        "Mehr Nachrichten", "Lesen Sie weiter", "Passend dazu", "Neu auf der Seite",
        "Die wichtigsten Meldungen", "Unsere Leser lesen gerade", "Editor's picks",
        "More headlines", "Don't miss", "Aus dem Landkreis", "Beliebte Artikel",
        "Empfehlungen der Redaktion", "Mehr aus Lokales", "Jetzt im Trend",
    ),
    list_headings=("Top 5", "Am häufigsten gelesen", "Most read today", "Die Leserfavoriten"),
    heading_forms=("{}:", "▌{}", "{}", "*** {} ***", "{upper}", "{} ↓"),
    markers=(
        " ... weiterlesen", " →", " Zum Artikel", " (mehr)", " ›", " ⏵", " Full story",
        " [ganzer Text]", " – lesen Sie mehr", " ⇨", " »",
    ),
    ellipses=(" …", "..", " (…)", "…"),
    inline_forms=(
        "Lesen Sie dazu auch: {}", "Passend zum Thema: {}", "Auch spannend: {}", "⏵ {}",
        "Related: {}", "Dazu lesen: {}", "Hintergrund: {}", "» Mehr dazu: {}",
    ),
    share=(
        "Auf WhatsApp teilen", "Facebook Twitter Pinterest E-Mail", "Teilen · Drucken · Merken",
        "Share this story", "Artikel versenden", "Link zum Artikel kopieren",
    ),
    newsletter=(
        "Abonnieren Sie unseren Morgen-Newsletter und starten Sie informiert in den Tag.",
        "Der Lokal-Newsletter: jeden Freitag die wichtigsten Nachrichten aus Ihrer Region.",
        "Get our free briefing in your inbox every weekday.",
        "Hier zum Newsletter anmelden",
    ),
    ads=("Anzeige", "ANZEIGE", "Advertisement", "Gesponsert", "Werbung – Text geht unten weiter"),
    comments=(
        "{n} Kommentare", "Kommentare ({n})", "Diskutieren Sie mit – {n} Kommentare",
        "{n} comments",
    ),
    copyright=(
        "© {year} {site}. All rights reserved.",
        "Alle Inhalte © {site} {year}",
        "Copyright {year} – {site} GmbH & Co. KG",
    ),
    legal=(
        "Impressum | Datenschutz | AGB | Kontakt | Mediadaten",
        "Datenschutz-Einstellungen · Barrierefreiheit · Impressum",
        "Terms of use · Privacy policy · Contact us",
        "Leserservice – Anzeigen aufgeben – Abo – E-Paper",
    ),
    credits=(
        "Foto: {agency}/{name}", "Quelle: {agency}", "© {name} / {agency}", "Symbolbild: {agency}",
        "Photo: {name}/{agency}",
    ),
    agencies=("picture alliance", "AFP", "epd", "Getty Images", "privat", "Stadt", "AP"),
    caption_texts=(
        "Einsatzkräfte am Unfallort", "Die neue Brücke über den Fluss",
        "Schülerinnen in der Aula", "Der Bürgermeister bei der Eröffnung",
        "Blick über die Altstadt", "Demonstranten vor dem Landtag",
    ),
    bylines=("Von {name}", "{name}, {date}", "Text: {name}"),
    kickers=("Eilmeldung", "Liveblog", "Kommentar", "Reportage", "Update", "Plus"),
    list_bullets=("– ", "• ", "1. "),
    timestamps=(
        "Veröffentlicht: {date}, 08:15 Uhr | Aktualisiert: {date}, 10:40 Uhr",
        "{date} um 17:32 Uhr",
        "Published {date} · Updated 2 hours ago",
    ),
    thumbnails=("Vorschaubild: {caption}", "Bild: {caption} ({agency})", "Image: {caption}"),
    ad_texts=(
        "Jetzt Strompreise vergleichen und bis zu 500 Euro im Jahr sparen. Hier geht's zum "
        "Tarifrechner.",
        "Die besten Reiseangebote für den Sommer – exklusiv für Leser. Jetzt buchen!",
        "Hörgeräte kostenlos testen: Vereinbaren Sie noch heute einen Termin.",
        "Save 40% on your first order with code NEWS40.",
    ),
    related_topics=("Weitere Themen: {a}, {b}, {c}", "Themen in diesem Artikel: {a} · {b}",
                    "Related topics: {a}, {b}"),
    author_boxes=(
        ("Über den Autor", "{name} ist Redakteur im Ressort {section} und schreibt seit "
         "2015 für diese Zeitung."),
        ("Zur Person", "{name} arbeitet als freie Journalistin in der Region."),
        ("About the author", "{name} covers {section} for this newspaper."),
    ),
    comment_headers=(
        ("Kommentare", "Bitte beachten Sie unsere Netiquette. Zum Kommentieren müssen Sie "
         "angemeldet sein."),
        ("Leserdebatte", "Jetzt anmelden und mitdiskutieren"),
        ("Join the conversation", "Comments are moderated and may take a while to appear."),
    ),
    galleries=("Bildergalerie: {n} Bilder", "Video: 2:14 Min.", "Gallery ({n} photos)",
               "Fotostrecke ansehen ({n})"),
    teaser_categories=("{section} · vor {n} Std.", "{section} | {n} Min. Lesezeit", "{section}"),
    inline_list_headings=("Lesen Sie auch", "Weitere Lesetipps", "Also read"),
)  # fmt: skip
