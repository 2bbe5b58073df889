"""Wordings of the twelfth held-out pair of page layouts (bench/layouts.py, "held-out-12").

Written before the cleaner of version 13 was changed, and never used for training or
tuning it: the cleaner's figures on it are reported apart (README.md). Its wordings,
separators and marker styles are in no other set's file (no two words in a row shared
with one); its own layout variants are in bench/layout_heldout12.py, their wordings in
HELD_OUT_12_PARTS.
"""

from __future__ import annotations

from layout_words import Words

HELD_OUT_12 = Words(
    site_names=(
        "Vogelsberger Vorbote", "Zabergäu Zeitpunkt", "Rhönblatt Digital", "Bayshore Beacon Weekly",
        "Wetterauer Wegweiser", "Uckermärker Uhrwerk", "Prairie Junction Post",
        "Spessartbote Heute", "Kinzigtal Kurier Plus", "Cedar Hollow Courier",
        "Eifeler Eilbote", "Lahn Laterne",
    ),
    consent=(
        "Bevor es losgeht: Unser Angebot finanziert sich über Werbung, deshalb bitten wir "
        "vorab um Erlaubnis zur Analyse.",
        "This German edition works with partners who process identifiers; adjust or refuse "
        "whenever you like under Privacy Centre.",
        "Sie entscheiden: Reichweitenmessung sowie externe Videoplayer laden lediglich "
        "nachdem Sie bestätigen.",
        "Quick note before reading: partner firms count visits, then tailor "
        "adverts to you.",
    ),
    consent_buttons=(
        "Passt prima", "Bloß Technisches", "Feinjustieren ⚒", "Agree and proceed",
        "Reject optional", "Reklamefrei weiterlesen: 2,79 € je Monat", "Einstellung speichern ✓",
    ),
    sections=(
        "Kirmes, Brauchtum", "Ortsbeirat", "Vereinsleben aktuell", "Blaulichtmeldungen",
        "Bezirksliga Süd", "Mittelständler porträtiert", "Kita und Schule", "Umleitungen",
        "Waterfront", "Council chambers", "Feldwirtschaft", "Dorfgeschichten",
        "Wanderpfade", "Wochenmarkt",
    ),
    crumb_separators=(" ⟫ ", " ⁄⁄ ", " ⊳ ", " ⇛ "),
    menus=(
        "☰ Ressortauswahl ⚲ Volltextsuche ✆ Aboservice",
        "Start ◇ Kreis ◇ Sportvereine ◇ Freizeittipps ◇ Shop",
        "Local ◇ Opinion ◇ Obituaries ◇ Jobs",
        "Jetzt ⁞ Region ⁞ Leserbriefe ⁞ Anzeigenmarkt",
    ),
    footer_headings=(
        "Gleichfalls lesenswert", "Nebenbei entdeckt", "Kaffeepausenstoff",
        "Partnerredaktionen melden", "Umlandschau", "Thematisch passend",
        "Druckfrisch reingekommen", "Viel angeklickt", "One more thing",
        "Regionwide roundup", "Trending townwide", "Sofort anschließen",
        "Kreisweit gebündelt", "Früher schon berichtet",
    ),
    list_headings=("Fünf Schlagzeilen für unterwegs", "Seit Mitternacht gefragt",
                   "Forwarded most lately", "Gesprächsthemen rundum"),
    heading_forms=("▞ {} ▚", "⌜{}⌟", "◇◇ {}", "⟪ {} ⟫", "╔ {} ╗", "{} ⬎"),
    markers=(
        " ⇝ Gesamttext", " [aufklappen ⇢]", " ⪢ Fortsetzung", " ↴",
        " ⏵⏵ antippen",
        " … dorthin", " (vollständig)", " Continue ⇢",
        " ⫸⫸", " – kompletter Bericht online", " [whole piece]",
    ),
    ellipses=(" ⁝⁝", " [⋯]", " …⟩", " ∙∙∙"),
    inline_forms=(
        "Ergänzend ⇒ {}", "Vertiefung ⇢ {}", "Kollegen schrieben ⊶ {}",
        "Fundstück: {}", "Compare ⇒ {}", "Zuvor berichtet: {}",
        "☞ {}", "Eventuell interessant ⟫ {}",
    ),
    share=(
        "Teilen ⇢ Signal ◇ Mastodon", "Kurzadresse übernehmen ⎘",
        "WhatsApp ◇ Telegram ◇ LinkedIn", "Send ⇢ friend",
        "Beitrag weiterschenken ❖", "Merkzettel ergänzen ✩",
    ),
    newsletter=(
        "Mittagsbriefing ⇢ werktags 12:00, gebührenfrei anmelden.",
        "Abendpost bestellen ⁞ allabendlich, umsonst.",
        "Sign up: town digest, arriving Fridays.",
        "Sonntagsauslese anfordern ⇢ E-Mail hinterlegen",
    ),
    ads=("⊗ Werbung ausblenden", "◇ Advertorial ◇", "Bezahlt von Anzeigenkunden",
         "« Werbeplatz »", "Kommerzieller Inhalt ◇ Partner"),
    comments=("{n} Forumsbeiträge", "Zur Debatte ({n})",
              "{n} community replies", "Wortmeldungen bislang: {n}"),
    copyright=(
        "Nutzungsrechte: {site}, {year}. Weitergabe genehmigungspflichtig",
        "{site} ∘ Urheberrecht ∘ {year}",
        "© {year} {site} ◇ Vervielfältigung verboten",
    ),
    legal=(
        "Barrierearm ◇ Cookie-Wahl ◇ Nutzungsbedingungen ◇ Kontaktformular",
        "Mediadaten ⁞ Abokündigung ⁞ Fragen",
        "Corrections policy ◇ Masthead ◇ Internships",
        "Leitlinien ∘ Ombudsstelle ∘ Service-Center",
    ),
    credits=(
        "Aufgenommen ⟋ {agency}", "Bildrechte ▹ {agency}",
        "Picture via {agency}, shot by {name}", "Abgelichtet durch {name}",
        "Illustration ⟋ {agency}",
    ),
    agencies=("Stadtarchiv Lauterbach", "Bilderdienst Rhön", "Sammlung Brügmann",
              "Luftbild Wetterau", "Fotoclub Eifel", "Bayshore Lens Society"),
    caption_texts=(
        "Sanierte Niddabrücke im Morgenlicht", "Töpfermarktbesucher im Schlosshof",
        "Helfer stapeln Sandsäcke am Ufer", "Marktbrunnen, frisch restauriert",
        "Schulkinder pflanzen Obstbäume", "Landrätin Vogt durchschneidet das Band",
    ),
    bylines=("Notiert ◇ {name} ◇ {date}", "{date} ⁄⁄ {name}",
             "Written by {name}"),
    kickers=(
        "Nachgefragt", "Eingeordnet", "Rückschau", "Lokaltermin", "Zahlenwerk",
        "Hintergrund kompakt",
    ),
    list_bullets=("➀ ", "⁂ ", "⊳⊳ "),
)  # fmt: skip

# Wordings of the layout variants only held-out-12 has (bench/layout_heldout12.py).
HELD_OUT_12_PARTS: dict[str, tuple[str, ...]] = {
    "related-top": ("Vorgeschichte kompakt", "Davor erschienen", "Background reading"),
    "readalso": ("Ebenfalls lesen: {a} | {b}", "Dazu passend ⸽ {a} ⸽ {b}",
                 "Worth reading too: {a} | {b}"),
    "stamp": ("{hh:02d}.{mm:02d} Uhr ∣ ", "[{hh:02d}:{mm:02d}] ", "{hh}h{mm:02d} – "),
    "gallery": ("Foto {k} von {n}: {text}. {credit}", "({k}/{n}) {text} – {credit}",
                "Slide {k} of {n} ⟩ {text}, {credit}"),
    "comment": ("„{text}“ – schreibt {user}", "{user} meint: »{text}«",
                "\"{text}\" (comment by {user})"),
    "comment-head": ("Ausgewählte Leserstimmen", "Kommentarspalte, Auswahl",
                     "What readers say"),
    "comment-texts": (
        "Endlich kümmert sich jemand darum, hat ja lange genug gedauert",
        "Typisch, erst wird geredet und am Ende zahlt wieder keiner",
        "Honestly this should have been sorted years ago",
        "Ich war selbst dabei, genau so lief es ab",
        "Warum erfährt man so etwas erst hinterher?",
        "Great reporting, please keep following this one",
    ),
    "entity-end": ("&nbsp;&hellip;", " &raquo;&nbsp;weiter", "&#8230;", "&nbsp;&rarr;"),
    "users": ("Brummbär62", "Lahnfee", "kritischer_buerger", "PrairieDog", "oma_hilde",
              "Spessartwanderer"),
    "sources": ("[{k}] Angaben laut {agency}, Stand {year}", "Fußnote {k}: {agency} ({year})",
                "Ref. {k} ⟩ {agency}, {year}"),
    "amp": ("Sie sehen die beschleunigte Mobilfassung ⇢ Originalseite aufrufen",
            "AMP-Darstellung ∘ zur Desktop-Ansicht wechseln",
            "Lightweight view ∘ open full site"),
    "print-head": ("Druckansicht vom {date} ∘ {site}", "Ausdruck erzeugt {date} ⟋ {site}",
                   "Printed {date} from {site}"),
    "print-url": ("Adresse dieser Seite: https://{host}/artikel/{k}",
                  "Permalink ⟩ {host}/p/{k}", "Online unter {host}/beitrag-{k}.html"),
    "md-row": ("- **{title}** ({date})", "* __{title}__ · {date}", "+ **{title}** – {date}"),
    "def-lead": (": {lead}", ":   {lead}", "~ {lead}"),
    "md-heading": ("### {title}", "## {title}", "#### {title}"),
}  # fmt: skip
