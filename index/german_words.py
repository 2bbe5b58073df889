"""German words that other languages written in Latin letters hardly use.

The German fast path of index.language counts them in short texts. Generated from
wordfreq (pinned in pyproject.toml) by running this module:
`.venv/bin/python -m index.german_words > index/german_words.py` keeps what it prints:
of German's TOP most frequent words, those of three letters or more whose Zipf frequency
stays below MAX_ZIPF in each of OTHERS.
"""

from __future__ import annotations

TOP = 4000
MAX_ZIPF = 2.5
OTHERS = "en nl da nb sv is fr es it pt ca ro pl cs sk sl sh tr fi hu lt lv id ms fil".split()

WORDS = frozenset(
    """
einem schon ihr jetzt wurde keine sehr können muss gibt ihre dieser gegen geht
machen einfach beim etwas zwei seit selbst kommt nichts würde ihn jahren seiner
viele zwischen jahre wäre diesem dieses wurden dabei müssen gerade sondern erst
ersten ihrer sollte warum weiter wirklich ihnen ihren wohl vielleicht dazu euch
hätte könnte sehen dafür steht während bereits einmal gehen gemacht genau konnte
leute neuen seinem unsere etwa natürlich geben werde gleich keinen allem davon
eigentlich richtig arbeit frage sieht zurück deine jedoch grossen welche zusammen
einige kannst sicher ihrem darauf letzten meinen sogar zwar allerdings schnell darf
jemand später wollte ganze möchte seite weitere wenig heisst fragen neben gehört
lässt besonders nehmen darüber gesagt meinem sonst bekommen bzw gesehen spielen
weniger sollten arbeiten bleibt möglich weit deshalb gewesen glaube polizei
ausserdem findet musste unternehmen woche würden bleiben daher beispiel genug allein
dessen schule solche zeigt abend ebenfalls eher wasser erhalten lieber nachdem
sofort zweiten bringen danach deutlich kopf männer nächsten unserer damals endlich
fünf gefunden schwer wichtig zeigen anfang gegenüber oben bekannt bisher eltern
hätten wochen augen braucht denke meisten schreiben trotzdem bestimmt folge glück
hilfe leicht mehrere scheint zunächst bisschen fand regierung richtung schliesslich
stellt dinge dürfen früher prozent spass bereich besteht bringt mädchen zukunft
darum eigene fahren jedes keiner neues passiert bevor gegeben manchmal einzige
entwicklung folgen freunde führt helfen könnten obwohl sehe suchen weiteren ziemlich
dadurch erfolg hause krieg läuft verstehen wieso aufgrund brauchen innerhalb
insgesamt konnten nimmt stimmt völlig zudem ausser gekommen gern gestern irgendwie
kirche meist märz seines trotz vergessen verschiedenen vorbei zahlen anderes dagegen
deinen ebenso führen kaufen lernen meinung partei seiten willst wobei zweite hält
jungen schlecht sechs spiele spielt sprechen dachte glauben mitte scheisse sowohl
wahrscheinlich deiner einigen insbesondere raum spricht tatsächlich anderem bekommt
erreicht gemeinsam nämlich setzen versucht bedeutet einsatz gleichzeitig habt hören
ihres möglichkeit rahmen sachen stück welches genommen hoffe höhe liess nächste
stunde tochter unseren wohnung wären zehn mitarbeiter sprache zumindest übrigens
fehler langsam mindestens musst selber sicherheit spieler drauf erklärt erster
gefühl gleichen laufen medien verschiedene weiterhin ziehen überall antwort dennoch
dezember gesicht guter monate seien somit tragen vergleich versuchen entscheidung
gedanken gehören gemeinde gutes jahres jeweils nutzen siehe sucht vorher welcher
bereit deinem falsch fertig häufig lösung reihe stimme erreichen frankreich heraus
nochmal opfer passt plötzlich richtige seid setzt warten wirtschaft anderer
bevölkerung geschrieben gewinnen hohen kreis körper länger mitglieder nachrichten
verein verwendet zeiten ausbildung beginn beispielsweise deswegen ergebnis freundin
gestellt grünen kenne kindern mittlerweile monat offen politische solchen teilweise
unserem bedeutung europäischen folgenden gefallen hälfte programm reicht schüler
selten sieben sowas unbedingt unterwegs verbindung wenigstens zuvor ahnung bürger
erfahrung erklären erzählt funktioniert grösste hohe indem mache monaten nahm
politischen präsident zuerst alleine druck entfernt fehlt genauso grössten lediglich
schauen soweit stimmen wochenende beginnt bietet dran durchaus erwartet gehe
inzwischen müsste niemals schritt staaten unterstützung verfügung verlassen wenige
wirst wählen angebot blieb einzelnen erneut gefahr gefällt genannt hilft wahrheit
worte wusste öffentlichen klingt mannschaft ordnung samstag satz teilen themen
vermutlich ändern aufgabe bezeichnet entweder entwickelt freuen geh gewählt lehrer
scheiss schluss teile verstehe veröffentlicht wollten ähnlich beitrag entscheiden
freitag früh gebäude gesetz gleiche jedenfalls ländern nahe nennen zieht zug
bewegung erde erfahren ergebnisse flüchtlinge folgt gehabt gespielt gewalt gründen
sitzen universität verhalten verstanden besuch bildung darunter dürfte englisch
gefragt glücklich irgendwann leuten offenbar ruhe schreibt begriff drin erwarten
fenster freien freiheit jemanden lebens lebt meines mussten nennt schönen stolz
verfahren verkauft versuche vorstellen zahlreiche zeichen zuletzt arbeitet auswahl
derzeit erfolgreich freude interessiert jungs leistung lieben meinte montag
regelmässig stellte trifft versuch vertrag wichtige zusammenhang angaben arzt
befindet daraus erstmals gegangen schneller sicht zeitpunkt anzahl entsprechend
erstmal geführt glaub grösse heutigen hintergrund immerhin mehreren sobald trägt
unterstützt wenigen arsch ausserhalb bestehen folgende gelesen gesamte gezeigt
grenze kaffee könnt mittel richtigen schutz unterschied verkaufen zusätzlich
anschliessend benutzt bücher freie heissen kollegen mitglied urlaub verletzt weisst
welchen werbung betrieb brachte draussen einfluss erfahrungen erwähnt fällen fühlen
führte fürs gebiet irgendwas jahrhundert kleines massnahmen möglichst persönlich
schlafen teilnehmer tief verbunden willkommen aktuellen antworten bauen besondere
deutschlands erinnert geschafft glaubt herzen hoffnung sitzt spät sterben stets usw
abschluss aufgenommen begann beschäftigt dahin gelten gesamten gespräch gesucht
irgendwo meinst möglichkeiten nachricht nötig parteien qualität schulen täglich
verlieren wahr anteil aufgaben ausschliesslich beziehung froh genutzt gesetzt hielt
hinten inhalt kontrolle leisten möchten rücken sozialen vergangenheit vertrauen
wirkt zustand aussehen bewusst entschieden fehlen fährt gehalten gestorben grössere
könne künstler miteinander passieren schlimm setzte soziale türkei umgebung
verantwortlich weltweit wünsche zufrieden zusammenarbeit berichtet geburtstag
gegensatz gekauft grundsätzlich machst netz prozess schwester sprach vertreten
vorhanden wünschen zuhause bezahlen brauche dumm eindruck enthält entstehen feiern
feuer fühlt gefahren geschehen hingegen preise ruhig szene trinken unterstützen
verhindern weissen wiederum zugleich zählt allgemein bestimmte bestimmten demokratie
eingesetzt entdeckt erinnern erstes flughafen freut gebaut grün jährige kostenlos
krankenhaus schützen verkehr wichtiger wirken allgemeinen anspruch auftrag ausland
behandlung bestätigt böse diesmal dorf einzelne erfolgt erhält erscheint findest
gelernt gesprochen grösser herbst hoffentlich konzept kämpfen notwendig näher
reichen spitze strassen verantwortung weiteres wesentlich wunsch aussen beiträge
bekannten bessere bürgermeister ehemaligen erlaubt führung garten gegner gründe
gäste jahrhunderts leitung mehrheit offensichtlich schliessen solltest unglaublich
vorne wohnen befinden bezahlt bezug entstanden fernsehen geschlossen neun schwarzen
traum verwendung werte wirkung zeigte öffentlich anlage ausgabe beträgt enthalten
erzählen fahrt freunden gewissen herum höher kauf landkreis leistungen nehme urteil
veranstaltungen versteht vertreter verwaltung verändert zahlreichen öffentliche
übernehmen angriff einiges europäische forschung fälle grundlage grösseren letzter
mögen polizisten schafft schicken schrieb seele selben treten unfall ungefähr wollt
abends abgeschlossen ausstellung entgegen erklärung frieden gelegenheit geschäft
hauptsächlich hinzu milliarden mittwoch möglicherweise schwierig strecke städte
wichtigsten öffentlichkeit angeboten ansehen aussage besonderen dauert eigenes
einzigen erhielt fahrer französischen genannten gesundheit schlechte
selbstverständlich sendung sicherlich vollkommen weiterer welchem wissenschaft
wunder überzeugt bedarf bedingungen benutzen besuchen ecke einführung empfehlen
eröffnet hoffen küche schaut schlimmer seitdem sogenannten spielte starken unmöglich
verdammt vergangenen vollständig wär zerstört anfangen bekannte beruf besitzt
entspricht fleisch fliegen gearbeitet halb laufe leichter offiziell quellen schweden
starb steckt technischen unabhängig verhältnis zweifel donnerstag durchgeführt ebene
entsprechenden erinnerung erleben erlebt euer falsche fordert gemeint geschichten
gottes hinweis höhere jeweiligen männern müssten schlagen siehst steigt
veranstaltung vieles amerikanischen aufmerksamkeit breite bundesregierung dienstag
entlang entsprechende früheren fühle gegend historischen holz keinem kriegen kurzen
meistens runter russischen sodass sprachen stimmung tatsache teils trat traurig
täter unseres wein woher zuschauer zweck überrascht angenommen besucher darstellung
entsteht entwickeln gewinn geändert gibts lasst legte letztes prinzip prüfung
schwere schöner tätigkeit umwelt ursprünglich verwenden vorstellung vorteil
weihnachten wem würdest zählen öffnen übernommen abgesehen abstand angeblich
ansonsten antrag anwendung behalten bislang ehemalige frühen geblieben gemeinsamen
haare mehrfach nächstes persönliche schuhe schönes steuern wichtigen zwölf
andererseits aufnahme auftritt aussagen behörden beteiligt brücke erfüllt ergibt
freue förderung gelegt gemeinden gemeinsame geniessen geschaffen geschickt getötet
hierbei hiess jährigen konzert möglichen nachbarn politisch rechnung sammlung
städten umgang verkauf verständnis werfen weshalb angefangen beschreibung daneben
eingestellt entscheidungen gebraucht gefährlich gerät gewisse heisse hängen höre
manchen modernen realität sogenannte stattdessen tipps verboten witz zugang zweimal
übrig betrachtet beziehungen brauchst eigener eindeutig einrichtung erhöht
erscheinen falschen gegenteil gemäss gewinnt jugendliche jährlich kommenden kommst
krankheit nutzer nutzung pflanzen schlägt sitz stehe tätig unterschiedliche verlauf
verpflichtet wechsel übrigen ansicht aufbau beendet beine beispiele beschrieben
betrifft durfte frisch fuhr gelassen informiert lohnt nahezu offenen persönlichen
präsidenten sorgt staffel stammt unterschiedlichen untersuchung verliert versuchte
worten württemberg übertragen angebote anhänger anlass bekomme besonderes
dargestellt demnach einfache einheit englischen ergeben erklärte hersteller händen
häuser jemals kaputt mittels präsentiert rechnen schliesst schweren süden teuer
unmittelbar unterricht verfolgt vorschlag wahre weist widerstand zentrale ärzte
äusserst abteilung anzeige ausnahme aussieht bester betroffenen bisherigen einiger
fläche fordern gegründet gestalten gesund gewann hauptstadt hoher höchsten jene
liest medizin mögliche müsse nachmittag pflicht ruft singen zeugen zweiter
anscheinend autoren beweis breit einfacher endet ersetzt ganzes gefühle gesetze
grossartig höchste lautet liebt mühe niemanden schauspieler scheinen spätestens
stecken verbreitet vermeiden voraus wahlen wartet wettbewerb ältere älteren
österreichischen auflösung ausgezeichnet besitz besseren betrieben dasselbe einst
einstellung fahrzeuge flucht griechenland höheren kümmern maschine schlechter
teilnahme wohnungen womit ähnliche überlegen übersetzung überzeugen angesichts
ausdruck besitzen bestellt bewegt beweisen bewohner debatte drehen ehre eingeladen
einrichtungen erschienen geschmack hinweise hundert kriegt letztlich liefern liessen
moskau möchtest oberen ohnehin pläne schmerzen schwanz schwierigkeiten solcher
standort trug vorgestellt vorsitzender wichtigste witzig worauf wähler zumal achtung
amerikanische anstatt aufhören aufmerksam auftreten ausgeschlossen bedeuten
begeistert besucht daraufhin entstand erforderlich ewig fahrzeug frag geeignet
gemeinschaft halben hergestellt inneren kochen nahmen rufen schlaf schnitt silber
unterscheiden verteilt wechseln zufällig ändert abhängig angekommen anwalt aufnehmen
auswirkungen behauptet beobachtet brüder eigenschaften erstellt französische
funktionieren getrennt haltung jugendlichen kommentare kurzer milch normalerweise
speziell strafe vaters verheiratet verlust verpasst versehen verzichten webseite
zeitraum zustimmung zusätzliche öfter abschnitt alltag anfangs angesehen auflage
ausreichend beobachten beschreibt betroffen diejenigen einwohner erfolgen ernsthaft
erschien festgestellt frühstück gaben geburt gespannt hauses hierzu kreuz müde
planung schicksal spuren sämtliche tiefe unternehmer verbrechen verurteilt
veränderungen vielmehr vorbereitet wohin wolle änderung übersicht arbeitgeber
aufgebaut begleitet beides benötigt besitzer beteiligten bundesrepublik diskutiert
ermöglicht fakten feuerwehr folgte geschlagen geöffnet hochschule katze kriege
kritisiert kräfte lösungen maschinen nachfolger nutzt offene pfarrer pflege rückkehr
schwerer sieger sinnvoll sofern soviel tausend umfeld vergeben weltkrieg anhand
arbeiter beschlossen botschaft bundeswehr einerseits erfüllen erinnerungen erkannt
euren fahrrad ficken gelände geschwindigkeit getragen gucken herkunft hochzeit hrsg
hättest informieren kuchen lächeln produziert scheinbar stellung umfasst verbessern
vereins verlor wächst anlagen augenblick ausgaben blieben brauch erkennt frühjahr
geholfen genauer genügend hinein lieb nationalen niederlage ohren papst prüfen rief
sammeln schlechten schlug schmeckt schritte sitze verbot verfolgen verhandlungen
verändern vorstand vortrag absicht aufgestellt aufklärung begründung behaupten
bezeichnen bezeichnung bezieht bezüglich bildern blöd eingeführt eintritt
ermöglichen existiert fahre flugzeug gefängnis gehörte gelb grossbritannien inhalte
keinerlei kirchen klassischen kleidung königin könntest landschaft lehre liebsten
lkw mannes menschheit ordentlich plätze sichern solle unteren unterschiede
verfassung verschwinden viertel vorbereitung wach wachsen wirft wunderbar zufall
aktivitäten bereichen bescheid besetzt bestätigen bezirk dahinter dauern drüber
drücken einfachen entscheidet enttäuscht erfolge gelaufen greifen hölle
interessieren kannte kennst landwirtschaft lebe leise lügen mitgliedern
niedersachsen nimm schnee sichtbar späteren umsetzung umso umständen untersuchungen
vorteile weisen weitgehend wissenschaftliche zunehmend anbieten anschauen arbeite
bayerischen beantworten betrug dankbar denkst doppelt dreht drittel einzig erhöhen
fluss freundlich freundschaft geschäfte gestaltung gezwungen gäbe günstig
herstellung heutige häufiger innere irgendwelche jahrzehnten junger klappt lauter
nachfrage prinz sahen solch stärke tausende untersucht verfügt vergleichen vermögen
verursacht voraussetzungen vorgehen vorsichtig wodurch zuständig überraschung
anbieter anforderungen anfrage angegeben ausdrücklich behandeln besseres blumen
dicke eingerichtet forderung forderungen fremden fängt füsse gegenwart gehirn
gelöscht geräte geschieht gesperrt grossteil gründung handlung herzlich konkurrenz
kölner mauer nachdenken nieder nochmals offiziellen pferd reagiert scharf schlag
schnelle schwach schweigen stirbt stücke treiben turnier töten unternehmens
unterschiedlich vereine vieler vorbild wahren warst weile wesentlichen
wissenschaftler wissenschaftlichen zuge züge abenteuer bauern beinahe deutsches
ereignisse erledigt ermittelt fassen fähigkeiten gebildet gegenseitig gegessen
gelingt geraten gestaltet greift identität jederzeit katholischen kerl langweilig
liefert mannschaften netzwerk organisiert reagieren schien schlüssel schuss
schönheit spenden staatlichen steuer thüringen unterhaltung verbringen wofür wohnt
älter überblick übernimmt überwiegend anerkennung ansatz ausbau beamten berichte
bestehenden betrachten beziehen bäume damaligen einschliesslich erwachsene flasche
gedanke gehts gelangen geschlecht hinterher hörte leichte mischung mittelpunkt müll
münchner offizielle pferde positiven rassismus reduziert sitzung süsse türkischen
unterhalten vereinigten verfügbar verstärkt wachstum waffe wirtschaftliche
wirtschaftlichen übel absatz atmosphäre ausgesprochen bekommst beschäftigen
bibliothek brust darstellen diskutieren dritter eingang erhoben ernährung erweitert
freiwillig fördern garantiert geprägt gewohnt glaubst kooperation lächerlich
mittleren nachher nannte räume sänger tanzen tode türen umfrage verbindungen
versprechen vorstellungen wirklichkeit zahlt zufolge allzu annehmen ausgehen bestes
bezogen droht einladung endgültig englische finanzierung gefühlt gelungen
gerechtigkeit herrscht jener jähriger kapitän katzen klassische klicken rauchen
regelung staatliche teufel umgehen umgesetzt vermisst vorgesehen vorsicht wiederholt
übersetzt abgelehnt akzeptieren angebracht aufstieg aufwand auseinander beenden
bestimmen bösen darfst einsetzen entwurf erfasst erwischt französisch freizeit
gehalt gelöst gespräche gewinner innenstadt jemandem konsequenzen löschen magst
mehrmals nordrhein schreibe schwerpunkt schwimmen spüren verbesserung verschiedener
versicherung versorgung veröffentlichung westlichen zwecke änderungen
österreichische övp übergeben überlassen üblich üblichen abgeordneten angeht
arbeitete aussicht bauch beziehungsweise bleibe breiten einziger entfernung
entlassen erheblich erinnere ersetzen eröffnung freier fremde geheimnis geholt
gemeldet gesammelt guck göttingen hauptsache heutzutage hinsicht hinweg höchstens
insofern kohle künftig längere menschlichen müsst oberfläche rechtzeitig rheinland
schickt schmerz schäden schätzen schönsten stattfinden stärken tanz tatort umgekehrt
verrückt verteidigung wisst ärger überraschend angegriffen angelegt beliebt beratung
berücksichtigt beteiligung braunschweig britischen decke eigentliche einkommen
entfernen entwickelte erfolgte erreichte existenz feiert forscher gefolgt
gelegentlich geschäftsführer gestartet glückwunsch hafen kauft lernt magdeburg
rezept schiessen spannung trennung träume verbessert verbreitung verliebt
veränderung wahnsinn wünscht abgeben arschloch bedroht berufen betreiben bewertung
bischof blauen britische definiert deines ergänzt erlauben erweiterung existieren
feind flügel franzosen gebrauch gefordert gehst genaue geringer haufen haushalt
herrschaft hierfür jüdischen kindheit leidenschaft miete mitarbeitern nackt ohr
peinlich politischer rathaus richtet schriftsteller sprecher tiefer tolles verbindet
verschwunden verteidigen vorkommen vorschläge wörter zitat öffnet überleben überlegt
überprüfen aufnahmen ausgestattet befand bereiche demnächst durchs dürften
erfolgreiche fernseher fisch gebiete gefördert grossem herausforderung justiz
laufenden lebensmittel menschliche oftmals präsentieren schätze siegen sozial
staates träger tränen unrecht voran wahlkampf werdet wählt üben angesprochen
angezeigt arbeitnehmer architektur auseinandersetzung ausgerechnet ausgesetzt
begründet beschreiben bundes darstellt demokratischen einkaufen einstellen
erwachsenen erzeugt erzielt feinde feststellen flächen frühere führten gedreht
gefeiert gemüse gerettet gewinne gewusst hinsichtlich hitze händler italienischen
kenn krieges käse lebte physik profitieren reifen riesen salz schiffe trennen
umsonst vorgenommen weite wieviel wovon würd zentralen ähnlichen österreicher
übernahme anlässlich annahme anzeigen aufgefallen aufgehoben ausländer befehl
behörde berater betrag betriebe durchschnitt ehefrau eigentlichen einander einziges
entdecken entscheidend erfolgreichen erstaunlich eurer finanzielle gerufen gesichert
gipfel grüsse jüngeren königs lecker löwen mathematik mitnehmen natürliche neubau
pfalz prinzessin probieren quatsch reihen römischen schwarzer seht spezielle
teilnehmen unterlagen ursprünglichen vereinigung verletzung verlässt weinen
zeitungen zweier zähne ausgeführt ausstattung beeinflusst begrenzt beschluss
bestandteil bestehende beweise brechen bricht ehren empfangen entstehung erlangen
evangelischen gebieten gefangen gerechnet gesellschaftlichen geworfen halbfinale
kenntnis klären kollege konferenz konzentrieren kürzlich mitteln mädels polizist
seitens solches szenen teilt treibt türken verantwortlichen verständlich vordergrund
vögel wahrscheinlichkeit weltmeister zweites angekündigt angewiesen austausch
bedingt beschränkt blaue einheiten einnahmen erhielten erhältlich errichtet erzählte
fassung fliegt frische füssen geschenkt geschützt hübsch investieren irgend
jahrzehnte jenseits kleid küste landtag lädt natürlichen provinz räumen schneiden
schülern seltsam sprich
""".split()
)


def generate() -> str:
    """Return the source of this module, its word list computed afresh from wordfreq."""
    import inspect
    import sys

    import wordfreq

    found = [
        w
        for w in wordfreq.top_n_list("de", TOP)
        if len(w) >= 3
        and w.isalpha()
        and max(wordfreq.zipf_frequency(w, lang) for lang in OTHERS) < MAX_ZIPF
    ]
    source = inspect.getsource(sys.modules[__name__])
    head, _, rest = source.partition('WORDS = frozenset(\n    """\n')
    _, _, tail = rest.partition('""".split()')
    lines, line = [], ""
    for w in found:
        if len(line) + len(w) + 1 > 84:
            lines.append(line)
            line = ""
        line += (" " if line else "") + w
    lines.append(line)
    return head + 'WORDS = frozenset(\n    """\n' + "\n".join(lines) + '\n""".split()' + tail


if __name__ == "__main__":
    print(generate(), end="")
