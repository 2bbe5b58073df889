"""Wordings of the seventeenth held-out pair of page layouts (bench/layouts.py, "held-out-17").

Written before the cleaner of version 16 was changed, and never used for training or
tuning it: the cleaner's figures on it are reported apart (README.md). Its wordings,
separators and marker styles are in no other set's file (no two words in a row shared
with one); its own layout variants are in bench/layout_heldout17.py, their wordings in
HELD_OUT_17_PARTS.
"""

from __future__ import annotations

from layout_words import Words

HELD_OUT_17 = Words(
    site_names=(
        "Westrich Wochenpost", "Altmühltaler Anzeiger", "Briarfield Bugle",
        "Hunsrücker Hausblatt", "Kraichgauer Kurbelpost", "Fenwick Courier",
        "Oderbruch Ortsbote", "Lechfeld Lokalspiegel", "Ashcombe Observer",
        "Zabergäu Zeitbild", "Mansfelder Merkblatt", "Thistledown Tribune",
    ),
    consent=(
        "Messdienste ⟡ Drittanbieter zählen Seitenaufrufe, sobald Einverständnis vorliegt.",
        "Notice: sponsors profile browsing habits whenever permitted.",
        "Einwilligungsverwaltung ⟡ Zählpixel starten nachdem Freigabe vorliegt, Rücknahme formlos.",
        "Personalised adverts fund reporters here; opt in below, opt out anytime.",
    ),
    consent_buttons=(
        "Freigeben ⟡", "Abwinken ⟢", "Detailschalter ⚙", "Grant permission",
        "Minimal mode only", "Werbefrei abonnieren: 2,19 € pro Abrechnungsmonat", "Festlegen ⟣",
    ),
    sections=(
        "Schützenfest", "Gemeinderatssplitter", "Feuerwehreinsätze", "Bezirksklasse Nordwest",
        "Weinbau", "Grundschulen", "Baustellenticker", "Harbourside",
        "Planning board", "Obstbauern", "Heimatverein", "Wanderwege",
        "Flohmärkte", "Bürgerbüro",
    ),
    crumb_separators=(" ⟫ ", " ⟿ ", " ⦂ ", " ⩥ "),
    menus=(
        "⟡ Startseite ⟢ Rubriken ⟣ Aboservice",
        "Neuestes ⦂ Ortschaften ⦂ Kreisliga ⦂ Veranstaltungen ⦂ Leserreisen",
        "Township ⦂ Letters page ⦂ Death notices ⦂ Classifieds",
        "Eilig ⩥ Nachbardörfer ⩥ Zuschriftenecke ⩥ Immobilienbörse",
    ),
    footer_headings=(
        "Gleichermaßen fesselnd gefunden", "Querbeet gestöbert", "Nachtischlektüre",
        "Nachbarredaktionen melden", "Landkreisrundschau verdichtet", "Passt thematisch",
        "Druckfrisch eingetroffen", "Rege diskutiert", "Weekend picks",
        "Harbour gossip", "Overheard uptown", "Verwandte Fundstellen",
        "Bezirksgeschehen gebündelt", "Schmökerecke geöffnet",
    ),
    list_headings=("Schlagzeilenreigen nebeneinander", "Frühmorgens gelesen",
                   "Filed overnight", "Dorfgeflüster jetzt"),
    heading_forms=("⟦ {} ⟧", "⟪{}⟫", "⦂⦂ {}", "⦗{}⦘", "⟬⟬ {} ⟭⟭", "{} ⟣⟣"),
    markers=(
        " ⟹ Komplettansicht", " [ausrollen ⟿]", " ⟫ fortführend", " ⤶",
        " ⟴ einblenden",
        " … bis zum Schluss", " (Langfassung)", " Carry on ⟹",
        " ⟢⟣", " – Restlichen Text laden", " [whole report]",
    ),
    ellipses=(" ⁘⁘", " [⁘]", " …⟿", " ⸬⸬"),
    inline_forms=(
        "Anknüpfend ⟹ {}", "Vertiefung ⟿ {}", "Kollege berichtete ⟫ {}",
        "Fundgrube: {}", "Flip side ⟹ {}", "Zuvor gedruckt: {}",
        "⟡⟡ {}", "Vielleicht packend ⟫ {}",
    ),
    share=(
        "Weiterreichen ⟹ Threads ⦂ Xing", "Kurzadresse kopieren ⟴",
        "Reddit ⦂ Line ⦂ Viber", "Forward ⟹ neighbour",
        "Artikelgeschenk versenden ⚘", "Lesestapel erweitern ♤",
    ),
    newsletter=(
        "Frühstückspost ⟹ werktags sechs Uhr, gebührenlos bestellen.",
        "Wochenendausgabe anfordern ⦂ samstäglich, unentgeltlich.",
        "Join: harbourside roundup, emailed fortnightly.",
        "Monatsbrief zugestellt bekommen ⟹ Mailadresse hinterlassen",
    ),
    ads=("⟴ Reklame ausblenden", "⦂ Promoted content ⦂", "Werbekunden ermöglichen Journalismus",
         "⟬ Anzeigenfeld ⟭", "Gekaufte Sichtbarkeit ⦂ Auftraggeber"),
    comments=("{n} Leserstimmen", "Debattenbereich ({n})",
              "{n} responses posted", "Anmerkungen insgesamt: {n}"),
    copyright=(
        "Sämtliche Verwertungsrechte: {site}, {year}. Abschriften unzulässig",
        "{site} ⦂ Schutzvermerk ⦂ {year}",
        "© {year} {site} ⦂ Weiterverbreitung zustimmungspflichtig",
    ),
    legal=(
        "Zugänglichkeit ⦂ Einstellungen ⦂ Hausordnung ⦂ Filialen",
        "Tarife ⩥ Abbestellen ⩥ Fragen",
        "Fehlerkultur ⦂ Newsroom roster ⦂ Traineeships",
        "Statut ⟫ Lesergremium ⟫ Servicenummer",
    ),
    credits=(
        "Bildquelle ⟫ {agency}", "Fotograf ⟹ {agency}",
        "Lens: {name} for {agency}", "Abgelichtet vom Fotografen {name}",
        "Illustration ⟫ {agency}",
    ),
    agencies=("Bildagentur Westrich", "Pressefoto Altmühl", "Lichtbildnerei Kraus",
              "Kraichgauer Luftbildnerei", "Fotogruppe Oderbruch", "Briarfield Snapshots"),
    caption_texts=(
        "Restaurierte Windmühle abends angestrahlt", "Erntedankumzug zieht durchs Oberdorf",
        "Ehrenamtliche schichten Osterfeuerholz auf",
        "Alter Marktbrunnen sprudelt erneut",
        "Vorschulkinder bemalen Ostereier", "Stadträtin Hollmann eröffnet Skaterpark",
    ),
    bylines=("Aufgeschrieben ⦂ {name} ⦂ {date}", "{date} ⟫ {name}",
             "Reporting: {name}"),
    kickers=(
        "Nachgerechnet", "Hingeschaut", "Rückblende", "Ortstermin", "Zahlenspiel",
        "Erklärstück",
    ),
    list_bullets=("⟡ ", "⦂ ", "⟹ "),
)  # fmt: skip

# Wordings of the layout variants only held-out-17 has (bench/layout_heldout17.py).
HELD_OUT_17_PARTS: dict[str, tuple[str, ...]] = {
    "inline-line": (
        "Vorgeschichte nachschlagen: {title}", "{title} (bereits erschienen)",
        "Ergänzungslektüre ⟶ {title}", "Backstory from March: {title}",
        "{title} ⟵ vorige Woche", "Archivtipp ⟶ {title}",
    ),
    "box-head": ("Archivgrabung", "Frühere Meldungen", "Previously filed",
                 "Zeitleiste des Themas"),
    "box-date": ("{day}.{month}.{year}", "{day}. {mname} {year}", "{ename} {day}, {year}",
                 "Erstausgabe {day}.{month}.{year}"),
    "lead-byline": ("{name} ⟶ {day}.{month}.{year}", "von {name}, {day}.{month}.",
                    "By {name} ⟶ {ename} {day}"),
    "chrome": (
        "Fehlerhinweis senden ⟶ Redaktionspostfach", "Vorlesefunktion starten ⏵",
        "Schriftgröße ⊕ ⊖", "Notify me about new posts", "Drucken ⟶ PDF erzeugen",
        "Bewertung abgeben ☆☆☆☆☆", "Audioversion abspielen (6 Minuten)",
        "Merkzettel befüllen ⟶ Artikel sichern",
    ),
}  # fmt: skip
MONTHS_DE = ("Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August",
             "September", "Oktober", "November", "Dezember")  # fmt: skip
MONTHS_EN = ("January", "February", "March", "April", "May", "June", "July", "August",
             "September", "October", "November", "December")  # fmt: skip
