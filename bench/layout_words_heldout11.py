"""Wordings of the eleventh held-out pair of page layouts (bench/layouts.py, "held-out-11").

Written before the cleaner of version 12 was changed, and never used for training or
tuning it: the cleaner's figures on it are reported apart (README.md). Its wordings,
separators and marker styles are in no other set's file (no two words in a row shared
with one); its own layout variants are in bench/layout_heldout11.py, their wordings in
HELD_OUT_11_PARTS.
"""

from __future__ import annotations

from layout_words import Words

HELD_OUT_11 = Words(
    site_names=(
        "Kraichtaler Kompass", "Saalekreis Signal", "Westküsten Warte", "Copper Valley Ledger",
        "Hunsrück Horchposten", "Altmärker Fährmann", "Lakeshore Lantern Online",
        "Fichtelgebirgs Funk", "Ostalb Oculus", "Riverbend Gazette", "Nordheide Notizbuch",
        "Breisgauer Brennglas",
    ),
    consent=(
        "Betriebsnotwendige Speicherdaten bleiben immer aktiv; Messpixel samt Profilbildung "
        "erst, sobald ausdrücklich freigegeben.",
        "Zwei Klicks für mehr Datenschutz: Externe Dienste bleiben gesperrt, bis Sie sie "
        "freischalten.",
        "Heads up: trackers and pixels stay off unless you switch them on below.",
        "Privatsphäre-Optionen: Messung, Personalisierung, Social Plugins – einzeln "
        "wählbar.",
    ),
    consent_buttons=(
        "Einverstanden, weiter", "Lediglich Erforderliches", "Schalter einzeln setzen ⚙",
        "Sounds fine", "Let me pick", "Ohne Reklame ab 1,49 € wöchentlich", "Häkchen übernehmen",
    ),
    sections=(
        "Schützenwesen", "Gemeinderat kompakt", "Ehrenamtliches", "Feuerwehreinsätze",
        "Kreisklasse Nord", "Handwerk regional", "Krippe, Hort & Pausenhof", "Baustellenticker",
        "Riverfront", "County Board", "Acker & Stall", "Chronik der Dörfer",
        "Höhenwege", "Bauernmarkt",
    ),
    crumb_separators=(" ⧽ ", " ∷ ", " ⇀ ", " ⥤ "),
    menus=(
        "≡ Rubrikenwahl ⌕ Stichwort ☏ Leserservice",
        "Aktuell ▪ Landkreis ▪ Vereine ▪ Ausflüge ▪ Aboshop",
        "News ▪ Schools ▪ Weather ▪ Classifieds",
        "Heute ⫽ Lokalteil ⫽ Meinung ⫽ Trauer",
    ),
    footer_headings=(
        "Ebenso packend", "Parallel gelesen", "Lesefutter zum Feierabend",
        "Tagesreste ⟶ Resteschublade", "Nachbargemeinden berichten", "Verwandte Geschichten",
        "Frisch vom Newsdesk", "Ebenso beachtet", "Before you leave",
        "Elsewhere countywide", "Buzzing valleywide", "Weiterverfolgen lohnt",
        "Kreisgebiet kompakt", "Dazu berichteten wir bereits",
    ),
    list_headings=("Sieben Meldungen zum Mitreden", "Seit heute früh vorn",
                   "Most forwarded since Monday", "Worüber der Landkreis spricht"),
    heading_forms=("▛ {} ▟", "⸢{}⸥", "◆◆ {}", "⦅ {} ⦆", "┏ {} ┓", "{} ⇣"),
    markers=(
        " ⟿ Volltext anzeigen", " [blättern ⟶]", " ≫ Beitragsrest", " ⤷",
        " ▶▶ jetzt öffnen",
        " … hier entlang", " (alles lesen)", " Keep going ⟶",
        " ⋙⋙", " – ganze Meldung im Portal", " [full article]",
    ),
    ellipses=(" ……", " [‥]", " …›", " ⋯⋯"),
    inline_forms=(
        "Themenverwandt ⟹ {}", "Hintergrund ⟶ {}", "Nebenan berichtet ⊸ {}",
        "Archivfund: {}", "Related ⟹ {}", "Früher erschienen: {}",
        "☛ {}", "Womöglich lesenswert ⟩ {}",
    ),
    share=(
        "Weiterleiten ⟶ Messenger ▪ Threads", "Kurzlink kopieren ⧉",
        "Bluesky ▪ Facebook ▪ Xing", "Forward ⟶ colleague",
        "Artikel verschenken ⟡", "Leseliste ergänzen ☆",
    ),
    newsletter=(
        "Feierabend-Überblick ⟶ montags bis freitags 17:30, gratis anfordern.",
        "Morgenkompass abonnieren – täglich früh, kostenfrei.",
        "Subscribe: county roundup, delivered Tuesdays.",
        "Wochenend-Digest bestellen ⟶ Adresse eintragen",
    ),
    ads=("⊠ Anzeige schließen", "▪ Sponsored ▪", "Gefördert durch einen Werbepartner",
         "‹ Promotion ›", "Bezahlte Platzierung ▪ Sponsor"),
    comments=("{n} Meinungen bislang", "Zum Leserforum ({n})",
              "{n} reader notes", "Rückmeldungen bisher: {n}"),
    copyright=(
        "Inhalte lizenziert: {site}, {year}. Verwertung ausschließlich vertraglich",
        "{site} ⸱ Copyright ⸱ {year}",
        "© {year} {site} ▪ Alles vorbehalten",
    ),
    legal=(
        "Barrierefreiheit ▪ Privatsphäre ▪ AGB ▪ Anbieterkennzeichnung",
        "Werben hier ⫽ Aboverwaltung ⫽ FAQ",
        "Accessibility statement ▪ Ethics policy ▪ Careers",
        "Redaktionsstatut ∷ Leserbeirat ∷ Hilfe & Kontakt",
    ),
    credits=(
        "Aufnahme ⁄ {agency}", "Bildquelle ▸ {agency}",
        "Photographed for {agency} by {name}", "Festgehalten von {name}", "Grafik ⫽ {agency}",
    ),
    agencies=("Archiv Kraichtal", "Pressedienst Saale", "Privatsammlung Ott", "Drohnenstaffel Nord",
              "Fotopool Nordheide", "Copper Valley Camera Club"),
    caption_texts=(
        "Der neue Radweg entlang der Bahntrasse", "Gartenschaugäste zwischen Staudenbeeten",
        "Ehrenamtliche errichten die Bühne", "Rathausplatz im Abendrot",
        "Kinder am Laternenumzug", "Bürgermeisterin Hahn setzt den Spaten",
    ),
    bylines=("Aufgeschrieben ▪ {name} ▪ {date}", "{date} ⫽ {name}",
             "Reported by {name}"),
    kickers=(
        "Nachgebohrt", "Kurz kommentiert", "Blick zurück", "Vor Ortstermin", "Nachgezählt",
        "Die Lage in Zahlen",
    ),
    list_bullets=("❶ ", "⁕ ", "▸▸ "),
)  # fmt: skip

# Wordings of the layout variants only held-out-11 has (bench/layout_heldout11.py).
HELD_OUT_11_PARTS: dict[str, tuple[str, ...]] = {
    "sponsor": ("Gesponsert: Stadtwerke Kraichtal", "Unterstützt durch Autohaus Kessler",
                "Presented by Valley Credit Union"),
    "series": ("Folge {k} unserer Reihe ⟨{section}⟩ ▪ sämtliche Folgen",
               "Serienteil {k}/6 ⸱ {section}", "Part {k} of a {section} series"),
    "meta": ("⏲ {m} Min. ▪ ✉ {n} ▪ ⟳ heute", "{m} min ⫽ {n} answers ⫽ saved ☆",
             "Lesedauer {m}′ ∷ {n} Resonanzen"),
    "html-comment": ("<!-- slot:mid-{k} -->", "<!-- werbung:inread -->",
                     "</div><div class=\"ad\">"),
    "quiz": ("Rätselrunde: Was wissen Sie über {section}? Mitspielen ⟶",
             "Mini-Quiz ⁝ {section} in fünf Fragen", "Quick quiz: test yourself on {section}"),
    "card-label": ("Gleichzeitig veröffentlicht", "Parallel dazu", "Meanwhile elsewhere"),
    "card-go": ("⟶ Text aufrufen", "Öffnen ⊳", "Tap ⟩ story"),
    "cite": ("Zitiervorschlag: {site} ({year}): {title}. Online abrufbar.",
             "So zitieren ▸ {site}, {year}, „{title}“",
             "Cite as: {site} ({year}). {title}."),
    "podcast": ("🎧 Podcast-Folge {k} ⟶ {section} hören",
                "Hörtipp ⁝ Episode {k} über {section}", "Listen: episode {k}, {section}"),
    "bio": ("Porträt ⫽ {name}, seit {year} Lokalreporterin.",
            "{name} reports on {section} since {year}.",
            "Über unsere Autorin ⫽ {name}, Redakteurin seit {year}"),
    "update-log": ("Änderungsprotokoll ▸ {hh:02d}:{mm:02d} Überschrift präzisiert",
                   "Version {k} ⫽ überarbeitet {hh:02d}.{mm:02d}",
                   "Changelog: {hh:02d}:{mm:02d} figures corrected"),
    "csv-row": ("\"{title}\";\"{date}\";\"/{slug}\"", "{title},{date},{slug}.htm",
                "'{title}'\t{date}"),
    "yaml-title": ("- titel: {title}", "- heading: \"{title}\"", "  - name: {title}"),
    "yaml-lead": ("  vorspann: {lead}", "  summary: \"{lead}\"", "    text: {lead}"),
    "photos": ("📷 {n}", "▣ {n} Bilder", "{n} photos ⧉"),
}  # fmt: skip
