"""Wordings of the twenty-first held-out pair of page layouts (bench/layouts.py, "held-out-21").

Written before the cleaner of version 18 was changed, and never used for training or
tuning it: the cleaner's figures on it are reported apart (README.md). Its wordings,
separators and marker styles are in no other set's file (no two words in a row shared
with one); its own layout variants (all around the article's title) are in
bench/layout_heldout21.py, their wordings in HELD_OUT_21_PARTS.
"""

from __future__ import annotations

from layout_words import Words

MONTHS_DE = (
    "Jan.",
    "Feb.",
    "März",
    "Apr.",
    "Mai",
    "Juni",
    "Juli",
    "Aug.",
    "Sept.",
    "Okt.",
    "Nov.",
    "Dez.",
)
MONTHS_EN = (
    "Jan",
    "Feb",
    "Mar",
    "Apr",
    "May",
    "Jun",
    "Jul",
    "Aug",
    "Sep",
    "Oct",
    "Nov",
    "Dec",
)

HELD_OUT_21 = Words(
    site_names=(
        "Hochwald Horchposten", "Kinzigtaler Kurier", "Börde Brennglas", "Schwalmstädter Skizzen",
        "Ashcombe Sentinel", "Ahrtal Abendglocke", "Frankenwald Fanfare", "Moselschleifen Mosaik",
        "Harbourview Ledger", "Drawehn Depesche", "Prignitzer Pfeil", "Kestrel Point Courier",
    ),
    consent=(
        "Zielgruppenanalyse beginnt erst angehakt ⤖ rücknehmbar unten links.",
        "Sponsors tally each handset after your nod.",
        "Fremdfirmen notieren Hardwaredetails ⤖ Entscheidung ausstehend.",
        "Audience counters wait politely until someone says yes.",
    ),
    consent_buttons=(
        "Geht klar ⧊", "Lieber nicht ⧲", "Stellschrauben ⨀", "Sounds alright",
        "Strictly required", "Spurlos schmökern ⤖ 2,85 € monatlich abgebucht",
        "Präferenzen merken ⧲",
    ),
    sections=(
        "Schützenverein", "Ortsbeirat", "Feuerwehrticker", "Kreisoberliga", "Vereinsleben",
        "Schulbusse", "Umleitungen", "Quayside", "Planning panel", "Kleingärten",
        "Heimatmundart", "Pilgerpfade", "Basare", "Friedhofsamt",
    ),
    crumb_separators=(" ⤖ ", " ⧓ ", " ⧲ ", " ⨀ "),
    menus=(
        "⧊ Auftakt ⧲ Rubrikenliste ⧲ Kundenecke",
        "Jetzt ⧓ Quartiere ⧓ Breitensport ⧓ Agenda ⧓ Kleinanzeigen",
        "Wards ⧓ Mailbag ⧓ Remembrance ⧓ Trading post",
        "Zuletzt ⨀ Kreisgebiet ⨀ Zuschriften ⨀ Immobilienecke",
    ),
    footer_headings=(
        "Lohnt ebenso", "Druckfrisch hereingekommen", "Sonntagsstoff", "Von nebenan",
        "Kreisgeflüster", "Verwandte Lektüre", "Gerade online gegangen", "Oft empfohlen worden",
        "Close to home", "Jetty talk", "Across town lately", "Vertiefende Texte",
        "Lokal verdichtet", "Fundus früherer Jahrgänge",
    ),
    list_headings=("Neun Notate", "Nachschau", "Penned before sunrise", "Brunnenecke"),
    heading_forms=("⧊ {} ⧊", "⧲{}⧲", "⨀⨀ {}", "⦓{}⦔", "⧓⧓ {} ⧓⧓", "{} ⤖⤖"),
    markers=(
        " ⤖ Komplettfassung", " [aufrollen ⧊]", " ⧲ weiterlesen hier", " ⩐",
        " ⨀ ausklappen", " … sämtliche Absätze", " (lückenlos)", " Read onward ⤖",
        " ⧓⧓", " – alles zeigen", " [complete item]",
    ),
    ellipses=(" ⧗⧗", " [⧗]", " …⤖", " ⩦⩦"),
    inline_forms=(
        "Anschließend lesenswert ⤖ {}", "Tiefergehend ⧲ {}", "Eine Kollegin notierte ⨀ {}",
        "Schatzfund: {}", "Parallel thread ⤖ {}", "Zuvor veröffentlicht: {}",
        "⧊⧊ {}", "Eventuell fesselnd ⧲ {}",
    ),
    share=(
        "Teilen ⤖ Friendica ⧓ Lemmy", "URL mitnehmen ⨀",
        "Briar ⧓ Element ⧓ Jami", "Relay onward ⤖ teammate",
        "Gratisbeitrag weiterschenken ⤖", "Lesezeichen setzen ⧲",
    ),
    newsletter=(
        "Morgenlage ⤖ an Arbeitstagen frühmorgens, gebührenfrei beziehen.",
        "Wochenendpaket abholen ⧗ an Samstagen, spesenfrei.",
        "Enlist: quayside roundup, arrives Tuesdays.",
        "Jahresrückblick anfordern ⤖ Postfach angeben",
    ),
    ads=("⤖ Werbeblock verstecken", "⧲ Bought visibility ⧲", "Anzeigen bezahlen unsere Reporter",
         "⦓ Reklamefeld ⦔", "Entgeltliche Platzierung ⧲ Inserent"),
    comments=("{n} Rückmeldungen", "Gesprächsrunde ({n})",
              "{n} notes from readers", "Einwürfe bislang: {n}"),
    copyright=(
        "Sämtliche Verwertung {site} ({year}). Vervielfältigen verboten",
        "{site} ⧗ urheberrechtlich belegt ⧗ {year}",
        "{site} © {year} ⧲ Weitergabe kostenpflichtig",
    ),
    legal=(
        "Barrierefreiheit ⧲ Datenhinweise ⧲ Nutzungsordnung ⧲ Geschäftsstellen",
        "Konditionen ⧗ Vertragsende ⧗ Supportseite",
        "Fix log ⧲ Desk contacts ⧲ Apprenticeships",
        "Geschäftsordnung ⨀ Schlichtungsstelle ⨀ Aboberatung",
    ),
    credits=(
        "Bildquelle ⨀ {agency}", "Abzug ⤖ {agency}",
        "Photographed by {name} ⧲ {agency}", "Objektiv hielt {name}",
        "Zeichnung ⨀ {agency}",
    ),
    agencies=("Bildarchiv Hochwald", "Fotokontor Kinzigtal", "Pressebilder Lindqvist",
              "Luftaufnahmen Börde", "Bildfundus Drawehn", "Ashcombe Shutter Guild"),
    caption_texts=(
        "Frisch gestrichene Scheune vor Sonnenaufgang", "Schützen ziehen festlich zum Zelt",
        "Freiwilligentrupp befestigt Uferböschung",
        "Jahrhundertealter Marktbrunnen nach Sanierung enthüllt",
        "Drittklässler setzen junge Kirschbäume", "Ortsvorsteherin Adeyemi eröffnet Bolzplatz",
    ),
    bylines=("Niedergeschrieben ⧲ {name} ⧲ {date}", "{date} ⧗ verfasst {name}",
             "Filed from the quay: {name}"),
    kickers=(
        "Nachgerechnet", "Durchleuchtet", "Rückschau", "Augenschein", "Faktenprüfung",
        "Einordnung",
    ),
    list_bullets=("⑹ ", "⤖ ", "⧲ "),
)  # fmt: skip

# Wordings of the layout variants only held-out-21 has (bench/layout_heldout21.py).
HELD_OUT_21_PARTS: dict[str, tuple[str, ...]] = {
    # A kicker of each page's own glued to the title by a colon or a spaced dash (the
    # joiner, then the kickers, pipe-separated); no copy of the title on the page.
    "kicker-glue": (": ", ": ", " – ", " ⤖ "),
    "kickers": (
        "Zoff wegen Windrädern|Expertise eingetroffen|Unverhoffter Schwenk|Knapp entschieden|"
        "Teure Instandsetzung|Ausdauer verlangt|Verspätete Einsicht|Viel Unerledigtes|"
        "Im Zugzwang|Hochgesteckte Erwartungen|Schwer verdaulich",
        "Aufruhr im Ratssaal|Silberstreif für Eltern|Halbzeitbilanz|Fristende naht|"
        "Erleichterung quartierweit|Mühsamer Wiederanlauf|Knappe Kommunen|Extra Personal",
        "Winds shifting|Taking stock|Split vote|Page turned|Purse strings|"
        "Steep climb|Thorny picks|Close shave",
        "EXKLUSIV|ANALYSE|KOMMENTAR|HINTERGRUND|INTERVIEW|REPORTAGE",
    ),
    # The title only in a line of markup left over from the page (escaped as markup
    # escapes it; no clean title line).
    "markup": (
        '<h2 itemprop="name">{title}</h2>',
        "<title>{title} ⧓ {site}</title>",
        '<meta name="twitter:title" content="{title}" />',
        '"name": "{title}",',
        '<h1 id="artikel-kopf" class="titelzeile">{title}</h1>',
    ),
    # The section and the site's name around the title.
    "section-site": (
        "{section} ⤖ {title} ⤖ {site}",
        "{section} ⧲ {title} ⧓ {site}",
        "{title} ⨀ {section} ⨀ {site}",
    ),
    # A date (and a time) before the title on its line.
    "date-prefix": (
        "{d:02d}.{m:02d}.{y} ⧗ {title}",
        "{hh}.{mm} h ⧲ {title}",
        "{ename} {d} ⤖ {title}",
        "{d}. {mname} ⨀ {title}",
    ),
    # A date line under the title, before the body.
    "date-under": (
        "Online gestellt {d}. {mname} {y} ⧗ {hh}.{mm}",
        "Updated on {d} {ename} {y}",
        "Zuletzt bearbeitet {d:02d}.{m:02d}.{y}",
        "{d:02d}/{m:02d}/{y} ⧲ circa {n} Minuten Lesezeit",
    ),
    # The body's first sentence again under the title, as a standfirst.
    "first-again": ("{text}", "In aller Kürze ⤖ {text}", "⧲ {text}", "Key point ⧲ {text}"),
    # An author line over the title.
    "author": ("Ein Beitrag unserer Autorin {name}", "Reporter ⧲ {name}",
               "Words and reporting: {name}", "{name} ⤖ Stadtredaktion"),
    # A photo's caption over the title (the picture stands above the headline).
    "photo-over": ("{caption} ⨀ {credit}", "Aufmacherbild: {caption} ({credit})",
                   "{caption} ⧲ {credit}"),
}  # fmt: skip
