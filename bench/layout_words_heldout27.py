"""Wordings of the twenty-seventh held-out pair of page layouts (bench/layouts.py, "held-out-27").

Written before the cleaner of version 21 was changed, and never used for training or
tuning it: the cleaner's figures on it are reported apart (README.md). Its wordings,
separators and marker styles are in no other set's file; its own layout variants
(teasers of other stories and chrome around the body) are in bench/layout_heldout27.py,
their wordings in HELD_OUT_27_PARTS.
"""

from __future__ import annotations

from layout_words import Words

HELD_OUT_27 = Words(
    site_names=(
        "Wetterau Wachposten", "Eichsfeld Eilbote", "Ruppin Rundblick", "Kinzig Kurier-Stube",
        "Lindqvist Bay Sentinel", "Spessart Spähtrupp", "Uckermark Unkenruf",
        "Elbtal Erzähler", "Harrowgate Fen Recorder", "Schwalm Schaukasten",
        "Prignitz Pegelstand", "Thornbury Wharf Crier",
    ),
    consent=(
        "Zählwerk angehalten ⁂ erst nach Ihrem Ja wird etwas gemessen.",
        "Trackers parked ⌁ tell us yes or no first.",
        "Drittinhalte ⧫ Videos, Karten, Kommentare ⧫ noch abgeschaltet.",
        "Reichweitenmessung wartet ⋄ auf Ihre Entscheidung.",
    ),
    consent_buttons=(
        "In Ordnung so ⁂", "Streng begrenzt ⌁", "Feinjustieren ⧫", "Fine by me",
        "Minimal only", "Reklamefrei ⋄ 2,99 € im Abo", "Auswahl festhalten ⁑",
    ),
    sections=(
        "Gemeinderat", "Feuerwehrticker", "Kreisoberliga", "Trachtengruppe", "Radwegenetz",
        "Kanalsanierung", "Bauernmarkt", "Fenland rambles", "Harbour board", "Kirmes",
        "Obstbaumschnitt", "Zweckverband", "Streusalz", "Ortsjubiläum",
    ),
    crumb_separators=(" ⁂ ", " ⌁ ", " ⧫ ", " ⋄ "),
    menus=(
        "⁂ Startseite ⌁ Dörfer ⌁ Clubleben ⌁ Kundenkonto",
        "Jüngstes ⧫ Altkreis ⧫ Anpfiff ⧫ Nachrufe ⧫ Kleinanzeigen",
        "Hamlets ⋄ Postbag ⋄ Results ⋄ Notices",
        "Frisch ⁑ Ringsum ⁑ Fotoreihen ⁑ Jobbörse",
    ),
    footer_headings=(
        "Nebenan ebenfalls gemeldet", "Neu aus der Kreisredaktion", "Was im Ort diskutiert wird",
        "Auch in diesen Tagen", "Zum Vertiefen", "Bitte vormerken",
        "Aus den Lokalbüros", "Sonntags oft aufgerufen", "Across the fen",
        "From the quay newsroom", "Over the past days", "Streifzug durch den Landkreis",
        "Für zwischendurch", "Vom Nachbartisch",
    ),
    list_headings=("Sechsmal knapp", "Nachtausgabe", "Six quick ones", "Landkreisblick"),
    heading_forms=("⁂ {} ⁂", "⌁{}", "⧫⧫ {} ⧫⧫", "⁑{}⁑", "{upper}", "{} ⋄"),
    markers=(
        " ⁂ weiterblättern", " [Text entfalten]", " ⌁ zum kompletten Bericht", " ⧫⧫",
        " ⁑ bis zum Schluss", " … drüben geht es fort", " (kompletter Wortlaut)",
        " Carry on reading ⁂", " ⋄ all of it here", " – kompletten Text zeigen", " [uncut version]",
    ),
    ellipses=(" ⁂⁂", " […⌁]", " …⧫", " ⁑⁑⁑"),
    inline_forms=(
        "Aus dem Fundus ⁂ {}", "Gegengelesen ⌁ {}", "Zeitgleich erschienen: {}",
        "Anknüpfend daran: {}", "Related on the fen ⧫ {}", "Tipp der Kreisredaktion ⁑ {}",
        "⋄⋄ {}", "Tiefer gegraben ⁂ {}",
    ),
    share=(
        "Verteilen ⁂ Telegram ⁂ Matrix ⁂ Brief", "Adresszeile kopieren, Freunden schicken ⌁",
        "Versenden ⧫ Wire ⧫ Messenger", "Pass it on ⋄ fen neighbours",
        "Diesen Bericht spendieren ⁑", "Später ansehen ⁂",
    ),
    newsletter=(
        "Frühstücksbrief ⁂ an Werktagen zeitig, gebührenfrei zugestellt.",
        "Kreispost bestellen ⌁ montags und donnerstags, Abmeldung formlos.",
        "Get the fenland letter every Monday.",
        "Clubnachrichten anfordern ⧫ Postadresse eintragen",
    ),
    ads=("⁂ Reklame ⁂", "⌁ Sponsored slot", "Anzeige ⧫ darunter setzt der Bericht fort",
         "⁑Werbefläche⁑", "Präsentiert von ⋄ Partnerhaus"),
    comments=("{n} Zuschriften aus dem Publikum", "Leserrunde ⁂ {n}", "{n} replies so far",
              "Meinungen im Forum ⌁ {n}"),
    copyright=(
        "Rechteinhaber ⁂ {site}, {year} ⁂ Übernahme nur schriftlich erlaubt",
        "{site} ⧫ {year} ⧫ Verbreitung nur nach Freigabe",
        "Copyright {year} ⋄ {site} Mediengruppe",
    ),
    legal=(
        "Kontaktdaten ⁂ Datenschutz ⁂ Tracking-Auswahl ⁂ Barrierefreiheit",
        "Preisliste ⌁ Kündigung ⌁ Fragen & Antworten",
        "Ethics ⋄ About the Recorder ⋄ Jobs",
        "Leitbild ⁑ Leseranwalt ⁑ Aboservice",
    ),
    credits=(
        "Aufnahme ⁂ {agency}", "Bildquelle ⌁ {agency}",
        "Camera: {name} ⋄ {agency}", "Fotografiert von {name}",
        "Grafik ⧫ {agency}",
    ),
    agencies=("Bildarchiv Wetterau", "Fotodienst Eichsfeld", "Pressebild Harrowgate",
              "Drohnenbild Ruppin", "Kreisbildstelle Schwalm", "Thornbury Picture Desk"),
    caption_texts=(
        "Neuer Kreisel an der Bundesstraße freigegeben", "Kirchturm im Baugerüst",
        "Ehrenamtliche packen Weihnachtspakete im Vereinsheim",
        "Überfluteter Radweg am Bach",
        "Zweitklässler setzen Apfelbäumchen am Schulhof",
        "Landrätin Nwosu eröffnet die Brücke",
    ),
    bylines=("Aufgeschrieben ⁂ {name} ⁂ {date}", "{date} ⌁ von {name}",
             "Filed from the fen: {name}"),
    kickers=(
        "Nachgehakt", "Hintergründig", "Rückblende", "Vor Ort gewesen", "Gegengecheckt",
        "Nachgefragt",
    ),
    list_bullets=("⒎ ", "⁂ ", "⌁ "),
)  # fmt: skip

# Wordings of the layout variants only held-out-27 has (bench/layout_heldout27.py).
HELD_OUT_27_PARTS: dict[str, tuple[str, ...]] = {
    # A note under the title on how old the article is.
    "age-note": (
        "Hinweis zum Alter ⁂ {n} Jahre zurückliegend, manches hat sich seither geändert",
        "Achtung, älterer Text ⌁ erschienen vor {n} Jahren",
        "Heads up ⋄ this piece dates back {n} years",
    ),
    # A line after the body asking readers for tips, with a phone number or an address.
    "tipline": (
        "Etwas beobachtet? Rufen Sie uns an ⁂ 0{a} {b}",
        "Hinweise gern per Telefon ⌁ 0{a}/{b} oder Briefkasten im Foyer",
        "Seen something? Ring the desk on 0{a} {b}",
    ),
    # The heading over a paragraph of other stories' first sentences (no headlines).
    "brief-head": ("Knapp zusammengefasst", "Das Wichtigste aus der Region ⧫", "The day in brief"),
    # An image credit before another story's headline on the same line.
    "credit-head": ("(Aufnahme: {agency}) {title}", "[Bildquelle ⌁ {agency}] {title}",
                    "Picture: {agency} ⋄ {title}"),
    # A related list: headline, author and date on one line.
    "byline-row": ("{title} ⁂ aufgeschrieben von {name}, {date}",
                   "{title} — filed by {name} on {date}", "{title} ({name}, {date})"),
    "byline-head": ("Mehr von unseren Autorinnen und Autoren", "By our reporters",
                    "Von der Redaktion auch"),
    # A timeline of earlier coverage: a date, then the other story's first sentence.
    "timeline-head": ("So kam es dazu ⁂ eine Chronik", "How we got here", "Die Vorgeschichte"),
    "timeline-row": ("{date}: {sentence}", "{date} ⌁ {sentence}", "▪ {date} ⋄ {sentence}"),
    # An autoplay countdown over the next story's headline and cut lead.
    "nextup": ("Countdown läuft ⁂ folgender Bericht startet in {s} Sekunden",
               "Up next in {s}s ⋄", "Automatisch weiter in {s} ⧫"),
    "nextup-stop": ("Stopp ⁂ hier bleiben", "Cancel autoplay", "Nicht weiterspringen ⌁"),
}  # fmt: skip

MONTHS_27 = (
    "Jan.", "Feb.", "März", "Apr.", "Mai", "Juni", "Juli", "Aug.", "Sept.", "Okt.", "Nov.",
    "Dez.",
)  # fmt: skip
