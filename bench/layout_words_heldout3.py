"""Wordings of the third held-out set of page layouts (bench/layouts.py, "held-out-3").

Written before the cleaner was tuned on the second held-out set; measured once before
any tuning on it (README.md), then tuned on for cleaner version 5. Its wordings are in
no other set's file, and it has layout variants the other sets lack
(bench/layout_heldout3.py).
"""

from __future__ import annotations

from layout_words import Words

HELD_OUT_3 = Words(
    site_names=(
        "Odenwald Anzeiger", "Nahe Zeitung", "Mecklenburger Blick", "Prignitz Kurier",
        "Breisgau Bote", "Westerwald Echo", "Zollernalb Nachrichten", "Rügen Depesche",
        "Lakeside Chronicle", "Hill Country Post", "Ortenau Journal", "Hegau Rundschau",
    ),
    consent=(
        "Für die Anzeige dieser Seite setzen wir Dienste ein, die Nutzungsdaten erheben. "
        "Bitte wählen Sie, welche Sie zulassen.",
        "Datenverarbeitung auf dieser Website: Mit „Alle zulassen“ willigen Sie in die "
        "Verarbeitung durch uns und 212 Anbieter ein.",
        "This website uses identifiers and device information to measure audiences. You can "
        "withdraw at any time via the footer link.",
        "Sie bestimmen, welche Daten wir verarbeiten dürfen. Ohne Zustimmung sehen Sie nur "
        "technisch notwendige Inhalte.",
    ),
    consent_buttons=(
        "Alle zulassen", "Nur technisch notwendige", "Individuell einstellen", "Accept and close",
        "Manage options", "Zulassen", "Mit Werbung weiterlesen",
    ),
    sections=(
        "Stadtleben", "Kreisgeschehen", "Hochschule", "Landwirtschaft", "Ehrenamt",
        "Gastronomie", "Fußball regional", "Immobilien", "Karriere", "Health", "Energy",
        "Transport", "Landtag", "Brauchtum",
    ),
    crumb_separators=(" ⮞ ", " ⋅ ", " ∕ ", " ❯ "),
    menus=(
        "Stadtleben ❯ Kreisgeschehen ❯ Hochschule",
        "Nachrichten | Sport | Freizeit | Anzeigenmarkt",
        "News · Health · Energy · Transport",
        "Aktuelles  Ratgeber  Veranstaltungen  Trauer",
    ),
    footer_headings=(
        "Ebenfalls gelesen", "Weitere Schlagzeilen", "Lesestoff für später", "Mehr Lokales",
        "Das bewegt die Region", "Auch das noch", "Zuletzt aktualisiert", "Hand-picked for you",
        "Elsewhere on the site", "What to read next", "Noch mehr aus der Stadt",
        "Das lesen andere", "Heute wichtig", "Neu im Archiv",
    ),
    list_headings=("Spitzenreiter", "Die Top 3 heute", "Most shared", "Leserauswahl"),
    heading_forms=("{} ⮟", "◆ {}", "{}", "== {} ==", "{upper}", "{} (Auswahl)"),
    markers=(
        " ⮕", " [zum Text]", " – ganzen Artikel lesen", " Mehr …", " (Beitrag lesen)",
        " ⯈", " ⋙", " See more", " » Text", " → weiter", " [+]",
    ),
    ellipses=(" …", " [mehr…]", "…", " ⋯"),
    inline_forms=(
        "Ebenfalls interessant: {}", "Lesenswert dazu: {}", "Vorgeschichte: {}", "⮕ {}",
        "Previously: {}", "Das könnte Sie interessieren: {}", "Zum Nachlesen: {}", "◆ {}",
    ),
    share=(
        "Artikel teilen per Messenger", "Signal · Threema · E-Mail", "Drucken | Mailen | PDF",
        "Share via email", "Weitersagen", "Beitrag speichern und teilen",
    ),
    newsletter=(
        "Der Feierabend-Newsletter bringt Ihnen die Region um 18 Uhr ins Postfach.",
        "Kostenlos informiert: jetzt den Sonntagsbrief bestellen.",
        "Sign up for the local briefing, delivered at noon.",
        "Hier für die Eilmeldungen per E-Mail registrieren",
    ),
    ads=("Werbeblock", "- WERBUNG -", "Ad", "Paid content", "Kooperation"),
    comments=(
        "{n} Leserstimmen", "Debatte: {n} Beiträge", "Zur Diskussion ({n})", "{n} responses",
    ),
    copyright=(
        "Copyright © {site} {year} – alle Rechte beim Verlag",
        "© {year} · {site}",
        "Powered by {site}, {year}",
    ),
    legal=(
        "Impressum · Datenschutz · Barrierefreiheit · Cookie-Manager",
        "Kündigen | Hilfe & FAQ | Jobs",
        "Accessibility · Sitemap · Imprint",
        "Verlag – Mediadaten – Anzeigen – Leserreisen",
    ),
    credits=(
        "Foto: {name} ({agency})", "Bild: {agency}, Archiv", "© Foto {agency}",
        "Credit: {name} for {agency}", "Foto/Grafik: {agency}",
    ),
    agencies=("dpa-Zentralbild", "Wikimedia", "Polizei", "Feuerwehr", "iStock", "laif"),
    caption_texts=(
        "Zuschauer auf der Tribüne", "Der Ortskern aus der Vogelperspektive",
        "Ein Traktor auf dem Feld", "Feuerwehrleute nach dem Einsatz",
        "Die Abgeordneten im Plenarsaal", "Gäste beim Empfang im Schloss",
    ),
    bylines=("Geschrieben von {name}", "{name} ({date})", "Redaktion: {name}"),
    kickers=("Nachgefragt", "Liveticker", "Gastbeitrag", "Faktencheck", "Porträt", "Glosse"),
    list_bullets=("◦ ", "▫ ", "a) "),
    # The set's own parts (bench/layout_heldout3.py).
    you_are_here=("Sie sind hier: {crumbs}", "Aktuelle Seite: {crumbs}", "You are here: {crumbs}"),
    weather=("Wetter: {n} °C, bewölkt", "DAX {n}.412 Pkt. ▲ 0,8 %", "{n}° Sonnig in der Stadt"),
    source_bylines=("{date} | Quelle: {agency}", "{agency} – {date}",
                    "Source: {agency} · {date}"),
    print_mail=("Drucken · Versenden · Vorlesen", "Artikel als PDF speichern",
                "Print this page"),
    paginations=("Seite 1 von 2 · Nächste Seite »", "1 | 2 | 3 | weiter",
                 "Page 1 of 2 – Next page"),
    gallery_counters=("Bild {n} von {m}", "{n}/{m} – Fotostrecke", "Photo {n} of {m}"),
    ticker_stamps=("+++ {hh}:{mm} Uhr +++", "{hh}:{mm} Uhr", "{hh}.{mm} h – Update"),
    tag_headings=("Schlagwörter", "Stichworte zum Artikel", "Keywords"),
    rating_widgets=("Artikel bewerten: ☆☆☆☆☆ ({n} Stimmen)", "Hilfreich? 👍 {n} 👎 2",
                    "Rate this story: {n} votes"),
    error_reports=("Fehler entdeckt? Schreiben Sie uns.", "Ihre Meinung zum Thema? Mailen Sie "
                   "uns an leserbriefe@zeitung.example", "Spotted a mistake? Let us know."),
    teaser_badges=(" (Video)", " PLUS", " [{n} Kommentare]", " | Audio"),
    dachzeilen=("Nach dem Unwetter", "Streit im Stadtrat", "Neue Zahlen", "Vor Gericht",
                "Überraschung im Kreis", "Breaking", "Fragen und Antworten", "Umfrage"),
    sponsored=("Anzeige · Jetzt Depot eröffnen und 3 Monate gebührenfrei handeln (Partnerbank)",
               "Gesponsert: Diese Gartenmöbel sind der Renner des Sommers (Möbelhaus)",
               "Promoted: Why thousands switch their energy plan this winter (Provider)"),
    pipe_headings=("Schlagzeilen:", "Kurz gemeldet", "In brief"),
)  # fmt: skip
