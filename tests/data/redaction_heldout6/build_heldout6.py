"""Build the sixth German PII redaction held-out corpus (``corpus.jsonl`` next to this file).

    python3 tests/data/redaction_heldout6/build_heldout6.py

This is a BLIND held-out set: it is measured only in aggregate. Do not read the documents, do not
tune the redactor on them and do not copy from them into rules, tests or other corpora. It was
written without sight of the redactor's rules, its benchmark or the other held-out corpora, from
knowledge of the documents a German city administration receives and produces: letters from
citizens, e-mails and forwarded chains, web-form submissions, OCR-noisy scans, CSV and Excel
pastes, internal notes and tickets, chat transcripts, phone notes, letters of courts and lawyers,
application, audit and system logs, minutes, letters of the registry and social offices. The
PII-free texts are administrative texts full of traps: public places and offices with addresses
and phone numbers, press releases, council papers, menus, timetables, event listings, firm
names, statistics tables, IT notices with server names, streets and schools named after persons.

Every document is written out individually below. Personal strings are marked inline as
``[[TYPE:text]]``; the script strips the markup and computes the offsets. Short aliases:

    P=PERSON  STR=STREET_ADDRESS  LOC=LOCATION  DOB=DATE_OF_BIRTH  TEL=PHONE_NUMBER
    MAIL=EMAIL_ADDRESS  IBAN=IBAN_CODE  TAX=DE_TAX_ID  RV=DE_SOCIAL_SECURITY  ID=DE_ID_CARD
    PASS=DE_PASSPORT  KFZ=DE_KFZ  AZ=DE_AKTENZEICHEN  HR=DE_HANDELSREGISTER  IP=IP_ADDRESS

Annotation conventions (those of the development sets):
  - salutations, titles and roles ("Herr", "Frau", "Dr.", "RAin", "Familie") stay outside a
    PERSON span; particles belonging to the surname are inside; "Nachname, Vorname" is one span;
    lower-case names, nicknames, user handles and OCR-garbled names are PERSON; a name inside an
    e-mail address is annotated only as part of the EMAIL_ADDRESS; names of natural persons
    (citizens, staff, judges, lawyers, landlords) are annotated wherever they occur;
  - a private address is split into STREET_ADDRESS (street, number, additions) and LOCATION
    (postal code and town), abroad as well; a town of residence or birthplace alone is LOCATION;
    a country or a nationality is not annotated;
  - addresses, switchboards, hotlines and functional mailboxes of authorities, courts, schools,
    law firms and companies are not personal; a staff member's direct line and personal
    mailbox are;
  - file, case, customer, booking and register numbers of a citizen's matter (court file numbers
    of a person's case included) are DE_AKTENZEICHEN, the cue word outside; council papers, plan
    numbers, IT tickets and changes, tender numbers, Tatbestandsnummern and the register entries
    of companies (HRB) are not; the HRA entry of a sole trader is DE_HANDELSREGISTER;
  - IP addresses of citizens' devices are personal, addresses of servers and internal systems
    are not; only dates of birth are personal, letter dates, deadlines and event dates are not.
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


# ---------------------------------------------------------------------------------------------
# Documents with personal data
# ---------------------------------------------------------------------------------------------

# 1 -- citizen's letter, objection to a waste fee notice
pii(
    "letter",
    """
[[P:Ewald Sommer]]
[[STR:Wolfhager Straße 212]]
[[LOC:34128 Kassel]]
Tel. [[TEL:(0561) 88 14 27]]

An die
Stadtreiniger Kassel
– Gebührenabteilung –
Am Lossewerk 15
34123 Kassel

                                                        Kassel, den 28.10.2026

Kundennummer: [[AZ:400 118 273]]
Gebührenbescheid 2026 vom 14.10.2026, Kassenzeichen [[AZ:5.2026.0411.772]]

Widerspruch

Sehr geehrte Damen und Herren,

hiermit lege ich gegen den oben genannten Bescheid Widerspruch ein.

Seit dem Tod meiner Frau [[P:Gerda]] im Sommer letzten Jahres lebe ich allein in der Wohnung. Die 120-Liter-Restmülltonne wird nur noch alle vier Wochen halbvoll. Ich habe die Umstellung auf eine 60-Liter-Tonne schon am 03.02.2026 telefonisch beantragt, die Dame am Telefon hat mir das auch zugesagt. Trotzdem wird wieder die große Tonne berechnet (312,48 € statt 187,20 €).

Ich bitte Sie, den Bescheid zu ändern und mir den zu viel gezahlten Betrag zu erstatten auf mein Konto bei der Kasseler Sparkasse:
IBAN [[IBAN:DE48 3705 0198 0859 8987 31]]

Falls Sie Rückfragen haben, erreichen Sie mich vormittags unter der oben genannten Nummer. Mein Sohn [[P:Jörg]] ([[TEL:0171 - 6 49 02 88]]) kann mir auch helfen.

Mit freundlichen Grüßen

[[P:Ewald Sommer]]
""",
    keep=[
        "Stadtreiniger Kassel",
        "Am Lossewerk 15",
        "Widerspruch",
        "120-Liter-Restmülltonne",
        "312,48 €",
    ],
    allow=("Sommer",),
)

# 2 -- informal e-mail, lost identity card, lower-case names
pii(
    "email",
    """
Von: [[P:jana koch]] <[[MAIL:janakoch.os@gmx.de]]>
An: buergeramt@osnabrueck.de
Gesendet: Sonntag, 18. Oktober 2026 23:14
Betreff: perso weg!!

hallo zusammen,

ich hab am samstag abend in der altstadt (irgendwo zwischen hasestraße und dem bahnhof) meinen perso verloren, portemonnaie ist auch weg. die polizei hat mir gesagt ich soll das bei euch melden und dann den ausweis sperren lassen. die ausweisnummer hab ich noch von einem foto: [[ID:L4X7TNR29]]

meine daten falls ihr die braucht: [[P:jana koch]], geb. [[DOB:03.02.1999]], [[STR:bramscher str. 41b]], [[LOC:49088 osnabrück]]

kann ich montag einfach vorbeikommen oder brauch ich einen termin? ich brauche bis 02.11. einen vorläufigen personalausweis weil ich nach london fliege. mein freund [[P:tobi]] ([[P:tobias brandt]]) hat gesagt das geht auch mit reisepass aber den hab ich nicht.

falls jemand das portemonnaie abgibt: das ist braun mit einem aufkleber vom vfl drauf. bitte an [[TEL:0157 3392 0814]] melden.

lg [[P:jana]]

--
Gesendet von meinem iPhone
""",
    keep=[
        "buergeramt@osnabrueck.de",
        "vorläufigen personalausweis",
        "Gesendet von meinem iPhone",
        "perso weg!!",
    ],
)

# 3 -- forwarded chain, foreigners' authority to social office
pii(
    "email_chain",
    """
Von: [[P:Kübler, Anke]] (Stadt Göttingen, FD 50.2)
Gesendet: Dienstag, 10. November 2026 09:42
An: [[P:Hoffmann-Riedel, Sven]]
Cc: sozialleistungen-ukraine@goettingen.de
Betreff: WG: WG: Familie [[P:Hnatiuk]] – Wechsel AsylbLG -> SGB II / Az. [[AZ:AB-24-2026-0877]]

Hallo [[P:Sven]],

zur Info und mit der Bitte um Übernahme in eure Akte. Die Fiktionsbescheinigung läuft am 30.11. aus, der Titel nach § 24 AufenthG ist inzwischen erteilt. Das Jobcenter hat die Akte noch nicht angefordert.

Gruß
[[P:Anke]]
Tel. [[TEL:0551 400-3127]]

-----Ursprüngliche Nachricht-----
Von: [[P:Weißenborn, Lukas]] <[[MAIL:l.weissenborn@goettingen.de]]>
Gesendet: Montag, 9. November 2026 16:05
An: [[P:Kübler, Anke]] <[[MAIL:a.kuebler@goettingen.de]]>
Betreff: WG: Familie [[P:Hnatiuk]] – Aufenthaltserlaubnis erteilt

Frau [[P:Hnatiuk]] war heute zur Abholung der eAT-Karten da. Daten:

[[P:Hnatiuk, Tetiana]], geb. [[DOB:11.06.1986]] in [[LOC:Schytomyr]], RP-Nr. [[PASS:FX418263]]
[[P:Hnatiuk, Marko]], geb. [[DOB:04.01.2012]]
[[P:Hnatiuk, Daryna]], geb. [[DOB:27.08.2017]]
Anschrift: [[STR:Groner Landstraße 9, Zi. 214]], [[LOC:37081 Göttingen]] (Gemeinschaftsunterkunft)

Neue Handynummer von Frau [[P:Hnatiuk]]: [[TEL:+380 67 214 55 90]] (ukrainische Nummer, WhatsApp geht)
Der Ehemann [[P:Bohdan Hnatiuk]] ist weiterhin in [[LOC:Schytomyr]] gemeldet und nicht Teil des Verfahrens.

VG [[P:Lukas Weißenborn]]
Ausländerbehörde, Schalter 4

-----Ursprüngliche Nachricht-----
Von: Terminbuchung Ausländerbehörde <noreply-termine@goettingen.de>
Betreff: Terminbestätigung [[AZ:T-2026-118402]]

Ihr Termin: 09.11.2026, 14:30 Uhr, Hiroshimaplatz 1-4, Raum 021. Bitte bringen Sie Ihren Reisepass mit.
""",
    keep=[
        "§ 24 AufenthG",
        "Fiktionsbescheinigung",
        "sozialleistungen-ukraine@goettingen.de",
        "Hiroshimaplatz 1-4, Raum 021",
        "Gemeinschaftsunterkunft",
    ],
)

# 4 -- web-form summary, residents' parking permit
pii(
    "web_form",
    """
Service-BW · Antragszusammenfassung (PDF-Export)
Leistung:        Bewohnerparkausweis Zone C2 „Stühlinger“
Behörde:         Stadt Freiburg im Breisgau, Amt für öffentliche Ordnung
Vorgangs-ID:     [[AZ:SBW-7Q2M-44K9-D1]]
Eingereicht am:  02.11.2026, 21:17 Uhr

Antragstellende Person
  Name, Vorname ........ [[P:Lemaire, Camille]]
  Geburtsdatum ......... [[DOB:21.05.1993]]
  Anschrift ............ [[STR:Eschholzstraße 58, 3. OG]]
                         [[LOC:79106 Freiburg im Breisgau]]
  E-Mail ............... [[MAIL:camille.lemaire@posteo.de]]
  Telefon (optional) ... [[TEL:+49 (0)761 4589 2213]]

Fahrzeug
  Amtl. Kennzeichen .... [[KFZ:FR-CL 2218]]
  Halter/in ............ nicht identisch (Leasing: Mobilize Lease GmbH)
  Nutzungsnachweis ..... Überlassungserklärung.pdf (212 KB)

Zweites Fahrzeug (Oldtimer, H-Kennzeichen)
  Amtl. Kennzeichen .... [[KFZ:FR-CL 221H]]

Gebühr: 240,00 € / 12 Monate – Zahlung per giropay, Referenz [[AZ:GP-26-99104712]]

Technische Angaben
  Client-IP ............ [[IP:2a02:8071:84c3:1f00:44d:9b2e:70ac:11f2]]
  Formularversion ...... bpa_frbg_v4.2
  Zeitstempel (UTC) .... 2026-11-02T20:17:41Z
""",
    keep=[
        "Bewohnerparkausweis Zone C2",
        "Amt für öffentliche Ordnung",
        "Mobilize Lease GmbH",
        "bpa_frbg_v4.2",
        "240,00 €",
    ],
)

# 5 -- OCR of a scanned letter to the Jobcenter
pii(
    "ocr_scan",
    """
[Posteingang Scan-Stapel 2026-11-04 / Blatt 0043 / OCR-Konfidenz 71 %]

[[P:Mehrnet A1i Yavuz]]
[[STR:Sch1eusenstr. 7]]
[[LOC:33602 Bie1efeld]]

An das Jobcenter Arbeitplus Bie1efeld
Team 23O

Bie1efeld, 0l.11.2026

BG-Nr.: [[AZ:38202BG0O1l547]]

Sehr geehrte Darnen und Herren,

1ch teile lhnen rnit, dass rneine Tochter [[P:E1if]] seit dern 01.10.2026 eine Ausbi1dung
a1s Zahnrnedizinische Fachangeste11te rnacht (Praxis Dr. rned. [[P:Brockrnann]]).
Die Ausbildungsvergütung beträgt 950,- € brutto. Den Ausbi1dungsvertrag 1ege ich bei.

Bitte ändern Sie die Berechnung für die Bedarfsgerneinschaft. Mein Sohn [[P:Emre]]
ist weiterhin Schü1er (Gesarntschu1e Schi1desche, K1asse 9).

Meine Te1efonnumrner hat sich geändert: [[TEL:0521 / 329 58 l7]]

Mit freund1ichen Grüßen
[[P:M. A. Yavuz]]

Anlage: Ausbi1dungsvertrag (3 Seiten)

--- Bearbeitungsvermerk (handschriftlich, nicht erkannt) ---
[unleserlich] ... an Hr. [[P:Kuhlrnann]] z. w. V. ... [Stempel: EINGEGANGEN 04. NOV. 2026]
""",
    keep=[
        "Jobcenter Arbeitplus",
        "OCR-Konfidenz 71 %",
        "Anlage: Ausbi1dungsvertrag (3 Seiten)",
        "EINGEGANGEN 04. NOV. 2026",
        "950,- € brutto",
    ],
)

# 6 -- comma CSV with quoted fields, OGS parental contributions with SEPA mandates
pii(
    "csv",
    """
# Export Elternbeitraege OGS/Mittagsbetreuung - Fachbereich Schule Wuerzburg - Stand 30.10.2026
"Beitragskonto","Kind","Schule","Klasse","Zahlungspflichtige/r","Einkommensstufe","Beitrag_mtl","Mandatsreferenz","IBAN","Kontoinhaber"
"[[AZ:OGS-26-0183]]","[[P:Schäfer, Lotta]]","Grundschule Heuchelhof","2b","[[P:Schäfer, Miriam]]","3","68,00","[[AZ:WUE-OGS-0183-01]]","[[IBAN:DE06 5205 0353 0690 0679 21]]","[[P:Miriam Schäfer]]"
"[[AZ:OGS-26-0184]]","[[P:Al-Sayed, Omar]]","Grundschule Heuchelhof","1a","[[P:Al-Sayed, Mahmoud]]","1","0,00","","",""
"[[AZ:OGS-26-0191]]","[[P:Papadopoulou, Eleni]]","Pestalozzischule","3c","[[P:Papadopoulos, Konstantinos]]","5","112,00","[[AZ:WUE-OGS-0191-01]]","[[IBAN:DE03 8605 5592 6535 1034 58]]","[[P:Konstantinos Papadopoulos]]"
"[[AZ:OGS-26-0197]]","[[P:Wolf, Finn]]","Pestalozzischule","4a","[[P:Wolf, Daniela]]","2","41,00","[[AZ:WUE-OGS-0197-01]]","[[IBAN:DE41 5005 0201 8814 2806 66]]","[[P:Daniela]] und [[P:Markus Wolf]]"
"[[AZ:OGS-26-0202]]","[[P:Dinh, Bao Anh]]","Grundschule Lengfeld","2a","[[P:Dinh, Thi Thu]]","2","41,00","Überweisung","",""
# Summe Sollstellung Nov 2026: 262,00 EUR / 5 Konten / Beitragsfreiheit Stufe 1 (BuT) beachtet
""",
    keep=[
        "Grundschule Heuchelhof",
        "Pestalozzischule",
        "Einkommensstufe",
        "Beitragsfreiheit Stufe 1 (BuT)",
        "Summe Sollstellung Nov 2026",
    ],
)

# 7 -- Excel pasted as text, poll workers with mixed phone notations
pii(
    "excel_paste",
    'Bürgerentscheid 07.03.2027 – Besetzung der Wahlvorstände (Auszug, Blatt "WBZ 01-06")\n'
    "WBZ\tWahlraum\tFunktion\tName\tVorname\tTelefon\tE-Mail\tBeschäftigte/r\tPers.-Nr.\n"
    "01\tGrundschule Am Sonnenhang, Eingang Turnhalle\tVorsteher/in\t[[P:Brinkmann]]\t[[P:Ute]]\t[[TEL:0541 / 7 38 21 90]]\t[[MAIL:ute.brinkmann@t-online.de]]\tnein\t\n"
    "01\tGrundschule Am Sonnenhang, Eingang Turnhalle\tStellv.\t[[P:Çakır]]\t[[P:Serkan]]\t[[TEL:+49 176 2041 5583]]\t\tja\t[[AZ:004711]]\n"
    "02\tAltenzentrum St. Hedwig, Cafeteria\tVorsteher/in\t[[P:Winter]]\t[[P:Karl-Heinz]]\t[[TEL:05 41 - 40 18 77]]\t\tnein\t\n"
    "02\tAltenzentrum St. Hedwig, Cafeteria\tSchriftführer/in\t[[P:Nowak-Brinkmann]]\t[[P:Patrycja]]\t[[TEL:0160/94418820]]\t[[MAIL:p.nowak-brinkmann@web.de]]\tja\t[[AZ:006032]]\n"
    "03\tFeuerwache Nord (Fahrzeughalle)\tVorsteher/in\t[[P:Rahman]]\t[[P:Tanvir]]\t[[TEL:0049 541 9920 113]]\t[[MAIL:tanvir.rahman@gmail.com]]\tnein\t\n"
    "04\tJugendzentrum Ostbunker\tVorsteher/in\t(unbesetzt)\t\t\t\t\t\n"
    "05\tRathaus, Sitzungssaal\tVorsteher/in\t[[P:Ionescu]]\t[[P:Andrei]]\t[[TEL:0541 323-4417]]\t\tja\t[[AZ:003395]]\n"
    "06\tBriefwahl, Rathaus Raum 105\tVorsteher/in\t[[P:Hartmann]]\t[[P:Ingeborg]]\t[[TEL:+49 541 60 92 71]]\t\tnein\t\n"
    "\t\t\t\t\t\t\t\t\n"
    "Hinweis: WBZ 04 noch offen – bitte Reserveliste prüfen. Erfrischungsgeld 50 € (Vorsteher 60 €), Schulung am 18.02.2027 im Ratssitzungssaal.\n",
    keep=[
        "Besetzung der Wahlvorstände",
        "Altenzentrum St. Hedwig, Cafeteria",
        "Feuerwache Nord (Fahrzeughalle)",
        "Erfrischungsgeld 50 €",
        "(unbesetzt)",
    ],
)

# 8 -- internal file note of the public order office, neighbours with everyday-word names
pii(
    "internal_note",
    """
Stadt Regensburg – Amt für öffentliche Ordnung und Straßenverkehr
Abt. Allgemeine Sicherheit, Sachgebiet Immissionen

Aktenvermerk

Az.: [[AZ:32.3-LÄ-2026/0544]]
Betreff: Lärmbeschwerde Hundegebell, Anwesen [[STR:Am Wolfsgraben 7]], [[LOC:93055 Regensburg]]
Ortstermin: 22.10.2026, 15:10–15:55 Uhr
Teilnehmende: POK a. D. [[P:Wimmer]] (KOD), Unterzeichner

1. Beschwerdeführer ist Herr [[P:Florian Winter]] ([[STR:Am Wolfsgraben 5]], Tel. [[TEL:0941 / 70 31 86]]). Er trägt vor, die zwei Hunde der Nachbarin Frau [[P:Renate Wolf]] bellten seit dem Frühjahr täglich ab ca. 5:30 Uhr, vor allem im Winter bei geschlossenem Zwinger.

2. Frau [[P:R. Wolf]] war beim Ortstermin anwesend. Sie räumt ein, dass die Hunde (Husky-Mischlinge) morgens „jaulen wie ein Wolf“, sobald der Zeitungsbote kommt. Sie habe bereits einen Hundetrainer beauftragt.

3. Beim Ortstermin war kein Dauergebell feststellbar. Vor dem Anwesen parkte der Pkw [[KFZ:R-FW 1207]] (Halter lt. Abfrage: Herr [[P:F. Winter]]) im absoluten Halteverbot; Verwarnung wurde nicht erteilt.

4. Weiteres Vorgehen: Lärmprotokoll (Vordruck L-3) an Herrn [[P:F. Winter]] für 14 Tage; Wiedervorlage 20.11.2026. Bei Bestätigung Anhörung zur Anordnung nach Art. 18 LStVG.

gez. [[P:Hierl]], VAng
""",
    keep=[
        "Amt für öffentliche Ordnung und Straßenverkehr",
        "Lärmprotokoll (Vordruck L-3)",
        "Art. 18 LStVG",
        "Wiedervorlage 20.11.2026",
        "Aktenvermerk",
    ],
    allow=("Winter", "Wolf"),
)

# 9 -- IT incident ticket about a staff account
pii(
    "it_ticket",
    """
Incident INC0048812 – Priorität 3 (mittel)
Kategorie: Benutzerkonto / Anmeldung
Erstellt: 05.11.2026 07:41 über Self-Service-Portal
Betroffene Person: [[P:Dragan Petrović]] (Bürgeramt Mitte, Raum E.14), Tel. [[TEL:0911 231-4217]]
Anmeldename: [[P:petrovic.d]]
Arbeitsplatz: PC-BA-E14-03 (Windows 11, Image 2026-09)

Beschreibung (Anwender):
"Seit heute früh kommt beim Anmelden 'Das Konto wurde gesperrt'. Habe Freitag das Passwort geändert. Kollegin [[P:Sandra Oettinger]] kann sich am gleichen PC anmelden."

Arbeitsnotizen:
05.11. 07:58 [[P:mkrause]]: Kontosperre auf dc02.verwaltung.intern bestätigt (Event 4740, Quelle: MOBIL-[[P:PETROVIC]]-IPAD). Vermutlich altes Passwort im Mail-Profil des Diensttablets.
05.11. 08:03 [[P:mkrause]]: Konto entsperrt, Anwender telefonisch informiert, Mail-Profil auf dem Tablet entfernt.
05.11. 08:40 Anwender bestätigt Anmeldung. Ticket gelöst.

Konfigurationselement: AD-Domäne VERWALTUNG, DC dc02.verwaltung.intern (10.20.1.12)
Verknüpft: KB0001207 „Kontosperre durch mobile Endgeräte“
Zugewiesen an: 2nd Level Identity & Access
""",
    keep=[
        "INC0048812",
        "dc02.verwaltung.intern (10.20.1.12)",
        "KB0001207",
        "Event 4740",
        "2nd Level Identity & Access",
    ],
)

# 10 -- live chat transcript, citizens' service
pii(
    "chat_transcript",
    """
Chatprotokoll Bürgerservice Leipzig – Kanal: Webchat – Sitzung [[AZ:C-20261103-0917]]
Beginn 03.11.2026 10:02:11, Ende 10:14:55, Bewertung: 5/5

[10:02:11] System: Sie sind verbunden mit Behördennummer 115 – Chat. Eine Mitarbeiterin ist gleich für Sie da.
[10:02:40] [[P:Melanie]] (Servicecenter): Guten Tag, hier ist [[P:Melanie]] vom Bürgerservice. Wie kann ich helfen?
[10:03:12] Gast: hallo, ich habe im september einen antrag auf einbürgerung gestellt und noch nix gehört
[10:03:30] [[P:Melanie]] (Servicecenter): Das schaue ich mir gern an. Haben Sie eine Vorgangsnummer?
[10:04:05] Gast: ja [[AZ:EB-2026-03318]] glaube ich. name [[P:Nguyen Thi Thu Ha]] geboren [[DOB:12.12.1990]]
[10:05:47] [[P:Melanie]] (Servicecenter): Danke. Ich sehe den Vorgang. Die Unterlagen sind vollständig, es fehlt nur noch die Rückmeldung des Landesamts für Verfassungsschutz. Das dauert derzeit etwa 8–10 Wochen.
[10:06:20] Gast: ok. und ich bin umgezogen, neue adresse [[STR:Eisenbahnstraße 141]], [[LOC:04315 Leipzig]]. muss ich das extra melden?
[10:07:02] [[P:Melanie]] (Servicecenter): Ja, die Ummeldung machen Sie bitte im Bürgeramt (Termin online). Die Einbürgerungsbehörde informiere ich über die neue Anschrift.
[10:08:15] Gast: danke!! und mein mann [[P:Hoang Van Duc]] will auch einbürgern, geht das zusammen?
[10:09:30] [[P:Melanie]] (Servicecenter): Ihr Ehemann kann einen eigenen Antrag stellen; er kann auf Ihren Vorgang Bezug nehmen. Das Formular finden Sie unter leipzig.de/einbuergerung.
[10:10:41] Gast: super. meine nummer falls rückfragen [[TEL:0176 81 33 40 92]]
[10:14:55] System: Der Chat wurde beendet.

Weitergeleitet an: einbuergerung@leipzig.de (Notiz: Adressänderung, Rückruf nicht nötig)
""",
    keep=[
        "Behördennummer 115",
        "Landesamts für Verfassungsschutz",
        "leipzig.de/einbuergerung",
        "einbuergerung@leipzig.de",
        "Bewertung: 5/5",
    ],
)

# 11 -- phone note, social office, care costs
pii(
    "phone_note",
    """
TELEFONNOTIZ                                  Datum: 09.11.26   Uhrzeit: 11.20

Für:   Hr. [[P:Tegethoff]] (Hilfe zur Pflege)          Aufgenommen von: [[P:Kerstin Drees]]
Anrufer/in: Fr. [[P:Krystyna Zawadzka]] (Tochter)
Rückruf unter: [[TEL:0 52 51 / 87 44 19]] – ab 16 Uhr, vorher Handy [[TEL:0151 – 22 71 90 64]]
Betrifft: Vater, Hr. [[P:Bolesław Zawadzki]], geb. [[DOB:06.08.1937]], seit 01.09. im Haus am Kirchberg (stationär)
Az: [[AZ:50.3-HzP-2026/118]]

Inhalt:
– Heim hat 2. Mahnung geschickt (Eigenanteil Sept./Okt. 4.112,60 €), Tochter ist „verzweifelt“
– Rente des Vaters geht noch auf das alte Konto in [[LOC:Gdańsk]] (poln. Rente ZUS), Umstellung läuft
– Fragt, ob Antrag vollständig ist. Hatte Kontoauszüge am 20.10. persönlich abgegeben (Bürgerbüro Schloß Neuhaus)
– Pflegegrad 4 ist beschieden (MD-Gutachten liegt vor)
– Bruder [[P:Piotr]] lebt in [[LOC:Poznań]] und will sich nicht beteiligen (Unterhaltsprüfung!)

Bitte Rückruf: ☒ ja  ☐ nein      dringend: ☒
""",
    keep=[
        "TELEFONNOTIZ",
        "Haus am Kirchberg",
        "Bürgerbüro Schloß Neuhaus",
        "Pflegegrad 4",
        "4.112,60 €",
    ],
)

# 12 -- letter of a guardianship court to the guardianship authority
pii(
    "court_letter",
    """
Amtsgericht Paderborn
– Betreuungsgericht –
Am Bogen 2-4, 33098 Paderborn

Amtsgericht Paderborn, Postfach 1453, 33044 Paderborn

Stadt Paderborn
Betreuungsbehörde
Am Hoppenhof 33
33104 Paderborn

Geschäftsnummer: [[AZ:3 XVII 1187/26]]
(bitte stets angeben)                                         Paderborn, 27.10.2026

Betreuungssache
für Frau [[P:Hildegard Hagedorn]], geb. [[DOB:29.03.1944]],
wohnhaft [[STR:Husener Straße 118a]], [[LOC:33102 Paderborn]],
z. Zt. St.-Vincenz-Krankenhaus, Station 4B

Sehr geehrte Damen und Herren,

in der vorbezeichneten Sache wird um Erstellung eines Sozialberichts gemäß § 11 BtOG gebeten, insbesondere zu folgenden Fragen:
1. Kann die Betroffene ihre Angelegenheiten durch Bevollmächtigte besorgen lassen? Nach Angaben des Sozialdienstes existiert eine Vorsorgevollmacht zugunsten des Neffen, Herrn [[P:Ralf Hagedorn]] ([[STR:Lindenweg 3]], [[LOC:59557 Lippstadt]]), deren Wirksamkeit streitig ist.
2. Welche Aufgabenkreise sind erforderlich (Gesundheitssorge, Vermögenssorge, Aufenthaltsbestimmung, Behördenangelegenheiten)?
3. Wird eine ehrenamtliche Betreuungsperson vorgeschlagen?

Der Rentenversicherungsträger teilt die Versicherungsnummer [[RV:53 290344 H 57 8]] mit; eine Mitteilung über den Rentenbezug liegt der Akte bei.

Eine Anhörung der Betroffenen ist für den 19.11.2026 im Krankenhaus vorgesehen. Frist für den Bericht: 16.11.2026.

[[P:Kemper-Lahrmann]]
Richterin am Amtsgericht

Beglaubigt
[[P:Sielemann]], Justizbeschäftigte
""",
    keep=[
        "Amtsgericht Paderborn",
        "Betreuungsbehörde",
        "§ 11 BtOG",
        "Am Hoppenhof 33",
        "Frist für den Bericht: 16.11.2026",
    ],
)

# 13 -- lawyer's letter, objection against a use prohibition
pii(
    "lawyer_letter",
    """
MARKOVIĆ · DR. SEIBERT · ALTUNTAŞ
Rechtsanwälte PartG mbB
Große Bleiche 29 · 55116 Mainz · Tel. 06131 97 20 30 · Fax 06131 97 20 399
kanzlei@msa-recht.de

Vorab per beA / Fax 06131 12-3355

Stadtverwaltung Mainz
Bauamt – Bauaufsicht
Zitadelle, Bau A
55131 Mainz

Unser Zeichen: [[AZ:117/26 MA/ks]]
Ihr Zeichen: [[AZ:63/2-BA-2026-0412]]
Mainz, 12.11.2026

Nutzungsuntersagung vom 21.10.2026
Mandant: Herr [[P:Yusuf Karataş]], [[STR:Gonsenheimer Straße 143]], [[LOC:55122 Mainz]]

Sehr geehrte Damen und Herren,

wir zeigen an, dass wir Herrn [[P:Karataş]] in obiger Angelegenheit vertreten; eine auf uns lautende Vollmacht fügen wir bei.

Namens und in Vollmacht unseres Mandanten legen wir gegen die Ordnungsverfügung vom 21.10.2026, zugestellt am 24.10.2026, mit der die Nutzung des Dachgeschosses des Anwesens [[STR:Gonsenheimer Straße 143]] zu Wohnzwecken untersagt wurde,

Widerspruch

ein und beantragen, die aufschiebende Wirkung gemäß § 80 Abs. 4 VwGO wiederherzustellen.

Die Begründung folgt nach Akteneinsicht. Wir bitten um Übersendung der Verwaltungsvorgänge an unsere Kanzlei. Die Mieterin der Dachgeschosswohnung, Frau [[P:Ilona Fekete]], ist auf die Wohnung angewiesen; sie ist 78 Jahre alt und bewohnt die Räume seit 1994.

Für Rückfragen steht Ihnen die Unterzeichnerin unter [[MAIL:h.markovic@msa-recht.de]] zur Verfügung.

Mit freundlichen Grüßen

Dr. [[P:Helena Marković]]
Rechtsanwältin
Fachanwältin für Verwaltungsrecht
""",
    keep=[
        "Rechtsanwälte PartG mbB",
        "kanzlei@msa-recht.de",
        "§ 80 Abs. 4 VwGO",
        "Zitadelle, Bau A",
        "Fachanwältin für Verwaltungsrecht",
    ],
)

# 14 -- application log with key=value pairs
pii(
    "app_log",
    """
2026-11-03T08:14:02.117+01:00 INFO  [http-nio-8443-exec-7] d.k.wg.antrag.AntragService - action=antrag_oeffnen user=[[P:lehmann.s]] antrag=[[AZ:WG-2026-04471]] mandant=058
2026-11-03T08:14:09.551+01:00 INFO  [http-nio-8443-exec-7] d.k.wg.antrag.AntragService - action=antrag_speichern user=[[P:lehmann.s]] antrag=[[AZ:WG-2026-04471]] antragsteller="[[P:Özdemir, Cem]]" haushalt=4 miete=812.00 stufe=IV
2026-11-03T08:14:09.603+01:00 WARN  [http-nio-8443-exec-7] d.k.wg.pruef.Plausi - antrag=[[AZ:WG-2026-04471]] regel=P17 msg="Einkommen Haushaltsmitglied 2 fehlt ([[P:Özdemir, Sibel]], geb. [[DOB:1988-02-14]])"
2026-11-03T08:15:40.002+01:00 INFO  [scheduler-1] d.k.wg.batch.Zahllauf - job=zahllauf_vorbereiten status=started run_id=ZL-20261103-01
2026-11-03T08:16:11.870+01:00 INFO  [portal-inbound-2] d.k.wg.portal.Eingang - src=ozg-portal svc_user=svc_portal_wg lb=10.40.2.10 client_ip=[[IP:91.64.117.203]] vorgang=[[AZ:OZG-WG-7731904]] antragsteller="[[P:Kamara, Fatmata]]" plz=[[LOC:30449]] ort=[[LOC:Hannover]] email=[[MAIL:fatmata.kamara@yahoo.de]]
2026-11-03T08:16:12.015+01:00 ERROR [portal-inbound-2] d.k.wg.portal.Eingang - vorgang=[[AZ:OZG-WG-7731904]] anhang=Mietvertrag_[[P:Kamara]].pdf error="Virenscan timeout (clamd@av01.intern:3310)"
2026-11-03T08:16:12.016+01:00 INFO  [portal-inbound-2] d.k.wg.portal.Eingang - vorgang=[[AZ:OZG-WG-7731904]] retry=1 of 3 in 300s
2026-11-03T08:19:55.440+01:00 INFO  [http-nio-8443-exec-2] d.k.wg.auth.Login - login_ok user=[[P:yilmaz-dietrich.a]] ws=WS-SOZ-2-117 ip=10.40.17.88
2026-11-03T08:21:03.114+01:00 INFO  [scheduler-1] d.k.wg.batch.Zahllauf - job=zahllauf_vorbereiten status=finished faelle=1.204 summe=318442.17 dauer=323s
""",
    keep=[
        "job=zahllauf_vorbereiten status=started",
        "svc_user=svc_portal_wg",
        "clamd@av01.intern:3310",
        "regel=P17",
        "run_id=ZL-20261103-01",
    ],
)

# 15 -- JSON lines audit log of a citizen portal
pii(
    "json_log",
    """
{"ts":"2026-11-06T19:02:44.118Z","svc":"buergerportal-auth","event":"login_success","idp":"BundID","subject":"[[MAIL:m.dabrowski1975@wp.pl]]","ip":"[[IP:178.203.64.19]]","ua":"Mozilla/5.0 (Windows NT 10.0; Win64; x64)","trace":"8f31c2aa0e7d"}
{"ts":"2026-11-06T19:03:10.502Z","svc":"buergerportal-forms","event":"form_submit","form":"meldebescheinigung_v2","vorgang":"[[AZ:MB-26-118733]]","data":{"name":"[[P:Dąbrowski]]","vorname":"[[P:Mariusz]]","geburtsdatum":"[[DOB:1975-09-30]]","anschrift":"[[STR:Breite Straße 17]], [[LOC:23552 Lübeck]]"},"ip":"[[IP:178.203.64.19]]","trace":"8f31c2aa0e7d"}
{"ts":"2026-11-06T19:03:11.009Z","svc":"epayment","event":"payment_init","vorgang":"[[AZ:MB-26-118733]]","betrag":"10.00","provider":"pmpayment","status":"pending","trace":"8f31c2aa0e7d"}
{"ts":"2026-11-06T19:04:38.771Z","svc":"epayment","event":"payment_ok","vorgang":"[[AZ:MB-26-118733]]","kassenzeichen":"[[AZ:2026.30.118733]]","trace":"8f31c2aa0e7d"}
{"ts":"2026-11-06T21:00:00.000Z","svc":"healthcheck","event":"ok","targets":["portal-web01","portal-web02","forms-db01"],"latency_ms":41}
{"ts":"2026-11-07T07:45:12.330Z","svc":"buergerportal-admin","event":"record_view","actor":"[[P:adm_voss]]","vorgang":"[[AZ:MB-26-118733]]","reason":"Sachbearbeitung","ip":"10.8.3.55"}
{"ts":"2026-11-07T07:46:02.904Z","svc":"buergerportal-admin","event":"document_sent","actor":"[[P:adm_voss]]","vorgang":"[[AZ:MB-26-118733]]","channel":"postfach","recipient":"[[MAIL:m.dabrowski1975@wp.pl]]"}
{"ts":"2026-11-07T08:10:55.610Z","svc":"buergerportal-auth","event":"login_failed","idp":"local","subject":"[[MAIL:kasia.lewandowska@o2.pl]]","reason":"bad_password","ip":"[[IP:2a01:599:11a:72e4::1c]]"}
""",
    keep=[
        "buergerportal-auth",
        "meldebescheinigung_v2",
        '"provider":"pmpayment"',
        "portal-web01",
        '"reason":"Sachbearbeitung"',
    ],
)

# 16 -- syslog extract, web portal, ssh, sudo and mail relay
pii(
    "syslog",
    """
Nov  4 02:13:44 web-portal01 nginx: [[IP:87.123.44.201]] - - [04/Nov/2026:02:13:44 +0100] "POST /formulare/hundesteuer/anmelden HTTP/2.0" 302 0 "-" "Mozilla/5.0 (Android 14)"
Nov  4 02:13:45 web-portal01 nginx: [[IP:87.123.44.201]] - - [04/Nov/2026:02:13:45 +0100] "GET /formulare/danke?vg=[[AZ:HST-2026-00917]] HTTP/2.0" 200 5120 "-" "Mozilla/5.0 (Android 14)"
Nov  4 02:14:01 mailrelay02 postfix/smtp[44120]: 3F2A1C0E19: to=<[[MAIL:birgit.schoenfeld67@gmx.de]]>, relay=mx00.emig.gmx.net[212.227.15.9]:25, delay=1.2, status=sent (250 Requested mail action okay, completed)
Nov  4 03:00:01 ewo-app02 CRON[51022]: (root) CMD (/opt/ewo/bin/nachtlauf.sh --mandant 09162)
Nov  4 07:31:02 ewo-app02 sshd[22817]: Accepted publickey for [[P:jschulze]] from 10.12.8.41 port 52233 ssh2: ED25519 SHA256:q0xk1Y9r5vH0mF2Tdn8zW+oLdY3nZbqE6aQ
Nov  4 07:31:15 ewo-app02 sudo:  [[P:jschulze]] : TTY=pts/0 ; PWD=/home/[[P:jschulze]] ; USER=root ; COMMAND=/usr/bin/systemctl restart ewo-batch.service
Nov  4 07:31:16 ewo-app02 systemd[1]: Started EWO Batch Worker.
Nov  4 08:02:37 mailrelay02 postfix/smtpd[45002]: NOQUEUE: reject: RCPT from unknown[[[IP:93.104.177.2]]]: 550 5.1.1 <[[MAIL:hundesteuer.anfrage@gmx.net]]>: Sender address rejected; from=<[[MAIL:hundesteuer.anfrage@gmx.net]]> to=<steuern@stadt.example.de> proto=ESMTP helo=<[192.168.178.23]>
Nov  4 08:15:09 web-portal01 nginx: [[IP:87.123.44.201]] - - [04/Nov/2026:08:15:09 +0100] "GET /status/[[AZ:HST-2026-00917]] HTTP/2.0" 200 2230 "-" "Mozilla/5.0 (Android 14)"
Nov  4 08:20:44 ewo-app02 sshd[23101]: pam_unix(sshd:session): session closed for user [[P:jschulze]]
""",
    keep=[
        "mailrelay02 postfix/smtp[44120]",
        "/opt/ewo/bin/nachtlauf.sh --mandant 09162",
        "Started EWO Batch Worker.",
        "relay=mx00.emig.gmx.net[212.227.15.9]:25",
        "steuern@stadt.example.de",
    ],
)

# 17 -- minutes of a local advisory council with residents' question time
pii(
    "minutes",
    """
Landeshauptstadt Wiesbaden – Ortsbeirat Biebrich
Niederschrift über die 9. Sitzung am Mittwoch, 21.10.2026, 18:00 Uhr
Ort: Rathaus Biebrich, Sitzungssaal, Rathausstraße 63

Anwesend: Ortsvorsteherin [[P:Gülay Ertekin]] (Vorsitz); Mitglieder [[P:Bernd Kiefer]], [[P:Susanne Hack]], [[P:Marco Lindemann]], Dr. [[P:Eva Roth]], [[P:Faruk Aslan]], [[P:Katja Seel]], [[P:Rüdiger Wenz]]; Schriftführung: [[P:Jens Ochs]] (Ortsverwaltung)
Entschuldigt: [[P:Ivana Perić]]
Gäste: Vertreter des Tiefbau- und Vermessungsamtes, ca. 25 Bürgerinnen und Bürger

TOP 1 – Bürgerfragestunde
a) Herr [[P:Johannes Pfaff]] ([[STR:Wiesbadener Allee 44]]) fragt nach dem Zeitplan für die Sanierung der Gehwege in der Wiesbadener Allee. Der Vertreter des Tiefbauamtes sagt eine schriftliche Antwort zu.
b) Frau [[P:Natalia Kozłowska]] (Anwohnerin der [[STR:Rheingaustraße 120]]) beklagt, dass der Schulweg zur Grundschule am Schlosspark an der Baustelle nicht gesichert sei; ihr Sohn sei am 12.10. beinahe angefahren worden. Frau [[P:Ertekin]] sagt eine Ortsbegehung mit der Verkehrsbehörde zu.
c) Herr [[P:Karl-Otto Bender]] übergibt eine Unterschriftenliste (143 Unterschriften) gegen die Fällung der Platanen am Rheinufer.

TOP 2 – Budget des Ortsbeirats: Zuschuss an den Heimat- und Verschönerungsverein Biebrich, 1.500 € – einstimmig beschlossen.

TOP 3 – Anträge: Aufstellung eines Bücherschranks in der Robert-Krekel-Anlage; Antrag der Fraktion von Herrn [[P:Lindemann]] – vertagt.

Die Vorsitzende schließt die Sitzung um 20:05 Uhr.

gez. [[P:Ertekin]]                                  gez. [[P:Ochs]]
Ortsvorsteherin                                     Schriftführer
""",
    keep=[
        "Ortsbeirat Biebrich",
        "Rathausstraße 63",
        "Heimat- und Verschönerungsverein Biebrich",
        "Grundschule am Schlosspark",
        "143 Unterschriften",
    ],
)

# 18 -- registry office letter, registration of a birth with missing documents
pii(
    "registry_letter",
    """
Stadt Bielefeld
Der Oberbürgermeister
Standesamt – Geburten
Niederwall 23, 33602 Bielefeld

Herrn und Frau
[[P:Rami Haddad]] und [[P:Lina Haddad]]
[[STR:Detmolder Straße 212]]
[[LOC:33604 Bielefeld]]

Geburtseintrag: [[AZ:G 2318/2026]]
Ihre Ansprechpartnerin: Frau [[P:Schnittker]], Zimmer 112
Telefon: [[TEL:0521 51-8831]]
Bielefeld, 13.11.2026

Beurkundung der Geburt Ihres Kindes

Sehr geehrte Frau [[P:Haddad]], sehr geehrter Herr [[P:Haddad]],

das Klinikum Bielefeld-Mitte hat uns die Geburt Ihrer Tochter [[P:Yasmin]] am [[DOB:01.11.2026]] angezeigt. Für die Beurkundung fehlen noch folgende Unterlagen:

– Heiratsurkunde (Libanon) mit Apostille bzw. Legalisation und Übersetzung durch einen in Deutschland vereidigten Übersetzer,
– Geburtsurkunde der Mutter (geb. [[P:Khoury]], geboren in [[LOC:Zahlé]]),
– gültige Pässe beider Eltern (Original).

Solange die Unterlagen fehlen, können wir nur einen Auszug über die Geburt ohne Angaben zum Familiennamen ausstellen. Bitte vereinbaren Sie einen Termin unter standesamt@bielefeld.de oder unter der Servicenummer 0521 51-0.

Mit freundlichen Grüßen
Im Auftrag

[[P:Schnittker]]
Standesbeamtin
""",
    keep=[
        "Standesamt – Geburten",
        "Niederwall 23, 33602 Bielefeld",
        "Klinikum Bielefeld-Mitte",
        "standesamt@bielefeld.de",
        "Servicenummer 0521 51-0",
    ],
)

# 19 -- social office notice, basic income support in old age
pii(
    "social_letter",
    """
Landeshauptstadt Hannover
Fachbereich Soziales – Grundsicherung im Alter und bei Erwerbsminderung
Hamburger Allee 25, 30161 Hannover

Herrn
[[P:Krzysztof Kaczmarek]]
c/o [[P:Schulte]]
[[STR:Limmerstraße 87]]
[[LOC:30451 Hannover]]

Aktenzeichen: [[AZ:50.21-GSi-0412/26]]
Rentenversicherungsnummer: [[RV:13 140758 K 03 1]]
Sachbearbeitung: Herr [[P:Mahnke]], Tel. [[TEL:0511 168-4 27 91]]
Datum: 16.11.2026

Bescheid über Leistungen der Grundsicherung nach dem Vierten Kapitel SGB XII

Sehr geehrter Herr [[P:Kaczmarek]],

auf Ihren Antrag vom 29.09.2026 bewillige ich Ihnen für die Zeit vom 01.10.2026 bis 30.09.2027 Leistungen in Höhe von monatlich 611,40 €.

Berechnung (monatlich):
  Regelbedarf Stufe 1                    563,00 €
  Mehrbedarf Schwerbehinderung (G)        95,71 €
  Kosten der Unterkunft (Grundmiete)     398,00 €
  Heizkosten                              74,00 €
  abzüglich Altersrente DRV             – 519,31 €
  Zahlbetrag                             611,40 €

Die Leistung wird jeweils zum Monatsanfang auf Ihr Konto IBAN [[IBAN:DE59 2505 0180 0576 0321 81]] überwiesen. Die Nachzahlung für Oktober und November 2026 (1.222,80 €) erfolgt gesondert.

Sie sind verpflichtet, jede Änderung (z. B. Umzug, Rentenanpassung, Aufenthalt in [[LOC:Opole]] länger als vier Wochen) unverzüglich mitzuteilen.

Rechtsbehelfsbelehrung: Gegen diesen Bescheid kann innerhalb eines Monats nach Bekanntgabe Widerspruch erhoben werden.

Im Auftrag
[[P:Mahnke]]
""",
    keep=[
        "Grundsicherung im Alter und bei Erwerbsminderung",
        "Regelbedarf Stufe 1",
        "Vierten Kapitel SGB XII",
        "Rechtsbehelfsbelehrung",
        "611,40 €",
    ],
)

# 20 -- fine notice of a central fine office
pii(
    "letter",
    """
Stadt Karlsruhe · Ordnungs- und Bürgeramt · Zentrale Bußgeldstelle
Kaiserallee 8 · 76133 Karlsruhe

Zustellungsurkunde / förmliche Zustellung

Frau
[[P:Aleksandra Kowalska-Heil]]
[[STR:Durlacher Allee 71]]
[[LOC:76131 Karlsruhe]]

Aktenzeichen: [[AZ:540.26.113.0487.2]]
Karlsruhe, 30.10.2026

Bußgeldbescheid

Gegen Sie wird wegen der folgenden Ordnungswidrigkeit eine Geldbuße festgesetzt:

Personalien:   [[P:Kowalska-Heil, Aleksandra]], geb. [[P:Kowalska]], geb. am [[DOB:17.04.1982]] in [[LOC:Wrocław]]
Tatzeit:       26.09.2026, 08:12 Uhr
Tatort:        Karlsruhe, Südtangente B 10, Höhe Ausfahrt Europahalle, Fahrtrichtung Pforzheim
Fahrzeug:      Pkw, Skoda, Kennzeichen [[KFZ:KA-AK 1982]]

Sie überschritten die zulässige Höchstgeschwindigkeit außerhalb geschlossener Ortschaften um 24 km/h (zulässig 80, festgestellt nach Toleranzabzug 104 km/h).
§§ 41 Abs. 1 i. V. m. Anlage 2, 49 StVO; § 24 StVG; 11.3.4 BKat; Tatbestandsnummer 141724.

Geldbuße: 100,00 €   Gebühr: 28,50 €   Auslagen: 3,50 €   Gesamt: 132,00 €
Punkte im Fahreignungsregister: 1

Beweismittel: Messfoto, Messprotokoll (PoliScan FM1), Zeuge PHK [[P:Gerber]]

Zahlungsempfänger: Stadtkasse Karlsruhe, IBAN DE56 6605 0101 0000 0009 90 (BIC KARSDE66XXX), Verwendungszweck: Aktenzeichen.
""",
    keep=[
        "Zentrale Bußgeldstelle",
        "Kaiserallee 8 · 76133 Karlsruhe",
        "Tatbestandsnummer 141724",
        "IBAN DE56 6605 0101 0000 0009 90",
        "Punkte im Fahreignungsregister: 1",
    ],
)

# 21 -- informal staff e-mail, lower-case names
pii(
    "email",
    """
Von: [[P:Bauer, Stefanie]]
An: [[P:Kılıç, Emre]]
Betreff: kurz wg. frau [[P:nowak]] + herrn [[P:al-masri]]

hi [[P:emre]],

kannst du morgen früh mal bei frau [[P:nowak]] (die mit dem hund, wohngeld, [[AZ:WG 3-1187/26]]) anrufen? die hat mir auf den AB gesprochen, irgendwas mit der mietbescheinigung vom vermieter [[P:herbert kranz]]. nummer hat sie zweimal gesagt: [[TEL:0 21 51 – 47 33 02]]. ich bin ab donnerstag im urlaub.

und bei herrn [[P:al-masri]] ([[AZ:WG 3-1204/26]]) fehlt immer noch der nachweis über das kindergeld für [[P:ahmad]] und [[P:rawan]]. falls er vorbeikommt: kopie machen, original zurück.

achso, [[P:petra]] aus der leitung fragt, ob wir die übergabe am freitag 9 uhr im raum 2.11 machen können. sag ihr bitte bescheid.

danke dir!
[[P:steffi]]

--
Stadt Krefeld | FB 50 Soziales, Senioren und Wohnen | Wohngeldstelle
Tel. [[TEL:02151 86-3417]] | [[MAIL:stefanie.bauer@krefeld.de]]
""",
    keep=[
        "FB 50 Soziales, Senioren und Wohnen",
        "Wohngeldstelle",
        "mietbescheinigung",
        "raum 2.11",
    ],
)

# 22 -- ticket-system mail, broken street light with reporter's data
pii(
    "ticket_mail",
    """
Von: Mängelmelder Stadt Chemnitz <maengelmelder@stadt-chemnitz.de>
An: [[MAIL:r.hoffmeister-nguyen@icloud.com]]
Betreff: [Ticket#[[AZ:2026111010000147]]] Ihre Meldung „Straßenlaterne defekt“ – in Bearbeitung

Sehr geehrte Frau [[P:Hoffmeister-Nguyen]],

vielen Dank für Ihre Meldung vom 10.11.2026. Wir haben den Auftrag an den Servicepartner eins energie in sachsen weitergegeben (Störung ST-88412, Mast 14-227, Zschopauer Straße / Ecke Reitbahnstraße). Die Reparatur erfolgt in der Regel innerhalb von 10 Werktagen.

Ihre Angaben:
  Name: [[P:Rebecca Hoffmeister-Nguyen]]
  Anschrift (freiwillig): [[STR:Zschopauer Straße 86]], [[LOC:09111 Chemnitz]]
  Telefon (freiwillig): [[TEL:0371 / 2 70 49 93]]
  Foto: IMG_4471.jpg
  Ihr Kommentar: „Seit zwei Wochen ist es hier komplett dunkel, meine Tochter [[P:Mai]] kommt abends vom Training und hat Angst. Vor Haus Nr. 84 ist es am schlimmsten.“

Den Bearbeitungsstand können Sie jederzeit unter Angabe Ihrer Ticketnummer einsehen.

Mit freundlichen Grüßen
Ihr Team Mängelmelder
Tiefbauamt, Abt. Straßenbeleuchtung

[interne Zuordnung: Queue TBA::Beleuchtung | Bearbeiter [[P:fritzsche.t]] | SLA 10 WT]
""",
    keep=[
        "maengelmelder@stadt-chemnitz.de",
        "ST-88412",
        "Mast 14-227",
        "Queue TBA::Beleuchtung",
        "eins energie in sachsen",
    ],
)

# 23 -- semicolon CSV, lost-property office export
pii(
    "csv",
    """
Fundsachenverzeichnis Fundbüro Augsburg – Export 2026-11-09 – Status: Eigentümer ermittelt / benachrichtigt
Fundnr;Fundtag;Fundort;Gegenstand;Finder/in;Finderlohn;Eigentümer/in;Anschrift Eigentümer/in;Kontakt;Benachrichtigt;Bemerkung
[[AZ:F-26-03117]];02.11.2026;Linie 3, Haltestelle Königsplatz;Geldbörse schwarz, PA Nr. [[ID:T7KM02HC5]];[[P:Ahmed, Sami]];verzichtet;[[P:Gruber, Theresa]];[[STR:Hermanstraße 14]], [[LOC:86150 Augsburg]];[[TEL:0821 45 66 30 12]];03.11.2026 (Brief);abgeholt 05.11.
[[AZ:F-26-03121]];03.11.2026;Rathausplatz;Schlüsselbund mit Anhänger „FCA“;anonym;–;[[P:Huber, Sebastian]];[[STR:Jakoberstraße 9]], [[LOC:86152 Augsburg]];[[MAIL:sebi.huber@web.de]];04.11.2026 (Mail);
[[AZ:F-26-03130]];04.11.2026;Stadtbücherei, Ernst-Reuter-Platz 1;Smartphone Samsung (Sperrbildschirm: „Notfall: Mama [[TEL:0176 10 48 92 37]]“);Stadtbücherei (Personal);entfällt;[[P:Şimşek, Elif]];[[STR:Ulmer Straße 201]], [[LOC:86156 Augsburg]];[[TEL:0176 10 48 92 37]];05.11.2026 (Telefon mit Mutter);
[[AZ:F-26-03144]];06.11.2026;Hauptbahnhof, Westtunnel;Reisepass FRA, Nr. [[PASS:22AB81457]];Bundespolizei;–;[[P:Moreau, Julien]];[[STR:12 rue des Tanneurs]], [[LOC:67000 Strasbourg]];über Generalkonsulat;07.11.2026 (Konsulat);Übergabe an Generalkonsulat
[[AZ:F-26-03151]];07.11.2026;Plärrer-Gelände;Fahrrad Kalkhoff, Rahmennr. WK2291837;[[P:Lechner, Franz]];10 % beansprucht;ermittelt über Codierung: [[P:Bauer, Monika]];[[STR:Am Bergfeld 3]], [[LOC:86391 Stadtbergen]];[[TEL:0821 / 43 19 77]];08.11.2026;
# 5 Datensaetze
""",
    keep=[
        "Fundbüro Augsburg",
        "Linie 3, Haltestelle Königsplatz",
        "Stadtbücherei, Ernst-Reuter-Platz 1",
        "Übergabe an Generalkonsulat",
        "Plärrer-Gelände",
    ],
)

# 24 -- tab-separated export, school entry examinations
pii(
    "tsv",
    "Gesundheitsamt Oldenburg – Schuleingangsuntersuchungen Einschulungsjahrgang 2027 – Terminliste Standort Pferdemarkt 7, Raum 104 – KW 47\n"
    "SEU-Nr\tTermin\tKind\tGeb.\tGeschlecht\tKita\tSorgeberechtigte\tTelefon\tDolmetsch\tÄrztin\n"
    "[[AZ:SEU27-0611]]\t16.11. 08:30\t[[P:Janßen, Fiete]]\t[[DOB:02.08.2020]]\tm\tKita Kreyenbrück\t[[P:Janßen, Imke]]\t[[TEL:0441 3049 112]]\t\tDr. [[P:Onken]]\n"
    "[[AZ:SEU27-0612]]\t16.11. 09:15\t[[P:Mohammadi, Sara]]\t[[DOB:19.01.2021]]\tw\tKita Regenbogenland\t[[P:Mohammadi, Farzaneh]]\t[[TEL:0152 5390 4471]]\tDari\tDr. [[P:Onken]]\n"
    "[[AZ:SEU27-0613]]\t16.11. 10:00\t[[P:Wiechmann, Ole]]\t[[DOB:30.06.2020]]\tm\tohne Kita\t[[P:Wiechmann, Tanja]]\t\t\tDr. [[P:Onken]]\n"
    "[[AZ:SEU27-0614]]\t16.11. 10:45\t[[P:Stoica, Ana-Maria]]\t[[DOB:11.03.2021]]\tw\tKita St. Lamberti\t[[P:Stoica, Florin]]\t[[TEL:+40 744 218 903]]\tRumänisch\tFr. [[P:Meyerhoff]]\n"
    "[[AZ:SEU27-0615]]\t16.11. 11:30\t[[P:Osei-Bonsu, Kojo]]\t[[DOB:07.09.2020]]\tm\tKita Kreyenbrück\t[[P:Osei-Bonsu, Abena]]\t[[TEL:0441 - 9 33 81 04]]\t\tFr. [[P:Meyerhoff]]\n"
    "\n"
    "Hinweis: Seh- und Hörtest durch SMFA vorab. Impfpass und U-Heft mitbringen lassen. Ausfallnotiz bitte an seu@stadt-oldenburg.de\n",
    keep=[
        "Schuleingangsuntersuchungen Einschulungsjahrgang 2027",
        "Pferdemarkt 7, Raum 104",
        "Kita Kreyenbrück",
        "Impfpass und U-Heft",
        "seu@stadt-oldenburg.de",
    ],
)

# 25 -- Markdown table, naturalisation cases
pii(
    "markdown_table",
    """
#### Einbürgerungsbehörde Nürnberg – Übersicht offene Verfahren Team 3 (Stand 12.11.2026)

| Az. | Name | Staatsang. | seit in DE | Sprache B1 | LiD-Test | Sicherheitsabfrage | nächster Schritt | SB |
|---|---|---|---|---|---|---|---|---|
| [[AZ:EB 3-2026-0412]] | [[P:Haidari, Mohammad Reza]] | afghanisch | 2015 | ✔ (telc) | ✔ | offen seit 02.09. | Erinnerung LfV | [[P:Kraus]] |
| [[AZ:EB 3-2026-0419]] | [[P:Lungu, Cristina]] | rumänisch (EU) | 2017 | ✔ (Goethe) | ✔ | entfällt | Aushändigung 26.11. | [[P:Kraus]] |
| [[AZ:EB 3-2026-0433]] | [[P:Tesfay, Yonas]] | eritreisch | 2016 | ✔ (telc) | ✘ (Wiederholung) | ✔ | Test 05.12. | [[P:Frühwald]] |
| [[AZ:EB 3-2026-0440]] | [[P:Vu, Thi Hong Nhung]] | vietnamesisch | 2009 | ✔ (DTZ) | ✔ | ✔ | Zusicherung – Entlassung aus Staatsangehörigkeit? (§ 12 StAG prüfen) | [[P:Frühwald]] |
| [[AZ:EB 3-2026-0447]] | [[P:Georgiadis, Nikos]] | griechisch (EU) | 2012 | Abschluss dt. Schule | entfällt | entfällt | Urkunde fertig | [[P:Kraus]] |
| [[AZ:EB 3-2026-0451]] | [[P:Shevchenko, Alina]] | ukrainisch | 2022 | ✔ (telc) | ✔ | offen | Unterlagen Lebensunterhalt nachgefordert | [[P:Zeltner]] |

Aushändigung der Urkunden: Sammeltermin 26.11.2026, Historischer Rathaussaal, Rathausplatz 2.
""",
    keep=[
        "Einbürgerungsbehörde Nürnberg",
        "§ 12 StAG prüfen",
        "Historischer Rathaussaal, Rathausplatz 2",
        "Erinnerung LfV",
        "Sicherheitsabfrage",
    ],
)

# 26 -- OCR of a landlord's confirmation (Wohnungsgeberbestätigung)
pii(
    "ocr_scan",
    """
=== OCR-Text (Tesseract 5, deu) Datei: scan_20261029_0915_WGB.pdf Seite 1/1 ===

Wohnungsgeberbestätigung
nach § 19 des Bundesrneldegesetzes (BMG)

Angaben zurn Wohnungsgeber
Narne: [[P:Wilhelrn Thei5en]]
Anschrift: [[STR:Paulinstraße 1O4]], [[LOC:54292 Trier]]
( ) Der Wohnungsgeber ist gleichzeitig Eigentümer
(X) Der Wohnungsgeber ist nicht Eigentümer. Narne und Anschrift des Eigentürners:
    Erbengerneinschaft [[P:Thei5en]], c/o [[P:Marlies Thei5en-Kordel]], [[STR:Am Irscher Hof 2]], [[LOC:54294 Trier]]

Einzug arn 01.11.2026 in die Wohnung
[[STR:Saarstraße 51, 2. OG links]]
[[LOC:54290 Trier]]

Narnen der rneldepflichtigen Personen:
1. [[P:Ahrnadi, Parisa]]
2. [[P:Ahrnadi, Kian]]
3. [[P:Rezaei, Mehdi]]

1ch bestätige mit meiner Unterschrift den Einzug der oben genannten Person(en) in die
oben bezeichnete Wohnung. Es ist verboten, eine Wohnanschrift für eine Anrneldung einern
Dritten anzubieten oder zur Verfügung zu stellen, obwohl ein tatsächlicher Bezug der
Wohnung weder stattfindet noch beabsichtigt ist (Bußgeld bis zu 50.000 Euro).

Trier, 29.10.2O26                       [Unterschrift unleserlich] [[P:W. Thei5en]]
Te1. für Rückfragen: [[TEL:O651 / 1 45 39 8]]

=== Ende OCR, 22 Zeilen, 3 Zeichen unsicher ===
""",
    keep=[
        "Wohnungsgeberbestätigung",
        "Tesseract 5, deu",
        "Bußgeld bis zu 50.000 Euro",
        "3 Zeichen unsicher",
        "Erbengerneinschaft",
    ],
)

# 27 -- OCR of an ID card copy attached to an application, with machine-readable zone
pii(
    "ocr_scan",
    """
Anlage 2 zum Antrag auf Wohnberechtigungsschein [[AZ:WBS-2026-1183]] – Kopie Personalausweis (Vorder- und Rückseite), automatisch erkannt

[Vorderseite]
BUNDESREPUBLIK DEUTSCHLAND   PERSONALAUSWEIS   IDENTITY CARD   CARTE D'IDENTITÉ
[[ID:LZ6311T47]]
Name/Surname/Nom  [[P:KRASNIQI]]
Geburtsname/Name at birth  [[P:BERISHA]]
Vornamen/Given names/Prénoms  [[P:VALBONA]]
Geburtstag/Date of birth  [[DOB:12.04.1988]]
Staatsangehörigkeit/Nationality  DEUTSCH
Geburtsort/Place of birth  [[LOC:PRISHTINA]]
Gültig bis/Date of expiry  30.10.2031

[Rückseite]
Anschrift/Address  [[LOC:56068 KOBLENZ]]
                   [[STR:CASTORSTR. 12]]
Größe/Height 168 cm   Augenfarbe/Colour of eyes GRÜN
Behörde/Authority  STADT KOBLENZ   Datum/Date 31.10.2021

IDD<<[[ID:LZ6311T47]]5<<<<<<<<<<<<<<<
[[DOB:880412]]7<3110305D<<<<<<<<<<<<<4
[[P:KRASNIQI<<VALBONA]]<<<<<<<<<<<<<

Vermerk Sachbearbeitung (Amt für Stadtentwicklung und Bauordnung, Wohnungswesen): Kopie nur zur Identitätsprüfung, nach Bescheiderteilung vernichten. Geprüft: [[P:Engels]], 06.11.2026.
""",
    keep=[
        "Wohnberechtigungsschein",
        "BUNDESREPUBLIK DEUTSCHLAND",
        "STADT KOBLENZ",
        "Augenfarbe/Colour of eyes GRÜN",
        "nach Bescheiderteilung vernichten",
    ],
)

# 28 -- administrative court letter, action against a trade prohibition
pii(
    "court_letter",
    """
VERWALTUNGSGERICHT KASSEL
Goethestraße 41 + 43 · 34119 Kassel

Az.: [[AZ:6 K 2241/26.KS]]
(Bitte bei allen Schreiben angeben)

Verwaltungsgericht Kassel · Postfach 10 10 27 · 34010 Kassel

Stadt Baunatal
Rechtsamt
Postfach 11 60
34221 Baunatal

                                                         Kassel, 04.11.2026

In dem Verwaltungsstreitverfahren

des Herrn [[P:Dimitrios Nikolaidis]], [[STR:Kirchbaunaer Straße 30]], [[LOC:34225 Baunatal]],
                                                                        – Kläger –
Proz.-Bev.: Rechtsanwälte Lohmann & Yıldız, Friedrich-Ebert-Straße 88, 34119 Kassel,
            Az.: [[AZ:2026/0873-LY]]

gegen

die Stadt Baunatal, vertreten durch den Bürgermeister,
                                                                        – Beklagte –

wegen Gewerbeuntersagung (§ 35 GewO)

wird Ihnen anliegend die Klageschrift vom 28.10.2026 nebst Anlagen übersandt. Sie erhalten Gelegenheit zur Klageerwiderung binnen eines Monats. Die Behördenakten – insbesondere die Auskünfte des Finanzamts zu den Steuerrückständen des Klägers (Steuernummer [[TAX:026/813/40255]]) und der Gewerbezentralregisterauszug – sind vollständig vorzulegen.

Der Kläger betreibt nach eigenen Angaben den Imbiss „Grill [[P:Nikolaidis]]“ am [[STR:Marktplatz 5]] weiter.

Auf Anordnung
[[P:Reinhardt]]
Justizbeschäftigte als Urkundsbeamtin der Geschäftsstelle
""",
    keep=[
        "VERWALTUNGSGERICHT KASSEL",
        "Goethestraße 41 + 43 · 34119 Kassel",
        "Gewerbeuntersagung (§ 35 GewO)",
        "Rechtsamt",
        "Urkundsbeamtin der Geschäftsstelle",
    ],
)

# 29 -- family court to the youth welfare office
pii(
    "court_letter",
    """
Amtsgericht Magdeburg
Familiengericht
Breiter Weg 203-206
39104 Magdeburg

An die
Landeshauptstadt Magdeburg
Jugendamt – Familiengerichtshilfe
Wilhelm-Höpfner-Ring 4
39116 Magdeburg

Geschäftszeichen: [[AZ:31 F 233/26]]
Ihr Zeichen: [[AZ:51.23-FGH-2026/0871]]
Datum: 05.11.2026

Kindschaftssache betreffend das Kind
[[P:Leonie Marie Schulze]], geb. [[DOB:14.06.2016]],

Beteiligte:
1. Kindesmutter: [[P:Jacqueline Schulze]], [[STR:Olvenstedter Chaussee 112]], [[LOC:39130 Magdeburg]]
2. Kindesvater: [[P:Kevin Prange]], [[STR:Halberstädter Straße 41]], [[LOC:39112 Magdeburg]],
   Verfahrensbevollmächtigte: Rechtsanwältin [[P:Bettina Rühle]]
3. Verfahrensbeistand: Frau [[P:Anett Kowalke]], Diplom-Sozialpädagogin

Sehr geehrte Damen und Herren,

der Kindesvater begehrt die Erweiterung des Umgangsrechts (jedes zweite Wochenende von Freitag bis Sonntag sowie die Hälfte der Sommerferien). Die Kindesmutter verweist auf die Schulprobleme des Kindes an der Grundschule „Am Westring“ und auf einen Vorfall vom 03.10.2026.

Das Jugendamt wird gebeten, im Erörterungstermin am 26.11.2026, 10:30 Uhr, Saal A 2.14, mündlich zu berichten und vorab bis zum 20.11.2026 schriftlich Stellung zu nehmen (§ 162 FamFG).

Dr. [[P:Wendler]]
Richter am Amtsgericht
""",
    keep=[
        "Familiengericht",
        "Wilhelm-Höpfner-Ring 4",
        "§ 162 FamFG",
        "Saal A 2.14",
        "Grundschule „Am Westring“",
    ],
)

# 30 -- lawyer's objection to the Jobcenter
pii(
    "lawyer_letter",
    """
Sozialrecht Thüringen Rechtsanwälte PartG
Anger 41 · 99084 Erfurt
Tel. 0361 60 22 90-0 · info@sozialrecht-th.de

Jobcenter Erfurt
Widerspruchsstelle
Max-Reger-Straße 1
99096 Erfurt

Per Fax: 0361 302-1999

Erfurt, 10. November 2026
Unser Az.: [[AZ:RA-0871/26]] – Bearbeiter: RA [[P:Tobias Engel]], Durchwahl [[TEL:0361 60 22 90-14]]

Widerspruch gegen den Aufhebungs- und Erstattungsbescheid vom 13.10.2026
BG-Nummer: [[AZ:08101BG0047719]]
Ihre Mandantin: Frau [[P:Svetlana Morozova]], [[STR:Rieth 23]], [[LOC:99089 Erfurt]], geb. [[DOB:22.12.1979]]

Sehr geehrte Damen und Herren,

namens und in Vollmacht unserer Mandantin erheben wir gegen den o. g. Bescheid, mit dem Leistungen für den Zeitraum 01.03.2026 bis 31.08.2026 in Höhe von 3.874,20 € zurückgefordert werden,

Widerspruch.

Der Bescheid ist rechtswidrig. Die Mandantin hat die Aufnahme der Nebentätigkeit (Reinigungskraft bei der Firma CleanPro Facility GmbH, 520 €) bereits am 02.03.2026 telefonisch und am 05.03.2026 schriftlich angezeigt. Ihre Tochter [[P:Anastasia Morozova]] hat das Schreiben persönlich am Empfang abgegeben; auf Wunsch benennen wir sie als Zeugin.

Eine grob fahrlässige Verletzung von Mitteilungspflichten (§ 48 Abs. 1 Satz 2 Nr. 2 SGB X) liegt daher nicht vor. Wir beantragen Akteneinsicht sowie die Aussetzung der Vollziehung.

Mit freundlichen Grüßen
[[P:Engel]]
Rechtsanwalt
""",
    keep=[
        "Sozialrecht Thüringen Rechtsanwälte PartG",
        "info@sozialrecht-th.de",
        "Widerspruchsstelle",
        "CleanPro Facility GmbH",
        "§ 48 Abs. 1 Satz 2 Nr. 2 SGB X",
    ],
)

# 31 -- lawyer's letter to the fine office, access to the file
pii(
    "lawyer_letter",
    """
Kanzlei für Verkehrsrecht Niederrhein
Rechtsanwälte Dr. Franzen & Partner mbB
Bismarckstraße 70 · 41061 Mönchengladbach
Telefon +49 2161 4 77 88-0

Stadt Mönchengladbach
Fachbereich Straßenverkehr – Bußgeldstelle
41050 Mönchengladbach

per E-Mail an bussgeldstelle@moenchengladbach.de

Ihr Aktenzeichen: [[AZ:02.1.883.917.24.4]]
Unser Zeichen: [[AZ:VR 2611/26 Sa]]
Mönchengladbach, 02.11.2026

Anhörungsbogen vom 20.10.2026 – Fahrzeug [[KFZ:MG-BD 4411]]
Betroffener: Herr [[P:Berat Doğan]], geb. [[DOB:09.05.2003]]

Sehr geehrte Damen und Herren,

wir zeigen die Verteidigung des Betroffenen an; Vollmacht anbei.

Unser Mandant wird sich zur Sache zunächst nicht äußern. Zur Halterin des Fahrzeugs, Frau [[P:Selma Doğan]], weisen wir vorsorglich darauf hin, dass sie ein Zeugnisverweigerungsrecht hat.

Wir beantragen Akteneinsicht, insbesondere in

– die vollständige Messreihe des Tattages (Rohmessdaten, .sbf/.sbio),
– den Eichschein des Messgeräts (Traffistar S350, Gerätenr. 6720118),
– die Schulungsnachweise des Messbeamten,
– die Lebensakte des Geräts.

Bitte übersenden Sie die Akte elektronisch über das beA an unsere Kanzlei.

Mit freundlichen Grüßen
[[P:Sander]]
Rechtsanwalt / Fachanwalt für Verkehrsrecht
""",
    keep=[
        "Rechtsanwälte Dr. Franzen & Partner mbB",
        "bussgeldstelle@moenchengladbach.de",
        "Traffistar S350, Gerätenr. 6720118",
        "Telefon +49 2161 4 77 88-0",
        "Lebensakte des Geräts",
    ],
)

# 32 -- phone note, abandoned vehicle
pii(
    "phone_note",
    """
Gesprächsnotiz Ordnungsamt Solingen – Außendienst / Schrottfahrzeuge
Eingang: Telefon, 11.11.2026, 08:47 Uhr, angenommen von [[P:J. Wolter]]

Anrufer: Herr [[P:Cem Aydoğan]], wohnhaft [[STR:Ahornweg 14]], erreichbar unter [[TEL:+49 (0) 171 - 553 27 04]]
Meldung: Seit ca. 6 Wochen steht vor Ahornweg 12 (Wendehammer) ein grauer Opel Astra ohne gültige HU-Plakette, Kennzeichen [[KFZ:SG-RT 340]], hinten links platt, Moos auf der Windschutzscheibe.
Halter laut Anrufer: „der Sohn von Frau [[P:Lüttgenau]] aus Nr. 9, der ist weggezogen“ – nicht verifiziert.

Maßnahmen:
[x] Halterabfrage ZEVIS beauftragt (Ergebnis: [[P:Lüttgenau, Marvin]], [[LOC:42651 Solingen]] – abgemeldet seit 14.08.2026? bitte prüfen)
[x] Roter Aufkleber § 20 StrWG NRW mit Frist 7 Tage
[ ] Abschleppauftrag (Fa. Abschleppdienst Krüger GmbH, Tel. 0212 5 80 33-0)

Rückmeldung an Anrufer gewünscht: ja, am liebsten per SMS.
Vorgang: [[AZ:OA-SF-2026-0318]]
""",
    keep=[
        "Schrottfahrzeuge",
        "Halterabfrage ZEVIS beauftragt",
        "§ 20 StrWG NRW",
        "Abschleppdienst Krüger GmbH, Tel. 0212 5 80 33-0",
        "ohne gültige HU-Plakette",
    ],
)

# 33 -- phone note, child protection report
pii(
    "phone_note",
    """
Hanse- und Universitätsstadt Rostock – Amt für Jugend, Soziales und Asyl – Kinderschutz-Hotline
Dokumentation Meldung nach § 8a SGB VIII – Ersteinschätzung
Datum/Uhrzeit: 06.11.2026, 19:12 Uhr (Bereitschaft)
Aufgenommen durch: [[P:Henrike Paschen]], Bereitschaftsdienst

Meldende Person: Nachbarin, möchte anonym bleiben; Rückrufnummer freiwillig hinterlassen: [[TEL:0381 45 91 27 7]]
Betroffene Kinder: [[P:Justin]] (ca. 8 J.) und [[P:Chantal]] (ca. 4 J.), Nachname vermutlich [[P:Krüger]] oder [[P:Kröger]]
Anschrift: [[STR:Rigaer Straße 19, 4. OG Mitte]], [[LOC:18107 Rostock]] (Lütten Klein)
Schule des älteren Kindes laut Meldender: Grundschule Lütten Klein, Klasse 2

Schilderung: Die Kinder seien seit gestern Nachmittag allein in der Wohnung, sie höre sie weinen und rufen. Die Mutter („[[P:Mandy]]“) sei mit ihrem Freund weggefahren, Auto [[KFZ:HRO-MK 77]] stehe nicht auf dem Parkplatz.

Ersteinschätzung: akute Gefährdung nicht auszuschließen → sofortiger Hausbesuch mit Polizei (Revier Lütten Klein informiert 19:20 Uhr, Einsatz-Nr. 2611-0447).
Ergebnis 20:35 Uhr: Kinder in der Wohnung angetroffen, Großmutter Frau [[P:Ilse Kröger]] ([[TEL:0173 / 61 40 229]]) übernimmt bis zur Rückkehr der Mutter. Wiedervorlage ASD Nord 07.11.2026.
""",
    keep=[
        "§ 8a SGB VIII",
        "Kinderschutz-Hotline",
        "Grundschule Lütten Klein",
        "Einsatz-Nr. 2611-0447",
        "Wiedervorlage ASD Nord 07.11.2026",
    ],
)

# 34 -- staff chat export, lower-case names
pii(
    "chat_transcript",
    """
Chatverlauf exportiert aus Microsoft Teams – Gruppe „Bürgerbüro Bad Godesberg – Schalter“ – 04.11.2026

[08:02] [[P:Weber, Nina]]: moin! wer macht heute schalter 3? [[P:jonas]] ist krank
[08:03] [[P:Schmitt, Jonas]] (Vertretung): bin doch da 😅 nur später, stau auf der b9
[08:05] [[P:Adeyemi, Tolu]]: ich übernehm bis 9
[08:41] [[P:Adeyemi, Tolu]]: kurze frage: herr [[P:wolkow]] ist wieder da wegen der meldebescheinigung für seine mutter, [[P:ljudmila wolkowa]] geb. [[DOB:03.03.1951]]. die ist aber noch in [[LOC:Nowosibirsk]] gemeldet? geht das überhaupt?
[08:43] [[P:Weber, Nina]]: nein, ohne vollmacht gar nix. und die ist nicht bei uns gemeldet, also gibt's auch keine bescheinigung
[08:44] [[P:Adeyemi, Tolu]]: ok hab ich ihm gesagt. er war etwas laut 🙄
[09:15] [[P:Schmitt, Jonas]] (Vertretung): bin da. danke [[P:tolu]]!
[10:30] [[P:Weber, Nina]]: achtung, frau [[P:dos santos]] ([[AZ:BB-2026-77415]]) ruft gleich an wegen ihres passes, der liegt bei mir im fach. nicht ans telefon: [[TEL:0228 77 4183]] ist meine durchwahl, die gibt sie immer weiter 😂
[10:31] [[P:Adeyemi, Tolu]]: 👍
[11:58] [[P:Schmitt, Jonas]] (Vertretung): mittag? kantine hat heute schnitzel wiener art und gemüselasagne
""",
    keep=[
        "Bürgerbüro Bad Godesberg – Schalter",
        "schalter 3",
        "ohne vollmacht gar nix",
        "schnitzel wiener art",
    ],
)

# 35 -- chatbot transcript with a citizen
pii(
    "chat_transcript",
    """
Stadt Ulm – Chatbot „Frag den Spatz“ – Verlauf ID 7c1e-44a0 – 08.11.2026

Spatz: Hallo! Ich bin der digitale Assistent der Stadt Ulm. Wobei kann ich helfen?
Nutzer: Hundesteuer abmelden, hund ist gestorben
Spatz: Das tut mir leid. Sie können den Hund online abmelden. Dafür brauchen Sie die Steuermarkennummer oder das Kassenzeichen. Möchten Sie das Formular öffnen?
Nutzer: kassenzeichen weiss ich nicht. name ist [[P:Bruno Schwarz]], [[STR:Frauenstraße 102]] [[LOC:89073 Ulm]]
Spatz: Ich kann keine persönlichen Daten prüfen. Bitte wenden Sie sich an die Abteilung Steuern: Tel. 0731 161-2222, E-Mail hundesteuer@ulm.de, Bürgerservice Mitte, Neue Mitte, Neue Straße 79, Mo–Fr 8–12 Uhr.
Nutzer: dann schreibt mir halt: [[MAIL:bruno.schwarz.ulm@gmx.de]] oder ruft an [[TEL:0731 9 26 71 40]]. der hund hieß Balou falls das hilft lol
Spatz: Ich habe Ihre Anfrage an die Abteilung Steuern weitergeleitet (Referenz [[AZ:SPZ-26-11-0871]]). Bitte beachten Sie: Zur Abmeldung wird ein Nachweis benötigt (z. B. Bescheinigung der Tierarztpraxis).
Nutzer: tierarzt war Tierklinik Schwarzer Berg, die haben das
Spatz: Danke! Gibt es noch etwas, wobei ich helfen kann?
Nutzer: nein
Spatz: Danke für Ihre Nachricht. Einen schönen Tag!

[System: Übergabe an Postfach hundesteuer@ulm.de, 08.11.2026 17:42, Datenschutzhinweis bestätigt: ja]
""",
    keep=[
        "Frag den Spatz",
        "Tel. 0731 161-2222",
        "Neue Straße 79",
        "Tierklinik Schwarzer Berg",
        "hundesteuer@ulm.de",
    ],
)

# 36 -- file note of the foreigners' authority
pii(
    "internal_note",
    """
Stadt Heilbronn – Ausländerbehörde
Vermerk über persönliche Vorsprache

Datum: 10.11.2026, 10:40 Uhr, Schalter 6
Az.: [[AZ:33-AB-117 448]]
Vorsprechende Person: [[P:Al-Hamoud, Khaled]], geb. [[DOB:01.01.1992]] in [[LOC:Deir ez-Zor]], syr. StA
Anschrift: [[STR:Paulinenstraße 37]], [[LOC:74076 Heilbronn]]
Begleitet von: Ehrenamtl. Betreuerin Frau [[P:Gudrun Fahrner]] (Freundeskreis Asyl Böckingen), Tel. [[TEL:07131 / 56 44 08]]

Anliegen: Verlängerung der Aufenthaltserlaubnis nach § 25 Abs. 2 AufenthG (subsidiärer Schutz), gültig bis 30.11.2026.

Vorgelegt:
– Nationalpass Syrien Nr. [[PASS:N014829331]], ausgestellt durch Botschaft Berlin am 14.03.2025, gültig bis 13.03.2031 → Kopie zur Akte
– Arbeitsvertrag Bäckerei Härle GmbH (unbefristet, seit 01.02.2025)
– Mietvertrag, Meldebescheinigung

Nicht vorgelegt: Nachweis Integrationskurs (Abschlusstest B1); Herr [[P:Al-Hamoud]] gibt an, Prüfung am 28.11.2026 bei der VHS Heilbronn.

Veranlasst: Fiktionsbescheinigung nach § 81 Abs. 4 AufenthG ausgehändigt (gültig bis 28.02.2027); Antrag eAT gestellt, Fingerabdrücke abgenommen. Gebühr 100,00 € bar bezahlt (Quittung Nr. 26-11-0217).

[[P:Baumgärtner]], SB
""",
    keep=[
        "§ 25 Abs. 2 AufenthG",
        "Freundeskreis Asyl Böckingen",
        "Bäckerei Härle GmbH",
        "§ 81 Abs. 4 AufenthG",
        "Quittung Nr. 26-11-0217",
    ],
)

# 37 -- handover log of a municipal homeless shelter
pii(
    "internal_note",
    """
Übergabebuch Übergangswohnheim Hafenstraße (Stadt Bremerhaven, Amt für Soziales – Wohnungsnotfallhilfe)
Schicht: Nacht 06./07.11.2026 – Übergabe an Frühdienst 07:00 Uhr
Diensthabend: [[P:Okoro]] (Sozialdienst bis 22:00), Wachdienst Nordsee Security GmbH (Hr. [[P:Brandes]])

Belegung: 41 von 46 Plätzen (Männerbereich 30/32, Frauenbereich 7/8, Familienzimmer 4/6)

Neuaufnahmen:
- Zi. 112: [[P:Hinrichs, Torsten]], geb. [[DOB:19.11.1969]], zuletzt wohnhaft [[STR:Lutherstraße 8]], [[LOC:27576 Bremerhaven]] (Räumung 06.11.), Einweisungsverfügung folgt, Az. [[AZ:50-WNH-2026-0231]]
- Fam.-Zi. 3: [[P:Bălan, Nicoleta]] mit 2 Kindern ([[P:Ionuț]], 6 J., [[P:Daria]], 2 J.), kommt vom Frauenhaus, keine Auskunft an Dritte! (Sperrvermerk)

Vorkommnisse:
- 23:40 Uhr: Bewohner Zi. 107 ([[P:Ratajczak, Zbigniew]]) alkoholisiert, lautstark auf dem Flur; nach Ansprache ruhig.
- 02:15 Uhr: RTW für Hr. [[P:Gerdes]] (Zi. 115), Atemnot, ins Klinikum Bremerhaven-Reinkenheide gebracht. Schwester informiert ([[TEL:0471 / 80 29 44]]).
- Ein Mann fragte um 21:10 Uhr nach Frau [[P:Bălan]] – keine Auskunft erteilt, Kennzeichen seines Pkw notiert: [[KFZ:CUX-DB 812]]. Polizei informiert (Revier Geestemünde).

Offen für Frühdienst: Kleiderkammer-Gutschein für [[P:Hinrichs]]; Wäsche Zi. 112; Schlüssel Zi. 114 fehlt weiterhin.
""",
    keep=[
        "Übergangswohnheim Hafenstraße",
        "Nordsee Security GmbH",
        "41 von 46 Plätzen",
        "Klinikum Bremerhaven-Reinkenheide",
        "Revier Geestemünde",
    ],
)

# 38 -- minutes, non-public hardship case in a social committee
pii(
    "minutes",
    """
Stadt Offenbach am Main
Niederschrift der 22. Sitzung des Ausschusses für Soziales, Gesundheit und Integration
– nichtöffentlicher Teil – am 29.10.2026, Rathaus, Raum 207

Anwesend: Stadtverordnete [[P:Sabine Hellwig]] (Vorsitz), [[P:Murat Şen]], [[P:Joachim Bechtold]], Dr. [[P:Anna Lisowski]], [[P:Tim Reuter]], [[P:Helga Kunz]]; Magistrat: Stadträtin [[P:Esther Lauterbach]]; Verwaltung: Frau [[P:Dittmar]] (Amt 50)
Protokoll: [[P:Nadine Eckert]]

TOP N 2 – Härtefallantrag auf Übernahme von Mietschulden (§ 36 SGB XII)
Vorlage 2026/N-044

Antragstellerin: Frau [[P:Sevgi Yıldırım-Hahn]], geb. [[DOB:28.02.1961]], [[STR:Bieberer Straße 211]], [[LOC:63071 Offenbach am Main]]
Mietrückstand bei der GBO Gemeinnützige Baugesellschaft mbH: 4.380,00 € (Mai–Oktober 2026); Räumungsklage beim Amtsgericht Offenbach anhängig (Az. [[AZ:38 C 712/26]]).

Frau [[P:Dittmar]] trägt vor: Die Antragstellerin hat ihren Ehemann im Frühjahr verloren und erhielt die Witwenrente erst ab September. Ein Sohn, Herr [[P:Deniz Hahn]], wohnt in [[LOC:Dreieich]] und hat eine Beteiligung von 1.000 € zugesagt.

Herr [[P:Bechtold]] fragt nach der Angemessenheit der Miete. Frau [[P:Dittmar]]: Die Wohnung (58 m²) liegt innerhalb der Angemessenheitsgrenze.

Beschluss: Übernahme von 3.380,00 € als Beihilfe, Restbetrag durch den Sohn. Einstimmig.
""",
    keep=[
        "Ausschusses für Soziales, Gesundheit und Integration",
        "§ 36 SGB XII",
        "Vorlage 2026/N-044",
        "GBO Gemeinnützige Baugesellschaft mbH",
        "Angemessenheitsgrenze",
    ],
)

# 39 -- minutes of a care planning meeting of the youth welfare office
pii(
    "minutes",
    """
Wissenschaftsstadt Darmstadt – Jugendamt – Allgemeiner Sozialdienst, Bezirk Kranichstein
Protokoll Hilfeplangespräch (§ 36 SGB VIII) – Fortschreibung
Fall-Nr.: [[AZ:ASD-K-2024-0187]]     Datum: 03.11.2026, 14:00–15:30 Uhr, Raum 1.04

Hilfeempfänger: [[P:Finn-Luca Wagner]], geb. [[DOB:22.07.2012]]
Hilfeart: Erziehungsbeistand (§ 30 SGB VIII), Träger: Jugendhilfe Südhessen gGmbH

Teilnehmende:
- Frau [[P:Melanie Wagner]] (Mutter)
- [[P:Finn-Luca]] (ab 14:30 Uhr)
- Herr [[P:Ömer Taşdemir]] (Erziehungsbeistand, Jugendhilfe Südhessen)
- Frau [[P:Lindqvist]] (ASD, fallführend)
Nicht anwesend: Herr [[P:Patrick Wagner]] (Vater, eingeladen, keine Rückmeldung)

1. Rückblick: [[P:Finn-Luca]] besucht regelmäßig die Bertolt-Brecht-Schule (Klasse 8b); die Fehlzeiten sind von 31 auf 6 Tage im Halbjahr gesunken. Das Handballtraining beim TSV hat er wieder aufgenommen.
2. Familie: Die Mutter arbeitet seit September Vollzeit. Kontakt zum Vater besteht nur sporadisch; er lebt inzwischen in [[LOC:Bensheim]].
3. Ziele bis zum nächsten HPG: (a) Versetzung in Klasse 9; (b) selbstständige Nutzung des Wochenplans; (c) Klärung Umgangskontakte.
4. Vereinbarung: Fortsetzung der Hilfe bis 30.04.2027, 3 FLS/Woche.

Nächstes HPG: 20.04.2027, 14:00 Uhr.
Protokoll: [[P:Lindqvist]]
""",
    keep=[
        "Hilfeplangespräch (§ 36 SGB VIII)",
        "Jugendhilfe Südhessen gGmbH",
        "Bertolt-Brecht-Schule",
        "3 FLS/Woche",
        "Nächstes HPG: 20.04.2027",
    ],
)

# 40 -- death notification by an undertaker to the registry office
pii(
    "registry_letter",
    """
Bestattungshaus Petersen & Sohn GmbH · Holtenauer Straße 160 · 24105 Kiel
Tel. 0431 8 10 22 · Fax 0431 8 10 23 · info@petersen-bestattungen.de

An das Standesamt Kiel
Andreas-Gayk-Straße 31
24103 Kiel

Anzeige eines Sterbefalls (§ 29 PStG)                                        Kiel, 09.11.2026

Angaben zur verstorbenen Person
Familienname:             [[P:Sörensen]]
Geburtsname:              [[P:Clausen]]
Vornamen:                 [[P:Inge Marianne]]
Geburtsdatum, -ort:       [[DOB:17.01.1938]], [[LOC:Eckernförde]]
letzter Wohnsitz:         [[STR:Feldstraße 88]], [[LOC:24106 Kiel]]
Familienstand:            verwitwet (Ehemann [[P:Hans-Peter Sörensen]], verst. 2019)
Sterbetag, -zeit, -ort:   07.11.2026, gegen 04:30 Uhr, Städtisches Krankenhaus Kiel
Religion:                 evangelisch-lutherisch

Anzeigende/r im Auftrag der Angehörigen:
  Tochter: [[P:Birte Lorenzen]] geb. [[P:Sörensen]], [[STR:Dorfstraße 5]], [[LOC:24214 Gettorf]], Tel. [[TEL:04346 / 71 33]]
  Sohn:    [[P:Knut Sörensen]], [[STR:Hauptstraße 22]], [[LOC:6000 Kolding]], Dänemark, Tel. [[TEL:+45 21 48 90 17]]

Anlagen: Todesbescheinigung (vertraulicher Teil verschlossen), Heiratsurkunde, Sterbeurkunde des Ehemannes, Personalausweis der Verstorbenen.
Beisetzung vorgesehen: Urnenbeisetzung Parkfriedhof Eichhof, Termin nach Freigabe.

Wir bitten um 4 Sterbeurkunden (1 x für Rentenservice, 1 x für Krankenkasse, 2 x für die Familie).

i. A. [[P:Nils Petersen]]
Bestattermeister
""",
    keep=[
        "Bestattungshaus Petersen & Sohn GmbH",
        "Andreas-Gayk-Straße 31",
        "§ 29 PStG",
        "Parkfriedhof Eichhof",
        "4 Sterbeurkunden",
    ],
    allow=("Petersen",),
)

# 41 -- registry office, notice of intended marriage with foreign documents
pii(
    "registry_letter",
    """
Landeshauptstadt Saarbrücken – Standesamt
Eheschließungen, Zimmer 0.12
Gerberstraße 4, 66111 Saarbrücken

Frau [[P:Eleftheria Papanikolaou]]
Herrn [[P:Jannik Becker]]
[[STR:Mainzer Straße 77]]
[[LOC:66121 Saarbrücken]]

Unser Zeichen: [[AZ:E 0741/2026]] – [[P:Recktenwald]]
Telefon: [[TEL:0681 905-13 27]], E-Mail: standesamt@saarbruecken.de
Saarbrücken, 12.11.2026

Anmeldung der Eheschließung – erforderliche Unterlagen

Sehr geehrte Frau [[P:Papanikolaou]], sehr geehrter Herr [[P:Becker]],

vielen Dank für Ihre Terminanfrage. Für die Anmeldung Ihrer Eheschließung benötigen wir folgende Unterlagen:

Für Frau [[P:Papanikolaou]] (griechische Staatsangehörige, geb. [[DOB:05.10.1995]] in [[LOC:Larisa]]):
– internationale Geburtsurkunde (Ληξιαρχική πράξη γέννησης) der Gemeinde [[LOC:Larisa]], nicht älter als 6 Monate,
– Bescheinigung über den Familienstand (Πιστοποιητικό οικογενειακής κατάστασης) mit Apostille,
– gültiger Reisepass (Nr. [[PASS:AP4471932]]) – bitte im Original vorlegen,
– Ehefähigkeitszeugnis oder Antrag auf Befreiung beim OLG Saarbrücken.

Für Herrn [[P:Becker]] (geb. [[DOB:14.08.1993]]):
– beglaubigter Ausdruck aus dem Geburtenregister (Standesamt [[LOC:Homburg]]),
– Personalausweis.

Die Gebühr für die Anmeldung mit Auslandsbezug beträgt 100,00 €. Die Trauung im Rathaus St. Johann ist frühestens nach Eingang der Befreiung möglich.

Mit freundlichen Grüßen
Im Auftrag
[[P:Recktenwald]], Standesbeamtin
""",
    keep=[
        "Gerberstraße 4, 66111 Saarbrücken",
        "standesamt@saarbruecken.de",
        "Ehefähigkeitszeugnis",
        "Rathaus St. Johann",
        "100,00 €",
    ],
)

# 42 -- social office letter, education and participation benefits
pii(
    "social_letter",
    """
Stadt Ludwigshafen am Rhein
Bereich Soziales – Bildung und Teilhabe (BuT)
Westendstraße 17, 67059 Ludwigshafen

Frau
[[P:Leila Mansouri]]
[[STR:Rohrlachstraße 64]]
[[LOC:67063 Ludwigshafen]]

Kunden-/BG-Nummer: [[AZ:31402//0088711]]
Ihr Ansprechpartner: Herr [[P:Brenner]], Tel. [[TEL:0621 504-28 33]], Zimmer 3.19
Datum: 06.11.2026

Bewilligung von Leistungen für Bildung und Teilhabe

Sehr geehrte Frau [[P:Mansouri]],

für Ihre Kinder werden folgende Leistungen bewilligt:

[[P:Yassin Mansouri]] (geb. [[DOB:23.03.2014]]), Realschule plus Gartenstadt, Klasse 7a
  – mehrtägige Klassenfahrt nach Bad Dürkheim, 23.–25.11.2026: 168,00 € (Zahlung an die Schule)
  – Lernförderung Mathematik, 2 Std./Woche, Nachhilfeinstitut Lernwerk GmbH, bis 31.01.2027

[[P:Amira Mansouri]] (geb. [[DOB:09.09.2018]]), Grundschule Rheingönheim, Klasse 2b
  – gemeinschaftliche Mittagsverpflegung: Kostenübernahme ab 01.11.2026 (Abrechnung mit dem Caterer)
  – Teilhabe: Mitgliedsbeitrag Turnverein 1880 Ludwigshafen, 15,00 €/Monat

Der persönliche Schulbedarf (130,00 € zum 1. August, 65,00 € zum 1. Februar) wird mit den laufenden Leistungen ausgezahlt.

Mit freundlichen Grüßen
Im Auftrag
[[P:Brenner]]
""",
    keep=[
        "Bildung und Teilhabe (BuT)",
        "Realschule plus Gartenstadt",
        "Nachhilfeinstitut Lernwerk GmbH",
        "Turnverein 1880 Ludwigshafen",
        "persönliche Schulbedarf",
    ],
)

# 43 -- hearing letter on maintenance advance, with tax ID of the liable parent
pii(
    "social_letter",
    """
Stadt Wuppertal
Ressort Kinder, Jugend und Familie – Jugendamt
Unterhaltsvorschusskasse
Neumarkt 10, 42103 Wuppertal

Herrn
[[P:Marcel Schmitz-Odabaşı]]
[[STR:Gathe 48]]
[[LOC:42107 Wuppertal]]

Az.: [[AZ:UV 208.2-2026-0331]]
Ansprechpartnerin: Frau [[P:Klapdor]] – Telefon [[TEL:+49 202 563 41 86]]
Wuppertal, 04.11.2026

Übergang von Unterhaltsansprüchen nach § 7 Unterhaltsvorschussgesetz (UVG)
Kind: [[P:Lia Odabaşı]], geb. [[DOB:30.05.2019]]

Sehr geehrter Herr [[P:Schmitz-Odabaşı]],

für Ihre Tochter [[P:Lia]] zahlt das Jugendamt seit dem 01.07.2026 Unterhaltsvorschuss in Höhe von monatlich 227,00 € an die Mutter, Frau [[P:Derya Odabaşı]]. In dieser Höhe ist der Unterhaltsanspruch des Kindes gegen Sie auf das Land übergegangen.

Wir fordern Sie auf, bis zum 04.12.2026 Auskunft über Ihr Einkommen und Vermögen zu erteilen (§ 6 UVG). Fügen Sie bitte die Verdienstbescheinigungen der letzten 12 Monate und den letzten Steuerbescheid bei. Ihre steuerliche Identifikationsnummer [[TAX:57081274967]] liegt uns vor; eine Auskunft beim Bundeszentralamt für Steuern bleibt vorbehalten.

Zahlungen leisten Sie bitte unter Angabe des Aktenzeichens an die Stadtkasse Wuppertal.

Mit freundlichen Grüßen
Im Auftrag
[[P:Klapdor]]
""",
    keep=[
        "Unterhaltsvorschusskasse",
        "Neumarkt 10, 42103 Wuppertal",
        "§ 7 Unterhaltsvorschussgesetz (UVG)",
        "Bundeszentralamt für Steuern",
        "227,00 €",
    ],
)

# 44 -- application log with a stack trace from vehicle registration
pii(
    "app_log",
    """
2026-11-09 10:22:31,044 [ajp-exec-14] INFO  de.zul.vorgang.VorgangController - Vorgang angelegt: typ=UMSCHREIBUNG vorgangId=[[AZ:ZUL-26-441207]] sb=[[P:ZIMMERMANN_K]] schalter=5
2026-11-09 10:22:58,310 [ajp-exec-14] INFO  de.zul.kba.ZfzrClient - ZFZR-Abfrage kennzeichen=[[KFZ:DA-EK 2604]] result=FOUND halterTyp=NATUERLICHE_PERSON
2026-11-09 10:23:02,771 [ajp-exec-14] ERROR de.zul.gebuehr.GebuehrService - Gebührenprüfung fehlgeschlagen
de.zul.gebuehr.OffeneForderungException: Halter [[P:Eckhardt, Simone]] (geb. [[DOB:11.11.1977]], [[STR:Heinrichstraße 52]], [[LOC:64283 Darmstadt]]) hat offene Forderungen: Kassenzeichen [[AZ:60.410.118.77]] (Kfz-Steuer-Rückstand gem. § 13 KraftStG), Betrag 214.00
	at de.zul.gebuehr.GebuehrService.pruefeRueckstaende(GebuehrService.java:188)
	at de.zul.vorgang.VorgangController.weiter(VorgangController.java:412)
	at jdk.internal.reflect.GeneratedMethodAccessor311.invoke(Unknown Source)
	at org.apache.catalina.core.StandardWrapperValve.invoke(StandardWrapperValve.java:197)
2026-11-09 10:23:02,772 [ajp-exec-14] WARN  de.zul.vorgang.VorgangController - vorgangId=[[AZ:ZUL-26-441207]] gesperrt, Hinweis an Schalter 5 ausgegeben
2026-11-09 10:25:40,118 [ajp-exec-9]  INFO  de.zul.vorgang.VorgangController - Vorgang angelegt: typ=ABMELDUNG vorgangId=ZUL-26-441208 sb=SVC_IKFZ_STUFE4 kanal=i-Kfz
2026-11-09 10:25:40,512 [ajp-exec-9]  INFO  de.zul.kba.ZfzrClient - ZFZR-Abfrage kennzeichen=DA-SW 7 result=FOUND halterTyp=KOERPERSCHAFT (Wissenschaftsstadt Darmstadt, Eigenbetrieb)
2026-11-09 10:25:41,006 [ajp-exec-9]  INFO  de.zul.vorgang.VorgangController - vorgangId=ZUL-26-441208 abgeschlossen
""",
    keep=[
        "typ=UMSCHREIBUNG",
        "§ 13 KraftStG",
        "sb=SVC_IKFZ_STUFE4 kanal=i-Kfz",
        "kennzeichen=DA-SW 7",
        "GebuehrService.java:188",
    ],
)

# 45 -- JSON lines of an e-payment service with payers' accounts
pii(
    "json_log",
    """
{"time":"2026-11-02T06:00:03+01:00","level":"INFO","job":"sepa_einzug","msg":"Lauf gestartet","lauf":"LS-2026-11-A","anzahl":1873}
{"time":"2026-11-02T06:00:04+01:00","level":"WARN","job":"sepa_einzug","msg":"Mandat widerrufen","kassenzeichen":"[[AZ:1.3100.441.907]]","zahler":"[[P:Lindner, Oskar]]","iban":"[[IBAN:DE23 7605 0101 9386 1761 99]]","mandat":"[[AZ:NBG-GRST-0441907]]"}
{"time":"2026-11-02T06:00:04+01:00","level":"WARN","job":"sepa_einzug","msg":"IBAN ungueltig (Pruefziffer)","kassenzeichen":"[[AZ:1.3100.512.004]]","zahler":"[[P:Hofmann, Gisela]]","iban":"DE00 7605 0101 XXXX XXXX XX","aktion":"Anschreiben erzeugt"}
{"time":"2026-11-02T06:00:05+01:00","level":"INFO","job":"sepa_einzug","msg":"Auslandskonto","kassenzeichen":"[[AZ:1.4200.009.388]]","zahler":"[[P:Steiner, Wolfgang]]","iban":"[[IBAN:AT51 2011 1664 3368 7009]]","land":"AT"}
{"time":"2026-11-02T06:00:05+01:00","level":"INFO","job":"sepa_einzug","msg":"Ruecklastschrift Vormonat","kassenzeichen":"[[AZ:1.3100.233.178]]","zahler":"[[P:Çelebi, Orhan]]","iban":"[[IBAN:DE47 4405 0199 9533 6994 73]]","grund":"MD06","gebuehr":"3.50"}
{"time":"2026-11-02T06:02:41+01:00","level":"INFO","job":"sepa_einzug","msg":"Datei erzeugt","datei":"pain.008.001.08_LS-2026-11-A.xml","summe":"248311.90","glaeubiger_id":"DE21NBG00000012345"}
{"time":"2026-11-02T06:02:42+01:00","level":"INFO","job":"sepa_einzug","msg":"Upload EBICS ok","bank":"Sparkasse Nürnberg","auftragsart":"CDD"}
""",
    keep=[
        "LS-2026-11-A",
        "pain.008.001.08_LS-2026-11-A.xml",
        "DE21NBG00000012345",
        "Sparkasse Nürnberg",
        "Anschreiben erzeugt",
    ],
)

# 46 -- access audit of the population register
pii(
    "audit_log",
    """
Protokollauswertung Melderegister (§ 40 BMG) – Datenschutzkontrolle Stichprobe 44/2026
Zeitraum: 26.10.2026 – 30.10.2026 | Mandant: Stadt Fürth | erstellt durch: Behördlicher Datenschutzbeauftragter

Zeitstempel           Benutzer         Dienststelle   Zweck-Code  Abfrage                                    Treffer
2026-10-26 08:14:07   [[P:BAUMANN_R]]       BB-01          AUSK-E      [[P:Heinlein, Klaus]], *[[DOB:1950-04-03]]             1
2026-10-26 08:31:55   [[P:ÖZER_A]]          BB-02          ANM         [[P:Özer, Ayşe]]                                    3
2026-10-26 10:02:12   [[P:BAUMANN_R]]       BB-01          AUSK-E      Nachname=[[P:Wiesinger]], Ort=[[LOC:Stadeln]]          4
2026-10-27 13:45:30   [[P:KRAFT_T]]         OA-32          BUSSG       [[P:Popa, Gheorghe]], *[[DOB:1989-12-01]]             1
2026-10-28 07:59:03   SVC_KITAPORTAL   EXT            SCHNITTST   (Batch, 212 Abfragen)                      212
2026-10-29 16:20:44   [[P:ÖZER_A]]          BB-02          AUSK-E      [[P:Özer, Mehmet]]                                  2
2026-10-30 11:11:19   [[P:HAAS_M]]          SOZ-50         ALG         [[P:Tomaszewski, Jan]], [[STR:Königswarterstraße 44]]   1

Auffälligkeiten:
1. Abfragen von [[P:ÖZER_A]] am 26.10. und 29.10. betreffen Personen mit gleichem Familiennamen wie die Benutzerin. Stellungnahme angefordert (Verdacht auf Abfrage in eigener Sache).
2. Abfrage [[P:BAUMANN_R]] 10:02: Suche nur mit Nachname und Ortsteil – Zweck AUSK-E plausibel (Anfrage eines Inkassounternehmens, Az. [[AZ:ME-AUSK-2026-7713]]).
""",
    keep=[
        "§ 40 BMG",
        "Stichprobe 44/2026",
        "SVC_KITAPORTAL",
        "Behördlicher Datenschutzbeauftragter",
        "Verdacht auf Abfrage in eigener Sache",
    ],
)

# 47 -- syslog of the VPN gateway with home-office connections
pii(
    "syslog",
    """
2026-11-05T07:02:11+01:00 vpn-gw01 charon[1822]: 12[IKE] <home-office|4412> IKE_SA home-office[4412] established between 195.243.110.4[vpn.stadt-herne.example]...[[IP:84.163.22.197]][CN=[[P:Tanja Rudolph]], OU=FB51]
2026-11-05T07:02:11+01:00 vpn-gw01 charon[1822]: 12[IKE] <home-office|4412> assigning virtual IP 10.99.0.141 to peer 'CN=[[P:Tanja Rudolph]], OU=FB51'
2026-11-05T07:05:48+01:00 vpn-gw01 charon[1822]: 07[IKE] <home-office|4413> IKE_SA home-office[4413] established between 195.243.110.4[vpn.stadt-herne.example]...[[IP:2003:c7:af12:e800:5c1:8bb2:19d4:3a01]][CN=[[P:Kaan Özbek]], OU=FB32]
2026-11-05T07:05:48+01:00 vpn-gw01 charon[1822]: 07[IKE] <home-office|4413> assigning virtual IP 10.99.0.142 to peer 'CN=[[P:Kaan Özbek]], OU=FB32'
2026-11-05T07:30:00+01:00 vpn-gw01 systemd[1]: Starting Daily rotation of log files...
2026-11-05T07:41:19+01:00 vpn-gw01 charon[1822]: 09[CFG] <home-office|4414> certificate 'CN=[[P:Gregor Matysiak]], OU=FB20' is REVOKED (CRL ca-stadt-2026), peer [[IP:37.201.5.88]] rejected
2026-11-05T07:41:19+01:00 vpn-gw01 charon[1822]: 09[IKE] <home-office|4414> sending AUTHENTICATION_FAILED notify
2026-11-05T09:12:44+01:00 radius01 radiusd[881]: Login OK: [[[P:rudolph.t]]] (from client vpn-gw01 port 4412 cli [[IP:84.163.22.197]])
2026-11-05T12:00:01+01:00 vpn-gw01 charon[1822]: 14[IKE] <home-office|4412> deleting IKE_SA home-office[4412] between 195.243.110.4...[[IP:84.163.22.197]]
""",
    keep=[
        "vpn.stadt-herne.example",
        "CRL ca-stadt-2026",
        "Daily rotation of log files",
        "AUTHENTICATION_FAILED",
        "virtual IP 10.99.0.141",
    ],
)

# 48 -- web form to the mayor from a citizen living abroad
pii(
    "web_form",
    """
Betreff: [Kontakt OB] Nachricht über das Kontaktformular www.braunschweig.de/ob-kontakt
Eingang: 07.11.2026 14:26

Anrede: Herr
Titel: DI (FH)
Vorname: [[P:Reinhold]]
Nachname: [[P:Wiedemann]]
Straße/Hausnummer: [[STR:Sonnleitnergasse 9/3/12]]
PLZ/Ort: [[LOC:1100 Wien]]
Land: Österreich
E-Mail: [[MAIL:r.wiedemann@aon.at]]
Telefon: [[TEL:+43 664 281 90 37]]
Thema: Friedhöfe / Grabpflege

Nachricht:
Sehr geehrter Herr Oberbürgermeister,

meine Eltern [[P:Walter]] und [[P:Erika Wiedemann]] sind auf dem Hauptfriedhof an der Helmstedter Straße beigesetzt (Abt. 17, Reihe 4). Ich lebe seit 1991 in Österreich und kann mich nicht mehr selbst um das Grab kümmern. Im September wurde mir mitgeteilt, dass das Nutzungsrecht (Grabnutzungsrecht Nr. [[AZ:HF-17-04-1998/233]]) 2027 abläuft. Ich möchte das Nutzungsrecht verlängern, konnte aber niemanden in der Friedhofsverwaltung erreichen. Drei E-Mails sind bisher unbeantwortet.

Meine frühere Braunschweiger Anschrift war [[STR:Kastanienallee 21]]; meine Schwester [[P:Heide Ahlers]] wohnt noch dort und hat eine Vollmacht.

Mit freundlichen Grüßen
[[P:Reinhold Wiedemann]]

Datenschutzerklärung akzeptiert: ja | Kopie an Absender: ja | Formular-ID: ob_kontakt_2024
""",
    keep=[
        "Hauptfriedhof an der Helmstedter Straße",
        "Friedhöfe / Grabpflege",
        "Formular-ID: ob_kontakt_2024",
        "Friedhofsverwaltung",
        "Sehr geehrter Herr Oberbürgermeister",
    ],
)

# 49 -- online business registration of a sole trader
pii(
    "web_form",
    """
Gewerbeanzeige online – Anmeldung (GewA 1) – Stadt Halle (Saale), Fachbereich Sicherheit, Gewerbeangelegenheiten
Transaktionsnummer: [[AZ:GEW-HAL-2026-11-00384]] | übermittelt: 30.10.2026 11:48:12

[1] Angaben zur Person
 Name: [[P:Hoàng]]
 Vornamen: [[P:Minh Tuấn]]
 Geburtsname: –
 Geburtsdatum: [[DOB:18.02.1984]]
 Geburtsort: [[LOC:Nam Định]] (Vietnam)
 Staatsangehörigkeit: deutsch
 Anschrift Wohnung: [[STR:Leipziger Straße 61]], [[LOC:06108 Halle (Saale)]]
 Telefon: [[TEL:0345 / 68 29 441]]   Mobil: [[TEL:0177-4830 219]]
 E-Mail: [[MAIL:tuan.hoang.halle@gmail.com]]

[2] Angaben zum Betrieb
 Name des Geschäfts: Asia Markt [[P:Hoàng]] e.K.
 Registereintrag: [[HR:HRA 4471]], Amtsgericht Stendal
 Betriebsstätte: [[STR:Große Ulrichstraße 23]], [[LOC:06108 Halle (Saale)]]
 Tätigkeit: Einzelhandel mit asiatischen Lebensmitteln, Getränken (ohne Ausschank) und Haushaltswaren
 Beginn: 01.12.2026
 Zahl der Beschäftigten: Vollzeit 1, Teilzeit 2

[3] Steuerliche Angaben
 Steuerliche Identifikationsnummer: [[TAX:71595043626]]
 Steuernummer: [[TAX:110/234/56789]]
 USt-IdNr.: [[TAX:DE287441930]]

[4] SEPA-Lastschriftmandat für Gewerbesteuer-Vorauszahlungen
 Kontoinhaber: [[P:Minh Tuấn Hoàng]]
 IBAN: [[IBAN:DE72 2605 0001 1081 3988 22]]

[5] Anlagen: Auszug Handelsregister.pdf, Mietvertrag_Gewerbe.pdf
 Gebühr: 26,00 € (bezahlt per Kreditkarte)
""",
    keep=[
        "Gewerbeanzeige online – Anmeldung (GewA 1)",
        "Amtsgericht Stendal",
        "Einzelhandel mit asiatischen Lebensmitteln",
        "Zahl der Beschäftigten",
        "Gebühr: 26,00 €",
    ],
)

# 50 -- web form, dog tax registration
pii(
    "web_form",
    """
Formularserver Stadt Erlangen – Eingang Formular „Anmeldung eines Hundes zur Hundesteuer“
Vorgangsnummer: [[AZ:ER-HST-26-01977]] | Eingangsdatum: 15.11.2026 09:03

Halterin/Halter
  Nachname ............ [[P:Sturm]]
  Vorname ............. [[P:Katharina]]
  Geburtsdatum ........ [[DOB:07.07.1990]]
  Straße, Hausnummer .. [[STR:Nürnberger Straße 112a]]
  PLZ, Ort ............ [[LOC:91052 Erlangen]]
  Telefon ............. [[TEL:09131-97 44 12]]
  E-Mail .............. [[MAIL:kathi.sturm@mailbox.org]]

Hund
  Rufname ............. Fritzi
  Rasse ............... Labrador-Pudel-Mischling (Labradoodle)
  Geschlecht .......... Hündin
  Wurftag ............. 02.03.2026
  Transponder-Nr. ..... 276098106551234
  Haltung seit ........ 10.11.2026
  Herkunft ............ Tierheim Erlangen (Tierschutzverein Erlangen und Umgebung e.V.)
  Ermäßigung beantragt  nein
  Haftpflichtversicherung: HUK-COBURG, Vers.-Nr. [[AZ:HV-55-8812044]]

Bisheriger Halter (falls bekannt): [[P:Moritz Sturm]] (Bruder), [[LOC:Fürth]]

Bemerkung: „Der Hund kam mit Sturmfrisur aus dem Tierheim, daher der Name Fritzi 😊 Bitte Steuermarke per Post.“
Zahlungsweise: Überweisung nach Bescheid
""",
    keep=[
        "Anmeldung eines Hundes zur Hundesteuer",
        "Tierschutzverein Erlangen und Umgebung e.V.",
        "Labrador-Pudel-Mischling (Labradoodle)",
        "HUK-COBURG",
        "Transponder-Nr. ..... 276098106551234",
    ],
)

# 51 -- e-mail from abroad, request for a registration certificate
pii(
    "email",
    """
From: [[P:Bożena Grabowska]] <[[MAIL:bozena.grabowska@onet.pl]]>
To: buergerbuero@goerlitz.de
Date: Thu, 12 Nov 2026 08:51:30 +0100
Subject: Prośba / Bitte um Meldebescheinigung (historisch)

Sehr geehrte Damen und Herren,

ich schreibe aus Polen. Ich habe von 1991 bis 1998 in Görlitz gewohnt, [[STR:Jakobstraße 5]], damals mit meinem Mann [[P:Ryszard Grabowski]] (gest. 2020). Für meine Rente bei ZUS brauche ich eine Bescheinigung, dass ich in dieser Zeit in Deutschland gemeldet war (erweiterte Meldebescheinigung mit Zeiten).

Meine Daten:
Name: [[P:Grabowska]], geb. [[P:Mazur]]
Vorname: [[P:Bożena]]
geboren: [[DOB:21.06.1956]] in [[LOC:Lubań]]
jetzige Adresse: [[STR:ul. Wojska Polskiego 87 m. 5]], [[LOC:70-482 Szczecin]], Polska
Telefon: [[TEL:+48 601 229 311]]

Die Gebühr kann ich überweisen, bitte schreiben Sie mir die Bankverbindung. Falls etwas zurück zu zahlen ist, mein Konto: [[IBAN:PL55 1090 1014 1237 4243 6645 1436]].

Kopie von meinem Dowód osobisty schicke ich im Anhang (Scan).

Z poważaniem / Mit freundlichen Grüßen
[[P:Bożena Grabowska]]

Anhang: dowod_scan.jpg (1,2 MB)
""",
    keep=[
        "buergerbuero@goerlitz.de",
        "erweiterte Meldebescheinigung",
        "ZUS",
        "Z poważaniem",
        "dowod_scan.jpg",
    ],
)

# 52 -- e-mail of a private landlord to the housing benefit office
pii(
    "email",
    """
Von: [[P:Gerd Hülsmann]] <[[MAIL:g.huelsmann@t-online.de]]>
An: wohngeld@stadt-guetersloh.de
Betreff: Mietbescheinigung Fam. [[P:Rexhepi]] / Ihr Schreiben vom 02.11.

Guten Tag Frau [[P:Strothmann]],

anbei wie gewünscht die ausgefüllte Mietbescheinigung für meine Mieter, Herrn [[P:Agron Rexhepi]] und Frau [[P:Mirela Rexhepi]], Wohnung [[STR:Carl-Bertelsmann-Straße 212, EG rechts]], [[LOC:33332 Gütersloh]]. Das Aktenzeichen aus Ihrem Brief war [[AZ:WG-GT-2026-2291]].

Ein paar Ergänzungen, weil das Formular dafür keinen Platz hat:
- Die Nebenkostenvorauszahlung ist seit 01.07.2026 von 180 € auf 215 € erhöht (Abrechnung 2025 anbei).
- Die Garage (12/2) ist separat vermietet und gehört nicht zur Wohnung.
- Der Sohn [[P:Dren]] ist im August ausgezogen (Studium in [[LOC:Paderborn]]).

Ich bin Privatvermieter, das ist meine einzige Wohnung neben der eigenen. Sie erreichen mich am besten abends unter [[TEL:05241 / 2 38 64]] oder mobil [[TEL:0170 5 38 22 91]].

Freundliche Grüße
[[P:Gerd Hülsmann]]
[[STR:Am Hüttenbrink 3]], [[LOC:33335 Gütersloh]]
""",
    keep=[
        "wohngeld@stadt-guetersloh.de",
        "Mietbescheinigung",
        "Nebenkostenvorauszahlung",
        "Garage (12/2)",
        "Privatvermieter",
    ],
)

# 53 -- e-mail chain between parent, school office and school, quoted replies
pii(
    "email_chain",
    """
Von: Fachbereich Bildung – Schulverwaltung <schulverwaltung@mannheim.de>
An: [[MAIL:oksana.kravets@gmx.de]]
Cc: sekretariat@ifs-mannheim.schule.bwl.de
Datum: 11.11.2026 10:16
Betreff: AW: AW: Schulplatz für [[P:Artem]] (Kl. 6) – Vorgang [[AZ:SV-26-0914]]

Sehr geehrte Frau [[P:Kravets]],

die Integrierte Gesamtschule Mannheim-Herzogenried hat einen Platz in Klasse 6 frei. Ihr Sohn kann am Montag, 16.11.2026, um 8:00 Uhr im Sekretariat beginnen. Bitte bringen Sie die Meldebescheinigung und das letzte Zeugnis (auch auf Ukrainisch) mit.

Mit freundlichen Grüßen
i. A. [[P:Benedikt Wacker]]
Schulverwaltung, Tel. [[TEL:0621 293-41 09]]

> Von: [[MAIL:oksana.kravets@gmx.de]]
> Datum: 09.11.2026 21:44
> Betreff: AW: Schulplatz für [[P:Artem]] (Kl. 6)
>
> Guten Abend Herr [[P:Wacker]],
> wir wohnen jetzt fest in [[STR:Langstraße 48]], [[LOC:68169 Mannheim]] (Anmeldung war am 03.11.).
> [[P:Artem]] ist geboren [[DOB:19.04.2015]] und war in [[LOC:Odesa]] in der 5. Klasse. Er spricht Englisch und etwas Deutsch.
> Bitte, möglichst eine Schule die wir zu Fuß erreichen. Telefon [[TEL:0157 3 44 81 96 2]]
> [[P:Oksana Kravets]]
>
>> Von: Fachbereich Bildung – Schulverwaltung
>> Datum: 06.11.2026 08:02
>> Betreff: Schulplatz für [[P:Artem]] (Kl. 6)
>>
>> Sehr geehrte Frau [[P:Kravets]],
>> um einen Schulplatz zu vermitteln, benötigen wir Ihre Meldeadresse in Mannheim und das Geburtsdatum Ihres Sohnes.
>> Mit freundlichen Grüßen, Schulverwaltung
""",
    keep=[
        "schulverwaltung@mannheim.de",
        "Integrierte Gesamtschule Mannheim-Herzogenried",
        "sekretariat@ifs-mannheim.schule.bwl.de",
        "Montag, 16.11.2026, um 8:00 Uhr",
        "Meldebescheinigung und das letzte Zeugnis",
    ],
)

# 54 -- forwarded chain in the building authority, neighbour dispute, surname Koch
pii(
    "email_chain",
    """
Von: [[P:Offermann, Petra]]
Gesendet: Freitag, 6. November 2026 11:20
An: Bauaufsicht-Team-West
Betreff: WG: Beschwerde Außenküche / Grenzbebauung [[STR:Lütticher Straße 301]]

Zur Prüfung, ob ein Verfahren eröffnet werden muss (Az. noch nicht vergeben). Der Beschwerdeführer hat schon beim Umweltamt und beim OB geschrieben.
P.O.

________________________________
Von: [[P:Hermann-Josef Claßen]] <[[MAIL:hj.classen@netcologne.de]]>
Gesendet: Donnerstag, 5. November 2026 22:03
An: bauaufsicht@mail.aachen.de
Betreff: Beschwerde Außenküche / Grenzbebauung

Sehr geehrte Damen und Herren,

mein Nachbar, Herr [[P:Sebastian Koch]] ([[STR:Lütticher Straße 301]]), hat direkt an meiner Grundstücksgrenze eine gemauerte Außenküche mit Pizzaofen und 3 m hohem Schornstein gebaut. Herr [[P:S. Koch]] ist von Beruf Koch und bewirtet dort an den Wochenenden bis zu 30 Gäste („Supper Club“, Anzeigen auf Instagram), offenbar gewerblich.

Der Rauch zieht direkt in unser Schlafzimmer. Meine Frau [[P:Monika]] hat Asthma.

Ich bitte um Prüfung, ob das genehmigt ist. Fotos hänge ich an. Ich wohne nebenan, [[STR:Lütticher Straße 299]], [[LOC:52074 Aachen]], Tel. [[TEL:0241 / 87 26 15]].

Mit freundlichen Grüßen
[[P:H.-J. Claßen]]
""",
    keep=[
        "Bauaufsicht-Team-West",
        "bauaufsicht@mail.aachen.de",
        "Pizzaofen und 3 m hohem Schornstein",
        "Supper Club",
        "Az. noch nicht vergeben",
    ],
    allow=("Koch",),
)

# 55 -- chain escalated to the mayor's office, day-care place
pii(
    "email_chain",
    """
Von: Büro des Oberbürgermeisters – Bürgeranliegen <buergeranliegen@stadt-muenster.de>
An: Amt für Kinder, Jugendliche und Familien – Kita-Platzvergabe <kita-navigator@stadt-muenster.de>
Gesendet: 09.11.2026 15:37
Betreff: Bitte um Stellungnahme bis 16.11. – Beschwerde Fam. [[P:Hölscher-Diallo]] ([[AZ:OB-2026-1781]])

Liebe Kolleginnen und Kollegen,

beigefügte Beschwerde hat den OB direkt erreicht. Bitte prüfen Sie den Fall und senden Sie uns bis 16.11. einen Antwortentwurf. Ansprechpartnerin im Büro OB: Frau [[P:Roters]].

Mit freundlichen Grüßen
Bürgeranliegen / Büro OB

---------- Weitergeleitete Nachricht ----------
Von: [[P:Aminata Diallo]] <[[MAIL:aminata.diallo@uni-muenster.de]]>
Datum: So., 8. Nov. 2026 um 20:12
Betreff: Kita-Platz – wir verlieren unsere Jobs
An: oberbuergermeister@stadt-muenster.de

Sehr geehrter Herr Oberbürgermeister,

wir haben unseren Sohn [[P:Moussa]] (geb. [[DOB:27.04.2025]]) im Januar im Kita-Navigator angemeldet (Vormerkung [[AZ:KN-2026-048812]]) und fünf Kitas in Kinderhaus und Coerde ausgewählt. Seit Juni bekommen wir nur Absagen. Meine Elternzeit endet am 30.11., mein Mann [[P:Jan Hölscher]] arbeitet im Schichtdienst bei der Uniklinik.

Wir wohnen [[STR:Idenbrockplatz 6]], [[LOC:48159 Münster]]. Ich bitte dringend um Hilfe. Telefonisch erreichen Sie mich unter [[TEL:0251 / 83-2 71 44]] (Büro) oder [[TEL:0176 55 00 31 87]].

Mit freundlichen Grüßen
[[P:Aminata Diallo]]
""",
    keep=[
        "buergeranliegen@stadt-muenster.de",
        "Kita-Navigator",
        "Antwortentwurf",
        "oberbuergermeister@stadt-muenster.de",
        "Kinderhaus und Coerde",
    ],
)

# 56 -- handwritten letter of an elderly citizen, property tax
pii(
    "letter",
    """
[Handschriftlicher Brief, abgetippt von der Poststelle am 03.11.2026]

[[P:Georgios Tsakiridis]]
[[STR:Böblinger Str. 418]]
[[LOC:70569 Stuttgart]]

An Stadt Stuttgart
Steueramt Grundsteuer
Eberhardstraße 39
70173 Stuttgart

Stuttgart, 29.10.26

Betrefend: Grundsteuer Bescheid 2026, Kassenzeichen [[AZ:7-4410-00-118823]]

Sehr geehrte Dammen und Herrn,

ich bin 84 Jahre alt und meine Deutsch ist nicht so gut, meine Enkelin [[P:Sofia]] hilft mir nicht heute weil sie in [[LOC:Thessaloniki]] ist.

Ich habe bekommen Bescheid für Grundsteuer, jetzt 1.142 Euro, letztes Jahr war 388 Euro. Das ist dreimal!! Meine Haus ist alt, von 1962, kleine Garten. Mein Nachbar Herr [[P:Eberle]] zahlt weniger und hat großere Haus.

Bitte prüfen Sie, ob das richtig ist. Ich kann nicht so viel bezahlen, ich habe nur kleine Rente. Vielleicht kann ich in Raten zahlen?

Bitte rufen Sie an meine Sohn [[P:Christos]], er spricht gut Deutsch: [[TEL:0711/7 35 08 62]]

Mit freundlichen Grüße
[[P:G. Tsakiridis]]

[Vermerk Poststelle: weitergeleitet an Amt 23, Grundsteuer – Widerspruch? Frist prüfen (Bescheid vom 05.10.2026)]
""",
    keep=[
        "Steueramt Grundsteuer",
        "Eberhardstraße 39",
        "Frist prüfen",
        "1.142 Euro",
        "Amt 23",
    ],
)

# 57 -- public order office, threatened penalty payment, dangerous dog
pii(
    "letter",
    """
Stadt Mülheim an der Ruhr
Der Oberbürgermeister
Ordnungsamt – Hundeangelegenheiten
Ruhrstraße 32-34, 45468 Mülheim an der Ruhr

Mit Postzustellungsurkunde
Herrn
[[P:Dennis Schwertfeger]]
[[STR:Aktienstraße 190]]
[[LOC:45473 Mülheim an der Ruhr]]

Aktenzeichen: [[AZ:32.22-H-0877/26]]
Bearbeiter: Herr [[P:Kuhlen]], Zimmer B.108, Tel. [[TEL:0208/455-32 61]]
Datum: 13.11.2026

Festsetzung eines Zwangsgeldes und erneute Androhung

Sehr geehrter Herr [[P:Schwertfeger]],

mit Ordnungsverfügung vom 01.09.2026 wurde Ihnen aufgegeben, Ihren Hund „Rocky“ (Rasse: Rottweiler, Chip-Nr. 276095600412278) außerhalb Ihres befriedeten Besitztums an einer maximal 1,50 m langen Leine zu führen und ihm einen Maulkorb anzulegen (§ 12 Abs. 2 LHundG NRW). Anlass war der Beißvorfall vom 14.07.2026 auf der Rennbahn Raffelberg, bei dem der Hund von Frau [[P:Ingrid Pleß]] verletzt wurde.

Am 28.10.2026 wurde durch den Kommunalen Ordnungsdienst festgestellt, dass Sie den Hund ohne Leine und Maulkorb im Witthausbusch ausgeführt haben.

Das angedrohte Zwangsgeld in Höhe von 500,00 € wird hiermit festgesetzt. Für jeden weiteren Verstoß wird ein Zwangsgeld von 1.000,00 € angedroht. Geburtsdatum laut Melderegister zur Vollstreckung: [[DOB:30.01.1995]].

Mit freundlichen Grüßen
Im Auftrag
[[P:Kuhlen]]
""",
    keep=[
        "Ordnungsamt – Hundeangelegenheiten",
        "§ 12 Abs. 2 LHundG NRW",
        "Rennbahn Raffelberg",
        "Kommunalen Ordnungsdienst",
        "500,00 €",
    ],
)

# 58 -- cemetery administration, expiring grave rights, letter to heirs
pii(
    "letter",
    """
Stadt Gera – Fachdienst Umwelt – Friedhofsverwaltung
Ostfriedhof, Friedhofstraße 1, 07546 Gera
Tel. 0365 838-43 10 (Verwaltung) · friedhof@gera.de

Frau [[P:Uta Wünschmann]]
[[STR:Straße des Friedens 27]]
[[LOC:07548 Gera]]

nachrichtlich: Herrn [[P:Frank Wünschmann]], [[STR:Marienstraße 4]], [[LOC:04109 Leipzig]]

Grabnutzungsrecht: [[AZ:OF-W-2001-0412]]
Grablage: Ostfriedhof, Abteilung 11, Reihe 7, Grab 3 (Urnenwahlgrab, 2 Stellen)
Gera, 02.11.2026

Ablauf des Nutzungsrechts am 31.12.2026

Sehr geehrte Frau [[P:Wünschmann]],

das Nutzungsrecht an der oben genannten Grabstätte, in der Ihre Eltern [[P:Rudolf]] und [[P:Elfriede Wünschmann]] beigesetzt sind, endet am 31.12.2026. Als Nutzungsberechtigte haben Sie die Möglichkeit, das Recht um 5, 10 oder 20 Jahre zu verlängern. Die Gebühr für 10 Jahre beträgt nach der Friedhofsgebührensatzung 468,00 €.

Wird das Nutzungsrecht nicht verlängert, bitten wir Sie, Grabmal und Bepflanzung bis zum 30.04.2027 zu entfernen; andernfalls erfolgt die Abräumung durch die Friedhofsverwaltung kostenpflichtig.

Ihr Bruder erhält dieses Schreiben nachrichtlich.

Mit freundlichen Grüßen
Im Auftrag
[[P:Seidel]]
""",
    keep=[
        "Friedhofsverwaltung",
        "Abteilung 11, Reihe 7, Grab 3",
        "Friedhofsgebührensatzung",
        "friedhof@gera.de",
        "468,00 €",
    ],
)

# 59 -- OCR of a payslip with tax ID and pension insurance number
pii(
    "ocr_scan",
    """
--- OCR Anlage 4 zu Wohngeldantrag [[AZ:WG-NE-26-1340]] (Verdienstabrechnung 10/2026), erkannt mit ABBYY, 2 Seiten ---

Rhein-Kreis Logistik Service GmbH · Hafenstraße 50 · 41460 Neuss
Abrechnung der Brutto/Netto-Bezüge für 0ktober 2026

Pers.-Nr. [[AZ:004 218]]        Eintritt 01.03.2019       Steuerklasse ll / 1,0 Kinderfreibetr.
Frau [[P:Derya Özdemir]]
[[STR:Furth 1l]]
[[LOC:41462 Neuss]]

Geburtsdatum  [[DOB:02.11.1991]]   Konf. –   StKl. 2   SV-Nr. [[RV:24 021191 O 52 7]]
Steuer-ID  [[TAX:79544204367]]       Krankenkasse AOK Rhein1and/Hamburg   BGRS 1111

Lohnart   Bezeichnung                 Menge     Faktor      Betrag
1000      Gehalt (Teilzeit 30 Std.)                         2.310,00
1200      Zuschl. Nacht 25 %          14,50      3,70           53,65
1600      VWL AG-Anteil                                          26,59
          GESAMTBRUTTO                                       2.390,24
          Lohnsteuer                                          -118,33
          Kirchensteuer                                          0,00
          KV/PV/RV/AV AN-Anteil                               -498,48
          NETTO                                              1.773,43
          Überweisung auf IBAN DE** **** **** **** **45 88

Seite 2: Jahreswerte (nicht erkannt, Bi1d zu dunkel)
""",
    keep=[
        "Rhein-Kreis Logistik Service GmbH",
        "Hafenstraße 50 · 41460 Neuss",
        "GESAMTBRUTTO",
        "AOK Rhein1and/Hamburg",
        "Seite 2: Jahreswerte (nicht erkannt, Bi1d zu dunkel)",
    ],
)

# 60 -- OCR of a handwritten registration form
pii(
    "ocr_scan",
    """
[Formular „Anmeldung bei der Meldebehörde“ – handschriftlich ausgefüllt – OCR/ICR-Ergebnis, Felder mit * unsicher]
Landeshauptstadt Potsdam · Bürgerservice · Friedrich-Ebert-Straße 79/81 · 14469 Potsdam

Tag des Einzugs: 0l.l1.2026
Neue Wohnung: Straße, Hausnummer: [[STR:Zeppe1instr. 1l4]]*   PLZ, Gemeinde: [[LOC:l447l Potsdam]]
Bisherige Wohnung: [[STR:Str. Mihai Eminescu nr. 14, ap. 9]]*, [[LOC:400l02 Cluj-Napoca]], Rumänien
Die neue Wohnung ist: [X] alleinige Wohnung  [ ] Hauptwohnung  [ ] Nebenwohnung

Person 1
 Familienname: [[P:POPESCU]]*        Vornamen: [[P:Vasi1e Adrian]]
 Geburtsdatum: [[DOB:l9.09.l987]]    Geburtsort: [[LOC:C1uj-Napoca]]
 Geschlecht: m   Familienstand: vh   Staatsangehörigkeit: rum.
 Religion: ro.-orth. (keine Kirchensteuer)
 Ausweis: Pașaport Nr. [[PASS:O58812406]]*

Person 2
 Familienname: [[P:POPESCU]]  Geburtsname: [[P:RUSU]]     Vornamen: [[P:Ioana]]
 Geburtsdatum: [[DOB:03.O5.1990]]    Geburtsort: [[LOC:Dej]]
 Ausweis: Pașaport Nr. [[PASS:05l928374]]

Unterschrift: [unleserlich]   Datum: 04.11.2026

Vermerk SB ([[P:Kaiser-Lenz]]): Angaben mit Reisepass geprüft, Schreibweise „Vasile“ korrigiert. Wohnungsgeberbestätigung liegt vor (Pro Potsdam GmbH).
""",
    keep=[
        "Anmeldung bei der Meldebehörde",
        "Friedrich-Ebert-Straße 79/81 · 14469 Potsdam",
        "alleinige Wohnung",
        "Pro Potsdam GmbH",
        "Felder mit * unsicher",
    ],
)

# 61 -- police fax to the public order office, dog taken into custody
pii(
    "fax",
    """
06.11.2026 23:47   +49 6221 99-1099   POLIZEIREVIER HD-MITTE   S. 01/02

TELEFAX
Polizeipräsidium Mannheim – Polizeirevier Heidelberg-Mitte
Römerstraße 2-4, 69115 Heidelberg
Fax: 06221 99-1099 · Tel. (Wache): 06221 99-1700

An: Stadt Heidelberg, Bürger- und Ordnungsamt, Abt. Gefahrenabwehr – Fax 06221 58-17 990
Nachrichtlich: Tierheim Heidelberg (Tierschutzverein Heidelberg u. U. e.V.)

Vorgangsnummer: [[AZ:ST/0718443/2026]]
Betreff: Unterbringung eines Hundes nach Ingewahrsamnahme des Halters

Sachverhalt: Am 06.11.2026 gegen 21:30 Uhr wurde der Halter, Herr [[P:Marek Jankowski]], geb. [[DOB:14.03.1979]], wohnhaft [[STR:Bergheimer Straße 133]], [[LOC:69117 Heidelberg]], nach einer Auseinandersetzung am Bismarckplatz in Gewahrsam genommen und anschließend in die Psychiatrische Universitätsklinik verbracht. Sein Hund (Mischling, schwarz, ca. 30 kg, Name lt. Halter „Bruno“, Marke der Hundesteuer Nr. 1187) wurde sichergestellt und um 22:40 Uhr im Tierheim abgegeben.

Angehörige: Schwester [[P:Agnieszka Jankowska-Berg]], [[TEL:0157 / 3 11 08 49 2]], ist informiert, kann den Hund aber nicht aufnehmen.

Um Übernahme der Kosten der Unterbringung nach § 33 PolG BW bzw. Entscheidung über die weitere Verwahrung wird gebeten.

Sachbearbeiter: PK [[P:Schuhmacher]], Durchwahl [[TEL:06221 99-1743]]

--- Ende Seite 1 ---
""",
    keep=[
        "Polizeirevier Heidelberg-Mitte",
        "Römerstraße 2-4, 69115 Heidelberg",
        "Fax 06221 58-17 990",
        "§ 33 PolG BW",
        "Psychiatrische Universitätsklinik",
    ],
)

# 62 -- automatic voicemail transcription with spelled-out numbers
pii(
    "voicemail_transcript",
    """
Neue Sprachnachricht für: Steueramt Essen – Team Grundbesitzabgaben (Sammelnummer 0201 88-2 20 00)
Empfangen: Mo 09.11.2026 07:12 | Anrufer: [[TEL:+4920174441893]] | Dauer: 0:58
Automatische Transkription (Beta, Genauigkeit nicht garantiert):

„Ja guten Morgen, hier spricht [[P:Hannelore Fuchs]], [[P:F-U-C-H-S]], ich rufe an wegen dem Bescheid über die Grundbesitzabgaben, da steht Kassenzeichen, Moment, [[AZ:vier zwei drei, null null eins, sieben sieben acht]], und da ist die Straßenreinigung doppelt drauf, einmal für die [[STR:Rüttenscheider Straße 19]] und einmal für die Garage hinten, die liegt aber am Weg und nicht an der Straße. Und dann wollte ich noch sagen, mein Mann, der [[P:Horst]], ist im Juli verstorben, das muss dann auch umgeschrieben werden. Rufen Sie mich bitte zurück, meine Nummer ist [[TEL:null zwei null eins, sieben vier, vier vier, eins acht neun drei]], oder auf dem Handy [[TEL:null eins sieben null, fünf fünf, zwo drei, sechs eins, null vier]]. Vielen Dank, auf Wiederhören.“

Zugeordnet durch: [[P:Thomas Baltes]], 09.11.2026 08:05 – Kassenzeichen im System: [[AZ:423.001.778]], Eigentümer: [[P:Fuchs, Horst]] (verst.), Vorgang an Sachgebiet 21.3 „Eigentumswechsel“.
""",
    keep=[
        "Team Grundbesitzabgaben",
        "Sammelnummer 0201 88-2 20 00",
        "Automatische Transkription (Beta, Genauigkeit nicht garantiert)",
        "Sachgebiet 21.3",
        "Dauer: 0:58",
    ],
)

# 63 -- CSV of job applications
pii(
    "csv",
    """
Bewerbermanagement Stadt Konstanz – Export Ausschreibung 2026-117 „Sachbearbeiter/in Bürgerbüro (m/w/d), EG 8 TVöD“ – Bewerbungsschluss 31.10.2026
bewerber_id,nachname,vorname,geburtsdatum,email,telefon,wohnort,schwerbehindert,intern,status,kommentar_personalamt
[[AZ:B117-0004]],[[P:Maier]],[[P:Franziska]],[[DOB:1996-04-19]],[[MAIL:franzi.maier96@web.de]],[[TEL:07531 / 9 41 28 77]],[[LOC:Konstanz-Wollmatingen]],nein,nein,Einladung 1. Runde,Verwaltungsfachangestellte LRA
[[AZ:B117-0007]],[[P:Rüegg]],[[P:Lukas]],[[DOB:1991-11-02]],[[MAIL:l.rueegg@bluewin.ch]],[[TEL:+41 79 448 21 03]],[[LOC:Kreuzlingen]],nein,nein,Absage,Arbeitserlaubnis Grenzgänger? Sprachlich ok
[[AZ:B117-0011]],[[P:Yıldız]],[[P:Merve]],[[DOB:1999-01-30]],[[MAIL:merve.yildiz@outlook.de]],[[TEL:0176-41 92 08 33]],[[LOC:Singen (Hohentwiel)]],ja (GdB 50),nein,Einladung 1. Runde,SB-Vertretung beteiligen!
[[AZ:B117-0012]],[[P:Hummel]],[[P:Jürgen]],[[DOB:1968-08-08]],[[MAIL:jhummel@gmx.net]],,[[LOC:Radolfzell am Bodensee]],nein,ja (Pers.-Nr. [[AZ:011745]]),Einladung 1. Runde,derzeit Kfz-Zulassung
[[AZ:B117-0015]],[[P:Ferreira]],[[P:Ana Luísa]],[[DOB:1993-05-25]],[[MAIL:analuisa.ferreira@gmail.com]],[[TEL:+49 1512 3389047]],[[LOC:Konstanz-Petershausen]],nein,nein,Warteliste,
[[AZ:B117-0019]],[[P:Engel]],[[P:Marie]],[[DOB:2001-12-12]],[[MAIL:marie.engel@icloud.com]],[[TEL:07732 58 04 19]],[[LOC:Allensbach]],nein,nein,Absage,Ausbildung noch nicht abgeschlossen
""",
    keep=[
        "Ausschreibung 2026-117",
        "EG 8 TVöD",
        "Bewerbungsschluss 31.10.2026",
        "SB-Vertretung beteiligen!",
        "Einladung 1. Runde",
    ],
)

# 64 -- Excel paste, birthday list of elderly citizens for the mayor's greetings
pii(
    "excel_paste",
    "Altersjubilare Dezember 2026 – Glückwünsche OB (Büro OB / Protokoll), Landeshauptstadt Schwerin\n"
    "Auszug Melderegister nach § 50 Abs. 2 BMG (ohne Personen mit Übermittlungssperre)\n"
    "\n"
    "Jubiläum\tName\tVorname\tGeburtsdatum\tStraße\tPLZ\tStadtteil\tBesuch/Post\tBemerkung\n"
    "90\t[[P:Rambow]]\t[[P:Gertrud]]\t[[DOB:01.12.1936]]\t[[STR:Dreescher Markt 4]]\t[[LOC:19061]]\t[[LOC:Großer Dreesch]]\tPost\t\n"
    "90\t[[P:Kasprzak]]\t[[P:Helmut]]\t[[DOB:06.12.1936]]\t[[STR:Wismarsche Straße 281]]\t[[LOC:19055]]\t[[LOC:Paulsstadt]]\tPost\t\n"
    "95\t[[P:Behrens]]\t[[P:Irmgard]]\t[[DOB:11.12.1931]]\tPflegeheim Am Fernsehturm, [[STR:Hamburger Allee 120]]\t[[LOC:19063]]\t[[LOC:Mueßer Holz]]\tBesuch Stadtpräsidentin\tTochter [[P:Karin Wulff]] informieren: [[TEL:0385 / 39 41 77]]\n"
    "100\t[[P:Lüdemann]]\t[[P:Erich]]\t[[DOB:24.12.1926]]\t[[STR:Schloßgartenallee 12]]\t[[LOC:19061]]\t[[LOC:Schloßgartenviertel]]\tBesuch OB\tPresse erwünscht (Einverständnis liegt vor)\n"
    "101\t[[P:Prüter]]\t[[P:Anneliese]]\t[[DOB:28.12.1925]]\t[[STR:Goethestraße 60]]\t[[LOC:19053]]\t[[LOC:Altstadt]]\tPost\tschwerhörig\n"
    "\t\t\t\t\t\t\t\t\n"
    "Ehejubiläen (Goldene Hochzeit, Heiratsdatum aus Standesamt): siehe Blatt 2.\n"
    "Präsente: Blumenstrauß (Fa. Blumen-Centrum Schwerin GmbH, Mecklenburgstraße), Stadtchronik Schwerin, Karte mit Unterschrift.\n",
    keep=[
        "Altersjubilare Dezember 2026",
        "§ 50 Abs. 2 BMG",
        "Besuch Stadtpräsidentin",
        "Blumen-Centrum Schwerin GmbH",
        "Goldene Hochzeit",
    ],
)

# 65 -- ticket mail, certificate of conduct requested from Vietnam
pii(
    "ticket_mail",
    """
Von: Bürgerservice Cottbus <buergerservice@cottbus.de>
An: [[MAIL:phamducthang1988@yahoo.com.vn]]
Betreff: [Ticket#[[AZ:CB-2026-11-008812]]] AW: Führungszeugnis für Visum

Sehr geehrter Herr [[P:Pham]],

vielen Dank für Ihre Anfrage. Da Sie nicht mehr in Deutschland gemeldet sind, können Sie das Führungszeugnis nicht bei der Stadt Cottbus beantragen. Bitte beantragen Sie es direkt beim Bundesamt für Justiz, 53094 Bonn (Online-Antrag mit eID oder schriftlich über die Deutsche Botschaft Hanoi).

Für Ihren Antrag benötigen Sie Ihre frühere Anschrift in Deutschland; laut Melderegister waren Sie bis 14.08.2023 mit Hauptwohnung in [[STR:Sielower Straße 37]], [[LOC:03044 Cottbus]] gemeldet.

Mit freundlichen Grüßen
[[P:Ramona Kschenka]]
Bürgerservice – Team Meldewesen

---- Ursprüngliche Anfrage (Kontaktformular, 10.11.2026 04:12) ----
Name: [[P:Phạm Đức Thắng]]
Geburtsdatum: [[DOB:05.05.1988]]
Geburtsort: [[LOC:Hải Dương]]
Aktuelle Adresse: [[STR:Số 12, ngõ 45 phố Trần Quang Diệu]], [[LOC:Quận Đống Đa, Hà Nội]], Vietnam
Telefon/Zalo: [[TEL:+84 912 448 307]]
Nachricht: hello, i lived in cottbus 2016-2023 and worked at restaurant. now i need police certificate (Führungszeugnis) for visa for Germany again (work visa, Pflegefachkraft). how can i get it? my old passport number was [[PASS:C8851204]]. thank you very much
""",
    keep=[
        "buergerservice@cottbus.de",
        "Bundesamt für Justiz, 53094 Bonn",
        "Deutsche Botschaft Hanoi",
        "Team Meldewesen",
        "Pflegefachkraft",
    ],
)

# 66 -- IT ticket, upload error in the citizen portal
pii(
    "it_ticket",
    """
Ticket: INC-2026-11-00731 | Service: Bürgerportal / Upload | Priorität: 2 (hoch) | Status: in Arbeit
Eröffnet: 12.11.2026 08:14 durch 1st Level (Servicedesk Jena, Durchwahl intern 1234)
Melder/in: Bürgerin über Kontaktformular, [[P:Carolin Hesselbarth]], [[MAIL:caro.hesselbarth@web.de]], Rückruf [[TEL:03641 / 4 17 28 90]]

Fehlerbeschreibung:
Beim Hochladen der Nachweise zum Antrag auf Kita-Gebührenermäßigung (Vorgang [[AZ:KGE-2026-00418]]) erscheint nach 99 % die Meldung „Upload fehlgeschlagen (413)“. Datei: Einkommensnachweise_[[P:Hesselbarth]]_2025.pdf, 18,4 MB.

Analyse 2nd Level ([[P:Ole Dittrich]]):
- Access-Log upload01.portal.jena.intern: POST /api/v1/upload von [[IP:89.245.13.202]] → 413 Request Entity Too Large (client_max_body_size 15m)
- Gleiches Verhalten bei weiteren Bürgerinnen und Bürgern seit Deployment Release 4.12 am 10.11. (Limit wurde von 25m auf 15m zurückgesetzt)
- Workaround: Bürgerin wurde gebeten, die Datei zu teilen bzw. per Post einzureichen (erledigt 12.11., 09:30)

Lösung: Change CHG-2026-0455 (nginx-Konfiguration upload01/upload02, Limit 25m), Umsetzung 12.11. 18:00
Verknüpfte Tickets: INC-2026-11-00728, INC-2026-11-00733
""",
    keep=[
        "INC-2026-11-00731",
        "upload01.portal.jena.intern",
        "413 Request Entity Too Large",
        "CHG-2026-0455",
        "Release 4.12",
    ],
)

# 67 -- minutes of an on-site inspection by the building authority
pii(
    "minutes",
    """
Stadt Wolfsburg – Geschäftsbereich Bauordnung
Niederschrift über die Ortsbesichtigung am 27.10.2026, 10:00–11:10 Uhr
Bauvorhaben: Errichtung einer Doppelgarage mit Abstellraum
Grundstück: [[STR:Am Fuchsberg 17]], Gemarkung Fallersleben, Flur 4, Flurstück 112/3
Aktenzeichen: [[AZ:63.1-0874/26]]

Anwesend:
- Bauherrin: Frau [[P:Ramona Fink]], [[STR:Am Fuchsberg 17]], [[LOC:38442 Wolfsburg]]
- Entwurfsverfasser: Dipl.-Ing. [[P:Horst Vollbrecht]], Vollbrecht & Kühn Architekten PartGmbB
- Nachbar (Einwender): Herr [[P:Detlef Amsel]], [[STR:Am Fuchsberg 19]]
- Nachbarin (Einwenderin): Frau [[P:Olga Schneider]], [[STR:Lerchenweg 2]], vertreten durch ihren Sohn [[P:Viktor Schneider]] ([[TEL:0160 - 94 11 27 36]])
- Verwaltung: Herr [[P:Gnauck]] (Bauaufsicht), Frau [[P:Wiechert]] (Protokoll)

1. Herr [[P:Amsel]] trägt vor, die Garage verschatte seinen Wintergarten. Nach Messung beträgt die Grenzbebauung 9,00 m und die mittlere Wandhöhe 2,95 m; die Anforderungen des § 5 Abs. 8 NBauO werden eingehalten.
2. Frau [[P:Schneider]] (durch ihren Sohn) befürchtet die Ableitung von Niederschlagswasser auf ihr Grundstück. Der Entwurfsverfasser sagt eine Rigole auf dem Baugrundstück zu.
3. Ergebnis: Die Baugenehmigung kann mit Auflage (Versickerungsnachweis) erteilt werden.

gez. [[P:Gnauck]]                    gez. [[P:Wiechert]]
""",
    keep=[
        "Geschäftsbereich Bauordnung",
        "Flur 4, Flurstück 112/3",
        "§ 5 Abs. 8 NBauO",
        "Versickerungsnachweis",
        "Vollbrecht & Kühn Architekten PartGmbB",
    ],
    allow=("Vollbrecht",),
)

# 68 -- vehicle registration office, forced deregistration for lack of insurance
pii(
    "letter",
    """
Stadt Dessau-Roßlau
Amt für Ordnungsangelegenheiten – Zulassungsbehörde
Zerbster Straße 4, 06844 Dessau-Roßlau

Herrn
[[P:Rico Kallenbach]]
[[STR:Heidestraße 241]]
[[LOC:06842 Dessau-Roßlau]]

Ihr Fahrzeug: [[KFZ:DE-RK 911]], Pkw BMW 320d
Unser Zeichen: [[AZ:36.2-ZA-2026-1184]]
Datum: 11.11.2026

Anhörung vor Außerbetriebsetzung – fehlender Versicherungsschutz (§ 25 Abs. 4 FZV)

Sehr geehrter Herr [[P:Kallenbach]],

die Allianz Versicherungs-AG hat uns mit Anzeige vom 03.11.2026 mitgeteilt, dass für das oben genannte Fahrzeug seit dem 01.11.2026 kein Versicherungsschutz mehr besteht (Halter laut Zentralem Fahrzeugregister: [[P:Kallenbach, Rico]], geb. [[DOB:23.09.1986]] in [[LOC:Zerbst/Anhalt]]).

Sie haben Gelegenheit, bis zum 18.11.2026 eine neue Versicherungsbestätigung (eVB-Nummer) nachzuweisen oder das Fahrzeug außer Betrieb setzen zu lassen. Andernfalls werden wir die Außerbetriebsetzung anordnen und die Kennzeichenschilder entstempeln lassen; die Kosten (ab 65,00 €) tragen Sie.

Mit freundlichen Grüßen
Im Auftrag
[[P:Wernicke]]
Zulassungsbehörde, Tel. [[TEL:0340 204-12 44]]
""",
    keep=[
        "Zulassungsbehörde",
        "§ 25 Abs. 4 FZV",
        "Allianz Versicherungs-AG",
        "eVB-Nummer",
        "Zerbster Straße 4, 06844 Dessau-Roßlau",
    ],
)

# 69 -- hand-over notes at a citizens' office counter, abbreviations
pii(
    "internal_note",
    """
Schalterübergabe BB Lünen-Brambauer, Di 10.11., Spätdienst → Mi Frühdienst (Notizzettel digital)

- Hr. [[P:Nguyen]] (Pass-Abholung, [[AZ:PA 26/1842]]) war da, Pass noch nicht da → kommt Do wieder, Tel [[TEL:0160-3381 427]]
- Fr. [[P:Bauer-Kleinschmidt]]: Ummeldung angefangen, Wohnungsgeberbest. fehlt!! Unterlagen im Fach 3. Adr neu: [[STR:Waltroper Str. 88a]]
- Anruf Fr. [[P:Okonkwo]] wg. Meldebesch. für Sohn [[P:Chidi]] (geb. [[DOB:11.02.2008]]) – ist volljährig? nein → Mutter darf. Rückruf: [[TEL:01 51 / 27 40 33 85]]
- Kasse: Differenz 5,00 € (zu viel), Zettel liegt bei – vermutl. Fr. [[P:Demir]] Führungszeugnis bar, Wechselgeld?
- Hr. [[P:Schlüter]] (der Ältere, Rollator) fragt jede Woche nach dem Blindengeld-Antrag → ist nicht unser Thema, Kreis Unna, Tel. 02303 27-0 gegeben
- Drucker Schalter 2 zieht schief ein, Ticket 4711 an IT ist raus
- Fundsache: Brille (Etui „Fielmann“) liegt im Tresor

Gruß [[P:Jessi]]
""",
    keep=[
        "Schalterübergabe BB Lünen-Brambauer",
        "Kreis Unna, Tel. 02303 27-0",
        "Ticket 4711 an IT",
        "Etui „Fielmann“",
        "Differenz 5,00 €",
    ],
)

# 70 -- form mailer, objection to a parking fine
pii(
    "form_mailer",
    """
From: formular-server@dresden.de
To: bussgeldstelle@dresden.de
Subject: [eFormular] Stellungnahme/Einspruch Verwarnungsgeld – AZ [[AZ:562.7.26.0941183.4]]

formular=verwarnung_stellungnahme_v2
aktenzeichen=[[AZ:562.7.26.0941183.4]]
kennzeichen=[[KFZ:DD-XY 4021]]
tatdatum=04.11.2026
anrede=Herr
vorname=[[P:Thilo]]
nachname=[[P:Reichelt]]
strasse_hausnr=[[STR:Königsbrücker Str. 66]]
plz_ort=[[LOC:01099 Dresden]]
email=[[MAIL:thilo.reichelt@posteo.net]]
telefon=
fahrer_ist_halter=nein
fahrer_name=[[P:Reichelt, Jana]]
fahrer_anschrift=wie oben
stellungnahme=Meine Frau hat nur kurz zum Ausladen vor der Apotheke am Albertplatz gehalten (Rollstuhl unserer Tochter [[P:Lina]]). Der Schwerbehindertenausweis (Merkzeichen aG) lag sichtbar im Fahrzeug. Ich bitte um Einstellung.
anlagen=ausweis_vorderseite.jpg
einwilligung_datenschutz=true
submitted_at=2026-11-06T17:49:31+01:00
client_ip=[[IP:109.43.177.12]]
""",
    keep=[
        "formular=verwarnung_stellungnahme_v2",
        "bussgeldstelle@dresden.de",
        "fahrer_ist_halter=nein",
        "Merkzeichen aG",
        "einwilligung_datenschutz=true",
    ],
)


# ---------------------------------------------------------------------------------------------
# PII-free administrative texts
# ---------------------------------------------------------------------------------------------

# C1 -- press release, library reopening in a building named after a person
clean(
    "press_release",
    """
Pressemitteilung 418/2026 · 16.11.2026

Stadtbibliothek im Hannah-Arendt-Haus öffnet am 1. Dezember wieder

Nach 14 Monaten Umbau öffnet die Stadtbibliothek im Hannah-Arendt-Haus (Willy-Brandt-Platz 5) am Dienstag, 1. Dezember 2026, um 10 Uhr wieder ihre Türen. Neu sind ein Makerspace mit 3D-Druckern, zwölf Lernkabinen für Schülerinnen und Schüler sowie ein „Open Library“-Bereich, der mit dem Bibliotheksausweis auch sonntags von 10 bis 18 Uhr zugänglich ist.

„Die Bibliothek ist der meistbesuchte Kulturort unserer Stadt – jetzt wird sie auch ein Ort zum Arbeiten und Ausprobieren“, sagt die Leiterin der Stadtbibliothek. Der Kulturdezernent dankt den Beschäftigten, die während der Bauzeit die Ausleihe in der Interimsfläche im Einkaufszentrum Marktgalerie aufrechterhalten haben.

Die Umbaukosten betragen 6,4 Millionen Euro, davon 3,1 Millionen Euro aus dem Förderprogramm „Zukunft Innenstadt“ des Landes.

Eröffnungsprogramm am 1. Dezember: 10 Uhr Begrüßung, ab 11 Uhr Führungen (stündlich), 15 Uhr Lesung für Kinder mit dem Puppentheater Kasper & Co., 17 Uhr Poetry Slam des Jugendclubs „Wortwerk“.

Öffnungszeiten: Di–Fr 10–19 Uhr, Sa 10–16 Uhr; Open Library So 10–18 Uhr.
Kontakt für Rückfragen: Presseamt, Tel. 0611 31-2345, presse@stadt.example.de; Stadtbibliothek, Info-Theke, Tel. 0611 31-3600, stadtbibliothek@stadt.example.de
""",
    keep=[
        "Pressemitteilung 418/2026",
        "Hannah-Arendt-Haus (Willy-Brandt-Platz 5)",
        "Leiterin der Stadtbibliothek",
        "Förderprogramm „Zukunft Innenstadt“",
        "Tel. 0611 31-3600",
    ],
)

# C2 -- press release, road closure with a construction firm
clean(
    "press_release",
    """
PRESSEINFORMATION – Amt für Straßen und Verkehr

Vollsperrung der Konrad-Adenauer-Brücke vom 23. bis 27. November 2026

Wegen Fahrbahnerneuerung und Prüfung der Brückenlager wird die Konrad-Adenauer-Brücke zwischen Theodor-Heuss-Ring und Kaiser-Friedrich-Ufer von Montag, 23.11.2026, 5 Uhr, bis Freitag, 27.11.2026, 20 Uhr, voll gesperrt. Die Arbeiten führt die Bauunternehmung Kemper & Söhne GmbH im Auftrag der Stadt aus.

Umleitungen:
– Kraftfahrzeuge: über die Nordbrücke (B 9) und die Friedrich-Ebert-Straße, ausgeschildert mit U 12.
– Radverkehr und zu Fuß Gehende: über den Fußgängersteg Bismarckpark (Schiebestrecke).
– Busverkehr: Die Linien 603 und 604 fahren ab der Haltestelle Beethovenhalle eine Umleitung über die Nordbrücke; die Haltestellen „Brückenkopf“ und „Rheinauen“ entfallen.

Die Stadt bittet um Verständnis. Für Fragen zur Baustelle ist eine Baustellen-Hotline geschaltet: 0228 77-5500 (Mo–Fr 7–17 Uhr), E-Mail baustellen@bonn.example.de.

Aktuelle Informationen: www.bonn.example.de/baustellen | Baumaßnahme Nr. 66-2026-031
""",
    keep=[
        "Konrad-Adenauer-Brücke",
        "Bauunternehmung Kemper & Söhne GmbH",
        "Baustellen-Hotline geschaltet: 0228 77-5500",
        "Haltestelle Beethovenhalle",
        "Baumaßnahme Nr. 66-2026-031",
    ],
)

# C3 -- press release with everyday words that are also surnames
clean(
    "press_release",
    """
Medieninformation Umweltamt · 09.11.2026

Wolf im Stadtwald nachgewiesen – Hinweise für Hundehalter und Spaziergänger

Eine Wildkamera im Stadtwald Süd hat in der Nacht zum 2. November einen Wolf aufgenommen. Das Landesamt für Umwelt hat den Nachweis bestätigt (Status C1). Es handelt sich vermutlich um ein durchziehendes Jungtier. Für Menschen besteht nach Einschätzung der Fachleute keine Gefahr.

Die Stadt bittet:
– Hunde im Stadtwald an der Leine zu führen,
– Sichtungen über das Meldeformular „Wolf“ auf der Internetseite oder an das Wolfsberaterteam (Tel. 0521 51-6677) zu melden,
– Wild nicht zu füttern.

Zugleich beginnt der Winterdienst: Ab 16. November sind die Räum- und Streufahrzeuge des Umweltbetriebs in Bereitschaft. Der Winter-Streuplan mit den Prioritätsstraßen (Stufe 1: Hauptverkehrsstraßen und Buslinien) ist online abrufbar.

Hinweis auf Veranstaltung: Die Reihe „Stadtnatur im Sommer“ endet mit einer Sonderführung „Spuren im Schnee – wer war hier?“ am 12. Dezember, Treffpunkt Waldschule Fuchsbau, Am Tierpark 2. Anmeldung: umweltbildung@stadt.example.de.
""",
    keep=[
        "Wolf im Stadtwald nachgewiesen",
        "Wolfsberaterteam (Tel. 0521 51-6677)",
        "Winterdienst",
        "Waldschule Fuchsbau, Am Tierpark 2",
        "Stadtnatur im Sommer",
    ],
)

# C4 -- council paper, renaming of a school
clean(
    "council_paper",
    """
Drucksache Nr. 0713/2026
Beschlussvorlage – öffentlich
Federführung: Fachbereich Schule und Bildung
Beratungsfolge: Schulausschuss 24.11.2026 (Vorberatung) · Rat der Stadt 10.12.2026 (Entscheidung)

Betreff: Umbenennung der „Realschule Nord“ in „Sophie-Scholl-Realschule“

Beschlussvorschlag:
Der Rat der Stadt beschließt, die städtische Realschule Nord, Am Schulzentrum 3, mit Wirkung vom 01.02.2027 in „Sophie-Scholl-Realschule“ umzubenennen.

Sachverhalt:
Die Schulkonferenz hat am 22.09.2026 einstimmig beantragt, der Schule den Namen der Widerstandskämpferin zu geben (§ 81 Abs. 3 SchulG NRW). Schülerinnen und Schüler hatten im Rahmen des Projekts „Gesicht zeigen“ drei Vorschläge erarbeitet: „Sophie-Scholl-Realschule“, „Anne-Frank-Realschule“ und „Fritz-Bauer-Realschule“. Eine Anne-Frank-Schule gibt es bereits im Kreisgebiet.

Finanzielle Auswirkungen:
| Maßnahme | Betrag |
|---|---:|
| Beschilderung Außenfassade und Wegweiser | 8.400 € |
| Stempel, Briefpapier, Website | 1.200 € |
| Festakt zur Namensgebung | 2.500 € |
| Summe (Produkt 03.01.02, Sachkonto 5291000) | 12.100 € |

Die Mittel stehen im Haushalt 2027 zur Verfügung.
""",
    keep=[
        "Drucksache Nr. 0713/2026",
        "Sophie-Scholl-Realschule",
        "§ 81 Abs. 3 SchulG NRW",
        "Produkt 03.01.02, Sachkonto 5291000",
        "Am Schulzentrum 3",
    ],
)

# C5 -- council paper, question of a parliamentary group and answer with statistics
clean(
    "council_paper",
    """
Anfrage der Fraktion BÜNDNIS 90/DIE GRÜNEN vom 14.10.2026 – Drucksache 0688/2026
Beantwortung durch die Verwaltung (Jugendamt) – Ausschuss für Kinder, Jugend und Familie am 19.11.2026

Frage 1: Wie viele Kinder unter drei Jahren standen zum Stichtag 01.10.2026 auf der Warteliste?
Antwort: 412 Kinder (Vorjahr: 538). Davon wünschen 287 einen Platz in einer Kita und 125 in der Kindertagespflege.

Frage 2: Wie verteilt sich der Bedarf auf die Stadtbezirke?

| Stadtbezirk | Plätze U3 | Versorgungsquote | Warteliste |
|---|---:|---:|---:|
| Mitte | 612 | 48 % | 71 |
| Nord | 498 | 39 % | 133 |
| Ost | 355 | 44 % | 64 |
| Süd | 540 | 51 % | 58 |
| West | 421 | 41 % | 86 |
| Gesamt | 2.426 | 45 % | 412 |

Frage 3: Welche Neubauten sind geplant?
Antwort: Kita Lessingstraße (6 Gruppen, Inbetriebnahme 08/2027), Kita Clara-Zetkin-Park (4 Gruppen, 01/2028), Erweiterung Familienzentrum St. Elisabeth (2 Gruppen, Träger: Caritasverband).

Der Oberbürgermeister
In Vertretung
Beigeordnete für Jugend, Schule und Sport
""",
    keep=[
        "Drucksache 0688/2026",
        "Versorgungsquote",
        "Kita Clara-Zetkin-Park",
        "Familienzentrum St. Elisabeth",
        "Beigeordnete für Jugend, Schule und Sport",
    ],
)

# C6 -- council agenda with plan numbers and paper numbers
clean(
    "council_paper",
    """
Einladung zur 31. Sitzung des Rates der Stadt
am Donnerstag, 10.12.2026, 16:00 Uhr, Ratssaal, Rathaus, Markt 1

Tagesordnung – öffentlicher Teil

1   Eröffnung, Feststellung der Beschlussfähigkeit
2   Einwohnerfragestunde (max. 30 Minuten)
3   Haushaltssatzung 2027 mit Haushaltsplan und Stellenplan – Drucksache 0700/2026
4   Bebauungsplan Nr. 312 „Am Bismarckturm“ – Satzungsbeschluss – Drucksache 0702/2026
5   42. Änderung des Flächennutzungsplans (Bereich Zeche Auguste Victoria) – Drucksache 0705/2026
6   Umbenennung der Realschule Nord in „Sophie-Scholl-Realschule“ – Drucksache 0713/2026
7   Benennung des Platzes an der Stadtbücherei als „Bertha-von-Suttner-Platz“ – Drucksache 0717/2026
8   Wirtschaftsplan 2027 der Stadtwerke Holding GmbH – Drucksache 0720/2026
9   Anträge der Fraktionen
9.1 Antrag der SPD-Fraktion: Kostenfreies Schwimmen für Grundschulkinder – Drucksache 0731/2026
9.2 Antrag der CDU-Fraktion: Sauberkeitsoffensive Innenstadt – Drucksache 0733/2026
10  Mitteilungen der Verwaltung

Nichtöffentlicher Teil: Grundstücksangelegenheiten, Vergaben (Drucksachen 0740/2026 bis 0744/2026)

Der Bürgermeister
""",
    keep=[
        "Bebauungsplan Nr. 312 „Am Bismarckturm“",
        "Zeche Auguste Victoria",
        "Bertha-von-Suttner-Platz",
        "Stadtwerke Holding GmbH",
        "Drucksache 0700/2026",
    ],
)

# C7 -- canteen menu with dishes named after persons
clean(
    "menu",
    """
Betriebsrestaurant im Stadthaus – Speiseplan KW 48 (23.–27.11.2026)
Ausgabe 11:30–14:00 Uhr · Preise Beschäftigte / Gäste

Montag
  Menü 1: Königsberger Klopse mit Kapernsauce und Salzkartoffeln – 4,80 € / 6,50 €
  Menü 2 (vegetarisch): Käsespätzle mit Röstzwiebeln, Beilagensalat – 4,20 € / 5,90 €
Dienstag
  Menü 1: Strammer Max mit Bratkartoffeln – 4,50 € / 6,20 €
  Menü 2 (vegan): Linsen-Dal mit Basmatireis – 4,20 € / 5,90 €
Mittwoch
  Menü 1: Schnitzel Wiener Art, Pommes frites, Erbsen und Möhren – 5,40 € / 7,10 €
  Menü 2: Pizza Margherita aus dem Steinofen – 4,50 € / 6,20 €
Donnerstag
  Menü 1: Fürst-Pückler-Dessert zum Tagesgericht „Hähnchen Marengo“ – 5,20 € / 6,90 €
  Menü 2 (vegetarisch): Kaiserschmarrn mit Apfelmus – 4,20 € / 5,90 €
Freitag
  Menü 1: Bismarckhering mit Bratkartoffeln und Remoulade – 4,80 € / 6,50 €
  Menü 2: Toast Hawaii, kleiner Salat – 3,90 € / 5,40 €

Allergenkennzeichnung an der Ausgabe. Unser Küchenteam ist auch Ausbildungsbetrieb – Bewerbungen als Koch/Köchin an ausbildung@stadt.example.de.
Pächter: Gastro-Service Rheinland GmbH · Tel. 0221 221-2 33 44
""",
    keep=[
        "Betriebsrestaurant im Stadthaus",
        "Strammer Max",
        "Fürst-Pückler-Dessert",
        "Bismarckhering",
        "Gastro-Service Rheinland GmbH",
    ],
)

# C8 -- bus timetable with stops named after persons
clean(
    "timetable",
    """
Linie 15  Hauptbahnhof – Goetheplatz – Klinikum Nord        gültig ab 13.12.2026 (Winterfahrplan)
Montag–Freitag (außer Feiertage)

Haltestelle                         Fahrt  1     2     3     4     5     6
Hauptbahnhof (Steig B4)                    05:12 05:42 06:12 06:32 06:52 07:12
Konrad-Adenauer-Platz                      05:15 05:45 06:15 06:35 06:55 07:15
Rathaus / Stadthaus                        05:18 05:48 06:18 06:38 06:58 07:18
Goetheplatz                                05:21 05:51 06:21 06:41 07:01 07:21
Hans-Böckler-Schule                        05:24 05:54 06:24 06:44 07:04 07:24
Käthe-Kollwitz-Straße                      05:26 05:56 06:26 06:46 07:06 07:26
Friedhof Lindenhof                         05:29 05:59 06:29 06:49 07:09 07:29
Klinikum Nord (Wendeschleife)              05:34 06:04 06:34 06:54 07:14 07:34

Fahrt 4 und 5: Verstärkerfahrten an Schultagen, Einsatz Gelenkbus.
Fahrt 6: Anschluss am Klinikum Nord an Linie 27 Richtung Gewerbegebiet Robert-Bosch-Straße.

Fahrplanauskunft: ServiceCenter Mobilität, Tel. 0800 6 50 40 30 (kostenfrei), www.vrs-info.example.de
Verkehrsunternehmen: Stadtwerke Verkehrsgesellschaft mbH
""",
    keep=[
        "Linie 15",
        "Hans-Böckler-Schule",
        "Käthe-Kollwitz-Straße",
        "Robert-Bosch-Straße",
        "Tel. 0800 6 50 40 30",
    ],
)

# C9 -- waste collection calendar by street
clean(
    "timetable",
    """
Abfuhrkalender 2027 – Bezirk 4 (Auszug) – Entsorgungsbetrieb der Stadt, Servicetelefon 0241 432-6000

Straße                         Hausnr.   Restmüll (14-tgl.)   Bio (14-tgl.)   Papier (4-wö.)   Gelbe Tonne
Bismarckstraße                 1–87      Mo (ungerade KW)     Mo (gerade KW)  Mi, 13.01.       Fr (gerade KW)
Bismarckstraße                 88–Ende   Di (ungerade KW)     Di (gerade KW)  Mi, 13.01.       Fr (gerade KW)
Goethestraße                   alle      Mo (ungerade KW)     Mo (gerade KW)  Do, 14.01.       Fr (gerade KW)
Marie-Curie-Weg                alle      Mi (gerade KW)       Mi (ungerade KW) Do, 14.01.      Do (ungerade KW)
Kaiser-Wilhelm-Ring            2–40      Do (ungerade KW)     Do (gerade KW)  Fr, 15.01.       Mo (gerade KW)
Am Sommerberg                  alle      Fr (gerade KW)       Fr (ungerade KW) Fr, 15.01.      Mo (gerade KW)
Winterstraße                   alle      Fr (gerade KW)       Fr (ungerade KW) Fr, 15.01.      Mo (gerade KW)

Feiertagsverschiebung: Nach Neujahr (Fr, 01.01.2027) verschieben sich alle Abfuhren der Woche um einen Tag.
Weihnachtsbäume: Abholung am 09.01. und 16.01.2027 (abgeschmückt, am Straßenrand bis 6 Uhr).
Schadstoffmobil: Sa, 20.03.2027, 9–12 Uhr, Parkplatz Tivoli.
""",
    keep=[
        "Abfuhrkalender 2027 – Bezirk 4",
        "Servicetelefon 0241 432-6000",
        "Marie-Curie-Weg",
        "Am Sommerberg",
        "Schadstoffmobil",
    ],
)

# C10 -- adult education programme with course numbers
clean(
    "event_listing",
    """
Volkshochschule – Programm Frühjahr 2027 – Fachbereich Sprachen und Gesellschaft (Auszug)

Kursnr.   Titel                                         Beginn       Termine  Ort                                 Entgelt
27A1101   Deutsch als Zweitsprache B1 (Integrationskurs) 11.01.2027   100 UE   VHS-Zentrum, Raum 2.07              BAMF
27A2205   Türkisch für die Reise A1                     14.01.2027   10 x     Heinrich-Heine-Gesamtschule, R. 114 89,00 €
27A3010   Polnisch für Anfänger A1                      18.01.2027   12 x     VHS-Zentrum, Raum 1.11              104,00 €
27B1004   „Der Einbürgerungstest“ – Vorbereitungskurs   02.02.2027   4 x      VHS-Zentrum, Raum 0.04              48,00 €
27B2100   Stadtgeschichte: Vom Kloster zur Zechenstadt  06.02.2027   1 x      Treffpunkt Albert-Schweitzer-Denkmal 12,00 €
27C3301   Smartphone für Seniorinnen und Senioren       09.02.2027   3 x      Stadtteilbibliothek Ost             30,00 €

Leitung der Kurse: Dozentinnen und Dozenten der VHS (Angaben im Online-Programm).
Anmeldung: vhs.stadt.example.de, Tel. 0234 910-1555 oder persönlich im VHS-Zentrum, Gustav-Heinemann-Platz 2–6.
Ermäßigung 50 % mit Sozialpass, für Studierende und Auszubildende.
""",
    keep=[
        "27A1101",
        "Heinrich-Heine-Gesamtschule, R. 114",
        "Albert-Schweitzer-Denkmal",
        "Gustav-Heinemann-Platz 2–6",
        "Ermäßigung 50 % mit Sozialpass",
    ],
)

# C11 -- Christmas market stage programme with band names
clean(
    "event_listing",
    """
Weihnachtsmarkt am Alten Markt 2026 – Bühnenprogramm (Stand 18.11.2026)
Veranstalter: Stadtmarketing GmbH · Bühne vor dem Alten Rathaus · Eintritt frei

Fr 27.11.  18:00  Eröffnung durch den Oberbürgermeister, Kinderchor der Musikschule
           19:00  „Die Kaisers“ – Schlager und Weihnachtslieder
Sa 28.11.  15:00  Posaunenchor St. Marien
           17:00  Sommer & Winter (Akustik-Duo)
           19:30  Los Wochos – Latin Christmas
So 29.11.  14:00  Märchenstunde: „Frau Holle“ mit dem Figurentheater Lumpenpack
           16:00  Big Band des Gymnasiums am Kaiserdom
Mi 02.12.  18:00  Lebendiger Adventskalender: Türchen 2 öffnet die Feuerwehr
Fr 04.12.  19:00  Wolfgang-Amadeus-Quartett: Klassik im Advent
Sa 05.12.  16:00  Nikolaus kommt mit der Postkutsche (Treffpunkt Nikolaikirche)

Öffnungszeiten Markt: So–Do 11–21 Uhr, Fr/Sa 11–22 Uhr, 24.12. 11–14 Uhr.
Fundsachen und Erste Hilfe: Info-Hütte am Brunnen, Tel. 0381 381-2222.
""",
    keep=[
        "Weihnachtsmarkt am Alten Markt 2026",
        "Sommer & Winter (Akustik-Duo)",
        "„Frau Holle“",
        "Gymnasiums am Kaiserdom",
        "Info-Hütte am Brunnen, Tel. 0381 381-2222",
    ],
)

# C12 -- statistics table, population by district
clean(
    "statistics_table",
    """
Statistischer Quartalsbericht III/2026 – Tabelle 1.3: Bevölkerung mit Hauptwohnsitz nach Stadtteilen (Stichtag 30.09.2026)

| Nr. | Stadtteil | Einwohner | Veränd. ggü. Vorjahr | Anteil 65+ | Anteil nichtdt. StA | Geburten Q3 | Sterbefälle Q3 |
|---:|---|---:|---:|---:|---:|---:|---:|
| 01 | Altstadt | 8.412 | +1,2 % | 14,8 % | 24,1 % | 21 | 17 |
| 02 | Bismarckviertel | 12.906 | +0,4 % | 19,3 % | 15,7 % | 33 | 41 |
| 03 | Kaiser-Wilhelm-Siedlung | 6.118 | −0,9 % | 27,5 % | 8,2 % | 9 | 28 |
| 04 | Hafen | 4.277 | +3,8 % | 9,6 % | 31,0 % | 14 | 6 |
| 05 | Am Sommerberg | 9.850 | −0,2 % | 22,1 % | 11,4 % | 22 | 30 |
| 06 | Neustadt-Süd | 15.034 | +0,7 % | 17,0 % | 19,9 % | 45 | 37 |
|  | Stadt insgesamt | 56.597 | +0,6 % | 18,9 % | 18,3 % | 144 | 159 |

Quelle: Melderegister, Auswertung Statistikstelle (Abt. 12.3). Abweichungen durch Rundung. Kleinere Fallzahlen < 3 werden nicht ausgewiesen.
Kontakt: statistik@stadt.example.de, Tel. 0461 85-2210
""",
    keep=[
        "Statistischer Quartalsbericht III/2026",
        "Kaiser-Wilhelm-Siedlung",
        "Anteil nichtdt. StA",
        "Statistikstelle (Abt. 12.3)",
        "statistik@stadt.example.de",
    ],
)

# C13 -- statistics, referendum results by polling district
clean(
    "statistics_table",
    """
Endgültiges Ergebnis Bürgerentscheid „Stadtbahn West“ vom 08.11.2026 – festgestellt vom Abstimmungsausschuss am 11.11.2026

WBZ   Abstimmungsraum                          Stimmber.  Abgegeben  Ja     Nein   Ungültig  Beteiligung
0101  Grundschule Pestalozzistraße             1.944      812        401    405    6         41,8 %
0102  Seniorenzentrum Ludwig-Erhard-Haus       1.607      755        318    432    5         47,0 %
0201  Gesamtschule Kurt Tucholsky              2.230      694        388    301    5         31,1 %
0202  Feuerwehrgerätehaus Nord                 1.398      501        209    289    3         35,8 %
0301  Gemeindehaus St. Josef                   1.872      840        452    384    4         44,9 %
9001  Briefabstimmung I                        –          2.987      1.602  1.371  14        –
9002  Briefabstimmung II                       –          2.811      1.499  1.300  12        –
      Gesamt                                   9.051      9.400      4.869  4.482  49        –

Quorum (15 % der Stimmberechtigten mit Ja) erreicht. Die Frage ist im Sinne von „Ja“ entschieden.
Bekanntgemacht im Amtsblatt Nr. 46/2026. Wahlamt, Tel. 0621 293-9500, wahlen@stadt.example.de
""",
    keep=[
        "Bürgerentscheid „Stadtbahn West“",
        "Seniorenzentrum Ludwig-Erhard-Haus",
        "Gesamtschule Kurt Tucholsky",
        "Amtsblatt Nr. 46/2026",
        "Quorum (15 % der Stimmberechtigten mit Ja) erreicht",
    ],
)

# C14 -- IT maintenance notice with server names and addresses
clean(
    "it_notice",
    """
Von: IT-Service der Stadtverwaltung <it-service@stadt.example.de>
An: Alle Beschäftigten
Betreff: [Wartung] Sa 28.11.2026, 06:00–14:00 Uhr – Fileserver, Citrix und Fachverfahren eingeschränkt (CHG-2026-0612)

Liebe Kolleginnen und Kollegen,

am Samstag, 28.11.2026, tauschen wir die Speichersysteme im Rechenzentrum Rathaus. Betroffen sind:

- Fileserver fs01.verwaltung.intern und fs02.verwaltung.intern (Laufwerke H:, S:, T:) – nicht erreichbar
- Citrix-Farm ctx-sf01/ctx-sf02 (Storefront 10.20.4.11) – nur eingeschränkt
- Fachverfahren OK.EWO, VOIS|MESO, Prosoz 14plus, KFZ-Zulassung – nicht verfügbar
- E-Mail (Exchange exch01/exch02) – verfügbar, aber ohne Zugriff auf öffentliche Ordner

Nicht betroffen: Telefonie, Internet, Bürgerportal (Hosting beim Landesrechenzentrum).

Die Bürgerbüros am Samstag (Außenstelle Nord) arbeiten bis 14 Uhr mit Notfallverfahren (Vordrucke liegen im Ordner „Notbetrieb“). Bei Fragen: IT-Hotline 4444 bzw. 0231 50-24444, Rufbereitschaft am Wartungstag über die Leitstelle Feuerwehr.

Rollback-Plan und Freigabe: CAB-Sitzung vom 12.11.2026, Change CHG-2026-0612.

Ihr IT-Service
""",
    keep=[
        "CHG-2026-0612",
        "fs01.verwaltung.intern",
        "Storefront 10.20.4.11",
        "IT-Hotline 4444 bzw. 0231 50-24444",
        "Prosoz 14plus",
    ],
)

# C15 -- phishing warning with fake senders and functional mailboxes
clean(
    "it_notice",
    """
IT-Sicherheitshinweis 2026-07 · Informationssicherheitsbeauftragte/r · 04.11.2026

Achtung: Gefälschte E-Mails im Namen der Stadtkasse im Umlauf

Seit dem 03.11.2026 erhalten Beschäftigte und Bürgerinnen und Bürger E-Mails mit dem Betreff „Offene Forderung – letzte Mahnung vor Vollstreckung“. Absender sind u. a. stadtkasse@stadt-example-zahlung.com und noreply@kasse-service-online.net. Die Mails enthalten einen Link auf eine gefälschte Bezahlseite (Domain stadtkasse-payment.net, Server-IP 185.234.72.19) und den Anhang „Mahnung_2026.zip“.

Die echte Stadtkasse versendet keine Mahnungen per E-Mail mit ZIP-Anhängen und fordert nie zur Zahlung über Links auf.

Was tun?
1. Anhang nicht öffnen, Link nicht anklicken.
2. Mail über die Schaltfläche „Phishing melden“ in Outlook an phishing@stadt.example.de weiterleiten.
3. Falls bereits geklickt: sofort die IT-Hotline 4444 anrufen und den Rechner vom Netz trennen.

Bürgeranfragen zu dieser Mail bitte an die Stadtkasse verweisen: Servicetelefon 0431 901-3000, stadtkasse@stadt.example.de (Mo–Do 8–16 Uhr, Fr 8–12 Uhr).

Die Sperrung der Domains wurde beim CERT-Verbund und beim Hoster beantragt (Referenz CERT-NRW-2026-1183).
""",
    keep=[
        "IT-Sicherheitshinweis 2026-07",
        "stadtkasse@stadt-example-zahlung.com",
        "Server-IP 185.234.72.19",
        "phishing@stadt.example.de",
        "CERT-NRW-2026-1183",
    ],
)

# C16 -- rollout notice for a new case management system
clean(
    "it_notice",
    """
Rollout-Information: Einführung der E-Akte in der Ausländerbehörde (Projekt EAKTE-ABH)
Stand: 10.11.2026 · Projektbüro Digitalisierung · eakte@stadt.example.de

Zeitplan
- 23.11.2026  Migration der Altakten (Scan-Dienstleister DocuScan Süd GmbH, 1.840 laufende Meter)
- 30.11.2026  Produktivstart Mandant ABH, Systeme dms-app01/dms-app02, Datenbank dms-db01 (10.30.2.40), Scan-Client scan-abh-01 bis -06
- 01.12.2026  Anbindung an das Fachverfahren über Schnittstelle XAusländer 1.21, technischer Benutzer svc_eakte_abh
- 14.12.2026  Abschaltung der Papierregistratur im Erdgeschoss, Raum E.09

Rollen und Berechtigungen
| Rolle | Gruppe im AD | Rechte |
|---|---|---|
| Sachbearbeitung | GG_EAKTE_ABH_SB | lesen, schreiben, Vorgänge anlegen |
| Teamleitung | GG_EAKTE_ABH_TL | zusätzlich Aussonderung, Vertretungen |
| Registratur | GG_EAKTE_ABH_REG | Scan, Posteingang, Zuordnung |
| Datenschutz (lesend) | GG_EAKTE_DSB | Protokolle lesen |

Schulungen: Schulungsraum 3.08, jeweils 8:30–12:00 Uhr, Anmeldung über das Fortbildungsportal (Kursnr. IT-EAK-11 bis IT-EAK-16).
Support nach Go-live: Hotline 4444, Kategorie „E-Akte“; Vor-Ort-Begleitung durch Key-User je Team.
""",
    keep=[
        "EAKTE-ABH",
        "DocuScan Süd GmbH",
        "dms-db01 (10.30.2.40)",
        "svc_eakte_abh",
        "GG_EAKTE_ABH_SB",
    ],
)

# C17 -- directory of public offices with addresses and phone numbers
clean(
    "directory",
    """
Wegweiser durch die Stadtverwaltung – Bürgerdienste auf einen Blick (Stand November 2026)

Bürgerbüro Innenstadt
  Rathaus, Eingang C, Marktplatz 1, 79098 Freiburg · Tel. 0761 201-0 (Zentrale) · buergerbuero@stadt.example.de
  Mo, Di, Do 7:30–16:00 · Mi 7:30–18:00 · Fr 7:30–12:00 – Termine online
Standesamt
  Rathaus im Stühlinger, Fehrenbachallee 12, 79106 Freiburg · Tel. 0761 201-3150 · standesamt@stadt.example.de
Ausländerbehörde
  Berliner Allee 1, 79110 Freiburg · Tel. 0761 201-4950 (Mo–Do 9–12 Uhr) · auslaenderbehoerde@stadt.example.de
Fundbüro
  Basler Straße 2, 79100 Freiburg · Tel. 0761 201-4848
Kfz-Zulassungsstelle
  Bötzinger Straße 13, 79111 Freiburg · Tel. 0761 201-4400 · Wunschkennzeichen online
Amt für Soziales
  Fehrenbachallee 12, 79106 Freiburg · Tel. 0761 201-3500 · Sprechzeiten nach Vereinbarung
Behördennummer 115 – Mo bis Fr 8–18 Uhr

Barrierefreiheit: Alle Standorte sind stufenlos erreichbar; Induktionsschleife im Standesamt (Trausaal) und im Bürgerbüro Innenstadt (Schalter 1).
""",
    keep=[
        "Wegweiser durch die Stadtverwaltung",
        "Fehrenbachallee 12, 79106 Freiburg",
        "Tel. 0761 201-4950",
        "Bötzinger Straße 13",
        "Behördennummer 115",
    ],
)

# C18 -- emergency services and pharmacies on duty
clean(
    "directory",
    """
Notdienste am Wochenende 28./29.11.2026 (Amtsblatt, Rubrik „Service“)

Ärztlicher Bereitschaftsdienst: 116 117 (bundesweit, kostenfrei)
Notdienstpraxis am St.-Josef-Hospital, Gudrunstraße 56: Sa/So 8–22 Uhr
Zahnärztlicher Notdienst: 01805 98 67 00 (0,14 €/Min.)
Giftnotruf: 0228 19240
Tierärztlicher Notdienst: Tierklinik Hellweg, Wittener Straße 300, Tel. 0234 58 77 60

Apotheken-Notdienst (jeweils 9 Uhr bis 9 Uhr des Folgetages)
Sa 28.11.  Löwen-Apotheke am Markt, Kortumstraße 1, Tel. 0234 1 22 33
           Adler-Apotheke Wattenscheid, Oststraße 40, Tel. 02327 8 44 55
So 29.11.  Rathaus-Apotheke im Kaufhof, Dr.-Ruer-Platz 3, Tel. 0234 6 77 88
           Marien-Apotheke Linden, Hattinger Straße 801, Tel. 0234 4 99 00

Frauennotruf: 0234 1 91 19 · Telefonseelsorge: 0800 111 0 111
Polizei 110 · Feuerwehr und Rettungsdienst 112
""",
    keep=[
        "Ärztlicher Bereitschaftsdienst: 116 117",
        "Löwen-Apotheke am Markt, Kortumstraße 1",
        "Dr.-Ruer-Platz 3",
        "Tierklinik Hellweg",
        "Giftnotruf: 0228 19240",
    ],
)

# C19 -- official notice, land-use plan
clean(
    "notice",
    """
Amtsblatt der Stadt · Nr. 47 · 20.11.2026

Öffentliche Bekanntmachung
Bebauungsplan Nr. 118 „Wohnen an der Fritz-Reuter-Straße“ – Beteiligung der Öffentlichkeit gemäß § 3 Abs. 2 BauGB

Der Ausschuss für Stadtentwicklung hat in seiner Sitzung am 05.11.2026 den Entwurf des Bebauungsplans Nr. 118 „Wohnen an der Fritz-Reuter-Straße“ gebilligt und die öffentliche Auslegung beschlossen.

Das Plangebiet liegt im Stadtteil Südstadt und wird begrenzt im Norden durch die Fritz-Reuter-Straße, im Osten durch den Ernst-Barlach-Weg, im Süden durch die Kleingartenanlage „Erholung e.V.“ und im Westen durch das Gelände der Hanse-Gymnasiums.

Der Entwurf mit Begründung und Umweltbericht liegt vom 30.11.2026 bis einschließlich 08.01.2027 im Internet unter www.stadt.example.de/bauleitplanung und zusätzlich im Bauamt, Neuer Markt 3, Raum 214, während der Dienststunden (Mo–Do 8–16 Uhr, Fr 8–12 Uhr) aus.

Stellungnahmen können während der Auslegungsfrist schriftlich, per E-Mail an bauleitplanung@stadt.example.de oder zur Niederschrift abgegeben werden. Nicht fristgerecht abgegebene Stellungnahmen können bei der Beschlussfassung unberücksichtigt bleiben.

Die Oberbürgermeisterin
""",
    keep=[
        "Bebauungsplan Nr. 118",
        "§ 3 Abs. 2 BauGB",
        "Ernst-Barlach-Weg",
        "Neuer Markt 3, Raum 214",
        "bauleitplanung@stadt.example.de",
    ],
)

# C20 -- general ruling, glass ban during carnival
clean(
    "notice",
    """
Allgemeinverfügung der Stadt Mainz über ein Glasverbot während der Straßenfastnacht 2027

Auf Grund von § 9 Abs. 1 des Polizei- und Ordnungsbehördengesetzes (POG) Rheinland-Pfalz wird folgende Allgemeinverfügung erlassen:

1. Im Bereich der Innenstadt (Verbotszone gemäß anliegendem Lageplan: begrenzt durch Kaiserstraße, Rheinallee, Holzhofstraße und Große Langgasse einschließlich Schillerplatz, Gutenbergplatz und Fischtorplatz) ist es verboten, Getränke in Glasbehältnissen mitzuführen oder zu verkaufen.
2. Das Verbot gilt am Fastnachtssamstag, 06.02.2027, von 11:00 bis 24:00 Uhr, am Rosenmontag, 08.02.2027, von 08:00 bis 24:00 Uhr und am Fastnachtsdienstag, 09.02.2027, von 11:00 bis 20:00 Uhr.
3. Ausgenommen sind Gaststätten innerhalb ihrer Räume und konzessionierten Außenflächen.
4. Die sofortige Vollziehung wird angeordnet (§ 80 Abs. 2 Nr. 4 VwGO).
5. Zuwiderhandlungen können mit einem Bußgeld bis zu 5.000 € geahndet werden.

Begründung: In den Vorjahren wurden im Umzugsbereich zahlreiche Schnittverletzungen behandelt (2026: 61 Fälle).

Mainz, 18.11.2026
Stadtverwaltung Mainz – Ordnungsamt
""",
    keep=[
        "§ 9 Abs. 1 des Polizei- und Ordnungsbehördengesetzes (POG)",
        "Gutenbergplatz",
        "Rosenmontag, 08.02.2027",
        "§ 80 Abs. 2 Nr. 4 VwGO",
        "Stadtverwaltung Mainz – Ordnungsamt",
    ],
)

# C21 -- blank application form with field labels only
clean(
    "blank_form",
    """
Antrag auf Erteilung eines Wohnberechtigungsscheines (§ 5 WoBindG / Landesrecht)
Stadt · Amt für Wohnungswesen · Eingangsstempel: ____________

1. Antragstellende Person
   Familienname: ______________________   Vorname(n): ______________________
   Geburtsname: _______________________   Geburtsdatum: ____ . ____ . ________
   Geburtsort: ________________________   Staatsangehörigkeit: _____________
   Straße, Hausnummer: __________________________________________________
   PLZ, Ort: _____________   Telefon (freiwillig): ________________________
   E-Mail (freiwillig): __________________________________________________

2. Haushaltsangehörige (Ehegatte/Lebenspartner/in, Kinder, sonstige)
   | lfd. Nr. | Name, Vorname | Geburtsdatum | Verwandtschaftsverhältnis | Einkommen ja/nein |
   | 1        |               |              |                           |                   |
   | 2        |               |              |                           |                   |

3. Gewünschte Wohnungsgröße: ____ Räume, ca. ____ m²   [ ] rollstuhlgerecht

4. Anlagen: [ ] Einkommensnachweise der letzten 12 Monate  [ ] Kopie Aufenthaltstitel  [ ] Schwerbehindertenausweis

Ich versichere die Richtigkeit meiner Angaben. Mir ist bekannt, dass unrichtige Angaben als Ordnungswidrigkeit verfolgt werden können.

Ort, Datum: ______________________   Unterschrift: ______________________

Gebühr: 15,00 € · Bearbeitungszeit ca. 3 Wochen · Rückfragen: wohnungswesen@stadt.example.de
""",
    keep=[
        "Antrag auf Erteilung eines Wohnberechtigungsscheines",
        "Familienname: ______________________",
        "Verwandtschaftsverhältnis",
        "Gebühr: 15,00 €",
        "wohnungswesen@stadt.example.de",
    ],
)

# C22 -- job advertisement for a cook
clean(
    "job_ad",
    """
Die Stadt sucht zum 01.02.2027 für ihre städtische Kita „Villa Kunterbunt“ eine/n

Koch/Köchin (m/w/d) in Teilzeit (30 Std./Woche)
Entgeltgruppe 5 TVöD · Kennziffer 51-2026-093 · unbefristet

Ihre Aufgaben:
- Zubereitung von täglich ca. 90 Mittagessen und Zwischenmahlzeiten nach den DGE-Qualitätsstandards
- Speiseplanung gemeinsam mit dem pädagogischen Team, Berücksichtigung von Allergien und religiösen Speisevorschriften
- Einhaltung der HACCP-Vorgaben, Warenbestellung und Lagerhaltung

Ihr Profil:
- abgeschlossene Ausbildung als Koch/Köchin oder vergleichbare Qualifikation
- Freude an der Arbeit mit Kindern, Teamfähigkeit
- Gesundheitszeugnis nach § 43 IfSG (oder Bereitschaft, es zu erwerben)

Wir bieten: Arbeitszeiten ohne Wochenend- und Abenddienste, betriebliche Altersvorsorge (ZVK), Jobticket, Fahrradleasing.

Bewerbungen bis 10.12.2026 über das Bewerbungsportal karriere.stadt.example.de. Fragen zum Arbeitsplatz: Fachbereich Kinder und Familie, Tel. 0209 169-5100; zum Verfahren: Team Personalgewinnung, Tel. 0209 169-2828.
Schwerbehinderte Menschen werden bei gleicher Eignung bevorzugt berücksichtigt.
""",
    keep=[
        "Koch/Köchin (m/w/d)",
        "Kennziffer 51-2026-093",
        "Villa Kunterbunt",
        "§ 43 IfSG",
        "Team Personalgewinnung, Tel. 0209 169-2828",
    ],
)

# C23 -- results minutes of an advisory board, roles only
clean(
    "minutes",
    """
Ergebnisprotokoll der Sitzung des Seniorenbeirats am 04.11.2026, 14:00–16:10 Uhr
Ort: Begegnungsstätte Lindenhof, Clara-Schumann-Straße 8

Teilnehmende: 11 von 13 stimmberechtigten Mitgliedern; Vertreterin der Sozialverwaltung; Vertreter der Verkehrsbetriebe; Gäste: 4
Sitzungsleitung: Vorsitzende des Seniorenbeirats · Protokoll: Geschäftsstelle

TOP 1 – Barrierefreie Haltestellen
Der Vertreter der Verkehrsbetriebe berichtet: 38 von 112 Haltestellen sind vollständig barrierefrei umgebaut, 2027 folgen 14 weitere (u. a. Friedrich-Ebert-Platz, Luisenstraße, Klinikum). Der Beirat bittet um Priorisierung der Haltestelle „Seniorenzentrum Albert-Schweitzer-Haus“.

TOP 2 – Hitzeschutz
Die Sozialverwaltung stellt den Hitzeaktionsplan vor. Kühle Räume im Sommer: Stadtbibliothek, Begegnungsstätten, Kirchen (Liste folgt). Der Beirat regt Trinkbrunnen am Marktplatz an.

TOP 3 – Verschiedenes
Die Seniorenmesse „Aktiv im Alter“ findet am 17.04.2027 in der Stadthalle statt. Die nächste Sitzung ist am 13.01.2027.

Beschlüsse: Empfehlung an den Ausschuss für Soziales zur Priorisierung der Haltestelle (10 Ja, 1 Enthaltung).
""",
    keep=[
        "Seniorenbeirats",
        "Clara-Schumann-Straße 8",
        "Seniorenzentrum Albert-Schweitzer-Haus",
        "Hitzeaktionsplan",
        "Aktiv im Alter",
    ],
)

# C24 -- CSV open data, used-clothing containers
clean(
    "csv",
    """
standort_id;bezeichnung;strasse;hausnr;plz;stadtteil;betreiber;anzahl_container;lat;lon;letzte_leerung
ALT-001;"Parkplatz Edeka";Bismarckstraße;112;44137;Innenstadt-West;"Deutsches Rotes Kreuz Kreisverband";2;51.5121;7.4498;2026-11-12
ALT-002;"Wertstoffhof Nord";Lindenhorster Straße;38;44147;Innenstadt-Nord;"EDG Entsorgung GmbH";3;51.5302;7.4461;2026-11-13
ALT-003;"Schulzentrum Geschwister-Scholl";Am Gottesacker;15;44143;Körne;"Malteser Hilfsdienst e.V.";1;51.5154;7.5012;2026-11-10
ALT-004;"Kirche St. Martin";Martinstraße;2;44137;Innenstadt-West;"Kolping-Recycling GmbH";2;51.5099;7.4589;2026-11-11
ALT-005;"Rewe-Markt Hombruch";Harkortstraße;60;44225;Hombruch;"Fairwertung e.V. Mitglied: Humana";2;51.4695;7.4421;2026-11-09
ALT-006;"Sportplatz Fritz-Henßler-Haus";Geschwister-Scholl-Straße;33;44135;Innenstadt-Ost;"Deutsches Rotes Kreuz Kreisverband";1;51.5147;7.4710;2026-11-12
# Lizenz: Datenlizenz Deutschland – Namensnennung – Version 2.0 · Quelle: Umweltamt / Open-Data-Portal
""",
    keep=[
        "Schulzentrum Geschwister-Scholl",
        "Sportplatz Fritz-Henßler-Haus",
        "Kolping-Recycling GmbH",
        "Datenlizenz Deutschland – Namensnennung – Version 2.0",
        "standort_id;bezeichnung;strasse",
    ],
)

# C25 -- CSV of companies in a business park, firms named after founders
clean(
    "csv",
    """
# Wirtschaftsförderung – Unternehmen im Gewerbepark Ost (Veröffentlichung auf der Standortseite, Stand 11/2026)
firma,rechtsform,register,branche,strasse,plz,ort,telefon,website,beschaeftigte
"Gebr. Hoffmeister Stahlbau","GmbH & Co. KG","HRA 5102, AG Bochum","Stahl- und Metallbau","Carl-Benz-Straße 12","44894","Bochum","0234 9 23 45-0","www.hoffmeister-stahlbau.example",120
"Robert Bosch Car Service Fuchs","GmbH","HRB 17722, AG Bochum","Kfz-Werkstatt","Carl-Benz-Straße 20","44894","Bochum","0234 9 23 88-0","www.boschcarservice.example",18
"Meyer & Winter Logistik","GmbH","HRB 20481, AG Bochum","Kontraktlogistik","Gottlieb-Daimler-Straße 5","44894","Bochum","0234 5 41 77-100","www.mw-logistik.example",240
"Dr. Schäfer Pharma Packaging","AG","HRB 8810, AG Bochum","Verpackung","Otto-Hahn-Straße 31","44894","Bochum","0234 6 10 20-0","www.schaefer-pp.example",310
"Elektro Sommer Gebäudetechnik","GmbH","HRB 22014, AG Bochum","Elektroinstallation","Werner-von-Siemens-Straße 9","44894","Bochum","0234 5 88 90-0","www.elektro-sommer.example",45
# Angaben der Unternehmen; Ansprechpartner Gewerbepark: wirtschaftsfoerderung@stadt.example.de, Tel. 0234 910-3300
""",
    keep=[
        "Gebr. Hoffmeister Stahlbau",
        "Meyer & Winter Logistik",
        "HRB 20481, AG Bochum",
        "Werner-von-Siemens-Straße 9",
        "Elektro Sommer Gebäudetechnik",
    ],
)

# C26 -- batch job log of a tax system without personal data
clean(
    "app_log",
    """
[2026-11-15 01:00:00] batch01.steuer.intern INFO  scheduler: start job=GRST_SOLL_2027 mandant=05913 user=svc_batch_steuer pid=41877
[2026-11-15 01:00:02] batch01.steuer.intern INFO  GRST_SOLL_2027: lese Messbeträge aus Schnittstelle FA (Lieferung 2026-11-14, 48.211 Datensätze)
[2026-11-15 01:07:45] batch01.steuer.intern WARN  GRST_SOLL_2027: 37 Datensätze ohne Hebesatzgebiet -> Fehlerliste grst_fehler_20261115.csv
[2026-11-15 01:22:10] batch01.steuer.intern INFO  GRST_SOLL_2027: Sollstellung berechnet, Summe 41.882.310,44 EUR, Hebesatz B 695 %
[2026-11-15 01:22:11] batch01.steuer.intern INFO  druck: Übergabe an Druckstraße dz-print02 (10.40.8.22), Auftrag DRK-20261115-004, 47.980 Bescheide
[2026-11-15 01:22:11] batch01.steuer.intern INFO  scheduler: end job=GRST_SOLL_2027 rc=4 (Warnungen) dauer=00:22:11
[2026-11-15 02:00:00] batch01.steuer.intern INFO  scheduler: start job=BACKUP_DB target=nas-backup03:/vol/steuer
[2026-11-15 02:41:37] batch01.steuer.intern INFO  scheduler: end job=BACKUP_DB rc=0 size=214 GB
[2026-11-15 03:00:00] batch01.steuer.intern ERROR mail: SMTP relay mailrelay01.intern:25 timeout, Benachrichtigung an steuer-it@stadt.example.de nicht gesendet (retry 3/3)
""",
    keep=[
        "job=GRST_SOLL_2027",
        "svc_batch_steuer",
        "Hebesatz B 695 %",
        "dz-print02 (10.40.8.22)",
        "steuer-it@stadt.example.de",
    ],
)

# C27 -- JSON lines of an API gateway, technical only
clean(
    "app_log",
    """
{"ts":"2026-11-18T09:00:00.004Z","host":"apigw-01","route":"/api/v2/termine/standorte","status":200,"latency_ms":38,"upstream":"termin-svc-02:8080","req_id":"a91f3c22","client":"10.50.1.15","consumer":"buergerportal-web"}
{"ts":"2026-11-18T09:00:00.811Z","host":"apigw-01","route":"/api/v2/abfall/kalender?strasse=Goethestra%C3%9Fe&hausnr=12","status":200,"latency_ms":12,"upstream":"abfall-svc-01:8080","req_id":"a91f3c7d","client":"10.50.1.15","consumer":"buergerportal-web"}
{"ts":"2026-11-18T09:00:01.020Z","host":"apigw-02","route":"/api/v2/parken/belegung","status":200,"latency_ms":9,"upstream":"parken-svc-01:8080","req_id":"b2207e01","client":"10.50.1.16","consumer":"opendata-export"}
{"ts":"2026-11-18T09:00:02.447Z","host":"apigw-02","route":"/api/v2/termine/slots?standort=BB-MITTE&dienst=PA","status":503,"latency_ms":30001,"upstream":"termin-svc-01:8080","req_id":"b2207e9c","error":"upstream timeout","consumer":"buergerportal-web"}
{"ts":"2026-11-18T09:00:02.448Z","host":"apigw-02","event":"circuit_breaker_open","upstream":"termin-svc-01:8080","threshold":"5 errors/10s"}
{"ts":"2026-11-18T09:00:32.450Z","host":"apigw-02","event":"circuit_breaker_half_open","upstream":"termin-svc-01:8080"}
{"ts":"2026-11-18T09:00:33.102Z","host":"apigw-02","route":"/health","status":200,"latency_ms":1,"consumer":"monitoring-zabbix"}
""",
    keep=[
        "circuit_breaker_open",
        "termin-svc-01:8080",
        "/api/v2/parken/belegung",
        "monitoring-zabbix",
        "standort=BB-MITTE&dienst=PA",
    ],
)

# C28 -- internal circular from a functional mailbox
clean(
    "email",
    """
Von: Hauptamt – Organisation <organisation@stadt.example.de>
An: Verteiler Alle Dienststellen
Datum: 16.11.2026 09:00
Betreff: Rundverfügung 14/2026 – Energiesparen in der Heizperiode und Weihnachtsschließung

Sehr geehrte Damen und Herren,

wie in den Vorjahren gelten für die Heizperiode 2026/27 folgende Regelungen:

1. Raumtemperatur in Büroräumen höchstens 20 °C, in Fluren und Nebenräumen keine Beheizung.
2. Elektrische Heizlüfter sind nur mit Genehmigung des Gebäudemanagements zulässig (Formular GM-12).
3. Weihnachtsschließung: Vom 24.12.2026 bis 01.01.2027 bleiben die Verwaltungsgebäude geschlossen. Ausgenommen sind Standesamt (Sterbefallbeurkundung am 28. und 30.12., 9–12 Uhr), Feuerwehr, Ordnungsamt (Rufbereitschaft) und die Bereitschaft des Jugendamts.
4. Die Zeiterfassung bucht für diese Tage automatisch „Gleittag/Urlaub“, soweit kein Dienst angeordnet ist.

Rückfragen richten Sie bitte an das Funktionspostfach organisation@stadt.example.de oder an die Hotline Gebäudemanagement, Tel. 2500.

Mit freundlichen Grüßen
Hauptamt – Abteilung Organisation
""",
    keep=[
        "Rundverfügung 14/2026",
        "Formular GM-12",
        "organisation@stadt.example.de",
        "Hotline Gebäudemanagement, Tel. 2500",
        "Heizperiode 2026/27",
    ],
)

# C29 -- tender notice
clean(
    "tender",
    """
Bekanntmachung einer öffentlichen Ausschreibung (UVgO)
Vergabenummer: VG-2026-0418-BA · Vergabeplattform: vergabe.example-nrw.de

Öffentlicher Auftraggeber: Stadt – Zentrale Vergabestelle, Friedrich-Ebert-Straße 19, 45127 Essen, Tel. 0201 88-8 20 30, vergabestelle@stadt.example.de

Leistung: Winterdienst auf städtischen Schulhöfen, Parkplätzen und Gehwegen an Verwaltungsgebäuden (Los 1: Bezirke I–III, 41 Objekte; Los 2: Bezirke IV–VII, 38 Objekte), Laufzeit 01.01.2027 bis 30.04.2029 mit Verlängerungsoption.
Ausführungsorte u. a.: Gymnasium Borbeck, Maria-Wächtler-Gymnasium, Bürgeramt Steele, Goethe-Schule, Zeche Carl (Parkplatz).

Eignungsnachweise: Eintrag im Präqualifikationsverzeichnis (PQ-VOL) oder Einzelnachweise; Referenzen über mindestens drei vergleichbare Aufträge.
Zuschlagskriterien: Preis 70 %, Reaktionszeit 30 %.
Angebotsfrist: 15.12.2026, 10:00 Uhr (nur elektronisch). Bindefrist: 29.01.2027.
Bieterfragen bis 07.12.2026 ausschließlich über die Vergabeplattform.
""",
    keep=[
        "Vergabenummer: VG-2026-0418-BA",
        "Maria-Wächtler-Gymnasium",
        "Zeche Carl (Parkplatz)",
        "Zuschlagskriterien: Preis 70 %",
        "vergabestelle@stadt.example.de",
    ],
)

# C30 -- OCR of an official gazette page
clean(
    "ocr_scan",
    """
[OCR Amtsb1att-Archiv, Jahrgang 2026, Heft 44, S. 2 – automatisch erkannt, nicht korrigiert]

AMTSBLATT DER STADT                                   Nr. 44 / 30. 0ktober 2026

Bekanntrnachung über die Einziehung eines Teilstücks der Straße „Am Kaiserhof“

Der Rat der Stadt hat in seiner Sitzung am 15.1O.2026 die Einziehung des Teilstücks der Straße
„Am Kaiserhof“ zwischen der Einmündung Kaiser-Wi1helm-Straße und dem Wendeharnrner vor dem
Gebäude Am Kaiserhof 12 (Gemarkung A1tstadt, Flur 7, Flurstück 411) beschlossen (§ 7 StrWG NRW).
Das Teilstück hat keine Verkehrsbedeutung mehr; die Erschließung der Anlieger ist über den
Friedrich-Wi1helm-P1atz gesichert.

Gegen diese Al1gerneinverfügung kann innerhalb eines Monats nach Bekanntgabe K1age beim
Verwa1tungsgericht Gelsenkirchen, Bahnhofsvorplatz 3, 45879 Gelsenkirchen, erhoben werden.

Der Plan kann im Tiefbauarnt, Zimrner 3.12, eingesehen werden (Tel. 0209 169-43 00).

Der Oberbürgerrneister
""",
    keep=[
        "Amtsb1att-Archiv, Jahrgang 2026, Heft 44",
        "Flur 7, Flurstück 411",
        "§ 7 StrWG NRW",
        "Bahnhofsvorplatz 3, 45879 Gelsenkirchen",
        "Tel. 0209 169-43 00",
    ],
)

sys.exit(CORPUS.main(OUT, {"pii": 70, "clean": 30}))
