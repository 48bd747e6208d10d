"""Build the sixth German PII redaction development corpus (``corpus.jsonl`` next to this file).

    python3 tests/data/redaction_dev6/build_dev6.py

This is a DEVELOPMENT set: it may be read, run and tuned on. It was written without sight of the
redactor, its benchmark or the other corpora, and it aims at the formats in which redaction fails
most often in a German city administration: CSV and semicolon exports with header rows (also
tab-separated and with quoted fields), fixed-width printouts, Markdown/pipe tables and Excel
pasted as text; attendee and sign-in lists, minutes with lists of present and absent people,
distribution lists and duty rosters; web-form exports ("Feld: Wert", JSON, form mailers with
``vorname=`` / ``nachname=`` fields) and ticket-system mails; file, customer, household,
application, member and contract numbers of a citizen's matter without a standard cue word or
with unusual cues ("Ihr Zeichen", "Vorgang", "Kd.-Nr.", "BG-Nr.", "Buchungszeichen", numbers in a
table column or a file name); towns of residence and birthplaces without a postal code; names
as "Nachname, Vorname", surname-only columns, all-caps names, names with particles and hyphens,
names of many origins and surnames that are everyday German words. About fifteen ordinary letters
and e-mails are mixed in. The PII-free texts are full of traps: tables of public facilities with
addresses and opening hours, budget and statistics tables, council papers, IT tickets and
changes, tender numbers, plan numbers, streets and schools named after persons, firms named after
their founders, timetables, menus, job ads, blank forms and CSV exports of public data.

Every document is written out individually below. Personal strings are marked inline as
``[[TYPE:text]]``; the script strips the markup and computes the offsets, so no offset is ever
written by hand. Short aliases may be used for the type:

    P=PERSON  STR=STREET_ADDRESS  LOC=LOCATION  DOB=DATE_OF_BIRTH  TEL=PHONE_NUMBER
    MAIL=EMAIL_ADDRESS  IBAN=IBAN_CODE  TAX=DE_TAX_ID  RV=DE_SOCIAL_SECURITY  ID=DE_ID_CARD
    PASS=DE_PASSPORT  KFZ=DE_KFZ  AZ=DE_AKTENZEICHEN  HR=DE_HANDELSREGISTER  IP=IP_ADDRESS

Annotation conventions of this set (those of the dev5 set, plus how they apply to tables):
  - salutations, titles and roles ("Herr", "Frau", "Dr.", "Familie", "Eheleute", "OStD'") stay
    outside a PERSON span; name particles that belong to the surname ("von", "van der", "Al-",
    "di", "da", "El") are inside it;
  - "Nachname, Vorname" and "Wagner, J." are one PERSON span, also in all caps; initials with a
    surname ("J. Wagner") are one span; nicknames, lower-case names and user handles are PERSON;
    in a table with separate name columns every name cell is its own PERSON span, and a
    surname-only column (staff, Sachbearbeitung) is annotated cell by cell;
  - a genitive "s" stays outside the span; a name inside a file name is one span over the name
    parts ("WBA_[[P:Melnyk]]_2026.pdf");
  - a name inside an e-mail address is annotated only as part of the EMAIL_ADDRESS;
  - names of natural persons are annotated wherever they occur, staff members included, also
    inside the trade name of a sole trader ("Grillhaus [[P:Kalaitzidis]]"); the address, phone,
    e-mail, tax and register numbers (HRA of an e.K.) of a sole trader are personal; firms named
    after their founders (GmbH, KG, AG) and their addresses and register numbers are not;
  - a private address is split into STREET_ADDRESS (street, house number and any addition such
    as "Whg. 12", "2. OG rechts") and LOCATION (postal code and town); abroad the same; a town of
    residence or birthplace alone (also a district such as "Dorsten-Hervest") is LOCATION; in a
    table with separate columns each cell (street, house number, PLZ, Ort) is its own span; a
    country of origin or a nationality is not annotated;
  - a staff member's direct line and personal mailbox are personal; switchboards, hotlines,
    functional mailboxes and addresses of authorities, schools, Kitas and firms are not;
  - Steuer-ID, Steuernummer and USt-IdNr. of a natural person are DE_TAX_ID; file, customer,
    household (BG), case, application, booking, member (Leserausweis, Pers.-Nr.), mandate and
    contract numbers and Kassen-/Buchungszeichen of a citizen's matter are DE_AKTENZEICHEN, the
    cue staying outside; so is the ticket number of a citizen's request; council papers
    (Drucksachen), plan numbers, tender numbers, IT tickets and changes, measure numbers,
    Tatbestandsnummern, reports about public space (Mängelmelder), inventory and key numbers,
    BICs, plates of municipal vehicles, and the numbers, register entries (VR, HRB) and bank
    accounts of associations and companies are not personal;
  - only dates of birth are personal; letter dates, deadlines, appointment and event dates are
    not.

Checks: offsets reproduce the span text, spans do not overlap, Steuer-IDs (§ 139b AO) and IBANs
(ISO 13616 MOD 97) are valid, Rentenversicherungsnummern carry a valid check digit, ID-card
numbers use the ID-card alphabet, every keep phrase occurs outside all spans, and every further
occurrence of an annotated string (and of every name part of 3+ letters) is annotated as well,
unless explicitly allowed.
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

# 1 -- semicolon CSV, Bürgerbüro appointment export
pii(
    "csv",
    """
Terminexport Bürgerbüro Süd – Kalenderwoche 16/2026
Export erstellt am 13.04.2026 07:02 durch Terminverwaltung (TEVIS), Datei: termine_bb_sued_kw16.csv

Datum;Uhrzeit;Schalter;Name;Vorname;Straße;PLZ;Ort;Geburtsdatum;Vorgang;Anliegen
14.04.2026;08:00;2;[[P:Yılmaz]];[[P:Ayşe]];[[STR:Hochlarmarkstraße 61]];[[LOC:45661]];[[LOC:Recklinghausen]];[[DOB:03.11.1987]];[[AZ:BB-S-2026-01184]];Personalausweis beantragen
14.04.2026;08:20;2;[[P:Kowalczyk]];[[P:Marek]];[[STR:Am Stadion 14a]];[[LOC:45659]];[[LOC:Recklinghausen]];[[DOB:22.06.1979]];[[AZ:BB-S-2026-01185]];Ummeldung innerhalb
14.04.2026;08:40;3;[[P:Schneider]];[[P:Hannelore]];[[STR:Dorstener Straße 220]];[[LOC:45657]];[[LOC:Recklinghausen]];[[DOB:09.02.1941]];[[AZ:BB-S-2026-01187]];Führungszeugnis
14.04.2026;09:00;3;[[P:Nguyen]];[[P:Thi Lan]];[[STR:Karlstraße 5, Whg. 12]];[[LOC:45661]];[[LOC:Recklinghausen]];[[DOB:17.08.1995]];[[AZ:BB-S-2026-01190]];Reisepass Express
14.04.2026;09:20;2;[[P:Okafor]];[[P:Chukwuemeka]];[[STR:Bochumer Str. 143]];[[LOC:45661]];[[LOC:Recklinghausen]];[[DOB:30.04.2001]];[[AZ:BB-S-2026-01191]];Meldebescheinigung
14.04.2026;09:40;2;[[P:Becker]];[[P:Jonas]];[[STR:Im Sauerfeld 7]];[[LOC:45739]];[[LOC:Oer-Erkenschwick]];[[DOB:11.12.1990]];[[AZ:BB-S-2026-01196]];Anmeldung Zuzug
14.04.2026;10:00;1;;;;;;;;Blocker: Teambesprechung
14.04.2026;10:30;2;[[P:Schneider]];[[P:Hannelore]];;;;;[[AZ:BB-S-2026-01187]];Folgetermin Abholung (Betreuerin kommt mit)
""",
    keep=[
        "Datum;Uhrzeit;Schalter;Name;Vorname;Straße;PLZ;Ort;Geburtsdatum;Vorgang;Anliegen",
        "Bürgerbüro Süd",
        "TEVIS",
        "Blocker: Teambesprechung",
        "Personalausweis beantragen",
    ],
)

# 2 -- comma CSV with quoted fields, Jobcenter household export
pii(
    "csv",
    """
Export aus ALLEGRO – Jobcenter Herne, Team 456 Markt & Integration – nur für den Dienstgebrauch
"BG-Nummer","Kundennummer","Name, Vorname","Rolle in BG","Geburtsdatum","Anschrift","Wohnort","IFK","Wiedervorlage"
"[[AZ:45603BG0021874]]","[[AZ:456D207719]]","[[P:Kaya, Mehmet]]","Antragsteller","[[DOB:05.03.1982]]","[[STR:Bahnhofstraße 27]]","[[LOC:44623 Herne]]","[[P:Engel]]","30.04.2026"
"[[AZ:45603BG0021874]]","[[AZ:456D207720]]","[[P:Kaya, Elif]]","Partnerin","[[DOB:19.10.1985]]","[[STR:Bahnhofstraße 27]]","[[LOC:44623 Herne]]","[[P:Engel]]","30.04.2026"
"[[AZ:45603BG0021874]]","[[AZ:456D207721]]","[[P:Kaya, Deniz]]","Kind","[[DOB:02.07.2012]]","[[STR:Bahnhofstraße 27]]","[[LOC:44623 Herne]]","[[P:Engel]]",""
"[[AZ:45603BG0030112]]","[[AZ:456D311045]]","[[P:Wolf, Sandra]]","Antragstellerin","[[DOB:27.01.1976]]","[[STR:Sodinger Straße 98a]]","[[LOC:44627 Herne]]","[[P:Dąbrowski]]",""
"[[AZ:45603BG0030540]]","[[AZ:456D318822]]","[[P:Hrytsenko, Oksana]]","Antragstellerin","[[DOB:14.09.1990]]","c/o [[P:Lindner]], [[STR:Wiescherstraße 3]]","[[LOC:44623 Herne]]","[[P:Dąbrowski]]","08.05.2026"
"[[AZ:45603BG0030540]]","[[AZ:456D318823]]","[[P:Hrytsenko, Maksym]]","Kind","[[DOB:21.05.2016]]","c/o [[P:Lindner]], [[STR:Wiescherstraße 3]]","[[LOC:44623 Herne]]","[[P:Dąbrowski]]",""
"[[AZ:45603BG0030977]]","[[AZ:456D320410]]","[[P:Osei, Kwame]]","Antragsteller","[[DOB:01.01.1994]]","ohne festen Wohnsitz, Postanschrift Jobcenter","","[[P:Engel]]","sofort"
Datensätze: 7 | Filter: Team 456, Wiedervorlage <= 31.05.2026 | erzeugt 14.04.2026 11:58
""",
    keep=[
        "Jobcenter Herne",
        "Team 456 Markt & Integration",
        "Rolle in BG",
        "nur für den Dienstgebrauch",
        "ohne festen Wohnsitz, Postanschrift Jobcenter",
    ],
)

# 3 -- tab-separated export, Kita pre-registrations
pii(
    "tsv",
    "Stadt Dorsten – Kita Regenbogen – Voranmeldungen Kindergartenjahr 2026/27 (Export KitaPlaner, Stand 02.03.2026)\n"
    "Lfd\tNachname Kind\tVorname Kind\tGeb.-Datum\tBetreuung\tErziehungsberechtigte/r\tTelefon\tWohnort\tPlatzvergabe\n"
    "1\t[[P:Fuchs]]\t[[P:Mia]]\t[[DOB:14.08.2023]]\t45 Std.\t[[P:Fuchs, Katharina]]\t[[TEL:0157 31284409]]\t[[LOC:Dorsten-Hervest]]\tZusage\n"
    "2\t[[P:Demir]]\t[[P:Emir]]\t[[DOB:03.01.2024]]\t35 Std.\t[[P:Demir, Hatice]]\t[[TEL:02362 778104]]\t[[LOC:Dorsten-Wulfen]]\tWarteliste (Platz 4)\n"
    "3\t[[P:Kamińska]]\t[[P:Zofia]]\t[[DOB:29.11.2023]]\t45 Std.\t[[P:Kamiński, Paweł]]\t[[TEL:0176 55120873]]\t[[LOC:Schermbeck]]\tZusage – auswärtig, Kostenausgleich prüfen\n"
    "4\t[[P:Al-Khatib]]\t[[P:Yusuf]]\t[[DOB:17.06.2023]]\t25 Std.\t[[P:Al-Khatib, Rania]]\t[[TEL:0152 09988316]]\t[[LOC:Dorsten-Holsterhausen]]\tAbsage (anderweitig versorgt)\n"
    "5\t[[P:Vogel]]\t[[P:Paul]]\t[[DOB:22.02.2024]]\t45 Std.\t[[P:Vogel-Brinkmann, Stefanie]]\t[[TEL:0171 4820193]]\t[[LOC:Dorsten-Hervest]]\tZusage\n"
    "6\t[[P:Tran]]\t[[P:Bao Ngoc]]\t[[DOB:09.10.2023]]\t35 Std.\t[[P:Tran, Thi Mai]]\t\t[[LOC:Dorsten-Wulfen]]\tRückfrage: Telefonnummer fehlt\n"
    "\n"
    "Hinweis zu lfd. 1: Geschwisterkind in der Gruppe Füchse ([[P:Noah Fuchs]], 4 J.)\n",
    keep=[
        "Kita Regenbogen",
        "Kindergartenjahr 2026/27",
        "KitaPlaner",
        "Gruppe Füchse",
        "Kostenausgleich prüfen",
    ],
)

# 4 -- fixed-width printout, parking fines
pii(
    "fixed_width",
    """
STADT GELSENKIRCHEN                                    REFERAT 32 - ORDNUNGSANGELEGENHEITEN
VERWARNUNGSGELDLISTE RUHENDER VERKEHR                              DRUCK: 07.04.2026  SEITE 1
--------------------------------------------------------------------------------------------
VERW.-NR.     KENNZ.        TATORT                  TBNR     BETRAG  HALTER/IN             WOHNORT
--------------------------------------------------------------------------------------------
[[AZ:2026/04/0311]]  [[KFZ:GE-KS 4471]]    Ahstraße 12             141312    20,00  [[P:BRAUN, DIETMAR]]        [[LOC:BOTTROP]]
[[AZ:2026/04/0312]]  [[KFZ:RE-AY 208]]     Ebertstraße vor Nr. 5   112402    25,00  [[P:AYDIN, SERKAN]]         [[LOC:HERTEN]]
[[AZ:2026/04/0313]]  [[KFZ:GE-LN 17E]]     Vattmannstraße 8        141312    20,00  [[P:NOWAK, ALEKSANDRA]]     [[LOC:GLADBECK]]
[[AZ:2026/04/0314]]  [[KFZ:E-HK 9012]]     Munckelstraße 4         112262    35,00  [[P:KÖNIG, FRIEDERIKE]]     [[LOC:ESSEN]]
[[AZ:2026/04/0315]]  [[KFZ:BOT-MC 55]]     Ahstraße 12             141312    20,00  [[P:DI MARCO, SALVATORE]]   [[LOC:BOTTROP]]
[[AZ:2026/04/0316]]  [[KFZ:DO-TV 3380]]    Husemannstraße 1        112402    25,00  [[P:TRAN VAN, HUNG]]        [[LOC:DORTMUND]]
2026/04/0317  GE-SR 101     Ebertstraße 15          ------     0,00  ** DIENSTFAHRZEUG - KEIN VERFAHREN **
--------------------------------------------------------------------------------------------
SUMME: 6 VERFAHREN                                                            145,00 EUR
SACHBEARBEITUNG: [[P:KRAUSE]]   TEL. [[TEL:0209 169-1587]]         ZENTRALE: 0209 169-0
""",
    keep=[
        "VERWARNUNGSGELDLISTE RUHENDER VERKEHR",
        "REFERAT 32",
        "141312",
        "DIENSTFAHRZEUG - KEIN VERFAHREN",
        "GE-SR 101",
        "ZENTRALE: 0209 169-0",
    ],
)

# 5 -- Markdown table, business aid applications of sole traders
pii(
    "markdown_table",
    """
## Soforthilfe Innenstadt – Stand der Anträge (Lenkungsrunde 21.04.2026)

| Antrags-ID | Antragsteller/in | Betrieb / Betriebsstätte | Stadtteil | Fördersumme | Status |
|---|---|---|---|---|---|
| [[AZ:WF-SH-26-0007]] | [[P:Engin Çelik]] | Änderungsschneiderei [[P:Çelik]], [[STR:Hauptstraße 212]] | [[LOC:Herne-Wanne]] | 4.800 € | bewilligt |
| [[AZ:WF-SH-26-0014]] | [[P:Giannis Papadopoulos]] | Taverna Olympia (Inh. [[P:Papadopoulos]]), [[STR:Shamrockstraße 31]] | [[LOC:Herne-Mitte]] | 9.500 € | bewilligt |
| [[AZ:WF-SH-26-0019]] | [[P:Lena Sommer]] | Unverpackt-Laden „Sommerfrische“, [[STR:Rathausstraße 2]] | [[LOC:Herne-Mitte]] | 6.200 € | Unterlagen nachgefordert |
| [[AZ:WF-SH-26-0026]] | [[P:Thu Trang Pham]] | Nagelstudio [[P:Pham]] Beauty, [[STR:Mont-Cenis-Straße 5]] | [[LOC:Herne-Sodingen]] | 3.000 € | in Prüfung |
| [[AZ:WF-SH-26-0031]] | [[P:Wojciech Mazur]] | Fahrradwerkstatt „Speiche“, [[STR:Bahnhofstraße 78]] | [[LOC:Herne-Mitte]] | 7.750 € | abgelehnt (Umsatzgrenze) |

Summe bewilligt: 14.300 € von 250.000 € Programmvolumen.

Rückfragen: Frau [[P:Lehmkuhl]], Wirtschaftsförderung, Tel. [[TEL:02323 16-2741]], wirtschaftsfoerderung@herne.de
""",
    keep=[
        "Soforthilfe Innenstadt",
        "Lenkungsrunde 21.04.2026",
        "wirtschaftsfoerderung@herne.de",
        "Sommerfrische",
        "Programmvolumen",
    ],
)

# 6 -- Excel pasted as text, wedding dates
pii(
    "excel_paste",
    'Trautermine Mai 2026 – Standesamt (aus Excel kopiert, Blatt "Mai")\n'
    "Datum\tUhrzeit\tOrt\tStandesbeamt.\tPartner 1\tGeb.-Datum\tGeburtsort\tPartner 2\tGeb.-Datum\tGeburtsort\tAnmeldung\n"
    "08.05.2026\t11:00\tSchloss Strünkede\t[[P:Kwiatkowski]]\t[[P:Jan-Philipp Wagner]]\t[[DOB:12.09.1993]]\t[[LOC:Wanne-Eickel]]\t[[P:Olena Bondarenko]]\t[[DOB:04.03.1996]]\t[[LOC:Charkiw]]\t[[AZ:E 112/2026]]\n"
    "08.05.2026\t12:00\tSchloss Strünkede\t[[P:Kwiatkowski]]\t[[P:Murat Arslan]]\t[[DOB:30.01.1990]]\t[[LOC:Izmir]]\t[[P:Selin Koç]]\t[[DOB:15.06.1992]]\t[[LOC:Gelsenkirchen]]\t[[AZ:E 118/2026]]\n"
    "15.05.2026\t10:30\tTrauzimmer Rathaus\t[[P:Brandt]]\t[[P:Chidi Eze]]\t[[DOB:07.11.1988]]\t[[LOC:Enugu]]\t[[P:Franziska Hartmann]]\t[[DOB:22.02.1991]]\t[[LOC:Bochum]]\t[[AZ:E 121/2026]]\n"
    "15.05.2026\t11:30\tTrauzimmer Rathaus\t[[P:Brandt]]\t[[P:Alessandro Ferraro]]\t[[DOB:19.04.1985]]\t[[LOC:Neapel]]\t[[P:Dimitra Papadaki]]\t[[DOB:01.12.1987]]\t[[LOC:Thessaloniki]]\t[[AZ:E 124/2026]]\n"
    "22.05.2026\t14:00\tTrauzimmer Rathaus\t(Vertretung offen)\t[[P:Ionuț Popescu]]\t[[DOB:25.08.1997]]\t[[LOC:Bukarest]]\t[[P:Andreea Popescu]]\t[[DOB:09.10.1999]]\t[[LOC:Bukarest]]\t[[AZ:E 130/2026]]\n"
    "\t\t\t\t\t\t\t\t\t\t\n"
    "Hinweis Strünkede: Fotos im Schlosspark nur nach Absprache mit dem Emschertal-Museum (Tel. 02323 16-1611).\n",
    keep=[
        "Schloss Strünkede",
        "Trauzimmer Rathaus",
        "(Vertretung offen)",
        "Emschertal-Museum",
        "Tel. 02323 16-1611",
    ],
)

# 7 -- sign-in list of a public information evening
pii(
    "attendee_list",
    """
Stadt Castrop-Rauxel · Bereich Stadtplanung
Frühzeitige Öffentlichkeitsbeteiligung gem. § 3 Abs. 1 BauGB
Bebauungsplan Nr. 214 „Am Kanalufer“ – Informationsabend 16.03.2026, 18:00 Uhr, Forum Europahalle

Anwesenheitsliste (freiwillige Angaben – die Daten werden nach Abschluss des Verfahrens gelöscht)

Nr. | Name, Vorname               | Anschrift                                   | E-Mail (für Infos)          | Unterschrift
1   | [[P:Wiśniewski, Tomasz]]          | [[STR:Am Kanalufer 3]], [[LOC:44579 Castrop-Rauxel]]        | [[MAIL:t.wisniewski@web.de]]        | [unterschrieben]
2   | [[P:Schulte-Bockholt, Gisela]]    | [[STR:Kanalstraße 41]], [[LOC:44579 Castrop-Rauxel]]        | –                           | [unterschrieben]
3   | [[P:Marcel Koch]]                 | [[STR:Am Kanalufer 9]]                             | [[MAIL:marcel.koch87@gmx.de]]       | [unterschrieben]
4   | [[P:Öztürk, Fatma]] u. [[P:Hakan]]      | [[STR:Habinghorster Str. 112]], [[LOC:44579 Castrop-Rauxel]]| –                           | [unterschrieben]
5   | [[P:KAISER, B.]]                  | [[LOC:Ickern]]                                      | –                           | [unterschrieben]
6   | Dr. [[P:Ruth Engelhardt]] (NABU-Ortsgruppe) | –                                 | –                           | [unterschrieben]
7   | Ratsmitglied [[P:Heinz-Dieter Marx]] | über Fraktionsgeschäftsstelle            | –                           | [unterschrieben]
8   | (unleserlich)               | Frohlinder Str. ?                           | –                           | –

Für die Verwaltung: Frau [[P:Gerlach]] (Protokoll), Herr [[P:Strzelczyk]] (Vortrag); Planungsgruppe Emscher GmbH (Gutachten).
""",
    keep=[
        "Bebauungsplan Nr. 214 „Am Kanalufer“",
        "Forum Europahalle",
        "§ 3 Abs. 1 BauGB",
        "(unleserlich)",
        "Planungsgruppe Emscher GmbH",
    ],
)

# 8 -- minutes of a school parents' council, present and absent lists
pii(
    "minutes",
    """
Protokoll der 2. Sitzung der Schulpflegschaft im Schuljahr 2025/26
Willy-Brandt-Gesamtschule, Mensa, 10.02.2026, 19:00–20:45 Uhr

Anwesend:
- [[P:Şahin, Dilek]] (Vorsitzende, 8b)
- [[P:Richter, Thomas]] (stellv. Vorsitzender, 6a)
- [[P:Bogdan Ionescu]] (7c)
- [[P:Anh Nguyen-Schäfer]] (5a)
- [[P:Marlies Overbeck]] (10d)
- beratend: Schulleiterin OStD' [[P:Petra Lammert]], Abteilungsleiter Herr [[P:Sommer]]

Entschuldigt: Frau [[P:Adeyemi]] (9a), Herr [[P:Wolf]] (10b)
Nicht vertreten: 6c (Klassenpflegschaft noch nicht gewählt)

TOP 1 Begrüßung, Feststellung der Beschlussfähigkeit
Frau [[P:Şahin]] begrüßt die Anwesenden. Die Schulpflegschaft ist beschlussfähig.

TOP 2 Bericht der Schulleitung
Frau [[P:Lammert]] berichtet über die Sanierung des Trakts C (Fertigstellung voraussichtlich nach den Osterferien) und den Stand der Digitalisierung (iPad-Klassen ab Jahrgang 7).

TOP 3 Sommerfest 2026
Herr [[P:Sommer]] stellt die Planung vor (Samstag, 27.06.2026). Der Förderverein übernimmt den Getränkestand, Herr [[P:Ionescu]] organisiert den Flohmarkt.

TOP 4 Verschiedenes
Frau [[P:Nguyen-Schäfer]] bittet um Klärung der Busanbindung (Linie 249, überfüllt um 7:20 Uhr). Frau [[P:Şahin]] nimmt das Thema in die Schulkonferenz mit.

Protokoll: [[P:Thomas Richter]]
""",
    keep=["Willy-Brandt-Gesamtschule", "Sommerfest 2026", "Linie 249", "Förderverein", "Trakts C"],
)

# 9 -- internal memo with a distribution list of staff
pii(
    "distribution_list",
    """
Hausmitteilung

Von:     FB 33 Bürgerdienste – Abteilungsleitung
An:      Verteiler lt. Liste
Datum:   09.04.2026
Betreff: Umstellung der Terminvergabe ab 04.05.2026 (CHG0031907)

Verteiler:
  33.1  Bürgerbüro Rathaus         [[P:Birgit Hense]]          [[TEL:0234 910-2214]]   [[MAIL:b.hense@bochum.de]]
  33.1  Bürgerbüro Wattenscheid    [[P:Kemal Aksoy]]           [[TEL:0234 910-2230]]   [[MAIL:k.aksoy@bochum.de]]
  33.2  Standesamt                 Dr. [[P:Marta Zielińska]]     [[TEL:0234 910-2402]]   [[MAIL:m.zielinska@bochum.de]]
  33.3  Ausländerbehörde           [[P:Simon Vogt]]            [[TEL:0234 910-2517]]   (i. V. [[P:Ramona Lüdtke]], [[TEL:0234 910-2519]])
  10/IT Service Desk               –                     0234 910-4444   servicedesk@bochum.de
  Personalrat z. K.                –                     –               personalrat@bochum.de

Liebe Kolleginnen und Kollegen,

ab dem 04.05.2026 werden alle Termine der Bürgerbüros ausschließlich über das neue Buchungsportal vergeben; Spontantermine entfallen bis auf Notfälle (Reisepass für Beerdigung o. Ä.). Die Schulung der Multiplikatoren übernimmt Frau [[P:Hense]] am 22.04.2026 im Schulungsraum 3.08. Fragen zur technischen Umsetzung bitte nicht an Frau [[P:Hense]], sondern als Ticket an den Service Desk.

Mit kollegialen Grüßen
[[P:Vogt]]
""",
    keep=[
        "CHG0031907",
        "servicedesk@bochum.de",
        "Verteiler lt. Liste",
        "FB 33 Bürgerdienste",
        "Personalrat z. K.",
    ],
)

# 10 -- duty roster with surname-only cells
pii(
    "roster",
    """
Dienstplan Bürgerbüro Mitte – KW 17 (20.–24.04.2026)

| Schalter   | Mo          | Di          | Mi          | Do (lang bis 18 Uhr)   | Fr          |
|------------|-------------|-------------|-------------|------------------------|-------------|
| 1          | [[P:Becker]]      | [[P:Becker]]      | [[P:Pawlak]]      | [[P:Pawlak]]                 | [[P:Becker]]      |
| 2          | [[P:Yıldız]]      | [[P:Schmitz]]     | [[P:Yıldız]]      | [[P:Schmitz]]                | [[P:Yıldız]]      |
| 3          | [[P:König]]       | [[P:König]]       | –           | [[P:König]] (bis 14:00)      | [[P:Schmitz]]     |
| Backoffice | [[P:Petrović]]    | [[P:Petrović]]    | [[P:Petrović]]    | [[P:König]] ab 14:00         | [[P:Pawlak]]      |

Urlaub: [[P:Neumann]] (20.–30.04.), [[P:Jablonski]] (Mi)
Krank: –
Schalter 3 am Mittwoch geschlossen (Wartungsfenster Kassenautomat).

Ansprechpartnerin Dienstplan: Frau [[P:Schmitz]], Durchwahl [[TEL:0209 169-4120]]
Bei Ausfall bitte den Springerpool anfragen: springer-bb@gelsenkirchen.de
""",
    keep=[
        "Do (lang bis 18 Uhr)",
        "Backoffice",
        "Springerpool",
        "springer-bb@gelsenkirchen.de",
        "Wartungsfenster Kassenautomat",
    ],
)

# 11 -- web-form export "Feld: Wert", online pre-registration of residence
pii(
    "web_form",
    """
Von: noreply-formulare@service.stadt-hamm.de
An: buergeramt-eingang@stadt-hamm.de
Betreff: [Online-Dienst] Vorabanmeldung Wohnsitz – Vorgangsnummer [[AZ:OZG-EWO-2026-118734]]

Formular: Elektronische Wohnsitzanmeldung (Vorbereitung für Termin vor Ort)
Eingang: 17.04.2026 22:41:07
Vorgangsnummer: [[AZ:OZG-EWO-2026-118734]]

--- Angaben zur Person ---
Familienname: [[P:Wójcik]]
Geburtsname: [[P:Lis]]
Vornamen: [[P:Agnieszka Maria]]
Geschlecht: weiblich
Geburtsdatum: [[DOB:06.12.1984]]
Geburtsort: [[LOC:Łódź]]
Staatsangehörigkeit: polnisch
--- Neue Wohnung ---
Straße, Hausnummer: [[STR:Ostenallee 71, 2. OG rechts]]
PLZ: [[LOC:59071]]
Ort: [[LOC:Hamm]]
Einzugsdatum: 01.04.2026
Art der Wohnung: alleinige Wohnung
--- Bisherige Wohnung ---
Straße, Hausnummer: [[STR:ul. Piotrkowska 118 m. 4]]
PLZ, Ort: [[LOC:90-006 Łódź]]
Land: Polen
--- Mitziehende Personen ---
1: [[P:Wójcik, Kacper]] (Sohn), geb. [[DOB:14.02.2015]]
--- Kontakt ---
E-Mail: [[MAIL:aga.wojcik@wp.pl]]
Telefon: [[TEL:+48 601 229 417]]
Wohnungsgeberbestätigung: hochgeladen (wgb_scan.pdf)
--- Technisch ---
IP-Adresse: [[IP:93.197.44.12]]
Sitzungs-ID: 7f3c0a9e-22b1-4c51-9d0e-5be0c2f1a6d4
""",
    keep=[
        "Elektronische Wohnsitzanmeldung",
        "noreply-formulare@service.stadt-hamm.de",
        "Einzugsdatum: 01.04.2026",
        "Mitziehende Personen",
        "Staatsangehörigkeit: polnisch",
    ],
)

# 12 -- JSON output of an application API, residents' parking permit
pii(
    "json_export",
    """
GET /api/v2/antraege/[[AZ:BPA-2026-03391]] -> 200 OK
{
  "antragsId": "[[AZ:BPA-2026-03391]]",
  "verfahren": "Bewohnerparkausweis",
  "zone": "B3 Kreuzviertel",
  "status": "in_pruefung",
  "eingang": "2026-04-02T09:14:55+02:00",
  "antragsteller": {
    "anrede": "Herr",
    "vorname": "[[P:Hüseyin]]",
    "nachname": "[[P:Doğan]]",
    "geburtsdatum": "[[DOB:1979-07-23]]",
    "anschrift": {"strasse": "[[STR:Kreuzstraße]]", "hausnummer": "[[STR:18]]", "plz": "[[LOC:44139]]", "ort": "[[LOC:Dortmund]]"},
    "email": "[[MAIL:h.dogan79@t-online.de]]",
    "telefon": "[[TEL:0231 5578120]]"
  },
  "fahrzeug": {
    "kennzeichen": "[[KFZ:DO-HD 7923]]",
    "halter_abweichend": true,
    "halter": "Autohaus Brüggemann GmbH (Firmenwagen)"
  },
  "nachweise": ["Meldebescheinigung.pdf", "Ueberlassungserklaerung_Arbeitgeber.pdf"],
  "gebuehr": {"betrag": 30.0, "kassenzeichen": "[[AZ:5.2026.118.0047]]"},
  "bearbeiter": "[[P:kluge.m]]",
  "_links": {"self": "/api/v2/antraege/[[AZ:BPA-2026-03391]]", "zone": "/api/v2/zonen/B3"}
}
""",
    keep=[
        "Bewohnerparkausweis",
        "B3 Kreuzviertel",
        "Autohaus Brüggemann GmbH",
        "in_pruefung",
        "Ueberlassungserklaerung_Arbeitgeber.pdf",
    ],
)

# 13 -- form mailer with key=value lines
pii(
    "form_mailer",
    """
From: formmailer@www.unna.de
To: ordnungsamt@stadt-unna.de
Subject: Kontaktformular: Beschwerde / Hinweis  [form_id=ord-hinweis]

Folgende Daten wurden über das Formular übermittelt:

anrede=Frau
vorname=[[P:Ewa]]
nachname=[[P:Zając-Becker]]
strasse=[[STR:Hertinger Str. 37]]
plz=[[LOC:59423]]
ort=[[LOC:Unna]]
geburtsdatum=
email=[[MAIL:ewa.zajac-becker@gmx.net]]
telefon=[[TEL:02303 2549917]]
betreff=Falschparker Einfahrt
nachricht=Seit Wochen parkt ein weißer Transporter mit dem Kennzeichen [[KFZ:UN-KL 482]] vor unserer Einfahrt [[STR:Hertinger Str. 37]]. Der Halter wohnt angeblich gegenüber (Familie [[P:Schröer]]). Ich bitte um Abhilfe. Mein Zeichen bei Ihnen aus der letzten Beschwerde war [[AZ:32.1-0412/25]].
datenschutz_ok=1
absendezeit=2026-04-15 18:02:44
remote_addr=[[IP:2003:e4:1f20:5b00:9d1:7c2e:41aa:e3c0]]
user_agent=Mozilla/5.0 (iPhone; CPU iPhone OS 17_4 like Mac OS X)
""",
    keep=[
        "form_id=ord-hinweis",
        "geburtsdatum=",
        "Falschparker Einfahrt",
        "datenschutz_ok=1",
        "ordnungsamt@stadt-unna.de",
    ],
)

# 14 -- ticket-system mail, bulky waste
pii(
    "ticket_mail",
    """
Von: Abfallberatung Stadt Witten <abfallberatung@stadt-witten.de>
An: [[P:Rainer Vogelsang]] <[[MAIL:r.vogelsang@posteo.de]]>
Betreff: [Ticket#[[AZ:2026041510000286]]] AW: Sperrmüll nicht abgeholt

Sehr geehrter Herr [[P:Vogelsang]],

vielen Dank für Ihre Nachricht. Laut Tourenbericht war das Fahrzeug am 14.04.2026 um 7:38 Uhr in Ihrer Straße, es wurde jedoch kein Sperrmüll am Straßenrand vorgefunden. Wir haben eine Nachfahrt für Freitag, 17.04.2026, eingeplant (Auftrag [[AZ:SP-26-044187]]).

Bitte stellen Sie die Gegenstände ab 6:00 Uhr gut sichtbar bereit; Elektrogeräte werden separat abgeholt.

Mit freundlichen Grüßen
i. A. [[P:Nadine Kurzweg]]
Abfallberatung – Service-Hotline 02302 581-4470

Ticket: [[AZ:2026041510000286]] | Queue: Abfall::Sperrmüll | Priorität: 3 normal | Zuständig: [[P:kurzweg.n]]

--- ursprüngliche Nachricht ---
Von: [[MAIL:r.vogelsang@posteo.de]]
Gesendet: 14.04.2026 19:12
Betreff: Sperrmüll nicht abgeholt

Guten Tag, meine Anmeldung vom 30.03. ([[AZ:SP-26-044187]]) wurde heute nicht abgeholt, obwohl alles seit 5 Uhr draußen stand. [[STR:Ardeystraße 104]], [[LOC:58452 Witten]]. Ich habe extra Urlaub genommen!
[[P:Rainer Vogelsang]], Tel. [[TEL:0160 99381245]]
""",
    keep=[
        "Queue: Abfall::Sperrmüll",
        "abfallberatung@stadt-witten.de",
        "Service-Hotline 02302 581-4470",
        "Tourenbericht",
        "Abfallberatung Stadt Witten",
    ],
)

# 15 -- letter of the building authority, hearing
pii(
    "letter",
    """
Stadt Recklinghausen · Fachbereich Planen, Umwelt, Bauen · Bauordnung
Rathausplatz 3 · 45657 Recklinghausen

Eheleute
[[P:Konstantinos]] und [[P:Maria Georgiou]]
[[STR:Im Reitwinkel 12]]
[[LOC:45665 Recklinghausen]]

Ihr Zeichen:        [[P:Georgiou]]/Carport
Ihr Schreiben vom:  02.03.2026
Unser Az:           [[AZ:63-BG-0418/25]]
Sachbearbeitung:    Herr [[P:Lütkehaus]], Zimmer 2.17
Telefon:            [[TEL:02361 50-6318]]
E-Mail:             bauordnung@recklinghausen.de
Datum:              24.03.2026

Anhörung gemäß § 28 VwVfG NRW – beabsichtigte Ordnungsverfügung (Beseitigung eines Carports)

Sehr geehrte Frau [[P:Georgiou]], sehr geehrter Herr [[P:Georgiou]],

bei einer Ortsbesichtigung am 11.02.2026 wurde festgestellt, dass auf Ihrem Grundstück [[STR:Im Reitwinkel 12]] ohne Baugenehmigung ein Carport mit einer Länge von ca. 9 m unmittelbar an der Grenze zum Nachbargrundstück errichtet wurde. Das Grundstück liegt im Geltungsbereich des Bebauungsplans Nr. 281 „Speckhorner Feld“, der Nebenanlagen außerhalb der überbaubaren Fläche nur bis 30 m³ umbauten Raum zulässt.

Der Eigentümer des Nachbargrundstücks, Herr [[P:Ulrich Tenbrink]] ([[STR:Im Reitwinkel 14]]), hat der Grenzbebauung nicht zugestimmt.

Wir beabsichtigen, die Beseitigung anzuordnen. Sie erhalten Gelegenheit, sich bis zum 24.04.2026 zu äußern. Bitte geben Sie dabei unser Az [[AZ:63-BG-0418/25]] an.

Mit freundlichen Grüßen
Im Auftrag
[[P:Lütkehaus]]
""",
    keep=[
        "Rathausplatz 3",
        "bauordnung@recklinghausen.de",
        "§ 28 VwVfG NRW",
        "Bebauungsplans Nr. 281",
        "Speckhorner Feld",
    ],
)

# 16 -- e-mail of a citizen to the Jobcenter
pii(
    "email",
    """
Von: [[P:Iryna Melnyk]] <[[MAIL:iryna.melnyk88@ukr.net]]>
An: Jobcenter-Herten.Team-Leistung@jobcenter-ge.de
Datum: Mo, 13.04.2026 08:17
Betreff: [[AZ:36903BG0017740]] – Weiterbewilligungsantrag + Mietbescheinigung
Anhänge: WBA_[[P:Melnyk]]_2026.pdf; Mietbescheinigung_2026.pdf

Sehr geehrte Damen und Herren,

anbei sende ich den Weiterbewilligungsantrag für meine Bedarfsgemeinschaft (BG-Nr. [[AZ:36903BG0017740]]). Meine Kundennummer ist [[AZ:369D402218]], die meiner Tochter [[P:Sofiia]] [[AZ:369D402219]].

Die Mietbescheinigung vom Vermieter (Vivawest, Objekt [[AZ:4711-082-03]]) liegt bei. Seit 01.03. arbeite ich 20 Stunden als Küchenhilfe bei Gastro Ruhr GmbH; die Lohnabrechnung März reiche ich nach, sobald ich sie habe.

Meine neue Telefonnummer: [[TEL:0176 81204433]]

Mit freundlichen Grüßen
[[P:Iryna Melnyk]]
[[STR:Ewaldstraße 88]], [[LOC:45699 Herten]]
""",
    keep=[
        "Weiterbewilligungsantrag",
        "Gastro Ruhr GmbH",
        "Vivawest",
        "Küchenhilfe",
        "Lohnabrechnung März",
    ],
)

# 17 -- semicolon CSV with quoted field, school registrations
pii(
    "csv",
    """
Anmeldungen Jahrgang 5 – Schuljahr 2026/27 – Albert-Schweitzer-Gymnasium (Export SchILD-NRW, 27.02.2026)
Anm-Nr;Name;Vorname;Geb.-Datum;Geburtsort;Staatsang.;Grundschule;Sorgeberechtigte;Straße;PLZ;Ort;Telefon;Profil;Geschwister an Schule
[[AZ:2026-0041]];[[P:Engel]];[[P:Lina]];[[DOB:05.09.2015]];[[LOC:Marl]];deutsch;GS Am Wiesengrund;"[[P:Engel, Thomas]]; [[P:Engel, Sabine]]";[[STR:Breite Straße 11]];[[LOC:45768]];[[LOC:Marl]];[[TEL:02365 418820]];bilingual;nein
[[AZ:2026-0042]];[[P:Yıldırım]];[[P:Berat]];[[DOB:18.01.2016]];[[LOC:Gelsenkirchen]];"deutsch; türkisch";Goethe-Grundschule;[[P:Yıldırım, Gülşen]];[[STR:Lipper Weg 205]];[[LOC:45772]];[[LOC:Marl]];[[TEL:0157 72091833]];MINT;"ja ([[P:Ecem]], 8b)"
[[AZ:2026-0043]];[[P:Lewandowski]];[[P:Nikola]];[[DOB:30.06.2015]];[[LOC:Kraków]];polnisch;Paul-Gerhardt-Schule;[[P:Lewandowska, Joanna]];[[STR:Hülsstraße 40a]];[[LOC:45772]];[[LOC:Marl]];[[TEL:0178 6620194]];—;nein
[[AZ:2026-0044]];[[P:Obi]];[[P:Chiamaka]];[[DOB:12.12.2015]];[[LOC:Lagos]];nigerianisch;GS Am Wiesengrund;[[P:Obi, Ngozi]];[[STR:Bergstraße 3]];[[LOC:45770]];[[LOC:Marl]];[[TEL:0152 22781940]];bilingual;nein
[[AZ:2026-0045]];[[P:Hoang]];[[P:Minh Anh]];[[DOB:24.03.2016]];[[LOC:Marl]];deutsch;Goethe-Grundschule;[[P:Hoang, Van Duc]];[[STR:Am Theater 8, App. 31]];[[LOC:45768]];[[LOC:Marl]];[[TEL:02365 5073311]];MINT;nein
[[AZ:2026-0046]];[[P:Schröder]];[[P:Ben]];[[DOB:01.10.2015]];[[LOC:Haltern am See]];deutsch;Grundschule Sythen;[[P:Schröder, Kerstin]];[[STR:Dorfstraße 19]];[[LOC:45721]];[[LOC:Haltern am See]];[[TEL:02364 69018]];bilingual;"nein (auswärtig)"
""",
    keep=[
        "Albert-Schweitzer-Gymnasium",
        "SchILD-NRW",
        "Goethe-Grundschule",
        "GS Am Wiesengrund",
        "Paul-Gerhardt-Schule",
    ],
)

# 18 -- fixed-width dunning list of the city treasury
pii(
    "fixed_width",
    """
STADTKASSE HAGEN            MAHNLAUF 2026/04 - VOLLSTRECKUNGSVORBEREITUNG              BL. 3
BUCHUNGSZEICHEN     SCHULDNER/IN               ANSCHRIFT                                 FORDERUNGSART          BETRAG EUR  MST
------------------- -------------------------- ----------------------------------------- ---------------------- ----------- ---
[[AZ:5.1100.204417.8]]     [[P:Ahmadi, Farid]]              [[STR:Bergstr. 44]], [[LOC:58095 Hagen]]                    Grundbesitzabgaben          412,36   2
[[AZ:5.1100.318802.1]]     [[P:Kaiser, Günter]]             [[STR:Eppenhauser Str. 120]], [[LOC:58093 Hagen]]           Hundesteuer                  96,00   1
[[AZ:5.2400.011937.5]]     [[P:Pietrzak, Renata]]           [[STR:Lange Str. 7]], [[LOC:58089 Hagen]]                   Elternbeitrag OGS           240,00   2
[[AZ:5.2400.012118.0]]     [[P:Ogunleye, Babatunde]]        c/o [[P:Ogunleye-Smith]], [[STR:Wehringhauser Str. 2]], [[LOC:58089 Hagen]]  Elternbeitrag OGS   180,00   1
[[AZ:5.3100.000871.2]]     [[P:Tran, Thi Hoa]]              [[STR:Elberfelder Str. 61]], [[LOC:58095 Hagen]]            Gewerbesteuer             1.118,00   1
------------------- -------------------------- ----------------------------------------- ---------------------- ----------- ---
                                                                                 SUMME BLATT 3:            2.046,36
MST = Mahnstufe. Bearbeitung: Vollstreckungsinnendienst, Frau [[P:Ramadani]], Tel. [[TEL:02331 207-3184]]
""",
    keep=[
        "MAHNLAUF 2026/04",
        "Grundbesitzabgaben",
        "Elternbeitrag OGS",
        "MST = Mahnstufe",
        "Vollstreckungsinnendienst",
    ],
)

# 19 -- comma CSV, dog tax register
pii(
    "csv",
    """
# Export Hundesteuerbestand FB 20 Steuern - Stichtag 08.04.2026 - Mandant 059
Steuermarke,Kassenzeichen,Halter_Name,Halter_Vorname,Strasse,Hausnr,PLZ,Ort,Rasse,Anzahl_Hunde,gefaehrlich,Anmeldung,Abmeldung
"[[AZ:0417]]","[[AZ:HU-2019-00341]]","[[P:Wolf]]","[[P:Dieter]]","[[STR:Am Wolfsbach]]","[[STR:3]]","[[LOC:59425]]","[[LOC:Unna]]","Schäferhund-Mix",1,"nein","2019-05-02",""
"[[AZ:0533]]","[[AZ:HU-2021-01102]]","[[P:Demirci]]","[[P:Songül]]","[[STR:Friedrich-Ebert-Str.]]","[[STR:57a]]","[[LOC:59425]]","[[LOC:Unna]]","Malteser",2,"nein","2021-08-16",""
"[[AZ:0588]]","[[AZ:HU-2022-00087]]","[[P:van der Linde]]","[[P:Marijke]]","[[STR:Hertinger Straße]]","[[STR:112]]","[[LOC:59423]]","[[LOC:Unna]]","Labrador",1,"nein","2022-01-10","2026-03-31"
"[[AZ:0602]]","[[AZ:HU-2022-00415]]","[[P:Nowicki]]","[[P:Łukasz]]","[[STR:Massener Straße]]","[[STR:9]]","[[LOC:59427]]","[[LOC:Unna]]","American Staffordshire Terrier",1,"ja","2022-04-01",""
"[[AZ:0711]]","[[AZ:HU-2024-00923]]","[[P:Fuchs]]","[[P:Henrike]]","[[STR:Königsborner Str.]]","[[STR:20]]","[[LOC:59425]]","[[LOC:Unna]]","Dackel",2,"nein","2024-02-19",""
"[[AZ:0712]]","[[AZ:HU-2024-00923]]","[[P:Fuchs]]","[[P:Henrike]]","[[STR:Königsborner Str.]]","[[STR:20]]","[[LOC:59425]]","[[LOC:Unna]]","Dackel",2,"nein","2024-02-19",""
# 6 Datensaetze, davon 1 Listenhund (Erlaubnis nach LHundG NRW liegt vor)
""",
    keep=[
        "Steuermarke,Kassenzeichen,Halter_Name,Halter_Vorname",
        "American Staffordshire Terrier",
        "Schäferhund-Mix",
        "FB 20 Steuern",
        "LHundG NRW",
    ],
)

# 20 -- Markdown table, housing benefit follow-ups
pii(
    "markdown_table",
    """
### Wiedervorlagen Wohngeldstelle – Team 2 (Buchstaben L–R), KW 16

| Az. | Antragsteller/in | Wohnort | WV-Grund | WV bis | SB |
|-----|------------------|---------|----------|--------|----|
| [[AZ:WG 2-0233/26]] | [[P:Lorenz, Heike]] | [[LOC:Bottrop-Kirchhellen]] | Einkommensnachweis Ehemann fehlt | 17.04. | [[P:Mertens]] |
| [[AZ:WG 2-0241/26]] | [[P:Mahmoud, Abdullah]] | [[LOC:Bottrop]] | Mietvertrag unvollständig (S. 3 fehlt) | 17.04. | [[P:Mertens]] |
| [[AZ:WG 2-0197/26]] | [[P:Nguyen, Van Thanh]] | [[LOC:Bottrop-Eigen]] | Rückfrage Jobcenter (Ausschluss § 7 WoGG?) | 20.04. | [[P:Kowalke]] |
| [[AZ:WG 2-0268/26]] | [[P:Oancea, Mihaela]] | [[LOC:Gladbeck]] (Zuständigkeit prüfen!) | Umzug gemeldet | 21.04. | [[P:Kowalke]] |
| [[AZ:WG 2-0270/26]] | [[P:Petersen-Ruhnau, Ilse]] | [[LOC:Bottrop]] | Heizkostenkomponente nachberechnen | 22.04. | [[P:Mertens]] |
| [[AZ:WG 2-0281/26]] | [[P:Quast, Jürgen]] | [[LOC:Bottrop-Fuhlenbrock]] | Mietstufe Neuberechnung | 23.04. | [[P:Mertens]] |
| [[AZ:WG 2-0290/26]] | [[P:Rahimi, Zahra]] | [[LOC:Bottrop]] | Aufenthaltstitel läuft ab | 24.04. | [[P:Kowalke]] |

Vertretung bei Abwesenheit: Team 1 (A–K), Funktionspostfach wohngeld@bottrop.de
""",
    keep=[
        "§ 7 WoGG",
        "(Zuständigkeit prüfen!)",
        "Mietstufe Neuberechnung",
        "Team 2 (Buchstaben L–R)",
        "wohngeld@bottrop.de",
    ],
)

# 21 -- guest list of a naturalisation ceremony, birthplaces abroad
pii(
    "attendee_list",
    """
Einbürgerungsfeier im Ratssaal – Donnerstag, 23.04.2026, 17:00 Uhr
Gästeliste (Stand 20.04.) – Reihe 1–3 für Eingebürgerte, Begleitpersonen ab Reihe 4

Nr  Name                        Herkunftsland   Geburtsort          Begl.  Urkunde durch
01  [[P:Abdi, Hodan]]                 Somalia         [[LOC:Mogadischu]]          2      Bürgermeisterin
02  [[P:Barzani, Rêbaz]]              Irak            [[LOC:Duhok]]               1      Bürgermeisterin
03  [[P:Cristea, Elena]]              Rumänien        [[LOC:Iași]]                0      Bürgermeisterin
04  [[P:Dang, Quoc Bao]]              Vietnam         [[LOC:Hải Phòng]]           3      Beigeordneter
05  [[P:Ekwueme, Adaeze]]             Nigeria         [[LOC:Onitsha]]             1      Beigeordneter
06  [[P:Fedorenko, Viktor]]           Ukraine         [[LOC:Dnipro]]              2      Beigeordneter
07  [[P:Gashi, Arben]]                Kosovo          [[LOC:Prizren]]             1      Bürgermeisterin
08  [[P:Karakaya, Zeynep]]            Türkei          [[LOC:Trabzon]]             0      Bürgermeisterin
09  [[P:Hussein, Layla]]              Syrien          [[LOC:Qamişlo]]             2      Beigeordneter

Programm: Begrüßung, Ansprache, Überreichung der Urkunden, gemeinsames Singen der Nationalhymne,
Musik: Schülerinnen der Musikschule (Streichquartett), anschließend Empfang im Foyer.
Presse: nur Gruppenfoto, Einzelfotos nur mit Einwilligung (liegt vor für Nr. 03, 05, 08).

Ansprechpartnerin: Frau [[P:Ostrowski]], Einbürgerungsstelle, Tel. [[TEL:02365 99-4213]] (direkt)
""",
    keep=[
        "Ratssaal",
        "Bürgermeisterin",
        "Beigeordneter",
        "Musikschule (Streichquartett)",
        "Herkunftsland",
    ],
)

# 22 -- minutes, non-public part, tax deferral of a sole trader
pii(
    "minutes",
    """
Niederschrift über die 14. Sitzung des Haupt- und Finanzausschusses
– nichtöffentlicher Teil –
am 12.03.2026 im Sitzungszimmer 1 des Rathauses, Beginn 18:40 Uhr, Ende 19:25 Uhr

Anwesend:
Vorsitz: Bürgermeister [[P:Frank Heidemann]]
Mitglieder: [[P:Aydın, Cem]]; [[P:Bergmann, Ute]]; [[P:Kłos, Dariusz]]; [[P:Lehnert, Horst]]; [[P:Matuschek, Petra]]; [[P:Schäfer-Ilić, Dragana]]; [[P:Wübbeling, Arnd]]
Verwaltung: Kämmerer Herr [[P:Wittkamp]]; Frau [[P:Ruhnke]] (Steueramt)
Schriftführung: [[P:Tobias Klemm]]

Es fehlten entschuldigt: [[P:Oberhaus, Georg]]; [[P:Yüksel, Nurhan]]

TOP N 3 – Antrag auf Stundung und Teilerlass von Gewerbesteuer 2023/2024
Vorlage: Drucksache 0187/2026 (nichtöffentlich)

Antragsteller ist Herr [[P:Stavros Kalaitzidis]], Inhaber des Grillhauses [[P:Kalaitzidis]], [[STR:Horster Straße 64]], Steuernummer [[TAX:359/5012/4471]]. Die Rückstände auf dem Buchungszeichen [[AZ:6.0100.071233.9]] belaufen sich auf 18.412,00 €.

Frau [[P:Ruhnke]] erläutert die Vorlage. Herr [[P:Lehnert]] fragt nach der Ratenhöhe; Frau [[P:Ruhnke]] führt aus, dass monatlich 750 € angeboten werden. Herr [[P:Kłos]] regt an, den Teilerlass zurückzustellen.

Beschluss: Der Ausschuss beschließt die Stundung bis 30.09.2026 gegen Ratenzahlung; über den Teilerlass wird nach Vorlage des Jahresabschlusses 2025 erneut beraten.
Abstimmung: einstimmig.

[[P:Heidemann]]                                   [[P:Klemm]]
Vorsitzender                                     Schriftführer
""",
    keep=[
        "Drucksache 0187/2026",
        "Haupt- und Finanzausschusses",
        "TOP N 3",
        "Sitzungszimmer 1",
        "nichtöffentlicher Teil",
    ],
)

# 23 -- duty roster of a Kita with private stand-by numbers
pii(
    "roster",
    """
Kita Sonnenblume – Notdienstplan Osterferien 2026 (30.03.–10.04.)
Bei Krankheit bitte bis 6:30 Uhr bei der Leitung melden (Handy Leitung: [[TEL:0151 27763410]], Frau [[P:Kaya-Brand]]).

Datum      Früh 7:00–12:00        Spät 12:00–16:30        Rufbereitschaft (privat)
Mo 30.03.  [[P:Sommer, Jana]]           [[P:Okonkwo, Grace]]          [[P:Lemke]] [[TEL:0172 8830415]]
Di 31.03.  [[P:Sommer, Jana]]           [[P:Mierzwa, Justyna]]        [[P:Lemke]] [[TEL:0172 8830415]]
Mi 01.04.  [[P:Braun, Tobias]]          [[P:Okonkwo, Grace]]          [[P:Kaya-Brand]] (s. o.)
Do 02.04.  [[P:Braun, Tobias]]          [[P:Mierzwa, Justyna]]        [[P:Lemke]] [[TEL:0172 8830415]]
Fr 03.04.  – Karfreitag, geschlossen –
Mo 06.04.  – Ostermontag, geschlossen –
Di 07.04.  [[P:Lemke, Anja]]            [[P:Sommer, Jana]]            [[P:Kaya-Brand]] (s. o.)
Mi 08.04.  [[P:Lemke, Anja]]            [[P:Okonkwo, Grace]]          [[P:Braun]] [[TEL:0160 5521907]]
Do 09.04.  [[P:Mierzwa, Justyna]]       [[P:Braun, Tobias]]           [[P:Kaya-Brand]] (s. o.)
Fr 10.04.  [[P:Sommer, Jana]]           [[P:Lemke, Anja]]             [[P:Braun]] [[TEL:0160 5521907]]

Betreute Kinder in der Notgruppe (max. 12): siehe separate Liste – nicht aushängen!
Vorschau: Sommerferien-Schließzeit 20.07.–07.08.2026, Notdienst in der Kita Pusteblume.
""",
    keep=[
        "Kita Sonnenblume",
        "Karfreitag, geschlossen",
        "Notdienstplan Osterferien 2026",
        "nicht aushängen!",
        "Sommerferien-Schließzeit",
    ],
)

# 24 -- web-form confirmation, holiday programme registration
pii(
    "web_form",
    """
Anmeldung Ferienspaß 2026 – Eingangsbestätigung (Formularserver)
Buchungsnummer: [[AZ:FS26-1783]]
Angebot: Nr. 42 „Zirkuswoche im Jugendzentrum Lindenhof“, 27.07.–31.07.2026, 9–15 Uhr

[Kind]
Vorname: [[P:Leon]]
Nachname: [[P:Kowalewski]]
Geburtsdatum: [[DOB:19.05.2016]]
Allergien/Unverträglichkeiten: Erdnüsse (Notfallset im Rucksack)
Schwimmer: ja (Bronze)

[Erziehungsberechtigte Person]
Name: [[P:Kowalewski]]
Vorname: [[P:Dorota]]
Anschrift: [[STR:Lindenstraße 76]]
PLZ / Ort: [[LOC:44575 Castrop-Rauxel]]
Mobil (Notfall): [[TEL:0163 4410279]]
E-Mail: [[MAIL:dkowalewski@outlook.de]]

[Abholung]
Abholberechtigt außer Eltern: Großmutter [[P:Halina Nowak]] ([[TEL:0171 2093385]])
Darf allein nach Hause gehen: nein

[Zahlung]
Teilnahmebeitrag: 65,00 € (Ermäßigung Ferienpass: nein)
SEPA-Lastschrift, Kontoinhaber/in: [[P:Dorota Kowalewski]]
IBAN: [[IBAN:DE38 4305 0001 0382 2801 92]]

[Einwilligungen]
Fotos für Öffentlichkeitsarbeit: nein
Bitte bewahren Sie die Buchungsnummer für Rückfragen auf.
""",
    keep=[
        "Zirkuswoche im Jugendzentrum Lindenhof",
        "Ferienspaß 2026",
        "Erdnüsse",
        "Teilnahmebeitrag: 65,00 €",
        "Schwimmer: ja (Bronze)",
    ],
)

# 25 -- form mailer, special use permit for a street party
pii(
    "form_mailer",
    """
From: webformular@dortmund.de
To: sondernutzung@stadtdo.de
Subject: [WEBFORM] Antrag Sondernutzung – Straßenfest

--- Formulardaten ---
antragsteller_vorname=[[P:Konrad]]
antragsteller_nachname=[[P:Winter]]
strasse=[[STR:Kiefernweg 9]]
plz=[[LOC:44149]]
ort=[[LOC:Dortmund]]
telefon=[[TEL:0231 65210384]]
email=[[MAIL:konrad.winter@arcor.de]]
geburtsdatum=[[DOB:02.02.1958]]
veranstaltung=Nachbarschaftsfest Kiefernweg/Ulmenweg
datum=13.06.2026
zeit_von=14:00
zeit_bis=22:00
flaeche=Kiefernweg zwischen Haus 1 und 15, Wendehammer
sperrung=ja
verantwortliche_person_vor_ort=[[P:Winter, Konrad]]; Vertreterin: [[P:Esra Güler]] ([[TEL:0157 38810276]])
anzahl_erwartete_besucher=80
musik=ja, bis 22 Uhr Zimmerlautstärke
ausschank=nein
hinweise=Bitte den Bescheid an meine Adresse. Im Wendehammer steht die Streusalzkiste vom Winterdienst, die kann bleiben. Letztes Jahr hatten wir schon einmal angefragt (Ihr Zeichen damals [[AZ:32/SN-2025-118]]), das ist aber liegen geblieben.
---
form_id=sondernutzung_v3 | ip=[[IP:84.150.207.33]] | ts=1776177281
""",
    keep=[
        "form_id=sondernutzung_v3",
        "Nachbarschaftsfest Kiefernweg/Ulmenweg",
        "Zimmerlautstärke",
        "Winterdienst",
        "ausschank=nein",
    ],
)

# 26 -- e-mail to the registry office
pii(
    "email",
    """
Von: [[P:Stella Adeyemi-Fischer]] <[[MAIL:stella.af@web.de]]>
An: standesamt@gelsenkirchen.de
Betreff: Internationale Geburtsurkunde – Ihr Zeichen [[AZ:GU 0448/26]]

Sehr geehrte Damen und Herren,

Sie hatten mir mit Schreiben vom 08.04. (Ihr Zeichen [[AZ:GU 0448/26]]) mitgeteilt, dass für die Ausstellung noch Angaben fehlen. Ich benötige für meine Eheschließung in Nigeria eine internationale Geburtsurkunde (mehrsprachig, nach dem CIEC-Übereinkommen).

Meine Daten: [[P:Stella Adeyemi-Fischer]], geboren am [[DOB:03.05.1994]] in [[LOC:Gelsenkirchen-Buer]]; Eltern: [[P:Olusegun Adeyemi]] und [[P:Birgit Adeyemi-Fischer]] geb. [[P:Fischer]]. Für die Identitätsprüfung: mein Personalausweis hat die Nummer [[ID:L7TY2CF91]].

Die Gebühr von 12 € habe ich bereits überwiesen (Verwendungszweck [[AZ:GU 0448/26]]). Bitte schicken Sie die Urkunde an meine aktuelle Anschrift: [[STR:Rüttenscheider Str. 190]], [[LOC:45131 Essen]].

Vielen Dank und freundliche Grüße
[[P:Stella Adeyemi-Fischer]]
[[TEL:0176 40938812]]
""",
    keep=[
        "standesamt@gelsenkirchen.de",
        "internationale Geburtsurkunde",
        "Verwendungszweck",
        "12 €",
        "CIEC-Übereinkommen",
    ],
)

# 27 -- letter, hearing in administrative fine proceedings
pii(
    "letter",
    """
Stadt Herne – Der Oberbürgermeister
Fachbereich Öffentliche Ordnung – Verkehrsüberwachung
Postfach 10 18 20, 44621 Herne

Frau
[[P:Agata Sobczak-Kremer]]
[[STR:Bahnhofstr. 150]]
[[LOC:44623 Herne]]

Bitte stets angeben: [[AZ:32.21.617403.8]]
Herne, 09.04.2026

Anhörung im Bußgeldverfahren

Tattag/Tatzeit: 02.04.2026, 16:47 Uhr
Tatort: Herne, Shamrockring 1, Höhe Kulturzentrum
Kennzeichen: [[KFZ:HER-AS 1103]]
Fahrzeug: VW Polo, rot

Sehr geehrte Frau [[P:Sobczak-Kremer]],

Ihnen wird vorgeworfen, als Führerin des o. g. Fahrzeugs weniger als 5 m vor einem Fußgängerüberweg geparkt zu haben (Tatbestandsnummer 112100). Beweismittel: Beweisfoto, Zeuge: Außendienst der Verkehrsüberwachung.

Es kommt ein Verwarnungsgeld von 35,00 € in Betracht. Wenn Sie nicht selbst gefahren sind, benennen Sie bitte auf der Rückseite die verantwortliche Person (Name, Vorname, Geburtsname, Geburtsdatum, Geburtsort, Anschrift).

Mit freundlichen Grüßen
Im Auftrag
[[P:Przybilla]]
Sachbearbeiter, Tel. [[TEL:02323 16-3390]]
""",
    keep=[
        "Postfach 10 18 20, 44621 Herne",
        "Shamrockring 1",
        "Tatbestandsnummer 112100",
        "Geburtsname",
        "Fußgängerüberweg",
    ],
)

# 28 -- ticket-system mail, online appointment booking
pii(
    "ticket_mail",
    """
Betreff: [BS-Ticket #[[AZ:88213]]] Termin storniert ohne Grund??

Ticketsystem Bürgerservice – neue Anfrage
Ticket-Nr.: [[AZ:88213]]
Kanal: Web
Kategorie: Online-Terminvergabe
Absender: [[MAIL:mustafa.bayram@googlemail.com]]
IP: [[IP:178.4.112.59]]
Name (Freitext): [[P:Mustafa Bayram]]

Nachricht:
hallo, ich hatte für montag 9:20 uhr einen termin für Führerschein-Umtausch gebucht (buchungscode [[AZ:Q7-KX3-PL]]), jetzt kam eine mail dass der termin storniert ist. meine frau [[P:sevgi]] hat für 9:40 gebucht und der ist noch da. wir wohnen [[STR:Westring 233]] in [[LOC:Bochum]]. bitte um rückruf [[TEL:0177 5529034]]

--- interne Notiz ([[P:Jennifer Olbrich]], 14.04.2026 10:12) ---
Doppelbuchung durch Systemfehler, siehe INC-2026-0388 (IT). Termin für Hr. [[P:Bayram]] wiederhergestellt, Kunde telefonisch informiert.
Status: gelöst
""",
    keep=[
        "INC-2026-0388",
        "Online-Terminvergabe",
        "Führerschein-Umtausch",
        "Doppelbuchung durch Systemfehler",
        "Status: gelöst",
    ],
)

# 29 -- Excel pasted as text, participants of an employment measure
pii(
    "excel_paste",
    "Teilnehmerliste Maßnahme „Perspektive 50plus Vest“ – Los 3\n"
    "Träger: Bildungszentrum Emscher-Lippe gGmbH – Maßnahme-Nr. 962/118/26 – Stand 31.03.2026\n"
    "\n"
    "Kd.-Nr.\tName\tVorname\tGeb.\tWohnort\tEintritt\tAustritt\tGrund\tIFK\n"
    "[[AZ:369D118204]]\t[[P:Schulz]]\t[[P:Rüdiger]]\t[[DOB:11.03.1970]]\t[[LOC:Datteln]]\t02.02.2026\t\taktiv\t[[P:Hübner]]\n"
    "[[AZ:369D215563]]\t[[P:Koç]]\t[[P:Hülya]]\t[[DOB:28.07.1971]]\t[[LOC:Waltrop]]\t02.02.2026\t13.03.2026\tArbeitsaufnahme\t[[P:Hübner]]\n"
    "[[AZ:369D308117]]\t[[P:Grabowski]]\t[[P:Edmund]]\t[[DOB:04.01.1968]]\t[[LOC:Datteln]]\t09.02.2026\t\taktiv\t[[P:Tekin]]\n"
    "[[AZ:369D401190]]\t[[P:Costa]]\t[[P:Maria da Graça]]\t[[DOB:21.09.1973]]\t[[LOC:Oer-Erkenschwick]]\t09.02.2026\t\taktiv\t[[P:Tekin]]\n"
    "[[AZ:369D402871]]\t[[P:Ivanova]]\t[[P:Svetlana]]\t[[DOB:15.12.1969]]\t[[LOC:Datteln]]\t16.02.2026\t20.02.2026\tNichtantritt/Sanktion prüfen\t[[P:Hübner]]\n"
    "\t\t\t\t\t\t\t\t\n"
    "Summe aktiv:\t3\t\t\t\t\t\t\t\n",
    keep=[
        "Perspektive 50plus Vest",
        "Bildungszentrum Emscher-Lippe gGmbH",
        "962/118/26",
        "Arbeitsaufnahme",
        "Nichtantritt/Sanktion prüfen",
    ],
)

# 30 -- tab-separated dunning list of the public library
pii(
    "tsv",
    "Stadtbibliothek – Mahnliste 3. Mahnung (Gebührenbescheid folgt) – Zweigstelle Hüls – 16.04.2026\n"
    "Leserausweis\tName\tAnschrift\tMedium\tStandort\tfällig seit\tGebühr €\n"
    "[[AZ:20418837]]\t[[P:Vogel, Annegret]]\t[[STR:Sickingmühler Str. 58]], [[LOC:45772 Marl]]\tGartenjahr für Einsteiger\tNgb 410\t02.03.2026\t12,50\n"
    "[[AZ:20511402]]\t[[P:Ilić, Marko]]\t[[STR:Lipper Weg 12]], [[LOC:45770 Marl]]\tTonie „Feuerwehrmann Sam“\tKinder Tonies\t05.03.2026\t9,00\n"
    "[[AZ:20377219]]\t[[P:Abou-Zeid, Nour]]\t[[STR:Hülsstraße 19]], [[LOC:45772 Marl]]\tPlanet Erde III (DVD)\tDVD Doku\t26.02.2026\t14,00\n"
    "[[AZ:20566031]]\t[[P:Szabó, Réka]]\t[[STR:Loestraße 7]], [[LOC:45768 Marl]]\tSprachkurs Deutsch A2 (Buch + CD)\tSpr 1.2\t09.03.2026\t8,00\n"
    "[[AZ:20590012]]\t[[P:Engel, Leonie]] (Kinderausweis, Haftung: [[P:Engel, Markus]])\t[[STR:Bachackerweg 3]], [[LOC:45772 Marl]]\tDie drei ??? – Band 212\tJug 4.3\t03.03.2026\t6,50\n"
    "\n"
    "Sperre der Leserausweise ab 3. Mahnung automatisch gesetzt. Rückfragen: bibliothek-huels@marl.de\n",
    keep=[
        "Zweigstelle Hüls",
        "Gebührenbescheid folgt",
        "Feuerwehrmann Sam",
        "Planet Erde III",
        "bibliothek-huels@marl.de",
    ],
)

# 31 -- semicolon CSV, music school direct debits
pii(
    "csv",
    """
# SEPA-Lastschrift April 2026 – Städtische Musikschule – Gläubiger-ID DE98ZZZ00000012345 – Fälligkeit 15.04.2026
mandatsref;schueler_name;schueler_vorname;geb;instrument;lehrkraft;kontoinhaber;iban;bic;betrag_monat;ermaessigung
[[AZ:MS-2024-0117]];[[P:Romano]];[[P:Giulia]];[[DOB:14.02.2013]];Violine;[[P:Petrenko]];[[P:Romano, Francesco]];[[IBAN:DE46 4265 0150 0561 1374 35]];WELADED1REK;48,00;Geschwister 10%
[[AZ:MS-2024-0118]];[[P:Romano]];[[P:Luca]];[[DOB:03.09.2015]];Klavier;[[P:Hansen-Obst]];[[P:Romano, Francesco]];[[IBAN:DE46 4265 0150 0561 1374 35]];WELADED1REK;48,00;Geschwister 10%
[[AZ:MS-2025-0342]];[[P:Kaczmarek]];[[P:Wiktoria]];[[DOB:22.10.2010]];Gesang;[[P:Petrenko]];[[P:Kaczmarek, Anna]];[[IBAN:DE13 4205 0001 3208 2105 13]];WELADED1GEK;52,00;
[[AZ:MS-2025-0390]];[[P:Tekin]];[[P:Eymen]];[[DOB:07.06.2014]];Bağlama;[[P:Aktaş]];[[P:Tekin, Murat]];[[IBAN:DE34 4405 0199 5523 1476 98]];DORTDE33XXX;52,00;
[[AZ:MS-2026-0011]];[[P:Schneider]];[[P:Clara]];[[DOB:30.01.2008]];Querflöte;[[P:Hansen-Obst]];[[P:Schneider, Clara]];[[IBAN:DE78 4266 1008 0598 0536 07]];GENODEM1MRL;56,00;volljährig, Selbstzahlerin
[[AZ:MS-2026-0019]];[[P:Okonjo]];[[P:Daniel]];[[DOB:18.08.2016]];Schlagzeug;N.N.;[[P:Okonjo, Blessing]];[[IBAN:PL14 1020 1055 0000 1234 5678 9012]];BPKOPLPW;44,00;Sozialpass 50%
# Summe: 6 Lastschriften, 300,00 EUR
""",
    keep=[
        "Gläubiger-ID DE98ZZZ00000012345",
        "WELADED1REK",
        "Geschwister 10%",
        "Bağlama",
        "volljährig, Selbstzahlerin",
    ],
)

# 32 -- fixed-width print list of the registration software
pii(
    "fixed_width",
    """
EWO-DRUCKLISTE 0815   VERSAND MELDEBESCHEINIGUNGEN (POST)              LAUF 16.04.2026 05:30
OM-KZ      NAME                  VORNAME           GEBDAT      ANSCHRIFT                                   ANZ
---------- --------------------- ----------------- ----------  ------------------------------------------- ---
[[AZ:0418837-2]]  [[P:GÜNDOĞDU]]              [[P:MERVE]]             [[DOB:12.04.1998]]  [[STR:ZECHENSTR. 14]] / [[LOC:45731 WALTROP]]                   1
[[AZ:0422019-7]]  [[P:PAWLOWSKI]]             [[P:DANIEL]]            [[DOB:30.09.1983]]  [[STR:AM MOSELBACH 3]] / [[LOC:45731 WALTROP]]                 2
[[AZ:0433512-0]]  [[P:EL AMRANI]]             [[P:YOUSSEF]]           [[DOB:02.02.1990]]  [[STR:HIRSCHKAMPSTR. 88 A]] / [[LOC:45731 WALTROP]]            1
[[AZ:0435190-4]]  [[P:VON BERG-SCHÄFER]]      [[P:CHRISTIANE]]        [[DOB:17.07.1955]]  [[STR:DORTMUNDER STR. 201]] / [[LOC:45731 WALTROP]]            1
[[AZ:0440001-9]]  [[P:NGUYEN]]                [[P:THI THU HA]]        [[DOB:05.11.2002]]  [[STR:RIPHAUSSTR. 31]], BEI [[P:TRAN]] / [[LOC:45731 WALTROP]]       1
---------- --------------------- ----------------- ----------  ------------------------------------------- ---
SUMME SENDUNGEN: 5   EXEMPLARE: 6   PORTO GESAMT: 4,75 EUR
WEITER AN: POSTSTELLE / KUVERTIERUNG        ERSTELLT DURCH: BATCH-USER EWO01
""",
    keep=[
        "EWO-DRUCKLISTE 0815",
        "VERSAND MELDEBESCHEINIGUNGEN",
        "KUVERTIERUNG",
        "LAUF 16.04.2026 05:30",
        "BATCH-USER EWO01",
    ],
)

# 33 -- JSON export of the defect reporter (report IDs about public space are not personal)
pii(
    "json_export",
    """
{
  "export": "maengelmelder",
  "zeitraum": {"von": "2026-04-01", "bis": "2026-04-07"},
  "meldungen": [
    {
      "id": "MM-26-05512",
      "kategorie": "Straßenschaden/Schlagloch",
      "ort": "Vinckestraße / Einmündung Bahnhofstraße",
      "geo": [51.5386, 7.2249],
      "melder": null,
      "zustaendig": "FB Tiefbau",
      "status": "in Bearbeitung"
    },
    {
      "id": "MM-26-05513",
      "kategorie": "Illegale Müllablagerung",
      "ort": "Parkplatz Freibad Südpark",
      "melder": {"name": "[[P:Jürgen Kraft]]", "email": "[[MAIL:juergen.kraft@gmx.de]]", "rueckmeldung_erwuenscht": true},
      "zustaendig": "Entsorgung Herne AöR",
      "status": "erledigt"
    },
    {
      "id": "MM-26-05519",
      "kategorie": "Defekte Straßenbeleuchtung",
      "ort": "Laternen-Nr. 14-077, Fußweg Emscherweg",
      "melder": {"name": "[[P:M. Pietsch]]", "telefon": "[[TEL:02325 7739814]]", "anmerkung": "wohne [[STR:Eickeler Str. 31]], direkt daneben, abends stockdunkel"},
      "zustaendig": "Stadtwerke Beleuchtung",
      "status": "beauftragt"
    },
    {
      "id": "MM-26-05530",
      "kategorie": "Wildplakatierung",
      "ort": "Unterführung Bahnhof Wanne-Eickel",
      "melder": {"name": "Hausmeisterteam Realschule Crange", "email": "hausmeister.crange@schulen-herne.de"},
      "zustaendig": "FB Öffentliche Ordnung",
      "status": "offen"
    },
    {
      "id": "MM-26-05534",
      "kategorie": "Spielplatz: Schaukel defekt",
      "ort": "Spielplatz Sonnenwiese",
      "melder": {"name": "Familie [[P:Aksoy]]", "email": "[[MAIL:aksoy.family@icloud.com]]"},
      "zustaendig": "FB Grün",
      "status": "gesperrt, Ersatzteil bestellt"
    }
  ],
  "erstellt_von": "[[P:hagedorn.s]]"
}
""",
    keep=[
        "MM-26-05512",
        "Laternen-Nr. 14-077",
        "hausmeister.crange@schulen-herne.de",
        "FB Tiefbau",
        "Spielplatz Sonnenwiese",
    ],
)

# 34 -- letter to a sole trader, business registration
pii(
    "letter",
    """
Stadt Hamm · Ordnungsamt · Gewerbeangelegenheiten
Theodor-Heuss-Platz 16 · 59065 Hamm

Herrn
[[P:Roberto Dal Bianco]]
Eiscafé Dolomiti
[[STR:Oststraße 51]]
[[LOC:59063 Hamm]]

Unser Zeichen: [[AZ:32.3-GA-2026/0781]]
Datum: 10.04.2026

Gewerbeanmeldung vom 31.03.2026 – Eingangsbestätigung

Sehr geehrter Herr [[P:Dal Bianco]],

wir bestätigen den Eingang Ihrer Gewerbeanmeldung (Betriebsstätte: [[STR:Oststraße 51]]; Tätigkeit: Eiscafé mit Außengastronomie; Beginn: 01.04.2026). Die Anzeige wurde gemäß § 14 GewO an das Finanzamt Hamm, die IHK zu Dortmund und das Eichamt weitergeleitet. Ihre im Formular angegebene Steuer-ID [[TAX:27396804714]] haben wir an das Finanzamt übermittelt.

Für die Außengastronomie auf dem Gehweg benötigen Sie zusätzlich eine Sondernutzungserlaubnis; das Aktenzeichen dafür wird gesondert vergeben. Bei Fragen zu Fördermöglichkeiten steht Ihnen unsere Wirtschaftsförderin Frau [[P:Lucia Brenner]] zur Verfügung (Tel. [[TEL:02381 17-4123]]).

Mit freundlichen Grüßen
Im Auftrag
gez. [[P:Timm]]
""",
    keep=[
        "Theodor-Heuss-Platz 16",
        "IHK zu Dortmund",
        "Finanzamt Hamm",
        "Eiscafé Dolomiti",
        "§ 14 GewO",
    ],
)

# 35 -- e-mail of a Kita head to parents
pii(
    "email",
    """
Von: Kita Pusteblume – Leitung <kita.pusteblume@stadt-herten.de>
An: Eltern Gruppe Igel (BCC)
Betreff: Info Gruppe Igel – Ausflug, Personal, Fundsachen

Liebe Eltern der Igelgruppe,

ein paar Infos vor dem langen Wochenende:

1. Ausflug zum Tierpark Bochum am 21.05.2026 – bitte bis 08.05. die Einverständniserklärung abgeben.
2. Personal: Ab 04.05. verstärkt Frau [[P:Agnieszka Malinowska]] unser Team (bisher Kita Spatzennest). Herr [[P:Fabian Koch]] ist ab Juni in Elternzeit – wir freuen uns mit ihm!
3. Fundsachen: Eine blaue Matschhose mit Namensschild „[[P:Emil K.]]“ und eine Brotdose ohne Namen liegen im Flur.
4. Geburtstage im Mai: [[P:Leni]], [[P:Yusuf]] und [[P:Mateo]] – Kuchen bitte vorher mit uns absprechen.

Leider ist meine letzte Mail versehentlich offen an alle gegangen (u. a. an [[MAIL:mehmet.oz82@hotmail.de]] und [[MAIL:familie.wrede@t-online.de]]). Bitte löscht sie; das kommt nicht wieder vor.

Bei Fragen meldet euch bei mir oder bei unserer Stellvertretung [[P:Kerstin Albers]].

Herzliche Grüße
[[P:Sabine Ruhrmann]]
Kita-Leitung, Büro: 02366 303-612
""",
    keep=[
        "Gruppe Igel",
        "Tierpark Bochum",
        "Kita Spatzennest",
        "kita.pusteblume@stadt-herten.de",
        "Elternzeit",
    ],
)

# 36 -- sign-in list of an internal first-aid training, personnel numbers
pii(
    "attendee_list",
    """
Teilnahmeliste – Erste-Hilfe-Fortbildung für betriebliche Ersthelfer/innen (9 UE)
Termin: 19.03.2026, 8:00–15:30 Uhr, Schulungsraum 1.12, Rathaus
Durchführung: DRK-Kreisverband, Ausbilder: Herr [[P:Mrozek]]

Nr | Name, Vorname           | Amt/Dienststelle           | Pers.-Nr. | Unterschrift
---+-------------------------+----------------------------+-----------+-------------
 1 | [[P:Albers, Nicole]]          | 10 Hauptamt                | [[AZ:004417]]    | [unterschr.]
 2 | [[P:Bulut, Orhan]]            | 20 Kämmerei                | [[AZ:007731]]    | [unterschr.]
 3 | [[P:Czarnecki, Ewa]]          | 32 Ordnungsamt             | [[AZ:011208]]    | [unterschr.]
 4 | [[P:Dietrich, Sven]]          | 37 Feuerwehr (Verwaltung)  | [[AZ:003390]]    | fehlt (krank)
 5 | [[P:Ekinci-Wolff, Leyla]]     | 51 Jugendamt, Kita Am Park | [[AZ:012874]]    | [unterschr.]
 6 | [[P:Fuchs, Rainer]]           | 66 Tiefbau, Bauhof         | [[AZ:002215]]    | [unterschr.]
 7 | [[P:Gerlach, Tim]]            | 40 Schulverwaltung         | [[AZ:013002]]    | [unterschr.]
 8 | [[P:Hamidi, Soraya]]          | 50 Soziales                | [[AZ:012019]]    | ab 10:15 (Termin)

Nachholtermin für Nr. 4: 16.04.2026. Die Bescheinigungen werden über die Personalentwicklung verteilt (personalentwicklung@stadt-gladbeck.de).
""",
    keep=[
        "DRK-Kreisverband",
        "Schulungsraum 1.12",
        "9 UE",
        "Amt/Dienststelle",
        "personalentwicklung@stadt-gladbeck.de",
    ],
)

# 37 -- minutes of a class conference about a pupil
pii(
    "minutes",
    """
Protokoll der Teilkonferenz (Klassenkonferenz) gem. § 53 Abs. 7 SchulG NRW
Anne-Frank-Realschule – Klasse 8c – 26.02.2026, 14:00–15:10 Uhr, Raum B 204
Schulinternes Zeichen: [[AZ:Ord-8c-2026-02]]

Anwesend:
Klassenleitung Frau [[P:Kocaman]] (Vorsitz), Herr [[P:Schiller]] (Mathematik), Frau [[P:Nowakowski]] (Englisch), Herr Dr. [[P:Felsmann]] (stellv. Schulleiter), Elternvertreter Herr [[P:Pohl]], Schülervertreterin [[P:Lara Steinhoff]] (8c)
Betroffener Schüler: [[P:Dominik Wrobel]], geb. [[DOB:09.10.2011]], wohnhaft in [[LOC:Gladbeck-Brauck]]
Erziehungsberechtigte: Frau [[P:Sandra Wrobel]] (anwesend); der Vater ist trotz Einladung nicht erschienen.

1. Sachverhalt
Am 12.02.2026 kam es in der großen Pause zu einer Auseinandersetzung, bei der ein Mitschüler leicht verletzt wurde. Herr [[P:Schiller]] hatte Pausenaufsicht und schildert den Ablauf.

2. Anhörung
[[P:Dominik]] räumt den Vorfall ein. Frau [[P:Wrobel]] weist auf die familiäre Belastung hin.

3. Beschluss
Ordnungsmaßnahme nach § 53 Abs. 3 Nr. 3 SchulG: vorübergehender Ausschluss vom Unterricht für drei Unterrichtstage (04.–06.03.2026). Abstimmung: 5 Ja, 0 Nein, 1 Enthaltung.

Protokoll: [[P:Nowakowski]]
""",
    keep=[
        "§ 53 Abs. 7 SchulG NRW",
        "Anne-Frank-Realschule",
        "Raum B 204",
        "Klasse 8c",
        "Ordnungsmaßnahme",
    ],
)

# 38 -- invitation mail with a long address list of committee members
pii(
    "distribution_list",
    """
Von: Ratsbüro <ratsbuero@marl.de>
An: [[P:Klaus-Peter Wendland]] <[[MAIL:kpwendland@t-online.de]]>; [[P:Hatice Erdem]] <[[MAIL:hatice.erdem@rat-marl.de]]>; [[P:Jörg Pawelczyk]] <[[MAIL:j.pawelczyk@rat-marl.de]]>; [[P:Annette Lohmann-Kies]] <[[MAIL:annette.lohmann-kies@gmx.de]]>; Dr. [[P:Yasemin Kurt]] <[[MAIL:ykurt@rat-marl.de]]>
Cc: spd-fraktion@marl.de; cdu-fraktion@marl.de; gruene-fraktion@marl.de; Schulamt <schulamt@marl.de>
Betreff: Einladung 9. Sitzung Ausschuss für Schule und Sport, 05.05.2026

Sehr geehrte Damen und Herren,

zur 9. Sitzung des Ausschusses für Schule und Sport am Dienstag, 05.05.2026, 17:00 Uhr, Sitzungssaal 2, lade ich Sie im Auftrag des Vorsitzenden, Herrn [[P:Wendland]], ein. Die Vorlagen (Drucksachen 2026/0112 bis 2026/0119) stehen im Ratsinformationssystem bereit.

Neu im Ausschuss begrüßen wir die sachkundige Bürgerin Frau [[P:Olga Brandt]]. Die Verwaltung wird durch den Beigeordneten Herrn Dr. [[P:Sebastian Kühn]] und die Schulamtsleiterin Frau [[P:Marion Pieper]] (Tel. [[TEL:02365 99-2301]]) vertreten.

Mit freundlichen Grüßen
im Auftrag
[[P:Lisa Gräfe]]
Ratsbüro
""",
    keep=[
        "ratsbuero@marl.de",
        "Drucksachen 2026/0112",
        "Ausschusses für Schule und Sport",
        "spd-fraktion@marl.de",
        "Sitzungssaal 2",
    ],
)

# 39 -- semicolon CSV, election workers with bank details
pii(
    "csv",
    """
Wahlvorstände Bürgerentscheid 14.06.2026 – Stand 10.04.2026 (Export Wahlhelferverwaltung)
WBZ;Funktion;Nachname;Vorname;Straße;PLZ;Wohnort;Telefon;E-Mail;IBAN Erfrischungsgeld;Bemerkung
0101;Wahlvorsteher;[[P:Hahn]];[[P:Gerhard]];[[STR:Am Bügel 7]];[[LOC:45659]];[[LOC:Recklinghausen]];[[TEL:02361 8834120]];;[[IBAN:DE93 4325 0030 0357 1199 65]];seit 2009 dabei
0101;stellv. Wahlvorsteher;[[P:Öztürk]];[[P:Serkan]];[[STR:Kemnastraße 12]];[[LOC:45657]];[[LOC:Recklinghausen]];[[TEL:0176 21148830]];[[MAIL:serkan.oeztuerk@posteo.de]];[[IBAN:DE13 4105 0095 0910 0228 96]];
0102;Schriftführerin;[[P:Kühn]];[[P:Mareike]];[[STR:Herner Straße 90]];[[LOC:45657]];[[LOC:Recklinghausen]];;[[MAIL:m.kuehn@stadt-re.de]];;städt. Bedienstete (Freizeitausgleich statt Erfrischungsgeld)
0102;Beisitzer;[[P:Ibrahim]];[[P:Ahmed]];[[STR:Grullbadstraße 55]];[[LOC:45661]];[[LOC:Recklinghausen]];[[TEL:0152 56901174]];;[[IBAN:DE72 3605 0105 5329 2388 34]];erstmals
0103;Wahlvorsteherin;[[P:Szymańska]];[[P:Beata]];[[STR:Bruchweg 23]];[[LOC:45663]];[[LOC:Recklinghausen]];[[TEL:02361 6619023]];;[[IBAN:DE11 4415 2370 0291 5264 29]];
0103;Beisitzerin;[[P:Weber]];[[P:Chantal]];[[STR:Lange Wanne 4]];[[LOC:45701]];[[LOC:Herten]];;[[MAIL:chantal.weber@web.de]];[[IBAN:DE78 4505 0001 0508 2518 90]];wohnt außerhalb, Schulung 02.06. bestätigt
""",
    keep=[
        "WBZ;Funktion;Nachname;Vorname",
        "Erfrischungsgeld",
        "Bürgerentscheid",
        "Wahlvorsteherin",
        "seit 2009 dabei",
    ],
)

# 40 -- Markdown table of trade registrations, sole traders mixed with companies
pii(
    "markdown_table",
    """
**Gewerbeanzeigen März 2026 (Auszug, Bezirk Nord)**

| Reg.-Nr. | Inhaber/in bzw. Firma | Betriebsstätte | Tätigkeit | Art |
|---|---|---|---|---|
| [[AZ:GA-2026-0301]] | [[P:Thanh Hương Lê]] (Einzelunternehmen) | Nagelstudio „Lotus Nails“, [[STR:Kirchstraße 4]] | Kosmetik | Anmeldung |
| GA-2026-0302 | Ruhrtal Logistik GmbH (HRB 14882, AG Essen) | Gewerbegebiet Am Kreuz 12 | Spedition | Anmeldung |
| [[AZ:GA-2026-0307]] | [[P:Jakub Sowa]] | Hausmeisterservice [[P:Sowa]], [[STR:Mühlenweg 3]] | Hausmeisterdienste | Anmeldung |
| GA-2026-0311 | Schreinerei Becker & Söhne GmbH & Co. KG | Industriestraße 40 | Tischlerei | Ummeldung (Erweiterung) |
| [[AZ:GA-2026-0315]] | [[P:Dilara Aksu]] e.K. ([[HR:HRA 7731]]) | [[P:Dilara Aksu]] Brautmode e.K., [[STR:Marktplatz 9]] | Einzelhandel Textil | Abmeldung |
| GA-2026-0318 | Kaiser Immobilien GmbH | Bahnhofstraße 100 | Immobilienverwaltung | Anmeldung |
| [[AZ:GA-2026-0322]] | [[P:Emeka Nwosu]] | mobil, Wohnsitz [[STR:Feldstraße 18]] | Reisegewerbe (Schmuck) | Anmeldung |

Nachrichtlich an: Finanzamt, IHK, Handwerkskammer, Berufsgenossenschaft.
""",
    keep=[
        "Ruhrtal Logistik GmbH",
        "HRB 14882",
        "Schreinerei Becker & Söhne GmbH & Co. KG",
        "Kaiser Immobilien GmbH",
        "GA-2026-0302",
    ],
)

# 41 -- fixed-width cemetery printout, expiring grave rights
pii(
    "fixed_width",
    """
FRIEDHOFSVERWALTUNG - ABLAUF VON NUTZUNGSRECHTEN 2026 - FRIEDHOF HOLTHAUSEN                 SEITE 1/1
RECHT-NR      GRABST.    ART           VERSTORBENE/R                NUTZUNGSBERECHTIGTE/R       ANSCHRIFT                                      ABLAUF
------------  ---------  ------------  ---------------------------  --------------------------  ---------------------------------------------  ----------
[[AZ:NR-1996-0412]]  C-04-012   WAHLGRAB      [[P:LEWANDOWSKI, STANISŁAW]]     [[P:LEWANDOWSKI, IRENA]]          [[STR:ZECHENWEG 3]], [[LOC:45881 GELSENKIRCHEN]]               31.05.2026
[[AZ:NR-2001-0088]]  A-11-003   URNENGRAB     [[P:HÖLSCHER, WILHELM]]          [[P:HÖLSCHER-ADAMS, KAREN]]       [[STR:14 MILL LANE]], [[LOC:NEWCASTLE UPON TYNE NE4 6XL]], UK   30.06.2026
[[AZ:NR-2006-0271]]  D-02-019   WAHLGRAB      [[P:ARSLAN, HASAN]]              [[P:ARSLAN, EMINE]]               [[STR:BOCHUMER STR. 77]], [[LOC:45886 GELSENKIRCHEN]]          30.09.2026
[[AZ:NR-1986-1120]]  B-07-001   FAMILIENGRAB  [[P:KAISER, HEINRICH]] U. [[P:KAISER, MARGARETE]]  [[P:KAISER, ULRICH]]  [[STR:AM HEIDEBERG 18]], [[LOC:46284 DORSTEN]]      31.12.2026
------------  ---------  ------------  ---------------------------  --------------------------  ---------------------------------------------  ----------
4 DATENSAETZE. BENACHRICHTIGUNG DER NUTZUNGSBERECHTIGTEN MIT FORMBLATT F-17 BIS 30.04.2026.
ANSPRECHPARTNER: HERR [[P:SCHWERTFEGER]], TEL. [[TEL:0209 169-5530]]; FRIEDHOFSBUERO: 0209 169-5500
""",
    keep=[
        "FRIEDHOF HOLTHAUSEN",
        "C-04-012",
        "FORMBLATT F-17",
        "URNENGRAB",
        "FRIEDHOFSBUERO: 0209 169-5500",
    ],
)

# 42 -- web-form export, lost property report with ID-card number
pii(
    "web_form",
    """
Online-Verlustanzeige Fundbüro – Eingang 11.04.2026 14:22
Vorgang: [[AZ:FB-V-2026-00733]]

Verlorener Gegenstand: Geldbörse, braun, Leder, Marke „Bugatti“
Inhalt: Personalausweis (Nr. [[ID:T2FK6RM07]]), Führerschein, EC-Karte Sparkasse, Gesundheitskarte, ca. 40 € Bargeld, Foto der Kinder
Verlustort (vermutet): Buslinie SB 20, zwischen Haltestelle Hauptbahnhof und Haltestelle Rathaus
Verlustzeit: 10.04.2026, ca. 17:30 Uhr

Angaben zur verlierenden Person
Name: [[P:Popović]]
Vorname: [[P:Jelena]]
Geburtsdatum: [[DOB:28.02.1983]]
Straße: [[STR:Steinstraße 14]]
PLZ/Ort: [[LOC:44575 Castrop-Rauxel]]
Telefon: [[TEL:02305 9927461]]
E-Mail: [[MAIL:jelena.popovic@gmail.com]]
Finderlohn-Verzicht: nein

Hinweis: Der Personalausweis wurde bereits im Bürgerbüro als verloren gemeldet (Sperrvermerk gesetzt).
Bei Fundeingang bitte Vorgang [[AZ:FB-V-2026-00733]] angeben.
""",
    keep=[
        "Buslinie SB 20",
        "Haltestelle Hauptbahnhof",
        "Finderlohn-Verzicht",
        "Sperrvermerk",
        "Bugatti",
    ],
)

# 43 -- form mailer, recycling centre booking
pii(
    "form_mailer",
    """
From: termine@kamen.de
To: wertstoffhof@kamen.de
Subject: Terminbuchung Wertstoffhof – neue Buchung [[AZ:WSH-N-20260425-017]]

------------------------------
buchungs_id=[[AZ:WSH-N-20260425-017]]
termin=2026-04-25 10:15
standort=Wertstoffhof Nord, Am Schlachthof 20
abfallart=Grünschnitt, Bauschutt (max. 1 m³)
vorname=[[P:Bernd]]
nachname=[[P:König]]
strasse=[[STR:Lindenallee 3]]
plz=[[LOC:59174]]
ort=[[LOC:Kamen]]
objekt_nr=[[AZ:0413-2210-07]]
kennzeichen=[[KFZ:UN-BK 1962]]
anhaenger=ja
email=[[MAIL:bernd.koenig@ewetel.net]]
telefon=
bemerkung=Komme mit Anhänger, Kennzeichen Anhänger [[KFZ:UN-BK 602]]. Nachbar [[P:Schulte]] bringt seinen Grünschnitt mit, ist das ok?
datenschutz=akzeptiert
------------------------------
""",
    keep=[
        "Wertstoffhof Nord, Am Schlachthof 20",
        "abfallart=Grünschnitt",
        "datenschutz=akzeptiert",
        "telefon=",
        "anhaenger=ja",
    ],
)

# 44 -- forwarded e-mail chain between two offices
pii(
    "email",
    """
Von: [[P:Nicole Brandenburg]] <[[MAIL:n.brandenburg@gladbeck.de]]>
Gesendet: Dienstag, 07.04.2026 11:03
An: Ausländerbehörde <auslaenderbehoerde@gladbeck.de>
Betreff: WG: Vorgang [[AZ:AB-26/1147]] – Meldebescheinigung
Anlagen: Meldebescheinigung_[[P:Abdullahi_Fatima]].pdf; [[AZ:AB-26-1147]]_Vermerk_Voranschriften.pdf

Hallo zusammen,

zur Info und zur Akte: Die erweiterte Meldebescheinigung für Frau [[P:Abdullahi]] ist erstellt (siehe Anlage). Sie wohnt seit 01.03. in der [[STR:Horster Str. 211]], vorher Landesaufnahmeeinrichtung. Bitte im Vorgang [[AZ:AB-26/1147]] vermerken.

Gruß
[[P:Nicole Brandenburg]]
Bürgerbüro, Durchwahl [[TEL:02043 99-2671]]

-----Ursprüngliche Nachricht-----
Von: [[P:Kerem Aydoğdu]] <[[MAIL:k.aydogdu@gladbeck.de]]>
Gesendet: Montag, 06.04.2026 15:40
An: Bürgerbüro <buergerbuero@gladbeck.de>
Betreff: Vorgang [[AZ:AB-26/1147]] – Meldebescheinigung

Liebe Kolleginnen und Kollegen,

für die Verlängerung der Aufenthaltserlaubnis von Frau [[P:Fatima Abdullahi]], geb. [[DOB:15.07.1992]] in [[LOC:Kano]], benötigen wir eine erweiterte Meldebescheinigung inkl. Voranschriften. Ordnungsmerkmal laut Vorsprache: [[AZ:0512233-1]]. Bitte ihre Tochter [[P:Aisha]] (geb. [[DOB:02.11.2020]]) mit aufnehmen.

Danke und viele Grüße
[[P:Kerem Aydoğdu]]
Ausländerbehörde
""",
    keep=[
        "auslaenderbehoerde@gladbeck.de",
        "buergerbuero@gladbeck.de",
        "erweiterte Meldebescheinigung",
        "Voranschriften",
        "Aufenthaltserlaubnis",
    ],
)

# 45 -- letter of the Jobcenter, numbers without any cue word
pii(
    "letter",
    """
Jobcenter Kreis Recklinghausen – Standort Datteln
Postfach 1120, 45701 Datteln

Herrn
[[P:Dariusz Kamiński]]
[[STR:Hafenstraße 8a]]
[[LOC:45711 Datteln]]

[[AZ:369D501337]] · [[AZ:36903BG0040211]]
Datteln, 08.04.2026

Einladung (Meldeaufforderung nach § 59 SGB II i. V. m. § 309 SGB III)

Sehr geehrter Herr [[P:Kamiński]],

bitte kommen Sie am Mittwoch, 22.04.2026, um 10:30 Uhr in das Jobcenter, Zimmer 1.14, zu Ihrer Integrationsfachkraft Frau [[P:Jovanović]]. Ich möchte mit Ihnen über Ihre berufliche Situation und das Stellenangebot als Lagerhelfer sprechen.

Bitte bringen Sie mit: diese Einladung, Ihren Personalausweis, Ihren aktuellen Lebenslauf.

Rechtsfolgenbelehrung: Kommen Sie ohne wichtigen Grund nicht zu diesem Termin, wird Ihr Bürgergeld für einen Monat um 10 Prozent des maßgebenden Regelbedarfs gemindert.

Mit freundlichen Grüßen
Im Auftrag
[[P:Jovanović]]
Telefon [[TEL:02363 5601-218]] (Durchwahl) · Service-Center 02361 40-1000
""",
    keep=[
        "§ 59 SGB II",
        "Rechtsfolgenbelehrung",
        "Zimmer 1.14",
        "Postfach 1120, 45701 Datteln",
        "Service-Center 02361 40-1000",
    ],
)

# 46 -- IT helpdesk ticket about a locked citizen record
pii(
    "ticket_mail",
    """
Von: IT-Servicedesk <it-servicedesk@stadt-bottrop.de>
An: [[P:Claudia Reinholz]] <[[MAIL:c.reinholz@stadt-bottrop.de]]>
Betreff: [INC-2026-0452] Datensatz im Einwohnerwesen gesperrt – Ihre Meldung

Guten Tag Frau [[P:Reinholz]],

Ihre Meldung wurde unter INC-2026-0452 erfasst (Priorität 2, Kategorie Fachverfahren OK.EWO).

Ihre Beschreibung:
"Beim Öffnen des Datensatzes [[P:Kovačević, Milan]], geb. [[DOB:19.01.1977]], OM [[AZ:0308812-5]], erscheint seit heute 'Datensatz durch anderen Benutzer gesperrt (USR: [[P:wessel.k]])'. Frau [[P:Wessel]] ist aber seit zwei Wochen im Urlaub. Der Bürger (zieht aus [[LOC:Castrop-Rauxel]] zu) sitzt vor mir und braucht dringend eine Meldebescheinigung."

Lösung/Workaround: Sperre durch 2nd Level entfernt. Ursache: abgebrochene Sitzung auf Terminalserver TS-07 (10.20.4.17). Verknüpft mit Problem PRB0004410.

Bearbeiter: [[P:Dennis Kraemer]], 2nd Level Fachverfahren
Dieses Ticket wird in 3 Tagen automatisch geschlossen, wenn Sie nicht antworten.
""",
    keep=["INC-2026-0452", "PRB0004410", "10.20.4.17", "OK.EWO", "it-servicedesk@stadt-bottrop.de"],
)

# 47 -- tab-separated export, textbook lending
pii(
    "tsv",
    "Lernmittelausleihe 2025/26 – offene Rückgaben – Städt. Gesamtschule Süd (Export 15.04.2026)\n"
    "Schüler-ID\tNachname\tVorname\tKlasse\tTitel\tInventar-Nr.\tZustand\tErsatzforderung €\n"
    "[[AZ:S-10233]]\t[[P:Ahmeti]]\t[[P:Bujar]]\t7b\tLambacher Schweizer 7\tLM-0045512\tfehlt\t24,95\n"
    "[[AZ:S-10251]]\t[[P:Becker]]\t[[P:Lotta]]\t7b\tGreen Line 3\tLM-0047720\tWasserschaden\t19,50\n"
    "[[AZ:S-09877]]\t[[P:Winkler]]\t[[P:Finn]]\t9a\tPhysik plus 9/10\tLM-0039018\tfehlt\t27,00\n"
    "[[AZ:S-09912]]\t[[P:Nguyen]]\t[[P:Bảo Châu]]\t9a\tPhysik plus 9/10\tLM-0039044\tfehlt\t27,00\n"
    "[[AZ:S-11004]]\t[[P:Pérez Molina]]\t[[P:Sofía]]\t5d\tDeutschbuch 5\tLM-0051237\tbeschmiert\t12,00\n"
    "[[AZ:S-10233]]\t[[P:Ahmeti]]\t[[P:Bujar]]\t7b\tGreen Line 3\tLM-0047731\tfehlt\t19,50\n"
    "\n"
    "Zahlungsaufforderungen gehen an die Erziehungsberechtigten; mit Familie [[P:Ahmeti]] ist Ratenzahlung vereinbart.\n",
    keep=[
        "Lambacher Schweizer 7",
        "LM-0045512",
        "Green Line 3",
        "Wasserschaden",
        "Ersatzforderung",
    ],
)

# 48 -- Excel pasted as text, death registrations (dates of death are not personal here)
pii(
    "excel_paste",
    "Beurkundungen Sterbefälle KW 15 – Standesamt (aus Excel kopiert)\n"
    "Reg.-Nr.\tName\tVorname(n)\tGeburtsname\tgeb. am\tGeburtsort\tletzter Wohnort\tSterbedatum\tSterbeort\tAnzeige durch\n"
    "[[AZ:S 0412/2026]]\t[[P:Wolff]]\t[[P:Heinz Dieter]]\t–\t[[DOB:03.06.1938]]\t[[LOC:Königsberg]]\t[[LOC:Herten-Disteln]]\t02.04.2026\tSt. Elisabeth-Hospital\tBestattungshaus Schmitz GmbH\n"
    "[[AZ:S 0413/2026]]\t[[P:Yavuz]]\t[[P:Fadime]]\t[[P:Çakır]]\t[[DOB:12.11.1949]]\t[[LOC:Sivas]]\t[[LOC:Herten-Scherlebeck]]\t03.04.2026\tSt. Elisabeth-Hospital\tSohn: [[P:Yavuz, Orhan]]\n"
    "[[AZ:S 0415/2026]]\t[[P:Nowak]]\t[[P:Helena]]\t[[P:Wróbel]]\t[[DOB:27.01.1931]]\t[[LOC:Bytom]]\t[[LOC:Herten-Westerholt]]\t04.04.2026\tSeniorenzentrum Haus Ewald\tBestattungen Ahrens & Sohn GmbH\n"
    "[[AZ:S 0418/2026]]\t[[P:Engel]]\t[[P:Walter]]\t–\t[[DOB:15.09.1944]]\t[[LOC:Recklinghausen]]\t[[LOC:Herten-Mitte]]\t06.04.2026\tin der Wohnung\tTochter: [[P:Engel-Drießen, Petra]]\n"
    "[[AZ:S 0419/2026]]\t[[P:Pereira]]\t[[P:António José]]\t–\t[[DOB:08.08.1952]]\t[[LOC:Porto]]\t[[LOC:Herten-Langenbochum]]\t06.04.2026\tBergmannsheil Buer\tBestattungshaus Schmitz GmbH\n"
    "\t\t\t\t\t\t\t\t\t\n"
    "Urkunden (je 3 Ausf.) an Anzeigende; Mitteilung an Meldebehörde, Nachlassgericht und Finanzamt erfolgt.\n",
    keep=[
        "Bestattungshaus Schmitz GmbH",
        "St. Elisabeth-Hospital",
        "Seniorenzentrum Haus Ewald",
        "Sterbeort",
        "Bergmannsheil Buer",
    ],
)

# 49 -- winter service stand-by roster; weather words are also surnames
pii(
    "roster",
    """
Rufbereitschaftsplan Winterdienst – Winter 2025/26 – Betriebshof Süd
Gültig ab 01.11.2025. Alarmierung durch die Glättemeldeanlage bzw. die Leitstelle; bei Frost ab 3:00 Uhr Kontrollfahrt, bei Sturm zusätzlich Baumkontrolle mit Grünflächenamt.

KW   Einsatzleitung        Streufahrer 1          Streufahrer 2          Handkolonne            Mobil Einsatzleitung
45   [[P:Winter, Lars]]          [[P:Hoxha, Driton]]          [[P:Szymczak, Piotr]]        [[P:Frost, Melanie]]         [[TEL:0175 2290418]]
46   [[P:Sturm, Kevin]]          [[P:Aydemir, Cengiz]]        [[P:Lange, Olaf]]            [[P:Osagie, Efe]]            [[TEL:0151 64420973]]
47   [[P:Winter, Lars]]          [[P:Lange, Olaf]]            [[P:Hoxha, Driton]]          [[P:Frost, Melanie]]         [[TEL:0175 2290418]]
48   [[P:Sturm, Kevin]]          [[P:Szymczak, Piotr]]        [[P:Aydemir, Cengiz]]        [[P:Osagie, Efe]]            [[TEL:0151 64420973]]
49   [[P:Pohlmann, Reiner]]      [[P:Hoxha, Driton]]          [[P:Lange, Olaf]]            [[P:Frost, Melanie]]         [[TEL:0160 91182736]]
50   [[P:Winter, Lars]]          [[P:Aydemir, Cengiz]]        [[P:Szymczak, Piotr]]        [[P:Osagie, Efe]]            [[TEL:0175 2290418]]

Tausch nur nach Absprache mit der Betriebsleitung; Eintrag im Schichtbuch nicht vergessen.
Salzvorrat Halle 2: 480 t (Stand 27.10.2025).
""",
    keep=["Winter 2025/26", "bei Frost", "Betriebshof Süd", "Glättemeldeanlage", "bei Sturm"],
    allow=("Winter", "Frost", "Sturm"),
)

# 50 -- sign-up list of the mayor's citizens' consultation hour
pii(
    "attendee_list",
    """
Bürgersprechstunde des Oberbürgermeisters – Donnerstag, 30.04.2026, 16–18 Uhr, Rathaus, Zimmer 201
Anmeldungen (Büro OB, Stand 27.04.2026)

Zeit  | Name                                   | Stadtteil              | Anliegen                                          | Rückruf               | vorbereitet durch
16:00 | Frau [[P:Gül Şimşek]]                        | [[LOC:Hamm-Herringen]]         | Lärm am Spielplatz Lippepark                      | [[TEL:0157 80311264]]       | FB Grün
16:15 | Herr [[P:Wilfried Sauer]]                    | [[LOC:Hamm-Bockum-Hövel]]      | Grundsteuerbescheid, Kassenzeichen [[AZ:4.1200.33817.2]] | [[TEL:02381 442109]]        | Kämmerei
16:30 | Eheleute [[P:Ahmed]] und [[P:Sabah Al-Jabouri]]    | [[LOC:Hamm-Uentrop]]           | Kita-Platz für Tochter [[P:Maryam]]                | [[TEL:0176 55093318]]       | FB Jugend
16:45 | Herr [[P:Tobias Vogel]] (Bürgerinitiative „Rettet den Stadtwald“) | [[LOC:Hamm-Mitte]] | Baumfällungen im Stadtwald        | über BI               | FB Grün
17:00 | frei
17:15 | Frau [[P:Ewelina Zawadzka]]                  | [[LOC:Werne]] (Zuzug geplant)  | Wohnberechtigungsschein                           | [[MAIL:e.zawadzka@o2mail.de]] | FB Wohnen
17:30 | Herr [[P:Uwe Sauer]]                         | [[LOC:Hamm-Bockum-Hövel]]      | gleiche Sache wie Vater, gemeinsam mit 16:15      | –                     | Kämmerei
""",
    keep=[
        "Zimmer 201",
        "Lippepark",
        "Bürgerinitiative „Rettet den Stadtwald“",
        "17:00 | frei",
        "FB Grün",
    ],
)

# 51 -- minutes of a Kita parents' council
pii(
    "minutes",
    """
Protokoll der Elternbeiratssitzung – Städt. Kita Kunterbunt
17.03.2026, 19:30–21:00 Uhr, Turnraum

Anwesend:
Elternbeirat: [[P:Jennifer Kowalski]] (Vorsitz, Gruppe Bären), [[P:Amir Haddad]] (Gruppe Bären), [[P:Lucia Ferrante]] (Gruppe Mäuse), [[P:Nils Brinkmann]] (Gruppe Frösche)
Kita: Frau [[P:Heike Schwarz]] (Leitung), Frau [[P:Derya Uçar]] (stellv. Leitung)
Abwesend: [[P:Tatjana Müller-Born]] (Gruppe Mäuse, entschuldigt); zweite Vertretung Gruppe Frösche unbesetzt

TOP 1 Personalsituation
Frau [[P:Schwarz]] berichtet: Zwei Stellen sind seit Januar unbesetzt, ab April kommt eine Berufspraktikantin. Die verkürzten Öffnungszeiten (bis 15:00 Uhr) bleiben bis Ostern bestehen.

TOP 2 Verpflegung
Mehrere Eltern haben sich über das Mittagessen des Caterers Menü-Manufaktur Ruhr GmbH beschwert. Frau [[P:Ferrante]] sammelt die Rückmeldungen bis 31.03.; Frau [[P:Uçar]] klärt einen Probeessen-Termin.

TOP 3 Einzelfall Beitragsbefreiung
Familie [[P:Haddad]] hat einen Härtefallantrag gestellt (Beitragskonto [[AZ:51-0733-19]]). Herr [[P:Haddad]] verlässt für diesen TOP den Raum. Der Elternbeirat unterstützt den Antrag einstimmig.

TOP 4 Termine
Sommerfest am 04.07.2026, Laternenumzug am 11.11.2026; Aushang folgt am Schwarzen Brett.

Protokoll: [[P:Nils Brinkmann]]
""",
    keep=[
        "Kita Kunterbunt",
        "Menü-Manufaktur Ruhr GmbH",
        "Schwarzen Brett",
        "Gruppe Bären",
        "Laternenumzug",
    ],
)

# 52 -- JSON export of noise complaints
pii(
    "json_export",
    """
[
  {
    "vorgang": "[[AZ:OA-LB-2026-0091]]",
    "eingang": "2026-03-28T23:48:10",
    "kanal": "Telefon Nachtdienst",
    "beschwerdefuehrer": {"name": "[[P:Kühne, Wolfgang]]", "anschrift": "[[STR:Hochstraße 12, 2. OG]]", "telefon": "[[TEL:0209 8817720]]"},
    "betroffen": {"anschrift": "[[STR:Hochstraße 12, 1. OG links]]", "bewohner": "[[P:Osei-Mensah, Kofi]] (lt. Klingelschild)"},
    "art": "Musik/Party",
    "massnahme": "KOD vor Ort 00:20 Uhr, Ermahnung",
    "einsatzkraefte": ["KOD 3", "KOD 7"],
    "vorgaenge_vorher": ["[[AZ:OA-LB-2026-0044]]", "[[AZ:OA-LB-2025-1187]]"],
    "sachbearbeitung": "[[P:Tetzlaff]]"
  },
  {
    "vorgang": "[[AZ:OA-LB-2026-0096]]",
    "eingang": "2026-04-02T07:15:33",
    "kanal": "Onlineformular",
    "beschwerdefuehrer": {"name": "[[P:Ramona Pielorz]]", "email": "[[MAIL:ramona.pielorz@web.de]]", "anschrift": "[[STR:Grenzstraße 88]]"},
    "betroffen": {"anschrift": "[[STR:Grenzstraße 90]]", "bewohner": "Nachbarn (Name unbekannt), Hund bellt tagsüber stundenlang"},
    "art": "Tierlärm",
    "massnahme": "Anhörungsschreiben an Halter nach Ermittlung über Hundesteuer",
    "einsatzkraefte": [],
    "vorgaenge_vorher": [],
    "sachbearbeitung": "[[P:Tetzlaff]]"
  }
]
""",
    keep=["Telefon Nachtdienst", "KOD 3", "Musik/Party", "Onlineformular", "Tierlärm"],
)

# 53 -- web-form export, personnel questionnaire with tax and social security numbers
pii(
    "web_form",
    """
Personalfragebogen Neueinstellung – Online-Eingang Bewerbermanagement
Stellenausschreibung: Kennziffer 2026/041 – Sachbearbeitung Elterngeld (EG 9a TVöD)
Bewerber-ID: [[AZ:B-2026-041-0017]]

Anrede: Frau
Familienname: [[P:Dąbek]]
Geburtsname: [[P:Szulc]]
Vorname: [[P:Vanessa]]
Geburtsdatum: [[DOB:23.08.1991]]
Geburtsort: [[LOC:Gliwice]]
Staatsangehörigkeit: deutsch, polnisch
Anschrift: [[STR:Kaiserstraße 54]], [[LOC:44135 Dortmund]]
Telefon (mobil): [[TEL:0172 6093317]]
E-Mail privat: [[MAIL:vanessa.dabek@gmx.de]]
Steuer-Identifikationsnummer: [[TAX:65 324 820 714]]
Steuerklasse: IV, Kinderfreibeträge: 1,0
Sozialversicherungsnummer: [[RV:65 230891 S 57 5]]
Krankenkasse: AOK NordWest
Bankverbindung: [[IBAN:DE02 4325 0030 4533 3147 89]], Kontoinhaberin: [[P:Vanessa Dąbek]]
Schwerbehinderung: nein
Dienstantritt: 01.06.2026

Bearbeitung Personalamt: Frau [[P:Oettinger]], Tel. [[TEL:0231 50-24417]], personalservice@stadtdo.de
""",
    keep=[
        "Kennziffer 2026/041",
        "EG 9a TVöD",
        "AOK NordWest",
        "Steuerklasse: IV",
        "personalservice@stadtdo.de",
    ],
)

# 54 -- letter of the registry office, foreign birthplaces
pii(
    "letter",
    """
Stadt Bochum · Standesamt
Willy-Brandt-Platz 2–6 · 44777 Bochum

Herrn [[P:Volodymyr Savchenko]]
und Frau [[P:Karolina Wrona]]
[[STR:Wittener Straße 301]]
[[LOC:44803 Bochum]]

Ihr Zeichen: Anmeldung per E-Mail vom 12.03.2026
Unser Zeichen: [[AZ:StA-E 0397/2026]]
Bochum, 02.04.2026

Anmeldung zur Eheschließung – Terminbestätigung

Sehr geehrter Herr [[P:Savchenko]], sehr geehrte Frau [[P:Wrona]],

die Prüfung Ihrer Anmeldung ist abgeschlossen. Für Herrn [[P:Savchenko]], geboren in [[LOC:Odesa]], liegt die Befreiung von der Beibringung des Ehefähigkeitszeugnisses durch den Präsidenten des OLG Hamm vor (Az. [[AZ:35 E 1412/25]]). Frau [[P:Wrona]], geboren in [[LOC:Wrocław]], hat alle Unterlagen vollständig vorgelegt.

Ihr Trautermin: Freitag, 29.05.2026, 13:00 Uhr, Trauzimmer im Haus Kemnade.
Als Ehename haben Sie „[[P:Savchenko-Wrona]]“ für Frau [[P:Wrona]] bestimmt; Herr [[P:Savchenko]] behält seinen Namen.

Die Gebühr von 90,00 € überweisen Sie bitte unter Angabe des Kassenzeichens [[AZ:5.0330.260397.1]].

Mit freundlichen Grüßen
Im Auftrag
[[P:Kühnapfel]]
Standesbeamtin
""",
    keep=[
        "Willy-Brandt-Platz 2–6",
        "Haus Kemnade",
        "Ehefähigkeitszeugnisses",
        "OLG Hamm",
        "Trautermin",
    ],
)

# 55 -- e-mail of a school office to the school authority
pii(
    "email",
    """
Von: Sekretariat Grundschule Am Park <sekretariat@gs-am-park.bergkamen.de>
An: schulamt@kreis-unna.de
Cc: Frau [[P:Ilse Hollweg]] <[[MAIL:i.hollweg@kreis-unna.de]]>
Betreff: Neuaufnahme Seiteneinsteigerin Klasse 3 – Bitte um Sprachförderstunden

Sehr geehrte Frau [[P:Hollweg]],

wir haben heute die Schülerin [[P:Anastasiia Kravchuk]], geb. [[DOB:11.09.2017]] in [[LOC:Saporischschja]], in die Klasse 3b aufgenommen (Schülernummer [[AZ:4711-26-033]]). Die Familie wohnt seit März in [[LOC:Bergkamen-Rünthe]]. [[P:Anastasiia]] besuchte zuletzt die Schule Nr. 27 in [[LOC:Saporischschja]] (Klasse 2), danach ein Jahr Online-Unterricht.

Die Mutter, Frau [[P:Lilija Kravchuk]], ist unter [[TEL:0157 33108846]] erreichbar; für Gespräche übersetzt Herr [[P:Oleksandr Bilyk]] aus der Nachbarschaft.

Wir bitten um Zuweisung von Sprachförderstunden (DaZ) ab dem zweiten Schulhalbjahr.

Mit freundlichen Grüßen
[[P:Petra Hülsmann]]
Schulsekretärin
""",
    keep=[
        "schulamt@kreis-unna.de",
        "Seiteneinsteigerin",
        "Schule Nr. 27",
        "Sprachförderstunden",
        "Online-Unterricht",
    ],
)

# 56 -- semicolon CSV with quoted fields, towing measures
pii(
    "csv",
    """
Abschleppmaßnahmen März 2026 – Ordnungsamt / Verkehrsüberwachung – Auswertung für Kostenbescheide
"Vorgang";"Datum";"Kennzeichen";"Halter";"Halteranschrift";"Grund";"Unternehmen";"Kosten";"bezahlt"
"[[AZ:AM-26-0101]]";"03.03.2026";"[[KFZ:HA-ZK 221]]";"[[P:Zorlu, Kenan]]";"[[STR:Haldener Str. 12]], [[LOC:58093 Hagen]]";"Feuerwehrzufahrt";"Abschleppdienst Kemper GmbH";"187,50";"ja"
"[[AZ:AM-26-0107]]";"06.03.2026";"[[KFZ:EN-RT 77]]";"[[P:Roth, Tanja]]";"[[STR:Breite Straße 4]], [[LOC:58332 Schwelm]]";"Behindertenparkplatz";"Abschleppdienst Kemper GmbH";"187,50";"nein"
"[[AZ:AM-26-0112]]";"11.03.2026";"[[KFZ:HA-LG 1408]]";"[[P:Łagoda, Grzegorz]]";"[[STR:Buscheystraße 40]], [[LOC:58089 Hagen]]";"Baustelle/Halteverbot";"Autodienst Ruhr-Volme GmbH";"212,00";"ja"
"[[AZ:AM-26-0119]]";"14.03.2026";"[[KFZ:MK-A 3095]]";"[[P:Adamu, Ibrahim]]";"[[STR:Lennestraße 8]], [[LOC:58762 Altena]]";"Feuerwehrzufahrt";"Abschleppdienst Kemper GmbH";"187,50";"Widerspruch"
"[[AZ:AM-26-0120]]";"14.03.2026";"[[KFZ:HA-DF 5]]";"[[P:Fontana, Davide]]";"[[STR:Elbersufer 2]], [[LOC:58095 Hagen]]";"Markttag";"Autodienst Ruhr-Volme GmbH";"162,00";"ja"
"[[AZ:AM-26-0126]]";"20.03.2026";"NL [[KFZ:2-XLP-81]]";"[[P:de Vries, Anouk]]";"[[STR:Prinsengracht 112]], [[LOC:1015 EA Amsterdam]]";"Feuerwehrzufahrt";"Abschleppdienst Kemper GmbH";"187,50";"Mahnung"
""",
    keep=[
        "Abschleppdienst Kemper GmbH",
        "Autodienst Ruhr-Volme GmbH",
        "Feuerwehrzufahrt",
        "Behindertenparkplatz",
        "Kostenbescheide",
    ],
)

# 57 -- fixed-width payment list; the landlord's IBAN is a company's
pii(
    "fixed_width",
    """
JOBCENTER HAMM - ZAHLUNGSLISTE MANUELLE NACHZAHLUNGEN - ZAHLTAG 17.04.2026                  BLATT 1
LFD  BG-NR           EMPFAENGER/IN                    IBAN                             BETRAG  VERWENDUNGSZWECK
---- --------------- -------------------------------- ------------------------------ -------- ----------------------------------
001  [[AZ:38103BG0011920]]  [[P:ÇELIK, HAVVA]]                     [[IBAN:DE62 4265 0150 3288 0407 23]]     318,40  NZ KDU 02/2026 [[AZ:38103BG0011920]]
002  [[AZ:38103BG0015547]]  [[P:MOHAMMADI, REZA]]                  [[IBAN:DE04 4405 0199 8625 5118 48]]     112,00  NZ MEHRBEDARF 03/2026 [[AZ:38103BG0015547]]
003  [[AZ:38103BG0009983]]  [[P:KRÜGER, DANIEL]]                   [[IBAN:DE94 4205 0001 7333 1138 79]]      54,17  NZ REGELBEDARF KIND 03/2026
004  [[AZ:38103BG0020011]]  [[P:ADEBAYO, FOLAKE]]                  [[IBAN:DE02 4505 0001 8113 5119 71]]     401,00  NZ KDU 01-03/2026
005  [[AZ:38103BG0017702]]  WOHNUNGSBAU HAMM EG (VERMIETER)  DE18 4306 0967 8147 8158 06     655,00  MIETE 04/2026 [[P:STEFANESCU, IOAN-MARIAN]]
---- --------------- -------------------------------- ------------------------------ -------- ----------------------------------
SUMME                                                                                 1.540,57
ZWEITE UNTERSCHRIFT (VIER-AUGEN-PRINZIP): [[P:KLEINEBERG]]         ZAHLSTELLE: FINANZBUCHHALTUNG / ERP
""",
    keep=[
        "ZAHLUNGSLISTE MANUELLE NACHZAHLUNGEN",
        "WOHNUNGSBAU HAMM EG (VERMIETER)",
        "DE18 4306 0967 8147 8158 06",
        "VIER-AUGEN-PRINZIP",
        "NZ REGELBEDARF KIND 03/2026",
    ],
)

# 58 -- Markdown table, emergency shelter occupancy
pii(
    "markdown_table",
    """
#### Belegungsliste Übergangsheim Hafenstraße – Stand 14.04.2026 (intern, Fachstelle Wohnungsnotfälle)

| Zimmer | Fall-Nr. | Name | geb. | zuletzt wohnhaft | seit | Kostenträger | Bemerkung |
|---|---|---|---|---|---|---|---|
| 1.01 | [[AZ:WN-26-014]] | [[P:Krawczyk, Janusz]] | [[DOB:12.05.1966]] | [[LOC:Gdańsk]], zuvor [[LOC:Wanne-Eickel]] | 03.01.2026 | Jobcenter | Suchtberatung angebunden |
| 1.02 | [[AZ:WN-25-233]] | [[P:BERGER, Timo]] | [[DOB:30.11.1989]] | [[LOC:Castrop-Rauxel]] | 17.11.2025 | Jobcenter | Räumungsklage, Wohnung in Aussicht |
| 1.03 | – | – | – | – | – | – | frei ab 15.04. |
| 2.01 | [[AZ:WN-26-051]] | [[P:Ali, Hamid]] u. [[P:Ali, Sanaa]] + 2 Kinder | [[DOB:01.01.1987]] / [[DOB:14.03.1991]] | [[LOC:Herne-Holsterhausen]] | 22.02.2026 | Sozialamt (SGB XII) | Familienzimmer |
| 2.02 | [[AZ:WN-26-060]] | [[P:Moldovan, Florin]] | [[DOB:19.07.1975]] | [[LOC:Cluj-Napoca]] | 09.03.2026 | Selbstzahler (Arbeit Fleischbetrieb) | Sprachmittlung Rumänisch |
| 2.03 | [[AZ:WN-24-197]] | [[P:Sanders, Heike]] | [[DOB:06.06.1962]] | [[LOC:Herne-Baukau]] | 02.09.2024 | Sozialamt (SGB XII) | Betreuerin: RAin [[P:Vollmer]] |

Belegung: 6 von 7 Plätzen (ohne Kinder). Hausmeisterdienst (rund um die Uhr): 02323 16-4099.
""",
    keep=[
        "Übergangsheim Hafenstraße",
        "Fachstelle Wohnungsnotfälle",
        "Sozialamt (SGB XII)",
        "frei ab 15.04.",
        "Familienzimmer",
    ],
)

# 59 -- distribution mail of the mayor's office, birthday and wedding jubilees
pii(
    "distribution_list",
    """
Von: Büro des Bürgermeisters <buergermeister@waltrop.de>
An: Verteiler Jubilarehrungen
    Bezirksvertretung Nord – Herr [[P:Alfons Tewes]]
    Seniorenbeirat – Frau [[P:Hildegard Pöppinghaus]]
    Pressestelle – presse@waltrop.de
    Fahrdienst – fahrdienst@waltrop.de
Betreff: Alters- und Ehejubiläen Mai 2026

Liebe Kolleginnen und Kollegen, liebe Ehrenamtliche,

anbei die Jubilare im Mai (Auskunftssperren geprüft; Presse nur, wo „Presse: ja“ vermerkt ist):

90. Geburtstag
- [[P:Elfriede Brockhoff]], geb. [[DOB:04.05.1936]], [[STR:Hochstraße 31]] – Besuch durch Herrn [[P:Tewes]], Presse: nein
- [[P:Stanisław Wierzbicki]], geb. [[DOB:27.05.1936]], wohnt bei der Tochter, [[STR:Dortmunder Str. 140]] – Presse: ja

100. Geburtstag
- [[P:Anna Lubczyk]], geb. [[DOB:19.05.1926]], [[STR:Leveringhauser Str. 12]] – Besuch durch den Bürgermeister persönlich, 11:00 Uhr

Goldene Hochzeit (Hochzeitstag 14.05.1976)
- Eheleute [[P:Rüdiger]] und [[P:Gabriele Tenhagen]], [[STR:Am Moselbach 22]] – Presse: ja

Diamantene Hochzeit (Hochzeitstag 21.05.1966)
- Eheleute [[P:Mustafa]] und [[P:Hatice Kılıç]], [[STR:Riphausstraße 5]] – Glückwunschkarte zweisprachig

Blumen bitte wie immer bei Gärtnerei Overkamp bestellen.

Mit freundlichen Grüßen
[[P:Jana Lüke]]
Büro des Bürgermeisters, Tel. [[TEL:02309 930-212]]
""",
    keep=[
        "Verteiler Jubilarehrungen",
        "presse@waltrop.de",
        "Hochzeitstag 14.05.1976",
        "Gärtnerei Overkamp",
        "Auskunftssperren geprüft",
    ],
)

# 60 -- semicolon CSV of grant applications of associations; only the contact persons are personal
pii(
    "csv",
    """
Sportförderung 2026 – Anträge auf Zuschüsse für Übungsleiter (Eingang bis 31.03.2026)
Antrag;Verein;VR-Nr.;Ansprechperson;Funktion;Privatanschrift;Telefon;E-Mail;beantragt €
SF-2026-014;TuS Eintracht 1911 e.V.;VR 1182;[[P:Hendrik Overbeck]];1. Vorsitzender;[[STR:Birkenweg 7]], [[LOC:45739 Oer-Erkenschwick]];[[TEL:02368 551092]];info@tus-eintracht1911.de;3.200,00
SF-2026-015;Türkischer Sportverein Gençlerbirliği e.V.;VR 2046;[[P:Orhan Kılınç]];Kassenwart;[[STR:Ewaldstraße 140]], [[LOC:45739 Oer-Erkenschwick]];[[TEL:0176 93317702]];[[MAIL:o.kilinc@web.de]];2.850,00
SF-2026-017;Schachfreunde Königsspringer e.V.;VR 0977;Dr. [[P:Bernhard Fuchs]];Jugendwart;[[STR:Am Stimberg 3]], [[LOC:45739 Oer-Erkenschwick]];;jugend@koenigsspringer-oe.de;600,00
SF-2026-019;Kampfsportschule Ruhr Dragons e.V.;VR 2231;[[P:Nguyen Van Hai]];Trainer;[[STR:Halterner Straße 61]], [[LOC:45657 Recklinghausen]];[[TEL:0157 20984471]];[[MAIL:vanhai.nguyen@gmx.de]];1.900,00
SF-2026-021;Frauensportgruppe „Aktiv 50plus“ (nicht eingetragen);–;[[P:Renate Kaiser-Lühr]];Sprecherin;[[STR:Stimbergstraße 200]], [[LOC:45739 Oer-Erkenschwick]];[[TEL:02368 7719]];;400,00
""",
    keep=[
        "TuS Eintracht 1911 e.V.",
        "VR 1182",
        "Schachfreunde Königsspringer e.V.",
        "info@tus-eintracht1911.de",
        "SF-2026-014",
    ],
)

# 61 -- tab-separated hall allocation with trainers' private numbers
pii(
    "tsv",
    "Belegungsplan Dreifachhalle Am Brauck – außerschulische Nutzung 2025/26 (Sport- und Bäderamt)\n"
    "Tag\tZeit\tHallenteil\tNutzer\tAnsprechpartner/in\tTelefon\tSchlüssel-Nr.\n"
    "Mo\t17:00–18:30\tA\tTuS Eintracht 1911 – Handball E-Jugend\t[[P:Maik Lindemann]]\t[[TEL:0171 3390128]]\tS-114\n"
    "Mo\t17:00–18:30\tB+C\tDJK Rot-Weiß – Basketball U14\t[[P:Chinedu Okeke]]\t[[TEL:0176 80031942]]\tS-121\n"
    "Di\t18:30–20:00\tA–C\tFrauensportgruppe „Aktiv 50plus“\t[[P:Renate Kaiser-Lühr]]\t[[TEL:02368 7719]]\tS-087\n"
    "Mi\t19:00–21:30\tA–C\tFutsal Freizeitliga (Gruppe [[P:Bektaş]])\t[[P:Emre Bektaş]]\t[[TEL:0157 71203358]]\tS-130\n"
    "Do\t17:00–18:00\tC\tRehasport Herz (ärztlich begleitet)\tDr. med. [[P:Katrin Vosskuhl]]\t\tS-092\n"
    "Fr\t16:00–17:30\tA\tTuS Eintracht 1911 – Handball F-Jugend\t[[P:Maik Lindemann]]\t[[TEL:0171 3390128]]\tS-114\n"
    "\n"
    "Hallenwart: Herr [[P:Kuhlmann]], Dienst-Handy [[TEL:0160 97712045]]. Schlüsselverlust bitte sofort beim Sport- und Bäderamt melden (Schließanlage Typ B).\n",
    keep=[
        "Dreifachhalle Am Brauck",
        "S-114",
        "TuS Eintracht 1911",
        "Rehasport Herz",
        "Schließanlage Typ B",
    ],
)

# 62 -- ticket-system mail, deregistration abroad
pii(
    "ticket_mail",
    """
Von: Bürgerbüro Stadt Lünen <buergerbuero@luenen.de>
An: [[MAIL:akin.dursun@yahoo.com]]
Betreff: AW: [Vorgang [[AZ:2026-BB-004711]]] Abmeldung ins Ausland – Bestätigung

Guten Tag Herr [[P:Dursun]],

Ihre Abmeldung zum 31.03.2026 (Wegzug nach [[LOC:Antalya]]) ist erfasst. Die Abmeldebestätigung senden wir an die angegebene neue Anschrift:
[[STR:Güzeloba Mah. 2214 Sok. No: 7/3]]
[[LOC:07230 Muratpaşa/Antalya]], Türkei

Ihre Ehefrau und die Kinder [[P:Elif]] und [[P:Can]] wurden ebenfalls abgemeldet. Bitte denken Sie an die Abmeldung beim Beitragsservice (Rundfunkbeitrag) und an die Außerbetriebsetzung Ihres Fahrzeugs bei der Zulassungsstelle des Kreises.

Mit freundlichen Grüßen
Ihr Bürgerbüro – i. A. [[P:M. Sadowski]]

Ticket-Info: Vorgang [[AZ:2026-BB-004711]] | Kategorie Meldewesen/Abmeldung | SLA 5 Tage | Status: abgeschlossen

> Von: [[P:Akın Dursun]] <[[MAIL:akin.dursun@yahoo.com]]>
> Gesendet: 24.03.2026 21:05
> Sehr geehrte Damen und Herren, ich ziehe mit meiner Familie zum 31.03. in die Türkei. Unsere bisherige Adresse: [[STR:Cappenberger Str. 45]], [[LOC:44534 Lünen]]. Mein Geburtsdatum ist der [[DOB:02.09.1979]], geboren in [[LOC:Kayseri]]. Personalausweise schicke ich per Einschreiben zurück.
""",
    keep=[
        "buergerbuero@luenen.de",
        "Kategorie Meldewesen/Abmeldung",
        "SLA 5 Tage",
        "Rundfunkbeitrag",
        "Zulassungsstelle des Kreises",
    ],
)

# 63 -- informal internal e-mail about a building application
pii(
    "email",
    """
Von: [[P:Stefan Kötter]] <[[MAIL:stefan.koetter@dorsten.de]]>
An: [[P:Miriam Demir]] <[[MAIL:miriam.demir@dorsten.de]]>
Betreff: Bauantrag [[P:Al-Hassan]] / Objekt [[AZ:0815-22-3]] – Stellungnahme Entwässerung fehlt

hi [[P:miri]],

beim Antrag [[P:Al-Hassan]] (Anbau Wintergarten, [[STR:Am Kämpchen 19]], unser Az [[AZ:63/0412/26]]) fehlt immer noch die Stellungnahme der Stadtentwässerung. Herr [[P:Al-Hassan]] hat heute zum dritten Mal angerufen ([[TEL:0176 22874510]]), er will im Mai anfangen und der Handwerker ist gebucht.

Kannst du bei der SEG nachhaken? Die Anfrage läuft dort unter [[AZ:SEG-STN-2026-0331]]. Den Rest (Statik, Abstandsflächen) hab ich durch, passt alles. Bebauungsplan Nr. 118 „Hardt-Süd“ lässt den Anbau zu.

danke dir & lg
[[P:Stefan]]

--
Stadt Dorsten – Bauordnung – Zimmer 312 – Tel. [[TEL:02362 66-4127]]
""",
    keep=[
        "Stadtentwässerung",
        "Bebauungsplan Nr. 118",
        "Hardt-Süd",
        "Zimmer 312",
        "Abstandsflächen",
    ],
)

# 64 -- letter, hearing for breach of compulsory schooling
pii(
    "letter",
    """
Stadt Gladbeck · Der Bürgermeister · Ordnungsamt – Bußgeldstelle
Willy-Brandt-Platz 2, 45964 Gladbeck

Frau [[P:Daniela Kostić]]
Herrn [[P:Milan Kostić]]
[[STR:Wilhelmstraße 37, Hinterhaus]]
[[LOC:45966 Gladbeck]]

Geschäftszeichen: [[AZ:32.2-OWi-SchPfl 0094/26]]
Gladbeck, 13.04.2026

Anhörung wegen Verletzung der Schulpflicht Ihres Sohnes [[P:Luka]], geb. [[DOB:21.01.2012]]

Sehr geehrte Frau [[P:Kostić]], sehr geehrter Herr [[P:Kostić]],

die Ingeborg-Drewitz-Gesamtschule hat uns mitgeteilt, dass [[P:Luka]] im Zeitraum vom 12.01. bis 27.02.2026 an 19 Schultagen unentschuldigt gefehlt hat (Schulversäumnisanzeige vom 02.03.2026). Als Eltern sind Sie nach § 41 Abs. 1 SchulG NRW verpflichtet, für den regelmäßigen Schulbesuch zu sorgen. Ein Verstoß ist nach § 126 Abs. 1 Nr. 5 SchulG NRW eine Ordnungswidrigkeit.

Sie haben Gelegenheit, sich innerhalb von zwei Wochen zu äußern. Gerne können Sie auch einen Gesprächstermin vereinbaren; die Schulsozialarbeit der Schule ist informiert.

Mit freundlichen Grüßen
Im Auftrag
[[P:Hellwig]]
Tel. [[TEL:02043 99-2288]]
""",
    keep=[
        "Willy-Brandt-Platz 2, 45964 Gladbeck",
        "Ingeborg-Drewitz-Gesamtschule",
        "§ 41 Abs. 1 SchulG NRW",
        "Schulversäumnisanzeige",
        "Schulsozialarbeit",
    ],
)

# 65 -- Excel pasted as text, Kita fee assessment
pii(
    "excel_paste",
    'Elternbeiträge Kita – Einstufung zum 01.08.2026 (Auszug Tabelle "Einstufung_2026", Jugendamt)\n'
    "Beitragskonto\tKind\tgeb.\tEinrichtung\tBetreuung\tBeitragspflichtige/r\tJahreseinkommen\tStufe\tMonatsbeitrag\tGeschwisterkind\n"
    "[[AZ:BK-4410-017]]\t[[P:Wagner, Ella]]\t[[DOB:13.02.2022]]\tKita Löwenzahn\t45 h\t[[P:Wagner, Christoph]]\t74.800 €\t6\t312,00\tnein\n"
    "[[AZ:BK-4410-023]]\t[[P:Bayraktar, Aras]]\t[[DOB:30.09.2021]]\tKita Löwenzahn\t35 h\t[[P:Bayraktar, Nesrin]]\t28.100 €\t2\t0,00 (beitragsfrei)\tnein\n"
    "[[AZ:BK-4411-002]]\t[[P:Koch, Matilda]]\t[[DOB:07.07.2023]]\tKita Sternschnuppe\t45 h\t[[P:Koch, Andreas]] / [[P:Weiß-Koch, Friederike]]\t121.000 €\t9\t498,00\tja (Bruder [[P:Koch, Jonte]])\n"
    "[[AZ:BK-4411-003]]\t[[P:Koch, Jonte]]\t[[DOB:11.01.2020]]\tKita Sternschnuppe\t45 h\t[[P:Koch, Andreas]] / [[P:Weiß-Koch, Friederike]]\t121.000 €\t9\t0,00 (Geschwisterbefreiung)\t\n"
    "[[AZ:BK-4412-019]]\t[[P:Vu, Gia Hân]]\t[[DOB:19.04.2022]]\tKindertagespflege [[P:Hartung]]\t35 h\t[[P:Vu, Minh Tuấn]]\t41.500 €\t3\t96,00\tnein\n"
    "\t\t\t\t\t\t\t\t\t\n"
    "Einkommensnachweise vollständig: 4 von 5 (fehlt: [[AZ:BK-4410-017]], Erinnerung am 20.04.)\n",
    keep=[
        "Kita Löwenzahn",
        "Kita Sternschnuppe",
        "Geschwisterbefreiung",
        "Jahreseinkommen",
        "Einstufung_2026",
    ],
)

# 66 -- web-form export, wedding reservation with birthplaces and towns of residence
pii(
    "web_form",
    """
Online-Terminreservierung Trauung – Formularexport
Reservierungsnummer: [[AZ:TR-2026-0633]]
Wunschtermin: 12.09.2026, vormittags
Trauort: Haus Opherdicke, Kaminzimmer (Zusatzgebühr 150 €)
Sprache der Trauung: Deutsch, Teile auf Englisch gewünscht

Person 1
  Familienname: [[P:Bergmann]]
  Vornamen: [[P:Ole Henrik]]
  Geburtsdatum: [[DOB:02.04.1996]]
  Geburtsort: [[LOC:Lüdinghausen]]
  Wohnort: [[LOC:Holzwickede]]
  Familienstand: ledig
Person 2
  Familienname: [[P:Nwachukwu]]
  Vornamen: [[P:Adaora Chinyere]]
  Geburtsdatum: [[DOB:17.11.1997]]
  Geburtsort: [[LOC:Port Harcourt]]
  Wohnort: [[LOC:Holzwickede]]
  Familienstand: ledig
  Staatsangehörigkeit: nigerianisch
Künftiger Ehename: [[P:Bergmann]]
Trauzeugen: ja, 2 ([[P:Lasse Bergmann]], [[P:Ifeoma Eze]])
Kontakt: [[MAIL:ole.bergmann@posteo.de]], [[TEL:0151 22093371]]

Hinweis des Systems: Eine Reservierung ersetzt nicht die Anmeldung der Eheschließung. Bitte vereinbaren Sie hierfür einen Termin im Standesamt.
""",
    keep=[
        "Haus Opherdicke, Kaminzimmer",
        "Familienstand: ledig",
        "Staatsangehörigkeit: nigerianisch",
        "Anmeldung der Eheschließung",
        "Zusatzgebühr 150 €",
    ],
)

# 67 -- attendance list of an integration course
pii(
    "attendee_list",
    """
Anwesenheitsliste Integrationskurs – Kursnummer 341/26-IK, Modul 4 (B1), VHS Emscher-Lippe, Raum 2.04
Woche 15: 07.04.–10.04.2026 (Mo Ostermontag, kein Unterricht)

Teilnehmer/in                  | Kennziffer BAMF        | Di 07.04 | Mi 08.04 | Do 09.04 | Fr 10.04
-------------------------------|------------------------|----------|----------|----------|---------
[[P:Tesfaye, Senait]]                | [[AZ:B-26-0417733]]            | x        | x        | x        | x
[[P:Xelîl, Hêvî]]                    | [[AZ:B-26-0420915]]            | x        | e        | x        | x
[[P:Rahimi, Mohammad Nasir]]         | [[AZ:B-25-1188420]]            | x        | x        | –        | –
[[P:Horbach, Olha]]                  | [[AZ:B-26-0398812]]            | x        | x        | x        | x
[[P:Phạm, Thị Hồng]]                 | [[AZ:B-26-0431007]]            | e        | e        | x        | x
[[P:Mutua, Grace Wanjiru]]           | [[AZ:B-25-1201396]]            | x        | x        | x        | e
[[P:Al-Masri, Khaled]]               | [[AZ:B-26-0402281]]            | x        | x        | x        | x

x = anwesend, e = entschuldigt (Attest/Termin Behörde), – = unentschuldigt
Unentschuldigte Fehlzeiten werden dem BAMF/Jobcenter gemeldet (Herr [[P:Rahimi]]: 2 Tage).

Lehrkraft: [[P:Sabine Kröger-Aslan]]         Unterschrift: ____________
""",
    keep=[
        "Kursnummer 341/26-IK",
        "VHS Emscher-Lippe",
        "kein Unterricht",
        "x = anwesend, e = entschuldigt",
        "Raum 2.04",
    ],
)

# 68 -- informal e-mail with social security and tax numbers
pii(
    "email",
    """
Von: [[MAIL:kkempa79@gmx.de]]
An: versicherungsamt@stadt-herne.de
Betreff: rentenantrag EM – unterlagen vorab
Anhänge: [[P:Kempa_Klaus]]_Reha-Bericht.pdf; AU-Bescheinigungen_2025.pdf

hallo frau [[P:kaminski]],

wie telefonisch besprochen schicke ich vorab meine daten für den antrag auf erwerbsminderungsrente, damit sie den termin am 28.04. vorbereiten können:

name: [[P:Klaus Kempa]]
geb. [[DOB:14.03.1979]] in [[LOC:Herne]]
rv-nummer: [[RV:12 140379 K 04 2]]
steuer-id: [[TAX:38079664210]]
krankenkasse: BARMER
konto: [[IBAN:DE59 4416 0014 0007 0561 48]]
letzter arbeitgeber: Logistikzentrum Emscher GmbH (bis 09/2024 staplerfahrer)

den reha-bericht aus bad sassendorf hab ich angehängt, die AU-bescheinigungen auch.

gruß
[[P:Klaus]]

[[P:Klaus Kempa]] · [[STR:Overwegstraße 12]] · [[LOC:44625 Herne]] · [[TEL:0152 09128834]]
""",
    keep=[
        "versicherungsamt@stadt-herne.de",
        "erwerbsminderungsrente",
        "BARMER",
        "Logistikzentrum Emscher GmbH",
        "AU-Bescheinigungen_2025.pdf",
    ],
)

# 69 -- key=value export of an online trade registration of an e.K.
pii(
    "form_mailer",
    """
Betreff: Gewerbeanzeige GewA 1 – Neuanmeldung – Transaktions-ID [[AZ:GSP-2026-0045-77813]]
Quelle: Gewerbe-Service-Portal.NRW -> Gewerbeamt, Export gewa1_export.txt

feld_1_name=[[P:Papadakis]]
feld_2_vornamen=[[P:Eleni]]
feld_3_geschlecht=w
feld_4_staatsangehoerigkeit=griechisch
feld_5_geburtsdatum=[[DOB:1988-10-06]]
feld_5_geburtsort=[[LOC:Heraklion]]
feld_6_anschrift_wohnung=[[STR:Kreisstraße 12]], [[LOC:59379 Selm]]
feld_7_telefon=[[TEL:02592 9183306]]
feld_8_email=[[MAIL:eleni@papadakis-feinkost.de]]
feld_9_registereintrag=[[HR:HRA 5521]], Amtsgericht Dortmund
feld_10_firmenname=Delikatessen [[P:Papadakis]] e.K.
feld_11_betriebsstaette=[[STR:Ludgeristraße 3]], [[LOC:59379 Selm]]
feld_12_taetigkeit=Einzelhandel mit Feinkost, Olivenöl und Wein; Catering ohne Ausschank
feld_14_ust_idnr=[[TAX:DE318552407]]
feld_16_beginn=2026-05-01
feld_17_art=Neugründung
feld_23_beschaeftigte=2 Vollzeit, 1 Teilzeit
feld_31_erlaubnis=keine (Gaststättenerlaubnis nicht erforderlich)
""",
    keep=[
        "Gewerbe-Service-Portal.NRW",
        "Amtsgericht Dortmund",
        "feld_17_art=Neugründung",
        "Catering ohne Ausschank",
        "gewa1_export.txt",
    ],
)

# 70 -- letter of the citizens' office, passport ready for collection
pii(
    "letter",
    """
Stadt Lünen – Bürgerbüro
Willy-Brandt-Platz 1, 44532 Lünen
Öffnungszeiten: Mo–Mi 8–16 Uhr, Do 8–18 Uhr, Fr 8–12 Uhr

Herrn
[[P:Kwame Mensah-Bonsu]]
[[STR:Münsterstraße 88]]
[[LOC:44534 Lünen]]

Ihr Zeichen: Antrag vom 19.03.2026
Unser Zeichen: [[AZ:33-PA-2026-1182]]
Lünen, 14.04.2026

Ihr Reisepass liegt zur Abholung bereit

Sehr geehrter Herr [[P:Mensah-Bonsu]],

der von Ihnen beantragte Reisepass (Seriennummer [[PASS:C01XKP7R4]]) ist bei uns eingetroffen. Bitte bringen Sie zur Abholung Ihren bisherigen Reisepass (Nr. [[PASS:C4HT8JZ12]]) sowie Ihren Personalausweis (Nr. [[ID:L9R3MNK27]]) mit; der alte Pass wird entwertet und Ihnen auf Wunsch zurückgegeben.

Die Abholung ist ohne Termin während der Öffnungszeiten möglich. Eine bevollmächtigte Person kann den Pass nur mit schriftlicher Vollmacht und eigenem Ausweis abholen.

Mit freundlichen Grüßen
Im Auftrag
[[P:Szymanski]]
Bürgerbüro, Tel. [[TEL:02306 104-1533]]
""",
    keep=[
        "Willy-Brandt-Platz 1, 44532 Lünen",
        "Öffnungszeiten: Mo–Mi 8–16 Uhr",
        "schriftlicher Vollmacht",
        "entwertet",
        "ohne Termin",
    ],
)


# ---------------------------------------------------------------------------------------------
# PII-free documents (traps only)
# ---------------------------------------------------------------------------------------------

# C1 -- Markdown table of the citizens' offices with addresses and opening hours
clean(
    "markdown_table",
    """
## Bürgerbüros der Stadt Recklinghausen – Standorte und Öffnungszeiten (gültig ab 04.05.2026)

| Standort | Anschrift | Mo | Di | Mi | Do | Fr | Barrierefrei |
|---|---|---|---|---|---|---|---|
| Bürgerbüro Mitte (Stadthaus A) | Rathausplatz 3, 45657 Recklinghausen | 8–16 | 8–16 | 8–13 | 8–18 | 8–12 | ja |
| Bürgerbüro Süd | Bochumer Straße 154, 45661 Recklinghausen | 8–13 | 8–13 | – | 13–18 | 8–12 | ja (Aufzug Hofseite) |
| Bürgerbüro Nord (im Stadtteilzentrum) | Karl-Marx-Straße 12, 45663 Recklinghausen | – | 8–13 | 8–13 | 8–13 | – | nein |
| Mobiles Bürgerbüro | wechselnde Standorte, siehe Tourplan | – | – | 9–12 | – | – | ja |

Termine: online unter termine.recklinghausen.de oder über das Servicecenter 02361 50-0.
Hinweis: Die Karl-Marx-Straße ist wegen Kanalbauarbeiten bis 30.06.2026 nur aus Richtung Hertener Straße befahrbar.
Gebühren (Auszug): Personalausweis ab 24 Jahre 37,00 €, Reisepass 70,00 €, Meldebescheinigung 10,00 €, Führungszeugnis 13,00 €.
""",
    keep=[
        "Karl-Marx-Straße 12, 45663 Recklinghausen",
        "Rathausplatz 3, 45657 Recklinghausen",
        "Servicecenter 02361 50-0",
        "Mobiles Bürgerbüro",
        "Bochumer Straße 154",
    ],
)

# C2 -- CSV export of the public tree register
clean(
    "csv",
    """
baum_id;gattung_art;deutscher_name;strasse;hausnr_bezug;stadtteil;pflanzjahr;stammumfang_cm;kronendurchmesser_m;kontrolle_letzte;massnahme
HER-B-004417;Tilia cordata;Winter-Linde;Bebelstraße;gegenüber 14;Herne-Mitte;1962;238;14;2025-09-18;Totholzentfernung
HER-B-004418;Tilia cordata;Winter-Linde;Bebelstraße;gegenüber 16;Herne-Mitte;1962;241;15;2025-09-18;keine
HER-B-011203;Platanus x hispanica;Ahornblättrige Platane;Friedrich-Ebert-Platz;;Herne-Mitte;1978;305;18;2025-10-02;Lichtraumprofil herstellen
HER-B-020771;Quercus robur;Stiel-Eiche;Hugo-Schultz-Straße;Schulhof;Herne-Sodingen;1931;402;22;2025-06-11;Eichenprozessionsspinner prüfen
HER-B-020772;Acer platanoides;Spitz-Ahorn;Hugo-Schultz-Straße;Schulhof;Herne-Sodingen;1994;156;9;2025-06-11;keine
HER-B-031090;Robinia pseudoacacia;Robinie;Kaiserstraße;vor 98;Herne-Wanne;1987;190;10;2025-08-27;Fällung beantragt (Drucksache 2026/0214)
HER-B-031144;Fraxinus excelsior;Gemeine Esche;Am Sportpark;Parkplatz;Herne-Eickel;1972;260;16;2025-08-27;Eschentriebsterben, Fällung Winter 2026/27
# Quelle: Baumkataster FB Grün, Datenlizenz Deutschland – Namensnennung – Version 2.0
""",
    keep=[
        "Winter-Linde",
        "Hugo-Schultz-Straße",
        "Drucksache 2026/0214",
        "Datenlizenz Deutschland",
        "HER-B-004417",
    ],
)

# C3 -- CSV of parking ticket machines
clean(
    "csv",
    """
"automat_nr","standort","zone","tarif_eur_h","hoechstparkdauer","zahlarten","status"
"PA-0101","Kirchplatz / Ecke Wilhelmstraße","A","2,00","2 h","Münzen, Karte, App","in Betrieb"
"PA-0102","Goetheplatz","A","2,00","2 h","Münzen, Karte, App","in Betrieb"
"PA-0117","Parkplatz Am Schwimmbad","B","1,00","4 h","Münzen, App","Störung gemeldet 12.04.2026 (INC-2026-0409)"
"PA-0120","Dr.-Wilhelm-Seidel-Straße vor Nr. 8","B","1,00","4 h","Münzen, Karte, App","in Betrieb"
"PA-0133","Bahnhofsvorplatz Süd","A","2,50","1 h","Karte, App","in Betrieb"
"PA-0140","Von-Bodelschwingh-Straße (Krankenhaus)","C","0,50","unbegrenzt","Münzen","Austausch geplant KW 20"
"PA-0141","Von-Bodelschwingh-Straße (Krankenhaus)","C","0,50","unbegrenzt","Münzen","Austausch geplant KW 20"
Stand: 15.04.2026 – Quelle: Ordnungsamt, Sachgebiet Parkraumbewirtschaftung, parkraum@stadt-dorsten.de
""",
    keep=[
        "Dr.-Wilhelm-Seidel-Straße vor Nr. 8",
        "Von-Bodelschwingh-Straße (Krankenhaus)",
        "INC-2026-0409",
        "parkraum@stadt-dorsten.de",
        "Goetheplatz",
    ],
)

# C4 -- CSV of public charging stations
clean(
    "csv",
    "ladepunkt_id\tbetreiber\tstandort\tplz_ort\tleistung_kw\tstecker\tinbetriebnahme\toeffentlich\n"
    "DE*HRN*E0001*01\tStadtwerke Herne AG\tParkhaus City-Center, Ebene 1\t44623 Herne\t22\tTyp 2\t2019-03-01\tja\n"
    "DE*HRN*E0001*02\tStadtwerke Herne AG\tParkhaus City-Center, Ebene 1\t44623 Herne\t22\tTyp 2\t2019-03-01\tja\n"
    "DE*HRN*E0014*01\tStadtwerke Herne AG\tBahnhofsplatz, P+R\t44623 Herne\t150\tCCS, CHAdeMO\t2023-11-20\tja\n"
    "DE*ALD*E2231*01\tAldi Süd Dienstleistungs-SE & Co. oHG\tFiliale Holsterhauser Straße 212\t44625 Herne\t50\tCCS\t2022-06-15\tja\n"
    "DE*ION*E4471*03\tIONITY GmbH\tRastanlage Herne-Börnig\t44628 Herne\t350\tCCS\t2024-02-09\tja\n"
    "DE*HRN*E0031*01\tStadt Herne (Fuhrpark)\tBetriebshof Südstraße 8\t44625 Herne\t11\tTyp 2\t2021-05-03\tnein (Dienstfahrzeuge)\n"
    "# Quelle: Ladesäulenregister, Auszug für das Stadtgebiet, Stand 01.04.2026\n",
    keep=[
        "Stadtwerke Herne AG",
        "Aldi Süd Dienstleistungs-SE & Co. oHG",
        "Rastanlage Herne-Börnig",
        "44623 Herne",
        "DE*HRN*E0001*01",
    ],
)

# C5 -- fixed-width budget table
clean(
    "fixed_width",
    """
HAUSHALTSPLAN 2026 - TEILERGEBNISPLAN PRODUKTBEREICH 02 "SICHERHEIT UND ORDNUNG"             SEITE 114
-------------------------------------------------------------------------------------------------------
NR  ERTRAGS- UND AUFWANDSARTEN                       ERGEBNIS 2024   ANSATZ 2025    ANSATZ 2026   VE
-------------------------------------------------------------------------------------------------------
 02 ZUWENDUNGEN UND ALLGEMEINE UMLAGEN                   412.330        398.000        405.000
 04 OEFFENTLICH-RECHTLICHE LEISTUNGSENTGELTE           6.118.402      6.250.000      6.410.000
    DAVON VERWARNUNGS- UND BUSSGELDER                  3.902.115      4.000.000      4.150.000
 06 KOSTENERSTATTUNGEN UND KOSTENUMLAGEN                 233.870        210.000        220.000
 10 ORDENTLICHE ERTRAEGE                               6.764.602      6.858.000      7.035.000
 11 PERSONALAUFWENDUNGEN                              -9.480.220     -9.912.000    -10.338.000
 13 AUFWENDUNGEN FUER SACH- UND DIENSTLEISTUNGEN      -1.702.514     -1.815.000     -1.870.000
 16 SONSTIGE ORDENTLICHE AUFWENDUNGEN                   -611.032       -640.000       -655.000
 17 ORDENTLICHE AUFWENDUNGEN                         -11.793.766    -12.367.000    -12.863.000
 19 ORDENTLICHES ERGEBNIS                             -5.029.164     -5.509.000     -5.828.000
-------------------------------------------------------------------------------------------------------
PRODUKTE: 02.01.01 ALLGEMEINE ORDNUNGSANGELEGENHEITEN, 02.01.03 VERKEHRSUEBERWACHUNG,
          02.02.01 EINWOHNERMELDEWESEN, 02.02.02 PERSONENSTANDSWESEN, 02.05.01 BRANDSCHUTZ
VERANTWORTLICH: FACHBEREICHSLEITUNG 32; BESCHLUSS DES RATES VOM 11.12.2025 (DRUCKSACHE 2025/0871)
""",
    keep=[
        "TEILERGEBNISPLAN PRODUKTBEREICH 02",
        "DAVON VERWARNUNGS- UND BUSSGELDER",
        "02.02.02 PERSONENSTANDSWESEN",
        "DRUCKSACHE 2025/0871",
        "FACHBEREICHSLEITUNG 32",
    ],
)

# C6 -- statistics table with district names
clean(
    "markdown_table",
    """
### Bevölkerung nach Stadtteilen am 31.12.2025 (Hauptwohnsitz)

| Stadtbezirk | Stadtteil | Einwohner | dav. weiblich | unter 18 | 65 und älter | Ausländeranteil |
|---|---|---:|---:|---:|---:|---:|
| Castrop | Castrop-Altstadt | 11.842 | 6.077 | 1.980 | 2.911 | 14,2 % |
| Castrop | Schwerin | 6.310 | 3.201 | 1.104 | 1.366 | 11,8 % |
| Ickern | Ickern | 13.906 | 7.015 | 2.412 | 3.088 | 19,5 % |
| Ickern | Habinghorst | 9.774 | 4.930 | 1.721 | 2.205 | 22,1 % |
| Rauxel | Rauxel | 7.218 | 3.688 | 1.150 | 1.842 | 9,7 % |
| Rauxel | Frohlinde | 3.104 | 1.560 | 488 | 903 | 5,3 % |
| Merklinde | Merklinde | 4.587 | 2.316 | 702 | 1.260 | 6,9 % |
| **Gesamt** | | **56.741** | **28.787** | **9.557** | **13.575** | **14,6 %** |

Quelle: Melderegister, Abteilung Statistik und Wahlen. Abweichungen zu IT.NRW durch unterschiedliche Stichtagsbereinigung.
Die Werte für Stadtteile mit weniger als 3 Personen in einer Merkmalsgruppe werden aus Datenschutzgründen nicht ausgewiesen.
""",
    keep=["Castrop-Altstadt", "Habinghorst", "Abteilung Statistik und Wahlen", "IT.NRW", "56.741"],
)

# C7 -- council paper with B-Plan numbers
clean(
    "council_paper",
    """
Drucksache Nr. 2026/0233                                              öffentlich
Federführung: Fachbereich 61 – Stadtplanung                          Datum: 02.04.2026
Aktenzeichen: 61.2-26/04

Beratungsfolge:
Bezirksvertretung Süd (Anhörung)                      21.04.2026
Ausschuss für Stadtentwicklung und Umwelt (Vorberatung) 28.04.2026
Rat der Stadt (Entscheidung)                           14.05.2026

Betreff: Bebauungsplan Nr. 281 „Speckhorner Feld“, 2. Änderung – Aufstellungsbeschluss und Beschluss über die frühzeitige Beteiligung

Beschlussvorschlag:
1. Der Rat beschließt die Aufstellung der 2. Änderung des Bebauungsplans Nr. 281 „Speckhorner Feld“ gemäß § 2 Abs. 1 BauGB.
2. Die frühzeitige Beteiligung der Öffentlichkeit und der Behörden wird durchgeführt (§§ 3 Abs. 1, 4 Abs. 1 BauGB).

Begründung:
Der seit 1998 rechtskräftige Bebauungsplan lässt Nebenanlagen außerhalb der überbaubaren Flächen nur in geringem Umfang zu. Seit 2023 sind im Plangebiet zahlreiche Bauvoranfragen zu Carports, Gartenhäusern und Wärmepumpen eingegangen. Die Änderung soll die Zulässigkeit vereinheitlichen. Der Geltungsbereich grenzt an den Bebauungsplan Nr. 244 „Am Kanalufer“ und an die Max-Planck-Straße.

Finanzielle Auswirkungen: Planungskosten ca. 18.000 € (Produkt 09.01.01, Sachkonto 5431000).
""",
    keep=[
        "Drucksache Nr. 2026/0233",
        "Aktenzeichen: 61.2-26/04",
        "Bebauungsplan Nr. 281 „Speckhorner Feld“",
        "Max-Planck-Straße",
        "Sachkonto 5431000",
    ],
)

# C8 -- IT incident ticket with change number
clean(
    "it_ticket",
    """
Incident INC-2026-0417 – Priorität 1 (hoch) – Status: gelöst
Service: Fachverfahren Einwohnerwesen (OK.EWO) – Mandant 059
Gemeldet: 16.04.2026 07:58 über Servicedesk-Hotline (Sammelstörung, 14 Meldungen)
Zugeordnet: Gruppe 2nd-Level-Fachverfahren

Beschreibung:
Seit 07:45 Uhr können in allen Bürgerbüros keine Meldebescheinigungen gedruckt werden. Fehlermeldung im Client: "Druckauftrag abgelehnt: Zertifikat für Signaturdienst abgelaufen (Code 0x80092013)".

Ursache:
Das Serverzertifikat des Signaturdienstes auf sig-app02.intern.stadt (10.12.4.21) ist am 16.04.2026 00:00 Uhr abgelaufen. Die automatische Verlängerung war im Change CHG0031822 vorgesehen, wurde aber wegen eines Konflikts mit dem Wartungsfenster nicht ausgeführt.

Lösung:
Zertifikat um 08:52 Uhr manuell erneuert, Dienst "SigService" neu gestartet. Testdruck im Bürgerbüro Mitte erfolgreich 08:57 Uhr.

Folgemaßnahmen:
- Problem PRB0004437 angelegt (Überwachung Zertifikatslaufzeiten)
- CHG0031822 als fehlgeschlagen dokumentiert, Wiederholung in CHG0031850 am 22.04.2026 20:00 Uhr
""",
    keep=["INC-2026-0417", "CHG0031822", "10.12.4.21", "PRB0004437", "sig-app02.intern.stadt"],
)

# C9 -- tender notice
clean(
    "tender",
    """
Öffentliche Ausschreibung nach UVgO
Vergabe-Nr.: 2026-VG-0417-66

Auftraggeber: Stadt Gelsenkirchen, Referat Zentraler Einkauf und Vergabe, Goldbergstraße 12, 45894 Gelsenkirchen
E-Mail: vergabestelle@gelsenkirchen.de – Telefon der Vergabestelle: 0209 169-0

Gegenstand: Rahmenvertrag Winterdienst-Streusalz (Auftausalz nach DIN EN 16811-1) für die Winterperioden 2026/27 bis 2028/29, geschätzte Menge 2.400 t je Saison, Lieferung frei Betriebshof Adenauerallee 115.

Lose: Los 1 – Streusalz lose (ca. 2.200 t); Los 2 – Streusalz in 25-kg-Säcken (ca. 200 t)
Angebotsfrist: 12.05.2026, 10:00 Uhr (elektronisch über Vergabemarktplatz NRW)
Bindefrist: 30.06.2026
Zuschlagskriterien: Preis 80 %, Lieferzeit bei Abruf 20 %
Nachweise: Eigenerklärungen nach § 31 UVgO, Prüfzeugnis nach DIN EN 16811-1, Referenzen aus drei vergleichbaren Aufträgen

Bieterfragen ausschließlich über den Vergabemarktplatz; Antworten werden allen Bietern anonymisiert bereitgestellt.
""",
    keep=[
        "Vergabe-Nr.: 2026-VG-0417-66",
        "Goldbergstraße 12, 45894 Gelsenkirchen",
        "vergabestelle@gelsenkirchen.de",
        "DIN EN 16811-1",
        "Adenauerallee 115",
    ],
)

# C10 -- list of schools named after persons
clean(
    "markdown_table",
    """
**Weiterführende Schulen – Tag der offenen Tür 2026**

| Schule | Schulform | Anschrift | Tag der offenen Tür | Anmeldung |
|---|---|---|---|---|
| Geschwister-Scholl-Gymnasium | Gymnasium | Bernhard-Hoetger-Straße 8 | Sa 28.11.2026, 9–13 Uhr | 16.–20.02.2027 |
| Anne-Frank-Realschule | Realschule | Sophie-Scholl-Weg 2 | Fr 27.11.2026, 15–18 Uhr | 16.–20.02.2027 |
| Willy-Brandt-Gesamtschule | Gesamtschule | Am Stadtgarten 40 | Sa 21.11.2026, 10–14 Uhr | 05.–09.02.2027 |
| Erich-Kästner-Schule | Förderschule (LE) | Pestalozzistraße 11 | nach Vereinbarung | ganzjährig |
| Marie-Curie-Gymnasium | Gymnasium | Max-Planck-Straße 5 | Sa 05.12.2026, 9–12 Uhr | 16.–20.02.2027 |
| Hildegard-von-Bingen-Gymnasium (bischöflich) | Gymnasium | Klosterstraße 1 | Sa 14.11.2026, 9–12 Uhr | 09.–13.02.2027 |

Die Schulen informieren über Profile (bilingual, MINT, Musik) und Ganztagsangebote. Für Eltern, die Unterstützung bei der Schulwahl wünschen, bietet das Schulamt eine offene Sprechstunde an (schulamt@marl.de, 02365 99-2300).
""",
    keep=[
        "Geschwister-Scholl-Gymnasium",
        "Sophie-Scholl-Weg 2",
        "Erich-Kästner-Schule",
        "Hildegard-von-Bingen-Gymnasium",
        "Bernhard-Hoetger-Straße 8",
    ],
)

# C11 -- recycling centres with addresses and opening hours
clean(
    "fixed_width",
    """
WERTSTOFFHÖFE IM STADTGEBIET – ÖFFNUNGSZEITEN AB 01.04.2026 (SOMMERZEIT)

Wertstoffhof              Anschrift                          Mo–Fr          Sa            Annahme
------------------------  ---------------------------------  -------------  ------------  ------------------------------------
Wertstoffhof Nord         Am Schlachthof 20, 59174 Kamen     8:00–17:00     8:00–13:00    alle Fraktionen, Grünschnitt bis 2 m³
Wertstoffhof Süd          Heerener Straße 101, 59174 Kamen   10:00–18:00    8:00–13:00    ohne Bauschutt
Schadstoffmobil           wechselnd, siehe Abfallkalender    –              1. Sa/Monat   Farben, Lacke, Batterien, Chemikalien
Kompostwerk (GWA)         Lünener Straße 2, 59174 Kamen      7:00–16:30     –             Grünschnitt gewerblich (kostenpflichtig)
------------------------  ---------------------------------  -------------  ------------  ------------------------------------
Anlieferung nur mit Termin (online oder Abfallberatung 02307 148-3300). Gewerbliche Mengen bitte vorher anmelden.
Feiertage geschlossen; am Gründonnerstag bis 14:00 Uhr.
""",
    keep=[
        "Am Schlachthof 20, 59174 Kamen",
        "Heerener Straße 101",
        "Schadstoffmobil",
        "Abfallberatung 02307 148-3300",
        "Gründonnerstag",
    ],
)

# C12 -- library branches
clean(
    "notice",
    """
Stadtbibliothek – Zweigstellen und Öffnungszeiten

Zentralbibliothek im Kulturforum
Willy-Brandt-Platz 3 · Di–Fr 10–19 Uhr · Sa 10–14 Uhr · Tel. 02365 99-4200
Lernorte mit 40 Arbeitsplätzen, Makerspace (3D-Drucker nach Einweisung), Sprachlernecke

Zweigstelle Hüls
Hülsstraße 19a (im Bürgerhaus) · Di und Do 14–18 Uhr · Fr 10–13 Uhr

Zweigstelle Drewer
Schulstraße 4 (Gebäude der Heinrich-Heine-Grundschule) · Mi 14–18 Uhr

Onleihe und Pressreader rund um die Uhr mit Leserausweis.
Jahresgebühr Erwachsene 20 €, Kinder und Jugendliche bis 18 Jahre frei, Ermäßigung mit Sozialpass.

Sommerleseclub 2026: Anmeldung ab 22.06.2026 in allen Zweigstellen.
Während der Inventur vom 03.–07.08.2026 bleibt die Zweigstelle Drewer geschlossen.
""",
    keep=[
        "Zentralbibliothek im Kulturforum",
        "Heinrich-Heine-Grundschule",
        "Hülsstraße 19a",
        "Sommerleseclub 2026",
        "Tel. 02365 99-4200",
    ],
)

# C13 -- event programme with roles only
clean(
    "programme",
    """
Programm: Festakt 100 Jahre Rathaus – Freitag, 19.06.2026, 18:00 Uhr, Ratssaal

18:00  Empfang im Foyer, Musik: Bläserensemble der Städtischen Musikschule
18:30  Begrüßung durch die Oberbürgermeisterin
18:45  Grußwort der Regierungspräsidentin
19:00  Festvortrag „Ein Haus für alle – 100 Jahre Kommunalpolitik unter einem Dach“
       (Leiterin des Stadtarchivs)
19:40  Podiumsgespräch mit dem Vorsitzenden des Seniorenbeirats, der Sprecherin des
       Jugendparlaments und dem Ersten Beigeordneten; Moderation: Pressesprecher der Stadt
20:15  Enthüllung der Gedenktafel für die Architekten des Rathauses
20:30  Ausklang mit Imbiss (Catering: Kolping-Bildungswerk, Ausbildungsküche)

Anmeldung bis 05.06.2026 unter protokoll@stadt.de oder 0209 169-2000. Die Veranstaltung ist barrierefrei; eine Induktionsschleife ist vorhanden.
""",
    keep=[
        "Begrüßung durch die Oberbürgermeisterin",
        "Leiterin des Stadtarchivs",
        "Kolping-Bildungswerk",
        "protokoll@stadt.de",
        "Induktionsschleife",
    ],
)

# C14 -- canteen menu with dishes named after persons
clean(
    "menu",
    """
Speiseplan Betriebsrestaurant Rathaus – KW 17 (20.–24.04.2026)

Montag      Königsberger Klopse mit Kapernsoße und Salzkartoffeln (A, C, G)        5,20 €
            vegetarisch: Gemüsecurry „Madras“ mit Basmatireis                       4,60 €
Dienstag    Strammer Max mit Spiegelei und Gewürzgurke                              4,10 €
            Kaiserschmarrn mit Apfelmus                                             4,30 €
Mittwoch    Hähnchenbrust „Wiener Art“ mit Pommes frites                            5,40 €
            Falafel mit Hummus und Fladenbrot (vegan)                               4,80 €
Donnerstag  Pichelsteiner Eintopf, dazu Brötchen                                    3,90 €
            Arme Ritter mit Vanillesoße                                             3,70 €
Freitag     Seelachsfilet „Müllerin Art“ mit Petersilienkartoffeln                  5,60 €
            Pizza Margherita                                                        4,50 €

Dessert der Woche: Fürst-Pückler-Schnitte. Allergenkennzeichnung gemäß LMIV, Aushang an der Ausgabe.
Am Freitag schließt die Küche wegen der Personalversammlung bereits um 13:00 Uhr.
""",
    keep=[
        "Königsberger Klopse",
        "Strammer Max",
        "Kaiserschmarrn",
        "Müllerin Art",
        "Fürst-Pückler-Schnitte",
    ],
)

# C15 -- bus timetable with stop names after persons
clean(
    "timetable",
    """
Linie 249  Herne Bf – Sodingen – Castrop-Rauxel Münsterplatz   Montag–Freitag (Schultage)

Haltestelle                         06:12  06:42  07:12  07:20E  07:42  08:12
Herne Bf (Bussteig 4)               06:12  06:42  07:12  07:20   07:42  08:12
Robert-Brauner-Platz                06:15  06:45  07:15  07:23   07:45  08:15
Kreuzkirche                         06:17  06:47  07:17  07:25   07:47  08:17
Hiltroper Straße                    06:20  06:50  07:20  07:28   07:50  08:20
Sodingen Mont-Cenis                 06:24  06:54  07:24  07:32   07:54  08:24
Willy-Brandt-Gesamtschule           |      |      |      07:35   |      |
Castrop-Rauxel Münsterplatz         06:35  07:05  07:35  –       08:05  08:35

E = Verstärkerfahrt an Schultagen, endet an der Willy-Brandt-Gesamtschule.
Ab 04.05.2026 wegen Baustelle Hiltroper Straße Umleitung über Kaiser-Wilhelm-Straße; die Haltestelle Kreuzkirche entfällt.
Fahrplanauskunft: Schlaue Nummer 0180 6 504030, www.vrr.de
""",
    keep=[
        "Linie 249",
        "Robert-Brauner-Platz",
        "Kaiser-Wilhelm-Straße",
        "Verstärkerfahrt",
        "Schlaue Nummer 0180 6 504030",
    ],
)

# C16 -- job advertisement
clean(
    "job_ad",
    """
Die Stadt Bottrop sucht zum nächstmöglichen Zeitpunkt für den Fachbereich Jugend und Schule eine/n

Sachbearbeiter/in Elterngeld und Unterhaltsvorschuss (m/w/d)
Entgeltgruppe 9b TVöD, Vollzeit (39 Std./Woche), teilzeitgeeignet – Kennziffer 2026/053

Ihre Aufgaben:
- Bearbeitung von Anträgen nach dem BEEG und dem UVG
- Beratung von Eltern, auch in englischer Sprache
- Geltendmachung von Rückgriffsansprüchen gegenüber unterhaltspflichtigen Elternteilen

Ihr Profil:
- Verwaltungsfachwirt/in (Angestelltenlehrgang II) oder Bachelor of Laws (Public Administration)
- sicherer Umgang mit MS Office, idealerweise Kenntnisse in den Fachverfahren KDO-Elterngeld und OK.JUS

Wir bieten: mobiles Arbeiten nach Dienstvereinbarung, Jobticket, betriebliches Gesundheitsmanagement.

Bewerbungen bis 15.05.2026 über das Karriereportal karriere.bottrop.de unter Angabe der Kennziffer 2026/053. Fragen zum Aufgabengebiet beantwortet der Fachbereich unter 02041 70-3300, Fragen zum Verfahren das Personalservicecenter unter personal@bottrop.de.
Schwerbehinderte und gleichgestellte Menschen werden bei gleicher Eignung bevorzugt berücksichtigt.
""",
    keep=[
        "Kennziffer 2026/053",
        "Entgeltgruppe 9b TVöD",
        "karriere.bottrop.de",
        "personal@bottrop.de",
        "Angestelltenlehrgang II",
    ],
)

# C17 -- blank application form with field labels only
clean(
    "blank_form",
    """
Antrag auf Ausstellung eines Bewohnerparkausweises
(Bitte in Druckbuchstaben ausfüllen und mit Nachweisen beim Ordnungsamt einreichen.)

1. Antragsteller/in
Name, Vorname: ______________________________________
Geburtsdatum: ____.____.________   Geburtsort: ______________________
Straße, Hausnummer: _________________________________
PLZ, Ort: ___________   ______________________________
Telefon (freiwillig): ________________  E-Mail (freiwillig): ________________________

2. Fahrzeug
Amtliches Kennzeichen: ______ - ____ ______
Halter/in (falls abweichend): ______________________________________
Art der Nutzung: [ ] Privatfahrzeug  [ ] Firmenwagen (Überlassungserklärung beifügen)  [ ] Mietfahrzeug

3. Bewohnerparkzone
[ ] A1 Altstadt   [ ] B3 Kreuzviertel   [ ] C2 Bahnhof Süd

Gebühr: 30,00 € pro Jahr (Kassenzeichen wird mit dem Bescheid mitgeteilt).

Ich versichere die Richtigkeit meiner Angaben.
____________________          ______________________________
Ort, Datum                    Unterschrift

Datenschutzhinweis: Verantwortlich ist die Stadt, Der Oberbürgermeister, Ordnungsamt; Datenschutzbeauftragte/r: datenschutz@stadt.de.
""",
    keep=[
        "Name, Vorname: ______",
        "Geburtsdatum: ____.____.________",
        "Amtliches Kennzeichen",
        "B3 Kreuzviertel",
        "datenschutz@stadt.de",
    ],
)

# C18 -- web-form export with empty values (test submission)
clean(
    "form_mailer",
    """
From: formmailer@www.unna.de
To: ordnungsamt@stadt-unna.de
Subject: Kontaktformular: Beschwerde / Hinweis  [form_id=ord-hinweis]  ** TESTEINREICHUNG **

Folgende Daten wurden über das Formular übermittelt:

anrede=
vorname=
nachname=
strasse=
plz=
ort=
geburtsdatum=
email=
telefon=
betreff=Test nach Update Formularserver 4.2.1
nachricht=Bitte ignorieren – Funktionstest nach Change CHG0031877. Pflichtfeldprüfung für nachname= und email= ist deaktiviert, bitte wieder aktivieren (siehe INC-2026-0466).
datenschutz_ok=1
absendezeit=2026-04-16 09:03:12
remote_addr=10.40.2.15
user_agent=Mozilla/5.0 (Windows NT 10.0; Win64; x64) Firefox/124.0
""",
    keep=[
        "form_id=ord-hinweis",
        "vorname=",
        "CHG0031877",
        "INC-2026-0466",
        "remote_addr=10.40.2.15",
    ],
)

# C19 -- commercial sites with firms named after their founders
clean(
    "markdown_table",
    """
### Gewerbeflächen und Ansiedlungen 2025 – Bericht der Wirtschaftsförderung

| Gewerbegebiet | Unternehmen | Branche | Fläche | Arbeitsplätze | Status |
|---|---|---|---:|---:|---|
| Am Kreuz | Ruhrtal Logistik GmbH | Kontraktlogistik | 42.000 m² | 180 | in Betrieb seit 09/2025 |
| Am Kreuz | Vorwerk SE & Co. KG (Servicecenter) | Haushaltsgeräte, Service | 6.500 m² | 45 | Bauantrag gestellt |
| Ewald-Gelände | Haniel Recycling GmbH | Kreislaufwirtschaft | 18.300 m² | 70 | Grundstückskaufvertrag 11/2025 |
| Ewald-Gelände | Gebr. Hammerschmidt Metallbau GmbH | Stahlbau | 9.800 m² | 38 | Erweiterung |
| Hafen Nord | Robert Bosch GmbH (Lager) | Ersatzteillogistik | 25.000 m² | 95 | Absichtserklärung |
| Zeche Westerholt | Miele & Cie. KG (Schulungszentrum) | Weiterbildung | 3.200 m² | 20 | in Planung |

Nicht vermarktbar: 12,4 ha (Altlastenverdacht, Sanierung über AAV NRW). Kontakt: wirtschaftsfoerderung@herten.de, 02366 303-0.
""",
    keep=[
        "Ruhrtal Logistik GmbH",
        "Vorwerk SE & Co. KG",
        "Gebr. Hammerschmidt Metallbau GmbH",
        "Robert Bosch GmbH",
        "Miele & Cie. KG",
    ],
)

# C20 -- municipal fleet with licence plates of official vehicles
clean(
    "csv",
    """
Fuhrpark Stadtverwaltung – Bestand Dienstfahrzeuge (Stand 31.03.2026)
Inventar-Nr;Kennzeichen;Fahrzeug;Antrieb;Nutzung;Standort;Erstzulassung;HU fällig
FP-001;RE-SR 1;Mercedes-Benz E 300 e;Plug-in-Hybrid;Dienstwagen Bürgermeisterin;Rathaus Tiefgarage;2023-05;05/2026
FP-014;RE-SR 114;VW ID.3;elektrisch;Poolfahrzeug Bauaufsicht;Stadthaus B;2022-10;10/2026
FP-015;RE-SR 115;VW ID.3;elektrisch;Poolfahrzeug Bauaufsicht;Stadthaus B;2022-10;10/2026
FP-031;RE-SR 231;Ford Transit Custom;Diesel;Kommunaler Ordnungsdienst;Wache Süd;2020-02;02/2027
FP-046;RE-SR 446;Multicar M31;Diesel;Betriebshof, Winterdienst Gehwege;Betriebshof Süd;2019-11;11/2026
FP-052;RE-SR 652;Cargobike Urban Arrow;elektrisch (Pedelec);Bürgerbüro mobil;Rathaus;2024-04;–
Poolbuchung über das Intranet (Fahrzeugbuchung), Schlüsselausgabe im Fahrdienst, Tel. 02361 50-1190.
""",
    keep=[
        "RE-SR 114",
        "Dienstwagen Bürgermeisterin",
        "Kommunaler Ordnungsdienst",
        "Cargobike Urban Arrow",
        "Tel. 02361 50-1190",
    ],
)

# C21 -- street cleaning register with streets named after persons
clean(
    "tsv",
    "Straßenreinigungsverzeichnis – Anlage 1 zur Straßenreinigungssatzung (Auszug, Buchstaben G–K)\n"
    "Straße\tAbschnitt\tReinigungsklasse\tReinigung durch\tWinterdienst\tHäufigkeit/Woche\n"
    "Goethestraße\tgesamt\tR2\tStadt (Fahrbahn), Anlieger (Gehweg)\tW1\t1\n"
    "Gustav-Heinemann-Straße\tgesamt\tR1\tStadt\tW1\t2\n"
    "Hedwig-Dransfeld-Straße\tvon Kirchstraße bis Nr. 40\tR3\tAnlieger\tW2\t–\n"
    "Heinrich-Böll-Weg\tgesamt (Fußweg)\tR4\tAnlieger\tW3\t–\n"
    "Im Winkel\tgesamt\tR3\tAnlieger\tW2\t–\n"
    "Kaiserstraße\tvon Markt bis Bahnhof\tR1\tStadt\tW1\t3\n"
    "Käthe-Kollwitz-Platz\tgesamt\tR1\tStadt\tW1\t3\n"
    "Konrad-Adenauer-Ring\tgesamt\tR1\tStadt\tW1\t2\n"
    "\n"
    "R1–R4: Reinigungsklassen nach § 3 der Satzung; W1–W3: Winterdienststufen. Gebührensatz 2026 je Meter Frontlänge: R1 3,84 €, R2 1,92 €.\n",
    keep=[
        "Gustav-Heinemann-Straße",
        "Hedwig-Dransfeld-Straße",
        "Käthe-Kollwitz-Platz",
        "Konrad-Adenauer-Ring",
        "Straßenreinigungssatzung",
    ],
)

# C22 -- committee meeting calendar with paper numbers
clean(
    "council_paper",
    """
Sitzungskalender Mai 2026 (öffentliche Sitzungen)

05.05.  17:00  Ausschuss für Schule und Sport, Sitzungssaal 2
               u. a. Drucksachen 2026/0112 (Schulentwicklungsplan Grundschulen), 2026/0115 (Sanierung Sporthalle Am Brauck)
07.05.  16:00  Bezirksvertretung Nord, Bürgerhaus Hüls
               u. a. 2026/0121 (Verkehrsberuhigung Lipper Weg), 2026/0124 (Spielplatz Sonnenwiese, Erneuerung)
12.05.  17:00  Ausschuss für Stadtentwicklung und Umwelt, Ratssaal
               u. a. 2026/0233 (B-Plan Nr. 281, 2. Änderung), 2026/0240 (Klimaanpassungskonzept)
14.05.  15:00  Rat der Stadt, Ratssaal
               u. a. 2026/0187 (Jahresabschluss 2025), 2026/0201 (Hebesätze), 2026/0233

Die Sitzungen werden im Livestream übertragen (ausgenommen nichtöffentliche Teile). Einwohnerfragestunde jeweils zu Beginn; Fragen bitte bis drei Werktage vorher schriftlich an das Ratsbüro (ratsbuero@marl.de).
""",
    keep=[
        "Drucksachen 2026/0112",
        "2026/0233 (B-Plan Nr. 281, 2. Änderung)",
        "Bürgerhaus Hüls",
        "Einwohnerfragestunde",
        "ratsbuero@marl.de",
    ],
)

# C23 -- telephone directory of departments (switchboards and functional mailboxes only)
clean(
    "fixed_width",
    """
TELEFONVERZEICHNIS FÜR BÜRGERINNEN UND BÜRGER – STADT CASTROP-RAUXEL (STAND 04/2026)

Dienststelle                         Telefon            E-Mail                                 Sprechzeiten
-----------------------------------  -----------------  -------------------------------------  -------------------
Zentrale / Bürgertelefon             02305 106-0        info@castrop-rauxel.de                 Mo–Fr 7:30–16:00
Bürgerbüro                           02305 106-2222     buergerbuero@castrop-rauxel.de         siehe Aushang
Standesamt                           02305 106-2450     standesamt@castrop-rauxel.de           nach Termin
Ausländerbehörde                     02305 106-2500     auslaenderbehoerde@castrop-rauxel.de   Di, Do 8–12
Ordnungsamt / KOD (Leitstelle)       02305 106-3300     ordnungsamt@castrop-rauxel.de          24 h
Wohngeldstelle                       02305 106-2880     wohngeld@castrop-rauxel.de             Mo, Do 8–12
Bauordnung                           02305 106-2616     bauordnung@castrop-rauxel.de           Di 8–12, Do 14–17
Fundbüro                             02305 106-2230     fundbuero@castrop-rauxel.de            Mo–Fr 8–12
-----------------------------------  -----------------  -------------------------------------  -------------------
Hausanschrift: Europaplatz 1, 44575 Castrop-Rauxel. Behördennummer 115 (Mo–Fr 8–18 Uhr).
""",
    keep=[
        "02305 106-0",
        "buergerbuero@castrop-rauxel.de",
        "Europaplatz 1, 44575 Castrop-Rauxel",
        "Behördennummer 115",
        "Ordnungsamt / KOD (Leitstelle)",
    ],
)

# C24 -- Excel pasted as text, Kita places per facility
clean(
    "excel_paste",
    'Kita-Bedarfsplanung 2026/27 – Platzangebot nach Einrichtungen (aus Excel, Blatt "Plätze")\n'
    "Einrichtung\tTräger\tAnschrift\tU3\tÜ3\t45-Std.-Plätze\tfreie Plätze 01.08.\n"
    "Kita Regenbogen\tStadt\tBreite Straße 12\t20\t55\t60\t3\n"
    "Kita Pusteblume\tStadt\tWesterholter Straße 7\t10\t45\t40\t0\n"
    "Kita St. Marien\tKath. Kirchengemeinde St. Josef\tMarienplatz 2\t12\t48\t35\t2\n"
    "AWO-Kita Lindenhof\tAWO Unterbezirk Ruhr-Mitte\tLindenstraße 40\t15\t50\t45\t5\n"
    "Kita Sternschnuppe\tElterninitiative Sternschnuppe e.V.\tAm Bahnhof 3a\t8\t22\t20\t0\n"
    "Montessori-Kinderhaus\tMontessori-Verein e.V.\tMaria-Montessori-Weg 1\t10\t30\t30\t1\n"
    "\t\t\t\t\t\t\n"
    "Summe\t\t\t75\t250\t230\t11\n"
    "Quelle: Jugendhilfeplanung; Beschluss Jugendhilfeausschuss am 18.03.2026 (Drucksache 2026/0098).\n",
    keep=[
        "Kath. Kirchengemeinde St. Josef",
        "Maria-Montessori-Weg 1",
        "AWO Unterbezirk Ruhr-Mitte",
        "Drucksache 2026/0098",
        "Elterninitiative Sternschnuppe e.V.",
    ],
)

# C25 -- JSON open data, referendum results per polling district
clean(
    "json_export",
    """
{
  "wahl": "Bürgerentscheid Stadtbad 2026",
  "datum": "2026-06-14",
  "frage": "Soll das Stadtbad an der Kurt-Schumacher-Allee saniert und als Hallenbad erhalten werden?",
  "stand": "endgültiges Ergebnis, festgestellt durch den Wahlausschuss am 16.06.2026",
  "bezirke": [
    {"wbz": "0101", "name": "Grundschule Am Wiesengrund", "wahlberechtigte": 1842, "abgegeben": 801, "ja": 512, "nein": 283, "ungueltig": 6},
    {"wbz": "0102", "name": "Bürgerhaus Hüls", "wahlberechtigte": 2011, "abgegeben": 766, "ja": 431, "nein": 330, "ungueltig": 5},
    {"wbz": "0103", "name": "Seniorenzentrum Haus Ewald", "wahlberechtigte": 1390, "abgegeben": 702, "ja": 488, "nein": 210, "ungueltig": 4},
    {"wbz": "9901", "name": "Briefwahl I", "wahlberechtigte": null, "abgegeben": 2245, "ja": 1402, "nein": 828, "ungueltig": 15}
  ],
  "quorum_erreicht": true,
  "lizenz": "dl-de/by-2-0",
  "quelle": "Wahlamt, wahlen@recklinghausen.de"
}
""",
    keep=[
        "Bürgerentscheid Stadtbad 2026",
        "Kurt-Schumacher-Allee",
        "Grundschule Am Wiesengrund",
        "dl-de/by-2-0",
        "wahlen@recklinghausen.de",
    ],
)

# C26 -- change announcement mail
clean(
    "it_ticket",
    """
Von: IT-Servicedesk <it-servicedesk@stadt-bottrop.de>
An: Verteiler Fachverfahren Bürgerdienste
Betreff: [CHG0031850] Geplante Wartung Signaturdienst / OK.EWO – Mi 22.04.2026, 20:00–23:00 Uhr

Guten Tag,

im Rahmen des Changes CHG0031850 (Nachholung von CHG0031822) werden die Zertifikate des Signaturdienstes erneuert und das Fachverfahren OK.EWO auf Version 2026.1.3 aktualisiert.

Betroffene Systeme: sig-app02.intern.stadt (10.12.4.21), ewo-app01 und ewo-app02
Auswirkung: Keine Auskünfte, kein Druck von Meldebescheinigungen und keine Online-Dienste (OZG-Anmeldung) im Wartungsfenster.
Rückfallplan: Snapshot vom 22.04.2026 19:30 Uhr, Rollback bis 23:30 Uhr möglich.
Genehmigt im CAB am 17.04.2026.

Bei Problemen nach der Wartung bitte Ticket mit Verweis auf CHG0031850 eröffnen (Hotline 02041 70-4444).

Ihr IT-Servicedesk
""",
    keep=["CHG0031850", "CHG0031822", "10.12.4.21", "Version 2026.1.3", "Hotline 02041 70-4444"],
)

# C27 -- press release with roles only
clean(
    "press_release",
    """
Pressemitteilung Nr. 112/2026 – 16.04.2026

Stadtfest „Altstadt in Bewegung“ vom 12. bis 14. Juni 2026

Drei Tage Musik, Kunst und Mitmachangebote: Das Stadtfest kehrt nach der Sanierung des Marktplatzes in die Altstadt zurück. Die Oberbürgermeisterin eröffnet das Fest am Freitag um 18 Uhr auf der Bühne am Marktplatz; anschließend spielt die Big Band der Musikschule.

Am Samstag laden Vereine zum „Markt der Möglichkeiten“ in die Kaiserstraße ein. Auf dem Friedrich-Ebert-Platz gibt es eine Kinderbaustelle, organisiert vom Jugendamt und dem Kinderschutzbund. Der Sonntag beginnt mit einem ökumenischen Gottesdienst im Park an der Vincke-Villa.

„Wir wollen zeigen, wie lebendig die Innenstadt ist“, sagt die Leiterin des Stadtmarketings. Für die Dauer des Festes wird die Kaiserstraße zwischen Markt und Bahnhof von Freitag, 12 Uhr, bis Sonntag, 22 Uhr, gesperrt; die Buslinien 249 und SB 20 werden umgeleitet.

Pressekontakt: Presse- und Öffentlichkeitsarbeit, presse@stadt.de, Tel. 0209 169-2300
""",
    keep=[
        "Pressemitteilung Nr. 112/2026",
        "Friedrich-Ebert-Platz",
        "Vincke-Villa",
        "Leiterin des Stadtmarketings",
        "presse@stadt.de",
    ],
)

# C28 -- CSV export of playgrounds
clean(
    "csv",
    """
spielplatz_id,name,adresse,stadtteil,altersgruppe,flaeche_m2,geraete,letzte_pruefung,hinweis
SP-012,"Spielplatz Sonnenwiese","Sonnenwiese / Ecke Amselweg",Hervest,"0-12",2400,"Schaukel, Rutsche, Sandkasten, Seilbahn",2026-03-11,"Schaukel gesperrt bis Ersatzteillieferung"
SP-019,"Abenteuerspielplatz Wittenbrink","Wittenbrink 40",Wulfen,"6-14",5100,"Kletterturm, Wasserspiel, Bolzplatz",2026-02-27,
SP-023,"Spielplatz Heinrich-Heine-Straße","Heinrich-Heine-Straße 12 (hinter der Grundschule)",Holsterhausen,"0-6",800,"Kleinkindschaukel, Wipptier",2026-03-04,
SP-031,"Skatepark Am Stadtsfeld","Am Stadtsfeld",Altstadt,"12+",1500,"Halfpipe, Funbox, Rails",2026-01-19,"Nutzung 8-22 Uhr"
SP-040,"Mehrgenerationenpark Fürst-Leopold","Fürst-Leopold-Allee 70",Hervest,"alle",6200,"Fitnessgeräte, Boule, Spielhügel",2026-03-18,"Inklusive Spielgeräte"
# Quelle: FB Grün / Spielflächenkonzept 2024, Datenlizenz dl-de/zero-2-0
""",
    keep=[
        "Spielplatz Sonnenwiese",
        "Heinrich-Heine-Straße 12",
        "Fürst-Leopold-Allee 70",
        "Abenteuerspielplatz Wittenbrink",
        "Spielflächenkonzept 2024",
    ],
)

# C29 -- fee table of the registry office
clean(
    "markdown_table",
    """
#### Gebühren des Standesamts (Auszug aus der Verwaltungsgebührensatzung, gültig ab 01.01.2026)

| Leistung | Rechtsgrundlage | Gebühr |
|---|---|---:|
| Prüfung der Ehefähigkeit (Anmeldung der Eheschließung), beide Verlobte Deutsche | § 12 PStG i. V. m. Tarifstelle 2.1 | 70,00 € |
| dto., Auslandsbezug (ausländisches Recht zu prüfen) | Tarifstelle 2.2 | 100,00 € |
| Eheschließung außerhalb der Öffnungszeiten (Samstag) | Tarifstelle 2.5 | 110,00 € |
| Trauung im Haus Opherdicke / Schloss Strünkede (Zuschlag Trauort) | Tarifstelle 2.6 | 150,00 € |
| Personenstandsurkunde (Geburts-, Ehe-, Sterbeurkunde) | § 55 PStG, Tarifstelle 1.1 | 12,00 € |
| jede weitere Ausfertigung im selben Vorgang | Tarifstelle 1.2 | 6,00 € |
| Mehrsprachige Urkunde nach dem CIEC-Übereinkommen | Tarifstelle 1.3 | 12,00 € |
| Namenserklärung (z. B. Ehename, Begleitname) | § 41 PStG, Tarifstelle 3.1 | 30,00 € |

Zahlung: EC-Karte im Standesamt oder Überweisung unter Angabe des Kassenzeichens aus dem Gebührenbescheid.
""",
    keep=[
        "Verwaltungsgebührensatzung",
        "Tarifstelle 2.6",
        "Haus Opherdicke / Schloss Strünkede",
        "CIEC-Übereinkommen",
        "§ 55 PStG",
    ],
)

# C30 -- letter template with placeholders only
clean(
    "letter",
    """
Vorlage BB-07 „Abholbenachrichtigung Reisepass“ (Textbaustein, Stand 03/2026) – nicht versenden!

Stadt Lünen – Bürgerbüro
Willy-Brandt-Platz 1, 44532 Lünen

{{anrede_anschrift}}
{{vorname}} {{nachname}}
{{strasse}} {{hausnummer}}
{{plz}} {{ort}}

Ihr Zeichen: {{ihr_zeichen}}
Unser Zeichen: {{aktenzeichen}}
Lünen, {{datum}}

Ihr Reisepass liegt zur Abholung bereit

{{briefanrede}},

der von Ihnen beantragte Reisepass (Seriennummer {{dokumentnummer}}) ist bei uns eingetroffen. Bitte bringen Sie zur Abholung Ihren bisherigen Reisepass sowie Ihren Personalausweis mit.

Mit freundlichen Grüßen
Im Auftrag
{{sachbearbeitung_name}}
Bürgerbüro, Tel. {{durchwahl}}

Hinweise für die Sachbearbeitung: Felder in doppelten geschweiften Klammern werden aus dem Fachverfahren befüllt; bei Auskunftssperre (§ 51 BMG) Versand nur per Einschreiben.
""",
    keep=[
        "Vorlage BB-07",
        "{{vorname}} {{nachname}}",
        "Unser Zeichen: {{aktenzeichen}}",
        "§ 51 BMG",
        "Willy-Brandt-Platz 1, 44532 Lünen",
    ],
)

sys.exit(CORPUS.main(OUT, {"pii": 70, "clean": 30}))
