"""Wordings of the held-out page layouts (bench/layouts.py, set "held-out").

Written before the cleaner was tuned on the third tuning set's failures, and never used
for tuning: no wording here is in the other sets' files, and the set has layout variants
the other sets lack (bench/layout_parts.py, HELD_OUT_EXTRAS).
"""

from __future__ import annotations

from layout_words import Words

HELD_OUT = Words(
    site_names=(
        "Ammersee Anzeiger", "Rhön Echo", "Ostfriesen Blatt", "Pfalz Journal",
        "Oberlausitz Heute", "Bayerwald Bote", "Kraichgau Kurier", "Lahn Post",
        "Harbour Times", "Midland Observer", "Emsland Nachrichten", "Wendland Rundschau",
    ),
    consent=(
        "Damit diese Seite funktioniert und Sie Inhalte teilen können, binden wir Angebote "
        "von Partnern ein. Sie entscheiden, was erlaubt ist.",
        "Wir respektieren Ihre Daten. Einige Dienste benötigen Ihre Zustimmung, bevor sie "
        "geladen werden.",
        "To keep this site free, we and selected partners show tailored advertising. Manage "
        "your preferences at any time.",
        "Mit dem Besuch dieser Seite speichern wir kleine Textdateien auf Ihrem Rechner, um "
        "Ihnen den Besuch zu erleichtern.",
    ),
    consent_buttons=(
        "Alles erlauben", "Nein danke", "Präferenzen", "Allow all", "Weiter zur Seite",
        "Anpassen", "Nur Essenzielle",
    ),
    sections=(
        "Heimat", "Blaulicht", "Wirtschaft regional", "Land & Leute", "Ratgeber", "Justiz",
        "Medien", "Umwelt", "Bundesliga", "Features", "Local", "Technik", "Verkehr", "Kirche",
    ),
    crumb_separators=(" ⟫ ", " ⇒ ", " // ", " ▹ ", " ⟶ "),
    menus=(
        "Heimat ⟫ Blaulicht ⟫ Ratgeber ⟫ Service",
        "Aktuell  Region  Sport  Kultur  Freizeit",
        "Start // Nachrichten // Meinung // Video",
        "Local | World | Features | Podcasts",
    ),
    footer_headings=(
        "Meistkommentiert", "Empfohlene Inhalte", "Weitere Nachrichten aus der Region",
        "Trending", "Verwandte Themen", "Other stories", "Read next",
        "Mehr Artikel zum Thema", "Nachrichten aus aller Welt", "Das interessiert andere Leser",
        "Topthemen des Tages", "Zuletzt erschienen", "Unsere Empfehlungen für Sie",
        "Ausgewählte Beiträge",
    ),
    list_headings=("Meistgeteilt", "Heute beliebt", "Popular now", "Leser-Hitliste"),
    heading_forms=("{} »", "■ {}", "{}", "<< {} >>", "{upper}", "| {}"),
    markers=(
        " – weiter", " ➤", " ⟩⟩", " [lesen]", " … zum Volltext", " (Artikel)", " Read on",
        " ›› Mehr", " ▷", " – hier lesen", " [⇢]",
    ),
    ellipses=(" …", "...", " [...]", "…"),
    inline_forms=(
        "Auch lesen: {}", "Verwandter Artikel: {}", "Nicht verpassen: {}", "⇒ {}",
        "Siehe dazu: {}", "Weitere Infos: {}", "Mehr dazu hier: {}", "➤ {}",
    ),
    share=(
        "Teilen auf Facebook", "Diesen Artikel teilen:", "Mastodon | Bluesky | E-Mail | Drucken",
        "Share: X · Facebook · Email", "Weiterempfehlen", "Link teilen",
    ),
    newsletter=(
        "Bleiben Sie auf dem Laufenden – mit unserem kostenlosen Newsletter.",
        "Erhalten Sie jeden Sonntag die Wochenzusammenfassung direkt in Ihr Postfach.",
        "Newsletter bestellen",
        "Never miss a story: sign up for the weekly digest.",
    ),
    ads=("Werbeanzeige", "- Advertisement -", "Promoted", "Sponsored by Partner", "Reklame"),
    comments=("Kommentare: {n}", "{n} Leserkommentare", "Jetzt kommentieren ({n})", "{n} Beiträge"),
    copyright=(
        "© Copyright {year} {site}",
        "{site} {year}. Alle Rechte vorbehalten.",
        "© {year} {site} – Vervielfältigung nur mit Erlaubnis",
    ),
    legal=(
        "Impressum · Datenschutz · Kontakt · Jobs",
        "Cookie-Richtlinie | Nutzungsbedingungen | Hilfe",
        "Über uns – Werben – Karriere",
        "Imprint | Privacy | Cookies",
    ),
    credits=(
        "Foto: {agency} / {name}", "Bild: {name}, {agency}", "(c) {agency}", "Foto © {name}",
        "Fotos: {agency}",
    ),
    agencies=("Reuters", "dpa-infocom", "Sven Simon", "IMAGO", "APA", "Funke Foto Services"),
    caption_texts=(
        "Wartende vor dem Bürgeramt", "Das Ortsschild bei Nebel", "Ein Blick in die Halle",
        "Helfer beim Aufbau", "Die Anlage im Frühjahr", "Der Marktplatz am Morgen",
    ),
    bylines=("Autor: {name}", "{name} | {date}", "Erstellt am {date}"),
    kickers=("Corona-Krise", "Nahost", "Bundestag", "Energie", "Justiz", "Wahlen"),
    list_bullets=("● ", "» ", "1) "),
    toplines=("Corona-Krise", "Nach dem Gipfel", "Streit um Geld", "Exklusiv", "Analyse"),
    reading_times=("Lesezeit: 4 Minuten", "3 Min. Lesedauer", "Reading time: 5 min"),
    audio=("Artikel anhören", "▶ Vorlesen lassen", "Listen to this article"),
    paywalls=(
        "Sie haben 3 von 5 freien Artikeln in diesem Monat gelesen.",
        "Weiterlesen mit Plus: Jetzt 30 Tage gratis testen",
        "Subscribe to keep reading.",
    ),
    hashtags=("#{a} #{b} #{c}", "#{a} · #{b}"),
    box_headings=("Zum Thema", "Hintergrund", "More on this"),
)  # fmt: skip
