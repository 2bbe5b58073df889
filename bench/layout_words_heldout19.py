"""Wordings of the nineteenth held-out pair of page layouts (bench/layouts.py, "held-out-19").

Written before the cleaner of version 17 was changed, and never used for training or
tuning it: the cleaner's figures on it are reported apart (README.md). Its wordings,
separators and marker styles are in no other set's file (no two words in a row shared
with one); its own layout variants are in bench/layout_heldout19.py, their wordings in
HELD_OUT_19_PARTS.
"""

from __future__ import annotations

from layout_words import Words

HELD_OUT_19 = Words(
    site_names=(
        "Spessarter Spiegelbild", "Vogelsberger Volksfreund", "Glenmoor Gazette",
        "Wetterauer Wochenschau", "Steigerwälder Stimme", "Marlow Heath Messenger",
        "Kyffhäuser Kreisecho", "Pfaffenwinkler Presse", "Ravensdale Recorder",
        "Uckermärker Umschau", "Hohenloher Horchposten", "Quarry Lane Quill",
    ),
    consent=(
        "Datenfreigabe ⌘ Partnerfirmen messen Reichweite ausschließlich bei Erlaubnis.",
        "Attention: advertisers map clicks once allowed.",
        "Tracking-Einstellung ⌘ Statistikdienste laufen erst ab Zustimmung, Widerruf jederzeit.",
        "Tailored promotions keep journalism alive; accept here, revoke whenever.",
    ),
    consent_buttons=(
        "Einverstanden ⌘", "Ablehnen ⌥", "Feineinstellung ⚒", "Fine by me",
        "Essentials exclusively", "Tracking abwählen: 3,79 € monatlich", "Übernehmen ⌥",
    ),
    sections=(
        "Kirmes", "Ortsbeirat", "Rettungsdienst", "Kreisoberliga Süd",
        "Hopfenanbau", "Kitas", "Umleitungen", "Riverside",
        "Zoning committee", "Imkerei", "Trachtenverein", "Radwege",
        "Basare", "Rathausservice",
    ),
    crumb_separators=(" ⌁ ", " ⋙ ", " ⁝ ", " ⊳ "),
    menus=(
        "⌘ Übersicht ⌥ Ressortliste ⌁ Kundencenter",
        "Soeben ⁝ Gemeinden ⁝ Kreisklasse ⁝ Termine ⁝ Gewinnspiele",
        "Borough ⁝ Readers write ⁝ Obituaries ⁝ Small ads",
        "Brandaktuell ⊳ Umland ⊳ Leserforum ⊳ Wohnungsmarkt",
    ),
    footer_headings=(
        "Genauso lesenswert", "Blattübergreifend", "Abendlektüre",
        "Aus benachbarten Ressorts", "Regionalticker kompakt", "Inhaltsnah",
        "Frisch hereingekommen", "Heiß debattiert", "Sunday selection",
        "Quayside chatter", "Downtown whispers", "Themenverwandtes",
        "Kreisnachrichten gesammelt", "Lesestoff gefällig",
    ),
    list_headings=("Schlagzeilenparade", "Spätabends gelesen",
                   "Posted after midnight", "Ortsgespräche heute"),
    heading_forms=("⌈ {} ⌋", "⌊{}⌉", "⁝⁝ {}", "⌜{}⌟", "⋘ {} ⋙", "{} ⌁⌁"),
    markers=(
        " ⇛ Gesamttext", " [aufklappen ⇝]", " ⋙ fortsetzen", " ↴",
        " ⇢ aufblättern",
        " … komplett öffnen", " (vollständig)", " Proceed ⇛",
        " ⌁⌁", " – Gesamten Beitrag holen", " [read everything]",
    ),
    ellipses=(" ∴∴", " [∴]", " …⇝", " ⁞⁞"),
    inline_forms=(
        "Hintergründiges ⇛ {}", "Ergänzend ⇝ {}", "Kollegin schrieb ⋙ {}",
        "Schatzkiste: {}", "Other angle ⇛ {}", "Vorab veröffentlicht: {}",
        "⌘⌘ {}", "Womöglich fesselnd ⋙ {}",
    ),
    share=(
        "Verbreiten ⇛ Mastodon ⁝ Pinterest", "Permalink übernehmen ⇢",
        "Tumblr ⁝ Threema ⁝ Signal", "Forward instantly ⇛ coworker",
        "Lesegeschenk verschicken ❦", "Merkliste füllen ♧",
    ),
    newsletter=(
        "Morgenbriefing ⇛ werktäglich früh, kostenlos bestellbar.",
        "Sonntagsausgabe ordern ⁝ wöchentlich, gratis.",
        "Enrol: riverside digest, mailed biweekly.",
        "Quartalsbrief zuschicken lassen ⇛ Mailkonto angeben",
    ),
    ads=("⇢ Werbung verbergen", "⁝ Paid slot ⁝", "Inserenten finanzieren Lokalredaktion",
         "⌈ Reklamefläche ⌋", "Gekaufter Platz ⁝ Kunde"),
    comments=("{n} Lesermeinungen", "Diskussionsstrang ({n})",
              "{n} replies thus far", "Einträge gesamt: {n}"),
    copyright=(
        "Nutzungsrechte verbleiben bei {site}, {year}. Übernahme nicht gestattet",
        "{site} ⁝ Rechtevorbehalt ⁝ {year}",
        "© {year} {site} ⁝ Vervielfältigung genehmigungspflichtig",
    ),
    legal=(
        "Barrierearm ⁝ Privatsphäre ⁝ Hausregeln ⁝ Kundenschalter",
        "Preisliste ⊳ Vertragsende ⊳ Hilfe",
        "Korrekturen ⁝ Staff directory ⁝ Volontariate",
        "Leitbild ⋙ Ombudsstelle ⋙ Hotline",
    ),
    credits=(
        "Bildnachweis ⋙ {agency}", "Aufnahme ⇛ {agency}",
        "Shot: {name} via {agency}", "Abgebildet durch {name}",
        "Grafik ⋙ {agency}",
    ),
    agencies=("Bildstelle Spessart", "Pressebild Vogelsberg", "Fotoatelier Lindner",
              "Wetterauer Drohnenbild", "Lichtwerk Uckermark", "Glenmoor Pictures"),
    caption_texts=(
        "Sanierte Wassermühle bei Morgennebel", "Kirchweihzug quert das Unterdorf",
        "Freiwillige schleppen Sandsäcke zum Deich",
        "Uralter Dorfbrunnen funktioniert endlich",
        "Grundschüler pflanzen Apfelbäume", "Ortsvorsteherin Kessler übergibt Bolzplatz",
    ),
    bylines=("Verfasst ⁝ {name} ⁝ {date}", "{date} ⋙ {name}",
             "Words: {name}"),
    kickers=(
        "Nachgefragt", "Angeschaut", "Zeitsprung", "Lokaltermin", "Zahlenwerk",
        "Hintergrundstück",
    ),
    list_bullets=("⌘ ", "⁝ ", "⇛ "),
)  # fmt: skip

# Wordings of the layout variants only held-out-19 has (bench/layout_heldout19.py).
HELD_OUT_19_PARTS: dict[str, tuple[str, ...]] = {
    # One-line pointers to another article between paragraphs, the headline quoted.
    "pointer": (
        "Nachlesenswert aus unserer Redaktion: „{title}“", "Schon gesehen? {title}",
        "Passend hierzu unser Report „{title}“", "Earlier coverage ⇾ {title}",
        "„{title}“ – ebenfalls heute erschienen", "Tiefer einsteigen ⇾ {title}",
    ),
    # The heading of the related stories between the title and the body.
    "upfront-head": ("Bereits gemeldet", "Bisher berichtet", "Backstory digest",
                    "Chronologie vorneweg"),
    # A teaser's date and author line.
    "card-stamp": ("{day}.{month}.{year} ⇾ {name}", "{name} am {day}. {mname}",
                      "{ename} {day} ⇾ by {name}", "Stand {day}.{month}., {name}"),
    # Separators of a flattened grid of headlines.
    "grid-sep": (" | ", " ⫶ ", " // ", " ⋄ "),
    # The heading over a numbered ranking of headlines.
    "ranking-head": ("Meistgeklickt diese Woche", "Leserlieblinge", "Most opened today",
                     "Oft aufgerufen"),
    # Chrome after the body: polls, sharing, the app, paywall notices.
    "poll": (
        "Abstimmung ⇾ Beschluss richtig? Zustimmung ⁝ Ablehnung ⁝ Enthaltung",
        "Quick vote: agree ⁝ disagree ⁝ unsure",
        "Leserbefragung ⇾ Jetzt mitvoten (läuft noch 2 Tage)",
    ),
    "share-line": (
        "Meldung rausschicken ⇾ Kurznachricht ⁝ SMS", "Text verlinken ⇾ kopiert",
        "Spread the word ⇾ Telegram ⁝ Email",
    ),
    "app": (
        "Unsere Nachrichten-App: gratis im Store herunterladen",
        "Push-Meldungen aktivieren ⇾ App öffnen",
        "Fetch the application ⇾ instant alerts",
    ),
    "paywall": (
        "Weiterlesen mittels Digitalpass ⇾ erster Monat 0,99 €",
        "Abonnentenbeitrag ⁝ sofort entsperren",
        "Subscriber-only content ⇾ unlock unlimited reading",
    ),
}  # fmt: skip
MONTHS_DE = ("Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August",
             "September", "Oktober", "November", "Dezember")  # fmt: skip
MONTHS_EN = ("January", "February", "March", "April", "May", "June", "July", "August",
             "September", "October", "November", "December")  # fmt: skip
