"""Wordings of the fourth held-out pair of page layouts (bench/layouts.py, "held-out-4").

Written before any cleaner change made on the third held-out pair, and never used for
tuning: the cleaner's figures on it are reported apart (README.md). Its wordings are in
no other set's file; its own layout variants are in bench/layout_heldout4.py, their
wordings in HELD_OUT_4_PARTS.
"""

from __future__ import annotations

from layout_words import Words

HELD_OUT_4 = Words(
    site_names=(
        "Eifel Kurier", "Uckermark Spiegel", "Vogtland Stimme", "Allgäu Depesche",
        "Altmark Zeitung", "Lausitz Radar", "Sauerland Fanfare", "Chiemgau Tribüne",
        "Harbour Gazette", "Prairie Dispatch", "Emsland Funk", "Spessart Post",
    ),
    consent=(
        "Ihre Privatsphäre ist uns wichtig. Wir und ausgewählte Dritte nutzen Kennungen "
        "für Reichweitenmessung und personalisierte Inhalte.",
        "Zustimmung erforderlich: Um externe Inhalte und Statistiken zu laden, brauchen wir "
        "Ihr Einverständnis nach Art. 6 DSGVO.",
        "We value your privacy. Our partners store and access data on your device for "
        "measurement and tailored content.",
        "Einwilligung zur Datennutzung: Sie können Ihre Auswahl unter Privatsphäre-"
        "Einstellungen jederzeit ändern.",
    ),
    consent_buttons=(
        "Passt so", "Nur Notwendiges", "Auswahl bestätigen", "Agree", "Decline extras",
        "Mehr Optionen", "Fortfahren ohne Zustimmung",
    ),
    sections=(
        "Heimat", "Vereinsleben", "Forschung", "Handwerk", "Naturschutz", "Pfarrgemeinde",
        "Tischtennis", "Mobilität", "Geldanlage", "Climate", "Courts", "Education", "Kreistag",
        "Bauen & Wohnen",
    ),
    crumb_separators=(" ⟩ ", " ⁄ ", " ↣ ", " ▹ "),
    menus=(
        "Heimat ⟩ Vereinsleben ⟩ Natur",
        "Start • Region • Sport • Service • E-Paper",
        "Home / Climate / Courts / Education",
        "Lokales   Wirtschaft   Freizeit   Abo",
    ),
    footer_headings=(
        "Gleich weiterlesen", "Vielleicht auch spannend", "Weitere Meldungen aus der Region",
        "Meistgeklickt", "Außerdem im Angebot", "Bloß nicht verpassen",
        "Blick in die Nachbarschaft", "Anschlussthemen", "More from the newsroom",
        "Readers also viewed", "Buzzing this week",
        "Aus dem Verbund", "Weiterführende Beiträge", "Frisch eingetroffen",
    ),
    list_headings=("Fünf für heute", "Wochenhits", "Editor's picks", "Hitliste"),
    heading_forms=("▍{}", "{} ▾", "~ {} ~", "{upper}", "⟦{}⟧", "{} ⤵"),
    markers=(
        " ⇨", " (Lektüre fortsetzen)", " – hier geht es zum Beitrag", " Vollständig lesen ›",
        " [Text]",        " ⟿", " ➜", " Read on ›", " | mehr", " ↪", " ⤳",
    ),
    ellipses=(" […]", " ‥", " [usw.]", " ⸺"),
    inline_forms=(
        "Dazu gehört: {}", "Zum Hintergrund lesen: {}", "Kommentar zum Thema: {}", "⇨ {}",
        "Read alongside: {}", "Querverweis: {}", "Ebenfalls berichtet: {}", "▍{}",
    ),
    share=(
        "Jetzt teilen: Signal · Telegram · Xing", "Link in die Zwischenablage", "Teilen ↗",
        "Post to Bluesky", "Empfehlen & teilen", "Per Messenger verschicken",
    ),
    newsletter=(
        "Der Morgenkaffee-Newsletter: jeden Werktag um 6 Uhr die wichtigsten Nachrichten.",
        "Bestellen Sie unseren Wochenrückblick – kostenlos und jederzeit kündbar.",
        "Get the evening digest in your inbox every weekday.",
        "Nichts mehr verpassen: Push-Nachrichten für Ihre Region einschalten",
    ),
    ads=("Werbemitteilung", "– Promotion –", "Advertorial", "Bezahlte Partnerschaft", "Werbung ↓"),
    comments=(
        "{n} Reaktionen", "Leserforum ({n})", "Mitreden: {n} Meinungen", "{n} comments so far",
    ),
    copyright=(
        "Alle Inhalte © {year} {site}. Vervielfältigung nur mit Genehmigung.",
        "{site} · {year} · Alle Rechte vorbehalten",
        "(c) {year} {site} Media Group",
    ),
    legal=(
        "AGB · Datenschutzerklärung · Kontakt · Mediadaten",
        "Abo kündigen | Leserservice | Karriere",
        "Terms · Privacy · Contact us",
        "Impressum – Hausordnung – Transparenz",
    ),
    credits=(
        "Knipser: {name} / {agency}", "Bildrechte: {agency}", "Foto © {name}, {agency}",
        "Picture by {name}/{agency}", "Abgelichtet von {name}",
    ),
    agencies=("Imago", "Stadtarchiv", "Kreisbildstelle", "Adobe Stock", "Vereinsfoto", "Leserfoto"),
    caption_texts=(
        "Besucher vor dem Rathaus", "Der Marktplatz am Abend", "Kühe auf der Weide",
        "Einsatzkräfte am Unfallort", "Die Ratsmitglieder bei der Sitzung",
        "Kinder beim Sportfest",
    ),
    bylines=("Aufgeschrieben von {name}", "{name}, Korrespondent ({date})", "Autorin: {name}"),
    kickers=("Einordnung", "Vor Ort", "Im Gespräch", "Standpunkt", "Kurz erklärt", "Zuerst hier"),
    list_bullets=("◇ ", "⁃ ", "(1) "),
)  # fmt: skip

# Wordings of the layout variants only held-out-4 has (bench/layout_heldout4.py).
HELD_OUT_4_PARTS: dict[str, tuple[str, ...]] = {
    "edition": ("Ausgabe: {section}", "Edition: {section} ▾", "Regionalausgabe {section} wählen"),
    "push": (
        "Benachrichtigungen erlauben? Ja · Später",
        "Eilmeldungen aufs Handy? Aktivieren",
        "Allow notifications? Yes / Not now",
    ),
    "login": ("Anmelden | Registrieren", "Mein Konto ▸ Login", "Sign in · Subscribe"),
    "updated": ("Zuletzt geändert vor {n} Minuten", "Aktualisiert: heute, {hh}:{mm}",
                "Updated {n} min ago"),
    "embed": (
        "Externer Inhalt: An dieser Stelle finden Sie einen Beitrag von Instagram.",
        "[Eingebetteter Inhalt – zum Anzeigen bitte klicken]",
        "Embedded content from YouTube is blocked by your privacy settings.",
    ),
    "quote-mark": ("„", "» ", "“"),
    "support": (
        "Guter Journalismus kostet Geld. Unterstützen Sie uns schon ab 3 Euro im Monat.",
        "Ihnen gefällt dieser Artikel? Werden Sie jetzt Abonnent.",
        "Support independent local reporting – become a member today.",
    ),
    "app": (
        "Unsere App: jetzt kostenlos im App Store und bei Google Play",
        "Lesen Sie uns auch als E-Paper",
        "Download our app for iOS and Android",
    ),
    "home": ("Zurück zur Startseite", "↑ Nach oben scrollen", "Back to homepage"),
    "teaser-authors": ("Von {name}: {title}", "{title} – von {name}", "{name} | {title}"),
    "teaser-dates": ("{d}.{m}. – {title}", "{title} ({d}.{m}.)", "{d}/{m} {title}"),
    "image-tags": ("[Bild] ", "📷 ", "(Foto) "),
}  # fmt: skip
