"""Wordings of the tenth held-out pair of page layouts (bench/layouts.py, "held-out-10").

Written before the cleaner of version 11 was changed, and never used for training or
tuning it: the cleaner's figures on it are reported apart (README.md). Its wordings,
separators and marker styles are in no other set's file; its own layout variants are in
bench/layout_heldout10.py, their wordings in HELD_OUT_10_PARTS.
"""

from __future__ import annotations

from layout_words import Words

HELD_OUT_10 = Words(
    site_names=(
        "Wetterau Wochenspiegel", "Elbaue Echolot", "Vogtland Vorbote", "Harbor Point Herald",
        "Uckermärker Rundblick", "Spessart Sprachrohr", "Prairie Wind Courier",
        "Bodensee Blickpunkt", "Lausitzer Laterne", "Maple Ridge Monitor",
        "Zollernalb Zeitzeichen", "Eifelkreis Depesche",
    ),
    consent=(
        "Wir und ausgewählte Dienstleister verarbeiten Gerätekennungen, um Inhalte zu "
        "personalisieren und die Nutzung auszuwerten.",
        "Kekse gefällig? Unsere Seite merkt sich Ihre Einstellungen, Werbenetzwerke nur mit "
        "Zustimmung.",
        "We value your privacy. Tap a choice below to decide how partners may use identifiers "
        "on this device.",
        "Hinweis zum Datenschutz: Eingebettete Videos und Karten übertragen Daten an Dritte, "
        "sobald Sie zustimmen.",
    ),
    consent_buttons=(
        "Geht in Ordnung ✓", "Minimal bleiben", "Feiner justieren", "Allow and close",
        "Manage partners", "Ohne Werbebanner für 2,99 € monatlich", "Zustimmung verweigern",
    ),
    sections=(
        "Dorffeste & Umzüge", "Aus den Ausschüssen", "Obst & Garten", "Nachtschicht der Retter",
        "Bezirksliga-Spieltag", "Menschen, die helfen", "Lernen & Lehre", "Pendlerinfo",
        "Harbor Life", "Town Hall Notes", "Werkstatt & Zunft", "Aus alten Zeiten",
        "Radtouren", "Wochenmarkt",
    ),
    crumb_separators=(" ⇝ ", " ⋙ ", " ⤳ ", " ⊳ "),
    menus=(
        "☰ Rubriken  ⚲ Finden  ✉ Kontakt",
        "Start ∙ Region ∙ Sport ∙ Kultur ∙ Service",
        "Front page / Local / Opinion / Obituaries",
        "Lokales ⁄ Überregional ⁄ Magazin ⁄ Anzeigen",
    ),
    footer_headings=(
        "Das könnte Sie ebenfalls packen", "Thematisch verwandt", "Futter für Leseratten",
        "Ebenfalls aus der Redaktion", "Alles Weitere von heute",
        "Aus unseren Außenredaktionen", "Jetzt neu auf der Seite", "Gern gelesen",
        "Keep scrolling for more", "Further down our pages", "Picked by our editors",
        "Rund um den Landkreis", "Nicht aus den Augen verlieren",
        "Schlagzeilen aus der Nachbarschaft",
    ),
    list_headings=("Fünf Texte, die gerade laufen", "Am öftesten geteilt seit gestern",
                   "Hot on the coast today", "Darüber wird gerade geredet"),
    heading_forms=("◤ {} ◢", "⟬{}⟭", "∎ {}", "⟅ {} ⟆", "⎡{}⎦", "{} ⤵"),
    markers=(
        " ⇨ ganzen Beitrag öffnen", " [lies weiter]", " » Artikel zeigen", " ↪",
        " ➤ hier klicken",
        " … und so geht es weiter", " (ganzer Text)", " Rest of the story ⇢",
        " ⊳⊳", " – vollständig auf der Website", " [open story]",
    ),
    ellipses=(" ⋯", " [⋯]", " ‥", " …)"),
    inline_forms=(
        "Dazu passend: {}", "Vorgeschichte ⇢ {}", "Gleich daneben ⊳ {}",
        "Aus unserem Archiv: {}", "See also ⇢ {}", "Vorher berichtet: {}",
        "✎ {}", "Das interessiert Sie vielleicht – {}",
    ),
    share=(
        "Teilen via Signal ∙ Telegram ∙ Mail", "Adresse in die Zwischenablage ⎘",
        "Share on Mastodon · LinkedIn · Reddit", "Send this to a friend",
        "Beitrag weiterempfehlen", "Zur Merkliste hinzufügen ♡",
    ),
    newsletter=(
        "Der Abendbrief aus dem Landkreis – täglich um 18 Uhr kostenlos ins Postfach.",
        "Verpassen Sie keine Schlagzeile mehr: Jetzt für den Frühstücksticker anmelden.",
        "Get the harbor digest every Friday – free, no spam.",
        "Sonntagslektüre per Mail – hier registrieren",
    ),
    ads=("✕ Promo verbergen", "– Werbeeinblendung –",
         "Mit freundlicher Unterstützung eines Partners", "· Marketing ·",
         "Brought to you by a partner"),
    comments=("{n} Leute haben geantwortet", "Diskussion mit {n} Beiträgen öffnen",
              "{n} people weighed in", "Publikumsecho: {n}"),
    copyright=(
        "Texte und Bilder: {site} {year}, Weitergabe nur mit Lizenz",
        "All material © {site}, {year}",
        "{site} {year} · Nachdruck untersagt",
    ),
    legal=(
        "Kontakt | Datenschutzhinweise | Cookie-Einstellungen | Nutzungsbedingungen",
        "Mediadaten ∙ Abo kündigen ∙ Hilfe",
        "Terms of use · Cookie policy · Contact the newsroom",
        "Verlag ⁄ Karriere ⁄ Hinweisgeberportal",
    ),
    credits=(
        "Kamera: {name}, {agency}", "Fotorechte: {agency}",
        "Image courtesy of {agency} / {name}", "Fotografiert hat {name}", "Abbildung: {agency}",
    ),
    agencies=("Sammlung Bergheim", "Brandschutzverband Ost", "Hausalbum Huber", "Luftbild West",
              "Bildagentur Mitte", "Harbor Point Photo Desk"),
    caption_texts=(
        "Der sanierte Marktplatz am Morgen", "Spaziergänger am Seeufer",
        "Freiwillige stellen das Festzelt auf", "Die alte Mühle am Ortsrand",
        "Schüler vor dem neuen Schulgebäude", "Der Landrat bei der Einweihung",
    ),
    bylines=("Verfasst am {date} durch {name}", "{name} | {date}",
             "From our correspondent {name}"),
    kickers=(
        "Drei Fragen an", "Zwischenruf", "Späte Deutung", "Mittendrin", "Zahlen geprüft",
        "Das Umfeld kurz erklärt",
    ),
    list_bullets=("➊ ", "※ ", "▹ "),
)  # fmt: skip

# Wordings of the layout variants only held-out-10 has (bench/layout_heldout10.py).
HELD_OUT_10_PARTS: dict[str, tuple[str, ...]] = {
    "ticker": ("Eilt ▸ {hh:02d}:{mm:02d} ▸ {title}", "Top-Meldung ⏵ {title}",
               "Soeben gemeldet ∷ {title}"),
    "night": ("☾ Nachtansicht einschalten", "Kontrast erhöhen ◐", "Dark mode ◑ off"),
    "disclosure": (
        "Dieser Beitrag enthält Partnerlinks; bei einem Kauf erhalten wir eine kleine "
        "Provision.",
        "We may earn a commission when you buy through links in this article.",
        "Transparenz: Die Reise wurde teilweise vom Veranstalter bezahlt.",
    ),
    "region": ("📍 Ihre Region: {section} · ändern", "Standort {section} ⟳ wechseln",
               "Showing news for {section} (change)"),
    "product": (
        "Unsere Empfehlung: Thermokanne „Fjell“ – ab 24,99 € beim Händler ›",
        "Deal des Tages ⚡ Akku-Rasenmäher für 199 € statt 279 €",
        "Editor's pick: the 'Trailmaster' rain jacket, $89 at the outfitter",
    ),
    "glossary": ("ℹ Begriff erklärt: {section}", "Glossar ⟶ {section}",
                 "What is {section}? Tap for a short explainer"),
    "inline-ask": ("Schon gelesen? {title}", "Außerdem lesenswert ⟹ {title}",
                   "Also worth your time: {title}"),
    "easy-language": ("Diesen Text in Leichter Sprache lesen ›", "Artikel vorlesen lassen ⏯",
                      "Read a plain-language version"),
    "qr": ("[QR-Code] Mobil fortsetzen", "⌗ Scannen und mobil lesen",
           "Scan to open on your phone"),
    "shop": ("Im Leserladen: Heimatkalender {year} für 14,90 €",
             "Jetzt bestellen: Das Jahrbuch {year} – portofrei",
             "Shop our {year} photo book – limited copies"),
    "age": ("{n} Std. alt", "{n}h ago", "vor {n} Min.", "seit {n} Stunden online"),
    "xml-row": ("<item><title>{title}</title><link>/{slug}</link></item>",
                "<entry><headline>{title}</headline></entry>",
                "<li class=\"teaser\">{title}</li>"),
    "bbcode-row": ("[url=https://{host}/{slug}]{title}[/url]", "[b]{title}[/b]",
                   "[link={slug}]{title}[/link]"),
}  # fmt: skip
HOSTS = ("wetterau-wochenspiegel.de", "elbtal-echo.de", "harborpointherald.com",
         "bodensee-blickpunkt.de")  # fmt: skip
