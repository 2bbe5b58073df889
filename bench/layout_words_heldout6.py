"""Wordings of the sixth held-out pair of page layouts (bench/layouts.py, "held-out-6").

Written before the cleaner of version 7 was changed, and never used for training or
tuning it: the cleaner's figures on it are reported apart (README.md). Its wordings,
separators and marker styles are in no other set's file; its own layout variants are in
bench/layout_heldout6.py, their wordings in HELD_OUT_6_PARTS.
"""

from __future__ import annotations

from layout_words import Words

HELD_OUT_6 = Words(
    site_names=(
        "Altmark Kurier", "Vogtland Spiegel", "Uckermark Stimme", "Eifel Depesche",
        "Spessart Kompass", "Harzer Fanfare", "Lausitz Laterne", "Lakeshore Gazette North",
        "Emsland Notizen", "Chiemgau Kanal", "Canyon Tribune Weekly", "Allgäu Fenster",
    ),
    consent=(
        "Ihre Privatsphäre ist uns wichtig: Wir nutzen Dienste Dritter für Reichweitenmessung "
        "und personalisierte Anzeigen.",
        "Zustimmung erforderlich. Mit Klick auf den Knopf erlauben Sie die Verarbeitung Ihrer "
        "Daten durch Partner in Drittländern.",
        "We and 214 vendors store and access information on your device for measurement "
        "and personalised advertising.",
        "Bevor Sie weiterlesen: Diese Seite verwendet Pixel, lokale Speicher und Cookies von "
        "Anbietern aus aller Welt.",
    ),
    consent_buttons=(
        "Zustimmen und weiter", "Ohne Zustimmung fortfahren", "Weitere Wahlmöglichkeiten",
        "Sounds good",
        "Decline optional", "Meine Wahl übernehmen", "Pur-Abo statt Werbung",
    ),
    sections=(
        "Heimatgeschichte", "Kreisparlament", "Meisterbetriebe", "Blaulicht am Abend",
        "Schützen & Karneval",
        "Wald & Jagd", "Handball regional", "Nahverkehr", "Wohnen", "Countryside",
        "City Hall", "Pflege", "Stadtrat", "Musik & Theater",
    ),
    crumb_separators=(" ⟾ ", " ⦁ ", " ⏩ ", " ⊳ "),
    menus=(
        "☰ Rubriken  ·  Suchen  ·  Anmelden",
        "Kreistag ‣ Handwerk ‣ Wohnen ‣ Pflege",
        "{City Hall} {Countryside} {Nahverkehr}",
        "HEIMAT  KREISTAG  HANDWERK  E-PAPER",
    ),
    footer_headings=(
        "Lesen Sie gleich weiter", "Das interessiert unsere Leser", "Aus derselben Rubrik",
        "Verpasst?", "Ausgesucht für Sie", "Neues aus der Heimat",
        "Gerade viel geklickt", "Stöbern Sie weiter", "Keep exploring", "From the county",
        "Catch up on these", "Frisch aus der Druckerei", "Von der Redaktion ausgewählt",
        "Weiter geht's",
    ),
    list_headings=("Die Klickcharts", "Top 10 heute", "Hot right now", "Oft geteilt"),
    heading_forms=("⦿ {}", "≈≈ {} ≈≈", "⟦ {} ⟧", "{} ⬎", "=== {} ===", "⟪{}⟫"),
    markers=(
        " ⤑", " (Artikel lesen)", " ⏭", " – ganzen Beitrag ansehen", " [zum Bericht]",
        " »» weiter", " ⥤", " Find out more", " ⤳ Text", " ≫", " (read)",
    ),
    ellipses=(" ⟨…⟩", " ....", " ⁘", " ⸱⸱⸱"),
    inline_forms=(
        "Ebenfalls im Blatt: {}", "Weiterführend – {}", "Aus der Nachbarschaft: {}", "⤑ {}",
        "Further reading – {}", "Thematisch nah: {}", "Lesetipp der Redaktion: {}", "⤷ {}",
    ),
    share=(
        "Versenden: Signal · Telegram · Bluesky", "⤴ Weiterleiten", "URL kopieren",
        "Pass it on to a friend", "Empfehlen Sie uns weiter!", "Auf Xing teilen",
    ),
    newsletter=(
        "Der Heimat-Brief: jeden Freitag kostenlos in Ihrem Postfach – jetzt bestellen.",
        "Bleiben Sie auf dem Laufenden mit unserem wöchentlichen Rundschreiben aus dem Kreis.",
        "Get the county digest every Sunday – unsubscribe any time.",
        "Nichts mehr verpassen: Ihr Abendbrief mit den Nachrichten aus der Region",
    ),
    ads=("Werbliche Einblendung", "– Bezahlte Partnerschaft –", "Paid post",
    "In Kooperation mit Partnern", "Annonce"),
    comments=("{n} Stimmen aus der Leserschaft", "Forum zum Artikel ({n})",
    "{n} people have weighed in", "Mitdiskutieren: {n}"),
    copyright=(
        "Inhalte geschützt – {site}, {year}",
        "{site} · Stand {year} · Vervielfältigung untersagt",
        "(c) {year} {site}. All rights reserved.",
    ),
    legal=(
        "AGB ∙ Widerruf ∙ Datenschutz ∙ Impressum",
        "Mediadaten • Abo-Service • Karriere",
        "Terms of use · Privacy settings · Contact us",
        "Hilfe & FAQ – Presse – Verlag",
    ),
    credits=(
        "Bild: © {name} / {agency}", "Foto (Archiv): {agency}", "Bildrechte: {agency}, {name}",
        "Photo credit: {name}/{agency}", "Symbolbild",
    ),
    agencies=("Kreisarchiv Nord", "Landratsamt", "THW", "Pixabay", "Kreisverwaltung", "Einsender"),
    caption_texts=(
        "Der Wochenmarkt im Nebel", "Die sanierte Schule", "Einsatzkräfte vor Ort",
        "Besucher beim Stadtfest", "Windräder am Horizont", "Die Landrätin bei der Eröffnung",
    ),
    bylines=("Text: {name}, {date}", "Notiert von {name}", "{date} ⸺ {name}"),
    kickers=("Vor-Ort-Termin", "Eingeordnet", "Nahaufnahme", "Nachgehakt", "Bilanz", "Zahlenwerk"),
    list_bullets=("⬥ ", "⟡ ", "№1 "),
)  # fmt: skip

# Wordings of the layout variants only held-out-6 has (bench/layout_heldout6.py).
HELD_OUT_6_PARTS: dict[str, tuple[str, ...]] = {
    # The page's head title: the article's headline and the site's name on one line.
    "head-title": ("{title} – {site}", "{site} | {title}", "{title} · {site}"),
    "trending": ("Meistgeklickt ▪ {a} ▪ {b}", "Trending: {a} ‧ {b}", "Heute gefragt » {a} | {b}"),
    "live": ("LIVE", "● Liveblog", "Jetzt live"),
    "translated": (
        "Automatisch übersetzt – Original anzeigen",
        "Dieser Text wurde maschinell übersetzt.",
        "Machine-translated. Show original",
    ),
    "follow": ("Folgen Sie {name} auf Mastodon", "{name} folgen", "Follow {name}"),
    "video": ("VIDEO ({m}:{s:02d}) – {title}", "Im Video: {title} [{m}:{s:02d}]",
              "Watch ({m}:{s:02d}): {title}"),
    "newsletter-mid": (
        "Sie möchten solche Meldungen früher lesen? Melden Sie sich zum Frühbrief an.",
        "Kostenloser Newsletter – Ihre E-Mail-Adresse:",
        "Like this story? Get more in your inbox.",
    ),
    "feedback": ("War dieser Beitrag hilfreich? Ja · Nein", "Wie fanden Sie den Artikel? ★★★★★",
                 "Was this helpful? 👍 👎"),
    "closed": ("Die Kommentarfunktion ist für diesen Beitrag deaktiviert.",
               "Kommentare geschlossen", "Comments are closed."),
    "stand": ("Stand: {d:02d}.{m:02d}.2024, {h:02d}:{mi:02d} Uhr", "Zuletzt bearbeitet {d}.{m}.",
              "Last updated {d}/{m}/2024"),
    "source-link": ("Quelle: www.{host}.de", "Originalbeitrag auf {host}.de",
                    "Source: {host}.com"),
    "teaser-paren": ("{title} ({section}, {d}.{m}.)", "{title} – {section}",
                     "{title} [{section}]"),
    "teaser-counts": ("{title} 💬 {n}", "{title} ({n} Kommentare)", "{title} · {n} replies"),
    "teaser-url": ("{host}.de/{slug}", "www.{host}.de/artikel/{slug}", "{host}.com/news/{slug}"),
}  # fmt: skip
