"""Wordings of the ninth held-out pair of page layouts (bench/layouts.py, "held-out-9").

Written before the cleaner of version 10 was changed, and never used for training or
tuning it: the cleaner's figures on it are reported apart (README.md). Its wordings,
separators and marker styles are in no other set's file; its own layout variants are in
bench/layout_heldout9.py, their wordings in HELD_OUT_9_PARTS.
"""

from __future__ import annotations

from layout_words import Words

HELD_OUT_9 = Words(
    site_names=(
        "Altmark Anzeigenblatt", "Saale Stadtfunk", "Ostalb Kurierdienst",
        "Riverside Gazette", "Hunsrück Heute", "Kraichgau Kompass", "Canyon Creek Bulletin",
        "Chiemgau Chronist", "Fichtelgebirge Funkspruch", "Lakeshore Ledger",
        "Niederrhein Notizen", "Oderland Observer",
    ),
    consent=(
        "Damit diese Seite funktioniert, legen wir kleine Textdateien ab; Statistik und "
        "Werbepartner nur mit Ihrem Okay.",
        "Ihre Daten, Ihre Entscheidung: Wählen Sie, welche Partner Profile zu Ihnen bilden "
        "dürfen.",
        "This site stores small files in your browser so that we can count visits and show "
        "relevant adverts.",
        "Einwilligung erforderlich: Externe Inhalte und Reichweitenmessung laden erst nach "
        "Ihrer Freigabe.",
    ),
    consent_buttons=(
        "Okay, so machen wir das", "Nur Technisches", "Meine Auswahl sichern", "Sure, go ahead",
        "Pick my vendors", "Ohne Tracking weiter (Abo)", "Bloß Pflichtdienste aktivieren",
    ),
    sections=(
        "Vereinsgeschehen", "Rathaus & Räte", "Rebenland", "Einsätze der Retter", "Amateurfußball",
        "Freiwillig engagiert", "Kita & Familie", "Verkehr & Baustellen", "Riverside Living",
        "County Courts", "Mittelstand vor Ort", "Ortschronik", "Wanderwege",
        "Markt & Preise",
    ),
    crumb_separators=(" ⋗ ", " ⫸ ", " ⊸ ", " ⟐ "),
    menus=(
        "≡ Ressorts ▾  Suche ⌕  Abo",
        "Heute | Gestern | Archiv | E-Paper",
        "⌂ ‣ Lokal ‣ Land ‣ Welt",
        "Zeitung · Podcast · Veranstaltungen · Kleinanzeigen",
    ),
    footer_headings=(
        "Was unsere Leser außerdem klicken", "Mehr zu diesen Themen",
        "Auch heute im Blatt", "Weiterer Stoff aus dem Umland",
        "Andere Leser interessierte auch", "Unsere Empfehlungen zum Weiterklicken",
        "Vom selben Tag", "Deutungen und Einschätzungen",
        "Wander on through the valley", "Readers also opened", "More from this desk",
        "Hier geht es weiter", "Frisch veröffentlicht", "Nebenan passiert",
    ),
    list_headings=("Am häufigsten weitergeschickt", "Vorne in dieser Woche",
                   "Passed around this morning", "Worüber die Stadt spricht"),
    heading_forms=("▍{} ▍", "〘{}〙", "+++ {} +++", "{} ⟱", "《{}》", "⦗ {} ⦘"),
    markers=(
        " ⮕ zum vollständigen Text", " [weiterblättern]", " ›› Beitrag aufklappen", " ⤼",
        " ➠ lesen",
        " …den ganzen Text gibt es hier", " (Fortsetzung folgt)", " Tap for the rest ➜",
        " ▷▷", " – mehr dazu", " [full text]",
    ),
    ellipses=(" ⸳⸱⸳", " [ … ]", " ⁞⁞", " .. ."),
    inline_forms=(
        "Lesen Sie hierzu auch: {}", "Mehr Kontext ➜ {}", "Verwandter Beitrag ⟫ {}",
        "Ebenfalls im Angebot: {}", "Related coverage: {}", "Wir berichteten: {}",
        "☞ {}", "Früher bei uns erschienen – {}",
    ),
    share=(
        "Per WhatsApp teilen ⋅ Per E-Mail senden", "Verknüpfung weitergeben ⤷",
        "Teilen: X · Bluesky · Threads", "Forward to a neighbour", "Diesen Text Freunden zeigen",
        "Auf Pinnwand merken",
    ),
    newsletter=(
        "Der Morgenbrief für den Kreis: jeden Werktag um sechs, gratis.",
        "Nichts mehr verpassen – tragen Sie hier Ihre Adresse für die Abendausgabe ein.",
        "Sign up for the valley briefing, delivered before breakfast.",
        "Wochenende kompakt als Mail – jetzt eintragen",
    ),
    ads=("Werbung schließen ✕", "— paid placement —", "Partnerangebot", "Anzeigenbereich",
         "Boosted by advertiser"),
    comments=("Bisher {n} Mal kommentiert", "Leserforum mit {n} Wortmeldungen",
              "{n} voices in the thread", "Debatte [{n}]"),
    copyright=(
        "Vervielfältigung nur mit Genehmigung von {site} ({year})",
        "{year} {site} – sämtliche Rechte beim Verlag",
        "© {year}, {site}. Reuse by permission",
    ),
    legal=(
        "Impressum ⋅ Barrierefreiheit ⋅ Datenschutz-Cockpit",
        "AGB / Widerrufsbelehrung / Jugendschutz",
        "Accessibility | Privacy choices | Masthead",
        "Leserservice · Anzeigenpreise · Stellenmarkt",
    ),
    credits=(
        "Festgehalten durch {name} / {agency}", "Bildrechte liegen bei {agency}",
        "Picture: {agency} via {name}", "Linse: {name}", "Quelle des Bildes: {agency}",
    ),
    agencies=("Archiv der Gemeinde Talheim", "Löschzug Mitte", "Vereinsalbum", "Drohnenteam Süd",
              "Pressebild Nord", "Open Photo Pool"),
    caption_texts=(
        "Blick über die Dächer der Altstadt", "Die neue Fahrradbrücke", "Kinder beim Sommerfest",
        "Das Rathaus im Abendlicht", "Traktoren auf der Kreisstraße",
        "Die Bürgermeisterin beim Bürgerdialog",
    ),
    bylines=("Recherche und Text: {name}, {date}", "{date} · verfasst von {name}",
             "Reporter: {name}"),
    kickers=(
        "Genau hingeschaut", "Erklärstück", "Menschen im Ort", "Knapp erklärt", "Zur Lage",
        "Aufgefallen",
    ),
    list_bullets=("◾ ", "1 ⟩ ", "⊙ "),
)  # fmt: skip

# Wordings of the layout variants only held-out-9 has (bench/layout_heldout9.py).
HELD_OUT_9_PARTS: dict[str, tuple[str, ...]] = {
    "progress": ("▰▰▱▱▱ Lesefortschritt", "Gelesen: 0 %", "Reading progress ░░░░░"),
    "exclusive": ("★ Nur für Mitglieder", "Plus-Inhalt · freigeschaltet",
                  "Members' edition"),
    "translated": ("Maschinell übersetzt aus dem Englischen – Original anzeigen",
                   "Rendered into English by our desk", "Sprachfassung: Deutsch (Original)"),
    "ad-break": ("Der Artikel wird nach der Werbung fortgesetzt", "Article resumes after this ad",
                 "▼ weiter im Text ▼"),
    "map": ("[Karte: {section} – zum Vergrößern tippen]", "⌖ Interaktive Karte ({section})",
            "Map view: {section}"),
    "follow": ("Themen folgen: + {a} + {b}", "Follow topics ⊕ {a} ⊕ {b}",
               "Benachrichtigen bei neuen Texten zu {a}"),
    "stand": ("Stand: {d:02d}.{m:02d}., {h:02d}:{mi:02d} Uhr", "As of {h:02d}:{mi:02d} local time",
              "Letzte Änderung am {d}.{m}."),
    "permalink": ("Kurzlink: https://{host}/a{n}", "Permalink ⟶ {host}/{n}",
                  "Artikel-Nr. {n}"),
    "carousel": ("Karte {i} aus {k}", "◀ {i} von {k} ▶", "Slide {i}"),
    "json-row": ('{{"headline": "{title}", "path": "/{slug}"}}',
                 "{{'titel': '{title}'}}", '"teaser": "{title}",'),
}  # fmt: skip
HOSTS = ("altmark-anzeigenblatt.de", "saale-stadtfunk.de", "riverside-gazette.com",
         "kraichgaukompass.de")  # fmt: skip
