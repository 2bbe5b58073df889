"""Wordings of the twenty-second held-out pair of page layouts (bench/layouts.py, "held-out-22").

Written before the cleaner of version 19 was changed, and never used for training or
tuning it: the cleaner's figures on it are reported apart (README.md). Its wordings,
separators and marker styles are in no other set's file (no two words in a row shared
with one); German and English are mixed within its headings and chrome lines as bilingual
sites mix them. Its own layout variants are in bench/layout_heldout22.py, their wordings
in HELD_OUT_22_PARTS.
"""

from __future__ import annotations

from layout_words import Words

HELD_OUT_22 = Words(
    site_names=(
        "Spessart Spiegelung", "Wetterauer Wochenwarte", "Uckermark Uhrwerk",
        "Glenrothes Gazette", "Eifelturm Nachrichtenhaus", "Vogtländer Vorschau",
        "Marsh End Monitor", "Lahntal Laterne", "Ostfriesen Ohrenzeuge",
        "Ballinmore Beacon", "Hegauer Hörweite", "Saalekreis Sendbote",
    ),
    consent=(
        "Besuchsstatistik ⊹ Partnerfirmen zählen Ihr Gerät sobald Einwilligung vorliegt / consent.",
        "Analytics vendors idle here until granted permission ⊹ revocable later.",
        "Einwilligungsdialog ⊹ Messdienste beginnen bei Zusage; zurückziehen geht immer.",
        "Bespoke sponsorship keeps reporters fed ⊹ choose freely.",
    ),
    consent_buttons=(
        "Einverstanden / Agree", "Ablehnen / Decline", "Feinjustieren ⊞", "Happy with that",
        "Essentials alone", "Messfrei weiterlesen ⊹ 3,95 € monatlich fällig",
        "Haken behalten ⊞",
    ),
    sections=(
        "Kirmes", "Kreistagssitzung", "Rettungsdienst", "Kreisklasse Süd", "Obsternte",
        "Gesamtschulen", "Sperrungen", "Waterfront", "Planning appeals", "Imkerei",
        "Trachtenverein", "Radwege", "Tauschbörsen", "Standesamt",
    ),
    crumb_separators=(" ⋈ ", " ⊹ ", " ⌬ ", " ⊞ "),
    menus=(
        "⊞ Titelseite ⋈ Themenwelt ⋈ Mein Profil",
        "Jüngstes ⊹ Stadtteile ⊹ Amateurkicker ⊹ Kalender ⊹ Preisrätsel",
        "Glens ⊹ Letters ⊹ Notices ⊹ Barter corner",
        "Brandneu ⌬ Speckgürtel ⌬ Lesertreff ⌬ Mietgesuche",
    ),
    footer_headings=(
        "Oft geklickt / Often opened", "Mehr vom Kreis", "Abendlektüre", "Querbeet blättern",
        "Heimatecho", "Inhaltlich nah / Nearby topics", "Taufrisch reingekommen",
        "Hitzig besprochen",
        "Lazy Sunday shortlist", "Pier gossip", "Upland whispers", "Ähnliche Themen / Similar",
        "Dorfweise erzählt", "Zum Schmökern",
    ),
    list_headings=("Zehn Zeilen", "Nachtschicht gelesen", "Opened pre-breakfast", "Marktplatzfunk"),
    heading_forms=("⊹ {} ⊹", "⋈{}⋈", "⌬⌬ {}", "⟁{}⟁", "⊞ {} ⊞", "{} ⸎"),
    markers=(
        " ⊹ vollständig", " [entfalten ⋈]", " ⌬ dabeibleiben", " ⟁",
        " ⊞ aufschlagen", " … restliche Zeilen", " (alles)", " Continue onward ⊹",
        " ⋈⋈", " – Gesamttext öffnen", " [entire write-up]",
    ),
    ellipses=(" ⁑⁑", " [⁑]", " …⊹", " ⌬⌬"),
    inline_forms=(
        "Ergänzend ⊹ {}", "Querverweis ⋈ {}", "Ein Kollege schrieb ⌬ {}",
        "Zufallsfund: {}", "Side story ⊹ {}", "Kürzlich erschienen: {}",
        "⊞⊞ {}", "Womöglich mitreißend ⋈ {}",
    ),
    share=(
        "Weiterreichen ⊹ Pixelfed ⌬ Tumblr", "Adresse mitnehmen ⊞",
        "Threema ⌬ Wickr ⌬ Session", "Hand onward ⊹ flatmate",
        "Textgeschenk machen ⊹", "Merkliste ergänzen ⋈",
    ),
    newsletter=(
        "Morgenbrief ⊹ werktäglich frühmorgens, gebührenlos.",
        "Sonntagsausgabe elektronisch ⌬ siebentäglich, umsonst zugestellt.",
        "Join in: docklands recap, Thursday mornings.",
        "Quartalsbrief anfordern ⊹ Postanschrift hinterlegen",
    ),
    ads=("⊹ Reklame wegdrücken", "⌬ Purchased slot ⌬",
         "Werbetreibende ermöglichen Ortsjournalismus", "⟁ Werbefläche ⟁",
         "Erkaufte Fläche ⋈ Werbepartner"),
    comments=("{n} Meinungen", "Diskussionsfaden ({n})",
              "{n} audience responses", "Wortmeldungen bisher: {n}"),
    copyright=(
        "Nutzungsrechte {site}, {year}. Abdruck unzulässig",
        "{site} ⊹ rechtlich geschützt ⊹ {year}",
        "© {year} {site} ⋈ Verwertung genehmigungspflichtig",
    ),
    legal=(
        "Barrierearm ⌬ Persönliches ⌬ Hausordnung ⌬ Kundendienst",
        "Werbetarife ⊹ Bezug beenden ⊹ Fragenkatalog",
        "Corrections ⌬ Contact desk ⌬ Volontariat",
        "Redaktionsleitbild ⋈ Ombudsstelle ⋈ Rückrufservice",
    ),
    credits=(
        "Aufnahme ⊹ {agency}", "Bildrechte ⋈ {agency}",
        "Picture: {name} / {agency}", "Kamera: {name}",
        "Grafik ⊹ {agency}",
    ),
    agencies=("Fotokammer Spessart", "Fotodienst Wetterau", "Lichtbild Krüger",
              "Luftbildwerk Uckermark", "Fotoagentur Vogtland", "Marsh End Photo"),
    caption_texts=(
        "Restaurierte Wassermühle abends beleuchtet", "Trachtenzug durchquert Altstadt",
        "Bauern stapeln Heuballen", "Uralter Sandsteinbrunnen läuft erstmals seit Jahren",
        "Kita-Kinder setzen Apfelbäume", "Ortsbürgermeister Yilmaz übergibt Kunstrasen",
    ),
    bylines=("Text ⊹ {name} ⊹ {date}", "{date} ⋈ {name}", "Reporting ⊹ {name}"),
    kickers=("Nachgefragt", "Ortsbegehung", "Zeitreise", "Lokaltermin", "Gegengeprüft",
             "Hintergrundstück"),
    list_bullets=("⊹ ", "⌬ ", "⋈ "),
)  # fmt: skip

# Wordings of the layout variants only held-out-22 has (bench/layout_heldout22.py).
HELD_OUT_22_PARTS: dict[str, tuple[str, ...]] = {
    # A pointer to another article's headline glued to the end of a body paragraph, on
    # the paragraph's own line.
    "glued": (
        " (Ebenfalls lohnend: {title})", " – Lesetipp: „{title}“", " [Gleiche Spur: {title}]",
        " ⊹ Dig deeper: {title}", " (Siehe ebenso „{title}“)",
    ),
    # A label line over the strip of other stories above the title (empty: no label).
    "strip-label": ("", "Spitzenthemen / Hot now", "Momentan begehrt ⊹", "", "Most clicked ⋈"),
    # Separators of the teasers flattened into one line.
    "flat-sep": (" ⊹ ", " ⋈ ", " ⌬ ", " ⟁ "),
    # How a headline runs into its lead in the flattened line.
    "flat-join": (". ", ": ", " – "),
    # A quoted sentence from the middle of another article, with its headline.
    "quote": ("„{quote}“ – {title}", "»{quote}« ⊹ {title}", "\"{quote}\" ({title})"),
    # The source and time after a teaser's lead, in place of a marker.
    "stamp": (" — {agency} · {dd}.{mo}. {hh}:{mi}", " ({agency}, {hh}.{mi} Uhr)",
              " ⋈ {agency} ⋈ {dd}/{mo}", " | via {agency}, {hh}:{mi}"),
    # Where a teaser's link address points (host, then section).
    "host": ("https://{host}.de/{section}/", "http://{host}.example/{section}/artikel/",
             "www.{host}.net/{section}/"),
    # A bullet before each of a teaser's key points.
    "point": ("• ", "– ", "⊰ ", "⊹ "),
    # Chrome after the body: contributors, where the text first appeared, an icon line,
    # a bilingual tools line.
    "contrib": ("Mitarbeit: {name}, {name2}", "Extra legwork ⋈ {name}",
                "Unter Mitwirkung von {name}"),
    "first-seen": ("Vorab gedruckt im {site}-Magazin.",
                   "Originally printed in {site} Weekend.",
                   "Erstveröffentlichung ⊹ Printausgabe {site}"),
    "icons": ("📨 Briefpost ⌬ 🔔 Hinweise ⌬ 🎙 Hörfassung", "🖨 Druckansicht · 🔗 Kurzlink",
              "🗞 Digitalausgabe ⋈ 📲 Anwendung laden"),
    "bilingual": ("Drucken / Print ⊹ Teilen / Share", "Vorlesen / Listen ⋈ Merken / Save",
                  "Buchstaben vergrößern / Larger type"),
}  # fmt: skip
AGENCIES = ("dpa", "AFP", "epd", "KNA", "Reuters", "SID", "AP", "eigener Bericht")
