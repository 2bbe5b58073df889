"""Wordings of the twenty-ninth held-out pair of page layouts (bench/layouts.py, "held-out-29").

Written before the cleaner of version 23 was changed, and never used for training or
tuning it: the cleaner's figures on it are reported apart (README.md). Its wordings,
separators and marker styles are in no other set's file; its own layout variants
(teasers of other stories and chrome around the body) are in bench/layout_heldout29.py,
their wordings in HELD_OUT_29_PARTS.
"""

from __future__ import annotations

from layout_words import Words

HELD_OUT_29 = Words(
    site_names=(
        "Vogelsberg Viertelstunde", "Altmark Abendglocke", "Hunsrück Hörrohr",
        "Breisgau Briefträger", "Kettleby Mere Bugle", "Odenwald Ofenbank",
        "Wesermarsch Wetterhahn", "Lausitz Laterne", "Pembridge Dale Lantern",
        "Chiemgau Chronometer", "Hohenlohe Hofbote", "Sandwell Ferry Herald",
    ),
    consent=(
        "Statistikwerkzeuge ruhen ⦾ bis Sie entscheiden.",
        "Counters asleep ⧖ wake them or leave them be.",
        "Externe Einbettungen ⸎ Landkarten, Podcasts, Umfragen ⸎ bleiben dunkel.",
        "Nutzungsauswertung pausiert ⧖ Ihre Zustimmung fehlt noch.",
    ),
    consent_buttons=(
        "Passt schon ⦾", "Bloß das Nötigste ⧖", "Regler öffnen ⸎", "Go ahead",
        "Bare essentials", "Ohne Banner ⸎ 3,49 € monatlich", "Häkchen sichern ⦾",
    ),
    sections=(
        "Ortsbeirat", "Blaulichtmeldungen", "Bezirksliga", "Schützenverein", "Dorfladen",
        "Glasfaserausbau", "Wochenmarkt", "Mereside walks", "Parish council", "Erntedank",
        "Heckenpflege", "Abwasserverband", "Winterdienst", "Vereinsgeschichte",
    ),
    crumb_separators=(" ⦾ ", " ⧖ ", " ⸎ ", " ⩥ "),
    menus=(
        "⦾ Übersicht ⧖ Gemeinden ⧖ Vereinsleben ⧖ Mein Zugang",
        "Soeben ⸎ Kreisgebiet ⸎ Spieltag ⸎ Traueranzeigen ⸎ Marktplatz",
        "Villages ⩥ Letters ⩥ Fixtures ⩥ Notices",
        "Aktuell ⦾ Umland ⦾ Fotogalerien ⦾ Jobangebote",
    ),
    footer_headings=(
        "Lohnt ebenso den Blick", "Frisch aus dem Lokalteil", "Worüber der Kreis spricht",
        "Ebenfalls diese Woche", "Zum Nachschlagen", "Nicht verpassen, bitte",
        "Aus unseren Außenstellen", "Abends häufig geöffnet", "Around the mere",
        "From the ferry desk", "In recent days", "Rundgang durchs Kreisgebiet",
        "Für die Kaffeepause", "Vom Stammtisch",
    ),
    list_headings=("Fünf Kurzmeldungen", "Spätdienst", "Five quick reads", "Kreisrunde"),
    heading_forms=("⦾ {} ⦾", "⧖{}", "⸎⸎ {} ⸎⸎", "⩥{}⩥", "{upper}", "{} ⦾"),
    markers=(
        " ⦾ hier fortsetzen", " [ganzen Beitrag öffnen]", " ⧖ zur vollen Geschichte",
        " ⸎⸎", " ⩥ bis ans Ende", " … nebenan komplett", " (alles lesen)",
        " Keep going ⦾", " ⩥ whole piece", " – ungekürzt anzeigen", " [full text]",
    ),
    ellipses=(" ⦾⦾", " […⧖]", " …⸎", " ⩥⩥⩥"),
    inline_forms=(
        "Aus dem Archivkeller ⦾ {}", "Querverweis ⧖ {}", "Parallel veröffentlicht: {}",
        "Passend hierzu: {}", "Related by the mere ⸎ {}", "Empfehlung der Lokalredaktion ⩥ {}",
        "⦾⦾ {}", "Weitergedacht ⧖ {}",
    ),
    share=(
        "Teilen ⦾ Signal ⦾ Threema ⦾ Postkarte", "Verweis kopieren und weiterreichen ⧖",
        "Schicken ⸎ Element ⸎ Messenger", "Send it round ⩥ mere folk",
        "Diesen Beitrag verschenken ⦾", "Merkliste ⧖",
    ),
    newsletter=(
        "Weckruf ⦾ werktags früh, kostenlos ins Postfach.",
        "Kreisbrief abonnieren ⧖ am Dienstag und Freitag, jederzeit abbestellbar.",
        "Get the mereside letter every Friday.",
        "Vereinspost ordern ⸎ E-Mail eintragen",
    ),
    ads=("⦾ Werbung ⦾", "⧖ Paid placement", "Anzeige ⸎ danach folgt der Beitrag",
         "⩥Reklamefeld⩥", "Unterstützt von ⦾ Partnerbetrieb"),
    comments=("{n} Wortmeldungen der Leserschaft", "Diskussion ⦾ {n}", "{n} comments posted",
              "Stimmen im Forum ⧖ {n}"),
    copyright=(
        "Alle Rechte ⦾ {site}, {year} ⦾ Nachdruck nur mit Genehmigung",
        "{site} ⸎ {year} ⸎ Weitergabe nur nach Absprache",
        "Copyright {year} ⩥ {site} Verlagshaus",
    ),
    legal=(
        "Anschrift ⦾ Privatsphäre ⦾ Cookie-Regler ⦾ Zugänglichkeit",
        "Tarife ⧖ Abo beenden ⧖ Häufige Fragen",
        "Standards ⩥ About the Bugle ⩥ Vacancies",
        "Redaktionsstatut ⸎ Beschwerdestelle ⸎ Kundendienst",
    ),
    credits=(
        "Foto ⦾ {agency}", "Bildrechte ⧖ {agency}",
        "Photo: {name} ⩥ {agency}", "Abgelichtet von {name}",
        "Illustration ⸎ {agency}",
    ),
    agencies=("Lichtbildstelle Vogelsberg", "Fotoagentur Altmark", "Pressefoto Kettleby",
              "Luftbild Hunsrück", "Kreisarchiv Odenwald", "Sandwell Photo Desk"),
    caption_texts=(
        "Neue Ampel an der Kreisstraße eingeschaltet", "Rathausdach unter Planen",
        "Freiwillige sortieren Kleiderspenden in der Turnhalle",
        "Vollgelaufener Keller am Mühlgraben",
        "Grundschulkinder setzen Hecken am Sportplatz",
        "Bürgermeister Okafor durchschneidet das Band",
    ),
    bylines=("Notiert ⦾ {name} ⦾ {date}", "{date} ⧖ von {name}",
             "Filed from the mere: {name}"),
    kickers=(
        "Nachgefasst", "Hintergrund", "Zeitsprung", "Mittendrin", "Faktencheck",
        "Aufgefallen",
    ),
    list_bullets=("⑨ ", "⦾ ", "⧖ "),
)  # fmt: skip

# Wordings of the layout variants only held-out-29 has (bench/layout_heldout29.py).
HELD_OUT_29_PARTS: dict[str, tuple[str, ...]] = {
    # The heading over a two-column table of other stories.
    "table-head": ("Auf einen Blick ⦾ nebeneinander", "Zwei Spalten Region", "Side by side"),
    # The heading over headlines whose leads end without any marker.
    "bare-head": ("Hätten Sie das gewusst?", "Obendrein gelesen", "Elsewhere this week"),
    # A line of dashes over other stories' first paragraphs.
    "dashes": ("-" * 40, "– – – – – – – – – – – –", "- - - - - - - - - - - - - - - -"),
    # An inline block between paragraphs, in the manner of a recommendation.
    "inline-head": (
        "Das dürfte Sie zusätzlich fesseln",
        "Dazu passt vielleicht auch",
        "You might fancy these too",
    ),
    # A paywall notice after the body, before another story's headline and lead.
    "paywall": (
        "Sie haben Ihr Kontingent freier Beiträge aufgebraucht ⦾ Zugang ab 1 € im Probemonat",
        "Dieser Inhalt bleibt Abonnenten vorbehalten ⧖ jetzt freischalten",
        "Subscriber-only beyond this point ⩥ unlock for £1",
    ),
    "paywall-then": ("Frei zugänglich:", "Kostenlos nebenan ⸎", "Free to read instead"),
    # English teasers on a German page.
    "english-head": ("More from our English desk", "In English", "Reads from abroad"),
    "english-marker": (" ⦾ continue", " → open story", " (read on)"),
    # A poll block after the body.
    "poll-question": (
        "Umfrage ⦾ Wie finden Sie die Entscheidung?",
        "Ihre Meinung zählt ⧖ Stimmen Sie ab",
        "Quick poll ⩥ what do you reckon?",
    ),
    "poll-options": (
        "Gut so|Eher schlecht|Weiß nicht",
        "Dafür|Dagegen|Mir egal",
        "Agree|Disagree|Not sure",
    ),
    "poll-vote": ("Abstimmen ⦾", "Stimme abgeben ⧖", "Cast vote ⩥"),
    "poll-result": ("Bisher {n} Teilnehmende", "{n} votes so far", "Zwischenstand: {n} Stimmen"),
    # Reactions under the body.
    "reactions": ("👍 {a} ⦾ 😮 {b} ⦾ 😢 {c}", "Gefällt {a} ⧖ Überrascht {b} ⧖ Traurig {c}",
                  "Likes {a} ⩥ Wow {b} ⩥ Sad {c}"),
}  # fmt: skip
