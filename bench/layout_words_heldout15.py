"""Wordings of the fifteenth held-out pair of page layouts (bench/layouts.py, "held-out-15").

Written before the cleaner of version 15 was changed, and never used for training or
tuning it: the cleaner's figures on it are reported apart (README.md). Its wordings,
separators and marker styles are in no other set's file (no two words in a row shared
with one); its own layout variants are in bench/layout_heldout15.py, their wordings in
HELD_OUT_15_PARTS.
"""

from __future__ import annotations

from layout_words import Words

HELD_OUT_15 = Words(
    site_names=(
        "Saalekreis Saitenblatt", "Wetterau Wegweiser", "Uckermärker Umlauf",
        "Hollowbrook Herald", "Chiemgauer Chronist", "Lippische Laterne",
        "Ammerland Ausrufer", "Millbrook Monitor", "Vogtländer Vorbote",
        "Glenwood Gazette Daily", "Spreewald Spiegelbild", "Rhön Rundbrief",
    ),
    consent=(
        "Datennutzung ⛬ Partnerfirmen lesen Gerätekennungen, bestätigen genügt.",
        "Attention: analytics firms record visits unless declined beneath.",
        "Reichweitenmessung startet ausschließlich mit Einverständnis; widerrufbar "
        "fußzeilenseitig.",
        "Tracking keeps this newsroom afloat; approve it, or enjoy fewer features.",
    ),
    consent_buttons=(
        "Einverstanden ⛬", "Verweigern ⛶", "Feinregler öffnen ⚘", "Approve cookies",
        "Strictly needed ones", "Reklamefrei lesen: 3,29 € monatlich abbuchbar", "Wahl sichern ⊡",
    ),
    sections=(
        "Kirmes", "Kreistagsbericht", "Blaulichtnotizen", "Kreisoberliga Ost",
        "Handwerksbetriebe", "Förderschulen", "Umleitungsplan", "Lakeside",
        "Parks department", "Milchwirtschaft", "Mundartpflege", "Radrouten",
        "Tauschbörse", "Ordnungsamt",
    ),
    crumb_separators=(" ⭃⭃ ", " ⥲ ", " ⤐ ", " ⬲ "),
    menus=(
        "⌘ Übersicht ⍟ Ressorts ♢ Leserservice",
        "Aktuell ⧫ Gemeinden ⧫ Amateurfußball ⧫ Termine ⧫ Onlineshop",
        "County news ⧫ Opinion pages ⧫ Obituaries ⧫ Marketplace",
        "Frisch ⸫ Umland ⸫ Zuschriften ⸫ Wohnungsmarkt",
    ),
    footer_headings=(
        "Gleichfalls bemerkenswert", "Unterwegs entdeckt", "Feierabendlektüre",
        "Partnerblätter berichten", "Kreisweit notiert", "Gehört ebenfalls dazu",
        "Taufrisch hereingekommen", "Vielfach angeklickt", "Evening companions",
        "Valley chatter", "Chatter downtown", "Anschlussthemen sortiert",
        "Kreisgeschehen verdichtet", "Fundstücke ausgegraben",
    ),
    list_headings=("Sieben Kurzmeldungen gebündelt", "Nachts gelesen",
                   "Relayed before dawn", "Stadtgespräch heute"),
    heading_forms=("〚 {} 〛", "⸠{}⸡", "⧫⸫ {}", "⦇{}⦈", "⸨⸨ {} ⸩⸩", "{} ⭈⭈"),
    markers=(
        " ⥰ Gesamtfassung", " [aufklappen ⭇]", " ⤐ weiterführend", " ⏎",
        " ⛿ anzeigen",
        " … zu Ende lesen", " (Volltext)", " Proceed ⭇",
        " ⪦⫷", " – Gesamttext nachladen", " [entire piece]",
    ),
    ellipses=(" ⁖⁖", " [⁙]", " …⥲", " ⸪⸪"),
    inline_forms=(
        "Danach ⭇ {}", "Vertiefend ⬲ {}", "Redaktionskollegin notierte ⥲ {}",
        "Schatzkiste: {}", "Counterpoint ⭇ {}", "Vormals publiziert: {}",
        "♤♤ {}", "Eventuell fesselnd ⤐ {}",
    ),
    share=(
        "Teilen ⭇ Bluesky ⧫ Mastodon", "Direktlink sichern ⬴",
        "Pinterest ⧫ Telegram ⧫ Signal", "Hand over ⭇ coworker",
        "Text weiterschenken ⚜", "Lesezeichen anlegen ♧",
    ),
    newsletter=(
        "Mittagspost ⭇ werktäglich punkt zwölf, gratis beziehen.",
        "Sonntagslektüre bestellen ⸫ wöchentlich, gebührenfrei.",
        "Enroll: lakeside digest, dispatched Thursdays.",
        "Quartalsbrief erhalten ⭇ Adresse hinterlegen",
    ),
    ads=("⛶ Inserate wegklicken", "⧫ Paid partnership ⧫", "Anzeigenkundschaft finanziert",
         "⸦ Werbefläche ⸧", "Kommerzieller Beitrag ⧫ Kunde"),
    comments=("{n} Wortmeldungen", "Diskussionsfaden ({n})",
              "{n} reader replies", "Beiträge bislang: {n}"),
    copyright=(
        "Alle Nutzungsrechte: {site}, {year}. Kopieren verboten",
        "{site} ⸫ Urheberschutz ⸫ {year}",
        "© {year} {site} ⧫ Nachdruck genehmigungspflichtig",
    ),
    legal=(
        "Barrierefreiheitserklärung ⧫ Zustimmungen ⧫ Nutzungsregeln ⧫ Geschäftsstellen",
        "Preise ⸫ Abokündigung ⸫ Hilfe",
        "Ethics desk ⧫ Masthead ⧫ Apprenticeships",
        "Satzung ⥲ Leserbeirat ⥲ Kundenhotline",
    ),
    credits=(
        "Aufnahme ⥲ {agency}", "Fotografin ⭇ {agency}",
        "Camera: {name} via {agency}", "Porträtiert von Fotografin {name}",
        "Grafik ⥲ {agency}",
    ),
    agencies=("Medienwerkstatt Naumburg", "Bildstelle Wetterau", "Fotoarchiv Brandl",
              "Drohnenbilder Chiemgau", "Lichtbildverein Lippe", "Millbrook Shutterbugs"),
    caption_texts=(
        "Sanierter Wasserturm im Morgennebel", "Kürbisfestbesucher stauen sich rathausseitig",
        "Freiwillige befestigen den Damm mit Sandsäcken",
        "Historischer Dorfbrunnen plätschert wieder",
        "Erstklässler pflanzen Apfelbäumchen", "Ortsbürgermeisterin Kuhnert weiht Bolzplatz",
    ),
    bylines=("Notiert ⧫ {name} ⧫ {date}", "{date} ⸫ {name}",
             "Words: {name}"),
    kickers=(
        "Durchgezählt", "Abgeklopft", "Zeitreise rückwärts", "Augenschein", "Zahlenmosaik",
        "Kurzerklärung",
    ),
    list_bullets=("⑴ ", "⊡ ", "⭃ "),
)  # fmt: skip

# Wordings of the layout variants only held-out-15 has (bench/layout_heldout15.py).
HELD_OUT_15_PARTS: dict[str, tuple[str, ...]] = {
    "title-suffix": (" ‖ {site}", " :: {site}", " ⥱ {site} Online"),
    "dachzeilen": (
        "Ratszank eskaliert|Neue Pläne|Schwieriger Neustart|Lange erwartet|"
        "Bilanz nach einem Jahr|Hinter den Kulissen|Kritik wächst|Ein Ortsbesuch|"
        "Weichen gestellt|Überraschende Wende",
        "Zwischen Hoffnung und Sorge|Kein Ende in Sicht|Frischer Wind|Offene Fragen|"
        "Alles auf Anfang|Knappe Entscheidung|Gemischte Gefühle|Der zweite Anlauf",
        "Turning point|A closer look|Mixed feelings|Square one revisited|Still waiting|"
        "Fresh start|Hard choices|Behind closed doors",
    ),
    "standfirst": ("{text}", "» {text}", "Kurzfassung ⧫ {text}"),
    "md-title": ("# {title}", "# {title} #"),
    "image": ("![{alt}](https://{host}/media/{k}.jpg)", "[Abbildung: {alt}]",
              "Bildbeschreibung ⥲ {alt}"),
    "paywall-head": ("Exklusiv fürs Abokonto", "Subscribers continue below",
                     "Premiumtext ⛬ entsperrt"),
    "paywall-price": ("Probemonat 0,49 €, anschließend 8,49 € ⧫ flexibel beendbar",
                      "Unlimited access from $1 a week",
                      "Digitalpass kostet 9,49 € pro Kalendermonat"),
    "paywall-button": ("Jetzt freischalten ⭇", "Existing subscriber? Sign on",
                       "Zugang sichern ⥲"),
    "ad-label": ("REKLAMEBLOCK ⧫", "Promotion ⧫", "– Sponsored –"),
    "ad-head": ("Heizkosten halbieren: Experten verraten ihren Kniff",
                "Traumurlaub an der Ostsee jetzt zum Frühbucherpreis",
                "This gadget changes how you cook"),
    "ad-copy": ("Tausende Haushalte schwören darauf. Details jetzt entdecken.",
                "Nur noch wenige Zimmer frei. Angebot gilt bis Sonntag.",
                "Order today and get free shipping nationwide."),
    "inline-label": ("Ergänzend empfohlen", "Sachverwandtes", "Prior reporting"),
    "tag-head": ("Stichwortwolke", "Themenfelder dieses Beitrags", "Indexed topics"),
    "top-head": ("Meistgeklickt nachtsüber", "Spitzenreiter heute", "Hottest reads"),
    "top-row": ("{rank}. {title} ({n} Aufrufe)", "#{rank} {title} ⧫ {n} Leser",
                      "{rank} ⭃ {title} 〈{n} views〉"),
    "teaser-byline": ("{date} ⧫ {name}", "Verfasst {date} durch {name}", "{name} ⸫ {date}"),
    "teaser-image": ("[Bild: {alt}]", "![{alt}]", "Foto ⧫ {alt}"),
    "bold": ("**{title}** {lead}", "**{title}** ⹀ {lead}"),
}  # fmt: skip
TEASER_ALTS = (
    "Innenstadtpanorama bei Dämmerung", "Marktstände voller Kürbisse",
    "Baggerschaufel hebt Erdreich",
    "Torjubel bei Flutlicht", "Streifenwagen parkt quer", "Seeufer kurz nach Sonnenaufgang",
    "Klassenzimmer mit Tablets", "Mähdrescher zieht Bahnen", "Shoppers crowding cobbled lanes",
    "Firefighters at work", "Rows of solar panels", "An empty courtroom",
)  # fmt: skip
