"""Wordings of the thirty-second held-out pair of page layouts (bench/layouts.py, "held-out-32").

Written before the cleaner of version 25 was changed for titles, and never used for
training or tuning it: the cleaner's figures on it are reported apart (README.md). Its
wordings, separators and marker styles are in no other set's file and avoid the cleaner's
cue words; its own layout variants (all around the article's title) are in
bench/layout_heldout32.py, their wordings in HELD_OUT_32_PARTS.
"""

from __future__ import annotations

from layout_words import Words

HELD_OUT_32 = Words(
    site_names=(
        "Moorland Merkblatt", "Fichtelgrat Funkspruch", "Saalebogen Sendbote",
        "Ashcombe Lantern", "Werra Wetterfahne", "Elmshagen Erzähler",
        "Priory Vale Almanac", "Kyffhäuser Kurbel", "Oderbruch Ortsfunk",
        "Lindqvist Bay Dispatch", "Rennsteig Rufer", "Dithmarscher Deichläufer",
    ),
    consent=(
        "Ihr Okay zählt ⸗ Messwerkzeuge laufen erst nach einem Klick.",
        "Before going further ✚ partners may store identifiers on this device.",
        "Hinweis zur Privatsphäre 〓 Karten und Umfragen von Dritten bleiben gesperrt.",
        "Measuring paused ⹁ pick what you allow below.",
    ),
    consent_buttons=(
        "Passt so ⸗", "Bitte nur Nötiges ✚", "Auswahl treffen 〓", "Allow them all",
        "Decline politely", "Werbefrei ⹁ 2,50 € monatlich", "Speichern ⨾",
    ),
    sections=(
        "Kläranlage", "Sozialgericht", "Kreisklasse", "Spielmannszug", "Volkshochschule",
        "Umgehungsstraße", "Bauernmarkt", "Harbour dredging", "Borough planning", "Kirmes",
        "Apfelernte", "Stadtratssitzung", "Streusalz", "Ehrenamtsbörse",
    ),
    crumb_separators=(" ⸗ ", " ✚ ", " 〓 ", " ⹁ "),
    menus=(
        "⸗ Auftakt ⸗ Dorfleben ⸗ Ligen ⸗ Zugang",
        "Einsätze ✚ Umland ✚ Breitensport ✚ Nachrufe ✚ Tauschbörse",
        "Quayside ⹁ Post bag ⹁ Results ⹁ Whatson",
        "Morgenblatt ⨾ Kreisgebiet ⨾ Fotoreihen ⨾ Jobbörse",
    ),
    footer_headings=(
        "Direkt im Anschluss", "Noch was vom Kreisgebiet", "Zur gleichen Zeit",
        "Ganz frisch dabei", "Für den Feierabend", "Vom Nachbardorf",
        "Ähnliche Stoffe", "Oft geöffnet diese Woche", "Along the quay",
        "Further borough notes", "Elsewhere on the quay", "Kreuz und quer",
        "Für die Pendelstrecke", "Aus der Kiste",
    ),
    list_headings=("Neun am Stück", "Nachtschicht", "Quick nine", "Kreisgebiet knapp"),
    heading_forms=("⸗ {} ⸗", "✚{}", "〓〓 {} 〓〓", "⹁{}⹁", "{upper}", "{} ⨾"),
    markers=(
        " ⸗ aufschlagen", " [Rest anzeigen]", " ✚ zur Gesamtfassung", " ⨾⨾",
        " 〓 Wortlaut aufrufen", " … fortsetzen bitte", " (in voller Länge)", " Keep going ⸗",
        " ⹁ entire piece", " – hinüberspringen", " [whole account]",
    ),
    ellipses=(" ⸗⸗", " […✚]", " …〓", " ⹁⹁⹁"),
    inline_forms=(
        "Vom Nachbartisch ⸗ {}", "Nebenbei bemerkt ✚ {}", "Parallel gemeldet: {}",
        "Ein Fingerzeig: {}", "Quay desk too 〓 {}", "Aus der Kreisredaktion ⹁ {}",
        "⨾⨾ {}", "Noch eine Spur ⸗ {}",
    ),
    share=(
        "Weitergeben ⸗ Signal ⸗ Matrix ⸗ Papierform", "Link kopieren ✚",
        "Verbreiten 〓 Threema 〓 Bluesky", "Pass along ⹁ quay folk",
        "Lieber verschicken ⨾", "Auf den Merkzettel ⸗",
    ),
    newsletter=(
        "Morgengruß ⸗ werktags um sechs, gratis.",
        "Kreisbrief bestellen ✚ mittwochs und samstags, jederzeit kündbar.",
        "Quay letter ⹁ Fridays, free.",
        "Dorfpost anfordern 〓 Mailadresse eintragen",
    ),
    ads=("⸗ Reklame ⸗", "✚ Paid placement", "Promotion 〓 Fortsetzung folgt unten",
         "⹁Werbefläche⹁", "Unterstützt von ⨾ Partnern"),
    comments=("{n} Meinungen hierzu", "Lesertreff ⸗ {n}", "{n} quay voices",
              "Debatte ✚ {n} Wortmeldungen"),
    copyright=(
        "{site} {year} ⸗ Nachdruck verboten",
        "{site} 〓 {year} 〓 Nutzung nur nach Absprache",
        "{year} ⹁ {site} Press, reuse by arrangement",
    ),
    legal=(
        "Postanschrift ⸗ Privatsphäre ⸗ Vorlieben ⸗ Barrierefreiheit",
        "Preise ✚ Vertrag kündigen ✚ Hilfe",
        "Guidelines ⹁ Our Lantern ⹁ Careers",
        "Grundsätze ⨾ Beschwerdestelle ⨾ Leserservice",
    ),
    credits=(
        "Abbildung ⸗ {agency}", "Fotografiert von ✚ {agency}",
        "Picture: {name} ⹁ {agency}", "Aufnahme {name}",
        "Illustration 〓 {agency}",
    ),
    agencies=("Bildstelle Moorland", "Lichtwerk Saalebogen", "Ashcombe Image Desk",
              "Fotokammer Werra", "Archiv Elmshagen", "Priory Vale Photo Room"),
    caption_texts=(
        "Neuer Spielplatz kurz vor der Freigabe", "Kirchturm im Gerüst",
        "Freiwillige sortieren Sachspenden im Pfarrsaal",
        "Überfluteter Radweg nach dem Gewitter",
        "Apfelbäume für die Grundschule, gesetzt von Drittklässlern",
        "Ortsvorsteher Nakamura eröffnet das Dorfcafé",
    ),
    bylines=("Notiert ⸗ {name} ⸗ {date}", "{date} ✚ festgehalten von {name}",
             "Quay copy: {name}"),
    kickers=(
        "Nachgehakt", "Durchleuchtet", "Damals und heute", "Reingeschaut", "Durchgezählt",
        "Aufgedröselt",
    ),
    list_bullets=("⸰ ", "⸗ ", "✚ "),
)  # fmt: skip

# Wordings of the layout variants only held-out-32 has (bench/layout_heldout32.py).
HELD_OUT_32_PARTS: dict[str, tuple[str, ...]] = {
    # A subtitle under the title: a phrase of its own, no sentence, not from the body.
    "subtitles": (
        "Ein Ortstermin zwischen Bauzaun und Bürgersaal",
        "Warum der Streit so schnell nicht endet",
        "Zahlen, Stimmen und offene Fragen",
        "Was Anwohner jetzt wissen sollten",
        "Eine Spurensuche in drei Etappen",
        "What it means for the people nearby",
        "A closer look at the numbers behind it",
        "Von Hoffnungen und Enttäuschungen",
    ),
    # The title cut short at a word, as a sticky bar over the page shows it.
    "cut-mark": ("{cut} …", "{cut}...", "{cut} [⋯]"),
    # Where a copy of the title in sentence case stands: over or under the title.
    "copy-place": ("over", "under"),
    # A caption of two lines over the title: what the picture shows, then who took it.
    "caption-credit": ("Foto ⸗ {name}, {agency}", "Image ✚ {agency}", "({agency}/{name})"),
    # A symbol glued before every title of the site.
    "symbol": ("🔴 ", "✚ ", "⬖ ", "↬ "),
    # Date, time and author on one line over the title.
    "date-author": (
        "{d}. {month} {y} ⸗ {hh}:{mm} ⸗ {name}",
        "{name} 〓 {d}.{m}.{y}, {hh}.{mm}",
        "{month_en} {d}, {y} ⹁ {name} reporting",
    ),
    # The site's section over the title as a kicker: in capitals behind an arrow, in
    # round brackets, or behind a slash.
    "section-kicker": ("{upper} ›", "({section})", "/ {section}"),
    # The site's name and its motto on a line at the top.
    "tagline": ("{upper} ⸗ unabhängig seit 1874", "{site}: Stimmen aus dem Kreisgebiet",
                "{site} ⹁ reporting the quayside since 1921"),
    # Extras: the last change under the title.
    "updated": ("Zuletzt bearbeitet {d}.{m}.{y}, {hh}:{mm}", "Revised {d}/{m}/{y}",
                "Geändert ⸗ {hh}:{mm}"),
    # Extras: a page counter under the title.
    "pages": ("Seite 1 ⸗ {n}", "Teil 1/{n}", "Page 1 of {n}"),
    # Extras: a long consent notice of two sentences at the top, its choices on one line.
    "consent-block": (
        "Wir und 212 Partner speichern Kennungen auf Ihrem Gerät. Sie können Ihre Wahl "
        "jederzeit unten auf der Seite ändern.",
        "This site and its 97 vendors keep identifiers on your device. You may change "
        "your choice at the foot of any page.",
    ),
    "consent-choices": ("Einwilligen ⸗ Verwerfen ⸗ Optionen", "Agree ✚ Reject ✚ Options",
                        "Ja, gerne 〓 Nein danke"),
    # Extras: the weather at the top of the page.
    "weather": ("{city} {t} °C ⸗ heiter", "{city}: {t}° 〓 Nieselregen",
                "{city} {t}°C ⹁ overcast"),
    # Extras: an account line at the top of the page.
    "account": ("Einloggen ⸗ Probeabo", "Sign in ✚ Try a month", "Mein Zugang 〓 Abmelden"),
}  # fmt: skip

# Places for the weather line, months for the date line.
CITIES = ("Bayreuth", "Naumburg", "Eisenach", "Husum", "Seelow", "Ilmenau", "Ashcombe")
MONTHS = ("Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August",
          "September", "Oktober", "November", "Dezember")  # fmt: skip
MONTHS_EN = ("January", "February", "March", "April", "May", "June", "July", "August",
             "September", "October", "November", "December")  # fmt: skip
