"""Wordings of the eighth held-out pair of page layouts (bench/layouts.py, "held-out-8").

Written before the cleaner of version 9 was changed, and never used for training or
tuning it: the cleaner's figures on it are reported apart (README.md). Its wordings,
separators and marker styles are in no other set's file; its own layout variants are in
bench/layout_heldout8.py, their wordings in HELD_OUT_8_PARTS.
"""

from __future__ import annotations

from layout_words import Words

HELD_OUT_8 = Words(
    site_names=(
        "Eifel Eilbote", "Vogtland Verkünder", "Lahn Lokalticker", "Harbor Town Herald",
        "Spessart Spiegelbild", "Uckermark Umschau", "Pfalz Presseschau", "Coastline Dispatch",
        "Elbtal Echo Digital", "Allgäu Abendpost", "Wendland Wochenblick", "Prairie Wire",
    ),
    consent=(
        "Wir und ausgewählte Dienstleister speichern Kennungen auf Ihrem Endgerät, um "
        "Reichweite zu messen und Anzeigen auszuspielen.",
        "Mit Klick auf Zustimmen erlauben Sie uns die Verarbeitung Ihrer Nutzungsdaten durch "
        "Drittanbieter auch außerhalb der EU.",
        "We value your privacy: our vendors use device identifiers for personalised ads and "
        "content measurement.",
        "Zur Finanzierung unseres Angebots verarbeiten wir Nutzungsprofile; Ihre Wahl gilt "
        "für diese Domain.",
    ),
    consent_buttons=(
        "Zustimmen und fortfahren", "Bloß Unverzichtbares zulassen", "Einstellungen verwalten",
        "Accept and continue", "Reject non-essential", "Pur-Abo abschließen", "Feinjustieren",
    ),
    sections=(
        "Stadtentwicklung", "Kreistag aktuell", "Landwirtschaft & Forst", "Wache meldet",
        "Schützenfest", "Schule & Ausbildung", "Handball Oberliga", "Wohnen & Mieten",
        "Harbor News", "Town Council Beat", "Generation 60plus", "Menschen der Region", "Obstbau",
        "Kirmes & Kerwe",
    ),
    crumb_separators=(" ⪢ ", " ⟼ ", " ⨠ ", " ⩥ "),
    menus=(
        "☰ Navigation · Rubriken · Anmelden",
        "Stadt ⋯ Region ⋯ Bundesland ⋯ International",
        "‹Politik› ‹Kultur› ‹Sport›",
        "LOKALES  ·  WIRTSCHAFT  ·  FREIZEIT  ·  SERVICE",
    ),
    footer_headings=(
        "Das könnte Sie ebenfalls fesseln", "Passend zu diesem Beitrag",
        "Noch ein bisschen schmökern",
        "Aus unserem Nachrichtenangebot", "Ebenfalls lesenswert heute", "Sie mögen vielleicht",
        "Mehr Stoff zum Lesen", "Direkt aus der Lokalredaktion", "Still curious? Dig in",
        "Stories picked for you", "Further down the wire", "Bloß nicht verpassen, liebe Leser",
        "Noch nicht genug?", "Unsere Auswahl für Sie",
    ),
    list_headings=("Top 5 des Tages", "Klickstark in dieser Woche", "Trending in the county",
                   "Das lesen gerade alle"),
    heading_forms=("#### {}", "__{}__", "┃ {}", "✦ {} ✦", "⦃{}⦄", "{} ⯆"),
    markers=(
        " ⭆", " (ganzen Beitrag aufrufen)", " ⊳⊳", " – hier den Rest lesen", " [Artikel laden]",
        " ⟩⟩ Text", " ⥅", " Continue the story", " ⇶", " (open article)", " ⇛ lesen",
    ),
    ellipses=(" ⸳⸳", " ∙∙∙∙", " …⟩", " ...»"),
    inline_forms=(
        "Passend dazu bei uns: {}", "Zum Vertiefen – {}", "Aus dem Archiv: {}", "⭆ {}",
        "See also our report – {}", "Themenverwandt: {}", "Leseempfehlung der Redaktion: {}",
        "⥅ {}",
    ),
    share=(
        "Weitergeben per Signal | Telegram | Mastodon", "⤴ Beitrag weiterleiten",
        "Adresse kopieren", "Pass this story on", "Hat Ihnen der Beitrag gefallen? Weitersagen!",
        "Als Nachricht verschicken",
    ),
    newsletter=(
        "Jeden Freitag das Wichtigste aus dem Kreis – kostenlos bestellen.",
        "Holen Sie sich den Abendüberblick Ihrer Stadt ins Postfach.",
        "Get the harbor digest in your inbox every Friday afternoon.",
        "Immer informiert: Ihr Wochenrückblick per E-Mail",
    ),
    ads=("Anzeigenplatz", "– gesponserter Platz –", "Brand studio feature",
         "Präsentiert von unserem Partner", "Werbefläche"),
    comments=("{n} Rückmeldungen unserer Abonnenten", "Forum ({n} Einträge)", "{n} people replied",
              "Mitreden – bisher {n} Zuschriften"),
    copyright=(
        "Alle Inhalte geschützt: {site} {year}",
        "{site} · {year} · Kopieren untersagt",
        "Content by {site}, {year}",
    ),
    legal=(
        "Kontakt | Nutzungsbedingungen | Datenschutzerklärung | Mediadaten",
        "Team ⋯ Anzeigen buchen ⋯ Karriere ⋯ Hilfe",
        "Terms · Cookie policy · Contact us",
        "Aboservice – Zustellung melden – Widerruf",
    ),
    credits=(
        "Foto von {name} ({agency})", "Bildquelle: Leserfoto", "Kameraarbeit – {agency}",
        "Photo courtesy of {agency} / {name}", "Illustrationsfoto: {name}",
    ),
    agencies=("Heimatverein Chronik", "THW Ortsverband", "Flickr Creative Commons",
              "Kreisverwaltung Pressestelle",
              "Leserreporter", "Hafenbehörde"),
    caption_texts=(
        "Die Fußgängerzone bei Sonnenaufgang", "Das sanierte Freibad",
        "Helfer beim Aufräumen am Fluss",
        "Besucher auf dem Stadtfest", "Der Mähdrescher im Einsatz", "Der Landrat bei der Rede",
    ),
    bylines=("Aufgeschrieben hat es {name} ({date})", "Autorenschaft: {name}", "{name} ⸺ {date}"),
    kickers=(
        "Nachgefragt bei", "Vor Ort bei", "Demnächst", "Rückblende", "Kontrovers",
        "Scheinwerfer an",
    ),
    list_bullets=("⟢ ", "⬦ ", "No. "),
)  # fmt: skip

# Wordings of the layout variants only held-out-8 has (bench/layout_heldout8.py).
HELD_OUT_8_PARTS: dict[str, tuple[str, ...]] = {
    "app-banner": ("In der App weiterlesen – schneller und werbefrei", "Open in the app",
                   "📱 Jetzt unsere App laden"),
    "meter": ("Sie haben noch {k} von 10 Gratisartikeln in diesem Monat",
              "{k} free stories left this month", "Freikontingent: {k} Texte übrig"),
    "digest-toggle": ("Zusammenfassung einblenden ▾", "Show key points of this piece",
                      "KI-Kurzfassung anzeigen"),
    "gift": ("🎁 Beitrag verschenken", "Gift this article", "Diesen Text als Geschenk senden"),
    "dossier": ("Themenseite {section}: alle Beiträge im Überblick",
                "Explore our {section} hub", "Schwerpunkt {section} ⟶ zur Übersicht"),
    "card": ("📰 {title} ({d:02d}.{m:02d}.)", "▣ {title} · vor {h} Std.",
             "Lesetipp ⟩ {title}"),
    "license": ("Dieser Text steht unter der Lizenz CC BY-SA 4.0.",
                "Licensed under Creative Commons Attribution 4.0",
                "Freie Lizenz: Weitergabe unter Namensnennung erlaubt"),
    "ai-note": ("Dieser Beitrag wurde mit maschineller Hilfe erstellt und redaktionell geprüft.",
                "Parts of this story were drafted with automated tools and edited by our staff.",
                "Hinweis: Zusammenfassung automatisch erzeugt"),
    "read-count": ("{n} Mal gelesen", "Aufrufe bislang: {n}×", "{n} reads"),
    "pipe-row": ("| {title} | {section} |", "| {section} | {title} | {d}.{m}. |",
                 "| {title} |"),
    "html-link": ('<a href="/{slug}">{title}</a>', "<li><a href='{slug}.html'>{title}</a></li>",
                  '<h3 class="teaser">{title}</h3>'),
    "footnote": ("[{i}] {title} – {host}", "({i}) {title}, {host}", "{i}. „{title}“ ({host})"),
    "headline-dash-lead": ("{title} ⸺ {lead}", "{title} ⁓ {lead}", "{title} ▸ {lead}"),
}  # fmt: skip
HOSTS = ("eifel-eilbote", "vogtlandverkuender", "harbortownherald", "pfalzpresse")
