"""HELD-OUT German redaction corpus no. 5 (written blind).

This is a HELD-OUT test set. It was written blind, without looking at the redaction
component, its benchmark, its tests or any other redaction corpus. Measure it only in
aggregate (``bench/redaction.py --aggregate``) and never tune rules, lists or thresholds on
individual documents of it; once anything has been tuned on it, it is no longer held out.

100 invented documents (70 with personal data, 30 free of it) as a mid-size German city
receives and produces them (Ruhrgebiet, Bergisches Land, Sauerland, Sachsen, Sachsen-Anhalt,
Thüringen, Brandenburg, Mecklenburg, Baden, Württemberg, Pfalz, Saarland, Franken, Hessen,
Niedersachsen). Every name, address, number and account is fictitious; check digits are
computed to be valid where the checker demands it.

Annotation conventions:
- Salutations, titles and roles ("Herr", "Frau", "Dr.", "Familie", "RA", "Prof.") stay
  outside PERSON; name particles ("von", "van der", "Al-", "bin") are inside.
- "Nachname, Vorname" and "J. Wagner" are one PERSON span; nicknames, lower-case names and
  user handles and staff initials ("kl", "Schä") are PERSON; a genitive "s" stays outside.
  Persons' names that are part of the name of a street, school, clinic, prize or firm
  ("Otto-Hahn-Straße", "Albert-Schweitzer-Gymnasium", "Faber-Castell") are not annotated,
  unless the firm is a sole trader's trade name.
- A name inside a file name is one PERSON span over the name parts.
- A name inside an e-mail address is annotated only as the EMAIL_ADDRESS.
- Natural persons' names are annotated wherever they occur: citizens, relatives, deceased
  persons, staff, lawyers, police officers, and the trade names of sole traders.
- A private address is split into STREET_ADDRESS (street + house number + additions such as
  "Whg. 7", "3. OG links", "Hinterhaus") and LOCATION (postal code + town); a town of
  residence or a birthplace standing alone is LOCATION. A sole trader is a natural person:
  the trade name, address, phone numbers and mailbox of a sole trader are personal.
- A staff member's direct line and personal mailbox are personal; switchboards, functional
  mailboxes and the addresses, phone numbers and bank accounts of authorities, firms, law
  firms, care homes and associations are not (e.g. a city's IBAN or creditor ID).
- Steuer-ID, Steuernummer and USt-IdNr. of a natural person are DE_TAX_ID.
- File, customer, household, BG, Kindergeld, Kassenzeichen, booking, lost-property and case
  numbers of a citizen's matter (including court and police file numbers) are DE_AKTENZEICHEN; the cue word ("Az.",
  "Kundennummer") stays outside. Council papers, plan numbers, job-ad codes and IT tickets
  are not personal.
- Handelsregister numbers are DE_HANDELSREGISTER (register type + number, court outside).
- IP addresses in logs and form exports are IP_ADDRESS; a network range ("/24") is not.
- ID-card numbers (DE_ID_CARD) are German Personalausweis numbers; passport numbers
  (DE_PASSPORT) may be of any country (German, Ukrainian, Serbian, Chinese, Iranian, ...).
- Only dates of birth are personal; dates of death, appointments and deadlines are not.
- Every further occurrence of an annotated string and of every name part of 3+ letters is
  annotated as well (the checker enforces it); ``allow`` lists name parts that also occur as
  ordinary words (e.g. "Winter" in "im Winter", "Kraft" in "in Kraft") and must stay; such
  surnames therefore only occur in multi-word PERSON spans of their document.
- PII-free documents contain no free-standing name of any person, only office holders by
  role ("der Oberbürgermeister", "die Amtsleitung").
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
from redaction_markup import Corpus  # noqa: E402

OUT = HERE / "corpus.jsonl"
CORPUS = Corpus()
pii = CORPUS.pii
clean = CORPUS.clean

# --------------------------------------------------------------------------------------
# Documents with personal data
# --------------------------------------------------------------------------------------

pii(
    "email",
    """
Von: [[MAIL:emre.yilmaz87@gmx.de]]
An: buergerbuero@bochum.de
Betreff: Ummeldung nach Umzug - Terminfrage

Sehr geehrte Damen und Herren,

ich bin zum 1. des Monats umgezogen, von der [[STR:Herner Straße 214]] in die [[STR:Dorstener Straße 88, 2. OG rechts]], [[LOC:44809 Bochum]]. Online finde ich erst in fünf Wochen einen freien Termin im Bürgerbüro Mitte. Die Frist von zwei Wochen für die Ummeldung kann ich so nicht einhalten. Geht es auch im Bürgerbüro Wattenscheid oder per Post?

Meine Frau [[P:Selin Yılmaz]] und unsere Tochter [[P:Defne]] ziehen mit um. Brauchen wir jeweils einen eigenen Termin oder reicht einer für die ganze Familie? Die Wohnungsgeberbestätigung vom Vermieter habe ich schon.

Sie erreichen mich tagsüber unter [[TEL:0176 2298 4410]].

Mit freundlichen Grüßen
[[P:Emre Yılmaz]]
""",
    keep=["Bürgerbüro Mitte", "Wohnungsgeberbestätigung", "Ummeldung", "Bürgerbüro Wattenscheid"],
)

pii(
    "objection",
    """
[[P:Agnieszka Wójcik]]
[[STR:Castroper Hellweg 41a]]
[[LOC:44805 Bochum]]

Jobcenter Bochum
Team 432
Universitätsstraße 66
44789 Bochum

Bochum, 14.10.2024

BG-Nummer: [[AZ:36202BG0117734]]
Kundennummer: [[AZ:362D118842]]

Widerspruch gegen den Aufhebungs- und Erstattungsbescheid vom 26.09.2024

Sehr geehrte Damen und Herren,

hiermit lege ich gegen den oben genannten Bescheid Widerspruch ein. Sie fordern von mir 1.146,30 € zurück, weil ich angeblich mein Einkommen aus dem Minijob in der Bäckerei nicht angegeben habe. Das stimmt nicht. Ich habe die Lohnabrechnungen für Juni und Juli am 8. August persönlich am Empfang abgegeben, die Eingangsbestätigung liegt bei.

Außerdem ist mein Sohn [[P:Kacper]] seit dem 1. Juli in Ausbildung und hat eigenes Einkommen, das haben Sie bei der Berechnung doppelt abgezogen.

Bitte überweisen Sie die einbehaltenen Beträge auf mein neues Konto bei der Sparkasse Bochum:
IBAN [[IBAN:DE52 4305 0001 2008 5694 27]]

Meine Rentenversicherungsnummer, nach der im Formular gefragt wurde: [[RV:12 150385 K 524]]

Für Rückfragen bin ich unter [[TEL:0234 / 58 31 07]] erreichbar, am besten nach 15 Uhr.

Mit freundlichen Grüßen
[[P:A. Wójcik]]

Anlagen: Eingangsbestätigung vom 08.08.2024, Ausbildungsvertrag
""",
    keep=[
        "Jobcenter Bochum",
        "Universitätsstraße 66",
        "Widerspruch",
        "Aufhebungs- und Erstattungsbescheid",
        "Sparkasse Bochum",
    ],
)

pii(
    "phone_note",
    """
TELEFONNOTIZ - Wohngeldstelle
Datum: 03.02.2025, 10:40 Uhr
Aufgenommen von: [[P:Schäfer]] (Durchwahl [[TEL:0209 169-2217]])

Anrufer: Herr [[P:Dieter Vogel]], geb. [[DOB:19.11.1951]]
Anschrift: [[STR:Bismarckstr. 170]], [[LOC:45889 Gelsenkirchen]]
Rückruf: [[TEL:0209 87 44 19]] (Festnetz, vormittags)
Wohngeld-Nr.: [[AZ:WG-2024-08815]]

Anliegen:
Hr. [[P:Vogel]] hat Bescheid über Weiterbewilligung erhalten, Wohngeld sinkt ab März von 214 € auf 156 €. Versteht nicht warum, Rente sei nicht gestiegen. Habe erklärt: Rentenanpassung Juli wurde berücksichtigt + Heizkostenkomponente. Er meint, die Nebenkostenabrechnung der Vivawest (Nachzahlung 380 €) sei nicht berücksichtigt. Liegt uns nicht vor.

Vereinbart:
- Er schickt Nebenkostenabrechnung per Post, ggf. über Tochter (Fr. [[P:Ilona Vogel-Brandt]], [[MAIL:ilona.vb@t-online.de]])
- Danach Neuberechnung prüfen, ggf. Änderungsbescheid
- Hinweis auf Widerspruchsfrist (ein Monat) gegeben

WV: 17.02.2025 / [[P:Schä]]
""",
    keep=[
        "Wohngeldstelle",
        "Heizkostenkomponente",
        "Nebenkostenabrechnung",
        "Widerspruchsfrist",
        "Vivawest",
    ],
)

pii(
    "email",
    """
Von: [[P:Olena K.]] <[[MAIL:olena.kovalenko.kh@ukr.net]]>
An: auslaenderbehoerde@herne.de
Betreff: Verlängerung Aufenthaltserlaubnis § 24 AufenthG - [[P:Kovalenko, Olena]]

Sehr geehrte Damen und Herren,

meine Aufenthaltserlaubnis nach § 24 AufenthG läuft am 04.03.2025 ab. Ich bitte um einen Termin zur Verlängerung für mich und meinen Sohn.

Meine Daten:
Name: [[P:Kovalenko, Olena]] ([[P:Коваленко Олена Петрівна]])
Geboren: [[DOB:22.06.1983]] in [[LOC:Charkiw]]
Reisepass: [[PASS:FU418803]]
Adresse: [[STR:Bahnhofstraße 61, Whg. 12]], [[LOC:44623 Herne]]
Telefon: [[TEL:+49 1523 7781094]]

Sohn: [[P:Kovalenko, Maksym]], geb. [[DOB:09.01.2012]], besucht die 7. Klasse am Haranni-Gymnasium.

Ich arbeite seit September in Teilzeit als Pflegehelferin im St. Anna Hospital. Den Arbeitsvertrag und die letzten drei Gehaltsabrechnungen kann ich mitbringen. Brauche ich auch eine neue Meldebescheinigung?

Vielen Dank und freundliche Grüße
[[P:Olena Kovalenko]]
""",
    keep=[
        "§ 24 AufenthG",
        "Haranni-Gymnasium",
        "St. Anna Hospital",
        "Pflegehelferin",
        "Meldebescheinigung",
    ],
)

pii(
    "ocr_letter",
    """
[[P:Hildegard Krarner]]
[[STR:Arnselweg 7]]
[[LOC:96049 Barnberg]]

Stadt Bamberg
Friedhofsverwaltung
Hallstadter StraBe 30
96052 Bamberg

Ihr Zeichen: [[AZ:67.31-0442/19]]

Betr.: Hauptfriedhof, Abteilung 14 - Verlangerung Nutzungs-
recht

Sehr geehrte Darnen und Herren,

rnein Mann [[P:Ernst Krarner]] ist am 2. Mai 1999 verstorben und liegt
im Farniliengrab auf dern Hauptfriedhof, Abteilung 14. Das Nutzungs-
recht lauft laut lhrem Schreiben vorn 12.09. zum Jahresende ab. lch
rnöchte es urn weitere 10 Jahre verlangern, da ich selbst dort bei-
gesetzt werden rnöchte.

Die Gebuhr von 1.240,- EUR kann ich in Raten zahlen? Meine Rente
ist nicht hoch. Bitte buchen Sie vorn Konto ab:
IBAN [[IBAN:DE33 7705 0000 9334 0233 27]]  Sparkasse Barnberg

Mein Neffe [[P:Wo1fgang Sti1ler]] kummert sich urn die Grabpf1ege,
Te1. [[TEL:0951/2 08 47 13]]. Er hat auch eine Vol1rnacht.

Mit freund1ichen Grußen

[[P:H. Krarner]]
geb. [[DOB:O3.O4.1938]]
""",
    keep=[
        "Friedhofsverwaltung",
        "Hauptfriedhof",
        "Abteilung 14",
        "Grabpf1ege",
        "Hallstadter StraBe 30",
    ],
)

pii(
    "letter",
    """
Stadt Gelsenkirchen · Referat Öffentliche Sicherheit und Ordnung · Verkehrsüberwachung
Postfach 10 01 01 · 45801 Gelsenkirchen

Herrn
[[P:Marvin Kowalski]]
[[STR:Hochstraße 23]]
[[LOC:45894 Gelsenkirchen]]

Aktenzeichen: [[AZ:703.21.118834.7]]
Kennzeichen: [[KFZ:GE-MK 412]]
Geburtsdatum: [[DOB:07.05.1996]]
Sachbearbeitung: Frau [[P:Tenbrink]], Zimmer 2.14
Telefon: [[TEL:0209 169-4478]]
Servicezeiten: Mo-Do 8-15 Uhr, Fr 8-12 Uhr

Anhörung im Bußgeldverfahren

Sehr geehrter Herr [[P:Kowalski]],

Ihnen wird vorgeworfen, am 11.11.2024 um 08:52 Uhr in Gelsenkirchen-Buer, Horster Straße Höhe Haus-Nr. 40, als Führer des Pkw VW Golf, amtliches Kennzeichen [[KFZ:GE-MK 412]], die zulässige Höchstgeschwindigkeit innerhalb geschlossener Ortschaften um 18 km/h überschritten zu haben.

Zulässige Geschwindigkeit: 30 km/h
Festgestellte Geschwindigkeit (nach Toleranzabzug): 48 km/h
§ 41 Abs. 1 i. V. m. Anlage 2, § 49 StVO; § 24 Abs. 1, 3 Nr. 5 StVG; 11.3.4 BKat
Regelsatz: 70,00 €

Sie haben Gelegenheit, sich zu dem Vorwurf zu äußern. Es steht Ihnen frei, sich zur Sache zu äußern oder nicht. Falls Sie das Fahrzeug nicht selbst geführt haben, teilen Sie uns bitte Namen und Anschrift der Person mit, die gefahren ist. Senden Sie den Anhörungsbogen bitte innerhalb einer Woche zurück.

Ein Beweisfoto können Sie unter Angabe des Aktenzeichens online einsehen.

Mit freundlichen Grüßen
Im Auftrag
[[P:Tenbrink]]
""",
    keep=[
        "Verkehrsüberwachung",
        "Postfach 10 01 01",
        "Horster Straße Höhe Haus-Nr. 40",
        "Höchstgeschwindigkeit",
        "Regelsatz: 70,00 €",
    ],
)

pii(
    "email_chain",
    """
Von: [[P:Böhm, Sandra]] <[[MAIL:sandra.boehm@oberhausen.de]]>
Gesendet: Dienstag, 21. Januar 2025 09:14
An: Ordnungsamt Allgemein <ordnungsamt@oberhausen.de>
Cc: [[P:Lukas Drees]] <[[MAIL:lukas.drees@oberhausen.de]]>
Betreff: WG: Lärmbelästigung [[STR:Mülheimer Str. 112]] - bitte übernehmen

Hallo zusammen,

zuständigkeitshalber weitergeleitet, die Beschwerde kam beim Bürgerbüro Sterkrade an. Bitte Vorgang anlegen.

Viele Grüße
[[P:Sandra Böhm]]
Bürgerbüro Sterkrade
Stadt Oberhausen
Telefon [[TEL:0208 825-3391]]
Zentrale 0208 825-0

-----Ursprüngliche Nachricht-----
Von: [[P:Heinz-Jürgen Lipinski]] <[[MAIL:hj.lipinski@web.de]]>
Gesendet: Sonntag, 19. Januar 2025 23:48
An: buergerbuero@oberhausen.de
Betreff: Lärmbelästigung [[STR:Mülheimer Str. 112]]

Sehr geehrte Damen und Herren,

ich wohne in der [[STR:Mülheimer Str. 112, 1. OG links]], [[LOC:46045 Oberhausen]]. Seit Oktober wohnt über mir Familie [[P:Kaya]]. Fast jede Nacht wird bis 1 oder 2 Uhr laut Musik gehört, am Wochenende auch mit Gästen auf dem Balkon. Ich habe mehrfach geklingelt, Herr [[P:Kaya]] sagt nur, ich soll mich nicht so anstellen. Der Hausverwaltung (Immobilien Ruhr Service GmbH) habe ich schon zweimal geschrieben, passiert ist nichts.

Ich bin 71 Jahre alt und herzkrank. Ein Lärmprotokoll seit dem 1. Dezember hänge ich an (Laermprotokoll_[[P:Lipinski]].pdf).

Bitte schicken Sie jemanden vorbei.

[[P:Heinz-Jürgen Lipinski]]
Tel. [[TEL:0208 6 21 09 84]]
""",
    keep=[
        "Bürgerbüro Sterkrade",
        "Zentrale 0208 825-0",
        "ordnungsamt@oberhausen.de",
        "Immobilien Ruhr Service GmbH",
        "Lärmprotokoll",
    ],
)

pii(
    "internal_note",
    """
Stadt Chemnitz - Amt für Jugend und Familie
Allgemeiner Sozialer Dienst, Sozialraum Nord

AKTENVERMERK (vertraulich, § 65 SGB VIII)

Az.: [[AZ:51.2-ASD-N-2025/0173]]
Betroffene Kinder: [[P:Leonie Bachmann]], geb. [[DOB:14.08.2019]]; [[P:Finn Bachmann]], geb. [[DOB:30.03.2022]]
Sorgeberechtigt: Mutter [[P:Jacqueline Bachmann]]; Vater [[P:Kevin Rößler]] (getrennt lebend, zuletzt wohnhaft in [[LOC:Zwickau]])
Anschrift: [[STR:Zeisigwaldstraße 96]], [[LOC:09130 Chemnitz]]

Anlass: Meldung der Kita „Zwergenland" (Leitung) vom 06.03.2025. [[P:Leonie]] kommt seit zwei Wochen wiederholt ohne Frühstück und in nicht witterungsgerechter Kleidung, [[P:Finn]] wurde seit 10 Tagen nicht gebracht.

Hausbesuch am 07.03.2025, 14:30 Uhr, durch Frau [[P:Liebscher]] und Herrn [[P:Oertel]] (beide ASD).
Frau [[P:Bachmann]] öffnete nach mehrmaligem Klingeln. Wohnung aufgeräumt, Kühlschrank nur spärlich gefüllt. Sie gab an, seit Januar wegen der Trennung „nicht mehr klarzukommen", das Jobcenter habe Zahlungen wegen fehlender Unterlagen eingestellt. [[P:Finn]] war anwesend, wirkte altersgerecht entwickelt, leichter Husten.

Vereinbarungen:
1. Frau [[P:Bachmann]] reicht bis 14.03. die fehlenden Unterlagen beim Jobcenter ein; ASD unterstützt (Termin vermittelt).
2. [[P:Finn]] besucht ab Montag wieder die Kita.
3. Anbindung an die Erziehungsberatungsstelle (Angebot angenommen).
4. Kontrollbesuch in zwei Wochen.

Einschätzung: derzeit keine akute Kindeswohlgefährdung, aber Unterstützungsbedarf (Hilfe zur Erziehung prüfen).

Chemnitz, 07.03.2025
[[P:Liebscher]], Sozialarbeiterin, App. [[TEL:488-5124]]
""",
    keep=[
        "Allgemeiner Sozialer Dienst",
        "§ 65 SGB VIII",
        "Erziehungsberatungsstelle",
        "Kindeswohlgefährdung",
        "Zwergenland",
    ],
)

pii(
    "invoice",
    """
Malerbetrieb [[P:Krzysztof Nowak]]
Meisterbetrieb für Maler- und Lackierarbeiten
[[STR:Overwegstraße 15]] · [[LOC:44625 Herne]]
Tel. [[TEL:02323 / 94 17 60]] · Mobil [[TEL:0171 / 4 83 29 05]]
[[MAIL:info@maler-nowak-herne.de]]

Stadt Herne
Fachbereich Gebäudemanagement
Rathausstraße 6
44649 Herne

RECHNUNG Nr. 2025-031
Rechnungsdatum: 28.02.2025
Leistungszeitraum: 10.02.-21.02.2025
Ihre Bestellung: BANF 4500218873 vom 15.01.2025
Objekt: Grundschule Kunterbunt, Flur EG und Treppenhaus

Pos. Leistung                                   Menge     EP €       GP €
1    Wandflächen reinigen, spachteln, schleifen  312 m²    4,20   1.310,40
2    Dispersionsanstrich 2-fach, weiß            312 m²    6,80   2.121,60
3    Handlauf Treppenhaus lackieren (RAL 5010)    48 lfm  11,50     552,00
4    Abdeckarbeiten, Baustelleneinrichtung         1 psch 240,00     240,00
                                                  Netto           4.224,00
                                                  19 % USt.         802,56
                                                  Gesamt          5.026,56

Zahlbar innerhalb von 14 Tagen ohne Abzug.

Bankverbindung: Herner Sparkasse, IBAN [[IBAN:DE53432500302214040864]]
Steuernummer [[TAX:325/5021/1408]] · USt-IdNr. [[TAX:DE284615379]]
Inhaber: [[P:Krzysztof Nowak]], Malermeister · eingetragener Kaufmann, Amtsgericht Bochum [[HR:HRA 6618]]
""",
    keep=[
        "Fachbereich Gebäudemanagement",
        "Rathausstraße 6",
        "BANF 4500218873",
        "Grundschule Kunterbunt",
        "Dispersionsanstrich",
    ],
)

pii(
    "webform",
    """
=== Formularübermittlung: Sperrmüllanmeldung (Online-Service) ===
Formular-ID: SPM-ONLINE-v3
Eingang: 2025-04-02T19:47:13+02:00
Übermittelt von IP: [[IP:91.64.203.118]]
Vorgangsnummer: [[AZ:SPM-25-0044710]]

[Antragsteller]
Anrede: Frau
Vorname: [[P:Dragana]]
Nachname: [[P:Petrović]]
Straße / Hausnummer: [[STR:Westfalenstraße 51]]
Adresszusatz: [[STR:Hinterhaus, 2. Etage]]
PLZ: [[LOC:45657]]
Ort: [[LOC:Recklinghausen]]
Telefon: [[TEL:+49 2361 9 04 33 71]]
E-Mail: [[MAIL:d.petrovic@gmx.net]]

[Abholung]
Gewünschter Zeitraum: KW 16
Stellplatz: vor dem Haus, Gehweg
Gegenstände:
  - Kleiderschrank, zerlegt (3 Teile)
  - Matratze 140x200
  - 2 Stühle
  - Teppich, gerollt
Elektrogeräte: nein
Geschätztes Volumen: ca. 3 m³

[Hinweise]
Bemerkung Antragsteller: "bitte nicht vor 9 uhr klingeln, ich arbeite nachtschicht. meine nachbarin frau [[P:jankowski]] weiß bescheid und kann auch aufmachen."
Datenschutzhinweis akzeptiert: ja
Bestätigungsmail versandt: ja
""",
    keep=[
        "Sperrmüllanmeldung",
        "SPM-ONLINE-v3",
        "Kleiderschrank, zerlegt",
        "Datenschutzhinweis akzeptiert",
    ],
)

pii(
    "email",
    """
Von: [[P:Tobias Engel]] <[[MAIL:tobi.engel@posteo.de]]>
An: standesamt@stadt-chemnitz.de
Betreff: Anmeldung Eheschließung - benötigte Unterlagen bei ausländischer Verlobter

Guten Tag,

meine Verlobte und ich möchten im Sommer in Chemnitz heiraten (gern im Trauzimmer im Schloßbergmuseum) und die Eheschließung anmelden. Könnten Sie uns sagen, welche Unterlagen wir genau brauchen?

Ich: [[P:Tobias Engel]], geb. [[DOB:02.12.1990]] in [[LOC:Karl-Marx-Stadt]], deutsch, ledig, Personalausweis [[ID:LF7X2RT49]]
Sie: [[P:Marija Stojanović]] ([[P:Марија Стојановић]]), geb. [[DOB:17.04.1993]] in [[LOC:Niš]], serbische Staatsangehörige, ledig, Reisepass [[PASS:011872345]]

Wir wohnen zusammen in der [[STR:Reichenhainer Straße 41, Whg. 9]], [[LOC:09126 Chemnitz]]. [[P:Marija]] ist seit 2021 hier gemeldet und arbeitet an der TU als wissenschaftliche Mitarbeiterin.

Braucht [[P:Marija]] ein Ehefähigkeitszeugnis aus Serbien oder reicht eine Befreiung durch das Oberlandesgericht Dresden? Die Geburtsurkunde hat sie im Original mit Apostille (internationale Form), muss die noch übersetzt werden?

Am liebsten hätten wir einen Termin an einem Freitag im Juli. Telefonisch bin ich unter [[TEL:0371 / 3 35 82 16]] oder mobil unter [[TEL:0157 31 90 27 44]] erreichbar.

Viele Grüße
[[P:Tobias Engel]]
""",
    keep=[
        "Schloßbergmuseum",
        "Ehefähigkeitszeugnis",
        "Oberlandesgericht Dresden",
        "Apostille",
        "standesamt@stadt-chemnitz.de",
    ],
)

pii(
    "form",
    """
STADT ZWICKAU - Steuer- und Kassenamt, Sachgebiet Hundesteuer
Anmeldung eines Hundes zur Hundesteuer (ausgefüllt eingegangen am 12.05.2025)

1. Halter/in
Name, Vorname: [[P:Schubert, Ronny]]
Geburtsdatum: [[DOB:23.09.1979]]
Anschrift: [[STR:Crimmitschauer Str. 66]], [[LOC:08058 Zwickau]]
Telefon (freiwillig): [[TEL:0375/2718830]]
E-Mail (freiwillig): [[MAIL:ronny.schubert79@freenet.de]]

2. Angaben zum Hund
Rufname: Luna
Rasse: Labrador-Mischling    Geschlecht: Hündin    Farbe: schwarz
Wurftag: 03/2024    gehalten seit: 01.05.2025
Herkunft: Tierheim Zwickau e.V.
Chipnummer: 276098106543219
Gefährlicher Hund i. S. d. SächsGefHundG: nein

3. Steuerbefreiung/-ermäßigung beantragt: nein
   (handschriftlich: "gibt es Ermäßigung für Tierheimhunde?")

4. SEPA-Lastschriftmandat
Zahlungsempfänger: Stadt Zwickau, Hauptmarkt 1, 08056 Zwickau
Gläubiger-ID: DE37ZZZ00000109876
Kontoinhaber: [[P:Ronny Schubert]]
Kreditinstitut: Ostsächsische Sparkasse Dresden
IBAN: [[IBAN:DE82 8505 0300 9256 5351 92]]
Mandatsreferenz: wird mit dem Steuerbescheid mitgeteilt

Zwickau, 10.05.2025    Unterschrift: [[P:R. Schubert]]

--- vom Amt auszufüllen ---
Kassenzeichen: [[AZ:5.101.448.903]]
Steuermarke Nr.: 1187
Bearbeitet: [[P:kl]] 13.05.
""",
    keep=[
        "Sachgebiet Hundesteuer",
        "Rufname: Luna",
        "Tierheim Zwickau e.V.",
        "Gläubiger-ID: DE37ZZZ00000109876",
        "Hauptmarkt 1, 08056 Zwickau",
    ],
)

pii(
    "lawyer_letter",
    """
KANZLEI AM JOHANNISPLATZ
Rechtsanwälte · Fachanwälte für Sozialrecht
Johannisplatz 4 · 07545 Gera · Tel. 0365 55 20 90 · kanzlei@ra-johannisplatz.de

Stadt Gera
Fachdienst Soziales
Gagarinstraße 99/101
07545 Gera

vorab per Fax: 0365 838-3009

Ihr Zeichen: [[AZ:50.1-GS-3318/24]]
Unser Zeichen: [[AZ:214/24 BE04]]
Gera, 19.11.2024

Grundsicherung im Alter und bei Erwerbsminderung
hier: [[P:Hêvîn Demir]], geb. [[DOB:01.07.1957]], [[STR:Bieblacher Straße 12]], [[LOC:07546 Gera]]

Sehr geehrte Damen und Herren,

hiermit zeigen wir an, dass uns Frau [[P:Demir]] mit der Wahrnehmung ihrer rechtlichen Interessen beauftragt hat. Eine auf uns lautende Vollmacht liegt an.

Namens und in Vollmacht unserer Mandantin legen wir gegen Ihren Bescheid vom 28.10.2024, mit dem Sie die Leistungen ab dem 01.11.2024 eingestellt haben, Widerspruch ein.

Begründung:
Sie stützen die Einstellung darauf, unsere Mandantin verfüge über verwertbares Vermögen in Form eines Grundstücksanteils in der Türkei. Dieser Anteil (1/6) stammt aus dem Nachlass ihres Vaters; die Erbengemeinschaft ist nicht auseinandergesetzt. Eine Verwertung ist weder rechtlich noch tatsächlich in absehbarer Zeit möglich, das Vermögen ist daher nicht bereit im Sinne des § 90 SGB XII. Der Sohn unserer Mandantin, Herr [[P:Baran Demir]], hat dies bereits bei der Vorsprache am 14.10.2024 erläutert und die türkischen Grundbuchunterlagen vorgelegt.

Wir beantragen,
1. den Bescheid vom 28.10.2024 aufzuheben,
2. die Leistungen ab 01.11.2024 in gesetzlicher Höhe weiterzugewähren,
3. uns gemäß § 25 SGB X Akteneinsicht zu gewähren.

Hilfsweise regen wir die darlehensweise Gewährung nach § 91 SGB XII an.

Mit freundlichen Grüßen

Dr. [[P:Beate Engelhardt]]
Rechtsanwältin
Fachanwältin für Sozialrecht
""",
    keep=[
        "Fachdienst Soziales",
        "Gagarinstraße 99/101",
        "Johannisplatz 4 · 07545 Gera",
        "§ 90 SGB XII",
        "Akteneinsicht",
    ],
)

pii(
    "chat",
    """
Chatprotokoll Bürgerservice-Chat (Export)
Sitzung: 7f3c2a91 · Start 14.05.2025 18:02 · Kanal: Website

18:02 System: Sie sind verbunden mit [[P:Jana]] vom Bürgerservice der Stadt Würzburg.
18:02 [[P:leni_wue]]: hallo, ich hab ne frage zum bewohnerparkausweis
18:03 [[P:Jana]]: Hallo! Gern, worum geht es genau?
18:03 [[P:leni_wue]]: bin letzte woche in die sanderau gezogen, [[STR:friedenstr. 31a]]. bekomm ich da einen für zone S?
18:04 [[P:Jana]]: Das hängt von der Hausnummer ab, die Zonen sind straßenabschnittsweise festgelegt. Ist das Fahrzeug schon auf die neue Adresse umgemeldet?
18:05 [[P:leni_wue]]: nee das auto läuft noch auf meinen freund, [[P:marco]]. kennzeichen [[KFZ:KT-MR 77]], der wohnt noch in [[LOC:kitzingen]]
18:06 [[P:Jana]]: Dann leider nicht direkt: Der Ausweis wird nur für Fahrzeuge ausgestellt, die auf Sie zugelassen sind oder die Sie nachweislich dauerhaft nutzen (z. B. Firmenwagen oder mit Überlassungserklärung des Halters).
18:06 [[P:leni_wue]]: achso und wenn er mir so ne erklärung schreibt?
18:07 [[P:Jana]]: Das geht, die Vorlage "Nutzungsüberlassung" finden Sie auf unserer Seite. Dazu brauchen wir Ihre Meldebestätigung und den Fahrzeugschein.
18:08 [[P:leni_wue]]: ok. mein name ist [[P:Helena Wolf]] falls das wichtig ist, geb [[DOB:3.2.2001]]
18:08 [[P:Jana]]: Danke, Frau [[P:Wolf]]. Für den Chat brauche ich keine Daten, den Antrag stellen Sie bitte online. Die Gebühr beträgt 30 € pro Jahr.
18:09 [[P:leni_wue]]: super danke!!
18:09 System: Der Chat wurde beendet. Bewertung: 5/5
""",
    keep=["Bürgerservice-Chat", "Nutzungsüberlassung", "Fahrzeugschein", "30 € pro Jahr", "zone S"],
)

pii(
    "police_letter",
    """
Polizeidirektion Zwickau
Polizeirevier Zwickau
Sachgebiet Verkehr
Schillerstraße 5 · 08056 Zwickau

Stadt Zwickau
Fahrerlaubnisbehörde
- per Behördenpost -

Tagebuch-Nr.: [[AZ:PR-Z/0188427/2025]]
Datum: 23.04.2025
Bearbeiter: POK [[P:Seidel]], Tel. [[TEL:0375 428-2231]]

Mitteilung gem. § 2 Abs. 12 StVG
Hinweise auf Ungeeignetheit zum Führen von Kraftfahrzeugen

Betroffene Person:
Name: [[P:Hartmann]]
Vorname: [[P:Dennis Kevin]]
geb.: [[DOB:11.02.2003]] in [[LOC:Werdau]]
wohnhaft: [[STR:Marienthaler Straße 140]], [[LOC:08060 Zwickau]]
Ausweis: Personalausweis Nr. [[ID:L8HM3RC27]]
Fahrzeug: Pkw Opel Corsa, amtl. Kennzeichen [[KFZ:Z-DH 1103]]

Sachverhalt:
Am 19.04.2025 gegen 01:35 Uhr wurde der Betroffene im Rahmen einer allgemeinen Verkehrskontrolle auf der B 93, Höhe Abzweig Glauchauer Straße, als Fahrzeugführer angehalten. Die Beamten stellten gerötete Augen und eine verzögerte Pupillenreaktion fest. Ein freiwilliger Drugwipe-Test verlief positiv auf THC. Die Blutentnahme wurde durch den Bereitschaftsarzt im Heinrich-Braun-Klinikum um 02:20 Uhr durchgeführt. Das Ergebnis der toxikologischen Untersuchung steht noch aus.

Der Betroffene räumte ein, am Vorabend „einen Joint" geraucht zu haben. Beifahrer war [[P:Nico Lorenz]], geb. [[DOB:28.08.2002]], ebenfalls wohnhaft in [[LOC:Werdau]].

Ein Ordnungswidrigkeitenverfahren nach § 24a StVG wurde eingeleitet. Um Prüfung fahrerlaubnisrechtlicher Maßnahmen wird gebeten.

Im Auftrag
[[P:Seidel]], POK
""",
    keep=[
        "Fahrerlaubnisbehörde",
        "§ 2 Abs. 12 StVG",
        "Heinrich-Braun-Klinikum",
        "Glauchauer Straße",
        "Drugwipe-Test",
    ],
)

pii(
    "minutes",
    """
Stadt Plauen - Fachgebiet Tiefbau
Niederschrift über die Anliegerinformation zum grundhaften Ausbau der Rähnisstraße (Abschnitt Wiesenstraße bis Neundorfer Straße)

Ort: Festhalle Plauen, Kleiner Saal
Datum: 12.03.2025, 18:00-19:50 Uhr
Leitung: Frau [[P:Ulbricht]] (Fachgebietsleiterin Tiefbau)
Protokoll: Herr [[P:Wendler]]

Anwesend seitens der Verwaltung und Planung:
- [[P:Kathrin Ulbricht]], Fachgebiet Tiefbau
- [[P:Jörg Wendler]], Fachgebiet Tiefbau
- [[P:Sven Löffler]], Ingenieurbüro Vogtlandplan (Planung)

Anwesende Anlieger (lt. Anwesenheitsliste 23 Personen; Auszug: Personen mit Wortmeldung):
- [[P:Gisela Mothes]], [[STR:Rähnisstraße 14]]
- [[P:Andreas Pöhland]], [[STR:Rähnisstraße 22]]
- [[P:Thi Huong Tran]] und [[P:Van Long Tran]], [[STR:Rähnisstraße 31]] (Inhaber Asia-Imbiss)
- [[P:Peter Mucha]], Eigentümergemeinschaft [[STR:Rähnisstraße 5-7]]

TOP 1 Vorstellung der Planung
Herr [[P:Löffler]] stellt die Planung vor: Erneuerung von Fahrbahn, Gehwegen und Straßenbeleuchtung, Einbau von 6 Baumscheiben, Bauzeit voraussichtlich Mai bis November 2025, halbseitige Sperrung mit Ampelregelung.

TOP 2 Fragen der Anlieger
Frau [[P:Mothes]] fragt, ob die Zufahrt zu ihrer Garage während der Bauzeit möglich bleibt. Antwort Frau [[P:Ulbricht]]: Zufahrten werden abschnittsweise jeweils nur wenige Tage gesperrt, Information vorab per Handzettel.
Herr [[P:Pöhland]] kritisiert, dass Parkplätze wegfallen (Bestand 41, Planung 33). Herr [[P:Löffler]]: Der Wegfall ist wegen der Baumscheiben und Sichtdreiecke notwendig.
Frau [[P:Tran]] bittet darum, dass der Imbiss erreichbar bleibt und Lieferverkehr morgens bis 10 Uhr zugelassen wird. Wird geprüft.
Herr [[P:Mucha]] fragt nach Straßenausbaubeiträgen. Antwort: Die Stadt Plauen erhebt keine Straßenausbaubeiträge; den Anliegern entstehen keine Kosten.

TOP 3 Sonstiges
Rückfragen bitte an tiefbau@plauen.de oder über das Bürgertelefon 03741 291-0.

gez. [[P:Wendler]]
""",
    keep=[
        "Festhalle Plauen",
        "Neundorfer Straße",
        "Straßenausbaubeiträge",
        "tiefbau@plauen.de",
        "03741 291-0",
        "Vogtlandplan",
    ],
)

pii(
    "csv",
    """
# Export aus Fachverfahren WOGE, Stadt Pforzheim, Amt für Soziales und Wohnen, Stand 07.04.2025
# Filter: Status = "Unterlagen angefordert", Frist überschritten
aktenzeichen;name;vorname;geburtsdatum;strasse;plz_ort;telefon;iban;fehlend;frist
[[AZ:WG-PF-24-3391]];[[P:Esposito]];[[P:Giovanni]];[[DOB:1962-08-14]];[[STR:Östliche Karl-Friedrich-Str. 118]];[[LOC:75175 Pforzheim]];[[TEL:07231 4 61 88 02]];[[IBAN:DE32666500854717570081]];Mietbescheinigung;2025-03-21
[[AZ:WG-PF-24-3417]];[[P:Schmid]];[[P:Erika]];[[DOB:1948-01-30]];[[STR:Kelterstr. 23]];[[LOC:75179 Pforzheim]];;[[IBAN:DE06500105171700079220]];Rentenbescheid 2025;2025-03-28
[[AZ:WG-PF-25-0052]];[[P:Amiri]];[[P:Farid]];[[DOB:1991-11-02]];[[STR:Weiherstr. 40]];[[LOC:75173 Pforzheim]];[[TEL:0176-55203187]];[[IBAN:DE90120300003201134895]];Lohnnachweise 12/24-02/25;2025-03-31
[[AZ:WG-PF-25-0108]];[[P:Kuznetsova]];[[P:Anastasia]];[[DOB:1987-05-19]];[[STR:Kaiser-Friedrich-Str. 7]];[[LOC:75172 Pforzheim]];[[TEL:+4915118842209]];[[IBAN:DE66200411335285812088]];Kontoauszüge;2025-04-02
[[AZ:WG-PF-25-0131]];[[P:Öztürk]];[[P:Hatice]];[[DOB:1975-02-27]];[[STR:Eutinger Str. 96 Whg 3]];[[LOC:75175 Pforzheim]];[[TEL:07231 1559021]];;Kindergeldbescheid;2025-04-04
# 5 Datensätze
""",
    keep=[
        "Fachverfahren WOGE",
        "Amt für Soziales und Wohnen",
        "Mietbescheinigung",
        "Rentenbescheid 2025",
        "Kindergeldbescheid",
    ],
)

pii(
    "email_chain",
    """
Von: [[P:Nadine Hummel]] <[[MAIL:nadine.hummel@ws-pforzheim.de]]>
An: [[P:Giulia Russo]] <[[MAIL:giulia.russo.pf@gmail.com]]>
Datum: 09.05.2025, 11:26
Betreff: AW: Gründung Eiscafé in der Innenstadt - welche Genehmigungen?

Liebe Frau [[P:Russo]],

vielen Dank für Ihre Anfrage. Gern unterstütze ich Sie bei der Gründung. Kurz zu Ihren Fragen:

1. Gewerbeanmeldung: online über das Serviceportal oder im Bürgeramt, Gebühr 30 €. Als Einzelunternehmerin brauchen Sie keinen Handelsregistereintrag, solange kein in kaufmännischer Weise eingerichteter Geschäftsbetrieb erforderlich ist.
2. Gaststättenrecht: Für ein Eiscafé ohne Alkoholausschank genügt die Gewerbeanzeige; wenn Sie Alkohol ausschenken, brauchen Sie zusätzlich eine Gaststättenerlaubnis.
3. Außenbestuhlung: Dafür ist eine Sondernutzungserlaubnis erforderlich. Bitte frühzeitig beantragen, die Bearbeitung dauert 4-6 Wochen.
4. Lebensmittelhygiene: Registrierung als Lebensmittelunternehmerin bei der Lebensmittelüberwachung, außerdem Belehrung nach § 43 IfSG beim Gesundheitsamt.
5. Finanzierung: Startfinanzierung80 der L-Bank, ggf. Gründungszuschuss über die Agentur für Arbeit, kostenlose Beratung bei der IHK Nordschwarzwald.

Gern können wir uns auch zu einem Erstgespräch treffen, z. B. am 20.05. um 10 Uhr bei uns im Büro.

Herzliche Grüße
[[P:Nadine Hummel]]
Gründungsberatung
WSP Wirtschaft und Stadtmarketing Pforzheim
Westliche Karl-Friedrich-Straße 4
Tel. [[TEL:07231 39-2874]] | info@ws-pforzheim.de

-----Ursprüngliche Nachricht-----
Von: [[P:Giulia Russo]] <[[MAIL:giulia.russo.pf@gmail.com]]>
Gesendet: Mittwoch, 7. Mai 2025 22:05
An: info@ws-pforzheim.de
Betreff: Gründung Eiscafé in der Innenstadt - welche Genehmigungen?

Buonasera,

ich heiße [[P:Giulia Russo]], bin 34, komme aus [[LOC:Salerno]] und habe 8 Jahre in der Gelateria meiner Familie gearbeitet. Jetzt möchte ich in Pforzheim ein kleines Eiscafé eröffnen, ich habe ein Ladenlokal in der Leopoldstraße in Aussicht (ca. 60 m², früher Handyladen). Mein Partner [[P:Luca Ferraro]] würde als Minijobber mithelfen.

Was muss ich alles anmelden? Brauche ich eine Konzession? Und kann ich draußen Tische aufstellen?

Meine Handynummer: [[TEL:+39 347 512 8840]] (italienisch) oder [[TEL:0152 0417 3362]].

Grazie mille
[[P:Giulia]]
""",
    keep=[
        "Sondernutzungserlaubnis",
        "IHK Nordschwarzwald",
        "Leopoldstraße",
        "info@ws-pforzheim.de",
        "Westliche Karl-Friedrich-Straße 4",
        "Startfinanzierung80",
    ],
)

pii(
    "letter",
    """
Stadt Offenburg
Fachbereich Bauservice - Baurechtsbehörde
Wilhelmstraße 12 · 77654 Offenburg

Herrn und Frau
[[P:Matthias Brenner]] und [[P:Aylin Brenner-Doğan]]
[[STR:Lange Straße 49]]
[[LOC:77652 Offenburg]]

Ihr Antrag vom: 03.02.2025
Aktenzeichen: [[AZ:BG 0147/2025-Wn]]
Ansprechpartnerin: Frau [[P:Weinmann]]
Telefon: [[TEL:0781 82-2563]]
E-Mail: [[MAIL:s.weinmann@offenburg.de]]
Datum: 26.02.2025

Bauvorhaben: Neubau eines Einfamilienhauses mit Doppelgarage
Baugrundstück: [[STR:Im Kleinfeld 18]], [[LOC:77656 Offenburg-Elgersweier]]
Entwurfsverfasser: Dipl.-Ing. (FH) [[P:Jochen Kiefer]], Freier Architekt, Ortenberg

Sehr geehrte Frau [[P:Brenner-Doğan]], sehr geehrter Herr [[P:Brenner]],

Ihr Bauantrag ist am 05.02.2025 bei uns eingegangen. Bei der Vollständigkeitsprüfung haben wir festgestellt, dass folgende Unterlagen fehlen bzw. zu ergänzen sind:

1. Lageplan (schriftlicher Teil) mit Angaben zu den Abstandsflächen nach § 5 LBO,
2. Nachweis der notwendigen Stellplätze nach der Stellplatzsatzung,
3. Entwässerungsgesuch mit Grundleitungsplan,
4. Unterschrift aller Bauherren auf dem Antragsformular (fehlt bei Frau [[P:Brenner-Doğan]]).

Das Grundstück liegt im Geltungsbereich des Bebauungsplans Kleinfeld-Süd (Nr. 118). Die festgesetzte Dachneigung von 25-35° wird mit den geplanten 38° überschritten; hierfür ist ein Antrag auf Befreiung nach § 31 Abs. 2 BauGB mit Begründung erforderlich.

Bitte reichen Sie die Unterlagen innerhalb von vier Wochen nach Zugang dieses Schreibens ein. Die Bearbeitungsfristen beginnen erst mit Vollständigkeit der Unterlagen. Eine Kopie dieses Schreibens erhält Ihr Entwurfsverfasser, Herr [[P:Kiefer]].

Mit freundlichen Grüßen
[[P:Sabine Weinmann]]
""",
    keep=[
        "Baurechtsbehörde",
        "Wilhelmstraße 12",
        "Kleinfeld-Süd",
        "Stellplatzsatzung",
        "§ 31 Abs. 2 BauGB",
    ],
)

pii(
    "court_letter",
    """
Amtsgericht Pforzheim
- Betreuungsgericht -
Lindenstraße 8, 75175 Pforzheim

Geschäftsnummer: [[AZ:3 XVII 214/25]]
Bitte bei allen Schreiben angeben

Stadt Pforzheim
Betreuungsbehörde
im Hause Amt für Soziales und Wohnen

Pforzheim, 14.04.2025

Betreuungssache
[[P:Keller, Waltraud]], geb. [[DOB:06.10.1936]]
zuletzt wohnhaft: [[STR:Zerrennerstraße 31]], [[LOC:75172 Pforzheim]]
derzeitiger Aufenthalt: Helios Klinikum Pforzheim, Station 4B

Sehr geehrte Damen und Herren,

in der vorbezeichneten Betreuungssache hat die Nichte der Betroffenen, Frau [[P:Simone Hartlieb]], [[STR:Im Steinig 7]], [[LOC:75228 Ispringen]], Tel. [[TEL:07231 8 33 90 14]], die Einrichtung einer Betreuung angeregt. Nach dem beigefügten ärztlichen Attest des Stationsarztes Dr. [[P:Okonkwo]] besteht bei der Betroffenen eine fortgeschrittene Demenz; eine Vorsorgevollmacht existiert nach Auskunft des Zentralen Vorsorgeregisters nicht.

Die Betreuungsbehörde wird gebeten, gemäß § 11 BtOG binnen vier Wochen einen Bericht (Sozialbericht) zu erstatten, insbesondere zu
- der persönlichen, gesundheitlichen und sozialen Situation der Betroffenen,
- der Erforderlichkeit der Betreuung einschließlich vorrangiger anderer Hilfen,
- der Eignung von Frau [[P:Hartlieb]] als Betreuerin bzw. Vorschlägen für einen Berufsbetreuer,
- den Aufgabenkreisen (voraussichtlich Gesundheitssorge, Aufenthaltsbestimmung, Vermögenssorge, Behördenangelegenheiten).

Die persönliche Anhörung der Betroffenen ist für den 12.05.2025 vorgesehen.

[[P:Lindner]]
Richterin am Amtsgericht

Beglaubigt
[[P:Brändle]], Justizbeschäftigte
""",
    keep=[
        "Betreuungsgericht",
        "Lindenstraße 8, 75175 Pforzheim",
        "§ 11 BtOG",
        "Helios Klinikum Pforzheim",
        "Vorsorgevollmacht",
    ],
)

pii(
    "email",
    """
Von: [[MAIL:nguyen.thi.lan.og@gmail.com]]
An: kita-anmeldung@offenburg.de
Betreff: Anmeldung Kita-Platz für unsere Tochter ab September

Sehr geehrte Damen und Herren,

wir möchten unsere Tochter [[P:Nguyễn Minh Anh]] (geboren am [[DOB:21.10.2022]]) für einen Kita-Platz ab 01.09.2025 anmelden. Unsere Wunsch-Einrichtungen:
1. Kita St. Josef (kath.) in der Nordweststadt
2. Städtische Kita Albersbösch
3. Kinderhaus Sonnenschein

Wir brauchen eine Ganztagsbetreuung, die verlängerten Öffnungszeiten bis 14 Uhr reichen nicht, weil wir beide Vollzeit arbeiten: Ich bin Pflegefachkraft im Ortenau Klinikum, mein Mann [[P:Trần Văn Hùng]] arbeitet als Koch in einem Restaurant in der Innenstadt, oft bis spät abends.

Unsere Adresse: [[STR:Otto-Hahn-Straße 22]], [[LOC:77656 Offenburg]]
Telefon: [[TEL:0781 / 9 48 27 70]], mobil [[TEL:0176 4419 0563]]

[[P:Minh Anh]] spricht zu Hause Vietnamesisch und Deutsch. Sie ist gesund, die Masernimpfung ist im Impfpass nachgewiesen.

Können Sie uns sagen, wann wir mit einer Zusage rechnen können?

Mit freundlichen Grüßen
[[P:Nguyễn Thị Lan]]
""",
    keep=[
        "Kita St. Josef",
        "Städtische Kita Albersbösch",
        "Ganztagsbetreuung",
        "Ortenau Klinikum",
        "Masernimpfung",
    ],
)

pii(
    "letter",
    """
[[P:Joanna Zielińska-Becker]]
[[STR:Pfaffstraße 15]]
[[LOC:67655 Kaiserslautern]]
Tel. [[TEL:0631 3 10 47 88]]

An die
Stadtverwaltung Kaiserslautern
Referat Schulen
Willy-Brandt-Platz 1
67657 Kaiserslautern

Kaiserslautern, 02.06.2025

Antrag auf Schulwechsel
Schüler: [[P:Jakub Becker]], geb. [[DOB:11.03.2014]], derzeit Klasse 5b, Integrierte Gesamtschule Goetheschule

Sehr geehrte Damen und Herren,

ich beantrage für meinen Sohn [[P:Jakub]] den Wechsel zum Schuljahr 2025/26 an das Albert-Schweitzer-Gymnasium in die Klassenstufe 6.

[[P:Jakub]] hat im Halbjahreszeugnis in allen Hauptfächern die Note 1 oder 2; seine Klassenlehrerin, Frau [[P:Dahlem]], unterstützt den Wechsel ausdrücklich (Stellungnahme liegt bei). Er möchte Latein als zweite Fremdsprache lernen, was an seiner jetzigen Schule nicht angeboten wird. Außerdem ist der Schulweg kürzer: Mit der Buslinie 105 sind es nur 12 Minuten.

Der Vater, Herr [[P:Michael Becker]], ist mit dem Wechsel einverstanden (gemeinsames Sorgerecht), seine Einverständniserklärung liegt ebenfalls bei. Er wohnt in [[LOC:Landstuhl]].

Über eine baldige Entscheidung würde ich mich freuen, da das Gymnasium die Anmeldung nur bis Ende Juni annimmt.

Mit freundlichen Grüßen
[[P:Joanna Zielińska-Becker]]

Anlagen: Halbjahreszeugnis, Stellungnahme der Klassenleitung, Einverständniserklärung
""",
    keep=[
        "Referat Schulen",
        "Willy-Brandt-Platz 1",
        "Albert-Schweitzer-Gymnasium",
        "Goetheschule",
        "Buslinie 105",
    ],
)

pii(
    "email",
    """
Von: [[P:WANG Xiaoming]] <[[MAIL:xiaoming.wang@fau.de]]>
An: auslaenderbehoerde@stadt.erlangen.de
Cc: Dr. [[P:Ute Sauer]] <[[MAIL:ute.sauer@fau.de]]>
Datum: Mo., 16. Juni 2025, 08:51
Betreff: Aufenthaltserlaubnis läuft am 30.06. ab - kein Termin frei

Sehr geehrte Damen und Herren,

mein Name ist [[P:Xiaoming Wang]] ([[P:王小明]]), ich studiere im Master Elektrotechnik an der FAU Erlangen-Nürnberg. Meine Aufenthaltserlaubnis nach § 16b AufenthG ist bis 30.06.2025 gültig. Ich habe am 12. Mai den Verlängerungsantrag über das Kontaktformular geschickt, aber bisher keine Antwort bekommen, und online ist kein Termin frei.

Meine Daten:
Geburtsdatum: [[DOB:1999-03-08]]
Geburtsort: [[LOC:Chengdu]], VR China
Reisepass-Nr.: [[PASS:EJ4821937]]
Anschrift: Studentenwohnheim, [[STR:Hartmannstraße 123, Zi. 412]], [[LOC:91058 Erlangen]]
Handy: [[TEL:+49 176 8452 1190]]

Die Finanzierung ist durch mein Sperrkonto gesichert (IBAN [[IBAN:DE69 3704 0044 7557 7273 37]], monatliche Auszahlung 992 €). Die Immatrikulationsbescheinigung für das Wintersemester und der Notenspiegel sind im Anhang.

Brauche ich eine Fiktionsbescheinigung? Im Juli möchte ich für zwei Wochen meine Eltern in China besuchen. Darf ich dann ausreisen und wieder einreisen?

Frau Dr. [[P:Sauer]] vom International Office weiß Bescheid und ist in Kopie.

Mit freundlichen Grüßen
[[P:Xiaoming Wang]]

Anhänge: Immatrikulation_SoSe25_[[P:Wang_Xiaoming]].pdf; Sperrkonto_Nachweis.pdf
""",
    keep=[
        "§ 16b AufenthG",
        "Fiktionsbescheinigung",
        "International Office",
        "Sperrkonto",
        "FAU Erlangen-Nürnberg",
    ],
)

pii(
    "internal_note",
    """
Stadt Erlangen - Bürgeramt
Vermerk über einen Vorfall im Wartebereich am 04.06.2025

Verfasserin: [[P:Melanie Gebhardt]], Sachbearbeiterin Meldewesen, Schalter 6
Weitere Zeugen: [[P:Stefan Reichel]] (Schalter 7), Sicherheitsdienst [[P:Erkan Doğru]] (Fa. Frankenwacht Security)

Gegen 10:15 Uhr erschien Herr [[P:Ralf Gruber]], geb. [[DOB:22.12.1968]], wohnhaft [[STR:Äußere Brucker Str. 58]], [[LOC:91052 Erlangen]], ohne Termin und verlangte die sofortige Ausstellung eines Reisepasses. Nach dem Hinweis auf die Terminpflicht und die Möglichkeit eines Notfalltermins wurde er laut, beleidigte mich mehrfach und schlug mit der Faust auf den Tresen, wobei das Kartenlesegerät zu Boden fiel (Gehäuse gesprungen, Inventar-Nr. EDV-04471).

Herr [[P:Doğru]] forderte ihn auf, das Gebäude zu verlassen. Da Herr [[P:Gruber]] dem nicht nachkam, wurde um 10:24 Uhr die Polizei über Notruf 110 verständigt. Die Streife der PI Erlangen-Stadt nahm die Personalien auf, Vorgangsnummer [[AZ:BY8413-009921-25/4]]. Herr [[P:Gruber]] verließ um 10:41 Uhr das Gebäude.

Es war das zweite Vorkommnis dieser Art (vgl. Vermerk [[P:Reichel]] vom 17.03.2025).

Vorschlag: Prüfung eines befristeten Hausverbots durch die Amtsleitung; künftige Vorsprachen nur mit Termin und mit dem Sicherheitsdienst in Sichtweite.

Erlangen, 04.06.2025
gez. [[P:M. Gebhardt]]

Verteiler: Amtsleitung 33, Zentrale Dienste (Sachschaden), Personalrat z. K.
""",
    keep=[
        "Terminpflicht",
        "Inventar-Nr. EDV-04471",
        "PI Erlangen-Stadt",
        "Hausverbots",
        "Notruf 110",
    ],
)

pii(
    "email_chain",
    """
Von: [[P:Derya Çelik]] <[[MAIL:derya.celik@outlook.de]]>
Gesendet: Donnerstag, 8. Mai 2025 16:12
An: [[P:Kerstin Pfister]] <[[MAIL:kerstin.pfister@fuerth.de]]>
Betreff: AW: AW: Grundsicherung [[P:Mehmet Ali Çelik]] - Ihr Zeichen [[AZ:50/GS-0921-25]]

Hallo Frau [[P:Pfister]],

anbei wie besprochen der Rentenbescheid der Deutschen Rentenversicherung und die Bescheinigung der türkischen Rentenversicherung (SGK) mit Übersetzung. Die Versicherungsnummer meines Vaters ist [[RV:42110662C136]].

Die türkische Rente (umgerechnet ca. 180 € im Monat) geht auf sein Konto bei der Garanti BBVA, IBAN [[IBAN:TR57 0006 2091 7209 1853 7065 18]]. Die Kontoauszüge der letzten drei Monate von dort und vom Girokonto hier ([[IBAN:DE67700202708253883941]]) sind auch dabei.

Mein Vater ist seit der Operation im Januar dauerhaft voll erwerbsgemindert, der Bescheid darüber ist Anlage 4.

Viele Grüße
[[P:Derya Çelik]]
[[TEL:0911 / 97 34 18 20]]

> Von: [[P:Kerstin Pfister]]
> Gesendet: Montag, 5. Mai 2025 10:03
> Betreff: AW: Grundsicherung [[P:Mehmet Ali Çelik]] - Ihr Zeichen [[AZ:50/GS-0921-25]]
>
> Sehr geehrte Frau [[P:Çelik]],
>
> für die Bearbeitung des Antrags Ihres Vaters, Herrn [[P:Mehmet Ali Çelik]], geb. [[DOB:11.06.1962]], [[STR:Königswarterstraße 70]], [[LOC:90766 Fürth]], fehlen noch:
> - Rentenbescheid DRV (aktuell) und Nachweis über die Rente aus der Türkei
> - Kontoauszüge aller Konten der letzten 3 Monate
> - Bescheid über die volle Erwerbsminderung
>
> Eine Vollmacht Ihres Vaters für Sie liegt uns vor.
>
> Mit freundlichen Grüßen
> Im Auftrag
> [[P:Kerstin Pfister]]
> Stadt Fürth | Sozialamt | Grundsicherung
> Königsplatz 2, 90762 Fürth
> Telefon [[TEL:0911 974-1532]] | Fax 0911 974-1509
> sozialamt@fuerth.de
""",
    keep=[
        "Deutschen Rentenversicherung",
        "Grundsicherung",
        "voll erwerbsgemindert",
        "Königsplatz 2",
        "sozialamt@fuerth.de",
    ],
)

pii(
    "letter",
    """
Stadt Bamberg · Stadtkämmerei · Steueramt · Maximiliansplatz 3 · 96047 Bamberg

Herrn
[[P:Thomas Hofmann]]
Schreinerei [[P:Hofmann]] e.K.
[[STR:Memmelsdorfer Straße 211]]
[[LOC:96052 Bamberg]]

Kassenzeichen: [[AZ:6.1200.337845.2]]
Steuernummer: [[TAX:207/233/40158]]
Handelsregister: Amtsgericht Bamberg, [[HR:HRA 11482]]
Auskunft erteilt: Herr [[P:Dippold]], Zimmer 108, Tel. [[TEL:0951 87-1423]]
Datum: 18.03.2025

Gewerbesteuer 2023 - Ihr Antrag auf Stundung vom 03.03.2025

Sehr geehrter Herr [[P:Hofmann]],

mit Bescheid vom 14.02.2025 wurde die Gewerbesteuer 2023 auf 8.412,00 € festgesetzt (Nachzahlung 5.160,00 €, fällig am 17.03.2025). Sie haben wegen vorübergehender Liquiditätsschwierigkeiten nach dem Ausfall eines Großkunden die Stundung beantragt.

Gemäß § 222 AO stunden wir den Nachzahlungsbetrag wie folgt:
  1. Rate 1.290,00 € fällig am 15.04.2025
  2. Rate 1.290,00 € fällig am 15.05.2025
  3. Rate 1.290,00 € fällig am 16.06.2025
  4. Rate 1.290,00 € fällig am 15.07.2025
Stundungszinsen werden gesondert festgesetzt.

Wird eine Rate nicht fristgerecht gezahlt, wird die Stundung widerrufen und der gesamte Restbetrag sofort fällig. Die Vorauszahlungen für 2025 bleiben hiervon unberührt.

Bitte geben Sie bei allen Zahlungen das Kassenzeichen an.
Bankverbindung der Stadtkasse: Sparkasse Bamberg, IBAN DE21 7705 0000 0000 0301 51

Mit freundlichen Grüßen
Im Auftrag
[[P:Dippold]]
""",
    keep=[
        "Stadtkämmerei",
        "Maximiliansplatz 3",
        "§ 222 AO",
        "Stundungszinsen",
        "DE21 7705 0000 0000 0301 51",
    ],
)

pii(
    "objection",
    """
[[P:Georgios Papadopoulos]]
[[STR:Steingrube 19]]
[[LOC:31141 Hildesheim]]
[[MAIL:g.papadopoulos@htp-tel.de]]

Stadt Hildesheim
Fachbereich Finanzen - Abgaben
Markt 3
31134 Hildesheim

Hildesheim, 24.02.2025

Kassenzeichen [[AZ:4100.228.051.7]]
Widerspruch gegen den Grundbesitzabgabenbescheid 2025 vom 22.01.2025

Sehr geehrte Damen und Herren,

gegen den o. g. Bescheid lege ich fristgerecht Widerspruch ein, soweit darin Straßenreinigungsgebühren festgesetzt werden.

Sie berechnen die Gebühr nach 24 Frontmetern an der Steingrube. Mein Grundstück grenzt aber nicht an die Straße, es ist ein Hinterliegergrundstück und nur über einen privaten Weg erreichbar, der zum Nachbargrundstück gehört. Bis 2023 wurde deshalb auch nur die Hälfte berechnet. Warum das jetzt anders ist, steht nicht im Bescheid.

Ich bitte um Überprüfung und Korrektur. Einen Auszug aus der Liegenschaftskarte füge ich bei. Die Grundsteuer und die Abfallgebühren sind nicht Gegenstand des Widerspruchs und werden von mir fristgerecht gezahlt.

Mit freundlichen Grüßen
[[P:Georgios Papadopoulos]]
([[P:Γεώργιος Παπαδόπουλος]])
Tel. [[TEL:05121 / 20 98 44]]
""",
    keep=[
        "Fachbereich Finanzen",
        "Markt 3",
        "Straßenreinigungsgebühren",
        "Hinterliegergrundstück",
        "Liegenschaftskarte",
    ],
)

pii(
    "email",
    """
Von: [[P:Sabine Lechner]] <[[MAIL:sabine-lechner@web.de]]>
An: friedhofsverwaltung@stadt.wuerzburg.de
Datum: 04.07.2025, 07:58
Betreff: Urnenbeisetzung meiner Mutter [[P:Rosemarie Lechner]] - Terminwunsch

Sehr geehrte Damen und Herren,

meine Mutter, [[P:Rosemarie Lechner]], geb. [[DOB:14.02.1941]], ist am 02.07.2025 im Juliusspital verstorben. Das Bestattungshaus Mainfranken kümmert sich um die Überführung und die Einäscherung und meldet sich auch noch bei Ihnen.

Meine Mutter wollte im Grab meines Vaters, [[P:Herbert Lechner]], auf dem Hauptfriedhof beigesetzt werden (Feld 23, Reihe 4, Grab 114). Das Nutzungsrecht läuft nach meinen Unterlagen noch bis 2031, muss es für eine Urnenbeisetzung verlängert werden?

Wir hätten gern einen Termin am Freitag, 18.07., oder Samstag, 19.07., weil mein Bruder [[P:Klaus-Peter Lechner]] aus [[LOC:Hamburg]] anreist. Gibt es samstags Beisetzungen und was kostet der Zuschlag?

Nutzungsberechtigte bin nach dem Tod meines Vaters ich. Ich wohne in der [[STR:Thüringer Str. 4]], [[LOC:97209 Veitshöchheim]], Tel. [[TEL:0931 / 9 07 12 35]] oder [[TEL:0160 9 44 21 887]].

Mit freundlichen Grüßen
[[P:Sabine Lechner]]
""",
    keep=[
        "Juliusspital",
        "Bestattungshaus Mainfranken",
        "Feld 23, Reihe 4, Grab 114",
        "Hauptfriedhof",
        "Nutzungsrecht",
    ],
)

pii(
    "ocr_letter",
    """
[[P:Ursu1a Bäurner]]
[[STR:Eppenhauser Str. 1O4]]
[[LOC:58O93 Hagen]]

An die Stadt Hagen
Wirtschaftsbetrieb Hagen / Straßenunterha1tung
Eilper Str. 132-136
58091 Hagen

Hagen, den 3. Februar 2O25

Betr.: Gehweg vor rneinem Haus - Stolperfa11e

Sehr geehrte Darnen und Herren,

schon irn Novernber habe ich telefonisch gerneldet, dass der Gehweg vor dern Haus Nr. 1O4
durch Baumwurze1n angehoben ist. Die P1atten stehen 4-5 cm hoch. Am 28. Januar ist rnein
Nachbar Herr [[P:Kernper]] dort gestürzt und hat sich das Handge1enk gebrochen. Er ist 82.

Passiert ist bis heute nichts, es steht nicht rnal ein Warnschi1d da. Ich rnöchte
a) dass die Ste11e sofort abgesichert wird und
b) dass der Gehweg repariert wird.

Ich se1bst gehe rnit Ro11ator und traue rnich kaurn noch aus dern Haus.
Bitte rufen Sie rnich an: [[TEL:O2331 / 5 18 24]]

Hochachtungsvo11
[[P:U. Bäurner]]

(Eingangssternpe1: WBH - 05. FEB. 2025 - Tgb.-Nr. 0218)
""",
    keep=[
        "Straßenunterha1tung",
        "Eilper Str. 132-136",
        "Baumwurze1n",
        "Stolperfa11e",
        "Tgb.-Nr. 0218",
    ],
)

pii(
    "letter",
    """
[[P:Kwame Asante]]
[[STR:Neißestraße 14]]
[[LOC:38226 Salzgitter]]

Jobcenter Salzgitter
Team U25/2
z. Hd. Herrn [[P:Jens Sommer]]

Kundennummer: [[AZ:251D447190]]
BG-Nummer: [[AZ:25101BG0093318]]

Salzgitter, 22.07.2025

Ihr Schreiben vom 15.07.2025 - Anhörung wegen Meldeversäumnis am 10.07.2025

Sehr geehrte Damen und Herren,

ich konnte den Termin am 10. Juli nicht wahrnehmen, weil meine Frau [[P:Abena Asante]] an diesem Morgen ins Klinikum Salzgitter-Lebenstedt gebracht wurde. Unsere Tochter [[P:Ama]] kam zu früh, sie ist gesund, musste aber drei Wochen auf die Kinderstation. Ich musste mich um unseren Sohn [[P:Kofi]] kümmern. Die Bescheinigung vom Krankenhaus lege ich bei.

Ich habe am 10.07. um 7:50 Uhr bei der Hotline angerufen und Bescheid gesagt, die Dame meinte, das wird eingetragen.

Außerdem möchte ich mitteilen, dass ich ab dem 1. September eine Stelle als Lagerhelfer bei einem Logistikunternehmen in Salzgitter-Beddingen habe. Den Arbeitsvertrag bringe ich zum nächsten Termin mit. Im Sommer arbeite ich noch im Minijob weiter.

Bitte sehen Sie von einer Minderung ab.

Mit freundlichen Grüßen
[[P:K. Asante]]
Tel. [[TEL:05341 8 52 66 03]] / [[TEL:01590 1827364]]
""",
    keep=[
        "Meldeversäumnis",
        "Klinikum Salzgitter-Lebenstedt",
        "Lagerhelfer",
        "Im Sommer",
        "Minderung",
    ],
    allow=("Sommer",),
)

pii(
    "log",
    """
TEVIS-Terminvergabe Stadt Hildesheim - Export Buchungsprotokoll
Zeitraum: 2025-03-03 07:00 bis 07:15 | Standort: Bürgeramt Rathaus | Exportiert von: [[P:mkoenig]] (Admin)

2025-03-03 07:00:02 INFO  slot-release standort=BA-RH anzahl=48 datum=2025-03-17
2025-03-03 07:00:09 INFO  booking ok  ref=[[AZ:HI-7Q4K2]]  client=[[IP:79.241.18.203]]  dienst="Personalausweis beantragen"  name="[[P:Lena Bruns]]"  mail=[[MAIL:lena.bruns@gmx.de]]
2025-03-03 07:00:11 INFO  booking ok  ref=[[AZ:HI-7Q4K9]]  client=[[IP:2a02:908:1a22:5c80:9d1e:4b7f:e31:77c2]]  dienst="Anmeldung Wohnsitz"  name="[[P:Oleksandr Melnyk]]"  mail=[[MAIL:melnyk.o@ukr.net]]
2025-03-03 07:00:11 WARN  captcha-fail client=[[IP:185.220.101.47]]  count=3
2025-03-03 07:00:12 WARN  rate-limit  client=[[IP:185.220.101.47]]  blocked=600s
2025-03-03 07:00:15 INFO  booking ok  ref=[[AZ:HI-7Q4LA]]  client=[[IP:91.39.144.7]]  dienst="Reisepass beantragen"  name="[[P:Schrader, Klaus-Dieter]]"  mail=[[MAIL:kd.schrader@t-online.de]]  tel=[[TEL:05121 87 33 90]]
2025-03-03 07:00:31 INFO  booking ok  ref=[[AZ:HI-7Q4LF]]  client=[[IP:79.241.18.203]]  dienst="Personalausweis beantragen"  name="[[P:Jonas Bruns]]"  mail=[[MAIL:lena.bruns@gmx.de]]  note="Sohn, 16 J."
2025-03-03 07:01:44 INFO  cancel      ref=[[AZ:HI-7PZ11]]  client=[[IP:2003:e5:7f0b:a100::1c]]  by=user
2025-03-03 07:02:10 ERROR smtp-timeout host=mail-relay.intern queue=17
2025-03-03 07:04:52 INFO  booking ok  ref=[[AZ:HI-7Q4NB]]  client=[[IP:46.114.6.182]]  dienst="Führungszeugnis"  name="[[P:Aminata Diallo]]"  mail=[[MAIL:aminata.diallo91@yahoo.fr]]
2025-03-03 07:15:00 INFO  slot-status standort=BA-RH frei=0
""",
    keep=[
        "slot-release standort=BA-RH",
        "smtp-timeout host=mail-relay.intern",
        "Personalausweis beantragen",
        "Bürgeramt Rathaus",
        "captcha-fail",
    ],
)

pii(
    "letter",
    """
[[P:Reza Ahmadi]] und [[P:Maryam Hosseini]]
[[STR:Bieberer Straße 171, 3. OG]]
[[LOC:63071 Offenbach am Main]]

Stadt Offenbach am Main
Ausländerbehörde - Sachgebiet Einbürgerung
Herrnstraße 61
63065 Offenbach am Main

Offenbach, 12.08.2025

Antrag auf Einbürgerung nach § 10 StAG
Ihr Zeichen: [[AZ:32.3-EB-2025-0611]]

Sehr geehrte Damen und Herren,

wie im Beratungsgespräch am 29.07. mit Frau [[P:Schwalbach]] besprochen, reichen wir hiermit die fehlenden Unterlagen für unsere Einbürgerungsanträge nach. Unser Sohn [[P:Darius Ahmadi]], geb. [[DOB:04.09.2017]], soll miteingebürgert werden.

Antragsteller 1: [[P:Ahmadi, Reza]] ([[P:رضا احمدی]])
geb. [[DOB:15.05.1988]] in [[LOC:Schiras]], Iran
Reisepass Nr. [[PASS:Z41827306]], gültig bis 2029
Steuer-ID [[TAX:47 928 556 138]]
Sozialversicherungsnummer [[RV:15 050588 A 52 8]]
Arbeitgeber: Logistikzentrum Rhein-Main GmbH, Dietzenbach (unbefristet seit 2019)

Antragstellerin 2: [[P:Hosseini, Maryam]]
geb. [[DOB:30.01.1990]] in [[LOC:Teheran]], Iran
Reisepass Nr. [[PASS:Z39014472]]
Steuer-ID [[TAX:15742692085]]
Tätigkeit: Zahnmedizinische Fachangestellte, Teilzeit

Beigefügt:
- Zertifikate Einbürgerungstest (beide bestanden) und Deutsch-Test für Zuwanderer (B1)
- Gehaltsabrechnungen 05-07/2025, Arbeitsverträge
- Mietvertrag, Renteninformation
- Geburtsurkunde [[P:Darius]] (Standesamt Offenbach, Reg.-Nr. [[AZ:G 1422/2017]])

Auf die iranische Staatsangehörigkeit müssen wir nach unserem Verständnis nicht mehr verzichten, da Mehrstaatigkeit seit dem 27.06.2024 hingenommen wird. Bitte bestätigen Sie uns das kurz.

Mit freundlichen Grüßen
[[P:Reza Ahmadi]]     [[P:Maryam Hosseini]]
Tel. [[TEL:069 / 84 77 01 92]] · [[MAIL:r.ahmadi.of@gmail.com]]
""",
    keep=[
        "§ 10 StAG",
        "Einbürgerungstest",
        "Deutsch-Test für Zuwanderer",
        "Logistikzentrum Rhein-Main GmbH",
        "Mehrstaatigkeit",
    ],
)

pii(
    "webform",
    """
Online-Antrag Bildung und Teilhabe - Lernförderung (§ 28 Abs. 5 SGB II / § 34 SGB XII / § 6b BKGG)
Antragsnummer: [[AZ:BuT-OF-2025-10482]]
Eingang: 18.09.2025 21:34 | Absender-IP: [[IP:93.206.77.145]] | Browser: Firefox 130 / Android

Antragstellende Person
Name: [[P:Aydın]]
Vorname: [[P:Berivan]]
Geburtsdatum: [[DOB:12.12.1986]]
Anschrift: [[STR:Waldstraße 309]]
PLZ/Ort: [[LOC:63071 Offenbach am Main]]
Telefon: [[TEL:0157-39912840]]
Leistungsbezug: Kinderzuschlag (Familienkasse), Wohngeld
Wohngeld-Aktenzeichen: [[AZ:WG 51-0877/24]]

Kind
Name, Vorname: [[P:Aydın, Rojin]]
Geburtsdatum: [[DOB:02.05.2014]]
Schule: Mathildenschule, Klasse 6c
Klassenlehrer/in: Herr [[P:Feuerbach]]
Fächer: Deutsch, Mathematik
Begründung (Freitext): "[[P:Rojin]] ist seit der Trennung sehr abgesackt, in Mathe steht sie auf 5. Die Lehrerin (Frau [[P:Heinemann]], Mathe) sagt dass die Versetzung gefährdet ist. Bestätigung der Schule lade ich hoch."

Anbieter der Lernförderung
Art: Einzelperson (Studentin)
Name: [[P:Lena Hartwig]]
Anschrift: [[STR:Senefelderstraße 44]], [[LOC:63069 Offenbach am Main]]
Umfang: 2 x wöchentlich à 45 Min., 18,00 € je Einheit
Bankverbindung Anbieterin: [[IBAN:DE19 4405 0199 8769 6581 37]]

Uploads: Schulbestaetigung_Lernfoerderung.pdf; Wohngeldbescheid_2025.pdf; Kinderzuschlag_Bescheid.jpg
Einwilligung Datenverarbeitung: ja
""",
    keep=[
        "Bildung und Teilhabe",
        "Lernförderung",
        "Mathildenschule",
        "Kinderzuschlag (Familienkasse)",
        "Schulbestaetigung_Lernfoerderung.pdf",
    ],
)

pii(
    "objection",
    """
[[P:Iwanow Sergej]]
[[STR:Straße des Friedens 112]]
[[LOC:07548 Gera]]
Tel. [[TEL:0365 / 7 10 38 62]]

An Stadt Gera
Fachdienst Wohnen - Wohngeldstelle

Gera, 20.12.2024

Widerspruch

Wohngeldnummer: [[AZ:WG-G-1187/2024]]

Sehr geehrte Damen und Herren,

ich schreibe Widerspruch gegen Ihre Bescheid vom 02.12.2024. Sie haben meine Rente zu hoch gerechnet. Ich bekomme Rente von Deutsche Rentenversicherung 1.012,40 Euro und keine andere Rente. Die 146 Euro, was Sie gerechnet haben als "Rente Ausland", das ist nicht Rente, das ist Geld für Nebenkosten was meine Tochter mir jeden Monat gibt, weil Heizung ist so teuer geworden. Ich habe Kontoauszug beigelegt, da steht "Zuschuss Papa".

Meine Versicherungsnummer: [[RV:14 070358 I 027]]
Geboren: [[DOB:07.03.1958]] in [[LOC:Karaganda]] (Kasachstan)

Bitte rechnen Sie neu. Wenn Sie Fragen haben, bitte rufen Sie meine Tochter an, sie spricht besser Deutsch: [[P:Natalja Schulz geb. Iwanowa]], Tel. [[TEL:0151 / 22 84 61 09]].

Mit freundliche Grüße
[[P:S. Iwanow]]
[[P:Сергей Иванов]]
""",
    keep=[
        "Wohngeldstelle",
        "Deutsche Rentenversicherung",
        "Rente Ausland",
        "Zuschuss Papa",
        "Fachdienst Wohnen",
    ],
)

pii(
    "phone_note",
    """
Gesprächsnotiz Standesamt Jena - Geburtenbeurkundung
Datum/Uhrzeit: 14.10.2025, 09:12
Gesprächspartner: Herr [[P:Maximilian Oelze]], Vater (nicht verheiratet mit der Mutter)
Rückrufnummer: [[TEL:+49 (0)3641 6 29 84 31]]
Aufgenommen: [[P:Anke Friedrich]], Standesamt, Tel. [[TEL:03641 49-3310]]

Kind: geboren am [[DOB:11.10.2025]], 03:47 Uhr, Universitätsklinikum Jena (Geburtsanzeige der Klinik liegt seit 13.10. vor)
Mutter: Frau [[P:Yuliia Bondar]], geb. [[DOB:18.06.1999]], ukrainische Staatsangehörige, Studentin an der Friedrich-Schiller-Universität
Anschrift beider: [[STR:Schillergäßchen 3]], [[LOC:07745 Jena]]

Anliegen/Auskunft:
- Vater möchte die Vaterschaft anerkennen, das Kind soll seinen Familiennamen erhalten. Vorgesehene Vornamen: „[[P:Mila Sofia]]".
- Hinweis gegeben: Anerkennung und Zustimmung der Mutter sind vor der Beurkundung der Geburt möglich, beim Standesamt, beim Jugendamt (kostenfrei) oder beim Notar. Für das gemeinsame Sorgerecht ist eine Sorgeerklärung beim Jugendamt nötig.
- Mutter hat keinen gültigen Reisepass, nur Aufenthaltstitel nach § 24 AufenthG und ukrainische ID-Karte. Geburtsurkunde der Mutter mit Übersetzung mitbringen; sonst ggf. Beurkundung mit erläuterndem Zusatz.
- Termin vereinbart: 16.10.2025, 10:30 Uhr, beide Eltern, Zimmer 0.12.

Mitzubringen: Geburtsurkunden beider Eltern, Ausweise, Aufenthaltstitel, Übersetzungen.
""",
    keep=[
        "Universitätsklinikum Jena",
        "Friedrich-Schiller-Universität",
        "Vaterschaft anerkennen",
        "Sorgeerklärung",
        "Zimmer 0.12",
    ],
    allow=("Friedrich",),
)

pii(
    "lawyer_letter",
    """
KANZLEI PFALZRECHT
Rechtsanwälte in Bürogemeinschaft
Mühlstraße 29 · 67659 Kaiserslautern
Telefon 0631 36 21 70 · Telefax 0631 36 21 79 · sekretariat@pfalzrecht-kanzlei.de

Stadtverwaltung Kaiserslautern
Referat Recht und Ordnung - Schadensabwicklung
Willy-Brandt-Platz 1
67657 Kaiserslautern

Unser Zeichen: [[AZ:0388/25 MK/sr]]
Kaiserslautern, 07.04.2025

Verkehrsunfall vom 18.03.2025, 07:20 Uhr, Pirmasenser Straße / Einmündung Hohenecker Straße
Beteiligt: Müllfahrzeug des Eigenbetriebs Stadtbildpflege (Fahrzeug-Nr. 47) / Pkw unseres Mandanten, amtl. Kennzeichen [[KFZ:KL-AJ 2207]]
Ihre Schadennummer: [[AZ:SN-2025-00317]]

Sehr geehrte Damen und Herren,

wir vertreten die rechtlichen Interessen von Herrn [[P:Adrian Jaworski]], [[STR:Vogelwoogstraße 12]], [[LOC:67663 Kaiserslautern]]. Eine Vollmacht ist beigefügt.

Unser Mandant befuhr die Pirmasenser Straße stadteinwärts, als das Müllfahrzeug beim Zurücksetzen aus der Hohenecker Straße gegen die rechte Fahrzeugseite seines Pkw stieß. Der Fahrer des Müllfahrzeugs, Herr [[P:Bernd Schwan]], hat den Unfall vor Ort eingeräumt. Die hinzugerufene Polizei (PI 1 Kaiserslautern, Vorgangsnummer [[AZ:PI1-KL 250318/0712]]) hat den Unfall aufgenommen. Zeugin ist Frau [[P:Svetlana Maier]], [[STR:Hohenecker Str. 88]], [[LOC:67663 Kaiserslautern]].

Wir machen folgende Schäden geltend:
  Reparaturkosten lt. Gutachten           4.870,32 €
  merkantile Wertminderung                  400,00 €
  Sachverständigenkosten                    812,50 €
  Nutzungsausfall 12 Tage à 59,00 €         708,00 €
  Unkostenpauschale                          25,00 €
  Summe                                   6.815,82 €

Wir bitten um Ausgleich bis zum 28.04.2025 auf unser Fremdgeldkonto bei der Sparkasse Kaiserslautern, IBAN DE89 5405 0220 0000 4711 08. Sollte die Stadt über einen Haftpflichtversicherer reguliert werden, bitten wir um Weiterleitung und Mitteilung der dortigen Schadennummer.

Mit freundlichen Grüßen

[[P:Michaela Kühn]]
Rechtsanwältin
""",
    keep=[
        "Eigenbetriebs Stadtbildpflege (Fahrzeug-Nr. 47)",
        "Pirmasenser Straße",
        "Mühlstraße 29",
        "Fremdgeldkonto",
        "DE89 5405 0220 0000 4711 08",
    ],
)

pii(
    "webform",
    """
Gewerbe-Anzeige (GewA 1) - elektronisch übermittelt über das Serviceportal Rheinland-Pfalz
Empfänger: Stadt Ludwigshafen am Rhein, Bereich Öffentliche Ordnung - Gewerbeangelegenheiten
Übermittlungs-ID: 7c1e-44b0-a9f3 | Zeitstempel: 2025-02-10 14:22:58 | IP: [[IP:88.130.45.212]]

Anzeige: Neuerrichtung einer Hauptniederlassung

Feld 1-3  Name, Vorname: [[P:Kılıç, Ayşe]]
Feld 4    Geschlecht: weiblich
Feld 5    Staatsangehörigkeit: türkisch
Feld 6    Geburtsdatum: [[DOB:09.04.1981]]
Feld 6    Geburtsort, -land: [[LOC:Kayseri]], Türkei
Feld 7    Wohnanschrift: [[STR:Rheingönheimer Str. 28]], [[LOC:67065 Ludwigshafen am Rhein]]
          Telefon: [[TEL:0621 / 57 93 108]]   Mobil: [[TEL:0176 / 480 37 115]]
          E-Mail: [[MAIL:ayse.kilic@naehatelier-lu.de]]
Feld 8    Zahl der geschäftsführenden Personen: 1
Feld 9    Betriebsbezeichnung: Änderungsschneiderei & Nähatelier [[P:Ayşe Kılıç]]
Feld 11   Betriebsstätte: [[STR:Bismarckstraße 102]], [[LOC:67059 Ludwigshafen am Rhein]]
Feld 15   Angemeldete Tätigkeit: Änderungsschneiderei, Anfertigung von Kleidung nach Maß, Verkauf von Kurzwaren
Feld 16   Beginn: 01.03.2025
Feld 18   Art des Betriebes: Handwerk (zulassungsfreies Handwerk, Anlage B1 Nr. 24 HwO)
Feld 20   Zahl der Beschäftigten: Vollzeit 0, Teilzeit 1
Feld 27   Steuerliche Identifikationsnummer: [[TAX:64893257076]]
Feld 28   Erlaubnis/Handwerkskarte: Eintragung in das Verzeichnis zulassungsfreier Handwerke beantragt (HWK der Pfalz)

Gebühr: 26,00 € (Online-Zahlung, Giropay, Transaktion abgeschlossen)
Vergebenes Gewerbe-Kennzeichen: [[AZ:GA-LU-2025-00871]]
""",
    keep=[
        "Serviceportal Rheinland-Pfalz",
        "Gewerbeangelegenheiten",
        "Anlage B1 Nr. 24 HwO",
        "HWK der Pfalz",
        "Neuerrichtung einer Hauptniederlassung",
    ],
)

pii(
    "log",
    """
Ticket INC-2025-004821 | Kategorie: Sicherheit / Bürgerportal | Priorität: 2
Erstellt von: [[P:Tim Brockhaus]] (IT-Service, Durchwahl [[TEL:02331 207-4618]])
Betreff: Auffällige Anmeldeversuche Servicekonto - Bitte um Prüfung durch ISB

Auszug /var/log/portal/auth.log (Zeitzone UTC):
Jun 12 02:14:07 portal-web02 sso[2211]: FAILED login user=[[MAIL:k.hennecke@gmx.de]] src=[[IP:45.134.26.81]] reason=bad_password
Jun 12 02:14:09 portal-web02 sso[2211]: FAILED login user=[[MAIL:k.hennecke@gmx.de]] src=[[IP:45.134.26.81]] reason=bad_password
Jun 12 02:14:12 portal-web02 sso[2211]: LOCKED account user=[[MAIL:k.hennecke@gmx.de]] after=5 attempts
Jun 12 02:15:30 portal-web02 sso[2211]: FAILED login user=[[P:marcel.oz]] src=[[IP:45.134.26.81]] reason=unknown_user
Jun 12 02:15:31 portal-web02 sso[2211]: FAILED login user=[[P:tanja_r]] src=[[IP:45.134.26.81]] reason=bad_password
Jun 12 07:42:55 portal-web01 sso[1873]: OK login user=[[P:tanja_r]] src=[[IP:84.61.190.12]] mfa=totp
Jun 12 07:43:20 portal-web01 sso[1873]: password_reset_request user=[[MAIL:k.hennecke@gmx.de]] src=[[IP:2a02:8109:b6c0:3e00:5d4:9a12:ee41:1f08]]
Jun 12 07:44:02 portal-web01 sso[1873]: OK login user=[[MAIL:k.hennecke@gmx.de]] src=[[IP:2a02:8109:b6c0:3e00:5d4:9a12:ee41:1f08]] mfa=none

Bewertung:
Typisches Credential-Stuffing von [[IP:45.134.26.81]] (Hosting-Provider, kein deutscher Endkundenanschluss). Die Inhaberin des gesperrten Kontos, Frau [[P:Karin Hennecke]], hat sich um 07:35 Uhr bei der Bürger-Hotline gemeldet und das Passwort danach selbst zurückgesetzt. Bitte ihr die Aktivierung der Zwei-Faktor-Anmeldung empfehlen.

Maßnahmen:
- IP-Bereich 45.134.26.0/24 an der WAF gesperrt (Regel WAF-BLK-0193)
- Rate-Limit für /sso/login auf 10 Versuche/Minute gesenkt
- Kein Hinweis auf erfolgreichen Fremdzugriff
""",
    keep=[
        "Credential-Stuffing",
        "45.134.26.0/24",
        "WAF-BLK-0193",
        "portal-web02",
        "INC-2025-004821",
    ],
)

pii(
    "letter",
    """
Stadt Recklinghausen
Fachbereich Soziales und Wohnen - Hilfe zur Pflege
Rathausplatz 3-4 · 45657 Recklinghausen

Herrn Rechtsanwalt
[[P:Dirk Overbeck]]
- Berufsbetreuer -
Kunibertistraße 12
45657 Recklinghausen

Aktenzeichen: [[AZ:50.22-HzP-3381]]
Bearbeiterin: Frau [[P:Grabowski]]
Tel. [[TEL:02361 50-2274]] · E-Mail [[MAIL:m.grabowski@recklinghausen.de]]
Datum: 05.08.2025

Antrag auf Hilfe zur Pflege in Einrichtungen (§§ 61 ff. SGB XII)
Betreute: Frau [[P:Elfriede Kaminski]], geb. [[DOB:29.09.1933]], Bewohnerin des Seniorenzentrums St. Elisabeth, Pflegegrad 4

Sehr geehrter Herr [[P:Overbeck]],

für Ihren Antrag vom 21.07.2025 benötigen wir zur Prüfung des ungedeckten Heimkostenanteils noch folgende Unterlagen:

1. Kontoauszüge aller Konten von Frau [[P:Kaminski]] für die letzten sechs Monate,
2. den aktuellen Rentenbescheid sowie ggf. Bescheide über eine Witwenrente,
3. Nachweise über Lebens- oder Sterbegeldversicherungen bzw. einen Bestattungsvorsorgevertrag,
4. den Heimvertrag mit der aktuellen Entgeltvereinbarung,
5. den Bescheid über Pflegewohngeld.

Nach Ihren Angaben hat Frau [[P:Kaminski]] einen Sohn, Herrn [[P:Jürgen Kaminski]], wohnhaft in [[LOC:Dorsten]]. Ein Unterhaltsrückgriff kommt nur in Betracht, wenn sein Jahreseinkommen 100.000 € übersteigt (§ 94 Abs. 1a SGB XII). Wir gehen zunächst davon aus, dass dies nicht der Fall ist.

Bitte reichen Sie die Unterlagen bis zum 05.09.2025 ein.

Mit freundlichen Grüßen
Im Auftrag
[[P:Grabowski]]
""",
    keep=[
        "Hilfe zur Pflege",
        "Rathausplatz 3-4",
        "Kunibertistraße 12",
        "Seniorenzentrums St. Elisabeth",
        "§ 94 Abs. 1a SGB XII",
    ],
)

pii(
    "internal_note",
    """
Stadt Bottrop - Fachbereich Soziales, Sachgebiet Wohnungsnotfälle
Vermerk zur ordnungsbehördlichen Unterbringung

Vorgang: [[AZ:OU-2025-044]]
Datum: 27.11.2025
Sachbearbeitung: [[P:Frank Heisterkamp]]

Betroffener Haushalt (5 Personen):
1. [[P:Hodžić, Emir]], geb. [[DOB:03.02.1984]], Staatsangehörigkeit bosnisch-herzegowinisch
2. [[P:Hodžić, Amela]], geb. [[DOB:19.08.1987]]
3.-5. Kinder [[P:Adnan]] (11), [[P:Lejla]] (8), [[P:Hana]] (3)
Bisherige Wohnung: [[STR:Gladbecker Straße 204, EG]], [[LOC:46236 Bottrop]] (Räumungstermin 28.11.2025, 9 Uhr, Obergerichtsvollzieher)

Sachverhalt:
Räumungsurteil des AG Bottrop wegen Mietrückständen (Az. des Gerichts: [[AZ:11 C 318/25]]). Familie hat trotz Vermittlung durch die Fachstelle keine Ersatzwohnung gefunden. Herr [[P:Hodžić]] arbeitet in Vollzeit als Lagerarbeiter, Frau [[P:Hodžić]] ist in Elternzeit. Kinder besuchen die Astrid-Lindgren-Grundschule bzw. die Kita Regenbogen.

Entscheidung:
Einweisung in die städtische Notunterkunft Prosperstraße, Haus B, Wohneinheit 4 (3 Räume), ab 28.11.2025, befristet auf 6 Monate. Nutzungsgebühr nach Satzung.

Weiteres:
- Einlagerung des Hausrats über Firma Umzüge Ruhr-Lippe (Kostenübernahme prüfen, Darlehen)
- Antrag auf Übernahme der Mietschulden abgelehnt (keine Wohnungssicherung mehr möglich)
- Kontakt Schulsozialarbeit wegen Schulweg hergestellt
- Fr. [[P:Hodžić]] erreichbar unter [[TEL:0152 / 0193 44 27]]

gez. [[P:Heisterkamp]]
""",
    keep=[
        "Wohnungsnotfälle",
        "Notunterkunft Prosperstraße",
        "Astrid-Lindgren-Grundschule",
        "Kita Regenbogen",
        "Umzüge Ruhr-Lippe",
    ],
)

pii(
    "letter",
    """
Stadt Gelsenkirchen
Referat Bürgerservice - Standesamt
Munckelstraße 3 · 45879 Gelsenkirchen

Herrn
[[P:Mohammed Al-Hassan]]
[[STR:Grenzstraße 61, 3. Etage rechts]]
[[LOC:45881 Gelsenkirchen]]

Unser Zeichen: [[AZ:StA 34.10-NB 0317/2025]]
Ihr Ansprechpartner: Herr [[P:Kuhlmann]], Tel. [[TEL:0209 169-3921]]
Datum: 30.06.2025

Nachbeurkundung Ihrer Eheschließung im Eheregister

Sehr geehrter Herr [[P:Al-Hassan]],

Sie haben die Nachbeurkundung Ihrer im Jahr 2013 in Syrien geschlossenen Ehe mit Frau [[P:Rasha Al-Khatib]] beantragt. Für die Beurkundung benötigen wir noch folgende Unterlagen bzw. Angaben:

1. Heiratsurkunde (Auszug aus dem Personenstandsregister) im Original mit Übersetzung durch einen in Deutschland öffentlich bestellten und beeidigten Übersetzer,
2. Ihre Geburtsurkunde und die Geburtsurkunde Ihrer Ehefrau, ebenfalls mit Übersetzung,
3. Nachweise zur Identität (Reisepässe oder, falls nicht vorhanden, Aufenthaltstitel mit Zusatz „Personalien beruhen auf eigenen Angaben"),
4. da syrische Urkunden derzeit nicht legalisiert werden können: eine Versicherung an Eides statt über die Richtigkeit der Angaben (Termin bei uns erforderlich).

Nach unseren Unterlagen sind Sie am [[DOB:01.01.1985]] in [[LOC:Aleppo]] geboren, Ihre Ehefrau am [[DOB:12.03.1991]] in [[LOC:Idlib]]. Ihre Ehefrau führt nach syrischem Recht ihren Geburtsnamen weiter. Wenn Sie einen gemeinsamen Ehenamen nach deutschem Recht bestimmen möchten (Art. 10 Abs. 2 EGBGB), ist dies bei der Beurkundung durch Erklärung möglich; die Gebühr beträgt 30 €.

Die Geburten Ihrer Kinder [[P:Yara]] und [[P:Omar]] können im Anschluss ebenfalls nachbeurkundet werden.

Bitte vereinbaren Sie einen Termin unter standesamt@gelsenkirchen.de.

Mit freundlichen Grüßen
Im Auftrag
[[P:Kuhlmann]]

Auf Arabisch zur Information: [[P:محمد الحسن]] - يرجى إحضار المستندات المذكورة أعلاه
""",
    keep=[
        "Nachbeurkundung",
        "Versicherung an Eides statt",
        "Art. 10 Abs. 2 EGBGB",
        "standesamt@gelsenkirchen.de",
        "Munckelstraße 3",
    ],
)

pii(
    "chat",
    """
[Teams-Chat "Außendienst Ordnungsamt Witten" - Export 19.08.2025]

[07:58] [[P:Sascha Kempken]]: moin zusammen
[07:59] [[P:Bine]]: moin [[P:sascha]] ☕
[08:03] [[P:Mo]]: hat jemand das schrottauto am ruhrdeich auf dem schirm? [[KFZ:EN-TK 318]], steht seit 3 wochen ohne tüv
[08:04] [[P:Bine]]: jo, halterabfrage ist durch. laut KBA [[P:schröder, gerd]], [[STR:pferdebachstr. 12]]
[08:04] [[P:Sascha Kempken]]: der [[P:gerd]]? der hat doch letztes jahr schon den anhänger da stehen lassen 😅
[08:06] [[P:Mo]]: 😂 ok ich kleb nachher den roten zettel dran, frist 7 tage
[08:10] [[P:Bine]]: noch was: fr. [[P:yıldırım]] hat wieder angerufen wegen dem hund von nebenan ([[STR:Annenstraße 140]]), bellt den ganzen tag. rückruf unter [[TEL:02302 / 69 14 03]]. kann einer von euch heute mittag vorbei?
[08:11] [[P:Sascha Kempken]]: ich nehm das, bin eh in annen wegen der baustellenkontrolle
[08:11] [[P:Bine]]: 👍 danke
[08:15] [[P:Jessi]] (Leitung): denkt bitte an die dienstbesprechung um 13 uhr, raum 2.07. und [[P:mo]], deine überstundenliste fehlt noch 🙈
[08:16] [[P:Mo]]: jaaa kommt heute
""",
    keep=["ruhrdeich", "halterabfrage", "roten zettel", "dienstbesprechung um 13 uhr", "raum 2.07"],
)

pii(
    "email",
    """
Von: [[P:Francesca Neumann-Rinaldi]] <[[MAIL:f.rinaldi-neumann@gmx.net]]>
An: jugendamt@schweinfurt.de
Cc: verwaltung@gs-rueckert-sw.de
Datum: 22.05.2025, 21:17
Betreff: Antrag Schulbegleitung (§ 35a SGB VIII) für unseren Sohn zum Schuljahr 2025/26

Sehr geehrte Damen und Herren,

unser Sohn [[P:Leo Neumann]], geb. [[DOB:19.06.2019]], wird im September an der Friedrich-Rückert-Grundschule eingeschult. Bei [[P:Leo]] wurde im vergangenen Jahr eine Autismus-Spektrum-Störung diagnostiziert. Im Kindergarten hatte er bereits eine Integrationskraft, ohne Begleitung kommt er mit Gruppensituationen, Lärm und Übergängen kaum zurecht.

Wir beantragen daher Eingliederungshilfe in Form einer Schulbegleitung ab dem ersten Schultag. Beigefügt sind:
- die Stellungnahme der Kinder- und Jugendpsychiaterin Dr. [[P:Anja Bergmann]] vom 02.04.2025,
- der Entwicklungsbericht des Kindergartens,
- das Protokoll des Gesprächs mit der Schulleitung.

Wir wohnen in der [[STR:Niederwerrner Straße 77]], [[LOC:97421 Schweinfurt]]. Am besten erreichen Sie mich mobil unter [[TEL:0171-9 23 04 66]], mein Mann [[P:Tobias Neumann]] ist unter [[TEL:09721 / 47 55 12]] erreichbar.

Gibt es die Möglichkeit, die Schulbegleitung als Poollösung über die Schule zu organisieren? Das wurde uns beim Elternabend erzählt.

Mit freundlichen Grüßen
[[P:Francesca Neumann-Rinaldi]]
""",
    keep=[
        "§ 35a SGB VIII",
        "Friedrich-Rückert-Grundschule",
        "Eingliederungshilfe",
        "Poollösung",
        "verwaltung@gs-rueckert-sw.de",
    ],
)

pii(
    "court_letter",
    """
VERWALTUNGSGERICHT CHEMNITZ
Zwickauer Straße 56 · 09112 Chemnitz

Stadt Chemnitz
Rechtsamt
Markt 1
09111 Chemnitz

Aktenzeichen: [[AZ:4 K 1187/24]]
(Bitte bei allen Schreiben angeben)
Datum: 15.10.2024

Verwaltungsrechtssache

[[P:Uwe Ebert]], [[STR:Fürstenstraße 151]], [[LOC:09130 Chemnitz]]
                                              - Kläger -
Prozessbevollmächtigte: Kanzlei Sonnenberg Rechtsanwälte, Zschopauer Straße 216, 09126 Chemnitz (bearbeitender Rechtsanwalt: [[P:Tilo Franke]])

gegen

Stadt Chemnitz, vertreten durch die Oberbürgermeisterin, Markt 1, 09111 Chemnitz
                                              - Beklagte -

beigeladen:
[[P:Kerstin Ahnert]] und [[P:Mario Ahnert]], [[STR:Fürstenstraße 149]], [[LOC:09130 Chemnitz]]

wegen Baurechts (Nachbarklage gegen die Baugenehmigung vom 02.05.2024, Az. der Beklagten: [[AZ:63-BG-0455/24]])

Sehr geehrte Damen und Herren,

in der oben bezeichneten Sache erhalten Sie anbei die Klageschrift vom 08.10.2024 nebst Anlagen. Sie werden gebeten, innerhalb von vier Wochen die Klageerwiderung einzureichen und die vollständigen Verwaltungsvorgänge (Bauakten einschließlich Pläne) vorzulegen.

Der Kläger rügt insbesondere die Unterschreitung der Abstandsflächen durch die genehmigte Garage mit Dachterrasse. Ein Antrag nach § 80a VwGO wurde bislang nicht gestellt.

Bitte übermitteln Sie Schriftsätze ausschließlich über das besondere elektronische Behördenpostfach (beBPo). Die Beigeladenen erhalten eine Abschrift dieses Schreibens.

Auf Anordnung
[[P:Kretzschmar]], Justizangestellte
als Urkundsbeamtin der Geschäftsstelle der 4. Kammer
""",
    keep=[
        "Zwickauer Straße 56",
        "Rechtsamt",
        "vertreten durch die Oberbürgermeisterin",
        "beBPo",
        "Kanzlei Sonnenberg Rechtsanwälte",
        "§ 80a VwGO",
    ],
)

pii(
    "internal_note",
    """
Stadt Oberhausen - Bereich Recht und Ordnung, Gewerbeangelegenheiten
PRÜFVERMERK Gaststättenanzeige mit Alkoholausschank

Betrieb: „[[P:Arslan]] Grill & Döner", [[STR:Marktstraße 117]], [[LOC:46045 Oberhausen]]
Gewerbetreibender: [[P:Hüseyin Arslan]], geb. [[DOB:17.01.1979]] in [[LOC:Gaziantep]]
Wohnanschrift: [[STR:Danziger Straße 40]], [[LOC:46047 Oberhausen]]
Ausweis: Personalausweis [[ID:LZ6P1C9X4]], gültig bis 10/2031
Steuernummer: [[TAX:124/5091/2288]]
Gewerbe-Kennz.: [[AZ:GA-OB-2025-0412]]

Prüfung:
[x] Führungszeugnis (Belegart O) vom 02.04.2025: keine Eintragungen
[x] Auskunft Gewerbezentralregister vom 02.04.2025: keine Eintragungen
[x] Unbedenklichkeitsbescheinigung Finanzamt vom 28.03.2025: keine Rückstände
[x] Unterrichtungsnachweis der IHK vom 03.04.2025
[x] Belehrung § 43 IfSG für Inhaber und Mitarbeiterin [[P:Elif Arslan]] (Ehefrau)
[ ] Stellungnahme Bauordnung (Nutzungsänderung Ladenlokal in Imbiss mit 12 Sitzplätzen): steht aus
[x] Stellungnahme Polizei (Bezirksdienst): keine Erkenntnisse

Hinweis: Der Vorbetreiber ([[P:Kemal Doğan]], Imbiss „Anatolia") hatte 2023 wiederholt Verstöße gegen die Sperrzeit. Herr [[P:Arslan]] übernimmt nur die Räume, eine personelle Verflechtung ist nicht erkennbar.

Ergebnis: Zuverlässigkeit nach derzeitigem Stand gegeben. Vorlage an die Bauordnung, danach Bestätigung der Anzeige.

[[P:Wrobel]], 07.04.2025
""",
    keep=[
        "Gewerbezentralregister",
        "Unbedenklichkeitsbescheinigung",
        "§ 43 IfSG",
        "Sperrzeit",
        "Belegart O",
    ],
)

pii(
    "email_chain",
    """
Von: Jobcenter Hamm - Team 521 <Jobcenter-Hamm.Team521@jobcenter-ge.de>
An: [[MAIL:marko.jovanovic.ham@gmail.com]]
Datum: 11.03.2025 14:05
Betreff: AW: Neue Bankverbindung + Weiterbewilligung - BG [[AZ:34901BG0228460]]

Sehr geehrter Herr [[P:Jovanović]],

vielen Dank für Ihre Nachricht. Die neue Bankverbindung [[IBAN:NL19 INGB 7321 5083 65]] wurde für Zahlungen ab April hinterlegt. Überweisungen auf Konten im SEPA-Ausland können ein bis zwei Tage länger dauern.

Ihren Weiterbewilligungsantrag haben wir erhalten. Es fehlt noch die Anlage EK für den Minijob Ihrer Ehefrau sowie Ihre Lohnabrechnungen aus den Niederlanden für Januar und Februar. Bitte reichen Sie diese bis zum 25.03.2025 ein, gern über jobcenter.digital.

Mit freundlichen Grüßen
Ihr Jobcenter Hamm
i. A. [[P:S. Wiemann]]
Team 521 - Leistungsgewährung

-------- Ursprüngliche Nachricht --------
Von: [[P:Marko Jovanović]] <[[MAIL:marko.jovanovic.ham@gmail.com]]>
Datum: 09.03.2025 20:41
An: Jobcenter-Hamm.Team521@jobcenter-ge.de
Betreff: Neue Bankverbindung + Weiterbewilligung - BG [[AZ:34901BG0228460]]

Hallo,

ich habe ein neues Konto, bitte ab nächste Zahlung dahin überweisen:
Kontoinhaber: [[P:Marko Jovanović]]
IBAN: [[IBAN:NL19INGB7321508365]]
Bank: ING Nederland (mein Arbeitgeber zahlt den Lohn auch dahin, ich fahre für eine Spedition in Venlo)

Den WBA habe ich gestern in den Briefkasten geworfen. Meine Frau [[P:Snežana]] hat jetzt einen Minijob im Supermarkt, den Vertrag habe ich mitgeschickt.

Kundennummer: [[AZ:349D017752]]
Adresse: [[STR:Werler Straße 233]], [[LOC:59069 Hamm]]
Handy: [[TEL:+49 176 / 23 84 99 10]]

MfG
[[P:Marko J.]]
""",
    keep=[
        "Jobcenter-Hamm.Team521@jobcenter-ge.de",
        "Weiterbewilligungsantrag",
        "Anlage EK",
        "jobcenter.digital",
        "Spedition in Venlo",
    ],
)

pii(
    "email",
    """
Von: [[P:Christian Brinkmann]] <[[MAIL:c.brinkmann@ruhrnet-online.de]]>
An: strassenverkehrsamt@bochum.de
Datum: 29.09.2025, 18:40
Betreff: Verkauf Fahrzeug [[KFZ:BO-CB 1977]] - Käufer hat nicht umgemeldet

Sehr geehrte Damen und Herren,

ich habe am 02.09.2025 meinen Opel Astra, Kennzeichen [[KFZ:BO-CB 1977]], privat verkauft. Käufer ist Herr [[P:Dawid Szymański]], [[STR:Hattinger Str. 402]], [[LOC:44795 Bochum]]. Er hat laut Kaufvertrag versprochen, das Auto innerhalb einer Woche umzumelden. Laut seinem Personalausweis (Nummer [[ID:L3N7YK0R6]], steht im Kaufvertrag) wohnt er auch wirklich dort.

Jetzt habe ich ein Knöllchen aus Dortmund vom 20.09. bekommen und die Kfz-Steuer wird weiter von meinem Konto abgebucht. Herr [[P:Szymański]] geht nicht ans Telefon.

Die Veräußerungsanzeige mit Kopie des Kaufvertrags hänge ich an. Ich habe noch die Zulassungsbescheinigung Teil I in Kopie, Teil II hat der Käufer. Was muss ich noch tun, damit ich nicht mehr als Halter geführt werde?

Mit freundlichen Grüßen
[[P:Christian Brinkmann]]
[[STR:Am Haarmannsbusch 7]], [[LOC:44797 Bochum]]
Tel. [[TEL:0234 / 79 30 551]]
""",
    keep=[
        "Veräußerungsanzeige",
        "Kaufvertrag",
        "Zulassungsbescheinigung Teil I",
        "Kfz-Steuer",
        "strassenverkehrsamt@bochum.de",
    ],
)

pii(
    "police_letter",
    """
Polizeipräsidium Mittelfranken
Polizeiinspektion Fürth
Kapellenstraße 14 · 90762 Fürth

Stadt Fürth
Ordnungsamt - Sicherheitsrecht (Hunde)

Unser Zeichen: [[AZ:BY8412-004417-25/1]]
Sachbearbeiter: PHM [[P:Lehner]], Tel. [[TEL:0911 7590-1213]]
Fürth, 02.05.2025

Mitteilung über einen Beißvorfall

Am 29.04.2025 gegen 17:40 Uhr kam es im Stadtpark Fürth, Höhe Spielplatz an der Pegnitz, zu einem Beißvorfall. Der nicht angeleinte Hund (Rüde, American-Staffordshire-Terrier-Mischling, Name „Rocky“) des Halters
[[P:Kevin Pohl]], geb. [[DOB:14.07.1997]], wohnhaft [[STR:Schwabacher Straße 250]], [[LOC:90763 Fürth]],
biss die Geschädigte
[[P:Lina Stark]], geb. [[DOB:12.09.2016]], gesetzlich vertreten durch die Mutter [[P:Julia Stark]], [[STR:Amalienstraße 48]], [[LOC:90763 Fürth]],
in den linken Unterarm. Das Kind wurde im Klinikum Fürth ambulant versorgt (zwei Bisswunden, Tetanusschutz vorhanden).

Zeugin: [[P:Hannelore Strobel]], Tel. [[TEL:0911 / 77 12 48]]

Der Halter gab an, der Hund sei ihm „aus der Hand gerissen“, er gehöre eigentlich seinem Bruder [[P:Dennis Pohl]], derzeit in Haft. Stark alkoholisiert war der Halter nicht (Atemalkohol 0,00 mg/l). Eine Haftpflichtversicherung für den Hund konnte er nicht nachweisen.

Wir regen eine Prüfung nach Art. 18 Abs. 2 LStVG (Anordnung von Leinen- und Maulkorbpflicht, ggf. Wesenstest) an. Eine Strafanzeige wegen fahrlässiger Körperverletzung wurde an die Staatsanwaltschaft Nürnberg-Fürth abgegeben.

Mit freundlichen Grüßen
[[P:Lehner]], PHM
""",
    keep=[
        "Stadtpark Fürth",
        "„Rocky“",
        "Art. 18 Abs. 2 LStVG",
        "Stark alkoholisiert",
        "Staatsanwaltschaft Nürnberg-Fürth",
    ],
    allow=("Stark",),
)

pii(
    "email",
    """
Von: [[P:Holger Kraft]] <[[MAIL:holger.kraft@wob-net.de]]>
An: bussgeldstelle@stadt.wolfsburg.de
Datum: 03.06.2025, 07:12
Betreff: Anhörung Az. [[AZ:20.3-OWi-771450/25]] - Fahrerin war meine Tochter

Sehr geehrte Damen und Herren,

ich habe den Anhörungsbogen zu dem Geschwindigkeitsverstoß vom 17.05.2025 auf der Heinrich-Nordhoff-Straße bekommen. Das Fahrzeug [[KFZ:WOB-HK 660]] ist auf mich zugelassen, gefahren ist aber meine Tochter:

[[P:Marie Kraft]], geb. [[DOB:23.05.2005]]
[[STR:Hagenring 31, App. 208]]
[[LOC:38106 Braunschweig]]

Sie studiert in [[LOC:Braunschweig]] und war an dem Wochenende bei uns zu Besuch. Auf dem Foto sieht man das ja auch. Sie ist noch in der Probezeit, das weiß ich. Sie wird sich selbst bei Ihnen melden.

Eine Frage noch: Falls es ein Fahrverbot gibt, tritt das sofort in Kraft oder erst, wenn der Bescheid rechtskräftig ist?

Mit freundlichen Grüßen
[[P:Holger Kraft]]
[[STR:Kleiststraße 9]]
[[LOC:38440 Wolfsburg]]
""",
    keep=[
        "Anhörungsbogen",
        "Heinrich-Nordhoff-Straße",
        "Probezeit",
        "in Kraft",
        "bussgeldstelle@stadt.wolfsburg.de",
    ],
    allow=("Kraft",),
)

pii(
    "letter",
    """
[[P:Katarzyna Lewandowska]]
[[STR:Boeler Straße 86]]
[[LOC:58097 Hagen]]
Tel. [[TEL:02331 / 3 48 12 77]] oder [[TEL:+48 512 384 906]]

Stadt Hagen
Fachbereich Jugend und Soziales
Unterhaltsvorschusskasse
Berliner Platz 22
58089 Hagen

Hagen, 14.01.2025

Antrag auf Unterhaltsvorschuss für meine Tochter [[P:Zofia Lewandowska]], geb. [[DOB:08.11.2019]]
Kindergeldnummer: [[AZ:255FK418733]]

Sehr geehrte Damen und Herren,

anbei erhalten Sie den ausgefüllten Antrag. Zu den Fragen nach dem anderen Elternteil:

Der Vater von [[P:Zofia]] ist [[P:Paweł Mazur]], geb. [[DOB:21.02.1988]]. Er hat die Vaterschaft 2019 beim Standesamt Hagen anerkannt. Wir waren nie verheiratet und haben uns 2022 getrennt. Er ist zurück nach Polen gezogen, seine letzte mir bekannte Adresse ist:
[[STR:ul. Legnicka 55/12]]
[[LOC:54-203 Wrocław]]
Polen

Seit März 2024 zahlt er keinen Unterhalt mehr. Vorher hat er unregelmäßig 150 € überwiesen. Einen Unterhaltstitel habe ich nicht. Ich weiß nicht, wo er arbeitet.

Ich habe noch kein deutsches Girokonto, weil die Bank meine Unterlagen noch prüft. Bitte zahlen Sie vorerst auf mein polnisches Konto:
IBAN [[IBAN:PL42 0584 7351 8278 8916 1770 4783]]
Kontoinhaberin: [[P:Katarzyna Lewandowska]]

Mit freundlichen Grüßen
[[P:K. Lewandowska]]

Anlagen: Geburtsurkunde, Vaterschaftsanerkennung, Meldebescheinigung, Kontoauszüge
""",
    keep=[
        "Unterhaltsvorschusskasse",
        "Berliner Platz 22",
        "Unterhaltstitel",
        "Vaterschaftsanerkennung",
        "Fachbereich Jugend und Soziales",
    ],
)

pii(
    "form",
    """
Mietbescheinigung zum Wohngeldantrag (vom Vermieter auszufüllen)
Stadt Görlitz - Wohngeldbehörde

Wohngeld-Az. (falls bekannt): [[AZ:WG 2025/0391]]

1. Mieter/in (Antragsteller/in)
Name, Vorname: [[P:Wagner, Monika]]
Wohnung: [[STR:Jakobstraße 19, 2. OG Mitte]], [[LOC:02826 Görlitz]]
Einzug am: 01.04.2016      Personen im Haushalt: 2

2. Vermieter/in
Name/Firma: [[P:Bernd Hänsel]] (privat)
Anschrift: [[STR:Landeskronstraße 5]], [[LOC:02827 Görlitz]]
Telefon: [[TEL:03581 / 40 18 26]]

3. Angaben zur Wohnung
Wohnfläche: 68,5 m²   Zimmer: 3   Bezugsfertig: vor 1965 (Gründerzeitbau, 2009 saniert)
Heizung: Gas-Etagenheizung (Abrechnung direkt zwischen Mieter und Versorger)

4. Miete monatlich
Grundmiete (kalt):                    420,00 €
Vorauszahlung kalte Betriebskosten:   130,00 €
Garage/Stellplatz:                    entfällt
Gesamtmiete:                          550,00 €
Die Miete wird überwiesen auf: [[IBAN:DE75 8505 0100 5260 1815 90]]

Ich versichere die Richtigkeit der Angaben.
Görlitz, 09.04.2025    gez. [[P:B. Hänsel]]

-- Bearbeitungsvermerk Wohngeldbehörde --
Ehemann [[P:J. Wagner]] lt. Melderegister mit gemeldet, Einkommensnachweise beider anfordern. [[P:Pe]] 11.04.
""",
    keep=[
        "Mietbescheinigung",
        "Gründerzeitbau",
        "Gas-Etagenheizung",
        "Grundmiete (kalt)",
        "Wohngeldbehörde",
    ],
)

pii(
    "minutes",
    """
Stadt Bamberg
Niederschrift über die Bürgerversammlung für den Stadtteil Gaustadt
am Dienstag, 08.10.2024, 19:00 Uhr bis 21:35 Uhr, Pfarrsaal Gaustadt

Versammlungsleitung: Bürgermeisterin [[P:Christine Weigand]]
Für die Verwaltung: [[P:Matthias Pflaum]] (Stadtplanungsamt), [[P:Nicole Först]] (Verkehrsplanung), [[P:Tobias Rauh]] (Ordnungsamt)
Aus dem Stadtrat anwesend: [[P:Helga Schütz]], [[P:Andreas Zenk]], [[P:Yasemin Ertürk]]
Anwesend: ca. 85 Bürgerinnen und Bürger
Niederschrift: [[P:Lisa Amon]]

1. Begrüßung und Berichte der Verwaltung
Frau [[P:Weigand]] begrüßt die Anwesenden. Herr [[P:Pflaum]] berichtet zum Stand des Bebauungsplans Nr. 327 „Ehemaliges Brauereigelände", Frau [[P:Först]] zur geplanten Neuordnung der Bushaltestellen an der Gaustadter Hauptstraße.

2. Wortmeldungen und Anträge aus der Versammlung

2.1 Herr [[P:Georg Dotterweich]], [[STR:Gaustadter Hauptstraße 71]], beantragt Tempo 30 auf der gesamten Gaustadter Hauptstraße wegen des Schulwegs zur Grundschule. Frau [[P:Först]] erläutert die Rechtslage nach der StVO-Novelle. Abstimmung: Empfehlung an den Stadtrat mit großer Mehrheit angenommen.

2.2 Frau [[P:Mariana Costa]], [[STR:Kunigundenruhstraße 12]], beklagt Lärm und Müll am Regnitzufer an Sommerabenden. Herr [[P:Rauh]] sagt verstärkte Kontrollen durch den Kommunalen Ordnungsdienst zu. Keine Abstimmung.

2.3 Herr [[P:Werner Sponsel]], [[STR:Mühlwörth 8]], fordert, auf dem Brauereigelände weniger Wohnungen und mehr Stellplätze vorzusehen. Herr [[P:Pflaum]] verweist auf die Stellplatzsatzung und das Mobilitätskonzept. Abstimmung: Empfehlung mehrheitlich abgelehnt.

2.4 Herr [[P:Jonas Hertlein]] (17 Jahre), [[STR:Hainstraße 40]], wünscht sich einen Jugendtreff im Stadtteil. Frau [[P:Weigand]] sagt eine Prüfung durch das Jugendamt zu. Abstimmung: Empfehlung einstimmig angenommen.

3. Schluss der Versammlung um 21:35 Uhr.

gez. [[P:Christine Weigand]], Bürgermeisterin
gez. [[P:Lisa Amon]], Schriftführerin
""",
    keep=[
        "Pfarrsaal Gaustadt",
        "Bebauungsplans Nr. 327",
        "Gaustadter Hauptstraße.",
        "Kommunalen Ordnungsdienst",
        "Regnitzufer",
    ],
)

pii(
    "form",
    """
Stadt Hildesheim - Bürgeramt
VERLUSTANZEIGE / DIEBSTAHLSANZEIGE eines Ausweisdokuments

Dokumentenart: [x] Personalausweis  [ ] Reisepass  [ ] vorläufiger Personalausweis
Dokumentennummer: [[ID:L01FXCNH7]]
ausgestellt am: 14.06.2021   von: Stadt Hildesheim   gültig bis: 13.06.2031

Angaben zur Person
Familienname: [[P:Nowicki]]
Geburtsname: [[P:Baran]]
Vornamen: [[P:Ewa Maria]]
Geburtsdatum: [[DOB:27.10.1972]]   Geburtsort: [[LOC:Gleiwitz]]
Anschrift: [[STR:Zingel 12a]], [[LOC:31135 Hildesheim]]

Umstände des Verlustes
[ ] verloren   [x] gestohlen   am/um: 22.02.2025, ca. 15 Uhr
Ort: Wochenmarkt, Geldbörse aus der Handtasche entwendet (mit EC-Karte, Führerschein, Krankenkassenkarte)
Anzeige bei der Polizei erstattet: [x] ja, PI Hildesheim, Tagebuch-Nr. [[AZ:0294857/2025]]
Online-Ausweisfunktion war: [ ] eingeschaltet  [x] ausgeschaltet
Eintrag in das Sperrregister veranlasst: ja, am 24.02.2025 durch [[P:Thiele]] (Bürgeramt)

Neuer Ausweis beantragt: ja, am 24.02.2025, neue Seriennummer [[ID:L7TYH03RM]]
Vorläufiger Personalausweis ausgestellt: nein (gültiger Reisepass vorhanden)

Ich versichere, dass die Angaben richtig sind. Mir ist bekannt, dass ein wiedergefundener Ausweis unverzüglich abzugeben ist.
Hildesheim, 24.02.2025    Unterschrift: [[P:E. Nowicki]]
""",
    keep=[
        "Sperrregister",
        "Wochenmarkt",
        "Online-Ausweisfunktion",
        "Krankenkassenkarte",
        "vorläufiger Personalausweis",
    ],
)

pii(
    "email",
    """
Von: [[MAIL:andreas.koenig1983@web.de]]
An: buergerbuero@stadt.wuerzburg.de
Datum: 11.07.2025, 23:02
Betreff: Kinderreisepass für Tochter - Flug in die Türkei am 19.07.!

Hallo,

wir fliegen am 19. Juli nach Antalya und haben heute gemerkt, dass der Kinderreisepass unserer Tochter [[P:Elif Sude König]] (geb. [[DOB:05.05.2018]]) abgelaufen ist (Nr. [[PASS:F3182756]], gültig bis 04/2025). Für die Türkei braucht sie ja einen Pass, der noch 150 Tage gültig ist.

Online gibt es erst im August einen Termin. Gibt es eine Möglichkeit für einen Notfalltermin? Wir können jederzeit kommen, auch früh morgens.

Meine Frau [[P:Gülşen König]] (geb. [[P:Tekin]]) kann leider nicht mitkommen, weil sie bis Donnerstag beruflich auf Montage ist. Reicht eine Einverständniserklärung von ihr mit Kopie ihres Reisepasses ([[PASS:C7HR4LK92]])? Wir haben das gemeinsame Sorgerecht.

Wir wohnen in der [[STR:Zeller Straße 35]], [[LOC:97082 Würzburg]]. Mein Handy: [[TEL:0151 - 41 77 28 03]].

Biometrisches Foto machen wir morgen beim Fotografen. Kostet der Kinderreisepass immer noch 13 €?

Danke und viele Grüße
[[P:Andreas König]]
""",
    keep=[
        "Kinderreisepass",
        "Notfalltermin",
        "Einverständniserklärung",
        "Biometrisches Foto",
        "150 Tage",
    ],
)

pii(
    "email",
    """
Von: Dr. [[P:Jana Wissing]] <[[MAIL:kontakt@wissing-it.de]]>
An: gruendung@wiefoe-gelsenkirchen.de
Datum: 14.01.2025, 09:37
Betreff: Gründung GmbH, Büroflächen und Förderung - Termin?

Sehr geehrte Damen und Herren,

ich bin seit 2021 freiberuflich als IT-Beraterin für Datenschutz und Informationssicherheit tätig und möchte mein Geschäft zusammen mit einem Partner, Herrn [[P:Ole Jansen]] aus [[LOC:Münster]], in eine GmbH überführen. Wir planen zum Start drei Mitarbeitende und suchen dafür ab Sommer Büroflächen von ca. 120 m² in Gelsenkirchen, gern im Wissenschaftspark oder in Ückendorf.

Meine Fragen:
1. Welche Förderprogramme kommen für uns in Frage (z. B. Gründungsstipendium NRW, Mittelstandsförderung)?
2. Haben Sie Kontakte zu Vermietern von Gewerbeflächen oder eine Flächendatenbank?
3. Können Sie uns bei der Suche nach Fachkräften unterstützen (Kontakte zur Westfälischen Hochschule)?

Über einen Termin in den nächsten Wochen würde ich mich freuen.

Mit freundlichen Grüßen

Dr. [[P:Jana Wissing]]
IT-Beratung & Datenschutz
[[STR:Ückendorfer Str. 88]] · [[LOC:45886 Gelsenkirchen]]
Mobil [[TEL:+49 (0) 160 / 97 41 22 08]]
USt-IdNr. [[TAX:DE318274651]] · Steuernummer [[TAX:319/5114/3327]]
Zertifizierte Datenschutzbeauftragte (TÜV)
""",
    keep=[
        "gruendung@wiefoe-gelsenkirchen.de",
        "Wissenschaftspark",
        "Gründungsstipendium NRW",
        "Westfälischen Hochschule",
        "Flächendatenbank",
    ],
)

pii(
    "letter",
    """
[[P:Sven Ehlert]]
[[STR:Hastener Straße 40]]
[[LOC:42855 Remscheid]]

Stadt Remscheid
Fachdienst Soziales und Wohnen
Theodor-Heuss-Platz 1
42853 Remscheid

Remscheid, 21.03.2025

Antrag auf Übernahme der Bestattungskosten nach § 74 SGB XII
Verstorbener: [[P:Wilfried Ehlert]], geb. [[DOB:30.11.1948]], gestorben am 03.03.2025

Sehr geehrte Damen und Herren,

mein Vater ist am 3. März im Sana-Klinikum verstorben. Als Sohn bin ich bestattungspflichtig und habe die Beerdigung beim Bestattungshaus Bergisch Land in Auftrag gegeben, weil sich sonst niemand gekümmert hätte. Meine Schwester [[P:Petra Ehlert-Yıldız]] lebt in [[LOC:Wuppertal]] und hat erklärt, dass sie sich nicht beteiligt.

Ich beziehe Bürgergeld (Jobcenter Remscheid, BG-Nummer [[AZ:31501BG0044190]]) und kann die Kosten nicht bezahlen:
- Rechnung Bestattungshaus: 3.480,00 €
- Friedhofsgebühren Reinshagen (Urnenreihengrab): 1.150,00 €
Der Nachlass besteht nur aus dem Girokonto meines Vaters mit 312,47 € Guthaben. Eine Sterbegeldversicherung gab es nicht.

Bitte übernehmen Sie die Kosten bzw. zahlen Sie direkt an das Bestattungshaus. Falls Sie an mich zahlen, hier meine Bankverbindung:
Stadtsparkasse Remscheid, IBAN [[IBAN:DE62 3405 0000 0308 2462 81]]

Erreichbar bin ich unter [[TEL:02191 / 6 92 17 43]].

Mit freundlichen Grüßen
[[P:Sven Ehlert]]

Anlagen: Sterbeurkunde, Rechnungen, Kontoauszug Nachlasskonto, Bürgergeldbescheid
""",
    keep=[
        "§ 74 SGB XII",
        "Bestattungshaus Bergisch Land",
        "Sana-Klinikum",
        "Urnenreihengrab",
        "Theodor-Heuss-Platz 1",
    ],
)

pii(
    "invoice",
    """
[[P:Tetiana Bondarenko]]
Staatlich geprüfte Übersetzerin · allgemein beeidigte Dolmetscherin für Ukrainisch und Russisch
[[STR:Karl-Liebknecht-Straße 40]] · [[LOC:07749 Jena]]
Tel. [[TEL:+49 3641 / 28 71 90]] · [[MAIL:t.bondarenko@dolmetschen-jena.de]]

Stadt Jena
Fachdienst Migration und Integration
Am Anger 26
07743 Jena

RECHNUNG Nr. 2025/117                     Datum: 30.04.2025
Ihr Auftrag vom 10.04.2025, Bestell-Nr. 25-0412

Termin 15.04.2025, 09:00-11:30 Uhr
Vorsprache Familie [[P:Hrytsenko]], Ihr Az. [[AZ:32.2-1187/25]]
  Pos. 1  Dolmetschen 2,5 Std. à 85,00 €                    212,50 €
  Pos. 2  Fahrtkosten 8 km à 0,42 €                            3,36 €

Termin 24.04.2025, 13:00-14:00 Uhr
Vorsprache Herr [[P:Oleh Savchuk]], Ihr Az. [[AZ:32.2-0953/25]]
  Pos. 3  Dolmetschen 1,0 Std. à 85,00 €                     85,00 €
  Pos. 4  Übersetzung Geburtsurkunde ukr./dt., 1 Normzeile = 55 Anschläge,
          24 Normzeilen à 1,80 €                             43,20 €
  Pos. 5  Bescheinigung der Richtigkeit und Vollständigkeit    5,00 €

Rechnungsbetrag                                             349,06 €
Gemäß § 19 UStG wird keine Umsatzsteuer berechnet.

Bitte überweisen Sie den Betrag innerhalb von 30 Tagen unter Angabe der Rechnungsnummer.
Sparkasse Jena-Saale-Holzland · IBAN [[IBAN:DE43830530308301661318]]
Steuernummer: [[TAX:162/263/12908]]
""",
    keep=[
        "Fachdienst Migration und Integration",
        "Am Anger 26",
        "Bestell-Nr. 25-0412",
        "§ 19 UStG",
        "Normzeile",
    ],
)

pii(
    "invoice",
    """
Garten- und Landschaftsbau [[P:Jens Winter]]
[[STR:Baarstraße 145]] · [[LOC:58644 Iserlohn]]
Telefon [[TEL:02371 / 43 98 20]] · Fax [[TEL:02371 / 43 98 21]] · [[MAIL:info@galabau-winter.de]]

Stadt Iserlohn
Abteilung Grünflächen und Friedhöfe
Schillerplatz 7
58636 Iserlohn

Rechnung Nr. R-25-0088
Datum: 31.03.2025
Kunden-Nr. 2140 (Stadt Iserlohn)
Auftrag: Rahmenvertrag Grünpflege Los 3 (Friedhof Hauptfriedhof und Grünanlage Fritz-Kühn-Platz)

Leistungen im Zeitraum Januar bis März 2025:
1  Rückschnitt der Hecken im Winter (außerhalb der Brutzeit), 640 lfm à 2,80 €   1.792,00 €
2  Fällung einer abgestorbenen Birke inkl. Entsorgung, Baum-Nr. HF-0412         480,00 €
3  Winterdienst Wege Hauptfriedhof, Pauschale 3 Monate à 390,00 €               1.170,00 €
4  Laubbeseitigung Restarbeiten, 6 Std. à 48,00 €                                 288,00 €
                                                             Netto             3.730,00 €
                                                             19 % USt.           708,70 €
                                                             Brutto            4.438,70 €

Zahlbar bis 30.04.2025 auf das Konto bei der Sparkasse Iserlohn,
IBAN [[IBAN:DE24 4455 0045 6091 3909 96]]
USt-IdNr.: [[TAX:DE296118403]]
Inhaber: [[P:Jens Winter]], Gärtnermeister
""",
    keep=[
        "Rahmenvertrag Grünpflege Los 3",
        "Fritz-Kühn-Platz",
        "Winterdienst",
        "im Winter",
        "Baum-Nr. HF-0412",
    ],
    allow=("Winter",),
)

pii(
    "internal_note",
    """
Stadt Chemnitz - Bürgeramt, Abteilung Meldewesen und Pass
Hausmitteilung

An: alle Mitarbeitenden der Bürgerservicestellen
Von: [[P:Ines Zschoche]], Abteilungsleiterin
Datum: 16.12.2024
Betreff: Vertretungsregelung und Erreichbarkeit vom 23.12.2024 bis 03.01.2025

Liebe Kolleginnen und Kollegen,

für die Zeit zwischen den Jahren gilt folgende Vertretung:

Bürgerservicestelle Rathaus:
- 23.12.-27.12.: [[P:Heiko Lange]] (Durchwahl [[TEL:488-3312]]), Vertretung [[P:Sandra Kühnel]] ([[TEL:488-3318]])
- 30.12.-03.01.: [[P:Sandra Kühnel]], Vertretung [[P:Robert Seifert]] ([[TEL:488-3320]])

Bürgerservicestelle Vita-Center:
- durchgehend [[P:Anh Pham]] ([[TEL:488-3351]], [[MAIL:anh.pham@stadt-chemnitz.de]]), Vertretung [[P:Thomas Günther]]

Bitte leitet Anfragen von Bürgerinnen und Bürgern grundsätzlich an das Funktionspostfach buergerservice@stadt-chemnitz.de bzw. an die Behördennummer 115 weiter und gebt keine persönlichen Durchwahlen heraus.

Der Servicepunkt Dokumentenausgabe ist vom 23.12. bis 27.12. geschlossen; bereitliegende Ausweise können ab 30.12. abgeholt werden.

Bei IT-Störungen: Service-Desk 488-1111 bzw. Ticket im Self-Service-Portal.

Allen schöne Feiertage!
[[P:Ines Zschoche]]
Durchwahl [[TEL:488-3300]], [[MAIL:ines.zschoche@stadt-chemnitz.de]]
""",
    keep=[
        "buergerservice@stadt-chemnitz.de",
        "Behördennummer 115",
        "Service-Desk 488-1111",
        "Bürgerservicestelle Vita-Center",
        "Servicepunkt Dokumentenausgabe",
    ],
)

pii(
    "email",
    """
Von: [[P:Sandra Vollmer]] <[[MAIL:s.vollmer@pflegedienst-lebenswert.de]]>
An: auslaenderbehoerde@heilbronn.de
Datum: 06.02.2025, 10:48
Betreff: Beschäftigung von Frau [[P:Blessing Okafor]] als Pflegefachkraft - Stand Anerkennung / Aufenthaltstitel

Sehr geehrte Damen und Herren,

wir möchten Frau [[P:Blessing Chiamaka Okafor]], nigerianische Staatsangehörige, geb. [[DOB:02.08.1994]] in [[LOC:Enugu]], ab dem 01.03.2025 als Pflegefachkraft (zunächst als Pflegehilfskraft in Anerkennung) in Vollzeit beschäftigen.

Frau [[P:Okafor]] ist mit einem Visum zur Anerkennung (§ 16d AufenthG) eingereist und wohnt seit 15.01.2025 in [[STR:Südstraße 92, Zimmer 4]], [[LOC:74072 Heilbronn]]. Reisepass: [[PASS:B03918274]].

Das Regierungspräsidium Stuttgart hat mit Defizitbescheid vom 20.12.2024 eine Anpassungsmaßnahme von 6 Monaten festgelegt, die sie bei uns absolvieren wird. Die Erklärung zum Beschäftigungsverhältnis ist ausgefüllt im Anhang, ebenso der Arbeitsvertrag und der Qualifizierungsplan.

Bitte teilen Sie uns mit, ob für den Arbeitsbeginn noch Unterlagen fehlen. Frau [[P:Okafor]] ist unter [[TEL:+49 1512 6638 104]] erreichbar, für Rückfragen zum Arbeitsverhältnis stehe ich gern zur Verfügung.

Mit freundlichen Grüßen

[[P:Sandra Vollmer]]
Personalleitung
Pflegedienst Lebenswert GmbH
Wilhelmstraße 18 · 74074 Heilbronn
Tel. 07131 59 40-0 · Durchwahl [[TEL:07131 59 40-23]]
Amtsgericht Stuttgart [[HR:HRB 741893]] · Geschäftsführer: [[P:Markus Eberle]]
""",
    keep=[
        "§ 16d AufenthG",
        "Regierungspräsidium Stuttgart",
        "Defizitbescheid",
        "Pflegedienst Lebenswert GmbH",
        "Tel. 07131 59 40-0",
    ],
)

pii(
    "ocr_form",
    """
STADT PLAUEN - Bürgerbüro                       Eingang: 1 4. JAN. 2O25
Anmeldung bei der Meldebehörde (§ 17 Abs. 1 BMG)

Neue Wohnung
Tag des Einzugs: O1.O1.2O25
PLZ, Gemeinde: [[LOC:O8523 P1auen]]
Straße, Hausnummer, Zusätze: [[STR:Bahnhofstr. 5O, 3.0G rechts]]

Bisherige Wohnung
PLZ, Gemeinde: [[LOC:O8412 Werdau]]
Straße, Hausnummer: [[STR:August-Bebel-Str. l9]]

Die neue Wohnung ist: [X] alleinige Wohnung  [ ] Hauptwohnung  [ ] Nebenwohnung

Person 1
Familienname: [[P:Hempe1]]              Doktorgrad: --
Vornamen: [[P:Sebastian]]
Geburtsdatum: [[DOB:3O.O7.1989]]    Geburtsort: [[LOC:Reichenbach/V.]]
Geschlecht: m   Familienstand: verh.   Staatsangeh.: deutsch   Rel.: ev
Personalausweis Nr. [[ID:LH4K7TMZ2]]

Person 2
Familienname: [[P:Hempe1]]              Geburtsname: [[P:Nguyen]]
Vornamen: [[P:Thi Mai]]
Geburtsdatum: [[DOB:l2.O3.1992]]    Geburtsort: [[LOC:Hai Phong]] (Vietnarn)
Geschlecht: w   Familienstand: verh.   Staatsangeh.: vietnarnesisch
Reisepass Nr. [[PASS:C2918374]]

Person 3
Familienname: [[P:Hempe1]]
Vornamen: [[P:Emrna Linh]]
Geburtsdatum: [[DOB:O5.1O.2O21]]    Geburtsort: [[LOC:Zwickau]]
Geschlecht: w   Staatsangeh.: deutsch

Wohnungsgeberbestätigung liegt vor: [X] ja - Wohnungsgeber: WBG P1auen eG

P1auen, O8.O1.2O25
Unterschrift: [[P:S. Hempe1]]
""",
    keep=[
        "§ 17 Abs. 1 BMG",
        "alleinige Wohnung",
        "Wohnungsgeberbestätigung",
        "WBG P1auen eG",
        "Eingang: 1 4. JAN. 2O25",
    ],
)

pii(
    "court_letter",
    """
Amtsgericht Offenburg
- Nachlassgericht -
Hindenburgstraße 5, 77654 Offenburg

Aktenzeichen: [[AZ:4 VI 611/25]]
Offenburg, 08.09.2025

Stadt Offenburg
Bürgerbüro - Meldebehörde und Standesamt

Nachlasssache [[P:Anneliese Schwörer]], geb. [[DOB:12.12.1937]], verstorben am 19.07.2025, zuletzt wohnhaft [[STR:Okenstraße 61]], [[LOC:77652 Offenburg]]

Sehr geehrte Damen und Herren,

in der obigen Nachlasssache sind die Erben bislang nicht bekannt. Die Erblasserin war verwitwet (Ehemann [[P:Karl Schwörer]], verstorben 2011) und kinderlos. Nach den vorliegenden Unterlagen hatte sie eine Schwester, [[P:Margarete Ruf geb. Schwörer]], die 1962 nach Italien verzogen sein soll, sowie einen Bruder, [[P:Hermann Schwörer]], geb. [[DOB:04.04.1934]], dessen Verbleib unbekannt ist.

Wir bitten um
1. Auskunft aus dem Melderegister zu den genannten Geschwistern, insbesondere zu Wegzugsanschriften,
2. Übersendung beglaubigter Abschriften aus dem Geburtenregister (Geschwister) sowie des Sterbeeintrags der Erblasserin,
3. Mitteilung, ob Ihnen Hinweise auf weitere Verwandte (z. B. Neffen und Nichten) vorliegen.

Nach Angaben der Nachbarin, Frau [[P:Gül Aksoy]], lebt ein Sohn der Schwester, Herr [[P:Stefano Ruf-Bianchi]], möglicherweise in [[LOC:Bergamo]].

Zur Sicherung des Nachlasses wurde Rechtsanwalt [[P:Florian Heitz]], Kehl, zum Nachlasspfleger bestellt.

[[P:Ketterer]]
Rechtspflegerin
""",
    keep=[
        "Nachlassgericht",
        "Hindenburgstraße 5",
        "Melderegister",
        "Nachlasspfleger",
        "Geburtenregister",
    ],
)

pii(
    "objection",
    """
Von: [[P:Julian Hofbauer]] <[[MAIL:j.hofbauer@posteo.de]]>
An: kita-beitraege@stadt.erlangen.de
Datum: 18.02.2025, 22:14
Betreff: Widerspruch gegen Beitragsbescheid vom 03.02.2025 - Haushaltsnummer [[AZ:HH-2024-07731]]

Sehr geehrte Damen und Herren,

hiermit legen wir Widerspruch gegen den Beitragsbescheid vom 03.02.2025 für unsere Kinder [[P:Ella]] (Kita Sternschnuppe) und [[P:Paul]] (Krippe Zwergenburg) ein.

Sie haben uns in die höchste Einkommensstufe eingestuft, weil angeblich kein Einkommensnachweis vorliegt. Wir haben den Einkommensteuerbescheid 2023 aber am 12.12.2024 über das Bürgerportal hochgeladen (Eingangsbestätigung im Anhang). Danach liegt unser Familieneinkommen in Stufe 4, nicht in Stufe 7. Die Differenz beträgt 118 € pro Monat.

Da im Formular danach gefragt wurde, hier noch einmal unsere Steuer-IDs:
[[P:Julian Hofbauer]]: [[TAX:43286295209]]
[[P:Sina Weber-Hofbauer]]: [[TAX:52 047 869 618]]

Wir bitten um Neuberechnung ab Januar und Erstattung der zu viel eingezogenen Beiträge.

Mit freundlichen Grüßen
[[P:Julian Hofbauer]] und [[P:Sina Weber-Hofbauer]]
[[STR:Schenkstraße 112]]
[[LOC:91052 Erlangen]]
Tel. [[TEL:09131 / 97 20 61 44]]
""",
    keep=[
        "Beitragsbescheid",
        "Kita Sternschnuppe",
        "Krippe Zwergenburg",
        "Einkommensstufe",
        "Bürgerportal",
    ],
)

pii(
    "webform",
    """
Antrag Bewohnerparkausweis - Online-Formular
Stadt Heidelberg, Amt für Verkehrsmanagement
Eingegangen: 03.11.2025, 06:58 Uhr | Sitzungs-IP: [[IP:2a01:c22:b02c:9e00:38a1:f4ff:fe19:77d1]]
Vorgangsnummer: [[AZ:BPA-HD-25-031776]]

Antragsteller/in
Vorname: [[P:Malte]]
Nachname: [[P:Ohlendorf]]
Straße, Nr.: [[STR:Kaiserstraße 58, Hinterhaus]]
PLZ, Ort: [[LOC:69115 Heidelberg]]
Bewohnerparkgebiet: W (Weststadt)
E-Mail: [[MAIL:malte.ohlendorf@mailbox.org]]
Telefon: [[TEL:06221 / 65 20 47]]

Fahrzeug
Amtliches Kennzeichen: [[KFZ:HD-MO 214E]]
Halter/in: [ ] ich selbst  [x] Arbeitgeber (Firmenwagen mit gestatteter Privatnutzung)
Fahrzeugart: Pkw, elektrisch
Fahrzeuglänge: 4,28 m

Bemerkung: "Meine Lebensgefährtin [[P:Aleksandra Ohlendorf-Nowak]] stellt für ihr Auto ([[KFZ:HD AN 88]]) einen eigenen Antrag."

Uploads: Nutzungsbestätigung_Arbeitgeber.pdf, Fahrzeugschein_Vorderseite.jpg
Gebühr: 120,00 € (Fahrzeuglänge bis 4,70 m), Zahlung per Kreditkarte erfolgreich
""",
    keep=[
        "Amt für Verkehrsmanagement",
        "Bewohnerparkgebiet: W (Weststadt)",
        "Nutzungsbestätigung_Arbeitgeber.pdf",
        "Fahrzeuglänge bis 4,70 m",
    ],
)

pii(
    "email_chain",
    """
Von: Beschwerdemanagement <beschwerden@muelheim-ruhr.de>
An: [[P:Petra Hüsken]] <[[MAIL:petra.huesken@muelheim-ruhr.de]]>
Datum: 24.06.2025 11:20
Betreff: WG: Unmögliches Verhalten im Bürgeramt Rathaus - Vorgang [[AZ:BM-2025-0451]] - Stellungnahme bis 04.07.

Liebe Frau [[P:Hüsken]],

anbei eine Beschwerde, die Ihren Mitarbeiter Herrn [[P:Krüger]] betrifft. Bitte geben Sie uns nach Rücksprache mit ihm eine kurze Stellungnahme, damit wir der Bürgerin antworten können. Unabhängig davon: Kann der mobile Bürgerservice einen Hausbesuch bei der Mutter anbieten?

Viele Grüße
[[P:Dominik Reiners]]
Zentrales Beschwerdemanagement
Tel. [[TEL:0208 455-1092]]

-----Ursprüngliche Nachricht-----
Von: [[P:Gabriele Schnitzler]] <[[MAIL:gabi.schnitzler@arcor.de]]>
Gesendet: Sonntag, 22. Juni 2025 19:51
An: beschwerden@muelheim-ruhr.de
Betreff: Unmögliches Verhalten im Bürgeramt Rathaus

Sehr geehrte Damen und Herren,

am Freitag, 20.06., hatte ich um 11:40 Uhr einen Termin im Bürgeramt (Schalter 4), um für meine Mutter [[P:Hildegard Schnitzler]] einen neuen Personalausweis zu beantragen. Meine Mutter ist 91, bettlägerig und kann die Wohnung nicht mehr verlassen. Ich hatte eine Vollmacht und ein ärztliches Attest dabei.

Der Mitarbeiter, laut Namensschild [[P:M. Krüger]], hat mich nicht ausreden lassen, mehrfach auf die Uhr geschaut und gesagt, „dann muss die Dame eben mit dem Krankentransport kommen". Auf meine Frage nach einem Hausbesuch sagte er, so etwas gebe es in Mülheim nicht. Auf Ihrer Internetseite steht aber etwas anderes.

Ich erwarte eine Entschuldigung und einen Termin für einen Hausbesuch bei meiner Mutter, [[STR:Aktienstraße 212]], [[LOC:45473 Mülheim an der Ruhr]].

Mit freundlichen Grüßen
[[P:Gabriele Schnitzler]]
Tel. [[TEL:0208 / 3 77 16 90]]
""",
    keep=[
        "beschwerden@muelheim-ruhr.de",
        "Zentrales Beschwerdemanagement",
        "mobile Bürgerservice",
        "Schalter 4",
        "Bürgeramt Rathaus",
    ],
)

pii(
    "letter",
    """
Stadt Dessau-Roßlau
Amt für öffentliche Sicherheit und Ordnung - Fundbüro
Zerbster Straße 4 · 06844 Dessau-Roßlau
Sprechzeiten: Di 9-12 und 13-18 Uhr, Do 9-12 Uhr

Herrn
[[P:Anatolii Marchenko]]
[[STR:Kavalierstraße 71, WE 14]]
[[LOC:06846 Dessau-Roßlau]]

Fundsache Nr.: [[AZ:F-2025-0917]]
Ansprechpartnerin: Frau [[P:Kerstin Matthes]], Tel. [[TEL:0340 204-1732]]
Datum: 18.08.2025

Ihre verlorene Geldbörse

Sehr geehrter Herr [[P:Marchenko]],

am 14.08.2025 wurde im Fundbüro eine schwarze Geldbörse abgegeben, die in einem Bus der Linie 11 an der Haltestelle Hauptbahnhof gefunden wurde. Darin befanden sich u. a. Ihr ukrainischer Reisepass (Nr. [[PASS:FE715203]]), Ihr elektronischer Aufenthaltstitel, eine Bankkarte sowie Bargeld.

Sie können die Fundsache während der Sprechzeiten gegen Vorlage eines Identitätsnachweises abholen. Da sich Ihre Ausweisdokumente in der Geldbörse befinden, genügt eine Kopie Ihres Aufenthaltstitels oder die Bestätigung der Ausländerbehörde.

Die Finderin, Frau [[P:Renate Bauer]], hat einen Anspruch auf Finderlohn nach § 971 BGB geltend gemacht und der Weitergabe ihrer Anschrift zugestimmt: [[STR:Elisabethstraße 20]], [[LOC:06847 Dessau-Roßlau]]. Bitte setzen Sie sich direkt mit ihr in Verbindung.

Wird die Fundsache nicht innerhalb von sechs Monaten abgeholt, geht sie in das Eigentum der Finderin bzw. der Stadt über; Ausweisdokumente werden an die ausstellende Behörde zurückgegeben.

Mit freundlichen Grüßen
Im Auftrag
[[P:Kerstin Matthes]]
""",
    keep=["Fundbüro", "Zerbster Straße 4", "Haltestelle Hauptbahnhof", "§ 971 BGB", "Finderlohn"],
)

pii(
    "letter",
    """
Staatliches Schulamt für den Main-Kinzig-Kreis
Hessen-Homburg-Platz 8 · 63452 Hanau

nachrichtlich: Magistrat der Brüder-Grimm-Stadt Hanau, Jugendamt - Allgemeiner Sozialer Dienst

Herrn und Frau
[[P:Ionuț Stoica]] und [[P:Florentina Stoica]]
[[STR:Lamboystraße 44, 1. OG]]
[[LOC:63450 Hanau]]

Aktenzeichen: [[AZ:SchA-MKK-OWi 118/25]]
Datum: 12.03.2025

Anhörung im Bußgeldverfahren wegen Verletzung der Schulpflicht
Schülerin: [[P:Denisa Stoica]], geb. [[DOB:27.06.2013]], Klasse 6a, Otto-Hahn-Schule

Sehr geehrte Frau [[P:Stoica]], sehr geehrter Herr [[P:Stoica]],

nach Mitteilung der Schulleitung hat Ihre Tochter [[P:Denisa]] im Zeitraum vom 06.01. bis 28.02.2025 an 23 Schultagen unentschuldigt gefehlt. Die Schule hat Sie mit Schreiben vom 20.01. und 10.02.2025 auf die Schulpflicht hingewiesen; ein Gesprächstermin am 17.02.2025 wurde nicht wahrgenommen.

Als Eltern sind Sie nach § 67 Hessisches Schulgesetz verpflichtet, für den regelmäßigen Schulbesuch zu sorgen. Ein Verstoß kann nach § 181 HSchG mit einer Geldbuße geahndet werden.

Sie haben Gelegenheit, sich innerhalb von zwei Wochen schriftlich oder zur Niederschrift zu äußern. Wenn es Gründe für das Fehlen gibt (z. B. Krankheit, Auslandsaufenthalt, Schwierigkeiten in der Schule), teilen Sie uns diese bitte mit. Gern vermitteln wir auch ein Gespräch mit der Schulsozialarbeit; auf Wunsch kann eine Dolmetscherin für Rumänisch hinzugezogen werden.

Mit freundlichen Grüßen
Im Auftrag
[[P:Claudia Rehbein]]
""",
    keep=[
        "Brüder-Grimm-Stadt Hanau",
        "Otto-Hahn-Schule",
        "§ 67 Hessisches Schulgesetz",
        "Schulsozialarbeit",
        "Hessen-Homburg-Platz 8",
    ],
)

pii(
    "log",
    """
# Auszug application.log - Online-Terminvereinbarung Standesamt Cottbus/Chóśebuz
# (Debug-Logging versehentlich aktiv, siehe Ticket IT-2025-1193; Datei nach Analyse löschen)
2025-05-06 10:02:11,403 DEBUG [exec-7] BookingController - POST /termin/buchen from [[IP:94.134.88.201]] payload={service:"Anmeldung Eheschließung", name:"[[P:Kevin Paschke]]", email:"[[MAIL:kevin.paschke@web.de]]", phone:"[[TEL:0355 4 87 29 10]]", partner:"[[P:Jenny Kramer]]"}
2025-05-06 10:02:11,512 INFO  [exec-7] BookingService - slot reserved id=88412 room=Trauzimmer-Schloss
2025-05-06 10:05:47,008 DEBUG [exec-2] BookingController - POST /termin/buchen from [[IP:2a00:20:c009:11e2:1c3b:f0aa:72d:401]] payload={service:"Geburtsurkunde abholen", name:"[[P:Měrćin Šołta]]", email:"[[MAIL:m.solta@serbski.de]]", phone:"", note:"dwójna rěč - bitte zweisprachige Urkunde"}
2025-05-06 10:05:47,101 INFO  [exec-2] BookingService - slot reserved id=88413 room=Schalter-2
2025-05-06 10:09:30,774 WARN  [exec-4] BookingController - validation failed from [[IP:176.6.42.150]] field=email value="[[MAIL:oma.helga.lehmann@t-online.de]]" reason=domain_check_timeout
2025-05-06 10:09:58,220 DEBUG [exec-4] BookingController - POST /termin/buchen from [[IP:176.6.42.150]] payload={service:"Sterbeurkunde", name:"[[P:Helga Lehmann]]", email:"[[MAIL:oma.helga.lehmann@t-online.de]]", phone:"[[TEL:0355/52 19 07]]", note:"für meinen Mann [[P:Gerhard Lehmann]], verstorben am 28.04."}
2025-05-06 10:10:02,319 ERROR [exec-4] MailSender - SMTP 451 temporary failure relay=smtp-out.cottbus.intern
""",
    keep=[
        "Ticket IT-2025-1193",
        "Trauzimmer-Schloss",
        "smtp-out.cottbus.intern",
        "domain_check_timeout",
        "Cottbus/Chóśebuz",
    ],
)

pii(
    "meeting_note",
    """
Wirtschaftsförderung Schwerin - Gründungsberatung
Gesprächsvermerk Erstberatung

Datum: 21.01.2025, 14:00-15:15 Uhr
Berater: [[P:Björn Tessmann]] (Tel. [[TEL:0385 545-1874]], [[MAIL:btessmann@schwerin.de]])
Gründungsinteressierte: [[P:Thu Hà Behrens]] geb. [[P:Phạm]] und [[P:Lukas Behrens]]
Anschrift: [[STR:Lübecker Straße 138]], [[LOC:19059 Schwerin]]
Kontakt: [[TEL:0176 3320 8841]], [[MAIL:thuha.behrens@gmail.com]]

Vorhaben:
Nagelstudio mit Wimpernverlängerung, Name geplant „Nails by [[P:Thu Hà]]". Ladenlokal in der Mecklenburgstraße (ca. 45 m², Miete 780 € warm) in Aussicht. Frau [[P:Behrens]] ist gelernte Kosmetikerin und arbeitet seit 6 Jahren angestellt in einem Studio in Hamburg, Herr [[P:Behrens]] ist Bürokaufmann und will Buchhaltung und Marketing übernehmen (zunächst nebenberuflich).

Besprochene Punkte:
1. Rechtsform: Einzelunternehmen von Frau [[P:Behrens]]; GbR oder UG aktuell nicht sinnvoll.
2. Anmeldung: Gewerbeanmeldung, Fragebogen zur steuerlichen Erfassung (ELSTER). Frau [[P:Behrens]] hatte bis 2019 bereits eine Steuernummer als Nebenberuflerin: [[TAX:090/117/08814]] - klären, ob diese weiter genutzt wird.
3. Finanzierung: Kapitalbedarf ca. 28.000 € (Einrichtung 14.000 €, Anlaufkosten, Liquiditätsreserve). Eigenkapital 8.000 €. Hinweis auf Mikromezzaninfonds und das Förderprogramm des Landes; Hausbank-Termin empfohlen.
4. Hygiene: Anzeige beim Gesundheitsamt, Hygieneplan, Hinweis auf Anforderungen an Arbeitsplätze und Lüftung.
5. Gründungszuschuss: Voraussetzung ALG-I-Anspruch, derzeit nicht gegeben.

Nächste Schritte: Businessplan-Entwurf bis Ende Februar, Folgetermin am 04.03.2025.

[[P:B. Tessmann]]
""",
    keep=[
        "Gründungsberatung",
        "Mecklenburgstraße",
        "Mikromezzaninfonds",
        "Fragebogen zur steuerlichen Erfassung",
        "Gesundheitsamt",
    ],
)

pii(
    "email",
    """
De / Von: [[P:Camille Durand-Schmitt]] <[[MAIL:camille.durand67@orange.fr]]>
À / An: standesamt@saarbruecken.de
Date: 02.04.2025, 16:25
Objet / Betreff: Internationale Geburtsurkunde + doppelte Zahlung

Sehr geehrte Damen und Herren,

ich bin am [[DOB:17.09.1995]] in [[LOC:Saarbrücken]] geboren und wohne seit meinem Studium in Frankreich, aktuell [[STR:12 rue des Tanneurs]], [[LOC:67000 Strasbourg]]. Für meine Heirat mit [[P:Julien Marchal]] in [[LOC:Straßburg]] verlangt die Mairie eine internationale Geburtsurkunde (mehrsprachig nach dem CIEC-Übereinkommen), nicht älter als drei Monate.

Ich habe die Urkunde am 28.03. über Ihr Online-Portal bestellt, aber wegen eines Fehlers im Bezahlvorgang wurde zweimal bezahlt: Bestellungen [[AZ:GU-2025-118823]] und [[AZ:GU-2025-118824]], jeweils 12 €. Bitte stornieren Sie eine Bestellung und überweisen Sie die 12 € zurück auf mein französisches Konto:

Titulaire / Kontoinhaberin: [[P:Camille Durand-Schmitt]]
IBAN: [[IBAN:FR14 2004 1010 0505 0001 3M02 606]]
BIC: PSSTFRPPSTR

Zur Sicherheit meine Angaben laut Geburtseintrag: Eltern [[P:Philippe Durand]] und [[P:Monika Durand geb. Schmitt]].

Die Urkunde bitte an meine Adresse in [[LOC:Straßburg]] schicken. Telefonisch bin ich unter [[TEL:+33 6 12 48 90 37]] erreichbar.

Merci beaucoup et freundliche Grüße
[[P:Camille Durand-Schmitt]]
""",
    keep=[
        "CIEC-Übereinkommen",
        "Mairie",
        "internationale Geburtsurkunde",
        "BIC: PSSTFRPPSTR",
        "standesamt@saarbruecken.de",
    ],
)

# --------------------------------------------------------------------------------------
# Documents free of personal data (traps: streets, schools, prizes and firms named after
# persons, place names, stations, office addresses, switchboards, paper and ticket numbers)
# --------------------------------------------------------------------------------------

clean(
    "press_release",
    """
PRESSEMITTEILUNG der Stadt Bochum
Nr. 214/2025 vom 02.09.2025

Neue Kita an der Fritz-Reuter-Straße eröffnet - 95 Plätze für Kinder in Langendreer

Nach 19 Monaten Bauzeit hat die städtische Kita „Pippi Langstrumpf" an der Fritz-Reuter-Straße ihren Betrieb aufgenommen. In sechs Gruppen werden künftig bis zu 95 Kinder im Alter von vier Monaten bis zum Schuleintritt betreut, davon 30 unter drei Jahren. Der zweigeschossige Holzbau mit Gründach und Photovoltaikanlage hat rund 6,1 Millionen Euro gekostet; das Land Nordrhein-Westfalen hat den Bau mit 2,4 Millionen Euro gefördert.

„Jeder neue Kita-Platz ist ein Versprechen an die Familien in unserer Stadt", sagte der Oberbürgermeister bei der Eröffnung. Die Dezernentin für Jugend, Schule und Soziales ergänzte: „Mit dieser Einrichtung schließen wir eine wichtige Lücke im Bochumer Osten. Bis 2027 sollen weitere 480 Plätze entstehen."

Die Kita liegt in direkter Nähe zur Haltestelle Langendreer S und zur Von-Waldthausen-Grundschule und arbeitet nach einem offenen Konzept mit Bewegungsschwerpunkt. Träger ist die Stadt Bochum, Jugendamt. Anmeldungen sind über den Kita-Navigator möglich.

Pressekontakt:
Stadt Bochum, Referat für Kommunikation
Willy-Brandt-Platz 2-6, 44777 Bochum
Telefon 0234 910-3975, presse@bochum.de
""",
    keep=[
        "Fritz-Reuter-Straße",
        "Pippi Langstrumpf",
        "Von-Waldthausen-Grundschule",
        "Haltestelle Langendreer S",
        "presse@bochum.de",
        "Kita-Navigator",
    ],
)
clean(
    "notice",
    """
Bürgerservice Gelsenkirchen - Standorte und Öffnungszeiten (gültig ab 01.02.2025)

Bürgercenter Hans-Sachs-Haus
Ebertstraße 11, 45879 Gelsenkirchen
Mo, Di, Do  8:00-16:00 Uhr
Mi          8:00-13:00 Uhr
Fr          8:00-12:00 Uhr
Langer Donnerstag (jeden 1. Donnerstag im Monat) bis 18:00 Uhr
Haltestelle: Hans-Sachs-Haus (Linien 301, 302, 380, 383)

Bürgercenter Buer
Goldbergplatz 1, 45894 Gelsenkirchen
Mo-Do 8:00-15:30 Uhr, Fr 8:00-12:00 Uhr
Haltestelle: Buer Rathaus (Linien 301, 302, SB 36)

Bürgerbüro Horst (nur mit Termin)
Essener Straße 10, 45899 Gelsenkirchen
Di und Do 8:30-12:30 Uhr

Terminvereinbarung online unter www.gelsenkirchen.de/termin oder telefonisch über das Bürgertelefon 0209 169-0 bzw. die Behördennummer 115 (Mo-Fr 8-18 Uhr).
Allgemeine Anfragen: buergercenter@gelsenkirchen.de
Fax: 0209 169-4401

Bitte bringen Sie zu jedem Termin ein gültiges Ausweisdokument mit. Zahlungen sind mit Girocard und Kreditkarte möglich, Barzahlung nur im Bürgercenter Hans-Sachs-Haus.
Am 24.12. und 31.12. bleiben alle Standorte geschlossen.
""",
    keep=[
        "Bürgercenter Hans-Sachs-Haus",
        "Ebertstraße 11, 45879 Gelsenkirchen",
        "Bürgertelefon 0209 169-0",
        "buergercenter@gelsenkirchen.de",
        "Goldbergplatz 1",
    ],
)

clean(
    "job_ad",
    """
Die Stadt Pforzheim sucht für das Amt für Soziales und Wohnen, Abteilung Wohngeld, zum nächstmöglichen Zeitpunkt

Sachbearbeiter*innen Wohngeld (m/w/d)
Entgeltgruppe 9a TVöD bzw. Besoldungsgruppe A 9 LBesO - Vollzeit/Teilzeit - unbefristet
Kennziffer 50-2025-14

Ihre Aufgaben:
- selbständige Bearbeitung von Anträgen auf Miet- und Lastenzuschuss nach dem WoGG
- Beratung von Antragstellenden persönlich, telefonisch und schriftlich
- Bearbeitung von Widersprüchen und Rückforderungen
- Zusammenarbeit mit Jobcenter, Familienkasse und Rentenversicherung

Ihr Profil:
- abgeschlossene Ausbildung als Verwaltungsfachangestellte*r oder Bachelor of Arts Public Management bzw. Verwaltungslehrgang II
- Freude an der Arbeit mit Menschen in schwierigen Lebenslagen
- sicherer Umgang mit MS Office; Kenntnisse im Fachverfahren sind von Vorteil

Wir bieten:
- flexible Arbeitszeiten und die Möglichkeit zum mobilen Arbeiten (bis zu 40 %)
- ein Jobticket (Deutschlandticket als Jobticket mit Zuschuss)
- betriebliches Gesundheitsmanagement und Fortbildungen an der Hochschule Kehl

Schwerbehinderte Menschen werden bei gleicher Eignung bevorzugt berücksichtigt. Bewerbungen von Menschen aller Nationalitäten sind willkommen.

Bitte bewerben Sie sich bis zum 15.06.2025 unter Angabe der Kennziffer über unser Online-Portal. Fragen zum Verfahren beantwortet das Personal- und Organisationsamt unter 07231 39-2144 oder bewerbung@pforzheim.de; fachliche Fragen beantwortet die Abteilungsleitung Wohngeld über die Zentrale 07231 39-0.
""",
    keep=[
        "Kennziffer 50-2025-14",
        "Entgeltgruppe 9a TVöD",
        "Hochschule Kehl",
        "bewerbung@pforzheim.de",
        "Zentrale 07231 39-0",
    ],
)

clean(
    "blank_form",
    """
Stadt Erlangen - Sozialamt, Abteilung Wohngeld
ANTRAG AUF MIETZUSCHUSS (Wohngeld) - Erstantrag / Weiterleistungsantrag

Bitte in Druckschrift ausfüllen und Zutreffendes ankreuzen. Hinweise zum Datenschutz auf Seite 6.

1. Antragstellende Person
Familienname: ______________________________  Vorname(n): ______________________
Geburtsname: _______________________________  Geburtsdatum: __.__.____
Straße, Hausnummer: ________________________________________________
PLZ, Wohnort: ______________________________________________________
(Beispiel: Musterstraße 1, 12345 Musterstadt)
Telefon (freiwillig): ________________  E-Mail (freiwillig): _________________
Steuerliche Identifikationsnummer: __ ___ ___ ___
Familienstand: [ ] ledig [ ] verheiratet/eingetragene Lebenspartnerschaft [ ] geschieden [ ] verwitwet

2. Haushaltsmitglieder (einschließlich antragstellende Person)
Nr. | Name, Vorname | Geburtsdatum | Verwandtschaftsverhältnis | Einkommen ja/nein
1   |               |              | Antragsteller/in          |
2   |               |              |                           |
3   |               |              |                           |

3. Bankverbindung
Kontoinhaber/in: ________________________________
IBAN: DE__ ____ ____ ____ ____ __     BIC: ___________

4. Miete (bitte Mietbescheinigung beifügen)
Gesamtmiete monatlich: ________ €  davon Heizkosten: ________ €

Ich versichere, dass die Angaben vollständig und richtig sind. Änderungen teile ich unverzüglich mit (§ 27 WoGG).

Ort, Datum: __________________   Unterschrift: ______________________

Rücksendung an: Stadt Erlangen, Sozialamt - Wohngeld, Rathausplatz 1, 91052 Erlangen
""",
    keep=[
        "Musterstraße 1, 12345 Musterstadt",
        "Steuerliche Identifikationsnummer: __ ___ ___ ___",
        "IBAN: DE__ ____ ____ ____ ____ __",
        "§ 27 WoGG",
        "Rathausplatz 1, 91052 Erlangen",
    ],
)

clean(
    "statistics",
    """
Stadt Chemnitz - Kommunale Statistikstelle
Statistischer Kurzbericht 3/2025: Einwohnerinnen und Einwohner mit Hauptwohnsitz nach Stadtteilen, Stand 31.12.2024

Stadtteil               Einwohner   Veränd. ggü. Vorjahr   Anteil 65+   Anteil ausl. Staatsang.
Zentrum                    9.812          +1,9 %             18,4 %          21,7 %
Kaßberg                   15.204          +0,6 %             16,9 %          10,2 %
Sonnenberg                16.377          +1,2 %             17,3 %          19,8 %
Schloßchemnitz            13.942          -0,4 %             24,1 %           6,3 %
Hutholz                    6.118          -1,8 %             35,6 %           9,4 %
Bernsdorf                 14.509          +0,3 %             22,0 %           8,7 %
Gablenz                   12.037          -0,7 %             29,5 %           7,1 %
Stadt insgesamt          249.516          +0,2 %             28,1 %          10,9 %

Anmerkungen:
- Quelle: Melderegister der Stadt Chemnitz, Auszug vom 14.01.2025; ohne Nebenwohnsitze.
- Der Anstieg im Zentrum ist im Wesentlichen auf den Bezug der Wohnanlage an der Brückenstraße zurückzuführen.
- Das Durchschnittsalter liegt bei 46,8 Jahren (Vorjahr 46,9).
- Zahlen unter 3 werden aus Datenschutzgründen nicht ausgewiesen.

Rückfragen: statistik@stadt-chemnitz.de, Tel. 0371 488-1250
""",
    keep=[
        "Kommunale Statistikstelle",
        "Schloßchemnitz",
        "Hutholz",
        "Brückenstraße",
        "statistik@stadt-chemnitz.de",
    ],
)

clean(
    "menu",
    """
Betriebsrestaurant im Rathaus Fürth - Speiseplan KW 38 (15.-19.09.2025)
Öffnungszeiten: 11:15-13:45 Uhr | Zahlung mit Bedienstetenkarte oder bar

Montag
- Linsensuppe mit Wiener Würstchen (A, 3) ............ 4,20 €
- Strammer Max mit Spiegelei und Gewürzgurke (A, C) ... 5,60 €
Dienstag
- Schnitzel Wiener Art mit Pommes und Salat (A, C) .... 7,40 €
- vegan: Kichererbsen-Curry mit Basmatireis ........... 5,90 €
Mittwoch
- Fränkische Bratwürste (3 Stück) mit Sauerkraut ...... 6,20 €
- Pizza Margherita (A, G) ............................. 5,50 €
Donnerstag
- Toast Hawaii (A, G) ................................. 4,80 €
- Käsespätzle mit Röstzwiebeln (A, C, G) .............. 6,10 €
Freitag
- Bismarckhering mit Bratkartoffeln (D) ............... 6,40 €
- Kaiserschmarrn mit Apfelmus (A, C, G) ............... 5,20 €

Dessert der Woche: Bircher-Müsli oder Fürst-Pückler-Schnitte (je 2,10 €)
Zur Kirchweih am Freitag: Schäufele mit Kloß, Sonderpreis 9,50 €

Allergenkennzeichnung: A Gluten, C Ei, D Fisch, G Milch; 3 mit Antioxidationsmittel
Das Küchenteam wünscht guten Appetit!
""",
    keep=[
        "Strammer Max",
        "Bismarckhering",
        "Kaiserschmarrn",
        "Fürst-Pückler-Schnitte",
        "Toast Hawaii",
        "Bedienstetenkarte",
    ],
)

clean(
    "council_paper",
    """
Stadt Offenburg                                           Drucksache Nr. 104/24
Beschlussvorlage                                          öffentlich

Beratungsfolge:
Ortschaftsrat Zunsweier        07.10.2024   Vorberatung
Ausschuss für Umwelt, Technik und Verkehr   16.10.2024   Vorberatung
Gemeinderat                     28.10.2024   Entscheidung

Betreff: Benennung einer Straße im Neubaugebiet „Seewald II"

Beschlussvorschlag:
Die Planstraße A im Baugebiet „Seewald II" (Bebauungsplan Nr. 138) erhält den Namen „Marie-Juchacz-Straße".

Begründung:
Der Gemeinderat hat mit Beschluss vom 20.07.2020 (Drucksache 87/20) festgelegt, neue Straßen bevorzugt nach Frauen zu benennen, die sich um Demokratie und soziale Gerechtigkeit verdient gemacht haben. Die vorgeschlagene Namensgeberin (1879-1956) war 1919 die erste Frau, die in einer deutschen Nationalversammlung sprach, und gründete im selben Jahr die Arbeiterwohlfahrt. Der Vorschlag wurde vom Arbeitskreis Straßennamen am 12.06.2024 einstimmig empfohlen.

Alternativvorschläge des Arbeitskreises waren „Elisabeth-Selbert-Straße" und „Clara-Zetkin-Weg"; für beide bestehen in den Nachbargemeinden bereits gleichlautende Straßennamen, was bei Rettungseinsätzen zu Verwechslungen führen kann.

Finanzielle Auswirkungen:
Herstellung und Montage von 4 Straßennamensschildern einschließlich Erläuterungstafel: ca. 1.800 €, Haushaltsstelle 5410.0200.

Anlagen: Lageplan Seewald II (Anlage 1), Kurzbiografie (Anlage 2)
""",
    keep=[
        "Drucksache Nr. 104/24",
        "Marie-Juchacz-Straße",
        "Elisabeth-Selbert-Straße",
        "Clara-Zetkin-Weg",
        "Bebauungsplan Nr. 138",
    ],
)

clean(
    "it_ticket",
    """
Ticket-Nr.: INC-2025-018734
Status: gelöst | Priorität: 1 (kritisch) | Kategorie: Fachverfahren / Einwohnerwesen
Eröffnet: 07.05.2025 07:42 | Gelöst: 07.05.2025 10:18 | Bearbeitergruppe: 2nd-Level Fachverfahren
Betroffene Organisationseinheit: Referat Bürgerdienste, alle Standorte

Störungsbeschreibung:
Seit Arbeitsbeginn können an allen Arbeitsplätzen im Bürgerbüro keine Personalausweisanträge abgeschlossen werden. Beim Übermitteln an die Bundesdruckerei erscheint die Meldung „Signaturkomponente nicht erreichbar (Fehler 0x80092004)". Meldebescheinigungen und Ummeldungen funktionieren.

Analyse:
- Das Zertifikat der Signaturkomponente auf dem Server srv-ewo-sig02 ist am 06.05.2025 um 23:59 Uhr abgelaufen.
- Das Folgezertifikat war bereitgestellt, aber nicht im Zertifikatsspeicher des Dienstkontos hinterlegt.
- Die Überwachung hat den Ablauf nicht gemeldet, weil der Check seit dem Update im März deaktiviert war.

Lösung:
Folgezertifikat importiert, Dienst „EWO-Signatur" neu gestartet, Testantrag um 10:11 Uhr erfolgreich übermittelt. Die zwischenzeitlich angenommenen Anträge (insgesamt 37) wurden aus der Warteschlange nachversendet.

Folgemaßnahmen:
- Problem-Ticket PRB-2025-0041 zur Wiederaktivierung der Zertifikatsüberwachung angelegt
- Eintrag im Wartungskalender 30 Tage vor Ablauf des Folgezertifikats
- Information an die Standorte über den Verteiler IT-Störungsmeldungen Bürgerdienste
""",
    keep=[
        "INC-2025-018734",
        "srv-ewo-sig02",
        "PRB-2025-0041",
        "Bundesdruckerei",
        "2nd-Level Fachverfahren",
    ],
)

clean(
    "newsletter",
    """
WirtschaftsNews Erlangen - Ausgabe Herbst 2025
Herausgegeben vom Amt für Wirtschaft und Arbeit der Stadt Erlangen

Medizintechnik-Standort wächst weiter
Siemens Healthineers hat den Bau eines weiteren Bürogebäudes auf dem Campus an der Henkestraße angekündigt. Damit entstehen bis 2027 rund 1.200 zusätzliche Arbeitsplätze. Auch im Umland investieren Unternehmen: Schaeffler erweitert in Herzogenaurach seine Forschung zur Elektromobilität, und Faber-Castell in Stein feiert 2026 sein 265-jähriges Bestehen.

Gründungswettbewerb: Bewerbungsphase startet
Zum zehnten Mal wird der Erlanger Gründungspreis „Ohm-Award" vergeben, benannt nach dem in Erlangen geborenen Physiker, auf den die Einheit des elektrischen Widerstands zurückgeht. Bewerben können sich Gründungen, die nicht älter als fünf Jahre sind und ihren Sitz im Stadtgebiet haben. Das Preisgeld beträgt insgesamt 25.000 €. Einsendeschluss ist der 30.11.2025.

Veranstaltungstipps
- 14.10.2025, 18 Uhr: Gründerstammtisch im IGZ Innovations- und Gründerzentrum, Am Weichselgarten 7
- 05.11.2025, 9-13 Uhr: Workshop „Fördermittel für KMU" mit der IHK Nürnberg für Mittelfranken
- 20.11.2025: Tag der offenen Tür im Medical Valley Center

Ansprechpartner
Amt für Wirtschaft und Arbeit, Rathausplatz 1, 91052 Erlangen
Telefon 09131 86-2920, wirtschaft@stadt.erlangen.de
""",
    keep=[
        "Siemens Healthineers",
        "Schaeffler",
        "Faber-Castell",
        "Ohm-Award",
        "Medical Valley Center",
        "Am Weichselgarten 7",
    ],
)

clean(
    "statute",
    """
Satzung über die Erhebung von Gebühren für die Benutzung der städtischen Friedhöfe (Friedhofsgebührensatzung) - Auszug
Stadt Würzburg, in der Fassung der Änderungssatzung vom 12.12.2024, gültig ab 01.01.2025

§ 4 Gebühren für den Erwerb und die Verlängerung von Grabnutzungsrechten
(1) Die Gebühr für das Nutzungsrecht an einer Grabstätte beträgt für die Dauer der Ruhezeit bzw. je angefangenes Jahr der Verlängerung:

Grabart                                   Ruhezeit   Gebühr gesamt   je Jahr Verlängerung
Einzelgrab (Hauptfriedhof, Waldfriedhof)    15 J.      1.455,00 €         97,00 €
Doppelgrab                                  15 J.      2.910,00 €        194,00 €
Urnengrab                                   10 J.        890,00 €         89,00 €
Urnengemeinschaftsanlage                    10 J.        760,00 €              -
Baumgrab (Waldfriedhof)                     15 J.      1.230,00 €              -
Kindergrab (bis 6 Jahre)                    10 J.        gebührenfrei          -

(2) Für Grabstätten im historischen Teil des Hauptfriedhofs (Abteilungen 1-6) wird ein Zuschlag von 20 % erhoben.

§ 5 Bestattungsgebühren
(1) Erdbestattung einer Person über 6 Jahren: 780,00 €; Urnenbeisetzung: 265,00 €.
(2) Für Bestattungen an Samstagen wird ein Zuschlag von 50 % erhoben.

§ 6 Benutzung der Aussegnungshallen
Aussegnungshalle Hauptfriedhof: 220,00 €; Aussegnungshalle Friedhof Heidingsfeld: 160,00 €.

§ 9 Fälligkeit
Die Gebühren werden einen Monat nach Bekanntgabe des Gebührenbescheids fällig.
""",
    keep=[
        "Friedhofsgebührensatzung",
        "Waldfriedhof",
        "Friedhof Heidingsfeld",
        "Urnengemeinschaftsanlage",
        "Aussegnungshalle Hauptfriedhof",
    ],
)

clean(
    "info_sheet",
    """
Stadt Herne - Fachbereich Öffentliche Ordnung, Ausländerbehörde
MERKBLATT: Verlängerung der Aufenthaltserlaubnis

Wann muss ich die Verlängerung beantragen?
Bitte stellen Sie den Antrag spätestens 8 Wochen vor Ablauf Ihres Aufenthaltstitels über das Online-Kontaktformular. Wer den Antrag rechtzeitig stellt, erhält bei Bedarf eine Fiktionsbescheinigung (§ 81 Abs. 4 AufenthG).

Was muss ich mitbringen?
- gültiger Nationalpass oder Passersatz
- bisheriger elektronischer Aufenthaltstitel (eAT)
- ein aktuelles biometrisches Passbild (35 x 45 mm, nicht älter als 6 Monate)
- Nachweis der Krankenversicherung
- Einkommensnachweise der letzten 3 Monate (Arbeitsvertrag, Gehaltsabrechnungen, Bescheide)
- Mietvertrag und Nachweis über die Miethöhe
- bei Studierenden: Immatrikulationsbescheinigung und Finanzierungsnachweis
- Gebühr: in der Regel 93,00 € (ermäßigt für Personen unter 24 Jahren und für Leistungsbeziehende)

Wie läuft der Termin ab?
Die Daten werden aufgenommen, Fingerabdrücke werden gescannt, und der neue Titel wird bei der Bundesdruckerei bestellt. Nach ca. 4-6 Wochen erhalten Sie einen Brief mit PIN; den Titel holen Sie persönlich ab.

Kontakt
Ausländerbehörde, Rathaus Wanne, Rathausstraße 6, 44649 Herne
Servicetelefon 02323 16-0 (Mo-Fr 8-12 Uhr)
auslaenderbehoerde@herne.de
Bitte kommen Sie nur mit Termin. Dolmetschende können mitgebracht werden.
""",
    keep=[
        "Fiktionsbescheinigung (§ 81 Abs. 4 AufenthG)",
        "biometrisches Passbild",
        "Rathaus Wanne",
        "Servicetelefon 02323 16-0",
        "auslaenderbehoerde@herne.de",
    ],
)

clean(
    "info_sheet",
    """
Jobcenter Hagen - Information für Leistungsberechtigte
Bürgergeld: Regelbedarfe ab 01.01.2025 (unverändert gegenüber 2024)

Regelbedarfsstufe                                              Betrag/Monat
1  Alleinstehende / Alleinerziehende                                563 €
2  Paare je Partner/in                                              506 €
3  Erwachsene unter 25 im Haushalt der Eltern                       451 €
4  Jugendliche von 14 bis unter 18 Jahren                           471 €
5  Kinder von 6 bis unter 14 Jahren                                 390 €
6  Kinder unter 6 Jahren                                            357 €

Zusätzlich werden die angemessenen Kosten der Unterkunft und Heizung übernommen. Mehrbedarfe gibt es u. a. für Schwangere ab der 13. Woche, Alleinerziehende und bei kostenaufwändiger Ernährung.

Schulbedarfspaket (Bildung und Teilhabe): 195 € je Schuljahr (130 € zum 1. August, 65 € zum 1. Februar).

Freibeträge bei Erwerbstätigkeit:
- die ersten 100 € sind anrechnungsfrei,
- vom Einkommen zwischen 100 € und 520 € bleiben 20 % frei,
- zwischen 520 € und 1.000 € 30 %,
- zwischen 1.000 € und 1.200 € (mit Kind 1.500 €) 10 %.

Sie haben Fragen? Servicecenter 02331 9790-0, Mo-Fr 8-18 Uhr, oder online unter jobcenter.digital. Persönliche Vorsprachen: Jobcenter Hagen, Körnerstraße 98-100, 58095 Hagen.
""",
    keep=[
        "Regelbedarfsstufe",
        "Schulbedarfspaket",
        "Servicecenter 02331 9790-0",
        "jobcenter.digital",
        "Körnerstraße 98-100",
    ],
)

clean(
    "public_notice",
    """
Amtliche Bekanntmachung der Stadt Hildesheim

Bebauungsplan HO 123 „Westlich der Goethestraße" mit örtlicher Bauvorschrift
hier: Öffentliche Auslegung gemäß § 3 Abs. 2 BauGB

Der Verwaltungsausschuss der Stadt Hildesheim hat in seiner Sitzung am 24.03.2025 den Entwurf des Bebauungsplans HO 123 „Westlich der Goethestraße" gebilligt und die öffentliche Auslegung beschlossen.

Der Geltungsbereich umfasst die Flächen zwischen Goethestraße, Schillerstraße, der Bahnstrecke Hildesheim-Goslar und dem Gelände der ehemaligen Zuckerfabrik. Ziel der Planung ist die Entwicklung eines Wohnquartiers mit ca. 260 Wohneinheiten, einer Kindertagesstätte und einem Quartiersplatz.

Der Entwurf mit Begründung und Umweltbericht liegt vom 14.04.2025 bis einschließlich 16.05.2025 im Fachbereich Stadtplanung und Stadtentwicklung, Technisches Rathaus, Markt 3, 31134 Hildesheim, 2. OG, Raum 214, während der Dienststunden (Mo-Do 8-15:30 Uhr, Fr 8-12 Uhr) öffentlich aus und ist im Internet unter www.hildesheim.de/bauleitplanung abrufbar.

Während der Auslegungsfrist können Stellungnahmen schriftlich, zur Niederschrift oder per E-Mail an bauleitplanung@stadt-hildesheim.de abgegeben werden. Nicht fristgerecht abgegebene Stellungnahmen können bei der Beschlussfassung unberücksichtigt bleiben.

Hildesheim, 31.03.2025
Stadt Hildesheim
Der Oberbürgermeister
""",
    keep=[
        "Bebauungsplan HO 123",
        "Westlich der Goethestraße",
        "§ 3 Abs. 2 BauGB",
        "Raum 214",
        "bauleitplanung@stadt-hildesheim.de",
    ],
)

clean(
    "notice",
    """
Stadt Hagen - Fachbereich Bildung
Anmeldung an den weiterführenden Schulen zum Schuljahr 2026/27

Die Anmeldungen für die Klassen 5 finden vom 16.02. bis 27.02.2026 statt. Bitte bringen Sie die Anmeldebescheinigung der Grundschule, das Halbjahreszeugnis der Klasse 4, die Geburtsurkunde oder das Familienstammbuch sowie den Nachweis über den Masernschutz mit.

Gesamtschulen (vorgezogenes Anmeldeverfahren, 02.02.-06.02.2026):
- Fritz-Steinhoff-Gesamtschule, Haspe
- Gesamtschule Eilpe
- Gesamtschule Hohenlimburg

Gymnasien:
- Albrecht-Dürer-Gymnasium
- Christian-Rohlfs-Gymnasium
- Fichte-Gymnasium
- Theodor-Heuss-Gymnasium
- Ricarda-Huch-Gymnasium

Realschulen:
- Realschule Hohenlimburg
- Wilhelm-Busch-Realschule

Informationsabende finden an allen Schulen im Januar statt; die Termine werden über die Grundschulen bekannt gegeben. Bei Fragen zum Verfahren erreichen Sie den Fachbereich Bildung unter schulanmeldung@stadt-hagen.de oder über das Bürgeramt, Telefon 02331 207-5000.
""",
    keep=[
        "Fritz-Steinhoff-Gesamtschule",
        "Albrecht-Dürer-Gymnasium",
        "Christian-Rohlfs-Gymnasium",
        "Ricarda-Huch-Gymnasium",
        "Wilhelm-Busch-Realschule",
        "schulanmeldung@stadt-hagen.de",
    ],
)

clean(
    "website",
    """
Standesamt Jena - Heiraten in Jena: Trauorte und Gebühren

Trauzimmer im Historischen Rathaus
Das Trauzimmer am Markt bietet Platz für bis zu 40 Gäste. Trauungen sind dienstags bis freitags sowie an ausgewählten Samstagen möglich.

Villa Rosenthal
Die Villa in der Mälzerstraße war im 19. Jahrhundert der Wohnsitz einer Jenaer Unternehmerfamilie und ist heute ein Ort für Kultur und Literatur. Trauungen finden im Salon oder bei schönem Wetter im Garten statt (bis 60 Gäste).

Zeiss-Planetarium
Unter dem Sternenhimmel des dienstältesten Planetariums der Welt, erbaut 1926 von der Firma Carl Zeiss, können Sie an ausgewählten Freitagen heiraten.

Schott Villa
Die ehemalige Villa eines Glastechnikers und Firmengründers steht für Trauungen mit bis zu 30 Gästen zur Verfügung.

Gebühren (Auszug)
Anmeldung der Eheschließung: 60 €
Eheschließung im Trauzimmer während der Dienstzeiten: gebührenfrei
Eheschließung an externen Trauorten: 150 € zzgl. Nutzungsentgelt des Eigentümers
Samstagstrauung: Zuschlag 100 €
Eheurkunde: 12 € je Exemplar

Kontakt: Standesamt Jena, Am Anger 15, 07743 Jena, standesamt@jena.de, Telefon 03641 49-0
""",
    keep=[
        "Villa Rosenthal",
        "Zeiss-Planetarium",
        "Schott Villa",
        "Mälzerstraße",
        "Am Anger 15, 07743 Jena",
    ],
)
clean(
    "public_notice",
    """
Allgemeinverfügung der Stadt Zwickau über ein Verbot des Mitführens und Abbrennens von Pyrotechnik in der Innenstadt zum Jahreswechsel 2025/26

Auf Grundlage von § 24 Abs. 2 der Ersten Verordnung zum Sprengstoffgesetz und des Sächsischen Polizeibehördengesetzes erlässt die Stadt Zwickau folgende Allgemeinverfügung:

1. Im Bereich innerhalb des Dr.-Friedrichs-Rings einschließlich Hauptmarkt, Kornmarkt, Domhof und der Fläche vor dem Robert-Schumann-Haus ist das Abbrennen von pyrotechnischen Gegenständen der Kategorie F2 vom 31.12.2025, 18:00 Uhr, bis 01.01.2026, 06:00 Uhr, verboten.
2. In der Umgebung des Heinrich-Braun-Klinikums und der Seniorenheime am Schwanenteich gilt das Verbot nach § 23 Abs. 1 der 1. SprengV ganzjährig.
3. Die sofortige Vollziehung wird angeordnet.

Begründung (Auszug): In den vergangenen Jahren kam es im Innenstadtbereich zu zahlreichen Verletzungen durch fehlgeleitete Raketen und zu erheblichen Sachschäden an historischen Gebäuden, u. a. am Gewandhaus und am Schloss Osterstein. Die Polizeidirektion Zwickau und die Feuerwehr haben das Verbot ausdrücklich empfohlen.

Rechtsbehelfsbelehrung: Gegen diese Allgemeinverfügung kann innerhalb eines Monats nach Bekanntgabe Widerspruch bei der Stadt Zwickau, Hauptmarkt 1, 08056 Zwickau, erhoben werden.

Zwickau, 01.12.2025
Die Oberbürgermeisterin
""",
    keep=[
        "Dr.-Friedrichs-Rings",
        "Robert-Schumann-Haus",
        "Schloss Osterstein",
        "Heinrich-Braun-Klinikums",
        "Hauptmarkt 1, 08056 Zwickau",
    ],
)

clean(
    "minutes",
    """
Stadt Offenbach am Main - Amt für Ordnung und Sicherheit (Amt 33)
Ergebnisprotokoll der Dienstbesprechung der Sachgebietsleitungen vom 04.06.2025

Teilnehmende: Amtsleitung (Vorsitz), stellvertretende Amtsleitung, Sachgebietsleitungen 33.1 (Gewerbe), 33.2 (Ausländerbehörde), 33.3 (Verkehrsüberwachung), 33.4 (Stadtpolizei), ein Mitglied des Personalrats
Protokoll: Geschäftszimmer der Amtsleitung

TOP 1 Terminsituation Ausländerbehörde
Die Wartezeit auf einen Termin zur Verlängerung beträgt derzeit 9 Wochen. Rückstand: ca. 1.450 offene Anträge. Beschluss: Ab 01.07. werden Verlängerungen für Beschäftigte mit unbefristetem Arbeitsvertrag bevorzugt schriftlich bearbeitet; das Sachgebiet 33.2 legt bis 20.06. ein Konzept vor.

TOP 2 Personal
Ausgeschrieben sind 4 Stellen (Kennziffern 33-2025-07 bis 33-2025-10). Das Personalamt meldet 61 Bewerbungen. Vorstellungsgespräche ab KW 26.

TOP 3 Umzug Verkehrsüberwachung
Der Umzug in das Gebäude Berliner Straße 60 verschiebt sich wegen Verzögerungen bei der Netzwerkverkabelung auf September. IT-Ticket INC-OF-22871 ist eskaliert.

TOP 4 Sicherheit im Kundenbereich
Nach zwei Vorfällen im Mai wird geprüft, ob der Sicherheitsdienst auch donnerstags bis 18 Uhr eingesetzt werden kann (Kosten ca. 9.800 €/Jahr). Die Amtsleitung klärt die Finanzierung mit der Kämmerei.

TOP 5 Verschiedenes
Der Betriebsausflug findet am 12.09.2025 statt (Ziel: Saalburg).

Nächste Sitzung: 02.07.2025, 9:00 Uhr, Besprechungsraum 4.12
""",
    keep=[
        "Amt für Ordnung und Sicherheit (Amt 33)",
        "Kennziffern 33-2025-07 bis 33-2025-10",
        "INC-OF-22871",
        "Berliner Straße 60",
        "Besprechungsraum 4.12",
    ],
)

clean(
    "traffic_notice",
    """
Verkehrsinformation der Stadt Ludwigshafen am Rhein
Abriss Hochstraße Nord: Vollsperrung zwischen Berliner Platz und Rathaus-Center vom 21.07. bis 15.08.2025

Für den nächsten Bauabschnitt wird der Straßenzug zwischen dem Berliner Platz und dem Rathaus-Center voll gesperrt. Der Verkehr aus Richtung Mannheim wird über die Kurt-Schumacher-Brücke und die Heinigstraße umgeleitet; die Konrad-Adenauer-Brücke bleibt in beiden Richtungen befahrbar.

Öffentlicher Nahverkehr (rnv):
- Die Straßenbahnlinien 4 und 10 fahren ab Haltestelle Danziger Platz über Ludwigshafen Hauptbahnhof.
- Die Haltestelle Rathaus wird nicht bedient; Ersatzhaltestelle in der Bahnhofstraße vor dem Pfalzbau.
- Buslinie 76 verkehrt in Richtung Friesenheim über die Ebertstraße.
- Die S-Bahn-Station Ludwigshafen (Rhein) Mitte ist über die Treppenanlage Nord eingeschränkt erreichbar, Aufzug außer Betrieb.

Fußgänger und Radfahrer werden durch die Unterführung am Ludwigsplatz geleitet.

Aktuelle Informationen: www.ludwigshafen.de/hochstrasse und telefonisch über das Baustellentelefon 0621 504-3333 (Mo-Fr 9-15 Uhr).
""",
    keep=[
        "Kurt-Schumacher-Brücke",
        "Konrad-Adenauer-Brücke",
        "Haltestelle Danziger Platz",
        "Ludwigshafen Hauptbahnhof",
        "Baustellentelefon 0621 504-3333",
    ],
)

clean(
    "info_sheet",
    """
Stadt Salzgitter - Fachdienst Finanzen, Steuern und Abgaben
Realsteuer-Hebesätze und Bankverbindungen 2025

Hebesätze (Haushaltssatzung 2025):
Grundsteuer A (land- und forstwirtschaftliche Betriebe)   395 %
Grundsteuer B (übrige Grundstücke)                        530 %
Gewerbesteuer                                             430 %

Hundesteuer (jährlich):
erster Hund 120 €, zweiter Hund 168 €, jeder weitere Hund 216 €, gefährlicher Hund 720 €

Fälligkeiten der Grundsteuer: 15.02., 15.05., 15.08. und 15.11. eines Jahres; auf Antrag Jahreszahlung zum 01.07.

Bankverbindungen der Stadtkasse Salzgitter:
Braunschweigische Landessparkasse   IBAN DE38 2705 0000 0000 0050 09
Postbank Hannover                   IBAN DE30 2501 0030 0000 1113 01
Bitte geben Sie bei Überweisungen immer das Kassenzeichen aus Ihrem Bescheid an.

SEPA-Lastschrift: Gläubiger-Identifikationsnummer der Stadt Salzgitter DE11ZZZ00000062951. Das Mandatsformular finden Sie unter www.salzgitter.de/formulare.

Kontakt: Stadtkasse, Joachim-Campe-Straße 6-8, 38226 Salzgitter, stadtkasse@stadt.salzgitter.de
""",
    keep=[
        "DE38 2705 0000 0000 0050 09",
        "DE30 2501 0030 0000 1113 01",
        "DE11ZZZ00000062951",
        "Joachim-Campe-Straße 6-8",
        "Grundsteuer B",
    ],
)

clean(
    "letter_template",
    """
Städtische Kita „Regenbogenland"
Oberhausen-Osterfeld

Elternbrief Nr. 7 / Kita-Jahr 2024/25

Liebe Eltern,

unser diesjähriges Sommerfest findet am Freitag, 27.06.2025, von 15 bis 18 Uhr im Garten der Kita statt. Das Motto lautet „Zirkus Regenbogen". Die Kinder der Igel- und der Fuchsgruppe führen um 15:30 Uhr ihre Zirkusnummern vor.

Damit das Fest gelingt, brauchen wir Ihre Hilfe:
- Kuchen und Salate: Bitte tragen Sie sich in die Liste an der Pinnwand im Eingangsbereich ein.
- Standdienste (Kinderschminken, Dosenwerfen, Getränke): je 1 Stunde, Liste ebenfalls an der Pinnwand.
- Bitte denken Sie an Sonnenschutz und Trinkflaschen für Ihr Kind.

Rückmeldung bis zum 20.06.2025:
-----------------------------------------------------------------
Name des Kindes: ______________________  Gruppe: ____________
Wir kommen mit ____ Erwachsenen und ____ Kindern.
Wir bringen mit: ______________________________
Unterschrift eines Elternteils: ______________________
-----------------------------------------------------------------

Der Förderverein verkauft Waffeln; der Erlös ist für neue Fahrzeuge für das Außengelände bestimmt.

Herzliche Grüße
Ihr Kita-Team und der Elternbeirat

Kita „Regenbogenland", Vestische Straße 112, 46117 Oberhausen, Telefon 0208 825-7140, kita.regenbogenland@oberhausen.de
""",
    keep=[
        "Zirkus Regenbogen",
        "Igel- und der Fuchsgruppe",
        "Name des Kindes: ______________________",
        "Vestische Straße 112, 46117 Oberhausen",
        "Förderverein",
    ],
)

clean(
    "press_release",
    """
Gemeinsame Pressemitteilung des Polizeipräsidiums Recklinghausen und der Stadt Bottrop
Schwerpunktkontrolle „Sicherer Schulweg" - Bilanz

Bottrop. Polizei und Kommunaler Ordnungsdienst haben in der ersten Schulwoche nach den Sommerferien an sechs Grundschulen im Stadtgebiet den Verkehr kontrolliert, u. a. an der Astrid-Lindgren-Grundschule, der Cyriakusschule und der Marienschule.

Bilanz der Kontrollen:
- 412 kontrollierte Fahrzeuge
- 57 Verstöße gegen die Gurt- und Kindersicherungspflicht
- 38 Verwarnungsgelder wegen Parkens im Halteverbot vor Schuleingängen
- 21 Geschwindigkeitsverstöße in der Tempo-30-Zone an der Gladbecker Straße, Spitzenwert 58 km/h
- 2 Anzeigen wegen Fahrens ohne Fahrerlaubnis

„Das Elterntaxi direkt vor dem Schultor gefährdet genau die Kinder, die es schützen soll", erklärte der Leiter der Direktion Verkehr. Der Beigeordnete für Ordnung und Soziales der Stadt Bottrop kündigte weitere Kontrollen und die Einrichtung von zwei zusätzlichen Elternhaltestellen an der Prosperstraße an.

Weitere Kontrollen sind angekündigt. Hinweise zu Gefahrenstellen auf Schulwegen nimmt die Stadt unter schulwegsicherung@bottrop.de entgegen.

Pressestelle Polizeipräsidium Recklinghausen, Telefon 02361 55-1031
Presse- und Informationsamt der Stadt Bottrop, Telefon 02041 70-3711
""",
    keep=[
        "Astrid-Lindgren-Grundschule",
        "Cyriakusschule",
        "Elternhaltestellen",
        "schulwegsicherung@bottrop.de",
        "Telefon 02361 55-1031",
    ],
)

clean(
    "faq",
    """
Hundesteuer in Remscheid - häufige Fragen

Muss ich meinen Hund anmelden?
Ja. Jeder Hund, der älter als drei Monate ist, muss innerhalb von zwei Wochen nach der Aufnahme beim Steueramt angemeldet werden. Das gilt auch, wenn Sie mit Ihrem Hund nach Remscheid zuziehen.

Wie hoch ist die Hundesteuer?
Für den ersten Hund 132 € im Jahr, für den zweiten 168 €, für jeden weiteren 192 €. Für gefährliche Hunde im Sinne des Landeshundegesetzes NRW beträgt die Steuer 660 €.

Gibt es Ermäßigungen?
Eine Ermäßigung um 50 % gibt es für Hunde von Personen, die Bürgergeld, Grundsicherung oder Wohngeld beziehen. Hunde aus dem Tierheim Remscheid sind im ersten Jahr steuerfrei. Blindenführhunde und Assistenzhunde sind steuerfrei.

Was ist die Hundesteuermarke?
Nach der Anmeldung erhalten Sie eine Steuermarke, die der Hund außerhalb der Wohnung sichtbar tragen muss. Bei Verlust stellt das Steueramt eine Ersatzmarke für 5 € aus.

Wie melde ich meinen Hund ab?
Schriftlich oder über das Online-Formular, unter Angabe des Abmeldegrundes (z. B. Tod, Abgabe, Wegzug). Fügen Sie bitte einen Nachweis und die Steuermarke bei.

Kontakt: Stadt Remscheid, Steueramt, Theodor-Heuss-Platz 1, 42853 Remscheid, steueramt@remscheid.de
""",
    keep=[
        "Landeshundegesetzes NRW",
        "Tierheim Remscheid",
        "Hundesteuermarke",
        "Theodor-Heuss-Platz 1, 42853 Remscheid",
        "steueramt@remscheid.de",
    ],
)

clean(
    "listing",
    """
Wirtschaftsförderung Hamm - Gewerbeflächenbörse (Stand: 3. Quartal 2025)

Nr.  Lage                                    Größe      Planungsrecht   Preis        verfügbar
G-14 Gewerbepark Rhynern-Süd, Baufeld 3     12.400 m²  GE              72 €/m²      sofort
G-15 InlogParc, Teilfläche Ost               38.000 m²  GI              68 €/m²      ab 2026
G-17 Westfalenstraße / Hafenrandstraße        4.150 m²  GE              85 €/m²      sofort
G-19 Gewerbegebiet Heessen-Nord, Parz. 7      2.600 m²  GEe             90 €/m²      reserviert
B-03 Büroetage Westentor, 3. OG                 640 m²  MK              11,50 €/m² Miete  ab 01.10.

Lagevorteile: direkter Anschluss an die A 2 (AS Hamm-Rhynern und Hamm-Uentrop), Datteln-Hamm-Kanal mit Stadthafen, Bahnhof Hamm (Westf.) mit ICE-Halt in 10 Minuten erreichbar.

In der Nachbarschaft der Flächen G-14 und G-15 sind u. a. Fiege Logistik, die Hülsmann Metallbau GmbH & Co. KG und ein Verteilzentrum der Rewe Group ansässig.

Alle Flächen sind voll erschlossen (Glasfaser, Fernwärme in G-15). Für Ansiedlungen mit mehr als 50 Arbeitsplätzen ist eine Förderung über den Regionalen Wirtschaftsförderfonds möglich.

Ansprechpartner: Team Ansiedlung, Wirtschaftsförderung Hamm, Robert-Koch-Straße 1, 59065 Hamm, ansiedlung@wf-hamm.de, Telefon 02381 92 93-0
""",
    keep=[
        "Gewerbepark Rhynern-Süd",
        "InlogParc",
        "Hülsmann Metallbau GmbH & Co. KG",
        "Fiege Logistik",
        "Robert-Koch-Straße 1, 59065 Hamm",
    ],
)

clean(
    "info_sheet",
    """
Stadt Gera - Fachdienst Soziales
Merkblatt: Einmalige Heizkostenhilfe 2025/26

Wer kann die Hilfe erhalten?
Haushalte, die keine laufenden Leistungen nach dem SGB II oder SGB XII beziehen, aber wegen einer hohen Heizkostenabrechnung oder einer notwendigen Brennstoffbevorratung (Öl, Kohle, Pellets) im Monat der Fälligkeit hilfebedürftig werden (§ 37 Abs. 3 SGB XII bzw. § 22 Abs. 1 SGB II).

Wann muss ich den Antrag stellen?
In dem Monat, in dem die Nachforderung fällig wird. Ein später gestellter Antrag kann nicht berücksichtigt werden. Reichen Sie den Antrag daher sofort nach Erhalt der Abrechnung ein - notfalls formlos.

Welche Unterlagen brauche ich?
- Heizkostenabrechnung bzw. Rechnung des Brennstofflieferanten
- Einkommensnachweise aller Haushaltsmitglieder (für den Monat der Fälligkeit)
- Kontoauszüge der letzten drei Monate
- Mietvertrag

Wie wird die Hilfe berechnet?
Vom Bedarf werden das Einkommen des Fälligkeitsmonats und ggf. der folgenden sechs Monate abgezogen, soweit es den Regelbedarf übersteigt.

Antragsstelle: Fachdienst Soziales, Gagarinstraße 99/101, 07545 Gera, Erdgeschoss, Zimmer 012
Sprechzeiten: Di 9-12 und 13-18 Uhr, Do 9-12 Uhr
Telefon (Servicebereich): 0365 838-3300
""",
    keep=[
        "Heizkostenhilfe",
        "§ 37 Abs. 3 SGB XII",
        "Gagarinstraße 99/101, 07545 Gera",
        "Zimmer 012",
        "0365 838-3300",
    ],
)

clean(
    "press_release",
    """
Pressemitteilung der Stadt Fürth
Wirtschaftspreis „Fürther Kleeblatt" 2025 vergeben

Im Ludwig-Erhard-Zentrum hat der Oberbürgermeister am Donnerstagabend den Wirtschaftspreis „Fürther Kleeblatt" an drei Unternehmen aus der Kleeblattstadt verliehen. Die Auszeichnung würdigt in diesem Jahr Betriebe, die Ausbildungsplätze für junge Geflüchtete geschaffen haben.

„Fürth war immer eine Stadt der Unternehmerinnen und Unternehmer - vom Spiegelglas über Grundig bis zu den Start-ups in der Uferstadt", sagte der Oberbürgermeister in seiner Ansprache. Der Wirtschaftsreferent hob hervor, dass die Zahl der sozialversicherungspflichtig Beschäftigten in Fürth erstmals über 60.000 gestiegen sei.

Preisträger 2025:
- eine Bäckerei mit sieben Filialen im Landkreis (Kategorie Handwerk),
- ein Logistikdienstleister aus dem Gewerbepark Hafen (Kategorie Mittelstand),
- ein Software-Start-up aus dem Gründerzentrum an der Schwabacher Straße (Kategorie Innovation).

Die Preisverleihung wurde von der Sparkasse Fürth und der IHK Nürnberg für Mittelfranken unterstützt. Das Preisgeld von insgesamt 15.000 € wird nach Angaben der Stadt für Ausbildungsprojekte verwendet.

Kontakt: Bürgermeister- und Presseamt, Königsplatz 2, 90762 Fürth, presse@fuerth.de
""",
    keep=[
        "Ludwig-Erhard-Zentrum",
        "Fürther Kleeblatt",
        "Grundig",
        "Uferstadt",
        "Bürgermeister- und Presseamt",
    ],
)

clean(
    "privacy_notice",
    """
Datenschutzhinweise der Stadt Würzburg für das Online-Terminvergabesystem
(Informationen nach Art. 13 DSGVO)

1. Verantwortlicher
Stadt Würzburg, vertreten durch den Oberbürgermeister, Rückermainstraße 2, 97070 Würzburg, Telefon 0931 37-0

2. Behördlicher Datenschutzbeauftragter
Stadt Würzburg, Datenschutzbeauftragter, Rückermainstraße 2, 97070 Würzburg, datenschutz@stadt.wuerzburg.de

3. Zwecke und Rechtsgrundlage
Wir verarbeiten Ihre Angaben (Name, E-Mail-Adresse, optional Telefonnummer, gewünschte Dienstleistung) ausschließlich zur Vergabe und Durchführung Ihres Termins (Art. 6 Abs. 1 Buchst. e DSGVO i. V. m. Art. 4 BayDSG).

4. Speicherdauer
Die Termindaten werden 14 Tage nach dem Termin automatisch gelöscht. Server-Protokolle mit IP-Adressen werden nach 7 Tagen gelöscht.

5. Empfänger
Der Betrieb des Systems erfolgt durch einen Auftragsverarbeiter (kommunaler IT-Dienstleister) in einem Rechenzentrum in Deutschland.

6. Ihre Rechte
Sie haben das Recht auf Auskunft (Art. 15), Berichtigung (Art. 16), Löschung (Art. 17), Einschränkung (Art. 18) und Widerspruch (Art. 21 DSGVO).

7. Beschwerderecht
Sie können sich bei der Aufsichtsbehörde beschweren: Der Bayerische Landesbeauftragte für den Datenschutz, Wagmüllerstraße 18, 80538 München, poststelle@datenschutz-bayern.de
""",
    keep=[
        "Art. 13 DSGVO",
        "Rückermainstraße 2, 97070 Würzburg",
        "datenschutz@stadt.wuerzburg.de",
        "Der Bayerische Landesbeauftragte für den Datenschutz",
        "Wagmüllerstraße 18, 80538 München",
    ],
)

clean(
    "csv",
    """
# Stadt Herne, FB Soziales, Wohngeldstelle - Fallzahlen 2024 (Export für den Sozialbericht)
monat;antraege_eingang;davon_erstantraege;bewilligt;abgelehnt;durchschn_bearbeitungsdauer_tage;durchschn_wohngeld_eur
2024-01;612;201;488;57;61;287
2024-02;574;176;531;49;58;291
2024-03;603;188;560;62;55;289
2024-04;541;160;512;44;52;285
2024-05;498;149;470;51;49;283
2024-06;455;138;441;39;47;286
2024-07;487;151;452;46;46;290
2024-08;463;129;430;41;44;288
2024-09;509;157;468;48;45;292
2024-10;536;171;497;53;47;294
2024-11;521;166;480;50;48;293
2024-12;398;112;402;37;51;295
# Summe Anträge 2024: 6197; Bewilligungsquote 88,7 %
# Quelle: Fachverfahren, Abfrage vom 08.01.2025; keine Einzelfalldaten
""",
    keep=[
        "Wohngeldstelle",
        "durchschn_bearbeitungsdauer_tage",
        "Bewilligungsquote 88,7 %",
        "keine Einzelfalldaten",
    ],
)

clean(
    "log",
    """
Aufrufsystem Bürgerbüro Witten - Tagesprotokoll Mittwoch, 12.03.2025 (Auszug 08:00-08:30)
Standort: Rathaus, Marktstraße 16, Erdgeschoss

Zeit   Wartenummer  Anliegen                        Platz  Wartezeit  Bearbeitung
08:00  A001         Personalausweis Antrag          1      00:02      00:14
08:01  A002         Personalausweis Abholung        2      00:03      00:04
08:01  M001         Ummeldung                        3      00:02      00:09
08:04  A003         Reisepass Antrag                 2      00:05      00:16
08:06  F001         Führungszeugnis                  4      00:04      00:06
08:09  M002         Anmeldung Zuzug                  3      00:07      00:18
08:12  A004         Personalausweis Antrag          1      00:09      00:13
08:15  K001         Kfz-Wunschkennzeichen (Info)     5      00:05      00:03
08:21  M003         Meldebescheinigung               4      00:10      00:05
08:26  A005         Personalausweis Abholung        2      00:12      00:03
08:29  F002         Beglaubigung                     5      00:06      00:07

Zusammenfassung 08:00-08:30: 11 Aufrufe, mittlere Wartezeit 6 Min., längste Wartezeit 12 Min.
Störungen: Anzeigetafel Wartebereich 2 ohne Ton (Ticket HD-2025-0318 an Haustechnik)
""",
    keep=[
        "Marktstraße 16",
        "Wartenummer",
        "Kfz-Wunschkennzeichen",
        "Ticket HD-2025-0318",
        "mittlere Wartezeit 6 Min.",
    ],
)

clean(
    "notice",
    """
Kommunale Servicebetriebe Recklinghausen (KSR) - Hinweis zur Abfuhr rund um Ostern 2025

Wegen der Feiertage verschieben sich die Abfuhrtermine für Restmüll, Biotonne, Papier und Gelbe Tonne:

Karfreitag (18.04.)    -> Abfuhr am Samstag, 19.04.
Ostermontag (21.04.)   -> Abfuhr am Dienstag, 22.04.; alle folgenden Termine der Woche verschieben sich um einen Tag bis einschließlich Samstag, 26.04.

Betroffen sind insbesondere die Abfuhrbezirke 3 und 7 mit u. a. folgenden Straßen:
Bezirk 3: Dortmunder Straße, Paulusstraße, Kemnastraße, Hohenzollernstraße, Theodor-Körner-Straße
Bezirk 7: Castroper Straße (ab Hausnr. 150), Bruchweg, Kardinal-von-Galen-Straße, Wilhelm-Busch-Weg

Der Wertstoffhof an der Blitzkuhlenstraße ist am Karsamstag von 8 bis 13 Uhr geöffnet; an den Feiertagen bleibt er geschlossen.

Sperrmüll kann weiterhin online oder über die Abfallberatung angemeldet werden: Telefon 02361 50-2100, abfallberatung@ksr-re.de. Die neue Abfall-App zeigt die geänderten Termine automatisch an.
""",
    keep=[
        "Theodor-Körner-Straße",
        "Kardinal-von-Galen-Straße",
        "Wilhelm-Busch-Weg",
        "Blitzkuhlenstraße",
        "abfallberatung@ksr-re.de",
    ],
)

clean(
    "calendar",
    """
Stadt Cottbus/Chóśebuz - Ratsinformationssystem
Sitzungskalender Oktober 2025 (öffentliche Sitzungen)

07.10.2025, 17:00 Uhr   Ausschuss für Bauen, Verkehr und Stadtentwicklung
                        Stadthaus, Erich-Kästner-Platz 1, Beratungsraum 3.08
                        u. a. BV-071/25 Bebauungsplan „Ostsee-Quartier Nord", IV-033/25 Sachstand Straßenbahnnetz
09.10.2025, 16:30 Uhr   Ausschuss für Bildung, Sport und Kultur
                        Stadthaus, Beratungsraum 3.08
                        u. a. BV-074/25 Schulentwicklungsplan 2026-2031, BV-076/25 Sanierung Sporthalle Lacoma-Straße
14.10.2025, 17:00 Uhr   Jugendhilfeausschuss
                        Stadthaus, Ratssaal
                        u. a. BV-079/25 Kita-Bedarfsplanung, IV-036/25 Bericht Kinder- und Jugendnotdienst
22.10.2025, 14:00 Uhr   Ausschuss für Wirtschaft, Strukturentwicklung und Digitalisierung
                        Lausitz Science Park, Siemens-Halske-Ring 2
                        u. a. BV-081/25 Ansiedlung Bahnwerk, IV-039/25 Lausitzer Strukturmittel
29.10.2025, 14:00 Uhr   Stadtverordnetenversammlung
                        Stadthaus, Ratssaal
                        Tagesordnung ab 15.10. online; Einwohnerfragestunde um 14:15 Uhr

Vorlagen: BV = Beschlussvorlage, IV = Informationsvorlage, AV = Antragsvorlage
Auskunft: Büro der Stadtverordnetenversammlung, svv-buero@cottbus.de, Telefon 0355 612-2020
""",
    keep=[
        "Erich-Kästner-Platz 1",
        "BV-071/25",
        "Siemens-Halske-Ring 2",
        "Lacoma-Straße",
        "svv-buero@cottbus.de",
    ],
)

sys.exit(CORPUS.main(OUT, {"pii": 70, "clean": 30}))
