"""Everyday German words for the synthetic letters, so the model does not learn "unknown = name".

Templates alone repeat a few hundred non-name words while the names are many thousands: a model
trained on that tags every word it has not seen as a person. These lists (written for this
project) and the compounds made from them give the negative side the same lexical variety, and
``random_sentence`` puts them into contexts no template has.
"""

from __future__ import annotations

import random


def _words(text: str) -> tuple[str, ...]:
    return tuple(dict.fromkeys(text.split()))


# Nouns (written capitalised), by field, with the article their sentences need: m, f, n.
NOUNS_M = _words(
    """
    Antrag Bescheid Widerspruch Termin Ausweis Reisepass Führerschein Personalausweis Vertrag
    Mietvertrag Arbeitsvertrag Nachweis Beleg Brief Umschlag Stempel Ordner Drucker Computer Laptop
    Bildschirm Schlüssel Schlüsselbund Rucksack Koffer Regenschirm Mantel Schal Hut Handschuh Ring
    Ehering Geldbeutel Kinderwagen Rollstuhl Rollator Hund Welpe Kater Vogel Baum Strauch Rasen
    Garten Zaun Hof Keller Dachboden Balkon Flur Aufzug Briefkasten Müllcontainer Sperrmüll Abfall
    Lärm Krach Gestank Rauch Staub Schimmel Wasserschaden Stromausfall Heizkörper Boiler Ofen Herd
    Kühlschrank Fernseher Verkehr Stau Unfall Parkplatz Gehweg Radweg Bürgersteig Bordstein
    Zebrastreifen Spielplatz Sportplatz Friedhof Bahnhof Flughafen Hafen Markt Wochenmarkt
    Supermarkt Kiosk Imbiss Laden Betrieb Gewerbebetrieb Handwerker Elektriker Klempner Hausmeister
    Vermieter Mieter Nachbar Anwohner Bürger Kunde Antragsteller Sachbearbeiter Mitarbeiter Kollege
    Chef Vorgesetzter Lehrer Schüler Arzt Zahnarzt Tierarzt Apotheker Richter Anwalt Notar Pfarrer
    Gutachter Dolmetscher Übersetzer Betreuer Vormund Erbe Zeuge Täter Fahrer Radfahrer Fußgänger
    Besucher Gast Tourist Rentner Student Azubi Praktikant Nachfolger Vorgänger Eigentümer Käufer
    Verkäufer Händler Lieferant Dienstleister Zusteller Postbote Bote Beitrag Zuschuss Betrag
    Restbetrag Gesamtbetrag Zins Kredit Lohn Verdienst Unterhalt Unterhaltsvorschuss Rabatt Preis
    Tarif Zuschlag Abschlag Abzug Aufwand Schaden Verlust Gewinn Umsatz Haushalt Etat Fonds
    Sozialhilfebezug
    Wohnsitz Hauptwohnsitz Nebenwohnsitz Umzug Auszug Einzug Zuzug Wegzug Aufenthalt
    Aufenthaltstitel
    Familienstand Geburtsort Geburtsname Wohnort Ortsteil Stadtteil Bezirk Kreis Landkreis Staat
    Grundbesitz Grundstück Neubau Altbau Anbau Umbau Rohbau Abriss Bauantrag Bebauungsplan Lageplan
    Grundriss Zeitraum Zeitpunkt Stichtag Monat Tag Abend Morgen Mittag Feiertag Werktag Urlaub
    Winter Sommer Herbst Frühling Regen Schnee Sturm Hagel Frost Wind Nebel Hinweis Vorschlag
    Wunsch Dank Gruß Ärger Frust Zweifel Fehler Irrtum Mangel Missstand Vorfall Vorgang Sachverhalt
    Zusammenhang Grund Anlass Zweck Inhalt Umfang Verlauf Abschluss Beginn Anfang Schluss Rest
    Stand Status Eingang Ausgang Zugang Anschluss Anruf Rückruf Besuch Kontakt Austausch Bericht
    Vermerk Entwurf Ausdruck Scan Anhang Link Code Zugangscode Benutzername Account Server
    Internetauftritt Newsletter Flyer Aushang Plakat Artikel Paragraf Absatz Satz Punkt Buchstabe
    Verein Verband Bund Rat Ausschuss Beirat Vorstand Stadtrat Kreistag Landtag Bundestag
    Haushaltsplan
    Schulweg Schulbus Kindergarten Hort Unterricht Ausflug Elternabend Zeugnis Abschlussbericht
    Müll Bioabfall Restmüll Glascontainer Altkleidercontainer Straßenbaum Gully Kanaldeckel Schacht
    Hydrant Mast Ampelmast Poller Blumenkübel Baumstumpf Ast Laubhaufen Wildwuchs Bewuchs Graffiti
    Pkw Lkw Transporter Anhänger Wohnwagen Roller Motorroller Bus Zug Fahrplan Fahrschein Parkschein
    Parkscheinautomat Strafzettel Bußgeldbescheid Anhörungsbogen Verwarnungsgeld Abschleppwagen
    """
)
NOUNS_F = _words(
    """
    Gebühr Rechnung Mahnung Zahlung Überweisung Lastschrift Quittung Bescheinigung
    Meldebescheinigung
    Bestätigung Eingangsbestätigung Wohnungsgeberbestätigung Erlaubnis Genehmigung Baugenehmigung
    Sondernutzungserlaubnis Anmeldung Abmeldung Ummeldung Kündigung Beschwerde Anfrage Auskunft
    Anhörung Frist Verlängerung Verspätung Wartezeit Öffnungszeit Sprechstunde Beratung Betreuung
    Pflege Unterstützung Förderung Hilfe Leistung Sozialleistung Rente Miete Kaltmiete Warmmiete
    Kaution Nebenkostenabrechnung Heizkostenabrechnung Steuer Hundesteuer Grundsteuer
    Gewerbesteuer Zweitwohnungsteuer Vergnügungssteuer Abgabe Umlage Pauschale Erstattung
    Rückzahlung Nachzahlung Ratenzahlung Stundung Forderung Schuld Versicherung Haftpflicht
    Krankenkasse Kasse Bank Sparkasse Filiale Wohnung Mietwohnung Etage Treppe Tür Haustür Klingel
    Heizung Wasserleitung Dusche Küche Toilette Garage Einfahrt Ausfahrt Zufahrt Feuerwehrzufahrt
    Straße Kreuzung Ampel Laterne Straßenlaterne Beleuchtung Baustelle Umleitung Sperrung
    Haltestelle
    Bushaltestelle Linie Strecke Brücke Treppe Rampe Bank Parkbank Wiese Hecke Mauer Fassade Wand
    Decke Dachrinne Mülltonne Biotonne Papiertonne Tonne Abholung Entsorgung Reinigung
    Straßenreinigung Winterwartung Streupflicht Räumpflicht Schule Grundschule Gesamtschule Kita
    Klasse Lehrerin Schülerin Ärztin Praxis Klinik Apotheke Behörde Verwaltung Stadtverwaltung
    Abteilung Dienststelle Geschäftsstelle Zentrale Poststelle Kantine Cafeteria Bibliothek
    Stadtbibliothek Volkshochschule Musikschule Turnhalle Sporthalle Schwimmhalle Halle Kirche
    Moschee Synagoge Gemeinde Kirchengemeinde Nachbarschaft Siedlung Innenstadt Altstadt
    Fußgängerzone
    Mutter Tochter Schwester Oma Tante Nichte Frau Dame Person Familie Ehe Partnerschaft Scheidung
    Geburt Hochzeit Trauung Beerdigung Bestattung Urkunde Geburtsurkunde Sterbeurkunde
    Heiratsurkunde
    Adresse Anschrift Postleitzahl Hausnummer Telefonnummer Handynummer Nummer Kennziffer
    Steuernummer Kundennummer Vorgangsnummer Rechnungsnummer Bestellung Lieferung Ware Menge
    Position Summe Höhe Anzahl Liste Tabelle Übersicht Aufstellung Zusammenstellung Kopie Abschrift
    Unterschrift Vollmacht Erklärung Versicherung Einwilligung Zustimmung Ablehnung Entscheidung
    Begründung Stellungnahme Antwort Nachricht Mail Mitteilung Information Benachrichtigung
    Erinnerung Einladung Absage Zusage Terminvergabe Buchung Reservierung Warteliste Nummer Reihe
    Schlange Menschenmenge Lautstärke Ruhe Nachtruhe Mittagsruhe Ordnung Sauberkeit Sicherheit
    Gefahr Unfallgefahr Verletzung Krankheit Behinderung Schwerbehinderung Pflegestufe Arbeit
    Arbeitsstelle Ausbildung Umschulung Weiterbildung Teilzeit Vollzeit Schicht Nachtschicht Rente
    Elternzeit Kindergeld Elterngeld Zeit Woche Stunde Minute Jahreszeit Nacht Uhrzeit Frühschicht
    Sache Angelegenheit Frage Sorge Bitte Idee Lösung Möglichkeit Alternative Regel Regelung
    Vorschrift Satzung Verordnung Richtlinie Pflicht Zuständigkeit Verantwortung Aufgabe Arbeitszeit
    Marke Farbe Größe Form Beschreibung Hülle Tasche Handtasche Jacke Brille Uhr Kette Mappe Karte
    EC-Karte Kreditkarte Gesundheitskarte Bahncard Monatskarte Fahrkarte Eintrittskarte Plakette
    Umweltplakette Zulassung Kfz-Zulassung Hauptuntersuchung Werkstatt Tankstelle Waschanlage
    Firma Gesellschaft Genossenschaft Stiftung Initiative Bürgerinitiative Partei Fraktion Sitzung
    Tagesordnung Niederschrift Beschlussvorlage Vorlage Akte Personalakte Datei Festplatte Seite
    Webseite Homepage Plattform App Software Störung Wartung Reparatur Instandsetzung Sanierung
    Renovierung Modernisierung Dämmung Fenster Solaranlage Photovoltaikanlage Wallbox Ladesäule
    """
)
NOUNS_N = _words(
    """
    Amt Bürgeramt Ordnungsamt Jugendamt Sozialamt Standesamt Finanzamt Gericht Amtsgericht Rathaus
    Stadthaus Bürgerbüro Büro Zimmer Wartezimmer Foyer Gebäude Haus Mehrfamilienhaus Einfamilienhaus
    Hochhaus Wohnheim Tierheim Altenheim Pflegeheim Krankenhaus Hospital Heim Hotel Restaurant Café
    Geschäft Kaufhaus Lager Grundstück Gelände Feld Waldstück Ufer Gewässer Schwimmbad Freibad
    Hallenbad Stadion Theater Kino Museum Konzert Fest Stadtfest Straßenfest Sommerfest Konzert
    Formular Antragsformular Dokument Original Schreiben Anschreiben Begleitschreiben Protokoll
    Gutachten Attest Zeugnis Zertifikat Foto Passbild Bild Video Handy Smartphone Tablet Telefon
    Ladegerät Kabel Gerät Fahrrad Auto Fahrzeug Kennzeichen Motorrad Taxi Ticket Paket Päckchen
    Kuvert Postfach Konto Girokonto Sparbuch Darlehen Geld Bargeld Wechselgeld Kleingeld Wohngeld
    Bürgergeld Elterngeld Pflegegeld Krankengeld Arbeitslosengeld Bußgeld Verwarnungsgeld Entgelt
    Honorar Einkommen Vermögen Gehalt Budget Angebot Vorhaben Projekt Verfahren
    Widerspruchsverfahren
    Bußgeldverfahren Ergebnis Urteil Gesetz Recht Mietrecht Baurecht Gebot Verbot Halteverbot
    Parkverbot Tempolimit Schild Verkehrsschild Halteverbotsschild Schlagloch Loch Pflaster
    Kopfsteinpflaster Geländer Tor Gartentor Dach Vordach Fundament Fenster Treppenhaus Erdgeschoss
    Obergeschoss Dachgeschoss Kellergeschoss Licht Wasser Abwasser Gas Internet WLAN Netz Stromnetz
    Problem Anliegen Interesse Bedürfnis Gespräch Telefonat Treffen Meeting Seminar Training
    Kind Baby Mädchen Enkelkind Ehepaar Paar Mitglied Team Publikum Personal Kollegium Gremium
    Verhalten Benehmen Auftreten Verständnis Vertrauen Gefühl Wohl Ende Jahr Quartal Halbjahr
    Wochenende Datum Alter Gewicht Geschlecht Muster Beispiel Detail Thema Kapitel Stichwort
    Tier Haustier Meerschweinchen Kaninchen Pferd Futter Spielzeug Kuscheltier Buch Heft
    Mäppchen Etui Portemonnaie Portmonee Notebook Werkzeug Material Holz Metall Glas Papier
    """
)
VERBS = _words(
    """
    habe hat haben hatte hatten bin ist sind war waren wird werden wurde wurden würde könnte sollte
    möchte möchten müsste dürfte kann können muss müssen soll sollen darf will wollen beantrage
    beantragen beantragt beantragte melde melden meldet gemeldet angemeldet abgemeldet umgemeldet
    ummelden anmelden abmelden schicke schicken schickt geschickt sende senden gesendet übersende
    übersandt überweise überweisen überwiesen zahle zahlen gezahlt bezahlt erhalte erhalten
    bekommen bekam bekomme gebe geben gegeben nehme nehmen genommen bringe bringen gebracht hole
    holen abgeholt stelle stellen gestellt lege legen gelegt liege liegt lag gelegen stehe steht
    stand gestanden sitze sitzt sitzen warte warten gewartet frage fragen gefragt bitte bitten
    gebeten danke danken gedankt schreibe schreiben geschrieben lese lesen gelesen sage sagen gesagt
    rufe rufen angerufen rief erreiche erreichen erreicht versuche versuchen versucht finde finden
    gefunden verliere verlieren verloren suche suchen gesucht helfe helfen geholfen prüfe prüfen
    geprüft bearbeite bearbeiten bearbeitet erledige erledigen erledigt entscheide entscheiden
    entschieden lehne ablehnen abgelehnt genehmige genehmigen genehmigt bestätige bestätigen
    bestätigt
    erkläre erklären erklärt beschwere beschweren beschwert wohne wohnen wohnt gewohnt ziehe ziehen
    gezogen umgezogen arbeite arbeiten arbeitet gearbeitet fahre fahren gefahren parke parken
    geparkt
    gehe gehen gegangen komme kommen gekommen laufe laufen gelaufen falle fallen gefallen gestürzt
    brauche brauchen gebraucht benötige benötigen benötigt fehlt fehlen gefehlt reiche reichen
    eingereicht nachreichen vorlegen vorgelegt beifügen beigefügt anhängen angehängt weiterleiten
    weitergeleitet zurückrufen zurückgerufen verschieben verschoben absagen abgesagt vereinbaren
    vereinbart beginnen begonnen beginnt enden endet geendet dauern dauert gedauert öffnen geöffnet
    schließen geschlossen reparieren repariert erneuern erneuert ersetzen ersetzt entfernen entfernt
    reinigen gereinigt leeren geleert abholen kontrollieren kontrolliert beobachten beobachtet
    bemerken bemerkt informieren informiert mitteilen mitgeteilt beantworten beantwortet ausfüllen
    ausgefüllt unterschreiben unterschrieben kopieren kopiert drucken gedruckt scannen gescannt
    hochladen hochgeladen herunterladen anklicken funktioniert funktionieren klappt geklappt
    verstehe verstehen verstanden glaube glauben geglaubt denke denken gedacht hoffe hoffen gehofft
    freue freuen gefreut ärgere ärgern geärgert wundere wundern gewundert beziehe beziehen bezogen
    verdiene verdienen verdient kostet kosten gekostet spare sparen gespart leihe leihen geliehen
    kaufe kaufen gekauft verkaufe verkaufen verkauft liefere liefern geliefert bestelle bestellen
    bestellt zeige zeigen gezeigt sehe sehen gesehen höre hören gehört spreche sprechen gesprochen
    telefoniere telefonieren telefoniert treffe treffen getroffen besuche besuchen besucht
    kümmere kümmern gekümmert sorge sorgen gesorgt pflege pflegen gepflegt betreue betreuen betreut
    geschrottet beschädigt zerstört kaputt repariert abgeschleppt gesperrt entsperrt verlängert
    """
)
ADJECTIVES = _words(
    """
    neu alt groß klein lang kurz hoch tief breit schmal schnell langsam laut leise hell dunkel warm
    kalt nass trocken sauber schmutzig voll leer offen geschlossen frei besetzt richtig falsch
    korrekt fehlerhaft vollständig unvollständig gültig ungültig abgelaufen aktuell bisherig
    zuständig verantwortlich freundlich unfreundlich höflich unhöflich hilfreich nett schwierig
    einfach kompliziert wichtig dringend eilig möglich unmöglich nötig notwendig erforderlich
    zusätzlich weitere andere gleich ähnlich verschieden schwarz weiß rot blau grün gelb grau braun
    gefährlich sicher unsicher kaputt defekt beschädigt gesperrt monatlich jährlich täglich
    wöchentlich einmalig regelmäßig gelegentlich letzte nächste erste zweite dritte vierte
    schriftlich mündlich telefonisch persönlich elektronisch digital online analog städtisch
    öffentlich privat gewerblich beruflich familiär gesundheitlich finanziell rechtlich
    steuerlich amtlich behördlich kommunal kirchlich gesetzlich ehemalig künftig derzeitig
    vorläufig endgültig befristet unbefristet kostenlos kostenpflichtig teuer billig günstig
    hoch niedrig gering erheblich enorm massiv leicht schwer krank gesund alleinerziehend
    verheiratet ledig geschieden verwitwet berufstätig arbeitslos selbstständig angestellt
    überfüllt unzumutbar unerträglich zumutbar angemessen unverhältnismäßig rechtswidrig
    """
)
ADVERBS = _words(
    """
    leider bitte gern gerne bereits schon noch immer nie oft manchmal selten wieder erneut nochmals
    heute gestern morgen vorgestern übermorgen jetzt sofort bald später vorher nachher dann danach
    damals inzwischen mittlerweile seitdem zuletzt zuerst erst endlich trotzdem dennoch deshalb
    daher deswegen also jedoch allerdings außerdem zudem ebenfalls auch nur etwa ungefähr circa
    fast kaum sehr ziemlich ganz völlig absolut wirklich tatsächlich eigentlich natürlich
    selbstverständlich hoffentlich vielleicht wahrscheinlich sicherlich offenbar anscheinend
    hierher dorthin hier dort da drinnen draußen oben unten vorne hinten links rechts geradeaus
    dazu davon damit darüber darauf daran dabei dafür dagegen dahinter deswegen weiterhin
    gegebenenfalls ggf. bzw. usw. z.B. ca. evtl. inkl. zzgl. abzgl. lt. gem. vgl.
    """
)
PLURALS = _words(
    """
    Anträge Bescheide Widersprüche Termine Ausweise Verträge Nachweise Belege Briefe Ordner
    Schlüssel
    Hunde Bäume Gärten Keller Balkone Unfälle Parkplätze Spielplätze Märkte Betriebe Handwerker
    Vermieter Mieter Nachbarn Anwohner Bürger Kunden Antragsteller Sachbearbeiter Mitarbeiter
    Kollegen Lehrer Schüler Ärzte Anwälte Zeugen Fahrer Besucher Gäste Rentner Studenten
    Eigentümer Käufer Verkäufer Händler Lieferanten Beiträge Zuschüsse Beträge Zinsen Kosten
    Schäden Verluste Mängel Fehler Vorfälle Vorgänge Gründe Hinweise Vorschläge Wünsche Fragen
    Sorgen Bitten Ideen Lösungen Möglichkeiten Regeln Vorschriften Pflichten Aufgaben Gebühren
    Rechnungen Mahnungen Zahlungen Überweisungen Quittungen Bescheinigungen Bestätigungen
    Genehmigungen Anmeldungen Beschwerden Anfragen Auskünfte Fristen Wartezeiten Öffnungszeiten
    Leistungen Renten Mieten Steuern Abgaben Versicherungen Wohnungen Etagen Treppen Türen
    Straßen Kreuzungen Ampeln Laternen Baustellen Haltestellen Linien Brücken Wiesen Hecken
    Mauern Mülltonnen Tonnen Schulen Klassen Praxen Kliniken Apotheken Behörden Abteilungen
    Kirchen Gemeinden Familien Personen Frauen Männer Kinder Eltern Geschwister Großeltern
    Urkunden Adressen Nummern Bestellungen Lieferungen Waren Positionen Listen Tabellen Kopien
    Unterlagen Papiere Dokumente Formulare Schreiben Protokolle Gutachten Atteste Zeugnisse Fotos
    Bilder Geräte Fahrräder Autos Fahrzeuge Kennzeichen Pakete Konten Gelder Einnahmen Ausgaben
    Einkünfte Angebote Projekte Verfahren Ergebnisse Urteile Gesetze Rechte Verbote Schilder
    Probleme Anliegen Gespräche Telefonate Treffen Mitglieder Tiere Bücher Hefte Speisen
    Getränke Lebensmittel Medikamente Möbel Kleider Schuhe Jacken Taschen Brillen Uhren Karten
    Sachen Dinge Angelegenheiten Tage Wochen Monate Jahre Stunden Minuten Nächte Wochenenden
    Verwalter Hausverwaltungen Bauherren Architekten Planer Gutachter Behörden Ämter Gerichte
    Räume Zimmer Büros Gebäude Häuser Wohnheime Heime Hotels Restaurants Geschäfte Läden
    Arbeiten Bauarbeiten Bohrarbeiten Reparaturen Kontrollen Prüfungen Messungen Maßnahmen
    Beteiligten Betroffenen Angehörigen Verwandten Erben Beschäftigten Angestellten Arbeitnehmer
    """
)
HEADINGS = _words(
    """
    Sachverhalt Begründung Antrag Entscheidung Rechtsbehelfsbelehrung Hinweise Anlagen Gründe
    Tenor Ergebnis Zusammenfassung Einleitung Ausgangslage Bewertung Empfehlung Kosten Gebühren
    Zuständigkeit Verfahren Beteiligte Sonstiges Anmerkungen Fazit Ausblick Inhalt Anhang
    """
)
DOTTED_ABBREVIATIONS = (
    "z. B.",
    "u. a.",
    "d. h.",
    "i. d. R.",
    "Pos.",
    "Nr.",
    "Abs.",
    "Art.",
    "Str.",
    "Tel.",
    "ggf.",
    "bzw.",
    "usw.",
    "ca.",
    "Std.",
    "Min.",
    "Mio.",
    "Tsd.",
    "vgl.",
    "S.",
    "Bd.",
    "Hd.",
)
DEPARTMENTS = (
    "Vertrieb",
    "Einkauf",
    "Kundenservice",
    "Buchhaltung",
    "Personalabteilung",
    "Sachbearbeitung",
    "Geschäftsführung",
    "Leitung",
    "Disposition",
    "Projektleitung",
    "Marketing",
    "Key Account Management",
    "Facility Management",
    "Innendienst",
    "Außendienst",
)
DEPARTMENT_TAILS = (
    "",
    "",
    "Region West",
    "Öffentliche Auftraggeber",
    "Privatkunden",
    "Gewerbekunden",
    "Nord",
    "Süd",
    "Ruhrgebiet",
    "Kommunen",
    "Öffentlicher Sektor",
)
BANKS = (
    "Volksbank",
    "Sparkasse",
    "Commerzbank",
    "Deutsche Bank",
    "Postbank",
    "Targobank",
    "Sparda-Bank",
    "GLS Bank",
    "Santander",
    "ING",
    "DKB",
    "Stadtsparkasse",
)
# English words that start lines of English mail; only for the recognizer's word list.
ENGLISH = _words(
    """
    Please Thanks Thank Best Regards Kind Dear Hello Hi Hey Cheers Sincerely Yours The This That
    These Those There Here What When Where Why How Who Which Could Would Should Can Will May
    Sorry Attached Attachment Subject Sent From To Date Yes No Unfortunately Also Again
    """
)
DETERMINERS_M = ("der", "ein", "mein", "dein", "sein", "unser", "Ihr", "kein", "dieser", "jeder")
DETERMINERS_F = (
    "die",
    "eine",
    "meine",
    "deine",
    "seine",
    "unsere",
    "Ihre",
    "keine",
    "diese",
    "jede",
)
DETERMINERS_N = ("das", "ein", "mein", "sein", "unser", "Ihr", "kein", "dieses", "jedes")
DATIVE = {
    "m": ("dem", "einem", "meinem", "Ihrem", "diesem"),
    "f": ("der", "einer", "meiner", "Ihrer", "dieser"),
    "n": ("dem", "einem", "meinem", "Ihrem", "diesem"),
}
PREPOSITIONS = (
    "mit",
    "bei",
    "von",
    "zu",
    "aus",
    "nach",
    "seit",
    "gegenüber",
    "wegen",
    "trotz",
    "für",
    "über",
    "auf",
    "in",
    "an",
    "unter",
    "neben",
    "vor",
    "hinter",
    "zwischen",
)
CONJUNCTIONS = (
    "und",
    "oder",
    "aber",
    "denn",
    "sondern",
    "weil",
    "dass",
    "ob",
    "wenn",
    "als",
    "obwohl",
    "damit",
    "sodass",
    "sowie",
)
PRONOUNS = (
    "ich",
    "wir",
    "Sie",
    "er",
    "sie",
    "es",
    "man",
    "jemand",
    "niemand",
    "alle",
    "beide",
    "andere",
    "viele",
    "einige",
)
ABBREVIATIONS = (
    "NRW",
    "EU",
    "BGB",
    "SGB",
    "StVO",
    "GmbH",
    "AG",
    "PLZ",
    "USt",
    "MwSt",
    "IBAN",
    "BIC",
    "PDF",
    "WLAN",
    "ÖPNV",
    "DB",
    "VfL",
    "BVB",
    "ADAC",
    "TÜV",
    "KfW",
    "ID",
    "EC",
    "QR",
    "SMS",
    "E-Mail",
    "Kfz",
    "Pkw",
    "Lkw",
)
BRANDS = (
    "Lenovo",
    "ThinkPad",
    "Samsung",
    "Galaxy",
    "iPhone",
    "Apple",
    "Deuter",
    "Adidas",
    "Nike",
    "Puma",
    "Volkswagen",
    "VW",
    "Golf",
    "Polo",
    "Opel",
    "Corsa",
    "Astra",
    "Ford",
    "Fiesta",
    "BMW",
    "Audi",
    "Mercedes",
    "Toyota",
    "Skoda",
    "Octavia",
    "Dacia",
    "Sandero",
    "Bosch",
    "Siemens",
    "Miele",
    "Vaillant",
    "Telekom",
    "Vodafone",
    "Netflix",
    "Amazon",
    "PayPal",
    "WhatsApp",
    "Zoom",
    "Outlook",
    "Excel",
    "Word",
)

_COMPOUND_LEFT = (
    "Kinder",
    "Eltern",
    "Familien",
    "Wohn",
    "Miet",
    "Haus",
    "Stadt",
    "Bürger",
    "Straßen",
    "Verkehrs",
    "Park",
    "Bau",
    "Gewerbe",
    "Steuer",
    "Gebühren",
    "Lärm",
    "Müll",
    "Wasser",
    "Strom",
    "Heiz",
    "Arbeits",
    "Renten",
    "Kranken",
    "Pflege",
    "Sozial",
    "Jugend",
    "Schul",
    "Sport",
    "Kultur",
    "Tier",
    "Hunde",
    "Fahrrad",
    "Auto",
    "Bus",
    "Bahn",
    "Post",
    "Bank",
    "Konto",
    "Termin",
    "Antrags",
    "Melde",
    "Ausweis",
    "Reise",
    "Fund",
    "Schlüssel",
    "Zahlungs",
    "Mahn",
    "Rechnungs",
    "Liefer",
    "Winter",
    "Sommer",
    "Nacht",
    "Tages",
    "Wochen",
    "Monats",
    "Jahres",
    "Not",
    "Sonder",
    "Ersatz",
)
_COMPOUND_RIGHT_M = {
    "antrag",
    "bescheid",
    "ausweis",
    "vertrag",
    "platz",
    "weg",
    "raum",
    "dienst",
    "termin",
    "betrag",
    "zuschuss",
    "nachweis",
    "schaden",
    "verkehr",
    "bereich",
    "plan",
    "bericht",
    "stand",
    "zettel",
    "beitrag",
}
_COMPOUND_RIGHT_F = {
    "stelle",
    "gebühr",
    "steuer",
    "zahlung",
    "bescheinigung",
    "kasse",
    "karte",
    "pflicht",
    "ordnung",
    "leistung",
    "versicherung",
    "anlage",
    "zeit",
    "frist",
    "abrechnung",
    "genehmigung",
    "meldung",
    "straße",
}
_COMPOUND_RIGHT_N = {
    "amt",
    "geld",
    "haus",
    "heim",
    "büro",
    "gebäude",
    "verfahren",
    "formular",
    "schreiben",
    "recht",
    "verbot",
    "zentrum",
    "gelände",
    "problem",
    "gesetz",
    "fahrzeug",
    "ticket",
    "konto",
}


# More heads, so compounds are as varied as in real letters ("Finderlohn", "Teilzeitkraft").
_COMPOUND_RIGHT_M |= set(
    [
        "lohn",
        "druck",
        "vordruck",
        "ton",
        "park",
        "chip",
        "automat",
        "kasten",
        "wagen",
        "zug",
        "weg",
        "markt",
        "raum",
        "kreis",
        "preis",
        "schein",
        "zettel",
        "block",
        "ordner",
        "stuhl",
        "tisch",
        "schrank",
        "deckel",
        "knopf",
        "schalter",
        "motor",
        "kanal",
        "turm",
        "bau",
        "hund",
        "vogel",
        "baum",
        "rasen",
        "boden",
        "keller",
        "hof",
        "garten",
        "zaun",
        "bericht",
        "befund",
        "bedarf",
        "betrieb",
        "verein",
        "verband",
        "vorstand",
        "ausschuss",
        "beschluss",
        "entwurf",
        "vorschlag",
        "hinweis",
        "zugang",
        "ausgang",
        "eingang",
        "anschluss",
        "abschluss",
        "auftrag",
        "vertrag",
        "verlauf",
        "zeitraum",
        "stichtag",
        "feiertag",
        "abend",
        "morgen",
    ]
)
_COMPOUND_RIGHT_F |= set(
    [
        "kraft",
        "hilfe",
        "kammer",
        "halle",
        "stube",
        "küche",
        "hütte",
        "mauer",
        "wand",
        "decke",
        "treppe",
        "leiter",
        "tür",
        "klappe",
        "tasche",
        "mappe",
        "hülle",
        "dose",
        "flasche",
        "kiste",
        "tonne",
        "rolle",
        "liste",
        "tabelle",
        "akte",
        "datei",
        "nummer",
        "adresse",
        "anschrift",
        "frage",
        "antwort",
        "bitte",
        "sorge",
        "gefahr",
        "pause",
        "schicht",
        "woche",
        "stunde",
        "nacht",
        "regel",
        "norm",
        "grenze",
        "quote",
        "rate",
        "summe",
        "miete",
        "pacht",
        "kaution",
        "strafe",
        "spende",
        "förderung",
        "beihilfe",
        "pauschale",
        "umlage",
        "prüfung",
        "kontrolle",
        "messung",
        "planung",
        "leitung",
        "führung",
    ]
)
_COMPOUND_RIGHT_N |= set(
    [
        "gerät",
        "werkzeug",
        "material",
        "papier",
        "blatt",
        "heft",
        "buch",
        "bild",
        "foto",
        "schild",
        "zeichen",
        "signal",
        "licht",
        "fenster",
        "tor",
        "dach",
        "rohr",
        "kabel",
        "netz",
        "system",
        "programm",
        "modul",
        "konzept",
        "modell",
        "muster",
        "beispiel",
        "thema",
        "ziel",
        "angebot",
        "gutachten",
        "attest",
        "zeugnis",
        "protokoll",
        "register",
        "archiv",
        "depot",
        "lager",
        "becken",
        "bad",
        "feld",
        "stück",
        "teil",
        "paket",
        "päckchen",
        "ticket",
        "fahrzeug",
        "rad",
        "mobil",
        "kind",
    ]
)


def compound(rng: random.Random) -> tuple[str, str]:
    """A German compound noun that exists or could ("Kinderparkausweis"), with its gender."""
    gender = rng.choice("mfn")
    right = {"m": _COMPOUND_RIGHT_M, "f": _COMPOUND_RIGHT_F, "n": _COMPOUND_RIGHT_N}[gender]
    left = rng.choice(_COMPOUND_LEFT)
    if rng.random() < 0.25:
        left += rng.choice(_COMPOUND_LEFT).lower()
    elif rng.random() < 0.3:
        left = rng.choice(NOUNS_M + NOUNS_F + NOUNS_N)
    head = rng.choice(sorted(right))
    return left + head, gender


def nominalised_verbs() -> tuple[str, ...]:
    """Infinitives used as nouns: "Wohnen", "Parken"."""
    return tuple(v.capitalize() for v in VERBS if v.endswith("en") and len(v) > 4)


_NOMINALISED = nominalised_verbs()


def noun(rng: random.Random) -> tuple[str, str]:
    """A noun from the lists or a compound, with its gender (m, f, n; p for plural)."""
    roll = rng.random()
    if roll < 0.25:
        return compound(rng)
    if roll < 0.45:
        return rng.choice(PLURALS), "p"
    if roll < 0.5:
        return rng.choice(_NOMINALISED), "n"
    gender = rng.choice("mfn")
    words = {"m": NOUNS_M, "f": NOUNS_F, "n": NOUNS_N}[gender]
    return rng.choice(words), gender


def noun_phrase(rng: random.Random, dative: bool = False) -> str:
    """ "der neue Antrag", "meinem Konto", "Gebühren", "zwei Wochen"."""
    word, gender = noun(rng)
    roll = rng.random()
    if roll < 0.12:
        return word  # bare noun
    if roll < 0.2:
        return f"{rng.choice(('zwei', 'drei', 'mehrere', 'viele', 'einige', 'alle'))} {word}"
    if gender == "p":
        det = rng.choice(
            ("den", "meinen", "Ihren", "diesen", "allen")
            if dative
            else ("die", "meine", "Ihre", "diese", "alle", "keine", "unsere")
        )
    elif dative:
        det = rng.choice(DATIVE[gender])
    else:
        det = rng.choice({"m": DETERMINERS_M, "f": DETERMINERS_F, "n": DETERMINERS_N}[gender])
    if rng.random() < 0.35:
        adjective = rng.choice(ADJECTIVES)
        ending = "en" if dative else rng.choice(("e", "en", "er", "es"))
        return f"{det} {adjective}{ending} {word}"
    return f"{det} {word}"


def _upper_first(text: str) -> str:
    return text[:1].upper() + text[1:]


def random_sentence(rng: random.Random) -> str:
    """A loosely grammatical sentence of everyday words: many contexts, no person."""
    parts: list[str] = []
    roll = rng.random()
    if roll < 0.3:
        parts.append(
            _upper_first(noun_phrase(rng))
            if rng.random() < 0.5
            else _upper_first(rng.choice(PRONOUNS))
        )
    elif roll < 0.5:
        parts.append(_upper_first(rng.choice(ADVERBS)))
    else:
        parts.append(_upper_first(rng.choice(PRONOUNS)))
    parts.append(rng.choice(VERBS))
    for _ in range(rng.randint(1, 4)):
        choice = rng.random()
        if choice < 0.35:
            parts.append(f"{rng.choice(PREPOSITIONS)} {noun_phrase(rng, dative=True)}")
        elif choice < 0.55:
            parts.append(noun_phrase(rng))
        elif choice < 0.7:
            parts.append(rng.choice(ADVERBS))
        elif choice < 0.8:
            parts.append(f"{rng.choice(CONJUNCTIONS)} {rng.choice(PRONOUNS)}")
        elif choice < 0.84:
            parts.append(rng.choice(ABBREVIATIONS + BRANDS))
        elif choice < 0.88:
            parts.append(f"{rng.choice(DOTTED_ABBREVIATIONS)} {noun(rng)[0]}")
        elif choice < 0.92:
            parts.append(coordination(rng))
        else:
            parts.append(rng.choice(ADJECTIVES))
    parts.append(rng.choice(VERBS))
    sentence = " ".join(parts)
    if rng.random() < 0.15:
        sentence = sentence.replace(" ", ", ", 1)
    return sentence + rng.choice((".", ".", ".", "!", "?", ":", ""))


def random_list_line(rng: random.Random) -> str:
    """A line of an item list or a form value: "- schwarzer Rucksack, Marke Deuter"."""
    items = []
    for _ in range(rng.randint(1, 4)):
        word, _gender = noun(rng)
        if rng.random() < 0.4:
            word = f"{rng.choice(ADJECTIVES)}{rng.choice(('er', 'e', 'es', 'en', 'em'))} {word}"
        if rng.random() < 0.2:
            unit = rng.choice(("", "", "Stk. ", "Pak. ", "x ", "St. "))
            word = f"{rng.randint(1, 40)} {unit}{word}"
        if rng.random() < 0.2:
            word = f"{word} ({rng.choice(BRANDS)})"
        items.append(word)
    return rng.choice(("- ", "• ", "", "* ")) + ", ".join(items)


def coordination(rng: random.Random) -> str:
    """Bare nouns in a row: "Eigentümer, Mieter und Verwalter", "Lärm und Umgangston"."""
    words = [noun(rng)[0] for _ in range(rng.randint(2, 4))]
    joiner = rng.choice(("und", "oder", "sowie", "bzw."))
    return ", ".join(words[:-1]) + f" {joiner} {words[-1]}"


def heading(rng: random.Random) -> str:
    """A section heading of a decision or report: "A. Sachverhalt", "II. Begründung"."""
    marker = rng.choice(
        ("A.", "B.", "C.", "I.", "II.", "III.", "1.", "2.", "3.", "§ 3", "Ziffer 2", "a)", "b)")
    )
    return f"{marker} {rng.choice(HEADINGS)}"
