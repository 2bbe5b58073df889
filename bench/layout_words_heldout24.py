"""Wordings of the twenty-fourth held-out pair of page layouts (bench/layouts.py, "held-out-24").

Written before the line classifier's second model, and never used for training, tuning or
choosing its thresholds: the cleaner's figures on it are reported apart (README.md). Its
wordings, separators and marker styles are meant to be in no other set's file; its own
layout variants are in bench/layout_heldout24.py, their wordings in HELD_OUT_24_PARTS.
"""

from __future__ import annotations

from layout_words import Words

HELD_OUT_24 = Words(
    site_names=(
        "Rhönblick Rundschau", "Kraichgauer Kurier Digital", "Elbtalaue Eilbote",
        "Wesermarsch Wachtposten", "Thornbury Ledger", "Achental Ausrufer",
        "Barnim Brennglas", "Kellerwald Kompass", "Dunmore Quay Dispatch",
        "Ammerland Ausguck", "Prignitz Pegel", "Ashcombe Almanac",
    ),
    consent=(
        "Reichweitenmessung ◬ erst nach Ihrem Ja, Widerruf unter Privatsphäre-Zentrale.",
        "We and 214 vendors keep identifiers ⟜ only once you say yes.",
        "Zustimmungspflichtige Dienste ⦚ Karten, Videos, Statistik ⦚ Ihre Entscheidung.",
        "Audience tooling paused ⟜ awaiting your nod.",
    ),
    consent_buttons=(
        "Rundum einverstanden ◬", "Bloß Pflichtdienste ⟜", "Häkchen übernehmen ⦚", "Yes, carry on",
        "Skip extras ⟜", "Pur-Abo ◬ 2,99 € je Monat", "Individuell festlegen",
    ),
    sections=(
        "Gemeinderat", "Feuerwehreinsätze", "Handballkreis", "Landfrauen", "Kitaplätze",
        "Umleitungen", "Pegelstände", "Quayside", "Rates and levies", "Schützenfest",
        "Kreismusikschule", "Radfernweg", "Hofläden", "Kleingärten",
    ),
    crumb_separators=(" ◬ ", " ⟜ ", " ⦚ ", " ⏣ "),
    menus=(
        "⏣ Startseite ⦚ Orte ⦚ Freizeit ⦚ Abo-Shop",
        "Aktuelles ⟜ Gemeinden ⟜ Sportplatz ⟜ Anzeigen aufgeben",
        "Townships ⏣ Letters page ⏣ Classifieds ⏣ Subscribe",
        "Jetzt ◬ Region ◬ Leserreisen ◬ E-Paper-Archiv",
    ),
    footer_headings=(
        "Ebenso lesenswert aus der Region", "Soeben aus der Redaktionsstube",
        "Im Umkreis berichtet", "Heute oft aufgerufen", "Kreuz und quer im Verbreitungsgebiet",
        "Andere lasen danach", "From our reporters nearby", "Night desk selection",
        "Kurz und regional", "Gleiches Thema, andere Orte", "Stories doing the rounds",
        "Nachbargemeinden melden", "Aus dem Lokalteil von gestern",
    ),
    list_headings=("Sieben Schlagzeilen", "Morgenlage", "Six to skim", "Lokalmix"),
    heading_forms=("◬ {} ◬", "⟜ {}", "⦚⦚ {} ⦚⦚", "⏣{}⏣", "{upper}", "⌇{}⌇"),
    markers=(
        " ⟜ vollständig", " ◬ Beitrag aufrufen", " [Lesestück entrollen]", " ⏣ Gesamttext",
        " ⦚ ganz lesen", " (weiter im Artikel)", " ⟜ see full piece", " ◬◬",
        " – Fortsetzung hier", " [unfold article]", " ⇲",
    ),
    ellipses=(" ◬…", " (…)", " ⩩⩩", " ⏣⏣⏣"),
    inline_forms=(
        "Passend dazu ◬ {}", "Hintergrund ⟜ {}", "Nachgelegt: {}", "Also on the desk ⏣ {}",
        "Verpasst? ⦚ {}", "Zum Vergleich: {}", "Eng verwandt ⟜ {}", "⌇{}⌇",
    ),
    share=(
        "Teilen ◬ Threema ◬ Bluesky ◬ E-Mail", "Adresszeile mitnehmen ⟜",
        "Weitersagen ⏣ Signal ⏣ Telegram", "Send to a neighbour ⟜",
        "Gratiszugang spendieren ⦚", "Auf die Leseliste ◬",
    ),
    newsletter=(
        "Abendbrief ◬ montags bis freitags 18 Uhr, gebührenfrei.",
        "Wochenendpost abonnieren ⟜ freitags, Kündigung formlos.",
        "Sign up: the quayside digest, every Tuesday.",
        "Ortsbrief ins Postfach ⦚ Anmeldung unten",
    ),
    ads=("◬ Werbung ◬", "⟜ Promoted placement", "Anzeige ⏣ weiter nach der Werbung",
         "⌇Werbefläche⌇", "Gesponsert ⦚ Partnerinhalt"),
    comments=("{n} Beiträge im Forum", "Mitreden ({n})", "{n} replies so far",
              "Leserforum ◬ {n} Einträge"),
    copyright=(
        "Urheberrechtlich gesichert: {site}, {year} ⏣ Übernahme anfragen",
        "{site} ⦚ {year} ⦚ Texte und Bilder lizenziert",
        "Copyright {year} ⟜ {site} Mediengruppe",
    ),
    legal=(
        "Barrierefreiheit ◬ Datenschutzerklärung ◬ AGB ◬ Kontakt",
        "Mediadaten ⟜ Kündigen ⟜ Hilfe & FAQ",
        "Fixes we made ⏣ Who is who ⏣ Vacancies",
        "Redaktionsstatut ⦚ Leserbeirat ⦚ Presserat",
    ),
    credits=(
        "Bild ◬ {agency}", "Aufnahme: {name} ⟜ {agency}", "Snapped: {name} ⏣ {agency}",
        "Foto ⦚ {name}", "Grafik ⟜ {agency}",
    ),
    agencies=("Bildstelle Hochrhön", "Bildagentur Kraichgau", "Lichtwerk Barnim",
              "Pressebild Ammerland", "Thornbury Camera Club", "Luftbild Prignitz"),
    caption_texts=(
        "Frisch gestrichene Dorfhalle im Abendlicht", "Jugendfeuerwehr übt am Löschteich",
        "Marktfrauen bauen Stände vor Sonnenaufgang auf",
        "Neue Radbrücke über den Altarm",
        "Erstklässler setzen Hecke am Sportplatz", "Landrätin Mbeki eröffnet Bürgerbüro",
    ),
    bylines=("Notiert ◬ {name} ◬ {date}", "{date} ⟜ berichtet {name}",
             "Filed quayside by {name}"),
    kickers=(
        "Nachgerechnet", "Vor Ort", "Hingeschaut", "Einordnung", "Faktenlage", "Aufgefallen",
    ),
    list_bullets=("◬ ", "⏣ ", "⑴ "),
)  # fmt: skip

# Wordings of the layout variants only held-out-24 has (bench/layout_heldout24.py).
HELD_OUT_24_PARTS: dict[str, tuple[str, ...]] = {
    # Other editions of the article, before the title (pipe-separated lines).
    "availability": (
        "Auch verfügbar ◬ English ⏣ Polski ⏣ Türkçe",
        "Read this in ⟜ Deutsch · Українська",
        "Sprachfassung wählen ⦚ Leichte Sprache ⦚ English|Artikel vorlesen lassen ◬ {mm}:{ss} Min.",
        "Listen ⏣ {mm}:{ss}|Other editions ⏣ Nord ⏣ Süd",
    ),
    # A contents box under the title: a heading over jump links to the paragraphs.
    "toc-head": ("Inhaltsverzeichnis", "Sprungziele ⟜", "Jump to ⏣", "◬ Übersicht"),
    "toc-item": ("{k}. {words} …", "⟜ {words}", "⏣ {words} ↓"),
    # A reader's comment quoted between paragraphs: a user name, a time, a sentence.
    "comment": (
        "{user} ◬ vor {h} Std.: „{text}“",
        "Leserstimme von {user} ({h}:{mi} Uhr) ⟜ {text}",
        "@{user} commented {h}h ago ⏣ {text}",
    ),
    # Classified advertisements after the body (a label line, then two or three ads).
    "classifieds-head": ("Kleinanzeigen ◬", "⟜ Stellenmarkt der Region", "Classifieds ⏣ local"),
    "classifieds": (
        "Sachbearbeiter (m/w/d) Bauamt ◬ Vollzeit ◬ {town}",
        "3-Zi.-Whg., {m2} m², Balkon, {rent} € kalt ⟜ {town}",
        "Suche Garage zur Miete in {town}, Tel. 0{tel}",
        "Pflegefachkraft (w/m/d) gesucht ⏣ {town} ⏣ unbefristet",
        "Bungalow with garden, {m2} sq m ⟜ {town}, offers invited",
        "Verkaufe Kinderfahrrad 20 Zoll, {rent} € VB",
    ),
    # An events calendar after the body: a label line, then dated entries.
    "events-head": ("Termine der Woche", "⦚ Veranstaltungskalender", "What's on ⟜"),
    "events": (
        "{wd} {d:02d}.{m:02d}. ◬ Flohmarkt am Rathausplatz, ab 8 Uhr",
        "{wd} {d:02d}.{m:02d}. ⟜ Seniorencafé im Gemeindehaus, 15 Uhr",
        "{wd} {d:02d}.{m:02d}. ⏣ Orgelkonzert, Eintritt frei",
        "{wd} {d:02d}.{m:02d}. ◬ Blutspende in der Turnhalle, 16 bis 19.30 Uhr",
        "{wd} {d:02d}.{m:02d}. ⟜ Quiz night at the Anchor, 8pm",
    ),
    # Teasers with a subscribers' badge before or after the headline, lead cut with no
    # marker.
    "plus": ("ᴾᴸᵁˢ {title}", "{title} ◬Plus", "[Abo] {title}", "{title} (+)"),
    # Episodes of the site's podcast: a number, a headline, a running time.
    "episode": (
        "Folge {k} ◬ {title} ({mm}:{ss})",
        "#{k} ⟜ {title} ⏣ {mm} Min.",
        "Episode {k}: {title} [{mm}:{ss}]",
    ),
    # Video teasers: a running time before the headline.
    "video": ("⎔ {mm}:{ss} ⏣ {title}", "{mm}:{ss} ⦚ Video ⦚ {title}", "⏦ {title} ({mm}:{ss})"),
    # A lead opening with a dateline in capitals and an agency, cut with a bracket.
    "dateline": ("{place} ({agency}) ◬ {lead}", "{place}. {lead}", "{place} ⟜ {lead}"),
    "dateline-end": (" (…)", " ⦚", " [...]", ""),
    # The author's other texts after an author line: each headline with its date.
    "author-head": (
        "Weitere Texte von {name}", "Mehr aus der Feder von {name} ◬",
        "Further writing by {name} ⟜", "{name} schrieb zuletzt",
    ),
    "author-item": ("{title} ⏣ {d:02d}.{m:02d}.{y}", "{d}.{m}.{y} ◬ {title}", "{title} ({d}/{m})"),
}  # fmt: skip

USERS = ("Kiebitz77", "hafenmeisterin", "R.Okonjo", "dorfkind_2004", "Thornbury_Tom",
         "Elbnixe", "grauerStar", "pendler_rb", "M. Vasquez")  # fmt: skip
PLACES = ("AURICH", "BAD KISSINGEN", "PERLEBERG", "EBERSWALDE", "TRAUNSTEIN", "BRETTEN",
          "BRAKE", "FRANKENBERG", "WESTERSTEDE", "DUNMORE")  # fmt: skip
TOWNS = ("Gersfeld", "Eppingen", "Dömitz", "Nordenham", "Prien", "Bernau", "Jesberg",
         "Thornbury", "Wittenberge")  # fmt: skip
WEEKDAYS = ("Mo", "Di", "Mi", "Do", "Fr", "Sa", "So")
