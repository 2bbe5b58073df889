"""Wordings of the twenty-eighth held-out pair of page layouts (bench/layouts.py, "held-out-28").

Written before the cleaner of version 21 was changed for titles, and never used for
training or tuning it: the cleaner's figures on it are reported apart (README.md). Its
wordings, separators and marker styles are in no other set's file; its own layout
variants (all around the article's title) are in bench/layout_heldout28.py, their
wordings in HELD_OUT_28_PARTS.
"""

from __future__ import annotations

from layout_words import Words

HELD_OUT_28 = Words(
    site_names=(
        "Wetterau Wachturm", "Eifelhöhen Echo", "Havelland Horchposten", "Glenmarrow Tribune",
        "Allgäuer Almblatt", "Mosellauf Meldungen", "Ashcombe Quay Observer",
        "Ortenau Ortszeit", "Vorpommern Vogelschau", "Briarwood Borough Bulletin",
        "Kraichgau Kaleidoskop", "Lausitz Lotsenblatt",
    ),
    consent=(
        "Wir fragen vorab ⬘ dürfen Zählpixel Ihren Besuch auswerten?",
        "Before we measure anything ⬙ your say decides the trackers.",
        "Eingebettetes ⟟ Clips, Stadtpläne, Abstimmungen ⟟ wartet auf Ihr Ja.",
        "Cookie choices pending ⏥ nothing set yet.",
    ),
    consent_buttons=(
        "Alles recht ⬘", "Nur Pflichtcookies ⬙", "Selbst auswählen ⟟", "Cookies okay",
        "Strictly necessary", "Pur lesen ⏥ 4,20 € monatlich zahlen", "Festlegung behalten ⍿",
    ),
    sections=(
        "Wasserzweckverband", "Landgericht", "Verbandsliga", "Sängerbund", "Ganztagsschule",
        "Umgehungsstraße", "Hofladen", "Harbour works", "Borough council", "Fastnacht",
        "Traubenernte", "Ratssitzung", "Streusalz", "Freiwilligenbörse",
    ),
    crumb_separators=(" ⬘ ", " ⬙ ", " ⟟ ", " ⍿ "),
    menus=(
        "⬘ Aufmacher ⬙ Rathaus ⬙ Vereine ⬙ Mein Zugang",
        "Eilmeldungen ⟟ Umkreis ⟟ Lokalsport ⟟ Familienanzeigen ⟟ Tauschbörse",
        "Quayside ⏥ Postbag ⏥ Matchday ⏥ Notices",
        "Morgens ⍿ Region ⍿ Fotoalben ⍿ Jobbörse",
    ),
    footer_headings=(
        "Nächste Lektüre bitte", "Zusätzliches vom Lokalteil", "Daneben berichtet",
        "Ebenso erschienen heute", "Fürs Wochenende aufheben", "Aus der Nachbargemeinde",
        "Angrenzende Themen", "Meistgeöffnet seit Montag", "By the harbour wall",
        "More borough news", "Meanwhile round the borough", "Bunt gemischt",
        "Für den Heimweg", "Aus dem Archivschrank",
    ),
    list_headings=("Sieben Stück kompakt", "Nachtschicht", "Quick six", "Kreisrunde kompakt"),
    heading_forms=("⬘ {} ⬘", "⬙{}", "⟟⟟ {} ⟟⟟", "⍿{}⍿", "{upper}", "{} ⎈"),
    markers=(
        " ⬘ weiterblättern", " [Rest einblenden]", " ⬙ zum kompletten Text", " ⎈⎈",
        " ⟟ Artikel aufschlagen", " … Fortgang lesen", " (Gesamtfassung)", " Keep at it ⬘",
        " ⏥ full write-up", " – hier weiterlesen bitte", " [entire report]",
    ),
    ellipses=(" ⬘⬘", " […⬙]", " …⟟", " ⍿⍿⍿"),
    inline_forms=(
        "Vom Nachbarschreibtisch ⬘ {}", "Nebenbei notiert ⬙ {}", "Gleichzeitig erschienen: {}",
        "Dazu ein Hinweis: {}", "Harbour desk also ⟟ {}", "Aus der Kreisredaktion ⍿ {}",
        "⎈⎈ {}", "Weitere Spur ⬘ {}",
    ),
    share=(
        "Empfehlen ⬘ Telegram ⬘ Brief ⬘ Ausdruck", "Verweis sichern ⬙",
        "Weiterreichen ⟟ WhatsApp ⟟ Matrix", "Send along ⏥ quay folk",
        "Verschenken statt behalten ⍿", "Für nachher speichern ⬘",
    ),
    newsletter=(
        "Frühstücksbrief ⬘ fünfmal wöchentlich um sieben, gratis.",
        "Lokalpost bestellen ⬙ mittwochs und sonntags, kündbar per Klick.",
        "Harbour letter ⏥ Tuesdays, free.",
        "Vereinsbrief abonnieren ⟟ Adressfeld ausfüllen",
    ),
    ads=("⬘ Reklame ⬘", "⬙ Promoted feature", "Anzeige ⟟ Artikeltext folgt unterhalb",
         "⍿Werbefläche⍿", "Ermöglicht durch ⏥ Sponsor"),
    comments=("{n} Ansichten dazu", "Leserdebatte ⬘ {n}", "{n} harbour voices",
              "Austausch ⬙ {n} Wortmeldungen"),
    copyright=(
        "Urheberrecht {site} {year} ⬘ Nachdrucke untersagt",
        "{site} ⟟ {year} ⟟ Wiederverwendung genehmigungspflichtig",
        "Copyright {year} ⏥ {site} Publishing",
    ),
    legal=(
        "Kontaktdaten ⬘ Datenschutz ⬘ Einwilligungen ⬘ Barrierefreiheit",
        "Abopreise ⬙ Kündigungsbutton ⬙ Hilfeseiten",
        "Editorial code ⏥ Our Observer ⏥ Careers",
        "Redaktionsgrundsätze ⍿ Leserbeirat ⍿ Aboservice",
    ),
    credits=(
        "Foto ⬘ {agency}", "Aufnahme ⬙ {agency}",
        "Picture: {name} ⏥ {agency}", "Fotografie {name}",
        "Illustration ⟟ {agency}",
    ),
    agencies=("Bildagentur Wetterau", "Fotostudio Eifel", "Pressefoto Glenmarrow",
              "Drohnenbild Havelland", "Archiv Kraichgau", "Ashcombe Picture Desk"),
    caption_texts=(
        "Neuer Kreisverkehr kurz vor der Freigabe", "Kirchturm im Gerüst",
        "Ehrenamtliche verteilen Lebensmittel im Pfarrsaal",
        "Überfluteter Radweg hinterm Deich",
        "Apfelbäumchen für den Schulhof, gesetzt von Erstklässlern",
        "Landrätin Oyelaran weiht die Fahrradstation ein",
    ),
    bylines=("Geschrieben ⬘ {name} ⬘ {date}", "{date} ⬙ notiert durch {name}",
             "Quayside copy: {name}"),
    kickers=(
        "Auseinandergenommen", "Hinterfragt", "Damals und heute", "Reingeschaut", "Durchgerechnet",
        "Aufgedröselt",
    ),
    list_bullets=("⑽ ", "⬘ ", "⬙ "),
)  # fmt: skip

# Wordings of the layout variants only held-out-28 has (bench/layout_heldout28.py).
HELD_OUT_28_PARTS: dict[str, tuple[str, ...]] = {
    # An author's card over the title: the name, the author's role, a time stamp.
    "card-name": ("{name}", "Autorin dieses Stücks ⬙ {name}", "Words ⏥ {name}"),
    "card-role": (
        "Korrespondentin für Landespolitik in {city}",
        "Leitet seit {y} das Ressort Wirtschaft",
        "Chief correspondent, {city} bureau",
        "Zuständig für Schienenverkehr und Klimaschutzpolitik",
    ),
    "card-stamp": (
        "Veröffentlicht {d:02d}.{m:02d}.{y} ⬘ {hh:02d}:{mm:02d} Uhr",
        "{d}. {month} {y}, {hh}.{mm:02d} Uhr",
        "Published {d} {month_en} {y} ⏥ {hh:02d}:{mm:02d}",
    ),
    # A breadcrumb over the title whose last crumb is the title cut short.
    "crumb-cut": ("{trail}{sep}{cut}…", "Home{sep}{trail}{sep}{cut} …", "{trail}{sep}{cut}..."),
    # A line over the title to share the article, holding its title.
    "share-intent": (
        "Weiterempfehlen ⬙ „{title}“ ⬙ gefunden bei {site}",
        "Mailentwurf öffnen ⟟ Betreff: {title} ({site})",
        "Tweet this ⟟ \"{title}\" @{handle}",
    ),
    # A line under the title to listen to the article, naming its title and running time.
    "listen": (
        "▷ Anhörbar: {title} ({mi}:{ss:02d})",
        "🎧 {title} ⬘ Audioversion, {mi} Minuten",
        "Listen ⏥ {title} ⏥ {mi}:{ss:02d}",
    ),
    # Reading time and the last update on one line over the title.
    "stamps": (
        "Etwa {mi} Min. ⬘ überarbeitet am {d:02d}.{m:02d}.{y}",
        "{mi}-minute piece ⏥ revised {d} {month_en}",
        "Neu bearbeitet {d}. {month} {y} ⍿ rund {mi} Leseminuten",
    ),
    # A section and a date on one line over the title.
    "section-date": ("{section} ⬙ {d}. {month} {y}", "{section}, {d:02d}/{m:02d}/{y}",
                     "{section_upper} ⟟ {weekday}"),
    # A place line in capitals over the title.
    "dateline": ("{city_upper}", "AUS {city_upper}", "{city_upper} ⬘ VOR ORT"),
    # A note under the title on the article's print edition.
    "print-note": (
        "Abgedruckt im Samstagsblatt, dort Seite {n}.",
        "Papierausgabe vom {d:02d}.{m:02d}.{y} ⬙ Blatt {n}",
        "Also in Saturday's paper, page {n}.",
    ),
    # A correction notice over the title, a whole sentence.
    "correction": (
        "Berichtigt: Ursprünglich nannten wir hier ein unzutreffendes Datum, das ist nun behoben.",
        "Nachtrag ⬙ Eine Zahlenangabe weiter unten haben wir nachträglich verbessert.",
        "Amended: we had a surname wrong at first, now fixed.",
    ),
}  # fmt: skip

# Places for the author's role and the place line.
CITIES = ("Friedberg", "Daun", "Rathenow", "Kempten", "Bernkastel", "Offenburg", "Ashcombe")
MONTHS = ("Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August",
          "September", "Oktober", "November", "Dezember")  # fmt: skip
MONTHS_EN = ("January", "February", "March", "April", "May", "June", "July", "August",
             "September", "October", "November", "December")  # fmt: skip
WEEKDAYS = ("Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag", "Sonntag")
